"""sum-mismatch (LL303): totals against their parts, and a stated number of kinds against the list.

Flags only what no reasonable reading of the sentence reconciles: a list that
may be partial is not required to add up, nor one whose part holds a count of
its own ("401人（含内退95人）") once that count is taken out or added.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, List, Optional, Sequence, Tuple

from lintlaw.document import Document, matching_close
from lintlaw.finding import Finding, Msg, Related
from lintlaw.numbers import KIND_UNITS, Quantity, quantities
from lintlaw.registry import rule

from ._arith import _CHUNK_BREAK, _clause_start, _fmt

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
# A bracket that holds a count inside the part before it: "401人（含内退95人）".
_SUBCOUNT = re.compile(r"\s*(?:含|其中|包括|包含)")


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
    subcounts: List[Quantity]  # "正式工401人（含内退95人）": a count inside a part, in brackets right after it


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


def _subcounts_reconcile(total: Quantity, parts: Sequence[Quantity], subcounts: Sequence[Quantity]) -> bool:
    """Do the parts add up once a count inside one of them is taken out or added?

    "1545人，其中正式工401人（含内退95人）、临时工1239人": the retired 95 are
    counted in 401 but not in the 1545 (401 − 95 + 1239 = 1545); the other way
    round, a total may count them apart.
    """
    if not subcounts:
        return False
    t_lo, t_hi = total.bounds
    s_lo, s_hi = _interval_sum(parts)
    eps = 1e-6
    shifts = [x.bounds for x in subcounts]
    if len(subcounts) > 1:
        shifts.append(_interval_sum(subcounts))
    for x_lo, x_hi in shifts:
        if s_lo - x_hi <= t_hi + eps and s_hi - x_lo >= t_lo - eps:
            return True
        if s_lo + x_lo <= t_hi + eps and s_hi + x_hi >= t_lo - eps:
            return True
    return False


def _breakdowns(doc: Document) -> Iterator[_Breakdown]:
    folded = doc.folded
    # Sentences split at 。！？ only: a breakdown often runs on after "；".
    for s_start, s_end, items in quantities(doc).sentences(doc.paragraphs):
        if len(items) < 2:
            continue
        sentence = folded[s_start:s_end]
        if not _MARKER.search(sentence) and "：" not in sentence and "（" not in sentence:
            continue
        for found in _candidate_lists(folded, s_start, s_end, items):
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
            close = matching_close(folded, lead_pos, s_end)
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
    subcounts: List[Quantity] = []
    last_end = list_start
    depth = 0
    opened: List[int] = []  # where the brackets open that hold the current position
    scan = list_start
    for q in quantities:
        if q.start < list_start or q.start >= list_end:
            continue
        gap = folded[last_end:q.start]
        # Bracket depth relative to the list: figures in a nested bracket detail a part.
        for i in range(scan, q.start):
            c = folded[i]
            if c == "（":
                depth += 1
                opened.append(i)
            elif c == "）":
                depth = max(0, depth - 1)
                if opened:
                    opened.pop()
        scan = q.start
        if _NESTED_MARKER.search(gap) or _NEW_TOTAL.search(gap):
            clean = False
            break
        if q.kind != "count" or q.in_range:
            continue
        if depth > 0:
            if unit_family is None or q.family == unit_family:
                clean = False
                if parts and opened and folded[parts[-1].end:opened[-1]].strip() == "" \
                        and _SUBCOUNT.match(folded, opened[-1] + 1):
                    subcounts.append(q)
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
    yield _Breakdown(total, kinds, parts, complete, word, lead_pos, parts[-1].end, clean, subcounts)


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
        "全局现有职工320人，其中在编人员120人（含借调人员15人）、聘用人员215人。",
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
        if (exceeds or short) and not _reconciles(total, parts, b.complete) \
                and not _subcounts_reconcile(total, parts, b.subcounts):
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
