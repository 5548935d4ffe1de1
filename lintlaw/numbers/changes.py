"""Change claims: a figure that went from A to B, and what the text says the change was.

The pair is read from the text's own words: 由A增加到B (or 从A下降至B), B比上年的A
增长…, B，较上年增加N (so A = B − N; the rate may come first: B，同比增长x%，增收N), the
change between the two (由52.0%提高15.6个百分点、达66.6%: held like one after them), or
one figure per year (2022年80件，2023年100件).  A pair's claims end where a figure of
its own begins (企业18家，比上年增加3家，完成总产值86.4亿元，增长7.2%: 7.2% is the output's).  What follows the pair is then held to it:

- 增长/下降/增幅/降幅 x% is (B − A) ÷ A (a cut is (A − B) ÷ A);
- 年均增长 x% is the compound annual rate over the years named, or the simple
  average (either is accepted);
- 提高/下降 x 个百分点 is B − A, a difference of two percentages, never a ratio; a growth
  快/高于/慢/低于 something named x 个百分点 is the difference of the two growth rates (高技术制造业
  增长14.3%，快规上工业8.2个百分点, the 6.1% of 规上工业 written before);
- 增长 x 成 (增长近四成) is the same rate in tenths, its bound (近, 超过, 多) as a share's;
- 翻番 is B = 2A (翻两番, 4A); 增长 x 倍 is B = (1 + x)A (150 to 600: 增长3倍, never 增长4倍;
  增长到4倍 is not read); X 是 Y 的 K 倍 (市级306个，省级50个，市级数量是省级的近5倍) is X ÷ Y
  when each is named by one figure before it;
- 增加/减少/净增 N is B − A (reported by sum-mismatch).

A rate against a base the text does not give (同比增长12.4% alone) is no claim
the figures can contradict, and a target (力争, 目标) is not read at all.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import replace
from typing import Iterator, List, NamedTuple, Optional, Tuple

from .claims import Mismatch, Used, num, pct
from .precision import EPS, interval_shows, readable_rate, scale_of, written_interval
from .quantities import ABOUT, ABOVE, TIME_UNITS, NumberSentence, Quantity
from .reading import SentenceReader, back_to, begin, plain_count, written
from ..lazy_re import lazy

_UP = ("增加", "增长", "增产", "增收", "上升", "提高", "提升", "扩大", "跃升", "攀升", "增至", "升至", "增到", "升到", "增幅", "增速", "涨幅")
_DOWN = ("下降", "减少", "减产", "减收", "降低", "缩短", "缩减", "压缩", "精简", "回落", "降至", "减至", "降到", "减到", "降幅", "减幅", "压减", "削减")
_VERB = re.compile(r"(?:增加|增长|上升|提高|提升|扩大|跃升|攀升|下降|减少|降低|缩短|缩减|压缩|精简|回落|压减|调整|发展|增|升|降|减)了?"
                   r"(?:到|至|为)")
# The period compared with may be a year's part (比2018年上半年的70.60%, 同比2018年前三季度的…).
# A stock is compared with its level at the end of the year before (比上年末（141206万人）减少85万人, 较年初增加…),
# a result with the plan or target it was set (比年度计划（30个）多建6个): the same difference, B − A.
# 由52.0%提高15.6个百分点、达66.6%: the change between A and B, then where it ended.
_BY = lazy(r"(?:增加|增长|上升|提高|提升|扩大|增收|增产|下降|减少|降低|回落|缩短|缩减|压缩|压减|减收|减产)了?")
_THEN_AT = lazy(r"[，、,]?\s*(?:(?:到|至)?(?:19|20)\d\d年(?:底|末)?的?)?(?:(?:增加|增长|上升|提高|提升|下降|减少|降低|回落)?(?:到|至)|达到了?|达|升至|降至|增至|减至|为)")
# 市级数量是省级的近5倍: the figure of X as a multiple of Y's, both named.
_MULTIPLE_OF = lazy(r"(?P<x>[^，；：。\d%]{0,12}?)(?P<is>是|为|相当于|达到)(?P<y>(?:(?:19|20)\d\d年)?[^，；：。\d%（）]{0,12}?)的(?:近|将近|接近|约|大约|超过|逾|超)?")
# 比上年增收640万元，达到8650万元: after the increment, the figure it reached (its measure named again or not).
_REACHED = lazy(r"[，、,]\s*(?:总数|总量|总额|数量|累计|全年)?(?:达到了?|达|增至|升至|降至|减至|增加到|下降到|减少到|至|到)")
_COMPARE = re.compile(r"(?:较|比|与|同比)(?:(?:上年|去年|上一年|上年度)(?:年末|年底|末|底)|年初|(?:年度|全年)?(?:计划|目标)(?:任务)?(?=（|的\d)|"
                      r"上年|去年|上一年|上年度|上年同期|同期|20\d\d年"
                      r"(?:同期|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|全年)?)(?:同期)?的?|同比")
# Words before a percentage that make it the rate of the change.
_RATE_WORD = re.compile(r"(?:增长|增加|上升|提高|提升|增幅|增速|增长率|涨幅|下降|减少|降低|降幅|减幅|压缩|缩短|缩减|精简|削减|"
                        r"压缩率|下降率|回落|(?:压减|压缩|精简|缩减|削减|减少|下降)(?:比例|比率|幅度|率))(?:了|为|达|达到|约|近|超过)?\s*$")
_POINTS_WORD = lazy(r"(?:增长|增加|上升|提高|提升|下降|减少|降低|回落)(?:了|约|近)?\s*$")
_NET_WORD = lazy(r"(?:(?:增加|减少|净增|净减|新增|增长|下降|多|少|精简|压减)(?:了|约|近)?|(?<![至最较更])(?:多|少)"
                 r"(?:建|完成|改造|招|支出|收|增|减|开展|办理|培训|新增|实施)了?)\s*$")
_TIMES_WORD = lazy(r"(?:增长|增加|提高|扩大|提升)(?:了|约|近)?\s*$")
_DOUBLE = re.compile(r"(近|接近|基本|近乎|几乎)?(?:实现|已经|已)?翻(?:了)?([一两二三])?番")
_CHANGE_WORDS = re.compile("|".join(_UP + _DOWN + ("净增", "净减", "新增", "增", "减", "多", "少", "翻", "压缩率", "下降率", "增长率")))
# Words before a change word that name no subject of their own.
_NOT_A_SUBJECT = re.compile(r"同比|环比|比上年|较上年|比去年|较去年|较上一年|较同期|分别|累计|共计|共|约|总体|整体|"
                            r"年均|平均每年|平均|实现|已|了|为|达|数量|总量|规模|\s")
_ANNUAL = re.compile(r"年均|平均每年|每年平均")
_PER_YEAR = lazy(r"年均|平均每年|每年平均|年平均|平均每|每年|每月|月均|日均|平均")
_YEAR_OVER_YEAR = re.compile(r"同比|环比|比上年|较上年|比去年|较去年")
# How a base written after its rate names its period: （上年同期500件）, （2022年为500件）.
_BASE_PERIOD = lazy(r"（(?:上年|去年|上一年|上年度|20\d\d年)(?:同期|度)?(?:为|是|共|有)?")
_TARGET = re.compile(r"力争|目标|预期|预计|计划|确保|争取")
# The clause of the other year's rate with its name left out (2022年为91.2%).
_BARE_RATE_CLAUSE = lazy(r"(?:同期|全年)?(?:为|是|达|达到)")
# A ratio of two groups to one (城乡居民收入比为2.3:1), the groups its name joins, and how far back their figures stand.
_TWO_RATIO = lazy(r"(?P<name>[\u4e00-\u9fff]{2,12}?(?:之比|比例|比))(?:为|是|达|达到|缩小至|缩小到|缩小为|扩大至|扩大到|降至|降为|"
                  r"下降至|下降到|调整为)?\s*(?P<a>\d+(?:\.\d+)?)\s*[:：∶]\s*1(?![\d.．:：∶])")
_RATIO_THEN = lazy(r"[，,]?\s*(?:缩小|扩大|下降|降|调整|变)(?:至|到|为)")
_RATIO_GROUPS = (("城乡", ("城镇|城市", "农村|乡村")), ("男女", ("男", "女")))
_RATIO_BACK = 200
# A change in points said with no comparison word (，提高9.7个百分点): the comma before it.
_BARE_POINTS = lazy(r"[，,](?=(?:提高|上升|下降|降低|增加|减少)了?\d+(?:\.\d+)?个百分点)")


class _Stretch(NamedTuple):
    start: int
    end: int
    items: list


# A change said with no comparison word (，增长8.2%): the comma before it.
# 受理156件，是上年的1.3倍: the multiple itself of the year before's figure (no growth word), the figure
# given in the sentence before or compared with in this one (较2023年的120件).
_MULTIPLE_OF_PERIOD = lazy(r"(?:同比)?(?:是|为|相当于|达到?)(?:上年|去年|上一年|上年同期|去年同期|同期|(?:19|20)\d\d年(?:同期)?)的?(?:近|约|接近|将近)?\s*$")
_MULTIPLE_PERIOD = lazy(r"[，,](?=(?:是|为|相当于)(?:上年|去年|上一年)(?:同期)?的(?:近|约)?\d+(?:\.\d+)?倍)")
_MULTIPLE_SAID = lazy(r"(?:是|为|相当于)(?:上年|去年|上一年)(?:同期)?(?=的)")
_BARE_CHANGE = lazy(r"[，,](?=(?:增长|下降|增加|减少|上升|提高|降低)了?\d)")
# A year (2023年) and the words any count's clause may carry besides its name.
_YEAR_WORDS = lazy(r"(?:19|20)\d\d年(?:度|全年)?|全年|共计|共|累计|合计|全市|全县|全区|全省|本市|本县|本区")
# 同比增长20%，上年为120件: the base in the clause after the rate, named by its period.
_PERIOD_THEN = lazy(r"[，,](?:(?:上年|去年|上一年|上年度)(?:同期)?(?:全年)?|(?P<year>(?:19|20)\d\d)年(?:同期|全年)?)(?:为|是)")
# 受理97件134人，去年同期为197件375人，同比分别下降50.8%、64.3%: the figures of the same period a
# year before (or of the year before: 上年为500件), in the clause right after this period's, then
# the change between them.
# (市本级新收3326件（2023年为867件），同比增长238.6%: the year before named by its number, in a
# bracket right after this year's figure)
_SAME_PERIOD = lazy(r"(?:去年|上年|上一年|(?<=（)(?:19|20)\d\d年)(?:同期(?:共|全年)?(?P<verb>[\u4e00-\u9fff]{2})?(?:为|是|有|共|分别为)?|(?:全年)?(?:为|是|分别为))")
# 失业率3.37%，比目标4%低0.63个百分点: a percentage against another written in the clause
# after it (a target, the average of a wider area), the gap in points between them.
_GAP_AGAINST = lazy(r"(?:比|较)[^，；。：\d]{0,14}?$")
# 增速快全市规上工业9.2个百分点 / 快于全省2.1个百分点 / 比全市平均水平高1.3个百分点: the gap of a
# growth rate to another's, named.
_RATE_GAP = lazy(r"(?:增速|增幅|增长速度|分别)?(?P<w>快|慢|高|低)(?:于|出|过)?(?P<name>[^，；。：\d%（）]{2,16}?)(?:的?(?:增速|增幅|增长速度))?(?:约|近)?")
_RATE_GAP_AGAINST = lazy(r"(?:增速|增幅|增长速度)?(?:比|较)(?P<name>[^，；。：\d%（）]{2,16}?)(?:的?(?:增速|增幅|增长速度))?"
                         r"(?P<w>快|慢|高|低)(?:出|了)?(?:约|近)?")
_PLACE_BEFORE = lazy(r"(?:全国|全省|全市|全县|全区|全州|全盟|全旗|本市|本省|本县|本区|全部)$")
_SCOPE = lazy(r"^(?:全国|全省|全市|全县|全区|全州|全盟|全旗|本市|本省|本县|本区|同期|全部)+")
# The growth written after a name: 规上工业增加值增长6.1%, 规上工业同比下降2.1%.
_NAMED_GROWTH = lazy(r"(?:增加值|营业收入|产值|投资|总额)?(?:同比|比上年|较上年)?(?:(?P<up>增长|上升)|(?P<down>下降|回落))(?:了)?")
_GROWTH_BEFORE = lazy(r"(?:(?P<up>增长|上升|增速为?|增幅为?)|(?P<down>下降|回落))(?:了|为)?$")
_GAP_WORD = lazy(r"^(?:的)?(?:要|还|仍)?(?:低|高)(?:出|了)?(?:约)?$")
# 办结率95.2%，高于全省平均水平（90.6%）4.6个百分点: the gap word before the name, the other rate in
# brackets as a gloss of it, the points right after.
_GAP_OVER = lazy(r"(?:高于|低于|高出|超过|超出|优于)[^，；。：\d（）]{2,14}?[（(]$")
# 办结率95.2%，比全省平均水平高4.6个百分点（全省为90.6%） / 高于全省平均水平4.6个百分点（全省90.6%）: the
# other rate after the points, in brackets naming the place or the average it is.
_GAP_THEN = lazy(r"(?:(?:比|较)[^，；。：\d（）]{2,14}?(?:要|还|仍)?(?:低|高)(?:出|了)?"
                 r"|(?:高于|低于|高出|超过|超出|优于)[^，；。：\d（）]{2,14}?)(?:约)?$")
_GAP_GLOSS = lazy(r"[（(](?:全国|全省|全市|全县|全区|全州|省|市|县|区|同期|平均|全省平均|全市平均|全国平均|平均水平)?(?:平均)?(?:水平)?(?:为|是)?$")
# 总产量13908.2亿斤，再增177.6亿斤、增长1.3%: the increment right after a figure, with no
# period named, then its rate: the figure before was B − N.
_INCREMENT = lazy(r"(?:再|又|净|共)?(?:增加|增长|增收|增产|增|减少|下降|减收|减产|减)了?(?=\d)")
# 拟调整为85000万元，调减16000万元，下降9.7%: an adjustment moves a budget against the budget
# passed at the year's start; the rate after it is the year's change against last year's
# figure, which the text does not give.
_ADJUSTED = lazy(r"[调核][减增]")
# 同口径增长9.6%, 剔除留抵退税因素后增长: a rate over a base restated, which the figures written do not give.
_OTHER_BASIS = lazy(r"同口径|可比口径|剔除|扣除|还原")
_FILLER = lazy(r"在|高?基数上|基础上|再|又|实现|已")
# 同比下降2.06%，同比减少7件: the clause after a rate that gives the change's amount.
# (税收收入8650万元，同比增长9.6%，增收640万元: a revenue's change is 增收/减收, a harvest's 增产/减产)
_AMOUNT_AFTER_RATE = lazy(r"[，、]\s*(?:同比|环比|比上年|较上年|比去年|较去年|较同期)?(?P<verb>增加|减少|增收|减收|增产|减产|多|少)了?\s*")
_RATE_FIRST = lazy(r"[，,]\s*(?:增长|增幅|上升|下降|降幅|减少)(?:了|为)?")
_RATE_AFTER = lazy(r"[、，]?(?:增长|增幅|上升|下降|降幅|减少)(?:了|为)?")
# Words of a clause that name a part of the figure before, not the figure itself.
_PART_WORDS = lazy(r"其中|含|包括|分别|其他|以外")
_MEASURE_WORDS = lazy(r"件数|人数|案件数")
# 受伤人数增加2人, 事故起数增加2起: a change that names its count by a word of it and its measure.
_NAMED_CHANGE = lazy(r"(?P<subject>[\u4e00-\u9fff]{2,6}?)(?:人数|起数|件数|户数|次数|宗数)(?P<verb>增加|减少)了?")
_LISTED = ("、", "和", "及", "与")
# 同比分别减少38起、3人、5人 / 分别比上年下降15.2%、33.3%: a list of changes in the order of the figures before.
_RESPECTIVE = lazy(r"分别(?:比上年|较上年|比去年|较去年|较上一年|同比)?(?P<verb>增加|减少|增长|下降|上升|增收|减收|多|少)了?")
# …，分别下降15.2%、33.3% / …，下降15.2%、33.3%: the other list of the same changes, in the next clause.
# 上年同期分别为250起、12人、20人, then 同比分别下降15.2%、33.3%、25.0%: the figures before, listed, and their rates.
_BASES_RESPECTIVE = lazy(r"(?:去年|上年|上一年)(?:同期)?(?:分别为|分别是)")
_RATES_RESPECTIVE = lazy(r"[，,]\s*(?:同比|比上年|较上年)?(?:分别)?(?P<verb>增长|下降|上升|减少|增加|增幅|降幅)(?:分别为|分别|为|了)?")
_THEN_RESPECTIVE = lazy(r"[，,]\s*(?:分别)?(?P<verb>增加|减少|增长|下降|上升|增收|减收|多|少|增幅|降幅)(?:分别为|分别|为|了)?")
# Heads that name no thing of their own (数量, 总数 …): the head of the pair's figure stands before them.
_HEAD_OF_ANY = lazy(r"(?:数量|总数|总量|规模|人数|件数|次数|数字|水平|指标|数额|金额|总额|个数|户数|起数|宗数|量|数|额)$")
# A clause lead that names no figure of its own (为, 达, 共计 …): the figure after it is the pair's.
_NEAR_LEAD = lazy(r"[为达是共计约近合计总计累计到至]*")
# 去年同期全院共收案208件，结案36件: the same period's figures in a clause of their own.
_SAME_PERIOD_CLAUSE = lazy(r"(?:去年|上年|上一年)同期")
_PERIOD_LEAD = lazy(r"^(?:今年|上年|去年|全年|本年|当年|上一年|年)")
# A rate's name right before its value (结案率为, 群众满意度达): the name and no figure between.
_RATE_NAME = lazy(r"(?P<name>[\u4e00-\u9fff]{1,8}(?:率|比重|比例|度))(?:为|是|达到|达|约为|约)?$")
# Which of two measures (件数和人数) a change names: the cases or the persons.
_MEASURE_NAMED = ((lazy(r"件数|案件数|件"), ("件", "起", "宗", "例")), (lazy(r"人数|人次|人"), ("人", "名", "人次")))
# 较上年同期破现案695起: the words of B's clause said again before the base (at most this far).
_ECHO_REACH = 8
_ECHO_WORDS = lazy(r"[\u4e00-\u9fff]{2,7}")
_SCALE_WORDS = {10.0 ** 12: "万亿", 10.0 ** 8: "亿", 10.0 ** 4: "万", 10.0 ** 3: "千"}
# 微克/立方米, 毫克/升, μg/m³: a concentration's unit, written after the number.
_COMPOUND_UNIT = lazy(r"(?:微克|毫克|纳克|克|μg|ug|mg|ng|g)\s*/\s*(?:标准立方米|立方米|升|千克|公斤|m³|m3|L|kg)")
_LOOK_BACK = 300  # characters back in the paragraph for the figure a comparison is about
_DOUBLINGS = {None: 1, "一": 1, "两": 2, "二": 2, "三": 3}
# Aggregates whose growth a report gives at comparable prices while their amounts are
# current: (B − A) ÷ A of the amounts is not the rate stated.
_REAL_TERMS = re.compile(r"生产总值|GDP|增加值|可比价|不变价|实际增长|产值|零售总额|实际增速")
# How far a growth at comparable prices may stand from the growth of the current amounts:
# prices rise a few points a year, and fall a little in some.
_PRICE_BELOW, _PRICE_ABOVE = 6.0, 2.0
_REAL_NOTE = ("按文中的现价数字计算，可比价增速与之相差不会这么大", "from the amounts as written; growth at comparable prices is never that far from it")


def _widened(low: float, high: float, real: bool) -> Tuple[float, float]:
    """The growth rates a claim may state: at comparable prices, within a price change of the current one."""
    return (low - _PRICE_BELOW, high + _PRICE_ABOVE) if real else (low, high)


class Prefix(NamedTuple):
    """The words of a claim's list item before its number, and where they start."""

    start: int
    text: str


