"""web-residue and broken-paragraph: page chrome and paragraphs cut by page breaks."""
import os

import pytest
import subprocess
import sys

from lintlaw.checks._breaks import continuation
from lintlaw.checks._chrome import _caption, residue_paragraphs
from lintlaw.checks.breaks import broken_paragraph
from lintlaw.checks.punctuation import paragraph_end
from lintlaw.checks.residue import web_residue
from lintlaw.document import Document
from lintlaw.registry import registry
from lintlaw.runner import run_rules

SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")


def _doc(text):
    return Document.from_text(text)


def _lines(doc, findings):
    """(first line, last line) of each finding, 1-based."""
    return [(doc.position(f.start)[0], doc.position(max(f.start, f.end - 1))[0]) for f in findings]


def _claimed(doc, finding):
    """The 1-based lines a finding claims, as (first, last) ranges."""
    return [(doc.position(a)[0], doc.position(max(a, b - 1))[0]) for a, b in finding.claims]


def _seed(seed_path, prefix):
    with open(seed_path(prefix), encoding="utf-8") as handle:
        return Document.from_text(handle.read(), path=prefix)


# -- web-residue -----------------------------------------------------------------

def test_metadata_block_title_and_date_are_one_finding(seed_path):
    doc = _seed(seed_path, "002")
    found = list(web_residue(doc))
    # The finding spans the block from its first line to its last (发布日期 on line 6): a
    # reader going by the span sees all of it; the claims leave the title out.
    assert _lines(doc, found) == [(1, 6), (60, 64)]
    head = found[0]
    # The report's title on line 5 sits between the metadata and 发布日期: report text,
    # neither reported nor claimed; the finding names and claims the lines around it.
    assert _claimed(doc, head) == [(1, 4), (6, 6)]
    assert "1—4、6" in head.message.zh and "5" in head.help.zh
    assert "Copyright" in doc.text[found[1].start:found[1].end]


def test_navigation_list_and_paging_links(seed_path):
    doc = _seed(seed_path, "004")
    found = list(web_residue(doc))
    assert _lines(doc, found) == [(1, 19), (73, 74)]
    assert _claimed(doc, found[0]) == [(1, 16), (18, 19)]  # line 17 is the report's title
    assert "上一篇" in found[1].message.zh


def test_no_residue_in_clean_reports(seed_path):
    for prefix in ("000", "001", "003"):
        assert list(web_residue(_seed(seed_path, prefix))) == []


def test_blank_lines_do_not_split_a_footer():
    doc = _doc(
        "全年办理行政复议案件12件，均已依法办结。\n\n"
        "【打印本页】【关闭窗口】\n\n"
        "Copyright © 2024 某县人民政府 版权所有\n\n"
        "网站标识码：5101000001 蜀ICP备05003303号\n"
    )
    found = list(web_residue(doc))
    assert _lines(doc, found) == [(3, 7)]
    assert "页面工具" in found[0].message.zh and "页脚" in found[0].message.zh


def test_body_text_that_mentions_site_words_is_not_residue():
    doc = _doc(
        "（二）开设“联系我们”专栏，畅通群众诉求渠道\n"
        "本次宣传活动主办单位为市司法局，承办单位为各区普法办。\n"
        "规范性文件发布时间、发布机构均在政府网站公示。\n"
        "开展版权保护执法检查，查处侵犯著作权案件3件。\n"
    )
    assert list(web_residue(doc)) == []
    assert residue_paragraphs(doc) == set()


def test_a_bulleted_list_alone_is_not_residue():
    doc = _doc("主要做法：\n- 加强组织领导\n- 健全工作机制\n- 强化督促检查\n")
    assert list(web_residue(doc)) == []


def test_weak_fields_join_a_block_with_a_strong_line():
    doc = _doc(
        "来源：县司法局\n"
        "发布时间：2024-03-20 10:21 浏览次数：326\n"
        "2023年，县政府全面推进依法行政。\n"
    )
    assert _lines(doc, list(web_residue(doc))) == [(1, 2)]


