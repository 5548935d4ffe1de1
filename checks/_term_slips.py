"""Slips of one character in a term of the 公文 vocabulary, for the typo rule (LL601).

国家卫生建康委 for 国家卫生健康委, 行政副议 for 行政复议, 市场监督管理居 for 市场监督管理局:
an input method's slip inside an organ's name or a fixed term of official writing often makes
pairs of characters that prose has elsewhere (建康, 副议), where the character model that finds
most slips sees nothing wrong.  There the term itself is the evidence: all its other
characters stand as written, the one that differs sounds or looks like the term's, and the
characters as written make no word.

A term as written stays a term when the difference could be meant:
- the written characters are a word of jieba's dictionary or a term themselves;
- in a term of four characters, the written character makes a common word with a neighbour
  inside it (财产权和 is no slip of 财产权利; so 海关总数 and 党组书籍 are left to the character
  model, which cannot tell them from 有线公司 beside 有限公司); in a longer one, the written
  characters are read as words of two characters or more throughout (县级人民政府 against
  省级人民政府);
- at an edge of the term, the written character makes a common word with the character
  outside it (海关总数据), or the rest of the term runs on into a longer word or term outside
  it (社会主义法治国家 holds no 依法治国);
- 的, 地, 得 and the conjunctions are grammar, not the term's.

The terms (wording_data/terms.txt, built by wording_data/build.py) are the vocabulary's words of
four to ten characters and the names of government bodies (build.py's ORGAN_NAMES).  A near miss is found from three of its characters that stand as
written: the first three (the slip after them), the three after the first (the slip in the
first), or the first with two of the next three (the slip in the second or the third), so
each place of a document is looked up in four dictionaries, not compared with every term.
"""
from __future__ import annotations

import operator
from functools import lru_cache
from itertools import compress, count, islice
from typing import Dict, FrozenSet, List, Optional, Tuple

from lintlaw import segment

from . import _wording

_GRAMMAR = frozenset("的地得和与及或并")
_RUN_ON = 3  # characters a word may run past a term's edge (社会主义法治国家: 法治国家)

Slip = Tuple[int, str, str, str]  # (offset of the slip, the character written, the term's, the term)


class _Index:
    def __init__(self, terms: List[str]) -> None:
        self.terms: FrozenSet[str] = frozenset(terms)
        # Three characters that stand as written -> the terms, for each place of the slip.
        self.after_three: Dict[str, List[str]] = {}   # t[:3]: the slip at 3 or later
        self.in_first: Dict[str, List[str]] = {}      # t[1:4]: the slip at 0
        self.in_second: Dict[str, List[str]] = {}     # t[0] t[2] t[3]: the slip at 1
        self.in_third: Dict[str, List[str]] = {}      # t[0] t[1] t[3]: the slip at 2
        for t in terms:
            self.after_three.setdefault(t[:3], []).append(t)
            self.in_first.setdefault(t[1:4], []).append(t)
            self.in_second.setdefault(t[0] + t[2] + t[3], []).append(t)
            self.in_third.setdefault(t[0] + t[1] + t[3], []).append(t)


@lru_cache(maxsize=1)
def _index() -> _Index:
    with open(_wording.data_path("terms.txt"), encoding="utf-8") as f:
        return _Index(f.read().split())


def find(joined: str, pairs: Optional[List[str]] = None) -> List[Slip]:
    """The slips in ``joined`` (paragraphs joined by newlines), in order of offset; where one
    slip misses two terms (知识彦权, 知识彦权局), the longer is named.  ``pairs`` (joined's
    characters two by two, which the typo rule has made already) saves making them again."""
    index = _index()
    add = operator.add
    if pairs is None:
        pairs = list(map(add, joined, joined[1:]))
    # The three characters from each place, and the two ways of skipping one of the next two,
    # each made from the pairs with one join in C.
    threes = list(map(add, pairs, islice(joined, 2, None)))
    skip_second = list(map(add, joined, islice(pairs, 2, None)))
    skip_third = list(map(add, pairs, islice(joined, 3, None)))
    found: Dict[int, Slip] = {}
    places = (
        (threes, index.after_three, 0, 3, None),
        (threes, index.in_first, -1, 0, 1),
        (skip_second, index.in_second, 0, 1, 2),
        (skip_third, index.in_third, 0, 2, 3),
    )
    for keys, terms_at, shift, first, last in places:
        for at in compress(count(), map(terms_at.__contains__, keys)):
            start = at + shift
            if start < 0:
                continue
            for term in terms_at[keys[at]]:
                slip = _slip(joined, start, term, first, last if last is not None else len(term))
                if slip is not None and (slip[0] not in found or len(found[slip[0]][3]) < len(term)):
                    found[slip[0]] = slip
    return [found[at] for at in sorted(found)]


def _slip(joined: str, start: int, term: str, first: int, last: int):
    length = len(term)
    written = joined[start:start + length]
    if written == term or len(written) < length or sum(map(operator.ne, written, term)) != 1:
        return None
    k = next(i for i in range(length) if written[i] != term[i])
    if not first <= k < last:
        return None  # found from other characters: one place, one look-up
    char, right = written[k], term[k]
    alike = _wording.confusion().alike(right)
    if not alike or char not in alike[1] or char in _GRAMMAR or not _wording.is_han(char):
        return None
    freq = segment.frequencies().freq
    terms = _index().terms
    if freq(written) or written in terms:
        return None
    meant = _wording.meant_pairs()
    if length == 4:
        if (k > 0 and written[k - 1:k + 1] in meant) or (k < 3 and written[k:k + 2] in meant):
            return None
    elif all(b - a >= 2 for a, b in segment.han_words(written)):
        return None
    end = start + length
    if k == length - 1 and (char + joined[end:end + 1] in meant or any(
            freq(joined[b:end - 1]) or joined[b:end - 1] in terms for b in range(max(0, start - _RUN_ON), start))):
        return None
    if k == 0 and (joined[start - 1:start] + char in meant or any(
            freq(joined[start + 1:e]) or joined[start + 1:e] in terms for e in range(end + 1, end + _RUN_ON + 1))):
        return None
    if length == 4 and (_edge_read_outward(joined, start, end, meant)):
        return None
    return (start + k, char, right, term)


def _edge_read_outward(joined: str, start: int, end: int, meant: FrozenSet[str]) -> bool:
    """Does an unchanged edge character of a four-character term make a common word with the
    character outside it, which makes none with the next (以法治|理念: 以法治理念促 holds no 依法治理)?
    Then the four are not read as a unit; where the outside character opens a word of its own
    (依法治理|念头 would not), the edge stays the term's."""
    last = joined[end - 1:end + 1]
    first = joined[start - 1:start + 1]
    return ((len(last) == 2 and last in meant and joined[end:end + 2] not in meant)
            or (start > 0 and first in meant and joined[start - 2:start] not in meant))
