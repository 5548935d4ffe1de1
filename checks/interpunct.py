"""interpunct: the dot of a month-day name (“12·4”国家宪法日) typed as a look-alike mark.

GB/T 15834-2011 4.14.3 separates the month and the day of an event or day named by
its date with the 间隔号 “·” (U+00B7): “12·4”国家宪法日, “5·15”政务公开日, “3·15”.
Word processors and web pages put in look-alikes that show as a bullet, a box or
a Japanese dot: •, ・, ▪, ●, ∙, ⋅, ‧.  A full stop (“12.4”) is left alone: it is
how many reports write the name, and it reads as one.
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from lintlaw.document import Document, offsets_of
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.registry import rule

# Dots that are never a decimal point: a finding wherever they join a month and a day.
_LOOK_ALIKES = "•・▪●∙⋅‧"
_DOT = "·"
# A month and a day around one such mark (spaces allowed), not part of a longer number or code.
_NOT_BESIDE = "0-9A-Za-z." + re.escape(_DOT + _LOOK_ALIKES)  # 1•2•3 is a list of numbers, not a date
_MONTH_DAY = re.compile(r"(?<![" + _NOT_BESIDE + r"])(1[0-2]|0?[1-9])[ \u3000]?([" + re.escape(_LOOK_ALIKES) + r"])"
                        r"[ \u3000]?(3[01]|[12][0-9]|0?[1-9])(?![" + _NOT_BESIDE + r"])")

# A case or a campaign named by its full date, year first (“2019·5·17”系列盗窃案, “1994·8·8”专案): the
# same interpunct between each part; either mark may be the look-alike.
_MARKS = "[" + re.escape(_DOT + _LOOK_ALIKES) + "]"
_YEAR_MONTH_DAY = re.compile(r"(?<![" + _NOT_BESIDE + r"])((?:19|20)\d\d)[ \u3000]?(" + _MARKS + r")[ \u3000]?"
                             r"(1[0-2]|0?[1-9])[ \u3000]?(" + _MARKS + r")[ \u3000]?(3[01]|[12][0-9]|0?[1-9])"
                             r"(?![" + _NOT_BESIDE + r"])")


def _dated_code(folded: str, at: int) -> "Optional[re.Match[str]]":
    """The year-month-day name with a mark at ``at``, or None."""
    for match in _YEAR_MONTH_DAY.finditer(folded, max(0, at - 8), at + 9):
        if at in (match.start(2), match.start(4)):
            return match
    return None


def _finding(doc: Document, match: "re.Match[str]") -> Finding:
    if match.re is _MONTH_DAY:
        right = f"{int(match.group(1))}{_DOT}{int(match.group(3))}"
        marks = [2]
    else:
        right = f"{match.group(1)}{_DOT}{int(match.group(3))}{_DOT}{int(match.group(5))}"
        marks = [g for g in (2, 4) if match.group(g) != _DOT]
    written = doc.text[match.start():match.end()]
    group = marks[0]
    return Finding(
        match.start(group), match.end(marks[-1]),
        Msg(f"“{written}”中的“{doc.text[match.start(group)]}”应为间隔号“·”",
            f"the mark in “{written}” should be the interpunct “·”"),
        help=Msg(f"写作“{right}”（GB/T 15834-2011 4.14.3：月日之间用间隔号“·”，并加引号，如“12·4”国家宪法日）",
                 f"write “{right}” (GB/T 15834-2011 4.14.3: the month and day of a named day take “·”, in quotes)"),
        fix=Fix(tuple(Edit(match.start(g), match.end(g), _DOT) for g in marks), safe=True,
                description=Msg("改为间隔号“·”", "use the interpunct “·”")),
    )


@rule(
    code="LL405",
    name="interpunct",
    severity="error",
    summary="月日简称的间隔号打成了形似符号：“5▪15”“12•4”应为“12·4”",
    summary_en="the dot of a month-day name typed as a look-alike: 5▪15, 12•4 for “12·4”",
    why="GB/T 15834-2011《标点符号用法》4.14.3：以月、日为标志的事件或节日，用阿拉伯数字表示时，月、日之间用间隔号"
    "“·”（U+00B7），如“12·4”国家宪法日、“5·15”政务公开日。•、・、▪、●等形似符号是录入或网页转换留下的错误，"
    "显示为项目符号、方块或日文中点。用句点写的“12.4”不报告：许多报告这样写，读者不会误解。",
    why_en="GB/T 15834-2011 4.14.3: when an event or day is named by its month and day in Arabic numerals, the two "
    "are joined by the interpunct “·” (U+00B7): “12·4”国家宪法日, “5·15”政务公开日. Look-alikes (•, ・, ▪, ●) "
    "left by typing or web conversion show as a bullet, a box or a Japanese dot. “12.4” with a full stop is not "
    "reported: many reports write it so, and it reads as the name.",
    bad=[
        "积极参与“5▪15政务公开日”活动，发放宣传资料，现场解答群众问题。",
        "在“12•4”国家宪法日当天，组织开展宪法宣传活动。",
        "围绕“3・15”国际消费者权益日开展集中宣传。",
        "以“12·4”国家宪法日和“4●15”全民国家安全教育日为契机，开展主题宣传。",
        "在“6∙26”国际禁毒日开展禁毒宣传。",
        "组织“4 • 15”全民国家安全教育日宣传活动。",
        "结合“5‧12”防灾减灾日，开展应急管理法律法规宣传。",
        "利用“12⋅4”宪法宣传周，组织干部职工学习宪法。",
        "成功侦破“2019•5•17”系列盗窃案，追回被盗财物价值36万元。",
        "破获“2023·8•12”特大电信网络诈骗案。",
    ],
    good=[
        "“12·4”国家宪法日",
        "在“12·4”国家宪法日当天开展集中宣传活动。",
        "在“12.4”国家宪法日当天开展集中宣传活动。",
        "全年罚没款5.12亿元，同比增长3.5个百分点。",
        "纪念“一二·九”运动。",
        "• 加强组织领导\n• 健全工作机制",
        "第1•2•3项工作已完成。",
        "设备型号A1•2B已停用。",
        "马克思・恩格斯著作选读",
        "第12•45号",
        "成功侦破“2019·5·17”系列盗窃案。",
        "编号2019•5•170的设备已报废。",
    ],
    fixable="safe",
)
def interpunct(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    # The marks are rare: found with str.find, then the numbers around each.
    done = -1
    for at in offsets_of(folded, _LOOK_ALIKES):
        if at < done:
            continue  # the second mark of a name reported whole
        dated = _dated_code(folded, at)
        if dated is not None:
            done = dated.end()
            yield _finding(doc, dated)
            continue
        match = _MONTH_DAY.search(folded, max(0, at - 3), at + 5)
        if match is not None and match.start(2) == at:
            yield _finding(doc, match)
