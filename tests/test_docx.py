"""Word documents: real .docx files written by python-docx, read paragraph by paragraph."""
from __future__ import annotations

import copy
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from lintlaw.readers.word import OLE_MAGIC, read  # noqa: E402
from lintlaw.document import Document  # noqa: E402
from lintlaw.readers import SourceError  # noqa: E402

PLUGIN = Path(__file__).parent / "data" / "testplugin"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _report() -> bytes:
    d = docx.Document()
    d.add_heading("2023年法治政府建设情况报告", 0)  # Title: not an outline level
    d.add_heading("一、主要举措和成效", 1)
    p = d.add_paragraph("全年办理行政复议案件6件,")
    p.add_run().add_break()  # Shift+Enter: still one paragraph
    p.add_run("全部依法审结。")
    d.add_paragraph("")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "项目"
    table.cell(0, 1).text = "数量"
    table.cell(1, 0).text = "复议案件"
    table.cell(1, 1).text = "截止到12月,6件"
    d.add_heading("（一）加强制度建设", 2)
    d.add_paragraph("制定规范性文件3件。")
    return _save(d)


def test_each_paragraph_is_a_line_and_tables_are_read_in_place():
    source = read(_report(), "report.docx")
    assert source.kind == "docx"
    assert source.raw.split("\n") == [
        "2023年法治政府建设情况报告",
        "一、主要举措和成效",
        "全年办理行政复议案件6件, 全部依法审结。",
        "",
        "项目", "数量", "复议案件", "截止到12月,6件",
        "（一）加强制度建设",
        "制定规范性文件3件。",
    ]
    assert source.table_lines == frozenset({4, 5, 6, 7})
    assert Document(source).table_lines == source.table_lines


def test_heading_styles_feed_the_outline():
    source = read(_report(), "report.docx")
    assert source.heading_levels == {1: 1, 8: 2}
    d = docx.Document()
    d.add_paragraph("基本情况", style="Heading 1")  # no number: a heading by its style only
    d.add_paragraph("正文。")
    doc = Document(read(_save(d), "x.docx"))
    assert [(h.style, h.rank, h.title) for h in doc.headings] == [("markup", 1, "基本情况")]


