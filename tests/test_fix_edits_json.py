"""Fix edits as --format json places them: lines and columns of each edit; a document-wide fix one edit a line."""
from __future__ import annotations

import json

from lintlaw.document import Document
from lintlaw.finding import Edit
from lintlaw.fix import apply_edits
from lintlaw.runner import _edits_as_json

# A report converted on the web: every mark half-width, several to a line.
CONVERTED = "".join(
    f"({i})加强组织领导,健全工作机制;全年召开会议{i}次,研究解决重点问题:法治建设,依法行政!\n" for i in range(1, 40)
)


def _json_edits_applied(text, edits):
    """Apply edits placed as JSON (1-based lines, code-point columns, end inclusive) to text."""
    starts = [0]
    for line in text.split("\n")[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    flat = [(starts[e["line"] - 1] + e["column"] - 1, starts[e["end_line"] - 1] + e["end_column"], e["content"])
            for e in edits]
    return apply_edits(text, flat)


def test_a_document_wide_fix_is_placed_one_edit_a_line(run_cli, tmp_path):
    path = tmp_path / "converted.txt"
    path.write_text(CONVERTED, encoding="utf-8")
    code, out, _ = run_cli("--format", "json", "--select", "punctuation-width", str(path))
    assert code == 0  # a warning
    (finding,) = json.loads(out)["findings"]
    edits = finding["fix"]["edits"]
    assert len(edits) == 39  # one a line, for 312 marks
    assert "共312处" in finding["message"]
    assert all(e["line"] == e["end_line"] for e in edits)
    fixed = _json_edits_applied(CONVERTED, edits)
    assert "," not in fixed and "(" not in fixed and "（1）加强组织领导，健全工作机制；" in fixed
    assert fixed.count("\n") == CONVERTED.count("\n")


def test_edits_are_placed_by_line_and_column():
    doc = Document.from_text("一,二,三")
    placed = _edits_as_json(doc, [Edit(1, 2, "，"), Edit(3, 4, "，")])
    assert [(e["column"], e["end_column"], e["content"]) for e in placed] == [(2, 2, "，"), (4, 4, "，")]


def test_insertions_and_edits_across_lines_are_placed_exactly():
    text = "一,二\n三,四\n五"
    doc = Document.from_text(text)
    for edits in ([Edit(1, 2, "，"), Edit(3, 3, "+"), Edit(6, 7, "，")],
                  [Edit(2, 5, "X")],  # from the first line into the second
                  [Edit(8, 8, "。"), Edit(0, 1, "壹")]):  # out of order, one at the very end
        assert _json_edits_applied(text, _edits_as_json(doc, edits)) == apply_edits(text, edits)
