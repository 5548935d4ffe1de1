"""Data the wording rules (LL6xx) share, each read from ``wording_data/`` on first use.

Nothing here is read when the module is imported: a rule asks for what it needs, the
first time a document gives it something to look at.  What the files are and where
they come from is in ``wording_data/README.md``.
"""
from __future__ import annotations

import math
import mmap
import operator
import os
import re
import struct
import sys
from array import array
from functools import lru_cache
from operator import methodcaller
from typing import AbstractSet, Callable, Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wording_data")
_CHARLM_MAGIC = b"lintlaw-charlm3\n"
_CHARLM_PARTS = 12


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def data_path(name: str) -> str:
    return os.path.join(DATA, name)


def _numbers(view: memoryview):
    """Little-endian unsigned 32-bit numbers of the file, without a copy where the machine's order is theirs."""
    if sys.byteorder == "little":
        return view.cast("I")
    values = array("I")
    values.frombytes(view)
    values.byteswap()
    return values


class _Text:
    """A UTF-16-LE string of the file, decoded a slice at a time (offsets in characters)."""

    __slots__ = ("_view",)

    def __init__(self, view: memoryview) -> None:
        self._view = view

    def __getitem__(self, span: slice) -> str:
        return str(self._view[2 * span.start:2 * span.stop], "utf-16-le")

    def whole(self) -> str:
        return str(self._view, "utf-16-le")


