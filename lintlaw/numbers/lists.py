"""A count of kinds announced against the items listed after it.

"覆盖三类群体：青少年、农民工、企业经营管理人员和老年人" announces three and
lists four; "从五个方面推进：一是…；二是…" announces five and numbers what
follows; "重点抓好以下四个方面工作：" is followed by paragraphs numbered （一）…
A list is counted only where its items are plain: items split at 、 outside
quotes and brackets, a last item joined with 和/及/与 counted as two when both
halves end like the other items (…制度和…制度), and as one or two when that
cannot be told; a list that ends in 等, holds figures or runs on in clauses is
not counted.
"""
from __future__ import annotations

import re
from typing import Iterator, List, NamedTuple, Optional, Sequence, Tuple

from ..document import matching_close
from ..lazy_re import lazy
from ..numerals import cn_to_int
from .claims import Mismatch, Used
from .quantities import NumberSentence, Quantity
from .reading import SentenceReader, back_to

# Measure words that announce a list of kinds, ways or items.
_KIND_WORDS = frozenset(["类", "大类", "类别", "种", "个方面", "方面", "个领域", "项", "个", "条", "支", "张", "大",
                         "点", "招", "步", "环节", "个环节", "件", "批", "级", "部"])
_OPENERS = ("：", "，即：", "，即", "，包括：", "，包括", "，分别是：", "，分别是", "，分别为：", "，分别为", "——", "，具体是：")
_CONJUNCTIONS = re.compile(r"以及|和|及|与|同")
# A class or a grade is no count of kinds: water and air are graded by class (劣四类海域, 劣V类, Ⅲ类水质,
# 达到二类标准), and 第/劣/超 before the numeral, or a quality noun or a bound after its measure, says so.
_GRADE_BEFORE = ("劣", "第", "超", "优于", "好于", "差于", "Ⅰ～", "Ⅰ~", "I～", "Ⅰ-", "I-", "~", "～", "至")
_GRADE_AFTER = re.compile(r"(?:水质|水体|水域|海域|海水|断面|标准|地表水|空气|及以上|以上|及以下|以下)")
_OPEN_MARKS = "“‘《（【〔「"
_CLOSE_MARKS = "”’》）】〕」"
_ORDINALS = "一二三四五六七八九十"
_RUN_IN = re.compile(r"(?:^|[：；。，\s])(?:(?P<cn>[一二三四五六七八九十]{1,2})是|第(?P<nth>[一二三四五六七八九十]{1,2})[，、：]|"
                     r"其(?P<qi>[一二三四五六七八九十])[，、：])")
# Nouns that make 个 a count of parts (五个部分, 三个板块), whatever the items' names.
_PART_NOUNS = ("部分", "板块", "专题", "环节", "类别", "层次", "模块", "篇章", "章节", "阶段", "维度", "专章")
# A campaign right after a count of kinds (八个方面系列活动, 五个方面专项行动).
_CAMPAIGN = lazy(r"[\u4e00-\u9fff]{0,2}(?:活动|行动)")
_CJK_CHAR = lazy(r"[\u4e00-\u9fff]")
# “法律六进”活动（进机关、进学校…）: a numeral inside a quoted name, its items in brackets after it
_NAMED_COUNT = lazy(r"“(?P<name>[\u4e00-\u9fff]{0,6}?(?P<n>[两二三四五六七八九十])(?P<word>[\u4e00-\u9fff])"
                          r"[\u4e00-\u9fff]{0,4})”[\u4e00-\u9fff]{0,4}（(?P<items>[^（）“”]{3,120})）")
# The same after 即 (开展“六进”活动，即进机关、进学校…。), in a sentence that may hold no figure.
_NAMED_THAT_IS = lazy(r"“(?P<name>[\u4e00-\u9fff]{0,6}?(?P<n>[两二三四五六七八九十])(?P<word>[\u4e00-\u9fff])"
                      r"[\u4e00-\u9fff]{0,4})”[\u4e00-\u9fff]{0,6}?(?:[，,](?P<that>即)|[，,：:])[：:]?"
                      r"(?P<items>[^。；！？，（）“”\n]{3,120})(?=[。；！？，\n])")
# “三室一站”（调解室、阅览室、服务站）: two numerals in one name, each counting items that end in its word.
_TWO_KINDS = lazy(r"“(?P<n1>[一两二三四五六七八九十])(?P<w1>[\u4e00-\u9fff])(?P<n2>[一两二三四五六七八九十])(?P<w2>[\u4e00-\u9fff])”"
                  r"[\u4e00-\u9fff]{0,6}?(?:（(?P<items>[^（）“”]{3,120})）|[，,]即[：:]?(?P<items2>[^。；！？，（）“”\n]{3,120})(?=[。；！？，\n]))")
# Places counted after their bare names (北碚、江津、永川、云阳4个区县).
_PLACE_NOUNS = ("区县", "县区", "县（市、区）", "县市区", "乡镇", "镇街", "镇（街道）", "乡（镇）", "街道", "县", "区", "镇", "乡",
                "市", "州", "省")
_PLACE_NAME = lazy(r"[\u4e00-\u9fff]{2,3}")
# The courts, stations and communities a report names by their place alone (西山、寻甸、思茅、景谷四个基层法院;
# 城关、河口、石桥三个司法所): the names count them as places do.
_JOINED_ON = lazy(r"及其辖区|及其|及|和|与|辖区")
_PLACE_BODIES = ("基层法院", "基层人民法院", "人民法院", "法院", "中院", "人民法庭", "法庭", "检察院", "司法所", "派出所",
                 "调解室", "调解委员会", "社区", "村", "园区", "片区")
# “放管服”“最多跑一次”“证照分离”“一网通办”四大改革任务: quoted names one after another right
# before the count of them (no 等 between), and a noun after it.
# (Found from the count after a closing quote, then read back: a scan from every opening quote
# took 0.1 s on the 4 MB file.)
# The same with titles in 《》 (《…办法》《…规则》等 named one by one: 制定《A》《B》《C》3项制度), and
# with 共 before the count (“宪法宣传周”“民法典宣传月”“法治讲座”共3项): a total that far exceeds
# the names counts what they hold (…共12场), so with 共 only a count near theirs is read.
_QUOTED_COUNT = lazy(r"[”》](?P<etc>等)?(?P<all>共计|共)?(?P<n>[两二三四五六七八九十]|\d{1,2})(?P<unit>大类|大|项|个|类|种|部|份|件)"
                     r"(?=[\u4e00-\u9fff])(?!月|小时|工作日|百分点|季度)")  # (3个月: a time, not the names)
_QUOTED_RUN = lazy(r"(?:(?:“[^“”\n、，。；]{1,25}”|《[^《》\n，。；]{1,40}》)[、和及与]?){3,12}$")
_NEAR_NAMES = 2  # a count after 共 more than this above the names listed counts what they hold
# Measure words that count named things one by one (东湖桥、西湖桥4座; 一中、二中、三中4所).
_NAMES_UNITS = frozenset(["座", "所", "家", "个", "处", "条", "支", "座次"])
_CN_COUNT_CHARS = frozenset("一两二三四五六七八九十百千")
_ITEM_LIMIT = 25  # characters: a longer item is a clause, not a name


class Announced(NamedTuple):
    q: Quantity  # the count of kinds (三类, 五个方面)
    opener_end: int  # where the items begin
    noun: str  # what is counted (群体, 方面的工作)


def _announced(folded: str, q: Quantity, limit: int) -> Optional[Announced]:
    """A count of kinds followed by its noun and a list opener (三项制度：, 三个方面工作：一是)."""
    if q.kind != "count" or not q.exact or q.in_range or q.unit not in _KIND_WORDS or q.value < 2 or q.value > 20:
        return None
    if q.value != int(q.value) or (q.start > 0 and folded[q.start - 1] in "第每前后这那近"):
        return None
    pos = q.unit_end
    stop = min(limit, pos + 16)
    i = pos
    while i < stop and folded[i] not in "：，；。！？、（）":
        i += 1
    for opener in _OPENERS:
        if folded.startswith(opener, i):
            noun = folded[pos:i]
            if "之一" in noun or any(c.isdigit() for c in noun):
                return None
            return Announced(q, i + len(opener), noun)
    return None


# Measure words that count kinds only (涉及A、B和C三类。 / …三个方面。): with no noun after them they still count the
# list right before, as …三类问题 does.
_KINDS_ONLY = frozenset(("类", "种", "大类", "类别", "方面", "个方面", "个领域", "环节", "个环节"))


def _plain_list(body: str) -> bool:
    """A 、 list of names with no 等 (which allows more than are named), no figures and no quotes."""
    return "、" in body and "等" not in body and not any(c.isdigit() or c in _OPEN_MARKS for c in body)


def _list_ending_at(folded: str, at: int, floor: int) -> Tuple[int, Optional[List[str]]]:
    """The plain list that runs up to a count, back to the clause's start (北碚、江津、永川5个区县):
    where it starts and its items, or None for the items when the clause holds no plain list."""
    start = at
    while start > floor and folded[start - 1] not in "，,；;：:。！？\n（）()":
        start -= 1
    body = folded[start:at]
    return start, (_split_items(body) if _plain_list(body) else None)


def _split_items(text: str) -> Optional[List[str]]:
    """The items of a list split at 、 outside quotes and brackets, or None when it is no plain list."""
    items: List[str] = []
    depth = 0
    current = []
    for char in text:
        if char in _OPEN_MARKS:
            depth += 1
        elif char in _CLOSE_MARKS:
            depth = max(0, depth - 1)
        if char == "、" and depth == 0:
            items.append("".join(current))
            current = []
            continue
        if depth == 0 and char in "，；：":
            return None  # clauses, not names
        current.append(char)
    items.append("".join(current))
    items = [item.strip() for item in items]
    if any(not item or len(item) > _ITEM_LIMIT or any(c.isdigit() for c in item) for item in items):
        return None
    return items


