"""A word written twice by mistake (作为作为, 我局局年度, 宣传宣传周), told apart from reduplication.

Chinese doubles words on purpose (常常, 人人, 研究研究, 的的确确) and puts
words side by side that only look doubled (学习|习近平, 晋城市|城市管理局,
市|市场监管局).  A pattern finds the places where a string of one to four
characters is immediately repeated; jieba then segments a short window around
each, and only a repeat whose copies are whole words of their own is reported:

- a two-to-four character word twice (作为|作为, 进一步|进一步): error when it is
  a verb, adverb, preposition or other function word, a warning for a noun (two
  compounds that share a noun, 森林城市|城市建设, are clumsy rather than wrong);
- the first copy a word of its own and the second the start of a longer one
  (宣传|宣传周): warning;
- a word twice whatever follows it: 完善|完善|制度 and 严格执法|执法人员 are slips
  however the second copy segments with the next word (a fixed term such as
  组织生活会 after the verb 组织 is not);
- one character twice (的|的, 我|局|局|年度) only for characters that never
  reduplicate: function words and the names of an office (局, 委, 厅 ...);
  after 全/我/本/该 the last character of a place or an office doubled
  (全县|县|上下, 本局|局|机关) unless a word begins with it (全县|县直部门, 本局|局长);
  after a place's name its last character doubled (江北区|区|扎实推进, 绵阳市|市|深入)
  unless the second copy begins a word or an office (城区|区域, 城市|市容, 西湖区|区委,
  津市市|市场监督管理局); 深入习|习近平, where 习 does not end a word before it (学习|习近平).
  Names (张丽丽), measure words (件件) and verbs (说说) reduplicate freely.
  After a word that ends in the same character only an office or 们 is a
  slip (本局|局|年度, 我们|们): 现在|在, 可以|以, 行为|为 are two words; 被 before a party
  named by what is done to it (被|被审计单位, 被|被执行人) is the passive and that party.

A quoted term written again beside its quotes ("“七五”七五普法", "七五“七五”普法") is a slip too.

A dictionary word that spans both copies (常常, 不了了之) is reduplication by
definition; so is the AABB pattern (是是非非, 家家户户).
"""
from __future__ import annotations

import re
from typing import Dict, Iterator, List, NamedTuple, Optional, Set, Tuple

from lintlaw import segment
from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule

_HAN = re.compile(r"[\u4e00-\u9fff]")
# A place where one to four Chinese characters are repeated at once: the
# shortest unit (作为作为作为 repeats 作为, not 作为作为).  Searched position by
# position, so overlapping repeats are all seen.
_CANDIDATE = re.compile(r"([\u4e00-\u9fff]{1,4}?)\1")
_WINDOW = 24  # characters of context segmented on each side

