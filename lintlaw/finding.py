"""What a check reports: findings over document offsets, with optional fixes.

Checks work in offsets of ``Document.text`` (end exclusive); the runner turns
them into lines and columns once, so no check has to think about line maps.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Optional, Tuple, Union

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Msg:
    """A message in Chinese (the default) and English (``--lang en``)."""

    zh: str
    en: str = ""

    def get(self, lang: str) -> str:
        return self.en if lang == "en" and self.en else self.zh


Text = Union[str, Msg]


def as_msg(text: Optional[Text]) -> Optional[Msg]:
    if text is None or isinstance(text, Msg):
        return text
    return Msg(text)


class Edit(NamedTuple):
    """Replace ``text[start:end]`` with ``replacement``.

    A tuple, not a dataclass: one fix may hold thousands of edits (a line each of a
    report converted to half-width marks), and a tuple is several times cheaper to build.
    """

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    edits: Tuple[Edit, ...]
    safe: bool = True
    description: Optional[Text] = None


@dataclass(frozen=True)
class Related:
    """Another place that explains a finding (the first copy of a duplicate, ...)."""

    start: int
    end: int
    message: Text


@dataclass
class Finding:
    """One defect at ``text[start:end]``.

    ``severity`` overrides the rule's default for this finding only (a part of a
    report found only in body text is reported more softly than a missing one).

    ``claims`` are the spans of text the finding accounts for (a pasted copy, a
    block of page chrome, the lines of a cut paragraph): other rules' findings
    inside them are the same defect seen again, and the runner drops them
    (lintlaw.claims).  ``outlives`` names the rules whose claims do not drop this
    finding: a defect that stays one inside their text (a date that cannot exist on a
    page's metadata line, which is web residue).
    """

    start: int
    end: int
    message: Text
    help: Optional[Text] = None
    related: Tuple[Related, ...] = field(default_factory=tuple)
    fix: Optional[Fix] = None
    severity: Optional[str] = None
    claims: Tuple[Tuple[int, int], ...] = ()
    outlives: Tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"finding ends before it starts: {self.start}..{self.end}")
        if self.severity is not None and self.severity not in SEVERITY_RANK:
            raise ValueError(f"unknown severity {self.severity!r}")