def _suffix(words: Sequence[str]) -> str:
    """The longest ending every word shares."""
    if not words:
        return ""
    end = ""
    for size in range(1, min(len(w) for w in words) + 1):
        tail = words[0][-size:]
        if all(w.endswith(tail) for w in words):
            end = tail
        else:
            break
    return end


def _prefix(words: Sequence[str]) -> str:
    """The longest beginning every word shares."""
    return _suffix([w[::-1] for w in words])[::-1]


def count_items(items: List[str]) -> Tuple[int, int]:
    """How many things a list names, at least and at most: a 和 may join two items or two words."""
    low = high = len(items)
    others = items[:-1]
    for index, item in enumerate(items):
        halves = _CONJUNCTIONS.split(item)
        if len(halves) < 2 or any(len(h) < 2 for h in halves):
            continue
        peers = [i for i in items if i is not item] or halves
        ending = _suffix(peers)
        if len(ending) >= 2 and all(h.endswith(ending) for h in halves):
            low += len(halves) - 1  # …制度和…制度: two items
            high += len(halves) - 1
        elif index == len(items) - 1 and others and not any(_CONJUNCTIONS.search(i) for i in others) \
                and not _suffix(others):
            high += len(halves) - 1  # 青少年、农民工和老年人: two items, or one
        elif not others and len(ending) >= 2:
            low += len(halves) - 1
            high += len(halves) - 1
        else:
            high += len(halves) - 1
    return low - _headless_conjuncts(items), high


def _headless_conjuncts(items: List[str]) -> int:
    """Items that may be the first half of the next one, sharing its head noun: in "总体情况、
    主动公开情况、行政复议、行政诉讼情况、其他事项" most items end in 情况, and 行政复议 lacks
    it, so "行政复议、行政诉讼情况" may be one item (复议和诉讼的情况), as the report's count says."""
    if len(items) < 3:
        return 0
    found = 0
    for item, after in zip(items, items[1:]):
        for size in (3, 2):
            head = after[-size:]
            if len(after) > size and not item.endswith(head) \
                    and 2 * sum(i.endswith(head) for i in items) >= len(items) \
                    and (item[0] == after[0] or len(item) >= len(after) - size - 1):
                # (a first half is written like the next item less its head: not 概述 before
                # 主动公开情况, which is a part of its own)
                found += 1
                break
    return found


