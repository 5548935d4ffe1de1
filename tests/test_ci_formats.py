"""--format github (workflow commands + step summary) and --format gitlab (Code Quality), --output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lintlaw.report.github import escape_data, escape_property

PLUGIN = Path(__file__).parent / "data" / "testplugin"


def _run(*args, cwd, env=None, select="TT"):
    full_env = dict(os.environ, PYTHONPATH=str(PLUGIN))
    full_env.pop("GITHUB_STEP_SUMMARY", None)
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "lintlaw", "--select", select, *args], cwd=cwd, env=full_env,
                          capture_output=True, timeout=120)


# -- GitHub ---------------------------------------------------------------------------

def test_workflow_command_escaping():
    assert escape_data("100%完成\r\n第二行") == "100%25完成%0D%0A第二行"
    assert escape_property("报告,2023:终稿.txt") == "报告%2C2023%3A终稿.txt"
    assert escape_property("a%b\nc") == "a%25b%0Ac"


@pytest.fixture
def many(tmp_path):
    # 12 errors (half-width commas), 12 infos (截止到) and 1 warning, in two files.
    lines = "".join(f"截止到{month}月,共办理。\n" for month in range(1, 7))
    (tmp_path / "a.txt").write_text(lines, encoding="utf-8")
    (tmp_path / "b,c:d.txt").write_text(lines + "甲，，乙。\n", encoding="utf-8")
    return tmp_path


def test_github_annotations_most_severe_first(many):
    run = _run("--format", "github", "a.txt", "b,c:d.txt", cwd=many)
    assert run.returncode == 1
    lines = run.stdout.decode("utf-8").splitlines()
    commands = [line for line in lines if line.startswith("::")]
    kinds = [c[2:c.index(" ")] for c in commands]
    assert kinds == ["error"] * 12 + ["warning"] + ["notice"] * 12
    assert commands[0] == ("::error file=a.txt,line=1,endLine=1,col=6,endColumn=6,"
                           "title=TT901 test-halfwidth-comma::中文后用了半角逗号%0A改为“，”")
    # Within a severity, file order then line order is kept.
    files = [c.split("file=")[1].split(",")[0] for c in commands if c.startswith("::error")]
    assert files == ["a.txt"] * 6 + ["b%2Cc%3Ad.txt"] * 6
    assert commands[12].startswith("::warning file=b%2Cc%3Ad.txt,line=7,endLine=7,col=2,endColumn=3,")
    # More than GitHub shows: say so, in a plain log line.
    assert any("只显示前 10 个" in line for line in lines if not line.startswith("::"))


def test_github_step_summary_lists_every_finding(many):
    summary = many / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    run = _run("--format", "github", "--lang", "en", "a.txt", "b,c:d.txt", cwd=many,
               env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert run.returncode == 1
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# earlier step\n\n## lintlaw results")  # appended, not overwritten
    rows = [line for line in text.splitlines() if line.startswith("| ") and "`TT9" in line]
    assert len(rows) == 25
    assert rows[0] == "| a.txt | 1 | 6 | `TT901` test-halfwidth-comma | error | half-width comma after Chinese |"
    assert "25 findings." in text


def test_github_summary_escapes_table_cells(tmp_path):
    from lintlaw.report import Context, RunResult
    from lintlaw.report.github import summary_markdown
    from lintlaw.runner import Diagnostic, FileResult

    d = Diagnostic(path="x|y.txt", line=1, column=1, end_line=1, end_column=1, code="LL1", rule="r",
                   severity="error", message="a|b\nc")
    text = summary_markdown(RunResult([FileResult("x|y.txt", [d])]), "zh")
    assert "| x\\|y.txt | 1 | 1 | `LL1` r | 错误 | a\\|b<br>c |" in text
    assert summary_markdown(RunResult([FileResult("x|y.txt", [d] * 100)]), "en", limit=2000).count("\n| x") < 100


def test_github_without_findings_writes_a_clean_summary(tmp_path):
    (tmp_path / "ok.txt").write_text("全面推进依法行政。\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    run = _run("--format", "github", "ok.txt", cwd=tmp_path, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert run.returncode == 0 and run.stdout == b""
    assert "未发现问题" in summary.read_text(encoding="utf-8")


def test_github_reports_unreadable_files(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"\x00\x01binary")
    run = _run("--format", "github", "x.txt", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stdout.decode().startswith("::error file=x.txt,title=lintlaw::不是文本文件")


# -- GitLab ---------------------------------------------------------------------------

def test_gitlab_code_quality_report(many):
    run = _run("--format", "gitlab", "a.txt", "b,c:d.txt", cwd=many)
    assert run.returncode == 1
    issues = json.loads(run.stdout.decode("utf-8"))
    assert isinstance(issues, list) and len(issues) == 25
    for issue in issues:
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert set(issue["location"]) == {"path", "lines"} and issue["location"]["lines"]["begin"] >= 1
    assert len({i["fingerprint"] for i in issues}) == 25
    assert [i["check_name"] for i in issues[:2]] == ["TT904", "TT901"]  # document order
    first = issues[1]
    assert first["severity"] == "major"
    assert first["description"] == "[test-halfwidth-comma] 中文后用了半角逗号 改为“，”"
    assert first["location"] == {"path": "a.txt", "lines": {"begin": 1, "end": 1}}
    assert {i["severity"] for i in issues} == {"major", "minor", "info"}
    assert issues[-1]["location"]["path"] == "b,c:d.txt"


def test_gitlab_fingerprints_tell_identical_findings_apart(tmp_path):
    (tmp_path / "a.txt").write_text("甲,乙。\n甲,乙。\n", encoding="utf-8")
    issues = json.loads(_run("--format", "gitlab", "a.txt", cwd=tmp_path, select="TT901").stdout)
    assert len(issues) == 2 and issues[0]["fingerprint"] != issues[1]["fingerprint"]


def test_gitlab_paths_are_repository_relative_and_fingerprints_stable(many):
    sub = many / "reports"
    sub.mkdir()
    (many / "a.txt").rename(sub / "a.txt")
    first = json.loads(_run("--format", "gitlab", str(sub / "a.txt"), cwd=many).stdout)
    assert {i["location"]["path"] for i in first} == {"reports/a.txt"}
    (sub / "a.txt").write_text("新增一段。\n" + (sub / "a.txt").read_text(encoding="utf-8"), encoding="utf-8")
    second = json.loads(_run("--format", "gitlab", "reports/a.txt", cwd=many).stdout)
    assert sorted(i["fingerprint"] for i in first) == sorted(i["fingerprint"] for i in second)
    assert {i["location"]["lines"]["begin"] for i in second} == set(range(2, 8))


def test_gitlab_report_to_a_file(many):
    run = _run("--format", "gitlab", "--output", "gl-code-quality-report.json", "a.txt", cwd=many)
    assert run.returncode == 1 and run.stdout == b""
    issues = json.loads((many / "gl-code-quality-report.json").read_text(encoding="utf-8"))
    assert len(issues) == 12


def test_output_to_an_unwritable_place_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("甲,乙。\n", encoding="utf-8")
    run = _run("--output", "a.txt/report.txt", "a.txt", cwd=tmp_path)
    assert run.returncode == 2 and "无法写入报告".encode() in run.stderr
