"""missing-section (LL101) and heading-numbering (LL102): on the seeds and on report-style outlines."""
from __future__ import annotations

import pathlib

import pytest

from lintlaw.document import Document
from lintlaw.registry import registry
from lintlaw.readers import read

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"
MISSING = registry().get("missing-section")
NUMBERING = registry().get("heading-numbering")


def seed(prefix: str) -> Document:
    return Document(read(str(next(SEEDS.glob(prefix + "_*.txt")))))


def run(rule_, text: str, **settings):
    d = Document.from_text(text, settings=settings or None)
    return d, list(rule_(d))


def summary(d, findings):
    return [(d.position(f.start)[0], f.severity, d.text[f.start:f.end]) for f in findings]


# -- missing-section on the seeds ---------------------------------------------------------------
def test_seed_000_duty_only_in_body_and_no_part_five():
    d = seed("000")
    found = list(MISSING(d))
    assert [f.severity for f in found] == ["warning", "info"]
    assert all(d.position(f.start) == (1, 1) for f in found)
    duty, other = found
    assert "第一责任人" in duty.message.zh and "只在正文中提到" in duty.message.zh
    assert d.position(duty.related[0].start)[0] == 4
    assert "2020年度党政主要负责人履行推进法治建设第一责任人职责情况" in duty.help.zh
    assert "其他需要报告的情况" in other.message.zh


def test_seed_001_has_all_five_parts():
    assert list(MISSING(seed("001"))) == []


def test_seed_002_reports_at_the_title_after_metadata():
    d = seed("002")
    found = list(MISSING(d))
    assert [(d.position(f.start)[0], f.severity) for f in found] == [(5, "warning"), (5, "info")]
    assert d.position(found[0].related[0].start)[0] == 14


def test_seed_003_lacks_only_part_five():
    d = seed("003")
    found = list(MISSING(d))
    assert [(d.position(f.start)[0], f.severity) for f in found] == [(5, "info")]


def test_seed_004_pufa_summary_is_no_annual_report():
    assert list(MISSING(seed("004"))) == []


# -- missing-section: severities, settings, messages --------------------------------------------------
REPORT = "××区司法局2023年度法治政府建设情况报告\n"
PARTS = {
    "measures": "一、2023年度推进法治政府建设的主要举措和成效\n全年审查重大行政决策3件。\n",
    "shortcomings": "二、2023年度推进法治政府建设存在的不足和原因\n基层执法力量不足。\n",
    "duty": "三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持专题研究法治工作4次。\n",
    "plan": "四、2024年度推进法治政府建设的主要安排\n加强执法监督。\n",
    "other": "五、其他需要报告的情况\n无。\n",
}


def report_without(*missing: str) -> str:
    return REPORT + "".join(text for key, text in PARTS.items() if key not in missing)


@pytest.mark.parametrize("missing,severity,number", [
    ("measures", "error", "一"), ("shortcomings", "error", "二"), ("duty", "error", "三"),
    ("plan", "error", "四"), ("other", "info", "五"),
])
def test_each_absent_part(missing, severity, number):
    d, found = run(MISSING, report_without(missing))
    assert len(found) == 1
    assert found[0].severity == severity
    assert f"第{number}部分" in found[0].message.zh
    assert d.text[found[0].start:found[0].end] == "××区司法局2023年度法治政府建设情况报告"
    assert found[0].message.en and found[0].help.en


def test_plan_help_names_the_next_year():
    _, found = run(MISSING, report_without("plan"))
    assert "2024年度推进法治政府建设的主要安排" in found[0].help.zh


def test_order_does_not_matter():
    text = REPORT + PARTS["duty"] + PARTS["plan"] + PARTS["measures"] + PARTS["other"] + PARTS["shortcomings"]
    assert run(MISSING, text)[1] == []


def test_part_named_in_a_sub_heading_counts():
    text = (REPORT + PARTS["measures"] + "（一）党政主要负责人履行第一责任人职责情况。局长带头学法。\n"
            + PARTS["shortcomings"] + PARTS["plan"] + PARTS["other"])
    assert run(MISSING, text)[1] == []


