"""Paragraph shape: what kind of line a paragraph is and how it ends.

Title-like and body-like lines, list items and table rows, the page numbers a
PDF leaves between pages, outline headings alone on their line or stuck to the
end of a paragraph, and whether a paragraph ends closed, in a separator or
open.  Plain functions of a paragraph (or a document's paragraphs), so that
every check can tell a heading or a cut-off line from a sentence:
broken-paragraph, web-residue, punctuation's paragraph-end and brackets use them.
"""
from __future__ import annotations

import re
from typing import List, Optional, Set

from lintlaw.document import Document, Paragraph, matching_close, matching_open, parse_heading
from lintlaw.lazy_re import lazy


def _cached(doc: Document, key: str, compute):
    """Results shared by the checks that read paragraph shape."""
    return doc.memo(("layout", key), compute)


SENTENCE_MARKS = re.compile(r"[。！？；]")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Page furniture a PDF leaves between the halves of a paragraph: "- 3 -", "—3—", "第3页 共9页".
_PAGE_NUMBER = re.compile(
    r"(?:[-—－–]\s*\d{1,3}\s*[-—－–]|[·•・]\s*\d{1,3}\s*[·•・]|第\s*\d{1,3}\s*页(?:\s*[，/]?\s*共\s*\d{1,3}\s*页)?"
    r"|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})"
)
# The same, but only the forms no table cell or list holds: "- 3 -", "—3—", "·3·", "第3页 共9页".
_MARKED_PAGE_NUMBER = lazy(
    r"[-—－–]\s*\d{1,3}\s*[-—－–]|[·•・]\s*\d{1,3}\s*[·•・]|第\s*\d{1,3}\s*页(?:\s*[，/]?\s*共\s*\d{1,3}\s*页)?"
)
# A list item that is not an outline level: bullets, table rows.
_BULLET = re.compile(r"[-*+•·●◆■▪◇○□►▶√※]")


_SHORT_TITLE = 30
# A count in a line ("3项", "12件", "100%"): what a sentence reports, not what a heading names.
_COUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|[个件人次项家名起份条户台座处批场倍位卷宗篇辆套本册张所万亿元余多])")
# Words of a sentence that reports what was done, not of a heading that names it.
_REPORTING = re.compile(r"了|均|已经|全年|其中|累计|共计|我局|我委|我办|我市|我区|我县|得到")


def _numbered_heading(folded: str) -> bool:
    """An outline item that reads as a heading, however long: phrases after its number,
    no count, no sentence ("一、坚持党的领导，全面推进法治政府建设，为高质量发展提供保障")."""
    parsed = parse_heading(folded)
    if parsed is None:
        return False
    body = folded[parsed[2]:].rstrip()
    if not body or len(body) > 70 or _COUNT.search(body) or _REPORTING.search(body):
        return False
    phrases = re.split(r"[，、]", body)
    return len(phrases) <= 4 and all(len(p) <= 26 for p in phrases)


# A subject and its verb opening a line: "县水利局严格落实……", "区司法局将……".
_ORGAN = r"(?:局|委|办|院|厅|署|政府|部门|中心|所|队|站|党组|党委|支部|小组|委员会|单位|乡镇|街道|社区|我们)"
_VERB_AFTER_SUBJECT = (
    r"(?:将|要|已|还|也|均|都|坚持|认真|严格|全面|深入|积极|持续|始终|切实|扎实|进一步|不断|高度|共|累计|全年|"
    r"组织|开展|召开|印发|制定|出台|建立|完善|加强|推进|强化|落实|把|以|对|在|通过|按照|围绕|结合|紧紧|主动|聚焦|"
    r"着力|狠抓|注重|牢固|先后|率先|于|被|获|聘请|成立)"
)
SUBJECT_START = r"[\u4e00-\u9fff]{0,10}?" + _ORGAN + r"[\u4e00-\u9fff]{0,4}?" + _VERB_AFTER_SUBJECT
_SUBJECT = re.compile(SUBJECT_START)


