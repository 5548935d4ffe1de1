"""sum-mismatch through the number model: totals after their parts, net changes, counts of kinds,
structures that make 100, and their right look-alikes."""
import pytest

from lintlaw.checks.sums import sum_mismatch
from lintlaw.document import Document


def findings(text):
    doc = Document.from_text(text)
    return doc, list(sum_mismatch(doc))


@pytest.mark.parametrize(
    "text,span,shown",
    [
        # a total written after its parts (a total and its parts are marked together: either may be wrong)
        ("全年办理来信132件、网上信访486件、来电1,027件，共计1,625件。", "132件、网上信访486件、来电1,027件，共计1,625件", "132 + 486 + 1,027 = 1645"),
        ("一季度受理投诉126件，二季度受理143件，三季度受理158件，四季度受理171件，全年合计受理608件。", "126件，二季度受理143件，三季度受理158件，四季度受理171件，全年合计受理608件",
         "126 + 143 + 158 + 171 = 598"),
        # parts in clauses that name kinds, not overlapping attributes
        ("截至2023年底，全县共有村（社区）法律顾问312名，其中执业律师165名，基层法律服务工作者158名。", "312名，其中执业律师165名，基层法律服务工作者158名",
         "165 + 158 = 323，不是312名"),
        # a part whose unit was left out still counts, so the sum shown is the list's
        ("2023年主动公开政府信息458条，其中政府网站公开238条，政务微信公开179，其他方式公开49条。", "458条，其中政府网站公开238条，政务微信公开179，其他方式公开49条",
         "238 + 179 + 49 = 466，不是458条"),
        # a list item without its neighbours' head noun may be half of the next one
        ("年度报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议情况、行政诉讼情况、"
         "存在的主要问题及改进情况、其他需要报告的事项6个部分。", "6个", "列举了7个"),
        # net changes
        ("全区执业律师人数由2020年底的386人增加到2023年底的472人，净增96人。", "净增96人", "应为86人：472 − 386"),
        ("2023年受理行政复议案件236件，2022年受理198件，同比增加28件。", "增加28件", "应为38件：236 − 198"),
        ("全市执法人员由1,860人精简到1,625人，减少了225人。", "减少了225人", "应为235人：1,860 − 1,625"),
        # a count of kinds against the list
        ("重点面向四类群体开展普法：青少年、农民工、企业经营管理人员。", "四类", "列举了3类"),
        ("建立了三项工作机制，即案件会商机制、联合执法机制、信息共享机制和考核评价机制。", "三项", "列举了4项"),
        ("存在的问题主要有三个方面：一是执法人员业务能力有待提升；二是普法形式较为单一。", "三个方面", "列举了2个方面"),
        ("二、存在的问题\n对照法治政府建设要求，还存在以下三个方面的不足：\n（一）领导干部法治意识有待加强。\n"
         "（二）执法队伍专业化水平不高。\n（三）普法宣传针对性不强。\n（四）信息化建设相对滞后。", "三个方面", "列举了4个方面"),
        # structures
        ("全年三次产业结构比为9.6∶42.3∶50.1。", "9.6∶42.3∶50.1", "9.6 + 42.3 + 50.1 = 102"),
        ("从申请人看，自然人申请的占72.4%，法人申请的占21.3%，其他组织申请的占9.8%。", "自然人申请的占72.4%，法人申请的占21.3%，其他组织申请的占9.8%",
         "72.4% + 21.3% + 9.8% = 103.5%"),
    ],
)
def test_sum_claims(text, span, shown):
    doc, found = findings(text)
    assert len(found) == 1, (text, [f.message.zh for f in found])
    assert doc.text[found[0].start:found[0].end] == span
    assert shown in found[0].message.zh


