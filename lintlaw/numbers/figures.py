"""Same-figure claims: one metric, one period, one scope, stated with two values.

A report states its main figures more than once (in the overview, in the section
on the work, in a table); a number changed in one place and not the other is a
defect a reviewer looks for.  Each figure is read with:

- its metric: the words that say what it counts, segmented into words (a noun
  phrase ending in a head noun such as 案件, 人员, 资金: 行政复议案件, 持证执法
  人员), before the number or, written number first, after it;
- its period: the year named in its clause or sentence, else in the paragraph
  before it, else in the heading it stands under, else the report's year;
  上年/去年 one year before; a cumulative figure (累计, 以来, 截至2023年底) is a
  period of its own;
- its scope: the territory or body named before it (全区, 全市, 本级);
- its value as an interval of what it stands for (3.2亿元 is 3.15亿..3.25亿,
  七十二 is 72), so that 3.2亿元 and 30,150万元 disagree and 5万人次 and 48,600
  人次 do not.

Two figures disagree when period, scope and measure are the same, the metrics
are the same (or one is a narrower metric inside the other, which may be
smaller but never larger), and the intervals do not meet.  Parts of a
breakdown (其中 …), changes (较上年增加12件) and targets (力争) are not compared;
approximate figures are compared by what they allow (120余件 120..130, 约5.2万 a
tenth either side, 超过800 / 突破800 more than 800).  A count that points back
(上述32件申请中) is held to the count it points at.  The finding goes to the
figure that disagrees with the others where three or more are stated, else to
the later one.
"""
from __future__ import annotations

import bisect
import math
import re
from collections import defaultdict
from dataclasses import replace
from itertools import combinations
from typing import Callable, Dict, FrozenSet, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from .claims import Mismatch, Used
from .precision import scale_of, written_interval
from .quantities import KIND_UNITS, TIME_UNITS, NumberSentence, Quantity, YearMention
from .quantities import _moved as moved_quantity
from .reading import REACH, back_to, begin, chunk_before, forward_to, is_change, same_measure, written
from .reading import _CHANGE_TAIL, _COMPARISON
from ..document import parse_heading
from ..lazy_re import lazy

_CLAUSE_BREAK = "，、；：（）。！？"
_WIDE_BREAK = "，；：。！？"  # a clause with its list of nouns (人大代表、政协委员)
_ALTERNATIVE = 5  # characters in brackets that name an alternative of a noun: 村（社区）, 镇（街道）
_CUMULATIVE = re.compile(r"以来|累计|截至|截止|至今|(?<![日周月节会])期间|历年|近[\d一二三四五六七八九十]+年|过去[\d一二两三四五六七八九十]+年|"
                         r"(?:[\d二三四五六七八九十]|[\d一二三四五六七八九十]{2,})年来|[至到—－-]\s*\d{4}年|十[二三四五]五")
# 今年以来, 本年以来: the report's year so far, not a span of years.
_THIS_YEAR = frozenset(["今年", "本年", "年初", "当年"])
_SUMMED = lazy(r"累计|历年|至今")
_UNTIL = re.compile(r"(?:截至|截止)(?:到)?(?:目前|\d{4}年|(?:今年|本年)?(?:12|十二)\s*月|年底|年末)")
_SINCE = re.compile(r"(\d{4})\s*年(?:[^，。；]{0,6})?以来")  # 2020 年以来: a space as a PDF leaves it
# 各级行政机关 speaks for every body of the territory, as 全县 does.
_SCOPE = re.compile(r"全国|全省|全市|全区|全县|全州|全旗|全镇|全乡|全街|全系统|全行业|省级|市级|区级|县级|"
                    r"镇街|街镇|乡镇|市本级|区本级|县本级|本级|各级")
# A heading that names a body (（三）城南街道, 2.区城管局): the figures under it are that body's.
_BODY_NAME = re.compile(r"^[\u4e00-\u9fff（）]{2,14}(?:街道|镇|乡|村|社区|分局|局|委员会|委|办公室|办|中心|所|大队|中队|队|院|站|公司|县|区|市|州|旗)$")
# a heading that ends like a body's name but names a theme (一、服务发展大局, 构建…新格局)
_NOT_BODY_ENDS = ("大局", "格局", "布局", "开局", "全局", "变局", "新局", "结局", "当局")
_BODY_LAST = frozenset("道镇乡村区局会委室办心所队院站司县市州旗")  # the last characters _BODY_NAME allows
# A section's theme ends like a body too (深化依法治区, 建设法治乡村, 接诉即办, 一网通办, 送法下乡):
# it names work, not whose figures follow, so the summary above it and the detail below are one
# report's figures.  A body's name holds no verb of the work nor the rule of law (自治县 aside).
_THEME = lazy(r"法治|依法|(?<!自)治|建设|推进|深化|加强|强化|提升|完善|健全|坚持|落实|推动|打造|优化|规范|创新|"
              r"平安|和谐|示范|[进送即通网快]办|[进送]|下乡|服务群众")
_EVERY_LEVEL = frozenset(["各级"])
# What comes before a scope that opens a clause (2023年全区…, ，全区…).
_SCOPE_OPENS = frozenset("，,；;：:。年来”")
# Verbs before a scope that say whom the work reached (举办全县领导干部培训班, 组织全市执法人员
# 考试): the figure is the body's own count, not the territory's.
_REACHING = frozenset("举办 组织 面向 覆盖 培训 参加 召开".split())
_TERRITORIES = frozenset("全国 全省 全市 全区 全县 全州 全旗 全镇 全乡 全街 各级".split())
# A body speaking of itself: its figures are not the territory's.
_SELF = re.compile(r"我局|本局|我委|本委|我办|我院|本院|本单位|我单位|局机关|本部门|我中心|我所|本系统")
# A government's report speaks for its territory: 全区 is its own scope, as a
# department's report speaks for the department.
_GOVERNMENT = re.compile(r"(?P<level>[省市区县州旗乡镇])(?:人民)?政府")
_GOVERNMENT_LEVELS = frozenset("省市区县州旗乡镇")
_SPAN_MARKS = "—－-～~至到"
_LAST_YEAR = re.compile(r"上年|去年|上一年|上年度")
# A part of the year: 上半年 3次 is not the year's 8次.
_PART_OF_YEAR = re.compile(r"上半年|下半年|季度|[\d一二三四五六七八九十]{1,2}月|月份|月底|月末|月初")
_DAY = lazy(r"\s*[\d一二三四五六七八九十]{1,3}\s*[日号]")
_WHOLE_MONTHS = lazy(r"(?:1|一)\s*月?\s*[-—－至到~～]\s*(?:12|十二)\s*月(?:份)?|(?:12|十二)\s*月\s*(?:底|末)")
_PART_MARKER = re.compile(r"其中|分别|包括|包含|（含")
# 将 of the future (将进一步, 将于), not of the disposal (将宪法纳入学习重点).
_TARGET = re.compile(r"力争|目标|计划|预计|预期|争取|确保|将(?:于|在|会|要|进一步|继续|持续|着力|全面|加快|不断|重点|深入|坚持|积极)|"
                     r"下一步|拟|要求")
# Target words that are also nouns of the work done, with the characters before and after
# them that make them so: 总目标, 目标任务, 工作要求, 按照要求，, 学法计划, 计划等.
_BREAKS = "，,。；;：:、）)》”"
# 确保 that says how the work was done, in a clause without a number, before one that says the
# year's (确保权限合法、程序合法，全年完成…)
_ENSURED = lazy(r"[^，,；;。\d]*[，,；;]\s*(?:全年|今年|共)")
_TARGET_NOUNS = {
    "目标": ("总的》", "任务要求导向管理考核责任体系" + _BREAKS),
    "要求": ("的作署件定策神和等关级照规范务标》", _BREAKS),
    "计划": ("法习训作度普划的》", "等和" + _BREAKS),
    "预期": ("", "寿"),  # 人均预期寿命: the life expectancy, no target
}
# Units whose totals are not a metric of a period (time spans, multiples, scores).
_SKIP_UNITS = frozenset(["倍", "分", "岁", "周年", "个百分点", "百分点"]) | TIME_UNITS | KIND_UNITS
# Words that end the phrase naming a count, looking back from the number.
_BOUNDARY = frozenset(
    "的 为 有 是 共 共计 累计 合计 总计 了 其中 对 向 将 把 达 达到 约 计 中 在 于 以 后 前 并 均 已 再 又 还 另"
    " 全年 年度 今年 本年 当年 去年 上年 上一年 上年度 同比 较 比 增加 减少 增长 下降 其他 其它 分别 完成 实现 仅 只"
    " 超过 不足 近 下设 设有 内设"
    # the occasion a count was made in (国家宪法日期间集中开展…): when, not what
    " 期间"
    # how the work was done (以专题研讨、现场调研等多种形式开展…学习14次): not what is counted
    " 形式 多种形式 方式 多种方式".split()
)
_STOP = frozenset(
    "的 了 被 有 为 是 在 等 各类 各 共 共计 累计 全年 年度 我 我局 局 本局 我委 我办 本 其中 以 中 均 已 及 和 与 或"
    " 并 将 对 向 把 从 由 之 其 该 这 此 一 上 下 新 年 次 件 起 个 项 名 人 元 全部 都 全"
    # Intake verbs do not change what is counted: 受理复议案件 = 复议案件.
    " 收到 受理 接收 新收 共有 涉及 发生 行政 完成 实现 达到 达"
    # Holding a meeting says nothing of which: 召开党组会议 = 党组会议.
    " 召开 开展 举办 举行"
    # What a body is made of: 下设7个指挥所 counts the 指挥所
    " 下设 设有 内设"
    " 以来 今年以来 本年以来 年初以来 目前 现有 截至目前"
    # 主动公开 is what 公开 means in a report on open government (依申请公开 is the other kind)
    " 主动".split()
)
# Adverbs that end a noun phrase written after its number (…人民调解员均已完成).
_AFTER_STOP = frozenset("均 都 全部 全 已 已经 均已 依法 分别 共 并 其中 全都 陆续 先后 及时".split())
# Verbs right before a number that leave the metric before them (支出完成28.6亿元).
_LEADING_VERBS = frozenset("完成 实现 达到 达 为 是 约 共 共计 累计 合计 总计 有 共有 计 已达 突破".split())
# A count that points back at one just stated (上述32件申请中), and the noun it names.
_BACK = lazy(r"(?:上述|前述|上列|以上)\s*(?=[\d一二两三四五六七八九十])")
_BACK_NOUN = lazy(r"[\u4e00-\u9fff]{1,4}?(?=[中的里，。；、均已都共]|全部)|[\u4e00-\u9fff]{2}")
_BACK_REACH = 400  # characters before a back-reference its count may stand in
_BACK_SUMMED = 12  # counts before it a back-reference may be the sum of (a run of them)
# Heads whose kinds are counted on platforms of their own: 公开行政许可信息2871条 may exceed
# 主动公开政府信息1530条 (a kind named before 信息 is another metric, not a part that must be smaller).
_KINDS_ELSEWHERE = frozenset(["信息"])
_OVERLAP = 3  # words two wordings of one figure share, its head among them (see _overlapping_slip)
_QUALIFIER = 4  # words of a qualifier before 的 read into a metric
_KEPT_VALUES = 4  # earlier values of one metric a figure is compared with
_MAX_KEY = 8  # words; a longer "key" is a whole clause, not a metric
_COORDINATION = frozenset("及 和 与 或 以及 、 等 并".split())
# Stages that can count more than the cases received (carried over from last year):
# "办结复议案件60件" is not a subset of "受理复议案件56件".  新收 (newly received, 收 as jieba
# leaves it) is a stage of its own: the cases accepted (受理) may hold the ones carried over, or
# leave out the ones refused, so neither count is held to the other.
_RECEIVED = frozenset("新收 收".split())
_STAGES = frozenset("办理 办结 结案 审结 办复 答复 处理 处置 化解 调解 移送 转办 完成 结转 审理".split()) | _RECEIVED
# Nouns that name what a formal statistic counts.  A key must end a word with one of
# them and say more than the bare noun ("复议案件", "执法人员", not "案件") to be a
# metric; activity counts ("宣传活动9次") vary by section and are not compared.
_HEADS = (
    "案件 案卷 事项 人员 干部 职工 律师 调解员 顾问 工作者 企业 主体 单位 文件 线索 纠纷 工单 投诉 举报 诉求 来信 来访"
    " 信访件 建议 提案 决定 决策 合同 申请 许可 处罚 复议 诉讼 资金 经费 支出 收入 总值 产值 投资 税收 罚没款 罚款"
    " 信息 指挥所 派出所 中队 大队 指挥部 办事处 事故 隐患 工作站 工作室 委员会 调委会 人次 户次 服务所 事务所 司法所 机构 组织 中心 平台 站点 网点 窗口"
    " 人民调解 律所 明白人 专家 督察员 网格员 讲师 志愿者 公证员 仲裁员 法官 检察官 执法证 证件 商户 市场主体 个体工商户 项目 资产 债务 补助 补贴"
    " 学校 医院 村 社区 行政村 所"
    " 会议 常务会 推进会 座谈会 调度会 联席会 部署会 专题会 工作会 学习 学法 培训 讲座 考核 考试 督察 述法 研究".split()
)
# Meetings and study sessions a report counts once a year (党组会议研究法治工作24次): compared
# only under the same key, as one group's sessions may be named without the group
# (组织专题学习5次 of the leaders, 组织执法人员专题学习12次).
# Units a body is organised in, named by one word of three characters: a count of them is a
# statistic by that name alone (下设7个指挥所 … 全县6个指挥所).
_STRUCTURES = frozenset("指挥所 派出所 司法所 工作站 服务站 指挥部 办事处".split())
# The kinds of meeting jieba leaves apart from 会 (推进/会, 部署/会, 专题/会).
_MEETING_KINDS = frozenset("推进 部署 专题 工作 调度 协调 联席 座谈 动员 培训 学法 述法 点评 观摩 分析 研判 例会".split())
_EVENTS = ("会议", "常务会", "学习", "学法", "培训", "讲座", "考核", "考试", "督察", "述法", "研究")
# Words of when and how many a report writes between a thing and its count (专题会议全年共召开十次).
_PURPOSE = re.compile(r"专题研究|研究|专题学习|学法|审议")
_ACTIVITIES = frozenset("研讨 交流 讨论 调研 座谈 观摩 测试 竞赛 宣讲 宣传".split())
_TOTAL = lazy(r"(?<!公)共(?![享建同治])|合计|总计")  # 全年共…, not 公共 or 共享
_SESSIONS_OF = ("会议", "常务会", "中心组", "党组", "班子")  # whose sessions a count may name first
_TIME_FIRST = frozenset("全年 共 共计 合计 总计 年度 今年 本年 全部".split())
# The report's own subject does not narrow what a figure counts: 开展年度考核 and
# 开展法治政府建设年度考核 are one count in a report on 法治政府建设.
# Activities vary by section (宣传活动9次 / 普法宣传活动15次 are two counts): one is compared only
# under the same name, where both mentions give the year's count (全年开展普法活动六十余场次 /
# 全年共开展普法活动52场次).
_ACTIVITY = "活动"
_OPENING = lazy(r"\s*(?:\d{4}\s*年度?|(?:今年|本年)以来|今年|本年度?|全年|一年来|过去一年|全[省市区县镇乡]|我局|本局)?[，,]?\s*")
# Words that say a count is the year's (全年发放宣传资料2500份; 一年来，共受理…), not the total of some context.
_WHOLE_YEAR = lazy(r"全年|今年|本年|一年来|过去一年")
# A count of what was named before (全年共审结上述刑事案件223件: of the kinds just listed), not the
# year's whole, whatever 全年 says.  以上 is left out: 五年以上 is a bound, not a reference.
_POINTS_BACK = lazy(r"(?:上述|前述|上列|此类|这类|该类|这些)(?![\d一二两三四五六七八九十])")
# A sentence that opens with the year and lists its counts clause by clause (全年发放宣传资料5000余份，
# 接待法律咨询80余人次): each clause gives the year's count, as the first does (FigureReader._year_list).
_YEAR_OPEN = lazy(r"\s*(?:\d{4}\s*年度?[，,]?\s*)?(?:全年|今年|本年度?)")
_WIDE_BREAK_AT = lazy(r"[，,；;。：:！？]")
_HAS_DIGIT = lazy(r"\d")
_TOPIC = frozenset("法治 政府 建设 法治政府 法治建设 法治政府建设 依法行政".split())
_HEADS_SET = frozenset(_HEADS)
_HEAD = re.compile("|".join(sorted(_HEADS, key=len, reverse=True)))
_HEAD_OR_ACTIVITY = re.compile(_HEAD.pattern + "|" + _ACTIVITY)  # what two figures' clauses must share
# Rates that are formal statistics of a period: the same name twice is one figure.  满意度 is
# the 满意率 (群众对政务服务的满意度达97.6% / …满意度为96.7%).
_RATE_NAME = re.compile(r"([\u4e00-\u9fff]{2,20})(?:率|(?<=满意)度)(?:均)?(?:为|是|达|达到|已达|已达到|高达|仅为|了)?\s*$")
# Rates that say only what share passed (合格率, 通过率): which one is said by the exam or
# training they are of, named in the rate (考试合格率) or before it in its sentence
# (组织法律知识考试1次，参考率、合格率均达100%).
_BARE_RATES = ("合格", "通过", "参考", "参训", "参学", "持证")
_RATE_STATISTICS = ("知晓", "满意", "好评", "出庭", "应诉", "纠错", "办结", "结案", "败诉", "胜诉", "调解成功", "化解", "覆盖", "完成", "办复") \
    + _BARE_RATES
_PERSONS = lazy(r"[\u4e00-\u9fff]{0,3}(?:人员|干部|职工|党员|律师|公务员|学员|学生|群众)")
_RATE_OF = lazy("考试|考核|培训|测试|执法人员|学法|评查|案卷")


# Words a report writes for the same thing when it says it again (查处 / 办理 cases,
# 审结 / 办结, 调处 / 调解 disputes, 报备 / 备案 documents, 应诉 / 诉讼 cases, a
# 培训班 / 培训): each stands for the word it is written for.  Stages stay apart
# (受理 is not 办结), so a figure received is never held to one finished.
_SAME_VERB = {
    "查办": "办理", "查处": "办理", "处理": "办理", "立案查处": "办理", "实施": "办理", "组织实施": "办理",
    "审查": "审核", "审结": "办结", "结案": "办结", "调处": "调解", "报备": "备案", "应诉": "诉讼",
    # leaflets handed out, however the report says it (派发 / 分发 / 散发宣传资料)
    "派发": "发放", "分发": "发放", "散发": "发放",
    "培训班": "培训", "培训会": "培训", "学法会": "学法",
    # 专题会议 / 专题研究 / 专题学习: the topic mark and the thing, whichever word holds them.
    "专题会议": ("专题", "会议"), "专题研究": ("专题", "研究"), "专题学习": ("专题", "学习"),
    "专题培训": ("专题", "培训"),
    # 局党组会 / 局党组会议: the party group's meetings, named either way
    "党组会": ("党组", "会议"), "党委会": ("党委", "会议"),
    # meetings named X会 (座谈会, 推进会): X会议, as reports write them either way
    "座谈会": ("座谈", "会议"), "调度会": ("调度", "会议"), "联席会": ("联席", "会议"), "推进会": ("推进", "会议"),
}
# Words that say how a figure was reached, not what it counts: 组织163名…参加,
# 开展合法性审查, 报送…备案, 办理量.
_HOW = frozenset("组织 开展 进行 报送 量 合法性 法制 实际 依法 各级 机关 工作 总数 总量 数量 人数 件数 先后 安排 相关"
                 # 解答 / 提供法律咨询: the service given, not which one
                 " 解答 提供".split())
# How a session was held does not make it another count (集中学法 = 学法, 闭卷考试 = 考试):
# such words are left out of the key that figures are compared by, and kept for saying
# whether the key names a statistic (集体学法 does, 学法 alone does not).
_MANNER = frozenset("集中 集体 闭卷 开卷 线上 线下 网上 在线".split())
# How often sessions were held (定期召开专题会议4次) or that a meeting was enlarged (党工委（扩大）
# 会议) says nothing of which sessions: all of them, read as if the word were not written.
_FREQUENCY = frozenset("定期 常态化 经常 扩大".split())
# Prepositions before the body a figure goes to (向区政府报备, 报送市政府备案): that body is
# not what is counted, nor who counts.
# A party's role before 的 (以我局为被告的案件) says whose cases, not which of them.
_ROLES = frozenset("被告 被申请人 被诉 被告人 申请人 当事人 第三人 被复议".split())
# Who an activity reached (受众群众5.6万人次): counted by the activity, not by the words.
_AUDIENCE = frozenset("受众 参与 参加 参训 参学 参 训 学 覆盖 惠及 服务 群众 观众 听众 受益 人员 干部".split())
_UNIT_WORDS = frozenset("场 次 期 个 项 件 人 名 余".split())
_TO_BODY = frozenset("向 报送 报 提请 报请 对".split())
_BODY_END = ("政府", "局", "委员会", "委", "党组", "党委", "办公室", "法院", "检察院")
# Bodies whose meetings are named by the body itself (党组会议, 党委会议): the body is the kind.
_PARTY_GROUPS = ("党组", "党委", "党工委")
_KIND_OF_MEETING = lazy(r"(?:专题|常务|全体|联席|推进|调度|座谈|工作)会")  # a kind named besides the body's


# What the acts of _STAGES are done to (调解纠纷, 办理案件), not who does them (调解组织).
_ACTED_ON = frozenset("纠纷 案件 事项 申请 投诉 举报 诉求 线索 信访件 来信 来访".split())


# the first word of a noun a stage verb is cut with (化解矛盾 / 纠纷 as jieba cuts 化解矛盾纠纷)
_ACTED_ON_FIRST = frozenset(["矛盾"])
# The instances of a trial (行政 before them names a kind of case, beside 刑事 and 民事).
_TRIALS = frozenset("一审 二审 再审 审判 案件".split())


def _normalize(word: str):
    if word.startswith("行政") and len(word) > 2:
        word = word[2:]  # 行政复议 = 复议, 行政诉讼 = 诉讼
    if word[:2] in _MANNER and word[2:] in _HEADS_SET:
        return word[:2], word[2:]  # 闭卷考试 = 闭卷 + 考试
    if len(word) == 4 and word[:2] in _STAGES and (word[2:] in _ACTED_ON or word[2:] in _ACTED_ON_FIRST):
        return _SAME_VERB.get(word[:2], word[:2]), word[2:]  # 调解纠纷 = 调解 + 纠纷, as 调解矛盾纠纷 is cut
    return _SAME_VERB.get(word, word)


# The channel a report names a count's route by (通过区政府网站, 通过各渠道): how it went out, not what.
_CHANNEL_END = ("网站", "平台", "渠道", "公众号", "微博", "微信", "政府", "门户", "媒体", "客户端", "专栏", "栏目")
_EVERY_CHANNEL = frozenset("各 多 各类 多种 各种 全部 所有".split())
_OWN_UNIT = frozenset("单位 部门 机关".split())
_DOING_VERBS = frozenset("开展 组织 举办 进行".split())


