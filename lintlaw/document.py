"""The document model every check reads: text, paragraphs, sentences, clauses, outline.

Everything is computed once per document and shared.  The document knows
nothing of numbers: the number model (lintlaw.numbers) reads the document.
Offsets index ``text`` (line endings normalized to ``\\n``); ``folded`` is the
same text, character for character, with half-width ,;:?!() and full-width
digits folded to one form, so a pattern written for one width matches both and
its offsets stay valid.
``position`` maps any offset back to a 1-based (line, column) in the file.
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import Callable, Dict, Iterable, List, Mapping, NamedTuple, Optional, Tuple, TypeVar

from .numerals import CIRCLED, PAREN_DIGITS, PAREN_HAN, cn_to_int
from .readers import Source, from_text, prose

# Half-width punctuation that web conversion leaves in Chinese text, folded to the
# full-width form; full-width digits and letters folded to ASCII.  One to one, so
# offsets do not move.  "." is left alone: it is a decimal point far more often.
_FOLD = {ord(a): b for a, b in zip(",;:?!()", "，；：？！（）")}
_FOLD.update({0xFF10 + i: ord("0") + i for i in range(10)})
_FOLD.update({0xFF21 + i: ord("A") + i for i in range(26)})
_FOLD.update({0xFF41 + i: ord("a") + i for i in range(26)})
_FOLD.update({0xFF0E: ord("."), 0xFF05: ord("%")})  # ． and ％

T = TypeVar("T")

SPACE = " \t\u3000\xa0\u2002\u2003\u200b\ufeff"
SENTENCE_END = "。！？；"
CLOSING = "”’」』》）】〕\"'"
_NOT_SPACE_OR_END = "[^" + SPACE + "。！？；]"
# A sentence: text up to its closing 。！？； and any closing quotes, or up to the paragraph's end;
# it starts at a character that is neither white space nor a stray end mark's neighbour.
_SENTENCE = re.compile(
    "(?:" + _NOT_SPACE_OR_END + "[^。！？；]*)?[。！？；]+[" + re.escape(CLOSING) + "]*"
    "|" + _NOT_SPACE_OR_END + "[^。！？；]*"
)
_CLAUSE = re.compile(r"[^，]*，|[^，]+")
_STOP = re.compile("[" + SENTENCE_END + "]")


_FOLD_CHARS = tuple((chr(c), v if isinstance(v, str) else chr(v)) for c, v in _FOLD.items())


def matching_close(folded: str, open_at: int, limit: int) -> int:
    """Index of the ） that closes the （ at ``open_at`` (nesting counted), or -1 before ``limit``."""
    depth = 0
    for index in range(open_at, limit):
        char = folded[index]
        if char == "（":
            depth += 1
        elif char == "）":
            depth -= 1
            if depth == 0:
                return index
    return -1


def matching_open(folded: str, close_at: int) -> int:
    """Index of the （ that the ） at ``close_at`` closes (nesting counted), or -1."""
    depth = 0
    for index in range(close_at, -1, -1):
        char = folded[index]
        if char == "）":
            depth += 1
        elif char == "（":
            depth -= 1
            if depth == 0:
                return index
    return -1


def offsets_of(text: str, needles: Iterable[str]) -> List[int]:
    """Where each of ``needles`` starts in ``text``, sorted: str.find runs far faster over
    a long text than a pattern that opens with a character class, for rare needles."""
    offsets: List[int] = []
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            offsets.append(at)
            at = text.find(needle, at + 1)
    offsets.sort()
    return offsets


def fold(text: str) -> str:
    # One str.replace per character present: twice as fast on a 4 MB text as a
    # regex calling back for each match, and six times faster than str.translate,
    # which looks every character up in its table.
    for char, folded in _FOLD_CHARS:
        if char in text:
            text = text.replace(char, folded)
    return text


class Paragraph(NamedTuple):
    index: int
    line: int  # 0-based line of its first character
    start: int
    end: int
    text: str
    folded: str


class Sentence(NamedTuple):
    paragraph: int
    start: int
    end: int
    text: str
    folded: str


class Clause(NamedTuple):
    sentence: int
    start: int
    end: int
    text: str
    folded: str


# Outline styles in GB/T 9704 §7.3.3 order; ``rank`` is the usual depth.
HEADING_STYLES = {
    "chapter": 0,  # 第一章 / 第一部分
    "cn-dun": 1,  # 一、
    "cn-paren": 2,  # （一）
    "num-dot": 3,  # 1.
    "num-dun": 3,  # 1、
    "num-paren": 4,  # （1）
    "circled": 5,  # ①
    "markup": 1,  # a Markdown # or a Word heading style without a number
}


class Heading(NamedTuple):
    """An outline item: a numbered paragraph (or a marked-up heading).

    ``standalone`` is True when the paragraph is only a heading ("一、基本情况");
    False for a run-in item whose paragraph goes on with body text
    ("（一）认识不足。部分同志……").
    """

    paragraph: int
    line: int
    style: str
    number: Optional[int]
    rank: int
    marker_start: int
    marker_end: int
    title_start: int
    title_end: int
    title: str
    standalone: bool


_CN = "一二三四五六七八九十"
_HEADING_PATTERNS = (
    ("chapter", re.compile(r"第([" + _CN + r"百零〇两]+|\d{1,3})(?:章|部分|篇|节)")),
    ("cn-paren", re.compile(r"（([" + _CN + r"]{1,3})）|([\u3220-\u3229])")),
    ("num-paren", re.compile(r"（(\d{1,2})）|([\u2474-\u2487])")),
    ("cn-dun", re.compile(r"([" + _CN + r"]{1,3})(?:、|[．.](?!\d)|，(?=\S))")),
    # "1.2023年通过……": item 1, then a year (a decimal is never followed by 年).
    ("num-dot", re.compile(r"(\d{1,2})[.．](?:(?![\d.．])|(?=(?:19|20)\d\d年))")),
    ("num-dun", re.compile(r"(\d{1,2})、")),
    ("circled", re.compile(r"([\u2460-\u2473])")),
)
# "一是" opens a run-in list, not an outline level; "十分重要、" is not a heading.
_NOT_HEADING_AFTER_CN = re.compile(r"[" + _CN + r"]{1,3}[是批项类种个大]")


def _marker_number(style: str, match: "re.Match[str]") -> Optional[int]:
    token = match.group(match.lastindex)  # the one group of the alternative that matched
    if token.isascii() and token.isdigit():
        return int(token)
    for table in (CIRCLED, PAREN_DIGITS, PAREN_HAN):
        if token in table:
            return table[token]
    return cn_to_int(token)


def _patterns_by_start() -> Dict[str, Tuple[Tuple[str, "re.Pattern[str]"], ...]]:
    styles_by_start = (("第", ("chapter",)), ("（", ("cn-paren", "num-paren")), (_CN, ("cn-dun",)),
                       ("0123456789", ("num-dot", "num-dun")),
                       ("".join(map(chr, range(0x3220, 0x322A))), ("cn-paren",)),  # ㈠
                       ("".join(map(chr, range(0x2474, 0x2488))), ("num-paren",)),  # ⑴
                       ("".join(map(chr, range(0x2460, 0x2474))), ("circled",)))  # ①
    return {char: tuple(p for p in _HEADING_PATTERNS if p[0] in styles)
            for chars, styles in styles_by_start for char in chars}


# The patterns a paragraph can match, by its first character, in _HEADING_PATTERNS
# order: one or two tries instead of seven.  A paragraph that starts with none of
# these characters is no heading.
_PATTERNS_BY_START = _patterns_by_start()


def parse_heading(folded: str) -> Optional[Tuple[str, int, int]]:
    """(style, number, marker length) for a paragraph that starts with an outline marker."""
    if not folded or folded[0] not in _PATTERNS_BY_START:
        return None
    for style, pattern in _PATTERNS_BY_START[folded[0]]:
        match = pattern.match(folded)
        if not match:
            continue
        if style == "cn-dun" and _NOT_HEADING_AFTER_CN.match(folded):
            return None
        number = _marker_number(style, match)
        if number is None:
            continue
        return style, number, match.end()
    return None


class Document:
    """One report, modelled once and read by every check."""

    def __init__(self, source: Source, settings: Optional[Mapping] = None):
        self.source = source
        self.path = source.path
        self.kind = source.kind
        self.settings: Mapping = settings or {}
        raw = source.raw
        # Positions (in normalized text) of line breaks that were \r\n in the file.
        self._crlf: List[int] = []
        if "\r" in raw:
            parts = raw.split("\r\n")
            pos = 0
            for part in parts[:-1]:
                pos += len(part)
                self._crlf.append(pos)
                pos += 1
            text = "\n".join(parts).replace("\r", "\n")
        else:
            text = raw
        # What the checks read: the reader may blank what is not prose (Markdown's code).
        self._plain = text
        text = prose(text, source)
        self.text = text
        self.folded = fold(text)
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._memo: Dict[object, object] = {}

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", kind: str = "txt", settings: Optional[Mapping] = None) -> "Document":
        return cls(from_text(text, path, kind), settings)

    def memo(self, key, compute: Callable[["Document"], T]) -> T:
        """A value a check derives from this document, computed once and shared.

        Rules of one family often need the same analysis (which paragraphs are page
        chrome, which are copies); whichever asks first computes it, and it lives
        exactly as long as the document.
        """
        try:
            return self._memo[key]  # type: ignore[return-value]
        except KeyError:
            value = self._memo[key] = compute(self)
            return value

    @property
    def table_lines(self) -> frozenset:
        """0-based lines that hold table-cell text (from a .docx); rules about prose skip them."""
        return self.source.table_lines

    # -- positions ---------------------------------------------------------
    def position(self, offset: int) -> Tuple[int, int]:
        """1-based (line, column in code points) of an offset into ``text``."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line + 1, offset - self.line_starts[line] + 1

    def line_text(self, line: int) -> str:
        """The text of a 1-based line, without its line break."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    @property
    def file_text(self) -> str:
        """``text`` with the markup the checks do not read shown again (a Markdown link's
        target): the same offsets, for an excerpt a person reads."""
        return self._plain

    @property
    def pages(self) -> int:
        """How many pages the document has (a PDF), 0 when it has none."""
        return len(self.source.page_starts)

    def page(self, offset: int) -> int:
        """The 1-based page of an offset (a PDF's text); 1 for a document without pages."""
        return max(1, bisect.bisect_right(self.source.page_starts, offset))

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def raw_offset(self, offset: int) -> int:
        """Offset in ``source.raw`` of an offset in ``text`` (they differ after each \\r\\n)."""
        return offset + bisect.bisect_left(self._crlf, offset)

    # -- structure ---------------------------------------------------------
    @cached_property
    def paragraphs(self) -> List[Paragraph]:
        """Non-blank lines, stripped of surrounding white space (a line is a paragraph)."""
        out: List[Paragraph] = []
        append = out.append
        text, folded = self.text, self.folded
        heading_levels = self.source.heading_levels
        # str.split and str.strip do per line, in C, what a loop over characters did.
        for line, (start, content) in enumerate(zip(self.line_starts, text.split("\n"))):
            if line in heading_levels:
                # Skip the Markdown marker itself: "## 一、概况" is the heading "一、概况".
                marker = re.match(r" {0,3}#{1,6}[ \t]*", content)
                if marker:
                    start += marker.end()
                    content = content[marker.end():]
                content = re.sub(r"[ \t]+#+[ \t]*$", "", content)
            stripped = content.strip(SPACE)
            if stripped:
                start += len(content) - len(content.lstrip(SPACE))
                end = start + len(stripped)
                append(tuple.__new__(Paragraph, (len(out), line, start, end, stripped, folded[start:end])))
        return out

    @cached_property
    def paragraph_at_line(self) -> Dict[int, Paragraph]:
        return {p.line: p for p in self.paragraphs}

    @cached_property
    def _paragraph_starts(self) -> List[int]:
        return [p.start for p in self.paragraphs]

    def paragraph_of(self, offset: int) -> Optional[Paragraph]:
        """The paragraph that holds ``offset`` (its end included), or None in blank space."""
        paragraphs = self.paragraphs
        index = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if index >= 0 and offset <= paragraphs[index].end:
            return paragraphs[index]
        return None

    @cached_property
    def sentences(self) -> List[Sentence]:
        """Sentences split at 。！？； (either width), closing quotes kept with their sentence."""
        return [sentence for para in self.paragraphs for sentence in self.sentences_of(para)]

    def sentences_of(self, para: Paragraph) -> List[Sentence]:
        """The sentences of one paragraph, as ``sentences`` holds them; for a rule that
        needs a few paragraphs' sentences, not the whole document's."""
        text, folded = self.text, self.folded
        return [
            Sentence(para.index, a, b, text[a:b], folded[a:b])
            for a, b in (m.span() for m in _SENTENCE.finditer(folded, para.start, para.end))
        ]

    @cached_property
    def clauses(self) -> List[Clause]:
        """Sentences split further at ，(either width)."""
        text, folded = self.text, self.folded
        return [
            Clause(index, a, b, text[a:b], folded[a:b])
            for index, sentence in enumerate(self.sentences)
            for a, b in (m.span() for m in _CLAUSE.finditer(folded, sentence.start, sentence.end))
        ]

    @cached_property
    def headings(self) -> List[Heading]:
        """The outline: every paragraph that starts with a level marker, in order."""
        out = []
        levels = self.source.heading_levels
        for para in self.paragraphs:
            parsed = parse_heading(para.folded)
            if parsed is None:
                if para.line in levels:
                    out.append(self._heading(para, "markup", None, 0, levels[para.line]))
                continue
            style, number, marker_len = parsed
            rank = HEADING_STYLES[style]
            out.append(self._heading(para, style, number, marker_len, rank))
        return out

    def _heading(self, para: Paragraph, style: str, number, marker_len: int, rank: int) -> Heading:
        body = para.folded[marker_len:]
        stop = _STOP.search(body)
        title_len = stop.start() if stop else len(body)
        # A heading alone on its line has no sentence after it; some end in "。".
        standalone = stop is None or stop.end() >= len(body.rstrip(CLOSING + SPACE))
        title_start = para.start + marker_len
        while title_start < para.start + marker_len + title_len and self.text[title_start] in SPACE:
            title_start += 1
        title_end = para.start + marker_len + title_len
        # Positional: a few thousand headings in a long file, and keywords cost more.
        return Heading(para.index, para.line, style, number, rank, para.start, para.start + marker_len,
                       title_start, title_end, self.text[title_start:title_end], standalone)

    @cached_property
    def heading_at_paragraph(self) -> Dict[int, Heading]:
        return {h.paragraph: h for h in self.headings}
