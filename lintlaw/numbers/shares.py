"""Share claims: a rate that says what part of a whole the counts before it are.

办结率 = 办结 ÷ 受理, 出庭应诉率 = 出庭 ÷ 应诉, 占比 = the part ÷ the whole,
and the same in words (超过六成, 近七成, 过半, 不足三成).  A rate is read as a
share only when its words make it one: a growth rate (增长, 同比, 年均), a
target (力争, 目标, 预期) or a rate with no counts beside it never is.  Every
reasonable reading is tried before a share is called wrong: the part over each
whole the text gives, what is left over (未办结2件), the two parts together, the
whole less what the text excludes (除3件未开庭外); and a rate defined over a part
of the total (出庭应诉率 over the cases heard, 纠错率 over the cases decided) is
held to that part when the text gives it, and otherwise to any base between the
part and the whole.
"""
from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Iterator, List, NamedTuple, Optional, Sequence, Tuple

from .claims import Mismatch, Used, num, pct
from .precision import interval_shows, readable_rate, scale_of, shows, written_interval
from .quantities import Mark, NumberSentence, Quantity
from .reading import (REACH, SentenceReader, back_to, begin, chunk_before, forward_to, is_change, label, mentions,
                      plain_count, same_measure, written)
from ..lazy_re import lazy
from ..numerals import cn_to_int

# What names a rate, read back from the number: 办结率为, 出庭应诉比例达到, 占比, 满意度.
_GLOSS = 18  # characters of a bracketed gloss after a rate's name: （常住人口城镇化率）
_VERB_ONLY = lazy(r"\s*(?:为|是|达|达到)?\s*")
_RATE_NAME = re.compile(
    r"(?:率|比例|比率|比重|占比|满意度|知晓度)(?:（[^（）]{1,16}）)?(?:为|是|达|达到|已达|已达到|高达|仅为|约为|均为|均达|均达到|均已达到|都达到|"
    r"分别为|了|超过|达到了)?\s*$"
)
# 资金支出率达全年资金的82.09%: the rate's name, then the whole it is of, in words.
_RATE_OF_NAMED = lazy(r"率(?:为|达|达到)[^，；。：\d率]{1,8}的\s*$")
# 占比, 占…的 (占全部案件的, 占新增总量的): the words between 占 and 的 name the whole.
# (a figure of the whole may group its digits: 占一般公共预算收入26,300万元的, folded 26，300)
_IN_PHRASE = r"(?:[^，；：。]|(?<=\d)，(?=\d{3}))"
_SHARE_OF = re.compile(r"占(?:比|到|了)?(?:(?P<whole>" + _IN_PHRASE + r"{0,24}?)的)?(?:比重|比例)?"
                       r"(?:（[^（）]{1,16}）)?(?:为|是|达|达到|约|近|超过|不足|不到)?\s*$")
# 完成年度目标任务8000人的101.5%: what was done as a share of the plan, target or budget written
# between 完成 (or 为) and 的 (完成年初预算数60999万元的40.4%, 为年初预算70400万元的45.2%).
_DONE_OF = re.compile(r"(?:完成(?:了)?(?P<whole>" + _IN_PHRASE + r"{0,30}?(?:计划|目标|任务|预算)" + _IN_PHRASE + r"{0,12}?)"
                      r"|为(?P<plan>(?:年初|全年|年度|本年|调整)?(?:预算|计划|目标|任务)" + _IN_PHRASE + r"{0,12}?))的(?:比例)?"
                      r"(?:为|是|达|达到|约|近|超过)?\s*$")
# Plans and targets a 完成…的 share names in words alone (完成全年目标任务的); a budget (预算), or
# any whole after 为, is taken only with its figure (完成年初预算数60999万元的40.4%) or by its kind
# alone (完成调整预算的: _budget_stated_before).
_NAMED_PLAN = lazy(r"计划|目标|任务")
# A budget named by its kind alone (完成调整预算的98.3%): the budget of that kind the text stated
# before for the same side (支出调整预算为97842万元), never the fund's name (一般公共预算支出).
_BUDGET_KIND = lazy(r"(?P<kind>调整|年初|变更)预算(?:数)?")
_FUNDS = lazy(r"一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|公共财政预算")
_SIDES = ("收入", "支出")
_HAS_DIGIT = lazy(r"\d")
# A whole that is a plan, target or budget (占全年计划的, 完成目标任务的): the text states it as
# such (计划投资5亿元) or not at all; the amount signed or received is never it.
_PLANNED = lazy(r"计划|目标|任务|预算")
# Words of what was done that name no work of their own (全市完成…建设150公里: 管网 is what was built),
# and words that make a figure one done rather than planned.
_GENERIC_DEED = lazy(r"全年|全市|全县|全区|全镇|全省|今年|本年|年度|累计|实际|完成|新建|建设|已经|已|共|计划|目标|任务|"
                     r"[\d.，%]")
_DONE_WORDS = lazy(r"(?<!计划)完成|实际|已|累计")  # (计划完成: what the plan is to do)
# A rate of what was done in time (审限内结案率, 按期办结率, 法定期限内答复率): over what was done.
_TIMELY = lazy(r"限内|期限内|按期|按时|如期|及时|当日|当场|当月")
_OPENING = lazy(r"^(?:其中|另外|此外|包括)[，：]?")
_SECOND_SHARE = lazy(r"，占[^，；。：\d]{1,24}的(?:比重|比例)?(?:为|是|达|约)?\s*")
_PLACES = lazy(r"全国|全省|全市|全区|全县|全州|本市|本省|本区|本县")
# The stage a total names (办结…总数, 受理总数): what was done, or what came in (办理 of a
# legal-aid centre is what it took on).
_STAGE_DONE = lazy(r"办结|审结|结案|执结|办复")
_STAGE_IN = lazy(r"受理|办理|收案|受案|新收|收到|接收")
# How far back a whole named by a share (占GDP的比重) may have been stated, and how: the name,
# then its figure (地区生产总值（GDP）296.7亿元, 行政机关败诉1874件, GDP为296.7亿元).
# Words before a rate's name that name no kind of what it counts (a time, a place, a frame).
_NOT_A_KIND = lazy(r"(?:19|20)\d\d年?|全年|今年|本年度?|年度|当年|全[国省市州县区镇乡]|本[省市县区]|各类|全部|整体|总体|"
                   r"其中|同时|此外|另外|[^\u4e00-\u9fff]")
# 按人数计批捕率, 按小区数计完成年度计划的: the measure a rate is taken by, when a claim counts
# in two (件和人, 个和户): a unit, or the noun of the count's words.
_BY_MEASURE = lazy(r"按(?:照)?(?P<what>[\u4e00-\u9fff]{1,4}?)(?:数|数量)?计(?:算)?[，,]?")
_STATED_BEFORE = 1500
_PLAN_NAMED = lazy(r"(?:年度|全年)?(?:目标|计划)$")
# What came in, of a kind of case: the other base a report may state a 纠错率 over.
_INTAKE_WORD = lazy(r"受理|新收|收到|收案")
_CASE_KINDS = ("复议", "诉讼", "应诉")
# 占受理案件数比例最高 / 占比最大: a share named with its rank, its value in the next clause.
_SHARE_TOP = lazy(r"[^，；：。\d]{0,12}?(?P<share>占(?:比|(?P<whole>[^，；：。\d]{1,16}?)的?(?:比例|比重)))(?:最高|最大|最多|居首|居第一位?)")
# 达到交易要求, 符合参保条件: the requirement of a deed, met.
_ELIGIBLE = lazy(r"(?:达到|符合|满足|具备)(?P<what>[\u4e00-\u9fff]{1,8}?)(?:的)?(?:要求|条件|资格)")
_BOUND_OF = re.compile(r"(?P<bound>超过|逾|不到|不足|接近|将近|近)(?P<whole>[\u4e00-\u9fff]{2,16}?)的\s*$")
_SAME_PERIOD_WORD = lazy(r"同期|同年|当期|当年|本期")
_STATED_AS = lazy(r"(?:[（(][A-Za-z\u4e00-\u9fff]{1,8}[）)])?(?:各类|各种)?(?:案件|事项|人员|人数|件数|总数|总量|数量|数)?"
                  r"(?:为|是|达|达到|共|共计|总计|合计|实现)?")
# A whole named by a deed and its total (起诉总人数, 审结总数, 受理总量).
_DEED_TOTAL = lazy(r"(?P<deed>[\u4e00-\u9fff]{2,3})总(?:人数|件数|数|量)")
_NOT_THE_DEED = "不未拟非"


def _listed_changes(folded: str, counts: Sequence[Quantity], floor: int) -> set:
    """The changes among ``counts``: each one a change word heads (比上年增加356万人), and the bare
    items listed after it (、37万人、420万人: the list's head word is theirs too)."""
    found, last = set(), None
    for c in counts:
        if is_change(folded, c, floor) or (last in found and folded[last.unit_end:begin(c)].strip() in ("、", "和", "及")):
            found.add(c)
        last = c
    return found


# The deeds of a case's stages: a share whose whole is named by its object alone (占侵害未成年人犯罪的) is of
# the count of the part's own deed (起诉…16972人 of the 提起公诉 count, not of 批准逮捕侵害未成年人犯罪53268人).
_DEEDS = lazy(r"(?P<no>[不未])?(?:(?P<arrest>批准逮捕|批捕|逮捕)|(?P<charge>提起公诉|起诉|公诉)|(?P<take>受理|收案|新收|受案)"
              r"|(?P<close>审结|办结|结案|执结)|(?P<file>立案))")


def _deed(words: str) -> Optional[str]:
    """The first stage deed ``words`` name (批准逮捕 -> arrest, 不起诉 -> no-charge), or None."""
    m = _DEEDS.search(words)
    if m is None:
        return None
    return ("no-" if m.group("no") else "") + next(k for k in ("arrest", "charge", "take", "close", "file") if m.group(k))


def _names_deed(words: str, deed: str, apart: bool = False) -> bool:
    """Do ``words`` name ``deed`` itself, not its negation (起诉 in 起诉5356人, not in 不起诉)?
    ``apart``: its characters may stand apart, in order (接警 in 接报各类警情1500万余起)."""
    at = words.find(deed[0] if apart else deed)
    while at >= 0:
        if at == 0 or words[at - 1] not in _NOT_THE_DEED:
            if not apart:
                return True
            i = at
            for c in deed[1:]:
                i = words.find(c, i + 1)
                if i < 0:
                    break
            else:
                return True
        at = words.find(deed[0] if apart else deed, at + 1)
    return False
_WHOLE_SYNONYMS = {"GDP": ("地区生产总值", "生产总值"), "地区生产总值": ("GDP",), "生产总值": ("GDP",)}
# Kinds of case a court or procuratorate counts apart: a rate named for one is over its count.
_CASE_KIND = lazy(r"审判|执行|刑事|民事|行政|商事|一审|二审|再审|涉企|未成年")
# Words naming the whole the text counts, not one outside it (占全市的15%).
# (the 总 of 生产总值, 零售总额, 用水总量 is the name's; 总量, 总数 alone are the total)
_TOTAL_WORDS = lazy(r"全部|(?<![\u4e00-\u9fff])总|总(?![值额量产])|所有|整体|合计|全年")
_OWN_SCOPE = lazy(r"全县|全市|全区|全州|全旗|全镇|全乡|本县|本市|本区")
# A count followed by its own share (…32.25亿元，占零售总额的84.8%): one of the parts of a whole.
_OWN_SHARE = lazy(r"\s*[，,]?\s*(?:约|仅)?占")
# A clause whose subject is what is left undone (未结案件仅占1%, 尚未整改的问题只占), before 占: no count
# before it is its part.
_REST_SUBJECT = lazy(r"\s*(?:尚未|未)[\u4e00-\u9fff]{1,10}?(?:仅|约|只|共)?")
# Words that make a percentage anything but a share of the counts beside it.
_NOT_A_SHARE = re.compile(
    r"同比|环比|较上年|较去年|比上年|比去年|较上一年|较20\d\d|比20\d\d|较同期|与上年|上年同期|增长|增幅|增速|增加|"
    r"下降|降幅|降低|减少|减幅|提高|提升|上升|回落|压缩|压减|缩短|缩减|精简|年均|平均|"
    r"不低于|不少于|不高于|考核|指标|标准|任务是|控制在|保持在|稳定在|以内|期间"
)
# Rates over a population a report does not count (the labour force of 失业率, the mean
# population of 出生率): no count beside them is their part or whole (城镇新增就业2350人，
# 失业人员再就业410人，城镇登记失业率2.1%).
_POPULATION_RATE = lazy(r"失业率|出生率|死亡率|自然增长率")
_CHANGE_ONLY = re.compile(r"同比|环比|较上年|较去年|比上年|比去年|增长|下降|增幅|降幅")
_TARGET = re.compile(r"力争|目标|预期|预计|计划|确保|争取|到20\d\d年|至20\d\d年|将|要")
# A count whose words name the whole (共, 受理, 全年 …): the base a share is read against first.
_WHOLE = re.compile(r"共|合计|总计|累计|全年|全部|全区|全市|全县|全局|全省|受理|收到|接收|新收|办理|应|中|总")
# (延期至次年开庭, 中止审理: a case put off is not heard or decided in the period counted)
_EXCLUDED = re.compile(r"未|除|不予|撤诉|尚未|正在|在办|办理中|审理中|延期|推迟|中止")
_NEGATED = re.compile(r"未|不|没有|尚未")
_LEFT_OPEN = re.compile(r"到期|正在|在办|办理中|审理中|结转|未到|尚未")
# 全部按期办结, 均已答复, 全数审结: every case of the count before did what the rate counts.
_ALL = re.compile(r"全部|全数|悉数|均|一律")
_ALL_SPOILED = re.compile(r"除|其余|其他|以外|之外|部分|大部|基本|未|不|没有")
# Rate names joined before one value (参考率、合格率均为100%): each is a rate of its own.
_JOINERS = "、和及与"
# Words a count may use for what a rate's name says otherwise (持证率 over 取得执法证件55人).
# Decisions that correct the act under review (纠错): set aside, changed, found unlawful or
# void, ordered to act; not upheld, dismissed, ended, settled, withdrawn.
_CORRECTED = re.compile(r"撤销|变更|确认违法|确认无效|责令履行|责令.{0,4}履行|纠正")
_NOT_CORRECTED = lazy(r"维持|驳回|终止|调解|和解|撤回|含|其中|以外|之外")
# Cases that leave the base of a rate over decisions: withdrawn, ended, settled.
_WITHDRAWN = lazy(r"撤诉|撤回|终止|和解|调解结案")
_OVER_DECIDED = ("胜诉", "败诉", "纠错")
# The name of a part a share in words follows (持证人员超过七成): a short noun phrase.
_PART_NAMED = lazy(r"[\u4e00-\u9fff]{1,6}(?:人员|人数|案件|企业|单位|事项|问题)(?:数)?(?:占比|比例)?")
# 其中…, 受理的案件中，…: a sentence that opens with the parts of the whole before it
_OPENS_WITH_PARTS = re.compile(r"\s*(?:其中|[^，。；：\d]{1,10}?(?:案件|事项|申请|文件|人员|收入|支出)中(?=，))")
# 结收比 (结收案比, 收结比): the cases settled over the cases filed.
_SETTLED_TO_FILED = lazy(r"(?P<name>(?:结收|收结)案?比)(?:为|是|达|达到|约为)?\s*$")
# What a court counts as filed for it: the new cases (新收, 收案), or the cases accepted less the
# old ones they hold (受理4939件（含旧存256件）); 受理 alone may hold old cases the text does not give.
_FILED_NEW = lazy(r"新收|收案|新受理|新立")
# 不捕率, 不起诉率: the persons not arrested (not charged) over the persons reviewed for arrest
# (for charging), the 审查逮捕 (审查起诉) count; the 不捕率 also over the persons decided on,
# those arrested and those not (不捕 ÷ (捕 + 不捕), as procuratorates count it). The arrests or
# charges alone are never the base.
_DECLINED = lazy(r"不(?:批准|予)?(?:捕|批捕|逮捕|起诉|诉)")
# Who was arrested (逮捕, 批捕): with those not arrested, the persons a review for arrest decided
# on.  The same holds for charging (起诉 + 不起诉, as procuratorates count the 不起诉率), except
# where the 不起诉 written is one kind of them (对轻微犯罪依法不起诉480人, 附条件不起诉): then
# 起诉 + 不起诉 is no base of the 不起诉率.
_ARRESTED = lazy(r"捕")
# Who was charged, and a 不起诉 of one kind only (相对不起诉, 对轻微犯罪依法不起诉, 附条件不起诉), which
# with the charged is no count of the review's ends.
_CHARGED = lazy(r"起诉|公诉")
_KIND_DECLINED = lazy(r"相对|附条件|存疑|法定|绝对|酌定|轻微|对[\u4e00-\u9fff]{2,}")


# 参考率和通过率实现“双百”: two rates both at 100%, said in a word.
_BOTH_FULL = lazy(r"率(?P<verb>(?:均|都)?(?:实现|达到|达|为|均为|保持)?)[“\"「]?(?P<value>双百)[”\"」]?")
# A rate's name joined to the next one (实名登记率和服务率均为100%).
_JOINED_NAME = lazy(r"(?P<rate>率)[、和及与]")


def _names_charged(words: str) -> bool:
    """Do a count's words say those charged (起诉, 公诉), not those declined or reviewed?"""
    return bool(_CHARGED.search(words)) and not _DECLINED.search(words) and not _REVIEWED.search(words)


_SELF_DECIDED = lazy(r"决定逮捕")
# 起诉率（按人数）: the measure a rate is taken in, bracketed right after its name.
_BY_MEASURE_AFTER = lazy(r"\s*[（(]按(?:照)?(?P<what>[\u4e00-\u9fff]{1,4}?)(?:数|数量)?(?:计(?:算)?)?[）)]")
# Words after a count that open its kinds (其中法定不起诉0人, （含…9人）).
_KINDS_OPEN = lazy(r"其中|[（(](?:包)?含")
_REVIEWED = lazy(r"审查逮捕|审查起诉|提请(?:批准)?逮捕|移送(?:审查)?起诉")
# 人口出生率, 死亡率 in ‰: the births (deaths) counted before it over the population.
_VITAL_RATE = lazy(r"(?:人口)?(?P<what>出生|死亡)率(?:为|是|达|约为)?\s*$")
# (年末全国人口141175万人，…其中城镇常住人口92071万人: the town dwellers are no population of births)
# The births and deaths a natural growth rate is computed from (全年出生2910人，死亡3560人).
_VITAL_EVENT = lazy(r"出生|死亡")
_NATURAL_GROWTH = lazy(r"(?:人口)?自然增长率(?:为|是|达)?[-－−负]?\s*$")
_POPULATION_NAMED = lazy(r"(?:(?<!城镇)(?<!乡村)(?<!农村)(?:常住|户籍|总)|全[国省市州县区镇乡])人口(?:数)?"
                         r"(?:为|是|达|共|有)?\s*$")
_POPULATION_BACK = 400  # characters before the rate's sentence where the population may be stated
_UP_DOWN = lazy(r"[，,]?(?:比|较)上年末?(?:净)?(?:增加|增长|减少|下降)了?")
_MEAN_SLACK = 0.03  # the mean population against the year-end one, where the change is not given
_RESIDENT_SLACK = 0.06  # the resident population against the registered (户籍) one the text gives
# 以调解、和解等方式结案: the manners a count names, listed before 等方式.
_MANNERS = lazy(r"(?:以|通过|经)[\u4e00-\u9fff、]{2,16}等?(?:方式|形式|途径)")
# The words of a planned figure (年度任务80万平方米, 省下达目标任务3000人, 计划投资5亿元).
_PLAN_FIGURE = lazy(r"任务|计划|目标|下达")
# 性别比为104.13（以女性为100）: the males per 100 females; the words before it may name a group.
_SEX_RATIO = lazy(r"(?P<lead>[^，；：。\d]{0,12}?)(?P<name>性别比)(?:（[^（）]{0,12}）)?(?:为|是|达|约为)?")
_MALE = lazy(r"男(?:性|生|孩|婴|子|童)?(?:人口|人数)?(?:为|有|共|达)?$")
_FEMALE = lazy(r"女(?:性|生|孩|婴|子|童)?(?:人口|人数)?(?:为|有|共|达)?$")
# Words before 性别比 that name no group: the population as a whole, its time and place.
_NOT_A_GROUP = lazy(r"男女|总人口|常住人口|户籍人口|人口|总|年末|全[国省市州县区镇乡]|本[省市县区]|其中|的|\s")
_GROUP_NAMED = lazy(r"孩|婴")
# 亏损面: the firms that lost money over the firms of their group (规模以上工业企业).
_LOSS_SHARE = lazy(r"(?:企业)?亏损面(?:为|是|达|达到)?\s*$")
_FIRMS = ("家", "户", "个")
_FIRM_WORDS = lazy(r"企业|工业|公司")
_ABOVE_SCALE = lazy(r"规模以上|规上|限额以上|限上")
_FIRMS_BACK = 800  # characters before the loss-making firms where the group's count may be stated
# A rate of cases decided, which clear old cases as well as new ones (综合结案率, 审结率).
_CLEARED = ("结案", "审结", "执结")
_CARRIED_WORD = lazy(r"旧存|结转|上年未结|存案")
# 321 146件（不含上年旧存28 802件: the old cases set apart from the new (不含), or held in them (含).
_CARRIED_ASIDE = lazy(r"\s*[（(](?P<apart>不)?(?:包)?含[^）)\d，。；]{0,10}")
_DECIDED_WORD = lazy(r"审结|结案|执结|办结|审执结")
_CARRIED_OVER = lazy(r"旧存|结转|上年")
_CARRIED_INSIDE = lazy(r"\s*[（(](?:含|其中)?[：:]?(?:旧存|上年结转|结转)(?:案件)?(\d+)")
# 服判息诉率: the cases decided that no appeal followed, over the cases decided.
_APPEALED = lazy(r"上诉|申诉|申请再审")
_DECIDED = lazy(r"审结|结案|办结")
# A rate of what was cut (精简率, 削减比例) after the count cut and the count it was cut from.
_CUT_RATE = lazy(r"(?:精简|削减|压减|取消|减少)(?:率|比例|比率)(?:为|是|达|达到|约为)?\s*$")
_KEPT = lazy(r"保留|剩余|余下|现有")
_FROM_TO = lazy(r"(?:由|从)[^；。]{0,16}?\d[^；。]{0,20}?(?:至|到)")
# The count cut, named by the cutting verb right before it (取消310项, 精简审批事项46项; not
# 减少到475项, nor 取消和下放后保留834项).
_CUT_COUNT = lazy(r"(?:取消|削减|压减|精简|减少|下放|合并)(?:和下放|了)?[^\d，；。后留到至为]{0,8}$")
# 常住人口城镇化率, 户籍人口城镇化率: a rate of one count of the population, not the other.
_RESIDENCY = lazy(r"常住|户籍")
_RESIDENCY_LEAD = lazy(r"(?:常住|户籍)(?:人口)?(?=城镇化)")
# Other words a count may use for what a rate counts by its last word (执行清偿率 over 到位总标的额).
# (采纳率 of 再审检察建议: the retrials the court ordered on them, 法院裁定再审50件)
# (执行率 of a budget: the amount used or spent of the amount approved, 批复指标71.48亿元，已用指标62.09亿元)
_SAME_DEED = {"清偿": ("到位",), "到位": ("清偿",), "采纳": ("采用", "裁定再审", "改判"),
              "执行": ("已用", "已支出", "实际支出", "使用"), "批捕": ("批准逮捕", "批准和决定逮捕")}
_SYNONYMS = {"持证": ("执法证", "证件", "执法资格", "领证", "取证", "亮证"),
             "精简": ("取消", "削减", "压减", "减少", "下放", "合并"),
             "结案": ("审结", "办结", "裁决", "调结", "执结"),
             "网办": ("网上办理", "网上办", "在线办理"),
             "参与": ("参加",), "参考": ("参加考试", "实考", "实际参考", "到考", "实际参加考试"), "参训": ("参加培训",), "参学": ("参加学习",),
             # 调撤率: the cases ended by mediation or withdrawal (调解撤诉11起, 以调解、撤诉方式结案)
             "调撤": ("调解撤诉", "调解、撤诉", "调解和撤诉", "调解或撤诉", "调解及撤诉")}


class _Subset(NamedTuple):
    """A rate over a part of what the text counts (出庭应诉率 over the cases heard)."""

    stem: str
    base: Tuple[str, ...]  # words naming that part
    name_zh: str
    name_en: str
    open_base: bool  # without the part stated, any base between the part and the total may be meant
    # When set, the base is open only where the sentence says some cases went otherwise
    # (出庭应诉率 is over the cases defended, 出庭 ÷ 应诉, unless it speaks of hearings).
    open_when: str = ""
    last_word: bool = False  # the rate's name ends in the stem (复议调解率, not 调解成功率)


