"""Brackets and quotation marks that lost their partner.

Marks are matched per paragraph with a stack, so nesting (“《宪法》”) and
crossing (“《…”》) are both understood.  Half-width () are read as （）: a report
converted on the web often mixes the two widths, which is a width problem
(punctuation-width), not an unpaired mark.  When a paragraph ends mid-sentence
(a page break cut it), its open marks may close on the next line: they are
paired across the break, and broken-paragraph reports the break itself; so are they where
the next line opens with the partner of the mark left open last, however the first line
ends ((以下简称《条例》 / )和……: the page broke the line inside the pair).  A title set over
several short lines carries them across each of its breaks.
Marks side by side that all lack their partner (“（（（”, “）】”) are one finding.
The work is linear in the marks, however many are left open or closed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, Iterator, List, Optional, Tuple

from lintlaw.document import Document, Paragraph
from lintlaw.finding import Finding, Msg
from lintlaw.registry import rule
from lintlaw.wording import quote

from ._cutoff import cut_off
from ._layout import is_list_item, page_numbers

PAIRS = {"（": "）", "〔": "〕", "【": "】", "[": "]", "《": "》", "〈": "〉", "“": "”", "‘": "’", "［": "］"}
CLOSERS: Dict[str, str] = {close: open_ for open_, close in PAIRS.items()}
# 〝〞 (and the low 〟) are the vertical-text double quotes that some converters put in
# place of “” - often only on one side (“法治思维〞): read them as “”.
def _standard_quotes(text: str) -> str:
    if "〝" in text or "〞" in text or "〟" in text:
        return text.replace("〝", "“").replace("〞", "”").replace("〟", "”")
    return text
MARKS = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")
# The marks of a paragraph, the vertical quotes included: its mark sequence.
_SEQUENCE_MARKS = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "〝〞〟]")


@lru_cache(maxsize=4096)
def _nested(sequence: str) -> bool:
    """Does a paragraph whose marks are ``sequence`` close every mark it opens, in order?

    Then it has nothing to report and nothing left open, whatever its words: most
    paragraphs are like that, and share a few sequences (“”, 《》, （）《》).
    Sequences with ‘’ (maybe apostrophes) or vertical quotes are left to _scan.
    """
    if "‘" in sequence or "’" in sequence or "〝" in sequence or "〞" in sequence or "〟" in sequence:
        return False
    stack: List[str] = []
    for mark in sequence:
        if mark in PAIRS:
            stack.append(mark)
        elif not stack or PAIRS[stack.pop()] != mark:
            return False
    return not stack

# "1）", "a)", "一)", "（2）" - a list marker: a closing bracket after a short item
# number at the start of a paragraph or right after a clause or sentence break.
_LIST_MARKER = re.compile(r"(?:^|[\s；。，：、])(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})$")
_LIST_MARKER_LENGTH = 4  # the most characters it spans
# A paragraph that ends like this is finished; its open marks cannot close on the next line.
_FINISHED = "。！？；：…”’）》」』】〕"


def _is_apostrophe(text: str, index: int) -> bool:
    """’ between Latin letters is an apostrophe (people’s), not a closing quote."""
    return 0 < index < len(text) - 1 and text[index - 1].isascii() and text[index - 1].isalpha() \
        and text[index + 1].isascii() and text[index + 1].isalpha()


def _scan(para: Paragraph, carried: List[Tuple[str, int]]) -> Tuple[List[Tuple[str, int]], List[Tuple[str, int, Optional[str]]]]:
    """Match the marks of one paragraph.

    Returns the marks still open at its end, and the problems found:
    (mark, offset, expected closer or None for an unmatched closer).  Linear in
    the marks: how many of each opener the stack holds is counted, so a closer
    with no opener is told at once, and a search down the stack pops what it passes.
    """
    stack = list(carried)
    open_count: Dict[str, int] = {}
    for mark, _ in stack:
        open_count[mark] = open_count.get(mark, 0) + 1
    problems: List[Tuple[str, int, Optional[str]]] = []
    folded = _standard_quotes(para.folded)
    start = para.start
    for match in MARKS.finditer(folded):
        mark = match.group()
        opener = CLOSERS.get(mark)
        if opener is None:  # an opening mark
            if mark != "‘" or not _is_apostrophe(folded, match.start()):
                stack.append((mark, start + match.start()))
                open_count[mark] = open_count.get(mark, 0) + 1
            continue
        if stack and stack[-1][0] == opener:  # the usual case: it closes the innermost mark
            if mark != "’" or not _is_apostrophe(folded, match.start()):
                stack.pop()
                open_count[opener] -= 1
            continue
        index = match.start()
        if mark == "’" and _is_apostrophe(folded, index):
            continue
        if not open_count.get(opener):
            # "1）": a list marker, found in the few characters before the mark.
            if mark in "）]］" and _LIST_MARKER.search(folded, max(0, index - _LIST_MARKER_LENGTH), index):
                continue
            problems.append((mark, start + index, None))
            continue
        depth = len(stack) - 1
        while stack[depth][0] != opener:
            depth -= 1
        for open_mark, open_offset in stack[depth + 1:]:
            problems.append((open_mark, open_offset, PAIRS[open_mark]))
        for open_mark, _ in stack[depth:]:
            open_count[open_mark] -= 1
        del stack[depth:]
    return stack, problems


# A speech's or a report's occasion on a line of its own, in brackets under the title
# ((2023年2月8日在县第十七届人民代表大会第二次会议上): complete as it stands, whatever follows it
# (the speaker's name, 各位代表：), so a bracket it leaves open was never closed.
_OCCASION = re.compile(r"[（(][^（()）]{0,24}?在[^（()）。；]{2,40}?(?:会议|大会|座谈会|论坛|典礼)上"
                       r"(?:的(?:讲话|报告|工作报告|发言|致辞))?[ \u3000]*$")


def _occasion(para: Paragraph) -> bool:
    return para.folded.startswith(("（", "(")) and _OCCASION.match(para.folded) is not None


def _continues(para: Paragraph, following: Optional[Paragraph], doc: Document) -> bool:
    """Does ``para`` stop mid-sentence and go on in ``following`` (a page break)?"""
    if following is None or following.line - para.line > 2 or _occasion(para):
        return False
    cut = cut_off(doc)
    if cut is not None and cut.paragraph == para.index:
        return False  # the text stops here: what follows is the site's notice (预览结束……)
    if para.folded[-1] in _FINISHED or following.index in doc.heading_at_paragraph:
        return False
    return True


def _closed_first(still_open: List[Tuple[str, int]], following: Optional[Paragraph]) -> bool:
    """Does ``following`` open with the partner of the mark left open last ((以下简称《条例》 / )和……):
    the page broke the line inside the pair, however the first line ends."""
    if following is None or not still_open:
        return False
    head = following.folded.lstrip(" \t\u3000")
    return bool(head) and head[0] == PAIRS[still_open[-1][0]]


def _cut_off_after(doc: Document, para: Paragraph, offset: int) -> bool:
    """Was the text after an open mark cut off (a truncated title in a page's link list, the
    last sentence of a text that stops inside it)?

    The closing half went with the lost text: the truncation is the defect, and
    web-residue or broken-paragraph reports it.
    """
    cut = cut_off(doc)
    if cut is not None and para.index == cut.paragraph and offset < cut.end:
        # The text itself stops in this paragraph (a page's excerpt, a site's preview cut
        # short): a mark opened in its last sentence may close in what was cut, the mark its
        # last character too (组建“1+1+N”的“, 制定《......), a bracket over a ；too (（地址：…；
        # 邮编：32).  A mark left open before a sentence that ended was never closed; a line of
        # marks alone ("（（（") is stray.
        last_stop, _, words = _tail(doc, para)
        if para.folded[offset - para.start] in "（(":
            last_stop = _last_full_stop(doc, para)
        return words and last_stop < offset
    if para.folded[-1] in _FINISHED or _occasion(para):
        return False
    last_stop, last_word, _ = _tail(doc, para)
    if para.index == len(doc.paragraphs) - 1 and last_word >= 0:
        return last_stop < offset  # the text's last line, short as a title's piece, stops in it
    return last_stop < offset < last_word


_WORD = re.compile(r"\w")


def _last_full_stop(doc: Document, para: Paragraph) -> int:
    """Offset of the paragraph's last 。！？ (-1 if none), found once however many marks ask."""
    seen: Dict[int, int] = doc.memo("brackets-full-stop", lambda d: {})
    if para.index not in seen:
        stop = max(para.folded.rfind(mark) for mark in "。！？")
        seen[para.index] = para.start + stop if stop >= 0 else -1
    return seen[para.index]


