"""Years that do not fit the year a report is about."""
from __future__ import annotations

import bisect
import re
from typing import Iterator, List, Tuple

from lintlaw.document import Document, Paragraph
from lintlaw.finding import Finding, Msg, Related
from lintlaw.lazy_re import lazy
from lintlaw.profiles import (PLAN_PARTS, RESULTS_PARTS, YEAR_RANGE, heading_parts, is_annual, paragraph_keys,
                              opening_paragraphs, published_year, report_year, signature_date, title, told_year, top_rank,
                              writing_year)
from lintlaw.registry import rule

_RESULTS = set(RESULTS_PARTS) | {"opening"}
_PLAN = set(PLAN_PARTS)
_BOUNDARY = r"(?:(?<=^)|(?<=[。；！？，：\s]))"
# A heading that opens with its year: "一、2023年度推进法治政府建设的主要举措和成效".
_HEADING_YEAR = re.compile(r"^(\d{4})\s*年")
# A year as the time of a clause: "2024年，完成……", "2024年共办理……", "2024年底，已建成……",
# "2024年召开……" (a verb of work done right after it).
# A month after the year (2024年1月) is a date, often early in the writing year; "到2025年"
# and "2021—2025年" do not start a clause.
_CLAUSE_YEAR = re.compile(
    _BOUNDARY + r"(?:在|于)?(\d{4})\s*年(度)?(全年|以来|上半年|下半年|年初|初|年底|底|年末|末)?"
    r"(?=[，]|共|累计|先后|全年|我|本|全|已|召开|开展|组织|印发|出台|制定|完成|举办|办理|审查|查处|受理|办结)"
)
_FUTURE = re.compile(r"将|要|拟|计划|力争|争取|预计|确保|目标|规划|部署|安排|打算|方案|要点|启动|谋划")
_DONE = lazy(
    r"了|已|共|累计|完成|办理|办结|受理|开展|召开|组织|印发|出台|制定|修订|实现|取得|获得|荣获|举办|查处|审查|"
    r"审核|培训|处理|收到|发放|建成|达到|评为|被"
)
# "2023年，我局将……" in the plan for 2024.
_PLAN_YEAR = re.compile(
    _BOUNDARY + r"(\d{4})\s*年度?[，]?(?:我局|我们|全局|本局|我委|我办|我厅|我县|我区|我市|我镇|我乡|我部门)?"
    r"(?:将|要|拟|计划|力争|继续)"
)
# Time words whose year depends on when the reader thinks the text was written.  本年度 is not
# one: 本 points at the document itself, and in a year's report (本年度共审查规范性文件32件) it
# is the year reported on, as 本报告 is the report.
_RELATIVE = re.compile(r"今年度?|去年度?|明年度?|前年|后年")
_NOT_BEFORE = {
    "去年": set("过失除回离出进上下死老抹略删减扣"),
}
_ONLY_AFTER = set("在于到至从自是将和与及或为比较同的、，。；：！？“”（）《》 \t\u3000")
# Cheap scans of the whole text that find the paragraphs worth a closer look: a pattern that
# starts with a literal character is searched for fast, one that starts with a class or a
# lookbehind is tried at every position.  Each is looser than the exact pattern it stands for.
_YEAR_MARK = re.compile(r"年(?<=[\d\s]年)")  # a year, \d{4}\s*年
_RELATIVE_MARK = re.compile(r"年(?<=[今去明前后]年)")  # _RELATIVE
_QUOTED_TITLE = re.compile(r"《[^《》\n]{0,120}》")


