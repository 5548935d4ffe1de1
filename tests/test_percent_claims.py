"""percent-mismatch through the number model: shares in every form, changes, and what is no claim."""
import pytest

from lintlaw.checks.rates import percent_mismatch
from lintlaw.document import Document


def findings(text):
    doc = Document.from_text(text)
    return doc, list(percent_mismatch(doc))


def flagged(text):
    doc, found = findings(text)
    assert len(found) == 1, (text, [f.message.zh for f in found])
    f = found[0]
    return doc.text[f.start:f.end], f.message.zh, f


@pytest.mark.parametrize(
    "text,span,computed",
    [
        # shares in words
        ("全年共调解各类纠纷1,260件，其中调解成功的1,028件，调解成功率超过九成。", "调解成功率超过九成", "1,028 ÷ 1,260"),
        ("2023年全县共调处各类矛盾纠纷2,310件，其中通过人民调解化解1,104件，占比近七成。", "占比近七成", "1,104 ÷ 2,310"),
        ("全年共有146家单位参加法治建设考评，获评优秀的41家，优秀率不足两成。", "优秀率不足两成", "41 ÷ 146"),
        ("全年办理法律援助案件1,208件，其中刑事案件520件，占比过半。", "占比过半", "520 ÷ 1,208"),
        # the whole in the sentence before
        ("全年共收到政府信息公开申请325件。其中，予以公开的178件，占54.8%；部分公开的41件，占15.2%。", "占15.2%", "41 ÷ 325"),
        ("2022年全县共发生道路交通事故326起。其中，一般事故298起，占全部事故的85.3%。", "占全部事故的85.3%", "298 ÷ 326"),
        # Chinese numerals and scales
        ("本年度共受理投诉举报二百四十件，办结二百一十六件，办结率百分之九十五。", "办结率百分之九十五", "216 ÷ 240"),
        ("全年接待法律咨询2.4万人次，其中现场咨询1.2万人次，占比60%。", "占比60%", "1.2万 ÷ 2.4万"),
        # a part counted among a whole written with 中
        ("全市312个村（社区）中已有298个配备法律顾问，覆盖率达到100%。", "覆盖率达到100%", "298 ÷ 312"),
    ],
)
def test_shares_in_every_form(text, span, computed):
    got_span, message, _ = flagged(text)
    assert got_span == span
    assert computed in message


@pytest.mark.parametrize(
    "text,span,shown",
    [
        ("行政诉讼案件数量由上年的1200件下降至900件，降幅为35.2%。", "降幅为35.2%", "降幅应为25%：(1200 − 900) ÷ 1200"),
        ("全区一般公共预算收入由2019年的18.6亿元增加到2023年的24.3亿元，增长38.5%。", "增长38.5%",
         "增幅应为30.6%：(24.3亿 − 18.6亿) ÷ 18.6亿"),
        ("全年共受理行政复议案件214件，比上年的167件增长了35.1%。", "增长了35.1%", "(214 − 167) ÷ 167"),
        ("全年新收行政复议案件1,026件，较上年增加186件，同比增长28.6%。", "增长28.6%", "(1,026 − 186)"),
        ("2022年办理行政处罚案件80件，2023年办理60件，案件数量下降了20%。", "下降了20%", "(80 − 60) ÷ 80"),
        ("全区行政机关负责人出庭应诉率由2021年的72.5%提高到2022年的96.3%，提高了21.8个百分点。", "提高了21.8个百分点",
         "应为23.8个百分点：96.3% − 72.5%"),
        ("五年来，全县高新技术企业数量由2018年的26家增加到2023年的41家，实现翻番。", "实现翻番", "41 ÷ 26"),
        ("全市新能源汽车保有量由2020年的1.2万辆增长到2023年的6.8万辆，增长了2.1倍。", "增长了2.1倍", "6.8万 ÷ 1.2万"),
        ("全区地区生产总值由2018年的312亿元增加到2023年的465亿元，年均增长12.4%。", "年均增长12.4%", "(465亿 ÷ 312亿)^(1/5) − 1"),
    ],
)
def test_changes(text, span, shown):
    got_span, message, _ = flagged(text)
    assert got_span == span
    assert shown in message


def test_change_message_points_at_both_figures():
    doc, found = findings("全市信访总量由上年的2,860件次下降到2,145件次，降幅达30.2%。")
    assert len(found) == 1
    assert [doc.text[r.start:r.end] for r in found[0].related] == ["2,860件次", "2,145件次"]
    assert "25%" in found[0].help.zh


