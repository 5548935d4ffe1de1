"""The command: output formats, rule selection, exit status, bad input, languages."""
import io
import json
import os

import pytest

from lintlaw.report.rich_format import excerpt

DATE_DEFECT = "重庆市沙坪坝区城市管理局\n2022125\n"
CLEAN = "我局认真落实行政执法三项制度。\n"


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(DATE_DEFECT, encoding="utf-8")
    return path


def test_json_shape(run_cli, report):
    code, out, err = run_cli("--format", "json", "--select", "malformed-date", str(report))
    assert code == 1, err
    data = json.loads(out)
    assert data["version"] == 1 and data["files"] == 1 and data["errors"] == []
    (finding,) = data["findings"]
    assert set(finding) == {"path", "line", "column", "end_line", "end_column", "code", "rule",
                            "severity", "message", "help", "related", "fix"}
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (2, 1, 2, 7)
    assert (finding["code"], finding["rule"], finding["severity"]) == ("LL301", "malformed-date", "error")
    assert "2022年1月25日" in finding["help"] and "2022年12月5日" in finding["help"]


def test_concise_is_the_default_when_piped(run_cli, report):
    code, out, _ = run_cli("--select", "LL301", str(report))
    assert code == 1
    assert out == f"{report}:2:1: LL301 [malformed-date] 日期“2022125”写成了一串数字\n"


def test_exit_zero_when_clean_and_fail_on_levels(run_cli, tmp_path):
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    assert run_cli(str(path))[0] == 0
    defect = tmp_path / "d.txt"
    defect.write_text(DATE_DEFECT, encoding="utf-8")
    assert run_cli("--select", "LL301", "--fail-on", "never", str(defect))[0] == 0


def test_select_ignore_by_name_code_and_prefix(run_cli, report):
    assert run_cli("--select", "LL3", str(report))[0] == 1
    assert run_cli("--select", "LL301", "--ignore", "malformed-date", str(report))[0] == 0
    code, _, err = run_cli("--select", "no-such-rule", str(report))
    assert code == 2 and "--select：没有名为“no-such-rule”的规则" in err and "Traceback" not in err
    code, _, err = run_cli("--select", "no-such-rule", "--lang", "en", str(report))
    assert code == 2 and "unknown rule 'no-such-rule'" in err


def test_bad_option_is_exit_2(run_cli, report):
    code, _, err = run_cli("--format", "xml", str(report))
    assert code == 2 and "Traceback" not in err


def test_missing_and_binary_files_one_line_each(run_cli, tmp_path, report):
    binary = tmp_path / "x.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    code, out, err = run_cli("--format", "json", str(tmp_path / "missing.txt"), str(binary), str(report))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in err
    assert "missing.txt: 文件或文件夹不存在" in lines[0]
    assert "x.bin: 不是文本文件" in lines[1]
    _, _, err = run_cli("--lang", "en", "--format", "json", str(tmp_path / "missing.txt"), str(binary))
    assert "missing.txt: no such file or directory" in err and "x.bin: not a text document" in err
    data = json.loads(out)
    assert data["files"] == 1  # the readable file was still linted
    assert any(f["rule"] == "malformed-date" for f in data["findings"])
    assert [e["path"] for e in data["errors"]] == [str(tmp_path / "missing.txt"), str(binary)]


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b" \r\n\t\n", "\u3000\n".encode("gb18030")])
def test_an_empty_file_is_an_error_for_that_file_only(run_cli, tmp_path, data):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(data)
    report = tmp_path / "report.txt"
    report.write_text("2023年，我局共办理行政复议案件12件。\n", encoding="utf-8")
    code, out, err = run_cli(str(empty))
    assert code == 2 and "文档为空" in err and "Traceback" not in err
    code, out, _ = run_cli("--format", "json", str(empty), str(report))
    data = json.loads(out)
    assert code == 2 and data["files"] == 1  # the other file is still linted
    assert [e["path"] for e in data["errors"]] == [str(empty)]


