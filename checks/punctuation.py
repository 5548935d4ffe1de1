"""Punctuation of running text: the width of the marks, and how a paragraph ends.

GB/T 15834-2011 gives Chinese text full-width marks (，；：？！（）) and ends a
sentence with a 点号.  Web conversion turns full-width marks into half-width
ones, usually all of them at once: then the document gets one finding with
the count (and one safe fix for all of them), not hundreds.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from typing import Callable, Dict, Iterator, List, Optional, Set, Tuple

from lintlaw.checks._breaks import broken_pairs, hard_wrapped, unstopped_items
from lintlaw.checks._chrome import chrome_links, last_report_paragraph, residue_paragraphs
from lintlaw.checks._cutoff import cut_off
from lintlaw.checks._layout import (
    OPEN,
    SEPARATOR,
    body_like,
    bracketed_note,
    caption_tail,
    counter_tail,
    spaced_table_row,
    end_states,
    first_text_paragraph,
    fused_heading,
    page_headline,
    page_joined_heading,
    is_list_item,
    is_page_number,
    keyword_line,
    tail_start,
    text_end,
    title_like,
)
from lintlaw.document import Document, Heading, Paragraph
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule
from lintlaw.wording import quote

# --------------------------------------------------------------------------
# punctuation-width
# --------------------------------------------------------------------------

_HALF = lazy(r"[,;:?!()]")
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_KIND = {",": "comma", ";": "semicolon", ":": "colon", "?": "question", "!": "exclamation", "(": "paren", ")": "paren"}
_KIND_OF_FULL = {"，": "comma", "；": "semicolon", "：": "colon", "？": "question", "！": "exclamation", "（": "paren", "）": "paren"}
_KIND_NAMES = {
    "comma": Msg("逗号", "commas"),
    "semicolon": Msg("分号", "semicolons"),
    "colon": Msg("冒号", "colons"),
    "question": Msg("问号", "question marks"),
    "exclamation": Msg("叹号", "exclamation marks"),
    "paren": Msg("括号", "parentheses"),
}
_KIND_ORDER = ("comma", "semicolon", "colon", "question", "exclamation", "paren")

# Chinese on a side of a mark: an ideograph, or a full-width mark or quote.
_CHINESE = lazy(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201f\u2026\u2014]")
_ASCII_WORD = lazy(r"[A-Za-z0-9.]")
# Stretches whose marks belong to something else: web addresses, e-mail, HTML
# entities (&nbsp;), Markdown images, runs of ?? left by a lost encoding.
_SKIP = lazy(
    r"(?:https?|ftp)://[!-~]+|www\.[!-~]+|"
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|&#?[A-Za-z0-9]{1,8};|!\[|\?{2,}",
    re.I,
)
# "1)" or "a)" opening a list item: a marker, not a bracket.
_LIST_CLOSE = lazy(r"(?:^|[\s，。；：、,;:])[0-9A-Za-z]{1,2}$")  # on the 3 characters before ")"
_SPACE = " \t\u3000\xa0"
_LATIN = lazy(r"[A-Za-z]")
# "(1)认真落实…": an outline number of a Chinese heading, GB/T 9704's （1）.
_OUTLINE_NUMBER = lazy(r"\(\d{1,2}\)[\u3400-\u9fff“《]")


def _neighbour(text: str, index: int, step: int) -> int:
    """Index of the nearest non-space character before (step -1) or after (step 1) ``index``, or -1."""
    index += step
    while 0 <= index < len(text) and text[index] in _SPACE:
        index += step
    return index if 0 <= index < len(text) else -1


_PAREN = lazy(r"[()]")


def _paren_pairs(text: str) -> Tuple[Dict[int, int], Dict[int, int]]:
    """Matched ASCII ( ) of a paragraph (both directions), and for each paren
    the number of Chinese stretches before it, so that whether a pair holds
    Chinese is a subtraction however deep the nesting."""
    partners: Dict[int, int] = {}
    stack: List[int] = []
    chinese_before: Dict[int, int] = {}
    seen, previous = 0, 0
    for match in _PAREN.finditer(text):
        index = match.start()
        if _CHINESE.search(text, previous, index):
            seen += 1
        chinese_before[index] = seen
        previous = index + 1
        if text[index] == "(":
            stack.append(index)
        elif stack:
            opener = stack.pop()
            partners[opener] = index
            partners[index] = opener
    return partners, chinese_before


def _mark_is_chinese(text: str, index: int, follows_chinese_mark: Callable[[int], bool]) -> bool:
    """Is the half-width ,;:?! (or unpaired bracket) at ``index`` Chinese punctuation?

    ``follows_chinese_mark(i)`` tells whether the mark at ``i`` (before this
    one) was already read as Chinese.
    """
    at_before, at_after = _neighbour(text, index, -1), _neighbour(text, index, 1)
    if at_before >= 0 and follows_chinese_mark(at_before):
        return True  # "(积分任务为2400分),2018年": after a mark already read as Chinese
    before = text[at_before] if at_before >= 0 else ""
    after = text[at_after] if at_after >= 0 else ""
    if _ASCII_WORD.fullmatch(before or "x") and _ASCII_WORD.fullmatch(after or "x"):
        return False  # 10:30, 1,234, e.g., a Latin phrase
    spaced = index + 1 < len(text) and text[index + 1] in _SPACE
    if spaced and ((after and _LATIN.fullmatch(after)) or (before and _LATIN.fullmatch(before))):
        return False  # English spacing: "…〔2021〕9号; a heading", "GDP, 同比"
    return bool((before and _CHINESE.match(before)) or (after and _CHINESE.match(after)))


def half_width_marks(para: Paragraph) -> List[int]:
    """Offsets (in the paragraph) of half-width ,;:?!() used as Chinese punctuation."""
    text = para.text
    if not _HALF.search(text):
        return []
    skipped: Set[int] = set()
    for match in _SKIP.finditer(text):
        skipped.update(range(match.start(), match.end()))
    pairs: Optional[Tuple[Dict[int, int], Dict[int, int]]] = None
    out: List[int] = []

    def after_last(at: int) -> bool:
        return bool(out) and out[-1] == at

    for match in _HALF.finditer(text):
        index, char = match.start(), match.group(0)
        if index in skipped:
            continue
        if char in "()":
            if pairs is None:
                pairs = _paren_pairs(text)
            verdict = _bracket_verdict(text, index, pairs)
            if verdict is not None:
                if verdict:
                    out.append(index)
                continue
        if _mark_is_chinese(text, index, after_last):
            out.append(index)
    return out


def _bracket_verdict(text: str, index: int, pairs: Tuple[Dict[int, int], Dict[int, int]]) -> Optional[bool]:
    """Is the bracket at ``index`` of a paragraph Chinese (True), not (False), or
    to be judged like any other mark (None: unpaired)?"""
    partner = pairs[0].get(index)
    if partner is not None:
        # A pair is Chinese when it holds Chinese: (一), (试行); (GDP), (2021) stay.
        a, b = sorted((index, partner))
        return pairs[1][b] > pairs[1][a] or (a == 0 and _OUTLINE_NUMBER.match(text) is not None)
    if text[index] == ")" and _LIST_CLOSE.search(text[max(0, index - 3):index]):
        return False  # "1)" opening a list item
    return None


# The document-wide scan below gives the same marks as ``half_width_marks`` on
# every paragraph, without a Python step per mark in the usual cases (a web
# conversion leaves tens of thousands of marks in a long report).
_CHINESE_NEIGHBOUR = r"[\u3400-\u9fff\uf900-\ufaff\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\u2018-\u201f\u2026\u2014]"
# ,;:?! touching Chinese with no space after it is Chinese punctuation, whatever else holds.
_SURE_MARK = lazy(
    r"[,;:?!](?:(?=" + _CHINESE_NEIGHBOUR + r")|(?<=" + _CHINESE_NEIGHBOUR + r".)(?![" + _SPACE + r"]))"
)
_UNSURE_MARK = lazy(
    r"[,;:?!](?!" + _CHINESE_NEIGHBOUR + r")(?:(?<!" + _CHINESE_NEIGHBOUR + r".)|(?=[" + _SPACE + r"]))"
)
# A bracket pair with no bracket inside: the stack pairs it in every case.
_INNER_PAIR = lazy(r"\([^()\n]*\)")
# Text every _SKIP stretch holds (www. in any case): paragraphs with one take the
# paragraph-by-paragraph path.  Plain substring searches: far faster than a regex.
_SKIP_ANCHORS = ("://", "@", "&", "![", "??", "w.", "W.")


def _skip_anchors(text: str) -> Iterator[int]:
    for anchor in _SKIP_ANCHORS:
        at = text.find(anchor)
        while at >= 0:
            yield at
            at = text.find(anchor, at + 1)


def _lone_brackets(text: str, pairs: List[Tuple[int, int]]) -> List[int]:
    """Offsets of the ( ) outside the given pairs (spans in text order)."""
    out: List[int] = []
    previous = 0
    for start, end in pairs + [(len(text), len(text))]:
        for bracket in "()":
            at = text.find(bracket, previous, start)
            while at >= 0:
                out.append(at)
                at = text.find(bracket, at + 1, start)
        previous = end
    out.sort()
    return out


def _document_marks(doc: Document, residue: Set[int]) -> List[int]:
    """Offsets (in ``doc.text``) of every half-width mark used as Chinese punctuation,
    outside the paragraphs in ``residue``; in text order."""
    text = doc.text
    paras = doc.paragraphs
    if not _HALF.search(text):
        return []
    starts = [p.start for p in paras]

    def paragraph_at(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    # Paragraphs judged one by one: those that may hold a web address or the like.
    slow: Set[int] = {paragraph_at(at) for at in _skip_anchors(text)}
    sure = [m.start() for m in _SURE_MARK.finditer(text)]
    brackets: List[int] = []
    pairs = [match.span() for match in _INNER_PAIR.finditer(text)]
    for a, end in pairs:
        b = end - 1
        if _CHINESE.search(text, a + 1, b) or (
                _OUTLINE_NUMBER.match(text, a) and paras[paragraph_at(a)].start == a):
            brackets.extend((a, b))
    unsure = [m.start() for m in _UNSURE_MARK.finditer(text)]
    if 2 * len(pairs) < text.count("(") + text.count(")"):
        # Nested or unbalanced brackets: pair them paragraph by paragraph.
        by_paragraph: Dict[int, List[int]] = {}
        for offset in _lone_brackets(text, pairs):
            by_paragraph.setdefault(paragraph_at(offset), []).append(offset)
        for index, offsets in by_paragraph.items():
            if index in slow:
                continue
            para = paras[index]
            para_pairs = _paren_pairs(para.text)
            for offset in offsets:
                verdict = _bracket_verdict(para.text, offset - para.start, para_pairs)
                if verdict is None:
                    unsure.append(offset)
                elif verdict:
                    brackets.append(offset)
        unsure.sort()
    judged: List[int] = []
    if unsure:
        chinese = set(sure)
        chinese.update(brackets)
        for index in unsure:
            if _mark_is_chinese(text, index, chinese.__contains__):
                chinese.add(index)
                judged.append(index)
    found = sorted(sure + brackets + judged) if (brackets or judged) else sure
    dropped = sorted((paras[i].start, paras[i].end) for i in slow | residue)
    if dropped:
        kept: List[int] = []
        position = 0
        for start, end in dropped:
            low = bisect.bisect_left(found, start, position)
            kept.extend(found[position:low])
            position = max(position, bisect.bisect_left(found, end, low))
        kept.extend(found[position:])
        for index in sorted(slow - residue):
            para = paras[index]
            kept.extend(para.start + i for i in half_width_marks(para))
        found = sorted(kept)
    return found


def _line_edits(text: str, offsets: List[int]) -> List[Edit]:
    """The marks at ``offsets`` (in order) made full-width: one edit a line, from its
    first mark to its last.

    A converted report holds tens of thousands of marks; an edit each cost more to
    build, place and write out than the rest of the rule.  A line's stretch is
    rewritten with str.replace when every half-width mark in it is to change (the
    usual case), and piece by piece when some must stay (10:30, a web address).
    """
    out: List[Edit] = []
    i, n = 0, len(offsets)
    while i < n:
        first = offsets[i]
        line_end = text.find("\n", first)
        j = bisect.bisect_left(offsets, line_end if line_end >= 0 else len(text), i)
        last = offsets[j - 1]
        stretch = text[first:last + 1]
        if j - i == 1:
            content = _FULL[stretch]
        elif sum(map(stretch.count, _FULL)) == j - i:
            content = stretch
            for half, full in _FULL.items():
                if half in content:
                    content = content.replace(half, full)
        else:
            pieces = []
            for k in range(i, j):
                at = offsets[k]
                pieces.append(_FULL[text[at]])
                if k + 1 < j:
                    pieces.append(text[at + 1:offsets[k + 1]])
            content = "".join(pieces)
        out.append(Edit(first, last + 1, content))
        i = j
    return out


def _counts(counted: Counter) -> Tuple[str, str]:
    zh = "、".join(f"{_KIND_NAMES[k].zh}{counted[k]}处" for k in _KIND_ORDER if counted[k])
    en = ", ".join(f"{counted[k]} {_KIND_NAMES[k].en}" for k in _KIND_ORDER if counted[k])
    return zh, en


_HELP = Msg(
    "中文里改用全角标点：，；：？！（）（数字中的 10:30、1,234 和网址不变）",
    "use full-width marks in Chinese text: ，；：？！（） (10:30, 1,234 and web addresses stay as they are)",
)


@rule(
    code="LL402",
    name="punctuation-width",
    severity="warning",
    summary="中文里用了半角标点 , ; : ? ! ( )，或全文全角、半角混用",
    summary_en="Half-width , ; : ? ! ( ) in Chinese text, or a document mixing both widths",
    why=(
        "GB/T 15834-2011《标点符号用法》：中文横排文本的点号和括号占一个汉字位置，用全角形式（，；：？！（））；"
        "半角符号只用于外文、数字（10:30、1,234）和网址。网页转换常把全文标点变成半角。"
    ),
    why_en=(
        "GB/T 15834-2011 (标点符号用法): in horizontal Chinese text the marks and brackets take a full character "
        "cell, i.e. the full-width forms ，；：？！（）; half-width marks belong to foreign text, numbers (10:30, "
        "1,234) and addresses. Web conversion often turns every mark of a report half-width."
    ),
    bad=[
        "全年办理行政复议案件12件,同比增长20%。",
        "主要做法如下:一是健全制度;二是强化监督。",
        "(一)加强组织领导\n成立以局长为组长的法治建设领导小组。",
        "印发《法治政府建设实施纲要(2021—2025年)》。",
        "这难道符合依法行政的要求吗?我们必须坚决纠正!",
        "2023年,我局认真贯彻落实上级部署。",
        "全年开展普法活动36场次，覆盖群众1.2万人次。\n组织执法人员培训6次,参训人员覆盖全部执法队伍。\n完善行政执法公示制度，公示率达100%。",
        "出庭应诉率达100%,较上年提高15个百分点。",
        "聘请法律顾问(常年)2名，全年审查合同30份。",
    ],
    good=[
        "全年办理行政复议案件12件，同比增长20%。",
        "会议于上午10:30召开，共审议议题1,234项中的5项。",
        "详见政府门户网站 http://www.example.gov.cn/index.html?id=1,2 的公示。",
        "推广政府和社会资本合作(PPP)模式，全年签约项目3个。",
        "1)健全制度；\n2)强化监督；\n3)加强培训。",
        "引入国际通行做法(e.g., ISO 37301)。",
        "《法治政府建设实施纲要（2021—2025年）》明确了工作目标。",
        "索引号：11500106709335764X/2022-00118\n发布机构:某区城市管理局 生成日期:2022-01-25\n全年办理行政复议案件12件。",
        "GDP同比增长5.2%，完成年度目标。",
        "加强与公安、市场监管等部门的执法联动。",
    ],
    fixable="safe",
)
def punctuation_width(doc: Document) -> Iterator[Finding]:
    residue = residue_paragraphs(doc)
    marks = _document_marks(doc, residue)
    if not marks:
        return
    text = doc.text
    full: Counter = Counter()
    for mark, kind in _KIND_OF_FULL.items():
        full[kind] += text.count(mark)
    for index in residue:
        full.subtract(_KIND_OF_FULL[c] for c in doc.paragraphs[index].text if c in _KIND_OF_FULL)
    chars = "".join(map(text.__getitem__, marks))
    half: Counter = Counter()
    for char in _FULL:
        half[_KIND[char]] += chars.count(char)
    half = +half  # drop the kinds with no mark
    # A kind written half-width more often than full-width is the document's
    # habit (a web conversion): one finding for all of it.  Otherwise the
    # half-width marks are slips, reported paragraph by paragraph.
    habit = {k for k in half if half[k] > full[k]}
    habit_chars = "".join(c for c in _FULL if _KIND[c] in habit)
    every_mark_habit = len(habit) == len(half)

    def edits(offsets: List[int]) -> List[Edit]:
        # A slip's paragraph holds a few marks: an edit each (the document-wide fix
        # above is one edit a line).
        return [Edit(i, i + 1, _FULL[text[i]]) for i in offsets]

    if habit:
        chosen = marks if every_mark_habit else [i for i in marks if text[i] in habit_chars]
        zh, en = _counts(Counter({k: half[k] for k in habit}))
        full_count = sum(full[k] for k in habit)
        if full_count:
            zh_tail, en_tail = f"，全角只有{full_count}处", f"; only {full_count} are full-width"
        else:
            zh_tail, en_tail = "", ""
        count = len(chosen)
        yield Finding(
            chosen[0],
            chosen[0] + 1,
            Msg(f"全文中文里用了半角标点：共{count}处（{zh}）{zh_tail}",
                f"the document uses half-width punctuation in Chinese text: {count} marks ({en}){en_tail}"),
            help=_HELP,
            fix=Fix(tuple(_line_edits(text, chosen)), safe=True,
                    description=Msg(f"把{count}处半角标点改为全角", f"make {count} marks full-width")),
        )
    if every_mark_habit:
        return
    slips = [i for i in marks if text[i] not in habit_chars] if habit else marks
    if not slips:
        return
    starts = [p.start for p in doc.paragraphs]
    by_paragraph: Dict[int, List[int]] = {}
    for offset in slips:
        by_paragraph.setdefault(bisect.bisect_right(starts, offset) - 1, []).append(offset)
    for index, offsets in by_paragraph.items():
        zh, en = _counts(Counter(_KIND[text[i]] for i in offsets))
        shown = "".join(dict.fromkeys(text[i] for i in offsets))
        yield Finding(
            offsets[0],
            offsets[-1] + 1,
            Msg(f"半角标点“{shown}”夹在中文里（本段{zh}），全文其余地方用全角",
                f"half-width “{shown}” in Chinese text ({en} in this paragraph); the rest of the document is full-width"),
            help=_HELP,
            fix=Fix(tuple(edits(offsets)), safe=True,
                    description=Msg("改为全角标点", "make the marks full-width")),
        )


# --------------------------------------------------------------------------
# paragraph-end
# --------------------------------------------------------------------------

_TAIL_TITLE_LIMIT = 20
_SENTENCE_END_MARK = lazy(r"[。！？][”’」』）)\"']*[ \t\u3000\xa0]*")


def _title_like_tail(para: Paragraph, core: str) -> Optional[int]:
    """Offset of a short, unpunctuated phrase after the paragraph's last sentence, or None."""
    last = max(core.rfind("。"), core.rfind("！"), core.rfind("？"))
    if last < 0:
        return None
    start = _SENTENCE_END_MARK.match(core, last).end()
    tail = core[start:]
    if not 4 <= len(tail) <= _TAIL_TITLE_LIMIT or any(mark in tail for mark in "，、；：“”（）《》"):
        return None
    return start


