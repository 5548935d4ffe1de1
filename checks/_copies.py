"""Which paragraphs of a document are copies of earlier ones: the analysis behind duplicate-paragraph.

Everything is keyed on normalized text (punctuation, spaces and width removed)
and found by hashing: exact copies by a dictionary of keys, near copies by a
small sketch of character trigrams whose matches are then verified with a
bounded edit distance.  No pair of paragraphs is ever compared blindly, so the
work is linear in the document.

A run of consecutive copies whose originals are consecutive too is one block
(a block pasted twice).  repeated-sentence reads the same analysis, so that
text inside a reported block is not reported again sentence by sentence.
"""
from __future__ import annotations

import re
import zlib
from collections import Counter, defaultdict, deque
from dataclasses import dataclass
from functools import partial
from typing import Deque, Dict, FrozenSet, List, Optional, Set, Tuple

from lintlaw.document import Document
from lintlaw.lazy_re import lazy

_HAN = re.compile(r"[\u4e00-\u9fff]")
# Punctuation, spaces and the width they were typed in do not make a paragraph different.
_NON_WORD = re.compile(r"[\W_]+")
# The same, keeping the marks that end a sentence: a paragraph's sentences can
# then be keyed by splitting it, without normalizing each sentence again.
_NON_WORD_BUT_ENDS = re.compile(r"(?:[^\w。！？；]|_)+")
# Figures (and Chinese numerals) masked out: two paragraphs that differ only in
# their figures report two different things (January's meeting, July's meeting).
_FIGURES = lazy(r"[0-9.〇零一二三四五六七八九十百千万亿两]+")
# A link list of a web page: its titles are cut to one width, so different
# links print as the same line.  web-residue reports the list; it is not a paste.
_BULLET = re.compile(r"[-*·•・▪‧∙]")
# An organ's name alone on a line: the issuer at the top and the signature at the
# end name the same organ ("中共××县委全面依法治县委员会办公室"); not a paste.
_ORGAN_ENDS = tuple(
    "局 委员会 办公室 人民政府 政府 委 厅 院 中心 办 部 处 所 站 队 党组 党委 机关 法院 检察院 公司 协会".split()
)
# A line of figures only ("0", "12.5", "3 / 4"): a table's cell.
_FIGURES_ONLY = re.compile(r"[\s\d.,%％/／:：-]*")
_SENTENCE_MARK = re.compile(r"[。，；！？：、]")

# A paragraph alone is a copy worth reporting when it says something (a body
# paragraph of MIN_BODY characters), or when it repeats the line right above it
# (MIN_ADJACENT: "发布时间:2019-01-24" typed twice, not "无。").  Headings such
# as "（一）基本情况" recur under different parents and are reported only inside
# a repeated block.
MIN_BODY = 15
MIN_ADJACENT = 6
# A line found RECURRING times or more, apart, is a page's running header (a
# PDF's "××局2023年法治政府建设年度报告" on every page) or a formula, not a paste.
RECURRING = 3
# Near copies: paragraphs of at least MIN_NEAR characters that differ by a few.
MIN_NEAR = 30
# Sketch of a paragraph for finding near copies: the SKETCH smallest trigram
# hashes of its first and last SKETCH_SPAN characters.
SKETCH = 8
SKETCH_SPAN = 64
BUCKET_CAP = 32
# Earlier copies of a key tried as the start of a block: the first and the latest few.
TRIES = 4
NEAR_TRIES = 3


def normalize(text: str) -> str:
    """The words of ``text``: no punctuation, no spaces, Latin letters lower-cased."""
    return _NON_WORD.sub("", text).lower()


# Paragraphs of LONG_NEAR characters or more are pastes when they share nine in ten characters.
LONG_NEAR = 60


