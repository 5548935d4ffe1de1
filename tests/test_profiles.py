"""Profiles: which kind of report a document is, its year, its parts; user profiles from config."""
from __future__ import annotations

import pytest

from lintlaw import config as config_mod
from lintlaw import profiles
from lintlaw.document import Document

ANNUAL_BODY = (
    "一、2023年度推进法治政府建设的主要举措和成效\n全年审查重大行政决策3件。\n"
    "二、2023年度推进法治政府建设存在的不足和原因\n基层执法力量不足。\n"
    "三、2023年度党政主要负责人履行推进法治建设第一责任人职责情况\n局长主持专题研究法治工作4次。\n"
    "四、2024年度推进法治政府建设的主要安排\n加强执法监督。\n"
    "五、其他需要报告的情况\n无。"
)


def doc(text: str, **settings) -> Document:
    return Document.from_text(text, settings=settings or None)


# -- the title -------------------------------------------------------------------------------
def test_title_after_web_metadata_and_navigation():
    d = doc(
        "更多>>信息公告\n- ·关于印发《2024年全市守法普法工作要点》的通知\n"
        "索引号: 11500106709335764X/2022-00118 信息分类名称: 城乡建设\n"
        "名称: 重庆市沙坪坝区城市管理局2021年法治政府建设年度报告\n"
        "重庆市沙坪坝区城市管理局2021年法治政府建设年度报告\n发布日期:2022-01-25\n"
        "2021年，区城市管理局坚持以习近平法治思想为指导。现将有关情况报告如下：\n" + ANNUAL_BODY
    )
    found = profiles.title(d)
    assert found is not None
    assert d.text[found.start:found.end] == "重庆市沙坪坝区城市管理局2021年法治政府建设年度报告"
    assert d.position(found.start) == (5, 1)
    assert profiles.is_annual(d)
    assert profiles.report_year(d) == 2021


def test_title_on_two_lines_organ_first():
    d = doc("晋城市城市管理局\n2020 年法治政府建设情况报告\n2020 年，晋城市城市管理局全面推进依法行政。\n" + ANNUAL_BODY)
    found = profiles.title(d)
    assert found.text == "晋城市城市管理局2020年法治政府建设情况报告"
    assert profiles.report_year(d) == 2020


def test_navigation_links_to_other_reports_are_not_the_title():
    d = doc(
        "- ·××区2022年法治政府建设年度报告\n- ·××区2021年法治政府建设年度报告\n"
        "新洲区城管委“七五”普法中期工作总结\n发布时间:2019-01-24 15:52 浏览次数:次\n"
        "“七五”普法实施以来，区城管委结合工作实际，不断提升城管法治水平。\n一、加强组织领导，全面落实责任"
    )
    assert profiles.title(d).text == "新洲区城管委“七五”普法中期工作总结"
    assert not profiles.is_annual(d)
    assert profiles.report_year(d) is None


def test_markdown_title_line_is_the_title_and_no_part():
    d = Document.from_text("# ××区2023年度法治政府建设情况报告\n\n" + ANNUAL_BODY.replace("\n", "\n\n"), kind="md")
    assert profiles.title(d).text == "××区2023年度法治政府建设情况报告"
    assert profiles.heading_parts(d)[0] == ()


@pytest.mark.parametrize("title,annual", [
    ("××区司法局2023年度法治政府建设情况报告", True),
    ("××县人民政府关于××县2023年度法治政府建设工作总结的报告", True),
    ("中共××区委 ××区人民政府关于2024年法治政府建设情况的报告", True),
    ("××市2023年法治政府建设年度报告", True),
    ("新洲区城管委“七五”普法中期工作总结", False),
    ("××市司法局2023年工作总结", False),
    ("××区法治政府建设督察反馈问题整改情况的报告", False),
    ("××县2023年上半年法治政府建设工作总结", False),
    ("××局党组书记2023年度述法报告", False),
])
def test_kinds_of_title(title, annual):
    assert profiles.title_is_annual(title) is annual


