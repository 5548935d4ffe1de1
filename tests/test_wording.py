"""The helpers behind docs/messages.md: quoting, numbers, ranges, shortening."""
from lintlaw.wording import number, percent, quote, shorten, span


def test_report_text_is_quoted_without_nesting_double_quotes():
    assert quote("2022125") == "“2022125”"
    assert quote("“12·4”国家宪法日") == "「“12·4”国家宪法日」"


def test_numbers_have_no_trailing_zeros():
    assert number(12.0) == "12"
    assert number(12.5) == "12.5"
    assert number(1 / 3) == "0.33"
    assert percent(90.0) == "90%"
    assert percent(89.54) == "89.5%"
    assert number(float("inf")) == "inf"


def test_ranges_use_the_dash_of_the_language():
    assert span(3, 5) == "3—5"
    assert span(3, 5, "en") == "3–5"
    assert span(7, 7) == "7"


def test_long_text_is_cut_after_punctuation_never_mid_word():
    text = "进一步健全依法决策机制，完善重大行政决策程序，推进政务公开标准化规范化"
    assert shorten(text, 100) == text
    cut = shorten(text, 20)
    assert cut == "进一步健全依法决策机制，…"
    assert shorten("健全依法决策机制完善重大行政决策程序", 10) == "健全依法决策机制完善…"