def _tail(doc: Document, para: Paragraph) -> Tuple[int, int, bool]:
    """Offsets of the paragraph's last 。！？； (-1 if none) and of its last word character
    (-1 if none), and whether it has a word at all, found once however many marks ask."""
    seen: Dict[int, Tuple[int, int, bool]] = doc.memo("brackets-tail", lambda d: {})
    if para.index not in seen:
        stop = max(para.folded.rfind(mark) for mark in "。！？；")
        word = -1
        for at in range(len(para.folded) - 1, stop, -1):
            if _WORD.match(para.folded, at):
                word = at
                break
        seen[para.index] = (para.start + stop if stop >= 0 else -1, para.start + word if word >= 0 else -1,
                            word >= 0 or _WORD.search(para.folded) is not None)
    return seen[para.index]


def _run_finding(doc: Document, run: List[Tuple[int, str, Optional[str]]]) -> Finding:
    """One finding for marks side by side that all lack their partner (“（（（（”, “）】”)."""
    (offset, mark, expected), count = run[0], len(run)
    if count == 1:
        return _problem_finding(doc, mark, offset, expected)
    shown = doc.text[offset:offset + count]
    if count > 12:
        shown = shown[:10] + "……"
    return Finding(
        offset, run[-1][0] + 1,
        Msg(f"连续{count}个标号{quote(shown)}都没有配对", f"{count} marks in a row ({quote(shown, 'en')}) have no partner"),
        help=Msg("删去多余的标号，或在所括内容的另一端补上对应的标号",
                 "delete the stray marks, or add each one's partner where the enclosed text ends or begins"),
    )


