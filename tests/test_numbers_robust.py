"""The number rules on input no report holds: huge numbers, long numerals, pathological repeats.

No exception, and no time that grows faster than the input (issue 12, items 1, 3, 4 and 5).
"""
import time

import pytest

from lintlaw.document import Document
from lintlaw.numbers import extract
from lintlaw.registry import registry

NUMBER_RULES = [r for r in registry().rules if r.code.startswith("LL3")]


def lint_numbers(text):
    doc = Document.from_text(text)
    return [f for r in NUMBER_RULES for f in r(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "全年共受理案件" + "9" * 310 + "件，其中办结1件，办结率100%。",  # past a float
        "全年共受理案件" + "9" * 4301 + "件，其中办结1件。",  # past Python's int-string limit
        "共" + "1" * 1000 + "件，其中维持1件、撤销2件。",
        "共梳理事项" + "一亿" * 60 + "项，其中行政许可5项。",  # a Chinese numeral past a float
        "共梳理事项" + "一" + "亿" * 400 + "件。",
        "我局共梳理行政职权事项3.5类，分别是行政许可5项、行政处罚40项、行政强制2项、行政检查6项。",
        "共" + "9" * 400 + ".5类，分别是行政许可、行政处罚。",
        "全年办结率为" + "9" * 400 + ".5%，共受理案件10件，办结9件。",
        "纠错率" + "9" * 20 + "." + "5" * 400 + "%，共受理案件10件，纠错1件。",
        "由" + "9" * 320 + "件增加到" + "9" * 321 + "件，增长10%，净增5件。",
        "增长了" + "9" * 330 + "倍，翻了" + "九" * 40 + "番，提高了" + "9" * 330 + "个百分点。",
        "三分之" + "9" * 30 + "，" + "9" * 30 + "分之一，百分之" + "九" * 60 + "。",
    ],
)
def test_huge_numbers_raise_nothing(text):
    lint_numbers(text)


def test_huge_numbers_are_not_figures():
    assert [q.value for q in extract("共" + "9" * 310 + "件，其中1件")] == [1]
    assert [q.value for q in extract("事项" + "一亿" * 60 + "项，其中5项")] == [5]