class CharLM:
    """Character counts of about 4.8 million characters of statute and news prose.

    Bigrams seen at least twice and trigrams seen at least three times, Chinese
    characters only, are kept (build.py).  They are grouped by their first character:
    a group is a string of the characters seen after it, then a string of the pairs
    seen after it, both sorted, with their counts in an array alongside.  The file is
    mapped, not read: a group's strings are decoded the first time a lookup needs
    them, and a lookup finds its character (or pair) there with str.find.  A report
    touches a few thousand of the groups and pays for none of the others.
    """

    def __init__(self, packed) -> None:
        view = memoryview(packed)
        if bytes(view[:len(_CHARLM_MAGIC)]) != _CHARLM_MAGIC:
            raise ValueError("not a character model file")
        sizes = struct.unpack_from(f"<{_CHARLM_PARTS}I", packed, len(_CHARLM_MAGIC))
        at = len(_CHARLM_MAGIC) + 4 * _CHARLM_PARTS
        parts = []
        for size in sizes:
            parts.append(view[at:at + size])
            at += size + (-size % 4)  # each part starts on a multiple of four bytes
        if at > len(view):
            raise ValueError("truncated character model file")
        self._packed = packed  # the views below read it
        self._firsts = {ch: n for n, ch in enumerate(_Text(parts[0]).whole())}
        self._index = _numbers(parts[1])
        self._blob = _Text(parts[2])
        self._counts = _numbers(parts[3])
        uni_counts = _numbers(parts[5])
        self.unigrams: Dict[str, int] = dict(zip(_Text(parts[4]).whole(), uni_counts))
        self.total = sum(uni_counts)
        # first -> (characters after it, where their counts start); (pairs after it, where theirs start)
        self._bigrams: Dict[str, Tuple[str, int]] = {}
        self._trigrams: Dict[str, Tuple[str, int]] = {}
        self._scores: Dict[str, float] = {}
        # Pairs seen at least COMMON_PAIR_MIN times (build.py), by either character.
        self._common_before = _StringTable(parts[6], parts[7], parts[8])
        self._common_after = _StringTable(parts[9], parts[10], parts[11])

    def _seconds(self, first: str) -> Tuple[str, int]:
        """(the characters seen after ``first``, where their counts start), decoded on first use."""
        n = self._firsts.get(first)
        if n is None:
            found = ("", 0)
        else:
            at, bigrams, _, count_at = self._index[4 * n:4 * n + 4]
            found = (self._blob[at:at + bigrams], count_at)
        self._bigrams[first] = found
        return found

    def _pairs(self, first: str) -> Tuple[str, int]:
        """(the pairs seen after ``first``, run together, where their counts start), decoded on first use:
        a common character's pairs are many, and most lookups need only its followers."""
        n = self._firsts.get(first)
        if n is None:
            found = ("", 0)
        else:
            at, bigrams, trigrams, count_at = self._index[4 * n:4 * n + 4]
            found = (self._blob[at + bigrams:at + bigrams + 2 * trigrams], count_at + bigrams)
        self._trigrams[first] = found
        return found

    def followers(self, first: str) -> str:
        """The characters seen after ``first`` (at least twice), as one string: ``b in followers(a)``."""
        return (self._bigrams.get(first) or self._seconds(first))[0]

    def bigram(self, a: str, b: str) -> int:
        seconds, count_at = self._bigrams.get(a) or self._seconds(a)
        i = seconds.find(b)
        return self._counts[count_at + i] if i >= 0 else 0

    def trigram(self, a: str, b: str, c: str) -> int:
        pairs, count_at = self._trigrams.get(a) or self._pairs(a)
        pair = b + c
        i = pairs.find(pair)
        while i >= 0 and i % 2:  # a match across two pairs
            i = pairs.find(pair, i + 1)
        return self._counts[count_at + i // 2] if i >= 0 else 0

    def common_followers(self, first: str) -> str:
        """Characters seen after ``first`` at least five times, as one string."""
        return self._common_after.get(first)

    def common_preceders(self, second: str) -> str:
        """Characters seen before ``second`` at least five times, as one string."""
        return self._common_before.get(second)

    def score(self, a: str, b: str, c: str) -> float:
        """log score of ``c`` after ``a b``: trigram, else bigram, else unigram ("stupid backoff")."""
        key = a + b + c
        found = self._scores.get(key)
        if found is None:
            if len(self._scores) > _SCORES_KEPT:
                self._scores.clear()
            found = self._scores[key] = self._score(a, b, c)
        return found

    def _score(self, a: str, b: str, c: str) -> float:
        abc = self.trigram(a, b, c)
        if abc:
            return math.log(abc / max(self.bigram(a, b), abc))
        bc = self.bigram(b, c)
        if bc:
            return _BACKOFF + math.log(bc / self.unigrams[b])
        return 2 * _BACKOFF + math.log((self.unigrams.get(c, 0) + 0.5) / self.total)

    def gains(self, text: str, at: int, candidates) -> List[Tuple[str, float]]:
        """(c, gain) for each candidate c, in order: how much better text reads with c at ``at``.

        The gain is the change of the summed scores of the three characters whose score c
        affects (itself and the two after it); written out, as the typo rule asks it for
        thousands of candidates.
        """
        scores, score = self._scores, self._score
        before2 = text[at - 2] if at >= 2 else "^"
        before1 = text[at - 1] if at >= 1 else "^"
        after1 = text[at + 1] if at + 1 < len(text) else None
        after2 = text[at + 2] if at + 2 < len(text) else None
        if len(scores) > _SCORES_KEPT:
            scores.clear()

        def total(c: str) -> float:
            # score() written out: thousands of candidates, three lookups each
            key = before2 + before1 + c
            value = scores.get(key)
            if value is None:
                value = scores[key] = score(before2, before1, c)
            if after1 is not None:
                key = before1 + c + after1
                part = scores.get(key)
                if part is None:
                    part = scores[key] = score(before1, c, after1)
                value += part
                if after2 is not None:
                    key = c + after1 + after2
                    part = scores.get(key)
                    if part is None:
                        part = scores[key] = score(c, after1, after2)
                    value += part
            return value

        base = total(text[at])
        return [(c, total(c) - base) for c in candidates]

    def word_gains(self, six: str, words) -> List[Tuple[str, float]]:
        """(w, gain) for each two-character word w standing for six[2:4]: how much better
        the four characters from six[2] read (gains, for a word)."""
        scores, score = self._scores, self._score
        if len(scores) > _SCORES_KEPT:
            scores.clear()
        before2, before1, after1, after2 = six[0], six[1], six[4], six[5]

        def part(a: str, b: str, c: str) -> float:
            key = a + b + c
            value = scores.get(key)
            if value is None:
                value = scores[key] = score(a, b, c)
            return value

        def total(p: str, q: str) -> float:
            return part(before2, before1, p) + part(before1, p, q) + part(p, q, after1) + part(q, after1, after2)

        base = total(six[2], six[3])
        return [(w, total(w[0], w[1]) - base) for w in words]


_BACKOFF = math.log(0.4)
_SCORES_KEPT = 200_000  # scores remembered (a long run over many files must not grow without end)


class _StringTable:
    """char -> a string of characters, stored as one string and offsets, decoded per key on demand.

    Strings, not sets: a caller picks the few characters of a short string that are in
    one (``filter(found.__contains__, short)``), which costs less than making a set of a
    common character's thousand neighbours the first time it is asked for."""

    def __init__(self, keys: memoryview, offsets: memoryview, blob: memoryview) -> None:
        self._keys = {ch: n for n, ch in enumerate(_Text(keys).whole())}
        self._offsets = _numbers(offsets)
        self._blob = _Text(blob)
        self._found: Dict[str, str] = {}

    def get(self, key: str) -> str:
        found = self._found.get(key)
        if found is None:
            n = self._keys.get(key)
            found = "" if n is None else self._blob[self._offsets[n]:self._offsets[n + 1]]
            self._found[key] = found
        return found


@lru_cache(maxsize=1)
def charlm() -> CharLM:
    with open(data_path("charlm.bin"), "rb") as f:
        try:
            packed = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # a file system that cannot map: read it whole
            packed = f.read()
    return CharLM(packed)


class Confusion:
    """Each character -> (characters that sound or look like it in pycorrector's sets,
    other characters of the same syllable by pypinyin, the two together).

    Only the lines are told apart when the file is read; a character's sets are built
    the first time it is asked for (a report asks for a few hundred of the 4,000)."""

    def __init__(self, text: str) -> None:
        self._lines: Dict[str, str] = {line[0]: line for line in text.split("\n") if line}
        self._sets: Dict[str, Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[str]]] = {}
        self._strings: Dict[str, Optional[Tuple[str, str]]] = {}

    def alike(self, char: str) -> Optional[Tuple[str, str]]:
        """(pycorrector's look-alikes and sound-alikes, those and the same-syllable ones) of
        ``char`` as two strings, or None: ``get`` without making sets."""
        try:
            return self._strings[char]
        except KeyError:
            pass
        line = self._lines.get(char)
        found = None
        if line is not None:
            _, strong, extra = (line.split("\t") + ["", ""])[:3]
            found = (strong, strong + extra)
        self._strings[char] = found
        return found

    def get(self, char: str) -> Optional[Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[str]]]:
        found = self._sets.get(char)
        if found is None:
            line = self._lines.get(char)
            if line is None:
                return None
            _, strong, extra = (line.split("\t") + ["", ""])[:3]
            found = self._sets[char] = (frozenset(strong), frozenset(extra), frozenset(strong + extra))
        return found

    def __getitem__(self, char: str) -> Tuple[FrozenSet[str], FrozenSet[str], FrozenSet[str]]:
        found = self.get(char)
        if found is None:
            raise KeyError(char)
        return found


