"""web-residue and broken-paragraph: page chrome and paragraphs cut by page breaks."""
import os
import subprocess
import sys

from lintlaw.checks.residue import (
    broken_paragraph,
    continuation,
    residue_paragraphs,
    web_residue,
)
from lintlaw.document import Document

SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")


def _doc(text):
    return Document.from_text(text)


def _lines(doc, findings):
    """(first line, last line) of each finding, 1-based."""
    return [(doc.position(f.start)[0], doc.position(max(f.start, f.end - 1))[0]) for f in findings]


def _seed(seed_path, prefix):
    with open(seed_path(prefix), encoding="utf-8") as handle:
        return Document.from_text(handle.read(), path=prefix)


# -- web-residue -----------------------------------------------------------------

def test_metadata_block_title_and_date_are_one_finding(seed_path):
    doc = _seed(seed_path, "002")
    found = list(web_residue(doc))
    assert _lines(doc, found) == [(1, 6), (60, 64)]
    head = found[0]
    assert "5" in head.help.zh, "the report title kept inside the block is named in the help"
    assert "Copyright" in doc.text[found[1].start:found[1].end]


def test_navigation_list_and_paging_links(seed_path):
    doc = _seed(seed_path, "004")
    found = list(web_residue(doc))
    assert _lines(doc, found) == [(1, 19), (73, 74)]
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
    assert continuation(doc, 0) == (1, "plain")
    assert list(broken_paragraph(doc)) == []


def test_new_paragraph_opening_is_not_a_continuation():
    doc = _doc(
        "全年办理行政复议案件12件，其中维持9件、撤销2件，纠错率16.7%\n"
        "2024年，我局将进一步规范行政复议工作，提升复议质效。\n"
    )
    assert continuation(doc, 0) is None


def test_hard_wrapped_text_gives_one_finding():
    sentence = "2023年，我局在市委、市政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。"
    body = sentence * 12
    lines = [body[i:i + 28] for i in range(0, len(body), 28)]
    doc = _doc("一、主要举措和成效\n" + "\n".join(lines) + "\n")
    found = list(broken_paragraph(doc))
    assert len(found) == 1
    assert "全文按行宽断行" in found[0].message.zh
    assert len(found[0].fix.edits) > 8


def test_page_rules_never_load_jieba():
    # In a fresh interpreter: another test may have loaded jieba in this one.
    code = (
        "import glob\n"
        "from lintlaw import segment\n"
        "from lintlaw.document import Document\n"
        "from lintlaw.checks import residue, punctuation\n"
        "rules = (residue.web_residue, residue.broken_paragraph, punctuation.paragraph_end, punctuation.punctuation_width)\n"
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
