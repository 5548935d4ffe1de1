"""sum-mismatch and percent-mismatch on report sentences, and on the seed reports."""
import pathlib

import pytest

from lintlaw.checks.rates import percent_mismatch
from lintlaw.checks.sums import sum_mismatch
from lintlaw.document import Document

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def run(rule_, text):
    doc = Document.from_text(text)
    return doc, list(rule_(doc))


# -- sum-mismatch -------------------------------------------------------------


def test_message_shows_the_sum_and_points_at_the_total():
    text = "区城管委列入清单的行政权力事项共5大类126项（包括：10项行政许可、118项行政处罚权、4项行政强制、2项行政征收和4项其它权力）。"
    doc, found = run(sum_mismatch, text)
    assert len(found) == 1
    f = found[0]
    assert "10 + 118 + 4 + 2 + 4 = 138，不是126项" in f.message.zh
    assert "10 + 118 + 4 + 2 + 4 = 138, not 126项" in f.message.en
    # the finding opens at the total and marks its parts with it (either may be the wrong figure)
    assert doc.text[f.start:f.end].startswith("5大类126项（包括：10项行政许可")
    assert "138" in f.help.zh
    assert doc.text[f.related[0].start:f.related[0].end].startswith("10项行政许可")


@pytest.mark.parametrize(
    "text",
    [
        # parts exceed the total: always wrong
        "全年共办结行政复议案件56件，其中维持30件、撤销20件、驳回16件。",
        "全年共办理信访件120件，其中来信45件、来访50件和网上信访38件。",
        "2023年以来累计开展宣传活动29次，分别在社区开展宣传6次，在学校开展宣传21次，在商铺开展宣传8次。",
        "全年共受理群众来信来访320件（来信150件、来访120件、网上信访70件）。",
        "全年共有执法人员86名，其中持证执法人员90名。",
        # a complete list that falls short
        "全年共办理行政许可1071件，分别为市政类500件、绿化类300件、环卫类200件。",
        "共组织培训12期，包括执法业务培训5期、法律知识培训4期和岗位练兵2期。",
        # a stated number of kinds that the list does not match
        "我局权责清单共4类，分别是行政许可5项、行政处罚40项、行政强制2项。",
        "共梳理执法事项3大类，其中行政处罚120项、行政强制10项、行政检查20项、行政征收5项。",
        # figures in full width and with a colon list
        "全年共办理行政复议案件５６件：其中维持３０件、撤销２０件、驳回１６件。",
        # a count inside a part does not reconcile every sum
        "全局现有职工320人，其中在编人员120人（含借调人员15人）、聘用人员220人。",
    ],
)
def test_sums_that_do_not_add_up(text):
    _, found = run(sum_mismatch, text)
    assert len(found) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # the seeds' right ones
        "2023年以凯里市综合行政执法局为被告的复议案件6件；诉讼案件17件，其中10件一审、7件二审、0件再审。",
        "申请强制执行案件3起，准予执行2起，剩余1起正在审查阶段。",
        "我局共涉及4类300项行政职权事项，分别是行政许可1项、行政处罚296项、行政强制1项及其他类2项。",
        # 其中 names only some
        "全年共受理行政复议案件56件，其中维持原行政行为30件。",
        # an exclusion, not a breakdown
        "共收到行政应诉案8件，除3件未开庭审理外，其余5件均有负责人出庭应诉。",
        # parts in another unit
        "共开展执法培训3期，其中参训人员180人、考试合格175人。",
        # a subtotal broken down again
        "共办理案件40件，其中行政处罚案件30件，简易程序20件、普通程序10件，行政强制案件10件。",
        # the list goes on with other information after the parts that add up
        "共办理行政处罚案件40件，其中一审30件、二审10件，涉及当事人45人，罚没款项12件已执行。",
        # clauses after 其中 that each describe the whole from another angle
        "全局共有执法人员86名，其中持证执法人员80名，法律专业人员12名，35岁以下30名。",
        "共收到行政复议申请15件，其中受理12件，不予受理3件，已审结10件。",
        # a change against last year is not a part
        "全年共受理投诉举报500件，其中来电300件，同比增加120件。",
        # per-unit figures are not parts
        "全年共组织执法检查12次，其中平均每次检查企业20家。",
        # approximate total: 31 lies in 30余
        "累计开展普法宣传30余次，分别在社区开展宣传12次、在学校开展宣传9次、在企业开展宣传10次。",
        # no marker: a list of separate achievements, not a breakdown
        "全年累计延时服务40余次，现场勘查1500余次，非工作日预约上门服务24次。",
        "共受理市城管委分派案件4644件，市、区长专线1869件，区级数字平台26534件。",
        # a nested breakdown in brackets
        "全年共开展联合执法检查120次，其中联合检查80次（含夜查30次、节假日检查20次），专项检查40次。",
        # a range is not a part
        "共组织培训10期，其中每期培训3～5天。",
        # a count inside a part, outside the total: 120 − 15 + 215 = 320
        "全局现有职工320人，其中在编人员120人（含借调人员15人）、聘用人员215人。",
        # or counted apart in the total: 100 + 15 + 205 = 320
        "全局现有职工320人，其中在编人员100人（含借调人员15人）、聘用人员205人。",
        "全年共办理信访件200件，分别为来信80件（包括转办件20件）、来访100件。",
    ],
)
def test_sums_that_are_right_or_not_a_breakdown(text):
    _, found = run(sum_mismatch, text)
    assert found == [], text


