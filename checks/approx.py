"""Approximation words that contradict or repeat each other around one number (NUM-016).

"近5000余人" says both "not quite 5000" and "more than 5000"; "超过5000人以上"
says "more than" twice; "约300人左右" says "about" twice.  The number model
records each quantity's marks (before the number, between number and unit,
after the unit) and lintlaw.numbers.marks what each class claims and the shares in 成
with theirs, so this check only judges their combination.
"""
from __future__ import annotations

from typing import Iterator, Optional, Tuple

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg
from lintlaw.numbers import ABOUT, ABOVE, Mark, Quantity, quantities
from lintlaw.numbers.marks import AROUND, CAP, MORE, NEAR, recent_span, round_numbers, tenths_shares
from lintlaw.registry import rule


def _meaning(word: str) -> Tuple[str, str]:
    if word in NEAR:
        return "接近而不到", "nearly, not quite"
    if word in ("最多", "至多", "不超过", "以下"):
        return "不超过，含本数", "at most"
    if word in CAP:
        return "不到", "less than"
    if word in ("超过", "超", "多于", "大于", "高于", "逾"):
        return "多于，不含本数", "more than"
    if word in ("至少", "最少", "以上"):
        return "不少于，含本数", "at least"
    if word in MORE:
        return "多于，不含本数", "more than"
    return "大约", "about"  # 约, 大约, 左右, 上下, 前后


def _judge(q: Quantity, folded: str) -> Optional[Tuple[Mark, Mark, str]]:
    """(first mark, second mark, severity) when the marks clash, else None."""
    if q.before is None:
        # 200余次以上: "more than" and "at least" said of one number, with no word before it; 300多件左右,
        # 5000余人次左右: "more than" and "about" at once.
        if q.inner is not None and q.after is not None and q.inner.text in MORE and (
                q.after.text == "以上" or q.after.text in AROUND):
            return q.inner, q.after, "error"
        return None
    return _judge_marks(q.before, [m for m in (q.inner, q.after) if m is not None], recent_span(q, folded))


def _judge_marks(before: Mark, later, recent: bool = False) -> Optional[Tuple[Mark, Mark, str]]:
    for second in later:
        b, w = before.text, second.text
        if b == "近" and recent:
            continue  # 近十余年来: 近 is "the last", not "nearly"
        if b in NEAR + CAP and w in MORE + ("以上",):
            return before, second, "error"  # 近5000余人, 不足100余人
        if b in ABOVE and w in ("以上", "以下") + AROUND:
            return before, second, "error"  # 超过5000人以上, 至少5倍以上
        if b in ABOVE and w in MORE:
            return before, second, "error"  # 超过300余名, 逾千余人: "more than" said twice
        if b in CAP and w in ("以下",) + AROUND:
            return before, second, "error"  # 不足10人左右, 最多3天以下
        if b in NEAR and w == "以下":
            return before, second, "error"
        if b in ABOUT and w in MORE + ("以上",):
            return before, second, "error"  # 约80多场次, 大约300余人, 约三成以上: "about" and "more than" at once
        if b in ABOUT + NEAR and w in AROUND:
            return before, second, "warning"  # 约300人左右: contested, a warning
    return None


def _without(doc: Document, start: int, end: int, drop: Mark) -> str:
    return doc.text[start:drop.start] + doc.text[drop.end:end]


def _shares(doc: Document) -> Iterator[Tuple[Mark, Mark, str, int, int]]:
    """超过四成以上, 约两成左右: a share in 成 (tenths), read by the number model's marks."""
    for before, after, start, end in tenths_shares(doc.folded):
        judged = _judge_marks(before, [after])
        if judged is not None:
            yield judged + (start, end)


