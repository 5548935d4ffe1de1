"""The central plans for the rule of law that reports cite by title with their period, and the
periods they have.  From ../shared/reference/laws/formulations.jsonl (the plans' titles and the
dates they were issued): 《法治政府建设实施纲要（2015—2020年）》 (中发〔2015〕36号) and its successor
《法治政府建设实施纲要（2021—2025年）》 (2021-08), 《法治中国建设规划（2020—2025年）》 (2021-01),
《法治社会建设实施纲要（2020—2025年）》 (2020-12).

A period no such plan has (法治中国建设规划（2021—2025年）, 法治政府建设实施纲要（2016—2020年）) is a
slip.  A province's or a city's plan of the same name has periods of its own (《广东省法治政府建设
实施纲要（2016—2020年）》): a title with a place or an organ before it (省, 市, 县, 区, 我市 …) is left
alone, and so is one the text writes without its period.  The same plan cited with its period as
another kind of document (《法治政府建设实施意见（2021—2025年）》) is a slip too.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple, Tuple

from lintlaw.lazy_re import lazy

PERIODS = {
    "法治政府建设实施纲要": ((2015, 2020), (2021, 2025)),
    "法治中国建设规划": ((2020, 2025),),
    "法治社会建设实施纲要": ((2020, 2025),),
}

# Every plan's name opens with 法治: the pattern opens with it (a fast search, where a lookbehind first is
# tried at every character); the place or organ before the name is checked by hand.
_PLAN = lazy(
    r"法治(" + "|".join(plan[2:] for plan in PERIODS) + r")\s*[（(]\s*"
    r"((?:19|20)\d\d)\s*年?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d\d)\s*年?\s*[）)]"
)
_LOCAL_BEFORE = frozenset("省市县区州盟旗镇乡村局委厅办")


# What each plan is called: 纲要 for the government's and the society's, 规划 for 法治中国.  The same
# plan cited under another kind of document (《法治政府建设实施意见（2021—2025年）》) is a slip; a
# 实施方案 is what a province, a city or a department makes to carry a plan out (《某市法治政府建设
# 实施方案（2022—2025年）》, often cited without its place), so it is left alone.
KINDS = {"法治政府建设": "实施纲要", "法治社会建设": "实施纲要", "法治中国建设": "规划"}
_KIND = lazy(
    r"《法治(政府|社会|中国)建设(实施意见|实施纲要|实施规划|纲要|规划|意见)\s*[（(]\s*"
    r"((?:19|20)\d\d)\s*年?\s*[—–\-－~～至到]{1,2}\s*((?:19|20)\d\d)\s*年?\s*[）)]"
)


class WrongKind(NamedTuple):
    start: int  # the kind written (实施意见)
    end: int
    subject: str  # 法治政府建设 ("" where the whole name is wrong: ``written`` holds it, ``right`` the plan's)
    written: str
    right: str


def wrong_kinds(text: str) -> Iterator[WrongKind]:
    """Each central plan cited, with one of its periods, as another kind of document."""
    for match in _KIND.finditer(text):
        subject = "法治" + match.group(1) + "建设"
        right = KINDS[subject]
        written = match.group(2)
        period = (int(match.group(3)), int(match.group(4)))
        if written != right and period in PERIODS[subject + right]:
            yield WrongKind(match.start(2), match.end(2), subject, written, right)
        elif subject + written not in PERIODS:
            # No plan of this subject is called so, but another subject's plan of this kind has this very
            # period (《法治中国建设实施纲要（2021—2025年）》: 法治政府建设实施纲要's): one of the two words slipped.
            others = [plan for plan, periods in PERIODS.items()
                      if plan.endswith(written) and plan != subject + written and period in periods]
            if len(others) == 1:
                yield WrongKind(match.start(1) - 2, match.end(2), "", subject + written, others[0])


class WrongPeriod(NamedTuple):
    start: int  # the period written, from its first year to its last
    end: int
    plan: str
    written: Tuple[int, int]
    right: Tuple[int, int]  # the plan's period nearest to the one written


def wrong_periods(text: str) -> Iterator[WrongPeriod]:
    """Each central plan cited with a period it does not have."""
    for match in _PLAN.finditer(text):
        if match.start() and text[match.start() - 1] in _LOCAL_BEFORE:
            continue  # a province's or a city's plan of the same name
        plan = "法治" + match.group(1)
        written = (int(match.group(2)), int(match.group(3)))
        periods = PERIODS[plan]
        if written in periods:
            continue
        right = max(periods, key=lambda p: ((p[0] == written[0]) + (p[1] == written[1]), -abs(p[1] - written[1])))
        yield WrongPeriod(match.start(2), match.end(3), plan, written, right)