def _content(words: Sequence[str]) -> List[str]:
    out: List[str] = []
    for i, word in enumerate(words):
        word = word.strip()
        if word == "通过" and any(w.endswith(_CHANNEL_END) or w in _EVERY_CHANNEL for w in words[i + 1:i + 3]):
            continue  # 通过区政府网站发布信息 = 网站发布信息: the route named, 通过 says nothing more
        if i and (word == "渠道" and words[i - 1] in _EVERY_CHANNEL or word in _OWN_UNIT and words[i - 1] in ("本", "我")):
            continue  # 通过各渠道公开: all of them, the whole; 发布本单位政务信息: the reporting body's own
        if word == "集中" and words[i + 1:i + 2] and words[i + 1] in _DOING_VERBS:
            continue  # 集中开展宣传活动 = 开展宣传活动: how it was done (集中学法 is a kind of session)
        if word.endswith("人民政府"):
            # 市人民政府网站 = 市政府网站, as jieba cuts either (市/人民政府, 市政府)
            if word == "人民政府" and out and len(out[-1]) == 1 and out[-1] in _GOVERNMENT_LEVELS \
                    and i and words[i - 1].strip() == out[-1]:
                out[-1] += "政府"
                continue
            word = word[:-4] + "政府"
        if word == "行政" and i + 1 < len(words) and words[i + 1] in _TRIALS:
            out.append(word)  # 行政一审案件: the kind of case, as 刑事 and 民商事 are
            continue
        if not word or word in _STOP or word in _HOW or word in _FREQUENCY or any(c.isdigit() for c in word) \
                or _SCOPE.fullmatch(word):
            continue
        if not any("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        same = _normalize(word)
        if isinstance(same, tuple):
            out.extend(same)
        else:
            out.append(same)
        if out[-1] == "矛盾" and i + 1 < len(words) and words[i + 1].strip() == "纠纷":
            out.pop()  # 矛盾纠纷 = 纠纷 (化解矛盾纠纷3150件 / 化解的三千余件纠纷)
    return out


# The body that reports a figure, written first in its clause (县政府召开…, 区市场监管局办理…,
# 区委全面依法治区委员会召开…): not part of what is counted, but two bodies' figures are two.
_DOING = (r"(?=全年|召开|收到|受理|办理|办结|审结|审查|审核|查处|查办|立案|举办|组织|开展|报送|向|对|共|调解|调处|聘请|"
          r"实施|作出|发生|新增|接待|处理|化解|出具|提供|审议|制定|出台|印发|清理|备案|报备|办复|答复|承办|专题|"
          r"举行|研究|学习|集体|听取|健全|推动|落实|参加|先后|定期|主动公开|公开|发布)")
_SUBJECT = re.compile(
    r"(?:\d{4}年度?|全年|今年|本年度?|一年来)?[，]?"
    r"(?P<subject>[\u4e00-\u9fff]{0,16}?(?:人民政府|政府|委员会|党组|党委|党工委|局机关|委机关|局|委|办公室|法院|检察院|中心|院|镇|乡|街道|"
    r"法庭|派出所|司法所|大队|支队|中队))"
    + _DOING)
# A place that opens a sentence, before what it did (2023年，城关镇调解…，调解成功率98%): whose rate
# the sentence gives.  Words that end like a place but name none (辖区, 城区), or all (全区, 各县):
_PLACE_OPENING = re.compile(r"(?:\d{4}年度?)?[，]?(?P<place>[\u4e00-\u9fff]{2,6}?(?:自治区|省|市|区|县|州|旗|镇|乡|街道))"
                            + _DOING)
_NOT_PLACES = frozenset("辖区 城区 社区 园区 景区 市区 县区 地区 片区 小区 校区 街区 山区 库区 林区 矿区 牧区 老区 郊区 "
                        "县市 省市 城市 都市".split())
_NOT_NAMING = frozenset("全各该此本我")
_OWN_TERRITORY = re.compile(r"[我本][省市区县州旗]")  # 我市, 本县: the territory the text speaks for
# The body named right before its meeting (召开县委全面依法治县委员会会议, 区政府常务会议).
_MEETING_OF = re.compile(r"(?P<body>[\u4e00-\u9fff]{1,14}?(?:人民政府|政府|委员会|党组|党委|党工委|常委会|局|委))"
                         r"(?=常务会议|常务会|全体会议|专题会议|会议|办公会)")
_HELD_BY = lazy(r"^.*(?:召开|举行|参加|出席|组织|全年|共)")  # the words before the body's name
# Words of a body's name that do not tell one body from another (县政府 = 县人民政府).
_SUBJECT_FILLER = re.compile(r"全面|人民|本级|我|本")
_SUB_BODIES = ("法庭", "派出所", "司法所", "大队", "支队", "中队")


def _subject_of(words: str) -> Tuple[str, int]:
    """The body a clause opens with and where the rest starts, or ("", 0)."""
    m = _SUBJECT.match(words)
    if not m or m.group("subject")[0] in "向对由经在从报给把将":
        return "", 0
    subject = _SUBJECT_FILLER.sub("", m.group("subject"))
    if len(subject) < 2 or subject[0] == "全":
        return "", 0  # 全局, 我局: the report's own body, a scope rather than a name
    return subject, m.end("subject")


_PLACE_END = ("自治区", "省", "市", "区", "县", "州", "旗")
_TOWN_END = ("镇", "乡", "街道")  # bodies as ever: a town's figure is not the county's


def _place(name: str) -> bool:
    """A territory named (武定县, 东湖区), not a word that ends like one (辖区, 全区): another
    territory's figures are not its own, while a figure with no subject may be (a report speaks
    for its territory)."""
    return len(name) >= 3 and name.endswith(_PLACE_END) and name not in _NOT_PLACES and name[0] not in _NOT_NAMING


def _place_of(folded: str, start: int, end: int) -> str:
    """The territory or town a sentence opens with, or ""."""
    m = _PLACE_OPENING.match(folded, start, end)
    name = m.group("place") if m else ""
    return name if _place(name) or (name.endswith(_TOWN_END) and name[0] not in _NOT_NAMING) else ""


def _places_apart(a: FrozenSet[str], b: FrozenSet[str]) -> bool:
    """Do two wordings differ in the territory they name (东湖区受理… / 西湖区受理…)?"""
    return any(_place(w) for w in a - b) and any(_place(w) for w in b - a)


def _same_body(a: str, b: str) -> bool:
    return not a or not b or a == b or a.endswith(b) or b.endswith(a)


class Figure(NamedTuple):
    q: Quantity
    sentence: int  # where its sentence starts
    period: tuple  # ("year", 2023), ("since", 2018, 2023), ("until", 2023), ("doc",)
    scope: FrozenSet[str]
    clause: Tuple[int, int]
    low: float
    high: float
    rate: bool  # a named rate (出庭应诉率100%), compared by name only
    own: bool = False  # the body names itself (我局): not the territory's figure
    body: str = ""  # the body a heading names it under (城南街道)
    total: bool = False  # stated as a total (全年共…, 共计, 合计)
    yearly: bool = False  # stated as the year's (全年…, 共…): an activity count is compared only so
    whole_year: bool = False  # said to be the year's in words (全年…, 今年…, a list of counts opened so)
    alone: bool = False  # its clause opens its sentence (after a year, 全年, a scope): it names what it counts


class Metric(NamedTuple):
    key: FrozenSet[str]
    coordinated: bool  # 复议及诉讼案件: a union, not a subset
    subject: str = ""  # the body that reports it (县政府), "" when none is written
    meeting: str = ""  # the kind of meeting counted (常务会议); its key says 会议
    # how a session was held (集中, 闭卷), kept out of the key; for a pass rate, who sat the exam
    manner: FrozenSet[str] = frozenset()

    @property
    def has_head(self) -> bool:
        return any(word.endswith(head) for word in self.key - _STAGES for head in _HEADS)

    @property
    def usable(self) -> bool:
        # "办理案件" says only "cases": a stage verb is not a qualifier.
        # 常务会议9次: a kind of meeting named is a statistic of its own
        words = (self.key | self.manner | ({self.meeting} if self.meeting else set())) - _STAGES
        has_head = any(word.endswith(head) for word in words for head in _HEADS)
        # 县委依法治县委员会召开会议2次: the meetings of a body named are one statistic
        # 下设7个指挥所 / 全县6个指挥所: the units of a structure are counted by their name alone
        return has_head and (sum(len(word) for word in words) >= 4 or bool(self.subject and _event(self))
                             or (len(words) == 1 and next(iter(words)) in _STRUCTURES))


class FigureReader:
    """The figures of a document worth comparing, and the ones that disagree."""

    def __init__(self, doc, runs: Sequence[Sequence[NumberSentence]], years: Sequence[YearMention],
                 report_year: Optional[int], cut: Callable[[str], Sequence[str]],
                 run_paragraphs: Optional[Sequence] = None):
        self.doc = doc
        self.folded = doc.folded
        self.runs = runs  # the number sentences, paragraph by paragraph
        # The paragraph of each run (NumberModel.run_paragraphs, when at hand).
        self.run_paragraphs = run_paragraphs if run_paragraphs is not None else [
            doc.paragraph_of(run[0].start) for run in runs]
        self.years = years
        self.year_starts = [y.start for y in years]
        self.report_year = report_year if report_year is not None else self._headings_year()
        if self.report_year is None:
            self.report_year = self._one_year()
        self.own_scope = self._own_scope()
        self._sole: Optional[str] = None  # the one body the figures name as their subject, if one
        self._own: Optional[FrozenSet[str]] = None  # the territory the text speaks for (_own_places)
        self._placed_figures: List[Tuple[Figure, int]] = []
        cuts: Dict[str, Sequence[str]] = {}

        def cut_once(text: str) -> Sequence[str]:
            words = cuts.get(text)
            if words is None:
                words = cuts[text] = cut(text)
            return words

        self.cut = cut_once  # word segmentation, asked for only where two figures may disagree, once a text
        self._metrics: Dict[tuple, Metric] = {}
        self._sentence_at: Dict[int, NumberSentence] = {}  # built when a metric first needs it
        self._scopes: Dict[int, Tuple[Tuple[str, ...], str, bool]] = {}  # see _scope_of
        self._averages: Dict[int, str] = {}  # an average's figure (人均结案242件) as first read: the average's word
        self._subsets: Dict[FrozenSet[str], Tuple[FrozenSet[str], ...]] = {}  # a key's proper subsets
        self._under: Optional[Callable[[int], Tuple[Optional[int], str]]] = None  # see _under_headings
        self._frames: Optional[Tuple[List[int], List[str]]] = None  # see _framed_apart
        self._since: Optional[int] = None  # the span a paragraph's figures go on with (see _placed)
        self._dateline: Optional[int] = None  # see _dateline_year (0: none)
        self._term: Optional[int] = None  # the term of years a paragraph goes on reviewing (see _placed)
        # the part of the year the whole text gives its figures for (2023年上半年人民法院司法审判工作主要数据):
        # a figure that names it is of the text's own period
        self._text_part = self._read_text_part()

    # -- reading the figures ---------------------------------------------------

    def _years_in(self, start: int, end: int) -> List[YearMention]:
        lo = bisect.bisect_left(self.year_starts, start)
        hi = bisect.bisect_left(self.year_starts, end)
        return list(self.years[lo:hi])

    def figures(self) -> List[Figure]:
        """The figures worth comparing, in text order."""
        return [_moved(f, shift) if shift else f for f, shift in self._placed()]

    def _placed(self) -> List[Tuple[Figure, int]]:
        """The figures worth comparing, paragraph by paragraph, each as (figure as first
        read, distance to where it stands): a paragraph written twice under the same year
        is read once, and its figures are moved only when they are compared."""
        doc = self.doc
        text = doc.text
        table_lines = doc.table_lines
        under = self._under_headings()
        folded = self.folded
        # a paragraph that opens reviewing a term (过去五年，…; 五年来，…) gives the term's figures where they name
        # no year, in its sentences and the paragraphs after it until a heading or a paragraph that opens with a
        # year, this year or the time ahead (2023年，…; 今年以来…; 一年来…; 今后五年…; 下一步…)
        headings_at = [h.paragraph for h in self.doc.headings]
        term, term_from = None, 0
        out: List[Tuple[Figure, int]] = []
        seen: Dict[tuple, Tuple[int, List[Figure]]] = {}
        for run, para in zip(self.runs, self.run_paragraphs):
            if para is None or para.line in table_lines:
                continue
            year, body = under(para.index)
            fallback = year if year is not None else self.report_year
            if fallback is None and para.index > 0:
                # a text whose year is not known (a news story on a report): a paragraph that names no
                # year goes on with the one the paragraph before it names (2021年是…，一年来… / 全县地区
                # 生产总值增长12.6%达92.9亿元)
                before = doc.paragraphs[para.index - 1]
                fallback = self._paragraph_year(before.start, before.end)
                # or the span it opens with (2016年以来，… / ——…116个贫困村全部出列): a review of those years;
                # not where it sums its counts (2016年以来，累计完成…152个 / 完成…38个: a sum, then the year's)
                since = _SINCE.match(self.folded, before.start, min(before.end, before.start + 16)) \
                    if fallback is None and not _SUMMED.search(self.folded, before.start, before.end) else None
                self._since = int(since.group(1)) if since is not None else None
            else:
                self._since = None
            head = folded[para.start:para.start + _TERM_HEAD].lstrip(" \t\u3000—-")
            if term is not None and (_TERM_ENDS.match(head) or bisect.bisect_right(headings_at, para.index)
                                     != bisect.bisect_right(headings_at, term_from)):
                term = None
            opened = _TERM_OPENS.match(head) if "年" in head else None
            if opened is not None:
                term, term_from = _term_years(opened.group("n") or opened.group("n2")), para.index
            self._term = term or None
            key = (text[para.start:run[-1].end], fallback, body, self._since, self._term)
            known = seen.get(key)
            if known is not None:
                base, found = known
                shift = para.start - base
                out.extend((f, shift) for f in found)
                continue
            found = [f for sentence in run for f in self._sentence_figures(sentence, para, fallback, body)]
            seen[key] = (para.start, found)
            out.extend((f, 0) for f in found)
        return out

    def _sentence_figures(self, sentence: NumberSentence, para, fallback: Optional[int],
                          body: str = "") -> Iterator[Figure]:
        folded = self.folded
        s_start, s_end = sentence.start, sentence.end
        if not any(_may_be_figure(_as_persons(folded, q)) for q in sentence.items):
            return  # years, spans of time, ranges: nothing here is compared, nothing to read
        targets = self._targets(s_start, s_end)
        # (2010年不变价): the year prices are counted at, not the year counted
        years = [y for y in self._years_in(s_start, s_end) if not _PRICE_BASE.match(folded, y.end)]
        part_from = None
        marker = _PART_MARKER.search(folded, s_start, s_end)
        if marker:
            part_from = marker.start()
        cumulative = []
        this_year = False  # 今年以来，…累计办理…: the year so far, summed
        for m in _CUMULATIVE.finditer(folded, s_start, s_end):
            if m.group() == "以来" and folded[m.start() - 2:m.start()] in _THIS_YEAR:
                this_year = True
            elif not (this_year and m.group() == "累计"):
                cumulative.append(m.end())
        # 11月20日 is the day something happened, not the period of the figures after it
        # 1-12月 and 12月底 are the whole year, not a part of it (2023年1-12月，主动公开政府信息…)
        whole = [m.span() for m in _WHOLE_MONTHS.finditer(folded, s_start, s_end)]
        part_of_year = [m.end() for m in _PART_OF_YEAR.finditer(folded, s_start, s_end)
                        if not _DAY.match(folded, m.end()) and not any(a <= m.start() < b for a, b in whole)]
        # A scope speaks for the sentence where it opens a clause (2023年，全区共…); inside
        # an earlier clause (纳入各级党委…学习内容) it speaks only for that clause.
        scopes = [(m.end(), m.group(), m.start() == s_start or folded[m.start() - 1] in _SCOPE_OPENS)
                  for m in _SCOPE.finditer(folded, s_start, s_end)
                  if folded[m.start() - 2:m.start()] not in _REACHING]
        selves = [m.end() for m in _SELF.finditer(folded, s_start, s_end)]
        named = self._paragraph_year(para.start, s_start)
        if named is not None:
            fallback = named
        listed = self._year_list(s_start, s_end)
        back = _POINTS_BACK.search(folded, s_start, s_end)
        points_back = back.start() if back else s_end  # counts after it are of what was named before
        for q in sentence.items:
            if part_from is not None and q.start > part_from:
                continue  # a part of a breakdown: its scope is its total
            q = _as_persons(folded, q)
            if targets and targets[0] < begin(q):
                continue  # 力争…, 计划…: a target, not a figure
            rate = q.kind == "percent" and q.unit == "%"
            average = ""
            if not rate and (q.kind != "count" or q.unit in _SKIP_UNITS):
                # 人均预期寿命78.6岁: an average age is a statistic, an age is not
                average = _average(folded, q, s_start) if q.kind == "count" and q.unit == "岁" else ""
                if not average:
                    continue
            if not _comparable(q):
                continue
            if is_change(folded, q, s_start):
                # 法官人均结案242件, 年均新增就业1100多万人: an average is a statistic of its own, held to the
                # same average (a per-unit figure read as none: 每期80人)
                average = average or _average(folded, q, s_start)
                if not average:
                    continue
            elif not average and _AVERAGE.search(folded, max(s_start, begin(q) - _AVERAGE_REACH), begin(q)):
                average = _average(folded, q, s_start)  # 户均纯收入达到2.8万元: an average all the same
            if rate and not self._rate_name(q, s_start):
                continue
            period = self._period(q, s_start, years, cumulative, fallback, part_of_year)
            if period is None:
                continue
            at = begin(q)
            clause_start = back_to(folded, at, s_start, "，；") if scopes else at
            scope = frozenset(word for end, word, opens in scopes
                              if end <= at and (opens or end > clause_start)) or self.own_scope
            if "各级" in scope and len(scope) > 1:
                scope = scope - _EVERY_LEVEL  # 全县各级行政机关: the territory says it
            low, high = _interval(q)
            if folded.startswith(_BREAKING, begin(q) - 2):
                low, high = low + _STRICT, float("inf")  # 突破800个: more than 800
            own = any(end <= at for end in selves)
            clause = self._clause(q, s_start, s_end)
            if _REACHED.fullmatch(folded, clause[0], begin(q)) and clause[0] - 1 > s_start \
                    and folded[clause[0] - 1] in "，,":
                # 地区生产总值增长12.6%，达92.9亿元: the level the named thing reached after its change
                rose = _ROSE_BY.search(folded, s_start, clause[0] - 1)
                if rose is not None and rose.end() == clause[0] - 1:
                    clause = (back_to(folded, rose.start(), s_start, _CLAUSE_BREAK), clause[1])
            total = _TOTAL.search(folded, clause[0], q.start) is not None
            # the year's count, said so in a clause that opens its sentence (针对青少年，全年开展普法
            # 活动50场 is one group's)
            opening = _OPENING.fullmatch(folded, s_start, clause[0]) is not None
            yearly = (total or folded.find("全年", clause[0], q.start) >= 0) and opening
            # the year's count said in words (全年…, 今年…), not only a total of some context (…以来共5期),
            # in the clause up to a comma (全年走访人大代表、政协委员23人次: one clause)
            wide = back_to(folded, begin(q), s_start, _WIDE_BREAK)
            alone = _OPENING.fullmatch(folded, s_start, wide) is not None
            if not alone and wide > s_start and folded[wide - 1] not in _WIDE_BREAK:
                # 2020年度我局依据《…条例》（…）等实施行政处罚总数为293宗: the laws it was done under make
                # the clause long, not another clause
                basis = _BASIS.search(folded, s_start, begin(q))
                alone = basis is not None and not any(c in _WIDE_BREAK for c in folded[s_start:begin(q)]) \
                    and begin(q) - s_start - len(basis.group()) <= REACH
            # (the opening too: 一年来，共受理…)
            whole_year = ((alone and _WHOLE_YEAR.search(folded, s_start, q.start) is not None) or wide in listed
                          or (folded.startswith("全年", wide) and self._said_of_year(s_start, wide))) \
                and q.start <= points_back
            if average:
                self._averages[q.start] = average
            yield Figure(q, s_start, period, scope, clause, low, high, rate, own, body, total, yearly, whole_year,
                         alone)

    def _dateline_year(self) -> Optional[int]:
        """The year of the date a story opens with (its dateline: 2023-03-10 10:47, 2023年3月10日), read once;
        None where its first lines give no full date."""
        if self._dateline is None:
            m = _DATELINE.search(self.folded, 0, min(len(self.folded), _DATELINE_REACH))
            self._dateline = int(m.group(1)) if m else 0
        return self._dateline or None

    def _read_text_part(self) -> Optional[int]:
        """The month the part of the year a text is about ends in, named with its year where the text
        opens (2023年上半年人民法院司法审判工作主要数据, 2024年1-9月…), in a text that gives no year's
        figure besides (全年…; 去年全年 is last year's); None for a year's text."""
        folded = self.folded
        named = _TEXT_PART.search(folded, 0, min(len(folded), _TEXT_PART_REACH))
        if named is None or _THIS_WHOLE_YEAR.search(folded):
            return None
        return _months_end(folded, named.start(), named.end())

    def _part_of_year(self, start: int, end: int) -> Optional[int]:
        """The month the part of the year named in folded[start:end] ends in (see _months_end), None for
        the text's own period (the whole year, or the part the text is about)."""
        month = _months_end(self.folded, start, end)
        return None if month == self._text_part else month

    def _said_of_year(self, s_start: int, at: int) -> bool:
        """May a clause opened by 全年 later in its sentence (二是优化政务服务，推行…模式，全年开展…活动23场次)
        give the year's count: the clauses before it name no event, campaign, group or place it would
        be the count of (针对青少年，全年…; 在宪法宣传周期间，…; 城关镇…，全年…) and hold no number?"""
        folded = self.folded
        return not (_CONTEXT.search(folded, s_start, at) or _OCCASION.search(folded, s_start, at)
                    or _GROUP_BEFORE.search(folded, s_start, at) or _HAS_DIGIT.search(folded, s_start, at)
                    or _opening_place(folded, s_start, at))

    def _year_list(self, s_start: int, s_end: int) -> FrozenSet[int]:
        """Where the clauses start that go on from a sentence opened with the year and its first
        count (全年发放宣传资料5000余份，接待法律咨询80余人次): each gives the year's count, as long as
        every clause before it holds a number.  Read once per sentence."""
        folded = self.folded
        m = _YEAR_OPEN.match(folded, s_start, s_end)
        if m is None:
            return frozenset()
        starts = []
        pos = m.end()
        while True:
            brk = _WIDE_BREAK_AT.search(folded, pos, s_end)
            if brk is None or not _HAS_DIGIT.search(folded, pos, brk.start()) or brk.group() not in "，,":
                return frozenset(starts)
            pos = brk.end()
            starts.append(pos)

    def _targets(self, s_start: int, s_end: int) -> List[int]:
        """Where the sentence starts speaking of a target (力争, 计划于…), in order: the
        figures after it are not figures of the period.  A noun naming the plan or the
        target that the work followed (锚定…总目标, 按照…工作要求, 制定年度学法计划, a title
        in 《》) is not one: the figures after it were achieved."""
        folded = self.folded
        found = []
        for m in _TARGET.finditer(folded, s_start, s_end):
            word, at = m.group(), m.start()
            if folded.rfind("《", s_start, at) > folded.rfind("》", s_start, at):
                continue  # 《…工作要点》, 《…实施计划》: a title
            if word in _TARGET_NOUNS and (folded[at - 1:at] in _TARGET_NOUNS[word][0]
                                          or folded[m.end():m.end() + 1] in _TARGET_NOUNS[word][1]):
                continue
            if word == "确保" and _ENSURED.match(folded, m.end(), s_end):
                continue  # 确保权限合法、程序合法，全年完成…审查700余件: how the work was done, then what was
            found.append(at)
        return found

    def _paragraph_year(self, start: int, end: int) -> Optional[int]:
        """The one year the paragraph names before a sentence (2023年，我局…。全年受理…), if one."""
        folded = self.folded
        named = {y.value for y in self._years_in(start, end) if not folded.startswith(("以来", "至今"), y.end)
                 and folded[y.end:y.end + 1] not in "—－-～~至到"}
        return named.pop() if len(named) == 1 else None

    def _headings_year(self) -> Optional[int]:
        """The one year the top-level headings name (一、2023年工作成效), for a report
        whose title gives none."""
        doc = self.doc
        ranks = [h.rank for h in doc.headings if h.number is not None]
        if not ranks:
            return None
        top = min(ranks)
        named = {y.value for h in doc.headings if h.rank == top
                 for y in self._years_in(h.title_start, h.title_end)}
        return named.pop() if len(named) == 1 else None

    def _one_year(self) -> Optional[int]:
        """The one year a text without a title names (an excerpt of a report on 2023 that
        names 2023 alone): its figures without a year are that year's.  Years that open a
        span (2018年以来, 2021—2023年) do not count; two years named, none is taken."""
        folded = self.folded
        named = set()
        for y in self.years:
            after = folded[y.end:y.end + 1]
            before = folded[y.start - 1] if y.start else ""
            if folded.startswith(("以来", "至今"), y.end) or (after and after in _SPAN_MARKS) \
                    or (before and before in _SPAN_MARKS and folded[y.start - 2:y.start] not in ("截至", "截止")):
                continue
            named.add(y.value)
            if len(named) > 1:
                return None
        return named.pop() if named else None

    def _author(self) -> str:
        """The title's words, as the subjects are read (县人民政府 → 县政府)."""
        from ..profiles import title

        found = title(self.doc)
        return _SUBJECT_FILLER.sub("", found.text) if found is not None else ""

    def _own_body(self, subject: str) -> bool:
        """Is ``subject`` the body the report speaks for: the one its title names, or the
        only one its figures name?  A figure with no body written is that body's; another
        body's (县市场监管局 in a county's report) is its own figure."""
        if self._sole is None:
            folded = self.folded
            named = {_subject_of(folded[f.clause[0]:begin(f.q)])[0] for f, _ in self._placed_figures}
            named.discard("")
            self._sole = named.pop() if len(named) == 1 else ""
            self._author_text = self._author()
        if subject.endswith(_SUB_BODIES):  # 城区法庭, 城关派出所: a part of the body, never the report's own
            return bool(self._author_text) and subject in self._author_text
        return subject == self._sole or (bool(self._author_text) and subject in self._author_text)

    def _own_places(self) -> FrozenSet[str]:
        """The territory the text speaks for: the place the first paragraph that opens with one, up to its first count, names (2023年，辽阳市
        政府信息公开工作…), as a report names itself before it says 我市."""
        if self._own is None:
            folded = self.folded
            counted = next((q.start for run in self.runs for sentence in run for q in sentence.items
                            if q.kind == "count"), len(folded))
            self._own = frozenset()
            for para in self.doc.paragraphs[:_SUMMARY_PARAGRAPHS]:
                if para.start > counted:
                    break  # where the text opens, before (or at) its first count: a section names another
                place = _opening_place(folded, para.start, para.end)
                if place and _place(place) and not folded.startswith("#", para.start):
                    self._own = frozenset([place])
                    break
        return self._own

    def _own_scope(self) -> FrozenSet[str]:
        """The scope a figure without one has: 全区 in a district government's report."""
        from ..profiles import title

        found = title(self.doc)
        m = _GOVERNMENT.search(found.text) if found is not None else None
        return frozenset(["全" + m.group("level")]) if m else frozenset()

    def _under_headings(self) -> Callable[[int], Tuple[Optional[int], str]]:
        """The year its headings name and the body a heading names it under (（三）城南街道),
        for a paragraph's index: figures under two bodies are not one figure.  A heading
        itself is under none.  The state is kept once per heading, not per paragraph, and
        read once per document."""
        if self._under is None:
            self._under = self._read_headings()
        return self._under

    def _read_headings(self) -> Callable[[int], Tuple[Optional[int], str]]:
        at: List[int] = []  # the paragraph of each heading, in order
        states: List[Tuple[Optional[int], str]] = []  # what the paragraphs after it are under
        # (rank, year, body) of the open headings, year and body inherited from the
        # heading above where a heading names none.
        stack: List[Tuple[int, Optional[int], str]] = []
        year_starts = self.year_starts
        folded = self.folded
        # a line that only names a year's part of the report (2025年主要工作, 2024年工作回顾; no number before
        # it): the paragraphs after it are that year's, as under a heading above all the numbered ones
        headings = list(self.doc.headings)
        numbered = {h.paragraph for h in headings}
        parts = [p for p in self.doc.paragraphs if p.end - p.start <= _YEAR_PART_CHARS and p.index not in numbered
                 and _YEAR_PART.fullmatch(folded, p.start, p.end)]
        if parts:
            for p in parts:
                headings.append(_YearPart(p.index, -1, p.start, p.end, folded[p.start:p.end]))
            headings.sort(key=lambda h: h.paragraph)
        for heading in headings:
            while stack and stack[-1][0] >= heading.rank:
                stack.pop()
            year, body = (stack[-1][1], stack[-1][2]) if stack else (None, "")
            lo = bisect.bisect_left(year_starts, heading.title_start)
            hi = bisect.bisect_left(year_starts, heading.title_end, lo)
            if hi > lo:
                named = {y.value for y in self.years[lo:hi]}
                if len(named) == 1:
                    year = named.pop()
            title = heading.title.strip()
            if title[-1:] in _BODY_LAST and _BODY_NAME.match(title) and not _THEME.search(title) \
                    and not title.endswith(_NOT_BODY_ENDS):
                body = title
            stack.append((heading.rank, year, body))
            at.append(heading.paragraph)
            states.append((year, body))
        nothing: Tuple[Optional[int], str] = (None, "")

        def under(index: int) -> Tuple[Optional[int], str]:
            i = bisect.bisect_right(at, index) - 1
            return nothing if i < 0 or at[i] == index else states[i]

        return under

    def _period(self, q: Quantity, s_start: int, years: List[YearMention], cumulative: List[int],
                fallback: Optional[int], part_of_year: Sequence[int] = ()) -> Optional[tuple]:
        folded = self.folded
        at = begin(q)
        clause_start = back_to(folded, at, s_start, "，；")
        before = [y for y in years if y.end <= at]
        in_clause = [y for y in before if y.start >= clause_start]
        if part_of_year and part_of_year[0] <= at and "全年" not in folded[clause_start:at] \
                and (self._text_part is None or _months_end(folded, s_start, at) != self._text_part):
            return None  # 上半年, 一季度, 3月: a period the year's figures are not compared with
        summed = [end for end in cumulative if end <= at]
        if summed and _WHOLE_YEAR.search(folded, back_to(folded, at, s_start, _WIDE_BREAK), at):
            # 累计开展驻站执法102次，…，带头参加全年14次专题学习: a clause that says it gives the year's
            # count is the year's, whatever an earlier clause of its sentence summed
            wide = back_to(folded, at, s_start, _WIDE_BREAK)
            summed = [end for end in summed if end > wide]
        if summed:
            head = folded[s_start:at]
            until = _UNTIL.search(head)
            since = _SINCE.search(head)
            if until:
                year = before[-1].value if before and before[-1].start >= until.start() else fallback
                return ("until", year)
            if since and not (int(since.group(1)) == fallback and not _SUMMED.search(head)):
                return ("since", int(since.group(1)), fallback)
            if not since:
                # cumulative over a span the text does not pin down: comparable only with
                # another figure summed the same way (全市累计…181.3万件 / 累计…170余万件)
                if all(m.group() == "累计" for m in _CUMULATIVE.finditer(head)):
                    return ("summed", fallback)
                # 五年来共批准逮捕…1.5万余人: a term of years, held to the figures said of that term
                term = _TERM.search(head)
                if term is not None:
                    return ("term", _term_years(term.group("n") or term.group("n2")), fallback)
                return None
            # 2025年以来 in a report on 2025: the year's own figures
        # 批准逮捕…14790人，起诉25887人，较前五年分别上升2.3%、3.4%: counts compared with the term before are
        # the term's (a five-year report's own)
        compared = _TERM_BEFORE.search(folded, q.end, forward_to(folded, q.end, len(folded), "。；;\n", _TERM_REACH))
        if compared is not None:
            return ("term", _term_years(compared.group("n")), fallback)
        if in_clause:
            named = {y.value for y in in_clause}
            return ("year", in_clause[-1].value) if len(named) == 1 else None
        if before:
            named = {y.value for y in before}
            return ("year", before[-1].value) if len(named) == 1 else None
        if _LAST_YEAR.search(folded[clause_start:at]):
            if fallback is None:
                fallback = self._dateline_year()  # 去年 in a story dated 2023-03-10: 2022
            return ("year", fallback - 1) if fallback is not None else None
        if fallback is None and self._since is not None:
            return ("since", self._since, None)
        if self._term is not None:
            return ("term", self._term, fallback)  # under 过去五年，… / 五年来，…: the review's figures
        return ("year", fallback) if fallback is not None else ("doc",)

    def _clause(self, q: Quantity, floor: int, ceiling: int) -> Tuple[int, int]:
        folded = self.folded
        a = back_to(folded, begin(q), floor, _CLAUSE_BREAK)
        b = forward_to(folded, q.end, ceiling, _CLAUSE_BREAK)
        # 村（居）, 镇（街道）: a short alternative in brackets is part of the noun, not a break
        for _ in range(2):
            if a - 1 > floor and folded[a - 1] == "）":
                opened = folded.rfind("（", max(floor, a - 1 - _ALTERNATIVE), a - 1)
                if opened < 0 or opened == floor:
                    break
                a = back_to(folded, opened, floor, _CLAUSE_BREAK)
        for _ in range(2):
            if b < ceiling and folded[b] == "（":
                closed = folded.find("）", b, min(ceiling, b + 1 + _ALTERNATIVE))
                if closed < 0:
                    break
                b = forward_to(folded, closed + 1, ceiling, _CLAUSE_BREAK)
        return a, b

    def _section_titles(self) -> Callable[[Optional[object]], str]:
        """The titles of the headings a paragraph stands under (二、主动公开政府信息情况 / （一）网站),
        its own among them where it is a run-in heading, for a paragraph (None: none)."""
        at: List[int] = []
        titles: List[str] = []
        stack: List[Tuple[int, str]] = []
        for heading in self.doc.headings:
            while stack and stack[-1][0] >= heading.rank:
                stack.pop()
            stack.append((heading.rank, heading.title.strip()))
            at.append(heading.paragraph)
            titles.append("，".join(title for _, title in stack))

        def titles_of(para) -> str:
            if para is None:
                return ""
            i = bisect.bisect_right(at, para.index) - 1
            return titles[i] if i >= 0 else ""

        return titles_of

    def _rate_name(self, q: Quantity, floor: int) -> str:
        folded = self.folded
        prefix = folded[back_to(folded, begin(q), floor, "，；：（）、。"):begin(q)]
        m = _RATE_NAME.search(prefix)
        if m and any(stem in m.group(1) for stem in _RATE_STATISTICS):
            return m.group(1) + "率"
        return ""

    # -- what a figure counts ----------------------------------------------------

    def metric(self, fig: Figure) -> Metric:
        """The words that say what ``fig`` counts: the noun phrase before the number, or
        when the number comes first ("11件行政处罚案件被申请行政复议"), the words after it."""
        folded = self.folded
        a, b = fig.clause
        # a rate is named in its own clause; whose it is, by the place its sentence opens with
        # (2023年，城关镇调解…，调解成功率98%): two towns' rates are two
        rate_of = _place_of(folded, fig.sentence, a) if fig.rate else ""
        # 受理各类案件4088件，办结3687件: a count named by its stage alone counts what the sentence's
        # first count of its unit names (the cases concluded), as 全年办结的3800余件案件 does
        listed = self._listed_noun(fig) if not fig.rate and _STAGE_ONLY.fullmatch(folded, a, begin(fig.q)) else ""
        if not listed and not fig.rate and a > fig.sentence and folded[a - 1] == "、" \
                and _BARE_ACT.fullmatch(folded, a, begin(fig.q)):
            # 发生各类生产安全事故14402起、死亡13412人: the deaths in those accidents, as 事故死亡1.43万人 says
            listed = self._counted_before(fig, a)
        context = (folded[a:fig.q.start], folded[fig.q.end:b], fig.rate, rate_of, listed)
        known = self._metrics.get(context)
        if known is not None:
            return known
        if fig.rate:
            name = self._rate_name(fig.q, a)
            bare = next((stem for stem in _BARE_RATES if name[:-1].endswith(stem)), "")
            if bare:
                # 考试合格率 / …考试…，合格率: the rate and what it is of; not cached by its clause,
                # which may leave the exam to the sentence
                of = list(_RATE_OF.finditer(name)) or list(_RATE_OF.finditer(folded, fig.sentence, a))
                if not of:
                    return Metric(frozenset(), False)
                # who sat it (执法人员, 新进人员), where the exam is named: two groups' exams are two
                held = folded[back_to(folded, of[-1].start(), fig.sentence, "，；。"):of[-1].start()] \
                    if of[-1].start() < a else name
                who = frozenset(_PERSONS.findall(held))
                return Metric(frozenset([bare, of[-1].group(), "率"]), False, rate_of, manner=who)
            cut = []
            for w in self.cut(name[:-1]):
                # 服务满意 as jieba may join it: the service and the rate's stem
                stem = next((t for t in _RATE_STATISTICS if len(w) > len(t) and w.endswith(t)), "")
                cut += [w[:-len(stem)], stem] if stem else [w]
            words = frozenset(_content([w for w in cut if w not in _BOUNDARY])[-4:])
            # 办结率 alone is any office's; 信访事项办结率, 出庭应诉率 name one statistic.
            metric = Metric(words | {"率"} if len(words) >= 2 else frozenset(), False, rate_of)
            self._metrics[context] = metric
            return metric
        subject, skip = _subject_of(folded[a:begin(fig.q)])
        if skip and a + skip >= begin(fig.q):
            subject, skip = "", 0  # the clause is only a name: it is what is counted
        # 依据《…条例》等实施行政处罚…: the laws it was done under (等: any of them) name nothing it counts
        words_before = _BASIS.sub("", folded[a + skip:begin(fig.q)])
        if a + skip > fig.sentence and folded[a + skip - 1] in "）)》":
            words_before = _BASIS_TAIL.sub("", words_before)  # 《…》（国务院令第110号）等实施…
        words_before = _ONCE_ACTED.sub("", words_before)  # 办结后的296件信访事项 = 办结的…: the stage they are past
        rose = _ROSE_BY.search(words_before)
        if rose is not None and _REACHED.fullmatch(words_before, rose.end()):
            words_before = words_before[:rose.start()]  # 地区生产总值增长12.6%达92.9亿元: the GDP's level
        if not subject:
            # 召开区政府常务会议24次: the body whose meetings they are
            held = _MEETING_OF.search(words_before)
            if held and not held.group("body").endswith(_PARTY_GROUPS):
                subject = _SUBJECT_FILLER.sub("", _HELD_BY.sub("", held.group("body")))
                words_before = words_before[:held.start("body")] + words_before[held.end("body"):]
        before_words = _joined(self.cut(words_before)) if words_before else []
        phrase: List[str] = []
        before_words = [w for i, w in enumerate(before_words)
                        if not (i and before_words[i - 1] in _TO_BODY and w.endswith(_BODY_END))]
        topic: List[str] = []
        grand = False
        i = len(before_words) - 1
        while i >= 0:
            word = before_words[i]
            i -= 1
            if not phrase and word in _GRAND and i >= 0 and before_words[i].endswith(_BUDGET_SIDES):
                grand = True  # 支出总计: the budget's all-in total, not 支出 (see _GRAND)
                continue
            if not phrase and word in _LEADING_VERBS:
                continue  # 支出完成28.6亿元: the verb before the number is not the metric
            if word in _BOUNDARY or any(c.isdigit() for c in word):
                if word == "的" and phrase:
                    # 涉及征收补偿的复议案件: a qualifier makes a narrower metric, not the whole;
                    # all of it (参加学法用法考试的公务员 = 公务员参加学法用法考试), up to a boundary
                    for qualifier in reversed(before_words[max(0, i - _QUALIFIER + 1):i + 1]):
                        if qualifier in _BOUNDARY or qualifier in _ROLES or qualifier in _TURNING \
                                or (qualifier not in _STOP and not _content([qualifier])):
                            break
                        phrase.append(qualifier)
                if word in _TIME_FIRST and (not _content(phrase) or set(_content(phrase)) <= _STAGES
                                            or _names_first(before_words[:i + 1])):
                    # 专题会议全年共召开十次, 区政府常务会议全年安排…讲法6次, 局党组中心组共学法9次,
                    # 行政复议案件共计办理55件: the thing named first, then when, how many and
                    # what was done with it
                    continue
                break
            if word in _TOPIC:
                topic.append(word)
                continue
            phrase.append(word)
            if sum(w not in _MANNER for w in _content(phrase)) >= 5:
                break  # five words that say something: 行政, 开展 … do not count
        phrase.reverse()
        words = _content(phrase) + ([_GRAND_TOTAL] if grand else []) + (listed.split("|") if listed else [])
        aside: List[str] = []
        if topic and sum(len(w) for w in words) < 4:
            # 举办法治培训班46期: without 法治 only 培训 is left, a word too few to name a
            # statistic; 法治 tells it is one, but is not compared (培训班全年共64期 is the same)
            aside = _content(topic)
        purpose = _PURPOSE.match(folded, fig.q.unit_end, b) if fig.q.end < b else None
        if purpose and any(w.endswith(("会议", "常务会")) for w in words):
            words += _content([purpose.group()])  # 召开常务会议7次研究法治工作: meetings that studied it
        used = phrase
        if not any(_HEAD.search(w) for w in words) and fig.q.end < b:
            after: List[str] = []
            after_text = folded[fig.q.end:b]
            held = None if subject else _MEETING_OF.search(after_text)
            if held and held.group("body").endswith(_PARTY_GROUPS):
                held = None  # 召开4次镇党委会议: as 镇党委会议4次, the party committee is the kind
            if held:
                # 召开8次县政府常务会议: the body whose meetings they are, after the count
                after_text = after_text[:held.start("body")] + after_text[held.end("body"):]
            cut_after = _joined(self.cut(after_text)[:8 + 3])
            for k, word in enumerate(cut_after):
                if word == "全" and cut_after[k + 1:k + 2] and _SCOPE.fullmatch("全" + cut_after[k + 1]):
                    continue  # 3次全系统…考试: a scope, not the adverb 全
                if word in _AFTER_STOP or len(after) >= 8:
                    break  # 1,826名人民调解员均已…: the phrase ends before the adverb
                if after and word in _NEXT_ACT and _BY_MEANS & set(before_words):
                    break  # 结合全年21次党组中心组集中学习开展廉政教育活动11次: what is done by them
                if word not in _TOPIC:
                    after.append(word)
                if word in _STRUCTURES or word.endswith(("中队", "大队")):
                    break  # 全县6个指挥所实行24小时值班: the units, then what they do
            if any(_HEAD.search(w) for w in after):
                # the verb right before the count says what was done to what it counts
                # (向开发区下放86项权力事项 / 动态调整权力事项124项: two acts on one noun)
                acted = _content(before_words[-1:]) if before_words and before_words[-1] not in _BOUNDARY else []
                if before_words and before_words[-1] == "的":
                    # 此次取消的12项审批事项: the qualifier before 的 says which (not 取消和下放…共150项)
                    for qualifier in reversed(before_words[max(0, len(before_words) - 1 - _QUALIFIER):-1]):
                        if qualifier in _BOUNDARY or qualifier in _TURNING or any(c.isdigit() for c in qualifier):
                            break
                        acted = _content([qualifier]) + acted
                words = acted + _content(after)
                used = after
                if held:
                    subject = _SUBJECT_FILLER.sub("", _HELD_BY.sub("", held.group("body")))
        if fig.q.unit == "人次" and _AUDIENCE & set(words):
            # 开展“送法进万家”活动126场，受众群众5.6万人次: an audience is counted by the activity
            # it came to, named in its clause or the clause before, whoever it is (受众/参训群众)
            whole = _content([w for w in before_words if w not in _BOUNDARY and w not in _TOPIC])
            words = sorted({w for w in whole + self._activity(a, fig.sentence) if w not in _AUDIENCE}) + ["人次"]
        if subject.endswith(_PARTY_GROUPS) and any(w.endswith(_EVENTS) for w in words) \
                and not _KIND_OF_MEETING.search(words_before):
            # 局党组定期召开会议专题研究…6次 = 局党组会议…专题研究8次: the party group's own meetings,
            # the group the kind of meeting as in 局党组会议 (镇党委召开专题会议: a body's 专题会议)
            words.append(next(g for g in _PARTY_GROUPS if subject.endswith(g)))
            subject = ""
        coordinated = any(w in _COORDINATION for w in used)
        # 常务会议 and 全体会议 are kinds of 会议: the key says 会议, the kind is kept aside so
        # that a mention that names no kind (召开专题会议研究…) can meet one that does.
        meeting = ""
        for i, word in enumerate(words):
            if word.endswith(("会议", "常务会")) and word != "会议":
                meeting = "常务会议" if word.endswith("常务会") else word
                words[i] = "会议"
        if "研究" in words and "会议" in words:
            words = [w for w in words if w != "会议"]  # 召开会议专题研究 = 专题研究
        if fig.q.unit == "件" and ("复议" in words or "诉讼" in words) and not {"案件", "申请"} & set(words):
            words.append("案件")  # 新受理的行政复议151件 = 行政复议案件151件
        # only a session's manner: 网上办理事项 are a part of the 事项 handled
        manner = frozenset(words) & _MANNER if any(w.endswith(_EVENTS) for w in words) else frozenset()
        metric = Metric(frozenset(words) - manner, coordinated, subject, meeting, manner | frozenset(aside))
        self._metrics[context] = metric
        return metric

    def _counted_before(self, fig: Figure, a: int) -> str:
        """What the count right before ``fig``'s clause (in its sentence, of another unit) counts, as
        words joined by |: the things whose outcome a bare act after it counts (事故…起、死亡…人)."""
        if not self._sentence_at:
            self._sentence_at = {s.start: s for run in self.runs for s in run}
        sentence = self._sentence_at.get(fig.sentence)
        before = [i for i in sentence.items if i.end <= a] if sentence is not None else []
        if not before or before[-1].unit_end != a - 1 or before[-1].kind != "count" or before[-1].unit == fig.q.unit:
            return ""
        prev = before[-1]
        lead = back_to(self.folded, begin(prev), fig.sentence, _CLAUSE_BREAK)
        words = [w for w in _content(self.cut(self.folded[lead:begin(prev)]))
                 if w not in _STAGES and w not in _LEADING_VERBS and w not in _TIME_FIRST and len(w) > 1
                 and not _PART_OF_YEAR.search(w) and not _SCOPE.fullmatch(w)]
        return "|".join(words) if any(_HEAD.search(w) for w in words) else ""

    def _listed_noun(self, fig: Figure) -> str:
        """The thing the first count of ``fig``'s unit in its statement names (受理各类案件4088件 -> 案件; with
        the territory's courts or procuratorates that count: 全市法院受理… -> 法院|案件), or "" when none before
        it names one."""
        if not self._sentence_at:
            self._sentence_at = {s.start: s for run in self.runs for s in run}
        sentence = self._sentence_at.get(fig.sentence)
        # of its statement, from the ； before it (…，办结25631件；市法院受理各类案件1256件，办结1243件)
        opened = back_to(self.folded, begin(fig.q), fig.sentence, "；;")
        first = next((i for i in sentence.items if i.kind == "count" and i.unit == fig.q.unit and i.start >= opened),
                     None) if sentence is not None else None
        if first is None or first.start >= fig.q.start:
            return ""
        lead = back_to(self.folded, begin(first), fig.sentence, _CLAUSE_BREAK)
        words = [w for w in _content(self.cut(self.folded[lead:begin(first)])) if w not in _STAGES]
        heads = [w for w in words if _HEAD.search(w)]
        if not heads:
            return ""
        # and the courts or procuratorates of the territory that count (全市法院受理各类案件26155件，办结25631件 =
        # 全市法院办结…); not a named one's (市法院受理…，办结1243件: that court's)
        if _subject_of(self.folded[lead:begin(first)])[0]:
            return heads[-1]
        return "|".join([w for w in words if w in _COUNTERS and w != heads[-1]] + [heads[-1]])

    def _activity(self, clause_start: int, floor: int) -> List[str]:
        """The words of the clause before ``clause_start`` in its sentence (开展…活动126场)."""
        folded = self.folded
        if clause_start - 1 <= floor or folded[clause_start - 1] not in "，；":
            return []
        start = back_to(folded, clause_start - 1, floor, "，；：。")
        return [w for w in _content(self.cut(folded[start:clause_start - 1])) if w not in _UNIT_WORDS]

    # -- comparing -------------------------------------------------------------

    def mismatches(self) -> Iterator[Mismatch]:
        groups: Dict[tuple, List[Tuple[Figure, int]]] = defaultdict(list)
        self._placed_figures = self._placed()
        for fig, shift in self._placed_figures:
            if fig.q.start in self._averages:
                continue  # held to averages of its name only (see _average_figures)
            measure = "%" if fig.rate else fig.q.family
            groups[(measure, fig.period, fig.scope, fig.body)].append((fig, shift))
        self._reported = set()
        self._runs_on: Optional[int] = None  # a first paragraph that is the whole text (see _summary_counts)
        yield from self._summaries()  # first: a summary and its body disagree at the summary
        for group in groups.values():
            yield from self._compare_group(group, False)
        yield from self._back_references()
        yield from self._restatements()
        yield from self._headlines()
        yield from self._section_totals()
        yield from self._sessions()
        yield from self._bases()
        yield from self._pairs()
        yield from self._last_years()
        yield from self._swapped_percents()
        yield from self._restated_changes()
        yield from self._running_spans()
        yield from self._named_things()
        yield from self._average_figures()
        yield from self._slipped_wordings()
        yield from self._norms()
        yield from self._territory_units()
        yield from self._series_ends()
        yield from self._quoted_kinds()
        yield from self._referents()
        yield from self._copies()
        yield from self._demonstratives()
        yield from self._list_titles()
        yield from self._labelled_rows()
        # A figure written without a scope against the same one written for the whole
        # territory (全区共办理…426件 / 办理…462件): the same figure where the values are near.
        for (measure, period, scope, body), group in list(groups.items()):
            if len(scope) == 1 and next(iter(scope)) in _TERRITORIES and (measure, period, frozenset(), body) in groups:
                merged = sorted(group + groups[(measure, period, frozenset(), body)], key=lambda p: p[0].q.start + p[1])
                yield from self._compare_group(merged, True)

    def _back_references(self) -> Iterator[Mismatch]:
        """上述32件申请中 after 受理…申请23件: a count that points back at one stated just before
        it (上述, 前述, 以上) is that count, whatever period its sentence gives (6月，…反馈问题102个。
        上述120个问题…).  It is held to the last count of its unit and noun in the text before it
        (a few sentences), unless it is the sum of several such counts (受理复议申请20件，诉讼
        案件12件。上述32件案件中…)."""
        folded = self.folded
        pointed = {m.end() for m in _BACK.finditer(folded)}  # where a count after 上述 would begin
        if not pointed:
            return
        counts = [(q, sentence) for run in self.runs for sentence in run for q in sentence.items
                  if q.kind == "count" and _comparable(q) and not is_change(folded, q, sentence.start)]
        starts = [q.start for q, _ in counts]
        for k, (back, sentence) in enumerate(counts):
            if begin(back) not in pointed or back.start in self._reported:
                continue
            noun = _BACK_NOUN.match(folded, back.unit_end)
            if not noun:
                continue
            lo = bisect.bisect_left(starts, back.start - _BACK_REACH, 0, k)
            earlier = [(q, s) for q, s in counts[lo:k] if q.unit == back.unit and s.start < sentence.start]
            named = [(q, s) for q, s in earlier if noun.group() in folded[slice(*self._clause(q, s.start, s.end))]]
            if not named:
                continue
            q, s = named[-1]
            (low, high), (b_low, b_high) = _interval(q), _interval(back)
            if not (high < b_low or b_high < low):
                continue
            values = [q.value for q, _ in earlier[-_BACK_SUMMED:]]
            if any(abs(sum(values[i:j]) - back.value) < 1e-9 for i in range(len(values))
                   for j in range(i + 2, len(values) + 1)):
                continue  # the sum of the counts before it
            self._reported.add(back.start)
            period = ("year", self.report_year) if self.report_year is not None else ("doc",)
            yield self._mismatch(self._bare(back, sentence, period), self._bare(q, s, period))

    def _restatements(self) -> Iterator[Mismatch]:
        """A count stated once and restated later with a slip of the keys (受理矛盾纠纷4769件 …
        全年受理的4796件矛盾纠纷中; 全乡共有农村低保户873户 … 为全乡837户农村低保户; 代表提出的8043件
        建议 … 8034件代表建议): the later mention names the same thing, in the same words, in its
        own sentence, and its digits are the earlier one's in another order (or, where the one
        wording holds the other's words, one digit changed: 出动执法人员272人次 / 282人次).  A report restates
        its counts in whatever form the sentence needs (the count first, with 的, in a later
        paragraph or a news story's summary): the wording and the slip speak for one figure where
        the heads a statistic is named by cannot.  Not compared: two stages of the work (受理 /
        办结), two places or bodies, two years, a part of the year and another period, a span of
        years and a year, parts of a breakdown, changes and targets."""
        folded = self.folded
        table_lines = self.doc.table_lines
        period = ("year", self.report_year) if self.report_year is not None else ("doc",)
        seen: Dict[tuple, List[Tuple[Quantity, NumberSentence]]] = defaultdict(list)
        namings: Dict[int, Optional[_Naming]] = {}  # read only for counts that meet another: segmenting is dear

        bodies: Dict[int, str] = {}  # the body a heading names each sentence under (（一）城南镇)
        under = self._under_headings()
        section_of = self._section_titles()
        titled: Dict[int, FrozenSet[str]] = {}  # the words of the headings each sentence stands under

        def listed(q: Quantity, sentence: NumberSentence) -> bool:
            """Is the count one of a list of its sentence's counts of one thing (通过门户网站发布信息
            1236条，通过政务微博发布信息927条): a part, however its digits fall."""
            naming = naming_of(q, sentence)
            heads = {w for w in naming.words if _HEAD.search(w)} if naming is not None else set()
            for i in sentence.items:
                if i is q or i.kind != "count" or i.unit != q.unit:
                    continue
                a, b = self._clause(i, sentence.start, sentence.end)
                if a <= q.start < b:
                    continue  # 3128宗行政处罚中被申请复议4宗: said of some of it, in its clause
                other = naming_of(i, sentence)
                if other is not None and heads & other.words:
                    return True
            return False

        def section_words(sentence: NumberSentence) -> FrozenSet[str]:
            words = titled.get(sentence.start)
            if words is None:
                title = section_of(self.doc.paragraph_of(sentence.start))
                words = titled[sentence.start] = frozenset(_named(self.cut, title)) if title else frozenset()
            return words

        def naming_of(q: Quantity, sentence: NumberSentence) -> Optional[_Naming]:
            if q.start not in namings:
                namings[q.start] = self._naming(q, sentence, bodies.get(sentence.start, ""))
            return namings[q.start]

        def whole_told(part: Quantity, sentence: NumberSentence, other: Quantity) -> bool:
            """Does the part's sentence state, before the part, the other mention's value (its whole)?"""
            return any(i.start < part.start and i.family == other.family and i.value == other.value
                       for i in sentence.items)

        def part_of(q: Quantity, sentence: NumberSentence) -> Optional[_Naming]:
            """The naming of a part after 其中/分别 (none for a target), read as its own figure's."""
            if -q.start - 1 not in namings:
                namings[-q.start - 1] = self._naming(q, sentence, bodies.get(sentence.start, ""), parts=True)
            return namings[-q.start - 1]

        for run, para in zip(self.runs, self.run_paragraphs):
            if para is None or para.line in table_lines:
                continue
            body = under(para.index)[1]
            if body:
                bodies.update((sentence.start, body) for sentence in run)
            for sentence in run:
                for q in sentence.items:
                    keys = _slip_keys(q)
                    if not keys or is_change(folded, q, sentence.start):
                        continue
                    met = [(e, e_sentence, key[0] == "swap") for key in keys for e, e_sentence in seen.get(key, ())
                           if e_sentence.start != sentence.start and e.number != q.number]
                    naming = naming_of(q, sentence) if met and q.start not in self._reported else None
                    q_part = False
                    if met and naming is None and q.start not in self._reported:
                        # 其中主动公开信息1027条 / 全年主动公开政府信息1072条: a part named by its own kind is
                        # that kind's figure, held to a mention of it alone where the digits are swapped
                        naming, q_part = part_of(q, sentence), True
                    if naming is not None:
                        hit = None
                        for e, e_sentence, swapped in met:
                            e_naming, e_part = naming_of(e, e_sentence), False
                            if e_naming is None:
                                e_naming, e_part = part_of(e, e_sentence), True
                            if (q_part or e_part) and (q_part == e_part or not swapped):
                                continue  # two parts, or a part a digit off: the breakdown's, not a restatement
                            if q_part and whole_told(q, sentence, e) or e_part and whole_told(e, e_sentence, q):
                                continue  # 执结案件1873件，其中城东法庭执结1837件 / 执结案件1873件: the part's whole is it
                            # digits in another order: the naming read loosely, unless either is one of a list
                            sections = (section_words(e_sentence), section_words(sentence)) \
                                if swapped and not (q_part or e_part) and not listed(e, e_sentence) \
                                and not listed(q, sentence) else None
                            if not _one_figure(e_naming, naming, swapped, sections):
                                continue
                            earlier, later = self._bare(e, e_sentence, period), self._bare(q, sentence, period)
                            # sentences written alike one subject after another stand together, under one
                            # heading: a total restated under another heading is no such pair
                            if self._framed_apart(earlier, later) or _laws_apart(folded, earlier, later) or (
                                    (sections is None or sections[0] == sections[1])
                                    and self._parallel_apart(earlier, later)) or self._scopes_apart(earlier, later) \
                                    or _institutions_apart(folded, earlier, later):
                                continue
                            hit = (e, e_sentence)
                            break
                        if hit is not None:
                            self._reported.add(q.start)
                            yield self._mismatch(self._bare(q, sentence, period), self._bare(hit[0], hit[1], period))
                    for key in keys:
                        # a few values per key: a table pasted as text, or a report written twice, stays linear
                        held = seen[key]
                        if len(held) < _KEPT_VALUES * 2 and all(e.number != q.number for e, _ in held):
                            held.append((q, sentence))

    def _sessions(self) -> Iterator[Mismatch]:
        """How many times a named meeting or study sat (全年共召开委员会会议2次 … 全年3次委员会会议共审议
        文件6件; 全年组织政府班子集体学法12次 … 其中政府班子集体学法16次; 这14次常务会议): a report
        names a kind of session by one name and counts its sittings once for the period, so the
        count written after the name or before it, restated with 这/全年 or as a part after 其中, is
        that one count.  Held together: the same name (a body written before one of them: 区政府常务
        会议 / 常务会议), next to its count, the count closing its clause (召开党组会议12次专题研究…
        is a part), at the same place, year, part of the year and event (see _Naming)."""
        folded = self.folded
        if not _SESSION_HEAD.search(folded):
            return
        table_lines = self.doc.table_lines
        period = ("year", self.report_year) if self.report_year is not None else ("doc",)
        under = self._under_headings()
        seen: List[Tuple[str, Quantity, NumberSentence, str]] = []
        namings: Dict[int, Optional[_Naming]] = {}  # read only for two counts of one name: segmenting is dear

        def naming_of(q: Quantity, sentence: NumberSentence, body: str) -> Optional[_Naming]:
            if q.start not in namings:
                namings[q.start] = self._naming(q, sentence, body, parts=True)
            return namings[q.start]

        for run, para in zip(self.runs, self.run_paragraphs):
            if para is None or para.line in table_lines:
                continue
            body = under(para.index)[1]
            for sentence in run:
                for q in sentence.items:
                    if q.unit not in _SESSION_UNITS or q.kind != "count" or not q.exact:
                        continue
                    name = _session_name(folded, q, sentence.start, sentence.end)
                    if not name or is_change(folded, q, sentence.start):
                        continue
                    at = begin(q)
                    if folded.startswith("其中", at - 2) and at - 2 > sentence.start \
                            and folded[at - 3] not in _CLAUSE_BREAK:
                        continue  # 利用其中3场普法讲座…: some of those told before, not their count
                    met = [e for e in seen if e[1].value != q.value and (
                        _same_session(e[0], name) or _topic_part_larger(e[0], e[1], name, q))]
                    hit = None
                    if met and q.start not in self._reported and naming_of(q, sentence, body) is not None:
                        hit = next((e for e in met if naming_of(e[1], e[2], e[3]) is not None
                                    and _same_time(naming_of(e[1], e[2], e[3]), naming_of(q, sentence, body))),
                                   None)
                    if hit is not None and not _scopes_apart(folded, (hit[2].start, begin(hit[1])),
                                                             (sentence.start, begin(q))):
                        self._reported.add(q.start)
                        yield self._mismatch(self._bare(q, sentence, period), self._bare(hit[1], hit[2], period))
                    elif len(seen) < _KEPT_SESSIONS:
                        seen.append((name, q, sentence, body))

    def _bases(self) -> Iterator[Mismatch]:
        """The base a table or an analysis is computed over (注：本表中的基数为1086人; 以874人为基数计算)
        is the total the text states of that population (涉及农民工（共计1068人）): a base that is no
        count stated before it, but one of them with a slip of the keys (its digits in another
        order, or one digit changed), is that count mistyped."""
        folded = self.folded
        if "基数" not in folded:
            return
        counts = [(q, sentence) for run in self.runs for sentence in run for q in sentence.items
                  if q.kind == "count" and q.exact]
        for k, (q, sentence) in enumerate(counts):
            at = begin(q)
            if "基数" not in folded[max(sentence.start, at - 6):at] and not folded.startswith("为基数", q.unit_end):
                continue
            keys = set(_slip_keys(q))
            earlier = [(e, s) for e, s in counts[:k] if e.family == q.family and e.unit]
            if not keys or any(e.value == q.value for e, _ in earlier) or q.start in self._reported:
                continue
            hit = next(((e, s) for e, s in reversed(earlier) if keys & set(_slip_keys(e))), None)
            if hit is not None:
                self._reported.add(q.start)
                yield self._mismatch(self._bare(q, sentence), self._bare(*hit))

    def _pairs(self) -> Iterator[Mismatch]:
        """A count written as a pair of measures (脱贫393户1924人, 受理审查起诉412件530人) is the same
        figure where the pair is restated with one measure the same and the other a slip of the keys
        (393户1942人, 933户1924人): the one says it is the one figure, the slip that the other is
        mistyped.  Not compared: two places, years, parts of the year or events (see _Naming)."""
        seen: Dict[tuple, List[Tuple[Quantity, NumberSentence]]] = defaultdict(list)
        for run in self.runs:
            for sentence in run:
                items = sentence.items
                for first, second in zip(items, items[1:]):
                    if second.start != first.unit_end or first.kind != "count" or second.kind != "count" \
                            or first.family == second.family or not first.exact or not first.unit:
                        continue
                    for side, same, q in ((1, first, second), (0, second, first)):
                        keys = set(_slip_keys(q)) if same.value >= 10 and same.exact and same.unit else ()
                        if not keys:
                            continue
                        key = (side, same.unit, same.value, q.family)
                        met = [(e, s) for e, s in seen[key] if e.value != q.value and keys & set(_slip_keys(e))
                               and s.start != sentence.start]
                        hit = None
                        if met and q.start not in self._reported:
                            naming = self._naming(q, sentence, parts=True)
                            hit = next(((e, s) for e, s in met if naming is not None
                                        and _same_period(self._naming(e, s, parts=True), naming)
                                        and _same_stage(self._naming(e, s, parts=True), naming)), None)
                        if hit is not None:
                            self._reported.add(q.start)
                            yield self._mismatch(self._bare(q, sentence), self._bare(*hit))
                            break
                        if len(seen[key]) < _KEPT_VALUES:
                            seen[key].append((q, sentence))

    def _last_years(self) -> Iterator[Mismatch]:
        """Last year's figure is stated once more where the report compares with it (今年收案64.28万
        件，比去年71.35万件减少… / 去年全年总收案71.53万件; 比上年… / 2023年全年… in a report on 2024):
        the base of the comparison and the figure stated for that year are one count.  Held
        together where they are one another with a slip of the keys (digits in another order, one
        digit changed), of one year (去年 is the year before the one its sentence or the report
        names), the same part of it (去年同期 is no 去年全年) and share a word of what they count."""
        folded = self.folded
        lasts = [m.start() for m in _LAST_YEAR.finditer(folded)]
        if not lasts:
            return
        named = [y.start for y in self.years]
        # the slips a figure written as last year's may meet: a count of a named year is read only if it meets one
        relative = {key for run in self.runs for sentence in run for q in sentence.items
                    if _near_before(lasts, begin(q), 12) for key in _slip_keys(q)}
        if not relative:
            return
        # (its year, of a part of it, the count, its sentence, its words, written as 去年/上年)
        mentions: List[Tuple[int, bool, Quantity, NumberSentence, FrozenSet[str], bool]] = []
        for run in self.runs:
            for sentence in run:
                for q in sentence.items:
                    at = begin(q)
                    if not (_near_before(lasts, at, 12) or _near_before(named, at, 16)):
                        continue
                    keys = _slip_keys(q)
                    if not relative.intersection(keys):
                        continue
                    a = back_to(folded, at, sentence.start, _WIDE_BREAK)
                    lead = folded[a:begin(q)]
                    last = _LAST_YEAR.search(lead)
                    if last is not None:
                        # the year before the one its sentence names, else the report's, else the one named last
                        before = [y.value for y in self._years_in(sentence.start, a + last.start())] \
                            or ([self.report_year] if self.report_year else []) \
                            or [y.value for y in self._years_in(0, sentence.start)]
                        year = before[-1] - 1 if before else -1  # -1: the year before a year the text never names
                    else:
                        m = _OWN_YEAR.match(lead)
                        if m is None or _SPAN.search(lead):
                            continue
                        year = int(m.group(1))
                    same_time = "同期" in lead or _PART_OF_YEAR.search(lead) is not None
                    if lead.startswith(("比", "较", "同比")) and a > sentence.start:
                        a = back_to(folded, a - 1, sentence.start, _WIDE_BREAK)  # the base: named by the clause before
                    naming = folded[a:q.start] + folded[q.unit_end:forward_to(folded, q.unit_end, sentence.end,
                                                                               _WIDE_BREAK)]
                    if lead.startswith(("比", "较", "同比", "去年同期", "上年同期")) or folded[a - 1:a] == "，":
                        # the stage its sentence's count was at (共审结…，去年同期为…): 受理 and 审结 are two
                        naming = folded[back_to(folded, a, sentence.start, "；;"):a] + naming
                    words = _bigrams(naming) | {"@" + _RESTATED_STAGES[w] for w in _RESTATED_STAGE.findall(naming)}
                    for y, part, e, e_sentence, e_words, e_relative in mentions:
                        one_clause = e_sentence.start == sentence.start and "；" not in folded[e.unit_end:a]
                        if not (e_relative or last is not None) or one_clause or part != same_time or y != year \
                                or e.value == q.value or not set(keys) & set(_slip_keys(e)) \
                                or not (words & e_words) - _STAGE_MARKS or _stages_apart(words, e_words):
                            continue
                        found = self._once(q, sentence, e, e_sentence)
                        if found is not None:
                            yield found
                        break
                    else:
                        if len(mentions) < _KEPT_SESSIONS:
                            mentions.append((year, same_time, q, sentence, words, last is not None))

    def _swapped_percents(self) -> Iterator[Mismatch]:
        """A percentage stated twice by the same name with its digits in another order (标题 较大事故
        起数下降28% / 正文 较大事故起数同比下降82%; 全年市区空气优良率89.7% / 空气优良率为87.9%): one
        figure mistyped, a rate or a change alike.  The name is its clause before the number (a year,
        同比 and the verb 为/达 set aside); the one name is the other's end (市区空气优良率 /
        空气优良率), never two places' (全市 / 市区) nor two years', last year's (上年的89.7%), a target,
        a part (其中…) or two values of one sentence (分别为…)."""
        folded = self.folded
        # Cheap first: only a percentage whose digits another one writes in another order is read further.
        numbers: Dict[str, set] = defaultdict(set)
        for run in self.runs:
            for sentence in run:
                for q in sentence.items:
                    if q.kind == "percent" and q.unit == "%" and q.exact and ("." in q.number or len(q.number) >= 2):
                        numbers["".join(sorted(q.number.replace(".", "")))].add(q.number)
        swapped = {digits for digits, written in numbers.items() if len(written) > 1}
        if not swapped:
            return
        seen: Dict[str, List[Tuple[Quantity, NumberSentence, str, FrozenSet[int], int]]] = defaultdict(list)
        parts_seen: set = set()  # the held percentages that are a breakdown's parts (其中…)
        rates_seen: set = set()  # the held percentages that are a named rate told alone (立案率84.6%)
        for run, para in zip(self.runs, self.run_paragraphs):
            for sentence in run:
                s_start = sentence.start
                targets = None
                for q in sentence.items:
                    if q.kind != "percent" or q.unit != "%" or not q.exact or "." not in q.number and len(q.number) < 2:
                        continue
                    digits = q.number.replace(".", "")
                    if "".join(sorted(digits)) not in swapped:
                        continue
                    if targets is None:
                        targets = self._targets(s_start, sentence.end)
                    at = begin(q)
                    # a part (其中…, 分别为…) of the statement its clause group makes, up to a ；
                    statement = back_to(folded, at, s_start, "；;")
                    part = _PART_MARKER.search(folded, statement, at)
                    lead = ""
                    if part is not None and part.group() == "分别":
                        lead = self._listed_name(q, sentence, part, statement)  # 刑事、治安案件同比分别下降8.37%、…
                    # a part of a breakdown (其中，咨询类占47.3%，求助类占22.7%) is held only to the same part told
                    # again with its digits in another order (…求助类占27.2%): the same name, a decimal of three digits
                    broken = part is not None and not lead and part.group() == "其中" and "." in q.number \
                        and len(digits) >= 3
                    if (targets and targets[0] < at) or (part is not None and not lead and not broken):
                        continue
                    a = back_to(folded, part.start() if lead else at, s_start,
                                "，,；;：:。" if lead else _PERCENT_NAME_BREAKS)
                    lead = lead or folded[a:at]
                    wide = back_to(folded, at, s_start, _WIDE_BREAK)
                    if _LAST_YEAR.search(folded, wide, at) or "同期" in lead or "目标" in lead:
                        continue
                    # the years its sentence names before it, else its paragraph's one (2021年，…。…为93.2%)
                    years = frozenset(y.value for y in self._years_in(s_start, at)) or frozenset(
                        [y for y in [self._paragraph_year(para.start, s_start)] if para is not None and y is not None])
                    name = _PERCENT_FILLER.sub("", _YEAR_IN.sub("", lead))
                    short = len(name) <= _PERCENT_NAME
                    if (short and not ("." in q.number and len(digits) >= 3 and len(name) >= 3)) \
                            or not _HAN_ONLY.fullmatch(name):  # 件数下降: any indicator's
                        continue
                    # a named rate told alone (立案率84.6% / 立案率48.6%): a statistic of the period, one figure
                    rated = short and not broken and name.endswith("率") and len(name) >= 3
                    if broken or short:
                        name = "其中|" + name  # a part, or a short name: it meets only the same name
                    key = "".join(sorted(digits)) + "|" + name[-_PERCENT_NAME:]
                    held = seen[key]
                    for e, e_sentence, e_name, e_years, e_a in held:
                        if e_sentence.start == s_start or e.number == q.number or len(e.number) != len(q.number) \
                                or (years and e_years and not years & e_years):
                            continue
                        if (broken or short or e_name.startswith("其中|")) and name != e_name:
                            continue
                        if name.startswith("其中|") and broken == (e.start in parts_seen) \
                                and not (rated and e.start in rates_seen):
                            continue  # two short names, neither a part of a breakdown (too little to go on), or
                            # two parts (of two wholes: 全市…其中投诉类占31.5% / 城区…其中投诉类占35.1%)
                        if not (name.endswith(e_name) or e_name.endswith(name)):
                            continue
                        extra = name[:-len(e_name)] if len(name) > len(e_name) else e_name[:-len(name)]
                        if extra and (_NAME_QUALIFIER.search(extra) or not (
                                len(extra) <= 5 and extra[-1] in _PLACE_END_CHARS or len(extra) <= 3)):
                            continue  # 规模以上工业增加值 / 工业增加值: a part named by what qualifies it
                        if q.start in self._reported:
                            break
                        period = ("year", self.report_year) if self.report_year is not None else ("doc",)
                        odd = Figure(q, s_start, period, frozenset(), (a, q.end), q.value, q.value, True)
                        other = Figure(e, e_sentence.start, period, frozenset(), (e_a, e.end), e.value, e.value, True)
                        if rated and (_institutions_apart(folded, odd, other) or _opened_apart(folded, odd, other)
                                      or self._framed_apart(odd, other) or self._scopes_apart(odd, other)):
                            continue  # 全市法院…结案率94.35% / 市法院…结案率93.45%: two bodies' or places' rates
                        self._reported.add(q.start)
                        yield self._mismatch(odd, other)
                        break
                    else:
                        if len(held) < _KEPT_VALUES:
                            held.append((q, sentence, name, years, a))
                            if broken:
                                parts_seen.add(q.start)
                            if rated:
                                rates_seen.add(q.start)

    def _restated_changes(self) -> Iterator[Mismatch]:
        """A change of one thing over the year before told twice, a lead or headline and its body
        (全县规模以上工业增加值同比增长4.6% / …同比下降4.6%; 涉企行政检查减少超四成 / 涉企行政检查3120次，
        同比下降36.5%): the same size the other way, or a bound (近三成, 超四成) the exact rate misses.
        The thing is the clause before the verb (or, where that is only 同比, the count the clause before
        gives: 全年涉企行政检查3120次，同比下降…), a time, 同比, the territory set aside; one name is the
        other's, or the other's with its own words in front (交通事故死亡人数 / 死亡人数), never a
        qualifier or a place (城镇…, 城区…); never a part (其中…), last year's, a target, another base
        (较2020年) nor two parts of the year (9月份 / 1—9月)."""
        folded = self.folded
        # Cheap first: the text's % and 成 (searched in C) with a verb of a change right before them, kept
        # where they may disagree: a bound, or a size another change gives the other way.
        found: List[tuple] = []
        for mark in "%成":
            i = folded.find(mark)
            while i >= 0:
                if mark == "%" or folded[i - 1:i] in _TENTH_DIGITS:
                    verb = _CHANGE_VERB.search(folded, max(0, i - 16), i)
                    if verb is not None:
                        found.append((i, verb))
                i = folded.find(mark, i + 1)
        if len(found) < 2:
            return
        if not any(folded[i] == "成" or verb.group(2) or "多" in folded[verb.end():i] or "余" in folded[verb.end():i]
                   for i, verb in found):
            ways: Dict[str, set] = defaultdict(set)
            for i, verb in found:
                ways[folded[verb.end():i]].add(verb.group(1) in _UP_VERBS)
            found = [(i, verb) for i, verb in found if len(ways[folded[verb.end():i]]) > 1]
            if len(found) < 2:
                return
        found.sort(key=lambda f: f[0])
        runs = self.runs
        run_starts = [run[0].start for run in runs]
        changes: List[_Change] = []
        for spot, verb in found:
            k = bisect.bisect_right(run_starts, spot) - 1
            sentence = next((x for x in runs[k] if x.start <= spot < x.end), None) if k >= 0 else None
            if sentence is None or verb.start() < sentence.start:
                continue
            q = next((x for x in sentence.items if x.start <= spot < x.end), None)
            if q is None or q.kind != "percent":
                continue
            at = begin(q)
            if at != verb.end() and at != verb.start(2):
                continue  # the verb right before the number and its mark (下降近三成, 同比下降4.6%)
            statement = _after_break(folded, sentence.start, at, "；;")
            clause = named = _after_break(folded, statement, verb.start(), _PERCENT_NAME_BREAKS)
            name = _CHANGE_FILLER.sub("", folded[clause:verb.start()])
            if len(name) < 2 and clause > statement:
                # 全年涉企行政检查3120次，同比下降36.5%: the count of the clause before
                prev = _after_break(folded, statement, clause - 1, _PERCENT_NAME_BREAKS)
                first = next((x for x in sentence.items if prev <= x.start < clause - 1), None)
                if first is None or first.kind != "count":
                    continue
                name, named = _CHANGE_FILLER.sub("", folded[prev:begin(first)]), prev
            if len(name) < 2 or not _HAN_ONLY.fullmatch(name):
                continue
            name = _MEASURE_END.sub("", name) or name  # 外贸进出口 / 外贸进出口总额: the thing, its measure
            changes.append(_Change(q, sentence, self.run_paragraphs[k], statement, named, name,
                                   verb.group(1) in _UP_VERBS, verb.start(), q.unit == "成" or not q.exact))
        told: Dict[int, Optional[tuple]] = {}

        def setting(c: _Change) -> Optional[tuple]:
            """The change's part of the year and years, or None where it is no figure of the period (a part,
            last year's, a target, another base)."""
            if c.q.start not in told:
                at, statement = begin(c.q), c.statement
                said = _SAME_BASE.sub("", folded[statement:at])  # 比上年下降: the base, not last year's change
                targets = self._targets(c.sentence.start, c.sentence.end)
                if (targets and targets[0] < at) or _PART_MARKER.search(folded, statement, at) \
                        or _OTHER_BASE.search(folded, statement, at) or _LAST_YEAR.search(said) or "目标" in said:
                    told[c.q.start] = None
                else:
                    para = c.para
                    years = frozenset(y.value for y in self._years_in(statement, at)) or frozenset(
                        [y for y in [self._paragraph_year(para.start, c.sentence.start)]
                         if para is not None and y is not None])
                    told[c.q.start] = (frozenset(m.group().replace("份", "")
                                                 for m in _CHANGE_TIME.finditer(folded, statement, at)), years)
            return told[c.q.start]

        by_end: Dict[str, List[_Change]] = defaultdict(list)
        for change in changes:
            by_end[change.name[-2:]].append(change)
        period = ("year", self.report_year) if self.report_year is not None else ("doc",)
        for group in by_end.values():
            if len(group) < 2:
                continue
            # only the pairs that may disagree: one number the other way, or a bound and a rate
            exact: Dict[str, List[_Change]] = defaultdict(list)
            bounds = []
            for change in group:
                if change.bound:
                    bounds.append(change)
                else:
                    exact[change.q.number].append(change)
            pairs = [pair for same in exact.values() if len(same) > 1 for pair in combinations(same, 2)
                     if pair[0].up != pair[1].up]
            pairs += [(c, b) if c.q.start < b.q.start else (b, c)
                      for b in bounds for same in exact.values() for c in same if c.up == b.up
                      and not _holds(c.q, b.q)]
            for a, b in pairs:
                if a.sentence is b.sentence:
                    continue
                short, long = (a.name, b.name) if len(a.name) <= len(b.name) else (b.name, a.name)
                if not long.endswith(short) or _NAME_QUALIFIER.search(long[:len(long) - len(short)]) \
                        or _PLACE_FRONT.search(long[:len(long) - len(short)]):
                    continue
                a_set, b_set = setting(a), setting(b)
                if a_set is None or b_set is None or (a_set[0] and b_set[0] and a_set[0] != b_set[0]) \
                        or (a_set[1] and b_set[1] and not a_set[1] & b_set[1]):
                    continue
                odd, other = (a, b) if a.bound else (b, a)  # a bound where one is; else the later
                if odd.q.start in self._reported:
                    continue
                if odd.bound and any(c.up == odd.up and c.name.endswith(short) and _holds(c.q, odd.q)
                                     and setting(c) is not None for c in group if not c.bound):
                    continue  # 全市交通事故下降近三成: the 起数's 28.1%, not the 死亡人数's 12.4%
                self._reported.add(odd.q.start)
                mismatch = self._mismatch(
                    Figure(odd.q, odd.sentence.start, period, frozenset(), (odd.named, odd.q.end), odd.q.value,
                           odd.q.value, True),
                    Figure(other.q, other.sentence.start, period, frozenset(), (other.named, other.q.end),
                           other.q.value, other.q.value, True))
                # the value with its verb: a change the other way is told by the verb (增长1.3% / 下降1.3%)
                value = self.doc.text[other.verb:other.q.end]
                yield replace(mismatch, expected=value, used=(mismatch.used[0]._replace(
                    zh=f"此前给出的数值：{value}", en=f"the value given before: {value}"),))

    def _running_spans(self) -> Iterator[Mismatch]:
        """How long a run has lasted, told twice (标题 刑事案件立案数连续14个月同比下降 / 正文 …刑事案件立案数同比
        下降30.1%、已连续16个月同比下降): the same run of months or years of the same thing, two lengths.
        The run is what follows its length (同比下降, 保持在98%以上: four characters or more, the same); the thing
        is the clause before 连续 (已, 均, 保持 and the territory set aside), one the other's end, or — where
        one names none — written in the other's sentence before it. Never two years' or two subjects' runs
        (城关镇连续3年… / 河西镇连续5年…)."""
        folded = self.folded
        if folded.count("连续") < 2:
            return
        runs: List[tuple] = []
        for m in _RUN_SPAN.finditer(folded):
            value = _run_length(m.group("n"))
            if value is None:
                continue
            end = m.end()
            stop = _RUN_SAID_END.search(folded, end, min(len(folded), end + 16))
            said = _RUN_FILLER.sub("", folded[end:stop.start() if stop else end + 16])
            said = "".join(c for c in said if "\u4e00" <= c <= "\u9fff" or c.isdigit() or c in "%.")[:8]
            if len(said) < 4:
                continue
            line_start = folded.rfind("\n", 0, m.start()) + 1
            clause = max(line_start, _after_break(folded, line_start, m.start(), "，,；;：:。！？、"))
            subject = _RUN_FILLER.sub("", folded[clause:m.start()])
            subject = "".join(c for c in subject if "\u4e00" <= c <= "\u9fff")
            sentence = max(line_start, _after_break(folded, line_start, m.start(), "。！？；;"))
            runs.append((m, value, m.group("unit"), said, subject, sentence, clause))
        for i, (m, value, unit, said, subject, sentence, clause) in enumerate(runs):
            for e, e_value, e_unit, e_said, e_subject, e_sentence, e_clause in runs[:i]:
                if e_value == value or e_unit != unit or e_said != said or m.start() in self._reported:
                    continue
                if subject and e_subject:
                    if not (subject.endswith(e_subject) or e_subject.endswith(subject)) or min(len(subject), len(e_subject)) < 3:
                        continue
                elif subject or e_subject:
                    named, within = (subject, (e_sentence, e.start())) if subject else (e_subject, (sentence, m.start()))
                    if len(named) < 4 or folded.find(named[-4:], *within) < 0:
                        continue
                else:
                    continue
                years = {y.value for y in self._years_in(sentence, m.start())}
                e_years = {y.value for y in self._years_in(e_sentence, e.start())}
                if years and e_years and not years & e_years:
                    continue
                self._reported.add(m.start())
                period = ("year", self.report_year) if self.report_year is not None else ("doc",)
                q = _run_quantity(m, value)
                eq = _run_quantity(e, e_value)
                yield self._mismatch(Figure(q, sentence, period, frozenset(), (clause, m.end()), value, value, False),
                                     Figure(eq, e_sentence, period, frozenset(), (e_clause, e.end()), e_value,
                                            e_value, False))
                break

    def _listed_name(self, q: Quantity, sentence: NumberSentence, marker, statement: int) -> str:
        """The name of one value of a list told with 分别 (全市刑事、治安案件同比分别下降8.37%、28.30%: 刑事案件…
        for 8.37%): the names listed before 分别 by 、 in the clause, paired with the values in order, each with
        the list's last noun where it has none of its own (刑事 -> 刑事案件); "" when the counts differ."""
        folded = self.folded
        start = back_to(folded, marker.start(), statement, "，,；;：:。")
        head = folded[start:marker.start()]
        names = head.split("、")
        values = [v for v in sentence.items if v.start > marker.end() and v.kind == q.kind and v.unit == q.unit
                  and forward_to(folded, marker.end(), len(folded), "，,；;。") >= v.start]
        if len(names) < 2 or len(names) != len(values) or q not in values:
            return ""
        k = values.index(q)
        last, name = names[-1], names[k]
        # what every item goes on with: the last item's words from its head noun (刑事 + 案件同比), or after
        # it where the item names its own (交通事故 + 起数同比)
        head = next((m for m in (_HEAD.match(last, i) for i in range(1, len(last))) if m), None)
        if k < len(names) - 1 and head is not None:
            name += last[head.end():] if _HEAD.search(name) else last[head.start():]
        return name + folded[marker.end():begin(values[0])]  # and the verb after 分别 (下降)

    def _named_things(self) -> Iterator[Mismatch]:
        """Things a report names and counts twice, the count written first at least once (导语 15项民生
        实事全面完成 / 正文 民生实事项目共14项工作全面完成; 青少年法治教育实践基地5个 / 建设6个青少年法治
        教育实践基地): the one thing, by the same words of four characters or more (the count-last naming
        may add a place of a list, 省、市、县…, and 项目), with two values.  The names such things have are
        too many for the heads a statistic is known by; the words themselves say it.  Silent: one
        sentence's counts, two years, a part (其中, 分别), a target, a span (累计, 以来, 五年), what is new
        (新建, 新增) against what there is, a count said of a place (在县城…, 在乡镇…) against another."""
        folded = self.folded
        cut = self.cut
        han_match, han_fullmatch, han_tail = _HAN_ONLY.match, _HAN_ONLY.fullmatch, _HAN_TAIL.search
        # Cheap first: most counts of 个/项 name nothing another count names.  A thing named after its count
        # opens with the four characters after the count; one named before it holds those four too.  So the
        # words are segmented only for a count whose four characters after it recur (or stand before a count).
        counted: List[tuple] = []  # (q, sentence, para, the four characters after it or "", the words before it)
        keys: Dict[str, int] = defaultdict(int)
        grams = set()
        # a paragraph written twice (with its sentences and counts alike) is read once: its counts by place
        read: Dict[tuple, Tuple[int, List[tuple]]] = {}
        for run, para in zip(self.runs, self.run_paragraphs):
            base = run[0].start
            seen = (folded[base:run[-1].end], tuple((s.start - base, len(s.items)) for s in run))
            known = read.get(seen)
            if known is not None:
                copy, found = known
                for k, i, key, named in found:
                    counted.append((run[k].items[i], run[k], para, key, named, (copy, k, i), base))
                    if key:
                        keys[key] += 1
                continue
            copy, found = read[seen] = (len(read), [])
            for k, sentence in enumerate(run):
                s_start, s_end = sentence.start, sentence.end
                for i, q in enumerate(sentence.items):
                    if q.kind != "count" or q.unit not in _THING_UNITS or not q.exact:
                        continue
                    ue = q.unit_end
                    han = han_match(folded, ue, min(ue + _THING_NAME, s_end))
                    key = folded[ue:ue + _THING_NAME] if han is not None and han.end() == ue + _THING_NAME else ""
                    if key:
                        keys[key] += 1
                    # the words before it, back to its clause's start, when they are all Han (back_to, in C)
                    at = begin(q)
                    named = ""
                    if at - s_start >= _THING_NAME and "\u4e00" <= folded[at - 1] <= "\u9fff":
                        stop = max(s_start, at - REACH)
                        run_start = han_tail(folded, stop, at).start()
                        if run_start == stop or folded[run_start - 1] in _CLAUSE_BREAK:
                            named = folded[run_start:at]
                            if named[-1] in _THING_FILLER_ENDS:
                                named = _THING_FILLER.sub("", named)
                            if len(named) < _THING_NAME:
                                named = ""
                            else:
                                grams.update(named[j:j + _THING_NAME] for j in range(len(named) - _THING_NAME + 1))
                    if key or named:
                        counted.append((q, sentence, para, key, named, (copy, k, i), base))
                        found.append((k, i, key, named))
        if not keys:
            return
        needed = {key for key, n in keys.items() if n > 1 or key in grams}
        things: Dict[str, str] = {}
        clause_break = _CLAUSE_BREAK_AT.search

        def thing_of(q: Quantity, sentence: NumberSentence) -> str:
            """The words after a count that name what it counts, up to what is said of them."""
            ue = q.unit_end
            end = min(sentence.end, ue + _THING_SAID)  # (forward_to, in C: _THING_SAID < REACH)
            brk = clause_break(folded, ue, end)
            while brk is not None and brk.group() == "，" and folded[brk.start() - 1].isdigit() \
                    and folded[brk.end():brk.end() + 1].isdigit():  # 1，526: a digits' comma, once folded
                brk = clause_break(folded, brk.end(), end)
            text = folded[ue:end if brk is None else brk.start()]
            thing = things.get(text)
            if thing is None:
                words = []
                for w in cut(text):
                    if w in _AFTER_STOP or w[:2] in _THING_STOP or w[:1] in _THING_STOP or w in _RESTATED_VERBS \
                            or w in _THING_VERBS or not han_fullmatch(w):  # 全面完成, 均已, 共上报, 公开了: said of them
                        break
                    words.append(w)
                thing = things[text] = "".join(words)
            return thing if len(thing) >= _THING_NAME else ""

        # (q, sentence, para, thing named after it, or "" and the words before it)
        named_counts: List[tuple] = []
        seen_things: Dict[str, int] = defaultdict(int)
        unread = set()  # counts of a key that recurs nowhere: their thing, if any, is no one else's
        for q, sentence, para, key, named, where, base in counted:
            thing = thing_of(q, sentence) if key in needed else ""
            if thing:
                seen_things[thing] += 1
                named_counts.append((q, sentence, para, thing, "", where, base))
            else:
                if key and named:
                    unread.add(len(named_counts))
                named_counts.append((q, sentence, para, "", named, where, base))
        if not seen_things:
            return
        wanted = {thing for thing, n in seen_things.items() if n > 1}
        met = set()  # the counts named before them by a thing named after another count
        for n, (q, sentence, para, thing, named, where, base) in enumerate(named_counts):
            if named:
                hits = [named[cut_at:] for cut_at in range(0, len(named) - _THING_NAME + 1)
                        if named[cut_at:] in seen_things]
                if hits and n in unread:
                    thing = thing_of(q, sentence)
                    if thing:  # it names a thing after it, no one else's: no count-last naming of its own
                        named_counts[n] = (q, sentence, para, thing, "", where, base)
                        continue
                if hits:
                    wanted.update(hits)
                    met.add(n)
        firsts: Dict[str, List[tuple]] = defaultdict(list)  # the thing named after the count: mentions
        lasts: List[tuple] = []
        held: Dict[int, tuple] = {}  # a sentence's start: where it bars counts, its ；, its parts
        fates: Dict[tuple, Optional[int]] = {}  # a count of a paragraph read once: its statement's start, or None
        for n, (q, sentence, para, thing, named, where, base) in enumerate(named_counts):
            if thing:
                if thing not in wanted or len(firsts.get(thing, ())) >= _KEPT_VALUES:
                    continue
            elif n not in met:
                continue
            fate = fates.get(where, False)
            if fate is None:
                continue
            if fate is not False:
                group = base + fate
                if thing:
                    firsts[thing].append((q, sentence, para, group, thing))
                else:
                    lasts.append((named, (q, sentence, para, group, "")))
                continue
            fates[where] = None
            s_start, s_end = sentence.start, sentence.end
            bars = held.get(s_start)
            if bars is None:
                # where the sentence first sets a target, a sum or a span of years: counts after it are none
                targets = self._targets(s_start, s_end)
                ends = [m.start() for m in (_CUMULATIVE.search(folded, s_start, s_end),
                                            _SPAN.search(folded, s_start, s_end)) if m is not None]
                bars = held[s_start] = (min(ends + targets[:1] + [s_end]),
                                        [m.end() for m in _SEMICOLON.finditer(folded, s_start, s_end)],
                                        [m.start() for m in _PART_MARKER.finditer(folded, s_start, s_end)])
            barred, stops, parts = bars
            at = begin(q)
            if barred < at:
                continue
            # the statement it is made in, from the ； before it: a part (其中, 分别) there is no figure
            i = bisect.bisect_right(stops, at)
            group = max(stops[i - 1] if i else s_start, at - _THING_REACH)
            j = bisect.bisect_left(parts, group)
            if (j < len(parts) and parts[j] < at) or is_change(folded, q, s_start):
                continue
            fates[where] = group - base
            if thing:  # (a table pasted as text stays linear: _KEPT_VALUES mentions of a thing)
                firsts[thing].append((q, sentence, para, group, thing))
            else:
                lasts.append((named, (q, sentence, para, group, "")))
        if not firsts:
            return
        details: Dict[int, tuple] = {}

        def mention_of(found: tuple) -> tuple:
            """(count, sentence, years, marks, lead, what is said of them), read for a count that meets another."""
            q, sentence, para, group, thing = found
            known = details.get(q.start)
            if known is not None:
                return known
            s_start, s_end, at = sentence.start, sentence.end, begin(q)
            # the years its sentence names before it or its clause after it (…公开了本部门2014年决算)
            years = frozenset(y.value for y in self._years_in(s_start, at) + self._years_in(
                q.end, forward_to(folded, q.end, s_end, _CLAUSE_BREAK))) or frozenset(
                [y for y in [self._paragraph_year(para.start, s_start)] if para is not None and y is not None])
            marks = frozenset(_THING_MARKS.findall(folded, group, at)) | frozenset(
                m.group("where") for m in _THING_PLACE.finditer(folded, group, at))
            lead = _OPENING.sub("", folded[back_to(folded, at, s_start, _CLAUSE_BREAK):at], 1)
            # what is said of them, after the name (15项民生实事全面完成) or the count (…共14项工作全面完成)
            said = folded[q.unit_end + len(thing):forward_to(folded, q.unit_end, s_end, "；;。", _THING_SAID)]
            known = details[q.start] = (q, sentence, years, marks, lead, said)
            return known

        def meets(one: tuple, other: tuple, both_first: bool = False) -> bool:
            if one[1].start == other[1].start or one[0].value == other[0].value:
                return False
            one, other = mention_of(one), mention_of(other)
            (q, sentence, years, marks, lead, said), (e, e_sentence, e_years, e_marks, e_lead, e_said) = one, other
            # 15项民生实事全面完成: a count that opens its clause names a group something is said of; where
            # the other says another thing (48个市直部门开展述法 / 56个市直部门全部完成), two groups
            return sentence.start != e_sentence.start and q.value != e.value and marks == e_marks \
                and not (years and e_years and not years & e_years) \
                and (bool(lead and e_lead) or bool(_bigrams(said.replace("工作", "")) & _bigrams(e_said.replace("工作", "")))) \
                and not (both_first and lead and e_lead and _THING_LEAD.sub("", lead) != _THING_LEAD.sub("", e_lead))
            # (此次取消的9项…事项 / 下放的31项…事项: two acts on things of one name)

        pairs = []
        for thing, mentions in firsts.items():
            for i, later in enumerate(mentions):
                pairs += [(later, earlier) for earlier in mentions[:i] if meets(later, earlier, True)]
        for named, mention in lasts:
            for cut_at in range(0, len(named) - _THING_NAME + 1):
                mentions = firsts.get(named[cut_at:])
                if not mentions:
                    continue
                # what comes before the name: a place or body of a list (省、市、县…, 区政府…), or the words
                # the count-first mention has before its count (全市建成法治文化广场12个 / 全市建成13个…)
                extra = named[:cut_at]
                listed = cut_at <= 1 or (cut_at <= _THING_EXTRA and (extra[-1] in _PLACE_END_CHARS or extra.endswith("政府")))
                pairs += [(m, mention) for m in mentions
                          if (listed or (len(mention_of(m)[4]) >= 2 and extra.endswith(mention_of(m)[4])))
                          and meets(m, mention)]
                break
        for one, other in sorted(pairs, key=lambda p: max(begin(p[0][0]), begin(p[1][0]))):
            odd, told = (one, other) if begin(one[0]) > begin(other[0]) else (other, one)
            q, e = odd[0], told[0]
            if q.start in self._reported or e.start in self._reported:
                continue
            self._reported.add(q.start)
            period = ("year", self.report_year) if self.report_year is not None else ("doc",)
            yield self._mismatch(self._bare(q, odd[1], period), self._bare(e, told[1], period))

    def _average_figures(self) -> Iterator[Mismatch]:
        """An average (人均, 年均, 平均 …) is a statistic of its own name: two of one name, period and
        scope whose values do not meet are one figure misstated (标题 法官人均结案242件 / 正文 2022年法官人均
        结案224件; 年均超过1300万人 / 年均1100多万人).  The name is the words right before the number, the
        time, the verb before it and a measure noun (人数) set aside; one name may be the other's end where
        the more is a place or a body (员额法官 / 法官), never a qualifier (城镇居民人均… / 人均…)."""
        if not self._averages:
            return
        folded = self.folded
        seen: Dict[tuple, List[Tuple[Figure, str, FrozenSet[str]]]] = defaultdict(list)
        for fig, shift in self._placed_figures:
            word = self._averages.get(fig.q.start)
            if not word:
                continue
            if shift:
                fig = _moved(fig, shift)
            at = begin(fig.q)
            # the words right before it, after any other number of its sentence (12万多名员额法官人均结案)
            floor = max([fig.sentence, at - REACH] + [q.end for q in self._sentence_items(fig) if q.end <= at])
            run = _HAN_TAIL.search(folded, floor, at)
            if run is None:
                continue
            name = _AVERAGE_FILLER.sub("", run.group().replace(word, "", 1))
            if len(name) < 2:
                continue
            # the territory (全市, 我市, or none: the report's own); the nation's is never the report's
            where = fig.scope or self.own_scope
            held = seen[(word, fig.q.family, fig.period, fig.body)]
            for e, e_name, e_where in held:
                if e.sentence == fig.sentence or not (name.endswith(e_name) or e_name.endswith(name)):
                    continue
                if (where and e_where and where != e_where) or (("全国" in where) != ("全国" in e_where)):
                    continue
                if _reckoned_apart(folded, e, fig):
                    continue  # 按户籍人口计算，人均GDP… / 按常住人口计算，人均GDP…: one average over two populations
                extra = name[:-len(e_name)] if len(name) > len(e_name) else e_name[:-len(name)]
                if extra and (_NAME_QUALIFIER.search(extra) or _LEVEL.search(extra) or not (
                        len(extra) <= 5 and extra[-1] in _PLACE_END_CHARS or len(extra) <= 3)):
                    continue  # 基层法院员额法官人均结案 / 全市法院员额法官人均结案: a level's average
                if (e.low <= fig.high and fig.low <= e.high) or fig.q.start in self._reported:
                    break
                self._reported.add(fig.q.start)
                yield self._mismatch(fig, e)
                break
            else:
                if len(held) < _KEPT_VALUES:
                    held.append((fig, name, where))

    def _slipped_wordings(self) -> Iterator[Mismatch]:
        """One figure worded twice with a slip of the keys (为农民工追回欠薪3.82亿元 / 追回农民工工资3.28亿元; 中院
        审结案件8642件 / 中院全年审结案件8462件): three digits or more in another order are evidence enough that two
        mentions of one unit, period and scope name one thing, where their words (the time, the territory and
        what stands between them and the number set aside) share half their pairs of characters, name no two
        stages of the work (受理 / 办结), and nothing holds them apart (two laws, labels, places, campaigns,
        scopes, subjects).  A random pair of values needs the strict name of the other passes."""
        folded = self.folded
        # cheap first: only a figure whose digits another of its measure writes in another order is read
        keyed = []
        written: Dict[tuple, set] = defaultdict(set)
        for fig, shift in self._placed_figures:
            q = fig.q
            if not q.exact or q.chinese:
                continue
            digits = sorted(c for c in q.number if c.isdigit())
            if len(digits) < 3:
                continue
            key = ("%" if fig.rate else q.family, "".join(digits), len(q.number))
            written[key].add(q.number)
            keyed.append((key, fig, shift))
        held: Dict[tuple, List[Tuple[Figure, str]]] = defaultdict(list)
        for key, fig, shift in keyed:
            if len(written[key]) < 2:
                continue
            q = fig.q
            seen = held[key + (self._averages.get(q.start, ""), fig.period, fig.scope, fig.body,
                               _DIGITS.sub("#", q.number))]
            if shift:
                fig = _moved(fig, shift)
            at = begin(fig.q)
            a, b = fig.clause
            words = folded[a:at] if _HAN_ONLY.search(folded, a, at) else folded[fig.q.unit_end:b]
            name = _SLIP_FILLER.sub("", words)
            for e, e_name in seen:
                if e.sentence == fig.sentence or e.q.value == fig.q.value or not _alike(name, e_name) \
                        or len(name) < 2 or len(e_name) < 2:
                    continue
                stages = {_RESTATED_STAGES[m.group()] for m in _RESTATED_STAGE.finditer(name)}
                e_stages = {_RESTATED_STAGES[m.group()] for m in _RESTATED_STAGE.finditer(e_name)}
                if stages and e_stages and not stages & e_stages:
                    continue
                if _kinds_apart(name, e_name) or len(name) < _SLIP_NAME or len(e_name) < _SLIP_NAME:
                    continue  # 主动公开政府信息1234条 / 依申请公开政府信息1243条: two kinds of one thing
                heads, e_heads = _HEAD.findall(name), _HEAD.findall(e_name)
                if heads and e_heads and heads[-1] != e_heads[-1]:
                    continue  # 新受理行政复议申请151件 / 受理行政复议案件115件: the applications, the cases
                subject, e_subject = self.metric(fig).subject, self.metric(e).subject
                if bool(subject) != bool(e_subject) and not self._own_body(subject or e_subject) \
                        and not _place(subject or e_subject):
                    continue  # 县司法局办理法律援助案件412件 / 全年办理法律援助案件421件: the office's, the county's
                if _occasion_part(folded, e, fig):
                    continue  # 宪法宣传周期间，发放宣传资料2050份 / 全年发放宣传资料2500份: the week's part
                if _laws_apart(folded, e, fig) or _labelled_apart(folded, e, fig) or _opened_apart(folded, e, fig) \
                        or _counters_apart(folded, e, fig) or _contexts_apart(folded, e, fig) \
                        or self._scopes_apart(e, fig) or self._subjects_apart(e, fig):
                    continue
                if fig.q.start in self._reported or e.q.start in self._reported:
                    break
                self._reported.add(fig.q.start)
                yield self._mismatch(fig, e)
                break
            else:
                if len(seen) < _KEPT_VALUES:
                    seen.append((fig, name))

    def _sentence_items(self, fig: Figure) -> List[Quantity]:
        """The quantities of ``fig``'s sentence."""
        if not self._sentence_at:
            self._sentence_at = {s.start: s for run in self.runs for s in run}
        sentence = self._sentence_at.get(fig.sentence)
        return list(sentence.items) if sentence is not None else []

    def _norms(self) -> Iterator[Mismatch]:
        """A rule of so much per week, month or year for one group (5-6年级每周3课时; 领导干部每年学法不少于
        40学时) is one rule wherever the report states it: the same group (one's words written in the
        other's: 5-6年级 / 小学5-6年级道德与法治课), per the same stretch, in the same unit, with
        no grade or school level apart (小学 / 初中, 1-4年级 / 5-6年级)."""
        folded = self.folded
        pers = [m.start() for m in _PER_MARK.finditer(folded)]
        if not pers:
            return
        seen: List[Tuple[str, str, str, FrozenSet[str], Quantity, NumberSentence]] = []
        for run in self.runs:
            for sentence in run:
                for q in sentence.items:
                    at = begin(q)  # a bound is part of the rule (不少于40学时): held to the same bound
                    if not _near_before(pers, at, 14) or q.kind != "count" or not q.unit or q.inner is not None \
                            or q.after is not None or q.in_range:
                        continue
                    a = back_to(folded, at, sentence.start, "，,；;：:、。")
                    m = _PER.search(folded, a, at)
                    if m is None:
                        continue
                    group = _NORM_FILLER.sub("", folded[a:m.start()])
                    if len(group) < 2:
                        continue
                    levels = frozenset(_LEVEL_OF_SCHOOL.findall(group))
                    for e_group, per, unit, e_levels, e, e_sentence in seen:
                        if per != m.group(1) or unit != q.unit or e.value == q.value \
                                or e_sentence.start == sentence.start or folded[begin(e):e.start] != folded[at:q.start]:
                            continue
                        if not (group in e_group or e_group in group) or _levels_apart(levels, e_levels):
                            continue
                        found = self._once(q, sentence, e, e_sentence)
                        if found is not None:
                            yield found
                        break
                    else:
                        if len(seen) < _KEPT_SESSIONS:
                            seen.append((group, m.group(1), q.unit, levels, q, sentence))

    def _territory_units(self) -> Iterator[Mismatch]:
        """How many villages, communities, towns or their committees a territory has (全镇18个村调委会;
        所辖区域内的27个村级人民调解委员会) is a constant of the report: written with the territory
        right before it, it is all of them, and two values are one count mistyped.  Not compared:
        two years or parts of the year, a count with 有 or 其中 before it (全县有8个乡镇被评为…)."""
        folded = self.folded
        seen: Dict[Tuple[str, str], List[Tuple[Quantity, NumberSentence]]] = defaultdict(list)
        for run in self.runs:
            for sentence in run:
                for q in sentence.items:
                    if q.unit != "个" or q.kind != "count" or not q.exact:
                        continue
                    at = begin(q)
                    whole = _WHOLE_BEFORE.search(folded, max(sentence.start, at - 10), at)
                    noun = _TERRITORY_UNIT.match(folded, q.unit_end)
                    if whole is None or noun is None or _PART_MARKER.search(folded, sentence.start, at):
                        continue
                    found = self._held_to(seen[(whole.group("whole"), noun.group())], q, sentence)
                    if found is not None:
                        yield found

    def _series_ends(self) -> Iterator[Mismatch]:
        """A growth told from a start to an end (从2019年的40亩增加到2023年的680亩) gives the value at the
        end; where the end is the current year (the report's, or the last the text names) and the
        text has stated the current value of the same measure (全乡种植面积已达620亩; 目前…达到…),
        the two are one figure.  Held together: the same unit, a shared word of what they measure,
        the current value written with 已达/达到/现有/目前 and no other year than the end's."""
        folded = self.folded
        ends = list(_SERIES_END.finditer(folded))
        if not ends:
            return
        latest = max((y.value for y in self.years), default=None)
        current = self.report_year or latest
        counts = [(q, sentence) for run in self.runs for sentence in run for q in sentence.items
                  if q.kind == "count" and q.exact and q.unit]
        for m in ends:
            year = int(m.group("year"))
            if year != current:
                continue
            q, sentence = next(((q, s) for q, s in counts if q.start == m.start("value")), (None, None))
            if q is None or q.start in self._reported:
                continue
            a = back_to(folded, m.start(), sentence.start, "。；;")
            words = _bigrams(folded[a:m.start()])
            stated = []
            for e, e_sentence in counts:
                if e.unit != q.unit or e.start >= m.start() or e.start == q.start:
                    continue
                lead = folded[back_to(folded, begin(e), e_sentence.start, _WIDE_BREAK):begin(e)]
                if not _CURRENT.search(lead[-4:]):
                    continue
                e_years = {y.value for y in self._years_in(e_sentence.start, begin(e))}
                if e_years - {year} or not words & _bigrams(folded[e_sentence.start:begin(e)]):
                    continue
                stated.append(e)
            if stated and all(e.value != q.value for e in stated):
                e = stated[-1]
                e_sentence = next(s for x, s in counts if x.start == e.start)
                self._reported.add(q.start)
                yield self._mismatch(self._bare(q, sentence), self._bare(e, e_sentence))

    def _quoted_kinds(self) -> Iterator[Mismatch]:
        """Documents counted with a quoted example (修订“三重一大”等制度10项) are that count wherever the
        example names them again (修订完善“三重一大”等内部制度12项): the example and the unit say it
        is one set.  Not compared: parts after 其中, two years or parts of the year."""
        folded = self.folded
        marks = [m.start() for m in _QUOTED_MARK.finditer(folded)]
        if not marks:
            return
        seen: Dict[Tuple[str, str], List[Tuple[Quantity, NumberSentence]]] = defaultdict(list)
        for run in self.runs:
            for sentence in run:
                for q in sentence.items:
                    at = begin(q)
                    if not _near_before(marks, at, 10) or q.kind != "count" or not q.exact or not q.unit:
                        continue
                    a = back_to(folded, at, sentence.start, _WIDE_BREAK)
                    m = _QUOTED_KIND.search(folded, a, at)
                    if m is None or _PART_MARKER.search(folded, a, at):
                        continue
                    found = self._held_to(seen[(m.group(1), q.family)], q, sentence)
                    if found is not None:
                        yield found

    def _referents(self) -> Iterator[Mismatch]:
        """A count written as things already known (全年受理的139件申请, 这89件申请, 已识别的1058户贫困户,
        获省部级表彰的3名个人, 当年发生的3起命案, 所有96件答复件中): the count before its noun, after 的,
        a demonstrative or 所有, points back at the count of that noun the report gave before (此次,
        上述 qualify nothing; 涉及, 包括 begin what is said of the things, after their noun).  It is held to the counts of
        earlier sentences whose clause names its noun (each word of the noun, and each word the
        referring clause qualifies it with, written in that sentence), and reported where none of
        them nor a run of them summed is its value, and the last one of its year, part of the
        year, stage (收到 = 受理 as intake) and place is it with a slip: its digits in another
        order or one of them changed (two digits: the last changed; one digit: one more or less).
        Not read: a part (其中…), a target, a change, a table."""
        folded = self.folded
        marks = [m.end() for m in _REFERRING.finditer(folded)]
        if not marks:
            return
        table_lines = self.doc.table_lines
        counts: List[Tuple[Quantity, NumberSentence]] = []
        for run, para in zip(self.runs, self.run_paragraphs):
            if para is None or para.line in table_lines:
                continue
            counts.extend((q, sentence) for sentence in run for q in sentence.items
                          if q.kind == "count" and q.exact and q.unit and q.unit not in _SKIP_UNITS)
        families = [q.family for q, _ in counts]
        where = {begin(q): k for k, (q, _) in enumerate(counts)}
        for at in marks:
            k = where.get(at)
            if k is None:
                continue
            r, r_sentence = counts[k]
            if r.start in self._reported or is_change(folded, r, r_sentence.start):
                continue
            noun = _REFERRED_NOUN.match(folded, r.unit_end)
            if noun is not None:
                noun_words = [w for w in _named(self.cut, noun.group()) if len(w) >= 2]
            else:
                # what is said of them in other words (…558件提案就进入了办理程序): the noun is the first word
                han = _HAN_ONLY.match(folded, r.unit_end, min(r_sentence.end, r.unit_end + 8))
                first = _named(self.cut, han.group())[:1] if han is not None else []
                noun_words = [w for w in first if len(w) >= 2 and folded.startswith(w, r.unit_end)]
            naming = self._naming(r, r_sentence)
            if not noun_words or naming is None:
                continue
            a, _ = self._clause(r, r_sentence.start, r_sentence.end)
            # what the clause says of the things before 的, after whoever acts (县安委会针对…发生的)
            own = folded[a:at]
            acted = _ACTED_FOR.search(own)
            own = _QUALIFYING.sub("", own[acted.end():] if acted else own)
            # 此次通报的7起…, 上述…: words that point back qualify nothing
            qualifiers = [w for w in _named(self.cut, own) if w not in _RESTATED_VERBS and w not in _POINTING
                          and w not in _AFTER_ACT]
            family = families[k]
            earlier = [(e, s) for j, (e, s) in enumerate(counts[max(0, k - _REFERENT_REACH):k], max(0, k - _REFERENT_REACH))
                       if families[j] == family and s.start < r_sentence.start
                       and all(folded.find(w, s.start, s.end) >= 0 for w in noun_words)
                       and not is_change(folded, e, s.start)]
            if not earlier or any(e.value == r.value for e, _ in earlier):
                continue
            values = [e.value for e, _ in earlier[-_BACK_SUMMED:]]
            if any(abs(sum(values[i:j]) - r.value) < 1e-9 for i in range(len(values))
                   for j in range(i + 2, len(values) + 1)):
                continue  # the sum of the counts before it
            # the last count that names it, qualified as it is in its clause (获省部级表彰 / 获厅局级表彰)
            # or else in its sentence, is the one it points at; parts and targets point at nothing
            named = []
            for e, s in reversed(earlier):
                e_a, e_b = self._clause(e, s.start, s.end)
                # its clause names the things, or only the act (经…提案委员会审查，确定立案588件: its sentence does)
                if (all(folded.find(w, e_a, e_b) >= 0 for w in noun_words)
                        or all(w in _RESTATED_VERBS or w in _ACT_ONLY for w in _named(self.cut, folded[e_a:begin(e)]))) \
                        and all(folded.find(w, s.start, s.end) >= 0 for w in qualifiers):
                    e_naming = self._naming(e, s)
                    if e_naming is not None:
                        named.append((all(folded.find(w, e_a, e_b) >= 0 for w in qualifiers), e, s, e_naming))
            e, s, e_naming = next(((e, s, n) for in_clause, e, s, n in named if in_clause),
                                  named[0][1:] if named else (None, None, None))
            if e is None or not _may_refer(e_naming, naming, _YEAR_OF.search(folded, s.start, begin(e)) is not None):
                continue
            if _referred_slip(e, r):
                found = self._once(r, r_sentence, e, s)
                if found is not None:
                    yield found

    def _copies(self) -> Iterator[Mismatch]:
        """A passage written twice with one number slipped: a news story's lead and its body, a quote
        and the lead it repeats, a summary and its section copy the same words (入境游客8203万人次，其中
        外国人1378万人次，香港、澳门和台湾同胞… / …其中外国人1387万人次，香港、澳门和台湾同胞…; 未结案件减少
        2.6万件，下降0.45% / 未结案件数减少6.2万件，下降0.45%).  Where the words on either side of two
        numbers of one unit are the same for long (_COPY_SHARED characters, other numbers among them as
        written), and the two are one another with a slip of the keys (two digits swapped, or one
        changed), they are one statement copied, whatever it counts: a rate, a change or a part as well
        as a count.  Not: two years, parts of the year or spans; two subjects (see _subjects_apart);
        tables."""
        folded = self.folded
        table_lines = self.doc.table_lines
        period = ("year", self.report_year) if self.report_year is not None else ("doc",)
        held: Dict[tuple, List[Tuple[Quantity, NumberSentence, str]]] = defaultdict(list)
        text = self.doc.text
        read = set()  # a paragraph written again word for word: its numbers were met the first time
        for run, para in zip(self.runs, self.run_paragraphs):
            if para is None or para.line in table_lines:
                continue
            written_as = text[para.start:run[-1].end]
            if written_as in read:
                continue
            read.add(written_as)
            for sentence in run:
                for q in sentence.items:
                    digits = _copy_digits(q)
                    if digits is None or q.start in self._reported:
                        continue
                    key = (_DIGITS.sub("#", folded[max(0, q.start - _COPY_KEY):q.start]), q.unit,
                           folded[q.unit_end:q.unit_end + 1], _COPY_SHAPE.sub("#", q.number))
                    earlier = held[key]
                    for e, e_sentence, e_digits in earlier:
                        if e_sentence.start == sentence.start or not _slipped_digits(e_digits, digits) \
                                or _copied_context(folded, e, q) < _COPY_SHARED \
                                or _changes_of_two(folded, e, e_sentence, q, sentence) \
                                or not self._same_stretch(e, e_sentence, q, sentence):
                            continue
                        odd, other = self._bare(q, sentence, period), self._bare(e, e_sentence, period)
                        if self._subjects_apart(other, odd):
                            continue
                        self._reported.add(q.start)
                        yield self._mismatch(odd, other)
                        break
                    if len(earlier) < _KEPT_VALUES:
                        earlier.append((q, sentence, digits))

    def _demonstratives(self) -> Iterator[Mismatch]:
        """A count written with a demonstrative (此3个频道, 这5名干部) names the things its sentence has just
        counted: where the last count before it in the sentence counts the same noun, written right
        after its unit (首页设有办事服务和政民互动2个频道，点击此3个频道…), it is that count, or the sum of the
        run of such counts that ends there.  Earlier sentences are _referents' (a slip asked there);
        here the sentence itself says which count it repeats."""
        folded = self.folded
        marks = {m.end() for m in _DEMONSTRATIVE.finditer(folded)}
        if not marks:
            return
        table_lines = self.doc.table_lines
        for run, para in zip(self.runs, self.run_paragraphs):
            if para is None or para.line in table_lines:
                continue
            for sentence in run:
                items = sentence.items
                for k, r in enumerate(items):
                    if begin(r) not in marks or r.kind != "count" or not r.exact or not r.unit \
                            or r.start in self._reported:
                        continue
                    noun = folded[r.unit_end:r.unit_end + 2]
                    if len(noun) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in noun):
                        continue
                    same = [e for e in items[:k] if e.kind == "count" and e.unit == r.unit and e.exact
                            and folded.startswith(noun, e.unit_end)]
                    if not same or same[-1].value == r.value:
                        continue
                    values = [e.value for e in same]
                    if any(abs(sum(values[i:]) - r.value) < 1e-9 for i in range(len(values) - 1)):
                        continue  # 新增1个频道，…此3个频道: the two counted so far
                    self._reported.add(r.start)
                    yield self._mismatch(self._bare(r, sentence), self._bare(same[-1], sentence))

    def _list_titles(self) -> Iterator[Mismatch]:
        """A list's title that says how many it names (拟命名名单（24个）, 拟表彰名单（共18名）) restates the
        count the text gives of what it names, with the same act (拟命名…等21个村（社区）为…): the first
        count of the title's unit after that act in a sentence of the text.  The title is reported."""
        folded = self.folded
        if "名单" not in folded:
            return
        items = [(q, sentence) for run in self.runs for sentence in run for q in sentence.items
                 if q.kind == "count" and q.exact and not q.chinese]
        for q, sentence in items:
            title = _LIST_TITLE.search(folded, max(sentence.start, q.start - _LIST_TITLE_REACH), q.start)
            if title is None or folded[q.unit_end:q.unit_end + 1] not in "）)":
                continue
            act = title.group("act")
            told = None
            for e, e_sentence in items:
                if e_sentence.start == sentence.start or e.unit != q.unit:
                    continue
                at = folded.find(act, e_sentence.start, e.start)
                if at >= 0 and folded.find("名单", at, e.start) < 0:
                    told = (e, e_sentence)
                    break
            if told is None or told[0].value == q.value or q.start in self._reported:
                continue
            self._reported.add(q.start)
            yield self._mismatch(self._bare(q, sentence), self._bare(*told))

    def _labelled_rows(self) -> Iterator[Mismatch]:
        """A table row of two cells (普法讲座（场） | 36 |, 受理行政复议申请 | 412 under 数量（件）) or a line or
        clause that gives a label its value after a colon (办理法律援助案件：365件, 裁判文书数量:199份) restates
        the count the text gives of the same thing: the text's clause before its count (a year, 全年, the
        territory, 共/累计/依法/各类 set aside) ends with the label (次数, 数量, 人数 … set aside), or the label
        with that clause, of the same unit.  Where no such count holds the row's value, one does, and the two
        are one another with two digits swapped or one changed, the later is reported.  Never a table or a
        label under another year than the text's (2022年主要数据), a count of a part (其中…), of a list (、),
        of another scope or under a sub-body's heading, nor a label two counts of the text end with at two
        values."""
        folded = self.folded
        rows = []
        if "|" in folded:
            for m in _TABLE_ROW.finditer(folded):
                unit = m.group("bunit") or m.group("unit") or self._header_unit(m.start())
                if unit:
                    rows.append((m, unit.strip()))
            rows.extend(self._year_columns())
        # cheap first: a colon right before a digit, then the label back to where its clause opens
        for colon in _VALUE_AFTER_COLON.finditer(folded):
            start = colon.start()
            while start > 0 and start > colon.start() - _COLON_LABEL and "\u4e00" <= folded[start - 1] <= "\u9fff":
                start -= 1
            while start > 0 and folded[start - 1] in " \t\u3000":
                start -= 1
            m = _COLON_VALUE.match(folded, start) if start == 0 or folded[start - 1] in "，。；,;\n" else None
            if m is not None:
                rows.append((m, m.group("unit")))
        if not rows:
            return
        units = {unit[1:] if len(unit) > 1 and unit[0] in _ROW_SCALES else unit for _, unit in rows}
        by_unit: Dict[str, List[Tuple[Figure, str]]] = defaultdict(list)
        for fig, shift in self._placed_figures:
            unit = "%" if fig.rate else fig.q.unit
            if unit not in units or shift or fig.body or fig.q.start in self._averages or not fig.q.exact \
                    or fig.q.chinese:
                continue
            if fig.period != ("doc",) and (fig.period[0] != "year" or self.report_year not in (None, fig.period[1])):
                continue
            start = _after_break(folded, max(fig.sentence, begin(fig.q) - _ROW_LABEL_REACH), begin(fig.q),
                                 _CLAUSE_ENDS + "：:")
            said = folded[start:begin(fig.q)]
            if "、" in said or "其中" in said:
                continue
            by_unit[unit].append((fig, _row_label(said)))
        for m, unit in rows:
            scale = 1.0
            if len(unit) > 1 and unit[0] in _ROW_SCALES:
                scale, unit = _ROW_SCALES[unit[0]], unit[1:]  # 亿元: the text's 29523.3亿元 is read in 元
            label = _row_label(m.group("label"))
            if len(label) < 3 or (len(label) < 4 and not label.endswith("率")):
                continue
            # one may name more than the other (主动公开), never a stage of the work (受理 / 办结), a place or
            # a body (城关镇…, 县法院…) the other leaves out
            told = [(fig, said) for fig, said in by_unit.get(unit, ())
                    if (said.endswith(label) or (label.endswith(said) and len(said) >= 4))
                    and fig.q.start != m.start("num")
                    and not _ROW_APART.search(_ROW_OWN.sub("", said[:-len(label)] if len(said) > len(label)
                                                           else label[:len(label) - len(said)]))]
            if not told:
                continue
            line_start = folded.rfind("\n", 0, m.start()) + 1
            # never a table of another year (2022年主要数据)
            years = {m.year} if isinstance(m, _Cell) else \
                set(map(int, _ROW_YEAR.findall(folded, self._table_top(line_start), m.start())))
            told = [(fig, said) for fig, said in told
                    if (years == {fig.period[-1]} if years else fig.period[-1] in (None, self.report_year))
                    or (not years and fig.period == ("doc",))]
            if not told:
                continue
            number = m.group("num")
            value = float(number.replace(",", "")) * scale
            if any(fig.low <= value <= fig.high for fig, _ in told) or len({fig.q.value for fig, _ in told}) > 1:
                continue
            fig = told[0][0]
            if not _slipped_digits(_DIGITS_ONLY.sub("", fig.q.number), _DIGITS_ONLY.sub("", number)):
                continue
            if fig.q.start in self._reported or m.start("num") in self._reported:
                continue
            n_start, n_end = m.start("num"), m.end("num")
            decimals = len(number.split(".")[1]) if "." in number else 0
            q = Quantity(n_start, n_end, n_end, n_end, n_end, value, number, "" if fig.rate else m.group("unit") or "",
                         "percent" if fig.rate else "count", decimals, False, 10.0 ** -decimals)
            end = folded.find("\n", m.start())
            row = Figure(q, line_start, fig.period, fig.scope, (m.start("label"), end if end >= 0 else len(folded)),
                         value, value, fig.rate)
            odd, other = (row, fig) if n_start > fig.q.start else (fig, row)
            self._reported.add(odd.q.start)
            yield self._mismatch(odd, other)

    def _year_columns(self) -> List[Tuple["_Cell", str]]:
        """The report year's cells of a table of several years (指标 | 2023年 | 2022年 |, its unit in the label's
        brackets): each row's value under the header cell that names the report year, as a two-cell row."""
        folded = self.folded
        out: List[Tuple[_Cell, str]] = []
        column, header_end = None, -1
        headers = []
        pipe = folded.find("|")
        while pipe >= 0:  # cheap first: only the lines that hold a | are read as a header
            line_start = folded.rfind("\n", 0, pipe) + 1
            line_end = folded.find("\n", pipe)
            line_end = len(folded) if line_end < 0 else line_end
            if "年" in folded[line_start:line_end]:
                m = _YEARS_HEADER.fullmatch(folded, line_start, line_end)
                if m is not None:
                    headers.append(m)
            pipe = folded.find("|", line_end)
        for m in headers:
            cells = [c.strip() for c in folded[m.start():m.end()].split("|")]
            years = [int(y) if y else None for y in (_YEAR_CELL.fullmatch(c) and _YEAR_CELL.fullmatch(c).group(1)
                                                      for c in cells[1:])]
            # the report's year, or in a text whose year is not known the latest the header names
            year = self.report_year or max((y for y in years if y), default=None)
            if year is None or years.count(year) != 1:
                continue
            column, header_end = 1 + years.index(year), m.end()
            at = header_end + 1
            while at < len(folded):
                end = folded.find("\n", at)
                end = len(folded) if end < 0 else end
                row = _MULTI_ROW.fullmatch(folded, at, end)
                if row is None:
                    break
                bounds, pos = [], at
                for cell in folded[at:end].split("|"):
                    bounds.append((pos, pos + len(cell)))
                    pos += len(cell) + 1
                if column < len(bounds) and row.group("bunit"):
                    a, z = bounds[column]
                    value = _CELL_NUMBER.search(folded, a, z)
                    if value is not None:
                        out.append((_Cell(row.start("label"), row.group("label"), value.start(), value.group(), year),
                                    row.group("bunit").strip()))
                at = end + 1
        return out

    def _table_top(self, line_start: int) -> int:
        """Where the table or list of labels a row stands in begins: its rows (| or ： lines) right above it and
        the one line of title above them."""
        folded = self.folded
        top = line_start
        for _ in range(_ROW_LINES):
            if top == 0:
                break
            above = folded.rfind("\n", 0, top - 1) + 1
            line = folded[above:top]
            top = above
            if not line.strip() or ("|" not in line and not _VALUE_AFTER_COLON.search(line)):
                break
        return top

    def _header_unit(self, at: int) -> str:
        """The unit a table's header gives its values (数量（件）, （单位：件）) in the lines right above a row."""
        head = self.folded[max(0, at - _ROW_HEAD_REACH):at]
        found = _HEADER_UNIT.findall(head)
        return found[-1] if found else ""

    def _same_stretch(self, e: Quantity, e_sentence: NumberSentence, q: Quantity, sentence: NumberSentence) -> bool:
        """Do the two sentences give their numbers for one period: no two years, parts of the year or
        spans named before them?"""
        folded = self.folded
        spans = []
        for x, s in ((e, e_sentence), (q, sentence)):
            at = begin(x)
            # the years named before them, and of what they count after them (…公开了本部门2014年决算)
            years = frozenset(y.value for y in self._years_in(s.start, at)) | self._years_after(x, s)
            span = any(folded[m.start() - 1] != "截" for m in _SPAN.finditer(folded, s.start, at))  # not 截至2019年
            spans.append((years, self._part_of_year(s.start, at), span,
                          _LAST_YEAR.search(folded, s.start, at) is not None))
        (years_a, month_a, span_a, last_a), (years_b, month_b, span_b, last_b) = spans
        stages = [frozenset(_RESTATED_STAGES[w] for w in _RESTATED_STAGE.findall(
            folded, back_to(folded, begin(x), s.start, _CLAUSE_BREAK), begin(x))) for x, s in ((e, e_sentence), (q, sentence))]
        if stages[0] and stages[1] and not stages[0] & stages[1]:
            return False  # 受理…审查逮捕案件97件134人 / 审结审查逮捕案件95件134人: two stages of the work
        if years_a and years_b and not years_a & years_b:
            return False
        if month_a is not None and month_b is not None and month_a != month_b:
            return False  # 1-6月 / 1-9月 (a month named on one side only: the story's, said once)
        return span_a == span_b and last_a == last_b

    def _held_to(self, held: List[Tuple[Quantity, NumberSentence]], q: Quantity, sentence: NumberSentence
                 ) -> Optional[Mismatch]:
        """``q`` against the counts its wording says it is one with (``held``): the mismatch with the
        first of another value in the same period (see _same_period), else None, and ``q`` kept
        among them (a few: linear on repeated text) where it met none."""
        naming = None
        for e, e_sentence in held:
            if e.value == q.value:
                continue
            naming = naming or self._naming(q, sentence, parts=True)
            if not _same_period(self._naming(e, e_sentence, parts=True), naming):
                continue
            return self._once(q, sentence, e, e_sentence)
        if len(held) < _KEPT_VALUES:
            held.append((q, sentence))
        return None

    def _once(self, q: Quantity, sentence: NumberSentence, e: Quantity, e_sentence: NumberSentence
              ) -> Optional[Mismatch]:
        """``q`` against ``e`` as a finding, made once for ``q``: None where ``q`` was reported already."""
        if q.start in self._reported:
            return None
        self._reported.add(q.start)
        return self._mismatch(self._bare(q, sentence), self._bare(e, e_sentence))

    def _headlines(self) -> Iterator[Mismatch]:
        """A headline's count against the body that tells it (4年援助5000多件案件 over a story of
        4714件; 已办理公益诉讼案件近四十万件 over 50余万件): a headline sums up its story's figure, so
        the body's counts of the same thing (its head noun in their clause, or a court's act alone for
        cases: 结案185.9万件; at its stage of the work where both name one, 结案 not 新收; the same unit family,
        no part of a breakdown, no change or target, of the headline's year where it names one)
        must hold one within the headline's precision, or two parts of one sentence add up to it.
        Where none does and the nearest is within 30% of it (a figure, not a part of it, rounded
        wrongly or mistyped) or is it with the point moved (106万个 / 10.6万个), the headline is
        reported.  A headline is a short line of the title block, before the first sentence.  A news
        story's lead that gives what a report or the data show (…作法院工作报告，报告显示全市法院一年受理
        案件3.9万件。) sums the story up as its headline does: its counts after the words that say so are
        held to the paragraphs after it, of the years it names after them (去年: the year before its
        dateline's)."""
        folded = self.folded
        paragraphs = self.doc.paragraphs
        # a line opened with # is a file's header (# http://….html?id=1), not a sentence that ends the block
        block_end = next((para.start for para in paragraphs if _SENTENCE_LINE.search(folded, para.start, para.end)
                          and not folded.startswith("#", para.start)), None)
        if block_end is None:
            return
        lines = [para for para in paragraphs if para.end <= block_end and para.end - para.start <= _HEADLINE
                 and not folded.startswith("#", para.start) and not _NOT_HEADLINE.search(folded, para.start, para.end)]
        lead = next((para for para in paragraphs if para.start == block_end), None)
        says = _SHOWS.search(folded, lead.start, lead.end) if lead is not None else None
        if not lines and says is None:
            return
        starts = {para.start for para in lines}
        heads = []  # (count, sentence, head noun, where the story it sums up begins, years it is of or None)
        body: List[Tuple[Quantity, NumberSentence, int]] = []
        for run, para in zip(self.runs, self.run_paragraphs):
            if para is None:
                continue
            for sentence in run:
                for q in sentence.items:
                    if q.kind != "count" or q.unit in _SKIP_UNITS or not _comparable(q):
                        continue
                    if para.start in starts:
                        head = self._head_noun(q, sentence)
                        if head:
                            heads.append((q, sentence, head, block_end, None))
                    elif says is not None and para.start == block_end and says.end() <= begin(q) \
                            and says.start() >= sentence.start:
                        head = self._head_noun(q, sentence)
                        if head:
                            heads.append((q, sentence, head, para.end, self._lead_years(sentence, says.end(), q)))
                    elif para.start >= block_end and not is_change(folded, q, sentence.start) \
                            and _PART_MARKER.search(folded, sentence.start, begin(q)) is None:
                        body.append((q, sentence, para.start))
        period = ("year", self.report_year) if self.report_year is not None else ("doc",)
        for q, sentence, head, story, lead_years in heads:
            low, high = _interval(q)
            h_a = back_to(folded, begin(q), sentence.start, _CLAUSE_BREAK)
            stages = frozenset(_RESTATED_STAGES[w] for w in _RESTATED_STAGE.findall(folded, h_a, begin(q)))
            years = lead_years if lead_years is not None else {y.value for y in self._years_in(sentence.start, sentence.end)}
            told = []
            for b, b_sentence, at in body:
                if b.family != q.family or at < story:
                    continue
                a, z = self._clause(b, b_sentence.start, b_sentence.end)
                if folded.find(head, a, z) < 0 and not (head == "案件" and _TRIAL_ACT.search(folded, a, begin(b))):
                    continue  # 结案185.9万件, no noun written: what a court concludes is cases
                b_stages = frozenset(_RESTATED_STAGES[w] for w in _RESTATED_STAGE.findall(folded, a, begin(b)))
                if stages and b_stages and not stages & b_stages:
                    continue  # 结案 over 新收各类案件…: another stage of the work's count
                targets = self._targets(b_sentence.start, b_sentence.end)
                if targets and targets[0] < begin(b):
                    continue
                named = {y.value for y in self._years_in(b_sentence.start, begin(b))}
                if lead_years is not None and not named:
                    named = {y.value for y in self._years_in(at, b_sentence.start)[:1]}  # the paragraph's year
                if years and named and not years & named:
                    continue
                told.append((b, b_sentence.start))
            if any(low <= x.value + y.value <= high for (x, at), (y, at_y) in combinations(told, 2) if at == at_y):
                continue  # 新增就业2.6万人 over 城镇1.9万人，农村7000人: the headline sums a sentence's parts
            told = [b for b, _ in told]
            high += _cut_short(q)  # 18.3亿元 over 18.37亿元: a headline may cut a figure short
            if not told or any(not (_interval(b)[1] < low or high < _interval(b)[0]) for b in told):
                continue
            nearest = min(told, key=lambda b: abs(math.log(max(b.value, 1e-9) / max(q.value, 1e-9))))
            ratio = max(nearest.value, q.value) / max(min(nearest.value, q.value), 1e-9)
            # 38万个 over 3.8万个: the point dropped, the digits are the same
            shifted = q.exact and nearest.exact and abs(math.log10(ratio) - round(math.log10(ratio))) < 1e-9 \
                and _DIGITS_ONLY.sub("", _digits_of(q)).strip("0") == _DIGITS_ONLY.sub("", _digits_of(nearest)).strip("0")
            # 新增27个 over …等72个村（社区）榜上有名: a count of the story with the headline's digits swapped
            swapped = next((b for b in told if q.exact and b.exact and not q.chinese and not b.chinese
                            and sorted(_digits_of(q)) == sorted(_digits_of(b))), None)
            if swapped is not None:
                nearest = swapped
            elif ratio > _HEADLINE_NEAR and not shifted:
                continue
            if nearest.start in self._reported or q.start in self._reported:
                continue
            self._reported.add(q.start)
            b_sentence = next(s for b, s, _ in body if b is nearest)
            yield self._mismatch(self._bare(q, sentence, period), self._bare(nearest, b_sentence, period))

    def _summaries(self) -> Iterator[Mismatch]:
        """A story's summary restated in its body.  A news story (and a report that opens on its
        results) says its main figures first, in its title lines and its lead sentence, and tells them
        again in the body in the same words (上半年全国城镇新增就业645万人 / 1—6月，全国城镇新增就业654万人;
        去年依法办结行政复议案件23.9万件 / 2023年……依法办结行政复议案件29.3万件; 为农民工讨薪4.4亿元 / 其中为
        农民工讨薪4.7亿元).  The summary is the title block (short lines before the first paragraph,
        with or without ：，！, not a source or dateline line) and the first paragraph (a lead, or the
        overview a report opens with), the body being what comes after it; of a first paragraph that
        is nearly the whole text, only the opening sentence (a story run onto one line): a report's
        其中 part further on (提起公诉45件66人) is no summary of the 提起公诉52件70人 it goes on to.  A body count restates a summary's where the words naming the two are the same
        once what does not name the thing is set aside (years, parts of the year, 去年, the scope,
        共/累计/各类/依法/其中, the courts or procuratorates that count), the body adding nothing before
        them (基层法院受理… is a part) and after them only the object of a verb (逮捕… / 逮捕各类犯罪
        嫌疑人…); the two are of one period where both name one (上半年 = 1—6月 = 1至6月; a summary's 去年 is
        the year before its dateline, not held to the report's year).  Where none of the body's
        restatements holds the summary's value (within its precision, a figure cut short to its last
        place included) and the nearest is the summary's with a slip of the keys, its point moved, or
        within a tenth of it, they disagree: a headline is reported (the body is the account it sums
        up), a first paragraph's figure as any statement is (the later of the two).  A rate right
        after the count (同比增长93.3%) is held to the rate right after the body's count that holds its
        value (比上年增长98.3%), the same way up."""
        folded = self.folded
        summary, titles = self._summary_counts()
        if not summary:
            return
        period = ("year", self.report_year) if self.report_year is not None else ("doc",)
        body = [(q, sentence) for run, para in zip(self.runs, self.run_paragraphs) if para is not None
                for sentence in run for q in sentence.items
                if q.kind == "count" and q.unit not in _SKIP_UNITS and _comparable(q) and q.start > summary[0][0].start]
        named_cache: Dict[str, List[str]] = {}
        under = self._under_headings()
        # each body count's period and each sentence's targets read once, whichever summary count asks:
        # a sentence of a thousand counts stays linear
        periods: Dict[Tuple[int, Optional[int]], Tuple[FrozenSet[int], Optional[int], bool]] = {}
        targets_of: Dict[int, List[int]] = {}

        def period_of(b: Quantity, b_start: int, para_start: Optional[int] = None):
            key = (b.start, para_start)
            if key not in periods:
                periods[key] = self._summary_period(b, b_start, para_start)
            return periods[key]

        def named(a: int, z: int) -> List[str]:
            words = named_cache.get(folded[a:z])
            if words is None:
                words = named_cache[folded[a:z]] = _summary_words(self.cut, folded[a:z])
            return words

        for q, sentence, para_start in summary:
            if q.start in self._reported:
                continue
            # a lead's count is restated in the body after it, not later in its own paragraph
            told_after = q.start if para_start in titles or para_start == self._runs_on \
                else max(q.start, self.doc.paragraph_of(para_start).end)
            a = back_to(folded, begin(q), sentence.start, _WIDE_BREAK)
            if is_change(folded, q, sentence.start) or _BASE_OF_SHARE.match(folded, q.unit_end):
                continue  # 比上年末增加127.34亿元, 占年初预算1600万元的52.3%: what the clause names is elsewhere
            # the character that names it right before the number: a body count without it is worded
            # otherwise, and nothing is segmented for a text where no count has it (jieba stays unloaded)
            at = begin(q)
            while at > a and (not "\u4e00" <= folded[at - 1] <= "\u9fff" or folded[at - 1] in _TO_NUMBER):
                at -= 1
            tail = folded[at - 1:at]
            years, month, span = self._summary_period(q, sentence.start)
            rated = _rate_after(folded, q, sentence) is not None  # an agreeing count's rate is read too
            if not tail or not any(
                    b.start > told_after and (rated or b.value != q.value) and folded.find(tail, back_to(folded, begin(b), b_sentence.start, _WIDE_BREAK),
                                                      begin(b)) >= 0
                    and not (years and period_of(b, b_sentence.start)[0].isdisjoint(years) and
                             period_of(b, b_sentence.start)[0])
                    for b, b_sentence in body):
                continue
            words = named(a, begin(q))
            if sum(len(w) for w in words) < _SUMMARY_NAMING or not words[-1].endswith(tail):
                continue
            if len(years) > 1 or folded.find("分别", a, begin(q)) >= 0:
                continue  # 2022年和2023年分别受理…12件和15件: each count its own year's
            occasion = _OCCASION.search(folded, sentence.start, begin(q)) is not None
            told = []
            for b, b_sentence in body:
                if b.start <= told_after or not same_measure(folded, q, b) or b.start in self._reported:
                    continue
                b_a = back_to(folded, begin(b), b_sentence.start, _WIDE_BREAK)
                if b_a <= q.start or folded.find(tail, b_a, begin(b)) < 0:
                    continue  # the same clause, or not worded alike: nothing to segment
                if is_change(folded, b, b_sentence.start) or _BASE_OF_SHARE.match(folded, b.unit_end) \
                        or folded.rfind("（", max(b_sentence.start, b.start - _PERIOD_REACH), b.start) \
                        > folded.rfind("）", max(b_sentence.start, b.start - _PERIOD_REACH), b.start):
                    continue  # a change, a base, a part in brackets (460人（市级120人，县级260人…）)
                targets = targets_of.get(b_sentence.start)
                if targets is None:
                    targets = targets_of[b_sentence.start] = self._targets(b_sentence.start, b_sentence.end)
                if targets and targets[0] < begin(b):
                    continue
                if folded.find("分别", b_a, begin(b)) >= 0 or not _restates_summary(words, named(b_a, begin(b))):
                    continue
                b_para = self.doc.paragraph_of(b.start)
                if b_para is not None and under(b_para.index)[1]:
                    continue  # under （一）城南镇: that town's figure, not the whole's
                b_years, b_month, b_span = period_of(b, b_sentence.start, b_para.start if b_para else b_sentence.start)
                if (years and b_years and not years & b_years) or b_span != span \
                        or occasion != (_OCCASION.search(folded, max(b_sentence.start, begin(b) - _PERIOD_REACH),
                                                         begin(b)) is not None) \
                        or (month != b_month and (month is not None or b_month is not None)):
                    continue
                if self._scopes_apart(self._bare(q, sentence), self._bare(b, b_sentence)):
                    continue  # 在打击电诈犯罪上，…1426名 / 在打击涉众经济犯罪上，…1246名: two fields' counts
                told.append((b, b_sentence))
            if not told:
                continue
            low, high = _interval(q)
            high += _cut_short(q)
            agreeing = [(b, s) for b, s in told if not (_interval(b)[1] < low or high < _interval(b)[0])]
            if agreeing:
                yield from self._summary_rates(q, sentence, agreeing[0], period)
                continue
            nearest, n_sentence = min(told, key=lambda t: abs(math.log(max(t[0].value, 1e-9) / max(q.value, 1e-9))))
            ratio = max(nearest.value, q.value) / max(min(nearest.value, q.value), 1e-9)
            digits, n_digits = _copy_digits(q), _copy_digits(nearest)
            slipped = digits is not None and n_digits is not None and scale_of(q) == scale_of(nearest) \
                and _slipped_digits(digits, n_digits)
            shifted = q.exact and nearest.exact and abs(math.log10(ratio) - round(math.log10(ratio))) < 1e-9 \
                and _DIGITS_ONLY.sub("", _digits_of(q)).strip("0") == _DIGITS_ONLY.sub("", _digits_of(nearest)).strip("0")
            if not (slipped or shifted or ratio <= _SUMMARY_NEAR):
                continue
            before, n_before = self._went_on_from(q, sentence), self._went_on_from(nearest, n_sentence)
            if before is not None and n_before is not None and named(*before) != named(*n_before):
                continue  # 行政处罚被申请复议9宗，复议决定…12宗 / 行政强制被申请复议4宗，…21宗: what each goes on from
            odd, other = self._bare(q, sentence, period), self._bare(nearest, n_sentence, period)
            # the places the two clauses open with (a story's 记者从市人社局获悉 is not where its figure is)
            placed = odd._replace(sentence=a), other._replace(sentence=back_to(folded, begin(nearest), n_sentence.start,
                                                                               _WIDE_BREAK))
            subject, n_subject = self.metric(odd).subject, self.metric(other).subject
            if self._objects_apart(q, sentence, nearest, n_sentence) or _labelled_apart(folded, odd, other) \
                    or _opened_apart(folded, *placed) \
                    or _counters_apart(folded, odd, other) or _contexts_apart(folded, odd, other) \
                    or _complements_apart(folded, odd, other) or _parts_of_two_wholes(folded, odd, other) \
                    or _reckoned_apart(folded, odd, other) \
                    or self._subjects_apart(odd, other) or not _same_body(subject, n_subject) \
                    or (bool(subject) != bool(n_subject) and not self._own_body(subject or n_subject)
                        and self._in_section(nearest.start)):
                continue  # 行政处罚被申请…12宗。行政强制被申请…21宗; 县司法局办理… / （二）…办理…: two subjects
            self._reported.update((q.start, nearest.start))
            # a headline is reported, as the summary of what the story tells; a first paragraph's figure
            # is a statement of the text as any, and the later of two statements is reported
            # (where the body states its value twice, the summary is the odd one out)
            # (a summary that rounds, 五千二百余人 / 4870人: the one told loosely misses)
            twice = sum(b.value == nearest.value for b, _ in told) > 1
            loose = not q.exact and not q.in_range and nearest.exact
            yield self._mismatch(odd, other) if para_start in titles or twice or loose else self._mismatch(other, odd)

    def _objects_apart(self, a: Quantity, a_sentence: NumberSentence, b: Quantity, b_sentence: NumberSentence
                       ) -> bool:
        """Do the two counts' clauses name two years after them, in what they count (…103个部门公开了
        本部门2015年部门预算 / …104个部门公开了本部门2014年决算): two figures, however alike the words."""
        named_a, named_b = self._years_after(a, a_sentence), self._years_after(b, b_sentence)
        return bool(named_a and named_b and not named_a & named_b)

    def _years_after(self, q: Quantity, sentence: NumberSentence) -> FrozenSet[int]:
        """The years a count's clause names after it: of what it counts (…个部门公开了本部门2014年决算)."""
        end = forward_to(self.folded, q.end, sentence.end, _WIDE_BREAK)
        return frozenset(y.value for y in self._years_in(q.end, end)
                         if not self.folded.startswith(("以来", "至今"), y.end))

    def _in_section(self, at: int) -> bool:
        """Does ``at`` stand under an outline heading (（二）法律援助): in a report's section, where a body
        named on one side only is another's figure (as the main comparison reads it)?"""
        return any(h.title_start < at for h in self.doc.headings)

    def _went_on_from(self, q: Quantity, sentence: NumberSentence) -> Optional[Tuple[int, int]]:
        """Where the words naming the count of the clause before ``q``'s stand, when that clause holds a
        count of ``q``'s measure (…被申请行政复议9宗，复议决定撤销…12宗): the clause ``q``'s goes on from."""
        a = back_to(self.folded, begin(q), sentence.start, _WIDE_BREAK)
        earlier = [x for x in sentence.items if x.start < a and x.family == q.family and x.kind == "count"]
        if not earlier:
            return None
        x = earlier[-1]
        x_a, x_z = self._clause(x, sentence.start, sentence.end)
        if self.folded[x_z:a].strip("，,；;、 ") != "":
            return None
        return x_a, begin(x)

    def _summary_counts(self) -> Tuple[List[Tuple[Quantity, NumberSentence, int]], List[int]]:
        """The counts of a text's summary (see _summaries): its title lines' and its first paragraph's,
        with where their paragraph starts; and where its title lines start."""
        folded = self.folded
        lead = None
        titles = []
        for para in self.doc.paragraphs[:_SUMMARY_PARAGRAPHS]:
            if folded.startswith("#", para.start) or not folded[para.start:para.end].strip():
                continue
            if para.end - para.start <= _SOURCE_LINE_LENGTH and _SOURCE_LINE.search(folded, para.start, para.end) \
                    and not _SENTENCE_END_AT.search(folded, para.start, para.end):
                continue  # 来源：…  2024-04-28 10:48: what the page says of the story, not the story
            if para.end - para.start <= _HEADLINE and not folded.startswith("。", para.end - 1):
                if parse_heading(folded[para.start:para.end]) is not None:
                    return [], []  # 一、主要成效: a report's outline, not a story's title block
                titles.append(para.start)
                continue
            lead = para
            break
        if lead is None:
            return [], titles
        lead_end = lead.end
        if len(folded) - lead_end < lead_end - lead.start:
            # a first paragraph that is (nearly) the whole text: its opening sentence sums up what the
            # rest tells (a story run onto one line); a 其中 part further on sums up nothing
            lead_end = next((s.end for s in self.doc.sentences_of(lead)), lead.end)
            self._runs_on = lead.start  # its body is the rest of it
        out = []
        for run, para in zip(self.runs, self.run_paragraphs):
            if para is None or para.start > lead.start:
                break
            if para.start not in titles and para.start != lead.start:
                continue
            for sentence in run:
                if para.start == lead.start and sentence.start >= lead_end:
                    break
                for q in sentence.items:
                    if q.kind == "count" and q.unit not in _SKIP_UNITS and _comparable(q) \
                            and (para.start != lead.start or q.start < lead_end):
                        out.append((q, sentence, para.start))
        return out[:_SUMMARY_COUNTS], titles

    def _summary_period(self, q: Quantity, s_start: int, para_start: Optional[int] = None
                        ) -> Tuple[FrozenSet[int], Optional[int], bool]:
        """The years a summary's or body's count names (none for 去年: a story's year before its
        dateline), the month the part of the year it names ends in, and whether it is a span."""
        folded = self.folded
        at = begin(q)
        # read back a stretch of bounded length: a sentence of a thousand counts stays linear
        s_start = max(s_start, at - _PERIOD_REACH)
        para_start = None if para_start is None else max(para_start, at - _PERIOD_REACH)
        # the year its own statement names (2021年…6.2万元；2022年…6.5万元), else its sentence's
        years = frozenset(y.value for y in self._years_in(back_to(folded, at, s_start, "；;"), at)) \
            or frozenset(y.value for y in self._years_in(s_start, at))
        if _LAST_YEAR.search(folded, back_to(folded, at, s_start, _CLAUSE_BREAK), at):
            years = frozenset()
        month = _months_end(folded, s_start if para_start is None else para_start, at)
        span = any(folded[m.start() - 1] != "截" for m in _SPAN.finditer(folded, s_start, at))
        return years, month, span

    def _summary_rates(self, q: Quantity, sentence: NumberSentence, told: Tuple[Quantity, NumberSentence],
                       period: tuple) -> Iterator[Mismatch]:
        """The rate right after a summary's count (…48.9亿人次，同比增长93.3%) against the rate right
        after the body's count that holds its value (…48.9亿人次，比上年增长98.3%): one change told twice."""
        b, b_sentence = told
        mine, theirs = _rate_after(self.folded, q, sentence), _rate_after(self.folded, b, b_sentence)
        if mine is None or theirs is None or mine[1] != theirs[1] or mine[0].value == theirs[0].value:
            return
        r, r_b = mine[0], theirs[0]
        digits, b_digits = _copy_digits(r), _copy_digits(r_b)
        if digits is None or b_digits is None or not _slipped_digits(digits, b_digits) \
                or r.start in self._reported or r_b.start in self._reported:
            return
        self._reported.update((r.start, r_b.start))
        low, high = _interval(r)
        b_low, b_high = _interval(r_b)
        yield self._mismatch(
            Figure(r, sentence.start, period, frozenset(), self._clause(r, sentence.start, sentence.end), low, high, True),
            Figure(r_b, b_sentence.start, period, frozenset(), self._clause(r_b, b_sentence.start, b_sentence.end),
                   b_low, b_high, True))

    def _lead_years(self, sentence: NumberSentence, after: int, q: Quantity) -> set:
        """The years a lead's count is of: named after the words that say what the report shows, else
        the year before the dateline's where it says 去年 (2023年1月5日…，报告显示…去年审结案件…), else none."""
        years = {y.value for y in self._years_in(after, begin(q))}
        if years:
            return years
        if _LAST_YEAR.search(self.folded, after, begin(q)):
            return {y.value - 1 for y in self._years_in(sentence.start, after)}
        return set()

    def _section_totals(self) -> Iterator[Mismatch]:
        """A summary's item against the section that details it (审查起诉64件 in the overview; 2.审查
        起诉。共受理审查起诉案件46件 in its part): a report sums up its parts first, each by the name its
        section is headed with, and the section opens with its total (共…).  The summary's count is
        its clause's name alone (the heading's words, nothing else but a scope or 共); the section's
        is its first count whose clause holds the name after 共.  Two values apart are reported at
        the section's, of the same year where both name one."""
        folded = self.folded
        headings = self.doc.headings
        counts = [(q, sentence) for run in self.runs for sentence in run for q in sentence.items
                  if q.kind == "count" and q.unit not in _SKIP_UNITS and _comparable(q)]
        if not counts:
            return
        starts = [q.start for q, _ in counts]
        period = ("year", self.report_year) if self.report_year is not None else ("doc",)
        items: Optional[Dict[Tuple[str, str], List[Tuple[Quantity, NumberSentence]]]] = None
        for k, h in enumerate(headings):
            name = _SECTION_NAME.fullmatch(h.title.strip().rstrip("。．.：:"))
            if name is None:
                continue
            name = name.group()
            end = next((g.marker_start for g in headings[k + 1:] if g.rank <= h.rank), len(folded))
            lo = bisect.bisect_left(starts, h.title_end)
            total = None
            for q, sentence in counts[lo:bisect.bisect_left(starts, end)]:
                a, _ = self._clause(q, sentence.start, sentence.end)
                # the intake, as a summary counts it (共受理…, 共办理…): 共审结… is another stage's total
                if folded.find(name, a, q.start) >= 0 and _TOTAL.search(folded, a, q.start) \
                        and {_RESTATED_STAGES[w] for w in _RESTATED_STAGE.findall(folded, a, q.start)} <= _INTAKE:
                    total = (q, sentence)
                break  # the section's first count, or none
            if total is None or total[0].start in self._reported:
                continue
            q, sentence = total
            if items is None:
                items = self._summary_items(counts)
            # the last item of the name before the section (行政复议案件74件 under 行政复议 too)
            before = [entry for item in (name,) + tuple(name + noun for noun in _ITEM_NOUNS)
                      for entry in items.get((item, q.family), ()) if entry[0].start < h.marker_start]
            if not before:
                continue
            e, e_sentence = max(before, key=lambda entry: entry[0].start)
            (low, high), (e_low, e_high) = _interval(q), _interval(e)
            if not (high < e_low or e_high < low):
                continue
            years = {y.value for y in self._years_in(sentence.start, begin(q))}
            e_years = {y.value for y in self._years_in(e_sentence.start, begin(e))}
            if years and e_years and not years & e_years:
                continue
            self._reported.add(q.start)
            yield self._mismatch(self._bare(q, sentence, period), self._bare(e, e_sentence, period))

    def _summary_items(self, counts: Sequence[Tuple[Quantity, NumberSentence]]
                       ) -> Dict[Tuple[str, str], List[Tuple[Quantity, NumberSentence]]]:
        """The counts whose clause is a name alone (审查起诉99件, 全年办理行政复议案件74件), by (name,
        unit family), in text order: the items a summary gives its sections' totals by."""
        folded = self.folded
        items: Dict[Tuple[str, str], List[Tuple[Quantity, NumberSentence]]] = defaultdict(list)
        for e, e_sentence in counts:
            if is_change(folded, e, e_sentence.start):
                continue
            a, _ = self._clause(e, e_sentence.start, e_sentence.end)
            item = _SUMMARY_LEAD.sub("", folded[a:begin(e)])
            if _SECTION_NAME.fullmatch(item):
                items[(item, e.family)].append((e, e_sentence))
        return items

    def _head_noun(self, q: Quantity, sentence: NumberSentence) -> str:
        """The noun a headline's count counts: the word after its unit (5000多件案件), else the last
        word before it (完成投资46.9亿元, 公益诉讼案件近四十万件), two characters at least."""
        folded = self.folded
        a, b = self._clause(q, sentence.start, sentence.end)
        after = self.cut(folded[q.unit_end:b])[:1]  # right after the unit: 106万个已完成… names none
        if _content(after) and after[0] not in _RESTATED_VERBS and len(after[0]) >= 2:
            return after[0]
        # 新增27个市级民主法治示范村（社区）: a unit of the territory with its alternative, as a body writes it
        # (72个村（社区）)
        unit = _UNIT_WITH_ALTERNATIVE.search(folded, q.unit_end, b)
        if unit is not None:
            return unit.group()
        # 全省法院结案185.9万件: the courts count, they are not counted; what they conclude is cases
        own = _COUNTING_BODY.sub("", folded[a:begin(q)])
        before = [w for w in _content(self.cut(own)) if w not in _RESTATED_VERBS and w not in _WHEN_WORDS]
        if not before and q.unit == "件" and _TRIAL_ACT.search(own):
            return "案件"
        return before[-1] if before and len(before[-1]) >= 2 else ""

    def _naming(self, q: Quantity, sentence: NumberSentence, body: str = "", parts: bool = False
                ) -> Optional["_Naming"]:
        """What a count's sentence says it is (see _restatements), or None for a count that is no
        figure of its own (a part of a breakdown unless ``parts``, a target)."""
        folded = self.folded
        s_start, s_end = sentence.start, sentence.end
        at = begin(q)
        marker = None if parts else _PART_MARKER.search(folded, s_start, at)
        if marker is not None:
            return None  # 其中…: a part, whose whole is stated beside it
        # the figure a plan builds on (下一步，…，在转移就业97.2万人的基础上…) is what has been done: no
        # target, no campaign's part, and 基础 names nothing
        basis = _ON_THE_BASIS.match(folded, q.unit_end) is not None
        targets = self._targets(s_start, s_end)
        a, b = self._clause(q, s_start, s_end)
        if a > s_start and folded[a - 1] in "（(" and not folded[a:at].strip():
            # 事故总量（568起）: a count alone in brackets is what the words before them name
            a = back_to(folded, a - 1, s_start, _CLAUSE_BREAK)
        own = folded[a:at]
        year_total = _YEARS_TOTAL.match(_WHOLE_FIRST.sub("", own)) is not None
        # a clause that gives the year's total (…，确保…就业，全市全年实现转移就业97.2万人) states it,
        # whatever goal a clause before it named
        if targets and targets[0] < at and not basis and not (year_total and targets[-1] < a):
            return None
        after = "" if basis else folded[q.unit_end:b]
        # 全市法院审结…: the courts (or procuratorates) of the report's territory count, they are not counted
        said = _SAID_OF.search(after, 1)
        after = after[:said.start()] if said else after
        if after:
            # 3128宗行政处罚中被申请复议4宗: the things among which, what follows is said of some of them
            offset = 0
            for word in self.cut(after):
                if word in _AMONG and offset:
                    after = after[:offset]
                    break
                offset += len(word)
        named_by = _COUNTING_BODY.sub("", _BASIS.sub("", own))
        if a > s_start and folded[a - 1] in "）)》":
            named_by = _BASIS_TAIL.sub("", named_by)
        words = _named(self.cut, named_by) + _named(self.cut, after)[:_AFTER_WORDS]
        examples: FrozenSet[str] = frozenset()
        if "等" in named_by:
            cut = list(self.cut(named_by))
            if "等" in cut:  # 工作动态等信息: the examples, not what is counted
                last = len(cut) - 1 - cut[::-1].index("等")
                examples = frozenset(_named(self.cut, "".join(cut[:last])))
        borrowed = ""  # the words of the clause a last-year figure is compared with
        base = _LAST_YEAR_BASE.match(own)
        if base is not None and not [w for w in _named(self.cut, own[base.end():]) if w not in _RESTATED_VERBS]:
            # 共审结…95件134人，去年同期为200件377人: last year's figure is the one its clause is compared
            # with, of the indicator the clause before names (受理 and 审结 are two), not a figure of its own
            # words; a clause opening its sentence (…。去年同期为…) is compared with the sentence before
            floor = back_to(folded, s_start - 1, max(0, s_start - _BASE_REACH), "。；;！？\n") if a <= s_start \
                else back_to(folded, a - 1, s_start, "；;")
            told = folded[floor:a if a > s_start else max(floor, s_start - 1)]
            words += [w for w in _named(self.cut, told) if w not in words]
            borrowed = told
        # the sentence's first count of the same kind of thing (五年来，受理…: 五年 counts no cases)
        first = next((i for i in sentence.items if i.kind == "count" and i.family == q.family), q)
        if not any(w not in _RESTATED_VERBS for w in words) and first.start < q.start:
            # 办结74617件 after 共受理法律援助案件85685件: of what the list's first count names
            lead = back_to(folded, begin(first), s_start, _CLAUSE_BREAK)
            words += [w for w in _named(self.cut, folded[lead:begin(first)]) if w not in _STAGES]
        if q.unit == "件" and _TRIAL_ACT.search(own) and not any(w not in _RESTATED_VERBS for w in words):
            words.append("案件")  # 全市法院审结12.42万件: what a court tries or enforces is cases
        stages = frozenset(_RESTATED_STAGES[w] for w in _RESTATED_STAGE.findall(own + after + borrowed))
        if "申请" in words and "复议" in words and "新收" in stages:
            # 新收行政复议申请8745件 / 全年8754件新收案件: what came in is counted as cases, accepted or not
            # (受理…案件 are the accepted ones: 新受理申请151件，受理案件115件，不予受理36件)
            words.append("案件")
        # 全年共判处罪犯…: a clause that says it gives the year's total is no part of a campaign told before it
        context = "" if year_total or basis else _context_of(folded, s_start, a)
        # whose count: the territory, town or body its sentence or clause opens with (区应急管理局 / 区交通运输局),
        # not words before a place or a word that ends like one (记者日前从省, 同时为全乡, 现有社区, 实现城镇)
        # (上年全县受理…: the year is when, 全县 is where)
        places = frozenset(name for start in (s_start, a)
                           for name in (_YEAR_WORD.sub("", n) for n in (_opening_place(folded, start, at),
                                                                         _subject_of(folded[start:at])[0]))
                           if name and not _NOT_IN_NAMES.search(name) and not name.endswith(_NOT_PLACE_ENDS))
        # the territory the text speaks for (辽阳市… in its opening; 我市, 本县) is where a count with no
        # place is counted too: named or not, one figure's place
        own = self._own_places()
        if own:
            places -= own
            words = [w for w in words if w not in own]
        words = [w for w in words if not _OWN_TERRITORY.fullmatch(w)]
        # and the year of what it counts, in its clause after it (…个部门公开了本部门2014年决算)
        years = frozenset(y.value for y in self._years_in(s_start, at) + self._years_in(q.end, b)
                          if not folded.startswith(("以来", "至今"), y.end))
        # summed over years: said where the sentence opens (2018年以来，…) or in the count's clause
        opening = forward_to(folded, s_start, at, _CLAUSE_BREAK)
        spans = [m.group() for m in _SPAN.finditer(folded, s_start, opening)] + \
            [m.group() for m in _SPAN.finditer(folded, a, at)]
        return _Naming(frozenset(words), stages, places | ({body} if body else set()), years,
                       self._part_of_year(s_start, at), bool(spans), _LAST_YEAR.search(folded, a, at) is not None,
                       context, bool(spans) and all(w == "累计" for w in spans) and not years, examples)

    def _bare(self, q: Quantity, sentence: NumberSentence, period: tuple = ("doc",)) -> Figure:
        """A count as a figure to report, whatever its sentence says of its period."""
        low, high = _interval(q)
        return Figure(q, sentence.start, period, frozenset(), self._clause(q, sentence.start, sentence.end),
                      low, high, False)

    def _compare_group(self, group: List[Tuple[Figure, int]], across: bool) -> Iterator[Mismatch]:
        if not _may_disagree(group):
            return
        # A conflict needs a usable metric on both sides, and a usable metric names a
        # head noun: clauses without one are never segmented.  A moved figure's clause
        # reads as the one it was read from.
        folded = self.folded
        # Two figures meet only under a head noun both clauses write (a narrower metric holds
        # every word of the broader one, its head too): a figure whose heads no other figure
        # of another value writes is never segmented.
        heads_of = []
        by_head: Dict[str, List[Tuple[Figure, int]]] = defaultdict(list)
        for f, shift in group:
            # an activity meets another only as the year's count (see _activity)
            heads = set((_HEAD_OR_ACTIVITY if f.yearly else _HEAD).findall(folded, f.clause[0], f.clause[1]))
            if "常务会" in heads:
                heads.add("会议")  # 常务会 is a kind of 会议
            # and whatever it counts, under the words written right at the number: two figures
            # worded alike meet there (发放宣传资料2500份 / 2050份, see _restated)
            wording = _wording_at(folded, f)
            if wording:
                heads.add(wording)
                if wording[1:] in _STAGE_WORDS:
                    # 全年办结3512件: a count named by its act alone meets the counts its act names
                    # in full (办结各类案件3521件), as one may be that count shortened
                    heads.add("~" + _STAGE_WORDS[wording[1:]])
                elif f.alone or f.whole_year:
                    heads.update("~" + _STAGE_WORDS[m] for m in _STAGE_AT.findall(folded, f.clause[0], begin(f.q)))
            heads_of.append(heads)
            for head in heads:
                by_head[head].append((f, shift))
        meeting = {head for head, held in by_head.items() if _may_disagree(held)}
        group = [(f, shift) for (f, shift), heads in zip(group, heads_of) if f.rate or heads & meeting]
        if _may_disagree(group):
            yield from self._compare([_moved(f, shift) if shift else f for f, shift in group], across)

    def _compare(self, group: List[Figure], across: bool = False) -> Iterator[Mismatch]:
        """Each figure against the earlier ones with an equal, smaller or larger key.

        Hash lookups, not all pairs: earlier figures are indexed by their key and by
        every proper subset of it (keys hold a handful of words), so a figure finds
        its equals, the broader metrics it belongs to and the narrower ones in it.
        """
        by_key: Dict[FrozenSet[str], Dict[tuple, Tuple[Figure, Metric]]] = {}
        by_subset: Dict[FrozenSet[str], Dict[tuple, Tuple[Figure, Metric]]] = {}
        agree: Dict[tuple, int] = defaultdict(int)  # (key, value): how many figures state it
        conflicts: List[Tuple[Figure, Figure, Metric]] = []
        subsets_of = self._subsets
        # A report states a figure many times over (and the same paragraph twice): the
        # earlier figures a key is compared with change only when an index gains an
        # entry, so they are gathered and sorted once per key between such changes.
        version = 0
        gathered: Dict[tuple, Tuple[int, List[Tuple[Figure, Metric]]]] = {}
        indexed = set()  # (entry, rate) already put in the indexes: indexing it again changes nothing
        for fig in group:
            metric = self.metric(fig)
            key = metric.key
            if not key or len(key) > _MAX_KEY:
                continue
            agree[(key, fig.q.value)] += 1
            if fig.rate:
                subsets: Tuple[FrozenSet[str], ...] = ()
            else:
                subsets = subsets_of.get(key)
                if subsets is None:
                    subsets = subsets_of[key] = tuple(_proper_subsets(key))
            known = gathered.get((key, fig.rate))
            if known is not None and known[0] == version:
                candidates = known[1]
            else:
                same = by_key.get(key)
                candidates = list(same.values()) if same else []
                narrower = by_subset.get(key)
                if narrower:
                    candidates += narrower.values()  # earlier, narrower metrics
                for subset in subsets:
                    broader = by_key.get(subset)
                    if broader:
                        candidates += broader.values()  # earlier, broader metrics
                    if len(subset) >= _OVERLAP or (fig.alone and len(subset) == 1 and _HEAD.search(next(iter(subset)))):
                        overlapping = by_subset.get(subset)
                        if overlapping:
                            candidates += overlapping.values()  # earlier metrics sharing these words
                if len(key) > _OVERLAP:
                    candidates = list({id(c[0]): c for c in candidates}.values())
                candidates.sort(key=lambda c: c[0].q.start)
                gathered[(key, fig.rate)] = (version, candidates)
            for earlier, m_earlier in candidates:
                if earlier.sentence == fig.sentence or (across and (earlier.scope == fig.scope or earlier.own or fig.own
                                                                    or not _near(earlier, fig))):
                    continue
                if bool(m_earlier.subject) != bool(metric.subject) \
                        and not self._own_body(m_earlier.subject or metric.subject) \
                        and not _place(m_earlier.subject or metric.subject):
                    continue  # 县市场监管局's figure against the county's (a territory's rate against one of none: as ever)
                # The tests of two sources apart read the sentences again: only for a conflict.
                if not _conflict(m_earlier, earlier, metric, fig, self.folded):
                    continue
                if _laws_apart(self.folded, earlier, fig):
                    continue  # 依据《食品安全法》查处…156件 / 依据《产品质量法》查处…165件: the cases under two laws
                if _labelled_apart(self.folded, earlier, fig):
                    continue  # 政府网站：发布信息42条 / 微信公众号：发布信息212条: two channels' counts
                if _opened_apart(self.folded, earlier, fig):
                    continue  # 城东街道共有网格员412名 / 城西街道421名网格员: two towns' counts
                if _counters_apart(self.folded, earlier, fig):
                    continue  # 省12345热线共受理… / 市（州）12345热线共受理…: two counters' totals
                if _institutions_apart(self.folded, earlier, fig):
                    continue  # 全市法院…审限内结案率83.34% / 市中院…审限内结案率79.80%: all the courts and one
                if _complements_apart(self.folded, earlier, fig):
                    continue  # 重点单位的火灾共2.3万起 / 非重点单位的火灾共25.8万起: a set and the rest of it
                if _reckoned_apart(self.folded, earlier, fig):
                    continue  # 按户籍人口计算，人均GDP…9847美元 / 按常住人口计算，…11643美元: two measures
                if _parts_of_two_wholes(self.folded, earlier, fig):
                    continue  # 火灾28.1万起。其中，较大火灾65起 / 火灾共25.8万起，其中较大火灾60起: parts of two totals
                if _contexts_apart(self.folded, earlier, fig):
                    continue  # 开展“清风”专项行动，出动… / 开展安全生产大检查，出动…: two campaigns' counts
                if _occasion_part(self.folded, earlier, fig):
                    continue  # 全年新增市场主体4692户 / “个转企”专项行动中，新增市场主体4629户: the campaign's part
                if self._subjects_apart(earlier, fig):
                    continue  # 普通小学招生…，毕业生… / 普通中学招生…，毕业生…: two subjects' counts
                if self._scopes_apart(earlier, fig):
                    continue  # 在打击涉众经济犯罪上，…抓获…182名 / 在打击电诈犯罪上，…抓获…4605名: two fields' counts
                conflicts.append((earlier, fig, metric))
                break
            entry = (key, fig.q.value, metric.coordinated)
            if (entry, fig.rate) in indexed:
                continue
            indexed.add((entry, fig.rate))
            # A few values of a metric are enough to compare against: one metric stated
            # with a thousand values (a table pasted as text) must stay linear.
            version += _index(by_key, key, entry, (fig, metric))
            for subset in subsets:
                version += _index(by_subset, subset, entry, (fig, metric))
        reported = self._reported
        for earlier, later, metric in conflicts:
            # Three or more statements, two agreeing: the odd one is the one to fix.
            odd, other = later, earlier
            m_earlier = self.metric(earlier)
            if m_earlier.key == metric.key and agree[(metric.key, later.q.value)] > agree[(metric.key, earlier.q.value)]:
                odd, other = earlier, later
            elif not earlier.q.exact and later.q.exact and not earlier.q.in_range:
                # 全年审结…一万零九百余件 / 审结…10369件: the figure told loosely is the one that misses
                odd, other = earlier, later
            if odd.q.start in reported:
                continue
            reported.add(odd.q.start)
            yield self._mismatch(odd, other)

    def _subjects_apart(self, a: Figure, b: Figure) -> bool:
        """Are the two figures two subjects' (two parts of the territory, two kinds of school), as
        the frame they stand under or the sentences written alike around them say?"""
        return self._framed_apart(a, b) or self._parallel_apart(a, b)

    def _framed_apart(self, a: Figure, b: Figure) -> bool:
        """Do the two figures stand under two frames, or one under a frame and the other under none?
        A sentence that opens by saying which part of the territory it turns to (在41个县收支完成情况上，
        从县区看，分乡镇看，) sets whose figures follow, in its paragraph and the ones after it, until
        another frame or heading: under it, the words the report gave the whole (一般公共预算支出完成…)
        are the part's."""
        if self._frames is None:
            self._frames = self._read_frames()
        if not self._frames[0]:
            return False
        return self._frame_at(a.q.start) != self._frame_at(b.q.start)

    def _read_frames(self) -> Tuple[List[int], List[str]]:
        starts: List[int] = []
        names: List[str] = []
        folded = self.folded
        for m in _FRAME.finditer("\n" + folded):  # a break before the first sentence too; offsets one on
            who = m.group("who")
            if who[0] in _NOT_NAMING or not _FRAMED_PART.search(who):
                continue
            starts.append(m.start("who") - 1)
            names.append(who)
        if not starts:
            return starts, names
        # a heading closes the frame above it
        marks = sorted(list(zip(starts, names)) + [(h.title_start, "") for h in self.doc.headings])
        return [at for at, _ in marks], [name for _, name in marks]

    def _frame_at(self, at: int) -> str:
        starts, names = self._frames
        k = bisect.bisect_right(starts, at) - 1
        return names[k] if k >= 0 else ""

    def _parallel_apart(self, a: Figure, b: Figure) -> bool:
        """Do the two sentences open alike but for who they speak of (普通小学招生…，毕业生12579人 /
        普通中学招生…，毕业生19975人; 在41个县收支完成情况上，… / 在59个区收支完成情况上，…)?  A report that
        gives one subject after another writes each one's sentence in the same words: where the first
        clauses end in the same words and differ before them in what they name (not in a stage of the
        work, a year or a scope), each figure is its subject's, whatever its own clause leaves unsaid.
        Read only for a conflict: it segments the two openings."""
        leads = []
        for fig in (a, b):
            first = _WIDE_BREAK_AT.search(self.folded, fig.sentence, fig.clause[1])
            leads.append(_DIGITS.sub("#", self.folded[fig.sentence:first.start() if first else begin(fig.q)]))
        if leads[0] == leads[1] or leads[0][-1:] != leads[1][-1:]:
            return False  # one opening, or two that end apart: not two subjects written alike
        lead_a, lead_b = ([w for w in self.cut(lead) if w.strip()] for lead in leads)
        shared = 0
        while shared < min(len(lead_a), len(lead_b)) and lead_a[-1 - shared] == lead_b[-1 - shared]:
            shared += 1
        if not shared or not _content(lead_a[len(lead_a) - shared:]):
            return False  # no words of their own in common: not written in parallel
        own_a = set(_content(lead_a[:len(lead_a) - shared])) - _STAGES
        own_b = set(_content(lead_b[:len(lead_b) - shared])) - _STAGES
        return bool(own_a - own_b) and bool(own_b - own_a)

    def _scopes_apart(self, a: Figure, b: Figure) -> bool:
        """Are the two figures counted within two scopes the report sets before them: a campaign or field
        its paragraph or sentence opens with (在打击防范涉众经济犯罪上，… / 禁毒工作方面，… / 扫黑除恶斗争
        中，…), the kind of thing its sentence counts first (全国共有乡镇卫生院33753个，床位…，卫生人员160.5万人:
        the staff of those), or the rest (其他新领域案件, 其余…)?  Two scopes that share little, the rest
        against a scope of its own, or one scope against none where its count is at most half the other's
        (a part of the whole: 全年抓获…8600名 / 在打击电诈上，…抓获…1350名), are two figures, whatever their
        digits (两个领域的1426名 / 1246名)."""
        (topics_a, own_a, rest_a), (topics_b, own_b, rest_b) = self._scope_of(a), self._scope_of(b)
        if rest_a != rest_b:
            return True
        if not topics_a and not topics_b:
            return False
        # one scope, set before each or named in the other's own words (…发生各类生产安全事故14402起、死亡
        # 13412人 / 全国生产安全事故死亡1.43万人)
        if any(_alike(t, u) for t in topics_a for u in topics_b + (own_b,)) or any(_alike(own_a, u) for u in topics_b):
            return False
        if topics_a and topics_b:
            return True
        part, whole = (a, b) if topics_a else (b, a)
        return part.high * 2 <= whole.low

    def _scope_of(self, fig: Figure) -> Tuple[Tuple[str, ...], str, bool]:
        """The scopes set before a figure (see _scopes_apart), each as its words with the acts of a
        campaign, the verbs of counting, the time and the territory left out; the words of its own clause
        so read; and whether it counts the rest."""
        known = self._scopes.get(fig.q.start)
        if known is not None:
            return known
        folded = self.folded
        at = begin(fig.q)
        topics = []
        frame = _SCOPE_FRAME.match(folded, fig.sentence, fig.clause[0])
        if frame is None:
            # the paragraph's: where its first sentence opens with one, and no other frame comes between
            para = self.doc.paragraph_of(fig.sentence)
            if para is not None and para.start < fig.sentence:
                frame = _SCOPE_FRAME.match(folded, para.start, fig.sentence)
        if frame is not None and not _NO_SCOPE.search(frame.group("at") or ""):
            topics.append(frame.group("at") or frame.group("field") or frame.group("campaign"))
        first = self._first_count(fig)
        if first is not None:
            named = folded[back_to(folded, begin(first), fig.sentence, _WIDE_BREAK):begin(first)]
            if not _HAN_ONLY.search(named):  # 乡镇卫生院33753个 or 33753个乡镇卫生院
                named = folded[first.unit_end:forward_to(folded, first.unit_end, fig.clause[0], _WIDE_BREAK)]
            topics.append(named)
        topics = tuple(t for t in (_SCOPE_FILLER.sub("", t) for t in topics) if len(t) >= 2)
        own = folded[fig.clause[0]:at] if _HAN_ONLY.search(folded, fig.clause[0], at) else folded[fig.q.end:fig.clause[1]]
        rest = _REST.search(folded, fig.clause[0], at) is not None or any(_REST.search(t) for t in topics)
        known = self._scopes[fig.q.start] = (topics, _SCOPE_FILLER.sub("", own), rest)
        return known

    def _first_count(self, fig: Figure) -> Optional[Quantity]:
        """The first count of ``fig``'s sentence, of institutions or cases, in a clause before ``fig``'s
        and in another measure (乡镇卫生院33753个 before 卫生人员160.5万人; 破获…案件56起 before 抓获…182名),
        or None."""
        if not self._sentence_at:
            self._sentence_at = {s.start: s for run in self.runs for s in run}
        sentence = self._sentence_at.get(fig.sentence)
        if sentence is None:
            return None
        first = next((q for q in sentence.items if q.kind == "count" and q.unit), None)
        if first is None or first.end > fig.clause[0] or first.start >= fig.q.start or first.family == fig.q.family \
                or first.unit not in _KIND_UNITS:
            return None  # (开展主题宣传20场次，…接待法律咨询100余人次: a list of activities, each its own)
        return first

    def _mismatch(self, odd: Figure, other: Figure) -> Mismatch:
        text = self.doc.text
        here = text[odd.clause[0]:odd.clause[1]].strip()
        there = text[other.clause[0]:other.clause[1]].strip()
        line, _ = self.doc.position(other.q.start)
        period = odd.period
        year = period[1] if len(period) > 1 and period[1] is not None else None
        if period[0] == "term":
            year = f"近{period[1]}"  # 近5年的同一指标: a term's figure, not a year's
        unit = "%" if odd.rate else odd.q.unit
        value = written(other.q) + unit
        if not other.q.exact:  # 120余件, 近5000人次: the value with its marks, as written
            value = text[begin(other.q):other.q.unit_end]
        return Mismatch(
            "figure", odd.q.start, odd.q.unit_end if not odd.rate else odd.q.end, here, value,
            there, (Used(other.q.start, other.q.unit_end if not other.rate else other.q.end,
                         f"此前给出的数值：{value}", f"the value given before: {value}"),),
            note_zh=str(line), note_en=str(line), name=str(year) if year else "",
        )


