"""``--annotate OUTDIR``: a Word copy of each report with every finding as a comment (批注).

Reviewers work in Word or WPS: a copy whose comments sit on the defects' own
characters needs no instructions.  For each input, ``OUTDIR/<stem>.docx``:

- a .docx input is copied with everything else unchanged (styles, tables,
  headings, numbering): the only changes are runs split where a finding starts
  or ends, the comment range marks and the comments part;
- any other input (.txt, .md, .pdf) becomes a new .docx, one paragraph per
  line of the text lintlaw read, so line N of a finding is paragraph N;
- the inputs are never written.

python-docx 1.2 anchors a comment on whole runs (``Document.add_comment``), so
a run is split at the first and after the last character of the finding
(copying its formatting to both halves); a finding across runs or paragraphs,
or inside a table cell, is anchored from the run where it starts to the run
where it ends.  Runs are found through the reader's own walk of the paragraph
(``readers.word.text_pieces``), so the characters counted are the ones the
checks read.
"""
from __future__ import annotations

import copy
import io
import os
import re
from typing import Dict, List, Optional, Sequence, Tuple

from .readers import SourceError, read_bytes
from .readers.word import _TEXT_AS, W, open_document, text_pieces

AUTHOR = "lintlaw"
INITIALS = "LL"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Characters XML 1.0 cannot hold (a report with a stray control character still gets its copy).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

WORDS = {
    "zh": {"help": "建议", "related": "相关位置：第{line}段"},
    "en": {"help": "Help", "related": "related place: paragraph {line}"},
}


class AnnotateError(SourceError):
    """A copy that could not be made; the message names no path (the caller does)."""


def output_path(path: str, outdir: str, taken: Dict[str, str]) -> str:
    """OUTDIR/<stem>.docx; a second input with the same stem gets its whole name (a.md.docx)."""
    base = os.path.basename(path) if path != "-" else "stdin"
    stem = os.path.splitext(base)[0] or base
    target = os.path.join(outdir, stem + ".docx")
    if os.path.normcase(os.path.abspath(target)) in taken:
        target = os.path.join(outdir, base + ".docx")
    taken[os.path.normcase(os.path.abspath(target))] = path
    return target


def comment_text(d, lang: str) -> str:
    words = WORDS.get(lang, WORDS["zh"])
    parts = [f"{d.code} {d.rule}：{d.message}" if lang != "en" else f"{d.code} {d.rule}: {d.message}"]
    if d.help:
        parts.append(f"{words['help']}：{d.help}" if lang != "en" else f"{words['help']}: {d.help}")
    for rel in d.related:
        parts.append(words["related"].format(line=rel["line"]) + (f"（{rel['message']}）" if rel.get("message") else ""))
    return _NOT_XML.sub("\ufffd", "\n".join(parts))