# One character twice is reported only for these.  Function words never double
# ("的的" is always a slip; "的的确确" is caught as AABB before).
FUNCTION_CHARS = frozenset("的地得了着是在和与及或对把被将为于以从向由按给跟同让使也都就并而且又再还其之该此这那各们共均已曾仍亦即皆")
# An office: "我局局年度" and "本局局机关" are slips, but "我局局党组" is 我局 + 局党组 and
# "本局局长" 本局 + 局长; see _OFFICE_INNER.
OFFICE_CHARS = frozenset("局委厅办署院所站队科室股庭部馆")
# What follows an office's name when it means a body inside it: 局党组, 局机关,
# 局领导, 局务会, 局属单位, 局长, 局办公室, 局内, 局直属, 局系统, 局班子, 局纪检组 ...
_OFFICE_INNER = frozenset("党领务属长办内直系班纪工团委会主副员公室审")
# A place after 全/我/本/该 written twice: "全县县上下", "全市市上下" are slips; "全县县直部门",
# "全市市场", "我市市民", "全县县域", "全区区长" are the place and a word that starts with it.
_PLACE_CHARS = frozenset("县市区镇乡省州")
_PLACE_BEFORE = frozenset("全我本该")
_PLACE_INNER = frozenset("直域级城委属府政乡镇村内外人长情民场属管辖区县")
# The levels of government after the place word ("全省省、市、县三级联动", "我州州、县（市）两级"): the
# second copy opens the list of levels, it is no slip.
_LEVELS_FOLLOW = lazy(r"(?:、?[省市州盟县区旗乡镇街村](?:[（(][市区县旗镇]{1,2}[）)])?){1,4}(?:两|二|三|四|五|各)级")
# Before a place's last character written twice after its name ("江北区区扎实推进"), a word that
# "区区" (trivial) or an abbreviation may begin: not after these.
_NOT_PLACE_END = frozenset("这那仅只才就有个几每些是的了")
# An office a place's abbreviation may open: "西湖区区纪委", "某市市司法局" are the place and
# the office written in full; "绵阳市市深入贯彻" is a slip.
_OFFICE_END = lazy(r"[\u4e00-\u9fff]{0,4}?(?:局|委|办|院|馆|所|队|站|中心|会|部|庭|处|科|组)")
# Fixed terms whose first word is a verb that may stand right before them: "组织组织生活会".
_FIXED_AFTER_VERB = ("组织生活", "学习强国")
# Verb reduplication (ABAB) that is not a slip: "研究研究这个问题".
ABAB_VERBS = frozenset((
    "研究 讨论 商量 考虑 学习 休息 了解 交流 沟通 锻炼 活动 琢磨 整理 收拾 检查 比较 熟悉 体验 "
    "介绍 打扫 准备 思考 总结 请教 打听 放松 清理 说明 议论 表扬 帮助 关心 照顾 打扮 梳理 分析 "
    "调查 看望 商议 合计 掂量 反思 回忆 尝试 练习 考察 观察 修改 提醒"
).split())
# Adverbs of a thorough, formal act, and objects of every kind, that the tentative ABAB never takes.
_THOROUGH_BEFORE = lazy(r"(?:认真|全面|深入|系统|严格|集中|逐项|逐一|逐条|彻底|扎实|切实|全力|持续|定期|及时|依法|专项|统一)$")
_EVERY_KIND_AFTER = lazy(r"各类|各项|各级|全部|所有|现行|涉及")
_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿两")
# Suffixes of a place name: "龙城市城市管理局" may be 龙城市 + 城市管理局 even
# where the dictionary does not know the place.
_PLACE_SUFFIX = frozenset("市县区镇乡村省州盟旗")
# Parts of speech (jieba's tags) of words that are never doubled in a sentence:
# verbs, adverbs, prepositions, conjunctions, particles, pronouns.
_SLIP_TAGS = frozenset("v vd vg vi vq d dg ad p c u uj ul uz ug uv ud r rr rz".split())
_VERB_TAGS = frozenset("v vn vd vg vi vq".split())
# A verb that a body ending in the same word may govern: "党组织|组织|党员" (its tag is v, not vn).
_BODY_VERB_TAGS = frozenset("v vi".split())
_ADVERBIAL_TAGS = frozenset("d dg ad a ag an z".split())
# "各单位单位负责人" is each unit's unit head, not a slip.
_DETERMINERS = frozenset("各 每 全 本 该 其 此 贵 我 你 他".split())


def _han_run(text: str, start: int, end: int) -> Tuple[int, int]:
    """The stretch of Chinese characters around start..end, at most _WINDOW on each side."""
    left = start
    while left > 0 and start - left < _WINDOW and _HAN.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < _WINDOW and _HAN.match(text[right]):
        right += 1
    return left, right


def _copies(text: str, start: int, unit: str) -> int:
    """How many times ``unit`` is written in a row from ``start`` (at least 2 here)."""
    k = len(unit)
    count = 2
    while text.startswith(unit, start + count * k):
        count += 1
    return count


def _aabb(text: str, start: int) -> bool:
    """Is text[start:start+2] one half of an AABB reduplication (是是非非, 家家户户)?"""
    after = text[start + 2:start + 4]
    if len(after) == 2 and after[0] == after[1] and after[0] != text[start] and _HAN.match(after[0]):
        return True
    before = text[max(0, start - 2):start]
    return len(before) == 2 and before[0] == before[1] and before[0] != text[start] and bool(_HAN.match(before[0]))


