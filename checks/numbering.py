"""heading-numbering (LL102): the numbering of the outline and of run-in ordinals (一是……二是……)."""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Tuple

from lintlaw.document import HEADING_STYLES, Document, Heading
from lintlaw.finding import Edit, Finding, Fix, Msg, Related
from lintlaw.lazy_re import lazy
from lintlaw.numerals import cn_to_int
from lintlaw.registry import rule

from ._layout import page_address
from ._outline import _cn


@rule(
    code="LL102",
    name="heading-numbering",
    severity="error",
    summary="标题序号跳号、重号、重新起头或丢失序号；同级序号写法不一",
    summary_en="Outline numbers that skip, repeat, restart or lost their marker; mixed forms at one level",
    why=(
        "GB/T 9704-2012 §7.3.3：结构层次序数依次用“一、”“（一）”“1.”“（1）”；GB/T 15834-2011 附录B.3.8："
        "同级序次语应一致、连续。同级序号应连续（一、二、三），不重复、不跳号；下级序号在每个上级下重新起头或全文连续"
        "编号均可，但全文应一致。“一是……二是……”为段内序次语，单独成列，也应连续。"
        "一处失误只报告一次：相邻两项序号颠倒（（三）在（二）之前）报告为颠倒；某级第一项误编为“（二）”而下一项也是“（二）”的，"
        "只报告第一项。完整报告（标题或“各位代表：”开头，几段导语之后）的第一个大标题应为“一、”；"
        "网页摘录可能从任何一部分开始，不报告。"
    ),
    why_en=(
        "GB/T 9704-2012 §7.3.3 numbers the levels “一、” “（一）” “1.” “（1）”; GB/T 15834-2011 B.3.8 wants "
        "sibling ordinals consistent and continuous. Numbers at one level run on without gaps or repeats; a lower "
        "level may restart under each parent or run on through the document, but one document uses one scheme. "
        "Run-in ordinals (一是……二是……) form a list of their own and are continuous too. One slip is one finding: "
        "two neighbours swapped ((三) before (二)) are reported as swapped; a level's first item numbered (二) before "
        "another (二) is reported at the first only. A whole report (its title or a speech's 各位代表：, a few opening "
        "paragraphs) starts its outline at 一、; an excerpt of a page may start at any part and is left alone."
    ),
    bad=[
        # Two neighbours swapped: one finding, at the first of them.
        "一、主要举措和成效\n（一）加强组织领导。全年召开会议5次。\n（三）规范行政执法。全年评查案卷120卷。\n"
        "（二）强化监督制约。全年办理复议案件12件。\n（四）深化普法宣传。开展活动30场。",
        "四、规范行政执法行为\n全年评查案卷210卷。\n五、强化行政权力监督\n办理人大代表建议42件。\n七、一年来的工作体会\n"
        "必须始终坚持以人民为中心。",
        "一、主要举措和成效\n全年办理复议案件12件。\n二、存在的不足和原因\n执法力量不足。\n四、下一步工作安排\n加强执法监督。",
        # Items whose text opens with a year are items all the same: the third is missing.
        "（一）主动公开情况\n1、2022年全年发布政务动态95条。\n2、2022年发布政策解读6条。\n4、2022年回应社会关切3次。",
        "二、存在的不足及原因\n（一）执法体制机制不顺。派驻镇街的执法人员接受双重管理。\n（二）执法督查力度不够。"
        "各街镇执法能力有所差异。\n）执法联动保障不足。城市管理行政执法受制于执法保障薄弱。",
        "一、主要做法\n（一）健全制度。制定规范性文件3件。\n（二）强化监督。开展执法检查12次。\n（二）加强培训。"
        "组织执法人员培训4期。",
        "一、主要做法\n（一）健全制度。修订议事规则。\n（二）强化监督。开展执法检查12次。\n（三）加强培训。举办培训班4期。\n"
        "（一）深化改革。推进综合执法改革。\n（二）优化服务。推行“一网通办”。",
        "一、主要举措和成效\n一、加强组织领导\n二、健全工作机制\n二、存在的不足\n执法力量不足。",
        "（一）深化行政审批改革\n1.压缩审批时限。平均审批时间缩短至3个工作日。\n2.推行告知承诺制。\n"
        "3、推进“一网通办”。\n4.加强事中事后监管。",
        "二、强化执法监督\n全年开展执法检查。一是加强案卷评查；二是开展专项督查；四是落实执法责任制。",
        "一、完善依法决策机制\n（一）落实合法性审查\n1.审查重大行政决策5件。\n2.审查合同20件。\n（二）推行法律顾问制度\n"
        "1.聘请法律顾问2名。\n2.出具法律意见书30份。\n二、规范行政执法\n（一）落实三项制度\n3.公示执法信息1200条。\n"
        "4.记录执法过程。\n（二）开展案卷评查\n5.评查案卷100卷。\n6.整改问题30个。\n三、加强普法宣传\n（一）开展宪法宣传"
        "\n7.举办讲座3场。\n（二）送法下乡\n1.发放资料5000份。",
        "目 录\n第一部分 行政执法数据\n第二部分 行政执法总体情况\n第一部分 行政执法数据\n表一 行政处罚实施情况\n"
        "第三部分 行政执法总体情况\n全年共办理行政处罚案件1200件。",
        "某区司法局2023年法治政府建设年度报告\n2023年，我局深入推进法治政府建设，现将有关情况报告如下。\n"
        "二、主要举措和成效\n全年审核规范性文件18件。\n三、存在的不足\n执法力量不足。",
        "各位代表：\n现在，我代表县人民检察院向大会报告工作，请予审议。\n二、依法履行检察职责\n全年批准逮捕86人。\n"
        "三、加强队伍建设\n开展培训12次。",
    ],
    good=[
        "一、综合\n全年居民消费价格比上年上涨0.1%。\n指 标 | 增 幅 |\n居民消费价格 | 0.1 |\n一、食品烟酒 | 0.1 |\n"
        "粮 食 | 3.7 |\n二、衣着 | -0.4 |\n二、农业\n全年粮食总产量28.6万吨。",
        "二、主要举措和成效\n全年审核规范性文件18件。\n三、存在的不足\n执法力量不足。",
        "某市2023年国民经济和社会发展统计公报（2）\n五、运输和邮电\n全年货物运输总量1.2亿吨。\n六、金融\n存款余额增长8.1%。",
        # Items of the second level with no heading above them anywhere: the page lost the first level,
        # so a run starting again at one may sit under a parent of its own.
        "（六）监督保障情况：全年开展督查3次。\n（七）依申请公开情况：全年未收到申请。\n"
        "（一）存在问题：一是信息发布不够及时。",
        "目录/提纲：……\n（一）综合实力明显增强\n（二）城乡建设稳步推进\n二、2024年工作部署\n三、对做好政府工作的意见建议\n……\n"
        "某镇2023年经济社会发展情况调研报告（二）\n一、2023年工作总结\n（一）综合实力明显增强\n全镇地区生产总值增长6.2%。",
        "（一）政府信息主动公开情况\n1.2023年通过政府网站主动公开政府信息3943条。\n2.着力推进重点领域信息发布。发布信息620条。",
        "（一）主动公开情况\n1、2022年全年发布政务动态95条。\n2、发布政策解读6条，回应社会关切3次。",
        "全年安排执法检查1、2月各一次，3、4月份各两次。",
        "一、主要举措和成效\n二、存在的不足和原因\n三、下一年度主要安排\n一、主要举措和成效\n（一）加强组织领导\n"
        "县政府常务会议研究法治工作4次。\n（二）规范行政执法\n全年评查案卷120卷。\n二、存在的不足和原因\n执法力量不足。",
        "五、强化权力监督\n办理人大代表建议42件。\n六、深化普法宣传\n开展宣传活动36场。\n七、一年来的主要体会\n"
        "必须始终坚持党的领导。\n八、下一步工作打算\n持续推进严格规范公正文明执法。",
        "一、总体情况 1\n二、主要做法 2\n三、存在问题 3\n四、下一步工作计划 4\n一、总体情况\n全年共办理行政处罚案件1200件。\n"
        "二、主要做法\n严格规范公正文明执法。\n三、存在问题\n执法力量不足。",
        "盐城文化执法新动向\n1. 加强综合执法\n执法支队不断加强综合执法力度。\n2. 强化行业自律\n引导企业自觉守法。\n"
        "新动向带来的影响\n1. 市场秩序得到有效维护\n消费环境更加安全。\n2. 产业发展环境优化\n吸引优质资源聚集。",
        "（一）深化政务服务改革\n27.行政规范性文件全部按规定报送备案。\n28.重大行政决策事项全部经过合法性审查。",
        "目  录\n第一部分  总体情况……………………1\n第二部分  主要做法……………………3\n第一部分  总体情况\n本年度共办理案件86件。\n第二部分  主要做法\n严格规范执法。",
        "一、主要举措和成效\n（一）健全制度。制定规范性文件3件。\n（二）强化监督。开展执法检查12次。\n二、存在的不足和原因\n"
        "（一）认识不足。\n（二）人才缺乏。\n三、下一步工作安排\n（一）加强培训。",
        "一、主要做法\n（一）健全制度\n1.修订议事规则。\n2.完善审查流程。\n（二）强化监督\n3.开展执法检查。\n4.评查执法案卷。"
        "\n二、存在问题\n（一）执法力量不足\n5.基层执法人员缺编。",
        "一、加强组织领导\n1、成立组织。成立普法领导小组。\n2、明确任务。\n二、加大普法宣传\n1、加强舆论引导。\n"
        "一、加强组织领导\n1、成立组织。成立普法领导小组。\n2、明确任务。\n二、加大普法宣传\n1、加强舆论引导。",
        "二、强化执法监督\n一是加强案卷评查；二是开展专项督查；三是落实执法责任制。一是统一文书格式；二是规范证据收集。",
        "一是领导干部带头学法用法。局党组将习近平法治思想纳入中心组学习。\n二是加强执法人员培训。全年举办培训班4期。\n"
        "三是认真落实普法责任制。",
        "一、二季度，全局共办理行政许可事项1200件。\n三季度，办理事项800件。",
        "三、下一步工作计划\n（一）深入推进执法体制改革。\n（二）着力做好执法监督与指导。\n附件：1.2023年度行政执法数据统计表\n"
        "2.法治政府建设重点任务清单",
        "一、主要举措\n统一是法治的内在要求。\n二、存在问题\n唯一是依靠执法力量不足的问题尚未解决。\n三、下一步打算\n"
        "加强执法监督。",
        "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 14 0 0 0 0 0 14\n"
        "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1\n三、本年度办理结果\n（一）予以公开 9 0 0 0 0 0 9\n"
        "四、结转下年度继续办理 1 0 0 0 0 0 1\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况",
        "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\n二、上年结转政府信息公开申请数量\n"
        "三、本年度办理结果\n（一）予以公开\n（二）部分公开\n（七）总计\n四、结转下年度继续办理\n"
        "四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况",
        "目 录\n第一部分 某县2024年度行政执法数据表\n一、行政处罚实施情况统计表\n二、行政许可实施情况统计表\n"
        "第二部分 某县2024年度行政执法总体情况\n第一部分 某县2024年度行政执法数据表\n表一\n某县2024年度行政处罚实施情况统计表\n"
        "第二部分 某县2024年度行政执法总体情况\n2024年，全县各行政执法单位共办理行政处罚案件1200件。",
    ],
    fixable="unsafe",
    claims="丢失序号后剩下的标记（如单独的“）”）：它是标题序号问题，不再作为括号不成对报告",
    claims_en="what is left of a lost marker (a lone “)”): a numbering problem, not reported again as an "
              "unbalanced bracket",
    precedence=40,
)
def heading_numbering(doc: Document) -> Iterator[Finding]:
    limit = _attachments(doc)
    items = _outline_items(doc, limit)
    yield from _sequence_problems(doc, items)
    yield from _form_problems(doc, items)
    yield from _run_in_problems(doc, limit)


