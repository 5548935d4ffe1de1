"""The number model: every quantity of a report, with its unit and approximation marks.

The arithmetic and consistency checks read this model, never the raw text, so a
number is parsed once and the same way for all of them.  A quantity is a count,
an amount or a percentage as a reader understands it: "近5000余人", "847余万元",
"两起", "百分之八十五", "4类".  What only looks like a number is left out on
purpose, because a check that summed it would cry wolf: years and dates (kept
apart in ``years`` for the checks that need them), times of day, document
numbers (〔2021〕33号), phone and index numbers, ordinals (第3批, 第一责任人),
plan names (“十四五”, 七五普法), quoted day and method names (“12·4”, “721”工作法)
and labels joined with + (“6+1”).

Offsets index ``Document.text``; the model is computed on ``Document.folded``
(full-width digits and punctuation folded), so both widths parse alike.
"""
from __future__ import annotations

import bisect
import math
import re
from typing import Iterator, List, NamedTuple, Optional, Sequence, Tuple

from ..lazy_re import lazy
from ..numerals import cn_to_int

_SPACES = " \t\u3000\xa0"

# Measure words and units, longest first so 人次 wins over 人 and 个月 over 个.
_UNITS = sorted(
    """
    人次 件次 户次 车次 批次 场次 架次 班次 课次 份次 家次 起次
    个百分点 百分点 个工作日 工作日 个季度 季度 个月 周年 小时 分钟 课时 学时 学分
    平方公里 平方千米 平方米 平米 立方米 千米 公里 海里 公顷 千克 公斤 千瓦 美元 元
    大类 类别 个方面 方面 个领域 部门 单位
    人 名 位 件 起 宗 例 次 项 个 条 家 份 篇 场 期 台 辆 艘 处 户 座 块 张 所 间 部 本 册
    套 批 卷 类 种 支 队 只 面 幅 棵 株 盏 根 箱 袋 瓶 双 组 轮 堂 节 单 回 遍 封 栋 幢 层
    段 片 村 米 亩 吨 斤 年 周 天 倍 岁 把 届 票 点 道 门 方 分 小项 大项 余项 头 羽 笔
    """.split(),
    key=len,
    reverse=True,
)
# Measure words that after a Chinese numeral are more often part of a word or idiom
# (十分重要, 一把手, 三门峡, 两点论, 八方, 五届; 一头连着, 两头跑, 一笔带过).  头, 羽 and 笔 count
# livestock, poultry and transactions in statistics (生猪存栏12.4万头, 家禽638万羽, 办理业务1.9万笔).
_ARABIC_ONLY_UNITS = frozenset("把 届 票 点 道 门 方 分 学分 单 头 羽 笔".split())
# 四点要求, 三点意见: points a speaker makes, counted in words (not 两点论 or 四点钟).
_POINTS_OF = re.compile(r"(?:具体|主要|重要|殷切)?(?:要求|意见|建议|希望|体会|启示|做法|经验|打算|举措|共识|思考|感受|收获|看法)")
# A measure word followed by these characters is the first half of another word:
# 项目, 人员, 台账, 处理, 名单, 条例, 部署, 期间 ...  ("5项目" is not five items).
_NOT_A_UNIT = frozenset(
    """
    项目 人员 人民 人口 人大 人才 人身 人社 人力 人事 人文 人工 人性 人均 人数 人群
    家庭 家长 家属 家园 家风 家乡 家具 台账 台风 台阶 台区 场所 场地 场景 场合 场馆
    处理 处置 处罚 处室 处级 处长 处于 名单 名录 名称 名义 名额 条例 条件 条款 条线 条龙
    部署 部分 部长 部位 期间 期限 期待 期望 期满 份额 次要 次性 批准 批复 批评 批示 张贴
    所有 所属 所在 所得 座谈 户籍 户外 户口 本级 本身 本着 本部 本地 类型 种类 队伍 队员
    个体 个性 个别 个案 位置 位于 届时 轮流 节点 节约 节日 节能 面积 面向 面对 面貌 面临
    道路 段落 层级 层面 组织 组长 组成 组建 组员 起诉 起草 起点 起来 起到 起步 回复 回应
    回访 回头 门店 门户 门前 片区 村民 村委 村级 天然 周边 年度 年轻 年龄 年底 年初 年终
    月份 小时数 单位数 只是 只有 支持 支撑 支付 支部 支队 间隔 套餐 块状 根据 根本 双方
    双随机 米线 分析 分类 分别 分局 分管 分工 分配 分解 分之 方式 方案 方面 方法 方向
    方便 方针 点位 点评 道德 门类 把关 把握 元素 例如 宗旨 卷宗 层次 封闭 票据 瓶颈 遍及
    头条 头部 头脑 头等 头雁 羽毛 笔录 笔记 笔试
    """.split()
)
# Kinds ("5大类", "3个方面"): the stated number of categories of a list.
KIND_UNITS = frozenset(["类", "大类", "类别", "种", "个方面", "方面", "个领域", "点"])  # (四点要求: points made)
POINT_UNITS = frozenset(["个百分点", "百分点"])  # a difference of two percentages
TIME_UNITS = frozenset(["年", "周年", "个月", "周", "天", "小时", "分钟", "工作日", "个工作日", "季度", "个季度"])
# Measure words that count the same things: a report writes 件 and 起 for cases alike.
_FAMILIES = {"起": "件", "宗": "件", "名": "人", "位": "人"}

