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


@pytest.mark.parametrize("text, shown", [
    ("截至2024年10，共开展专题学习12次。", "日期“2024年10”缺少“月”"),
    ("2023年10月开展检查；2024年12，完成验收。", "日期“2024年12”缺少“月”"),
    ("本次审计期间为2023年1月1日至2023年12。", "日期“2023年12”缺少“月”"),
    ("自2022年4月6日至7月15，对区教育局开展专项审计。", "日期“7月15”缺少“日”"),
    ("9月3，县司法局组织开展法律明白人培训。", "日期“9月3”缺少“日”"),
])
def test_a_month_or_a_day_that_lost_its_unit_before_a_pause(text, shown):
    assert messages(text) == [shown]


@pytest.mark.parametrize("text", [
    "2023年1、2月，全县共受理案件36件。",
    "3月15、16日，县司法局开展执法人员培训。",
    "2023年3，4月开展专项检查。",
    "1至8月，30家企业完成整改。",
    "今年1—9月，收案1560件，同比增长8.3%。",
    "2月30日不存在，8月31日存在。",
])
def test_months_and_days_that_share_a_unit_are_left_alone(text):
    assert not any("缺少“月”" in m or "缺少“日”" in m for m in messages(text))


@pytest.mark.parametrize("text, shown", [
    ("23年3月5日，县司法局召开全县法治工作会议。", "日期的年份“23年”没有写全"),
    ("2023年第五季度，完成评查工作。", "“第五季度”不存在：一年只有四个季度"),
    ("2023年1-13月，共受理案件120件。", "月份“13月”不存在"),
    ("2023年3月15日至8日，开展专项检查。", "日期范围“3月15日至8日”的结束日早于开始日"),
])
def test_a_short_year_a_fifth_quarter_and_spans_out_of_order(text, shown):
    assert messages(text) == [shown]


@pytest.mark.parametrize("text", [
    "工作23年3个月后退休。",
    "为6—36月龄婴幼儿接种疫苗。",
    "2023年3月8日至15日开展专项检查，第四季度完成评查，1-12月共受理案件120件。",
    "2023年11月15日至1月10日，开展冬季专项行动。",  # into the next year
])
def test_counts_ages_and_spans_in_order_are_left_alone(text):
    assert messages(text) == []


def test_a_day_written_with_yue_for_ri():
    assert messages("——2023年2月16月在县人民代表大会上") == ["日期“2月16月”的“日”写成了“月”"]


@pytest.mark.parametrize("text, shown", [
    ("2021年6月2O日，区政府召开常务会议。", "日期中的“2O”把数字0打成了字母O"),
    ("2O24年全区共办理行政复议案件56件。", "日期中的“2O24”把数字0打成了字母O"),
    ("于2023年1o月完成整改。", "日期中的“1o”把数字0打成了字母O"),
    ("2O2o年度报告已公开。", "日期中的“2O2o”把数字0打成了字母O"),
])
def test_a_letter_o_typed_for_zero_in_a_date(text, shown):
    assert messages(text) == [shown]


@pytest.mark.parametrize("text", [
    "会议室在B2O层，于6月20日启用。",  # a code, after a Latin letter
    "GO2型设备于2024年购置。",
    "编号O2O2O年",  # more than four: not a date's number
    "OO年",  # no digit at all
    "Office 2019年版软件",
])
def test_letters_in_codes_are_not_dates(text):
    assert messages(text) == []