@lru_cache(maxsize=1)
def confusion() -> Confusion:
    with open(data_path("confusion.txt"), encoding="utf-8") as f:
        return Confusion(f.read())


class Homophones:
    """The two-character words an input method offers for a pair of characters' syllables.

    ``words("神灵")`` is every word of the file read 申领/神灵 (shen ling), less 神灵
    itself: the words the writer may have meant when the input method wrote 神灵.
    Each character's syllables count, every reading of it (the characters as written
    may be the wrong ones, so their reading in context is unknown), except in a pair that
    is a dictionary word itself, which was typed by its own syllables (砥砺 is di li, never
    zhi li: no input method offers it for 致力); a word counts under its own reading only.  Answers are kept: a report asks about a few thousand
    pairs.  The file's three parts (build.py) are split into lines and keys when it is
    read, and each line is taken apart only when it is asked for."""

    def __init__(self, text: str) -> None:
        syllables, by_key, official, own = text.split("\n%%\n")
        split = methodcaller("split", "\t")
        self._syllables: Dict[str, str] = dict(map(split, syllables.split("\n")))  # char -> "shen ling ..."
        self._by_key: Dict[str, str] = dict(map(split, by_key.split("\n")))  # "shen ling" -> words, run together
        self._official_text = official.replace("\n", "")
        self._official: Optional[FrozenSet[str]] = None
        self._own_text = own
        self._own: Optional[Dict[str, str]] = None  # a dictionary word -> its own syllables, "di li"
        self._words: Dict[str, Tuple[str, ...]] = {}
        self._used: Optional[Dict[str, Set[str]]] = None  # a character -> the readings words give it

    def official(self, pair: str) -> bool:
        """Is ``pair`` a word of the 公文 vocabulary (案卷, 评查)?"""
        return pair in self.official_words()

    def official_words(self) -> FrozenSet[str]:
        """The two-character words of the 公文 vocabulary."""
        if self._official is None:
            text = self._official_text
            self._official = frozenset(map(operator.add, text[::2], text[1::2]))
        return self._official

    def own_reading(self, pair: str) -> Optional[str]:
        """The syllables of ``pair`` as a word of jieba's dictionary, where its characters read
        several ways ("di li" for 砥砺); None for a pair that is no such word."""
        if self._own is None:
            self._own = dict(map(methodcaller("split", "\t"), self._own_text.split("\n")[:-1]))
        return self._own.get(pair)

    def _readings(self, char: str, syllables: str) -> List[str]:
        """The readings of ``char`` an input method offers it for: those the dictionary's words give
        it (拔 is ba in 选拔, 海拔; its archaic fa makes 拔钉 no homophone of 法定), or all where no
        word of the dictionary reads it."""
        if self._used is None:
            self.own_reading("")
            used: Dict[str, Set[str]] = {}
            for word, read in self._own.items():
                for c, syllable in zip(word, read.split()):
                    used.setdefault(c, set()).add(syllable)
            self._used = used
        readings = syllables.split()
        kept = [r for r in readings if r in self._used.get(char, ())]
        return kept or readings

    def words(self, pair: str) -> Tuple[str, ...]:
        found = self._words.get(pair)
        if found is None:
            by_key = self._by_key
            first, second = self._syllables.get(pair[0]), self._syllables.get(pair[1])
            if not (first and second):
                joined = ""
            elif " " in first or " " in second:  # a character of several readings
                own = self.own_reading(pair)
                if own:  # a word as written is typed by its own syllables (砥砺: di li, not zhi li)
                    joined = by_key.get(own, "")
                else:
                    joined = "".join(by_key.get(f"{a} {b}", "") for a in self._readings(pair[0], first)
                                     for b in self._readings(pair[1], second))
            else:
                joined = by_key.get(f"{first} {second}", "")
            found = self._words[pair] = tuple(w for w in map(operator.add, joined[::2], joined[1::2]) if w != pair)
        return found


