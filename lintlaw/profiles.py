"""Document profiles: the parts a kind of report must have, and telling which kind a report is.

A profile lists parts; each part has the wording its source uses, patterns
for the headings that introduce it and for body text that mentions it, and
the severity of its absence.  The built-in ``annual-report`` profile is the
annual 法治政府建设年度报告 with the five parts of 《法治政府建设与责任落实督察
工作规定》; users add their own in the configuration (``[profiles.NAME]``).

This module also reads the report's title and year (the title, or the opening
for a web copy that lost its title) and maps the outline onto the parts, so
that checks can ask "is this offset in the results part or the plan part?".
Everything is computed once per document.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Any, Callable, Dict, List, Mapping, Optional, Pattern, Tuple, TypeVar

from .finding import SEVERITIES, Msg
from .lazy_re import lazy
from .numerals import cn_to_int

T = TypeVar("T")

AUTO = "auto"
NONE = "none"
BUILTIN = "annual-report"
RESERVED = (AUTO, NONE)


class ProfileError(ValueError):
    """A user profile table that cannot be used; ``key`` is the dotted key at fault."""

    def __init__(self, key: str, message: str):
        super().__init__(f"`{key}`: {message}")
        self.key = key
        self.message = message


@dataclass(frozen=True)
class Part:
    key: str
    name: Msg  # a short name for messages
    wording: str  # the words of the regulation (or of the user's profile)
    heading: str  # the heading to suggest; {year} and {next} are filled in when the year is known
    headings: Tuple[Pattern[str], ...]
    body: Tuple[Pattern[str], ...] = ()
    severity: str = "error"  # when absent; found only in body text: one step softer
    # Patterns that veto a heading match (a results heading that names next year's plan).
    not_headings: Tuple[Pattern[str], ...] = ()
    # The part is often written as a run of thematic headings ("一、坚持党的领导……")
    # placed before the other parts: such a leading run counts as the part.
    leading: bool = False
    # Broad patterns ("工作开展情况", "主要工作"): they count only where no other part's
    # pattern matches the same heading.
    weak: Tuple[Pattern[str], ...] = ()


@dataclass(frozen=True)
class Profile:
    name: str
    description: Msg
    source: str  # what the parts come from, cited in messages
    parts: Tuple[Part, ...]
    # Titles that choose this profile automatically (user profiles).
    title_patterns: Tuple[Pattern[str], ...] = ()
    builtin: bool = False


def _c(*patterns: str) -> Tuple[Pattern[str], ...]:
    return tuple(lazy(p) for p in patterns)


# -- the built-in profile -------------------------------------------------------
# Wording: 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) on the content of
# the annual report; heading variants seen in published reports (standards.md §2.2).
_REGULATION = "《法治政府建设与责任落实督察工作规定》"
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年度?"
_LEADER = r"(?:主要负责(?:人|同志)|主要领导|一把手|党组书记|党委书记|党工委书记|书记|[局厅县市区镇乡委处院校所]长|主任)"

ANNUAL = Profile(
    name=BUILTIN,
    description=Msg("法治政府建设年度报告", "annual report on building a law-based government"),
    source=_REGULATION,
    builtin=True,
    parts=(
        Part(
            key="measures",
            name=Msg("主要举措和成效", "main measures and results"),
            wording="上一年度推进法治政府建设的主要举措和成效",
            heading="{year}推进法治政府建设的主要举措和成效",
            headings=_c(
                r"(?:举措|做法|工作|措施)(?:和|及|与|、)?(?:主要)?(?:成效|成绩|成果|进展)",
                r"(?:取得|主要|工作)的?(?:成效|成绩|成果)",
            ),
            weak=_c(
                r"(?:开展|推进|落实|完成)(?:的)?情况",
                r"^(?:" + _YEAR + r")?(?:的)?(?:基本情况|总体情况|工作回顾|主要工作|重点工作|工作情况|"
                r"主要(?:举措|措施|做法))$",
                r"法治(?:政府)?建设(?:工作)?(?:的)?(?:主要)?(?:举措|措施|做法|情况|工作)",
                r"依法行政(?:工作)?(?:的)?情况",
            ),
            body=_c(r"(?:举措|做法)(?:和|及|与)(?:成效|成绩)", r"取得了?[^。；]{0,10}(?:成效|成绩)"),
            leading=True,
        ),
        Part(
            key="shortcomings",
            name=Msg("存在的不足和原因", "shortcomings and their causes"),
            wording="上一年度推进法治政府建设存在的不足和原因",
            heading="{year}推进法治政府建设存在的不足和原因",
            headings=_c(
                r"存在的?(?:主要)?(?:不足|问题|短板|差距|困难|薄弱环节)",
                r"(?:问题|不足|困难|短板)(?:和|及|与|、)(?:原因|不足|问题|困难|短板|差距)",
                r"短板(?:和|与|及)?弱项",
                r"差距(?:和|与|及)不足",
                r"不足之处",
                r"薄弱环节",
                r"(?:工作中|面临|当前|目前)(?:存在)?的?(?:主要)?(?:问题|不足|困难|短板|挑战)",
                r"^(?:主要)?(?:问题|不足|困难)(?:和|及|与|、)?(?:原因|建议|分析)?$",
                r"(?:需要|有待)(?:改进|加强|提升|完善|提高)",
            ),
            weak=_c(r"不足|短板|差距|弱项|(?:问题|困难|挑战)$"),
            body=_c(
                r"(?:仍然?|还|依然|尚)(?:存在|有)[^。；]{0,24}(?:不足|问题|短板|差距|薄弱)",
                r"(?:不足|问题|短板)(?:和|及|与)原因",
            ),
        ),
        Part(
            key="duty",
            name=Msg("党政主要负责人履行第一责任人职责情况",
                     "how the principal leaders performed their duty as the first person responsible"),
            wording="上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
            heading="{year}党政主要负责人履行推进法治建设第一责任人职责情况",
            headings=_c(
                r"第一责任人",
                r"主要负责(?:人|同志)[^。]{0,20}(?:履职|履行|职责|述法)",
                r"(?:主要领导|一把手)[^。]{0,20}(?:履职|履行|职责|责任)",
            ),
            # The duty named next to the person who bears it, in one paragraph.
            body=_c(
                _LEADER + r"[^。]{0,80}第一责任人",
                r"第一责任人[^。]{0,80}" + _LEADER,
            ),
        ),
        Part(
            key="plan",
            name=Msg("下一年度主要安排", "main arrangements for the next year"),
            wording="下一年度推进法治政府建设的主要安排",
            heading="{next}推进法治政府建设的主要安排",
            headings=_c(
                # Words that look forward make any ending a plan: 下一步工作, 今后工作措施.
                r"(?:下一(?:年度|年|步)|下步|今后|明年|来年|新的?一年)(?:的)?(?:推进|加强)?"
                r"(?:法治政府建设|法治建设|依法行政)?(?:工作)?(?:的)?(?:主要|重点)?(?:工作)?"
                r"(?:安排|打算|计划|思路|举措|措施|设想|方向|重点|工作)",
                # After a bare year only plan words do: "2023年主要工作" may be the results.
                r"(?:" + _YEAR + r")(?:的)?(?:推进|加强)?(?:法治政府建设|法治建设|依法行政)?(?:工作)?(?:的)?"
                r"(?:主要|重点)?(?:工作)?(?:安排|打算|计划|思路|设想)",
                r"努力方向|工作重点和措施|工作安排|工作打算|工作计划|工作思路",
            ),
            not_headings=_c(r"情况|成效|完成|成绩"),
            body=_c(
                r"(?:下一步|下一年度|今后|明年|新的一年)[^。；]{0,12}(?:将|要|拟|计划|打算|继续)",
            ),
        ),
        Part(
            key="other",
            name=Msg("其他需要报告的情况", "other matters to report"),
            wording="其他需要报告的情况",
            heading="其他需要报告的情况",
            headings=_c(r"其他(?:需要|需|应当|应)?(?:报告|说明)?的?(?:情况|事项)"),
            body=_c(r"其他需要报告的(?:情况|事项)"),
            severity="info",
        ),
    ),
)

BUILTINS: Dict[str, Profile] = {ANNUAL.name: ANNUAL}

# Kinds of part the checks reason about (stale-year): the results of the year and the plan.
RESULTS_PARTS = ("measures", "duty")
PLAN_PARTS = ("plan",)


# -- user profiles ---------------------------------------------------------------
PROFILE_KEYS = ("description", "title", "parts")
PART_KEYS = ("name", "wording", "heading", "headings", "body", "severity")


def _strings(key: str, value, required: bool = False) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ProfileError(key, "must be a list of non-empty strings")
    if required and not value:
        raise ProfileError(key, "must not be empty")
    return tuple(value)


def _patterns(key: str, value) -> Tuple[Pattern[str], ...]:
    out = []
    for index, text in enumerate(_strings(key, value)):
        try:
            out.append(re.compile(text))
        except re.error as exc:
            raise ProfileError(f"{key}[{index}]", f"not a valid regular expression {text!r}: {exc}") from None
    return tuple(out)


def _text(key: str, value) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ProfileError(key, "must be a non-empty string")
    return value.strip()


def profile_from_table(name: str, table: Mapping) -> Profile:
    """A user profile from its configuration table; ProfileError names the key at fault."""
    where = f"profiles.{name}"
    if name in RESERVED:
        raise ProfileError(where, f"{name!r} is reserved (it means {'detect the kind' if name == AUTO else 'no profile'})")
    if not isinstance(table, Mapping):
        raise ProfileError(where, "must be a table")
    for key in table:
        if key not in PROFILE_KEYS:
            raise ProfileError(f"{where}.{key}", f"unknown key; allowed keys: {', '.join(PROFILE_KEYS)}")
    if "parts" not in table:
        raise ProfileError(f"{where}.parts", "missing: a profile lists its parts ([[profiles.NAME.parts]])")
    raw_parts = table["parts"]
    if not isinstance(raw_parts, list) or not raw_parts or not all(isinstance(p, Mapping) for p in raw_parts):
        raise ProfileError(f"{where}.parts", "must be a non-empty array of tables")
    parts = []
    for index, raw in enumerate(raw_parts):
        pkey = f"{where}.parts[{index}]"
        for key in raw:
            if key not in PART_KEYS:
                raise ProfileError(f"{pkey}.{key}", f"unknown key; allowed keys: {', '.join(PART_KEYS)}")
        if "name" not in raw:
            raise ProfileError(f"{pkey}.name", "missing: every part has a name")
        part_name = _text(f"{pkey}.name", raw["name"])
        headings = _patterns(f"{pkey}.headings", raw.get("headings", []))
        body = _patterns(f"{pkey}.body", raw.get("body", []))
        if not headings and not body:
            raise ProfileError(f"{pkey}.headings", "a part needs `headings` or `body` patterns to be found by")
        severity = raw.get("severity", "error")
        if severity not in SEVERITIES:
            raise ProfileError(f"{pkey}.severity", f"{severity!r} is not a severity; use one of: {', '.join(SEVERITIES)}")
        wording = _text(f"{pkey}.wording", raw["wording"]) if "wording" in raw else part_name
        heading = _text(f"{pkey}.heading", raw["heading"]) if "heading" in raw else part_name
        parts.append(Part(key=f"part{index + 1}", name=Msg(part_name, part_name), wording=wording,
                          heading=heading, headings=headings, body=body, severity=severity))
    description = _text(f"{where}.description", table["description"]) if "description" in table else name
    return Profile(
        name=name,
        description=Msg(description, description),
        source=description,
        parts=tuple(parts),
        title_patterns=_patterns(f"{where}.title", table.get("title", [])),
    )


def user_profiles(tables: Optional[Mapping]) -> Dict[str, Profile]:
    return {name: profile_from_table(name, table) for name, table in (tables or {}).items()}


def names(tables: Optional[Mapping] = None) -> List[str]:
    """Every profile name a configuration may give: reserved, built-in and user-defined."""
    return list(RESERVED) + sorted(set(BUILTINS) | set(tables or {}))


class UnknownProfile(ValueError):
    pass


# -- reading the document ----------------------------------------------------------
_SPACES = lazy(r"[\s\u3000\xa0]+")
# Web pages put metadata and navigation before the title.
_META = lazy(
    r"^(?:索\s*引\s*号|信息索引|信息分类|分类|主题分类|发布机构|发文机关|发布单位|制发机构|公开方式|公开范围|发布日期|"
    r"生成日期|成文日期|发布时间|更新时间|时间|(?:文章|信息)?来源|作者|名\s*称|标\s*题|文号|发文字号|主题词|关键词|"
    r"浏览次数|阅读次数|点击数|访问量|字号|【?字体|打印|关闭|分享|首页|今天是|当前位置|您的位置|您所在的位置|"
    r"您当前的位置|所在位置|有效性"
    # the page's address on a line of its own (a saved page's "# https://…"): no body text
    r"|#?\s*(?:https?\s*[:：]\s*//|www\.))"
)
_NAV = lazy(r"^(?:[-·•>»*|]|更多)|>>|＞＞")
_REPORT_WORD = lazy(r"报告|总结|汇报|述职|述法|公开年报")  # 政府信息公开年报: the disclosure report's short name
_BODY_MARK = lazy(r"[。！？；]")
_ANNUAL_SUBJECT = lazy(r"法治政府建设")
# Titles of other documents about the same subject: not the annual report.
_NOT_ANNUAL = lazy(r"整改|督察反馈|督察意见|自查|自评|评估|示范创建|实施方案|工作要点|中期|专项|调研|述法|述职|考核|解读")
# Half-year, quarterly, mid-term and multi-year reports ("五年法治政府建设工作情况报告").
_PERIOD = lazy(r"上半年|下半年|季度|[一二三四五六七八九十\d]{1,2}月|中期|阶段|"
                     r"(?<![〇零一二三四五六七八九十\d])[两三四五六七八九十]年(?!度)")
# A line that belongs to a title split over lines: no "key: value", no date.
_TITLE_PIECE = lazy(r"[:：|]|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]")
# The regulation took effect on 15 April 2019: reports on earlier years followed other rules.
FIRST_YEAR = 2019
_YEAR_RE = lazy(r"(?<!\d)(\d{4})\s*年(?:度)?|([〇零一二三四五六七八九]{4})年(?:度)?")
YEAR_RANGE = lazy(r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年?\s*[—–\-~～至到]+\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年")
_OPENING_REPORT = lazy(r"现(?:将|就)[^。]{0,40}法治政府建设[^。]{0,24}(?:报告|汇报)如下")
_OPENING_YEAR = lazy(r"^(\d{4})\s*年(?:度)?(?:以来)?[，,]")
_HEADING_SUBJECT = lazy(r"法治(?:政府)?建设")
_QUOTED_TITLE = lazy(r"《[^《》\n]{0,120}》")


@dataclass(frozen=True)
class Title:
    start: int
    end: int
    text: str  # the title block, short lines joined


@dataclass(frozen=True)
class PartMatch:
    """Where a part was found: ``how`` is "heading", "leading" (thematic headings) or "body"."""

    part: Part
    how: str
    start: int
    end: int
    heading_index: Optional[int] = None


@dataclass(frozen=True)
class Section:
    """The span of the document under a heading that introduces a part."""

    keys: Tuple[str, ...]
    start: int
    end: int
    heading_index: int
    depth: int


def _per_document(compute: Callable[[Any], T]) -> Callable[[Any], T]:
    """``compute(doc)`` done once per document: the title, the year and the outline are asked
    by several rules, and None is an answer too (no title found), so a plain memo of the value
    is what is needed, not a search flag beside each one."""
    key = ("profiles", compute.__name__)

    @functools.wraps(compute)
    def once(doc) -> T:
        return doc.memo(key, compute)

    return once


@_per_document
def _numbered_heading_paragraphs(doc) -> frozenset:
    return frozenset(h.paragraph for h in doc.headings if h.number is not None)


def _norm(text: str) -> str:
    return _SPACES.sub("", text)


def _is_meta(text: str) -> bool:
    return bool(_META.match(text) or _NAV.search(text))


def _is_body(para, heading_paragraphs) -> bool:
    # A sentence of clauses that ends in a colon announces what follows (……，现将有关情况报告如下：).
    folded = para.folded.rstrip()
    return (para.index in heading_paragraphs or bool(_BODY_MARK.search(folded)) or len(para.text) > 80
            or (folded.endswith("：") and "，" in folded))


def opening_paragraphs(doc, count: int) -> List:
    """The first ``count`` paragraphs of the document that are not web page metadata (a breadcrumb,
    索引号, 发布日期, 字号, 打印本页 …): a page copied whole puts several such lines above the title."""
    out: List = []
    for para in doc.paragraphs:
        if len(out) == count:
            break
        if not out and _is_meta(para.folded):
            continue  # only the lines above the first of the text's own
        out.append(para)
    return out


@_per_document
def title(doc) -> Optional[Title]:
    """The report's title: the last short title line (with the short lines just above it)
    before the first body paragraph or heading, after any web page metadata."""
    heading_paragraphs = _numbered_heading_paragraphs(doc)
    block: List = []
    best: Optional[List] = None
    for para in doc.paragraphs[:60]:
        if _is_body(para, heading_paragraphs):
            break
        unquoted = _QUOTED_TITLE.sub("", para.folded)  # "关于《……报告》的政策解读" is no report
        candidate = bool(_REPORT_WORD.search(unquoted)) and not para.folded.rstrip().endswith(("，", "：", "、"))
        if _is_meta(para.folded) or (not candidate and _TITLE_PIECE.search(para.folded)):
            block = []
            continue
        block = (block + [para])[-3:]
        if candidate:
            best = list(block)
    if not best:
        return None
    text = "".join(_norm(p.folded) for p in best)
    return Title(best[-1].start, best[-1].end, text)


# A work report delivered to a people's congress is named by the year it is delivered in
# (浦阳镇人民政府2023年政府工作报告, 2021年某市中级人民法院工作报告, 2021年西乡县政府工作报告), as the reports of the courts
# and procuratorates are; delivered early in the year, it tells the year before (一、2022年工作回顾
# … 二、2023年工作安排), delivered in December, that year (2022年主要工作).
_WORK_REPORT = lazy(r"(?:19|20)\d\d\s*年\s*[^\s，。：]{0,12}?(?:政府|法院|检察院)工作报告")
# The first year the body names as a year (not a date's, 2022年12月24日在…会议上, nor the title's
# again): the year the report tells.
_BODY_YEAR = lazy(r"((?:19|20)\d\d)\s*年(?!\s*\d{1,2}\s*月)(?!度?[^，。\n]{0,12}?工作报告)")


_DELIVERED_UNDER_TITLE = lazy(r"((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*在")
_DELIVERED_WITHIN = 80


def told_year(text: str, title_end: int, year: int) -> int:
    """The year a report titled with ``year`` tells: the year before when the title is a work
    report's delivered to a congress and its body opens on that year (2022年工作回顾), else ``year``."""
    if _WORK_REPORT.search(text, 0, title_end) is None:
        return year
    # The date line under the title says when it was delivered: in the first half of the year, on the
    # year before (——2021年4月27日在…会议上, under 2021年某县政府工作报告, tells 2020).
    delivered = _DELIVERED_UNDER_TITLE.search(text, title_end, title_end + _DELIVERED_WITHIN)
    if delivered is not None and int(delivered.group(1)) == year:
        return year - 1 if int(delivered.group(2)) <= 6 else year
    first = _BODY_YEAR.search(text, title_end)
    return year - 1 if first is not None and int(first.group(1)) == year - 1 else year


