"""Dates written wrong: bare digits, a lost 年 or 月, impossible days, a range that lost its dash.

A lost 月 (于512日, 2026年35日, 812日至15日), six digits run together where a date is
read (于201939召开), a year glued to the word after it (在2024全县) are found from the
words around the digits, so counts (512件, 2023件) and days (60日内) stay.

GB/T 15835-2011 writes a calendar date as 2022年1月25日 (or 2022-01-25); the
defects here are typing slips that leave a reader guessing which date is meant.
"""
from __future__ import annotations

import calendar
import datetime
import re
from typing import Dict, Iterator, List, Optional, Tuple

from lintlaw.document import Document, offsets_of
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.numerals import cn_to_int
from lintlaw.registry import rule
from lintlaw.wording import quote

_YEAR = r"(?:19|20)\d\d"
# Digits glued to letters, other digits, separators or a decimal point belong to
# something else (索引号 11500106709335764X/2022-00118, 1.5, 2022-01-25).
_NOT_BEFORE = r"(?<![0-9A-Za-z.\-/:_〔\[【#＃×*])"
_NOT_AFTER = r"(?![0-9A-Za-z.\-/:_%〕\]])"

# 2022125, 20220125: a year and a month-day with nothing between them.
BARE = re.compile(_NOT_BEFORE + r"(" + _YEAR + r")(\d{2,4})" + _NOT_AFTER)
# 20212025年: a year range that lost its dash.
RANGE = re.compile(_NOT_BEFORE + r"(" + _YEAR + r")(" + _YEAR + r")年")
# 202511日 / 20251231日 (lost 年 and 月), 2025年1231日 (lost 月), 202512月 (lost 年).
LOST_BOTH = re.compile(r"(?<![0-9年月.\-/])(" + _YEAR + r")(\d{2,4})日")
LOST_MONTH = re.compile(r"(?<![0-9])(" + _YEAR + r")年(\d{2,4})日")
LOST_YEAR = re.compile(r"(?<![0-9年月.\-/])(" + _YEAR + r")(\d{1,2})月")
# 12月19结束: a month and day that lost its 日 (the next word is a verb or 前/后/起/至).
LOST_DAY = re.compile(r"(?<![0-9])(\d{1,2})月(\d{1,2})(?=[前后起止至召开举结完到期间])")
# 截至2024年10，/ 至8月30，: a month or a day that lost its 月 or 日 before a pause (a date's last
# figure is its unit's: no count stands bare between a year or a month and a comma).  Not a list of
# months or days that shares one unit (2023年1、2月; 3月15、16日; 3月1，2日).
MONTH_AT_PAUSE = re.compile(r"(?<![0-9])(" + _YEAR + r")年(1[0-2]|0?[1-9])(?=[，。；,;](?![0-9])|、(?![0-9]))")
DAY_AT_PAUSE = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9])月([12][0-9]|3[01]|0?[1-9])(?=[，。；,;](?![0-9])|、(?![0-9]))")
# 1231日: a month and day glued together (four digits; three are far more often a count of days).
GLUED = re.compile(r"(?<![0-9月.\-/第共约近])(?<![0-9]年)(\d{4})日(?!内|以内|之内|以上|左右|起算)")
# 512日 (5月12日) lost its 月 too, but three digits before 日 are more often a count of
# days ("120日内"): only after a word that introduces a date (于512日, 自812日), or as the
# start of a range of days (812日至15日).
GLUED_SHORT = re.compile(r"(\d{3})日(?!内|以内|之内|以上|左右|起算|后|以后)")
_DATE_INTRO = ("于", "在", "自", "从", "至", "到", "截至", "截止", "定于", "是", "今年", "去年", "明年", "将于")
# 37日 (3月7日): two digits before 日 that no month has as a day (32-99, not 40, 50 …) lost the 月
# between a one-digit month and day; counts of days are as often written that way ("45日内",
# "为期45日"), so only where the words say a date: after 于/在/上月 …, or before 召开/上午/起 ….
GLUED_TWO = re.compile(r"([3-9][1-9])日(?!内|以内|之内|以上|左右|起算|后|以后|的)")
_CLAUSE_START = frozenset("。；：！？ \u3000\n")
_SENTENCE_END = frozenset("。！？；")
# Words right before a day that say it is one: a news item's "today (" (今天（614日），司法部发布…),
# a dateline's 讯 and its byline (本报讯（记者 王某）922日，…), a range's first end (3月4日—310日).
_DAY_BEFORE = lazy(r"(?:今天|今日|昨天|昨日)（$|讯\s*(?:（[^（）]{0,20}）)?\s*$|\d{1,2}日\s*[—－\-–~～至到]\s*$")
_MONTH_WORDS = ("上月", "本月", "当月", "次月", "同月", "下月", "月底前", "月初")
# The other end of a range of days, a day of a month (812日至15日, 78日—7月14日, 69日-10日),
# not a count (45日至60日内 counts days).
_RANGE_END = r"\s*[至到—－\-–~～]\s*(?:\d{1,2}月)?(?:0?[1-9]|[12]\d|3[01])日(?![内以之])"
_TIME_OF_DAY = r"上午|下午|早上|晚上|晚|凌晨|中午"
_DAY_AFTER = lazy(r"(?:" + _TIME_OF_DAY + r"|召开|举行|举办|开展|组织|印发|发布|起|消息|" + _RANGE_END + ")")
# 202020年, 20232023年: a year with its first digits typed again before 年.
DOUBLED_YEAR = re.compile(r"(" + _YEAR + r")(\d{1,4})年")
_YEAR_BEFORE_DASH = lazy(r"(?:19|20)\d\d\s*[-—－–~～]$")
_DAY_RANGE = lazy(_RANGE_END)
# 201939, 202271: a year and a month-day of two digits run together, inside a sentence
# only where a date is read: after 于/自/截至 …, or before 召开/起/前 ….
_DATE_AFTER = lazy(r"(?:召开|举行|举办|印发|发布|施行|实施|开始|结束|起|前|后|以来|至今|当天|当日|" + _TIME_OF_DAY +
                  r"|(?:起)?[至到—－~～]\s*(?:(?:19|20)\d\d年)?\d{1,2}月"
                  # the subtitle of a speech or a report: "——2021年3月8日在第十三届全国人民代表大会第四次会议上"
                  r"|在[^，。；\n]{2,40}(?:会议|大会|常委会|座谈会|论坛)上)")
# 2月30日, 2023年2月29日, 13月: impossible dates.
YMD = re.compile(r"(?<![0-9])(?:(" + _YEAR + r")年)?(\d{1,2})月(?:(\d{1,2})[日号])?")
CN_MD = lazy(r"([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")
CN_YEAR_BEFORE = lazy(r"([〇○零一二三四五六七八九]{4})年$")
# The 月 of a CN_MD date.  A pattern that opens with a literal is found by a fast
# substring search; one that opens with a character class is tried at every
# character (40 times slower over a 4 MB text).
_CN_MD_MONTH = re.compile(r"月(?=[一二三四五六七八九十]{1,3}日)")
_CN_NUMERALS = frozenset("一二三四五六七八九十")