def test_only_one_title_line_is_bridged():
    doc = _doc(
        "索引号：000014349/2024-00012\n"
        "某县人民政府2023年法治政府建设情况报告\n"
        "2023年，县政府全面推进依法行政\n"
        "发布日期：2024-03-20\n"
    )
    # Two lines between the chrome lines: neither is swallowed.
    assert _lines(doc, list(web_residue(doc))) == [(1, 1), (4, 4)]


# -- broken-paragraph ------------------------------------------------------------

def test_seed_page_breaks_are_found_at_the_second_half(seed_path):
    doc = _seed(seed_path, "003")
    found = list(broken_paragraph(doc))
    assert [doc.position(f.start)[0] for f in found] == [15, 23, 35, 43, 47, 59]
    assert [doc.position(f.related[0].start)[0] for f in found] == [13, 21, 33, 41, 45, 57]


def test_no_broken_paragraphs_in_other_seeds(seed_path):
    for prefix in ("000", "001", "002", "004"):
        assert list(broken_paragraph(_seed(seed_path, prefix))) == []


def test_fix_joins_the_two_halves():
    text = "（一）“关键少数”领学。全面总结了 2020\n\n年度法治工作，研究部署了2021年度工作要点。\n"
    doc = _doc(text)
    (finding,) = broken_paragraph(doc)
    assert finding.fix is not None and not finding.fix.safe
    (edit,) = finding.fix.edits
    joined = text[:edit.start] + edit.replacement + text[edit.end:]
    assert joined == "（一）“关键少数”领学。全面总结了 2020年度法治工作，研究部署了2021年度工作要点。\n"
    assert "一个数字" in finding.message.zh


def test_quote_closed_on_the_next_line_is_a_strong_sign():
    doc = _doc("（七）工作成效。全面落实建筑工地管理“六个百分\n百”要求，工地面貌有了较大转变。")
    assert continuation(doc, 0) == (1, "bracket")


def test_page_number_between_the_halves_is_stepped_over():
    doc = _doc("全年组织执法人员培训6次，培训内容包括行政处罚法、行政强制法，\n- 3 -\n以及城市管理领域的地方性法规。")
    assert continuation(doc, 0) == (2, "separator")
    (finding,) = broken_paragraph(doc)
    assert doc.position(finding.start)[0] == 3


def test_heading_then_body_is_not_a_break():
    doc = _doc(
        "（三）城市管理体制不健全，城市管理难度大\n"
        "城市管理体制不健全，职责交叉、划分不清在一定程度上限制了执法行动。\n"
        "一、2023年度推进法治政府建设的主要举措和成效\n"
        "一年来，我局认真贯彻落实上级部署，扎实推进法治政府建设。\n"
    )
    assert list(broken_paragraph(doc)) == []


def test_title_on_two_lines_and_signature_are_not_breaks():
    doc = _doc(
        "某市城市管理局关于2023年度法治政府建设\n情况的报告\n"
        "全年办理行政复议案件12件，均已依法办结。\n"
        "某市城市管理局\n2024年1月31日\n"
    )
    assert list(broken_paragraph(doc)) == []


def test_one_unpunctuated_paragraph_alone_is_left_to_paragraph_end():
    # Body text without a full stop followed by more body text: with no sign of
    # page breaks anywhere in the document, it is a missing full stop.
    doc = _doc(
        "（一）加强组织领导。县政府常务会议专题研究法治政府建设工作4次，制定年度工作要点，推动各项工作落地落实\n"
        "县委全面依法治县委员会办公室加强统筹协调，督促整改问题18个。\n"
    )
    assert continuation(doc, 0) == (1, "opens")  # a subject and its verb open the next line
    assert list(broken_paragraph(doc)) == []


def test_new_paragraph_opening_is_not_a_continuation():
    doc = _doc(
        "全年办理行政复议案件12件，其中维持9件、撤销2件，纠错率16.7%\n"
        "2024年，我局将进一步规范行政复议工作，提升复议质效。\n"
    )
    assert continuation(doc, 0) == (1, "opens")
    assert list(broken_paragraph(doc)) == []
    assert len(list(paragraph_end(doc))) == 1


