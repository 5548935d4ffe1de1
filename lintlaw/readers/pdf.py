"""PDF documents: the text layer, laid out again as the report's paragraphs.

A PDF holds glyphs at positions, not paragraphs: each printed line is a line of
its own, a paragraph that runs across a page break is cut in two, and the page
header, footer and number come back on every page.  Checks built for the text
of a report would flag every one of those (a broken paragraph at each line
end, a repeated header).  So this reader rebuilds what the author wrote:

- glyphs are read with pdfminer.six (it gives every glyph's box, which the
  layout below needs; pypdf gives text runs without their widths) and grouped
  into printed lines by their baseline;
- lines at the top or bottom of the pages whose text (digits aside) repeats on
  most pages are the running header or footer, and a lone page number there
  (3, - 3 -, 第3页, 第3页 共9页, 3/9) is a page number: all are left out;
- lines are joined into paragraphs: a new paragraph starts where a line is
  indented (首行缩进), where the line before it ends short of the right margin,
  after a wider gap than the line spacing, or where the type size changes; a
  paragraph whose last line on a page reaches the margin goes on on the next page;
- each paragraph is one line of the text, so a finding's line is a paragraph,
  and ``Source.page_starts`` says on which page each character stands.

A PDF without a text layer (a scan) cannot be checked: it is an error that
says OCR is needed.  An encrypted or damaged PDF is a clear error too.
"""
from __future__ import annotations

import collections
import re
from typing import List, NamedTuple, Optional, Sequence, Tuple

from ._base import Source, SourceError
from ..lazy_re import lazy

KIND = "pdf"
SUFFIXES = (".pdf",)

# A report has tens of pages; a PDF far past this is a book or an archive, and
# laying out every page would make the run slow for no finding anyone reads.
MAX_PAGES = 2000


def sniff(data: bytes) -> bool:
    """A PDF whatever it is called (the header may follow a little junk, as readers allow)."""
    return b"%PDF-" in data[:1024]


class Line(NamedTuple):
    page: int  # 0-based
    text: str
    x0: float
    x1: float
    top: float  # distance from the top of the page
    bottom: float
    size: float  # the usual type size of its glyphs
    lead: float  # width of its first unbreakable piece (an English word, a character and its 。)


# Page numbers as reports print them: 3, - 3 -, —3—, 第3页, 第 3 页 共 9 页, 3/9, Page 3 of 9.
_PAGE_NUMBER = lazy(
    r"^[\s\-—–·•]*(?:第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|\d+(?:\s*[/／]\s*\d+)?"
    r"|共\s*\d+\s*页\s*第\s*\d+\s*页|page\s*\d+(?:\s*of\s*\d+)?)[\s\-—–·•]*$", re.I)
_DIGITS = lazy(r"\d+")
_ASCII_WORD = lazy(r"[A-Za-z0-9]")
# What may not start a line (GB/T 15834 and Word's 避头尾): it stays with the character before.
_NO_LINE_START = set("，。、；：？！）》」』】〕”’…—,.;:?!)]}%")


def read(data: bytes, path: str, encoding: Optional[str] = None) -> Source:
    pages = _pages(data)
    if not any(pages):
        raise SourceError(f"no text to check: this PDF has no text layer ({len(pages)} page"
                          f"{'s' if len(pages) != 1 else ''} of images, a scan?); it needs OCR first",
                          f"没有可检查的文字：此 PDF 没有文字层（{len(pages)} 页图像，可能是扫描件），"
                          f"需先做文字识别（OCR）")
    body = _drop_running_lines(pages)
    text, page_starts = _paragraphs(body, len(pages))
    notes = []
    empty = [index + 1 for index, lines in enumerate(pages) if not lines]
    if empty:
        shown = ", ".join(map(str, empty[:10])) + ("…" if len(empty) > 10 else "")
        notes.append((f"page{'s' if len(empty) > 1 else ''} {shown} of this PDF ha{'ve' if len(empty) > 1 else 's'} "
                      f"no text layer (scanned?): not checked",
                      f"此 PDF 的第 {shown} 页没有文字层（可能是扫描件），未检查"))
    return Source(path=path, raw=text, encoding="utf-8", kind=KIND, page_starts=tuple(page_starts), notes=notes)