# -- untitled web copies: the opening and the outline -------------------------------------------------
def test_untitled_report_recognized_by_its_opening_sentence():
    d = doc("2023年，区生态环境局扎实推进依法行政。现将2023年度法治政府建设情况报告如下：\n一、主要举措和成效\n办理案件42件。")
    assert profiles.title(d) is None
    assert profiles.is_annual(d)
    assert profiles.report_year(d) == 2023


def test_untitled_report_recognized_by_opening_and_outline():
    d = doc(
        "2020年，长治市城市管理局党组不断强化党对法治政府建设的领导，为城市管理提供了有力的法治保障。\n"
        "一、法治建设情况\n（一）强化组织领导\n法治工作是一项全局性工作。\n"
        "二、法治政府建设中存在的短板\n人才缺乏。\n三、今后工作打算\n加强法治教育培训。"
    )
    assert profiles.is_annual(d)
    assert profiles.report_year(d) == 2020


def test_year_from_part_headings_when_the_opening_names_none():
    d = doc("一年来，凯里市综合行政执法局紧紧围绕法治政府建设目标，规范权力运行。现将具体情况报告如下。\n" + ANNUAL_BODY)
    assert profiles.is_annual(d)
    assert profiles.report_year(d) == 2023
    plan_only = doc("一年来，市水务局紧紧围绕法治政府建设目标依法履职。\n一、法治政府建设主要举措\n完善机制。\n"
                    "二、存在的不足\n宣传形式单一。\n三、2024年度推进法治政府建设的主要安排\n加强培训。")
    assert profiles.report_year(plan_only) == 2023


def test_a_work_summary_that_mentions_the_subject_is_not_the_annual_report():
    d = doc(
        "2023年，市司法局在市委市政府坚强领导下，全面推进法治政府建设，各项工作取得新进展。\n"
        "一、2023年工作开展情况\n办理法律援助案件320件。\n二、存在的问题\n基层人员不足。\n三、2024年工作打算\n加强队伍建设。"
    )
    assert not profiles.is_annual(d)
    assert profiles.resolve(d) is None


# -- parts and sections ------------------------------------------------------------------------------
def test_parts_found_by_heading_leading_run_and_body():
    d = doc(
        "××区司法局2023年度法治政府建设情况报告\n一、坚持党的领导，压实法治建设责任\n完善工作机制。\n"
        "二、依法全面履行政府职能\n局党组书记认真履行推进法治建设第一责任人职责，主持学法4次。\n"
        "三、存在的不足和原因\n执法力量薄弱。\n四、2024年工作安排\n加强执法监督。"
    )
    found = {m.part.key: m for m in profiles.find_parts(d, profiles.ANNUAL) if m}
    assert found["measures"].how == "leading"
    assert found["shortcomings"].how == "heading"
    assert found["duty"].how == "body"
    assert d.text[found["duty"].start:found["duty"].end].startswith("党组书记")
    assert found["plan"].how == "heading"
    assert "other" not in found


def test_citing_the_regulation_by_title_is_not_reporting_on_the_duty():
    d = doc("××区2023年度法治政府建设情况报告\n一、主要举措和成效\n严格执行《党政主要负责人履行推进法治建设第一责任人职责规定》。")
    found = profiles.find_parts(d, profiles.ANNUAL)
    assert found[2] is None


def test_combined_heading_counts_for_both_parts():
    d = doc("××区2023年度法治政府建设情况报告\n一、主要举措和成效\n办理案件。\n二、存在问题及下步工作措施\n加强培训。")
    keys = profiles.heading_parts(d)
    assert keys[1] == ("shortcomings", "plan")


def test_sections_and_paragraph_keys():
    d = doc("××区2023年度法治政府建设情况报告\n2023年，我局推进依法行政。\n" + ANNUAL_BODY)
    keys = profiles.paragraph_keys(d)
    by_text = {p.text[:6]: keys[p.index] for p in d.paragraphs}
    assert by_text["2023年，"] == ("opening",)
    assert by_text["全年审查重大"] == ("measures",)
    assert by_text["局长主持专题"] == ("duty",)
    assert by_text["加强执法监督"] == ("plan",)
    assert by_text["××区202"] == ()


