"""document-number: where it points and what its safe fix writes."""
import pytest

from lintlaw.checks.docnumbers import WRONG_BRACKETS, _wrong_bracket_matches, document_number
from lintlaw.document import Document


def spans(text):
    doc = Document.from_text(text)
    return [doc.text[f.start:f.end] for f in document_number(doc)]


def test_points_at_the_year_and_number():
    assert spans("（国发[2010]33号）") == ["[2010]33号"]
    assert spans("某政发〔2020〕第008号") == ["第008号"]
    assert spans("某府发〔21〕3号") == ["〔21〕"]


def test_court_case_numbers_and_mismatched_marks_are_left_alone():
    assert spans("（2021）渝0106行初123号") == []
    assert spans("国发[2010）33号") == []


def test_fix_writes_the_standard_form(run_cli, tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("根据国发 [2010] 33号和某政发〔2020〕第008号执行。\r\n".encode("gb18030"))
    code, _, _ = run_cli("--fix", "--select", "document-number", str(path))
    assert code == 0
    assert path.read_bytes() == "根据国发〔2010〕33号和某政发〔2020〕8号执行。\r\n".encode("gb18030")


@pytest.mark.parametrize("text", [
    "国发[2016]9号和某府发【2016】10号以及（2016）11号，［2020］ 3号",
    "[[2016]9号（（2016）9号【［2016］9号",
    "国发[2016）9号，某发【2016]9号",
    "",
])
def test_the_scans_by_bracket_find_what_the_one_pattern_finds(text):
    assert [m.groups() for m in _wrong_bracket_matches(text)] == [m.groups() for m in WRONG_BRACKETS.finditer(text)]
