"""sum-mismatch on tables (Word tables, and tables pasted as text with cells apart by |): a row or column headed 合计/总计/小计 against the cells it totals."""

import docx
import pytest

from lintlaw.checks.sums import sum_mismatch
from lintlaw.document import Document
from lintlaw.readers import read


def _table_doc(tmp_path, rows, caption="表1 2023年行政复议案件情况"):
    d = docx.Document()
    d.add_paragraph(caption)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    path = tmp_path / "report.docx"
    d.save(str(path))
    return Document(read(str(path)))


def findings(tmp_path, rows):
    doc = _table_doc(tmp_path, rows)
    return doc, [f for f in sum_mismatch(doc)]


def test_a_total_row_that_is_not_the_sum_of_the_rows_above(tmp_path):
    doc, found = findings(tmp_path, [
        ["类别", "上半年", "下半年", "全年"],
        ["维持", "12", "15", "27"],
        ["撤销", "3", "4", "7"],
        ["驳回", "5", "6", "11"],
        ["合计", "20", "27", "45"],
    ])
    assert len(found) == 1
    f = found[0]
    assert doc.text[f.start:f.end] == "27"
    assert "12 + 3 + 5" not in f.message.zh and "15 + 4 + 6 = 25" in f.message.zh
    assert [doc.text[r.start:r.end] for r in f.related] == ["15", "4", "6"]


def test_a_total_column(tmp_path):
    _, found = findings(tmp_path, [
        ["单位", "行政处罚", "行政强制", "合计"],
        ["城管局", "120件", "15件", "135件"],
        ["市场监管局", "86件", "9件", "96件"],
    ])
    assert len(found) == 1
    assert "86件 + 9件" not in found[0].message.zh and "86 + 9 = 95" in found[0].message.zh


@pytest.mark.parametrize(
    "rows",
    [
        # right, with rounded amounts
        [["项目", "金额（亿元）"], ["一般公共预算收入", "18.62"], ["政府性基金收入", "6.35"], ["合计", "24.97"]],
        # a column of rates is not summed
        [["类别", "件数", "占比"], ["维持", "30", "60%"], ["撤销", "20", "40%"], ["合计", "50", "100%"]],
        [["类别", "件数", "同比增长"], ["维持", "30", "5"], ["撤销", "20", "3"], ["合计", "50", "12"]],
        # subtotals: the total is theirs
        [["类别", "件数"], ["维持", "30"], ["驳回", "10"], ["小计", "40"], ["撤销", "8"], ["确认违法", "2"], ["小计", "10"],
         ["合计", "50"]],
        # a cell of text in the column: nothing to sum
        [["类别", "件数"], ["维持", "30"], ["撤销", "约二十"], ["合计", "55"]],
        # empty cells and dashes are nothing
        [["类别", "上半年", "下半年"], ["维持", "12", "—"], ["撤销", "3", ""], ["驳回", "5", "4"], ["合计", "20", "4"]],
    ],
)
def test_right_tables_and_tables_that_are_not_sums(tmp_path, rows):
    _, found = findings(tmp_path, rows)
    assert found == [], [f.message.zh for f in found]


def test_a_wrong_subtotal(tmp_path):
    doc, found = findings(tmp_path, [
        ["类别", "件数"], ["维持", "30"], ["驳回", "10"], ["小计", "42"], ["撤销", "8"], ["确认违法", "2"], ["小计", "10"],
        ["合计", "52"],
    ])
    assert [doc.text[f.start:f.end] for f in found] == ["42"]


# -- tables pasted as text, cells apart by | -----------------------------------------------------

def _text_findings(text):
    doc = Document.from_text(text)
    return doc, list(sum_mismatch(doc))


def test_a_text_row_against_its_total_column_not_the_columns_after_it():
    # the amount after the total column is another measure: not summed, and no total of anything
    text = ("行政处罚实施数量（宗）\n警告 | 罚款 | 没收违法所得 | 吊销许可证 | 合计（宗） | 罚没金额（万元） |\n"
            "1215 | 9498 | 23 | 18 | 10764 | 175.38 |")
    doc, found = _text_findings(text)
    assert len(found) == 1
    assert doc.text[found[0].start:found[0].end] == "10764"
    assert "1215 + 9498 + 23 + 18 = 10754" in found[0].message.zh


