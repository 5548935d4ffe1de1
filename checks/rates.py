"""percent-mismatch (LL302): a rate, share or change in percent that the figures contradict.

The number model (lintlaw.numbers) reads what each percentage claims: a share of
the counts beside it (办结率, 出庭应诉率, 占比, 六成, 过半), the change between
two figures (由A增加到B，增长x%; 较上年增加N，增长x%; B，去年同期为A，同比下降x%;
年均增长), a change of a percentage in points (提高x个百分点) or the gap between two
(比目标A%低N个百分点), a doubling (翻番) or a multiple (增长x倍; 市级数量是省级的近5倍).
This rule reports the claims no reading of the figures gives, with the
computation in the report's numbers.
"""
from __future__ import annotations

import re
from typing import Iterator

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg, Related
from lintlaw.numbers import Mismatch, bound, model
from lintlaw.registry import rule
from lintlaw.wording import quote

# The claims this rule reports (sum-mismatch reports net changes).
KINDS = frozenset({"share", "change", "annual", "points", "double", "times"})

_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*%")
_PLAIN_COUNT = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?(?![\d.万亿千百])")  # a count in its own unit
_LIST_OF_SHARES = 3


def _share_of_nothing(m: Mismatch) -> bool:
    """A share the figures would make 0% (60 ÷ 25.8万 against 占总数的92.3%): the whole read is
    not the one the report means (a count of another scope), never a slip of the share."""
    if m.kind != "share":
        return False
    expected, stated = _PERCENT.search(m.expected), _PERCENT.search(m.stated)
    return expected is not None and stated is not None and float(expected.group(1)) == 0 \
        and float(stated.group(1)) >= 1


def _another_whole_finding(doc: Document, group, whole: float) -> Finding:
    used = group[0].used[1]
    stated = doc.text[used.start:used.end]
    return Finding(
        start=used.start,
        end=used.end,
        message=Msg(f"其后{len(group)}项的占比都以约{whole:.0f}为整体计算，不是这里的“{stated}”",
                    f"the {len(group)} shares after it are all of a whole of about {whole:.0f}, not of {stated}"),
        help=Msg("核对总数，或核对各项占比所依据的整体",
                 "check the total, or the whole the shares are computed over"),
        related=tuple(Related(m.start, m.end, Msg("按另一整体计算的占比", "a share of another whole")) for m in group),
    )


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def _share_of_a_part_unnamed(folded: str, m: Mismatch) -> bool:
    """A share in brackets after an amount, named by a part of it the text gives no figure for
    (一般公共预算收入实现8.5亿元，同比下降53.4%（非税占比为21%）): the share of 非税 in that amount,
    read as the amount's own share of another total."""
    if m.kind != "share" or len(m.used) != 2:
        return False
    opened = folded.rfind("（", 0, m.start)
    if opened < 0 or folded.find("）", opened, m.start) >= 0 or m.start - opened > _NAMED_PART:
        return False
    named = _HAN_RUN.search(folded, opened + 1, m.start)
    if named is None or m.used[0].start >= opened:
        return False
    clause = max(folded.rfind(mark, 0, m.used[0].start) for mark in "，。；：\n") + 1
    words = folded[clause:m.used[0].start]
    return named.group().replace("其中", "") not in words


_NAMED_PART = 12


def _shares_of_another_whole(folded: str, claims):
    """The shares of one list read over one whole that all contradict it but agree among themselves on
    another (咨询类124599件，占63.72%；求助类56672件，占28.98%；… over 受理284406件: each is of 195532):
    one defect, the total or the whole they were computed over, not a slip in each share.  Yields
    (the shares, the whole they agree on)."""
    groups = {}
    for m in claims:
        if m.kind != "share" or len(m.used) != 2:
            continue
        groups.setdefault((m.used[1].start, m.used[1].end), []).append(m)
    for group in groups.values():
        if len(group) < _LIST_OF_SHARES:
            continue
        low, high = 0.0, float("inf")
        for m in group:
            part = _PLAIN_COUNT.match(folded[m.used[0].start:m.used[0].end].strip())
            stated = _PERCENT.search(m.stated)
            if part is None or stated is None or float(stated.group(1)) <= 0:
                break
            value = float(part.group().replace(",", ""))
            digits = stated.group(1)
            half = 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0)
            share = float(digits)
            low = max(low, value / (share + half) * 100)
            high = min(high, value / (share - half) * 100) if share > half else high
        else:
            if low <= high:
                yield group, (low + high) / 2 if high != float("inf") else low


def _message(m: Mismatch) -> Msg:
    stated = quote(m.stated)
    if m.kind == "share" and "～" in m.expected:
        zh = f"{stated}与数字不符：{m.formula} = {m.expected.split('～')[0]}，{m.note_zh}"
        en = f"{stated} does not follow from the figures: {m.formula} = {m.expected.split('～')[0]}, and {m.note_en}"
        return Msg(zh, en)
    note_zh = f"（{m.note_zh}）" if m.note_zh else ""
    note_en = f" ({m.note_en})" if m.note_en else ""
    limit = bound(m)
    if limit == "low":
        return Msg(f"{stated}与数字不符：{m.formula} = {m.expected}，达不到所说的下限{note_zh}",
                   f"{stated} does not follow from the figures: {m.formula} = {m.expected}, "
                   f"short of the bound stated{note_en}")
    if limit == "high":
        return Msg(f"{stated}与数字不符：{m.formula} = {m.expected}，超出所说的上限{note_zh}",
                   f"{stated} does not follow from the figures: {m.formula} = {m.expected}, "
                   f"above the bound stated{note_en}")
    if limit == "near":
        return Msg(f"{stated}与数字不符：{m.formula} = {m.expected}，与所说的约数不符{note_zh}",
                   f"{stated} does not follow from the figures: {m.formula} = {m.expected}, "
                   f"not near the figure stated{note_en}")
    if m.kind == "double":
        return Msg(f"{stated}与数字不符：{m.formula} = {m.expected}，不是翻番",
                   f"{stated} does not follow from the figures: {m.formula} = {m.expected}, not a doubling")
    return Msg(f"{stated}与数字不符：{m.name}应为{m.expected}：{m.formula}{note_zh}",
               f"{stated} does not follow from the figures: the {_NAMES_EN.get(m.kind, 'rate')} is {m.expected}: "
               f"{m.formula}{note_en}")


_NAMES_EN = {"share": "rate", "change": "change", "annual": "annual growth rate", "points": "change in points",
             "times": "multiple"}


def _help(m: Mismatch) -> Msg:
    if m.kind == "share" and "～" in m.expected:
        low = m.expected.split("～")[0]
        return Msg(f"核对比率和所用数字：按文中数字，{m.name}应在{low}～100%之间；若比率无误，请改正数字",
                   f"Check the rate and the figures: from the figures given, {m.name} lies between {low} and 100%; "
                   "if the rate is right, correct the figures")
    if bound(m):
        return Msg(f"核对比率和所用数字：按文中数字为{m.expected}，若数字无误，改写所说的比例；若比率无误，请改正数字",
                   f"Check the rate and the figures: the figures give {m.expected}; if they are right, restate the "
                   "share; if the rate is right, correct the figures")
    if m.kind == "double":
        return Msg("核对前后两个数字：若数字无误，删去“翻番”或改写实际倍数；若说法无误，请改正数字",
                   "Check the two figures: if they are right, drop 翻番 or state the real multiple; "
                   "if the claim is right, correct the figures")
    return Msg(f"核对比率和所用数字：若数字无误，改为{m.expected}；若比率无误，请改正数字",
               f"Check the rate and the figures: if the figures are right, write {m.expected}; "
               "if the rate is right, correct the figures")


