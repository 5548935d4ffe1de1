"""Every output format shows a pasted copy once, pointing at the original, and never the
defects inside the copy again (issue 15 item 7; the policy itself is lintlaw/claims.py)."""
import json

import pytest


@pytest.fixture
def pasted(seed_path):
    return seed_path("004")  # lines 47-72 repeat lines 21-46, a wrong total and a doubled word in both


def _inside_copy(line):
    return 47 <= line <= 72


def test_json_and_concise_report_the_copy_once(run_cli, pasted):
    _, out, _ = run_cli("--format", "json", pasted)
    findings = json.loads(out)["findings"]
    inside = [f for f in findings if _inside_copy(f["line"])]
    assert [(f["rule"], f["line"], f["end_line"]) for f in inside] == [("duplicate-paragraph", 47, 72)]
    assert inside[0]["related"][0]["line"] == 21
    # The originals of the defects the copy repeats are still reported, once.
    assert sum(f["rule"] == "sum-mismatch" for f in findings) == 1
    assert sum(f["rule"] == "doubled-word" for f in findings) == 1
    _, out, _ = run_cli("--format", "concise", pasted)
    assert [l for l in out.splitlines() if ":47:" in l or any(f":{n}:" in l for n in range(48, 73))] == [
        l for l in out.splitlines() if "[duplicate-paragraph]" in l]


def test_sarif_points_at_the_original(run_cli, pasted):
    _, out, _ = run_cli("--format", "sarif", pasted)
    results = json.loads(out)["runs"][0]["results"]
    inside = [r for r in results if _inside_copy(r["locations"][0]["physicalLocation"]["region"]["startLine"])]
    assert len(inside) == 1 and inside[0]["ruleId"] == "LL201"
    assert inside[0]["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 21


def test_github_and_gitlab_name_the_original_in_the_text(run_cli, pasted):
    _, out, _ = run_cli("--format", "github", pasted)
    copies = [l for l in out.splitlines() if "line=47," in l]
    assert len(copies) == 1 and "LL201" in copies[0] and "参见第 21 行第 1 列" in copies[0]
    assert not any(f"line={n}," in out for n in range(48, 73))
    _, out, _ = run_cli("--format", "gitlab", "--lang", "en", pasted)
    issues = json.loads(out)
    inside = [i for i in issues if _inside_copy(i["location"]["lines"]["begin"])]
    assert len(inside) == 1 and "see line 21, column 1" in inside[0]["description"]


def test_rich_shows_the_related_place(run_cli, pasted):
    _, out, _ = run_cli("--format", "rich", "--no-color", pasted)
    block = out[out.index("[duplicate-paragraph]"):]
    assert "参见" in block.split("\n\n")[0] and ":21:1" in block.split("\n\n")[0]