# -- the outline, as heading-numbering reads it ----------------------------------------------
_CN_NUMERALS = "一二三四五六七八九十"
_SPACES = re.compile(r"[\s\u3000\xa0]+")
# Everything from "附件：" on is attachments: lists and attached documents with outlines of their own.
_ATTACHMENT = re.compile(r"附\s*(?:件|表|录)?\s*(?:[：:\d" + _CN_NUMERALS + r"]|$)")
_ATTACHMENT_MARK = re.compile("附")  # a literal: the whole text is scanned fast
# A paragraph that lost (part of) its marker: ")执法联动保障不足。", "、加强监督", "三）强化培训".
_LOST_OPEN = re.compile(r"[)）](?=[\u4e00-\u9fff“《])")
_LOST_NUMERAL = re.compile(r"、(?=[\u4e00-\u9fff“《])")
_LOST_BRACKET = re.compile(r"([" + _CN_NUMERALS + r"]{1,3}|\d{1,2})[)）](?=[\u4e00-\u9fff“《])")
_SENTENCE_STOP = re.compile(r"[。！？；]")
# The first character of a paragraph that may have lost its marker (besides digits).
_LOST_FIRST = frozenset("）、" + _CN_NUMERALS)
_PAREN_STYLES = ("cn-paren", "num-paren")
_DUN_STYLES = ("cn-dun", "num-dun")
# The form GB/T 9704-2012 §7.3.3 gives each level.
_STANDARD_FORM = {"cn-dun": "、", "num-dot": ".", "num-dun": "."}