def title_like(para: Paragraph) -> bool:
    """A heading, title, organ name or date line: short, with no sentence inside.

    Headings often carry a comma ("（三）城市管理体制不健全，城市管理难度大"), so
    a comma alone does not make a line body text.  A line with a comma is a
    sentence when it reports (a count, 全年, 均, 了) or opens with a subject and its
    verb ("县水利局严格落实……，组织开展……"); otherwise length with commas makes
    it one, unless the line is numbered as an outline item and reads as a heading.
    """
    folded = para.folded
    if SENTENCE_MARKS.search(folded[:-1]) or len(folded) > 120:
        return False
    if folded[-1] in "。！？；" and len(folded) > 50:
        return False
    commas = folded.count("，")
    if commas == 0:
        return True
    if _COUNT.search(folded) or _REPORTING.search(folded) or _SUBJECT.match(folded):
        return False
    # Two or more commas in a line of more than 30 characters: a sentence, not a heading,
    # unless it is numbered and reads as one ("一、坚持党的领导，全面推进……，为……提供保障").
    if len(folded) <= 50 and (commas == 1 or len(folded) <= _SHORT_TITLE):
        return True
    return folded[-1] not in "。！？；，、" and _numbered_heading(folded)


# Sixteen Chinese characters, found without counting all of a long paragraph.
_SIXTEEN_CJK = re.compile(r"(?:[^\u3400-\u9fff\uf900-\ufaff]*[\u3400-\u9fff\uf900-\ufaff]){16}")


def body_like(para: Paragraph) -> bool:
    """Running report text: not title-like and written in Chinese."""
    return not title_like(para) and _SIXTEEN_CJK.match(para.folded) is not None


def bracketed_note(folded: str) -> bool:
    """Is the whole paragraph one note in brackets ("（华中师范大学 法学院，湖北 武汉 430079）",
    "（上接第一版）")?  An aside complete in itself: no half of a sentence, no sentence without its stop."""
    return (folded[:1] == "（" and folded[-1:] == "）"
            and matching_close(folded, 0, len(folded)) == len(folded) - 1)


# Keywords under an article's title ("关键词：行政复议；诉源治理", "【中文关键词】 行政审判；白皮书"), or
# the bare list itself ("乡镇治理;社会关系;乡镇政府"): terms, no sentence.
_KEYWORDS = re.compile(r"[【\[]?(?:中文)?(?:关键[词字]|關鍵[詞字])[】\]]?\s*[：:]?|(?:[\u4e00-\u9fff]{2,10}；){2,}[\u4e00-\u9fff]{2,10}$")


def keyword_line(folded: str) -> bool:
    return len(folded) <= 80 and _KEYWORDS.match(folded) is not None


# A photo's caption closing the paragraph ("……开展禁毒宣传活动。图为宣传现场，小朋友也加入了宣传
# 队伍"): a caption takes no full stop, whatever pauses it holds, and no sentence runs on from it.
# A caption may be numbered ("图片2：……", "图3 ……") or be the picture's file name a page
# printed in its place ("……打卡点.jpg").
# So may the photographer's credit that closes a caption ("……全体会议举行。张明摄", "记者 张明 摄",
# "（张明 摄）", "摄影：张明"): a name and 摄, never a sentence (拍摄 is the verb).
_CAPTION_TAIL = re.compile(r"(?:^|[。！？”])[ \u3000\xa0]*(?:[▲△●◆■]\s*)?"
                           r"(?:(?:图为|图片为|图\s*：|图片?\s*\d{1,2}\s*[：、.\s])[^。！？]{2,80}"
                           r"|[^。！？]{1,80}\.(?:jpe?g|png|gif|bmp|webp)"
                           r"|[（(]?\s*(?:(?:本报)?(?:记者|通讯员)\s*)?[\u4e00-\u9fff]{2,4}"
                           r"(?:\s*[、和]\s*[\u4e00-\u9fff]{2,4})?\s*(?<!拍)摄(?:影)?\s*[)）]?"
                           r"|摄影\s*[：:]\s*[\u4e00-\u9fff]{2,4})$", re.IGNORECASE)
# A document viewer's page counter after the paragraph's last sentence ("……。 第3页 共5页").
_COUNTER_TAIL = lazy(r"[。！？”][ \u3000\xa0]*第\s*\d{1,3}\s*页\s*[，/]?\s*共\s*\d{1,3}\s*页[ \u3000\xa0]*$")


def caption_tail(folded: str) -> bool:
    """Does the paragraph end in a photo's caption or file name (after its last sentence, or alone)?"""
    tail = folded[-90:]
    return ("图" in tail or "." in tail or "摄" in tail[-8:]) and _CAPTION_TAIL.search(folded, max(0, len(folded) - 90)) is not None