def _pages(data: bytes) -> List[List[Line]]:
    """The printed lines of each page, top to bottom."""
    import io
    import logging

    # pdfminer reports recoverable damage through logging; the clear errors below say what matters.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)

    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage, PDFTextExtractionNotAllowed
    from pdfminer.pdfparser import PDFParser

    out: List[List[Line]] = []
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=None)  # glyphs only: the layout is ours
        interpreter = PDFPageInterpreter(manager, device)
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= MAX_PAGES:
                raise SourceError(f"PDF too long (over {MAX_PAGES} pages)", f"PDF 太长（超过 {MAX_PAGES} 页）")
            interpreter.process_page(page)
            layout = device.get_result()
            chars = []
            stack = list(layout)
            while stack:
                item = stack.pop()
                if isinstance(item, LTChar):
                    chars.append(item)
                elif hasattr(item, "__iter__") and not isinstance(item, (str, bytes)):
                    stack.extend(item)
            out.append(_lines(chars, layout.height, number))
    except SourceError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError, PDFTextExtractionNotAllowed):
        raise SourceError("encrypted PDF: it cannot be read without its password; "
                          "save an unprotected copy and check that",
                          "加密的 PDF：没有密码无法读取；请另存一份未加密的副本再检查") from None
    except RecursionError:
        raise SourceError("damaged PDF: its objects refer to each other without end",
                          "PDF 已损坏：其中的对象循环引用") from None
    except Exception as exc:  # noqa: BLE001 - whatever a broken file makes the parser raise
        detail = f"{type(exc).__name__}: {exc}"[:240]
        raise SourceError(f"damaged PDF, or not a PDF: {detail}", f"PDF 已损坏，或不是 PDF：{detail}") from None
    if not out:
        raise SourceError("damaged PDF: no pages found", "PDF 已损坏：找不到任何页面")
    return out


def _lines(chars, page_height: float, page: int) -> List[Line]:
    """Glyphs grouped into printed lines by their vertical middle, each line left to right."""
    glyphs = [(page_height - c.y1, page_height - c.y0, c.x0, c.x1, c.get_text(), c.size)
              for c in chars if c.get_text().strip() or c.get_text() == " "]
    glyphs.sort(key=lambda g: ((g[0] + g[1]) / 2, g[2]))
    rows: List[list] = []
    for glyph in glyphs:
        middle = (glyph[0] + glyph[1]) / 2
        if rows:
            row = rows[-1]
            if abs(middle - row[0]) <= 0.4 * max(glyph[5], row[1]):
                row[2].append(glyph)
                continue
        rows.append([middle, glyph[5], [glyph]])
    lines = []
    for _, _, row in rows:
        row.sort(key=lambda g: g[2])
        sizes = collections.Counter(round(g[5], 1) for g in row)
        size = sizes.most_common(1)[0][0] or 10.0
        pieces = []
        previous = None
        for glyph in row:
            char = glyph[4]
            if previous is not None and not char.isspace() and not pieces[-1].isspace():
                gap = glyph[2] - previous[3]
                ascii_pair = _ASCII_WORD.match(pieces[-1][-1:]) and _ASCII_WORD.match(char)
                if gap > 2.0 * size or (ascii_pair and gap > 0.2 * size):
                    pieces.append(" ")
            pieces.append(char)
            previous = glyph
        text = "".join(pieces).strip()
        if text:
            lines.append(Line(page, re.sub(r"\s+", " ", text), row[0][2], max(g[3] for g in row),
                              min(g[0] for g in row), max(g[1] for g in row), size, _lead(row)))
    return lines


def _lead(row) -> float:
    """The width of what a line starts with that could not have been cut: the first word
    of English or digits, or the first character with the marks that may not start a line."""
    first = row[0]
    end = 1
    if _ASCII_WORD.match(first[4]):
        while end < len(row) and (_ASCII_WORD.match(row[end][4]) or row[end][4] in "._-/%"):
            end += 1
    while end < len(row) and row[end][4] in _NO_LINE_START:
        end += 1
    return row[end - 1][3] - first[2]


