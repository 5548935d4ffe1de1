"""The titles a report cites in 《》, resolved against the known acts, and what is around them.

Shared by the citation rules (LL7xx): each title is found once per document (``citations``),
looked up once, and the rules ask about its sentence, the order number beside it and the
time it speaks of.
"""
from __future__ import annotations

from typing import Dict, Iterator, List, NamedTuple, Optional, Tuple

from lintlaw.document import Document
from lintlaw.lazy_re import lazy
from lintlaw.profiles import YEAR_RANGE, report_year, title, writing_year

from . import _laws
from ._lawdata_meta import AS_OF

MAX_TITLE = 120
MAX_SENTENCE = 200
_SENTENCE_END = "。！？；\n"
_YEAR = lazy(r"(?<!\d)((?:19|20)\d\d)\s*年(以来|起|至今|来)?")
# A title with the version it names: "2009年修正的《…》", "《…》（2009年修正）".  Such a year
# dates the act's text, not the time the sentence speaks of.
_TITLE_SPAN = lazy(r"(?:(?<!\d)\d{4}\s*年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起)?(?:新)?"
                   r"(?:修订|修正|修改|颁布|公布|通过|施行|实施|制定|出台|印发)的)?"
                   r"《[^《》\n]*》(?:[（(]\d{4}\s*年[^（）()\n]{0,8}[）)])?")
# A version note after the title, inside the marks: 《…法（2021年修订）》, 《…条例（2019年修正本）》.
VERSION_NOTE = lazy(r"（(?:\d{4}年)?(?:修订|修正|修改)?(?:本|版)?）$")


class Citation(NamedTuple):
    start: int  # the 《
    end: int  # after the 》
    text: str  # the title as written (between the marks)
    key: str  # normalized, as the data indexes titles
    acts: Tuple[_laws.Act, ...]  # the acts it names exactly; () for a title the data does not know

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1


def data_note(lang: str = "zh") -> str:
    return f"（法规数据截至{AS_OF}）" if lang == "zh" else f" (law data as of {AS_OF})"


def catalog(doc: Document) -> _laws.Catalog:
    return _laws.catalog(doc.settings)


def citations(doc: Document) -> List[Citation]:
    """Every 《》 title of the document, outermost only (an inner 《》 or 〈〉 is part of its title)."""
    return doc.memo("citations", _find)


def _find(doc: Document) -> List[Citation]:
    folded = doc.folded
    if "《" not in folded:
        return []
    data = catalog(doc)
    found: List[Citation] = []
    resolved: Dict[str, Tuple[str, Tuple[_laws.Act, ...]]] = {}  # a report cites the same titles again and again
    at = folded.find("《")
    while at >= 0:
        end = _closing(folded, at)
        if end < 0:
            at = folded.find("《", at + 1)
            continue
        written = folded[at + 1:end]
        known = resolved.get(written)
        if known is None:
            key = _laws.normalize(written)
            known = resolved[written] = (key, data.lookup(key) or _with_version_note(data, key))
        found.append(Citation(at, end + 1, doc.text[at + 1:end], known[0], known[1]))
        at = folded.find("《", end + 1)
    return found


def _with_version_note(data: _laws.Catalog, key: str) -> Tuple[_laws.Act, ...]:
    """The acts of a title that carries a version note (（2021年修订）), known without it."""
    if not key.endswith("）"):
        return ()
    note = VERSION_NOTE.search(key)
    if note is None or note.end() - note.start() <= 2:
        return ()
    return data.lookup(key[:note.start()])


def _closing(text: str, at: int) -> int:
    """Index of the 》 closing the 《 at ``at`` (inner pairs counted), or -1 within MAX_TITLE
    or the line."""
    limit = min(len(text), at + MAX_TITLE)
    close = text.find("》", at + 1, limit)
    if close <= at + 1 or text.find("\n", at, close) >= 0:
        return -1
    if text.find("《", at + 1, close) < 0:
        return close  # the usual title: no inner pair
    depth = 0
    for index in range(at, limit):
        mark = text[index]
        if mark == "《":
            depth += 1
        elif mark == "》":
            depth -= 1
            if depth == 0:
                return index
        elif mark == "\n":
            return -1
    return -1