@dataclass
class _Item:
    paragraph: int
    style: str
    rank: float
    number: Optional[int]  # None: the marker lost its number
    start: int  # the marker (or what is left of it)
    end: int
    heading: Optional[Heading] = None
    lost: str = ""  # "open" ")…", "numeral" "、…", "bracket" "三）…"
    copy: bool = False  # part of a block pasted twice: duplicate-paragraph reports it
    child_of: Optional["_Item"] = None  # first of a run numbered like its parent


def _marker(style: str, number: int) -> str:
    if style == "cn-dun":
        return _cn(number) + "、"
    if style == "cn-paren":
        return f"（{_cn(number)}）"
    if style == "num-dot":
        return f"{number}."
    if style == "num-dun":
        return f"{number}、"
    if style == "num-paren":
        return f"（{number}）"
    if style == "circled" and 1 <= number <= 20:
        return chr(0x2460 + number - 1)
    return f"第{_cn(number)}"


def _shown(doc: Document, item: _Item) -> str:
    return doc.text[item.start:item.end] if not item.lost else _marker(item.style, item.number or 0)


def _attachments(doc: Document) -> int:
    """The index of the paragraph where the attachments begin ("附件：1.……"), or the number of paragraphs."""
    end = -1
    for mark in _ATTACHMENT_MARK.finditer(doc.folded):
        if mark.start() < end:
            continue
        para = doc.paragraph_of(mark.start())
        if para is None:
            continue
        end = para.end
        if para.start == mark.start() and _ATTACHMENT.match(para.folded) and len(para.text) <= 80:
            return para.index
    return len(doc.paragraphs)


# The rows of a statistics table are numbered too: "一、本年新收政府信息公开申请数量 14 0 0 0 0 0 14".
# A numbered line whose cells are numbers is a table row, not an outline heading.
_CELL_END = frozenset("0123456789%|｜")
_NUMBER_CELLS = re.compile(r"(?:[\s\u3000|｜]+\d+(?:\.\d+)?%?){2,}[\s|｜]*$")
# A row of a table flattened with bars, its label numbered: "一、食品烟酒 | 0.1 |".
_BAR = re.compile(r"[|｜]")
_NUMBER_CELL = re.compile(r"-?\d+(?:\.\d+)?%?")


def _barred_number_row(end: str) -> bool:
    """Does a line end in bar-separated cells that are all numbers (一、食品烟酒 | 0.1 |)?"""
    if end[-1] not in "|｜":
        return False
    cells = [c.strip() for c in _BAR.split(end)[1:]]
    return any(cells) and all(_NUMBER_CELL.fullmatch(c) for c in cells if c)


# The rows of the table "收到和处理政府信息公开申请情况" of the 政府信息公开工作年度报告
# (国办公开办函〔2021〕30号 sets its form): numbered 一、二、三、四 under the report's own
# "三、", with （一）…（七） and 1. 2. … under 三、本年度办理结果.  Laid out as lines of their
# own, they are the table's row labels, not headings that restart the outline.
_DISCLOSURE_TABLE_FIRST = re.compile(r"本年新收(?:的)?政府信息公开申请")
_DISCLOSURE_TABLE_ROW = lazy(
    r"(?:本年新收|上年结转)(?:的)?政府信息公开申请|本年度办理结果|结转下年度(?:继续)?办理|予以公开|部分公开|不予公开|"
    r"无法提供|不予处理|其他处理|总计|属于|其他法律行政法规|危及|保护第三方|本机关不掌握|没有现成信息|补正后|"
    r"信访举报投诉|重复申请|要求提供公开出版物|无正当理由|要求行政机关确认|申请人|其他(?:\s|[|｜]|$)"
)
_DISCLOSURE_TABLE_LAST = lazy(r"结转下年度(?:继续)?办理")


def _table_rows(doc: Document, headings: List[Heading]) -> set:
    """Paragraphs of numbered table rows: lines of number cells, and the row labels of the
    政府信息公开 statistics table from its first row ("一、本年新收……") to its last."""
    rows = set()
    inside = False
    for h in headings:
        para = doc.paragraphs[h.paragraph]
        at = h.marker_end - para.start
        title = para.folded[at:at + 40].lstrip()  # the row labels are matched at its start
        # Searched in the line's tail only, when it ends in a number or a bar: most headings end otherwise.
        end = para.folded.rstrip()
        if end and end[-1] in _CELL_END and (_NUMBER_CELLS.search(end, max(0, len(end) - 160))
                                             or _barred_number_row(end)):
            rows.add(h.paragraph)
        if not inside and h.style == "cn-dun" and _DISCLOSURE_TABLE_FIRST.match(title):
            inside = True
        if inside:
            if not _DISCLOSURE_TABLE_ROW.match(title):
                inside = False
                continue
            rows.add(h.paragraph)
            if h.style == "cn-dun" and _DISCLOSURE_TABLE_LAST.match(title):
                inside = False
    return rows


# A level's first item may open at 2 or 3 by a slip (1 left out, 一 typed 二); one that opens
# further on is a passage cut out of a longer list (an excerpt, a page's snippet).
_FIRST_SLIP = 3
# A table of contents' entry: the heading, leader dots and its page number.
_TOC_ENTRY = lazy(r"(?:[.…·．]{3,}|…{2,}|-{4,})\s*\d{1,3}\s*$")


# "目录", "目 次", and a document site's "目录/提纲：……" above the outline it lists.
_CONTENTS_TITLE = lazy(r"[\s\u3000]*(?:目[\s\u3000]*[录次](?:[/／]提纲)?|提纲)[\s\u3000]*(?:[：:][\s\u3000]*[….．]*)?[\s\u3000]*")


