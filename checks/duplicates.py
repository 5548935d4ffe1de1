"""Text written twice: a paragraph or a block of them pasted again, a near copy, a repeated sentence.

duplicate-paragraph reports the blocks found by ``_copies.analyse``;
repeated-sentence reports a clause written twice in a row and a sentence
repeated elsewhere, leaving out what duplicate-paragraph already reports.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from itertools import accumulate, chain, compress, count, islice, repeat
from operator import eq, getitem
from typing import Dict, Iterator, List, Optional, Sequence, Tuple

from lintlaw.document import CLOSING, SPACE, Document, Sentence
from lintlaw.finding import Edit, Finding, Fix, Msg, Related
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule
from lintlaw.wording import span as line_span

from ._copies import RECURRING, Analysis, Block, analyse, normalize, sentence_keys
from ._chrome import report_title_text
from ._layout import first_text_paragraph, fused_heading, heading_marked, page_address, page_headline

_TRAILING = "，。！？；：、…—" + "”’」』》）】〕\"' \t\u3000"
# A sentence repeated elsewhere: at least MIN_SENTENCE characters; a clause
# repeated in a row: at least MIN_ROW ("一是，一是" is not worth a finding).
MIN_SENTENCE = 15
MIN_ROW = 4
# A clause written again further on in its own paragraph (its own sentence, or another item's
# clause: "一是……，执法全过程记录实现全覆盖；二是……，执法全过程记录实现全覆盖"): at least
# MIN_CLAUSE characters, MIN_CLAUSE_HAN of them Chinese.
MIN_CLAUSE = 10
MIN_CLAUSE_HAN = 8
# Clauses in a row that differ only by a leading adverb: at least MIN_VARIANT
# characters besides it ("共排查出…5起，排查出…5起").
MIN_VARIANT = 10
_LEADING_ADVERB = re.compile("全年|累计|共计|合计|总计|先后|已经|共|已|均|还|并|又|也|都|再|另")
# A run written twice at the start of a line: MIN_RUN to MAX_RUN characters, of
# which MIN_RUN_HAN Chinese (“2022 2022” is not a slip worth a finding).
MIN_RUN = 8
MAX_RUN = 80
MIN_RUN_HAN = 6
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MARKER_START = "0123456789一二三四五六七八九十（ \t\u3000"
_SEPARATORS = "，。！？；：、,.;:!?"  # “A，A” and “A。A” are clauses and sentences in a row, reported as such
_LINE_MARKER = re.compile(r"[\s\u3000]*(?:\d{1,2}[、.．]|[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十\d]{1,3}）)?[\s\u3000]*")
# A clause of the document model, or a line break (see _Clauses).
_PIECE = re.compile("[^，。！？；\n]*(?:，|[。！？；]+[" + re.escape(CLOSING) + "]*)|[^，。！？；\n]+|\n")
# What a piece may hold beyond its clause: a Markdown heading's marker, spaces
# (SPACE) that str.split() does not take for spaces.
_PIECE_EXTRAS = "#" + "".join(c for c in SPACE if not c.isspace())
# What cannot end a rough key (closing marks, spaces, what _PIECE_EXTRAS removes).
_NOT_LAST = _TRAILING + _PIECE_EXTRAS + "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
# A page title: one line of at most MAX_TITLE characters, no sentence end.
MAX_TITLE = 80
_SENTENCE_END = re.compile(r"[。！？；]")


# -- duplicate-paragraph ------------------------------------------------------

def _delete_lines(doc: Document, first_line: int, last_line: int) -> Edit:
    """An edit removing whole lines first_line..last_line (0-based) with their line breaks."""
    start = doc.line_starts[first_line]
    if last_line + 1 < len(doc.line_starts):
        end = doc.line_starts[last_line + 1]
    else:
        end = len(doc.text)
        if start > 0:
            start -= 1  # the last line of the file: take the break before it instead
    return Edit(start, end, "")


def _block_finding(doc: Document, block: Block) -> Finding:
    paras = doc.paragraphs
    first, last = paras[block.first], paras[block.last]
    orig_first, orig_last = paras[block.orig_first], paras[block.orig_last]
    count = block.last - block.first + 1
    orig_line, orig_end_line = orig_first.line + 1, orig_last.line + 1
    where_zh = f"第{line_span(orig_line, orig_end_line)}行"
    where_en = f"line {orig_line}" if count == 1 else f"lines {line_span(orig_line, orig_end_line, 'en')}"
    if block.distance:
        what = Msg(
            f"这一段与{where_zh}几乎相同（只差{block.distance}个字）" if count == 1 else
            f"这{count}个段落与{where_zh}几乎相同（只差{block.distance}个字）",
            f"this paragraph nearly repeats {where_en} ({block.distance} characters differ)" if count == 1 else
            f"these {count} paragraphs nearly repeat {where_en} ({block.distance} characters differ)",
        )
        help_ = Msg("核对两处的差异，保留正确的一处，删去另一处",
                    "compare the two, keep the right one and delete the other")
        return Finding(first.start, last.end, what, help=help_, severity="warning",
                       related=(Related(orig_first.start, orig_last.end, Msg("相近的段落在这里", "the similar text")),),
                       claims=((first.start, last.end),))
    what = Msg(
        f"这一段重复了{where_zh}" if count == 1 else f"这{count}个段落重复了{where_zh}（整段重复粘贴）",
        f"this paragraph repeats {where_en}" if count == 1 else
        f"these {count} paragraphs repeat {where_en} (a block pasted twice)",
    )
    help_ = Msg("删去重复的段落" if count == 1 else f"删去重复粘贴的这{count}个段落",
                "delete the repeated paragraph" if count == 1 else f"delete the {count} repeated paragraphs")
    fix = Fix((_delete_lines(doc, first.line, last.line),), safe=False,
              description=Msg("删去重复的段落", "delete the repeated paragraphs"))
    return Finding(first.start, last.end, what, help=help_, fix=fix,
                   related=(Related(orig_first.start, orig_last.end, Msg("首次出现在这里", "first written here")),),
                   claims=((first.start, last.end),))


# A web page prints the report's title at its top (the page's or the site's heading) and the
# article repeats it as its own title, often with the site's lines between (来源, 发布时间,
# "下面是小编为大家整理的……"): the reader sees one title, the report holds no pasted text.  A
# title line repeated within the page's head is that echo: the first copy among the page's
# first HEAD_PARAGRAPHS paragraphs, no outline heading before the second (the body has not
# begun).  A title repeated further on, or a heading or body paragraph, is still a copy; so is
# a title written again under the report's own dateline ("（2022年1月25日）"): the first copy
# was the report's, not the page's.
HEAD_PARAGRAPHS = 10
_DATELINE = lazy(r"\s*[(（]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)）]?\s*$")
# What a document site writes around a title it lists: a label before it ("第一篇：", "篇二：",
# "范文3："), remarks after it ("(精选文档)", "【范文】", "最新", "精选", "置顶", "3篇"), and a stop
# its template puts after every line.  The title is what is left.
_TITLE_LABEL = lazy(r"(?:第[一二三四五六七八九十\d]{1,3}篇|篇[一二三四五六七八九十\d]{1,3}|范文[一二三四五六七八九十\d]{0,3})\s*[:：]\s*")
_TITLE_REMARK = lazy(
    r"(?:\s*[(（【\[]([^()（）【】\[\]]{1,10})[)）】\]]|\s*(?:最新|精选|置顶|推荐|热门|范文|大全|模板|范本|通用|优选|\d{1,2}篇)+)*"
    r"\s*[。.！!]*\s*$")


def _page_title(text: str) -> Optional[str]:
    """The title a page-title line holds ("第一篇：某镇2020年工作总结最新" -> 某镇2020年工作总结),
    or None when the line is no title.  A title whose kind stands in its closing brackets is one
    too: "抓好劳动力转移 促进妇女增收（镇妇联工作总结）"."""
    text = text.strip()
    label = _TITLE_LABEL.match(text)
    if label:
        text = text[label.end():]
    remark = _TITLE_REMARK.search(text)
    bare = text[:remark.start()] if remark else text
    if len(bare) > MAX_TITLE or (_SENTENCE_END.search(text, len(bare)) and "，" in bare):
        return None  # a sentence of clauses, not a title with a stray stop after it
    if report_title_text(bare) or (remark and remark.group(1) and report_title_text(bare + remark.group(1))):
        return normalize(bare)
    return None


def _title_shaped(folded: str) -> bool:
    """One line that can stand as a title: short, no sentence end, no clauses."""
    folded = folded.strip()
    return 8 <= len(folded) <= MAX_TITLE and not _SENTENCE_END.search(folded) and "，" not in folded


def _title_echo(doc: Document, block: Block) -> bool:
    """A report's title written twice at the top of a page: the page's heading and the article's."""
    if block.first != block.last or block.orig_first != block.orig_last or block.distance:
        return False
    return _head_title_echo(doc, block.orig_first, block.first)