@pytest.mark.parametrize(
    "text",
    [
        # growth, compound annual rates, year-on-year changes and targets are no shares
        "地区生产总值由2020年的160亿元增加到2025年的280亿元，年均增长11.8%。",
        "全县地区生产总值由2018年的126亿元增加到2022年的178亿元，年均增长9%。",
        "全年办理法律援助案件1,356件，同比增长12.4%。",
        "全年共办理行政处罚案件50件，同比增长25%，结案率100%。",
        "全年受理投诉800件，办结780件，较上年下降20%。",
        "力争到2025年，全市行政复议案件纠错率提高到15%以上，调解和解率达到30%。",
        "全区规上工业增加值中，高技术产业占比达18.5%，比上年提高2.1个百分点。",
        "全年民生支出达到48.6亿元，占一般公共预算支出的比重为80.2%。",
        # a share of a whole outside the text
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占全市的15%。",
        # right in words
        "全区共有行政执法人员1,285名，其中具有法律职业资格或法学专业背景的783名，占比超过六成。",
        "全年受理行政复议申请320件，其中通过调解和解方式结案的168件，占比过半。",
        "全年共受理行政复议申请98件。其中，作出维持决定的61件，占62.2%。",
        "共设立公共法律服务工作站十二个，覆盖全部十二个乡镇，覆盖率百分之百。",
        # right changes, written rounded
        "一般程序行政处罚平均办案时限从45天缩短至28天，缩短了37.8%。",
        "全年办理公证事项6,840件，较上年增加540件，增长8.6%。",
        "全市政务服务事项网上可办率由83.6%提升至97.2%，提高13.6个百分点。",
        "出庭应诉率由82%提高到100%，提高了18%。",  # points written as a percentage
        "全市公共法律服务实体平台由2019年的58个增加到2023年的121个，数量翻了一番。",
        "网上办件量由2020年的8.6万件增加到2023年的25.9万件，增长2倍。",
        "全市公共法律服务热线接听量由2019年的1.2万件增加到2023年的4.8万件，增长了3倍。",
        "全县社会消费品零售总额由2019年的86.5亿元增加到2023年的112.6亿元，年均增长6.8%。",
        # a satisfaction survey is no share of the counts beside it
        "全年发放问卷1,200份，回收有效问卷1,150份，其中对政务服务表示满意的1,050份，满意度超过九成。",
        "全年受理投诉240件，回访220件，群众满意率95%。",
        # shares along a chain (each over the count before it) are not the parts of one list
        "全年受理信访事项120件，占比15%，办结115件，占比95.8%，按期办结114件，占比95%。",
        # the whole a share names, not stated: the part's own name is not the whole's figure
        "全镇已转移农村劳动力18240人，占总劳动力的82.5%。",
        "全年社会消费品零售总额38.03亿元。城镇消费品零售额32.25亿元，占零售总额的84.8%；乡村消费品零售额5.78亿元，"
        "占零售总额的15.2%。",
        # a change written after a rate is the rate's, not the count's before it
        "全年审执结案件9812件，同比增加1365件，结案率86.4%，同比提升2.3%。",
        # digits grouped by spaces: 12 487 of 87 936, not 487 of 936
        "全省法院收案87 936件，其中中级法院收案12 487件，占14.2%。",
        # real report sentences
        "全年共审结行政复议案件12195件，直接纠错率13.4%，同比提高4.4个百分点；矛盾纠纷综合化解率36.3%，同比提高8.4个百分点。",
        "去年北京市共审结行政复议案件12195件。直接纠错1639件，直接纠错率13.4%，同比提高4.4个百分点；以纠错、调解、和解等方式实质性化解行政争议4426件，矛盾纠纷综合化解率36.3%。",
    ],
)
def test_no_claim_or_a_right_one(text):
    _, found = findings(text)
    assert found == [], (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # the figure a comparison is about, named in an earlier sentence of the paragraph
        ("全年共办理法律援助案件632件，挽回经济损失1,860余万元。其中，民事案件412件。法律援助案件比上年的548件增长13.5%。", True),
        ("全年共办理法律援助案件632件，挽回经济损失1,860余万元。其中，民事案件412件。法律援助案件比上年的548件增长15.3%。", False),
        # growth at comparable prices is held only to within a price change of the amounts
        ("全区地区生产总值由2018年的312亿元增加到2023年的465亿元，年均增长7.6%。", False),
        ("全区地区生产总值由2018年的312亿元增加到2023年的465亿元，年均增长12.4%。", True),
        # a count followed by a growth rate is no part with its own share
        ("全年一般公共预算收入18.62亿元，比上年增长8.6%，其中税收收入13.26亿元，占76.2%。", True),
        ("全年一般公共预算收入18.62亿元，比上年增长8.6%，其中税收收入13.26亿元，占71.2%。", False),
        # what a completion rate counts is what was completed, not what was ordered
        ("抽查市场主体6,450户，发现问题并责令整改的386户，整改完成率100%。", False),
        # rounded figures: 10.1万 of 10.2万 may be all of them
        ("全年受理政务服务事项10.2万件，按时办结10.1万件，按时办结率100%。", False),
        # a change of something else after the pair
        ("营业收入由2022年的1.2亿元增长到2023年的1.5亿元，增长25%，利润增长30%。", False),
        ("全市政务服务事项网上可办率由83.6%提升至97.2%，提高13.6个百分点，群众满意度提高2个百分点。", False),
        ("营业收入由2022年的1.20亿元增长到2023年的1.50亿元，营业收入增长30%。", True),
        # points between rounded percentages: 5.6% to 4.9% is 0.6 to 0.8 points as written
        ("城镇调查失业率由5.6%下降到4.9%，下降0.9个百分点。", True),
        ("城镇调查失业率由5.6%下降到4.9%，下降0.7个百分点。", False),
    ],
)
def test_readings_across_sentences_and_precision(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize("text, reported", [
    # What was done as a share of the budget stated with its figure, after 完成 or 为.
    ("4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的44.0%，比上年减收1070万元。", True),
    ("4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元。", False),
    ("上半年全县地方财政收入31850万元，为年初预算数70400万元的48.2%。", True),
    ("上半年全县地方财政收入31850万元，为年初预算数70400万元的45.2%。", False),
    # A budget named without its figure may be another's; 为 of 为民办实事 names no plan.
    ("全县收入31850万元，年初预算数70400万元。\n全年支出12000万元，为年初预算的95%。", False),
    ("今年确定为民办实事项目8个，其中3个已实现目标任务的100%。", False),
])
def test_a_share_of_the_budget_stated_with_its_figure(text, reported):
    assert bool(findings(text)[1]) is reported


@pytest.mark.parametrize("text, reported", [
    # The period compared with may be a part of a named year, after 比 or 同比.
    ("简易程序适用率为75.52%，同比2018年上半年的70.60%，上升4.29个百分点。", True),
    ("简易程序适用率为75.52%，比2018年上半年的70.60%上升4.29个百分点。", True),
    ("简易程序适用率为75.52%，同比2018年上半年的70.60%，上升4.92个百分点。", False),
    ("全年受理案件1320件，比2022年全年的1200件增长10%。", False),
    ("全年受理案件1320件，比2022年全年的1200件增长12%。", True),
])
def test_a_change_against_a_part_of_a_named_year(text, reported):
    assert bool(findings(text)[1]) is reported


@pytest.mark.parametrize("text, reported", [
    # The whole between 占 and 的 may be long and group its digits.
    ("全县税收收入12,480万元，占一般公共预算收入26,300万元的49.5%。", True),
    ("全县税收收入12,480万元，占一般公共预算收入26,300万元的47.5%。", False),
    # A plan named in words alone is the plan stated before, where it names what was done.
    ("今年计划新建农村供水管网120公里。\n全市完成供水管网建设150公里、为计划任务的135%。", True),
    ("今年计划新建农村供水管网120公里。\n全市完成供水管网建设150公里、为计划任务的125%。", False),
    ("今年计划新建农村公路80公里。\n全市完成供水管网建设150公里、为计划任务的135%。", False),
    ("今年全市计划完成农村饮用水达标提标人口36.2万人。\n截至11月，全市完成农村饮用水达标提标人口61.4万人、为计划任务的196.6%。", True),
    # Two shares after one count are both the count's.
    ("全县一般公共预算收入完成18,640万元。其中税务部门组织收入11,920万元，占年初预算102.3%，占一般公共预算收入的66.0%。", True),
    ("全县一般公共预算收入完成18,640万元。其中税务部门组织收入11,920万元，占年初预算102.3%，占一般公共预算收入的63.9%。", False),
    # The parts of one list with their shares are of one whole, stated or not.
    ("全年审结刑事一审案件4120件，刑事二审案件560件，刑事再审案件24件，分别占刑事案件总数的86.1%、13.7%、0.5%。", True),
    ("全年审结刑事一审案件4120件，刑事二审案件560件，刑事再审案件24件，分别占刑事案件总数的86.1%、11.7%、0.5%。", False),
    ("其中，咨询类诉求3.61万件、占总量的45.2%，投诉类诉求2.12万件、占总量的28.5%，求助类诉求1.48万件、占总量的18.5%。", True),
    ("其中，咨询类诉求3.61万件、占总量的45.2%，投诉类诉求2.12万件、占总量的26.5%，求助类诉求1.48万件、占总量的18.5%。", False),
    # A budget's 执行率: what was used over what was approved, each clause its own.
    ("部门预算批复指标26.84亿元，已用指标23.15亿元，预算结余3.69亿元，总体执行率88.9%。", True),
    ("部门预算批复指标26.84亿元，已用指标23.15亿元，预算结余3.69亿元，总体执行率86.3%。", False),
    ("县直部门批复指标39.41亿元，已用指标33.79亿元，执行率86%；各乡镇批复指标11.49亿元，已用指标7.94亿元，执行率69%。", False),
    # A gloss between a rate's name and its value; a rate naming its whole after 达.
    ("年末常住人口52.36万人，其中城镇常住人口29.84万人，占常住人口比重（常住人口城镇化率）为59.0%。", True),
    ("年末常住人口52.36万人，其中城镇常住人口29.84万人，占常住人口比重（常住人口城镇化率）为57.0%。", False),
    ("全年共收到补助资金4120.38万元，已支出资金3182.34万元，资金支出率达全年资金的82.09%。", True),
    ("全年共收到补助资金4120.38万元，已支出资金3182.34万元，资金支出率达全年资金的77.23%。", False),
    # 服务业 is the third industry of a structure of three.
    ("三次产业结构由上年的9.4:66.8:23.8调整为8.3:71.1:20.6，服务业在全区经济中的比重比上年下降2.3个百分点。", True),
    ("三次产业结构由上年的9.4:66.8:23.8调整为8.3:71.1:20.6，服务业在全区经济中的比重比上年下降3.2个百分点。", False),
    # A page in traditional script: 萬 and 億 scale their digits.
    ("1-5月，全縣完成財政總收入4348萬元，占年初預算10065萬元的45.2%。", True),
    ("1-5月，全縣完成財政總收入4348萬元，占年初預算10065萬元的43.2%。", False),
    # A table pasted one row a line: the row whose share is 100 is the whole of the column.
    ("指标 | 年末数(万人) | 比重(%)\n常住人口 | 2150.00 | 100.00\n城镇 | 1290.00 | 60.00\n乡村 | 860.00 | 40.00\n"
     "男性 | 1098.00 | 52.07\n女性 | 1052.00 | 48.93", True),
    ("指标 | 年末数(万人) | 比重(%)\n常住人口 | 2150.00 | 100.00\n城镇 | 1290.00 | 60.00\n乡村 | 860.00 | 40.00\n"
     "男性 | 1098.00 | 51.07\n女性 | 1052.00 | 48.93", False),
    # two rows whose counts make up the 100 row are of it: the one that disagrees is wrong
    ("指标 | 年末数（人） | 比重（%）\n全区常住人口 | 107365 | 100.0\n其中：城镇 | 84528 | 78.7\n乡村 | 22837 | 21.8", True),
    ("指标 | 年末数（人） | 比重（%）\n全区常住人口 | 107365 | 100.0\n其中：城镇 | 84528 | 78.7\n乡村 | 22837 | 21.3", False),
    # no row of 100: the total stated right above the table (or a row with no share) that the rows make up
    ("全年一般公共预算收入58620万元。\n项目 | 金额（万元） | 占比（%） |\n税收收入 | 41230 | 74.3 |\n非税收入 | 17390 | 29.7 |", True),
    ("全年一般公共预算收入58620万元。\n项目 | 金额（万元） | 占比（%） |\n税收收入 | 41230 | 70.3 |\n非税收入 | 17390 | 29.7 |", False),
    ("指标 | 人数（人） | 比重（%） |\n总人口 | 104975 | — |\n城镇 | 61240 | 58.9 |\n乡村 | 43735 | 41.7 |", True),
    ("年末全县总人口120000人。\n指标 | 人数（人） | 比重（%） |\n城镇 | 61240 | 58.9 |\n乡村 | 43735 | 41.7 |", False),
    # two rows that do not make it up may be of another whole
    ("指标 | 年末数（人） | 比重（%）\n全区常住人口 | 107365 | 100.0\n0-14岁 | 16240 | 15.1\n60岁及以上 | 23735 | 24.6", False),
])
def test_shares_whose_whole_is_named_or_listed_apart(text, reported):
    assert bool(findings(text)[1]) is reported, [f.message.zh for f in findings(text)[1]]


@pytest.mark.parametrize("text, reported", [
    # A rate of what was done in time is over what was done: the text must say how many were in time.
    ("全年受理各类案件5.2万余件，结案4.8万余件，审限内结案率97.5%。", False),
    ("全年受理投诉240件，按期办结216件，按期办结率95%。", True),
    ("全年受理投诉240件，按期办结216件，按期办结率90%。", False),
    ("共收到依申请公开8件，答复7件，答复率、答复及时率均为100%。", True),
    ("共收到依申请公开7件，答复7件，答复率、答复及时率均为100%。", False),
    # An age is no count of what a rate counts.
    ("65岁及以上老年人中医药健康管理53126人，健康管理率74.2%（全年任务70%）。", False),
    # Shares of the same kind's counts (同类) are each over its own kind's count stated before.
    ("全年接警244万起，其中抢险救援44.2万起，社会救助85.8万起。\n夏季共接警68.5万起，其中抢险救援12.8万起、社会救助"
     "35.9万起，分别占全年同类警情的29%和41.8%。", False),
    ("全年接警244万起，其中抢险救援44.2万起，社会救助85.8万起。\n夏季共接警68.5万起，其中抢险救援12.8万起、社会救助"
     "35.9万起，分别占全年同类警情的29%和48.1%。", True),
    ("夏季共接警68.5万起，其中抢险救援12.8万起、社会救助35.9万起，分别占全年同类警情的29%和41.8%。", False),
])
def test_rates_over_a_base_the_counts_beside_them_are_not(text, reported):
    assert bool(findings(text)[1]) is reported, [f.message.zh for f in findings(text)[1]]


@pytest.mark.parametrize(
    "text,reported",
    [
        # the current figure and the increase, the rate before or after the amount: N ÷ (B − N)
        ("全县税收收入8650万元，同比增长9.6%，增收640万元。", True),
        ("全县税收收入8650万元，同比增长8.0%，增收640万元。", False),
        ("全县税收收入8650万元，增长9.6%，增收640万元。", True),
        ("全县税收收入8650万元，同比增收640万元，增长9.6%。", True),
        ("全县粮食总产量38.6万吨，比上年增长8.1%，增产2.1万吨。", True),
        ("全年接待群众来访1260人次，同比下降15.2%，减少180人次。", True),
        ("全年接待群众来访1260人次，同比下降12.5%，减少180人次。", False),
        # the units agree through their scale words
        ("全县税收收入8650万元，同比增长9.6%，增收6400000元。", True),
        # rounded figures: A is made of B and N, so the rate is held to N ÷ (B ± N) over their roundings
        ("全市办理公证事项4.2万件，比上年下降6.3%，减少0.35万件。", True),
        ("全市办理公证事项4.2万件，比上年下降7.7%，减少0.35万件。", False),
        # the rate of another figure after the pair, a target, a part's increase
        ("建筑业企业18家，比上年增加3家，完成建筑业总产值86.4亿元，比上年增长7.2%。", False),
        ("全县规上工业企业86家，比上年增加6家，规上工业营业收入同比增长12.3%。", False),
        ("全县税收收入8650万元，力争同比增长9.6%，增收640万元。", False),
        ("全县税收收入8650万元，同比增长9.6%，其中增值税增收640万元。", False),
        # a rate over a restated base (同口径, 剔除…因素后) is not of the figures written
        ("全县税收收入8650万元，比上年同口径增长9.6%，增收640万元。", False),
        ("全县税收收入8650万元，比上年增收640万元，剔除留抵退税因素后增长9.6%。", False),
    ],
)
def test_current_figure_and_increase(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # a change in tenths (成) after a pair: held like a percentage, bounds and all
        ("全市常住人口412万人，比2010年增加86万人，增长近四成。", True),
        ("全市常住人口412万人，比2010年增加86万人，增长近三成。", False),
        ("全市常住人口412万人，比2010年增加86万人，增长两成多。", False),
        ("全市常住人口412万人，比2010年增加86万人，占全省常住人口的近四成。", False),
        # after last year's figure in a clause of its own (上年为, 去年同期为)
        ("全年受理1380件，上年为1200件，增幅达两成以上。", True),
        ("全年受理1500件，上年为1200件，增幅达两成以上。", False),
        # 增长N倍 is N + 1 times the figure before; 增长到N倍, 是…的N倍 and 翻两番 are N times
        ("热线日均接听量从原来的150件跃升至600余件，增长了4倍。", True),
        ("热线日均接听量从原来的150件跃升至600余件，增长了3倍。", False),
        ("热线日均接听量从原来的150件跃升至600余件，增长到原来的4倍。", False),
        ("热线日均接听量从原来的150件跃升至600余件，翻了两番。", False),
        ("全市网上立案数由2019年的1200件增加到2023年的4860件，增长了4倍。", True),
        # a whole multiple is rounded or cut off: 3.4 more is 增长3倍
        ("全市网上立案数由2019年的1000件增加到2023年的4400件，增长了3倍。", False),
        # 九成五, 一成半: the part after the tenths counts
        ("提出审计建议864条，被采纳806条，采纳率超过九成五。", True),
        ("提出审计建议864条，被采纳828条，采纳率超过九成五。", False),
        ("共办理案件4200件，其中涉企案件510件，占案件总数的一成半。", True),
        ("共办理案件4200件，其中涉企案件640件，占案件总数的一成半。", False),
        # 是…的N倍 with Y's figure in a bracket after it, or Y named around its figure
        ("全年受理群众来信3120件，是上年来信数的2倍（上年1230件）。", True),
        ("全年受理群众来信3120件，是上年来信数的2.5倍（上年1230件）。", False),
        ("全年受理群众来信3120件，是上年来信数的2倍（2021年1230件）。", False),
        ("对报送备案的1840件文件进行审查，对提出的5520件审查意见逐一研究，审查意见数是报送备案文件数的2.5倍。", True),
        ("对报送备案的1840件文件进行审查，对提出的4600件审查意见逐一研究，审查意见数是报送备案文件数的2.5倍。", False),
        # the figure compared with in a bracket after a growth multiple, or a year's named by the year
        ("全年受理案件2150件，比上年增长1.5倍（上年560件）。", True),
        ("全年受理案件2150件，比上年增长2.8倍（上年560件）。", False),
        ("全年受理案件2150件，是2022年的2倍（2022年560件）。", True),
        ("全年受理案件2150件，是2022年的4倍（2022年560件）。", False),
        ("全年受理案件2150件，是2022年的2倍（2021年560件）。", False),
    ],
)
def test_tenths_and_multiples(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,span",
    [
        # figures listed, then 分别 their changes and rates in the same order: each rate N ÷ (B ∓ N)
        ("全年发生火灾212起、死亡9人、受伤15人，同比分别减少38起、3人、5人，分别下降15.2%、33.3%、25.0%。", "33.3%"),
        # (with no period named: pct16.jsonl:49 flipped to a defect, issue 11)
        ("全年发生火灾212起、死亡9人、受伤15人，分别减少38起、3人、5人，分别下降15.2%、33.3%、25.0%。", "33.3%"),
        ("全年发生火灾212起、死亡9人、受伤15人，同比分别下降15.2%、33.3%、25.0%，分别减少38起、3人、5人。", "33.3%"),
        ("全县发生道路交通事故86起、死亡21人，同比分别减少14起、6人，降幅分别为14%、28.6%。", "28.6%"),
        ("全市共有律师事务所86家、执业律师1260人，较上年分别增加6家、160人，分别增长8.5%、14.5%。", "8.5%"),
    ],
)
def test_respective_changes(text, span):
    got_span, _, _ = flagged(text)
    assert got_span == span


