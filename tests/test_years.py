"""stale-year (LL306): years that do not fit the report's year, and relative time words."""
from __future__ import annotations

import pathlib

import pytest

from lintlaw.document import Document
from lintlaw.registry import registry
from lintlaw.readers import read

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"
STALE = registry().get("stale-year")
TITLE = "××区司法局2023年度法治政府建设情况报告\n"
RESULTS = "一、2023年度推进法治政府建设的主要举措和成效\n"
PLAN = "四、2024年度推进法治政府建设的主要安排\n"


def run(text: str):
    d = Document.from_text(text)
    return d, [(d.position(f.start)[0], f.severity, d.text[f.start:f.end]) for f in STALE(d)]


def test_seeds_give_only_relative_word_notes():
    found = {}
    for path in sorted(SEEDS.glob("*.txt")):
        d = Document(read(str(path)))
        found[path.name[:3]] = [(d.position(f.start)[0], f.severity, d.text[f.start:f.end]) for f in STALE(d)]
    assert found == {
        "000": [(8, "info", "今年")],
        "001": [],
        "002": [(22, "info", "今年"), (22, "info", "今年"), (34, "info", "去年")],
        "003": [],
        "004": [],
    }


# -- the results part ------------------------------------------------------------------------------
def test_later_year_stated_as_done_in_results():
    d, found = run(TITLE + RESULTS + "2024年，完成执法案卷评查120卷。")
    assert found == [(3, None, "2024")]
    finding = next(iter(STALE(d)))
    assert "2023" in finding.message.zh and finding.related  # points at the title


@pytest.mark.parametrize("sentence", [
    "2023年，完成执法案卷评查120卷，较2022年增长20%。",
    "研究部署了2024年度法治政府建设工作要点。",
    "2024年，我局将继续深化执法改革。",
    "2024年1月，我局被评为全省法治政府建设示范单位。",
    "2024年以来，已办理行政复议案件5件。",
    "新修订的《行政复议法》自2024年1月1日起施行，我局提前开展培训。",
    "认真贯彻《法治政府建设实施纲要（2021—2025年）》。",
    "到2025年，基本建成法治政府。",
    "2024年是全面贯彻党的二十大精神的关键之年。",
])
def test_results_sentences_that_are_right(sentence):
    assert run(TITLE + RESULTS + sentence)[1] == []


def test_year_in_results_heading_must_be_the_report_year():
    _, found = run(TITLE + "一、2022年度推进法治政府建设的主要举措和成效\n全年审查规范性文件15件。")
    assert found == [(2, None, "2022")]


def test_next_year_main_work_heading_is_the_plan_not_stale_results():
    text = TITLE + "一、2023年主要工作\n全年办理案件56件。\n二、存在问题\n人员不足。\n三、2024年主要工作\n加强执法监督。"
    assert run(text)[1] == []
    _, found = run(TITLE + "一、2022年主要工作\n全年办理案件56件。")
    assert found == [(2, None, "2022")]


def test_lower_level_results_headings_may_name_other_years():
    text = TITLE + RESULTS + "（一）2022年以来的改革成效\n三年来累计办理案件300件。"
    assert run(text)[1] == []


# -- the plan part --------------------------------------------------------------------------------------
def test_plan_heading_year_must_be_the_next_year():
    _, found = run(TITLE + "四、2023年推进法治政府建设的主要安排\n加强执法监督。")
    assert found == [(2, None, "2023")]
    assert run(TITLE + PLAN + "加强执法监督。")[1] == []


def test_plan_body_naming_the_report_year_as_future():
    _, found = run(TITLE + PLAN + "2023年，我局将继续深化执法改革。")
    assert found == [(3, None, "2023")]


@pytest.mark.parametrize("sentence", [
    "2024年，我局将继续深化执法改革。",
    "2024年是“十四五”规划实施的关键之年。",
    "到2025年，基本建成法治政府。",
    "对照2023年督察反馈问题，持续抓好整改。",
    "2024—2025年，将持续推进执法规范化。",
])
def test_plan_sentences_that_are_right(sentence):
    assert run(TITLE + PLAN + sentence)[1] == []


def test_plan_period_heading_is_not_stale():
    assert run(TITLE + "四、2024—2025年工作安排\n加强执法监督。")[1] == []


def test_combined_problems_and_plan_heading():
    _, found = run(TITLE + "三、存在问题及2023年工作打算\n加强执法监督。")
    assert found == []  # the year is not the heading's first word: left alone
    _, found = run(TITLE + "三、2023年工作打算\n加强执法监督。")
    assert found == [(2, None, "2023")]


