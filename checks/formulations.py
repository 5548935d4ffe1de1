"""Fixed political and legal formulations (固定提法) misquoted, or in a form outdated for the
report's year.

Four kinds of finding, all from the project's reference list of 65 formulations with
their sources (../shared/reference/laws/formulations.jsonl; the phrases, wrong forms and
dates below are taken from it, the choice of which to check is ours):

- a near miss: a long formulation written with one character changed, dropped or added
  inside it, or two neighbours swapped (习近平法制思想, 法治政府建设与责任落实督查工作规定).  Each phrase is looked
  for with one edit (``_one_edit``) in a window around either half of it written right,
  which a one-error miss always keeps; a change at the very first or last character is
  left alone (a different phrase may start or end there);
- a wrong form the reference list records (习近平依法治国思想);
- an outdated form, when the report's year is after the date the new one holds from
  (习近平全面依法治国新理念新思想新战略 in a report on 2021 or later; 三个自信 in a report on
  2017 or later, or, the year unknown, beside 四个意识 or 两个维护, which date the paragraph;
  中国特色社会主义法制体系 in a report on 2015 or later, or beside 全面依法治国 or 习近平);
- two neighbouring items of a formulation of fixed order swapped (尊法守法学法用法,
  严格规范文明公正执法).

政府信息公开工作年度报告 is the name of a kind of report, not a formulation: a page titles its
own report as it likes (关于2022年政府信息公开工作的年度报告).

Phrases that have a right neighbour one character away are not matched loosely: 中国特色
社会主义法治体系 (法律体系 is a different, right term), 统筹发展和安全 (与 is common), 党的
二十届三中全会 (二中 is another plenum), 中华民族伟大复兴的中国梦 (central texts also write
it without 的).  新时代中国特色社会主义思想 without 习近平 is not reported either: central
texts use the short form after the full name; but the guiding formula 以……为指导 and the name of
the 2023 主题教育 always write it in full.

A numbered slogan of the Party's formulas (``NUMBERED``: 两个确立, 两个维护, 四个意识, 四个自信) written
one character off where it stands in its formula -- after its own verb (坚决做到“两个拥护”) or as an
item beside another slogan of the list (增强“四个意识”、坚定“四个自觉”) -- is misquoted; a local
slogan of the same number elsewhere (实现“两个确保”目标) is left alone.

A formulation that lists its items before a fixed ending (``LISTED``: 职能科学……人民满意的法治
政府) written with one inner item left out is a misquotation too, and so is a slogan of parallel
items (``SLOGANS``: 疫情要防住、经济要稳住、发展要安全) written with one item's last word changed.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import permutations
from typing import Iterator, List, NamedTuple, Optional, Tuple

from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.profiles import report_year
from lintlaw.registry import rule
from lintlaw.wording import quote

from . import _wording

# Phrases checked for near misses (at least 7 characters, no right neighbour one edit away).
NEAR_MISS_PHRASES = (
    "习近平新时代中国特色社会主义思想",
    "习近平法治思想",
    "习近平生态文明思想",
    "以习近平同志为核心的党中央",
    "中国共产党领导是中国特色社会主义最本质的特征",
    "在法治轨道上推进国家治理体系和治理能力现代化",
    "严格规范公正文明执法",
    "科学立法、严格执法、公正司法、全民守法",
    "职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意",
    "党政主要负责人履行推进法治建设第一责任人职责",
    "尊法学法守法用法",
    "中央全面依法治国委员会",
    "中央全面依法治国工作会议",
    "法治政府建设与责任落实督察工作规定",
    "法治政府建设实施纲要",
    "法治社会建设实施纲要",
    "全过程人民民主",
    "坚持以人民为中心",
    # long formulations a report quotes whole, where a dropped character hides inside (法治社一体建设,
    # 第一责任人职规定).  Not 依法治国、依法执政、依法行政共同推进 (a county writes 依法治县 there), not
    # 推进国家治理体系… (推动 is as right), not 人民当家作主 (当家做主 is widespread).
    "法治国家、法治政府、法治社会一体建设",
    "党政主要负责人履行推进法治建设第一责任人职责规定",
    "办事依法、遇事找法、解决问题用法、化解矛盾靠法",
    # the new development philosophy as the formula has it: 贯彻 (or 践行) 新发展理念, never 观念
    "贯彻新发展理念",
    "践行新发展理念",
    # the reference list's other long formulations that no right phrase is one slip from
    "职责明确、依法行政的政府治理体系",
    "基本建成法治国家、法治政府、法治社会",
    "中国特色社会主义法治道路",
    # the 20th Congress's formulas and the 18th's values, quoted whole in every report since (not
    # 稳中求进工作总基调: a province's own 稳中快进 stands one character from it)
    "以中国式现代化全面推进强国建设、民族复兴伟业",
    "立足新发展阶段",
    "构建新发展格局",
    "社会主义核心价值观",
    # more of the reference list's formulations (../shared/reference/laws/formulations.jsonl) that no
    # right phrase is one slip from, and the opening every report's guiding-thought paragraph quotes
    "以习近平新时代中国特色社会主义思想为指导",
    "学习贯彻习近平法治思想",
    "全面建设社会主义现代化国家",
    "中华民族伟大复兴",
    "统筹发展和安全",
)


# Forms of a near-miss phrase that central documents and reports write too: not misses.
# (第一责任人责任 beside 职责: both in use; 中国共产党的领导是…, the 2016 wording.)
ACCEPTED = {
    "党政主要负责人履行推进法治建设第一责任人职责": ("党政主要负责人履行推进法治建设第一责任人责任",),
    # The wording of the speech of 2016-07-01, before the 2018 constitutional amendment's, still quoted.
    "中国共产党领导是中国特色社会主义最本质的特征": ("中国共产党的领导是中国特色社会主义最本质的特征",),
    "统筹发展和安全": ("统筹发展与安全",),
    "以习近平新时代中国特色社会主义思想为指导": ("以习近平新时代中国特色社会主义思想作指导",),
}


class Replaced(NamedTuple):
    wrong: str
    right: str
    since: int  # the report's year must be at least this (0: always wrong)
    not_after: str  # the wrong form must not be preceded by this (a longer right form)
    why: Msg
    # Where the report's year is unknown: formulations of the same year or later that date
    # the paragraph (增强“四个意识”、坚定“三个自信”、做到“两个维护”); and formulations that, in
    # the same paragraph, show the old form is quoted as history (从“三个自信”到“四个自信”).
    dated_by: Tuple[str, ...] = ()
    history: Tuple[str, ...] = ()
    # The wrong form must not go on with one of these (a longer right name: 中国特色社会主义理论体系).
    not_before: Tuple[str, ...] = ()


_KEYNOTE = Msg("中央经济工作会议和党的十九大报告的提法是“坚持稳中求进工作总基调”",
               "the Central Economic Work Conference and the 19th Congress's report write 稳中求进工作总基调")

REPLACED = (
    Replaced("习近平依法治国思想", "习近平法治思想", 0, "",
             Msg("中央全面依法治国工作会议（2020年11月）确立的名称是“习近平法治思想”",
                 "the name set at the Central Conference on Work Related to Law-based Governance (2020-11) is 习近平法治思想")),
    Replaced("习近平全面依法治国新理念新思想新战略", "习近平法治思想", 2021, "",
             Msg("2020年11月中央全面依法治国工作会议后，统一称“习近平法治思想”",
                 "since the conference of 2020-11 the name is 习近平法治思想")),
    Replaced("社会主义法制国家", "社会主义法治国家", 0, "",
             Msg("党的十五大（1997年）起提“建设社会主义法治国家”，1999年写入宪法",
                 "建设社会主义法治国家 since the 15th Party Congress (1997), in the Constitution since 1999")),
    # The fourth plenum (2014-10) set the goal of 建设中国特色社会主义法治体系; 法律体系 (the body of
    # laws, 2011) is another, right term; 法制体系 is neither.
    Replaced("中国特色社会主义法制体系", "中国特色社会主义法治体系", 2015, "",
             Msg("党的十八届四中全会（2014年10月）提出“建设中国特色社会主义法治体系”",
                 "the fourth plenum of the 18th Central Committee (2014-10) set the goal of 中国特色社会主义法治体系"),
             dated_by=("全面依法治国", "习近平", "党的十九大", "党的二十大", "新时代")),
    Replaced("健全社会主义法制", "健全社会主义法治", 2019, "",
             Msg("2018年宪法修正案将“健全社会主义法制”改为“健全社会主义法治”",
                 "the 2018 constitutional amendment changed 健全社会主义法制 to 健全社会主义法治")),
    Replaced("执法严明、公开公正、廉洁高效、守法诚信", "执法严明、公开公正、智能高效、廉洁诚信、人民满意", 2022, "",
             Msg("《法治政府建设实施纲要（2021—2025年）》的目标是“职能科学、权责法定、执法严明、公开公正、智能高效、"
                 "廉洁诚信、人民满意的法治政府”；“廉洁高效、守法诚信”是2015年纲要的提法",
                 "the 2021—2025 outline's goal reads 智能高效、廉洁诚信、人民满意; 廉洁高效、守法诚信 is the 2015 outline's")),
    # The guiding formula names the thought in full, as the Party constitution has since 2017-10
    # (the short form follows the full name elsewhere in central texts, never in 以……为指导).
    Replaced("以新时代中国特色社会主义思想为指导", "以习近平新时代中国特色社会主义思想为指导", 0, "",
             Msg("党章（2017年10月修正）写“以习近平新时代中国特色社会主义思想为指导”，指导思想写全称",
                 "the Party constitution (2017-10) reads 以习近平新时代中国特色社会主义思想为指导: the guiding thought by its full name")),
    Replaced("学习贯彻新时代中国特色社会主义思想主题教育", "学习贯彻习近平新时代中国特色社会主义思想主题教育", 0, "",
             Msg("2023年主题教育的名称是“学习贯彻习近平新时代中国特色社会主义思想主题教育”",
                 "the 2023 campaign is named 学习贯彻习近平新时代中国特色社会主义思想主题教育")),
    # The thought is a 思想 (Party constitution, 2017-10); a 理论 is the 理论体系 it belongs to
    # (中国特色社会主义理论体系) or a course's or a book's subject (…理论与实践).
    Replaced("新时代中国特色社会主义理论", "新时代中国特色社会主义思想", 0, "",
             Msg("党章（2017年10月修正）写“习近平新时代中国特色社会主义思想”，是“思想”不是“理论”",
                 "the Party constitution (2017-10) names it 习近平新时代中国特色社会主义思想: a 思想, not a 理论"),
             not_before=("体系", "与", "和", "及", "研究", "读本", "课")),
    # 习近平法治思想 (named at the conference of 2020-11) and 习近平新时代中国特色社会主义思想 (the Party
    # constitution's guiding thought) run together: the two names are fixed, no third one joins them.
    # Before the conference some writers did use the blend, so it dates from the report on 2021.
    Replaced("以习近平新时代中国特色社会主义法治思想为指导", "以习近平新时代中国特色社会主义思想为指导", 0, "",
             Msg("指导思想是“习近平新时代中国特色社会主义思想”，“习近平法治思想”另是一个名称，两者不能合写",
                 "the guiding thought is 习近平新时代中国特色社会主义思想; 习近平法治思想 is another name, not to be run into it")),
    Replaced("习近平新时代中国特色社会主义法治思想", "习近平法治思想", 2021, "以",
             Msg("2020年11月中央全面依法治国工作会议确立的名称是“习近平法治思想”，"
                 "不与“习近平新时代中国特色社会主义思想”合写",
                 "the name set at the conference of 2020-11 is 习近平法治思想, not run into 习近平新时代中国特色社会主义思想"),
             dated_by=("习近平法治思想", "中央全面依法治国工作会议", "党的二十大", "十四五", "八五")),
    # The Central Economic Work Conference's 稳中求进工作总基调 (since 2011; the 19th Congress's report:
    # 坚持稳中求进工作总基调): a 总基调, the keynote, not a 总方针 or a 总要求.
    *(Replaced(f"稳中求进{de}工作总{word}", f"稳中求进{de}工作总基调", 0, "", _KEYNOTE)
      for de in ("", "的") for word in ("方针", "要求", "思路", "原则")),
    # ... and its keynote is 稳中求进; 稳中有进 is what an economy does (经济运行稳中有进), not a keynote.
    *(Replaced(f"稳中有进{de}工作总基调", f"稳中求进{de}工作总基调", 0, "", _KEYNOTE) for de in ("", "的")),
    # The three-part formula of the 19th Congress's report and the Constitution's preamble quotes
    # 人民当家作主; outside the formula 当家做主 is widespread and left alone.
    Replaced("党的领导、人民当家做主、依法治国有机统一", "党的领导、人民当家作主、依法治国有机统一", 0, "",
             Msg("党的十九大报告的提法是“坚持党的领导、人民当家作主、依法治国有机统一”，写“作主”",
                 "the 19th Congress's report writes 党的领导、人民当家作主、依法治国有机统一: 作主")),
    # 有效市场和有为政府 (the 19th Congress's fifth plenum, 2020): the market effective, the government active.
    Replaced("有为市场和有效政府", "有效市场和有为政府", 0, "",
             Msg("提法是“推动有效市场和有为政府更好结合”（市场“有效”，政府“有为”）",
                 "the formula is 有效市场和有为政府 (an effective market, an active government)")),
    # The new development philosophy is a 理念 (the fifth plenum of the 18th Central Committee, 2015:
    # 创新、协调、绿色、开放、共享的新发展理念); 创新发展理论 is another phrase.
    Replaced("新发展理论", "新发展理念", 0, "创",
             Msg("党的十八届五中全会（2015年）提出“创新、协调、绿色、开放、共享的新发展理念”，是“理念”不是“理论”",
                 "the fifth plenum of the 18th Central Committee (2015) set out the new development philosophy, 新发展理念"),
             not_before=("研究", "与实践")),
) + tuple(
    # A duty the rules name 第一责任人: 《党政主要负责人履行推进法治建设第一责任人职责规定》 (2016), the
    # 安全生产法 (article 5: the principal person in charge is 安全生产第一责任人), the Party's
    # 党风廉政建设 and 意识形态工作 responsibility systems.  第一负责人 is no such title.
    Replaced(f"{duty}第一负责人", f"{duty}第一责任人", 0, "",
             Msg(f"规范的说法是“{duty}第一责任人”（主要负责人是{duty}第一责任人）",
                 f"the duty is named {duty}第一责任人 (the principal person in charge is its 第一责任人)"))
    for duty in ("法治建设", "安全生产", "党风廉政建设", "意识形态工作")
) + tuple(
    # The verbs of the formula are fixed: 增强“四个意识”、坚定“四个自信”、做到“两个维护” (the 19th Congress's
    # report and the Party's texts since); the 意识 are strengthened, the 自信 held firm.
    Replaced(f"{verb}{q}{name}{q_end}", f"{right}{q}{name}{q_end}", 0, "",
             Msg(f"固定提法是“增强‘四个意识’、坚定‘四个自信’、做到‘两个维护’”，“{name}”前用“{right}”",
                 f"the fixed formula is 增强“四个意识”、坚定“四个自信”、做到“两个维护”: {right} before {name}"))
    for verb, name, right in (("坚定", "四个意识", "增强"), ("增强", "四个自信", "坚定"))
    for q, q_end in (("“", "”"), ("", ""))
) + (
    Replaced("三个自信", "四个自信", 2017, "",
             Msg("2016年7月起，“三个自信”增加“文化自信”为“四个自信”（道路自信、理论自信、制度自信、文化自信），"
                 "与“增强‘四个意识’、做到‘两个维护’”并提",
                 "since July 2016 文化自信 joins the three: 四个自信 (道路、理论、制度、文化自信), "
                 "written beside 四个意识 and 两个维护"),
             dated_by=("四个意识", "两个维护", "两个确立", "习近平新时代", "习近平法治思想", "党的十九大", "党的二十大"),
             history=("四个自信", "文化自信")),
) + tuple(
    # The 2015 outline ran to 2020; from the reports on 2022 on, the outline in force is the 2021—2025
    # one (issued 2021-08).  A paragraph that names the new one, or the old one's end, looks back.
    Replaced(f"法治政府建设实施纲要（2015{dash}2020年）", "法治政府建设实施纲要（2021—2025年）", 2022, "",
             Msg("《法治政府建设实施纲要（2015—2020年）》已于2020年到期，现行的是《法治政府建设实施纲要（2021—2025年）》"
                 "（2021年8月印发）",
                 "the 2015—2020 outline expired in 2020; the outline in force is the 2021—2025 one (issued 2021-08)"),
             history=("2021—2025", "2021-2025", "2021－2025", "收官", "到期", "期满", "回顾", "实施以来"))
    for dash in ("—", "-", "－", "–", "~", "～", "至")
)

# Formulations whose items keep a fixed order (the reference list's notes: “this order”), as
# (items, what joins them, what follows the last).  An item swapped with its neighbour is a
# misquotation (尊法守法学法用法 for 尊法学法守法用法, 严格规范文明公正执法).  学法尊法守法用法 is
# left alone: reports write learning first often enough (two of 811 real pages) to be a usage.
_ORDER_ACCEPTED = frozenset(["学法尊法守法用法"])
ORDERED = (
    (("尊法", "学法", "守法", "用法"), "", ""),
    (("科学立法", "严格执法", "公正司法", "全民守法"), "、", ""),
    (("严格", "规范", "公正", "文明"), "", "执法"),
    (("道路自信", "理论自信", "制度自信", "文化自信"), "、", ""),
    (("政治意识", "大局意识", "核心意识", "看齐意识"), "、", ""),
    (("依法治国", "依法执政", "依法行政"), "、", "共同推进"),
    (("法治国家", "法治政府", "法治社会"), "、", "一体建设"),
    # the responsibility system's name: 谁执法谁普法 (《关于实行国家机关“谁执法谁普法”普法责任制的意见》, 2017)
    (("谁执法", "谁普法"), "", ""),
    # The central formulas a report quotes whole, each in the order of its source: the 19th Congress's
    # 党的领导、人民当家作主、依法治国有机统一 and its 五位一体, the 18th plenum's new development idea,
    # the core socialist values (the 2013 opinion), the 四个全面 (2020 on; 全面建成小康社会 before), the
    # 2021 outline's aim, the reference list's slogans (立足新发展阶段…, 增强“四个意识”…), the
    # Politburo's 疫情要防住、经济要稳住、发展要安全 (2022).
    (("党的领导", "人民当家作主", "依法治国"), "、", "有机统一"),
    (("党的领导", "人民当家做主", "依法治国"), "、", "有机统一"),
    (("经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"), "、", ""),
    (("创新", "协调", "绿色", "开放", "共享"), "、", "的新发展理念"),
    (("富强", "民主", "文明", "和谐"), "、", ""),
    (("自由", "平等", "公正", "法治"), "、", ""),
    (("爱国", "敬业", "诚信", "友善"), "、", ""),
    (("全面建设社会主义现代化国家", "全面深化改革", "全面依法治国", "全面从严治党"), "、", ""),
    (("全面建成小康社会", "全面深化改革", "全面依法治国", "全面从严治党"), "、", ""),
    (("立足新发展阶段", "贯彻新发展理念", "构建新发展格局"), "、", ""),
    (("增强“四个意识”", "坚定“四个自信”", "做到“两个维护”"), "、", ""),
    (("疫情要防住", "经济要稳住", "发展要安全"), "、", ""),
    (("建设中国特色社会主义法治体系", "建设社会主义法治国家"), "、", ""),
    (("职能科学", "权责法定", "执法严明", "公开公正", "智能高效", "廉洁诚信", "人民满意"), "、", "的法治政府"),
    (("职责明确", "依法行政"), "、", "的政府治理体系"),
    (("以中国式现代化全面推进强国建设", "民族复兴伟业"), "、", ""),
)
# Items beyond which only two neighbours swapped are listed: a list of seven has 5,039 other orders.
_REORDERED_MOST = 5

_ORDER = Msg("这一提法的各项有固定顺序", "the items of this formulation keep a fixed order")

# Formulations that list their items before a fixed ending, as (items, ending): one written
# with an item inside it left out (职能科学、权责法定、执法严明、公开公正、廉洁诚信、人民满意的法治政府
# lacks 智能高效) is a misquotation.  Only an inner item counts: a list cut at its end is a
# deliberate part of it as often as not; an older list (2015's 廉洁高效、守法诚信) is not one
# item short of the new one.
LISTED = (
    (("职能科学", "权责法定", "执法严明", "公开公正", "智能高效", "廉洁诚信", "人民满意"), "的法治政府"),
    (("法治国家", "法治政府", "法治社会"), "一体建设"),
    (("依法治国", "依法执政", "依法行政"), "共同推进"),
)
# Found from the words a list ends before, then read back: a scan for lists of four-character
# items at every character of a long report costs more than the few endings it holds.
_LIST_ENDING = lazy(r"的法治政府|一体建设|共同推进")
_LEFT_OUT = lazy(r"(?:[\u4e00-\u9fff]{4}、){1,8}[\u4e00-\u9fff]{4}$")
_LEFT_OUT_REACH = 9 * 5  # nine items of four characters, with their 、


def _left_out(text: str) -> List["Miss"]:
    """Listed formulations (``LISTED``) written with one inner item left out, or with every item in
    another order."""
    out = []
    for end_mark in _LIST_ENDING.finditer(text):
        at = end_mark.start()
        match = _LEFT_OUT.search(text, max(0, at - _LEFT_OUT_REACH), at)
        if match is None:
            continue
        written = match.group().split("、")
        for items, ending in LISTED:
            if not text.startswith(ending, match.end()):
                continue
            if len(written) == len(items) and written != list(items) and sorted(written) == sorted(items):
                # every item, in another order (a list too long to list its orders: ``_REORDERED_MOST``)
                out.append(Miss(match.start(), match.end(), match.group(), "、".join(items), _ORDER))
                continue
            if len(written) != len(items) - 1:
                continue
            for k in range(1, len(items) - 1):
                if written == list(items[:k] + items[k + 1:]):
                    right = "、".join(items)
                    out.append(Miss(match.start(), match.end(), match.group(), right,
                                    Msg(f"这一提法共{len(items)}项，漏了“{items[k]}”",
                                        f"this formulation lists {len(items)} items: “{items[k]}” is left out")))
    return out


# Slogans of parallel items, each a fixed head and a fixed last word: 疫情要防住、经济要稳住、发展要安全 (the
# Politburo, 2022-04-29), 立足新发展阶段、贯彻新发展理念、构建新发展格局 (the reference list), 人民城市人民建、
# 人民城市为人民 (2019-11), 科学立法、严格执法、公正司法、全民守法 (the 18th Congress).  Written with every
# item right but one, whose head is kept and whose last word is another of its length (发展要稳定), the
# slogan is misquoted.  (A changed head is a verb of its own — 践行新发展理念 — and is left alone.)
SLOGANS = (
    (("疫情要防住", "经济要稳住", "发展要安全"), 2),
    (("立足新发展阶段", "贯彻新发展理念", "构建新发展格局"), 2),
    (("人民城市人民建", "人民城市为人民"), 3),
    (("科学立法", "严格执法", "公正司法", "全民守法"), 2),
)
_SLOGAN_SEPARATOR = "[、，,]"


@lru_cache(maxsize=1)
def _slogan_patterns():
    """For each slogan, one pattern per item: the others as written, that one with its last word free."""
    out = []
    for items, tail in SLOGANS:
        for k, item in enumerate(items):
            parts = [re.escape(i) if j != k else "(" + re.escape(item[:-tail]) + "[\u4e00-\u9fff]{%d})" % tail
                     for j, i in enumerate(items)]
            out.append((items, k, re.compile(_SLOGAN_SEPARATOR.join(parts))))
    return out


_SLOGAN_HEADS = lazy("|".join(re.escape(items[0][:-tail]) for items, tail in SLOGANS))


def _slogan_slips(text: str) -> List["Miss"]:
    out = []
    for items, k, pattern in _slogan_patterns():
        for match in pattern.finditer(text):
            written = match.group(1)
            if written in items:
                continue  # as written, or another item's
            out.append(Miss(match.start(1), match.end(1), written, items[k],
                            Msg(f"固定提法是“{'、'.join(items)}”，“{written}”应为“{items[k]}”",
                                f"the fixed formula is {'、'.join(items)}: {written} should be {items[k]}")))
    return out


# The numbered slogans of the Party's formulas, each with the verbs it takes in them: 增强“四个意识”、
# 坚定“四个自信”、做到“两个维护”, 深刻领悟“两个确立”.  Written in their place, a slogan of the same
# number one character away from one (两个拥护, 四个自觉) is the slogan misquoted -- where it stands
# in the formula: after the slogan's verb, or beside another slogan of the list.  Alone and with
# other verbs, such a slogan may be a local one (落实“两个确保”), and is left alone.
NUMBERED = {
    "两个确立": ("领悟", "拥护", "捍卫"),
    "两个维护": ("做到",),
    "四个意识": ("增强", "树牢", "牢固树立"),
    "四个自信": ("坚定",),
    "四个全面": ("协调推进", "统筹推进"),
}
# The whole slogan, not 四个全覆(盖); its measure word may be the slip too (四种意识).
_NUMBERED = lazy(r"[两四][个种项条][\u4e00-\u9fff]{2}(?![\u4e00-\u9fff])")
_NUMBERED_NEAR = 12  # characters between two slogans of one formula (”、坚定“)
# Another slogan of the list right before or after, as the formula's items: joined by a mark and a verb
# (“两个确立”、坚决做到“两个拥护”), not across other words (“两个确保”目标，坚决做到“两个维护”).
_SLOGANS = "|".join(NUMBERED)
_ITEM_BEFORE = lazy(r"(?:" + _SLOGANS + r")[”\"'’]?[、，,；;]\s*[\u4e00-\u9fff]{0,6}[“\"'‘]$")
_ITEM_AFTER = lazy(r"[”\"'’][、，,；;]\s*[\u4e00-\u9fff]{0,6}[“\"'‘]?(?:" + _SLOGANS + r")")


def _numbered_slips(text: str) -> List["Miss"]:
    """Numbered slogans misquoted in their formula (``NUMBERED``)."""
    out = []
    for match in _NUMBERED.finditer(text):
        written = match.group()
        if written in NUMBERED:
            continue
        near = [name for name in NUMBERED if name[0] == written[0]
                and sum(a != b for a, b in zip(name[1:], written[1:])) == 1]
        if len(near) != 1:
            continue
        right = near[0]
        start, end = match.start(), match.end()
        before = text[max(0, start - 6):start].rstrip("“\"'‘")
        after = text[end:end + 1]
        quoted = text[start - 1:start] in "“\"'‘" and after in "”\"'’" and start > 0
        said = before.endswith(NUMBERED[right])
        siblings = quoted and (_ITEM_BEFORE.search(text, max(0, start - _NUMBERED_NEAR), start) is not None
                               or _ITEM_AFTER.match(text, end) is not None)
        if said or siblings:
            out.append(Miss(start, end, written, right,
                            Msg(f"固定提法是“{right}”（增强“四个意识”、坚定“四个自信”、做到“两个维护”，深刻领悟“两个确立”）",
                                f"the fixed slogan is {right} (增强“四个意识”、坚定“四个自信”、做到“两个维护”; 领悟“两个确立”)")))
    return out


def _swapped() -> List[Replaced]:
    """Each ORDERED formulation written without marks between its items (尊法学法守法用法) with its
    items in another order, as a wrong form; and each slogan of SLOGANS with its items' heads in
    another order and their last words in place (疫情要防住、发展要稳住、经济要安全).  The lists
    joined by 、 are read back from one of their items (``_reordered``)."""
    out = []
    seen = set()
    for items, joint, tail in ORDERED:
        if joint:
            continue  # read back from an item (``_reordered``): its orders are too many to look for
        right = joint.join(items) + tail
        if len(items) > _REORDERED_MOST:
            orders = []
            for k in range(len(items) - 1):
                swapped = list(items)
                swapped[k], swapped[k + 1] = swapped[k + 1], swapped[k]
                orders.append(swapped)
        else:
            orders = [list(order) for order in permutations(items)]
        for order in orders:
            wrong = joint.join(order) + tail
            if wrong != right and wrong not in _ORDER_ACCEPTED and wrong not in seen:
                seen.add(wrong)
                out.append(Replaced(wrong, right, 0, "", _ORDER))
    for items, last in SLOGANS:
        heads, lasts = [item[:-last] for item in items], [item[-last:] for item in items]
        for order in permutations(heads):
            wrong = "、".join(head + word for head, word in zip(order, lasts))
            right = "、".join(items)
            if wrong != right and wrong not in seen:
                seen.add(wrong)
                out.append(Replaced(wrong, right, 0, "", _ORDER))
    return out


def _anchor_item(items: Tuple[str, ...]) -> str:
    """The item of a list that its rarest character is rarest in (by the character model): the one a
    scan finds least often where the list is not."""
    counts = _wording.charlm().unigrams
    return min(items, key=lambda item: (min(counts.get(c, 0) for c in item), -len(item)))


@lru_cache(maxsize=1)
def _order_anchors():
    """Each ORDERED list joined by a mark, by the item it is found from."""
    by_item: dict = {}
    for items, joint, tail in ORDERED:
        if joint:
            by_item.setdefault(_anchor_item(items), []).append((items, joint, tail))
    return by_item


_ITEMS_AROUND = lazy(r"[\u4e00-\u9fff“”]{1,16}")
_MOST_ITEMS = 12


def _reordered(text: str, at: int, anchor: str) -> List["Miss"]:
    """ORDERED lists joined by a mark, found from ``anchor`` at text[at], written with every item but in
    another order (党的领导、依法治国、人民当家作主有机统一; 创新、绿色、协调、开放、共享的新发展理念)."""
    out = []
    for items, joint, tail in _order_anchors().get(anchor, ()):
        # the run of items around the anchor, as far as the list's length reaches either side
        start = at
        for _ in range(len(items) - 1):
            if start < 2 or text[start - 1] != joint:
                break
            item = _ITEMS_AROUND.search(text, max(0, start - 17), start - 1)
            while item is not None and item.end() != start - 1:
                item = _ITEMS_AROUND.search(text, item.end(), start - 1)
            if item is None:
                break
            start = item.start()
        run = text[start:at + len(anchor) + (len(joint) + 16) * (len(items) - 1) + len(tail)]
        parts = run.split(joint)
        for k in range(len(parts) - len(items) + 1):
            window = parts[k:k + len(items)]
            last = window[-1]
            # the last item's end: the first of the items that its text starts with, then the tail
            ends = [i for i in items if last.startswith(i) and last[len(i):].startswith(tail)]
            if not ends:
                continue
            window[-1] = ends[0]
            head = window[0]
            firsts = [i for i in items if head.endswith(i)]
            if not firsts:
                continue
            window[0] = firsts[0]
            if window != list(items) and sorted(window) == sorted(items):
                begin = start + sum(len(p) + len(joint) for p in parts[:k]) + len(parts[k]) - len(firsts[0])
                written = joint.join(window) + tail
                if text.startswith(written, begin):
                    out.append(Miss(begin, begin + len(written), written, joint.join(items) + tail, _ORDER))
    return out


class Miss(NamedTuple):
    start: int
    end: int
    written: str
    right: str
    why: Msg


@lru_cache(maxsize=1)
def _matchers():
    halves = {}
    for phrase in NEAR_MISS_PHRASES:
        # One slip leaves one side of the middle whole; two neighbours swapped across the middle
        # (全过人程民民主) break both sides of it, but not of the split one character earlier.
        middle = len(phrase) // 2
        for split in (middle, middle - 1):
            if split != middle and split < 3:
                continue  # a half of two characters (统筹) is found everywhere; the first split serves
            for half in (phrase[:split], phrase[split:]):
                if phrase not in halves.get(half, ()):
                    halves.setdefault(half, []).append(phrase)
    replaced = {r.wrong: r for r in REPLACED + tuple(_swapped())}
    return halves, replaced, frozenset(halves) | frozenset(replaced) | frozenset(_order_anchors())


_wording.needle_source("formulation", lambda: _matchers()[2])


@rule(
    code="LL604",
    name="formulation",
    script="simplified",
    severity="warning",
    summary="固定提法写错（错字、漏字、多字）或使用已过时的提法：习近平法制思想、督查工作规定",
    summary_en="A fixed political or legal formulation misquoted (a character changed, dropped or added) or outdated",
    why=(
        "习近平法治思想、习近平新时代中国特色社会主义思想、《法治政府建设与责任落实督察工作规定》、"
        "“职能科学、权责法定……人民满意的法治政府”等是规范提法，一字之差即属差错；提法随中央文件更新，"
        "旧提法（习近平全面依法治国新理念新思想新战略、健全社会主义法制）在新文件发布后的年度报告中不应再用。"
    ),
    why_en=(
        "Formulations such as 习近平法治思想, 习近平新时代中国特色社会主义思想, the title of the 2019 inspection "
        "regulation (督察, not 督查) or the goal of the 2021 outline are fixed: one character off is an error. "
        "Formulations change with central documents, and an outdated one (健全社会主义法制, "
        "习近平全面依法治国新理念新思想新战略) should not appear in a report on a later year."
    ),
    bad=[
        "按照“疫情要防住、经济要稳住、发展要稳定”重要要求，立足新发展阶段、贯彻新发展理念、构建新发展模式。",
        "以中国式现代化全面推进强国建设、民族复新伟业，培育和践行社会主义核心价直观。",
        "2021年，县公安局坚持以习近平新时代中国特色社会主义法治思想为指导，全面推进法治公安建设。",
        "坚持稳中有进工作总基调，坚持党的领导、人民当家做主、依法治国有机统一。",
        "全面落实“谁普法谁执法”普法责任制。",
        "推动有为市场和有效政府更好结合。",
        "2022年，全局深入学习习近平新时代中国特色社会主义法治思想，举办专题讲座3场。",
        "牢牢把握稳中求进工作总方针，狠抓各项政策措施落实。",
        "全局干部增强“四个自信”、坚定“四个意识”、做到“两个维护”。",
        "牢固树立“四种意识”，完整准确全面贯彻新发展理论。",
        "某县2025年法治政府建设年度报告\n对照《法治政府建设实施纲要（2015—2020年）》目标任务查漏补缺。",
        "坚持法治国家、法治政府、法治社一体建设，统筹推进全面依法治县。",
        "严格落实党政主要负责人履行推进法治建设第一责任人职规定，主要负责人年终述法。",
        "深入学习贯彻习近平法制思想，全面推进依法行政。",
        "按照法治政府建设与责任落实督查工作规定的要求，现将我局2023年法治政府建设情况报告如下。",
        "坚持以习近平新时代中国特色社会义思想为指导，扎实推进法治政府建设。",
        "局党组书记认真履行党政主要负责人履行推进法治建设第一责任人责职。",
        "全面学习贯彻习近平依法治国思想。",
        "深入学习贯彻习近平生态文名思想，践行绿水青山就是金山银山理念。",
        "××区司法局2022年法治政府建设年度报告\n深入学习贯彻习近平全面依法治国新理念新思想新战略。",
        "坚持严格规范公平文明执法，全面推行行政执法三项制度。",
        "加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁城信、人民满意的法治政府。",
        "引导群众自觉尊法守法学法用法，坚持严格规范文明公正执法。",
        "增强“四个意识”、坚定“三个自信”、做到“两个维护”。",
        "××县2023年法治政府建设工作报告\n全面推进依法治县，加快建设中国特色社会主义法制体系。",
        "始终坚持以新时代中国特色社会主义思想为指导，统筹推进全年各项工作。",
        "坚持党的领导、依法治国、人民当家作主有机统一，落实“疫情要防住、发展要稳住、经济要安全”的要求。",
        "加快建设职能科学、执法严明、权责法定、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
        "加快建设职能科学、权责法定、执法严明、公开公正、廉洁诚信、人民满意的法治政府。",
        "坚持法治国家、法治社会一体建设，深入推进依法治区。",
        "坚定拥护“两个确立”、坚决做到“两个拥护”。",
        "完整、准确、全面贯彻新发展观念，服务高质量发展。",
        "坚持以民人为中心，发展全过人程民民主，为全面建设社会主义现代国家贡献力量。",
        "以习近平新时代中国特色社会主义思想为引导，深入学习贯彻习近平法制思想，统筹发展和全安。",
    ],
    good=[
        "全县经济运行稳中有进，群众当家做主的意识不断增强。",
        "深刻认识中国共产党的领导是中国特色社会主义最本质的特征。",
        "全局干部增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
        "培养学生的四种意识和两种能力，落实“两项制度”，开展创新发展理论研究。",
        "某县2019年法治政府建设年度报告\n对照《法治政府建设实施纲要（2015—2020年）》目标任务查漏补缺。",
        "某县2023年法治政府建设年度报告\n《法治政府建设实施纲要（2015—2020年）》圆满收官后，我县对照《法治政府建设实施纲要（2021—2025年）》制定任务清单。",
        "深入学习贯彻习近平法治思想，全面推进依法行政。",
        "根据《法治政府建设与责任落实督察工作规定》，现将我局2023年法治政府建设情况报告如下。",
        "坚持以习近平新时代中国特色社会主义思想为指导，扎实推进法治政府建设。",
        "认真履行党政主要负责人履行推进法治建设第一责任人职责。",
        "严格落实党政主要负责人履行推进法治建设第一责任人责任。",
        "依法治国以构建和完善中国特色社会主义法律体系为必要条件。",
        "××区司法局2019年法治政府建设年度报告\n深入学习贯彻习近平全面依法治国新理念新思想新战略。",
        "坚持严格规范公正文明执法，全面推行行政执法三项制度。",
        "统筹发展与安全，召开党的二十届二中全会精神学习会，用新时代中国特色社会主义思想武装头脑。",
        "学习习近平经济思想、习近平强军思想和习近平外交思想。",
        "领导干部带头尊法学法守法用法，坚持严格规范公正文明执法。",
        "从“三个自信”到“四个自信”，增强“四个意识”、做到“两个维护”。",
        "××县2023年法治政府建设工作报告\n加快建设中国特色社会主义法治体系，形成完备的中国特色社会主义法律体系。",
        "坚持以习近平新时代中国特色社会主义思想为指导，用新时代中国特色社会主义思想武装头脑。",
        "××县2015年法治政府建设工作报告\n加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。",
        "加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。",
        "全力实现“两个确保”目标，坚决做到“两个维护”，落实“四个全覆盖”要求。",
        "完整、准确、全面贯彻新发展理念，构建新发展格局。",
        "坚持稳中求进工作总基调，以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。",
        "按照“疫情要防住、经济要稳住、发展要安全”重要要求，立足新发展阶段、践行新发展理念、构建新发展格局。",
        "坚持以习近平新时代中国特色社会主义思想作指导，统筹发展与安全，为实现中华民族伟大复兴贡献力量。",
    ],
    fixable="unsafe",
)
def formulation(doc: Document) -> Iterator[Finding]:
    for miss in misses(doc):
        yield Finding(
            miss.start, miss.end,
            Msg(f"提法{quote(miss.written)}有误，应为{quote(miss.right)}", f"{quote(miss.written)} misquotes {quote(miss.right)}"),
            help=Msg(f"改为{quote(miss.right)}。{miss.why.zh}", f"write {quote(miss.right)}. {miss.why.en}"),
            fix=Fix((Edit(miss.start, miss.end, miss.right),), safe=False,
                    description=Msg(f"改为{quote(miss.right)}", f"write {quote(miss.right)}")),
            # One slip, one finding: the misquoted phrase is this rule's (法制 in 《法制政府建设
            # 实施纲要》 is a misquoted title, not a confusable word on its own).
            claims=((miss.start, miss.end),),
        )


def misses(doc: Document) -> List[Miss]:
    """Every misquoted or outdated formulation in the document (shared with the other LL6 rules)."""
    return doc.memo("wording-formulations", _find)


def _find(doc: Document) -> List[Miss]:
    halves, replaced, needles = _matchers()
    text = doc.folded
    year: Optional[int] = None
    year_read = False
    out: List[Miss] = []
    seen: set = set()
    near: dict = {}  # a paragraph written again is read once
    anchors = _order_anchors()
    for start, needle in _wording.occurrences(doc, needles):
        if needle in anchors:
            out.extend(_reordered(text, start, needle))
            if needle not in replaced and needle not in halves:
                continue
        entry = replaced.get(needle)
        if entry is not None:
            if entry.not_after and text.endswith(entry.not_after, 0, start):
                continue
            if entry.not_before and text.startswith(entry.not_before, start + len(needle)):
                continue
            if entry.history and _in_paragraph(text, start, entry.history):
                continue
            if entry.since:
                if not year_read:
                    year, year_read = report_year(doc), True
                if year is None:
                    if not (entry.dated_by and _in_paragraph(text, start, entry.dated_by)):
                        continue
                elif year < entry.since:
                    continue
            out.append(Miss(start, start + len(needle), needle, entry.right, entry.why))
            continue
        for phrase in halves.get(needle, ()):
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            key = (line, start - line_start, needle, phrase)
            local = near.get(key, 0)
            if local == 0:
                local = near[key] = _near_miss(line, start - line_start, needle, phrase)
            found = None if local is None else (line_start + local[0], line_start + local[1])
            if found is not None and found[:2] not in seen:
                seen.add(found[:2])
                out.append(Miss(found[0], found[1], text[found[0]:found[1]], phrase,
                                Msg("这是规范提法，一字不能差", "this formulation is fixed, to the character")))
    if "、" in text:
        out.extend(_left_out(text))
    if _NUMBERED.search(text):
        out.extend(_numbered_slips(text))
    if _SLOGAN_HEADS.search(text):
        out.extend(_slogan_slips(text))
    out.sort()
    return _without_overlaps(out)


def _in_paragraph(text: str, at: int, phrases: Tuple[str, ...]) -> bool:
    """Does one of ``phrases`` stand in the paragraph (the line) of text[at]?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return any(phrase in line for phrase in phrases)


