"""duplicate-paragraph (LL201) and repeated-sentence (LL202): what is a copy, and what is reported once."""
import pytest

from lintlaw.checks._copies import analyse, edit_distance_within, normalize
from lintlaw.checks.duplicates import duplicate_paragraph, repeated_sentence
from lintlaw.document import Document
from lintlaw.finding import Msg
from lintlaw.runner import run_rules

LONG_A = "区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。"
LONG_B = "全年共办理行政复议案件6件，均在法定期限内办结，未发生被纠错的情况。"
LONG_C = "深入开展“法律进社区”活动，加强社区居民法治教育，全年累计开展宣传活动32场次。"


def doc_of(*lines):
    return Document.from_text("\n".join(lines))


def lines_of(doc, finding):
    return doc.position(finding.start)[0], doc.position(finding.end - 1)[0]


def related_lines(doc, finding):
    rel = finding.related[0]
    return doc.position(rel.start)[0], doc.position(rel.end - 1)[0]


def apply(doc, fix):
    text = doc.text
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def zh(message):
    return message.zh if isinstance(message, Msg) else message


# -- the seed: a 26-paragraph block pasted twice, and a web metadata line typed twice -------

def test_seed_004_block_and_repeated_line(seed_path):
    with open(seed_path("004"), encoding="utf-8") as f:
        doc = Document.from_text(f.read())
    found = list(duplicate_paragraph(doc))
    assert [lines_of(doc, f) for f in found] == [(19, 19), (47, 72)]
    assert [related_lines(doc, f) for f in found] == [(18, 18), (21, 46)]
    assert "26个段落" in zh(found[1].message)
    # The link list above (three identical truncated titles) is web residue, not a paste.
    assert all(doc.position(f.start)[0] > 16 for f in found)


def test_seed_004_block_is_not_reported_again_sentence_by_sentence(seed_path):
    with open(seed_path("004"), encoding="utf-8") as f:
        doc = Document.from_text(f.read())
    assert list(repeated_sentence(doc)) == []


# -- blocks -------------------------------------------------------------------

def test_block_pasted_twice_is_one_finding_spanning_it():
    doc = doc_of("一、加强组织领导", LONG_A, "（一）基本情况", LONG_B, "二、下一步安排", LONG_C,
                 "一、加强组织领导", LONG_A, "（一）基本情况", LONG_B)
    found = list(duplicate_paragraph(doc))
    assert len(found) == 1
    assert lines_of(doc, found[0]) == (7, 10)
    assert related_lines(doc, found[0]) == (1, 4)
    assert found[0].severity is None  # an exact copy: the rule's error


def test_block_pasted_three_times_is_one_finding():
    doc = doc_of(LONG_A, LONG_B, LONG_A, LONG_B, LONG_A, LONG_B)
    found = list(duplicate_paragraph(doc))
    assert len(found) == 1
    assert lines_of(doc, found[0]) == (3, 6)
    assert related_lines(doc, found[0]) == (1, 2)


def test_one_line_repeated_three_times_in_a_row_is_one_finding():
    doc = doc_of("标题", LONG_A, LONG_A, LONG_A, "结尾。")
    found = list(duplicate_paragraph(doc))
    assert [lines_of(doc, f) for f in found] == [(3, 4)]
    assert related_lines(doc, found[0]) == (2, 2)


def test_short_line_inside_a_block_is_part_of_it():
    doc = doc_of("（一）基本情况", LONG_A, "无。", LONG_B, "（一）基本情况", LONG_A, "无。")
    found = list(duplicate_paragraph(doc))
    assert [lines_of(doc, f) for f in found] == [(5, 7)]


def test_copy_with_other_punctuation_width_and_spaces_is_exact():
    doc = doc_of(LONG_B, "（二）存在问题", LONG_B.replace("，", ",") .replace("内", " 内 "))
    found = list(duplicate_paragraph(doc))
    assert len(found) == 1 and found[0].severity is None


