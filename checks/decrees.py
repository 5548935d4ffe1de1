"""decree-number: a 国务院令 (or ministry 令) number beside a title that is not the act's.

A number is reported when the data shows it cannot be the cited act's: it is another act's
number; it is a number no act holds that is the act's own with two digits swapped; it is older
than the act itself; it is newer than any version of the act; it belongs to a version issued
after the report was written; or it is the original number cited after a full 修订, with its
own number, replaced that text.  The original 公布 number after an omnibus
修正 (《国务院关于修改部分行政法规的决定》) is how reports cite amended acts, and is right.
An act the data has no number for, and a ministry number the data cannot place, are left alone.
The number is read in the brackets right after the title, also when a short-name bracket stands
first (《政府信息公开条例》（以下简称《条例》）（国务院令第771号） is reported).
"""
from __future__ import annotations

import bisect
from datetime import date, timedelta
from typing import Iterator, List, NamedTuple, Optional

from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.profiles import report_year, writing_year
from lintlaw.registry import rule
from lintlaw.wording import quote

from . import _laws
from ._citations import Citation, catalog, cited_acts, citations, data_note, time_of, title_year
from ._lawdata_meta import AS_OF

STATE_COUNCIL = "国务院"
# 国务院令第713号, 国务院令（第713号）, 交通运输部令2019年第9号; 国务院第713号令, 国务院713号令;
# 第713号国务院令.
_MENTION = lazy(
    r"令\s*[（〔]?\s*(?:(\d{4})\s*年\s*)?第?\s*(\d{1,4})\s*号"
    r"|(?:(\d{4})\s*年\s*)?(?:第\s*|(?<!\d))(\d{1,4})\s*号\s*令"
    r"|第\s*(\d{1,4})\s*号\s*(国务院)令"
)
# 国令第711号: the short form of 国务院令 that citations often use, opening a bracket or a clause
# (not the 国 of 全国 or of a country's name).
_SHORT_STATE_COUNCIL = lazy(r"(?:^|[（(〔\s，、：；])国$")
# What may stand between a number written before a title and the title: 国务院令第713号公布的《…》.
_BETWEEN = lazy(r"^\s*[）〕]?\s*(?:形式)?(?:公布|发布|颁布|修订|修正|印发|出台)?(?:施行)?(?:的|了)?\s*$")
# A number that states its year: 交通运输部令2016年第1号, 2016年第1号令.
_DATED_NUMBER = lazy(r"令\s*[（〔]?\s*\d{4}\s*年\s*第?\s*\d{1,4}\s*号|\d{4}\s*年\s*第\s*\d{1,4}\s*号\s*令")
_SHORT_NAME = lazy(r"以下(?:简称|称)|简称")
_NUMBER_GAP = timedelta(days=365)  # how far a number's date is estimated from its neighbours' (see _estimate)
_STATE_COUNCIL_DATA_END = "2025-06-01"  # 行政法规 after this are partly missing from the data


class Mention(NamedTuple):
    start: int
    end: int
    issuer: str
    year: Optional[int]
    number: int
    text: str


def _mentions(doc: Document, data: _laws.Catalog, begin: int, end: int, implied: str = "") -> List[Mention]:
    """Order numbers written in ``folded[begin:end]`` whose issuer the data knows (or is ``implied``:
    "（第713号令）" after an administrative regulation's title is the State Council's)."""
    text = doc.folded[begin:end]
    if "号" not in text:
        return []
    issuers = data.issuers()
    out = []
    for match in _MENTION.finditer(text):
        if match.group(6):
            issuer, year, number = match.group(6), None, match.group(5)
        else:
            year, number = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
            before = text[:match.start()]
            issuer = next((i for i in issuers if before.endswith(i)), None)
            written = issuer
            if issuer is None and _SHORT_STATE_COUNCIL.search(before):
                issuer, written = STATE_COUNCIL, "国"
            if issuer is None and implied and match.group(4) and not before.strip():
                out.append(Mention(begin + match.start(), begin + match.end(), implied, int(year) if year else None,
                                   int(number), doc.text[begin + match.start():begin + match.end()]))
                continue
            if issuer is None:
                continue
        start = begin + match.start() - (0 if match.group(6) else len(written))
        out.append(Mention(start, begin + match.end(), issuer, int(year) if year else None, int(number),
                           doc.text[start:begin + match.end()]))
    return out


