"""A wrong character where a similar-sounding or similar-looking one makes the expected
word: 总休方案 (总体), 营商环竟 (环境), 知只产权 (知识).

The evidence has to be strong on three counts before a character is reported:

1. it is odd where it stands: one of the two character pairs it forms with its
   neighbours was not seen (twice) in about 4.8 million characters of statute and
   news prose, and a look-alike would make that pair a common one (seen at least five
   times, and scoring well above the unseen pair).  This is also what makes the rule
   cheap: the document's distinct pairs are sorted out once, and only the few
   repairable ones are looked at further;
2. a character that sounds or looks like it (pycorrector's confusion sets) reads much
   better there, by the character trigram model of the same prose (``lm``);
3. that character makes a dictionary word with its neighbours, and the best
   segmentation of the nine characters around it, scored by jieba's word frequencies,
   gains from the change (``seg``); the character as written is not part of a common
   word (a frequency over 100 in jieba's dictionary), nor of a word of today's reports
   that the corpora hardly know (痛点, 赋能), nor, by its neighbours, of a name (马咀村,
   居民郝丽艳).

The thresholds (lm > 5, seg > 2, lm + seg / 2 > 12, or 14 for a character only of the
same syllable by pypinyin) were chosen on the tune part of the development sentences
(benchmarks/typos.py) for a sentence precision of 0.95 or more and at most 0.5% of clean
sentences flagged.
"""
from __future__ import annotations

import math
import operator
import re
from typing import Dict, FrozenSet, Iterator, List, NamedTuple, Optional, Tuple

from lintlaw import segment
from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule
from lintlaw.wording import quote

from . import _wording

LM_MIN = 5.0
SEG_MIN = 2.0
SEG_WEIGHT = 0.5
GAIN_MIN = 12.0
EXTRA_MARGIN = 2.0  # more for a character of the same syllable only (pypinyin), not in pycorrector's sets
COMMON_WORD = 100

_WINDOW = 4  # characters on each side in the segmentation score
# A judgement reads at most these many characters before and after the suspect (a name's
# title up to eight before, a report word up to five after, the segmentation window).
_CONTEXT_BEFORE, _CONTEXT_AFTER = 8, 6
# A look-alike is a candidate only if the pair it makes is common (seen five times, build.py)
# and its score beats the unseen pair's by this much (log units): a third of the
# suspects go, and 0.018 of the official-document recall on the tune sentences with them.
PAIR_GAIN_MIN = 2.0
PAIR_GAIN_MIN_EXTRA = 4.0  # for a same-syllable look-alike only (pypinyin): no loss on the tune sentences, fewer suspects
_LONGEST_WORD = 6


# A place name's last characters: 马咀村, 一坊社区, 桃园路 (a character right before them).
_PLACE_AFTER = lazy(r"[^\u4e00-\u9fff]?(?:村|社区|镇|乡|街道|路|街|巷|屯|庄|寨|沟|湾|岭|坪|坝|垸|嘴|咀|峪|店|铺|"
                    r"桥|寺|祠|庙|山|河|湖|江|溪|港|岛|园|苑|小区|大道|胡同|组|队|县|旗)")
# A person's name after a title or role: 居民郝丽艳, 主任高雨, 记者张三 (up to three characters).
_PERSON_BEFORE = lazy(r"(?:居民|村民|群众|书记|主任|局长|主席|县长|市长|区长|镇长|乡长|院长|所长|科长|站长|队长|经理|"
                      r"记者|同志|先生|女士|教授|代表|委员|干警|民警|律师|法官|检察官|调解员|志愿者|网格员|当事人|"
                      r"申请人|被申请人|原告|被告|第三人|负责人|组长|专家|老师|医生|作者|著作[）)]?)[\u4e00-\u9fff]{0,2}\Z")


