"""--write-baseline / --baseline: adopt lintlaw without fixing history, and see only new findings."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lintlaw.baseline import Baseline, BaselineError, context_of
from lintlaw.document import Document

PLUGIN = Path(__file__).parent / "data" / "testplugin"

OLD_REPORT = ("2021年法治政府建设情况报告\n"
              "一、主要举措,成效\n"
              "截止到12月,共办理案件6件。\n")


def _run(*args, cwd):
    env = dict(os.environ, PYTHONPATH=str(PLUGIN), NO_COLOR="1")
    run = subprocess.run([sys.executable, "-m", "lintlaw", "--select", "TT901,TT904", "--format", "concise", *args],
                         cwd=cwd, env=env, capture_output=True, timeout=120)
    return run.returncode, run.stdout.decode("utf-8"), run.stderr.decode("utf-8")


@pytest.fixture
def repo(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "2021.txt").write_text(OLD_REPORT, encoding="utf-8")
    (tmp_path / "reports" / "2022.txt").write_text("今年,我局全面推进依法行政。\n", encoding="utf-8")
    code, out, err = _run("--write-baseline", "lintlaw-baseline.json", "reports", cwd=tmp_path)
    assert code == 0 and out == "", err
    assert "已将 4 个问题记入基线 lintlaw-baseline.json" in err
    return tmp_path


def test_the_baseline_file_is_readable_json_one_finding_a_line(repo):
    text = (repo / "lintlaw-baseline.json").read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["tool"] == "lintlaw" and data["version"] == 1
    lines = [line for line in text.splitlines() if line.strip().startswith('{"path"')]
    assert len(lines) == len(data["findings"]) == 4
    first = data["findings"][0]
    assert first == {"path": "reports/2021.txt", "rule": "test-halfwidth-comma", "code": "TT901",
                     "context": "一、主要举措«，»成效", "occurrence": 0, "line": 2}


def test_with_the_baseline_nothing_old_is_reported(repo):
    code, out, err = _run("--baseline", "lintlaw-baseline.json", "reports", cwd=repo)
    assert (code, out) == (0, "")
    assert "已记录的 4 个问题未显示" in err


def test_findings_survive_lines_moving_and_reindenting(repo):
    path = repo / "reports" / "2021.txt"
    moved = "\n\n新增的说明。\n" + OLD_REPORT.replace("一、主要举措,成效", "　　一、主要举措 ,成效").replace("\n", "\r\n")
    path.write_text(moved, encoding="utf-8", newline="")
    code, out, _ = _run("--baseline", "lintlaw-baseline.json", "reports", cwd=repo)
    assert (code, out) == (0, "")


def test_only_new_findings_are_reported_and_fail_the_run(repo):
    path = repo / "reports" / "2022.txt"
    path.write_text("今年,我局全面推进依法行政。\n新的一段,写错了。\n", encoding="utf-8")
    code, out, _ = _run("--baseline", "lintlaw-baseline.json", "reports", cwd=repo)
    assert code == 1
    assert out == "reports/2022.txt:2:5: TT901 [test-halfwidth-comma] 中文后用了半角逗号\n"


def test_a_second_identical_occurrence_is_new(repo):
    path = repo / "reports" / "2022.txt"
    path.write_text("今年,我局全面推进依法行政。\n今年,我局全面推进依法行政。\n", encoding="utf-8")
    code, out, _ = _run("--baseline", "lintlaw-baseline.json", "reports", cwd=repo)
    assert code == 1 and out == "reports/2022.txt:2:3: TT901 [test-halfwidth-comma] 中文后用了半角逗号\n"


def test_entries_that_no_longer_occur_are_listed(repo):
    (repo / "reports" / "2021.txt").write_text(OLD_REPORT.replace("举措,", "举措，"), encoding="utf-8")
    (repo / "reports" / "2022.txt").unlink()
    code, out, err = _run("--baseline", "lintlaw-baseline.json", "reports", cwd=repo)
    assert (code, out) == (0, "")
    assert "2 条记录已不再出现" in err
    assert "reports/2021.txt: TT901 [test-halfwidth-comma] 一、主要举措«，»成效" in err
    assert "reports/2022.txt: TT901 [test-halfwidth-comma] 今年«，»我局全面推进依法行政。" in err


def test_files_not_linted_in_this_run_say_nothing_about_their_entries(repo):
    code, out, err = _run("--baseline", "lintlaw-baseline.json", "reports/2022.txt", cwd=repo)
    assert (code, out) == (0, "")
    assert "不再出现" not in err


def test_rules_not_run_say_nothing_about_their_entries(repo):
    env = dict(os.environ, PYTHONPATH=str(PLUGIN))
    run = subprocess.run([sys.executable, "-m", "lintlaw", "--select", "TT901", "--baseline", "lintlaw-baseline.json",
                          "--lang", "en", "reports"], cwd=repo, env=env, capture_output=True, timeout=120)
    assert run.returncode == 0 and b"no longer occur" not in run.stderr


def test_paths_are_relative_to_the_baseline_file_not_the_working_folder(repo):
    code, out, _ = _run("--baseline", "../lintlaw-baseline.json", ".", cwd=repo / "reports")
    assert (code, out) == (0, "")


def test_bad_baselines_and_option_clashes_exit_2(repo):
    code, _, err = _run("--baseline", "missing.json", "reports", cwd=repo)
    assert code == 2 and "baseline file not found" in err
    (repo / "bad.json").write_text("{not json", encoding="utf-8")
    code, _, err = _run("--baseline", "bad.json", "reports", cwd=repo)
    assert code == 2 and "not a lintlaw baseline" in err
    (repo / "other.json").write_text('{"findings": []}', encoding="utf-8")
    code, _, err = _run("--baseline", "other.json", "reports", cwd=repo)
    assert code == 2 and "not a lintlaw baseline" in err
    code, _, err = _run("--baseline", "lintlaw-baseline.json", "--write-baseline", "x.json", "reports", cwd=repo)
    assert code == 2 and "不能同时使用" in err


def test_load_rejects_entries_without_their_fields(tmp_path):
    path = tmp_path / "b.json"
    path.write_text('{"tool": "lintlaw", "version": 1, "findings": [{"path": "a.txt"}]}', encoding="utf-8")
    with pytest.raises(BaselineError, match="finding 1 lacks"):
        Baseline.load(str(path))


def test_context_is_normalized_and_bounded():
    doc = Document.from_text("前文　　一、主要举措 , 成效\n下一行")
    i = doc.text.index(",")
    assert context_of(doc, i, i + 1) == "前文一、主要举措«，»成效"  # widths folded, spaces gone, one line only
    long_doc = Document.from_text("甲" * 30 + "乙" * 200 + "丙" * 30)
    context = context_of(long_doc, 30, 230)
    assert context.startswith("甲" * 12 + "«" + "乙" * 20 + "…" + "乙" * 20 + "#")
    assert context.endswith("»" + "丙" * 12)


def _reference_context(doc, start, end):
    """context_of as it was before its search was bounded: the fingerprints it gave must stay."""
    from lintlaw.baseline import CONTEXT_CHARS, SPAN_CHARS, _normalize

    text, folded = doc.text, doc.folded
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    window = CONTEXT_CHARS * 4
    before = _normalize(folded[max(line_start, start - window):start])[-CONTEXT_CHARS:]
    after = _normalize(folded[end:max(end, min(line_end, end + window))])[:CONTEXT_CHARS]
    span = _normalize(folded[start:end])
    if len(span) > SPAN_CHARS:
        digest = hashlib.sha1(span.encode("utf-8")).hexdigest()[:10]
        span = f"{span[:SPAN_CHARS // 2]}…{span[-SPAN_CHARS // 2:]}#{digest}"
    return f"{before}«{span}»{after}"


def test_context_is_the_same_as_before_its_search_was_bounded():
    # Every span of a text with short and long lines, white space of every kind, line
    # ends at every distance from the span: fingerprints of old baselines still match.
    text = ("一、主要举措,成效\n" + "截止到12月,共办理　案件6件。 " * 7 + "\n\n"
            + "甲\u3000乙 丙\t丁" * 9 + "\r\n" + "（一）\n短\n" + "长" * 130)
    doc = Document.from_text(text)
    n = len(doc.text)
    for start in range(0, n, 3):
        for end in (start, start + 1, start + 7, start + 45, start + 60, n):
            end = min(end, n)
            assert context_of(doc, start, end) == _reference_context(doc, start, end), (start, end)


def test_context_costs_the_same_on_a_line_four_times_longer():
    # A random 1.2 M-character line spent 35 of its 37 s here: each finding searched
    # the line to both ends.  Now the cost of a finding does not depend on its line.
    from growth import growth

    def make(n):
        return Document.from_text("乙" * n + "\n")

    def run(doc):  # a finding every 125 characters
        length = len(doc.text)
        count = length // 125
        for k in range(1, count + 1):
            at = length * k // (count + 2)
            context_of(doc, at, at + 3)

    assert growth(run, make, 250_000) < 8  # linear: 4; it was 16-20
