"""The acts the citation rules know (checks/data/laws.tsv), loaded once, on first use.

Titles are looked up in titles.tsv, every normalized form (the title, its short forms without
中华人民共和国) with its acts; near misses in near.tsv, each form under its two rarest
characters and its length: a title one edit away from a known form still holds one of them,
so a lookup reads a few short lists instead of scanning 4,471 titles.  Both files are sorted
and read as lists of lines, searched by bisection: loading builds no index.  Nothing here is
read when a report cites no title.

A user's configuration adds titles (``extra-titles``: their province's regulations) and
repeals (``extra-repeals``); see ``catalog``.
"""
from __future__ import annotations

import bisect
import os
from collections import defaultdict
from typing import Dict, Iterable, List, Mapping, NamedTuple, Optional, Tuple

from lintlaw.lazy_re import lazy

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
NATIONAL = "中华人民共和国"
# Kind words a title ends with, longest first (a wrong kind word is one of the near misses).
KINDS = ("实施条例", "实施细则", "实施办法", "暂行条例", "暂行规定", "暂行办法", "条例", "规定", "办法", "细则",
         "规则", "法")
_DROPPED = str.maketrans({c: None for c in " \t\u3000\xa0、·•・"})
_MARKS = str.maketrans({"〈": "《", "〉": "》", "(": "（", ")": "）", "<": "《", ">": "》"})
_DECREE = lazy(r"^(?:中华人民共和国)?(.+?)令(?:(\d{4})年)?第(\d+)号$")


def normalize(title: str) -> str:
    """A title as the index holds it: no spaces or 、·, inner titles in 《》, full-width brackets."""
    return title.translate(_DROPPED).translate(_MARKS)


class Decree(NamedTuple):
    text: str  # as the data writes it: 国务院令第711号
    issuer: str  # 国务院, 交通运输部
    year: Optional[int]  # the year of numberings that restart yearly (农业农村部令2022年第1号)
    number: int
    date: str
    event: str  # 公布, 修订, 修正, 废止, 其他


class Act(NamedTuple):
    index: int
    title: str
    shorts: Tuple[str, ...]
    kind: str
    status: str  # "" in force, "repealed", "pending"
    repealed: str  # YYYY-MM-DD or ""
    replaced_by: str
    promulgated: str
    latest_version: str
    effective: str
    decrees: Tuple[Decree, ...]


def parse_decree(text: str, date: str = "", event: str = "") -> Optional[Decree]:
    match = _DECREE.match(text)
    if not match:
        return None
    issuer, year, number = match.groups()
    return Decree(text, issuer, int(year) if year else None, int(number), date, event)


def _act(index: int, line: str) -> Act:
    title, forms, kind, status, repealed, replaced_by, promulgated, latest, effective, decrees = \
        line.rstrip("\n").split("\t")
    parsed = []
    for item in decrees.split(";") if decrees else ():
        text, date, event = item.split("@")
        decree = parse_decree(text, date, event)
        if decree is not None:
            parsed.append(decree)
    shorts = tuple(f for f in forms.split("|") if f != normalize(title))
    return Act(index, title, shorts, kind, status, repealed, replaced_by, promulgated, latest, effective,
               tuple(parsed))


# A leading place name: 山东省, 济南市, 山东省济南市, 广西壮族自治区, 重庆市沙坪坝区.
_PLACE = lazy(r"^(?:[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|县|区|旗)){1,3}")


def place_prefix(title: str) -> str:
    """The place a local act's title opens with ("" for a national one)."""
    if title.startswith(NATIONAL):
        return ""
    match = _PLACE.match(title)
    return match.group(0) if match else ""


def edit_one(query: str, form: str) -> Optional[Tuple[str, int]]:
    """How ``query`` is one edit from ``form`` (("sub"|"swap"|"add"|"drop", position in the
    query)), or None.  A swap is two neighbours exchanged."""
    lq, lf = len(query), len(form)
    if abs(lq - lf) > 1 or query == form:
        return None
    i = 0
    short = min(lq, lf)
    while i < short and query[i] == form[i]:
        i += 1
    if lq == lf:
        if query[i + 1:] == form[i + 1:]:
            return ("sub", i)
        if i + 1 < lq and query[i] == form[i + 1] and query[i + 1] == form[i] and query[i + 2:] == form[i + 2:]:
            return ("swap", i)
        return None
    if lq > lf:
        return ("add", i) if query[i + 1:] == form[i:] else None
    return ("drop", i) if query[i:] == form[i + 1:] else None


def split_kind(title: str) -> Tuple[str, str]:
    for kind in KINDS:
        if title.endswith(kind) and len(title) > len(kind):
            return title[:-len(kind)], kind
    return title, ""


