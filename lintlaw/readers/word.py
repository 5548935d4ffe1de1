"""Word (.docx) documents through python-docx: one paragraph, one line.

What is read, in document order:

- every body paragraph is one line, so a line number in the output is the
  paragraph's number in the document (1-based, empty paragraphs counted);
- a table's cells are read where the table stands, row by row and cell by
  cell, each paragraph of a cell a line of its own (nested tables likewise);
- content controls (w:sdt) are read as the text they hold;
- tracked insertions count as text and tracked deletions do not (the document
  as it will read once the changes are accepted);
- headers, footers, footnotes, comments and text boxes are not read.

Tables are also given as ``Source.tables``: rows of cells, each cell with its
grid column (merged cells line up) and its offsets in the text, for checks
that read a table by rows and columns (合计 rows, 小计 columns).

A line break inside a paragraph (Shift+Enter) becomes a space, so that a
paragraph stays one line.  Heading styles (Heading 1..9, 标题 1..9, or any
style or paragraph with an outline level) give ``Source.heading_levels``.

Files that are not .docx are clear errors: a password-protected .docx is an
encrypted OLE compound file, as is an old .doc renamed; a zip that is not a
Word document, or a damaged one, says so.
"""
from __future__ import annotations

import io
import re
from typing import Dict, Iterator, List, Optional, Tuple

from ._base import Cell, Source, SourceError, Table
from ..lazy_re import lazy

KIND = "docx"
SUFFIXES = (".docx",)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# The XML of a report is a few megabytes; a part far larger is a zip bomb or a
# document we should not try to hold in memory.
MAX_PART_BYTES = 256 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

