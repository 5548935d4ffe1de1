"""The number model of one document: its quantities and the claims they make, checked.

Built once per document (``model(doc)``) and read by the rules of the numbers
family.  Claims within a paragraph (shares, changes, sums) are read paragraph by
paragraph, and a paragraph written twice (a pasted block, a repeated table row)
is read once and its result moved; claims across the document (the same figure
in two places) read every paragraph.
"""
from __future__ import annotations

import bisect
import re
import weakref
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Dict, Iterator, List, Optional, Tuple

from ..lazy_re import lazy
from .claims import Mismatch, Used
from .quantities import NumberSentence, QuantityModel, extract
from .reading import _data_lines, cut_lines

if TYPE_CHECKING:
    from ..document import Document, Paragraph

# One paragraph's number sentences, each with the sentence before it in that paragraph.
RunCheck = Callable[[NumberSentence, Optional[NumberSentence]], Iterator[Mismatch]]


def _read_quantities(doc: "Document") -> QuantityModel:
    return extract(doc.text, doc.folded)


def quantities(doc: "Document") -> QuantityModel:
    """Every quantity of ``doc``, read once and shared by the checks."""
    return doc.memo(_read_quantities, _read_quantities)


def _moved(m: Mismatch, shift: int) -> Mismatch:
    return Mismatch(m.kind, m.start + shift, m.end + shift, m.stated, m.expected, m.formula,
                    tuple(Used(u.start + shift, u.end + shift, u.zh, u.en) for u in m.used),
                    m.note_zh, m.note_en, m.name)


class NumberModel:
    """The quantities of a document and the claims they make."""

    def __init__(self, doc: "Document"):
        # The model lives in the document's memo: a strong reference back would make
        # the pair a cycle, which outlives the lint until the collector's full pass
        # (every document of a --jobs worker would pile up until then).
        self._doc = weakref.ref(doc)
        self.quantities = quantities(doc)

    @property
    def doc(self) -> "Document":
        doc = self._doc()
        if doc is None:
            raise ReferenceError("the document of this number model is gone")
        return doc

    @cached_property
    def _lines(self) -> tuple:
        """The document's lines and those cut in the middle of their sentence (reading.cut_lines):
        a sentence a line break cuts is read whole by every number rule."""
        doc = self.doc
        paragraphs = doc.paragraphs
        return paragraphs, doc.folded, cut_lines(doc.folded, paragraphs, doc.heading_at_paragraph, doc.table_lines)

    @cached_property
    def sentences(self) -> List[NumberSentence]:
        """Sentences (split at 。！？ only) that hold a quantity, in text order."""
        return self.quantities.sentences(*self._lines)

    @cached_property
    def runs(self) -> List[Tuple[NumberSentence, ...]]:
        """The number sentences grouped by paragraph (no line break between them)."""
        return self.quantities.runs(*self._lines)[0]

    @cached_property
    def run_paragraphs(self) -> List["Paragraph"]:
        """The paragraph of each run."""
        return self.quantities.runs(*self._lines)[1]

    @cached_property
    def _copies(self) -> List[Tuple[int, int]]:
        """For each run, the earlier run it repeats and the distance between them, or
        (-1, 0) for the first run of its words.  The words are the paragraph's from its
        start to the run's last sentence: all that a claim of the run may read."""
        text = self.doc.text
        first: Dict[str, Tuple[int, int]] = {}
        out: List[Tuple[int, int]] = []
        for index, run in enumerate(self.runs):
            start = text.rfind("\n", 0, run[0].start) + 1
            key = text[start:run[-1].end]
            known = first.get(key)
            if known is None:
                first[key] = (index, start)
                out.append((-1, 0))
            else:
                out.append((known[0], start - known[1]))
        return out

    def per_run(self, check: RunCheck) -> List[Mismatch]:
        """``check`` over every paragraph's sentences; a paragraph seen before is not read again."""
        found_by_run: Dict[int, List[Mismatch]] = {}
        out: List[Mismatch] = []
        for index, (run, (copied, shift)) in enumerate(zip(self.runs, self._copies)):
            if copied >= 0:
                found = found_by_run[copied]
                if found:
                    out.extend(_moved(m, shift) for m in found)
                continue
            found = []
            previous = None
            for sentence in run:
                found.extend(check(sentence, previous))
                previous = sentence
            found_by_run[index] = found
            out.extend(found)
        return out

    @cached_property
    def shares(self) -> List[Mismatch]:
        """Rates that no reading of the counts beside them gives (percent-mismatch)."""
        from .shares import ShareReader, barred_columns, noted_columns

        doc = self.doc
        return self.per_run(ShareReader(doc.folded, doc.text, self.quantities.between).check) \
            + noted_columns(doc.text, doc.folded, self.quantities) + barred_columns(doc.text, self.quantities)

    @cached_property
    def changes(self) -> List[Mismatch]:
        """Changes between two figures that the stated change contradicts (growth, cut,
        points, doubling, multiple: percent-mismatch; the net change: sum-mismatch)."""
        from .changes import ChangeReader

        return self.per_run(ChangeReader(self.doc.folded, self.doc.text, self.quantities.years_between,
                                         self.quantities.between).check)

    @cached_property
    def sums(self) -> List[Mismatch]:
        """Totals against their parts, counts of kinds against the items listed, structures
        that must make 100 (sum-mismatch, with the net changes of ``changes``)."""
        from .lists import ListReader, named_kinds, paragraph_lists
        from .structures import StructureReader
        from .sums import SumReader, year_changes
        from .tables import table_sums, text_table_sums

        doc = self.doc
        structures = StructureReader(doc.folded, doc.text)
        found = self.per_run(SumReader(doc.folded, doc.text).check) + self.per_run(ListReader(doc.folded, doc.text).check) \
            + self.per_run(structures.check) + list(structures.ratios()) + paragraph_lists(doc, self.runs, self.run_paragraphs) \
            + list(table_sums(doc.text, doc.source.tables, self.quantities)) + list(text_table_sums(doc.text, self.quantities)) \
            + list(year_changes(doc.text, doc.folded, self.quantities))
        # (a count read twice, 6个 by the sentence readers and 6个部分 over the whole text, is one finding)
        seen = {m.start for m in found}
        found += [m for m in named_kinds(doc) if m.start not in seen]
        found = joined_sums(doc, self._lines, found)
        return sorted(found, key=lambda m: (m.start, m.end))

    @cached_property
    def figures(self) -> List[Mismatch]:
        """One metric of one period and scope stated with two values (inconsistent-figure)."""
        from .. import segment
        from ..profiles import report_year
        from .figures import FigureReader

        doc = self.doc
        reader = FigureReader(doc, self.runs, self.quantities.years, report_year(doc), segment.cut,
                             self.run_paragraphs)
        return sorted(reader.mismatches(), key=lambda m: (m.start, m.end))