# Approximation marks before the number ("近5000人", "超过了300件", "约有200人").
BELOW = ("不超过", "将近", "接近", "不足", "不到", "低于", "少于", "最多", "至多", "近")
ABOVE = ("超过", "突破", "多于", "大于", "高于", "至少", "最少", "逾", "超")  # 突破400亿元: past it
ABOUT = ("约为", "大约", "大概", "大致", "约")
_BEFORE_MARKS = sorted(BELOW + ABOVE + ABOUT, key=len, reverse=True)
# Characters that make 近/约/超 part of another word: 附近, 最近, 预约, 制约 ...
_NOT_BEFORE = {
    "近": set("附最临靠邻就亲新远贴逼走"),
    "约": set("预签制节契条邀相违履婚赴特公合规集简"),
    "超": set("赶高"),  # 赶超3家, 高超: 超 of another word; 超5万人次 says more than
}
_BEFORE_FILLERS = "了有为计达"
# Marks after the unit ("5000人以上", "一个月左右").
_AFTER_MARKS = ("以上", "以下", "左右", "上下", "前后")

_CN_CHARS = "零〇○一二两三四五六七八九十百千万亿"
_RANGE_JOIN = "～~—－-至到〜–"
_RANGE_CHAR = re.compile("[" + re.escape(_RANGE_JOIN) + "]")
# An Arabic number: plain (1234, 12.5) or grouped with half-width commas (1,234).
# In ``folded`` the comma reads "，"; the original text decides whether it grouped digits.
# The first digit stands outside the alternation so that the regex engine skips
# to digits instead of trying both branches at every character (3× faster).
_ARABIC = re.compile(r"\d(?:\d{0,2}(?:，\d{3})+(?!\d)(?:\.\d+)?|\d*(?:\.\d+)?)")
# Digits grouped by spaces, as statistics write them (18 406件, 87 936件; GB/T 8170): groups of
# three after one to three digits, the number closed by its unit (checked where it is read).  A
# run of numbers apart by spaces (a table's cells, "12 87 936") is no grouping.
_SPACED = lazy(r"(?<![\d.，])(?<!\d[ \u2009\u202f\xa0])\d{1,3}(?:[ \u2009\u202f\xa0]\d{3})+(?![\d.，\s])")
_FRACTION = lazy(
    r"(?P<den>[一二两三四五六七八九十百千]+|\d+)分之(?P<num>[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?)"
)
_HALF = re.compile(r"(?<!超)过半数?|半数|一半")
# 成 read as tenths of a whole: the numeral before it, what may stand before that
# numeral, the words that make it a share (占八成, 达六成), and after it.
_TENTHS = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}
_TENTHS["两"] = 2
_TENTHS.update({str(i): i for i in range(1, 10)})
_TENTH_NOT_BEFORE = frozenset("零〇○一二两三四五六七八九十百千万亿0123456789.第")
_TENTH_LEAD = frozenset("占达有逾超过足到为近约")
_TENTH_AFTER = frozenset("以左上多的，。、；：）！？")
_TENTH_NOT_AFTER = frozenset("为果效立员本绩熟功交就型片套规像了都长品新不")
_NOT_PAST = frozenset("通经不越路错难度闯渡穿跨")
_TENTH_PART = {c: float(i + 1) for i, c in enumerate("一二三四五六七八九")}
_TENTH_PART["半"] = 5.0
_CN_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}
_CN_DIGIT.update({"〇": 0, "○": 0, "两": 2})

_CJK = lazy(r"[\u4e00-\u9fff]")

# The longest figure a report writes: beyond it a digit run is a code or garbage, and
# reading it as a float would lose it (or overflow): 310 digits do not fit a float.
MAX_DIGITS = 15
MAX_DECIMALS = 6
MAX_VALUE = 10 ** MAX_DIGITS


class Mark(NamedTuple):
    """An approximation word and where it stands."""

    text: str
    start: int
    end: int


class Quantity(NamedTuple):
    """One quantity of the text (a NamedTuple: a large report holds 100 000 of them).

    ``start``..``num_end`` is the number itself (with 万/亿 and an inner 余/多),
    ``unit_start``..``unit_end`` its measure word, ``end`` the end of the whole
    expression including a trailing mark (以上, 左右).  ``value`` is in plain
    units (847余万元 -> 8470000); a percentage keeps its percent value (85.0).
    """

    start: int
    num_end: int
    unit_start: int
    unit_end: int
    end: int
    value: float
    number: str  # the number as written: "847余万", "百分之八十五", "1,234"
    unit: str  # "件", "%", "" when no measure word follows
    kind: str  # "count" (with a unit), "percent" (% and 成), "points" (百分点), "fraction", "number" (no unit)
    decimals: int  # digits shown after the point: the rounding a percentage claims
    chinese: bool
    step: float  # the size of the last shown place (for 余/多: 160余 is 160..170)
    before: Optional[Mark] = None  # 近, 约, 超过 ...
    inner: Optional[Mark] = None  # 余, 多 between number and unit
    after: Optional[Mark] = None  # 以上, 左右 ...
    in_range: bool = False  # one end of 3～5人, 三至五年

    @property
    def exact(self) -> bool:
        return self.before is None and self.inner is None and self.after is None and not self.in_range

    @property
    def family(self) -> str:
        """Units that count the same thing share a family (件/起/宗, 人/名/位)."""
        return _FAMILIES.get(self.unit, self.unit)

    @property
    def marks(self) -> Tuple[Mark, ...]:
        return tuple(m for m in (self.before, self.inner, self.after) if m is not None)

    @property
    def bounds(self) -> Tuple[float, float]:
        """The interval the words allow: 160余 -> (160, 170), 近5000 -> (4000, 5000)."""
        v = self.value
        if self.in_range:
            return 0.0, math.inf
        lo, hi = v, v
        for mark in self.marks:
            word = mark.text
            if word in ("余", "多"):
                hi = max(hi, v + self.step)
            elif word in ("以上", "过") or word in ABOVE:
                hi = math.inf
            elif word in ("近", "将近", "接近"):
                lo = min(lo, 0.8 * v)
            elif word == "以下" or word in BELOW:
                lo = 0.0
            else:  # 约, 左右, 上下, 前后
                lo, hi = min(lo, 0.8 * v), max(hi, 1.2 * v)
        return lo, hi