def test_a_line_that_opens_no_sentence_continues_the_one_before():
    # No page number, no other cut in the text: the second line opens with a noun that
    # completes the first line's phrase (执法|程序), so the two are one paragraph.
    doc = _doc(
        "县交通运输局全面推行行政执法公示制度，在政府门户网站公示执法主体、执法依据和执法\n\n"
        "程序，累计公示行政处罚决定信息380余条。\n"
    )
    assert continuation(doc, 0) == (1, "plain")
    assert _lines(doc, broken_paragraph(doc)) == [(3, 3)]
    found, _ = run_rules(doc, registry().rules)
    assert [r.name for r, _ in found] == ["broken-paragraph"]


def test_hard_wrapped_text_gives_one_finding():
    sentence = "2023年，我局在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。"
    body = sentence * 12
    lines = [body[i:i + 28] for i in range(0, len(body), 28)]
    doc = _doc("一、主要举措和成效\n" + "\n".join(lines) + "\n")
    found = list(broken_paragraph(doc))
    assert len(found) == 1
    assert "全文按行宽断行" in found[0].message.zh
    assert len(found[0].fix.edits) > 8


def test_a_placeholder_in_a_wrapped_lines_tail_is_still_reported():
    # The cut claims what paragraph-end would report there (the last words back to a
    # pause), not the line's last 21 characters: "*路*号" before ",并公布" is its own defect.
    sentence = "2023年，我局在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。"
    before = [(sentence * 6)[i:i + 28] for i in range(0, 28 * 6, 28)]
    after = [(sentence * 6)[i:i + 28] for i in range(0, 28 * 6, 28)]
    lines = before + ["设立了行政复议受理窗口，为便利群众申请，地址位于*路*号，并公布", "了咨询电话。" + after[0]] + after[1:]
    doc = _doc("一、主要举措和成效\n" + "\n".join(lines) + "\n")
    found, _ = run_rules(doc, registry().rules)
    names = [r.name for r, _ in found]
    assert names.count("broken-paragraph") == 1
    assert names.count("template-placeholder") == 2
    assert "paragraph-end" not in names


def test_page_rules_never_load_jieba():
    # In a fresh interpreter: another test may have loaded jieba in this one.
    code = (
        "import glob\n"
        "from lintlaw import segment\n"
        "from lintlaw.document import Document\n"
        "from lintlaw.checks import breaks, residue, punctuation\n"
        "rules = (residue.web_residue, breaks.broken_paragraph, punctuation.paragraph_end, punctuation.punctuation_width)\n"
        "total = 0\n"
        "for path in sorted(glob.glob(SEEDS + '/*.txt')):\n"
        "    doc = Document.from_text(open(path, encoding='utf-8').read())\n"
        "    total += sum(len(list(rule(doc))) for rule in rules)\n"
        "print(total, segment.loaded(), segment.is_loaded_module())\n"
    )
    out = subprocess.run([sys.executable, "-c", f"SEEDS = {SEEDS!r}\n" + code],
                         capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) > 0
    assert out[1:] == ["False", "False"]


def test_a_word_cut_in_two_is_a_break_even_alone():
    doc = _doc(
        "（一）加强组织保障。持续深化“学习在先”工作机制，强化领导干部集体学法，组织开展形\n"
        "式多样的学法普法活动，进一步提升法治思维能力。\n"
    )
    assert continuation(doc, 0) == (1, "plain")
    (finding,) = broken_paragraph(doc)
    assert "第1行" in finding.message.zh


def test_a_word_cut_before_a_line_that_opens_like_a_sentence():
    doc = _doc("全面推进法治政府建设，在市委全面依法治市委员会办公室的指导下，市\n委全面部署法治督察工作。\n")
    assert continuation(doc, 0) == (1, "opens")
    (finding,) = broken_paragraph(doc)
    assert "一个词" in finding.message.zh


