"""Non-standard variant forms of GF 1001-2001 《第一批异形词整理表》: 成份 for 成分, 帐目 for 账目;
and a traditional character alone in simplified prose: 县委、縣政府 for 县政府.

A variant is reported only where it stands as a word of its own: a short window around
it is cut into words as jieba cuts it (from jieba's dictionary, without importing
jieba), and a hit that a word of the sentence crosses (按股|分红 holds 股分, 大火|伴随
holds 火伴) is left alone.  The 400 pairs of the table, less 标识 (a word of its
own today) and 份子 (right in 凑份子), the 帐 -> 账 words of its note on 帐本, 部份 (the
现代汉语词典 writes 部分 only) and 惟一 (it gives 唯一, with 惟一 in brackets).
Turn the rule off with ``ignore = ["variant-form"]`` where a house style keeps variants.
"""
from __future__ import annotations

from typing import Iterator, List

from lintlaw import script, segment
from lintlaw.lazy_re import lazy
from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.registry import rule
from lintlaw.wording import quote

from . import _wording

_CONTEXT = 12  # characters segmented on each side of a hit
# The traditional characters of everyday report words that have a simplified form of their own,
# each with it (lintlaw/script.py's table, which tells a traditional document).
_SIMPLIFIED_OF = dict(zip(script._PAIRS[0::2], script._PAIRS[1::2]))
# A line shorter than this is a page's chrome or a label (相關文章:), not the report's prose.
_PROSE_SHORTEST = 12
_LONE_MIN = 2  # lone traditional characters, in different words, that make a disguised text
_NEAR = 300  # characters either side where a lone one's simplified form, typed, shows the writer's script
_TRADITIONAL_CHAR = lazy("[" + "".join(sorted(_SIMPLIFIED_OF)) + "]")
# Traditional-only characters of place names (楼, 庄, 桥, 湾 …) beyond the report words above.
_PLACE_PAIRS = "臺台樓楼莊庄橋桥灣湾嶺岭溝沟壩坝灘滩澗涧廟庙鋪铺塢坞圍围蘆芦葉叶楊杨龍龙鳳凤雲云興兴豐丰寧宁溫温濱滨嶼屿島岛崗岗陝陕遼辽閩闽贛赣蘇苏湯汤灤滦"
_PLACE_SIMPLIFIED_OF = dict(_SIMPLIFIED_OF, **dict(zip(_PLACE_PAIRS[0::2], _PLACE_PAIRS[1::2])))
# A place's name in a simplified report is written in simplified characters, as the place is
# officially named (高楼乡, 东关镇): one traditional character in a name before its kind of place
# (高樓乡, 东關镇) is enough, where elsewhere one alone may be a quirk of the source.
_PLACE_NAME_TRADITIONAL = lazy("([" + "".join(sorted(_PLACE_SIMPLIFIED_OF)) + "])[\u4e00-\u9fff]{0,2}?"
                               "(?:镇|乡|村|县|街道|社区|路|街|区)")


# A page's switch to its other script is labelled in that script (数据发布繁體智能机器人: a link, 繁體).
_SCRIPT_NAME = lazy(r"[繁正簡简][體体](?:中文|字|版)?|[繁正][體体]中文")
_wording.needle_source("variant-form", _wording.variants)
_wording.needle_source("variant-form-traditional", lambda: _wording.traditional().keys())


