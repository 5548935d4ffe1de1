"""Reading around a figure: the clause it sits in, the words that say what it counts.

Every look backwards or forwards is bounded (``REACH`` characters): a figure's
name is written next to it, and a bounded look keeps the model linear on a
line of any length.
"""
from __future__ import annotations

import re
from typing import Iterable, List, Optional, Sequence

from .quantities import KIND_UNITS, TIME_UNITS, Quantity

REACH = 40  # characters: no figure's name or label stands further from it
CLAUSE_BREAKS = "，；：。！？"
CHUNK_BREAKS = "，、；：（）。！？"
# What makes a count a change rather than a figure of its own: a change word right before
# it (增加了12件; not 增加值32.6亿元; a budget's 增收2,798万元, 减支1070万元), or a comparison with
# another period in its item.
_CHANGE_TAIL = re.compile(r"(?:增加|减少|增长|下降|上升|提高|降低|净增|净减|新增了|多出|少了|增收|减收|增支|减支|多收|少收)"
                          r"(?:了|约|近|超过|达)?\s*$")
_COMPARISON = re.compile(r"同比|环比|较上年|较去年|比上年|比去年|较上一年|较同期|与上年|较20\d\d|比20\d\d")
_PER_UNIT = ("每", "平均", "人均", "日均", "月均", "年均", "户均", "均")
# 均 after a rate's name says the rates are alike (参考率、合格率均达100%), not an average.
_RATES_ALIKE = re.compile(r"率均(?:为|是|达|达到)?\s*$")


def _grouping(folded: str, i: int) -> bool:
    """Is the comma at ``i`` one that groups digits (1,526 reads 1，526 once folded)?"""
    return 0 < i < len(folded) - 1 and folded[i - 1].isdigit() and folded[i + 1].isdigit()


def back_to(folded: str, pos: int, floor: int, breaks: str = CLAUSE_BREAKS, reach: int = REACH) -> int:
    """Where the stretch that ends at ``pos`` starts: after the last break, at most ``reach`` back."""
    stop = max(floor, pos - reach)
    i = pos
    while i > stop and (folded[i - 1] not in breaks or (folded[i - 1] == "，" and _grouping(folded, i - 1))):
        i -= 1
    return i


def forward_to(folded: str, pos: int, ceiling: int, breaks: str = CLAUSE_BREAKS, reach: int = REACH) -> int:
    """Where the stretch that starts at ``pos`` ends: at the next break, at most ``reach`` on."""
    stop = min(ceiling, pos + reach)
    i = pos
    while i < stop and (folded[i] not in breaks or (folded[i] == "，" and _grouping(folded, i))):
        i += 1
    return i


def written(q: Quantity) -> str:
    """A figure as a formula shows it: as the report wrote it (1,026, 24.3亿), a Chinese
    numeral in digits (二百一十六 -> 216) so that the arithmetic reads at a glance."""
    if q.chinese:
        value = q.value
        return str(int(value)) if value == int(value) else str(value)
    return q.number.replace(" ", "")


def begin(q: Quantity) -> int:
    """Where a quantity starts with the mark before it (近5000人 from 近)."""
    return q.before.start if q.before is not None else q.start


_ALTERNATIVE = 5  # characters in brackets that name an alternative of a noun: 村（社区）, 镇（街道）
_NOT_ALTERNATIVE = ("含", "包括", "其中", "如", "即", "注", "下同", "以下", "简称")


def chunk_start(folded: str, pos: int, floor: int) -> int:
    """Where the list item that ends at ``pos`` starts.  A short alternative in brackets
    is part of the noun (乡镇（街道）法治培训27场, 村（居）法律顾问), not a break: the item
    goes on before it."""
    a = back_to(folded, pos, floor, CHUNK_BREAKS)
    for _ in range(2):
        if a - 1 <= floor or folded[a - 1] != "）" or (a < pos and not "\u4e00" <= folded[a] <= "\u9fff"):
            break  # (乡镇（街道）法治培训27场, and 乡镇（街道）180人次 with the number right after it)
        opened = folded.rfind("（", max(floor, a - 2 - _ALTERNATIVE), a - 1)
        inside = folded[opened + 1:a - 1]
        if opened <= floor or not "\u4e00" <= folded[opened - 1] <= "\u9fff" or not inside \
                or not all("\u4e00" <= c <= "\u9fff" for c in inside) or inside.startswith(_NOT_ALTERNATIVE):
            break
        a = back_to(folded, opened, floor, CHUNK_BREAKS)
    return a


def chunk_before(folded: str, q: Quantity, floor: int) -> str:
    """The words of a count's list item before its number: "涉嫌违反燃气案件" of "…燃气案件5件"."""
    return folded[chunk_start(folded, begin(q), floor):begin(q)]