# Subtrees whose text is not the paragraph's running text: deletions, drawings
# and text boxes (whose AlternateContent would also repeat the text twice).
_SKIP = frozenset({
    W + "del", W + "moveFrom", W + "drawing", W + "pict", W + "object", W + "txbxContent",
    W + "pPr", W + "rPr", W + "instrText", W + "delText", MC + "AlternateContent",
})
_TEXT_AS = {W + "tab": "\t", W + "ptab": "\t", W + "br": " ", W + "cr": " ", W + "noBreakHyphen": "-"}
# Containers whose children are blocks (paragraphs, tables, controls).
_WRAPPERS = frozenset({W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag"})
_LINE_BREAKS = lazy(r"[\r\n\v\f\u2028\u2029\x85]")

_HEADING_NAME = lazy(r"^(?:heading|标题)\s*([1-9])$", re.I)


def _check_container(data: bytes) -> None:
    import zipfile  # here: a run without a Word file does not pay for it

    if data.startswith(OLE_MAGIC):
        raise SourceError(
            "cannot read this .docx: it is an encrypted (password-protected) Word file or an old "
            ".doc under a .docx name; save it from Word or WPS as an unprotected .docx",
            "无法读取此 .docx：它是加密（设了密码）的 Word 文件，或改了扩展名的旧 .doc 文件；"
            "请在 Word 或 WPS 中另存为未加密的 .docx")
    if not data.startswith(ZIP_MAGIC):
        raise SourceError("not a Word document: a .docx is a zip package and this file is not one",
                          "不是 Word 文档：.docx 是 zip 压缩包，此文件不是")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = {info.filename: info for info in package.infolist()}
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise SourceError(f"damaged .docx (not a readable zip package: {exc})",
                          f".docx 已损坏（不是可读的 zip 压缩包：{exc}）") from None
    if "[Content_Types].xml" not in infos:
        raise SourceError("not a Word document: a zip file, but not an Office Open XML package",
                          "不是 Word 文档：是 zip 文件，但不是 Office Open XML 文档包")
    too_big = [name for name, info in infos.items() if info.file_size > MAX_PART_BYTES]
    if too_big:
        size = infos[too_big[0]].file_size // 1048576
        raise SourceError(f"damaged or oversized .docx: part {too_big[0]} unpacks to {size} MiB",
                          f".docx 已损坏或过大：其中 {too_big[0]} 解压后有 {size} MiB")


def _open(data: bytes):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise SourceError("not a Word document (.docx)", "不是 Word 文档（.docx）") from None
    except ValueError as exc:
        # python-docx: "file '...' is not a Word file, content type is '...'"
        kind = re.search(r"content type is '([^']*)'", str(exc))
        what = f" (it holds {kind.group(1)})" if kind else ""
        what_zh = f"（其内容类型是 {kind.group(1)}）" if kind else ""
        raise SourceError(f"not a Word document{what}", f"不是 Word 文档{what_zh}") from None
    except KeyError as exc:
        raise SourceError(f"damaged .docx: a part is missing ({exc})", f".docx 已损坏：缺少部件（{exc}）") from None
    except Exception as exc:  # lxml syntax errors and the like: the package is damaged
        detail = f"{type(exc).__name__}: {exc}"
        raise SourceError(f"damaged .docx: {detail}", f".docx 已损坏：{detail}") from None


def text_pieces(p) -> Iterator[Tuple[object, str]]:
    """(element, its text) for what a paragraph reads as text, in order: each w:t, and
    the tabs and breaks that read as one character.  The annotated copy (lintlaw.annotate)
    splits runs along these, so both see the same characters."""
    stack = [iter(p)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue  # comments, processing instructions, skipped subtrees
        if tag == W + "t":
            yield child, child.text or ""
        elif tag in _TEXT_AS:
            yield child, _TEXT_AS[tag]
        elif len(child):
            stack.append(iter(child))


def _paragraph_text(p) -> str:
    return _LINE_BREAKS.sub(" ", "".join(text for _, text in text_pieces(p)))


def _children(el, tag: str) -> Iterator[object]:
    """The ``tag`` children of ``el``, looking through wrappers (w:sdt, w:customXml ...)."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tag)


def _int_val(el, default: int) -> int:
    try:
        return max(1, int(el.get(W + "val")))
    except (AttributeError, TypeError, ValueError):
        return default


class _Walk:
    """The body in document order: its paragraphs as lines, and its tables as rows of cells."""

    def __init__(self, styles: "_Styles"):
        self.styles = styles
        self.lines: List[str] = []
        self.paragraphs: List[object] = []  # the w:p element of each line
        self.levels: Dict[int, int] = {}
        self.table_lines: set = set()
        # (first line, end line, rows) per table; each row a list of
        # (grid column, span, merged, first line, end line); turned into offsets at the end.
        self.tables: List[Tuple[int, int, list]] = []

    def blocks(self, container, in_table: bool) -> None:
        for child in container:
            tag = child.tag
            if tag == W + "p":
                if in_table:
                    self.table_lines.add(len(self.lines))
                else:
                    level = _heading_level(child, self.styles)
                    if level:
                        self.levels[len(self.lines)] = level
                self.lines.append(_paragraph_text(child))
                self.paragraphs.append(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in _WRAPPERS:
                self.blocks(child, in_table)

    def table(self, tbl) -> None:
        first = len(self.lines)
        slot = len(self.tables)  # an outer table comes before the tables nested in it
        self.tables.append((first, first, []))
        rows: list = []
        for tr in _children(tbl, W + "tr"):
            trpr = tr.find(W + "trPr")
            column = _int_val(trpr.find(W + "gridBefore"), 0) if trpr is not None else 0
            cells = []
            for tc in _children(tr, W + "tc"):
                tcpr = tc.find(W + "tcPr")
                span, merged = 1, False
                if tcpr is not None:
                    span = _int_val(tcpr.find(W + "gridSpan"), 1)
                    vmerge = tcpr.find(W + "vMerge")
                    merged = vmerge is not None and vmerge.get(W + "val") in (None, "continue")
                cell_first = len(self.lines)
                self.blocks(tc, True)
                cells.append((column, span, merged, cell_first, len(self.lines)))
                column += span
            rows.append(cells)
        self.tables[slot] = (first, len(self.lines), rows)

    def built_tables(self) -> Tuple[Table, ...]:
        starts = [0]
        for line in self.lines:
            starts.append(starts[-1] + len(line) + 1)

        def span_of(first: int, end: int) -> Tuple[int, int]:
            if end <= first:  # a cell without a paragraph (Word always writes one; others may not)
                at = min(starts[first], starts[-1] - 1) if self.lines else 0
                return at, at
            return starts[first], starts[end] - 1

        out = []
        for first, end, rows in self.tables:
            start, stop = span_of(first, end)
            out.append(Table(start, stop, tuple(
                tuple(Cell(r, column, span, *span_of(a, b), merged) for column, span, merged, a, b in cells)
                for r, cells in enumerate(rows))))
        return tuple(out)


class _Styles:
    """Paragraph styles: id -> heading level, following ``basedOn`` (Word's inheritance)."""

    def __init__(self, document):
        self.names: Dict[str, str] = {}
        self.based_on: Dict[str, str] = {}
        self.outline: Dict[str, int] = {}
        self.default: Optional[str] = None
        try:
            root = document.styles.element
        except Exception:  # a package without styles.xml: every paragraph is body text
            return
        for style in root.iterchildren(W + "style"):
            if style.get(W + "type") != "paragraph":
                continue
            sid = style.get(W + "styleId")
            if not sid:
                continue
            name = style.find(W + "name")
            if name is not None:
                self.names[sid] = name.get(W + "val") or ""
            based = style.find(W + "basedOn")
            if based is not None and based.get(W + "val"):
                self.based_on[sid] = based.get(W + "val")
            level = _outline_level(style.find(W + "pPr"))
            if level is not None:
                self.outline[sid] = level
            if style.get(W + "default") in ("1", "true", "on"):
                self.default = sid
        self._cache: Dict[str, Optional[int]] = {}

    def level(self, sid: Optional[str]) -> Optional[int]:
        sid = sid or self.default
        if sid is None:
            return None
        if sid in self._cache:
            return self._cache[sid]
        level = None
        seen = set()
        current: Optional[str] = sid
        while current and current not in seen:  # basedOn can loop in a damaged file
            seen.add(current)
            match = _HEADING_NAME.match(self.names.get(current, "").strip())
            if match:
                level = int(match.group(1))
                break
            if current in self.outline:
                level = self.outline[current]
                break
            current = self.based_on.get(current)
        self._cache[sid] = level
        return level


def _outline_level(ppr) -> Optional[int]:
    """1-based heading level from a w:outlineLvl (0..8); 9 means body text."""
    if ppr is None:
        return None
    lvl = ppr.find(W + "outlineLvl")
    if lvl is None:
        return None
    try:
        value = int(lvl.get(W + "val"))
    except (TypeError, ValueError):
        return None
    return value + 1 if 0 <= value <= 8 else 0  # 0: explicitly not a heading


def _heading_level(p, styles: _Styles) -> Optional[int]:
    ppr = p.find(W + "pPr")
    own = _outline_level(ppr)
    if own is not None:
        return own or None
    sid = None
    if ppr is not None:
        pstyle = ppr.find(W + "pStyle")
        if pstyle is not None:
            sid = pstyle.get(W + "val")
    return styles.level(sid) or None


def sniff(data: bytes) -> bool:
    """An Office Open XML package (a .docx under another name; an .xlsx is told apart when read)."""
    return data.startswith(ZIP_MAGIC) and b"[Content_Types].xml" in data[:512]


def open_document(data: bytes):
    """The python-docx Document of ``data`` and the walk of its body (lines, paragraphs, tables)."""
    _check_container(data)
    document = _open(data)
    walk = _Walk(_Styles(document))
    try:
        body = document.element.body
    except Exception as exc:
        raise SourceError(f"damaged .docx: no document body ({exc})", f".docx 已损坏：没有正文（{exc}）") from None
    walk.blocks(body, False)
    return document, walk


def read(data: bytes, path: str, encoding: Optional[str] = None) -> Source:
    """A Source for a .docx: one line a paragraph, heading levels from the styles, tables as cells."""
    _, walk = open_document(data)
    return Source(path=path, raw="\n".join(walk.lines), encoding="utf-8", kind=KIND, heading_levels=walk.levels,
                  table_lines=frozenset(walk.table_lines), tables=walk.built_tables(), size=len(data))
