"""inconsistent-figure: one metric, one year, two values — and the many look-alikes that are not."""
import pathlib

import pytest

from lintlaw import segment
from lintlaw.checks.figures import inconsistent_figure
from lintlaw.document import Document
from lintlaw.numbers import model
from lintlaw.numbers.figures import FigureReader

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def run(text):
    doc = Document.from_text(text)
    return doc, list(inconsistent_figure(doc))


def test_seed_001_conflict_is_reported_at_the_later_place_with_the_earlier_one_related():
    text = (
        "（2）认真落实行政机关负责人出庭应诉制度。2023年以凯里市综合行政执法局为被告的复议案件6件；诉讼案件17件，其中10件一审、7件二审、0件再审。\n"
        "（二）以身作则，依法履行行政应诉职责。2023年度我局有11件行政处罚案件被申请行政复议，行政诉讼案件17件，劳动仲裁纠纷0件。"
    )
    doc, found = run(text)
    assert len(found) == 1
    f = found[0]
    assert doc.position(f.start)[0] == 2
    assert doc.text[f.start:f.end] == "11件"
    assert f.severity is None  # the rule's default: warning
    assert inconsistent_figure.severity == "warning"
    rel = f.related[0]
    assert doc.text[rel.start:rel.end] == "6件"
    assert "复议案件6件" in f.message.zh and "第1行" in f.message.zh
    assert "line 1" in f.message.en


@pytest.mark.parametrize(
    "text",
    [
        "2021年，区司法局办理法律援助案件412件。\n2021年，区司法局办理法律援助案件421件，挽回经济损失300余万元。",
        "2020年全市共查处违法建设案件236件。\n2020年，全市查处违法建设案件263件，拆除违法建筑4.5万平方米。",
        "2023年共收到行政诉讼案件12件。\n2023年我局有15件行政处罚案件被提起行政诉讼。",
        "2022年，我局审核规范性文件18件，均按程序报备。\n2022年共审核规范性文件16件。",
        "2023年，全局在岗执法人员126名。\n2023年，全局在岗执法人员162名，均已持证上岗。",
        "2022年全局培训执法人员320人次。\n2022年全局培训执法人员310人次，考试合格率100%。",
        # no year anywhere: one document, one period
        "全年共受理行政复议案件56件。\n全年共受理行政复议案件58件。",
    ],
)
def test_conflicts(text):
    _, found = run(text)
    assert len(found) == 1, text


@pytest.mark.parametrize(
    "text",
    [
        # the same value twice
        "2023年以凯里市综合行政执法局为被告的诉讼案件17件。\n2023年度我局行政诉讼案件17件。\n2023年法律顾问代理行政诉讼案件17件。",
        # different years, or no year
        "2023年，我局共受理行政复议案件56件。\n2022年，我局共受理行政复议案件48件。",
        # a cumulative figure against a yearly one
        "2023年，我局受理行政复议案件12件。\n2018年以来，我局累计受理行政复议案件60件。",
        # another territorial scope
        "2023年，我局受理行政复议案件12件。\n2023年，全区共受理行政复议案件156件。",
        # a part listed under 其中
        "2023年共办理行政处罚案件40件，其中简易程序案件25件。\n2023年，我局办理行政处罚案件40件，简易程序案件15件。",
        # a subset smaller than its whole
        "2023年共受理行政复议案件20件。\n2023年，我局有5件行政处罚案件被申请行政复议。",
        # a union is not a subset
        "2023年共受理行政复议及行政诉讼案件30件。\n2023年共受理行政复议案件12件。",
        # a later stage may count cases carried over
        "2023年受理行政复议案件56件。\n2023年办结行政复议案件60件（含上年结转4件）。",
        # activity counts vary by section: not compared
        "2023年开展宣传活动9次。\n2023年开展普法宣传活动15次，发放资料3000份。",
        # different metrics
        "2021年全年共有区级媒体报道43篇。\n2021年市级媒体报道46篇。",
        # the same sentence
        "2023年受理行政复议案件12件，行政复议案件中维持8件。",
        # approximate figures
        "2020年共发布督查通报5期。\n2020年发布督查通报十余期。",
        # two years in one sentence: the period is unclear
        "2022年和2023年分别受理行政复议案件12件和15件。\n2023年受理行政复议案件15件。",
    ],
)
def test_not_conflicts(text):
    _, found = run(text)
    assert found == [], text