@pytest.mark.parametrize("text", [
    # right
    "警告 | 罚款 | 没收违法所得 | 吊销许可证 | 合计（宗） | 罚没金额（万元） |\n1215 | 9498 | 23 | 18 | 10754 | 175.38 |",
    # a row that lost a cell is no row of the header's columns
    "警告 | 罚款 | 没收违法所得 | 吊销许可证 | 合计 |\n1215 | 9498 | 23 | 10764 |",
    # a column of rates is not summed
    "类别 | 件数 | 占比 | 合计 |\n民事 | 320 | 64.0 | 320 |",
    # no total column: numbers side by side
    "年份 | 受理 | 办结 |\n2023年 | 126 | 120 |",
])
def test_text_tables_that_are_right_or_no_sums(text):
    assert _text_findings(text)[1] == []


def test_two_rows_that_split_the_first_row_make_it():
    # 城镇/乡村 and 男性/女性 under the population: each pair makes it, column by column (not the shares)
    sheet = ("指 标 | 年末数（万人） | 比重（%）\n全市常住人口 | 3213.34 | 100.00\n城 镇 | 2280.32 | 70.96\n"
             "乡 村 | {} | 29.04\n男 性 | 1623.17 | 50.51\n女 性 | 1590.17 | 49.49\n0-15岁 | 509.05 | 15.84")
    doc, found = _text_findings(sheet.format("939.02"))
    assert len(found) == 1 and doc.text[found[0].start:found[0].end] == "3213.34"
    assert "“城镇”“乡村”两行之和" in found[0].message.zh and "2280.32 + 939.02 = 3219.34" in found[0].message.zh
    assert _text_findings(sheet.format("933.02"))[1] == []


_FOLDED = ("表1 各县受理行政复议案件情况\n县区 | 件数 | 县区 | 件数 | 县区 | 件数 |\n东城 | 412 | 西城 | 386 | 南城 | 295 |\n"
           "县区 | 件数 | 县区 | 件数 | 县区 | 件数 |\n北城 | 178 | 新区 | 1996 | 开发区 | 41 |\n总计 | {} | ||||")


def test_a_list_folded_into_columns_and_its_total():
    # names and figures in pairs, several pairs a row, the header written again; 总计 under them is every figure
    # (1996 is a count here, not a year); the finding marks the list and its total: any figure may be wrong
    doc, found = _text_findings(_FOLDED.format("3318"))
    assert len(found) == 1 and "412 + 386 + 295 + 178 + 1996 + 41 = 3308" in found[0].message.zh
    assert doc.text[found[0].start:found[0].end].startswith("412") and doc.text[found[0].start:found[0].end].endswith("3318")
    assert _text_findings(_FOLDED.format("3308"))[1] == []


@pytest.mark.parametrize("text", [
    # rates are not summed; a total row with more figures than its total; a pair without its figure
    "县区 | 纠错率 | 县区 | 纠错率 |\n东城 | 12 | 西城 | 10 |\n南城 | 9 | 北城 | 8 |\n总计 | 11 | ||",
    "县区 | 件数 | 县区 | 件数 |\n东城 | 412 | 西城 | 386 |\n南城 | 295 | 北城 | 178 |\n总计 | 1200 | 同比 | 5.2 |",
    "县区 | 件数 | 县区 | 件数 |\n东城 | 412 | 西城 | 暂无 |\n南城 | 295 | 北城 | 178 |\n总计 | 1200 | ||",
])
def test_folded_lists_that_are_no_sums(text):
    assert _text_findings(text)[1] == []


def test_a_folded_list_whose_one_figure_has_two_digits_swapped_is_marked_there():
    # 412 + 386 + 178 + 96 = 1072: 1045 is the sum with 69 for 96, and no other figure's swap gives it
    text = "乡镇 | 件数 | 乡镇 | 件数 |\n城关镇 | 412 | 河口镇 | 386 |\n白马乡 | 178 | 石桥乡 | 96 |\n总计 | 1045 | ||"
    doc, found = _text_findings(text)
    assert len(found) == 1 and doc.text[found[0].start:found[0].end] == "96" and "（69）" in found[0].message.zh
