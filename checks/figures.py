"""inconsistent-figure (LL304): one metric of one period given two values in one document.

The number model (lintlaw.numbers) reads each figure's metric (the words that say
what it counts), its period (the year of its sentence, paragraph or heading, or
the report's year; 上年 one before; cumulative figures apart) and its scope
(全区, 本级 …), and compares figures across number forms and scales (七十二 and
68; 3.2亿元 and 30,150万元) within the precision each is written to.  This rule
reports the figures that disagree, at the one that disagrees with the others
where three or more are stated, else at the one told loosely (一万零九百余件, 近两万人, 约1.2万件)
against an exact one, else at the later one.  A news page's headline (its first line that holds a number)
may stand among the page chrome web-residue reports: a finding on it is still reported.

A report also restates a count in whatever form its sentence needs: the count
first (全市3125个人民调解组织全部…), with 的 (全年受理的2367件纠纷中), for whom
(为全镇642户低保户), in a news story's summary.  Such a restatement is held to the
count it repeats where its digits are that count's in another order (or, worded
the same or the one's words all in the other's, one digit changed) and it names the same thing beyond the verbs, at the
same stage of the work (受理 / 办结 apart), place or body, year, part of the year,
event or campaign, and is no part of a breakdown.  Digits in another order are almost never two
figures, so such a restatement may name its thing more loosely (never another place, period, stage or
kind): one noun of what it counts (信息, 事故, 处罚) held by the other mention's words or by the heading it
stands under (总体情况's 全年主动公开信息2163条 / under 二、主动公开政府信息情况, 通过门户网站发布…信息2136条),
alone in brackets after its name (事故总量（568起）), opening its clause before 中 (3128宗行政处罚中被申请复议
4宗), summed by a bare 累计 (累计更新…25318条); not one of a list of its sentence's counts of that noun (通过门户
网站发布信息1236条，通过政务微博发布信息927条: parts).  A headline (a short line of the
title block) sums up its story: the body's counts of its noun (of cases where a court's act is
written alone: 全省法院结案…万件), at its stage of the work where both name one (结案, not 新收), must hold its figure
within its precision (5000多件 is 5000..6000), or a sentence's parts add up to it;
where none does and the nearest is within 30% of it, or is it with the point moved
(46万个 / 4.6万个), the headline is reported.  A summary's item (审查起诉98件, its name
alone) is held to the total its section opens with (2.审查起诉。共受理审查起诉案件89件),
the intake as the summary counts it.  Two totals whose sentences open with two
counters (省12345热线共… / 市（州）12345热线共…) or two labels (政府网站：… / 微信公众号：…; after an item's
number a long name too: 1. 城关镇…改造工程：工程总投资… / 2. 城关镇…绿化工程：工程总投资…) are two figures.  The sittings of a named
meeting or study are one count of the period however the sentence writes it (全年共召开委员会
会议2次 / 全年3次委员会会议 / 这3次委员会会议 / 其中…委员会会议3次), unless the clause goes on to
qualify them (召开党组会议6次专题研究…).  A place written with its whole (铁岭全市), the place the text
opens with before its first count (2023年，辽阳市政府信息公开工作…) and 我市 or 本县 are the report's own
territory, where a count with no place is counted too; an item's marker (一是城关镇…) does not hide
the place its item opens with; 五年审结 and 过去五年 are spans of years as 五年来 is, and a paragraph that opens reviewing a term
(过去五年，…; 五年来，…) gives that term's figures where they name no year, in its sentences and the
paragraphs after it until a heading or a paragraph opening with a year, 今年, 一年来 or the time ahead; the courts or
procuratorates of the territory before their act (全市法院审结…) are who counts, not what is
counted, and what they try or enforce (审结N件, no noun written) is cases; a count named by its stage alone
counts what its statement's first count names, with the territory's courts that count (全市法院受理各类案件
26155件，办结25631件 = 全市法院办结…: held to 全年全市法院办结案件逾2.6万件), not another statement's after ；
(…；市法院受理各类案件1256件，办结1243件: that court's); a noun of two characters
at one stage of the work (共受理案件N件 / 五年共受理案件N件) names one figure where neither mention names
another kind (刑事 / 民事); a clause that says it gives the year's total (全年共判处罪犯…) is no part of a campaign
told before it, nor a target because a clause before it names a goal (确保…，全县全年实现…); the figure a
plan builds on (下一步，…在转移就业4.68万人的基础上) is what was done, no target; what a restatement says of the things it counts (的139件申请逐件建立台账, …均按时
发布) does not name them.  A count written as things already known, after 的, a demonstrative or 所有
(全年受理的139件申请, 这89件申请, 获省部级表彰的3名个人, 当年发生的3起命案, 所有96件答复件中, 此次通报的7起
典型案例涉及…: 此次 qualifies nothing, 涉及 begins what is said of them), points back at the count of its
noun given before: where no earlier count of that noun (qualified as it is) nor a run of them summed
is its value, and the last one of its year, stage and place is it with a slip of the keys (two
digits: the last changed; one digit: one more or less), it is reported.  More figures a report
states twice, each held where a slip of the keys or its wording says it is one: the base of a
table or an analysis (注：本表基数为1086人) against the total it counts (共计1068人); a pair of
measures restated with one the same (393户1924人 / 393户1942人 / 933户1924人; 5月起 is where the work
started, not a part of the year); last year's figure as the
base of a comparison (比去年71.35万件) and as stated (去年全年71.53万件; 2023年… in a report on 2024);
a rule per week or year for one group (5-6年级每周3课时); the number of villages or committees of
the territory (全镇18个村调委会); the end of a growth told from its start when it is the current
year (从2019年的40亩增加到2024年的380亩) against the current value (已达350亩); a set named by a
quoted example (“三重一大”等制度10项).

A rate that is a statistic of the period (办结率, 出庭应诉率, 知晓率, 满意率 or 满意度, 好评率 …) is one
figure where its name, subject and period are one (青少年禁毒知识知晓率100% / 全县青少年禁毒知识知晓率达97.5%);
another group's or service's rate (窗口服务 / 政务服务满意率), another year's, a target's or a part's is not.
A percentage with its digits in another order is one figure mistyped where one name is the other's end
(a place before it at most), and a part of a breakdown (其中，咨询类占47.3%，求助类占22.7%) is held to the same
short name told again outside one (求助类占27.2%: a decimal of three digits or more, never two parts of
two wholes); a named rate told alone (立案率84.6% / 立案率48.6%, 不捕率16.95% / 16.59%) is one figure with its
digits in another order, unless the two sentences open with two bodies or places (全市法院… / 市法院…; 城关镇… /
河西镇…) or stand under two frames or scopes; a list told with 分别 names each value by its own item, with the words the last
item goes on with (全市刑事、治安案件同比分别下降8.37%、28.30%: 8.37% is 全市刑事案件同比下降's, held to
全年刑事案件同比下降8.73%).

A passage written twice (a news story's lead and its body, a quote and the lead, a summary and its
section) is one statement: where the words on either side of two numbers of one unit are the same for
long, another number among them as written and a whole clause with them (其中，受理刑事案件38.6万件，
同比下降6.68% / …38.8万件，同比下降6.68%), and the two numbers are one another with two digits swapped or
one changed, the later is reported, whatever it counts (a rate, a change, a part), unless the two
sentences name two years (before the numbers, or after them in what they count: 本部门2014年决算),
parts of the year, spans, stages of the work or subjects.

A story's summary (its title lines, with or without ：，！, and its first paragraph, or only that paragraph's
opening sentence where it is nearly the whole text) gives the figures its body, after it, tells again in the same words (上半年全国城镇新增就业645万人 / 1—6月，全国城镇新增就业654万人): where the
body's count worded so (the time, scope, 共/各类/其中 and the courts or procuratorates that count set aside,
nothing added before the words, only a verb's object after them) is of the same period (上半年 = 1—6月; a
summary's 去年 — and any figure's in a story whose report year is not known — is the year before its
dateline (2023-03-10 10:47 in the story's first lines); a count's year is the one its own statement, up to a ；,
names: 2021年…6.2万元；2022年…6.5万元) and none holds the summary's value, a slip of the keys, a
moved point or a figure within a tenth is reported (at a headline; a first paragraph's at the body, the
later), as is a rate right after its count (同比增长93.3%) against the one after the body's (比上年增长98.3%).  A summary may cut a figure short (18.3亿元
for 18.37亿元).

A count written with 此 or 这 (点击此3个栏目) is the count its sentence has just given of the same noun
(设有…2个栏目), or the sum of the run of such counts ending there.  A news story's lead that gives what a
report or the data show (…作法院工作报告，报告显示全市法院一年受理案件3.9万件。) sums the story up as a
headline does, of the year it names after those words (去年: the year before the dateline's).  A list's
title that says how many it names (拟命名名单（18个）) restates the count the text gives with the same act
(拟命名…15个村（社区）为…).

How long a run has lasted (连续14个月同比下降, 连续三年保持在98%以上) is one figure of what runs: told twice of
the same thing (its clause before 连续, or the sentence of the one that names none) with the same words after
its length, two lengths are reported (全县刑事警情连续8个月同比下降 / …刑事警情已连续10个月同比下降); two
towns' runs, two years' runs or runs of other words are two.

A table row of a label and one value (普法讲座（场） | 63 |, 受理行政复议申请 | 421 under 数量（件）; 亿元 in the
brackets or the header reads the text's 亿元) and a label with its value after a colon (办理法律援助案件：365件,
the whole of a line or a clause) restate the count the text gives of the same thing: the text's clause before
its count (the year, 全年, the territory, 共/累计/依法/各类 set aside) ends with the label (次数, 数量 … set aside) or
the label with it, of the same unit; where none holds the row's value and the one that does not is it with two
digits swapped or one changed, the later is reported.  Never a table under another year (2022年主要数据), a
part (其中…) or a list's count (、), a label two counts of the text end with at two values, nor one that leaves
out a stage, place or body the other names (城关镇受理… / 受理…: the town's; 办结… / …案件).  A table of several years
(指标 | 2023年 | 2022年 |, each row's unit in its label's brackets) gives the report year's column (where the year
is not known, the latest the header names) as such a row; the other years' columns are never compared.

A part of the body that reports (城区法庭, 城关派出所, 交警大队, 司法所) is never the report's own: its count
is held apart from the court's, bureau's or county's (全年共受理各类案件1520件 / 城区法庭全年受理各类案件860件).
So is one court of the territory against its courts as a whole: a sentence that opens with the territory's
courts, procuratorates or police (全市法院收案…, 全省检察机关…, 两级法院…) and one that opens with one of them (市中院…,
市法院…, 本院…, 省检察院…, 市公安局…) give two figures, whatever their words or digits (全市法院…审限内结案率83.34% /
市中院…审限内结案率79.80%).  Nor are one measure reckoned by two bases (按户籍人口计算，人均GDP… / 按常住人口计算，
人均GDP…), a set and the rest of it (重点单位的火灾 / 非重点单位的火灾), or the parts of two totals (火灾28.1万起。其中，
较大火灾65起 / 非重点单位火灾25.8万起，其中较大火灾60起).

Figures of two subjects are never one: a budget's 收入总计 / 支出总计 (its side plus what came in or went
out beside it) against the side's own figure; sentences written alike one subject after another
(普通小学招生…，毕业生9150人。初级中学招生…，毕业生6980人。), the words before their shared wording naming
who; and the figures under a frame that turns to a part of the territory (在8个县收支情况上，从乡镇看，)
against the whole's or another part's, until the next frame or heading.  A figure's scope is part of
its name: the campaign or field its sentence or paragraph opens with (在打击防范涉众经济犯罪上，…; 禁毒工作
方面，…; 扫黑除恶斗争中，…), the institutions or cases its sentence counts first (全国共有乡镇卫生院33753个，
床位…，卫生人员160.5万人: their staff), or the rest (其他新领域案件): two figures of one name under two
scopes that share few words, the rest against a named scope, or one scope's count at most half a count
with none (the whole's), are two figures, whatever their digits (在打击电诈犯罪上，…1426名 / 在打击涉众经济
犯罪上，…1246名), also as a summary and its body or a restatement read them.

An average (人均, 年均, 户均, 日均, 平均 …: 法官人均结案242件, 年均新增就业1100多万人, 人均预期寿命78.6岁) is a
statistic of its own name, never a total's: two averages of one name (the words right before the number,
the time, the territory, the verb and a measure noun such as 人数 set aside; one may add a place or a body
before the other's: 员额法官 / 法官, never a qualifier or a level: 城镇居民, 基层法院), period and territory
whose values do not meet are reported; a change (年均增长8%) or a ratio (每万人拥有…) is none.

A change over the year before told twice (a lead or headline and its body) is one figure: the same size
the other way (全县规模以上工业增加值同比增长4.6% / …同比下降4.6%) or a bound the exact rate misses (涉企行政检查
减少超四成 / 全年涉企行政检查3120次，同比下降36.5%: 超四成 is 40-50%, 近三成 25.5-30%, 两成多 20-30%) is reported,
at the bound; its name is the clause before the verb or, where that says only 同比, the count the clause before
gives, a time, 同比 and the territory set aside, one name the other's or the other's with words of its own in
front (交通事故死亡人数 / 死亡人数); never a part (其中…), a qualifier or a place in front (城镇…, 城区…), last
year's, a target, another base (较2020年) or another part of the year (一季度 / 二季度).

Digits in another order (three or more: 为农民工追回欠薪3.82亿元 / 追回农民工工资3.28亿元; 中院审结案件8642件 /
中院全年审结案件8462件) are evidence enough for a looser name: two mentions of one unit, period and scope whose
words share half their pairs of characters are one figure, unless they name two stages (受理 / 审结), two
kinds of one thing (主动公开… / 依申请公开…: their own words before the same end), two heads (申请 / 案件),
one a body's and the other not, a campaign's part of the year's, or two laws, labels, places or scopes.
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
        "只比较时期（同一年度，或同一截止日期的累计数）、口径（全区/本级）和主体（东湖区/西湖区）相同、不属于“其中”分项、不是增减数或目标值的数字，"
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
        # an average told in the headline and the body
        "人社部：十年来，城镇新增就业人数年均超过1300万人\n十年来，城镇新增就业年均1100多万人，城镇调查失业率总体低于预期控制目标。",
        # the year's total restated as what the next step builds on (在…的基础上), digits swapped
        "全县以“春风行动”为契机，确保农村劳动力就近就业，全县全年实现农村劳动力转移就业4.86万人。\n"
        "下一步，我们将深入开展“春风行动”等服务活动，在全年转移就业4.68万人的基础上，持续做好监测工作。",
        "去年全县法院结案5260件\n本报讯 2023年，全县法院新收各类案件5480件，结案5620件。",
        # the report's own territory named where it opens, then 我县 after an item's marker
        "2023年，武陵县政府信息公开工作坚持以人民为中心，全年各级行政机关主动公开政府信息4862条。\n"
        "（一）主动公开情况。一是我县全年各级行政机关主动公开政府信息4682条，其中县政府门户网站1520条。",
        "全年共受理政府信息公开申请54件，答复申请52件，另有2件结转下年度办理。所有56件答复中，予以公开38件。",
        "3月15日，县市场监管局召开新闻发布会，通报8起消费维权典型案例。\n此次通报的9起典型案例涉及预付式消费、食品安全等领域。",
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
        "2024年，组织1836名公职人员参加网上学法考试。\n全年参加网上学法考试的公职人员1863名，合格率98.6%。",
        "2021年，我局门户网站共公开各类信息1936条。\n全年通过门户网站公开各类信息1396条，其中政策解读42条。",
        "2023年，全年共收到政府信息公开申请46件。\n上述64件申请中，予以公开31件。",
        "2024年，全年召开党工委（扩大）会议22次。\n党工委会议全年共召开20次。",
        "2023年，全年共办理政务服务事项45280件。\n全年办理政务服务事项约5.2万件，群众满意率99%。",
        "2023年，全年开展普法活动六十余场次。\n全年共开展普法活动52场次，受众3万余人。",
        "2023年，应急管理局下设7个指挥所。\n全县6个指挥所实行24小时值班。",
        "2021年，筹备召开4次法治建设工作推进会。\n全年共召开法治建设工作推进会6次，印发通报8期。",
        "2023年，全年发放宣传资料2500份。\n二、普法宣传\n全年发放宣传资料2050份，覆盖群众1.2万人次。",
        "2023年，全县建成“法治书屋”46个。\n二、阵地建设\n2023年，全县建成“法治书屋”64个。",
        "2025年，全年下达指令书37份。\n排查特种设备使用单位112家次，下达指令书73份。",
        "2023年，全年发放各类宣传资料3000余份。\n围绕民法典等，发放各类宣传资料6000余份，解答咨询500余人次。",
        "2023年，全年开展行政检查1.17万次。\n二、执法监督\n全年开展行政检查10751次。",
        "2023年1-12月，我局主动公开政府信息1350条。\n二、政务公开\n全年主动公开政府信息1530条。",
        "2022年，全年开展法律咨询120余次。\n确保权限合法、程序合法，全年完成合同审查700余件，开展法律咨询200余次。",
        "2025年，全年走访人大代表、政协委员23人次。\n全年走访人大代表、政协委员32人次，办结建议11件。",
        "2024年，全年发放普法宣传资料4500份。\n三、普法宣传\n全年派发普法宣传资料5400份。",
        "2023年，全县共受理信访事项819件。\n二、信访工作\n全年受理信访事项近九百件，按期办结率100%。",
        "2023年，全市共办理公证事项二千三百零五件。\n二、公证服务\n全年办理公证事项2350件。",
        "2023年，全县法院共办结各类案件3521件。\n二、审判执行\n全年办结3512件，结案率95.1%。",
        "2023年，全区共调解矛盾纠纷1268件。\n二、人民调解\n本年共调解纠纷1286件，调解成功率98%。",
        "2023年，县应急管理局主动公开信息609条。\n二、政务公开\n全年共主动公开信息六百九十条。",
        "2023年，全市共办理行政许可事项3120件。\n今年以来，全市累计办理行政许可事项3210件。",
        "2023年，区市场监管局共作出行政处罚决定236件。\n三、行政执法\n全年共办理行政处罚案件263件。",
        "2022年，城西镇组织开展行政执法检查240余次。\n三、行政执法\n全年开展行政执法检查近二百次。",
        "一、主要成效\n2023年，全区共受理行政复议申请132件，审结120件。\n二、深化依法治区\n全年受理行政复议申请123件。",
        "2023年，全县法院新收行政诉讼案件132件。\n二、行政审判\n全年新收行政诉讼案件123件，审结118件。",
        "全年共受理劳动人事争议案件2376件，调解成功率91%。\n全年受理的2367件劳动人事争议案件中，工资类占五成。",
        "全镇共有农村低保户624户。\n春节前，为全镇642户农村低保户发放取暖补贴。",
        "全市共设立人民调解组织3152个。\n全市3125个人民调解组织全部落实每月排查制度。",
        "代表提出的建议1478件，全部交有关部门办理。\n目前，1487件代表建议所提问题已解决或列入计划解决。",
        "五年办理法律援助案件3000余件\n2019年以来，县法律援助中心共办理法律援助案件2468件，挽回经济损失1500余万元。",
        "全区新增就业岗位46万个\n今年以来，全区新增就业岗位4.6万个，完成目标任务的105%。",
        "全年开展专题学法10次。\n累计开展送法进村活动42场，主要负责人带头参加全年12次专题学法。",
        "全年共受理矛盾纠纷3126件，调解成功3087件。\n全年受理的3136件矛盾纠纷中，邻里纠纷占四成。",
        "全年受理刑事检察案件152件，其中审查逮捕47件；审查起诉98件。\n（一）刑事检察\n1.审查逮捕。共受理审查逮捕案件47件63人。\n2.审查起诉。共受理审查起诉案件89件121人。",
        "全年共召开全面依法治县委员会会议3次，审议文件5件。\n全年4次委员会会议共研究重大事项12项。",
        "全年组织局领导班子集体学法10次。\n开展法治培训15场次，其中领导班子集体学法14次。",
        "五年来，全县法院共受理各类案件28463件，审结27918件。\n代表们认为，县法院五年审结27981件案件。",
        "参加培训的执法人员共计864人。\n注：本表比例以846人为基数计算。",
        "全乡共有农村低保户216户538人。\n春节前，为216户583人低保对象发放慰问金。",
        "今年全县法院收案3.26万件，比去年3.58万件减少0.32万件。\n去年全年收案3.85万件。",
        "小学1-4年级每周2课时、5-6年级每周3课时。\n确保小学5-6年级道德与法治课每周2课时。",
        "全镇18个村调委会均建立了调解室。\n年内对全镇16个村调委会的调解员进行了培训。",
        "2024年，全镇蔬菜种植面积已达1260亩。\n种植规模从2019年的180亩扩大到2024年的1620亩。",
        "全年制定“首问负责”等制度8项。\n全年制定完善“首问负责”等内部管理制度9项。",
        "过去五年，全市法院共受理各类案件86.42万件，审结83.17万件。\n五年审结的83.71万件案件中，无一起被认定为错案。",
        "全年审结刑事案件1426件，判处罪犯1958人。开展减刑假释案件专项检察活动，纠正不当减刑12人，全年共判处罪犯1985人。",
        "2023年，全区共收到政府信息公开申请130件。\n对全年受理的139件申请，逐件建立台账。",
        "2021年，全县发生命案2起。\n针对2021年发生的3起命案逐案复盘。",
        "全年共收到政府信息公开申请84件。\n这89件申请均在法定期限内答复。",
        "2022年，全市两级法院共受理各类案件9.86万件，审结9.42万件。\n全年全市法院审结9.24万件，为历年最多。",
        "五年来，全市检察机关共受理各类案件6.35万件。\n五年共受理案件6.53万件，办案质效稳步提升。",
        "全镇农村人口8652户31274人。\n5月起开展精准识别大排查，共入户8652户31247人。",
        "2023年，全镇脱贫412户1587人。\n年底全镇实现脱贫421户1587人，完成全年目标。",
        "全年接待游客1280万人次，同比增长12.4%，其中过夜游客436万人次，增长8.1%。\n二、旅游市场\n全年接待游客1280万人次，同比增长12.4%，其中过夜游客463万人次，增长8.1%。",
        "全年审结案件4120件，结案率96.35%，同比上升1.2个百分点。\n三、审判质效\n全年审结各类案件4120件，结案率96.53%，同比上升1.2个百分点。",
        "门户网站首页设有政务公开和互动交流2个栏目，点击此3个栏目可进入对应页面。",
        "1月10日，县人民法院院长在县人代会上作法院工作报告，报告显示全县法院一年受理案件1.9万件。\n2023年，全县法院共受理各类案件16325件，审结15870件。",
        "经评审，拟命名15个村（社区）为“民主法治示范村（社区）”，现予公示。\n附件：拟命名名单（18个）\n城关镇东关村",
        "市人社局：上半年全市城镇新增就业2.46万人\n7月10日，市人社局召开新闻发布会。1—6月，全市城镇新增就业2.64万人，完成年度目标的55%。",
        "5月8日，区法院召开新闻发布会，一季度全区法院共执结案件1873件。\n据介绍，1至3月，全区法院共执结各类案件1837件，执行到位金额2.1亿元。",
        "去年全县法律援助机构为农民工讨薪3.2亿元\n2024年1月18日讯 2023年，全县法律援助机构办理案件2100件，其中为农民工讨薪2.3亿元。",
        # digits in another order: the overview's total restated under the heading that names it
        "一、总体情况\n全年主动公开政府信息1847条。\n二、主动公开政府信息情况\n通过区政府门户网站发布工作动态等信息1874条。",
        "全年共受理信访事项1352件，办结率98%。\n信访总量（1325件）较上年下降6.1%。",
        "全年12345热线群众满意率98.7%。\n二、热线服务\n12345热线群众满意率达97.8%。",
        # a level after its change; an occasion's count larger than the year's; a headline marked 超
        "2022年，全市一般公共预算收入45.6亿元。\n全市一般公共预算收入同比增长5.2%，达到46.5亿元。",
        "2022年，全年开展普法宣传活动38场次。\n宪法宣传月期间，集中开展普法宣传活动45场次。",
        "全年法律援助案件超5000件\n\n本报讯 2023年，全市共办理法律援助案件4863件，同比增长8.2%。",
        # a change told in the lead, and the other way round (or out of its bound) in the body
        "2023年，全市一般公共预算收入同比增长2.7%。\n二、财政收支\n全市一般公共预算收入86.5亿元，比上年下降2.7%。",
        "全县受理信访事项减少近两成\n2023年，全县共受理信访事项1286件次，同比减少11.6%。",
        "全市商品房销售面积连续9个月同比增长\n1至10月，全市商品房销售面积同比增长6.2%，已连续10个月同比增长。",
        # a named rate told alone in the lead and the body, digits in another order
        "县政协提案工作报告\n全年共收到提案236件，立案率84.6%，办复率100%。\n一、提案审查\n经审查，立案197件，立案率48.6%，其余作为意见建议转交有关部门。",
        # a table row and a label's value restating the text's count, digits swapped
        "2023年，全区共举办普法讲座36场，受众1.2万人次。\n附表：2023年普法工作主要数据\n指标 | 数值 |\n普法讲座（场） | 63 |",
        "全年共办理法律援助案件356件，受援群众满意率达到98%。\n主要数据\n办理法律援助案件：365件",
        "2024年，全区共受理行政复议申请412件，审结398件。\n\n行政复议主要数据\n项目 | 2023年 | 2024年 |\n受理行政复议申请（件） | 386 | 421 |",
    ],
    good=[
        # one name under two scopes: a campaign the paragraph opens with, the institutions counted first, the rest
        "“今年共破获刑事案件9124起，查处治安案件3.4万起，抓获违法犯罪嫌疑人1.6万名。”市公安局负责人说。\n在打击防范涉众"
        "经济犯罪上，成立工作专班。今年共破获涉众型经济犯罪案件56起，抓获违法犯罪嫌疑人182名。\n在打击防范电诈犯罪上，建立"
        "预警劝阻机制。今年共破获电诈案件4138起，抓获违法犯罪嫌疑人4605名。",
        "全国共有乡镇卫生院33753个，床位150.5万张，卫生人员160.5万人。全国共有社区卫生服务中心（站）37177个，卫生人员77.8万人。",
        "全年共办理新增十个法定领域案件50656件。其他新领域方面，全年共办理其他新领域案件21815件。",
        # every indicator's change in the same words; a kind of 检察建议 in another line of work; a campaign's part
        "全年全市规模以上工业增加值比上年增长8.3%，两年平均增长6.1%。\n全年社会消费品零售总额412.5亿元，比上年增长8.8%，两年平均增长6.1%。",
        "2022年，受理民事申诉案件16件，调查核实14件，提出再审检察建议5件。\n对审判人员违法行为受理4件，提出检察建议3件。",
        "全年新增市场主体4692户。\n“个转企”专项行动中，新增市场主体4629户。",
        # digits in another order, but one of a list of parts, or last year's in brackets
        "一、总体情况\n全年主动公开政府信息2163条。\n二、主动公开政府信息情况\n通过门户网站发布信息1236条，通过政务微博发布信息927条。",
        "全年发生各类事故586起，较上年（568起）有所上升。",
        "窗口服务满意率99.2%。\n政务服务满意率98.6%。",
        # what each counts is of another year, named after the count; PM2.5 is a name, not a number copied
        "3月，市直86个部门中有81个部门公开了本部门2023年部门预算。\n9月，市直86个部门中有82个部门公开了本部门2022年决算。",
        "全省城市平均优良天数比例为86.2%，同比上升0.4个百分点；PM2.5平均浓度为31微克/立方米。\n"
        "沿江城市平均优良天数比例为80.7%，同比上升1.4个百分点；PM2.5平均浓度为35微克/立方米。",
        # a headline's 结案 is held to the body's 结案, not to its 新收各类案件
        "去年全县法院结案5260件\n本报讯 2023年，全县法院新收各类案件5480件，结案5260件。",
        "2023年，武陵县法治政府建设取得新进展。\n一是城关镇全年主动公开政府信息682条，二是河西镇全年主动公开政府信息628条。",
        "3月15日，县市场监管局召开新闻发布会，通报8起行政机关败诉典型案例。\n此次通报的9起食品安全典型案例涉及餐饮服务等领域。",
        # numbered items, each opening with its own name and a colon: each item is its own part
        "一、2022年项目工作总结\n（一）项目工作\n2022年全镇实施建设项目8个，其中5个项目已完工。\n"
        "1. 城关镇基础设施改造绿化美化工程：工程总投资350.72万元，主要对主干道两侧进行改造，已验收。\n"
        "2. 城关镇三岔路口基础设施改造及绿化美化工程：工程总投资64.38万元，已验收审计。",
        "市人社局：上半年全市城镇新增就业2.46万人\n7月10日，市人社局召开新闻发布会。1—6月，全市城镇新增就业24583人，完成年度目标的55%。",
        # a first paragraph that is the whole report: its 其中 part's count is no summary of a later one
        "概况\n2022年，全市检察机关各项工作取得新成效。依法打击刑事犯罪，决定批捕各类犯罪1205件1630人，提起公诉1872件2410人。"
        "其中批捕危害食品药品安全犯罪42件61人，提起公诉45件66人。开展立案监督，受理应当立案而不立案案件52件，提起公诉52件70人。",
        "去年全县法律援助机构为农民工讨薪3.2亿元\n2024年1月18日讯 2023年，全县法律援助机构办理案件2100件，其中为农民工讨薪3.2亿元。",
        "一季度全区法院执结案件1873件\n1至3月，全区法院执结案件1873件，其中城东法庭执结案件1837件。",
        "经评审，拟命名15个村（社区）为“民主法治示范村（社区）”，现予公示。\n附件：拟命名名单（15个）\n城关镇东关村",
        "今年在城关、河西2个社区开展试点，年中又增加东岗1个社区，此3个社区均已建立法律服务站。",
        "1月10日，县人民法院院长在县人代会上作法院工作报告，报告显示全县法院一年受理案件1.6万件。\n2023年，全县法院共受理各类案件16325件，审结15870件。",
        "1-6月，全市新增城镇就业1.52万人，同比增长3.1%。\n1-9月，全市新增城镇就业2.51万人，同比增长3.1%。",
        "共受理审查起诉案件318件412人，同比下降4.1%。\n共审结审查起诉案件381件412人，同比下降4.1%。",
        "全县一般公共预算支出12800万元，完成调整预算的95.1%。\n全县一般公共预算支出12800万元，加上上解上级支出600万元、结转下年支出700万元，全县一般公共预算支出总计14100万元。",
        "全年普通小学招生8620人，毕业生9150人。初级中学招生7340人，毕业生6980人。",
        "全市12个县区一般公共预算收入完成86.4亿元，增长6.2%。\n在8个县收支情况上，一般公共预算收入完成31.2亿元，增长5.1%。\n一般公共预算支出完成48.6亿元，增长3.3%。\n全市一般公共预算支出完成112.5亿元，增长4.0%。",
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
        "2023年，向乡镇（街道）下放行政权力事项63项。\n动态调整行政权力事项142项，取消11项。",
        "2023年，通过来信、来访、热线、依申请公开等渠道办理群众诉求58件。\n全年收到依申请公开4件，均按期答复。",
        "2023年，受理行政复议申请26件，应诉行政诉讼案件14件。上述40件案件中，已审结35件。",
        "2023年，主动公开政府信息412条。\n通过门户网站主动公开政府信息375条，通过政务新媒体公开37条。",
        "2023年，全年共接待群众来访48600人次。\n全年接待群众来访约5万人次。",
        "2023年，宪法宣传周期间开展普法活动12场次。\n全年共开展普法活动52场次。",
        "2023年，应急管理局下设7个指挥所。\n其中4个指挥所实行24小时值班。",
        "2024年，全年化解矛盾纠纷2315件。\n全县累计化解矛盾纠纷18620件。",
        "2023年，全年发放宣传资料5000余份。\n在重阳节活动中，发放宣传资料800余份。",
        "2023年，宪法宣传周期间，发放宣传资料2000余份。民法典宣传月期间，发放宣传资料1800余份。",
        "2023年，行政处罚被申请行政复议9宗，复议决定撤销、变更或者确认违法12宗。行政强制被申请行政复议4宗，复议决定撤销、变更或者确认违法21宗。",
        "2020年以来共发布督查通报5期。\n组建专项督查组“挑毛病”“找问题”，发布督查通报十余期。",
        "2023年，收到群众来信26件，办理23件。\n受理网上诉求62件，办理32件。",
        "2023年1-12月，受理行政复议案件56件。\n12月，受理行政复议案件6件。",
        "2023年，全年开展法律咨询120余次。\n下一步，确保全年开展法律咨询200余次。",
        "2023年，全县共受理信访事项889件。\n二、信访工作\n全年受理信访事项近九百件，按期办结率100%。",
        "2023年，全市共办理公证事项两千件。\n二、公证服务\n全年办理公证事项2150件。",
        "2023年，我镇主动公开政府信息254条。\n政府网站：发布信息42条，涵盖工作动态等。\n微信公众号：发布信息212条，推送服务指南等。",
        "2023年，全县法院共受理民事案件2135件，审结2153件。\n二、刑事审判\n全年受理刑事案件412件，审结421件。",
        "2023年，全县共调解矛盾纠纷1268件。\n二、各乡镇\n城南镇调解纠纷126件，城北镇调解纠纷162件。",
        "2023年，全县共办理法律援助案件126件。\n二、刑事审判\n全年办理刑事案件162件，判处罪犯180人。",
        "2023年，东湖区受理劳动争议案件312件。\n西湖区受理劳动争议案件321件。",
        "2023年，城关镇调解矛盾纠纷126件，调解成功率98%。\n城南镇调解矛盾纠纷162件，调解成功率97%。",
        "2023年，全县新收行政复议案件86件。\n全年受理行政复议案件68件，其余18件不予受理。",
        "全年受理劳动人事争议案件2376件，办结2367件。\n全年办结的2367件劳动人事争议案件中，工资类占五成。",
        "2022年，全镇共有农村低保户624户。\n2023年，为全镇642户农村低保户发放取暖补贴。",
        "全市共设立人民调解组织3152个，其中村（社区）人民调解组织3125个。",
        "开展“清风”专项行动，出动执法人员1230人次。\n开展安全生产大检查，出动执法人员1320人次。",
        "城关镇共有专职网格员286名。\n城南镇268名专职网格员均已持证上岗。",
        "五年办理法律援助案件2400余件\n2019年以来，县法律援助中心共办理法律援助案件2468件，挽回经济损失1500余万元。",
        "全区新增就业3.2万人\n今年以来，全区城镇新增就业2.5万人，农村劳动力转移就业7000人。",
        "全年受理民事纠纷3126件。\n全年受理的3136件行政争议中，涉及征收的占三成。",
        "全年审查起诉98件。\n（二）审查起诉\n1.审查起诉。共审结审查起诉案件89件，不起诉12人。",
        "省12345热线共受理群众诉求6.1万件，办结6.0万件。\n市（州）12345热线共受理群众诉求179.1万件。",
        "全年召开党组会议24次，研究重大事项56项。\n召开党组会议6次专题研究法治政府建设工作。",
        "上半年，区政府召开常务会议8次。\n全年共召开区政府常务会议18次。",
        "东山全市新收行政复议案件512件。\n西川全市新收行政复议案件521件。",
        "调查对象共计1068人。\n注：本表基数为1068人。",
        "2023年，全乡脱贫216户538人。\n2024年，全乡脱贫216户583人。",
        "1至6月受理劳动争议案件1352件，上年同期为1235件。\n上年全年受理劳动争议案件2531件。",
        "小学每周安排道德与法治课2课时。\n初中每周安排道德与法治课3课时。",
        "全县有8个乡镇被评为民主法治示范乡镇。\n全县12个乡镇均设立了司法所。",
        "2024年，全村生猪存栏已达3200头。\n养殖规模从2016年的200头增加到2021年的2600头。",
        "2023年，全国法院审结刑事一审案件54.2万件。\n全国法院审结行政一审案件12.4万件。",
        "过去五年，全市法院共审结各类案件83.17万件。\n2023年审结的18.37万件案件中，调解撤诉率达41.2%。",
        "全年受理行政复议申请26件，应诉行政诉讼案件14件。\n对这40件案件逐一分析原因。",
        "2022年，全县发生命案3起。\n针对2023年发生的2起命案，全部依法侦破。",
        "全年共有3个集体获得省部级表彰。\n获市级表彰的5名个人均来自基层一线。",
        # two quarters' changes; a part's change (其中…); a bound the rate holds
        "一季度，全市规上工业增加值同比增长3.9%。\n二季度，全市规上工业增加值同比下降3.9%。",
        "2023年，县公安局共受理治安案件1264起。\n城关派出所全年受理治安案件1046起，查处违法行为人512人。",
        "城关镇连续3年获评“平安乡镇”。\n河西镇连续5年获评“平安乡镇”。",
        "全年居民消费价格同比上涨1.8%。\n其中，食品价格同比下降1.8%，服务价格上涨1.2%。",
        "全县受理信访事项减少近两成\n2023年，全县共受理信访事项1286件次，同比减少18.6%。",
        "五年来，全区法院共受理刑事案件4125件。\n五年共受理民事案件4152件，调解撤诉率58.3%。",
        "2022年，全镇脱贫412户1587人。\n2023年，全镇脱贫421户1587人。",
        # a table of another year; a town's count against the county's row
        "2023年，全区共受理行政复议申请412件，审结398件。\n2022年主要数据\n项目 | 数量（件）\n受理行政复议申请 | 421",
        "2023年，城关镇受理行政复议申请56件。\n全县主要数据\n受理行政复议申请：65件",
        # two towns' rates with their digits in another order
        "2023年，城关镇调解矛盾纠纷312件，调解率86.5%。\n河西镇调解矛盾纠纷205件，调解率85.6%。",
        # the territory's courts as a whole and one court of them
        "2024年，全市法院收案168856件，结案159315件，审限内结案率83.34%。市中院收案18319件，结案16274件，审限内结案率79.80%。",
        # one average over two populations
        "按户籍人口计算，人均GDP为63525元（按年平均汇率折算为9847美元）。按常住人口计算，人均GDP为75115元（按年平均汇率折算为11643美元）。",
    ],
)
def inconsistent_figure(doc: Document) -> Iterator[Finding]:
    numbers = model(doc)
    # The story's headline (the first line that holds a number) may stand among page chrome that
    # web-residue claims (导航 / 标题 / 来源 lines); its figure against the body is still the story's.
    first = doc.position(numbers.quantities[0].start)[0] if len(numbers.quantities) else 0
    for m in numbers.figures:
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
            outlives=("web-residue",) if doc.position(m.start)[0] == first else (),
        )