@rule(
    code="LL306",
    name="stale-year",
    severity="warning",
    summary="年份与报告年度不符，或用“今年”“去年”等相对时间词",
    summary_en="A year that does not fit the report's year, or a relative time word (今年, 去年)",
    why=(
        "《法治政府建设与责任落实督察工作规定》要求年度报告写“上一年度”的举措和成效、“下一年度”的主要安排："
        "报告年度为Y时，成效部分不应把Y年以后的年份当作已完成，安排部分应写Y+1年。报告在次年撰写、发布，"
        "“今年”“去年”“明年”所指不明，应写明年份（公文写明具体的年月日；避免使用时间代词）。"
        "“本年度”指报告本身所述的年度，不报告。"
        "文件写明自身日期的（“（2023年5月30日在……会议上）”、落款的成文日期），“今年”即该年，不报告；"
        "网页的发布日期（或文末日期）就在报告年度内的，“今年”即报告年度，也不报告。"
        "法律施行日期、规划期（2021—2025年）不在此列。成效部分写本年度制定的计划、要点、方案，标题年份早于报告年度的，"
        "是沿用了上一年的文件名；成效部分以上一年份起句、陈述已完成的工作而无比较的（2024年报告中的“2023年，全镇累计发布…”），"
        "是沿用了上一年报告的句子。没有标题的政府信息公开工作年度报告，以开头写明的统计期限（自2023年1月1日起至12月31日止）"
        "为报告年度，“存在的主要问题及改进情况”等部分除外；统计期限的年份与标题或正文各句所写的年度不同的，是沿用了上一年的统计期限；落款日期在报告年度过半之前的（2023年年度报告落款2023年1月15日）、“上年（2021年）”所写年份不是报告年度前一年的，也是沿用了旧报告；"
        "“2023年是‘八五’普法规划实施的第二年”这样把年份放错五年规划第几年的（八五普法2021—2025年，开局之年为第一年、收官之年为第五年），也报告；"
        "统计公报中表题写了公报年度以外单独一年的（2021年公报的“表1 2020年年末常住人口数及其构成”），是沿用了上一年的表格。"
        "成效部分写“截至上一年底”的累计数、句中不作比较的，也是沿用了上一年报告的句子。向人民代表大会所作的政府（法院、检察院）工作报告以召开的年份命名，"
        "正文以上一年开篇的，报告的是上一年；标题不写年份、标题下注明在会议上所作日期的，上半年所作报告的是上一年，"
        "以年份为题的部分（××年主要工作、××年工作安排）应与之相符，回顾部分（过去一年的工作）也应以所报告的年份开篇；"
        "网页丢了标题行的，以标题下的日期行和“各位代表：”认出这类报告。"
        "开头“现将（我局、全县）2022年……报告如下”所说的年份不是报告年度的，也是沿用了旧报告；"
        "半年、季度的总结（2024年上半年工作总结）以另一年的同一时段起句、陈述完成数而不作比较的（2023年上半年，共开展集中学习10次），"
        "是沿用了上一年同期总结的句子。"
    ),
    why_en=(
        "The regulation asks the annual report for the measures and results of the past year and the "
        "arrangements for the next: for a report on year Y, the results part should not state years after Y "
        "as done, and the plan part is about Y+1. The report is written and published the year after, so "
        "今年 (this year), 去年 (last year) and 明年 (next year) are unclear: name the year. 本年度 (the year "
        "of this report) points at the report itself and is fine. A document that "
        "states its own date (delivered at a meeting on a given day, or signed and dated) fixes 今年, and is not "
        "reported, nor is a page published (or closing with a date) in the year the report is on. Effective dates of laws and plan periods (2021—2025年) are fine. "
        "A plan, key points or a scheme made in the year reported on whose title names an earlier year is last year's title copied over, "
        "and a results clause opening with the year before, stating work done with nothing compared, is last year's sentence. "
        "An information-disclosure report without a title is on the year of the statistics period it states at its start "
        "(自2023年1月1日起至12月31日止), but for its parts on problems and plans; a statistics period of another year than "
        "the title's, or than the year the body's sentences open with, is last year's period copied over, and so is a report on a year signed before that year was half over (2023年1月15日 under a "
        "report on 2023), a 上年（2021年） that is not the year before the report's, a year set in the wrong year of a five-year plan "
        "(2023年是“八五”普法规划实施的第二年: 八五 runs 2021—2025, its 开局之年 the first and its 收官之年 the fifth), a statistical bulletin's table captioned with one other year (表1 2020年年末… in "
        "the bulletin on 2021), and a stock "
        "count 截至 the end of the year before, with nothing compared. A work report delivered to a people's congress "
        "(政府工作报告, and the courts' and procuratorates') is named by the year it is delivered in; when its body opens on the "
        "year before, that is the year it reports; one titled without a year and dated under its title (delivered at a "
        "meeting) in the first half of a year reports the year before, and its parts headed by years (××年主要工作, "
        "××年工作安排) must say so, and so must the year its review part (过去一年的工作) opens with; a page that lost the "
        "title line shows the kind by the date line and 各位代表：. So must the opening's 现将（我局）2022年……报告如下, and a summary of part of a year "
        "(2024年上半年工作总结) that opens a sentence on the same part of another year and counts what was done "
        "(2023年上半年，共开展集中学习10次) with nothing compared carries last year's sentence."
    ),
    bad=[
        "2023年是“八五”普法规划实施的第二年，全县开展普法活动30场。",
        "某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理复议案件12件，比上年（2021年）增加3件。",
        "某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理复议案件12件。\n\n某县司法局\n2023年1月15日",
        "某县司法局2023年法治政府建设工作总结\n2023年，我局扎实推进法治政府建设，现将2022年工作推进情况报告如下：\n一、主要举措\n全年办理复议案件12件。",
        "某区2021年国民经济和社会发展统计公报\n一、人口\n年末全区常住人口107365人。\n表1 2020年年末全区常住人口数及其构成\n"
        "全区常住人口 | 107365 |",
        "××区司法局2023年度法治政府建设情况报告\n一、2023年度推进法治政府建设的主要举措和成效\n"
        "2024年，完成执法案卷评查120卷。",
        "××县2022年法治政府建设情况报告\n一、主要举措和成效\n全年办理复议案件12件。\n四、2022年推进法治政府建设的主要安排\n"
        "加强执法监督。",
        "××市城市管理局2021年法治政府建设年度报告\n一、法治政府建设工作开展情况\n去年共收到信访件500余件，办结率100%。",
        "××区2023年度法治政府建设情况报告\n一、主要举措和成效\n今年以来，共办理行政复议案件56件。",
        "××县交通运输局2023年法治政府建设工作报告\n三、下一步工作安排\n2023年，我局将继续深化执法改革。",
        "××镇2020年法治政府建设情况报告\n一、主要举措和成效\n2021年共审查合同30份，出具法律意见书12份。",
        "××区2023年度法治政府建设情况报告\n一、2022年度推进法治政府建设的主要举措和成效\n全年审查规范性文件15件。",
        "××局2023年度法治政府建设情况报告\n四、下一步工作安排\n明年将重点推进执法规范化建设。",
        "××区2023年度法治政府建设情况报告\n发布时间：2024-02-20 10:05\n一、主要举措和成效\n今年以来，共办理行政复议案件56件。",
        "××镇2025年法治政府建设情况报告\n一、主要举措和成效\n制定《××镇2024年法治政府建设工作要点》，明确重点任务32项。",
        "××镇2024年政府信息公开工作年度报告\n一、总体情况\n2023年，全镇累计发布政务动态56条。",
        "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
        "根据《××省2023年政务公开工作要点》，持续推进政务公开。2022年，我县政府门户网站更新政务动态信息1841条。",
        "××区司法局2024年法治政府建设年度报告\n一、主要举措和成效\n2023年，我局坚持以习近平法治思想为指导，认真贯彻落实"
        "上级决策部署，全面履行法治政府建设职责。",
        "××县司法局2025年政府信息公开工作年度报告\n一、总体情况\n2024年通过政府网站主动公开信息312条。",
        "××县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n2024年举办执法人员培训班3期，培训120人次。",
        "××市中级人民法院工作报告\n——2023年2月9日在××市第十七届人民代表大会第三次会议上\n各位代表：\n"
        "2021年主要工作\n2022年，全市法院共受理各类案件32.5万件。\n2023年工作安排\n2023年，我们将继续提升审判质效。",
        "——2022年3月8日在第十三届全国人民代表大会第五次会议上\n各位代表：\n过去一年的工作\n"
        "2020年是党和国家历史上具有里程碑意义的一年。我们隆重庆祝中国共产党成立一百周年。",
        "本报告所列数据为2019年1月1日至2019年12月31日。\n一、总体情况\n2020年，中心网站发布各类信息635条。"
        "\n二、主动公开情况\n2020年，中心主动公开政策文件12件。",
        "××开发区2019年政府信息公开工作年度报告\n一、主动公开\n截止2018年底，通过网站、微信等途径主动公开政府信息78条。",
        "××区市场监管局2024年上半年工作总结\n现将上半年工作情况总结如下：\n一、主要工作\n2023年上半年，共查处违法案件86件。",
        "××县应急管理局2024年第一季度工作总结\n一、工作开展情况\n2023年1—3月，全县共开展安全生产检查420次。",
        "××县2023年度普法依法治理工作总结\n今年以来，全县深入开展普法宣传。现将全县2022年度普法依法治理工作总结如下：",
        "首页 > 政务公开 > 法治政府建设\n索引号：11320000-2024-00012\n发布机构：××区司法局\n发布日期：2024-01-20\n"
        "字号：大 中 小\n打印本页 关闭窗口\n××区2023年法治政府建设情况报告\n一、主要举措和成效\n2022年，全区共办理行政复议案件56件。",
        "××区司法局关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n截至2022年12月31日，全区共有法律援助工作站36个。",
    ],
    good=[
        "首页 > 政务公开\n发布日期：2024-01-20\n字号：大 中 小\n××区司法局关于2023年度法治政府建设情况的报告\n一、主要举措和成效\n"
        "2023年，全区共办理行政复议案件56件，较2022年增加8件；截至2023年底，全区共有法律援助工作站36个。",
        "2021年是“十四五”规划的开局之年，2025年是“八五”普法规划的收官之年；2022年是“十四五”规划实施的关键之年。",
        "某县司法局2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理复议案件12件，比上年（2022年）增加3件。\n\n"
        "某县司法局\n2024年1月15日",
        "某县司法局2023年上半年工作总结\n2023年上半年，我局办理复议案件6件。\n\n某县司法局\n2023年6月25日",
        "某区2021年国民经济和社会发展统计公报\n一、综合\n表3 2017—2021年全区地区生产总值及其增长速度\n"
        "表4 2021年与2020年主要指标对比",
        "××区司法局2023年度法治政府建设情况报告\n一、2023年度推进法治政府建设的主要举措和成效\n"
        "2023年，完成执法案卷评查120卷，较2022年增长20%。",
        "××县2022年法治政府建设情况报告\n四、2023年推进法治政府建设的主要安排\n2023年，我局将继续加强执法监督。",
        "××区2023年度法治政府建设情况报告\n一、主要举措和成效\n认真贯彻《法治政府建设实施纲要（2021—2025年）》，"
        "新修订的《行政复议法》自2024年1月1日起施行，提前开展学习培训。",
        "××区2023年度法治政府建设情况报告\n一、主要举措和成效\n研究部署了2024年度法治政府建设工作要点。",
        "××县2020年法治政府建设情况报告\n三、2021年推进法治政府建设主要安排\n2021年是“十四五”开局之年。"
        "到2025年，基本建成法治政府。",
        "××局2023年度法治政府建设情况报告\n一、主要举措和成效\n深化精神文明年度考核，开展“八五”普法中期评估。",
        "2023年，我局扎实推进法治政府建设。\n一、主要举措和成效\n全年办理行政许可1200件。",
        "××区2023年上半年工作总结\n一、主要工作\n今年以来，共办理行政复议案件20件。\n二、下半年工作打算\n加强执法监督。",
        "××市人民政府关于2022年度法治政府建设情况的报告\n（2023年3月28日在市人大常委会第十次会议上）\n"
        "根据今年市人大常委会工作安排，现将有关情况报告如下。\n一、主要举措和成效\n全年办理行政复议案件56件。",
        "××区2023年度法治政府建设情况报告\n发布时间：2023-12-28 10:05\n一、主要举措和成效\n今年以来，共办理行政复议案件56件。",
        "××街道2023年法治政府建设年度报告\n信息提供日期：2023-12-11 16:26 来源：××政府在线\n"
        "今年以来，××街道全面贯彻落实党的二十大精神。\n一、主要举措和成效\n全年办理行政复议案件56件。",
        "××区2023年度法治政府建设情况报告\n一、主要举措和成效\n本年度共审查规范性文件32件，办理行政复议案件45件。",
        "××镇2024年政府信息公开工作年度报告\n一、总体情况\n2023年，全镇累计发布政务动态56条，2024年发布72条。"
        "2023年以来，共办理依申请公开12件。",
        "××镇2025年法治政府建设情况报告\n一、主要举措和成效\n制定《××镇2025年法治政府建设工作要点》，"
        "印发《××镇“八五”普法规划（2021—2025年）》，落实《××镇2024—2025年乡村振兴实施方案》。",
        "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
        "2023年，我县政府门户网站更新政务动态信息1841条，较2022年增加120条。2022年，全县收到申请28件，今年为35件。",
        "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n五、存在的主要问题及改进情况\n"
        "2022年，我县政务公开工作存在栏目更新不及时的问题，已逐项整改。",
        "本报告所列数据统计期限为2022年7月1日至2023年6月30日。\n一、总体情况\n2022年，共发布政务信息320条。",
        "本报告所列数据为2020年1月1日至2020年12月31日。\n一、总体情况\n2020年，中心网站发布各类信息635条，"
        "较2019年增加42条。\n二、主动公开情况\n2020年，中心主动公开政策文件12件。",
        "××开发区2019年政府信息公开工作年度报告\n一、主动公开\n截至2019年底，累计主动公开政府信息278条，"
        "较截至2018年底的200条增加78条；截至2018年底，全区已有政务公开专区3个，2019年新建2个。",
        "××市中级人民法院工作报告\n——2023年2月9日在××市第十七届人民代表大会第三次会议上\n各位代表：\n"
        "2022年主要工作\n2022年，全市法院共受理各类案件32.5万件。\n2023年工作安排\n2023年，我们将继续提升审判质效。",
        "××区市场监管局2024年上半年工作总结\n一、主要工作\n上半年共查处违法案件86件，较2023年上半年增加12件；"
        "2023年上半年，共办理投诉80件，本期办理96件。",
        "××镇人民政府2023年政府工作报告\n一、2022年工作回顾\n2022年，全镇实现财政总收入3.1亿元，办结信访事项86件。\n"
        "二、2023年工作安排\n2023年，我们将持续优化营商环境。",
        "——2022年3月8日在第十三届全国人民代表大会第五次会议上\n各位代表：\n过去一年的工作\n"
        "2021年是党和国家历史上具有里程碑意义的一年。我们隆重庆祝中国共产党成立一百周年。",
    ],
)
def stale_year(doc: Document) -> Iterator[Finding]:
    # Two readings may meet one year ("2021年，全市…" opening the review part is also a results clause
    # of last year): it is one slip.
    seen = set()
    for finding in _stale_years(doc):
        if (finding.start, finding.end) not in seen:
            seen.add((finding.start, finding.end))
            yield finding