def allowed_edits(length: int) -> int:
    """How many characters a near copy of a ``length``-character paragraph may differ by.

    One in 25 below LONG_NEAR characters: two parallel 45-character items that differ
    in three characters (宪法宣传周 / 民法典宣传月) are two events, not a copy.  One in
    ten, at most 20, for a longer paragraph: a few words changed in a pasted one.
    """
    if length < LONG_NEAR:
        return max(1, length // 25)
    return min(20, length // 10)


def _left_out(longer: List[str], shorter: List[str]) -> Optional[int]:
    """Characters of the sentences ``longer`` has beyond ``shorter`` when ``shorter`` is
    ``longer`` with sentences left out (the rest in order, word for word but for one figure
    or word of at most SENTENCE_EDITS characters in one sentence), else None.  Sentences
    count to 。！？ and ；, so one long sentence left out may be several."""
    if len(shorter) < 2 or len(longer) <= len(shorter):
        return None
    extra = changed = 0
    edited = False
    i = 0
    for key in longer:
        if i < len(shorter) and key == shorter[i]:
            i += 1
            continue
        if i < len(shorter) and not edited and min(len(key), len(shorter[i])) >= MIN_NEAR // 2:
            distance = edit_distance_within(key, shorter[i], SENTENCE_EDITS)
            if distance is not None:  # "发放资料3000余份" pasted as "3500余份"
                edited, changed, i = True, distance, i + 1
                continue
        extra += len(key)
    kept = sum(map(len, shorter))
    # What is left out may outweigh what is kept when the kept sentences say enough on their
    # own to be a paste (MIN_NEAR): two of a paragraph's sentences pasted again, its long
    # middle one left out, are one copy, not two sentences repeated.
    return extra + changed if i == len(shorter) and (extra <= kept or kept >= MIN_NEAR) else None


# A long paragraph pasted and then edited in a few places (a subject reworded, a clause left out,
# a count changed): most of it is still there in long runs, in order.
REWORDED_MIN = LONG_NEAR  # characters of the shorter paragraph
REWORDED_RUN = 8  # a run shorter than this is not evidence of a paste
REWORDED_SHARE = 0.7  # of the shorter paragraph kept in such runs (and 0.6 of the longer)
REWORDED_EDITS = 45
REWORDED_VOTES = 3  # sketch values shared: below this a pair is not aligned
KEPT_WHOLE = 0.9  # of a paragraph found in another in such runs: a copy with a long clause left out
# A shorter paragraph (a numbered item pasted again without its number, a word changed, its last
# sentence left out) is such a copy only when it lies nearly whole in the other: at least this long.
KEPT_WHOLE_MIN = 40


def _reworded(a: str, b: str) -> Optional[int]:
    """Characters changed when ``b`` is ``a`` pasted and reworded in places, else None.

    Two paragraphs that say different things in the same formulas share short runs
    (一是……二是……, the same verbs and nouns), not four fifths of their text in runs of
    REWORDED_RUN characters or more."""
    shorter, longer = sorted((len(a), len(b)))
    if shorter < KEPT_WHOLE_MIN or longer > 2 * shorter or len(_HAN.findall(a)) * 2 < len(a):
        return None  # (a list of web addresses is no paragraph of prose)
    whole_only = shorter < REWORDED_MIN
    if whole_only and _FIGURES.sub("0", a) == _FIGURES.sub("0", b):
        return None  # items of a list that differ only in their figures: records of their own
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if _covered(short, long_) < (KEPT_WHOLE if whole_only else REWORDED_SHARE) * shorter:
        return None  # most pairs: told in linear time, before the alignment below
    from difflib import SequenceMatcher

    matcher = SequenceMatcher(None, a, b, autojunk=False)
    kept = sum(size for _, _, size in matcher.get_matching_blocks() if size >= REWORDED_RUN)
    if not whole_only and kept >= REWORDED_SHARE * shorter and kept >= (REWORDED_SHARE - 0.1) * longer \
            and longer - kept <= REWORDED_EDITS:
        return longer - kept  # a few words changed, a short clause left out
    if kept >= KEPT_WHOLE * shorter and kept * 2 >= longer:
        return longer - kept  # the shorter nearly whole inside the longer: a long clause left out
    return None


def _covered(short: str, long_: str) -> int:
    """Characters of ``short`` inside some REWORDED_RUN-character string that ``long_`` holds too:
    at least what an alignment keeps in runs of that length, so a bound that rules most pairs out."""
    run = REWORDED_RUN
    grams = {long_[i:i + run] for i in range(len(long_) - run + 1)}
    covered = reach = 0
    for i in range(len(short) - run + 1):
        if short[i:i + run] in grams:
            covered += i + run - max(reach, i)
            reach = i + run
    return covered


# A near copy with a sentence left out may also have one figure or word changed in another:
# at most this many characters.
SENTENCE_EDITS = 3


# What follows a figure that names a time or a place in a sequence (2021年, 7月, 第三季度, 二十届):
# paragraphs that differ there are records of different times, however long.
_TIME_AFTER = frozenset("年月日号季届")


def _counts_differ_only(a: str, b: str, long: bool = True) -> bool:
    """Do the same words ``a`` and ``b`` differ only in counts, not in a date or an ordinal?
    A long sentence written twice in a row with one count changed ("…法律法规5次…" and
    "…法律法规8次…") is a paste; "2021年，…" above "2022年，…" are two years' records."""
    changed = [x for x, y in zip(_FIGURES.finditer(a), _FIGURES.finditer(b)) if x.group() != y.group()]
    if len(changed) == 1 and long:
        return True  # one figure, even the year, in a long sentence that is otherwise the same: a paste
    # (A shorter one with its year changed, "2022年，……12次。" above "2023年，……12次。", is two years' records.)
    return not any(a[x.end():x.end() + 1] in _TIME_AFTER or a[x.start() - 1:x.start()] == "第" for x in changed)


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search with slice comparison: C speed even for long paragraphs
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def edit_distance_within(a: str, b: str, limit: int) -> Optional[int]:
    """Levenshtein distance of ``a`` and ``b`` if it is at most ``limit``, else None.

    Common ends are cut first (near copies differ in a few places), then a DP
    restricted to the diagonal band of width 2*limit+1: O(len * limit).
    """
    if abs(len(a) - len(b)) > limit:
        return None
    head = _common_prefix(a, b)
    a, b = a[head:], b[head:]
    tail = _common_prefix(a[::-1], b[::-1])
    if tail:
        a, b = a[:-tail], b[:-tail]
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return max(n, m) if max(n, m) <= limit else None
    over = limit + 1
    width = 2 * limit + 1
    # Row i holds columns j = i - limit + k for k in range(width).
    prev = [over] * width
    for k in range(limit, width):
        j = k - limit
        prev[k] = j if j <= m else over
    for i in range(1, n + 1):
        cur = [over] * width
        ch = a[i - 1]
        best = over
        for k in range(width):
            j = i - limit + k
            if j < 0 or j > m:
                continue
            if j == 0:
                value = i
            else:
                value = prev[k] + (ch != b[j - 1])  # substitution or match, from (i-1, j-1)
                if k + 1 < width and prev[k + 1] + 1 < value:
                    value = prev[k + 1] + 1  # from (i-1, j)
                if k > 0 and cur[k - 1] + 1 < value:
                    value = cur[k - 1] + 1  # from (i, j-1)
            cur[k] = value if value < over else over
            if cur[k] < best:
                best = cur[k]
        if best > limit:
            return None
        prev = cur
    result = prev[m - n + limit]
    return result if result <= limit else None


def _sketch(key: str) -> Tuple[int, ...]:
    text = key if len(key) <= 2 * SKETCH_SPAN else key[:SKETCH_SPAN] + key[-SKETCH_SPAN:]
    # Trigrams as 12-byte slices of UTF-32 (slicing bytes is cheap), hashed with
    # crc32, not hash(): the same document must give the same findings on every run.
    data = text.encode("utf-32-le")
    grams = {data[i:i + 12] for i in range(0, len(data) - 8, 4)}
    return tuple(sorted(map(zlib.crc32, grams))[:SKETCH])


@dataclass(frozen=True)
class Block:
    """Paragraphs ``first..last`` (indices, inclusive) repeat ``orig_first..orig_last``."""

    first: int
    last: int
    orig_first: int
    orig_last: int
    distance: int  # characters changed across the block (0: an exact copy)


@dataclass(frozen=True)
class Analysis:
    keys: Tuple[str, ...]
    kinds: Tuple[str, ...]  # "body", "heading" (alone on its line), "bullet", "cell" (a table's) or "organ" (a name alone)
    blocks: Tuple[Block, ...]
    copied: FrozenSet[int]  # indices of paragraphs inside a reported block
    # Each paragraph normalized but for its stops 。！？； : the keys of its
    # sentences (normalize(sentence)) are the pieces between the stops.
    with_stops: Tuple[str, ...]


def sentence_keys(with_stops: str) -> List[str]:
    """The keys of a paragraph's sentences, from its ``Analysis.with_stops`` form (empty ones dropped)."""
    return [k for k in with_stops.replace("！", "。").replace("？", "。").replace("；", "。").split("。") if k]


def analyse(doc: Document) -> Analysis:
    """Which paragraphs repeat earlier ones (computed once per document)."""
    return doc.memo("copies", lambda d: _Finder(d).run())


class _Finder:
    def __init__(self, doc: Document):
        self.paras = doc.paragraphs
        headings = doc.heading_at_paragraph
        keys: List[str] = []
        kinds: List[str] = []
        with_stops: List[str] = []
        normalized: Dict[str, Tuple[str, str]] = {}  # a paragraph's text written again is not normalized again
        for para in self.paras:
            forms = normalized.get(para.folded)
            if forms is None:
                stops = _NON_WORD_BUT_ENDS.sub("", para.folded).lower()
                key = stops.replace("。", "").replace("！", "").replace("？", "").replace("；", "")
                forms = normalized[para.folded] = (key, stops)
            key = forms[0]
            with_stops.append(forms[1])
            # A line of punctuation only ("……", "——") is keyed on itself.
            keys.append(key or "\0" + "".join(para.folded.split()))
            heading = headings.get(para.index)
            if _BULLET.match(para.folded):
                kinds.append("bullet")
            elif "|" in para.folded or "｜" in para.folded or _FIGURES_ONLY.fullmatch(para.folded):
                kinds.append("cell")  # a table flattened into lines ("0 |", "合计 |"): its rows repeat by nature
            elif heading is not None and heading.standalone:
                kinds.append("heading")
            elif key.endswith(_ORGAN_ENDS) and not _SENTENCE_MARK.search(para.folded):
                kinds.append("organ")
            else:
                kinds.append("body")
        self.keys = keys
        self.kinds = kinds
        self.with_stops = tuple(with_stops)
        self.counts = Counter(keys)
        self.near_ok = [kind == "body" and len(key) >= MIN_NEAR for key, kind in zip(keys, kinds)]
        # Sketches by text: a paragraph written again has its original's sketch.
        self.sketches: Dict[str, Tuple[int, ...]] = {}
        self.occurrences: Dict[str, List[int]] = {}
        # The latest BUCKET_CAP paragraphs by sketch value (a deque drops the oldest itself).
        self.buckets: Dict[int, Deque[int]] = defaultdict(partial(deque, maxlen=BUCKET_CAP))
        self.indexed = 0
        self.reworded_candidates: Set[int] = set()  # of the paragraph being matched

    # -- indexes of earlier paragraphs ------------------------------------
    def _index_before(self, stop: int) -> None:
        keys, near_ok, occurrences, buckets = self.keys, self.near_ok, self.occurrences, self.buckets
        for i in range(self.indexed, stop):
            seen = occurrences.get(keys[i])
            if seen is None:
                occurrences[keys[i]] = [i]
            else:
                seen.append(i)
                if len(seen) > TRIES + 1:
                    del seen[1]  # keep the first and the latest few
            if near_ok[i]:
                for value in self._sketch_of(i):
                    buckets[value].append(i)
        self.indexed = max(self.indexed, stop)

    def _sketch_of(self, i: int) -> Tuple[int, ...]:
        key = self.keys[i]
        sketch = self.sketches.get(key)
        if sketch is None:
            sketch = self.sketches[key] = _sketch(key)
        return sketch

    def _near_candidates(self, j: int) -> List[int]:
        votes: Dict[int, int] = {}
        for value in self._sketch_of(j):
            for i in self.buckets.get(value, ()):
                votes[i] = votes.get(i, 0) + 1
        # Two shared sketch values: similar enough to be worth the exact check.
        likely = [i for i, count in votes.items() if count >= 2]
        likely.sort(key=lambda i: (-votes[i], i))
        likely = likely[:NEAR_TRIES]
        # Three: similar enough to be worth aligning as a reworded copy too (see _reworded).
        self.reworded_candidates = {i for i in likely if votes[i] >= REWORDED_VOTES}
        return likely

    # -- matching ----------------------------------------------------------
    def _match(self, a: int, b: int, reworded: bool = False) -> Optional[int]:
        """0 when paragraphs a and b are the same text, the edit count of a near copy, else None.
        ``reworded``: also a paragraph pasted and reworded in places (asked of a block's first
        paragraph only: its neighbours are tried against every candidate's, mostly in vain)."""
        ka, kb = self.keys[a], self.keys[b]
        if ka == kb:
            return 0
        if not (self.near_ok[a] and self.near_ok[b]):
            return None
        distance = edit_distance_within(ka, kb, allowed_edits(min(len(ka), len(kb))))
        if distance is None:
            # A sentence or two left out of a pasted paragraph.
            sa, sb = sentence_keys(self.with_stops[a]), sentence_keys(self.with_stops[b])
            left_out = _left_out(sa, sb) if len(sa) > len(sb) else _left_out(sb, sa)
            return left_out if left_out is not None or not reworded else _reworded(ka, kb)
        if (_FIGURES.sub("0", ka) == _FIGURES.sub("0", kb) and len(sentence_keys(self.with_stops[b])) < 2
                and not ((b == a + 1 or len(kb) >= LONG_NEAR) and len(kb) >= MIN_NEAR
                         and _counts_differ_only(ka, kb, len(kb) >= LONG_NEAR))):
            # Only the figures of one sentence differ: two records (1月…/7月…), not a copy; but a long
            # sentence with one figure changed is a paste wherever the copy stands (2005年，我院在… twice).
            return None
        return distance

    def _extend(self, orig: int, j: int) -> Tuple[int, int]:
        """Length and edit count of the run of paragraphs from j that repeats those from orig."""
        n = len(self.paras)
        period = j - orig
        length = distance = 0
        while j + length < n:
            # A block pasted right after itself, or pasted three times, keeps
            # repeating the original: the source wraps around to its start.
            source = orig + length if orig + length < j else orig + length % period
            found = self._match(source, j + length, reworded=length == 0 and source in self.reworded_candidates)
            if found is None:
                break
            distance += found
            length += 1
        return length, distance

    def _qualifies(self, orig: int, j: int, length: int) -> bool:
        content = [i for i in range(j, j + length) if self.kinds[i] not in ("bullet", "cell")]
        if orig + length >= j:  # the copy follows its original directly
            return sum(len(self.keys[i]) for i in content) >= MIN_ADJACENT
        if length == 1 and self.counts[self.keys[j]] >= RECURRING:
            return False  # a running header or a formula line, not a paste
        return any(self.kinds[i] == "body" and len(self.keys[i]) >= MIN_BODY for i in content)

    def run(self) -> Analysis:
        n = len(self.paras)
        blocks: List[Block] = []
        j = 0
        while j < n:
            self._index_before(j)
            candidates = self.occurrences.get(self.keys[j])
            self.reworded_candidates = set()
            if not candidates and self.near_ok[j]:
                candidates = self._near_candidates(j)
            # The best original: one whose copy is worth reporting, then the longest
            # run, then the fewest changes (a table of contents repeats the body's
            # headings; the body's own earlier text is the better original).
            best: Optional[Tuple[bool, int, int, int]] = None
            for orig in candidates or ():
                length, distance = self._extend(orig, j)
                if not length:
                    continue
                option = (self._qualifies(orig, j, length), length, -distance, orig)
                if best is None or option[:3] > best[:3]:
                    best = option
            if best is None:
                j += 1
                continue
            qualifies, length, distance, orig = best
            if qualifies:
                orig_last = orig + length - 1 if orig + length <= j else j - 1
                blocks.append(Block(j, j + length - 1, orig, orig_last, -distance))
            # A run that is not worth reporting is skipped whole: its tail would
            # only give shorter runs of the same lines (and quadratic work).
            j += length
        copied = frozenset(i for block in blocks for i in range(block.first, block.last + 1))
        return Analysis(tuple(self.keys), tuple(self.kinds), tuple(blocks), copied, self.with_stops)