_VIEWS: "weakref.WeakSet" = weakref.WeakSet()  # the documents joined_sums made: read as they are
_FIGURE_CUT = frozenset("0123456789.．")
_PAUSE_ENDS = frozenset("，、；：,;:（(“")
_CUT_WIDTH = 16  # characters of a line at the least for a figure at its end to be one the page's width cut
_FIGURE_GOES_ON = frozenset("0123456789.．%％万亿千百余多")


_WIDEN = 12  # lines a run of cut lines is widened by at most, before and after, to its sentences' ends
_SENTENCE_ENDS = frozenset("。！？；")


def _goes_on(para, after) -> bool:
    """Does ``para``'s sentence go on in ``after``, the line right under it (no end mark, no table row)?"""
    return after.line == para.line + 1 and para.folded[-1:] not in _SENTENCE_ENDS and bool(para.folded) \
        and "|" not in para.folded and "|" not in after.folded


def _is_han(c: str) -> bool:
    return bool(c) and "\u4e00" <= c <= "\u9fff"


def _more_listed(m: Mismatch) -> bool:
    """Does a count of kinds name fewer than the items listed (列举了4项，不是三项)?  A view may show fewer items
    than the page, never more."""
    from ..numerals import cn_to_int

    listed = re.match(r"\d+", m.expected)
    said = re.match(r"\d+|[一二两三四五六七八九十]+", m.stated)
    if listed is None or said is None:
        return False
    value = int(said.group()) if said.group().isdigit() else cn_to_int(said.group())
    return value is not None and int(listed.group()) > value


_TOTAL_LINE = lazy(r"(?:以上|上述)?[^，。；\d]{0,8}?(?:合计|共计|总计)[^，。；\d]{0,6}?\d")
_LIST_LINE = 80  # characters of a line below a total's colon that holds one part at the most
_LIST_LINES = 12


