"""A character lost from a fixed pair or term: 市委、政府 for 市委、市政府, 政务信息开 for
政务信息公开, 法治府 for 法治政府.

Only forms that are never right as written, or that the words after them show to be
cut short, are reported: 信息开 before 工作, 平台 or a punctuation mark (信息开放 and 信息开发
are words); 县委、政府 but not 党委、政府 (the Party committee and the government, both
written out).  Beside the listed cuts, those of a list of fixed terms are made from the terms
(``generated_cuts``): a loss inside a term that leaves two characters prose never writes together.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, List, NamedTuple, Optional

from lintlaw import segment
from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.registry import rule
from lintlaw.wording import quote

from . import _wording

# What may follow a term that ends there: a mark, the end, a count (政务信息开326条), or a word
# that takes the term.
_TERM_END = (r"(?:[，。、；：！？）)”\s\d]|$|工作|平台|专栏|制度|指南|年报|年度报告|目录|网站|条例|规定|办法|事项|内容|情况|"
             r"力度|水平|质量|标准|要点|规范|案件|决定|机关|机构|申请|意见|程序|清单|目录|和|与|及)")


# The end of a clause: a mark or the end of the line.
_CLAUSE_END = r"(?:[，。、；：！？）)”\s]|$)"


# What follows 建设 as the first half of a longer name or before what it qualifies (法治政府建设示范县,
# 法治社会建设工作, 党风廉政建设责任制), or a mark where the phrase ends.
_BUILDING_AFTER = (r"(?:示范|工作|领域|考核|督察|督查|年度|情况|成效|目标|任务|进程|责任|指标|体系|重点|要点|各项|"
                   r"取得|迈上|实现|纳入|列入|和|与|及|[，。、；：）)”])")


class Cut(NamedTuple):
    written: str  # as found
    missing: str  # the character lost
    at: int  # where it goes, within ``written``
    after: Optional[str]  # the text after ``written`` must match this
    before: Optional[str]  # the text before ``written`` must end with this (captured: the level)
    not_before: Optional[str]


CUTS = (
    # 市委、政府 -> 市委、市政府: the level is written again before 政府.
    Cut("委、政府", "", 2, None, r"[省市区县州盟旗]", None),
    # Written without the 、 too (省委省政府和市委政府): the level is written before 政府 as before 委.
    Cut("委政府", "", 1, None, r"[省市区县州盟旗]", None),
    # 营商环境 with 境 dropped: 营商环 goes on with nothing else (优化营商环，提升…).
    Cut("营商环", "境", 3, r"(?!境)", None, None),
    Cut("信息开", "公", 2, _TERM_END, None, None),
    Cut("政务开", "公", 2, _TERM_END, None, None),
    Cut("法治府", "政", 2, None, None, None),
    Cut("法治建", "设", 3, r"(?![设立])", None, None),
    # 法治政府建设 (法治社会建设, 党风廉政建设) with 设 dropped before the noun it qualifies
    # (争创法治政府建示范县, 法治社会建工作); 法治政府建成 and 建立 are verbs.
    Cut("法治政府建", "设", 5, _BUILDING_AFTER, None, None),
    Cut("法治社会建", "设", 5, _BUILDING_AFTER, None, None),
    # 法治政府建设 with 建 or 府 dropped inside it (深入推进法治政府设, 法治政建设); 设立, 设计 and
    # 设置 are a government's own verbs after its name.
    Cut("法治政府设", "建", 4, r"(?![立计置施定])", None, None),
    Cut("法治政建设", "府", 3, None, None, None),
    Cut("党风廉政建", "设", 5, _BUILDING_AFTER, None, None),
    # 党风廉政建设 with 党 dropped: 风 opens no other word before 廉政建设 but another 风's
    # (作风, 行风, 警风, 家风 …: 加强作风廉政建设); 行 of a verb (履行, 推行) is no 行风.
    Cut("风廉政建设", "党", 0, None, None, r"[党作学文家警医校民政税院检军师商]|(?<![履执进实推举施运发])行"),
    Cut("规范性文", "件", 4, r"(?![件字本])", None, None),
    Cut("合法性审", "查", 4, r"(?![查核慎])", None, None),
    Cut("重大行政决", "策", 5, r"(?![策定议])", None, None),
    Cut("行政复", "议", 3, _TERM_END, None, None),
    # 依法行政 with 政 dropped, shown by what follows the term (依法行能力, 依法行的意识, 依法行，);
    # 依法行使, 依法行事, 依法行医 and 依法行驶 go on with a verb's second character.
    # 领导小组 with 导 dropped (成立以局长为组长的领小组); 带领小组成员, 率领小组 are a verb's.
    Cut("领小组", "导", 1, None, None, r"[带率引统占认首要]"),
    # 人大常委会 with 委 dropped (按时向县人大常会报送): 常会 is no body of a people's congress.
    Cut("人大常会", "委", 3, None, None, None),
    # 第一责任人职责 with 人 dropped (落实安全生产第一责任职责): a duty is the person's.
    Cut("第一责任职责", "人", 4, None, None, None),
    Cut("依法行", "政", 3, r"(?:[，。、；：！？）)”\s]|$|能力|水平|意识|观念|理念|工作|示范|考核|责任|情况|的|和|与|及)",
        None, None),
    # 满意 with 满 dropped where a clause ends on it or it qualifies (均表示意。, 让人民群众意, 群众意度):
    # 意 alone ends no clause after 表示, 群众 or 人民 (表示意见, 群众意愿, 人民意志 go on).
    # 位居全省前列 with 居 dropped (继续位全省前列); 各单位全省… is a body's name before the province.
    Cut("位全省", "居", 1, r"(?:前列|前茅|第)", None, r"[单岗职部学品方地首]"),
    Cut("位全市", "居", 1, r"(?:前列|前茅|第)", None, r"[单岗职部学品方地首]"),
    # 承办单位 with 位 dropped before what it does (交由40家承办单办理).
    Cut("承办单", "位", 3, r"(?:[，。、；]|办理|负责|按|要|应|及时|认真)", None, None),
    Cut("表示意", "满", 2, _CLAUSE_END, None, None),
    Cut("群众意", "满", 2, r"(?:" + _CLAUSE_END + r"|的|度|率)", None, None),
    Cut("人民意", "满", 2, r"(?:" + _CLAUSE_END + r"|的|度|率)", None, None),
)


# Fixed terms of reports and 公文 whose every character is the term's: a character lost inside one
# leaves two characters side by side that prose never writes together (法治传教育, 党的二十精神), or
# cuts its end off before a mark (三项制。, 谁执法谁普”).  The cuts of these are made, not listed
# (``generated_cuts``).
TERMS = (
    "全面依法治国", "依法治国", "依法执政", "法治国家", "法治社会", "法治中国", "法治宣传教育", "普法宣传教育",
    "谁执法谁普法", "谁主管谁负责", "八五普法", "七五普法", "行政执法三项制度", "三项制度", "行政执法公示制度",
    "执法全过程记录制度", "重大执法决定法制审核", "法制审核", "党的二十大精神", "党的十九大精神", "党的二十届三中全会",
    "习近平新时代中国特色社会主义思想", "习近平法治思想", "两个维护", "两个确立", "四个意识", "四个自信",
    "以人民为中心", "放管服改革", "优化营商环境", "政务服务", "一网通办", "最多跑一次", "双随机、一公开",
    "行政复议", "行政诉讼", "行政应诉", "行政机关负责人出庭应诉", "出庭应诉", "规范性文件", "合法性审查",
    "公平竞争审查", "法律顾问", "公职律师", "法律援助", "人民调解", "矛盾纠纷", "法治文化", "民法典",
    "宪法宣传周", "国家宪法日", "法治政府建设", "法治建设第一责任人", "尊法学法守法用法", "综合行政执法",
    "行政处罚", "行政许可", "行政强制", "扫黑除恶", "平安建设", "安全生产", "政府信息公开", "政务公开",
    "人大代表建议", "政协委员提案", "党风廉政建设", "中央八项规定", "乡村振兴", "高质量发展", "新发展理念",
    "新发展格局", "重大行政决策程序暂行条例", "政府信息公开条例", "法治政府建设实施纲要", "枫桥经验",
    "重大行政决策", "公共法律服务", "人民调解委员会",
    # short formulas, with the words they are quoted in (a loss inside “两个维护” alone leaves three characters)
    "思想为指导", "做到“两个维护”", "增强“四个意识”", "坚定“四个自信”", "领悟“两个确立”",
)
_END_MARK = r"(?:[，。、；：！？”’）)\s]|$)"
# The heads of slogans and formulas among TERMS (两个维护, 八五普法, 依法治国, 法治社会): a loss in one
# is the formulation rule's question.
_FORMULA_HEADS = tuple("一二三四五六七八九两") + ("依法", "法治")


@lru_cache(maxsize=1)
def generated_cuts() -> tuple:
    """Cuts of ``TERMS``: a character lost inside a term where the two characters it leaves side by side
    are never seen together in the character model's prose; the last character of a term of five or
    more lost before a mark.  Not where what is left is a common word, a set phrase or part of another
    term, nor where a listed cut says more.  A four-character term's three left (法律助, 矛纠纷) only where
    they are no dictionary word nor its start (人民调|查), the term is no slogan's (两确立 is formulation's),
    and, in the text, the last of them makes no common word with the next (法律助|理)."""
    lm = _wording.charlm()
    freq = segment.frequencies().freq
    common = _wording.common_words() | _wording.set_phrases()
    listed = {cut.written for cut in CUTS}
    made = {}
    for term in TERMS:
        for i in range(1, len(term)):
            written = term[:i] + term[i + 1:]
            if written in listed or written in made or written in common or not _wording.is_han(term[i]):
                continue
            if any(written in other for other in TERMS if other != term):
                continue
            if i < len(term) - 1:
                if len(written) < 3 or lm.bigram(term[i - 1], term[i + 1]):
                    continue  # two side by side that prose writes together are no sign of a loss (经营环境
                    # holds 营环境)
                if len(written) == 3 and (freq(written) is not None or term.startswith(_FORMULA_HEADS)):
                    continue  # three characters that are a dictionary word or begin one (人民调|查); a
                    # slogan's short form (两确立, 依治国) is formulation's
                made[written] = Cut(written, term[i], i, None, None, None)
            elif len(term) >= 5 and written[-2:] not in common:
                # (宪法宣传, 国家宪法 end on a word: whole phrases of their own)
                made[written] = Cut(written, term[i], i, _END_MARK, None, None)
    return tuple(made.values())


@lru_cache(maxsize=1)
def _generated_written() -> frozenset:
    return frozenset(cut.written for cut in generated_cuts())


@lru_cache(maxsize=1)
def _compiled():
    by_written = {}
    for cut in CUTS + generated_cuts():
        by_written[cut.written] = (
            cut,
            re.compile(cut.after) if cut.after else None,
            re.compile(r"(" + cut.before + r")\Z") if cut.before else None,
            re.compile(r"(?:" + cut.not_before + r")\Z") if cut.not_before else None,
        )
    return by_written


_wording.needle_source("dropped-character", lambda: [cut.written for cut in CUTS + generated_cuts()])


@rule(
    code="LL605",
    name="dropped-character",
    script="simplified",
    severity="warning",
    summary="固定搭配漏字：市委、政府（市委、市政府），政务信息开（政务信息公开）",
    summary_en="A character dropped from a fixed pair or term (市委、政府 for 市委、市政府; 政务信息开 for 政务信息公开)",
    why=(
        "并列的机关名称各自写全：“市委、市政府”“县委、县政府”，不写“市委、政府”，更不写层级全丢的“在委、政府”（“党委、政府”是泛指，不在此列）。"
        "政务公开、政府信息公开、法治政府、规范性文件、合法性审查、重大行政决策、行政复议等术语漏字是录入常见差错。"
        "报告常用的固定术语和提法（党的二十大精神、行政执法三项制度、谁执法谁普法、做到“两个维护”等）中间漏字，"
        "留下两个在语料中从不相连的字（党的二十精神），或在标点前丢了末字（三项制。），也报告；剩下的字与前一字成词的（最优营商环境）不报。"
    ),
    why_en=(
        "Paired organs are each named in full: 市委、市政府, 县委、县政府, not 市委、政府, let alone 在委、政府 with both levels lost "
        "(党委、政府, the Party committee "
        "and the government in general, is right). Terms such as 政务公开, 政府信息公开, 法治政府, 规范性文件, 合法性审查, "
        "重大行政决策 and 行政复议 with a character dropped are common typing slips. So is a character lost inside one of the "
        "fixed terms and formulas reports use (党的二十大精神, 行政执法三项制度, 谁执法谁普法, 做到“两个维护”), leaving two characters "
        "side by side that prose never writes together (党的二十精神), or its last one lost before a mark (三项制。); not where "
        "what is left makes a word with the character before it (最优营商环境)."
    ),
    bad=[
        "全年共办理法律助案件120件，排查化解矛纠纷1200件。",
        "认真落实省委省政府和市委政府关于推进政务公开工作的部署。",
        "以高质量的政务公开助力优化营商环，推动高质量发展。",
        "在市委、政府的坚强领导下，我局法治政府建设取得新成效。",
        "不断提升领导干部依法行能力和水平，全年未发生行政败诉案件。",
        "成立以镇长为组长的安全生产领小组，统筹推进专项整治。",
        "按时向县人大常会报送年度执法检查报告。",
        "调解结束后，双方当事人均表示意。",
        "党委书记带头落实安全生产第一责任职责。",
        "县委、政府高度重视法治建设，多次召开专题会议研究部署。",
        "在委、政府的坚强领导下，我局法治政府建设取得新成效。",
        "全面推进政务信息开工作，主动公开政府信息1200余条。",
        "全年主动公开政务信息开326条，办理依申请公开12件。",
        "深入推进政务开，在门户网站设置专栏。",
        "加快建设法治府，推动依法行政取得新进展。",
        "全年审查规范性文3件，均报区人大常委会备案。",
        "对重大行政决事项开展合法性审查，未经审查的不得提交讨论。",
        "依法办理行政复案件12件，纠错率25%。",
        "争创省级法治政府建示范县，认真落实风廉政建设主体责任。",
        "2024年，我县深入推进法治政府设，全面提升依法行政水平。",
        "扎实推进法治政建设示范创建，严格规范公正文明执法。",
        # a loss inside a fixed term, leaving two characters prose never writes together, or its end before a mark
        "深入学习宣传贯彻党的二十精神，全面落实行政执法三项制。",
        "落实“谁执法谁普”普法责任制，坚决做到“两个护”。",
        "群众满意度继续位全省前列，建议交由40家承办单办理。",
    ],
    good=[
        "聘请法律助理2名，局负责人出庭诉讼案件12件，行政可以依法作出决定。",
        "各级党委政府高度重视，持续优化营商环境。",
        "局长带领小组成员深入企业开展执法检查。",
        "双方当事人均表示满意，对群众意见逐条回复，充分尊重人民意愿。",
        "按时向县人大常委会报送年度执法检查报告，党委书记带头落实安全生产第一责任人职责。",
        "在市委、市政府的坚强领导下，我局法治政府建设取得新成效。",
        "不断提升依法行政能力，依法行使职权，依法行事、依法行医，车辆依法行驶。",
        "各级党委、政府高度重视法治建设，镇党委、政府多次召开专题会议研究部署。",
        "全面推进政务信息公开工作，推动公共数据信息开放共享，加强信息开发利用。",
        "深入推进政务公开，在门户网站设置专栏。",
        "加快建设法治政府，推动法治建设取得新进展。",
        "全年审查规范性文件3件，均报区人大常委会备案。",
        "对重大行政决策事项开展合法性审查，未经审查的不得提交讨论。",
        "对拟出台的文件开展合法性审差。",
        "依法办理行政复议案件12件，行政复核案件3件，纠错率25%。",
        "法治政府建成率位居全市前列，持续加强作风廉政建设，认真履行党风廉政建设责任制。",
        "县政府设立法治政府建设专项经费，深入推进法治政府建设。",
        "打造最优营商环境，深入开展宪法宣传，落实行政执法三项制度。",
    ],
    fixable="unsafe",
)
def dropped_character(doc: Document) -> Iterator[Finding]:
    return iter(findings(doc))


def findings(doc: Document) -> List[Finding]:
    """This rule's findings, computed once a document (the typo rule leaves their places alone)."""
    return doc.memo("wording-dropped", lambda d: list(_scan(d)))


