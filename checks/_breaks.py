"""Where a paragraph stops mid-sentence and carries on in a later line.

A paragraph cut in two where a PDF page ended: the first half stops
mid-sentence and the next line carries on (``continuation``,
``broken_pairs``); or the whole text cut at a fixed line width
(``hard_wrapped``).  broken-paragraph reports them and claims each cut (the
first half's end and a page counter between the halves), so paragraph-end and
web-residue say nothing more there (lintlaw.claims).
"""
from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from lintlaw.document import Document, Paragraph
from lintlaw.lazy_re import lazy

from ._chrome import DATE_LINE, farm_paragraphs, residue_paragraphs, residue_spans
from ._layout import (
    CJK,
    CLOSED,
    OPEN,
    SEPARATOR,
    SUBJECT_START,
    body_like,
    bracketed_note,
    end_states,
    fused_heading,
    heading_line,
    heading_marked,
    caption_tail,
    is_list_item,
    keyword_line,
    page_headline,
    page_numbers,
    title_like,
)


def _cached(doc: Document, key: str, compute):
    """Results shared by broken-paragraph, web-residue and punctuation.py."""
    return doc.memo(("breaks", key), compute)


def _unclosed(doc: Document) -> List[int]:
    """Indices of the paragraphs that end OPEN or in a SEPARATOR: the only ones that may stop mid-sentence."""
    return _cached(doc, "unclosed", lambda d: [
        i for i, state in enumerate(end_states(d)) if state == OPEN or state == SEPARATOR])


# Characters that cannot open a sentence: a closing or pausing mark, a particle.
_CANNOT_START = lazy(r"[，。、；：？！）》”’」』】〕%％们吗呢么吧]|的(?!确)")
# A number cut from its unit ("全面总结了 2020" / "年度法治工作").
_DIGIT_END = lazy(r"\d\s*$")  # searched in a paragraph's last characters only
_UNIT_START = lazy(r"\s*(?:\d|[年月日号个件人万亿元次项余多家名起份条户台座处批场期倍位卷宗篇版届辆套本册张所米吨亩]|%|％)")
# A counter a document site leaves after a title ("某局法治政府建设工作报告 篇1", "市残联工作总结篇2"):
# no half of a number (a count is written 12篇, the measure after it).
_ARTICLE_COUNTER = lazy(r"篇\s*\d{1,3}$")
# Digits ending a line and digits opening the next before 年: one year split by the break only if
# they make four ("……于20" / "23年完成"); a heading's year, then the paragraph's ("工作回顾2020" /
# "2020年，全市法院……"), would make a year of eight.
_END_DIGITS = lazy(r"(\d+)\s*$")
_YEAR_DIGITS = lazy(r"\s*(\d+)\s*年")


def _too_long_a_year(a: str, b: str) -> bool:
    end, year = _END_DIGITS.search(a, max(0, len(a) - 12)), _YEAR_DIGITS.match(b)
    return end is not None and year is not None and len(end.group(1)) + len(year.group(1)) > 4