def _year_in(text: str) -> Optional[int]:
    if YEAR_RANGE.search(text):
        return None
    match = _YEAR_RE.search(text)
    if not match:
        return None
    if match.group(1):
        return int(match.group(1))
    return cn_to_int(match.group(2))


def title_is_annual(text: str) -> bool:
    """Does a title name an annual 法治政府建设 report?"""
    text = _QUOTED_TITLE.sub("", text)
    return bool(_ANNUAL_SUBJECT.search(text) and _REPORT_WORD.search(text) and not _NOT_ANNUAL.search(text)
                and not _PERIOD.search(text))


@_per_document
def _opening(doc) -> List:
    """Body paragraphs before the first heading (at most five), metadata skipped."""
    first_heading = min(_numbered_heading_paragraphs(doc), default=len(doc.paragraphs))
    found = title(doc)
    out = []
    for para in doc.paragraphs[:first_heading]:
        if found is not None and para.start <= found.start:
            continue
        if _is_meta(para.folded) or not _is_body(para, ()):
            continue
        out.append(para)
        if len(out) == 5:
            break
    return out


def top_rank(doc) -> Optional[int]:
    ranks = [h.rank for h in doc.headings if h.number is not None]
    return min(ranks) if ranks else None


def _raw_heading_parts(doc, profile: Profile) -> List[Tuple[str, ...]]:
    """For each heading of ``doc.headings``, the keys of the profile's parts its words name."""
    found = title(doc)
    title_paragraph = doc.paragraph_of(found.start).index if found is not None else -1
    out: List[Tuple[str, ...]] = []
    for heading in doc.headings:
        if heading.paragraph <= title_paragraph:
            out.append(())  # the title (a Markdown "# …" line) is no part
            continue
        text = _norm(doc.folded[heading.title_start:heading.title_end])
        if profile is ANNUAL:
            out.append(_annual_keys(text))
            continue
        keys = []
        weak = []
        for part in profile.parts:
            if any(p.search(text) for p in part.not_headings):
                continue
            if any(p.search(text) for p in part.headings):
                keys.append(part.key)
            elif any(p.search(text) for p in part.weak):
                weak.append(part.key)
        out.append(tuple(keys) if keys else tuple(weak))
    return out