@rule(
    code="LL603",
    name="variant-form",
    script="simplified",
    severity="warning",
    summary="非推荐异形词和混入的繁体字：成份、帐目、付与、记念应写作成分、账目、赋予、纪念，縣政府应写作县政府",
    summary_en="A non-standard variant of GF 1001-2001 (成份 for 成分, 帐目 for 账目), or a traditional character in simplified text (縣 for 县)",
    why=(
        "《第一批异形词整理表》（GF 1001-2001，教育部、国家语委2001年发布）规定了338组异形词的推荐词形，"
        "公文应使用推荐词形。“账”用于货币和货物出入的记载（账目、台账、账户），“帐”专指布帐（蚊帐、帐篷）。"
        "简体公文中夹杂的单个繁体字（县委、縣政府）多来自转载时的改字或粘贴，也一并报告。"
        "本规则可在配置中用 ignore = [\"variant-form\"] 关闭。"
    ),
    why_en=(
        "GF 1001-2001, the first list of variant word forms (Ministry of Education and the State Language "
        "Commission, 2001), names the recommended form of each variant pair; official documents use it. 账 is for "
        "accounts and records (账目, 台账, 账户), 帐 for cloth (蚊帐, 帐篷). A lone traditional character in simplified "
        "prose (县委、縣政府), left by a repost's disguise or a paste, is reported too. Turn the rule off with "
        "ignore = [\"variant-form\"]."
    ),
    bad=[
        "办公楼座落在城区中心，重迭的检查事项予以整合，不得藉口工作忙不参加学习。",
        # One alone, in a paragraph that writes the character simplified too: typed both ways.
        "全乡坚持依法行政，为全鄉经济社会持续健康发展提供坚实法治保障。",
        "严格落实财务管理制度，定期核对帐目，做到账实相符。",
        "建立行政执法案件台帐，实行动态管理。",
        "规范性文件中不得含有减损公民权利的成份。",
        "畅通群众诉求表达渠道，及时答覆群众来信来访。",
        "坚持以案释法，对典型案例进行深入剖析，刻划违法行为的危害。",
        "开展“法律明白人”培养工程，进一步发挥人材支撑作用。",
        "各部门秉承依法行政理念，消除推委扯皮现象。",
        "深入开展“七五”普法，取得了丰富多采的成果。",
        "坚持把人民满意作为衡量法治政府建设成效的惟一标准。",
        "对行政相对人的违法行为及时予以纠正，决不姑息迁就，做到毋枉毋纵，无庸讳言仍存在不足。",
        "县委、縣政府高度重视法治政府建设，各鄉镇党委书记履行第一责任人职责。",
        "本报告由东關镇人民政府编制，报送县人民政府。",
        "全市法院坚持能动司法，为建设平安滄州贡献力量。",
        # One alone, its simplified form typed elsewhere in the document, making a word where it stands.
        "全年在网上直播庭审320场。\n依托法院網站公开裁判文书，接受社会监督。",
        "本报告由总体情况、主动公开政府信息情况等六部份组成，大部份数据截至12月31日。",
    ],
    good=[
        # One alone, with nothing simplified of it around: its source's quirk.
        "縣政府高度重视法治政府建设工作，召开专题会议研究部署。",
        "为建设平安沧州贡献力量，认真执行关于臺灣地区居民的规定。",
        "严格落实财务管理制度，定期核对账目，做到账实相符。",
        "建立行政执法案件台账，实行动态管理。",
        "规范性文件中不得含有减损公民权利的内容和成分。",
        "统一规范执法标识，所有执法车辆喷涂统一标识。",
        "引导村集体经济组织按股分红，保障农民财产权益。",
        "防汛抢险中大火伴随强风，应急部门迅速处置。",
        "为受灾群众搭建帐篷200余顶，发放蚊帐300顶。",
        "开展“法律明白人”培养工程，进一步发挥人才支撑作用。",
        "各部门秉承依法行政理念，消除推诿扯皮现象。",
        "坚持把人民满意作为衡量法治政府建设成效的唯一标准。",
        "突出“干与不干不一样，干好干坏大不一样”的工作导向。",
        "组织律师赴臺灣地区开展两岸法治交流活动，增进相互了解。",
        "在筚路蓝缕的创业岁月里，老一辈政法干部扎根基层。",
        "（摄影：王湧 汪昊 胡蝶飞）",
        "组织律师赴臺灣地区开展交流，走访当地法律服务机构。",
        # The same words twice are a quirk the source keeps (an exam question quoted twice).
        "试题一：公司組织机构设置是否合理？\n答题要点：公司組织机构应当与其经营规模相适应，网点布局合理。",
        "全部份额已于年内兑付完毕，内部份额转让须经理事会同意。",
    ],
    fixable="unsafe",
)
def variant_form(doc: Document) -> Iterator[Finding]:
    return iter(findings(doc))


def findings(doc: Document) -> List[Finding]:
    """This rule's findings, computed once a document (the typo rule leaves their places alone)."""
    return doc.memo("wording-variants", lambda d: list(_scan(d)))


def _scan(doc: Document) -> Iterator[Finding]:
    yield from _scan_variants(doc)
    found = list(_scan_traditional(doc))
    yield from found
    yield from _scan_traditional_words(doc, {f.start for f in found})