# A table flattened into lines of cells set apart by spaces: a header row of short labels
# ("事项名称 事项类别 公开内容 公开依据 …"), then its rows.
_HEADER_CELLS = 5
_HEADER_CELL = 8


def spaced_table_row(doc: Document, para: Paragraph) -> bool:
    """Is ``para`` a row of a table flattened into spaced cells, under its header row (five or
    more cells of at most eight characters, no mark in them) a few lines above?  A cell ends
    without a stop; the row is no paragraph."""
    cells = para.folded.split()
    if len(cells) < _HEADER_CELLS - 1:
        return False
    for index in range(para.index - 1, max(-1, para.index - 4), -1):
        header = doc.paragraphs[index].folded.split()
        if len(header) >= _HEADER_CELLS and all(len(c) <= _HEADER_CELL and CJK.match(c) and not
                                                 SENTENCE_MARKS.search(c) and "，" not in c for c in header):
            return True
    return False


def counter_tail(folded: str) -> bool:
    """Does the paragraph end in a viewer's page counter after its last sentence ("……。 第2页 共2页")?"""
    return "页" in folded[-16:] and _COUNTER_TAIL.search(folded, max(0, len(folded) - 24)) is not None


def article_keywords(folded: str) -> bool:
    """An article's own keyword line: its terms set apart by semicolons, as journals print them
    ("关键词：行政执法；基层治理", "【关键词】政治参与；社会治理") -- part of the article, not of the page.
    A site's keyword field lists words with spaces ("关键词：法治政府 年度报告")."""
    return keyword_line(folded) and ("；" in folded or ";" in folded)


def is_page_number(para: Paragraph) -> bool:
    return len(para.folded) <= 16 and _PAGE_NUMBER.fullmatch(para.folded) is not None


def is_marked_page_number(para: Paragraph) -> bool:
    """A page number written with its dashes or dots ("- 7 -", "·7·") or as 第3页 共12页."""
    return len(para.folded) <= 16 and _MARKED_PAGE_NUMBER.fullmatch(para.folded) is not None


def page_numbers(doc: Document) -> Set[int]:
    """Indices of the page-number lines a PDF left in the text."""
    return _cached(doc, "pages", lambda d: {p.index for p in d.paragraphs if is_page_number(p)})


_WIDE_GAP = re.compile(r"[ \u3000]{2,}")


def is_list_item(para: Paragraph) -> bool:
    """A bulleted item or a table row (cells separated by tabs or wide gaps)."""
    text = para.text
    if _BULLET.match(text) or "\t" in text:
        return True
    return len(text) <= 100 and len(_WIDE_GAP.findall(text)) >= 2


# How a paragraph ends.
CLOSED = "closed"  # 。！？；：…, or a closing mark after one
SEPARATOR = "separator"  # ，、 or an opening mark: the sentence obviously goes on
OPEN = "open"  # a word character: no closing punctuation
OTHER = "other"  # a dash, a symbol: not judged

_ENDERS = set("。！？；：…!?;:.")
_CLOSERS = "”’」』》）】〕\"')]"
_OPENERS = "“‘「『《（【〔("
_SUPERSCRIPTS = set("\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079")
_BRACKET_NOTE = re.compile(r"\[\d{1,3}\]$")
_WORD_END = re.compile(r"[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9%％]")


def text_end(folded: str) -> int:
    """Length of a paragraph without trailing space and footnote marks ("…。[1]", "…。¹")."""
    end = len(folded.rstrip())
    while end:
        if folded[end - 1] in _SUPERSCRIPTS:
            end -= 1
            continue
        note = _BRACKET_NOTE.search(folded, max(0, end - 5), end)
        if note is None:
            break
        end = note.start()
    return end


def end_state(folded: str) -> str:
    """CLOSED, SEPARATOR, OPEN or OTHER for a paragraph's folded text."""
    if folded and folded[-1] in _ENDERS:
        return CLOSED  # most paragraphs: nothing after the end mark to look through
    end = text_end(folded)
    checked_note = False
    while end and folded[end - 1] in _CLOSERS:
        if folded[end - 1] == "）" and not checked_note:
            # "完成评查120卷。（数据截至12月31日）": a note after a finished sentence.
            checked_note = True
            opener = matching_open(folded, end - 1)
            if opener > 0 and folded[opener - 1] in _ENDERS:
                return CLOSED
        end -= 1
    if not end:
        return OTHER
    last = folded[end - 1]
    if last in _ENDERS:
        return CLOSED
    if last in "，、" or last in _OPENERS:
        return SEPARATOR
    if _WORD_END.match(last):
        return OPEN
    return OTHER