class YearMention(NamedTuple):
    """A year named in the text ("2023年", "二〇二三年度"): a date, never a count."""

    start: int
    end: int
    value: int


class NumberSentence(NamedTuple):
    """A sentence (split at 。！？ only: a breakdown often runs on after ；) that holds quantities."""

    start: int
    end: int
    items: List[Quantity]  # its quantities (those whose number starts inside it), in text order


# A sentence for arithmetic ends at 。！？ only (a run of them).
_SENTENCE_END = re.compile(r"[。！？]+")


def _sentence_layout(text: str, at: Sequence[int]) -> List[Tuple[int, int, int]]:
    """(start, end, how many quantities) of each sentence of ``text`` that holds one of
    the quantities starting at offsets ``at`` (sorted)."""
    layout = []
    floor = 0  # where the last sentence found ended
    i, n = 0, len(at)
    while i < n:
        pos = at[i]
        # The sentence starts after the last end mark before the number (or where the
        # sentence before it ended) and runs through the end marks after it.
        begin = max(text.rfind("。", floor, pos), text.rfind("！", floor, pos), text.rfind("？", floor, pos), floor - 1) + 1
        stop = _SENTENCE_END.search(text, pos)
        floor = stop.end() if stop else len(text)
        j = bisect.bisect_left(at, floor, i)
        layout.append((begin, floor, j - i))
        i = j
    return layout