def _head_title_echo(doc: Document, orig: int, second: int) -> bool:
    """Are paragraphs ``orig`` and ``second`` the same title line in the page's head (before any
    outline heading but the title's own listing, "第一篇：……", and no dateline between)?"""
    if orig >= HEAD_PARAGRAPHS:
        return False
    paras = doc.paragraphs
    if (orig == first_text_paragraph(doc) > 0 and second == orig + 1 and _title_shaped(paras[orig].folded)
            and not heading_marked(doc, orig)):
        return True  # a saved page's first line under its address, then the article's title: whatever its kind
    title = _page_title(paras[orig].folded)
    if title is None or _page_title(paras[second].folded) != title:
        return False
    if any(_DATELINE.match(p.folded) for p in paras[orig + 1:second]):
        return False
    return not any(heading_marked(doc, i) and _page_title(paras[i].folded) != title for i in range(second))


@rule(
    code="LL201",
    name="duplicate-paragraph",
    severity="error",
    summary="段落重复：同一段落（或连续几段）出现两次，或两段几乎相同",
    summary_en="A paragraph, or a block of them, written twice, exactly or nearly",
    why=(
        "公文校对要求小标题和内容不重复（PR-005）；同一段落出现两次几乎都是复制粘贴的失误，"
        "发布前必须删去，故为错误。比较时不计标点、空格和全半角；只差几个字的段落（30字以上；60字以上的段落"
        "改了几个词、改了一个数字或删了一两句；40字以上的段落几乎原样含在另一段中）作为警告报告，因为可能是有意的改写。连续重复的一整块只报告一次。网页顶部印出的标题与文章自己的标题相同"
        "（网站的页面标题、来源与发布时间等行之后，正文再写一遍标题；文档网站加的“第一篇：”“最新”“（精选文档）”和句号不计）"
        "是网页的排版，读者看到的是一个标题，不报告；"
        "标题在正文开始后再次出现仍报告。"
    ),
    why_en=(
        "Proofreading practice for official documents (PR-005): text must not repeat. A paragraph "
        "written twice is almost always a copy-paste slip that must be removed before publication, "
        "hence an error. Punctuation, spaces and width are ignored; paragraphs of 30+ characters "
        "that differ by a few characters (a long one with a few words or a figure changed, or a sentence or two "
        "left out; one of 40+ characters held nearly whole in another) are warnings, since a rewrite may be deliberate. A block "
        "pasted twice is one finding. A web page that prints the report's title at its top and then the "
        "article's own title (with the site's source and date lines between; a document site's label 第一篇：, "
        "its remarks 最新, （精选文档） and a stray stop aside) is the page's layout, not a paste: "
        "it is not reported; a title written again once the body has begun still is."
    ),
    bad=[
        "一、财政\n全年地方财政总收入15.17亿元，下降17.8%。其中税收收入完成6.20亿元，下降26.0%；"
        "非税收入完成7.48亿元，下降4.6%。全年一般公共预算支出32.5亿元，增长3.1%。\n"
        "全年地方财政总收入15.17亿元，下降17.8%。全年一般公共预算支出32.5亿元，增长3.1%。\n二、农业",
        "组织全体执法人员参加行政执法资格考试，开展执法案卷评查、执法业务培训等活动6场，全局42名执法人员全部取得执法证件，考试通过率100%。\n"
        "组织全体执法人员参加行政执法资格考试，开展执法案卷评查、执法业务培训等活动9场，全局42名执法人员全部取得执法证件，考试通过率100%。",
        "一、加强组织领导\n区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。\n"
        "二、加大普法宣传\n区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。",
        "二是规范执法行为。全年组织案卷评查2次，评查案卷156卷，发现问题12个，均已整改到位。\n"
        "三是加强执法监督。\n二是规范执法行为。全年组织案卷评查2次，评查案卷156卷，发现问题12个，均已整改到位。",
        "（一）加强行政复议工作。全年收到行政复议申请32件，受理29件，纠错4件。复议决定全部在法定期限内作出。\n"
        "（二）加强行政应诉工作。全年应诉案件18件。\n"
        "（一）加强行政复议工作。全年收到行政复议申请32件，受理29件，纠错5件。复议决定全部在法定期限内作出。",
        "局党组成立了法治政府建设领导小组。领导小组每季度召开一次会议，研究解决重大问题。局主要负责人认真履行第一责任人职责。\n"
        "二、存在的不足\n执法人员业务能力有待提升。\n"
        "局党组成立了法治政府建设领导小组。局主要负责人认真履行第一责任人职责。",
        "深入推进“谁执法谁普法”普法责任制，制定年度普法责任清单，明确普法任务、责任科室和完成时限，"
        "把普法工作贯穿于行政执法全过程，在执法中普法、在普法中执法。\n全年开展送法进社区活动16场次。\n"
        "全面落实“谁执法谁普法”普法责任制，制定年度普法责任清单，明确普法内容、责任科室和完成时限，"
        "把普法工作贯穿于行政执法全过程，在执法中普法、在普法中执法。",
        "一、加强组织领导，全面落实责任\n1、成立组织。区城管委高度重视普法工作，成立了普法工作领导小组。\n"
        "2、明确任务。定期召开党组工作会议，分析研判普法工作开展情况。\n"
        "一、加强组织领导，全面落实责任\n1、成立组织。区城管委高度重视普法工作，成立了普法工作领导小组。\n"
        "2、明确任务。定期召开党组工作会议，分析研判普法工作开展情况。",
        "全年共办理行政复议案件6件，均在法定期限内办结，未发生被纠错的情况。\n"
        "全年共办理行政复议案件6件,均在法定期限内办结,未发生被纠错的情况。",
        "我局严格落实重大行政决策程序，对涉及群众切身利益的重大事项均组织公众参与和专家论证。\n"
        "（二）存在的不足\n执法人员业务素质有待提升。\n"
        "我局严格落实重大行政决策程序，对涉及群众切身利益的重大事项均组织了公众参与和专家论证。",
        "三、下一步工作安排\n三、下一步工作安排\n继续深化综合行政执法体制改革。",
        "2024年1月31日\n2024年1月31日",
        "深入开展“法律进社区”活动，加强社区居民法治教育，全年累计开展宣传活动32场次。\n"
        "（一）加强学习\n组织干部职工学习《中华人民共和国行政处罚法》等法律法规。\n"
        "深入开展“法律进社区”活动，加强社区居民法治教育，全年累计开展宣传活动32场次。\n"
        "（一）加强学习\n组织干部职工学习《中华人民共和国行政处罚法》等法律法规。",
        "（一）加强组织领导\n县司法局党组高度重视法治政府建设，把法治政府建设列入年度重点工作，全年召开党组会议专题研究法治政府建设工作4次，"
        "制定印发了年度工作要点，明确了6个方面28项重点任务，压紧压实各股室工作责任。\n"
        "二、党政主要负责人履行第一责任人职责情况\n县司法局主要负责人认真履行第一责任人职责，把法治政府建设列入年度重点工作，"
        "全年召开党组会议专题研究法治政府建设工作5次，制定印发了年度工作要点，压紧压实各股室工作责任。",
        # One long sentence pasted further down with one figure changed (here its year): a copy wherever it stands.
        "2021年，县司法局在县委、县政府的坚强领导下，坚持以习近平法治思想为指导，紧紧围绕全县中心工作，统筹推进法治政府建设各项任务，取得明显成效。\n"
        "（一）加强组织领导\n全年召开党组会议专题研究法治政府建设工作4次。\n"
        "2023年，县司法局在县委、县政府的坚强领导下，坚持以习近平法治思想为指导，紧紧围绕全县中心工作，统筹推进法治政府建设各项任务，取得明显成效。",
        # A numbered item pasted again without its number, one word changed and its last sentence left out.
        "1.我区政府信息公开工作机构设置在办公室，配备专职工作人员，实现自上而下责任分解，确保政府信息公开工作落实到位。"
        "为我区政务公开工作有力推进提供了组织保障。\n"
        "我区政府信息公开工作机构设置在党政办公室，配备专职工作人员，实现自上而下责任分解，确保政府信息公开工作落实到位。",
    ],
    good=[
        # A saved page's first line, then the article's own title (whatever kind of document it names);
        # the page's address printed again at its foot.
        "# https://www.example.com/52735.html\n某镇2023年上半年工作总结及下半年工作设想\n\n"
        "某镇2023年上半年工作总结及下半年工作设想\n    2023年，我镇在县委、县政府的正确领导下，扎实推进各项工作。",
        "# https://www.example.com.cn/a/2023/18/WS63.html\n全县法律援助中心全年受理案件860件，群众满意率98%以上。\n"
        "            https://www.example.com.cn/a/2023/18/WS63.html",
        "2022年，县政府常务会议专题研究法治政府建设工作，审议通过年度工作要点和重点任务分工方案，全年组织会前学法12次。\n"
        "2023年，县政府常务会议专题研究法治政府建设工作，审议通过年度工作要点和重点任务分工方案，全年组织会前学法12次。",
        "一、基本情况\n（一）基本情况\n我局现有干部职工120人。\n二、存在问题\n（一）基本情况\n执法力量不足。",
        "五、其他需要报告的情况\n无。\n六、其他\n无。",
        "1月，召开党组会议，专题研究部署法治政府建设工作，审议年度法治工作要点。\n"
        "7月，召开党组会议，专题研究部署法治政府建设工作，审议半年工作总结报告。",
        "3月，组织全体执法人员开展《中华人民共和国行政处罚法》专题培训，参训120人次。\n"
        "9月，组织全体执法人员开展《中华人民共和国行政处罚法》专题培训，参训135人次。",
        "一、2023年度推进法治政府建设的主要举措和成效\n二、2023年度推进法治政府建设存在的不足和原因",
        "- ·市委全面依法治市委员会办公室 市委宣传部 市司\n- ·市委全面依法治市委员会办公室 市委宣传部 市司",
        "（三）行政复议\n本年度无此类情况。\n（四）行政诉讼\n本年度无此类情况。",
        "严格落实行政执法公示制度，全年公示行政处罚信息238条。\n"
        "严格落实行政执法全过程记录制度，全年配备执法记录仪120台。",
        # A line of page chrome typed twice is web residue (web-residue claims it), not a second defect.
        "发布时间：2019-01-24 15:52 浏览次数：次\n发布时间：2019-01-24 15:52 浏览次数：次\n"
        "“七五”普法实施以来，区城管委结合工作实际，不断提升城管法治水平。",
        "（一）行政复议\n全年共收到行政复议申请56件，受理52件，审结50件，其中维持38件、撤销5件、确认违法2件，"
        "其余以调解方式结案，行政复议纠错率为14%。\n（二）行政应诉\n全年共发生行政诉讼案件41件，审结36件，其中判决驳回"
        "诉讼请求28件、撤销4件、确认违法4件，行政机关负责人出庭应诉41件，出庭应诉率为100%，败诉率为9.8%。",
        # The page's title, then the article's own: the page's layout, one title to the reader.
        "某区2023年度法治政府建设情况报告\n来源：某区人民政府办公室 发布时间：2024-03-28 09:18\n"
        "某区2023年度法治政府建设情况报告\n2023年，我区坚持以习近平法治思想为指导，扎实推进法治政府建设。",
        "第一篇：某区司法局人民调解工作总结\n某区司法局人民调解工作总结最新\n某区司法局人民调解工作总结。\n"
        "2023年，全区人民调解组织共调解矛盾纠纷1860件。",
        "某镇2022年上半年工作总结(精选文档)\n下面是为大家整理的某镇2022年上半年工作总结，供大家参考。\n"
        "某镇2022年上半年工作总结(精选文档)\n上半年，我镇在县委、县政府的正确领导下，扎实推进各项工作。",
        "表一 行政处罚实施情况\n行政处罚 |\n0 |\n0 |\n合计 |\n行政处罚 |\n0 |\n0 |\n合计 |\n2023年，全县行政执法工作稳步推进。",
    ],
    fixable="unsafe",
    claims="重复的段落块：块内其他规则的发现（如求和、叠词）在原文处已报告，不再重复报告；网页残留优先于它",
    claims_en="the repeated block: what other rules find inside it was reported where the text was first written; "
              "web-residue takes precedence over it",
    precedence=20,
)
def duplicate_paragraph(doc: Document) -> Iterator[Finding]:
    for block in analyse(doc).blocks:
        # A page's address printed again at its foot is the page's (web residue), not the report's text.
        if not _title_echo(doc, block) and not all(
                page_address(p.folded.strip()) for p in doc.paragraphs[block.first:block.last + 1]):
            yield _block_finding(doc, block)