# -- relative words ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,word", [
    ("今年以来，共办理行政复议案件56件。", "今年"),
    ("去年共收到信访件500余件。", "去年"),
    ("与去年相比，案件数量下降10%。", "去年"),
    ("明年将重点推进执法规范化建设。", "明年"),
])
def test_relative_words_are_notes(sentence, word):
    _, found = run(TITLE + RESULTS + sentence)
    assert found == [(3, "info", word)]


@pytest.mark.parametrize("sentence", [
    "深化精神文明年度考核。",
    "回顾过去年度的工作，成效明显。",
    "对以后年度的执法计划作出安排。",
    "严格执行《关于做好今年法治宣传工作的通知》。",
    "全年办理案件56件，当年受理当年办结。",
    "落实基本年度预算。",
    "本年度共审查合同30份。",  # 本年度: the year of this report, not the reader's
])
def test_words_that_only_look_relative(sentence):
    assert run(TITLE + RESULTS + sentence)[1] == []


def test_relative_words_only_in_reports_written_the_year_after():
    text = "××区司法局2023年工作总结\n一、主要工作\n今年以来，共办理行政复议案件20件。"
    assert run(text)[1] == []


def test_no_year_no_findings():
    assert run("××区司法局法治宣传工作总结\n一、主要工作\n今年以来，2030年，完成评查。")[1] == []


def test_untitled_report_year_from_opening():
    text = ("2020年，市城市管理局党组不断强化党对法治政府建设的领导。\n一、法治建设情况\n2021年，完成执法案卷评查100卷。\n"
            "二、法治政府建设中存在的短板\n人才缺乏。\n三、今后工作打算\n2021年是“十四五”开局之年。")
    assert run(text)[1] == [(3, None, "2021")]


def test_next_year_main_work_section_is_read_as_the_plan():
    text = TITLE + "一、2023年主要工作\n全年办理案件56件。\n二、存在问题\n人员不足。\n三、2024年主要工作\n2024年，全面完成执法案卷评查。"
    assert run(text)[1] == []


# -- the document's own date -------------------------------------------------------------------------------
DELIVERED = ("××市人民政府关于2022年度法治政府建设情况的报告\n（2023年3月28日在市十六届人大常委会第十次会议上）\n"
             "市人大常委会：\n2022年，全市各级行政机关深入推进依法行政。根据今年市人大常委会工作安排，现将有关情况报告如下。\n"
             "一、主要举措和成效\n今年以来，共办理行政复议案件56件。\n")


def test_delivered_at_a_meeting_fixes_this_year():
    d, found = run(DELIVERED)
    assert found == []


@pytest.mark.parametrize("dateline", [
    "——2023年3月28日在市十六届人大常委会第十次会议上",
    "(2023年3月28日在市十六届人大常委会第十次会议上的报告)",
    "（二〇二三年三月二十八日在市人大常委会会议上）",
    "（2023年3月28日）",
])
def test_datelines_under_the_title(dateline):
    text = DELIVERED.replace("（2023年3月28日在市十六届人大常委会第十次会议上）", dateline)
    assert run(text)[1] == []


@pytest.mark.parametrize("signature", ["××区司法局\n2024年1月31日", "二〇二四年一月三十一日", "2024年1月31日\n抄送：市司法局。"])
def test_signature_date_fixes_this_year(signature):
    text = TITLE + RESULTS + "今年以来，共办理行政复议案件56件。\n五、其他需要报告的情况\n无。\n" + signature
    assert run(text)[1] == []


def test_written_date_field_of_a_government_page():
    text = ("索引号：11500106709335764X/2024-00018\n发布机构：××区司法局　成文日期：2024-01-25\n" + TITLE + RESULTS
            + "今年以来，共办理行政复议案件56件。")
    assert run(text)[1] == []


@pytest.mark.parametrize("dates", [
    "发布日期：2024-01-25\n",  # when the page went online, not when the text was written
    "生成日期：2024-01-25\n",
    "2024年1月25日\n",  # a bare date above the body may be the page's
])
def test_page_dates_do_not_fix_this_year(dates):
    d, found = run(TITLE + dates + RESULTS + "今年以来，共办理行政复议案件56件。")
    assert [(word, severity) for _, severity, word in found] == [("今年", "info")]
    assert "2023" in next(iter(STALE(d))).help.zh


def test_a_date_inside_the_body_is_no_signature():
    text = (TITLE + RESULTS + "今年以来，共办理行政复议案件56件。\n2023年6月26日\n"
            "开展“6·26”国际禁毒日集中宣传活动，发放宣传资料3000余份，现场解答群众咨询200余人次，取得良好效果。")
    assert [w for _, _, w in run(text)[1]] == ["今年"]