def test_short_lines_cut_mid_word():
    doc = _doc("自2000年以来，我局已经多次改进了选\n举制度。\n这些成\n就包括以下几个方面：")
    assert [doc.position(f.start)[0] for f in broken_paragraph(doc)] == [2, 4]


def test_unnumbered_heading_is_not_joined_to_its_body():
    # 难度大 + 城市 reads as 大城市, but 城市 is a word of its own.
    doc = _doc("城市管理体制不健全，城市管理难度大\n城市管理体制不健全，职责交叉、划分不清在一定程度上限制了执法行动。")
    assert continuation(doc, 0) == (1, "short")
    assert list(broken_paragraph(doc)) == []


def test_item_cut_after_its_heading_among_run_in_siblings():
    doc = _doc(
        "（一）提前谋划。制定印发法治工作要点，明确年度目标任务。\n\n"
        "（二）强化衔接。加强与法院联系，申请强制执行案件3起。\n\n"
        "（三）认真推行行政执法公示制度\n\n"
        "- 5 -\n\n"
        "将权责清单在政府门户网站进行公示，公示行政处罚信息238条。\n\n"
        "（四）推行执法全过程记录。配备执法记录仪120台。\n"
    )
    assert continuation(doc, 2) == (4, "runin")
    (finding,) = broken_paragraph(doc)
    assert doc.position(finding.start)[0] == 9


def test_standalone_heading_among_standalone_siblings_is_not_a_break():
    doc = _doc(
        "（一）提前谋划\n制定印发法治工作要点，明确年度目标任务。\n"
        "（二）强化衔接\n加强与法院联系，申请强制执行案件3起。\n"
        "（三）推行公示制度\n将权责清单在政府门户网站进行公示。\n"
    )
    assert list(broken_paragraph(doc)) == []


def test_disclosure_table_one_cell_per_line():
    doc = _doc(
        "索引号\n11500106709335764X/2022-00118\n发布机构\n某区城市管理局\n生成日期\n2022-01-25\n"
        "某区城市管理局2021年法治政府建设年度报告\n"
        "2021年，区城市管理局坚持以习近平法治思想为指导，全面推进依法行政。\n"
    )
    (finding,) = web_residue(doc)
    assert _lines(doc, [finding]) == [(1, 6)]


# -- second pass: held-out patterns (own sentences, not copies) -------------------

def _docx(text, table_lines):
    from lintlaw.readers import Source

    return Document(Source(path="<docx>", raw=text, kind="docx", table_lines=frozenset(table_lines)))


def test_numbered_heading_with_a_comma_is_not_half_a_sentence():
    doc = _doc(
        "一、坚持党的全面领导，确保法治建设正确方向\n"
        "局党组坚持把法治建设摆在全局工作的重要位置，主要负责同志切实履行第一责任人职责。\n"
        "三、工作目的\n"
        "各科室要高度重视依法行政工作，按照职责分工，抓好各项任务落实。\n"
    )
    assert continuation(doc, 0) is None
    assert continuation(doc, 2) is None
    assert list(broken_paragraph(doc)) == []


def test_a_sentence_cut_after_de_is_still_a_break():
    doc = _doc("全年召开党组会议研究法治工作的\n\n专题会议4次，解决重点难点问题9个。")
    assert continuation(doc, 0) == (1, "dangling")


def test_date_lines_and_a_stray_bracket_are_never_first_halves():
    doc = _doc(
        "某市城市管理局2022年度法治政府建设情况的报告\n"
        "日期：2023-03-09\n"
        "2022年，市城市管理局坚持以习近平法治思想为指导，全面推进依法行政。\n"
        "某市中级人民法院\n"
        "（\n"
        "主任、副主任、秘书长、各位委员：\n"
        "现将全市法院行政审判工作情况报告如下。\n"
    )
    assert list(broken_paragraph(doc)) == []
    (finding,) = web_residue(doc)
    assert _lines(doc, [finding]) == [(2, 2)]