def _scan_traditional_words(doc: Document, reported) -> Iterator[Finding]:
    """One traditional character in simplified prose whose simplified form makes a word with its
    neighbours (平安滄州, 幸福濟南, 秦皇島: 沧州, 济南, 秦皇岛): a character the simplified language
    never uses (``_wording.traditional``, OpenCC's table less what simplified prose writes), in a
    word the writer meant, is a conversion or paste slip however alone it stands.  A name or a
    phrase quoted whole in traditional characters (臺灣, 國際) keeps its neighbours traditional too,
    and a person's name alone is its bearer's; a unit right after a figure (5320萬元) is left to the
    number rules, which read it as the unit it is.  The characters of everyday report words
    (``_SIMPLIFIED_OF``: 縣, 組) keep ``_scan_traditional``'s rule: one of them alone may be its
    source's quirk (an exam question's 公司組织机构 quoted)."""
    table = _wording.traditional()
    text = doc.folded
    for at, wrong in _wording.occurrences(doc, table.keys()):
        if at in reported or wrong in _SIMPLIFIED_OF or text[at - 1:at].isdigit() or text[at - 1:at] in table or text[at + 1:at + 2] in table \
                or text[at - 1:at] in _SIMPLIFIED_OF or text[at + 1:at + 2] in _SIMPLIFIED_OF \
                or _name_alone(text, at, at + 1) or _wording.in_business_list(text, at) or _in_short_quote(text, at) \
                or _script_name(text, at):
            continue  # a name keeps its own characters: a shop's or a brand's in a list of them, or quoted
        right = table[wrong]
        if not _makes_word(text, at, right):
            continue
        yield _traditional_finding(at, wrong, right)


def _in_short_quote(text: str, at: int) -> bool:
    from .typos import _in_short_quote as quoted  # a coined name in quotation marks (“美家家俬”)

    return quoted(text, at)


def _script_name(text: str, at: int) -> bool:
    """Is text[at] in the name of a script (繁體, 正體中文): a page's link to its other version?"""
    return any(m.start() <= at < m.end() for m in _SCRIPT_NAME.finditer(text, max(0, at - 3), at + 4))


def _makes_word(text: str, at: int, right: str) -> bool:
    """Does ``right`` in place of text[at] make a dictionary word with one or two neighbours?"""
    frequency = segment.frequencies().frequency
    return any(frequency[text[a:at] + right + text[at + 1:b]]
               for a in range(max(0, at - 2), at + 1) for b in range(at + 1, min(len(text), at + 3) + 1)
               if b - a >= 2 and all(map(_wording.is_han, text[a:b])))


def _traditional_finding(at: int, wrong: str, right: str) -> Finding:
    return Finding(
        at, at + 1,
        Msg(f"{quote(wrong)}是繁体字，简体文本中应写作{quote(right)}",
            f"{quote(wrong)} is a traditional character in simplified text: write {quote(right)}"),
        help=Msg(f"改为{quote(right)}（《通用规范汉字表》）", f"write {quote(right)} (the table of general standard characters)"),
        fix=Fix((Edit(at, at + 1, right),), safe=False, description=Msg(f"改为{quote(right)}", f"write {quote(right)}")),
    )


def _scan_traditional(doc: Document) -> Iterator[Finding]:
    """Traditional characters alone among simplified ones, two or more in different words
    (县委、縣政府…各鄉镇): a repost's disguise or a pasted fragment, in lines of prose.  A
    document written in traditional characters is not read by these rules at all
    (lintlaw/script.py), and a name quoted in traditional characters keeps its neighbours
    traditional too (臺灣)."""
    text = doc.folded
    lone = [at for at in (m.start() for m in _TRADITIONAL_CHAR.finditer(text))
            if text[at - 1:at] not in _SIMPLIFIED_OF and text[at + 1:at + 2] not in _SIMPLIFIED_OF
            and len(getattr(doc.paragraph_of(at), "folded", "")) >= _PROSE_SHORTEST]
    # One in the whole document, or one in the same words everywhere, is a quirk of its source
    # (an exam question's 公司組织机构 copied twice), not a text made to look different -- unless its
    # own paragraph writes the character simplified (深度融入乡域治理…为全鄉经济社会发展…): a paragraph
    # that writes it both ways was typed so, and the traditional one is the slip.
    #
    # So is one whose simplified form the text around it types (``_NEAR``) and which makes a word
    # there (部門 in a report that writes 部门, 網站 beside 网上, 經濟 beside 经济): the writer's own text
    # is simplified, and the one character is a paste or a conversion slip, written once.  A quirk
    # keeps its words wherever it is copied (公司組织机构 twice), and a name keeps its own characters.
    if len({text[at - 1:at + 2] for at in lone}) < _LONE_MIN:
        lone = [at for at in lone if _SIMPLIFIED_OF[text[at]] in doc.paragraph_of(at).folded
                or (_SIMPLIFIED_OF[text[at]] in text[max(0, at - _NEAR):at + _NEAR] and text.count(text[at - 1:at + 2]) == 1
                    and _makes_word(text, at, _SIMPLIFIED_OF[text[at]]) and not _name_alone(text, at, at + 1))]
    in_names = [m.start(1) for m in _PLACE_NAME_TRADITIONAL.finditer(text)
                if text[m.start() - 1:m.start()] not in _PLACE_SIMPLIFIED_OF
                and text[m.start() + 1:m.start() + 2] not in _PLACE_SIMPLIFIED_OF]
    for at in sorted(set(lone).union(in_names)):
        if _script_name(text, at):
            continue
        wrong = text[at]
        right = _PLACE_SIMPLIFIED_OF[wrong]
        yield _traditional_finding(at, wrong, right)