class QuantityModel(Sequence):
    """All quantities of a document in text order, with lookup by offset."""

    def __init__(self, items: List[Quantity], years: List[YearMention]):
        self.items = items
        self.years = years
        self._starts = [q.start for q in items]
        self._year_starts = [y.start for y in years]
        self._sentences: Optional[List[NumberSentence]] = None
        self._runs: Optional[Tuple[List[Tuple[NumberSentence, ...]], List]] = None

    def sentences(self, paragraphs: Sequence, folded: str = "", cut: frozenset = frozenset()) -> List[NumberSentence]:
        """The sentences of ``paragraphs`` (``Document.paragraphs``) that hold a quantity.

        Computed once and shared by the checks: a report's sentences mostly hold no
        number, so the checks walk these instead of every sentence.
        """
        if self._sentences is None:
            self._sentences = [sentence for run in self.runs(paragraphs, folded, cut)[0] for sentence in run]
        return self._sentences

    def runs(self, paragraphs: Sequence, folded: str = "", cut: frozenset = frozenset()) -> Tuple[List[Tuple[NumberSentence, ...]], List]:
        """``sentences`` paragraph by paragraph (a run: the number sentences of one
        paragraph), and the paragraph of each run.  A paragraph whose index is in ``cut``
        stops mid-sentence and goes on in the next line (reading.cut_lines): the two are
        one paragraph here, read in ``folded`` (the document's), so that a sentence cut by
        the line break is one sentence; its run's paragraph is the first line's."""
        if self._runs is None:
            self._runs = self._group(paragraphs, folded, cut)
        return self._runs

    def _group(self, paragraphs: Sequence, folded: str = "", cut: frozenset = frozenset()) -> Tuple[List[Tuple[NumberSentence, ...]], List]:
        items, starts = self.items, self._starts
        para_starts = [p.start for p in paragraphs]
        runs: List[Tuple[NumberSentence, ...]] = []
        run_paragraphs: List = []
        layouts: dict = {}  # a paragraph repeated with the same numbers splits the same way
        i, n = 0, len(items)
        while i < n:
            # From quantity to paragraph: the paragraphs without one are never looked at.
            k = bisect.bisect_right(para_starts, starts[i]) - 1
            if k < 0 or starts[i] >= paragraphs[k].end:
                i += 1  # not inside a paragraph (a Markdown heading marker)
                continue
            first = last = k
            if cut:
                while first - 1 in cut:
                    first -= 1
                while last in cut:
                    last += 1
            para = paragraphs[first]
            end = paragraphs[last].end
            j = bisect.bisect_left(starts, end, i)
            base = para.start
            words = para.folded if first == last else folded[base:end]
            at = tuple(map((-base).__add__, starts[i:j]))
            key = (words, at)
            layout = layouts.get(key)
            if layout is None:
                layout = layouts[key] = _sentence_layout(words, at)
            run = []
            for begin, stop, count in layout:
                run.append(_tuple_new(NumberSentence, (base + begin, base + stop, items[i:i + count])))
                i += count
            runs.append(tuple(run))
            run_paragraphs.append(para)
        return runs, run_paragraphs

    def __getitem__(self, index):
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Quantity]:
        return iter(self.items)

    def between(self, start: int, end: int) -> List[Quantity]:
        """Quantities whose number starts in ``start``..``end``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return self.items[lo:hi]

    def years_between(self, start: int, end: int) -> List[YearMention]:
        lo = bisect.bisect_left(self._year_starts, start)
        hi = bisect.bisect_left(self._year_starts, end)
        return self.years[lo:hi]


# -- parsing ---------------------------------------------------------------


def _skip_spaces(folded: str, pos: int) -> int:
    while pos < len(folded) and folded[pos] in _SPACES:
        pos += 1
    return pos


def _back_spaces(folded: str, pos: int) -> int:
    while pos > 0 and folded[pos - 1] in _SPACES:
        pos -= 1
    return pos


_UNITS_BY_FIRST: dict = {}
for _unit in _UNITS:
    _UNITS_BY_FIRST.setdefault(_unit[0], []).append(_unit)  # longest first, as in _UNITS


def _unit_at(folded: str, pos: int, chinese: bool) -> Optional[str]:
    if pos >= len(folded):
        return None
    for unit in _UNITS_BY_FIRST.get(folded[pos], ()):
        if folded.startswith(unit, pos):
            if chinese and unit in _ARABIC_ONLY_UNITS and not (unit == "点" and _POINTS_OF.match(folded, pos + 1)):
                return None
            if folded[pos:pos + len(unit) + 1] in _NOT_A_UNIT or folded[pos:pos + len(unit) + 2] in _NOT_A_UNIT:
                # 项目, 人员: try a shorter unit only if it is itself not a word start
                continue
            return unit
    return None


_BEFORE_LAST = frozenset(w[-1] for w in _BEFORE_MARKS) | frozenset(_BEFORE_FILLERS)
_AFTER_FIRST = frozenset(w[0] for w in _AFTER_MARKS)


def _before_mark(folded: str, start: int) -> Optional[Mark]:
    pos = _back_spaces(folded, start)
    if pos == 0 or folded[pos - 1] not in _BEFORE_LAST:
        return None  # the common case, decided by one character
    candidates = [pos]
    if pos > 0 and folded[pos - 1] in _BEFORE_FILLERS:
        candidates.append(pos - 1)  # 超过了300人, 约有200人
    for end in candidates:
        for word in _BEFORE_MARKS:
            begin = end - len(word)
            if begin >= 0 and folded.startswith(word, begin):
                blocked = _NOT_BEFORE.get(word)
                if blocked and begin > 0 and folded[begin - 1] in blocked:
                    continue
                return Mark(word, begin, end)
    return None


def _after_mark(folded: str, pos: int) -> Optional[Mark]:
    if pos >= len(folded) or folded[pos] not in _AFTER_FIRST:
        return None
    for word in _AFTER_MARKS:
        if folded.startswith(word, pos):
            nxt = folded[pos + 2:pos + 3]
            if word == "以上" and nxt == "述":  # 以上述方式: "by the said means"
                return None
            if word == "以下" and folded.startswith("简称", pos + 2):
                return None
            if word in ("上下", "前后") and nxt and _CJK.match(nxt) and nxt != "的":
                return None  # 上下联动, 前后衔接
            return Mark(word, pos, pos + 2)
    return None


_SPACE_SET = frozenset(_SPACES)
# A minus sign: the hyphen and the dashes a report types for it, and 负 (负0.28‰).
_SIGNS = frozenset("-－−负")
# What a signed rate follows (率为-1.8‰, 增长-3.2%, 同比-0.5个百分点, 增速：-2.1%, （-0.3%）,
# 降至-0.3%); after anything else a hyphen joins a code, a date or a range (3.2%-5.1%).
_SIGN_AFTER = frozenset("为是达率长速幅比至到：（")


def _sign_before(folded: str, start: int) -> Optional[int]:
    """Where the minus sign of the number at ``start`` stands, if the character before it is one
    a text means: a hyphen or dash only after the words that state a rate's value, 负 anywhere
    but in 正负 (±).  The sign is kept only for a percentage or points (``finish``)."""
    at = start - 1
    if folded[at] == "负":
        return at if at == 0 or folded[at - 1] != "正" else None
    lead = _back_spaces(folded, at)
    return at if lead > 0 and folded[lead - 1] in _SIGN_AFTER else None

_DATE_AFTER = frozenset("月日号时")
_MORE_SET = frozenset("余多")
_MULTIPLIERS = (("万亿", 10**12), ("萬億", 10**12), ("万", 10**4), ("萬", 10**4), ("亿", 10**8), ("億", 10**8))
_MULTIPLIER_SET = frozenset("万亿萬億")  # (萬, 億: a page in traditional script, 4348萬元)
_SMALL_SCALES = {"千": 1000, "百": 100}


def _small_scale(folded: str, pos: int) -> int:
    """The scale of 千 or 百 written between digits and a measure word: statistics count land in
    千公顷 (785.1千公顷 is 785,100 公顷), and a page may write 3千户, 51313百羽.  It is one only
    where a measure word follows the scale and the two are not one word: 千米, 千克, 千瓦 and
    百分点 are units of their own, 千分 and 百分 begin 千分之, 百分比 (4.7千分控制 is no count)."""
    nxt = pos + 1
    if folded[nxt:nxt + 1] == "分" or _unit_at(folded, pos, False):
        return 1
    if folded[nxt:nxt + 1] in _MORE_SET:
        nxt += 1  # 3千余户
    return _SMALL_SCALES[folded[pos]] if _unit_at(folded, nxt, False) else 1


_PER_SET = frozenset("%‰")
_QUOTE_OPEN = frozenset("“‘「\"'")
_QUOTE_CLOSE = frozenset("”’」\"'")
_ASCII_WORD = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_CODE_BEFORE = frozenset(_ASCII_WORD + "._-/#＃·•+〔[【第")
_CODE_AFTER = frozenset(_ASCII_WORD + "·+〕]】")
# (GDP188.72亿元, CPI102.3%: a statistic's abbreviation glued to its value names it; a code's
# letters are not followed by an amount in 万/亿 or a percentage)
_ABBREVIATIONS = ("GDP", "CPI", "PPI", "PMI")


def _named_by_abbreviation(folded: str, start: int, nxt: str) -> bool:
    """Is the number at ``start`` a statistic's value glued to its abbreviation (GDP188.72亿元)?"""
    word = folded[max(0, start - 3):start]
    return word in _ABBREVIATIONS and nxt in "万亿%" and not (start > 3 and folded[start - 4].isascii()
                                                             and folded[start - 4].isalnum())