# -- repeated-sentence --------------------------------------------------------

def _core_end(text: str, start: int, end: int) -> int:
    """End of a clause without its closing punctuation and spaces."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _clause_key(folded: str, span: Tuple[int, int]) -> str:
    """A clause as typed, without closing punctuation and spaces.

    Compared as typed, not normalized: "一、" and "（一）" are different clauses.
    """
    return "".join(folded[span[0]:span[1]].rstrip(_TRAILING).split())


class _Clauses:
    """The text cut into clauses as the document model cuts them, without building them all.

    A piece runs to a ，or to a sentence's stops and closing marks; line breaks
    are pieces of their own, so the pieces cover the text end to end and their
    offsets are running sums (C loops: map, accumulate).  ``span`` turns a piece
    into the model's clause: spaces before a sentence are not part of it, nor
    what lies outside the line's paragraph (a Markdown marker, trailing spaces).
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.pieces = _PIECE.findall(doc.folded)
        self.ends = list(accumulate(map(len, self.pieces)))

    def last_chars(self) -> List[str]:
        """The last character of each piece's rough key ("" for a line break or an empty key)."""
        cores = map(str.rstrip, self.pieces, repeat(_NOT_LAST))
        return list(map(getitem, cores, repeat(slice(-1, None))))

    def span(self, i: int) -> Optional[Tuple[int, int]]:
        piece, end = self.pieces[i], self.ends[i]
        if piece == "\n":
            return None
        start = end - len(piece)
        before = self.pieces[i - 1] if i else "\n"
        if before == "\n" or before[-1] != "，":  # the piece starts a sentence
            start = end - len(piece.lstrip(SPACE))
        doc = self.doc
        para = doc.paragraph_at_line.get(bisect.bisect_right(doc.line_starts, start) - 1)
        if para is None:
            return None
        start, end = max(start, para.start), min(end, para.end)
        return (start, end) if start < end else None

    def rough_key(self, i: int) -> str:
        """A key of the piece that two pieces share whenever their clauses' keys are equal.

        The piece may hold more than its clause: spaces before a sentence,
        spaces and a Markdown marker outside the paragraph.  Without "#",
        zero-width spaces and all spaces, stripped of closing marks last, what
        is left is a function of the clause's key alone.
        """
        piece = self.pieces[i]
        for extra in _PIECE_EXTRAS:
            if extra in piece:
                piece = piece.replace(extra, "")
        return "".join(piece.split()).rstrip(_TRAILING)

    def same_line(self, i: int) -> bool:
        return i < len(self.pieces) and self.pieces[i] != "\n"