@lru_cache(maxsize=1)
def homophones() -> Homophones:
    with open(data_path("homophones.txt"), encoding="utf-8") as f:
        return Homophones(f.read())


@lru_cache(maxsize=1)
def common_words() -> FrozenSet[str]:
    """jieba's words of two Chinese characters with a frequency over 100
    (wording_data/common_words.txt): a character inside one, as written, is no slip."""
    with open(data_path("common_words.txt"), encoding="utf-8") as f:
        return frozenset(f.read().split())


@lru_cache(maxsize=1)
def set_phrases() -> FrozenSet[str]:
    """jieba's four-character idioms and fixed expressions (wording_data/set_phrases.txt:
    再接再厉, 常抓不懈, 违法必究), to read a slip of one character in one."""
    with open(data_path("set_phrases.txt"), encoding="utf-8") as f:
        return frozenset(f.read().split())


@lru_cache(maxsize=1)
def report_phrases() -> FrozenSet[str]:
    """Four-character set phrases of today's reports that jieba lacks (wording_data/report_phrases.txt:
    久久为功, 凝心聚力, 守正创新): a slip of one character in one is read as in ``set_phrases``."""
    with open(data_path("report_phrases.txt"), encoding="utf-8") as f:
        lines = (line.strip() for line in f)
        return frozenset(line for line in lines if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def all_set_phrases() -> FrozenSet[str]:
    """``set_phrases`` and ``report_phrases`` together, joined once per process."""
    return set_phrases() | report_phrases()


@lru_cache(maxsize=1)
def set_phrase_slots() -> Tuple[Dict[str, str], ...]:
    """The set phrases by the three characters that stay when one is taken out: for each
    place k of the four, the other three -> the characters that make a set phrase at k
    (slots[0]["接再厉"] holds 再).  A slip of one character keeps three of the phrase's, so a
    window of text is looked up once for each place, not once for each look-alike of its
    character (a report's suspects have some four million look-alikes to try)."""
    slots: Tuple[Dict[str, str], ...] = ({}, {}, {}, {})
    for phrase in all_set_phrases():
        for k, by_rest in enumerate(slots):
            rest = phrase[:k] + phrase[k + 1:]
            by_rest[rest] = by_rest.get(rest, "") + phrase[k]
    return slots


# Two-character words of today's reports that neither jieba's common words nor the 公文
# vocabulary hold: the verb-and-object words of slogans and campaigns (党建铸魂行动, 强基固本,
# 夯基垒台, 凝心聚力, 助企纾困, 强链补链).  A model of 1998 news and the statutes reads them
# as slips (建铸 as 建筑).  And the words of the 政协's work, 建言 and 资政 (建言献策, 建言资政, 建言报告):
# the model reads 建言报告 as 检验报告.  A slogan's own formation (少捕慎诉慎押, 牢牢扭住, 稳中快进优进) and a
# budget's 性 attribute (暂付性款项) are known by their form, not listed here (typos._in_slogan).
TODAYS_WORDS = frozenset("铸魂 凝魂 强基 固本 夯基 垒台 筑基 润心 凝心 聚心 暖心 笃行 助企 护企 纾困 强链 补链 延链 "
                         "建言 资政".split())


@lru_cache(maxsize=1)
def meant_pairs() -> FrozenSet[str]:
    """Two-character words a writer means as written: ``common_words``, the 公文 vocabulary's
    and ``TODAYS_WORDS``."""
    return common_words() | homophones().official_words() | TODAYS_WORDS


# Common surnames, one character each: a person's name in a report starts with one (李明华
# 教授, 张平、王利明).  Those that start common words before a title are left out (党组书记,
# 国务委员 mistyped 过午委员 after 和, 全体委员, 常务委员).
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
    "温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷"
    "盛曲翁冉骆蓝辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤穆卓古吉缪简项芦麦褚娄窦戚岑景宫费卜冷晏席卫米柏瞿桂佟"
    "臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝萧洪赖"
)