class Pair(NamedTuple):
    """A figure before (A) and after (B) a change, and where the claims about it may stand."""

    a: Optional[Quantity]  # None when only B and the increment are given
    b: Quantity
    a_value: Tuple[float, float]  # A as an interval (from B − N when A is not written)
    claims_from: int  # claims about the change start here
    claims_to: int
    kind: str  # "from-to", "compare", "years"
    a_year: Optional[int] = None
    b_year: Optional[int] = None
    increment: Optional[Quantity] = None  # N of 较上年增加N, the way A was found
    formula_a: str = ""  # A as the message writes it


def _from_increment(b: Quantity, n: Quantity, up: bool, claims_from: int, claims_to: int) -> Optional[Pair]:
    """The pair of B and the figure before it, A = B − N after an increase of N (B + N after a
    decrease), as an interval from the figures as written; None when A would not be positive."""
    b_lo, b_hi = written_interval(b)
    n_lo, n_hi = written_interval(n)
    if up:
        a_value, shown = (b_lo - n_hi, b_hi - n_lo), f"{written(b)} − {written(n)}"
    else:
        a_value, shown = (b_lo + n_lo, b_hi + n_hi), f"{written(b)} + {written(n)}"
    if a_value[0] <= 0:
        return None
    return Pair(None, b, a_value, claims_from, claims_to, "compare", None, None, n, f"({shown})")


def _measure(q: Quantity) -> bool:
    """A figure a change can be measured on: a count, an amount, a time span or a percentage."""
    if q.in_range:
        return False
    if q.kind == "percent":
        return q.unit == "%"
    return plain_count(q) or (q.kind == "count" and q.unit in TIME_UNITS)


def _index(q: Quantity) -> bool:
    """A value without a unit written with decimals: an index (综合指数3.72, 较上年的3.85)."""
    return q.kind == "number" and q.decimals > 0 and q.exact


def _same_measure(a: Quantity, b: Quantity) -> bool:
    if a.kind == "percent" or b.kind == "percent":
        return a.kind == b.kind == "percent" and a.unit == b.unit == "%"
    return _measure(a) and _measure(b) and a.family == b.family


def _direction(words: str) -> Optional[str]:
    """"up" or "down" from the last change word in ``words``."""
    best, where = None, -1
    for word in _UP:
        at = words.rfind(word)
        if at > where:
            best, where = "up", at
    for word in _DOWN:
        at = words.rfind(word)
        if at > where:
            best, where = "down", at
    return best