# Words of today's reports that 1998 news and the statutes hardly know (and jieba counts
# few times): a character inside one is not reported (痛点 is not 重点).
_REPORT_WORDS = lazy("|".join(map(re.escape,
    "痛点 堵点 难点 短板 弱项 赋能 抓手 闭环 兜底 托底 一网通办 跨省通办 接诉即办 最多跑一次 放管服 "
    "网格员 网格化 数字化 智慧 云端 线上 线下 直播 短视频 公众号 小程序 二维码 扫码 刷脸 掌上 指尖 "
    "点对点 面对面 背靠背 手拉手 一站式 全链条 全周期 全流程 全覆盖 无死角 零距离 常态化 长效化 "
    "精准化 精细化 便利化 标准化 规范化 法治化 清单化 项目化 台账化 "
    "包容审慎 轻微免罚 首违不罚 柔性执法 说理式 非现场 双随机 一公开 互联网+ 告知承诺 容缺受理 "
    "枫桥经验 八五普法 七五普法 法律明白人 法治带头人 学法用法 述法 谁执法谁普法".split())))


class Typo(NamedTuple):
    at: int  # offset in the paragraph
    wrong: str
    right: str
    word: str  # the word the right character makes
    certain: bool  # no other character passes the thresholds here


@rule(
    code="LL601",
    name="typo",
    severity="warning",
    summary="错别字：字形或读音相近的字误用，如“总休方案”“营商环竟”",
    summary_en="A wrong character where a similar-sounding or similar-looking one makes the expected word (总休方案 for 总体方案, 营商环竟 for 营商环境)",
    why=(
        "输入法造成的错别字是审读公文时最常见的问题。本规则只在证据充分时报告：该字与前后字的搭配在约480万字的"
        "法律条文和新闻语料中罕见；换成音近或形近字后，字三元语言模型和分词词频都明显更好，且换后的字与前后字组成"
        "常见词，原字不在常见词中。人名、地名等专名可能被误报，可用 --ignore typo 或 per-file-ignores 关闭。"
    ),
    why_en=(
        "Input-method slips are the first thing a reviewer of an official document finds. This rule reports one only "
        "on strong evidence: the character's pairs with its neighbours are rare in about 4.8 million characters of "
        "statute and news prose; a similar-sounding or similar-looking character reads much better by a character "
        "trigram model and by jieba's word frequencies, makes a common word with its neighbours, while the character "
        "as written belongs to no common word. Proper names can still be reported; turn the rule off with "
        "--ignore typo or per-file-ignores."
    ),
    bad=[
        "研究制定全区法治政府建设总休方案，明确责任分工。",
        "持续优化法治化营商环竟，严格规范涉企行政检查。",
        "加强知只产权保护，严厉打击侵权假冒行为。",
        "严格执行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制渡。",
        "我局高度重视法治政府建设，将其纳入年度工作要点统筹推进，切实加强阻织领导。",
        "建立健全行政裁量权基准制度，细化量化裁量范围、种类和幅渡。",
        "完善行政调解、行政裁决、行政复议、行政诉讼有机衔接的纠纷化解机制，有效化解矛盾纠分。",
        "坚持依法行政，推进政务公开，主动接受人大监督和社会舆论监都。",
        "组织全体干部职工参加学法用法考试，切实提升干部法治素样。",
    ],
    good=[
        "研究制定全区法治政府建设总体方案，明确责任分工。",
        "持续优化法治化营商环境，严格规范涉企行政检查。",
        "加强知识产权保护，严厉打击侵权假冒行为。",
        "严格执行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度。",
        "我局高度重视法治政府建设，将其纳入年度工作要点统筹推进，切实加强组织领导。",
        "建立健全行政裁量权基准制度，细化量化裁量范围、种类和幅度。",
        "陕西省铜川市耀州区石柱镇马咀村党总支书记、村委会主任，居民郝丽艳二十年如一日照顾老人。",
        "坚持依法行政，推进政务公开，主动接受人大监督和社会舆论监督。",
        "2023年共办理行政复议案件56件，其中维持38件、撤销5件、确认违法3件。",
    ],
    fixable="unsafe",
)
def typo(doc: Document) -> Iterator[Finding]:
    claimed = None
    for at, t in find_typos(doc):
        if claimed is None:
            claimed = _claimed(doc)
        if not any(start <= at < end for start, end in claimed):
            yield _finding(at, t)


