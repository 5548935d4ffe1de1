"""Page chrome: what the web page or document site a report was copied from left in its text.

The site header (今天是……, 无障碍, 简体|繁体), navigation lists and bars, the
政府信息公开 metadata block (索引号, 发布机构, 生成日期 ...), 发布时间/浏览次数
lines, 上一篇/下一篇, 打印本页/关闭窗口, the site footer (Copyright, ICP备案,
公网安备, 主办单位), and what template and document sites add (下面是小编为大家
整理的……, their slogan and address, 第1页共4页).

``residue_blocks``/``residue_paragraphs`` give the runs of chrome lines and
``residue_spans`` the chrome inside a line of report text: web-residue reports
them and claims them (lintlaw.claims), so other rules' findings there are
dropped; the break analysis (_breaks) does not take a chrome line for half a
sentence.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Dict, FrozenSet, List, Optional, Set, Tuple

from lintlaw.document import Document, Paragraph, offsets_of, parse_heading
from lintlaw.lazy_re import lazy

from ._layout import (SENTENCE_MARKS, article_keywords, heading_marked, is_marked_page_number, keyword_line,
                      page_numbers)


def _cached(doc: Document, key: str, compute):
    """Results shared by web-residue and the checks that skip page chrome."""
    return doc.memo(("chrome", key), compute)


NAV, METADATA, PUBLISHED, PAGING, TOOLS, FOOTER = "nav", "metadata", "published", "paging", "tools", "footer"
HEADER, FARM, PAGE = "header", "farm", "page"
CAPTION, ATTACHMENT, FRAGMENT, NOISE = "caption", "attachment", "fragment", "noise"
ATTRIBUTION = "attribution"

# Tokens no report sentence contains: one is enough to mark a short line as page chrome.
_STRONG_ANYWHERE = (
    (FOOTER, lazy(
        r"©|copyright|all rights reserved|ICP备|ICP证|公网安备|网站标识码|网站识别码|违法和不良信息举报", re.I)),
    (PUBLISHED, lazy(r"(?:浏览|阅读|访问|点击|瀏覽|閱讀|訪問|點擊)(?:次数|次數|量|数|數)\s*：|浏览次数|阅读次数|瀏覽次數|閱讀次數|"
                     r"投稿人\s*：|围观\s*：\s*\d")),  # a template site's "投稿人：佚名 围观：0 评论"
    (TOOLS, lazy(
        r"【\s*(?:打印|关闭|收藏)\s*】|\[\s*(?:打印|关闭|收藏)\s*\]|扫一扫在手机|分享到\s*：|"
        r"字[号体]\s*：?\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小")),
    (NAV, lazy(r"更多\s*(?:>>|»|＞＞|>|＞)|^\s*(?i:more)\s*>>|^首页\s*(?:>|＞|›|»|[/／](?=\s*[\u4e00-\u9fff]))")),
    # 当前位置 / 您的当前位置 / 您当前所在的位置 / 您现在所在的位置 / 所在位置 ...
    (NAV, lazy(
        r"^(?:(?:您|你)(?:现在|当前|目前)?(?:所在)?的?(?:当前)?|(?:现在|当前|目前)(?:所在)?的?|所在的?)位置\s*：")),
    (TOOLS, lazy(r"(?:扫码|扫一扫|扫描二维码)[^，。；]{0,12}(?:本页|本文|此页|当前页)|^(?:正文复制|复制正文|全文复制)$|"
                 r"^(?:扫码|扫一扫|扫描二维码)[^，。；]{0,8}(?:分享|打开|阅读|收藏)[^，。；]{0,8}$|^视频加载中[.。…]*$|"
                       r"^[【\[]?\s*字(?:[号体]|体大小)\s*：\s*[【\[】\]]?$|^[（(]\s*全文\s*[）)]$")),
    (HEADER, lazy(r"^今天是\s*：?\s*(?:19|20)\d\d年|农历[^，。；]{0,12}星期|星期[一二三四五六日天][^，。；]{0,3}农历")),
    (METADATA, lazy(r"^[0-9A-Z]{8,18}/(?:19|20)\d\d-\d{2,8}$")),  # an 索引号 value alone
    # "本网站支持IPv6", a site's footer badge, alone on its line (a heading may be
    # about the work: "（三）推进门户网站支持IPv6改造").
    (FOOTER, lazy(r"^(?:[-*•·●▪]\s*)?(?:本站|(?:本)?网站)(?:已)?支持\s*IPv6(?:\s*[/|、]\s*IPv4)?$", re.I)),
    # A newspaper's masthead ("国内统一刊号：CN64-0001 某日报报业集团出版").
    (HEADER, lazy(r"国内统一(?:连续出版物)?刊号\s*：")),
    # A mobile page's prompts: "请点击右上角 选择浏览器打开", "（欢迎您）注销", "打开翻译".
    (TOOLS, lazy(r"点击右上角[^，。；]{0,6}(?:浏览器|分享)|^[（(]\s*欢迎您?\s*[）)]\s*(?:注销|退出)$|打开翻译")),
    (PAGING, lazy(r"^(?:上一篇|下一篇|上一条|下一条)(?:\s*：|\s|$)")),
    # A news item's source in brackets on a line of its own: "（来源：某县融媒体中心）", "【作者：王某】".
    (ATTRIBUTION, lazy(r"^[（(【\[]\s*(?:来源|稿件来源|文章来源|信息来源|來源|作者|供稿|撰稿|编辑|責任編輯|责任编辑)\s*："
                     r"[^（）()【】\[\]。]{1,30}[）)】\]]$")),
    # A page's read-aloud player and reading modes, each on its own line ("语音播报",
    # "语音合成中，请耐心等待...", "进入播报模式"), a close button "×", "保护视力色：".
    (TOOLS, lazy(r"^(?:进入播报模式|退出播报模式|退出播报|语音合成中\s*，?\s*请耐心等待[.。…]*|[×✕✖╳]|"
                 r"保护视力色\s*：?|护眼模式)$")),
    # A link to the page's picture digest: "一图读懂：https://…"; the page's own address under its
    # text, as a site prints it for copying: "本文链接：https://…".
    (ATTACHMENT, lazy(r"^(?:一图读懂|一图看懂|一图了解|图解|图文解读|原文链接|原文地址|本文链接|本文地址|文章链接|文章地址|"
                      r"本页链接|本页地址|网页链接|网页地址|页面地址|链接地址|转载地址)\s*：\s*(?:https?：//|www\.)\S+$", re.I)),
    # A page's address alone on a line ("http://www.example.gov.cn/art/2024/1/5/art_123.html"): a link
    # pasted with the text; no sentence of a report is an address.
    (ATTACHMENT, lazy(r"^(?:https?[:：]//|www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/[^\s\u4e00-\u9fff]*$", re.I)),
    # The site's address alone on a line of the header ("jtw.lanzhou.gov.cn").
    (HEADER, lazy(r"^(?:https?[:：]//)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.cn|com\.cn|org\.cn|cn|com|net|org)/?$", re.I)),
    # A button alone on its line, the font-size switch as T | T | T, a list of links.
    (TOOLS, lazy(r"^[【\[]?(?:下载|打印|全屏|关闭|收藏|分享|返回|返回列表|手机版|我要投稿|QQ群|打印本页|关闭窗口|关闭本页|立即下载|下载客户端|"
                 r"朗读|点击朗读|语音朗读|朗读本文|全文朗读|语音播报|听全文|详细信息|公开具体内容|信息详情|文章详情|"
                 r"搜索|搜索位置|匹配度|排序|二维码|纠错|我要纠错|分享到|繁体中文|简体中文|繁體中文|无障碍|无障碍浏览|"
                 r"无障碍阅读|关怀版|长者版|适老化|适老版|长者模式)[】\]]?\s*：?$|"
                 r"^(?:字[号体]\s*：?\s*)?[Tt]\s*[|｜]\s*[Tt]\s*[|｜]\s*[Tt]$|字[号体]\s*：\s*$")),
    # A breadcrumb written as a row of links: ">> 政务公开 | >> 法治政府建设 |".
    (NAV, lazy(r"^(?:\s*(?:>>|》》|＞＞|»|›)\s*[\u4e00-\u9fffA-Za-z0-9]{2,20}\s*[|｜]?){2,}\s*$")),
    # What is left of a page's table: "| | |", "| --- | --- |".
    (FRAGMENT, lazy(r"^\s*[|｜](?:[\s|｜:：\-—]*[|｜])?\s*$")),
    # A line of scattered letters, digits and marks a page's anti-copy noise leaves ("3 q7 _- k2 f, _9 x; m: r- T"):
    # five or more bits of one or two characters apart, letters among them, no word, no Chinese.
    (NOISE, lazy(r"^(?=[^\u4e00-\u9fff]*[A-Za-z])\s*(?:[!-~，；：]{1,2}\s+){4,}[!-~，；：]{1,2}\s*$")),
    (NAV, lazy(r"^(?:相关链接|相关阅读|相关文章|相关新闻|相关稿件|友情链接|延伸阅读|推荐阅读)\s*：?(?:\s|$)")),
    # An attachment as a file to download: "附件：某县2023年法治政府建设年度报告.pdf".
    (ATTACHMENT, lazy(r"^(?:(?:相关)?附件(?:下载)?\s*\d{0,2}\s*[：、.]?\s*)?[^\s。，；：]{1,80}\."
                      r"(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar)$|^(?:相关)?附件下载\s*：?$", re.I)),
    # An image's file name left where the picture stood ("图片1.jpg", "ScreenShot_2025….png").
    (CAPTION, lazy(r"^[^\s。，；：]{1,80}\.(?:jpe?g|png|gif|bmp|webp)$", re.I)),
)
# Plain words a report might also use (开设“联系我们”专栏): page chrome only when
# they stand unquoted on a line that is not an outline heading.
_CHROME_WORDS = (
    (FOOTER, lazy(r"(?<![“‘《\"'])(?:版权所有|网站地图|联系我们|关于本站|关于我们|网站声明|隐私声明|有害信息举报)(?![”’》\"'])")),
    (TOOLS, lazy(r"(?<![“‘《\"'])(?:打印本页|关闭窗口|返回顶部|收藏本页|加入收藏|设为首页)(?![”’》\"'])")),
)
_CHROME_LINKS = lazy(r"(?:(?:版权所有|网站地图|联系我们|关于本站|关于我们|网站声明|隐私声明|有害信息举报|打印本页|关闭窗口|"
                    r"返回顶部|收藏本页|加入收藏|设为首页)[\s|｜]*)+")


def chrome_links(text: str) -> bool:
    """Is ``text`` only a page's footer or tool links ("关于本站", "网站地图 | 联系我们")?  A page
    sets them after its last sentence, on the same line once its layout is flattened."""
    return _CHROME_LINKS.fullmatch(text.strip()) is not None


# "key：value" fields of a 政府信息公开 page.  A field that names only page
# metadata is strong; one that a report table might also hold (名称, 文号, 来源)
# is weak and only joins a block that has a strong line.
_FIELD_NAMES = (
    r"索引号|信息索引号|信息分类名称|信息分类|主题分类|体裁分类|组配分类|主题词|发布机构|发文机关|生成日期|"
    r"发布日期|发布时间|公开方式|公开范围|公开时限|公开形式|时效性|责任编辑|信息来源|文章来源|"
    r"名称|标题|文号|发文字号|成文日期|发文日期|印发日期|公开日期|所属机构|所属主题|信息名称|发布单位|来源|作者|编辑|有效性|撰稿|审核|主办单位|承办单位|主办|承办|"
    r"技术支持|维护单位|联系电话|地址|邮编|初审|复审|终审|关键词|关键字|稿件来源|供稿|值班编辑|责编|审校|一审|二审|三审|"
    # A page in traditional script (a site's 繁體 switch, or one of Hong Kong, Macao or Taiwan).
    r"關鍵詞|關鍵字|來源|信息來源|文章來源|責任編輯|編輯|發布時間|發佈時間|發布日期|發佈日期|發布機構|索引號"
)
# "索引号：…", or the bracketed table form "[ 索引号 ] …".
_FIELD = lazy(
    r"(?:^|(?<=\s))(" + _FIELD_NAMES + r")\s*：|[\[【]\s*(" + _FIELD_NAMES + r")\s*[\]】]"
)
_STRONG_FIELDS = frozenset(
    "索引号 信息索引号 信息分类名称 信息分类 主题分类 体裁分类 组配分类 主题词 发布机构 发文机关 生成日期 发布日期 "
    "发布时间 公开方式 公开范围 公开时限 公开形式 时效性 责任编辑 信息来源 文章来源 初审 复审 终审 "
    "成文日期 发文日期 印发日期 公开日期 所属机构 所属主题 信息名称 发布单位 关键词 关键字 稿件来源 值班编辑 责编 审校 一审 二审 三审 "
    "關鍵詞 關鍵字 信息來源 文章來源 責任編輯 發布時間 發佈時間 發布日期 發佈日期 發布機構 索引號".split()
)
# Who wrote and who supplied a news item: a report names neither, but a table of a report may
# hold one of them ("来源：区司法局"); two of them on the page's lines are its attribution,
# whether on one line or on lines of their own ("来源：县林业局" / "作者：刘某").
_ATTRIBUTION_FIELDS = frozenset("来源 來源 作者 编辑 編輯 撰稿 审核 供稿".split())
# All of them at once: most lines match none, and one search tells.
_ANY_STRONG = lazy("|".join(
    "(?:%s)" % (pattern.pattern if not pattern.flags & re.I else "(?i:%s)" % pattern.pattern)
    for _, pattern in _STRONG_ANYWHERE))
_FIELD_CATEGORY = {**{f: ATTRIBUTION for f in _ATTRIBUTION_FIELDS | {"责任编辑", "責任編輯", "值班编辑", "责编", "稿件来源",
                                                                    "文章来源", "信息来源", "文章來源", "信息來源"}},
                   "发布日期": PUBLISHED, "发布时间": PUBLISHED, "發布時間": PUBLISHED, "發佈時間": PUBLISHED,
                   "發布日期": PUBLISHED, "發佈日期": PUBLISHED}
# The metadata table laid out with spaces, no colons: "索引号 001008/2021-98380 主题分类 政务公开".
# Longest first, then in the order of the text: a set's order changes with the hash seed of
# each process, and one pattern in every run is what lintlaw/re_cache.py can keep.
_FIELDS_LONGEST_FIRST = "|".join(sorted(_STRONG_FIELDS, key=lambda f: (-len(f), f)))
_SPACED_FIELD = lazy(r"(?:^|(?<=\s))(" + _FIELDS_LONGEST_FIRST + r")(?=\s+\S)")
# The rest of a breadcrumb trail on a line of its own: " > 政府信息公开年报 > 2020年".
_CRUMB = lazy(r"[>＞›»]\s*[\u4e00-\u9fff]{2,}")
_FIELD_ALONE = lazy(r"(" + _FIELDS_LONGEST_FIRST + r")\s*：?")
_FOOTER_FIELDS = frozenset("主办单位 承办单位 主办 承办 技术支持 维护单位 联系电话 地址 邮编".split())
# A line of a news list: bulleted, or a title followed by its date.
_NAV_ITEM = lazy(r"(?:[-*+•·●◆■▪◇○□►▶]\s*)+\S|.{2,60}\s\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$")

# Dates as a web page writes them (2023-03-09, 2021/03/29 11:30:01); a report writes 2023年3月9日.
_WEB_DATE = r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:\s+\d{1,2}：\d{2}(?:：\d{2})?)?"
_CN_DATE = r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
# A page's time stamp: "日期：2023-03-09", "更新时间：2021/03/29 11:30:01".
_STAMP = lazy(
    r"(?:^|(?<=\s))(发布|更新|发表|录入|添加|创建|上传|修改)?(?:时间|日期)\s*：\s*" + _WEB_DATE)
_CLOCK = lazy(r"\d{1,2}：\d{2}")
_WEB_DATE_IN_LINE = lazy(_WEB_DATE)
# A line that is only a date, or a field and a date: page metadata or a signature, never half a sentence.
DATE_LINE = lazy(
    r"(?:[\u4e00-\u9fff]{0,6}(?:时间|日期)\s*：\s*)?(?:" + _WEB_DATE + "|" + _CN_DATE + r")"
    r"(?:\s*[（(]?\s*星期[一二三四五六日天]\s*[）)]?)?"
)
_WEEKDAY_DATE = lazy("(?:" + _WEB_DATE + "|" + _CN_DATE + r")\s*星期[一二三四五六日天]")

# Buttons and switches of a page header or toolbar; a line made only of them is chrome.
_HEADER_TOKENS = frozenset(
    "无障碍 无障碍阅读 无障碍浏览 关怀版 长者版 适老版 适老化 长者模式 老年模式 返回首页 简体 繁体 繁體 简体版 繁体版 "
    "简体中文 繁體中文 English EN 手机版 移动版 设为首页 加入收藏 登录 注册".split()
)
_CHROME_TOKENS = _HEADER_TOKENS | frozenset(
    "返回顶部 回到顶部 返回 返回列表 下载 全屏 打印 打印本页 打印整页 打印内容 打印正文 打印此页 分享 分享到 收藏 点击收听 朗读 "
    "关闭 关闭窗口 关闭本页 字号 字体 字体大小 大 中 小 默认 超大 特大 较大 大号 中号 小号 纠错 我要纠错 网站地图 加大字体 缩小字体 取消收藏 "
    "打开翻译 搜索 二维码".split()
)
_TOKEN_SPLIT = lazy(r"[\s|¦｜/]+")
_SPACED_HOME = lazy(r"^首\s+页(?=\s)")
# Sections of a government site, for a navigation bar written as a spaced row.
_NAV_WORDS = frozenset(
    "首页 新闻中心 新闻动态 政务公开 信息公开 政府信息公开 政务服务 办事服务 网上办事 互动交流 政民互动 公众参与 "
    "专题专栏 通知公告 机构概况 领导信息 数据开放 工作动态 部门动态 政策文件 政策解读 走进".split()
)
_NAV_BAR_ITEM = lazy(r"[\u4e00-\u9fffA-Za-z]{2,10}")


def _chrome_row(folded: str) -> Optional[str]:
    """HEADER, TOOLS or NAV for a row of page buttons ("打印整页 打印内容 分享") or site sections
    ("首   页 走进某区 新闻中心 政府信息公开 政务服务"), else None."""
    if not _TOKEN_SPLIT.search(folded):
        return None
    row = _SPACED_HOME.sub("首页", folded.strip())
    # A button in brackets or with its colon ("【字体：", "【打印内容】") is the same button.
    tokens = [t.strip("【】[]：") for t in _TOKEN_SPLIT.split(row) if t.strip("【】[]：")]
    if len(tokens) >= 2 and all(t in _CHROME_TOKENS for t in tokens):
        return HEADER if any(t in _HEADER_TOKENS for t in tokens) else TOOLS
    if (len(tokens) >= 2 and _SITE_NAME_LINE.fullmatch(tokens[0]) and all(t in _CHROME_TOKENS for t in tokens[1:])
            and any(t in _HEADER_TOKENS for t in tokens[1:])):
        return HEADER  # the site's name and its header switches: "某某委员会 | 无障碍浏览"
    if len(tokens) >= 4 and all(_NAV_BAR_ITEM.fullmatch(t) for t in tokens):
        known = sum(1 for t in tokens if t in _NAV_WORDS or (t.startswith("走进") and len(t) <= 6))
        if tokens[0] == "首页" and known >= 2 or known >= 3:
            return NAV
    return None


# Boilerplate of template-sharing (范文) and document sites.  No report says any
# of this, so a line holding it is residue even with full stops in it.
_FARM = lazy(
    r"【\s*导读(?:预览)?\s*】|小编(?:为|给|帮)(?:大家|您|你)|由会员分享，?\s*可在线阅读|可在线阅读，?\s*更多相关|"
    r"喜欢就(?:复制|下载|收藏|分享|转发)|网友为(?:您|大家)(?:精心)?(?:整理|分享)|来源\s*：\s*网友投稿|"
    r"此篇(?:优秀)?范文|此处隐藏\s*\d+\s*个?字|VIP会员(?:可见|专享)|因篇幅(?:问题|关系|原因|所限)?，?\s*不能(?:全部|完整)?(?:显示|展示)|"
    # a document site's preview notice and its chat button: "文章内容仅供预览，部分内容可能不全。下载后的文档，
    # 内容与下面显示的完全一致……点击这里给我发消息"
    r"内容仅供预览|点击这里给我发消息"
)
# Plain text every _FARM phrase holds: found with str.find before any regex runs.
_FARM_ANCHORS = ("导读", "小编", "可在线阅读", "喜欢就", "网友", "范文", "篇幅", "此处隐藏", "VIP会员", "仅供预览",
                 "给我发消息")
# A site's slogan and address pasted into the text: "某某之家—全网资源每日更新www.example.com".
_SLOGAN = lazy(
    r"\s*[—–-]{1,2}\s*[\u4e00-\u9fff]{0,8}(?:资源|范文|文档|文库|资料|素材|题库)[\u4e00-\u9fff]{0,8}\s*"
    r"(?i:www\.|https?://)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
)
_SITE_NAME = lazy(r"[\u4e00-\u9fff]{1,8}$")
# "第1页共4页": the page counter of a document viewer.
_PAGE_OF = lazy(r"第\s*\d{1,3}\s*页\s*[，/]?\s*共\s*\d{1,3}\s*页")
_PAGE_ALONE = lazy(r"第\s*\d{1,3}\s*页")


@dataclass(frozen=True)
class _Line:
    strong: bool
    categories: FrozenSet[str]
    label_only: bool = False  # a field name alone on its line: its value is the next line
    attribution: FrozenSet[str] = frozenset()  # the _ATTRIBUTION_FIELDS it names


def _field_category(field: str) -> str:
    if field in _FOOTER_FIELDS:
        return FOOTER
    return _FIELD_CATEGORY.get(field, METADATA)


# Something every chrome pattern above needs: one search rules most lines out.
_HINT = lazy(
    r"©|copyright|reserved|ICP|公网安备|网站|违法和不良|次数|[量数]\s*：|打印|关闭|收藏|扫一扫|分享|字[号体]|"
    r"更多|more|首页|首\s+页|位置|上一|下一|版权|联系我们|声明|有害信息|返回|回到|：|^[-*+•·●◆■▪◇○□►▶]|"
    r"\d{4}[-/.]\d|[\[【]|扫码|扫描|复制|今天是|农历|星期|无障碍|关怀版|简体|繁体|繁體|English|首页|新闻中心|收听|朗读|"
    r"^[0-9A-Z]{8,18}/",
    re.I,
)
# Hints of the chrome added later, found with plain substring tests: each alternative
# added to _HINT is tried at every character of every short line.
_HINT_ENDS = (".cn", ".com", ".net", ".org", ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".ofd",
              ".zip", ".rar", ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp")


def _hinted(folded: str) -> bool:
    return bool(
        _HINT.search(folded) or folded[:1] in ">＞›»》" or "下载" in folded or "全屏" in folded or "链接" in folded
        or "阅读" in folded or "索引号" in folded or "主题分类" in folded or "发布机构" in folded or "全文" in folded
        or "生成日期" in folded or "|" in folded or "｜" in folded or "详细信息" in folded or "详情" in folded
        or "公开具体内容" in folded or "搜索" in folded or "匹配度" in folded or "排序" in folded
        or "翻译" in folded or "二维码" in folded or "纠错" in folded or "适老" in folded or "注销" in folded
        or "刊号" in folded or "右上角" in folded or "播报" in folded or "视力" in folded or "护眼" in folded
        or "一图" in folded or "次數" in folded or "手机版" in folded or "投稿" in folded or "QQ" in folded
        or "围观" in folded or "图解" in folded or folded in ("×", "✕", "✖", "╳") or "相关" in folded
        or "视频" in folded
        or folded.rstrip("/").lower().endswith(_HINT_ENDS))


_FARM_LINE_LIMIT = 300


# A photo's caption or a news item's byline: "图为执法人员现场检查", "本报记者 王小明 摄",
# "（记者 刘洋 通讯员 张伟）", "某某日报记者 陈晨", "张三 摄".  Short, and told by how it
# opens or ends; a caption may end in a full stop.
_NAME = r"[\u4e00-\u9fff·]{2,5}"
# Names after the first stand after a mark or a space: with the mark optional, a run of characters
# splits into names in exponentially many ways, and a long line that is no byline ("记者从省司法厅
# 获悉……", 40 characters) took seconds to refuse.
_MORE_NAMES = r"(?:(?:\s*[、，,]\s*|\s+)" + _NAME + r")*"
_BYLINE = (r"(?:[\u4e00-\u9fff]{0,12}(?:报|台|网|社|中心))?(?:记者|通讯员|特约记者|实习生)\s*" + _NAME +
           _MORE_NAMES + r"(?:\s*(?:摄|报道|文/图|摄影))?")
_CAPTION = lazy(
    r"[（(]?\s*(?:"
    # the picture's caption, with its byline on the same line ("图为……。记者 王某 摄")
    r"(?:[▲△●◆■]\s*)?(?:图为|图\s*[：:]|图片[为：:])[^。！？]{4,60}[。]?(?:\s*[（(]?\s*" + _BYLINE + r"\s*[）)]?)?"
    r"|(?:[\u4e00-\u9fff]{0,12}(?:报|台|网|社|中心))?(?:记者|通讯员|特约记者|实习生)\s*" + _NAME +
    _MORE_NAMES + r"(?:\s+(?:记者|通讯员|摄影|实习生)\s*" + _NAME + _MORE_NAMES + r")*(?:\s*(?:摄|报道|文/图|摄影))?"
    r"|(?:摄影|供图|图片来源|图/文|文/图)\s*[：:／/]?\s*[\u4e00-\u9fff·]{2,12}"
    r"|[\u4e00-\u9fff·]{2,12}\s*供图"
    r"|" + _NAME + r"(?:\s+" + _NAME + r")*\s+摄"
    r")\s*[）)]?"
)
_CAPTION_LIMIT = 80


# A caption with no 图为: marked by the triangle a page sets under its photo ("△ 工作人员向群众
# 发放宣传手册"), naming the scene the photo shows ("“宪法宣传周”集中宣传活动现场": a noun before
# 现场; 赶赴现场 is an action, a heading's), or signed by its photographer after the text
# ("执法人员检查食品标签 李某 摄").  A triangle that marks a heading ("▲ 推进普法规划实施") names
# no scene and no one at work.
_SCENE = (r"(?:活动|会议|宣传|检查|培训|讲座|仪式|比赛|竞赛|演练|庭审|调解|签约|大会|座谈会|论坛|集市|义诊|"
          r"咨询|授课|宣讲|执法|评审|听证会|听证|审议|考试|普法|活动启动)现场(?:照片|图|图片)?|合影留念|合影|留影")
_SCENE_CAPTION = lazy(
    r"[▲△]\s*(?=[^。！？；]{6,60}$)(?:(?:\d{1,2}月\d{1,2}日|(?:工作|执法|调解|普法|宣讲|检查)人员|志愿者|律师|民警|"
    r"干部|群众|学生|代表)[^。！？；]*|[^。！？；]*(?:" + _SCENE + r"|正在|(?<=[^\s▲△])在[^，。]{1,12}(?:开展|进行|检查|宣传|讲解|调解|巡查)|向[^，。]{1,12}(?:讲解|发放|宣传|介绍|赠送|展示)|"
    r"为[^，。]{1,12}(?:讲解|解答|提供))[^。！？；]*)"
    r"|[^。！？；，]{2,40}(?:" + _SCENE + r")"
    r"|[^。！？；]{4,60}?(?:[ \u3000]+|\s*[（(]\s*)(?:(?:记者|通讯员)\s*)?" + _NAME + r"(?:\s*[、 ]\s*" + _NAME + r")*\s*摄\s*[）)]?"
)


def _caption(folded: str) -> bool:
    """Called for lines of at most _CAPTION_LIMIT characters."""
    if "▲" in folded or "△" in folded or "现场" in folded or "合影" in folded or "留影" in folded or "摄" in folded:
        line = folded.strip()
        if _SCENE_CAPTION.fullmatch(line) and parse_heading(line) is None:
            return True
    if not ("图" in folded or "记者" in folded or "通讯员" in folded or "摄" in folded):
        return False
    return _CAPTION.fullmatch(folded.strip()) is not None


# A site's greeting atop the page, exclamation mark and all: "欢迎访问某某，一家专业的公文网站！".
# Its navigation may follow on the same line ("欢迎访问某某内参! 人员查询 车辆查询 介绍信查询").
_GREETING = lazy(r"欢迎(?:访问|光临|来到)(?:[^。？]{0,30}(?:网|网站|平台)[！!。]?|[^。？！!\s]{1,20}[！!])"
                 r"(?:[ \u3000]+[\u4e00-\u9fff]{2,6}){0,10}")


# A legal site's prompt to ask its lawyers, and its button: "还有疑问？马上发起在线咨询，专业律师快速回复
#你的问题", "有疑问？在线咨询，律师10分钟内回复", "立即咨询".
_CONSULT = lazy(r"(?:还有|有|遇到)?(?:法律)?(?:疑问|问题)？?，?(?:马上|立即|免费)?(?:发起)?在线咨询[^。]{0,24}|"
                r"(?:立即|在线|免费)咨询")


# A news list's teaser: the story's first words cut off, then the link to it ("……6日，中共中央政治局委员、
# 国务院副总理… [详细]").  However many sentences it holds, it is the list's, not the report's.
_TEASER = lazy(r"(?:…|\.{3}|。{3})\s*[\[【［]\s*(?:详细|详情|全文|更多|阅读全文|查看全文|详细内容|查看详情)\s*[\]】］]$")
_TEASER_LIMIT = 300


def _classify(para: Paragraph, farm: bool = False) -> Optional[_Line]:
    """``farm``: the paragraph holds a _FARM phrase (found for the whole text at once)."""
    folded = para.folded
    if len(folded) <= _TEASER_LIMIT and folded.rstrip().endswith(("]", "】", "］")) and _TEASER.search(folded.rstrip()):
        return _Line(True, frozenset((NAV,)))
    if farm and len(folded) <= _FARM_LINE_LIMIT:
        return _Line(True, frozenset((FARM,)))
    if len(folded) <= _CAPTION_LIMIT and _caption(folded):
        return _Line(True, frozenset((CAPTION,)))
    if folded.startswith("欢迎") and _GREETING.fullmatch(folded.strip()):
        return _Line(True, frozenset((HEADER,)))
    if "咨询" in folded and _CONSULT.fullmatch("".join(folded.split())):
        return _Line(True, frozenset((TOOLS,)))
    # Page chrome is short and never holds a sentence; an article's keyword line is the article's.
    if (len(folded) > 200 or "。" in folded or "！" in folded or "？" in folded
            or not (_hinted(folded) or (len(folded) <= 8 and _FIELD_ALONE.fullmatch(folded)))
            or article_keywords(folded)):
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
    if not fields:
        spaced = {m.group(1) for m in _SPACED_FIELD.finditer(folded)}
        # "发布机构 某局 成文日期 2024-01-30": label and value with no colon between them.
        if len(spaced) >= 2 or (spaced and _WEB_DATE_IN_LINE.search(folded)):
            fields = sorted(spaced)
        elif spaced and len(folded) <= 40 and _SPACED_FIELD.match(folded):
            # One "label value" pair on a short line ("发布机构 县司法局"): joins a block, makes none.
            categories.add(METADATA)
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
    if not categories and len(folded) <= 60 and _CRUMB.match(folded):
        categories.add(NAV)  # joins a block of chrome, makes none
    if not categories:
        return None
    return _Line(strong, frozenset(categories), alone is not None, frozenset(fields) & _ATTRIBUTION_FIELDS)


@dataclass(frozen=True)
class ResidueBlock:
    first: int  # paragraph indices, inclusive
    last: int
    bridged: Tuple[int, ...]  # title lines kept inside the block
    categories: FrozenSet[str]
    titles: Tuple[int, ...] = ()  # bridged lines that are the report's own title: report text


# A report title ends in the kind of document it is.
_TITLE_END = lazy(r"(?:报告|总结|情况|通知|意见|方案|要点|规划|计划|打算|办法|纲要|公告|决定|通报|函|清单|汇报|解读|讲话|说明)$")


def report_title(para: Paragraph) -> bool:
    """A line that reads as a report's title ("某区2023年度法治政府建设情况报告")."""
    return report_title_text(para.folded.strip())


