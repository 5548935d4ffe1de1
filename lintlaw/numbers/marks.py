"""Approximation words read as what they claim of a number (approx-contradiction's reading).

The quantity reader (quantities.py) records each quantity's marks: before the number
(近, 约, 超过), between number and unit (余, 多) and after the unit (以上, 左右).
This module says what each class of mark claims, when 近 is "the last" (近十余年来)
rather than "nearly", and reads the one approximated number the quantity reader does
not count: a share in 成 (tenths) with its marks (超过四成以上, 约两成左右), and a round number
written as its character alone (近千人以上, 约万人左右).
"""
from __future__ import annotations

from typing import Iterator, Tuple

from ..lazy_re import lazy
from .quantities import ABOUT, ABOVE, BELOW, TIME_UNITS, Mark, Quantity

NEAR = ("近", "将近", "接近")  # "nearly": below the number, but close to it
CAP = tuple(w for w in BELOW if w not in NEAR)  # 不足, 不到, 最多 ...: at most
MORE = ("余", "多")
AROUND = ("左右", "上下", "前后")

# Spans after which 近 means "the last" (近十余年, 近三个多月), and what follows a span that
# says so of any (近20余天来, 近30余个工作日里); 耗时近20余小时 is "nearly".
_RECENT_UNITS = frozenset(["年", "周年", "个月", "季度", "个季度", "周"])
_RECENT_AFTER = ("来", "以来", "里", "内", "中", "间")

# 超过四成以上, 约两成左右, 近八成多: a share in 成 (tenths), which the quantity reader does not
# count as a quantity.  Found from the 成 and its mark after (a fast literal search).
_SHARE = lazy(
    r"(?:(将近|接近|不足|不到|超过|多于|高于|大约|大概|至少|最多|约|近|逾)(?:占|为|达)?)"
    r"(?:[一二三四五六七八九两]|\d{1,2})成(以上|以下|左右|上下|多|余)"
)
_SHARE_MARK = lazy("成(?:以上|以下|左右|上下|多|余)")


# 近千人以上, 超过百件以上, 约万人左右: a round hundred, thousand or ten thousand written as its character
# alone, which the quantity reader does not count either.  Found from the mark after it.
_ROUND = lazy(
    r"(将近|接近|不足|不到|超过|多于|高于|大约|大概|至少|最多|约|近|逾)[一两]?[百千万](余|多)?"
    r"([\u4e00-\u9fff]{1,3}?)(以上|以下|左右|上下)"
)
_ROUND_MARKS = ("以上", "以下", "左右", "上下")


def _find_all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def round_numbers(folded: str) -> Iterator[Tuple[Mark, Tuple[Mark, ...], int, int]]:
    """Each round number in a character (百, 千, 万) with a mark before it and one after its unit:
    (mark before, the marks after it, start, end).  Not a span of time after 近 (近百年来)."""
    marks = sorted(at for word in _ROUND_MARKS for at in _find_all(folded, word))
    for at in marks:
        window = folded[max(0, at - 5):at]
        if "百" not in window and "千" not in window and "万" not in window:
            continue  # no round number in reach (most 以上 follow digits)
        match = _ROUND.search(folded, max(0, at - 12), at + 2)
        if match is None or match.end() != at + 2 or match.group(3) in _RECENT_UNITS:
            continue
        later = tuple(Mark(match.group(k), match.start(k), match.end(k)) for k in (2, 4) if match.group(k))
        yield Mark(match.group(1), match.start(1), match.end(1)), later, match.start(1), match.end()


def recent_span(q: Quantity, folded: str) -> bool:
    """Does 近 before ``q`` mean "the last" (近十余年来, 近三个多月), not "nearly"?"""
    return q.unit in TIME_UNITS and (q.unit in _RECENT_UNITS or folded.startswith(_RECENT_AFTER, q.end))


def tenths_shares(folded: str) -> Iterator[Tuple[Mark, Mark, int, int]]:
    """Each share in 成 written with a mark before and after it: (mark before, mark after,
    start, end)."""
    for mark in _SHARE_MARK.finditer(folded):
        match = _SHARE.search(folded, max(0, mark.start() - 6), mark.end())
        if match is None or match.end() != mark.end():
            continue
        yield (Mark(match.group(1), match.start(1), match.end(1)), Mark(match.group(2), match.start(2), match.end(2)),
               match.start(1), match.end())


__all__ = ["ABOUT", "ABOVE", "AROUND", "BELOW", "CAP", "MORE", "NEAR", "recent_span", "round_numbers", "tenths_shares"]