def _stands_for(written: str, missing: str) -> bool:
    """Does ``written``, the character after a term cut short, sound or look like the one it
    lost?  Then the term is whole with a slip in it (合法性审差), one defect for the typo rule."""
    like = _wording.confusion().alike(missing) if written else None
    return bool(like) and written in like[1]


# 在县委、县政府 with both levels dropped (在委、政府的领导下): 委 alone after 在 names no body.
_LEVELS_LOST = re.compile(r"(?<=在)委、?政府")


def _levels_lost(doc: Document) -> Iterator[Finding]:
    for match in _LEVELS_LOST.finditer(doc.folded):
        written = match.group()
        yield Finding(
            match.start(), match.end(),
            Msg(f"{quote(written)}漏写了机关的层级，应为“市委、市政府”“县委、县政府”等",
                f"{quote(written)} lost the organs' level: 市委、市政府, 县委、县政府 …"),
            help=Msg("在“委”和“政府”前各补上层级（省、市、县、区）", "add the level (省, 市, 县, 区) before 委 and before 政府"),
        )


_LOOK_BACK = 4


def _joined_before(text: str, start: int, length: int) -> bool:
    """Do the words of the text around ``start`` (jieba's segmentation of the Chinese characters
    just before and of the term) join the term's first character to the one before it (最优营商环境:
    最优; not 落实行政执法…: 落实 / 行政)?"""
    lo = start
    while lo > max(0, start - _LOOK_BACK) and _wording.is_han(text[lo - 1]):
        lo -= 1
    if lo == start:
        return False
    return any(a < start - lo < b for a, b in segment.han_words(text[lo:start + length]))