def _union(patterns: Tuple[Pattern[str], ...]) -> Optional[Pattern[str]]:
    """One pattern that matches where any of ``patterns`` does (built-in patterns only:
    they use no backreferences, which an alternation would renumber)."""
    if not patterns:
        return None
    return lazy("|".join(f"(?:{p.pattern})" for p in patterns))


# Most headings are thematic ("（一）加强组织领导") and name no part: one search rejects them.
_ANNUAL_ANY = _union(tuple(p for part in ANNUAL.parts for p in part.headings + part.weak))
_ANNUAL_MATCHERS = tuple((part.key, _union(part.not_headings), _union(part.headings), _union(part.weak))
                         for part in ANNUAL.parts)


def _annual_keys(text: str) -> Tuple[str, ...]:
    """The built-in parts a heading's words name: strong patterns first, weak ones only if no strong one matches."""
    if not _ANNUAL_ANY.search(text):
        return ()
    keys = []
    weak = []
    for key, veto, strong, loose in _ANNUAL_MATCHERS:
        if veto is not None and veto.search(text):
            continue
        if strong is not None and strong.search(text):
            keys.append(key)
        elif loose is not None and loose.search(text):
            weak.append(key)
    return tuple(keys) if keys else tuple(weak)


_LEADING_YEAR = lazy(r"^(\d{4})年")