def _stale_years(doc: Document) -> Iterator[Finding]:
    yield from _plan_year_ordinals(doc)
    yield from _stale_part_of_year(doc)
    year = report_year(doc)
    delivered = _undated_work_report(doc)
    if delivered is not None:
        # The date it was delivered says the year it tells, not its first sentence (which may be the slip).
        year = _told(*delivered)
    if year is not None:
        yield from _previous_year_named(doc, year)
    if year is None:
        # A title the report model does not take for a report's (under a page's address and
        # source lines) still names the year its body should state.
        stated = _stated_year(doc)
        if stated is not None:
            yield from _last_years(doc, stated, ())
        yield from _stale_period(doc, None, ())
        yield from _stale_captions(doc, ())
        yield from _work_report_parts(doc)
        return
    found_title = title(doc)
    related = (Related(found_title.start, found_title.end, Msg("报告标题", "the report's title")),) \
        if found_title is not None else ()
    if delivered is not None:
        yield from _work_report_parts(doc)
    else:
        yield from _headings(doc, year, related)
        yield from _review_opening(doc, year)
    yield from _clauses(doc, year, related)
    yield from _last_years(doc, year, related)
    yield from _stale_plans(doc, year, related)
    yield from _stale_period(doc, year, related)
    yield from _stale_captions(doc, related)
    yield from _signed_early(doc, year, found_title)
    yield from _reported_year(doc, year, related)
    # An annual report is written the year after the year it is on, so 今年 may mean either year;
    # a document that states its own date (delivered at a meeting, signed and dated) says which,
    # and so does a page dated (published, or closing with a date) in the year the report is on.
    if is_annual(doc) and writing_year(doc) is None and published_year(doc) != year:
        yield from _relative(doc, year, found_title.end if found_title is not None else -1)


def _paragraphs_with(doc: Document, mark) -> Iterator:
    """The paragraphs that hold a match of ``mark``, in order, each once."""
    end = -1
    for match in mark.finditer(doc.folded):
        if match.start() < end:
            continue
        para = doc.paragraph_of(match.start())
        if para is not None:
            end = para.end
            yield para


def _years_in(doc: Document) -> Iterator[Tuple[Paragraph, List[int]]]:
    """Each paragraph that writes a year as four digits before 年 ("2023年", "2023 年"), with the
    offsets (in the paragraph) where those digits start, found from the 年 back: the exact
    patterns are tried there only."""
    folded = doc.folded
    para = None
    current, starts = None, []
    for mark in _YEAR_MARK.finditer(folded):
        at = mark.start()
        if para is None or at >= para.end:
            para = doc.paragraph_of(at)
            if para is None:
                continue
        digits_end = at
        while digits_end > para.start and folded[digits_end - 1].isspace():  # \s, as the patterns read it
            digits_end -= 1
        begin = digits_end - 4
        if begin < para.start or not folded[begin:digits_end].isdecimal():  # \d
            continue
        if para is not current:
            if starts:
                yield current, starts
            current, starts = para, []
        starts.append(begin - para.start)
    if starts:
        yield current, starts


