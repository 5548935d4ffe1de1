"""unbalanced-bracket beyond its documented examples: where the finding points, and big inputs."""
import pytest

from lintlaw.checks.brackets import unbalanced_bracket
from lintlaw.document import Document


def marks(text):
    doc = Document.from_text(text)
    return [(doc.text[f.start], doc.position(f.start)) for f in unbalanced_bracket(doc)]


def test_points_at_the_unpaired_mark():
    assert marks("按照《沙城管局发〔202191号》要求，全面推进依法行政。") == [("〔", (1, 9))]
    assert marks("第一段。\n)执法联动保障不足。") == [(")", (2, 1))]  # half-width, read as ）


def test_crossing_marks_report_the_inner_one():
    assert [m for m, _ in marks("开展“《宪法》进机关”》活动，营造尊法氛围。")] == ["》"]


def test_a_quote_closed_after_a_page_break_is_paired():
    assert marks("按照“法律\n进机关”的要求开展活动。") == []


def test_a_quote_still_open_when_the_continued_sentence_ends_is_reported_at_its_opening():
    assert marks("开展“法律进社区活动，\n加强社区居民法治教育。") == [("“", (1, 3))]


def test_a_truncated_line_of_a_link_list_is_not_a_bracket_defect():
    assert marks("- ·关于推进落实《“1名村(居)法律顾问+ N名法律\n- ·关于报送2022年度普法责任清单的通知") == []


def test_a_text_that_stops_inside_its_last_sentence_lost_the_closing_half_with_it():
    # A page's excerpt (or a copy cut short) ending right after the mark: the cut is the defect.
    head = "坚持以习近平法治思想为指导，扎实推进法治政府建设。\n"
    assert marks(head + "突出特色，打造法治品牌。优化队伍布局，组建“1+1+N”的“") == []
    assert marks(head + "深入贯彻《优化营商环境条例》《") == []
    assert marks(head + "对照“两个维护”的要求，严格落实“") == []
    # A mark opened in a sentence that ends, or in a paragraph that is not the text's last, is unpaired.
    assert marks(head + "组建“1+1+N”的“法律服务团。") == [("“", (2, 11))]
    assert marks("组建“1+1+N”的“\n" + head) == [("“", (1, 11))]


def test_many_open_marks_in_one_line_finish_and_are_judged_once():
    # Each open mark asks whether the line was cut off after it; the answer is found once
    # per paragraph, so 100,000 marks cost no more than one.
    text = "“《（【〔" * 20000 + "正文。" + "还有内容\n"
    found = marks(text)
    assert found == [("“", (1, 1))]  # 100,000 marks in a row: one run, one finding


@pytest.mark.parametrize("sequence,nested", [
    ("", True), ("“”", True), ("《》（）", True), ("“《》”", True), ("【〔〕】", True),
    ("“", False), ("”", False), ("“《”》", False), ("（（）", False), ("）（", False),
    ("‘’", False),  # may be apostrophes: judged in context
    ("〝〞", False),  # vertical quotes: read as “” in context
])
def test_paragraphs_whose_marks_nest_are_passed_over(sequence, nested):
    from lintlaw.checks.brackets import _nested

    assert _nested(sequence) is nested


# -- issue 12: time linear in the input; a run of unmatched marks is one finding ------------

def _seconds(text, tries=3):
    """The fastest of a few runs (the machine is shared), and the findings."""
    import time

    best = None
    for _ in range(tries):
        doc = Document.from_text(text)
        start = time.perf_counter()
        found = list(unbalanced_bracket(doc))
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    return best, found


@pytest.mark.parametrize("unit", ["）", "）】", "（", "（】"])
def test_time_grows_with_the_input_not_faster(unit):
    # Each closing mark once searched the whole line before it for a list marker ("1）").
    n = 30000
    small = large = None
    for _ in range(3):  # in turn, so that a busy spell of a shared machine falls on both sizes
        took, _ = _seconds(unit * n, tries=1)
        small = took if small is None else min(small, took)
        took, _ = _seconds(unit * (4 * n), tries=1)
        large = took if large is None else min(large, took)
    assert large < 10 * max(small, 0.005), (small, large)  # about 4x; 10x is a generous bound


def test_two_hundred_thousand_closing_marks_are_one_finding():
    _, found = _seconds("）" * 200000)
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (0, 200000)


def test_two_hundred_thousand_opening_marks_are_one_finding():
    _, found = _seconds("（" * 200000)
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (0, 200000)


def test_a_document_of_only_open_marks_is_not_a_cut_off_title():
    doc = Document.from_text("（" * 10)
    (finding,) = unbalanced_bracket(doc)
    assert (finding.start, finding.end) == (0, 10)
    assert "10" in finding.message.zh


def test_adjacent_unmatched_marks_are_one_finding_and_separate_ones_are_not():
    assert marks("按照要求）】，全面推进依法行政。") == [("）", (1, 5))]
    assert len(marks("按照要求）全面推进】依法行政。")) == 2


def test_a_pair_the_page_broke_before_its_closing_mark_is_not_unbalanced():
    # (以下简称《条例》 / )和……: the first line ends in 》, yet its （ closes at the head of the next line.
    text = ("本年度报告是根据《中华人民共和国政府信息公开条例》（国务院令第711号）\n（以下简称《条例》\n"
            "）和《市政府信息公开规定》\n（以下简称《规定》\n）要求编制。\n")
    assert marks(text) == []
    # A closing mark that heads a line with no open mark before it is still reported.
    assert len(marks("全年办理复议案件56件。\n）和《市政府信息公开规定》要求编制。\n")) == 1