@_per_document
def _annual_raw_parts(doc) -> List[Tuple[str, ...]]:
    return _raw_heading_parts(doc, ANNUAL)


def heading_parts(doc, profile: Profile = ANNUAL) -> List[Tuple[str, ...]]:
    """For each heading of ``doc.headings``, the keys of the profile's parts it introduces.

    A top-level "2024年主要工作" or "2024年工作重点" in a report on 2023 is the plan,
    though its words could be either.
    """
    if profile is not ANNUAL:
        return _raw_heading_parts(doc, profile)
    return _annual_heading_parts(doc)


@_per_document
def _annual_heading_parts(doc) -> List[Tuple[str, ...]]:
    parts = list(_annual_raw_parts(doc))
    year = report_year(doc)
    rank = top_rank(doc)
    if year is None:
        return parts
    for index, (heading, keys) in enumerate(zip(doc.headings, parts)):
        if heading.rank != rank or keys not in ((), ("measures",)):
            continue
        match = _LEADING_YEAR.match(_norm(heading.title))
        if match and int(match.group(1)) == year + 1 and not _norm(heading.title)[match.end():].startswith("以来"):
            parts[index] = ("plan",)
    return parts


@_per_document
def is_annual(doc) -> bool:
    """Is this an annual 法治政府建设 report (by its title, or by its opening and outline)?"""
    found = title(doc)
    if found is not None:
        return title_is_annual(found.text)
    opening = _opening(doc)
    text = "".join(p.folded for p in opening)
    if _OPENING_REPORT.search(text):
        return True
    if not _ANNUAL_SUBJECT.search(text):
        return False
    rank = top_rank(doc)
    parts = _annual_raw_parts(doc)
    core = set()
    subject = False
    for heading, keys in zip(doc.headings, parts):
        if heading.rank != rank or heading.number is None:
            continue
        core.update(k for k in keys if k in ("measures", "shortcomings", "duty", "plan"))
        subject = subject or bool(_HEADING_SUBJECT.search(heading.title))
    return subject and len(core) >= 2