def test_jieba_is_not_needed_without_candidate_pairs(monkeypatch):
    def refuse(text):
        raise AssertionError(f"segmented {text!r} without need")

    monkeypatch.setattr(segment, "cut", refuse)
    texts = [
        "2023年共受理行政复议案件12件，办结12件。",  # one sentence
        "2023年受理行政复议案件12件。\n2022年受理行政复议案件15件。",  # two years
        "2023年受理行政复议案件12件。\n2023年全区受理行政复议案件12件。",  # one value
        # no head noun (案件, 人员, 事项 …) both write, nor the same words at the two numbers
        "2023年开展宣传活动9次。\n2023年举办普法讲座15场，发放资料3000份。",
    ]
    for text in texts:
        assert list(inconsistent_figure(Document.from_text(text))) == []


def test_each_distinct_clause_is_segmented_once(monkeypatch):
    seen = []
    cut = segment.cut

    def counting(text):
        seen.append(text)
        return cut(text)

    monkeypatch.setattr(segment, "cut", counting)
    text = "2023年，我局共受理行政复议案件56件。\n2023年，我局受理行政复议案件58件。\n" * 3
    found = list(inconsistent_figure(Document.from_text(text)))
    assert len(found) == 5  # every figure after the first that differs from an earlier one
    assert len(seen) == len(set(seen)) == 2


def test_keys_come_from_words_around_the_number():
    doc = Document.from_text("2023年以凯里市综合行政执法局为被告的复议案件6件。\n2023年度我局有11件行政处罚案件被申请行政复议。")
    numbers = model(doc)
    reader = FigureReader(doc, numbers.runs, numbers.quantities.years, None, segment.cut)
    keys = [reader.metric(f).key for f in reader.figures()]
    assert keys[0] == {"复议", "案件"}
    assert keys[0] < keys[1]


def test_seed_lines():
    expected = {"001_7f9a984bf7e657c9.txt": [35]}
    for path in sorted(SEEDS.glob("*.txt")):
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        lines = [doc.position(f.start)[0] for f in inconsistent_figure(doc)]
        assert lines == expected.get(path.name, []), path.name


@pytest.mark.parametrize(
    "text,span",
    [
        # across number forms and scales
        ("2022年，全局共有执法人员七十二名，均持证上岗。\n2022年，全局执法人员68名全部参加了年度法律知识考试。", "68名"),
        ("2023年全区一般公共预算收入3.2亿元。\n2023年全区一般公共预算收入30,150万元，同比增长6.5%。", "30,150万元"),
        ("2023年全县一般公共预算支出完成28.6亿元。\n2023年，全县一般公共预算支出269,500万元，其中民生支出占81%。", "269,500万元"),
        # a named rate
        ("2022年，全市行政机关负责人出庭应诉率达到95.6%。\n2022年全市行政机关负责人出庭应诉率为92.3%，仍有个别单位负责人未出庭。", "92.3%"),
        # the period from the report's title and from the heading
        ("东湖区司法局2022年度法治政府建设工作报告\n一、工作成效\n全年共办理法律援助案件356件。\n二、具体措施\n"
         "全年办理法律援助案件365件，受援群众满意率达到98%。", "365件"),
        ("一、2023年工作情况\n全年共审核规范性文件18件。\n二、主要做法\n（一）2023年合法性审核\n全年审核规范性文件16件，均按程序报备。", "16件"),
        # the year of the paragraph, named in its first sentence
        ("2023年，我局扎实推进依法行政。全年共受理行政复议案件56件。\n2023年，我局受理行政复议案件58件。", "58件"),
        # a stock at one date, written number first
        ("截至2022年底，全区共有持证行政执法人员1,254名。\n截至2022年底，全区1,245名持证行政执法人员全部完成年度公共法律知识培训。", "1,245名"),
        # three statements, two agree: the odd one is reported
        ("2023年受理行政复议案件58件。\n2023年受理行政复议案件56件。\n2023年受理行政复议案件56件，全部办结。", "58件"),
    ],
)
def test_conflicts_across_forms_and_periods(text, span):
    doc, found = run(text)
    assert len(found) == 1, (text, [f.message.zh for f in found])
    assert doc.text[found[0].start:found[0].end] == span