def test_chinese_style_names_and_outline_levels_count_as_headings():
    d = docx.Document()
    styles = d.styles
    cn = styles.add_style("标题 2", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    custom = styles.add_style("报告小标题", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    ppr = custom.element.get_or_add_pPr()
    level = ppr.makeelement(W + "outlineLvl", {W + "val": "2"})
    ppr.append(level)
    derived = styles.add_style("派生标题", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    derived.base_style = custom
    d.add_paragraph("（一）制度建设", style=cn)
    d.add_paragraph("1.完善制度", style=custom)
    d.add_paragraph("（1）细则", style=derived)
    d.add_paragraph("正文。")
    assert read(_save(d), "x.docx").heading_levels == {0: 2, 1: 3, 2: 3}


def test_tracked_insertions_count_and_deletions_do_not():
    d = docx.Document()
    p = d.add_paragraph("依法")
    ins = p._p.makeelement(W + "ins", {W + "id": "1", W + "author": "a", W + "date": "2024-01-01T00:00:00Z"})
    run = copy.deepcopy(p.runs[0]._r)
    run.find(W + "t").text = "全面"
    ins.append(run)
    deleted = copy.deepcopy(p.runs[0]._r)
    text = deleted.find(W + "t")
    text.tag = W + "delText"
    text.text = "删掉的字"
    dele = p._p.makeelement(W + "del", {W + "id": "2", W + "author": "a", W + "date": "2024-01-01T00:00:00Z"})
    dele.append(deleted)
    p._p.append(dele)
    p._p.append(ins)
    p.add_run("行政。")
    assert read(_save(d), "x.docx").raw == "依法全面行政。"


def test_merged_cells_are_read_once():
    d = docx.Document()
    table = d.add_table(rows=1, cols=3)
    table.cell(0, 0).text = "合计"
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    assert merged is not None
    table.cell(0, 2).text = "10件"
    assert read(_save(d), "x.docx").raw.split("\n").count("合计") == 1


def test_damaged_and_protected_files_are_clear_errors():
    with pytest.raises(SourceError, match="password-protected"):
        read(OLE_MAGIC + b"\x00" * 504, "x.docx")
    with pytest.raises(SourceError, match="not a Word document"):
        read("这是一个改了扩展名的文本文件。".encode("utf-8"), "x.docx")
    with pytest.raises(SourceError, match="damaged .docx"):
        read(_report()[:2000], "x.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("hello.txt", "x")
    with pytest.raises(SourceError, match="not a Word document"):
        read(buffer.getvalue(), "x.docx")
    # A package whose document part is not XML.
    original = zipfile.ZipFile(io.BytesIO(_report()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for item in original.infolist():
            data = b"<w:document" if item.filename == "word/document.xml" else original.read(item.filename)
            package.writestr(item, data)
    with pytest.raises(SourceError, match="damaged .docx"):
        read(buffer.getvalue(), "x.docx")


def _cli(*args, cwd, stdin=None):
    env = dict(os.environ, PYTHONPATH=str(PLUGIN), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "lintlaw", "--select", "TT", *args], cwd=cwd, env=env,
                          input=stdin, capture_output=True, timeout=120)


def test_findings_are_placed_by_paragraph_number(tmp_path):
    (tmp_path / "report.docx").write_bytes(_report())
    run = _cli("--format", "json", "report.docx", cwd=tmp_path)
    assert run.returncode == 1
    found = [(f["line"], f["column"], f["code"]) for f in json.loads(run.stdout)["findings"]]
    # paragraph 3: "…6件,"; paragraph 8 (a table cell): "截止到12月,6件"
    assert found == [(3, 13, "TT901"), (8, 1, "TT904"), (8, 7, "TT901")]


def test_folders_include_docx_and_broken_ones_exit_2(tmp_path):
    (tmp_path / "a.docx").write_bytes(_report())
    (tmp_path / "b.docx").write_bytes(OLE_MAGIC + b"\x00" * 504)
    (tmp_path / "~$a.docx").write_bytes(b"\x00" * 162)  # Word's lock file: not a document, not walked
    run = _cli("--format", "concise", ".", cwd=tmp_path)
    assert run.returncode == 2
    assert run.stdout.decode().count("a.docx:") == 3
    assert "b.docx: 无法读取此 .docx：它是加密（设了密码）的 Word 文件" in run.stderr.decode()
    assert "~$a.docx" not in run.stderr.decode()


def test_stdin_with_a_docx_name(tmp_path):
    run = _cli("--format", "concise", "-", "--stdin-filename", "来稿.docx", cwd=tmp_path, stdin=_report())
    assert run.returncode == 1
    assert run.stdout.decode().splitlines()[0] == "来稿.docx:3:13: TT901 [test-halfwidth-comma] 中文后用了半角逗号"


def test_fix_never_rewrites_a_word_file(tmp_path):
    path = tmp_path / "report.docx"
    path.write_bytes(_report())
    before = path.read_bytes()
    run = _cli("--lang", "en", "--fix", "report.docx", cwd=tmp_path)
    assert path.read_bytes() == before
    assert "never rewrites Word files" in run.stderr.decode()
    assert run.returncode == 1  # the findings are still there, and still reported


def test_tables_come_out_as_rows_and_cells_with_offsets():
    d = docx.Document()
    d.add_paragraph("表1 行政复议案件情况")
    table = d.add_table(rows=3, cols=3)
    for r, row in enumerate([["类别", "上半年", "下半年"], ["维持", "3件", "4件"], ["合计", "3件", "7件"]]):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    merged = d.add_table(rows=3, cols=3)
    merged.cell(0, 0).merge(merged.cell(0, 1)).text = "项目"  # gridSpan 2
    merged.cell(0, 2).text = "数量"
    merged.cell(1, 0).merge(merged.cell(2, 0)).text = "复议"  # vMerge down two rows
    merged.cell(1, 1).text = "维持"
    merged.cell(1, 2).text = "3件"
    merged.cell(2, 1).text = "纠错"
    merged.cell(2, 2).text = "1件"
    source = read(_save(d), "x.docx")
    text = source.raw
    first, second = source.tables
    assert [[text[c.start:c.end] for c in row] for row in first.rows] == [
        ["类别", "上半年", "下半年"], ["维持", "3件", "4件"], ["合计", "3件", "7件"]]
    assert [[c.column for c in row] for row in first.rows] == [[0, 1, 2]] * 3
    assert text[first.start:first.end] == "类别\n上半年\n下半年\n维持\n3件\n4件\n合计\n3件\n7件"
    assert [[(text[c.start:c.end], c.column, c.span, c.merged) for c in row] for row in second.rows] == [
        [("项目", 0, 2, False), ("数量", 2, 1, False)],
        [("复议", 0, 1, False), ("维持", 1, 1, False), ("3件", 2, 1, False)],
        [("", 0, 1, True), ("纠错", 1, 1, False), ("1件", 2, 1, False)],
    ]
    # Offsets are the document's: the line of a cell is a table line.
    doc = Document(source)
    total = first.rows[2][0]
    assert doc.position(total.start)[0] - 1 in doc.table_lines


def test_a_cell_of_several_paragraphs_and_a_nested_table():
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    cell = outer.cell(0, 0)
    cell.text = "第一段"
    cell.add_paragraph("第二段")
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "甲"
    inner.cell(0, 1).text = "乙"
    source = read(_save(d), "x.docx")
    text = source.raw
    outer_t, inner_t = source.tables  # document order: the outer table first
    assert text[outer_t.rows[0][0].start:outer_t.rows[0][0].end] == "第一段\n第二段"
    assert [text[c.start:c.end] for c in inner_t.rows[0]] == ["甲", "乙"]
    assert outer_t.start <= inner_t.start < inner_t.end <= outer_t.end