@_per_document
def report_year(doc) -> Optional[int]:
    """The year a report is about: the configured ``report-year``, else from its title, its
    opening or its part headings.  The one reader of the report's year: stale-year and the
    citation rules ask it."""
    configured = (doc.settings or {}).get("report-year")
    if configured:
        return configured
    found = title(doc)
    if found is not None:
        if _PERIOD.search(found.text) or YEAR_RANGE.search(found.text):
            return None  # a half-year or multi-year report: no single year
        year = _year_in(found.text)
        if year is not None:
            return told_year(doc.folded, found.end, year)
        if not title_is_annual(found.text):
            return _opening_sentence_year(doc)
    if not is_annual(doc):
        return _opening_sentence_year(doc)
    opening = _opening(doc)
    for para in opening:
        match = _OPENING_REPORT.search(para.folded)
        if match:
            year = _year_in(match.group(0))
            if year:
                return year
            # "2024年，……现将年度法治政府建设情况报告如下": the paragraph that announces the report
            # sets its year, before the headings do (one of them may carry last year's).
            lead = _OPENING_YEAR.match(_norm(para.folded))
            if lead:
                return int(lead.group(1))
    parts = _annual_raw_parts(doc)
    for heading, keys in zip(doc.headings, parts):
        if not keys:
            continue
        year = _year_in(heading.title)
        if year is None:
            continue
        if "plan" in keys:
            return year - 1
        if keys[0] != "other":
            return year
    if not opening:
        return None
    match = _OPENING_YEAR.match(_norm(opening[0].folded))
    return int(match.group(1)) if match else _opening_sentence_year(doc)