def report_title_text(folded: str) -> bool:
    """``folded`` (stripped) reads as a report's title: long enough, no sentence, a document's kind at its end."""
    return len(folded) >= 8 and not SENTENCE_MARKS.search(folded) and _TITLE_END.search(folded) is not None


# A site's or a section's name alone on a line above the page: "法治政府建设", "兰州市交通运输委员会".
_LEAD_NAME = lazy(r"[\u4e00-\u9fff]{2,20}")
# With no title under it, only a site's name: the organ or the site ("某市交通运输委员会").
_SITE_NAME_LINE = lazy(r"[\u4e00-\u9fff]{2,16}(?:人民政府|政府|委员会|局|委|办公室|厅|法院|检察院|网|网站|门户网站|政务网)")


def residue_blocks(doc: Document) -> List[ResidueBlock]:
    """Runs of consecutive page-chrome paragraphs (blank lines never break a run)."""
    return _cached(doc, "blocks", _residue_blocks)


def _short_line(doc: Document, index: int) -> bool:
    """A line that could be a page title or a field value: short, no sentence, no outline number."""
    folded = doc.paragraphs[index].folded
    return len(folded) <= 60 and not SENTENCE_MARKS.search(folded) and not heading_marked(doc, index)


def _trailing(para: Paragraph, start: int, kind: str) -> ResidueSpan:
    """The residue that runs from `start` to the paragraph's end (a QR note, a caption, an image
    left after the last sentence), its leading spaces left with the text before it."""
    while para.folded[start] in " \u3000\xa0":
        start += 1
    return ResidueSpan(para.start + start, para.end, kind)


