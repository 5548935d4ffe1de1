"""web-residue: the web page or document site a report was copied from, left in its text.

Reports are published as web pages and PDFs, and many copies that reach a
reviewer were taken back out of them.  The page chrome itself is found in
_chrome.py (other checks skip it too); this module reports it.
"""
from __future__ import annotations

from typing import Iterator, List, Tuple

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg, Related
from lintlaw.registry import rule
from lintlaw.wording import span as line_span

from ._chrome import (
    ATTACHMENT,
    ATTRIBUTION,
    CAPTION,
    FARM,
    FRAGMENT,
    FOOTER,
    HEADER,
    METADATA,
    NAV,
    NOISE,
    PAGE,
    PAGING,
    PUBLISHED,
    TOOLS,
    residue_blocks,
    residue_spans,
)

_CATEGORY_NAMES = {
    HEADER: Msg("网站页头（日期、无障碍、繁简切换）", "site header (date, accessibility, script switch)"),
    NAV: Msg("栏目导航列表", "navigation list"),
    METADATA: Msg("信息公开元数据（索引号等）", "disclosure metadata (索引号 etc.)"),
    PUBLISHED: Msg("发布信息（发布时间、浏览次数）", "publication line (date, view counter)"),
    PAGING: Msg("上一篇/下一篇链接", "previous/next links"),
    TOOLS: Msg("页面工具（打印、关闭、字号）", "page tools (print, close, font size)"),
    FOOTER: Msg("网站页脚（版权、备案、主办单位）", "site footer (copyright, ICP licence, operator)"),
    FARM: Msg("范文、文库或广告网站插入的推广语", "boilerplate of a template, document or advertising site"),
    PAGE: Msg("页码", "page number"),
    CAPTION: Msg("图片、图片说明或记者署名", "picture file name, photo caption or byline"),
    ATTACHMENT: Msg("附件下载链接或网址", "attachment download link or page address"),
    FRAGMENT: Msg("表格残片（只剩表格线的一行）", "leftover of a table (a row of rules only)"),
    NOISE: Msg("乱码（散乱的字母、数字和符号）", "noise (scattered letters, digits and marks)"),
    ATTRIBUTION: Msg("稿件署名（来源、作者、编辑）", "news attribution (source, author, editor)"),
}
_ORDER = (HEADER, NAV, METADATA, PUBLISHED, ATTRIBUTION, PAGING, TOOLS, FOOTER, FARM, PAGE, CAPTION, ATTACHMENT,
          FRAGMENT, NOISE)