# A report that names its year nowhere else sets its work in it in its first sentence: "2023年，
# 我局在区委区政府的坚强领导下，坚持……", "2023年度，……", "2021年以来，……", "2025年是“十四五”
# 规划收官之年。"  A first sentence about one event of an earlier year ("2018年，我县被确定为
# 全省法治政府建设示范创建单位。") is no report's year: it names an event, and the report goes
# on to later years.
_FIRST_SENTENCE_YEAR = lazy(r"^(?:在|回顾|过去的|刚刚过去的)?(\d{4})\s*年(?:度)?(?:以来|里|中)?[，,]|^(\d{4})\s*年是")
# The year as the occasion the report's work stands in: "在2022年党的二十大胜利召开之际，我局……",
# "值此2023年全面贯彻党的二十大精神开局之年，……", "2022年是党的二十大召开之年，……",
# "2022年，在党的二十大胜利召开之际，……".  The event in the frame is the year's occasion,
# not the sentence's news: only what lies outside the frame is read for one event.
_OCCASION_YEAR = lazy(r"^(?:(?:在|值此|正值|恰逢|时值|适逢)(\d{4})\s*年[^，,。；！？\n]{2,40}?(?:之际|之年|一年)[，,]"
                      r"|(\d{4})\s*年是[^，,。；！？\n]{2,40}?(?:之年|一年)[，,。])")
_OCCASION = lazy(r"(?:在|值此|正值|恰逢|时值|适逢)[^，,。；！？\n]{2,40}?(?:之际|之年|一年)")
_YEARS_WORK = lazy(r"坚持|深入|全面|认真|紧紧围绕|围绕|扎实|始终|聚焦|统筹|持续|不断|积极|领导下|为指导|为引领|"
                   r"之年|一年")
_ONE_EVENT = lazy(r"被|获(?!得感)|入选|命名|确定为|列为|成立|启动|印发|出台|颁布|发布|施行|设立|批准|召开")
# A later year as the time of work done: "2023年，县政府常务会议专题研究法治工作4次。"
_LATER_CLAUSE_YEAR = lazy(r"(?:^|[。；！？\n])\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*)?(?:在|于)?"
                          r"(\d{4})\s*年(?:度)?(?:全年|以来|上半年|下半年|底|末)?(?=[，,]|共|累计|全年|我|本|全|已)")
_PLANNED = lazy(r"将|要|拟|计划|力争|争取|预计|确保|目标")
_SENTENCE_STOP = lazy(r"[。！？；\n]")


def _opening_sentence_year(doc) -> Optional[int]:
    """The year the first sentence of a report with no year in its title sets its work in, or None."""
    opening = _opening(doc)
    if not opening:
        return None
    text = _norm(opening[0].folded)
    occasion = _OCCASION_YEAR.match(text)
    match = occasion or _FIRST_SENTENCE_YEAR.match(text)
    if not match:
        return None
    stop = _SENTENCE_STOP.search(text)
    sentence = text[:stop.start() if stop else 200]
    if occasion is not None:
        sentence = sentence[occasion.end():]
    framed = _OCCASION.sub("", sentence)
    if _ONE_EVENT.search(framed) or not (occasion or framed != sentence or _YEARS_WORK.search(sentence)):
        return None
    year = int(match.group(1) or match.group(2))
    body = doc.folded[opening[0].end:]
    for later in _LATER_CLAUSE_YEAR.finditer(body):
        if int(later.group(1)) <= year:
            continue
        stop = _SENTENCE_STOP.search(body, later.end())
        if not _PLANNED.search(body, later.end(), stop.start() if stop else len(body)):
            return None  # work done in a later year: the report is not on this one
    return year


# The document's own date, which fixes the year it was written in (so 今年 is that year):
# a speech or report delivered at a meeting, "（2023年5月30日在市六届人大常委会第二次会议上）",
# or dated under its title, "（2023年1月10日）"; the 成文日期 below the signature (GB/T 9704-2012
# §7.3.5), "2024年1月31日" or, in older documents, "二〇二四年一月三十一日"; the 成文日期 field
# of a government information page.  A page's 发布日期 or 生成日期 is when it went online, not
# when the text was written, and a bare date above the body may be either: neither counts.
_CN_DAY = r"[一二三四五六七八九十]{1,3}"
_FULL_DATE = (r"(\d{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?:\d{1,2}|" + _CN_DAY + r")\s*月\s*(?:\d{1,2}|"
              + _CN_DAY + r")\s*日")
_DELIVERED = lazy(
    r"^[（〔\[]?\s*(?:[—－-]{1,2}\s*)?" + _FULL_DATE
    + r"(?:\s*在[^。！？；（）]{1,60}?(?:会议|大会|会|论坛|座谈会)上(?:的(?:讲话|报告|发言|说明))?\s*[）〕\]]?"
    r"|\s*[）〕\]])$"
)
_SIGNATURE_DATE = lazy(r"^" + _FULL_DATE + r"$")
_WRITTEN_FIELD = lazy(r"成\s*文\s*日\s*期\s*[：]?\s*(\d{4})\s*[-/.年]\s*\d{1,2}")
# Where the signature date may stand: among the last paragraphs, with no body text after it
# (web page footers, 抄送 and attachment lists may follow).
_SIGNATURE_WINDOW = 15


