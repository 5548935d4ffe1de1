"""Arithmetic that the text itself lets a reader redo: totals against their parts, rates
against the counts they are computed from.

Both checks read the number model (``doc.quantities``) and flag only what no
reasonable reading of the sentence reconciles: a list that may be partial is
not required to add up, a rate is tried as x/y, (y−x)/y, x/(x+y) and x/(y−e)
(the cases excluded "除3件未开庭外") before it is called wrong.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from typing import Iterator, List, Optional, Sequence, Tuple

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg, Related
from lintlaw.quantities import ABOVE, BELOW, KIND_UNITS, Quantity
from lintlaw.registry import rule

_CLAUSE_BREAK = "，；：。！？"
_CHUNK_BREAK = "，、；：（）。！？"

_TOTAL_WORDS = re.compile(r"共计|合计|总计|累计|总共|一共|共有|共|全年|总数|总量|全部")
# What introduces the parts of a total, right after a comma, colon or bracket.
_MARKER = re.compile(r"(?P<lead>[，：；（])\s*(?P<word>其中|分别为|分别是|分别|包括|包含|含)[：，]?")
_NESTED_MARKER = re.compile(r"其中|分别")
_NEW_TOTAL = re.compile(r"[，；：](?:[^，；：]{0,12}?)(?:共计|合计|总计|累计|总共|一共|共)")
# Words in front of a number that make it something other than a part: a change
# against last year, a per-unit figure.
_NOT_A_PART = re.compile(
    r"(?:同比|环比|较上年|较去年|比上年|比去年|增加了?|减少了?|增长了?|下降了?|上升了?|提高了?|降低了?"
    r"|每|平均|人均|日均|月均|年均|均)\s*$"
)
# The last part joined with 和/及/与 instead of a list separator: "…2项行政征收和4项其它权力".
_CONNECTOR = re.compile(r"和|及|与")
_SEPARATOR = re.compile(r"[、，；]")
_LOOSE = re.compile(r"[，；：]")
_EXCLUSION = "除"


def _fmt(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _clause_start(folded: str, pos: int, floor: int, breaks: str = _CLAUSE_BREAK) -> int:
    i = pos
    while i > floor and folded[i - 1] not in breaks:
        i -= 1
    return i


def _chunk(folded: str, q: Quantity, floor: int, ceiling: int) -> Tuple[int, int]:
    """The stretch between list separators that holds ``q`` ("出庭应诉7件")."""
    a = _clause_start(folded, q.start, floor, _CHUNK_BREAK)
    b = q.end
    while b < ceiling and folded[b] not in _CHUNK_BREAK:
        b += 1
    return a, b


def _matching_close(folded: str, open_pos: int, limit: int) -> int:
    depth = 0
    for i in range(open_pos, limit):
        c = folded[i]
        if c == "（":
            depth += 1
        elif c == "）":
            depth -= 1
            if depth == 0:
                return i
    return -1


# -- sum-mismatch -------------------------------------------------------------


@dataclass
class _Breakdown:
    total: Optional[Quantity]  # the stated total of items (None when only kinds are stated)
    kinds: Optional[Quantity]  # "5大类": the stated number of parts
    parts: List[Quantity]
    complete: bool  # the list claims to name every part (分别为, 包括…和…)
    marker: str
    list_start: int
    list_end: int
    clean: bool  # no nested breakdown or skipped figure: the parts are all the parts


def _interval_sum(parts: Sequence[Quantity]) -> Tuple[float, float]:
    lo = sum(p.bounds[0] for p in parts)
    hi = sum(p.bounds[1] for p in parts)
    return lo, hi


def _reconciles(total: Quantity, parts: Sequence[Quantity], complete: bool) -> bool:
    """Is there a reading of the list under which the parts agree with the total?

    Readings: the list stopping early (what follows is other information) and
    giving the total exactly; one part broken down again by the parts right
    after it (a subtotal), after which a partial list may stay below the total.
    """
    t_lo, t_hi = total.bounds
    eps = 1e-6

    def hits(seq: Sequence[Quantity]) -> bool:
        lo, hi = _interval_sum(seq)
        return lo <= t_hi + eps and hi >= t_lo - eps

    if any(hits(parts[:k]) for k in range(2, len(parts) + 1)):
        return True
    for i in range(len(parts) - 1):
        if not parts[i].exact:
            continue
        running = 0.0
        for j in range(i + 1, len(parts)):
            running += parts[j].value
            if abs(running - parts[i].value) < eps:
                collapsed = list(parts[: i + 1]) + list(parts[j + 1:])
                if hits(collapsed) or (not complete and _interval_sum(collapsed)[0] <= t_hi + eps):
                    return True
            if running > parts[i].value:
                break
    return False


def _breakdowns(doc: Document) -> Iterator[_Breakdown]:
    folded = doc.folded
    # Sentences split at 。！？ only: a breakdown often runs on after "；".
    for s_start, s_end, quantities in doc.quantities.sentences(doc.paragraphs):
        if len(quantities) < 2:
            continue
        sentence = folded[s_start:s_end]
        if not _MARKER.search(sentence) and "：" not in sentence and "（" not in sentence:
            continue
        for found in _candidate_lists(folded, s_start, s_end, quantities):
            yield found


def _candidate_lists(folded: str, s_start: int, s_end: int, quantities: Sequence[Quantity]) -> Iterator[_Breakdown]:
    """Each place in the sentence where a total is followed by a list of its parts."""
    openers = []
    for m in _MARKER.finditer(folded, s_start, s_end):
        word = m.group("word")
        if word == "含" and m.group("lead") != "（":
            continue
        openers.append((m.start("lead"), m.end(), word, m.group("lead")))
    # A bare colon or bracket right after a total (共办理案件40件：…, 共40件（一审30件…）)
    for q in quantities:
        if q.kind != "count":
            continue
        pos = q.end
        if pos < s_end and folded[pos] in "：（" and not any(o[0] == pos for o in openers):
            keyword = _TOTAL_WORDS.search(folded, _clause_start(folded, q.start, s_start), q.start)
            if keyword:
                openers.append((pos, pos + 1, "", folded[pos]))
    openers.sort()
    for lead_pos, list_start, word, lead in openers:
        clause_start = _clause_start(folded, lead_pos, s_start)
        before = [q for q in quantities if clause_start <= q.start and q.end <= lead_pos and q.kind == "count"]
        if not before:
            continue
        if _EXCLUSION in folded[clause_start:lead_pos]:
            continue  # 除…外: what follows is the rest, not a breakdown
        total = before[-1]
        if _NOT_A_PART.search(folded[clause_start:total.start]):
            continue
        kinds = None
        if total.unit in KIND_UNITS:
            kinds, total = total, None
        elif len(before) >= 2 and before[-2].unit in KIND_UNITS and folded[before[-2].end:total.start].strip() == "":
            kinds = before[-2]  # 共5大类126项
        if lead == "（":
            close = _matching_close(folded, lead_pos, s_end)
            list_end = close if close >= 0 else s_end
        else:
            list_end = s_end
        yield from _read_list(folded, quantities, total, kinds, word, lead_pos, list_start, list_end)


def _read_list(folded, quantities, total, kinds, word, lead_pos, list_start, list_end) -> Iterator[_Breakdown]:
    span = folded[list_start:list_end]
    if _EXCLUSION in span:
        return
    unit_family = total.family if total is not None else None
    parts: List[Quantity] = []
    clean = True
    last_end = list_start
    depth = 0
    scan = list_start
    for q in quantities:
        if q.start < list_start or q.start >= list_end:
            continue
        gap = folded[last_end:q.start]
        # Bracket depth relative to the list: figures in a nested bracket detail a part.
        for c in folded[scan:q.start]:
            if c == "（":
                depth += 1
            elif c == "）":
                depth = max(0, depth - 1)
        scan = q.start
        if _NESTED_MARKER.search(gap) or _NEW_TOTAL.search(gap):
            clean = False
            break
        if q.kind != "count" or q.in_range:
            continue
        if depth > 0:
            if unit_family is None or q.family == unit_family:
                clean = False
            continue
        if unit_family is None:
            if q.unit in KIND_UNITS:
                continue
            unit_family = q.family
        if q.family != unit_family:
            continue
        chunk_start = _clause_start(folded, q.start, list_start, _CHUNK_BREAK)
        if _NOT_A_PART.search(folded[chunk_start:q.start]):
            clean = False
            continue
        parts.append(q)
        last_end = q.end
    if not parts:
        return
    complete = word in ("分别为", "分别是")
    if word in ("包括", "包含") and len(parts) >= 2:
        gap = folded[parts[-2].end:parts[-1].start]
        complete = bool(_CONNECTOR.search(gap)) and not _SEPARATOR.search(gap)
    if kinds is not None and clean and len(parts) == kinds.value:
        complete = True
    yield _Breakdown(total, kinds, parts, complete, word, lead_pos, parts[-1].end, clean)


def _tight(folded: str, parts: Sequence[Quantity]) -> bool:
    """Are the parts one enumeration (joined by 、 or 和/及), not a run of clauses?"""
    return not any(_LOOSE.search(folded[a.end:b.start]) for a, b in zip(parts, parts[1:]))


def _sum_expression(parts: Sequence[Quantity]) -> str:
    return "+".join(p.number.replace(" ", "") for p in parts)


@rule(
    code="LL303",
    name="sum-mismatch",
    severity="error",
    summary="分项之和与总数不符，或列举的类别数与所称类数不符",
    summary_en="Parts that do not add up to their stated total, or a stated number of kinds that differs from the list",
    why=(
        "计算错误是公文数字差错的常见类型（PR-002 合计与分项不符）：“共N件，其中a件、b件……”中，"
        "分项之和不得大于总数；列举自称完整（分别为、包括……和……、共N类）时，分项之和应等于总数，"
        "列出的类别数应等于所称类数。"
    ),
    why_en=(
        "Calculation errors are a common class of number errors in official documents (PR-002, total "
        "versus parts): in “共N件，其中a件、b件……” the parts may not add up to more than the total; when the "
        "list claims to be complete (分别为, 包括…和…, 共N类) they must add up to it, and the number of kinds "
        "listed must equal the number stated."
    ),
    bad=[
        "2023年以来累计开展宣传活动29次，分别在万博广场开展法治宣传活动6次，深入社区开展民法典宣传21次，进商铺开展宣传活动8次。",
        "区城管委列入清单的行政权力事项共5大类126项（包括：10项行政许可、118项行政处罚权、4项行政强制、2项行政征收和4项其它权力）。",
        "全年共办结行政复议案件56件，分别为维持30件、撤销20件、驳回16件。",
        "全年共办结行政复议案件56件，其中维持30件、撤销20件、驳回16件。",
        "2023年共受理行政应诉案件12件，分别为一审案件8件、二审案件3件。",
        "我局共梳理行政职权事项3类，分别是行政许可5项、行政处罚40项、行政强制2项、行政检查6项。",
        "共组织执法培训15期（包括业务知识培训8期、法律法规培训5期和岗位练兵4期），参训人员1200人次。",
        "全年共办理信访件120件，其中来信45件、来访50件、网上信访38件，均已按期办结。",
        "共有执法人员86名，其中持证执法人员90名。",
    ],
    good=[
        "2023年共办理各类案件40件，其中，涉嫌违反规划建设案件23件，涉嫌违反住建领域案件5件，涉嫌违反燃气案件5件，涉嫌违反水务领域案件3件，涉嫌违反环境保护案件2件，涉嫌违反城市园林绿化管理案件2件。",
        "2023年以凯里市综合行政执法局为被告的复议案件6件；诉讼案件17件，其中10件一审、7件二审、0件再审。",
        "我局共涉及4类300项行政职权事项，分别是行政许可1项、行政处罚296项、行政强制1项及其他类2项。",
        "全年共办结行政复议案件56件，其中维持30件、撤销10件。",
        "2021年共收到行政应诉案8件，除3件未开庭审理外，其余5件均有我局相关负责人出庭应诉。",
        "全年共开展联合执法检查120次，其中联合检查80次（含夜查30次、节假日检查20次），专项检查40次。",
        "全年累计延时服务40余次，现场勘查1500余次，非工作日预约上门服务24次。",
        "共办理行政处罚案件40件，其中一审30件、二审10件，涉及当事人45人，较上年增加12件。",
        "累计开展普法宣传30余次，分别在社区开展宣传12次、在学校开展宣传9次、在企业开展宣传10次。",
        "全局共有执法人员86名，其中持证执法人员80名，法律专业人员12名。",
        "全年共培训执法人员3期，其中每期参训人员80人。",
    ],
)
def sum_mismatch(doc: Document) -> Iterator[Finding]:
    reported = set()
    for b in _breakdowns(doc):
        finding = _judge(doc, b)
        if finding is not None and (finding.start, finding.end) not in reported:
            reported.add((finding.start, finding.end))
            yield finding


def _judge(doc: Document, b: _Breakdown) -> Optional[Finding]:
    problems_zh: List[str] = []
    problems_en: List[str] = []
    helps_zh: List[str] = []
    helps_en: List[str] = []
    total, kinds, parts = b.total, b.kinds, b.parts
    if total is not None and (len(parts) >= 2 or (len(parts) == 1 and b.marker == "其中")):
        t_lo, t_hi = total.bounds
        s_lo, s_hi = _interval_sum(parts)
        exceeds = s_lo > t_hi + 1e-6
        if exceeds and len(parts) >= 2 and not (b.complete or b.marker == "分别") and not _tight(doc.folded, parts):
            # After 其中, clauses separated by commas may each describe the whole from
            # another angle (持证执法人员80名，法律专业人员12名): not a breakdown.
            exceeds = False
        short = b.complete and b.clean and s_hi < t_lo - 1e-6
        if (exceeds or short) and not _reconciles(total, parts, b.complete):
            unit = total.unit
            shown = _fmt(sum(p.value for p in parts)) if all(p.exact for p in parts) else f"{_fmt(s_lo)}以上"
            if len(parts) == 1:
                expr = f"{parts[0].number.replace(' ', '')} > {total.number.replace(' ', '')}"
            else:
                expr = f"{_sum_expression(parts)} = {shown} ≠ {total.number.replace(' ', '')}"
            if exceeds and len(parts) == 1:
                problems_zh.append(f"分项大于总数：{expr}（{unit}）")
                problems_en.append(f"a part is larger than the total: {expr} ({unit})")
            elif exceeds:
                problems_zh.append(f"分项之和大于总数：{expr}（{unit}）")
                problems_en.append(f"the parts add up to more than the total: {expr} ({unit})")
            else:
                problems_zh.append(f"分项之和小于总数，而列举自称完整（{b.marker or '列举'}）：{expr}（{unit}）")
                problems_en.append(f"the parts add up to less than the total although the list claims to be complete ({b.marker}): {expr} ({unit})")
            helps_zh.append(f"核对总数与各分项：若分项无误，总数应为{shown}{unit}；若总数无误，请改正分项")
            helps_en.append(f"check the total and each part: if the parts are right the total is {shown} {unit}; if the total is right, correct the parts")
    if kinds is not None and b.clean and len(parts) >= 2:
        n, k = len(parts), int(kinds.value)
        stated_complete = b.marker in ("分别为", "分别是") or (b.marker in ("包括", "包含") and b.complete)
        if n > k or (n < k and stated_complete):
            problems_zh.append(f"称共{kinds.number}{kinds.unit}，实际列出{n}{kinds.unit}")
            problems_en.append(f"it states {kinds.number} {kinds.unit} but lists {n}")
            helps_zh.append(f"把类别数改为{n}{kinds.unit}，或补齐、删减列举的类别")
            helps_en.append(f"state {n} kinds, or complete or trim the list")
    if not problems_zh:
        return None
    head = kinds if kinds is not None and (total is None or kinds.start < total.start) else total
    tail = total if total is not None else kinds
    related = (Related(parts[0].start, parts[-1].end, Msg("分项在此", "the parts are listed here")),)
    return Finding(
        start=head.start,
        end=tail.unit_end,
        message=Msg("；".join(problems_zh), "; ".join(problems_en).capitalize()),
        help=Msg("；".join(helps_zh) + "。", "; ".join(helps_en).capitalize() + "."),
        related=related,
    )


# -- percent-mismatch ---------------------------------------------------------

_RATE_WORD = re.compile(r"(?:率|比例|比率|占比)(?:为|是|达|达到|已达|已达到|高达|仅为|约为|均为|均达|了)?\s*$")
_CHANGE_WORD = re.compile(
    r"(?P<stem>压缩|下降|降低|减少|缩短|精简|提高|提升|增长|上升|增加)了?(?:为|达|约)?\s*$"
)
_SHARE_WORD = re.compile(r"占(?:比|[^，；：。]{0,10}?(?:总数|总量|总额|全部[^，；：。]{0,6}?))的?(?:为|达|约)?\s*$")
# A change against a base the text does not give (last year, another period).
_OUTSIDE_BASE = re.compile(r"同比|环比|较上年|较去年|比上年|比去年|较上一年|较20\d\d|比20\d\d|较同期|与上年")
_REDUCTION = ("压缩", "下降", "降低", "减少", "缩短", "精简")
_LOWER_BOUND = ("以上",) + ABOVE
_UPPER_BOUND = ("以下",) + tuple(w for w in BELOW if w not in ("近", "将近", "接近"))


@dataclass
class _Rate:
    q: Quantity
    start: int  # where the rate's name begins (出庭率, 压缩率, 占比)
    kind: str  # "ratio", "change", "share"
    stem: str  # what the rate counts: 出庭应诉, 压缩, 办结


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
    ),
    why_en=(
        "PR-003 percentages and growth rates: where the counts are given, a share is part ÷ whole and a "
        "reduction is (before − after) ÷ before, equal to the stated rate within its rounding; calculation "
        "errors are a common class of number errors in official documents. Every reasonable reading is "
        "tried first (including cases excluded with 除…外); only a rate none of them gives is reported."
    ),
    bad=[
        "2023年共开庭10起，行政机关负责人出庭9起，出庭率100%。",
        "截至目前，我局行政许可审批事项16项，由原总时限320天压缩为32天，压缩率80%。",
        "全年共办结行政复议案件56件，其中纠错7件，纠错率14.5%。",
        "全年共受理群众投诉举报240件，办结216件，办结率95%。",
        "2021年共收到行政应诉案8件，除3件未开庭审理外，其余4件均有我局相关负责人出庭应诉，出庭应诉比例达到100%。",
        "全局应参训执法人员120人，实际参训108人，参训率达到95%。",
        "共抽检餐饮单位200家，检测合格185家，合格率为95.5%。",
        "2022年办理行政处罚案件80件，2023年办理60件，案件数量下降了20%。",
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占比50%。",
    ],
    good=[
        "收到以凯里市综合行政执法局为被告的一审案件10起，共开庭10起，行政机关负责人出庭10起，出庭率100%。",
        "截至目前，我局行政许可审批事项16项，由原总时限320天，压缩为32天，压缩率90%；行政许可事项即办件比例达到55%以上，全程网办率100%。",
        "2021年区城市管理局共收到行政应诉案8件，除3件未开庭审理外，其余5件均有我局相关负责人出庭应诉，出庭应诉比例达到100%。",
        "2020年，我局为被告的行政诉讼案件8件，局主要负责人出庭应诉7件（1件未开庭），行政负责人出庭应诉率为100%。",
        "推行“721工作法”，70%的问题用服务手段解决、20%的问题用管理手段解决、10%的问题用执法手段解决。",
        "全年共办结行政复议案件56件，其中纠错7件，纠错率12.5%。",
        "全年共受理案件3件，办结2件，办结率66.7%。",
        "截止目前，区城管委发送短信2045条，满意率98.3%，微信扫码615条，满意率99.93%。",
        "全年共办理行政处罚案件50件，同比增长25%，结案率100%。",
        "共抽查企业13次（合格率100%），抽取执法人员26人次，报送失信企业16家。",
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占全市的15%。",
    ],
)
def percent_mismatch(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    model = doc.quantities
    for s_start, s_end, quantities in model.sentences(doc.paragraphs):
        if len(quantities) < 3 or not any(q.kind == "percent" for q in quantities):
            continue
        segment_start = s_start
        for q in quantities:
            if q.kind != "percent":
                continue
            finding = _judge_rate(folded, model, q, s_start, segment_start, s_end, quantities)
            segment_start = q.end  # the next rate reads the counts after this one
            if finding is not None:
                yield finding


def _judge_rate(folded, model_years, q, s_start, segment_start, s_end, quantities) -> Optional[Finding]:
    if q.in_range or q.unit != "%":
        return None
    words = [m.text for m in q.marks]
    if words and not (all(w in _LOWER_BOUND for w in words) or all(w in _UPPER_BOUND for w in words)):
        return None  # 约85%: no rounding to hold it to
    rate = _rate_of(folded, q, s_start)
    if rate is None:
        return None
    counts = [c for c in quantities if segment_start <= c.start and c.end <= rate.start
              and c.kind == "count" and c.exact and c.unit not in KIND_UNITS]
    if len(counts) < 2:
        return None
    if rate.kind == "share":
        numerators = [counts[-1]]
    else:
        numerators = [c for c in counts if _mentions(folded, c, rate.stem, segment_start, s_end)]
        if not numerators and rate.kind == "change" and _states_both_ends(folded, model_years, counts, segment_start):
            numerators = counts  # 2022年…80件，2023年…60件，下降了20%
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
    x, others = candidates[-1]
    value, formula = _shown_reading(folded, rate, x, others, segment_start, s_end)
    name = folded[rate.start:q.start].rstrip("为是达到已高仅约均了 ")
    stated = q.number.replace(" ", "") + ("%" if q.kind == "percent" and not q.number.startswith("百分之") else "")
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
        related=tuple(Related(c.start, c.unit_end, Msg("计算所用数字", "a count the rate is computed from")) for c in (x, max(others, key=lambda o: o.value))),
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
    a, b = _chunk(folded, c, floor, ceiling)
    text = folded[a:b]
    return any(stem[i:i + 2] in text for i in range(len(stem) - 1))