def test_heading_stuck_to_the_paragraph_before():
    text = (
        "全市现有环卫作业人员1545人，其中正式工401人、临时工1144人。二、主要做法及成效\n"
        "城市管理是城市规划、建设的延伸，贯穿于城市建设的全过程。\n"
    )
    # After a space, the heading is a line break the copied page turned into a space.
    spaced = _doc(text.replace("。二、", "。 二、"))
    assert list(paragraph_end(spaced)) == [] and list(broken_paragraph(spaced)) == []
    # Unless an item runs on inside it: the heading and its first item lost their lines.
    (finding,) = paragraph_end(_doc(text.replace("。二、主要做法及成效", "。 二、主要做法 1、现今存在的问题")))
    doc = _doc(text)
    assert continuation(doc, 0) is None
    assert list(broken_paragraph(doc)) == []
    (finding,) = paragraph_end(doc)
    assert doc.text[finding.start:finding.end] == "二、主要做法及成效"
    assert "连在上一段" in finding.message.zh and "句号" not in finding.help.zh.replace("不要加句号", "")
    (edit,) = finding.fix.edits
    assert text[:edit.start] + edit.replacement + text[edit.end:] == (
        "全市现有环卫作业人员1545人，其中正式工401人、临时工1144人。\n二、主要做法及成效\n"
        "城市管理是城市规划、建设的延伸，贯穿于城市建设的全过程。\n"
    )


def test_run_in_list_item_at_the_end_is_no_stuck_heading():
    doc = _doc(
        "全年重点抓了三项工作。1.健全制度，修订完善行政执法程序规定。2.强化监督，全年评查案卷156卷\n"
        "下一步，我局将继续加强执法监督。\n"
    )
    (finding,) = paragraph_end(doc)
    assert "缺少句末标点" in finding.message.zh and finding.fix is not None


def test_short_phrase_after_the_last_sentence_gets_no_full_stop_fix():
    doc = _doc(
        "2023年，区司法局坚持以习近平法治思想为指导，各项工作取得明显成效。深入推进依法行政\n"
        "坚持把依法行政贯穿于行政执法全过程，全面落实行政执法三项制度，规范执法行为。\n"
    )
    (finding,) = paragraph_end(doc)
    assert doc.text[finding.start:finding.end] == "深入推进依法行政"
    assert finding.fix is None and "标题" in finding.help.zh


def test_word_table_cells_are_not_prose():
    text = (
        "全年行政执法情况如下表。\n"
        "行政处罚案件办理情况\n"
        "全年办理行政处罚案件共计128件，其中适用简易程序案件86件，适用一般程序案件42件，均在法定期限内办结\n"
        "罚没款合计36.5万元\n"
        "以上数据均已在门户网站公开。\n"
    )
    assert list(paragraph_end(_doc(text))) != []
    doc = _docx(text, {1, 2, 3})
    assert list(paragraph_end(doc)) == []
    assert list(broken_paragraph(doc)) == []


def test_more_page_chrome_lines():
    doc = _doc(
        "今天是：2023年10月31日 星期二 农历九月十七\n"
        "无障碍阅读 关怀版 返回首页\n"
        "首   页 走进某区 新闻中心 政府信息公开 政务服务 互动交流\n"
        "您当前所在的位置：首页 > 政务公开 > 法治政府建设\n"
        "[ 索引号 ] 11500000MB1234567X/2024-00031 [ 发文字号 ]\n"
        "某区司法局2023年法治政府建设年度报告\n"
        "日期：2024-03-09\n"
        "2023年，区司法局坚持以习近平法治思想为指导，全面推进依法行政。\n"
        "打印整页 打印内容 分享\n"
        "扫码使用手机浏览本页内容\n"
    )
    found = list(web_residue(doc))
    assert _lines(doc, found) == [(1, 7), (9, 10)]
    assert _claimed(doc, found[0]) == [(1, 5), (7, 7)]
    assert "6" in found[0].help.zh, "the report title inside the block is kept"