class _Cell:
    """A table cell read as a two-cell row's match (see FigureReader._year_columns)."""

    def __init__(self, label_start: int, label: str, num_start: int, num: str, year: int):
        self.year = year  # the year its column names
        self._spans = {"label": (label_start, label_start + len(label)), "num": (num_start, num_start + len(num))}
        self._groups = {"label": label, "num": num, "unit": None}

    def start(self, name: str = "label") -> int:
        return self._spans[name][0]

    def end(self, name: str = "label") -> int:
        return self._spans[name][1]

    def group(self, name: str) -> Optional[str]:
        return self._groups[name]


class _YearPart(NamedTuple):
    """A line that names a year's part of a report (2025年主要工作), read as a heading above the others."""
    paragraph: int
    rank: int
    title_start: int
    title_end: int
    title: str


class _Change(NamedTuple):
    """A change over the year before as _restated_changes reads it."""
    q: Quantity
    sentence: NumberSentence
    para: object
    statement: int  # where its statement (up to a ；) starts
    named: int  # where the words that name it start
    name: str
    up: bool
    verb: int
    bound: bool  # 近三成, 超过30%, 两成多: told loosely


class _Naming(NamedTuple):
    """What a count's sentence says of it, as _restatements compares two mentions."""

    words: FrozenSet[str]  # what it counts, in the words of its clause (or its sentence's first)
    stages: FrozenSet[str]  # the acts its clause names (受理, 办结)
    places: FrozenSet[str]  # the territory or town its sentence or clause opens with
    years: FrozenSet[int]  # the years its sentence names before it
    month: Optional[int]  # the month a part of the year ends in (上半年 6, 1至10月 10), None for the year
    span: bool  # summed over years (2018年以来, 五年来, 累计)
    last: bool  # last year's (上年, 去年)
    context: str  # the event or stretch its sentence puts it in first (宪法宣传周期间，…; 在…活动中，…)
    summed: bool = False  # its span only a bare 累计 (no start, no years): maybe the year's total so far
    examples: FrozenSet[str] = frozenset()  # words of the examples before 等 (工作动态等信息)