# A character or two in brackets inside a word, the word's alternative reading: 审（执）结 is
# 审结 and 执结 (courts count the trials and the enforcements closed together), 村（居）, 执业（助理）.
_INNER_ALTERNATIVE = re.compile(r"(?<=[\u4e00-\u9fff])（([\u4e00-\u9fff]{1,2})）(?=[\u4e00-\u9fff])")


def label(folded: str, q: Quantity, floor: int, ceiling: int) -> str:
    """The words that say what ``q`` counts: its list item, number included, and the
    item before a bracketed aside right in front of it ("纠错（含撤销）29件").  A bracketed
    alternative inside a word is read as one word with it (审（执）结28917件: 审执结)."""
    a = back_to(folded, begin(q), floor, CHUNK_BREAKS)
    b = forward_to(folded, q.end, ceiling, CHUNK_BREAKS)
    if a > floor and folded[a - 1] == "）":
        opened = folded.rfind("（", max(floor, a - REACH), a - 1)
        if opened >= 0:
            a = back_to(folded, opened, floor, CHUNK_BREAKS)
    words = folded[a:b]
    return _INNER_ALTERNATIVE.sub(r"\1", words) if "）" in words else words


def is_change(folded: str, q: Quantity, floor: int) -> bool:
    """Is ``q`` a change against another period or a per-unit figure (较上年增加12件, 每期80人)?"""
    words = chunk_before(folded, q, floor)
    if _CHANGE_TAIL.search(words) or _COMPARISON.search(words[-10:]):
        return True
    if _RATES_ALIKE.search(words):
        return False
    return words.endswith(_PER_UNIT) or any(w in words[-4:] for w in _PER_UNIT)


# Measure words a report uses for the same cases: 申请34例 and 网络申请28件.
_CASE_UNITS = frozenset(("件", "例", "起", "宗"))


def same_measure(folded: str, a: Quantity, b: Quantity) -> bool:
    """Do two counts count the same things?  Their measure words are one family (件/起,
    人/名), or are 件 and 例 of cases, or one counts with 个 the noun the other is named by
    (事项2480项 and 2150个事项: the noun right before the other's number)."""
    if a.family == b.family or (a.unit in _CASE_UNITS and b.unit in _CASE_UNITS):
        return True
    for p, w in ((a, b), (b, a)):
        if p.unit == "个" and w.unit in ("项", "件"):
            noun = folded[p.unit_end:p.unit_end + 2]
            if len(noun) == 2 and all("\u4e00" <= c <= "\u9fff" for c in noun) \
                    and folded[back_to(folded, begin(w), 0, CHUNK_BREAKS, 16):begin(w)].rstrip("共计达约近为有了").endswith(noun):
                return True
    return False


def plain_count(q: Quantity) -> bool:
    """A count or amount a share or a sum can rest on: a measure word, no range, not a number of kinds."""
    return q.kind == "count" and not q.in_range and q.unit not in KIND_UNITS and q.unit not in TIME_UNITS \
        and q.unit != "倍"


def mentions(text: str, stem: str) -> bool:
    """Does ``text`` hold a two-character piece of ``stem`` (出庭应诉 in 负责人出庭15件)?"""
    return any(stem[i:i + 2] in text for i in range(len(stem) - 1))


def nearest_before(items: Sequence[Quantity], pos: int) -> Optional[Quantity]:
    found = None
    for q in items:
        if q.start >= pos:
            break
        found = q
    return found


def spans(items: Iterable[Quantity]) -> List[tuple]:
    return [(q.start, q.unit_end if q.unit_end > q.start else q.num_end) for q in items]


class SentenceReader:
    """What reads one kind of claim in a paragraph's number sentences: the folded text it
    reads, and the text as written that its messages quote."""

    def __init__(self, folded: str, text: str):
        self.folded = folded
        self.text = text


# -- a sentence cut by a line break ------------------------------------------

# What ends a line that ends its sentence or stands alone (a heading, a table row, a caption): no cut.
_WHOLE_ENDS = frozenset("。！？；：…”）」』|")
# Where a line that goes on in the next stops: at a pause (，、 or an open bracket), or inside a word
# or a figure.  A line may stop mid-sentence only after its last end mark; the stretch since then
# must hold a pause, or it is one clause standing alone (a heading, a table caption: 2023年工作情况).
_PAUSES = "，、（"
# An outline number (一、 （四）) opens a heading, never the rest of a clause: no line ending on a pause goes on into it.
_OUTLINE_OPENING = re.compile(r"\s*(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)")


def _pause_end(line: str, after: str) -> bool:
    """Does ``line`` stop on a pause mark (，、) in the middle of its sentence, ``after`` going on with it?
    Not an outline number standing alone (一、\n总体情况), nor before one."""
    line = line.rstrip()
    return line[-1:] in ("，", "、") and len(line) > 6 and not _OUTLINE_OPENING.match(after)