class SortedLines:
    """A table kept as the sorted lines of a file, key<TAB>value: found by bisection, so
    loading it builds nothing but the list of lines."""

    def __init__(self, lines: List[str]):
        self.lines = lines

    def get(self, key: str) -> Optional[str]:
        probe = key + "\t"
        at = bisect.bisect_left(self.lines, probe)
        if at < len(self.lines) and self.lines[at].startswith(probe):
            return self.lines[at][len(probe):]
        return None


def _read_lines(name: str) -> List[str]:
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return f.read().splitlines()


class Catalog:
    """Known acts and the lookups the rules make.  An act's line is parsed when it is asked
    for; a configuration's extra acts lie over the data's tables in small dictionaries."""

    def __init__(self, lines: List[str], titles: SortedLines, near: SortedLines, extra: Iterable[Act] = (),
                 standing_in: Optional[Mapping[str, Tuple[int, ...]]] = None):
        self.lines = lines
        self.titles = titles
        self.near = near
        self._acts: Dict[int, Act] = {}
        self.extra = tuple(extra)
        self._extra_titles: Dict[str, Tuple[int, ...]] = defaultdict(tuple)
        self._extra_near: Dict[Tuple[str, int], List[str]] = defaultdict(list)
        for act in self.extra:
            self._acts[act.index] = act
            for form in {normalize(f) for f in (act.title,) + act.shorts}:
                self._extra_titles[form] += (act.index,)
                for char in set(form):  # few: every character is a key
                    self._extra_near[(char, len(form))].append(form)
        self._standing_in = dict(standing_in or {})
        self._decrees: Optional[Dict[Tuple[str, int], List[Tuple[int, Decree]]]] = None
        self._issuers: Optional[List[str]] = None
        self._unique: Optional[set] = None
        self._tails: Optional[set] = None
        self.size = len(lines) + len(self.extra)

    def act(self, index: int) -> Act:
        found = self._acts.get(index)
        if found is None:
            found = self._acts[index] = _act(index, self.lines[index])
        return found

    def acts(self) -> Iterable[Act]:
        return (self.act(i) for i in range(self.size))

    # -- titles ---------------------------------------------------------------------------
    def ids(self, form: str) -> Tuple[int, ...]:
        """The acts a normalized form names: the configuration's, else the data's."""
        if form in self._standing_in:
            return self._standing_in[form]
        found = self.titles.get(form)
        ids = tuple(int(i) for i in found.split(",")) if found else ()
        return ids + self._extra_titles.get(form, ())

    def known(self, form: str) -> bool:
        return bool(self.ids(form))

    def noted(self, form: str) -> bool:
        """Does the data hold ``form`` with a note in brackets after it (中华人民共和国宪法修正案 as
        宪法修正案（2018年）): the act written without the note that tells its versions apart?"""
        probe = form + "（"
        lines = self.titles.lines
        at = bisect.bisect_left(lines, probe)
        return at < len(lines) and lines[at].startswith(probe) or any(f.startswith(probe) for f in self._extra_titles)

    def lookup(self, title: str) -> Tuple[Act, ...]:
        """The acts a normalized title names exactly (also with 中华人民共和国 added to a title
        that has none: a common slip, but the act is still the one meant)."""
        ids = self.ids(title)
        if not ids and title.startswith(NATIONAL):
            ids = self.ids(title[len(NATIONAL):])
        return tuple(self.act(i) for i in ids)

    def _candidates(self, char: str, length: int) -> List[str]:
        found = self.near.get(f"{char}{length:03d}")
        forms = found.split("|") if found else []
        return forms + self._extra_near.get((char, length), [])

    def forms_near(self, query: str, lengths: Iterable[int]) -> List[str]:
        """Known forms of these lengths filed under a character of ``query``, each once (every
        form one edit away is among them: it keeps one of its two rarest characters)."""
        seen: Dict[str, None] = {}
        # In the query's own order, not a set's: a set of strings iterates in the order of this
        # process's string hashes, which would list a title's near misses differently from run to run.
        for char in dict.fromkeys(query):
            for length in lengths:
                for form in self._candidates(char, length):
                    seen.setdefault(form)
        return list(seen)

    def one_edit(self, query: str) -> List[Tuple[str, Tuple[str, int]]]:
        """Known forms one edit from ``query``, with the edit."""
        out = []
        for form in self.forms_near(query, (len(query) - 1, len(query), len(query) + 1)):
            edit = edit_one(query, form)
            if edit is not None:
                out.append((form, edit))
        return out

    def other_kinds(self, query: str) -> List[Tuple[str, str, str]]:
        """Known forms that differ from ``query`` only in the kind word: (form, its kind, query's kind)."""
        stem, kind = split_kind(query)
        if not kind:
            return []
        return [(stem + other, other, kind) for other in KINDS if other != kind and self.known(stem + other)]

    def local_tail(self, form: str) -> bool:
        """Is ``form`` the title of a local act less its place (消防条例 for 上海市消防条例)?  The
        set is built on the first call: only a title that is a near miss asks."""
        if self._tails is None:
            tails = set()
            for line in self.lines:
                title = line[:line.index("\t")]
                place = place_prefix(title)
                if place and len(title) > len(place):
                    tails.add(normalize(title[len(place):]))
            tails.update(normalize(a.title[len(place_prefix(a.title)):]) for a in self.extra
                         if place_prefix(a.title))
            self._tails = tails
        return form in self._tails

    # -- order numbers --------------------------------------------------------------------
    def decree_owners(self, issuer: str, year: Optional[int], number: int) -> List[Tuple[Act, Decree]]:
        """The acts whose versions carry this order number (the year is compared when both give one)."""
        if self._decrees is None:
            table: Dict[Tuple[str, int], List[Tuple[int, Decree]]] = defaultdict(list)
            for act in self.acts():
                for decree in act.decrees:
                    table[(decree.issuer, decree.number)].append((act.index, decree))
            self._decrees = table
        return [(self.act(i), d) for i, d in self._decrees.get((issuer, number), ())
                if year is None or d.year is None or d.year == year]

    def numbers_unique(self, issuer: str) -> bool:
        """Does no number of this issuer's orders name two acts when issued?  Some ministries
        restart their numbering every year, and the data does not always keep the year."""
        if self._unique is None:
            self.decree_owners("", None, 0)
            shared = set()
            for (who, _number), owners in self._decrees.items():
                if len({i for i, d in owners if d.event == "公布"}) > 1:
                    shared.add(who)
            self._unique = {who for who, _ in self._decrees} - shared
        return issuer in self._unique

    def issuers(self) -> List[str]:
        """Every issuer of an order number in the data, longest first (for matching a text's end)."""
        if self._issuers is None:
            self._issuers = sorted({d.issuer for act in self.acts() for d in act.decrees}, key=len, reverse=True)
        return self._issuers

    def numbered_dates(self, issuer: str) -> List[Tuple[int, str]]:
        """(number, date) of every order of an issuer whose numbering never restarts, in order."""
        self.decree_owners(issuer, None, 0)
        out = {}
        for (who, number), owners in self._decrees.items():
            if who == issuer:
                dates = [d.date for _, d in owners if d.date and d.year is None]
                if dates:
                    out[number] = min(dates)
        return sorted(out.items())