class ListReader(SentenceReader):
    """Counts of kinds announced in one paragraph's sentences, against the items listed."""

    def check(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        folded = self.folded
        listed = folded.find("、", sentence.start, sentence.end) >= 0  # items before a count need a 、
        for q in sentence.items:
            if q.unit not in _KIND_WORDS:
                if listed and q.unit in _NAMES_UNITS:
                    found = self._listed_before(sentence, q)
                    if found is not None:
                        yield found
                continue
            announced = _announced(folded, q, sentence.end)
            if announced is None and folded.startswith(_NEXT_ITEM, sentence.end):
                found = self._run_in_after(sentence, q)
                if found is not None:
                    yield found
            if announced is not None:
                found = self._inline(sentence, announced)
                if found is None:
                    found = self._run_in(sentence, announced)
                if found is not None:
                    yield found
            if listed:
                found = self._listed_before(sentence, q)
                if found is not None:
                    yield found
        if "”（" in folded[sentence.start:sentence.end] or "”活动（" in folded[sentence.start:sentence.end]:
            yield from self._named_counts(sentence)
        if "分别" in folded[sentence.start:sentence.end]:
            yield from self._these_named(sentence)
        if "以上" in folded[sentence.start:sentence.end] or "上述" in folded[sentence.start:sentence.end]:
            yield from self._these_places(sentence)

    def _these_places(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"甲镇受理120件、乙镇受理96件、丙镇受理88件，以上两镇…": items joined by 、, each opening with a
        place whose last character is the noun after 以上N (镇, 乡, 县, 区, 市, 街道), one figure each,
        and right after them the count of the places."""
        folded = self.folded
        for m in _THESE_PLACES.finditer(folded, sentence.start, sentence.end):
            at = m.start()
            if folded[at - 1:at] not in ("，", "；"):
                continue
            start = at - 1
            while start > sentence.start and folded[start - 1] not in "，；：。！？\n":
                start -= 1
            items = folded[start:at - 1].split("、")
            noun = m.group("noun")
            figures = [q for q in sentence.items if start <= q.start and q.end <= at]
            if len(items) < 2 or len(figures) != len(items) \
                    or not all(re.match(r"[\u4e00-\u9fff]{1,5}" + noun, i) for i in items) \
                    or any(sum(1 for f in figures if s0 <= f.start < s0 + len(i)) != 1
                           for s0, i in zip(_starts(start, items), items)):
                continue  # (one place and one figure an item)
            k = _count_of(m.group("n"))
            if k is None or k == len(items):
                continue
            named = self.text[m.start():m.end()]
            yield Mismatch("kinds", m.start(), m.end(), named, f"{len(items)}个", f"列举了{len(items)}个",
                           (Used(start, at - 1, "列举的各项", "the items listed"),), name=named)

    def _these_named(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"甲镇、乙镇、丙镇、丁镇、戊镇分别收案120件、96件、88件、75件、64件，以上四个乡镇…": names
        joined by 、, as many figures after 分别, and right after them 以上N (上述N) that speaks of
        them: N is the number of the names."""
        folded = self.folded
        for m in _THESE_COUNTED.finditer(folded, sentence.start, sentence.end):
            at = m.start()
            if folded[at - 1:at] not in ("，", "；"):
                continue
            resp = folded.rfind("分别", sentence.start, at)
            if resp < 0:
                continue
            start = resp
            while start > sentence.start and folded[start - 1] not in "，；：。！？\n":
                start -= 1
            items = folded[start:resp].split("、")
            if len(items) < 3 or any(not 1 <= len(i) <= 30 or any(c.isdigit() for c in i) for i in items) \
                    or any(len(i) > 8 for i in items[:-1]) or "等" in folded[start:resp]:
                continue
            figures = [q for q in sentence.items if resp < q.start and q.end <= at]
            gaps = [folded[a.end:b.start] for a, b in zip(figures, figures[1:])]
            if len(figures) != len(items) or any(g != "、" for g in gaps) \
                    or folded[figures[-1].end:at].strip() != "，" and folded[figures[-1].end:at].strip() != "；":
                continue
            k = _count_of(m.group("n"))
            if k is None or k == len(items):
                continue
            end = m.end("unit") if m.group("unit") else m.end("n") + 1  # 以上四个, 以上五市
            named = self.text[m.start():end]
            yield Mismatch("kinds", m.start(), end, named, f"{len(items)}个", f"列举了{len(items)}个",
                           (Used(start, figures[-1].end, "列举的各项", "the items listed"),), name=named)

    def _listed_before(self, sentence: NumberSentence, q: Quantity) -> Optional[Mismatch]:
        """"涉及食品安全、药品安全、安全生产、生态环境五类领域": the items written right
        before the count of them.  Kinds (类, 种, 个方面) after two items or more; other
        measure words (3个单位, 四家) only after three names or more alike at one end
        (市教育局、市民政局、…), which are names, not places visited."""
        folded = self.folded
        if q.kind != "count" or not q.exact or q.in_range or q.value != int(q.value) or not 2 <= q.value <= 12:
            return None
        if q.unit in ("类", "级", "等") and (folded[max(sentence.start, q.start - 2):q.start].endswith(_GRADE_BEFORE)
                                            or _GRADE_AFTER.match(folded, q.unit_end)):
            return None
        if (q.unit_end >= sentence.end or not "\u4e00" <= folded[q.unit_end] <= "\u9fff") and q.unit not in _KINDS_ONLY:
            return self._names_counted(sentence, q)  # no noun after the measure word
        if q.unit not in _KIND_WORDS:
            return None
        at = q.before.start if q.before is not None else q.start
        if at > sentence.start and folded[at - 1] == "”":
            return self._quoted_before(sentence, q, at)
        # 等 closes a list that may leave kinds out (A、B、C等五类): only more items than the
        # count (A、B、C等两种方式) contradict it
        etc = at > sentence.start and folded[at - 1] == "等"
        if etc:
            at -= 1
        if at <= sentence.start or not "\u4e00" <= folded[at - 1] <= "\u9fff" or folded[at - 1] in "等的" \
                or folded[at - 2:at] in ("以上", "以下"):
            # “四种危险”: a name, not a count of what is listed; 数量最多、占比最大的5类案由: what the
            # things counted are like, not them
            return None
        floor = max(sentence.start, at - 120)
        if folded.rfind("、", floor, at) < 0:
            return None  # no list before it (the common case: 12个单位)
        start, items = _list_ending_at(folded, at, floor)
        if items is None:
            return None
        if q.unit in ("个", "家", "支", "张", "件", "批", "条", "部") and folded.startswith(_PLACE_BODIES, q.unit_end):
            # 昆明、普洱两个中院及其辖区西山、寻甸…四个基层法院: the names counted start after the count before
            cut = max((i for i, item in enumerate(items) if _COUNTED_INSIDE.search(item)), default=-1)
            if cut >= 0:
                items = [_JOINED_ON.split(items[cut])[-1]] + items[cut + 1:]
                start = folded.rfind(items[0], floor, at)
        if q.unit in ("个", "家", "支", "张", "件", "批", "条", "部") and not folded.startswith(_PART_NOUNS, q.unit_end):
            # (工会法、食品安全法、森林法…6部法律: titles alike at their end, 部 of laws and rules counted as 个 is)
            names = items[1:]
            # (the first name may carry the clause's verb when the noun names bodies of places: 确定城关、…三个司法所)
            places = folded.startswith(_PLACE_NOUNS, q.unit_end) and all(_PLACE_NAME.fullmatch(i) for i in items) \
                or folded.startswith(_PLACE_BODIES, q.unit_end) and all(_PLACE_NAME.fullmatch(i) for i in names) \
                and _PLACE_NAME.fullmatch(items[0][-len(names[0]):]) is not None \
                or folded.startswith(("单位", "部门"), q.unit_end) and all(len(i) <= 14 for i in items)
            if len(items) < 3 or not (_suffix(names) or _prefix(names) or places):
                return None  # (北碚、江津、永川、云阳5个区县; 区城管局、…、海门镇5个单位: the bodies named)
        low, high = count_items(items)
        k = int(q.value)
        if low <= k <= high or (etc and low <= k):
            return None
        n = low if k < low else high
        return Mismatch("kinds", q.start, q.unit_end, self.text[q.start:q.unit_end], f"{n}{q.unit}",
                        f"列举了{n}{q.unit}", (Used(start, at, "列举的各项", "the items listed"),),
                        name=self.text[q.start:q.unit_end])

    def _names_counted(self, sentence: NumberSentence, q: Quantity) -> Optional[Mismatch]:
        """"建成东湖桥、西湖桥、南湖桥4座": names of one kind, each ending in the noun they share,
        and right after them, with no noun of its own, the count of them.  (走访企业、社区12个
        counts the places visited: its items share no ending; 等 allows more than are named.)"""
        folded = self.folded
        if q.unit not in _NAMES_UNITS or not 2 <= q.value <= 12:
            return None
        at = q.before.start if q.before is not None else q.start
        etc = at > sentence.start and folded[at - 1] == "等"
        if etc or at <= sentence.start or not "\u4e00" <= folded[at - 1] <= "\u9fff":
            return None
        floor = max(sentence.start, at - 80)
        start, items = _list_ending_at(folded, at, floor)
        if items is None or len(items) < 3 or any(_CONJUNCTIONS.search(i) for i in items):
            return None
        # The list is the object of a verb the first item carries (建成东湖桥): names, not
        # kinds of work that open the clause (新建道路、改建道路、扩建道路12条).
        names = items[1:]
        ending = _suffix(items)
        if not ending or any(len(i) - len(ending) < 1 or len(i) > 8 for i in names) \
                or any(len(n) != len(names[0]) for n in names) and len(ending) < 2 \
                or len(items[0]) <= max(len(n) for n in names):
            return None
        k = int(q.value)
        if k == len(items):
            return None
        return Mismatch("kinds", q.start, q.unit_end, self.text[q.start:q.unit_end], f"{len(items)}{q.unit}",
                        f"列举了{len(items)}{q.unit}", (Used(start, at, "列举的各项", "the items listed"),),
                        name=self.text[q.start:q.unit_end])

    def _quoted_before(self, sentence: NumberSentence, q: Quantity, at: int) -> Optional[Mismatch]:
        """"围绕“依法决策、依法执法、依法监督”三个环节": a quoted list right before the count
        of its items.  Read like the names of _listed_before, inside the quotes."""
        folded = self.folded
        opened = folded.rfind("“", max(sentence.start, at - 120), at - 1)
        if opened < 0 or "”" in folded[opened + 1:at - 1]:
            return None
        body = folded[opened + 1:at - 1]
        if not _plain_list(body):
            return None
        if _CAMPAIGN.match(folded, q.unit_end):
            # 部署开展“学理论、悟思想、见行动”八个方面系列活动: the count says what the campaign covers and
            # the quote before is its slogan, not the aspects
            return None
        items = _split_items(body)
        if items is None or len(items) < 2:
            return None
        if q.unit in ("个", "家", "支", "张", "件", "批", "条", "部") and not folded.startswith(_PART_NOUNS, q.unit_end):
            if len(items) < 3 or not (_suffix(items) or _prefix(items)):
                return None
        low, high = count_items(items)
        k = int(q.value)
        if low <= k <= high:
            return None
        n = low if k < low else high
        return Mismatch("kinds", q.start, q.unit_end, self.text[q.start:q.unit_end], f"{n}{q.unit}",
                        f"列举了{n}{q.unit}", (Used(opened + 1, at - 1, "列举的各项", "the items listed"),),
                        name=self.text[q.start:q.unit_end])

    def _named_counts(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"“法律六进”活动（进机关、进乡村、进社区、进学校、进企业）": a count inside a quoted
        name, the things it counts in brackets after it, each opening with the word after the
        numeral."""
        folded = self.folded
        for m in _NAMED_COUNT.finditer(folded, sentence.start, sentence.end):
            k = cn_to_int(m.group("n"))
            items = _split_items(m.group("items"))
            if k is None or items is None or len(items) < 2 or not _items_fit(items, m):
                continue
            if len(items) != k:
                named = self.text[m.start("n"):m.end("name")]
                yield Mismatch("kinds", m.start("n"), m.end("name"), named, f"{len(items)}项", f"括号中列举了{len(items)}项",
                               (Used(m.start("items"), m.end("items"), "列举的各项", "the items listed"),), name=named)

    def _inline(self, sentence: NumberSentence, a: Announced) -> Optional[Mismatch]:
        """三类群体：A、B、C和D。"""
        folded = self.folded
        end = a.opener_end
        stop = min(sentence.end, end + 200)
        while end < stop and folded[end] not in "。；！？":
            end += 1
        body = folded[a.opener_end:end].rstrip("。；")
        if not body or body.endswith("等") or "等" in body[-3:] or _RUN_IN.search(body):
            return None
        if end < stop and folded[end] == "；" and "、" not in body:
            return None  # 九个“着力”，即着力推进A和B；着力…；: the items are clauses, one a semicolon
        if body.startswith(("一是", "第一", "其一")):
            return None
        items = _split_items(body)
        if items is None or len(items) + (1 if _CONJUNCTIONS.search(items[-1]) else 0) < 2:
            return None
        low, high = count_items(items)
        k = int(a.q.value)
        if low <= k <= high:
            return None
        n = low if k < low else high
        return self._mismatch(a, n, a.opener_end, a.opener_end + len(body))

    def _run_in(self, sentence: NumberSentence, a: Announced) -> Optional[Mismatch]:
        """五个方面：一是…；二是…；三是…"""
        folded = self.folded
        body_end = min(sentence.end if folded[a.opener_end - 1] != "：" else _paragraph_end(folded, a.opener_end),
                       a.opener_end + 3000)
        body = folded[a.opener_end:body_end]
        numbers = _run_in_numbers(body)
        if len(numbers) < 2 or numbers[0] != 1:
            return None
        n = numbers[-1]
        k = int(a.q.value)
        if n == k or (n < k and _continues(folded, body_end, n + 1)):
            return None
        return self._mismatch(a, n, a.opener_end, body_end)

    def _run_in_after(self, sentence: NumberSentence, q: Quantity) -> Optional[Mismatch]:
        """"我局从四个方面推进法治建设。一是…；二是…；三是…。": a sentence that announces the
        items and ends, the items run in after it in its paragraph."""
        folded = self.folded
        if not _announces(folded, q, sentence.start, sentence.end):
            return None
        a = Announced(q, q.unit_end, folded[q.unit_end:sentence.end - 1])
        body_end = min(_paragraph_end(folded, sentence.end), sentence.end + 3000)
        numbers = _run_in_numbers(folded[sentence.end:body_end])
        if len(numbers) < 2 or numbers[0] != 1 or numbers[-1] == int(q.value) \
                or (numbers[-1] < q.value and _continues(folded, body_end, numbers[-1] + 1)):
            return None
        return self._mismatch(a, numbers[-1], sentence.end, body_end)

    def _mismatch(self, a: Announced, n: int, start: int, end: int) -> Mismatch:
        q = a.q
        return Mismatch("kinds", q.start, q.unit_end, self.text[q.start:a.opener_end].rstrip("：，即包括分别是为—”"), f"{n}{q.unit}",
                        f"列举了{n}{q.unit}", (Used(start, end, "列举的各项", "the items listed"),),
                        name=self.text[q.start:q.unit_end])


# 以上五市, 上述三个乡镇: the names listed just before, counted again.
_THESE_COUNTED = lazy(r"(?:以上|上述)(?P<n>[两二三四五六七八九十]|\d{1,2})(?P<unit>个|家|所|座)?(?=[\u4e00-\u9fff])")


_THESE_PLACES = lazy(r"(?:以上|上述)(?P<n>[两二三四五六七八九十])个?(?P<noun>镇|乡|县|区|市|街道)")


def _starts(start: int, items: Sequence[str]) -> List[int]:
    """Where each of the items split at 、 begins, the list starting at ``start``."""
    out, pos = [], start
    for item in items:
        out.append(pos)
        pos += len(item) + 1
    return out


# How the first item of a list written after its announcing sentence opens.
_NEXT_ITEM = ("一是", "第一，", "第一、", "其一，", "其一、")
# Words that make a count of aspects an announcement of what follows (从四个方面推进, 主要
# 体现在三个方面, 重点抓好五项工作), not a tally of what was done (完成重点任务12项).
_ANNOUNCING = re.compile(r"从|围绕|以下|如下|主要|重点|着力|抓好|做好|体现在|聚焦|突出|存在|表现在|概括为|归纳为|"
                         # 第一部分是工作开展情况，包括六个方面。一是…: what a part holds, item by item
                         r"包括|包含|分为|分成|"
                         # 落实行政执法三项制度。一是…: what a body puts in place, named by its count
                         r"落实|推行|实行|健全|建立|完善")
_TALLY = re.compile(r"完成|累计|共|办理|制定|出台|印发|实现|落实了")
_ANNOUNCED_UNITS = frozenset(["个方面", "方面", "点", "项", "条", "个重点", "大", "招", "步", "个环节", "环节", "种"])


def _announces(folded: str, q: Quantity, floor: int, end: int) -> bool:
    """Is ``q`` (三个方面, 五项) announced as the items that follow: an announcing word before
    it, nothing but its noun after it to the end of its sentence?"""
    if q.kind != "count" or not q.exact or q.in_range or q.unit not in _ANNOUNCED_UNITS or not q.chinese \
            or q.value != int(q.value) or not 2 <= q.value <= 12:
        return False  # an announcement counts in words (四个方面); 完成任务12项 is a tally
    if _TALLY.search(folded, max(floor, q.start - 24, back_to(folded, q.start, floor)), q.start):
        return False  # (in its clause: 报告共包含三大部分第一部分是…，包括六个方面 announces)
    if q.start > 0 and folded[q.start - 1] in "第每前后这那近":
        return False
    tail = folded[q.unit_end:end]
    if len(tail) > 16 or any(c.isdigit() or c in "，、；：" for c in tail):
        return False
    return bool(_ANNOUNCING.search(folded, max(floor, q.start - 16), q.start))


_RESIDUE_LINE = 12  # characters: a page number or running mark between two lines of one list (- 2 -)


def _continues(folded: str, end: int, ordinal: int) -> bool:
    """Does the list go on after a line of page residue (- 2 -, —2—) with its next item
    (三是…)?  The page break cut it; what follows is counted as its own."""
    pos = end
    for _ in range(3):
        if pos >= len(folded) or folded[pos] != "\n":
            return False
        line_end = _paragraph_end(folded, pos + 1)
        line = folded[pos + 1:line_end].strip()
        m = _RUN_IN.match(line)
        if m and _ordinal(m.group("cn") or m.group("nth") or m.group("qi")) == ordinal:
            return True
        if len(line) > _RESIDUE_LINE or _CJK_CHAR.search(line):
            return False
        pos = line_end
    return False


def _paragraph_end(folded: str, pos: int) -> int:
    end = folded.find("\n", pos)
    return len(folded) if end < 0 else end


def _ordinal(token: str) -> Optional[int]:
    return cn_to_int(token)


def _run_in_numbers(body: str) -> List[int]:
    """The run-in ordinals of a list in order (一是, 二是 …; or marked （一）（二）…, 1.2.… inside the
    sentence: 主要做法有三点：（一）…；（二）…), while they count up from one."""
    out = _counting_up((m.group("cn") or m.group("nth") or m.group("qi") for m in _RUN_IN.finditer(body)))
    if len(out) < 2:
        out = _counting_up(m.group("n") or m.group("d") for m in _MARKED_RUN_IN.finditer(body))
    return out


# Items numbered by a bracketed or an Arabic numeral inside one sentence, after ： or ；.
_MARKED_RUN_IN = re.compile(r"(?:^|[：；。])\s*(?:（(?P<n>[一二三四五六七八九十]{1,2}|\d{1,2})）|(?P<d>\d{1,2})[.、．](?=[\u4e00-\u9fff]))")


def _counting_up(tokens) -> List[int]:
    out: List[int] = []
    for token in tokens:
        value = _ordinal(token) if token and not token.isdigit() else (int(token) if token else None)
        if value is None:
            continue
        expected = (out[-1] + 1) if out else 1
        if value == expected:
            out.append(value)
        elif out and value <= out[-1]:
            break  # a nested or a new list starts over
    return out



_NUMERAL_CHARS = frozenset("0123456789两二三四五六七八九十")


def _anchored(folded: str, words: Sequence[str], pattern, before: int, after: int) -> Iterator["re.Match[str]"]:
    """The matches of ``pattern`` whose group ``noun`` is one of ``words``, found from each place
    the word is written (a scan of the whole text from every numeral is too slow on 4 MB)."""
    taken = set()
    for word in words:
        pos = folded.find(word)
        while pos >= 0:
            if pos not in taken and any(c in _NUMERAL_CHARS for c in folded[max(0, pos - 3):pos]):
                m = pattern.search(folded, max(0, pos - before), min(len(folded), pos + len(word) + after))
                while m is not None and m.start("noun") < pos:
                    m = pattern.search(folded, m.start() + 1, min(len(folded), pos + len(word) + after))
                if m is not None and m.start("noun") == pos:
                    taken.add(pos)
                    yield m
            pos = folded.find(word, pos + 1)


def _count_of(token: str) -> Optional[int]:
    """A count written in digits (4) or in a Chinese numeral (四, 十二)."""
    return int(token) if token.isdigit() else cn_to_int(token)


# 本报告由概述、…、附表等六部分组成; …、需要说明的事项与附表共七部分: a report's parts listed, then their
# count (a numeral the number model does not read as a quantity: 部分 is no measure word).
_PARTS_COUNT = lazy(r"(?P<etc>等)?(?:共计|共|合计)?(?P<n>[两二三四五六七八九十]{1,2}|\d{1,2})个?(?P<noun>部分|板块|章节|篇章)")
_PARTS_NOUNS = ("部分", "板块", "章节", "篇章")
_PARTS_OPENER = lazy(r"(?:由|包括|包含|分为|分成|涵盖|即|分别为|分别是|[：:])")


def _listed_parts(doc) -> Iterator[Mismatch]:
    """The parts of a report (or of a section) named, then counted: "本报告由概述、主动公开政府信息
    情况、…、附表等六部分组成".  The items run back to a word that opens the list (由, 包括, 分为,
    ：) in the same clause; 等 before the count allows more parts than are named, never fewer."""
    folded, text = doc.folded, doc.text
    for m in _anchored(folded, _PARTS_NOUNS, _PARTS_COUNT, 8, 0):
        at = m.start()
        floor = max(0, at - 240)
        start = at
        while start > floor and folded[start - 1] not in "，,；;。！？\n（）()":
            start -= 1
        chunk = folded[start:at]
        if "、" not in chunk:
            continue
        first = chunk.find("、")
        openers = list(_PARTS_OPENER.finditer(chunk, 0, first))
        if not openers:
            continue
        body = chunk[openers[-1].end():]
        items = _split_items(body)
        if items is None or len(items) < 3:
            continue
        k = _count_of(m.group("n"))
        low, high = count_items(items)
        if k is None or low <= k <= high or (m.group("etc") and k >= low):
            continue
        n = low if k < low else high
        named = text[m.start("n"):m.end()]
        yield Mismatch("kinds", m.start("n"), m.end(), named, f"{n}部分", f"列举了{n}部分",
                       (Used(start + openers[-1].end(), at, "列举的各部分", "the parts listed"),), name=named)


# 分4个步骤（1.摸底排查；2.集中整治；3.检查验收）: a count of steps, the steps numbered in brackets
# (or after a colon) right after it.
_STEPS = lazy(r"(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})个?(?P<noun>步骤|阶段|环节|步)[\u4e00-\u9fff]{0,4}?(?P<open>[（：])")
_STEP_NOUNS = ("步骤", "阶段", "环节", "步")
_STEP_MARK = lazy(r"(?:^|(?<=[；;。，,：\s]))(?:(?P<a>\d{1,2})[.．、]|（(?P<b>\d{1,2})）|(?P<c>[①②③④⑤⑥⑦⑧⑨⑩]))")


def _numbered_steps(doc) -> Iterator[Mismatch]:
    """A count of steps or stages against the steps numbered right after it, in brackets or
    after a colon: "分4个步骤（1.摸底排查；2.集中整治；3.检查验收）" numbers three."""
    folded, text = doc.folded, doc.text
    for m in _anchored(folded, _STEP_NOUNS, _STEPS, 4, 40):
        if m.start() > 0 and folded[m.start() - 1] in "第每前后这那近":
            continue
        body_start = m.end()
        if m.group("open") == "（":
            close = matching_close(folded, m.end() - 1, min(len(folded), m.end() + 400))
            if close < 0:
                continue
            body_end = close
        else:
            body_end = folded.find("\n", body_start, body_start + 400)
            body_end = body_end if body_end >= 0 else min(len(folded), body_start + 400)
        body = folded[body_start:body_end]
        numbers: List[int] = []
        for mark in _STEP_MARK.finditer(body):
            token = mark.group("a") or mark.group("b")
            value = int(token) if token else "①②③④⑤⑥⑦⑧⑨⑩".index(mark.group("c")) + 1
            if value == len(numbers) + 1:
                numbers.append(value)
            elif numbers and value <= numbers[-1]:
                break
        if len(numbers) < 2 or not body.startswith(("1", "（1）", "①")):
            continue
        k = _count_of(m.group("n"))
        n = numbers[-1]
        if k is None or k == n:
            continue
        named = text[m.start("n"):m.end("noun")]
        yield Mismatch("kinds", m.start("n"), m.end("noun"), named, f"{n}{m.group('noun')}",
                       f"列举了{n}个{m.group('noun')}", (Used(body_start, body_end, "列举的各项", "the items listed"),),
                       name=named)


# “四个结合”，即与…相结合，…；与…相结合，…: the items of a named count written as clauses (or
# sentences), each opening with an item that ends in what the name counts.
_NAMED_CLAUSES = lazy(r"“(?P<name>[\u4e00-\u9fff]{0,6}?(?P<n>[两二三四五六七八九十])(?P<word>[\u4e00-\u9fff])"
                      r"[\u4e00-\u9fff]{0,4})”[\u4e00-\u9fff]{0,6}?[，,]即[：:]?")
_CLAUSE_ITEM_LIMIT = 20  # characters of an item before its comma
_NAMED_RUN_IN = lazy(r"“(?P<name>[\u4e00-\u9fff]{0,6}?(?P<n>[两二三四五六七八九十])[\u4e00-\u9fff]{1,5})”"
                     r"[\u4e00-\u9fff]{0,4}?(?:，即)?：(?=一是|第一[，、])")


def _named_clauses(doc) -> Iterator[Mismatch]:
    """"落实“三到位”，即组织领导到位，成立…。计划制定到位，…。制度执行到位，…。": after 即, clauses
    or sentences that each open with an item ending in the name's tail (到位, 相结合), counted
    while they last.  A clause after a semicolon that breaks the run leaves the list unread."""
    folded, text = doc.folded, doc.text
    for m in _NAMED_RUN_IN.finditer(folded):
        # 承诺“四到位”：一是…；二是…；三是…: the items run in after a colon, numbered 一是, 二是…
        k = cn_to_int(m.group("n"))
        body_end = min(_paragraph_end(folded, m.end()), m.end() + 3000)
        numbers = _run_in_numbers(folded[m.end() - 1:body_end])
        if k is not None and len(numbers) >= 2 and numbers[0] == 1 and numbers[-1] != k \
                and not (numbers[-1] < k and _continues(folded, body_end, numbers[-1] + 1)):
            named = text[m.start("n"):m.end("name")]
            yield Mismatch("kinds", m.start("n"), m.end("name"), named, f"{numbers[-1]}项", f"列举了{numbers[-1]}项",
                           (Used(m.end(), body_end, "列举的各项", "the items listed"),), name=named)
    for m in _NAMED_CLAUSES.finditer(folded):
        tail = (m.group("word") + m.group("name")[m.end("word") - m.start("name"):]).lstrip("个")
        k = cn_to_int(m.group("n"))
        if k is None or len(tail) < 2:
            continue
        pos, count, last_end, read = m.end(), 0, m.end(), True
        while count <= 12:
            stop = pos
            while stop < len(folded) and stop - pos <= _CLAUSE_ITEM_LIMIT and folded[stop] not in "，、；。！？\n":
                stop += 1
            item = folded[pos:stop]
            if stop >= len(folded) or folded[stop] not in "，；。" or not item.endswith(tail) or len(item) <= len(tail):
                read = count >= 2 and folded[pos - 1] in "。\n"  # the list ended with a sentence
                break
            count += 1
            last_end = stop
            end = stop
            while end < len(folded) and folded[end] not in "；。\n":
                end += 1
            if end >= len(folded) or folded[end] == "\n":
                read = count >= 2
                break
            pos = end + 1
        if not read or count < 2 or count == k:
            continue
        named = text[m.start("n"):m.end("name")]
        yield Mismatch("kinds", m.start("n"), m.end("name"), named, f"{count}项", f"列举了{count}项",
                       (Used(m.end(), last_end, "列举的各项", "the items listed"),), name=named)


# 围绕三个阶段（即：宣传发动阶段、集中治理阶段、检查验收阶段）: a count and its noun, the items in
# brackets after 即, each ending in that noun.
_COUNT_THAT_IS = lazy(r"(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})个?(?P<noun>[\u4e00-\u9fff]{2})[”〞\"]?（即[：:]?")


def _bracketed_that_is(doc) -> Iterator[Mismatch]:
    """"三个阶段（即：宣传发动阶段、集中治理阶段、检查验收阶段）": the items after 即 in brackets
    right after a count, each ending in the count's noun."""
    folded, text = doc.folded, doc.text
    pos = folded.find("（即")
    while pos >= 0:
        m = _COUNT_THAT_IS.search(folded, max(0, pos - 6), pos + 4)
        while m is not None and m.end() <= pos:
            m = _COUNT_THAT_IS.search(folded, m.start() + 1, pos + 4)
        if m is not None and m.start() > 0 and folded[m.start() - 1] not in "第每前后这那近":
            close = matching_close(folded, pos, min(len(folded), pos + 200))
            items = _split_items(folded[m.end():close]) if close > 0 else None
            k = _count_of(m.group("n"))
            noun = m.group("noun")
            if items is not None and k is not None and len(items) >= 2 and not folded[m.end():close].endswith("等") \
                    and all(i.endswith(noun) and len(i) > len(noun) for i in items) and len(items) != k:
                named = text[m.start("n"):m.end("noun")]
                yield Mismatch("kinds", m.start("n"), m.end("noun"), named, f"{len(items)}个{noun}",
                               f"括号中列举了{len(items)}个{noun}", (Used(m.end(), close, "列举的各项", "the items listed"),),
                               name=named)
        pos = folded.find("（即", pos + 2)


# 分三个阶段开展工作。 then 第一阶段，… 第二阶段，…: a count of stages, the stages named by their ordinals after it.
_STAGES_ANNOUNCED = lazy(r"(?P<n>\d{1,2}|[两二三四五六七八九十]{1,2})个?(?P<noun>阶段|步骤)[\u4e00-\u9fff]{0,12}?[。：:]")
_STAGE_ORDINAL = lazy(r"第(?P<n>[一二三四五六七八九十]{1,2})(?:个)?(?P<noun>阶段|步骤|步)")
_STAGES_REACH = 2400  # characters after the count the stages may run over
_FIRST_STAGE_GAP = 12  # characters between the count's sentence and its first stage ((2), a line break)


# “起草—审查—备案—清理”五个环节, “领学+研学+普学”三级体系: the steps of a chain in quotes, joined by a dash,
# an arrow or a plus, then the count of them (no quantity when the measure word is missing: 三级).
_CHAIN = lazy(r"“(?P<items>[\u4e00-\u9fff]{1,8}(?:(?:——|—|－|→|＋|\+)[\u4e00-\u9fff]{1,8}){1,11})”"
              r"(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个|大|项)?(?P<word>环节|步骤|步|流程|阶段|层级|级|道工序|关)")
_CHAIN_JOIN = lazy(r"——|—|－|→|＋|\+")


def _chain_counted(doc) -> Iterator[Mismatch]:
    """A chain of steps in quotes and the count of them after it: “起草—审查—备案—清理”五个环节 names four."""
    folded, text = doc.folded, doc.text
    for m in _CHAIN.finditer(folded):
        k = _count_of(m.group("n"))
        n = len(_CHAIN_JOIN.split(m.group("items")))
        if k is None or k == n:
            continue
        named = text[m.start("n"):m.end("word")]
        unit = ("个" if "个" in named else "") + m.group("word")
        yield Mismatch("kinds", m.start("n"), m.end("word"), named, f"{n}{unit}", f"列举了{n}{unit}",
                       (Used(m.start("items"), m.end("items"), "列举的各项", "the items listed"),), name=named)


# 市、县、乡、村三级联动, “区—街道—社区—组”四级网络: the tiers of government or of a network named in turn, then the
# count of them (级: no quantity the reader takes).  Only the names of tiers, so that a list of other things before
# 级 (一、二级保护区; 2、3级) is not read; a quoted chain may join them by a hyphen typed as 一 (区一街道一社区).
_TIER = r"(?:国家|中央|省|自治区|市|州|盟|地|县|区|旗|乡|镇|乡镇|街道|村|居|社区|组|村组|网格|小组|片区|楼栋|单元|户)(?:（[\u4e00-\u9fff]{1,3}）|\([\u4e00-\u9fff]{1,3}\))?"
_TIERS = lazy(r"(?<![、—－])(?P<items>" + _TIER + r"(?:(?:、|——|—|－)" + _TIER + r"){1,7})(?P<n>[两二三四五六七八])级(?=[\u4e00-\u9fff])")
_TIERS_QUOTED = lazy(r"“(?P<items>" + _TIER + r"(?:(?:、|——|—|－|-|一|→)" + _TIER + r"){1,7})”的?(?P<n>[两二三四五六七八])级")
_TIER_JOIN = lazy(r"、|——|—|－|-|一|→")


_LEVEL_NUMERALS = frozenset("两二三四五六七八")
_TIERS_REACH = 120  # characters before 级 the tiers' list may start (eight tiers in brackets)


def _ending_at_levels(pattern, folded: str) -> Iterator["re.Match[str]"]:
    """The matches of ``pattern`` (a list of tiers, then its count before 级) in order, found from each
    N级: the pattern opens with the tiers' names, characters found everywhere, and tried across a long
    text it cost a report more than the rest of the sums together."""
    end = 0
    at = folded.find("级")
    while at >= 0:
        stop, at = at + 1, folded.find("级", at + 1)
        if folded[stop - 2:stop - 1] not in _LEVEL_NUMERALS:
            continue
        for m in pattern.finditer(folded, max(end, stop - _TIERS_REACH), stop + 1):  # (+1: the lookahead after 级)
            if m.end("n") + 1 == stop:
                end = m.end()
                yield m
                break


def _tiers_counted(doc) -> Iterator[Mismatch]:
    """市、县、乡、村三级联动: four tiers named, not three."""
    folded, text = doc.folded, doc.text
    for pattern in (_TIERS, _TIERS_QUOTED):
        for m in _ending_at_levels(pattern, folded):
            if pattern is _TIERS_QUOTED and _CHAIN.match(folded, m.start()):
                continue  # (“县—镇—村”四级: the chain's own reading)
            k = _count_of(m.group("n"))
            items = m.group("items")
            if pattern is _TIERS_QUOTED:
                n = len(_TIER_JOIN.split(re.sub(r"（[^（）]*）|\([^()]*\)", "", items)))
            else:
                n = len(re.split(r"、|——|—|－", items))
            if k is None or k == n:
                continue
            named = text[m.start("n"):m.end("n") + 1]
            yield Mismatch("kinds", m.start("n"), m.end("n") + 1, named, f"{n}级", f"列举了{n}级",
                           (Used(m.start("items"), m.end("items"), "列举的各级", "the tiers named"),), name=named)


# “四个一”工程, “五个一批”: a slogan that counts things of one each (一个宣传栏, 一个书屋 …).
_ONES = lazy(r"“(?P<n>[两二三四五六七八九十])个一(?P<rest>[\u4e00-\u9fff]{0,3})”")
_ONE_THING = lazy(r"一[个支套批张项本名场次条份处块间座所家]")
_ONES_REACH = 2000  # characters after the slogan its items may run


def _slogan_of_ones(doc) -> Iterator[Mismatch]:
    """“四个一”工程 and the items numbered after it (一是建设一个法治文化宣传栏…；二是建设一个农家书屋…), in its
    paragraph after the slogan or in the lines right after, each naming one thing (一个, 一支, 一套 …) near
    its start: as many items as the slogan counts."""
    folded, text = doc.folded, doc.text
    paragraphs = doc.paragraphs
    for m in _ONES.finditer(folded):
        para = doc.paragraph_of(m.start())
        if para is None:
            continue
        end = para.end
        j = para.index + 1
        while j < len(paragraphs) and paragraphs[j].end - m.end() <= _ONES_REACH and _RUN_IN.match(paragraphs[j].folded):
            end = paragraphs[j].end
            j += 1
        marks = list(_RUN_IN.finditer(folded, m.end(), end))
        count = 0
        for i, mark in enumerate(marks):
            value = _ordinal(mark.group("cn") or mark.group("nth") or mark.group("qi") or "")
            if value != count + 1:
                break
            if not _ONE_THING.search(folded, mark.end(), min(mark.end() + 10, marks[i + 1].start() if i + 1 < len(marks) else end)):
                count = 0
                break
            count = value
        k = _count_of(m.group("n"))
        if k is None or count < 2 or count == k:
            continue
        named = text[m.start():m.end()]
        yield Mismatch("kinds", m.start(), m.end(), named, f"{count}项", f"列举了{count}项",
                       (Used(marks[0].start(), marks[count - 1].end(), "列举的各项", "the items listed"),), name=named)


# “七队一处三中心”（机动大队，甲、乙执法大队，渣土管理处，投诉服务中心、…中心）: three numerals or more in one
# quoted name, each counting the items that end in its word (队, 处, 中心), the items in brackets right after.
_MANY_KINDS = lazy(r"“(?P<name>(?:[一两二三四五六七八九十][\u4e00-\u9fff]{1,2}?){3,5})”[\u4e00-\u9fff]{0,6}?"
                   r"（(?P<items>[^（）“”]{3,240})）")
_KIND_PIECE = lazy(r"([一两二三四五六七八九十])([^一两二三四五六七八九十]{1,2})")


def _many_kinds(doc) -> Iterator[Mismatch]:
    """A name of three counts or more (“七队一处三中心”) against the items in the brackets after it.  Names
    joined by 、 before one that ends in the word share it (黄石港、西塞山、开发区执法大队: three 队)."""
    folded, text = doc.folded, doc.text
    for m in _MANY_KINDS.finditer(folded):
        pieces = _KIND_PIECE.findall(m.group("name"))
        if len(pieces) < 3 or "".join(n + w for n, w in pieces) != m.group("name") or len({w for _, w in pieces}) < len(pieces):
            continue
        body = m.group("items")
        if "等" in body or any(c.isdigit() for c in body):
            continue
        counts = {w: 0 for _, w in pieces}
        waiting = 0  # bare names joined by 、 before the one that names their kind
        ok = True
        for run in re.split(r"[，；,;]", body):
            for item in run.split("、"):
                item = item.strip()
                word = next((w for _, w in pieces if item.endswith(w)), None)
                if word is None:
                    waiting += 1
                    continue
                counts[word] += 1 + waiting
                waiting = 0
            if waiting:
                ok = False
                break
        if not ok:
            continue
        for n, w in pieces:
            k = _count_of(n)
            if k is not None and counts[w] != k:
                listed = "、".join(f"{counts[x]}个“{x}”" for _, x in pieces)
                found = "".join(f"{counts[x]}{x}" for _, x in pieces)
                named = text[m.start():m.end("name") + 1]
                yield Mismatch("kinds", m.start(), m.end("name") + 1, named, found,
                               f"列举了{listed}", (Used(m.start("items"), m.end("items"), "列举的各项", "the items listed"),),
                               name=named)
                break


def _stages_after(doc) -> Iterator[Mismatch]:
    """"我将分三个阶段开展工作。\n第一阶段，…\n第二阶段，…\n第三阶段，…\n第四阶段，…": the stages
    that follow a count of them, numbered by ordinals (第一阶段) from the next line or clause on."""
    folded, text = doc.folded, doc.text
    for m in _anchored(folded, ("阶段", "步骤"), _STAGES_ANNOUNCED, 4, 40):
        if m.start() > 0 and folded[m.start() - 1] in "第每前后这那近":
            continue
        first = _STAGE_ORDINAL.search(folded, m.end(), m.end() + _FIRST_STAGE_GAP)
        if first is None or cn_to_int(first.group("n")) != 1 or first.group("noun")[0] != m.group("noun")[0]:
            continue
        count = 0
        for stage in _STAGE_ORDINAL.finditer(folded, first.start(), m.end() + _STAGES_REACH):
            value = cn_to_int(stage.group("n"))
            if stage.group("noun")[0] != m.group("noun")[0]:
                continue
            if value == count + 1:
                count = value
            elif value is not None and value <= count:
                break  # another list starts over
        k = _count_of(m.group("n"))
        if k is None or count < 2 or count == k:
            continue
        named = text[m.start("n"):m.end("noun")]
        yield Mismatch("kinds", m.start("n"), m.end("noun"), named, f"{count}{m.group('noun')}",
                       f"列举了{count}个{m.group('noun')}", (Used(first.start(), first.end(), "列举的第一项", "the first item listed"),),
                       name=named)


# 确保人员、资金、措施三到位; 思想、组织、作风三统一: short names, then a numeral and what it counts
# (no measure word, so no quantity): the numeral counts the names.
_NAMES_THEN_COUNT = lazy(r"(?P<items>[\u4e00-\u9fff]{1,6}(?:、[\u4e00-\u9fff]{1,6}){1,9})"
                         r"(?P<n>[两二三四五六七八九十])(?P<tail>[\u4e00-\u9fff]{2,3})(?=[，。；、！？）\n])")
# Where to look for it: the 、 before the last name, a literal the regex engine finds fast.
_NAMES_NUMERAL = lazy(r"、[\u4e00-\u9fff]{1,6}?(?P<n>[两二三四五六七八九十])[\u4e00-\u9fff]{2,3}[，。；、！？）\n]")


def _list_at_numeral(pattern, folded: str, n_at: int, back: int, ahead: int) -> Optional["re.Match[str]"]:
    """The match of ``pattern`` (a list of names, then its numeral as group n) whose numeral stands
    at ``n_at``, read back at most ``back`` characters; None when the names do not run up to it."""
    m = pattern.search(folded, max(0, n_at - back), n_at + ahead)
    while m is not None and m.start("n") < n_at:
        m = pattern.search(folded, m.start() + 1, n_at + ahead)
    return m if m is not None and m.start("n") == n_at else None


def _names_then_count(doc) -> Iterator[Mismatch]:
    """"确保人员、资金、措施三到位": names joined by 、 and right after the last, the numeral that
    counts them with what they are (到位, 统一, 同步).  A clause's verb may open the first name
    (确保人员); 等 anywhere leaves the list open."""
    folded, text = doc.folded, doc.text
    for at in _NAMES_NUMERAL.finditer(folded):
        # (the whole list is read back in a bounded stretch)
        n_at = at.start("n")
        m = _list_at_numeral(_NAMES_THEN_COUNT, folded, n_at, 70, 5)
        if m is None:
            continue
        k = cn_to_int(m.group("n"))
        items = m.group("items").split("、")
        if k is None or "等" in m.group("items") or m.group("tail")[0] in "个项类种大条家名人次年月日级":
            continue  # (三个…, 三项…: measure words the quantities read; 三级: levels of government)
        names = items[1:]  # the first may carry the clause's verb (确保人员)
        if len(items) < 3 or any(c in _ORDINALS + "两第届之" for c in m.group("items")) \
                or any(len(i) < 2 or len(i) != len(names[0]) for i in names) or len(names[0]) > 4 \
                or len(items[0]) < len(names[0]):
            continue  # names written alike (人员、资金、措施), no numeral among them (十九届二中)
        low, high = count_items(items)
        if low <= k <= high:
            continue
        n = low if k < low else high
        named = text[m.start("n"):m.end("tail")]
        yield Mismatch("kinds", m.start("n"), m.end("tail"), named, f"{n}项", f"列举了{n}项",
                       (Used(m.start("items"), m.end("items"), "列举的各项", "the items listed"),), name=named)


# 建成调解室、接待室、档案室“四室”: names joined by 、, then a quoted numeral and the noun each name ends in.
_NAMES_THEN_QUOTED = lazy(r"(?P<items>[\u4e00-\u9fff]{1,10}(?:、[\u4e00-\u9fff]{1,10}){1,9})"
                          r"“(?P<n>[两二三四五六七八九十])(?P<tail>[\u4e00-\u9fff]{1,2})”")


def _names_then_quoted(doc) -> Iterator[Mismatch]:
    """"建成调解室、接待室、档案室“四室”": the quoted numeral counts the names right before it
    when every name ends in the quoted noun (the first may carry the clause's verb: 建成调解室)."""
    folded, text = doc.folded, doc.text
    for quote_at in re.finditer(r"、[\u4e00-\u9fff]{1,10}“[两二三四五六七八九十][\u4e00-\u9fff]{1,2}”", folded):
        n_at = folded.index("“", quote_at.start()) + 1
        m = _list_at_numeral(_NAMES_THEN_QUOTED, folded, n_at, 120, 4)
        if m is None:
            continue
        k = cn_to_int(m.group("n"))
        items = m.group("items").split("、")
        tail = m.group("tail")
        if k is None or "等" in m.group("items") or len(items) < 2 \
                or not all(i.endswith(tail) and len(i) > len(tail) for i in items):
            continue
        found = _miscounted(text, items, k, (m.start("n") - 1, m.end("tail") + 1), (m.start("items"), m.end("items")))
        if found is not None:
            yield found


# 实施道路提升、管网改造、绿化美化、公厕新建“四大工程”: a list of names, then the quoted name of the
# programme that counts them (N大…, N项…, N个…).
# (opens with the quote: a pattern that opens with an optional group is tried at every character)
_QUOTED_PROGRAMME = lazy(r"“(?P<n>[两二三四五六七八九十])(?P<w>大|项|个)(?P<tail>[\u4e00-\u9fff]{1,4})”")
_COUNTED_INSIDE = lazy(r"[一二两三四五六七八九十百]+[个项大类种条家名]")
# 党中央、国务院推行行政执法“三项制度”; 各乡镇、街道全面落实“三项制度”; 各地区、各部门不断增强“四个意识”:
# a verb of carrying out (or of holding to a slogan) right before
# the quote makes the programme its object and the names before it its subject (who carries it out), not
# the things it counts.
_CARRIED_OUT = lazy(r"(?:实施|推行|推进|推动|开展|落实|执行|部署|完成|实现|贯彻|践行|深化|抓好|启动|组织|实行|坚持|做到|"
                    r"增强|坚定|树立|强化|提高|提升|牢记|领悟|捍卫|秉持|遵循|把握|用好)"
                    r"[\u4e00-\u9fff]{0,6}?的?$")


def _carried_out(items: Sequence[str]) -> bool:
    """Does the last name carry the verb that carries the programme out (各乡镇、街道全面落实“三项制度”)?
    Then it is a name like the ones before it (the subject: 街道, 市城管局) and the verb, half as long
    again as they are; a name written like its peers holds such a verb as a word of its own
    (…、矛盾纠纷多元化解、刑事执行治理“六大能力”; …、人民调解指导、司法鉴定执行管理“五项工程”)."""
    if not _CARRIED_OUT.search(items[-1][1:]):
        return False
    peers = items[1:-1]  # (the first name may carry the clause's verb: 完成了党中央、国务院推行…)
    return not peers or 2 * len(items[-1]) >= 3 * max(len(i) for i in peers)


def _names_then_programme(doc) -> Iterator[Mismatch]:
    """"以实施道路提升、管网改造、绿化美化、公厕新建“五大工程”为抓手": the numeral of a programme's
    quoted name counts the names joined by 、 right before it, back to the clause's start (the first
    may carry the clause's verb).  Items must be names (no figure, no count inside: 在甲、乙、丙三个区
    开展“十大行动” counts no list), two at least; 等 before the quote allows fewer names than the
    count, never more."""
    folded, text = doc.folded, doc.text
    for m in _QUOTED_PROGRAMME.finditer(folded):
        at = m.start()
        etc = folded[at - 1:at] == "等"
        at -= etc
        if at == 0 or not "\u4e00" <= folded[at - 1] <= "\u9fff":
            continue
        start, items = _list_ending_at(folded, at, max(0, at - 120))
        k = cn_to_int(m.group("n"))
        if items is None or k is None or len(items) < 2 or any(_COUNTED_INSIDE.search(i) for i in items) \
                or any(not 2 <= len(i) <= 10 for i in items[1:]) or _carried_out(items):
            continue
        low, high = count_items(items)
        if low <= k <= high or (etc and k > high):
            continue
        n = low if k < low else high
        name = text[m.start("n") - 1:m.end()]
        yield Mismatch("kinds", m.start("n") - 1, m.end(), name, f"{n}项", f"列举了{n}项",
                       (Used(start, at, "列举的各项", "the items listed"),), name=name)


def _miscounted(text: str, items: List[str], k: int, named: Tuple[int, int],
                listed: Tuple[int, int]) -> Optional[Mismatch]:
    """The finding on a name that counts ``k`` of the items listed at ``listed``, when no reading
    of the list (a 和 may join two items or two words) gives k."""
    low, high = count_items(items)
    if low <= k <= high:
        return None
    n = low if k < low else high
    name = text[named[0]:named[1]]
    return Mismatch("kinds", named[0], named[1], name, f"{n}项", f"列举了{n}项",
                    (Used(listed[0], listed[1], "列举的各项", "the items listed"),), name=name)


# 建立排查、研判、调处机制（简称“三项机制”）: the short name a list is given right after it.
_ABBREVIATED = lazy(r"[（，](?:以下)?简称[：:]?“(?P<n>[两二三四五六七八九十])(?P<tail>[\u4e00-\u9fff]{1,5})”")


def _names_abbreviated(doc) -> Iterator[Mismatch]:
    """"建立健全合法性审查、公平竞争审查、风险评估机制（简称“三项机制”）": a short name whose numeral
    counts the plain list it is given to (items split at 、, no 等, no figure, no quote), a list
    of two items at least; a name of two counts (“三线一单”) is not read."""
    folded, text = doc.folded, doc.text
    for m in _ABBREVIATED.finditer(folded):
        k = cn_to_int(m.group("n"))
        if k is None or any(c in _CN_COUNT_CHARS for c in m.group("tail")):
            continue
        start, items = _list_ending_at(folded, m.start(), max(0, m.start() - 120))
        if items is None or len(items) < 2:
            continue
        found = _miscounted(text, items, k, (m.start("n") - 1, m.end("tail") + 1), (start, m.start()))
        if found is not None:
            yield found


def _items_fit(items: Sequence[str], m: "re.Match[str]") -> bool:
    """Are these the things a quoted name counts?  Each opens with the word after the numeral
    (“六进”：进机关、进学校…) or ends in what follows the numeral (“四到位”：人员到位、经费到位…,
    “三个清单”: …权力清单、…责任清单), and is more than that word."""
    word = m.group("word")
    tail = (word + m.group("name")[m.end("word") - m.start("name"):]).lstrip("个")
    if any(len(i) > _ITEM_LIMIT for i in items):
        return False
    return all(i.startswith(word) for i in items) \
        or (len(tail) >= 1 and all(i.endswith(tail) and len(i) > len(tail) for i in items))


# “3·15”消费者权益日、“4·15”国家安全教育日、“12·4”国家宪法日等三个节点: quoted labels, each followed
# by its name, then the count of them.  Found from the count, then read back.
_NAMED_LABEL_COUNT = lazy(r"”[\u4e00-\u9fff]{2,12}?(?P<etc>等)?(?P<n>[两二三四五六七八九十])(?P<unit>个|项)(?=[\u4e00-\u9fff])")
_NAMED_LABEL_RUN = lazy(r"(?:“[^“”\n，。；、]{1,12}”[\u4e00-\u9fff]{2,12}?(?:、|和|及|与|以及)){2,11}"
                        r"“[^“”\n，。；、]{1,12}”[\u4e00-\u9fff]{2,12}?$")


def _quoted_and_named(folded: str, text: str) -> Iterator[Mismatch]:
    """"利用“3·15”消费者权益日、“4·15”国家安全教育日、“6·26”国际禁毒日及“12·4”国家宪法日等四个节点":
    the labels counted.  More labels than the count is wrong; fewer is wrong unless 等 leaves the
    list open, and a list whose last item is joined by 和/及/与 is closed: its 等 ends it."""
    for m in _NAMED_LABEL_COUNT.finditer(folded):
        end = m.start("etc") if m.group("etc") else m.start("n")
        run = _NAMED_LABEL_RUN.search(folded, max(0, end - 300), end)
        if run is None:
            continue
        n = run.group(0).count("“")
        k = cn_to_int(m.group("n"))
        last = run.group(0).rfind("“")
        closed = run.group(0)[:last].endswith(("和", "及", "与"))
        if k is None or k == n or (k > n and m.group("etc") and not closed):
            continue
        named = text[m.start("n"):m.end("unit")]
        yield Mismatch("kinds", m.start("n"), m.end("unit"), named, f"{n}{m.group('unit')}", f"列举了{n}{m.group('unit')}",
                       (Used(run.start(), run.end(), "列举的各项", "the items listed"),), name=named)


def _top_level_quotes(run: str) -> int:
    """How many names a run of quoted names and titles holds: a quote inside a title
    (《关于深化“大调解”机制建设的意见》) is part of it."""
    n = depth = 0
    for char in run:
        if char == "《":
            n += depth == 0
            depth += 1
        elif char == "》":
            depth = max(0, depth - 1)
        elif char == "“" and depth == 0:
            n += 1
    return n


# The commonest surnames: a list item of two to four characters that opens with one is a person's name.
_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
                      "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常"
                      "温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
                      "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑"
                      "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝")
_COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "慕容", "司徒", "令狐", "夏侯", "长孙", "宇文")
# 表彰先进个人5名：张三、李四、王五; 评选出优秀调解员6名，分别是…: a count of persons, then their names.
_PERSONS_NAMED = lazy(r"(?P<n>\d{1,2}|[两二三四五六七八九十]{1,3})(?P<unit>名|位|人)(?P<noun>[\u4e00-\u9fff]{0,8}?)"
                      r"(?:[：]|，(?:分别是|分别为|即|名单如下)[：]?)(?P<items>[\u4e00-\u9fff、和]{2,200}?)(?=[。；，\n（]|$)")