@pytest.mark.parametrize(
    "text",
    [
        "全年发生火灾212起、死亡9人、受伤15人，同比分别减少38起、3人、5人，分别下降15.2%、25.0%、25.0%。",
        "全市共有律师事务所86家、执业律师1260人，较上年分别增加6家、160人，分别增长7.5%、14.5%。",
        # each change to its own part, never the last part and the first change
        "全市共有律师事务所86家，其中合伙所52家、个人所34家，较上年分别增加6家、4家，分别增长13%、13.3%。",
        # no period named: the amounts and their rates together say the change all the same
        "全年发生火灾212起、死亡9人、受伤15人，分别减少38起、3人、5人，分别下降15.2%、25.0%、25.0%。",
        # a target is not read
        "全年发生火灾212起、死亡9人、受伤15人，力争分别减少38起、3人、5人，分别下降15.2%、33.3%、25.0%。",
    ],
)
def test_respective_changes_right(text):
    _, found = findings(text)
    assert found == [], (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # a growth rate ahead of or behind another's, named, whose rate the paragraph gave before
        ("规上工业增加值增长6.1%。其中高技术制造业增长14.3%，增速快全市规上工业9.2个百分点。", True),
        ("规上工业增加值增长6.1%。其中高技术制造业增长14.3%，增速快全市规上工业8.2个百分点。", False),
        ("全市规上工业增加值同比增长6.1%，其中高技术制造业增加值增长14.3%，高于规上工业7.2个百分点。", True),
        ("全市固定资产投资增长4.5%，其中工业投资增长9.8%，比全市固定资产投资快4.3个百分点。", True),
        ("全县一般公共预算收入增长7.3%，其中税收收入增长3.1%，低于一般公共预算收入4.2个百分点。", False),
        # a fall is a negative growth: −1.2 is 5.7 points behind 4.5
        ("全市固定资产投资增长4.5%，其中民间投资下降1.2%，比固定资产投资低5.7个百分点。", False),
        ("全市固定资产投资增长4.5%，其中民间投资下降1.2%，比固定资产投资低3.3个百分点。", True),
        # the rate compared with is not written; a target; a share, not a growth
        ("全县城镇居民人均可支配收入增长5.8%，高于全省平均水平0.6个百分点。", False),
        ("全市规上工业增加值增长6.1%，力争高技术制造业增长15%，高于规上工业8.9个百分点。", False),
        ("全市常住人口城镇化率为65.2%，高于全省平均水平3.1个百分点。", False),
        # another place's rate, not given: the report's own under the same name is not it
        ("全市规上工业增加值增长6.1%，其中高技术制造业增长14.3%，比全省规上工业高2.1个百分点。", False),
        ("全省规上工业增加值增长4.9%。全市规上工业增加值增长6.1%，增速比全省规上工业高2.2个百分点。", True),
        ("规上工业增加值增长6.1%，其中高技术制造业增长14.3%，快于全部规上工业增速9.2个百分点。", True),
    ],
)
def test_growth_gap_to_a_named_rate(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 不起诉率 is 不起诉 ÷ (起诉 + 不起诉), the charged in this sentence or the one before
        ("共起诉各类犯罪126件148人。共不起诉21件27人，不起诉率（按人数）为20.6%。", True),
        ("共起诉各类犯罪126件148人。共不起诉21件27人，不起诉率（按人数）为15.4%。", False),
        ("全年提起公诉862人，决定不起诉135人，不起诉率15.7%。", True),
        ("全年提起公诉862人，决定不起诉135人，不起诉率13.5%。", False),
        # over the persons reviewed, when the text gives them
        ("受理审查起诉1600人，决定起诉1236人、不起诉284人，不起诉率17.8%。", False),
        # a kind of 不起诉, or a part: not every person not charged
        ("全年起诉刑事犯罪嫌疑人1236人，对轻微犯罪依法不起诉284人，不起诉率为23.0%。", False),
        ("共起诉各类犯罪126件148人。其中，不起诉21件27人，不起诉率为20.6%。", False),
    ],
)
def test_not_charged_rate(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # a court's 结案率 is over the new and the old cases: with only the new given, a lower rate holds
        ("今年1至9月,全国法院新收案件1512.5万件,比去年同期上升20.56%;结案1238.9万件,同比上升20.16%;结案率为68.17%。", False),
        ("全年新收各类案件9679件，审结7739件，结案率为90.28%。", True),
        ("全年受理各类案件9679件，审结7739件，结案率为70.28%。", True),
    ],
)
def test_cleared_rate_over_new_cases(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # the head of a rate's subject, less a measure word (量, 数量), names the pair's figure or another
        ("全年受理行政复议案件214件，比上年增加47件，行政复议案件受理量增长35.1%。", True),
        ("全年受理行政复议案件214件，比上年增加47件，案件数量增长35.1%。", True),
        ("全县规上工业企业86家，比上年增加6家，规上工业营业收入同比增长12.3%。", False),
    ],
)
def test_rate_subject_head(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


def test_share_with_counts_only_in_the_next_sentence():
    # the subject of a 占 share (再审的行政判决书) names none of the counts of the sentence after it
    text = ("我们发现再审的行政判决书仅占年度裁判文书的0.79%，希望渺茫。"
            "最后，以审理法院区分，2017年度的中院裁判文书有78597份，高院裁判文书有26363份。")
    _, found = findings(text)
    assert found == [], [f.message.zh for f in found]


@pytest.mark.parametrize(
    "text,reported",
    [
        # this period's figures listed, the year before's 分别 in the same order, then the rates
        ("全年发生火灾212起、死亡9人、受伤15人，上年同期分别为250起、12人、20人，分别下降15.2%、33.3%、25.0%。", True),
        ("全年发生火灾212起、死亡9人、受伤15人，上年同期分别为250起、12人、20人，分别下降15.2%、25%、25.0%。", False),
        ("审查逮捕97件、审查起诉134件，去年同期分别为197件、375件，分别下降50.8%、64.3%。", False),
        # one of them the other way: the list's one word is not its own
        ("全年受理行政复议案件326件、行政诉讼案件158件，上年分别为280件、171件，同比分别增长16.4%、7.6%。", False),
    ],
)
def test_respective_year_before(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # the current figure, then the increase (增收/减收), then its rate: N ÷ (B ∓ N)
        ("实现税收收入3.6亿元，增收0.5亿元，增长6%。", True),
        ("完成一般公共预算收入5120万元，增收430万元，增长9.2%。", False),
        ("实现财政收入2.4亿元，减收0.3亿元，下降5%。", True),
        # a clause after a semicolon is no statement in real terms because the one before is of GDP
        ("实现生产总值122.12亿元，增长1.3%；财政收入2.4亿元，增收0.3亿元，增长5%；城乡居民人均可支配收入分别为"
         "33840元、11821元，同比增长4.5%、7.7%。", True),
        ("实现生产总值122.12亿元，增长1.3%；财政收入2.4亿元，增收0.3亿元，增长14.3%。", False),
    ],
)
def test_increase_then_rate_and_a_semicolons_clause(text, reported):
    doc = Document.from_text(text)
    assert bool(list(percent_mismatch(doc))) == reported