def test_fix_deletes_the_copy_lines():
    doc = doc_of("标题", LONG_A, LONG_B, LONG_A, LONG_B, "结尾。")
    (finding,) = duplicate_paragraph(doc)
    assert finding.fix is not None and not finding.fix.safe
    assert apply(doc, finding.fix) == "\n".join(["标题", LONG_A, LONG_B, "结尾。"])


def test_fix_of_a_copy_on_the_last_line():
    doc = doc_of(LONG_A, "（二）存在问题", LONG_A)
    (finding,) = duplicate_paragraph(doc)
    assert apply(doc, finding.fix) == "\n".join([LONG_A, "（二）存在问题"])


# -- near copies --------------------------------------------------------------

def test_near_copy_is_a_warning_with_the_difference():
    changed = LONG_A.replace("成立了", "成立")
    doc = doc_of(LONG_A, "（二）存在问题", changed)
    (finding,) = duplicate_paragraph(doc)
    assert finding.severity == "warning"
    assert "只差1个字" in zh(finding.message)
    assert finding.fix is None  # which of the two is right is the writer's call


def test_near_copy_found_among_many_paragraphs():
    filler = [f"第{i}项工作：组织开展专题培训{i}次，覆盖执法人员{i * 7}人次，取得良好效果。" for i in range(200)]
    changed = LONG_A.replace("定期", "定期地")
    doc = doc_of(LONG_A, *filler, changed)
    found = list(duplicate_paragraph(doc))
    assert [lines_of(doc, f) for f in found] == [(202, 202)]


def test_paragraphs_that_differ_only_in_figures_are_two_records():
    doc = doc_of(
        "3月，组织全体执法人员开展《中华人民共和国行政处罚法》专题培训，参训120人次。",
        "9月，组织全体执法人员开展《中华人民共和国行政处罚法》专题培训，参训135人次。",
    )
    assert list(duplicate_paragraph(doc)) == []


def test_short_paragraphs_are_not_near_copies():
    doc = doc_of("严格落实行政执法公示制度。", "（二）", "严格落实行政执法审核制度。")
    assert list(duplicate_paragraph(doc)) == []


# -- what recurs legitimately -----------------------------------------------------

@pytest.mark.parametrize("lines", [
    ("一、基本情况", "（一）基本情况", "我局现有干部职工120人。", "二、存在问题", "（一）基本情况", "执法力量不足。"),
    ("五、其他需要报告的情况", "无。", "六、其他", "无。"),
    ("无。", "无。"),
    ("（三）行政复议", "本年度无此类情况。", "（四）行政诉讼", "本年度无此类情况。"),
    ("- ·关于印发《2023年全市守法普法工作要点》", "- ·关于印发《2023年全市守法普法工作要点》"),
])
def test_legitimate_recurrences_are_not_flagged(lines):
    assert list(duplicate_paragraph(doc_of(*lines))) == []


def test_a_table_of_contents_is_not_a_copy_of_the_headings():
    toc = ["目录", "一、主要举措和成效", "二、存在的不足和原因", "三、下一步安排"]
    body = ["一、主要举措和成效", LONG_A, "二、存在的不足和原因", LONG_B, "三、下一步安排", LONG_C]
    assert list(duplicate_paragraph(doc_of(*toc, *body))) == []


def test_a_short_line_typed_twice_in_a_row_is_caught():
    doc = doc_of("发布时间：2019-01-24 15:52 浏览次数：次", "发布时间：2019-01-24 15:52 浏览次数：次", LONG_A)
    found = list(duplicate_paragraph(doc))
    assert [lines_of(doc, f) for f in found] == [(2, 2)]


# -- the shared analysis ----------------------------------------------------------

def test_analysis_is_computed_once_per_document():
    doc = doc_of(LONG_A, "（二）", LONG_A)
    assert analyse(doc) is analyse(doc)
    assert analyse(doc).copied == frozenset({2})