# The word after the things counted that says what follows is said of some of them (…处罚中被申请复议).
_AMONG = frozenset(["中", "当中", "里"])
# The stage of the work a count's clause names (受理 / 办结: two counts), each as the stage it is.
_RESTATED_STAGES = {"新收": "新收", "受理": "受理", "收到": "收到", "办结": "办结", "审结": "办结", "结案": "办结",
                    "办理": "办理", "查处": "办理", "查办": "办理", "化解": "化解", "调解成功": "调解成功",
                    "调解": "调解", "调处": "调解", "立案": "立案", "答复": "答复", "办复": "答复", "移送": "移送"}
_RESTATED_STAGE = lazy("|".join(sorted(_RESTATED_STAGES, key=len, reverse=True)))
# A clause that sets the event, campaign or stretch a sentence's counts belong to (宪法宣传周期间，在“3·15”
# 活动中，开展“百日攻坚”专项行动，…): the counts after it are that one's, a part of the year's.
_CONTEXT = lazy(r"[^，,。；：！？]{1,16}(?:期间|中|之际|当天|时)[，,]|"
                # a campaign's clause, not how the work went (迅速行动，加强组织领导)
                r"(?<![^，,。；：！？\s])(?!(?:迅速|立即|积极|主动|快速|及时|统一|联合|协同)行动)"
                r"[^，,。；：！？]*(?:行动|活动)[^，,。；：！？]{0,4}[，,；]|"
                r"(?<![^，,；：。\s])(?:组织开展|开展|针对|围绕|聚焦)[^，,。；：！？]*[，,；]")