def _date_year(match, group: int = 1) -> int:
    token = match.group(group)
    return int(token) if token.isdigit() else (cn_to_int(token.replace("○", "〇")) or 0)


@dataclass(frozen=True)
class _Margins:
    """The paragraphs around a page's text where its own dates stand: ``head``, above the first
    body paragraph (at most the first 60); ``body``, that first body paragraph, if any;
    ``tail``, the last paragraphs below the last body text (at most _SIGNATURE_WINDOW),
    last first."""

    head: Tuple
    body: Optional[Any]
    tail: Tuple


@_per_document
def _margins(doc) -> _Margins:
    paragraphs = doc.paragraphs
    heading_paragraphs = _numbered_heading_paragraphs(doc)
    window = paragraphs[:60]
    first_body = next((p for p in window if _is_body(p, heading_paragraphs)), None)
    body_start = first_body.index if first_body is not None else len(window)
    tail = []
    for para in reversed(paragraphs[max(body_start, len(paragraphs) - _SIGNATURE_WINDOW):]):
        if _BODY_MARK.search(para.folded) and len(para.text) > 30:
            break  # body text: the page's own dates lie below it
        tail.append(para)
    return _Margins(tuple(window[:body_start]), first_body, tuple(tail))


@_per_document
def writing_year(doc) -> Optional[int]:
    """The year the document says it was written or delivered in, or None if it gives no own date."""
    margins = _margins(doc)
    for para in margins.head + ((margins.body,) if margins.body is not None else ()):
        if "成" in para.folded and _is_meta_line(para.folded):  # metadata lines may be long
            field = _WRITTEN_FIELD.search(para.folded)
            if field:
                return int(field.group(1))
        if para is margins.body:
            break
        match = _DELIVERED.match(para.folded)
        if match:
            return _date_year(match)
    for para in margins.tail:
        match = _SIGNATURE_DATE.match(para.folded)
        if match:
            return _date_year(match)
    return None