class _Verdict(NamedTuple):
    severity: str
    safe: bool  # deleting the copy is certainly right (a doubled function word or verb)


def _office_word_follows(text: str, at: int) -> bool:
    """Does a word of the office's own begin at ``at`` (局党组, 局长, 局机关 …)?  After 党 only
    its bodies (党组, 党委, 党支部, 党总支, 党工委): "全局局党员共同学" is 全局 typed with 局 twice."""
    char = text[at:at + 1]
    if char == "党":
        return text[at + 1:at + 2] in _PARTY_BODIES
    return char in _OFFICE_INNER


_PARTY_BODIES = frozenset("组委支总工")
# A party named by what is done to it: 被审计单位, 被检查企业, 被执行人, 被考核对象, 被征收人.
_PARTY_UNDERGOING = lazy(r"被[\u4e00-\u9fff]{1,4}?(?:人|单位|对象|企业|机关|部门|方|者)")


def _noun_follows(words: Dict[int, str], at: int) -> bool:
    """Does a noun (or a verb used as one: 工作, 管理) begin at ``at`` of the segmented window?"""
    word = words.get(at)
    tag = segment.tag(word) if word else None
    return tag is not None and (tag.startswith("n") or tag == "vn")


def _verb_follows(text: str, at: int, unit: str) -> bool:
    """Is a verb written right after a reduplicated verb (研究研究|部署, 学习学习|贯彻)?  A verb that
    reduplicates (ABAB) takes an object or ends its clause (研究研究这个问题, 再研究研究); a verb after
    it is the compound the report meant (研究部署, 学习贯彻) with its first word typed twice."""
    spans = segment.spans(text[at - len(unit):at + 6])
    if not spans:
        return False
    first = spans[0][2]
    if first != unit:
        # The second copy opens a compound the dictionary knows (研究部署, 学习贯彻): two words past
        # the verb make it a phrase of two verbs, not a noun made from the verb (研究生, 学习型).
        return (first.startswith(unit) and len(first) >= len(unit) + 2
                and not text.startswith(_FIXED_AFTER_VERB, at - len(unit)))
    rest = spans[1][2] if len(spans) > 1 else ""
    return len(rest) >= 2 and _HAN.match(rest[0]) is not None and segment.tag(rest) in _VERB_TAGS


def _written_formally(text: str, start: int, end: int) -> bool:
    """Is a reduplicated verb (ABAB) between a thorough adverb or before an object of every kind?
    The tentative form (研究研究, "look into it a bit") is speech: it stands after 再/要 or alone, with a
    plain object (这个问题); 认真|梳理梳理, 全面|清理清理, 清理清理|各类证明事项 are a verb typed twice."""
    if not (_THOROUGH_BEFORE.search(text, max(0, start - 4), start) or _EVERY_KIND_AFTER.match(text, end)):
        return False
    half = (end - start) // 2
    spans = segment.spans(text[start + half:end + 4])
    return (bool(spans) and spans[0][2] == text[start:start + half]  # not 深入研究|研究生教育
            and not text.startswith(_FIXED_AFTER_VERB, start + half))  # not 系统学习|学习强国