@pytest.mark.parametrize(
    "text",
    [
        "区级部门梳理公布行政处罚事项2,156项、行政强制事项128项、行政检查事项316项，共计2,600项。",
        "上半年完成立案审查42件，下半年完成56件，全年共完成98件。",
        "全区公共法律服务工作站由2020年的86个增加到2023年的132个，净增46个。",
        "2022年全区共受理行政复议案件112件，2023年共受理135件，较上年增加23件。",
        "健全了两项制度：重大行政决策程序制度和行政规范性文件合法性审核制度。",
        "坚持“三个结合”：集中宣传与日常宣传相结合、线上与线下相结合、普法与执法相结合。",
        "聚焦四类重点人群：领导干部和公务员、青少年、农村居民。",  # 和 may join two words of one item
        "重点面向三类群体：青少年、农民工和老年人。",
        "开展“八五”普法规划中期评估，围绕三个方面开展自查：组织领导、工作落实、工作成效等。",
        "2024年，我们将重点抓好以下四项工作：一是深化“放管服”改革；二是加强执法监督；三是推进政务公开；四是强化法治宣传。",
        "三次产业结构由2020年的10.3：45.2：44.5调整为2023年的8.9：43.6：47.5。",
        "男女比例为3∶2，平均年龄38岁。",
        "在受理的案件中，行政处罚类占45.5%，行政许可类占22.7%，信息公开类占18.2%，其他类占13.6%。",
        # overlapping shares are not one structure
        "参训人员中，男性占52%，女性占48%，35岁以下的占36%，本科以上学历的占81%。",
        # overlapping attributes after 其中
        "全局共有执法人员86名，其中持证执法人员80名，法律专业人员12名，35岁以下30名。",
        # two stages of the same cases
        "全年共有行政诉讼案件23件，其中开庭审理19件，行政机关负责人出庭应诉15件，出庭应诉率达到100%。",
    ],
)
def test_right_or_no_claim(text):
    _, found = findings(text)
    assert found == [], (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # the parts in the sentence after the total, opened by 其中
        ("全年全区共办理行政处罚案件3,862件，较上年增加316件。其中，适用简易程序的1,540件，适用普通程序的2,422件。", True),
        ("全年全区共办理行政处罚案件3,862件，较上年增加316件。其中，适用简易程序的1,540件，适用普通程序的2,322件。", False),
        # the total is the count that names what the parts are, not the last one
        ("全年共调解各类矛盾纠纷3,286件，调解成功3,215件。其中婚姻家庭纠纷1,042件、邻里纠纷876件、损害赔偿纠纷482件、其他纠纷904件。", True),
        ("全年共调解各类矛盾纠纷3,286件，调解成功3,215件。其中婚姻家庭纠纷1,024件、邻里纠纷876件、损害赔偿纠纷482件、其他纠纷904件。", False),
        # 增加值 is an amount, not a change; rounded amounts add up within their rounding
        ("全年实现地区生产总值286.4亿元，比上年增长6.2%。其中，第一产业增加值32.6亿元，第二产业增加值108.5亿元，第三产业增加值145.3亿元。", False),
        ("全年实现地区生产总值286.4亿元，比上年增长6.2%。其中，第一产业增加值32.6亿元，第二产业增加值108.5亿元，第三产业增加值154.3亿元。", True),
    ],
)
def test_parts_in_the_next_sentence(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


def test_a_sum_is_shown_in_the_scale_of_its_parts():
    _, found = findings("全年实现地区生产总值286.4亿元。其中，第一产业增加值32.6亿元，第二产业增加值108.5亿元，第三产业增加值154.3亿元。")
    assert "32.6亿 + 108.5亿 + 154.3亿 = 295.4亿，不是286.4亿元" in found[0].message.zh


def test_a_list_cut_by_a_page_number_goes_on_after_it():
    # a PDF's page number between two lines of one list: the list goes on after it
    cut = "我局提出五个方面举措：一是健全制度；二是规范执法。\n- 2 -\n三是强化监督；四是深化普法；五是加强保障。"
    assert findings(cut)[1] == []
    # a list that stops there is still held to its count
    stopped = "我局提出五个方面举措：一是健全制度；二是规范执法。\n- 2 -\n另外，全年开展普法活动12场。"
    doc, found = findings(stopped)
    assert len(found) == 1 and "列举了2个方面" in found[0].message.zh


@pytest.mark.parametrize("text, reported", [
    # The halves of a whole end the list, after a semicolon or a comma, whatever figures follow.
    ("年末户籍总人口63.71万人，其中男性31.72万人，女性31.69万人，全年出生人口3625人，死亡人口4330人。", True),
    ("年末户籍总人口63.71万人,其中男性31.72万人,女性31.69万人,全年出生人口3625人,死亡人口4330人。", True),
    ("年末户籍总人口63.71万人，其中男性32.02万人，女性31.69万人，全年出生人口3625人，死亡人口4330人。", False),
    ("全县共有人民调解员1260人，其中专职调解员180人，兼职调解员1080人，全年调解纠纷5320件。", False),
    ("全县共有人民调解员1260人，其中专职调解员180人，兼职调解员1060人，全年调解纠纷5320件。", True),
])
def test_a_split_of_the_whole_ends_its_list_before_other_figures(text, reported):
    assert bool(findings(text)[1]) is reported


@pytest.mark.parametrize("text, reported", [
    # A revenue's taxes and the rest are all of it: less is wrong too, thousands commas and all.
    ("全区地方收入完成41,230万元，其中税收收入完成29,860万元，非税收入完成11,170万元。", True),
    ("全区地方收入完成41,030万元，其中税收收入完成29,860万元，非税收入完成11,170万元。", False),
    ("全县财政收入完成21460万元，同比增长6.2%。从收入结构看：税收收入17380万元；非税收入4280万元。", True),
    # how each part changed, right after it, skips nothing of the list
    ("一般公共预算收入累计完成24427万元，比上年减收1070万元。其中：税收收入8103万元，比上年增收1284万元，增长18.8%；"
     "非税收入16524万元，比上年减收2354万元，下降12.5%。", True),
    ("一般公共预算收入累计完成24627万元，比上年减收1070万元。其中：税收收入8103万元，比上年增收1284万元，增长18.8%；"
     "非税收入16524万元，比上年减收2354万元，下降12.5%。", False),
    # the budget a share is of is no whole the list breaks down
    ("一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，其中：税收收入8103万元；非税收入16524万元。", False),
    ("一般公共预算收入累计完成24827万元，完成年初预算数60999万元的40.7%，其中：税收收入8103万元；非税收入16524万元。", True),
    # taxes alone are a part
    ("全县财政总收入12.6亿元，其中税收收入8.2亿元，同比增长5.1%。", False),
])
def test_taxes_and_the_rest_are_a_revenue(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text, reported", [
    # What is left of money granted or received is what was not spent of it.
    ("当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.93亿元，总体执行率87%。", True),
    ("当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元，总体执行率87%。", False),
    ("基金收入4.62亿元，支出4.18亿元，当年结余0.54亿元，累计结余3.95亿元。", True),
    ("基金收入4.62亿元，支出4.18亿元，当年结余0.44亿元，累计结余3.95亿元。", False),
    # a stock of many years, a balance carried in, spending above income: no such claim
    ("基金收入8.31亿元，支出7.95亿元，累计结余2.70亿元。", False),
    ("上年结余50万元，本年收入300万元，本年支出280万元，年末结余70万元。", False),
    ("一般公共预算收入8.36亿元，一般公共预算支出31.25亿元，收支结余1.21亿元。", False),
])
def test_what_is_left_is_what_was_not_spent(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text, reported", [
    # A total that names its kinds has them as all its parts.
    ("全市排查化解家庭、邻里纠纷3955件（其中家庭纠纷909件、邻里纠纷2956件）。", True),
    ("全市排查化解家庭、邻里纠纷3865件（其中家庭纠纷909件、邻里纠纷2956件）。", False),
    ("全市排查化解家庭、邻里、婚姻纠纷3955件（其中家庭纠纷909件、邻里纠纷2956件）。", False),
    ("12345热线、政民互动共受理群众诉求2877件，派单601件。其中热线派单532件，政民互动派单69件。", False),
    # a bracket inside a part's name labels it: it opens no breakdown of the part before
    ("主动公开信息238条，其中工作动态152条、重点领域信息（安全生产）46条、重点领域信息（食品药品）38条、"
     "规范性文件（部门）2条、政务数据（统计数据）1条、政务数据（过程数据）1条。", True),
    # the numeral of a quoted programme counts the names before it
    ("以实施道路提升、管网改造、绿化美化、公厕新建“五大工程”为抓手。", True),
    ("以实施道路提升、管网改造、绿化美化、公厕新建“四大工程”为抓手。", False),
    ("以实施道路提升、管网改造、绿化美化、公厕新建等“五大工程”为抓手。", False),  # 等: fewer may be named
    ("深入实施道路提升、管网改造、绿化美化、公厕新建、路灯亮化、污水治理等“五大工程”。", True),
    ("在城关、新华、东坝三个镇开展“十大行动”。", False),
])
def test_names_that_count_the_parts(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text, reported", [
    # The GDP may close the paragraph before the one that opens with the three industries.
    ("一季度全省地区生产总值4815.49亿元，比上年同期增长6.6%。\n一季度，全省第一产业增加值459.06亿元，增长5.5%；"
     "第二产业增加值1801.93亿元，增长11.1%；第三产业增加值2545.50亿元，增长4.0%。", True),
    ("一季度全省地区生产总值4806.49亿元，比上年同期增长6.6%。\n一季度，全省第一产业增加值459.06亿元，增长5.5%；"
     "第二产业增加值1801.93亿元，增长11.1%；第三产业增加值2545.50亿元，增长4.0%。", False),
    # another period or place: not the same GDP
    ("一季度全省地区生产总值4815.49亿元，比上年同期增长6.6%。\n上半年，全省第一产业增加值459.06亿元，增长5.5%；"
     "第二产业增加值1801.93亿元，增长11.1%；第三产业增加值2545.50亿元，增长4.0%。", False),
    ("全市地区生产总值4815.49亿元，比上年同期增长6.6%。\n全县第一产业增加值459.06亿元，增长5.5%；"
     "第二产业增加值1801.93亿元，增长11.1%；第三产业增加值2545.50亿元，增长4.0%。", False),
    # a second view in the next sentence is of the whole the first view broke down; 增收 is a change
    ("收入完成28,583万元，同比增长10.85%，增收2,798万元，从征收部门来看：税务部门完成13,866万元；财政部门完成14,717万元。"
     "从收入分类来看，税收收入完成11,136万元，占一般公共预算收入的38.96%；非税收入完成17,474万元。", True),
    ("收入完成28,583万元，同比增长10.85%，增收2,798万元，从征收部门来看：税务部门完成13,866万元；财政部门完成14,817万元。", True),
    ("收入完成28,583万元，同比增长10.85%，增收2,798万元，从征收部门来看：税务部门完成13,866万元；财政部门完成14,717万元。"
     "从收入分类来看，税收收入完成11,136万元，占一般公共预算收入的38.96%；非税收入完成17,447万元。", False),
    # a view after a sentence that broke its whole down by 其中 is not read as of that whole
    ("现已审结67件，其中纠错6件，调解25件。按照数量来分：居前列的单位为市公安局30件，市场监管局32件，南市街道7件。", False),
    # a bracket that breaks one item down holds no part of the list before a 合计
    ("全县完成一般公共预算收入7.71亿元、上级补助收入21.64亿元（其中：返还性收入1.91亿元、一般性转移支付18.05亿元、"
     "专项转移支付1.68亿元）、上年结余收入2.82亿元、调入资金3.67亿元，总收入合计35.84亿元。", False),
    ("全县完成一般公共预算收入7.71亿元、上级补助收入21.64亿元（其中：返还性收入1.91亿元、一般性转移支付18.05亿元、"
     "专项转移支付1.68亿元）、上年结余收入2.82亿元、调入资金3.67亿元，总收入合计36.84亿元。", True),
    # the halves of a whole end the list after 、 too
    ("全县一般公共预算收入7.71亿元，其中：税收收入5.93亿元、非税收入1.78亿元、上级补助收入21.64亿元。", False),
    ("全县一般公共预算收入7.91亿元，其中：税收收入5.93亿元、非税收入1.78亿元、上级补助收入21.64亿元。", True),
    # what the things counted are like (…的5类) is no list of them
    ("审结的民事案件中，数量最多、占比最大的5类案由分别是：合同纠纷，婚姻家庭纠纷，侵权责任纠纷，劳动争议，知识产权纠纷。", False),
])
def test_wholes_views_brackets_and_modifiers(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # what 加上 adds to: the figure before it, in its sentence or a sentence or two back, past a 其中 breakdown
    ("2023年全区一般公共预算收入完成31,480万元，增长3.6%，加上：上级补助收入46,200万元、上年结转1,320万元、调入资金2,000万元，"
     "收入总计81,000万元。", False),
    ("2023年全区一般公共预算收入完成31,480万元，增长3.6%，加上：上级补助收入46,200万元、上年结转1,320万元、调入资金2,000万元，"
     "收入总计81,900万元。", True),
    ("全县一般公共预算收入完成9.84亿元，增长1.2%。其中：税收收入6.10亿元；非税收入3.74亿元。加上上级补助收入21.5亿元、"
     "上年结转0.86亿元后，收入总计32.20亿元。", False),
    ("全县一般公共预算收入完成9.84亿元，增长1.2%。其中：税收收入6.10亿元；非税收入3.74亿元。加上上级补助收入21.5亿元、"
     "上年结转0.86亿元后，收入总计32.02亿元。", True),
    # an adjustment after a part is how the part was adjusted; a total that is an adjustment has adjustments for parts
    ("本级收入拟调整为61,000万元，其中：税收收入拟调整为42,500万元，调减6,500万元；非税收入18,500万元，保持不变。", False),
    ("本级收入拟调整为61,000万元，其中：税收收入拟调整为42,500万元，调减6,500万元；非税收入19,500万元，保持不变。", True),
    ("上级补助收入调增6,800万元，分别是一般性转移支付收入调增4,150万元、专项转移支付收入调增2,560万元。", True),
    # why a trip was made and where it went cross; 因公 and 因私 are one view
    ("全年居民出境人数35.2万人次，其中因私出境32.8万人次，赴港澳台出境21.4万人次。", False),
    ("全年居民出境人数35.2万人次，其中因私出境32.8万人次，因公出境3.4万人次。", True),
    # a region's own sub-area, then the region's siblings after semicolons
    ("分区域看，东部片区地区生产总值905.6亿元，增长5.0%，其中临港新城地区生产总值402.3亿元，增长6.4%；"
     "中部片区地区生产总值688.1亿元，增长4.3%；西部片区地区生产总值251.7亿元，增长3.9%。", False),
    ("全市地区生产总值1,845.4亿元，其中东部片区地区生产总值905.6亿元；中部片区地区生产总值688.1亿元；"
     "西部片区地区生产总值261.7亿元。", True),
    # the siblings named by their place alone
    ("甲区地区生产总值1,260亿元，其中高新园区510亿元；乙区480亿元；丙区355亿元。", False),
    ("全市地区生产总值2,095亿元，其中甲区1,260亿元；乙区480亿元；丙区375亿元。", True),
])
def test_added_adjusted_crossing_and_sibling_parts(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # points counted in words are items announced
    ("他就做好下一步工作提出四点要求：一是提高认识；二是压实责任；三是强化督查。", True),
    ("他就做好下一步工作提出三点意见：一是提高认识；二是压实责任；三是强化督查。", False),
    ("会议于下午四点召开。会议要求坚持两点论和重点论相统一。", False),
    # the three industries' contributions or shares make 100
    ("三次产业对经济增长的贡献率分别为6.8%、38.5%和55.9%。", True),
    ("三次产业对经济增长的贡献率分别为5.6%、38.5%和55.9%。", False),
    ("第一、二、三产业增加值占地区生产总值的比重分别为9.4%、37.2%和53.4%。", False),
    ("第一、二、三产业增加值占地区生产总值的比重分别为9.4%、37.2%和54.3%。", True),
    ("三次产业分别拉动经济增长0.4、2.1和3.2个百分点。", False),
    # one name and one count in a bracket after a part is a kind of it
    ("全县现有各级各类学校58所，其中：高中2所（民办1所），初中9所，小学26所，幼儿园21所（民办12所）。", False),
    ("全县现有各级各类学校56所，其中：高中2所（民办1所），初中9所，小学26所，幼儿园21所（民办12所）。", True),
])
def test_points_industry_shares_and_kinds_of_a_part(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a total in two measures: when one measure's parts make its total exactly, the list is every kind
    ("共受理审查起诉案件736件948人，其中提起公诉601件790人；不起诉118件139人；退回撤案17件16人。", True),
    ("共受理审查起诉案件736件948人，其中提起公诉601件793人；不起诉118件139人；退回撤案17件16人。", False),
    ("共办理司法救助案件52件67人，其中刑事被害人救助38件49人，民事侵权救助14件15人。", True),
    # neither measure adds up: some cases are still on hand, the list need not be every kind
    ("共受理审查起诉案件736件948人，其中提起公诉601件790人，不起诉100件121人。", False),
])
def test_paired_measures_one_exact(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a total, the ones something was done to, and the rest, one count a clause
    ("共排查整治风险点642处，已销号整治611处，其余21处正在加快整治。", True),
    ("共排查整治风险点642处，已销号整治611处，其余31处正在加快整治。", False),
    ("收到政协委员提案88件，已全部答复76件，剩余10件正在协调办理。", True),
    ("全年受理行政复议案件54件，已审结49件，未审结的3件均在审理期限内。", True),
    ("全年受理行政复议案件54件，已审结49件，未审结的5件均在审理期限内。", False),
    # the rest of a part, the rest of a 其中 list, a plan's undone share
    ("受理申请210件，已办结198件，其中当场办结131件，其余67件在法定期限内办结。", False),
    ("受理申请210件，其中网上申请124件、信函申请51件，其余35件为当面申请。", False),
    ("计划完成危房改造900户，已完成改造760户，尚有90户正在施工。", False),
    ("共检查企业230家，发现问题企业41家，另有9家停业，其余180家未发现问题。", False),
])
def test_rest_after_done(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize(
    "text,reported",
    [
        # a slogan's count after the verb that holds to it is its name, not a count of the names before it
        ("各地区、各部门不断增强“四个意识”、坚定“四个自信”、做到“两个维护”，紧盯目标任务。", False),
        ("实施道路提升、管网改造、绿化美化“四大工程”。", True),
        # items written as clauses, one a semicolon, are not the one clause before the first semicolon
        ("围绕九个“着力”，即着力推进系列规划和政策落实；着力繁荣艺术创作生产；着力健全公共文化服务体系。", False),
        ("全面落实四项制度：行政执法公示、执法全过程记录和重大执法决定法制审核；另外推进了其他工作。", True),
        # 突破 N: past N, so parts above it agree, parts below it do not
        ("全县地区生产总值首次突破400亿元。分产业看，第一产业增加值60.8亿元，第二产业增加值128.3亿元，"
         "第三产业增加值225.7亿元。", False),
        ("全县地区生产总值首次突破400亿元。分产业看，第一产业增加值60.8亿元，第二产业增加值108.3亿元，"
         "第三产业增加值205.7亿元。", True),
    ],
)
def test_slogans_clauses_and_breaking_through(text, reported):
    assert bool(findings(text)[1]) == reported


@pytest.mark.parametrize(
    "text,reported",
    [
        # 包括 right after a part opens that part's breakdown: its items are no siblings of the part
        ("2023年，统计局公开政府信息共计91条。其中向区政府网站报送信息91条，包括：统计分析54条，内容是规上工业分析；"
         "工作信息37条，包括动态信息15条、财政信息2条、公告公示5条、双随机信息7条、信息公开报告1条、统计公报7条。", False),
        ("2023年，统计局公开政府信息共计91条。其中向区政府网站报送信息91条，包括：统计分析54条，内容是规上工业分析；"
         "工作信息37条，包括动态信息16条、财政信息2条、公告公示5条、双随机信息7条、信息公开报告1条、统计公报7条。", True),
    ],
)
def test_a_parts_own_breakdown(text, reported):
    assert bool(findings(text)[1]) == reported
@pytest.mark.parametrize("text,reported", [
    # a list that prints a kind with none prints every kind of the total's noun
    ("共作出不起诉决定31人，其中法定不起诉3人，酌定不起诉0人，存疑不起诉25人。", True),
    ("共作出不起诉决定31人，其中法定不起诉3人，酌定不起诉0人，存疑不起诉28人。", False),
    ("全年办理公证事项等各类案件215件，其中民事公证案件160件、经济公证案件52件、涉外公证案件0件。", True),
    # outcomes of cases received may leave some on hand; a clause after the list says there are more;
    # attributes of people are no kinds of the total's noun
    ("共受理行政复议申请40件，其中维持18件，撤销0件，驳回6件。", False),
    ("共办理法律援助案件215件，其中刑事案件160件、民事案件52件、行政案件0件，另有咨询事项若干。", False),
    ("全局共有干部职工96人，其中研究生学历8人，本科学历61人，博士0人。", False),
    ("全局共有干部职工96人，其中党员干部61人，少数民族干部0人，女性干部30人。", False),
])
def test_zero_part_prints_every_kind(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # inside and outside a place are the two halves of what moved, each named by its half first
    ("全年新增转移农村劳动力6.84万人，其中县内转移2.91万人，县外输出3.63万人。", True),
    ("全年新增转移农村劳动力6.84万人，其中县内转移2.91万人，县外输出3.93万人。", False),
    ("全年接待国内外游客1268.5万人次，其中境内游客1251.2万人次，境外游客14.3万人次。", True),
    # workers of both halves are not all the labour; a third place after the halves of a country
    ("全县农村劳动力总数21.6万人，其中县内务工5.2万人，县外务工9.8万人。", False),
    ("外出务工人员7.4万人，其中省内务工2.6万人，省外务工4.3万人，境外务工0.5万人。", False),
])
def test_inside_and_outside_a_place(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # 主要…为 names the main parts: more than the whole is wrong, less is not
    ("全年收到政府信息公开申请74件，主要申请方式为网上申请46件、当面申请31件。", True),
    ("全年收到政府信息公开申请74件，主要申请方式为网上申请46件、当面申请19件。", False),
    ("共调处矛盾纠纷318件，主要类型是婚姻家庭纠纷126件、邻里纠纷97件、土地纠纷88件。", False),
    ("共调处矛盾纠纷318件，主要类型是婚姻家庭纠纷126件、邻里纠纷107件、土地纠纷98件。", True),
])
def test_main_parts(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # counts in another measure word with their noun after them count the groups or places the items fall in
    ("紧扣6个专题、15个专项，共部署311项改革任务。", False),
    ("紧扣6个专题、15个专项，共311项改革任务全部完成。", False),
    ("全省21个市州的法院审结行政案件8,264件、执行案件3,517件，共计11,781件。", False),
    ("全省21个市州的法院审结行政案件8,264件、执行案件3,517件，共计11,791件。", True),
    ("出台5个规范性文件、3个工作方案，共9个。", True),
])
def test_total_after_groups(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]