def _beside(doc: Document, data: _laws.Catalog, citation: Citation) -> List[Mention]:
    """The order numbers given for a title: in the brackets right after it, or just before it."""
    folded = doc.folded
    after = citation.end
    while after < len(folded) and folded[after] in " \u3000":
        after += 1
    found: List[Mention] = []
    after = _past_short_name(folded, after)
    if after < len(folded) and folded[after] == "（":
        close = folded.find("）", after, after + 100)
        if close > 0:
            regulation = bool(citation.acts) and all(act.kind == "行政法规" for act in citation.acts)
            found = _mentions(doc, data, after + 1, close, STATE_COUNCIL if regulation else "")
    if not found:
        begin = max(0, citation.start - 40)
        for mention in _mentions(doc, data, begin, citation.start):
            if _BETWEEN.match(folded[mention.end:citation.start]) and not _after_a_title(folded, mention.start):
                found = [mention]
    return found


def _past_short_name(folded: str, at: int) -> int:
    """Where the brackets of a title's number open when a short-name bracket stands between them:
    《政府信息公开条例》（以下简称《条例》）（国务院令第711号） gives the number second."""
    if not folded.startswith("（", at) or not _SHORT_NAME.match(folded, at + 1):
        return at
    close = folded.find("）", at, at + 40)
    if close < 0:
        return at
    following = close + 1
    while following < len(folded) and folded[following] in " \u3000":
        following += 1
    return following if folded.startswith("（", following) else at


def _after_a_title(folded: str, start: int) -> bool:
    """Is the number at ``start`` in the brackets of the title before it ("《甲条例》（国务院令第708号）
    《乙条例》"): then it is that title's, not the next one's."""
    opening = folded.rfind("（", max(0, start - 6), start)
    return opening > 0 and folded[opening - 1] == "》" and not folded[opening + 1:start].strip(" 第")


def _day(iso: str) -> Optional[date]:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def _estimate(data: _laws.Catalog, number: int) -> Optional[date]:
    """When a 国务院令 the data does not hold was issued, from the numbers around it (the
    numbering runs with time): the later of the two neighbours' dates, so never too early."""
    numbered = data.numbered_dates(STATE_COUNCIL)
    at = bisect.bisect_left(numbered, (number, ""))
    if at == 0 or at >= len(numbered):
        return None
    return _day(numbered[at][1])


def _issued_after(data: _laws.Catalog, number: int) -> Optional[date]:
    """The day a 国务院令 the data does not hold was issued at the earliest: the date of the
    highest number below it that the data holds (the numbering runs with time)."""
    numbered = data.numbered_dates(STATE_COUNCIL)
    at = bisect.bisect_left(numbered, (number, ""))
    return _day(numbered[at - 1][1]) if at > 0 else None


def _latest_writing(doc: Document) -> Optional[str]:
    """The last day the report can have been written on: its own date's year, else the first
    half of the year after the year it is on.  A date more than a year after the report's year
    is a page's (a copy put online later), not the report's: a report on 2014 is not written in
    2021.  (The years a text states bound it from below only: a text that names 2016 alone may
    be written any year after.)"""
    written = writing_year(doc)
    year = report_year(doc) or title_year(doc)
    if written and (year is None or year <= written <= year + 1):
        return f"{written}-12-31"
    return f"{year + 1}-06-30" if year else None


def _versions(act: _laws.Act, issuer: str) -> List[_laws.Decree]:
    return [d for d in act.decrees if d.issuer == issuer]


