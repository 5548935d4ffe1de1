"""One metric, two values: a figure the report states differently in two places (PR-001).

The metric of a count is read from the words next to it ("复议案件6件",
"11件行政处罚案件被申请行政复议"), segmented with jieba, never from a list of
known metrics.  Two figures are compared only when nothing says they differ in
scope: the same explicit year, neither cumulative (累计, 以来) unless both are,
the same territorial scope (全区, 全市 ...), neither a part of a breakdown
(其中 …), both exact.  Then:

- the same key with two values is a conflict ("诉讼案件17件" twice is not);
- a key that holds another plus more words names a subset of it ("复议案件" ⊂
  "行政处罚案件被申请行政复议"), which may be smaller, never larger.

Everything else is left alone: a report that states a figure once per section
for different subjects is common, and one false alarm costs more than a miss.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterator, List, Tuple

from lintlaw import segment
from lintlaw.document import Document
from lintlaw.finding import Finding, Msg, Related
from lintlaw.numbers import KIND_UNITS, Quantity, TIME_UNITS, quantities
from lintlaw.registry import rule

_CLAUSE_BREAK = "，、；：（）。！？"
_CUMULATIVE = re.compile(r"以来|累计|截至|截止|至今|期间|先后|历年|近[\d一二三四五六七八九十]+年|[至到—－-]\s*\d{4}年")
_SCOPE = re.compile(r"全国|全省|全市|全区|全县|全州|全旗|全镇|全街|全系统|全行业|各级|各地|省级|市级|区级|县级|镇街|街镇|乡镇")
_PART_MARKER = re.compile(r"其中|分别|包括|包含|（含")
# Units whose totals are not a metric of the report year (time spans, multiples, scores).
_SKIP_UNITS = frozenset(["%", "倍", "分", "岁", "周年", "个百分点", "百分点"]) | TIME_UNITS | KIND_UNITS
# Words that end the phrase naming a count, looking back from the number.
_BOUNDARY = frozenset(
    "的 为 有 是 共 共计 累计 合计 总计 了 其中 对 向 将 把 达 达到 约 计 中 在 于 以 后 前 并 均 已 再 又 还 另"
    " 全年 年度 今年 本年 当年 同比 较 比 增加 减少 增长 下降 其他 其它 分别".split()
)
_STOP = frozenset(
    "的 了 被 有 为 是 在 等 各类 各 共 共计 累计 全年 年度 我 我局 局 本局 我委 我办 本 其中 以 中 均 已 及 和 与 或"
    " 并 将 对 向 把 从 由 所 之 其 该 这 此 一 上 下 新 年 次 件 起 个 项 名 人 元"
    # Intake verbs do not change what is counted: 受理复议案件 = 复议案件.
    " 收到 受理 接收 新收 共有 涉及 发生 行政".split()
)
_MAX_KEY = 8  # words; a longer "key" is a whole clause, not a metric
_COORDINATION = frozenset("及 和 与 或 以及 、 等 并".split())
# Stages that can count more than the cases received (carried over from last year):
# "办结复议案件60件" is not a subset of "受理复议案件56件".
_STAGES = frozenset("办理 办结 结案 审结 办复 答复 处理 处置 化解 调解 移送 转办 完成 结转 审理".split())
# Nouns that name what a formal statistic counts.  A key must end a word with one
# of them and say more than the bare noun ("复议案件", "执法人员", not "案件") to be
# a metric; activity counts ("宣传活动9次") vary by section and are not compared.
_HEADS = (
    "案件 案卷 事项 人员 干部 企业 单位 文件 规范性文件 线索 纠纷 工单 投诉 举报 诉求 来信 来访 信访件"
    " 建议 提案 决定 决策 合同 申请 许可 处罚 复议 诉讼".split()
)


# Every usable metric holds a word ending in a head noun, so a clause without one
# can conflict with nothing and is never segmented.
_HEAD = re.compile("|".join(sorted(_HEADS, key=len, reverse=True)))


def _normalize(word: str) -> str:
    if word.startswith("行政") and len(word) > 2:
        return word[2:]  # 行政复议 = 复议, 行政诉讼 = 诉讼
    return word


def _content(words) -> List[str]:
    out = []
    for word in words:
        word = word.strip()
        if not word or word in _STOP or any(c.isdigit() for c in word):
            continue
        if not re.search(r"[\u4e00-\u9fff]", word):
            continue
        out.append(_normalize(word))
    return out


@dataclass(frozen=True)
class _Figure:
    q: Quantity
    sentence: int  # where its sentence starts
    year: int
    cumulative: bool
    scope: FrozenSet[str]
    clause: Tuple[int, int]


@dataclass(frozen=True)
class _Metric:
    key: FrozenSet[str]
    coordinated: bool  # 复议及诉讼案件: a union, not a subset

    @property
    def usable(self) -> bool:
        # "办理案件" says only "cases": a stage verb is not a qualifier.
        words = self.key - _STAGES
        has_head = any(word.endswith(head) for word in words for head in _HEADS)
        return has_head and sum(len(word) for word in words) >= 4


def _clause_of(folded: str, q: Quantity, floor: int, ceiling: int) -> Tuple[int, int]:
    a = q.start
    while a > floor and folded[a - 1] not in _CLAUSE_BREAK:
        a -= 1
    b = q.end
    while b < ceiling and folded[b] not in _CLAUSE_BREAK:
        b += 1
    return a, b


def _figures(doc: Document) -> List[_Figure]:
    """Exact counts in sentences that name one year: the figures worth comparing."""
    folded = doc.folded
    model = quantities(doc)
    out: List[_Figure] = []
    for s_start, s_end, items in model.sentences(doc.paragraphs):
        years = model.years_between(s_start, s_end)
        if not years:
            continue
        part_from = None
        marker = _PART_MARKER.search(folded, s_start, s_end)
        if marker:
            part_from = marker.start()
        for q in items:
            if q.kind != "count" or not q.exact or q.unit in _SKIP_UNITS:
                continue
            if part_from is not None and q.start > part_from:
                continue  # a part of a breakdown: its scope is its total
            before = [y for y in years if y.end <= q.start]
            if not before or len({y.value for y in before}) > 1:
                continue  # no year, or two years: the period is not clear
            head = folded[s_start:q.start]
            out.append(_Figure(
                q=q,
                sentence=s_start,
                year=before[-1].value,
                cumulative=bool(_CUMULATIVE.search(head)),
                scope=frozenset(_SCOPE.findall(head)),
                clause=_clause_of(folded, q, s_start, s_end),
            ))
    return out


def _metric(doc: Document, fig: _Figure) -> _Metric:
    """The words that say what ``fig`` counts: the noun phrase before the number, or
    when the number comes first ("11件行政处罚案件被申请行政复议"), the words after it."""
    folded = doc.folded
    a, b = fig.clause
    before_words = list(segment.cut(folded[a:fig.q.start])) if fig.q.start > a else []
    phrase: List[str] = []
    for word in reversed(before_words):
        if word in _BOUNDARY or any(c.isdigit() for c in word):
            break
        phrase.append(word)
        if len(phrase) >= 4:
            break
    phrase.reverse()
    words = _content(phrase)
    used = phrase
    if not words and fig.q.end < b:
        after = list(segment.cut(folded[fig.q.end:b]))[:6]
        words = _content(after)
        used = after
    coordinated = any(w in _COORDINATION for w in used)
    return _Metric(frozenset(words), coordinated)


def _conflict(a: _Metric, va: float, b: _Metric, vb: float) -> bool:
    """Do two figures of comparable period and scope contradict each other?"""
    if va == vb:
        return False
    if a.key == b.key:
        return a.usable
    if a.coordinated or b.coordinated:
        return False
    if a.key < b.key:  # b counts a subset of what a counts
        return a.usable and vb > va and not (b.key - a.key) & _STAGES
    if b.key < a.key:
        return b.usable and va > vb and not (a.key - b.key) & _STAGES
    return False


@rule(
    code="LL304",
    name="inconsistent-figure",
    severity="warning",
    summary="同一指标在同一年度前后给出不同数值",
    summary_en="One metric for the same period given two different values in one document",
    why=(
        "PR-001 数据前后不一致：同一指标（行政复议案件数、执法人员数等）在报告各处应为同一数值；"
        "数据不准确、未认真校对是公文数字差错的主要来源。只比较年度、口径（累计/本年、全区/本单位）相同、"
        "不属于“其中”分项的数字；子集指标（如“行政处罚案件被申请复议”之于“复议案件”）不得大于总指标。"
    ),
    why_en=(
        "PR-001 same figure, different values: one metric (number of administrative reconsideration cases, "
        "of enforcement officers …) must carry the same value wherever the report states it; inaccurate data "
        "and careless proofreading are the leading sources of number errors in official documents. Only "
        "figures of the same year and scope (cumulative or annual, district-wide or the unit itself), not "
        "parts listed under 其中, are compared; a subset metric may not exceed the metric it belongs to."
    ),
    bad=[
        "2023年以凯里市综合行政执法局为被告的复议案件6件。\n2023年度我局有11件行政处罚案件被申请行政复议，行政诉讼案件17件。",
        "2023年，我局共受理行政复议案件56件，依法全部办结。\n2023年，我局受理行政复议案件58件，维持原行政行为40件。",
        "2022年全局培训执法人员320人次，实现培训全覆盖。\n2022年累计培训执法人员320人次。2022年全局培训执法人员310人次，考试合格率100%。",
        "2021年，区司法局办理法律援助案件412件。\n2021年，区司法局办理法律援助案件421件，挽回经济损失300余万元。",
        "2023年共收到行政诉讼案件12件。\n2023年我局有15件行政处罚案件被提起行政诉讼。",
        "2020年全市共查处违法建设案件236件。\n2020年，全市查处违法建设案件263件，拆除违法建筑4.5万平方米。",
        "2023年办理人大代表建议35件、政协委员提案42件。\n2023年办理人大代表建议53件，办复率100%。",
        "2022年，我局审核规范性文件18件，均按程序报备。\n2022年共审核规范性文件16件。",
    ],
    good=[
        "2023年以凯里市综合行政执法局为被告的复议案件6件；诉讼案件17件，其中10件一审、7件二审。\n2023年度我局行政诉讼案件17件，劳动仲裁纠纷0件。",
        "2023年，我局共受理行政复议案件56件。\n2022年，我局共受理行政复议案件48件。",
        "2023年，我局受理行政复议案件12件。\n2023年，全区共受理行政复议案件156件。",
        "2023年共办理行政处罚案件40件，其中简易程序案件25件。\n2023年，我局普通程序行政处罚案件15件。",
        "2023年，我局受理行政复议案件12件。\n2018年以来，我局累计受理行政复议案件60件。",
        "2023年共办理行政复议案件20件。\n2023年，我局有5件行政处罚案件被申请行政复议。",
        "2023年开展宣传活动9次。\n2023年开展普法宣传活动15次，发放资料3000份。",
        "2023年共受理行政复议及行政诉讼案件30件。\n2023年共受理行政复议案件12件。",
        "2023年受理行政复议案件56件。\n2023年办结行政复议案件60件（含上年结转4件）。",
        "2022年法律顾问审查合同15件。\n2022年法律顾问审查合同15件，提出法律意见40条。",
    ],
)
def inconsistent_figure(doc: Document) -> Iterator[Finding]:
    figures = _figures(doc)
    # Only groups that could disagree need words at all: same unit, year, period
    # kind and scope, two values, two sentences.  Most documents never load jieba.
    groups: Dict[tuple, List[_Figure]] = defaultdict(list)
    for fig in figures:
        groups[(fig.q.family, fig.year, fig.cumulative, fig.scope)].append(fig)
    folded = doc.folded
    metrics: Dict[tuple, _Metric] = {}  # by the words around the number: one segmentation per distinct clause
    for group in groups.values():
        if len({f.q.value for f in group}) < 2 or len({f.sentence for f in group}) < 2:
            continue
        # A conflict needs a usable metric on both sides (equal keys, or one key inside
        # the other), and a usable metric names a head noun.
        group = [f for f in group if _HEAD.search(folded, f.clause[0], f.clause[1])]
        if len({f.q.value for f in group}) < 2 or len({f.sentence for f in group}) < 2:
            continue
        yield from _compare(doc, group, metrics)


def _compare(doc: Document, group: List[_Figure], metrics: Dict[tuple, _Metric]) -> Iterator[Finding]:
    """Each figure against the earlier ones with an equal, smaller or larger key.

    Hash lookups, not all pairs: earlier figures are indexed by their key and by
    every proper subset of it (keys hold a handful of words), so a figure finds
    its equals, the broader metrics it belongs to and the narrower ones in it.
    """
    # key -> {(metric key, value): first figure}: a figure repeated with the same
    # value adds nothing, so a long report repeating its figures stays linear.
    by_key: Dict[FrozenSet[str], Dict[tuple, Tuple[_Figure, _Metric]]] = defaultdict(dict)
    by_subset: Dict[FrozenSet[str], Dict[tuple, Tuple[_Figure, _Metric]]] = defaultdict(dict)
    folded = doc.folded
    for fig in group:
        around = (folded[fig.clause[0]:fig.q.start], folded[fig.q.end:fig.clause[1]])
        metric = metrics.get(around)
        if metric is None:
            metric = metrics[around] = _metric(doc, fig)
        if not metric.key or len(metric.key) > _MAX_KEY:
            continue
        subsets = list(_proper_subsets(metric.key))
        candidates = list(by_key[metric.key].values()) if metric.key in by_key else []
        if metric.key in by_subset:
            candidates += by_subset[metric.key].values()  # earlier, narrower metrics
        for subset in subsets:
            if subset in by_key:
                candidates += by_key[subset].values()  # earlier, broader metrics
        for earlier, m_earlier in sorted(candidates, key=lambda c: c[0].q.start):
            if earlier.sentence != fig.sentence and _conflict(m_earlier, earlier.q.value, metric, fig.q.value):
                yield _finding(doc, earlier, fig)
                break
        entry = (metric.key, fig.q.value, metric.coordinated)
        by_key[metric.key].setdefault(entry, (fig, metric))
        for subset in subsets:
            by_subset[subset].setdefault(entry, (fig, metric))


def _proper_subsets(key: FrozenSet[str]) -> Iterator[FrozenSet[str]]:
    words = sorted(key)
    for size in range(1, len(words)):
        for combo in combinations(words, size):
            yield frozenset(combo)


def _finding(doc: Document, earlier: _Figure, later: _Figure) -> Finding:
    first = doc.text[earlier.clause[0]:earlier.clause[1]].strip()
    second = doc.text[later.clause[0]:later.clause[1]].strip()
    line, _ = doc.position(earlier.q.start)
    return Finding(
        start=later.q.start,
        end=later.q.unit_end,
        message=Msg(
            f"{later.year}年的同一指标前后数值不一致：此处“{second}”，第{line}行“{first}”",
            f"The same {later.year} figure is given two values: here “{second}”, on line {line} “{first}”",
        ),
        help=Msg(
            "核对原始统计数据，统一两处数值；若两处统计口径确实不同（不同主体、时段或范围），请在文中写明口径",
            "Check the source data and give one value in both places; if the two really measure different "
            "things (another body, period or scope), say so in the text",
        ),
        related=(Related(earlier.q.start, earlier.q.unit_end, Msg(f"此前给出的数值：{earlier.q.number}{earlier.q.unit}",
                                                                   f"the value given before: {earlier.q.number} {earlier.q.unit}")),),
    )