def _listed_below(paragraphs, headings, tables) -> set:
    """The lines of a total that ends its line with a colon (全年共办结各类案件1960件，其中：) and the lines right under it
    that each hold one short part and end in ；(or the last in 。): one sentence a page wrote a line a part."""
    out = set()
    for k, para in enumerate(paragraphs[:-2]):
        words = para.folded
        if words[-1:] not in "：:" or not any(c.isdigit() for c in words) or k in headings or para.line in tables:
            continue
        n, j = 0, k + 1
        # (an item may be numbered, 1.审查逮捕案件420件；: the page may take it for a heading)
        while j < len(paragraphs) and n < _LIST_LINES and paragraphs[j].line == paragraphs[j - 1].line + 1 \
                and paragraphs[j].line not in tables:
            line = paragraphs[j].folded
            if len(line) > _LIST_LINE or not any(c.isdigit() for c in line) or line[-1:] not in "；;。":
                break
            n += 1
            if line[-1] == "。":
                break
            j += 1
        if n >= 2:
            out.update(range(k, k + n))
    for k, para in enumerate(paragraphs[1:], 1):
        # 审查逮捕案件420件；\n审查起诉案件1180件；\n…\n合计1960件。: the parts a line each, then their total's own line
        words = para.folded
        if len(words) > _LIST_LINE or not _TOTAL_LINE.match(words) or para.line in tables:
            continue
        n, j = 0, k - 1
        while j >= 0 and n < _LIST_LINES and paragraphs[j].line == paragraphs[j + 1].line - 1 \
                and paragraphs[j].line not in tables:
            line = paragraphs[j].folded
            if len(line) > _LIST_LINE or not any(c.isdigit() for c in line) or line[-1:] not in "；;，":
                break
            n += 1
            j -= 1
        if n >= 2:
            out.update(range(k - n, k))
    return out