# -- percent-mismatch ---------------------------------------------------------


def test_rate_message_shows_the_computation():
    doc, found = run(percent_mismatch, "2023年共开庭10起，行政机关负责人出庭9起，出庭率100%。")
    assert len(found) == 1
    f = found[0]
    assert doc.text[f.start:f.end] == "出庭率100%"
    assert "出庭率应为90%：9 ÷ 10" in f.message.zh
    assert "is 90%: 9 ÷ 10" in f.message.en
    assert "90%" in f.help.zh and "90%" in f.help.en
    assert [doc.text[r.start:r.end] for r in f.related] == ["9起", "10起"]


def test_reduction_is_computed_as_a_cut():
    doc, found = run(percent_mismatch, "审批总时限由320天压缩为32天，压缩率80%。")
    assert len(found) == 1
    assert "压缩率应为90%：(320 − 32) ÷ 320" in found[0].message.zh


def test_exclusion_is_shown_when_the_text_excludes_cases():
    _, found = run(percent_mismatch, "共收到行政应诉案8件，除3件未开庭审理外，其余4件均有负责人出庭应诉，出庭应诉比例达到100%。")
    assert len(found) == 1
    assert "4 ÷ (8 − 3)" in found[0].message.zh


@pytest.mark.parametrize(
    "text",
    [
        "全年共受理投诉举报240件，办结216件，办结率85%。",
        "共抽检餐饮单位200家，检测合格185家，合格率为95.5%。",
        "应参训执法人员120人，实际参训108人，参训率达到95%。",
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占比50%。",
        "2022年办理行政处罚案件80件，2023年办理60件，案件数量下降了20%。",
        "全年受理行政复议案件40件，其中纠错8件，纠错率15%。",
        # 办结率 is over the cases received unless the text says some are not yet due
        "全年共受理投诉举报240件，办结216件，办结率95%。",
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占案件总数的50%。",
    ],
)
def test_rates_no_reading_gives(text):
    _, found = run(percent_mismatch, text)
    assert len(found) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # the seeds' right ones
        "收到以凯里市综合行政执法局为被告的一审案件10起，共开庭10起，行政机关负责人出庭10起，出庭率100%。",
        "由原总时限320天，压缩为32天，压缩率90%；行政许可事项即办件比例达到55%以上，全程网办率100%。",
        "共收到行政应诉案8件，除3件未开庭审理外，其余5件均有我局相关负责人出庭应诉，出庭应诉比例达到100%。",
        "我局为被告的行政诉讼案件8件，局主要负责人出庭应诉7件（1件未开庭），行政负责人出庭应诉率为100%。",
        "推行“721工作法”，70%的问题用服务手段解决、20%的问题用管理手段解决、10%的问题用执法手段解决。",
        "去年共收到信访件500余件，办结率达到100%。",
        # rounding: shown to one decimal, cut off or rounded
        "全年共受理案件3件，办结2件，办结率66.7%。",
        "全年共受理案件3件，办结2件，办结率66.6%。",
        "全年受理案件56件，纠错7件，纠错率12.5%。",
        # the rate's counts come after it, or are not given at all
        "行政负责人出庭应诉率100%（正职4起，分管副职1件），行政复议回复率100%。",
        "区城管委发送短信2045条，满意率98.3%，微信扫码615条，满意率99.93%。",
        # a change against a base the text does not give
        "全年共办理行政处罚案件50件，同比增长25%，结案率100%。",
        "全年受理投诉800件，办结780件，较上年下降20%。",
        # a share of something outside the text
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占全市的15%。",
        # parts given, the whole not: 48 ÷ (48 + 2)
        "全年办结信访件48件，未办结2件，办结率96%。",
        # a lower bound
        "共受理案件40件，办结38件，办结率达到90%以上。",
        # approximate rates are not held to rounding
        "共受理案件40件，办结38件，办结率约90%。",
        # a rate over a part of the total the text does not give: 出庭率 over the cases
        # heard where the text says not all were (30 of 30 heard is 100%), 纠错率 over the
        # cases decided (8 of 32 is 25%), 办结率 over the cases due where some are not
        # (216 of 227 is 95%)
        "办理以区政府为被告的行政应诉案件80件，多数书面审理，区政府负责人出庭应诉案件30件，出庭应诉率100%。",
        "全年共受理投诉举报240件，办结216件，其余正在办理中，办结率95%。",
        "全年受理行政复议案件40件，其中纠错8件，纠错率25%。",
        "全年受理行政复议案件40件，其中纠错8件，纠错率20%。",
        # the base given: cases heard, cases decided, the total less the cases not heard
        "全年行政应诉案件12件，开庭审理8件，负责人出庭应诉8件，出庭应诉率100%。",
        "全年新受理行政复议案件150件，审结120件，其中纠错24件，纠错率20%。",
        "全年受理投诉240件，办结216件，未到期20件，办结率98.2%。",
        "我局为被告的行政诉讼案件8件，局主要负责人出庭应诉7件（1件未开庭），行政负责人出庭应诉率为100%。",
    ],
)
def test_rates_that_some_reading_gives(text):
    _, found = run(percent_mismatch, text)
    assert found == [], text