def test_profile_none_turns_it_off_and_explicit_profile_turns_it_on():
    assert run(MISSING, report_without("duty"), profile="none")[1] == []
    summary_text = "××市司法局2023年工作总结\n一、主要工作\n办理法律援助案件320件。\n二、主要经验\n坚持依法办事。"
    assert run(MISSING, summary_text)[1] == []
    _, found = run(MISSING, summary_text, profile="annual-report")
    assert [f.severity for f in found] == ["error", "error", "error", "info"]


def test_user_profile_with_body_severity_one_step_softer():
    tables = {"zj": {"description": "工作总结", "title": ["工作总结"], "parts": [
        {"name": "存在问题", "headings": ["存在.{0,4}问题"], "body": ["存在[^。]{0,10}问题"], "severity": "warning"},
        {"name": "下一步打算", "headings": ["下一步|下步|打算"]},
        {"name": "经验体会", "headings": ["体会"], "severity": "info"},
    ]}}
    text = "××市司法局2023年工作总结\n一、主要工作\n办理案件320件，但仍存在执法不规范等问题。\n二、下一步打算\n加强培训。"
    d, found = run(MISSING, text, profiles=tables)
    assert [(f.severity, f.message.zh[:6]) for f in found] == [("info", "第一部分“存"), ("info", "工作总结缺少")]
    assert "经验体会" in found[1].message.zh


def test_english_messages():
    _, found = run(MISSING, report_without("duty"))
    assert "part 3" in found[0].message.en and "first person responsible" in found[0].message.en


# -- heading-numbering on the seeds ------------------------------------------------------------------
def test_seed_002_heading_lost_its_number():
    d = seed("002")
    found = list(NUMBERING(d))
    assert len(found) == 1
    f = found[0]
    assert d.position(f.start) == (42, 1) and d.text[f.start:f.end] == ")"
    assert "（三）" in f.message.zh
    assert f.fix is not None and not f.fix.safe and f.fix.edits[0].replacement == "（三）"


@pytest.mark.parametrize("prefix", ["000", "001", "003", "004"])
def test_other_seeds_number_their_outline_correctly(prefix):
    d = seed(prefix)
    assert list(NUMBERING(d)) == [], summary(d, NUMBERING(d))


def test_a_block_pasted_twice_is_no_numbering_error():
    block = ("一、加强组织领导，全面落实责任\n1、成立组织。成立普法领导小组。\n2、明确任务。定期召开会议。\n"
             "二、存在问题及下步工作措施\n1、扎实开展普法工作。\n2、加强法治队伍建设。\n")
    assert run(NUMBERING, "新洲区城管委普法工作总结\n" + block + block)[1] == []


# -- heading-numbering: sequences -------------------------------------------------------------------------
def test_skip_repeat_and_restart_report_the_marker():
    d, found = run(NUMBERING, "一、主要举措\n办理案件。\n二、存在问题\n人员不足。\n四、下一步打算\n加强培训。")
    assert summary(d, found) == [(5, None, "四、")]
    assert "缺少“三、”" in found[0].message.zh
    d, found = run(NUMBERING, "（一）健全制度。修订规则。\n（二）强化监督。开展检查。\n（二）加强培训。举办培训班。\n（四）深化改革。推进改革。")
    assert summary(d, found) == [(3, None, "（二）")]  # (四) follows the repeated one meant as (三)
    d, found = run(NUMBERING, "1.压缩审批时限。缩短至3日。\n2.推行告知承诺制。\n3.推进一网通办。\n1.加强事中事后监管。")
    assert summary(d, found) == [(4, None, "1.")]
    assert "起头" in found[0].message.zh


def test_a_speech_opening_with_its_salutation_starts_its_outline_at_one():
    speech = ("各位代表：\n现在，我代表市中级人民法院向大会报告工作，请予审议。\n"
              "2023年，全市法院在市委领导下认真履行职责。\n{first}、坚持公正司法\n全年办结案件2.6万件。\n"
              "{second}、加强队伍建设\n开展培训12次。")
    d, found = run(NUMBERING, speech.format(first="二", second="三"))
    assert summary(d, found) == [(4, None, "二、")]
    assert run(NUMBERING, speech.format(first="一", second="二"))[1] == []
    # an excerpt without the salutation may start at any part
    assert run(NUMBERING, "2023年，全市法院认真履行职责。\n二、坚持公正司法\n全年办结案件2.6万件。")[1] == []