def _runs(problems: List[Tuple[int, str, Optional[str]]]) -> Iterator[List[Tuple[int, str, Optional[str]]]]:
    """The problems (sorted by offset) grouped into runs of adjacent marks."""
    run: List[Tuple[int, str, Optional[str]]] = []
    for problem in problems:
        if run and problem[0] != run[-1][0] + 1:
            yield run
            run = []
        run.append(problem)
    if run:
        yield run


# What follows a document number's 〔 whose 〕 was lost: the year run into the serial number and 号
# (〔202191号 is 〔2021〕91号).
_DOCNUM_LEFT_OPEN = re.compile(r"((?:19|20)\d{2})(\d{1,4})\s*号")


def _problem_finding(doc: Document, mark: str, offset: int, expected: Optional[str]) -> Finding:
    if expected is not None:
        text_after = doc.folded[offset + 1:offset + 12]
        help_ = Msg(f"在该处内容结束的地方补上{quote(expected)}，或删去多余的{quote(mark)}",
                    f"add the closing {expected} where the enclosed text ends, or delete the stray {mark}")
        docnum = _DOCNUM_LEFT_OPEN.match(text_after) if mark == "〔" else None
        if docnum:
            help_ = Msg(f"发文字号写作“〔{docnum.group(1)}〕{docnum.group(2)}号”（GB/T 9704-2012 7.2.5）",
                        f"write the document number as 〔{docnum.group(1)}〕{docnum.group(2)}号 (GB/T 9704-2012 7.2.5)")
        return Finding(offset, offset + 1,
                       Msg(f"{quote(mark)}没有对应的{quote(expected)}", f"{mark} is never closed by {expected}"),
                       help=help_)
    opener = CLOSERS[mark]
    para = doc.paragraph_of(offset)
    at_start = para is not None and para.start == offset
    if at_start and mark == "）":
        help_ = Msg("这像是丢了序号的标题：补全为“（一）”“（二）”……中应有的序号；否则删去“）”",
                    "this looks like a heading that lost its number: write the full marker, e.g. （三）; otherwise delete the )")
    else:
        help_ = Msg(f"在被括起的内容开头补上{quote(opener)}，或删去多余的{quote(mark)}",
                    f"add the opening {opener} where the enclosed text begins, or delete the stray {mark}")
    return Finding(offset, offset + 1,
                   Msg(f"{quote(mark)}没有对应的{quote(opener)}", f"{mark} has no opening {opener}"),
                   help=help_)