@pytest.mark.parametrize(
    "text,shown",
    [
        # below part ÷ total: no base between the part and the total gives it
        ("办理以区政府为被告的行政应诉案件80件，多数书面审理，区政府负责人出庭应诉案件30件，出庭应诉率30%。", "30 ÷ 80 = 37.5%"),
        ("全年受理投诉举报240件，办结216件，正在办理24件（未到办理期限），办结率85%。", "216 ÷ 240 = 90%"),
        ("全年受理行政复议案件40件，其中纠错8件，纠错率15%。", "8 ÷ 40 = 20%"),
    ],
)
def test_rate_over_a_part_of_the_total_is_reported_only_when_no_base_gives_it(text, shown):
    _, found = run(percent_mismatch, text)
    assert len(found) == 1, text
    assert shown in found[0].message.zh
    assert "100%" in found[0].help.zh


@pytest.mark.parametrize(
    "text",
    [
        "全年受理投诉举报240件，办结216件，正在办理24件，办结率95%。",
        "受理415件，已办结406件（9件正在办理），办结率99.5%。",
    ],
)
def test_cases_left_open_that_make_up_the_rest_close_the_base(text):
    # what is still being handled, with what is done, is every case received: the rate is
    # done ÷ received, not anything up to 100%
    _, found = run(percent_mismatch, text)
    assert len(found) == 1, text
    assert "÷" in found[0].message.zh and "～" not in found[0].help.zh


def test_a_rate_over_a_part_cannot_exceed_100_percent():
    _, found = run(percent_mismatch, "全年受理行政复议案件40件，其中纠错8件，纠错率105%。")
    assert len(found) == 1
    assert "不可能超过100%" in found[0].message.zh