def _fused_heading_finding(doc: Document, para: Paragraph, fused: int, end: int) -> Finding:
    heading = doc.text[para.start + fused:end]
    gap = fused
    while gap > 0 and para.folded[gap - 1] in " \t\u3000\xa0":
        gap -= 1
    return Finding(
        para.start + fused,
        end,
        Msg(f"标题“{heading}”连在上一段的末尾", f"the heading “{heading}” is stuck to the end of the paragraph"),
        help=Msg(f"在“{heading}”前换行，让标题单独成行（不要加句号）",
                 f"start a new line before “{heading}” so that the heading stands on its own (no full stop)"),
        fix=Fix((Edit(para.start + gap, para.start + fused, "\n"),), safe=False,
                description=Msg("标题另起一行", "put the heading on its own line")),
    )


# "……更好结合。〔责任单位：各县交通运输局〕": a task list's item ends with its sentence's
# stop and then a bracketed note (责任单位, 牵头单位, 完成时限); the paragraph is complete.
_NOTE_AFTER_STOP = lazy(
    r"[。！？；](?:〔[^〔〕]*〕|【[^【】]*】|\[[^\[\]]*\]|（[^（）]*(?:（[^（）]*）[^（）]*)*）)$"
)
# A title set over two lines breaks after a pause: its first line ends in ，or 、 and is short.
_TITLE_LINE = 40