# Every pattern above starts where a run of digits starts, and each needs a run of a
# certain length or followed by 年/月/日: the text is scanned once for digit runs and a
# pattern is tried only at the runs that could begin it (a pattern opening with a
# look-behind would otherwise be tried at every character of a 4 MB file).
_DIGIT_RUN = re.compile(r"[0-9]+")


def _runs(doc: Document) -> Dict[str, List[int]]:
    """Starts of the digit runs that could begin a date, by kind, computed once per document.

    "long": five digits or more (a year glued to a month or a day); "unit": any run
    followed by 年, 月, 日 or 号; "year": four digits that may be a year, followed by a
    Chinese character other than those.
    """
    return doc.memo("date-digit-runs", _find_runs)


def _find_runs(doc: Document) -> Dict[str, List[int]]:
    folded = doc.folded
    runs: Dict[str, List[int]] = {"long": [], "unit": [], "year": [], "separated": []}
    for match in _DIGIT_RUN.finditer(folded):
        start, end = match.span()
        if end - start >= 5:
            runs["long"].append(start)
        after = folded[end:end + 1]
        if after in _UNITS:
            runs["unit"].append(start)
        elif end - start == 4 and "\u4e00" <= after <= "\u9fff" and _YEARS.match(folded, start, end):
            runs["year"].append(start)
        elif end - start == 4 and after in _SEPARATORS and folded[start - 1:start] not in _SEPARATORS:
            runs["separated"].append(start)
    return runs


_UNITS = frozenset("年月日号")
_SEPARATORS = frozenset("-/.")
# A date in digits with a separator (2023-04-31, 2022/15/08, 2023.13.06: a page's 发布时间, a table's
# column), not one part of a longer code (11350100-2023-00123, 2023-13-06-001).
_SEPARATED_YMD = re.compile(r"((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?![0-9]|[-/.][0-9])")


def _matches(pattern, doc: Document, kind: str) -> Iterator["re.Match[str]"]:
    """Non-overlapping matches of ``pattern`` starting at the digit runs of ``kind``."""
    folded = doc.folded
    end = -1
    for start in _runs(doc)[kind]:
        if start < end:
            continue
        match = pattern.match(folded, start)
        if match:
            end = match.end()
            yield match


# Words before a number that make it an identifier, not a date.
_ID_CONTEXT = re.compile(
    r"(?:索引号|编号|编码|代码|文号|案号|电话|号码|手机|传真|热线|邮编|邮政编码|账号|帐号|工号|证号|"
    r"备案|ICP|QQ|微信|序号|批次|批号|卡号|车牌|单号|登记号|许可证|信用代码)[^，。；！？\n]{0,12}$"
)
# A number followed by a measure word or unit is a quantity, not a date.
_QUANTITY_AFTER = re.compile(
    r"\s*(?:元|万|亿|千|百|人|件|起|次|项|个|条|家|份|篇|场|期|名|台|辆|处|户|宗|平方|米|公里|千米|吨|"
    r"册|本|张|套|所|号|余|多|余人|个|位|小时|分钟|天|日|年|月|%|％|万元)"
)