def sentence_of(doc: Document, start: int, end: int) -> Tuple[int, int]:
    """The sentence (up to 。！？； or the line's end) around ``text[start:end]``; at most
    MAX_SENTENCE characters either side, so a text without stops costs no more per title."""
    folded = doc.folded
    floor = max(0, start - MAX_SENTENCE)
    begin = max(folded.rfind(mark, floor, start) for mark in _SENTENCE_END) + 1
    begin = max(begin, floor)
    ceiling = min(len(folded), end + MAX_SENTENCE)
    stops = [i for i in (folded.find(mark, end, ceiling) for mark in _SENTENCE_END) if i >= 0]
    return begin, (min(stops) + 1 if stops else ceiling)


# A year a sentence measures against, not one it tells of: "较2022年下降12%", "与2021年相比",
# "比2020年增加", "2022年同期".  The report on 2023 that compares with 2022 still speaks of 2023.
_COMPARED_BEFORE = lazy(r"(?:较|比|对比|较之)\s*$")
# (No ^ in the patterns read with .match(text, pos): match anchors at pos, and ^ would not match
# there.)
_COMPARED_AFTER = lazy(r"\s*年(?:度|末|底)?(?:同期|相比|比较|对比|持平|的?基础上)")


def _compared(text: str, start: int, end: int) -> bool:
    return bool(_COMPARED_BEFORE.search(text, max(0, start - 3), start) or _COMPARED_AFTER.match(text, end, end + 8))


def _ahead(text: str, start: int, end: int) -> bool:
    """Is the year at ``text[start:end]`` one the text looks forward to (到2025年, 2030年前) or the
    end of a range (2021—2025年)?"""
    return bool(_AHEAD_BEFORE.search(text, max(0, start - 4), start) or _AHEAD_AFTER.match(text, end, end + 6))


def stated_years(text: str) -> List[Tuple[int, bool]]:
    """Years a sentence states as its time, outside 《》 titles and their version notes, each with
    whether it runs on to now (2019年以来).  A year it compares with (较2022年) is not its time."""
    blanked = _TITLE_SPAN.sub(lambda m: " " * len(m.group(0)), text) if "《" in text else text
    return [(int(m.group(1)), bool(m.group(2))) for m in _YEAR.finditer(blanked)
            if not _compared(blanked, m.start(1), m.end(1))]


def _beyond(text: str, year: int) -> bool:
    """Does ``text`` state ``year`` only as one it looks ahead to or as a range's end (a plan
    period, "“十四五”时期（2021—2025年）")?"""
    blanked = _TITLE_SPAN.sub(lambda m: " " * len(m.group(0)), text) if "《" in text else text
    found = [m for m in _YEAR.finditer(blanked) if int(m.group(1)) == year]
    return bool(found) and all(_ahead(blanked, m.start(1), m.end(1)) for m in found)


def sentence_years(doc: Document, begin: int, end: int) -> List[Tuple[int, bool]]:
    """``stated_years`` of ``folded[begin:end]``, once per sentence a document's rules ask about."""
    cache = doc.memo("citation-sentence-years", lambda d: {})
    found = cache.get((begin, end))
    if found is None:
        found = cache[(begin, end)] = stated_years(doc.folded[begin:end])
    return found


def document_year(doc: Document) -> Optional[int]:
    """The year the report is on (its title, opening, headings, or the configured
    ``report-year``), else the year it says it was written in."""
    return report_year(doc) or title_year(doc) or writing_year(doc)


# A first line that reads as a heading: short, no sentence or field punctuation.
_HEADING_LINE_MAX = 50
_NOT_A_HEADING = lazy(r"[，,。；;！!？?：:]")


def title_year(doc: Document) -> Optional[int]:
    """The one year a report's title names when the report is on part of it ("2014年上半年工作总结",
    "2023年1-9月"), or a first line that heads the text without calling it a report ("××县2014年度
    法治政府建设情况"): no report year for 今年, but the citations' time all the same.  None for a
    title over several years, or one that runs on to now (2019年以来)."""
    found = title(doc)
    if found is not None:
        heading = found.text
    else:
        first = next((p for p in doc.paragraphs if p.folded.strip()), None)
        if first is None:
            return None
        heading = first.folded.strip()
        if len(heading) > _HEADING_LINE_MAX or _NOT_A_HEADING.search(heading):
            return None
    if YEAR_RANGE.search(heading):
        return None
    years = {(int(m.group(1)), bool(m.group(2))) for m in _YEAR.finditer(heading)}
    if len(years) != 1:
        return None
    year, ongoing = years.pop()
    return None if ongoing else year