@rule(
    code="LL703",
    name="decree-number",
    severity="warning",
    summary="法规名称旁的国务院令（部门令）号与该法规不符",
    summary_en="A 国务院令 (or ministry 令) number beside a title that is not the act's",
    why=(
        "行政法规、部门规章以国务院令、部门令公布，引用时常在名称后注明令号，如《重大行政决策程序暂行条例》"
        "（国务院令第713号）。令号写成另一部法规的、早于该法规公布的、晚于其任何版本的，或报告成文时尚未公布的版本的，"
        "都是错号；数据中没有的国务院令号是该法规令号两位数字颠倒的（第413号之于第431号），是错号；数据中没有的国务院令号，按编号推算公布于报告成文之后的（如2012年的报告注第739号），"
        "注明年份的部门令号晚于报告成文年份的（如2014年的报告注“交通运输部令2016年第1号”），也是错号；经全面修订并重新公布的（如《政府信息公开条例》2019年修订为国务院令第711号），"
        "修订施行后的报告仍注原令号，引用的是已被替代的文本。"
        "经《国务院关于修改部分行政法规的决定》修正的法规，注原公布令号是通行写法，不报告；"
        "数据中没有令号的法规、无法确定的部门令号也不报告。"
        f"法规数据截至{AS_OF}。"
    ),
    why_en=(
        "Administrative regulations and ministry rules are issued by numbered orders, and reports cite the "
        "number beside the title: 《重大行政决策程序暂行条例》（国务院令第713号）. A number that is another act's, "
        "older than the act, newer than any version of it, or of a version issued after the report was written is "
        "wrong, and so is a 国务院令 the data does not hold that is the act's own number with two digits swapped (第413号 for 第431号) or whose number places it after the report (第739号 in a "
        "report on 2012), or a ministry number whose own year is after it (交通运输部令2016年第1号 in 2014); and after a full revision issued under a new number (《政府信息公开条例》, 2019, 第711号), citing "
        "the original number cites the replaced text. The original number after an omnibus amendment is how "
        "amended acts are cited and is not reported, nor is an act the data has no number for. "
        f"Law data as of {AS_OF}."
    ),
    bad=[
        "2023年，认真贯彻《优化营商环境条例》（国务院令第723号），持续优化营商环境。",
        "严格执行《重大行政决策程序暂行条例》（第731号令），规范决策程序。",
        "2023年，依据《政府信息公开条例》（国务院令第710号）做好依申请公开工作。",
        "严格执行《重大行政决策程序暂行条例》（国务院令第731号），规范决策程序。",
        "××区2023年度法治政府建设情况报告\n贯彻《中华人民共和国政府信息公开条例》（国务院令第492号），全年主动公开信息1200条。",
        "落实《优化营商环境条例》（国务院令第713号）各项要求。",
        "依据《信访条例》（国务院令第341号）规范信访秩序。",
        "按照《重大行政决策程序暂行条例》（中华人民共和国国务院令第613号）要求，开展合法性审查。",
        "××县2022年法治政府建设工作报告\n学习《国家科学技术奖励条例》（国务院令第265号），规范评奖工作。",
        "××区2017年度法治政府建设情况报告\n宣传《中华人民共和国政府信息公开条例》（国务院令第711号）。",
        "认真贯彻国务院第722号令公布的《重大行政决策程序暂行条例》。",
        "执行《市场监督管理行政处罚程序规定》（国家市场监督管理总局令第3号），规范办案程序。",
        "××区司法局2015年上半年工作总结\n贯彻《中华人民共和国政府信息公开条例》（国务院令第711号）。",
        "××县国土资源局2016年度法治政府建设情况\n贯彻《中华人民共和国政府信息公开条例》（国务院令第711号）。",
        "××县卫生局2012年度依法行政工作报告\n贯彻《医疗器械监督管理条例》（国务院令第739号），开展专项检查。",
        "××县交通局2014年度依法行政工作报告\n贯彻《道路运输车辆技术管理规定》（交通运输部令2016年第1号），规范车辆管理。",
        "落实《优化营商环境条例》（国务院723号令）各项要求。",
        "依据《中华人民共和国政府信息公开条例》（国令第717号）编制本报告。",
        "××县司法局2020年度法治政府建设工作报告\n落实《信访条例》（国务院令第413号），畅通群众诉求表达渠道。",
    ],
    good=[
        "完成《生产安全事故应急条例》（国务院令第708号）《自然灾害救助条例》的宣传解读。",
        "严格执行《重大行政决策程序暂行条例》（国务院令第713号），规范决策程序。",
        "××区2023年度法治政府建设情况报告\n贯彻《中华人民共和国政府信息公开条例》（国务院令第711号），全年主动公开信息1200条。",
        "落实《优化营商环境条例》（国务院第722号令）各项要求。",
        "××区2023年度法治政府建设情况报告\n执行《城市市容和环境卫生管理条例》（国务院令第101号）。",
        "《中华人民共和国政府信息公开条例》（2007年4月5日中华人民共和国国务院令第492号公布　"
        "2019年4月3日中华人民共和国国务院令第711号修订）",
        "××区2018年度法治政府建设情况报告\n宣传《中华人民共和国政府信息公开条例》（国务院令第492号）。",
        "执行《保障农民工工资支付条例》（国务院令第724号）。",
        "依据《中华人民共和国政府信息公开条例》（国令第711号）编制本报告。",
        "执行《市场监督管理行政处罚程序规定》（国家市场监督管理总局令第2号），规范办案程序。",
        "印发《某区行政执法公示办法》（区政府令第5号）。",
        "××县卫生健康局2022年度法治政府建设情况报告\n贯彻《医疗器械监督管理条例》（国务院令第739号），开展专项检查。",
        "××县交通运输局2016年度法治政府建设情况报告\n贯彻《道路运输车辆技术管理规定》（交通运输部令2016年第1号），规范车辆管理。",
        "认真贯彻国务院722号令公布的《优化营商环境条例》。",
        "××县司法局2020年度法治政府建设工作报告\n落实《信访条例》（国务院令第431号），畅通群众诉求表达渠道。",
    ],
    fixable="unsafe",
)
def decree_number(doc: Document) -> Iterator[Finding]:
    if "号" not in doc.folded:
        return
    data = catalog(doc)
    folded = doc.folded
    reported = set()
    if _DATED_NUMBER.search(folded):
        for citation in citations(doc):
            for finding in _dated_later(doc, data, citation):
                reported.add(finding.start)
                yield finding
    for citation in cited_acts(doc):
        # An act the data has numbers for is checked against them; one it has none for only
        # where a 国务院令 stands beside it, which may still be another act's number.
        if not any(a.decrees for a in citation.acts) and "国务院" not in folded[citation.end:citation.end + 30] \
                and "国务院" not in folded[max(0, citation.start - 30):citation.start]:
            continue
        mentions = _beside(doc, data, citation)
        for mention in mentions:
            if mention.start in reported:
                continue
            finding = _check(doc, data, citation, mention, alone=len(mentions) == 1)
            if finding is not None:
                yield finding