def test_normalize_drops_punctuation_spaces_and_width():
    assert normalize("积极贯彻 习近平法治思想，（一）A") == normalize("积极贯彻习近平法治思想,(一)a")


@pytest.mark.parametrize("a,b,limit,expected", [
    ("法治政府建设", "法治政府建设", 2, 0),
    ("法治政府建设", "法治政府的建设", 2, 1),
    ("法治政府建设", "法治建设", 2, 2),
    ("法治政府建设", "法制政府建没", 2, 2),
    ("法治政府建设", "依法行政工作", 2, None),
    ("", "ab", 2, 2),
    ("abcdefghij" * 50, "abcdefghij" * 50 + "x", 1, 1),
    ("abcdefghij" * 50, "x" + "abcdefghij" * 49 + "abcdefghiy", 2, 2),
])
def test_bounded_edit_distance(a, b, limit, expected):
    assert edit_distance_within(a, b, limit) == expected


# -- repeated-sentence --------------------------------------------------------------

def test_seed_000_clause_twice_in_a_row(seed_path):
    with open(seed_path("000"), encoding="utf-8") as f:
        doc = Document.from_text(f.read())
    found = list(repeated_sentence(doc))
    assert len(found) == 1
    finding = found[0]
    assert doc.position(finding.start)[0] == 7
    assert doc.text[finding.start:finding.end] == "积极贯彻习近平法治思想"
    assert finding.fix.safe


def test_clause_twice_in_a_row_fix_keeps_one_copy_and_the_closing_mark():
    doc = doc_of("二是加强培训。积极贯彻习近平法治思想,积极贯彻习近平法治思想,一年来组织培训12次。")
    (finding,) = repeated_sentence(doc)
    assert apply(doc, finding.fix) == "二是加强培训。积极贯彻习近平法治思想,一年来组织培训12次。"
    doc = doc_of("严格落实行政执法三项制度，严格落实行政执法三项制度。")
    (finding,) = repeated_sentence(doc)
    assert apply(doc, finding.fix) == "严格落实行政执法三项制度。"


def test_clause_three_times_is_one_finding():
    doc = doc_of("加强普法宣传，加强普法宣传，加强普法宣传，营造良好法治氛围。")
    (finding,) = repeated_sentence(doc)
    assert "3遍" in zh(finding.message)
    assert "3 times" in finding.message.en
    assert apply(doc, finding.fix) == "加强普法宣传，营造良好法治氛围。"


def test_long_sentence_twice_in_a_row_is_reported_once():
    doc = doc_of("全年共受理行政复议案件6件均在法定期限内办结。全年共受理行政复议案件6件均在法定期限内办结。")
    assert len(list(repeated_sentence(doc))) == 1


def test_sentence_repeated_elsewhere_points_at_the_first():
    first = "我局始终坚持把法治政府建设摆在全局工作的突出位置。"
    doc = doc_of(first + "全年召开党组会议4次。", "（二）强化执法监督", "开展案卷评查。" + first)
    (finding,) = repeated_sentence(doc)
    assert doc.position(finding.start)[0] == 3
    assert doc.text[finding.start:finding.end] == first.rstrip("。")
    assert doc.text[finding.related[0].start:finding.related[0].end] == first
    assert finding.fix is None


def test_sentence_in_a_copied_paragraph_is_left_to_duplicate_paragraph():
    doc = doc_of(LONG_A, "二、加大普法宣传", LONG_A)
    assert list(repeated_sentence(doc)) == []
    assert len(list(duplicate_paragraph(doc))) == 1


def test_sentence_repeated_outside_a_copied_block_is_still_reported():
    sentence = "定期召开党组工作会议，分析研判普法工作开展情况。"
    doc = doc_of(sentence + LONG_B, LONG_C, sentence + LONG_B, "三、下一步", "同时，" + sentence.replace("，", "") + "。")
    found = list(repeated_sentence(doc))
    assert len(list(duplicate_paragraph(doc))) == 1
    assert [doc.position(f.start)[0] for f in found] == []  # "同时，…" is a different sentence
    doc = doc_of(sentence + LONG_B, LONG_C, sentence + LONG_B, "三、下一步", "开展评查。" + sentence)
    found = list(repeated_sentence(doc))
    assert [doc.position(f.start)[0] for f in found] == [5]
    assert doc.position(found[0].related[0].start)[0] == 1


