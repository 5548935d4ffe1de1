"""Structures given in shares, which must make 100.

A ratio of three or more percentages (三次产业结构 8.5∶38.2∶53.3) and an
enumeration of shares of one whole (从案件类型看，A类占42.6%，B类占23.8%，…，
其他占18.5%) add up to 100, within the rounding of the places written.  An
enumeration is held to it only when it says it covers the whole: it is
introduced as a breakdown (从…看, 按…分, …构成, …结构), closes with 其他/其余, or is
a pair that splits the whole between them (男性占…，女性占…);
shares that overlap (男性占52%，35岁以下占30%) are not one structure.  The three
industries' shares (贡献率, 比重) make 100 too, given together (分别为a%、b%和c%) or one
clause each (第一产业增加值占…比重为a%，第二产业增加值比重为b%，…).
"""
from __future__ import annotations

import re
from typing import Iterator, List, Optional

from .claims import Mismatch, Used, num
from .precision import EPS
from .quantities import NumberSentence, Quantity
from ..document import offsets_of
from ..lazy_re import lazy
from .reading import back_to, begin, chunk_before, written
from .sums import complementary

# (the colons a report's editor may type between the shares: ASCII, full-width, the ratio sign ∶ U+2236, the
# presentation forms ︰ U+FE30 and ﹕ U+FE55)
_RATIO = re.compile(r"(\d{1,3}(?:\.\d{1,2})?)(?:\s*[∶:：︰﹕]\s*(\d{1,3}(?:\.\d{1,2})?)){2,5}")
_RATIO_PART = lazy(r"\d{1,3}(?:\.\d{1,2})?")
# (三次产业比调整为11.8︰48.3︰39.9: the three industries named before a ratio say it is their structure)
_STRUCTURE_ANCHORS = ("结构", "比例", "之比", "比为", "比重", "构成", "三次产业", "产业比")
_BREAKDOWN_INTRO = lazy(r"从[^，。；]{1,12}(?:看|来看|上看|分析)|按[^，。；]{1,12}分|构成|结构|分布|组成")
_CLOSING_ITEM = lazy(r"其他|其余|其它|剩余")
_NOT_ONE_WHOLE = lazy(r"同比|环比|增长|下降|提高|降低|增加|减少|较|率")
# The three industries' contributions to growth, or their shares of the whole, given together
# (三次产业对经济增长的贡献率分别为10.2%、45.1%和44.7%): every industry is named, so they make 100.
_INDUSTRY_SHARES = lazy(r"(?:三次产业|第一、二、三产业|第一、第二、第三产业|一二三产业|一、二、三产业)"
                        r"[^。；，\d%]{0,14}?(?:贡献率|比重|占比)(?:分别)?(?:为|是|达到|达)?\s*$")

# 第二产业增加值比重为39.9%; 占生产总值的比重为4.1%: a share of the whole, said of the industry named before it.
_SHARE_WORDS = lazy(r"(?:比重|占比)(?:为|是|达到|达)?\s*$")
_INDUSTRY_NAMED = lazy(r"第(?P<n>[一二三])产业")


# The change of a share in points, said right before its figure: 比重下降1.2个百分点, 占比提高0.3个百分点, 上升.
_POINTS_CHANGE = lazy(r"(?:比上年|较上年|同比|与上年相比)?(?P<dir>上升|提高|提升|增加|增长|扩大|下降|回落|降低|减少|下滑|收窄|缩小)了?(?:约)?$")
_DOWN = frozenset(["下降", "回落", "降低", "减少", "下滑", "收窄", "缩小"])
_NOT_A_SHARE = lazy(r"拉动|贡献|增速|增幅|增长率|率")
_SHARE_NAMED = lazy(r"比重|占比|比例|所占")
_STRUCTURE_LEAD = lazy(r"结构|比重|占比")
_INDUSTRY_OF = lazy(r"第(?P<n>[一二三])产业|(?<![一二三])(?P<n2>[一二三])产")