def _plan_year_finding(start: int, end: int, year: int, stated: int, related, heading: bool) -> Finding:
    """The plan for the next year (a heading of that part, or a sentence in it) names another year."""
    if heading:
        message = Msg(f"报告年度为{year}年，下一年度安排应写{year + 1}年，这里写的是{stated}年",
                      f"the report is on {year}: its plan is for {year + 1}, but this heading says {stated}")
    else:
        message = Msg(f"报告年度为{year}年，下一年度安排应是{year + 1}年的工作，这里写的是{stated}年",
                      f"the report is on {year}: its plan is for {year + 1}, but this says {stated}")
    return Finding(start, end, message, help=Msg(f"改为“{year + 1}年”", f"write “{year + 1}年”"), related=related)


def _headings(doc: Document, year: int, related) -> Iterator[Finding]:
    rank = top_rank(doc)
    for heading, keys in zip(doc.headings, heading_parts(doc)):
        if not keys or heading.number is None:
            continue
        text = doc.folded[heading.title_start:heading.title_end]
        if YEAR_RANGE.search(text):
            continue
        match = _HEADING_YEAR.match(text)
        if not match:
            continue
        stated = int(match.group(1))
        start, end = heading.title_start + match.start(1), heading.title_start + match.end(1)
        if _PLAN & set(keys):
            if stated != year + 1:
                yield _plan_year_finding(start, end, year, stated, related, heading=True)
        elif heading.rank == rank and _RESULTS.union({"shortcomings"}) & set(keys) and stated != year \
                and not (keys == ("measures",) and stated == year + 1):  # "四、2024年主要工作" is the plan
            yield Finding(
                start, end,
                Msg(f"报告年度为{year}年，这一部分的标题却写{stated}年",
                    f"the report is on {year}, but this part's heading says {stated}"),
                help=Msg(f"改为“{year}年”，或核对标题中的报告年度",
                         f"write “{year}年”, or check the year in the report's title"),
                related=related,
            )


def _sentence_around(text: str, local: int) -> str:
    begin = max(text.rfind(ch, 0, local) for ch in "。！？；") + 1
    stops = [i for i in (text.find(ch, local) for ch in "。！？；") if i >= 0]
    return text[begin:min(stops) if stops else len(text)]


# What a clause looking ahead says (a plan's 将, 拟, 力争, 要 before what is to be done). Not the nouns
# a year's opening sentence is full of (贯彻落实决策部署, 按照…要求, 重要讲话, 规划, 方案).
_AHEAD = lazy(r"将|拟|计划|力争|争取|预计|目标|打算|谋划|下一步|(?<![重主需必只不纪纲摘概提简扼])要(?![求点素闻件])")
# The verbs a year's work is told in, in a report's opening sentence (2023年，我局坚持…，认真贯彻
# 落实…，全面履行…职责): done, as the results part tells it.
_CARRIED_OUT = lazy(r"坚持|贯彻|落实|推进|推动|深化|加强|强化|围绕|履行|严格|按照|紧扣|聚焦|扎实|积极|认真|持续")
# A year opening a sentence as the time of what it tells, whatever comes next (2023年，…; 2023年我局…;
# 2023年通过政府网站…; 2023年全县…): not a date (2023年3月), a span or a part of the year (以来, 底,
# 上半年, 至), the year's own name (2023年度, 2023年是…之年, 2023年的…), nor an ordinal period (第一季度).
# (2022年度，共收到申请36件: 年度 before a comma opens the sentence on that year as 2022年， does; 2022年度报告
# and 2022年度考核 name a document or a review.)
_OPENING_YEAR = lazy(_BOUNDARY + r"(\d{4})\s*年(?:度(?=，))?(?=[\u4e00-\u9fff，])(?![度月以底末初上下前后至到的是第内])")
# A count of what was done (更新政务动态信息1841条, 受理申请12件, 开展培训3场): a clause that
# states one reports the year's results, whatever its verb.
# A year's statement that nothing of a kind happened (2023年，本局未发生责任追究情况; 无依申请公开事项;
# 未收到政府信息公开申请): the sentence an information-disclosure report closes its parts with.
_ABSENT = lazy(r"未(?:发生|出现|收到|接到|产生|发现|涉及)|无[^，。；]{0,16}(?:情况|事项|案件|申请|事件)|没有(?:发生|出现|收到)")
_COUNTED = lazy(r"\d(?:\.\d+)?\s*(?:万|亿)?(?:条|件|次|场|人次|名|个|份|项|篇|期|户|家|起|宗|批)")


# Words that set a year against another or look back over a span: a year before the report's
# named with them is a comparison or history (较2022年增长, 2022年以来, 与2022年相比).
_COMPARED = lazy(r"较|比|同比|环比|相比|增长|下降|增加|减少|提高|持平|上年|去年|以来|至今|以前|此前|期间|基础上|之前|连续|分别")


# The title of a year's report or summary, on one of the first lines (under a page's address
# and source lines): 某镇2024年政府信息公开工作年度报告, 某局2023年工作总结.
# (关于2023年度法治政府建设情况的报告: the form a report to the Party committee or the congress takes.)
_YEAR_TITLE = lazy(r"[^，。；：！？]{0,30}?((?:19|20)\d\d)年度?[^，。；：！？\d]{0,30}?"
                   r"(?:年度报告|工作报告|情况报告|情况的报告|工作的报告|工作总结|年报)$")
_TITLE_LINES = 4
# A page that lost its line breaks runs its title into its body (某开发区2019年政府信息公开工作年度报告
# 某开发区2019年政府信息公开工作年度报告2019年，…): the title is the opening of its first long line.
_RUN_ON_TITLE = lazy(r"[^，。；：！？]{0,30}?((?:19|20)\d\d)年度?[^，。；：！？\d]{0,30}?年度报告")
_RUN_ON_LINE = 120


# The statistics period a 政府信息公开工作年度报告 states at its start, as the national format
# words it: 本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止 (统计时限, 统计时间;
# 为2023年1月1日至12月31日; 本报告所列数据为…): the year the report's figures are of.
_STATISTICS_YEAR = lazy(
    r"(?:(?:统计|数据的?)(?:期限|时限|期间|时间|区间|范围)|所列数据)[为是：:\s]*(?:自|从)?\s*((?:19|20)\d\d)\s*年\s*1\s*月\s*1\s*日\s*起?\s*"
    r"(?:至|到|—|－|-|~|～)\s*(?:((?:19|20)\d\d)\s*年)?\s*12\s*月\s*31\s*日"
)
_STATISTICS_LINES = 8
# The headings of the parts of such a report that look back at last year or ahead: 存在的主要问题及
# 改进情况 (上年度问题整改), 下一步工作打算.
_NOT_RESULTS = lazy(r"问题|改进|整改|不足|计划|打算|安排|展望|下一步|思路")


