"""missing-section (LL101): the parts a report of its kind must have."""
from __future__ import annotations

from typing import Iterator

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg, Related
from lintlaw.profiles import find_parts, heading_text, report_year, resolve, soften, title, top_rank
from lintlaw.registry import rule

from ._chrome import last_report_paragraph
from ._cutoff import cut_off
from ._layout import CLOSED, end_states
from ._outline import _cn

_ANNUAL_TITLE = "××区司法局2023年度法治政府建设情况报告"


@rule(
    code="LL101",
    name="missing-section",
    severity="error",
    summary="报告缺少其类型要求的组成部分（法治政府建设年度报告的五项内容）",
    summary_en="A part the report's profile requires is missing (the five parts of the annual report)",
    why=(
        "《法治政府建设与责任落实督察工作规定》规定年度报告的内容：上一年度推进法治政府建设的主要举措和成效；"
        "存在的不足和原因；党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况；"
        "下一年度推进法治政府建设的主要安排；其他需要报告的情况。缺少前四项为错误；只在正文中提到而没有单列"
        "的为警告；第五项缺少为提示。报告类型由标题或开头判断，也可在配置中用 profile 指定或关闭（\"none\"）。"
        "正文停在句子中间的文本（网页只转载了开头、摘录）、停在某一部分的小标题上（“（二）……”之下没有正文）的文本，"
        "或停在第一部分之内、没有落款的文本，以及文库预览截断（句末是“......”，其后是“预览结束”“剩余N页未读”一行）的文本，"
        "不是完整的报告，不报告它没写到的部分。"
    ),
    why_en=(
        "The regulation on building a law-based government and its supervision (厅字〔2019〕28号) fixes the content "
        "of the annual report: the year's main measures and results; shortcomings and their causes; how the "
        "principal party and government leaders performed their duty as the first person responsible for "
        "building the rule of law; the main arrangements for the next year; other matters to report. A missing "
        "part among the first four is an error, one mentioned only in body text a warning, a missing part five "
        "a note. The kind of report is read from its title or opening, or set with `profile` (\"none\" turns it off)."
        " A text that stops in the middle of a sentence (a page that shows only the report's start, an "
        "excerpt), on a part's sub-heading with nothing under it, or inside its first part with no signature, "
        "or where a site's preview cut it (dots, then a line such as 预览结束 or 剩余N页未读), "
        "is no whole report: the parts it does not reach are not reported."
    ),
    bad=[
        _ANNUAL_TITLE + "\n一、2023年度推进法治政府建设的主要举措和成效\n（一）健全依法决策机制。全年审查重大行政决策3件。"
        "\n二、存在的不足和原因\n基层执法力量不足。\n三、2024年度推进法治政府建设的主要安排\n继续加强执法监督。",
        "××县人民政府关于2022年法治政府建设情况的报告\n一、主要举措和成效\n全年办理行政复议案件12件。\n"
        "二、党政主要负责人履行推进法治建设第一责任人职责情况\n县长主持召开常务会议学法4次。\n三、下一步工作安排\n"
        "加强行政执法监督。\n四、其他需要报告的情况\n无。",
        "××市市场监督管理局2023年法治政府建设年度报告\n一、工作开展情况\n局党组书记认真履行推进法治建设第一责任人职责，"
        "全年主持专题研究法治工作4次。\n二、存在的问题和原因\n执法人员专业能力有待提高。\n三、2024年工作打算\n加强执法培训。"
        "\n四、其他需要报告的情况\n无。",
        "××区2023年度法治政府建设情况报告\n一、主要举措和成效\n全年审查规范性文件15件。\n二、存在的不足和原因\n"
        "合法性审查力量薄弱。\n三、党政主要负责人履行第一责任人职责情况\n区长带头学法。\n四、2024年主要安排\n"
        "深化行政执法改革。",
        "名称：××镇人民政府2021年度法治政府建设年度报告\n××镇人民政府2021年度法治政府建设年度报告\n"
        "发布日期：2022-02-20\n2021年，我镇深入推进依法行政。\n一、主要做法和成效\n完成行政执法案卷评查30卷。"
        "\n二、存在的不足和原因\n执法力量不足。",
        "# ××县交通运输局2023年法治政府建设工作报告\n一、主要举措及成效\n全年查处超限运输案件56起。\n"
        "二、存在的短板\n执法装备不足。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n局长带头讲法治课1次。\n"
        "四、其他需要报告的情况\n无。",
        "2023年，区生态环境局深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将2023年度法治政府建设情况报告如下：\n"
        "一、主要举措和成效\n全年办理行政处罚案件42件。\n二、下一步工作安排\n持续推进严格规范公正文明执法。",
        "一年来，市水务局紧紧围绕法治政府建设目标，依法履行职责。\n一、2023年度推进法治政府建设的主要举措和成效\n"
        "完善依法决策机制。\n二、2023年度推进法治政府建设存在的不足和原因\n法治宣传形式单一。\n"
        "三、2024年度推进法治政府建设的主要安排\n加强执法队伍建设。",
    ],
    good=[
        _ANNUAL_TITLE + "\n一、2023年度推进法治政府建设的主要举措和成效\n全年审查重大行政决策3件。\n"
        "二、2023年度推进法治政府建设存在的不足和原因\n基层执法力量不足。\n"
        "三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持专题研究法治工作4次。\n"
        "四、2024年度推进法治政府建设的主要安排\n加强执法监督。\n五、其他需要报告的情况\n无。",
        "××县2023年度法治政府建设情况报告\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头学法。\n"
        "二、主要做法和成效\n办结复议案件20件。\n三、存在的问题及原因\n执法规范化水平不高。\n四、下一步工作打算\n"
        "深化执法改革。\n五、其他需要报告的情况\n无。",
        "××区司法局2023年度法治政府建设情况报告\n一、坚持党的领导，压实法治建设责任\n完善工作机制。\n"
        "二、依法全面履行政府职能\n深化“放管服”改革。\n三、主要负责同志履行第一责任人职责情况\n局长主持学法4次。\n"
        "四、存在的不足和原因\n执法力量薄弱。\n五、2024年工作安排\n加强执法监督。\n六、其他需要报告的情况\n无。",
        "新洲区城管委“七五”普法中期工作总结\n一、加强组织领导，全面落实责任\n成立普法工作领导小组。\n"
        "二、存在问题及下步工作措施\n普法形式较为单一。",
        "××市司法局2023年工作总结\n一、主要工作\n全年办理法律援助案件320件。\n二、存在的问题\n基层人员不足。",
        "××区法治政府建设督察反馈问题整改情况的报告\n一、整改工作开展情况\n已完成整改12项。\n二、下一步工作\n巩固整改成果。",
        "2023年，我局认真开展普法宣传。现将普法工作情况报告如下：\n一、主要做法\n开展宣传活动12场。\n二、存在问题\n"
        "普法形式单一。",
        "××县2023年上半年法治政府建设工作总结\n一、主要举措\n办理复议案件5件。\n二、下半年工作打算\n加强执法监督。",
        "××区2023年度法治政府建设情况报告\n2023年，我区扎实推进法治政府建设。\n一、主要举措和成效\n"
        "（一）深化“放管服”改革。全年取消行政许可事项12项，政务服务事项网上可办率达到",
        "××区2023年度法治政府建设情况报告\n2023年，我区扎实推进法治政府建设。\n一、主要举措和成效\n"
        "（一）深化“放管服”改革。全年取消行政许可事项12项。......\n\n剩余5页未读，继续阅读",
    ],
    spans_text=False,  # the finding points at the title; the part is missing from the whole report
)
def missing_section(doc: Document) -> Iterator[Finding]:
    profile = resolve(doc)
    if profile is None or cut_off(doc) is not None or _stops_in_first_part(doc):
        return
    year = report_year(doc) if profile.builtin else None
    found_title = title(doc)
    if found_title is not None:
        at, end = found_title.start, found_title.end
    else:
        at = doc.paragraphs[0].start if doc.paragraphs else 0
        end = at
    kind = profile.description
    for number, (part, match) in enumerate(zip(profile.parts, find_parts(doc, profile)), start=1):
        heading = heading_text(part, year)
        if match is None:
            yield Finding(
                at, end,
                Msg(f"{kind.zh}缺少第{_cn(number)}部分“{part.name.zh}”：{profile.source}要求报告“{part.wording}”",
                    f"the {kind.en} has no part {number} ({part.name.en}); {profile.source} requires "
                    f"“{part.wording}”"),
                help=_missing_help(part, heading),
                severity=part.severity,
            )
        elif match.how == "body":
            severity = soften(part.severity)
            if severity is None:
                continue
            yield Finding(
                at, end,
                Msg(f"第{_cn(number)}部分“{part.name.zh}”只在正文中提到，没有单列为一个部分（{profile.source}"
                    f"要求报告“{part.wording}”）",
                    f"part {number} ({part.name.en}) is only mentioned in body text, not reported as a part of "
                    f"its own ({profile.source} requires “{part.wording}”)"),
                help=Msg(f"把这部分内容单列出来，加标题“{heading}”",
                         f"move this content into a part of its own headed “{heading}”"),
                related=(Related(match.start, match.end, Msg("正文在此提到这部分内容", "the body mentions it here")),),
                severity=severity,
            )


def _missing_help(part, heading: str) -> Msg:
    if part.severity == "info":
        return Msg(f"增加一部分，标题“{heading}”；没有需要报告的情况时写“无。”",
                   f"add a part headed “{heading}”; write “无。” (none) when there is nothing to report")
    return Msg(f"增加一部分，标题“{heading}”，写明{part.wording}",
               f"add a part headed “{heading}” that reports {part.name.en}")


def _stops_in_first_part(doc: Document) -> bool:
    """The outline begins (一、, or 第一部分), never reaches its second item, and the text
    ends on a sentence, with no signature or date after it, or on that first heading itself
    (…现将有关情况报告如下：/ 一、主要举措和成效): the opening of a report (a page's excerpt cut
    at a full stop or a line's end), since a report of several required parts cannot have one
    top-level part.  A signature and date close a whole document."""
    rank = top_rank(doc)
    tops = [h for h in doc.headings if h.number is not None and h.rank == rank]
    if len(tops) != 1 or tops[0].number != 1:
        return False
    last = last_report_paragraph(doc)
    return last is not None and (end_states(doc)[last] == CLOSED or last == tops[0].paragraph)