@pytest.mark.parametrize(
    "text,reported",
    [
        # a share of the territory's own whole (占全县生产总值的), the whole stated paragraphs before with its scope
        ("初步核算，全县实现地区生产总值1620612万元，按可比价计算，同比增长7.9%。\n非公经济发展加快。"
         "非公经济实现增加值691258万元，比上年增长8.6%，占全县生产总值的45.7%。", True),
        ("初步核算，全县实现地区生产总值1620612万元，按可比价计算，同比增长7.9%。\n非公经济发展加快。"
         "非公经济实现增加值691258万元，比上年增长8.6%，占全县生产总值的42.7%。", False),
        # another territory's whole is no whole of this share
        ("初步核算，全市实现地区生产总值1620612万元。\n非公经济实现增加值691258万元，占全县生产总值的45.7%。", False),
        # 总量 alone is the total
        ("全年办理行政复议案件96件。\n受理的案件中，涉及行政处罚的41件，占总量的48%。", True),
    ],
)
def test_a_share_of_the_territorys_whole_stated_before(text, reported):
    doc = Document.from_text(text)
    assert bool(list(percent_mismatch(doc))) == reported


@pytest.mark.parametrize("text,reported", [
    # a rate and its counts read across a line cut in the middle of their sentence
    ("本年度受理政府信息公开申请40件，按期办结38件，\n按期办结率为100%，群众满意度进一步提升。", True),
    ("本年度受理政府信息公开申请40件，按期办结40件，\n按期办结率为100%，群众满意度进一步提升。", False),
])
def test_rate_across_a_line_cut(text, reported):
    assert bool(findings(text)[1]) is reported, findings(text)[1]
