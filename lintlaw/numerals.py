"""Chinese numerals to integers: 五, 十二, 两, 一百零八, 三千五百, 1万2千 is not handled here."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CHARS = "".join(DIGITS) + "".join(UNITS) + "".join(BIG_UNITS)
# Characters that can begin a Chinese numeral used as a count or an ordinal.
LEADING = "一二三四五六七八九十两百千"
# 一千二百三十四万五千六百七十八 is 15 characters: a longer run is no numeral a report
# writes, and reading 一亿亿亿… would build an integer without bound.
MAX_LENGTH = 30

CIRCLED = {chr(0x2460 + i): i + 1 for i in range(20)}  # ① .. ⑳
PAREN_DIGITS = {chr(0x2474 + i): i + 1 for i in range(20)}  # ⑴ .. ⒇
PAREN_HAN = {chr(0x3220 + i): i + 1 for i in range(10)}  # ㈠ .. ㈩


@lru_cache(maxsize=4096)  # the same few numerals (一, 二, 十二) are read thousands of times
def cn_to_int(text: str) -> Optional[int]:
    """Value of a Chinese numeral, or None when ``text`` is not one.

    Handles positional forms (十二, 一百零八, 三千五百, 两万) and digit strings
    (二〇二一 -> 2021).
    """
    if not text or len(text) > MAX_LENGTH or any(ch not in CHARS for ch in text):
        return None
    if not any(ch in UNITS or ch in BIG_UNITS for ch in text):
        # A digit string: 二〇二一, 一五
        value = 0
        for ch in text:
            value = value * 10 + DIGITS[ch]
        return value
    total = 0  # completed 万/亿 groups
    section = 0  # value below the current 万
    digit = None  # the digit waiting for its unit
    for ch in text:
        if ch in DIGITS:
            if digit and DIGITS[ch]:
                return None  # 二三十: two digits in a row is a range, not a numeral
            digit = DIGITS[ch]
        elif ch in UNITS:
            section += (1 if digit is None else digit) * UNITS[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0)) * 10_000
            section, digit = 0, None
        else:  # 亿
            total = (total + section + (digit or 0)) * 100_000_000
            section, digit = 0, None
    return total + section + (digit or 0)