# -- choosing the profile -----------------------------------------------------------------------------
def test_resolve_by_settings():
    text = "××区司法局2023年度法治政府建设情况报告\n" + ANNUAL_BODY
    assert profiles.resolve(doc(text)) is profiles.ANNUAL
    assert profiles.resolve(doc(text, profile="none")) is None
    other = "××市司法局2023年工作总结\n一、主要工作\n办理案件。"
    assert profiles.resolve(doc(other)) is None
    assert profiles.resolve(doc(other, profile="annual-report")) is profiles.ANNUAL
    with pytest.raises(profiles.UnknownProfile, match="annual-report"):
        profiles.resolve(doc(other, profile="no-such-profile"))


USER_TABLES = {
    "pufa": {
        "description": "普法工作总结",
        "title": ["普法.*总结"],
        "parts": [
            {"name": "主要做法和成效", "headings": ["做法|成效"]},
            {"name": "存在问题", "headings": ["存在.*问题"], "body": ["存在[^。]{0,10}问题"], "severity": "warning"},
            {"name": "下一步打算", "wording": "下一步工作打算", "heading": "下一步工作打算", "headings": ["下一步|下步"]},
        ],
    }
}


def test_user_profile_chosen_by_title_or_by_name():
    text = "××区司法局“八五”普法中期工作总结\n一、主要做法和成效\n开展宣传活动12场。"
    chosen = profiles.resolve(doc(text, profiles=USER_TABLES))
    assert chosen is not None and chosen.name == "pufa"
    assert [p.severity for p in chosen.parts] == ["error", "warning", "error"]
    assert profiles.resolve(doc("××市司法局2023年工作总结\n一、主要工作", profile="pufa", profiles=USER_TABLES)).name == "pufa"


@pytest.mark.parametrize("table,key", [
    ({"parts": [{"name": "x", "headings": ["a"]}], "colour": "red"}, "profiles.p.colour"),
    ({}, "profiles.p.parts"),
    ({"parts": []}, "profiles.p.parts"),
    ({"parts": [{"headings": ["a"]}]}, "profiles.p.parts[0].name"),
    ({"parts": [{"name": "x"}]}, "profiles.p.parts[0].headings"),
    ({"parts": [{"name": "x", "headings": ["(未闭合"]}]}, "profiles.p.parts[0].headings[0]"),
    ({"parts": [{"name": "x", "headings": ["a"], "severity": "fatal"}]}, "profiles.p.parts[0].severity"),
    ({"parts": [{"name": "x", "headings": ["a"], "wording": 3}]}, "profiles.p.parts[0].wording"),
    ({"parts": [{"name": "x", "headings": ["a"], "body": [""]}]}, "profiles.p.parts[0].body"),
    ({"parts": [{"name": "x", "headings": ["a"], "size": 1}]}, "profiles.p.parts[0].size"),
    ({"title": ["[unclosed"], "parts": [{"name": "x", "headings": ["a"]}]}, "profiles.p.title[0]"),
])
def test_bad_user_profile_names_its_key(table, key):
    with pytest.raises(profiles.ProfileError) as info:
        profiles.profile_from_table("p", table)
    assert info.value.key == key


def test_reserved_profile_names():
    with pytest.raises(profiles.ProfileError, match="reserved"):
        profiles.profile_from_table("none", {"parts": [{"name": "x", "headings": ["a"]}]})


# -- configuration ---------------------------------------------------------------------------------------
def test_config_accepts_user_profile_and_names(tmp_path):
    path = tmp_path / "lintlaw.toml"
    path.write_text(
        'profile = "pufa"\n[profiles.pufa]\ntitle = ["普法"]\n[[profiles.pufa.parts]]\nname = "存在问题"\n'
        'headings = ["问题"]\nseverity = "warning"\n', encoding="utf-8")
    cfg = config_mod.load_file(str(path))
    assert cfg.profile == "pufa"
    assert "pufa" in cfg.profiles