_SUBSETS = (
    _Subset("出庭", ("开庭", "应出庭", "需出庭"), "开庭审理的案件", "the cases heard in court", True,
            r"开庭|庭审|审理|书面|撤诉|裁定|不需|无需|法院"),  # (a court counts it over the cases heard)
    _Subset("纠错", ("审结", "办结", "结案", "终结"), "审结的案件", "the cases decided", True),
    _Subset("败诉", ("审结", "结案", "判决", "裁判", "审理终结"), "审结的案件", "the cases decided", True),
    _Subset("胜诉", ("审结", "结案", "判决", "裁判", "审理终结"), "审结的案件", "the cases decided", True),
    # 调解率 of 行政复议 is over the cases decided; of disputes (人民调解) over the disputes received
    _Subset("调解", ("审结", "办结", "结案", "终结"), "审结的案件", "the cases decided", True, r"复议|诉讼", last_word=True),
    # 调撤率: the cases ended by mediation or withdrawal over the cases decided, where the text names
    # them (审结12起); else over the total it gives, as reports that state no 审结 count it
    _Subset("调撤", ("审结", "办结", "结案", "终结"), "审结的案件", "the cases decided", False),
    _Subset("办结", ("应办结", "应结", "到期"), "应办结的件数", "the cases due", False),
    _Subset("结案", ("应结案", "应结", "到期"), "应结案的件数", "the cases due", False),
    _Subset("办复", ("应办复", "到期"), "应办复的件数", "the cases due", False),
)


_SCOPE_BACK = 300  # characters back in the paragraph where the kind of case a subset rate needs may be named
_AROUND = 160  # characters before a rate whose words say how its figures are meant
_HOLDS = object()  # a reading of the figures gives the stated rate
_WINDOW = 12  # quantities before a rate that it may be computed from


class Rate(NamedTuple):
    q: Quantity
    name_start: int
    stem: str  # what the rate counts (出庭应诉, 办结); "" for a share of the count before it (占比)
    whole: str = ""  # the whole a share names (全部事故 in 占全部事故的)
    called: str = ""  # its name, when the text names several rates before one value


# Degree words before an answer (非常满意, 比较满意, 基本满意): levels of one answer that a rate
# of that answer counts together.
_DEGREES = r"(?:非常|十分|很|比较|较为|基本)"


# The grades of an assessment above its pass mark (优秀, 良好, 称职): a pass rate (合格率) counts them with 合格.
_PASSED = ("合格", "及格")
_ABOVE_PASS = lazy(r"(?<![不非])(?:优秀|良好|称职|优良)")


def _degrees(rate: Rate, x: Quantity, counts: Sequence[Quantity], labels) -> List[Quantity]:
    """The counts of the other degrees of the answer a rate counts (非常满意246份 beside 满意58份
    for 满意率): the rate's part is all of them together."""
    answer = re.escape(rate.stem[-2:])
    if rate.stem[-2:] in _PASSED:
        # (46个单位中，优秀等次12个、合格等次34个，合格率100%: a grade above the pass mark passed too)
        return [c for c in counts if c is not x and (re.search(_DEGREES + answer, labels.get(c, ""))
                                                     or _ABOVE_PASS.search(labels.get(c, "")))]
    return [c for c in counts if c is not x and re.search(_DEGREES + answer, labels.get(c, ""))]


def _is_rate(q: Quantity) -> bool:
    """A percentage a share claim may state: never a signed one (a part is never below nothing)."""
    return (q.kind == "percent" or q.kind == "fraction") and not q.in_range and q.unit in ("%", "成") and q.value >= 0


def _read_rate(folded: str, q: Quantity, floor: int) -> Optional[Rate]:
    """The rate's name and what it counts, or None when the words do not make it a share."""
    start = begin(q)
    chunk_start = back_to(folded, start, floor, "，；：。！？（）、")
    if chunk_start > floor and folded[chunk_start - 1] == "）" and _VERB_ONLY.fullmatch(folded, chunk_start, start):
        # 占总人口比重（常住人口城镇化率）为57.35%: a gloss between the rate's name and its value
        opened = folded.rfind("（", max(floor, chunk_start - _GLOSS), chunk_start - 1)
        if opened > floor and folded.find("）", opened, chunk_start - 1) < 0:
            chunk_start = back_to(folded, opened, floor, "，；：。！？（）、")
    prefix = folded[chunk_start:start]
    cut = _CUT_RATE.search(prefix)
    if cut is not None and not _FROM_TO.search(folded, back_to(folded, chunk_start, floor, "；。！？", 80), chunk_start):
        # 原有审批事项820项，取消310项，精简率37.8%: the share of the items the count before it cut
        # (由820项精简至510项 is a change: changes.py reads it)
        return Rate(q, chunk_start + cut.start(), "精简")
    settled = _SETTLED_TO_FILED.search(prefix)
    if settled is not None:
        # 收案152件，结案140件，结收比92.1%: the cases settled over the cases filed (above 100% when
        # old cases are cleared)
        return Rate(q, chunk_start + settled.start(), "结案", "", settled.group("name"))
    # (第三产业增加值占地区生产总值的比重: 增加值 is value added, no change)
    if _NOT_A_SHARE.search(prefix.replace("增加值", "")) or _POPULATION_RATE.search(prefix):
        return None
    rate = _name_of(folded, q, prefix, chunk_start, floor)
    if rate is None:
        return None
    lead = folded[back_to(folded, start, floor, "，；。！？"):rate.name_start]
    if rate.stem.endswith("完成"):
        lead = _PLAN_NAMED.sub("", lead)  # (目标任务完成率: the rate of a target's completion, no target)
    if _TARGET.search(lead):
        return None  # a target (力争…达到95%), whatever its name
    return rate


def _name_of(folded: str, q: Quantity, prefix: str, chunk_start: int, floor: int) -> Optional[Rate]:
    start = begin(q)
    if chunk_start > floor and folded[chunk_start - 1] in "，（" and (q.unit == "成" or q.kind == "fraction") \
            and (not prefix.strip() or _PART_NAMED.fullmatch(prefix)):
        # "…有426件，超过三成", "其中32人持有执法证，持证人员超过七成": a share in words right
        # after the part it measures, alone or under the part's name
        return Rate(q, chunk_start if prefix.strip() else start, "")
    if _VERB_ONLY.fullmatch(prefix) and chunk_start > floor and folded[chunk_start - 1] == "，":
        # 占受理案件数比例最高，达92.71%: the share named in the clause before, then its rank
        lead = back_to(folded, chunk_start - 1, floor, "，；：。！？（）、")
        top = _SHARE_TOP.fullmatch(folded, lead, chunk_start - 1)
        if top is not None:
            return Rate(q, top.start("share"), "", top.group("whole") or "", top.group("share"))
    m = _RATE_NAME.search(prefix) or _RATE_OF_NAMED.search(prefix)
    if m:
        name_end = chunk_start + m.start()
        if folded.startswith("占比", name_end):
            if _REST_SUBJECT.fullmatch(prefix, 0, m.start()):
                return None  # 审结1218件，未结案件占比3.3%: what is left undone, as with 未结案件仅占
            return Rate(q, name_end, "")
        stem_start = name_end
        cut = 0
        while stem_start > chunk_start and name_end - stem_start - cut < 4:
            if folded[stem_start - 1] == "\n" and not cut and stem_start - 1 > chunk_start and name_end - stem_start < 2 \
                    and "\u4e00" <= folded[stem_start - 2] <= "\u9fff":
                stem_start, cut = stem_start - 1, 1  # (审结1150件，结\n案率97.8%: a name cut by a line break)
                continue
            if not "\u4e00" <= folded[stem_start - 1] <= "\u9fff":
                break
            if folded[stem_start - 1] in _JOINERS and folded[stem_start - 2:stem_start - 1] == "率":
                break  # 实名登记率和服务率: the rate joined before is not part of this one's name (_joined)
            stem_start -= 1
        if cut and folded[stem_start] == "\n":
            stem_start += 1
        by = _BY_MEASURE.search(folded, chunk_start, name_end)
        if by is not None and by.end() > stem_start:
            stem_start = by.end()  # 按人数计批捕率: the rate's name starts after the measure it is taken by
        stem = folded[stem_start:name_end].replace("\n", "")
        if stem.endswith("占") or stem.endswith("占的"):
            return Rate(q, stem_start + stem.rfind("占"), "")  # 所占比例为, 占的比重: a share of the count before
        if folded.startswith(("满意度", "知晓度"), name_end):
            stem = stem + folded[name_end:name_end + 2]
        if stem.endswith("城镇化"):
            # 常住人口城镇化率: the town dwellers (城镇人口) over the population it names
            lead = _RESIDENCY_LEAD.search(folded, chunk_start, name_end)
            return Rate(q, lead.start() if lead else name_end - 3, "城镇")
        if len(stem) > 2 and stem.startswith("案件"):
            stem = stem[2:]  # 刑事案件结案率: what it counts is the 结案 (the kind before it, 刑事, sets its base)
        if len(stem) >= 2 and not stem.endswith("的"):
            return Rate(q, stem_start, stem)
        if not stem and folded.startswith("比例", name_end) and chunk_start > floor and folded[chunk_start - 1] == "，" \
                and _PART_OF_WHOLE.search(folded, back_to(folded, chunk_start - 1, floor), chunk_start - 1):
            return Rate(q, name_end, "")  # 将原有318项事项中的240项改为后置审批，比例达75%: the part's share
        if not (stem.endswith("的") and "占" in prefix):
            return None
        # 占审结案件的比例不足三成: a share of the whole named between 占 and 的
    m = _SHARE_OF.search(prefix)
    if m is None:
        m = _DONE_OF.search(prefix)
        plan = m and m.group("plan")
        whole = m and (plan or m.group("whole"))
        if m and not _HAS_DIGIT.search(whole) and not _NAMED_PLAN.search(whole) and not _BUDGET_KIND.fullmatch(whole):
            # 完成年初预算的95%: a budget named without its figure may be another's (收入 or 支出); 为
            # takes a budget only with its figure (为年初预算数70400万元的), a plan also without
            # (为计划任务的135%: the plan the text stated before, _plan_stated_before; 完成调整预算的:
            # the budget of that kind stated before for the same side, _budget_stated_before)
            m = None
    if m and m.group(0).strip():
        if _REST_SUBJECT.fullmatch(prefix, 0, m.start()):
            return None  # 办结1243件，未结案件仅占1%: what is left undone, counted by no figure, is its own part
        whole = m.groupdict().get("plan") or m.group("whole") or ""
        if _DEMONSTRATIVE.fullmatch(whole):
            whole = ""  # 占该类案件的四分之一: the whole named before, as a bare 占 takes it
        return Rate(q, chunk_start + m.start(), "", whole)
    bound = _BOUND_OF.search(prefix)
    if bound is not None and q.before is None and (q.kind == "fraction" or q.unit in ("成", "%")):
        # 网上立案705.8万件，超过同期新收案件的一半: a share of the count before it, its bound said
        # before the whole it names
        at = chunk_start + bound.start()
        mark = Mark(bound.group("bound"), at, at + len(bound.group("bound")))
        return Rate(q._replace(before=mark), at, "", bound.group("whole"))
    return None


def _joined(folded: str, rate: Rate, floor: int) -> Iterator[Rate]:
    """The rates named before ``rate`` and joined to it (参考率、合格率均为100%)."""
    pos = rate.name_start
    for _ in range(6):
        if pos - 2 < floor or folded[pos - 1] not in _JOINERS or folded[pos - 2] != "率":
            return
        name_end = pos - 2
        start = name_end
        while start > floor and name_end - start < 4 and "\u4e00" <= folded[start - 1] <= "\u9fff":
            start -= 1
        stem = folded[start:name_end]
        if len(stem) < 2 or _NOT_A_SHARE.search(stem):
            return
        yield Rate(rate.q, start, stem, "", folded[start:name_end + 1])
        pos = start


def _subset_of(stem: str) -> Optional[_Subset]:
    for subset in _SUBSETS:
        if subset.stem in stem and (not subset.last_word or stem.endswith(subset.stem)):
            return subset
    return None


def _counts_what(text: str, stem: str, subset: Optional[_Subset]) -> bool:
    """Does a count's label name what the rate counts?  The last word of the stem decides
    (完成 of 整改完成率: 责令整改386户 is the whole, not what was completed), or the
    word the rate is known by (出庭 of 出庭应诉率)."""
    if len(stem) <= 2 or stem.endswith(("满意", "满意度")):
        return mentions(text, stem) or any(w in text for w in _SYNONYMS.get(stem, ()) + _SAME_DEED.get(stem, ()))
    if subset is not None and not stem.endswith(subset.stem):
        # 出庭应诉率: what it counts is the 出庭; a count of 应诉 alone (应诉案件18件) is its base
        return subset.stem in text
    if stem[-2:] in text or (subset is not None and subset.stem in text) \
            or any(w in text for w in _SAME_DEED.get(stem[-2:], ())):
        return True
    # 持证上岗率 over 1134名执法人员取得执法证件: the first word in other words, where it names
    # what is counted (not the whole, as 整改 of 整改完成率 does)
    return not stem.endswith(_DONE) and any(w in text for w in _SYNONYMS.get(stem[:2], ()))


# The last word of a rate that counts how many of a whole got done: its first word names
# the whole (整改完成率: 责令整改386户 is what was to be done, not what was).
_DONE = ("完成", "办结", "审结", "结案", "落实", "到位", "销号", "覆盖", "办复", "答复", "合格", "通过", "达标", "及格")
# Words of what came in: the whole a rate of what got done is over.
_INTAKE = lazy(r"受理|收案|新收|收到|接收|立案|登记|旧存")


def _eligible_for(words: str, stem: str) -> bool:
    """Do a count's words say it meets the requirement of what the rate counts (达到交易要求
    of 交易率), not that it did it (达到排放标准 of 达标率 counts the firms that did)?"""
    return any(stem[-2:] in m.group("what") for m in _ELIGIBLE.finditer(words))


def _counts_first_word(before: str, stem: str) -> bool:
    """What a longer rate name counts by its first word, written right before the count,
    when no count is named by its last (持证上岗率 over 持证11人; not 调解成功率 over
    调解组织7个)."""
    if stem.endswith(_DONE):
        return False
    head = stem[:2]
    before = before.rstrip("的了 ")
    return before.endswith(head) or before.endswith(_SYNONYMS.get(head, ()))


def _names_base(text: str, subset: _Subset) -> bool:
    """Does a count's label name the rate's base, and what the rate counts only inside
    that name (应办结230件, 开庭10起; not 到期办结216件)?"""
    if not any(w in text for w in subset.base):
        return False
    for word in subset.base:
        text = text.replace(word, "")
    # (以调解、撤诉方式结案236件: 结案 of the manner, what 调撤率 counts)
    return subset.stem not in text and not any(w in text for w in _SYNONYMS.get(subset.stem, ()))


class _Reading(NamedTuple):
    value: float
    formula: str
    used: Tuple[Quantity, ...]


def _share_follows(folded: str, q: Quantity, sentence: NumberSentence) -> bool:
    """Is the next figure after ``q`` in its clause run a share of it (…个省级政府…，占比50%)?"""
    later = [c for c in sentence.items if c.start > q.end and (_is_rate(c) or plain_count(c))][:1]
    if not later or not _is_rate(later[0]) or any(c in folded[q.end:later[0].start] for c in "；。"):
        return False
    return bool(re.search(r"占(?:比|到|了)?(?:为|达)?\s*$", folded[q.end:begin(later[0])]))


def _has_rate_after(folded: str, q: Quantity, items: Sequence[Quantity]) -> bool:
    """Is ``q`` a part with its own share right after it ("178件，占54.8%")?"""
    for i, c in enumerate(items):
        if c is q:
            j = i + 1
            # (税收收入373219.7万元，同比增长13.6%，占总收入的82.4%: its change first, then its share)
            while j + 1 < len(items) and _is_rate(items[j]) and _NOT_A_SHARE.search(folded[items[j - 1].end:items[j].start]) \
                    and "占" not in folded[items[j - 1].end:items[j].start] \
                    and "占" in folded[items[j].end:items[j + 1].start] \
                    and not any(ch in folded[items[j - 1].end:items[j + 1].start] for ch in "；。"):
                j += 1
            if j > i + 1:
                return _is_rate(items[j])
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt is None or not _is_rate(nxt):
                return False
            if nxt.start - q.end > 8 and not _SHARE_RIGHT_AFTER.fullmatch(folded, q.unit_end, begin(nxt)):
                return False  # (…271 997件，占全省法院收案总数的84.7%: a part with its share)
            return not _NOT_A_SHARE.search(folded[q.end:nxt.start])  # not 18.62亿元，比上年增长8.6%
    return False