def _judge(text: str, start: int, unit: str) -> Optional[_Verdict]:
    """Is the repeat of ``unit`` at ``start`` a slip?  None when it is reduplication or two words."""
    k = len(unit)
    if k == 1:
        if (unit in _PLACE_CHARS or unit in OFFICE_CHARS) and text[start - 1:start] in _PLACE_BEFORE:
            # Told by the character after the copies, not by how jieba segments them
            # (it reads 本局|局机关 as two words).
            place = unit in _PLACE_CHARS
            if (text[start + 2:start + 3] in _PLACE_INNER) if place else _office_word_follows(text, start + 2):
                return None  # 全县|县直部门, 全市|市场, 我市|市民; 本局|局长, 我局|局党组
            if place and _LEVELS_FOLLOW.match(text, start + 2):
                return None  # 全省|省、市、县三级, 我州|州、县两级
            return _Verdict("warning" if place else "error", False)  # 全县|县|上下, 本局|局|机关
        if unit in _PLACE_CHARS and _place_doubled(text, start, unit):
            return _Verdict("warning", False)  # 江北区|区|扎实推进, 绵阳市|市|深入
        if unit == "习" and text.startswith("近平", start + 2) and _word_before_ends_otherwise(text, start):
            return _Verdict("warning", False)  # 深入习|习近平: 学习 lost a character or 习 is typed twice
        if unit not in FUNCTION_CHARS and unit not in OFFICE_CHARS:
            return None
        if unit == "被" and _PARTY_UNDERGOING.match(text, start + 1):
            return None  # 被|被审计单位, 被|被检查企业: the passive, then the party named by what it undergoes
        if text[start - 1:start] == "一" or _aabb(text, start):
            return None  # 一把把, 一对对; 是是非非, 和和美美
    else:
        if all(ch in _NUMERALS for ch in unit) or (k == 2 and unit[0] == "一"):
            return None  # 一次一次, 一户一户: reduplicated measures
        if unit in ABAB_VERBS:
            if _verb_follows(text, start + 2 * k, unit):
                return _Verdict("warning", False)  # 专题研究|研究部署: 研究部署 with 研究 typed twice
            if _written_formally(text, start, start + 2 * k):
                return _Verdict("warning", False)  # 认真梳理梳理权责清单: the tentative form cannot be meant
            return None  # 研究研究这个问题, 再研究研究: reduplication
    left, right = _han_run(text, start, start + 2 * k)
    window = text[left:right]
    bounds: Set[int] = {0}
    words: Dict[int, str] = {}
    for a, b, word in segment.spans(window):
        bounds.add(b)
        words[a] = word
    p0, p1, p2 = start - left, start - left + k, start - left + 2 * k
    if p1 not in bounds:
        return None  # one dictionary word spans both copies: 常常, 不了了之, 工作作风
    first_whole, second_whole = p0 in bounds, p2 in bounds
    if k == 1:
        if unit == "委" and not first_whole and _committee_doubled(text, start):
            return _Verdict("error", False)  # 区委|委|办公室, 县委|委办: the committee's 委 typed twice
        if not second_whole:
            return None  # 市|市场监管局, 区|区委: an abbreviation before a word
        if unit in OFFICE_CHARS and _office_word_follows(text, start + 2):
            return None  # 我局|局党组, 本局|局务会
        if first_whole:
            return _Verdict("error", unit in FUNCTION_CHARS)  # 的|的, 我|局|局|年度
        if unit in OFFICE_CHARS or unit == "们":
            return _Verdict("warning", False)  # 本局|局|年度, 我们|们
        return None  # 现在|在, 可以|以, 行为|为: a word ending in the character, then the character
    before = words.get(_word_start_before(bounds, p0))
    if unit[-1] in _PLACE_SUFFIX and (not first_whole or (before is not None and len(before) == 1)):
        return None  # 晋城市|城市|管理局, 龙|城市|城市管理局: perhaps a place the dictionary does not know
    own_tag = segment.tag(unit)
    slip = own_tag in _SLIP_TAGS
    if not second_whole and text.startswith(_FIXED_AFTER_VERB, start + k):
        return None  # 认真|组织|组织生活会, 基层党组织|组织生活会: the fixed term begins there
    if not first_whole:
        ending = words.get(_word_start_before(bounds, p1))
        if (second_whole and own_tag in _BODY_VERB_TAGS and ending is not None
                and (unit == "组织" or segment.tag(ending) == "nt")):
            return None  # 各级党组织|组织|党员学习: a body, then the verb of what it does
        if (ending is not None and segment.tag(ending) == "nt" and own_tag in ("n", "nt")
                and _noun_follows(words, p2)):
            return None  # 镇人民政府|政府|工作报告, 县人民法院|法院|文化: a body, then a thing of its kind
        # 严格执法|执法人员: the first copy ends a longer word and the second starts one;
        # however the words around it segment, the word is written twice.
        return _Verdict("warning", False)
    if second_whole and before in _DETERMINERS:
        return None  # 各|单位|单位负责人: each unit's head
    # 作为|作为, 完善|完善|制度: whatever follows the second copy, the word is doubled.
    return _Verdict("error" if slip else "warning", slip and second_whole)