def joined_sums(doc: "Document", lines: tuple, found: List[Mismatch]) -> List[Mismatch]:
    """The sum claims ``found`` on the page, with those of the sentences a line break cuts (reading.cut_lines) read
    once more with the cut taken out: a word or a figure the page's width broke in two (第一产\n业增加值, 畜牧业6\n.67亿元)
    is whole there, so the readers' words and the figures match across the cut.  Each run of cut lines, widened to
    its sentences, is joined into one line of a small document of its own; its findings are moved back to the page
    (an offset map, segment by segment) and added where the page's own reading found nothing; a page's finding on
    the second half of a cut figure (787\n7094元 read as 7094元) is dropped.  Only sum-mismatch reads the view."""
    from ..document import Document

    paragraphs, _folded, cut = lines
    if doc in _VIEWS:
        return found
    # (a figure the width cut, 畜牧业6\n.67亿元: no cut of the page's reading, which would read two figures; joined here)
    # (a line the width cut is a long one, no table's cell)
    tables = doc.table_lines
    figure_cuts = {k for k, (para, after) in enumerate(zip(paragraphs, paragraphs[1:]))
                   if para.folded[-1:] in _FIGURE_CUT and after.folded[:1] in _FIGURE_GOES_ON and after.line == para.line + 1
                   and len(para.folded) >= _CUT_WIDTH and 5 * len(para.folded) >= 4 * len(after.folded)
                   and "|" not in para.folded and "|" not in after.folded
                   and para.line not in tables and after.line not in tables}
    # (a word the width cut right after an end mark, …；第二产\n业增加值…: reading.cut_lines wants a pause in the stretch)
    headings = doc.heading_at_paragraph
    word_cuts = {k for k, (para, after) in enumerate(zip(paragraphs, paragraphs[1:]))
                 if _is_han(para.folded[-1:]) and _is_han(after.folded[:1]) and after.line == para.line + 1
                 and len(para.folded) >= _CUT_WIDTH and 5 * len(para.folded) >= 4 * len(after.folded)
                 and k not in headings and k + 1 not in headings and para.line not in tables and after.line not in tables
                 and not _data_lines(para.folded, after.folded)}
    listed = _listed_below(paragraphs, headings, tables)
    # (a block a page's width cut, its full lines all of one length: a line of it that ends in ；or ，, or whose next line
    # opens with a mark, …占总数的42.2%；\n其次为…; …相对较少\n，共发生…, still goes on in the next)
    text = doc.text

    def width(para) -> int:  # (the line as the page has it, spaces at its ends included: …地区； is as long as the rest)
        end = text.find("\n", para.end)
        return (len(text) if end < 0 else end) - text.rfind("\n", 0, para.start) - 1

    widths = {k for k, (para, after) in enumerate(zip(paragraphs, paragraphs[1:]))
              if after.line == para.line + 1 and len(para.folded) >= _CUT_WIDTH and para.folded[-1:] not in "。！？"
              and (k > 0 and paragraphs[k - 1].line == para.line - 1 and width(paragraphs[k - 1]) == width(para)
                   or width(after) == width(para))
              and "|" not in para.folded and "|" not in after.folded
              and para.line not in tables and after.line not in tables and k not in headings and k + 1 not in headings}
    cut = cut | figure_cuts | word_cuts | listed | widths
    if not cut:
        return found
    halves = {paragraphs[k + 1].start for k in figure_cuts}
    found = [m for m in found if m.start not in halves and not any(u.start in halves for u in m.used)]
    # Each run of cut lines, widened to whole sentences: the line before it when that one stops mid-sentence too
    # (…；第二产\n业增加值…), the lines after it until one ends its sentence; a part of a sentence would read a
    # part of a list.
    # (only cuts inside a word or a figure: after a pause, 共受理120件，\n其中…, the page's reading reads across as it is)
    cut = {k for k in cut if paragraphs[k].folded[-1:] not in _PAUSE_ENDS} | listed | widths
    if not cut:
        return found
    runs: List[List[int]] = []
    for k in sorted(cut):
        if runs and runs[-1][1] >= k:
            runs[-1][1] = max(runs[-1][1], k + 1)
        else:
            runs.append([k, k + 1])
    widened: List[List[int]] = []
    for first, last in runs:
        for _ in range(_WIDEN):
            if first == 0 or not _goes_on(paragraphs[first - 1], paragraphs[first]):
                break
            first -= 1
        for _ in range(_WIDEN):
            if last + 1 >= len(paragraphs) or not _goes_on(paragraphs[last], paragraphs[last + 1]):
                break
            last += 1
        if widened and widened[-1][1] >= first:
            widened[-1][1] = max(widened[-1][1], last)
        else:
            widened.append([first, last])
    runs = widened
    text = doc.text
    pieces: List[str] = []
    segments: List[Tuple[int, int]] = []  # (offset in the view, offset in the page) where each joined line starts
    at = 0
    for first, last in runs:
        if pieces:
            pieces.append("\n\n")
            at += 2
        for para in paragraphs[first:last + 1]:
            segments.append((at, para.start))
            pieces.append(text[para.start:para.end])
            at += para.end - para.start
    view = Document.from_text("".join(pieces))
    _VIEWS.add(view)
    starts = [v for v, _ in segments]

    def back(pos: int, end: bool = False) -> int:
        i = bisect.bisect_right(starts, pos - 1 if end and pos > 0 else pos) - 1
        return segments[i][1] + pos - segments[i][0]

    out: List[Mismatch] = []
    read = model(view).sums
    # (a structure the page read from its middle, …30.8%；…21.3%；其他…7.5% without the 42.2% on the line above: the view
    # reads the block whole, and its verdict on the shares of the block is the one)
    blocks = [(paragraphs[first].start, paragraphs[last].end) for first, last in runs]
    seen = [(back(m.start), back(m.end, True)) for m in read if m.kind == "structure"]
    found = [f for f in found if f.kind != "structure" or not any(a <= f.start and f.end <= b for a, b in blocks)
             or any(a < f.end and f.start < b for a, b in seen)]
    for m in read:
        if m.kind == "kinds" and not _more_listed(m):
            continue  # (items that open lines of their own, 一是…二是…, run past the joined lines: fewer may show)
        start, end = back(m.start), back(m.end, True)
        if "".join(text[start:end].split()) != "".join(view.text[m.start:m.end].split()):
            continue  # (the view's span is no span of the page)
        if m.kind == "structure":
            # (a structure the page read from its middle, the first shares on the line above: the view's, wider, is it)
            found = [f for f in found if not (f.kind == "structure" and start <= f.start and f.end <= end
                                               and (start, end) != (f.start, f.end))]
        if any(f.start < end and start < f.end for f in found):
            continue  # (the page's reading found it)
        out.append(Mismatch(m.kind, start, end, m.stated, m.expected, m.formula,
                            tuple(Used(back(u.start), back(u.end, True), u.zh, u.en) for u in m.used),
                            m.note_zh, m.note_en, m.name))
    return found + out


def _build(doc: "Document") -> NumberModel:
    return NumberModel(doc)


def model(doc: "Document") -> NumberModel:
    """The number model of ``doc``, built once and shared by the rules."""
    return doc.memo(_build, _build)