@rule(
    code="LL305",
    name="approx-contradiction",
    severity="error",
    summary="概数词互相矛盾（近…余、超过…以上、不足…左右）或重复（约…左右），成数同样（超过四成以上）",
    summary_en="Approximation words that contradict each other (近…余, 超过…以上, 不足…左右) or repeat (约…左右), shares in 成 too",
    why=(
        "NUM-016：表示概数的词不能自相矛盾——“近”“不足”表示不到，“余”“多”“以上”表示超过，"
        "“近400余人”“超过5000人以上”“至少5倍以上”“约80多场次”“约三成以上”“200余次以上”“300多件左右”是病句（错误）。“约…左右”“大约…左右”语义重复，"
        "但语言学界对其是否为错误有争议，故只作提示（警告）。"
    ),
    why_en=(
        "NUM-016: approximation words must not contradict each other — 近 and 不足 mean “below”, 余, 多 and "
        "以上 mean “above”, so “近400余人”, “超过5000人以上”, “至少5倍以上”, “约80多场次” (about, and more than), “约三成以上”, “200余次以上” and “300多件左右” are errors. “约…左右” and "
        "“大约…左右” say “about” twice; whether that is wrong is contested, so it is only a warning."
    ),
    bad=[
        "全年开展送法下乡活动，参训人员近千人以上，覆盖群众约万人左右。",
        "全年开展“法律进社区”活动200余次以上，覆盖群众1万余人次。",
        "联合各市直单位，发动各行各业、市民群众近5000余人，开展了3次城市环境大清洗活动。",
        "全年累计接待群众来访近百余人次。",
        "参加宪法宣誓仪式的干部职工超过300人以上。",
        "全年普法宣传覆盖群众超5万人次以上。",
        "今年以来，我局处理群众投诉的平均用时不足3天左右。",
        "在市区小区设置智能垃圾分类回收箱至少300个以上。",
        "全年共组织法律知识测试，参考人员约300人左右。",
        "专项整治行动期间，共出动执法人员近2000多人次。",
        "村居法律顾问全年提供法律咨询大约500次左右。",
        "全市受理的行政复议案件中，被纠错的案件不到10件左右。",
        "截至目前，在线学法平台的注册人数已超过5万以上。",
        "通过行政调解化解的矛盾纠纷超过四成以上。",
        "全市行政复议案件中，涉及征收补偿的约占两成左右。",
        "全年组织超过300余名执法人员参加业务培训。",
        "全年共开展“法律明白人”培训约80多场次，发放宣传资料1万余份。",
        "全区约有300余名行政执法人员参加了执法资格考试。",
        "渔政执法船全年巡航近3000余海里，查处违规船舶12艘。",
        "全年办理法律援助案件86件，挽回经济损失近五十余万元。",
        "对重点企业开展驻点执法检查，累计驻点时长近200余小时。",
        "全年共受理信访事项300多件左右，培训执法人员5000余人次左右，办结率约九成以上。",
    ],
    good=[
        "全年开展送法下乡活动，参训人员近千人，覆盖群众万人以上；全县法治文化阵地有近百年的历史建筑改建而成。",
        "新建停车场10处、新增停车位近4600个，主次干道两侧施划免费停车位14000余个。",
        "对系统内160余名业务骨干开展了为期2天的培训，发放宣传册约3000份。",
        "以上工作得到了市委、市政府的充分肯定。",
        "近年来，我局多部门联合执法30余次，查处违法行为多起。",
        "全年普法宣传覆盖群众超5万人次，赶超3家先进单位，超期案件全部清零。",
        "近十余年来，全区城市管理工作发生了深刻变化。",
        "用一个月左右时间组织主城区90余家建筑工地近3400名务工人员核酸检测。",
        "2017年党组成员学法积分平均达到4000分以上，超额完成任务。",
        "预约上门服务24次，附近300余户居民受益。",
        "全年处理群众投诉的平均用时不足3天。",
        "参加宪法宣誓仪式的干部职工超过300人，其中处级以上领导干部46人。",
        "通过行政调解化解的矛盾纠纷超过四成，七成以上的行政争议在复议阶段得到化解。",
        "全年开展法治宣传活动约80场次，发放宣传资料1万余份。",
        "参加培训的执法人员约300人，其中新取得执法证件的30余人。",
        "全年为受援人挽回经济损失三十余万元。",
        "近30余天来，全区各级执法部门持续开展夜间巡查。",
    ],
)
def approx_contradiction(doc: Document) -> Iterator[Finding]:
    judged_marks = set()
    for q in quantities(doc):
        if q.inner is None and q.after is None:
            continue
        judged = _judge(q, doc.folded)
        if judged is None:
            continue
        first, second, severity = judged
        judged_marks.add((first.start, second.start))
        start = q.before.start if q.before is not None else q.start
        yield _finding(doc, first, second, severity, start, max(q.end, second.end))
    for before, later, start, end in round_numbers(doc.folded):
        judged = _judge_marks(before, list(later))
        if judged is not None and (judged[0].start, judged[1].start) not in judged_marks:
            judged_marks.add((judged[0].start, judged[1].start))
            yield _finding(doc, judged[0], judged[1], judged[2], start, end)
    for first, second, severity, start, end in _shares(doc):
        # The number model reads 四成 as a quantity too: a share it has judged is not judged twice.
        if (first.start, second.start) not in judged_marks:
            yield _finding(doc, first, second, severity, start, end)


def _finding(doc: Document, first: Mark, second: Mark, severity: str, start: int, end: int) -> Finding:
    first_zh, first_en = _meaning(first.text)
    second_zh, second_en = _meaning(second.text)
    keep_first = _without(doc, start, end, second)
    keep_second = _without(doc, start, end, first)
    if severity == "error" and first_zh == second_zh:
        message = Msg(
            f"概数词重复：“{first.text}”与“{second.text}”都表示{first_zh.split('，')[0]}，不能叠用",
            f"Approximation words said twice: “{first.text}” and “{second.text}” both mean “{first_en}”",
        )
    elif severity == "error":
        message = Msg(
            f"概数词叠用且互相矛盾：“{first.text}”（{first_zh}）与“{second.text}”（{second_zh}）",
            f"Approximation words that contradict each other: “{first.text}” ({first_en}) and “{second.text}” ({second_en})",
        )
    else:
        message = Msg(
            f"“{first.text}”与“{second.text}”都表示大约，语义重复",
            f"“{first.text}” and “{second.text}” both mean “about”: the estimate is said twice",
        )
    return Finding(
        start=first.start,
        end=end,
        message=message,
        help=Msg(
            f"只保留一个概数词：写作“{keep_first}”或“{keep_second}”",
            f"Keep one approximation word: “{keep_first}” or “{keep_second}”",
        ),
        severity=severity,
    )
