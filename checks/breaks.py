"""broken-paragraph: a paragraph cut in two where a PDF page ended.

The first half stops mid-sentence and the next line carries on; the cuts are
found in _breaks.py (punctuation's paragraph-end needs them too).
"""
from __future__ import annotations

import re
from typing import Iterator, Tuple

from lintlaw.document import Document, Paragraph
from lintlaw.finding import Edit, Finding, Fix, Msg, Related
from lintlaw.registry import rule

from ._breaks import CHUNK_MARK, broken_pairs, hard_wrapped, running_head, unfinished_lines
from ._layout import tail_start

_REASONS = {
    "separator": Msg("上一行以逗号、顿号或前引号、前括号结束", "the line before ends in a comma, a 顿号 or an opening mark"),
    "bracket": Msg("上一行的引号或括号到这一行才闭合", "a quote or bracket opened on the line before closes on this one"),
    "start": Msg("这一行以不能开头的标点或助词开始", "this line starts with a mark or particle no sentence starts with"),
    "number": Msg("一个数字被拆在两行", "a number is split from its unit across the lines"),
    "value": Msg("上一行写了指标，这一行才给出它的数值", "the line before names a measure and this line gives its value"),
    "dangling": Msg("上一行停在“的”“和”等虚词上", "the line before stops on a function word such as 的 or 和"),
    "runin": Msg("同级各项都是“标题。正文”的写法，这一行是上一项被截断的正文",
                 "the sibling items are run-in (heading. text), and this line is the cut-off text of the item before"),
    "word": Msg("一个词被拆在两行", "a word is split across the lines"),
    "page": Msg("两行之间是分页处的页码", "a page number stands between the lines"),
    "plain": Msg("上一行没有句末标点，这一行接着上一句", "the line before has no closing punctuation and this line carries on its sentence"),
    "chunk": Msg("文档网站在句子中间插入了分段序号", "a document site put its chunk number in the middle of the sentence"),
}


# The first half's unfinished end as paragraph-end would report it: its last few
# characters, or the short phrase after its last full stop.
_TAIL_LIMIT = 21


def _cut(first: Paragraph, second: Paragraph) -> Tuple[int, int]:
    """The text a break claims: the end of the first half and whatever lies between the halves."""
    # What paragraph-end would report at the cut: a short unpunctuated run after the last
    # stop (it may read it as a title) or else the last few characters back to a pause.
    # Nothing earlier: a placeholder or a doubled word in a wrapped line's tail is its own defect.
    stop = max(first.folded.rfind(m) for m in "。！？；")
    after_stop = first.start + stop + 1 if stop >= 0 else first.start
    start = after_stop if after_stop >= first.end - _TAIL_LIMIT else first.end
    return min(start, tail_start(first)), second.start


def _head(para: Paragraph, limit: int = 8) -> int:
    """Offset just after the first few characters of a paragraph (up to its first pause)."""
    stop = re.search(r"[，。、；：？！]", para.folded[1:])
    length = min(limit, stop.start() + 1 if stop else limit, len(para.folded))
    return para.start + max(1, length)


