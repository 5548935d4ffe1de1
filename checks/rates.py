"""percent-mismatch (LL302): rates against the counts they are computed from.

A rate is tried as x/y, (y−x)/y, x/(x+y) and x/(y−e) (the cases excluded
"除3件未开庭外") before it is called wrong, and a rate defined over a part of
the total (出庭率 over the cases heard, 纠错率 over the cases decided) is held
to that base when the text gives it and otherwise to any base between the part
and the total.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import combinations
from typing import Iterator, List, NamedTuple, Optional, Sequence, Tuple

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg, Related
from lintlaw.numbers import ABOUT, ABOVE, BELOW, KIND_UNITS, Quantity, quantities
from lintlaw.registry import rule

from ._arith import _CHUNK_BREAK, _clause_start, _fmt

_RATE_WORD = re.compile(r"(?:率|比例|比率|占比)(?:为|是|达|达到|已达|已达到|高达|仅为|约为|均为|均达|了)?\s*$")
_CHANGE_WORD = re.compile(
    r"(?P<stem>压缩|下降|降低|减少|缩短|精简|提高|提升|增长|上升|增加)了?(?:为|达|约)?\s*$"
)
_SHARE_WORD = re.compile(r"占(?:比|[^，；：。]{0,10}?(?:总数|总量|总额|全部[^，；：。]{0,6}?))的?(?:为|达|约)?\s*$")
# A change against a base the text does not give (last year, another period).
_OUTSIDE_BASE = re.compile(r"同比|环比|较上年|较去年|比上年|比去年|较上一年|较20\d\d|比20\d\d|较同期|与上年")
_REDUCTION = ("压缩", "下降", "降低", "减少", "缩短", "精简")
_LOWER_BOUND = ("以上",) + ABOVE
_ABOUT = ABOUT + ("左右", "上下", "前后")
_UPPER_BOUND = ("以下",) + tuple(w for w in BELOW if w not in ("近", "将近", "接近"))


@dataclass
class _Rate:
    q: Quantity
    start: int  # where the rate's name begins (出庭率, 压缩率, 占比)
    kind: str  # "ratio", "change", "share"
    stem: str  # what the rate counts: 出庭应诉, 压缩, 办结


def _chunk(folded: str, q: Quantity, floor: int, ceiling: int) -> Tuple[int, int]:
    """The stretch between list separators that holds ``q`` ("出庭应诉7件")."""
    a = _clause_start(folded, q.start, floor, _CHUNK_BREAK)
    b = q.end
    while b < ceiling and folded[b] not in _CHUNK_BREAK:
        b += 1
    return a, b


def _rate_of(folded: str, q: Quantity, floor: int) -> Optional[_Rate]:
    begin = q.before.start if q.before else q.start
    chunk_start = _clause_start(folded, begin, floor, "，、；：。！？（）")
    prefix = folded[chunk_start:begin]
    if _OUTSIDE_BASE.search(prefix):
        return None
    m = _RATE_WORD.search(prefix)
    if m:
        name_end = chunk_start + m.start()
        stem_start = name_end
        while stem_start > chunk_start and name_end - stem_start < 4 and "\u4e00" <= folded[stem_start - 1] <= "\u9fff":
            stem_start -= 1
        stem = folded[stem_start:name_end]
        if folded.startswith("占比", name_end):
            return _Rate(q, name_end, "share", "")
        if len(stem) < 2:
            return None
        kind = "change" if any(stem.endswith(w) for w in _REDUCTION) else "ratio"
        return _Rate(q, stem_start, kind, stem)
    m = _SHARE_WORD.search(prefix)
    if m:
        return _Rate(q, chunk_start + m.start(), "share", "")
    m = _CHANGE_WORD.search(prefix)
    if m:
        return _Rate(q, chunk_start + m.start(), "change", m.group("stem"))
    return None


def _matches(computed: float, rate: Quantity) -> bool:
    """Does ``computed`` (a percentage) show as the stated rate, rounded or cut off?"""
    unit = 10.0 ** -rate.decimals
    p = rate.value
    words = [m.text for m in rate.marks]
    eps = 1e-9
    if words and all(w in _LOWER_BOUND for w in words):
        return computed >= p - unit / 2 - eps
    if words and all(w in _UPPER_BOUND for w in words):
        return computed <= p + unit + eps
    if words and all(w in _ABOUT for w in words):
        # 约19.2%: about, yet shown to a tenth; 约90%: a round figure.  Within a point
        # (two units of the last place shown), or half the step of a round figure (at most 5).
        return abs(computed - p) <= max(1.0, 2 * unit, min(rate.step / 2, 5.0)) + eps
    return p - unit / 2 - eps <= computed < p + unit - eps or abs(computed - p) < eps


def _readings(kind: str, x: Quantity, others: Sequence[Quantity]) -> Iterator[float]:
    """Every reasonable way ``x`` and the other counts give the rate, as percentages.

    A ratio or share: x/y, what is left (y−x)/y, x/(x+y) when the text gives the
    two parts, and x/(y−e) when some cases are excluded.  A change: the cut
    (y−x)/y, or the growth (x−y)/y, in either order.
    """
    xv = x.value
    for y in others:
        yv = y.value
        if yv:
            yield xv / yv * 100
            yield (yv - xv) / yv * 100
        if kind == "change":
            if xv:
                yield (yv - xv) / xv * 100
                yield (xv - yv) / xv * 100
            if yv:
                yield (xv - yv) / yv * 100
        elif xv + yv:
            yield xv / (xv + yv) * 100
    if kind == "change":
        return
    for y, e in combinations(others, 2):
        for big, excluded in ((y, e), (e, y)):
            rest = big.value - excluded.value
            if rest > 0:
                yield xv / rest * 100


_EXCLUDED = re.compile(r"未|除|不予|撤诉|尚未")


def _shown_reading(folded: str, rate: _Rate, x: Quantity, others: Sequence[Quantity], floor: int, ceiling: int) -> Tuple[float, str]:
    """The reading the message shows: the share of the largest count (less the
    cases the text excludes), or the cut for a reduction."""
    y = max(others, key=lambda o: o.value)
    if rate.kind == "change" and rate.stem in _REDUCTION and y.value > x.value:
        return (y.value - x.value) / y.value * 100, f"({_fmt(y.value)} − {_fmt(x.value)}) ÷ {_fmt(y.value)}"
    if y.value >= x.value and y.value:
        for e in others:
            a, b = _chunk(folded, e, floor, ceiling)
            if e is not y and _EXCLUDED.search(folded[a:b]) and y.value - e.value >= x.value > 0:
                rest = y.value - e.value
                return x.value / rest * 100, f"{_fmt(x.value)} ÷ ({_fmt(y.value)} − {_fmt(e.value)})"
        return x.value / y.value * 100, f"{_fmt(x.value)} ÷ {_fmt(y.value)}"
    return y.value / x.value * 100, f"{_fmt(y.value)} ÷ {_fmt(x.value)}"


@rule(
    code="LL302",
    name="percent-mismatch",
    severity="error",
    summary="比率与前文给出的数字算不出来（出庭率、办结率、压缩率、占比……）",
    summary_en="A rate that no reading of the counts given before it produces",
    why=(
        "PR-003 百分比与增长率：文中给出计算所需的数字时，占比 = 部分 ÷ 整体，压缩率 = (原值 − 现值) ÷ 原值，"
        "结果须在所示位数的四舍五入范围内一致；计算错误是公文数字差错的常见类型。"
        "本规则先尝试各种合理读法（含“除…外”的排除项），都对不上才报告。"
        "出庭应诉率以开庭审理的案件为基数、纠错率以审结的案件为基数、办结率以应办结的件数为基数："
        "文中给出该基数时只按它核对，未给出时基数可为部分与总数之间的任何数，只报告任何基数都得不到的比率。"
    ),
    why_en=(
        "PR-003 percentages and growth rates: where the counts are given, a share is part ÷ whole and a "
        "reduction is (before − after) ÷ before, equal to the stated rate within its rounding; calculation "
        "errors are a common class of number errors in official documents. Every reasonable reading is "
        "tried first (including cases excluded with 除…外); only a rate none of them gives is reported. "
        "The 出庭应诉率 is over the cases heard in court, the 纠错率 over the cases decided, the 办结率 over "
        "the cases due: where the text gives that base the rate is held to it alone; where it does not, any "
        "base between the part and the total may be meant, and only a rate no such base gives is reported."
    ),
    bad=[
        "2023年共开庭10起，行政机关负责人出庭9起，出庭率100%。",
        "截至目前，我局行政许可审批事项16项，由原总时限320天压缩为32天，压缩率80%。",
        "全年共办结行政复议案件56件，其中纠错7件，纠错率14.5%。",
        "全年共受理群众投诉举报240件，办结216件，办结率85%。",
        "2021年共收到行政应诉案8件，除3件未开庭审理外，其余4件均有我局相关负责人出庭应诉，出庭应诉比例达到100%。",
        "全局应参训执法人员120人，实际参训108人，参训率达到95%。",
        "共抽检餐饮单位200家，检测合格185家，合格率为95.5%。",
        "2022年办理行政处罚案件80件，2023年办理60件，案件数量下降了20%。",
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占比50%。",
        "全年新受理行政复议案件150件，审结120件，其中纠错24件，纠错率16%。",
    ],
    good=[
        "收到以凯里市综合行政执法局为被告的一审案件10起，共开庭10起，行政机关负责人出庭10起，出庭率100%。",
        "截至目前，我局行政许可审批事项16项，由原总时限320天，压缩为32天，压缩率90%；行政许可事项即办件比例达到55%以上，全程网办率100%。",
        "2021年区城市管理局共收到行政应诉案8件，除3件未开庭审理外，其余5件均有我局相关负责人出庭应诉，出庭应诉比例达到100%。",
        "2020年，我局为被告的行政诉讼案件8件，局主要负责人出庭应诉7件（1件未开庭），行政负责人出庭应诉率为100%。",
        "推行“721工作法”，70%的问题用服务手段解决、20%的问题用管理手段解决、10%的问题用执法手段解决。",
        "全年共办结行政复议案件56件，其中纠错7件，纠错率12.5%。",
        "办理以区政府为被告的行政应诉案件80件，区政府负责人出庭应诉案件30件，出庭应诉率100%。",
        "全年共受理案件3件，办结2件，办结率66.7%。",
        "截止目前，区城管委发送短信2045条，满意率98.3%，微信扫码615条，满意率99.93%。",
        "全年共办理行政处罚案件50件，同比增长25%，结案率100%。",
        "共抽查企业13次（合格率100%），抽取执法人员26人次，报送失信企业16家。",
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占全市的15%。",
    ],
)
def percent_mismatch(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    model = quantities(doc)
    for s_start, s_end, items in model.sentences(doc.paragraphs):
        if len(items) < 3 or not any(q.kind == "percent" for q in items):
            continue
        segment_start = s_start
        for q in items:
            if q.kind != "percent" or q.unit != "%":
                continue
            finding = _judge_rate(folded, model, q, s_start, segment_start, s_end, items)
            segment_start = q.end  # the next rate reads the counts after this one
            if finding is not None:
                yield finding


def _judge_rate(folded, model_years, q, s_start, segment_start, s_end, quantities) -> Optional[Finding]:
    if q.in_range or q.unit != "%":
        return None
    words = [m.text for m in q.marks]
    if words and not (all(w in _LOWER_BOUND for w in words) or all(w in _UPPER_BOUND for w in words)
                      or all(w in _ABOUT for w in words)):
        return None  # 近90%, 约…以上: no bound to hold it to
    rate = _rate_of(folded, q, s_start)
    if rate is None:
        return None
    counts = [c for c in quantities if segment_start <= c.start and c.end <= rate.start
              and c.kind == "count" and c.exact and c.unit not in KIND_UNITS]
    if len(counts) < 2:
        return None
    subset = _subset_base(rate)
    if rate.kind == "share":
        numerators = [counts[-1]]
    else:
        numerators = [c for c in counts if _mentions(folded, c, rate.stem, segment_start, s_end)]
        if subset:
            # A count that names the proper base (开庭10起, 审结56件) is the base, not the part.
            numerators = [c for c in numerators if not _names_base(folded, c, subset, segment_start, s_end)]
        if not numerators and rate.kind == "change" and _states_both_ends(folded, model_years, counts, segment_start):
            numerators = counts  # 2022年…80件，2023年…60件，下降了20%
    if subset:
        bases = _proper_bases(folded, counts, numerators, subset, segment_start, s_end)
        if bases:
            return _judge_over_base(folded, rate, q, numerators, bases, subset)
    for x in numerators:
        others = [c for c in counts if c is not x and c.family == x.family]
        if not others:
            continue
        if any(_matches(value, q) for value in _readings(rate.kind, x, others)):
            return None
    candidates = [(x, [c for c in counts if c is not x and c.family == x.family]) for x in numerators]
    candidates = [(x, others) for x, others in candidates if others]
    if not candidates:
        return None
    if subset:
        # The base is a part of the stated total (出庭率 over the cases heard, not all
        # cases): any base from the part itself up to the total may be meant.
        within = [(x, others) for x, others in candidates if x.value <= max(o.value for o in others)]
        if any(_possible_base(x.value, max(o.value for o in others), q) for x, others in within):
            return None
        if within:
            x, others = within[-1]
            total = max(others, key=lambda o: o.value)
            return _subset_finding(folded, rate, q, x, total, subset)
    x, others = candidates[-1]
    value, formula = _shown_reading(folded, rate, x, others, segment_start, s_end)
    return _rate_finding(folded, rate, q, value, formula, (x, max(others, key=lambda o: o.value)))


def _stated(q: Quantity) -> str:
    """The rate as written, with its approximation marks: 约19.2%, 90%以上."""
    shown = q.number.replace(" ", "") + ("%" if q.kind == "percent" and not q.number.startswith("百分之") else "")
    return (q.before.text if q.before else "") + shown + (q.after.text if q.after else "")


def _rate_name(folded: str, rate: _Rate, q: Quantity) -> str:
    end = q.before.start if q.before else q.start
    return folded[rate.start:end].rstrip("为是达到已高仅约均了 ")


def _rate_finding(folded, rate: _Rate, q: Quantity, value: float, formula: str, used: Sequence[Quantity]) -> Finding:
    name, stated = _rate_name(folded, rate, q), _stated(q)
    return Finding(
        start=rate.start,
        end=q.end,
        message=Msg(
            f"{name}{stated}与前文数字对不上：{formula} = {value:.1f}%，其他读法（含排除项）也得不到{stated}",
            f"{name} {stated} does not follow from the counts before it: {formula} = {value:.1f}%, "
            f"and no other reading (exclusions included) gives {stated}",
        ),
        help=Msg(
            f"核对比率和相关数字：按前文数字，{name}应为{value:.1f}%；若比率无误，请改正数字",
            f"Check the rate and the counts: from the counts given, {name} is {value:.1f}%; if the rate is right, correct the counts",
        ),
        related=tuple(Related(c.start, c.unit_end, Msg("计算所用数字", "a count the rate is computed from")) for c in used),
    )


# -- rates over a part of the total --------------------------------------------
#
# Some rates are defined over a part of the cases a report counts: the 出庭应诉率
# over the cases heard in court (开庭审理), the 纠错率 over the cases decided
# (审结), the 办结率 over the cases due (应办结).  When the text gives that base
# (开庭10起, 审结135件, or the total less 除3件未开庭), the rate is held to it
# alone: 纠错 29 of 审结 135 is 21.5%, whatever the 受理 count.  When it does not,
# the base may be anything from the part to the stated total, and only a rate no
# such base gives (below part ÷ total, above 100%) is reported.

class _SubsetRate(NamedTuple):
    stem: str  # what the rate counts
    base: Tuple[str, ...]  # words that name its base
    name_zh: str  # the base, for the message
    name_en: str


_SUBSET_RATES = (
    _SubsetRate("出庭", ("开庭",), "开庭审理的案件", "the cases heard in court"),
    _SubsetRate("纠错", ("审结", "办结", "结案", "终结"), "审结的案件", "the cases decided"),
    _SubsetRate("办结", ("应办结", "应结", "到期"), "应办结的件数", "the cases due"),
    _SubsetRate("结案", ("应结案", "应结", "到期"), "应结案的件数", "the cases due"),
    _SubsetRate("败诉", ("审结", "结案", "判决", "裁判"), "审结的案件", "the cases decided"),
    _SubsetRate("胜诉", ("审结", "结案", "判决", "裁判"), "审结的案件", "the cases decided"),
)


def _subset_base(rate: _Rate) -> Optional[_SubsetRate]:
    if rate.kind != "ratio":
        return None
    for subset in _SUBSET_RATES:
        if subset.stem in rate.stem:
            return subset
    return None


def _label(folded: str, c: Quantity, floor: int, ceiling: int) -> str:
    """The words that say what ``c`` counts: its chunk, and the chunk before a bracketed
    aside right in front of it ("其中纠错（含撤销、确认违法）29件")."""
    a, b = _chunk(folded, c, floor, ceiling)
    if a > floor and folded[a - 1] == "）":
        depth = 0
        i = a - 1
        while i >= floor:
            if folded[i] == "）":
                depth += 1
            elif folded[i] == "（":
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        if i >= floor:
            a = _clause_start(folded, i, floor, _CHUNK_BREAK)
    return folded[a:b]


def _names_base(folded: str, c: Quantity, subset: _SubsetRate, floor: int, ceiling: int) -> bool:
    """Does ``c`` count the rate's base: it names the base, and what the rate counts
    only inside that name (应办结230件, 开庭10起; not 到期办结216件)?"""
    label = _label(folded, c, floor, ceiling)
    if not any(w in label for w in subset.base):
        return False
    for word in subset.base:
        label = label.replace(word, "")
    return subset.stem not in label


def _proper_bases(folded, counts, numerators, subset: _SubsetRate, floor, ceiling) -> List[Tuple[float, str, Tuple[Quantity, ...]]]:
    """The bases the text gives: a count that names the base (开庭10起), or the total
    less the cases it says were not heard or decided (8件，除3件未开庭外)."""
    bases = []
    for c in counts:
        if c in numerators or not _names_base(folded, c, subset, floor, ceiling):
            continue
        if _EXCLUDED.search(_label(folded, c, floor, ceiling)):
            # the total stated before the cases it leaves out
            for y in counts:
                if y.start < c.start and y.family == c.family and y.value > c.value \
                        and not _EXCLUDED.search(_label(folded, y, floor, ceiling)):
                    bases.append((y.value - c.value, f"({_fmt(y.value)} − {_fmt(c.value)})", (y, c)))
        else:
            bases.append((c.value, _fmt(c.value), (c,)))
    return bases


def _judge_over_base(folded, rate: _Rate, q: Quantity, numerators, bases, subset: _SubsetRate) -> Optional[Finding]:
    if not numerators:
        return None
    parts = list(numerators)
    families = {x.family for x in parts}
    if len(parts) > 1 and len(families) == 1:
        total = sum(x.value for x in parts)
    else:
        total = None
    for base, _, used in bases:
        if base <= 0:
            continue
        for x in parts:
            if x.family != used[0].family:
                continue
            if _matches(x.value / base * 100, q) or _matches((base - x.value) / base * 100, q):
                return None  # 出庭9起 of 开庭10起; 未出庭1起 of 开庭10起
        if total is not None and _matches(total / base * 100, q):
            return None
    same = [x for x in parts if any(b[0] > 0 and x.family == b[2][0].family for b in bases)]
    if not same:
        return None
    x = same[-1]
    base, shown, used = max((b for b in bases if b[0] > 0 and x.family == b[2][0].family), key=lambda b: b[0])
    value = x.value / base * 100
    name, stated = _rate_name(folded, rate, q), _stated(q)
    base_zh, base_en = subset.name_zh, subset.name_en
    formula = f"{_fmt(x.value)} ÷ {shown}"
    return Finding(
        start=rate.start,
        end=q.end,
        message=Msg(
            f"{name}{stated}与前文数字对不上：{name}以{base_zh}为基数，{formula} = {value:.1f}%",
            f"{name} {stated} does not follow from the counts before it: {name} is over {base_en}, {formula} = {value:.1f}%",
        ),
        help=Msg(
            f"核对比率和相关数字：按前文数字，{name}应为{value:.1f}%；若比率无误，请改正数字",
            f"Check the rate and the counts: from the counts given, {name} is {value:.1f}%; if the rate is right, correct the counts",
        ),
        related=tuple(Related(c.start, c.unit_end, Msg("计算所用数字", "a count the rate is computed from")) for c in (x,) + tuple(used)),
    )


def _possible_base(part: float, total: float, q: Quantity) -> bool:
    """Is there a whole number of cases n, part ≤ n ≤ total, with part ÷ n shown as ``q``?"""
    if part <= 0:
        return _matches(0.0, q)
    low, high = math.ceil(part), math.floor(total)
    if high < low:
        return False
    candidates = {low, high}
    if q.value > 0:
        exact = part * 100 / q.value  # the base that gives the rate exactly
        candidates.update((math.floor(exact), math.ceil(exact)))
    # part ÷ n falls as n grows, so the bases that match form one run around ``exact``:
    # if any lies in low..high, one of these does.
    return any(low <= n <= high and n > 0 and _matches(part / n * 100, q) for n in candidates)


def _subset_finding(folded, rate: _Rate, q: Quantity, x: Quantity, total: Quantity, subset: _SubsetRate) -> Finding:
    name, stated = _rate_name(folded, rate, q), _stated(q)
    floor_value = x.value / total.value * 100
    base_zh, base_en = subset.name_zh, subset.name_en
    if q.value > 100:
        why_zh = "比率不可能超过100%"
        why_en = "a rate cannot exceed 100%"
    else:
        why_zh = f"即使只以其中{base_zh}为基数，{name}也不低于{floor_value:.1f}%"
        why_en = f"even over {base_en} alone, {name} is at least {floor_value:.1f}%"
    return Finding(
        start=rate.start,
        end=q.end,
        message=Msg(
            f"{name}{stated}与前文数字对不上：{_fmt(x.value)} ÷ {_fmt(total.value)} = {floor_value:.1f}%，{why_zh}",
            f"{name} {stated} does not follow from the counts before it: {_fmt(x.value)} ÷ {_fmt(total.value)} = "
            f"{floor_value:.1f}%, and {why_en}",
        ),
        help=Msg(
            f"核对比率和相关数字：按前文数字，{name}应在{floor_value:.1f}%～100%之间；若比率无误，请改正数字",
            f"Check the rate and the counts: from the counts given, {name} lies between {floor_value:.1f}% and 100%; "
            "if the rate is right, correct the counts",
        ),
        related=tuple(Related(c.start, c.unit_end, Msg("计算所用数字", "a count the rate is computed from")) for c in (x, total)),
    )


def _states_both_ends(folded: str, model, counts: Sequence[Quantity], segment_start: int) -> bool:
    """Does the text give the base of a change: 由/从 X … to Y, or one count per year?"""
    first = counts[0]
    if re.search(r"[由从]", folded[_clause_start(folded, first.start, segment_start):first.start]):
        return True
    years = {y.value for y in model.years_between(segment_start, counts[-1].start)}
    return len(years) >= 2


def _mentions(folded: str, c: Quantity, stem: str, floor: int, ceiling: int) -> bool:
    """Does the stretch around count ``c`` name what the rate counts (a two-character piece of the stem)?"""
    if len(stem) < 2:
        return False
    text = _label(folded, c, floor, ceiling)
    return any(stem[i:i + 2] in text for i in range(len(stem) - 1))