@rule(
    code="LL401",
    name="unbalanced-bracket",
    severity="error",
    summary="括号或引号不成对：有开无合，或有合无开",
    summary_en="a bracket or quotation mark without its partner",
    why="GB/T 15834-2011《标点符号用法》4.1、4.9：引号、括号、书名号成对使用，标示的内容首尾各用一个。"
    "丢掉一半的标号（“〔202191号”“七五”普法”）多是录入或复制时的差错，读者无法确定所括的范围。"
    "文本在句中被截断（网页摘录，文库预览停在“......”或“预览结束”一行之前）时，最后一句打开的标号不报告：另一半随截去的部分丢了。",
    why_en="GB/T 15834-2011 4.1 and 4.9: quotation marks, brackets and title marks come in pairs around what "
    "they enclose. A lone half (〔202191号, 七五”普法) is a typing or pasting slip that leaves the reader "
    "unsure what is enclosed. A text cut off (a page's excerpt, a site's preview that stops with dots "
    "or a 预览结束 line) is not judged on the marks its last sentence opened: the partner went with the cut.",
    bad=[
        "根据《沙坪坝区城市管理局权责清单》(沙城管局发〔202191号),对年度执法工作进行部署。",
        "某区生态环境局文件\n宝环保〔20261号\n某区生态环境局\n2025年法治政府建设情况报告\n2025年，我局深入推进法治政府建设。",
        ")执法联动保障不足。城市管理行政执法受制于执法保障薄弱。",
        "七五”普法实施以来,区城管委结合工作实际开展普法工作。",
        "某县2023年预算执行情况的报告\n（2024年1月10日在县第十八届人民代表大会第三次会议上\n县财政局\n各位代表：",
        "认真学习《中华人民共和国宪法》《民法典》等法律法规，组织开展“法律进社区活动。",
        "全面落实行政执法“三项制度（行政执法公示、执法全过程记录、重大执法决定法制审核。",
        "深入学习贯彻《法治政府建设实施纲要（2021—2025年》，推动各项任务落实。",
        "制定了【法治政府建设工作要点，明确了年度任务。",
        "开展“《宪法》进机关”》活动，营造尊法学法氛围。",
        "严格执行《重大行政决策程序暂行条例，规范决策程序。",
        "主任、副主任、秘书长、各位委员：\n(\n现将我市法院行政审判工作情况报告如下。",
        "（（（（（（（（（（",
    ],
    good=[
        "某县2023年预算执行情况的报告\n（2024年1月10日在县第十八届人民代表大会第三次会议上）\n县财政局\n各位代表：",
        "某市人民政府\n关于《某市人大常委会对〈某市人民政府关于2017年度\n环境保护工作情况的报告〉的\n"
        "审议意见》研究处理情况的报告\n市人大常委会：\n现将有关情况报告如下。",
        "局党组充分发挥法治政府建设（依法行\n- 3 -\n政）工作领导小组的统筹作用，定期研究法治工作。",
        "“12·4”国家宪法日",
        "（一）强化组织领导，健全工作机制",
        "(二)注重培训宣传,加强执法监督,树立法治城管形象",
        "1）加强组织领导；2）完善制度建设；3）强化督促检查。",
        "a) 建立健全法律顾问制度；b) 落实合法性审查。",
        "根据《国务院关于加强法治政府建设的意见》（国发〔2016〕9号）要求，全面推进依法行政。",
        "组织开展“‘谁执法谁普法’履职评议”活动。",
        "深入开展“法律进社区”活动，严格落实“谁执法谁普法”普法责任制，\n"
        "加强社区居民法治教育。",
        "严格落实“谁执法谁普法”的“七五”普法规划，按照“法律\n进机关”的要求开展活动。",
        "邀请律师讲解the people’s congress制度。",
        "制定《法治政府建设实施纲要（2021—2025年）》实施方案。",
        "- ·关于推进落实《“1名村(居)法律顾问+ N名法律\n- ·关于报送2022年度普法责任清单的通知",
        "以“法治思维〞认识问题，用“法治方式〞解决难题。",
        # A site's preview cut the text: the closing half went with the rest.
        "坚持依法行政，扎实推进法治政府建设。\n全年开展普法宣传活动36场，深入推进“......\n预览结束，免费获取全文请扫码",
        # Page chrome: web-residue claims the line, so its marks are not reported again.
        "某区2023年法治政府建设情况报告\n【打印】 【字体：\n2023年，我区坚持依法行政。",
    ],
)
def unbalanced_bracket(doc: Document) -> Iterator[Finding]:
    problems = sorted(_problems(doc))
    for run in _runs(problems):
        yield _run_finding(doc, run)