def _check(doc: Document, data: _laws.Catalog, citation: Citation, mention: Mention, alone: bool) -> Optional[Finding]:
    acts = citation.acts
    own = [(act, d) for act in acts for d in _versions(act, mention.issuer)
           if d.number == mention.number and (mention.year is None or d.year is None or d.year == mention.year)]
    if own:
        act, decree = own[0]
        return _too_new(doc, citation, mention, act, decree) or (
            _superseded(doc, citation, mention, act, decree) if alone else None)
    return _not_the_acts(doc, data, citation, mention)


def _current(act: _laws.Act, issuer: str) -> Optional[_laws.Decree]:
    full = [d for d in _versions(act, issuer) if d.event in ("公布", "修订")]
    return full[-1] if full else None


def _too_new(doc, citation, mention, act, decree) -> Optional[Finding]:
    limit = _latest_writing(doc)
    if limit is None or not decree.date or decree.date <= limit:
        return None
    earlier = [d for d in _versions(act, mention.issuer) if d.event in ("公布", "修订") and d.date and d.date <= limit]
    return _finding(
        citation, mention,
        Msg(f"{quote(mention.text)}是《{act.title}》{_ymd(decree.date)}{decree.event}的版本，晚于本报告的成文时间{data_note()}",
            f"{quote(mention.text)} is the version of 《{act.title}》 of {decree.date}, later than this report"
            f"{data_note('en')}"),
        earlier[-1] if earlier else None,
    )