_DIGITS_ONLY = lazy(r"\D")
# Words that put a sentence's counts with a group, place or matter (针对青少年, 面向企业, 在各乡镇, 对…)
# What a session studies (习近平法治思想专题学习, 宪法专题学习): a topic, the sessions a part of all of them.
_STUDY_TOPIC = lazy(r"习近平[\u4e00-\u9fff]{0,16}思想|[\u4e00-\u9fff]{0,12}(?:精神|宪法|民法典|法律法规|党纪法规)")
_UNIT_WITH_ALTERNATIVE = lazy(r"[村镇乡](?:（|\()(?:社区|街道|居)(?:）|\))$")
_TEXT_PART_REACH = 80  # characters of a text's start that may name the part of the year it is about
_TEXT_PART = lazy(r"\d{4}\s*年(?:上半年|前三季度|第?[一二三1-3]季度|1\s*[-—－至~～]\s*(?:[2-9]|1[01])\s*月)")
_THIS_WHOLE_YEAR = lazy(r"(?<!去年)(?<!上年)(?<![去上前])全年")
_GROUP_BEFORE = lazy(r"针对|面向|围绕|聚焦|结合|依托|联合|配合|协助|深入|走进|在[^，,。；]{1,12}(?:中|上|里|内)|[对为向]")
# A count after its thing's change (地区生产总值增长12.6%达92.9亿元; 同比增长8%，达到…): the level the thing
# reached, named by the words before the change.
_ROSE_BY = lazy(r"(?:同比|比上年|较上年|比去年|较去年|比上年同期|较上年同期)?(?:增长|增加|提高|上升|下降|减少|降低|增收|减收)"
                r"\s*\d+(?:\.\d+)?\s*(?:%|％|个百分点|[万亿]?元|[万亿])")