def annotate_file(file_result, outdir: str, lang: str, taken: Dict[str, str]) -> str:
    """Write the annotated copy of one linted file; return its path."""
    path = file_result.path
    text = file_result.text
    if text is None:
        raise AnnotateError("no text kept for this file", "未保留此文件的文字")
    target = output_path(path, outdir, taken)
    if path != "-" and os.path.exists(target) and os.path.samefile(target, path):
        raise AnnotateError("the annotated copy would overwrite the input; choose another folder",
                            "批注副本会覆盖原文件；请另选一个文件夹")
    data = None
    if path != "-" and file_result.kind == "docx":
        data, _ = read_bytes(path)
    document, paragraphs = _document(data, text)
    marker = _Anchors(paragraphs, text)
    for d in file_result.diagnostics:
        first, last = marker.runs(d.start, d.end)
        document.add_comment([first, last], text=comment_text(d, lang), author=AUTHOR, initials=INITIALS)
    buffer = io.BytesIO()
    document.save(buffer)
    os.makedirs(outdir, exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(buffer.getvalue())
    return target


def _document(data: Optional[bytes], text: str):
    """(python-docx Document, its w:p elements, one a line of ``text``)."""
    import docx

    if data is not None:
        document, walk = open_document(data)
        if "\n".join(walk.lines) != text:
            raise AnnotateError("the file changed while it was being checked; run lintlaw again",
                                "文件在检查过程中被改动；请重新运行 lintlaw")
        return document, walk.paragraphs
    document = docx.Document()
    body = document.element.body
    for paragraph in list(body.iterchildren(W + "p")):
        body.remove(paragraph)  # the template's empty first paragraph
    paragraphs = []
    for line in text.split("\n"):
        paragraph = document.add_paragraph()
        if line:
            paragraph.add_run(_NOT_XML.sub("\ufffd", line))
        paragraphs.append(paragraph._p)
    return document, paragraphs


class _Anchors:
    """Splits runs so that a span of the text starts and ends on run boundaries."""

    def __init__(self, paragraphs: Sequence[object], text: str):
        self.paragraphs = paragraphs
        self.text = text
        self.starts = [0]
        for line in text.split("\n")[:-1]:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def _locate(self, offset: int) -> Tuple[int, int]:
        import bisect

        line = bisect.bisect_right(self.starts, offset) - 1
        return line, offset - self.starts[line]

    def runs(self, start: int, end: int):
        """The first and the last run (python-docx Run) covering ``text[start:end]`` exactly."""
        from docx.text.run import Run

        start, end = self._visible(start, end)
        first_line, first_column = self._locate(start)
        last_line, last_column = self._locate(end - 1)
        first = self._cut(first_line, first_column, keep="after")
        last = self._cut(last_line, last_column, keep="before")
        if first is None or last is None:  # nothing to hold the range: the whole paragraph(s)
            first = first or self._whole(first_line, at_start=True)
            last = last or self._whole(last_line, at_start=False)
        return Run(first, None), Run(last, None)

    def _visible(self, start: int, end: int) -> Tuple[int, int]:
        """The span without line breaks at its ends; an empty span takes its neighbour character."""
        text = self.text
        start = max(0, min(start, len(text)))
        end = max(start, min(end, len(text)))
        while start < end and text[start] == "\n":
            start += 1
        while end > start and text[end - 1] == "\n":
            end -= 1
        if end > start:
            return start, end
        for probe in (start, start - 1):  # a point: the character after it, else the one before
            if 0 <= probe < len(text) and text[probe] != "\n":
                return probe, probe + 1
        return start, start + 1 if start < len(text) else start

    def _pieces(self, line: int) -> List[Tuple[object, str, int]]:
        out = []
        at = 0
        for element, text in text_pieces(self.paragraphs[line]):
            out.append((element, text, at))
            at += len(text)
        return out

    def _cut(self, line: int, column: int, keep: str):
        """The w:r that starts exactly at ``column`` of the paragraph (``keep="after"``) or
        ends exactly after it (``keep="before"``), splitting a run if needed."""
        if not 0 <= line < len(self.paragraphs):
            return None
        for element, text, at in self._pieces(line):
            if at <= column < at + len(text):
                return _split(element, column - at + (keep == "before"), keep=keep)
        return None

    def _whole(self, line: int, at_start: bool):
        """An empty run at the paragraph's start or end, for a range with nothing else to hold."""
        from docx.oxml import OxmlElement

        paragraph = self.paragraphs[min(max(line, 0), len(self.paragraphs) - 1)]
        run = OxmlElement("w:r")
        properties = paragraph.find(W + "pPr")
        if at_start and properties is not None:
            properties.addnext(run)
        elif at_start:
            paragraph.insert(0, run)
        else:
            paragraph.append(run)
        return run


def _length(child) -> int:
    """How many characters of the text a child of a run reads as (see text_pieces)."""
    if child.tag == W + "t":
        return len(child.text or "")
    return 1 if child.tag in _TEXT_AS else 0


def _split(piece, index: int, keep: str):
    """Cut the run holding ``piece`` before character ``index`` of it; return the run that
    starts at the cut (``keep="after"``) or ends at it (``keep="before"``).  A cut on the run's
    own edge splits nothing; a split run's properties (its formatting) go to both halves."""
    run = piece.getparent()
    if run is None or run.tag != W + "r":
        return None  # text deeper inside a run (ruby and the like): anchored on the paragraph
    children = [child for child in run if child.tag != W + "rPr"]
    position = children.index(piece)
    before = sum(_length(child) for child in children[:position]) + index
    if before == 0 or before == sum(_length(child) for child in children):
        return run
    second = copy.deepcopy(run)
    twins = [child for child in second if child.tag != W + "rPr"]
    if 0 < index < _length(piece):  # the cut falls inside this w:t
        text = piece.text
        piece.text, twins[position].text = text[:index], text[index:]
        piece.set(XML_SPACE, "preserve")
        twins[position].set(XML_SPACE, "preserve")
        keep_in_first, drop_from_second = position + 1, position
    else:
        cut = position if index == 0 else position + 1
        keep_in_first, drop_from_second = cut, cut
    for child in children[keep_in_first:]:
        run.remove(child)
    for child in twins[:drop_from_second]:
        second.remove(child)
    run.addnext(second)
    return second if keep == "after" else run


def annotate_run(result, outdir: str, lang: str) -> List[str]:
    """Annotated copies of every file that was checked; a copy that fails is an error of its file."""
    written: List[str] = []
    taken: Dict[str, str] = {}
    for file_result in result.files:
        if not file_result.checked:
            continue
        try:
            written.append(annotate_file(file_result, outdir, lang, taken))
        except SourceError as exc:  # AnnotateError too
            file_result.errors.append(("no annotated copy: " if lang == "en" else "未写出批注副本：") + exc.text(lang))
        except (OSError, ValueError) as exc:  # an unwritable folder; XML python-docx refuses
            reason = getattr(exc, "strerror", None) or str(exc)
            file_result.errors.append(f"no annotated copy: {reason}" if lang == "en" else f"未写出批注副本：{reason}")
    return written