@pytest.mark.parametrize(
    "text,reported",
    [
        # 应办结 names the base; 到期办结 is what the rate counts
        ("全年受理投诉240件，应办结230件，办结216件，办结率93.9%。", False),
        ("全年受理投诉240件，应办结230件，办结216件，办结率90%。", True),
        ("全年受理投诉240件，到期办结216件，办结率95%。", False),
        ("全年受理行政复议案件60件，审结55件，其中纠错10件，纠错率18.2%。", False),
        ("全年受理行政复议案件60件，审结55件，其中纠错10件，纠错率16.7%。", True),
    ],
)
def test_which_count_is_the_base(text, reported):
    _, found = run(percent_mismatch, text)
    assert bool(found) == reported, text


@pytest.mark.parametrize(
    "text,shown",
    [
        # the 纠错率 is over the cases decided: 24 ÷ 150 received is not a reading
        ("全年新受理行政复议案件150件，审结120件，其中纠错24件，纠错率16%。", "应为20%：24 ÷ 120"),
        ("全年共审结行政复议申请120件（含上年度结转），其中纠错（含撤销、确认违法）24件，纠错率16%。", "应为20%：24 ÷ 120"),
        # the 出庭率 is over the cases heard
        ("全年行政应诉案件12件，开庭审理8件，负责人出庭应诉8件，出庭应诉率66.7%。", "应为100%：8 ÷ 8"),
        ("共收到行政应诉案8件，除3件未开庭审理外，其余4件均有负责人出庭应诉，出庭应诉比例达到100%。", "4 ÷ (8 − 3)"),
        # an approximate rate is still held to a point
        ("全年共审结行政复议申请120件（含上年度结转），其中纠错（含撤销、确认违法）24件，纠错率约16.8%。", "应为20%：24 ÷ 120"),
    ],
)
def test_rate_over_the_base_the_text_gives(text, shown):
    _, found = run(percent_mismatch, text)
    assert len(found) == 1, text
    assert shown in found[0].message.zh
    assert "为基数" in found[0].message.zh


@pytest.mark.parametrize(
    "text,reported",
    [
        ("全年审结行政复议案件120件，其中纠错24件，纠错率约20%。", False),
        ("全年审结行政复议案件120件，其中纠错24件，纠错率约21%。", False),  # within a point
        ("全年审结行政复议案件120件，其中纠错24件，纠错率约19.2%。", False),  # within a point
        ("全年审结行政复议案件120件，其中纠错24件，纠错率约18%。", False),  # within two units of the last place
        ("全年审结行政复议案件120件，其中纠错24件，纠错率约18.2%。", True),
        ("全年审结行政复议案件120件，其中纠错24件，纠错率约17%。", True),
        ("全年审结行政复议案件120件，其中纠错24件，纠错率约30%。", True),
        ("共受理案件40件，办结38件，办结率约90%。", False),  # a round figure: 95 is within half its step
        ("共抽检餐饮单位200家，检测合格185家，合格率约90%。", False),
        ("共抽检餐饮单位200家，检测合格185家，合格率约85%。", True),
        ("共抽检餐饮单位200家，检测合格185家，合格率为92.5%左右。", False),
    ],
)
def test_approximate_rates(text, reported):
    _, found = run(percent_mismatch, text)
    assert bool(found) == reported, text


# -- on the seed reports ------------------------------------------------------


def _lines(rule_, name):
    path = SEEDS / name
    if not path.exists():
        pytest.skip(f"{name} not in seeds/")
    doc = Document.from_text(path.read_text(encoding="utf-8"))
    return sorted(doc.position(f.start)[0] for f in rule_(doc))


def test_seed_sum_mismatches_are_caught():
    assert _lines(sum_mismatch, "001_7f9a984bf7e657c9.txt") == [25]
    assert _lines(sum_mismatch, "004_cf09c887e7593fd8.txt") == [33, 59]


@pytest.mark.parametrize("name", ["000_263503ede3fb5fe1.txt", "002_1c9a1c717b36d385.txt", "003_86396e11f2b648b7.txt"])
def test_seeds_without_arithmetic_errors_stay_quiet(name):
    assert _lines(sum_mismatch, name) == []


@pytest.mark.parametrize("name", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_rates_are_all_right(name):
    assert _lines(percent_mismatch, name) == []
