"""--format sarif: valid SARIF 2.1.0 (checked against the schema kept in tests/data), stable ids and fingerprints."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

DATA = Path(__file__).parent / "data"
PLUGIN = DATA / "testplugin"
SCHEMA = json.loads((DATA / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def _sarif(*args, cwd, expect=(0, 1)):
    env = dict(os.environ, PYTHONPATH=str(PLUGIN))
    run = subprocess.run([sys.executable, "-m", "lintlaw", "--select", "TT", "--format", "sarif", *args],
                         cwd=cwd, env=env, capture_output=True, timeout=120)
    assert run.returncode in expect, run.stderr.decode()
    return (json.loads(run.stdout.decode("utf-8")) if run.stdout else None), run


def _validate(log):
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


REPORT = ("2023年法治政府建设情况报告\n"
          "一、主要举措,成效完成\n"
          "截止到12月,共办理案件6件。\n"
          "一、主要举措,成效完成\n")


@pytest.fixture
def reports(tmp_path):
    (tmp_path / "报告").mkdir()
    (tmp_path / "报告" / "2023年 区司法局.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "clean.txt").write_text("全面推进依法行政。\n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK")
    return tmp_path


def test_sarif_output_validates_against_the_schema(reports):
    log, _ = _sarif("报告", "clean.txt", cwd=reports)
    _validate(log)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["name"] == "lintlaw"
    assert run["invocations"][0]["executionSuccessful"] is True


def test_rules_carry_their_help_and_results_point_at_them(reports):
    log, _ = _sarif("报告", cwd=reports)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    by_id = {r["id"]: r for r in rules}
    assert by_id["TT901"]["name"] == "test-halfwidth-comma"
    assert by_id["TT901"]["shortDescription"]["text"] == "半角逗号"
    assert "lintlaw test rule." in by_id["TT901"]["help"]["text"]
    assert by_id["TT901"]["defaultConfiguration"]["level"] == "error"
    assert by_id["TT904"]["defaultConfiguration"]["level"] == "note"
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert {r["ruleId"] for r in run["results"]} == {"TT901", "TT904", "TT905", "TT907"}


def test_regions_are_code_points_with_an_exclusive_end(reports):
    log, _ = _sarif("报告", cwd=reports)
    results = log["runs"][0]["results"]
    comma = next(r for r in results if r["ruleId"] == "TT901")
    region = comma["locations"][0]["physicalLocation"]["region"]
    # "一、主要举措,成效完成": the comma is the 7th code point of line 2.
    assert region == {"startLine": 2, "startColumn": 7, "endLine": 2, "endColumn": 8}
    unfinished = next(r for r in results if r["ruleId"] == "TT905")
    assert unfinished["locations"][0]["physicalLocation"]["region"]["startColumn"] == 10
    # Its fix is an insertion: an empty deleted region.
    replacement = unfinished["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"]["startColumn"] == replacement["deletedRegion"]["endColumn"] == 12
    assert replacement["insertedContent"]["text"] == "。"


def test_uris_are_relative_to_the_source_root_and_percent_encoded(reports):
    log, _ = _sarif("报告", cwd=reports)
    run = log["runs"][0]
    location = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location["uriBaseId"] == "%SRCROOT%"
    assert location["uri"] == "%E6%8A%A5%E5%91%8A/2023%E5%B9%B4%20%E5%8C%BA%E5%8F%B8%E6%B3%95%E5%B1%80.txt"
    root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert root.startswith("file://") and root.endswith("/")


def test_related_locations_point_at_the_first_copy(reports):
    log, _ = _sarif("报告", cwd=reports)
    repeat = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "TT907")
    assert repeat["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    related = repeat["relatedLocations"][0]
    assert related["physicalLocation"]["region"]["startLine"] == 2
    assert related["message"]["text"] == "第一次出现"


def test_fingerprints_survive_lines_moving(reports):
    path = reports / "报告" / "2023年 区司法局.txt"
    before, _ = _sarif("报告", cwd=reports)
    path.write_text("\n新增的一段说明文字。\n\n" + REPORT, encoding="utf-8")
    after, _ = _sarif("报告", cwd=reports)

    def prints(log):
        return sorted((r["ruleId"], r["partialFingerprints"]["lintlaw/v1"]) for r in log["runs"][0]["results"])

    assert prints(before) == prints(after)
    lines = {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after["runs"][0]["results"]}
    assert min(lines) == 5  # the findings did move
    assert len({r["partialFingerprints"]["lintlaw/v1"] for r in after["runs"][0]["results"]}) == len(prints(after))


def test_unreadable_files_are_tool_notifications(reports):
    log, run = _sarif("clean.txt", "binary.txt", cwd=reports, expect=(2,))
    _validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    note = invocation["toolExecutionNotifications"][0]
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "binary.txt"
    assert "二进制" in note["message"]["text"]  # the run's language: Chinese by default


def test_output_file_gets_the_same_log(reports):
    printed, _ = _sarif("报告", cwd=reports)
    _, run = _sarif("报告", "--output", "out/lintlaw.sarif", cwd=reports)
    assert run.stdout == b""
    written = json.loads((reports / "out" / "lintlaw.sarif").read_text(encoding="utf-8"))
    _validate(written)
    assert written["runs"][0]["results"] == printed["runs"][0]["results"]


def test_english_rule_help(reports):
    log, _ = _sarif("报告", "--lang", "en", cwd=reports)
    by_id = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert by_id["TT901"]["shortDescription"]["text"] == "half-width comma"
    assert "Flagged" not in by_id["TT901"]["help"]["markdown"]  # test rules have no examples