# A share that names its whole: 占总数的42.2%, 占全部火灾的30.8%, 占全市的比重为21.3%.
_NAMED_WHOLE = lazy(r"占(?!比)(?P<base>[^，；。：\d%]{1,8}?)的?(?:比重|比例)?(?:为|达到|达|是)?$")


# Names joined by 、/和, then 分别占 and their shares (男性、女性分别占52.3%、47.7%).
_NAMES_RESPECTIVELY = lazy(r"(?P<names>[\u4e00-\u9fff]{1,8}(?:(?:、|和|及|与)[\u4e00-\u9fff]{1,8}){1,7}?)(?:的|人数|数量)?分别占(?:比)?(?:为|达)?")
# A share said as the rate of its half of a whole: 优良天数比例为78.8%, 超标天数比例22.1%, 不合格率… (see _HALVES).
_RATE_NAMED = lazy(r"(?P<name>[\u4e00-\u9fff]{2,6}?)(?:天数)?(?:比例|比率|占比)(?:为|达到|达|是)?$")
# The halves a bulletin splits a whole into by definition, named before 比例.
_HALVES = (("优良", "超标"), ("达标", "超标"), ("达标", "不达标"), ("合格", "不合格"))


_A_SHARE = ("各部分所占比重", "a share of the whole")
_AN_INDUSTRY = ("一个产业的比重", "one industry's share")