def _titled_year(doc: Document):
    """The year a report's title line names, if one of its first lines is such a title."""
    for para in opening_paragraphs(doc, _TITLE_LINES):
        line = para.folded.strip()
        match = _YEAR_TITLE.match(line) or (_RUN_ON_TITLE.match(line) if len(line) > _RUN_ON_LINE else None)
        if match and not YEAR_RANGE.search(match.group(0)):
            return told_year(doc.folded, para.end, int(match.group(1)))
    return None


def _statistics_year(doc: Document):
    """The year of the statistics period one of a report's first paragraphs states, if one does."""
    found = _statistics_period(doc)
    return None if found is None else int(found[1].group(1))


def _statistics_period(doc: Document):
    """(paragraph, match) of the statistics period one of a report's first paragraphs states."""
    for para in opening_paragraphs(doc, _STATISTICS_LINES):
        match = _STATISTICS_YEAR.search(para.folded)
        if match and match.group(2) in (None, match.group(1)):
            return para, match
    return None


# A body that tells its year's work in several sentences opening with that year (2023年，全镇…;
# 2023年通过政府网站…) is on that year.
_TOLD_YEAR_CLAUSES = 2


def _stale_period(doc: Document, year, related) -> Iterator[Finding]:
    """A statistics period of another year than the report's (本报告所列数据为2019年1月1日至2019年12月31日
    in a report on 2020): the period sentence copied from last year's report.  The report's year is
    the one its title or opening names, else the one at least _TOLD_YEAR_CLAUSES results sentences
    open with, where none opens with the period's year."""
    found = _statistics_period(doc)
    if found is None:
        return
    para, match = found
    period = int(match.group(1))
    if year is None:
        year = _titled_year(doc)
    if year is None:
        year = _told_year_of_body(doc, period)
    if year is None or year == period:
        return
    yield Finding(
        para.start + match.start(1), para.start + match.end(1),
        Msg(f"报告是{year}年度的，统计期限却写{period}年，疑为沿用了上一年度报告的句子",
            f"the report is on {year}, but its statistics period says {period}: last year's sentence copied over?"),
        help=Msg(f"核对统计期限：应为{year}年1月1日至{year}年12月31日",
                 f"check the period: 1 January to 31 December {year}"),
        related=related,
    )


# 2023年是“八五”普法规划实施的第二年: a year placed in a five-year plan it is not that year of.  Since 2006 the
# plans run 2006—2010 (五五普法, 十一五) and every five years on; 开局之年 is the first year, 收官之年 the last.
_FIVE_YEAR_PLANS = {"五五": 2006, "六五": 2011, "七五": 2016, "八五": 2021, "九五": 2026,
                    "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
_YEAR_OF_PLAN = lazy(r"((?:19|20)\d\d)年(?:是|为|作为)[^，。；！？]{0,8}?[“\"]?(" + "|".join(sorted(_FIVE_YEAR_PLANS, key=len, reverse=True))
                  + r")[”\"]?[^，。；！？“”]{0,16}?(开局之年|起步之年|收官之年|第([一二三四五])年)")
_ORDINALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5}


def _plan_year_ordinals(doc: Document) -> Iterator[Finding]:
    if "五" not in doc.folded:
        return
    for match in _YEAR_OF_PLAN.finditer(doc.folded):
        year, plan, said = int(match.group(1)), match.group(2), match.group(3)
        if year < 2006:
            continue  # 七五计划, 八五计划 (1986, 1991): the five-year economic plans of another era
        first = _FIVE_YEAR_PLANS[plan]
        place = year - first + 1
        if not 1 <= place <= 5:
            continue  # the plan's name read wrong, or a year outside it: not this check's to say
        stated = 1 if said in ("开局之年", "起步之年") else 5 if said == "收官之年" else _ORDINALS[match.group(4)]
        if stated == place:
            continue
        right = {1: "开局之年（第一年）", 5: "收官之年（第五年）"}.get(place, f"第{'一二三四五'[place - 1]}年")
        yield Finding(
            match.start(3), match.end(3),
            Msg(f"“{plan}”的期限是{first}—{first + 4}年，{year}年是其{right}，不是“{said}”",
                f"“{plan}” runs {first}—{first + 4}: {year} is its year {place}, not “{said}”"),
            help=Msg(f"核对年份或改为“{right.split('（')[0]}”", f"check the year, or write year {place}"),
        )


# 比上年（2021年）增加3件 in a report on 2023: the year named as last year is not the year before the report's.
# (Not 去年, which counts from the day of writing: a work report delivered in 2024 on 2023 writes 去年（2023年）.)
_PREVIOUS_YEAR_NAMED = lazy(r"(?:上年|上一年|上年度|上一年度)(?:同期)?[（(]((?:19|20)\d\d)年?度?[）)]")


def _previous_year_named(doc: Document, year: int) -> Iterator[Finding]:
    if "年（" not in doc.folded and "年(" not in doc.folded:
        return
    for match in _PREVIOUS_YEAR_NAMED.finditer(doc.folded):
        named = int(match.group(1))
        if named == year - 1:
            continue
        yield Finding(
            match.start(1), match.end(1),
            Msg(f"报告年度为{year}年，“上年”应是{year - 1}年，这里写的是{named}年",
                f"the report is on {year}: last year is {year - 1}, not {named}"),
            help=Msg(f"核对年份：应为{year - 1}年", f"check the year: {year - 1}"),
        )


# A statistical bulletin's table captioned with another year (表1 2020年年末常住人口数及其构成 in the
# bulletin on 2021): last year's table copied over.  A bulletin's tables are of its year; a caption over
# several years (表3 2017—2021年…) or comparing two (2021年与2020年…) is not one year's.
_BULLETIN = "统计公报"
_BULLETIN_LINES = 6
# The bulletin's title, its lines joined (a page sets "2021年中站区国民经济和社会发展" over "统计公报").
_BULLETIN_TITLE = lazy(r"((?:19|20)\d\d)\s*年[^，。；：！？\d]{0,30}?统计公报")
_CAPTION_YEAR = lazy(r"^表\s*[0-9一二三四五六七八九十]{1,3}\s*[：:、.．]?\s*((?:19|20)\d\d)\s*年"
                     r"(?![—\-－~～至到]|度?(?:与|和|比|及|、|至))")


def _stale_captions(doc: Document, related) -> Iterator[Finding]:
    """Captions of one year other than the one the bulletin's own title names (which its tables are of)."""
    if "表" not in doc.folded:
        return
    head = "".join(p.folded.strip() for p in doc.paragraphs[:_BULLETIN_LINES])
    titled = _BULLETIN_TITLE.search(head) if _BULLETIN in head else None
    if titled is None:
        return
    year = int(titled.group(1))
    for para in doc.paragraphs:
        match = _CAPTION_YEAR.match(para.folded) if para.folded.startswith("表") else None
        if match is None or int(match.group(1)) == year or YEAR_RANGE.search(para.folded):
            continue
        stated = int(match.group(1))
        yield Finding(
            para.start + match.start(1), para.start + match.end(1),
            Msg(f"公报是{year}年的，这张表的表题却写{stated}年，疑为沿用了上一年度公报的表格",
                f"the bulletin is on {year}, but this table's caption says {stated}: last year's table copied over?"),
            help=Msg(f"核对表题和表中数据的年份：应为{year}年", f"check the caption and the figures under it: {year}"),
            related=related,
        )