@pytest.mark.parametrize(
    "text",
    [
        # within the precision written
        "2022年全年罚没款项1.26亿元。\n2022年罚没款项12,600万元，全部上缴国库。",
        "2023年全市共开展普法活动1,260场，受众5万人次。\n2023年全市普法活动受众48,600人次。",
        "2023年全县民生支出22.3亿元。\n2023年，全县民生支出223,100万元。",
        # a stock at another date, a plan, another body
        "截至2023年底，全县共有人民调解员1,862名。\n截至2022年底，全县共有人民调解员1,790名。",
        "城南街道2023年法治建设工作总结\n一、主要工作\n全年共开展普法宣传活动86场。\n二、下一步打算\n2024年计划开展普法宣传活动100场。",
        "2023年全区受理行政复议案件156件。\n2023年，区政府本级受理行政复议案件38件。",
        # last year's figure, named as such
        "柳河县司法局2022年法治政府建设工作报告\n一、主要工作\n全年共受理行政复议案件36件。\n二、上年工作回顾\n2021年共受理行政复议案件29件。",
        "2023年全区受理行政复议案件236件，较上年增加38件。\n2022年，全区受理行政复议案件198件。",
        # different rates
        "2023年，区政府负责人出庭应诉率100%。\n2023年，全区行政复议纠错率12.5%。",
        # a paragraph about another year
        "2023年，我局共受理行政复议案件56件。\n2022年，我局扎实推进依法行政。全年共受理行政复议案件48件。",
    ],
)
def test_not_conflicts_across_forms_and_periods(text):
    _, found = run(text)
    assert found == [], (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text,reported",
    [
        # a district government's report: 全区 is its own scope
        ("青川区人民政府关于2023年度法治政府建设情况的报告\n一、主要成效\n全年全区共办理行政复议案件426件。\n二、主要举措\n全年办理行政复议案件462件，纠错38件。", True),
        # without the title, a figure written for the whole territory against one without a scope,
        # where the values are near: the same figure written twice
        ("一、2023年工作成效\n全年全区共办理行政复议案件426件。\n二、主要举措\n全年办理行政复议案件462件，纠错38件。", True),
        # but not a body's own figure against the territory's
        ("一、2023年工作成效\n全年全区共办理行政复议案件426件。\n二、主要举措\n全年我局办理行政复议案件412件。", False),
        ("一、2023年工作成效\n全年全区共办理行政复议案件426件。\n二、主要举措\n全年办理行政复议案件46件。", False),
        # synonyms of handling a case
        ("霞浦县市场监管局2023年法治政府建设工作报告\n一、主要成效\n全年共办理各类行政处罚案件312件。\n二、严格执法\n全年共查办各类行政处罚案件321件。", True),
    ],
)
def test_scopes_and_synonyms(text, reported):
    _, found = run(text)
    assert bool(found) == reported, (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text",
    [
        # figures under headings that name two bodies are those bodies' own
        "三、各镇街工作情况\n（一）城南街道\n2023年全年调解纠纷126件，调解成功率98%。\n（二）城北街道\n2023年全年调解纠纷98件，调解成功率97%。",
        # 办结率 alone is any office's rate; a named statistic is compared
        "一、信访工作\n2023年全年受理信访事项1,260件，办结率98%。\n二、热线工作\n2023年12345热线受理工单3.2万件，办结率95%。",
        "2023年全区行政机关负责人出庭应诉率95.6%。\n2023年区政府负责人出庭应诉率100%。",
    ],
)
def test_bodies_and_generic_rates_are_not_compared(text):
    _, found = run(text)
    assert found == [], (text, [f.message.zh for f in found])


def test_last_year_is_the_report_year_before():
    text = ("青川区司法局2023年法治政府建设工作报告\n一、工作成效\n去年全区受理行政复议案件48件。\n"
            "二、工作对比\n2022年，全区受理行政复议案件52件。")
    doc, found = run(text)
    assert [doc.text[f.start:f.end] for f in found] == ["52件"]


def test_a_long_year_list_is_read_in_linear_time():
    # Each clause of 全年…，…，… is the year's count (FigureReader._year_list): read once per
    # sentence, not once per figure from the sentence's start (which took 4x input to 18x time).
    import gc
    import time

    def lint_seconds(n):
        best = float("inf")
        for _ in range(3):
            doc = Document.from_text("2023年全年" + "".join(f"发放资料{i % 7}份，" for i in range(n)) + "。")
            doc.paragraphs
            gc.collect()
            start = time.perf_counter()
            list(inconsistent_figure(doc))
            best = min(best, time.perf_counter() - start)
        return best

    small, large = lint_seconds(1000), lint_seconds(4000)
    assert large < 10 * max(small, 0.01), (small, large)