# Before a committee's 委 (区委, 县委, 党委, 纪委, 政法委, 党工委): a second 委 right after it is a slip
# unless it begins a word of its own: 市委|委员, 区委|委托, 党委|委派.  "委办" is no such word
# (县委委办 is 县委办 typed with 委 twice).
_COMMITTEE_BEFORE = frozenset("区县市州镇乡省党纪法工盟旗监")


def _committee_doubled(text: str, start: int) -> bool:
    if text[start - 1:start] not in _COMMITTEE_BEFORE:
        return False
    word = text[start + 1:start + 3]
    return len(word) < 2 or word == "委办" or not segment.frequencies().freq(word)


# A village or community after a town: a place written in its hierarchy (南陵县许镇镇马仁村), whose
# town is named with the same character as its kind.
_VILLAGE_AFTER = lazy(r"[\u4e00-\u9fff]{1,4}?(?:村|社区|居委会)(?![民委务级])")


def _place_doubled(text: str, start: int, unit: str) -> bool:
    """Is ``unit`` (区, 市, 县 ...) at ``start`` the last character of a place's name written twice
    ("江北区区扎实推进")?  Not when the second copy begins a word or an office's name (城区|区域,
    城市|市容, 西湖区|区委, 朝阳市|市直部门, 石桥镇|镇村) or the two are 区区 (trivial)."""
    before = text[start - 2:start]
    if len(before) < 2 or not all(_HAN.match(c) for c in before) or before[-1] in _NOT_PLACE_END:
        return False
    index = segment.frequencies()
    copies = _copies(text, start, unit)
    if copies > 2 and index.freq(text[start + copies - 1:start + copies + 1]):
        return False  # 津市|市|市场: a city named 津市, then 市场监督管理局
    after = text[start + 2:start + 3]
    if not after or not _HAN.match(after) or after in _PLACE_INNER:
        return False
    if index.freq(unit + after) or index.freq(text[start + 1:start + 4]):
        return False  # 市容, 省份, 区划; 市中心
    if _VILLAGE_AFTER.match(text, start + 2):
        return False  # 南陵县许镇镇马仁村: a place's hierarchy, the town named 许镇
    return _OFFICE_END.match(text, start + 2) is None


def _word_before_ends_otherwise(text: str, start: int) -> bool:
    """Does the character before ``start`` not form a word with the 习 at ``start`` (深入|习, not 学习)?"""
    before = text[start - 1:start]
    return bool(before) and not segment.frequencies().freq(before + text[start])


def _word_start_before(bounds: Set[int], position: int) -> int:
    """Start of the word that ends at ``position`` (-1 when none)."""
    earlier = [b for b in bounds if b < position]
    return max(earlier) if earlier else -1