# 现将2022年工作推进情况报告如下 in a report on 2023: the opening's announcement of what follows, copied with
# last year's report (the sentence that says which year the report is on, naming another).
# The subject may stand before the year (现将我局2022年…, 现将全县2022年度…, 现将镇2022年…).
_ANNOUNCED = lazy(r"现将(?:[^，。；：！？\d“”《》]{1,10}?)?((?:19|20)\d\d)\s*年度?[^。；！？]{0,30}?(?:情况|工作)[^。；！？]{0,6}(?:报告|汇报|总结)如下")


_OPENING_LINES = 8  # the announcement stands in the opening, before the outline


def _reported_year(doc: Document, year: int, related) -> Iterator[Finding]:
    if "现将" not in doc.folded:
        return
    opening = opening_paragraphs(doc, _OPENING_LINES)
    end = opening[-1].end if opening else 0
    for match in _ANNOUNCED.finditer(doc.folded, 0, end):
        stated = int(match.group(1))
        if stated == year:
            continue
        yield Finding(
            match.start(1), match.end(1),
            Msg(f"报告年度为{year}年，开头却说报告{stated}年的情况，疑为沿用了上一年度报告的句子",
                f"the report is on {year}, but its opening announces the work of {stated}: last year's sentence copied over?"),
            help=Msg(f"核对年份：应为“{year}年”", f"check the year: {year}"),
            related=related,
        )


# A summary of part of a year (2024年上半年工作总结, 2024年1—9月工作情况, 2024年第三季度工作总结) tells that part of
# its own year: a sentence opening on the same part of another year (2023年上半年，共开展集中学习10次) and counting
# what was done is last year's sentence copied over.  Not where the sentence sets the two against each
# other (较2023年上半年增加12件, 与2023年1—6月相比).
_PART = r"(上半年|下半年|前三季度|第[一二三四1-4]季度|[17]\s*[—－\-~～至到]\s*\d{1,2}\s*月(?:份)?)"
_PART_TITLE = lazy(r"((?:19|20)\d\d)\s*年" + _PART + r"[^，。；：！？]{0,30}?(?:总结|报告|情况|汇报)$")
_PART_OPENING = lazy(_BOUNDARY + r"((?:19|20)\d\d)\s*年" + _PART + r"(?:以来|期间)?(?=[，\u4e00-\u9fff])")


_SAME_PARTS = {"1-6月": "上半年", "7-12月": "下半年", "1-9月": "前三季度", "1-3月": "第一季度",
               "第1季度": "第一季度", "第2季度": "第二季度", "第3季度": "第三季度", "第4季度": "第四季度"}


def _part_name(part: str) -> str:
    plain = re.sub(r"[—－\-~～至到]", "-", re.sub(r"\s|份", "", part))
    return _SAME_PARTS.get(plain, plain)


_OWN_PART = lazy(r"今年|本年|本季度|本期|同期")


def _sets_own_part_beside(text: str, year: int, part: str) -> bool:
    if _OWN_PART.search(text):
        return True
    return any(int(m.group(1)) == year and _part_name(m.group(2)) == _part_name(part)
               for m in _PART_OPENING.finditer(text))


def _stale_part_of_year(doc: Document) -> Iterator[Finding]:
    found_title = title(doc)
    if found_title is None:
        return
    titled = _PART_TITLE.search(found_title.text.strip())
    if titled is None:
        return
    year, part = int(titled.group(1)), titled.group(2)
    for match in _PART_OPENING.finditer(doc.folded, found_title.end):
        stated = int(match.group(1))
        if stated == year or _part_name(match.group(2)) != _part_name(part):
            continue
        sentence = _sentence_around(doc.folded, match.start(1))
        if _COMPARED.search(sentence) or not _COUNTED.search(sentence):
            continue
        para = doc.paragraph_of(match.start())
        if para is not None and _sets_own_part_beside(para.folded, year, part):
            continue  # 2023年上半年办理80件；2024年上半年办理96件: the two years side by side
        yield Finding(
            match.start(1), match.end(1),
            Msg(f"这是{year}年{part}的总结，这里却写{stated}年{match.group(2)}的工作，疑为沿用了上一年度的句子",
                f"this summary is on {part} of {year}, but this sentence tells {stated}: last year's sentence copied over?"),
            help=Msg(f"核对年份：应为“{year}年”", f"check the year: {year}"),
            related=(Related(found_title.start, found_title.end, Msg("报告标题", "the report's title")),),
        )


# A report or a summary of a year's work is signed once that year is over or nearly so: one on 2023
# signed 2023年1月15日 or 2022年12月30日 carries last year's signature date.  (A work report delivered to a
# congress is named by the year it is delivered in, and a 上半年 summary names no year's whole work.)
_WHOLE_YEAR_TITLE = lazy(r"(?:年度报告|年度工作报告|工作总结|情况报告|情况的报告|年报)$")
_EARLIEST_MONTH = 7


def _signed_early(doc: Document, year: int, found_title) -> Iterator[Finding]:
    if found_title is None or not _WHOLE_YEAR_TITLE.search(found_title.text.strip()):
        return
    signed = signature_date(doc)
    if signed is None:
        return
    para, signed_year, month = signed
    if signed_year > year or (signed_year == year and month >= _EARLIEST_MONTH):
        return
    date = para.folded.strip()
    start = para.start + para.folded.index(date[0])
    yield Finding(
        start, start + len(date),
        Msg(f"报告写的是{year}年的工作，落款日期却是{date}，{year}年尚未过完，疑为沿用了上一年度报告的落款",
            f"the report is on {year}, but it is signed {date}, before that year was over: last year's signature date?"),
        help=Msg("核对落款日期", "check the signature date"),
        related=(Related(found_title.start, found_title.end, Msg("报告标题", "the report's title")),),
    )