# A year the text looks forward to, not one it reports on: "到2025年", "力争2024年底前", the end of a
# range ("2021—2025年"), "2030年前".
_AHEAD_BEFORE = lazy(r"(?:到|至|力争|争取|预计|计划|目标|展望|[—–\-－~～])\s*$")
_AHEAD_AFTER = lazy(r"\s*年(?:底|末|年底|中)?(?:之?前|以前)")


def latest_year(doc: Document) -> Optional[int]:
    """The latest year a document states as a time it reports on (outside 《》 titles and their
    version notes, not a year it looks forward to), or None.  A text on a year states that year,
    or a later one, somewhere; it may not state its own year in a title (an excerpt, a news item,
    a report whose first sentence sets its year), and its sentences about the work then name it:
    a citation in it speaks of that year at the earliest."""
    def read(d: Document) -> Optional[int]:
        text = d.folded
        if "《" in text:
            text = _TITLE_SPAN.sub(lambda m: " " * len(m.group(0)), text)
        ceiling = int(AS_OF[:4])
        found = None
        for match in _YEAR.finditer(text):
            year = int(match.group(1))
            if year > ceiling or (found is not None and year <= found):
                continue
            if _ahead(text, match.start(1), match.end(1)):
                continue
            found = year
        return found
    return doc.memo("citation-latest-year", read)


def time_of(doc: Document, citation: Citation) -> Optional[Tuple[int, bool]]:
    """The year a citation speaks of, and whether that year is stated in its own sentence:
    the latest year its sentence states (a year that runs on to now, 2019年以来, counts as the
    report's), else the report's year, else the earliest year its paragraph states, else the
    latest year the document reports on.  None when none is known."""
    begin, end = sentence_of(doc, citation.start, citation.end)
    years = sentence_years(doc, begin, end)
    report = document_year(doc)
    if report is not None:
        # a plan period's end or a year looked ahead to is not the time of the report's work
        years = [(y, ongoing) for y, ongoing in years if y <= report or not _beyond(doc.folded[begin:end], y)]
    fixed = [y for y, ongoing in years if not ongoing]
    if fixed and not any(ongoing for _, ongoing in years):
        return max(fixed), True
    if report is not None:
        return report, False
    around = _paragraph_years(doc).get(_paragraph_index(doc, citation.start))
    if around:
        return min(around), False
    if years:
        return max(y for y, _ in years), True
    latest = latest_year(doc)
    if latest is not None:
        return latest, False
    return None


def _paragraph_index(doc: Document, offset: int) -> int:
    para = doc.paragraph_of(offset)
    return para.index if para is not None else -1


def _paragraph_years(doc: Document):
    """The fixed years each paragraph with a citation states, read once a paragraph."""
    def read(d: Document):
        out = {}
        for citation in citations(d):
            index = _paragraph_index(d, citation.start)
            if index >= 0 and index not in out:
                out[index] = [y for y, ongoing in stated_years(d.paragraphs[index].folded) if not ongoing]
        return out
    return doc.memo("citation-paragraph-years", read)


def window_before(doc: Document, citation: Citation, size: int) -> str:
    begin = max(0, citation.start - size)
    text = doc.folded[begin:citation.start]
    cut = max(text.rfind(mark) for mark in _SENTENCE_END)
    return text[cut + 1:]


# Right before a title: the act is named as a former one (原《担保法》, 当时有效的《…》).
_FORMER_BEFORE = lazy(r"(?:原|旧|老|前|已废止的?|已经废止的?|已失效的?|废止的|失效的|废止前的|修订前的|修改前的|"
                      r"当时有效的|当时施行的|当时的|彼时的|此前的|以前的|过去的|曾经的|曾|前身为|前身是)\s*$")


def named_former(doc: Document, citation: Citation) -> bool:
    """Is the title named as a former act by the words right before it?"""
    return bool(_FORMER_BEFORE.search(window_before(doc, citation, 8)))


def cited_acts(doc: Document) -> Iterator[Citation]:
    """The citations that name a known act."""
    return (c for c in citations(doc) if c.acts)
