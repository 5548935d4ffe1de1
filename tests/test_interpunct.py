"""interpunct: where the finding points and what its safe fix writes."""
from lintlaw.checks.interpunct import interpunct
from lintlaw.document import Document


def test_points_at_the_wrong_mark():
    doc = Document.from_text("积极参与“5▪15政务公开日”活动。")
    (finding,) = interpunct(doc)
    assert doc.text[finding.start:finding.end] == "▪"
    assert finding.message.zh == "“5▪15”中的“▪”应为间隔号“·”"
    assert "“5·15”" in finding.help.zh


def test_fix_writes_the_interpunct_and_nothing_else(run_cli, tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("组织“4 • 15”和“12•4”宣传活动。\r\n".encode("gb18030"))
    code, _, _ = run_cli("--fix", "--select", "interpunct", str(path))
    assert code == 0
    assert path.read_bytes() == "组织“4 · 15”和“12·4”宣传活动。\r\n".encode("gb18030")