@rule(
    code="LL203",
    name="doubled-word",
    script="simplified",
    severity="error",  # a certain slip (作为作为, 我局局) is an error; a likely one a warning
    summary="词语误写两遍：作为作为、我局局年度、宣传宣传周",
    summary_en="A word written twice by mistake (作为作为, 我局局年度), not reduplication (常常, 研究研究)",
    why=(
        "常见录入错误：词语重复（PR-004，参照 proselint 的 lexical illusions 检查）。用 jieba 分词区分"
        "误重复与叠词（常常、人人、研究研究、的的确确）及只是看似重复的词界（学习习近平、市市场监管局、"
        "晋城市城市管理局）。动词、副词、介词、助词等虚词重复是错误；名词重复可能是两个复合词共用一字，报警告。"
    ),
    why_en=(
        "A common typing slip: a doubled word (PR-004, after proselint's lexical-illusions check). "
        "jieba segmentation tells a slip from reduplication (常常, 人人, 研究研究, 的的确确) and from a "
        "word boundary that only looks doubled (学习习近平, 市市场监管局, 晋城市城市管理局). A doubled verb, "
        "adverb, preposition or particle is an error; a doubled noun may be two compounds sharing it, "
        "so it is a warning."
    ),
    bad=[
        "全年共共办理行政复议案件56件，均已已在法定期限内办结。",
        "局领导带头学、中层干部主动学、全局局党员共同学。",
        "审计组提出的整改建议均被被采纳，推动建章立制6项。",
        "在2017全市行政执法案卷评查过程中，区城管委作为作为五个执法部门之一，取得了平均分第一的好成绩。",
        "严格执行中央、市、区各项规定，将依法行政工作纳入我局局年度重点工作。",
        "组织开展宪法宣传宣传周活动，发放宣传资料3000余份。",
        "全面推进的的依法行政，不断提升行政执法水平。",
        "进一步进一步规范行政执法行为，严格落实行政执法责任制。",
        "加强加强执法队伍建设，提升执法人员业务素质。",
        "下一步，我们们将继续深化综合行政执法体制改革。",
        "推进依法依法行政，加快建设法治政府。",
        "在在全市范围内开展违法建设专项整治行动。",
        "城管委城管委高度重视行政负责人出庭应诉工作。",
        "坚持问题导向，不断完善完善制度体系，推动法治政府建设提质增效。",
        "严格执法执法人员管理，全面实行持证上岗和资格管理制度。",
        "2023年，全县县上下深入学习贯彻习近平法治思想。",
        "我委委机关全体干部参加了宪法宣誓仪式，本局局机关及所属单位均建立了法律顾问制度。",
        "今年以来，江北区区扎实推进法治政府建设示范创建工作。",
        "2023年，绵阳市市深入贯彻落实法治政府建设实施纲要，清河镇镇认真开展矛盾纠纷排查。",
        "局党组坚持深入习习近平法治思想，推动学习成果转化为工作成效。",
        "深入开展“七五”七五普法总结验收，全面启动“八五”普法。",
        "全面落实放管服“放管服”改革各项要求，持续优化营商环境。",
        "区委委办公室牵头制定了年度法治建设工作要点，县委委办、县政府办联合印发了通知。",
        "局党组会议专题研究研究部署法治政府建设重点任务，明确责任分工。",
        "组织党员干部学习学习贯彻党的二十大精神，开展专题研讨4次。",
        "认真梳理梳理权责清单事项，全面清理清理各类证明材料。",
        "政府公报纸质版每月定期向市档案馆、市图书馆馆报送。",
        "区人民政府政府高度重视法治政府建设，将其纳入年度绩效考核。",
    ],
    good=[
        "我局局党组书记带头讲法治课，本局局党委定期研究法治工作。",
        "全年提出审计建议40条，均被被审计单位采纳；发现的问题已被被检查企业整改到位。",
        "党组学习习近平法治思想，深入学习贯彻党的二十大精神。",
        "长治市市场监督管理局、晋城市城市管理局联合开展执法检查。",
        "常常深入基层调研，人人参与普法，天天坚持巡查，事事有回音，件件有落实。",
        "层层传导压力，处处体现法治，年年开展评议，做到家家户户知晓。",
        "认认真真学法，明明白白用法，的的确确取得实效，遇到新情况要研究研究。",
        "对群众反映的问题，我们再研究研究；课题组深入研究研究生法治课程，系统学习学习强国平台课程。",
        "一一对应梳理权责清单，杜绝问题整改不了了之。",
        "根据法律法规规章的规定，履行行政应诉职责，加强巡查查处工作，落实《贵州省城市市容和环境卫生管理条例》。",
        "转变工作作风，将法治建设工作作为重要内容，紧紧围绕中心工作，严格执行推行行政执法公示制度。",
        "本局局务会议审议通过了年度法治工作要点，我局局党组书记带头讲法治课。",
        "组织党员学习《中国共产党党员权利保障条例》，审议议题12个。",
        "全县县直部门均已配备法律顾问，全市市场主体增长12%，我市市民满意度达95%。",
        "全省省、市、县三级联动推进法治政府建设，我州州、县（市）两级司法行政机关同步开展督察。",
        # A town named with its kind's character, in a place's hierarchy: the town 许镇, then its village.
        "南陵县许镇镇马仁村、弋江镇沿河村获评省级民主法治示范村。",
        "本局局长带头讲法治课，我委委员全部参加学习，认真组织组织生活会。",
        "各级党组织组织党员干部学习宪法，基层党组织组织生活会均安排了学法内容。",
        "全区区属国有企业全部建立法律顾问制度，城区区域内违法建设全部拆除，城市市容明显改善。",
        "西湖区区委常委会专题研究法治建设，由津市市市场监督管理局编制，石桥镇镇村干部参加培训。",
        "“七五”普法顺利通过验收，“八五”普法全面启动。",
        "开展“法律进乡村”活动，全县法律进乡村覆盖率达100%。",
        "市委委员、政法委书记出席会议，区委委托区司法局牵头起草实施方案。",
        "课题组将研究研究生培养方案中的法治课程设置，大家再研究研究。",
        "县图书馆馆长带队参加培训，纪念馆馆内展陈全面更新，博物馆馆藏文物1,206件。",
        "组织党员登录学习学习强国平台，完成专题学习。",
        "某镇人民政府政府工作报告提出，2024年要深入推进法治乡镇建设。",
    ],
    fixable="mixed",  # deleting the copy is safe for a doubled function word or verb
)
def doubled_word(doc: Document) -> Iterator[Finding]:
    # A repeat never crosses a line (it is Chinese characters only), so each
    # paragraph is scanned on its own, and a paragraph written again is not
    # judged again.
    found: Dict[str, List[Tuple[int, str, int, _Verdict]]] = {}
    for para in doc.paragraphs:
        repeats = found.get(para.folded)
        if repeats is None:
            repeats = found[para.folded] = list(_repeats(para.folded))
        for start, unit, copies, verdict in repeats:
            yield _finding(para.start + start, unit, copies, verdict)