def _claimed(doc: Document) -> List[Tuple[int, int]]:
    """Spans the other wording rules report: one slip, one finding (布署 is a confusable word, not a typo)."""
    from . import confusables, dropped, formulations, variants

    spans = [(f.start, f.end) for module in (confusables, dropped, variants) for f in module.findings(doc)]
    spans.extend((m.start, m.end) for m in formulations.misses(doc))
    return spans


def find_typos(doc: Document) -> List[Tuple[int, Typo]]:
    """(offset in the document, typo) of each character reported, in order.

    The document's distinct character pairs are sorted out once (seen, or unseen and
    repairable by a look-alike); each paragraph then only intersects its own pairs with
    the repairable ones, in C.  A suspect is judged from the fourteen characters around
    it, and the same fourteen characters are judged once a document.
    """
    distinct = dict.fromkeys(para.folded for para in doc.paragraphs)  # a paragraph written again: once
    pairs: set = set()
    for ptext in distinct:
        pairs.update(map(operator.add, ptext, ptext[1:]))
    repairable = _repairable(pairs)
    if not repairable:
        return []
    keys = repairable.keys()
    judged: Dict[Tuple[str, int], Optional[Typo]] = {}
    by_paragraph = {ptext: _paragraph_typos(ptext, keys, repairable, judged) for ptext in distinct}
    out = []
    for para in doc.paragraphs:
        out.extend((para.start + t.at, t) for t in by_paragraph[para.folded])
    return out


def _paragraph_typos(ptext: str, keys, repairable, judged) -> List[Typo]:
    hits = keys & set(map(operator.add, ptext, ptext[1:]))
    if not hits:
        return []
    candidates: Dict[int, set] = {}
    for pair in hits:
        fix_a, fix_b = repairable[pair]
        at = ptext.find(pair)
        while at >= 0:
            if fix_a:
                candidates.setdefault(at, set()).update(fix_a)
            if fix_b:
                candidates.setdefault(at + 1, set()).update(fix_b)
            at = ptext.find(pair, at + 1)
    found = []
    for at in sorted(candidates):
        lo = max(0, at - _CONTEXT_BEFORE)
        key = (ptext[lo:at + _CONTEXT_AFTER], at - lo)
        if key in judged:
            typo_ = judged[key]
        else:
            typo_ = judged[key] = _judge(ptext, at, candidates[at])
        if typo_ is not None:
            found.append(typo_._replace(at=at))
    return found


def _repairable(pairs) -> Dict[str, Tuple[FrozenSet[str], FrozenSet[str]]]:
    """pair -> (characters that could stand for its first, for its second) for each pair of
    Chinese characters the model never saw (twice), where a look-alike of one of them
    would make the pair a common one (seen at least five times)."""
    lm = _wording.charlm()
    confusion = _wording.confusion()
    followers = lm.followers
    unigrams, total = lm.unigrams, lm.total
    seen_after: Dict[str, str] = {}
    out = {}
    for pair in pairs:
        a, b = pair
        if not ("\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"):
            continue
        after = seen_after.get(a)
        if after is None:
            after = seen_after[a] = followers(a)
        if b in after:
            continue
        # a wrong: a character like a that b commonly follows; b wrong: like b, commonly after a.
        like_a, like_b = confusion.get(a), confusion.get(b)
        fix_a = lm.common_preceders(b) & like_a[2] if like_a else frozenset()
        fix_b = lm.common_followers(a) & like_b[2] if like_b else frozenset()
        if fix_a or fix_b:
            unseen = math.log(0.4 * (unigrams.get(b, 0) + 0.5) / total)  # b after a, backed off
            strong_a = like_a[0] if like_a else frozenset()
            strong_b = like_b[0] if like_b else frozenset()
            fix_a = frozenset(c for c in fix_a if math.log(lm.bigram(c, b) / unigrams[c]) - unseen
                              >= (PAIR_GAIN_MIN if c in strong_a else PAIR_GAIN_MIN_EXTRA))
            fix_b = frozenset(c for c in fix_b if math.log(lm.bigram(a, c) / unigrams[a]) - unseen
                              >= (PAIR_GAIN_MIN if c in strong_b else PAIR_GAIN_MIN_EXTRA))
        if fix_a or fix_b:
            out[pair] = (fix_a, fix_b)
    return out