class StructureReader:
    """Ratios and enumerations of shares in one paragraph's number sentences, checked."""

    def __init__(self, folded: str, text: str):
        self.folded = folded
        self.text = text

    def ratios(self) -> Iterator[Mismatch]:
        """8.5∶38.2∶53.3 after 结构/比例: the parts make 100."""
        folded = self.folded
        seen = set()
        for anchor in offsets_of(folded, _STRUCTURE_ANCHORS):
            stop = min(len(folded), anchor + 80)
            for end_mark in "。；\n":
                at = folded.find(end_mark, anchor, stop)
                if at >= 0:
                    stop = at
            for m in _RATIO.finditer(folded, anchor, stop):
                if m.start() not in seen:
                    seen.add(m.start())
                    yield from self._ratio(m)

    def _ratio(self, m: "re.Match[str]") -> Iterator[Mismatch]:
        folded = self.folded
        if m.start() > 0 and (folded[m.start() - 1].isdigit() or folded[m.start() - 1] == "."):
            return
        if m.end() < len(folded) and (folded[m.end()].isdigit() or folded[m.end()] in "%.年月日时"):
            return
        parts = _RATIO_PART.findall(m.group(0))
        total = sum(float(p) for p in parts)
        decimals = max((len(p.split(".")[1]) if "." in p else 0) for p in parts)
        tolerance = 0.5 * 10.0 ** -decimals * len(parts) + EPS
        if abs(total - 100) <= tolerance or abs(total - 100) > 15:
            return  # it makes 100, or it is no percentage structure (1∶2∶3)
        yield Mismatch("structure", m.start(), m.end(), self.text[m.start():m.end()], "100",
                       f"{' + '.join(parts)} = {num(total)}", (), name="各部分之和")

    def check(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        """从案件类型看，A占42.6%，B占23.8%，…，其他占18.5%: the shares of one whole make 100."""
        folded = self.folded
        groups: List[List[Quantity]] = [[]]
        last_end = sentence.start
        base = None  # the whole the group's shares name (占总数的…), once one does
        for q in sentence.items:
            if "；" in folded[last_end:q.start]:
                # (农村…，占总数的42.2%；县城…，占总数的30.8%；…: shares of one named whole go on past a semicolon; a
                # new view, 从…看, or shares that name no whole, start anew)
                semi = folded.rfind("；", last_end, q.start)
                if base is None or _BREAKDOWN_INTRO.search(folded, semi, q.start):
                    groups.append([])
                    base = None
            last_end = q.end
            if q.kind == "percent":
                words = chunk_before(folded, q, sentence.start)
                named = _NAMED_WHOLE.search(words)
                if q.unit == "%" and q.exact and not q.in_range and not _NOT_ONE_WHOLE.search(words) and (
                        words.endswith(("占", "占比", "占比为", "占到", "约占"))
                        or named is not None and (base is None or named.group("base") == base or not groups[-1])):
                    if named is not None:
                        if groups[-1] and base is not None and named.group("base") != base:
                            groups.append([])
                        base = named.group("base")
                    groups[-1].append(q)
                else:
                    groups.append([])  # a rate of another kind breaks the enumeration
                    base = None
        found_any = False
        for group in groups:
            found = self._judge_shares(sentence, group)
            if found is not None:
                found_any = True
                yield found
        if not found_any and "比例" in folded[sentence.start:sentence.end]:
            yield from self._complement_rates(sentence)
        if not found_any and "分别占" in folded[sentence.start:sentence.end]:
            yield from self._shares_respectively(sentence)
        text = folded[sentence.start:sentence.end]
        if "产业" in text:
            yield from self._industry_shares(sentence)
            yield from self._industry_shares_one_by_one(sentence)
        if "百分点" in text and ("比重" in text or "占比" in text or "比例" in text or "结构" in text):
            yield from self._share_changes(sentence)

    def _share_changes(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"第一产业比重下降1.2个百分点，第二产业比重上升0.5个百分点，第三产业比重上升0.6个百分点" / "城镇人口比重提高1.1个
        百分点，乡村人口比重下降1.1个百分点": the changes in points of the shares of one whole, every part of it named (the
        three industries in turn; the two halves of a pair), net to zero, within the rounding of the places written.
        One clause a change (上升/提高 vs 下降/回落), the share's word in the first (or before it: 三次产业结构…，第一产业下降…,
        二产上升…); not what an industry drew (拉动 GDP 增长 n 个百分点), nor its contribution, nor a growth rate."""
        folded = self.folded
        clauses: List[tuple] = []  # (words before the change, signed change, the quantity)
        for q in sentence.items:
            if q.kind != "points" or not q.exact or q.in_range:
                continue
            start = back_to(folded, begin(q), sentence.start, "，；：。（")
            m = _POINTS_CHANGE.search(folded, start, begin(q))
            if m is None or m.end() != begin(q) or _NOT_A_SHARE.search(folded, start, begin(q)):
                clauses.append(None)
                continue
            sign = -1 if m.group("dir") in _DOWN else 1
            clauses.append((folded[start:m.start()], sign * q.value, q))
        for size in (3, 2):
            for i in range(len(clauses) - size + 1):
                group = clauses[i:i + size]
                if any(c is None for c in group):
                    continue
                words = [w for w, _, _ in group]
                if size == 3:
                    which = [_INDUSTRY_OF.search(w) for w in words]
                    if any(x is None for x in which) or [x.group("n") or x.group("n2") for x in which] != ["一", "二", "三"]:
                        continue
                    lead = folded[max(sentence.start, begin(group[0][2]) - 60):begin(group[0][2])]
                    if not _SHARE_NAMED.search(words[0]) and not _STRUCTURE_LEAD.search(lead):
                        continue
                else:
                    if not (complementary(words) and all(_SHARE_NAMED.search(w) for w in words)):
                        continue
                    if i + 2 < len(clauses) and clauses[i + 2] is not None:
                        continue  # (a third share after the pair: not two halves)
                total = sum(v for _, v, _ in group)
                tolerance = 0.5 * 10.0 ** -max(q.decimals for _, _, q in group) * size + EPS
                if size == 2 and group[0][2].decimals == group[1][2].decimals:
                    tolerance = EPS  # (one change, up and down: the same figure rounded alike)
                if abs(total) <= tolerance or abs(total) > 10:
                    continue
                qs = [q for _, _, q in group]
                start, end = begin(qs[0]), qs[-1].end
                shown = " ".join(("+ " if v > 0 else "− ") + written(q) for _, v, q in group).lstrip("+ ")
                if shown.startswith("− "):
                    shown = "−" + shown[2:]
                yield Mismatch("structure", start, end, self.text[start:end], "0",
                               f"{shown} = {num(total)}（个百分点）",
                               tuple(Used(q.start, q.end, "一部分比重的增减", "the change of one part's share") for q in qs),
                               name="各部分比重增减之和")
                return

    def _shares_respectively(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"男性、女性分别占52.3%、48.9%" / "城区、乡镇、其他区域分别占41.6%、33.1%、25.3%": the parts named first, then
        their shares with 分别占: the halves of a whole, or a list closed by 其他, make 100."""
        folded = self.folded
        for m in _NAMES_RESPECTIVELY.finditer(folded, sentence.start, sentence.end):
            names = [n for n in re.split(r"、|和|及|与", m.group("names")) if n]
            group = [q for q in sentence.items if m.end() <= q.start < m.end() + 12 * len(names)][:len(names)]
            if len(names) < 2 or len(group) != len(names) or not all(
                    q.kind == "percent" and q.unit == "%" and q.exact and not q.in_range for q in group):
                continue
            joins = [folded[a.end:begin(b)] for a, b in zip(group, group[1:])]
            if begin(group[0]) - m.end() > 2 or any(j not in ("、", "，", "和", "及") for j in joins):
                continue
            if not (len(names) == 2 and complementary(names) or _CLOSING_ITEM.search(names[-1])):
                continue
            total = sum(q.value for q in group)
            tolerance = sum(0.5 * 10.0 ** -q.decimals for q in group) + EPS
            if abs(total - 100) <= tolerance or abs(total - 100) > 15:
                continue
            yield self._not_the_whole(begin(group[0]), group, total, _A_SHARE, "各部分所占比重之和")

    def _complement_rates(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"优良天数比例为78.8%，…；平均超标天数比例为22.1%": the shares of the two halves a bulletin splits a whole
        into by definition (days up to the standard and over it; passed and failed), each said as X比例为a%, in one
        sentence however far apart: they make 100."""
        folded = self.folded
        named: List[tuple] = []
        for q in sentence.items:
            if q.kind != "percent" or q.unit != "%" or not q.exact or q.in_range:
                continue
            m = _RATE_NAMED.search(folded, back_to(folded, begin(q), sentence.start, "，；：。（"), begin(q))
            if m is not None:
                named.append((m.group("name"), q))
        for i, (a, qa) in enumerate(named):
            for b, qb in named[i + 1:]:
                pair = next(((x, y) if a.endswith(x) else (y, x) for x, y in _HALVES
                             if a.endswith(x) and b.endswith(y) or a.endswith(y) and b.endswith(x)), None)
                if pair is None:
                    continue
                total = qa.value + qb.value
                tolerance = 0.5 * 10.0 ** -qa.decimals + 0.5 * 10.0 ** -qb.decimals + EPS
                if abs(total - 100) <= tolerance or abs(total - 100) > 15:
                    return
                yield Mismatch("structure", begin(qb), qb.end, self.text[begin(qb):qb.end], "100%",
                               f"{written(qa)}% + {written(qb)}% = {num(total)}%",
                               (Used(qa.start, qa.end, "另一半的比例", "the other half's share"),),
                               name=f"{pair[0]}与{pair[1]}的比例之和")
                return

    def _industry_shares(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """三次产业对经济增长的贡献率分别为10.2%、45.1%和44.7%: three percentages right after the
        industries' contributions or shares, joined by 、 and 和, one for each industry."""
        folded = self.folded
        items = sentence.items
        for i in range(len(items) - 2):
            group = items[i:i + 3]
            if not all(q.kind == "percent" and q.unit == "%" and q.exact and not q.in_range for q in group):
                continue
            head = folded[max(sentence.start, begin(group[0]) - 40):begin(group[0])]
            if not _INDUSTRY_SHARES.search(head):
                continue
            joins = [folded[a.end:begin(b)] for a, b in zip(group, group[1:])]
            if not all(j in ("、", "，") for j in joins[:1]) or joins[1] not in ("、", "和", "，") \
                    or any(folded[q.start - 1:q.start] in ("-", "－", "负") for q in group):
                continue  # (a contribution below zero, -3.1%, is read as 3.1 here: not judged)
            if i + 3 < len(items) and folded[group[-1].end:begin(items[i + 3])] in ("、", "和"):
                continue  # a fourth figure in the run: not the three industries
            total = sum(q.value for q in group)
            decimals = max(q.decimals for q in group)
            tolerance = 0.5 * 10.0 ** -decimals * len(group) + EPS
            if abs(total - 100) <= tolerance or abs(total - 100) > 15:
                return  # it makes 100, or the figures are of something else (拉动 in points)
            yield self._not_the_whole(begin(group[0]), group, total, ("一个产业的贡献率或比重", "one industry's share"),
                                      "三次产业的贡献率（比重）之和")
            return

    def _industry_shares_one_by_one(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """第一产业增加值占国内生产总值比重为7.3%，第二产业增加值比重为39.9%，第三产业增加值比重为52.8%: each
        industry's share of the whole in a clause of its own (its amount and growth may stand between), the
        first, second and third in turn: every industry is named, so they make 100."""
        folded = self.folded
        named: List[tuple] = []  # (which industry, its share)
        since = sentence.start
        for q in sentence.items:
            if q.kind != "percent" or q.unit != "%" or not q.exact or q.in_range:
                continue
            clause = folded[back_to(folded, begin(q), sentence.start, "，；：（"):begin(q)]
            if not _SHARE_WORDS.search(clause) or folded[q.start - 1:q.start] in ("-", "－", "负"):
                continue
            which = list(_INDUSTRY_NAMED.finditer(folded, since, begin(q)))
            since = q.end
            named.append((which[-1].group("n") if which else None, q))
        for i in range(len(named) - 2):
            if [n for n, _ in named[i:i + 3]] != ["一", "二", "三"]:
                continue
            group = [q for _, q in named[i:i + 3]]
            total = sum(q.value for q in group)
            tolerance = 0.5 * 10.0 ** -max(q.decimals for q in group) * len(group) + EPS
            if abs(total - 100) <= tolerance or abs(total - 100) > 15:
                continue
            yield self._not_the_whole(begin(group[0]), group, total, _AN_INDUSTRY, "三次产业的比重之和")

    def _judge_shares(self, sentence: NumberSentence, group: List[Quantity]) -> Optional[Mismatch]:
        folded = self.folded
        # 男性占63.2%，女性占36.8%: two shares whose words split the whole between them cover it
        pair = len(group) == 2 and complementary([chunk_before(folded, q, sentence.start) for q in group])
        if len(group) < 3 and not pair:
            return None
        intro = folded[back_to(folded, begin(group[0]), sentence.start, "。；", reach=60):begin(group[0])]
        closing = chunk_before(folded, group[-1], sentence.start)
        closed = pair or bool(_CLOSING_ITEM.search(closing))
        if not (closed or _BREAKDOWN_INTRO.search(intro)):
            return None
        total = sum(q.value for q in group)
        # (each share rounded to the places it is written in: 31%, 27%, 5.4%, 1.3% may be 100 within 2.2)
        tolerance = sum(0.5 * 10.0 ** -q.decimals for q in group) + EPS
        if total <= 100 + tolerance and (not closed or total >= 100 - tolerance):
            return None
        start = back_to(folded, begin(group[0]), sentence.start, "，；：（")
        return self._not_the_whole(start, group, total, _A_SHARE, "各部分所占比重之和")

    def _not_the_whole(self, start: int, group: List[Quantity], total: float, share, name: str) -> Mismatch:
        """The shares of one whole (``share``: what each is, zh and en) that do not make 100%."""
        end = group[-1].end
        return Mismatch("structure", start, end, self.text[start:end], "100%",
                        f"{' + '.join(written(q) + '%' for q in group)} = {num(total)}%",
                        tuple(Used(q.start, q.end, *share) for q in group), name=name)