def test_one_error_does_not_cascade():
    _, found = run(NUMBERING, "一、甲\n内容。\n二、乙\n内容。\n四、丙\n内容。\n五、丁\n内容。\n六、戊\n内容。")
    assert len(found) == 1


def test_first_child_must_start_at_one():
    d, found = run(NUMBERING, "一、主要举措\n（二）强化监督。开展检查。\n（三）加强培训。举办培训班。")
    assert summary(d, found) == [(2, None, "（二）")]


def test_document_may_start_midway_an_excerpt():
    assert run(NUMBERING, "三、下一步工作计划\n（一）深入推进改革。\n（二）做好执法监督。")[1] == []


def test_restart_scheme_and_run_on_scheme_both_accepted():
    restart = "一、甲\n（一）子甲。\n（二）子乙。\n二、乙\n（一）子丙。\n（二）子丁。\n三、丙\n（一）子戊。"
    run_on = "一、甲\n（一）子甲。\n（二）子乙。\n二、乙\n（三）子丙。\n（四）子丁。\n三、丙\n（五）子戊。"
    assert run(NUMBERING, restart)[1] == []
    assert run(NUMBERING, run_on)[1] == []


def test_mixed_schemes_warn_at_the_minority():
    text = ("一、甲\n（一）a\n1.x。\n2.y。\n（二）b\n3.z。\n4.w。\n二、乙\n（一）c\n5.v。\n（二）d\n1.u。\n2.t。")
    d, found = run(NUMBERING, text)
    assert summary(d, found) == [(12, "warning", "1.")]


def test_new_list_after_a_lead_in_colon():
    text = "（二）强化监督。\n开展了以下工作：\n1.开展执法检查。\n2.评查执法案卷。\n同时，重点抓好以下方面：\n1.规范文书。\n2.统一标准。"
    assert run(NUMBERING, text)[1] == []


def test_child_numbered_like_its_parent():
    text = "一、主要举措和成效\n一、加强组织领导\n内容。\n二、健全工作机制\n内容。\n二、存在的不足\n执法力量不足。"
    d, found = run(NUMBERING, text)
    assert summary(d, found) == [(2, None, "一、")]
    assert "（一）" in found[0].help.zh
    assert d.position(found[0].related[0].start)[0] == 1


def test_plan_items_numbered_like_their_parent_after_a_lead_in():
    text = "三、2024年工作安排\n2024年，我局将重点做好以下工作：\n一、加强组织领导。\n二、强化执法监督。\n三、深化普法宣传。"
    d, found = run(NUMBERING, text)
    assert summary(d, found) == [(3, None, "一、")]


# One slip, one finding: two neighbours swapped, and a level's first item numbered as its second.
def test_two_neighbouring_numbers_swapped_are_one_finding():
    text = ("一、主要举措和成效\n（一）加强组织领导。内容。\n（三）规范行政执法。内容。\n（二）强化监督制约。内容。\n"
            "（四）深化普法宣传。内容。\n二、存在的不足\n（一）队伍有待加强。内容。")
    d, found = run(NUMBERING, text)
    assert summary(d, found) == [(3, None, "（三）")]
    assert "前后颠倒" in found[0].message.zh and "（二）" in found[0].message.zh
    assert d.position(found[0].related[0].start)[0] == 4


def test_a_first_item_numbered_as_the_second_is_one_finding():
    text = ("一、主要举措和成效\n（一）加强组织领导。内容。\n（二）规范行政执法。内容。\n二、存在的不足\n"
            "（二）队伍有待加强。内容。\n（二）普法针对性不强。内容。\n（三）监督不够有力。内容。")
    d, found = run(NUMBERING, text)
    assert summary(d, found) == [(5, None, "（二）")]