def _strip_adverbs(key: str) -> str:
    """``key`` without the leading adverbs a second copy tends to lose or gain (共, 累计, 已 ...)."""
    for _ in range(2):  # 全年共…
        match = _LEADING_ADVERB.match(key)
        if match is None:
            break
        key = key[match.end():]
    return key


def _same_clause(a: str, b: str) -> Optional[str]:
    """How clause b repeats clause a: "" exactly, the adverb that differs, or None."""
    if a == b:
        return ""
    base_a, base_b = _strip_adverbs(a), _strip_adverbs(b)
    if base_a != base_b or len(normalize(base_a)) < MIN_VARIANT:
        return None
    return a[:len(a) - len(base_a)] or b[:len(b) - len(base_b)]


def _in_a_row(doc: Document) -> Iterator[Finding]:
    """A clause written twice (or more) in a row: “积极贯彻习近平法治思想，积极贯彻习近平法治思想，”.

    The second copy may lack or add a leading adverb (“共排查出…5起，排查出…5起”)
    when the rest is a clause of MIN_VARIANT characters or more.
    """
    clauses = _Clauses(doc)
    folded = doc.folded
    # Copies end alike (adverbs differ at the start): only neighbours with the
    # same last character are compared.
    lasts = clauses.last_chars()
    candidates = compress(count(), map(eq, lasts, islice(lasts, 1, None)))
    done = 0
    for i in candidates:
        if i < done or not lasts[i] or _same_clause(clauses.rough_key(i), clauses.rough_key(i + 1)) is None:
            continue
        first = clauses.span(i)
        if first is None:
            continue
        key = _clause_key(folded, first)
        run = [first]
        differs = ""
        while clauses.same_line(i + len(run)):
            span = clauses.span(i + len(run))
            how = None if span is None else _same_clause(key, _clause_key(folded, span))
            if how is None:
                break
            differs = differs or how
            run.append(span)
        done = i + len(run)
        if len(run) < 2 or len(normalize(key)) < MIN_ROW:
            continue
        yield _row_finding(doc, run, differs)


def _sentences_in_a_row(doc: Document, reported: Sequence[Tuple[int, int]]) -> Iterator[Finding]:
    """A sentence of several clauses written twice in a row: “其中，城市上涨0.6%，农村上涨0.6%。
    其中，城市上涨0.6%，农村上涨0.6%。”.  ``_in_a_row`` compares a clause with the next one, so
    A，B。A，B。 is no row to it, and each clause may be too short to be a sentence repeated
    elsewhere; typed alike and back to back, the copy is a paste whatever its length.

    Read off each paragraph split at its full stops (a C-speed split and string compares), so that
    no rule pays for the document's sentence model on its account."""
    starts = [a for a, _ in reported]
    for para in doc.paragraphs:
        folded = para.folded
        if folded.count("。") < 2:
            continue
        pieces = folded.split("。")
        at = para.start
        k = 0
        while k + 1 < len(pieces):
            piece = pieces[k]
            n = 1
            while k + n < len(pieces) - 1 and pieces[k + n] == piece:
                n += 1  # (the last piece, after the paragraph's last 。, is no sentence)
            step = len(piece) + 1
            if n > 1 and "，" in piece and len(_HAN.findall(piece)) >= MIN_RUN_HAN:
                first = at + len(piece) - len(piece.lstrip(SPACE))
                run = [(first + i * step, at + (i + 1) * step) for i in range(n)]
                if not _within_one(reported, starts, run[0][0], run[-1][1]):
                    yield _row_finding(doc, run, "")
            at += n * step
            k += n


def _row_finding(doc: Document, run: Sequence[Tuple[int, int]], differs: str) -> Finding:
    folded = doc.folded
    (first_start, first_end), (_, last_end) = run[0], run[-1]
    first_core = _core_end(folded, first_start, first_end)
    last_core = _core_end(folded, run[-1][0], last_end)
    copies = len(run) - 1
    written = doc.text[first_start:first_core]
    # A long clause is named by its start in the message; the span shows it all.
    shown = written if len(written) <= 24 else written[:20] + "…"
    # Deleting is certain when the copies are typed alike and the mark that
    # survives (the last copy's) could stand where the first copy's stood.
    separator = "".join(folded[first_core:first_end].split())
    identical = not differs and all(
        doc.text[a:_core_end(folded, a, b)] == written for a, b in run[1:]
    ) and separator in ("，", "".join(folded[last_core:last_end].split()))
    times_zh = "两遍" if copies == 1 else f"{copies + 1}遍"
    times_en = "twice" if copies == 1 else f"{copies + 1} times"
    if differs:
        what = Msg(f"“{shown}”连续写了{times_zh}（只差开头的“{differs}”）",
                   f"“{shown}” is written {times_en} in a row (only the leading “{differs}” differs)")
        help_ = Msg("删去其中一遍，保留用词正确的一处", "delete one of them and keep the right wording")
    else:
        what = Msg(f"“{shown}”连续写了{times_zh}", f"“{shown}” is written {times_en} in a row")
        help_ = Msg(f"删去重复的“{shown}”", f"delete the repeated “{shown}”")
    return Finding(
        run[1][0], last_core, what, help=help_,
        related=(Related(first_start, first_core, Msg("首次出现在这里", "first written here")),),
        fix=Fix((Edit(first_core, last_core, ""),), safe=identical,
                description=Msg(f"删去重复的“{shown}”", f"delete the repeated “{shown}”")),
        claims=((run[1][0], last_core),),
    )


def _doubled_runs(doc: Document) -> Iterator[Finding]:
    """A line that starts with the same long run written twice with nothing between:
    “县教育局2022年法治政府建设年度报告县教育局2022年法治政府建设年度报告”."""
    for para in doc.paragraphs:
        text = para.folded
        start = _LINE_MARKER.match(text).end() if text[0] in _MARKER_START else 0
        head = text[start:start + 2]
        if len(head) < 2:
            continue
        limit = min(len(text), start + MAX_RUN + 2)
        at = text.find(head, start + MIN_RUN, limit)
        while at >= 0:
            unit = text[start:at].rstrip()  # spaces may stand between the copies
            if text.startswith(unit, at):
                if len(unit.split()) > 1:
                    break  # cells of a table row ("案件类型 办理数量 案件类型 办理数量"), not a title
                if unit[-1] not in _SEPARATORS and len(_HAN.findall(unit)) >= MIN_RUN_HAN:
                    yield _run_finding(para.start + start, para.start + at, unit)
                    break
            at = text.find(head, at + 1, limit)