def _paragraphs_holding(doc: Document, anchors: Tuple[str, ...]) -> List[int]:
    """Indices (ascending) of the paragraphs in which any of ``anchors`` occurs."""
    offsets = offsets_of(doc.text, anchors)
    if not offsets:
        return []
    starts = _cached(doc, "starts", lambda d: [p.start for p in d.paragraphs])
    return sorted({bisect.bisect_right(starts, at) - 1 for at in offsets} - {-1})


def farm_paragraphs(doc: Document) -> List[int]:
    """Indices of the paragraphs that hold a template or document site's boilerplate (由会员分享……)."""
    return _farm_paragraphs(doc)


def _farm_paragraphs(doc: Document) -> List[int]:
    return _cached(doc, "farm", lambda d: [
        i for i in _paragraphs_holding(d, _FARM_ANCHORS) if _FARM.search(d.paragraphs[i].folded)])


def _residue_blocks(doc: Document) -> List[ResidueBlock]:
    paras = doc.paragraphs
    farm = set(_farm_paragraphs(doc))
    kinds = [_classify(p, p.index in farm) for p in paras]
    for i, kind in enumerate(kinds):
        if kind is not None and kind.categories == {FRAGMENT} and _in_table(doc, i):
            kinds[i] = None
        elif kind is not None and i > 0 and keyword_line(paras[i].folded) and _ABSTRACT.match(paras[i - 1].folded):
            kinds[i] = None  # an article's keywords under its abstract, set apart by spaces or not
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
        if any(kinds[k].strong for k in members) or len({f for k in members for f in kinds[k].attribution}) >= 2:
            inside = tuple(k for k in range(i, j + 1) if k in bridged)
            categories = frozenset(c for k in members for c in kinds[k].categories)
            first, titles = i, tuple(k for k in inside if report_title(paras[k]) and not _repeated_below(doc, k, j))
            lead = _lead_name(doc, i, blocks[-1].last if blocks else -1)
            if lead is not None:
                first, inside, categories = lead[0], lead[1] + inside, categories | {NAV}
                titles = lead[1] + titles
            blocks.append(ResidueBlock(first=first, last=j, bridged=inside, categories=categories, titles=titles))
        i = j + 1
    return blocks