_SIGNED_ON = lazy(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日$")


@_per_document
def signature_date(doc) -> Optional[Tuple[object, int, int]]:
    """(paragraph, year, month) of the date signed under the text: a full date in digits alone on one
    of its last lines, with no body text after it; or None."""
    for para in _margins(doc).tail:
        match = _SIGNED_ON.match(para.folded.strip())
        if match:
            return para, int(match.group(1)), int(match.group(2))
    return None


# The page's own dates: its metadata fields ("来源：区司法局　发布时间：2023-12-25 16:30", "信息提供日期：
# 2023-12-11", "发布日期：2022年12月20日"), above the title or below the text, and a bare date closing the page
# ("2023-12-28", "（2023年12月15日）").  They say when the page went online, which may be long after
# the report was written: they fix 今年 only when they fall in the year the report is on.  A date
# widget ("今天是2024年3月5日 星期二", "当前时间") is the reader's day, not the page's.
_PAGE_DATE_FIELD = lazy(r"(?:(?:发布|发文|成文|生成|更新|公开|印发|提供|报送|上传|录入)(?:时间|日期)|(?<![\u4e00-\u9fff])(?:时间|日期))"
                        r"\s*[：:]?\s*(\d{4})\s*[-/.年]\s*\d{1,2}")
_CLOSING_DATE = lazy(r"^[（(〔\[]?\s*(?:(\d{4})\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|" + _FULL_DATE + r")\s*[）)〕\]]?$")


@_per_document
def published_year(doc) -> Optional[int]:
    """The earliest year the page's own dates give (its metadata fields, a date closing it), or None."""
    margins = _margins(doc)
    years = []
    for para in margins.head:
        if _is_meta_line(para.folded):
            years.extend(int(m.group(1)) for m in _PAGE_DATE_FIELD.finditer(para.folded))
    for para in margins.tail:
        text = para.folded.strip()
        if not _is_meta_line(text):
            continue
        years.extend(int(m.group(1)) for m in _PAGE_DATE_FIELD.finditer(text))
        closing = _CLOSING_DATE.match(text)
        if closing:
            years.append(int(closing.group(1)) if closing.group(1) else _date_year(closing, 2))
    return min(years) if years else None


def _is_meta_line(text: str) -> bool:
    """A page's metadata line ("发布机构：…　成文日期：2023-01-06"), not a sentence of the report."""
    return len(text) <= 160 and not _BODY_MARK.search(text)


def resolve(doc) -> Optional[Profile]:
    """The profile that applies to ``doc``: per its settings, or detected ("auto")."""
    settings = doc.settings or {}
    wanted = settings.get("profile") or AUTO
    tables = settings.get("profiles") or {}
    if wanted == NONE:
        return None
    users = user_profiles(tables)
    if wanted != AUTO:
        if wanted in users:
            return users[wanted]
        if wanted in BUILTINS:
            return BUILTINS[wanted]
        raise UnknownProfile(f"unknown profile {wanted!r}; known profiles: {', '.join(names(tables))}")
    found = title(doc)
    if found is not None:
        for profile in users.values():
            if any(p.search(found.text) for p in profile.title_patterns):
                return profile
    if not is_annual(doc):
        return None
    year = report_year(doc)
    return ANNUAL if year is None or year >= FIRST_YEAR else None


# -- finding the parts ------------------------------------------------------------------
def _body_text(para) -> str:
    """A paragraph's folded text with quoted titles blanked: citing 《…第一责任人职责规定》 is not reporting on it."""
    return _QUOTED_TITLE.sub(lambda m: " " * len(m.group(0)), para.folded)


def find_parts(doc, profile: Profile) -> List[Optional[PartMatch]]:
    """For each part of ``profile``: where it is found (heading first, then body), or None."""
    parts = heading_parts(doc, profile)
    headings = doc.headings
    found_title = title(doc)
    title_end = found_title.end if found_title is not None else -1
    out: List[Optional[PartMatch]] = []
    for part in profile.parts:
        match: Optional[PartMatch] = None
        for index, keys in enumerate(parts):
            if part.key in keys:
                h = headings[index]
                match = PartMatch(part, "heading", h.title_start, h.title_end, index)
                break
        if match is None and part.leading:
            match = _leading(doc, parts, part)
        if match is None and part.body:
            match = _in_body(doc, part, title_end)
        out.append(match)
    return out


def _leading(doc, parts, part: Part) -> Optional[PartMatch]:
    """Thematic top-level headings placed before the other parts stand for ``part``."""
    rank = top_rank(doc)
    first = None
    for index, (heading, keys) in enumerate(zip(doc.headings, parts)):
        if heading.rank != rank or heading.number is None:
            continue
        if keys:
            break
        if first is None:
            first = index
    if first is None:
        return None
    later = any(keys for keys in parts[first:])
    if not later:
        return None  # a document of thematic headings only: nothing says where the results end
    h = doc.headings[first]
    return PartMatch(part, "leading", h.title_start, h.title_end, first)


def _in_body(doc, part: Part, after: int) -> Optional[PartMatch]:
    heading_paragraphs = {h.paragraph for h in doc.headings if h.standalone}
    for para in doc.paragraphs:
        if para.start <= after or para.index in heading_paragraphs:
            continue
        text = _body_text(para)
        for pattern in part.body:
            m = pattern.search(text)
            if m:
                return PartMatch(part, "body", para.start + m.start(), para.start + m.end())
    return None


# -- sections for other checks ------------------------------------------------------------
@_per_document
def sections(doc) -> List[Section]:
    """Spans of the document under headings of the built-in parts (deepest last).

    Thematic headings before the first part heading belong to the results; the
    opening paragraphs before the first heading are reported as "opening".
    """
    parts = heading_parts(doc)
    headings = doc.headings
    rank = top_rank(doc)
    out: List[Section] = []
    end_of_text = len(doc.text)
    first_part = next((i for i, keys in enumerate(parts) if keys), None)
    # A section ends at the next numbered heading of its level or higher: one pass with a stack.
    ends = [end_of_text] * len(headings)
    waiting: List[int] = []  # numbered headings whose end is not found yet, ranks rising
    for index, heading in enumerate(headings):
        if heading.number is None:
            continue
        while waiting and headings[waiting[-1]].rank >= heading.rank:
            ends[waiting.pop()] = doc.paragraphs[heading.paragraph].start
        waiting.append(index)
    for index, (heading, keys) in enumerate(zip(headings, parts)):
        if heading.number is None:
            continue
        if not keys and heading.rank == rank and first_part is not None and index < first_part:
            keys = ("measures",)
        if not keys:
            continue
        out.append(Section(tuple(keys), heading.marker_start, ends[index], index, heading.rank))
    first_heading = next((h for h in headings if h.number is not None), None)
    if first_heading is not None:
        found_title = title(doc)
        start = found_title.end if found_title is not None else 0
        if start < first_heading.marker_start:
            out.append(Section(("opening",), start, first_heading.marker_start, -1, -1))
    out.sort(key=lambda s: (s.depth, s.start))
    return out


@_per_document
def paragraph_keys(doc) -> List[Tuple[str, ...]]:
    """For each paragraph, the part keys of the deepest section holding it (empty outside every section)."""
    paragraphs = doc.paragraphs
    starts = [p.start for p in paragraphs]
    out: List[Tuple[str, ...]] = [()] * len(paragraphs)
    # Shallow sections first, deeper ones overwrite: work is paragraphs x outline depth.
    for section in sorted(sections(doc), key=lambda s: s.depth):
        first = bisect.bisect_left(starts, section.start)
        last = bisect.bisect_left(starts, section.end)
        out[first:last] = [section.keys] * (last - first)
    return out


def soften(severity: str) -> Optional[str]:
    """One step softer: error -> warning -> info -> nothing."""
    index = SEVERITIES.index(severity)
    return SEVERITIES[index - 1] if index > 0 else None


def heading_text(part: Part, year: Optional[int]) -> str:
    """The heading to suggest for a missing part, with the years filled in when known."""
    if year is None:
        return part.heading.replace("{year}", "").replace("{next}", "下一年度")
    return part.heading.replace("{year}", f"{year}年度").replace("{next}", f"{year + 1}年度")


__all__ = [
    "ANNUAL", "AUTO", "BUILTIN", "BUILTINS", "NONE", "Part", "PartMatch", "Profile", "ProfileError",
    "Section", "Title", "UnknownProfile", "find_parts", "heading_parts", "heading_text", "is_annual",
    "names", "paragraph_keys", "profile_from_table", "report_year", "resolve", "sections", "soften",
    "title", "title_is_annual", "told_year", "user_profiles", "writing_year",
]