def _person_name(item: str) -> bool:
    item = item[:-2] if item.endswith("同志") else item
    if not 2 <= len(item) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in item):
        return False
    return item.startswith(_COMPOUND_SURNAMES) or (item[0] in _SURNAMES and len(item) <= 3)


def _persons_named(doc) -> Iterator[Mismatch]:
    """"表彰先进个人5名：张三、李四、王五、赵六": a count of persons against the names listed after it.  Every
    item must be a person's name (two or three characters opening with a common surname, or a compound
    surname), two names at least, no 等 (which leaves the list open)."""
    folded, text = doc.folded, doc.text
    for m in _PERSONS_NAMED.finditer(folded):
        body = m.group("items")
        if body.endswith("等") or folded[m.end():m.end() + 1] == "等":
            continue
        items = [i for part in body.split("、") for i in part.split("和")] if "和" in body else body.split("、")
        if len(items) < 2 or not all(_person_name(i) for i in items):
            continue
        k = _count_of(m.group("n"))
        if k is None or k == len(items) or (folded[m.end():m.end() + 1] == "，" and k > len(items)):
            continue  # (…、王五，以及…: the names may go on past a comma; fewer than the count is read only at the end)
        named = text[m.start("n"):m.end("unit")]
        yield Mismatch("kinds", m.start("n"), m.end("unit"), named, f"{len(items)}{m.group('unit')}",
                       f"列举了{len(items)}{m.group('unit')}",
                       (Used(m.start("items"), m.end("items"), "列举的姓名", "the names listed"),), name=named)