def _run_finding(first: int, second: int, unit: str) -> Finding:
    shown = unit if len(unit) <= 24 else unit[:20] + "…"
    return Finding(
        second, second + len(unit),
        Msg(f"“{shown}”紧接着写了两遍", f"“{shown}” is written twice with nothing between"),
        help=Msg(f"删去重复的“{shown}”", f"delete the repeated “{shown}”"),
        related=(Related(first, first + len(unit), Msg("首次出现在这里", "first written here")),),
        fix=Fix((Edit(first + len(unit), second + len(unit), ""),), safe=True,
                description=Msg(f"删去重复的“{shown}”", f"delete the repeated “{shown}”")),
        claims=((second, second + len(unit)),),
    )


@rule(
    code="LL202",
    name="repeated-sentence",
    severity="warning",
    summary="句子重复：同一分句连写两遍，或同一句话在文中出现两次",
    summary_en="A clause written twice in a row, or a sentence repeated elsewhere in the document",
    why=(
        "公文校对：同一句话或其近似句不应出现两次（PR-005）。连写两遍的分句是输入或粘贴失误；"
        "相隔出现的长句（15字以上）多为复制粘贴。“一是”“现将有关情况报告如下”等短套语不报告；"
        "由几个分句组成的整句紧接着原样再写一遍，不论长短，也报告；已作为重复段落报告的文字不再逐句报告。连写的两个长分句（10字以上）只差开头的“共”“累计”“已”等副词，"
        "也是重复；一行开头把同一长串（如标题）紧接着写了两遍，同样报告。上一项句末的长分句（10字以上）"
        "在下一项里又单独成句，也是重复；两项都以它收尾（并列的结语）、写了三遍以上、或下一项以它为小标题的，"
        "不报告；段末的长分句在下一段（非编号项）开头又单独成句，也是重复；小标题加冒号引出的句子在别处单独再写一遍，也是重复；标题连在段末而重复了段中的话，是标题问题（paragraph-end），不另报重复。"
    ),
    why_en=(
        "Proofreading practice (PR-005): the same sentence should not appear twice. A clause written "
        "twice in a row is a typing or pasting slip; a long sentence (15+ characters) that recurs "
        "elsewhere is usually pasted. Short formulas (一是, 现将有关情况报告如下) are not reported, and "
        "a sentence of several clauses typed again right after itself is reported whatever its length; "
        "text already reported as a duplicated paragraph is not reported again sentence by sentence. Two long "
        "clauses (10+ characters) in a row that differ only by a leading adverb (共, 累计, 已) are a repeat too, "
        "and so is a long run (a title) written twice at the start of a line with nothing between, and a long "
        "clause (10+ characters) that closes a sentence of one item and comes back as a sentence of its own in "
        "the next; not when it closes a sentence in both (a parallel ending), is written three times or more, "
        "or is the next item's run-in heading; the clause that ends a paragraph written again as the first sentence of "
        "the next (not a numbered item) is a repeat too, and so is a sentence run in after an item's label and colon that is written again on its own elsewhere. A heading stuck to the end of a paragraph that restates its words "
        "is a heading problem (paragraph-end), not a repeat."
    ),
    bad=[
        "2023年，全县盗窃案件发案同比下降12.4%，破案率提升8.6个百分点。\n深入开展打击盗窃专项行动，全年破获盗窃案件320起。\n"
        "2023年，全县盗窃案件发案同比下降12.4%。",
        "二是加强执法人员法律知识培训。积极贯彻习近平法治思想,积极贯彻习近平法治思想,一年来，组织干部职工参加培训12次。",
        "严格落实行政执法三项制度，严格落实行政执法三项制度。",
        "居民消费价格上涨0.6%。其中，城市上涨0.6%，农村上涨0.6%。其中，城市上涨0.6%，农村上涨0.6%。",
        "我局始终坚持把法治政府建设摆在全局工作的突出位置。\n（二）强化执法监督\n"
        "开展行政执法案卷评查。我局始终坚持把法治政府建设摆在全局工作的突出位置。",
        "全年共受理行政复议案件6件，均在法定期限内办结。同时，加强行政应诉工作。全年共受理行政复议案件6件，均在法定期限内办结。",
        "加强普法宣传，加强普法宣传，加强普法宣传，营造良好法治氛围。",
        "（一）认识不足。部分同志对法治建设的重要性认识还不够到位。\n"
        "（二）人才缺乏。法治人才队伍力量较为薄弱；部分同志对法治建设的重要性认识还不够到位。",
        "落实“谁执法谁普法”普法责任制；落实“谁执法谁普法”普法责任制；开展法律“六进”活动。",
        "一是完善权责清单制度。认真梳理行政权力事项，及时进行动态调整优化。\n"
        "二是加强事中事后监管。认真梳理行政权力事项，及时进行动态调整优化。",
        "自2020年以来，共排查出涉企行政执法问题线索5起，排查出涉企行政执法问题线索5起，均已整改到位。",
        "1、某县司法局2022年法治政府建设年度报告某县司法局2022年法治政府建设年度报告2022年，我局坚持依法行政。",
        "县市场监管局持续加强食品安全监管，全年抽检食品样品1260批次，及时处置不合格产品。"
        "通过专项整治，全县食品安全形势总体平稳。全年抽检食品样品1260批次。",
        "区城管局着力提升执法规范化水平。一是严格落实行政执法三项制度，执法全过程记录实现全覆盖；"
        "二是开展执法案卷评查，执法全过程记录实现全覆盖；三是加强执法人员培训。",
        "（一）规范执法程序。全面推行执法公示，统一执法文书格式，不断提升依法行政工作水平。\n"
        "（二）加强队伍建设。组织执法人员专业培训4期。不断提升依法行政工作水平。",
        "2023年，县市场监管局持续深化综合行政执法改革。全面落实行政执法公示制度、执法全过程记录制度和重大执法\n"
        "决定法制审核制度，切实规范行政执法行为。\n（二）加强行政执法监督\n全年开展执法培训3期。"
        "全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，切实规范行政执法行为。",
        "台下群众争相领取法治宣传资料，宣传册很快被领取一空。\n宣传册很快被领取一空。活动期间，共解答法律咨询200余人次。",
        # A sentence run in after an item's label, written again on its own in another item.
        "（二）主动公开的主要类别：2023年主动公开的类别有政务动态、行政执法、通知公告等。\n"
        "（三）主动公开的途径：通过门户网站、政务微博主动公开。2023年主动公开的类别有政务动态、行政执法、通知公告等。",
    ],
    good=[
        "居民消费价格上涨0.6%。其中，城市上涨0.6%，农村上涨0.5%。商品零售价格上涨0.6%，其中，城市上涨0.6%，农村上涨0.6%。",
        # A news story's subtitle and lead, told again in its body.
        "# https://news.example.com.cn/2024/0301/88.html\n某省统计局：全年接待游客1.2亿人次，增长12.6%\n"
        "入境游客86万人次，其中外国人31万人次。\n据统计公报，全省旅游业持续恢复。国内游客1.19亿人次，增长12.4%。"
        "入境游客86万人次，其中外国人31万人次。",
        "# https://news.example.com.cn/2024/0302/90.html\n市政协召开提案工作会议\n"
        "本报讯（记者 王明）3月2日，市政协召开提案工作会议。会上通报，全年立案提案412件，已全部办复。\n"
        "会议指出，一年来提案办理质量持续提升。全年立案提案412件，已全部办复。",
        "2023年，全县盗窃案件发案同比下降12.4%，破案率提升8.6个百分点。\n深入开展打击盗窃专项行动，全年破获盗窃案件320起。\n"
        "全县盗窃案件发案量连续三年下降。",
        "一审案件中，判决维持原行政行为共计3件；二审案件中，判决维持原行政行为共计3件；再审案件1件。",
        "年初召开局党组会议，专题研究法治政府建设重点任务，全年召开局务会议6次，专题研究法治政府建设重点任务。",
        "一是加强学习。二是强化宣传。\n一是完善制度。二是规范执法。",
        "现将有关情况报告如下：\n一、基本情况\n现将有关情况报告如下：",
        "严格落实行政执法公示制度，严格落实行政执法全过程记录制度，严格落实重大执法决定法制审核制度。",
        "五、其他需要报告的情况\n无。\n六、其他事项\n无。",
        "区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。\n"
        "二、加大普法宣传\n区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。",
        "一手抓法治宣传，一手抓执法规范，两手都要硬。",
        "好，好，好。",
        "1月，召开党组会议专题研究法治工作。7月，召开党组会议专题研究法治工作。",
        "共办结5件，办结5件。",
        "共开展执法检查12次，开展联合执法检查8次。",
        "案件类型 办理数量 案件类型 办理数量",
        "1.深化“放管服”改革，推动有效市场和有为政府更好结合。〔责任单位：各县（市）交通运输局、政策法规科〕\n"
        "2.全面实施市场准入负面清单制度，做好清单事项网上公开查询。〔责任单位：各县（市）交通运输局、政策法规科〕",
        "一是加强行政复议工作，办结复议案件23件，有效化解行政争议。\n二是规范行政应诉工作，出庭应诉率100%，有效化解行政争议。",
        "其中，行政强制1655宗，被申请行政复议1宗，复议决定撤销、变更或者确认违法0宗。"
        "行政征收1251宗，被申请行政复议2宗，复议决定撤销、变更或者确认违法0宗。",
    ],
    fixable="mixed",  # deleting a copy is safe when the two are identical, else unsafe
    claims="重复的分句或句子：其中其他规则的发现在首次出现处已报告；重复段落优先于它",
    claims_en="the repeated clause or sentence: what other rules find inside it was reported where it was first "
              "written; duplicate-paragraph takes precedence over it",
    precedence=10,
)
def repeated_sentence(doc: Document) -> Iterator[Finding]:
    analysis = analyse(doc)
    in_row: List[Tuple[int, int]] = []
    for finding in chain(_in_a_row(doc), _doubled_runs(doc)):
        in_row.append((finding.related[0].start, finding.end))
        yield finding
    for finding in _sentences_in_a_row(doc, sorted(in_row)):
        in_row.append((finding.related[0].start, finding.end))
        yield finding
    in_row.sort()
    in_row_starts = [a for a, _ in in_row]
    elsewhere = list(_repeated_elsewhere(doc, analysis, in_row, in_row_starts))
    yield from elsewhere
    reported = sorted([(f.related[0].start, f.end) for f in elsewhere] + in_row)
    in_paragraph = list(_repeated_in_paragraph(doc, analysis, reported, [a for a, _ in reported]))
    yield from in_paragraph
    reported = sorted(reported + [(f.related[0].start, f.end) for f in in_paragraph])
    in_item = list(_clause_again_in_next_item(doc, analysis, reported, [a for a, _ in reported]))
    yield from in_item
    reported = sorted(reported + [(f.related[0].start, f.end) for f in in_item])
    yield from _closing_echo(doc, analysis, reported, [a for a, _ in reported])


