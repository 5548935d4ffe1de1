"""--annotate: a Word copy with every finding as a comment anchored exactly on its characters."""
from __future__ import annotations

import collections
import io
import json
import os
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from lintlaw.readers import read  # noqa: E402
from lintlaw.readers.word import _SKIP, _TEXT_AS, W, open_document  # noqa: E402

SEEDS = Path(__file__).parent.parent / "seeds"
BLOCK = ["坚持严格规范公正文明执法，全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，切实规范执法行为。",
         "深化普法宣传教育，组织开展法治宣传进机关、进乡村、进社区、进学校、进企业活动，发放宣传资料2万余份。"]


def anchored(data: bytes) -> dict:
    """comment id -> the text between its range marks, read as the reader reads paragraphs
    (paragraphs joined by "\\n"), and comment id -> (author, text)."""
    document, walk = open_document(data)
    spans = collections.defaultdict(str)
    active = set()
    for number, paragraph in enumerate(walk.paragraphs):
        if number and active:
            for cid in active:
                spans[cid] += "\n"
        stack = [iter(paragraph)]
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                continue
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "commentRangeStart":
                active.add(child.get(W + "id"))
            elif tag == W + "commentRangeEnd":
                active.discard(child.get(W + "id"))
            elif tag == W + "t":
                for cid in active:
                    spans[cid] += child.text or ""
            elif tag in _TEXT_AS:
                for cid in active:
                    spans[cid] += " "
            elif len(child):
                stack.append(iter(child))
    comments = {str(c.comment_id): (c.author, c.text) for c in document.comments}
    return dict(spans), comments


def _lint(run_cli, *paths, out):
    code, stdout, err = run_cli("--format", "json", "--annotate", str(out), *map(str, paths))
    assert "Traceback" not in err
    return code, json.loads(stdout), err


def _check_copy(source_text: str, findings: list, data: bytes) -> None:
    spans, comments = anchored(data)
    assert len(comments) == len(findings) > 0
    assert set(spans) == set(comments)
    assert all(author == "lintlaw" for author, _ in comments.values())
    lines = source_text.split("\n")
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    expected = collections.Counter()
    for f in findings:
        start = starts[f["line"] - 1] + f["column"] - 1
        end = starts[f["end_line"] - 1] + f["end_column"]
        expected[source_text[start:end].strip("\n")] += 1
    assert collections.Counter(spans.values()) == expected
    texts = collections.Counter(text for _, text in comments.values())
    for f in findings:
        assert any(f["message"] in text and (not f["help"] or f["help"] in text) for text in texts)


def test_a_text_report_becomes_a_word_copy_one_paragraph_a_line(run_cli, tmp_path):
    seed = sorted(SEEDS.glob("002_*.txt"))[0]
    before = seed.read_bytes()
    code, report, _ = _lint(run_cli, seed, out=tmp_path / "out")
    copy = tmp_path / "out" / (seed.stem + ".docx")
    data = copy.read_bytes()
    text = read(str(seed)).raw.replace("\r\n", "\n")
    assert read(str(copy)).raw == text  # paragraph N is line N
    _check_copy(text, report["findings"], data)
    assert seed.read_bytes() == before and code == 1


def _word_report() -> bytes:
    d = docx.Document()
    d.add_heading("2023年某区司法局法治政府建设情况报告", 0)
    d.add_paragraph("全年办理行政复议案件6件,全部依法审结。我局认真落实行政执法三项制度。")
    p = d.add_paragraph()
    p.add_run("2022").bold = True  # a date split over two runs of different formatting
    p.add_run("125").italic = True
    for _ in range(2):  # a block of two paragraphs pasted twice: one finding over two paragraphs
        for text in BLOCK:
            d.add_paragraph(text)
    table = d.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text = "落款日期"
    cell = table.cell(0, 1).paragraphs[0]
    cell.add_run("日期：")
    cell.add_run("2024125").underline = True  # a finding inside a table cell
    table.cell(1, 0).text = "合计"
    table.cell(1, 1).text = "12件"
    d.add_paragraph("某区司法局", style="Heading 2")
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def _runs(data: bytes) -> list:
    """(paragraph style, [(text, bold, italic, underline) of each run, merged where equal])."""
    document, walk = open_document(data)
    out = []
    for paragraph in walk.paragraphs:
        merged = []
        for r in paragraph.iter(W + "r"):
            run = docx.text.run.Run(r, None)
            key = (bool(run.bold), bool(run.italic), bool(run.underline))
            if run.text and merged and merged[-1][1:] == key:
                merged[-1] = (merged[-1][0] + run.text,) + key
            elif run.text:
                merged.append((run.text,) + key)
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        out.append((style.get(W + "val") if style is not None else None, merged))
    return out


def test_a_word_report_keeps_everything_and_each_comment_sits_on_its_span(run_cli, tmp_path):
    original = _word_report()
    path = tmp_path / "报告.docx"
    path.write_bytes(original)
    code, report, err = _lint(run_cli, path, out=tmp_path / "out")
    findings = report["findings"]
    rules = {f["rule"] for f in findings}
    assert {"malformed-date", "duplicate-paragraph", "punctuation-width"} <= rules
    assert any(f["end_line"] > f["line"] for f in findings)  # across paragraphs
    data = (tmp_path / "out" / "报告.docx").read_bytes()
    source = read(str(path))
    _check_copy(source.raw, findings, data)
    # Everything else unchanged: text paragraph for paragraph, styles, run formatting, the table.
    assert read(str(tmp_path / "out" / "报告.docx")).raw == source.raw
    assert _runs(data) == _runs(original)
    copy = docx.Document(io.BytesIO(data))
    assert len(copy.tables) == 1 and copy.tables[0].style.name == "Table Grid"
    assert path.read_bytes() == original  # the input is never written
    spans, _ = anchored(data)
    assert "2024125" in spans.values() and "2022125" in spans.values()


def test_names_collide_and_unreadable_inputs(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("某区司法局\n2024125\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("某区司法局\n\n2024125\n", encoding="utf-8")
    (tmp_path / "bad.docx").write_bytes(b"not a zip")
    code, report, err = _lint(run_cli, tmp_path / "a.txt", tmp_path / "a.md", tmp_path / "bad.docx",
                              out=tmp_path / "out")
    assert sorted(os.listdir(tmp_path / "out")) == ["a.docx", "a.md.docx"]
    assert code == 2 and "写入 2 个" in err


def test_annotate_refuses_fix(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text("2024125\n", encoding="utf-8")
    code, _, err = run_cli("--fix", "--annotate", str(tmp_path / "o"), str(tmp_path / "a.txt"))
    assert code == 2 and "--annotate" in err