def end_states(doc: Document) -> List[str]:
    """``end_state`` of every paragraph, by index."""
    return _cached(doc, "ends", lambda d: [
        CLOSED if p.folded[-1] in _ENDERS else end_state(p.folded) for p in d.paragraphs])


def heading_marked(doc: Document, index: int) -> bool:
    return index in doc.heading_at_paragraph


_HEADING_LIMIT = 40


def heading_line(doc: Document, index: int) -> bool:
    """An outline heading alone on its line: numbered (or marked up), short, no sentence in it.

    A comma does not make it body text ("一、加强党的领导，确保正确方向").
    """
    folded = doc.paragraphs[index].folded
    return (heading_marked(doc, index) and len(folded) <= _HEADING_LIMIT
            and "。" not in folded and "！" not in folded and "？" not in folded)


_SENTENCE_STOP = re.compile(r"[。！？][”’」』）)\"']*")
_ITEM_BOUNDARY = re.compile(r"[。！？；：]\s*")


def fused_heading(para: Paragraph) -> Optional[int]:
    """Offset (in the paragraph) of an outline heading stuck to the end of the
    paragraph ("……临时工1239人。 二、主要作法及成效"), or None.

    Not when an earlier item of the same style stands inside the paragraph: that
    is a run-in list ("主要有：1.健全制度；2.强化监督") whose last item lost its stop.
    """
    folded = para.folded
    last = max(folded.rfind("。"), folded.rfind("！"), folded.rfind("？"))
    if last < 0:
        return None
    start = _SENTENCE_STOP.match(folded, last).end()
    while start < len(folded) and folded[start] in " \t\u3000\xa0":
        start += 1
    tail = folded[start:]
    if not tail or len(tail) > _HEADING_LIMIT or "；" in tail:
        return None
    parsed = parse_heading(tail)
    if parsed is None or not CJK.search(tail, parsed[2]):
        return None
    # (The paragraph's own marker does not count: "（一）……。（二）……" is two items on one line.)
    for boundary in [m.end() for m in _ITEM_BOUNDARY.finditer(folded, 0, start)]:
        if boundary < start:
            earlier = parse_heading(folded[boundary:boundary + 12])
            if earlier is not None and earlier[0] == parsed[0]:
                return None
    return start


# An item's marker inside a heading's words: "一、信访问题 1、现今存在的最大的隐患" is a heading and
# the first item under it, run together (the item's line lost), not a heading alone.
_INNER_ITEM = re.compile(r"[ \t\u3000\xa0](?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}是)")


def page_joined_heading(para: Paragraph, fused: int) -> bool:
    """Is the heading stuck at ``fused`` (``fused_heading``) set apart from the sentence before it
    by a space ("……工作机制进一步健全。 三、存在的问题")?  A copied page turns its line breaks into
    spaces: the report has the heading on a line of its own.  Not when an item runs on inside it."""
    return para.folded[fused - 1] in " \t\u3000\xa0" and not _INNER_ITEM.search(para.folded, fused)


# A saved page's address on a line of its own ("# https://…"): metadata above the page's first line.
_PAGE_ADDRESS = re.compile(r"#?\s*(?:https?\s*[:：]\s*//|www\.)\S*\s*$", re.I)


def first_text_paragraph(doc: Document) -> int:
    """Index of the text's first paragraph, below the page's address line if it has one (-1: none)."""
    for para in doc.paragraphs:
        if not _PAGE_ADDRESS.match(para.folded):
            return para.index
    return -1


_HEADLINE_LIMIT = 40
_HEADLINE_SPLIT = re.compile(r"[，,\s\u3000]+")


# What a news headline carries besides its words: the source it quotes before a colon ("国家统计局：",
# "住建部："), a lead-in cry ("好消息！", "世界消息！"), and a subtitle after a dash ("……390万家——某某成效显著").
_HEADLINE_SOURCE = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[！!]\s*)?(?:[\u4e00-\u9fff]{2,10}[：:]\s*)?")
_HEADLINE_DASH = re.compile(r"\s*(?:——|—|--)\s*")