_BASE: Optional[Catalog] = None
_WITH_EXTRAS: Dict[Tuple, Catalog] = {}


def base() -> Catalog:
    global _BASE
    if _BASE is None:
        _BASE = Catalog(_read_lines("laws.tsv"), SortedLines(_read_lines("titles.tsv")),
                        SortedLines(_read_lines("near.tsv")))
    return _BASE


def catalog(settings: Optional[Mapping] = None) -> Catalog:
    """The data, with the titles and repeals a configuration adds (``extra-titles``,
    ``extra-repeals``: {title: {repealed = "YYYY-MM-DD", replaced-by = "…"}}).  A repeal of a
    title the data knows marks that act repealed."""
    settings = settings or {}
    titles = tuple(settings.get("extra-titles") or ())
    repeals = settings.get("extra-repeals") or {}
    if not titles and not repeals:
        return base()
    key = (titles, tuple(sorted((t, tuple(sorted(v.items()))) for t, v in repeals.items())))
    found = _WITH_EXTRAS.get(key)
    if found is None:
        found = _WITH_EXTRAS[key] = _extend(base(), titles, repeals)
    return found


def _extend(data: Catalog, titles: Iterable[str], repeals: Mapping[str, Mapping]) -> Catalog:
    extra: List[Act] = []
    size = len(data.lines)

    def add(act: Act) -> None:
        extra.append(act._replace(index=size + len(extra)))

    for title, facts in repeals.items():
        repealed, successor = str(facts.get("repealed", "")), str(facts.get("replaced-by", ""))
        known = data.lookup(normalize(title))
        for act in known:  # the data's act, repealed from now on: a new entry under its forms
            add(act._replace(status="repealed", repealed=repealed, replaced_by=successor))
        if not known:
            add(Act(0, title, (), "用户", "repealed", repealed, successor, "", "", "", ()))
    for title in titles:
        add(Act(0, title, (), "用户", "", "", "", "", "", "", ()))
    standing_in: Dict[str, Tuple[int, ...]] = defaultdict(tuple)
    for act in extra:  # a configured repeal stands in for the data's act of that title
        if act.status == "repealed":
            for form in {normalize(f) for f in (act.title,) + act.shorts}:
                standing_in[form] += (act.index,)
    return Catalog(data.lines, data.titles, data.near, extra, standing_in)