# A count restated with its digits in another order (figs16): the naming read loosely, never the
# place, period, stage or kind.
@pytest.mark.parametrize(
    "text,later",
    [
        # the 总体情况's total restated in the section the heading names
        ("一、总体情况\n全年主动公开信息2163条。\n二、主动公开政府信息情况\n通过门户网站发布工作动态等信息2136条。", "2136条"),
        ("一、概述\n本年度共主动公开各类政府信息3925条。\n二、主动公开情况\n依托政府网站发布政策文件、工作动态等信息3952条。", "3952条"),
        # alone in brackets after what it is
        ("全年发生各类事故586起，死亡12人。\n事故总量（568起）同比有所下降。", "568起"),
        ("全年共发生道路交通事故412起，死亡9人。\n事故起数（421起）、死亡人数均同比下降。", "421起"),
        # the count opening its clause, the things among which (…中) something is said of some
        ("全年作出行政处罚3182宗，罚没款1200万元。\n3128宗行政处罚中被申请复议4宗。", "3128宗"),
        # a bare 累计 in another section: the year's total so far
        ("一、总体情况\n全年更新目录信息25381条。\n二、主动公开\n累计更新信息公开目录信息25318条。", "25318条"),
        ("全年新增市场主体4692户。\n二、优化营商环境\n累计新增市场主体4629户，同比增长8%。", "4629户"),
    ],
)
def test_a_count_restated_with_its_digits_transposed(text, later):
    doc, found = run(text)
    assert [doc.text[f.start:f.end] for f in found] == [later], text


@pytest.mark.parametrize(
    "text",
    [
        "一、总体情况\n2023年主动公开政府信息2163条。\n二、主动公开政府信息情况\n2022年通过门户网站发布信息2136条。",
        "一、总体情况\n全年主动公开政府信息2163条。\n二、政务新媒体\n政务微博发布信息2136条。",
        # one of a list of parts (1236 + 927 = 2163)
        "一、总体情况\n全年主动公开政府信息2163条。\n二、主动公开政府信息情况\n通过门户网站发布信息1236条，通过政务微博发布信息927条。",
        "全年发生各类事故586起，较上年（568起）有所上升。",
        "全年发生各类事故586起（其中交通事故568起），死亡12人。",
        "全年受理行政复议案件（586件）、行政诉讼案件（568件）。",
        "全年发生火灾事故1324起。\n交通事故（1342起）同比下降。",
        "全年受理行政复议案件318件。\n审结的381件行政复议案件中，维持原行政行为的占六成。",
        "全年办理行政复议案件173件。\n在137件行政诉讼案件中，败诉3件。",
        "全年作出行政处罚3182宗。\n二、行政复议\n3128宗复议案件中，维持原行政行为的占六成。",
        "全年办理法律援助案件1324件。\n2019年以来累计办理法律援助案件1342件。",
        "城东街道新增市场主体4692户。\n城西街道新增市场主体4629户。",
        # a verb alone names no thing: two kinds of crime's
        "2023年，我院依法惩治各类犯罪。严厉打击涉黑涉恶、故意伤害等严重暴力犯罪，批准逮捕215件240人，起诉183件207人。"
        "加大对盗窃、诈骗等侵财犯罪的打击力度，批准逮捕402件466人，起诉381件452人。",
    ],
)
def test_transposed_digits_of_two_figures_stay_two(text):
    _, found = run(text)
    assert found == [], (text, [f.message.zh for f in found])


# A rate restated (figs16): 知晓率, 满意率 / 满意度 and 好评率 are statistics of a period as 办结率 is.
@pytest.mark.parametrize(
    "text,later",
    [
        ("青少年禁毒知识知晓率100%。\n全县青少年禁毒知识知晓率达97.5%。", "97.5%"),
        ("全县群众对法治政府建设的满意率达96.8%。\n二、主要成效\n群众对法治政府建设满意率为98.6%。", "98.6%"),
        ("12345热线群众满意率98.7%。\n全年12345热线群众满意率达97.8%。", "97.8%"),
        ("全县中小学生宪法知识知晓率达96.4%。\n二、普法宣传\n中小学生宪法知识知晓率94.6%，较上年提高2个百分点。", "94.6%"),
        # 满意度 is the 满意率; 服务满意 as jieba joins it is the service and the rate
        ("全县群众对政务服务的满意度达97.6%。\n三、政务服务\n群众对政务服务满意度为96.7%。", "96.7%"),
    ],
)
def test_a_rate_restated_with_another_value(text, later):
    doc, found = run(text)
    assert [doc.text[f.start:f.end] for f in found] == [later], text


