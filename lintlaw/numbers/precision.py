"""How precisely a figure is written, and whether a computed value shows as it.

A report rounds what it writes: 89.5% is anything from 89.45% (rounded) to just
under 89.6% (cut off); 1.2万 is anything from 11,500 to 12,500; 六成 is a share
between 55% and 70%; 超过六成 is 60% or more.  Every check holds a computed value
to the precision the text wrote, never to more.
"""
from __future__ import annotations

import math
from typing import Tuple

from .marks import AROUND, CAP, NEAR
from .quantities import ABOUT, ABOVE, Quantity

EPS = 1e-9
# The classes of approximation marks (marks.py), as sets of the words that bound a figure.
_NEAR = NEAR
_LOWER_BOUND = frozenset(("以上", "过") + ABOVE)
_UPPER_BOUND = frozenset(("以下",) + CAP)
_AROUND = frozenset(ABOUT + AROUND)
_SCALES = (("万亿", 10.0 ** 12), ("萬億", 10.0 ** 12), ("亿", 10.0 ** 8), ("億", 10.0 ** 8), ("万", 10.0 ** 4),
           ("萬", 10.0 ** 4), ("千", 10.0 ** 3))


def scale_of(q: Quantity) -> float:
    """The multiplier written with the number: 万 for 1.2万, 亿 for 3.2亿, 1 for 1,234.

    A numeral spelled out in Chinese has its 千 and 万 as places, not as a scale: 一千九百六十 is
    as exact as 1960 and 一万零九百 as 10900; only the word it ends with rounds it (两万三千 is
    23千, 22,500..23,500; 三千万 is 3000万).
    """
    number = q.number
    if q.chinese and number and not any(c.isdigit() for c in number):
        number = number.rstrip("余多")
        for word, factor in _SCALES:
            if number.endswith(word):
                return factor
        return 1.0
    for word, factor in _SCALES:
        if word in number:
            return factor
    return 1.0


def written_interval(q: Quantity) -> Tuple[float, float]:
    """The values a count or amount as written stands for.

    A plain integer count is exact (56件 is 56).  A figure written with a scale or
    decimals is rounded to its last place: 1.2万 is 11,500..12,500, 3.2亿元 is
    3.15亿..3.25亿, 160亿元 is 159.5亿..160.5亿.  Approximation marks widen it
    (Quantity.bounds).
    """
    if not q.exact:
        return q.bounds
    scale = scale_of(q)
    if scale == 1.0 and not q.decimals:
        return q.value, q.value
    half = 0.5 * scale * 10.0 ** -q.decimals
    return q.value - half, q.value + half


def marks_of(q: Quantity) -> Tuple[str, ...]:
    return tuple(m.text for m in q.marks)


def readable_rate(q: Quantity) -> bool:
    """Can the words around a rate be held to a bound (近, 约, 以上 …, or none)?"""
    words = marks_of(q)
    if not words:
        return True
    return all(w in _LOWER_BOUND for w in words) or all(w in _UPPER_BOUND for w in words) \
        or all(w in _AROUND for w in words) or (len(words) == 1 and words[0] in _NEAR) \
        or (q.unit == "成" and all(w in ("多",) + tuple(_LOWER_BOUND) for w in words))


def accepted(q: Quantity) -> Tuple[float, float]:
    """The computed percentages (lo, hi, both inclusive) that a stated rate allows.

    89.5% allows 89.45 (rounded) up to 89.6 (cut off); 超过六成 allows 59.5 and up;
    近七成, 64.5 to 70; 六成, 55 to 70; 过半, 50 and up; 约90%, within half its step.
    """
    p = q.value
    if q.unit == "成":
        # 六成 is 55 to 70; 九成五 (a step of 5) 92.5 to 100
        unit = q.step
        low, high = p - unit / 2, p + unit
    elif q.kind == "fraction":
        unit = 1.0
        low, high = (45.0, 55.0) if q.number in ("一半", "半数") else (p - 1.0, p + 1.0)
    else:
        unit = 10.0 ** -q.decimals
        # rounded, or cut off toward nothing (89.59% written 89.5%, -3.28% written -3.2%)
        low, high = (p - unit / 2, p + unit) if p >= 0 else (p - unit, p + unit / 2)
    words = marks_of(q)
    if "多" in words and q.unit == "成":
        low = p
    if not words or words == ("多",):
        return low - EPS, high - EPS
    if all(w in _LOWER_BOUND or w == "多" for w in words):
        return p - (0.5 if q.unit == "成" else unit / 2) - EPS, math.inf
    if all(w in _UPPER_BOUND for w in words):
        return -math.inf, p + (0.5 if q.unit == "成" else unit) + EPS
    if len(words) == 1 and words[0] in _NEAR:
        # 近五成: below five tenths and nearer to them than to four (45 to 50, 44.95% shown as
        # 45% too), as 五成 alone reaches down to 45; 近90%: within a tenth of it, at most 5 points
        slack = 0.55 * unit if q.unit == "成" else max(unit, min(p * 0.1, 5.0))
        return p - slack - EPS, p + unit / 2 + EPS
    # 约19.2%: about, yet shown to a tenth; 约90%: a round figure.  Within a point
    # (two units of the last place shown), or half the step of a round figure (at most 5).
    slack = max(1.0, 2 * unit, min(q.step / 2, 5.0)) if q.unit != "成" else unit
    return p - slack - EPS, p + slack + EPS


def shows(computed: float, q: Quantity) -> bool:
    """Does the percentage ``computed`` show as the stated rate ``q``?"""
    lo, hi = accepted(q)
    return lo <= computed <= hi


def interval_shows(lo: float, hi: float, q: Quantity) -> bool:
    """Does any percentage in ``lo``..``hi`` (a computation from rounded figures) show as ``q``?"""
    a, b = accepted(q)
    return lo <= b and hi >= a
