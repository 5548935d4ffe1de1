"""Documents in traditional characters: the rules that read simplified Chinese stay out."""
import json
import os

import pytest

from lintlaw.readers import from_text
from lintlaw.registry import registry
from lintlaw.runner import lint_source
from lintlaw.script import is_traditional

SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
SETTINGS = {"profile": "auto", "profiles": {}}

# A mirror page in traditional characters: every one of these findings was a false alarm
# (法治建設 read as a dropped 设, 市+市場 as a doubled 市, 尊法學法守法用法 as a misquote).
TRADITIONAL_REPORT = (
    "泰安市市場監督管理局2023年法治政府建設工作報告\n"
    "2023年，我局堅持以習近平法治思想為指導，深入推進法治政府建設，全面落實行政執法三項制度，"
    "各項工作取得明顯成效。現將有關情況報告如下。\n"
    "一、加強組織領導，履行法治建設第一責任人職責\n"
    "局黨組高度重視法治政府建設工作，全年召開黨組會議專題研究法治建設工作4次。\n"
    "二、嚴格規範公正文明執法\n"
    "全年共辦理行政處罰案件120件，罰沒款56.2萬元。深入開展尊法學法守法用法活動。\n"
)
SIMPLIFIED_FORMS = (
    "泰安市市场监督管理局2023年法治政府建设工作报告\n"
    "2023年，我局坚持以习近平法治思想为指导，深入推进法治政府建设，全面落实行政执法三项制度，"
    "各项工作取得明显成效。现将有关情况报告如下。\n"
)


def _seed_texts():
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            with open(os.path.join(SEEDS, name), encoding="utf-8") as handle:
                yield name, handle.read()


def test_traditional_text_is_recognised():
    assert is_traditional(TRADITIONAL_REPORT)
    assert not is_traditional(SIMPLIFIED_FORMS * 3)


@pytest.mark.parametrize("name,text", list(_seed_texts()))
def test_the_seeds_are_simplified(name, text):
    assert not is_traditional(text)


def test_a_simplified_report_quoting_traditional_names_stays_simplified():
    quoted = "我市与香港特別行政區律師會、澳門律師公會簽訂合作協議，共同舉辦兩岸四地法律論壇。\n"
    assert not is_traditional(quoted + SIMPLIFIED_FORMS * 20)
    assert not is_traditional("報告")  # too little evidence either way


def _rules_with_findings(text):
    result = lint_source(from_text(text, "r.txt"), registry().rules, SETTINGS, "zh")
    return {d.rule for d in result.diagnostics}, result


def test_simplified_rules_are_left_out_of_a_traditional_document_with_a_note():
    found, result = _rules_with_findings(TRADITIONAL_REPORT)
    simplified = {r.name for r in registry().rules if r.script == "simplified"}
    assert {"typo", "dropped-character", "doubled-word", "formulation"} <= simplified
    assert not found & simplified
    assert not set(result.rules) & simplified  # a baseline does not read them as fixed
    assert any("繁体字" in note for note in result.notes)


def test_the_same_slips_in_simplified_text_are_still_reported():
    text = ("在市委、政府的坚强领导下，全县县上下深入学习贯彻习近平法制思想，"
            "研究制定全区法治政府建设总休方案。\n")
    found, result = _rules_with_findings(text)
    assert {"dropped-character", "doubled-word", "formulation", "typo"} <= found
    assert not any("繁体字" in note for note in result.notes)


def test_the_cli_says_which_rules_it_left_out(run_cli, tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TRADITIONAL_REPORT, encoding="utf-8")
    code, out, err = run_cli("--format", "json", str(path))
    assert json.loads(out)["findings"] == [] and code == 0
    assert "文档以繁体字书写" in err and "dropped-character" in err
    code, out, err = run_cli("--lang", "en", str(path))
    assert "traditional characters" in err


def test_explain_names_the_script(run_cli):
    code, out, _ = run_cli("--explain", "typo")
    assert code == 0 and "繁体字文档不运行此规则" in out
