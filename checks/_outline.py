"""Outline numbers as a report writes them: what missing-section and heading-numbering share."""
from __future__ import annotations

_CN_DIGITS = "零一二三四五六七八九"


def _cn(n: int) -> str:
    """1..99 in Chinese numerals (一, 十二, 二十); larger numbers (a marker such as "一二三、") in digits."""
    if n < 10:
        return _CN_DIGITS[n]
    if n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")