def _valid(year: Optional[int], month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2 and year is None:
        return day <= 29
    return day <= calendar.monthrange(year or 2001, month)[1]


def _month_day_readings(digits: str, year: Optional[int]) -> List[Tuple[int, int]]:
    """Every way to read ``digits`` as month then day: "125" -> (1, 25), (12, 5)."""
    out = []
    for cut in range(1, len(digits)):
        month_s, day_s = digits[:cut], digits[cut:]
        if len(month_s) > 2 or len(day_s) > 2 or day_s.startswith("00"):
            continue
        month, day = int(month_s), int(day_s)
        if _valid(year, month, day) and (month, day) not in out:
            out.append((month, day))
    return out


def _written(year: Optional[int], month: int, day: Optional[int] = None) -> str:
    text = f"{year}年" if year is not None else ""
    text += f"{month}月"
    if day is not None:
        text += f"{day}日"
    return text


def _is_identifier(doc: Document, start: int) -> bool:
    line_start = doc.text.rfind("\n", 0, start) + 1
    return bool(_ID_CONTEXT.search(doc.folded[max(line_start, start - 24):start]))


def _alone_on_line(doc: Document, start: int, end: int) -> bool:
    para = doc.paragraph_of(start)
    return para is not None and para.start == start and para.end == end


def _finding(start: int, end: int, found: str, readings: List[str], what: Msg) -> Finding:
    options_zh = "或".join(f"“{r}”" for r in readings)
    options_en = " or ".join(readings)
    fix = None
    if len(readings) == 1:
        fix = Fix((Edit(start, end, readings[0]),), safe=False,
                  description=Msg(f"改为“{readings[0]}”", f"write {readings[0]}"))
    return Finding(
        start, end,
        Msg(f"日期{quote(found)}{what.zh}", f"date {quote(found, 'en')} {what.en}"),
        help=Msg(f"写作{options_zh}（GB/T 15835：公历日期写作“2022年1月25日”）",
                 f"write {options_en} (GB/T 15835 writes dates as 2022年1月25日)"),
        fix=fix,
    )


def _after_date_intro(folded: str, start: int) -> bool:
    return folded.endswith(_DATE_INTRO, max(0, start - 4), start)


def _read_as_date(doc: Document, start: int, end: int) -> bool:
    """Do the words around a number say it is a date (于201939, 202271起)?"""
    return (_after_date_intro(doc.folded, start) or _DATE_AFTER.match(doc.folded, end) is not None
            or _opens_dateline(doc, start, end))  # 202315，某市中级人民法院…: a paragraph that opens with its date


def _bare_digits(doc: Document) -> Iterator[Finding]:
    for match in _matches(BARE, doc, "long"):
        year, rest = int(match.group(1)), match.group(2)
        start, end = match.span()
        if _is_identifier(doc, start):
            continue
        if _QUANTITY_AFTER.match(doc.folded, end) and not (
                doc.folded.startswith("起", end) and _read_as_date(doc, start, end + 1)):
            continue  # 2022125元; but 自202271起 is a date
        if len(rest) == 2 and not _alone_on_line(doc, start, end) and not _read_as_date(doc, start, end) \
                and not (doc.folded[start - 1:start] in _SENTENCE_END and doc.folded.startswith("，", end)):
            continue  # 202115 inside a sentence is as likely a count as a date; 。201571，全国人大常委会… opens with one
        readings = [_written(year, m, d) for m, d in _month_day_readings(rest, year)]
        if not readings:
            continue
        yield _finding(start, end, match.group(0), readings, Msg("写成了一串数字", "is written as bare digits"))


def _year_ranges(doc: Document) -> Iterator[Finding]:
    for match in _matches(RANGE, doc, "long"):
        first, second = int(match.group(1)), int(match.group(2))
        # (20232023年 is one year typed twice: _doubled_years reports it.)
        if not first < second <= first + 30 or _is_identifier(doc, match.start()):
            continue
        start, end = match.span()
        fixed = f"{first}—{second}年"
        yield Finding(
            start, end,
            Msg(f"年份范围{quote(match.group(0))}缺少连接号", f"year range {quote(match.group(0), 'en')} lost its dash"),
            help=Msg(f"写作“{fixed}”（GB/T 15834：时间范围用一字线“—”连接）",
                     f"write {fixed} (GB/T 15834 joins a time span with a dash)"),
            fix=Fix((Edit(start, end, fixed),), safe=False, description=Msg(f"改为“{fixed}”", f"write {fixed}")),
        )


def _lost_units(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    seen = set()
    for match in _matches(LOST_BOTH, doc, "long"):
        year = int(match.group(1))
        if _is_identifier(doc, match.start()):
            continue
        readings = [_written(year, m, d) for m, d in _month_day_readings(match.group(2), year)]
        if readings:
            seen.add(match.start())
            yield _finding(*match.span(), match.group(0), readings, Msg("缺少“年”“月”", "lost its 年 and 月"))
    for match in _matches(LOST_MONTH, doc, "unit"):
        year = int(match.group(1))
        readings = [_written(year, m, d) for m, d in _month_day_readings(match.group(2), year)]
        if readings and match.start() not in seen:
            yield _finding(*match.span(), match.group(0), readings, Msg("缺少“月”", "lost its 月"))
    for match in _matches(LOST_YEAR, doc, "long"):
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and not _is_identifier(doc, match.start()):
            yield _finding(*match.span(), match.group(0), [_written(year, month)], Msg("缺少“年”", "lost its 年"))
    for match in _matches(MONTH_AT_PAUSE, doc, "unit"):
        year, month = int(match.group(1)), int(match.group(2))
        yield _finding(*match.span(), match.group(0), [_written(year, month)], Msg("缺少“月”", "lost its 月"))
    for match in _matches(DAY_AT_PAUSE, doc, "unit"):
        month, day = int(match.group(1)), int(match.group(2))
        if _valid(None, month, day):
            yield _finding(*match.span(), match.group(0), [_written(None, month, day)], Msg("缺少“日”", "lost its 日"))
    for match in _matches(LOST_DAY, doc, "unit"):
        month, day = int(match.group(1)), int(match.group(2))
        if _valid(None, month, day):
            yield _finding(*match.span(), match.group(0), [_written(None, month, day)], Msg("缺少“日”", "lost its 日"))
    for match in _matches(GLUED, doc, "unit"):
        if _is_identifier(doc, match.start()):
            continue
        readings = [_written(None, m, d) for m, d in _month_day_readings(match.group(1), None)]
        if readings:
            yield _finding(*match.span(), match.group(0), readings, Msg("缺少“月”", "lost its 月"))
    for match in _matches(GLUED_SHORT, doc, "unit"):
        start = match.start()
        if start and (folded[start - 1] in "0123456789月.-/" or folded[start - 1] == "年" and folded[start - 2:start - 1].isdigit()):
            continue  # (2024年125日 is LOST_MONTH's; 今年125日 is a date this reads)
        if not (_after_date_intro(folded, start) or _DAY_RANGE.match(folded, match.end())
                or _opens_dateline(doc, start, match.end())
                or _DAY_AFTER.match(folded, match.end())
                or _DAY_BEFORE.search(folded, max(0, start - 30), start)
                # a sentence never opens with a count of days: 。911日对东风南路…, 。423日，市人大常委会…
                # (after a colon or at a line's start it may: 承诺时限：120日, a table's cell)
                or (folded[start - 1:start] in _SENTENCE_END and not folded.startswith("的", match.end()))
                # nor is a clause of its own a count: ……违法建设行为，526日，福田镇执法大队联合…… (a count
                # of days is what a verb sets: 时限为120日，)
                or (folded[start - 1:start] == "，" and folded.startswith("，", match.end()))):
            continue
        if _is_identifier(doc, start):
            continue
        readings = [_written(None, m, d) for m, d in _month_day_readings(match.group(1), None)]
        if readings:
            yield _finding(*match.span(), match.group(0), readings, Msg("缺少“月”", "lost its 月"))
    for match in _matches(GLUED_TWO, doc, "unit"):
        start, end = match.span()
        if (start and folded[start - 1] in "0123456789年.-/第共约近计达为") or int(match.group(1)) <= 31:
            continue
        if folded[start - 1:start] == "月" and folded[start - 2:start - 1].isdigit():
            continue  # 3月37日: an impossible day, _impossible's
        if not (_after_date_intro(folded, start) or folded.endswith(_MONTH_WORDS, max(0, start - 4), start)
                or _DAY_AFTER.match(folded, end) or not start or folded[start - 1] in _CLAUSE_START
                or _DAY_BEFORE.search(folded, max(0, start - 30), start)
                or _opens_dateline(doc, start, end)):
            continue  # (a clause never opens with a count of days: "59日成立了…", "法制建设 66日，…")
        digits = match.group(1)
        yield _finding(start, end, match.group(0), [_written(None, int(digits[0]), int(digits[1]))],
                       Msg("缺少“月”", "lost its 月"))


def _doubled_years(doc: Document) -> Iterator[Finding]:
    """202020年: the year, then its first digits again (a year typed twice, or begun twice)."""
    for match in _matches(DOUBLED_YEAR, doc, "long"):
        year, extra = match.group(1), match.group(2)
        start, end = match.span()
        if not year.startswith(extra):
            continue
        if start and doc.folded[start - 1] in _IDENTIFIER_CHARS and not _YEAR_BEFORE_DASH.search(
                doc.folded, max(0, start - 6), start):
            continue  # an identifier's digits; but "2021-202520年" ends a range of years
        if _is_identifier(doc, start):
            continue
        yield Finding(
            start, end,
            Msg(f"年份{quote(match.group(0))}多写了“{extra}”", f"the year {quote(match.group(0), 'en')} has “{extra}” typed twice"),
            help=Msg(f"写作“{year}年”", f"write {year}年"),
            fix=Fix((Edit(start, end, f"{year}年"),), safe=False, description=Msg(f"改为“{year}年”", f"write {year}年")),
        )


# A paragraph that opens with its date ("5月21日，省委书记……"), or a news dateline
# ("本报北京4月1日电"): a count of days is never written there.
_DATELINE_AFTER = lazy(r"[，,]|电[（(\s]|讯[：:，,\s]")


def _opens_dateline(doc: Document, start: int, end: int) -> bool:
    folded = doc.folded
    if folded.startswith(("电", "讯"), end):
        return _DATELINE_AFTER.match(folded, end) is not None
    para = doc.paragraph_of(start)
    return (para is not None and not folded[para.start:start].strip(" \t\u3000")
            and _DATELINE_AFTER.match(folded, end) is not None)


# 2022全年, 2023上半年, 2019以来, 在2024全县, 2023我局: a year glued to the word after it
# lost its 年.  A four-digit count is followed by its measure word or unit (2023件, 2022余人),
# a year in a range by a joining word (2023至2025年): those stay.
_AFTER_COUNT = frozenset(
    "年月日号件次人项个名家户条起场份篇期批卷宗元万亿千百余多位台辆套本册张页所座处支只间级类种组队床"
    "米吨亩平公里分秒天周倍届版轮遍例株棵头箱袋瓶盒斤克升笔单栋幢层车艘架门口班堂课园站小毫"
    "至到和与及或"
)
_IDENTIFIER_CHARS = frozenset("0123456789.-/_:#＃〔[【") | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_YEARS = re.compile(r"(?:19[5-9]\d|20[0-4]\d)$")


# Verbs whose first character is also a measure word: "2024组织开展…" lost its 年 (2024组 is no count).
_VERBS_OPENING_LIKE_UNITS = ("组织", "起草", "处理", "批准", "批复", "届时", "期间", "台账")
# A word of an edition or a product right after the year: a label, as sites and spam name their
# wares ("2024正版资料免费公开", "2023最新版", "2022全新"), never a date that lost its 年.
_EDITION_AFTER_YEAR = ("正版", "新版", "最新", "全新", "完整版", "免费", "资料", "大全")
# A year with the word of a revision after it is a text's edition, as titles tag it: closed by the
# bracket it fills ("（2023修订）", "(2021修正)") or named as a version ("2022修订版", "2021修订本",
# "2022修正文本").  "2023修订了3件规范性文件" is a sentence that lost its 年.
_EDITION_TAG = lazy(r"(?:修订|修正|修改|增订)(?:版本?|本|稿|文本)?[）)〕】]|(?:修订|修正|修改|增订)(?:版本?|本|稿|文本)")
# A place's name right after the year: the name of an event or a project ("2023某市法律知识竞赛",
# "2022某地民生实事"); "在2024全县开展" (a lost 年 before 全县) is no place's name.
_ORGAN_CHARS = frozenset("局委办厅院府所")
_PLACE_AFTER_YEAR = lazy(r"(?![全我本该各])[\u4e00-\u9fff]{1,3}?[省市县区州盟旗镇乡](?![委政级直属])")


def _names_a_place(folded: str, at: int) -> bool:
    if _ORGAN_CHARS.intersection(folded[at:at + 8]):
        return False  # "2018闵行区司法局开展…": the place's organ, the subject of a sentence that lost its 年
    if _PLACE_AFTER_YEAR.match(folded, at):
        return True
    from lintlaw import segment  # only for a year without 年, a few in a report

    words = segment.spans(folded[at:at + 8])
    return bool(words) and segment.tag(words[0][2]) == "ns"


# Tags of proper names: a year glued to one (星河湾2035, 健康中国2030, 北京2022冬奥会) is how
# projects, plans and events are named; a lost 年 follows a preposition, a verb or a clause's start.
_NAME_TAGS = frozenset(("ns", "nr", "nz", "nt", "nrt"))


def _after_a_name(folded: str, start: int) -> bool:
    if not start or not "\u4e00" <= folded[start - 1] <= "\u9fff":
        return False
    from lintlaw import segment  # only for a year without 年, a few in a report

    words = segment.spans(folded[max(0, start - 6):start])
    return bool(words) and len(words[-1][2]) >= 2 and segment.tag(words[-1][2]) in _NAME_TAGS


def _year_without_nian(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for start in _runs(doc)["year"]:
        at = start + 4
        if start and folded[start - 1] in _IDENTIFIER_CHARS:
            continue  # 编号A2022…: not a year
        if (folded[at] in _AFTER_COUNT and not folded.startswith(_VERBS_OPENING_LIKE_UNITS, at)) or _is_identifier(doc, start):
            continue
        if folded.startswith(_EDITION_AFTER_YEAR, at) or _EDITION_TAG.match(folded, at):
            continue
        if _names_a_place(folded, at):
            continue  # "2023某市法律知识竞赛", "聚焦2022某地民生实事": a year naming an event, as its organisers write it
        if _after_a_name(folded, start):
            continue  # "引进星河湾2035商业综合体", "推进健康中国2030行动": the number is part of the name
        k = start - 1
        while k >= 0 and folded[k] in " \u3000\xa0":
            k -= 1
        if k >= 0 and folded[k] in "|｜\t":
            continue  # "单位 | 2021办理量 | 2022办理量 |": a table's column label, not a date
        word = folded[at:at + 2]
        found = doc.text[start:at + len(word)]
        yield _finding(start, at + len(word), found, [f"{folded[start:at]}年{word}"], Msg("缺少“年”", "lost its 年"))


# "2021，在市委、市政府的坚强领导下……": a paragraph that opens with its year lost the 年 before the comma.
_LEADING_YEAR_COMMA = re.compile(r"[ \t\u3000]*((?:19[5-9]\d|20[0-4]\d)，)(?![\d\s])")


def _leading_year_without_nian(doc: Document) -> Iterator[Finding]:
    for para in doc.paragraphs:
        if not para.folded[:1].isdigit() and para.folded[:1] not in " \t\u3000":
            continue
        match = _LEADING_YEAR_COMMA.match(para.folded)
        if match is None:
            continue
        start = para.start + match.start(1)
        year = match.group(1)[:4]
        yield _finding(start, start + 5, doc.text[start:start + 5], [f"{year}年，"], Msg("缺少“年”", "lost its 年"))


# 《法治政府建设实施纲要（2021-2025）》: the years of a plan's title without their 年.
_TITLE_RANGE = re.compile(r"（(" + _YEAR + r")\s*[-－—–~～](" + _YEAR + r")$")
# The central plans whose published title ends in "（…—…年）".  A local plan's title is what
# its issuer named it: reports cite 《法治某县建设规划（2021—2025）》 as the county wrote it
# (a dozen such titles in 310,000 characters of real reports), so only these are checked.
_CENTRAL_PLANS = ("法治政府建设实施纲要", "法治社会建设实施纲要", "法治中国建设规划", "全面推进依法行政实施纲要",
                  "关于开展法治宣传教育的第八个五年规划", "关于开展法治宣传教育的第七个五年规划")


def _title_range_without_year(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for at in offsets_of(folded, ("）》", "）〉")):
        match = _TITLE_RANGE.search(folded, max(0, at - 14), at)
        if match is None or not int(match.group(1)) < int(match.group(2)) <= int(match.group(1)) + 30:
            continue
        opening = folded.rfind("《", max(0, match.start() - 40), match.start())
        if opening < 0 or folded[opening + 1:match.start()].rstrip() not in _CENTRAL_PLANS:
            continue
        written = doc.text[match.start() + 1:at]
        fixed = f"{written}年"
        yield Finding(
            match.start() + 1, at,
            Msg(f"标题中的年份范围{quote(written)}缺少“年”", f"the year range {quote(written, 'en')} of a title lost its 年"),
            help=Msg(f"写作“{fixed}”，如《法治政府建设实施纲要（2021—2025年）》（GB/T 15835：年份范围后写“年”）",
                     f"write {fixed}, as in 《法治政府建设实施纲要（2021—2025年）》"),
            fix=Fix((Edit(at, at, "年"),), safe=False, description=Msg("补上“年”", "add 年")),
            severity="warning",
        )


def _impossible(doc: Document) -> Iterator[Finding]:
    for match in _matches(YMD, doc, "unit"):
        year = int(match.group(1)) if match.group(1) else None
        month = int(match.group(2))
        day = int(match.group(3)) if match.group(3) else None
        if day is None and (year is None or 1 <= month <= 12) and not (
                month > 12 and doc.folded.startswith("份", match.end())):
            continue  # "13月" alone may be a count ("历时13月"); with a year or a day it is a date, and
            # 月份 names a month ("110月份": 1—10月份 with its dash lost)
        if day is not None and _valid(year, month, day):
            continue
        if day is None and 1 <= month <= 12:
            continue
        yield _impossible_finding(match, year, month, day)
    if "月份" in doc.folded:
        yield from _months_lost_dash(doc.folded)
    for match in _cn_month_days(doc.folded):
        before = CN_YEAR_BEFORE.search(doc.folded, max(0, match.start() - 5), match.start())
        year = cn_to_int(before.group(1)) if before else None
        month, day = cn_to_int(match.group(1)), cn_to_int(match.group(2))
        if month is None or day is None or _valid(year, month, day):
            continue
        yield _impossible_finding(match, year, month, day)
    yield from _cn_months_alone(doc.folded)
    for match in _matches(_SEPARATED_YMD, doc, "separated"):
        year, month, day = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if not _valid(year, month, day) and not _is_identifier(doc, match.start()):
            yield _impossible_finding(match, year, month, day)


# A month in Chinese numerals right after a year and without a day (二〇〇八年十四月挂牌): after a
# year it names a month, which a year has twelve of.  Found from each 年 (a literal: fast).
_CN_MONTH_AFTER_YEAR = lazy(r"年([一二三四五六七八九十]{2,3})月(?![一二三四五六七八九十]{1,3}[日号])")


# A year's number before 年, in numerals or digits or both (二〇〇八年, 2008年, 二00六年).
_YEAR_OF_ANY_DIGITS = lazy(r"[〇○零0一二三四五六七八九1-9][〇○零0-9一二三四五六七八九]{3}年$")


def _cn_months_alone(folded: str) -> Iterator[Finding]:
    at = folded.find("年")
    while at >= 0:
        match = _CN_MONTH_AFTER_YEAR.match(folded, at)
        at = folded.find("年", at + 1)
        if match is None:
            continue
        month = cn_to_int(match.group(1))
        if month is not None and month > 12:
            start = match.start(1)
            if not _YEAR_OF_ANY_DIGITS.search(folded, max(0, match.start() - 4), match.start() + 1):
                continue  # 三年十五月 is no date: only a year's number names the year
            text = folded[start:match.end()]
            yield Finding(
                start, match.end(),
                Msg(f"日期{quote(text)}不存在：一年只有12个月", f"date {quote(text, 'en')} does not exist: a year has 12 months"),
                help=Msg("核对原始材料，改为实际日期", "check the source and write the real date"),
            )


# A span of months that lost its dash: "110月份" for 1—10月份, "112月份" for 1—12月份.  Read
# back from each 月份 (a pattern that opens with digits is tried at every character of a report).
_MONTHS_RUN = lazy(r"(?<![0-9.])(\d{3,4})月份")


def _months_lost_dash(folded: str) -> Iterator[Finding]:
    at = folded.find("月份")
    while at >= 0:
        match = _MONTHS_RUN.match(folded, max(0, at - 4), at + 2)
        if match is None and at >= 3:
            match = _MONTHS_RUN.match(folded, at - 3, at + 2)
        at = folded.find("月份", at + 2)
        if match is None:
            continue
        digits = match.group(1)
        spans = [(int(digits[:i]), int(digits[i:])) for i in (1, 2) if digits[i] != "0"]
        spans = [(a, b) for a, b in spans if 1 <= a < b <= 12]
        if len(spans) != 1:
            continue
        right = f"{spans[0][0]}—{spans[0][1]}月份"
        yield Finding(
            match.start(), match.end(),
            Msg(f"{quote(match.group(0))}不存在：一年只有12个月，疑为{quote(right)}漏了连接号",
                f"{quote(match.group(0), 'en')} does not exist: a year has 12 months; probably {quote(right, 'en')} without its dash"),
            help=Msg(f"改为{quote(right)}", f"write {quote(right, 'en')}"),
            fix=Fix((Edit(match.start(), match.end(), right),), safe=False,
                    description=Msg(f"改为{quote(right)}", f"write {quote(right, 'en')}")),
        )


def _cn_month_days(folded: str) -> Iterator["re.Match[str]"]:
    """CN_MD.finditer(folded), found from the 月 back to the numerals before it."""
    end = 0
    for month in _CN_MD_MONTH.finditer(folded):
        at = start = month.start()
        while start > max(end, at - 3) and folded[start - 1] in _CN_NUMERALS:
            start -= 1
        match = CN_MD.match(folded, start) if start < at else None
        if match:
            end = match.end()
            yield match


def _impossible_finding(match, year, month, day) -> Finding:
    text = match.group(0)
    if not 1 <= month <= 12:
        why = Msg(f"日期{quote(text)}不存在：一年只有12个月", f"date {quote(text, 'en')} does not exist: a year has 12 months")
    else:
        last = calendar.monthrange(year or 2000, month)[1] if not (month == 2 and year is None) else 29
        why = Msg(f"日期{quote(text)}不存在：{month}月只有{last}天", f"date {quote(text, 'en')} does not exist: month {month} has {last} days")
    # A date no calendar has is wrong on a page's metadata line too (发布日期：2024-02-30), though the
    # line is web residue: both are reported.
    return Finding(
        match.start(), match.end(), why,
        help=Msg("核对原始材料，改为实际日期", "check the source and write the real date"),
        outlives=("web-residue",),
    )


# 23年3月5日: GB/T 15835 writes the year in full (2023年, never 23年).  Only a full date, year,
# month and day, is read so: "近20年3月…" or a count of years (工作23年) have no month and day after them.
SHORT_YEAR_DATE = re.compile(r"(?<![0-9A-Za-z.\-/〔\[年])(\d{2})年(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日")
# 2月16月: a day written with 月 for its 日 (the second number no month has).
DAY_AS_MONTH = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9])月(1[3-9]|2\d|3[01])月(?!份)")
# 第五季度: a year has four quarters.
_QUARTER = lazy(r"第([5-9]|[五六七八九])季度")
# 1-13月: a span of months that runs past December.
_MONTH_SPAN_START = re.compile(r"(?<![0-9])(?:1[0-2]|0?[1-9])\s*[-—－–~～至到]\s*$")
# 3月15日至3月8日, 3月15日至8日: a span of days of one month that ends before it starts.
_DAY_SPAN = re.compile(r"(?<![0-9])(1[0-2]|0?[1-9])月([12]\d|3[01]|0?[1-9])日\s*[-—－–~～至到]\s*(?:(1[0-2]|0?[1-9])月)?"
                       r"([12]\d|3[01]|0?[1-9])日")


def _odd_dates(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    if "年" in folded:
        for match in _matches(SHORT_YEAR_DATE, doc, "unit"):
            if _is_identifier(doc, match.start()):
                continue
            short = match.group(1)
            yield Finding(
                match.start(), match.end(1) + 1,
                Msg(f"日期的年份“{short}年”没有写全", f"the year {short}年 of a date is cut short"),
                help=Msg(f"年份写全称，如“20{short}年”（GB/T 15835-2011：年份不能简写）",
                         f"write the year in full, e.g. 20{short}年 (GB/T 15835-2011: a year is never shortened)"),
            )
    for match in _matches(DAY_AS_MONTH, doc, "unit"):
        month, day = int(match.group(1)), int(match.group(2))
        if _valid(None, month, day):
            right = f"{month}月{day}日"
            yield Finding(match.start(), match.end(),
                          Msg(f"日期“{match.group()}”的“日”写成了“月”", f"the date {match.group()} has 月 for its 日"),
                          help=Msg(f"写作“{right}”", f"write {right}"),
                          fix=Fix((Edit(match.end() - 1, match.end(), "日"),), safe=False,
                                  description=Msg(f"改为“{right}”", f"write {right}")))
    if "季度" in folded:
        for match in _QUARTER.finditer(folded):
            yield Finding(match.start(), match.end(),
                          Msg(f"“{match.group()}”不存在：一年只有四个季度", f"“{match.group()}” does not exist: a year has four quarters"),
                          help=Msg("核对季度", "check the quarter"))
    for start in _runs(doc)["unit"]:
        end = start
        while end < len(folded) and folded[end].isdigit():
            end += 1
        if folded[end:end + 1] != "月" or end - start != 2 or int(folded[start:end]) <= 12 \
                or folded.startswith("龄", end + 1):
            continue  # (6—36月龄: an age in months)
        if _MONTH_SPAN_START.search(folded, max(0, start - 6), start):
            yield Finding(start, end + 1,
                          Msg(f"月份“{folded[start:end]}月”不存在", f"there is no month {folded[start:end]}"),
                          help=Msg("核对起止月份", "check the months of the span"))
    for match in _matches(_DAY_SPAN, doc, "unit"):
        month, day = int(match.group(1)), int(match.group(2))
        end_month = int(match.group(3)) if match.group(3) else month
        end_day = int(match.group(4))
        if end_month == month and end_day < day:
            yield Finding(match.start(), match.end(),
                          Msg(f"日期范围“{match.group()}”的结束日早于开始日", f"the span {match.group()} ends before it starts"),
                          help=Msg("核对起止日期", "check the first and last days of the span"))


# 2024年3月5日（星期三）: a weekday the date does not fall on.
_WEEKDAY = lazy(r"((?:19|20)\d\d)\s*年\s*(1[0-2]|0?[1-9])\s*月\s*([12]\d|3[01]|0?[1-9])\s*日\s*[（(]\s*(?:星期|周|礼拜)"
                r"([一二三四五六日天])\s*[）)]")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# 2023年12月1日至2023年11月30日, 2023年9月至2023年6月: a span whose end, its year written, comes before its
# start.  (2022年12月至3月 names no second year: the winter that runs into the next one.)
_DATED_SPAN = lazy(r"((?:19|20)\d\d)\s*年\s*(1[0-2]|0?[1-9])\s*月(?:\s*([12]\d|3[01]|0?[1-9])\s*日)?\s*[-—－–~～至到]\s*"
                   r"((?:19|20)\d\d)\s*年\s*(1[0-2]|0?[1-9])\s*月(?:\s*([12]\d|3[01]|0?[1-9])\s*日)?")
# 下午25时, 24时60分: a time of day no clock shows (a date, a part of the day or 于 before it; not 小时).
_CLOCK = lazy(r"(\d{1,2})\s*时(?:\s*(\d{1,2})\s*分)?")
_CLOCK_BEFORE = lazy(r"(?:日|上午|下午|晚上|凌晨|早上|中午|于|至)\s*$")


# 2021年6月2O日, 2O21年: a letter O typed for the digit 0 in a date's number; 6月30曰: 曰 (yuē) for 日.
_DATE_DIGITS = frozenset("0123456789Oo")
_DATE_UNITS = frozenset("年月日")
_LATIN_OR_DIGIT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_DAY_AS_YUE = lazy(r"月\s*([12]\d|3[01]|0?[1-9])\s*(曰)")


def _letter_o_numbers(folded: str) -> Iterator[Tuple[int, int]]:
    """Spans of 2-4 digits before 年/月/日 with a letter O among them (2O24年, 1O月).

    Walked from each letter O (rare in report prose), not by a pattern tried at every
    position of the text: the run around it is the whole number, and a run that starts
    after a Latin letter or a digit is part of a code or a longer number.  A run holding
    both O and o is met from each letter: the caller takes each span once.
    """
    for letter in "Oo":
        at = folded.find(letter)
        while at >= 0:
            start = end = at
            while start > 0 and folded[start - 1] in _DATE_DIGITS:
                start -= 1
            while end < len(folded) and folded[end] in _DATE_DIGITS:
                end += 1
            written = folded[start:end]
            if (2 <= end - start <= 4 and end < len(folded) and folded[end] in _DATE_UNITS
                    and (start == 0 or folded[start - 1] not in _LATIN_OR_DIGIT)
                    and any(ch.isdigit() for ch in written)):
                yield start, end
            at = folded.find(letter, end)


def _typed_lookalikes(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for start, end in sorted(set(_letter_o_numbers(folded))):
        written = folded[start:end]
        right = written.replace("O", "0").replace("o", "0")
        yield Finding(start, end,
                      Msg(f"日期中的“{written}”把数字0打成了字母O", f"the date's {written} has the letter O for the digit 0"),
                      help=Msg(f"改为“{right}”", f"write {right}"),
                      fix=Fix((Edit(start, end, right),), safe=False,
                              description=Msg(f"改为“{right}”", f"write {right}")))
    if "曰" in folded:
        for match in _DAY_AS_YUE.finditer(folded):
            yield Finding(match.start(2), match.end(2),
                          Msg("日期的“日”写成了“曰”", "the date's 日 is written 曰"),
                          help=Msg("改为“日”", "write 日"),
                          fix=Fix((Edit(match.start(2), match.end(2), "日"),), safe=False,
                                  description=Msg("改为“日”", "write 日")))


def _inconsistent_dates(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    # The patterns open with a year: tried at the digit runs before 年 only (_matches), not at every digit.
    for match in _matches(_WEEKDAY, doc, "unit"):
        year, month, day = (int(match.group(i)) for i in (1, 2, 3))
        if not _valid(year, month, day):
            continue  # impossible, reported as such
        actual = datetime.date(year, month, day).weekday()
        if actual == _WEEKDAYS[match.group(4)]:
            continue
        right = "一二三四五六日"[actual]
        yield Finding(match.start(4), match.end(4),
                      Msg(f"{year}年{month}月{day}日是星期{right}，不是“{match.group(4)}”",
                          f"{year}-{month:02d}-{day:02d} falls on weekday {actual + 1}, not {match.group(4)}"),
                      help=Msg("核对日期和星期", "check the date and the weekday"))
    for match in _matches(_DATED_SPAN, doc, "unit"):
        first = (int(match.group(1)), int(match.group(2)), int(match.group(3) or 0))
        last = (int(match.group(4)), int(match.group(5)), int(match.group(6) or 0))
        if (match.group(3) is None) != (match.group(6) is None) or last >= first:
            continue
        yield Finding(match.start(), match.end(),
                      Msg(f"时间范围“{match.group()}”的结束时间早于开始时间", f"the span {match.group()} ends before it starts"),
                      help=Msg("核对起止时间", "check the start and the end of the span"))
    at = folded.find("时")
    while at >= 0:
        # found from each 时 with a digit before it: a pattern opening with digits would be tried
        # at every digit of a report
        digits = at
        while digits > max(0, at - 3) and folded[digits - 1].isdigit():
            digits -= 1
        match = _CLOCK.match(folded, digits) if digits < at and not folded[digits - 1:digits].isdigit() else None
        at = folded.find("时", at + 1)
        if match is not None:
            hour = int(match.group(1))
            minute = int(match.group(2)) if match.group(2) else 0
            if hour < 24 and minute < 60 or hour == 24 and minute == 0:
                continue
            if not _CLOCK_BEFORE.search(folded, max(0, match.start() - 3), match.start()):
                continue  # a time of day after a date, a part of the day, 于 or 至 (not 24小时, a duration)
            yield Finding(match.start(1), match.end(),
                          Msg(f"时刻“{folded[match.start(1):match.end()]}”不存在", f"there is no time of day {folded[match.start(1):match.end()]}"),
                          help=Msg("核对时刻（0—24时，0—59分）", "check the time (0-24 h, 0-59 min)"))


@rule(
    code="LL301",
    name="malformed-date",
    severity="error",
    fixable="unsafe",
    summary="日期写成了一串数字、缺少年月、日期不存在，或年份范围缺少连接号或“年”",
    summary_en="a date written as bare digits, missing 年/月, impossible, or a year range without its dash",
    why="GB/T 15835-2011《出版物上数字用法》：公历日期写作“2022年1月25日”；GB/T 15834-2011：时间范围用一字线连接"
    "（“2021—2025年”）。写明的星期与日期不符（2024年3月5日是星期二）、写明年份的起止时间倒置、不存在的时刻（25时、60分）也报告；日期数字里的字母O（2O日）、写成“曰”的“日”（30曰）同样报告。网页发布信息行里不存在的日期（发布日期：2024-02-30）与该行的网页残留一并报告（网页残留认领该行，而不存在的日期是另一处差错）。一串数字（2022125）既可读作1月25日也可读作12月5日，2月30日、13月这样的日期不存在（写作2023-04-31、2022.13.06也一样）；“110月份”是“1—10月份”漏了连接号。"
    "日期漏了“月”（912日）只在上下文说明是日期时报告：句首、上午下午等时间前、电讯的“讯”和署名后、"
    "“今天（”后、日期范围的另一端，天数（120日内、承诺时限：120日）不报告。"
    "年份或月份之后的数字直接接逗号、句号（截至2024年10，至7月15，）是漏了“月”“日”；"
    "几个月份或日子共用一个单位（2023年1、2月，3月15、16日）不报告。"
    "年份简写（23年3月5日）、第五季度、跨过12月的月份范围（1-13月）、结束日早于开始日的同月日期范围（3月15日至8日）也报告。",
    why_en="GB/T 15835-2011 writes calendar dates as 2022年1月25日 and GB/T 15834-2011 joins a span with a dash "
    "(2021—2025年). Bare digits (2022125) read as January 25 or December 5; 2月30日 and 13月 do not exist, "
    "nor do 2023-04-31 and 2022.13.06; a weekday the date does not fall on (2024年3月5日（星期三）: a Tuesday), a span "
    "with both years written that ends before it starts and a time no clock shows (25时, 60分) are reported too, and so are a letter O in a date's number (2O日) and "
    "曰 for 日 (30曰); "
    "an impossible date on a page's metadata line (发布日期：2024-02-30) is reported beside the web residue of that line; "
    "110月份 is 1—10月份 without its dash. A date that lost its 月 (912日) is reported only where the words "
    "say it is a date: opening a sentence, before a time of day, after a dateline's 讯 and byline or a news "
    "item's 今天（, as the other end of a range; counts of days (120日内, 承诺时限：120日) are left alone. "
    "A figure right after a year or a month and before a comma or a stop (截至2024年10，至7月15，) lost its 月 or 日; "
    "months or days sharing one unit (2023年1、2月, 3月15、16日) are left alone. A year cut short (23年3月5日), a fifth "
    "quarter, a span of months past December (1-13月) and a span of days of one month that ends before it starts "
    "(3月15日至8日) are reported too.",
    bad=[
        "2021年6月2O日，区政府召开常务会议；统计期限至2024年6月30曰。",
        "定于2024年3月5日（星期三）上午9时召开推进会；整改期限为2023年12月1日至2023年11月30日；会议于下午25时结束。",
        "今年125日，省统计局发布了全省经济运行情况；去年1125日，县司法局组织开展了宪法宣传活动。",
        "2023修订了3件行政规范性文件，废止2件。",
        "2024组织开展行政执法案卷评查2次，评查案卷86卷。",
        "110月份已完成固定资产投资520万元。",
        "重庆市沙坪坝区城市管理局\n2022125",
        "20220125",
        "局党组于2022125召开专题会议，研究部署法治政府建设工作。",
        "《法治政府建设实施纲要(20212025年)》印发后，我局认真抓好贯彻落实。",
        "本次专项整治自202511日起开展。",
        "全年评查工作于20251231日前完成。",
        "请各单位于1231日前报送年度报告。",
        # a lost 月 where the words say a date: a sentence opening with it, a time of day after it,
        # a dateline's 讯 and byline, a news item's "today (", the second end of a range, a speech's subtitle
        "区司法局组织开展普法宣传进社区活动。912日，普法志愿者走进城南社区。",
        "法治宣传月活动正式启动。315日上午，市市场监管局发布消费维权典型案例。",
        "本报讯（记者 李某）315日，市市场监管局发布消费维权典型案例。",
        "今天（614日），市司法局发布年度行政复议典型案例。",
        "全市政务服务热线周报（2023年5月8日—514日）",
        "——202138在市第十五届人民代表大会第二次会议上",
        "2023年2月30日，局党组召开法治建设专题会议。",
        "县矛盾纠纷调处中心于二〇〇八年十四月挂牌成立。",
        "2023年13月，完成行政执法案卷评查。",
        "2024年2月29日完成评查，2023年2月29日召开总结会。",
        "二〇二三年二月三十日",
        "2025年1231日前完成全部整改任务。",
        "202512月，开展法治宣传周活动。",
        "专项整治行动自11月1日开始，至12月19结束。",
        # a year cut short, a fifth quarter, a thirteenth month in a span, a span of days that ends before it starts
        "23年3月5日，县司法局召开全县法治工作会议；2023年第五季度完成评查，1-13月共受理案件120件。",
        "2023年3月15日至3月8日，开展专项执法检查。",
        "——2023年2月16月在县第十八届人民代表大会第三次会议上",
        # a month or a day that lost its unit before a pause
        "截至2024年10，全县共开展专题学习12次。",
        "自2022年4月6日至7月15，对区教育局开展预算执行情况审计。",
        "2022全年开展统计执法检查12次，立案查处统计违法案件3件。",
        "2023上半年，完成行政规范性文件清理工作。",
        "2019以来，累计培训行政执法人员300余人次。",
        "认真贯彻落实《法治政府建设实施纲要(2021-2025)》，推进依法行政。",
        "根据《法治社会建设实施纲要（2020-2025）》要求，深入开展普法宣传。",
        "统计期限为202311至2023年12月31日。",
        "本报告所列数据统计期限自202211起至2022年12月31日止。",
        "6月26日，县禁毒办联合司法所开展禁毒宣传；1126日，开展宪法宣传活动。",
        "526日，市委全面依法治市委员会召开第五次会议。",
        "本报北京4月1日电 日前，司法部召开新闻发布会；本报南京321日电 省司法厅发布年度报告。",
        "县司法局于512日组织开展防灾减灾法治宣传活动。",
        "2026年35日，区政府召开全区法治政府建设工作推进会。",
        "全市行政执法案卷集中评查于812日至15日开展。",
        "区人民政府于201939召开常务会议，审议通过年度法治工作要点。",
        "在2024全县开展了行政执法案卷评查工作。",
        "某区人民政府关于2021年法治政府建设情况的报告\n2021，在市委、市政府的坚强领导下，我区深入推进依法行政。",
        "根据工作安排，上月37日召开了全区法治政府建设推进会，各部门负责人参加会议。",
        "截至202020年12月31日，全区累计公示行政处罚信息1200余条。",
        # digits and a separator: a date that does not exist in that form too (a table's column, a dateline)
        "行政复议案件办理情况：收到申请2023-04-31，受理2023-05-06，审结2023-06-20。",
        "2022.13.06，县司法局组织开展宪法宣传进社区活动。",
        # a clause of its own, a paragraph's opening date, a news agency's 消息
        "为遏制违法用地，严厉打击违法建设行为，526日，镇综合行政执法大队联合区打违办开展集中整治。",
        "202315，市中级人民法院院长在市第九届人民代表大会第三次会议上作法院工作报告。",
        "据最高人民检察院720日消息，上半年全国检察机关共起诉各类犯罪嫌疑人71万人。",
    ],
    good=[
        "2021年6月20日召开会议，会议室在B2O层；子曰：“学而时习之。”",
        "定于2024年3月5日（星期二）上午9时召开推进会；“今冬明春”行动自2022年12月至3月；截至6月30日24时，24小时内办结。",
        # A count of years, an age in months, a span of days in order.
        "工作23年3个月，为6—36月龄婴幼儿接种疫苗；2023年3月8日至15日开展专项检查，第四季度完成评查。",
        # Months or days that share one unit.
        "2023年1、2月，全县共受理案件36件；3月15、16日，县司法局举办执法人员培训班。",
        # A number glued to a project's, plan's or event's proper name is part of the name.
        "引进星河湾2035商业综合体项目，推进健康中国2030行动。",
        # A year before an edition's word: a site's or a spam's label, no date that lost its 年.
        "原创 2024正版资料免费公开 全县全年共调处矛盾纠纷1260件。",
        # A year tagging a text's revision, in the bracket it fills or as a version.
        "对照《××市生态环境违法行为举报奖励办法（2023修订）》兑现举报奖励12笔。",
        # a code that holds a year between separators; a leap day that exists
        "索引号：11350100-2023-00123，档案编号2023-13-06-001。",
        "收到申请2024-02-29，受理2024-03-04，审结2024-04-30。",
        "组织学习新修订的《安全生产法》(2021修正)和《行政处罚裁量基准》2022修订版。",
        "组织干部职工参加2023宁波法律知识竞赛，获优秀组织奖。",
        "县司法局选送的节目入选2024某市“八五”普法成果展。",
        "2022年1月25日",
        "“12·4”国家宪法日",
        "在“12.4”国家宪法日当天开展集中宣传活动。",
        "1—12月，共办理行政执法案件326件。",
        "索引号: 11500106709335764X/2022-00118",
        "违法和不良信息举报电话:023-12345",
        "根据《国务院关于加强法治政府建设的意见》(国发〔2016〕9号)要求，全面推进依法行政。",
        "全年投入普法经费2022125元。",
        "对照清单第64项逐项落实。",
        "发布日期:2022-01-25",
        "自收到申请之日起60日内作出决定。",
        "2024年2月29日，局党组召开会议。",
        "《法治政府建设实施纲要（2021—2025年）》",
        "执法人员编号20220125",
        "ICP备案:渝ICP备19004061号-1",
        "2023年度共办理案件1231件。",
        "渝公网安备 50010602500861号",
        "发布时间:2019-01-24 15:52",
        "二〇二三年十二月三十一日",
        "3月20余次执法检查中发现问题12处。",
        "2023年12月前完成全部整改。",
        "2022年全年开展统计执法检查12次。",
        "2023年上半年，完成行政规范性文件清理工作。",
        "2019年以来，累计培训行政执法人员300余人次。",
        "执法证号A2022以来未变更。",
        "全年办理案件2022件，上半年办结1100件。",
        "认真贯彻落实《法治政府建设实施纲要(2021-2025年)》，推进依法行政。",
        "制定《某区法治政府建设实施方案（2021—2025）》，印发《法治某县建设规划（2021-2025）》。",
        "累计办理121日，全部按期办结。",
        "2021-2025年，全面推进法治政府建设。",
        "全年共办理行政许可事项512件，行政复议机关应当自受理之日起60日内作出决定。",
        "累计受理投诉举报2023件，2023至2025年持续开展专项整治。",
        "2026年3月5日，区政府召开推进会；全年投入经费201939元。",
        "各年度办理案件数依次为：\n2021，2022，2023年分别为56件、61件、70件。",
        "行政复议机关应当自受理申请之日起60日内作出决定，情况复杂的可延长45日。",
        "为期35日的专项整治行动覆盖全县，2020年度和2021年度均通过考核。",
        # counts of days: after a colon, with 内 or 的, a range of counts
        "承诺办结时限：120日。整改期限为45日至60日内，逾期未整改的依法处理。",
        "专项整治分两个阶段推进。120日的整改期满后，统一组织验收。",
        "2023年3月8日在市第十五届人民代表大会第一次会议上作报告。",
    ],
)
def malformed_date(doc: Document) -> Iterator[Finding]:
    yield from _odd_dates(doc)
    yield from _bare_digits(doc)
    yield from _year_ranges(doc)
    yield from _doubled_years(doc)
    yield from _lost_units(doc)
    yield from _year_without_nian(doc)
    yield from _leading_year_without_nian(doc)
    yield from _title_range_without_year(doc)
    yield from _impossible(doc)
    yield from _inconsistent_dates(doc)
    yield from _typed_lookalikes(doc)