def test_years_in_long_report_with_many_paragraphs():
    body = "".join(f"（{i}）第{i}项工作\n2023年，完成第{i}项任务，办理案件{i}件。\n" for i in range(1, 300))
    text = TITLE + RESULTS + body + "2024年，完成执法案卷评查120卷。\n" + PLAN + "2023年，我局将继续深化执法改革。"
    _, found = run(text)
    lines = text.count("\n")
    assert found == [(lines - 1, None, "2024"), (lines + 1, None, "2023")]


# -- the page's own date: 今年 is the year the report is on when the page is dated in it ----------
def _page(title: str, meta: str = "", closing: str = "") -> str:
    return (title + "\n" + (meta + "\n" if meta else "") + "一、主要举措和成效\n今年以来，共审查规范性文件21件。\n"
            "二、存在的问题\n审查力量不足。\n三、下一步打算\n加强审查队伍建设。" + ("\n" + closing if closing else ""))


@pytest.mark.parametrize("meta, closing", [
    ("文章来源：章贡区司法局 更新时间：2023/12/27 15:40", ""),
    ("发布时间：2023年12月30日　信息来源：区司法局", ""),
    ("来源：七星区应急管理局　发布时间：2023-12-25 16:30", ""),
    ("", "2023-12-26"),
    ("", "（2023年12月15日）"),
    ("", "发布日期：2023-12-20"),
    ("生成日期：2023-12-29 发布日期：2024-01-05", ""),  # the earliest of the page's dates
])
def test_a_page_dated_in_the_report_year_fixes_relative_words(meta, closing):
    assert run(_page("章贡区司法局2023年度法治政府建设工作总结", meta, closing))[1] == []


@pytest.mark.parametrize("meta, closing", [
    ("文章来源：南康区司法局 更新时间：2024/02/27 15:40", ""),
    ("", "发布日期：2024-01-16"),
    ("今天是2023年12月20日 星期三", ""),  # the reader's day, not the page's
    ("当前时间：2023-12-20", ""),
])
def test_a_page_dated_later_or_not_at_all_leaves_relative_words_unclear(meta, closing):
    assert [text for _, _, text in run(_page("南康区司法局2023年度法治政府建设工作总结", meta, closing))[1]] == ["今年"]


@pytest.mark.parametrize("period", [
    "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "本年度报告中所列数据统计时限为2023年1月1日至12月31日，如对本报告有疑问，请联系县政府办公室。",
    "本报告信息数据统计期限为：2023年1月1日—2023年12月31日。",
    "本报告所列数据的统计时间为 2023 年 1 月 1 日至 2023 年 12 月 31 日。",
])
def test_a_stated_statistics_period_sets_the_year_of_an_untitled_report(period):
    text = period + "\n一、总体情况\n2022年，我县政府门户网站更新政务动态信息1841条，发布政策文件36件。"
    _, found = run(text)
    assert [(line, span) for line, _, span in found] == [(3, "2022")]


@pytest.mark.parametrize("period", [
    "本报告所列数据统计期限为2022年7月1日至2023年6月30日。",  # a period that is no calendar year
    "本报告所列数据统计期限为2022年1月1日至2023年12月31日。",  # two years
    "",
])
def test_no_calendar_year_stated_no_year_to_hold_the_body_to(period):
    _, found = run(period + "\n一、总体情况\n2022年，共发布政务信息320条。")
    assert found == []


def test_a_year_in_a_quoted_title_does_not_make_the_paragraph_this_years():
    # 《××省2023年政务公开工作要点》 names a document; the paragraph's own year is still 2022.
    body = "根据《××省2023年政务公开工作要点》，持续推进政务公开。2022年，全镇累计发布政务动态56条。"
    _, found = run("××镇2023年政府信息公开工作年度报告\n一、总体情况\n" + body)
    assert [span for _, _, span in found] == ["2022"]
    _, found = run("××镇2023年政府信息公开工作年度报告\n一、总体情况\n" + body.replace("》，", "》，2023年"))
    assert found == []


def test_last_years_problems_and_a_comparison_stay_clean_in_an_information_disclosure_report():
    period = "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
    _, found = run(period + "五、存在的主要问题及改进情况\n2022年，我县存在栏目更新不及时的问题，已逐项整改。")
    assert found == []
    _, found = run(period + "一、总体情况\n2022年，全县收到申请28件，同比减少3件。")
    assert found == []