@pytest.mark.parametrize(
    "text,reported",
    [
        # 由A + the change + 达/至 B: the change written between the two figures is held to them
        ("税收收入占一般公共预算收入的比重由52.0%提高15.6个百分点、达66.6%。", True),
        ("税收收入占一般公共预算收入的比重由52.0%提高14.6个百分点、达66.6%。", False),
        ("贫困发生率由8.5%下降6.2个百分点至2.6%。", True),
        ("森林覆盖率由2015年的30.1%提高2.5个百分点，到2020年达到33.6%。", True),
        ("全年办理行政复议案件由120件增长20%，达到150件。", True),
        ("全年办理行政复议案件由120件增长25%，达到150件。", False),
        # what follows the change is another figure, or none
        ("有效投诉率由80.2%提高5个百分点，满意度达96.3%。", False),
        ("城乡居民医保参保率由95.1%提高1.2个百分点，为历年最高。", False),
    ],
)
def test_change_between_the_two_figures(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # X 是 Y 的 K 倍 between two figures each named once: X ÷ Y, 近 a little under, 多 over
        ("全县已建成市级“民主法治村（社区）”306个，省级“民主法治村（社区）”50个，市级数量是省级的近5倍。", True),
        ("全县已建成市级“民主法治村（社区）”245个，省级“民主法治村（社区）”50个，市级数量是省级的近5倍。", False),
        ("全年办理网上立案1286件、线下立案214件，网上立案数是线下的8倍。", True),
        ("全年办理网上立案1286件、线下立案214件，网上立案数是线下的6倍。", False),
        ("全市执业律师860人、公证员98人，律师人数是公证员的10倍多。", True),
        ("全市执业律师1260人、公证员98人，律师人数是公证员的10倍多。", False),
        # Y with no figure of its own, or named after the claim: not read
        ("全市有律师事务所120家，公证机构12家，是2019年的3倍。", False),
        ("全年新增市场主体3650户，是上年同期的2倍。", False),
        ("全年受理行政复议案件356件，是行政诉讼案件的3.2倍，行政诉讼案件111件。", False),
    ],
)
def test_one_figure_a_multiple_of_another(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 性别比: males per 100 females, of the nearest count of each sex before it
        ("年末户籍人口273393人。按性别分，男性144994人，占总人口的53%；女性128399人，占总人口的47%，性别比为121.9。", True),
        ("年末户籍人口273393人。按性别分，男性144994人，占总人口的53%；女性128399人，占总人口的47%，性别比为112.9。", False),
        ("全年出生人口3126人，其中男孩1652人、女孩1474人，出生人口性别比108.1。", True),
        ("全年出生人口3126人，其中男孩1652人、女孩1474人，出生人口性别比112.1。", False),
        # a group's ratio beside the whole population's counts, or one sex only: not read
        ("年末常住人口52.36万人，其中男性26.71万人，女性25.65万人。出生人口性别比为109.6。", False),
        ("年末户籍人口48.2万人，男性人口24.9万人，性别比为106.8。", False),
    ],
)
def test_sex_ratio(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # the declined count, then its kinds (其中…, 含…): the kinds are no other count of the rate
        ("共起诉各类犯罪257件292人。共不起诉67件70人，其中法定不起诉0人，犯罪情节轻微不起诉65人（含刑事和解后不起诉9人），"
         "证据不足不起诉5人，不起诉率（按人数）为21.34%。", True),
        ("共起诉各类犯罪257件292人。共不起诉67件70人，其中法定不起诉0人，犯罪情节轻微不起诉65人（含刑事和解后不起诉9人），"
         "证据不足不起诉5人，不起诉率（按人数）为19.34%。", False),
        ("全年批准逮捕196人，不批准逮捕40人，其中因证据不足不捕28人，不捕率为19.65%。", True),
        ("全年批准逮捕196人，不批准逮捕40人，其中因证据不足不捕28人，不捕率为16.95%。", False),
        # two declined counts of one measure with no 其中 between: which is meant is not known
        ("全年提起公诉1024人，决定不起诉236人，相对不起诉201人，不起诉率为20.73%。", False),
    ],
)
def test_declined_with_its_kinds(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 按时/按期 before a longer name (按时回复办结率) is the name's own: the count in time is its part
        ("全年办理市民热线工单共计42单，按时办结39单，按时回复办结率100%。", True),
        ("全年受理群众来信126件，按期办结120件，按期答复办结率达100%。", True),
        ("全年办理市民热线工单共计42单，按时办结42单，按时回复办结率100%。", False),
        # a rate without the qualifier is at least the count in time over the whole
        ("全年办理市民热线工单共计42单，按时办结39单，回复办结率100%。", False),
    ],
)
def test_timely_rate_with_a_longer_name(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 完成率 over the one figure the words plan (年度任务, 计划, 下达), before or in brackets
        ("截至12月底，累计拆除违法建筑面积65.58万平方米（年度任务80万平方米），任务完成率87.45%。", True),
        ("截至12月底，累计拆除违法建筑面积65.58万平方米（年度任务80万平方米），任务完成率81.98%。", False),
        ("全年完成造林面积1.86万亩（年度计划2万亩），计划完成率98%。", True),
        ("全年完成造林面积1.86万亩（年度计划2万亩），计划完成率93%。", False),
        ("全年完成固定资产投资12.5亿元，计划投资15亿元，投资完成率88.3%。", True),
        # two plans, or none: not read
        ("新建管网5公里（计划6公里），改造管网3公里（计划4公里），任务完成率80%。", False),
        ("全年新增城镇就业3210人，完成率107%。", False),
    ],
)
def test_done_over_the_plan_stated(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 以调解、和解等方式结案N件: the manners listed name what the count counts
        ("全年共收到行政复议申请1113件。受理1033件，其中，决定维持435件，驳回申请136件。直接纠错236件，纠错率24.2%，"
         "以调解、和解等方式结案170件，调解率14.7%。", True),
        # 复议 named once for the paragraph: the base may be the cases decided, which the text does not give
        ("全年共收到行政复议申请1113件。受理1033件，其中，决定维持435件，驳回申请136件。直接纠错236件，纠错率24.2%，"
         "以调解、和解等方式结案170件，调解率17.4%。", False),
        ("全年受理矛盾纠纷1033件，通过调解、和解等方式化解170件，调解率19.5%。", True),
        ("全年受理矛盾纠纷1033件，通过调解、和解等方式化解170件，调解率16.5%。", False),
    ],
)
def test_count_named_by_its_manners(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 超过/不到 X 的一半 (三成): the bound before the whole it names; 同期 is the part's own period
        ("上半年，全市法院新收各类案件16960件，同比增长11.01%。\n诉前调解纠纷7707件。\n网上立案7058件，超过同期新收案件的一半。", True),
        ("上半年，全市法院新收各类案件12960件，同比增长11.01%。\n诉前调解纠纷7707件。\n网上立案7058件，超过同期新收案件的一半。", False),
        ("上半年，全市法院新收各类案件16960件。诉前调解纠纷7707件。网上立案7058件，占同期新收案件的55%。", True),
        ("全年受理行政复议案件320件，其中纠错案件102件，不到受理总数的三成。", True),
        ("全年受理行政复议案件320件，其中纠错案件72件，不到受理总数的三成。", False),
        # a whole with no figure of its own
        ("全市执业律师1260人，超过全省的一半。", False),
    ],
)
def test_bound_before_the_whole_named(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # a count that meets the requirement of what the rate counts is its base, not its part
        ("全年核定新建工业项目排污权33家，其中达到交易要求参加网上竞拍20家，总成交金额113.8万元，排污权有偿使用交易率达100%。", False),
        ("全年核定新建工业项目排污权33家，其中参加网上竞拍交易20家，交易率达100%。", True),
    ],
)
def test_count_meeting_the_requirement_is_a_base(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 纠错率 over the cases of its kind taken in, where the text states them as well as those decided
        ("全年新受理行政复议案件151件。\n全年共审结行政复议申请135件，其中纠错29件，纠错率约19.2%。", False),
        ("全年新受理行政复议案件151件。\n全年共审结行政复议申请135件，其中纠错29件，纠错率约25.2%。", True),
        ("全年共审结行政复议申请135件，其中纠错29件，纠错率约19.2%。", True),
        # in the rate's own sentence, 其中 ties the corrections to the cases decided
        ("全年新受理行政复议案件151件，审结135件，其中纠错29件，纠错率约19.2%。", True),
    ],
)
def test_corrected_over_either_base(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # the increment first, then the figure it reached (达到, 降至), then the rate: N ÷ (B ∓ N)
        ("全县税收收入比上年增收640万元，达到8650万元，增长9.6%。", True),
        ("全县税收收入比上年增收640万元，达到8650万元，增长8.0%。", False),
        ("全年受理案件同比增加120件，总数达860件，同比增长12.2%。", True),
        ("全年受理案件同比减少120件，降至860件，同比下降12.2%。", False),
        # another figure after the increment, or another subject's rate
        ("全年受理案件同比增加120件，办结860件，结案率95%。", False),
        ("全年受理案件同比增加120件，达到860件，其中刑事案件增长16.2%。", False),
    ],
)
def test_increment_before_the_figure_it_reached(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 增长近/约/超过N倍: the growth (B ÷ A − 1) a little under N, about N, over N
        ("全市网上立案数由2019年的1200件增加到2023年的6860件，增长了近4倍。", True),
        ("全市网上立案数由2019年的1200件增加到2023年的2860件，增长了近4倍。", True),
        ("全市网上立案数由2019年的1200件增加到2023年的4860件，增长了近4倍。", False),
        ("全市网上立案数由2019年的1200件增加到2023年的4860件，增长了约3倍。", False),
        ("全市网上立案数由2019年的1200件增加到2023年的3860件，增长超过3倍。", True),
        ("全市网上立案数由2019年的1200件增加到2023年的4860件，增长超过3倍。", False),
    ],
)
def test_growth_multiple_with_a_bound(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # a growth gap named by the short form of the name the rate was written with (规上 = 规模以上)
        ("全市规模以上工业增加值增长6.1%。其中高技术制造业增长14.3%，增速快于规上工业9.2个百分点。", True),
        ("全市规上工业增加值增长6.1%。其中高技术制造业增长14.3%，增速快于规模以上工业9.2个百分点。", True),
        ("全市规上工业增加值增长6.1%。其中高技术制造业增长14.3%，增速快于规模以上工业8.2个百分点。", False),
    ],
)
def test_growth_gap_to_a_name_in_short_form(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 占比最高，为x%: the share named with its rank, its value in the next clause
        ("全年受理申请320件，其中城建类148件，占比最高，为56.3%。", True),
        ("全年受理申请320件，其中城建类148件，占比最高，为46.3%。", False),
        ("全年受理申请320件，其中城建类148件，占全部申请的比例最大，达56.3%。", True),
        ("全年受理申请320件，其中城建类148件，占比最高；交通类95件，为29.7%。", False),
    ],
)
def test_share_named_with_its_rank(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 占受理案件数的: the whole is the count the deed 受理 names (新受理的行政复议151件中)
        ("2024年度新受理的行政复议151件中，被申请人为县政府部门的案件数量为140件，占受理案件数的99.71%。", True),
        ("2024年度新受理的行政复议151件中，被申请人为县政府部门的案件数量为140件，占受理案件数的92.71%。", False),
    ],
)
def test_whole_named_by_its_deed(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 撤诉 left out of the base of 胜诉率 (24 ÷ (27 − 3)); parts that overrun their whole are a
        # slip of the sum, and no reading of the rate tells which figure is wrong
        ("审结27宗，在已审结的案件中，胜诉24宗，撤诉3宗，胜诉率100%。", False),
        ("审结27宗，在已审结的案件中，胜诉24宗，撤诉5宗，胜诉率100%。", False),
        ("审结27宗，在已审结的案件中，胜诉22宗，撤诉3宗，胜诉率100%。", True),
    ],
)
def test_won_over_the_cases_not_withdrawn(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # 起诉率: over 起诉 + 不起诉; over 审结 only a lower bound; in persons when its name says so
        ("审结审查起诉案件478件635人，共起诉373件507人，起诉率（按人数）为81.12%。", False),
        ("审结审查起诉案件478件635人，共起诉373件507人，起诉率为71.2%。", True),
        ("共起诉126件148人，不起诉21件27人，起诉率为84.6%。", False),
        ("共起诉126件148人，不起诉21件27人，起诉率为86.6%。", True),
        # a 同比 after a count of another indicator is against that indicator's own last year
        ("审结478件635人，去年同期为773件1350人，同比件数下降38.16%、人数下降52.96%，共起诉373件507人，"
         "同比件数下降47.83%、人数下降58.95%。", False),
    ],
)
def test_charged_and_other_indicators(text, reported):
    _, found = findings(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize("text,reported", [
    # shares under a frame (受援人中，) whose whole was stated sentences or a paragraph before,
    # judged when another share of the run agrees with that whole
    ("今年上半年，全市受理法律援助申请1960件，受援人达到2240人。\n为老年人开通绿色通道。上半年受援人中，"
     "农民工1210人，占54.0%，残疾人61人，占3.6%。", True),
    ("今年上半年，全市受理法律援助申请1960件，受援人达到2240人。\n为老年人开通绿色通道。上半年受援人中，"
     "农民工1210人，占54.0%，残疾人61人，占2.7%。", False),
    # no share agrees: the whole may be another
    ("全年受援人3120人。\n开通绿色通道。受援人中，农民工1210人，占54.0%，残疾人61人，占3.6%。", False),
    # the frame names a group the statement does not (上半年 of 全年, 农民工 of all)
    ("全年受援人3120人。\n上半年受援人中，农民工820人，占26.3%，残疾人30人，占1.9%。", False),
    ("全年受援人3120人，其中农民工1512人。\n农民工受援人中，男性1210人，占80.0%，女性302人，占20.0%。", False),
    # the part's year named where its paragraph opens: the whole stated of another year is not its
    ("2022年全市共有持证行政执法人员4620名。\n2023年新增持证人员210名。具有法律职业资格的执法人员690名，"
     "占执法人员总数的14.3%。", False),
])
def test_a_share_under_a_frame_stated_before(text, reported):
    doc = Document.from_text(text)
    assert bool(list(percent_mismatch(doc))) == reported


@pytest.mark.parametrize("text,reported", [
    # a rate of a deed done to some of what a campaign reached: over those that needed it (应安装),
    # which the text does not count; only a rate below the part over the campaign's count is wrong
    ("今年共整治餐饮门店8600家，发放整改通知书204份，餐饮门店安装油烟净化器960家，安装率约78%。", False),
    ("今年共整治餐饮门店8600家，发放整改通知书204份，餐饮门店安装油烟净化器960家，安装率约8%。", True),
    ("全市应安装油烟净化器的餐饮门店1250家，已安装960家，安装率约88%。", True),
    # what the campaign found is the base of what is done about it
    ("排查发现重大事故隐患1173项、完成整改813项，整改率79.3%。", True),
    ("全年巡查河道42条，巡查中发现问题360个，已处置318个，处置率96%。", True),
])
def test_a_rate_over_a_base_a_campaign_does_not_count(text, reported):
    doc = Document.from_text(text)
    assert bool(list(percent_mismatch(doc))) == reported


@pytest.mark.parametrize("text,reported", [
    # a sentence of parts opened with 其中 sentences after its whole: the latest count that holds
    # them all and that another share of the run agrees with
    ("全年受援人3120人，同比增长5%。开展活动36场。为弱势群体提供帮助。其中，农民工1512人，占48.5%，残疾人58人，占1.2%。", True),
    ("全年受援人3120人，同比增长5%。开展活动36场。为弱势群体提供帮助。其中，农民工1512人，占48.5%，残疾人58人，占1.9%。", False),
    # a count of another group between is no whole the shares agree with
    ("全年受援人3120人，同比增长5%。开展活动36场，培训志愿者2400人。其中，农民工1512人，占48.5%，残疾人58人，占1.9%。", False),
    # the shares of the sum of the kinds, all over it and not over the total 其中 follows: one defect,
    # told once by sum-mismatch (the kinds end with 其它 and fall short of the total)
    ("共受理诉求2844件。其中，咨询类1245件，占63.7%；求助类566件，占28.9%；其它类149件，占7.6%。", False),
    # the whole named with its figure before the name (3120名受援人)
    ("全年共为3120名受援人提供法律援助。开展活动36场。为残疾人提供援助58人，占受援人总数的1.2%。", True),
    ("全年共为3120名受援人提供法律援助。开展活动36场。为残疾人提供援助58人，占受援人总数的1.9%。", False),
])
def test_a_share_of_parts_whose_whole_is_sentences_back(text, reported):
    doc = Document.from_text(text)
    assert bool(list(percent_mismatch(doc))) == reported


@pytest.mark.parametrize("text,reported", [
    # a data sheet: 受理…；审结N件。\n其中… are parts of 审结 when a share says so; the one that
    # agrees with no count is reported, not its sibling
    ("受理行政复议案件320件，同比增长5%；审结300件。\n其中，维持210件，占70%；撤销30件，占10%。", False),
    ("受理行政复议案件320件，同比增长5%；审结300件。\n其中，维持210件，占70%；撤销30件，占12%。", True),
])
def test_parts_of_the_later_count_of_a_data_sheet_line(text, reported):
    found = list(percent_mismatch(Document.from_text(text)))
    assert bool(found) == reported
    assert all("70%" not in f.message.zh for f in found)


@pytest.mark.parametrize("text,reported", [
    # 同比 with last year's figure in brackets after the rate, the sentence opening with its year
    ("2023年受理1380件，同比增长12.5%（2022年为1200件）。", True),
    ("2023年受理1380件，同比增长15%（2022年为1200件）。", False),
    # 整改完成率: the deed done (已整改), not what was ordered (责令整改的)
    ("审计发现问题260个，已整改230个，整改完成率为92.3%。", True),
    ("审计发现问题260个，已整改230个，整改完成率为88.5%。", False),
    ("抽查市场主体6,450户，发现问题并责令整改的386户，整改完成率100%。", False),
    # 过七成 is a lower bound, as 超过七成 (通过七成 is no mark)
    ("全年受理1200件，其中网上受理780件，网上受理比例过七成。", True),
    ("全年受理1200件，其中网上受理860件，网上受理比例过七成。", False),
])
def test_year_led_bracket_base_done_rate_and_past_tenths(text, reported):
    doc = Document.from_text(text)
    assert bool(list(percent_mismatch(doc))) == reported


@pytest.mark.parametrize("text,reported", [
    # the whole a share names, its figure in the bracket right after the share
    ("全年新增就业2100人，完成年度目标任务的112%（目标任务2000人）。", True),
    ("全年新增就业2100人，完成年度目标任务的105%（目标任务2000人）。", False),
    ("全年新增就业2100人，完成年度目标任务的112%（上年1800人）。", False),
])
def test_whole_in_a_bracket_after_the_share(text, reported):
    doc = Document.from_text(text)
    assert bool(list(percent_mismatch(doc))) == reported


@pytest.mark.parametrize("text,reported", [
    # 去年同期 with this period's verb again; another verb is another indicator
    ("今年受理1380件，去年同期受理1200件，同比增长12.5%。", True),
    ("今年受理1380件，去年同期受理1200件，同比增长15%。", False),
    ("今年受理1380件，去年同期办结1200件，同比增长12.5%。", False),
    # points over last year's rate in a bracket after them, or named alike in the sentence before
    ("全年结案率为94.5%，同比提高2.3个百分点（上年为91.2%）。", True),
    ("全年结案率为94.5%，同比提高3.3个百分点（上年为91.2%）。", False),
    ("2022年结案率为91.2%。2023年结案率为94.5%，较上年提高2.3个百分点。", True),
    ("2022年调解率为91.2%。2023年结案率为94.5%，较上年提高2.3个百分点。", False),
    ("2021年结案率为91.2%。2023年结案率为94.5%，较上年提高2.3个百分点。", False),
])
def test_last_years_figure_named_again_or_apart(text, reported):
    doc = Document.from_text(text)
    assert bool(list(percent_mismatch(doc))) == reported


def test_industries_ordered_by_a_numeral_are_no_count():
    # 三次产业 orders the industries: 三次 is no count a contribution rate is over
    doc = Document.from_text("三次产业结构比为6.5:44.2:49.3，三次产业贡献率分别为5.3%、39.5%、56.2%。")
    assert not list(percent_mismatch(doc))


@pytest.mark.parametrize("text,reported", [
    # a rate's name cut by a line break (broken-paragraph reports the cut): read whole
    ("受理案件1200件，审结1150件，结\n案率97.8%。", True),
    ("受理案件1200件，审结1150件，结\n案率95.8%。", False),
    ("全年共受理群众诉求2860件，按期办结2710件，按期办\n结率99.2%。", True),
    ("全年共受理群众诉求2860件，按期办结2710件，按期办\n结率94.8%。", False),
])
def test_a_rate_name_cut_by_a_line_break(text, reported):
    found = list(percent_mismatch(Document.from_text(text)))
    assert bool(found) == reported
    assert all("\n" not in f.message.zh for f in found)


@pytest.mark.parametrize("text,reported", [
    # the whole's name with a generic word after it (公益诉讼领域) is stated without it (公益诉讼案件)
    ("全年办理公益诉讼案件19.8万件。其中安全生产17286件等。其他新领域方面，共办理其他新领域案件21815件，"
     "占公益诉讼领域总数的一成半。", True),
    # a narrower group (诉前) is no generic word
    ("全年办理公益诉讼案件1200件。开展专项监督6次。公益诉讼诉前程序案件900件，占公益诉讼诉前案件总数的50%。", False),
])
def test_whole_named_with_a_generic_word(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a rate's population is all its name takes in: a list of kinds before the part (、 or a comma
    # between kinds of one noun) together, what is left undone (未结) of its own, either population
    # a bureau may take (户籍, 常住), the group a frame names (市级执法人员中)
    ("共收到代表建议312件、群众意见28件，经审查立案289件，立案率85%。", False),
    ("共收到代表建议312件、群众意见28件，经审查立案289件，立案率80%。", True),
    ("共提交大会提案950件，平时提案24件。经审查，立案824件，立案率84.6%。", False),
    ("共提交大会提案950件，平时提案24件。经审查，立案824件，立案率81.6%。", True),
    ("受理案件320件，审结案件298件，其中纠错30件，纠错率5%。", True),
    ("全年发放问卷1,200份，回收有效问卷1,150份，其中对政务服务表示满意的875份，满意度不足七成。", True),
    ("全年受理案件1260件，审结1218件，未结案件占比3.3%。", False),
    ("年末全县户籍人口52.3万人，常住人口46.8万人。按户籍人口计算，全年出生人口3480人，出生率6.65‰。", False),
    ("年末全县户籍人口52.3万人，常住人口46.8万人。全年出生人口3480人，出生率5.65‰。", True),
    ("年末全县户籍人口52.3万人，常住人口46.8万人。全年出生人口3480人，死亡人口3800人，人口自然增长率-0.61‰。", False),
    ("年末全县户籍人口52.3万人，常住人口46.8万人。全年出生人口3480人，死亡人口3800人，人口自然增长率-0.21‰。", True),
    ("全市共有执法人员3260人，其中市级执法人员860人。市级执法人员中本科及以上学历742人，占86.3%。", False),
    ("全市共有执法人员3260人，其中市级执法人员860人。市级执法人员中本科及以上学历742人，占76.3%。", True),
    ("全市共有执法人员3260人，其中市级执法人员860人。执法人员中本科及以上学历742人，占26.8%。", True),
])
def test_a_rate_takes_only_its_own_population(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # what a rate rests on, written after it: its part (其中 + the rate's own name), the whole a
    # share names (by that name, the clause ending with its figure), last year's figure (上年为,
    # the year before by its number)
    ("全年共办理各类公证事项5640件，当场办结率92%，其中当场办结4870件。", True),
    ("全年共办理各类公证事项5640件，当场办结率86%，其中当场办结4870件。", False),
    ("全年办结群众诉求12.3万件，按时办结率98%，其中按时办结11.8万件。", True),
    ("全年办结群众诉求12.3万件，按时办结率95.9%，其中按时办结11.8万件。", False),
    ("收到申请220件，按期答复率100%，其中当场答复38件。", False),
    ("审结案件1150件，结案率95.8%，其中审结刑事案件300件。", False),
    ("已建成村级法律服务站142个，占全镇行政村的九成以上，全镇共有行政村168个。", True),
    ("已建成村级法律服务站142个，占全镇行政村的八成以上，全镇共有行政村168个。", False),
    ("全年新增城镇就业6850人，完成年度目标任务的114%，年度目标任务为5500人。", True),
    ("全年新增城镇就业6850人，完成年度目标任务的124.5%，年度目标任务为5500人。", False),
    ("全县受理案件1200件，占全市的15%，全市受理8000件。", False),
    ("全年受理行政复议案件156件，同比增长20%，上年为120件。", True),
    ("全年受理行政复议案件156件，同比增长30%，上年为120件。", False),
    ("2023年受理行政复议案件156件，较2021年增长30%，上年为140件。", False),
    ("2023年受理行政复议案件156件，同比增长20%，2022年为120件。", True),
    ("2023年受理行政复议案件156件，同比增长30%，2021年为120件。", False),
    ("受理行政复议申请320件，同比下降8.6%，上年为350件；审结298件，同比增长4.2%，上年为286件；纠错率12.1%。", False),
])
def test_what_a_rate_rests_on_written_after_it(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # what stands between a rate and its counts: a piece of the part in a bracket aside (neither
    # the rest beside the part nor a part of its own), the later changes of a 分别 list
    ("全市法院受理各类案件128497件，审结114773件（其中刑事案件5329件），结案率逾九成。", True),
    ("全年受理投诉620件，办结580件（其中当场办结120件），办结率不足九成。", True),
    ("全年受理投诉620件，办结560件（其中当场办结120件），办结率不足九成。", False),
    ("全年受理投诉120件，办结115件，其中按期办结110件，按期办结率95.7%。", False),
    ("年末全县常住人口52.36万人，其中城镇常住人口29.84万人，占常住人口比重（常住人口城镇化率）为57.0%。", False),
    ("全年受理行政复议申请420件、审结300件，同比分别增长12.1%、9.5%，审结数占受理数的八成以上。", True),
    ("全年受理行政复议申请420件，审结300件，同比分别增长12.1%、9.5%，审结数占受理数的七成以上。", False),
])
def test_asides_and_changes_between_a_rate_and_its_counts(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a whole named by pointing back (该类案件) is the count before, as a bare 占 takes it; the whole
    # a share names stated further on in its sentence, a clause opening with that name
    ("办理行政复议案件403件，其中，涉企案件70件，约占该类案件的四分之一。", True),
    ("办理行政复议案件403件，其中，涉企案件100件，约占该类案件的四分之一。", False),
    ("起诉破坏市场经济秩序案件403件579人，其中，\n起诉集资诈骗案件70件92人，约占该类案件的四分之一。", True),
    ("全年受理案件1200件，其中行政案件300件，行政案件中调解结案60件，占该类案件的20%。", False),
    ("建成高标准农田6.7万亩，占耕地保有量的5%，粮食产量72.5万吨，耕地保有量225.2万亩。", True),
    ("建成高标准农田6.7万亩，占耕地保有量的3%，粮食产量72.5万吨，耕地保有量225.2万亩。", False),
    ("新增造林面积1.2万亩，占林地面积的2%，全县林地面积86.4万亩，森林覆盖率61.3%。", True),
    ("全县律师事务所18家，占全市的15%，律师事务所总数120家。", False),
])
def test_wholes_pointed_back_at_or_stated_further_on(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # last year's count in the sentence (or line) before, named alike, of the year before
    ("2022年受理行政复议案件120件。2023年受理156件，同比增长20%。", True),
    ("2022年受理行政复议案件120件。2023年受理156件，同比增长30%。", False),
    ("2022年全市受理行政复议案件120件。\n2023年全市受理行政复议案件156件，同比增长20%。", True),
    ("2022年受理案件120件，审结110件。2023年审结156件，同比增长20%。", True),
    ("2021年受理行政复议案件120件。2023年受理156件，同比增长20%。", False),
    ("2022年市本级受理行政复议案件120件。2023年受理156件，同比增长20%。", False),
    ("2022年受理行政复议案件120件\n2023年受理156件，同比增长20%。", False),
])
def test_a_count_of_the_year_before(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # 增加值 (value added) is no change; a share with no count in its clause, its part named as its
    # subject and its whole by name, each stated before
    ("全县地区生产总值320.5亿元，第一产业增加值40.1亿元，第二产业增加值112.2亿元，第三产业增加值168.2亿元，"
     "第三产业增加值占地区生产总值的比重为56.3%。", True),
    ("全县地区生产总值320.5亿元，第一产业增加值40.1亿元，第二产业增加值112.2亿元，第三产业增加值168.2亿元。"
     "第三产业增加值占地区生产总值的比重为56.3%。", True),
    ("全县地区生产总值320.5亿元，第一产业增加值40.1亿元，第二产业增加值112.2亿元，第三产业增加值168.2亿元。"
     "第三产业增加值占地区生产总值的比重为52.5%。", False),
    ("年末常住人口52.36万人，城镇人口29.84万人，农村人口22.52万人。城镇人口占常住人口的比重为59.0%。", True),
    ("2022年地区生产总值300亿元，第三产业增加值160亿元。2023年第三产业增加值占地区生产总值的比重为56.3%。", False),
    ("规模以上工业增加值比上年增长8.2%，占地区生产总值的比重为31.2%。", False),
])
def test_a_share_named_by_its_subject(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a share in words or with a bound in a list of shares is held to the whole the exact shares
    # of the list agree on (one exact share only when the parts make its whole up together)
    ("城镇人口93284人，占总人口的不足三成；乡村人口180109人，占总人口的65.9%。", True),
    ("城镇人口93284人，占总人口的34.1%；乡村人口180109人，占总人口的近八成。", True),
    ("城镇人口93284人，占总人口的34.1%；乡村人口180109人，占总人口的六成以上。", False),
    ("行政处罚类349件，占比31%；投诉举报类296件，占比27%；行政强制类223件，占比20%；信息公开类58件，占比逾一成。", True),
    ("行政处罚类349件，占比31%；投诉举报类296件，占比27%；行政强制类223件，占比20%；信息公开类58件，占比约5%。", False),
    ("行政处罚类349件，占比超过三成；投诉举报类296件，占比27%；行政强制类223件，占比不足两成。", False),
    ("受理1200件，占比15%，办结1150件，占比95.8%，按期办结1100件，占比超过九成。", False),
])
def test_a_share_in_words_among_exact_ones(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a fraction among a list's exact shares, held to their whole
    ("咨询类120件，占30%；求助类100件，占25%；投诉类60件，占比过半。", True),
    ("咨询类120件，占30%；求助类100件，占25%；投诉类60件，约占四分之一。", True),
    ("咨询类120件，占30%；求助类100件，占25%；投诉类100件，约占四分之一。", False),
])
def test_a_fraction_among_exact_shares(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a part's change in a bracket aside between it and its share keeps it in its list
    ("市政府收到1186件（同比增长5.2%），占比19.1%；区县政府收到1680件（同比增长3.1%），占比27.1%；委办局收到1750件，占比38.2%。", True),
    ("市政府收到1186件，占比19.1%；区县政府收到1680件，占比27.1%；委办局收到1750件（同比增长3.1%），占比38.2%。", True),
    ("市政府收到1186件，占比19.1%；区县政府收到1680件，占比27.1%；委办局收到1750件（同比增长3.1%），占比28.2%。", False),
])
def test_a_change_aside_in_a_list_of_shares(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a doubling with last year's figure in brackets after it; two years' rates in one sentence
    ("全年办理公证业务4860件，比上年翻了一番（上年为3100件）。", True),
    ("全年办理公证业务6280件，比上年翻了一番（上年为3100件）。", False),
    ("2023年结案率为94.5%，2022年为91.2%，提高2.3个百分点。", True),
    ("2023年结案率为94.5%，2022年为91.2%，提高3.3个百分点。", False),
    ("2023年结案率为94.5%，2022年调解率为91.2%，提高2.3个百分点。", False),
    ("2023年结案率为94.5%，2022年增长3.1%，提高2.3个百分点。", False),
])
def test_a_doubling_and_two_years_rates(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a ratio of two groups to one (城乡, 男女): the first group's figure over the second's
    ("城镇居民人均消费支出28,400元，农村居民人均消费支出16,700元，城乡消费支出比为1.9:1。", True),
    ("城镇居民人均消费支出28,400元，农村居民人均消费支出16,700元，城乡消费支出比为1.70:1。", False),
    ("常住人口中男性24.6万人，女性23.1万人，男女比例为1.2:1。", True),
    ("常住人口中男性24.6万人，女性23.1万人，男女比例为1.06:1。", False),
    ("城镇居民人均可支配收入38,600元，农村居民18,900元，城乡收入比由2.2:1缩小至2.04:1。", False),
    ("全体居民人均可支配收入31,200元，其中城镇居民42,600元，农村居民21,300元，城乡居民收入比为2.0:1。", False),
])
def test_a_ratio_of_two_groups(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a table of shares with no total: the rows together, when every share but one holds to them
    ("| 类别 | 件数 | 占比 |\n| 民事 | 1380 | 65.1% |\n| 刑事 | 540 | 22.5% |\n| 行政 | 200 | 9.4% |", True),
    ("| 类别 | 件数 | 占比 |\n| 民事 | 1380 | 65.1% |\n| 刑事 | 540 | 25.5% |\n| 行政 | 200 | 9.4% |", False),
    ("年龄 | 人数 | 比例\n35岁以下 | 96 | 24.0%\n35—50岁 | 212 | 53.0%\n50岁以上 | 92 | 23.0%\n其中女性 | 150 | 37.5%", False),
])
def test_a_table_of_shares_with_no_total(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a heading that states the rate the paragraph under it gives the counts of
    ("（二）行政复议纠错率达12.5%\n全年审结行政复议案件160件，其中撤销、变更、确认违法等纠错18件。", True),
    ("（二）行政复议纠错率达11.3%\n全年审结行政复议案件160件，其中撤销、变更、确认违法等纠错18件。", False),
    ("二、办结率达98.5%\n全年受理群众诉求1260件，办结1180件。", True),
    ("二、全年调解成功率达98.5%\n全年受理群众诉求1260件，办结1180件。", False),
])
def test_a_heading_stating_the_rate(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a change with no comparison word, its base in brackets after it naming the period
    ("一般公共预算收入12.6亿元，增长8.2%（上年11.2亿元）。", True),
    ("一般公共预算收入12.6亿元，增长12.5%（上年11.2亿元）。", False),
    ("受理案件126件，增长8.2%（全省平均增长5%）。", False),
])
def test_a_bare_change_with_last_years_figure_in_brackets(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # points with no comparison word, over the same rate (its name said again shorter) of the year
    # before, in the sentence or prose line before
    ("2022年，全市政务服务事项网上可办率为86.4%。\n2023年，网上可办率达到95.1%，提高9.7个百分点。", True),
    ("2022年，全市政务服务事项网上可办率为86.4%。\n2023年，网上可办率达到95.1%，提高8.7个百分点。", False),
    ("2022年全市结案率为86.4%。2023年网上可办率达到95.1%，提高9.7个百分点。", False),
    ("2021年全市网上可办率为86.4%。2023年网上可办率达到95.1%，提高9.7个百分点。", False),
])
def test_points_over_last_years_rate_with_no_comparison_word(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


def test_a_count_spelled_out_in_chinese_is_exact():
    # 一千九百六十 is 1960, not 1,460..2,460 (its 千 is a place, not a scale)
    text = "全年共受理行政复议案件一千九百六十件，办结一千四百七十件，办结率为80%。"
    span, message, _ = flagged(text)
    assert span == "办结率为80%" and "75%" in message
    assert findings(text.replace("80%", "75%"))[1] == []


@pytest.mark.parametrize("text,reported", [
    # a rate above/below another glossed in brackets: the gap word before it, or the points before it
    ("全年行政复议纠错率19.2%，高于全省平均水平（15.1%）6.1个百分点。", True),
    ("全年行政复议纠错率19.2%，高于全省平均水平（15.1%）4.1个百分点。", False),
    ("城镇化率61.3%，低于全国平均水平（66.2%）2.9个百分点。", True),
    ("城镇化率61.3%，低于全国平均水平（66.2%）4.9个百分点。", False),
    ("群众满意率96.8%，比全市平均水平高3.5个百分点（全市为94.3%）。", True),
    ("群众满意率96.8%，比全市平均水平高2.5个百分点（全市为94.3%）。", False),
    ("按期办结率92.4%，低于全省2.6个百分点（全省平均95.0%）。", False),
    ("按期办结率92.4%，低于全省3.6个百分点（全省平均95.0%）。", True),
    # no other rate written: nothing to hold the gap to
    ("按期办结率92.4%，高于全省平均水平2.6个百分点。", False),
    ("按期办结率92.4%，高于全省平均水平2.6个百分点（全省排名第三）。", False),
])
def test_gap_to_a_rate_glossed_in_brackets(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # 是上年的N倍 (the multiple itself, no growth word) over last year's figure in the sentence before,
    # or compared with in the sentence
    ("2022年受理行政复议案件120件。2023年受理行政复议案件186件，是上年的1.2倍。", True),
    ("2022年受理行政复议案件120件。2023年受理行政复议案件186件，是上年的1.6倍。", False),
    ("2022年受理行政复议案件120件。\n2023年受理186件，是上年的1.2倍。", True),
    ("2024年共处理14.8万人，较2023年的11.9万人增加2.9万人，是上年的1.7倍。", True),
    ("2024年共处理14.8万人，较2023年的11.9万人增加2.9万人，是上年的1.2倍。", False),
    ("人数从去年的4.6万人上升到7.7万人，是上年的2.2倍。", True),
    ("人数从去年的4.6万人上升到7.7万人，是上年的近2倍。", False),
    # another count, another scope, a span of years: not last year's figure of the same count
    ("2022年受理行政复议案件120件。2023年办结186件，是上年的1.2倍。", False),
    ("2022年市本级受理案件120件。2023年全市受理案件186件，是上年的1.2倍。", False),
    ("人数从2019年的4.6万人上升到7.7万人，是上年的2.2倍。", False),
    ("2023年受理186件，比上年增长55%，是全省平均的1.2倍。", False),
])
def test_a_multiple_of_last_years_figure(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a line that ends on a pause mark goes on in the next, however short it is beside that one
    ("全年全市共收到行政复议申请6222件。市政府收到复议申请1186件，\n占收到申请总数的21.1%；区县政府共收到复议申请1680件，占收到申请总数的27.0%。", True),
    ("全年全市共收到行政复议申请6222件。市政府收到复议申请1186件，\n占收到申请总数的19.1%；区县政府共收到复议申请1680件，占收到申请总数的27.0%。", False),
    ("全年共受理各类案件6597件，审执结案件5687件，\n结案率93.2%，同比上升2.1个百分点，法官人均结案数位居全市前列，审判质效稳步提升。", True),
    ("全年共受理各类案件6597件，审执结案件5687件，\n结案率86.2%，同比上升2.1个百分点，法官人均结案数位居全市前列，审判质效稳步提升。", False),
    # an outline number before the next line, or standing alone: no sentence goes on into a heading
    ("全年受理案件120件，办结100件，\n（二）结案率95%以上的单位有5个，占全部单位的一半以上，其余单位正在整改之中。", False),
])
def test_a_line_ending_on_a_pause(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a share named by its object alone is of the count of the part's own stage (起诉), not of another
    # stage's count (批准逮捕) that the same object names
    ("2023年共批准逮捕侵害未成年人犯罪53268人，提起公诉67103人。其中，起诉未成年犯罪嫌疑人侵害未成年人16972人，"
     "占侵害未成年人犯罪的25.3%。", False),
    ("共批准逮捕涉毒犯罪3200人，提起公诉4100人。其中，起诉未成年人900人，占涉毒犯罪的22%。", False),
    ("全年批准逮捕3200人，起诉4100人。其中，起诉未成年人900人，占22%。", False),
    ("全年批准逮捕3200人，起诉4100人。其中，起诉未成年人900人，占32%。", True),
    # the part of the same stage, or a name that says the stage: as before
    ("共批准逮捕涉毒犯罪3200人，提起公诉4100人。其中，批捕未成年人900人，占涉毒犯罪的22%。", True),
    ("共受理行政复议案件120件。其中，办结行政复议案件100件，占受理总数的93%。", True),
    # a rate of its own name (调解率) over the intake, its part closed in a manner: as before
    ("受理1033件，其中决定维持435件，驳回申请136件。直接纠错236件，纠错率22.8%，以调解、和解等方式结案170件，调解率14.7%。", True),
])
def test_a_share_of_the_parts_own_stage(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a pass rate counts the grades above the pass mark with 合格
    ("参加年度考核的46个单位中，优秀等次12个、合格等次34个，合格率100%。", False),
    ("参加年度考核的46个单位中，优秀等次12个、良好等次20个、合格等次14个，合格率100%。", False),
    ("参加年度考核的46个单位中，优秀等次12个、合格等次30个，合格率100%。", True),
    ("参评单位46个，其中优秀12个、良好20个、合格13个、不合格1个，合格率97.8%。", False),
    ("参评单位46个，其中优秀12个、良好20个、合格13个、不合格1个，合格率90.8%。", True),
    ("抽检食品46批次，合格40批次，合格率95.7%。", True),
])
def test_a_pass_rate_counts_the_grades_above(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a change written as a fraction with or without a bound is held to its figures like a percentage
    ("处理人数由86.2万人增至104.5万人，增幅超过四分之一。", True),
    ("处理人数由86.2万人增至104.5万人，增幅超过五分之一。", False),
    ("受理案件由120件增至166件，增长过半。", True),
    ("受理案件由120件增至186件，增长过半。", False),
    ("受理案件186件，比上年的120件增长近三分之一。", True),
    ("受理案件160件，比上年的120件增长约三分之一。", False),
    ("受理案件由120件下降至80件，降幅近一半。", True),
    ("受理案件由120件下降至80件，下降三分之一。", False),
    # a fraction of the figure itself, no change: not a rate of the change
    ("受理案件由120件增至186件，其中过半为行政案件。", False),
    # last year's figure in the clause or bracket after this year's
    ("共受理审判类案件2313件（去年同期为2296件），同比增幅超过十分之一。", True),
    ("共受理审判类案件2613件（去年同期为2296件），同比增幅超过十分之一。", False),
    ("受理532件，去年同期为787件，同比下降超过一半。", True),
    ("受理532件，去年同期为787件，同比下降近三分之一。", False),
])
def test_a_change_as_a_fraction(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


@pytest.mark.parametrize("text,reported", [
    # a barred table of shares of one whole it neither states nor lists all of: the rows agree on the
    # whole their counts and shares give, but one
    ("来电诉求主要集中在以下方面：\n| 类别 | 件数 | 占比 |\n| 农林畜牧水利 | 1590件 | 14.23% |\n| 社会保障 | 1485件 | 20.29% |\n"
     "| 公共服务 | 1152件 | 10.31% |\n| 城乡建设 | 1050件 | 9.4% |\n| 交通运输 | 827件 | 7.4% |", True),
    ("来电诉求主要集中在以下方面：\n| 类别 | 件数 | 占比 |\n| 农林畜牧水利 | 1590件 | 14.23% |\n| 社会保障 | 1485件 | 13.29% |\n"
     "| 公共服务 | 1152件 | 10.31% |\n| 城乡建设 | 1050件 | 9.4% |\n| 交通运输 | 827件 | 7.4% |", False),
    # shares rounded to whole percents give a loose whole: a row a little off is let pass
    ("| 类别 | 数量 | 占比 |\n| 投诉举报类 | 296件 | 27% |\n| 行政强制类 | 223件 | 20% |\n| 信息公开类 | 58件 | 5.4% |\n"
     "| 行政不作为类 | 42件 | 4% |\n| 其他类 | 130件 | 12% |", False),
    # rows of shares of their own wholes: no two agree, nothing to hold them to
    ("| 指标 | 数量 | 占比 |\n| 审结 | 1200件 | 95% |\n| 调解 | 300件 | 40% |\n| 执行到位 | 800件 | 62% |\n| 上诉 | 90件 | 8% |", False),
])
def test_a_table_of_shares_of_one_whole_unstated(text, reported):
    assert bool(list(percent_mismatch(Document.from_text(text)))) == reported


def test_shares_that_all_agree_on_another_whole_are_one_finding_at_the_total():
    # Each share is of 2000, the sum of the kinds, not of the 3000 stated: one defect, the total or the
    # whole they were computed over, told once.
    text = "全年受理群众诉求3000件。其中，咨询类1200件，占60%；求助类500件，占25%；投诉类300件，占15%。"
    shown, message, finding = flagged(text)
    assert shown == "3000件" and "约2000" in message and len(finding.related) == 3
    # One share off among shares of the stated whole is that share's slip.
    text = "全年受理群众诉求2000件。其中，咨询类1200件，占60%；求助类500件，占35%；投诉类300件，占15%。"
    shown, _, _ = flagged(text)
    assert shown.startswith("占35%")


def test_a_share_of_another_scope_that_would_be_nothing_is_not_read():
    # 60 of 25.8万 rounds to 0%: the share is of another count (the 65 large fires told before).
    text = ("全年共发生较大火灾65起。非重点单位火灾共25.8万起，其中较大火灾60起、占总数的92.3%，"
            "重大火灾5起、占总数的83.3%。")
    assert findings(text)[1] == []


def test_a_bracketed_share_of_a_part_the_text_gives_no_figure_for_is_not_read():
    # 非税占比 is the share of 非税 in the 8.5亿元 it glosses, not 8.5亿元's share of the 165亿元 before it.
    text = ("预计全年：地区生产总值实现165亿元，同比下降12%；一般公共预算收入实现8.5亿元，"
            "同比下降53.4%（非税占比为21%）；规模以上工业增加值同比下降20%。")
    assert findings(text)[1] == []
    # A bracketed share of the amount itself over a whole the text gives is held to it.
    shown, _, _ = flagged("全年受理信访事项150件，办结120件（占受理总数的70%）。")
    assert shown == "占受理总数的70%"