def named_kinds(doc) -> List[Mismatch]:
    """Counts inside quoted names against the items after 即 (开展“六进”活动，即进机关、进学校、
    进社区、进企业、进农村), and names of two counts (“三室一站”（调解室、阅览室、服务站）): read over
    the whole text, since such a sentence often holds no other figure.  The items must each open
    (or, for two counts, end) with the word the numeral counts."""
    folded, text = doc.folded, doc.text
    out: List[Mismatch] = []
    if "部分" in folded or "板块" in folded or "章节" in folded or "篇章" in folded:
        out.extend(_listed_parts(doc))
    if "步" in folded or "阶段" in folded or "环节" in folded:
        out.extend(_numbered_steps(doc))
        out.extend(_stages_after(doc))
    out.extend(_names_then_count(doc))
    out.extend(_names_then_quoted(doc))
    if "级" in folded:
        out.extend(_tiers_counted(doc))
    out.extend(_persons_named(doc))
    if "“" in folded:
        out.extend(_names_then_programme(doc))
        out.extend(_chain_counted(doc))
        out.extend(_slogan_of_ones(doc))
        out.extend(_many_kinds(doc))
    if "简称" in folded:
        out.extend(_names_abbreviated(doc))
    out.extend(_bracketed_that_is(doc))
    if "”" not in folded and "》" not in folded:
        return out
    out.extend(_named_clauses(doc))
    for m in _NAMED_THAT_IS.finditer(folded):
        k = cn_to_int(m.group("n"))
        items = _split_items(m.group("items").rstrip("等"))
        if k is None or items is None or len(items) < 2 or m.group("items").rstrip().endswith("等") \
                or not _items_fit(items, m):
            continue
        if m.group("that") is None and not all(i.startswith(m.group("word")) for i in items):
            continue  # without 即 (“八进”，进农村、进社区…) only items that each open with the counted word
        low, high = count_items(items)
        if not low <= k <= high:
            n = low if k < low else high
            named = text[m.start("n"):m.end("name")]
            out.append(Mismatch("kinds", m.start("n"), m.end("name"), named, f"{n}项", f"列举了{n}项",
                                (Used(m.start("items"), m.end("items"), "列举的各项", "the items listed"),), name=named))
    for m in _QUOTED_COUNT.finditer(folded):
        run = _QUOTED_RUN.search(folded, max(0, m.start() - 12 * 43), m.start() + 1)
        if run is None:
            continue
        n = _top_level_quotes(run.group(0))
        k = _count_of(m.group("n"))
        # (等 leaves the list open: only more names than the count contradict it)
        if k is not None and k != n and not (m.group("all") and k > n + _NEAR_NAMES) and not (m.group("etc") and k > n):
            named = text[m.start("n"):m.end("unit")]
            unit = {"大": "项", "大类": "类"}.get(m.group("unit"), m.group("unit"))
            out.append(Mismatch("kinds", m.start("n"), m.end("unit"), named, f"{n}{unit}", f"列举了{n}{unit}",
                                (Used(run.start(), m.start("n"), "列举的各项", "the items listed"),), name=named))
    out.extend(_quoted_and_named(folded, text))
    for m in _TWO_KINDS.finditer(folded):
        k1, k2 = cn_to_int(m.group("n1")), cn_to_int(m.group("n2"))
        group = "items" if m.group("items") is not None else "items2"
        body = m.group(group)
        items = _split_items(body)
        w1, w2 = m.group("w1"), m.group("w2")
        if items is not None:  # 警务室和服务站: two items
            items = [h for i in items for h in (_CONJUNCTIONS.split(i) if all(
                x.endswith((w1, w2)) and len(x) >= 2 for x in _CONJUNCTIONS.split(i)) else [i])]
        if k1 is None or k2 is None or items is None or len(items) < 2 or body.rstrip().endswith("等") or w1 == w2 \
                or not all(i.endswith((w1, w2)) and len(i) <= _ITEM_LIMIT for i in items):
            continue
        n1 = sum(1 for i in items if i.endswith(w1))
        n2 = len(items) - n1
        if n1 and n2 and (n1, n2) != (k1, k2):  # (not “三个一批”, whose items all end in 批)
            named = text[m.start("n1"):m.end("w2")]
            out.append(Mismatch("kinds", m.start("n1"), m.end("w2"), named, f"{n1}{w1}{n2}{w2}",
                                f"列举了{n1}个“{w1}”、{n2}个“{w2}”",
                                (Used(m.start(group), m.end(group), "列举的各项", "the items listed"),), name=named))
    return out