def _contents_lines(doc: Document) -> set:
    """Paragraphs of a table of contents written without page numbers: the headings right
    under a "目录" line, up to the first line that is not a heading or that repeats the first
    entry (where the body's own outline starts: "目 录" / "第一部分 数据表" / "第二部分 总体情况" /
    "第一部分 数据表" / "表一")."""
    lines: set = set()
    at = doc.heading_at_paragraph
    for para in doc.paragraphs:
        if len(para.folded) > 12 or not _CONTENTS_TITLE.fullmatch(para.folded):
            continue
        first = None
        for index in range(para.index + 1, len(doc.paragraphs)):
            text = "".join(doc.paragraphs[index].folded.split())
            if index not in at or text == first:
                break
            first = first or text
            lines.add(index)
    return lines


# A table of contents' entry with its page number after a space or a bar, no leader dots:
# "一、总体情况 1", "二、主要做法 / 3".
_PAGE_AFTER = lazy(r"(?:[\s\u3000]+|[\s\u3000]*[/／|｜][\s\u3000]*)(\d{1,3})$")


def _numbered_contents(doc: Document) -> set:
    """Paragraphs of a table of contents with no "目录" line and no leader dots: three or more
    heading lines in a row, each ending in a page number, the numbers never going back, and
    the first entry written again later as a heading of the body ("一、总体情况 1" / "二、主要做法 2" /
    "三、存在问题 3" / … / "一、总体情况")."""
    at = doc.heading_at_paragraph
    lines: set = set()
    run: List[Tuple[int, int, str]] = []

    def close() -> None:
        if len(run) >= 3 and all(a[1] <= b[1] for a, b in zip(run, run[1:])):
            first = run[0][2]
            if any("".join(doc.paragraphs[h].folded.split()).startswith(first)
                   for h in at if h > run[-1][0]):
                lines.update(index for index, _, _ in run)
        run.clear()

    for index in sorted(at):
        para = doc.paragraphs[index]
        text = para.folded.rstrip()
        match = _PAGE_AFTER.search(text) if len(text) <= 60 and text[-1:].isdigit() else None
        if match is None or (run and index != run[-1][0] + 1):
            close()
        if match is not None:
            run.append((index, int(match.group(1)), "".join(text[:match.start()].split())))
    close()
    return lines


def _bare_contents(doc: Document) -> set:
    """Paragraphs of a table of contents with no "目录" line, no page numbers and no dots: three
    or more headings of one style on lines in a row, numbered 1, 2, 3… with no text between
    them, whose first two entries are written again later, in order, as headings of the body
    ("一、主要举措" / "二、存在的不足" / "三、下一年度安排" / "一、主要举措" / "（一）……" / "二、存在的不足").
    A report's outline puts text under its headings; only a list of them stands bare."""
    headings = [h for h in doc.headings if h.number is not None]
    lines: set = set()
    places: Dict[Tuple[str, str], List[int]] = {}  # (style, the line without spaces) -> where it stands, in order

    def written_after(style: str, key: str, after: int) -> Optional[int]:
        at = places.get((style, key), ())
        i = bisect.bisect_right(at, after)
        return at[i] if i < len(at) else None

    start = 0
    while start < len(headings):
        end = start + 1
        while (end < len(headings) and headings[end].paragraph == headings[end - 1].paragraph + 1
               and headings[end].style == headings[start].style
               and headings[end].number == headings[end - 1].number + 1):
            end += 1
        run = headings[start:end]
        if len(run) >= 3 and run[0].number == 1 and all(
                h.standalone and len(h.title) <= 40 and "。" not in doc.paragraphs[h.paragraph].folded.rstrip()[:-1]
                for h in run):
            if not places:
                for i, h in enumerate(headings):
                    places.setdefault((h.style, "".join(doc.paragraphs[h.paragraph].folded.split())), []).append(i)
            style = run[0].style
            first = written_after(style, "".join(doc.paragraphs[run[0].paragraph].folded.split()), end - 1)
            if first is not None and written_after(
                    style, "".join(doc.paragraphs[run[1].paragraph].folded.split()), first) is not None:
                lines.update(h.paragraph for h in run)
        start = end
    return lines


# A year after "N、" opens the item's text (1、2021年度主动公开…, 2、2022年结转…); two numbers in a
# row are a pair only when the second is a small one (1、2月份, 1、2、3号楼).
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d(?!\d)")


def _outline_items(doc: Document, limit: int) -> List[_Item]:
    items: List[_Item] = []
    rows = _table_rows(doc, doc.headings) | _contents_lines(doc) | _numbered_contents(doc) | _bare_contents(doc)
    for h in doc.headings:
        if h.number is None or h.paragraph >= limit or h.paragraph in rows:
            continue
        after = doc.folded[h.marker_end:h.marker_end + 1]
        # "一、二季度", "七、八月份", "1、2月份": two numbers in a row, the second one more, are a pair,
        # not a heading; "七、一年来的主要体会" is heading 七 whose title opens with a numeral.
        if h.style == "cn-dun" and after and after in _CN_NUMERALS and _pair(doc.folded, h.marker_end, h.number):
            continue
        if h.style == "num-dun" and after.isdigit() and not _YEAR_FIRST.match(doc.folded, h.marker_end):
            continue  # "1、2月份": a pair; "1、2022年全年发布……" is item 1 whose text opens with its year
        line = doc.paragraphs[h.paragraph].folded.rstrip()
        if line[-1:].isdigit() and _TOC_ENTRY.search(line, max(0, len(line) - 40)):
            continue  # "第一部分 总体情况……1": a table of contents' line, not the outline it lists
        items.append(_Item(h.paragraph, h.style, h.rank, h.number, h.marker_start, h.marker_end, heading=h))
    _mark_copies(doc, items)
    items = _with_lost_markers(doc, items, limit)
    _mark_child_runs(doc, items)
    return items


def _pair(folded: str, start: int, first: int) -> bool:
    """Does the numeral at ``start`` pair with the number ``first`` before it ("一、二季度", "十、十一月")?

    A pair counts on (n、n+1); a year written in numerals ("二〇二三年") or any other
    number opens the heading's title.
    """
    end = start
    while end < len(folded) and end - start < 3 and folded[end] in _CN_NUMERALS:
        end += 1
    if folded[end:end + 1] in ("〇", "零"):
        return False
    return cn_to_int(folded[start:end]) == first + 1 or cn_to_int(folded[start:start + 1]) == first + 1


