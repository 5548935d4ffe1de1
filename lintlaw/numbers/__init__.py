"""The number model: what a report's figures are and what they claim.

Built once per document, beside the document model and from it (the document
knows nothing of numbers):

- ``quantities``: every number read as a value with its unit, scale and
  approximation marks (lintlaw.numbers.quantities);

The checks of the numbers family (percent-mismatch, sum-mismatch,
inconsistent-figure, approx-contradiction) read this model and keep no number
patterns of their own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .quantities import (
    ABOUT, ABOVE, BELOW, KIND_UNITS, POINT_UNITS, TIME_UNITS, Mark, NumberSentence, Quantity,
    QuantityModel, YearMention, extract,
)

if TYPE_CHECKING:
    from ..document import Document

__all__ = [
    "ABOUT", "ABOVE", "BELOW", "KIND_UNITS", "POINT_UNITS", "TIME_UNITS", "Mark", "NumberSentence",
    "Quantity", "QuantityModel", "YearMention", "extract", "quantities",
]


def _read(doc: "Document") -> QuantityModel:
    return extract(doc.text, doc.folded)


def quantities(doc: "Document") -> QuantityModel:
    """Every quantity of ``doc``, read once and shared by the checks."""
    return doc.memo(_read, _read)