_EIGHT_CJK = lazy(r"(?:[^\u3400-\u9fff\uf900-\ufaff]*[\u3400-\u9fff\uf900-\ufaff]){8}")


# A count or the words of a sentence that reports what was done: a numbered line holding one
# is an item that lost its stop, not a heading ("（三）全年组织培训6期，合格率100%").
_COUNTED = r"\d+(?:\.\d+)?\s*(?:%|％|[个件人次项家名起份条户台座处批场倍位卷宗篇辆套本册张所万亿元余多期])"
_ITEM_REPORTS = lazy(_COUNTED + r"|了|均|已经|全年|其中|累计|共计")
_ITEM_COUNT = lazy(_COUNTED)
_HEADING_PHRASE = 30
_HEADING_PHRASES = 6
_HEADING_BODY = 90


def _heading_before_body(doc: Document, para: Paragraph, heading: Optional[Heading]) -> bool:
    """A numbered line standing before the body it heads, however long and however many
    commas: "（二）坚持依法决策，健全重大行政决策程序制度，重大决策的……水平得到提升" followed
    by its paragraph.  Not when the next line is its sibling ("1.制定文件5件，均经审查" /
    "2.清理……": a list of items, each a sentence), nor when it reports a count or what was
    done; phrases of heading length, or a sibling of the same level standing as a heading."""
    if heading is None or heading.number is None or not heading.standalone:
        return False
    following = doc.heading_at_paragraph.get(para.index + 1)
    if para.index + 1 >= len(doc.paragraphs) or (following is not None and following.rank <= heading.rank):
        return False
    body = para.folded[heading.marker_end - para.start:].rstrip()
    if not body or len(body) > _HEADING_BODY or "。" in body:
        return False
    if _ITEM_REPORTS.search(body):
        # Words of a report (均有所上升) in a heading over its own paragraph, among siblings that all
        # head paragraphs too: an outline of findings ("3.四种形态处理情况均有所上升，……" over its
        # analysis).  A count keeps it an item that lost its stop.
        return _ITEM_COUNT.search(body) is None and _heads_like_its_siblings(doc, heading)
    phrases = re.split(r"[，、；]", body)
    if len(phrases) <= _HEADING_PHRASES and all(len(p) <= _HEADING_PHRASE for p in phrases):
        return True
    return any(other.style == heading.style and other.paragraph != para.index and other.standalone
               and len(other.title) <= _HEADING_BODY for other in doc.headings)