_REACHED = lazy(r"\s*[，,]?\s*(?:达到|达|为|至|到)\s*")
_COUNTER_FILLER = lazy(r"\d{4}\s*年度?|全年|今年|本年度?|[，,\s]|全面|人民|本级|我|本|" + _SCOPE.pattern)
_INTAKE = frozenset(["受理", "办理", "新收"])
_ITEM_NOUNS = frozenset(["案件", "事项", "申请"])  # 行政复议案件74件 is the item of a section headed 行政复议
# A section's name (审查起诉, 法律援助, 行政复议): words alone, as a run-in heading gives them.
_SECTION_NAME = lazy(r"[\u4e00-\u9fff]{2,10}")
# What a summary writes before an item's name (全年共受理审查起诉…): the name is what remains.
_SUMMARY_LEAD = lazy(r"^(?:\d{4}年度?|全年|今年|本年|全[省市区县]|共计|共|受理|办理)*")
_HEADLINE = 40  # characters a headline line holds at most
_HEADLINE_NEAR = 1.3  # how far the body's nearest count may be from a headline's and still be its figure
# What a news story's lead says a report or the data show (报告显示…, 数据显示…, 公报指出…): see _headlines.
_SHOWS = lazy(r"(?:报告|公报|数据|统计)(?:显示|指出|称)")
_SENTENCE_LINE = lazy(r"[。！？]")  # the first line with a sentence's end closes the title block
_NOT_HEADLINE = lazy(r"[：:，,；;|]|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]")  # a label, a list, a dateline
_AFTER_WORDS = 4  # words after a count written first (837户农村低保户发放…) that may name it
# Words after a count written first that begin what is said of the things counted (的139件申请逐件建立台账,
# 的85.4万件案件无一错案, 的25条信息均按时发布): the naming ends before them.
_SAID_OF_WORDS = r"逐[件一案起户条项]|无一|按[时期]|均|都|全部|已|依法|涉及|包括|涵盖"
_SAID_OF = lazy(_SAID_OF_WORDS)
# A count written as things known: after 的 (受理的139件申请) or a demonstrative (这89件申请), the
# number right after it.
_POINTING = frozenset("此次 这次 本次 该次 此 这 上述 以上 前述 所有 全部".split())
_REFERRING = lazy(r"(?:的|这些|这|此|该|所有)(?=\s*[\d一二两三四五六七八九十])")
# The noun right after such a count's unit, up to what is said of the things (…申请逐件建立台账).
_REFERRED_NOUN = lazy(r"[\u4e00-\u9fff]{2,8}?(?=" + _SAID_OF_WORDS + r"|[中的里，,。；;、：:（(]|$)")
# Who acts and the word that turns to the things (县安委会针对…, 对全年受理的…): no quality of them.
_ACTED_FOR = lazy(r".*(?:针对|对于|关于|对|为|向|在|从|就|将|把|给)")
_QUALIFYING = lazy(r"的$")  # the 的 that closes what the clause says of the things
_ACT_ONLY = frozenset("确定 共 共计 全年 依法 予以 决定 批准 同意 立案".split())  # a clause that names only the act
# a word that turns to the things (报告围绕受理的两万三千余件案件, 针对…的): who speaks before it qualifies nothing
_TURNING = frozenset("围绕 针对 结合 聚焦 通过 依托 对于 关于 就 对 从 根据 按照 立足 紧扣".split())
# after a count-first noun the clause uses (结合/依托…N次X开展Y), a verb starts what is done by them
_NEXT_ACT = frozenset("开展 组织 举办 进行 部署 推动".split())
_BY_MEANS = frozenset("结合 依托 通过 围绕 利用 借助 聚焦 以".split())
_ONCE_ACTED = lazy(r"(?<=[\u4e00-\u9fff]{2})(?:之后|以后|后)(?=的$)")
_AFTER_ACT = frozenset("后 之后 以后 时".split())  # 立案后的558件提案: the things once acted on, no quality of them
_YEAR_OF = lazy(r"\d{4}\s*年(?:底|末)?的?\s*$")
_INTAKE_STAGES = {"收到": "受理", "新收": "受理"}
_REFERENT_REACH = 200  # counts before a referring count it may point at
_COUNTING_BODY = lazy(r"(?:全[省市区县州]|各级|两级|三级|基层)?(?:人民)?(?:法院|检察院|检察机关)"
                      r"(?=共?(?:受理|新收|收案|审结|办结|结案|执结|审执结|办理|起诉|批捕))")
_FROM_MONTH = lazy(r"(?:份)?(?:起|以来|开始)")
_WHOLE_FIRST = lazy(r"^全[省市区县州旗镇乡]")  # 全市全年实现…: the whole's year, as 全年实现… is
_ON_THE_BASIS = lazy(r"的基础上")  # after a count: what has been done, which a plan goes on from
_WHEN_WORDS = frozenset("去年 今年 全年 上年 本年 当年 年内".split())  # when, not what is counted
_TRIAL_ACT = lazy(r"审结|执结|审执结|审\(执\)结|审（执）结|结案|收案")
# a clause that gives last year's figure to compare with (去年同期为…, 比上年的…, 上年同期…)
_LAST_YEAR_BASE = lazy(r"\s*(?:比|较|与|同比)?(?:去年|上年|上一年)(?:同期|全年|度)?(?:为|是|的|有|共)?")
_YEAR_WORD = lazy(r"^(?:上年|去年|上一年|今年|本年|全年|当年)(?:同期|度)?")
_STAGE_ONLY = lazy(r"\s*(?:共|共计|累计|已|依法)?(?:" + "|".join(sorted(_STAGES, key=lambda w: (-len(w), w))) + r")(?:了)?\s*")
_BASIS = lazy(r"(?:依据|根据|依照|按照|对照)《[^》]{1,40}》(?:[（(][^）)]{0,24}[）)])?(?:[、和及与]《[^》]{1,40}》(?:[（(][^）)]{0,24}[）)])?)*"
              r"等(?:相关|有关)?(?:法律|法规|法律法规|规章|规定)?(?:的?规定)?")  # 等: the laws in general; one law alone qualifies
_BASIS_TAIL = lazy(r"^等(?:相关|有关)?(?:法律法规|法律|法规|规章)?(?:的?规定)?")  # the end of a list of laws cut by its brackets
_LAW_TITLE = lazy(r"《(?P<title>[^》]{2,40})》(?:[（(][^）)]{0,24}[）)])?(?P<any>等)?")
# A percentage's name (see FigureReader._swapped_percents): its clause before it, without the year, 同比
# (a change is said against last year however written) and the verb before the number.
_PERCENT_NAME_BREAKS = "，,；;：:。！？、（）()\n"
_YEAR_IN = lazy(r"(\d{4})\s*年度?")
_PERCENT_FILLER = lazy(r"^(?:全年|今年|本年度?|年内)|同比|比上年同期|较上年同期|比上年|较上年|比去年|较去年|与上年相比|"
                       r"(?:分别)?(?:为|是|达到|达|约|已达|高达|仅为|保持在|保持|均为)$|\s+")
_PERCENT_NAME = 4  # characters two names share at least, at their end (空气优良率, 事故起数下降)
# the verb of a change over the year before, right before its rate (同比下降36.5%, 减少超四成)
_CHANGE_VERB = lazy(r"(增长|增加|上升|上涨|提高|提升|下降|减少|降低|回落|下滑|下跌|增幅|涨幅|降幅)"
                    r"(?:了|为|达到|达|是)?(近|约|超过|超|逾)?\s*(?=[\d.一二两三四五六七八九十余多]+$)")
_UP_VERBS = frozenset("增长 增加 上升 上涨 提高 提升 增幅 涨幅".split())
# a run that has lasted (连续14个月, 连续三年); what may stand around its length and thing (已, 均, 保持在)
_RUN_SPAN = lazy(r"连续\s*(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:个)?(?P<unit>月|年|季度|周)")
_RUN_SAID_END = lazy(r"[，,。；;：:、！？!?\n（(]")
_RUN_FILLER = lazy(r"^(?:全国|全省|全市|全区|全县|我市|我县|我区|我省)|已经|已|均|都|保持在|保持|实现|了|\s+")
_YEAR_PART = lazy(r"\s*(?:\d{4})\s*年度?(?:主要)?(?:工作)?(?:回顾|情况|成效|总结|安排|任务|目标)?\s*")
_YEAR_PART_CHARS = 16
_TENTH_DIGITS = frozenset("一二两三四五六七八九十")
_CHANGE_TIME = lazy(r"上半年|下半年|前三季度|(?:第)?[一二三四1-4]季度|[\d一二三四五六七八九十]{1,2}\s*[-—－至~～到]\s*"
                    r"[\d一二三四五六七八九十]{1,2}\s*月|[\d一二三四五六七八九十]{1,2}\s*月份?")
_MEASURE_END = lazy(r"(?:总额|总量|总数|数量|起数|件数|次数|规模)$")
# another base than the year before (较2020年, 比“十三五”末), a share or a part of the year said of it
_OTHER_BASE = lazy(r"[较比与](?:\d{4}|[一二三四五六七八九十〇零]{4}|[“”\"]?十[二三四五]五|\d{1,2}月|上月|上季|环比)|环比|分别")
_CHANGE_FILLER = lazy(r"^[，,\s]*(?:(?:\d{4}\s*年度?|全年|今年以来|今年|本年度?|年内|上半年|下半年|前三季度|[一二三四]季度|"
                      r"[\d一二三四五六七八九十]{1,2}\s*[-—－至~～到]\s*[\d一二三四五六七八九十]{1,2}\s*月份?|"
                      r"[\d一二三四五六七八九十]{1,2}\s*月份?)[，,]?)*"
                      r"(?:全国|全省|全市|全区|全县|全州|全旗|全镇|全乡|我市|我县|我区|我省|本市|本县|本区)?|"
                      r"同比|比上年同期|较上年同期|比上年|较上年|比去年|较去年|与上年相比|与去年相比|"
                      r"(?:实现|完成|累计|共|有所|明显|大幅|分别)$|\s+")
_SAME_BASE = lazy(r"(?:比|较|与)(?:上年|去年|上一年)(?:同期)?(?:相比)?")
_PLACE_FRONT = lazy(r"[\u4e00-\u9fff]{1,4}[省市区县镇乡州旗]$|城区|市区|县城|乡镇|街道|社区|村")
_PLACE_END_CHARS = "省市区县镇乡州旗"  # 市区空气优良率 / 空气优良率: the place a rate's text is about
_NAME_QUALIFIER = lazy(r"以上|以下|以外|非|其|新|重点|规模|限额|一般|重大|较大|特大|城镇|农村|城市|乡村|居民|男|女|第")
# Things a report counts by name (see FigureReader._named_things): their measure words, the words after
# the name that end it, what the count-last naming ends with that is no part of the name (项目, 共, 为),
# how many characters a name has at least and how many of a list's place it may have before it.
_THING_UNITS = frozenset("个 项 所 家 处 座 支".split())
_THING_STOP = frozenset("全面 顺利 如期 圆满 基本 完成 全部 正式 投入 建成 通过 获得 实现 达到 累计 覆盖 工作 均 都 已 共 被 并 全".split())
_THING_FILLER = lazy(r"(?:项目|工作)?(?:共计|共有|共|总数|数量|合计)?(?:为|达到|达|有)?$")
# A clause that opens a sentence by setting the campaign or field its counts are within (在打击防范涉众
# 经济犯罪上，; 在惩治…犯罪方面，; 禁毒工作方面，; 扫黑除恶斗争中，; “昆仑2023”专项行动中，).
_SCOPE_FRAME = lazy(r"[\s\u3000]*(?:在(?P<at>[^，,。；;：:！？]{2,24}?)(?:工作)?(?:上|中|方面|领域)|"
                    r"(?P<field>[^，,。；;：:！？]{2,24}?)(?:工作)?(?:方面|领域)|"
                    r"(?P<campaign>[^，,。；;：:！？]{0,20}?(?:打击|整治|治理|专项|行动|斗争|攻坚|扫黑除恶)"
                    r"[^，,。；;：:！？]{0,12}?)中)[，,]")
# What a scope's words hold that names no scope: a campaign's acts, the verbs of counting, the year, the
# territory, who counts (在依法打击…上 = 打击…; 今年共破获涉众型经济犯罪案件 = 涉众型经济犯罪案件).
# 在…新闻发布会上，…表示: where it was said, not what it counts
_NO_SCOPE = lazy(r"(?:会|会议|仪式|典礼|论坛|讲话|基础)$")
_SCOPE_FILLER = lazy(r"\d{4}\s*年度?|全年|今年|本年|当年|年末|年底|截至|目前|[上下]半年|前?[一二三四]季度|"
                     r"\d{1,2}\s*(?:[-—－~～至到]\s*\d{1,2}\s*)?月份?|以来|全[国省市区县州旗镇乡]|[省市区县]级|"
                     r"共计|共有|共|累计|合计|依法|严厉|持续|深入|集中|全力|坚决|常态化|"
                     r"打击|防范|整治|治理|惩治|严惩|严打|推进|开展|加强|深化|专项|行动|斗争|工作|"
                     r"破获|侦破|侦办|查处|查办|办理|受理|办结|审结|立案|发生|抓获|完成|实现|"
                     r"各类|各项|公安机关|检察机关|人民法院|[\W\d_a-zA-Z]")
_REST = lazy(r"其他|其它|其余")
_AVERAGE = lazy(r"人均|年均|户均|日均|月均|平均|场均|件均")
# What an average's name holds that names nothing: the time, the verb before the number, a measure noun.
_AVERAGE_FILLER = lazy(r"^年度?|\d{4}年度?|去年|今年|全年|当年|上年|[全我本][国省市区县州旗镇乡]|"
                       r"[一二两三四五六七八九十\d]+年来|过去[一二两三四五六七八九十\d]+年|"
                       r"(?:人数|数量|总数)(?=$)|(?:为|是|达到|达|约|已达|高达|保持在)$")
_SLIP_NAME = 4  # characters each wording holds at least (起诉183件 / 起诉381件 under two kinds of crime: too few)
# What a figure's words hold that names nothing it counts (see _slipped_wordings): the time, the territory,
# the words between them and the number.
_SLIP_FILLER = lazy(r"\d{4}\s*年度?|全年|今年|本年|当年|[全我本][国省市区县州旗镇乡]|共计|共|累计|合计|总计|各类|各项|"
                    r"(?:为|是|达到|达|约|有|了)$|[^\u4e00-\u9fff]")