@rule(
    code="LL502",
    name="broken-paragraph",
    severity="warning",
    summary="段落被分页或换行拆成两段：上一行句子未完，下一行接着写",
    summary_en="A paragraph cut in two (a PDF page break): the line stops mid-sentence and the next carries on",
    why=(
        "从PDF复制的报告在分页处常把一个自然段断成两行：前半段没有句末点号，后半段从半句话开始。GB/T 15834-2011 "
        "规定句子末尾用句号等点号；一段话应连续排版，断开后读者会误以为是两段，也影响检索和统计。"
    ),
    why_en=(
        "Text copied out of a PDF often breaks a paragraph where the page ended: the first half has no closing "
        "punctuation and the second starts mid-sentence. GB/T 15834-2011 ends a sentence with a full stop or another "
        "end mark; a paragraph split in two reads as two paragraphs and breaks search and review."
    ),
    bad=[
        "省委、省政府始终将法治政府建设摆在突出位置，省委、省\n—5—\n政府主要负责同志积极履行推进法治建设第一责任人职责。",
        "全县农村公路提档升级工程计划于20\n25年底前全部完工，总投资1.6亿元。",
        "全年共办理行政复议案件12件，均在法定期限内办结，行政复议纠错率\n\n为16.7%，较上年下降3个百分点。",
        # A rank cut in two: 全省 / 第三, no item of a list.
        "全年共审结各类案件1.2万件，审判质效综合考评位列全省\n第三，较上年前移两位。",
        "局党组通过理论学习中心组集中学习、支部学习等方式，将党的二\n- 7 -\n十大精神贯彻落实到依法行政各项工作中。",
        "全县推进行政执法三项制度是今年确定的一项重要司\n\n法改革任务，也是提升依法行政水平的重要举措。",
        "（一）“关键少数”领学。局党组召开专题会议，全面总结了 2020\n\n年度法治工作，研究部署了2021年度法治政府建设工作要点。",
        "（七）工作成效。我局以创建全国文明城市为抓手，全面落实建筑工地管理“六个百分\n\n百”要求，建筑工地面貌有了较大转变。",
        "（四）落实负责人出庭应诉制度。局党组高度重视，行政机关负责人出庭应诉是法治建设\n\n- 2 -\n\n成效的直观体现，我局负责人严格按照规定出庭应诉。",
        "（三）推行行政执法公示制度。将权责清单在政府门户网站进行了公示，建立了事前、事中、事后公开\n第 4 页 共 9 页\n机制，将238条行政处罚信息予以公示。",
        "（一）加强组织保障。持续深化“学习在先”工作机制，强化领导干部集体学法，组织开展形\n\n式多样的学法普法活动，进一步提升法治思维能力。\n\n（二）推进“三项制度”。全面推行行政执法公示制度，在门户网站公示执法主体和执法结果，累计公示行政处罚信息1\n\n200余条。",
        "全年组织执法人员培训6次，参训人员覆盖全部执法队伍，培训内容包括行政处罚法、行政强制法，\n- 3 -\n以及城市管理领域的地方性法规和规章。",
        "我局坚持把法治建设纳入全局工作总体部署，与业务工作同研究、同部署、同落实，全年召开党组会研究法治工作的\n\n专题会议4次，解决重点难点问题9个。",
        "全年办理行政复议案件12件，其中维持9件、撤销2件、终止1件，行政复议纠错率为16.7\n%，较上年有所下降。",
        "二是深化行政执法“三项制度”。全面推行行政执法公示制度，在门户网站公示执法主体、执法人员和执法结果，累计公示行政处罚信息1\n\n200余条，实现执法信息应公开尽公开。",
        "全面推行“互联网+监管”，上线行政执法监督平台3.0\n版，实现执法全过程网上留痕。",
        "县人社局严格落实劳动保障监察执法责任制，全年立案查处劳动保障违法案件\n\n42件，为劳动者追讨工资1280万元。",
        "全面推行行政执法公示制度，在政府门户网站公示执法主体、执法人员\n- 6 -\n和执法结果，累计公示行政处罚信息800余条。",
        "市生态环境局全面推行“双随机、一公开”监管，将排污单位全部纳入随机抽查\n对象名录库，全年随机抽查企业620家次。",
        "街道办事处聘请专职律师担任法律顾问，对街道重大决策、重要合同和信访疑难\n\n案件提供法律意见，全年审查合同45份。",
        "区市场监管局聚焦民生领域突出问题，会同公安、卫健等部门\n开展食品安全专项整治，查处违法案件38件。",
        "某省人民政府关于2023年法治政府建设情况的报告\n2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设，全年审查规范性文件\n"
        "136件，备案审查率100%。",
        "某区司法局2023年法治政府建设年度报告\n全年共办理法律援助案件860件，群众满意\n5\n"
        "某区司法局2023年法治政府建设年度报告\n率达到98%以上。",
        "全年开展执法检查460次，查处违法\n6\n某县自然资源局\n案件38件，罚没款126万元。\n特此报告。\n某县自然资源局",
        # a short line or a list item cut inside a word: the word outweighs the layout
        "全院审判质效稳居全省前列。\n\n坚持全面履职尽责，服务大\n\n局精准有效。审结一审民商事案件1,200件。",
        "全区一般公共预算收入完成情况良好。\n2.一般公共预算支出情况。2023年区级一\n般公共预算支出预计完成76.14亿元。\n"
        "3.政府性基金预算执行情况。全年收入12亿元。",
    ],
    good=[
        # A heading that ends in its year, then the paragraph that opens with it: two years, no number cut.
        "工作回顾2023\n2023年，全区法院共受理各类案件2.1万件，审执结2.05万件。",
        # Points numbered in other words than 一是 (第三，/其二，), each line one point without its stop.
        "一是城镇新增就业完成全年任务的61%，进度快于上年同期\n二是城镇调查失业率有所回落，青年失业率有所上升\n"
        "第三，岗位需求大于求职人数，市场招聘需求逐月回升",
        # An infographic's figures, one a line and none with a stop: items, no sentence cut in two.
        "全年办结各类案件2.6万件\n\n结收比达到102.3%\n\n一审服判息诉率91.4%，居全省第4位\n\n依法惩治刑事犯罪",
        # A photo's credit closing its caption; a saved page's headline quoting its source, then the subtitle.
        "12月4日，县普法办在中心广场开展宪法宣传活动。刘海波摄\n\n活动现场发放宣传资料2000余份。",
        "# https://news.example.com.cn/2024/0301/88.html\n某省统计局：全年接待游客1.2亿人次，增长12.6%\n"
        "入境游客86万人次，其中外国人31万人次。\n据统计公报，全省旅游业持续恢复。",
        "某县司法局工作总结篇2\n2023年，县司法局在县委、县政府的领导下，扎实推进各项工作。",
        # A line that ends on a whole figure, then a count's sentence: a lost full stop (paragraph-end).
        "全年审查起诉案件审结率87.25%\n共起诉各类犯罪373件507人，同比分别下降12.8%、9.6%。",
        # A table's cell cites an article; the next line quotes it.
        "公开依据：《法治政府建设与责任落实督察工作规定》第二十四条\n"
        "《法治政府建设与责任落实督察工作规定》第二十四条：每年4月1日之前，地方各级政府应当向社会公开年度报告。",
        "（三）城市管理体制不健全，城市管理难度大\n城市管理体制不健全，职责交叉、划分不清在一定程度上限制了执法行动。",
        "一、2023年度推进法治政府建设的主要举措和成效\n一年来，我局认真贯彻落实上级部署，扎实推进法治政府建设。",
        "某市城市管理局关于2023年度法治政府建设\n情况的报告",
        "全年召开党组会议研究法治工作4次。\n（二）强化执法监督。全年组织案卷评查2次。",
        "在今后的工作中，我局将进一步加大法治建设工作力度，为城市发展贡献力量。\n\n重庆市沙坪坝区城市管理局\n\n2024年1月31日",
        "全年办理行政复议案件12件，其中维持9件、撤销2件、终止1件，纠错率16.7%\n2024年，我局将进一步规范行政复议工作。",
        "2022年，我局将主要做好以下工作：\n\n（一）深入推进城市管理执法体制改革。按市区工作安排，进一步理顺体制机制。",
        "（二）执法督查力度不够。受执法体制约束，各街镇执法能力和水平有所差异，执法联动机制还需进一步完善\n\n三、下一步工作计划",
        "附件：\n1.2023年度行政执法数据统计表\n2.2023年度法治政府建设重点任务清单",
        "主要做法如下：\n一是健全制度；二是强化监督；三是加强培训。",
        "一、坚持党的全面领导，确保法治建设正确方向\n局党组坚持把法治建设摆在全局工作的重要位置。",
        "三、工作目的\n各科室要高度重视依法行政工作，抓好各项任务落实。",
        "日期：2023-03-09\n2022年，市城市管理局全面推进依法行政。",
        "全市现有环卫作业人员1545人。 二、主要做法及成效\n城市管理是城市规划、建设的延伸。",
        "全年办理行政复议案件12件，均在法定期限内办结\n\n区司法局将进一步规范行政复议工作，提升复议公信力。",
        "全年开展普法活动36场次，覆盖群众1.2万人次\n在今后的工作中，我局将进一步创新普法形式。",
        "某省人民政府关于2023年法治政府建设情况的报告\n省政府办公厅 2024-03-15\n\n"
        "2023年，省政府坚持以习近平新时代中国特色社会主义思想为指导，全面推进法治政府建设。",
        "全年共办理行政处罚案件120件。\n附件：2023年度行政执法数据统计\n表一：\n行政处罚实施情况",
        "好消息！我县获评全省法治政府建设示范县\n今天上午，省委依法治省办公布了第二批示范地区名单，我县名列其中。",
        "各执法部门结合执法实际开展以案释法活动\n銆€銆€三是推进法治文化阵地建设。新建法治文化广场3个、法治长廊5条。",
    ],
    fixable="unsafe",
    claims="断开处：上半段的末尾（不再报告“段末缺少句末标点”）和页码旁重复的报告标题或单位名称（页眉页脚，不是重复段落）；"
           "两半之间的页码行仍由网页残留报告（合并两半时一并删去）",
    claims_en="the cut: the end of the first half (not reported again as a paragraph without closing punctuation) "
              "and the report's title or organ repeated beside the page number (a running head, not a pasted copy); a page-number "
              "line between the halves is still reported as web residue (the join deletes it too)",
    precedence=30,
)
def broken_paragraph(doc: Document) -> Iterator[Finding]:
    paras = doc.paragraphs
    if hard_wrapped(doc):
        lines = unfinished_lines(doc)
        i, j = lines[0]
        first, second = paras[i], paras[j]
        joins = tuple(Edit(paras[a].end, paras[b].start, "") for a, b in lines)
        yield Finding(
            second.start,
            _head(second),
            Msg(f"全文按行宽断行：{len(lines)}行在句子中间换行（疑似从PDF逐行复制）",
                f"the whole text is cut at a fixed line width: {len(lines)} lines break mid-sentence "
                f"(copied line by line from a PDF?)"),
            help=Msg("把每个自然段的各行合并为一段，只在段与段之间换行",
                     "join the lines of each paragraph into one, with line breaks only between paragraphs"),
            related=(Related(tail_start(first), first.end, Msg("第一处断行", "the first break")),),
            fix=Fix(joins, safe=False, description=Msg("合并断开的各行", "join the broken lines")),
            claims=tuple(_cut(paras[a], paras[b]) for a, b in lines),
        )
        return
    for i, j, reason in broken_pairs(doc):
        first, second = paras[i], paras[j]
        # The join also deletes the site's chunk number ("2、") that stands between the halves.
        rejoin = second.start + (CHUNK_MARK.match(second.folded).end() if reason == "chunk" else 0)
        yield Finding(
            second.start,
            _head(second),
            Msg(f"段落被拆开：这一行接着第{first.line + 1}行的半句话（{_REASONS[reason].zh}）",
                f"paragraph cut in two: this line carries on the sentence of line {first.line + 1} "
                f"({_REASONS[reason].en})"),
            help=Msg(f"把第{first.line + 1}行与这一行合并为一段（删除中间的换行）",
                     f"join line {first.line + 1} and this line into one paragraph (delete the line break between them)"),
            related=(Related(tail_start(first), first.end, Msg("前半段在这里断开", "the first half stops here")),),
            fix=Fix((Edit(first.end, rejoin, ""),), safe=False,
                    description=Msg("合并两行", "join the two lines")),
            # The first half's end, and a page's running head or foot line beside its number (the
            # title or the organ again: no pasted copy); a page-number line between the halves is page
            # residue and web-residue reports it as such (the join below deletes it as well).
            claims=((_cut(first, second)[0], first.end),)
            + tuple((paras[k].start, paras[k].end) for k in range(i + 1, j) if running_head(doc, k)),
        )