class ChangeReader(SentenceReader):
    """The change claims of one paragraph's number sentences, checked."""

    def __init__(self, folded: str, text: str, years_between, between=None):
        super().__init__(folded, text)
        self.between = between  # QuantityModel.between: the figures of a stretch of text
        self.years_between = years_between  # QuantityModel.years_between

    def check(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        folded = self.folded
        if "倍" in folded[sentence.start:sentence.end]:
            yield from self._multiples(sentence)
        yield from self._gaps(sentence)
        yield from self._rate_gaps(sentence)
        yield from self._structure_values(sentence)
        if ":" in folded[sentence.start:sentence.end] or "：" in folded[sentence.start:sentence.end] \
                or "∶" in folded[sentence.start:sentence.end]:
            yield from self._two_term_ratios(sentence)
        if not any(w in folded[sentence.start:sentence.end] for w in ("增", "降", "减", "提高", "提升", "上升", "翻", "压缩", "缩短", "精简", "回落", "多", "少")) \
                and not ("倍" in folded[sentence.start:sentence.end] and _MULTIPLE_PERIOD.search(folded, sentence.start, sentence.end)):
            return
        yield from self._structure_terms(sentence)
        pairs = self._pairs(sentence, previous)
        for pair in pairs:
            yield from self._claims(sentence, pair)
        yield from self._same_period(sentence)
        yield from self._same_period_clauses(sentence)
        yield from self._respective(sentence)
        if "分别" in folded[sentence.start:sentence.end]:
            yield from self._respective_bases(sentence)

    # -- the pairs ---------------------------------------------------------

    def _pairs(self, sentence: NumberSentence, previous: Optional[NumberSentence] = None) -> List[Pair]:
        folded = self.folded
        pairs: List[Pair] = []
        taken = set()
        # 由A增加到B / 从A下降至B
        for opener in ("由", "从"):
            at = folded.find(opener, sentence.start, sentence.end)
            while at >= 0:
                pair = self._from_to(sentence, at)
                if pair is not None and id(pair.b) not in taken:
                    pairs.append(pair)
                    taken.add(id(pair.b))
                at = folded.find(opener, at + 1, sentence.end)
        # 2022年80件，2023年100件: the two years' figures are the pair
        years = self._years(sentence) if not pairs else None
        if years is not None:
            pairs.append(years)
            taken.update((id(years.a), id(years.b)))
        # B，较上年增加N / B比上年的A增长x%
        for m in _COMPARE.finditer(folded, sentence.start, sentence.end):
            pair = self._compare(sentence, m, previous)
            if pair is not None and id(pair.b) not in taken:
                pairs.append(pair)
                taken.add(id(pair.b))
        # 一般公共预算收入12.6亿元，增长8.2%（上年11.2亿元）: a change with no comparison word, its base in
        # brackets after it naming the period
        for m in _BARE_CHANGE.finditer(folded, sentence.start, sentence.end):
            before = [q for q in sentence.items if q.end <= m.start() and m.start() - q.end <= 2]
            if not before or not (_measure(before[-1]) or self._compound_unit(before[-1])) or before[-1].kind == "percent":
                continue
            b = before[-1]
            a = self._base_after(sentence, m, b)
            if a is not None and id(b) not in taken and folded[a.end:a.end + 1] == "）":
                pairs.append(Pair(a, b, written_interval(a), m.end(), a.start, "compare", None, None, None, written(a)))
                taken.add(id(b))
        # 2022年受理120件。2023年受理156件，是上年的1.3倍: the multiple over the count of the year before
        for m in _MULTIPLE_PERIOD.finditer(folded, sentence.start, sentence.end):
            b = next((q for q in sentence.items if q.end <= m.start() and m.start() - q.end <= 1), None)
            if b is None or id(b) in taken or not _measure(b) or b.kind == "percent":
                continue
            said = _MULTIPLE_SAID.match(folded, m.end())
            a = self._count_of_the_year_before(sentence, said, b) if said is not None else None
            if a is not None:
                pairs.append(Pair(a, b, written_interval(a), m.end(), sentence.end, "compare", None, None, None, written(a)))
                taken.add(id(b))
        # 2022年…可办率为86.4%。\n2023年…可办率达到95.1%，提高9.7个百分点: points with no comparison word, over
        # the same rate of the year before in the sentence (prose line) before
        for m in _BARE_POINTS.finditer(folded, sentence.start, sentence.end):
            b = next((q for q in sentence.items if q.end <= m.start() and m.start() - q.end <= 1), None)
            if b is None or id(b) in taken or b.kind != "percent":
                continue
            before = self._sentence_before(sentence)
            a = self._rate_of_the_year_before(sentence, m, b, before) if before is not None else None
            if a is not None:
                pairs.append(Pair(a, b, written_interval(a), m.end(), sentence.end, "compare", None, None, None, written(a)))
                taken.add(id(b))
        for pair in self._increments(sentence):
            if id(pair.b) not in taken:
                pairs.append(pair)
                taken.add(id(pair.b))
        for pair in self._named_increments(sentence):
            if id(pair.b) not in taken:
                pairs.append(pair)
                taken.add(id(pair.b))
        pairs.sort(key=lambda p: p.claims_from)
        # Each pair's claims end where the next pair's figures begin.
        out = []
        for i, pair in enumerate(pairs):
            limit = pairs[i + 1].claims_from if i + 1 < len(pairs) else sentence.end
            nxt = pairs[i + 1] if i + 1 < len(pairs) else None
            if nxt is not None and nxt.a is not None:
                limit = min(limit, begin(nxt.a))
            limit = min(limit, self._new_figure(sentence, pair, limit))
            out.append(pair._replace(claims_to=max(pair.claims_from, limit)))
        return out

    def _new_figure(self, sentence: NumberSentence, pair: Pair, limit: int) -> int:
        """Where a figure of its own starts after a pair's claims begin: a count or amount in a
        clause with no change word (企业18家，比上年增加3家，完成建筑业总产值86.4亿元，比上年增长7.2%:
        the rate after 86.4亿元 is the output's, never the firms'); ``limit`` when none does.
        A figure after a change word (净增N件, 增收640万元) is a claim about the pair, no new figure."""
        folded = self.folded
        items = sentence.items
        # (from claims_from to the next pair's claims only: a sentence of many pairs stays linear)
        for q in items[bisect_left(items, pair.claims_from, key=lambda q: q.start):]:
            if q is pair.increment or q is pair.b:
                continue
            if begin(q) >= limit:
                break
            if not plain_count(q) and not self._compound_unit(q):
                continue  # (PM10平均浓度55微克/立方米: a concentration is a figure of its own too)
            lead = folded[back_to(folded, begin(q), pair.claims_from, "，；：。、"):begin(q)]
            if lead and not _CHANGE_WORDS.search(lead) and not _NEAR_LEAD.fullmatch(lead):
                return begin(q)
        return limit

    def _year_before(self, q: Quantity, floor: int) -> Optional[int]:
        """The year written just before a figure (由2019年的18.6亿元: 2019)."""
        years = self.years_between(max(floor, begin(q) - 12), begin(q))
        if years and not any(c in self.folded[years[-1].end:begin(q)] for c in "，；。"):
            return years[-1].value
        return None

    def _from_to(self, sentence: NumberSentence, at: int) -> Optional[Pair]:
        folded = self.folded
        items = sentence.items
        a = next((q for q in items if at < q.start <= at + 16), None)
        if a is None or not (_measure(a) or self._compound_unit(a)) or "，" in folded[at:a.start]:
            return None
        verb = _VERB.search(folded, a.end, min(sentence.end, a.end + 14))
        if verb is not None and ("，" in folded[a.end:verb.start()] or "。" in folded[a.end:verb.start()]) \
                and not (folded[a.end:verb.start()] == "，" and verb.group().endswith(("到", "至"))):
            verb = None  # (由当年的1642项，减少到475项: the comma before 减少到 keeps the pair)
        if verb is not None:
            verb_end = verb.end()
        elif folded[a.end:a.end + 1] in ("到", "至"):
            verb_end = a.end + 1  # 从12名到18名
        else:
            return self._by_then(sentence, a, at)
        b = next((q for q in items if verb_end <= q.start <= verb_end + 16), None)
        if b is None or b.in_range or "，" in folded[verb_end:b.start] \
                or not (_same_measure(a, b) or (self._compound_unit(a) and self._compound_unit(a) == self._compound_unit(b))):
            return None
        low, high = written_interval(a)
        return Pair(a, b, (low, high), b.end, sentence.end, "from-to",
                    self._year_before(a, sentence.start), self._year_before(b, sentence.start), None, written(a))

    def _compound_unit(self, q: Quantity) -> str:
        """The unit of a concentration or a rate of flow the number model reads no unit for
        (148微克/立方米, 0.35毫克/升, 35μg/m³): "" for any other figure."""
        if q.kind != "number" or not q.exact or q.unit:
            return ""
        m = _COMPOUND_UNIT.match(self.folded, q.num_end)
        return m.group() if m is not None else ""

    def _increment_then(self, sentence: NumberSentence, m: "re.Match[str]") -> Optional[Pair]:
        """"税收收入比上年增收640万元，达到8650万元，增长9.6%": the increment first, then the figure
        it brought the measure to (达到, 达, 总数达); A is B ∓ N and the claims after B are held to
        the pair like any."""
        folded = self.folded
        items = sentence.items
        i = bisect_left(items, m.end(), key=lambda q: q.start)
        if i + 1 >= len(items):
            return None
        n, b = items[i], items[i + 1]
        verb = _BY.fullmatch(folded, m.end(), begin(n))
        if verb is None or not n.exact or n.kind not in ("count",) or not _same_measure(n, b) or b.in_range \
                or not _REACHED.fullmatch(folded, n.end, begin(b)):
            return None
        return _from_increment(b, n, _direction(verb.group()) == "up", b.end, sentence.end)

    def _by_then(self, sentence: NumberSentence, a: Quantity, at: int) -> Optional[Pair]:
        """"比重由52.0%提高15.6个百分点、达66.6%" / "由120件增长25%，达到150件": the change
        written between the two figures, then where it ended (达, 达到, 至); the change is
        held to A and B like any after them (B − A in points, (B − A) ÷ A in percent)."""
        folded = self.folded
        by = _BY.match(folded, a.end)
        if by is None:
            return None
        items = sentence.items
        i = bisect_left(items, a.start, key=lambda q: q.start) + 1
        if i + 1 >= len(items):
            return None
        n, b = items[i], items[i + 1]
        if begin(n) != by.end() or not n.exact or b.in_range or not _same_measure(a, b) \
                or not _THEN_AT.fullmatch(folded, n.end, begin(b)):
            return None
        if not (n.kind == "points" and a.kind == "percent" or n.kind == "percent" and n.unit == "%" and a.kind != "percent"
                or _same_measure(n, a) and a.kind != "percent"):
            return None
        return Pair(a, b, written_interval(a), a.end, sentence.end, "from-to",
                    self._year_before(a, sentence.start), self._year_before(b, sentence.start), None, written(a))

    def _compare(self, sentence: NumberSentence, m: "re.Match[str]",
                 previous: Optional[NumberSentence] = None) -> Optional[Pair]:
        folded = self.folded
        items = sentence.items
        # B: the figure just before the comparison, in the clause before it or this one.
        before = [q for q in items if q.end <= m.start() and m.start() - q.end <= 16]
        if before:
            b = before[-1]
            if not (_measure(b) or _index(b) or self._compound_unit(b)) or "。" in folded[b.end:m.start()] \
                    or self._new_subject(b, m.start()):
                return None
        else:
            b = self._stated_before(sentence, m, previous)
            if b is None:
                return self._increment_then(sentence, m)
        # 比上年的167件, 较上年（96件）
        at = m.end() + (1 if folded[m.end():m.end() + 1] == "（" else 0)
        after = [q for q in items if begin(q) == at] or self._echoed_base(sentence, at, b)
        if after and (_same_measure(after[0], b) or _index(after[0]) and _index(b)
                      or (self._compound_unit(b) and self._compound_unit(after[0]) == self._compound_unit(b))):
            a = after[0]  # 比上年的167件
            low, high = written_interval(a)
            # (比上年的30微克/立方米下降8.7%: the claims start after the unit the model does not read)
            return Pair(a, b, (low, high), a.end + len(self._compound_unit(a)), sentence.end, "compare",
                        None, None, None, written(a))
        a = self._base_after(sentence, m, b) or self._rate_of_the_year_before(sentence, m, b, previous) \
            or self._count_of_the_year_before(sentence, m, b)
        if a is not None:
            # 同比增长8%（上年同期500件）: the base of the rate in brackets after it
            low, high = written_interval(a)
            return Pair(a, b, (low, high), m.end(), a.start, "compare", None, None, None, written(a))
        # 较上年增加186件: the increment gives A
        words = folded[m.end():m.end() + 6]
        direction = _direction(words[:4])
        n = next((q for q in items if m.end() < q.start <= m.end() + 6), None)
        if n is not None and "分别" in folded[m.end():n.start]:
            return None  # (合伙所52家、个人所34家，较上年分别增加6家、4家: a list, each to its own; see _respective)
        if direction is not None and n is not None and n.kind == "percent" and b.kind != "percent":
            n = self._amount_after_rate(sentence, n, direction)  # 262件，同比下降2.06%，同比减少7件
            if n is None or not _same_measure(n, b) or _index(b):
                return None
            claims_from = m.end()
        elif direction is None or n is None or not _same_measure(n, b) or not n.exact or _index(b) \
                or "，" in folded[m.end():n.start] or n.kind == "percent":
            # (结案率95.5%，比上年增长12.3%: a percentage after the verb is the rate of a growth
            # whose base is not given, never the points added to the rate before it)
            return None
        else:
            claims_from = n.end
        return _from_increment(b, n, direction == "up", claims_from, sentence.end)

    def _amount_after_rate(self, sentence: NumberSentence, rate: Quantity, direction: str) -> Optional[Quantity]:
        """"刑事案件262件，同比下降2.06%，同比减少7件": the amount of the change written in the
        clause right after its rate, the comparison said again or not, the change the same way
        (下降 … 减少, 上升 … 增加); a court's report lists its case types so.  None when the next
        clause says anything else (结案率 …, another subject, another period)."""
        folded = self.folded
        n = next((q for q in sentence.items if q.start > rate.end), None)
        if n is None or not n.exact or n.kind != "count":
            return None
        words = _AMOUNT_AFTER_RATE.fullmatch(folded, rate.end, n.start)
        if words is None or _direction(words.group("verb")) != direction:
            return None
        return n

    def _echoed_base(self, sentence: NumberSentence, at: int, b: Quantity) -> List[Quantity]:
        """"破现案814起，较上年同期破现案695起上升19.1%": the base written after the period with
        the words of B's own clause said again (破现案, 抓获, 立案 of 立刑事案件); [] when other
        words stand there (办结…较上年同期受理的…: another measure)."""
        folded = self.folded
        a = next((q for q in sentence.items if at < begin(q) <= at + _ECHO_REACH), None)
        if a is None:
            return []
        words = folded[at:begin(a)]
        if not _ECHO_WORDS.fullmatch(words) or _CHANGE_WORDS.search(words):
            return []
        own = folded[back_to(folded, begin(b), sentence.start, "，；：。", reach=30):begin(b)]
        if own.rfind("（") > own.rfind("）"):
            return []  # (破获1106起（含破获外省案件52起），较上年同期破案858起: 52 is an aside, not B)
        words = words.rstrip("的为")
        rest = iter(own)  # the words in B's clause in their order (立案 of 立刑事案件)
        return [a] if len(words) >= 2 and all(c in rest for c in words) else []

    def _increments(self, sentence: NumberSentence) -> Iterator[Pair]:
        """"粮食总产量13908.2亿斤，再增177.6亿斤、增长1.3%": B, the increment N in the next clause
        and its rate right after it; A is B − N."""
        folded = self.folded
        items = sentence.items
        for i, n in enumerate(items[1:-1], 1):
            b, r = items[i - 1], items[i + 1]
            verb = _INCREMENT.search(folded, max(b.end, begin(n) - 6), begin(n) + 1)
            if verb is None or verb.end() != begin(n) or not n.exact or r.kind != "percent" \
                    or _ADJUSTED.search(folded, max(0, verb.start() - 1), verb.end()) \
                    or not _RATE_AFTER.fullmatch(folded, n.unit_end, begin(r)) or not _same_measure(n, b) \
                    or b.kind == "percent" or _index(b):
                continue
            between = folded[b.unit_end:verb.start()]
            if between[:1] not in ("，", ",") or any(c in between for c in "；。：") or between.count("，") > 1 \
                    or _PART_WORDS.search(between):
                continue
            if len(_NOT_A_SUBJECT.sub("", _FILLER.sub("", between[1:]))) >= 2:
                continue  # (收入32000元，城镇居民收入增加2000元: a clause with a subject of its own)
            pair = _from_increment(b, n, not re.search("减|下降", verb.group()), n.end, sentence.end)
            if pair is not None:
                yield pair
        # 税收收入8650万元，增长9.6%，增收640万元: the rate first, then the amount of the same change
        for i, r in enumerate(items[1:-1], 1):
            b, n = items[i - 1], items[i + 1]
            if r.kind != "percent" or r.unit != "%" or b.kind == "percent" or _index(b) or not r.exact:
                continue
            lead = _RATE_FIRST.fullmatch(folded, b.unit_end, begin(r))
            if lead is None or self._amount_after_rate(sentence, r, _direction(lead.group())) is not n \
                    or not _same_measure(n, b):
                continue
            pair = _from_increment(b, n, _direction(lead.group()) == "up", b.unit_end, sentence.end)
            if pair is not None:
                yield pair

    def _named_increments(self, sentence: NumberSentence) -> Iterator[Pair]:
        """"发生事故45起、死亡51人、受伤14人，同比事故起数增加2起、上升4.7%，受伤人数增加2人、上升16.7%":
        the counts listed first, then each one's change naming it by the words of its item (受伤 of
        受伤14人, 事故 of 生产安全事故45起) with its measure (人数, 起数), its increment N and the rate right
        after N; B is the one listed count of that measure whose words hold the name, A is B ∓ N."""
        folded = self.folded
        items = sentence.items
        if "数" not in folded[sentence.start:sentence.end]:
            return
        for i, n in enumerate(items[1:-1], 1):
            r = items[i + 1]
            if not n.exact or n.kind != "count" or r.kind != "percent" \
                    or not _RATE_AFTER.fullmatch(folded, n.unit_end, begin(r)):
                continue
            clause = folded[back_to(folded, begin(n), sentence.start, "，；：、。"):begin(n)]
            named = _NAMED_CHANGE.fullmatch(_NOT_A_SUBJECT.sub("", clause))
            if named is None:
                continue
            subject = named.group("subject")
            found = [b for b in items[:i] if b.kind == "count" and b.exact and _same_measure(b, n)
                     and subject in folded[back_to(folded, begin(b), sentence.start, "，；：、。"):begin(b)]]
            if len(found) != 1 or _index(found[0]):
                continue
            pair = _from_increment(found[0], n, named.group("verb") == "增加", n.end, sentence.end)
            if pair is not None:
                yield pair

    def _new_subject(self, b: Quantity, at: int) -> bool:
        """Does the clause of a comparison name a subject of its own, which the words of the
        figure before it do not name (审结298件，案件数量较上年的246件上升30.1%: the cases
        received, not the 298 decided)?"""
        folded = self.folded
        cut = max(folded.rfind(c, b.end, at) for c in "，；：")
        if cut < 0:
            return False
        lead = _NOT_A_SUBJECT.sub("", folded[cut + 1:at])
        if len(lead) < 2:
            return False
        named = folded[back_to(folded, begin(b), 0, "，；：。\n", reach=30):b.end]
        return not any(lead[i:i + 2] in named for i in range(len(lead) - 1))

    def _base_after(self, sentence: NumberSentence, m: "re.Match[str]", b: Quantity) -> Optional[Quantity]:
        """"受理530件，同比增长8%（上年同期500件）": the figure compared with, written in brackets
        right after the rate, named by its period (上年同期, 去年, 2022年)."""
        folded = self.folded
        # (比上年增长1.5倍（上年560件）: a multiple of growth as well)
        # (结案率94.5%，同比提高2.3个百分点（上年为91.2%）: a change in points, over last year's rate)
        rate = next((q for q in sentence.items if m.end() < q.start <= m.end() + 6
                     and (q.kind == "percent" or q.unit == "倍" or (q.kind == "points" and b.kind == "percent"))), None)
        doubled = _DOUBLE.match(folded, m.end()) if rate is None else None
        if doubled is not None and folded.startswith("（", doubled.end()):
            # 比上年翻了一番（上年为3100件）: a doubling, its base in brackets after it
            close = folded.find("）", doubled.end(), doubled.end() + 24)
            if close < 0 or not _BASE_PERIOD.match(folded, doubled.end(), close):
                return None
            inside = [q for q in sentence.items if doubled.end() < q.start < close and _measure(q)]
            if len(inside) != 1 or not _same_measure(inside[0], b) or inside[0].unit_end != close:
                return None
            return inside[0]
        if rate is None or _direction(folded[m.end():rate.start]) is None:
            return None
        if folded[rate.end:rate.end + 1] != "（":
            return self._base_in_clause_after(sentence, m, b, rate)
        close = folded.find("）", rate.end, rate.end + 24)
        if close < 0 or not _BASE_PERIOD.match(folded, rate.end, close):
            return None
        inside = [q for q in sentence.items if rate.end < q.start < close and _measure(q)]
        if len(inside) != 1 or not _same_measure(inside[0], b) or inside[0].unit_end != close:
            return None
        return inside[0]

    def _base_in_clause_after(self, sentence: NumberSentence, m: "re.Match[str]", b: Quantity,
                              rate: Quantity) -> Optional[Quantity]:
        """"受理156件，同比增长20%，上年为120件": the figure compared with, in the clause right after
        the rate, named by the period the comparison names (上年, 去年; the year it names or, for
        同比, the year before the sentence's own) and nothing else; the clause ends with it."""
        folded = self.folded
        said = _PERIOD_THEN.match(folded, rate.end, min(sentence.end, rate.end + 16))
        if said is None:
            return None
        compared = m.group()
        year = said.group("year")
        if year is None:
            if not _YEAR_OVER_YEAR.search(compared) and not re.search(r"上年|去年|上一年", compared):
                return None  # (较2021年增长30%，上年为140件: another year's figure)
        else:
            named = re.search(r"(?:19|20)\d\d", compared)
            own = re.search(r"((?:19|20)\d\d)年", folded[sentence.start:begin(b)])
            if named is not None:
                if named.group() != year:
                    return None
            elif own is None or int(own.group(1)) - 1 != int(year):
                return None
        a = next((q for q in sentence.items if q.start >= said.end()), None)
        if a is None or begin(a) != said.end() or not _measure(a) or not _same_measure(a, b) or a.kind == "percent":
            return None
        rest = folded[a.unit_end:a.unit_end + 1]
        if rest and rest not in "。；;":
            return None  # (上年为120件，其中…: the clause goes on to say more than the base)
        return a

    def _count_of_the_year_before(self, sentence: NumberSentence, m: "re.Match[str]", b: Quantity) -> Optional[Quantity]:
        """"2022年受理行政复议案件120件。2023年受理156件，同比增长20%": the same count, named alike, of
        the year before the sentence's own, in the sentence (or line) before; the rate after the
        comparison."""
        folded = self.folded
        if self.between is None or not _measure(b) or b.kind == "percent" or _index(b) \
                or not (_YEAR_OVER_YEAR.search(m.group()) or re.search(r"上年|去年|上一年", m.group())):
            return None
        n = next((q for q in sentence.items if m.end() < q.start <= m.end() + 6), None)
        if n is None or not (n.kind == "percent" or n.unit == "倍"):
            return None
        own = back_to(folded, begin(b), sentence.start, "，；：。")
        year = re.search(r"((?:19|20)\d\d)年", folded[sentence.start:begin(b)])
        words = _YEAR_WORDS.sub("", folded[own:begin(b)])
        if year is None or len(words) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", words):
            return None
        end = sentence.start
        while end > 0 and folded[end - 1] in " \t\r\n\u3000":
            end -= 1
        if end <= 0 or folded[end - 1] != "。" or folded.count("\n", end, sentence.start) > 1:
            return None  # (the line before ends no sentence: a table or a heading, not read)
        before = back_to(folded, end - 1, 0, "。\n", reach=_LOOK_BACK)  # the sentence before
        found = None
        for q in self.between(before, end):
            if not _measure(q) or q.kind == "percent" or not _same_measure(q, b):
                continue
            start = back_to(folded, begin(q), 0, "。；\n", reach=_LOOK_BACK)
            then = re.findall(r"((?:19|20)\d\d)年", folded[start:begin(q)])
            their = _YEAR_WORDS.sub("", folded[back_to(folded, begin(q), start, "，；：。"):begin(q)])
            if len(then) != 1 or int(then[0]) != int(year.group(1)) - 1 or not their:
                continue
            # (受理 and 受理行政复议案件: the object said once; 市本级受理 is another scope's count)
            if their.startswith(words) or words.startswith(their):
                if found is not None:
                    return None  # (two counts alike: which one is meant, the words do not say)
                found = q
        return found

    def _sentence_before(self, sentence: NumberSentence):
        """The sentence right before ``sentence``, on its line or on the prose line above (one that ends
        with 。), as the start, end and figures _rate_of_the_year_before reads; None when there is none."""
        folded = self.folded
        end = sentence.start
        while end > 0 and folded[end - 1] in " \t\r\n\u3000":
            end -= 1
        if end <= 0 or folded[end - 1] != "。" or folded.count("\n", end, sentence.start) > 1 or self.between is None:
            return None
        start = back_to(folded, end - 1, 0, "。\n", reach=_LOOK_BACK)
        return _Stretch(start, end, list(self.between(start, end)))

    def _rate_of_the_year_before(self, sentence: NumberSentence, m: "re.Match[str]", b: Quantity,
                                 previous: Optional[NumberSentence]) -> Optional[Quantity]:
        """"2022年结案率为91.2%。2023年结案率为94.5%，较上年提高2.3个百分点": the same rate, named
        alike, of the year before, in the sentence before (or earlier in this one), the change in
        points after the comparison."""
        folded = self.folded
        if b.kind != "percent" or b.unit != "%" or previous is None:
            return None
        n = next((q for q in sentence.items if m.end() < q.start <= m.end() + 6), None)
        if n is None or n.kind != "points":
            return None
        clause = back_to(folded, begin(b), sentence.start, "，；：。")
        said = _RATE_NAME.search(folded, clause, begin(b))
        if said is None:
            return None
        year = re.search(r"((?:19|20)\d\d)年", folded[sentence.start:begin(b)])
        for q in reversed([q for q in previous.items if q.kind == "percent" and q.unit == "%" and q.exact]):
            own = back_to(folded, begin(q), previous.start, "，；：。")
            other = _RATE_NAME.search(folded, own, begin(q))
            mine, theirs = _PERIOD_LEAD.sub("", said.group("name")), _PERIOD_LEAD.sub("", other.group("name")) if other else ""
            # (全市政务服务事项网上可办率 and 网上可办率: the name said again shorter)
            if other is None or not (mine == theirs or (min(len(mine), len(theirs)) >= 4
                                                        and (mine.endswith(theirs) or theirs.endswith(mine)))):
                continue
            words = folded[previous.start:begin(q)]
            then = re.search(r"((?:19|20)\d\d)年", words)
            if (year and then and int(then.group(1)) == int(year.group(1)) - 1) \
                    or (not year and re.search(r"上年|去年|上一年", words)):
                return q
            return None
        return None

    def _stated_before(self, sentence: NumberSentence, m: "re.Match[str]",
                       previous: Optional[NumberSentence]) -> Optional[Quantity]:
        """"全年共办理法律援助案件632件。…法律援助案件比上年的548件增长15.3%": the figure
        the comparison is about, named in the sentence before."""
        folded = self.folded
        subject = folded[back_to(folded, m.start(), sentence.start, "，；：。"):m.start()]
        if previous is None or len(subject) < 4 or self.between is None:
            return None
        key = subject[-4:]
        floor = max(back_to(folded, sentence.start, 0, "\n", reach=_LOOK_BACK), sentence.start - _LOOK_BACK)
        at = folded.rfind(key, floor, sentence.start)
        if at < 0 or folded.find(key, at + 1, sentence.start) >= 0:
            return None
        found = [q for q in self.between(at + len(key), at + len(key) + 8) if _measure(q) and q.kind != "percent"]
        return found[0] if found else None

    def _years(self, sentence: NumberSentence) -> Optional[Pair]:
        """2022年办理80件，2023年办理100件: one figure per year, two years."""
        folded = self.folded
        dated = []
        for q in sentence.items:
            if not _measure(q) or q.kind == "percent":
                continue
            clause = back_to(folded, begin(q), sentence.start, "，；。")
            years = self.years_between(clause, begin(q))
            if len(years) == 1:
                if folded[max(clause, years[0].start - 1):years[0].start] in ("比", "较") \
                        and _CHANGE_WORDS.search(folded, years[0].end, begin(q)):
                    continue  # 比2011年增产1836万吨: the change since that year, not the year's figure
                dated.append((years[0].value, q))
        if not dated and "百分点" in folded[sentence.start:sentence.end]:
            dated = self._dated_rates(sentence)  # (two years' rates make only a change in points)
        if len(dated) != 2 or dated[0][0] == dated[1][0] or not _same_measure(dated[0][1], dated[1][1]):
            return None
        (y1, q1), (y2, q2) = dated
        (ya, a), (yb, b) = ((y1, q1), (y2, q2)) if y1 < y2 else ((y2, q2), (y1, q1))
        low, high = written_interval(a)
        last = max(q1.end, q2.end)
        first, second = (q1, q2) if q1.start < q2.start else (q2, q1)
        opened = folded.rfind("（", first.end, begin(second))
        if opened >= 0 and folded[second.unit_end:second.unit_end + 1] == "）" \
                and any(q.kind == "percent" and first.end < q.start and q.end <= opened for q in sentence.items):
            # 2023年受理1380件，同比增长12.5%（2022年为1200件）: the rate before the other year's figure
            # in brackets is the pair's
            return Pair(a, b, (low, high), first.end, opened, "years", ya, yb, None, written(a))
        if second is a and yb == ya + 1 and _PERIOD_THEN.fullmatch(folded, back_to(folded, begin(a), first.end, "，,") - 1, begin(a)) \
                and any(q.kind == "percent" and first.end < q.start and q.end < begin(a) for q in sentence.items):
            # 2023年受理156件，同比增长20%，2022年为120件: the rate before the clause of the year before's figure
            return Pair(a, b, (low, high), first.end, begin(a), "years", ya, yb, None, written(a))
        return Pair(a, b, (low, high), last, sentence.end, "years", ya, yb, None, written(a))

    def _dated_rates(self, sentence: NumberSentence) -> List[Tuple[int, Quantity]]:
        """2023年结案率为94.5%，2022年为91.2%，提高2.3个百分点: one rate per year, two years, the same
        rate (a name said once, or twice alike); [] otherwise."""
        folded = self.folded
        dated, names = [], set()
        for q in sentence.items:
            if q.kind != "percent" or q.unit != "%" or not q.exact:
                continue
            clause = back_to(folded, begin(q), sentence.start, "，；。")
            years = self.years_between(clause, begin(q))
            if len(years) != 1:
                return []
            said = _RATE_NAME.search(folded, years[0].end, begin(q))
            if said is not None:
                names.add(_PERIOD_LEAD.sub("", said.group("name")))
            elif not _BARE_RATE_CLAUSE.fullmatch(folded, years[0].end, begin(q)):
                return []  # (2022年增长3.1%: a change, no rate of the year)
            dated.append((years[0].value, q))
        return dated if len(dated) == 2 and len(names) == 1 else []

    def _multiples(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"市级306个，省级50个，市级数量是省级的近5倍": X 是 Y 的 K 倍 between two figures of
        the sentence before it, X named by the clause's subject (or the figure right before
        the clause) and Y by the words between 是 and 的, each by one figure only: X ÷ Y is
        K (a whole K rounded or cut off: [K − 0.5, K + 1)); 近K is a little under K, 约K
        about it, 超过K (K倍多) over it.  A Y with no figure of its own (是2019年的2倍, 是全国平均
        水平的2倍) is not read."""
        folded = self.folded
        items = sentence.items
        for i, c in enumerate(items):
            if c.unit != "倍" or c.in_range or c.inner is not None or c.after is not None or i == 0:
                continue
            clause = back_to(folded, begin(c), sentence.start, "，；：。")
            said = _MULTIPLE_OF.fullmatch(folded, clause, begin(c))
            if said is None or _TARGET.search(said.group("x")):
                continue
            x_words = _HEAD_OF_ANY.sub("", _NOT_A_SUBJECT.sub("", said.group("x")))
            y_words = _SCOPE.sub("", said.group("y"))
            if len(y_words) < 2:
                continue
            before = [q for q in items[:i] if plain_count(q) and q.exact and q.end <= clause]
            ys = [q for q in before if y_words in self._item_words(q, sentence.start)]
            if not ys:
                # 是上年来信数的2倍（上年1230件）: Y's figure in the bracket after the multiple;
                # 审查建议数是报送备案件数的2.5倍: Y named around its figure (报送备案的2218件)
                ys = self._bracketed_base(sentence, c, y_words) \
                    or [q for q in before if self._names_figure(y_words, q, sentence.start)]
            if len(ys) != 1:
                continue
            y = ys[0]
            if x_words:
                xs = [q for q in before if q is not y and x_words in self._item_words(q, sentence.start)
                      and y_words not in self._item_words(q, sentence.start)]
                if y_words.find(x_words) >= 0 or x_words in self._item_words(y, sentence.start):
                    continue
                if not xs:
                    xs = [q for q in before if q is not y and self._names_figure(x_words, q, sentence.start)
                          and not self._names_figure(y_words, q, sentence.start)]
            else:
                # (市级306个，是省级的近5倍: X is the figure right before the clause)
                xs = [before[-1]] if before and before[-1] is not y and folded[before[-1].end:clause].strip() in ("，", ",") else []
            if len(xs) != 1 or not _same_measure(xs[0], y) or xs[0].value <= y.value:
                continue
            x = xs[0]
            (x_lo, x_hi), (y_lo, y_hi) = written_interval(x), written_interval(y)
            if y_lo <= 0:
                continue
            low, high = x_lo / y_hi, x_hi / y_lo
            k = c.value
            mark = c.before.text if c.before is not None else ""
            more = folded[c.unit_end:c.unit_end + 1] == "多"
            if mark in ("近", "将近", "接近"):
                shown = _multiple_shown(c, "near")
            elif mark in ABOUT:
                shown = _multiple_shown(c, "about")
            elif mark in ABOVE or more:
                shown = (k, math.inf)
            elif mark:
                continue
            else:
                shown = _multiple_shown(c, "")
            if low <= shown[1] + EPS and high >= shown[0] - EPS:
                continue
            ratio = x.value / y.value
            used = (Used(x.start, x.unit_end, "前者的数字", "the figure compared"),
                    Used(y.start, y.unit_end, "后者的数字", "the figure compared with"))
            start = said.start("is")
            yield Mismatch("times", start, c.unit_end + (1 if more else 0), self.text[start:c.unit_end + (1 if more else 0)],
                           f"{ratio:.1f}".rstrip("0").rstrip(".") + "倍", f"{written(x)} ÷ {written(y)}", used,
                           name="倍数")

    def _bracketed_base(self, sentence: NumberSentence, c: Quantity, y_words: str) -> List[Quantity]:
        """The one figure in a bracket right after a multiple, named by Y's words (上年1230件)."""
        folded = self.folded
        if folded[c.unit_end:c.unit_end + 1] != "（":
            return []
        close = folded.find("）", c.unit_end, min(sentence.end, c.unit_end + 24))
        if close < 0:
            return []
        inside = [q for q in sentence.items if c.unit_end < q.start and q.end <= close]
        if len(inside) != 1 or not plain_count(inside[0]) or not inside[0].exact:
            return []
        lead = folded[c.unit_end + 1:inside[0].start].rstrip("为是共计约")
        return inside if len(lead) >= 2 and lead in y_words else []

    def _names_figure(self, name: str, q: Quantity, floor: int) -> bool:
        """Do the words around a figure (before it and the noun after its unit) name ``name``
        (审查建议数 for 提出的6705件审查建议, 报送备案件数 for 报送备案的2218件, 新增户数 for
        新增市场主体8460户)?  Its whole stem, or a four-character piece of a longer one."""
        stem = _HEAD_OF_ANY.sub("", name)
        if stem.endswith(q.unit):
            stem = stem[:-len(q.unit)]
        stem = _HEAD_OF_ANY.sub("", stem)
        if len(stem) < 2:
            return False
        after = re.split(r"[，,；;。、（(：:]", self.folded[q.unit_end:q.unit_end + 12], maxsplit=1)[0]
        words = self._item_words(q, floor) + "|" + after
        if stem in words:
            return True
        return len(stem) >= 4 and any(stem[k:k + 4] in words for k in range(len(stem) - 3))

    def _item_words(self, q: Quantity, floor: int) -> str:
        """The words of a figure's list item before it, its quotes and brackets dropped."""
        words = self.folded[back_to(self.folded, begin(q), floor, "，；：。、"):begin(q)]
        return re.sub(r"[“”\"「」]|（[^（）]{0,6}）", "", words)

    def _gaps(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"城镇登记失业率3.37%，比年度控制目标4%低0.73个百分点": B, then 比…A 低/高 N个百分点
        in the next clause: N is |B − A|.  The other rate may gloss its name in brackets, the gap word
        before it (高于全省平均水平（90.6%）4.6个百分点) or the points before it (比全省平均水平高4.6个
        百分点（全省为90.6%）)."""
        folded = self.folded
        items = sentence.items
        for i, c in enumerate(items):
            if c.kind != "points" or i < 1:
                continue
            a, b = items[i - 1], items[i - 2]
            if i + 1 < len(items) and items[i - 1].kind == "percent" and items[i + 1].kind == "percent" \
                    and _GAP_GLOSS.fullmatch(folded, c.unit_end, begin(items[i + 1])) \
                    and folded[items[i + 1].end:items[i + 1].end + 1] in "）)":
                a, b = items[i + 1], items[i - 1]  # (the other rate glossed after the points)
                clause = back_to(folded, begin(c), sentence.start, "，；：。")
                if folded[b.end:clause].strip() not in ("，", ",") or not _GAP_THEN.fullmatch(folded, clause, begin(c)):
                    continue
            elif i >= 2:
                clause = back_to(folded, begin(a), sentence.start, "，；：。")
                lead = folded[clause:begin(a)]
                if folded[b.end:clause].strip() not in ("，", ","):
                    continue
                if _GAP_OVER.fullmatch(lead):
                    if folded[a.end:begin(c)] not in ("）", ")", "）约", ")约"):
                        continue
                elif not _GAP_AGAINST.fullmatch(lead) or not _GAP_WORD.match(folded[a.end + _closes(lead, folded, a.end):begin(c)]):
                    continue
            else:
                continue
            if not (a.kind == b.kind == "percent" and a.unit == b.unit == "%") or a.in_range or b.in_range \
                    or _TARGET.search(folded[back_to(folded, begin(b), sentence.start, "，；：。"):begin(b)]):
                continue
            low, high = _difference(written_interval(a), written_interval(b))
            c_lo, c_hi = written_interval(c)
            if c.exact and not c.decimals:
                c_lo, c_hi = c.value - 0.5, c.value + 0.5
            if low <= c_hi + EPS and high >= c_lo - EPS:
                continue
            big, small = (b, a) if b.value >= a.value else (a, b)
            used = (Used(a.start, a.unit_end, "比较的百分数", "the percentage compared with"),
                    Used(b.start, b.unit_end, "本期的百分数", "the percentage stated"))
            start = clause + (1 if folded[clause] in "，；：。" else 0)
            yield Mismatch("points", start, c.unit_end, self.text[start:c.unit_end],
                           num(abs(b.value - a.value)) + "个百分点", f"{written(big)}% − {written(small)}%", used,
                           name="相差的百分点")

    def _rate_gaps(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"规上工业增加值增长6.1%。其中高技术制造业增长14.3%，增速快全市规上工业9.2个百分点": a
        growth rate, then how many points it runs ahead of (快, 高于, 高出) or behind (慢, 低于) the
        growth of something named, whose own rate the paragraph gave before: N is the difference
        of the two rates.  A name whose rate is not written (全省平均水平) is not read."""
        folded = self.folded
        items = sentence.items
        for i, c in enumerate(items):
            if c.kind != "points" or i == 0 or not c.exact:
                continue
            clause = back_to(folded, begin(c), sentence.start, "，；：。")
            said = _RATE_GAP.fullmatch(folded, clause, begin(c)) or _RATE_GAP_AGAINST.fullmatch(folded, clause, begin(c))
            a = items[i - 1]
            if said is None or a.kind != "percent" or a.unit != "%" or not a.exact or a.in_range \
                    or folded[a.end:clause].strip() not in ("，", ","):
                continue
            own = folded[back_to(folded, begin(a), sentence.start, "，；：。"):begin(a)]
            own_rate = _GROWTH_BEFORE.search(own)
            if own_rate is None or _TARGET.search(own) or _ANNUAL.search(own):
                continue
            scope = _SCOPE.match(said.group("name"))
            name = said.group("name")[scope.end():].rstrip("的") if scope else said.group("name").rstrip("的")
            if len(name) < 2:
                continue
            floor = max(back_to(folded, sentence.start, 0, "\n", reach=_LOOK_BACK), sentence.start - _LOOK_BACK)
            b = self._named_rate(name, floor, clause, a, scope.group() if scope else "")
            if b is None:
                continue
            b_rate, b_down = b
            a_value = -a.value if own_rate.group("down") else a.value
            b_value = -b_rate.value if b_down else b_rate.value
            ahead = said.group("w") in ("快", "高")
            half_a, half_b = (0.5 * 10.0 ** -q.decimals for q in (a, b_rate))
            gap = (a_value - b_value) if ahead else (b_value - a_value)
            c_half = 0.5 * 10.0 ** -c.decimals
            if abs(gap - c.value) <= half_a + half_b + c_half + EPS:
                continue
            used = (Used(b_rate.start, b_rate.unit_end, "比较的增速", "the growth compared with"),
                    Used(a.start, a.unit_end, "本项的增速", "the growth stated"))
            start = clause
            first, second = (a, b_rate) if ahead else (b_rate, a)
            sign = lambda q: ("−" if (q is a and own_rate.group("down")) or (q is b_rate and b_down) else "")
            yield Mismatch("points", start, c.unit_end, self.text[start:c.unit_end], num(round(gap, 8)) + "个百分点",
                           f"{sign(first)}{written(first)}% − ({sign(second)}{written(second)}%)"
                           if sign(second) else f"{sign(first)}{written(first)}% − {written(second)}%",
                           used, name="相差的百分点")

    def _named_rate(self, name: str, floor: int, before: int, own: Quantity, scope: str = "") -> Optional[Tuple[Quantity, bool]]:
        """The growth rate written after ``name`` (规上工业增加值增长6.1%) in the paragraph before
        ``before``, and whether it is a fall; None when the name has none, or two.  A name of
        another place (全省规上工业 against 全市规上工业增加值增长6.1%) is not the same."""
        found = []
        for alias in _aliases(name):
            found += self._rates_named(alias, floor, before, own, scope)
        values = {(q.value, down) for q, down in found}
        return found[-1] if len(values) == 1 else None

    def _rates_named(self, name: str, floor: int, before: int, own: Quantity, scope: str) -> List[Tuple[Quantity, bool]]:
        folded = self.folded
        found = []
        at = folded.find(name, floor, before)
        while at >= 0:
            words = _NAMED_GROWTH.match(folded, at + len(name), before)
            placed = _PLACE_BEFORE.search(folded, max(floor, at - 4), at)
            if placed is not None and scope and not scope.endswith(placed.group()) and placed.group() != "全部":
                words = None
            if words is not None:
                rate = self.between(words.end(), words.end() + 8) if self.between is not None else []
                rate = [q for q in rate if q.start == words.end() and q.kind == "percent" and q.unit == "%"
                        and q.exact and q is not own and q.start != own.start]
                if rate:
                    found.append((rate[0], bool(words.group("down"))))
            at = folded.find(name, at + 1, before)
        return found

    def _structure_terms(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"三次产业结构由上年的9.8:41.5:48.7调整为9.1:40.2:50.7，第三产业占比提高了1.8个百分点": a
        structure written as a ratio of shares before and after, then the change of one term in
        points: the difference of that term in the two ratios."""
        folded = self.folded
        ratio = _STRUCTURE.search(folded, sentence.start, sentence.end) \
            or _STRUCTURE_THEN.search(folded, sentence.start, sentence.end)
        if ratio is None:
            return
        old, new = _terms(ratio, "old"), _terms(ratio, "new")
        if len(old) != len(new):
            return
        for m in _TERM_CHANGE.finditer(folded, ratio.end(), sentence.end):
            i = _ORDINAL.index(m.group("n")) if m.group("n") else 2
            if i >= len(old) or (m.group("services") and len(old) != 3):
                continue
            (a, a_at, a_places), (b, b_at, b_places) = old[i], new[i]
            stated = float(m.group("pts"))
            slack = 0.5 * 10.0 ** -a_places + 0.5 * 10.0 ** -b_places
            half = 0.5 * 10.0 ** -len(m.group("pts").partition(".")[2])
            change = b - a if m.group("verb") in _UP else a - b
            if change + slack + EPS >= stated - half and change - slack - EPS <= stated + half:
                continue
            start = m.start()
            used = (Used(a_at, a_at + len(_num_text(a, a_places)),
                         "上期的比重", "the share before"),
                    Used(b_at, b_at + len(_num_text(b, b_places)), "本期的比重", "the share now"))
            yield Mismatch("points", start, m.end(), self.text[start:m.end()],
                           num(round(abs(b - a), max(a_places, b_places))) + "个百分点",
                           f"{num(b)}% − {num(a)}%" if b >= a else f"{num(a)}% − {num(b)}%",
                           used, name="变化幅度")

    def _structure_values(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"第一产业增加值80亿元、第二产业320亿元、第三产业400亿元，三次产业结构为10:40:50": a
        structure of this period is the three industries' values over their sum, each term to the
        places written; the values stated before it on the same line (the nearest three), in one
        unit, within a short stretch of one another."""
        folded = self.folded
        named = _STRUCTURE_NAMED.search(folded, sentence.start, sentence.end)
        if named is None:
            return
        ratio, since = None, named.end()
        for m in _RATIO_SPACED.finditer(folded, named.end(), min(sentence.end, named.end() + 80)):
            if not _BEFORE_NOW.search(folded, since, m.start()):
                ratio = m
                break
            since = m.end()  # (由上年的a:b:c调整为d:e:f: the year before's, then this one's)
        if ratio is None:
            return
        terms = [(float(t.group()), t.start(), len(t.group().partition(".")[2]))
                 for t in re.finditer(r"\d+(?:\.\d+)?", ratio.group())]
        if len(terms) != 3 or abs(sum(v for v, _, _ in terms) - 100) > 0.3:
            return  # (a ratio of another kind, or of two terms)
        line = folded.rfind("\n", 0, named.start()) + 1
        values = {}
        for m in _INDUSTRY_VALUE.finditer(folded, max(line, named.start() - _VALUES_BACK), named.start()):
            values[m.group("n")] = m  # the nearest of each
        if len(values) != 3 or len({m.group("unit") for m in values.values()}) != 1 \
                or max(m.start() for m in values.values()) - min(m.start() for m in values.values()) > _VALUES_SPREAD:
            return
        parts = [float(values[n].group("v")) for n in _ORDINAL]
        total = sum(parts)
        first = min(m.start() for m in values.values())
        stated = _OUTPUT.search(folded, max(line, first - _VALUES_SPREAD), first)
        if total <= 0 or (stated is not None and stated.group("unit") == values["一"].group("unit")
                          and abs(float(stated.group("v")) - total) > 0.002 * total):
            return  # (values that do not add up to the output stated: sum-mismatch says so)
        shares = [p / total * 100 for p in parts]
        if all(abs(c - v) <= 0.5 * 10.0 ** -places + _STRUCTURE_SLACK for c, (v, _, places) in zip(shares, terms)):
            return
        places = max(t[2] for t in terms)
        start, end = ratio.start(), ratio.end()
        used = tuple(Used(values[n].start("v"), values[n].end("unit"), f"第{n}产业增加值", f"the value of industry {i + 1}")
                     for i, n in enumerate(_ORDINAL))
        yield Mismatch("share", start, end, self.text[start:end].replace(" ", ""),
                       ":".join(num(round(c, places)) for c in shares),
                       " : ".join(f"{values[n].group('v')}{values[n].group('unit')[0]}" for n in _ORDINAL),
                       used, "各产业增加值占三者之和的比重", "each industry's value over the three together",
                       name="三次产业结构")

    def _two_term_ratios(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"城镇居民人均可支配收入42,600元，农村居民21,300元，城乡居民收入比为2.3:1": a ratio of two
        groups named in it (城乡: 城镇 and 农村; 男女: 男 and 女) is the first group's figure over the
        second's, as stated before it on the same line (the latest of each, one unit)."""
        folded = self.folded
        line = folded.rfind("\n", 0, sentence.start) + 1
        for m in _TWO_RATIO.finditer(folded, sentence.start, sentence.end):
            if _RATIO_THEN.match(folded, m.end()):
                continue  # (由2.5:1缩小至2.3:1: the year before's ratio)
            groups = next((g for key, g in _RATIO_GROUPS if key in m.group("name")), None)
            if groups is None:
                continue
            found = []
            for hint in groups:
                q = next((q for q in reversed(self.between(max(line, m.start() - _RATIO_BACK), m.start()))
                          if _measure(q) and q.kind != "percent" and not q.in_range
                          and re.search(hint, folded[back_to(folded, begin(q), line, "，；。", reach=30):begin(q)])), None)
                found.append(q)
            a, b = found
            if a is None or b is None or a is b or a.unit != b.unit or b.value <= 0:
                continue
            (a_lo, a_hi), (b_lo, b_hi) = written_interval(a), written_interval(b)
            said = float(m.group("a"))
            places = len(m.group("a").partition(".")[2])
            half = 0.5 * 10.0 ** -places
            if b_lo <= 0 or (a_lo / b_hi <= said + half + EPS and a_hi / b_lo >= said - half - EPS):
                continue
            end = m.end()
            value = a.value / b.value
            yield Mismatch("share", m.start("name"), end, self.text[m.start("name"):end].replace(" ", ""),
                           num(round(value, max(places, 1))) + ":1", f"{written(a)} ÷ {written(b)}",
                           (Used(a.start, a.unit_end, "前一项", "the first term"), Used(b.start, b.unit_end, "后一项", "the second term")),
                           name=self.text[m.start("name"):m.end("name")])

    def _same_period(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"受理532件768人，去年同期为787件1279人，件数和人数同比分别下降32.4%、40%": this
        period's figures, the same period's a year before written right after them (one
        measure or two, in the same order), and the change in the clause after: each rate
        over its own measure, by 分别 in order or by the measure it names (件数下降…、人数下降…)."""
        folded = self.folded
        items = sentence.items
        for m in _SAME_PERIOD.finditer(folded, sentence.start, sentence.end):
            if m.start() == sentence.start or folded[m.start() - 1] not in "，（":
                continue
            if folded[m.start() - 1] == "（" and any(q.kind == "percent" and q.end == m.start() - 1 for q in items):
                continue  # (同比增长12.5%（2022年为1200件）: the base of the rate before it, _base_after's)
            verb = m.group("verb")
            if verb and verb != "分别" \
                    and verb not in folded[back_to(folded, m.start() - 1, sentence.start, "，；：。"):m.start()]:
                continue  # (去年同期受理1200件 repeats this period's verb; another word is another indicator)
            now = _run(folded, [q for q in items if q.end <= m.start() - 1], m.start() - 1, backwards=True)
            then = _run(folded, [q for q in items if q.start >= m.end()], m.end())
            if not now or len(now) != len(then) or len(now) > 2 or not all(map(_same_measure, now, then)) \
                    or folded[then[-1].unit_end:then[-1].unit_end + 1] in _LISTED \
                    or folded[back_to(folded, begin(now[0]), sentence.start, "，；：。"):begin(now[0])][-1:] in _LISTED:
                continue  # (审查逮捕97件、审查起诉134件，去年同期分别为197件、375件: lists, not one figure each)
            end = min([i for i in (folded.find(c, then[-1].end, sentence.end) for c in "；。") if i >= 0]
                      + [sentence.end])
            nxt = _SAME_PERIOD.search(folded, then[-1].end, end)
            end = nxt.start() if nxt is not None else end
            pairs = [Pair(a, b, written_interval(a), then[-1].end, end, "compare", None, None, None, written(a))
                     for b, a in zip(now, then)]
            # …同比下降38.24%、53.14%，共起诉373件507人，同比件数下降47.83%: a count of another
            # indicator ends the claims; its 同比 is against its own last year's figure, not given
            end = min(end, self._new_figure(sentence, pairs[-1]._replace(increment=None), end))
            pairs = [p._replace(claims_to=end) for p in pairs]
            if now[0].kind == "percent":
                # 结案率95.2%，去年同期为92.1%，同比上升3.1个百分点: the change is in points
                yield from self._same_period_points(pairs[0], [c for c in items if then[-1].end < c.start < end],
                                                    then[-1].end)
                continue
            # (上年为1200件，增幅达两成以上: a change in tenths too; （去年同期为2296件），同比增幅超过十分之一: a fraction)
            rates = [c for c in items if then[-1].end < c.start < end
                     and (c.kind == "percent" and c.unit in ("%", "成") or c.kind == "fraction" and c.value < 100)
                     and not c.in_range]
            yield from self._same_period_claims(pairs, rates, then[-1].end)

    def _same_period_clauses(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"受理198件，结案18件，结案率9.09%；去年同期收案208件，结案36件，结案率17.31%；收案数、结案数
        及结案率同比分别下降4.80%、50.00%及减少8.22个百分点": this period's figures, a clause of the
        same period's in the same order and measures, then the changes of each, in order after 分别:
        a count's in percent, a rate's in points."""
        folded = self.folded
        items = sentence.items
        for m in _SAME_PERIOD_CLAUSE.finditer(folded, sentence.start, sentence.end):
            if m.start() == sentence.start or folded[m.start() - 1] not in "；;":
                continue
            now_at = back_to(folded, m.start() - 1, sentence.start, "；;。")
            then_end = _clause_end(folded, m.end(), sentence.end)
            said_end = _clause_end(folded, then_end + 1, sentence.end)
            now = [q for q in items if now_at <= q.start < m.start() and _measure(q)]
            then = [q for q in items if m.end() <= q.start < then_end and _measure(q)]
            said = folded[then_end + 1:said_end]
            values = [q for q in items if then_end < q.start < said_end and (q.kind == "points" or
                                                                              (q.kind == "percent" and q.unit == "%"))]
            if not 2 <= len(now) <= 4 or len(now) != len(then) or len(values) != len(now) \
                    or not all(map(_same_measure, now, then)) or "分别" not in said or not _YEAR_OVER_YEAR.search(said):
                continue
            words = ""
            for b, a, c in zip(now, then, values):
                at = back_to(folded, begin(c), then_end + 1, "，；：（）、")
                own = folded[at:begin(c)]
                words = own if _direction(own) else words  # (…分别下降4.80%、50.00%: the second takes the word before)
                if not _direction(words) or (b.kind == "percent") != (c.kind == "points") or not readable_rate(c):
                    continue
                pair = Pair(a, b, written_interval(a), then_end, said_end, "compare", None, None, None, written(a))
                prefix = Prefix(begin(c) - len(words), words)
                if c.kind == "points":
                    found = self._difference_claim(pair, c, prefix, pair.a_value, written_interval(b), "points")
                else:
                    found = self._rate_claim(pair, c, prefix, pair.a_value, written_interval(b), False)
                if found is not None:
                    yield replace(found, start=begin(c), stated=self.text[begin(c):found.end])

    def _respective(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"全年发生火灾212起、死亡9人、受伤15人，同比分别减少38起、3人、5人，分别下降15.2%、33.3%、
        25.0%": this period's figures listed, then 分别 their changes in the same order (the amounts
        and the rates, either first): each rate is N ÷ (B ∓ N) of its own figure."""
        folded = self.folded
        items = sentence.items
        if "分别" not in folded[sentence.start:sentence.end]:
            return
        for m in _RESPECTIVE.finditer(folded, sentence.start, sentence.end):
            first = self._listed(items, m.end())
            if len(first) < 2 or (first[0].kind == "percent") == (first[-1].kind != "percent"):
                continue
            second_at = _THEN_RESPECTIVE.match(folded, first[-1].end)
            if second_at is None or _direction(second_at.group("verb")) != _direction(m.group("verb")):
                continue
            second = self._listed(items, second_at.end())
            amounts, rates = (first, second) if first[0].kind != "percent" else (second, first)
            if len(second) != len(first) or any(q.kind == "percent" or not q.exact for q in amounts) \
                    or any(q.kind != "percent" or q.unit != "%" or q.in_range for q in rates):
                continue
            clause = back_to(folded, m.start(), sentence.start, "，；：。")
            # (分别减少38起、3人，分别下降15.2%、33.3% with no 同比: the amounts and their rates
            # together say a change against the period before, a comparison word or not)
            if clause <= sentence.start or folded[clause - 1] not in "，," \
                    or _TARGET.search(folded, clause, m.end()):
                continue
            currents = items[max(0, bisect_left(items, clause, key=lambda q: q.start) - len(first)):]
            currents = [q for q in currents if q.unit_end <= clause - 1][-len(first):]
            if len(currents) != len(first) or currents[-1].unit_end != clause - 1 \
                    or any(q.kind == "percent" or not plain_count(q) for q in currents) \
                    or not all(map(_same_measure, currents, amounts)) \
                    or _CHANGE_WORDS.search(folded, begin(currents[0]), clause) \
                    or any(c in folded[begin(currents[0]):clause] for c in "；。："):
                continue
            up = _direction(m.group("verb")) == "up"
            word = (m if first is rates else second_at).group("verb")
            for b, n, c in zip(currents, amounts, rates):
                pair = _from_increment(b, n, up, c.start, c.end)
                if pair is None or not readable_rate(c):
                    continue
                found = self._rate_claim(pair, c, Prefix(begin(c) - len(word), word), pair.a_value,
                                         written_interval(b), False)
                if found is not None:
                    yield replace(found, start=begin(c), stated=self.text[begin(c):c.end])

    def _respective_bases(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"全年发生火灾212起、死亡9人、受伤15人，上年同期分别为250起、12人、20人，分别下降15.2%、33.3%、
        25.0%": this period's figures listed, the same period's a year before 分别 in the same order,
        then the rates: each (B − A) ÷ A of its own two figures."""
        folded = self.folded
        items = sentence.items
        for m in _BASES_RESPECTIVE.finditer(folded, sentence.start, sentence.end):
            clause = m.start()
            if clause <= sentence.start or folded[clause - 1] not in "，,":
                continue
            then = self._listed(items, m.end())
            said = _RATES_RESPECTIVE.match(folded, then[-1].end) if then else None
            rates = self._listed(items, said.end()) if said is not None else []
            if len(then) < 2 or len(rates) != len(then) or any(q.kind == "percent" or not q.exact for q in then) \
                    or any(q.kind != "percent" or q.unit != "%" or q.in_range for q in rates):
                continue
            currents = items[max(0, bisect_left(items, clause, key=lambda q: q.start) - len(then)):]
            currents = [q for q in currents if q.unit_end <= clause - 1][-len(then):]
            if len(currents) != len(then) or currents[-1].unit_end != clause - 1 \
                    or any(not plain_count(q) for q in currents) or not all(map(_same_measure, currents, then)) \
                    or _CHANGE_WORDS.search(folded, begin(currents[0]), clause) \
                    or any(c in folded[begin(currents[0]):clause] for c in "；。："):
                continue
            word = said.group("verb")
            up = _direction(word) == "up"
            for b, a, c in zip(currents, then, rates):
                if (b.value > a.value) != up or b.value == a.value or not readable_rate(c):
                    continue  # (one of them the other way: the list's word is not its own)
                pair = Pair(a, b, written_interval(a), c.start, c.end, "compare", None, None, None, written(a))
                found = self._rate_claim(pair, c, Prefix(begin(c) - len(word), word), pair.a_value,
                                         written_interval(b), False)
                if found is not None:
                    yield replace(found, start=begin(c), stated=self.text[begin(c):c.end])

    def _listed(self, items: List[Quantity], at: int) -> List[Quantity]:
        """The figures listed from ``at`` (38起、3人和5人), each right after the mark before it."""
        out: List[Quantity] = []
        for q in items[bisect_left(items, at, key=lambda q: q.start):]:
            if begin(q) != (at if not out else begin(q)) or \
                    (out and self.folded[out[-1].end:begin(q)] not in _LISTED):
                break
            out.append(q)
        return out

    def _same_period_points(self, pair: Pair, later: List[Quantity], floor: int) -> Iterator[Mismatch]:
        """The change in points of a rate against the same period's (审结率87.3%，去年同期为82.1%，同比
        上升5.2个百分点): the difference of the two."""
        folded = self.folded
        for c in later:
            if c.kind != "points":
                continue
            at = back_to(folded, begin(c), floor, "，；：（）、")
            prefix = Prefix(at, folded[at:begin(c)])
            if _TARGET.search(prefix.text) or self._other_subject(pair, prefix.text):
                continue
            found = self._difference_claim(pair, c, prefix, pair.a_value, written_interval(pair.b), "points")
            if found is not None:
                yield found

    def _same_period_claims(self, pairs: List[Pair], rates: List[Quantity], floor: int) -> Iterator[Mismatch]:
        folded = self.folded
        said: Optional[Prefix] = None  # the words of the rate before, for the next one of 分别a%、b%
        for i, c in enumerate(rates):
            at = back_to(folded, begin(c), floor, "，；：（）、")
            prefix = Prefix(at, folded[at:begin(c)])
            if _RATE_WORD.search(prefix.text) is not None:
                said = prefix if "分别" in prefix.text else None
                if said is not None:
                    if i < len(pairs) and readable_rate(c):
                        found = self._same_period_rate(pairs[i], c, prefix)
                        if found is not None:
                            yield found
                    continue
                pair = pairs[0] if len(pairs) == 1 else self._measure_named(pairs, prefix.text)
            elif said is not None and folded[rates[i - 1].end:begin(c)] in ("、", "，", "和") and i < len(pairs):
                pair = pairs[i]  # …分别下降32.4%、40%: the second value is of the second measure
                found = self._same_period_rate(pair, c, said) if readable_rate(c) else None
                if found is not None:
                    yield replace(found, start=begin(c), stated=self.text[begin(c):c.end])
                continue
            else:
                said = None
                continue
            if pair is not None and readable_rate(c) and not _TARGET.search(prefix.text) \
                    and not self._other_subject(pair, _MEASURE_WORDS.sub("", prefix.text)):
                found = self._same_period_rate(pair, c, prefix)
                if found is not None:
                    yield found

    def _same_period_rate(self, pair: Pair, c: Quantity, prefix: Prefix) -> Optional[Mismatch]:
        return self._rate_claim(pair, c, prefix, pair.a_value, written_interval(pair.b), False)

    @staticmethod
    def _measure_named(pairs: List[Pair], words: str) -> Optional[Pair]:
        """The one pair of two whose measure the words of a rate name (件数下降… is the cases')."""
        for pattern, units in _MEASURE_NAMED:
            if pattern.search(words):
                named = [p for p in pairs if p.b.unit in units]
                return named[0] if len(named) == 1 else None
        return None

    # -- the claims about a pair -------------------------------------------

    def _claims(self, sentence: NumberSentence, pair: Pair) -> Iterator[Mismatch]:
        folded = self.folded
        a_lo, a_hi = pair.a_value
        b_lo, b_hi = written_interval(pair.b)
        if a_lo <= 0 or not all(map(math.isfinite, (a_lo, a_hi, b_lo, b_hi))):
            return
        percent_pair = pair.b.kind == "percent"
        index_pair = _index(pair.b)  # 得分86.5，较上年的82.3提高4.2%: points of a score written with %
        for c in sentence.items:
            if c.start < pair.claims_from or c.start >= pair.claims_to or c is pair.increment:
                continue
            if c.kind == "percent" and not percent_pair and any(
                    o.kind == "percent" and pair.claims_from <= o.start < c.start for o in sentence.items):
                continue  # 增加1365件，结案率86.4%，同比提升2.3%: a change after a rate is the rate's
            at = back_to(folded, begin(c), pair.claims_from, "，；：（）、")
            prefix = Prefix(at, folded[at:begin(c)])
            if _TARGET.search(prefix.text) or self._other_subject(pair, prefix.text) \
                    and not (c.unit == "倍" and _MULTIPLE_OF_PERIOD.fullmatch(prefix.text)):
                continue  # (是上年的1.3倍 names the period, no other subject)
            if (c.kind == "percent" and c.unit in ("%", "成") or c.kind == "fraction" and c.value < 100) \
                    and not c.in_range and readable_rate(c):
                # (比2010年增加86万人，增长近四成: a change in tenths is a rate like any other; 增幅超过四分之一,
                # 增长过半: a fraction too)
                found = self._rate_claim(pair, c, prefix, (a_lo, a_hi), (b_lo, b_hi), percent_pair or index_pair)
            elif c.kind == "points" and percent_pair:
                found = self._difference_claim(pair, c, prefix, (a_lo, a_hi), (b_lo, b_hi), "points")
            elif c.unit == "倍" and (c.exact or _times_bound(c) is not None):
                found = self._times_claim(pair, c, prefix, (a_lo, a_hi), (b_lo, b_hi)) \
                    or self._multiple_claim(pair, c, prefix, (a_lo, a_hi), (b_lo, b_hi))
            elif pair.increment is None and c.kind == "count" and _same_measure(c, pair.b) \
                    and not _PER_YEAR.search(prefix.text):
                # (由2.1万人增加到5.7万人，年均新增7200人: a year's share of the change, not the change)
                found = self._difference_claim(pair, c, prefix, (a_lo, a_hi), (b_lo, b_hi), "net")
            else:
                found = None
            if found is not None:
                yield found
        for m in _DOUBLE.finditer(folded, pair.claims_from, pair.claims_to):
            if m.group(1):
                continue  # 近翻番, 基本实现翻番: not a claim to hold exactly
            times = 2 ** _DOUBLINGS[m.group(2)]
            if b_hi / a_lo < times * 0.95 or b_lo / a_hi > times * 1.5:
                ratio = pair.b.value / ((a_lo + a_hi) / 2)
                yield Mismatch(
                    "double", m.start(), m.end(), m.group(0), f"{ratio:.2f}".rstrip("0").rstrip(".") + "倍",
                    f"{written(pair.b)} ÷ {pair.formula_a}", self._used(pair),
                    name=m.group(0),
                )

    def _sentence_start(self, pair: Pair) -> int:
        first = pair.a if pair.a is not None else pair.b
        # (a clause after a semicolon is a statement of its own: 生产总值…增长1.3%；财政收入2.4亿元… is not in real terms)
        return back_to(self.folded, begin(first), 0, "。！？；\n", reach=80)

    def _other_subject(self, pair: Pair, words: str) -> bool:
        """Does the claim name something else than the pair measures ("营业收入由1.2亿元增长到
        1.5亿元，增长25%，利润增长30%": 利润 is not 营业收入)?"""
        lead = _CHANGE_WORDS.split(words)[0]
        lead = _NOT_A_SUBJECT.sub("", lead)
        if len(lead) < 2:
            return False
        folded = self.folded
        named = ""
        for q in (pair.a, pair.b):
            if q is not None:
                named += folded[back_to(folded, begin(q), 0, "，；：。\n", reach=30):begin(q)]
        if not any(lead[i:i + 2] in named for i in range(len(lead) - 1)):
            return True
        # 规上工业企业86家，比上年增加6家，规上工业营业收入同比增长12.3%: a subject shares its
        # qualifier with the pair (规上工业) yet names another thing by its head noun (收入, not 企业)
        head = _HEAD_OF_ANY.sub("", lead)  # (行政复议案件受理量: the head is 受理, the cases received)
        return len(head) >= 4 and head[-2:] not in named

    def _used(self, pair: Pair) -> Tuple[Used, ...]:
        out = []
        if pair.a is not None:
            out.append(Used(pair.a.start, pair.a.unit_end, "变化前的数字", "the figure before the change"))
        if pair.increment is not None:
            out.append(Used(pair.increment.start, pair.increment.unit_end, "增减的数量", "the change stated"))
        out.append(Used(pair.b.start, pair.b.unit_end, "变化后的数字", "the figure after the change"))
        return tuple(out)

    def _rate_claim(self, pair: Pair, c: Quantity, prefix: Prefix, a, b, percent_pair: bool) -> Optional[Mismatch]:
        m = _RATE_WORD.search(prefix.text)
        if m is None or _OTHER_BASIS.search(prefix.text):
            return None
        direction = _direction(prefix.text[:m.end()])
        if direction is None:
            return None
        if _YEAR_OVER_YEAR.search(prefix.text) and pair.kind == "from-to" and pair.a_year and pair.b_year \
                and pair.b_year - pair.a_year != 1:
            return None  # 同比: against last year, not against the first figure
        real = bool(_REAL_TERMS.search(self.folded, self._sentence_start(pair), c.end))
        if _ANNUAL.search(prefix.text):
            return self._annual_claim(pair, c, prefix, a, b, direction, real)
        (a_lo, a_hi), (b_lo, b_hi) = a, b
        if direction == "up":
            low, high = (b_lo - a_hi) / a_hi * 100, (b_hi - a_lo) / a_lo * 100
            formula = f"({written(pair.b)} − {pair.formula_a}) ÷ {pair.formula_a}"
        else:
            low, high = (a_lo - b_hi) / a_hi * 100, (a_hi - b_lo) / a_lo * 100
            formula = f"({pair.formula_a} − {written(pair.b)}) ÷ {pair.formula_a}"
        if pair.a is None and pair.increment is not None and (direction == "up") == (pair.a_value[0] < b_lo):
            # 640 ÷ (8650 − 640): the change over the figure before.  B and N are rounded apart,
            # yet A is made of them: N ÷ (B ∓ N) over their intervals, not (B − A) ÷ A with A and B
            # loose on their own (4.2万件，下降6.3%，减少0.35万件 is 7.5% to 7.9%, never 6.3%).
            (n_lo, n_hi), sign = written_interval(pair.increment), (-1 if direction == "up" else 1)
            if b_lo + sign * n_hi > 0:
                low, high = n_lo / (b_hi + sign * n_lo) * 100, n_hi / (b_lo + sign * n_hi) * 100
            formula = f"{written(pair.increment)} ÷ {pair.formula_a}"
        if interval_shows(*_widened(low, high, real), c):
            return None
        if percent_pair and interval_shows(min(abs(b_lo - a_hi), abs(b_hi - a_lo)), max(abs(b_lo - a_hi), abs(b_hi - a_lo)), c):
            return None  # 由85%提高到92%，提高了7%: points written as a percentage
        start = prefix.start + m.start()
        word = m.group(0).rstrip("了为达到约近超过 ")
        name = word if word.endswith(("率", "幅")) else ("增幅" if direction == "up" else "降幅")
        places = 1 if c.unit == "成" or c.kind == "fraction" else c.decimals  # (增长近四成 against 26.4%, not 26%)
        return Mismatch("change", start, c.end, self.text[start:c.end], pct((low + high) / 2, places, c.value), formula,
                        self._used(pair), *(_REAL_NOTE if real else ("", "")), name=name)

    def _annual_claim(self, pair: Pair, c: Quantity, prefix: Prefix, a, b, direction: str, real: bool) -> Optional[Mismatch]:
        if not (pair.a_year and pair.b_year) or pair.b_year <= pair.a_year or pair.a is None:
            return None  # the years are not given: no way to tell the span
        years = pair.b_year - pair.a_year
        (a_lo, a_hi), (b_lo, b_hi) = a, b
        if b_lo <= 0:
            return None
        sign = 1 if direction == "up" else -1
        compound = ((b_lo / a_hi) ** (1 / years) - 1, (b_hi / a_lo) ** (1 / years) - 1)
        simple = ((b_lo - a_hi) / a_hi / years, (b_hi - a_lo) / a_lo / years)
        for low, high in (compound, simple):
            low, high = sorted((sign * low * 100, sign * high * 100))
            if interval_shows(*_widened(low, high, real), c):
                return None
        value = sign * ((pair.b.value / pair.a.value) ** (1 / years) - 1) * 100
        start = prefix.start + _ANNUAL.search(prefix.text).start()
        formula = f"({written(pair.b)} ÷ {written(pair.a)})^(1/{years}) − 1"
        note_zh, note_en = f"{pair.a_year}—{pair.b_year}年共{years}年", f"{years} years from {pair.a_year} to {pair.b_year}"
        if real:
            note_zh, note_en = f"{note_zh}，{_REAL_NOTE[0]}", f"{note_en}, {_REAL_NOTE[1]}"
        return Mismatch("annual", start, c.end, self.text[start:c.end], pct(value, c.decimals, c.value), formula,
                        self._used(pair), note_zh=note_zh, note_en=note_en, name="年均增速")

    def _difference_claim(self, pair: Pair, c: Quantity, prefix: Prefix, a, b, kind: str) -> Optional[Mismatch]:
        """提高x个百分点 (two percentages) and 增加N件 (two counts): B − A, within the rounding
        of all three figures as written (5.6% to 4.9% is a fall of 0.6 to 0.8 points, never 0.9)."""
        m = (_POINTS_WORD if kind == "points" else _NET_WORD).search(prefix.text)
        if m is None:
            return None
        low, high = _difference(a, b)
        c_lo, c_hi = written_interval(c)
        if kind == "points" and c.exact and not c.decimals:
            # 提高了十三个百分点 for 78.6% → 91.2%: whole points are a rounding, as a reader writes them
            c_lo, c_hi = c.value - 0.5, c.value + 0.5
        if low <= c_hi + EPS and high >= c_lo - EPS:
            return None
        start = prefix.start + m.start()
        a_value = pair.a.value if pair.a is not None else sum(a) / 2
        sign = "%" if kind == "points" else ""
        if pair.b.value >= a_value:
            formula = f"{written(pair.b)}{sign} − {pair.formula_a}{sign}"
        else:
            formula = f"{pair.formula_a}{sign} − {written(pair.b)}{sign}"
        unit = "个百分点" if kind == "points" else c.unit
        scale = scale_of(c) if kind == "net" else 1.0
        # (减少0.53万人 is answered in 万 too: 0.35万人, not 3500人)
        shown = num(round(abs(pair.b.value - a_value) / scale, 8)) + (_SCALE_WORDS.get(scale, "") if scale > 1 else "")
        return Mismatch(kind, start, c.unit_end, self.text[start:c.unit_end], shown + unit,
                        formula, self._used(pair), name="变化幅度" if kind == "points" else "增减数")

    def _multiple_claim(self, pair: Pair, c: Quantity, prefix: Prefix, a, b) -> Optional[Mismatch]:
        """"较2023年的119.6万人增加28.3万人，是上年的1.2倍": the multiple itself (B ÷ A, no growth
        word: 增长1.2倍 is _times_claim's), of the period the pair compares with."""
        m = _MULTIPLE_OF_PERIOD.search(prefix.text)
        if m is None:
            return None
        if pair.kind == "from-to" and not (pair.a_year is not None and pair.b_year is not None and pair.a_year + 1 == pair.b_year
                                           or re.search(r"上年|去年|上一年", self.folded[max(0, begin(pair.a) - 6):begin(pair.a)])):
            return None  # (由2019年的…增加到…, 是上年的: the pair spans more than the year the multiple names)
        (a_lo, a_hi), (b_lo, b_hi) = a, b
        low, high = b_lo / a_hi, b_hi / a_lo
        shown = _multiple_shown(c, _times_bound(c))
        if low <= shown[1] + EPS and high >= shown[0] - EPS:
            return None
        ratio = pair.b.value / ((a_lo + a_hi) / 2)
        start = prefix.start + m.start()
        return Mismatch("times", start, c.unit_end, self.text[start:c.unit_end], num(round(ratio, 1)) + "倍",
                        f"{written(pair.b)} ÷ {pair.formula_a}", self._used(pair), name="倍数")

    def _times_claim(self, pair: Pair, c: Quantity, prefix: Prefix, a, b) -> Optional[Mismatch]:
        m = _TIMES_WORD.search(prefix.text)
        if m is None:
            return None
        (a_lo, a_hi), (b_lo, b_hi) = a, b
        # 600余件 is a little over 600: taken to half its step, not the whole (a multiple of
        # 150 from 600余 is about 4, never 5)
        a_hi, b_hi = (min(hi, q.value + q.step / 2) if q is not None and q.inner is not None else hi
                      for q, hi in ((pair.a, a_hi), (pair.b, b_hi)))
        low, high = b_lo / a_hi - 1, b_hi / a_lo - 1
        # 增长2倍 is three times A (增长了4倍 from 150 to 600 is one too many: 增长3倍); 增长到4倍,
        # 是…的4倍 and 翻两番 are the multiple itself, and _TIMES_WORD reads none of them.  A whole
        # number is rounded or cut off (增长3倍 for 3.4 or 3.8 more), a decimal rounded.
        if c.decimals:
            half = 0.5 * 10.0 ** -c.decimals
            shown = (c.value - half - 0.05, c.value + half + 0.05)
        else:
            shown = (c.value - 0.5, c.value + 1)
        bound = _times_bound(c)
        if bound:
            # 增长了近4倍: a little under 4 (3 to 4.5); 约3倍: about it; 超过3倍, 3倍多: above it
            k = c.value
            shown = {"near": (0.75 * k, k + 0.5), "about": (min(k - 0.5, 0.75 * k), max(k + 0.5, 1.25 * k)),
                     "above": (k - 0.05, math.inf)}[bound]
        if low <= shown[1] - EPS and high >= shown[0]:
            return None
        ratio = pair.b.value / ((a_lo + a_hi) / 2)
        start = prefix.start + m.start()
        return Mismatch("times", start, c.unit_end, self.text[start:c.unit_end], num(round(ratio - 1, 1)) + "倍",
                        f"{written(pair.b)} ÷ {pair.formula_a} − 1", self._used(pair), name="增长倍数")


# 由上年的9.8:41.5:48.7调整为9.1:40.2:50.7: the terms of a structure before and after.
_RATIO = r"\d+(?:\.\d+)?(?:[:：∶]\d+(?:\.\d+)?){1,3}"
_STRUCTURE = lazy(r"(?:由|从)[^，；。\d]{0,10}?(?:\d{4}年)?[^，；。\d]{0,4}?(?P<old>" + _RATIO + r")[，,]?[^，；。\d]{0,8}?"
                  r"(?:调整|优化|变化|转变|变|改善|提升)(?:为|到|至)(?P<new>" + _RATIO + r")")
# 三次产业结构为9.1:40.2:50.7，上年为9.8:41.5:48.7: the same, the year before written after.
_STRUCTURE_THEN = lazy(r"(?P<new>" + _RATIO + r")[，,；;]?(?:上年|去年|上年同期|20\d\d年)(?:为|是)(?P<old>" + _RATIO + r")")
# 第三产业占比提高了1.8个百分点: one term's change.
# (服务业 is the third industry as statistics count it; 在全区经济中的比重 names the whole in words)
_TERM_CHANGE = lazy(r"(?:第(?P<n>[一二三])产业|(?P<services>服务业))(?:增加值)?(?:在[^，；。\d]{1,10}中的)?"
                    r"(?:所占比重|占比|比重|占GDP的?比重|占生产总值的?比重)(?:比上年)?"
                    r"(?P<verb>提高|提升|上升|增加|下降|降低|减少|回落)了?(?P<pts>\d+(?:\.\d+)?)个百分点")
_ORDINAL = "一二三"
# 三次产业结构为10:40:50 (由上年的…调整为…: the ratio after the year before's is this period's).
_STRUCTURE_NAMED = lazy(r"(?:三次产业|一二三产业|三产)(?:结构|比例|比重)(?:比|之比)?")
_RATIO_SPACED = lazy(r"\d+(?:\.\d+)?(?:\s*[:：∶]\s*\d+(?:\.\d+)?){2}")
_BEFORE_NOW = lazy(r"上年|去年|由|从")
# 第一产业增加值5556.6亿元: an industry's value, the part of a structure term.
_INDUSTRY_VALUE = lazy(r"第(?P<n>[一二三])产业(?:增加值|实现增加值)?(?:为|是|实现|完成|达到?)?\s*"
                       r"(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元)")
_OUTPUT = lazy(r"(?:生产总值|GDP)(?:[（(][A-Z]+[）)])?(?:为|是|实现|完成|达到?)?\s*(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>亿元|万元)")
_VALUES_BACK = 600  # characters before the structure where the three values may stand
_VALUES_SPREAD = 300  # and how far apart
_STRUCTURE_SLACK = 0.1  # points: a structure over GDP, or rounded to make 100, may move a term this far


# A name and its short form (规模以上工业 = 规上工业): a gap names the one, the rate the other.
_SHORT_FORMS = (("规模以上", "规上"), ("限额以上", "限上"))


def _aliases(name: str) -> List[str]:
    """``name`` and the same name with its long and short forms swapped."""
    out = [name]
    for long, short in _SHORT_FORMS:
        if long in name:
            out.append(name.replace(long, short))
        elif short in name:
            out.append(name.replace(short, long))
    return out


def _multiple_shown(c: Quantity, bound: str) -> Tuple[float, float]:
    """The multiples a written 倍 ``c`` allows, with its approximation word (``_times_bound``): 近4倍 down to three
    quarters of it, 约3倍 a quarter either side, 超过3倍 anything past it; written bare, its rounding (2.54 is no
    2倍: 2倍多 or 2.5倍 says it; 1.5倍 holds 1.45 to 1.55, and a twentieth more for the counts' own rounding)."""
    k = c.value
    if bound == "near":
        return 0.75 * k, k + 0.5
    if bound == "about":
        return min(k - 0.5, 0.75 * k), max(k + 0.5, 1.25 * k)
    if bound == "above":
        return k - 0.05, math.inf
    if c.decimals:
        half = 0.5 * 10.0 ** -c.decimals
        return k - half - 0.05, k + half + 0.05
    return k - 0.5, k + 0.5


def _times_bound(c: Quantity) -> Optional[str]:
    """"near", "about" or "above" for a multiple written with one approximation word before it
    (近4倍, 约3倍, 超过3倍); "" when written without; None when otherwise marked."""
    if c.inner is not None or c.after is not None or c.in_range:
        return None
    if c.before is None:
        return ""
    word = c.before.text
    if word in ("近", "将近", "接近"):
        return "near"
    if word in ABOUT:
        return "about"
    if word in ABOVE:
        return "above"
    return None


def _terms(m: "re.Match[str]", group: str) -> List[Tuple[float, int, int]]:
    """The terms of a ratio as (value, offset, decimals)."""
    out = []
    for t in re.finditer(r"\d+(?:\.\d+)?", m.group(group)):
        out.append((float(t.group()), m.start(group) + t.start(), len(t.group().partition(".")[2])))
    return out


def _num_text(value: float, places: int) -> str:
    return f"{value:.{places}f}"


def _clause_end(folded: str, start: int, limit: int) -> int:
    """Where the clause run from ``start`` ends: the next semicolon or full stop, or ``limit``."""
    return min([i for i in (folded.find(c, start, limit) for c in "；;。") if i >= 0] + [limit])


def _run(folded: str, items: List[Quantity], edge: int, backwards: bool = False) -> List[Quantity]:
    """The figures written one right after another (532件768人) that end (or start) at ``edge``."""
    seq = list(reversed(items)) if backwards else items
    run: List[Quantity] = []
    for q in seq:
        if not run:
            if (q.unit_end if backwards else begin(q)) != edge:
                break
        elif (folded[q.unit_end:begin(run[-1])] if backwards else folded[run[-1].unit_end:begin(q)]).strip():
            break
        if not _measure(q):
            break
        run.append(q)
    return list(reversed(run)) if backwards else run


def _closes(lead: str, folded: str, at: int) -> int:
    """How many characters at ``at`` close the bracket ``lead`` opens the other percentage in
    (比全省平均水平（17.9%）高3.7个百分点: the rate compared with, as a gloss of its name)."""
    return 1 if lead[-1:] in "（(" and folded[at:at + 1] in "）)" else 0


def _difference(a: Tuple[float, float], b: Tuple[float, float]) -> Tuple[float, float]:
    """|B − A| over the values the two written figures stand for."""
    (a_lo, a_hi), (b_lo, b_hi) = a, b
    low, high = sorted((abs(b_lo - a_hi), abs(b_hi - a_lo)))
    if b_lo <= a_hi and b_hi >= a_lo:
        low = 0.0
    return low, max(high, abs(b_hi - a_lo), abs(b_lo - a_hi))