def _running_key(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _is_page_number(text: str, pages: int) -> bool:
    """A page number: its form, and a number a page can have (a date 2024125 is not one)."""
    if not _PAGE_NUMBER.match(text):
        return False
    return all(1 <= int(number) <= pages + 20 for number in _DIGITS.findall(text))


def _drop_running_lines(pages: Sequence[List[Line]]) -> List[List[Line]]:
    """The pages without their running header, footer and page number."""
    pages = [list(lines) for lines in pages]
    with_text = sum(1 for lines in pages if lines)
    for end in (0, -1):  # the top of each page, then its bottom
        for _ in range(3):  # a header may be two lines (a title over a rule of text)
            keys = collections.Counter(_running_key(lines[end].text) for lines in pages if len(lines) > 1)
            dropped = False
            for lines in pages:
                if len(lines) < 2:
                    continue
                line = lines[end]
                repeated = with_text >= 2 and keys[_running_key(line.text)] >= max(2, (with_text + 1) // 2)
                if repeated or _is_page_number(line.text, len(pages)):
                    del lines[end]
                    dropped = True
            if not dropped:
                break
    return pages


def _margins(lines: Sequence[Line]) -> Tuple[float, float, float]:
    """The body's left and right margins and its usual line pitch."""
    lefts = collections.Counter(round(line.x0) for line in lines)
    left = float(lefts.most_common(1)[0][0])
    widest = max(line.x1 for line in lines)
    rights = collections.Counter(round(line.x1) for line in lines if line.x1 >= left + 0.6 * (widest - left))
    right = float(rights.most_common(1)[0][0]) if rights else widest
    pitches = collections.Counter(round(b.top - a.top) for a, b in zip(lines, lines[1:])
                                  if a.page == b.page and b.top > a.top)
    pitch = float(pitches.most_common(1)[0][0]) if pitches else 0.0
    return left, right, pitch


def _starts_paragraph(previous: Line, line: Line, left: float, right: float, pitch: float) -> bool:
    size = line.size
    if abs(line.size - previous.size) > 0.15 * max(line.size, previous.size):
        return True  # a title, a heading in another size
    centre = (left + right) / 2
    if line.x0 > left + 0.8 * size:
        # Indented (首行缩进, a signature), or centred: a centred title wrapped over two
        # lines goes on when the line before filled most of the width.
        return not (_centred(previous, centre) and _centred(line, centre)
                    and previous.x1 - previous.x0 >= 0.7 * (right - left))
    if right - previous.x1 > max(1.5 * previous.size, line.lead + 0.5 * previous.size):
        return True  # the line before ended short, with room for what this one starts with
    if line.page == previous.page and pitch and line.top - previous.top > 1.6 * pitch:
        return True  # a blank line's worth of space
    return False


def _centred(line: Line, centre: float) -> bool:
    return abs((line.x0 + line.x1) / 2 - centre) < line.size


def _paragraphs(pages: Sequence[List[Line]], page_count: int) -> Tuple[str, List[int]]:
    """The text, one paragraph a line, and the offset where each page starts in it."""
    lines = [line for page in pages for line in page]
    page_starts = [0] * page_count
    if not lines:
        return "", page_starts
    left, right, pitch = _margins(lines)
    out: List[str] = []
    length = 0  # of "\n".join(out) so far
    next_page = 0
    previous: Optional[Line] = None
    for line in lines:
        new = previous is None or _starts_paragraph(previous, line, left, right, pitch)
        if new and out:
            length += 1  # the "\n" before this paragraph
        joiner = ""
        if not new and _ASCII_WORD.match(out[-1][-1:]) and _ASCII_WORD.match(line.text[:1]):
            joiner = " "  # an English word or a number wrapped at a space
        while next_page <= line.page:
            page_starts[next_page] = length + len(joiner)
            next_page += 1
        if new:
            out.append(line.text)
        else:
            out[-1] += joiner + line.text
        length += len(joiner) + len(line.text)
        previous = line
    for index in range(next_page, page_count):
        page_starts[index] = length
    return "\n".join(out), page_starts