# An article's abstract: "摘要：……", "【摘要】……", "内容提要：……".
_ABSTRACT = lazy(r"\s*[【\[]?\s*(?:内容)?(?:摘\s*要|提\s*要)\s*[】\]]?\s*[：:]?")


def _repeated_below(doc: Document, index: int, block_end: int) -> bool:
    """Is the title at ``index`` written again right after the block (the page's headline, then the
    document's own title)?  Then the headline is the page's, and duplicate-paragraph need not see it."""
    key = "".join(doc.paragraphs[index].folded.split())
    return any("".join(p.folded.split()) == key for p in doc.paragraphs[block_end + 1:block_end + 4])


def _in_table(doc: Document, index: int) -> bool:
    """Is the bars-only line at ``index`` part of a table: a Word table's row, or the rule
    under a row of cells ("| 项目 | 数量 |" / "| --- | --- |")?  Then it is the report's table."""
    paras = doc.paragraphs
    if paras[index].line in doc.table_lines:
        return True
    return any(0 <= k < len(paras) and paras[k].folded.lstrip()[:1] in "|｜" and _CELL_TEXT.search(paras[k].folded)
               for k in (index - 1, index + 1))


_CELL_TEXT = lazy(r"[\u4e00-\u9fffA-Za-z0-9]")