def test_an_opening_sentence_told_in_last_years_words_is_last_years():
    # 坚持…贯彻落实…决策部署: the verbs of a year's work; 部署 and 要求 here are nouns, no plan.
    text = ("××区司法局2024年法治政府建设年度报告\n一、主要举措和成效\n"
            "2023年，我局坚持以习近平法治思想为指导，认真贯彻落实上级决策部署和工作要求，全面履行法治政府建设职责。")
    _, found = run(text)
    assert [span for _, _, span in found] == ["2023"]
    _, found = run(text.replace("2023年，我局坚持", "2023年，我局将坚持"))
    assert found == []


def test_a_work_report_delivered_to_the_congress_tells_the_year_before():
    text = ("××镇人民政府2023年政府工作报告\n一、2022年工作回顾\n2022年，全镇实现财政总收入3.1亿元，办结信访事项86件。\n"
            "二、2023年工作安排\n2023年，我们将持续优化营商环境。")
    _, found = run(text)
    assert found == []
    # Its body opening on an older year still says which year the report is on.
    _, found = run(text.replace("2022年，全镇实现", "2021年，全镇实现"))
    assert [span for _, _, span in found] == ["2021"]


def test_a_work_report_delivered_in_december_tells_that_year():
    # Some congresses sit in December: the report tells the year it is delivered in.
    text = ("2022年××市人民法院工作报告\n2022年12月24日在××市第十一届人民代表大会第二次会议上\n"
            "一、2022年主要工作\n2021年，全市法院共受理各类案件8240件。")
    _, found = run(text)
    assert [span for _, _, span in found] == ["2021"]


@pytest.mark.parametrize("opening", [
    "2023年，我局", "2023年我局", "2023年通过政府网站", "2023年全县", "2023年依托政务公开专栏",
])
def test_last_years_opening_whatever_follows_the_year(opening):
    text = ("××县司法局2024年政府信息公开工作年度报告\n一、总体情况\n" + opening
            + "主动公开政府信息312条，办理依申请公开12件。")
    _, found = run(text)
    assert [span for _, _, span in found] == ["2023"]


@pytest.mark.parametrize("opening", [
    "2023年度", "2023年3月", "2023年以来，", "2023年底，", "2023年上半年，", "2023年是“八五”普法承上启下之年，",
    "2023年的", "2023年第四季度，", "2023年至今，",
])
def test_a_year_that_names_a_date_a_span_or_the_year_itself_is_no_opening(opening):
    text = ("××县司法局2024年政府信息公开工作年度报告\n一、总体情况\n" + opening
            + "主动公开政府信息312条，办理依申请公开12件。")
    _, found = run(text)
    assert found == []


@pytest.mark.parametrize("closing", [
    "2022年，本局未发生因政府信息公开工作引起的责任追究情况。",
    "2022年，市卫生健康局无责任追究情况。",
    "2022年，本街道未收到政府信息公开申请。",
])
def test_last_years_statement_that_nothing_happened_is_last_years(closing):
    # The sentence an information-disclosure report closes a part with, copied from last year's
    # report: a sentence of its own, also in a paragraph that names this year.
    period = "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
    _, found = run(period + "2023年，本局主动公开政府信息56条。" + closing)
    assert [span for _, _, span in found] == ["2022"]
    _, found = run(period + "本局成立政务公开领导小组。" + closing)
    assert [span for _, _, span in found] == ["2022"]
    # set against this year, last year is a comparison
    _, found = run(period + "2023年，本局未收到申请，与2022年相同。" + closing.replace("。", "，2023年亦未发生。"))
    assert found == []


def test_a_period_stated_as_the_datas_period_sets_the_year():
    text = ("现将市人社局2022年法治政府建设情况报告予以公开。本报告所列数据的期限为2022年1月1日至2022年12月31日。\n"
            "一、主要举措和成效\n2021年，市人社局坚持以习近平法治思想为指导，深入贯彻落实“一规划两纲要”，依法行政水平不断提升。")
    _, found = run(text)
    assert [span for _, _, span in found] == ["2021"]
    # a plan in the sentence (将, 要) still makes it no statement of work done
    _, found = run(text.replace("，深入贯彻落实", "，将深入贯彻落实"))
    assert found == []


def _stale(text):
    from lintlaw.checks.years import stale_year
    return [f.message.zh for f in stale_year(Document.from_text(text))]


@pytest.mark.parametrize("text, said", [
    ("2023年是“八五”普法规划实施的第二年。", "“八五”的期限是2021—2025年，2023年是其第三年，不是“第二年”"),
    ("2022年是“十四五”规划的开局之年。", "“十四五”的期限是2021—2025年，2022年是其第二年，不是“开局之年”"),
    ("2024年是“八五”普法规划的收官之年。", "“八五”的期限是2021—2025年，2024年是其第四年，不是“收官之年”"),
])
def test_a_year_set_in_the_wrong_year_of_a_five_year_plan(text, said):
    assert _stale(text) == [said]