def test_index_number_and_date_cells_of_a_disclosure_table():
    doc = _doc(
        "政府信息公开\n"
        "11370105MB1234567X/2023-6500001\n"
        "区政府办公室\n"
        "2023-12-20\n"
        "区政府常务会议议题解读：关于2023年度法治建设工作情况的汇报\n"
        "字号：\n"
        "现将有关议题解读如下。\n"
    )
    (found,) = web_residue(doc)
    assert _claimed(doc, found) == [(2, 4), (6, 6)]  # line 5 is the page's own title


def test_template_site_boilerplate():
    doc = _doc(
        "2023年司法所法治建设工作总结\n"
        "时间：2023-05-07 17:15:05 公文范文 来源：网友投稿\n"
        "下面是小编为大家整理的2023年司法所法治建设工作总结，供大家参考。\n"
        "2023年，司法所在镇党委的领导下，扎实开展普法依法治理工作。\n"
        "【导读预览】此篇优秀范文由网友为您整理分享，以供您参考学习之用，喜欢就复制下载支持吧！\n"
    )
    found = list(web_residue(doc))
    assert _lines(doc, found) == [(2, 3), (5, 5)]
    assert "范文" in found[0].message.zh
    assert list(paragraph_end(doc)) == []


def test_site_slogan_inside_a_paragraph_is_reported_where_it_stands():
    slogan = "法规之家—海量范文资源每日更新www.example.com"
    text = (slogan + "某县2023年法治政府建设情况报告2023年，县政府扎实推进法治政府建设。"
            "二是压实第一" + slogan + "责任人职责，县政府常务会议专题研究法治工作4次。")
    doc = _doc(text)
    found = list(web_residue(doc))
    assert [text[f.start:f.end] for f in found] == [slogan, slogan]


def test_page_counter_of_a_document_viewer():
    doc = _doc(
        "第1页共4页区依法行政工作报告2023年，区法制办围绕区政府工作重点推进依法行政。\n"
        "全年审查规范性文件12件，均已按时办结。\n"
        "第 2 页 共 4 页\n"
        "二是规范行政执法，全年评查案卷156卷。\n"
    )
    found = list(web_residue(doc))
    assert [doc.text[f.start:f.end] for f in found] == ["第1页共4页", "第 2 页 共 4 页"]
    # A counter between the two halves of a cut paragraph is page residue all the same
    # (the evaluation of round 4 counted it a web-residue miss when only the cut was reported);
    # broken-paragraph reports the cut, and its join deletes the counter too.
    cut = _doc("全面推行行政执法公示制度，在政府门户网站公示执法主体、\n第 4 页 共 9 页\n执法人员和执法结果。\n")
    found, _ = run_rules(cut, registry().rules)
    assert sorted(r.name for r, _ in found) == ["broken-paragraph", "web-residue"]
    assert len(list(broken_paragraph(cut))) == 1


def test_report_sentences_with_site_words_stay_clean():
    doc = _doc(
        "开展“宪法伴我成长”征文活动，收到网友投稿作品300余篇，评选优秀作品20篇。\n"
        "时间：2023年5月7日 地点：区司法局三楼会议室\n"
        "时间：2023-05-07 地点：区司法局三楼会议室\n"
        "来源：区司法局\n"
        "依托政府网站“政务公开”“互动交流”栏目，及时回应群众关切。\n"
        "三、下一步工作目的和措施\n"
        "进一步推进政府网站无障碍阅读改造，方便老年人和残疾人获取信息。\n"
    )
    assert list(web_residue(doc)) == []


def test_template_blurb_inside_a_long_paragraph_is_its_sentence():
    body = "2023年，我镇坚持以习近平法治思想为指导，扎实推进法治建设，各项工作取得明显成效。" * 6
    blurb = "下面是小编为大家整理的镇2023年法治建设工作总结，供大家参考。"
    doc = _doc(body + blurb + body)
    (finding,) = web_residue(doc)
    assert doc.text[finding.start:finding.end] == blurb