# A quoted term written again right after its closing quote ("“七五”七五普法", "“放管服”放管服改革"),
# or right before its opening one ("七五“七五”普法"): the term once with its quotes was meant.
# A term two to eight characters long; no report writes a term beside its own quoted copy.
_QUOTED_TWICE = lazy(r"“([\u4e00-\u9fff0-9·]{2,8})”\1|([\u4e00-\u9fff0-9·]{2,8})“\2”")


def _quoted_repeats(text: str) -> Iterator[Tuple[int, str, int, _Verdict]]:
    """(start, unit, 2, verdict) for a quoted term written again beside its quotes; ``start`` is
    placed so that the copy without quotes is what _finding deletes."""
    if "“" not in text:
        return
    for match in _QUOTED_TWICE.finditer(text):
        if match.group(1):
            unit = match.group(1)
            yield match.end() - 2 * len(unit), unit, 2, _Verdict("error", False)
        else:
            unit = match.group(2)
            yield match.start() - len(unit), unit, 2, _Verdict("error", False)


def _repeats(text: str) -> Iterator[Tuple[int, str, int, _Verdict]]:
    """(start, unit, copies, verdict) of each slip in ``text``."""
    yield from _quoted_repeats(text)
    pos = 0
    while True:
        match = _CANDIDATE.search(text, pos)
        if match is None:
            return
        start, unit = match.start(), match.group(1)
        copies = _copies(text, start, unit)
        verdict = _judge(text, start, unit)
        if verdict is None:
            # The rest of a longer run ("人人人人", "研究研究研究") only repeats the
            # same judgement on rotations of the unit: skip to its last copy.
            pos = start + (copies - 1) * len(unit) if copies > 2 or len(unit) == 1 else start + 1
            continue
        pos = start + copies * len(unit)  # a triple is one finding
        yield start, unit, copies, verdict


def _finding(start: int, unit: str, copies: int, verdict: _Verdict) -> Finding:
    k = len(unit)
    extra_start, extra_end = start + k, start + copies * k
    times_zh = "两次" if copies == 2 else f"{copies}次"
    times_en = "twice" if copies == 2 else f"{copies} times"
    fix = Fix((Edit(extra_start, extra_end, ""),), safe=verdict.safe,
              description=Msg(f"删去重复的“{unit}”", f"delete the repeated “{unit}”"))
    return Finding(
        extra_start, extra_end,
        Msg(f"“{unit}”连写了{times_zh}", f"“{unit}” is written {times_en}"),
        help=Msg(f"删去重复的“{unit}”", f"delete the repeated “{unit}”"),
        fix=fix,
        severity=verdict.severity,
    )