# A work report delivered to a people's congress, its title naming no year, dates itself under the
# title ("——2023年2月9日在东莞市第十七届人民代表大会第三次会议上"): delivered in the first half of a year it
# tells the year before, and its parts are headed by years (2022年工作回顾 … 2023年工作安排).  A page that
# lost the title line still shows the kind by the date line and the address to the deputies (各位代表：).
_WORK_REPORT_TITLE = lazy(r"工作报告")
_DELIVERED_ON = lazy(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日\s*在[^。！？；]{2,60}?(?:会议|大会)上")
_TITLE_YEAR_DIGITS = lazy(r"(?:19|20)\d\d")
_TO_THE_DEPUTIES = lazy(r"^各位(?:代表|委员)[：:]")
_DELIVERED_LINES = 12
_YEAR_PART = lazy(r"^(?:[一二三四五六七八九十]{1,2}[、.．]\s*)?(\d{4})\s*年度?(?:主要)?工作"
                  r"(回顾|情况|总结|成效|安排|打算|任务|建议|目标|思路|计划)?$")
_PLAN_PART = frozenset(("安排", "打算", "任务", "建议", "目标", "思路", "计划"))
# The review part headed without a year (过去一年的工作, 一、2023年工作回顾 is _YEAR_PART's) opens with the
# year it tells: "2021年是党和国家历史上具有里程碑意义的一年".
_REVIEW_PART = lazy(r"^(?:[一二三四五六七八九十]{1,2}[、.．]\s*)?(?:过去一年|一年来|过去的一年)(?:的)?(?:主要)?工作(?:回顾)?$")
_PART_OPENS_WITH_YEAR = lazy(r"^(\d{4})\s*年(?:是|，|,)")


def _delivered_work_report(doc: Document):
    """(year, month) of the meeting a work report was delivered at, or None for other documents."""
    opening = doc.paragraphs[:_DELIVERED_LINES]
    # The date line is long and often cut where a page's width ends (…人民代表大会 / 第四次会议上).
    delivered = _DELIVERED_ON.search("".join(p.folded.strip() for p in opening))
    if delivered is None:
        return None
    found = title(doc)
    if found is not None:
        if not _WORK_REPORT_TITLE.search(found.text):
            return None
    elif not any(_TO_THE_DEPUTIES.match(p.folded.strip()) for p in opening):
        return None
    return int(delivered.group(1)), int(delivered.group(2))


def _undated_work_report(doc: Document):
    """(year, month) a work report whose title names no year was delivered in, else None."""
    found = title(doc)
    if found is not None and _TITLE_YEAR_DIGITS.search(found.text) is not None:
        return None
    return _delivered_work_report(doc)


def _told(year: int, month: int) -> int:
    """The year a work report delivered in ``year``/``month`` tells: delivered in the first half of a
    year, the year before."""
    return year - 1 if month <= 6 else year


def _work_report_parts(doc: Document) -> Iterator[Finding]:
    """A part of such a report headed by another year than the one it tells (2021年主要工作 in a report
    delivered in February 2023, on 2022), or the one after it for the plan; and the review part
    opening with another year than the one it tells (2020年是…一年 in a report on 2021)."""
    delivered = _delivered_work_report(doc)
    if delivered is None:
        return
    year, month = delivered
    told = _told(year, month)
    yield from _review_opening(doc, told, f"报告于{year}年{month}月在会议上所作，",
                               f"the report was delivered in {year}-{month:02d} and ")
    for para in doc.paragraphs:
        match = _YEAR_PART.match(para.folded.strip())
        if match is None:
            continue
        stated = int(match.group(1))
        plan = match.group(2) in _PLAN_PART
        expected = told + 1 if plan else told
        if stated == expected:
            continue
        start = para.start + para.folded.index(match.group(1))
        what = "下一年的工作安排" if plan else "所报告年度的工作"
        what_en = "the plan for the next year" if plan else "the work of the year reported"
        yield Finding(
            start, start + 4,
            Msg(f"报告于{year}年{month}月在会议上所作，报告的是{told}年；这一部分是{what}，标题应写{expected}年，却写{stated}年",
                f"the report was delivered in {year}-{month:02d}, on {told}: this part is {what_en}, headed {stated}, "
                f"not {expected}"),
            help=Msg(f"改为“{expected}年”", f"write “{expected}年”"),
        )


def _review_opening(doc: Document, told: int, why: str = "报告", why_en: str = "the report ") -> Iterator[Finding]:
    """The review part (过去一年的工作, 2022年工作回顾) opening with another year than the one it tells:
    "2020年是…一年" under 过去一年的工作 in a report on 2021."""
    review_opens = False
    for para in doc.paragraphs:
        text = para.folded.strip()
        if not text:
            continue
        if review_opens:
            review_opens = False
            opened = _PART_OPENS_WITH_YEAR.match(text)
            if opened is not None and int(opened.group(1)) != told:
                stated = int(opened.group(1))
                start = para.start + para.folded.index(opened.group(1))
                yield Finding(
                    start, start + 4,
                    Msg(f"{why}回顾的是{told}年；这一部分开头却写{stated}年",
                        f"{why_en}reviews {told}, but its review opens with {stated}"),
                    help=Msg(f"改为“{told}年”", f"write “{told}年”"),
                )
            continue
        part = _YEAR_PART.match(text)
        review_opens = bool(_REVIEW_PART.match(text)) or (
            part is not None and part.group(2) not in _PLAN_PART and int(part.group(1)) == told)


def _told_year_of_body(doc: Document, period: int):
    """The one year the body's sentences open with (at least _TOLD_YEAR_CLAUSES of them, none with
    ``period``), or None."""
    told = {}
    for para, starts in _years_in(doc):
        text = para.folded
        for begin in starts:
            if _OPENING_YEAR.match(text, begin) is None:
                continue
            sentence = _sentence_around(text, begin)
            if _AHEAD.search(sentence) or _COMPARED.search(sentence):
                continue
            stated = int(text[begin:begin + 4])
            told[stated] = told.get(stated, 0) + 1
    if period in told or len(told) != 1:
        return None
    (year, count), = told.items()
    return year if count >= _TOLD_YEAR_CLAUSES else None


def _stated_year(doc: Document):
    """The year a report states it is on: in its title line, or as its statistics period."""
    titled = _titled_year(doc)
    return titled if titled is not None else _statistics_year(doc)


def _last_years(doc: Document, year: int, related) -> Iterator[Finding]:
    """Results clauses that open with the year before the one the report states it is on (in its
    title, or as its statistics period) and state work done, with nothing that compares it or
    looks back (2023年，全镇累计发布政务动态56条 in a report on 2024): last year's sentence copied
    into this year's report, in a paragraph that never names the report's own year (but in a
    document's title: 《2024年政务公开工作要点》)."""
    if _stated_year(doc) != year:
        return
    keys_of = paragraph_keys(doc)
    # A report whose first paragraphs state its statistics period (an information-disclosure
    # report) reports that year's work throughout, but for its parts on problems and plans.
    whole = _statistics_year(doc) == year
    headings = [h for h in doc.headings if h.standalone]
    heading_paragraphs = [h.paragraph for h in headings]
    heading_set = set(heading_paragraphs)
    for para, starts in _years_in(doc):
        keys = set(keys_of[para.index])
        text = para.folded
        if para.index in heading_set or keys & _PLAN:
            continue
        in_results = bool(keys & _RESULTS) or whole and _in_results(doc, headings, heading_paragraphs, para)
        # A stock at the end of last year, the surest sign of a copied sentence, is read under any
        # heading but one on problems or plans (主动公开政府信息情况 names no part of the outline), and
        # on a page whose lines ran together into one paragraph.
        stock_read = in_results or not keys and _in_results(doc, headings, heading_paragraphs, para)
        if not stock_read:
            continue
        named = _year_named(text, year)
        for begin in starts:
            if int(text[begin:begin + 4]) != year - 1:
                continue
            match = _OPENING_YEAR.match(text, begin)
            if match is None:
                stock = _stock_at(text, begin) if stock_read else None
                if stock is not None:
                    yield _last_years_finding(para, stock, year, year - 1, related)
                continue
            if not in_results:
                continue
            sentence = _sentence_around(text, match.start(1))
            if _AHEAD.search(sentence) or _COMPARED.search(sentence):
                continue
            if named:
                if str(year) in sentence:
                    continue  # 2022年未发生…，2023年亦未发生: the two years set side by side
                # Beside the report's own year, last year's may be told for comparison (2023年办理…。
                # 2022年办理…); a year's statement that nothing happened, a sentence of its own, is not.
                if not (_ABSENT.search(sentence) and (begin == 0 or text[begin - 1] in "。；！？")):
                    continue
            elif not (_DONE.search(sentence) or _CARRIED_OUT.search(sentence) or _COUNTED.search(sentence)
                      or _ABSENT.search(sentence)):
                continue
            yield _last_years_finding(para, match, year, year - 1, related)


# A stock at the end of a year opening its sentence (截至2018年底，共主动公开政府信息78条).
_STOCK_BEFORE = lazy(r"(?:^|[。；！？，：\s）)])(?:截至|截止|到)\s*$")
_STOCK_AFTER = lazy(r"\d{4}\s*年\s*(?:底|末|12\s*月\s*(?:31\s*日|底))\s*[，,]")


def _stock_at(text: str, begin: int):
    """The match of the year at ``begin`` where it opens its sentence as the end of a stock count
    (截至2018年底，共公开…78条) with nothing compared and the report's year not named there: in a report
    on 2019, the stock at the end of 2018 is last year's sentence."""
    if _STOCK_BEFORE.search(text, max(0, begin - 4), begin) is None:
        return None
    match = _STOCK_AFTER.match(text, begin)
    if match is None:
        return None
    sentence = _sentence_around(text, begin)
    if _AHEAD.search(sentence) or _COMPARED.search(sentence) or not _COUNTED.search(sentence):
        return None
    if str(int(text[begin:begin + 4]) + 1) in sentence:
        return None
    return _YEAR_DIGITS.match(text, begin)


_YEAR_DIGITS = lazy(r"(\d{4})")


def _year_named(text: str, year: int) -> bool:
    """Does ``text`` name ``year`` itself, outside a document's title in 《》 (《2023年政务公开工作要点》
    names a plan, not the time of the paragraph)?"""
    return str(year) in _QUOTED_TITLE.sub("", text)


def _in_results(doc: Document, headings, heading_paragraphs: List[int], para: Paragraph) -> bool:
    """Is ``para`` outside the parts on problems and plans (the last heading before it names none)?"""
    last = bisect.bisect_left(heading_paragraphs, para.index) - 1
    return last < 0 or not _NOT_RESULTS.search(doc.folded[headings[last].title_start:headings[last].title_end])


def _last_years_finding(para: Paragraph, match, year: int, stated: int, related) -> Finding:
    return Finding(
        para.start + match.start(1), para.start + match.end(1),
        Msg(f"报告年度为{year}年，成效部分却写{stated}年的工作，疑为沿用了上一年度报告的句子",
            f"the report is on {year}, but its results part states the work of {stated}: last year's sentence copied over?"),
        help=Msg(f"核对年份：本年度的成效应写“{year}年”", f"check the year: this year's results are “{year}年”"),
        related=related,
    )


def _clauses(doc: Document, year: int, related) -> Iterator[Finding]:
    heading_paragraphs = {h.paragraph for h in doc.headings if h.standalone}
    keys_of = paragraph_keys(doc)
    for para, starts in _years_in(doc):
        if para.index in heading_paragraphs:
            continue
        keys = set(keys_of[para.index])
        text = para.folded
        if keys & _RESULTS and not keys & _PLAN:
            for begin in starts:
                stated = int(text[begin:begin + 4])
                if stated <= year:
                    continue
                # The leftmost match that holds these digits starts at 在/于 before them, or at them.
                match = _CLAUSE_YEAR.match(text, begin - 1) if begin and text[begin - 1] in "在于" else None
                match = match or _CLAUSE_YEAR.match(text, begin)
                if match is None:
                    continue
                if stated == year + 1 and match.group(3) in ("以来", "初", "年初"):
                    continue  # early next year: the weeks before the report was written
                sentence = _sentence_around(para.folded, match.start(1))
                if _FUTURE.search(sentence) or not _DONE.search(sentence):
                    continue
                start, end = para.start + match.start(1), para.start + match.end(1)
                yield Finding(
                    start, end,
                    Msg(f"报告年度为{year}年，成效部分却把{stated}年的工作写成已完成",
                        f"the report is on {year}, but its results part states work of {stated} as done"),
                    help=Msg(f"核对年份：本年度的成效应写“{year}年”；{stated}年的工作应放到下一年度安排中",
                             f"check the year: this year's results are “{year}年”; work for {stated} belongs "
                             f"in the plan"),
                    related=related,
                )
        elif keys & _PLAN:
            for begin in starts:
                if int(text[begin:begin + 4]) > year:
                    continue
                match = _PLAN_YEAR.match(text, begin)
                if match is None:
                    continue
                stated = int(match.group(1))
                start, end = para.start + match.start(1), para.start + match.end(1)
                yield _plan_year_finding(start, end, year, stated, related, heading=False)


# A plan made in the year reported on: 制定《某镇2024年法治政府建设工作要点》.  A plan is made for
# its own year or the next, so in the results of a report on Y one named for a year before Y is
# last year's title copied over (a range that reaches Y, 2021—2025年, is not one).
_MADE_PLAN = lazy(r"(?:制定|印发|出台|下发|编制|起草)了?《([^《》\n]{0,40}?)(\d{4})\s*年度?"
                  r"([^《》\n]{0,30}?(?:工作要点|要点|工作计划|计划|实施方案|工作方案|方案|工作安排|任务清单))》")
_LATER_YEAR = lazy(r"\d{4}")


def _stale_plans(doc: Document, year: int, related) -> Iterator[Finding]:
    keys_of = paragraph_keys(doc)
    for para in _paragraphs_with(doc, _MADE_PLAN):
        keys = set(keys_of[para.index])
        if keys & _PLAN:
            continue
        for match in _MADE_PLAN.finditer(para.folded):
            stated = int(match.group(2))
            if stated >= year or any(int(y) >= year for y in _LATER_YEAR.findall(match.group(3))):
                continue
            start, end = para.start + match.start(2), para.start + match.end(2)
            yield Finding(
                start, end,
                Msg(f"报告年度为{year}年，这一年制定的计划、要点却写{stated}年",
                    f"the report is on {year}, but the plan it made that year is titled {stated}"),
                help=Msg(f"核对文件标题中的年份（应为{year}年或{year + 1}年），不要沿用上一年的文件名",
                         f"check the year in the title ({year} or {year + 1}): last year's title was copied"),
                related=related,
            )


def _relative(doc: Document, year: int, after: int) -> Iterator[Finding]:
    for para in _paragraphs_with(doc, _RELATIVE_MARK):
        if para.end <= after or not _RELATIVE.search(para.folded):
            continue
        text = _QUOTED_TITLE.sub(lambda m: " " * len(m.group(0)), para.folded)
        for match in _RELATIVE.finditer(text):
            word = match.group(0)
            before = text[match.start() - 1] if match.start() else ""
            if not _plausible(word, before):
                continue
            yield Finding(
                para.start + match.start(), para.start + match.end(),
                Msg(f"“{word}”所指年份不明确：报告写的是{year}年，而年度报告通常在次年撰写、发布",
                    f"“{word}” leaves the year unclear: the report is on {year}, and annual reports "
                    f"are usually written and published the following year"),
                help=Msg(f"写明具体年份（本报告所述年度为{year}年）",
                         f"name the year (the report is about {year})"),
                severity="info",
            )


def _plausible(word: str, before: str) -> bool:
    """Is this a time word, not part of another (过去年代, 文明年度, 以后年度)?"""
    stem = word[:2]
    if stem == "今年":
        return True
    if stem in _NOT_BEFORE:
        return before not in _NOT_BEFORE[stem]
    return before == "" or before in _ONLY_AFTER