@pytest.mark.parametrize("text,needle", [
    ('[profiles.p]\n[[profiles.p.parts]]\nname = "x"\nheadings = ["(bad"]\n', "profiles.p.parts[0].headings[0]"),
    ('[profiles.p]\n[[profiles.p.parts]]\nname = "x"\nheadings = ["a"]\nseverity = "high"\n', "profiles.p.parts[0].severity"),
    ('[profiles.p]\nkind = "x"\n[[profiles.p.parts]]\nname = "x"\nheadings = ["a"]\n', "profiles.p.kind"),
    ('profile = "annual"\n', "annual-report"),
    ('profile = "mine"\n', "`profile`"),
])
def test_config_errors_name_file_and_key(tmp_path, text, needle):
    path = tmp_path / "lintlaw.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(config_mod.ConfigError) as info:
        config_mod.load_file(str(path))
    assert str(path) in str(info.value)
    assert needle in str(info.value)


@pytest.mark.parametrize("name", ["auto", "none", "annual-report"])
def test_config_builtin_profile_names(tmp_path, name):
    path = tmp_path / "lintlaw.toml"
    path.write_text(f'profile = "{name}"\n', encoding="utf-8")
    assert config_mod.load_file(str(path)).profile == name


def test_pyproject_profile_table(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.lintlaw]\nprofile = "zj"\n[tool.lintlaw.profiles.zj]\n'
                    '[[tool.lintlaw.profiles.zj.parts]]\nname = "工作打算"\nheadings = ["打算|计划"]\n', encoding="utf-8")
    assert config_mod.load_file(str(path)).profile == "zj"


# -- real page shapes -------------------------------------------------------------------------------------
def test_page_header_with_date_and_breadcrumb():
    d = doc(
        "今天是:2019年10月31日 星期三 农历十月初七\n工作报告\n您所在的位置:政务公开 > 工作报告\n"
        "2020年静海区法治政府建设情况报告\n文章来源:司法局 更新时间:2021/03/29 11:30:01\n"
        "2020年静海区法治政府建设情况报告\n2020年，静海区坚持以习近平新时代中国特色社会主义思想为指导。\n"
        "一、2020年推进法治政府建设的主要举措和成效\n（一）加强组织领导\n1.加强党的领导。区委常委会研究部署。\n"
        "2.强化考核评价。\n（二）依法全面履行政府职能\n3.深化行政审批制度改革。"
    )
    assert profiles.title(d).text == "2020年静海区法治政府建设情况报告"
    assert profiles.report_year(d) == 2020


def test_interpretation_of_a_report_is_not_the_report():
    d = doc(
        "【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读\n"
        "清水县人民政府 2024年01月08日\n"
        "按照省市法治政府建设工作要求，我县总结2023年全县法治政府建设工作，现解读如下：\n"
        "一、起草背景\n党中央高度重视法治政府建设。\n二、起草过程\n县司法局起草。\n三、报告框架和主要内容\n报告共包含三大部分。"
    )
    assert not profiles.is_annual(d)
    assert profiles.resolve(d) is None


@pytest.mark.parametrize("title", [
    "2023年区五年法治政府建设工作情况报告",
    "××区法治政府建设三年来工作情况的报告",
])
def test_multi_year_reports_are_not_annual(title):
    assert not profiles.title_is_annual(title)


def test_chinese_numeral_year_is_no_period():
    assert profiles.title_is_annual("××县二〇二三年度法治政府建设情况报告")
    d = doc("××县二〇二三年度法治政府建设情况报告\n" + ANNUAL_BODY)
    assert profiles.report_year(d) == 2023


def test_reports_before_the_regulation_get_no_profile():
    d = doc("淮安市人民政府关于2017年度法治政府建设情况的报告\n时间:2018-05-03  浏览次数:\n"
            "2017年，我们扎实推进法治政府建设。\n一、以贯彻落实党的十九大精神为指引\n（一）认真学习贯彻。")
    assert profiles.is_annual(d) and profiles.report_year(d) == 2017
    assert profiles.resolve(d) is None
    assert profiles.resolve(Document.from_text(d.text, settings={"profile": "annual-report"})) is profiles.ANNUAL