def _superseded(doc, citation, mention, act, decree) -> Optional[Finding]:
    later = [d for d in _versions(act, mention.issuer) if d.event in ("公布", "修订") and d.date > decree.date]
    if not later or decree.event not in ("公布", "修订"):
        return None
    revision = later[-1]
    when = time_of(doc, citation)
    if when is None:
        return None
    in_force = revision.date
    if act.effective and act.effective >= revision.date and revision == act.decrees[-1]:
        in_force = act.effective
    if in_force > f"{when[0]}-01-01":
        return None  # the revision took effect during the year the sentence is about, or later
    return _finding(
        citation, mention,
        Msg(f"《{act.title}》已于{_ymd(revision.date)}修订并以{revision.text}重新公布，"
            f"{when[0]}年的报告仍注原令号{quote(mention.text)}{data_note()}",
            f"《{act.title}》 was revised and issued anew as {revision.text} on {revision.date}; a report on "
            f"{when[0]} still gives the original {quote(mention.text)}{data_note('en')}"),
        revision,
    )


def _not_the_acts(doc, data, citation, mention) -> Optional[Finding]:
    acts = citation.acts
    act = acts[0]
    others = [(b, d) for b, d in data.decree_owners(mention.issuer, mention.year, mention.number)
              if b.index not in {a.index for a in acts} and _laws.normalize(b.title) != citation.key]
    versions = _versions(act, mention.issuer)
    right = _current(act, mention.issuer)
    if mention.issuer != STATE_COUNCIL and not (versions and data.numbers_unique(mention.issuer)):
        return None  # a ministry whose numbers the data cannot tell apart, or an act it has none for
    for other, decree in others:
        if decree.event in ("公布", "修订") or (act.promulgated and decree.date and decree.date < act.promulgated):
            return _finding(
                citation, mention,
                Msg(f"{quote(mention.text)}是《{other.title}》的令号（{_ymd(decree.date)}{decree.event}），"
                    f"不是《{act.title}》的{data_note()}",
                    f"{quote(mention.text)} is the number of 《{other.title}》 ({decree.event} {decree.date}), not of "
                    f"《{act.title}》{data_note('en')}"),
                right,
            )
    if not others and mention.issuer == STATE_COUNCIL:
        finding = _transposed(citation, mention, act, versions)
        if finding is not None:
            return finding
    if not others and mention.issuer == STATE_COUNCIL and mention.year is None:
        finding = _issued_later(doc, data, citation, mention, right)
        if finding is not None:
            return finding
    if others or mention.issuer != STATE_COUNCIL or not versions:
        return None
    first, last = versions[0], versions[-1]
    if first.event == "公布" and mention.number < first.number:
        return _finding(
            citation, mention,
            Msg(f"{quote(mention.text)}早于《{act.title}》的公布（{first.text}，{_ymd(first.date)}），"
                f"不是它的令号{data_note()}",
                f"{quote(mention.text)} is older than 《{act.title}》 itself ({first.text}, {first.date}){data_note('en')}"),
            right,
        )
    complete = not act.latest_version or act.latest_version <= last.date
    issued = _estimate(data, mention.number) if mention.number > last.number else None
    if complete and mention.year is None and first.number < mention.number and (
            mention.number < last.number
            or (issued is not None and issued.isoformat() < _STATE_COUNCIL_DATA_END)):
        # None of the versions of an act whose every version the data lists (its latest text is
        # the last numbered one), and no other act's: 第710号 for the act of 第492号 and 第711号,
        # 第723号 for the act of 第722号 (a later revision would be the act's latest version).
        return _finding(
            citation, mention,
            Msg(f"{quote(mention.text)}不是《{act.title}》任何一个版本的令号"
                f"（{'、'.join(d.text for d in versions)}）{data_note()}",
                f"{quote(mention.text)} is the number of no version of 《{act.title}》 "
                f"({', '.join(d.text for d in versions)}){data_note('en')}"),
            right,
        )
    if mention.number > last.number:
        issued = _estimate(data, mention.number)
        latest = _day(max(filter(None, (act.latest_version, last.date))))
        if issued and latest and issued > latest + _NUMBER_GAP and issued.isoformat() < _STATE_COUNCIL_DATA_END:
            return _finding(
                citation, mention,
                Msg(f"{quote(mention.text)}晚于《{act.title}》的任何版本（最近为{_ymd(latest.isoformat())}），"
                    f"不是它的令号{data_note()}",
                    f"{quote(mention.text)} is newer than any version of 《{act.title}》 (the latest of "
                    f"{latest.isoformat()}){data_note('en')}"),
                right,
            )
    return None