def _heads_like_its_siblings(doc: Document, heading: Heading) -> bool:
    """Two or more other standalone items of the same style and rank, each without a stop and
    standing over a paragraph of its own (not followed by a sibling or a higher heading)."""
    return heading.paragraph in doc.memo(("paragraph-end", "headed outline"), _outline_headings)


def _outline_headings(doc: Document) -> Set[int]:
    """The paragraphs of the numbered items whose siblings (same style and rank; at least three
    items) all head paragraphs of their own, no item closed by a stop."""
    headings = doc.heading_at_paragraph
    paras = doc.paragraphs
    groups: Dict[Tuple[str, int], List[Heading]] = {}
    for heading in doc.headings:
        if heading.number is not None:
            groups.setdefault((heading.style, heading.rank), []).append(heading)
    out: Set[int] = set()
    for items in groups.values():
        if len(items) < 3:
            continue
        heads = []
        for item in items:
            after = headings.get(item.paragraph + 1)
            text = paras[item.paragraph].folded.rstrip()
            heads.append(item.standalone and item.paragraph + 1 < len(paras) and text[-1:] not in "。！？；"
                         and (after is None or after.rank > item.rank))
        # Each item is asked about its siblings, not itself: the one in question may be the odd one.
        if sum(heads) >= len(items) - 1:
            out.update(item.paragraph for item, head in zip(items, heads) if sum(heads) - head >= len(items) - 1)
    return out


_SUBHEADING_LIMIT = 60


def _unnumbered_subheadings(doc: Document) -> Set[int]:
    """Lines that head their paragraph without a number, as a 政府工作报告 sets its points in bold
    ("过去五年，我们始终坚持创新驱动，产业结构持续优化" / its paragraph): a line of one sentence
    and no stop, shorter than the paragraph under it, which ends in a stop.  One such line alone
    may be a paragraph that lost its full stop; a series of them (two or more) is the text's way of
    heading its points."""
    def lone(index: int) -> bool:
        paras = doc.paragraphs
        if index + 1 >= len(paras) or index + 1 in doc.heading_at_paragraph:
            return False
        line = paras[index].folded.strip()
        body = paras[index + 1].folded.strip()
        # (the paragraph under the last may be where an excerpt stops, mid-sentence)
        return (0 < len(line) <= _SUBHEADING_LIMIT and not any(mark in line for mark in "。！？；：")
                and line[-1] not in "，、" and len(body) > len(line)
                and (body[-1] in "。！？" and "。" in body or index + 2 == len(paras)))

    def found(d: Document) -> Set[int]:
        ends = end_states(d)
        top = first_text_paragraph(d)  # the title is no point of the text
        lines = {p.index for p in d.paragraphs if ends[p.index] == OPEN and p.index != top
                 and p.index not in d.heading_at_paragraph and lone(p.index)}
        return lines if len(lines) >= 2 else set()
    return doc.memo(("punctuation", "unnumbered-subheadings"), found)


