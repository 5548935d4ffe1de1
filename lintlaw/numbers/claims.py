"""What the number model finds wrong: a claim the figures it rests on contradict.

A claim is checked where it is read (shares, changes, sums, same figures); what
comes out is a ``Mismatch``: where the claim is written, what it states, what the
figures give and how, and the figures used.  The rules turn it into a finding
in the report's words.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Optional, Tuple

from ..lazy_re import lazy
from ..wording import number, percent
from .marks import NEAR


class Used(NamedTuple):
    """A figure a computation used, and what it is (出庭应诉的件数)."""

    start: int
    end: int
    zh: str
    en: str


@dataclass(frozen=True)
class Mismatch:
    """A claim the figures contradict.

    ``kind`` names the claim (share, change, points, double, times, annual, net,
    total, part, kinds, structure, figure); ``stated`` is the claim as written
    (办结率85%); ``expected`` what the figures give (90%); ``formula`` how,
    with the report's numbers (216 ÷ 240); ``note`` why that reading, when it
    needs saying (出庭应诉率以开庭审理的案件为基数).
    """

    kind: str
    start: int
    end: int
    stated: str
    expected: str
    formula: str
    used: Tuple[Used, ...] = ()
    note_zh: str = ""
    note_en: str = ""
    name: str = ""  # the claim's name in the report's words: 办结率, 降幅, 三次产业结构


def pct(value: float, decimals: int = 0, stated: Optional[float] = None) -> str:
    """A computed percentage to the places the report wrote, one more where that
    is what tells it from the stated one (89.96% against 90%)."""
    digits = min(decimals, 2)
    if stated is not None and round(value, digits) == round(stated, digits):
        digits += 1
    return percent(value, digits)


def num(value: float) -> str:
    return number(value)


# A share stated as a bound (超过八成, 不低于90%, 不足三成) or a round figure (近六成): what the
# figures give breaks the bound, which is no exact value to put in its place.
_LOWER_BOUND = lazy(r"超过|超出|不低于|不少于|高于|多于|逾|过半|(?<![通经不越])过[一二两三四五六七八九]成|以上|达到?\S*以上")
_UPPER_BOUND = lazy(r"不足|不到|低于|少于|未达|以下|不超过")
_NEAR = lazy("|".join(NEAR))


def bound(m: Mismatch) -> str:
    """"low", "high" or "near" for a share stated as a bound or a round figure, else ""."""
    if m.kind != "share" or "～" in m.expected:
        return ""
    if _UPPER_BOUND.search(m.stated):
        return "high"
    if _LOWER_BOUND.search(m.stated):
        return "low"
    return "near" if _NEAR.search(m.stated) else ""