# A line that opens an item of its own (一是, 第二，, ①, 1. …) starts a sentence, whatever ended the line before.
_ITEM_OPENING = re.compile(r"\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，、是]|其[一二三四五六七八九十][，、]"
                           r"|[①-⑳]|\(\d+\)|（\d+）|\d+[、.．](?!\d))")
# A line that stops in a figure (占比2 / 7%, 6566 / 9人) cut the number itself: the figures were read as
# two, and reading the sentence whole would hand the readers the halves as figures.
_NUMBER_CUT = frozenset("0123456789.．")
# A line of a data sheet (one indicator a line: 受理…件…人，同比下降…%；审结…) is whole without an end mark:
# it stops right on a figure and its measure, and the next line opens an indicator of its own, a word
# (not a continuation: 其中, 同比, 以上 …) with its own figure in its first clause.  A page's width cuts
# prose anywhere; a cut right after a figure's measure that the next line goes on with a counted noun
# (56个\n部门参加) carries no figure before its pause, and one that goes on with a rate or a part opens
# with the word that ties it (同比, 其中, 占).
_FIGURE_END = re.compile(r"[0-9０-９][0-9.．]*\s*(?:[%％‰]|个百分点|[万亿千]?(?:元|美元|吨|件次|人次|户次|件|人|条|次|宗|起|例|户|家"
                         r"|个|项|名|所|座|场|期|篇|份|套|台|辆|公里|千米|平方米|立方米|千克|公斤|公顷|亩|千瓦时|千瓦|标准煤))$")
_INDICATOR_FIGURE = re.compile(r"[^，,；;。：:、]{0,30}?[0-9０-９]")
_GOES_ON = re.compile(r"[^\u4e00-\u9fff]|其中|同比|环比|比|较|占|分别|合计|共计|总计|累计|增长|增加|下降|减少|上升|提高|降低|"
                      r"的|以上|以下|左右|之|和|及|与|或|等|达|为|至|到|及其|并|且|万|亿|次|余|多")


def _data_lines(line: str, after: str) -> bool:
    """Are ``line`` and ``after`` two lines of a data sheet, each a whole indicator with its figures?"""
    after = after.lstrip()
    return bool(_FIGURE_END.search(line.rstrip())) and not _GOES_ON.match(after) \
        and bool(_INDICATOR_FIGURE.match(after))


_CUT_REACH = 600  # characters: a sentence joined across lines no longer than this (a block of unstopped lines is no sentence)


def cut_lines(folded: str, paragraphs: Sequence, headings, table_lines=frozenset()) -> frozenset:
    """The indices of the paragraphs (lines) that stop in the middle of their sentence and go on in the
    next line: a page's width or a copy from PDF cut the sentence (共发布信息56条，其中工作动态31条，…，财政
    \\n信息3条，其他1条。).  The number model reads such a sentence whole, so that a total and its parts, a
    rate and its counts, are read across the cut.  No cut: a line that ends its sentence or a clause of its
    own (a heading, with or without a mark), a table row, a line before a blank line, a heading or an item
    that opens itself (一是…, 1. …)."""
    out = []
    length = 0  # the sentence joined so far, from its start in an earlier line
    for k in range(len(paragraphs) - 1):
        para, after = paragraphs[k], paragraphs[k + 1]
        words = para.folded
        if after.line != para.line + 1 or words[-1] in _WHOLE_ENDS or words[-1] in _NUMBER_CUT or k + 1 in headings \
                or (table_lines and (para.line in table_lines or after.line in table_lines)):
            length = 0
            continue
        stop = max(words.rfind("。"), words.rfind("！"), words.rfind("？"), words.rfind("；"))
        tail = words[stop + 1:]
        # A line cut at the page's width is as long as the line after it, or longer (that one may end its
        # paragraph); a title or a heading without a mark is shorter than the body under it.  A line of
        # fields apart by spaces (分 类： 政府文件 …) is a page's header, not a sentence.
        # A line that ends on a pause mark (，、) stops in its sentence whatever its width: no heading, title or
        # table caption ends so (a copy that breaks a line at each clause: …共受理1186件，\n占收到申请总数的19.1%；).
        if (stop < 0 and k in headings) or not any(c in tail for c in _PAUSES) or _ITEM_OPENING.match(after.folded) \
                or (5 * len(words) < 4 * len(after.folded) and not _pause_end(words, after.folded)) or tail.count(" ") >= 3:
            length = 0
            continue
        length = len(tail) if stop >= 0 or not length else length + len(words)
        if length + after.folded.find("。") > _CUT_REACH or _data_lines(words, after.folded):
            length = 0
            continue
        out.append(k)
    return frozenset(out)