_LAST_SENTENCE = lazy(r"(?:^|(?<=[。！？；]))[ \u3000]*([^。！？；\n]{%d,}?)[。！？]?[ \u3000]*$" % MIN_CLAUSE)


def _closing_echo(doc: Document, analysis: Analysis, reported: Sequence[Tuple[int, int]],
                  reported_starts: Sequence[int]) -> Iterator[Finding]:
    """The text's last sentence, written word for word as the opening clauses of a sentence of an
    earlier paragraph ("2023年，全县盗窃案件发案同比下降12.4%，破案率提升……" at the start, "2023年，全县
    盗窃案件发案同比下降12.4%。" to close): a line pasted again at the end.  A summing-up says it in
    other words; a whole sentence written twice is ``_repeated_elsewhere``'s."""
    kinds, copied = analysis.kinds, analysis.copied
    body = [p for p in doc.paragraphs if kinds[p.index] == "body" and p.index not in copied]
    if len(body) < 2:
        return
    last = body[-1]
    match = _LAST_SENTENCE.search(last.folded)
    if match is None:
        return
    key = normalize(match.group(1))
    if len(_HAN.findall(key)) < MIN_CLAUSE_HAN:
        return
    start, end = last.start + match.start(1), last.start + match.end(1)
    for para in body[:-1]:
        folded = para.folded
        at = folded.find(match.group(1)[:2])
        while at >= 0:
            opened = at == 0 or folded[at - 1] in "。！？；" or folded[at - 1] in " \u3000"
            stop = folded.find("，", at)
            while opened and stop >= 0:
                written = normalize(folded[at:stop])
                if written == key:
                    if not _within_one(reported, reported_starts, para.start + at, end):
                        yield Finding(
                            start, end,
                            Msg("这句话在前文已经出现过", "this sentence already appears earlier"),
                            help=Msg("删去重复的句子，或改写其中一处", "delete the repeated sentence or reword one of the two"),
                            related=(Related(para.start + at, para.start + stop, Msg("首次出现在这里", "first written here")),),
                            claims=((start, end),),
                        )
                    return
                if len(written) > len(key) or folded[stop + 1:stop + 2] == "" or stop > at + 4 * len(key):
                    break
                stop = folded.find("，", stop + 1)
            at = folded.find(match.group(1)[:2], at + 1)


def _after_lead(text: str, pieces: Sequence["re.Match[str]"], number: int) -> bool:
    """Does clause ``number`` follow a short lead of its own sentence ("7月，", "同时，")?"""
    if number == 0:
        return False
    before = pieces[number - 1]
    return text[before.end():before.end() + 1] == "，" and len(before.group().strip()) < 6


# What parts two copies of a clause into two statements: a sentence's end or an item of a
# run-in list (一是……二是……).  Inside one sentence a clause said twice is a parallel
# construction, as reports write them ("召开…会议，研究部署…，召开…推进会，研究部署…").
_SENTENCE_OR_ITEM = lazy(r"[。！？；]|[一二三四五六七八九十]是")
_SENTENCE_END_MARK = lazy(r"[。！？]")
_DIGIT = lazy(r"\d")
# The clauses of a paragraph: the pieces between ，；：。！？.
_CLAUSE_PIECE = re.compile(r"[^，；：。！？]+")