def _lead_name(doc: Document, first: int, previous_block_end: int) -> Optional[Tuple[int, Tuple[int, ...]]]:
    """A site's or a section's name alone on its line at the top of the page, above a block of
    chrome or above the report title that such a block follows ("法治政府建设" / the title /
    "发布时间：……"): (its index, the title between, if any), or None.  Only at the start of the
    text or right after other chrome: elsewhere a short line is a heading or a signature."""
    paras = doc.paragraphs
    title: Tuple[int, ...] = ()
    at = first - 1
    if at >= 0 and report_title(paras[at]):
        title, at = (at,), at - 1
    if at < 0 or at != previous_block_end + 1 and at != 0:
        return None
    folded = paras[at].folded.strip()
    if (_LEAD_NAME.fullmatch(folded) is None or heading_marked(doc, at) or report_title(paras[at])
            or (not title and _SITE_NAME_LINE.fullmatch(folded) is None)):
        return None
    if title and _SITE_NAME_LINE.fullmatch(folded) and _TITLE_OPENING.match(paras[title[0]].folded.strip()):
        return None  # a title set on two lines: "某县某局" / "2023年政府信息公开工作年度报告"
    return at, title


# How the second line of a title set on two lines opens, after the organ's name.
_TITLE_OPENING = lazy(r"(?:19|20)\d\d\s*年|关于")


