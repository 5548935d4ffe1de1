"""Leftovers of the page a report was copied from: web chrome and PDF page breaks.

Reports are published as web pages and PDFs, and many copies that reach a
reviewer were taken back out of them.  Two kinds of debris come along:

* web-residue: the site header (今天是……, 无障碍, 简体|繁体), navigation lists
  and bars, the 政府信息公开 metadata block (索引号, 发布机构, 生成日期 ...),
  发布时间/浏览次数 lines, 上一篇/下一篇, 打印本页/关闭窗口, the site footer
  (Copyright, ICP备案, 公网安备, 主办单位), and what template and document sites
  add (下面是小编为大家整理的……, their slogan and address, 第1页共4页).
* broken-paragraph: a paragraph cut in two where a PDF page ended; the first
  half stops mid-sentence and the next line carries on.

The helpers here (``residue_paragraphs``, ``residue_spans``, ``continuation``,
``broken_pairs``, ``title_like``, ``end_state``, ``heading_line``,
``fused_heading``) are plain functions so that other checks can tell page debris
from report text (punctuation's paragraph-end and brackets use them).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterator, List, Optional, Set, Tuple

from lintlaw.document import Document, Paragraph, parse_heading
from lintlaw.finding import Edit, Finding, Fix, Msg, Related
from lintlaw.registry import rule

def _cached(doc: Document, key: str, compute):
    """Results shared by the rules of this module and of punctuation.py and brackets.py."""
    return doc.memo(("residue", key), compute)


# --------------------------------------------------------------------------
# Paragraph shape, shared by the checks of this module and of punctuation.py
# --------------------------------------------------------------------------

_SENTENCE_MARKS = re.compile(r"[。！？；]")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Page furniture a PDF leaves between the halves of a paragraph: "- 3 -", "—3—", "第3页 共9页".
_PAGE_NUMBER = re.compile(
    r"(?:[-—－–]\s*\d{1,3}\s*[-—－–]|第\s*\d{1,3}\s*页(?:\s*[，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})"
)
# A list item that is not an outline level: bullets, table rows.
_BULLET = re.compile(r"[-*+•·●◆■▪◇○□►▶√※]")


def title_like(para: Paragraph) -> bool:
    """A heading, title, organ name or date line: short, with no sentence inside.

    Headings often carry a comma ("（三）城市管理体制不健全，城市管理难度大"), so
    a comma alone does not make a line body text; length with commas does.
    """
    folded = para.folded
    if _SENTENCE_MARKS.search(folded[:-1]) or len(folded) > 120:
        return False
    if folded[-1] in "。！？；" and len(folded) > 50:
        return False
    return len(folded) <= 50 or "，" not in folded


# Sixteen Chinese characters, found without counting all of a long paragraph.
_SIXTEEN_CJK = re.compile(r"(?:[^\u3400-\u9fff\uf900-\ufaff]*[\u3400-\u9fff\uf900-\ufaff]){16}")


def body_like(para: Paragraph) -> bool:
    """Running report text: not title-like and written in Chinese."""
    return not title_like(para) and _SIXTEEN_CJK.match(para.folded) is not None


def is_page_number(para: Paragraph) -> bool:
    return len(para.folded) <= 16 and _PAGE_NUMBER.fullmatch(para.folded) is not None


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


def _matching_open(text: str, close_at: int) -> int:
    """Index of the （ that the ） at ``close_at`` closes, or -1."""
    depth = 0
    for index in range(close_at, -1, -1):
        char = text[index]
        if char == "）":
            depth += 1
        elif char == "（":
            depth -= 1
            if depth == 0:
                return index
    return -1


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
            opener = _matching_open(folded, end - 1)
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


def _unclosed(doc: Document) -> List[int]:
    """Indices of the paragraphs that end OPEN or in a SEPARATOR: the only ones that may stop mid-sentence."""
    return _cached(doc, "unclosed", lambda d: [
        i for i, state in enumerate(end_states(d)) if state == OPEN or state == SEPARATOR])


# --------------------------------------------------------------------------
# Web residue
# --------------------------------------------------------------------------

NAV, METADATA, PUBLISHED, PAGING, TOOLS, FOOTER = "nav", "metadata", "published", "paging", "tools", "footer"
HEADER, FARM, PAGE = "header", "farm", "page"
_CATEGORY_NAMES = {
    HEADER: Msg("网站页头（日期、无障碍、繁简切换）", "site header (date, accessibility, script switch)"),
    NAV: Msg("栏目导航列表", "navigation list"),
    METADATA: Msg("信息公开元数据（索引号等）", "disclosure metadata (索引号 etc.)"),
    PUBLISHED: Msg("发布信息（发布时间、浏览次数）", "publication line (date, view counter)"),
    PAGING: Msg("上一篇/下一篇链接", "previous/next links"),
    TOOLS: Msg("页面工具（打印、关闭、字号）", "page tools (print, close, font size)"),
    FOOTER: Msg("网站页脚（版权、备案、主办单位）", "site footer (copyright, ICP licence, operator)"),
    FARM: Msg("范文网站推广语", "boilerplate of a template-sharing site"),
    PAGE: Msg("文档页码", "page number of the document viewer"),
}
_ORDER = (HEADER, NAV, METADATA, PUBLISHED, PAGING, TOOLS, FOOTER, FARM, PAGE)

# Tokens no report sentence contains: one is enough to mark a short line as page chrome.
_STRONG_ANYWHERE = (
    (FOOTER, re.compile(
        r"©|copyright|all rights reserved|ICP备|ICP证|公网安备|网站标识码|网站识别码|违法和不良信息举报", re.I)),
    (PUBLISHED, re.compile(r"(?:浏览|阅读|访问|点击)(?:次数|量|数)\s*：|浏览次数|阅读次数")),
    (TOOLS, re.compile(
        r"【\s*(?:打印|关闭|收藏)\s*】|\[\s*(?:打印|关闭|收藏)\s*\]|扫一扫在手机|分享到\s*：|"
        r"字[号体]\s*：?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小")),
    (NAV, re.compile(r"更多\s*(?:>>|»|＞＞|>|＞)|^\s*more\s*>>|^首页\s*(?:>|＞|›|»)", re.I)),
    # 当前位置 / 您的当前位置 / 您当前所在的位置 / 您现在所在的位置 / 所在位置 ...
    (NAV, re.compile(
        r"^(?:(?:您|你)(?:现在|当前|目前)?(?:所在)?的?(?:当前)?|(?:现在|当前|目前)(?:所在)?的?|所在的?)位置\s*：")),
    (TOOLS, re.compile(r"(?:扫码|扫一扫|扫描二维码)[^，。；]{0,12}(?:本页|本文|此页|当前页)|^(?:正文复制|复制正文|全文复制)$|"
                       r"^[【\[]?\s*字[号体]\s*：\s*[】\]]?$")),
    (HEADER, re.compile(r"^今天是\s*：?\s*(?:19|20)\d\d年|农历[^，。；]{0,12}星期|星期[一二三四五六日天][^，。；]{0,3}农历")),
    (METADATA, re.compile(r"^[0-9A-Z]{8,18}/(?:19|20)\d\d-\d{2,8}$")),  # an 索引号 value alone
    (PAGING, re.compile(r"^(?:上一篇|下一篇|上一条|下一条)(?:\s*：|\s|$)")),
)
# Plain words a report might also use (开设“联系我们”专栏): page chrome only when
# they stand unquoted on a line that is not an outline heading.
_CHROME_WORDS = (
    (FOOTER, re.compile(r"(?<![“‘《\"'])(?:版权所有|网站地图|联系我们|网站声明|隐私声明|有害信息举报)(?![”’》\"'])")),
    (TOOLS, re.compile(r"(?<![“‘《\"'])(?:打印本页|关闭窗口|返回顶部|收藏本页|加入收藏|设为首页)(?![”’》\"'])")),
)
# "key：value" fields of a 政府信息公开 page.  A field that names only page
# metadata is strong; one that a report table might also hold (名称, 文号, 来源)
# is weak and only joins a block that has a strong line.
_FIELD_NAMES = (
    r"索引号|信息索引号|信息分类名称|信息分类|主题分类|体裁分类|组配分类|主题词|发布机构|发文机关|生成日期|"
    r"发布日期|发布时间|公开方式|公开范围|公开时限|公开形式|时效性|责任编辑|信息来源|文章来源|"
    r"名称|标题|文号|发文字号|成文日期|来源|作者|编辑|有效性|撰稿|审核|主办单位|承办单位|主办|承办|"
    r"技术支持|维护单位|联系电话|地址|邮编"
)
# "索引号：…", or the bracketed table form "[ 索引号 ] …".
_FIELD = re.compile(
    r"(?:^|(?<=\s))(" + _FIELD_NAMES + r")\s*：|[\[【]\s*(" + _FIELD_NAMES + r")\s*[\]】]"
)
_STRONG_FIELDS = frozenset(
    "索引号 信息索引号 信息分类名称 信息分类 主题分类 体裁分类 组配分类 主题词 发布机构 发文机关 生成日期 发布日期 "
    "发布时间 公开方式 公开范围 公开时限 公开形式 时效性 责任编辑 信息来源 文章来源".split()
)
# All of them at once: most lines match none, and one search tells.
_ANY_STRONG = re.compile("|".join(
    "(?:%s)" % (pattern.pattern if not pattern.flags & re.I else "(?i:%s)" % pattern.pattern)
    for _, pattern in _STRONG_ANYWHERE))
_FIELD_CATEGORY = {"发布日期": PUBLISHED, "发布时间": PUBLISHED}
_FIELD_ALONE = re.compile(r"(" + "|".join(sorted(_STRONG_FIELDS, key=len, reverse=True)) + r")\s*：?")
_FOOTER_FIELDS = frozenset("主办单位 承办单位 主办 承办 技术支持 维护单位 联系电话 地址 邮编".split())
# A line of a news list: bulleted, or a title followed by its date.
_NAV_ITEM = re.compile(r"(?:[-*+•·●◆■▪◇○□►▶]\s*)+\S|.{2,60}\s\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")

# Dates as a web page writes them (2023-03-09, 2021/03/29 11:30:01); a report writes 2023年3月9日.
_WEB_DATE = r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:\s+\d{1,2}：\d{2}(?:：\d{2})?)?"
_CN_DATE = r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
# A page's time stamp: "日期：2023-03-09", "更新时间：2021/03/29 11:30:01".
_STAMP = re.compile(
    r"(?:^|(?<=\s))(发布|更新|发表|录入|添加|创建|上传|修改)?(?:时间|日期)\s*：\s*" + _WEB_DATE)
_CLOCK = re.compile(r"\d{1,2}：\d{2}")
_WEB_DATE_IN_LINE = re.compile(_WEB_DATE)
# A line that is only a date, or a field and a date: page metadata or a signature, never half a sentence.
DATE_LINE = re.compile(
    r"(?:[\u4e00-\u9fff]{0,6}(?:时间|日期)\s*：\s*)?(?:" + _WEB_DATE + "|" + _CN_DATE + r")"
    r"(?:\s*[（(]?\s*星期[一二三四五六日天]\s*[）)]?)?"
)
_WEEKDAY_DATE = re.compile("(?:" + _WEB_DATE + "|" + _CN_DATE + r")\s*星期[一二三四五六日天]")

# Buttons and switches of a page header or toolbar; a line made only of them is chrome.
_HEADER_TOKENS = frozenset(
    "无障碍 无障碍阅读 无障碍浏览 关怀版 长者版 适老版 长者模式 老年模式 返回首页 简体 繁体 繁體 简体版 繁体版 "
    "简体中文 繁體中文 English EN 手机版 移动版 设为首页 加入收藏 登录 注册".split()
)
_CHROME_TOKENS = _HEADER_TOKENS | frozenset(
    "返回顶部 回到顶部 打印 打印本页 打印整页 打印内容 打印正文 打印此页 分享 分享到 收藏 "
    "关闭 关闭窗口 关闭本页 字号 字体 大 中 小 默认 纠错 我要纠错 网站地图".split()
)
_TOKEN_SPLIT = re.compile(r"[\s|¦｜/]+")
_SPACED_HOME = re.compile(r"^首\s+页(?=\s)")
# Sections of a government site, for a navigation bar written as a spaced row.
_NAV_WORDS = frozenset(
    "首页 新闻中心 新闻动态 政务公开 信息公开 政府信息公开 政务服务 办事服务 网上办事 互动交流 政民互动 公众参与 "
    "专题专栏 通知公告 机构概况 领导信息 数据开放 工作动态 部门动态 政策文件 政策解读 走进".split()
)
_NAV_BAR_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,10}")


def _chrome_row(folded: str) -> Optional[str]:
    """HEADER, TOOLS or NAV for a row of page buttons ("打印整页 打印内容 分享") or site sections
    ("首   页 走进某区 新闻中心 政府信息公开 政务服务"), else None."""
    if not _TOKEN_SPLIT.search(folded):
        return None
    row = _SPACED_HOME.sub("首页", folded.strip())
    tokens = [t for t in _TOKEN_SPLIT.split(row) if t]
    if len(tokens) >= 2 and all(t in _CHROME_TOKENS for t in tokens):
        return HEADER if any(t in _HEADER_TOKENS for t in tokens) else TOOLS
    if len(tokens) >= 4 and all(_NAV_BAR_ITEM.fullmatch(t) for t in tokens):
        known = sum(1 for t in tokens if t in _NAV_WORDS or (t.startswith("走进") and len(t) <= 6))
        if tokens[0] == "首页" and known >= 2 or known >= 3:
            return NAV
    return None


# Boilerplate of template-sharing (范文) and document sites.  No report says any
# of this, so a line holding it is residue even with full stops in it.
_FARM = re.compile(
    r"【\s*导读(?:预览)?\s*】|小编(?:为|给|帮)(?:大家|您|你)|由会员分享，?\s*可在线阅读|可在线阅读，?\s*更多相关|"
    r"喜欢就(?:复制|下载|收藏|分享|转发)|网友为(?:您|大家)(?:精心)?(?:整理|分享)|来源\s*：\s*网友投稿|"
    r"此篇(?:优秀)?范文|因篇幅(?:问题|关系|原因|所限)?，?\s*不能(?:全部|完整)?(?:显示|展示)"
)
# Plain text every _FARM phrase holds: found with str.find before any regex runs.
_FARM_ANCHORS = ("导读", "小编", "可在线阅读", "喜欢就", "网友", "范文", "篇幅")
# A site's slogan and address pasted into the text: "某某之家—全网资源每日更新www.example.com".
_SLOGAN = re.compile(
    r"\s*[—–-]{1,2}\s*[\u4e00-\u9fff]{0,8}(?:资源|范文|文档|文库|资料|素材|题库)[\u4e00-\u9fff]{0,8}\s*"
    r"(?:www\.|https?://)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
    re.I,
)
_SITE_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}$")
# "第1页共4页": the page counter of a document viewer.
_PAGE_OF = re.compile(r"第\s*\d{1,3}\s*页\s*[，/]?\s*共\s*\d{1,3}\s*页")


@dataclass(frozen=True)
class _Line:
    strong: bool
    categories: FrozenSet[str]
    label_only: bool = False  # a field name alone on its line: its value is the next line


def _field_category(field: str) -> str:
    if field in _FOOTER_FIELDS:
        return FOOTER
    return _FIELD_CATEGORY.get(field, METADATA)


# Something every chrome pattern above needs: one search rules most lines out.
_HINT = re.compile(
    r"©|copyright|reserved|ICP|公网安备|网站|违法和不良|次数|[量数]\s*：|打印|关闭|收藏|扫一扫|分享|字[号体]|"
    r"更多|more|首页|首\s+页|位置|上一|下一|版权|联系我们|声明|有害信息|返回|回到|：|^[-*+•·●◆■▪◇○□►▶]|"
    r"\d{4}[-/.]\d|[\[【]|扫码|扫描|复制|今天是|农历|星期|无障碍|关怀版|简体|繁体|繁體|English|首页|新闻中心|"
    r"^[0-9A-Z]{8,18}/",
    re.I,
)


_FARM_LINE_LIMIT = 300


def _classify(para: Paragraph, farm: bool = False) -> Optional[_Line]:
    """``farm``: the paragraph holds a _FARM phrase (found for the whole text at once)."""
    folded = para.folded
    if farm and len(folded) <= _FARM_LINE_LIMIT:
        return _Line(True, frozenset((FARM,)))
    # Page chrome is short and never holds a sentence.
    if (len(folded) > 200 or "。" in folded or "！" in folded or "？" in folded
            or not (_HINT.search(folded) or (len(folded) <= 8 and _FIELD_ALONE.fullmatch(folded)))):
        return None
    categories = set()
    if _ANY_STRONG.search(folded):
        categories.update(category for category, pattern in _STRONG_ANYWHERE if pattern.search(folded))
    heading = parse_heading(folded) is not None
    if not heading:
        categories.update(category for category, pattern in _CHROME_WORDS if pattern.search(folded))
        row = _chrome_row(folded)
        if row:
            categories.add(row)
    strong = bool(categories)
    fields = [m.group(1) or m.group(2) for m in _FIELD.finditer(folded)]
    alone = _FIELD_ALONE.fullmatch(folded)
    if alone:  # a disclosure table laid out one cell per line: "索引号" / "0001/2024-00012"
        fields.append(alone.group(1))
    web_date = _WEB_DATE_IN_LINE.search(folded) is not None
    stamp = _STAMP.search(folded) if web_date else None
    if fields:
        # "来源：区司法局" may be a report's own line; "2021-02-22 来源：某网" is a page's.
        strong = strong or any(f in _STRONG_FIELDS for f in fields) or len(set(fields)) >= 2 or web_date
        categories.update(_field_category(f) for f in fields)
    if stamp:
        # "发布时间：2023-03-09"; a bare "时间：2023-05-07" only alone on its line
        # or with the clock time ("时间：2023-05-07 地点：…" may be a report's).
        strong = strong or bool(stamp.group(1) or DATE_LINE.fullmatch(folded) or _CLOCK.search(folded))
        categories.add(PUBLISHED)
    if not categories and not heading and len(folded) <= 40:
        # A date alone, or with its weekday: joins a block of chrome, makes none.
        if web_date and DATE_LINE.fullmatch(folded):
            categories.add(PUBLISHED)
        elif _WEEKDAY_DATE.search(folded):
            categories.add(HEADER)
    if not categories and len(folded) <= 80 and "；" not in folded and _NAV_ITEM.match(folded):
        categories.add(NAV)
    return _Line(strong, frozenset(categories), alone is not None) if categories else None


@dataclass(frozen=True)
class ResidueBlock:
    first: int  # paragraph indices, inclusive
    last: int
    bridged: Tuple[int, ...]  # title lines kept inside the block
    categories: FrozenSet[str]


def _heading_marked(doc: Document, index: int) -> bool:
    return index in doc.heading_at_paragraph


def residue_blocks(doc: Document) -> List[ResidueBlock]:
    """Runs of consecutive page-chrome paragraphs (blank lines never break a run)."""
    return _cached(doc, "blocks", _residue_blocks)


def _short_line(doc: Document, index: int) -> bool:
    """A line that could be a page title or a field value: short, no sentence, no outline number."""
    folded = doc.paragraphs[index].folded
    return len(folded) <= 60 and not _SENTENCE_MARKS.search(folded) and not _heading_marked(doc, index)


# A report title ends in the kind of document it is.
_TITLE_END = re.compile(r"(?:报告|总结|情况|通知|意见|方案|要点|规划|计划|办法|纲要|公告|决定|通报|函|清单|汇报|解读|讲话|说明)$")


def _paragraphs_holding(doc: Document, anchors: Tuple[str, ...]) -> List[int]:
    """Indices (ascending) of the paragraphs in which any of ``anchors`` occurs."""
    text = doc.text
    offsets = []
    for anchor in anchors:
        at = text.find(anchor)
        while at >= 0:
            offsets.append(at)
            at = text.find(anchor, at + 1)
    if not offsets:
        return []
    starts = _cached(doc, "starts", lambda d: [p.start for p in d.paragraphs])
    return sorted({bisect.bisect_right(starts, at) - 1 for at in offsets} - {-1})


def _farm_paragraphs(doc: Document) -> List[int]:
    return _cached(doc, "farm", lambda d: [
        i for i in _paragraphs_holding(d, _FARM_ANCHORS) if _FARM.search(d.paragraphs[i].folded)])


def _residue_blocks(doc: Document) -> List[ResidueBlock]:
    paras = doc.paragraphs
    farm = set(_farm_paragraphs(doc))
    kinds = [_classify(p, p.index in farm) for p in paras]
    for i in range(len(paras) - 1):
        if kinds[i] and kinds[i].label_only and kinds[i + 1] is None and _short_line(doc, i + 1):
            kinds[i + 1] = _Line(False, frozenset((METADATA,)))
    # A page title between two chrome lines (metadata, then the title, then 发布日期)
    # belongs to the chrome: one finding, not two.
    bridged = set()
    for i in range(1, len(paras) - 1):
        if kinds[i] is None and kinds[i - 1] and kinds[i + 1] and _short_line(doc, i):
            bridged.add(i)
    blocks = []
    i = 0
    while i < len(paras):
        if kinds[i] is None and i not in bridged:
            i += 1
            continue
        j = i
        while j + 1 < len(paras) and (kinds[j + 1] is not None or j + 1 in bridged):
            j += 1
        members = [k for k in range(i, j + 1) if kinds[k] is not None]
        if any(kinds[k].strong for k in members):
            blocks.append(ResidueBlock(
                first=i, last=j,
                bridged=tuple(k for k in range(i, j + 1) if k in bridged),
                categories=frozenset(c for k in members for c in kinds[k].categories),
            ))
        i = j + 1
    return blocks


def residue_paragraphs(doc: Document) -> Set[int]:
    """Indices of every paragraph inside a web-residue block."""
    return _cached(doc, "residue", lambda d: {k for b in residue_blocks(d) for k in range(b.first, b.last + 1)})


@dataclass(frozen=True)
class ResidueSpan:
    """Chrome inside a line of report text (a site's slogan, "第1页共4页"), or a
    page-counter line of its own."""

    start: int
    end: int
    category: str


def residue_spans(doc: Document) -> List[ResidueSpan]:
    """Residue outside the blocks, in text order."""
    return _cached(doc, "spans", _residue_spans)


def _residue_spans(doc: Document) -> List[ResidueSpan]:
    paras = doc.paragraphs
    blocks = residue_paragraphs(doc)
    out: List[ResidueSpan] = []
    # Template-site boilerplate inside a long paragraph: the sentence that holds it.
    for index in _farm_paragraphs(doc):
        para = paras[index]
        if index in blocks:
            continue
        for match in _FARM.finditer(para.folded):
            start = max(para.folded.rfind(m, 0, match.start()) for m in "。！？") + 1
            ends = [e for e in (para.folded.find(m, match.end()) for m in "。！？") if e >= 0]
            end = min(ends) + 1 if ends else len(para.folded)
            if not out or out[-1].end <= para.start + start:
                out.append(ResidueSpan(para.start + start, para.start + end, FARM))
    # A site's slogan and address: its name is what stands before the dash where
    # the slogan opens a line or sentence, and the same name elsewhere.
    slogans = []
    for index in _paragraphs_holding(doc, ("www.", "WWW.", "http", "HTTP")):
        if index not in blocks:
            slogans.extend((index, m) for m in _SLOGAN.finditer(paras[index].folded))
    names: Dict[str, str] = {}
    for index, match in slogans:
        before = re.split(r"[\s。！？，；：、]", paras[index].folded[:match.start()])[-1]
        if 2 <= len(before) <= 8 and _SITE_NAME.fullmatch(before):
            names.setdefault(match.group().strip(), before)
    for index, match in slogans:
        para = paras[index]
        name = names.get(match.group().strip(), "")
        start = match.start()
        if name and para.folded.endswith(name, 0, start):
            start -= len(name)
        out.append(ResidueSpan(para.start + start, para.start + match.end(), FARM))
    # "第1页共4页": a line of its own is left to broken-paragraph when it cuts a
    # paragraph (joining the halves deletes it).
    covered: Set[int] = set()
    for match in _PAGE_OF.finditer(doc.folded):
        para = doc.paragraph_of(match.start())
        if para is None or para.index in blocks:
            continue
        if match.start() == para.start and match.end() == para.end:
            if not covered:
                covered = _joined_lines(doc)
            if para.index in covered:
                continue
        out.append(ResidueSpan(match.start(), match.end(), PAGE))
    out.sort(key=lambda s: s.start)
    return out


def _joined_lines(doc: Document) -> Set[int]:
    """Paragraphs between the halves that broken-paragraph's fix joins (deleted by the join)."""
    if hard_wrapped(doc):
        pairs = [(a, b) for a, b in _unfinished_lines(doc)]
    else:
        pairs = [(a, b) for a, b, _ in broken_pairs(doc)]
    return {k for a, b in pairs for k in range(a + 1, b)} or {-1}


@rule(
    code="LL501",
    name="web-residue",
    severity="warning",
    summary="网页残留：导航、信息公开元数据、浏览次数、上一篇/下一篇、版权页脚、范文网站推广语等不属于报告正文",
    summary_en="Web page leftovers (navigation, metadata block, view counter, previous/next links, footer, "
               "template-site boilerplate) in the report",
    why=(
        "报告从网页复制时常带出网站页头（日期、无障碍、繁简切换）、栏目导航、政府信息公开元数据（索引号、发布机构、"
        "生成日期）、发布时间和浏览次数、上一篇/下一篇、打印本页/关闭窗口、版权与ICP备案页脚；从范文、文库网站复制时"
        "还会带出“下面是小编为大家整理的……”、网站标语和“第1页共4页”之类的页码。这些不是报告内容（《法治政府建设与"
        "责任落实督察工作规定》所列年度报告内容不含此类信息），报送或公开前应删除。"
    ),
    why_en=(
        "Reports copied from a web page bring the site's chrome along: the header (date, accessibility, script "
        "switch), section lists, the government-disclosure metadata (索引号, 发布机构, 生成日期), publication time "
        "and view counter, previous/next links, print/close buttons and the copyright/ICP footer; copies from "
        "template and document-sharing sites add their blurbs (下面是小编为大家整理的……), slogans and page counters "
        "(第1页共4页). None of it is report content; delete it before submission or publication."
    ),
    bad=[
        "索引号：11500106709335764X/2022-00118 信息分类：城乡建设\n发布机构：某区城市管理局 生成日期：2022-01-25\n2021年，我局坚持依法行政。",
        "2023年，区司法局扎实推进法治政府建设。\n上一篇：区民政局2023年法治政府建设年度报告\n下一篇：区财政局2023年法治政府建设年度报告",
        "全年办理行政复议案件12件。\n\nCopyright © 2023 某市人民政府 版权所有\n\n渝ICP备19004061号-1 渝公网安备50010602500861号",
        "更多>>信息公告\n- ·关于印发《2024年全市守法普法工作要点》的通知\n- ·关于报送2024年度普法责任清单的通知\n某区司法局2023年普法工作总结",
        "某区城管委“八五”普法中期工作总结\n发布时间：2023-01-24 15:52 浏览次数：1024\n“八五”普法实施以来，区城管委结合工作实际开展普法。",
        "现将有关情况报告如下。\n【打印本页】【关闭窗口】",
        "字号：大 中 小\n某县人民政府2023年法治政府建设情况报告",
        "当前位置：首页 > 政务公开 > 法治政府建设\n某县2023年法治政府建设年度报告",
        "全年开展普法活动36场次。\n主办单位：某市人民政府办公室 技术支持：某市大数据中心",
        "一、主要举措和成效\n违法和不良信息举报电话：12345",
        "您当前所在的位置：首页 > 政务公开 > 法治政府建设\n某区2023年法治政府建设情况报告",
        "首   页 走进某县 新闻中心 政府信息公开 政务服务 互动交流\n某县2023年法治政府建设情况报告",
        "下面是小编为大家整理的乡镇2023年普法工作总结，供大家参考。\n2023年，我镇扎实开展普法工作。",
        "县政府专题研究法治工作4次。二是压实第一法规之家—海量范文资源每日更新www.example.com责任人职责。",
    ],
    good=[
        "本次宣传活动的主办单位为市司法局，承办单位为各区普法办。",
        "《优化营商环境条例》发布以来，我局认真组织学习。",
        "对2022年1月以来发布的规范性文件进行全面清理，发布时间均已在政府网站公示。",
        "（一）强化执法监督。全年组织案卷评查2次，评查案卷156卷。\n（二）加强普法宣传。开展“宪法宣传周”活动12场。",
        "重庆市沙坪坝区城市管理局\n2022年1月25日",
        "- 加强组织领导\n- 健全工作机制\n- 强化督促检查",
        "来源：区司法局\n全年共办理法律援助案件85件。",
        "严格落实“谁执法谁普法”普法责任制，按要求公开普法责任清单，群众浏览、下载便捷。",
        "附件：1.2023年度行政执法数据统计表\n2.2023年度法治政府建设重点任务清单",
        "开展版权保护执法检查，查处侵犯著作权案件3件，保护权利人的版权所有利益。",
        "开展“宪法进万家”征文活动，收到网友投稿作品300余篇。",
        "时间：2023年5月7日 地点：区司法局三楼会议室",
    ],
)
def web_residue(doc: Document) -> Iterator[Finding]:
    paras = doc.paragraphs
    for block in residue_blocks(doc):
        first, last = paras[block.first], paras[block.last]
        line_a, line_b = first.line + 1, last.line + 1
        lines = f"{line_a}" if line_a == line_b else f"{line_a}–{line_b}"
        names = [_CATEGORY_NAMES[c] for c in _ORDER if c in block.categories]
        zh_kinds = "、".join(n.zh for n in names)
        en_kinds = ", ".join(n.en for n in names)
        titles = [k for k in block.bridged if len(paras[k].folded) >= 8 and _TITLE_END.search(paras[k].folded)]
        if titles:
            kept = "、".join(str(paras[k].line + 1) for k in titles)
            help_ = Msg(
                f"删除第{lines}行的网页内容，只保留第{kept}行的报告标题",
                f"delete the web page lines {lines}, keeping the report title on line {kept}",
            )
        else:
            help_ = Msg(f"删除第{lines}行", f"delete line(s) {lines}")
        yield Finding(
            first.start,
            last.end,
            Msg(f"网页残留：第{lines}行是网页的{zh_kinds}，不是报告正文",
                f"web page leftovers: line(s) {lines} are the page's {en_kinds}, not report text"),
            help=help_,
        )
    for span in residue_spans(doc):
        shown = _shorten(doc.text[span.start:span.end])
        kind = _CATEGORY_NAMES[span.category]
        yield Finding(
            span.start,
            span.end,
            Msg(f"网页残留：“{shown}”是{kind.zh}，不是报告正文",
                f"web page leftovers: “{shown}” is {kind.en}, not report text"),
            help=Msg(f"删除“{shown}”", f"delete “{shown}”"),
        )


def _shorten(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[:limit - 12] + "……" + text[-10:]


# --------------------------------------------------------------------------
# Broken paragraphs
# --------------------------------------------------------------------------

# Characters that cannot open a sentence: a closing or pausing mark, a particle.
_CANNOT_START = re.compile(r"[，。、；：？！）》”’」』】〕%％们吗呢么吧]|的(?!确)")
# A number cut from its unit ("全面总结了 2020" / "年度法治工作").
_DIGIT_END = re.compile(r"\d\s*$")  # searched in a paragraph's last characters only
_UNIT_START = re.compile(r"\s*(?:\d|[年月日号个件人万亿元次项余多家名起份条户台座处批场期倍位卷宗篇]|%|％)")
# Words after which a sentence cannot stop.
# 的 as a word's last character is no particle: 目的, 标的, 有的, 别的.
_DANGLING_END = re.compile(r"(?:(?<![目标有别])的|和|与|及|对|在|将|把|被|从|向|于|或|并|但|而|以及|并且|而且)$")
# How a new paragraph of a report usually opens.
_OPENER = re.compile(
    r"(?:19|20)\d\d\s*年|[一二三四五六七八九十]+是|首先|其次|再次|最后|同时|此外|另外|总之|综上|总体上|"
    r"近年来|一年来|多年来|今年以来|截至|下一步|目前|当前|我(?:局|委|办|市|区|县|院|厅|部|们|单位|镇|乡|街道)"
)
_OPEN_MARKS = {"“": "”", "《": "》", "（": "）", "‘": "’", "【": "】", "〔": "〕", "「": "」"}
_CLOSE_MARKS = {v: k for k, v in _OPEN_MARKS.items()}
_PAIR_MARK = re.compile("[" + "".join(_OPEN_MARKS) + "".join(_CLOSE_MARKS) + "]")


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


def _strong_sign(a: Paragraph, b: Paragraph, state: str) -> Optional[str]:
    if state == SEPARATOR:
        return "separator"
    still_open = _open_at_end(a.folded)
    if still_open and _first_unmatched_close(b.folded) == _OPEN_MARKS[still_open[-1]]:
        return "bracket"
    if _CANNOT_START.match(b.folded):
        return "start"
    tail = a.folded[-6:]
    if _DIGIT_END.search(tail) and _UNIT_START.match(b.folded):
        return "number"
    if _DANGLING_END.search(tail):
        return "dangling"
    return None


def _next_text(doc: Document, index: int) -> Optional[int]:
    """The next paragraph after ``index``, stepping over page numbers."""
    paras = doc.paragraphs
    j = index + 1
    pages = page_numbers(doc)
    while j in pages:
        j += 1
    return j if j < len(paras) else None


_HEADING_LIMIT = 40


def heading_line(doc: Document, index: int) -> bool:
    """An outline heading alone on its line: numbered (or marked up), short, no sentence in it.

    A comma does not make it body text ("一、加强党的领导，确保正确方向").
    """
    folded = doc.paragraphs[index].folded
    return (_heading_marked(doc, index) and len(folded) <= _HEADING_LIMIT
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
    if parsed is None or not _CJK.search(tail, parsed[2]):
        return None
    # (The paragraph's own marker does not count: "（一）……。（二）……" is two items on one line.)
    for boundary in [m.end() for m in _ITEM_BOUNDARY.finditer(folded, 0, start)]:
        if boundary < start:
            earlier = parse_heading(folded[boundary:boundary + 12])
            if earlier is not None and earlier[0] == parsed[0]:
                return None
    return start


STRONG_REASONS = frozenset(("separator", "bracket", "start", "number", "dangling"))


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
    "number" (a number cut from its unit), "dangling" (it ends in 的/和/对...).
    The others are candidates that need more evidence (``broken_pairs`` looks
    for it): "plain" (body text ends with no punctuation and the next paragraph
    does not open like a new one), "runin" (an outline item cut right after its
    heading while its siblings are run-in), "short" (a short unnumbered line).
    """
    ends = end_states(doc)
    state = ends[index]
    if state not in (OPEN, SEPARATOR):
        return None
    paras = doc.paragraphs
    a = paras[index]
    residue = residue_paragraphs(doc)
    if index in residue or index in page_numbers(doc) or is_list_item(a):
        return None
    tables = doc.table_lines
    if tables and a.line in tables:
        return None  # a Word table cell: short cell text is no half sentence
    # A stray "(" line, a date or "日期：2023-03-09", an outline heading, or a
    # paragraph whose last words are a heading that lost its line break.
    if not _CJK.search(a.folded) or DATE_LINE.fullmatch(a.folded) or fused_heading(a) is not None:
        return None
    if heading_line(doc, index):
        # Never half a sentence, unless a page number follows it and its
        # siblings are run-in ("（三）标题" / "- 5 -" / the item's text).
        j = _next_text(doc, index)
        if j is None or j == index + 1 or not _siblings_run_in(doc, index):
            return None
    j = _next_text(doc, index)
    if j is None:
        return None
    b = paras[j]
    # A title, signature or date line never continues a sentence; a short
    # fragment that ends in a full stop may ("200余条，实现应公开尽公开。").
    if (j in residue or _heading_marked(doc, j) or is_list_item(b)
            or (tables and b.line in tables)
            or (title_like(b) and ends[j] != CLOSED)
            or b.folded.startswith("附件") or not _CJK.search(b.folded)):
        return None
    sign = _strong_sign(a, b, state)
    if sign:
        return j, sign
    if state != OPEN or _OPENER.match(b.folded):
        return None
    if body_like(a):
        return j, "plain"
    if not title_like(a):
        return None
    if _heading_marked(doc, index):
        return (j, "runin") if _siblings_run_in(doc, index) else None
    return j, "short"


def _word_across(a: Paragraph, b: Paragraph) -> bool:
    """Does a word run across the break ("形" / "式多样" -> 形式多样)?  Uses jieba.

    Only when the second half alone is no word: "难度大" / "城市" also reads
    as 大城市, but 城市 stands by itself, so a heading may well end in 大.
    """
    left, right = a.folded[-4:], b.folded[:4]
    if not (_CJK.match(left[-1]) and _CJK.match(right[0])):
        return False
    from lintlaw import segment

    cut = len(left)
    for start, end, word in segment.spans(left + right):
        if start < cut < end:
            rest = word[cut - start:]
            return len(rest) == 1 or segment.cut(rest) != (rest,)
    return False


def broken_pairs(doc: Document) -> List[Tuple[int, int, str]]:
    """(first half, second half, reason) for every paragraph cut in two."""
    return _cached(doc, "broken", _broken_pairs)


def _broken_pairs(doc: Document) -> List[Tuple[int, int, str]]:
    candidates = []
    for index in _unclosed(doc):
        found = continuation(doc, index)
        if found:
            candidates.append((index, found[0], found[1]))
    # Text with no closing mark could also be a paragraph that lost its full
    # stop, or a heading.  Believe the page break when the document shows it
    # was cut into pages (a sure break elsewhere, page numbers, several such
    # paragraphs) or when a word runs across the break.
    plain = sum(1 for c in candidates if c[2] == "plain")
    paged = (plain >= 3 or bool(page_numbers(doc))
             or any(c[2] in STRONG_REASONS for c in candidates))
    paras = doc.paragraphs
    out = []
    for index, j, reason in candidates:
        if reason in STRONG_REASONS or (paged and reason in ("plain", "runin")):
            out.append((index, j, reason))
        elif _word_across(paras[index], paras[j]):
            out.append((index, j, "word"))
    return out


def _unfinished_lines(doc: Document) -> List[Tuple[int, int]]:
    """(line, next line) for every text line that stops mid-sentence before a non-heading."""
    return _cached(doc, "unfinished", _find_unfinished_lines)


def _find_unfinished_lines(doc: Document) -> List[Tuple[int, int]]:
    residue = residue_paragraphs(doc)
    pages = page_numbers(doc)
    tables = doc.table_lines
    paras = doc.paragraphs
    out = []
    for index in _unclosed(doc):
        if (index in residue or index in pages or _heading_marked(doc, index)
                or (tables and paras[index].line in tables)):
            continue
        j = _next_text(doc, index)
        if (j is not None and j not in residue and not _heading_marked(doc, j)
                and not (tables and paras[j].line in tables)):
            out.append((index, j))
    return out


def hard_wrapped(doc: Document) -> bool:
    """Is the whole text cut at a fixed line width (a PDF copied line by line)?

    Then nearly every line "continues" in the next: that is one defect of the
    document, not hundreds of broken paragraphs or missing full stops.
    """
    return _cached(doc, "wrapped", _hard_wrapped)


_WIDE = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6“”‘’…—]")


def _width(text: str) -> int:
    """Display width: a Chinese character or full-width mark takes two cells."""
    return len(text) + len(_WIDE.findall(text))


def _hard_wrapped(doc: Document) -> bool:
    residue = residue_paragraphs(doc)
    tables = doc.table_lines
    cells = {p.index for p in doc.paragraphs if p.line in tables} if tables else set()
    text_lines = len(doc.paragraphs) - len(residue | page_numbers(doc) | cells)
    unfinished = _unfinished_lines(doc)
    if len(unfinished) < 8 or len(unfinished) * 2 <= text_lines:
        return False
    # Lines cut at a fixed width end near that width; a header of short lines
    # (title, date, author, keywords) also lacks end marks but has no common width.
    widths = sorted(_width(doc.paragraphs[i].text) for i, _ in unfinished)
    wrap = widths[len(widths) // 2]
    near = sum(1 for w in widths if abs(w - wrap) <= max(4, wrap // 10))
    return wrap >= 20 and near >= 8 and near * 5 >= text_lines * 2


_REASONS = {
    "separator": Msg("上一行以逗号、顿号或前引号、前括号结束", "the line before ends in a comma, a 顿号 or an opening mark"),
    "bracket": Msg("上一行的引号或括号到这一行才闭合", "a quote or bracket opened on the line before closes on this one"),
    "start": Msg("这一行以不能开头的标点或助词开始", "this line starts with a mark or particle no sentence starts with"),
    "number": Msg("一个数字被拆在两行", "a number is split from its unit across the lines"),
    "dangling": Msg("上一行停在“的”“和”等虚词上", "the line before stops on a function word such as 的 or 和"),
    "runin": Msg("同级各项都是“标题。正文”的写法，这一行是上一项被截断的正文",
                 "the sibling items are run-in (heading. text), and this line is the cut-off text of the item before"),
    "word": Msg("一个词被拆在两行", "a word is split across the lines"),
    "plain": Msg("上一行没有句末标点，这一行接着上一句", "the line before has no closing punctuation and this line carries on its sentence"),
}


def _head(para: Paragraph, limit: int = 8) -> int:
    """Offset just after the first few characters of a paragraph (up to its first pause)."""
    stop = re.search(r"[，。、；：？！]", para.folded[1:])
    length = min(limit, stop.start() + 1 if stop else limit, len(para.folded))
    return para.start + max(1, length)


def tail_start(para: Paragraph, limit: int = 8) -> int:
    """Offset of a paragraph's last few characters (back to its last pause, at most ``limit``)."""
    cut = max(para.folded.rfind(m, 0, len(para.folded) - 1) for m in "，。；：？！、")
    return para.start + max(cut + 1, len(para.folded) - limit)


@rule(
    code="LL502",
    name="broken-paragraph",
    severity="warning",
    summary="段落被分页或换行拆成两段：上一行句子未完，下一行接着写",
    summary_en="A paragraph cut in two (a PDF page break): the line stops mid-sentence and the next carries on",
    why=(
        "从PDF复制的报告在分页处常把一个自然段断成两行：前半段没有句末点号，后半段从半句话开始。GB/T 15834-2011 "
        "规定句子末尾用句号等点号；一段话应连续排版，断开后读者会误以为是两段，也影响检索和统计。"
    ),
    why_en=(
        "Text copied out of a PDF often breaks a paragraph where the page ended: the first half has no closing "
        "punctuation and the second starts mid-sentence. GB/T 15834-2011 ends a sentence with a full stop or another "
        "end mark; a paragraph split in two reads as two paragraphs and breaks search and review."
    ),
    bad=[
        "（一）“关键少数”领学。局党组召开专题会议，全面总结了 2020\n\n年度法治工作，研究部署了2021年度法治政府建设工作要点。",
        "（七）工作成效。我局以创建全国文明城市为抓手，全面落实建筑工地管理“六个百分\n\n百”要求，建筑工地面貌有了较大转变。",
        "（四）落实负责人出庭应诉制度。局党组高度重视，行政机关负责人出庭应诉是法治建设\n\n- 2 -\n\n成效的直观体现，我局负责人严格按照规定出庭应诉。",
        "（三）推行行政执法公示制度。将权责清单在政府门户网站进行了公示，建立了事前、事中、事后公开\n第 4 页 共 9 页\n机制，将238条行政处罚信息予以公示。",
        "（一）加强组织保障。持续深化“学习在先”工作机制，强化领导干部集体学法，组织开展形\n\n式多样的学法普法活动，进一步提升法治思维能力。\n\n（二）推进“三项制度”。全面推行行政执法公示制度，在门户网站公示执法主体和执法结果，累计公示行政处罚信息1\n\n200余条。",
        "全年组织执法人员培训6次，参训人员覆盖全部执法队伍，培训内容包括行政处罚法、行政强制法，\n- 3 -\n以及城市管理领域的地方性法规和规章。",
        "我局坚持把法治建设纳入全局工作总体部署，与业务工作同研究、同部署、同落实，全年召开党组会研究法治工作的\n\n专题会议4次，解决重点难点问题9个。",
        "全年办理行政复议案件12件，其中维持9件、撤销2件、终止1件，行政复议纠错率为16.7\n%，较上年有所下降。",
        "二是深化行政执法“三项制度”。全面推行行政执法公示制度，在门户网站公示执法主体、执法人员和执法结果，累计公示行政处罚信息1\n\n200余条，实现执法信息应公开尽公开。",
    ],
    good=[
        "（三）城市管理体制不健全，城市管理难度大\n城市管理体制不健全，职责交叉、划分不清在一定程度上限制了执法行动。",
        "一、2023年度推进法治政府建设的主要举措和成效\n一年来，我局认真贯彻落实上级部署，扎实推进法治政府建设。",
        "某市城市管理局关于2023年度法治政府建设\n情况的报告",
        "全年召开党组会议研究法治工作4次。\n（二）强化执法监督。全年组织案卷评查2次。",
        "在今后的工作中，我局将进一步加大法治建设工作力度，为城市发展贡献力量。\n\n重庆市沙坪坝区城市管理局\n\n2024年1月31日",
        "全年办理行政复议案件12件，其中维持9件、撤销2件、终止1件，纠错率16.7%\n2024年，我局将进一步规范行政复议工作。",
        "2022年，我局将主要做好以下工作：\n\n（一）深入推进城市管理执法体制改革。按市区工作安排，进一步理顺体制机制。",
        "（二）执法督查力度不够。受执法体制约束，各街镇执法能力和水平有所差异，执法联动机制还需进一步完善\n\n三、下一步工作计划",
        "附件：\n1.2023年度行政执法数据统计表\n2.2023年度法治政府建设重点任务清单",
        "主要做法如下：\n一是健全制度；二是强化监督；三是加强培训。",
        "一、坚持党的全面领导，确保法治建设正确方向\n局党组坚持把法治建设摆在全局工作的重要位置。",
        "三、工作目的\n各科室要高度重视依法行政工作，抓好各项任务落实。",
        "日期：2023-03-09\n2022年，市城市管理局全面推进依法行政。",
        "全市现有环卫作业人员1545人。 二、主要做法及成效\n城市管理是城市规划、建设的延伸。",
    ],
    fixable="unsafe",
)
def broken_paragraph(doc: Document) -> Iterator[Finding]:
    paras = doc.paragraphs
    if hard_wrapped(doc):
        lines = _unfinished_lines(doc)
        i, j = lines[0]
        first, second = paras[i], paras[j]
        joins = tuple(Edit(paras[a].end, paras[b].start, "") for a, b in lines)
        yield Finding(
            second.start,
            _head(second),
            Msg(f"全文按行宽断行：{len(lines)}行在句子中间换行（疑似从PDF逐行复制）",
                f"the whole text is cut at a fixed line width: {len(lines)} lines break mid-sentence "
                f"(copied line by line from a PDF?)"),
            help=Msg("把每个自然段的各行合并为一段，只在段与段之间换行",
                     "join the lines of each paragraph into one, with line breaks only between paragraphs"),
            related=(Related(tail_start(first), first.end, Msg("第一处断行", "the first break")),),
            fix=Fix(joins, safe=False, description=Msg("合并断开的各行", "join the broken lines")),
        )
        return
    for i, j, reason in broken_pairs(doc):
        first, second = paras[i], paras[j]
        yield Finding(
            second.start,
            _head(second),
            Msg(f"段落被拆开：这一行接着第{first.line + 1}行的半句话（{_REASONS[reason].zh}）",
                f"paragraph cut in two: this line carries on the sentence of line {first.line + 1} "
                f"({_REASONS[reason].en})"),
            help=Msg(f"把第{first.line + 1}行与这一行合并为一段（删除中间的换行）",
                     f"join line {first.line + 1} and this line into one paragraph (delete the line break between them)"),
            related=(Related(tail_start(first), first.end, Msg("前半段在这里断开", "the first half stops here")),),
            fix=Fix((Edit(first.end, second.start, ""),), safe=False,
                    description=Msg("合并两行", "join the two lines")),
        )