def test_gb18030_copy_gives_the_same_findings(run_cli, tmp_path, seed_path):
    seed = seed_path("002")
    copy = tmp_path / "002_gb.txt"
    copy.write_bytes(open(seed, encoding="utf-8").read().encode("gb18030"))
    code_a, out_a, _ = run_cli("--format", "json", seed)
    code_b, out_b, _ = run_cli("--format", "json", str(copy))
    strip = lambda out: [{k: v for k, v in f.items() if k != "path"} for f in json.loads(out)["findings"]]
    assert code_a == code_b == 1
    assert strip(out_a) == strip(out_b) and strip(out_a)


def test_seed_002_shows_date_and_bracket(run_cli, seed_path):
    code, out, _ = run_cli("--format", "concise", "--select", "malformed-date,unbalanced-bracket", seed_path("002"))
    assert code == 1
    places = [line.split(": ", 1)[0].rsplit(":", 2)[1:] for line in out.splitlines()]
    assert ["58", "1"] in places and any(line == "14" for line, _ in places)


def test_rich_underline_sits_under_the_span(run_cli, seed_path):
    code, out, _ = run_cli("--format", "rich", "--no-color", "--select", "unbalanced-bracket", seed_path("002"))
    lines = out.splitlines()
    row = next(i for i, line in enumerate(lines) if line.startswith(" 14 │ "))
    text, marks = lines[row], lines[row + 1]
    from rich.cells import cell_len
    caret = marks.index("^")
    assert cell_len(text[:text.index("〔")]) == caret  # the text before 〔 is exactly as wide as the gap
    assert marks[caret:] == "^^"  # 〔 is two cells wide
    assert "帮助" in out and "〔2021〕91号" in out
    assert "发现" in lines[-1]


def test_no_color_env(run_cli, report):
    _, out, _ = run_cli("--format", "rich", str(report), env={"NO_COLOR": "1", "FORCE_COLOR": ""})
    assert "\x1b[" not in out


def test_english_messages(run_cli, report):
    _, out, _ = run_cli("--lang", "en", "--format", "json", "--select", "LL301", str(report))
    finding = json.loads(out)["findings"][0]
    assert "bare digits" in finding["message"]


def test_stdin_with_filename(run_cli):
    code, out, _ = run_cli("--select", "LL301", "--stdin-filename", "报告.txt", "-", input=DATE_DEFECT.encode("gb18030"))
    assert code == 1 and out.startswith("报告.txt:2:1: LL301")


