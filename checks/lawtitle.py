"""law-title: a 《》 title one slip away from the title of a known act.

Only near misses of titles the data knows are reported: a title it does not know (a local
regulation of another province, a normative document, a plan, a book, an act newer than
the data) is never a finding.  A near miss is one character changed, dropped, added, or two
neighbours swapped (anywhere: in a place name, the kind word, the last characters), or the
wrong kind word (条例 for 法), or, in the long title of a central party regulation, a word
left out or put in, or, in the title of a law or regulation, two neighbouring words in the
other order (《诉讼行政法》, 《优化环境营商条例》).  Left alone, because they name
other acts: a different place (山西省… against 山东省…), a different year or number
(解释（一） against 解释（二）), a different subject word right after a local act's place or
a ministry rule's sector (上海市公园… against 上海市公路管理条例, 林业… against
农业行政处罚程序规定), and a kind word changed in a local or ministry title (a city's
条例 and its government's 办法 often both exist).  Nor is a title the text shows to name an act
the data lacks: a local act's title less its place (《消防条例》), a former act (原《行政监察条例》,
从《行政监察条例》到《行政监察法》, or in a sentence stating a year before the near act was made), a law's 实施办法 (a province's, or
the State Council's before its 实施条例).
"""
from __future__ import annotations

from typing import Iterator, List, Optional, Tuple

from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule

from . import _laws, _plans
from ._citations import (VERSION_NOTE, Citation, catalog, citations, data_note, document_year, latest_year, named_former,
                         sentence_of, sentence_years)
from ._lawdata_meta import AS_OF

MIN_QUERY = 4
MAX_QUERY = 100
MIN_FORM = 5
MIN_SWAP = 3  # 《法民通则》, 《民典法》
_NUMERALS = set("0123456789一二三四五六七八九十〇零百千")
# Kinds of act whose titles the data covers nearly whole: a kind word changed in one of them
# names no act.  Ministry rules and local acts are covered in part, and their cousins under
# the other kind word (the 国务院's 条例, a ministry's 办法) are real acts.
_FULLY_COVERED = {"法律", "行政法规", "宪法", "司法解释"}
# Kinds with no cousins one subject word or one filler word away: the above, and the central
# party regulations (a province's 实施细则 of one of them names its place, and its kind word
# differs, so a kind word changed is still left alone there).
_NO_COUSINS = _FULLY_COVERED | {"党内法规"}
_SECTOR = 2  # the leading characters that name a ministry's sector (农业, 林业, 水利)
# The last characters of acts' titles (法, 条例, 规定, 办法, 细则, 规则, 解释, 决定, 法典, 章程,
# 规程, 答复, 批复, 修正案) and the next-to-last ones, for a slip in the last character (条列, 规宝).
_LAW_ENDS = set("法例定则释典程复")
_LAW_PENULTIMATES = set("条规办细解决章批答正")
# Words a citation adds to or drops from a title when it is written from memory
# (《食品安全管理法》 for 《食品安全法》); only in the titles of laws and regulations.
_FILLERS = ("管理", "工作", "行政", "保护", "监督", "服务", "促进", "实施", "人民", "国家", "政府")
# The long titles of the central party regulations are quoted from memory with a word left
# out or put in (《党政主要负责人推进法治建设第一责任人职责规定》, without 履行); they have no
# cousin a word away, unlike laws (职业教育法/教育法) and judicial interpretations (补充规定/规定).
_PARTY = {"党内法规"}
MIN_WORD_FORM = 12


def _in_parentheses(text: str, pos: int) -> bool:
    open_ = text.rfind("（", 0, pos + 1)
    return open_ >= 0 and text.find("）", open_) >= pos


def _edit_chars(query: str, form: str, op: str, pos: int) -> str:
    if op == "sub":
        return query[pos] + form[pos]
    if op == "add":
        return query[pos]
    if op == "drop":
        return form[pos]
    return query[pos:pos + 2]


def _describe(query: str, form: str, op: str, pos: int) -> Tuple[str, str]:
    if op == "sub":
        return (f"“{query[pos]}”应为“{form[pos]}”", f"“{query[pos]}” should be “{form[pos]}”")
    if op == "add":
        return (f"多了“{query[pos]}”", f"“{query[pos]}” is one character too many")
    if op == "drop":
        return (f"漏了“{form[pos]}”", f"“{form[pos]}” is missing")
    return (f"“{query[pos:pos + 2]}”应为“{form[pos:pos + 2]}”",
            f"“{query[pos:pos + 2]}” should be “{form[pos:pos + 2]}”")


def _one_edit_ok(data: _laws.Catalog, query: str, form: str, op: str, pos: int) -> bool:
    if op == "swap":
        return _swap_ok(query, pos, form)
    if len(form) < MIN_FORM:
        return False
    if op == "drop" and pos == len(query):
        return False  # 《行政许可》 for 《行政许可法》: a topic as often as a title
    if op == "drop" and form[pos] in form[pos + 1:pos + 3]:
        return False  # 《招投标法》 for 《招标投标法》: a repeated morpheme contracted, the usual short name
    if set(_edit_chars(query, form, op, pos)) & _NUMERALS:
        return False  # another year, part or number: another act
    if _in_parentheses(query, pos) or _in_parentheses(form, min(pos, len(form) - 1)):
        return False  # （试行）, （一）, （2021年）
    place = max(len(_laws.place_prefix(query)), len(_laws.place_prefix(form)))
    if pos < place:
        return False  # 山西省… against 山东省…: another place's act
    acts = data.lookup(form)
    if pos < place + _SECTOR and any(a.kind not in _NO_COUSINS for a in acts):
        # 林业… against 农业行政处罚程序规定, 上海市公园… against 上海市公路管理条例: the subject
        # word names another act, and ministry rules and local acts are only partly in the data
        return False
    return True


