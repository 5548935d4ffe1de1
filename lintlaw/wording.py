"""How messages write what they quote and compute (docs/messages.md is the style guide).

One place for the small choices every rule's message makes, so that all of them
read alike: how report text is quoted, how a computed number or percentage is
written, how a range is joined, how a long excerpt is shortened.
"""
from __future__ import annotations

import math

ELLIPSIS = "…"
RANGE_DASH = {"zh": "—", "en": "–"}  # GB/T 15834-2011 4.13: 一字线 for ranges of time and place


def quote(text: str, lang: str = "zh") -> str:
    """Report text as a message quotes it: “…”, or 「…」 when the text has double quotes of its own.

    GB/T 15834 nests single quotes inside double ones, but the quoted text is the
    report's own and keeps its marks; corner brackets never clash with them.
    """
    if "“" in text or "”" in text or '"' in text:
        return f"「{text}」"
    return f"“{text}”"


def number(value: float, digits: int = 2) -> str:
    """A computed number as a report writes it: 12, 12.5, 1,234 stays 1234; never 12.0."""
    if not math.isfinite(value):
        return str(value)
    rounded = round(value, digits)
    if rounded == int(rounded):
        return str(int(rounded))
    return f"{rounded:.{digits}f}".rstrip("0").rstrip(".")


def percent(value: float, digits: int = 1) -> str:
    """A percentage with no trailing zeros: 90%, 89.5%, never 90.0%."""
    return number(value, digits) + "%"


def span(first: object, last: object, lang: str = "zh") -> str:
    """A range of lines, years or pages: 3—5 in Chinese, 3–5 in English; one value alone."""
    if first == last:
        return str(first)
    return f"{first}{RANGE_DASH.get(lang, '–')}{last}"


def shorten(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut after a punctuation mark where one is near, never mid-word."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    for i in range(len(cut) - 1, max(0, limit // 2) - 1, -1):
        if cut[i] in "，、；：。！？,;:.!? ）)》」”":
            return cut[: i + 1].rstrip() + ELLIPSIS
    return cut + ELLIPSIS