_TITLE_PIECE = 40


# The marks a title set over lines holds open across them: 《 and 〈 of the documents it names.
_TITLE_MARKS = "《〈"


def _title_piece(para: Paragraph) -> bool:
    """A short line with no sentence in it, no item of a list: a piece of a title set over several lines."""
    folded = para.folded
    return len(folded) <= _TITLE_PIECE and not any(mark in folded for mark in "。！？；") and not is_list_item(para)


def _problems(doc: Document) -> Iterator[Tuple[int, str, Optional[str]]]:
    """(offset, mark, expected partner or None) of every mark without its partner."""
    paragraphs = doc.paragraphs
    pages = page_numbers(doc)
    carried: List[Tuple[str, int]] = []
    for index, para in enumerate(paragraphs):
        if carried and index in pages:
            continue  # a page number between the halves of a cut paragraph: the marks carry past it
        if not carried and _nested("".join(_SEQUENCE_MARKS.findall(para.folded))):
            continue
        after = index + 1
        while after in pages:
            after += 1
        following = paragraphs[after] if after < len(paragraphs) else None
        still_open, problems = _scan(para, carried)
        for mark, offset, expected in problems:
            yield offset, mark, expected
        if still_open and any(mark == "〔" for mark, _ in still_open):
            # A document number's year bracket never runs past its line (〔2026〕1号 is written
            # whole): one left open before the number and 号 is missing its other half, whatever
            # the next line is (a red-header's number line sits over the issuing organ's name).
            numbers = [(m, o) for m, o in still_open
                       if m == "〔" and o >= para.start and _DOCNUM_LEFT_OPEN.match(doc.folded, o + 1)]
            for mark, offset in numbers:
                yield offset, mark, PAIRS[mark]
            still_open = [item for item in still_open if item not in numbers]
        if still_open and (_continues(para, following, doc) or _closed_first(still_open, following)):
            # Open marks may close on the next line, the other half of a cut paragraph;
            # only marks opened in this paragraph carry over (one break, not a chain).
            # A title set over several short lines carries its marks across each of them
            # (关于《……关于2017年度 / 环境保护工作情况的报告〉的 / 审议意见》……的报告).
            chained = _title_piece(para)
            carried = [(m, o) for m, o in still_open if o >= para.start or (chained and m in _TITLE_MARKS)]
            for mark, offset in still_open:
                if offset < para.start and not (chained and mark in _TITLE_MARKS) \
                        and not _cut_off_after(doc, paragraphs[index - 1], offset):
                    yield offset, mark, PAIRS[mark]
            continue
        carried = []
        for mark, offset in still_open:
            if offset >= para.start:
                reported = not _cut_off_after(doc, para, offset)
            else:
                # Carried over a break: if the sentence went on and finished without the
                # closing mark, it is missing; otherwise the first line was cut off.
                reported = para.folded[-1] in _FINISHED or not _cut_off_after(doc, paragraphs[index - 1], offset)
            if reported:
                yield offset, mark, PAIRS[mark]