def _swap_ok(query: str, pos: int, form: str) -> bool:
    """Two neighbours swapped is a slip wherever it falls: in a place name (泽菏市), a sector
    (场市监督管理), the kind word (例条) or the last characters (保法护).  No two known titles are
    a swap of each other, where many differ by one character (山西省/山东省, 林业/农业), so a swap
    names no other act; digits and numerals swapped with each other still do (2021年/2012年,
    （一二）), a numeral and a word do not (一第 for 第一)."""
    return len(form) >= MIN_SWAP and not set(query[pos:pos + 2]) <= _NUMERALS


def _kind_ok(data: _laws.Catalog, query: str, form: str, kinds=_FULLY_COVERED) -> bool:
    acts = data.lookup(form)
    if acts and _called_a_law(query) and all(a.kind in _NEVER_A_LAW for a in acts):
        # Only the National People's Congress makes a 法: a province's or the Party's act written
        # as one (《浙江省道路运输法》, 《中国共产党政法工作法》) is its 条例 or 规定 with a slip.
        return True
    if _laws.place_prefix(query):
        return False
    return bool(acts) and all(a.kind in kinds for a in acts)


# Only the State Council and local congresses make a 条例; a ministry's rule is never one (规章制定程序条例
# 第七条: 规章的名称一般称“规定”“办法”，但不得称“条例”).  The data holds the State Council's acts nearly
# whole, so a 条例 it does not know, named as a ministry rule it knows is named (《公安机关办理行政案件程序条例》
# for …程序规定), is that rule miswritten; a title that opens with a place may be a local congress's.
_REGULATION_WORDS = {"条例", "暂行条例"}


def _ministry_rule_as_regulation(data: _laws.Catalog, query: str, form: str, wrong: str) -> bool:
    if wrong not in _REGULATION_WORDS or _laws.place_prefix(query):
        return False
    acts = data.lookup(form)
    return bool(acts) and all(a.kind == "部门规章" for a in acts)


# The kind words a central party regulation is miswritten with (its own are 条例, 规定, 办法).
_PARTY_SLIPS = {"条例", "规定", "办法", "法", "暂行条例", "暂行规定", "暂行办法"}
# Kinds of act no title of which ends in 法 but for 办法 (实施办法, 管理办法).
_NEVER_A_LAW = {"地方性法规", "党内法规"}


def _called_a_law(query: str) -> bool:
    core = _without_notes(query)
    return core.endswith("法") and not core.endswith("办法")


def _without_notes(query: str) -> str:
    """A title without the notes in brackets at its end: 刑法修正案（十一）, …办法（试行）."""
    while query.endswith("）"):
        open_ = query.rfind("（")
        if open_ <= 0:
            break
        query = query[:open_]
    return query


def _ends_as_acts_do(data: _laws.Catalog, core: str) -> bool:
    return core[-1] in _LAW_ENDS or core[-2] in _LAW_PENULTIMATES or data.known(core[:-1] + "法")


def _law_like(data: _laws.Catalog, query: str) -> bool:
    """Does a title end as the title of an act does (法, 条例, 规定, 解释…, before any note in
    brackets), or one slip from it: a wrong last character (条列), two neighbours swapped at its
    end (例条, 正修案)?"""
    if data.known(query[:-2] + query[-1] + query[-2]):
        return True  # 关于…办法的知通, 资源税条例（草）案
    core = _without_notes(query)
    if len(core) < 3:
        return False
    if _ends_as_acts_do(data, core):
        return True
    for at in (len(core) - 2, len(core) - 3):
        if _ends_as_acts_do(data, core[:at] + core[at + 1] + core[at] + core[at + 2:]):
            return True
    return False


# Kind words of the acts a known act replaced, not slips for its own: the State Council's 暂行条例 came
# before the NPC's 法 on the same matter (《律师暂行条例》 → 律师法, 《公证暂行条例》 → 公证法, the tax
# acts), and an implementing act was a 实施细则 or a 实施办法 before the 实施条例 that replaced it
# (《文物保护法实施细则》, 《药品管理法实施办法》; the data still holds 《档案法实施办法》 and
# 《传染病防治法实施办法》 beside the 实施条例 of other laws), and a province's act under a law is its
# 实施办法 as often.  Such a title is an old act, or another organ's, the data may lack: a title the
# data does not know is never reported.
_FORERUNNER_KINDS = {("暂行条例", "法"), ("实施细则", "实施条例"), ("实施办法", "实施条例")}


def near_misses(data: _laws.Catalog, query: str) -> List[Tuple[str, Tuple[str, str]]]:
    """Known forms ``query`` is a near miss of, each with what differs (zh, en)."""
    if query.startswith(_STATE_NAME) and not data.known(query):
        added = list(_state_name_added(data, query))
        if added:
            return added
    if MIN_SWAP <= len(query) < MIN_QUERY:
        return list(_short_swaps(data, query)) or list(_short_words(data, query))
    if not MIN_QUERY <= len(query) <= MAX_QUERY or not _law_like(data, query):
        return []
    out = []
    for form, (op, pos) in data.one_edit(query):
        if _one_edit_ok(data, query, form, op, pos):
            out.append((form, _describe(query, form, op, pos)))
    for form, right, wrong in data.other_kinds(query):
        # A central party regulation's kind word changed (《…督察工作条例》 for …规定) names nothing,
        # but its 实施细则 or 实施办法 is a local organ's own document under it.
        kinds = _NO_COUSINS if wrong in _PARTY_SLIPS else _FULLY_COVERED
        if _kind_ok(data, query, form, kinds) or _ministry_rule_as_regulation(data, query, form, wrong):
            out.append((form, (f"称“{right}”不称“{wrong}”", f"it is a “{right}”, not a “{wrong}”")))
    if not out:
        out.extend(_filler_misses(data, query))
    if not out:
        out.extend(_word_misses(data, query))
    if not out:
        out.extend(_pair_dropped(data, query))
    if not out:
        out.extend(_words_put_in(data, query))
    if not out:
        out.extend(_word_swaps(data, query))
    if not out:
        out.extend(_word_replaced(data, query))
    written = _laws.split_kind(query)[1]
    return [(form, what) for form, what in out if (written, _laws.split_kind(form)[1]) not in _FORERUNNER_KINDS]