# -- heading-numbering: lost markers ---------------------------------------------------------------------------
def test_lost_opening_bracket():
    text = "（一）健全制度。修订规则。\n（二）强化监督。开展检查。\n三）加强培训。举办培训班4期。"
    d, found = run(NUMBERING, text)
    assert summary(d, found) == [(3, None, "三）")]
    assert found[0].fix.edits[0].replacement == "（三）"


def test_lost_numeral_before_dun():
    d, found = run(NUMBERING, "一、主要举措\n办理案件。\n、存在问题\n人员不足。\n三、下一步打算\n加强培训。")
    assert summary(d, found) == [(3, None, "、")]
    assert "二、" in found[0].message.zh


def test_half_bracket_list_style_is_not_a_lost_marker():
    text = "（一）健全制度。\n1）修订议事规则。\n2）完善审查流程。\n（二）强化监督。"
    assert run(NUMBERING, text)[1] == []


def test_closing_bracket_after_a_broken_line_is_not_a_lost_marker():
    text = ("（一）健全制度。修订规则。\n（二）强化监督。成立市委全面依法治市委员会办公室（以下简称“市法治办”\n"
            "）负责统筹协调。")
    assert run(NUMBERING, text)[1] == []


# -- heading-numbering: forms and false headings ---------------------------------------------------------------
def test_mixed_forms_at_one_level_one_info():
    text = "（一）甲\n1.修订规则。\n2、完善流程。\n3.开展检查。\n4.评查案卷。\n（二）乙\n1、规范文书。"
    d, found = run(NUMBERING, text)
    assert summary(d, found) == [(3, "info", "2、")]
    assert "“1.”3处" in found[0].message.zh and "“1、”2处" in found[0].message.zh


def test_numeral_pairs_are_not_headings():
    text = "一、主要举措\n一、二季度，全局共办理行政许可事项1200件。\n1、2月份，开展专项检查。\n二、存在问题\n人员不足。"
    assert run(NUMBERING, text)[1] == []


def test_attachments_are_not_checked():
    text = "三、下一步工作计划\n（一）深入推进改革。\n附件：\n1.2023年度行政执法数据统计表\n3.法治政府建设重点任务清单"
    assert run(NUMBERING, text)[1] == []


# -- heading-numbering: run-in ordinals -------------------------------------------------------------------------------
def test_run_in_ordinals_in_one_paragraph():
    d, found = run(NUMBERING, "二、强化执法监督\n全年开展执法检查。一是加强案卷评查；二是开展专项督查；二是落实执法责任制。")
    assert summary(d, found) == [(2, None, "二是")]
    assert "重复" in found[0].message.zh


def test_run_in_ordinals_across_paragraphs_and_nested():
    ok = ("（二）注重培训宣传\n一是领导干部带头学法。局党组坚持集体学法。\n二是加强执法人员培训。一是集中轮训；二是以案释法；"
          "三是旁听庭审。\n三是落实普法责任制。")
    assert run(NUMBERING, ok)[1] == []
    bad = "（二）注重培训宣传\n一是领导干部带头学法。\n二是加强执法人员培训。\n四是落实普法责任制。"
    d, found = run(NUMBERING, bad)
    assert summary(d, found) == [(4, None, "四是")]


def test_run_in_lists_restart_under_each_heading():
    text = "（一）甲\n一是健全制度。\n二是强化监督。\n（二）乙\n一是规范文书。\n二是统一标准。"
    assert run(NUMBERING, text)[1] == []


def test_words_ending_in_numeral_shi_are_not_ordinals():
    text = "一、总体情况\n坚持统一是前提，唯一是标准，同一是要求。第一是责任。"
    assert run(NUMBERING, text)[1] == []


def test_next_year_main_work_counts_as_the_plan_part():
    text = (REPORT + "一、2023年主要工作\n全年办理案件56件。\n" + PARTS["shortcomings"] + PARTS["duty"]
            + "四、2024年主要工作\n加强执法监督。\n" + PARTS["other"])
    assert run(MISSING, text)[1] == []


