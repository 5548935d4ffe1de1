"""stale-year (LL306): years that do not fit the report's year, and relative time words."""
from __future__ import annotations

import pathlib

import pytest

from lintlaw.document import Document
from lintlaw.registry import registry
from lintlaw.source import read

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
    ("本年度共审查合同30份。", "本年度"),
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