@lru_cache(maxsize=1)
def surnames() -> FrozenSet[str]:
    return frozenset(_SURNAMES)


@lru_cache(maxsize=1)
def traditional() -> Dict[str, str]:
    """Traditional characters that simplified prose never uses -> their simplified forms
    (wording_data/traditional.txt, from OpenCC's tables: 滄 -> 沧, 濟 -> 济, 島 -> 岛)."""
    with open(data_path("traditional.txt"), encoding="utf-8") as f:
        return {line[0]: line[1] for line in f if len(line.strip()) == 2}


@lru_cache(maxsize=1)
def variants() -> Dict[str, str]:
    """GF 1001-2001 non-standard variant -> standard form (wording_data/variants.tsv)."""
    with open(data_path("variants.tsv"), encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if line.strip())


class Needles:
    """Where any of many fixed strings occurs in a document, without a pass per string.

    A string whose rarest character is rare (by the character model's counts) is found
    from that character: the characters present in the document are gathered once (a
    set, in C) and only those anchors are looked for, with str.find.  A string made only
    of common characters (法制: 制 is everywhere in a report) is looked for whole, with
    str.find, which costs one pass in C; following each 制 in Python would cost more.
    A big alternation of all the strings would be tried at every character instead.
    """

    _COMMON = 1 / 1000  # an anchor more frequent than this: look for the whole string

    def __init__(self, strings) -> None:
        lm = charlm()
        counts = lm.unigrams
        self._by_anchor: Dict[str, List[Tuple[str, int]]] = {}
        self._whole: List[str] = []
        for s in strings:
            k = min(range(len(s)), key=lambda i: (counts.get(s[i], 0), i))
            if counts.get(s[k], 0) > self._COMMON * lm.total:
                self._whole.append(s)
            else:
                self._by_anchor.setdefault(s[k], []).append((s, k))
        # One scan in C finds every anchor: a character class, not a pass per anchor.
        self._anchors = re.compile("[" + "".join(sorted(self._by_anchor)) + "]") if self._by_anchor else None

    def find(self, doc) -> List[Tuple[int, str]]:
        """(offset, string) of each occurrence in the document's folded text, in order.

        No string holds a line break, so each is found inside a paragraph (a line); a
        paragraph written again is searched once (the 4 MB benchmark repeats each fifty
        times, and a report repeats its headings and boilerplate)."""
        by_text: Dict[str, List[Tuple[int, str]]] = {}
        out: List[Tuple[int, str]] = []
        for para in doc.paragraphs:
            found = by_text.get(para.folded)
            if found is None:
                found = by_text[para.folded] = self.find_in(para.folded)
            if found:
                start = para.start
                out.extend((start + at, s) for at, s in found)
        return out

    def find_in(self, text: str) -> List[Tuple[int, str]]:
        """(offset, string) of each occurrence in ``text``, in order."""
        out = []
        if self._anchors is not None:
            by_anchor = self._by_anchor
            for match in self._anchors.finditer(text):
                at = match.start()
                for s, k in by_anchor[match.group()]:
                    if at >= k and text.startswith(s, at - k):
                        out.append((at - k, s))
        for s in self._whole:
            at = text.find(s)
            while at >= 0:
                out.append((at, s))
                at = text.find(s, at + 1)
        out.sort()
        return out