def _scan_variants(doc: Document) -> Iterator[Finding]:
    table = _wording.variants()
    for start, variant in _wording.occurrences(doc, table.keys()):
        end = start + len(variant)
        right = table[variant]
        if not _stands_alone(doc.folded, start, end) or _choice(doc.folded, start, variant) \
                or _in_set_phrase(doc.folded, start, end, right) or _name_alone(doc.folded, start, end):
            continue
        yield Finding(
            start, end,
            Msg(f"{quote(variant)}是非推荐异形词，应写作{quote(right)}", f"{quote(variant)} is a non-standard variant: write {quote(right)}"),
            help=Msg(f"改为{quote(right)}（GF 1001-2001《第一批异形词整理表》）",
                     f"write {quote(right)} (GF 1001-2001, first list of variant word forms)"),
            fix=Fix((Edit(start, end, right),), safe=False, description=Msg(f"改为{quote(right)}", f"write {quote(right)}")),
        )


def _choice(text: str, start: int, variant: str) -> bool:
    """Is ``variant`` a verb and a conjunction that set doing a thing against not doing it
    (干与不干不一样, 管与不管): the first half of a choice, not the word (干与 for 干预)?"""
    return len(variant) == 2 and variant[1] in "与和" and text.startswith(("不" + variant[0], "没" + variant[0]), start + 2)


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a word (or inside one) rather than cut across by the words around it?"""
    for a, b in _words_around(text, start, end):
        if (a < start < b < end or start < a < end < b) and not _COUNTED_PART.fullmatch(text[a:b]):
            return False  # a word that reaches in from outside: 按股|分红
    return True


# A numeral before 部 counts parts (报告由六部份组成): jieba's 六部 (the six ministries of old) is
# not the word there.
_COUNTED_PART = lazy("[一二三四五六七八九十两几]部")


def _in_set_phrase(text: str, start: int, end: int, right: str) -> bool:
    """Is text[start:end] inside a longer dictionary word that keeps it as written, more often than
    with the standard form (筚路蓝缕, 7 in jieba's dictionary against 3 for 筚路褴褛; but 衣衫蓝缕 3
    against 衣衫褴褛 84)?  The table lists words, not the set phrases that hold their old form."""
    frequency = segment.frequencies().freq
    for a, b in _words_around(text, start, end):
        if a <= start and end <= b and b - a > end - start:
            return (frequency(text[a:b]) or 0) > (frequency(text[a:start] + right + text[end:b]) or 0)
    return False


def _name_alone(text: str, start: int, end: int) -> bool:
    """Is text[start:end] in a person's name of two or three characters, from a surname on,
    alone between marks, spaces or a line's edges (图：王湧 汪昊 胡蝶飞)?  A name's characters are
    its own."""
    a, b = start, end
    while a > 0 and _wording.is_han(text[a - 1]):
        a -= 1
    while b < len(text) and _wording.is_han(text[b]):
        b += 1
    return 2 <= b - a <= 3 and b - a > end - start and text[a] in _wording.surnames()


def _words_around(text: str, start: int, end: int):
    """The words jieba cuts text[start:end] and its neighbourhood into, as offsets in ``text``."""
    left = start
    while left > 0 and start - left < _CONTEXT and _segmentable(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < _CONTEXT and _segmentable(text[right]):
        right += 1
    return [(a + left, b + left) for a, b in segment.han_words(text[left:right])]


def _segmentable(ch: str) -> bool:
    """A character jieba cuts as Chinese text (its own range, a little short of is_han's)."""
    return "\u4e00" <= ch <= "\u9fd5"