def residue_paragraphs(doc: Document) -> Set[int]:
    """Indices of every paragraph inside a web-residue block."""
    return _cached(doc, "residue", lambda d: {k for b in residue_blocks(d) for k in range(b.first, b.last + 1)})


def last_report_paragraph(doc: Document) -> Optional[int]:
    """Index of the text's last paragraph that is not a site's residue (the footer after a
    report copied from a page is no part of it), or None when every line is residue."""
    residue = residue_paragraphs(doc)
    return next((p.index for p in reversed(doc.paragraphs) if p.index not in residue), None)


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


# A news item's byline opening a paragraph: "本报讯（记者 顾某 通讯员 刘某 文/摄）明天是…",
# "通讯员董某 今年12月4日是…".  A sentence about reporters ("记者从市司法局了解到") has no
# name set off by a space or a bracket.
_LEADING_BYLINE = lazy(
    r"(?:本报讯|本网讯|本台讯|[\u4e00-\u9fff]{2,6}讯)?\s*[（(]\s*(?:本报|本网)?(?:特约)?(?:记者|通讯员)[^（()）。，]{2,40}[）)]"
    r"|(?:本报|本网)?(?:特约)?(?:记者|通讯员)\s*[\u4e00-\u9fff·]{2,4}(?:\s+(?:记者|通讯员)?\s*[\u4e00-\u9fff·]{2,4})*\s+(?=\S)"
)
_BYLINE_ANCHORS = ("记者", "通讯员")
# A news item's byline closing its last paragraph: "……宣传资料3000余份。（张建国 刘晓燕）".
_TRAILING_BYLINE = lazy(
    r"(?<=[。！？”])\s*[（(]\s*(?:(?:文|图|文/图|供稿|撰稿|作者|通讯员|记者)\s*[：:/／]?\s*)?"
    r"[\u4e00-\u9fff·]{2,4}(?:[ \u3000\xa0]+[\u4e00-\u9fff·]{2,4}){1,5}\s*[）)]\s*$"
)
# The name of a template or document site pasted into a title or a sentence:
# "……工作报告_某某范文网", "推动普法责任制第一范文网落实".
_SITE_SPAM = lazy(
    # A site's name and address set off by a space: " 公文汇 www.example.com" (not a government site's).
    r"(?<=[\s\u3000])[\u4e00-\u9fff]{2,8}[ \u3000]*(?i:www\.|https?://)(?!(?i:[A-Za-z0-9.-]*\.(?:gov|edu|org)\.cn))"
    r"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/?|"
    r"(?:[_|｜]\s*[\u4e00-\u9fffA-Za-z0-9]{1,6}|[\u4e00-\u9fff0-9]{0,2})(?:范文|文秘|公文|文档|文库|作文|美文)"
    r"(?:网(?![上络格点页民友])|之家|大全|吧)|原创力文档|道客巴巴|豆丁网|淘豆网|金锄头文库|写写帮文库|人人文库|学习啦|瑞文网|"
    r"(?<![\u4e00-\u9fff])(?:公文|稿子|范文|文秘|材料|写作)汇(?![\u4e00-\u9fff])|"
    # A betting site's name a mirror of the page spliced in: "……年度报告_足彩app哪个是正规的".
    r"[_|｜]?(?:(?i:[A-Za-z]*(?:betway|bet365|365bet|beat365)[A-Za-z0-9]*)|必威体育|足彩(?i:app)[\u4e00-\u9fff]{0,8}|"
    r"[\u4e00-\u9fff]{0,6}体育在线平台|"
    # A lottery-tip or betting site's words spliced into a sentence, even inside a number or a
    # 《》: "应急管理部：20澳门内部正版资料大全开奖记录24年……", "行政机关《伟德网址导》负责人出庭".
    r"(?:澳门|香港|新澳|新奥)(?:内部|正版|最准|精准|免费)*资料(?:大全)?(?:开奖记录|开奖结果)?|"
    r"(?:正版|最准|精准)资料大全(?:开奖记录|开奖结果)?|(?:澳门|香港|新澳|新奥)?(?:六合彩|时时彩)?(?:开奖记录|开奖直播)|"
    r"(?<=《)[\u4e00-\u9fff]{0,4}网址导航?(?=》)|伟德(?:网址|体育|国际|官网|(?i:app))|(?:娱乐城|真人娱乐)(?:官网|(?i:app)|网址)|"
    # a casino's or a card site's name and its link words (……人数中某某娱乐官网，60岁以上老人占……)
    r"[\u4e00-\u9fff]{2}(?:娱乐|棋牌)(?:官网|官方网站|网址|平台官网|(?i:app)|注册|登录|下载))",
    # Case is ignored only where Latin letters stand: ignoring it over the ideograph classes
    # made this the costliest pattern of a start (20-30 ms to compile).
)
_SPAM_ANCHORS = ("范文", "文秘", "公文", "文档", "文库", "作文", "美文", "道客巴巴", "豆丁网", "淘豆网", "学习啦", "瑞文网",
                 "稿子汇", "材料汇", "写作汇", "www.", "WWW.", "http", "bet", "BET", "Bet", "必威", "足彩", "体育在线",
                 "资料", "开奖", "网址导", "伟德", "娱乐")