def _title_over_lines(doc: Document, para: Paragraph, core: str) -> bool:
    """Is ``para`` the first line of a title set over two ("坚持和发展新时代“枫桥经验”，" /
    "推动矛盾纠纷源头化解" / the body)?  A short line with no sentence in it, whose words run on
    into a short line that ends without a stop and is no heading, with more text after it:
    the sentence is finished on the next line, not left unfinished."""
    if len(core) > _TITLE_LINE or any(mark in core for mark in "。！？；："):
        return False
    paras = doc.paragraphs
    j = para.index + 1
    if j + 1 >= len(paras) or j in doc.heading_at_paragraph:
        return False
    second = paras[j].folded.strip()
    if not (0 < len(second) <= _TITLE_LINE and not any(mark in second for mark in "。！？；：，、")
            and not is_list_item(paras[j])):
        return False
    # Text wrapped at a fixed width runs on past the second line too ("……专题调" / "研。……"): no title.
    if hard_wrapped(doc):
        return False
    return j not in doc.memo(("punctuation", "broken-firsts"), lambda d: {first for first, _, _ in broken_pairs(d)})


def _enough_words(para: Paragraph) -> bool:
    """Eight Chinese characters or more: a phrase of running text, not a stray mark or a label."""
    return _EIGHT_CJK.match(para.folded) is not None


_BYLINE_HEADLINE_LIMIT = 60


def _over_byline(doc: Document, para: Paragraph) -> bool:
    """Is the text's first line set over the page's byline (来源、发布时间 on the next line, a line
    web-residue claims)?  Then it is the story's headline, whatever its pauses ("今日讯！去年，某省法援
    为农民工讨薪4.4亿元" / "来源：… 2023-02-16")."""
    following = para.index + 1
    return (len(para.folded.strip()) <= _BYLINE_HEADLINE_LIMIT and "。" not in para.folded
            and following < len(doc.paragraphs) and following in residue_paragraphs(doc))


