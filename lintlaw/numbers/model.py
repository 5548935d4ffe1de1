"""The number model of one document: its quantities and the claims they make, checked.

Built once per document (``model(doc)``) and read by the rules of the numbers
family.  Claims within a paragraph (shares, changes, sums) are read paragraph by
paragraph, and a paragraph written twice (a pasted block, a repeated table row)
is read once and its result moved; claims across the document (the same figure
in two places) read every paragraph.
"""
from __future__ import annotations

import weakref
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Dict, Iterator, List, Optional, Tuple

from .claims import Mismatch, Used
from .quantities import NumberSentence, QuantityModel, extract
from .reading import cut_lines

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


def _build(doc: "Document") -> NumberModel:
    return NumberModel(doc)


def model(doc: "Document") -> NumberModel:
    """The number model of ``doc``, built once and shared by the rules."""
    return doc.memo(_build, _build)