# A publication line glued to the body it heads, when the page was flattened into one
# paragraph: "发表时间：2022-01-29 13:51来源：某部 根据《条例》……".  Only at a paragraph's
# start and only with a date after the field, so a sentence about a release date is not it.
_LEADING_PUBLISHED = lazy(
    r"(?:发表|发布|更新|录入)(?:时间|日期)\s*：\s*(?:19|20)\d\d\s*[-/.－年]\s*\d{1,2}\s*[-/.－月]\s*\d{1,2}日?"
    r"(?:\s*\d{1,2}：\d{2}(?:：\d{2})?)?\s*"
    r"(?:(?:(?:信息|文章)?来源|作者|发布机构)\s*：\s*[^\s，。；：]{2,24}\s*|(?:浏览|阅读|点击)(?:次数|量)?\s*：\s*\d*\s*)*"
)
# A picture's source note left in the text: "……宣传活动。（图片来源于网络）".
_PHOTO_NOTE = lazy(r"(?<=[。！？”])\s*[（(]\s*(?:图片来源|图片来自|图片源自|图源|配图来源)[于自：:\s]*[^（）()。]{0,12}[）)]")
# A news item's source after its last sentence: "……发放宣传资料2000余份。（来源：县融媒体中心）".
_TRAILING_SOURCE = lazy(r"(?<=[。！？”])[ \u3000\xa0]*[（(【\[]\s*(?:来源|稿件来源|文章来源|信息来源|來源|供稿)\s*："
                        r"[^（）()【】\[\]。]{1,30}[）)】\]]$")
# A news page's attribution glued after the item's last sentence: "……深入人心。 责任编辑：张某",
# "……活动。来源：县司法局 编辑：王某".  A report's sentence never ends in a field of the page.
_TRAILING_FIELDS = lazy(r"(?<=[。！？”])[ \u3000\xa0]*(?:(?:责任编辑|值班编辑|责编|编辑|来源|文章来源|信息来源|稿件来源|作者|"
                        r"审核|初审|复审|终审|一审|二审|三审)\s*：\s*[^\s。，；：（）()]{1,20}[ \u3000\xa0]*){1,4}$")
# A caption after the paragraph's last full stop, with no stop of its own: "……。图为活动现场".
_TRAILING_CAPTION = lazy(r"(?<=[。！？”])[ \u3000\xa0]*(?:[▲△●◆■]\s*)?(?:图为|图\s*：|图片为)[^。！？；，]{4,50}$")
# A site's name alone at the very top, above a title that opens with another organ's name
# ("某市人民政府" / "某市司法局2023年……报告"); "某县司法局" / "2023年……报告" is a title on two lines.
_SITE_TOP = lazy(r"[\u4e00-\u9fff]{2,20}(?:(?:人民)?政府(?:门户网站|网站|网)?|门户网站)")
_SITE_ONLY = lazy(r"[\u4e00-\u9fff]{2,20}(?:门户网站|政府网站|政府网)")
_ORGAN_TITLE = lazy(r"([\u4e00-\u9fff]{2,16}?(?:局|委员会|委|厅|办公室|院|中心|镇|乡|街道|所))(?:关于)?(?:19|20)\d\d")
_TRAILING_IMAGE = lazy(r"(?<=[。！？”])[ \u3000\xa0]*(?:！\[[^\]\n]{0,40}\]（[^（）\n]{0,120}）|[A-Za-z0-9_\-]{1,60}\.(?:jpe?g|png|gif))$",
                      re.I)
# A page's share button left after a title: "……2021年度报告 二维码".
_TRAILING_QR = lazy(r"[ \u3000\xa0]+(?:二维码|分享到\s*：?)$")
# What may stand between two names of one site left in a line: "公文汇，办公文档之家".
_BETWEEN_NAMES = lazy(r"[\s\u3000，,、]*")