# -- part headings: wording and the fast path -------------------------------------------------------------------
@pytest.mark.parametrize("heading", [
    "一、2022年法治政府建设主要措施", "一、法治政府建设的主要措施", "一、主要措施", "一、2022年主要做法",
])
def test_measures_headings_without_results_word(heading):
    d = doc("××街道2022年度法治政府建设工作报告\n" + heading + "\n一、强化领导责任，夯实法治政府建设基础\n完善工作机制。")
    assert profiles.heading_parts(d)[0] == ("measures",)


def test_next_year_measures_heading_is_the_plan():
    d = doc("××街道2022年度法治政府建设工作报告\n一、主要做法和成效\n办理案件。\n二、2023年法治政府建设主要措施\n加强培训。")
    assert profiles.heading_parts(d) == [("measures",), ("plan",)]


def test_builtin_fast_path_reads_headings_as_the_patterns_do():
    """The built-in profile tries one combined pattern per part; a copy of it goes pattern by pattern."""
    import dataclasses
    headings = [
        "主要举措和成效", "工作开展情况", "2023年工作情况", "主要工作", "存在的问题和原因", "短板弱项", "面临的挑战",
        "党政主要负责人履行推进法治建设第一责任人职责情况", "主要领导履职情况", "下一步工作打算", "2024年工作计划",
        "努力方向", "其他需要报告的情况", "其他事项", "加强组织领导", "问题", "存在问题及下步工作措施",
        "主要成效和存在问题", "推进情况及2024年安排", "依法行政工作情况", "需要改进的地方", "今后工作措施",
    ]
    text = "××区2023年度法治政府建设情况报告\n" + "".join(f"（{i}）{h}\n内容。\n" for i, h in enumerate(headings, 1))
    d = doc(text)
    copy = dataclasses.replace(profiles.ANNUAL, name="copy")
    slow = profiles._raw_heading_parts(d, copy)
    assert profiles._annual_raw_parts(d) == slow
    assert sum(1 for keys in slow if keys) >= 18


# -- the year the document was written ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,year", [
    ("××市人民政府关于法治政府建设情况的报告\n（2023年5月30日在市六届人大常委会第二次会议上）\n市人大常委会：\n"
     "2022年，全市推进依法行政。", 2023),
    ("××区2022年度法治政府建设情况报告\n——2023年1月12日在区人大常委会会议上\n2022年，全区推进依法行政。", 2023),
    ("××区2022年度法治政府建设情况报告\n（二〇二三年一月十二日）\n2022年，全区推进依法行政。", 2023),
    ("索引号：000014349/2023-00012\n发布机构：××区司法局　成文日期：2023-01-06\n××区司法局2022年度法治政府建设情况报告\n"
     "2022年，全区推进依法行政。", 2023),
    ("××区2022年度法治政府建设情况报告\n2022年，全区推进依法行政。\n××区人民政府\n2023年2月10日", 2023),
    ("××区2022年度法治政府建设情况报告\n2022年，全区推进依法行政。\n2023年2月10日\n主办：××区人民政府办公室", 2023),
    ("××区2022年度法治政府建设情况报告\n发布日期：2023-02-10\n2022年，全区推进依法行政。", None),
    ("××区2022年度法治政府建设情况报告\n2023年2月10日\n2022年，全区推进依法行政。", None),
    ("××区2022年度法治政府建设情况报告\n2022年，全区推进依法行政。\n2022年6月26日\n"
     "开展“6·26”国际禁毒日集中宣传活动，发放宣传资料3000余份，取得良好效果。", None),
    ("××区2022年度法治政府建设情况报告\n2022年，规范性文件的成文日期：2022年5月前的一律清理。", None),
])
def test_writing_year(text, year):
    assert profiles.writing_year(doc(text)) == year