@pytest.mark.parametrize("text", [
    "一是加强学习。二是强化宣传。\n一是完善制度。二是规范执法。",
    "现将有关情况报告如下：\n一、基本情况\n现将有关情况报告如下：",
    "序码：一、 not 一., （一） not （一）、, 1. not 1、",
    "不得写作“2024.3.1”，“2024/3/1”，“2024、3、1”。",
    "好，好，好。",
    "1月，召开党组会议专题研究法治工作。7月，召开党组会议专题研究法治工作。",
    "一、2023年度推进法治政府建设的主要举措和成效\n正文。\n一、2023年度推进法治政府建设的主要举措和成效",
])
def test_sentences_that_may_recur(text):
    assert list(repeated_sentence(Document.from_text(text))) == []


def test_messages_in_english():
    doc = doc_of("严格落实行政执法三项制度，严格落实行政执法三项制度。")
    (finding,) = repeated_sentence(doc)
    assert finding.message.en == "“严格落实行政执法三项制度” is written twice in a row"
    assert finding.help.en.startswith("delete")


def test_a_running_header_on_every_page_is_not_a_paste():
    header = "沙坪坝区城市管理局2021年法治政府建设年度报告"
    doc = doc_of(header, LONG_A, "— 1 —", header, LONG_B, "— 2 —", header, LONG_C, "— 3 —")
    assert list(duplicate_paragraph(doc)) == []


def test_a_title_written_twice_is_a_copy():
    title = "沙坪坝区城市管理局2021年法治政府建设年度报告"
    doc = doc_of(title, "（2022年1月25日）", title, LONG_A)
    found = list(duplicate_paragraph(doc))
    assert [lines_of(doc, f) for f in found] == [(3, 3)]


# -- a web page's title in its header, then the report's own title -------------------

WEB_TITLE = "某区2023年度法治政府建设情况报告"


def test_the_pages_title_echoed_by_the_articles_title_is_layout_not_a_copy():
    doc = doc_of("某区人民政府门户网站", WEB_TITLE, "来源：某区人民政府办公室 发布时间：2024-03-28 09:18",
                 WEB_TITLE, LONG_A)
    assert list(duplicate_paragraph(doc)) == []


def test_blank_lines_and_a_sites_lead_sentence_between_the_titles_are_the_pages_head():
    doc = Document.from_text(f"{WEB_TITLE}(精选文档)\n\n下面是小编为大家整理的{WEB_TITLE}，供大家参考。\n\n"
                             f"{WEB_TITLE}(精选文档)\n\n{LONG_A}")
    assert list(duplicate_paragraph(doc)) == []


def test_two_titles_in_a_row_at_the_top_are_the_pages_head():
    assert list(duplicate_paragraph(doc_of(WEB_TITLE, WEB_TITLE, "县委、县政府：", LONG_A))) == []


def test_a_title_written_again_once_the_body_has_begun_is_a_copy():
    doc = doc_of(WEB_TITLE, "一、主要工作", LONG_A, WEB_TITLE, LONG_B)
    found = list(duplicate_paragraph(doc))
    assert [lines_of(doc, f) for f in found] == [(4, 4)]


def test_a_header_title_inside_the_residue_is_left_to_web_residue():
    from lintlaw.checks._chrome import residue_paragraphs
    from lintlaw.checks.residue import web_residue

    doc = doc_of("索引号：11500106709335764X/2024-00118 信息分类：法治政府建设", WEB_TITLE,
                 "发布日期：2024-03-28 浏览次数：356", WEB_TITLE, LONG_A)
    assert 1 in residue_paragraphs(doc)  # the title between two metadata lines
    found, _ = run_rules(doc, [duplicate_paragraph, web_residue])
    # The header copy lies inside the chrome block that web-residue claims: one finding.
    assert [r.name for r, _ in found] == ["web-residue"]
    title = doc.paragraphs[1]
    assert found[0][1].start <= title.start and found[0][1].end >= title.end