def _key(doc: Document, item: _Item) -> Tuple:
    para = doc.paragraphs[item.paragraph]
    return item.style, item.number, "".join(para.folded.split())  # white space (\s) dropped


def _mark_copies(doc: Document, items: List[_Item]) -> None:
    """A run of headings that repeats an earlier run is a pasted block, not a numbering restart."""
    keys = [_key(doc, it) for it in items]
    first: Dict[Tuple, int] = {}
    for i, key in enumerate(keys):
        if items[i].copy:
            continue
        j = first.get(key)
        if j is not None:
            run = 0
            while i + run < len(items) and j + run < i and keys[i + run] == keys[j + run]:
                run += 1
            long_paragraph = len(key[2]) >= 30
            if run >= 2 or long_paragraph:
                for k in range(i, i + max(run, 1)):
                    items[k].copy = True
                continue
        first.setdefault(key, i)


def _complete(doc: Document, index: int) -> bool:
    """Does paragraph ``index`` end where a paragraph may end (so the next one is not its other half)?

    A stray ")" at the start of a line after "（以下简称“市法治办”" is a paragraph cut
    in two (broken-paragraph), not a heading that lost its number.
    """
    if index < 0:
        return False
    heading = doc.heading_at_paragraph.get(index)
    text = doc.paragraphs[index].folded.rstrip()
    ended = text.endswith(("。", "！", "？", "；", "：", "”", "’")) or (heading is not None and heading.standalone)
    return ended and text.count("（") <= text.count("）")


def _with_lost_markers(doc: Document, items: List[_Item], limit: int) -> List[_Item]:
    heading_paragraphs = {h.paragraph for h in doc.headings}
    # What is left of a marker starts a paragraph with ")", "、", a numeral or a digit: the others are passed over.
    candidates = [p for p in doc.paragraphs[:limit]
                  if p.index not in heading_paragraphs and (p.folded[0] in _LOST_FIRST or p.folded[0].isdecimal())]
    by_paragraph = sorted(items, key=lambda it: it.paragraph)
    out: List[_Item] = []
    active: List[_Item] = []  # ``out`` without pasted copies: where a sibling is looked for
    pos = 0
    for para in candidates:
        while pos < len(by_paragraph) and by_paragraph[pos].paragraph < para.index:
            out.append(by_paragraph[pos])
            if not by_paragraph[pos].copy:
                active.append(by_paragraph[pos])
            pos += 1
        folded = para.folded
        found = None
        match = _LOST_BRACKET.match(folded)
        if match:
            token = match.group(1)
            number = int(token) if token.isdigit() else cn_to_int(token)
            style = "num-paren" if token.isdigit() else "cn-paren"
            sibling = _sibling(active, (style,))
            if sibling is not None and number is not None and sibling.number is not None \
                    and number == sibling.number + 1 and _complete(doc, para.index - 1):
                found = _Item(para.index, style, sibling.rank, number, para.start, para.start + match.end(),
                              lost="bracket")
        elif _LOST_OPEN.match(folded) or _LOST_NUMERAL.match(folded):
            styles = _PAREN_STYLES if folded[0] == "）" else _DUN_STYLES
            stop = _SENTENCE_STOP.search(folded)
            title_len = stop.start() if stop else len(folded)
            sibling = _sibling(active, styles)
            if sibling is not None and title_len <= 40 and _complete(doc, para.index - 1):
                found = _Item(para.index, sibling.style, sibling.rank, None, para.start, para.start + 1,
                              lost="open" if folded[0] == "）" else "numeral")
        if found is not None:
            out.append(found)
            active.append(found)
    out.extend(by_paragraph[pos:])
    return out


def _sibling(items: List[_Item], styles: Tuple[str, ...]) -> Optional[_Item]:
    """The latest item of one of ``styles`` whose later items are all its descendants."""
    lowest = min(HEADING_STYLES[s] for s in styles)
    shallowest: Optional[float] = None  # the highest level walked over so far
    for item in reversed(items):
        if item.copy:
            continue
        if item.style in styles and (shallowest is None or shallowest > item.rank):
            return item
        shallowest = item.rank if shallowest is None else min(shallowest, item.rank)
        if shallowest <= lowest:
            return None
    return None


def _mark_child_runs(doc: Document, items: List[_Item]) -> None:
    """"一、主要举措" followed by "一、加强领导" "二、…": children numbered like their parent.

    The run starts at 1 right after a heading line of the same style (not a list item
    ending in "。"), runs on 1, 2, 3 …, and then either the parent's own sequence resumes
    (the parent's number + 1), or the outline ends and the run began right under the
    parent or after a lead-in ending in "：".
    """
    active = [it for it in items if not it.copy]
    for i in range(len(active) - 1):
        parent, first = active[i], active[i + 1]
        if (parent.lost or first.lost or not _heading_line(doc, parent)
                or first.style != parent.style or first.number != 1 or first.rank != parent.rank
                or parent.number is None or parent.child_of is not None
                or _SPACES.sub("", parent.heading.title) == _SPACES.sub("", first.heading.title)):
            continue
        expected = 0
        run = []
        resumes: Optional[bool] = None  # None: the outline ends (or a higher level comes) after the run
        for item in active[i + 1:]:
            if item.rank < parent.rank:
                break
            if item.style == parent.style and item.rank == parent.rank:
                if not item.lost and item.number == expected + 1:
                    expected += 1
                    run.append(item)
                    continue
                resumes = item.number == parent.number + 1
                break
        if resumes is not True and not (resumes is None and (first.paragraph == parent.paragraph + 1
                                                             or _after_lead_in(doc, first))):
            continue
        for item in run:
            item.rank = parent.rank + 0.5
        first.child_of = parent


def _heading_line(doc: Document, item: _Item) -> bool:
    """A heading alone on its line with no closing "。": "一、主要举措和成效"."""
    if item.heading is None or not item.heading.standalone:
        return False
    return not doc.paragraphs[item.paragraph].folded.rstrip().endswith(("。", "；", "！", "？"))


def _walk(items: List[_Item]):
    """(item, parent) in order: the parent is the nearest earlier item of a higher level."""
    stack: List[_Item] = []
    for item in items:
        while stack and stack[-1].rank >= item.rank:
            stack.pop()
        yield item, (stack[-1] if stack else None)
        stack.append(item)