class ShareReader(SentenceReader):
    """The share claims of one paragraph's number sentences, checked."""

    def __init__(self, folded: str, text: str, between=None):
        super().__init__(folded, text)
        self.between = between  # QuantityModel.between: the figures of a stretch of text

    def check(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        items = sentence.items
        last, self._last = getattr(self, "_last", None), sentence
        if previous is None and last is not None and self._opens_with_parts(last, sentence):
            previous = last  # …120亿元。\n其中税收收入95.5亿元，占…的85%: the whole is the line before's
        if previous is not None and "\n" not in self.folded[previous.end:sentence.start]:
            yield from self._rates_before(previous, sentence)
        elif previous is None and last is not None and self._heading_above(last, sentence):
            # （二）行政复议纠错率达12.5%\n全年审结…160件，其中…纠错18件: a heading that states the rate
            # the paragraph under it gives the counts of
            yield from self._rates_before(last, sentence)
        segment = sentence.start
        reported = set()
        for index, r in enumerate(items):
            per_mille = self.folded.startswith("‰", r.unit_start)
            # (the natural growth rate is the one rate of a report that may be below nothing)
            natural = per_mille and not r.in_range and _NATURAL_GROWTH.search(
                self.folded, max(sentence.start, begin(r) - 10), begin(r)) is not None
            if not (natural or _is_rate(r)):
                continue
            # The figures a rate can rest on stand right before it: a bounded look keeps
            # a sentence of a thousand rates linear.
            window = items[max(0, index - _WINDOW):index + 1]
            try:
                if natural:
                    found = self._natural_growth(sentence, r, items[:index], reported)
                elif per_mille:
                    found = self._per_mille(sentence, r, window)
                elif _LOSS_SHARE.search(self.folded, max(sentence.start, begin(r) - 8), begin(r)):
                    found = self._loss_share(sentence, r, window)
                else:
                    found = self._check_rate(sentence, previous, r, segment, window)
            except ZeroDivisionError:
                # A whole of nothing (受理0件，办结0件，办结率100%; 由0件增加到5件) gives no rate to
                # hold the claim to: every reading below divides by some whole, and none is checked.
                found = None
            # a change (其中涉企案件80件，同比下降5%，占比45%) does not end the counts a share rests on,
            # nor does a rate another rate follows without a count between (受理657件，调解成功638件，
            # 调解率98.8%，成功率97.1%: both over the counts before the first)
            prefix = self.folded[back_to(self.folded, begin(r), sentence.start, "，；：。（）、"):begin(r)]
            if not prefix.strip() and self.folded[begin(r) - 1:begin(r)] == "、":
                # (受理420件、审结300件，同比分别增长12.1%、9.5%，审结数占…: the later changes of a
                # list after 分别 are changes too)
                clause = self.folded[back_to(self.folded, begin(r), sentence.start, "，；：。（）"):begin(r)]
                if "分别" in clause and _CHANGE_ONLY.search(clause):
                    prefix = clause
            following = items[index + 1] if index + 1 < len(items) else None
            between = self.folded[r.end:following.start] if following is not None else ""
            # (a 占比 after it names a part of its own, 诉讼案件占比76%: it does not share the counts)
            # (nor does a share of one whole another share of the same count follows: 税务部门完成
            # 13,866万元，占调整预算100.93%，占一般公共预算收入的48.51%)
            if not _CHANGE_ONLY.search(prefix) and not (following is not None and _is_rate(following)
                                                         and between.count("，") <= 1 and "占" not in between
                                                         and not any(c in between for c in "；。")) \
                    and not (following is not None and _is_rate(following) and "占" in prefix
                             and _SECOND_SHARE.fullmatch(between)):
                segment = r.end
            if found is not None:
                reported.add(r.start)
                yield found
        for found in self._siblings(sentence):
            if found.end not in {q.end for q in items if q.start in reported}:
                yield found
        if "性别比" in self.folded[sentence.start:sentence.end]:
            yield from self._sex_ratios(sentence, previous)
        if "双百" in self.folded[sentence.start:sentence.end]:
            for found in self._both_full(sentence, previous):
                if found.start not in reported:
                    yield found
        late, self._late = getattr(self, "_late", []), []
        yield from late

    def _both_full(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        """"应考28人、实考26人，参考率和通过率实现“双百”": two rates joined, both said to be 100% in
        a word; each held, as 参考率、通过率均为100% is, to the counts its own name names."""
        folded = self.folded
        for m in _BOTH_FULL.finditer(folded, sentence.start, sentence.end):
            name_end = m.start("verb")
            q = Quantity(m.start("value"), m.end("value"), m.end("value"), m.end("value"), m.end(), 100.0,
                         m.group("value"), "%", "percent", 0, True, 1.0)
            stem_start = name_end - 1
            while stem_start > sentence.start and name_end - 1 - stem_start < 4 \
                    and "\u4e00" <= folded[stem_start - 1] <= "\u9fff" and folded[stem_start - 1] not in _JOINERS:
                stem_start -= 1
            rate = Rate(q, stem_start, folded[stem_start:name_end - 1])
            joined = list(_joined(folded, rate, sentence.start))
            if len(rate.stem) < 2 or len(joined) != 1:
                continue
            items = sentence.items
            window = [c for c in items if c.end <= joined[0].name_start][-_WINDOW:]
            for each in (*joined, rate):
                found = self._check_named(sentence, previous, each, sentence.start, window, (), None, True)
                if found is not None:
                    yield found
                    break

    def _siblings(self, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"市公安局30件，占比35.3%，市场监管局23件，占比27%，南市街道7件，占比8.2%": the parts of one
        list, each with its share, are shares of one whole, whether the text states it or not.
        Each part over its share gives that whole; of three or more, the one whose whole the
        others' do not share is wrong (two that make 100% together are of their sum)."""
        folded = self.folded
        run: List[Tuple[Quantity, Quantity]] = []
        runs = [run]
        whole = None
        items = sentence.items
        for index, r in enumerate(items):
            if index == 0 or not _is_rate(r) or not readable_rate(r):
                continue
            x = items[index - 1]
            share = _SHARE_RIGHT_AFTER.fullmatch(folded, x.unit_end, begin(r))
            if index >= 2 and _is_rate(x) and plain_count(items[index - 2]) \
                    and _CHANGE_THEN.fullmatch(folded, items[index - 2].unit_end, begin(x)):
                # 税收收入373219.7万元，同比增长13.6%，占总收入的82.4%: its change, then its share
                share = _SHARE_RIGHT_AFTER.fullmatch(folded, x.end, begin(r))
                x = items[index - 2]
            elif index >= 2 and _is_rate(x) and plain_count(items[index - 2]) \
                    and _CHANGE_ASIDE.fullmatch(folded, items[index - 2].unit_end, begin(x)) \
                    and folded[x.end:x.end + 1] == "）":
                # 区县政府收到1680件（同比增长3.1%），占比27.1%: its change in a bracket aside, then its share
                share = _SHARE_RIGHT_AFTER.fullmatch(folded, x.end + 1, begin(r))
                x = items[index - 2]
            if not plain_count(x) or share is None:
                continue
            # (占诉求量的14.23%；…占诉求量的13.29%: one whole named alike for each; 占全市的 and 占全省的 differ)
            if run and (not same_measure(folded, run[-1][0], x) or share.group("whole") != whole
                        or not _SIBLING_GAP.fullmatch(folded, run[-1][1].end, begin(x))):
                run = []
                runs.append(run)
            whole = share.group("whole")
            run.append((x, r))
        for run in runs:
            # (占比31%；…223件，占比不足两成: a share in words or with a bound is held to the whole the
            # exact shares of its list give; it gives none itself)
            exact = [(x, r) for x, r in run if r.unit == "%" and r.kind == "percent" and not r.marks]
            yield from self._odd_sibling(exact, sentence)
            if len(exact) < len(run):
                yield from self._loose_siblings(run, exact)

    def _loose_siblings(self, run, exact) -> Iterator[Mismatch]:
        """The shares of a list written in words or with a bound (占比超过三成, 近两成), held to the
        whole its exact shares agree on: two or more exact shares whose wholes meet, or one whose
        whole the parts of the list make up together."""
        if not exact:
            return
        wholes = []
        for x, r in exact:
            (p_lo, p_hi), (s_lo, s_hi) = _near_interval(x), written_interval(r)
            if r.decimals == 0 and s_lo == s_hi:
                s_lo, s_hi = r.value - 0.5, r.value + 0.5
            if s_lo <= 0:
                return
            wholes.append((p_lo / s_hi * 100, p_hi / s_lo * 100))
        whole = (max(w[0] for w in wholes), min(w[1] for w in wholes))
        if whole[0] > whole[1]:
            return  # (the exact shares give no one whole)
        if len(exact) == 1:
            together = (sum(_near_interval(x)[0] for x, _ in run), sum(_near_interval(x)[1] for x, _ in run))
            if not (together[0] <= whole[1] and whole[0] <= together[1]):
                return  # (one exact share, and the parts are not all of its whole)
        for x, r in run:
            if (x, r) in exact or interval_shows(*_ratio(_near_interval(x), whole), r):
                continue
            value = x.value / ((whole[0] + whole[1]) / 2) * 100
            shown = f"({written(exact[0][0])} ÷ {written(exact[0][1])}%)"
            rate = Rate(r, self.folded.find("占", x.unit_end, begin(r)), "")
            yield self._mismatch(rate, value, f"{written(x)} ÷ {shown}", (x,),
                                 ("同列各项的占比都以同一总数为整体", "the shares of one list are of one whole"))

    def _odd_sibling(self, run: List[Tuple[Quantity, Quantity]], sentence=None) -> Iterator[Mismatch]:
        wholes = []
        for x, r in run:
            # (占比34%: a whole percent is rounded too, 33.5 to 34.5, not 34 exactly)
            (p_lo, p_hi), (s_lo, s_hi) = _near_interval(x), written_interval(r)
            if r.unit == "%" and r.decimals == 0 and r.exact and s_lo == s_hi:
                s_lo, s_hi = r.value - 0.5, r.value + 0.5
            if s_lo <= 0:
                return
            wholes.append((p_lo / s_hi * 100, p_hi / s_lo * 100))
        if len(run) == 2:
            share = sum(r.value for _, r in run)
            total = (sum(_near_interval(x)[0] for x, _ in run), sum(_near_interval(x)[1] for x, _ in run))
            agree = [total[0] <= hi and lo <= total[1] for lo, hi in wholes]
            # 城镇人口93284人，占总人口的34.1%；乡村人口180109人，占总人口的41.1%: two whose shares do not
            # make 100%, yet one is its count over the two together, to the place it shows: they are
            # all of the whole, and the other is wrong (by chance a share of a longer list is not that)
            stated = [w for w in self._wholes_before(sentence, run[0][0], run) if self._agrees(w, run)] \
                if not 99 <= share <= 101 and sentence is not None and self.between is not None else []
            if stated and "\n" in self.folded[stated[0].end:sentence.start]:
                return  # (a whole on the line before: the reading of the share itself judges them)
            if stated:
                # (审结300件。\n其中，维持210件，占70%；撤销30件，占12%: a whole stated before holds one, and
                # the other is held to it, not to the two together)
                whole, shown = _near_interval(stated[0]), written(stated[0])
                agree = [interval_shows(*_ratio(_near_interval(x), whole), r) for x, r in run]
            elif not 99 <= share <= 101 and agree.count(True) != 1:
                return
            else:
                whole, shown = total, "(" + " + ".join(written(x) for x, _ in run) + ")"
        elif len(run) >= 3:
            # the point most of the wholes cover: the whole of the list
            best, points = 0, []
            for lo, _ in wholes:
                covering = sum(1 for a, b in wholes if a <= lo <= b)
                if covering > best:
                    best, points = covering, [lo]
                elif covering == best:
                    points.append(lo)
            if best < len(run) - 1:
                return  # (no one whole most of them share: not one list, or more than one slip)
            at = self._tie_broken(run, wholes, points)
            if at is None:
                return  # (two wholes as many shares give, and no total stated before to tell them apart)
            agree = [a <= at <= b for a, b in wholes]
            inside = [w for w, ok in zip(wholes, agree) if ok]
            whole = (max(w[0] for w in inside), min(w[1] for w in inside))
            if sum(_near_interval(x)[0] for x, _ in run) > whole[1]:
                return  # (受理120件，占比15%，办结115件，占比95.8%，按期114件，占比95%: parts of parts, no one list)
            x, r = next((x, r) for (x, r), ok in zip(run, agree) if ok)
            shown = f"({written(x)} ÷ {written(r)}%)"  # the whole as another part of the list gives it
        else:
            return
        for (x, r), ok in zip(run, agree):
            if ok:
                continue
            value = x.value / ((whole[0] + whole[1]) / 2) * 100
            if interval_shows(*_ratio(_near_interval(x), whole), r):
                continue
            if abs(value - r.value) < 0.5:
                continue  # (信息公开类58件，占比5.4% of 1113: a slip of a fifth of a point, on a whole only inferred)
            rate = Rate(r, self.folded.find("占", x.unit_end, begin(r)), "")
            yield self._mismatch(rate, value, f"{written(x)} ÷ {shown}", (x,),
                                 ("同列各项的占比都以同一总数为整体", "the shares of one list are of one whole"))

    def _named_alike(self, sentence, rate: Rate, x: Quantity):
        """"收案数达1753件，占执行案件总数的37.48%。……社保案件1001件，占执行案件总数的21.40%": shares
        that name one whole, sentences or paragraphs apart, are of one whole.  Where two give
        wholes apart, the total the text stated before them (共受理各类初执案件4677起) tells which
        one is wrong; a wrong earlier share is reported when the later one is read (and no longer
        compared).  A Mismatch of ``rate``, or None."""
        key = _TOTAL_WORDS.sub("", _ANY_WHOLE.sub("", rate.whole))
        if len(key) < 2 or _SCOPE.search(key):
            return None  # (占全市的: a place, and chained shares name it alike: 审结790件，占全市的96.3%；纠错98件，占全市的12.4%)
        if not hasattr(self, "_named"):
            self._named = {}
        seen = self._named.setdefault(rate.whole, [])
        lo, hi = _near_interval(x)
        mine = (lo * 100 / (rate.q.value + 10.0 ** -rate.q.decimals / 2),
                hi * 100 / max(rate.q.value - 10.0 ** -rate.q.decimals / 2, 1e-9))  # the whole it gives
        for earlier, px, whole in seen:
            if px.start < x.start - _STATED_BEFORE or px.end > sentence.start \
                    or (whole[0] <= mine[1] and mine[0] <= whole[1]):
                continue
            for q in reversed(self.between(max(0, px.start - _STATED_BEFORE), begin(px))):
                if not plain_count(q) or q.family != x.family or q.value < max(x.value, px.value):
                    continue
                lo, hi = _near_interval(q)
                fits_mine, fits_earlier = lo <= mine[1] and mine[0] <= hi, lo <= whole[1] and whole[0] <= hi
                if fits_mine == fits_earlier:
                    continue
                wrong, part = (rate, x) if fits_earlier else (earlier, px)
                found = self._mismatch(wrong, part.value / q.value * 100, f"{written(part)} ÷ {written(q)}", (part, q),
                                       ("以同一名称所说的整体是同一个数", "shares naming one whole are of one whole"))
                if wrong is rate:
                    seen.append((rate, x, mine))
                    return found
                self._late = getattr(self, "_late", []) + [found]
                seen.remove((earlier, px, whole))  # (reported once: a third share is held to the others)
                break
        seen.append((rate, x, mine))
        return None

    def _tie_broken(self, run, wholes, points: List[float]) -> Optional[float]:
        """The one of ``points`` (wholes that equally many shares of a list give) that the
        shares agree on; where they agree on two apart (wide rounding, 1.43万多人，占2.19%), the
        one a total stated before the list falls in (全国共有执业律师65.16万多人), or None."""
        groups = {}
        for at in points:
            agree = tuple(a <= at <= b for a, b in wholes)
            inside = [w for w, ok in zip(wholes, agree) if ok]
            groups[agree] = (max(w[0] for w in inside), min(w[1] for w in inside), at)
        if len(groups) == 1:
            return points[0]
        first = run[0][0]
        for q in reversed(self.between(max(0, first.start - _STATED_BEFORE), begin(first))):
            if not plain_count(q) or not same_measure(self.folded, q, first):
                continue
            lo, hi = _near_interval(q)
            fits = [at for low, high, at in groups.values() if lo <= high and hi >= low]
            if len(fits) == 1:
                return fits[0]
        return None

    def _opens_with_parts(self, previous: NumberSentence, sentence: NumberSentence) -> bool:
        """Does ``sentence`` open the next line with the parts of the one sentence before it,
        which ends its line (…80件。\n受理的案件中，…; …120亿元。\n其中…)?"""
        folded = self.folded
        between = folded[previous.end:sentence.start]
        return between.strip() == "" and between.count("\n") == 1 \
            and bool(_OPENS_WITH_PARTS.match(folded, sentence.start, sentence.end)) \
            and folded.rfind("\n", 0, previous.start) == folded.rfind("\n", 0, previous.end)

    def _heading_above(self, last: NumberSentence, sentence: NumberSentence) -> bool:
        """Is ``last`` a heading line of its own right above ``sentence``, which opens its line?"""
        folded = self.folded
        between = folded[last.end:sentence.start]
        if between.strip() or between.count("\n") != 1:
            return False
        top = folded.rfind("\n", 0, last.start) + 1
        end = folded.find("\n", last.end)
        end = len(folded) if end < 0 else end
        line = folded[top:end].strip()
        return bool(line) and len(line) <= _HEADING_WIDTH and line[-1] not in "。；;，,：:" \
            and bool(_HEADING_OPENING.match(line)) and not folded[top:last.start].strip()

    def _rates_before(self, previous: NumberSentence, sentence: NumberSentence) -> Iterator[Mismatch]:
        """"全县行政复议纠错率为21.5%。全年审结…64件，其中…纠错11件。": a sentence of rates
        without a count, then the counts they are computed from.  Only a count the rate's
        name names is its part."""
        if any(plain_count(c) for c in previous.items):
            return
        later = [c for c in sentence.items if plain_count(c) and not is_change(self.folded, c, sentence.start)][:_WINDOW]
        if len(later) < 2:
            return
        for r in previous.items[:_WINDOW]:
            if _is_rate(r):
                found = self._check_rate(previous, None, r, previous.start, (), later, sentence)
                if found is not None:
                    yield found

    def _check_rate(self, sentence, previous, r: Quantity, segment: int, window: Sequence[Quantity],
                    later: Sequence[Quantity] = (), counted: Optional[NumberSentence] = None) -> Optional[Mismatch]:
        if not readable_rate(r):
            return None
        rate = _read_rate(self.folded, r, sentence.start)
        if rate is None:
            return None
        if not later and not any(plain_count(c) for c in window if c.end <= rate.name_start):
            # 案卷合格率为95%，全年评查案卷160卷，合格146卷: the rate heads its sentence,
            # its counts follow
            later, counted = self._after(sentence, rate)
        if rate.stem.endswith("息诉"):
            return self._not_appealed(sentence, rate, window)
        if rate.stem.endswith(_CLEARED) and not rate.called:
            cleared = self._over_carried(rate)
            if cleared is not None:
                return None if cleared is _HOLDS else cleared
        if rate.stem:
            joined = list(_joined(self.folded, rate, sentence.start))
            if joined and "分别" in self.folded[rate.name_start:r.start]:
                # 合格率、优秀率分别为91.3%、23.8%: the names and the values in the same order
                return self._respectively(sentence, previous, rate, joined, segment, window, later, counted)
            for each in (rate, *joined):
                # 参与率、通过率均为100%: each rate of a joined name takes only a count its name names
                # (1208名参加 is the 参与, and no count says how many passed)
                found = self._check_named(sentence, previous, each, segment, window, later, counted, bool(joined))
                if found is not None:
                    return found
            return None
        if "分别" in self.folded[max(sentence.start, rate.name_start - 3):rate.name_start + 1] \
                or self._share_list_follows(sentence, rate):
            # (占职工参保总人数的67.3%、18.1%和14.6%: shares listed after one whole are each of a part
            # in turn, as with 分别, which the list of parts before them may carry)
            return self._shares_respectively(sentence, rate, window)
        return self._check_named(sentence, previous, rate, segment, window, later, counted)

    def _whole_stated_before(self, sentence, rate: Rate, x: Quantity) -> Optional[Quantity]:
        """The whole a share names (占GDP的比重, 占行政机关败诉案件的) as the text stated it before,
        by that name with its figure right after (地区生产总值（GDP）296.7亿元; 行政机关败诉1874件),
        in this paragraph or the ones before; None when the text does not state it so."""
        if self.between is None or _BUDGET_KIND.fullmatch(rate.whole):
            return None  # (a budget is of a side, 收入 or 支出: _budget_stated_before)
        key = _TOTAL_WORDS.sub("", _ANY_WHOLE.sub("", rate.whole))
        # 占全县生产总值的45.7%: the territory's own whole, stated with its scope anywhere before it
        # (全县实现地区生产总值1620612万元); the scope is looked for there, the rest as the name
        scope = _OWN_SCOPE.match(key)
        if scope is not None and len(key) - scope.end() >= 3:
            key = key[scope.end():]
        # 占同期新收案件的: the period of the part's own sentence, the whole named by the rest (新收)
        period = _SAME_PERIOD_WORD.match(key)
        if period is not None:
            key = key[period.end():]
        # (2022年…共有4620名。\n2023年新增…。其中…690名，占…总数的: the part's year or place may be
        # named where its paragraph opens, not in its own sentence)
        head = self.folded[max(self.folded.rfind("\n", 0, sentence.start) + 1, rate.name_start - 300):rate.name_start]
        floor, ceiling = max(0, sentence.start - _STATED_BEFORE), begin(x)

        def stated_from(at: int) -> int:  # the start of the sentence that states the whole
            return back_to(self.folded, at, 0, "。\n", reach=80)

        if len(key) == 2 and _DEED_TOTAL.fullmatch(rate.whole) and not _SCOPE.search(key):
            # 占起诉总人数的, 占审结总数的: a deed's total is the count of that deed the paragraph
            # stated before the sentence of the part (批准逮捕2158人，起诉5356人。其中…起诉1328人，占起诉
            # 总人数的26.8%), the deed right before its number; a two-character name is too common
            # to look for further back, or among the parts beside it
            # (or in the paragraph right before: 批准逮捕14790人，起诉25887人。\n…起诉…4451人，占起诉
            # 总人数的17.2%, the totals a section opens with, its kinds in the paragraph after)
            line = self.folded.rfind("\n", 0, sentence.start)
            floor = max(floor, self.folded.rfind("\n", 0, max(0, line)) + 1 if line > 0 else 0)
            ceiling = sentence.start
        elif (len(key) < 3 and not (period is not None and len(key) == 2)) or not re.fullmatch(r"[\u4e00-\u9fffA-Z]+", key) or _SCOPE.search(key):
            return None
        # (占公益诉讼领域总数的: the whole stated as 公益诉讼案件19.8万件, by the name's first four characters)
        # (but 公益诉讼诉前案件 is no 公益诉讼案件: only a generic word may be left off)
        for name in (key, *_WHOLE_SYNONYMS.get(key, ()),
                     *((key[:4],) if len(key) >= 5 and _GENERIC_TAIL.fullmatch(key[4:]) else ())):
            at = self.folded.rfind(name, floor, ceiling)
            while at >= 0:
                if len(key) == 2 and not _names_deed(self.folded[max(0, at - 1):at + 2], key):
                    at = self.folded.rfind(name, floor, at)  # (不起诉 is not 起诉)
                    continue
                after = at + len(name)
                found = next((q for q in self.between(after, after + 12) if plain_count(q)), None)
                ahead = False
                if (found is None or not _STATED_AS.fullmatch(self.folded, after, begin(found))) and len(key) >= 3:
                    # (共为3120名受援人提供法律援助: the figure right before the name)
                    q = next((q for q in reversed(self.between(max(0, at - 12), at)) if plain_count(q)), None)
                    if q is not None and self.folded[q.unit_end:at] in ("", "的"):
                        found, ahead = q, True
                # 转移农村劳动力18240人，占总劳动力的82.5%: the name met is the part's own, not the whole's;
                # 城镇消费品零售额32.25亿元，占零售总额的84.8%: a count with a share of its own is a part
                if found is not None and found.start != x.start and not _OWN_SHARE.match(self.folded, found.unit_end) \
                        and same_measure(self.folded, found, x) \
                        and found.value >= x.value \
                        and (ahead or _STATED_AS.fullmatch(self.folded, after, begin(found))) \
                        and _same_scope(head, self.folded[stated_from(at):max(found.end, at + len(name))]) \
                        and (scope is None or scope.group() in self.folded[stated_from(at):at]) \
                        and not self._other_deed(rate, x, at):
                    return found
                at = self.folded.rfind(name, floor, at)
        return None

    def _other_deed(self, rate: Rate, x: Quantity, at: int) -> bool:
        """Is the whole named at ``at`` the count of another stage than the part's (批准逮捕侵害未成年人犯罪
        53268人 for 起诉…侵害未成年人16972人，占侵害未成年人犯罪的), the share's name saying no stage itself?"""
        if rate.stem or _deed(rate.whole) is not None:
            return False  # (占受理总数的: the name says the stage)
        folded = self.folded
        part = _deed(folded[back_to(folded, begin(x), 0, "，；：。\n", reach=60):begin(x)])
        whole = _deed(folded[back_to(folded, at, 0, "，；：。\n", reach=60):at])
        return part is not None and whole is not None and part != whole

    def _subject_share(self, sentence, rate: Rate) -> Optional[Mismatch]:
        """"…第三产业增加值168.2亿元。第三产业增加值占地区生产总值的比重为56.3%": a share whose clause
        holds no count, its part named as its subject (before 占) and its whole by name, each
        stated before with its figure; a Mismatch, or None."""
        folded = self.folded
        clause = back_to(folded, rate.name_start, sentence.start, "，,；;：:。")
        subject = _SUBJECT_NOISE.sub("", folded[clause:rate.name_start])
        if len(subject) < 3 or not re.fullmatch(r"[\u4e00-\u9fff]+", subject) or self.between is None:
            return None
        x = None
        at = folded.rfind(subject, max(0, sentence.start - _STATED_BEFORE), clause)
        if at < 0:
            return None  # (the subject is stated nowhere before: no part to read)
        for q in reversed(self.between(at, clause)):
            if not plain_count(q) or is_change(folded, q, 0):
                continue
            words = chunk_before(folded, q, 0).rstrip("为达共有是")
            if words.endswith(subject) and _FILLER.fullmatch(words[:len(words) - len(subject)]):
                x = q
                break
        head = folded[max(folded.rfind("\n", 0, sentence.start) + 1, rate.name_start - 300):rate.name_start]
        if x is None or not _same_scope(head, folded[back_to(folded, begin(x), 0, "。\n", reach=80):x.end]):
            return None  # (2022年…第三产业增加值160亿元。2023年第三产业增加值占…: another year's part)
        whole = self._whole_stated_before(sentence, rate, x)
        if whole is None or whole.start == x.start or not same_measure(folded, whole, x) or whole.value < x.value:
            return None
        if interval_shows(*_ratio(_near_interval(x), _near_interval(whole)), rate.q):
            return None
        return self._mismatch(rate, x.value / whole.value * 100, f"{written(x)} ÷ {written(whole)}", (x, whole))

    def _part_after(self, sentence, rate: Rate, subset: Optional[_Subset]) -> Optional[Quantity]:
        """The count the rate's name names, in the clause right after the rate (其中当场办结4870件),
        which ends there; None when that clause says anything else."""
        folded = self.folded
        m = _PART_AFTER.match(folded, rate.q.end)
        if m is None:
            return None
        x = next((q for q in sentence.items if q.start >= m.end()), None)
        if x is None or not plain_count(x) or is_change(folded, x, m.end()):
            return None
        words = folded[m.end():begin(x)]
        if len(words) > 16 or any(c in words for c in "，,；;：:。（）") or _NOT_A_SHARE.search(words) \
                or folded[x.unit_end:x.unit_end + 1] not in ("", "。", "；", ";", "，", ","):
            return None
        # (收到申请220件，按期答复率100%，其中当场答复38件: a piece named by another qualifier is no part)
        return x if rate.stem in words and _counts_what(words, rate.stem, subset) else None

    def _whole_stated_after(self, sentence, rate: Rate, x: Quantity) -> Optional[Quantity]:
        """The whole a share names, stated in the clause right after it by that name and its
        figure (占全镇行政村的九成以上，全镇共有行政村168个; 完成年度目标任务的114%，年度目标任务为
        5500人), or None."""
        folded = self.folded
        r = rate.q
        key = _TOTAL_WORDS.sub("", _ANY_WHOLE.sub("", rate.whole))
        scope = _OWN_SCOPE.match(key)
        if scope is not None and len(key) - scope.end() >= 2:
            key = key[scope.end():]
        if len(key) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", key) or folded[r.end:r.end + 1] not in "，,":
            return None
        # (建成高标准农田6.7万亩，占耕地保有量的5%，粮食产量72.5万吨，耕地保有量225.2万亩: a clause
        # further on in the sentence that opens with the whole's name)
        at, start = -1, r.end + 1
        while start < sentence.end:
            end = forward_to(folded, start, sentence.end, "，,；;。", reach=sentence.end - start)
            at = folded.find(key, start, end)
            if at >= 0 and (_FILLER.fullmatch(folded, start, at) or _OWN_SCOPE.fullmatch(folded, start, at)):
                break
            at, start = -1, end + 1
        if at < 0:
            return None
        found = next((q for q in self.between(at + len(key), end) if plain_count(q)), None) if self.between else None
        if found is None or not _STATED_AFTER.fullmatch(folded, at + len(key), begin(found)) \
                or not same_measure(folded, found, x) or (found.value < x.value and r.value <= 100) \
                or folded[found.unit_end:found.unit_end + 1] not in ("", "。", "；", ";", "\n", "，", ",", "（"):
            return None  # (…，全镇共有行政村168余个: a figure that goes on in words is read no further)
        return found

    def _frame_stated_before(self, sentence, rate: Rate, x: Quantity):
        """"全市…受援人达到2041人。…\n…受援人中，农民工1069人，占52.4%，…老年人41人，占1.5%": shares
        of parts under a frame (X中，) that names a whole the text stated before (X with its figure,
        in this paragraph or the ones above).  The frame's other words (上半年, 法律援助案件) must
        qualify that statement too (上半年受援人中 is no group of 全年受援人3120人; 农民工受援人中 no
        group of 受援人3120人，其中农民工…).  Judged only when another share of the same run
        agrees with that whole: the figures then say it is theirs.  _HOLDS, a Mismatch or None."""
        if self.between is None:
            return None
        folded = self.folded
        opened = _OPENS_WITH_OF_WHICH.match(folded, sentence.start, begin(x))
        if opened is not None:
            # 全年受援人3120人，…。开展…活动36场。…。其中，农民工1512人，占48.5%，残疾人58人，占1.2%: a
            # sentence of parts opened with 其中 is of the latest count of their measure in the paragraph
            siblings = [(c, p) for c, p in _share_pairs(folded, sentence) if c is not x]
            # (the latest count that holds them all and that a share beside it agrees with: 培训志愿者2400人
            # between is another group's)
            for whole in self._wholes_before(sentence, x, siblings) if siblings else ():
                judged = self._agreed_whole(rate, x, whole, siblings)
                if judged is not None:
                    return judged
            return None
        # (为老年人…提供帮助，上半年办理的…受援人中，农民工…: the frame may open a later clause;
        # 从受援人构成看，农民工…: a frame in other words)
        at = max(folded.rfind("中，", sentence.start, begin(x)), folded.rfind("中,", sentence.start, begin(x)))
        seen = None if at >= 0 else _FRAME_SEEN.search(folded, sentence.start, begin(x))
        if seen is not None:
            at = seen.end("name")
        elif at < 0:
            return None
        words = folded[back_to(folded, at, sentence.start, "，,；;：:。"):at]
        if seen is not None:
            words = seen.group("name")
        if len(words) < 3:
            return None
        siblings = [(c, p) for c, p in _share_pairs(folded, sentence) if c is not x and c.start > at]
        if not siblings:
            return None
        floor = max(0, sentence.start - _STATED_BEFORE)
        for size in range(min(8, len(words)), 2, -1):
            name = words[-size:]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", name):
                break
            stated = self._stated_by_name(name, x, floor, sentence.start)
            if stated is None:
                continue
            whole, at = stated
            lead = folded[back_to(folded, at, 0, "。\n", reach=200):at]
            qualifiers = [w for w in _FRAME_NOISE.split(words[:-size]) if len(w) >= 2]
            if not all(w in lead for w in qualifiers):
                return None
            return self._agreed_whole(rate, x, whole, siblings)
        return None

    def _wholes_before(self, sentence, x: Quantity, siblings) -> List[Quantity]:
        """The last three counts of the paragraph before ``sentence`` that may be the whole of ``x``
        and its siblings (the measure, at least each of them, no share or change of their own)."""
        folded = self.folded
        line = folded.rfind("\n", 0, sentence.start) + 1
        if line > 0 and not folded[line:sentence.start].strip():
            # (…审结300件。\n其中，维持210件，占70%: a line that opens with its parts is of the lines before,
            # a heading's or a lead's two lines up: 二、全年受援人3120人\n开展活动36场。\n其中，…)
            for _ in range(2):
                line = folded.rfind("\n", 0, max(0, line - 1)) + 1
                if line == 0:
                    break
        line = max(line, sentence.start - _STATED_BEFORE)
        most = max([x.value] + [c.value for c, _ in siblings])
        return [q for q in reversed(self.between(line, sentence.start)) if plain_count(q)
                and same_measure(folded, q, x) and not is_change(folded, q, line) and q.value >= most
                and not _OWN_SHARE.match(folded, q.unit_end)][:3]

    @staticmethod
    def _agrees(whole: Quantity, siblings) -> bool:
        near = _near_interval(whole)
        return any(interval_shows(*_ratio(_near_interval(c), near), p) for c, p in siblings)

    def _agreed_whole(self, rate: Rate, x: Quantity, whole: Quantity, siblings):
        """Judge ``x``'s share over ``whole`` when another share of its run agrees with it."""
        if not self._agrees(whole, siblings):
            return None
        if interval_shows(*_ratio(_near_interval(x), _near_interval(whole)), rate.q):
            return _HOLDS
        return self._mismatch(rate, x.value / whole.value * 100, f"{written(x)} ÷ {written(whole)}", (x, whole))

    def _whole_bracketed(self, sentence, rate: Rate, x: Quantity) -> Optional[Quantity]:
        """"完成年度目标任务的112%（目标任务2000人）": the whole named by the share, its figure in the
        bracket right after it, named there by the whole's noun (目标任务, 任务) or alone."""
        inside = [c for c in self._bracketed(sentence, rate.q) if same_measure(self.folded, c, x)]
        if len(inside) != 1 or len(self._bracketed(sentence, rate.q)) != 1:
            return None
        words = self.folded[rate.q.end + 1:inside[0].start]
        noun = _TOTAL_WORDS.sub("", _ANY_WHOLE.sub("", rate.whole))
        if words and not (len(noun) >= 2 and noun[-2:] in words):
            return None
        return inside[0] if inside[0].value > 0 else None

    def _stated_by_name(self, name: str, x: Quantity, floor: int, ceiling: int):
        """The latest count before ``ceiling`` stated by ``name`` (受援人达到2041人, 接待来访群众1480人次,
        2041名受援人) of the measure of ``x`` and at least it, and where the name stands."""
        folded = self.folded
        at = folded.rfind(name, floor, ceiling)
        while at >= 0:
            after = at + len(name)
            found = next((q for q in self.between(after, after + 12) if plain_count(q)), None)
            if found is None or not _STATED_AS.fullmatch(folded, after, begin(found)):
                found = next((q for q in reversed(self.between(max(floor, at - 12), at)) if plain_count(q)), None)
                if found is not None and not re.fullmatch(r"(?:的|名)?", folded[found.unit_end:at]):
                    found = None
            if found is not None and same_measure(folded, found, x) and found.value >= x.value \
                    and not _OWN_SHARE.match(folded, found.unit_end):
                return found, at
            at = folded.rfind(name, floor, at)
        return None

    def _kind_stated_before(self, sentence, rate: Rate, x: Quantity) -> Optional[Quantity]:
        """"行政诉讼14起，行政复议8起。…行政诉讼调解撤诉11起，调撤率达到83.33%": a part named by a kind
        (行政诉讼) before what the rate counts, the kind's own count stated before in the paragraph by
        that name with its figure right after: the whole.  Not where a count of the same measure
        between them names a stage of the kind (审结12起: the rate may be over that)."""
        if self.between is None:
            return None
        folded = self.folded
        words = chunk_before(folded, x, sentence.start)
        at = min([i for i in (words.find(w) for w in (rate.stem[-2:],) + _SYNONYMS.get(rate.stem, ())) if i > 0]
                 or [-1])
        kind = _NOT_A_KIND.sub("", words[:at]) if at > 0 else ""
        if len(kind) < 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", kind):
            return None
        floor = max(0, folded.rfind("\n", 0, sentence.start) + 1, sentence.start - _STATED_BEFORE)
        pos = folded.rfind(kind, floor, sentence.start)
        if pos < 0:
            return None
        after = pos + len(kind)
        found = next((q for q in self.between(after, after + 12) if plain_count(q)), None)
        if found is None or found.family != x.family or found.value < x.value \
                or not _STATED_AS.fullmatch(folded, after, begin(found)) \
                or _other_scope(folded[sentence.start:x.start], folded[back_to(folded, pos, floor, "。！？", 200):found.end]):
            return None
        for c in self.between(found.end, sentence.start):
            if plain_count(c) and c.family == x.family and (
                    _STAGE_DONE.search(chunk_before(folded, c, found.end)) or kind in chunk_before(folded, c, found.end)):
                return None
        return found

    def _budget_stated_before(self, sentence, rate: Rate, x: Quantity) -> Optional[Quantity]:
        """The budget a share names by its kind alone (完成调整预算的) as the text stated it before,
        in this paragraph or the ones above: the latest amount whose words name that kind of budget
        and the side (支出, 收入) the done amount is of (全县支出调整预算为97842万元)."""
        kind = _BUDGET_KIND.fullmatch(rate.whole)
        if self.between is None or kind is None:
            return None
        folded = self.folded
        done = _FUNDS.sub("", chunk_before(folded, x, sentence.start))
        side = [w for w in _SIDES if w in done]
        if len(side) != 1:
            return None
        for q in reversed(self.between(max(0, sentence.start - _STATED_BEFORE), begin(x))):
            if not plain_count(q) or q.unit != x.unit or is_change(folded, q, 0):
                continue
            words = _FUNDS.sub("", folded[back_to(folded, begin(q), 0, "，；：。\n", reach=40):begin(q)])
            if kind.group("kind") + "预算" in words and side[0] in words:
                return q
        return None

    def _manner_named(self, in_segment: List[Quantity], rate: Rate, floor: int) -> List[Quantity]:
        """"以调解、和解等方式结案170件，调解率14.7%": the count's clause names the rate's word in
        a list of manners (以A、B等方式), which the list item before the count cuts off."""
        folded = self.folded
        out = []
        for c in in_segment:
            at = back_to(folded, begin(c), floor, "，；：。")
            words = folded[at:begin(c)]
            manners = words.split("等")[0]
            if _MANNERS.search(words) and (rate.stem[-2:] in manners or any(w in manners for w in _SYNONYMS.get(rate.stem, ()))) \
                    and not any(at <= o.start < begin(c) for o in in_segment):
                out.append(c)
        return out

    def _plan_done(self, rate: Rate, in_segment: List[Quantity], floor: int):
        """"累计拆除违法建筑65.58万平方米（年度任务80万平方米），任务完成率87.45%": a 完成率 over
        the one figure before it the words plan (年度任务, 计划, 目标, 下达), what was done the one
        other figure of its unit; _HOLDS, a Mismatch, or None when the text gives no such pair."""
        folded = self.folded
        planned, done = [], []
        for c in in_segment:
            words = folded[back_to(folded, begin(c), floor, "，；：。、（）"):begin(c)]
            (planned if _PLAN_FIGURE.search(words) else done).append(c)
        if len(planned) != 1 or not done:
            return None
        plan, x = planned[0], done[-1]
        if x.unit != plan.unit or not plan.exact or plan.value <= 0 \
                or [c for c in done if c.unit == x.unit] != [x]:
            return None
        # (a plan is set in round figures: 年度计划2万亩 is 20000, not 15000 to 25000)
        if interval_shows(*_ratio(written_interval(x), (plan.value, plan.value)), rate.q):
            return _HOLDS
        return self._mismatch(rate, x.value / plan.value * 100, f"{written(x)} ÷ {written(plan)}", (x, plan))

    def _plan_stated_before(self, sentence, rate: Rate, x: Quantity) -> Optional[Quantity]:
        """The plan a share names in words alone (完成计划任务的, 为全年目标的) as the text stated
        it before, in this paragraph or the ones above: the latest figure of the same measure
        whose words plan it (今年计划新建农村供水管网120公里 … 完成供水管网建设150公里，为计划任务
        的125%), and name what ``x`` counts (管网: a plan of roads is no base of pipes)."""
        if self.between is None or _HAS_DIGIT.search(rate.whole) or not _NAMED_PLAN.search(rate.whole):
            return None
        folded = self.folded
        head = folded[sentence.start:rate.name_start]
        done = _GENERIC_DEED.sub("", chunk_before(folded, x, sentence.start))
        pieces = {done[i:i + 2] for i in range(len(done) - 1)} - {""}
        for q in reversed(self.between(max(0, sentence.start - _STATED_BEFORE), begin(x))):
            if not plain_count(q) or not same_measure(folded, q, x) or q.unit != x.unit:
                continue
            words = chunk_before(folded, q, 0)
            if not _NAMED_PLAN.search(words) or is_change(folded, q, 0) or _DONE_WORDS.search(words):
                continue
            # (of the same year: a plan rarely names the place again, 全市 of the deed is its own)
            if any(p in words for p in pieces if re.fullmatch(r"[\u4e00-\u9fff]{2}", p)) \
                    and _same_scope(_PLACES.sub("", head), folded[back_to(folded, q.start, 0, "。\n", reach=80):q.end]):
                return q
            return None  # the latest plan of this measure is another's: no base to read
        return None

    def _glossed(self, in_segment: List[Quantity], rate: Rate) -> Quantity:
        """The count a share after a bracketed aside is of: the one before the bracket (支出91759万元
        （其中镇级支出10595万元），完成调整预算的98.3%: the aside glosses the count, the share is its)."""
        folded = self.folded
        last = in_segment[-1]
        close = folded.find("）", last.end, rate.name_start)
        if close < 0 or folded[close + 1:rate.name_start].strip("，, "):
            return last
        # (a bracket opened before the segment's first count holds none of them: not read back past it)
        opened = folded.rfind("（", in_segment[0].start, begin(last))
        if opened < 0 or folded.find("）", opened, begin(last)) >= 0:
            return last
        before = [c for c in in_segment if c.end <= opened]
        return before[-1] if before and before[-1].unit == last.unit else last

    def _framed_whole(self, previous: NumberSentence, sentence: NumberSentence, x: Quantity) -> Optional[Quantity]:
        """The count of the sentence before that the frame of ``x``'s sentence (X中) names as
        its own words (其中市级执法人员860人 for 市级执法人员中), or None."""
        folded = self.folded
        head = folded[sentence.start:begin(x)]
        at = head.find("中")
        while at > 0 and head[at - 1] == "其":
            at = head.find("中", at + 1)
        if at < 2:
            return None
        frame = head[back_to(head, at, 0, "，,；;：:。（）"):at].rstrip("之")
        if len(frame) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]+", frame):
            return None
        for c in reversed(previous.items):
            if not plain_count(c) or not same_measure(folded, c, x) or c.value < x.value \
                    or is_change(folded, c, previous.start):
                continue
            words = chunk_before(folded, c, previous.start)
            if words.endswith(frame) and _FILLER.fullmatch(words[:len(words) - len(frame)]):
                return c
        return None

    def _joined_run(self, y: Quantity, counts: Sequence[Quantity]) -> List[Quantity]:
        """The counts listed with ``y`` as kinds of one thing, before and after it: joined by 、
        (代表建议312件、群众意见28件) or by a comma when they name the same noun (大会提案950件，平时提案24件)."""
        folded = self.folded
        near = list(self.between(max(0, begin(y) - _RUN_REACH), y.end + _RUN_REACH)) if self.between else list(counts)
        near = [c for c in near if plain_count(c) and c.family == y.family]
        if y not in near:
            return [y]
        at = near.index(y)

        def joined(a: Quantity, b: Quantity) -> bool:
            gap = folded[a.end:begin(b)]
            if "、" in gap and _JOINED_PARTS.fullmatch(gap):
                return True
            tail_a, tail_b = chunk_before(folded, a, 0)[-2:], chunk_before(folded, b, 0)[-2:]
            # (受理案件320件，审结案件298件: two stages of the same cases, no list of kinds)
            return bool(_COMMA_KIND.fullmatch(gap)) and len(tail_a) == 2 and tail_a == tail_b \
                and not _STAGE_WORD.search(gap)
        run = [y]
        for a in reversed(near[:at]):
            if not joined(a, run[0]):
                break
            run.insert(0, a)
        for b in near[at + 1:]:
            if not joined(run[-1], b):
                break
            run.append(b)
        return run

    def _bare_named(self, q: Quantity) -> str:
        """The words of the clause before a count that stands alone in its own (还有回族、苗族等
        33个少数民族，7244人，: the people of those peoples), or ""."""
        at = begin(q)
        if at < 2 or self.folded[at - 1] not in "，," or chunk_before(self.folded, q, at - 1):
            return ""
        return self.folded[back_to(self.folded, at - 1, 0, "，；：。\n", reach=30):at - 1]

    def _kind_counted(self, rate: Rate, previous: NumberSentence, first: Quantity) -> bool:
        """Does the sentence before count the kind a rate alone in its sentence names before its
        own name (政策性文件 of 政策性文件多样化解读率)?  Its first count says what it counts
        (发布政务动态类信息226条: news, not policy papers): counts of another kind give no base."""
        words = self.folded[back_to(self.folded, rate.name_start, rate.q.start - REACH, "，；：。（）、"):rate.name_start]
        joined = _JOINED_NAME.search(words)
        if joined is not None:
            words = words[:max(0, joined.start("rate") - 4)]  # (实名登记率和服务率: the kind is before the first name)
        kind = _NOT_A_KIND.sub("", words)
        if len(kind) < 2:
            return True
        if not mentions(self.folded[previous.start:first.end], kind):
            return False
        # 离校未就业高校毕业生年末就业率 after 招募“三支一扶”高校毕业生400名: a kind is named by where it
        # starts and where it ends, not by a word of it met anywhere (就业 of 参加就业见习)
        said = self.folded[previous.start:previous.end]
        return len(kind) < 4 or (kind[:2] in said and kind[-2:] in said)

    def _group_of(self, rate: Rate, floor: int) -> str:
        """The group a rate's name sets apart before what it counts (就业困难人员 of 就业困难人员就业率),
        four characters or more, or ""."""
        words = self.folded[back_to(self.folded, rate.name_start, max(floor, rate.q.start - REACH), "，；：。（）、"):rate.name_start]
        group = _NOT_A_KIND.sub("", words)
        return group if len(group) >= 4 else ""

    def _kind_unnamed(self, rate: Rate, labels, floor: int) -> bool:
        """Does the rate's name set apart a kind of case (审判案件结案率, 执行案件执结率, 刑事案件
        结案率) that no count before it is named for?  Its base is that kind's count, which the
        text does not give: the total of every kind is not it."""
        folded = self.folded
        chunk = back_to(folded, rate.name_start, floor, "，；：。（）、")
        kind = _CASE_KIND.search(folded, chunk, rate.name_start + max(0, len(rate.stem) - 2))
        return kind is not None and not any(kind.group() in text for text in labels.values())

    def _declined(self, rate: Rate, counts: Sequence[Quantity], labels, previous=None) -> Optional[Mismatch]:
        """"受理审查起诉1520人，决定起诉1236人、不起诉284人，不起诉率20.3%": the count declined
        over the count reviewed, both named so; without either the text gives no base.  Counted
        in cases and persons both (不批准逮捕33件40人), the rate may be of either measure."""
        word = _DECLINED.search(rate.stem).group()
        parts = [c for c in counts if _DECLINED.search(labels[c]) and word[-1] in labels[c]]
        parts = self._declined_kinds_dropped(parts)
        if not parts or len({c.family for c in parts}) != len(parts):
            return None
        found = None
        for x in parts:
            judged = self._declined_over(rate, word, x, counts, labels, previous)
            if judged is _HOLDS:
                return None
            if judged is not None and (found is None or x.family == "人"):
                found = judged  # (a rate of persons, as procuratorates state it, when both are given)
        return found

    def _charged(self, rate: Rate, counts: Sequence[Quantity], labels) -> Optional[Mismatch]:
        """起诉率: the persons charged over the persons a review for charging ended on, charged
        and not (起诉 ÷ (起诉 + 不起诉), as procuratorates count it).  The cases reviewed or decided
        (审结478件635人) also ended otherwise (returned, withdrawn, sent back), so over them the
        rate is only at least 起诉 ÷ 审结; a count of another indicator (受理, 审结 named for
        审查起诉) is never what it counts.  Taken in persons when its name says so (起诉率（按人数）)
        or its counts are in persons only."""
        folded = self.folded
        measure = _BY_MEASURE_AFTER.match(folded, rate.name_start + len(rate.stem) + 1)
        parts = [c for c in counts if _names_charged(labels[c]) and not _DECLINED.search(labels[c])]
        if measure is not None:
            parts = [c for c in parts if _in_measure(c, measure.group("what"), labels[c])]
        if not parts or len({c.family for c in parts}) != len(parts):
            return None
        found = None
        for x in parts:
            declined = self._declined_kinds_dropped(
                [c for c in counts if c.family == x.family and _DECLINED.search(labels[c])
                 and "诉" in labels[c] and not _KIND_DECLINED.search(labels[c])])
            if len(declined) == 1:
                y = declined[0]
                (x_lo, x_hi), (y_lo, y_hi) = written_interval(x), written_interval(y)
                if interval_shows(*_ratio((x_lo, x_hi), (x_lo + y_lo, x_hi + y_hi)), rate.q):
                    return None
                judged = self._mismatch(rate, x.value / (x.value + y.value) * 100,
                                        f"{written(x)} ÷ ({written(x)} + {written(y)})", (x, y))
            else:
                ended = [c for c in counts if c is not x and c.family == x.family and c.value >= x.value
                         and _DECIDED.search(labels[c]) and not _DECLINED.search(labels[c])]
                if not ended or rate.q.value > 100:
                    return None  # (over the decided only a rate above 100% is wrong: below, its base may be any)
                whole = max(ended, key=lambda c: c.value)
                if _possible_base(x.value, whole.value, rate.q) or rate.q.value >= x.value / whole.value * 100:
                    return None
                least = pct(x.value / whole.value * 100, max(rate.q.decimals, 1))
                name = self._name(rate)
                m = self._mismatch(rate, x.value / whole.value * 100, f"{written(x)} ÷ {written(whole)}", (x, whole),
                                   (f"{name}以起诉与不起诉之和为基数，至多为审结数，故不低于{least}",
                                    f"{name} is over those charged and not, at most the cases decided: at least {least}"))
                judged = replace(m, expected=f"{least}～100%")
            if found is None or x.family == "人":
                found = judged  # (a rate of persons, as procuratorates state it, when both are given)
        return found

    def _declined_kinds_dropped(self, parts: List[Quantity]) -> List[Quantity]:
        """The declined counts less the kinds of an earlier one of their measure (共不起诉67件70人，
        其中法定不起诉0人，犯罪情节轻微不起诉65人（含…9人）: 70 is the count, the rest its kinds);
        a later count with no 其中/含 between it and the earlier one is left, and makes the reading
        ambiguous."""
        out: List[Quantity] = []
        for c in parts:
            first = next((o for o in out if o.family == c.family), None)
            if first is not None and _KINDS_OPEN.search(self.folded, first.end, begin(c)):
                continue
            out.append(c)
        return out

    def _declined_over(self, rate: Rate, word: str, x: Quantity, counts: Sequence[Quantity], labels, previous=None):
        """_HOLDS, a Mismatch, or None when the text gives no base of ``x``'s measure."""
        bases = [(written_interval(c), written(c), (c,)) for c in counts
                 if c is not x and c.start < x.start and c.family == x.family and c.value >= x.value
                 and _REVIEWED.search(labels[c]) and not _DECLINED.search(labels[c])]
        # the persons decided on: those arrested and those not, both named right before the
        # rate (批准逮捕41人，不批准逮捕17人，不捕率29.3%)
        granted = [c for c in counts if c is not x and c.family == x.family and _ARRESTED.search(labels[c])
                   and not _DECLINED.search(labels[c]) and not _REVIEWED.search(labels[c])]
        if word.endswith("捕") and len(granted) == 1:
            y = granted[0]
            (x_lo, x_hi), (y_lo, y_hi) = written_interval(x), written_interval(y)
            if _SELF_DECIDED.search(labels[y]):
                # 批准和决定逮捕18.6万人，不捕12.1万人，不捕率40.1%: the arrests a procuratorate decided
                # itself were reviewed on no request, so the official base is smaller than 捕 + 不捕
                # by a count the text does not give: only a rate below 不捕 ÷ (捕 + 不捕) is wrong
                least = x_lo / (x_hi + y_hi) * 100
                if rate.q.value >= least or interval_shows(least, least, rate.q):
                    return _HOLDS
            bases.append(((x_lo + y_lo, x_hi + y_hi), f"({written(y)} + {written(x)})", (y,)))
        # the persons a review for charging ended on, charged and not: 起诉148人，不起诉27人，不起诉率
        # 15.4% (27 ÷ 175), when the 不起诉 counted is every one not charged, not a kind of them
        charged = [c for c in counts if c is not x and c.family == x.family and c.start < rate.q.start
                   and _names_charged(labels[c])]
        if not charged and previous is not None and "\n" not in self.folded[previous.end:x.start] \
                and not self.folded.startswith(("其中", "另外", "此外", "包括"), back_to(self.folded, x.start, 0, "。；\n")):
            # 共起诉各类犯罪126件148人。共不起诉21件27人，不起诉率为15.4%: the charged in the sentence before
            charged = [c for c in previous.items if plain_count(c) and c.family == x.family
                       and _names_charged(label(self.folded, c, previous.start, previous.end))]
        if word.endswith("诉") and len(charged) == 1 and not _KIND_DECLINED.search(labels[x]):
            y = charged[0]
            (x_lo, x_hi), (y_lo, y_hi) = written_interval(x), written_interval(y)
            bases.append(((x_lo + y_lo, x_hi + y_hi), f"({written(y)} + {written(x)})", (y,)))
        if not bases:
            return None
        if any(interval_shows(*_ratio(written_interval(x), b), rate.q) for b, _, _ in bases):
            return _HOLDS
        base, shown, used = bases[-1]
        return self._mismatch(rate, x.value / ((base[0] + base[1]) / 2) * 100, f"{written(x)} ÷ {shown}",
                              (x,) + used)

    def _sex_ratios(self, sentence: NumberSentence, previous: Optional[NumberSentence]) -> Iterator[Mismatch]:
        """"男性144994人，女性128399人，性别比为112.9": the males per 100 females, M ÷ F × 100,
        of the nearest count of each sex before it (this sentence or the one before in the
        paragraph).  A ratio named for a group (出生人口性别比, 60岁以上人口性别比) is held only to
        counts whose words name that group too (男孩, 出生男婴), never to the whole population's."""
        folded = self.folded
        for m in _SEX_RATIO.finditer(folded, sentence.start, sentence.end):
            q = next((c for c in sentence.items if c.start == m.end()), None)
            if q is None or q.kind != "number" or not q.exact or not 80 <= q.value <= 160:
                continue
            floor = previous.start if previous is not None else sentence.start
            counts = [c for c in self.between(floor, begin(q)) if c.family == "人" and plain_count(c) and c.exact] \
                if self.between is not None else []
            group = _NOT_A_GROUP.sub("", m.group("lead"))
            sexes = []
            for sex in (_MALE, _FEMALE):
                named = [c for c in counts if sex.search(self._sex_words(c, floor))]
                sexes.append(named[-1] if named else None)
            male, female = sexes
            if male is None or female is None or male.value <= 0 or female.value <= 0:
                continue
            if group and not all(_GROUP_NAMED.search(self._sex_words(c, floor)) or group in self._sex_words(c, floor)
                                 for c in (male, female)):
                continue  # (出生人口性别比 beside the population's males and females)
            (m_lo, m_hi), (f_lo, f_hi) = written_interval(male), written_interval(female)
            # (a unit of the last place either way: 104.86 for 104.855 is a slip of rounding, not of the figures)
            slack = 10.0 ** -q.decimals
            if interval_shows(m_lo / f_hi * 100 - slack, m_hi / f_lo * 100 + slack, q):
                continue
            value = male.value / female.value * 100
            start = m.start("name")
            used = (Used(male.start, male.unit_end, "男性人数", "the males"),
                    Used(female.start, female.unit_end, "女性人数", "the females"))
            yield Mismatch("share", start, q.end, self.text[start:q.end], num(round(value, max(q.decimals, 1))),
                           f"{written(male)} ÷ {written(female)} × 100", used,
                           "以女性人数为100", "the males per 100 females",
                           name="性别比")

    def _sex_words(self, q: Quantity, floor: int) -> str:
        return self.folded[back_to(self.folded, begin(q), floor, "，；：。、（）"):begin(q)]

    def _per_mille(self, sentence: NumberSentence, r: Quantity, window) -> Optional[Mismatch]:
        """"年末常住人口612340人。全年出生人口4218人，人口出生率为6.89‰": a birth (death) rate is
        the births (deaths) the clause before counts over the population, which statistics take
        as the year's mean: anything from the population at the start of the year to its end
        (比上年末增加2028人 gives the start; without it, 3% either way).  The population is the
        latest one the text states before, in this paragraph or the ones just above."""
        folded = self.folded
        start = back_to(folded, begin(r), sentence.start, "，；：。（）")
        named = _VITAL_RATE.search(folded, start, begin(r))
        if named is None or not readable_rate(r) or not r.exact:
            return None
        events = [c for c in window if c.end <= named.start() and c.family == "人" and plain_count(c)
                  and named.group("what") in chunk_before(folded, c, sentence.start)
                  and not is_change(folded, c, sentence.start)]
        if not events:
            return None
        x = events[-1]
        if _NOT_A_SHARE.search(folded, x.end, named.start()):
            return None
        population = self._population(sentence, x, folded[start:named.start()])
        if population is None:
            return None
        found, low, high = population
        xi = _near_interval(x)
        lo, hi = xi[0] / high * 100, xi[1] / low * 100
        # (the model keeps 10.1‰ as 1.01%: its last place shown is a hundredth of a percent, not a tenth)
        if interval_shows(lo, hi, r._replace(decimals=r.decimals + 1, step=r.step / 10)):
            return None
        # 户籍人口52.3万人，常住人口46.8万人。…出生人口3480人，出生率6.65‰: the text states both bases
        # a bureau may take (户籍 and 常住); a rate over either holds
        for other in self._other_populations(sentence, x, found):
            low, high = _near_interval(other)
            if interval_shows(xi[0] / (high * (1 + _MEAN_SLACK)) * 100, xi[1] / (low * (1 - _MEAN_SLACK)) * 100,
                              r._replace(decimals=r.decimals + 1, step=r.step / 10)):
                return None
        value = x.value / found.value * 1000
        name = self.text[named.start():folded.index("率", named.start()) + 1]
        rate = Rate(r, named.start(), "")
        m = self._mismatch(rate, value / 10, f"{written(x)} ÷ {written(found)}", (x, found),
                           ("出生率、死亡率以年平均人口为基数", "the rate is over the mean population of the year"))
        return replace(m, expected=num(round(value, max(r.decimals, 1))) + "‰", name=name)

    def _population(self, sentence: NumberSentence, x: Quantity, head: str):
        """The population a count of births or deaths (``x``) is over: the latest one the text
        states before it, in this paragraph or the ones just above, of the scope the rate's clause
        (``head``) names; with the values its mean over the year may take: from the population at
        the start of the year to its end (比上年末增加2028人 gives the start; without it, 3% either
        way).  (population, low, high) or None."""
        folded = self.folded
        found = None
        for q in reversed(self.between(max(0, sentence.start - _POPULATION_BACK), begin(x))):
            named = folded[max(0, begin(q) - 8):begin(q)]
            if _POPULATION_NAMED.search(named) and q.unit in ("人", "") and q.kind in ("count", "number") \
                    and q.value >= 20 * x.value:
                found = q
                break
        if found is None or not _same_scope(head, folded[back_to(folded, found.start, 0, "。\n", 80):found.end]):
            return None
        low, high = _near_interval(found)
        if "户籍" in folded[max(0, begin(found) - 8):begin(found)]:
            # 年末户籍人口49.81万人…死亡人口4541人，死亡率8.68‰ (over 52.3万): a bureau may take the rates
            # over the resident population (常住), which the text does not give; a rate far from the
            # registered one is still wrong (户籍人口325680人，出生2874人，出生率9.82‰)
            return found, low * (1 - _RESIDENT_SLACK), high * (1 + _RESIDENT_SLACK)
        change = next((c for c in self.between(found.end, found.end + 16) if c.family == "人" and plain_count(c)), None)
        said = folded[found.end:change.start] if change is not None else ""
        if change is not None and _UP_DOWN.fullmatch(said):
            if "减" in said or "下降" in said:
                high += change.value
            else:
                low -= change.value
        else:
            low, high = low * (1 - _MEAN_SLACK), high * (1 + _MEAN_SLACK)
        return found, low, high

    def _other_populations(self, sentence: NumberSentence, x: Quantity, found: Quantity) -> List[Quantity]:
        """The populations other than ``found`` the text names before ``x`` (户籍 beside 常住)."""
        folded = self.folded
        return [q for q in self.between(max(0, sentence.start - _POPULATION_BACK), begin(x))
                if q is not found and q.start != found.start and _POPULATION_NAMED.search(folded[max(0, begin(q) - 8):begin(q)])
                and q.unit in ("人", "") and q.kind in ("count", "number") and q.value >= 20 * x.value]

    def _natural_growth(self, sentence: NumberSentence, r: Quantity, before, reported) -> Optional[Mismatch]:
        """"人口出生率8.56‰；死亡率5.91‰；自然增长率2.65‰": the natural growth rate is the birth rate
        less the death rate, each as written (not checked where either was already reported);
        where the text gives no rates, the births less the deaths over the population
        (户籍人口48.20万人，全年出生2910人，死亡3560人，人口自然增长率为-1.35‰).  The rate is
        signed: a population that shrinks has one below zero (-1.8‰, 负0.28‰)."""
        folded = self.folded
        if not r.exact:
            return None
        rates, events = {}, {}
        for q in before:
            if q.start in reported:
                continue
            if folded.startswith("‰", q.unit_start):
                named = _VITAL_RATE.search(folded, max(sentence.start, begin(q) - 10), begin(q))
                if named is not None:
                    rates[named.group("what")] = q
            elif q.family == "人" and plain_count(q) and not is_change(folded, q, sentence.start):
                what = _VITAL_EVENT.search(chunk_before(folded, q, sentence.start))
                if what is not None:
                    events[what.group()] = q
        start = _NATURAL_GROWTH.search(folded, max(sentence.start, begin(r) - 10), begin(r)).start()
        born, died = rates.get("出生"), rates.get("死亡")
        if born is not None and died is not None:
            per_mille = [(q.value * 10, 0.5 * 10.0 ** -q.decimals) for q in (born, died, r)]
            (b, b_half), (d, d_half), (n, n_half) = per_mille
            if abs(b - d - n) <= b_half + d_half + n_half + 1e-9:
                return None
            return Mismatch(kind="points", start=start, end=r.end, stated=self.text[start:r.end].replace(" ", ""),
                            expected=num(round(b - d, max(born.decimals, died.decimals))) + "‰",
                            formula=f"{written(born)}‰ − {written(died)}‰",
                            used=(Used(born.start, born.unit_end, "出生率", "the birth rate"),
                                  Used(died.start, died.unit_end, "死亡率", "the death rate")),
                            name="自然增长率")
        born, died = events.get("出生"), events.get("死亡")
        if born is None or died is None or rates:
            return None  # (a rate of one stated and a count of the other: no reading to hold it to)
        population = self._population(sentence, min(born, died, key=lambda q: q.start), folded[start:begin(r)])
        if population is None:
            return None
        whole, low, high = population
        (b_lo, b_hi), (d_lo, d_hi) = _near_interval(born), _near_interval(died)
        net = (b_lo - d_hi, b_hi - d_lo)
        values = [n / p * 1000 for n in net for p in (low, high)]
        # the rate as written, rounded or cut off (-1.35‰ from -1.349‰ or -1.3549‰)
        n, unit = r.value * 10, 10.0 ** -r.decimals
        if min(values) <= n + unit + 1e-9 and max(values) >= n - unit - 1e-9:
            return None
        for other in self._other_populations(sentence, min(born, died, key=lambda q: q.start), whole):
            # (户籍 beside 常住: the rate over either holds, as the birth and death rates do)
            o_lo, o_hi = _near_interval(other)
            values = [v / p * 1000 for v in net for p in (o_lo * (1 - _MEAN_SLACK), o_hi * (1 + _MEAN_SLACK))]
            if min(values) <= n + unit + 1e-9 and max(values) >= n - unit - 1e-9:
                return None
        value = (born.value - died.value) / whole.value * 1000
        return Mismatch(kind="share", start=start, end=r.end, stated=self.text[start:r.end].replace(" ", ""),
                        expected=num(round(value, max(r.decimals, 1))) + "‰",
                        formula=f"({written(born)} − {written(died)}) ÷ {written(whole)}",
                        used=(Used(born.start, born.unit_end, "出生人口", "the births"),
                              Used(died.start, died.unit_end, "死亡人口", "the deaths"),
                              Used(whole.start, whole.unit_end, "人口", "the population")),
                        note_zh="自然增长率以年平均人口为基数", note_en="the rate is over the mean population of the year",
                        name="自然增长率")

    def _loss_share(self, sentence: NumberSentence, r: Quantity, window) -> Optional[Mismatch]:
        """"全区312家规模以上工业企业……亏损企业59户，亏损面18.9%": the 亏损面 is the firms that lost
        money over the firms of the group the paragraph counts (规模以上工业企业), as the text
        stated their number before, here or in the paragraphs just above."""
        folded = self.folded
        named = _LOSS_SHARE.search(folded, max(sentence.start, begin(r) - 8), begin(r))
        if not readable_rate(r) or r.unit != "%":
            return None
        losing = [c for c in window if c.end <= named.start() and c.unit in _FIRMS and plain_count(c)
                  and "亏损" in chunk_before(folded, c, sentence.start) and not is_change(folded, c, sentence.start)]
        if not losing:
            return None
        x = losing[-1]
        paragraph = folded.rfind("\n", 0, sentence.start) + 1
        group = _ABOVE_SCALE.search(folded, max(paragraph, sentence.start - _FIRMS_BACK), named.start())
        whole = None
        for q in reversed(self.between(max(0, x.start - _FIRMS_BACK), begin(x))):
            if q.unit not in _FIRMS or not plain_count(q) or q.value <= x.value or is_change(folded, q, 0):
                continue
            # (the words of its clause: 全区284家规模以上工业产值…, 规模以上工业企业248家)
            near = folded[back_to(folded, begin(q), 0, "，；。\n", 12):forward_to(folded, q.unit_end, len(folded), "，；。\n", 10)]
            if "亏损" in near or not _FIRM_WORDS.search(near) or (group is not None and not _ABOVE_SCALE.search(near)):
                continue
            whole = q
            break
        if whole is None or not _same_scope(folded[sentence.start:named.start()],
                                            folded[back_to(folded, whole.start, 0, "。\n", 80):whole.end]):
            return None
        if interval_shows(*_ratio(_near_interval(x), _near_interval(whole)), r):
            return None
        m = self._mismatch(Rate(r, named.start(), ""), x.value / whole.value * 100, f"{written(x)} ÷ {written(whole)}",
                           (x, whole), ("亏损面是亏损企业占同一口径企业总数的比例", "the loss-making firms over all firms of the group"))
        return replace(m, name=self.text[named.start():named.start() + named.group().find("面") + 1])

    def _over_carried(self, rate: Rate):
        """"新收18 406件（不含旧存2 315件），审结19 120件，综合结案率为94.3%": where the paragraph
        counts the old cases apart from the new, the cases decided (which clear old ones too) are
        over the cases to be handled, old and new; the new alone are read too.  _HOLDS, a
        Mismatch, or None when the paragraph gives no old cases apart."""
        folded = self.folded
        floor = folded.rfind("\n", 0, rate.name_start) + 1
        counts = [c for c in self.between(floor, rate.name_start) if plain_count(c)][-3 * _WINDOW:]
        for i, old in enumerate(counts):
            if not _CARRIED_WORD.search(chunk_before(folded, old, floor)):
                continue
            new = counts[i - 1] if i else None
            aside = _CARRIED_ASIDE.fullmatch(folded, new.unit_end, begin(old)) if new is not None else None
            if aside is None:
                # 旧存1187件，新收4177件: the new cases named as such after the old
                new = next((c for c in counts[i + 1:] if c.family == old.family
                            and _FILED_NEW.search(chunk_before(folded, c, floor))), None)
                if new is None or not _SIBLING_GAP.fullmatch(folded, old.end, begin(new)):
                    return None
            elif not aside.group("apart"):
                return None  # 受理4939件（含旧存256件）: the count holds the old cases already
            done = [c for c in counts if c.start > max(old.start, new.start) and c.family == old.family
                    and _DECIDED_WORD.search(chunk_before(folded, c, floor))
                    and not _NEGATED.search(chunk_before(folded, c, floor))]
            if not done:
                return None
            x = done[-1]
            xi, oi, ni = _near_interval(x), _near_interval(old), _near_interval(new)
            handled = (oi[0] + ni[0], oi[1] + ni[1])
            if interval_shows(*_ratio(xi, handled), rate.q) or interval_shows(*_ratio(xi, ni), rate.q):
                return _HOLDS
            return self._mismatch(rate, x.value / (old.value + new.value) * 100,
                                  f"{written(x)} ÷ ({written(new)} + {written(old)})", (x, new, old),
                                  ("结案率以旧存与新收案件之和为基数", "the rate is over the old and the new cases together"))
        return None

    def _not_appealed(self, sentence, rate: Rate, window) -> Optional[Mismatch]:
        """"审结一审案件1000件，上诉150件，服判息诉率90%": (审结 − 上诉) ÷ 审结, when the text gives
        both counts before the rate."""
        folded = self.folded
        counts = [c for c in window if c.end <= rate.name_start and plain_count(c)
                  and not is_change(folded, c, sentence.start)]
        labels = {c: label(folded, c, sentence.start, sentence.end) for c in counts}
        appeals = [c for c in counts if _APPEALED.search(labels[c])]
        if len(appeals) != 1:
            return None
        appeal = appeals[0]
        decided = [c for c in counts if c.start < appeal.start and _DECIDED.search(labels[c])
                   and not _APPEALED.search(labels[c]) and same_measure(folded, c, appeal) and c.value > appeal.value]
        if not decided:
            return None
        for whole in decided:
            w, a = _near_interval(whole), _near_interval(appeal)
            if interval_shows(*_ratio((w[0] - a[1], w[1] - a[0]), w), rate.q):
                return None
        whole = decided[-1]
        value = (whole.value - appeal.value) / whole.value * 100
        return self._mismatch(rate, value, f"({written(whole)} − {written(appeal)}) ÷ {written(whole)}", (whole, appeal))

    def _shares_respectively(self, sentence, rate: Rate, window) -> Optional[Mismatch]:
        """"共受理500件，其中民事案件300件、刑事案件150件，分别占60%和30%": each share in turn
        is of the count in the same place in the list before it, over the whole before the list."""
        folded = self.folded
        values = [rate.q]
        for q in sentence.items:
            if q.start > values[-1].end and len(values) < 6:
                if not _is_rate(q) or folded[values[-1].end:q.start].strip() not in ("、", "，", "和", "及", "与"):
                    break
                values.append(q)
        counts = [c for c in window if c.end <= rate.name_start and plain_count(c)]
        changes = _listed_changes(folded, counts, sentence.start)
        counts = [c for c in counts if c not in changes]
        if len(values) < 2 or len(counts) < len(values):
            return None
        parts = counts[-len(values):]
        if not all(same_measure(folded, p, parts[0]) for p in parts) \
                or any(c in folded[parts[0].end:rate.name_start] for c in "；;。"):
            # (市公安局30件，市场监管局23件，南市街道7件；按照类型来分，主要为行政处罚和举报投诉处理，
            # 分别占比30.6%、23.5%: kinds named without counts after the list of another split)
            return None
        if "同类" in rate.whole:
            # 抢险救援12.8万起、社会救助35.9万起，分别占全年同类警情的29%和41.8%: each of its own
            # kind's count, which the total before the list is not
            return self._own_kinds(sentence, rate, parts, values)
        wholes = [c for c in counts[:-len(values)] if same_measure(folded, c, parts[0])
                  and c.value >= max(p.value for p in parts)]
        if not wholes:
            # 审结一审案件589.4万件，二审案件58.2万件，再审案件1.8万件，分别占民事案件总数的86.62%、
            # 8.55%、0.26%: a whole the text does not state is still one whole for every part
            return next(self._odd_sibling(list(zip(parts, values))), None)
        whole = wholes[-1]
        for part, value in zip(parts, values):
            if not interval_shows(*_ratio(_near_interval(part), _near_interval(whole)), value):
                each = Rate(value, rate.name_start if value is rate.q else begin(value), "", rate.whole)
                return self._mismatch(each, part.value / whole.value * 100, f"{written(part)} ÷ {written(whole)}",
                                      (part, whole))
        return None

    def _share_list_follows(self, sentence, rate: Rate) -> bool:
        """Is a share of a named whole followed by more shares, listed (占…的67.3%、18.1%和14.6%)?"""
        if not rate.whole:
            return False
        following = next((q for q in sentence.items if q.start >= rate.q.end), None)
        return following is not None and _is_rate(following) \
            and self.folded[rate.q.end:following.start].strip() in ("、", "和", "及", "与")

    def _own_kinds(self, sentence, rate: Rate, parts, values) -> Optional[Mismatch]:
        """Each part over the count of its own kind as the text stated it before, by the part's
        name with its figure right after (火灾扑救83.7万起，抢险救援44.2万起 … 其中抢险救援12.8万起、
        社会救助35.9万起，分别占全年同类警情的29%和41.8%); a part whose kind is not stated is not read."""
        folded = self.folded
        floor = max(0, sentence.start - _STATED_BEFORE)
        for part, value in zip(parts, values):
            name = _OPENING.sub("", chunk_before(folded, part, sentence.start))
            if len(name) < 2:
                continue
            at = folded.rfind(name, floor, sentence.start)
            kind = next((q for q in self.between(at + len(name), at + len(name) + 4)
                         if plain_count(q) and same_measure(folded, q, part) and q.value >= part.value), None) \
                if at >= 0 else None
            if kind is None or interval_shows(*_ratio(_near_interval(part), _near_interval(kind)), value):
                continue
            each = Rate(value, rate.name_start if value is rate.q else begin(value), "", rate.whole)
            return self._mismatch(each, part.value / kind.value * 100, f"{written(part)} ÷ {written(kind)}",
                                  (part, kind))
        return None

    def _respectively(self, sentence, previous, rate: Rate, joined: List[Rate], segment: int, window, later, counted):
        names = [*reversed(joined), rate]
        values = [rate.q]
        for q in sentence.items:
            if q.start > values[-1].end and len(values) < len(names):
                if not _is_rate(q) or self.folded[values[-1].end:q.start].strip() not in ("、", "，", "和", "及"):
                    break
                values.append(q)
        if len(values) != len(names):
            return None
        for name, value in zip(names, values):
            called = name.called or self.folded[name.name_start:self.folded.find("率", name.name_start) + 1]
            found = self._check_named(sentence, previous, Rate(value, name.name_start, name.stem, name.whole, called),
                                      segment, window, later, counted, True)
            if found is not None:
                return found
        return None

    def _after(self, sentence: NumberSentence, rate: Rate) -> Tuple[List[Quantity], Optional[NumberSentence]]:
        """The counts after a rate that opens its sentence (nothing but its name and the
        time or place before it), when no count stands before it."""
        folded = self.folded
        r = rate.q
        head = folded[sentence.start:rate.name_start]
        if not rate.stem or any(c in head for c in "，；：") or r.end >= sentence.end or folded[r.end] not in "，；":
            return [], None
        later = [c for c in sentence.items if c.start > r.end and plain_count(c)
                 and not is_change(folded, c, r.end + 1)][:_WINDOW]
        return (later, sentence) if len(later) >= 2 else ([], None)

    def _check_named(self, sentence, previous, rate: Rate, segment: int,
                     window: Sequence[Quantity], later: Sequence[Quantity] = (),
                     counted: Optional[NumberSentence] = None, by_name: bool = False) -> Optional[Mismatch]:
        folded = self.folded
        r = rate.q
        floor, ceiling = sentence.start, sentence.end
        # (65岁及以上老年人健康管理53126人: an age is no count of what a rate counts)
        # (三次产业贡献率: 三次 orders the industries, no count of anything)
        counts = [c for c in window if c.end <= rate.name_start and plain_count(c) and c.unit != "岁"
                  and not is_change(folded, c, floor) and not folded.startswith("产业", c.unit_end)]
        in_segment = [c for c in counts if c.start >= segment]
        if not rate.stem and not later:
            # 甲类30件、乙类25件、丙类65件，甲乙两类占比过半: kinds named together (and each may carry a
            # share of its own before it: 咨询类33523件，占47.09%；求助类…)
            before = [c for c in sentence.items if c.end <= rate.name_start][-2 * _WINDOW:]
            wide = [c for c in before if plain_count(c) and not is_change(folded, c, floor)]
            group = self._group_named(rate, wide, floor)
            if group:
                return self._group_share(rate, group, wide)
        if rate.stem.endswith("完成") and in_segment:
            judged = self._plan_done(rate, in_segment, floor)
            if judged is not None:
                return None if judged is _HOLDS else judged
        if not in_segment:
            # 办结率为95%（受理投诉240件，办结216件）: the counts in a bracket right after it
            counts = self._bracketed(sentence, r)
            in_segment = counts
            if not counts and later and counted is not None:
                # counts written after the rate: read in their own sentence, the part by name only
                counts = in_segment = list(later)
                floor, ceiling = counted.start, counted.end
                by_name = True
            if not counts and rate.stem and previous is not None and "\n" not in folded[previous.end:sentence.start] \
                    and not any(plain_count(c) for c in sentence.items if c.end <= rate.name_start) \
                    and _same_scope(folded[sentence.start:rate.name_start], folded[previous.start:previous.end]):
                # 审结90件，其中…纠错20件。全年行政复议纠错率为25%: a rate alone in the sentence after
                # its counts, the part by name only (and a whole beside it)
                before = [c for c in previous.items if plain_count(c) and not is_change(folded, c, previous.start)]
                if len(before) >= 2 and self._kind_counted(rate, previous, before[0]):
                    counts = in_segment = before[-_WINDOW:]
                    floor, ceiling = previous.start, previous.end
                    by_name = True
            if not counts:
                return self._subject_share(sentence, rate) if rate.whole and not rate.stem else None
        subset = _subset_of(rate.stem) if rate.stem else None
        labels = {c: label(folded, c, floor, ceiling) for c in counts}
        after = None
        if rate.stem and not later and not by_name and in_segment:
            # 办理公证事项5640件，当场办结率92%，其中当场办结4870件: the part named after the rate, where no
            # count before names it (办结群众诉求12.3万件 names 办结, not 按时办结)
            after = self._part_after(sentence, rate, subset)
            if after is not None and (not any(_counts_what(labels[c], rate.stem, subset) for c in in_segment)
                                      or (len(rate.stem) > 2 and rate.stem in folded[begin(after) - len(rate.stem):begin(after)]
                                          and not any(rate.stem in labels[c] for c in in_segment))):
                counts, in_segment = counts + [after], in_segment + [after]
                labels[after] = label(folded, after, floor, ceiling)
            else:
                after = None
        # (its own name only: 答复率、答复及时率均为100% — 答复率 is of the cases answered)
        timely = _TIMELY.search(folded, max(floor, rate.name_start - 3), rate.name_start + len(rate.stem))
        if timely is not None and not any(_TIMELY.search(labels[c]) for c in counts) \
                and not _TIMELY.search(folded, floor, rate.name_start):
            # (全数在法定期限内审结，按期审结率95.8%: the words say how many were in time)
            # 受理5.2万余件，结案4.8万余件，审限内结案率97.5%: the cases decided in time over the
            # cases decided; the text does not say how many were in time
            return None
        if rate.stem and self._kind_unnamed(rate, labels, sentence.start):
            return None
        if rate.stem and _DECLINED.search(rate.stem):
            return self._declined(rate, counts, labels, previous)
        if rate.stem.endswith(("起诉", "公诉")):
            return self._charged(rate, counts, labels)
        if not rate.stem:
            # 占比, 占…的: the part is the count right before the share.
            numerators = [self._glossed(in_segment, rate)]
            named = self._part_named(rate, in_segment, floor)
            if named is not None:
                return self._named_share(rate, named, counts, in_segment)
            if by_name:
                # 再审的行政判决书仅占年度裁判文书的0.79%。…中院裁判文书有78 597份，高院…26 363份: counts in
                # another sentence are no part of a 占 share unless one is named as its subject
                return None
            whole = self._whole_named(sentence, rate)
            if whole is not None and same_measure(folded, whole, numerators[0]):
                # 除险加固104座（占全县121座的86%）: the whole is the count written inside 占…的
                x = numerators[0]
                if interval_shows(*_ratio(written_interval(x), written_interval(whole)), r):
                    return None
                return self._mismatch(rate, x.value / whole.value * 100, f"{written(x)} ÷ {written(whole)}", (x, whole))
        else:
            everything = self._all_of(sentence, rate, in_segment, labels)
            if everything is not None:
                return everything or None
            # (除1人免考外全部达标: the count set apart is not what the rate counts)
            numerators = [c for c in in_segment if _counts_what(labels[c], rate.stem, subset)
                          and not (subset and _names_base(labels[c], subset)) and not _set_apart(folded, c, floor)]
            if not numerators and len(rate.stem) > 2:
                numerators = [c for c in in_segment if _counts_first_word(chunk_before(folded, c, floor), rate.stem)
                              and not (subset and _names_base(labels[c], subset))]
            if not numerators and len(rate.stem) >= 4 and rate.stem.endswith("完成") \
                    and not _PLAN_WORD.search(rate.stem):
                # 已整改230个，整改完成率: the deed done (整改), 完成 only says it is done
                # (责令整改的386户 were told to, the rate's base: what of them was done is not said)
                numerators = [c for c in in_segment if _counts_what(labels[c], rate.stem[:-2], None)
                              and not _set_apart(folded, c, floor)
                              and not re.search(_ORDERED + re.escape(rate.stem[:-2]), labels[c])]
            # (其中达到交易要求参加网上竞拍20家 … 交易率达100%: the count meets the requirement of
            # what the rate counts, the rate's base; what it counts is not given)
            numerators = [c for c in numerators if not _eligible_for(labels.get(c) or chunk_before(folded, c, floor), rate.stem)]
            if not numerators and subset is not None:
                numerators = self._manner_named(in_segment, rate, floor)
            if not numerators and not by_name:
                numerators = self._among(in_segment) or self._of_which(in_segment, rate) \
                    or self._only_count(in_segment, rate, labels, previous)
                # 共受理2000件，其中基层法院受理1500件，基层法院结案率96%: a count of what came in is
                # the base of a rate of what got done (of the group it names), never its part
                if rate.stem.endswith(_DONE):
                    numerators = [c for c in numerators if not _INTAKE.search(labels[c])]
            if not numerators and subset is not None and subset.stem == "纠错":
                return self._corrections(rate, in_segment, labels, subset, previous)
            if rate.stem == "精简":
                numerators = [c for c in numerators if _CUT_COUNT.search(chunk_before(folded, c, floor))]
                if not numerators:
                    return self._cut_to_kept(rate, in_segment, labels, previous)
            if not numerators or (rate.stem == "精简" and len(numerators) > 1):
                return None  # (取消310项，下放120项，精简率52.4%: cut two ways, summed)
        by = _BY_MEASURE.search(folded, back_to(folded, rate.name_start, floor, "，；：。"), rate.name_start + 1)
        if by is not None:
            # 批准逮捕1248件1549人，按人数计批捕率为80.0%: only the count in that measure is its part
            numerators = [c for c in (numerators if rate.stem else in_segment)
                          if _in_measure(c, by.group("what"), labels.get(c) or chunk_before(folded, c, floor))]
            if not numerators:
                return None
            numerators = numerators if rate.stem else numerators[-1:]
        # (办结580件（其中当场办结120件），办结率不足九成: a piece of the part in a bracket aside is no
        # part of the rate of its own)
        # (but 办结115件，其中按期办结110件，按期办结率: the piece the rate's full name names is its part)
        numerators = [c for i, c in enumerate(numerators)
                      if i == 0 or not _PIECE_AFTER.fullmatch(folded, numerators[i - 1].unit_end, begin(c))
                      or (len(rate.stem) > 2 and rate.stem in labels.get(c, "")
                          and rate.stem not in labels.get(numerators[i - 1], ""))]
        parts = [c for c in counts if c not in numerators and _has_rate_after(folded, c, window)
                 and not (after is not None and c.start < r.start and not any(r.start > q.start > c.start for q in counts))]
        # (提交审计信息92篇，采用36篇；提出建议70条，被采纳66条，采纳率96.3%: the message shows the part
        # of the rate's own clause run first; any part's reading that holds still silences it)
        numerators = sorted(numerators, key=lambda c: any(ch in folded[c.end:rate.name_start] for ch in "；;"))
        found: Optional[Mismatch] = None
        for x in numerators:
            judged = self._judge(sentence, previous, rate, x, counts, parts, labels, subset)
            if judged is _HOLDS:
                return None  # one reading of one part gives the rate
            if judged is not None and found is None:
                found = judged  # the message shows the first part the rate may count (满意44人, not 基本满意6人)
        return found

    def _judge(self, sentence, previous, rate: Rate, x: Quantity, counts, parts, labels, subset):
        """_HOLDS, a Mismatch, or None when the figures give no base to judge by."""
        folded = self.folded
        r = rate.q
        kind = _sub_kind(folded, x, counts, sentence.start)
        if kind is not None:
            # 其中涉企案件60件，涉企案件纠错12件，纠错率20%: a part named under a kind set off with
            # 其中 is of that kind's count, whatever the rate's base is of the total
            if interval_shows(*_ratio(_near_interval(x), _near_interval(kind)), r):
                return _HOLDS
            return self._mismatch(rate, x.value / kind.value * 100, f"{written(x)} ÷ {written(kind)}", (x, kind))
        if subset is not None:
            proper = self._proper_bases(labels, counts, x, subset)
            if not proper and previous is not None and _OPENS_WITH_PARTS.match(folded, sentence.start, sentence.end) \
                    and "\n" not in folded[previous.end:sentence.start]:
                # 受理150件，审结140件。其中，维持102件，纠错28件，纠错率20%: a sentence of parts
                # takes the rate's own base from the sentence before, wherever it stands there
                before = [c for c in previous.items if plain_count(c) and c.family == x.family
                          and not is_change(folded, c, previous.start)]
                labels = {**labels, **{c: label(folded, c, previous.start, previous.end) for c in before}}
                proper = self._proper_bases(labels, before + [x], x, subset)
            if proper:
                return self._judge_proper(rate, x, proper, subset) or _HOLDS
        # A whole is at least its part (a share is at most 100%).
        bases = [c for c in counts if c is not x and same_measure(folded, c, x) and c not in parts and c.start < x.start
                 and (c.value >= x.value or r.value > 100)]
        later = [c for c in counts if c is not x and same_measure(folded, c, x) and c.start > x.start]
        if not bases and previous is not None and ("\n" not in folded[previous.end:sentence.start]
                                                   or self._opens_with_parts(previous, sentence)):
            # a whole is at least its part (其中败诉228件 is no whole of 出庭383件)
            # (判处罪犯418.4万人。…罪犯重刑率41.06%: the count the rate's name picked is no whole of itself)
            bases = [b for b in self._wholes_in(previous, x, rate) if (b.value >= x.value or r.value > 100) and b.start != x.start]
            if _OPENS_WITH_OF_WHICH.match(folded, sentence.start, sentence.end):
                # (培训志愿者240人。其中，农民工1512人，…残疾人58人: a whole is at least each part the 其中
                # lists; 培训志愿者2400人。其中，农民工1512人，占48.5%: no share of the list agrees with it)
                most = max((c.value for c in sentence.items if plain_count(c) and same_measure(folded, c, x)), default=0)
                bases = [b for b in bases if b.value >= most]
                # (but 受理284406件。其中，咨询类124599件，占63.72%…: the shares of the sum of the kinds, no
                # whole before agreeing either, are still held to the total that 其中 follows)
                siblings = [(c, p) for c, p in _share_pairs(folded, sentence) if c is not x and same_measure(folded, c, x)]
                if siblings and len(bases) == 1 and not self._agrees(bases[0], siblings):
                    others = self._wholes_before(sentence, x, siblings)
                    if any(self._agrees(w, [(x, r)]) for w in others):
                        return _HOLDS  # (审结300件。\n其中，维持210件，占70%: over the count after 受理)
                    if any(self._agrees(w, siblings) for w in others):
                        bases = []
            framed = self._framed_whole(previous, sentence, x)
            if framed is not None:
                # 其中市级执法人员860人。市级执法人员中本科…742人，占86.3%: the frame names the group
                # the sentence before counted; that count, not the total, is the whole
                bases = [framed]
            if _other_scope(folded[sentence.start:x.start], folded[previous.start:previous.end]):
                bases = []  # (2022年行政诉讼案件20起。2023年…调解撤诉11起: another year's, another place's whole)
            if rate.stem and _TIMELY.search(rate.stem):
                # 受理120件，办结115件。其中按期办结110件，按期办结率95.7%: what was done in time is over
                # what was done (办结 without the qualifier) as well as over the intake
                bases += [c for c in previous.items if plain_count(c) and same_measure(folded, c, x)
                          and c.value >= x.value and c not in bases and not is_change(folded, c, previous.start)
                          and rate.stem[-2:] in label(folded, c, previous.start, previous.end)
                          and not _TIMELY.search(label(folded, c, previous.start, previous.end))]
            labels = {**labels, **{b: label(folded, b, previous.start, previous.end) for b in bases}}
            if subset is not None:
                # 共审结行政复议案件12195件。直接纠错1639件，直接纠错率20.7%: the sentence before
                # names the rate's own base (受理14起，审结12起。…调撤率91.7%: whichever count names it)
                named = [c for c in previous.items if plain_count(c) and c.family == x.family and c.value >= x.value
                         and not is_change(folded, c, previous.start) and c not in bases]
                labels = {**labels, **{c: label(folded, c, previous.start, previous.end) for c in named}}
                proper = self._proper_bases(labels, bases + named + [x], x, subset)
                if proper:
                    return self._judge_proper(rate, x, proper, subset) or _HOLDS
        if not bases and rate.stem and (subset is None or not subset.open_base):
            kind = self._kind_stated_before(sentence, rate, x)
            if kind is not None:
                bases = [kind]
                labels = {**labels, kind: label(folded, kind, 0, len(folded))}
        if bases and previous is not None and _OPENS_WITH_PARTS.match(folded, sentence.start, sentence.end) \
                and "\n" not in folded[previous.end:sentence.start]:
            # 应办理工单6376件…。其中紧急工单72件全部按期办结；返工单16件，返工率0.25%: a sentence of
            # parts (其中…) may rate a part over the whole of the sentence before, not only over
            # another part of its own
            extra = [b for b in self._wholes_in(previous, x, rate) if b.value >= x.value and b not in bases]
            labels = {**labels, **{b: label(folded, b, previous.start, previous.end) for b in extra}}
            bases = bases + extra
        if not rate.stem:
            # 前三位：交通类172件、城建类80件、民政类50件，占工单总量的59.68%: the kinds of one list
            # are no whole of one another; the share may be of the list together
            run = _sibling_run(folded, counts, x)
            if len(run) >= 3:
                bases = [b for b in bases if b not in run]
                together = (sum(_near_interval(p)[0] for p in run), sum(_near_interval(p)[1] for p in run))
                if any(interval_shows(*_ratio(together, _near_interval(b)), r) for b in bases):
                    return _HOLDS
        if rate.stem:
            # 抽检2150批次，核查处置不合格样品73批次，核查处置率100%: the part names what it was done
            # to, and that is not what the count before counts: the rate's base is not given
            bases = [b for b in bases if not _narrower(labels.get(x, ""), labels.get(b, ""), rate.stem)]
            # 登记失业人员再就业1200人，就业困难人员实现就业320人。就业困难人员就业率100%: the group the
            # rate's name and its part name (就业困难人员) is counted by no other group's count
            group = self._group_of(rate, sentence.start)
            if group and group[:2] in labels.get(x, "") and group[-2:] in labels.get(x, ""):
                bases = [b for b in bases if group[:2] in labels.get(b, "") and group[-2:] in labels.get(b, "")]
            # 满意520人、基本满意60人，满意率96.7%: another degree of the same answer is a part
            # beside it, never its whole
            answered = re.compile(re.escape(rate.stem[-2:]) + r"(?:的|人数|数)?[为有达]?\d")
            graded = re.compile(_DEGREES + re.escape(rate.stem[-2:]))
            residency = _RESIDENCY.search(folded, rate.name_start, begin(r)) if rate.stem == "城镇" else None
            if residency is not None:
                # (户籍人口62.18万人 is no base of 常住人口城镇化率)
                bases = [b for b in bases if residency.group() in labels.get(b, "")]
            if answered.search(labels.get(x, "")):
                bases = [b for b in bases if not (answered.search(labels.get(b, ""))
                                                  and (graded.search(labels.get(x, "")) or graded.search(labels.get(b, ""))))]
        else:
            # 全市受案5000件，市本级800件；各区受案中，东城区420件，占10%: a share under a frame of
            # its own (各区…中, 其余…) is of that group, which the text does not count; a total before
            # the frame is no base the text names for it
            frame = _frame_apart(folded, bases, x)
            if frame >= 0:
                rest = self._rest_share(rate, x, bases, counts, frame)
                if rest is not None:
                    return rest
                bases = [b for b in bases if b.end > frame]
        if _SETTLED_TO_FILED.fullmatch(rate.called or ""):
            # 受理9846件，审结9512件，结收比103.6%: what was accepted holds the old cases, which the
            # text does not give: no base for the cases filed
            carried = any(_CARRIED_OVER.search(labels.get(c, "")) for c in counts)
            bases = [b for b in bases if _FILED_NEW.search(labels.get(b, "")) or carried
                     or _CARRIED_INSIDE.match(folded, b.unit_end)]
        if rate.whole and _PLANNED.search(_FUNDS.sub("", rate.whole)):
            # (一般公共预算支出91759万元 names the fund, not a budget: no base of 完成调整预算的)
            bases = [b for b in bases if _PLANNED.search(_FUNDS.sub("", labels.get(b, "")))]
        elif rate.whole and _TOTAL_WORDS.search(rate.whole):
            # 占办结未成年人案件总数的: a total of what was done (or came in) is named so by its base
            # (起诉…8.4万人 is no count of the cases 办结)
            for stage in (_STAGE_DONE, _STAGE_IN):
                if stage.search(rate.whole):
                    bases = [b for b in bases if stage.search(labels.get(b, ""))]
                    break
            else:
                # 予以公开9件，部分公开6件（占全部申请的30%）: an outcome beside it is no count of
                # the requests; the whole is a count the name's noun names, here or the sentence before
                noun = _TOTAL_WORDS.sub("", _ANY_WHOLE.sub("", rate.whole))
                if _DEED_TOTAL.fullmatch(rate.whole) and not _SCOPE.search(noun):
                    # 占起诉总人数的: only a count of that deed (不起诉230人 is not one of 起诉, nor 起诉1320人
                    # one of 不起诉)
                    bases = [b for b in bases if _names_deed(labels.get(b, ""), noun, apart=True)]
                elif len(noun) >= 2 and _TOTAL_WORDS.match(rate.whole):
                    bases = [b for b in bases if noun[-2:] in labels.get(b, "")]
                    if not bases and previous is not None and "\n" not in folded[previous.end:sentence.start] \
                            and len(_sibling_run(folded, counts, x)) < 3:  # (kinds of a list: _sibling_run)
                        before = [b for b in self._wholes_in(previous, x, rate) if b.value >= x.value]
                        labels = {**labels, **{b: label(folded, b, previous.start, previous.end) for b in before}}
                        bases = [b for b in before if noun[-2:] in labels[b]]
        elif rate.whole:
            # 占全市的15%: a whole outside the text, unless a base is named so (占受理案件的)
            bases = [b for b in bases if _names_whole(labels.get(b, ""), rate.whole)
                     or _names_whole(self._bare_named(b), _persons(rate.whole, b))]
        if rate.whole:
            bases = [b for b in bases
                     if _same_place(rate.whole, folded[back_to(folded, begin(b), 0, "。\n", reach=300):b.end])]
        if not bases and not rate.whole and not rate.stem:
            framed = self._frame_stated_before(sentence, rate, x)
            if framed is not None:
                return framed
        if not bases and rate.whole and not rate.stem:
            stated = self._whole_stated_before(sentence, rate, x) or self._plan_stated_before(sentence, rate, x) \
                or self._budget_stated_before(sentence, rate, x) or self._whole_bracketed(sentence, rate, x) \
                or self._whole_stated_after(sentence, rate, x)
            if stated is not None:
                if interval_shows(*_ratio(_near_interval(x), _near_interval(stated)), r):
                    return _HOLDS
                run = _sibling_run(folded, counts, x)
                if len(run) >= 3 and interval_shows(*_ratio((sum(_near_interval(p)[0] for p in run),
                                                             sum(_near_interval(p)[1] for p in run)),
                                                            _near_interval(stated)), r):
                    return _HOLDS  # (the kinds of one list, 前三位…，占工单总量的59.7%: their share together)
                return self._mismatch(rate, x.value / stated.value * 100, f"{written(x)} ÷ {written(stated)}",
                                      (x, stated))
            return self._named_alike(sentence, rate, x)
        if not bases:
            return None
        if any(interval_shows(low, high, r) for low, high in self._readings(rate, x, bases, later, labels)):
            return _HOLDS
        if rate.stem.endswith(_CLEARED) and any(
                _FILED_NEW.search(labels.get(y, "")) and interval_shows(0.0, _ratio(_near_interval(x), _near_interval(y))[1], r)
                for y in bases):
            # 新收案件1512.5万件…结案1238.9万件…结案率为68.17%: a court's 结案率 is over the new cases
            # and the old ones it held (旧存), which the text does not give: only a rate above
            # 结案 ÷ 新收 is wrong
            return _HOLDS
        # The words around the rate, in a bounded stretch: a sentence of a thousand rates stays linear.
        said = folded[max(sentence.start, rate.name_start - _AROUND):min(sentence.end, r.end + REACH)]
        # (the kind of case may be named once for the paragraph: 区政府共收到行政复议申请1113件。…调解率14.7%)
        scope = folded[max(back_to(folded, sentence.start, 0, "\n", reach=_SCOPE_BACK), rate.name_start - _SCOPE_BACK):rate.name_start]
        if subset is not None and ((subset.open_base and (not subset.open_when or re.search(subset.open_when, said)
                                                          or re.search(subset.open_when, scope)))
                                   or (_LEFT_OPEN.search(said) and not self._rest_counted(x, bases, later, labels, said))):
            # The base is a part of the stated total the text does not give (出庭率 over the
            # cases heard): any base from the part itself up to the total may be meant.
            whole = max(bases, key=lambda b: b.value)
            if x.value <= whole.value:
                if r.value <= 100 and _possible_base(x.value, whole.value, r):
                    return _HOLDS
                return self._subset_mismatch(rate, x, whole, subset)
        # (按时回复办结率: the name's own qualifier may stand before the four characters of its stem)
        if rate.stem and _piece_of_part(labels.get(x, ""), rate.stem,
                                        folded[back_to(folded, rate.name_start, sentence.start, "，；：。、（）"):begin(r)]):
            # 派单601件，按时结案597件，超时办理4件，结案率100%: a part that names more than the rate
            # (按时结案 of 结案率) is only a piece of what it counts; the rate is at least the piece
            # over the largest base, and only a rate below that is wrong
            least = min(x.value / b.value * 100 for b in bases if b.value > 0)
            if r.value >= least or shows(least, r):
                return _HOLDS
        if self._base_unstated(rate, x, bases, labels):
            return None
        return self._shown(rate, x, bases, labels)

    def _base_unstated(self, rate: Rate, x: Quantity, bases, labels) -> bool:
        """"今年共整治餐饮门店8600家，…安装油烟净化器960家，安装率约78%": the rate counts a deed (安装)
        over those that should have it done (应安装), which the text does not count; the count before
        it is of a campaign (整治, 排查, 巡查) that reached them all, no base of the rate.  Only a rate
        above the part over that count is left unjudged (a base between the part and it may be meant)."""
        if not rate.stem or len(rate.stem) < 2 or _CANON_DEED.search(rate.stem):
            return False
        clause = self.folded[back_to(self.folded, begin(x), 0, "，；：。"):rate.name_start]
        if not mentions(clause, rate.stem[-2:]):
            return False
        for b in bases:
            said = labels.get(b, "")
            if mentions(said, rate.stem[-2:]) or not _CAMPAIGN.search(said) or _FOUND.search(said):
                return False
        least = min(x.value / b.value * 100 for b in bases if b.value > 0)
        return rate.q.value >= least

    def _rest_share(self, rate: Rate, x: Quantity, bases, counts, frame: int):
        """The share of a part framed under what is left (全市5000件，市本级800件；各区受案中，
        东城区420件，占10%): over the whole less the one part set apart before the frame, the
        one base the text names for it; _HOLDS, a Mismatch, or None when no such part is given."""
        first = min(bases, key=lambda b: b.start)
        apart = [c for c in counts if first.end <= c.start and c.end <= frame and same_measure(self.folded, c, x)]
        if len(apart) != 1 or not (first.value - apart[0].value >= x.value > 0):
            return None
        whole, part = _near_interval(first), _near_interval(apart[0])
        if interval_shows(*_ratio(_near_interval(x), (whole[0] - part[1], whole[1] - part[0])), rate.q):
            return _HOLDS
        value = x.value / (first.value - apart[0].value) * 100
        return self._mismatch(rate, value, f"{written(x)} ÷ ({written(first)} − {written(apart[0])})",
                              (x, first, apart[0]))

    def _rest_counted(self, x: Quantity, bases, later, labels, said: str) -> bool:
        """Do the cases left open make up, with the part, exactly the whole (已办结406件（9件正在
        办理）of 受理415件), and no word says some were not yet due?  Then the base is the whole."""
        if _NOT_YET_DUE.search(said):
            return False
        rest = [e for e in later if _LEFT_OPEN.search(labels.get(e, "")) and e.exact]
        return any(e.value + x.value == b.value for e in rest for b in bases if b.exact)

    def _corrections(self, rate: Rate, in_segment: List[Quantity], labels, subset: _Subset,
                     previous: Optional[NumberSentence] = None) -> Optional[Mismatch]:
        """"审结80件，其中维持62件，撤销8件，确认违法4件，责令履行2件，纠错率15%": the
        corrections are the decisions that undo or fix the act (撤销, 变更, 确认违法, 责令履行),
        summed over the cases decided."""
        parts = [c for c in in_segment if _CORRECTED.search(labels[c]) and not _NOT_CORRECTED.search(labels[c])]
        if not parts:
            return None
        bases = [c for c in in_segment if c.start < parts[0].start and c.family == parts[0].family
                 and any(w in labels[c] for w in subset.base) and c.value >= sum(p.value for p in parts)]
        if not bases and previous is not None and "\n" not in self.folded[previous.end:parts[0].start]:
            # 受理150件，审结138件。从审结情况看，维持98件，…撤销、确认违法共28件，纠错率22.3%:
            # the cases decided, named in the sentence before
            folded = self.folded
            before = [c for c in previous.items if plain_count(c) and c.family == parts[0].family
                      and not is_change(folded, c, previous.start)]
            labels = {**labels, **{c: label(folded, c, previous.start, previous.end) for c in before}}
            bases = [c for c in before if any(w in labels[c] for w in subset.base)
                     and not _EXCLUDED.search(labels[c]) and c.value >= sum(p.value for p in parts)]
        if not bases:
            return None
        whole = bases[-1]
        low = sum(written_interval(p)[0] for p in parts)
        high = sum(written_interval(p)[1] for p in parts)
        if "综合" in self.folded[rate.name_start:rate.q.start]:
            # 综合纠错率 also counts the cases withdrawn or settled after the act was corrected
            # (撤回申请13件): any value from the direct corrections up to all of those holds.
            high += sum(written_interval(c)[1] for c in in_segment if whole.start < c.start
                        and c.family == whole.family and _WITHDRAWN.search(labels[c]))
        if interval_shows(*_ratio((low, high), written_interval(whole)), rate.q):
            return None
        shown = written(parts[0]) if len(parts) == 1 else f"({' + '.join(written(p) for p in parts)})"
        return self._mismatch(rate, sum(p.value for p in parts) / whole.value * 100, f"{shown} ÷ {written(whole)}",
                              (parts[0], whole), ("纠错指撤销、变更、确认违法、责令履行等，以审结的案件为基数",
                                                  "corrections are the acts set aside, changed, found unlawful or ordered, "
                                                  "over the cases decided"))

    def _part_named(self, rate: Rate, in_segment: List[Quantity], floor: int) -> Optional[Quantity]:
        """The one count of the segment that the words right before 占比 name (命名示范单位36个、
        示范项目12个，示范单位占比75%: 36, not the 12 before the share)."""
        folded = self.folded
        at = folded.find("占比", rate.name_start, begin(rate.q))
        if at < 0:
            return None
        noun = folded[back_to(folded, at, floor, "，；：。（）、"):at].strip()
        if len(noun) < 2 or not all("\u4e00" <= c <= "\u9fff" for c in noun):
            return None
        named = [c for c in in_segment if noun in chunk_before(folded, c, floor)]
        return named[0] if len(named) == 1 else None

    def _group_named(self, rate: Rate, counts: List[Quantity], floor: int) -> List[Quantity]:
        """The counts a share of several named kinds adds up: "甲类30件、乙类25件、丙类65件，甲乙
        两类占比过半" (甲类 and 乙类), "…，行政处罚和行政许可两类占比…".  Each name must pick out
        exactly one of ``counts``, a different one, as many as the numeral says."""
        folded = self.folded
        at = folded.find("占比", rate.name_start, begin(rate.q))
        if at < 0:
            return []
        m = _GROUP_NAME.search(folded, back_to(folded, at, floor, "，；：。（）"), at)
        if m is None or m.end() != at:
            return []
        k = cn_to_int(m.group("n"))
        names = [n for n in _GROUP_SPLIT.split(m.group("names")) if n]
        if len(names) == 1 and k and len(names[0]) == k:
            names = list(names[0])  # 甲乙两类: one character a kind
        if k is None or len(names) != k or k < 2:
            return []
        found: List[Quantity] = []
        for name in names:
            hits = [c for c in counts if name in chunk_before(folded, c, floor)]
            if len(hits) != 1 or hits[0] in found:
                return []
            found.append(hits[0])
        if not all(same_measure(folded, c, found[0]) for c in found):
            return []
        return sorted(found, key=lambda c: c.start)

    def _named_share(self, rate: Rate, x: Quantity, counts: Sequence[Quantity], in_segment: List[Quantity]):
        """A share of a part named by its noun: over a whole before it, or over the parts it
        is listed with (示范单位36个、示范项目12个: 36 ÷ (36 + 12))."""
        folded, r = self.folded, rate.q
        at = in_segment.index(x)
        run = [x]
        for a, b in zip(reversed(in_segment[:at]), reversed(in_segment[:at + 1])):  # back, joined by 、和及
            if not _JOINED_PARTS.fullmatch(folded[a.end:begin(b)]) or not same_measure(folded, a, x):
                break
            run.insert(0, a)
        for a, b in zip(in_segment[at:], in_segment[at + 1:]):
            if not _JOINED_PARTS.fullmatch(folded[a.end:begin(b)]) or not same_measure(folded, b, x):
                break
            run.append(b)
        wholes = [c for c in counts if c.start < run[0].start and same_measure(folded, c, x) and c.value >= x.value]
        readings = [(_ratio(written_interval(x), written_interval(w)), f"{written(x)} ÷ {written(w)}", x.value / w.value * 100, w)
                    for w in wholes if w.value > 0]
        if len(run) >= 2:
            low = sum(written_interval(p)[0] for p in run)
            high = sum(written_interval(p)[1] for p in run)
            total = sum(p.value for p in run)
            readings.append((_ratio(written_interval(x), (low, high)),
                             f"{written(x)} ÷ ({' + '.join(written(p) for p in run)})", x.value / total * 100, run[-1]))
        if not readings or any(interval_shows(*interval, r) for interval, _, _, _ in readings):
            return None
        _, formula, value, whole = readings[0]
        return self._mismatch(rate, value, formula, (x, whole))

    def _group_share(self, rate: Rate, group: Sequence[Quantity], counts: List[Quantity]) -> Optional[Mismatch]:
        """The share of named kinds together: their sum over the list they stand in (the parts
        joined by 、和及 around them, or each followed by its own share), or over a whole written
        before that list."""
        folded, r = self.folded, rate.q
        first, last = counts.index(group[0]), counts.index(group[-1])
        run = counts[first:last + 1]

        def listed(a: Quantity, b: Quantity) -> bool:
            gap = folded[a.end:begin(b)]
            return bool(_JOINED_PARTS.fullmatch(gap) or _LISTED_WITH_SHARE.fullmatch(gap))

        for a, b in zip(reversed(counts[:first]), reversed(counts[:first + 1])):
            if not listed(a, b) or not same_measure(folded, a, group[0]):
                break
            run.insert(0, a)
        for a, b in zip(counts[last:], counts[last + 1:]):
            if not listed(a, b) or not same_measure(folded, b, group[0]):
                break
            run.append(b)
        if any(not listed(a, b) for a, b in zip(run, run[1:])):
            return None
        part = (sum(written_interval(p)[0] for p in group), sum(written_interval(p)[1] for p in group))
        part_value = sum(p.value for p in group)
        shown = "(" + " + ".join(written(p) for p in group) + ")"
        readings = []
        wholes = [c for c in counts if c.start < run[0].start and same_measure(folded, c, group[0]) and c.value >= part_value]
        for w in wholes:
            if w.value > 0:
                readings.append((_ratio(part, written_interval(w)), f"{shown} ÷ {written(w)}", part_value / w.value * 100, w))
        if len(run) > len(group):
            low = sum(written_interval(p)[0] for p in run)
            high = sum(written_interval(p)[1] for p in run)
            total = sum(p.value for p in run)
            readings.append((_ratio(part, (low, high)), f"{shown} ÷ ({' + '.join(written(p) for p in run)})",
                             part_value / total * 100, run[-1]))
        if not readings or any(interval_shows(*interval, r) for interval, _, _, _ in readings):
            return None
        _, formula, value, whole = readings[0]
        return self._mismatch(rate, value, formula, tuple(group) + (whole,))

    def _cut_to_kept(self, rate: Rate, in_segment: List[Quantity], labels, previous) -> Optional[Mismatch]:
        """"共有审批项目1056项。…拟保留834项，精简比例为21%": what was cut is the whole (in the
        clause or the sentence before) less what is kept."""
        r = rate.q
        if not in_segment:
            return None
        kept = in_segment[-1]
        before = [c for c in in_segment[:-1] if same_measure(self.folded, c, kept)]
        if before:
            whole = before[-1]
        elif previous is not None and "\n" not in self.folded[previous.end:kept.start]:
            same = [c for c in previous.items if plain_count(c) and same_measure(self.folded, c, kept)]
            if len(same) != 1:
                return None
            whole = same[0]
        else:
            return None
        if not _KEPT.search(labels[kept]) or not same_measure(self.folded, whole, kept) or not whole.value > kept.value \
                or not whole.exact or not kept.exact:
            return None
        value = (whole.value - kept.value) / whole.value * 100
        if shows(value, r) or (r.after is not None and interval_shows(value, value, r)):
            return None
        return self._mismatch(rate, value, f"({written(whole)} − {written(kept)}) ÷ {written(whole)}", (kept, whole))

    def _whole_named(self, sentence: NumberSentence, rate: Rate) -> Optional[Quantity]:
        """The one count written between 占 and 的 (占全县121座的), or None."""
        if not rate.whole:
            return None
        inside = [c for c in sentence.items if rate.name_start < c.start and c.end <= begin(rate.q)]
        if len(inside) != 1 or not plain_count(inside[0]) or inside[0].value <= 0:
            return None
        return inside[0]

    def _bracketed(self, sentence: NumberSentence, r: Quantity) -> List[Quantity]:
        folded = self.folded
        if folded[r.end:r.end + 1] != "（":
            return []
        close = folded.find("）", r.end, min(sentence.end, r.end + 60))
        if close < 0:
            return []
        return [c for c in sentence.items if r.end < c.start and c.end <= close and plain_count(c)
                and not is_change(folded, c, r.end + 1)][:_WINDOW]

    def _among(self, in_segment: List[Quantity]) -> List[Quantity]:
        """"全市312个村中已有298个…，覆盖率100%", "全镇12个村已有10个建成…": the part after a
        whole written with 中 or 已有 in the same clause."""
        if len(in_segment) < 2:
            return []
        whole, part = in_segment[-2], in_segment[-1]
        between = self.folded[whole.end:begin(part)]
        if same_measure(self.folded, whole, part) and part.value <= whole.value and _AMONG.search(between[:REACH]) \
                and (not any(c in between for c in "，；。") or _AMONG_THEN.fullmatch(between)):
            return [part]  # (2418项政务服务事项中，2331项纳入…: the whole's clause ends in 中)
        return []

    def _of_which(self, in_segment: List[Quantity], rate: Rate) -> List[Quantity]:
        """"保留事项600项，其中可网上办理560项，网办率98%": a rate named unlike the part
        right before it takes the part that 其中 sets off from the total before it."""
        if len(in_segment) < 2:
            return []
        whole, part = in_segment[-2], in_segment[-1]
        between = self.folded[whole.end:begin(part)]
        after = self.folded[part.end:rate.name_start]
        if not same_measure(self.folded, whole, part) or part.value > whole.value or len(between) > 24 \
                or not re.match(r"[^，；。]{0,6}[，]?其中[，]?[^，；。]*$", between) or re.search(r"[；。]", after) \
                or after.count("，") > 1:
            return []
        return [part]

    def _only_count(self, in_segment: List[Quantity], rate: Rate, labels, previous) -> List[Quantity]:
        """"共抽查1200户。责令整改问题主体187户，问题发现率12%": the one count of its sentence
        before the rate, named with a word of the rate's name, over the one count of its
        measure in the sentence before."""
        if len(in_segment) != 1 or previous is None or not mentions(labels[in_segment[0]], rate.stem):
            return []
        part = in_segment[0]
        same = [c for c in previous.items if plain_count(c) and c.family == part.family]
        return [part] if len(same) == 1 and same[0].value >= part.value else []

    def _all_of(self, sentence: NumberSentence, rate: Rate, in_segment: List[Quantity], labels):
        """"受理申请9件，全部按期办结，按期办结率88.9%": the words say every case did what
        the rate counts, so the rate is 100%.  A Mismatch, False when the rate says so
        too, None when the words say nothing of the kind."""
        if not in_segment:
            return None
        folded = self.folded
        whole = in_segment[-1]
        verb = rate.stem[-2:]
        if verb in labels[whole]:
            return None
        if rate.name_start - whole.end > REACH:
            return None
        said = folded[whole.end:rate.name_start]
        m = _ALL.search(said)
        if m is None or "。" in said \
                or _ALL_SPOILED.search(folded, max(sentence.start, rate.name_start - _AROUND), rate.name_start):
            return None
        rest = said[m.end():]
        cut = min((rest.find(b) for b in "，；" if b in rest), default=len(rest))
        # (均已取得执法证件 for 持证率: the rate's word, or its first word written otherwise)
        words = (verb,) + _SYNONYMS.get(verb, ()) + (() if rate.stem.endswith(_DONE) else _SYNONYMS.get(rate.stem[:2], ()))
        word = next((w for w in words if w in rest[:min(cut, 12)]), None)
        if word is None:
            return None
        r = rate.q
        if shows(100.0, r):
            return False
        end = rest.find(word) + len(word) if word == verb else min(cut, 12)  # (the whole clause: 均已取得执法证件)
        phrase = self.text[whole.end + m.start():whole.end + m.end() + end]
        joined = [whole]  # 建议18件、提案22件，均已按时办复: all of both
        for c in reversed(in_segment[:-1]):
            if c.family != whole.family or not re.fullmatch(r"[^，；：。]{0,14}", folded[c.end:begin(joined[0])]) \
                    or not re.search(r"[、和及与]", folded[c.end:begin(joined[0])]):
                break
            joined.insert(0, c)
        shown = written(whole) if len(joined) == 1 else f"({' + '.join(written(c) for c in joined)})"
        return self._mismatch(rate, 100.0, f"{shown} ÷ {shown}", (whole,),
                              (f"前文写{phrase}", f"the text says {phrase}: all of them"))

    def _wholes_in(self, previous: NumberSentence, x: Quantity, rate=None) -> List[Quantity]:
        """The whole of a share whose sentence opens with its parts ("全年受理98件。其中，维持61件，占62.2%")."""
        folded = self.folded
        # (16个省级政府…，占比50%。12个省级政府…，占比37.5%: a count with a share of its own is a
        # part beside the next, never its whole)
        same = [c for c in previous.items if plain_count(c) and same_measure(folded, c, x)
                and not is_change(folded, c, previous.start) and not _share_follows(folded, c, previous)]
        labels = {c: label(folded, c, previous.start, previous.end) for c in same}
        # 不予受理12件 names what was not accepted: no whole of what was (立案受理45件)
        # (其中决定维持435件: a part after 其中, no whole; the 中 of 其中 is not the 中 of 受理的案件中)
        found = [c for c in same if _WHOLE.search(labels[c].replace("其中", "")) and not _EXCLUDED.search(labels[c])]
        if not found and len(same) == 1 and same[0].value >= x.value:
            found = same  # the one count of its measure: 检查市场主体2,340户。
        # (批准逮捕3200人，提起公诉4100人。其中，起诉未成年人900人，占…的22%: a part that names its stage is
        # of the count of that stage, not of the first one the sentence opens with)
        deed = _deed(folded[back_to(folded, begin(x), 0, "，；：。\n", reach=60):begin(x)])
        if found and deed is not None and _deed(labels[found[-1]]) not in (None, deed) \
                and rate is not None and not rate.stem and _deed(rate.whole) is None:
            own = [c for c in same if _deed(labels[c]) == deed and c.value >= x.value]
            return own[-1:] if len(own) == 1 else []
        return found[-1:]

    def _readings(self, rate: Rate, x: Quantity, bases, later, labels) -> Iterator[Tuple[float, float]]:
        """Every reasonable reading of the rate, as the interval of percentages the figures
        as written allow (1.2万 ÷ 2.4万 is anything the rounded figures give)."""
        xi = _near_interval(x)
        for y in bases:
            yi = _near_interval(y)
            yield _ratio(xi, yi)
            # 收到代表建议312件、群众意见28件，立案289件，立案率85%: the base may be the list the count
            # heads or closes, together (the rate's population is all it names)
            run = self._joined_run(y, sorted(labels, key=lambda c: c.start))
            if len(run) >= 2 and x not in run:
                yield _ratio(xi, (sum(_near_interval(c)[0] for c in run), sum(_near_interval(c)[1] for c in run)))
            if rate.stem and _NEGATED.search(labels.get(x, "")):
                # 未办结2件 with 办结率: the rate is what is left
                low, high = _ratio(xi, yi)
                yield 100 - high, 100 - low
        if rate.stem:
            for y in later:  # the rest given after: 办结48件，未办结2件
                gap = self.folded[x.end:begin(y)]
                if _ASIDE_PART.match(labels.get(y, "")) or gap.count("（") > gap.count("）"):
                    continue  # (审结114773件（其中刑事案件5329件）: a piece of the part, no rest)
                yi = written_interval(y)
                yield _ratio(xi, (xi[0] + yi[0], xi[1] + yi[1]))
            # 非常满意246份，满意58份，满意率95%: the degrees of one answer make the part together
            # (all of them, or one with the plain answer: 基本满意 is counted in some reports only)
            degrees = _degrees(rate, x, list(labels), labels)
            if degrees:
                groups = [degrees] + ([[d] for d in degrees] if len(degrees) > 1 else [])
                # the whole may follow them (…满意163条，合计965条，满意率100%)
                wholes = [y for y in list(bases) + [c for c in later if _WHOLE.search(labels.get(c, ""))]
                          if y not in degrees]
                for group in groups:
                    together = (xi[0] + sum(written_interval(c)[0] for c in group),
                                xi[1] + sum(written_interval(c)[1] for c in group))
                    for y in wholes:
                        yield _ratio(together, _near_interval(y))
            if (rate.called or "").startswith("收结"):
                # 收结比 is written for either ratio: filed over settled too
                for y in bases:
                    yield _ratio(_near_interval(y), xi)
            if _SETTLED_TO_FILED.fullmatch(rate.called or ""):
                # 受理4939件（含旧存256件），结案2837件，结收比60.6%: the cases filed are the new ones
                for y in bases:
                    carried = [e.value for e in labels if e is not y and e is not x
                               and _CARRIED_OVER.search(labels.get(e, ""))]
                    inside = _CARRIED_INSIDE.match(self.folded, y.unit_end)  # 4939件（含旧存256件）
                    if inside is not None:
                        carried.append(float(inside.group(1)))
                    for e in carried:
                        if y.value > e:
                            yi = written_interval(y)
                            yield _ratio(xi, (yi[0] - e, yi[1] - e))
            for y in bases:  # the whole less the cases it leaves out
                for e in bases + later:
                    if e is not y and e is not x and _EXCLUDED.search(labels.get(e, "")) and y.value - e.value > 0:
                        yi, ei = written_interval(y), written_interval(e)
                        yield _ratio(xi, (yi[0] - ei[1], yi[1] - ei[0]))

    def _shown(self, rate: Rate, x: Quantity, bases, labels) -> Mismatch:
        """The reading the message shows: the part over the whole the text names first."""
        degrees = _degrees(rate, x, list(labels), labels) if rate.stem else []
        if degrees and any(b not in degrees for b in bases):
            y = next(b for b in bases if b not in degrees)
            value = (x.value + sum(c.value for c in degrees)) / y.value * 100
            summed = " + ".join(written(c) for c in sorted(degrees + [x], key=lambda c: c.start))
            return self._mismatch(rate, value, f"({summed}) ÷ {written(y)}", (x, y))
        wholes = [b for b in bases if _WHOLE.search(labels.get(b, "") or "共")]
        # (a base of the part's own clause run first: 县直…批复39.41亿元…；各乡镇批复11.49亿元，已用7.94亿元)
        near = [b for b in bases if not any(c in self.folded[b.end:x.start] for c in "；;")]
        y = ([b for b in wholes if b in near] or near or wholes or bases)[0]
        for e in bases:
            if e is not y and _EXCLUDED.search(labels.get(e, "")) and y.value - e.value >= x.value > 0:
                value = x.value / (y.value - e.value) * 100
                return self._mismatch(rate, value, f"{written(x)} ÷ ({written(y)} − {written(e)})", (x, y, e))
        return self._mismatch(rate, x.value / y.value * 100, f"{written(x)} ÷ {written(y)}", (x, y))

    def _mismatch(self, rate: Rate, value: float, formula: str, used, note=("", "")) -> Mismatch:
        r = rate.q
        roles = (("计算所用的部分", "the part the rate is computed from"), ("计算所用的整体", "the whole the rate is computed from"),
                 ("排除在外的件数", "the cases left out"))
        return Mismatch(
            kind="share", start=rate.name_start, end=r.end, stated=self._stated(rate), expected=pct(value, r.decimals, r.value),
            formula=formula, used=tuple(Used(q.start, q.unit_end, zh, en) for q, (zh, en) in zip(used, roles)),
            note_zh=note[0], note_en=note[1], name=self._name(rate),
        )

    def _stated(self, rate: Rate) -> str:
        r = rate.q
        start = rate.name_start
        return self.text[start:r.end].replace(" ", "").replace("\r", "").replace("\n", "")

    def _name(self, rate: Rate) -> str:
        if rate.called:
            return self.text[rate.name_start:rate.name_start + len(rate.called)]
        end = begin(rate.q)
        name = self.text[rate.name_start:end].replace("\r", "").replace("\n", "").rstrip("为是达到已高仅约均了超过不足近 ")
        of_named = _RATE_OF_NAMED.search(name)
        if of_named is not None:
            name = name[:of_named.start() + 1]  # 资金支出率, not 资金支出率达全年资金的
        if not rate.stem and "比" not in name:
            return "占比"  # 占76.2%, 占全部事故的85.3%: the share
        return name or "占比"

    # -- rates over a part of the total --------------------------------------

    def _proper_bases(self, labels, counts, x: Quantity, subset: _Subset) -> List[Tuple[float, str, Tuple[Quantity, ...]]]:
        """The bases the text gives: a count that names the base (开庭10起), or the total
        less the cases it says were not heard or decided (8件，除3件未开庭外)."""
        bases = []
        for c in counts:
            if c is x or c.family != x.family or not _names_base(labels[c], subset):
                continue
            if _EXCLUDED.search(labels[c]):
                for y in counts:
                    if y.start < c.start and y.family == c.family and y.value > c.value \
                            and not _EXCLUDED.search(labels[y]) and y is not x:
                        bases.append((y.value - c.value, f"({written(y)} − {written(c)})", (y, c)))
            else:
                bases.append((c.value, written(c), (c,)))
                # 审结30件，胜诉26件，撤诉4件: cases withdrawn or ended were decided on nothing
                for y in counts:
                    if y.start > c.start and y is not x and y.family == c.family and y.value < c.value \
                            and _WITHDRAWN.search(labels[y]) and subset.stem in _OVER_DECIDED:
                        bases.append((c.value - y.value, f"({written(c)} − {written(y)})", (c, y)))
        return bases

    def _over_intake(self, rate: Rate, x: Quantity) -> bool:
        """Does the rate show as ``x`` over the cases of its kind taken in (受理, 新收) that the text
        stated in a sentence before (2024年新受理行政复议案件151件。… 审结135件，纠错29件，纠错率约19.2%)?
        Reports state a 纠错率 over either base; where the text gives both, either is read (issue 11)."""
        if self.between is None:
            return False
        folded = self.folded
        floor = max(0, rate.name_start - _STATED_BEFORE)
        kinds = {k for k in _CASE_KINDS if k in folded[max(floor, rate.name_start - _SCOPE_BACK):rate.name_start]}
        if not kinds:
            return False
        # (in another sentence only: 新受理150件，审结120件，其中纠错24件 ties the 纠错 to the 审结 by 其中)
        own = back_to(folded, rate.name_start, floor, "。！？\n", reach=_STATED_BEFORE)
        for c in self.between(floor, own):
            if c is x or c.family != x.family or not plain_count(c) or c.value < x.value:
                continue
            words = folded[back_to(folded, begin(c), floor, "，；：。\n", reach=40):begin(c)]
            if _INTAKE_WORD.search(words) and not _EXCLUDED.search(words) and any(k in words for k in kinds) \
                    and interval_shows(*_ratio(written_interval(x), written_interval(c)), rate.q):
                return True
        return False

    def _judge_proper(self, rate: Rate, x: Quantity, bases, subset: _Subset) -> Optional[Mismatch]:
        r = rate.q
        if any(len(used) == 2 and x.value + used[1].value > used[0].value for _, _, used in bases):
            # 审结27宗，胜诉24宗，撤诉5宗，胜诉率100%: the parts overrun their whole, a slip of the sum
            # (sum-mismatch reads it); which figure is wrong, no reading of the rate can tell
            return None
        for base, _, _ in bases:
            if base > 0 and (shows(x.value / base * 100, r) or shows((base - x.value) / base * 100, r)):
                return None  # 出庭9起 of 开庭10起; 未出庭1起 of 开庭10起
        if self._over_intake(rate, x):
            return None
        base, shown, used = max(bases, key=lambda b: b[0])
        if base <= 0:
            return None
        note = (f"{self._name(rate)}以{subset.name_zh}为基数", f"{self._name(rate)} is over {subset.name_en}")
        return self._mismatch(rate, x.value / base * 100, f"{written(x)} ÷ {shown}", (x,) + tuple(used), note)

    def _subset_mismatch(self, rate: Rate, x: Quantity, whole: Quantity, subset: _Subset) -> Mismatch:
        r = rate.q
        floor_value = x.value / whole.value * 100 if whole.value else 0.0
        name = self._name(rate)
        if r.value > 100:
            note = ("比率不可能超过100%", "a rate cannot exceed 100%")
        else:
            note = (f"即使只以其中{subset.name_zh}为基数，{name}也不低于{pct(floor_value, max(r.decimals, 1))}",
                    f"even over {subset.name_en} alone, {name} is at least {pct(floor_value, max(r.decimals, 1))}")
        m = self._mismatch(rate, floor_value, f"{written(x)} ÷ {written(whole)}", (x, whole), note)
        return Mismatch(m.kind, m.start, m.end, m.stated, f"{pct(floor_value, max(r.decimals, 1))}～100%", m.formula, m.used,
                        m.note_zh, m.note_en, m.name)


# The part of a whole in the same clause: 312个村中已有298个, 12个村已有10个, 318项事项中的240项.
# What joins the parts of one split: 示范单位36个、示范项目12个.
# 甲乙两类, 行政处罚和行政许可两项, 前述A、B两种: the kinds a share of several names, and their count.
_GROUP_NAME = lazy(r"(?P<names>[\u4e00-\u9fff、和及与]{2,24}?)(?P<n>[两二三四])(?:类|项|种|个)")
_GROUP_SPLIT = re.compile(r"[、和及与]")
# 咨询类共33523件，占47.09%；求助类共21570件: kinds listed each with its share.
_LISTED_WITH_SHARE = re.compile(r"[^，；：。\d]{0,4}[，,]占[^，；。\d]{0,8}[\d.]+%[；;、，,][^，；：。\d]{0,14}")
_JOINED_PARTS = re.compile(r"[^，；：。\d]{0,14}?[、和及与][^，；：。\d]{0,14}")
_NOT_YET_DUE = lazy(r"到期|期限|时限|未到|按期|结转|跨年|下一年")
_AMONG = re.compile(r"中|已有|已经有")
_AMONG_THEN = lazy(r"[^，；。\d]{0,16}中，(?:有|已有)?")
# A clause that names a part of a whole before a bare 比例 (…318项许可事项中的240项…，比例达75%).
_PART_OF_WHOLE = lazy(r"\d[^，；。\d]{0,16}中的?[^，；。\d]{0,3}\d")
_OBJECT_QUALIFIER = lazy(r"不合格|问题|违法|违规|隐患|异常|超标|失信|逾期|投诉|举报")


# Words that make a count of done cases a piece of them: the ones done in time (按时结案597件).
_IN_TIME = ("按时", "按期", "及时", "限时", "如期")


def _piece_of_part(part_label: str, stem: str, rate_name: str) -> bool:
    """Does the part's label qualify the rate's own word with a word the rate's name lacks
    (按时结案 against 结案率)?"""
    word = stem[-2:]
    return any(q + word in part_label and q not in rate_name for q in _IN_TIME)


def _sibling_run(folded: str, counts: Sequence[Quantity], x: Quantity) -> List[Quantity]:
    """The counts joined to ``x`` by 、 in one list (A类172件、B类80件、C类50件), in order."""
    if x not in counts:
        return [x]
    at = counts.index(x)
    run = [x]
    for a in reversed(counts[:at]):
        gap = folded[a.end:begin(run[0])]
        if "、" not in gap or not _JOINED_PARTS.fullmatch(gap) or a.family != x.family:
            break
        run.insert(0, a)
    return run


def _narrower(part_label: str, base_label: str, stem: str) -> bool:
    """Does the part name, after the rate's word, a kind of thing (不合格样品, 问题企业) that the
    base's words do not: a part of a narrower whole than the count before it?"""
    verb = stem[-2:]
    at = part_label.find(verb)
    if at < 0:
        return False
    digits = re.search(r"\d", part_label[at:])
    obj = part_label[at + len(verb):at + digits.start()] if digits else ""
    m = _OBJECT_QUALIFIER.search(obj)
    return m is not None and m.group() not in base_label and m.group() not in stem  # 问题发现率: what it counts


_OF_WHICH = lazy(r"^[，,]?其中[，,：:]?")


def _sub_kind(folded: str, x: Quantity, counts: Sequence[Quantity], floor: int) -> Optional[Quantity]:
    """The count of a kind set off with 其中 whose name ``x`` is named under (其中刑事案件500件，
    刑事案件中适用认罪认罚的400件: 500), or None."""
    own = chunk_before(folded, x, floor)
    for c in reversed(counts):
        if c.start >= x.start or c.family != x.family or not c.value >= x.value > 0:
            continue
        head = chunk_before(folded, c, floor)
        m = _OF_WHICH.match(head)
        if m is None:
            continue
        noun = head[m.end():].rstrip("的有共计为 ")
        if len(noun) >= 2 and own.startswith(noun) and len(own) > len(noun):
            return c
    return None


# Words that set the year or the place a figure is of.
_SCOPE = lazy(r"(?:19|20)\d\d(?=年|$)|全国|全省|全市|全区|全县|全州|本市|本省|本区|本县")


# A frame in other words: 从受援人构成看，, 从来访群众情况看，.
_FRAME_SEEN = lazy(r"从(?P<name>[\u4e00-\u9fff]{3,10}?)(?:的)?(?:构成|结构|分布|类型|类别|情况)?(?:来)?看[，,]")
# What was ordered or due, not done (责令整改, 需整改, 限期整改).
_ORDERED = r"(?:责令|要求|需要?|应当?|督促|限期|下达|交办|提出)[^，；。]{0,4}"
# A rate of a plan done (任务完成率, 计划完成率): over the plan, never over a deed's count.
_PLAN_WORD = lazy(r"任务|计划|目标|预算|投资|项目")
# Generic words after a whole's name that name no narrower group (公益诉讼领域, 审计工作).
_GENERIC_TAIL = lazy(r"(?:领域|方面|工作|类|事项|业务)(?:案件)?")
# A comma between two kinds of one noun (大会提案950件，平时提案24件), and how far a list is read.
_COMMA_KIND = lazy(r"[，,][\u4e00-\u9fff]{2,10}")
_RUN_REACH = 40
_STAGE_WORD = lazy(r"受理|审结|办结|结案|立案|办理|处理|审理|执结|完成|答复|回复|化解|调解|新收|收案|旧存|未结|已结|"
                   r"发放|回收|收回|发出|收到|有效|采纳|采用|通过|合格|参加|实到|应到|实际|检查|抽检|审查|核查|整改|落实")
# A count that is a piece of another (其中刑事案件5329件, 含旧存…), never what is left beside it.
_ASIDE_PART = lazy(r"[（(]?(?:其中|含|包括|包含)")
# Words before a share's subject that are no part of its name (2023年, 全县, 年末).
_SUBJECT_NOISE = lazy(r"^(?:(?:19|20)\d\d年(?:末|底|度)?|全年|年末|年底|全[国省市县区州镇]|本[市县区])+|(?:所|的)$")
# A heading line: short, opened by an outline number (一、 （二） 3. 第一).
_HEADING_WIDTH = 40
_HEADING_OPENING = lazy(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.、．]|第[一二三四五六七八九十]+[，、 ])")
# A whole named by pointing back at the count before (该类案件, 上述案件, 此类纠纷).
_DEMONSTRATIVE = lazy(r"(?:该|此|这|上述|前述|以上)(?:类|些|种|部分)?[\u4e00-\u9fff]{0,6}?(?:案件|纠纷|事项|人员|问题|线索|信件|申请|诉求|投诉|数|总数|总量)?")
# A piece of a count set off in a bracket right after it (580件（其中当场办结120件）).
_PIECE_AFTER = lazy(r"[（(]\s*(?:其中|含|包括|包含)[^，,；;。\d（）]{0,12}")
# The clause after a rate that names its part (，其中当场办结4870件).
_PART_AFTER = lazy(r"[，,]\s*其中[，,]?")
# Between a whole's name and its figure in the clause after a share (行政村168个, 目标任务为5500人).
_STATED_AFTER = lazy(r"(?:总数|总量|数量|数)?(?:共有|共计|共|有|为|是|达|达到|总计|合计)?")
# Words before a group's name that name no narrower group (其中, 全市, 共有).
_FILLER = lazy(r"(?:其中|全[年市县区省镇州乡]|本[市县区镇]|共有|共计|共|现有|拥有|有|年末|年底|的|[，,：:\s])*")
# A sentence that opens with its parts (其中，农民工1512人，…).
_OPENS_WITH_OF_WHICH = lazy(r"\s*其中[，,]?")
# What a frame's qualifiers are split by: figures, 的, and the words any frame carries.
_FRAME_NOISE = lazy(r"[\d.]+[\u4e00-\u9fff]?|的|其|在|全年|今年|办理|共|[^\u4e00-\u9fff]")


# A campaign that reaches every unit it counts (整治门店8600家, 排查住房1250户): what a rate counts done to
# some of them is over those that needed it, not over all it reached.
_CAMPAIGN = lazy(r"整治|排查|巡查|走访|摸排|督查|督导|清查|摸底|普查|巡检|暗访")
# What a campaign found (排查发现隐患1173项): the base of what is done about it (整改率).
_FOUND = lazy(r"发现|查出|查找|梳理出|存在|隐患|问题")
# Deeds whose rate is over everything examined (合格率 over 抽检, 达标率 over 监测).
_CANON_DEED = lazy(r"合格|达标|优良|通过|满意|检出|发现|问题|查处|立案|整改|销号")


def _share_pairs(folded: str, sentence: NumberSentence) -> List[Tuple[Quantity, Quantity]]:
    """The (count, share) pairs of a sentence written count then 占 (农民工1069人，占52.4%)."""
    items = sentence.items
    return [(c, p) for c, p in zip(items, items[1:])
            if plain_count(c) and _is_rate(p) and p.unit == "%" and _PAIRED_SHARE.fullmatch(folded, c.end, begin(p))]


_PAIRED_SHARE = lazy(r"[，,]?(?:约|仅)?占(?:比)?(?:为|达)?")


def _other_scope(head: str, other: str) -> bool:
    """Do ``head`` and ``other`` both name a year or a place, and ``other`` not all of
    ``head``'s (2023年… after 2022年…; 全区… after 全市…)?"""
    mine = {m.group() for m in _SCOPE.finditer(head)}
    theirs = {m.group() for m in _SCOPE.finditer(other)}
    return bool(mine) and bool(theirs) and not mine <= theirs


def _same_scope(head: str, other: str) -> bool:
    """Does ``other`` name every year and place ``head`` names (2023年纠错率 after 2022年…的
    counts, 全省…率 after the county's counts: another whole)?"""
    return all(m.group() in other for m in _SCOPE.finditer(head))


# The nouns any count of cases may carry: they name no whole apart from another (占涉企案件的).
_ANY_WHOLE = lazy(r"(?:的)?(?:案件|事项|人员|人数|件数|总数|总量|数量|数)$")


_CASES_COUNTED = lazy(r"(?:的)?(?:案件|事项|申请)(?:数|数量|总数|件数)?$")


def _names_whole(base_label: str, whole: str) -> bool:
    """Does a count's label name the whole written between 占 and 的 by what sets it apart
    (涉企 of 占涉企案件的: 其中涉企案件60件, not 受理行政复议案件150件)?"""
    key = _ANY_WHOLE.sub("", whole)
    if len(key) < 2:
        return mentions(base_label, whole)
    # (受理案件数: the cases 受理, as 新受理的行政复议151件中 names them)
    deed = _CASES_COUNTED.sub("", whole)
    return key[-2:] in base_label or (len(deed) >= 2 and deed[-2:] in base_label)


def _persons(whole: str, q: Quantity) -> str:
    """A whole of persons named by its people (少数民族人口 of a count in 人): its people."""
    return whole[:-2] if whole.endswith("人口") and q.unit in ("人", "万人") and len(whole) > 3 else whole


def _in_measure(q: Quantity, what: str, words: str) -> bool:
    """Is ``q`` counted in the measure 按…计 names: its unit (人数, 件数) or the thing its
    words name (小区数 of 新开工改造老旧小区5.25万个)?"""
    if len(what) == 1 or what == "案件":
        return q.unit == what[-1] or (what[-1] == "件" and q.unit in ("件", "例", "起", "宗"))
    return what in words


def _same_place(whole: str, words: str) -> bool:
    """Is a whole that names a place (占全国法院入选数的, 占全省的) of the place the words of a
    count name?  A report counts its own body's figures; a whole of a wider place is another
    body's (the nation's cases chosen, of which the court's 9 are a part), which the text does
    not give, unless the count is named for that place as its subject (全区共评选40卷; not
    入选全省法院优秀案例3件, the body's own entries to the province's list)."""
    return all(re.search(r"(?:^|[，；：。])(?:(?:19|20)\d\d年|今年|本年度?|全年)?" + m.group(), words)
               for m in _PLACES.finditer(whole))


_SET_APART = lazy(r"除了?[^，；。\d]{0,6}$")


def _set_apart(folded: str, q: Quantity, floor: int) -> bool:
    """Is ``q`` the count a 除…外 sets apart (除1人免考外全部达标)?"""
    return bool(_SET_APART.search(chunk_before(folded, q, floor))) \
        and "外" in folded[q.end:forward_to(folded, q.end, len(folded), "，；。", 14)]


# A frame of what became of every case counted (处理结果中, 办理情况中) sets none apart.
_OUTCOMES = lazy(r"结果|情况")
# A clause that sets a group apart before its counts (各区受案中，…; 其余…; 余下的…).
_GROUP_FRAME = lazy(r"[，；。：][^，；。：\d]{1,12}?(?<!其)中[，：]|其余|其他的|余下|剩余")


# A share right after its part (30件，占比35.3%; 30件，占35.3%), and what may stand between two
# items of one list (；公安局 …, 、 …): no 其中 or 中 that opens a level below.
_SHARE_RIGHT_AFTER = lazy(r"[，,、]?\s*(?:约|仅|近)?占(?:比|到)?(?P<whole>[^，；。：\d]{1,12}的)?(?:比例|比重)?(?:为|达)?\s*")
# (the next part's name may be long: 审结贪污贿赂、破坏社会主义市场经济秩序等经济犯罪案件22万件，占6.50%)
# The change written between a count and its share: ，同比增长, ，比上年下降.
_CHANGE_THEN = lazy(r"[，,]\s*(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少|上升|回落)(?:了)?\s*")
_CHANGE_ASIDE = lazy(r"（\s*(?:同比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少|上升|回落)(?:了)?\s*")
_SIBLING_GAP = lazy(r"[，；,;、]\s*(?:(?!其中|包括|含|以上|以下)[^，；。：\d中]){0,36}")


_NOT_APART = lazy(r"日均|平均|每|增加|减少|增长|下降|上升|提高|同比|较上\S?")


def _frame_apart(folded: str, bases: Sequence[Quantity], part: Quantity) -> int:
    """Where a frame that sets ``part``'s group apart (see _judge) opens, or -1: after the
    first whole and a part set apart from it, the counts before the frame are no base."""
    if not bases:
        return -1
    first = min(bases, key=lambda b: b.start)
    between = folded[first.end:begin(part)]
    if len(between) > 200:
        return -1
    frame = _GROUP_FRAME.search(between)
    if frame is not None and _OUTCOMES.search(frame.group()):
        return -1  # (处理结果中，予以公开9件: the outcomes of every request, no group apart)
    # (受理的案件中，… right after the whole names the whole again; a frame after a part set apart,
    # 市本级800件；各区受案中, names what is left; a daily mean or a change before it sets nothing
    # apart: 受理诉求71184件，日均10169件，较上周下降0.24%。所受理的诉求中，…)
    if frame is None or not any(not _NOT_APART.search(between, max(0, m.start() - 3), m.start())
                                for m in re.finditer(r"\d+(?:\.\d+)?(?:万|亿)?" + re.escape(part.unit),
                                                     between[:frame.start()])):
        return -1
    return first.end + frame.start()


def _near_interval(q: Quantity) -> Tuple[float, float]:
    """written_interval, with 近 before a figure in 万 or 亿 held to its last shown place: 近14万
    is 13万..14万 (not down to 11.2万, which would let any rate of 12.6万 stand)."""
    low, high = written_interval(q)
    if q.before is not None and q.before.text in ("近", "将近", "接近") and scale_of(q) >= 10000 and q.step > 0:
        low = max(low, q.value - q.step)
    return low, high


def _ratio(part: Tuple[float, float], whole: Tuple[float, float]) -> Tuple[float, float]:
    """part ÷ whole in percent, over the values the two written figures stand for."""
    if whole[1] <= 0:
        return math.inf, math.inf
    return part[0] / whole[1] * 100, part[1] / max(whole[0], 1e-12) * 100


def _possible_base(part: float, total: float, q: Quantity) -> bool:
    """Is there a whole number of cases n, part ≤ n ≤ total, with part ÷ n shown as ``q``?"""
    if part <= 0:
        return shows(0.0, q)
    low, high = math.ceil(part), math.floor(total)
    if high < low:
        return False
    candidates = {low, high}
    if q.value > 0:
        exact = part * 100 / q.value  # the base that gives the rate exactly
        candidates.update((math.floor(exact), math.ceil(exact)))
    # part ÷ n falls as n grows, so the bases that match form one run around ``exact``:
    # if any lies in low..high, one of these does.
    return any(low <= n <= high and n > 0 and shows(part / n * 100, q) for n in candidates)


# A table's note that names the base of its shares: 注：本表中的基数为1068人; 以上比例均以1068人为基数.
_NOTED_BASE = lazy(r"基数(?:为|是|：|:)\s*(?P<n>\d+)\s*(?:人|件|户|个|家|名|起|次)|以[^，。；\d]{0,12}?(?P<m>\d+)\s*"
                   r"(?:人|件|户|个|家|名|起|次)为基数")
# A table flattened to text, one cell a line: a column of counts, its label, then the column of
# their shares (人数(人) / 6 / 24 / … / 比例 / 0.6% / 2.2% / …).
_CELL_COUNT = lazy(r"\d+")
_CELL_SHARE = lazy(r"\d+(?:\.\d+)?%")
_NOTE_REACH = 2000  # characters before a note where its table may stand
_LINE = lazy(r"[^\n]+")


def noted_columns(text: str, folded: str, quantities) -> List[Mismatch]:
    """"人数(人) / 6 / 24 / 220 / 304 … / 比例 / 0.6% / 2.2% / 20.6% / 25.8% … / 注：本表中的基数为1068人": a
    table flattened to one cell a line whose note states the base of its shares: each share is
    the count in the same place of the column before it over that base.  Checked only where
    most of the column holds (the note is of this column), and the rest is reported."""
    if "基数" not in folded:
        return []
    out: List[Mismatch] = []
    for note in _NOTED_BASE.finditer(folded):
        base = int(note.group("n") or note.group("m"))
        if base <= 0:
            continue
        floor = max(0, note.start() - _NOTE_REACH)
        # the non-empty lines before the note, last first: (where the cell starts, the cell)
        lines = [(m.start() + len(m.group()) - len(m.group().lstrip()), m.group().strip())
                 for m in _LINE.finditer(folded, floor, folded.rfind("\n", floor, note.start()) + 1) if m.group().strip()]
        lines = lines[::-1][:80]
        shares, i = [], 0
        while i < len(lines) and not _CELL_SHARE.fullmatch(lines[i][1]):
            i += 1
            if i > 3:
                break  # (the note's own lines: 注：)
        while i < len(lines) and _CELL_SHARE.fullmatch(lines[i][1]):
            shares.append(lines[i])
            i += 1
        i += 1  # the column's label (比例, 占比)
        counts = []
        while i < len(lines) and _CELL_COUNT.fullmatch(lines[i][1]) and len(counts) < len(shares):
            counts.append(lines[i])
            i += 1
        if len(shares) < 3 or len(counts) != len(shares):
            continue
        pairs = []
        for (c_at, c_cell), (s_at, _) in zip(reversed(counts), reversed(shares)):
            q = next((q for q in quantities.between(s_at, s_at + 1) if q.kind == "percent"), None)
            if q is None:
                break
            pairs.append((c_at, int(c_cell), q))
        if len(pairs) != len(shares):
            continue
        wrong = [(c_at, c, q) for c_at, c, q in pairs if not shows(c / base * 100, q)]
        if not wrong or len(wrong) * 2 >= len(pairs):
            continue  # (most of the column holds to another base: the note is not of this column)
        for c_at, c, q in wrong:
            out.append(Mismatch(
                kind="share", start=q.start, end=q.end, stated=text[q.start:q.end], expected=pct(c / base * 100, q.decimals, q.value),
                formula=f"{c} ÷ {base}", name="比例",
                used=(Used(c_at, c_at + len(str(c)), "计算所用的部分", "the part the rate is computed from"),
                      Used(note.start(), note.end(), "表注所说的基数", "the base the table's note states")),
                note_zh="以表注所说的基数计算", note_en="over the base the table's note states"))
    return out



# A column of shares in a table pasted as text (指标 | 年末数(万人) | 比重(%)): the row whose share
# is 100 is the whole the column's shares are of.
_SHARE_TITLE = lazy(r"比重|比例|占比|构成")
_WHOLE_SHARE = 100.0


def barred_columns(text: str, quantities) -> List[Mismatch]:
    """"指标 | 年末数(万人) | 比重(%) / 全市常住人口 | 3213.34 | 100.00 / 男性 | 1623.17 | 50.51": a
    table pasted one row a line, cells apart by |, with a column of shares right after a column of
    counts: the row whose share is 100 is the whole, and each other row's share is its count over
    that whole (城镇 and 乡村, 男性 and 女性 alike).  Checked only where most rows hold so (the column
    is of that whole), and the rest reported."""
    if "|" not in text or not _SHARE_TITLE.search(text):
        return []
    from .tables import _CELL_BAR, _line_cells

    out: List[Mismatch] = []
    block: List[list] = []
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text.count(_CELL_BAR, pos, end) >= 2:
            block.append(_line_cells(text, pos, end))
        elif block:
            out += _barred_shares(text, block, quantities)
            block = []
        pos = end + 1
    if block:
        out += _barred_shares(text, block, quantities)
    return out


def _rows_agree(text: str, header, column: int, pairs) -> List[Mismatch]:
    """A table of shares of one whole that it does not state nor list all of (the first kinds of a
    hot line's calls): every row's count over its share gives the whole; when all rows but one agree
    on it (three at least), that one is reported, over the whole another row gives."""
    if len(pairs) < 4:
        return []
    wholes = []
    for count, share in pairs:
        if share.value <= 0:
            return []
        c_lo, c_hi = written_interval(count)
        half = 0.5 * 10.0 ** -share.decimals
        wholes.append((c_lo / (share.value + half) * 100, c_hi / max(share.value - half, 1e-9) * 100))
    for k, (count, share) in enumerate(pairs):
        rest = [w for j, w in enumerate(wholes) if j != k]
        lo, hi = max(w[0] for w in rest), min(w[1] for w in rest)
        if lo > hi:
            continue  # (the others do not agree either)
        # (a whole from shares rounded to whole percents is loose: a tenth of the share is let pass)
        slack = max(1.5 * 10.0 ** -share.decimals, 0.1 * share.value)
        c_lo, c_hi = written_interval(count)
        if c_lo / hi * 100 <= share.value + slack and c_hi / lo * 100 >= share.value - slack:
            return []  # (every row agrees)
        other_count, other_share = pairs[0 if k else 1]
        name = _SHARE_TITLE.search(text[header[column][0]:header[column][1]]).group()
        return [Mismatch(
            kind="share", start=share.start, end=share.end, stated=text[share.start:share.end],
            expected=pct(count.value / ((lo + hi) / 2) * 100, share.decimals, share.value),
            formula=f"{written(count)} ÷ ({written(other_count)} ÷ {other_share.number}%)", name=name,
            used=(Used(count.start, count.end, "计算所用的部分", "the part the rate is computed from"),),
            note_zh="同列各行的占比都以同一总数为整体", note_en="every row's share in the column is of one whole")]
    return []


def _rows_together(text: str, header, column: int, pairs) -> List[Mismatch]:
    """A table of shares with no total (no row of 100, none stated above): the rows are all of the
    whole when every share but one is its count over the rows' sum; that one is reported."""
    lo = sum(written_interval(c)[0] for c, _ in pairs)
    hi = sum(written_interval(c)[1] for c, _ in pairs)
    if lo <= 0:
        return []
    wrong = []
    for count, share in pairs:
        c_lo, c_hi = written_interval(count)
        half = 0.5 * 10.0 ** -share.decimals
        if c_lo / hi * 100 > share.value + half + 1e-9 or c_hi / lo * 100 < share.value - half - 1e-9:
            wrong.append((count, share))
    if len(wrong) != 1:
        return _rows_agree(text, header, column, pairs) if len(wrong) > 1 else []  # (not all of one whole)
    count, share = wrong[0]
    unit = 10.0 ** -share.decimals
    if count.value / ((lo + hi) / 2) * 100 > share.value - 1.5 * unit and count.value / ((lo + hi) / 2) * 100 < share.value + 1.5 * unit:
        return []  # (a unit off: a share moved so that the column makes 100, or the rows all but all of the whole)
    name = _SHARE_TITLE.search(text[header[column][0]:header[column][1]]).group()
    total = (lo + hi) / 2
    return [Mismatch(
        kind="share", start=share.start, end=share.end, stated=text[share.start:share.end],
        expected=pct(count.value / total * 100, share.decimals, share.value),
        formula=f"{written(count)} ÷ ({' + '.join(written(c) for c, _ in pairs)})", name=name,
        used=(Used(count.start, count.end, "计算所用的部分", "the part the rate is computed from"),),
        note_zh="以各行合计的总数为整体", note_en="over the total the rows make up")]


def _total_above(text: str, top: int, counts: List[Quantity], quantities, lone=(), scale: float = 1.0):
    """The one count of the two lines above a table (its caption between), or of a row of it
    with no share, that its rows' counts make up: the table's whole.  A count above in 万元 is
    held to cells in 万元 (the column's title says the scale)."""
    start = text.rfind("\n", 0, max(0, top - 1))
    start = text.rfind("\n", 0, max(0, start)) + 1 if start > 0 else 0
    above = [q for q in quantities.between(start, top) if q.kind == "count" and q.exact and q.value > 0]
    lo = sum(written_interval(c)[0] for c in counts)
    hi = sum(written_interval(c)[1] for c in counts)

    def made_up(q: Quantity, by: float) -> bool:
        q_lo, q_hi = written_interval(q)
        return q_lo / by <= hi + 1e-9 and q_hi / by >= lo - 1e-9

    found = [q for q in above if made_up(q, scale if q.value >= scale * 0.99 and scale > 1 else 1.0)] \
        + [q for q in lone if made_up(q, 1.0)]
    if len(found) != 1:
        return None
    q = found[0]
    if q in lone or scale == 1.0 or not made_up(q, scale):
        return q
    return q._replace(value=q.value / scale, step=q.step / scale,
                      number=q.number.replace("亿" if scale == 1e8 else "万", ""))


def _barred_shares(text: str, rows: List[list], quantities) -> List[Mismatch]:
    for h, header in enumerate(rows):
        titles = [text[a:b] for a, b in header]
        column = next((c for c, t in enumerate(titles) if c >= 2 and _SHARE_TITLE.search(t)
                       and not _SHARE_TITLE.search(titles[c - 1])), None)
        if column is not None:
            break
    else:
        return []
    pairs = []  # (count, share) of each row of the table's width below the header
    lone = []  # counts of rows with no share (总人口 | 104975 | — |)
    for cells in rows[h + 1:]:
        if len(cells) != len(header):
            break
        figures = [quantities.between(a, b) for a, b in cells[column - 1:column + 1]]
        if len(figures[0]) == 1 and not figures[1] and figures[0][0].exact:
            lone.append(figures[0][0])
        if any(len(f) != 1 for f in figures):
            continue
        count, share = figures[0][0], figures[1][0]
        if not (count.exact and share.exact) or count.kind not in ("count", "number") \
                or share.kind not in ("percent", "number") or count.value <= 0:
            continue
        pairs.append((count, share))
    whole = next((c for c, s in pairs if s.value == _WHOLE_SHARE), None)
    if whole is None and len(pairs) >= 2:
        # 年末全县总人口104975人。\n指标 | 人数 | 比重 / 城镇 | 61240 | 58.9 / 乡村 | 43735 | 41.7: no row of
        # 100, the total stated in the line right above the table, which the rows make up
        scale = text[header[column - 1][0]:header[column - 1][1]]
        whole = _total_above(text, rows[0][0][0], [c for c, _ in pairs], quantities, lone,
                             1e8 if "亿" in scale else 1e4 if "万" in scale else 1.0)
        if whole is not None:
            pairs = [(whole, None)] + pairs
    if whole is None and len(pairs) >= 3 and not lone:
        return _rows_together(text, header, column, pairs)
    if whole is None or len(pairs) < 3:
        return []
    w_lo, w_hi = written_interval(whole)
    # 全县常住人口 | 104975 | 100.0 / 城镇 | 61240 | 58.9 / 乡村 | 43735 | 41.7: rows whose counts make up
    # the whole are of it, however few (a majority of two is none)
    parts = [written_interval(c) for c, _ in pairs if c is not whole]
    summed = sum(lo for lo, _ in parts) <= w_hi + 1e-9 and sum(hi for _, hi in parts) >= w_lo - 1e-9
    if len(pairs) < 4 and not summed:
        return []
    wrong = []
    for count, share in pairs:
        if count is whole:
            continue
        c_lo, c_hi = written_interval(count)
        # (two rows held by their sum only: a share may be moved a unit so that the column makes 100)
        half = (0.5 if len(pairs) >= 4 else 1.0) * 10.0 ** -share.decimals
        if c_lo / w_hi * 100 > share.value + half + 1e-9 or c_hi / w_lo * 100 < share.value - half - 1e-9:
            wrong.append((count, share))
    if not wrong or len(wrong) >= len(pairs) - 1 or (len(wrong) * 2 >= len(pairs) - 1 and not summed):
        return []  # (most rows hold to another whole: the column is not of this one)
    title = text[header[column][0]:header[column][1]]
    name = _SHARE_TITLE.search(title).group()
    if all(whole is not c for c, s in pairs if s is not None):
        note, used = ("以各行合计的总数为整体", "over the total the rows make up"), \
            ("各行合计的总数", "the total the rows make up")
    else:
        note, used = ("以比重为100的一行为整体", "over the row whose share is 100"), \
            ("比重为100的整体", "the whole, the row whose share is 100")
    return [Mismatch(
        kind="share", start=share.start, end=share.end, stated=text[share.start:share.end],
        expected=pct(count.value / whole.value * 100, share.decimals, share.value),
        formula=f"{written(count)} ÷ {written(whole)}", name=name,
        used=(Used(count.start, count.end, "计算所用的部分", "the part the rate is computed from"),
              Used(whole.start, whole.end, *used)),
        note_zh=note[0], note_en=note[1])
        for count, share in wrong]