def paragraph_lists(doc, runs: Sequence[Sequence[NumberSentence]], run_paragraphs: Sequence) -> List[Mismatch]:
    """"重点抓好以下四个方面工作：" and the paragraphs numbered after it: （一）… （二）…

    ``runs`` are the number sentences paragraph by paragraph, ``run_paragraphs`` the
    paragraph of each."""
    folded = doc.folded
    paragraphs = doc.paragraphs
    headings = doc.heading_at_paragraph
    out: List[Mismatch] = []
    for run, para in zip(runs, run_paragraphs):
        if para is None:
            continue
        index = para.index
        announced = None
        if para.folded.rstrip().endswith("："):
            for q in (q for sentence in run for q in sentence.items):
                a = _announced(folded, q, para.end)
                if a is not None and a.opener_end >= para.end - 1:
                    announced = a
        elif para.end - para.start <= _LEAD_IN_LIMIT and index + 1 < len(paragraphs) \
                and _FIRST_ITEM.match(folded, paragraphs[index + 1].start):
            announced = _lead_in(folded, paragraphs, run, para)
        elif para.end - para.start <= _LEAD_IN_LIMIT and index + 1 < len(paragraphs) \
                and getattr(headings.get(index + 1), "number", None) == 1 and index not in headings:
            # 我局重点从四个方面推进法治建设。 then the headings （一）…（三）
            counts = [q for sentence in run for q in sentence.items
                      if _announces(folded, q, sentence.start, sentence.end)]
            if len(counts) == 1 and counts[0].unit_end >= para.end - 17:
                announced = Announced(counts[0], counts[0].unit_end, "")
        if announced is None:
            continue
        n = _numbered_after(paragraphs, headings, index)
        k = int(announced.q.value)
        if n is None or n == k:
            continue
        q = announced.q
        out.append(Mismatch("kinds", q.start, q.unit_end, doc.text[q.start:announced.opener_end].rstrip("：，即包括分别是为—"), f"{n}{q.unit}",
                            f"列举了{n}{q.unit}",
                            (Used(paragraphs[index + 1].start, paragraphs[index + 1].end, "列举的第一项", "the first item listed"),),
                            name=doc.text[q.start:q.unit_end]))
    return out