# The fixed strings each wording rule looks for, by rule: one scan of a document finds
# them all (``occurrences``), where a scan per rule read the text four times.
_NEEDLE_SOURCES: Dict[str, Callable[[], Iterable[str]]] = {}


def needle_source(name: str, strings: Callable[[], Iterable[str]]) -> None:
    """Register the strings a rule looks for (called when its module is imported)."""
    _NEEDLE_SOURCES[name] = strings


@lru_cache(maxsize=4)
def _shared_needles(names: Tuple[str, ...]) -> Needles:
    return Needles(sorted(set().union(*(_NEEDLE_SOURCES[name]() for name in names))))


def occurrences(doc, strings: AbstractSet[str]) -> List[Tuple[int, str]]:
    """(offset, string) of each occurrence of any of ``strings`` in the document's folded
    text, in order, from one scan shared by the rules registered with ``needle_source``."""
    names = tuple(sorted(_NEEDLE_SOURCES))
    found = doc.memo(("wording-needles", names), lambda d: _shared_needles(names).find(d))
    return [hit for hit in found if hit[1] in strings]


class ModernWords:
    """wordfreq's large Chinese word list, one string per frequency (the words of one centibel
    joined by NULs): a look-up is a substring search per frequency, most frequent first, so
    reading the list costs no dictionary of its third of a million words (a suspect or two a
    report asks about a dozen forms)."""

    def __init__(self, buckets: List[List[str]]) -> None:
        self._joined = ["\0" + "\0".join(words) + "\0" for words in buckets]

    def centibels(self, word: str, rarest: int = 10 ** 6) -> Optional[int]:
        """How rare ``word`` is, in centibels below one (300: one word in 1,000; 600: one in a
        million), or None where the list lacks it or holds it only rarer than ``rarest``."""
        needle = "\0" + word + "\0"
        for at, joined in enumerate(self._joined[:rarest + 1]):
            if needle in joined:
                return at
        return None


