"""template-placeholder: drafting placeholders left in a report, and the honest uses of the same marks."""

import pytest

from lintlaw.checks.placeholders import _MARKS, _mark_runs, template_placeholder
from lintlaw.document import Document


def _shown(text):
    doc = Document.from_text(text)
    return [doc.text[f.start:f.end] for f in template_placeholder(doc)]


@pytest.mark.parametrize("text,expected", [
    ("××市司法局2023年度法治政府建设情况报告", ["××"]),
    ("2021年，XX镇人民政府认真落实法治政府建设责任。", ["XX"]),
    ("报告期内，201x年度行政执法数据已全部公示。", ["201x"]),
    ("全年共计办理行政复议案件XX件，纠错率为xx%。", ["XX", "xx"]),
    ("印发《关于进一步规范行政执法的通知》（×政办发〔2023〕×号）。", ["×"]),
    ("区委依法治区委员会全年召开会议＊次，听取专题汇报☆☆项。", ["＊", "☆☆"]),
    ("*个协调小组共组织专题学习12次。", ["*"]),
    ("于X月X日召开专题会议，研究部署普法工作。", ["X", "X"]),
    ("由○○律师事务所提供法律服务，△△街道承办。", ["○○", "△△"]),
    ("荣获ｘ市普法先进单位称号。", ["ｘ"]),
    ("联系人：\n×××\n", ["×××"]),
])
def test_placeholders_are_flagged(text, expected):
    assert _shown(text) == expected


@pytest.mark.parametrize("text", [
    "在2×2米的展板上展示普法宣传内容，另设8×10米的法治文化墙。",
    "执法人数×人均办案量即为全年办案总数。",
    "配备X线机和X光安检设备各1台。",
    "Max Planck Institute 与 XX League 的代表参加交流。",
    "第XIX届全国法治论坛在京举行。",
    "XX世纪90年代以来，我国法治建设不断推进。",
    "二○○八年以来，全县累计开展普法活动300余场。",
    "□ 已完成\n□ 未完成",
    "☆个人信息保护专项行动\n△个别单位整改不到位",
    "案件当事人王××已履行处罚决定，身份证号5101**********1234。",
    "**重点工作**：加强行政执法监督。",
    "＊＊＊\n二、存在的不足",
    "××××××××××××××××××××",
    "某某街道办理的案件见附表*。",
    "获评☆☆☆☆级服务窗口。",
])
def test_honest_uses_are_left_alone(text):
    assert _shown(text) == []


def test_messages_name_the_placeholder_and_what_to_write():
    doc = Document.from_text("xx区教育局召开会议*次。")
    name, number = list(template_placeholder(doc))
    assert "“xx”" in name.message.zh and "名称" in name.help.zh
    assert "“*”" in number.message.zh and "数字" in number.help.zh
    assert "number" in number.help.en and "“*”" in number.message.en


def test_a_year_placeholder_points_at_the_whole_year():
    doc = Document.from_text("现将20xx年法治政府建设情况报告如下。")
    (finding,) = template_placeholder(doc)
    assert doc.text[finding.start:finding.end] == "20xx"


def test_half_width_and_full_width_letters_alike():
    assert _shown("ＸＸ县司法局") == ["ＸＸ"]
    assert _shown("XX县司法局") == ["XX"]


def test_a_long_document_of_lookalikes_gives_only_the_real_placeholder():
    # Timing belongs to benchmarks/run.py; here only what is found.
    text = ("全年办理行政复议案件12件，新建3×4米宣传栏，配备X光机1台。\n" * 40000) + "xx区司法局\n"
    doc = Document.from_text(text)
    found = list(template_placeholder(doc))
    assert [doc.text[f.start:f.end] for f in found] == ["xx"]


@pytest.mark.parametrize("text", ["xx区××县召开会议*次☆个", "", "x", "3×4米X光", "**一、", "xXx×○□△＊", "a x b", "×\n×"])
def test_runs_found_with_str_find_are_the_pattern_s_runs(text):
    assert _mark_runs(text) == [m.span() for m in _MARKS.finditer(text)]