def test_a_metadata_line_typed_twice_is_still_a_copy():
    line = "发布时间：2024-03-28 09:18 浏览次数：356"
    doc = doc_of(WEB_TITLE, line, line, LONG_A)
    (finding,) = duplicate_paragraph(doc)
    assert lines_of(doc, finding) == (3, 3)


def test_body_text_above_a_page_footer_is_an_ordinary_copy():
    doc = doc_of(WEB_TITLE, LONG_A, "【打印本页】【关闭窗口】", LONG_B, LONG_A)
    (finding,) = duplicate_paragraph(doc)
    assert lines_of(doc, finding) == (5, 5)


def test_parallel_items_that_differ_in_a_few_words_are_not_near_copies():
    doc = doc_of(
        "3月，组织开展“宪法宣传周”主题活动，在辖区主要街道设置咨询点，发放宣传资料，接受群众法律咨询。",
        "12月，组织开展“民法典宣传月”主题活动，在辖区主要街道设置咨询点，发放宣传资料，接受群众法律咨询。",
    )
    assert list(duplicate_paragraph(doc)) == []


def test_a_thirty_character_paragraph_one_character_off_is_a_near_copy():
    first = "严格落实行政执法全过程记录制度，规范执法文书制作和执法音像记录管理。"
    assert len(normalize(first)) >= 30
    doc = doc_of(first, "（二）存在问题", first.replace("规范执法", "规范了执法"))
    (finding,) = duplicate_paragraph(doc)
    assert finding.severity == "warning"


def test_a_running_header_is_not_a_repeated_sentence_either():
    header = "沙坪坝区城市管理局2021年法治政府建设年度报告"
    doc = doc_of(header, LONG_A, "— 1 —", header, LONG_B, "— 2 —", header, LONG_C, "— 3 —")
    assert list(repeated_sentence(doc)) == []


def test_a_section_pasted_again_is_found_past_its_table_of_contents_entry():
    toc = ["目录", "一、主要举措和成效", "（一）加强组织领导", "二、存在的不足和原因"]
    section = ["一、主要举措和成效", "（一）加强组织领导", LONG_A, LONG_B]
    doc = doc_of(*toc, *section, "二、存在的不足和原因", LONG_C, *section)
    found = list(duplicate_paragraph(doc))
    assert [lines_of(doc, f) for f in found] == [(11, 14)]
    assert related_lines(doc, found[0]) == (5, 8)


def test_clause_repeated_across_a_sentence_break_has_an_unsafe_fix():
    doc = doc_of("严格落实行政执法三项制度；严格落实行政执法三项制度，全年公示信息238条。")
    (finding,) = repeated_sentence(doc)
    assert not finding.fix.safe
    doc = doc_of("严格落实行政执法三项制度。严格落实行政执法三项制度。")
    (finding,) = repeated_sentence(doc)
    assert finding.fix.safe


def test_the_issuing_organ_at_the_top_and_in_the_signature_is_not_a_copy():
    organ = "中共晋城市委全面依法治市委员会办公室"
    doc = doc_of(organ, "2023年法治政府建设情况报告", LONG_A, LONG_B, organ, "2024年1月31日")
    assert list(duplicate_paragraph(doc)) == []
    assert list(repeated_sentence(doc)) == []


# -- a clause repeated in a row that lost or gained a leading adverb ------------------