def _repeated_in_paragraph(doc: Document, analysis: Analysis, reported: Sequence[Tuple[int, int]],
                           reported_starts: Sequence[int]) -> Iterator[Finding]:
    """A long clause written again, apart, in its own paragraph: as a sentence of its own after
    the sentence that held it, or in the next item of a run-in list (一是……二是……)."""
    kinds, copied = analysis.kinds, analysis.copied
    folded = doc.folded
    for para in doc.paragraphs:
        if kinds[para.index] != "body" or para.index in copied or len(para.folded) < 2 * MIN_CLAUSE:
            continue
        # Most paragraphs repeat no long clause as typed: told by one findall and a Counter.
        typed = Counter(p.strip() for p in _CLAUSE_PIECE.findall(para.folded) if len(p) >= MIN_CLAUSE)
        if not typed or max(typed.values()) < 2:
            continue
        seen: Dict[str, Tuple[int, int, int]] = {}
        # A heading stuck to the paragraph's end restates its words as headings do
        # ("……，推动法治政府建设提质增效。一、加强组织领导，推动法治政府建设提质增效"):
        # the stuck heading is paragraph-end's finding, not a repeated clause.
        heading_at = fused_heading(para)
        limit = len(para.folded) if heading_at is None else heading_at
        pieces = [p for p in _CLAUSE_PIECE.finditer(para.folded) if p.start() < limit]
        keys = [normalize(p.group()) if p.end() - p.start() >= MIN_CLAUSE else "" for p in pieces]
        times = Counter(keys)
        for number, piece in enumerate(pieces):
            key = keys[number]
            # Written three times or more: a refrain, as _repeated_elsewhere takes it.
            if (len(key) < MIN_CLAUSE or times[key] >= RECURRING
                    or len(_HAN.findall(key)) < MIN_CLAUSE_HAN):
                continue
            start = para.start + piece.start() + len(piece.group()) - len(piece.group().lstrip(SPACE))
            end = para.start + piece.end()
            earlier = seen.get(key)
            if earlier is None:
                seen[key] = (start, end, number)
                continue
            if number == earlier[2] + 1 or _within_one(reported, reported_starts, earlier[0], end):
                continue  # in a row (reported above), or a repeated sentence reported already
            if _after_lead(para.folded, pieces, earlier[2]) or _after_lead(para.folded, pieces, number):
                continue  # "1月，召开党组会议……。7月，召开党组会议……": one event at two times
            if not _SENTENCE_OR_ITEM.search(folded, earlier[1], start):
                continue  # "召开会议，研究部署……，召开推进会4次，研究部署……": one sentence's parallel clauses
            if _DIGIT.search(key) and (not _SENTENCE_END_MARK.search(folded, earlier[1], start)
                                       or _per_category(pieces, earlier[2], number)):
                continue  # "A类…，判决撤销0件；B类…，判决撤销0件": a count given per category
            if end >= para.end:
                continue  # the paragraph's last words without a stop: a heading run into its end
            stop = end + 1 if folded[end] in "。！？；" else end
            yield Finding(
                start, end,
                Msg("这个分句在本段前文已经写过", "this clause is already written earlier in the paragraph"),
                help=Msg("删去重复的分句，或改写其中一处", "delete the repeated clause or reword one of the two"),
                related=(Related(earlier[0], earlier[1], Msg("首次出现在这里", "first written here")),),
                claims=((start, stop),),
            )


def _per_category(pieces: Sequence["re.Match[str]"], first: int, second: int) -> bool:
    """Do the two copies of a count clause each follow a count of their own ("行政强制被申请复议1宗，
    复议决定撤销0宗。行政征收被申请复议1宗，复议决定撤销0宗。")?  Then it is one row of a table
    written out per category, not a sentence pasted twice."""
    if first == 0:
        return False
    a, b = pieces[first - 1].group().strip(), pieces[second - 1].group().strip()
    return a != b and bool(_DIGIT.search(a)) and bool(_DIGIT.search(b))


# A long clause that ends a sentence ("……，切实提升行政执法规范化水平。"), and a sentence of
# its own, not the first of its paragraph ("……合格率100%。切实提升行政执法规范化水平。").
_ENDING_CLAUSE = re.compile(r"，([^，；：。！？\n]{%d,})[。！？]" % MIN_CLAUSE)
_LATER_SENTENCE = re.compile(r"(?<=[。！？])[ \u3000]*([^，；：。！？\n]{%d,})[。！？]" % MIN_CLAUSE)
_FIRST_SENTENCE = re.compile(r"[ \u3000]*([^，；：。！？\n]{%d,})[。！？]" % MIN_CLAUSE)


def _clause_again_in_next_item(doc: Document, analysis: Analysis, reported: Sequence[Tuple[int, int]],
                               reported_starts: Sequence[int]) -> Iterator[Finding]:
    """The long clause that closes a sentence of one item, written again as a sentence of its
    own in the next item: "（一）……，切实提升行政执法规范化水平。" / "（二）……。切实提升行政执法
    规范化水平。" (a line pasted once too often).  Not a clause that closes a sentence in both
    items ("……，不断增强群众法治意识。" twice: a parallel ending), nor one written three times
    or more (a refrain), nor the next item's own first sentence (its run-in heading).  The clause
    that ends a paragraph, written again as the first sentence of the next paragraph, with more
    after it and no outline number before it, is the same slip at a line break."""
    kinds, copied = analysis.kinds, analysis.copied
    paragraphs = doc.paragraphs
    previous: Optional[Dict[str, Tuple[int, int]]] = None
    previous_last: Optional[str] = None  # the clause that ends the paragraph above
    gap = 0
    written: Optional[Counter] = None  # every clause of the text as typed: counted once, if ever needed
    for para in paragraphs:
        kind = kinds[para.index]
        if kind == "heading" and gap == 0:
            gap = 1  # the next item's heading, alone on its line
            continue
        if kind != "body" or para.index in copied:
            previous, gap = None, 0
            continue
        folded = para.folded
        if previous:
            # The clause that ended the paragraph above, written again as the first sentence of a
            # paragraph that is no item (no run-in heading there): pasted once more at the line break.
            matches = list(_LATER_SENTENCE.finditer(folded))
            first = _FIRST_SENTENCE.match(folded)
            if (first and gap == 0 and para.index not in doc.heading_at_paragraph and first.end() < len(folded)
                    and previous_last is not None and normalize(first.group(1)) == previous_last):
                matches.insert(0, first)
            for match in matches:
                key = normalize(match.group(1))
                earlier = previous.get(key)
                if earlier is None or len(_HAN.findall(key)) < MIN_CLAUSE_HAN:
                    continue
                start, end = para.start + match.start(1), para.start + match.end(1)
                if _within_one(reported, reported_starts, earlier[0], end):
                    continue
                if written is None:
                    written = Counter(p.strip() for p in _CLAUSE_PIECE.findall(doc.folded))
                if written[match.group(1).strip()] >= RECURRING:
                    continue
                what = Msg("这句话在上一段的段末已经写过", "this sentence already ends the paragraph before") \
                    if match is first else \
                    Msg("这句话在上一项的句末已经写过", "this sentence already closes a sentence of the item before")
                yield Finding(
                    start, end, what,
                    help=Msg("删去重复的句子，或改写其中一处", "delete the repeated sentence or reword one of the two"),
                    related=(Related(earlier[0], earlier[1], Msg("首次出现在这里", "first written here")),),
                    claims=((start, end + 1),),
                )
        previous = {}
        previous_last = None
        for match in _ENDING_CLAUSE.finditer(folded):
            previous.setdefault(normalize(match.group(1)), (para.start + match.start(1), para.start + match.end(1)))
            if not folded[match.end():].strip():
                previous_last = normalize(match.group(1))
        gap = 0