_LEVEL = lazy(r"基层|中级|高级|初级|一线|专职|兼职")  # a level or kind of staff: a part of the whole's average
_AVERAGE_REACH = 8  # characters before an average's number its word stands within (人均预期寿命达到)
_KIND_UNITS = frozenset("个 所 家 处 座 起 件 宗".split())  # institutions and cases, whose people or beds are counted after
_HAN_TAIL = lazy(r"[\u4e00-\u9fff]+$")
_CLAUSE_BREAK_AT = lazy("[" + _CLAUSE_BREAK + "]")
_THING_FILLER_ENDS = frozenset("目作计有共数量为到达")  # the last characters of _THING_FILLER's words
_THING_NAME = 4
_THING_LEAD = lazy(r"的|了|共计|共|已经|已|全年|今年|此次|本次|全[省市区县镇乡]")  # 全市建成 = 建成了
_THING_VERBS = frozenset("公开 上报 报送 参加 参与 接受 开展 组织 举办 落实 推行 配备 聘请 设立 成立 签订 达标 获 获评".split())
_THING_EXTRA = 4  # 省、市、县民生实事…: a place or body of a list (县, 区政府) before the name
_THING_SAID = 24  # characters after a count read for what is said of the things (…共21项，全部按期完成)
_PERSONS_NAMED = lazy(r"[\u4e00-\u9fff]{0,6}?(?:人口|群众|农民工|居民|职工|党员|学生|人员)")
_PRICE_BASE = lazy(r"\s*(?:不变价|可比价|价格计算|为基期|基期)")
# A term of years a figure is summed over (五年来, 过去五年, 近三年, 五年共…) or compared with (较前五年).
_TERM = lazy(r"(?:过去|近)(?P<n>[两二三四五六七八九十\d])年|(?<![\d第])(?P<n2>[两二三四五六七八九十\d])年(?:来|以来|共|累计)")
# A paragraph that opens reviewing a term (过去五年，…; 五年来，…; 近三年来…), and one that turns from it.
_TERM_OPENS = lazy(r"(?:过去|近)(?P<n>[两二三四五六七八九十\d])年|(?P<n2>[两二三四五六七八九十\d])年来")
_COUNTERS = frozenset("法院 人民法院 检察院 人民检察院 检察机关 公安机关".split())  # who counts cases, a word of their key
_DATELINE = lazy(r"(20\d\d)\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?!\d)|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
_DATELINE_REACH = 300  # characters of a story's head its dateline stands in
_TERM_HEAD = 12  # characters a paragraph opens with that are read for a term or a turn from it
_TERM_ENDS = lazy(r"\d{4}\s*年|今年|本年|去年|一年来|过去一年|今后|未来|下一步|明年|新的一年|\d{1,2}月")
_TERM_BEFORE = lazy(r"(?:较|比|与)前(?P<n>[两二三四五六七八九十\d])年")
_TERM_REACH = 60


_TERM_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _term_years(n: str) -> int:
    return int(n) if n.isdigit() else _TERM_DIGITS.get(n, 0)


_SEMICOLON = lazy(r"[；;]")
_THING_REACH = 160  # characters back to the ； that ends the statement a count is made in
_THING_MARKS = lazy(r"现有|共有|已有|拥有|新建|新增|新设|新创建|新评|在建|续建|改建|提升|改造|升级|拟|计划|申报|命名|评为|获评|创建")
_THING_PLACE = lazy(r"在(?P<where>[\u4e00-\u9fff（）()]{0,8}?(?:县城|城区|市区|乡镇|街道|镇|乡|村|社区|园区|学校|景区))")
_HAN_ONLY = lazy(r"[\u4e00-\u9fff]+")
_BARE_ACT = lazy(r"[\u4e00-\u9fff]{2}")  # 、死亡13412人: an act alone, what it befell named by the count before
_BASE_REACH = 120  # characters back to the sentence a last-year clause opening its own sentence is compared with
_YEARS_TOTAL = lazy(r"(?:\d{4}\s*年度?)?(?:全年|今年|本年度?)(?:共|共计|累计)?")
# Verbs a count is stated with, that say what was done and not what is counted: two mentions
# must share more than these.
_RESTATED_VERBS = _STAGES | frozenset(
    "出动 破获 提出 新增 惠及 发放 设立 建成 修订 完善 开展 举办 组织 参加 参与 现有 共有 实现 完成 抓获 查处"
    " 接待 提供 办理 排查 审查 检查 发生 形成 印发 制定 出台 达 达到 获得 取得 纳入 覆盖".split())
# an item's marker first (一是辽阳市全年…): the place still opens what the item says
# (累计新增市场主体: 市 of 市场, 市民, 区域, 县域 ends no place; 通过区政府门户网站: the way, not the place)
_NAMED_PLACE = lazy(r"(?:[一二三四五六七八九十]是[，,]?|首先[，,]?|其次[，,]?)?(?:\d{4}\s*年度?)?[，,]?\s*(?P<place>(?!度|通过|依托|经过|借助|利用)[\u4e00-\u9fff]{2,6}?(?:自治区|省|市|区|县|州|旗|镇|乡|街道))(?![场民值域])")
_PART_OF_YEAR_END = lazy(r"上半年|下半年|前三季度|([一二三四1-4])季度|(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月(?:底|末|份)?")
_CHINESE_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                   "十一": 11, "十二": 12}
# Summed over years: 2018年以来, 五年来, 近三年, 十四五, 累计 (今年以来 is the year so far).
_SPAN = lazy(r"(?<!今年)(?<!本年)(?<!年初)以来|累计|历年|近[\d一二三四五六七八九十]+年|过去[\d一二两三四五六七八九十]+年|"
             r"(?:[\d二三四五六七八九十]|[\d一二三四五六七八九十]{2,})年来|十[二三四五]五|[至到—－-]\s*\d{4}年|"
             # 五年审结…, 三年共受理…: a term of years summed, as a court's five-year report says it
             r"(?<![\d第])[两二三四五六七八九十]年(?=共|累计|(?:受理|新收|收案|审结|办结|结案|执结|办理))")
# A named place with its whole (铁岭全市, 某某全县): the territory the report is of, as a count with
# no place names it (全市行政复议机关新收…), not one body's or town's.
_WHOLE_OF = lazy(r"^.+全[省市区县州旗镇乡]$")
_NOT_IN_NAMES = lazy(r"[从为对在向于的了到和与及是有将把被由同时现共已]")
_NOT_PLACE_ENDS = tuple(sorted(_NOT_PLACES | {"城乡", "城镇", "乡镇"}))
# Levels of government a count's words may name (村（社区）法律顾问 / 镇（街道）法律顾问): two levels' counts.
_LEVELS = frozenset("村 社区 居 镇 街道 乡 乡镇 县 市 区 省 村级 镇级 乡级 县级 市级 区级 省级".split())
_UNTIL_DAY = ("截至", "截止", "至")
_SLIP_NUMBER = lazy(r"(\d+)(?:\.(\d+))?([万亿]*)")


def _context_of(folded: str, start: int, end: int) -> str:
    """The event, campaign or stretch a sentence puts its counts in before ``end`` (see _CONTEXT),
    digits aside, or ""."""
    m = _CONTEXT.search(folded, start, end)
    return _DIGITS.sub("#", m.group()) if m else ""


def _opened_apart(folded: str, a: Figure, b: Figure) -> bool:
    """Do the two figures' sentences open with two territories or towns (城东街道… / 城西街道…)?"""
    place_a = _opening_place(folded, a.sentence, begin(a.q))
    if not place_a:
        return False
    place_b = _opening_place(folded, b.sentence, begin(b.q))
    return bool(place_b) and place_a != place_b


def _counter(folded: str, fig: Figure) -> str:
    """Who a total is of, written before its 共 at the start of its sentence (省12345热线共受理…), the
    year, 全年, a scope and the words that do not tell one body from another left out; "" if none."""
    at = folded.find("共", fig.sentence, begin(fig.q))
    if at < 0 or back_to(folded, at, fig.sentence, _WIDE_BREAK) != fig.sentence:
        return ""
    return _COUNTER_FILLER.sub("", folded[fig.sentence:at])


# Who a sentence opens with: the territory's courts, procuratorates or police as a whole (全市法院, 全省检察机关,
# 两级法院) or one of them (市法院, 市中院, 本院, 城区人民法院, 市公安局).
_OPENING_TIME = r"(?:\d{4}年度?|全年|今年|去年|当年|上半年|一年来|过去一年)?[，,]?"
_ALL_INSTITUTIONS = lazy(_OPENING_TIME + r"(?:全[国省市区县州旗盟]|[两三]级|各级)(?:[两三]级|各级|基层)?(?:人民)?"
                         r"(?:法院|检察院|检察机关|公安机关|审判机关)")
_ONE_INSTITUTION = lazy(_OPENING_TIME + r"(?:[本我]院|(?![全两三各基])[\u4e00-\u9fff]{0,8}?"
                        r"(?:中级人民法院|中院|人民法院|法院|人民检察院|检察院|检察分院|公安局|公安分局))")


def _institutions_apart(folded: str, a: Figure, b: Figure) -> bool:
    """Does one figure's sentence open with the territory's courts (procuratorates, police) as a whole (全市法院
    收案…) and the other's with one of them (市法院收案…, 市中院…, 本院…)?  The whole's rate and one court's are two
    figures (the 中院's report gives both), whatever their words."""
    kinds = []
    for fig in (a, b):
        at = begin(fig.q)
        # who opens the figure's own clause, else its statement (up to a ；), else its sentence (…审结114773件，
        # 市中院受理…7997件: the 中院's; 全市法院收案…，审限内结案率83.34%: the courts')
        for start in (back_to(folded, at, fig.sentence, "，,；;"), back_to(folded, at, fig.sentence, "；;"),
                      fig.sentence):
            if _ALL_INSTITUTIONS.match(folded, start, at):
                kinds.append("all")
                break
            if _ONE_INSTITUTION.match(folded, start, at):
                kinds.append("one")
                break
        else:
            return False
    return kinds[0] != kinds[1]


# 非 negating the qualifier that follows it (非重点单位, 非公有制企业, 非户籍人口), up to 的 or a pause; not 非
# opening a word of its own (非法, 非常, 非凡, 非遗) nor after 是/并/绝/无 (是非, 并非).
_NEGATED = re.compile(r"(?<![是并绝无])非(?![法常凡遗物得但])([\u4e00-\u9fff]{2,8}?)(?:的|[，、。；：]|$)")


def _complements_apart(folded: str, a: Figure, b: Figure) -> bool:
    """Does one figure's clause count what is not X (非消防安全重点单位的火灾) and the other's X itself
    (消防安全重点单位的火灾)?  A set and the rest of it are two figures."""
    texts = [folded[back_to(folded, begin(f.q), f.sentence, "，,；;。"):begin(f.q)] for f in (a, b)]
    for one, other in ((0, 1), (1, 0)):
        for negated in _NEGATED.finditer(texts[one]):
            word = negated.group(1)
            at = texts[other].find(word)
            if at >= 0 and (at == 0 or texts[other][at - 1] != "非"):
                return True
    return False


# What a figure is reckoned by, said in its sentence before it: 按户籍人口计算 / 按常住人口计算, 按可比价格计算.
_RECKONED_BY = re.compile(r"按([\u4e00-\u9fff]{2,8}?)(?:计算|计|折算|统计|测算)")


def _reckoned_apart(folded: str, a: Figure, b: Figure) -> bool:
    """Do the two figures' sentences say they are reckoned by two different bases (按户籍人口计算 / 按常住人口
    计算)?  One measure by two bases is two figures."""
    bases = []
    for fig in (a, b):
        found = set(_RECKONED_BY.findall(folded, fig.sentence, begin(fig.q)))
        if not found:
            return False
        bases.append(found)
    return bases[0] != bases[1]


_PART_OPENER = "其中"
_WHOLE_REACH = 120  # characters before 其中 where the whole it opens the parts of is written
_DIGITS_WITH_SCALE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?(?=[\u4e00-\u9fff])(?![年月日号时])")  # a count, not a date


def _whole_before_parts(folded: str, fig: Figure) -> str:
    """The total a figure is a part of, as written (28.1万): the last count before the 其中 that opens
    the figure's clause or the sentence it is in, within that sentence or the one before; "" when none."""
    at = begin(fig.q)
    opener = folded.rfind(_PART_OPENER, max(0, fig.sentence - 2), at)
    if opener < 0 or folded.find("。", opener, at) >= 0:
        return ""
    start = max(0, opener - _WHOLE_REACH)
    counts = list(_DIGITS_WITH_SCALE.finditer(folded, start, opener))
    return counts[-1].group() if counts else ""


def _parts_of_two_wholes(folded: str, a: Figure, b: Figure) -> bool:
    """Is each figure a part (after 其中) of a total, the two totals different (火灾28.1万起。其中，较大火灾65起 /
    非重点单位火灾25.8万起，其中较大火灾60起)?  The parts of two wholes are two figures."""
    whole_a = _whole_before_parts(folded, a)
    whole_b = _whole_before_parts(folded, b)
    return bool(whole_a) and bool(whole_b) and whole_a != whole_b


def _counters_apart(folded: str, a: Figure, b: Figure) -> bool:
    """Do the two totals' sentences each open with who counts them, two different ones?"""
    counter_a = _counter(folded, a)
    if not counter_a:
        return False
    counter_b = _counter(folded, b)
    return bool(counter_b) and counter_a != counter_b


def _contexts_apart(folded: str, a: Figure, b: Figure) -> bool:
    """Does each figure's sentence put it in an event or campaign of its own, two different ones?
    (One in a campaign, the other in none, may be the campaign's count restated in a summary.)"""
    context_a = _context_of(folded, a.sentence, a.clause[0])
    if not context_a:
        return False
    context_b = _context_of(folded, b.sentence, b.clause[0])
    return bool(context_b) and context_a != context_b


def _occasion_part(folded: str, a: Figure, b: Figure) -> bool:
    """Is one figure the year's (全年…) and the other one occasion's or campaign's count (专项行动中，
    国家宪法日期间…), no larger than it: a part of the year's, whatever its digits?"""
    for total, other in ((a, b), (b, a)):
        if total.whole_year and not other.whole_year and other.high <= total.high \
                and _OCCASION.search(folded, other.sentence, begin(other.q)):
            return True
    return False


def _opening_place(folded: str, start: int, end: int) -> str:
    """The territory or town a stretch opens with (城西街道421名…, 2023年，东湖区…), or ""."""
    m = _NAMED_PLACE.match(folded, start, end)
    name = m.group("place") if m else ""
    return name if _place(name) or (name.endswith(_TOWN_END) and name[0] not in _NOT_NAMING) else ""


def _months_end(folded: str, start: int, end: int) -> Optional[int]:
    """The month the last part of the year named in folded[start:end] ends in, or None (the
    whole year, or none named): 上半年 6, 前三季度 9, 1至10月 10, 截止10月底 10; 12月 is the year's."""
    month = None
    for m in _PART_OF_YEAR_END.finditer(folded, start, end):
        if _FROM_MONTH.match(folded, m.end()):
            continue  # 5月起, 3月以来: where the work started, the year's count after it
        if _DAY.match(folded, m.end()) and not folded.startswith(_UNTIL_DAY, max(start, m.start() - 2)):
            continue  # 5月1日: a day something happened on (截止6月10日: the day a count stands at)
        word = m.group()
        if word == "上半年":
            month = 6
        elif word in ("下半年",):
            month = None
        elif word == "前三季度":
            month = 9
        elif m.group(1):
            month = 3 * ("一二三四".find(m.group(1)) + 1 if m.group(1) in "一二三四" else int(m.group(1)))
        else:
            n = m.group(2)
            month = int(n) if n.isdigit() else _CHINESE_MONTHS.get(n)
        if month == 12:
            month = None
    return month


def _named(cut: Callable[[str], Sequence[str]], words: str) -> List[str]:
    """The content words of a stretch that names a count, a verb read off what jieba joins it to
    (共出动 = 出动, 化解矛盾 = 化解 + 矛盾)."""
    out: List[str] = []
    for word in _content(_joined(cut(words))) if words else ():
        if len(word) > 2 and word[0] == "共":
            word = word[1:]
        if len(word) > 3 and word[:2] in _RESTATED_VERBS:
            out += [word[:2], word[2:]]
        else:
            out.append(word)
    return out


def _may_refer(e: _Naming, r: _Naming, dated: bool) -> bool:
    """May a count that points back (``r``) point at ``e``: one place, event, year, part of the year
    and stage of the work (intake as intake)?  A count dated right before it (降至2021年的2起) is that
    year's, whatever span its sentence tells."""
    if not _same_places(e.places, r.places) or (e.context and r.context and e.context != r.context):
        return False
    if e.years and r.years and not e.years & r.years:
        return False
    if e.last != r.last or e.month != r.month or (e.span != r.span and not dated):
        return False
    stages_e = {_INTAKE_STAGES.get(w, w) for w in e.stages}
    stages_r = {_INTAKE_STAGES.get(w, w) for w in r.stages}
    return not (stages_e and stages_r and not stages_e & stages_r)


def _referred_slip(e: Quantity, r: Quantity) -> bool:
    """Is ``r`` the count ``e`` with a slip of the keys?  Three digits or more: its digits in
    another order or one changed; two: the last changed; one: one more or less."""
    keys = set(_slip_keys(r))
    if keys:
        return bool(keys & set(_slip_keys(e)))
    if r.chinese or e.chinese or not float(r.value).is_integer() or not float(e.value).is_integer():
        return False
    a, b = int(e.value), int(r.value)
    if 10 <= a < 100 and 10 <= b < 100:
        return a // 10 == b // 10
    return a < 10 and b < 10 and abs(a - b) == 1


# A story's summary (see FigureReader._summaries): the paragraphs read for it, the counts kept.
_SUMMARY_PARAGRAPHS = 8
_SUMMARY_COUNTS = 12
_PERIOD_REACH = 300  # characters before a count read for its period (see FigureReader._summary_period)
_SUMMARY_NAMING = 4  # characters the words naming a summary's count hold at least
# How far a summary's figure may be from its body's and be the same figure misstated, where neither is
# the other with a slip of the keys: 18.3万 over 189885 (a tenth), not 837万元 over 685万元 (two figures).
_SUMMARY_NEAR = 1.1
# A line that says where a story comes from or when it was posted, not what it tells.
_SOURCE_LINE = lazy(r"来源|发布时间|发布日期|作者|编辑|责编|浏览|点击|阅读|字号|索引号|\||"
                    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]")
_SOURCE_LINE_LENGTH = 60
_SENTENCE_END_AT = lazy(r"[。！？]")
# What names no thing in the words before a count: the time, the scope, totals and kinds, who counts.
_SUMMARY_TIME = lazy(r"\d{4}\s*年度?|[上下]半年|前三季度|[一二三四1-4]季度|第[一二三四]季度|"
                     r"\d{1,2}\s*[-—－~～至到]\s*\d{1,2}\s*月份?|\d{1,2}\s*月份?|去年|今年|上年|本年|全年|当年|年初以来|以来")
_SUMMARY_FILLER = frozenset(
    "的 共 共计 累计 合计 总计 其中 各类 各项 依法 全部 均 已 达 达到 有 是 了 全 各 各级 全国 全省 全市 全区 全县 全州 全旗"
    " 全镇 全乡"
    " 检察机关 法院 人民法院 检察院 人民检察院 两级 三级".split())
# A rate right after a count and the way it goes: …48.9亿人次，同比增长93.3% (see _rate_after).
_RATE_AFTER = lazy(r"\s*[，,]?\s*(?:同比|比上年同期|比上年|较上年同期|较上年|比去年|较去年|与上年相比)?(?:分别)?"
                   r"(?P<way>增长|上升|提高|增加|下降|减少|降低)了?\s*$")
_UP = frozenset("增长 上升 提高 增加".split())
# An occasion or campaign a count is of (宪法宣传周期间开展普法活动12场次): a part of the year's work.
_OCCASION = lazy(r"期间|假期|节日|之际|当天|行动中|活动中|专项行动|宣传周|宣传月")
_BASE_OF_SHARE = lazy(r"的\s*[\d.]+\s*%")  # 占年初预算1600万元的52.3%: the base of a share


def _cut_short(q: Quantity) -> float:
    """How far above its rounding a summary's figure may stand for: 18.3万 written for 18.37万, cut
    short to its last place rather than rounded (half that place more; none for a figure not exact)."""
    return 0.5 * scale_of(q) * 10.0 ** -q.decimals if q.exact else 0.0


def _summary_words(cut: Callable[[str], Sequence[str]], words: str) -> List[str]:
    """The words that name a summary's or a body's count (see FigureReader._summaries), once the
    time, the scope, totals and kinds and the counting body are set aside."""
    words = _SUMMARY_TIME.sub(" ", words)
    out = []
    for word in cut(words):
        word = word.strip()
        if not word or word in _SUMMARY_FILLER \
                or not all("\u4e00" <= c <= "\u9fff" for c in word):
            continue
        out.append(word)
    return out


def _restates_summary(summary: List[str], body: List[str]) -> bool:
    """Do the body's words name what the summary's name: the summary's own last words (who it names
    first may stand before them), the body adding before them nothing, and after them, where the
    summary ends on a verb, only its object (逮捕 / 逮捕犯罪嫌疑人)?"""
    if not body:
        return False
    shared = 0
    while shared < min(len(summary), len(body)) and summary[-1 - shared] == body[-1 - shared]:
        shared += 1
    if shared == len(body):  # the body's words are the summary's last: 安徽法援为农民工讨薪 / 为农民工讨薪
        return sum(len(w) for w in body) >= _SUMMARY_NAMING
    if summary[-1].endswith(tuple(_HEADS)) or len(body) <= len(summary) or body[:len(summary)] != summary:
        return False
    return len(body) - len(summary) <= 3  # 批准和决定逮捕 / 批准和决定逮捕各类犯罪嫌疑人


def _rate_after(folded: str, q: Quantity, sentence: NumberSentence) -> Optional[Tuple[Quantity, bool]]:
    """The percent right after ``q`` in its sentence that says how it changed, and whether up."""
    items = sentence.items
    k = next((i for i, x in enumerate(items) if x.start == q.start), None)
    if k is None or k + 1 >= len(items):
        return None
    r = items[k + 1]
    if r.kind != "percent" or r.unit != "%":
        return None
    m = _RATE_AFTER.match(folded[q.end:begin(r)])
    if m is None:
        return None
    return r, m.group("way") in _UP


def _copy_digits(q: Quantity) -> Optional[str]:
    """The digits of a number a copy may slip (two at least, as written, or a count's in Chinese numerals), or
    None: years, dates and numbers of one digit are not read."""
    if q.kind not in _COPY_KINDS or q.unit in TIME_UNITS or q.unit in KIND_UNITS:
        return None
    # 五十四条 is 54: a count in Chinese numerals restates its value's digits (exact, whole)
    digits = _DIGITS_ONLY.sub("", q.number) if not q.chinese else _digits_of(q) if q.exact and q.kind == "count" else ""
    return digits if len(digits) >= 2 else None


_COPY_KINDS = frozenset(["count", "percent", "points"])


def _slipped_digits(a: str, b: str) -> bool:
    """Is ``b`` ``a`` with two digits swapped or one digit changed (same length)?"""
    if len(a) != len(b) or a == b:
        return False
    apart = [i for i in range(len(a)) if a[i] != b[i]]
    return len(apart) == 1 or (len(apart) == 2 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]])


# The words of a change right before its rate (，同比增长7.9%; 规模以上工业增加值比上年增长8.3%).
_CHANGE_WORDS = lazy(r"(?:同比|环比|比上年同期|较上年同期|比上年|较上年|比去年|较去年|与上年相比)?"
                     r"(?:增长|下降|增加|减少|提高|上升|降低|回落)了?\s*$")
_CLAUSE_ENDS = "，,；;。！？\n"


def _changes_of_two(folded: str, a: Quantity, a_sentence: NumberSentence, b: Quantity, b_sentence: NumberSentence
                    ) -> bool:
    """Are two rates each the change of what its own words name, two different things (地区生产总值
    1620612万元，按可比价计算，同比增长7.9%，两年平均增长6.2% / 第三产业增加值601182万元，同比增长7.4%，
    两年平均增长6.2%)?  A statistical bulletin writes every indicator's change in the same words: the
    words after them are shared, what changed is not.  What changed is named before the change words in
    its clause, or where the clause holds only them, by the clause before it (digits aside)."""
    if a.unit != "%" or b.unit != "%":
        return False
    named = []
    for q, sentence in ((a, a_sentence), (b, b_sentence)):
        start = back_to(folded, begin(q), sentence.start, _CLAUSE_ENDS)
        change = _CHANGE_WORDS.search(folded, start, begin(q))
        if change is None:
            return False
        what = folded[start:change.start()].strip()
        if not what and start > sentence.start:
            before = back_to(folded, start - 1, sentence.start, _CLAUSE_ENDS)
            what = folded[before:start - 1]
        named.append(_DIGITS.sub("#", what))
    return named[0] != named[1]


def _copied_context(folded: str, a: Quantity, b: Quantity) -> int:
    """How many characters around two numbers are the same, within their sentences: the words
    before them (read back) and after their units (read on).  0 unless the same words show a copy
    rather than two statements written alike: another number among them, as written, and a whole
    clause, the one the numbers open with (from its start: 其中，受理刑事案件38.6万件) or one after them (…，下降0.45%。)."""
    if a.unit != b.unit:
        return 0
    left = 0
    while left < _COPY_REACH:
        i, j = a.start - 1 - left, b.start - 1 - left
        if i < 0 or folded[i] != folded[j] or folded[i] in _COPY_END:
            break
        left += 1
    right = 0
    while right < _COPY_REACH:
        i, j = a.unit_end + right, b.unit_end + right
        if j >= len(folded) or i >= b.start or folded[i] != folded[j] or folded[i] in _COPY_END:
            break
        right += 1
    before, after = folded[a.start - left:a.start], folded[a.unit_end:a.unit_end + right]
    # whole numbers only: one the shared words cut (…浓度为3|1 / …浓度为3|5) is two numbers
    numbers = sum(1 for m in _COPY_NUMBER.finditer(before)
                  if m.start() > 0 or a.start - left == 0 or not folded[a.start - left - 1].isdigit()) \
        + sum(1 for m in _COPY_NUMBER.finditer(after)
              if m.end() < len(after) or a.unit_end + right >= len(folded) or not folded[a.unit_end + right].isdigit())
    if not numbers or sum("\u4e00" <= c <= "\u9fff" for c in before) < 2:
        return 0
    i, j = a.start - 1 - left, b.start - 1 - left
    opens = i < 0 or folded[i] in _COPY_BREAKS or folded[j] in _COPY_BREAKS or "，" in before or "；" in before
    i, j = a.unit_end + right, b.unit_end + right
    ends = (i >= len(folded) or folded[i] in _COPY_BREAKS) and (j >= len(folded) or folded[j] in _COPY_BREAKS)
    # a clause after them, its number with it, shared to its end (…万件，上升20.54%；)
    closes = any(c in _COPY_BREAKS and _COPY_NUMBER.search(after, 0, k) for k, c in enumerate(after)) \
        or (ends and _COPY_NUMBER.search(after) is not None)
    if not (opens or closes):
        return 0
    # another number written the same says more than a character does
    return left + right + len(a.unit) + 2 * numbers


def _slip_keys(q: Quantity) -> Tuple[tuple, ...]:
    """Where a count meets the counts that are it with a slip of the keys: its digits in order
    (the same digits in another order), and its digits with one after the first blanked (one
    digit changed).  Three digits at least (46 / 64 may be two counts), Arabic digits as written."""
    if q.kind != "count" or not q.exact or q.chinese or not q.unit or q.unit in _SKIP_UNITS:
        return ()
    m = _SLIP_NUMBER.fullmatch(q.number.replace(",", ""))
    if m is None:
        return ()
    decimals, scale = m.group(2) or "", m.group(3)
    digits = m.group(1).lstrip("0") + decimals
    if len(digits) < 3:
        return ()
    shape = (q.family, len(decimals), scale)
    keys = [("change",) + shape + (digits[:i] + "?" + digits[i + 1:],) for i in range(1, len(digits))]
    if len(set(digits)) > 1:
        keys.append(("swap",) + shape + ("".join(sorted(digits)),))
    return tuple(keys)


# Sessions of a named meeting or study (委员会会议, 党组会, 集体学法, 专题培训): counted in 次, 期, 场.
_SESSION_UNITS = frozenset(["次", "期", "场", "场次"])
_SESSION_HEAD = lazy(r"会议|[组务委公谈进]会|学法|学习|培训|讲座")
_SESSION_NAME_END = lazy(r"(?:会议|[组务委公谈进]会|学法|学习|培训|讲座)$")
# Words before a session's name that are the act or the period, not the name (全年共召开…, 其中…).
_SESSION_LEAD = lazy(r"^.*(?:召开|举行|举办|组织|开展|参加|安排|共计|合计|累计|其中|全年|今年|本年|先后|共|这|此|上述|前述)")
_SESSION_AFTER = lazy(r"[\u4e00-\u9fff]{2,16}?(?=[，,。；;、：:（(均都共全已中的]|$)")
_SESSION_BEFORE = lazy(r"[\u4e00-\u9fff]{2,16}$")
_SESSION_OWNER = frozenset("局委区县市镇乡府院办")  # the last character of a body written before a name
_NORM = lazy(r"每[周月年季天日]|第$|[\d一二两三四五六七八九十]+[个]?[年月周]$")
_KEPT_SESSIONS = 64  # session counts one document holds: linear on a long report


def _session_name(folded: str, q: Quantity, start: int, end: int) -> str:
    """The name of the sessions a count counts, written right after it (3次委员会会议共…) or right
    before it with the count closing its clause (召开委员会会议2次，), or ""."""
    at = begin(q)
    lead = folded[max(start, at - 6):at]
    if _NORM.search(lead) or folded.startswith("每", at - 2):
        return ""  # 每周2次, 第3次: a norm or an ordinal
    if q.unit_end < end and folded[q.unit_end] not in _BREAKS and folded[q.unit_end] not in "。\n":
        m = _SESSION_AFTER.match(folded, q.unit_end, end)
        if m and (at == start or not "\u4e00" <= folded[at - 1] <= "\u9fff" or _SESSION_LEAD.search(lead)):
            name = m.group()
            # up to the last head (委员会会议审议… -> 委员会会议), heads overlapping (常务会议: 务会, 会议)
            cut = max((h.end() for h in map(_SESSION_HEAD.match, [name] * len(name), range(len(name))) if h),
                      default=0)
            name = name[:cut]
            return name if len(name) >= 4 and _SESSION_NAME_END.search(name) else ""
        return ""  # 召开党组会议12次专题研究…: a count its clause goes on to qualify
    m = _SESSION_BEFORE.search(folded, max(start, at - 24), at)
    if not m:
        return ""
    name = _SESSION_LEAD.sub("", m.group())
    return name if len(name) >= 4 and _SESSION_NAME_END.search(name) else ""


def _topic_part_larger(a: str, a_q: Quantity, b: str, b_q: Quantity) -> bool:
    """Is one name the other's sessions on a topic of study (习近平法治思想专题学习 / 专题学习), the
    topic's count larger than all of them (21次 / 全年开展专题学习12次)?  A part that exceeds its whole;
    a smaller count is that part."""
    for whole, whole_q, part, part_q in ((a, a_q, b, b_q), (b, b_q, a, a_q)):
        if len(part) > len(whole) and part.endswith(whole) and _STUDY_TOPIC.fullmatch(part[:-len(whole)]) \
                and part_q.value > whole_q.value:
            return True
    return False


def _same_session(a: str, b: str) -> bool:
    """Do two names name one kind of session: the same, or one with its body before it (区政府
    常务会议 / 常务会议)?"""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return long.endswith(short) and long[-len(short) - 1] in _SESSION_OWNER


