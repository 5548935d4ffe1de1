"""One defect, one finding (lintlaw.claims): a rule claims the text of its finding, and the
runner drops what other rules find inside it, with --select/--ignore and over a --jobs split."""
from __future__ import annotations

import os

import pytest

from lintlaw import claims, parallel
from lintlaw.finding import Finding
from lintlaw.registry import registry, rule
from lintlaw.runner import LintOptions, Selection, lint_file, lint_source
from lintlaw.readers import from_bytes

SETTINGS = {"profile": "none", "profiles": {}}

BLOCK = (
    "一、加强组织领导，全面落实责任\n"
    "区城管委高度重视普法工作，积极开展普法宣传，共开展宣传活动5大类126项，其中法治讲座10项、"
    "主题宣传118项、专项培训4项、知识竞赛2项、现场咨询4项。\n"
    "二是完善制度建设。区城管委作为作为五个执法部门之一，健全重大行政决策程序，全年审查合同30份。\n"
)
# A block pasted twice: its sum and its doubled word were reported at the original.
PASTED = BLOCK + "二、存在问题\n执法力量不足，执法保障薄弱。\n" + BLOCK
# A chrome line typed twice inside the page header.
CHROME = (
    "更多>>信息公告\n- ·关于印发《2024年全市守法普法工作要点》的通知\n某区城管委“八五”普法中期工作总结\n"
    "发布时间：2024-01-24 15:52 浏览次数：356\n发布时间：2024-01-24 15:52 浏览次数：356\n"
    "“八五”普法实施以来，区城管委结合工作实际，扎实开展普法宣传教育。\n"
)
# A heading that lost its "（三": one stray ")" at the start of a line.
STRAY = (
    "二、存在的不足及原因\n（一）执法体制机制不顺。派驻镇街的执法人员接受双重管理。\n"
    "（二）执法督查力度不够。各街镇执法能力和水平有所差异。\n"
    "）执法联动保障不足。城市管理行政执法受制于执法保障薄弱。\n"
)


def lint(text, select=None, ignore=(), jobs=1):
    selection = Selection(select=select, ignore=tuple(ignore))
    options = LintOptions(selection=selection, profile="none", jobs=jobs)
    result = lint_file(os.path.join(os.getcwd(), "report.txt"), options, data=text.encode("utf-8"),
                       display_path="report.txt")
    assert not result.errors
    return [(d.rule, d.line) for d in result.diagnostics]


def test_a_sum_and_a_doubled_word_in_a_pasted_copy_are_reported_once():
    found = lint(PASTED)
    assert ("duplicate-paragraph", 6) in found
    assert [line for r, line in found if r == "sum-mismatch"] == [2]
    assert [line for r, line in found if r == "doubled-word"] == [3]


def test_a_chrome_line_typed_twice_is_web_residue_only():
    found = lint(CHROME)
    assert [r for r, _ in found] == ["web-residue"]


def test_a_stray_closing_bracket_of_a_lost_heading_number_is_heading_numbering_only():
    found = lint(STRAY)
    assert found == [("heading-numbering", 4)]


def test_a_claim_counts_only_when_its_rule_is_selected():
    # Without duplicate-paragraph, the copy's sum is a defect of its own again.
    assert [line for r, line in lint(PASTED, ignore=["duplicate-paragraph"]) if r == "sum-mismatch"] == [2, 7]
    assert lint(CHROME, select=["duplicate-paragraph"]) == [("duplicate-paragraph", 5)]
    assert lint(STRAY, select=["unbalanced-bracket"]) == [("unbalanced-bracket", 4)]
    assert lint(STRAY, select=["LL1", "LL4"]) == [("heading-numbering", 4)]


@pytest.mark.skipif(not parallel.can_fork(), reason="the split needs fork (Linux)")
def test_claims_hold_when_one_file_s_rules_are_split_over_two_processes(monkeypatch):
    monkeypatch.setattr(parallel, "MIN_CHARS", 100)
    calls = []
    real = parallel.run_split
    monkeypatch.setattr(parallel, "run_split", lambda *a, **k: calls.append(1) or real(*a, **k))
    # sum-mismatch (numbers) runs in the child, duplicate-paragraph here: the claim crosses.
    source = from_bytes(PASTED.encode("utf-8"), "report.txt")
    two = lint_source(source, registry().rules, SETTINGS, "zh", jobs=2)
    one = lint_source(source, registry().rules, SETTINGS, "zh", jobs=1)
    assert calls == [1]
    assert two.diagnostics == one.diagnostics
    assert [d.line for d in two.diagnostics if d.rule == "sum-mismatch"] == [2]


# -- the policy itself, on made-up rules -------------------------------------------------