@lru_cache(maxsize=1)
def modern_words() -> Optional[ModernWords]:
    """The words of wordfreq's large Chinese list (the PyPI package wordfreq 3: frequencies of
    words in web text, news, subtitles, Wikipedia and books up to 2021).  jieba's 2013
    dictionary lacks many words of today (失联, 竞彩, 刑满释放) that this list holds; the typo rule
    asks it, for the few suspects left at its end, whether a form as written is a word people
    write.  Read the first time a suspect is asked about (about 0.15 s), from the package's data
    file as wordfreq's own reader reads it (a gzipped msgpack list: a header, then one list of
    words per centibel), without importing wordfreq, which would bring regex and langcodes into
    a lint.  None, and so asking nothing, where the file cannot be read."""
    import importlib.util

    try:
        import gzip

        import msgpack

        spec = importlib.util.find_spec("wordfreq")
        folder = list(spec.submodule_search_locations or ())[0] if spec else ""
        with gzip.open(os.path.join(folder, "data", "large_zh.msgpack.gz"), "rb") as f:
            packed = msgpack.unpackb(f.read(), raw=False)
    except Exception:  # the package or its data missing or changed: judge as before, by jieba alone
        return None
    if not packed or not isinstance(packed[0], dict) or packed[0].get("format") != "cB":
        return None
    return ModernWords(packed[1:])


# A list of shops, brands, firms or malls by their own names (引进美家家俬、华联超市等商户; 苏宁、国美等品牌入驻;
# 依托万象荟、大悦城等商圈):
# the items, up to 等 and a word for what they are, are names chosen by their owners, in whatever
# characters they chose (家俬, a furniture trade's word in a shop's sign), not words typed.
_BUSINESS_LIST = re.compile(r"[^，。；：！？“”（）()\n]{2,40}?、[^，。；：！？“”（）()\n]{2,20}?等\s*(?:\d+|[一二三四五六七八九十几数]+)?\s*"
                            r"(?:余|多)?\s*[家个户]?\s*(?:知名|品牌|连锁|大型|重点|优质)?\s*"
                            r"(?:商户|商家|品牌|企业|门店|店铺|商铺|公司|超市|商超|酒店|便利店|连锁店|业态|主力店|"
                            r"商圈|商场|商业体|商业综合体|综合体|购物中心|商业中心|商业街区|特色街区|步行街|楼宇)")
_LIST_REACH = 60


def in_business_list(text: str, at: int) -> bool:
    """Is text[at] in the items of a list of shops, brands or firms named before 等 and what they
    are (``_BUSINESS_LIST``)?"""
    lo = max(0, at - _LIST_REACH)
    for match in _BUSINESS_LIST.finditer(text, lo, at + _LIST_REACH):
        if match.start() <= at < match.end() - 2:
            return True
    return False