def _transposed(citation, mention, act, versions) -> Optional[Finding]:
    """A number that no act in the data holds and that is one of the act's own numbers with two
    of its digits swapped (第694号 for the act of 第649号): the commonest slip of the keys. The
    data misses omnibus amendments (an act's latest version may carry a number it does not
    list), but a missing number that is a permutation of the act's own is a slip, not one of
    them: the numbers of two versions years apart differ in more than their order."""
    digits = str(mention.number)
    for version in versions:
        own = str(version.number)
        if len(own) != len(digits) or own == digits:
            continue
        apart = [i for i in range(len(own)) if own[i] != digits[i]]
        if len(apart) == 2 and own[apart[0]] == digits[apart[1]] and own[apart[1]] == digits[apart[0]]:
            return _finding(
                citation, mention,
                Msg(f"{quote(mention.text)}不是《{act.title}》的令号，疑为“{version.text}”的数字颠倒{data_note()}",
                    f"{quote(mention.text)} is not a number of 《{act.title}》: {version.text} with two digits "
                    f"swapped?{data_note('en')}"),
                version,
            )
    return None


def _issued_later(doc, data, citation, mention, right) -> Optional[Finding]:
    """A 国务院令 number no version the data holds carries, issued after the report was written
    (a later revision's number, 第739号 in a report on 2012): the numbers run with time, so the
    highest number below it that the data holds dates it from below."""
    limit = _latest_writing(doc)
    issued = _issued_after(data, mention.number)
    if limit is None or issued is None or issued.isoformat() <= limit:
        return None
    return _finding(
        citation, mention,
        Msg(f"{quote(mention.text)}公布于{_ymd(issued.isoformat())}以后，晚于本报告的成文时间，"
            f"不是报告所引《{citation.acts[0].title}》当时的令号{data_note()}",
            f"{quote(mention.text)} was issued after {issued.isoformat()}, later than this report: it is not the "
            f"number of 《{citation.acts[0].title}》 at the time{data_note('en')}"),
        right if right is not None and right.date and right.date <= limit else None,
    )


def _dated_later(doc: Document, data: _laws.Catalog, citation: Citation) -> Iterator[Finding]:
    """A ministry order number that states its year (交通运输部令2016年第1号) beside a title, in a
    report written before that year: whatever the act, the number is not of its time."""
    limit = _latest_writing(doc)
    if limit is None:
        return
    for mention in _beside(doc, data, citation):
        if mention.year is not None and f"{mention.year}-01-01" > limit:
            yield _finding(
                citation, mention,
                Msg(f"{quote(mention.text)}是{mention.year}年的令号，晚于本报告的成文时间{data_note()}",
                    f"{quote(mention.text)} is an order of {mention.year}, later than this report{data_note('en')}"),
                None,
            )


def _ymd(iso: str) -> str:
    if not iso:
        return ""
    year, month, day = iso.split("-")
    return f"{int(year)}年{int(month)}月{int(day)}日"


def _finding(citation: Citation, mention: Mention, message: Msg, right: Optional[_laws.Decree]) -> Finding:
    if right is None:
        return Finding(mention.start, mention.end, message,
                       help=Msg("核对该法规公布、修订时的令号", "check the order numbers the act was issued under"))
    return Finding(
        mention.start, mention.end, message,
        help=Msg(f"改为“{right.text}”", f"write “{right.text}”"),
        fix=Fix((Edit(mention.start, mention.end, right.text),), safe=False,
                description=Msg(f"改为“{right.text}”", f"write “{right.text}”")),
    )