@pytest.mark.parametrize(
    "text",
    [
        "全县群众安全感达98.5%，群众满意率达96.2%。\n12345热线群众满意率达99.1%。",
        "2023年群众满意率98%。\n2022年群众满意率96%。",
        "力争群众满意率达到98%以上。\n全年群众满意率96.5%。",
        "全年群众满意率96.5%，同比提高1.2个百分点。\n上年群众满意率95.3%。",
        "青少年禁毒知识知晓率100%。其中农村青少年禁毒知识知晓率97.5%。",
        "窗口服务满意率99.2%。\n政务服务满意率98.6%。",
        "宪法知识知晓率达95%。\n民法典知识知晓率达92%。",
        "城关镇群众满意率98%。\n河西镇群众满意率96%。",
        "发放问卷1200份，群众对法治建设满意率达97.3%。\n网上测评中，群众满意率为95.6%。",
        "上半年群众满意率95.2%。\n全年群众满意率97.1%。",
        "全县群众法治知晓率达92%，较上年提高3个百分点。\n目标是到2025年群众法治知晓率达95%。",
        "群众满意率由上年的92.5%提升至96.8%。\n全年群众满意率96.8%。",
        "对执法人员满意率为97%，对窗口服务满意率为99%。",
        "全年群众满意率96.5%，比全省平均水平高2.1个百分点，全省群众满意率94.4%。",
        "全年群众满意度97.6%。\n窗口服务满意度96.7%。",
        "2023年群众满意度97.6%，2022年群众满意度96.7%。",
    ],
)
def test_rates_of_other_groups_periods_and_targets_stay_apart(text):
    _, found = run(text)
    assert found == [], (text, [f.message.zh for f in found])


@pytest.mark.parametrize(
    "text",
    [
        # what each counts is of another year, named after the count
        "3月，市直86个部门中有81个部门公开了本部门2023年部门预算。\n9月，市直86个部门中有82个部门公开了本部门2022年决算。",
        # a name's digits (PM2.5) and a number the shared words cut (3|1 / 3|5) are no number copied
        "全省城市平均优良天数比例为86.2%，同比上升0.4个百分点；PM2.5平均浓度为31微克/立方米。\n"
        "沿江城市平均优良天数比例为80.7%，同比上升1.4个百分点；PM2.5平均浓度为35微克/立方米。",
    ],
)
def test_no_copy_of_another_years_object_or_of_a_names_digits(text):
    _, found = run(text)
    assert found == [], (text, [f.message.zh for f in found])


def test_a_headline_among_page_chrome_is_reported_through_the_web_residue_claim():
    import os
    from lintlaw.runner import LintOptions, lint_file  # the whole engine: web-residue claims the chrome's lines

    def found(text):
        result = lint_file(os.path.join(os.getcwd(), "page.txt"), LintOptions(profile="none"),
                           data=text.encode("utf-8"), display_path="page.txt")
        return [d.line for d in result.diagnostics if d.rule == "inconsistent-figure"]

    page = ("首页 >> 新闻中心 >> 部门动态\n\n市人社局：全年城镇新增就业{}万人\n\n来源：市人社局 发布时间：2024-01-05 浏览量：\n\n"
            "记者从市人社局获悉，2023年，全市城镇新增就业2.3万人，完成目标任务的115%。\n\n相关新闻：\n全市城镇新增就业3.1万人 2023-01-04")
    assert found(page.format("3.2").split("\n\n相关新闻")[0]) == [3]
    # the story's own figure held; a related story's title in the chrome stays the chrome's
    assert found(page.format("2.3")) == []


def test_a_set_and_the_rest_of_it_are_two_figures():
    # 非重点单位 counts what 重点单位 does not: the two totals are two figures.
    text = ("发生在居民住宅等非消防安全重点单位的火灾共25.8万起，亡1317人。"
            "发生在消防安全重点单位的火灾共2.3万起，亡73人。")
    assert run(text)[1] == []


def test_parts_of_two_totals_are_two_figures():
    # 65 large fires of all 28.1万, 60 of the 25.8万 outside key units: each a part of its own whole.
    text = ("2017年，全国共接报火灾28.1万起，直接财产损失36亿元。其中，较大火灾65起，重大火灾6起。\n"
            "非重点单位火灾共25.8万起，直接财产损失31.5亿元；其中较大火灾60起，重大火灾5起。")
    assert run(text)[1] == []
    # one whole, told twice with its part: the part told two ways is a slip
    text = ("全年共办理行政复议案件128件。其中，维持决定76件。\n"
            "全年共办理行政复议案件128件，其中维持决定67件。")
    assert run(text)[1] != []


def test_one_average_over_two_populations_is_two_figures():
    text = ("按户籍人口计算，人均GDP为63525元（按年平均汇率折算为9847美元），同比增长8.7%。"
            "按常住人口计算，人均GDP为75115元（按年平均汇率折算为11643美元）。")
    assert run(text)[1] == []
    # the same base twice, two values: one figure misstated
    text = "按员额法官计算，2022年全市法院人均结案242件。\n审判质效稳步提升。\n按员额法官计算，2022年全市法院人均结案224件。"
    assert run(text)[1] != []