@pytest.mark.parametrize("text, adverb", [
    ("2021年以来，共排查出涉企行政执法问题线索 5条，排查出涉企行政执法问题线索 5条，均已整改到位。", "共"),
    ("累计开展“法律进社区”宣传活动36场次，开展“法律进社区”宣传活动36场次。", "累计"),
    ("受理行政复议申请12件并依法审结，已受理行政复议申请12件并依法审结。", "已"),
    ("全年共办理法律援助案件85件，办理法律援助案件85件，挽回经济损失120万元。", "全年共"),
])
def test_clause_repeated_with_a_leading_adverb_more_or_less(text, adverb):
    doc = doc_of(text)
    (finding,) = repeated_sentence(doc)
    assert f"只差开头的“{adverb}”" in zh(finding.message)
    assert f"only the leading “{adverb}” differs" in finding.message.en
    assert not finding.fix.safe  # which wording is right is the writer's call
    assert finding.help.en == "delete one of them and keep the right wording"
    first = doc.text[finding.related[0].start:finding.related[0].end]
    second = doc.text[finding.start:finding.end]
    assert first.replace(" ", "") in (adverb + second.replace(" ", ""), second.replace(" ", "")[len(adverb):])


def test_the_adverb_variant_keeps_the_first_wording_when_fixed():
    doc = doc_of("共排查出涉企行政执法问题线索5条，排查出涉企行政执法问题线索5条，均已整改到位。")
    (finding,) = repeated_sentence(doc)
    assert apply(doc, finding.fix) == "共排查出涉企行政执法问题线索5条，均已整改到位。"


@pytest.mark.parametrize("text", [
    # Short clauses: the adverb may carry the meaning (共5件 is a total, 5件 a part).
    "共办结5件，办结5件。",
    "已完成整改3项，完成整改3项。",
    # Parallel items that differ by more than an adverb.
    "共开展执法检查12次，开展联合执法检查8次。",
    "开展“宪法宣传周”主题活动，开展“民法典宣传月”主题活动。",
    "严格落实行政执法公示制度，也严格落实行政执法全过程记录制度。",
    # The same words in two paragraphs are not “in a row”.
    "共排查出涉企行政执法问题线索5条，\n排查出涉企行政执法问题线索5条，均已整改到位。",
])
def test_clauses_that_are_not_adverb_variants(text):
    assert list(repeated_sentence(Document.from_text(text))) == []


# -- a long run written twice at the start of a line, nothing between -----------------

def test_a_title_written_twice_on_one_line():
    title = "县司法局2022年法治政府建设年度报告"
    doc = doc_of("1、" + title + title + "2022年，我局坚持依法行政。")
    (finding,) = repeated_sentence(doc)
    assert doc.text[finding.start:finding.end] == title
    assert finding.start == 2 + len(title)
    assert doc.text[finding.related[0].start:finding.related[0].end] == title
    assert "紧接着写了两遍" in zh(finding.message)
    assert finding.message.en.endswith("is written twice with nothing between")
    assert finding.fix.safe
    assert apply(doc, finding.fix) == "1、" + title + "2022年，我局坚持依法行政。"


def test_a_title_written_twice_with_a_space_between():
    title = "某县2023年法治政府建设情况报告"
    doc = doc_of(title + " " + title)
    (finding,) = repeated_sentence(doc)
    assert apply(doc, finding.fix) == title


@pytest.mark.parametrize("text", [
    "2022 2022年度工作总结",  # figures, not words
    "案件类型 办理数量 案件类型 办理数量",  # two tables side by side
    "依法行政依法行政工作扎实推进。",  # four characters: doubled-word's
    "（一）加强组织领导。加强组织领导，是做好法治工作的关键。",
    "法治政府建设，法治政府建设的重点在于依法行政。",
])
def test_lines_that_only_look_like_a_doubled_run(text):
    assert list(repeated_sentence(Document.from_text(text))) == []


# -- repeated-sentence reads the document model's clauses and sentences without building them ------