@rule(
    code="LL501",
    name="web-residue",
    severity="warning",
    summary="网页残留：导航、信息公开元数据、浏览次数、上一篇/下一篇、版权页脚、页码、图片说明与记者署名、附件下载链接等不属于报告正文",
    summary_en="Web page leftovers (navigation, metadata block, view counter, previous/next links, footer, page numbers, "
               "photo captions and bylines, attachment links, template-site boilerplate) in the report",
    why=(
        "报告从网页复制时常带出网站页头（日期、无障碍、繁简切换）、栏目导航、政府信息公开元数据（索引号、发布机构、"
        "生成日期）、发布时间和浏览次数、上一篇/下一篇、新闻列表的摘要（“……[详细]”）、打印本页/关闭窗口、“本文链接：网址”、版权与ICP备案页脚；从范文、文库网站复制时"
        "还会带出“下面是小编为大家整理的……”、网站标语和“第1页共4页”之类的页码。这些不是报告内容（《法治政府建设与"
        "责任落实督察工作规定》所列年度报告内容不含此类信息），报送或公开前应删除。"
    ),
    why_en=(
        "Reports copied from a web page bring the site's chrome along: the header (date, accessibility, script "
        "switch), section lists, the government-disclosure metadata (索引号, 发布机构, 生成日期), publication time "
        "and view counter, previous/next links, a news list's teasers (……[详细]), print/close buttons, the page's own address (本文链接：https://…) and the copyright/ICP footer; copies from "
        "template and document-sharing sites add their blurbs (下面是小编为大家整理的……), slogans and page counters "
        "(第1页共4页). None of it is report content; delete it before submission or publication."
    ),
    bad=[
        "全年办理行政复议案件12件，均在法定期限内办结。\nhttp://www.example.gov.cn/art/2024/1/5/art_123.html\n"
        "全年开展执法案卷评查2次，评查案卷156卷。",
        "报告从五个方面回顾了过去一年的工作。\n本文链接：https://www.example.gov.cn/Show/95881",
        # a page number alone, a list of links' heading, a video player's and a share button's lines
        "全年办理行政复议案件12件。\n第3页\n全年开展执法检查16次。\n相关文章\n视频加载中...\n扫描二维码分享到微信",
        # a news list's teasers, each cut off before its link
        "全年办理行政复议案件12件，均在法定期限内办结。\n"
        "新华社武汉4月6日电 为深入贯彻落实中央部署，6日，国务院副总理在湖北调研时强调，要统筹推进… [详细]\n"
        "受疫情影响，不少外贸企业面临复工难、运输难等阶段性难题，一系列暖心举措密集出台… [详细]",
        "中国·某县\n某县人民政府\n某县司法局2023年法治政府建设年度报告\n2023年，我局扎实推进法治政府建设。",
        "据统计，20澳门内部正版资料大全开奖记录24年全县安全生产事故起数同比下降21.4%。",
        "全市法院审理行政案件1473件，其中行政机关《伟德网址导》负责人出庭应诉案件1466件。",
        "在参加城乡居民医保的人数中某某娱乐官网，60岁以上老人占38.6%。",
        "3 q7 _- k2 f, _9 x; m: r- T\n某镇2024年工作总结\n2024年，我镇全年办理行政许可120件。",
        "组织开展“宪法进社区”活动。\n图为工作人员向群众讲解民法典。记者 王某 摄\n（三）加强执法监督",
        "某县2023年法治政府建设情况报告\n（全文）\n2023年，我县扎实推进法治政府建设。",
        "关于《某区2024年法治政府建设情况的报告》的文件解读\n字体大小:【\n一、背景依据\n法治政府建设年度报告是推进依法行政的重要制度。",
        "县司法局组织开展“宪法进万家”主题宣传活动，发放宣传资料3000余份。\n县司法局供图\n二、加强执法监督",
        "索引号：11500106709335764X/2022-00118 信息分类：城乡建设\n发布机构：某区城市管理局 生成日期：2022-01-25\n2021年，我局坚持依法行政。",
        "2023年，区司法局扎实推进法治政府建设。\n上一篇：区民政局2023年法治政府建设年度报告\n下一篇：区财政局2023年法治政府建设年度报告",
        "全年办理行政复议案件12件。\n\nCopyright © 2023 某市人民政府 版权所有\n\n渝ICP备19004061号-1 渝公网安备50010602500861号",
        "更多>>信息公告\n- ·关于印发《2024年全市守法普法工作要点》的通知\n- ·关于报送2024年度普法责任清单的通知\n某区司法局2023年普法工作总结",
        "某区城管委“八五”普法中期工作总结\n发布时间：2023-01-24 15:52 浏览次数：1024\n“八五”普法实施以来，区城管委结合工作实际开展普法。",
        "现将有关情况报告如下。\n【打印本页】【关闭窗口】",
        "全年办理行政复议案件36件。\n下载 打印 关闭\n全年办理行政诉讼案件12件。",
        "字号：大 中 小\n某县人民政府2023年法治政府建设情况报告",
        "当前位置：首页 > 政务公开 > 法治政府建设\n某县2023年法治政府建设年度报告",
        "全年开展普法活动36场次。\n主办单位：某市人民政府办公室 技术支持：某市大数据中心",
        "一、主要举措和成效\n违法和不良信息举报电话：12345",
        "您当前所在的位置：首页 > 政务公开 > 法治政府建设\n某区2023年法治政府建设情况报告",
        "首   页 走进某县 新闻中心 政府信息公开 政务服务 互动交流\n某县2023年法治政府建设情况报告",
        "下面是小编为大家整理的乡镇2023年普法工作总结，供大家参考。\n2023年，我镇扎实开展普法工作。",
        "县政府专题研究法治工作4次。二是压实第一法规之家—海量范文资源每日更新www.example.com责任人职责。",
        "全年共办理行政复议案件15件，均在法定期限内办结。\n- 7 -\n二、存在的不足和原因",
        "依法做好政府信息公开申请答复工作。\n·4·\n三、存在的问题和不足",
        "某区商务委员会2023年法治政府建设年度报告\n字号：T | T | T\n2023年，区商务委坚持依法行政。",
        "全面提升了法治政府建设水平。\n下载\n全屏\n关闭",
        "以上是我局2023年法治政府建设情况。\n相关链接：\n中国政府网",
        "特此报告。\n附件：某县水利局2023年法治政府建设年度报告.pdf",
        "县司法局开展“宪法宣传周”集中宣传活动。\n本报记者 王小明 摄\n全年共组织开展法治讲座24场。",
        "某某日报记者 陈晨\n近日，市司法局召开全市法治政府建设推进会。",
        "区司法局在广场开展民法典宣传活动。\n图为工作人员向群众讲解民法典知识\n活动共发放宣传资料2000余份。",
        "您现在的位置：首页\n > 政府信息公开年报 > 2020年\n索引号 001008003008067/2021-98380 主题分类 政务公开\n"
        "某县市场监督管理局2020年法治政府建设工作报告",
        "某市交通运输委员会\njtw.example.gov.cn\n某市交通运输委员会2021年法治政府建设工作报告",
        "区司法局开展“宪法进校园”活动，邀请律师为学生讲授宪法专题课。\n图片2.jpg\n同升司法所开展“宪法进机关”活动。",
        "下一步，区司法局将持续营造尊法学法守法用法的社会氛围。\n初审：张某 复审：李某 终审：王某",
        "本报讯（记者 顾晨 通讯员 刘琦 文/摄）明天是国家宪法日。区普法办日前在海山公园开展宪法宣传周系列活动，进一步弘扬宪法精神。",
        "通讯员董云霞 今年12月4日是国家宪法日，辛榨司法所联合乡政法办、派出所利用“平安早市”开展了宪法宣传活动。",
        "发布机构 县人力资源和社会保障局 成文日期 2024-01-30\n县人力资源和社会保障局2023年法治政府建设工作报告",
        ">> 信息公开 | >> 法定主动公开内容 | >> 法治政府建设 |\n某市住房和城乡建设局2023年度法治政府建设情况报告",
        "某县自然资源局2023年度法治政府建设工作报告\n【朗读】\n2023年，县自然资源局深入贯彻落实法治政府建设实施纲要。",
        "全年共办理政府信息公开申请14件，均在法定期限内答复。\n| --- | --- |\n二、存在的问题和不足",
        "区司法局扎实开展“八五”普法中期评估，推动普法责任制第一范文网落实落细。",
        "某县统计局2023年度法治政府建设工作报告_某某范文网\n2023年，县统计局依法开展统计调查。",
        "近日，县司法局组织开展“民法典进社区”宣传活动，解答群众法律咨询120余人次。（王海波 李晓红）",
        "法治政府建设\n某区发展和改革委员会2023年法治政府建设情况报告\n发布时间：2024-03-28 来源：区发改委\n2023年，区发改委坚持依法行政。",
        "某市人民政府\n\n某市司法局2023年法治政府建设工作报告\n关键词：法治政府 年度报告\n2023年，市司法局开展宪法宣传活动。（图片来源于网络）",
        "首页 / 政府信息公开 / 政府信息公开年报\n某县2024年法治政府建设年度报告\n语音播报\n进入播报模式\n2024年，县政府坚持依法行政。",
        "某县司法局政府信息公开工作2022年度报告 二维码\n发表时间：2023-01-29 10:51来源：某县司法局 根据《中华人民共和国政府信息公开条例》要求，编制本报告。",
        "当前位置：首页 > 政务公开\n某镇2023年政府信息公开工作年度报告\n日期：2024-01-29\n字体：【 默认 超大\n分享：\n"
        "2023年，镇政府认真贯彻落实《中华人民共和国政府信息公开条例》。",
        "12月4日，县司法局在城关镇开展国家宪法日宣传活动，发放宣传资料2000余份。图为普法宣传进社区现场\n"
        "下一步，县司法局将持续深化普法宣传。",
        "下一步，县林业局将持续推进严格规范公正文明执法。\n来源：县林业局\n作者：刘某",
        "某区司法局2023年度法治政府建设情况报告\n關鍵詞：法治政府 年度報告\n2023年，区司法局坚持依法行政。",
        "区市场监管局开展“3·15”宣传活动。\n▲ 执法人员向消费者讲解食品安全知识\n活动现场受理消费者投诉12件。",
        "区禁毒办开展国际禁毒日集中宣传活动。\n国际禁毒日集中宣传活动现场\n活动共发放宣传资料3000余份。",
        "县应急管理局开展安全生产执法检查。\n执法人员检查企业危化品仓库（张某 摄）\n全年共检查企业186家次。",
        "镇司法所在集市开展国家宪法日宣传活动，发放宣传资料800余份。（来源：某镇人民政府）",
        "下一步，镇司法所将持续开展“法律进村居”活动。 责任编辑：李某某",
        "欢迎访问某某文秘网，一家专业的公文网站！\n手机版\n某县2023年法治政府建设情况汇报\n2023年，县政府坚持依法行政。",
        "县委、县政府多次召开专题会议研究法治政府建设工作。\n此处隐藏2591个字。VIP会员可见\n总之，一年来成效明显。",
        "欢迎访问某某内参! 人员查询 车辆查询 调研选题 地方中心\n某县2023年法治政府建设情况报告\n2023年，县政府坚持依法行政。",
        "说明:文章内容仅供预览,部分内容可能不全。下载后的文档,内容与下面显示的完全一致。点击这里给我发消息\n"
        "某镇2023年政府工作报告\n2023年，镇政府坚持依法行政。",
    ],
    good=[
        "打击六合彩等非法彩票活动，开展福利彩票开奖过程监督6次，政务服务网址导航栏目更新信息120条。",
        "乡镇综合行政执法改革的实践路径\n摘要：本文分析了乡镇综合执法改革的成效。\n关键词：综合行政执法；乡镇赋权；基层治理\n"
        "近年来，各地推进执法力量下沉。",
        "本次宣传活动的主办单位为市司法局，承办单位为各区普法办。",
        "《优化营商环境条例》发布以来，我局认真组织学习。",
        "对2022年1月以来发布的规范性文件进行全面清理，发布时间均已在政府网站公示。",
        "（一）强化执法监督。全年组织案卷评查2次，评查案卷156卷。\n（二）加强普法宣传。开展“宪法宣传周”活动12场。",
        "重庆市沙坪坝区城市管理局\n2022年1月25日",
        "- 加强组织领导\n- 健全工作机制\n- 强化督促检查",
        "来源：区司法局\n全年共办理法律援助案件85件。",
        "发布日期：2023年5月10日，县政府召开新闻发布会通报行政复议工作情况。群众扫描二维码即可查询办理进度。",
        "在政务服务大厅设置叫号语音播报系统，群众可通过“一图读懂”专栏了解政策要点。",
        "在门户网站首页设置本文链接二维码，群众扫码即可查看全文。",
        "严格落实“谁执法谁普法”普法责任制，按要求公开普法责任清单，群众浏览、下载便捷。",
        "附件：1.2023年度行政执法数据统计表\n2.2023年度法治政府建设重点任务清单",
        "开展版权保护执法检查，查处侵犯著作权案件3件，保护权利人的版权所有利益。",
        "开展“宪法进万家”征文活动，收到网友投稿作品300余篇。",
        "时间：2023年5月7日 地点：区司法局三楼会议室",
        "特此报告。\n附件：1.2023年度行政执法数据统计表\n2.2023年度行政复议案件情况表",
        "开通“扫一扫”即可查询执法人员信息的服务，持续开展“阅读法律”活动。",
        "在官方网站开设“相关政策”栏目，方便群众下载打印办事指南。",
        "组织记者、通讯员参加法治新闻写作培训，全年刊发法治稿件120篇。",
        "记者从市司法局了解到，全市今年共开展宪法宣传活动320场次，覆盖群众12万人次。",
        "县政府成立法治政府建设领导小组，成员包括各分管副县长（张某、李某）和各部门主要负责人。",
        "举办公文写作和文秘工作培训班2期，编印《公文处理工作手册》500册，全面推行公文网上流转。",
        "法治政府建设\n2023年，区发改委坚持依法行政，全年审查规范性文件6件。",
        "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。图为全年依申请公开办理情况统计表所列各项数据的说明。",
        "县司法局印发《普法宣传图册》2000册，图为主、文为辅，通俗易懂。",
        "（二）强化执法监督\n▲ 健全行政执法协调监督工作体系\n全年组织行政执法案卷评查2次。",
        "（三）深入开展法治宣传\n▲ 在全县开展“法律进乡村”活动\n全县开展活动48场次。",
        "（一）提升应急处置能力\n接到报警后执法人员第一时间赶赴现场\n全年处置突发事件6起。",
        "请各单位于3月31日前报送。\n联系人：张某\n联系电话：0571-12345678\n地址：某市某区某路1号",
        "附表：2023年行政执法数据统计\n数据来源：市行政执法监督平台\n全年行政处罚案件1260件。",
        "摘要：乡镇综合行政执法改革推动执法力量下沉。\n关键词：综合行政执法 乡镇赋权\n近年来，各地推进执法重心下移。",
        "组织新闻宣传骨干参加法治新闻写作培训，责任编辑、记者共40人参训。",
        "县政务服务中心设置“欢迎访问”电子屏，群众可通过“手机版”政务服务平台预约办事。",
    ],
    claims="网页残留的行或片段：其中的括号、标点、重复、段末等问题不再由其他规则报告；"
           "被分页截断的段落中间的页码行也报告为页码（broken-paragraph 报告断开处，合并两行时一并删去页码）",
    claims_en="the lines or stretch of page residue: brackets, punctuation, repeats or paragraph ends inside it are "
              "not reported again by other rules; a page-number line inside a cut paragraph is reported as a page "
              "number too (broken-paragraph reports the cut; joining the halves deletes it)",
    precedence=30,
)
def web_residue(doc: Document) -> Iterator[Finding]:
    paras = doc.paragraphs
    for block in residue_blocks(doc):
        # The report's own title between two lines of chrome (a breadcrumb above it, 来源 and
        # 发布时间 below) is report text: the finding names and claims the lines around it.
        titles = set(block.titles)
        parts = _runs([k for k in range(block.first, block.last + 1) if k not in titles])
        names = [_CATEGORY_NAMES[c] for c in _ORDER if c in block.categories]
        zh_kinds = "、".join(n.zh for n in names)
        en_kinds = ", ".join(n.en for n in names)
        lines = "、".join(line_span(paras[a].line + 1, paras[b].line + 1) for a, b in parts)
        lines_en = ", ".join(line_span(paras[a].line + 1, paras[b].line + 1, "en") for a, b in parts)
        spans = tuple((paras[a].start, paras[b].end) for a, b in parts)
        if titles:
            kept = "、".join(str(paras[k].line + 1) for k in sorted(titles))
            message = Msg(f"网页残留：第{lines}行是网页的{zh_kinds}，不是报告正文（第{kept}行的报告标题除外）",
                          f"web page leftovers: lines {lines_en} are the page's {en_kinds}, not report text "
                          f"(the report title on line {kept} is)")
            help_ = Msg(f"删除第{lines}行的网页内容，保留第{kept}行的报告标题",
                        f"delete the web page lines {lines_en}, keeping the report title on line {kept}")
        else:
            message = Msg(f"网页残留：第{lines}行是网页的{zh_kinds}，不是报告正文",
                          f"web page leftovers: line(s) {lines_en} are the page's {en_kinds}, not report text")
            help_ = Msg(f"删除第{lines}行", f"delete line(s) {lines_en}")
        # The finding spans the whole block, the title between its runs included: a reader (or a
        # reviewer's tool) that goes by the span must see the last line of chrome as well as the
        # first ("来源：……" above the title, "责任编辑：……" lines below); the claims leave the title out.
        yield Finding(
            spans[0][0],
            spans[-1][1],
            message,
            help=help_,
            related=tuple(Related(a, b, Msg("同一处网页残留", "more of the same page residue")) for a, b in spans[1:]),
            claims=spans,
        )
    for span in residue_spans(doc):
        shown = _shorten(doc.text[span.start:span.end])
        kind = _CATEGORY_NAMES[span.category]
        yield Finding(
            span.start,
            span.end,
            Msg(f"网页残留：“{shown}”是{kind.zh}，不是报告正文",
                f"web page leftovers: “{shown}” is {kind.en}, not report text"),
            help=Msg(f"删除“{shown}”", f"delete “{shown}”"),
            claims=((span.start, span.end),),
        )


def _runs(indices: List[int]) -> List[Tuple[int, int]]:
    """Consecutive runs of paragraph indices, as (first, last)."""
    out: List[Tuple[int, int]] = []
    for k in indices:
        if out and out[-1][1] == k - 1:
            out[-1] = (out[-1][0], k)
        else:
            out.append((k, k))
    return out


def _shorten(text: str, limit: int = 30) -> str:
    text = " / ".join(line.strip() for line in text.splitlines())  # a span of a few lines, shown on one
    return text if len(text) <= limit else text[:limit - 12] + "……" + text[-10:]