def _in_a_name(text: str, at: int) -> bool:
    """Is text[at] likely part of a proper name (a village, a street, a person)?

    Names are the rule's main source of false alarms: their characters are chosen, not
    common words (马咀村, 一坊社区, 郝丽艳).  A character right before a place suffix,
    or just after a title that introduces a person's name, is left alone.
    """
    if _PLACE_AFTER.match(text, at + 1, at + 4):
        return True
    return bool(_PERSON_BEFORE.search(text, max(0, at - 8), at + 1))


def _judge(text: str, at: int, candidates) -> Optional[Typo]:
    # Cheapest test first: nine in ten suspects have no candidate the model likes.
    better = [(char, gain) for char, gain in _wording.charlm().gains(text, at, candidates) if gain > LM_MIN]
    if not better or _in_a_name(text, at) or _REPORT_WORDS.search(text, max(0, at - 5), at + 6):
        return None
    wrong = text[at]
    strong = _wording.confusion()[wrong][0]
    passed: List[Tuple[float, str, str]] = []
    seg_base: Optional[float] = None
    own_word: Optional[int] = None
    for char, lm_gain in better:
        changed = text[:at] + char + text[at + 1:]
        word, freq = _best_word(changed, at)
        if not freq:
            continue
        if own_word is None:
            own_word = _best_word(text, at)[1]
            if own_word > COMMON_WORD:
                return None
        a, b = max(0, at - _WINDOW), min(len(text), at + _WINDOW + 1)
        if seg_base is None:
            seg_base = _segment_score(text[a:b])
        seg_gain = _segment_score(changed[a:b]) - seg_base
        needed = GAIN_MIN if char in strong else GAIN_MIN + EXTRA_MARGIN
        if seg_gain > SEG_MIN and lm_gain + SEG_WEIGHT * seg_gain > needed:
            passed.append((lm_gain, char, word))
    if not passed:
        return None
    passed.sort(reverse=True)
    _, char, word = passed[0]
    return Typo(at, wrong, char, word, len(passed) == 1)


def _best_word(text: str, at: int) -> Tuple[str, int]:
    """The most frequent dictionary word of two to four characters covering ``at``."""
    index = segment.frequencies()
    best, best_freq = "", 0
    for n in (2, 3, 4):
        for a in range(max(0, at - n + 1), min(at, len(text) - n) + 1):
            word = text[a:a + n]
            freq = index.freq(word) or 0
            if freq > best_freq:
                best, best_freq = word, freq
    return best, best_freq


def _segment_score(text: str) -> float:
    """log probability of the best segmentation of ``text`` into dictionary words (jieba's unigram route)."""
    index = segment.frequencies()
    log_total = math.log(index.total)
    n = len(text)
    route = [0.0] * (n + 1)
    for i in range(n - 1, -1, -1):
        best = -1e18
        for j in range(i + 1, min(n, i + _LONGEST_WORD) + 1):
            freq = index.freq(text[i:j])
            if freq or j == i + 1:
                value = math.log(freq or 1) - log_total + route[j]
                if value > best:
                    best = value
            elif freq is None:
                break  # no dictionary word starts with text[i:j]
        route[i] = best
    return route[0]


def _finding(start: int, t: Typo) -> Finding:
    fix = Fix((Edit(start, start + 1, t.right),), safe=False,
              description=Msg(f"改为{quote(t.right)}", f"write {quote(t.right)}")) if t.certain else None
    return Finding(
        start, start + 1,
        Msg(f"{quote(t.wrong)}疑为{quote(t.right)}之误（{t.word}）",
            f"{quote(t.wrong)} is probably a slip for {quote(t.right)} ({t.word})"),
        help=Msg(f"核对后改为{quote(t.right)}：{t.word}", f"check it and write {quote(t.right)}: {t.word}"),
        fix=fix,
    )