def _sequence_problems(doc: Document, items: List[_Item]) -> Iterator[Finding]:
    active = [it for it in items if not it.copy]
    walked = list(_walk(active))
    # Which scheme each level follows: restart under each parent, or run on through the document.
    restart: Counter = Counter()
    runon: Counter = Counter()
    last: Dict[float, int] = {}
    seen_parent: Dict[float, set] = {}
    siblings: Dict[Tuple[int, float], List[_Item]] = {}
    for item, parent in walked:
        pid = id(parent)
        siblings.setdefault((pid, item.rank), []).append(item)
        parents = seen_parent.setdefault(item.rank, set())
        if pid not in parents and item.rank in last and item.number is not None:
            if item.number == 1:
                restart[item.rank] += 1
            elif item.number == last[item.rank] + 1:
                runon[item.rank] += 1
        parents.add(pid)
        if item.number is not None:
            last[item.rank] = item.number
    next_of = {}
    for group in siblings.values():
        for a, b in zip(group, group[1:]):
            next_of[id(a)] = b

    prev_in_parent: Dict[Tuple[int, float], int] = {}
    last = {}
    # The second of two neighbours written in each other's place ((三) before (二)): reported with
    # the first, and counted as the first's number, so that the items after it run on.
    swapped: Dict[int, int] = {}
    for item, parent in walked:
        key = (id(parent), item.rank)
        runs_on = runon[item.rank] > restart[item.rank]
        if item.child_of is not None:
            yield _child_finding(doc, item)
        if key in prev_in_parent:
            prev = prev_in_parent[key]
            expected, other = prev + 1, None
        elif item.rank in last:
            prev = None
            expected, other = (last[item.rank] + 1, 1) if runs_on else (1, last[item.rank] + 1)
        elif parent is None:
            # The first heading of the document's top level: an excerpt may start anywhere, but a
            # whole report (its title, an opening paragraph, then the outline) starts at 一.
            opens_whole = item is walked[0][0] and item.number in (2, _FIRST_SLIP) and _opens_report(doc, item)
            expected = 1 if opens_whole else (item.number if item.number is not None else 1)
            prev, other = None, None
        else:
            prev, expected, other = None, 1, None
        number = item.number
        effective = number if number is not None else expected
        if id(item) in swapped:
            effective = swapped.pop(id(item))
            prev_in_parent[key] = effective
            last[item.rank] = effective
            continue
        if item.lost:
            yield _lost_finding(doc, item, expected)
        elif number == expected:
            pass
        elif number == other:
            yield _scheme_finding(doc, item, runs_on, expected)
        else:
            following = next_of.get(id(item))
            if prev is not None and number == prev:
                if following is not None and following.number == number + 2:
                    effective = number + 1  # this one was meant to be the next number
                yield _sequence_finding(doc, item, "repeat", expected, prev)
            elif number > expected:
                glued = _glued_marker(doc, item, expected) if prev is None else None
                if glued is not None:
                    yield glued
                elif prev is None and expected == 1 and number > _FIRST_SLIP:
                    pass  # a level's first item numbered 27.: a passage cut from a longer list, not a slip
                elif number == expected + 1 and following is not None and following.number == expected:
                    swapped[id(following)] = number
                    yield _sequence_finding(doc, item, "swap", expected, prev, following)
                else:
                    if following is not None and following.number == number:
                        effective = expected  # (二) (二) after (一): the first was meant to be the next number
                    yield _sequence_finding(doc, item, "skip", expected, prev)
            elif number == 1:
                # ①② often number short lists inside a paragraph's item: a new list may start anywhere.
                # The second level's items (（一）) with no heading above them anywhere before, starting
                # again at one: the page lost the first level ("一、" "二、" set as images or styled text),
                # so each run may sit under a parent of its own ("（七）依申请公开……" / "（一）存在问题").
                # (A list of 1. 2. 3. that starts again has no such level to lose: still a restart.)
                lost_parent = parent is None and item.style == "cn-paren"
                if (item.style != "circled" and not lost_parent and not _after_lead_in(doc, item)
                        and not _after_plain_heading(doc, item)):
                    yield _sequence_finding(doc, item, "restart", expected, prev)
            else:
                yield _sequence_finding(doc, item, "back", expected, prev)
        prev_in_parent[key] = effective
        last[item.rank] = effective


# A report's title: short, with no closing mark, naming the kind of document it is.
_TITLE_LINE = lazy(r"^[^。；！？]{4,60}(?:报告|总结|公报|情况|要点|计划|规划)[^。；！？]{0,12}$")
# A title that names itself a part of a longer text (…公报（2）, …报告之二, …（续）, 下篇).
_PART_TITLE = lazy(r"[（(](?:[二三四五六七八九十]|[2-9]|续|下|中)[）)]|之[二三四五六七八九]|续篇|下篇|（续")
_OPENING_PARAGRAPHS = 4
# A report delivered to a congress or a meeting opens with its salutation ("各位代表：", "同志们："), title
# or none: what follows is the speech from its start.
_SALUTATION = lazy(r"^(?:各位代表|各位委员|各位领导|同志们|各位同志)[，,、：:\s]")


def _opens_report(doc: Document, item: _Item) -> bool:
    """Is the heading at ``item`` (一、 style) the first of a whole report: its title (or a speech's
    salutation, 各位代表：), then at most a few opening paragraphs (a date, a lead-in on the law the
    report is made under) ending in a sentence, then the heading?  An excerpt of a page starts with a heading or in the middle of a
    section (a page's title may sit right over it); a part-two page says so in its title."""
    before = [p.folded.strip() for p in doc.paragraphs[:item.paragraph] if p.folded.strip()]
    before = [text for text in before if not page_address(text)]  # a saved page's address line
    if (item.style != "cn-dun" or len(before) < 2 or len(before) > _OPENING_PARAGRAPHS
            or not _heading_line(doc, item)):
        return False  # a title alone over （二）… is an excerpt that kept the page's title
    title = before[0]
    opening = before[-1]
    if _SALUTATION.match(title):
        return opening.endswith(("。", "："))
    return (bool(_TITLE_LINE.match(title)) and not _PART_TITLE.search(title)
            and opening.endswith(("。", "：")))