def test_folder_is_walked_for_txt_and_md(run_cli, tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(DATE_DEFECT, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text(DATE_DEFECT, encoding="utf-8")
    (tmp_path / "c.csv").write_text(DATE_DEFECT, encoding="utf-8")
    _, out, _ = run_cli("--format", "json", "--select", "LL301", str(tmp_path))
    paths = sorted(os.path.basename(f["path"]) for f in json.loads(out)["findings"])
    assert paths == ["a.txt", "b.md"]


def test_statistics(run_cli, report):
    _, out, _ = run_cli("--statistics", "--select", "LL301", str(report))
    assert out.splitlines() == ["1  LL301  malformed-date", "1  合计（1 个文件）"]
    _, out, _ = run_cli("--statistics", "--select", "LL301", "--lang", "en", str(report))
    assert out.splitlines()[-1] == "1  in total (1 file)"


def test_every_format_gives_its_statistics_and_a_total(run_cli, report, tmp_path):
    """Issue 15 item 5: --statistics is honoured by every format, each with a total."""
    args = ("--statistics", "--select", "LL301", str(report))
    _, out, _ = run_cli("--format", "rich", *args)
    assert "LL301  malformed-date" in out and "合计（1 个文件）" in out
    _, out, _ = run_cli("--format", "json", *args)
    data = json.loads(out)
    assert [(r["code"], r["rule"], r["count"]) for r in data["statistics"]] == [("LL301", "malformed-date", 1)]
    assert data["total"] == 1 and len(data["findings"]) == 1
    _, out, _ = run_cli("--format", "sarif", *args)
    assert json.loads(out)["runs"][0]["properties"]["statistics"]["total"] == 1
    summary = tmp_path / "summary.md"
    _, out, _ = run_cli("--format", "github", *args, env={"GITHUB_STEP_SUMMARY": str(summary)})
    assert out.startswith("::error ") and "1  LL301  malformed-date" in out and "合计" in out
    assert "| `LL301` malformed-date | 1 |" in summary.read_text(encoding="utf-8")
    assert "| 合计 | 1 |" in summary.read_text(encoding="utf-8")
    _, out, err = run_cli("--format", "gitlab", *args)
    assert len(json.loads(out)) == 1  # the artifact stays an array of issues
    assert "1  LL301  malformed-date" in err and "合计" in err


def test_list_rules_and_explain(run_cli):
    code, out, _ = run_cli("--list-rules")
    assert code == 0 and "LL301" in out and "malformed-date" in out
    code, out, _ = run_cli("--explain", "malformed-date")
    assert code == 0 and "GB/T 15835" in out and "2022125" in out
    code, out, _ = run_cli("--explain", "LL401", "--lang", "en")
    assert code == 0 and "GB/T 15834" in out
    code, _, err = run_cli("--explain", "nothing")
    assert code == 2 and "没有名为“nothing”的规则" in err


def test_excerpt_window_cuts_long_lines():
    line = "甲" * 100 + "2022125" + "乙" * 100
    before, span, after = excerpt(line, 101, 107, True)
    assert span == "2022125"
    assert before == "…" + "甲" * 30 and after == "乙" * 30 + "…"


def test_internal_error_of_a_rule_is_reported_not_raised():
    from lintlaw.document import Document
    from lintlaw.registry import rule
    from lintlaw.runner import run_rules

    @rule(code="XX999", name="broken", severity="error", summary="s", why="w")
    def broken(doc):
        raise RuntimeError("boom")
        yield

    found, errors = run_rules(Document.from_text("正文。"), [broken])
    assert found == [] and "internal error in rule XX999 [broken]: RuntimeError: boom" in errors[0]


def test_unknown_profile_is_exit_2(run_cli, report):
    code, _, err = run_cli("--lang", "en", "--profile", "nope", str(report))
    assert code == 2 and "unknown profile 'nope'" in err and "annual-report" in err
    assert "internal error" not in err


def test_only_the_rich_format_keeps_each_finding_s_line(seed_path):
    from lintlaw.runner import LintOptions, lint_file

    path = seed_path("002")
    full, lean = lint_file(path, LintOptions()), lint_file(path, LintOptions(excerpts=False))
    assert all(d.source_line for d in full.diagnostics) and not any(d.source_line for d in lean.diagnostics)
    assert [d.as_json() for d in lean.diagnostics] == [d.as_json() for d in full.diagnostics]


def test_findings_encoded_where_they_are_linted_are_what_the_report_writes(seed_path):
    from lintlaw.runner import LintOptions, lint_file

    path = seed_path("000")
    plain, encoded = lint_file(path, LintOptions()), lint_file(path, LintOptions(json_text=True))
    assert not any(d.json_text for d in plain.diagnostics)
    assert [d.json_text for d in encoded.diagnostics] == [
        json.dumps(d.as_json(), ensure_ascii=False) for d in plain.diagnostics]
    assert [d.to_json_text() for d in plain.diagnostics] == [d.to_json_text() for d in encoded.diagnostics]
    assert any(d.fix for d in encoded.diagnostics) and not any(d.fix and d.fix["edits"] for d in encoded.diagnostics)


def test_a_folder_without_report_files_says_so(run_cli, tmp_path):
    """Issue 15 item 13: nothing to lint is said, not passed over in silence (exit 0, as Ruff)."""
    (tmp_path / "data.csv").write_text("a,b\n", encoding="utf-8")
    code, out, err = run_cli(cwd=str(tmp_path))
    assert code == 0 and out == ""
    assert "没有找到可检查的文件" in err and ".docx" in err
    code, _, err = run_cli("--lang", "en", str(tmp_path))
    assert code == 0 and "no report files" in err


def _every_mark(doc):
    from lintlaw.finding import Finding

    at = doc.text.find("）")
    while at >= 0:
        yield Finding(at, at + 1, "“）”")
        at = doc.text.find("）", at + 1)


def _rich_report(path, width=80):
    """The rich report of a rule that flags every “）”: the format's own cost, and its layout."""
    from lintlaw.registry import rule
    from lintlaw.report import Context, RunResult, renderer
    from lintlaw.runner import lint_source
    from lintlaw.readers import read

    marks = rule(code="XX998", name="every-mark", severity="error", summary="s", why="w")(_every_mark)
    result = RunResult([lint_source(read(str(path)), [marks], {"profile": "none", "profiles": {}}, "zh")])
    out = io.StringIO()
    renderer("rich")(result, out, Context(color=False, width=width))
    return out.getvalue()


def test_rich_excerpts_cost_the_same_on_a_line_four_times_longer(tmp_path):
    # Each finding kept its whole line for the excerpt and cleaned all of it for
    # printing: 4 minutes and 1 GB for a 300,000-character line.  Now a finding keeps
    # a window around itself, and the time grows with the line, not its square.
    from growth import growth

    def make(n):
        path = tmp_path / f"line{n}.txt"
        path.write_text("在全区开展“八五”普法）" * (n // 12) + "\n", encoding="utf-8")
        return path

    assert growth(_rich_report, make, 3_000, repeat=2) < 10  # linear: 4; it was quadratic


def test_a_finding_keeps_a_bounded_window_of_its_line(tmp_path):
    from lintlaw.runner import EXCERPT_CHARS, LintOptions, lint_file

    path = tmp_path / "long.txt"
    path.write_text("在全区开展“八五”普法）" * 10_000 + "\n", encoding="utf-8")
    result = lint_file(str(path), LintOptions(excerpts=True))
    assert len(result.diagnostics) > 100
    # each side, the span up to as much again, and the two cut marks
    assert max(len(d.source_line) for d in result.diagnostics) <= 3 * EXCERPT_CHARS + 2


def test_an_excerpt_from_a_long_line_shows_its_window_and_cut_marks(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("甲" * 5000 + "）" + "乙" * 5000 + "\n", encoding="utf-8")
    report = _rich_report(path)
    assert " 1 │ …" + "甲" * 17 + "）" + "乙" * 18 + "…\n" in report
    assert "   │ " + " " * 35 + "^^\n" in report  # under the bracket: an ellipsis and 17 CJK cells
    # On a terminal wider than what a finding keeps of its line, the cuts still show.
    wide = _rich_report(path, width=1000)
    assert " 1 │ …" + "甲" * 200 + "）" + "乙" * 200 + "…\n" in wide


@pytest.mark.parametrize("name", ["rot13", "base64", "zlib_codec", "hex", "idna", "punycode", "undefined", "no-such-codec"])
def test_an_encoding_that_cannot_read_text_is_exit_2_said_once(run_cli, tmp_path, name):
    for k in range(3):
        (tmp_path / f"r{k}.txt").write_text("全区共办理案件12件。\n", encoding="utf-8")
    code, out, err = run_cli("--encoding", name, ".", cwd=tmp_path)
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.count(name) == 1 and "--encoding" in err, err
    code, _, err = run_cli("--lang", "en", "--encoding", name, "r0.txt", cwd=tmp_path)
    assert code == 2 and ("not a text encoding" in err or "unknown encoding" in err), err


def test_a_text_encoding_by_any_of_its_names_is_accepted(run_cli, tmp_path):
    (tmp_path / "r.txt").write_bytes("全区共办理案件12件。\n".encode("gb18030"))
    for name in ("GB18030", "gbk", "cp936"):
        code, _, err = run_cli("--encoding", name, "r.txt", cwd=tmp_path)
        assert code in (0, 1) and err == "", err