@rule(
    code="LL403",
    name="paragraph-end",
    severity="warning",
    summary="正文段落末尾缺少句号等句末标点",
    summary_en="A body paragraph ends without closing punctuation",
    why=(
        "GB/T 15834-2011：句号、问号、叹号用于句末，陈述句末尾用句号；正文段落的最后一句必须有句末点号。"
        "标题、题目、落款（机关名称、日期）和列表项不加（附录B.4）；标题连在段末时应另起一行，而不是加句号"
        "（句号后隔一个空格的标题是网页复制时换行变成的空格，不报告）；网页地址行下的第一行是网页的标题，不报告，"
        "标题上方一两个分句的引题（“年初以来受理率、反馈回复率100%，群众满意率超98%”）也不报告；"
        "各项都单独成行、下面各有正文的编号小标题（“3.四种形态处理情况均有所上升，轻微党纪处分上升比例最高”）是标题，"
        "即使用了“均”“了”等叙述的字眼，也不报告（带数量的仍是漏了句号的列举项）。"
        "多段文字的最后一行之后没有落款或下文时不报：那往往是摘录或网页只截取了前一部分，不能断定句子没写完；"
        "只有一段的长文字（200字以上），前面几句都有句末标点而最后一句没有，是摘录截断之处，同样不报；"
        "文库预览截断处（“......”之后是“预览结束”“点击查看全文”一行）同样不报。"
        "编号各项用句号结束时，夹在中间以分号结束的一项（上一项以句号结束）也报告；"
        "各项用分号连接、最后一项用句号的列举是规范写法，不报。"
        "正文段落以分号或冒号结束、下一行就是同级或更高一级的新部分（“二、存在问题”）的，本部分已经结束，末句应用句号；"
        "冒号后接本部分的下级标题（“主要做法如下：”“（一）……”），或“情况如下：”后的表格网页未载的，不报。"
    ),
    why_en=(
        "GB/T 15834-2011: a sentence ends with a full stop, question or exclamation mark, so the last sentence of "
        "a body paragraph needs one. Headings, the title, the signature (organ name, date) and list items take "
        "none (Appendix B.4); a heading stuck to the end of a paragraph goes on a line of its own instead "
        "(one after a space is a line break a copied page turned into a space, not reported); the line under a "
        "page's address line is the page's headline, not reported, and so is a deck of one or two clauses over the headline "
        "(年初以来受理率、反馈回复率100%，群众满意率超98%); numbered items that each stand on a line over a paragraph of "
        "their own are headings even when they report (3.四种形态处理情况均有所上升，轻微党纪处分上升比例最高), unless they "
        "hold a count (an item that lost its stop). "
        "The last line of a text of several paragraphs, with nothing after it, is left alone: an excerpt or a page "
        "copied in part stops there, and the sentence cannot be told unfinished; so is the last sentence of a long text of one "
        "paragraph (200+ characters) whose earlier sentences have their stops (an excerpt cut where the copy stopped), and the line where a site's "
        "preview cut the text (followed by 预览结束 or 点击查看全文). A numbered item ending in ；after a sibling ending in 。 "
        "is reported too; a list of items joined by ；with the last closed by 。 is the standard form and is left alone. "
        "A body paragraph ending in ；or ：right before the next part of the outline at its level or above (二、存在问题) "
        "closes its part and wants 。; a colon before the part's own sub-items (主要做法如下： then （一）), or before a table "
        "the page did not carry (情况如下：), is fine."
    ),
    bad=[
        # An opening sentence of three clauses over a subheading is no deck over a headline.
        "今年以来，全区受理群众诉求12.5万件，办结率99.2%\n热线服务总体情况\n全年运行平稳，测评满意率98%。",
        "全年接待来访咨询5650人次，共收到受援人锦旗5面、表扬信1封，\n2024年，区法援中心将进一步提升法律援助服务质量。",
        "二是推进普法宣传全覆盖，实现法治宣传教育提质增效。三是因地制宜推进法治文化阵地建设，\n"
        "“七五”普法期间，我市法治文化主题园获评“省十佳法治文化主题公园”称号。",
        "受理审查起诉案件412件，审结390件，审查起诉案件审结率94.66%\n共起诉各类犯罪373件507人，同比分别下降12.8%、9.6%。",
        "一、主要工作\n全年共评查行政执法案卷120卷，发现问题36个，均已整改到位；\n二、存在问题\n执法人员业务能力有待提升。",
        "一、主要工作\n我局高度重视法治政府建设工作，将其纳入全年重点工作：\n二、存在问题\n执法人员业务能力有待提升。",
        "一是健全法律顾问制度，全年审查各类合同38份，出具法律意见书12份，\n二是规范行政执法行为，组织执法案卷评查2次。",
        "严格执行中央、市、区各项规定，落实党政主要负责人履行推进法治建设第一责任人职责，组织开展学法考试2次，领导干部参考率、合格率达100%\n（二）深化“简政放权”，优化营商环境",
        "（三）执法联动保障不足。城市管理行政执法受制于执法保障薄弱，与公安等部门的联动机制还需进一步完善\n三、下一步工作计划",
        "（三）强化执法联动。加强与各部门的执法联动，出台城市管理领域执法联动机制，建立联合执法机制，高效解决执法难题\n（四）加快法治政府创建问题整改。按要求完成整改。",
        "全年共办理行政复议案件12件，其中维持9件、撤销2件、终止1件，均在法定期限内办结，行政复议纠错率为16.7%，较上年下降3个百分点",
        "一是加强组织领导，成立以局长为组长的法治建设领导小组，定期召开专题会议，研究解决法治建设中的重大问题，\n二、存在的不足和原因",
        "（一）加强普法宣传。组织开展“宪法宣传周”“民法典宣传月”等主题活动，获评“全市普法工作先进单位”\n（二）规范执法行为。全年评查案卷156卷。",
        "1.完善行政执法程序。制定行政执法程序规定和案件审理规定，明确各环节的办理时限，全面推行说理式执法文书\n2.规范案卷制作。全年评查案卷156卷。",
        "我局坚持把法治建设纳入全局工作总体部署，与业务工作同研究、同部署、同落实、同考核，全年召开党组会议研究法治工作4次",
        "全市现有环卫作业人员1545人，其中正式工401人、临时工1144人。二、主要做法及成效\n城市管理是城市规划、建设的延伸，贯穿于城市建设的全过程。",
        "组织开展“宪法宣传周”“民法典宣传月”、\n二、存在的不足和原因\n法治宣传的针对性还不够强。",
        "县自然资源局严格落实重大行政决策程序规定，全年作出重大行政决策3项，均经过合法性审查\n（二）深化“放管服”改革。压减审批时限40%。",
        "1.制定行政规范性文件5件，均经过合法性审查和集体讨论决定\n2.清理规范性文件32件，废止3件。",
        "区卫健委扎实推进“谁执法谁普法”普法责任制，全年开展送法进医院活动32场次\n2024年，区卫健委将继续深化法治建设。",
        "全年共收到行政复议申请32件，已审结30件，综合纠错率12.5%\n行政应诉工作进一步规范，行政机关负责人出庭应诉率达100%。",
        "县司法局组织开展“法律明白人”培训班6期，培训骨干学员480人次\n12月4日，县普法办在中心广场开展国家宪法日主题宣传活动。",
        "1.开展“减证便民”专项行动。经清理，保留证明事项157项。\n2.做好“容缺受理”清单规范工作。可容缺受理材料90份；\n"
        "3.完成“一事通办”事项梳理工作。办结时限压缩50%以上。",
    ],
    good=[
        "一、主要工作\n全年主要做法如下：\n（一）深化法治宣传。全年开展送法下乡活动45场次；\n（二）强化执法监督。评查案卷120卷。",
        # A saved page's headline: the source it quotes, a lead-in cry, a subtitle after a dash.
        "# https://news.example.com.cn/2024/0301/88.html\n好消息！省住建厅：今年新开工改造老旧小区1260个\n"
        "记者从省住建厅获悉，今年全省老旧小区改造任务全面完成。",
        "# https://news.example.com.cn/2024/0301/89.html\n全县新增市场主体8600户，增长15%——营商环境持续优化\n"
        "记者从县市场监管局获悉，今年全县营商环境持续优化。",
        # A headline quoting its source, over a story that opens with its date.
        "市人社局：全市城镇新增就业人数连续五年超过3万人\n8月25日，市人社局召开新闻发布会，介绍全市就业工作情况。",
        # A page with no address line: its headline, then the story's dateline.
        "全市破获刑事案件2100余起，查处治安案件3.4万起\n某某在线12月29日讯（记者 张三）今年全市共破获刑事案件2100余起。",
        # An infographic's figures, one a line; the page's footer link after the last sentence.
        "全年办结各类案件2.6万件\n\n结收比达到102.3%\n\n当事人满意率98.1%\n\n2024年，全市法院将继续提升审判质效。",
        "地方志资料的公开镜像与长期存档。 关于本站\n\n档案浏览器",
        "全年办理行政复议案件12件，均在法定期限内办结。\n全年开展行政执法案卷评查2次，评查案卷156卷，发现问题\n\n点击查看全文",
        "全年共办理行政复议案件12件，行政复议纠错率为16.7%。",
        "一、2023年度推进法治政府建设的主要举措和成效\n（一）加强理论学习，把握正确政治方向",
        "（三）城市管理体制不健全，城市管理难度大\n城市管理体制不健全，职责交叉、划分不清在一定程度上限制了执法行动。",
        "现将有关情况报告如下：\n一是健全制度；二是强化监督；三是加强培训。",
        "1.健全执法制度；\n2.规范执法程序；\n3.加强执法培训。",
        "我局将继续加大法治建设工作力度，为经济社会发展提供法治保障。\n\n重庆市沙坪坝区城市管理局\n\n2024年1月31日",
        "完成案卷评查120卷，评查结果在全局通报，对发现的问题督促整改到位。（数据截至2023年12月31日）",
        "某市城市管理局关于2023年度法治政府建设情况的报告\n全年办理行政复议案件12件，均已依法办结。",
        "他强调：“要把依法行政贯穿于城市管理执法工作的全过程和各方面，坚决杜绝粗暴执法。”",
        "附件：1.2023年度行政执法数据统计表\n2.2023年度法治政府建设重点任务清单",
        "（一）“关键少数”领学。局党组召开专题会议，全面总结了 2020\n\n年度法治工作，研究部署了2021年度法治政府建设工作要点。",
        "【导读预览】此篇优秀范文由网友为您整理分享，以供您参考学习之用，希望对您有所帮助\n2023年，我镇扎实开展普法工作。",
        "推动有效市场和有为政府更好结合。〔责任单位：各县（市）交通运输局、政策法规科〕",
        "全面推行行政执法“三项制度”。（牵头单位：市司法局；完成时限：2024年12月底前）",
        "（一）坚持以习近平法治思想为指导，全面加强党对法治政府建设的领导\n县委常委会每季度听取法治政府建设工作汇报。",
        "一、坚持党的全面领导，压紧压实法治建设责任，确保法治政府建设正确方向\n县委、县政府主要负责同志切实履行第一责任人职责。",
        "（二）坚持科学民主依法决策，重大行政决策质量得到有效提升\n严格落实重大行政决策程序规定，全年审查重大决策事项5项。",
        "县交通运输局全面推行行政执法公示制度，公示执法主体、执法依据和执法\n程序，累计公示行政处罚决定信息380余条。",
        "【中文关键词】 行政审判；白皮书；回应型司法；源头型治理\n近年来，各地法院争相发布行政审判白皮书。",
        "法治政府建设与基层司法所职能定位研究\n\n（华中师范大学 法学院，湖北 武汉 430079）\n\n基层司法所最早设立于20世纪70年代末。",
        "坚持和发展新时代“枫桥经验”，\n推动矛盾纠纷源头化解\n近年来，县司法局坚持把非诉讼纠纷解决机制挺在前面。",
        "6月26日，全区开展禁毒宣传活动。图为宣传现场，小朋友也加入了宣传队伍\n8月1日，区司法局召开全区人民调解工作会议。",
        "全年共办理行政复议案件12件，均在法定期限内办结。\n行政应诉工作进一步规范，行政机关负责人出庭应诉率",
        # A heading after a space: the page's line break; the page's headline under its address line.
        "各项工作制度逐步完善，部门协作机制进一步健全。 三、存在的问题\n执法人员专业力量不足。",
        "# https://www.example.gov.cn/xwzx/2025/0103/12.html\n全省公安机关破获电诈案件3500余起，返还涉诈资金3.1亿元\n"
        "1月3日，省公安厅举行新闻发布会，通报2024年全省公安工作成效。",
        # A numbered caption, or the picture's file name in its place; a viewer's page counter.
        "12月4日，街道在文化广场开展宪法宣传活动。图片2：街道工作人员在广场设置普法咨询台.jpg\n全年接待法律咨询860人次。",
        "组织执法人员旁听庭审2次，参加人员46人次。图3 执法人员旁听行政诉讼案件庭审\n二、存在的问题",
        "全年办理劳动保障监察案件36件，涉及劳动者120人。 第3页 共5页\n三、下一步工作打算",
        # A deck over the headline; an outline of findings, each item over its own analysis.
        "年初以来受理率、反馈回复率100%，群众满意率超98%\n福州12345：热线里的“马上就办”\n"
        "今年3月，市民反映的问题第二天就得到解决。",
        "1.受理量持续增长，群众诉求日益多元\n全年受理群众诉求12.5万件。\n2.办结质效稳步提升，满意率保持高位\n"
        "办结率达99.2%。\n3.重点领域诉求均有所上升，住建领域增幅最大\n住建领域诉求占比达21.3%。",
        # A story's headline over its byline, pauses and all.
        "今日讯！去年，某省法援 为农民工讨薪4.4亿元\n来源：某某网 2023-02-16 14:00:27\n"
        "2月15日，记者从省司法厅获悉，全省法律援助机构全年办理案件8.8万件。",
        # A page's text copied in part, one long paragraph cut where the copy stopped.
        "2023年，我局全面推行行政审批制度改革，实现提速提效。实施登记表备案和“零土地”技改项目备案改革，"
        "在经济开发区开展“规划环评+环境标准”改革试点。进一步梳理完善“权力清单”，推行“负面清单”制度和豁免审批、"
        "模拟审批机制，不断提升审批质量和效率。全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，"
        "全年共办理行政处罚案件326件，罚没款合计185.6万元，行政执法案卷评查合格率达到98%以上。全年许可项",
        # A table flattened into spaced cells under its header row.
        "事项名称 事项类别 公开内容 公开依据 公开渠道 公开时限\n法治政府建设年度报告 主动公开 上一年度推进法治政府建设的主要举措和成效 "
        "《法治政府建设与责任落实督察工作规定》第二十四条 政府网站 每年4月1日前\n二、主动公开政府信息情况",
    ],
    fixable="unsafe",
)
def paragraph_end(doc: Document) -> Iterator[Finding]:
    yield from _unfinished(doc)
    yield from _semicolon_items(doc)
    yield from _closed_before_section(doc)