# A line that ends in a date as a web page writes it ("省政府办公厅 2022-03-15", "发布时间：2023/3/1 09:30"):
# a byline or a time stamp, never half a sentence (a report's sentence writes 2022年3月15日).
_WEB_DATE_END = lazy(r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$")
# A table's caption line ("表一：", "附表2 行政处罚实施情况"): it opens a table, it does not carry on the
# line above ("……数据统计" / "表一" is no 统计表 cut in two).
_TABLE_CAPTION = lazy(r"附?表\s*(?:[一二三四五六七八九十]+|\d+(?:[-－.．]\d+)?)(?:[\s：、.．]|$)")
# A placeholder year or count ("20__年"): no digits carried on from the line before.
_PLACEHOLDER_DIGITS = lazy(r"\d+\s*[_＿]")
# The chunk number a document-sharing site puts where it cut the text into pieces
# ("……自然保护地整合优化预案" / "2、的审批。"): it may split a sentence anywhere.
CHUNK_MARK = lazy(r"\d{1,3}、")
# A count opening the next line ("42件，为劳动者追讨工资…"): no sentence starts with a bare count.
# A rate or a total whose value is on the next line ("行政复议纠错率" / "为16.7%"): a line cannot open
# by giving the value of what the line before named.
_MEASURE_END = lazy(r"(?:率|比例|比重|占比|总数|总量|总额|总值|金额|人数|件数|数量|均值|浓度)$")
_VALUE_START = lazy(r"(?:为|达|达到|约为|是)\s*\d")
_COUNT_START = lazy(r"\d+(?:\.\d+)?\s*(?:余|多)?(?:[个件人次项家名起份条户台座处批场倍位卷宗篇辆套本册张所]|万|亿|元)(?![年月日])")
# Words after which a sentence cannot stop.
# 的 as a word's last character is no particle: 目的, 标的, 有的, 别的.
# Adverbs and prepositions that lead into what follows: a sentence never stops on them
# ("……执法队伍建设进一步" / "规范……").
_DANGLING_END = lazy(r"(?:(?<![目标有别])的|和|与|及|对|在|将|把|被|从|向|于|或|并|但|而|以及|并且|而且|"
                     r"进一步|不断|切实|着力|大力|予以|加以|对于|关于|包括|为了|按照|根据|围绕|依照|依据|由于|逐步)$")
# A last clause that is only a coverb's phrase ("……，会同公安、卫健等部门"): its verb is still to come.
_COVERB_CLAUSE = lazy(r"[，；：](?:会同|联合|依托|借助|利用|按照|根据|依据|围绕|针对|对照|结合|依照)[^，。；：！？]{2,14}$")
# How a new paragraph of a report opens: a time or a lead phrase ("2023年，", "下一步，",
# "在今后的工作中，", "为进一步……，", "按照……"), a subject and its verb ("区司法局将以",
# "各司法所组织"), or one of the verbs a report's paragraphs start with when the subject
# is the report's author ("严格落实……", "全面推行……").  A line after an unpunctuated
# paragraph that opens none of these ways carries on its sentence (a paragraph cut by a
# page or an empty line: "……执法主体、执法依据和执法" / "程序，累计公示……").
_OPENER = lazy(
    r"(?:19|20)\d\d\s*年|\d{1,2}\s*月(?:份|\s*\d{1,2}\s*日)?|[一二三四五六七八九十]+是|首先|其次|再次|最后|同时|此外|另外|总之|综上|总体上|"
    r"近年来|一年来|多年来|今年|去年|本年|全年|年内|近期|近日|日前|当年|上半年|下半年|截至|截止|下一步|目前|当前|"
    r"我(?:局|委|办|市|区|县|院|厅|部|们|单位|镇|乡|街道|所|队|中心)|"
    r"会上|会议(?:强调|指出|要求|认为)|活动(?:中|期间|现场)|期间|其中|据统计|据悉|"
    r"在[^，。；]{1,24}(?:中|上|下|后|时|前|期间|方面)，|为(?:了)?[^，。；]{2,24}，|"
    r"(?:通过|按照|根据|围绕|结合|针对|对照|依据|依照|随着|经过|由于|因此|为此|对此|但是|然而|一方面|另一方面|"
    r"与此同时|特别是|尤其是|正值|适逢)|"
    r"以[^，。；]{2,16}为|"
    r"(?:严格|全面|深入|认真|扎实|积极|持续|切实|不断|坚持|加强|强化|推进|深化|健全|完善|建立|落实|开展|组织|推动|"
    r"着力|狠抓|注重|大力|广泛|依法|进一步|始终|牢牢|紧紧|全力|努力|及时|主动)|"
    + SUBJECT_START + "|"
    # A subject and how it went: "行政应诉工作进一步规范", "普法宣传成效明显".
    r"[\u4e00-\u9fff“”]{2,12}?(?:进一步|不断|持续|明显|显著|得到|稳步|逐步|日益|更加|全面|有效|扎实|取得|实现)"
)
_OPEN_MARKS = {"“": "”", "《": "》", "（": "）", "‘": "’", "【": "】", "〔": "〕", "「": "」"}
_CLOSE_MARKS = {v: k for k, v in _OPEN_MARKS.items()}
_PAIR_MARK = lazy("[" + "".join(_OPEN_MARKS) + "".join(_CLOSE_MARKS) + "]")


def _open_at_end(folded: str) -> List[str]:
    """Marks still open at the end of a paragraph (innermost last)."""
    stack: List[str] = []
    for char in _PAIR_MARK.findall(folded):
        if char in _OPEN_MARKS:
            stack.append(char)
        elif char in _CLOSE_MARKS and stack and stack[-1] == _CLOSE_MARKS[char]:
            stack.pop()
    return stack


def _first_unmatched_close(folded: str) -> Optional[str]:
    """The first closing mark of a paragraph that has no opener before it."""
    depth: Dict[str, int] = {}
    for char in _PAIR_MARK.findall(folded):
        if char in _OPEN_MARKS:
            depth[char] = depth.get(char, 0) + 1
        elif char in _CLOSE_MARKS:
            opener = _CLOSE_MARKS[char]
            if depth.get(opener, 0):
                depth[opener] -= 1
            else:
                return char
    return None


# The next item of a run-in list ("二是……", "其三，……"): a line that opens one starts a new
# statement, so a comma before it is a wrong stop (paragraph-end's), not half a sentence.
_ITEM_OPENING = lazy(r"(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十][，、]|第[一二三四五六七八九十]+[，、是])")


# A line that opens with the time of what it tells, set off by a comma ("2024年，区法援中心将……",
# "2023年5月，……", "五年来，……", "下一步，……", "“七五”普法期间，……"), opens a paragraph of its own, as reports start one: a comma
# before it is a wrong stop (paragraph-end's), not half a sentence carried on.
_STATEMENT_OPENING = lazy(
    r"(?:(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:度|以来|上半年|下半年|初|底|末)?"
    r"|[一二三四五六七八九十两多\d]{1,2}年(?:来|以来|时间)|一年来|下一步|今年以来|去年以来|近年来|近年"
    # a period named by what framed it ("“七五”普法期间，", "党的二十大以来，", "新冠疫情防控期间，")
    r"|在?[^，,。；：:\n]{2,14}?(?:期间|以来|之际))[，,]"
)


# A rank's words just before the break: "荣获全省" / "第三，" is half of 全省第三, no item.
_RANK_BEFORE = lazy(r"(?:全[国省市县区州]|排名|排|位居|位列|名列|列|居|获|荣获|评为|为)$")


def _opens_item(a: Paragraph, b: Paragraph) -> bool:
    """Does ``b`` open the next item of a run-in list in other words than 二是 (第三，…, 其三，…),
    as a speech or a news story numbers its points, rather than carry on a rank (全省 / 第三)?"""
    return _ITEM_OPENING.match(b.folded) is not None and _RANK_BEFORE.search(a.folded.rstrip()[-4:]) is None


# A line that ends on a whole figure: a number with its unit or percent sign ("审结率87.25%",
# "办结案件36件"); and a sentence that opens by counting ("共起诉……373件", "累计办理……").
_FIGURE_END = lazy(r"\d(?:\.\d+)?\s*(?:%|％|个百分点|[件人次项个名起户万亿元])$")
_COUNT_OPENER = lazy(r"(?:共|累计|共计|合计)[\u4e00-\u9fff]{1,12}?\d")


_REPEATED_END = 6


def _repeats_end(a: str, b: str) -> bool:
    """Does ``b`` open with the last _REPEATED_END characters or more of ``a`` (a's end, from
    where b's first words stand in it)?"""
    a = a.rstrip()
    if len(b) < _REPEATED_END:
        return False
    at = a.rfind(b[:_REPEATED_END])
    return at >= 0 and b.startswith(a[at:])


def _strong_sign(a: Paragraph, b: Paragraph, state: str) -> Optional[str]:
    if state == SEPARATOR:
        return None if _ITEM_OPENING.match(b.folded) or _STATEMENT_OPENING.match(b.folded) else "separator"
    still_open = _open_at_end(a.folded)
    if still_open and _first_unmatched_close(b.folded) == _OPEN_MARKS[still_open[-1]]:
        return "bracket"
    if _CANNOT_START.match(b.folded) or (state == OPEN and CJK.match(a.folded[-1]) and _COUNT_START.match(b.folded)):
        return "start"
    if _MEASURE_END.search(a.folded[-4:]) and _VALUE_START.match(b.folded):
        return "value"
    tail = a.folded[-6:]
    if (_DIGIT_END.search(tail) and _UNIT_START.match(b.folded) and not _PLACEHOLDER_DIGITS.match(b.folded)
            and not _ARTICLE_COUNTER.search(a.folded[-8:]) and not _too_long_a_year(a.folded, b.folded)):
        return "number"
    if _DANGLING_END.search(tail) or _COVERB_CLAUSE.search(a.folded[-18:]):
        return "dangling"
    return None


# What a web page leaves where a paragraph was indented: full-width or no-break spaces
# read in the wrong encoding ("銆€" is U+3000 read as GBK, "聽" a no-break space,
# "�" a lost byte), or HTML entities left as text.  The paragraph's words start after it.
_INDENT_RESIDUE = lazy(r"(?:銆€|銆|聽|\ufffd|&nbsp;?|&emsp;?|&ensp;?|&#12288;|&#160;|[\u3000\xa0\t ])+")
# A paragraph's indentation as Chinese typesetting writes it: full-width spaces (or what
# a page made of them), never a margin of ASCII spaces that every line of a page shares.
_TYPESET_INDENT = lazy(r"[\u3000\xa0\u2002\u2003]|銆|聽|&(?:nbsp|emsp|ensp|#12288|#160)")


def _words(para: Paragraph) -> str:
    """A paragraph's folded text without the indentation residue it opens with."""
    residue = _INDENT_RESIDUE.match(para.folded)
    return para.folded[residue.end():] if residue else para.folded


def _lead(doc: Document, para: Paragraph) -> str:
    """What stands before a line's first word: its white space and indentation residue."""
    line_start = doc.text.rfind("\n", 0, para.start) + 1
    residue = _INDENT_RESIDUE.match(para.folded)
    return doc.text[line_start:para.start] + (para.folded[:residue.end()] if residue else "")


def _least_margin(doc: Document) -> int:
    return min((len(_lead(doc, p)) for p in doc.paragraphs if CJK.search(p.folded)), default=0)


def _indented(doc: Document, index: int) -> bool:
    """Does this line open indented, as a paragraph does?

    The second half of a cut paragraph carries on at the margin.  Full-width spaces (or
    what a page made of them) indent a paragraph; a margin of plain spaces counts only
    when it is wider than the least one of the page (a page may set every line in).
    """
    lead = _lead(doc, doc.paragraphs[index])
    if not lead:
        return False
    return bool(_TYPESET_INDENT.search(lead)) or len(lead) > _cached(doc, "least-margin", _least_margin)


# A first half this short, with no sentence in it, is a whole line of its own when the
# page puts it where a title or a caption stands.
_SHORT_HALF = 40
_PAUSE = lazy(r"[，、；：。]")


def _title_or_caption(doc: Document, index: int, j: int) -> bool:
    """A short phrase standing where a page puts a title or a caption.

    A news title over its story, a photo caption with an empty line after it, the
    heading after a site's navigation line: each stops without a full stop and the
    next line opens a new paragraph, but nothing was cut.  Half of a paragraph cut by
    a page carries some of the paragraph's sentence: its pauses (，、；：), a stop
    inside, or a line's length.
    """
    paras = doc.paragraphs
    a = paras[index]
    if page_headline(doc, index):
        return True  # a page's headline, whatever its clauses: the subtitle or the story follows
    if len(a.folded) >= _SHORT_HALF or _PAUSE.search(a.folded):
        return False
    if paras[j].line > a.line + 1:
        return True  # an empty line after it: it stands alone
    # The first line of the text, or the first after the site's navigation.
    before = index - 1
    pages = page_numbers(doc)
    while before >= 0 and before in pages:
        before -= 1
    return before < 0 or before in residue_paragraphs(doc)


def _next_text(doc: Document, index: int) -> Optional[int]:
    """The next paragraph after ``index``, stepping over page numbers and the running head
    that a PDF sets above or below a page's number."""
    paras = doc.paragraphs
    pages = page_numbers(doc)
    j = index + 1
    if j + 1 < len(paras) and j + 1 in pages and running_head(doc, j):
        j += 1  # the page's foot line above its number: "……均在法定" / title / "- 4 -" / "期限内……"
    while j in pages:
        j += 1
    if j > index + 1 and j < len(paras) and running_head(doc, j):
        j += 1  # the next page's head line
        while j in pages:
            j += 1
    return j if j < len(paras) else None


def running_head(doc: Document, index: int) -> bool:
    """Could the line at ``index`` be a page's running head or foot line: the report's title or its
    organ's name, a short line with no sentence in it that the text holds elsewhere word for word
    (the title on its first line, the organ in the signature, the same head atop another page)?
    Only beside a page number is it taken for one (elsewhere a repeated line is a pasted copy)."""
    para = doc.paragraphs[index]
    key = para.folded.strip()
    if not key or len(key) > _HEAD_LIMIT or _HEAD_MARKS.search(key) or heading_marked(doc, index):
        return False
    return _cached(doc, "line-counts", _line_counts).get(key, 0) >= 2


_HEAD_LIMIT = 50
_HEAD_MARKS = lazy(r"[。！？；，：]")


def _line_counts(doc: Document) -> Dict[str, int]:
    counts: Dict[str, int] = {}
    for p in doc.paragraphs:
        key = p.folded.strip()
        if len(key) <= _HEAD_LIMIT:
            counts[key] = counts.get(key, 0) + 1
    return counts


STRONG_REASONS = frozenset(("separator", "bracket", "start", "number", "value", "dangling", "chunk"))


def _style_counts(doc: Document) -> Dict[str, Tuple[int, int]]:
    """(headings, run-in headings) of each outline style."""
    counts: Dict[str, Tuple[int, int]] = {}
    for heading in doc.headings:
        total, run_in = counts.get(heading.style, (0, 0))
        counts[heading.style] = (total + 1, run_in + (not heading.standalone))
    return counts


def _siblings_run_in(doc: Document, index: int) -> bool:
    """Are the other items of this heading's style written run-in ("（一）标题。正文……")?"""
    heading = doc.heading_at_paragraph[index]
    total, run_in = _cached(doc, "styles", _style_counts)[heading.style]
    siblings, run_in = total - 1, run_in - (not heading.standalone)
    return siblings >= 2 and run_in * 4 >= siblings * 3


def continuation(doc: Document, index: int) -> Optional[Tuple[int, str]]:
    """Does paragraph ``index`` stop mid-sentence and go on in a later one?

    Returns (index of the continuing paragraph, reason) or None.  The reasons
    in STRONG_REASONS settle it: "separator" (it ends in ，、 or an opening
    mark), "bracket" (a quote or bracket open at its end closes in the next),
    "start" (the next opens with a mark or particle no sentence starts with),
    "number" (a number cut from its unit), "value" (a measure on one line, its value on the next:
    纠错率 / 为16.7%), "dangling" (it ends in 的/和/对...).
    The others are candidates that need more evidence (``broken_pairs`` looks
    for it): "plain" (body text ends with no punctuation and the next paragraph
    does not open like a new one), "runin" (an outline item cut right after its
    heading while its siblings are run-in), "short" (a short unnumbered line),
    "opens" (body text before a line that opens like a new sentence: only a
    word running across the break makes it a cut).
    """
    ends = end_states(doc)
    state = ends[index]
    if state not in (OPEN, SEPARATOR):
        return None
    if heading_line(doc, index):
        # Never half a sentence, unless a page number follows it and its
        # siblings are run-in ("（三）标题" / "- 5 -" / the item's text).
        # (Tested first: most paragraphs that end unpunctuated are headings.)
        j = _next_text(doc, index)
        if j is None or j == index + 1 or not _siblings_run_in(doc, index):
            return None
    paras = doc.paragraphs
    a = paras[index]
    residue = residue_paragraphs(doc)
    if index in residue or index in page_numbers(doc) or (is_list_item(a) and not _item_cut_mid_word(doc, index)):
        return None
    tables = doc.table_lines
    if tables and a.line in tables:
        return None  # a Word table cell: short cell text is no half sentence
    if a.end in _cached(doc, "residue-ends", lambda d: {span.end for span in residue_spans(d)}):
        return None  # it ends in a site's name pasted after the text ("……报告_某某网"): web-residue's
    # A stray "(" line, a date or "日期：2023-03-09", a note wholly in brackets ("（华中师范大学
    # 法学院，湖北 武汉 430079）", "（上接第一版）": an aside complete in itself), an article's
    # keyword line (terms, no sentence), a photo's caption at its end, or a paragraph whose last words are a
    # heading that lost its line break.
    if (not CJK.search(a.folded) or DATE_LINE.fullmatch(a.folded) or bracketed_note(a.folded)
            or keyword_line(a.folded) or caption_tail(a.folded) or fused_heading(a) is not None
            or _WEB_DATE_END.search(a.folded, max(0, len(a.folded) - 30))):
        return None
    j = _next_text(doc, index)
    if j is None:
        return None
    b = paras[j]
    words = _words(b)
    if words is not b.folded:
        b = b._replace(folded=words)  # read the line from its first word, past the indentation residue
    if state == OPEN and body_like(a):
        chunk = CHUNK_MARK.match(b.folded)
        if chunk and (farm_paragraphs(doc) or _CANNOT_START.match(b.folded, chunk.end())):
            # A sentence running on after a document-sharing site's chunk number ("……预案" / "2、的审批"),
            # not a numbered item: told by what follows the number, or by the site's "由会员分享" line.
            return j, "chunk"
    # A title, signature or date line never continues a sentence; a short
    # fragment that ends in a full stop may ("200余条，实现应公开尽公开。").
    if (j in residue or heading_marked(doc, j) or is_list_item(b)
            or (tables and b.line in tables)
            or (title_like(b) and ends[j] != CLOSED)
            or b.folded.startswith("附件") or _TABLE_CAPTION.match(b.folded) or not CJK.search(b.folded)):
        return None
    sign = _strong_sign(a, b, state)
    if sign:
        return j, sign
    if state != OPEN:
        return None
    if _repeats_end(a.folded, b.folded):
        # The next line opens with the words this one ended on: the article a table's cell
        # cites, then quoted ("……《规定》第二十四条" / "《规定》第二十四条：每年4月1日之前……"),
        # starts anew; a sentence's second half never repeats its first half's end.
        return None
    if j > index + 1 and body_like(a):
        # Body text without its stop, then a page number, then more text: the page ended
        # mid-sentence ("……将党的二" / "- 9 -" / "十大报告中……"), whatever the next line opens with.
        return j, "page"
    if _OPENER.match(b.folded) or _opens_item(a, b) or (_FIGURE_END.search(a.folded, max(0, len(a.folded) - 16))
                                                        and _COUNT_OPENER.match(b.folded)):
        # It opens like a new sentence: half of one only if a word runs across ("市" / "委全面…").
        # So does a count's sentence after a line that ends on a whole figure: "……审结率87.25%" /
        # "共起诉各类犯罪373件……" lost its full stop (paragraph-end's), it was not cut.
        # A short line cut inside a word ("坚持全面履职尽责，服务大" / "局精准有效。……") is half of one too.
        return (j, "opens") if body_like(a) or _word_across(a, b) else None
    if body_like(a):
        return j, "plain"
    if heading_marked(doc, index):
        if _item_cut_mid_word(doc, index):
            return j, "plain"
        return (j, "runin") if _siblings_run_in(doc, index) else None
    return j, "short"


def _item_cut_mid_word(doc: Document, index: int) -> bool:
    """A list item whose text has run past its first sentence and stops inside a word that the next
    line ends ("2.一般公共预算支出情况。2023年区级一" / "般公共预算支出预计完成……"): an item that takes no
    stop ends on a whole word, so this one was cut at a line's or a page's end."""
    a = doc.paragraphs[index]
    j = _next_text(doc, index)
    if j is None or "。" not in a.folded[:-1]:
        return False
    b = doc.paragraphs[j]
    return not is_list_item(b) and not heading_marked(doc, j) and _word_across(a, b)


def _word_across(a: Paragraph, b: Paragraph) -> bool:
    """Does a word run across the break ("形" / "式多样" -> 形式多样)?  Uses jieba.

    Only when the second half alone is no word: "难度大" / "城市" also reads
    as 大城市, but 城市 stands by itself, so a heading may well end in 大; or when the first
    half is one character after a 、 or ，, which no list item is ("省委、省" / "政府").
    """
    left, right = a.folded[-4:], _words(b)[:4]
    if not (CJK.match(left[-1]) and CJK.match(right[0])):
        return False
    from lintlaw import segment

    cut = len(left)
    for start, end, word in segment.spans(left + right):
        if start < cut < end:
            rest = word[cut - start:]
            # 省委、省 / 政府: a list item of one character is no item; its word runs on
            lone = cut - start == 1 and start > 0 and left[start - 1] in "、，"
            return len(rest) == 1 or segment.cut(rest) != (rest,) or lone
    return False


# A list the page sets without stops, one item a line (an infographic's figures: "全年受理案件3.2万件"
# / "法官人均结案280件" / "服判息诉率96%"; bullet points): three lines or more in a row, each short,
# none ending in a mark or holding a sentence's end, none numbered as a heading.  Half of a cut paragraph is followed by the
# sentence's second half, which ends in its stop; a line among such items is an item, no half, and
# takes no stop (GB/T 15834 B.4 sets none after list items).
_ITEM_LINE = 50
_LIST_RUN = 3
_STOPS_INSIDE = lazy(r"[。！？；]")


def unstopped_items(doc: Document) -> frozenset:
    """Indices of the paragraphs that are items of a list set without stops."""
    return _cached(doc, "unstopped-items", _unstopped_items)


def _unstopped_items(doc: Document) -> frozenset:
    ends = end_states(doc)
    pages = page_numbers(doc)
    items, run = set(), []
    for para in doc.paragraphs:
        if para.index in pages:
            continue
        if (ends[para.index] == OPEN and len(para.folded.strip()) <= _ITEM_LINE
                and not _STOPS_INSIDE.search(para.folded) and not heading_marked(doc, para.index)):
            run.append(para.index)
            continue
        if len(run) >= _LIST_RUN:
            items.update(run)
        run = []
    if len(run) >= _LIST_RUN:
        items.update(run)
    return frozenset(items)


def broken_pairs(doc: Document) -> List[Tuple[int, int, str]]:
    """(first half, second half, reason) for every paragraph cut in two."""
    return _cached(doc, "broken", _broken_pairs)


def _broken_pairs(doc: Document) -> List[Tuple[int, int, str]]:
    candidates = []
    for index in _unclosed(doc):
        found = continuation(doc, index)
        if found:
            candidates.append((index, found[0], found[1]))
    # A short line or an outline item with no closing mark could also be a heading.
    # Believe the page break when the document shows it was cut into pages (a sure
    # break elsewhere, page numbers, several such paragraphs) or when a word runs
    # across the break.  Body text before a line that does not open a sentence
    # ("plain") is half a sentence whatever the rest of the document.
    plain = sum(1 for c in candidates if c[2] == "plain")
    paged = (plain >= 3 or bool(page_numbers(doc))
             or any(c[2] in STRONG_REASONS for c in candidates))
    paras = doc.paragraphs
    out = []
    for index, j, reason in candidates:
        if reason not in STRONG_REASONS and (
                _indented(doc, j) or (reason != "runin" and (_title_or_caption(doc, index, j)
                                                             or {index, j} <= unstopped_items(doc)))) \
                and not _word_across(paras[index], paras[j]):
            # Without a sign inside the sentence, the layout decides: a line indented past the
            # margin opens a paragraph, and a short line with no sentence in it, standing where
            # a page puts a title or a caption, is one -- unless it is an item whose siblings
            # all run their text on after a stop ("runin"): then it lost its own.  A word cut
            # in two across the lines ("……一项重要司" / "法改革任务……") outweighs the layout:
            # a title or a paragraph ends on a whole word.
            continue
        if reason in STRONG_REASONS or reason in ("plain", "page") or (paged and reason == "runin"):
            out.append((index, j, reason))
        elif reason == "short" and j > index + 1:
            out.append((index, j, "page"))  # a page number stands between the halves
        elif _word_across(paras[index], paras[j]):
            out.append((index, j, "word"))
    return out


def unfinished_lines(doc: Document) -> List[Tuple[int, int]]:
    """(line, next line) for every text line that stops mid-sentence before a non-heading."""
    return _cached(doc, "unfinished", _find_unfinished_lines)


def _find_unfinished_lines(doc: Document) -> List[Tuple[int, int]]:
    residue = residue_paragraphs(doc)
    pages = page_numbers(doc)
    tables = doc.table_lines
    paras = doc.paragraphs
    out = []
    for index in _unclosed(doc):
        if (index in residue or index in pages or heading_marked(doc, index)
                or (tables and paras[index].line in tables)):
            continue
        j = _next_text(doc, index)
        if (j is not None and j not in residue and not heading_marked(doc, j)
                and not (tables and paras[j].line in tables)):
            out.append((index, j))
    return out


def hard_wrapped(doc: Document) -> bool:
    """Is the whole text cut at a fixed line width (a PDF copied line by line)?

    Then nearly every line "continues" in the next: that is one defect of the
    document, not hundreds of broken paragraphs or missing full stops.
    """
    return _cached(doc, "wrapped", _hard_wrapped)


_WIDE = lazy(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”‘’…—]")


def _width(text: str) -> int:
    """Display width: a Chinese character or full-width mark takes two cells."""
    return len(text) + len(_WIDE.findall(text))


def _hard_wrapped(doc: Document) -> bool:
    residue = residue_paragraphs(doc)
    tables = doc.table_lines
    cells = {p.index for p in doc.paragraphs if p.line in tables} if tables else set()
    text_lines = len(doc.paragraphs) - len(residue | page_numbers(doc) | cells)
    unfinished = unfinished_lines(doc)
    if len(unfinished) < 8 or len(unfinished) * 2 <= text_lines:
        return False
    # Lines cut at a fixed width end near that width; a header of short lines
    # (title, date, author, keywords) also lacks end marks but has no common width.
    widths = sorted(_width(doc.paragraphs[i].text) for i, _ in unfinished)
    wrap = widths[len(widths) // 2]
    near = sum(1 for w in widths if abs(w - wrap) <= max(4, wrap // 10))
    return wrap >= 20 and near >= 8 and near * 5 >= text_lines * 2
