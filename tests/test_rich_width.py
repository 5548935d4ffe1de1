"""The rich excerpt fits the terminal's width and its caret sits under the span (issue 15 item 3)."""
import io

import pytest
from rich.cells import cell_len

from lintlaw.report import Context, RunResult
from lintlaw.report.rich_format import render
from lintlaw.runner import LintOptions, lint_file

# One 300-character paragraph, as reports write them, with a date typed as bare digits in it.
PARAGRAPH = ("我局坚持以习近平法治思想为指导，全面推进依法行政，" * 6 + "于2022125召开专题会议，"
             + "研究部署法治政府建设重点任务，推动各项工作落地见效。" * 6)


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    path = tmp_path_factory.mktemp("w") / "report.txt"
    path.write_text("某局工作总结\n" + PARAGRAPH + "\n", encoding="utf-8")
    found = lint_file(str(path), LintOptions(profile="none"))
    assert any(d.rule == "malformed-date" for d in found.diagnostics)
    return RunResult(files=[found])


def _printed(result, width):
    out = io.StringIO()
    render(result, out, Context(color=False, width=width))
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", [60, 80, 200])
def test_excerpt_and_caret_fit_the_terminal(result, width):
    lines = _printed(result, width)
    body = next(i for i, line in enumerate(lines) if line.startswith(" 2 │ ") and "2022125" in line)
    excerpt_line, caret_line = lines[body], lines[body + 1]
    assert cell_len(excerpt_line) <= width
    assert cell_len(caret_line) <= width
    # The caret starts in the cell where the date starts, and is as wide as it.
    before = excerpt_line[:excerpt_line.index("2022125")]
    assert caret_line.index("^") == cell_len(before)
    assert caret_line.count("^") == cell_len("2022125")


def test_a_wider_terminal_shows_more_context(result):
    narrow = next(l for l in _printed(result, 60) if "2022125" in l and "│" in l)
    wide = next(l for l in _printed(result, 200) if "2022125" in l and "│" in l)
    assert cell_len(wide) > cell_len(narrow) + 100
    assert "…" in narrow and "…" in wide


def test_a_short_line_is_shown_whole(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("某局工作总结\n2022125\n", encoding="utf-8")
    lines = _printed(RunResult(files=[lint_file(str(path), LintOptions(profile="none"))]), 60)
    assert " 2 │ 2022125" in lines


def test_a_word_file_s_fix_hint_points_at_the_annotated_copy(run_cli, tmp_path):
    """Issue 15 item 8: Word files are never rewritten, so no --fix hint; say how to get comments."""
    import docx

    document = docx.Document()
    document.add_paragraph("某局工作总结")
    document.add_paragraph("全年开展法治宣传活动12场次,覆盖群众3万人次。")
    path = tmp_path / "总结.docx"
    document.save(str(path))
    text_path = tmp_path / "总结.txt"
    text_path.write_text("某局工作总结\n全年开展法治宣传活动12场次,覆盖群众3万人次。\n", encoding="utf-8")
    _, out, _ = run_cli("--format", "rich", "--no-color", str(path))
    assert "Word、PDF 文件不会被改写" in out and "--annotate" in out and "可用 --fix 修复" not in out
    _, out, _ = run_cli("--format", "rich", "--no-color", str(text_path))
    assert "可用 --fix 修复" in out