def _near_miss(text: str, at: int, half: str, phrase: str) -> Optional[Tuple[int, int]]:
    """(start, end) of ``phrase`` written with one error inside it, where ``half`` of it was
    found written right at ``at``.  One error leaves one half of the phrase whole, so the
    phrase starts at the first half or ends with the second."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    lo = max(line_start, at - len(phrase) - 1)
    hi = min(line_end, at + len(half) + len(phrase) + 1)
    if phrase in text[lo:hi] or any(form in text[lo:hi] for form in ACCEPTED.get(phrase, ())):
        return None
    n = len(phrase)
    # Leftmost first; at one start, a changed character before an added or dropped one.
    if phrase.startswith(half):
        spans = ((at, at + n), (at, at + n + 1), (at, at + n - 1))
    else:
        end = at + len(half)
        spans = ((end - n - 1, end), (end - n, end), (end - n + 1, end))
    for start, end in spans:
        if start < line_start or end > line_end:
            continue
        changed = _one_edit(text[start:end], phrase)
        if changed is not None:
            # A change at the first or last character may be another phrase's start or end.
            last = end - start - (1 if end - start >= n else 0)
            return (start, end) if 0 < changed < last else None
    return None


def _one_edit(written: str, phrase: str) -> Optional[int]:
    """Where ``written`` differs from ``phrase`` by exactly one character changed, added or
    dropped, or by two neighbours swapped: the changed, added or first swapped character's
    offset, or the offset before which the dropped one belonged; None if it differs otherwise
    (or not at all)."""
    n = len(phrase)
    if abs(len(written) - n) > 1 or written == phrase:
        return None
    same = 0  # characters alike from the start
    for a, b in zip(written, phrase):
        if a != b:
            break
        same += 1
    if len(written) == n:
        if written[same + 1:] == phrase[same + 1:]:
            return same
        # two neighbours typed in each other's place (生态明文思想): one slip of the hand
        swapped = written[same:same + 2] == phrase[same + 1:same + 2] + phrase[same:same + 1]
        return same if swapped and written[same + 2:] == phrase[same + 2:] else None
    if len(written) > n:
        return same if written[same + 1:] == phrase[same:] else None
    return same if written[same:] == phrase[same + 1:] else None


def _without_overlaps(misses_: List[Miss]) -> List[Miss]:
    out: List[Miss] = []
    for miss in misses_:
        if out and miss.start < out[-1].end:
            continue
        out.append(miss)
    return out