@rule(
    code="LL302",
    name="percent-mismatch",
    severity="error",
    summary="比率、占比或增减幅度与文中数字算不出来（办结率、占比、六成、增长x%、x个百分点、翻番……）",
    summary_en="A rate, share or change in percent that the figures in the text contradict",
    why=(
        "百分比与增长率：文中给出计算所需的数字时，占比 = 部分 ÷ 整体，增幅 = (现值 − 原值) ÷ 原值，"
        "降幅 = (原值 − 现值) ÷ 原值，百分点是两个百分数之差，翻番是原值的两倍；结果须在所写位数的四舍五入范围内一致，"
        "“超过六成”“近七成”“过半”等说法须与数字相符。计算错误是公文数字差错的常见类型。"
        "本规则先尝试各种合理读法（含“除…外”的排除项、未办结的余数、上一句给出的总数），都对不上才报告；"
        "同比、环比、年均增速没有给出基数或年份时、目标值（力争、预期）、没有给出数字的比率都不核对。"
        "出庭应诉率以应诉的案件为基数，文中说到开庭审理时以开庭审理的案件为基数；纠错率以审结的案件为基数："
        "文中给出该基数时只按它核对，未给出时基数可为部分与总数之间的任何数，只报告任何基数都得不到的比率。"
        "行政复议的调解率同样以审结的案件为基数。"
        "以“其中”分出的一类写明其数字、比率的部分又冠以这一类时，以这一类的数字为基数。"
        "比率单独成句时，可用上一句按其名称写出的数字核对（年份、地域不同的除外）。"
        "不捕率以审查逮捕的人数或批捕与不捕的人数之和为基数，不起诉率以审查起诉的人数为基数，批捕、起诉的人数本身不是其基数，"
        "文中未写明这些人数时不核对；"
        "结收比（收结比）以新收案件为基数，文中只写受理数而未写旧存时不核对。"
        "文中说“全部办结”“均已答复”时，相应的比率应为100%；“参考率、合格率均为100%”逐一核对每个比率，"
        "每个比率只用文中按其名称写出的数字（参加考试的人数是参考率的分子，不是通过率的）；"
        "“合格率、优秀率分别为a%、b%”按顺序一一对应；以“其中”开头的下一行可以上一行的总数为整体。"
        "“完成目标任务N的x%”是完成数 ÷ 目标数，预算名称前写明批准它的会议时（完成区十八届人大常委会第十九次会议批准支出调整预算N的x%）也是；“占全年计划的x%”只以文中写明的计划数为基数，签约额、合同额不是计划。"
        "失业率、出生率、死亡率的基数是文中不统计的人口，不核对；延期开庭、中止审理的案件不是已开庭审理的案件；"
        "“分别占比a%、b%”的各部分须是紧挨着写出数字的一组，分号前另一种分法的数字不是其部分。"
        "写明去年同期（或上年）的数字时（“受理532件768人，去年同期为787件1279人”“上年为500件”），同比增减幅度按(本期 − 同期) ÷ 同期核对，"
        "件数和人数按“分别”的顺序或所写的“件数”“人数”各自核对；去年同期的数字另成一句、与本期按同样顺序列出时，“同比分别……”的各值依次对应，件数核对增减幅度，比率核对百分点；“B，再增N、增长x%”的原值是B − N；"
        "“比目标A%低N个百分点”的N是两个百分数之差。"
        "“占GDP的比重”“占行政机关败诉案件的”等整体在本句未给出时，用前文以同一名称紧接着写出的数字（年份、地域相同）；"
        "“占办结……总数的”只以文中写明办结（受理）的数字为整体。"
        "审判案件结案率、执行案件执结率、刑事案件结案率等以该类案件的数字为基数，文中没有写出该类案件的数字时不核对。"
        "同一列举中各项“N件，占x%”的占比以同一总数为整体：总数未写出时，由各项推出的总数应当一致，与其余各项不一致的一项报告"
        "（只有两项时，两项占比之和为100%才核对）；列举中以“其中”分出的下一层不算同列。"
        "“不批准逮捕33件40人”同时写出件数和人数时，不捕率按件数或人数计算均可。"
        "去年同期的比率写明时（“审结率87.3%，去年同期为82.1%”），同比增减的百分点是两者之差。"
        "“所受理的诉求中，……”紧接在总数之后时仍以该总数为整体，总数后的日均数、增减数不是另分出的一部分。"
        "以千分数写的人口出生率、死亡率以出生（死亡）人口除以年平均人口：前文写明常住（户籍、总）人口时，"
        "基数在年初与年末人口之间（写明比上年末增减的人数时按它推算，未写明时上下各放宽3%）。"
        "常住人口城镇化率是城镇人口 ÷ 常住人口，户籍人口不是其基数；执行清偿率、到位率的“到位”金额是其部分。"
        "比率的整体只取其名称所指的人群：几类并列写出时（收到代表建议A件、群众意见B件；大会提案A件，平时提案B件）也可以合计为基数；"
        "“未结案件占比”是余数，不以审结数为部分；户籍人口、常住人口都写出时出生率、死亡率按其中任一核对；"
        "“X中，……占x%”的X是前一句写出的一组（其中市级执法人员N人）时以该组为整体。"
        "比率的部分、整体或上年的数写在比率之后也核对：“当场办结率x%，其中当场办结N件”（“其中”后写出比率的全名）；"
        "“占全镇行政村的x%，全镇共有行政村N个”“完成年度目标任务的x%，年度目标任务为N人”（紧接的一句以该名称写出其数字并就此结束）；"
        "“同比增长x%，上年为N件（2022年为N件）”。"
        "部分之后括号里的“其中……N件”是部分的一部分，既不是比率的部分，也不是与部分并列的余数；"
        "“A N1件、B N2件，同比分别增长x%、y%，B占A的……”中间的增幅不隔断占比所依据的数字。"
        "“占该类案件的”“占上述案件的”指前面写出的总数，同不写整体的“占”；占比所说的整体在同一句后面以该名称开头写出数字时"
        "（占耕地保有量的x%，……，耕地保有量N万亩）以它为整体。"
        "“2023年受理N件，同比增长x%”的上年数可在前一句（行）以同样的说法写出（2022年受理行政复议案件M件）。"
        "“增加值”不是增减；“第三产业增加值占地区生产总值的比重为x%”所在分句没有数字时，部分是前文以其主语写出的数，"
        "整体是前文以其名称写出的数（同一年份、地域）。"
        "同一列举中用“成”或“超过、近、不足”说的占比，按列举中写成百分数的各项所共同推出的总数核对"
        "（只有一项百分数时，须各项合起来正是它推出的总数）。"
        "“比上年翻了一番（上年为N件）”按括号里的上年数核对；“2023年结案率为a%，2022年为b%，提高N个百分点”的N是a − b。"
        "“城乡居民收入比为a:1”“男女比例为a:1”是前一组（城镇、男性）的数 ÷ 后一组（农村、女性）的数，两者在同一行前文写出。"
        "表格没有合计行、表上也没写总数时，除一行外各行的比重都是其数 ÷ 各行之和，那一行报告。"
        "标题（二、（二）1.开头的短行）写出的比率，用紧接其下一段按其名称写出的数字核对。"
        "不写“同比”的“增长x%（上年N亿元）”也按括号里的上年数核对。"
        "不写“比上年”的“2023年……率达到a%，提高N个百分点”，前一句（前一行）写出上一年同名（或更长的同名）比率b%时，N是a − b。"
        "段中把旧存案件与新收案件分开写出时（新收N件（不含旧存M件）；旧存M件，新收N件），结案率、审结率以两者之和为基数，"
        "也接受只以新收为基数的读法；“含旧存”时收案数本身就是基数。"
        "“批准和决定逮捕”含检察机关自行决定逮捕的人数，官方不捕率的基数小于捕与不捕之和，只有低于不捕 ÷ (捕 + 不捕)的不捕率才报告。"
        "“较上年同期破获N起上升x%”在去年同期之后复述本期的动词或名词时，N就是增幅的基数。"
        "三次产业结构写成“由a:b:c调整为d:e:f”（或“为d:e:f，上年为a:b:c”）时，某一产业比重提高或下降的百分点是该项前后之差。"
        "亏损面是亏损企业数 ÷ 同一口径（规模以上工业企业）的企业数，企业数可在本段或前几段写出。"
        "再审检察建议的采纳率以法院裁定再审的件数为部分。"
        "同一列举的占比以同一总数为整体；各项推出的总数分成两组、一样多时，以列举前写出的总数定哪一组对，没有总数时不报告。"
        "几句、几段中以同一名称说出的整体（占执行案件总数的）是同一个数：两个占比推出的整体不一致时，以前文写出的总数定哪一个错。"
        "表格摊成一格一行时，表注写明基数（本表中的基数为N人；以N人为基数），比例一列的各格是同位置人数一列的数 ÷ N；"
        "大多数格都合这个基数时才核对（不合的多，表注说的是别的列），报告不合的格。"
        "人口自然增长率是出生率与死亡率之差（千分数，各按所写位数）；出生率或死亡率已报告时不再核对；"
        "没有写出生率、死亡率时，是（出生人数 − 死亡人数）÷ 前文写出的人口（全年平均，同出生率）。"
        "文字表示负数的负号要读（自然增长率为-1.8‰、负0.28‰、增长-3.2%、同比-0.5个百分点：在说数值的词之后），"
        "编号、日期、范围中的短横不读；占比不会小于零，带负号的百分数只作为变化幅度或自然增长率核对。"
        "占…的之间的整体可以较长，也可带千分位数字（占一般公共预算收入26,300万元的）。只用文字说的计划"
        "（为计划任务的、完成全年目标的）以前文（本段或前几段）写出的计划数为整体（计划新建…120公里），该计划要说到所完成的事。"
        "一个数后接两个占比（占调整预算x%，占一般公共预算收入的y%），都是这个数的占比。同一列举各项及其占比"
        "（N起、占总数的x%；分别占…的a%、b%、c%）以同一总数为整体，写出与否都是。预算的执行率是已用（已支出）数 ÷ 批复数。"
        "率的名称与数值之间的括注（占总人口比重（常住人口城镇化率）为）不改变率的名称；率也可在达、为之后说出整体（资金支出率达全年资金的）。"
        "三次产业结构中，服务业即第三产业。数字后的萬、億同万、亿（繁体页面）；数字后的千、百紧接量词时也是数量级（785.1千公顷即785100公顷，3千余户），千米、千克、千瓦、百分点本身是单位；万头、万羽、万笔、亿美元的头、羽、笔、美元是计量单位。增减量写在增减幅度之后（刑事案件262件，同比下降2.6%，同比减少7件）也按“B，再增N、增长x%”核对：原值是B ± N，增减方向须一致。先列出几个数（发生事故45起、死亡51人、受伤14人）、再逐一以名称说其增减（受伤人数增加2人、上升16.7%）时，增减的是列举中名称相同、量词相同的那个数（受伤14人），原值同样是B ∓ N。以|分格、一行一行贴出的表格，人数一列后接比重一列时，"
        "比重为100的一行是整体，其余各行的比重是本行的数 ÷ 整体；大多数行合这个整体时才核对。"
        "按时办结一类的率（审限内结案率、按期办结率）以办结数为基数，没有数字说按时办结多少时不核对；年龄（65岁及以上）不是件数人数；"
        "同类的占比（分别占全年同类警情的a%和b%）各以前文按名称写出的同类数为整体。"
        "整体写明地域（占全国法院入选数的、占全省的）而文中的数字不是该地域的数字时，是别家的整体，不核对；"
        "预算调整（调整为N，调减M）后的增减幅度是与上年相比，调整数不是其基数；单独成句的比率说出所计的一类"
        "（政策性文件解读率），上一句的数字计的是另一类（政务动态信息）时不是其基数。"
        "只说预算种类的（完成调整预算的、完成年初预算的）以前文写明同一种预算、同一方向（收入或支出）的数为整体，"
        "“一般公共预算支出”是资金名称而不是预算数；数字后的括注（其中镇级支出N万元）是对该数的说明，其后的占比仍是该数的。"
        "“按人数计”“按件数计”“按小区数计”的比率只用该计量的数；批捕率是批准逮捕数 ÷ 审查逮捕数。"
        "“处理结果中”“办理情况中”说的是全部件数的结果，不是另分出的一组；“占全部申请的”以申请数为整体（本句或上一句），"
        "并列的另一种结果不是其整体。比较的百分数写在括注中（比全省平均水平（17.9%）高N个百分点）同样核对；"
        "本期数后括注的年份数（2023年为867件）是同比的基数。三次产业结构的各项是各产业增加值占三者之和的比重"
        "（前文写出的三个增加值，同一单位；增加值之和与生产总值不符时由分项求和的规则报告）。"
        "整体是人口而前文只在上一分句写明其人数时（还有回族等33个少数民族，7244人），该数即整体。"
        "紧贴数字的统计指标缩写（GDP188.72亿元、CPI102.3%）是该数的名称，不是编号。"
        "增减写在两数之间（由52.0%提高15.6个百分点、达66.6%；由120件增长25%，达到150件）同样按两数核对；"
        "增量写在现值之前（比上年增收640万元，达到8650万元，增长9.6%）时原值是B ∓ N。"
        "“X是Y的K倍”在前面各以名称写出一个数时是X ÷ Y（市级306个、省级50个，市级数量是省级的近5倍应为6.1倍），"
        "Y没有数字（是2019年的3倍）时不核对；“增长近（约、超过）N倍”的增长倍数是B ÷ A − 1，近N倍在0.75N到N + 0.5之间。"
        "性别比是男性人数 ÷ 女性人数 × 100（前文最近的男、女人数；出生人口性别比只用男孩、女孩等同一人群的数）。"
        "完成率（任务完成率、计划完成率）是完成数 ÷ 文中写明的唯一一个计划（任务、目标）数，括注中的也是（年度任务80万平方米）。"
        "不起诉（不捕）人数之后“其中…”“（含…）”列出的是其中的类别，不是另一个数；"
        "“按时回复办结率”的“按时”是率名的一部分；“以调解、和解等方式结案N件”是调解率的部分；"
        "“超过（不到）X的一半（三成）”的整体是前文写明数字的X（占同期新收案件的：同期是本句的时期）；"
        "“达到交易要求的N家”是交易率的基数而不是部分；纠错率以审结数为基数，前文另句写明同类案件的受理数时以受理数为基数也可。"
        "同比增减只与同一指标的上年数相比：另一指标的数（共起诉373件507人）写在其后时，它的同比没有写出基数，不核对；"
        "起诉率是起诉 ÷ (起诉 + 不起诉)，只写审结数时至少为起诉 ÷ 审结，“（按人数）”只用人数；"
        "比率名称前说出的人群（离校未就业高校毕业生）上一句没有写明时，上一句另一组的数字不是其部分和整体；"
        "调撤率是调解撤诉结案数 ÷ 审结数（未写审结数时以该类案件总数为基数，前文写明“行政诉讼14起”即是）；"
        "应考、实考（到考）是参考率的基数和部分，“双百”即两个比率均为100%；浓度（微克/立方米）由A升至B同样核对；"
        "“占起诉总人数的”也以上一段写明的起诉人数为整体。"
        "九成五是95%，一成半是15%（成后的五、半按所写读出）；“是上年来信数的2倍（上年1230件）”以括注中的数为Y，"
        "Y、X也可由数字前后的名称说出（报送备案的2218件……审查建议数是报送备案件数的2.5倍），整数倍按四舍五入核对；"
        "“是2022年的2倍（2022年560件）”“比上年增长1.5倍（上年560件）”同样以括注中的数为基数。"
        "“受援人中，农民工N人，占a%，……老年人M人，占b%”在前文（本段或前几段）写明受援人数时以其为整体，"
        "限于同列另一占比与该数相符、“上半年”等限定词前文同样写明的情形；以“其中，”开头的一句各部分同样以本段前文能容下各部分、"
        "且同列另一占比与之相符的最近一个数为整体（单独成行时可在上两行，如标题），“从受援人构成看，”同“受援人中，”；“占受援人总数的”的整体也可写作“3120名受援人”。"
        "以|分格的表格只有比重为100的一行和两行时，两行之和等于整体即以它为整体（城镇、乡村），不合的一行报告；"
        "没有比重为100的一行时，表前两行内写出（或表中没有比重的一行）、正好是各行之和的总数即整体（万元按列名的单位）。"
        "“占公益诉讼领域总数的”的整体也可是前文的“公益诉讼案件N件”（领域、方面、工作等泛称可略）；“上年为N件，增幅达两成以上”同样以成核对；“去年同期受理N件”复述本期的动词时同“去年同期为N件”；“同比提高x个百分点（上年为a%）”“2022年结案率为a%。2023年结案率为b%，"
        "较上年提高x个百分点”按两个比率之差核对（名称相同、年份相接）。"
        "“完成年度目标任务的112%（目标任务2000人）”的整体是括注中的数；“过七成”同“超过七成”；“整改完成率”的部分是已整改的数（责令整改的是基数）；"
        "“2023年受理N件，同比增长x%（2022年为M件）”的基数是括注中的数。"
        "整治、排查、巡查、走访等行动所及的数（整治餐饮门店8600家）不是对其中一部分所做之事的比率（安装率）的基数，"
        "其基数是应做的（应安装），文中未写时只报告低于部分 ÷ 行动数的比率；行动中发现的问题、隐患数是整改率、处置率的基数。"
        "“高于全省平均水平（a%）N个百分点”“比全省平均水平高N个百分点（全省为a%）”按括注的比率与本项比率之差核对。"
        "“是上年的N倍”（没有增长二字）是倍数本身：以本句比较的上年数（较2023年的M人）或上一句同名同类的上年数为基数核对。"
        "增减写成分数（增幅超过四分之一、增长过半、降幅近一半）同百分数一样核对。"
        "以|分格的占比表格既无100的一行、表前也未写总数、各行又不是整体的全部时，各行“数量 ÷ 占比”所得的整体除一行外都相符，报告那一行"
        "（占比只写到整数时容差放宽到占比的十分之一）。"
        "一组三项以上的占比都与所读的整体不符、彼此却同以另一个整体为基数的（各类之和），是一处差错：只在整体处报告一次"
        "（总数已由分项之和核对报告的，不再重复）；算出的占比为0%而所写占比不小的，所读的整体不是报告所指（另一范围的总数），不报告；"
        "括注里以一个部分命名的占比（一般公共预算收入8.5亿元（非税占比为21%））是该部分在前面这个数里的占比，文中没有该部分的数字时不核对。"
    ),
    why_en=(
        "Percentages and growth rates: where the figures are given, a share is part ÷ whole, a growth "
        "(now − before) ÷ before, a cut (before − now) ÷ before, a change in points the difference of two "
        "percentages, a doubling twice the figure; each must agree within the rounding the text writes, and "
        "words such as 超过六成, 近七成, 过半 must fit the figures. Every reasonable reading is tried first "
        "(cases excluded with 除…外, what is left undone, the whole stated in the sentence before); growth "
        "against a base the text does not give, targets (力争, 预期) and rates without figures are not checked. "
        "The 出庭应诉率 is over the cases defended (over the cases heard where the text speaks of hearings) and "
        "the 纠错率 over the cases decided: where the text gives that base the rate is held to it; where it does "
        "not, any base between the part and the total may be meant, and only a rate no such base gives is "
        "reported. Where the text says all of them did it (全部办结, 均已答复) the rate is 100%; several rates "
        "given one value (参考率、合格率均为100%) are each checked, each against a count its own name names, "
        "and rates listed with 分别为 take their values in order. The 调解率 of 行政复议 is over the cases "
        "decided too; a line that opens with 其中 may take its whole from the line before. A part named under a kind set off with 其中 (其中涉企案件60件，涉企案件纠错12件) is over "
        "that kind's count. A rate alone in the sentence after its counts is held to "
        "the counts its name names there (not where it names another year or place). The 不捕率 and "
        "不起诉率 are over the persons reviewed for arrest or charge (审查逮捕, 审查起诉), never over the arrests "
        "or charges alone; the 不捕率 may also be over the persons decided on, those arrested and those not "
        "(不捕 ÷ (捕 + 不捕)); without such counts they are not checked; 结收比 (收结比) is over the new cases, and is not "
        "checked where the text gives only the cases accepted (受理) and not the old ones among them. "
        "完成目标任务N的x% is what was done over the target N, also where the budget is named with the session that approved it (完成区十八届人大常委会第十九次会议批准支出调整预算N的x%); a share of a plan (占全年计划的) is held only to a "
        "plan the text states, never to the amount signed. The 失业率, 出生率 and 死亡率 are over a population the "
        "text does not count and are not checked; cases put off (延期开庭, 中止审理) are not among those heard. "
        "The parts of 分别占比a%、b% are the counts of the list it closes, never those of another split before "
        "a semicolon. Where the figures of the same period a year before (or of the year before, 上年为500件) are written "
        "(去年同期为787件1279人), a "
        "change 同比 is (now − then) ÷ then, cases and persons each, in the order of 分别 or by the measure named "
        "(件数…、人数…), or, where the same period's figures stand in a clause of their own in the same order, "
        "each value after 分别 in turn (a count's in percent, a rate's in points); B，再增N、增长x% starts from B − N; 比目标A%低N个百分点 is the difference of the two "
        "percentages. A whole a share names (占GDP的比重, 占行政机关败诉案件的) that its sentence does not give is "
        "taken from the text before, where that name is written with its figure right after it (same year and "
        "place); a total of what was done (占办结…总数的) only from a count named so. A rate of one kind of case "
        "(审判案件结案率, 执行案件执结率, 刑事案件结案率) is over that kind's count and is not checked where the "
        "text gives none. The parts of one list, each with its share (N件，占x%), are shares of one whole: where "
        "the text does not state it, the whole each part and share give must agree, and the one that the others "
        "do not agree with is reported (two parts only where their shares make 100%); a level opened with 其中 is "
        "not the same list. Counts in cases and persons both (不批准逮捕33件40人) give the 不捕率 in either. A rate "
        "of the same period a year before (去年同期为82.1%) makes the change in points the difference. A frame "
        "right after a total (所受理的诉求中，…) is of that total; a daily mean or a change after the total sets no "
        "part apart. A birth or death rate in per mille is the births (deaths) over the mean population of the "
        "year: where the text states the population (常住, 户籍, 总人口) the base lies between the population at the "
        "start and at the end of the year (from the change since last year-end where given, 3% either way where "
        "not). The 常住人口城镇化率 is the town population over the resident one, never over the registered "
        "(户籍); an amount 到位 is the part of an 执行清偿率. A rate's whole is only the population its name takes "
        "in: kinds listed together (代表建议A件、群众意见B件; 大会提案A件，平时提案B件) may be its base summed; 未结案件占比 is "
        "what is left, never the cases decided over the total; with both 户籍 and 常住 populations stated, a birth or "
        "death rate over either holds; a frame X中 naming a group the sentence before counts (其中市级执法人员N人) "
        "makes that group the whole. The part, whole or last year's figure written after the rate is read too: "
        "当场办结率x%，其中当场办结N件 (其中 and the rate's full name); 占全镇行政村的x%，全镇共有行政村N个 and "
        "完成年度目标任务的x%，年度目标任务为N人 (the next clause names the whole and ends with its figure); "
        "同比增长x%，上年为N件 (or 2022年为N件, the year before). A bracket after the part (审结N件（其中刑事案件M件）) holds a piece of it: "
        "neither the rate's part nor the rest beside the part; the changes of a 分别 list (同比分别增长x%、y%) do not "
        "cut a share off from the counts before them. A whole pointed back at (占该类案件的, 占上述案件的) is the count before, "
        "as with a bare 占; a whole named further on in the sentence by a clause opening with its name (占耕地保有量的x%，…，"
        "耕地保有量N万亩) is that figure. Last year's count of 2023年受理N件，同比增长x% may stand in the sentence (line) "
        "before, said alike (2022年受理行政复议案件M件). 增加值 is value added, no change; 第三产业增加值占地区生产总值的比重为x% "
        "with no figure in its clause is its subject's figure over the whole's, each stated before by name. A share of a list said in tenths or with a bound (占比超过三成, 近两成) is held to "
        "the whole the list's exact percentages agree on (with one exact share only when the parts make up its whole). 比上年翻了一番（上年为N件） is held to the figure in the "
        "brackets; 2023年结案率为a%，2022年为b%，提高N个百分点 makes N the difference a − b. 城乡居民收入比为a:1 (男女比例为a:1) is the first group's figure (城镇, 男) over the "
        "second's (农村, 女), both stated before on its line. A table of shares with no total (no row of 100, none stated above): when every "
        "row's share but one is its count over the rows' sum, that one is reported. A rate a heading states (a short "
        "line opened by 二、（二）1.) is held to the counts the paragraph right under it names. 增长x%（上年N亿元） with no comparison word is held to "
        "the figure in the brackets as well. 2023年…率达到a%，提高N个百分点 with no comparison word, the same rate (its name "
        "said in full or shorter) of the year before stated in the sentence or prose line before as b%: N is a − b. Where a paragraph counts the old cases apart from the "
        "new (新收N件（不含旧存M件）; 旧存M件，新收N件), a rate of cases decided is over both together (the new alone "
        "is read too); with 含旧存 the count is the base itself. Arrests 批准和决定 include the procuratorate's own "
        "decisions, so the official 不捕率 is over less than arrests plus refusals: only a rate below 不捕 ÷ (捕 + "
        "不捕) is reported. 较上年同期破获N起上升x%, the period's verb or noun said again, makes N the base. "
        "A structure written as a ratio before and after (由a:b:c调整为d:e:f, or 为d:e:f，上年为a:b:c) makes a "
        "term's change in points the difference of that term. The 亏损面 is the loss-making firms over the firms of "
        "their group (规模以上工业企业), stated in this paragraph or the ones above. The 采纳率 of 再审检察建议 counts "
        "the retrials the court ordered. The shares of one list are of one whole; where they split into two "
        "groups as large, a total stated before the list tells which is right (none: nothing is reported). "
        "Shares naming one whole (占执行案件总数的) sentences or paragraphs apart are of one whole: where two give "
        "wholes apart, the total stated before them tells which one is wrong. A table flattened to one cell a "
        "line whose note states the base (本表中的基数为N人, 以N人为基数): each cell of its column of shares is the "
        "count in the same place of the column before it over N, checked where most of the column holds so (else "
        "the note is of another column) and the rest reported. The natural growth rate is the birth rate less the "
        "death rate (per mille, each as written), not checked where either was reported; where the text gives "
        "no rates, the births less the deaths over the population stated before (its mean over the year, as for "
        "the birth rate). A minus sign is read where the text means one (自然增长率为-1.8‰, 负0.28‰, 增长-3.2%, "
        "同比-0.5个百分点: after the words that state a value), never in a code, a date or a range; a share is "
        "never below nothing, so a signed percentage is only a change or a natural growth rate. The whole named "
        "between 占 and 的 may be long and carry its figure with grouped digits (占一般公共预算收入26,300万元的). A "
        "share of a plan named in words alone (为计划任务的, 完成全年目标的) is over the plan the text stated before, "
        "in this paragraph or the ones above (计划新建…120公里), where the plan names what was done. Two shares "
        "after one count (占调整预算x%，占一般公共预算收入的y%) are both the count's. The parts of one list with "
        "their shares (N起、占总数的x%; 分别占…的a%、b%、c%) are of one whole, stated or not. The 执行率 of a "
        "budget is the amount used or spent (已用, 已支出) over the amount approved. A bracketed gloss between a "
        "rate's name and its value (占总人口比重（常住人口城镇化率）为) leaves the rate as named, and a rate may "
        "name its whole after 达 or 为 (资金支出率达全年资金的). 服务业 is the third term of a structure of three "
        "industries. 萬 and 億 after digits scale them as 万 and 亿 (a page in traditional script); so do 千 and 百 right before a measure word (785.1千公顷 is 785,100 公顷), while 千米, 千克, 千瓦 and 百分点 are units of their own; 头, 羽, 笔 and 美元 count livestock, poultry, transactions and dollars (万头, 万羽, 万笔, 亿美元). The amount of a change may follow its rate (刑事案件262件，同比下降2.6%，同比减少7件): the base is B ± N as when it comes first, the two said the same way (下降 … 减少). Counts listed first (发生事故45起、死亡51人、受伤14人), then each one's change naming it (受伤人数增加2人、上升16.7%): the change is of the one listed count whose words hold the name, in the same measure (受伤14人). A table pasted "
        "one row a line, cells apart by |, with a column of shares after a column of counts: the row whose share "
        "is 100 is the whole, and each other row's share is its count over it, checked where most rows hold so. "
        "A rate of what was done in time (审限内结案率, 按期办结率) is over what was done and is not checked where no "
        "count says how many were in time; an age (65岁及以上) is no count; shares of the same kind's counts "
        "(分别占全年同类警情的a%和b%) are each over its own kind's count as stated before, by the part's name. "
        "A whole named for a place (占全国法院入选数的, 占全省的) that the counts are not of is another body's and "
        "not checked; a change after a budget adjustment (调整为N，调减M，下降x%) is against last year, never the "
        "adjusted amount; a rate alone in its sentence that names its kind (政策性文件解读率) takes no base from a "
        "sentence before that counts another kind (政务动态信息). "
        "A budget named by its kind alone (完成调整预算的, 完成年初预算的) is the one of that kind the text stated "
        "before for the same side (收入 or 支出); 一般公共预算支出 names a fund, not a budget. A bracketed aside "
        "after a count (其中镇级支出N万元) glosses it: the share after the bracket is the count's. A rate taken 按人数计 "
        "(按件数计, 按小区数计) uses only the count in that measure; the 批捕率 is the arrests approved over the persons "
        "(cases) reviewed. A frame of outcomes (处理结果中) sets no group apart; 占全部申请的 is over the requests (in "
        "this sentence or the one before), never over another outcome beside it. The percentage compared with may "
        "stand in brackets (比全省平均水平（17.9%）高N个百分点); a year's figure in brackets after this year's "
        "(2023年为867件) is the base of the change. The terms of a three-industry structure are each industry's "
        "value over the three together (values stated before, in one unit; where they do not add up to the output "
        "stated, sum-mismatch reports it). A whole of persons named in the clause before its count alone "
        "(还有回族等33个少数民族，7244人) is that count. A statistic's abbreviation glued to its value "
        "(GDP188.72亿元, CPI102.3%) names it; it is no code. "
        "A change written between two figures (由52.0%提高15.6个百分点、达66.6%) is held to them; an increment "
        "before the figure it reached (比上年增收640万元，达到8650万元，增长9.6%) starts from B ∓ N. X 是 Y 的 K 倍, "
        "each named once with a figure before it, is X ÷ Y (not where Y has no figure, 是2019年的3倍); 增长近 "
        "(约, 超过) N倍 is B ÷ A − 1 with its bound (近N倍: 0.75N to N + 0.5). 性别比 is males ÷ females × 100 "
        "(the nearest counts; a group's ratio, 出生人口性别比, only from counts of that group). A 完成率 is what was "
        "done over the one plan the text states (in brackets too: 年度任务80万平方米). The kinds listed after a "
        "declined count (其中…, （含…）) are no other count of it; 按时 before a longer name (按时回复办结率) is the "
        "name's; 以调解、和解等方式结案N件 is the part of a 调解率; 超过 (不到) X的一半 (三成) is over the X the text "
        "stated with its figure (同期 is the part's period); a count that meets the requirement (达到交易要求) is "
        "a base, not a part; a 纠错率 may also be over the intake of its kind stated in a sentence before. "
        "A 同比 change is only against last year's figure of the same indicator: after a count of another "
        "(共起诉373件507人) its base is not given. 起诉率 is 起诉 ÷ (起诉 + 不起诉); over 审结 alone it is at least "
        "起诉 ÷ 审结, and （按人数） takes persons only. A rate naming a group (离校未就业高校毕业生) the sentence before "
        "does not name takes no part or whole from that sentence's other list. 调撤率 is the cases ended by "
        "mediation or withdrawal over the cases decided (over the kind's total, 行政诉讼14起, where no 审结 is "
        "given). 应考 and 实考 (到考) are the base and part of 参考率; 双百 is both rates at 100%. A concentration "
        "(微克/立方米) from A to B is held like any pair; 占起诉总人数的 may take the 起诉 count of the paragraph before. "
        "九成五 is 95% and 一成半 15%; in 是上年来信数的2倍（上年1230件） Y is the figure in the bracket, and X and Y may "
        "be named around their figures (报送备案的2218件 … 审查建议数是报送备案件数的2.5倍); a whole multiple is rounded; "
        "是2022年的2倍（2022年560件） and 比上年增长1.5倍（上年560件） take the bracket's figure as the base too. "
        "Shares under a frame (受援人中，农民工N人，占a%，…) take the whole the text stated before by that name "
        "(受援人达到2041人, this paragraph or those above) when another share of the run agrees with it and the "
        "frame's qualifiers (上半年) are stated with it; a sentence of parts opened with 其中 likewise takes the "
        "paragraph's latest count that holds them all and that another share of the run agrees with (a line of its own "
        "may take it from the two lines above, a heading's), 从受援人构成看， frames as 受援人中， does, and "
        "占受援人总数的 may take a whole written figure first (3120名受援人). A barred table of the 100 row and two rows whose "
        "counts make it up (城镇, 乡村) is of that whole: the row that disagrees is reported; with no row of 100, a "
        "total stated in the two lines above the table (or in a row with no share) that the rows make up is the "
        "whole (万元 as the column's title scales it). The count a campaign "
        "reached (整治餐饮门店8600家, 排查, 巡查, 走访) is no base of a rate of a deed done to some of them (安装率): that "
        "base is those that needed it (应安装); where the text does not give it, only a rate below the part over "
        "the campaign's count is reported. 占公益诉讼领域总数的 may take 公益诉讼案件N件 stated before (a generic 领域, "
        "方面, 工作 left off). 上年为N件，增幅达两成以上 is held in tenths too; 去年同期受理N件 (this period's verb again) is 去年同期为N件; points after "
        "同比 are held to last year's rate in a bracket after them (上年为a%) or named alike in the sentence before "
        "(2022年结案率为a%。2023年结案率为b%，较上年提高x个百分点). 完成年度目标任务的112%（目标任务2000人） is over the bracket's figure. 过七成 is a lower bound as 超过七成 is; the part of 整改完成率 is what was "
        "put right (已整改), what was ordered (责令整改的) its base; 2023年受理N件，同比增长x%（2022年为M件） takes the "
        "bracket's figure as the base. What a campaign found (问题, 隐患) is the base of 整改率, 处置率. A gap to a "
        "rate glossed in brackets (高于全省平均水平（a%）N个百分点, 比全省平均水平高N个百分点（全省为a%）) is held to the two rates. "
        "是上年的N倍 (no growth word) is the multiple itself, over last year's figure the sentence compares with "
        "(较2023年的M人) or the same count, named alike, in the sentence before. A change written as a fraction "
        "(增幅超过四分之一, 增长过半, 降幅近一半) is held like a percentage. A barred table of shares with no 100 row, "
        "no total above it and rows that are not all of the whole: when every row's count over its share gives one whole "
        "but one row's, that row is reported (a tenth of the share let pass where shares are whole percents). "
        "Three or more shares of a list that all "
        "contradict the whole read but agree among themselves on another (the sum of the kinds) are one defect, "
        "reported once at the whole (not at all when sum-mismatch already questions that total); a share the figures "
        "would make 0% while a share of some size is written is read over another scope's total, and left alone; a share in brackets named by a part of the amount it glosses "
        "(一般公共预算收入8.5亿元（非税占比为21%）) is that part's share of the amount, left alone when the text gives no figure "
        "for the part."
    ),
    bad=[
        "全年共办理各类公证事项5640件，当场办结率92%，其中当场办结4870件。",
        "全年受理行政复议案件156件，同比增长20%，上年为120件。",
        "2023年共开庭10起，行政机关负责人出庭9起，出庭率100%。",
        "全年共受理群众投诉举报240件，办结216件，办结率85%。",
        "全年应诉行政诉讼案件30件，行政机关负责人出庭应诉27件，出庭应诉率100%。",
        "全年受理政府信息公开申请36件，全部按期答复，按期答复率97.2%。",
        "应参加考试人员60人，实际参考57人，合格57人，参考率、合格率均为100%。",
        "保留市级政务服务事项600项，其中可网上办理540项，网上可办率95%。",
        "截至目前，全局共有执法人员12人，持证11人，持证上岗率100%。",
        "全年共办结行政复议案件56件，其中纠错7件，纠错率14.5%。",
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占比50%。",
        "全年共审结行政复议案件96件。其中，维持决定64件，占72.4%。",
        "全年共调解各类纠纷1,260件，其中调解成功的1,028件，调解成功率超过九成。",
        "全年办理法律援助案件1,208件，其中刑事案件520件，占比过半。",
        "截至目前，我局行政许可审批事项16项，由原总时限320天压缩为32天，压缩率80%。",
        "全区一般公共预算收入由2019年的18.6亿元增加到2023年的24.3亿元，增长38.5%。",
        "全年受理行政复议案件120件，较上年增加20件，增长25%。",
        "出庭应诉率由2021年的72.5%提高到2022年的96.3%，提高了21.8个百分点。",
        "全县高新技术企业由2018年的26家增加到2023年的41家，实现翻番。",
        "网上立案数量由2021年的320件增加到2023年的1,350件，增长了2倍。",
        "全市一般公共预算收入由2018年的52.6亿元增加到2023年的71.2亿元，年均增长9.3%。",
        "2023年，区政府行政复议纠错率为21.5%。全年审结行政复议案件64件，其中撤销、变更、确认违法纠错11件。",
        "行政执法案卷合格率为95%，全年共评查行政执法案卷160卷，合格案卷146卷。",
        "全年审结行政复议案件45件，其中被撤销、确认违法18件，纠错案件占审结案件的比例不足三成。",
        "全年受理劳动人事争议仲裁案件1,126件，审结1,046件，结案率96.9%。",
        "2023年，市政府审结行政复议案件80件，其中维持62件，撤销8件，确认违法4件，责令履行2件，纠错率15%。",
        "全所在编人员40人，其中24人取得法律职业资格，持证人员超过七成。",
        "应参加考试的1,236名执法人员中1,208名参加了执法资格考试，参考率、通过率均为100%。",
        "全年评查行政执法案卷140卷，合格131卷，优秀35卷，合格率、优秀率分别为95.6%、25%。",
        "2023年，全市共审结行政复议案件8,462件。直接纠错1,185件，直接纠错率16.8%。",
        "全年办理行政复议案件96件。\n受理的案件中，涉及行政处罚的41件，占总量的48%。",
        "全年受理行政复议申请236件，同比增长8%，其中涉企案件71件，同比下降6%，占比35%。",
        "全市空气质量综合指数为3.72，较上年的3.85下降5.2%。",
        "全区梳理政务服务事项1862项，其中1630个事项实现“一网通办”，网办率达92.4%。",
        "全年受理群众来信来访386件，已办结379件（7件正在办理），办结率99.7%。",
        "全县18个乡镇已有15个完成综合行政执法改革，完成率90%。",
        "全年化解信访积案58件（占市交办积案64件的95.6%），化解率居全市前列。",
        "共评选优秀案卷40卷、合格案卷10卷，优秀案卷占比超过九成。",
        "全县原有行政审批事项356项，此次取消审批事项128项，精简率达40%。",
        "全年办理行政复议案件：征收类16件、处罚类22件、其他类40件，征收和处罚两类占比过半。",
        "全年受理法律援助案件1260件，同比增长12%（上年同期1200件）。",
        "全年受理投诉1,000件，按时办结700件，按时办结率超过80%。",
        "提出审计建议864条，被采纳806条，采纳率超过九成五。",
        "全年受理群众来信3120件，是上年来信数的2倍（上年1230件）。",
        "上半年受援人达到2240人。\n开通绿色通道。上半年受援人中，农民工1210人，占54.0%，残疾人61人，占3.6%。",
        "上半年收案数共310件，结案数共286件，结收比为95.2%。",
        "全年审结一审案件1,260件，当事人上诉189件，一审服判息诉率为88%。",
        "全年共受理案件500件，其中民事案件300件、刑事案件150件，分别占60%和35%。",
        "全年受理审查逮捕案件412件586人，批准逮捕421人，不批准逮捕165人，不捕率31.2%。",
        "经审查，全年批准逮捕犯罪嫌疑人214人，不批准逮捕63人，不捕率为24.7%。",
        "截至10月底，全区新增城镇就业5126人，完成年度目标任务5000人的104.5%。",
        "全年共受理审查逮捕案件86件112人，去年同期为102件140人，件数和人数同比分别下降15.7%、25%。",
        "本季度共受理案件240件，结案192件，结案率80%；去年同期收案200件，结案150件，结案率75%；收案数、结案数及结案率同比分别上升20%、32%及提高5个百分点。",
        "共办结民事行政检察监督案件58件，去年同期为46件，同比上升20%。",
        "城镇登记失业率为3.1%，比年度控制目标4%低0.6个百分点。",
        "全年全区粮食总产量26.4万吨，在高基数上再增0.8万吨、增长4.1%。",
        "全年实现地区生产总值（GDP）218.6亿元，比上年增长5.2%。\n全年民营经济增加值128.3亿元，占GDP的比重为56.7%。",
        "全年新收刑事案件430件，审结401件，刑事案件结案率95.3%。",
        "按办理单位分，区城管局60件，占比30%，区市场监管局44件，占比25%，区住建局26件，占比13%。",
        "经审查，批准逮捕126件170人，不批准逮捕24件30人，不捕率为18%。",
        "全年一审服判息诉率89.6%，去年同期为86.2%，同比上升2.4个百分点。",
        "今年以来，全院新收案件800件，审执结720件，收结比为95%。",
        "全年办理行政许可事项5,200件，其中即办件2,080件，即办率为40%；网上办理4,680件，网办率为95%。",
        "全年审结行政复议案件90件，其中驳回、维持70件，纠错20件。全年行政复议纠错率为25%。",
        "全县共有执法人员1,260名。通过集中培训和考试，1,134名执法人员取得执法证件，持证上岗率达到95%以上。",
        "全年共受理行政复议案件150件，其中涉企案件60件，涉企案件中调解结案30件，调解率40%。",
        "全县共有行政执法人员800人，均已取得执法证件，持证率达90%。",
        "全年受理行政复议案件150件，审结140件。其中，维持102件，纠错28件，纠错率为25%。",
        "年末常住人口612340人，比上年末增加1520人。全年出生人口4218人，人口出生率为7.92‰。",
        "全年新收案件4 820件（不含旧存360件），审结4 950件，综合结案率为97.6%。",
        "年末常住人口38.2万人，其中城镇人口22.6万人，常住人口城镇化率为61.2%。",
        "执行标的总额为6.40亿元，实际到位4.26亿元，执行清偿率为69.6%。",
        "破获刑事案件640起，较上年同期破获520起上升21.1%。",
        "全区三次产业结构由上年的10.2:43.6:46.2调整为9.7:42.1:48.2，第三产业比重提高1.6个百分点。",
        "全区规模以上工业企业248家。\n全年亏损企业37户，亏损面17.9%。",
        "提出再审检察建议52件，法院裁定再审41件，采纳率81.2%。",
        "五年共受理各类初执案件2500起。\n社保案件收案数为640件，占执行案件总数的25.6%。\n仲裁案件收案数为512件，占执行案件总数的21.6%。",
        "表1 年龄分布\n年龄\n35岁以下\n35—50岁\n50岁以上\n人数\n96\n212\n92\n比例\n24.0%\n58.0%\n23.0%\n注：本表基数为400人",
        "全县人口出生率为8.74‰，死亡率为6.12‰，人口自然增长率为3.62‰。",
        "全县人口出生率为6.35‰，死亡率为8.02‰，人口自然增长率为1.67‰。",
        "年末户籍人口52.60万人，全年出生3120人，死亡3890人，人口自然增长率为-1.9‰。",
        "全县一般公共预算收入31.4亿元，比上年的33.2亿元增长-3.4%。",
        "全县税收收入12,480万元，占一般公共预算收入26,300万元的49.5%。",
        "今年计划新建农村供水管网120公里。\n截至11月底，全市完成供水管网建设150公里、为计划任务的135%。",
        "全县一般公共预算收入完成28,583万元。其中税务部门完成13,866万元，占调整预算100.9%，占一般公共预算收入的47.5%。",
        "全年审结一审案件589.4万件，二审案件58.2万件，再审案件1.8万件，分别占审结案件总数的86.6%、9.6%、0.26%。",
        "全年接警244万起，其中火灾扑救83.7万起、占总数的34.3%，抢险救援44.2万起、占总数的19.1%，社会救助85.8万起、占总数的35.2%。",
        "全年部门预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元，总体执行率89%。",
        "年末总人口138271万人，其中城镇常住人口79298万人，占总人口比重（常住人口城镇化率）为59.35%。",
        "全年支出调整预算为8600万元。全年一般公共预算支出8170万元（其中民生支出6120万元），完成调整预算的97%。",
        "全年受理审查逮捕案件120件150人，批准逮捕100件120人，按人数计批捕率为83.3%。",
        "今年计划改造农村公路85公里、12座桥梁。全年完成改造92公里、13座桥梁，按公里数计完成年度计划的115%。",
        "全年共收到政府信息公开申请20件。办理结果中，予以公开9件，部分公开6件（占全部申请的40%）。",
        "全县一般公共预算收入增长8.4%，比全市平均水平（6.1%）高3.3个百分点。",
        "全年新收行政复议申请1200件（2023年为800件），同比增长60%。",
        "全市生产总值800亿元，其中第一产业80亿元、第二产业320亿元、第三产业400亿元，三次产业结构为10:42:48。",
        "全县除汉族外，还有回族、苗族等12个少数民族，5000人。其中，回族3600人，占少数民族人口的80%。",
        "全年实现地区生产总值（GDP188.72亿元），其中第三产业增加值90.5亿元，占GDP的比重为49.5%。",
        "全市法院受理各类案件12,640件，审（执）结11,870件，结案率96.3%。",
        "全年批准逮捕犯罪嫌疑人980人，起诉2,150人。其中，起诉电信网络诈骗犯罪436人，占起诉总人数的22.8%。",
        "全年共化解矛盾纠纷1,860件，其中通过人民调解化解790件，占比近五成。",
        "全县共受理行政复议申请500件，其中涉企案件300件、政府信息公开案件150件，占受理总数的60%和35%。",
        "全年蔬菜播种面积48.6千公顷，比上年增加2.6千公顷，增长6.1%。",
        "年末牛存栏12.5万头，比上年减少1.5万头，下降12.0%。",
        "受理民事案件1,860件，同比上升6.2%，同比增加98件。",
        "全年发生生产安全事故45起、死亡51人、受伤14人，同比死亡人数减少2人、下降3.8%，受伤人数增加2人、上升14.3%。",
        "全县一般公共预算支出完成28.6亿元，完成县十七届人大常委会第二十次会议批准的支出调整预算29.4亿元的95.3%。",
        "全年行政诉讼案件14起，调解撤诉11起，调撤率达到83.33%。",
        "臭氧浓度由上年的148微克/立方米升至162微克/立方米，同比上升7.3%。",
        "干部宪法法律知识测试应考28人、实考26人，参考率和通过率实现“双百”。",
        "全年行政复议纠错率19.2%，高于全省平均水平（15.1%）6.1个百分点。",
        "2022年受理行政复议案件120件。2023年受理行政复议案件186件，是上年的1.2倍。",
        "处理人数由86.2万人增至104.5万人，增幅超过四分之一。",
        "| 类别 | 件数 | 占比 |\n| 农林畜牧水利 | 1590件 | 14.23% |\n| 社会保障 | 1485件 | 20.29% |\n"
        "| 公共服务 | 1152件 | 10.31% |\n| 城乡建设 | 1050件 | 9.4% |\n| 交通运输 | 827件 | 7.4% |",
        "全年受理群众诉求3000件。其中，咨询类1200件，占60%；求助类500件，占25%；投诉类300件，占15%。",
    ],
    good=[
        # 占总数 of the 65 large fires told before, not of the 25.8万 fires of another scope.
        "全年共发生较大火灾65起。非重点单位火灾共25.8万起，其中较大火灾60起、占总数的92.3%。",
        "地区生产总值实现165亿元，同比下降12%；一般公共预算收入实现8.5亿元，同比下降53.4%（非税占比为21%）。",
        # The rest, named and counted by no figure, as its own subject: 13 of 1256, 1%.
        "市法院受理各类案件1256件，办结1243件，未结案件仅占1%。",
        # The base is the kinds listed together: 289 of 312 + 28.
        "共收到代表建议312件、群众意见28件，经审查立案289件，立案率85%。",
        # Over the registered population the text names: 3480 of 52.3万.
        "年末全县户籍人口52.3万人，常住人口46.8万人。按户籍人口计算，全年出生人口3480人，出生率6.65‰。",
        "收到以凯里市综合行政执法局为被告的一审案件10起，共开庭10起，行政机关负责人出庭10起，出庭率100%。",
        "截至目前，我局行政许可审批事项16项，由原总时限320天，压缩为32天，压缩率90%；行政许可事项即办件比例达到55%以上，全程网办率100%。",
        "2021年区城市管理局共收到行政应诉案8件，除3件未开庭审理外，其余5件均有我局相关负责人出庭应诉，出庭应诉比例达到100%。",
        "推行“721工作法”，70%的问题用服务手段解决、20%的问题用管理手段解决、10%的问题用执法手段解决。",
        "全年共受理案件3件，办结2件，办结率66.7%。",
        "全年应诉行政诉讼案件30件，其中开庭审理27件，行政机关负责人出庭应诉27件，出庭应诉率100%。",
        "全年受理政府信息公开申请36件，全部按期答复，按期答复率100%。",
        "应参加考试人员60人，实际参考60人，合格57人，参考率100%、合格率95%。",
        "保留市级政务服务事项600项，其中可网上办理570项，网上可办率95%。",
        "截至目前，全局共有执法人员12人，持证12人，持证上岗率100%。",
        "全年共受理行政复议案件50件，其中涉及行政处罚的30件，占全市的15%。",
        "全区共有行政执法人员1,285名，其中具有法律职业资格的783名，占比超过六成。",
        "地区生产总值由2020年的160亿元增加到2025年的280亿元，年均增长11.8%。",
        "全年办理法律援助案件1,356件，同比增长12.4%。",
        "力争到2025年，全市行政复议案件纠错率提高到15%以上，调解和解率达到30%。",
        "全年办理公证事项6,840件，较上年增加540件，增长8.6%。",
        "出庭应诉率由82%提高到100%，提高了18个百分点。",
        "网上办件量由2020年的8.6万件增加到2023年的25.9万件，增长2倍。",
        "全市公共法律服务实体平台由2019年的58个增加到2023年的121个，数量翻了一番。",
        "群众满意率98.5%。全年受理投诉举报240件，办结216件。",
        "全区政府信息公开申请按期答复率由78.6%提高到91.2%，提高了十三个百分点。",
        "全年审结行政复议案件45件，其中被撤销、确认违法12件，纠错案件占审结案件的比例不足三成。",
        "全年受理劳动人事争议仲裁案件1,126件，审结1,046件，结案率92.9%。",
        "2023年，市政府审结行政复议案件80件，其中维持62件，撤销8件，确认违法4件，责令履行2件，直接纠错率17.5%。",
        "全年审结行政诉讼案件40件，胜诉34件，撤诉6件，胜诉率100%。",
        "2024年办理行政复议案件152件，调解81件，调解率62.3%。县政府行政应诉案件21件，已结案件13件，行政机关负责人出庭应诉率100%。",
        "组织镇村干部应知应会法律知识考试1次，应参考86人，实际参考86人，参考率、合格率均达100%。",
        "全年评查行政执法案卷140卷，合格131卷，优秀35卷，合格率、优秀率分别为93.6%、25%。",
        "全年开展食品安全监督抽检3,120批次，核查处置抽检不合格样品96批次，核查处置率达100%。",
        "全市法院新收一审行政案件1,120件，审结962件，其中行政机关败诉228件。全年共有383件行政案件由负责人出庭应诉，出庭应诉率为38%。",
        "全市空气质量综合指数为3.72，较上年的3.85下降3.4%。",
        "全区梳理政务服务事项1862项，其中1630个事项实现“一网通办”，网办率达87.5%。",
        "全年受理群众来信来访386件，已办结379件（7件正在办理），办结率98.2%。",
        "全县18个乡镇已有15个完成综合行政执法改革，完成率83.3%。",
        "全年化解信访积案58件（占市交办积案64件的90.6%），化解率居全市前列。",
        "共评选优秀案卷40卷、合格案卷10卷，优秀案卷占比八成。",
        "全局126名干部参加法治理论知识考试，除3人因公免考外全部合格，合格率100%。",
        "全县原有行政审批事项356项，取消128项，下放40项，精简率达47.2%。",
        "全年办理行政复议案件：征收类30件、处罚类25件、其他类45件，征收和处罚两类占比过半。",
        "全年受理法律援助案件1260件，同比增长5%（上年同期1200件）。",
        "本周受理热线工单506件。位居前三位的工单：交通能源类172件、城乡建设类80件、民政优抚类50件，占工单总量的59.7%。",
        "全年应办理工单6376件，已办理6376件，办结率100%。其中紧急工单72件全部按期办结；返工单16件，返工率0.25%。",
        "本月受理群众诉求2877件，自行处理2276件，派单601件，按时结案597件，超时办理4件，结案率100%，按时结案率99.3%。",
        "全省法院收案8.6万件，省法院本级1.1万件；各中级法院收案中，某中院收案1.5万件，占20%。",
        "年终回访当事人400人，满意352人，基本满意36人，满意率97%，共发放问卷400份。",
        "上半年收案数共310件，结案数共286件，结收比为92.3%。",
        "全年受理案件1,540件（含旧存140件），结案1,330件，结收比95%。",
        "全年审结一审案件1,260件，当事人上诉189件，一审服判息诉率为85%。",
        "全年共受理案件500件，其中民事案件300件、刑事案件150件，分别占60%和30%。",
        "8个乡镇的法治建设考核等次为优秀，占比40%。10个乡镇为良好，占比50%。2个乡镇为合格，占比10%。",
        "全县法院共受理案件5200件，其中基层法院受理4600件，基层法院结案率95.6%。",
        "全年共批准逮捕犯罪嫌疑人1,200人，不批准逮捕410人，不捕率25.5%。",
        "全年受理各类案件12,000件，审结11,400件，结收比101.2%。",
        "全年新收各类案件6,820件，结案6,512件，结案率95.5%，收案数量比上年增长12.3%。",
        "全年受理行政复议案件320件，审结298件，案件数量较上年的246件上升30.1%。",
        "2022年全县审结复议案件80件，纠错16件。2023年纠错率为18%，较上年下降2个百分点。",
        "全年审结行政复议案件150件，其中涉企案件60件，涉企案件纠错12件，纠错率20%。",
        "经审查，全年批准逮捕犯罪嫌疑人214人，不批准逮捕63人，不捕率为22.7%。",
        "截至10月底，全区新增城镇就业5126人，完成年度目标任务5000人的102.5%。",
        "全年实现城镇新增就业2860人，失业人员再就业430人，城镇登记失业率2.3%。",
        "区政府为被告的一审行政诉讼案件26件，其中3件延期至次年开庭，已开庭的23件负责人均出庭应诉，出庭应诉率100%。",
        "签订招商引资合同金额8.5亿元，实际到位资金3.2亿元，占全年计划的76%。",
        "市司法局18件，占比30%，市公安局12件，占比20%；按案件类型分，主要为行政处罚和政府信息公开，分别占比41.7%、18.3%。",
        "全年共受理审查逮捕案件86件112人，去年同期为102件140人，件数和人数同比分别下降15.7%、20%。",
        "本季度共受理案件240件，结案192件，结案率80%；去年同期收案200件，结案150件，结案率75%；收案数、结案数及结案率同比分别上升20%、28%及提高5个百分点。",
        "共办结民事行政检察监督案件58件，去年同期为46件，同比上升26.1%。",
        "城镇登记失业率为3.1%，比年度控制目标4%低0.9个百分点。",
        "全年全区粮食总产量26.4万吨，在高基数上再增0.8万吨、增长3.1%。",
        "全年实现地区生产总值（GDP）218.6亿元，比上年增长5.2%。\n全年民营经济增加值128.3亿元，占GDP的比重为58.7%。",
        "全年共受理各类案件5800件，结案5420件，其中审判案件结案率94.6%，执行案件执结率90.2%。",
        "全年新收刑事案件430件，审结401件，刑事案件结案率93.3%。",
        "近五年依法起诉侵害未成年人犯罪4.1万人；对犯罪情节轻微的未成年人附条件不起诉1.2万人，占办结未成年人案件总数的18.3%。",
        "按办理单位分，区城管局60件，占比30%，区市场监管局44件，占比22%，区住建局26件，占比13%。",
        "经审查，批准逮捕126件170人，不批准逮捕24件30人，不捕率为15%。",
        "全年一审服判息诉率89.6%，去年同期为86.2%，同比上升3.4个百分点。",
        "全年受理行政复议案件300件，占比60%，其中涉企案件120件，占比40%，涉及行政处罚的90件，占比30%。",
        "年末常住人口612340人，比上年末增加1520人。全年出生人口4218人，人口出生率为6.90‰。",
        "全市法院受理各类案件12,640件（含旧存），审（执）结11,870件，结案率93.9%。",
        "全年批准逮捕犯罪嫌疑人980人，起诉2,150人。其中，起诉电信网络诈骗犯罪436人，占起诉总人数的20.3%。",
        "全年起诉1,320人，决定不起诉215人。其中，对轻微犯罪不起诉180人，占不起诉总人数的83.7%。",
        "全年共化解矛盾纠纷1,860件，其中通过人民调解化解880件，占比近五成。",
        "全区共有律师事务所48家，其中合伙所36家、个人所12家，比上年增加4家、2家，占律所总数的75%和25%。",
        "全年新收案件4 820件（不含旧存360件），审结4 950件，综合结案率为95.6%。",
        "年末户籍人口42.5万人，其中城镇人口18.3万人，常住人口城镇化率为56.8%。",
        "全年共批准和决定逮捕犯罪嫌疑人3.42万人，不捕2.05万人，不捕率38.1%。",
        "破获刑事案件640起，较上年同期破获520起上升23.1%。",
        "全区三次产业结构由上年的10.2:43.6:46.2调整为9.7:42.1:48.2，第三产业比重提高2.0个百分点。",
        "全区规模以上工业企业248家。\n全年亏损企业37户，亏损面14.9%。",
        "提出再审检察建议52件，法院裁定再审41件，采纳率78.8%。",
        "五年共受理各类初执案件2500起。\n社保案件收案数为640件，占执行案件总数的25.6%。\n仲裁案件收案数为512件，占执行案件总数的20.5%。",
        "表1 年龄分布\n年龄\n35岁以下\n35—50岁\n50岁以上\n人数\n96\n212\n92\n比例\n24.0%\n53.0%\n23.0%\n注：本表基数为400人",
        "全县人口出生率为8.74‰，死亡率为6.12‰，人口自然增长率为2.62‰。",
        "全县人口出生率为6.35‰，死亡率为8.02‰，人口自然增长率为-1.67‰。",
        "年末户籍人口52.60万人，全年出生3120人，死亡3890人，人口自然增长率为-1.46‰。",
        "全县一般公共预算收入31.4亿元，比上年的33.2亿元增长-5.4%。",
        "全县税收收入12,480万元，占一般公共预算收入26,300万元的47.5%。",
        "今年计划新建农村供水管网120公里。\n截至11月底，全市完成供水管网建设150公里、为计划任务的125%。",
        "今年计划新建农村公路80公里。\n截至11月底，全市完成供水管网建设150公里、为计划任务的135%。",
        "全县一般公共预算收入完成28,583万元。其中税务部门完成13,866万元，占调整预算100.9%，占一般公共预算收入的48.5%。",
        "全年审结一审案件589.4万件，二审案件58.2万件，再审案件1.8万件，分别占审结案件总数的86.6%、8.6%、0.26%。",
        "全年接警244万起，其中火灾扑救83.7万起、占总数的34.3%，抢险救援44.2万起、占总数的18.1%，社会救助85.8万起、占总数的35.2%。",
        "全年部门预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元，总体执行率87%。",
        "年末总人口138271万人，其中城镇常住人口79298万人，占总人口比重（常住人口城镇化率）为57.35%。",
        "全年受理各类案件5.2万余件，结案4.8万余件，审限内结案率97.5%。",
        "65岁及以上老年人健康管理41820人，健康管理率72.6%。",
        "全年居民消费价格同比-0.6%，其中食品价格同比-2.1%，占比较上年下降。",
        "入选最高人民法院公报案例5件、参考案例2件，占全国法院入选数的31.3%和2.9%。",
        "税收收入拟调整为64000万元，调减9000万元，下降6.2%；非税收入21000万元，保持不变。",
        "全年发布政务动态信息310条，发布文件解读材料45条。政策性文件多样化解读率达到100%。",
        "全年支出调整预算为8600万元。全年一般公共预算支出8170万元（其中民生支出6120万元），完成调整预算的95%。",
        "全县收入调整预算为5200万元。全年一般公共预算支出8170万元，完成调整预算的97%。",
        "全年受理审查逮捕案件120件150人，批准逮捕100件120人，按人数计批捕率为80%。",
        "全市生产总值800亿元，其中第一产业80亿元、第二产业320亿元、第三产业400亿元，三次产业结构为10:40:50。",
        "全市第一产业增加值80亿元、第二产业320亿元、第三产业400亿元，三次产业结构由上年的11:41:48调整为10:40:50。",
        "全年蔬菜播种面积48.6千公顷，比上年增加2.6千公顷，增长5.7%。",
        "新建10千伏线路42公里，比上年增加7公里，增长20%。",
        "受理民事案件1,860件，同比上升5.56%，同比增加98件。",
        "审结行政案件84件，同比下降14.3%，结案率同比减少2个百分点。",
        "全年发生生产安全事故45起、死亡51人、受伤14人，同比死亡人数减少2人、下降3.8%，受伤人数增加2人、上升16.7%。",
        "全县一般公共预算支出完成28.6亿元，完成县十七届人大常委会第二十次会议批准的支出调整预算29.4亿元的97.3%。",
        "2012年全国粮食总产量58957万吨，比2011年增产1836万吨，增长3.2%。",
        "审结478件635人，去年同期为773件1350人，同比件数下降38.16%、人数下降52.96%，共起诉373件507人，"
        "同比件数下降47.83%、人数下降58.95%；起诉率（按人数）为81.12%。",
        "行政诉讼案件审结18宗，其中胜诉15宗、撤诉3宗，胜诉率100%。",
        "提出审计建议864条，被采纳828条，采纳率超过九成五。",
        "全年受理群众来信3120件，是上年来信数的2.5倍（上年1230件）。",
        "上半年受援人达到2240人。\n开通绿色通道。上半年受援人中，农民工1210人，占54.0%，残疾人61人，占2.7%。",
        "全年受援人3120人。\n上半年受援人中，农民工820人，占52.6%，残疾人30人，占1.9%。",
        "今年共整治餐饮门店8600家，餐饮门店安装油烟净化器960家，安装率约78%。",
        "全年行政复议纠错率19.2%，高于全省平均水平（15.1%）4.1个百分点。",
        "2022年受理行政复议案件120件。2023年受理行政复议案件186件，是上年的1.6倍。",
        "处理人数由86.2万人增至104.5万人，增幅超过五分之一。",
        "| 类别 | 件数 | 占比 |\n| 农林畜牧水利 | 1590件 | 14.23% |\n| 社会保障 | 1485件 | 13.29% |\n"
        "| 公共服务 | 1152件 | 10.31% |\n| 城乡建设 | 1050件 | 9.4% |\n| 交通运输 | 827件 | 7.4% |",
    ],
)
def percent_mismatch(doc: Document) -> Iterator[Finding]:
    numbers = model(doc)
    claims = sorted(numbers.shares + [c for c in numbers.changes if c.kind in KINDS], key=lambda c: c.start)
    totals_questioned = {(m.start, m.end) for m in numbers.sums}
    unread = set()
    for group, whole in _shares_of_another_whole(doc.folded, claims):
        unread.update(id(m) for m in group)
        if (group[0].used[1].start, group[0].used[1].end) not in totals_questioned:
            yield _another_whole_finding(doc, group, whole)
    for m in claims:
        if id(m) in unread or _share_of_nothing(m) or _share_of_a_part_unnamed(doc.folded, m):
            continue
        yield Finding(
            start=m.start,
            end=m.end,
            message=_message(m),
            help=_help(m),
            related=tuple(Related(u.start, u.end, Msg(u.zh, u.en)) for u in m.used),
        )