def _rule(name, code, spans, precedence=0, claim=False, spans_text=True, outlives=()):
    def check(doc):
        for start, end in spans:
            yield Finding(start, end, name, claims=((start, end),) if claim else (), outlives=outlives)

    return rule(code=code, name=name, severity="warning", summary=name, why=name,
                precedence=precedence, spans_text=spans_text)(check)


def _kept(*rules):
    from lintlaw.document import Document
    from lintlaw.runner import run_rules

    found, _ = run_rules(Document.from_text("x" * 100), rules)
    return sorted((r.name, f.start, f.end) for r, f in found)


def test_a_finding_inside_another_rule_s_claim_is_dropped_and_one_astride_it_is_kept():
    wide = _rule("wide", "LL901", [(10, 50)], claim=True)
    other = _rule("other", "LL902", [(20, 30), (45, 55), (10, 50)])
    assert _kept(wide, other) == [("other", 45, 55), ("wide", 10, 50)]


def test_the_same_text_claimed_twice_goes_to_the_higher_precedence():
    specific = _rule("specific", "LL901", [(5, 6)], precedence=40, claim=True)
    general = _rule("general", "LL902", [(5, 6)], precedence=0, claim=True)
    assert _kept(specific, general) == [("specific", 5, 6)]
    assert _kept(general, specific) == [("specific", 5, 6)]


def test_a_narrower_claim_of_a_higher_rule_does_not_survive_a_wider_claim():
    block = _rule("block", "LL901", [(0, 40)], precedence=20, claim=True)
    marker = _rule("marker", "LL902", [(5, 6)], precedence=40, claim=True)
    assert _kept(block, marker) == [("block", 0, 40)]


def test_a_rule_about_the_whole_document_is_never_silenced():
    block = _rule("block", "LL901", [(0, 40)], claim=True)
    document = _rule("document", "LL902", [(0, 0)], spans_text=False)
    assert _kept(block, document) == [("block", 0, 40), ("document", 0, 0)]


def test_a_finding_that_outlives_a_claim_is_reported_inside_it_and_only_that_claim():
    residue = _rule("residue", "LL901", [(0, 40)], claim=True)
    copy = _rule("copy", "LL903", [(0, 60)], claim=True)
    date = _rule("date", "LL902", [(5, 15)], outlives=("residue",))
    assert _kept(residue, date) == [("date", 5, 15), ("residue", 0, 40)]
    assert ("date", 5, 15) not in _kept(residue, copy, date)


def test_an_impossible_date_on_a_page_s_metadata_line_is_reported_beside_the_residue():
    text = "××区2023年法治政府建设情况报告\n发布日期：2024-02-30　来源：区司法局\n2023年，我区扎实推进法治政府建设。\n"
    assert {("web-residue", 2), ("malformed-date", 2)} <= set(lint(text))
    # A date written as a run of digits inside a file name of page chrome is the chrome's, not reported.
    chrome = "《2023年某镇政府工作报告(20240127).docx》由会员分享，可在线阅读，更多相关文档请在文库上搜索。\n"
    assert ("malformed-date", 1) not in set(lint(chrome + text))


def test_claims_of_one_rule_are_joined():
    starts, ends = claims._merged([(10, 20), (0, 5), (15, 30), (30, 31)])
    assert (starts, ends) == ([0, 10], [5, 31])


def test_the_precedence_is_documented_by_explain():
    from lintlaw.explain import explain

    lines = []
    explain(registry().get("web-residue"), "zh", lines.append)
    assert any(line.startswith("认领：") for line in lines) and "优先级：30" in lines
    lines = []
    explain(registry().get("duplicate-paragraph"), "en", lines.append)
    assert any(line.startswith("claims: ") for line in lines) and "precedence: 20" in lines


@pytest.mark.skipif(not parallel.can_fork(), reason="the split needs fork (Linux)")
def test_the_claim_of_a_silenced_finding_still_counts_across_a_split(monkeypatch):
    # Each half weighs its own findings before it places them: "inner" (here) lies in
    # what "outer" (here) claims and is dropped, but the other span it claims still
    # silences what "deep" found there in the child, as in one process.
    monkeypatch.setattr(parallel, "MIN_CHARS", 100)

    def inner_check(doc):
        yield Finding(20, 30, "inner", claims=((20, 30), (52, 60)))

    outer = _rule("outer", "LL201", [(10, 50)], claim=True)
    inner = rule(code="LL202", name="inner", severity="warning", summary="inner", why="inner")(inner_check)
    deep = _rule("deep", "LL301", [(53, 58), (70, 80)])
    source = from_bytes(("x" * 200).encode("utf-8"), "report.txt")
    rules = [outer, inner, deep]
    two = lint_source(source, rules, SETTINGS, "zh", jobs=2)
    one = lint_source(source, rules, SETTINGS, "zh", jobs=1)
    assert [(d.rule, d.start, d.end) for d in two.diagnostics] == [("outer", 10, 50), ("deep", 70, 80)]
    assert two.diagnostics == one.diagnostics