def headline(folded: str) -> bool:
    """A news page's headline: at most two short clauses joined by a comma or a space, no stop
    ("某省公安破获电诈案件3500余起，返还涉诈资金3.1亿元", "破获电诈案件1200余起 返还资金8600万元");
    the source it quotes and a lead-in cry before it, and a subtitle after a dash, as news pages
    write them ("国家统计局：2023年国内出游48.9亿人次，同比增长93.3%", "好消息！住建部：……5.25万个")."""
    folded = folded.strip()
    folded = folded[_HEADLINE_SOURCE.match(folded).end():]
    sides = _HEADLINE_DASH.split(folded)
    return 0 < len(sides) <= 2 and all(_headline_core(side) for side in sides)


def _headline_core(folded: str) -> bool:
    if len(folded) > _HEADLINE_LIMIT or any(mark in folded for mark in "。！？；：、!?;:"):
        return False
    parts = _HEADLINE_SPLIT.split(folded.strip())
    return len(parts) <= 2 and all(len(part) >= 3 for part in parts)  # 十年来，城镇新增就业…


# A news story's first line, its dateline: “某某新闻讯（记者…）”, “新华社武汉4月6日电”, “本报讯”.  (Not a day
# it tells of, “12月4日，…”: a report's paragraph may open so under one that lost its stop.)
_STORY_LEAD = re.compile(r"[\s\u3000]*(?:[^，。；\s]{0,16}?\d{1,2}月\d{1,2}日\s*电|(?:本报|本网|本台|[^，。；\s]{2,10})讯"
                         r"(?=[\s（(：:]))")


def page_headline(doc: Document, index: int) -> bool:
    """Is paragraph ``index`` a saved page's headline: the first line under the page's address (or the
    page's first line, where a story's dateline follows it), a
    headline in form (``headline``), with more text after it?  It takes no stop, and the line under
    it (a subtitle, the story's first line) does not carry on its sentence."""
    top = first_text_paragraph(doc)
    if index != top or index < 0 or index + 1 >= len(doc.paragraphs):
        return False
    following = doc.paragraphs[index + 1].folded
    if not headline(doc.paragraphs[index].folded):
        # A deck (引题) over the headline: a short line of one or two clauses with no stop, the
        # headline under it ("年初以来受理率、反馈回复率100%，群众满意率超98%" / "福州12345：热线里的“马上就办”").
        deck = doc.paragraphs[index].folded.strip()
        return (len(deck) <= _DECK_LIMIT and not any(mark in deck for mark in "。！？；") and deck.count("，") <= 1
                and not _numbered_heading(following.strip()) and not is_page_number(doc.paragraphs[index + 1])
                and _headline_under_deck(following)
                and index + 2 < len(doc.paragraphs))
    if top > 0 or _STORY_LEAD.match(following) is not None:
        return True
    # A headline quoting its source ("人社部：十年来，……超过1300万人") over a story that opens with its
    # date ("8月25日，中共中央宣传部举行……"): a news page, whatever the story's dateline lost.
    return _QUOTED_SOURCE.match(doc.paragraphs[index].folded) is not None and _DATE_LEAD.match(following) is not None


_DECK_LIMIT = 40
_HEADLINE_CJK = 6  # a headline says something: not a page number ("- 7 -") between two halves of a sentence
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _headline_under_deck(folded: str) -> bool:
    folded = folded.strip()
    return headline(folded) or (len(folded) <= _DECK_LIMIT and len(_CJK.findall(folded)) >= _HEADLINE_CJK
                                and not any(mark in folded for mark in "。！？；，、"))
_QUOTED_SOURCE = re.compile(r"\s*(?:[\u4e00-\u9fff]{2,6}[！!]\s*)?[\u4e00-\u9fff]{2,10}[：:]")
_DATE_LEAD = re.compile(r"[\s\u3000]*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日[，,]")


def page_address(folded: str) -> bool:
    """A line that is only a web page's address ("# https://…", "www.…")."""
    return _PAGE_ADDRESS.match(folded) is not None


def tail_start(para: Paragraph, limit: int = 8) -> int:
    """Offset of a paragraph's last few characters (back to its last pause, at most ``limit``)."""
    cut = max(para.folded.rfind(m, 0, len(para.folded) - 1) for m in "，。；：？！、")
    return para.start + max(cut + 1, len(para.folded) - limit)