TRICKY_CUTS = [
    "加强普法宣传， 加强普法宣传，营造氛围。",
    "A。 。加强普法宣传；加强普法宣传。”加强普法宣传，",
    "“严格落实行政执法三项制度。”“严格落实行政执法三项制度。”，，",
    "严格落实制度\u3000，严格落实制度\xa0。\u200b严格落实制度：\xa0，",
    "\u200b一、总体情况\n\n  全年共受理行政复议案件6件；均在法定期限内办结？？  \n",
]


def _texts(seed_path):
    texts = list(TRICKY_CUTS)
    for name in ("000", "001", "002", "003", "004"):
        with open(seed_path(name), encoding="utf-8") as f:
            texts.append(f.read())
    return texts


def test_clause_pieces_are_the_models_clauses(seed_path):
    from lintlaw.checks.duplicates import _Clauses

    for text in _texts(seed_path):
        doc = Document.from_text(text)
        clauses = _Clauses(doc)
        spans = [s for s in map(clauses.span, range(len(clauses.pieces))) if s]
        assert spans == [(c.start, c.end) for c in doc.clauses], text[:40]


def test_sentence_keys_from_the_paragraph_are_those_of_its_sentences(seed_path):
    from lintlaw.checks._copies import sentence_keys

    for text in _texts(seed_path):
        doc = Document.from_text(text)
        with_stops = analyse(doc).with_stops
        by_paragraph = {}
        for sentence in doc.sentences:
            key = normalize(sentence.folded)
            if key:
                by_paragraph.setdefault(sentence.paragraph, []).append(key)
        for para in doc.paragraphs:
            assert sentence_keys(with_stops[para.index]) == by_paragraph.get(para.index, []), para.text[:40]


def test_a_near_copy_is_one_duplicate_finding_not_several_repeated_sentences():
    # issue 13: a sentence left out, a figure changed, a few words changed.
    original = ("局党组高度重视法治政府建设，成立了以局长为组长的法治政府建设领导小组。领导小组每季度召开一次会议，"
                "研究解决法治建设中的重大问题。局主要负责人认真履行推进法治建设第一责任人职责，做到重要工作亲自部署。")
    copies = [
        original.replace("领导小组每季度召开一次会议，研究解决法治建设中的重大问题。", ""),
        original.replace("每季度", "每半年").replace("重要工作", "重点工作"),
        original + "全年召开专题会议4次。",
    ]
    for copy in copies:
        doc = doc_of(original, "二、存在的不足", "个别执法人员业务能力有待提升。", copy)
        found, _ = run_rules(doc, [duplicate_paragraph, repeated_sentence])
        assert [(r.name, lines_of(doc, f)) for r, f in found] == [("duplicate-paragraph", (4, 4))], copy
        assert found[0][1].related[0].start == 0


def test_two_records_of_one_sentence_that_differ_in_figures_are_not_a_copy():
    doc = doc_of("3月，组织全体执法人员开展《中华人民共和国行政处罚法》专题培训，参训人员共计120人次。",
                 "9月，组织全体执法人员开展《中华人民共和国行政处罚法》专题培训，参训人员共计135人次。")
    assert list(duplicate_paragraph(doc)) == []


@pytest.mark.parametrize("text,repeat", [
    ("县市场监管局加强食品安全监管，全年抽检食品样品1260批次，及时处置不合格产品。"
     "通过专项整治，食品安全形势总体平稳。全年抽检食品样品1260批次。", "全年抽检食品样品1260批次"),
    ("区城管局着力提升执法规范化水平。一是严格落实行政执法三项制度，执法全过程记录实现全覆盖；"
     "二是开展执法案卷评查，执法全过程记录实现全覆盖；三是加强执法人员培训。", "执法全过程记录实现全覆盖"),
])
def test_a_clause_written_again_further_on_in_its_paragraph(text, repeat):
    doc = Document.from_text(text)
    (finding,) = repeated_sentence(doc)
    assert doc.text[finding.start:finding.end] == repeat
    assert finding.start > text.find(repeat)