def test_a_long_word_table_is_not_hard_wrapped_text():
    rows = ["序号", "执法事项", "办理数量"] + [f"城市管理领域第{i}类行政处罚事项办理情况统计" for i in range(12)]
    text = "全年执法情况统计如下。\n" + "\n".join(rows) + "\n以上数据均已公开。\n"
    cells = set(range(1, len(rows) + 1))
    doc = _docx(text, cells)
    assert list(broken_paragraph(doc)) == []


def test_ipv6_badge_and_listen_buttons_are_page_chrome():
    doc = _doc("某区司法局2023年法治政府建设年度报告\n无障碍浏览 | 适老版\n本网站支持IPv6\n点击收听 朗读\n"
               "2023年，我局坚持依法行政，全年办理行政复议案件12件。\n")
    assert _lines(doc, web_residue(doc)) == [(2, 4)]


def test_work_on_ipv6_or_reading_aloud_is_not_chrome():
    doc = _doc("（三）推进门户网站支持IPv6改造\n全年完成改造任务。\n组织干部职工参加诵读、朗读比赛\n朗读 法治\n")
    assert list(web_residue(doc)) == []


def test_the_report_title_between_a_breadcrumb_and_the_source_line_is_report_text():
    # Above the title a breadcrumb, below it 来源 and 发布时间: one finding for the page's
    # lines, which neither reports nor claims the title, so a slip in it is still found.
    doc = _doc(
        "当前位置：首页 > 政务公开 > 法治政府建设\n"
        "某区卫生健康委员会关于关于2023年度法治政府建设情况的报告\n"
        "来源：区卫健委 发布时间：2024-03-15\n"
        "2023年，区卫健委深入推进依法行政。\n"
    )
    found, _ = run_rules(doc, registry().rules)
    assert sorted(r.name for r, _ in found if r.name != "missing-section") == ["doubled-word", "web-residue"]
    (residue,) = [f for r, f in found if r.name == "web-residue"]
    assert _claimed(doc, residue) == [(1, 1), (3, 3)]
    assert "第1、3行" in residue.message.zh and "第2行的报告标题" in residue.message.zh


def test_a_page_headline_written_again_as_the_title_below_stays_in_the_block():
    doc = _doc(
        "无障碍 简体| 繁体\n某区2023年度法治政府建设情况报告\n来源：区政府办公室 发布时间：2024-03-28 09:18\n"
        "某区2023年度法治政府建设情况报告\n2023年，区政府坚持依法行政。\n"
    )
    (residue,) = web_residue(doc)
    assert _claimed(doc, residue) == [(1, 3)]


@pytest.mark.parametrize("text,residue", [
    ("发布机构 县人社局 成文日期 2024-01-30\n2023年，县人社局紧紧围绕法治政府建设目标开展工作。",
     "发布机构 县人社局 成文日期 2024-01-30"),
    (">> 信息公开 | >> 法治政府建设 |\n某市住建局2023年度法治政府建设情况报告\n2023年，市住建局扎实推进依法行政。",
     ">> 信息公开 | >> 法治政府建设 |"),
    ("某县自然资源局2023年度法治政府建设工作报告\n【朗读】\n2023年，县自然资源局深入推进依法行政。", "【朗读】"),
    ("某县自然资源局2023年度法治政府建设工作报告\n详细信息\n公开具体内容\n2023年，县自然资源局深入推进依法行政。",
     "详细信息\n公开具体内容"),
    ("全年共办理政府信息公开申请14件。\n| | |\n二、存在的问题和不足", "| | |"),
    ("全年共办理政府信息公开申请14件。\n| --- | --- | --- |\n二、存在的问题和不足", "| --- | --- | --- |"),
    ("区司法局推动普法责任制第一范文网落实落细，全年开展普法活动86场。", "第一范文网"),
    ("某县统计局2023年度法治政府建设工作报告_某某范文网\n2023年，县统计局依法开展统计调查。", "_某某范文网"),
    ("近日，县司法局开展“民法典进社区”宣传活动，现场解答咨询120余人次。（王海波 李晓红）", "（王海波 李晓红）"),
    ("12月4日，县普法办开展国家宪法日宣传活动。(孙文学 徐光刚 姜建民)", "(孙文学 徐光刚 姜建民)"),
    ("（一）坚持党的领导，深入学习贯彻习近平法治思想 公文汇，办公文档之家\n局党组全年召开专题会议4次。",
     "公文汇，办公文档之家"),
    ("一、主要举措和成效 稿子汇 www.gaozihui.example.com\n局党组全年召开专题会议4次。", "稿子汇 www.gaozihui.example.com"),
    ("法治政府建设\n某区发改委2023年法治政府建设情况报告\n发布时间：2024-03-28 来源：区发改委\n2023年，区发改委坚持依法行政。",
     "法治政府建设\n某区发改委2023年法治政府建设情况报告\n发布时间：2024-03-28 来源：区发改委"),
])
def test_more_forms_of_page_residue(text, residue):
    doc = _doc(text)
    found = list(web_residue(doc))
    assert found and doc.text[found[0].start:found[0].end] == residue


