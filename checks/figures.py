"""inconsistent-figure (LL304): one metric of one period given two values in one document.

The number model (lintlaw.numbers) reads each figure's metric (the words that say
what it counts), its period (the year of its sentence, paragraph or heading, or
the report's year; 上年 one before; cumulative figures apart) and its scope
(全区, 本级 …), and compares figures across number forms and scales (七十二 and
68; 3.2亿元 and 30,150万元) within the precision each is written to.  This rule
reports the figures that disagree, at the one that disagrees with the others
where three or more are stated, else at the later one.
"""
from __future__ import annotations

from typing import Iterator

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg, Related
from lintlaw.numbers import model
from lintlaw.registry import rule
from lintlaw.wording import quote, shorten


@rule(
    code="LL304",
    name="inconsistent-figure",
    severity="warning",
    summary="同一指标在同一时期前后给出不同数值",
    summary_en="One metric for the same period given two different values in one document",
    why=(
        "数据前后不一致：同一指标（行政复议案件数、执法人员数、财政支出、党组会议和常务会议学法的次数等）在报告各处应为同一数值，"
        "不论写作阿拉伯数字还是汉字、以元还是万元、亿元为单位；数据不准确、未认真校对是公文数字差错的主要来源。"
        "只比较时期（同一年度，或同一截止日期的累计数）、口径（全区/本级）相同、不属于“其中”分项、不是增减数或目标值的数字，"
        "按各自写出的精度比较（5万人次与48,600人次一致）；子集指标（如“行政处罚案件被申请复议”之于“复议案件”）不得大于总指标。"
    ),
    why_en=(
        "Same figure, different values: one metric (reconsideration cases, enforcement officers, spending, "
        "meetings and study sessions …) "
        "must carry the same value wherever the report states it, whether written in digits or Chinese numerals, "
        "in 元, 万元 or 亿元; inaccurate data and careless proofreading are the leading sources of number errors "
        "in official documents. Only figures of the same period (year, or cumulative to the same date) and scope "
        "(district-wide or the body itself) are compared, never parts listed under 其中, changes or targets, each "
        "within the precision it is written to (5万人次 agrees with 48,600人次); a subset metric may not exceed "
        "the metric it belongs to."
    ),
    bad=[
        "2023年以凯里市综合行政执法局为被告的复议案件6件。\n2023年度我局有11件行政处罚案件被申请行政复议，行政诉讼案件17件。",
        "2023年，我局共受理行政复议案件56件，依法全部办结。\n2023年，我局受理行政复议案件58件，维持原行政行为40件。",
        "2021年，区司法局办理法律援助案件412件。\n2021年，区司法局办理法律援助案件421件，挽回经济损失300余万元。",
        "2023年共收到行政诉讼案件12件。\n2023年我局有15件行政处罚案件被提起行政诉讼。",
        "东湖区司法局2022年度法治政府建设工作报告\n一、工作成效\n全年共办理法律援助案件356件。\n二、具体措施\n全年办理法律援助案件365件，受援群众满意率达到98%。",
        "2022年，全局共有执法人员七十二名，均持证上岗。\n2022年，全局执法人员68名全部参加了年度法律知识考试。",
        "2023年全区一般公共预算收入3.2亿元。\n2023年全区一般公共预算收入30,150万元，同比增长6.5%。",
        "2023年，全市行政复议纠错率为12.6%。\n2023年全市行政复议纠错率达15.8%。",
        "截至2023年底，全县共有人民调解员1,862名。\n截至2023年底，全县1,826名人民调解员均已完成岗位培训。",
        "2023年，局党组会议研究法治工作8次。\n2023年，全年召开局党组会议研究法治工作10次。",
        "全年召开区政府常务会议学法8次。\n全年召开区政府常务会议学法九次。",
        "2023年，对全县32个单位开展年度考核。\n2023年，对全县30个单位开展法治政府建设年度考核。",
        "将宪法和法律法规纳入学习重点，全年组织专题学习5次。\n全年组织专题学习6次。",
        "2023年，县人社局审结劳动保障监察案件58件。\n三、执法监督\n全年县人社局办结劳动保障监察案件85件。",
        "2023年，市政府召开常务会议专题研究依法行政工作6次。\n市政府全年召开专题会议研究依法行政工作7次。",
        "2023年，区教育局报送区政府备案规范性文件6件。\n全年向区政府报备规范性文件9件，均通过审查。",
        "2023年，全县组织218名行政执法人员参加网上专题培训。\n全县行政执法人员参加网上专题培训281名。",
        "2023年，全市开展“法律明白人”培训活动48场，参训群众1.6万人次。\n全市“法律明白人”培训活动参训群众21,300人次。",
        "全年共召开区政府常务会议24次，研究议题86个。\n区政府全年召开常务会议26次，审议规范性文件6件。",
        "2023年，全县受理行政复议案件120余件。\n全年受理行政复议案件98件，审结92件。",
        "2023年，市政府全年召开专题会议9次。\n专题会议全年共召开八次，研究重大事项21项。",
        "2023年，局机关开展集中学法8次。全年共计集中学法11次，参学人员460人次。",
        "2023年，全县举办法治培训班37期。\n法治培训班全年共73期，培训1,100人次。",
        "2023年，全县村（社区）法律顾问186名。\n全县村（社区）法律顾问168名，实现全覆盖。",
        "2023年，召开8次县政府常务会议研究法治工作。\n2023年，县政府常务会议9次研究法治工作。",
        "全年组织3次全系统工作人员法律知识闭卷考试。\n全年组织全系统工作人员法律知识考试4次。",
        "2023年，全县培训合格率达100%。\n组织执法人员培训后合格率为95%。",
        "2023年，办理事项25836件。\n二、政务服务\n全年办理事项25386件。",
        "2023年，召开常务会议9次。\n常务会议共召开八次。",
        "2025年，按照上级工作要求，全年召开专题会议6次。\n2025年，召开专题会议4次。",
        "2021年，今年以来开展业务培训7次。\n全年开展业务培训九次。",
        "2024年，区政府常务会议部门主要负责人讲法4次。\n区政府常务会议全年安排部门主要负责人讲法6次。",
        "2024年，局党组会会前学法10次。\n2024年，局党组会议会前学法共计13次。",
        "2024年，新受理行政复议案件151件。\n2024年度新受理的行政复议115件中，被申请人为县政府部门的98件。",
        "2024年，召开5次局党组会议专题研究依法行政。\n2024年，局党组会议7次专题研究依法行政。",
        "2023年3月5日，区政府召开常务会议，全年召开常务会议学法8次。\n全年召开常务会议学法十次。",
    ],
    good=[
        "2023年以凯里市综合行政执法局为被告的复议案件6件；诉讼案件17件，其中10件一审、7件二审。\n2023年度我局行政诉讼案件17件，劳动仲裁纠纷0件。",
        "2023年，我局共受理行政复议案件56件。\n2022年，我局共受理行政复议案件48件。",
        "2023年，我局受理行政复议案件12件。\n2023年，全区共受理行政复议案件156件。",
        "2023年，我局受理行政复议案件12件。\n2018年以来，我局累计受理行政复议案件60件。",
        "2023年共办理行政复议案件20件。\n2023年，我局有5件行政处罚案件被申请行政复议。",
        "2023年受理行政复议案件56件。\n2023年办结行政复议案件60件（含上年结转4件）。",
        "2023年共受理行政复议及行政诉讼案件30件。\n2023年共受理行政复议案件12件。",
        "2022年全年罚没款项1.26亿元。\n2022年罚没款项12,600万元，全部上缴国库。",
        "2023年全市共开展普法活动1,260场，受众5万人次。\n2023年全市普法活动受众48,600人次。",
        "截至2023年底，全县共有人民调解员1,862名。\n截至2022年底，全县共有人民调解员1,790名。",
        "全年召开区政府常务会议学法8次。\n全年召开区政府常务会议学法八次。",
        "2022年召开党组会议研究法治工作4次。\n2023年召开党组会议研究法治工作6次。",
        "全县开展法治培训120次。\n本局开展法治培训15次。",
        "2023年，县人社局受理劳动保障监察案件96件。\n全年县人社局办结劳动保障监察案件91件，其余5件正在办理。",
        "2023年，区应急管理局立案查处违法案件112件。\n区交通运输局立案查处违法案件211件。",
        "2023年，市政府召开常务会议专题研究依法行政工作6次。\n市委全面依法治市委员会召开会议专题研究依法行政工作2次。",
        "2023年，市政府共受理行政复议案件286件。\n涉及征收补偿的行政复议案件97件。",
        "2023年，全县新增人民调解员46名。\n全县共有人民调解员1,236名。",
        "2023年，全县开展普法讲座36场，受众群众3,200人次。\n全年各类普法活动受众群众4.8万人次。",
        "2023年，各级行政机关共办理行政处罚案件1,260件。\n县市场监管局办理行政处罚案件312件。",
        "2023年，县政府召开会议24次。\n县政府召开常务会议12次，审议议题45个。",
        "2023年，全区培训行政执法人员近5000人次。\n全年培训行政执法人员4,860人次。",
        "2023年，局机关开展集中学法8次。全年共计线上学法11次，参学人员460人次。",
        "2023年，全县受理行政复议案件46件。\n县政府本级受理行政复议案件64件。",
        "2023年，全县村（社区）法律顾问186名。\n全县镇（街道）法律顾问168名。",
        "2023年，举办领导干部法治专题培训班3期。\n全年共举办领导干部法治培训班8期。",
        "2023年，全县执法人员法律知识考试合格率100%。\n案卷评查合格率为95%。",
        "2023年，办理政务服务事项25836件。\n网上办理事项3200件。",
        "2023年，召开常务会议9次。\n召开常务会议研究法治工作3次。",
        "2023年，全年召开专题会议6次。\n力争2024年召开专题会议8次。",
        "2023年，召开专题会议4次，全年共召开会议12次。",
        "2024年，理论学习中心组学习18次。\n理论学习中心组学习研讨14次。",
        "2023年，组织执法人员法律知识考试，合格率98%。\n组织新进人员法律知识考试，合格率为100%。",
        "2024年，局党组会会前学法10次。\n2024年，局长办公会会前学法13次。",
        "2023年11月，召开专题会议2次。\n全年召开专题会议9次。",
    ],
)
def inconsistent_figure(doc: Document) -> Iterator[Finding]:
    for m in model(doc).figures:
        here, there = quote(shorten(m.stated, 40)), quote(shorten(m.formula, 40))
        period_zh = f"{m.name}年的" if m.name else ""
        period_en = f"{m.name} " if m.name else ""
        yield Finding(
            start=m.start,
            end=m.end,
            message=Msg(
                f"{period_zh}同一指标前后数值不一致：此处{here}，第{m.note_zh}行{there}",
                f"The same {period_en}figure is given two values: here {here}, on line {m.note_en} {there}",
            ),
            help=Msg(
                "核对原始统计数据，统一两处数值；若两处统计口径确实不同（不同主体、时段或范围），请在文中写明口径",
                "Check the source data and give one value in both places; if the two really measure different "
                "things (another body, period or scope), say so in the text",
            ),
            related=tuple(Related(u.start, u.end, Msg(u.zh, u.en)) for u in m.used),
        )
