"""malformed-date: dates written in Chinese numerals, found from their 月."""
import pytest

from lintlaw.checks.dates import CN_MD, _cn_month_days, malformed_date
from lintlaw.document import Document


def messages(text):
    return [f.message.zh for f in malformed_date(Document.from_text(text))]


@pytest.mark.parametrize("text", [
    "二〇二二年十二月三十二日",
    "十二月三十二日",
    "二月三十日和三月三十二日",
    "十二十二月三日",  # more numerals before 月 than a month has: the last three are read
    "一月一日一月二日",
    "月三日",
    "五月十日",
    "三月三十一日至四月三十一日，六月",
    "",
])
def test_the_search_from_the_month_finds_what_the_pattern_finds(text):
    assert [m.span() for m in _cn_month_days(text)] == [m.span() for m in CN_MD.finditer(text)]


def test_an_impossible_chinese_date_is_reported():
    assert messages("会议于二〇二二年二月三十日召开。") == ["日期“二月三十日”不存在：2月只有28天"]
    assert messages("定于四月三十一日前完成整改。") == ["日期“四月三十一日”不存在：4月只有30天"]


@pytest.mark.parametrize("text", [
    "会议于二〇二四年二月二十九日召开。",  # a leap year
    "“十二月四日”国家宪法日前后，集中开展宣传。",
    "第十二月度例会",
])
def test_possible_chinese_dates_are_left_alone(text):
    assert messages(text) == []