@pytest.mark.parametrize("text,residue", [
    ("县政府成立法治政府建设领导小组，成员包括各分管副县长（张某、李某）和各部门主要负责人。", []),
    ("举办公文写作和文秘工作培训班2期，编印《公文处理工作手册》500册。", []),
    ("法治政府建设\n2023年，区发改委坚持依法行政，全年审查规范性文件6件。", []),
    ("| 项目 | 2022年 | 2023年 |\n| 行政复议案件 | 12 | 15 |", []),
    ("表1\n| 项目 | 数量 |\n| --- | --- |\n| 行政复议 | 12 |", []),  # the rule under a table's head row
    ("全面推行公文网上流转，电子文档网络传输率达100%，举办公文写作培训2期。", []),
    ("详见政府门户网站 www.example.gov.cn 的公示，或登录中国普法网 www.legalinfo.gov.cn 查询。", []),
    # A news title above the page's date line is the item's own title, not a site's name.
    ("区司法局开展宪法宣传周活动\n日期：2024-12-05 来源：海州宣传\n12月4日，区司法局在广场开展宪法宣传活动。",
     ["日期：2024-12-05 来源：海州宣传"]),
])
def test_report_lines_that_look_like_those_forms(text, residue):
    doc = _doc(text)
    assert [doc.text[f.start:f.end] for f in web_residue(doc)] == residue


def test_a_page_number_that_cuts_a_sentence_is_residue_and_the_cut_a_broken_paragraph():
    # The page-number line is page residue (web-residue) and the paragraph is cut there
    # (broken-paragraph, whose join deletes the line too); the first half's end is no paragraph-end.
    text = ("全面推行行政执法公示制度，在政府门户网站公示执法主体、执法人员\n第2页 共9页\n"
            "和执法结果，累计公示行政处罚信息800余条。\n")
    found, errors = run_rules(Document.from_text(text), registry().rules)
    assert not errors
    by_rule = sorted((rule.name, Document.from_text(text).position(f.start)[0]) for rule, f in found
                     if rule.name not in ("missing-section", "punctuation-width"))
    assert by_rule == [("broken-paragraph", 3), ("web-residue", 2)]


def test_a_long_line_opening_like_a_byline_is_refused_at_once():
    import time

    # A reporter's line of prose, no byline: the names of a byline are split by marks or spaces only,
    # so a run of characters is not tried as names in every way (it took seconds at 40 characters).
    began = time.perf_counter()
    for n in (40, 60, 78):
        line = "记者" + ("从省司法厅获悉全市法治政府建设示范创建工作取得阶段性成效" * 3)[:n]
        assert not _caption(line)
    assert time.perf_counter() - began < 5
    assert _caption("（记者 刘洋 通讯员 张伟）") and _caption("记者王曦、李默")