def _scan(doc: Document) -> Iterator[Finding]:
    if "在委" in doc.folded:
        yield from _levels_lost(doc)
    by_written = _compiled()
    text = doc.folded
    made = _generated_written()
    for start, written in _wording.occurrences(doc, by_written.keys()):
        cut, after, before, not_before = by_written[written]
        end = start + len(written)
        if after is not None and not after.match(text, end):
            continue
        if cut.missing and text.startswith("\n" + cut.missing, end):
            continue  # a line broken inside the term (行政复 / 议): the character is on the next line
        if cut.missing and cut.at == len(written) and _stands_for(text[end:end + 1], cut.missing):
            continue  # not dropped but mistyped (合法性审差: 差 for 查), the typo rule's
        if written in made and _joined_before(text, start, len(written)):
            continue  # its first character is a word's with the one before (最优营商环境: 优 is 最优's, not 优化's)
        if written in made and len(written) == 3 and text[end - 1:end + 1] in _wording.common_words():
            continue  # its last character is a word's with the next (法律助理: 助理 is a word)
        head = text[max(0, start - 4):start]
        missing = cut.missing
        if before is not None:
            level = before.search(head)
            if level is None:
                continue
            missing = level.group(1)
        if not_before is not None and not_before.search(head):
            continue
        at = start + cut.at
        right = written[:cut.at] + missing + written[cut.at:]
        yield Finding(
            start, end,
            Msg(f"{quote(written)}疑漏写{quote(missing)}，应为{quote(right)}", f"{quote(written)} seems to have lost {quote(missing)}: {quote(right)}"),
            help=Msg(f"补上{quote(missing)}：{right}", f"add {quote(missing)}: {right}"),
            fix=Fix((Edit(at, at, missing),), safe=False, description=Msg(f"补上{quote(missing)}", f"add {quote(missing)}")),
        )