def _site_header(paras, blocks: Set[int]) -> List[ResidueSpan]:
    """The site's name on the first lines, above a report title that opens with another organ's
    name: "某市人民政府" / "某市人民政府门户网站" / "某市司法局2023年……报告" (one line or a few)."""
    top = 0
    while (top < min(len(paras) - 1, _SITE_HEADER_LINES) and top not in blocks
           and (_SITE_TOP.fullmatch(paras[top].folded.strip()) or _SITE_BADGE.fullmatch(paras[top].folded.strip()))):
        top += 1
    if top == 0 or paras[top].index in blocks:
        return []
    title = paras[top].folded.strip()
    names = [p.folded.strip() for p in paras[:top]]
    if not (all(_SITE_ONLY.fullmatch(n) or _SITE_BADGE.fullmatch(n) for n in names) or report_title(paras[top])):
        return []
    organ = _ORGAN_TITLE.match(title)
    if not all(_SITE_ONLY.fullmatch(n) or _SITE_BADGE.fullmatch(n)
               or (organ and organ.group(1) != n and not n.startswith(organ.group(1))) for n in names):
        return []  # "某县司法局" / "2023年……报告": a title set on two lines
    return [ResidueSpan(paras[0].start, paras[top - 1].end, HEADER)]


# The site's badge on a line of its own at the top: "中国·某某", "中国 • 某县".
_SITE_BADGE = lazy(r"中国\s*[·•・]\s*[\u4e00-\u9fff]{2,6}")
_SITE_HEADER_LINES = 3


def _residue_spans(doc: Document) -> List[ResidueSpan]:
    paras = doc.paragraphs
    blocks = residue_paragraphs(doc)
    out: List[ResidueSpan] = []
    for index in _paragraphs_holding(doc, _BYLINE_ANCHORS):
        para = paras[index]
        if index in blocks:
            continue  # a byline line of its own is a block (a caption) already
        match = _LEADING_BYLINE.match(para.folded)
        if match:
            out.append(ResidueSpan(para.start, para.start + len(match.group().rstrip()), CAPTION))
    for para in paras:
        if para.folded[-1] not in "）)" or para.index in blocks:
            continue
        tail = para.folded[-40:]
        match = _TRAILING_BYLINE.search(tail)
        if match:
            offset = para.end - len(tail) + match.start()
            while doc.text[offset] in " \u3000\xa0":
                offset += 1
            out.append(ResidueSpan(offset, para.end, CAPTION))
    for index in _paragraphs_holding(doc, _SPAM_ANCHORS):
        para = paras[index]
        if index in blocks:
            continue
        spans: List[List[int]] = []
        for match in _SITE_SPAM.finditer(para.folded):
            start, end = match.start(), match.end()
            if spans and _BETWEEN_NAMES.fullmatch(para.folded, spans[-1][1], start):
                spans[-1][1] = end  # "公文汇，办公文档之家": one stretch
            else:
                spans.append([start, end])
        out.extend(ResidueSpan(para.start + a, para.start + b, FARM) for a, b in spans)
    for para in paras:
        if para.index in blocks:
            continue
        if para.folded[:2] in ("发表", "发布", "更新", "录入"):
            match = _LEADING_PUBLISHED.match(para.folded)
            rest = para.folded[match.end():].strip() if match else ""
            if rest and rest[0] not in "，。；、：）)":  # "发布日期：2024年3月1日，县政府……" is a sentence
                out.append(ResidueSpan(para.start, para.start + len(match.group().rstrip()), PUBLISHED))
        if len(para.folded) <= 80 and para.folded.endswith(("码", "到", "：")):
            match = _TRAILING_QR.search(para.folded)
            if match and match.start() > 0:
                out.append(_trailing(para, match.start(), TOOLS))
    # A photo's caption run into the end of the paragraph above it when the page was flattened
    # ("……发放宣传资料2000余份。图为普法宣传进社区现场"): the caption, not a sentence without its stop.
    for index in _paragraphs_holding(doc, ("图为", "图：", "图:", "图片为")):
        para = paras[index]
        if index in blocks:
            continue
        match = _TRAILING_CAPTION.search(para.folded, max(0, len(para.folded) - 70))
        if match:
            out.append(_trailing(para, match.start(), CAPTION))
    # An image the page's text version left at the end of a paragraph: an empty Markdown image
    # ("……现场巡视。 ![]()") or a photo's file name ("……活动。 IMG_0212.jpg").
    for index in _paragraphs_holding(doc, ("![", "！[", ".jpg", ".jpeg", ".png", ".gif", ".JPG", ".PNG")):
        para = paras[index]
        if index in blocks:
            continue
        match = _TRAILING_IMAGE.search(para.folded, max(0, len(para.folded) - 120))
        if match:
            out.append(_trailing(para, match.start(), CAPTION))
    # (Tested on each paragraph's tail: its words, 来源 or 审核, are everywhere in a report.)
    for para in paras:
        folded = para.folded
        if "：" not in folded[-60:] or para.index in blocks:
            continue
        start = max(0, len(folded) - 100)
        match = _TRAILING_SOURCE.search(folded, max(0, len(folded) - 45)) or _TRAILING_FIELDS.search(folded, start)
        if match:
            out.append(_trailing(para, match.start(), ATTRIBUTION))
    for index in _paragraphs_holding(doc, ("图片来", "图片源", "图源", "配图来")):
        para = paras[index]
        if index in blocks:
            continue
        for match in _PHOTO_NOTE.finditer(para.folded):
            start = match.start()
            while para.folded[start] in " \u3000\xa0":
                start += 1
            out.append(ResidueSpan(para.start + start, para.start + match.end(), CAPTION))
    out.extend(_site_header(paras, blocks))
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
    # "- 7 -", "—12—", "·7·" on a line of their own: the page numbers of a PDF or a print
    # view (broken-paragraph claims one that cuts a paragraph: its join deletes it).
    for index in sorted(page_numbers(doc)):
        para = paras[index]
        if index not in blocks and "页" not in para.folded and is_marked_page_number(para):
            out.append(ResidueSpan(para.start, para.end, PAGE))
    # "第1页共4页" (a line of its own that cuts a paragraph is claimed by broken-paragraph,
    # whose join deletes it).
    # "第3页" alone on its line: a page's number, no sentence of a report.
    for index in sorted(page_numbers(doc)):
        para = paras[index]
        if index not in blocks and _PAGE_ALONE.fullmatch(para.folded.strip()):
            out.append(ResidueSpan(para.start, para.end, PAGE))
    for match in _PAGE_OF.finditer(doc.folded):
        para = doc.paragraph_of(match.start())
        if para is None or para.index in blocks:
            continue
        out.append(ResidueSpan(match.start(), match.end(), PAGE))
    out.sort(key=lambda s: s.start)
    return out
