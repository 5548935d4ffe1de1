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


def test_the_session_18_forms_point_at_the_number_and_fix_it_whole(run_cli, tmp_path):
    # The year with 年 after the code, the number without 号, the year before the code.
    assert spans("（县政办发2023年12号）") == ["2023年12号"]
    assert spans("（城中政办〔2024〕19）") == ["〔2024〕19"]
    assert spans("（〔2023〕鹤办发15号）") == ["〔2023〕鹤办发15号"]
    assert spans("2023年12号台风过境；在〔2021〕京民终12号案件中；某府办〔2023〕1 2号") == []
    path = tmp_path / "r.txt"
    path.write_text("依据（县政办发2023年12号）（城中政办〔2024〕19）（〔2023〕鹤办发15号）执行。\n", encoding="utf-8")
    code, _, _ = run_cli("--fix", "--select", "document-number", str(path))
    assert code == 0
    assert path.read_text(encoding="utf-8") == "依据（县政办发〔2023〕12号）（城中政办〔2024〕19号）（鹤办发〔2023〕15号）执行。\n"


@pytest.mark.parametrize("text", [
    "国发[2016]9号和某府发【2016】10号以及（2016）11号，［2020］ 3号",
    "[[2016]9号（（2016）9号【［2016］9号",
    "国发[2016）9号，某发【2016]9号",
    "",
])
def test_the_scans_by_bracket_find_what_the_one_pattern_finds(text):
    assert [m.groups() for m in _wrong_bracket_matches(text)] == [m.groups() for m in WRONG_BRACKETS.finditer(text)]


def test_a_document_number_without_its_sequence_number_is_reported():
    found = [f.message.zh for f in document_number(Document.from_text("根据《通知》（福莲办〔2023〕号）要求，开展普法工作。"))]
    assert found == ["发文字号缺少发文顺序号：“〔2023〕号”"]
    assert list(document_number(Document.from_text("（〔2023〕号）"))) == []  # no issuer: a fragment, not a number


@pytest.mark.parametrize("text, shown", [
    ("（某府办发﹝2021﹞33号）", "﹝2021﹞33号"),
    ("（某府办发〖2021〗33号）", "〖2021〗33号"),
    ("（某府办发〔二〇二一〕33号）", "〔二〇二一〕33号"),
    ("（某府办发〔2021年〕33号）", "〔2021年〕33号"),
    ("（某府办发〔2021〕三十三号）", "〔2021〕三十三号"),
    ("（某府办发2021年第33号）", "2021年第33号"),
])
def test_look_alike_brackets_and_written_numerals(text, shown):
    assert spans(text) == [shown]


def test_a_year_of_numerals_without_an_issuer_is_no_document_number():
    assert spans("（〔二〇二一〕33号）") == []


def test_a_year_still_to_come_is_a_slip():
    assert spans("（县政发〔2204〕3号）") == ["2204"]
    assert spans("（县政发〔2024〕3号）") == []