def _glued_marker(doc: Document, item: _Item, expected: int) -> Optional[Finding]:
    """The first item of a level written on the line above, glued to the end of its parent heading
    ("一、统筹疫情防控和林业生产（一）严密野生动物管控，……" / "（二）……"): the finding is the lost
    line break at that marker, not a skipped number."""
    want = _marker(item.style, expected)
    for index in range(item.paragraph - 1, max(-1, item.paragraph - 13), -1):
        para = doc.paragraphs[index]
        at = para.folded.find(want, 1)
        if at > 0 and not para.folded[at - 1].isspace():
            start = para.start + at
            shown = doc.text[start:start + len(want)]
            return Finding(start, start + len(want),
                           Msg(f"标题“{shown}”没有另起一行，接在了上一个标题的后面",
                               f"the heading “{shown}” does not start a line of its own: it runs on after the heading before"),
                           help=Msg(f"在“{shown}”前换行，使其单独成行", f"start a new line before “{shown}”"))
        if index in doc.heading_at_paragraph:
            break  # the parent heading: the lost first item would be glued to it or to the text under it
    return None


def _after_lead_in(doc: Document, item: _Item) -> bool:
    """A body paragraph ending in "：" just before: "……做好以下工作：" opens a new list."""
    if item.paragraph == 0 or item.paragraph - 1 in doc.heading_at_paragraph:
        return False
    return doc.paragraphs[item.paragraph - 1].folded.rstrip().endswith("：")


# A heading the outline cannot see: a short line of words alone, with no marker, no pause, no
# stop, no figure ("新动向带来的影响", "如何共创和谐文化环境").
_PLAIN_HEADING = lazy(r"[\u4e00-\u9fff“”《》 \u3000]{4,30}")


def _after_plain_heading(doc: Document, item: _Item) -> bool:
    """An unnumbered heading just before: the list under it starts again at 1, as a new list
    under a new parent does ("3. 强化行业自律" / "新动向带来的影响" / "1. 文化市场秩序得到有效维护")."""
    index = item.paragraph - 1
    if index < 0 or index in doc.heading_at_paragraph:
        return False
    para = doc.paragraphs[index]
    return para.line not in doc.table_lines and _PLAIN_HEADING.fullmatch(para.folded.strip()) is not None


def _sequence_finding(doc: Document, item: _Item, kind: str, expected: int, prev: Optional[int],
                      other: Optional[_Item] = None) -> Finding:
    shown = _shown(doc, item)
    want = _marker(item.style, expected)
    before = _marker(item.style, prev) if prev is not None else None
    if kind == "swap" and other is not None:
        theirs = _shown(doc, other)
        return Finding(item.start, item.end,
                       Msg(f"标题序号“{shown}”“{theirs}”前后颠倒，应为“{want}”“{_marker(item.style, item.number)}”",
                           f"outline numbers “{shown}” and “{theirs}” are swapped; expected “{want}” then "
                           f"“{_marker(item.style, item.number)}”"),
                       help=Msg(f"把“{shown}”改为“{want}”，“{theirs}”改为“{_marker(item.style, item.number)}”",
                                f"renumber “{shown}” as “{want}” and “{theirs}” as “{_marker(item.style, item.number)}”"),
                       related=(Related(other.start, other.end, Msg("与之颠倒的序号", "the number swapped with it")),))
    if kind == "repeat":
        message = Msg(f"标题序号“{shown}”与上一个同级标题重复，应为“{want}”",
                      f"outline number “{shown}” repeats the previous sibling's; expected “{want}”")
    elif kind == "skip" and before is not None:
        missing = "”“".join(_marker(item.style, n) for n in range(expected, min(item.number or expected, expected + 3)))
        message = Msg(f"标题序号从“{before}”跳到“{shown}”，缺少“{missing}”",
                      f"outline numbers jump from “{before}” to “{shown}”, “{missing}” is missing")
    elif kind == "skip":
        message = Msg(f"本级标题序号应从“{want}”起，这里却是“{shown}”",
                      f"this level should start at “{want}”, not “{shown}”")
    elif kind == "restart" and before is not None:
        message = Msg(f"标题序号在“{before}”之后又从“{shown}”起头，应为“{want}”",
                      f"outline numbers restart at “{shown}” after “{before}”; expected “{want}”")
    else:
        after = f"排在“{before}”之后，" if before is not None else ""
        after_en = f" after “{before}”" if before is not None else ""
        message = Msg(f"标题序号“{shown}”{after}顺序错乱，应为“{want}”",
                      f"outline number “{shown}” is out of order{after_en}; expected “{want}”")
    return Finding(item.start, item.end, message,
                   help=Msg(f"把“{shown}”改为“{want}”，并顺次调整其后的同级序号",
                            f"renumber “{shown}” as “{want}” and the siblings after it in turn"))


def _lost_finding(doc: Document, item: _Item, expected: int) -> Finding:
    want = _marker(item.style, expected)
    left = doc.text[item.start:item.end]
    if item.lost == "bracket":
        replacement = want
        message = Msg(f"标题序号“{left}”缺少前括号，应为“{want}”",
                      f"outline marker “{left}” lost its opening bracket; expected “{want}”")
    else:
        replacement = want
        message = Msg(f"标题丢失了序号，只剩“{left}”，应为“{want}”",
                      f"this heading lost its number, only “{left}” is left; expected “{want}”")
    fix = Fix(edits=(Edit(item.start, item.end, replacement),), safe=False,
              description=Msg(f"改为“{want}”", f"write “{want}”"))
    return Finding(item.start, item.end, message,
                   help=Msg(f"补全序号：“{want}{doc.text[item.end:item.end + 8]}……”",
                            f"restore the number: “{want}{doc.text[item.end:item.end + 8]}……”"),
                   fix=fix, claims=((item.start, item.end),))


def _scheme_finding(doc: Document, item: _Item, runs_on: bool, expected: int) -> Finding:
    shown = _shown(doc, item)
    want = _marker(item.style, expected)
    if runs_on:
        message = Msg(f"本级标题在全文其他地方连续编号，这里却在上级标题下重新从“{shown}”起头",
                      f"this level runs on through the document elsewhere, but restarts at “{shown}” here")
    else:
        message = Msg(f"本级标题在全文其他地方于每个上级标题下重新起头，这里却接续编为“{shown}”",
                      f"this level restarts under each parent elsewhere, but runs on with “{shown}” here")
    return Finding(item.start, item.end, message,
                   help=Msg(f"全文统一一种编号方式：这里改为“{want}”",
                            f"use one scheme throughout: write “{want}” here"),
                   severity="warning")


