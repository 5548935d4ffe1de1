"""approx-contradiction: clashing or repeated approximation words around one number."""
import pathlib

import pytest

from lintlaw.checks.approx import approx_contradiction
from lintlaw.document import Document

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"


def run(text):
    doc = Document.from_text(text)
    return doc, list(approx_contradiction(doc))


@pytest.mark.parametrize(
    "text,span,severity",
    [
        ("发动各行各业、市民群众近5000余人，开展了3次城市环境大清洗活动。", "近5000余人", "error"),
        ("全年接待来访群众近百余人次。", "近百余人次", "error"),
        ("专项整治期间共出动执法人员将近2000多人次。", "将近2000多人次", "error"),
        ("参加宪法宣誓仪式的干部职工超过了300人以上。", "超过了300人以上", "error"),
        ("智能垃圾分类回收箱至少300个以上。", "至少300个以上", "error"),
        ("在线学法平台注册人数已超过5万以上。", "超过5万以上", "error"),
        ("问卷满意度超过95%以上。", "超过95%以上", "error"),
        ("赞成票超过三分之二以上。", "超过三分之二以上", "error"),
        ("处理投诉的平均用时不足3天左右。", "不足3天左右", "error"),
        ("被纠错的案件不到10件左右。", "不到10件左右", "error"),
        ("参训人员不足100余人。", "不足100余人", "error"),
        ("参考人员约300人左右。", "约300人左右", "warning"),
        ("法律顾问全年提供法律咨询大约500次左右。", "大约500次左右", "warning"),
        ("全年办理行政许可约有1000件左右。", "约有1000件左右", "warning"),
    ],
)
def test_clashing_marks(text, span, severity):
    doc, found = run(text)
    assert len(found) == 1, text
    f = found[0]
    assert doc.text[f.start:f.end] == span
    assert f.severity == severity
    assert f.help.zh and f.help.en and f.message.en


def test_help_offers_both_corrections():
    _, found = run("发动市民群众近5000余人。")
    assert "近5000人" in found[0].help.zh and "5000余人" in found[0].help.zh


@pytest.mark.parametrize(
    "text",
    [
        "新建停车场10处、新增停车位近4600个，主次干道两侧施划免费停车位14000余个。",
        "发放宣传册约3000份，培训业务骨干160余名。",
        "以上工作得到了市委、市政府的充分肯定。",  # 以上 = "the above"
        "近年来，我局多部门联合执法30余次，查处违法行为多起。",  # 近年来, 多部门
        "近期，我局开展了多元化纠纷化解工作。",
        "近十余年来，全区城市管理工作发生了深刻变化。",  # 近 = "the last" with a time span
        "近两年多来，我局持续推进“放管服”改革。",
        "用一个月左右时间完成了90余家建筑工地近3400名务工人员核酸检测。",
        "党组成员学法积分平均达到4000分以上，超额完成任务。",
        "预约上门服务24次，附近300余户居民受益。",  # 预约, 附近
        "最近3年多部门联合检查共计120次。",
        "参加宪法宣誓仪式的干部职工超过300人，其中处级以上领导干部46人。",
        "全年处理群众投诉的平均用时不足3天。",
        "执法记录仪配备率达到95%以上，超过了省定标准。",
        "做到了上下联动，3级以上部门协同推进。",
    ],
)
def test_single_or_distant_marks_are_fine(text):
    _, found = run(text)
    assert found == [], text


def test_seed_003_line_45():
    path = SEEDS / "003_86396e11f2b648b7.txt"
    if not path.exists():
        pytest.skip("seed not present")
    doc = Document.from_text(path.read_text(encoding="utf-8"))
    found = list(approx_contradiction(doc))
    assert [doc.position(f.start)[0] for f in found] == [45]
    assert doc.text[found[0].start:found[0].end] == "近5000余人"


@pytest.mark.parametrize("name", ["000_263503ede3fb5fe1.txt", "001_7f9a984bf7e657c9.txt", "002_1c9a1c717b36d385.txt", "004_cf09c887e7593fd8.txt"])
def test_other_seeds_are_quiet(name):
    path = SEEDS / name
    if not path.exists():
        pytest.skip("seed not present")
    assert list(approx_contradiction(Document.from_text(path.read_text(encoding="utf-8")))) == []


@pytest.mark.parametrize("text", ["通过行政调解化解的矛盾纠纷超过四成以上。", "全区超过3成以上的案件在复议阶段化解。"])
def test_a_share_in_cheng_is_one_finding(text):
    # The number model reads 四成 as a quantity and the share scan finds it too: one finding.
    assert len(run(text)[1]) == 1