_LEAD_IN_LIMIT = 60  # characters: a longer paragraph is a body of its own, not a lead-in


def _lead_in(folded: str, paragraphs, run: Sequence[NumberSentence], para) -> Optional[Announced]:
    """"主要体现在三个方面。" on its own line, the items 一是…, 二是… on the lines after:
    a short paragraph with one count of kinds, followed by a line opening with 一是."""
    if para.end - para.start > _LEAD_IN_LIMIT or para.index + 1 >= len(paragraphs):
        return None
    m = _RUN_IN.match(paragraphs[para.index + 1].folded)
    if m is None or _ordinal(m.group("cn") or m.group("nth") or m.group("qi")) != 1:
        return None
    counts = [q for sentence in run for q in sentence.items
              if q.kind == "count" and q.exact and not q.in_range and q.unit in _LEAD_IN_UNITS
              and q.value == int(q.value) and 2 <= q.value <= 20
              and not (q.start > 0 and folded[q.start - 1] in "第每前后这那近")]
    if len(counts) != 1:
        return None
    return Announced(counts[0], counts[0].unit_end, "")


_FIRST_ITEM = re.compile(r"\s*[一第其]")  # how the line of a first item opens: 一是, 第一, 其一
# Measure words a lead-in counts its items with (三个方面, 四项, 五点).
_LEAD_IN_UNITS = frozenset(["个方面", "方面", "项", "点", "条", "类", "种", "大", "步", "招", "个环节"])
_PARAGRAPH_LIMIT = 200  # paragraphs a numbered list may run over


def _numbered_after(paragraphs, headings, index: int) -> Optional[int]:
    """How many items the paragraphs after ``index`` number (（一）…（四）, or 一是…四是), or None."""
    if index + 1 >= len(paragraphs):
        return None
    first = headings.get(index + 1)
    if first is None:
        numbers = []
        for para in paragraphs[index + 1:index + 1 + _PARAGRAPH_LIMIT]:
            m = _RUN_IN.match(para.folded)
            value = _ordinal(m.group("cn") or m.group("nth") or m.group("qi")) if m else None
            if value is None:
                if not numbers:
                    return None
                continue  # a body paragraph under an item
            if value != len(numbers) + 1:
                break
            numbers.append(value)
        return numbers[-1] if len(numbers) >= 2 else None
    if first.number != 1:
        return None
    count = 1
    for para in paragraphs[index + 2:index + 1 + _PARAGRAPH_LIMIT]:
        h = headings.get(para.index)
        if h is None:
            continue
        if h.rank < first.rank or (h.rank == first.rank and h.style != first.style):
            break  # the list's section ends
        if h.style != first.style:
            continue  # a sub-item
        if h.number != count + 1:
            break
        count += 1
    return count if count >= 2 else None
