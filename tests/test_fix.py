"""--fix and --diff: fixes applied until the text settles, and files written back byte for byte.

The rules here are lintlaw's test rules (tests/data/testplugin), so these tests
know exactly what is found and fixed whatever the built-in checks do.
"""
from __future__ import annotations

import codecs
import importlib.util
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from lintlaw.finding import Edit, Fix, Finding
from lintlaw.fix import apply_edits, fix_file, fix_source, plan, unified_diff
from lintlaw.registry import rule, rules_in
from lintlaw.runner import LintOptions
from lintlaw.readers import Source

PLUGIN = Path(__file__).parent / "data" / "testplugin"
LINTLAW = [sys.executable, "-m", "lintlaw"]


def _plugin_rules():
    spec = importlib.util.spec_from_file_location("lintlaw_testrules_fix", PLUGIN / "lintlaw_testrules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {r.name: r for r in rules_in(module)}


TEST_RULES = _plugin_rules()
SAFE = [r for r in TEST_RULES.values() if r.fixable == "safe"]
ALL = list(TEST_RULES.values())
WRITE = LintOptions(fix="write")


def _fix(path, rules=SAFE, options=WRITE):
    return fix_file(str(path), options, rules, {})


# -- the plan: what is applied in one pass -----------------------------------

def _found(*fixes, safe=True):
    r = TEST_RULES["test-halfwidth-comma"]
    return [(r, Finding(e[0][0], e[-1][1], "x", fix=Fix(tuple(Edit(*x) for x in e), safe=safe))) for e in fixes]


def test_plan_defers_overlapping_fixes_and_keeps_text_order():
    found = _found([(5, 7, "A")], [(0, 2, "B")], [(6, 8, "C")], [(7, 7, "D")])
    edits, fixed = plan(found, 20, unsafe=False)
    assert [(e.start, e.end, e.replacement) for e in edits] == [(0, 2, "B"), (5, 7, "A"), (7, 7, "D")]
    assert fixed == 3  # (6, 8) overlaps (5, 7): deferred to the next pass


def test_plan_never_orders_two_insertions_at_one_point():
    edits, fixed = plan(_found([(3, 3, "。")], [(3, 3, "；")]), 10, unsafe=False)
    assert len(edits) == 1 and fixed == 1


def test_plan_applies_the_same_fix_once_for_two_rules():
    edits, fixed = plan(_found([(1, 2, "，")], [(1, 2, "，")]), 10, unsafe=False)
    assert len(edits) == 1 and fixed == 2


def test_plan_skips_unsafe_unless_asked_and_malformed_always():
    assert plan(_found([(1, 2, "，")], safe=False), 10, unsafe=False) == ([], 0)
    assert plan(_found([(1, 2, "，")], safe=False), 10, unsafe=True)[1] == 1
    assert plan(_found([(8, 12, "x")]), 10, unsafe=True) == ([], 0)  # past the end
    assert plan(_found([(1, 4, "x"), (3, 5, "y")]), 10, unsafe=True) == ([], 0)  # overlaps itself


def test_apply_edits_back_to_front_equivalent():
    assert apply_edits("0123456789", [(7, 8, "七"), (0, 1, ""), (3, 3, "+")]) == "12+3456七89"


# -- the loop -------------------------------------------------------------------

def test_fixes_settle_over_several_passes():
    # pass 1: ",," after 甲 -> half-width-comma fixes the first ("，,"), the pair fix overlaps and waits;
    # pass 2: the second "," now follows "，" -> "，，"; pass 3: the doubled comma goes.
    source = Source(path="a.txt", raw="甲,,乙完成\n")
    fixed, count, notes = fix_source(source, SAFE, {}, "zh")
    assert fixed.raw == "甲，乙完成。\n"
    assert count == 4 and notes == []
    again, count2, _ = fix_source(fixed, SAFE, {}, "zh")
    assert again.raw == fixed.raw and count2 == 0


def test_a_fix_loop_that_never_settles_is_bounded_and_reported():
    @rule(code="TT990", name="flip-flop", severity="error", summary="x", why="x")
    def flip_flop(doc):
        i = doc.text.find("甲") if "甲" in doc.text else doc.text.find("乙")
        yield Finding(i, i + 1, "x", fix=Fix((Edit(i, i + 1, "乙" if doc.text[i] == "甲" else "甲"),)))

    fixed, count, notes = fix_source(Source(path="a.txt", raw="甲\n"), [flip_flop], {}, "zh")
    assert count == 10 and "仍未稳定" in notes[0]


# -- writing back byte for byte ----------------------------------------------------

TEXT = ("　　一、主要举措,成效完成\n"  # U+3000 indent kept, "," fixed, "。" inserted
        "\t截止到12月 ,共办理案件6件 \n"  # tab, space before "," and trailing space kept
        "　　二、存在的问题。\n\n\n\n"  # blank lines collapse to one
        "𠀀€末尾没有换行完成")  # a GB18030 four-byte character; no final newline
FIXED = ("　　一、主要举措，成效完成。\n"
         "\t截止到12月 ,共办理案件6件 \n"
         "　　二、存在的问题。\n\n"
         "𠀀€末尾没有换行完成。")


@pytest.mark.parametrize("encoding,bom,newline", [
    ("utf-8", b"", "\n"),
    ("utf-8", codecs.BOM_UTF8, "\n"),
    ("gb18030", b"", "\n"),
    ("gb18030", b"", "\r\n"),
    ("utf-8", b"", "\r\n"),
    ("utf-16-le", codecs.BOM_UTF16_LE, "\r\n"),
], ids=["utf8", "utf8-bom", "gb18030", "gb18030-crlf", "utf8-crlf", "utf16-bom-crlf"])
def test_fix_changes_no_byte_outside_the_edits(tmp_path, encoding, bom, newline):
    path = tmp_path / "report.txt"
    original = bom + TEXT.replace("\n", newline).encode(encoding)
    path.write_bytes(original)
    result = _fix(path)
    assert result.errors == [] and result.fixed == 4
    expected = bom + FIXED.replace("\n", newline).encode(encoding)
    assert path.read_bytes() == expected
    # The only remaining finding is the one no safe fix covers (" ," after a space).
    assert [d.rule for d in result.diagnostics] == []


def test_fix_keeps_mixed_line_endings_as_they_are(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("甲,乙\r\n丙,丁\n戊\r\n".encode("utf-8"))
    _fix(path)
    assert path.read_bytes() == "甲，乙\r\n丙，丁\n戊\r\n".encode("utf-8")


def test_a_fix_spanning_line_breaks_writes_the_files_own_line_ending(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("一、概况。\r\n\r\n\r\n\r\n二、问题。\r\n".encode("gb18030"))
    _fix(path)
    assert path.read_bytes() == "一、概况。\r\n\r\n二、问题。\r\n".encode("gb18030")


def test_a_file_with_bare_cr_line_endings_keeps_them(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes("甲,乙完成\r\r\r\r丙。\r".encode("utf-8"))
    _fix(path)
    assert path.read_bytes() == "甲，乙完成。\r\r丙。\r".encode("utf-8")


def test_fixing_twice_changes_nothing_the_second_time(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    assert _fix(path).fixed == 4
    once = path.read_bytes()
    before = os.stat(path)
    second = _fix(path)
    assert second.fixed == 0 and path.read_bytes() == once
    after = os.stat(path)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # not even rewritten


def test_markdown_code_blocks_and_link_targets_are_not_fixed(tmp_path):
    path = tmp_path / "report.md"
    text = "# 一、概况\n\n甲,乙见[通知](https://x.gov.cn/a,b.html)\n\n```\n代码,不改完成\n```\n"
    path.write_bytes(text.encode("utf-8"))
    _fix(path)
    assert path.read_text(encoding="utf-8") == text.replace("甲,乙", "甲，乙")


def test_unsafe_fixes_only_when_asked(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("截止到12月底。\n", encoding="utf-8")
    assert _fix(path, ALL).fixed == 0
    assert path.read_text(encoding="utf-8") == "截止到12月底。\n"
    assert _fix(path, ALL, LintOptions(fix="write", unsafe_fixes=True)).fixed == 1
    assert path.read_text(encoding="utf-8") == "截至12月底。\n"


def test_a_file_changed_while_being_linted_is_left_alone(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("甲,乙。\n", encoding="utf-8")
    edited = "甲,乙。\n另一人刚刚保存的内容。\n"

    @rule(code="TT991", name="saves-meanwhile", severity="info", summary="x", why="x")
    def saves_meanwhile(doc):
        # Someone saves the file in their editor while lintlaw works on it.
        path.write_text(edited, encoding="utf-8")
        return ()

    result = _fix(path, SAFE + [saves_meanwhile])
    assert path.read_text(encoding="utf-8") == edited
    assert any("文件在磁盘上被改动" in e for e in result.errors)
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # no temporary file left


def test_permissions_are_kept_and_a_symlink_stays_a_symlink(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("甲,乙。\n", encoding="utf-8")
    os.chmod(real, 0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert _fix(link).fixed == 1
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "甲，乙。\n"
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640


def test_a_fix_the_encoding_cannot_store_is_refused(tmp_path):
    @rule(code="TT992", name="needs-unicode", severity="error", summary="x", why="x")
    def needs_unicode(doc):
        i = doc.text.find("X")
        if i >= 0:
            yield Finding(i, i + 1, "x", fix=Fix((Edit(i, i + 1, "𠀀"),)))

    path = tmp_path / "big5.txt"
    original = "報告X。\n".encode("big5")
    path.write_bytes(original)
    result = _fix(path, [needs_unicode], LintOptions(fix="write", encoding="big5"))
    assert path.read_bytes() == original
    assert any("编码存不下" in e for e in result.errors)


def test_diff_shows_the_fixes_and_writes_nothing(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes("甲,乙完成\n".encode("gb18030"))
    result = _fix(path, options=LintOptions(fix="diff"))
    assert path.read_bytes() == "甲,乙完成\n".encode("gb18030")
    assert result.fixed == 2
    assert "-甲,乙完成\n+甲，乙完成。\n" in result.diff


def test_unified_diff_marks_a_missing_final_newline():
    diff = unified_diff("r.txt", "甲,乙", "甲，乙")
    assert diff.splitlines()[-3:] == ["-甲,乙", "\\ No newline at end of file", "+甲，乙"] or \
        diff.endswith("+甲，乙\n\\ No newline at end of file\n")


def test_word_files_are_never_rewritten(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("甲,乙完成")
    path = tmp_path / "report.docx"
    document.save(str(path))
    before = path.read_bytes()
    result = _fix(path)
    assert path.read_bytes() == before
    assert result.fixed == 0 and any("不改写 Word 文件" in n and "--annotate" in n for n in result.notes)
    assert {d.rule for d in result.diagnostics} == {"test-halfwidth-comma", "test-unfinished"}


# -- the command line ----------------------------------------------------------------

def _cli(*args, cwd, stdin=None):
    env = dict(os.environ, PYTHONPATH=str(PLUGIN), NO_COLOR="1")
    return subprocess.run(LINTLAW + ["--select", "TT", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, timeout=120)


def test_cli_fix_writes_and_reports_what_remains(tmp_path):
    (tmp_path / "a.txt").write_bytes("截止到12月,共办理完成\r\n".encode("gb18030"))
    run = _cli("--fix", "--format", "concise", "a.txt", cwd=tmp_path)
    assert (tmp_path / "a.txt").read_bytes() == "截止到12月，共办理完成。\r\n".encode("gb18030")
    out = run.stdout.decode("utf-8")
    assert "TT904" in out and "TT901" not in out  # the unsafe fix was not applied
    assert "已修复 2 个问题" in run.stderr.decode("utf-8")
    assert run.returncode == 0  # what remains is an info


def test_cli_diff_exit_status_and_stdin(tmp_path):
    (tmp_path / "a.txt").write_text("甲,乙。\n", encoding="utf-8")
    run = _cli("--diff", "a.txt", cwd=tmp_path)
    assert run.returncode == 1 and b"+\xe7\x94\xb2\xef\xbc\x8c" in run.stdout  # "+甲，"
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "甲,乙。\n"
    clean = _cli("--diff", "-", "--stdin-filename", "b.txt", cwd=tmp_path, stdin="甲，乙。\n".encode())
    assert clean.returncode == 0 and clean.stdout == b""
    piped = _cli("--diff", "-", "--stdin-filename", "b.txt", cwd=tmp_path, stdin="甲,乙。\n".encode())
    assert piped.returncode == 1 and "+++ b/b.txt" in piped.stdout.decode()


def test_cli_refuses_what_it_cannot_do(tmp_path):
    run = _cli("--fix", "-", cwd=tmp_path, stdin=b"x")
    assert run.returncode == 2 and "--fix 不能改写标准输入".encode() in run.stderr
    run = _cli("--unsafe-fixes", ".", cwd=tmp_path)
    assert run.returncode == 2 and "--unsafe-fixes 只能与 --fix 或 --diff 同用".encode() in run.stderr
    run = _cli("--unsafe-fixes", "--lang", "en", ".", cwd=tmp_path)
    assert run.returncode == 2 and b"--unsafe-fixes only works with --fix or --diff" in run.stderr


def test_a_write_by_another_program_during_the_final_lint_is_not_lost(tmp_path, monkeypatch):
    # The last check of the file came before the final lint (half a second on a
    # large file): an editor's save in that window was overwritten. Now the bytes are
    # compared with what was read right before the rename, and the file is skipped.
    from lintlaw import fix as fix_mod, runner

    path = tmp_path / "r.txt"
    path.write_bytes("今年,我局全面推进依法行政。\n".encode("utf-8"))
    theirs = "今年，我局全面推进依法行政，另有修改。\n".encode("utf-8")
    real = runner.lint_source

    def lint_then_someone_saves(source, *args, **kwargs):
        result = real(source, *args, **kwargs)
        if "," not in source.raw:  # the final lint of the fixed text
            path.write_bytes(theirs)
        return result

    monkeypatch.setattr(runner, "lint_source", lint_then_someone_saves)
    monkeypatch.setattr(fix_mod, "lint_source", lint_then_someone_saves, raising=False)
    result = _fix(path)
    assert path.read_bytes() == theirs
    assert result.fixed == 0 and any("文件在磁盘上被改动" in e for e in result.errors)
    assert not list(tmp_path.glob("*.lintlaw-tmp"))


def test_the_compare_happens_on_the_bytes_right_before_the_rename(tmp_path, monkeypatch):
    from lintlaw import fix as fix_mod

    path = tmp_path / "r.txt"
    path.write_bytes(b"old")
    real_replace = os.replace
    seen = []

    def replace(src, dst):
        seen.append(open(dst, "rb").read())
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    fix_mod.write_atomically(str(path), b"new", expected=b"old")
    assert path.read_bytes() == b"new" and seen == [b"old"]
    with pytest.raises(fix_mod.ChangedOnDisk):
        fix_mod.write_atomically(str(path), b"newer", expected=b"old")
    assert path.read_bytes() == b"new" and not list(tmp_path.glob("*.lintlaw-tmp"))


def test_fix_notes_and_errors_speak_the_run_s_language(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("甲,乙。\n", encoding="utf-8")
    from lintlaw.fix import fix_file as fix

    for lang, words in (("zh", "不能改写标准输入"), ("en", "cannot write standard input")):
        result = fix(str(path), LintOptions(fix="write", lang=lang), SAFE, {}, data=b"x", display_path="-")
        assert words in result.errors[0]