# A long title with one two-character word of its middle replaced (《互联网上网服务经营场所管理条例》
# for …营业场所…): at least this long, the word past the subject the title opens with.
MIN_REPLACED = 10
_SUBJECT = 4


def _word_replaced(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    """One two-character word of a law's or an administrative regulation's long title written as
    another (经营 for 营业), past its subject: 《中华人民共和国森林法实施条例》 and …草原法… are two acts,
    so the subject after 中华人民共和国 and the first words of a title are never judged."""
    if len(query) < MIN_REPLACED or _laws.place_prefix(query):
        return
    start = len(_STATE_NAME) if query.startswith(_STATE_NAME) else 0
    for form in data.forms_near(query, (len(query),)):
        differ = [i for i, (a, b) in enumerate(zip(query, form)) if a != b]
        if len(differ) != 2 or differ[1] != differ[0] + 1 or differ[0] < start + _SUBJECT:
            continue
        at = differ[0]
        wrong, right = query[at:at + 2], form[at:at + 2]
        if (set(wrong + right) & _NUMERALS or wrong == right[::-1] or _in_parentheses(query, at)
                or not _kind_ok(data, query, form)):
            continue
        yield form, (f"“{wrong}”应为“{right}”", f"“{wrong}” should be “{right}”")


_STATE_NAME = "中华人民共和国"
# The kinds of acts whose titles the data holds whole, with the state's name where they carry it.
_TITLED_WHOLE = {"行政法规", "部门规章"}


def _state_name_added(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    """The state's name put before the title of an act that does not carry it (《中华人民共和国工伤保险
    条例》, 《中华人民共和国殡葬管理办法》, the kind word changed too): a law's title opens with it, and
    some regulations' do (中华人民共和国政府信息公开条例, known as written); the rest of the State
    Council's regulations and the ministries' rules do not, and the data holds their titles whole."""
    core = query[len(_STATE_NAME):]
    if len(core) < MIN_QUERY:
        return
    if data.known(core):
        if _without_state_name(data, core):
            yield core, ("多了“中华人民共和国”", "“中华人民共和国” is too many")
        return
    # The state's name says the act is national: a kind word changed is no local act's (上海市…管理办法).
    found = near_misses(data, core) or [
        (form, (f"称“{right}”不称“{wrong}”", f"it is a “{right}”, not a “{wrong}”"))
        for form, right, wrong in data.other_kinds(core)]
    for form, (zh, en) in found:
        if _without_state_name(data, form):
            yield form, (f"多了“中华人民共和国”，且{zh}", f"“中华人民共和国” is too many, and {en}")


def _without_state_name(data: _laws.Catalog, form: str) -> bool:
    """Is ``form`` only the title of regulations or ministry rules whose titles lack the state's name?"""
    acts = data.lookup(form)
    return bool(acts) and all(a.kind in _TITLED_WHOLE and not _laws.normalize(a.title).startswith(_STATE_NAME)
                              for a in acts)


MIN_SWAPPED_WORD = 2
MAX_SWAPPED = 10


def _swapped_words(query: str, form: str) -> Optional[Tuple[int, int, int]]:
    """(start, length of the first word, length of both) when ``form`` is ``query`` with two
    neighbouring words of two characters or more in the other order (诉讼行政法 for 行政诉讼法),
    else None."""
    if len(form) != len(query) or form == query:
        return None
    start = next(i for i, (a, b) in enumerate(zip(query, form)) if a != b)
    end = len(query) - next(i for i, (a, b) in enumerate(zip(reversed(query), reversed(form))) if a != b)
    if end - start > MAX_SWAPPED:
        return None
    # The words may reach past the stretch that differs (words sharing their first characters: 行政复议|行政诉讼).
    for first in range(max(0, end - MAX_SWAPPED), start + 1):
        for stop in range(end, min(len(query), first + MAX_SWAPPED) + 1):
            for cut in range(first + MIN_SWAPPED_WORD, stop - MIN_SWAPPED_WORD + 1):
                if query[cut:stop] + query[first:cut] == form[first:stop]:
                    return first, cut - first, stop - first
    return None


def _word_swaps(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    """Two neighbouring words written in the other order (《诉讼行政法》, 《优化环境营商条例》), in the
    title of a law, an administrative regulation, a judicial interpretation or a central party
    regulation.  No two such titles are such a swap of each other; a ministry's and a city's
    are (进口药品管理办法 and 药品进口管理办法, 出租汽车客运 and 客运出租汽车), and the data
    holds those kinds only in part, so a swap there may name an act it lacks."""
    if len(query) < MIN_FORM:
        return
    chars = sorted(query)
    for form in data.forms_near(query, (len(query),)):
        if sorted(form) != chars:
            continue
        swap = _swapped_words(query, form)
        if swap is None:
            continue
        at, _, both = swap
        stretch = query[at:at + both]
        if set(stretch) & _NUMERALS or set(stretch) & set("《》〈〉（）"):
            continue
        if at < len(_laws.place_prefix(query)) or not _kind_ok(data, query, form, _NO_COUSINS):
            continue
        right = form[at:at + both]
        yield form, (f"“{stretch}”应为“{right}”", f"“{stretch}” should be “{right}”")


def _short_swaps(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    """A short title (《民典法》) is a near miss only as two neighbours swapped: a character
    changed, dropped or added in three characters makes another word as often as a slip."""
    for at in range(len(query) - 1):
        form = query[:at] + query[at + 1] + query[at] + query[at + 2:]
        if form != query and data.known(form) and _swap_ok(query, at, form):
            yield form, _describe(query, form, "swap", at)


def _short_words(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    """A law's short name with the word before 法 left out: 《矿产法》 for 《矿产资源法》, 《土地法》 for
    《土地管理法》 (no act is named so; 《森林法》 is one, and known)."""
    if not query.endswith("法") or data.known(query):
        return
    stem = query[:-1]
    for form in data.forms_near(query, (len(query) + 2,)):
        if form.startswith(stem) and form.endswith("法") and data.known(form):
            word = form[len(stem):-1]
            yield form, (f"漏了“{word}”", f"“{word}” is missing")


def _word_misses(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    """A two-character word left out of, or put into, the long title of a central party regulation."""
    if len(query) < MIN_WORD_FORM - 2 or _laws.place_prefix(query):
        return
    for form in data.forms_near(query, (len(query) - 2, len(query) + 2)):
        if len(form) < MIN_WORD_FORM:
            continue
        longer, shorter = (form, query) if len(form) > len(query) else (query, form)
        at = next((i for i, (a, b) in enumerate(zip(longer, shorter)) if a != b), len(shorter))
        if longer[:at] + longer[at + 2:] != shorter or not _kind_ok(data, query, form, _PARTY):
            continue
        word = longer[at:at + 2]
        if form is longer:
            yield form, (f"漏了“{word}”", f"“{word}” is missing")
        else:
            yield form, (f"多了“{word}”", f"“{word}” is too many")


# A long title of a law or an administrative regulation with two neighbouring characters left
# out (《中华人民共和国政府信息条例》, 《优化营境条例》): such titles have no cousin two characters shorter
# that the data lacks (it holds them whole), where a local or ministry title may (上海市…管理条例 and
# 上海市…条例 both exist).  The form at least this long, the query at least MIN_PAIR_QUERY.
MIN_PAIR_FORM = 8
MIN_PAIR_QUERY = 6
_LAWS_AND_REGULATIONS = {"法律", "行政法规"}


def _pair_dropped(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    """Two neighbouring characters left out of the title of a law or an administrative regulation,
    past its first word and before its kind word: the first left out may leave another act's title
    (增值税暂行条例 and 土地增值税暂行条例), the kind word a topic (《行政许可》)."""
    if len(query) < MIN_PAIR_QUERY or _laws.place_prefix(query) or not _law_like(data, query):
        return
    for form in data.forms_near(query, (len(query) + 2,)):
        if len(form) < MIN_PAIR_FORM:
            continue
        at = next((i for i, (a, b) in enumerate(zip(form, query)) if a != b), len(query))
        if form[:at] + form[at + 2:] != query:
            continue
        word = form[at:at + 2]
        stem = _laws.split_kind(form)[0]
        subject = len(_STATE_NAME) if form.startswith(_STATE_NAME) else 0
        if at <= subject or at + 2 > len(stem) or set(word) & _NUMERALS or set(word) & set("（）《》〈〉") \
                or _in_parentheses(form, at) or not _kind_ok(data, query, form, _LAWS_AND_REGULATIONS):
            continue
        yield form, (f"漏了“{word}”", f"“{word}” is missing")


# A law's title with a word put in (《水资源保护法》 for 《水法》, 《无偿献血法》 for 《献血法》, 《畜牧业法》 for
# 《畜牧法》, a title too short for the one-character edits): only the
# National People's Congress makes a 法, and the data holds every law, so a title written as a law
# that the data does not know, and that holds a law's title in order with a few characters put in,
# names that law.  A title with characters left out (《招投标法》, 《保密法》) is the usual short name.
MAX_PUT_IN = 4


def _words_put_in(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    core = query[len(_STATE_NAME):] if query.startswith(_STATE_NAME) else query
    if (not core.endswith("法") or core.endswith("办法") or len(core) < 4 or _laws.place_prefix(core)
            or set(core) & (_NUMERALS | set("（）《》〈〉"))):
        return
    best: List[Tuple[str, str]] = []
    lengths = range(max(2, len(core) - MAX_PUT_IN), len(core))  # one character put in a short title too (《畜牧业法》)
    for form in data.forms_near(core, lengths):
        if form.startswith(_STATE_NAME) or not form.endswith("法") or not _subsequence(form, core):
            continue
        acts = data.lookup(form)
        if not acts or not all(a.kind in ("法律", "宪法") for a in acts):
            continue
        if best and len(form) < len(best[0][0]):
            continue
        if best and len(form) > len(best[0][0]):
            best = []
        best.append((form, _put_in(form, core)))
    for form, extra in best:
        right = _STATE_NAME + form if core is not query and data.known(_STATE_NAME + form) else form
        yield right, (f"多了“{extra}”", f"“{extra}” is too many")


def _subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(c in chars for c in short)


def _put_in(short: str, long: str) -> str:
    """The characters of ``long`` that ``short`` (a subsequence of it) does not hold, matched from the left."""
    extra, at = [], 0
    for char in long:
        if at < len(short) and char == short[at]:
            at += 1
        else:
            extra.append(char)
    return "".join(extra)


def _filler_misses(data: _laws.Catalog, query: str) -> Iterator[Tuple[str, Tuple[str, str]]]:
    """A filler word added to or dropped from the title of a law or regulation."""
    if _laws.place_prefix(query) or not _laws.split_kind(query)[1]:
        return
    for word in _FILLERS:
        at = query.find(word)
        while at >= 0:
            form = query[:at] + query[at + 2:]
            if len(form) >= MIN_FORM and _kind_ok(data, query, form, _NO_COUSINS):
                yield form, (f"多了“{word}”", f"“{word}” is too many")
            at = query.find(word, at + 1)
    stem = _laws.split_kind(query)[0]
    for at in range(1, len(stem) + 1):
        for word in _FILLERS:
            form = query[:at] + word + query[at:]
            if _kind_ok(data, query, form, _NO_COUSINS):
                yield form, (f"漏了“{word}”", f"“{word}” is missing")


def _display(data: _laws.Catalog, form: str) -> str:
    """A known form as the report should write it: the act's own title when the form is it."""
    for act in data.lookup(form):
        if _laws.normalize(act.title) == form:
            return act.title
    return form


def _choose(data: _laws.Catalog, found: List[Tuple[str, Tuple[str, str]]]) -> Optional[Tuple[str, Tuple[str, str]]]:
    """The one candidate to suggest: the only one, or the only one in force."""
    if len(found) == 1:
        return found[0]
    in_force = [f for f in found if any(a.status != "repealed" for a in data.lookup(f[0]))]
    return in_force[0] if len(in_force) == 1 else None


@rule(
    code="LL701",
    name="law-title",
    severity="warning",
    summary="引用的法律法规名称与已知名称差一字或用错“法”“条例”等称谓",
    summary_en="A cited title of a law or regulation that is one slip away from a known title",
    why=(
        "引用法律法规应使用其正式名称或通用简称（《行政处罚法》即《中华人民共和国行政处罚法》）。"
        "名称写错一字、漏字、多字、颠倒（包括两个词前后颠倒，如《诉讼行政法》），长名称漏了两个字（《政府信息条例》），"
        "法律名称中多出一个词（《水资源保护法》：只有全国人大及其常委会制定“法”，数据中收录了全部法律），或把“法”写成“条例”，"
        "或把部门规章的“规定”“办法”写成“条例”（《公安机关办理行政案件程序条例》：规章不得称“条例”），"
        "引用的就不是现行的任何一部法律法规。"
        "冠以“中华人民共和国”、以“法”结尾而数据中没有的名称（《中华人民共和国行政审批法》），在数据完整收录法律的年份"
        "（数据中最新一部法律之前的各年）的报告中也报告：这样的法律不存在；句中写明起草、草案、征求意见或立法调研的除外。"
        "其余只检查与已知名称仅差一处的写法；数据中没有的名称（地方性法规、规范性文件、规划、书名、新出台的法规）"
        "一律不报告，仅地名、年份或序号不同的名称是另一部法规；地方性法规略去地名的简称（《消防条例》）、"
        "写明为旧法的（原《行政监察条例》、从《行政监察条例》到《行政监察法》）、句中年份早于相近法律法规制定年份的，以及法律的“实施办法”"
        "（多为地方或旧时的实施性规定），也不报告。"
        "中央的法治规划（《法治政府建设实施纲要》《法治中国建设规划》《法治社会建设实施纲要》）写了它没有的规划期的"
        "（《法治中国建设规划（2021—2025年）》）或写成别的文种的（《法治政府建设实施意见（2021—2025年）》），也报告；"
        "冠以地名的同名地方规划和各地各部门的“实施方案”不在此列。"
        f"法规数据截至{AS_OF}（法律、行政法规、司法解释、部分部门规章、七省市地方性法规和报告常引的中央党内法规）；"
        "可在配置 extra-titles 中补充本地法规名称。"
    ),
    why_en=(
        "A cited act is named by its official title or its accepted short form (《行政处罚法》 for "
        "《中华人民共和国行政处罚法》). A title with one character changed, dropped, added or swapped, two words "
        "in the other order (《诉讼行政法》), two characters left out of a long title (《政府信息条例》), a word put "
        "into a law's title (《水资源保护法》: only the National People's Congress makes a 法, and the data holds "
        "every law), or with "
        "the wrong kind word (条例 for 法; 条例 for a ministry rule's 规定 or 办法: a ministry's rule is never "
        "a 条例, 《公安机关办理行政案件程序条例》), names no act in force. A 《中华人民共和国…法》 the data does not know is "
        "reported in a report on a year the data holds every law of (the years before its newest law): no such law exists, unless the sentence "
        "is on its drafting (草案, 征求意见, 立法调研). Otherwise only titles one slip away from a known title "
        "are reported; a title the data does not know (local regulations, normative documents, plans, books, "
        "acts newer than the data) never is, and a title that differs only in a place, a year or a number is "
        "another act; nor is a local act's title less its place (《消防条例》), a title named as a former act "
        "(原《行政监察条例》, 从《行政监察条例》到《行政监察法》) or in a sentence stating a year before the near act was made, or a law's 实施办法 "
        f"(a province's or an old implementing act). A central plan for the rule of law (法治政府建设实施纲要, 法治中国建设规划, "
        "法治社会建设实施纲要) cited with a period it does not have (法治中国建设规划（2021—2025年）) or as another kind of document "
        "(法治政府建设实施意见（2021—2025年）) is reported too; a local plan of the same name, with its place before it, "
        "and a 实施方案 (what a province or a department makes to carry a plan out) are not. Law data as of {AS_OF} (laws, administrative regulations, judicial interpretations, part "
        "of the ministry rules, local regulations of seven provinces, the central party regulations reports cite "
        "most); add your own titles with extra-titles."
    ),
    bad=[
        "开展《互联网上网服务经营场所管理条例》执法检查，检查网吧46家。",
        "认真贯彻《上海市优化营商环境法》，持续优化法治化营商环境。",
        "组织执法人员学习《中华人民共和国行政处罚条例（2021年修订）》。",
        "我局严格执行《中华人民共和国行政许可证法》，全面清理行政许可事项。",
        "认真贯彻落实《中华人民共和国反垄断条例》，开展公平竞争审查。",
        "依据《行政出罚法》规定，对3起案件依法作出不予处罚决定。",
        "严格按照《公安机关办理行政案件程序条例》办理治安案件。",
        "组织执法人员学习《矿产法》，全年查处非法采矿案件6起。",
        "深入学习《重大行政决策程序条例》，规范重大行政决策程序。",
        "修订《城市市容与环境卫生管理条例》配套制度。",
        "对照《优化营商境环条例》要求，持续优化政务服务。",
        "组织全体执法人员学习新修订的《中华人民共和国行政复义法》。",
        "贯彻实施《中华人民共和国政府息信公开条例》，全年主动公开信息1200余条。",
        "严格落实《中华人民共和国安全生产管理法》，开展安全生产大检查。",
        "贯彻落实《中华人民共和国土地管理法实施例条》，规范集体土地征收程序。",
        "组织学习《中华人民共和国刑法修案正（十一）》，开展警示教育。",
        "按照《党政主要负责人履行推进法治政府建设第一责任人职责规定》要求，局长带头述法。",
        "根据《法治政府建设与责任落实督查工作规定》，按时公开年度报告。",
        "依法做好《中华人民共和国诉讼行政法》规定的行政机关负责人出庭应诉工作。",
        "根据《法治政府建设与责任落实督察工作条例》要求，现将我局2023年法治政府建设情况报告如下。",
        "严格执行《领导干部干预司法活动、插手具体案件处理的记录、通报和责任追究条例》。",
        "局党组认真落实《党委（党组）全面从严治党主体责任规定》，定期研究党风廉政建设。",
        "按照《党政主要负责人履行推进法治建设一第责任人职责规定》要求，主要负责人带头述法。",
        "结合“中国水周”，深入宣传《水资源保护法》，发放宣传资料3000余份。",
        "严格执行《中华人民共和国政府信息条例》，全年依申请公开答复率100%。",
        "2023年，依据《中华人民共和国消防条例》查处消防违法行为42起。",
        "依据《中华人民共和国工伤保险条例》做好工伤认定工作。",
        "依据《中华人民共和国殡葬管理办法》开展殡葬领域专项整治。",
        "2023年，严格执行《中华人民共和国行政审批法》，加大简政放权力度。",
        "2024年，深入实施《中华人民共和国民间调解法》，全年调解纠纷1,326件。",
        "贯彻落实中共中央、国务院《法治政府建设实施纲要（2016—2020年）》，制定年度重点工作任务清单。",
        "紧扣《法治政府建设实施意见（2021—2025年）》目标任务，逐项抓好落实。",
        "认真贯彻《法治中国建设实施纲要（2021—2025年）》，逐项抓好落实。",
        "深入贯彻《法治中国建设规划（2021—2025年）》，全面落实法治社会建设实施纲要（2020-2026年）。",
    ],
    good=[
        "贯彻《中华人民共和国森林法实施条例》和《互联网上网服务营业场所管理条例》。",
        "贯彻落实《上海市优化营商环境条例》和《浙江省实施〈中华人民共和国道路交通安全法〉办法》。",
        "我局严格执行《中华人民共和国行政许可法》，全面清理行政许可事项。",
        "依据《行政处罚法》规定，对3起案件依法作出不予处罚决定。",
        "严格按照《公安机关办理行政案件程序规定》办理治安案件，落实《娱乐场所管理条例》和《娱乐场所管理办法》。",
        "认真学习《中华人民共和国宪法修正案》和《中华人民共和国刑法修正案》。",
        "深入学习《重大行政决策程序暂行条例》，规范重大行政决策程序。",
        "印发《某区行政执法公示办法》《2023年普法依法治理工作要点》。",
        "贯彻《山西省城市市容和环境卫生管理条例》，开展市容整治。",
        "认真学习《法治政府建设实施纲要（2021—2025年）》和《习近平法治思想学习纲要》。",
        "落实《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》有关规定。",
        "开展《中华人民共和国会计法》《中华人民共和国统计法》宣传。",
        "执行《林业行政处罚程序规定》，规范执法程序。",
        "组织学习《行政许可》专题课件。",
        "贯彻落实《中华人民共和国土地管理法实施条例》，规范集体土地征收程序。",
        "组织学习《中华人民共和国刑法修正案（十一）》，开展警示教育。",
        "按照《党政主要负责人履行推进法治建设第一责任人职责规定》要求，局长带头述法。",
        "印发《贵州省贯彻落实〈党政主要负责人履行推进法治建设第一责任人职责规定〉实施办法》学习材料。",
        "执行《药品进口管理办法》，做好进口药品的备案和口岸检验。",
        "区委制定出台《党政主要负责人履行推进法治建设第一责任人职责实施细则》，明确述法要求。",
        "根据《法治政府建设与责任落实督察工作规定》要求，现将我局2023年法治政府建设情况报告如下。",
        "组织党员干部学习《中国共产党纪律处分条例》和《中华人民共和国监察法实施条例》。",
        "认真落实《党委（党组）落实全面从严治党主体责任规定》，压实管党治党责任。",
        "开展《水污染防治法》《水土保持法》执法检查，查处违法案件4起。",
        "开展《招投标法》《保密法》专题学习，提升机关干部依法办事能力。",
        "1998年，县工商局依据《中华人民共和国经济合同法》调处合同纠纷12起。",
        "1990年，县司法局依照《公证暂行条例》办理合同公证320件。",
        "结合“119”消防宣传月，深入宣传《消防条例》，检查人员密集场所86家。",
        "1985年，县政府依据《中华人民共和国消防条例》组建专职消防队。",
        "原《行政监察条例》规定的监察事项，现已纳入监察法调整范围。",
        "2023年，严格执行《药品管理法实施办法》，规范药品经营许可。",
        "展板回顾了从《行政监察条例》到《行政监察法》再到《监察法》的立法历程。",
        "严格执行《中华人民共和国政府信息公开条例》和《工伤保险条例》。",
        "贯彻《中华人民共和国道路交通安全法实施条例》，查处交通违法行为。",
        "2023年，积极参与《中华人民共和国社会救助法（草案）》征求意见，提出修改建议12条。",
        "2024年，配合开展《中华人民共和国行政执法程序法》立法调研，报送典型案例5件。",
        "2023年，学习《中华人民共和国行政许可法》《中华人民共和国行政处罚法》，培训执法人员120人次。",
        "组织学习《中华人民共和国行政审批法》讲义。",
        "对照《法治政府建设实施纲要（2015-2020年）》《法治中国建设规划（2020—2025年）》，落实《广东省法治政府建设实施纲要"
        "（2016—2020年）》和我市法治政府建设实施纲要（2016—2020年）。",
        # a department's own plan to carry the central one out
        "印发《法治政府建设实施方案（2021—2025年）》，逐项分解任务。",
    ],
    fixable="unsafe",
    claims="所引名称（其中的错字不再另行报告）",
    claims_en="the cited title (a typo in it is not reported again)",
    precedence=20,
)
def law_title(doc: Document) -> Iterator[Finding]:
    yield from _plan_periods(doc)
    found = citations(doc)
    if not found:
        return
    data = catalog(doc)
    seen = {}
    for citation in found:
        if citation.acts:
            if citation.key.startswith(_STATE_NAME) and not data.known(citation.key):
                added = list(_state_name_added(data, citation.key))
                if added:
                    yield _finding(data, citation, added)
            continue
        if data.noted(citation.key):
            continue  # 《中华人民共和国宪法修正案》: the act, its year's note left out
        if citation.key not in seen:
            seen[citation.key] = _near_misses_noted(data, citation.key)
        candidates, note = seen[citation.key]
        if not candidates:
            if _no_such_law(doc, data, citation):
                yield _unknown_law_finding(data, citation)
            continue
        if _another_act(doc, data, citation, candidates):
            continue
        yield _finding(data, citation, candidates, note)


def _plan_periods(doc: Document) -> Iterator[Finding]:
    """A central plan for the rule of law cited with a period it does not have, or as another kind of
    document (checks/_plans.py)."""
    if "《法治" in doc.folded:
        for wrong in _plans.wrong_kinds(doc.folded):
            shown = doc.text[wrong.start:wrong.end]
            yield Finding(
                wrong.start, wrong.end,
                Msg(f"“{wrong.subject}{shown}”不是中央文件的名称：应为《{wrong.subject}{wrong.right}》",
                    f"the central plan is 《{wrong.subject}{wrong.right}》, not {wrong.subject}{shown}"),
                help=Msg(f"写作《{wrong.subject}{wrong.right}》", f"write 《{wrong.subject}{wrong.right}》"),
                fix=Fix((Edit(wrong.start, wrong.end, wrong.right),), safe=False,
                        description=Msg(f"改为“{wrong.right}”", f"write {wrong.right}")),
                claims=((wrong.start, wrong.end),),
            )
    if "纲要" not in doc.folded and "规划" not in doc.folded:
        return
    for wrong in _plans.wrong_periods(doc.folded):
        written = f"{wrong.written[0]}—{wrong.written[1]}"
        right = f"{wrong.right[0]}—{wrong.right[1]}"
        yield Finding(
            wrong.start, wrong.end,
            Msg(f"《{wrong.plan}》没有{written}年这一期：应为“{right}年”",
                f"《{wrong.plan}》 has no period {written}: it is {right}"),
            help=Msg(f"核对规划期，写作《{wrong.plan}（{right}年）》", f"check the period: 《{wrong.plan}（{right}年）》"),
            fix=Fix((Edit(wrong.start, wrong.end, f"{wrong.right[0]}{doc.text[wrong.start + 4:wrong.end - 4]}{wrong.right[1]}"),),
                    safe=False, description=Msg(f"改为“{right}”", f"write {right}")),
            claims=((wrong.start, wrong.end),),
        )


# The data holds every law the National People's Congress and its Standing Committee made, up to
# its newest one (reference/laws/README.md, "Coverage"): a 《中华人民共和国…法》 it does not know, in a
# report on a year before that one, names no law, whatever its distance from a real title
# (《中华人民共和国行政审批法》 made up from 行政许可法's words).
def _laws_whole_through(data: _laws.Catalog) -> int:
    """The last year the data holds every law of: the year before its newest law's."""
    newest = max((act.latest_version or act.promulgated or act.effective or "")
                 for act in data.acts() if act.kind == "法律")
    return int(newest[:4]) - 1 if newest else 0


# A law still being made is named by its coming title: in a sentence on drafting, a consultation or
# a legislative plan the title need not exist yet.
_LAW_IN_MAKING = lazy(r"草案|征求意见|立法|起草|制定|审议|修改|修订|建议稿|调研|列入|提请|出台|颁布|通过")


def _no_such_law(doc: Document, data: _laws.Catalog, citation: Citation) -> bool:
    key = citation.key
    if not key.startswith(_STATE_NAME) or key != _without_notes(key) or not _called_a_law(key):
        return False
    if len(key) - len(_STATE_NAME) < 3 or data.known(key) or data.known(key[len(_STATE_NAME):]):
        return False
    year = document_year(doc) or latest_year(doc)
    if year is None or year > _laws_whole_through(data) or named_former(doc, citation):
        return False
    begin, end = sentence_of(doc, citation.start, citation.end)
    return not _LAW_IN_MAKING.search(doc.folded, begin, end)


def _nearest_law(data: _laws.Catalog, key: str) -> Optional[str]:
    """The one law whose title is most like ``key`` past 中华人民共和国, if it shares most of it."""
    import difflib

    wanted = key[len(_STATE_NAME):]
    scored = sorted(((difflib.SequenceMatcher(None, wanted, act.title[len(_STATE_NAME):]).ratio(), act.title)
                     for act in data.acts() if act.kind == "法律" and act.title.startswith(_STATE_NAME)
                     and not act.status), reverse=True)
    if scored and scored[0][0] >= 0.75 and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return scored[0][1]
    return None


def _unknown_law_finding(data: _laws.Catalog, citation: Citation) -> Finding:
    written = f"《{citation.text}》"
    nearest = _nearest_law(data, citation.key)
    hint = (Msg(f"核对原文；所指的可能是《{nearest}》", f"check the source; 《{nearest}》 may be meant") if nearest
            else Msg("核对原文，写出所引法律的正式名称", "check the source and write the law's official title"))
    return Finding(
        citation.start, citation.end,
        Msg(f"{written}不是已知的法律名称：全国人大及其常委会没有制定过这部法律{data_note()}",
            f"{written} is not the title of a known law: the National People's Congress made no such law"
            f"{data_note('en')}"),
        help=hint,
        claims=((citation.start, citation.end),),
    )


# A title that opens a succession of acts: 从《行政监察条例》到《行政监察法》.
_TO_NEXT = lazy(r"^[^，。；！？\n]{0,12}?(?:到|至|再到|发展为|上升为)《")


def _succeeded(doc: Document, citation: Citation) -> bool:
    folded = doc.folded
    return folded[max(0, citation.start - 1):citation.start] == "从" and bool(
        _TO_NEXT.match(folded[citation.end:citation.end + 16]))


def _made(act: _laws.Act) -> str:
    """When an act was made, as far as the data tells: its promulgation, else its first order, else
    its entry into force ("" when the data knows none)."""
    return act.promulgated or min((d.date for d in act.decrees if d.date), default="") or act.effective


def _another_act(doc: Document, data: _laws.Catalog, citation: Citation, candidates) -> bool:
    """Does the text show that a title one slip from a known act names another act the data lacks?

    - a local act's short name: the title of a local act less its place (《消防条例》 for
      上海市消防条例, 浙江省消防条例 …): a local report names its own province's act so, and
      the data holds the local acts of seven provinces only;
    - a former act: named as one (原《行政监察条例》, 当时的…), or as the first of a succession
      (从《行政监察条例》到《行政监察法》), or in a sentence that states a
      year before every act it is one slip from was made (1990年，国务院发布《行政监察条例》:
      the 行政监察法 of 1997 cannot be meant; the old 条例 the data lacks is).
    """
    if data.local_tail(citation.key) or named_former(doc, citation) or _succeeded(doc, citation):
        return True
    made = [_made(a) for form, _ in candidates for a in data.lookup(form)]
    if not made or not all(made):
        return False
    begin, end = sentence_of(doc, citation.start, citation.end)
    first = int(min(made)[:4])
    return any(year < first for year, ongoing in sentence_years(doc, begin, end) if not ongoing)


def _near_misses_noted(data: _laws.Catalog, key: str) -> Tuple[List[Tuple[str, Tuple[str, str]]], str]:
    """Near misses of a title, and the version note it carries (《…条例（2021年修订）》 is judged
    as 《…条例》: the note dates the text, it is no part of the name)."""
    candidates = near_misses(data, key)
    if candidates or not key.endswith("）"):
        return candidates, ""
    note = VERSION_NOTE.search(key)
    if note is None or note.end() - note.start() <= 2:
        return [], ""
    return near_misses(data, key[:note.start()]), note.group()


def _finding(data: _laws.Catalog, citation, candidates, note: str = "") -> Finding:
    written = f"《{citation.text}》"
    chosen = _choose(data, candidates)
    if chosen is None:
        names = "、".join(f"《{_display(data, form)}》" for form, _ in candidates[:3])
        return Finding(
            citation.start, citation.end,
            Msg(f"{written}不是已知的法律法规名称，与{names}都只差一处{data_note()}",
                f"{written} is not the title of a known act; it is one slip from {names}{data_note('en')}"),
            help=Msg("核对原文，写出所引法律法规的正式名称", "check the source and write the act's official title"),
            claims=((citation.start, citation.end),),
        )
    form, (zh, en) = chosen
    right = _display(data, form) + note
    return Finding(
        citation.start, citation.end,
        Msg(f"{written}不是已知的法律法规名称：{zh}{data_note()}",
            f"{written} is not the title of a known act: {en}{data_note('en')}"),
        help=Msg(f"改为《{right}》", f"write 《{right}》"),
        fix=Fix((Edit(citation.inner_start, citation.inner_end, right),), safe=False,
                description=Msg(f"改为《{right}》", f"write 《{right}》")),
        claims=((citation.start, citation.end),),
    )
