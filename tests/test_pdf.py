"""PDF input: the text layer laid out as paragraphs, pages on every finding, clear errors."""
from __future__ import annotations

import collections
import io
import json
import os
import re
from pathlib import Path

import pytest

pytest.importorskip("pdfminer")
pytest.importorskip("reportlab")

from lintlaw.readers import SourceError, from_bytes, read  # noqa: E402
from lintlaw.runner import LintOptions, lint_file  # noqa: E402

from pdfmaker import report_pdf, scanned_pdf  # noqa: E402

REPORT = Path(__file__).parent / "data" / "pdf_report.txt"


@pytest.fixture(scope="module")
def report_pdf_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    path.write_bytes(report_pdf(REPORT.read_text(encoding="utf-8")))
    return path


def _page_texts(path) -> list:
    """Each page's text as pdfminer's own extraction gives it, white space removed: an
    independent reading to check pages against."""
    from pdfminer.high_level import extract_text

    with open(path, "rb") as handle:
        data = handle.read()
    count = len(read(str(path)).page_starts)
    return [re.sub(r"\s", "", extract_text(io.BytesIO(data), page_numbers=[n])) for n in range(count)]


def test_a_two_page_pdf_gives_the_findings_of_the_same_text_each_with_its_page(report_pdf_path):
    text_result = lint_file(str(REPORT), LintOptions())
    pdf_result = lint_file(str(report_pdf_path), LintOptions())
    assert not pdf_result.errors
    text = REPORT.read_text(encoding="utf-8")
    pdf_text = read(str(report_pdf_path)).raw

    def keyed(result, source):
        return collections.Counter((d.rule, source[d.start:d.end]) for d in result.diagnostics)

    assert keyed(pdf_result, pdf_text) == keyed(text_result, text)
    assert len(pdf_result.diagnostics) >= 6
    pages = _page_texts(report_pdf_path)
    assert len(pages) == 2
    assert {d.page for d in pdf_result.diagnostics} == {1, 2}
    for d in pdf_result.diagnostics:
        span = re.sub(r"\s", "", pdf_text[d.start:d.end])[:12]
        assert span in pages[d.page - 1], (d.rule, span, d.page)
        if d.page == 2:
            assert span not in pages[0]


def test_running_header_and_page_numbers_are_left_out_and_a_paragraph_goes_on_across_the_break(report_pdf_path):
    source = read(str(report_pdf_path))
    assert "重庆市某区司法局" not in source.raw  # the header printed on both pages
    assert not re.search(r"^\W*\d\W*$", source.raw, re.M)  # "- 1 -", "- 2 -"
    lines = source.raw.split("\n")
    assert lines == [line for line in REPORT.read_text(encoding="utf-8").split("\n") if line]
    assert 0 < source.page_starts[1] < len(source.raw)
    # The break falls inside paragraph (四): one line of the text, on two pages.
    crossing = [line for line in lines if line.startswith("（四）")][0]
    start = source.raw.index(crossing)
    assert start < source.page_starts[1] < start + len(crossing)


def test_page_in_json_sarif_and_beside_the_place_in_text_formats(run_cli, report_pdf_path):
    code, out, _ = run_cli("--format", "json", "--select", "malformed-date", str(report_pdf_path))
    (finding,) = json.loads(out)["findings"]
    assert code == 1 and finding["page"] == 2 and finding["line"] == 17
    _, out, _ = run_cli("--format", "sarif", "--select", "malformed-date", str(report_pdf_path))
    region = json.loads(out)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
    assert region["properties"] == {"page": 2} and region["startLine"] == 17
    _, out, _ = run_cli("--select", "malformed-date", str(report_pdf_path))
    assert out.startswith(f"{report_pdf_path}:17:1: 第2页 LL301 [malformed-date]")
    _, out, _ = run_cli("--select", "malformed-date", "--lang", "en", str(report_pdf_path))
    assert out.startswith(f"{report_pdf_path}:17:1: p. 2 LL301")
    _, out, _ = run_cli("--select", "malformed-date", "--format", "rich", "--no-color", str(report_pdf_path))
    assert out.startswith(f"{report_pdf_path}:17:1: 第2页 错误 LL301")
    # A text file's findings have no page.
    _, out, _ = run_cli("--format", "json", "--select", "malformed-date", str(REPORT))
    assert "page" not in json.loads(out)["findings"][0]


def test_a_scan_is_exit_2_with_a_message_and_the_others_still_run(run_cli, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scanned_pdf())
    other = tmp_path / "other.txt"
    other.write_text("某区司法局\n2024125\n", encoding="utf-8")
    code, out, err = run_cli("--format", "json", str(scan), str(other))
    data = json.loads(out)
    assert code == 2
    assert [f["rule"] for f in data["findings"]] == ["malformed-date"]
    (error,) = data["errors"]
    assert error["path"] == str(scan) and "没有文字层" in error["message"] and "OCR" in error["message"]
    _, out, _ = run_cli("--lang", "en", "--format", "json", str(scan))
    assert "no text layer" in json.loads(out)["errors"][0]["message"]
    assert "Traceback" not in err


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],
    lambda data: data[:20],
    lambda data: b"%PDF-1.4\n" + bytes(range(256)) * 40,
    lambda data: data.replace(b"/Pages", b"/Pagez"),
    lambda data: re.sub(rb"stream\r?\n.{40}", b"stream\n" + b"\xff" * 40, data, count=3, flags=re.S),
])
def test_a_damaged_pdf_is_a_clear_error(damage):
    data = report_pdf("2023年报告\n正文第一段。\n正文第二段。")
    try:
        source = from_bytes(damage(data), "broken.pdf")
    except SourceError as exc:
        assert "PDF" in str(exc)
    else:  # pdfminer recovered what it could: then it is text, never a traceback
        assert isinstance(source.raw, str)


def test_an_encrypted_pdf_is_a_clear_error():
    data = report_pdf("2023年报告\n正文第一段。", encrypt="secret")
    with pytest.raises(SourceError, match="encrypted PDF"):
        from_bytes(data, "locked.pdf")


def test_a_pdf_under_another_name_or_on_standard_input_is_read_as_a_pdf(run_cli, report_pdf_path):
    assert from_bytes(report_pdf_path.read_bytes(), "report.txt").kind == "pdf"
    code, out, _ = run_cli("--select", "malformed-date", "--stdin-filename", "r.pdf", "-",
                           input=report_pdf_path.read_bytes())
    assert code == 1 and out.startswith("r.pdf:17:1: 第2页 LL301")


def test_folders_and_the_hook_take_pdf(run_cli, tmp_path, report_pdf_path):
    (tmp_path / "a.pdf").write_bytes(report_pdf_path.read_bytes())
    (tmp_path / "b.PDF").write_bytes(report_pdf_path.read_bytes())
    _, out, _ = run_cli("--format", "json", "--select", "LL301", str(tmp_path))
    assert sorted(os.path.basename(f["path"]) for f in json.loads(out)["findings"]) == ["a.pdf", "b.PDF"]
    hook = (Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    files = re.search(r"^\s*files:\s*(\S+)", hook, re.M).group(1)
    assert re.search(files, "reports/2023.pdf") and re.search(files, "reports/2023.PDF")


def test_fix_leaves_a_pdf_alone(run_cli, tmp_path, report_pdf_path):
    path = tmp_path / "r.pdf"
    data = report_pdf_path.read_bytes()
    path.write_bytes(data)
    _, _, err = run_cli("--lang", "en", "--fix", str(path))
    assert path.read_bytes() == data and "PDF is not rewritten" in err