def test_run_in_items_split_between_paragraph_starts_and_inline():
    text = "（一）强化监督\n一是加强案卷评查。\n开展专项检查。二是开展专项督查。\n三是落实执法责任制。"
    assert run(NUMBERING, text)[1] == []


def test_run_in_outer_list_resumes_after_a_nested_one():
    text = "（一）强化监督\n一是A。二是B：一是a；二是b；三是c。三是C。四是D。"
    assert run(NUMBERING, text)[1] == []
    d, found = run(NUMBERING, "（一）强化监督\n一是A。二是B：一是a；二是b。四是C。")
    assert summary(d, found) == [(2, None, "四是")]


@pytest.mark.parametrize("headings", [
    ("一、主要成效和存在问题", "二、党政主要负责人履行推进法治建设第一责任人职责情况", "三、2024年工作重点", "四、其他事项"),
    ("一、2023年度推进法治政府建设的主要举措和成效（含党政主要负责人履行第一责任人职责情况）",
     "二、需要改进的地方", "三、下一步工作思路", "四、其他需要说明的情况"),
    ("一、法治政府建设工作开展情况", "二、工作中存在的不足", "三、主要负责同志述法情况", "四、今后努力方向",
     "五、其他需要报告的情况"),
])
def test_heading_variants_of_real_reports(headings):
    text = REPORT + "".join(h + "\n内容。\n" for h in headings)
    assert run(MISSING, text)[1] == []


def test_circled_lists_may_restart():
    text = "（1）规范执法程序。\n①统一文书。\n②规范取证。\n同时加强监督。\n①开展评查。\n②通报问题。"
    assert run(NUMBERING, text)[1] == []


def test_run_in_ordinals_at_paragraph_start_after_marks_and_spaces():
    text = ("（一）强化监督\n一是加强案卷评查；“二是”开展专项督查，三是落实执法责任制、四是 五是健全制度。\n"
            "\u3000\u3000六是规范文书。")
    assert run(NUMBERING, text)[1] == []
    d, found = run(NUMBERING, "（一）强化监督\n一是加强案卷评查。\n\u3000\u3000三是规范文书。")
    assert summary(d, found) == [(3, None, "三是")]


