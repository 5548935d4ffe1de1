"""Where a saved text was cut off: the one reading of "this text stops here, mid-text" that
missing-section, unbalanced-bracket and paragraph-end share.

Reports reach a reviewer as saved pages as often as whole files, and a page often holds only
part of one: a search excerpt or a document site's preview stops after so many characters, in
the middle of a word, a sentence or a title, and the site may mark the place with dots
(“开展民法典主题宣...”, “……”) and a line of its own (预览结束，免费获取全文……; 剩余5页未读，继续阅读).
What the cut took (the rest of the sentence, the closing half of a mark, the report's later
parts) is no defect of the report, so every rule that would miss it asks here first.

The text is cut when its last paragraph (the site's footer and such notices skipped):
- ends in an ellipsis of dots after its words, or is followed by a notice that the text goes on;
- stops inside a sentence: after ，、 or an opening mark, or on a word in a line too long (or too
  much a sentence: a comma inside) for a signature, a date or a title;
- is a numbered heading below the top rank, with nothing under it (no report ends on a part's
  sub-heading), or a heading's number alone, its title cut off.
A text of one paragraph is a sentence given alone, never cut, unless it is long and holds several
sentences ended with their stops before its last: an excerpt.
A top-level heading last (二、存在的不足和原因) or a sentence ended with its stop read as a whole
report's end; missing-section has its own reading of a text that stops inside its first part.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Tuple

from lintlaw.document import Document, Paragraph
from lintlaw.profiles import top_rank

from ._chrome import residue_paragraphs
from ._layout import OPEN, SEPARATOR, end_state, text_end


@dataclass(frozen=True)
class Cut:
    """The paragraph a cut text stops in, and the offset just after its last word (the dots
    or notice a site put after it are not the report's)."""

    paragraph: int
    end: int


# A site's notice after a preview it cut: the rest is behind a link, a login or a fee.
_NOTICE = re.compile(r"预览(?:结束|已结束|到此)|(?:免费|继续)?(?:获取|阅读|查看|下载|展开)(?:全文|更多|剩余)|剩余\s*\d+\s*页"
                     r"|未读完|继续阅读|点击(?:查看|阅读|展开)|全文(?:阅读|下载|完)")
# A site's list of other articles after the text: residue that says nothing of a cut.
_RELATED = re.compile(r"(?:的)?相关(?:文章|推荐|阅读|范文|内容|资料)|(?:猜你喜欢|热门推荐|推荐阅读)")
_NOTICE_LINE = 40
# Dots a site put where it cut: "..." or more, "…" or "……", "。。。".
_DOTS = re.compile(r"(?:\.{3,}|…+|。{3,}|·{3,})\s*$")
_BARE_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．]")
# A last line this short may be a signature, a date or a title, which take no full stop.
SHORT_LINE = 25


def _notice(folded: str) -> Tuple[bool, bool]:
    """(is a site's line after the text, says the text goes on) for a short line."""
    if len(folded) > _NOTICE_LINE:
        return False, False
    if _NOTICE.search(folded):
        return True, True
    return _RELATED.search(folded) is not None, False


def _last_text(doc: Document) -> Optional[Tuple[int, bool]]:
    """Index of the text's last paragraph that is neither residue nor a site's notice, and
    whether a notice after it says the text goes on."""
    residue = residue_paragraphs(doc)
    goes_on = False
    for para in reversed(doc.paragraphs):
        if para.index in residue:
            continue
        site, more = _notice(para.folded.strip())
        if site:
            goes_on = goes_on or more
            continue
        return para.index, goes_on
    return None


# A page's text copied in part often comes as one long paragraph that stops mid-sentence, often
# mid-word (……不断提升审批质量和效率。全年许可项): long, several sentences ended with their stops
# before the last one.  A sentence or two checked alone is shorter.
_EXCERPT_CHARS = 200
_EXCERPT_SENTENCES = 3


def _excerpt_of_sentences(para: Paragraph) -> bool:
    core = para.folded.rstrip()
    if len(core) < _EXCERPT_CHARS:
        return False
    return sum(core.count(mark, 0, len(core) - 1) for mark in "。！？") >= _EXCERPT_SENTENCES


def cut_off(doc: Document) -> Optional[Cut]:
    """Where the text was cut off, or None when it ends as a whole text may."""
    return doc.memo("cut-off", _cut_off)


def _cut_off(doc: Document) -> Optional[Cut]:
    found = _last_text(doc)
    if found is None:
        return None
    index, goes_on = found
    para = doc.paragraphs[index]
    if index == doc.paragraphs[0].index and not _excerpt_of_sentences(para):
        return None  # a text of one paragraph is given whole: a sentence checked alone
    folded = para.folded[:text_end(para.folded)]
    dots = _DOTS.search(folded)
    if dots is not None and dots.start() > 0:
        return Cut(index, para.start + dots.start())
    end = para.start + len(folded)
    if goes_on:
        return Cut(index, end)
    if _BARE_NUMBER.fullmatch(folded.strip()):
        return Cut(index, end)  # a heading's number, its title cut off: （八）
    heading = doc.heading_at_paragraph.get(index)
    numbered = heading is not None and heading.number is not None
    if numbered and heading.rank != top_rank(doc):
        return Cut(index, end)
    state = end_state(folded)
    if state == SEPARATOR:
        return Cut(index, end)
    # A comma says a sentence, not a signature, a date or a title (a heading may have one).
    if state == OPEN and (len(folded) > SHORT_LINE or (not numbered and any(mark in folded for mark in "，；"))):
        return Cut(index, end)
    return None