# The character before a number that a before-mark (近, 超过了, 约有 …) can end with,
# or a space between them: anything else rules the mark out.
_BEFORE_NEAR = _BEFORE_LAST | _SPACE_SET
# A Chinese numeral is a quantity only before a measure word, 余/多 or %, and a year
# only before 年: the run is read only then.  The run is whole (no numeral on
# either side), so the lookahead never shortens it.  The lookbehind stands after
# the first numeral so that the engine skips to numerals (a leading lookbehind
# makes it try every character); it rules out a start inside a run.
_CN_CANDIDATE = re.compile(
    "[" + _CN_CHARS + "](?<![" + _CN_CHARS + "]{2})[" + _CN_CHARS + "]*(?![" + _CN_CHARS + "])"
    "(?=[" + _SPACES + "]*[" + re.escape("".join(sorted({u[0] for u in _UNITS} | set("余多%‰")))) + "])"
)


def _in_quotes(folded: str, start: int, end: int) -> bool:
    """A number standing alone in quotes is a name: “721”工作法, “12·4”."""
    return start > 0 and folded[start - 1] in "“‘「\"'" and end < len(folded) and folded[end] in "”’」\"'"


def _cn_fraction_digits(text: str) -> Optional[float]:
    if "点" in text:
        whole, frac = text.split("点", 1)
        base = cn_to_int(whole)
        if base is None or any(c not in _CN_DIGIT for c in frac):
            return None
        return float(f"{base}.{''.join(str(_CN_DIGIT[c]) for c in frac)}")
    value = cn_to_int(text)
    return None if value is None else float(value)