_ANNOUNCES = lazy(r"(?:如下|下表|见表|附表|表\s*\d+|以下|情况)：$")


def _closed_before_section(doc: Document) -> Iterator[Finding]:
    """A body paragraph ending in ；or ：right before the next part of the outline at its own level or
    above (……均已整改到位；\n二、存在问题): a ；joins items of a list that goes on, a ：announces what
    follows, and neither comes here — the part is over, its last sentence wants 。.  Not before the
    part's own sub-items (主要做法如下：\n（一）……), and not a numbered item itself (a list of
    run-in items closed by ；is _semicolon_items' question)."""
    paras = doc.paragraphs
    headings = doc.heading_at_paragraph
    if not doc.headings:
        return
    enclosing = None  # the rank of the outline item the paragraph stands under
    for para, following in zip(paras, paras[1:]):
        own = headings.get(para.index)
        if own is not None:
            enclosing = own.rank
            continue
        if enclosing is None or not para.folded.rstrip().endswith(("；", "：")):
            continue  # (most paragraphs end otherwise: asked first, it spares the rest)
        after = headings.get(following.index)
        if after is None or after.number is None or after.rank > enclosing:
            continue
        core = para.folded[:text_end(para.folded)]
        if not core.endswith(("；", "：")) or not body_like(para) or len(core) < 20:
            continue
        if core.endswith("：") and _ANNOUNCES.search(core):
            continue  # 情况如下： before a table a page did not carry
        end = para.start + len(core)
        mark = core[-1]
        yield Finding(
            end - 1, end,
            Msg(f"这一段以“{mark}”结束，下一行已是新的部分“{following.folded.strip()[:12]}”",
                f"this paragraph ends in “{mark}” and the next line starts a new part"),
            help=Msg("本部分到此结束，末句用句号“。”", "the part ends here: close its last sentence with “。”"),
            fix=Fix((Edit(end - 1, end, "。"),), safe=False, description=Msg("改为句号", "use a full stop")),
        )