@pytest.mark.parametrize("text,reported", [
    # a line cut in the middle of its sentence goes on in the next: the list is read whole
    ("2023年，通过区政府门户网站主动公开政府信息214条，其中政策文件38条，工作动态126条，通知公告27条，\n"
     "人事信息9条，财政信息12条，其他类信息4条。", True),
    ("2023年，通过区政府门户网站主动公开政府信息214条，其中政策文件38条，工作动态126条，通知公告27条，\n"
     "人事信息9条，财政信息12条，其他类信息2条。", False),
    ("本年度共受理法律援助案件486件（其中刑事案件173件、民事案件308件、行政\n案件12件），挽回经济损失860余万元。", True),
    ("本年度共受理法律援助案件486件（其中刑事案件173件、民事案件301件、行政\n案件12件），挽回经济损失860余万元。", False),
    # a line that ends its sentence, or a heading, is no cut
    ("一、主动公开政府信息情况\n全年共公开信息120条，其中政策文件30条，工作动态90条。", False),
    # (a line that opens with 其中 breaks down the total that ended the line above: read as on one line)
    ("全年共公开信息120条。\n其中政策文件30条，工作动态100条，通知公告8条。", True),
    ("全年共公开信息120条。\n其中政策文件30条，工作动态82条，通知公告8条。", False),
    ("全年共公开信息120条。\n政策文件30条，工作动态100条，通知公告8条。", False),
])
def test_line_cut_mid_sentence(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a count of persons against the names listed after it
    ("表彰优秀法治宣传员6名：王建华、李红梅、张志强、刘晓燕、陈国庆。", True),
    ("表彰优秀法治宣传员5名：王建华、李红梅、张志强、刘晓燕、陈国庆。", False),
    ("推选出人民陪审员代表4人，分别是赵文、孙立新、周敏。", True),
    # 等 leaves the list open; items that are no names; the names going on past a comma
    ("表彰优秀法治宣传员6名：王建华、李红梅等。", False),
    ("新招录执法人员3名：法学专业、行政管理、会计学。", False),
    ("共有5人：王建华、李红梅、张志强，以及两名辅助人员。", False),
])
def test_persons_named(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # the requests on hand (received, carried over) are those settled and those carried to next year
    ("2023年共收到政府信息公开申请73件，上年结转2件，已办结70件，结转下年度继续办理3件。", True),
    ("2023年共收到政府信息公开申请73件，上年结转2件，已办结70件，结转下年度继续办理5件。", False),
    ("全年受理依申请公开申请41件，上年度结转1件，已答复39件，结转下年度2件。", True),
    # the carried-over ones counted inside the received (其中上年结转): not beside them
    ("全年收到申请41件，其中上年结转1件，办结39件，结转下年度2件。", False),
])
def test_requests_flow(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize(
    "text,reported",
    [
        # kinds of the total's 信息, each made public once, are parts; channels that each publish all may overlap
        ("全年共公开信息30条，其中人员招录信息公开3条，疫情信息公开8条，环境保护信息公开26条。", True),
        ("全年共公开信息37条，其中人员招录信息公开3条，疫情信息公开8条，环境保护信息公开26条。", False),
        ("全年公开政府信息1200条，其中政府网站发布1100条、政务微信发布900条、政务微博发布800条。", False),
    ],
)
def test_kinds_of_information_made_public_are_parts(text, reported):
    assert bool(findings(text)[1]) == reported


@pytest.mark.parametrize("text,reported", [
    # a count of kinds in the total's name (五类案件总数, 四类纠纷共调处): as many parts listed are all of it
    ("2021年，全国五类案件总数为15454件。其中，按日连续处罚案件数量为199件，罚款金额为18580.62万元；适用查封、扣押案件数量为8897件；"
     "适用限产、停产案件数量为1093件；移送拘留案件数量为3937件；移送涉嫌环境污染犯罪案件数量为1868件。", True),
    ("全县四类纠纷共调处860件，其中婚姻家庭纠纷300件，邻里纠纷260件，土地纠纷200件，合同纠纷80件。", True),
    ("全县四类纠纷共调处840件，其中婚姻家庭纠纷300件，邻里纠纷260件，土地纠纷200件，合同纠纷80件。", False),
    # fewer parts than the kinds: some of them, as 其中 says; a kind by its rank (第三类) is no count of kinds
    ("全县四类纠纷共调处900件，其中婚姻家庭纠纷300件，邻里纠纷260件。", False),
    ("查处五类违法行为共计320起，其中无证经营120起，超范围经营60起。", False),
    ("第三类案件总数为1300件，其中治安案件520件，刑事案件410件，交通案件360件。", False),
])
def test_kinds_counted_in_the_totals_name(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a total in two measures, its parts in both in the next sentence: one measure exact, the other must be
    ("2022年二季度，共审结各类审查逮捕案件17件20人。其中批准逮捕14件18人，不批准逮捕2件2人。", True),
    ("全年受理审查起诉案件45件62人。其中提起公诉40件55人，不起诉5件6人。", True),
    ("全年受理审查起诉案件45件61人。其中提起公诉40件55人，不起诉5件6人。", False),
    # neither measure exact: 其中 may leave kinds out
    ("全年受理审查起诉案件46件62人。其中提起公诉40件55人，不起诉5件6人。", False),
])
def test_paired_measures_across_sentences(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a total in two measures, then clauses each in both (no 其中), one clause in one measure between them
    ("受理未成年人审查逮捕案件13件14人，提前介入2件，批准逮捕10件11人，不批准逮捕3件4人。", True),
    ("共办理审查起诉案件52件67人，起诉45件58人，不起诉7件8人。", True),
    ("共办理审查起诉案件52件66人，起诉45件58人，不起诉7件8人。", False),
    # stages (审结 of the received) are no parts; neither measure exact says nothing
    ("受理审查起诉案件50件60人，审结45件52人，起诉5件6人。", False),
    ("受理审查逮捕案件13件14人，批准逮捕9件11人，不批准逮捕3件4人。", False),
])
def test_paired_measures_without_a_marker(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # the whole and the ones among it in one clause (N个…中M个), the rest in the next
    ("分行业看，27个行业大类中18个行业保持正增长，其余8个行业增加值同比下降。", True),
    ("全县30家规上企业中有12家产值增长，其余16家产值下降。", True),
    ("全县30家规上企业中有12家产值增长，其余18家产值下降。", False),
    ("全市42个部门中35个部门按时报送，其余6个部门延期报送。", True),
    ("全市42个部门中35个部门按时报送，另有3个部门延期报送。", False),
])
def test_rest_of_the_ones_among_a_whole(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # counts of the total's own noun joined by 和/及/、 however long the words between them
    ("针对2019年度全省营商环境评估22个问题和2020年上半年州级营商环境考核评估发现的29个问题，共计47个问题，建立问题整改台账。", True),
    ("整改省级督察反馈的15个问题、市级督查发现的8个问题及自查发现的6个问题，共计30个问题。", True),
    ("整改省级督察反馈的15个问题、市级督查发现的8个问题及自查发现的6个问题，共计29个问题。", False),
    # other nouns (部门, 乡镇) are where the problems are, not problems; a total not right after the parts
    ("涉及12个部门和8个乡镇的29个问题，共计47个问题。", False),
    ("督查发现的15个问题和自查发现的8个问题中，已整改的问题共计20个。", False),
])
def test_counts_of_one_noun_joined_before_a_total(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # the secondary industry is industry and construction: the second part after the semicolon is its own
    ("初步测算，2015年全县地区生产总值244394万元，比上年增长13.1%。其中：第一产业增加值62857万元，同比增长6.3%；第二产业增加值65585万元，"
     "同比增长9.5%，其中工业增加值完成40653万元，同比增长13.5%；建筑业增加值完成29432万元，同比增长3.7%。第三产业增加值115952万元，同比增长18.0%。", True),
    ("全市生产总值500亿元。其中：第一产业增加值50亿元，增长3%；第二产业增加值200亿元，增长6%，其中工业增加值150亿元，增长7%；"
     "建筑业增加值40亿元，增长4%；第三产业增加值250亿元，增长8%。", True),
    ("全市生产总值500亿元。其中：第一产业增加值50亿元，增长3%；第二产业增加值200亿元，增长6%，其中工业增加值160亿元，增长7%；"
     "建筑业增加值40亿元，增长4%；第三产业增加值250亿元，增长8%。", False),
    # 规模以上工业 is a part of industry; without 建筑业 the sub-list is some of it
    ("全市生产总值500亿元。其中：第一产业增加值50亿元，增长3%；第二产业增加值200亿元，增长6%，其中规模以上工业增加值150亿元，增长7%；"
     "建筑业增加值40亿元，增长4%；第三产业增加值250亿元，增长8%。", False),
    ("全市生产总值500亿元。其中：第一产业增加值50亿元，增长3%；第二产业增加值200亿元，增长6%，其中工业增加值150亿元，增长7%；"
     "第三产业增加值250亿元，增长8%。", False),
])
def test_industry_and_construction_make_the_secondary_industry(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a sentence that gives the outcomes of the count the sentence before ended on, one by one (结果分别为)
    ("区政府审结的复议案件977件中直接纠错236件，纠错率约为24%，较去年60件增长了近3倍。结果分别为决定撤销48件，责令履职10件，"
     "撤销并责令重做38件，确认违法150件。", True),
    ("区政府审结的复议案件977件中直接纠错236件，纠错率约为24%，较去年60件增长了近3倍。结果分别为决定撤销48件，责令履职10件，"
     "撤销并责令重做28件，确认违法150件。", False),
    ("共受理申请50件，办结48件。分别为予以公开30件，部分公开10件，不予公开6件。", True),
    ("共受理申请50件，办结48件。分别为予以公开30件，部分公开10件，不予公开8件。", False),
])
def test_outcomes_given_one_by_one_in_the_next_sentence(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


def test_a_total_with_other_figures_before_its_parts_is_shown_alone():
    doc, found = findings("区政府直接纠错236件，纠错率约为24%，较去年60件增长了近3倍。结果分别为决定撤销48件，责令履职10件，"
                          "撤销并责令重做38件，确认违法150件。")
    assert [doc.text[f.start:f.end] for f in found] == ["236件"]


@pytest.mark.parametrize("text,reported", [
    # a chain of steps in quotes (joined by —, → or +) and the count of them right after it
    ("建立规范性文件“起草—审查—备案—清理”五个环节全流程管理机制，明确规范性文件起草需征求意见。", True),
    ("建立规范性文件“起草—审查—备案—清理”四个环节全流程管理机制。", False),
    ("推行“受理→审查→决定→送达”三步工作法。", True),
    ("建立“党委中心组领学+干部全员研学+群众普及学”三级学习体系，全年开展专题学习12次。", False),
    # a chain without its count, or a slogan of two (线上+线下) with no count
    ("创新“法治+网格”宣传模式，依托22个村（社区）网格开展普法。", False),
])
def test_chain_of_steps_against_its_count(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a slogan of things one each (“四个一”) against the items numbered after it, each naming one thing
    ("助推高质量美丽乡村“四个一”工程落实到位。\n一是建设一个法治文化宣传栏。以法治文化为主题，集中展示民法典。\n"
     "二是建设一个农家法治书屋。\n三是建设一个农民法治大讲堂。\n接下来，镇里将进一步推动法治宣传教育。", True),
    ("全面推进“五个一”工程。一是建设一个法治广场；二是组建一支普法队伍；三是建立一套工作制度。", True),
    ("全面推进“三个一”工程。一是建设一个法治广场；二是组建一支普法队伍；三是建立一套工作制度。", False),
    # items that name no one thing are another list (争创“两个一流” then the year's work)
    ("争创“两个一流”目标。\n一是提升服务质量，全年办理事项108万件。\n二是优化营商环境。\n三是加强队伍建设。", False),
])
def test_slogan_of_ones_against_its_items(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # channels that each put items out (websites, 学习强国, a WeChat account) may each carry any of them,
    # one more than the total: no partition
    ("全年报送发布信息23条，其中在市政府门户网站公开发布11条、省政府外事办网站公开发布13条，市党建网公开发布5条，"
     "“学习强国”公开发布2条，微信订阅号发布信息54期97条。", False),
    ("全年主动公开信息150条，其中在区政府网站发布120条，在政务微博发布90条。", False),
    # but a channel said to carry more of the items than there were is wrong
    ("全年主动公开信息150条，其中在区政府网站发布120条，在政务微博发布160条。", True),
    # kinds of information, not channels: their sum is held to the total
    ("全年主动公开政府信息120条，其中政策文件30条，工作动态100条。", True),
])
def test_channels_are_no_partition(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a name of three counts or more against the items in brackets; names joined by 、 share the last one's word
    ("下设有“七队一处三中心”（机动大队，黄石港、西塞山、下陆、铁山、开发区执法大队，渣土管理处，投诉服务中心、"
     "固体废弃物监管中心、城市生活垃圾处理费管理中心），正式执法队员157名。", True),
    ("下设有“六队一处三中心”（机动大队，黄石港、西塞山、下陆、铁山、开发区执法大队，渣土管理处，投诉服务中心、"
     "固体废弃物监管中心、城市生活垃圾处理费管理中心），正式执法队员157名。", False),
    ("建成“两室一站一栏”（调解室、服务站、宣传栏、阅览室、档案室）。", True),
    ("建成“两室一站一栏”（调解室、阅览室、服务站、宣传栏）。", False),
    # 等 leaves the list open
    ("建成“两室一站一栏”（调解室、服务站、宣传栏等）。", False),
])
def test_name_of_many_counts_against_its_items(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a mark the GDP passed (突破…大关, 迈上…台阶) between the GDP and its industries is not the GDP
    ("全市实现地区生产总值1036.2亿元，同比增长6.5%，突破1000亿元大关。分产业看，第一产业增加值88.4亿元，"
     "第二产业增加值401.7亿元，第三产业增加值556.1亿元。", True),
    ("全市实现地区生产总值1046.2亿元，同比增长6.5%，突破1000亿元大关。分产业看，第一产业增加值88.4亿元，"
     "第二产业增加值401.7亿元，第三产业增加值556.1亿元。", False),
    # the mark alone is no GDP the industries are held to
    ("全市地区生产总值突破1000亿元大关。分产业看，第一产业增加值88.4亿元，第二产业增加值401.7亿元，第三产业增加值556.1亿元。", False),
])
def test_a_mark_the_gdp_passed_is_not_the_gdp(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a class or a grade (劣四类, 劣V类, 三类水质, 二级标准) is not a count of the kinds listed before it
    ("水质优良海域面积比例持续提升、劣四类海域面积持续下降。", False),
    ("Ⅱ类水质断面比例提升、劣五类断面全部消除。", False),
    ("全面消除城市黑臭水体、农村黑臭水体、三类水质断面比例达到90%。", False),
    ("污水处理厂出水全部达到一级A标准，工业园区、城镇、农村二级标准全面落实。", False),
    # a count of kinds is still held to its list
    ("重点整治食品安全、药品安全、安全生产、生态环境三类领域的突出问题。", True),
    ("重点整治工业废水、生活污水、农业面源、畜禽养殖三类水污染源。", True),
])
def test_a_class_or_grade_is_no_count_of_kinds(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a name written like its peers holds a verb of carrying out as a word of its own (刑事执行治理): a name
    ("全面推进行政立法审查协调、行政执法综合监督、公共法律服务供给、矛盾纠纷多元化解、刑事执行治理“四大能力”建设。", True),
    ("全面推进行政立法审查协调、行政执法综合监督、公共法律服务供给、矛盾纠纷多元化解、刑事执行治理“五大能力”建设。", False),
    ("着力提升依法决策、规范执法、监督问责、矛盾化解、普法宣传“四大能力”。", True),
    # the subject and its verb, longer than the names before it: who carries the programme out
    ("市司法局、市公安局、市城管局联合执行“三项制度”。", False),
    ("各乡镇、街道全面落实“三项制度”。", False),
])
def test_a_verb_inside_a_name_is_no_subject(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a clause without a figure (what the items are about) between the total and 其中: the parts are the total's
    ("全年主动公开政府信息130条，主要涉及乡村振兴、安全生产等方面内容，其中工作动态121条、通知公告3条、政策文件15条。", True),
    ("全年主动公开政府信息140条，主要涉及乡村振兴、安全生产等方面内容，其中工作动态121条、通知公告3条、政策文件15条。", False),
    ("全年办理行政复议案件56件，均在法定期限内办结，其中维持30件、撤销10件、确认违法20件。", True),
    # an aside in brackets between them may take a part out of the total (不含…): not read
    ("决定不起诉118人（不含附条件不起诉5人，但尚未决定不起诉），其中法定不起诉9人、相对不起诉93人、存疑不起诉16人、附条件不起诉5人。", False),
])
def test_a_clause_without_figures_between_total_and_parts(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # parts that fall short by a swap of two neighbouring digits of their sum: the total was miswritten
    ("全年主动公开政府信息193条，其中工作动态121条，通知公告3条，政策文件15条。", True),
    ("全年办理法律援助案件34.62万件，其中民事案件21.9万件、刑事案件8.88万件、行政案件3.48万件。", True),
    # falling short by any other amount: the list may leave kinds out
    ("全年主动公开政府信息193条，其中工作动态121条，通知公告3条，政策文件25条。", False),
    ("全年主动公开政府信息172条，其中工作动态128条、通知公告17条、政策文件9条。", False),
    # two views of the whole, or stages, are no list of its kinds
    ("全年受理行政复议案件193件，其中开庭审理121件，负责人出庭应诉18件。", False),
])
def test_a_sum_with_two_digits_swapped(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


def test_one_part_with_the_totals_digits_swapped_is_a_subset():
    assert findings("全市共设立人民调解组织3152个，其中村（社区）人民调解组织3125个。")[1] == []


@pytest.mark.parametrize("text,reported", [
    # a count of times services were done (件次) holds each service in its own measure (件, 人次)
    ("全年办理法律服务事项12.56万件次，其中法律援助案件3.21万件、公证事项2.74万件、法律咨询7.15万人次。", True),
    ("全年办理法律服务事项12.56万件次，其中法律援助案件3.21万件、公证事项2.74万件、法律咨询6.15万人次。", False),
    # a visit counted by the person may hold more persons than matters; 次 alone counts acts of any kind
    ("共受理信访事项312件次，其中来信86件、来访260人次。", False),
    ("全年开展执法检查120次，其中联合检查86次、出动执法人员60人次。", False),
])
def test_a_count_of_times_holds_services_in_their_own_measures(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a total's name that runs its kinds together (来信来访, 农林牧渔业): parts that name each are all of it
    ("共受理来信来访312件次，其中来信86件，来访217批次。", True),
    ("共受理来信来访312件，其中来信86件，来访217件。", True),
    ("全县完成农林牧渔业总产值37.42亿元，较上年增长4.5%。其中，农业29.24亿元，增长4.9%；林业0.34亿元，下降4.3%；"
     "畜牧业6.67亿元，增长3.5%；渔业0.04亿元，增长8.7%；农林牧渔服务业1.04亿元，增长3.6%。", True),
    # the right sums; the kinds without the services the total holds; one kind; 主要 leaves some out
    ("共受理来信来访312件次，其中来信86件，来访226批次。", False),
    ("全县完成农林牧渔业总产值37.42亿元，其中农业29.24亿元、林业0.34亿元、畜牧业6.67亿元、渔业0.04亿元。", False),
    ("共受理来信来访312件次，其中来信86件。", False),
    ("共受理来信来访312件，主要有来信86件，来访217件。", False),
    # parts of another total (办结), a total in persons with a visit counted by the person
    ("共受理来信来访312件次，办结300件次，其中来信86件，来访200批次。", False),
    ("共接待来信来访群众312人次，其中来信86件，来访200人次。", False),
])
def test_a_name_that_runs_its_kinds_together(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # the parts in the next sentence, in the measures of their own kinds under a count of times (件次)
    ("共受理人民群众来信来访195件次，同比减少89件次。其中：来信52件，来访134宗次。", True),
    ("共受理人民群众来信来访186件次，同比减少89件次。其中：来信52件，来访134宗次。", False),
])
def test_a_count_of_times_then_its_kinds_in_the_next_sentence(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a bracket after the total that leaves a kind out of it (不含…): that kind among the parts is not summed
    ("决定不起诉118人（不含作出附条件不起诉5人，但尚未决定不起诉），其中法定不起诉9人、相对不起诉93人、"
     "存疑不起诉19人、附条件不起诉考验期满后不起诉5人。", True),
    ("决定不起诉118人（不含作出附条件不起诉5人，但尚未决定不起诉），其中法定不起诉9人、相对不起诉93人、"
     "存疑不起诉16人、附条件不起诉考验期满后不起诉5人。", False),
    # a bracket that leaves out no kind the parts name: all parts are the total's (not the 3人 in the note)
    ("决定不起诉118人（不含撤回起诉5人，另案处理3人），其中法定不起诉9人、相对不起诉93人、存疑不起诉19人。", True),
    ("决定不起诉118人（不含撤回起诉5人，另案处理3人），其中法定不起诉9人、相对不起诉93人、存疑不起诉16人。", False),
    ("决定不起诉118人（含附条件不起诉5人，已考验期满），其中法定不起诉9人、相对不起诉93人、存疑不起诉11人、附条件不起诉5人。", False),
])
def test_a_kind_the_totals_bracket_leaves_out(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


def test_two_parts_short_of_a_three_digit_total_by_a_swap_may_be_some_kinds():
    # two kinds of 132 cases may make 123 by chance; the list names some kinds, not all
    assert findings("全年受理行政执法案件132件，其中行政处罚案件98件、行政许可案件25件。")[1] == []


@pytest.mark.parametrize("text,reported", [
    # a total of the act every part names (…受理…，全年共受理…): more than the total is wrong; less only when the
    # parts are the periods that make its year
    ("一季度受理投诉126件，二季度受理143件，三季度受理158件，四季度受理171件，全年共受理618件。", True),
    ("一季度受理投诉126件，二季度受理143件，三季度受理158件，四季度受理171件，全年共受理598件。", False),
    ("上半年受理126件，下半年受理143件，全年共受理278件。", True),
    ("城关镇受理纠纷226件，河口镇受理243件，新村镇受理258件，全县共受理618件。", True),
    # some of the periods, some of the towns: the rest may be elsewhere
    ("一季度受理126件，二季度受理143件，全年共受理618件。", False),
    ("城关镇受理纠纷126件，河口镇受理143件，新村镇受理158件，全县共受理618件。", False),
    # parts of another act
    ("一季度受理126件，二季度受理143件，三季度受理158件，四季度受理171件，全年共办结560件。", False),
])
def test_a_total_of_the_act_its_parts_name(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # periods that do not make the year the total after them is of: the rest of the year is not listed
    ("一季度办结38件、二季度办结42件，全年共计办结187件。", False),
    ("一季度办结38件、二季度办结42件，全年共计办结70件。", True),
    ("一季度办结38件、二季度办结42件、三季度办结51件、四季度办结46件，全年共计办结187件。", True),
])
def test_some_periods_before_a_total_of_the_year(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # the state of each thing of a set, one clause a state: done and under way, removed and kept, never more
    # than the set; done and not done make it
    ("巡察反馈问题共36项，已整改29项，正在整改9项。", True),
    ("全年交办工单1820件，已办结1503件，正在办理335件。", True),
    ("《审计报告》反映问题共计50项，问题资金2.51亿元，已整改40项，整改到位资金2.15亿元，正在整改12项。", True),
    ("经清理，县级清单涉及证明事项205项，取消48项，保留157项；市级清单涉及证明事项292项，取消35项，保留275项。", True),
    ("发现问题50个，已整改40个，尚未整改8个。", True),
    # fewer under way: some not yet begun; a plan; a third state; something added beside the kept
    ("巡察反馈问题共36项，已整改29项，正在整改5项。", False),
    ("计划改造老旧小区160个，已完成120个，正在施工50个。", False),
    ("发现问题50个，已整改40个，未整改8个，部分整改2个。", False),
    ("共有事项318项，取消46项，保留290项，新增事项18项。", False),
    ("受理投诉36件，已办结29件，正在处理9件。", False),
])
def test_states_of_a_set(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a total after its parts in two measures at once: each measure summed apart
    ("审结涉毒案件52件96人、涉赌案件71件130人，合计审结123件236人。", True),
    ("扎实开展扫黑除恶专项斗争，审结涉黑案件33件490人、涉恶案件108件739人，合计审结涉黑涉恶案件141件1239人。", True),
    ("全年办理刑事案件45件60人、民事案件30件41人，共计76件101人。", True),
    ("审结涉毒案件52件96人、涉赌案件71件130人，合计审结123件226人。", False),
    # some periods of the year: the rest is not listed
    ("一季度受理信访12件18人，二季度受理8件10人，全年共计受理40件55人。", False),
])
def test_total_after_parts_in_two_measures(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a list whose parts each carry their amount one clause on: the amounts make theirs, so the counts must
    ("保障对象126343人次，发放保障金7877094元，人均月补差61.3元，其中本级对象90851人次，发放保障金5491945元，"
     "市属企业34687人次，2337613元，省属企业625人次，47536元。", True),
    ("全年救助困难群众5230人次，发放救助金386.5万元，其中低保对象2140人次，发放救助金152.3万元，特困对象3000人次，发放救助金234.2万元。", True),
    # neither measure adds up: the list may leave some out
    ("全年救助困难群众5230人次，发放救助金386.5万元，其中低保对象2140人次，发放救助金150.3万元，特困对象3000人次，发放救助金234.2万元。", False),
    ("全年救助困难群众5140人次，发放救助金386.5万元，其中低保对象2140人次，发放救助金152.3万元，特困对象3000人次，发放救助金234.2万元。", False),
])
def test_a_list_in_two_measures_one_clause_apart(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


def test_a_list_in_two_measures_marks_the_total_alone():
    doc, found = findings("全年救助困难群众5230人次，发放救助金386.5万元，其中低保对象2140人次，发放救助金152.3万元，"
                          "特困对象3000人次，发放救助金234.2万元。")
    assert len(found) == 1 and doc.text[found[0].start:found[0].end] == "5230人次", found


@pytest.mark.parametrize("text,reported", [
    # the next stage after the parts (审结, 结案数) ends the list, after commas too; 新收 and 旧存 in either order
    ("受理各类案件520件，其中民事案件310件，刑事案件230件，审结498件。", True),
    ("上半年受理诉讼案件数为109件，其中新收案件数为99件，旧存案件19件，结案数为93件，结案率为85.32%。", True),
    ("全年受理行政复议案件86件，其中新收82件，上年结转6件，审结80件。", True),
    ("受理各类案件520件，其中民事案件310件，刑事案件210件，审结498件。", False),
    ("上半年受理诉讼案件数为118件，其中新收案件数为99件，旧存案件19件，结案数为93件，结案率为78.8%。", False),
    ("其中调解结案120件，判决结案80件，撤诉结案30件。", False),
])
def test_the_next_stage_ends_the_list(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # clauses without a figure between the total and 其中 (up to three); not an aside that names a new whole
    ("增发国债8000亿元，全部通过转移支付方式安排给地方，支持地方灾后恢复重建，其中当年安排4000亿元，其余3000亿元结转下年使用。", True),
    ("下达专项资金120万元，全部用于村级法律顾问补贴，按季度拨付到位，其中市级安排80万元，其余30万元由县级承担。", True),
    ("增发国债8000亿元，全部通过转移支付方式安排给地方，支持地方灾后恢复重建，其中当年安排4000亿元，其余4000亿元结转下年使用。", False),
    ("下达资金8000万元，带动社会投资，撬动金融资本，其中社会资本投入5000万元，银行贷款4000万元。", False),
    ("下达资金8000万元，撬动社会投资，其中社会资本投入5000万元，银行贷款4000万元。", False),
])
def test_aside_clauses_before_the_parts(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a change between two named years against the one figure of each year before it (the paragraph before too)
    ("2018年受理2803.5万件、2019年受理3160.5万件、2020年受理3084.4万件。\n\n受理案件数量总体增长，2019年相比2018年增长了375万件。", True),
    ("2020年受理1842万件、2021年受理2115万件，2021年比2020年增长了237万件。", True),
    ("全市法律援助机构2021年办理案件3260件，2022年办理3518件，2023年办理3947件。2023年较2022年增加了439件。", True),
    ("2018年受理2803.5万件、2019年受理3160.5万件、2022年受理3372.3万件。2022年相比2019年增长了211.8万件，年均增长70.6万件。", False),
    # two figures of a year (受理, 审结): no one reading; the figures going the other way; another measure
    ("2019年受理案件3160万件，审结2900万件；2020年受理3084万件，审结3000万件。2020年比2019年增加了100万件。", False),
    ("2021年全市办理公证2.1万件，2022年办理2.5万件。2022年比2021年增长了4000件。", False),
    ("2019年受理3160万件。2020年审结3000万件。2020年比2019年增加了100万件。", False),
])
def test_a_change_between_two_named_years(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


def test_a_change_between_two_named_years_read_twice_is_one_finding():
    # the changes reader pairs 1842万 and 2115万 itself when a comma stands between them: one finding, its own
    found = findings("2020年受理1842万件，2021年受理2115万件，2021年比2020年增长了237万件。")[1]
    assert len(found) == 1, found


@pytest.mark.parametrize("text,reported", [
    # a sentence a page's width cut inside a word or a figure is read whole (joined view in model.joined_sums)
    ("全年地区生产总值133.86亿元，增长8.1%。分产业看，第一产业增加值12.51亿元，增长2.2%；第二产\n"
     "业增加值45.36亿元，增长9.6%；第三产业增加值78.99亿元，增长8.4%。", True),
    ("全年农林牧渔业总产值25.30亿元，其中农业产值15.62亿元，林业产值1.95亿元，畜牧业产值6\n"
     ".67亿元，渔业产值3.02亿元，农林牧渔服务业产值1.04亿元。", True),
    ("全年农林牧渔业总产值28.30亿元，其中农业产值15.62亿元，林业产值1.95亿元，畜牧业产值6\n"
     ".67亿元，渔业产值3.02亿元，农林牧渔服务业产值1.04亿元。", False),
    ("全年地区生产总值133.86亿元，增长8.1%。分产业看，第一产业增加值12.51亿元，增长2.2%；第二产\n"
     "业增加值42.36亿元，增长9.6%；第三产业增加值78.99亿元，增长8.4%。", False),
])
def test_a_sentence_cut_inside_a_word_or_a_figure(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


def test_the_second_half_of_a_cut_figure_is_no_total():
    # 787\n7094元: the page's own reading took 7094元 for a total its parts exceed
    text = ("XX年保障对象126343人次，发放保障金787\n7094元，人均月补差61.3元，其中本级对象9\n0851人次，发放保障金5491945元，市属企\n"
            "业34867人次，2337613元，省属企业62\n5人次，47536元。")
    assert findings(text)[1] == []


@pytest.mark.parametrize("text,reported", [
    # a total after parts opened by 其中: the count before 其中 is the whole, no part (main summed it in)
    ("全年新增就业岗位3300个，其中城镇新增就业2100个，农村转移就业1200个，合计3300个。", False),
    # investment by owner (民间投资) is a view across the sectors, not one more of them
    ("全年完成固定资产投资186.5亿元，其中工业投资62.3亿元，基础设施投资78.6亿元，房地产开发投资43.2亿元，民间投资92.1亿元。", False),
    ("全年完成固定资产投资180.5亿元，其中工业投资62.3亿元、基础设施投资78.6亿元、房地产开发投资43.2亿元。", True),
])
def test_lists_opened_by_qizhong_and_views_by_owner(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # the ways a case was closed (判决结案, 其他方式结案) under a total of cases closed: kinds, not other stages
    ("全年审结一审行政案件215件，其中判决结案98件，裁定驳回起诉42件，原告撤诉68件，其他方式结案9件。", True),
    ("全年审结一审行政案件217件，其中判决结案98件，裁定驳回起诉42件，原告撤诉68件，其他方式结案9件。", False),
    ("共办结案件300件，其中调解结案120件，判决结案100件。", False),
    # the rate of what was done between it and the rest
    ("开展执法检查328次，发现问题隐患412处，已整改395处，整改率95.9%，剩余27处正在整改。", True),
    ("开展执法检查328次，发现问题隐患412处，已整改395处，整改率95.9%，剩余17处正在整改。", False),
])
def test_ways_of_closing_and_a_rate_before_the_rest(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # 分为/分成 after a total opens a list of every part
    ("全市共设立公共法律服务站点286个，分为县级站11个、乡镇站43个、村级服务点222个。", True),
    ("全市共设立公共法律服务站点266个，分为县级站11个、乡镇站43个、村级服务点222个。", True),
    ("全市共设立公共法律服务站点276个，分为县级站11个、乡镇站43个、村级服务点222个。", False),
    ("全市执法人员分为两组，每组10人。", False),
    # a total done in N phases, then the N phases one a clause
    ("培训执法人员共计560人次，分三期进行，第一期210人次，第二期180人次，第三期160人次。", True),
    ("全年共招录执法辅助人员86名，分两批组织，第一批招录50名，第二批招录40名。", True),
    ("全年共招录执法辅助人员90名，分两批组织，第一批招录50名，第二批招录40名。", False),
    ("培训执法人员共计560人次，分三期进行，第一期210人次，第二期180人次。", False),
])
def test_a_list_of_every_part_and_the_phases_of_a_total(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # a rate clause (结案率96.3%) between the total and 其中: the total is the count before it
    ("全年审结各类案件4,826件，结案率96.3%，其中民商事案件3,215件，刑事案件842件，行政案件136件，执行案件703件。", True),
    ("全年审结各类案件4,896件，结案率96.3%，其中民商事案件3,215件，刑事案件842件，行政案件136件，执行案件703件。", False),
    # events counted in 场次 and their kinds in 场: one measure
    ("今年以来共开展法治宣传活动86场次，发放宣传资料1.2万余份，受教育群众3.5万人次，其中进机关12场、进乡村28场、进社区21场、进学校16场、进企业11场。", True),
    ("今年以来共开展法治宣传活动88场次，发放宣传资料1.2万余份，受教育群众3.5万人次，其中进机关12场、进乡村28场、进社区21场、进学校16场、进企业11场。", False),
])
def test_a_rate_before_qizhong_and_events_in_changci(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # the four kinds of community correction (管制, 缓刑, 假释, 暂予监外执行) named: all of it
    ("全区共有社区矫正对象286人，其中缓刑251人，假释19人，暂予监外执行8人，管制6人。", True),
    ("全区共有社区矫正对象284人，其中缓刑251人，假释19人，暂予监外执行8人，管制6人。", False),
    ("全区共有社区矫正对象290人，其中缓刑251人，假释19人，暂予监外执行8人。", False),
    # requests received: accepted, not accepted and handled otherwise (其他处理) are every request
    ("本年度共收到行政复议申请92件，受理86件，不予受理5件，其他处理2件。", True),
    ("本年度共收到行政复议申请93件，受理86件，不予受理5件，其他处理2件。", False),
])
def test_community_correction_kinds_and_other_handling(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


@pytest.mark.parametrize("text,reported", [
    # the three kinds of social organisation under a total of 社会组织; done in time and late under a total of the act
    ("截至2023年底，全县登记在册的社会组织共有326家，其中社会团体108家、民办非企业单位212家、基金会4家。", True),
    ("截至2023年底，全县登记在册的社会组织共有324家，其中社会团体108家、民办非企业单位212家、基金会4家。", False),
    ("全年办结热线工单23600件，其中按时办结22100件，超时办结1300件。", True),
    ("全年受理热线工单23600件，其中按时办结22100件，超时办结1300件。", False),
])
def test_social_organisations_and_done_in_time(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]


def test_a_change_between_counts_spelled_out_in_chinese():
    # 一万零九百 is 10900, not 10,900 ± 5,000: the 万 inside the numeral is a place
    text = "全年受理案件一万零九百件，比上年的一万零四百件增加了八百件。"
    doc, found = findings(text)
    assert len(found) == 1 and "500" in found[0].message.zh
    assert findings(text.replace("八百件", "五百件"))[1] == []