class _Scanner:
    def __init__(self, text: str, folded: str):
        self.text = text
        self.folded = folded
        self.items: List[Quantity] = []
        self.years: List[YearMention] = []
        self.taken: List[Tuple[int, int]] = []  # spans of fractions, sorted once read
        self._taken_starts: List[int] = []

    def scan_line(self, a: int, b: int) -> Tuple[List[Quantity], List[YearMention]]:
        """The quantities and years of the line ``a``..``b`` (no quantity spans a line break)."""
        self.items, self.years, self.taken, self._taken_starts = [], [], [], []
        self.scan_fractions(a, b)
        if self.folded.find("成", a, b) >= 0:
            self.scan_tenths(a, b)
        self.scan_arabic(a, b)
        self.scan_chinese(a, b)
        self.mark_ranges(a, b)
        items = sorted(self.items, key=lambda q: q.start)
        years = sorted(self.years, key=lambda y: y.start)
        return items, years

    # The number itself is parsed; then what follows decides what it is.
    def finish(self, start: int, num_end: int, value: float, number_text: str, decimals: int,
               chinese: bool, step: float, allow_unitless: bool = True, sign: Optional[int] = None) -> None:
        folded = self.folded
        pos = num_end
        if folded[pos:pos + 1] in _SPACE_SET:
            pos = _skip_spaces(folded, pos)
        inner = None
        mult = 1
        if not chinese:
            if folded[pos:pos + 1] in _MORE_SET and (
                folded[pos + 1:pos + 2] in _MULTIPLIER_SET or _unit_at(folded, pos + 1, False) or not _CJK.match(folded[pos + 1:pos + 2] or "x")
            ):
                inner = Mark(folded[pos], pos, pos + 1)
                pos += 1
            if folded[pos:pos + 1] in _MULTIPLIER_SET:
                for word, factor in _MULTIPLIERS:
                    if folded.startswith(word, pos):
                        mult = factor
                        pos += len(word)
                        break
            elif folded[pos:pos + 1] in _SMALL_SCALES:
                mult = _small_scale(folded, pos)
                if mult != 1:
                    pos += 1
            if inner is None and folded[pos:pos + 1] in _MORE_SET and (
                _unit_at(folded, pos + 1, False) or not _CJK.match(folded[pos + 1:pos + 2] or "x")
            ):
                inner = Mark(folded[pos], pos, pos + 1)
                pos += 1
        elif folded[pos:pos + 1] in _MORE_SET:
            inner = Mark(folded[pos], pos, pos + 1)
            pos += 1
            # 五十余万元, 三百余亿元: the scale after 余 (the run stops at 余), as for digits
            if folded[pos:pos + 1] in _MULTIPLIER_SET and not folded.startswith(("万亿", "萬億"), pos):
                mult = 10**4 if folded[pos] in "万萬" else 10**8
                pos += 1
        if mult != 1:
            value *= mult
            step *= mult
        number_end = pos if inner is not None or mult != 1 else num_end
        unit_pos = pos
        if folded[pos:pos + 1] in _SPACE_SET:
            unit_pos = _skip_spaces(folded, pos)
        unit = ""
        kind = "number"
        if folded[unit_pos:unit_pos + 1] in _PER_SET:
            unit = folded[unit_pos]
            kind = "percent"
            if unit == "‰":
                value /= 10
                unit = "%"
        else:
            found = _unit_at(folded, unit_pos, chinese)
            if found == "个" and inner is None and folded.startswith("个多", unit_pos):
                # 一个多月, 3个多小时: the 多 sits inside the unit
                rest = _unit_at(folded, unit_pos + 2, chinese)
                if rest in ("月", "小时", "季度", "工作日") or folded.startswith("月", unit_pos + 2):
                    inner = Mark("多", unit_pos + 1, unit_pos + 2)
                    if folded.startswith("月", unit_pos + 2):
                        found = "个月"
                    else:
                        found = "个" + rest if "个" + rest in _UNITS else rest
                    unit = found
                    kind = "count"
                    unit_start = unit_pos
                    unit_end = unit_pos + 2 + (1 if found == "个月" else len(rest))
                    found = None
            if found is not None:
                unit = found
                kind = "points" if found in POINT_UNITS else "count"
        split_unit = inner is not None and inner.start > unit_pos  # 个多月: its span was set above
        if unit and not split_unit:
            unit_start, unit_end = unit_pos, unit_pos + len(unit)
        else:
            unit_start = unit_end = number_end
        if chinese and not unit:
            return  # a Chinese numeral without a measure word is a name: 七五, 一是, 十进
        if sign is not None:
            if kind in ("percent", "points"):
                start, value = sign, -value  # 自然增长率为-1.8‰, 增长-3.2%: the sign is the number's
            elif folded[sign] == "-":
                return  # a code's hyphen after all (为-5号): never a count
        if not unit and not allow_unitless:
            return
        end = unit_end
        after = _after_mark(folded, end) if folded[end:end + 1] in _AFTER_FIRST else None
        if after is None and inner is None and unit in TIME_UNITS and folded.startswith("多", end):
            nxt = folded[end + 1:end + 2]
            if not nxt or not _CJK.match(nxt) or nxt in "来的时":
                after = Mark("多", end, end + 1)  # 两年多来, 1年多时间
        if after is not None:
            end = after.end
        before = _before_mark(folded, start) if folded[start - 1:start] in _BEFORE_NEAR else None
        # Positional: a NamedTuple built with keywords costs twice as much, per number.
        self.items.append(Quantity(
            start, number_end, unit_start, unit_end, end, value, self.text[start:number_end], unit, kind,
            decimals, chinese, step, before, inner, after,
        ))

    def _fraction_matches(self, a: int, b: int) -> Iterator["re.Match[str]"]:
        # Anchor on "分之" (rare) instead of trying the pattern at every numeral.
        folded = self.folded
        last_end = a
        i = folded.find("分之", a, b)
        while i >= 0:
            m = _FRACTION.search(folded, max(last_end, i - 8), min(i + 24, b))
            while m is not None and m.end() <= i:
                m = _FRACTION.search(folded, m.end(), min(i + 24, b))
            if m is not None and m.start() <= i:
                last_end = m.end()
                yield m
            i = folded.find("分之", i + 2, b)

    def scan_fractions(self, a: int, b: int) -> None:
        if self.folded.find("分之", a, b) < 0 and self.folded.find("半", a, b) < 0:
            return  # the common line
        for m in self._fraction_matches(a, b):
            den_text, num_text = m.group("den"), m.group("num")
            den = float(den_text) if den_text.isdigit() else cn_to_int(den_text)
            if num_text[0].isdigit():
                num = float(num_text)
                decimals = len(num_text.split(".")[1]) if "." in num_text else 0
            else:
                num = _cn_fraction_digits(num_text)
                decimals = len(num_text.split("点")[1]) if "点" in num_text else 0
            if not den or num is None or not (math.isfinite(num) and math.isfinite(den)):
                continue
            start, end = m.span()
            if den == 100:
                value, kind = num, "percent"
            else:
                value, kind, decimals = num / den * 100, "fraction", 2
            before = _before_mark(self.folded, start)
            after = _after_mark(self.folded, end)
            self.items.append(Quantity(
                start=start, num_end=end, unit_start=end, unit_end=end,
                end=after.end if after else end, value=value, number=self.text[start:end],
                unit="%", kind=kind, decimals=decimals, chinese=not num_text[0].isdigit(),
                step=10.0 ** -decimals, before=before, after=after,
            ))
            self.taken.append((start, end))
        self.taken.sort()
        self._taken_starts = [a for a, _ in self.taken]
        for m in _HALF.finditer(self.folded, a, b):
            if self.inside_taken(m.start()):
                continue
            start, end = m.span()
            after = _after_mark(self.folded, end)
            if self.folded[start] == "过":  # 过半: more than half
                before: Optional[Mark] = Mark("过", start, start + 1)
            else:
                before = _before_mark(self.folded, start)
            self.items.append(Quantity(
                start=start, num_end=end, unit_start=end, unit_end=end,
                end=after.end if after else end, value=50.0, number=self.text[start:end],
                unit="%", kind="fraction", decimals=0, chinese=True, step=1.0,
                before=before, after=after,
            ))
            self.taken.append((start, end))
        self.taken.sort()
        self._taken_starts = [a for a, _ in self.taken]

    def scan_tenths(self, a: int, b: int) -> None:
        """成 as a share: 六成 is 60%, 近七成, 超过六成, 六成以上, 占比达八成.

        Only where the words around it make it a share (a mark before it, or 以上, 多,
        的 or a break after it): 成 starts many words (成为, 成效, 一成不变, 九成新).
        """
        folded = self.folded
        i = folded.find("成", a + 1, b)
        while i >= 0:
            tenths = _TENTHS.get(folded[i - 1])
            start = i - 1
            if tenths is not None and (start == a or folded[start - 1] not in _TENTH_NOT_BEFORE) \
                    and not self.inside_taken(start):
                self._tenth(start, i + 1, tenths, b)
            i = folded.find("成", i + 1, b)
        self.taken.sort()
        self._taken_starts = [a for a, _ in self.taken]

    def _tenth(self, start: int, end: int, tenths: int, limit: int) -> None:
        folded = self.folded
        value, step = tenths * 10.0, 10.0
        # 九成五 (95%), 一成半 (15%), 九成九: a half or hundredths after the tenths, when a mark
        # or a break follows them (一成五年, 三成五类 are no share)
        part = _TENTH_PART.get(folded[end]) if end < limit else None
        if part is not None and (end + 1 >= limit or folded[end + 1] in _TENTH_AFTER):
            value, step, end = value + part, 5.0 if part == 5 else 1.0, end + 1
        nxt = folded[end] if end < limit else "。"
        before = _before_mark(folded, start) if start > 0 and folded[start - 1] in _BEFORE_NEAR else None
        if before is None and folded[start - 1:start] == "过" and folded[start - 2:start - 1] not in _NOT_PAST:
            before = Mark("过", start - 1, start)  # 比例过七成: past seven tenths, as 超过七成 (通过, 经过 are no mark)
        led = before is not None or folded[start - 1:start] in _TENTH_LEAD
        if nxt in _TENTH_NOT_AFTER or not (led or nxt in _TENTH_AFTER):
            return
        inner = None
        if nxt == "多" and (end + 1 >= limit or folded[end + 1] == "的" or not _CJK.match(folded[end + 1])):
            inner = Mark("多", end, end + 1)
        num_end = end if inner is None else inner.end
        after = _after_mark(folded, num_end)
        self.items.append(Quantity(
            start, num_end, num_end, num_end, after.end if after else num_end, value,
            self.text[start:end], "成", "percent", 0, not folded[start].isdigit(), step, before, inner, after,
        ))
        self.taken.append((start, num_end))

    def inside_taken(self, pos: int) -> bool:
        """Is ``pos`` inside a fraction already read (百分之八十五, 三分之二)?"""
        i = bisect.bisect_right(self._taken_starts, pos) - 1
        return i >= 0 and pos < self.taken[i][1]

    def scan_arabic(self, a: int, b: int) -> None:
        arabic = self.arabic
        spaced = [m.span() for m in _SPACED.finditer(self.folded, a, b) if _unit_at(self.folded, m.end(), False)]
        for start, end in spaced:
            arabic(start, end, re.sub(r"\s", "", self.folded[start:end]))
        k = 0
        for m in _ARABIC.finditer(self.folded, a, b):
            while k < len(spaced) and spaced[k][1] <= m.start():
                k += 1
            if k < len(spaced) and spaced[k][0] <= m.start():
                continue  # a group of a number read above
            token = m.group()
            if "，" in token:
                self.scan_grouped(m.start(), m.end())
            else:
                arabic(m.start(), m.end(), token)

    def scan_grouped(self, a: int, b: int) -> None:
        """Numbers in a digit run with commas ("1,234", or the list "3，500，200")."""
        folded, text = self.folded, self.text
        pos = a
        while True:
            m = _ARABIC.search(folded, pos, b)
            if not m:
                break
            start, end = m.span()
            token = m.group()
            if "，" in token:
                # Grouping only with half-width commas in the original (1,234); a
                # full-width comma separates two numbers ("3，500" is a list).
                commas = [start + i for i, c in enumerate(token) if c == "，"]
                if not all(text[i] == "," for i in commas):
                    end = commas[0]
                    token = folded[start:end]
            pos = end
            self.arabic(start, end, token)

    def arabic(self, start: int, end: int, token: str) -> None:
        folded = self.folded
        # Neighbours at the edges read as a space: `"" in "..."` would always be true.
        prev = folded[start - 1] if start > 0 else " "
        nxt = folded[end] if end < len(folded) else " "
        nxt2 = folded[end + 1] if end + 1 < len(folded) else " "
        sign = _sign_before(folded, start) if prev in _SIGNS else None
        # Part of a code, a date or a version (2022-01-25, ICP备, 1.2.3, 5G, 12·4), a
        # label joined with + (“6+1”), a bracketed year (〔2021〕) or an ordinal (第64项).
        if (prev in _CODE_BEFORE and sign is None and not _named_by_abbreviation(folded, start, nxt)) \
                or nxt in _CODE_AFTER:
            return
        if nxt in "-/－" and nxt2.isdigit():
            return  # 2022-01-25, 023-12345, 1/3
        if nxt == "：" and nxt2.isdigit() or prev == "：" and start > 1 and folded[start - 2].isdigit():
            return  # 15:52
        if prev in _SPACE_SET:
            lead = _back_spaces(folded, start)
            if lead > 0 and folded[lead - 1] in "+第":
                return  # 1 +6, 第 3 批
        if prev in _QUOTE_OPEN and nxt in _QUOTE_CLOSE:
            return  # “721”工作法, “12.4”国家宪法日
        if self.taken and self.inside_taken(start):
            return
        after = _skip_spaces(folded, end) if nxt in _SPACE_SET else end
        digits = token.replace("，", "") if "，" in token else token
        is_year = len(digits) == 4 and "." not in digits and 1900 <= int(digits) <= 2100
        if is_year and folded.startswith("年", after):
            year_end = after + (2 if folded.startswith("年度", after) else 1)
            self.years.append(YearMention(start, year_end, int(digits)))
            return
        if folded[after:after + 1] in _DATE_AFTER:
            return  # dates, document numbers, times of day
        if folded.startswith("分", after) and start >= 2 and folded[_back_spaces(folded, start) - 1] == "时":
            return  # 15时40分
        if is_year and not _unit_at(folded, after, False) and folded[after:after + 1] not in ("%", "余", "多", "万", "亿", "萬", "億"):
            return  # "在2017全市行政执法案卷评查中": a year without 年
        whole, _, frac = digits.partition(".")
        if len(whole) >= 7 and not _unit_at(folded, after, False) and folded[after:after + 1] not in "%万亿萬億余多":
            return  # phone, account and index numbers
        if len(whole) > MAX_DIGITS or len(frac) > MAX_DECIMALS:
            return  # no report counts that far: a code, or garbage, not a figure to reason with
        value = float(digits)
        decimals = len(frac)
        if decimals:
            step = 10.0 ** -decimals
        else:
            stripped = digits.rstrip("0")
            step = float(10 ** (len(digits) - len(stripped))) if stripped else 1.0
        self.finish(start, end, value, self.text[start:end], decimals, False, step, sign=sign)

    def scan_chinese(self, a: int, b: int) -> None:
        folded = self.folded
        for m in _CN_CANDIDATE.finditer(folded, a, b):
            start, end = m.span()
            run = m.group()
            # A run may hold a numeral and a following word: 一百零八件 is one numeral;
            # "十万" is one; "七五" (a plan name) is not a quantity at all.
            self.chinese(start, end, run)

    def chinese(self, start: int, end: int, run: str) -> None:
        folded = self.folded
        if self.taken and self.inside_taken(start):
            return
        prev = folded[start - 1] if start > 0 else " "
        if prev in "第初周礼拜数几成上若逐唯同单划专之其合归惟统不每某":
            return  # ordinals, 数十家, 统一, 之一, 每一
        if prev == "星" or folded[start - 2:start] in ("星期", "礼拜"):
            return
        nxt = folded[end] if end < len(folded) else " "
        if nxt in "几来":
            return  # 十几家, 十来个: fuzzy counts
        if run[0] in "百千万亿" and (nxt not in "余多" or prev.isdigit()):
            return  # 万博广场, 千家万户, 百花齐放; but 百余人, 千余名, 万余亩; 1.43万多人: a scale of its digits
        value = cn_to_int("一" + run if run[0] in "万亿" else run)  # 万余份: ten thousand and more
        if value is None or value >= MAX_VALUE:
            return  # 三四十, 十四五: ranges and plan names; 一亿亿亿…: no figure
        if not any(c in "十百千万亿" for c in run):
            if len(run) > 1:
                if len(run) == 4 and folded.startswith("年", end) and 1900 <= value <= 2100:
                    year_end = end + (2 if folded.startswith("年度", end) else 1)
                    self.years.append(YearMention(start, year_end, value))
                return  # 七五, 二〇二一
        if _in_quotes(folded, start, end):
            return
        if run == "一" and folded.startswith("起", end) and not re.match(r"起[案事纠违诉投举信火典交安重]", folded[end:end + 2]):
            return  # 一起 "together"
        if folded.startswith(("月", "日", "号", "时", "季度"), end):
            return  # dates, and 一季度: the first quarter, not one quarter
        zeros = 0
        probe = value
        while probe and probe % 10 == 0:
            probe //= 10
            zeros += 1
        self.finish(start, end, float(value), self.text[start:end], 0, True, float(10 ** zeros))

    def mark_ranges(self, a: int, b: int) -> None:
        """Flag both ends of 3～5人, 三至五年, 15%～30%: neither is a count on its own.

        The first end often has no unit (三至五年: "三" alone is not in the model),
        so each quantity looks for a connector and a numeral on either side.
        """
        folded = self.folded
        if not self.items or not _RANGE_CHAR.search(folded, a, b):
            return  # no connector on the line
        out = []
        # Where the range the previous quantity opened ends: the quantity there closes it
        # ("3件～5件"); one further on is not its other end ("1～二级 … 5件").
        closes_at = -1
        for q in sorted(self.items, key=lambda item: item.start):
            first = q.before.start if q.before else q.start
            left = _back_spaces(folded, first)
            joined = first == closes_at
            closes_at = -1
            if not joined and left > 0 and folded[left - 1] in _RANGE_JOIN:
                probe = _back_spaces(folded, left - 1)
                joined = probe > 0 and (folded[probe - 1].isdigit() or folded[probe - 1] in _CN_CHARS + "%")
            right = _skip_spaces(folded, q.end)
            # "从10件到20件" is a change, not a range: after a measure word only ～ joins.
            if not joined and right < len(folded) and folded[right] in (_RANGE_JOIN if q.unit in ("", "%") else "～~〜"):
                probe = _skip_spaces(folded, right + 1)
                joined = probe < len(folded) and (folded[probe].isdigit() or folded[probe] in _CN_CHARS)
                if joined:
                    closes_at = probe
            out.append(q._replace(in_range=True) if joined else q)
        self.items = out