@pytest.mark.parametrize("text", [
    "2021年是“十四五”规划的开局之年，也是“八五”普法的起步之年。",
    "2023年是“八五”普法规划实施的第三年，是承上启下的关键之年。",
    "1991年是八五计划的开局之年。",  # the economic plan of 1991—1995
])
def test_years_in_their_place_of_a_plan_are_left_alone(text):
    assert _stale(text) == []


def test_last_year_named_as_another_year_and_a_report_signed_before_its_year_was_over():
    report = "某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理复议案件12件，比上年（{last}年）增加3件。\n\n某县司法局\n{signed}"
    assert _stale(report.format(last=2022, signed="2024年1月15日")) == []
    found = _stale(report.format(last=2021, signed="2023年1月15日"))
    assert "报告年度为2023年，“上年”应是2022年，这里写的是2021年" in found
    assert any(m.startswith("报告写的是2023年的工作，落款日期却是2023年1月15日") for m in found)


def test_last_years_work_opened_with_its_year_and_a_comma_after_niandu():
    report = "某县2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我县主动公开信息1200条。\n{body}\n二、主动公开政府信息情况\n"
    assert any("成效部分却写2022年" in m for m in _stale(report.format(body="2022年度，共收到政府信息公开申请36件。")))
    assert _stale(report.format(body="2022年度报告已于2023年1月公开。")) == []


_DELIVERED = ("××区人民检察院工作报告\n——2024年1月9日在××区第十六届人民代表大会\n第四次会议上\n"
              "××区人民检察院检察长 ××\n各位代表：\n现在，我代表区人民检察院向大会报告工作，请予审议。\n")


def test_a_work_report_dated_under_its_title_is_on_the_year_its_date_says():
    # Delivered in January 2024, cut where the page's width ends: it tells 2023, whatever its
    # first sentence says.
    review = "一、2023年工作回顾\n2023年，全区检察机关共批准逮捕各类犯罪嫌疑人312人。\n"
    plan = "二、2024年工作安排\n2024年，我们将持续深化法律监督。"
    _, found = run(_DELIVERED + review + plan)
    assert found == []
    _, found = run(_DELIVERED + review.replace("一、2023年", "一、2022年") + plan)
    assert [span for _, _, span in found] == ["2022"]
    _, found = run(_DELIVERED + review + plan.replace("二、2024年", "二、2023年"))
    assert [span for _, _, span in found] == ["2023"]
    # A page that lost the title line shows the kind by the date line and 各位代表.
    untitled = _DELIVERED.split("\n", 1)[1]
    _, found = run(untitled + "2022年主要工作\n2023年，全区检察机关共批准逮捕各类犯罪嫌疑人312人。")
    assert [span for _, _, span in found] == ["2022"]


@pytest.mark.parametrize("opening, stale", [
    ("2022年是极不平凡的一年。我们坚持以习近平新时代中国特色社会主义思想为指导。", True),
    ("2022年，我们坚持稳中求进工作总基调。", True),
    ("2023年是全面贯彻党的二十大精神的开局之年。", False),
    ("一年来，我们坚持稳中求进工作总基调。", False),
])
def test_the_review_opens_with_the_year_it_tells(opening, stale):
    _, found = run(_DELIVERED + "过去一年的工作\n" + opening)
    assert [span for _, _, span in found] == (["2022"] if stale else [])


def test_a_five_year_review_may_open_with_an_earlier_year():
    _, found = run(_DELIVERED + "过去五年的工作\n2019年是全面建成小康社会的关键之年，我们坚持稳中求进。")
    assert found == []


def test_a_speech_dated_at_a_meeting_is_no_work_report():
    text = ("在全区政法工作会议上的讲话\n——2024年1月9日在全区政法工作会议上\n同志们：\n"
            "过去一年的工作\n2022年是极不平凡的一年，我们迎来了党的二十大。")
    _, found = run(text)
    assert found == []


def test_a_disclosure_report_titled_as_an_annual_return_states_its_year():
    # 政府信息公开年报, the disclosure report's short name, is a report's title like 年度报告.
    text = ("2022年某县卫生健康委员会信息公开年报\n一、总体情况\n（一）主动公开情况\n"
            "2021年，县政府门户网站共发布卫生健康信息493条。")
    _, found = run(text)
    assert [span for _, _, span in found] == ["2021"]
    _, found = run(text.replace("2021年，县政府", "2022年，县政府"))
    assert found == []