def _scopes_apart(folded: str, a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    """Do two stretches each name a scope or the body itself, two different ones (全县开展… / 本局开展…)?"""
    scope_a, scope_b = _scope_words(folded, *a), _scope_words(folded, *b)
    return bool(scope_a and scope_b and not scope_a & scope_b)


def _scope_words(folded: str, start: int, end: int) -> FrozenSet[str]:
    words = {m.group() for m in _SCOPE.finditer(folded, start, end)}
    return frozenset(words | {"self"} if _SELF.search(folded, start, end) else words)


# A clause that opens with the year it counts (2023年全年总收案…), not a span (2019年以来) or a change.
_OWN_YEAR = lazy(r"^(?:[^，,。；;\d]{0,8}?)(\d{4})\s*年(?:度|全年)?(?![\d以来至到—－-])")
_NOT_NAMING_PAIRS = frozenset(["去年", "上年", "全年", "同期", "今年", "比去", "年全", "年同", "较上", "比上"])


def _stages_apart(a: FrozenSet[str], b: FrozenSet[str]) -> bool:
    stages_a, stages_b = {w for w in a if w[0] == "@"}, {w for w in b if w[0] == "@"}
    return bool(stages_a and stages_b and not stages_a & stages_b)


def _bigrams(text: str) -> FrozenSet[str]:
    """The pairs of Chinese characters of a stretch, the words of time left out: what two mentions
    of one count share of their naming without segmenting."""
    return frozenset(text[i:i + 2] for i in range(len(text) - 1)
                     if "\u4e00" <= text[i] <= "\u9fff" and "\u4e00" <= text[i + 1] <= "\u9fff"
                     and text[i:i + 2] not in _NOT_NAMING_PAIRS and not _UNIT_PAIR.match(text[i:i + 2]))


_UNIT_PAIR = lazy(r"[万亿千百十]?[件人个户次项元名起宗]")
_STAGE_MARKS = frozenset("@" + stage for stage in _RESTATED_STAGES.values())


# A rule per stretch of time: 每周, 每月, 每学期 … with 不少于 or 安排 between it and the count.
_PER = lazy(r"每(周|月|季度|学期|年|天|日)(?:[\u4e00-\u9fff]{0,6}?)(?:不少于|不低于|至少|安排|开设|开展|召开|组织)?$")
_NORM_FILLER = lazy(r"全[省市区县镇乡]|各|的|严格|落实|确保|保证|坚持|按照|安排|开足|具体|是")
_LEVEL_OF_SCHOOL = lazy(r"[\d一二三四五六七八九]+(?:[-—－至到~～][\d一二三四五六七八九]+)?年级|小学|初中|高中|中职|大学|幼儿园")
# The territory right before a count of its units (全镇18个村调委会, 所辖区域内的27个…), nothing between.
_WHOLE_BEFORE = lazy(r"(?P<whole>全[省市区县镇乡]|所辖区域内|所辖|辖区内|辖区)(?:的|共|共有)?$")
_TERRITORY_UNIT = lazy(r"(?:村（社区）|村\(社区\)|镇（街道）|乡镇（街道）|行政村|自然村|村|社区|乡镇|街道|镇|乡)"
                       r"(?:级)?(?:人民调解委员会|调解委员会|调委会|村民委员会|居民委员会|村委会|居委会|委员会|司法所)?")


# The end of a growth told from its start: 从2019年的40亩增加到2023年的680亩 (the value: 680).
_SERIES_END = lazy(r"从\s*\d{4}\s*年(?:底|末)?的?[^，。；]{0,12}?(?:增加|增长|扩大|提高|提升|发展|上升|增)(?:到|至)\s*"
                   r"(?P<year>\d{4})\s*年(?:底|末)?的?\s*(?P<value>\d)")
_CURRENT = lazy(r"已达|达到|已有|现有|目前|已达到|总面积|规模达|面积达|面积为")
# A quoted example of what a count counts (“三重一大”等制度10项): the example names the set.
_QUOTED_KIND = lazy(r"“([^”]{2,12})”等[\u4e00-\u9fff]{0,8}$")


_QUOTED_MARK = lazy(r"”等")
_PER_MARK = lazy(r"每[周月季学年天日]")


def _near_before(starts: Sequence[int], at: int, reach: int) -> bool:
    """Does one of the sorted ``starts`` lie in the ``reach`` characters before ``at``?"""
    i = bisect.bisect_left(starts, at - reach)
    return i < len(starts) and starts[i] < at


def _levels_apart(a: FrozenSet[str], b: FrozenSet[str]) -> bool:
    """Do two groups name different grades or school levels (each kind compared where both name one)?"""
    grades_a, grades_b = {w for w in a if w.endswith("年级")}, {w for w in b if w.endswith("年级")}
    if grades_a and grades_b and not grades_a & grades_b:
        return True
    schools_a, schools_b = a - grades_a, b - grades_b
    return bool(schools_a and schools_b and not schools_a & schools_b)


def _same_period(a: Optional[_Naming], b: _Naming) -> bool:
    """Do two mentions' sentences put them in one year, part of the year and span?"""
    return a is not None and not (a.years and b.years and not a.years & b.years) \
        and a.last == b.last and a.span == b.span and a.month == b.month


def _same_stage(a: Optional[_Naming], b: _Naming) -> bool:
    """Do two mentions name one stage of the work, or one of them none (受理…318件412人 / 审结…381件412人:
    two stages, the same count of persons at both)?"""
    return a is None or not (a.stages and b.stages and not a.stages & b.stages)


def _same_time(a: _Naming, b: _Naming) -> bool:
    """Do two mentions' sentences put them at one place, year, part of the year and event?"""
    # a clause that states a count (开展法治培训15场次，其中…) is a whole the count is part of, no event
    context_a, context_b = ("" if "#" in n.context else n.context for n in (a, b))
    return _same_places(a.places, b.places) and context_a == context_b and _same_period(a, b)


def _same_places(a: FrozenSet[str], b: FrozenSet[str]) -> bool:
    """Do two mentions' places name one territory?  A place with its whole (铁岭全市) is the report's
    own territory, which a count with no place names too; two such of two names are two."""
    if a == b or a & b:
        return True
    whole_a = frozenset(p for p in a if _WHOLE_OF.match(p))
    whole_b = frozenset(p for p in b if _WHOLE_OF.match(p))
    if whole_a and whole_b:
        return False
    return a - whole_a == b - whole_b


def _one_figure(a: Optional[_Naming], b: _Naming, swapped: bool,
                sections: Optional[Tuple[FrozenSet[str], FrozenSet[str]]] = None) -> bool:
    """Do two mentions whose counts are one another with a slip name one figure (see
    _restatements)?  The same thing counted in shared words beyond the verbs (a digit changed:
    in the same words), at the same stage of the work, place, year and part of it.

    Digits in another order are almost never two real figures: given ``sections`` (the words of
    the headings each stands under; for two counts of the same digits, neither one of a list of
    its sentence's), how close the naming must be is relaxed (see _swap_named), never whether it
    is one thing of one place, period and stage."""
    if a is None:
        return False
    if not _same_places(a.places, b.places):
        return False  # two bodies' counts, or a body's against the report's own (县司法局办理… / 全年办理…)
    if a.context != b.context:
        return False  # 宪法宣传周期间，派发宣传资料2050份: the part of the year's 2500份 one campaign gave out
    if a.years and b.years and not a.years & b.years:
        return False
    if a.last != b.last or a.month != b.month:
        return False
    relaxed = swapped and sections is not None
    # 累计更新…25318条 after 全年更新…25381条: a bare 累计 may sum the year, where the digits say so
    if a.span != b.span and not (relaxed and (a.summed or b.summed)):
        return False
    if a.stages and b.stages and not a.stages & b.stages:
        return False
    if relaxed and _swap_named(a, b, *sections):
        return True
    if any(_HEAD.search(w) for w in a.words - b.words) and any(_HEAD.search(w) for w in b.words - a.words):
        return False  # 一般公共预算收入86.4亿元 / 一般公共预算支出48.6亿元: each names a thing the other does not
    levels_a, levels_b = a.words & _LEVELS, b.words & _LEVELS
    if levels_a and levels_b and levels_a != levels_b:
        return False
    shared = a.words & b.words
    if not shared - _RESTATED_VERBS:
        return False
    if sum(len(w) for w in shared) < 4:
        # a noun of two characters at one stage of the work (受理…案件 / 受理的…案件), where the one
        # mention's words are all in the other's: no other kind is named on either side
        common = shared | (a.stages & b.stages)
        if sum(len(w) for w in common) < 4 or not (a.words <= b.words or b.words <= a.words):
            return False
    # a digit changed: the same words, or the one mention's words all in the other's (全年受理矛盾纠纷
    # 2835件 / 全年受理的2845件矛盾纠纷中), naming more than a noun of two characters beyond the verbs
    return swapped or a.words == b.words or ((a.words <= b.words or b.words <= a.words)
                                             and sum(len(w) for w in shared - _RESTATED_VERBS) >= 4)


# Words that say "the number of" (事故起数, 信访总量) or when (本年度): they name no kind of thing.
_COUNT_WORDS = frozenset("起数 宗数 件数 次数 户数 个数 条数 人数 总数 总量 数量 总计 合计 本年度 年度 全年 今年 本年".split())


def _swap_named(a: _Naming, b: _Naming, a_section: FrozenSet[str], b_section: FrozenSet[str]) -> bool:
    """Do two counts of the same digits in another order name one thing, read loosely?  What the
    one names is all in the other's naming or in the heading the other stands under (二、主动公开政府
    信息情况: 通过门户网站发布…信息N条 restates 全年主动公开信息N条 of the 总体情况), a word there being
    covered by a longer one it ends (事故 by 交通事故), the examples before 等 (工作动态等信息) and the
    words for "the number of" (事故起数, 信访总量) set aside; a thing counted is named (a head: 信息,
    事故, 处罚; not a verb alone: 起诉183件 / 起诉381件 are two kinds of crime's), and neither names a
    kind the other does not (刑事案件 / 民事案件; 火灾事故 / 交通事故)."""
    words_a = a.words - a.examples - _COUNT_WORDS
    words_b = b.words - b.examples - _COUNT_WORDS
    heads = [w for w in words_a | words_b if w not in _RESTATED_VERBS and _HEAD.search(w)]
    if not heads:
        return False
    levels_a, levels_b = words_a & _LEVELS, words_b & _LEVELS
    if levels_a and levels_b and levels_a != levels_b:
        return False

    def covered(word: str, words: FrozenSet[str]) -> bool:
        return word in words or (_HEAD.fullmatch(word) is not None
                                 and any(len(w) > len(word) and w.endswith(word) for w in words))

    own_a = [w for w in words_a if not covered(w, words_b)]
    own_b = [w for w in words_b if not covered(w, words_a)]
    if any(_HEAD.search(w) for w in own_a) and any(_HEAD.search(w) for w in own_b):
        return False  # 一般公共预算收入 / 一般公共预算支出; 火灾事故 / 交通事故
    # the side whose words the other holds names the thing itself, beyond the verbs
    for mine, theirs, section in ((words_a, words_b, b_section), (words_b, words_a, a_section)):
        if mine - _RESTATED_VERBS and all(covered(w, theirs | section) for w in mine) \
                and any(covered(w, theirs) for w in mine - _RESTATED_VERBS):
            return True
    return False


_tuple_new = tuple.__new__  # skips the NamedTuple's own __new__ frame: one call per moved figure


def _moved(fig: Figure, shift: int) -> Figure:
    q, sentence, period, scope, (a, b), low, high, rate, own, body, total, yearly, whole_year, alone = fig
    return _tuple_new(Figure, (moved_quantity(q, shift), sentence + shift, period, scope, (a + shift, b + shift),
                               low, high, rate, own, body, total, yearly, whole_year, alone))


def _index(index: Dict[FrozenSet[str], Dict[tuple, Tuple[Figure, Metric]]], key: FrozenSet[str], entry: tuple,
           value: Tuple[Figure, Metric]) -> int:
    """Put ``value`` under ``key`` unless it holds the entry or enough values already: 1 if it did."""
    held = index.get(key)
    if held is None:
        held = index[key] = {}
    if len(held) >= _KEPT_VALUES or entry in held:
        return 0
    held[entry] = value
    return 1


# Marks that leave a figure a narrow interval (120余件 is 120..130, 近5000人 4,000..5,000):
# such figures are compared by it.
_NARROW_MARKS = frozenset("余 多 近 将近 接近".split())
# 约5.2万人次, 1.2万次左右: a figure rounded to the place it is written to, a tenth either side
# besides (45,280 is not 约5.2万; 48,600 is 约5万); a plain 约120件 is loose, a fifth either side
# (Quantity.bounds: 98件 may be 约120件).
_ABOUT_MARKS = frozenset("约 大约 约为 左右".split())
_ABOUT = 0.1
_BREAKING = "突破"
_STRICT = 1e-6  # 超过800 is more than 800: 700余 (700..800) does not reach it
# 超过800个, 逾千人: at least the figure; it contradicts a smaller one (700余个).
_ABOVE_MARKS = frozenset("超过 超 突破 逾 多于 大于 高于 以上".split())  # 超95亿元 as 超过95亿元


def _comparable(q: Quantity) -> bool:
    return not q.in_range and (q.exact or all(m.text in _NARROW_MARKS for m in q.marks)
                               or (len(q.marks) == 1 and q.marks[0].text in _ABOUT_MARKS | _ABOVE_MARKS))


# 近九百, 将近5000: just under the figure, within half the place it is written to.
_NEAR_MARKS = frozenset("近 将近 接近".split())
_SCALE_CHARS = "千万亿"


def _interval(q: Quantity) -> Tuple[float, float]:
    """The values a figure as written stands for (precision.written_interval), 约 a tenth wide.

    A figure is compared within the precision of the way it is written: 近九百 is 850..900 (819
    would be written 八百余), 1.2万 is 11,500..12,500; a Chinese numeral written out below its
    scale (二千三百零五) is as exact as 2305, one that stops at its scale (一万四千, 两千) is rounded
    to that place."""
    scale = scale_of(q)
    if q.exact and q.chinese and not q.decimals:
        if q.number[-1:] in _SCALE_CHARS:
            return q.value - 0.5 * q.step, q.value + 0.5 * q.step
        return q.value, q.value
    if not q.exact and len(q.marks) == 1 and q.marks[0].text in _NEAR_MARKS and q.step > 0:
        return q.value - 0.5 * q.step, q.value
    if not q.exact and all(m.text in ("余", "多") for m in q.marks):
        low, high = written_interval(q)
        return low, high - _STRICT  # 四十余名 is fewer than 50
    if not q.exact and q.marks[0].text in _ABOVE_MARKS:
        low, high = written_interval(q)
        return low + (0.0 if q.marks[0].text == "以上" else _STRICT), float("inf")  # 以上 may be equal
    if q.exact or q.marks[0].text not in _ABOUT_MARKS or (scale == 1.0 and not q.decimals):
        return written_interval(q)
    half = 0.5 * scale * 10.0 ** -q.decimals
    return q.value * (1 - _ABOUT) - half, q.value * (1 + _ABOUT) + half


def _as_persons(folded: str, q: Quantity) -> Quantity:
    """2.16万农村贫困人口全部脱贫: people counted in 万 by the noun that names them, as 21063人农村贫困人口
    counts them with 人; any other quantity as it is."""
    if q.kind == "number" and not q.unit and q.number.endswith(("万", "亿")) and _PERSONS_NAMED.match(folded, q.end):
        return q._replace(kind="count", unit="人")
    return q


def _may_be_figure(q: Quantity) -> bool:
    """A quantity the figures may compare: an exact count of a period's measure, or a percentage."""
    if not _comparable(q):
        return False
    # (an age may be an average's: 人均预期寿命78.6岁)
    return (q.kind == "percent" and q.unit == "%") or (q.kind == "count" and (q.unit not in _SKIP_UNITS or q.unit == "岁"))


def _may_disagree(group: List[Tuple[Figure, int]]) -> bool:
    """Two values that do not meet, in two sentences: anything less cannot disagree."""
    if len({f.sentence + shift for f, shift in group}) < 2:
        return False
    lows = min(f.high for f, _ in group)
    highs = max(f.low for f, _ in group)
    return highs > lows


def _near(a: Figure, b: Figure) -> bool:
    """Values near enough to be one figure written twice (426 and 462), not a part and its whole;
    or the same digits in another order (46 and 64, 1,286 and 1,268: a slip of the keys)."""
    low, high = sorted((a.q.value, b.q.value))
    if low > 0 and high <= low * 1.25:
        return True
    if a.q.exact and b.q.exact and low >= 10:
        # 九千六百七十九 is 9679: the digits of its value
        digits_a, digits_b = _digits_of(a.q), _digits_of(b.q)
        return bool(digits_a) and len(digits_a) == len(digits_b) and sorted(digits_a) == sorted(digits_b)
    return False


def _slip(a: Figure, b: Figure) -> bool:
    """Two large exact counts with the same digits in another order (25,836 and 25,386):
    the same figure even where the words name it too briefly to be sure (办理事项…件)."""
    if not (a.q.exact and b.q.exact) or min(a.q.value, b.q.value) < 100:
        return False
    digits_a, digits_b = _digits_of(a.q), _digits_of(b.q)
    if not digits_a or len(digits_a) != len(digits_b):
        return False
    return sorted(digits_a) == sorted(digits_b)


def _stated_whole(fig: Figure) -> bool:
    """Does a figure say it is the whole its kinds are parts of: a total (共, 合计), the year's (全年…),
    or a clause that opens its sentence and names what it counts?  A count in a later clause of a line of
    work (对…违法行为受理4件，调查核实3件，提出检察建议3件) is that work's, no whole of the kinds named
    elsewhere (提出再审检察建议5件)."""
    return fig.total or fig.whole_year or fig.yearly or fig.alone


def _apart(a: Figure, b: Figure) -> bool:
    return a.high < b.low or b.high < a.low


def _conflict(a_metric: Metric, a: Figure, b_metric: Metric, b: Figure, folded: str = "") -> bool:
    """Do two figures of comparable period and scope contradict each other?"""
    if not _apart(a, b):
        return False
    if (_GRAND_TOTAL in a_metric.key) != (_GRAND_TOTAL in b_metric.key):
        return False  # 支出91759万元 / 支出总计99352万元: the budget's side and its all-in total
    if not _same_body(a_metric.subject, b_metric.subject):
        return False  # 县政府 and 县委依法治县委员会: two bodies' counts
    if a_metric.meeting != b_metric.meeting:
        # A kind of meeting against meetings of no kind named: one figure only where the
        # same body studied the same matter (常务会议专题研究法治工作 / 专题会议研究法治工作).
        if (a_metric.meeting and b_metric.meeting) or not (a_metric.subject and b_metric.subject) \
                or a_metric.key <= {"会议"}:
            return False
    if a.rate and a_metric.manner and b_metric.manner and a_metric.manner != b_metric.manner:
        return False  # 执法人员 / 新进人员 考试合格率: two groups' exams
    manner_a, manner_b = a_metric.manner & _MANNER, b_metric.manner & _MANNER
    if manner_a and manner_b and not (manner_a <= manner_b or manner_b <= manner_a):
        return False  # 集中学法 / 线上学法: sessions of two kinds, each named by how it was held
    if manner_a != manner_b and _part_of_total(a, b, bool(manner_a) < bool(manner_b)):
        return False  # 集中学法6次 … 全年共学法8次: the sessions of one kind among all
    if a_metric.coordinated != b_metric.coordinated:
        return False  # 办理留言、信箱、热线、依申请公开等45件: a total over channels, not the last one
    if a_metric.key == b_metric.key:
        return a_metric.usable or a.rate or (a_metric.has_head and _slip(a, b)) \
            or (a.yearly and b.yearly and _activity(a_metric)) or _restated(a_metric, a, b, folded)
    if a.rate or b.rate or a_metric.coordinated or b_metric.coordinated:
        return False
    if _event(a_metric) or _event(b_metric):
        if not _one_modifier_more(a_metric.key, b_metric.key):
            return False
        # 举办…专题培训班3期 … 全年共举办…培训班8期: the broader one a total, the narrower its part
        return not _part_of_total(a, b, len(a_metric.key) < len(b_metric.key))
    if a_metric.key < b_metric.key:  # b counts a subset of what a counts
        return not (b_metric.key - a_metric.key) & _STAGES and (
            a_metric.usable and b.low > a.high and not a_metric.key & _KINDS_ELSEWHERE and _stated_whole(a)
            or _slipped(a_metric, a, b_metric, b))
    if b_metric.key < a_metric.key:
        return not (a_metric.key - b_metric.key) & _STAGES and (
            b_metric.usable and a.low > b.high and not b_metric.key & _KINDS_ELSEWHERE and _stated_whole(b)
            or _slipped(b_metric, b, a_metric, a))
    return _overlapping_slip(a_metric, a, b_metric, b)


# A passage copied (see FigureReader._copies): the characters before a number that file it for the
# numbers it may be a copy of, the words on either side two copies share at least, and how far each
# side is read (within its sentence).
_COPY_KEY = 2
# A list's title with its count (拟命名名单（24个）): the act it names the list by, right before 名单.
_LIST_TITLE = lazy(r"(?P<act>拟[\u4e00-\u9fff]{1,3}?)名单\s*[（(]共?\s*$")
_LIST_TITLE_REACH = 12
# 此 or 这 right before a count (此3个频道): see FigureReader._demonstratives.
_DEMONSTRATIVE = lazy(r"(?:此|这)(?=\s*[\d一二两三四五六七八九十])")
_COPY_SHARED = 12
_COPY_REACH = 30
_COPY_SHAPE = lazy(r"\d")  # the shape of a number as written (38.8万: ##.#万): copies keep it
_COPY_END = frozenset("。！？\n")
_COPY_BREAKS = frozenset("。！？\n，,；;：:、（(）)”“")  # where a clause starts or ends
# a whole number inside the shared words; not a name's digits (PM2.5, PM10, 5G)
_COPY_NUMBER = lazy(r"(?<![\d.A-Za-z])\d+(?:\.\d+)?(?![\d.A-Za-z])")
# A sentence that opens by turning to a part of the territory (在41个县收支完成情况上，从县区看，分乡镇看，):
# what it names is a part (counted or named by its kind), not the whole (全省, 各…) nor a time (从全年看).
_FRAME = lazy(r"[。！？；\n][ \t\u3000]*(?:在|从|分)(?P<who>[^，,。；;：:\n]{1,16}?)"
              r"(?:收支完成情况|完成情况|执行情况|情况|方面)?(?:上|看|来看)[，,]")
_FRAMED_PART = lazy(r"(?:[县区市镇乡村旗州]|街道|地区)$")
# A budget's 收入总计 / 支出总计 (总计 or 合计 written right after the side) is its all-in total: the
# side's own figure plus what came in or went out beside it (上级补助, 上解支出, 债务还本, 结转下年),
# as a budget report sums them up (支出91759万元，加上上解支出…，支出总计99352万元).  It is a figure
# of its own, never the side's restated; the key keeps the mark so that two all-in totals still meet.
_GRAND = frozenset(["总计", "合计"])
_BUDGET_SIDES = ("收入", "支出", "收支")
_GRAND_TOTAL = "总计"
# What a report writes between the words of a count and its number (全年共计发放…达5000余份).
_TO_NUMBER = frozenset("共计达到为约近超过逾总合有了是")
_DIGITS = lazy(r"\d+")
# What opens a sentence without saying what it counts (2023年，全年共…): two leads that differ only
# there say the same.
_LEAD_OPENING = lazy(r"\s*(?:\d{4}\s*年度?[，,]?\s*)?(?:全年|今年|本年度?)?[，,]?\s*(?:共计|共)?")
_CLOSING = frozenset("”’」』》）)\"'")


# The acts a count may be named by alone (全年办结3512件), each as the act it stands for.
_STAGE_WORDS = {"办结": "办结", "审结": "办结", "结案": "办结", "受理": "受理", "办理": "办理", "化解": "化解",
                "调解": "调解", "调处": "调解", "查处": "办理", "查办": "办理"}
_STAGE_AT = lazy("|".join(_STAGE_WORDS))


def _wording_at(folded: str, fig: Figure) -> str:
    """The two characters that name a count right before its number (资料 of 发放宣传资料5000余份),
    or after it where the count comes first (召开8次常务会议): a cheap mark of the wording that
    figures worded alike share, asked before any clause is segmented."""
    i = begin(fig.q)
    a = fig.clause[0]
    while i > a and (folded[i - 1] in _TO_NUMBER or folded[i - 1] in _CLOSING):
        i -= 1
    if i - 2 >= a and all("\u4e00" <= c <= "\u9fff" for c in folded[i - 2:i]):
        return "@" + folded[i - 2:i]
    after = folded[fig.q.unit_end:fig.q.unit_end + 2]
    return "@" + after if all("\u4e00" <= c <= "\u9fff" for c in after) else ""


def _restated(metric: Metric, a: Figure, b: Figure, folded: str = "") -> bool:
    """Two figures worded alike (the same words, unit, period and scope), whatever they count
    (发放宣传资料, 建成“法治书屋”, 下达指令书): one figure stated twice where the evidence says so.
    The list of head nouns is not asked: the wording is.  The evidence, by what each claims:
    - both say they give the year's count (全年…, 今年…): two years' totals cannot differ (a
      total of some context, 2020年以来共发布督查通报5期, does not say it is the year's);
    - one gives the year's count: a mention worded alike may be a part of it (one campaign's
      leaflets), so it contradicts the total when it is larger, when one is the other mistyped,
      or when the two are near (a fifth apart) and the part names what it counts on its own
      or one is the other rounded to 万;
    - neither: a part of the year each, unless the figures are exact and one is the other
      mistyped (the same digits in another order, or one digit changed), each in a clause
      that stands on its own (2023年，全县建成“法治书屋”46个) or after the same words.
    A clause that goes on from a list's first one (全年共收到行政复议申请56件，受理52件，审结50件)
    counts what that one names: two such clauses are compared only as mistyped.  A key of one
    word says too little to be sure of (办理, 检查: of what?): only a slip of the keys in a large
    count, or two year's totals (or one and the other rounded to 万) each in a clause of its own,
    speak for it."""
    key = metric.key
    if not key:
        return False
    if len(key) < 2 and not metric.has_head and len(next(iter(key))) < 3:
        # 审结50件 after 全年共收到行政复议申请56件，…: of what the list's first clause names, so two
        # such clauses are one figure only where the sentences name the same first (批准逮捕…，起诉183件
        # under 暴力犯罪 and 批准逮捕…，起诉381件 under 侵财犯罪 count two kinds of case)
        if not (a.alone and b.alone):
            return _slip(a, b) and (a.alone or b.alone or _same_lead(folded, a, b))
        if _slip(a, b):
            return True
        # each in a clause of its own: two year's totals, or one the other rounded (全年开展行政检查
        # 1.17万次 / 开展行政检查10751次)
        return (a.whole_year and b.whole_year) or ((a.whole_year or b.whole_year) and _near(a, b)
                                                   and (scale_of(a.q) > 1.0 or scale_of(b.q) > 1.0))
    if a.whole_year and b.whole_year:
        return a.alone or b.alone or _mistyped(a, b)
    if a.whole_year or b.whole_year:
        total, other = (a, b) if a.whole_year else (b, a)
        if other.low > total.high:
            return True
        if folded and _OCCASION.search(folded, other.sentence, begin(other.q)):
            # 在国家宪法日期间开展…活动32场次 / 全年开展…活动23场次: one occasion's count is a part of the
            # year's, which it may not exceed; a smaller one is that part, however its digits fall
            return False
        if _mistyped(a, b):
            return True
        # near, where the other mention names what it counts on its own (not 深入学校，开展普法讲座18场
        # after 全年开展普法讲座20场) or one is the other rounded (1.17万次 / 10,751次)
        return _near(a, b) and (other.alone or scale_of(a.q) > 1.0 or scale_of(b.q) > 1.0)
    return _mistyped(a, b) and (a.alone and b.alone or _same_lead(folded, a, b))


# 政府网站：, 微信公众号: a line that names its part first; after an item's number the name may be
# long (1. 东岳场镇基础设施改造绿化美化工程：工程总投资…, （二）一产增加值：…): each item its own part.
_LABEL = lazy(r"(?:(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*[^，,。；;：:\s]{2,40}"
              r"|[^\d，,。；;：:\s]{2,10})[：:]")


def _laws_apart(folded: str, a: Figure, b: Figure) -> bool:
    """Does each figure's clause name the one law it counts under, and the two different laws?
    (依据《…》等: any of the laws, which names no one part.)"""
    laws = []
    for fig in (a, b):
        at = begin(fig.q)
        named = [m for m in _LAW_TITLE.finditer(folded, back_to(folded, at, fig.sentence, _WIDE_BREAK), at)]
        if not named or any(m.group("any") for m in named):
            return False
        laws.append({m.group("title") for m in named})
    return not laws[0] & laws[1]


def _labelled_apart(folded: str, a: Figure, b: Figure) -> bool:
    """Do the two figures' sentences each open with a label of their own (政府网站：…42条 /
    微信公众号：…212条)?  A label says which part the line counts: two labels, two parts."""
    label_a = _LABEL.match(folded, a.sentence, begin(a.q))
    if label_a is None:
        return False
    label_b = _LABEL.match(folded, b.sentence, begin(b.q))
    return label_b is not None and label_a.group() != label_b.group()


def _same_lead(folded: str, a: Figure, b: Figure) -> bool:
    """Do the two sentences say the same before the figures' clauses (digits aside)?  A clause
    that goes on from another (行政强制被申请行政复议1宗，复议决定撤销…0宗) counts what that one
    names: two such clauses are one figure only after the same words."""
    if not folded:
        return False
    lead_a, lead_b = (_LEAD_OPENING.sub("", folded[fig.sentence:fig.clause[0]], count=1) for fig in (a, b))
    return len(lead_a) == len(lead_b) and _DIGITS.sub("#", lead_a) == _DIGITS.sub("#", lead_b)


def _average(folded: str, q: Quantity, floor: int) -> str:
    """The word that makes ``q`` an average (人均, 年均, 平均 … right before its name's last words:
    法官人均结案242件, 年均新增就业1100多万人, 人均预期寿命78.6岁), or "": also for a change (年均增长8%), a
    rate per a number of units (每万人拥有律师3.5名) or 均 alone (均已办结)."""
    words = chunk_before(folded, q, floor)
    if _CHANGE_TAIL.search(words) or _COMPARISON.search(words[-10:]) or "每" in words:
        return ""
    m = _AVERAGE.search(words[-_AVERAGE_REACH:])
    return m.group() if m else ""


def _after_break(folded: str, floor: int, pos: int, breaks: str) -> int:
    """Where the stretch ending at ``pos`` starts: after the last of ``breaks`` since ``floor`` (back_to
    without its reach and digit grouping, for names, searched in C)."""
    pattern = _LAST_BREAK.get(breaks)
    if pattern is None:
        pattern = _LAST_BREAK[breaks] = re.compile("(?s).*[" + re.escape(breaks) + "]")
    m = pattern.match(folded, max(floor, pos - REACH), pos)
    return m.end() if m else max(floor, pos - REACH)


_LAST_BREAK: Dict[str, "re.Pattern[str]"] = {}


# _labelled_rows: a table row of a label and one value, its unit in brackets after the label or after the value,
# and remarks with no number after it (涉及婚姻法、劳动法等)
_TABLE_ROW = lazy(r"(?m)^[ \t\u3000]*(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff \t\u3000]{1,30}?)[ \t\u3000]*"
                  r"(?:[（(](?P<bunit>[^）)|\n]{1,4})[）)])?[ \t\u3000]*\|[ \t\u3000]*(?P<num>\d[\d,]*(?:\.\d+)?)"
                  r"[ \t\u3000]*(?P<unit>%|[\u4e00-\u9fff]{1,3})?[ \t\u3000]*(?:\|[^|\d\n]*)*$")
# a label and its value after a colon, the whole of a line or a clause (裁判文书数量：199份，…)
_COLON_VALUE = lazy(r"(?:^|(?<=[，。；,;\n]))[ \t\u3000]*(?P<label>[\u4e00-\u9fff]{3,20})[：:][ \t\u3000]*"
                    r"(?P<num>\d[\d,]*(?:\.\d+)?)(?P<unit>%|[\u4e00-\u9fff]{1,3})(?=[，。；,;\n]|$)")
_HEADER_UNIT = lazy(r"(?:单位[：:]\s*|[（(])(件次|人次|件|人|起|宗|个|家|项|条|次|名|户|份|场|篇|元|万元|亿元|%)[）)]")
_ROW_YEAR = lazy(r"(\d{4})\s*年")
_ROW_SCALES = {"万": 1e4, "亿": 1e8}
_ROW_HEAD_REACH = 120  # the header and title right above a row
_ROW_LINES = 30
# a header of several years' columns (指标 | 2023年 | 2022年 |) and the rows under it (地区生产总值（亿元） | 214.6 | 201.3 |)
_YEARS_HEADER = lazy(r"[^|\n\d]{1,12}(?:\|[ \t\u3000]*(?:\d{4}\s*年度?|[^|\n\d]{1,8})[ \t\u3000]*){2,6}\|?[ \t\u3000]*")
_YEAR_CELL = lazy(r"(\d{4})\s*年度?")
_MULTI_ROW = lazy(r"[ \t\u3000]*(?P<label>[\u4e00-\u9fff][\u4e00-\u9fff \t\u3000]{1,30}?)[ \t\u3000]*"
                  r"[（(](?P<bunit>[^）)|\n]{1,4})[）)][ \t\u3000]*(?:\|[ \t\u3000]*-?\d[\d,]*(?:\.\d+)?[ \t\u3000]*){2,6}"
                  r"\|?[ \t\u3000]*")
_CELL_NUMBER = lazy(r"\d[\d,]*(?:\.\d+)?")
_COLON_LABEL = 21  # a label's characters before its colon, and one more
_ROW_APART = lazy("|".join(sorted(_RESTATED_STAGES, key=len, reverse=True))
                  + r"|[\u4e00-\u9fff][镇乡县区市州省旗府院庭所局委队部厅处科街村]")
_ROW_OWN = lazy(r"[全我本][镇乡县区市州省旗院局委级]")  # the report's own territory or body (全县, 我局)
_VALUE_AFTER_COLON = lazy(r"[：:]\s*\d")
_ROW_LABEL_REACH = 30
_ROW_FILLER = lazy(r"^(?:\d{4}年度?|全年|今年|当年|本年度?|一年来|年内)?[，,]?"
                   r"(?:全[区县市镇省州旗乡]|我[局院区县市镇委]|本[局院级])?(?:全年)?(?:共计|共|累计|依法)?(?:各类)?")
_ROW_MEASURE = lazy(r"(?:次数|数量|人数|件数|户数|个数|总数|总量|总额|金额|数)$")


def _row_label(words: str) -> str:
    """A row's label or a text's clause as the two are compared: spaces (粮 食), the year, the territory,
    共/累计/依法/各类 and a measure noun at the end (次数, 数量) set aside."""
    words = "".join(words.split())
    words = _ROW_FILLER.sub("", words)
    return _ROW_MEASURE.sub("", words) if len(words) > 4 else words


def _run_length(n: str) -> Optional[int]:
    """连续14个月, 连续三年: the run's length, or None."""
    if n.isdigit():
        return int(n)
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if n == "十":
        return 10
    if len(n) == 1:
        return digits.get(n)
    if len(n) == 2 and n[0] == "十":
        return 10 + digits.get(n[1], 0) if n[1] in digits else None
    if len(n) == 2 and n[1] == "十":
        return digits.get(n[0], 0) * 10 if n[0] in digits else None
    if len(n) == 3 and n[1] == "十" and n[0] in digits and n[2] in digits:
        return digits[n[0]] * 10 + digits[n[2]]
    return None


def _run_quantity(m: "re.Match[str]", value: int) -> Quantity:
    """A run's length as a quantity for the message (14个月)."""
    start, end = m.start("n"), m.end()
    return Quantity(start, m.end("n"), m.end("n"), end, end, float(value), m.group("n"), m.group("unit"), "count",
                    0, not m.group("n").isdigit(), 1.0)


def _change_bounds(q: Quantity) -> Tuple[float, float]:
    """What a change told loosely allows: 近三成 is 25.5..30 (not 24.8: that is 近两成半), 超四成 40..50
    (more would be 超五成), 约三成 25..35, 三成 29.5..30.5; a percentage with its mark alike."""
    step = 10.0 if q.unit == "成" else max(q.step, 1.0) * (10.0 if q.value >= 10 else 1.0)
    v = q.value
    mark = q.before.text if q.before is not None else ""
    if mark == "近":
        return v - 0.15 * v, v
    if mark in ("超", "超过", "逾"):
        return v, v + step
    if mark == "约":
        return v - step / 2, v + step / 2
    if q.inner is not None or q.after is not None:  # 两成多, 30%以上: up to the next step at most
        low = q.bounds[0]
        return low, min(q.bounds[1], low + step)
    if q.unit == "成":
        return v - 0.5, v + 0.5
    return q.bounds


def _holds(c: Quantity, odd: Quantity) -> bool:
    low, high = _change_bounds(odd)
    return low <= c.value <= high


def _kinds_apart(a: str, b: str) -> bool:
    """Do two names end in the same words (two characters or more) after words of their own on both
    sides (主动公开政府信息 / 依申请公开政府信息, 中院审结案件 / 法院审结案件): two kinds of one thing?"""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    # (检察机关批准逮捕犯罪嫌疑人 / 批准逮捕犯罪嫌疑人: one only adds words in front, who counts)
    return n >= 2 and len(a) > n and len(b) > n and not (a[:-n].endswith(b[:-n]) or b[:-n].endswith(a[:-n]))


def _alike(a: str, b: str) -> bool:
    """Do two scopes' words name one scope: half the pairs of characters of the shorter in the longer
    (涉众经济犯罪 / 涉众型经济犯罪案件, 电诈 / 电诈犯罪; not 电诈犯罪 / 涉众经济犯罪, 乡镇卫生院 / 社区卫生服务中心)?"""
    pairs_a = {a[i:i + 2] for i in range(len(a) - 1)}
    pairs_b = {b[i:i + 2] for i in range(len(b) - 1)}
    fewer = min(len(pairs_a), len(pairs_b))
    return 2 * len(pairs_a & pairs_b) >= fewer


def _mistyped(a: Figure, b: Figure) -> bool:
    """Two exact counts of one length, one the other with two digits swapped or one digit changed
    (2500 / 2050, 1286 / 1268, 46 / 64, 315 / 345; 一百二十三 / 132 by the digits of its value)."""
    if not (a.q.exact and b.q.exact):
        return False
    digits_a, digits_b = _digits_of(a.q), _digits_of(b.q)
    if len(digits_a) != len(digits_b) or len(digits_a) < 2 or not (digits_a.isdigit() and digits_b.isdigit()):
        return False
    if sorted(digits_a) == sorted(digits_b):
        return True
    return len(digits_a) >= 3 and sum(x != y for x, y in zip(digits_a, digits_b)) == 1


def _digits_of(q: Quantity) -> str:
    """The digits of an exact count: as written (1,286 is 1286), or of its value (一百二十三 is 123)."""
    if q.chinese:
        return str(int(q.value)) if q.value == int(q.value) else ""
    return q.number.replace(",", "")


def _slipped(broader_metric: Metric, broader: Figure, narrower_metric: Metric, narrower: Figure) -> bool:
    """A narrower wording of a metric whose count has the broader one's digits in another order
    (公开信息2514条 / 通过门户网站公开信息2154条, 5256名执法人员纳入管理 / 执法人员5265名): one
    figure restated with a slip of the keys, not a part that happens to be a permutation of it."""
    # whatever the head, where the broader wording says something (抽检2150批次 / 食品监督抽检2510批次)
    named = (broader_metric.has_head and narrower_metric.has_head) \
        or sum(len(word) for word in broader_metric.key) >= 2
    if broader_metric.key <= _STAGES and not broader.alone:
        return False  # 审结1243件 after 受理民事案件…: of what its sentence's first clause names
    return named and _slip(broader, narrower)


# Words that say what was done with a case and in which form it is counted (作出…决定, 办理…案件),
# not which cases: two wordings that differ only so may name one count.  申请 is not one: the
# applications received (新受理行政复议申请151件) may be more than the cases accepted (受理…115件).
_CASE_FORMS = (_STAGES - _RECEIVED) | frozenset("作出 决定 案件".split())


def _overlapping_slip(a_metric: Metric, a: Figure, b_metric: Metric, b: Figure) -> bool:
    """Two wordings that share a head and two more words, whose counts have the same digits in
    another order (通过“某局”门户网站公开政府信息326条 / 通过门户网站公开政府信息362条): a slip of the
    keys in one figure worded twice, where neither wording holds the other."""
    shared = a_metric.key & b_metric.key
    if _places_apart(a_metric.key, b_metric.key):
        return False  # 东湖区…312件 / 西湖区…321件: two districts' counts, not one mistyped
    headed = any(w.endswith(head) for w in shared for head in _HEADS)
    if len(shared) >= _OVERLAP:
        return headed and not (a_metric.key ^ b_metric.key) & _STAGES and _slip(a, b)
    # 作出行政处罚决定236件 / 全年共办理行政处罚案件263件: one count reworded, the digits of a large
    # count swapped, where each names what it counts in a clause opening its sentence
    return headed and a.alone and b.alone and (a_metric.key ^ b_metric.key) <= _CASE_FORMS and _slip(a, b)


def _part_of_total(a: Figure, b: Figure, a_broader: bool) -> bool:
    """Is the broader of two figures stated as a total (全年共…) larger than the narrower?"""
    broader, narrower = (a, b) if a_broader else (b, a)
    return broader.total and broader.low > narrower.high


def _joined(words: Sequence[str]) -> List[str]:
    """The segmented words with 会 前 read as 会前 (会前学法: study before a meeting; 前
    alone ends a phrase, as in 三年前), and a meeting named X会 read as X会议."""
    out = list(words)
    for i in range(len(out) - 1, 0, -1):
        if out[i] == "前" and out[i - 1].endswith("会"):
            out[i - 1:i + 1] = [out[i - 1][:-1], "会前"] if len(out[i - 1]) > 1 else ["会前"]
        elif out[i] == "会" and len(out[i - 1]) == 2 and out[i - 1] in _MEETING_KINDS:
            out[i - 1:i + 1] = [out[i - 1], "会议"]  # 工作推进会 = 工作推进会议, 专题会 = 专题会议
        elif out[i] == "员" and len(out[i - 1]) == 2 and "\u4e00" <= out[i - 1][0] <= "\u9fff":
            out[i - 1:i + 1] = [out[i - 1] + "员"]  # 网格/员: one who does the work, a headcount's noun
        elif out[i] == "组织" and out[i - 1].endswith("调解"):
            out[i - 1:i + 1] = [out[i - 1] + "组织"]  # 调解/组织: the mediation bodies, who did it (not 调解, a stage)
    return [w for w in out if w]


def _names_first(words: Sequence[str]) -> bool:
    """Do the words before a 全年/共 in mid-phrase name the meetings or the group whose
    sessions are counted, from the clause's start (区政府常务会议|全年…讲法, 局党组中心组|共学法)?
    Who did the work (全镇人民调解组织|共调解…, 全市市场监管系统|共查办…) is not what is counted."""
    last = ""
    for word in words:
        if word in _TIME_FIRST:
            continue  # 全年局党组中心组共学法, 理论学习中心组全年共学习
        if word in _BOUNDARY or any(c.isdigit() for c in word):
            return False
        if _content([word]):
            last = word
    return last.endswith(_SESSIONS_OF)


def _one_modifier_more(a: FrozenSet[str], b: FrozenSet[str]) -> bool:
    """Sessions named once with one word more (举办领导干部法治专题培训班 / 举办领导干部法治
    培训班): one count, where the words both name say which sessions on their own (two
    words besides the kind of session).  Fewer shared words (专题会议 / 会议, 专题学法 / 学法)
    leave the narrower one a part of the broader."""
    small, large = (a, b) if len(a) < len(b) else (b, a)
    if len(large) != len(small) + 1 or not small < large:
        return False
    heads = [w for w in small if w.endswith(_EVENTS)]
    extra = next(iter(large - small))
    # 党组 / 支部 say whose sessions, 研讨 / 交流 another activity: not a modifier
    # 宪法专题学习 / 专题学习: a topic of study names a part of the sessions, not the same ones
    return len(heads) == 1 and len(small) >= 3 and extra not in _STAGES and extra not in _ACTIVITIES \
        and not extra.endswith(_BODY_END + ("组", "支部", "机关")) and not _HEAD.search(extra) \
        and not _STUDY_TOPIC.fullmatch(extra)


def _activity(metric: Metric) -> bool:
    """An activity counted, named by more than the word (普法活动, “宪法进万家”活动)."""
    return len(metric.key) >= 2 and any(word.endswith(_ACTIVITY) for word in metric.key)


def _event(metric: Metric) -> bool:
    return any(word.endswith(_EVENTS) for word in metric.key)


def _proper_subsets(key: FrozenSet[str]) -> Iterator[FrozenSet[str]]:
    words = sorted(key)
    for size in range(1, len(words)):
        for combo in combinations(words, size):
            yield frozenset(combo)