def extract(text: str, folded: Optional[str] = None) -> QuantityModel:
    """The quantities of ``text`` (``folded`` is ``Document.folded`` when at hand)."""
    if folded is None:
        from ..document import fold

        folded = fold(text)
    scanner = _Scanner(text, folded)
    items: List[Quantity] = []
    years: List[YearMention] = []
    # Line by line: no quantity spans a line break, and a line repeated (a running
    # header, a table row, a pasted paragraph) is read once and its result moved.
    seen: dict = {}
    pos, size = 0, len(text)
    while pos < size:
        stop = text.find("\n", pos)
        if stop < 0:
            stop = size
        if stop > pos:
            line = text[pos:stop]
            known = seen.get(line)
            if known is None:
                line_items, line_years = scanner.scan_line(pos, stop)
                seen[line] = (pos, line_items, line_years)
                items += line_items
                years += line_years
            else:
                base, line_items, line_years = known
                shift = pos - base
                items += [_moved(q, shift) for q in line_items]
                years += [YearMention(y.start + shift, y.end + shift, y.value) for y in line_years]
        pos = stop + 1
    return QuantityModel(items, years)


_tuple_new = tuple.__new__  # skips the NamedTuple's own __new__ frame: one call per moved quantity


def _moved(q: Quantity, shift: int) -> Quantity:
    start, num_end, unit_start, unit_end, end, value, number, unit, kind, decimals, chinese, step, before, inner, after, in_range = q
    if before is not None:
        before = _tuple_new(Mark, (before[0], before[1] + shift, before[2] + shift))
    if inner is not None:
        inner = _tuple_new(Mark, (inner[0], inner[1] + shift, inner[2] + shift))
    if after is not None:
        after = _tuple_new(Mark, (after[0], after[1] + shift, after[2] + shift))
    return _tuple_new(Quantity, (
        start + shift, num_end + shift, unit_start + shift, unit_end + shift, end + shift,
        value, number, unit, kind, decimals, chinese, step, before, inner, after, in_range,
    ))