def _semicolon_items(doc: Document) -> Iterator[Finding]:
    """A numbered item ending in ；after a sibling ending in 。 (and before one, if any): a list writes its
    items as phrases joined by ；, the last closed by 。, or as sentences each closed by 。 — one item
    closed by ；among items closed by 。 is a sentence left without its full stop."""
    paras = doc.paragraphs
    headings = doc.heading_at_paragraph
    for para in paras[1:]:
        item = headings.get(para.index)
        if item is None or item.standalone or item.number is None:
            continue
        core = para.folded[:text_end(para.folded)]
        if not core.endswith(("；", ";")):
            continue
        before = headings.get(para.index - 1)
        if (before is None or before.style != item.style or before.number != item.number - 1
                or not paras[para.index - 1].folded[:text_end(paras[para.index - 1].folded)].endswith("。")):
            continue
        after = headings.get(para.index + 1)
        if (after is not None and after.style == item.style and after.number == item.number + 1
                and not paras[para.index + 1].folded[:text_end(paras[para.index + 1].folded)].endswith("。")):
            continue  # the list turns to ；from here on: which item is the odd one is not clear
        end = para.start + len(core)
        yield Finding(
            end - 1, end,
            Msg("这一项以分号结束，而上一项以句号结束", "this item ends in ；where the item before it ends in 。"),
            help=Msg("各项都是完整的句子时，每项末尾用句号“。”", "when the items are sentences, end each with a full stop “。”"),
            fix=Fix((Edit(end - 1, end, "。"),), safe=False, description=Msg("改为句号", "use a full stop")),
        )


def _unfinished(doc: Document) -> Iterator[Finding]:
    # Page chrome, and the first half of a paragraph cut by a page break (or a whole
    # text cut at a fixed width), are claimed by web-residue and broken-paragraph.
    paras = doc.paragraphs
    tables = doc.table_lines
    headings = doc.heading_at_paragraph
    ends = end_states(doc)
    top = first_text_paragraph(doc)
    # The last line of a text of several lines, with no signature or date after it, is where
    # a copy stops (an excerpt, a page that shows a report's start; often in the middle of a
    # word) as often as a sentence left without its stop: only a line that another follows is
    # known to be unfinished.  A text of one paragraph is given whole (a sentence checked alone).
    # The site's notice after a preview it cut (预览结束……) is no line of it.
    first = paras[0].index if paras else -1
    stopped = cut_off(doc)
    cut = {last for last in (last_report_paragraph(doc),) if last is not None and last != first}
    if stopped is not None:
        cut.add(stopped.paragraph)  # (a text of one paragraph only when it is an excerpt: _cutoff)
    for para in paras:
        state = ends[para.index]
        if state != OPEN and state != SEPARATOR:
            continue
        if para.index == top and state == OPEN and (
                (len(para.folded) <= 40 and not any(mark in para.folded for mark in "，、；："))
                or page_headline(doc, para.index) or _over_byline(doc, para)):
            continue  # the text's first line, with no pause in it, is its title or a headline
            # ("今日关注！……"); a page's first line under its address, a headline in form above the
            # page's text, is its headline ("……3500余起，返还……", "住建部：……5.25万个")
        # A line that ends in ，or 、 is no title, however short: "组织开展“宪法宣传周”“民法典宣传月”、".
        prose = _enough_words(para) if state == SEPARATOR else body_like(para) and not title_like(para)
        if (not prose or is_list_item(para) or is_page_number(para) or para.line in tables
                or _NOTE_AFTER_STOP.search(para.folded) or bracketed_note(para.folded)
                or keyword_line(para.folded) or caption_tail(para.folded) or counter_tail(para.folded)
                or spaced_table_row(doc, para) or para.index in unstopped_items(doc)):
            continue
        heading = headings.get(para.index)
        if heading is not None and heading.style == "markup":
            continue
        if state == OPEN and (_heading_before_body(doc, para, heading) or para.index in _unnumbered_subheadings(doc)):
            continue
        core = para.folded[:text_end(para.folded)]
        end = para.start + len(core)
        if state == OPEN:
            fused = fused_heading(para)
            if fused is not None:
                if not page_joined_heading(para, fused):
                    yield _fused_heading_finding(doc, para, fused, end)
                continue
        if para.index in cut:
            continue
        if state == OPEN:
            following = paras[para.index + 1] if para.index + 1 < len(paras) else None
            title = _title_like_tail(para, core)
            if title is not None and chrome_links(core[title:]):
                continue  # the page's footer links after the text's last sentence: web-residue's
            if title is not None and following is not None and following.index not in headings:
                # "……取得重要进展和成效。全面贯彻落实党的二十大精神" with body text on
                # the next line: a heading that lost its line break, or a sentence
                # that lost its full stop; the writer knows which.
                shown = doc.text[para.start + title:end]
                yield Finding(
                    para.start + title,
                    end,
                    Msg(f"段落末尾“{shown}”没有句末标点", f"the paragraph ends in “{shown}” with no closing punctuation"),
                    help=Msg(f"若{quote(shown)}是下一部分的标题，把它移到下一行单独成行；若是句子，在末尾加句号",
                             f"if {quote(shown, 'en')} is the heading of what follows, move it to a line of its own; "
                             f"if it is a sentence, end it with a full stop"),
                )
                continue
            start = tail_start(para)
            tail = doc.text[start:end]
            if start > para.start and doc.folded[start - 1] not in "，。；：？！、":
                tail = "…" + tail
            yield Finding(
                start,
                end,
                Msg("段落末尾缺少句末标点", "the paragraph ends without closing punctuation"),
                help=Msg(f"在段末{quote(tail)}后加句号：{quote(tail + '。')}",
                         f"add a full stop after {quote(tail, 'en')}: {quote(tail + '。', 'en')}"),
                fix=Fix((Edit(end, end, "。"),), safe=False, description=Msg("段末加句号", "add a full stop")),
            )
        elif state == SEPARATOR and core[-1] in "，、" and not _title_over_lines(doc, para, core):
            yield Finding(
                end - 1,
                end,
                Msg(f"段落以“{para.text[len(core) - 1]}”结束，句子没有写完",
                    f"the paragraph ends in “{para.text[len(core) - 1]}”: its sentence is unfinished"),
                help=Msg("把末尾的逗号或顿号改为句号“。”，或补全这句话",
                         "replace the final comma with a full stop “。”, or finish the sentence"),
                fix=Fix((Edit(end - 1, end, "。"),), safe=False, description=Msg("改为句号", "use a full stop")),
            )