def _child_finding(doc: Document, item: _Item) -> Finding:
    parent = item.child_of
    shown = _shown(doc, item)
    child_style = {"cn-dun": "cn-paren", "cn-paren": "num-dot", "num-dot": "num-paren", "num-dun": "num-paren",
                   "num-paren": "circled"}.get(item.style, item.style)
    want = _marker(child_style, 1)
    parent_text = doc.text[parent.start:parent.heading.title_end] if parent.heading else _shown(doc, parent)
    return Finding(
        item.start, item.end,
        Msg(f"“{parent_text}”下的标题用了与它同级的序号“{shown}”",
            f"the headings under “{parent_text}” use its own level's number “{shown}”"),
        help=Msg(f"下一级标题改用“{want}”“{_marker(child_style, 2)}”……",
                 f"number the next level “{want}” “{_marker(child_style, 2)}” …"),
        related=(Related(parent.start, parent.end, Msg("上级标题", "the parent heading")),),
    )


def _form_problems(doc: Document, items: List[_Item]) -> Iterator[Finding]:
    """"1." and "1、" (or "一、" and "一.") at one level: one note per level."""
    forms: Dict[float, Dict[str, List[_Item]]] = {}
    for item in items:
        if item.copy or item.lost or item.style not in _STANDARD_FORM:
            continue
        separator = doc.text[item.end - 1]
        form = ("一" if item.style == "cn-dun" else "1") + separator
        forms.setdefault(item.rank, {}).setdefault(form, []).append(item)
    for rank, by_form in forms.items():
        if len(by_form) < 2:
            continue
        ordered = sorted(by_form.items(), key=lambda kv: (-len(kv[1]), kv[1][0].paragraph))
        counts = "，".join(f"“{form}”{len(found)}处" for form, found in ordered)
        counts_en = ", ".join(f"“{form}” {len(found)}" for form, found in ordered)
        style = ordered[0][1][0].style
        standard = ("一" if style == "cn-dun" else "1") + _STANDARD_FORM[style]
        minority = ordered[-1][1][0]
        yield Finding(
            minority.start, minority.end,
            Msg(f"同级标题序号写法不一：{counts}", f"one outline level written in several forms: {counts_en}"),
            help=Msg(f"统一写作“{standard}”（GB/T 9704-2012 §7.3.3）",
                     f"write them all as “{standard}” (GB/T 9704-2012 §7.3.3)"),
            severity="info",
        )


# -- run-in ordinals: 一是……二是……三是 -------------------------------------------------------
# "一是": one to three numerals at the start of a paragraph or after a mark or white space, then 是
# (not 是否, 是非).  Found from each 是 with a numeral before it: a literal is searched for fast.
_RUN_IN_MARK = re.compile("是(?<=[" + _CN_NUMERALS + "]是)")
_RUN_IN_AFTER = frozenset("。；，：！？、“”（）")


def _run_ins(doc: Document, limit: int) -> Iterator[Tuple[int, int, int, str]]:
    """(paragraph index, start, end, numerals) of each run-in ordinal before paragraph ``limit``."""
    folded = doc.folded
    para = None
    for mark in _RUN_IN_MARK.finditer(folded):
        at = mark.start()
        if para is None or at >= para.end:
            para = doc.paragraph_of(at)
            if para is None:
                continue
            if para.index >= limit:
                return
        begin = at
        while begin > para.start and folded[begin - 1] in _CN_NUMERALS:
            begin -= 1
        if at - begin > 3 or folded[at + 1:at + 2] in ("否", "非"):
            continue
        if begin > para.start and folded[begin - 1] not in _RUN_IN_AFTER and not folded[begin - 1].isspace():
            continue  # inside a word: 统一是, 唯一是
        yield para.index, begin, at + 1, folded[begin:at]


@functools.lru_cache(maxsize=None)
def _ordinal(numerals: str) -> Optional[int]:
    """一 .. 九十九 as an ordinal; "一二三" is a count, not an ordinal."""
    if len(numerals) > 1 and "十" not in numerals:
        return None
    return cn_to_int(numerals)


def _run_in_problems(doc: Document, limit: int) -> Iterator[Finding]:
    """Each list of 一是、二是 runs on; 一是 opens a new list, nested or not.

    Open lists form a stack: 三是 may go on the list it follows or one it is nested
    in ("二是……：一是……；二是……。三是……"); a heading closes them all.
    """
    heading_paragraphs = sorted({h.paragraph for h in doc.headings})
    lists: List[int] = []  # the last number of each open list, innermost last
    seen = -1  # the paragraph of the last ordinal
    for index, start, end, numerals in _run_ins(doc, limit):
        if index != seen:
            later = bisect.bisect_right(heading_paragraphs, seen)
            if later < len(heading_paragraphs) and heading_paragraphs[later] <= index:
                lists = []  # a heading since the last ordinal closes every list
            seen = index
        number = _ordinal(numerals)
        if not number:
            continue
        if number == 1:
            lists.append(1)
            continue
        depth = next((i for i in range(len(lists) - 1, -1, -1) if lists[i] == number - 1), None)
        if depth is not None:
            del lists[depth + 1:]
            lists[depth] = number
            continue
        if lists:
            yield _run_in_finding(start, end, number, lists[-1])
            lists[-1] = number
        else:
            lists.append(number)  # a list whose start we did not see (after a heading run-in)


def _run_in_finding(start: int, end: int, number: int, prev: int) -> Finding:
    shown, want = f"{_cn(number)}是", f"{_cn(prev + 1)}是"
    if number == prev:
        message = Msg(f"段内序次语“{shown}”重复，应为“{want}”", f"run-in ordinal “{shown}” repeats; expected “{want}”")
    elif number > prev + 1:
        message = Msg(f"段内序次语从“{_cn(prev)}是”跳到“{shown}”，缺少“{want}”",
                      f"run-in ordinals jump from “{_cn(prev)}是” to “{shown}”; “{want}” is missing")
    else:
        message = Msg(f"段内序次语“{shown}”排在“{_cn(prev)}是”之后，顺序错乱，应为“{want}”",
                      f"run-in ordinal “{shown}” comes after “{_cn(prev)}是”; expected “{want}”")
    return Finding(start, end, message,
                   help=Msg(f"改为“{want}”，并顺次调整其后的序次语（GB/T 15834-2011 附录B.3.7）",
                            f"write “{want}” and renumber the ones after it (GB/T 15834-2011 B.3.7)"))