@pytest.mark.parametrize("text", [
    "1月，召开党组会议专题研究法治工作。7月，召开党组会议专题研究法治工作。",
    "一是加强组织领导，确保工作落实；二是加强宣传引导，确保工作落实到位；三是加强督促检查。",
    "全面落实行政执法公示制度。\n二、规范执法\n全年抽检食品样品1260批次，全面落实行政执法公示制度。",
])
def test_clauses_that_may_recur(text):
    assert list(repeated_sentence(Document.from_text(text))) == []


@pytest.mark.parametrize("text,repeat", [
    ("（一）深化审批制度改革。全面推行告知承诺制，压减审批时限，持续优化法治化营商环境。\n"
     "（二）加强事中事后监管。开展联合抽查32次。持续优化法治化营商环境。", "持续优化法治化营商环境"),
    # the next item's heading alone on its line between the two
    ("1.健全学法制度。全年集中学法6次，不断提高依法行政能力和水平。\n2.强化执法监督\n"
     "全年评查行政执法案卷80卷。不断提高依法行政能力和水平。", "不断提高依法行政能力和水平"),
])
def test_the_clause_closing_one_item_written_again_as_a_sentence_in_the_next(text, repeat):
    doc = Document.from_text(text)
    (finding,) = repeated_sentence(doc)
    assert doc.text[finding.start:finding.end] == repeat
    assert finding.start > text.find(repeat)
    assert finding.related[0].start == text.find(repeat)


@pytest.mark.parametrize("text", [
    # a parallel ending: the clause closes a sentence in both items
    "一是加强行政复议工作，办结复议案件23件，有效化解行政争议。\n二是规范行政应诉工作，出庭应诉率100%，有效化解行政争议。",
    # a refrain: closing every item
    "（一）落实学法制度。集中学法8次。确保学法工作落到实处。\n（二）丰富学法形式。网上考试2次。确保学法工作落到实处。\n"
    "（三）强化结果运用。纳入年度考核，确保学法工作落到实处。",
    # the next item's run-in heading restates the clause
    "区司法局坚持以人民为中心，全面提升公共法律服务水平。\n（一）全面提升公共法律服务水平。建成工作室126个。",
    # not the next item
    "全年集中学法6次，不断提高依法行政能力和水平。\n全年开展执法检查15次。\n全年评查案卷80卷。不断提高依法行政能力和水平。",
])
def test_clause_endings_that_come_back_rightly(text):
    assert list(repeated_sentence(Document.from_text(text))) == []


@pytest.mark.parametrize("text", [
    "2023年，县人社局在县委县政府的坚强领导下，持续加强组织领导，推动法治政府建设提质增效。"
    "一、加强组织领导，推动法治政府建设提质增效\n局党组坚持把法治建设摆在突出位置。",
    "市城管局坚持以人民为中心，全面提升城市精细化管理水平。（一）全面提升城市精细化管理水平\n全年办理简易程序案件320件。",
])
def test_a_heading_stuck_to_the_paragraph_it_restates_is_no_repeated_clause(text):
    doc = Document.from_text(text)
    assert list(repeated_sentence(doc)) == []
    from lintlaw.checks.punctuation import paragraph_end
    found, _ = run_rules(doc, [paragraph_end, repeated_sentence])
    assert [rule.name for rule, _ in found] == ["paragraph-end"]


def test_clauses_again_in_every_next_item_cost_grows_linearly():
    # Every item closes on a clause of its own and repeats the one before: a finding each,
    # and the refrain count is made once for the whole text, not once a finding.
    from growth import growth

    def items(k):
        return "\n".join(f"（{i}）加强工作，持续推进第{i:05d}号事项落实到位。全年开展{i}次。"
                         f"持续推进第{i - 1:05d}号事项落实到位。" for i in range(1, k + 1))

    assert len(list(repeated_sentence(Document.from_text(items(50))))) == 49
    assert growth(lambda text: list(repeated_sentence(Document.from_text(text))), items, 300, repeat=3) < 10