def _repeated_elsewhere(doc: Document, analysis: Analysis, in_row: Sequence[Tuple[int, int]],
                        in_row_starts: Sequence[int]) -> Iterator[Finding]:
    """A long sentence that appears again later (not in a copied paragraph, not a refrain)."""
    kinds, copied, with_stops = analysis.kinds, analysis.copied, analysis.with_stops
    eligible = [i for i, kind in enumerate(kinds) if kind == "body" and i not in copied]
    # Sentences keyed from their paragraph's normalized text first: the
    # sentences themselves are only looked at when one of them repeats.
    counts: Counter = Counter()
    for i in eligible:
        counts.update(k for k in sentence_keys(with_stops[i]) if len(k) >= MIN_SENTENCE)
    # A sentence that runs on across a line break (a paragraph cut by a page or a line width)
    # is keyed whole too, so that the same sentence written later on one line is its repeat.
    bridges = _bridges(doc, eligible, with_stops)
    counts.update(key for _, key in bridges if len(key) >= MIN_SENTENCE)
    # A sentence run in after a label ("（二）主要类别情况：2020年公开的类别有…") is keyed without it
    # too, so that the same sentence written later on its own is its repeat.
    # (A line that is all label and run-in sentence is taken for a heading: only its sentence is read.)
    run_in = [i for i, kind in enumerate(kinds) if kind == "heading" and i not in copied]
    tails = {i: tail for i in sorted(set(eligible) | set(run_in)) if "：" in doc.paragraphs[i].folded
             for tail in [_label_tails(doc, doc.paragraphs[i])] if tail}
    counts.update(key for found in tails.values() for key, _ in found)
    repeats = {key for key, n in counts.items() if 1 < n < RECURRING}  # 3+: a refrain or a running header
    if not repeats:
        return
    holding = {i for i in eligible if any(k in repeats for k in sentence_keys(with_stops[i]))}
    holding |= {i for i, found in tails.items() if any(key in repeats for key, _ in found)}
    bridged = {i for i, key in bridges if key in repeats}
    first_seen: Dict[str, Tuple[int, int, int]] = {}
    for sentence in _sentences_and_bridges(doc, sorted(holding | bridged), bridged, tails, set(run_in)):
        key = normalize(sentence.folded)
        if key not in repeats or _BRACKETED_NOTE.match(sentence.folded):
            continue
        earlier = first_seen.get(key)
        if earlier is None:
            first_seen[key] = (sentence.start, sentence.end, sentence.paragraph)
            continue
        end = _core_end(doc.folded, sentence.start, sentence.end)
        if _within_one(in_row, in_row_starts, earlier[0], end):
            continue  # the same words written twice in a row: reported above
        if _head_title_echo(doc, earlier[2], sentence.paragraph):
            continue  # the page's title line, then the article's (see duplicate-paragraph)
        if earlier[2] != sentence.paragraph and _news_head(doc, earlier[2]):
            continue  # a news story's lead or subtitle, told again in its body
        yield Finding(
            sentence.start, end,
            Msg("这句话在前文已经出现过", "this sentence already appears earlier"),
            help=Msg("删去重复的句子，或改写其中一处", "delete the repeated sentence or reword one of the two"),
            related=(Related(earlier[0], earlier[1], Msg("首次出现在这里", "first written here")),),
            claims=((sentence.start, end),),
        )


# A news story's lead opens with its dateline: "某社北京3月3日电（记者…）", "本报讯（通讯员…）".
_NEWS_DATELINE = lazy(r"[\s\u3000]*(?:[^，。；\s]{0,16}?\d{1,2}月\d{1,2}日\s*电|(?:本报|本网|本台|[^，。；\s]{2,8})讯(?=[\s（(：:]))")
# The lead stands within the first few lines under the page's headline.
_NEWS_HEAD_LINES = 4


def _news_head(doc: Document, index: int) -> bool:
    """Is paragraph ``index`` the head of a news story on a saved page: the subtitle right under the
    page's headline, or the lead, opening with the dateline?  The story's body tells again, in more
    detail and often in the same words, what its head sums up: no pasted sentence."""
    top = first_text_paragraph(doc)
    if top <= 0 or not top < index <= top + _NEWS_HEAD_LINES:
        return False
    if index == top + 1 and page_headline(doc, top):
        return True
    return _NEWS_DATELINE.match(doc.paragraphs[index].folded) is not None


def _bridges(doc: Document, eligible: Sequence[int], with_stops: Sequence[str]) -> List[Tuple[int, str]]:
    """(i, key) of the sentence that paragraph i leaves unfinished and paragraph i + 1 finishes."""
    out = []
    following = set(eligible)
    for i in eligible:
        text = with_stops[i]
        # (Only running text: a title set on two lines is no sentence.)
        if (text and text[-1] not in "。！？；" and i + 1 in following
                and any(mark in doc.paragraphs[i].folded for mark in "，。；")):
            tail = sentence_keys(text)[-1]
            rest = sentence_keys(with_stops[i + 1])
            if rest and with_stops[i + 1][0] not in "。！？；":
                out.append((i, tail + rest[0]))
    return out


_TRAILING_SPACE = " \t\u3000" + "".join(c for c in SPACE if not c.isspace())
# The label a sentence may open with before a colon: a heading run in ("（二）主动公开的主要类别情况"),
# no clause of its own (no comma).
MAX_LABEL = 30


def _label_tails(doc: Document, para) -> List[Tuple[str, Sentence]]:
    """(key, sentence) of each sentence of ``para`` that opens with a label and a colon, the
    sentence given from after the colon, where what follows is a sentence's length."""
    out = []
    for sentence in doc.sentences_of(para):
        at = sentence.folded.find("：")
        if at <= 0 or at > MAX_LABEL or "，" in sentence.folded[:at]:
            continue
        tail = sentence.folded[at + 1:]
        key = normalize(tail)
        # (A sentence ends in its stop: "标题：某省2022年度法治政府建设情况报告" is a page's field.)
        if len(key) >= MIN_SENTENCE and tail.rstrip(_TRAILING_SPACE)[-1:] in "。！？；":
            start = sentence.start + at + 1
            out.append((key, Sentence(sentence.paragraph, start, sentence.end, doc.text[start:sentence.end], tail)))
    return out


def _sentences_and_bridges(doc: Document, indices: Sequence[int], bridged: set,
                           tails: Optional[Dict[int, List[Tuple[str, Sentence]]]] = None,
                           tails_only: frozenset = frozenset()) -> Iterator[Sentence]:
    """The sentences of the paragraphs ``indices`` in text order; where paragraph i is in
    ``bridged``, its unfinished last sentence is given whole, with the next paragraph's start;
    where it is in ``tails``, a sentence that opens with a label is given without it too (and
    only so, where it is in ``tails_only``)."""
    paragraphs = doc.paragraphs
    for i in indices:
        if i in tails_only:
            yield from (sentence for _, sentence in tails.get(i, ()))
            continue
        sentences = doc.sentences_of(paragraphs[i])
        yield from sentences
        if tails and i in tails:
            yield from (sentence for _, sentence in tails[i])
        if i in bridged and sentences:
            first, rest = sentences[-1], doc.sentences_of(paragraphs[i + 1])
            if rest:
                yield Sentence(i, first.start, rest[0].end, doc.text[first.start:rest[0].end],
                               first.folded + rest[0].folded)


# A task list repeats its bracketed notes under every item on purpose
# ("〔责任单位：各县交通运输局〕", "（牵头单位：市司法局）"): not a pasted sentence.
_BRACKETED_NOTE = lazy(r"[（〔【\[][^（〔【\[]{0,6}?(?:单位|部门|领导|责任人|时限|时间)[：:]")


def _within_one(spans: Sequence[Tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Does one of the (sorted, disjoint) spans hold all of start..end?"""
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and spans[index][1] >= end