def test_run_in_ordinals_beyond_ten_and_words_that_are_not_ordinals():
    items = "".join(f"{n}是开展第{i}项工作；" for i, n in enumerate(
        ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"), start=1))
    assert run(NUMBERING, "（一）强化监督\n" + items)[1] == []
    d, found = run(NUMBERING, "（一）强化监督\n" + items + "十四是加强培训。")
    assert summary(d, found) == [(2, None, "十四是")]
    # 是否/是非 are no ordinals; a count "一二三" and a run of four numerals are none either
    text = "（一）强化监督\n一是核查是否合法；二是明辨是非，一是否决。口号“一二三是”、“一二三四是”。三是公开。"
    d, found = run(NUMBERING, text)
    assert summary(d, found) == []


def test_run_in_ordinals_in_attachments_are_not_read():
    text = "（一）强化监督\n一是加强案卷评查；二是开展专项督查。\n附件：1.执法检查情况表\n一是检查对象；三是检查结果。"
    assert run(NUMBERING, text)[1] == []
    text = "（一）强化监督\n一是加强案卷评查；三是开展专项督查。\n附近群众满意。\n附件：1.执法检查情况表"
    d, found = run(NUMBERING, text)
    assert summary(d, found) == [(2, None, "三是")]


def test_markers_written_as_number_strings_do_not_break_the_rule():
    d, found = run(NUMBERING, "一、基本情况\n一二三、主要做法\n一二四、存在问题\n一二六、下一步打算")
    assert found and all(f.message.zh and f.help.zh for f in found)


def test_long_outline_with_run_in_lists():
    # A long report: 400 parts of 12 sub-items with run-in lists; one skip near the end.
    parts = []
    for n in range(1, 401):
        parts.append(f"（{n}）第{n}项工作")
        parts.extend(f"{i}.落实第{i}项措施。一是健全制度；二是强化监督；三是加强培训。" for i in range(1, 13))
    parts[-5] = "14.落实补充措施。"
    d, found = run(NUMBERING, "\n".join(parts))
    assert summary(d, found) == [(len(parts) - 4, None, "14.")]


# -- the statistics table of a 政府信息公开工作年度报告 -------------------------------------------

def test_rows_of_the_disclosure_statistics_table_are_not_outline_headings():
    # The table's rows are numbered 一、二、三、四 under the report's own "三、", with （一）…（七）
    # and 1. 2. under 本年度办理结果: flattened into lines (with their number cells or without),
    # they are row labels, and the report's outline goes on with 四、 after them.
    table = (
        "一、本年新收政府信息公开申请数量{0}\n二、上年结转政府信息公开申请数量{0}\n三、本年度办理结果\n"
        "（一）予以公开{0}\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）{0}\n（三）不予公开\n"
        "1.属于国家秘密{0}\n2.其他法律行政法规禁止公开{0}\n（四）无法提供\n1.本机关不掌握相关政府信息{0}\n"
        "（七）总计{0}\n四、结转下年度继续办理{0}\n"
    )
    for cells in (" 5 1 0 0 0 0 6", "\t5\t1\t0\t0\t0\t0\t6", ""):
        text = ("一、总体情况\n全年主动公开政府信息216条。\n二、主动公开政府信息情况\n行政许可 146\n"
                "三、收到和处理政府信息公开申请情况\n" + table.format(cells)
                + "四、政府信息公开行政复议、行政诉讼情况\n无。\n五、存在的主要问题及改进情况\n无。\n")
        d, found = run(NUMBERING, text)
        assert summary(d, found) == [], cells


def test_a_real_restart_beside_a_table_of_numbers_is_still_reported():
    d, found = run(NUMBERING, "一、主要做法\n全年办理案件12件。\n二、存在问题\n执法力量不足。\n三、下一步打算\n"
                              "加强执法队伍建设。\n一、加强培训\n每季度组织一次培训。\n")
    assert [t for _, _, t in summary(d, found)] == ["一、"]


# -- missing-section on a report cut off -------------------------------------------------------
_OPENING = ("××县2023年度法治政府建设情况报告\n2023年，我县深入学习贯彻习近平法治思想，扎实推进法治政府建设。\n"
            "一、主要举措和成效\n（一）深化“放管服”改革。全年取消行政许可事项12项，")


@pytest.mark.parametrize("ending", [
    "",                                                          # cut after a comma
    "政务服务事项网上可办率达到98%，推动更多事项",                    # cut inside a clause
    "\n（二）严格规范公正文明执法。全年办理行政处罚案件326件，其中简易程序案件",
])
def test_a_report_cut_off_mid_sentence_lacks_no_part(ending):
    # an annual report's opening, copied from a web page that shows only its start
    assert run(MISSING, (_OPENING + ending))[1] == []


@pytest.mark.parametrize("ending", [
    "推动更多事项网上办理。\n（二）严格规范公正文明执法",
    "推动更多事项网上办理。\n二、存在的不足和原因\n执法力量不足。\n（一）执法队伍建设",
])
def test_a_report_cut_off_at_a_sub_heading_lacks_no_part(ending):
    # a part's sub-heading with nothing under it: no report ends so, the copy stopped there
    assert run(MISSING, (_OPENING + ending))[1] == []


def test_a_report_cut_off_inside_its_first_part_lacks_no_part():
    # the copy stops at a full stop, still under 一、: no report has only one part
    assert run(MISSING, (_OPENING + "推动更多事项网上办理。"))[1] == []
    assert run(MISSING, (_OPENING + "推动更多事项网上办理。\n责任编辑：张明"))[1] == []


@pytest.mark.parametrize("ending", [
    "推动更多事项网上办理。\n××县人民政府\n2024年3月1日",        # a signature and a date
    "推动更多事项网上办理。\n二、存在的不足和原因\n执法力量不足。",  # the outline goes on
    "推动更多事项网上办理。\n二、存在的不足和原因",                # a heading last
])
def test_a_whole_report_ending_in_a_sentence_signature_or_heading_still_lacks_its_parts(ending):
    d, found = run(MISSING, (_OPENING + ending))
    assert len(found) >= 3
