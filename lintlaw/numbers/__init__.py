"""The number model: what a report's figures are and what they claim.

Built once per document, beside the document model and from it (the document
knows nothing of numbers):

- ``quantities(doc)``: every number read as a value with its unit, scale and
  approximation marks (lintlaw.numbers.quantities);
- ``model(doc)``: those quantities and the claims they make, each checked
  against the figures it rests on (lintlaw.numbers.model): shares (shares.py),
  changes (changes.py), totals and their parts (sums.py), counts of kinds
  against the items listed (lists.py), structures that make 100
  (structures.py), the totals of Word tables (tables.py), the same figure
  stated twice (figures.py).  Reading helpers are in reading.py, the precision
  a figure is written to in precision.py, what approximation words claim (and
  the shares in 成 with theirs) in marks.py.

The checks of the numbers family (percent-mismatch, sum-mismatch,
inconsistent-figure, approx-contradiction) read this model and keep no number
patterns of their own.
"""
from __future__ import annotations

from .claims import Mismatch, Used, bound
from .model import NumberModel, model, quantities
from .quantities import (
    ABOUT, ABOVE, BELOW, KIND_UNITS, POINT_UNITS, TIME_UNITS, Mark, NumberSentence, Quantity,
    QuantityModel, YearMention, extract,
)

__all__ = [
    "ABOUT", "ABOVE", "BELOW", "KIND_UNITS", "POINT_UNITS", "TIME_UNITS", "Mark", "Mismatch", "NumberModel",
    "NumberSentence", "Quantity", "QuantityModel", "Used", "YearMention", "bound", "extract", "model", "quantities",
]
