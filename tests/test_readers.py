"""The reader interface: one module a format, chosen by name then by bytes; bounded, certain reading."""
from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
import threading

import pytest

from lintlaw import readers
from lintlaw.readers import SourceError, _base, from_bytes

DATE_DEFECT = "重庆市沙坪坝区城市管理局\n2022125\n"
# A report line whose only finding is a safe fix (a half-width comma between Chinese characters).
FIXABLE = "全年办理行政复议案件6件,全部依法审结。\n我局认真落实行政执法三项制度。\n"


def test_every_reader_declares_the_interface():
    found = readers._readers()
    assert {"txt", "md", "docx"} <= set(found)
    for kind, module in found.items():
        assert module.KIND == kind
        assert module.SUFFIXES and all(s.startswith(".") and s == s.lower() for s in module.SUFFIXES)
        assert callable(module.read)
    assert {".txt", ".md", ".markdown", ".docx"} <= set(readers.suffixes())
    assert readers.kind_of("报告.DOCX") == "docx" and readers.kind_of("a.markdown") == "md"
    assert readers.kind_of("无后缀") == "txt"


def test_no_import_circle_and_no_heavy_import_for_text(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(DATE_DEFECT, encoding="utf-8")
    code = ("import sys; from lintlaw.runner import lint_file, LintOptions; "
            f"r = lint_file({str(path)!r}, LintOptions()); assert r.diagnostics; "
            "print(sorted(m for m in ('docx', 'lxml', 'pdfminer', 'pypdf') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    # Each reader imports on its own (no module needs another imported first).
    for name in ("text", "markdown", "word"):
        subprocess.run([sys.executable, "-c", f"import lintlaw.readers.{name}"], check=True)


def test_a_word_file_under_another_name_is_read_as_word():
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("依法全面行政。")
    buffer = io.BytesIO()
    document.save(buffer)
    source = from_bytes(buffer.getvalue(), "报告.txt")
    assert source.kind == "docx" and source.raw == "依法全面行政。"


# -- issue 12 item 9: only regular files, bounded reads -----------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_and_the_others_are_linted(run_cli, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    good = tmp_path / "good.txt"
    good.write_text(DATE_DEFECT, encoding="utf-8")
    # Whatever happens, nothing is left waiting on the pipe: a writer that opens it late is let go.
    release = threading.Timer(20, lambda: open(fifo, "wb").close())
    release.daemon = True
    release.start()
    try:
        code, out, err = run_cli("--format", "json", "--select", "LL301", str(fifo), str(good))
    finally:
        release.cancel()
    assert code == 2
    data = json.loads(out)
    assert [os.path.basename(f["path"]) for f in data["findings"]] == ["good.txt"]
    assert data["errors"] == [{"path": str(fifo), "message": data["errors"][0]["message"]}]
    assert "不是普通文件（命名管道）" in err


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused():
    with pytest.raises(SourceError, match="not a regular file"):
        readers.read("/dev/zero")


def test_reading_stops_at_the_limit(monkeypatch, tmp_path):
    monkeypatch.setattr(_base, "MAX_BYTES", 100)
    with pytest.raises(SourceError, match="too large"):
        readers.read_stream(io.BytesIO(b"x" * 10_000_000))
    assert readers.read_stream(io.BytesIO(b"x" * 100)) == b"x" * 100
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(SourceError, match="too large"):
        readers.read(str(path))


def test_standard_input_past_the_limit_is_an_error_not_a_hang(tmp_path):
    code = ("import sys; from lintlaw.readers import _base; _base.MAX_BYTES = 1000; "
            "from lintlaw.cli import main; main(['-'])")
    proc = subprocess.run([sys.executable, "-c", code], input=b"a" * 5000, capture_output=True, timeout=60)
    assert proc.returncode == 2
    assert "文件太大" in proc.stderr.decode()


# -- issue 12 item 11: write back only in the encoding read, and only when it is certain ----

def test_truncated_utf8_is_read_as_utf8_not_gb18030():
    data = FIXABLE.encode("utf-8")[:-2]  # cut inside the last character "。"
    source = from_bytes(data, "r.txt")
    assert source.encoding == "utf-8" and not source.encoding_certain
    assert source.raw.startswith("全年办理行政复议案件6件,全部依法审结。")
    english, chinese = source.notes[0]
    assert "cut in the middle of a character" in english and "截断" in chinese


def test_a_gb18030_file_is_still_certain():
    source = from_bytes(FIXABLE.encode("gb18030"), "r.txt")
    assert source.encoding == "gb18030" and source.encoding_certain and source.raw == FIXABLE


def test_fix_leaves_a_truncated_utf8_file_alone(run_cli, tmp_path):
    path = tmp_path / "cut.txt"
    data = FIXABLE.encode("utf-8")[:-2]
    path.write_bytes(data)
    code, _, err = run_cli("--lang", "en", "--fix", str(path))
    assert path.read_bytes() == data
    assert "not fixed" in err and code == 2
    whole = tmp_path / "whole.txt"
    whole.write_bytes(FIXABLE.encode("utf-8"))
    run_cli("--fix", str(whole))
    assert whole.read_text(encoding="utf-8").startswith("全年办理行政复议案件6件，全部")


# -- issue 15 item 10: UTF-16 without a byte order mark -------------------------------------

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised(codec):
    source = from_bytes(DATE_DEFECT.encode(codec), "r.txt")
    assert source.raw == DATE_DEFECT and source.encoding == codec
    assert not source.encoding_certain and codec.upper() in source.notes[0][0]
    explicit = from_bytes(DATE_DEFECT.encode(codec), "r.txt", encoding=codec)
    assert explicit.encoding_certain


def test_utf16_without_bom_gives_findings_and_is_fixed_only_when_named(run_cli, tmp_path):
    path = tmp_path / "r.txt"
    data = FIXABLE.encode("utf-16-le")
    path.write_bytes(data)
    code, out, err = run_cli("--select", "punctuation-width", "--fail-on", "warning", str(path))
    assert code == 1 and ":1:13: LL402" in out and "UTF-16-LE" in err
    run_cli("--fix", str(path))
    assert path.read_bytes() == data
    run_cli("--fix", "--encoding", "utf-16-le", str(path))
    assert path.read_bytes().decode("utf-16-le").startswith("全年办理行政复议案件6件，")


def test_binary_with_nuls_is_still_binary():
    with pytest.raises(SourceError, match="binary"):
        from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "x.txt")


def test_boms_still_win():
    data = codecs.BOM_UTF16_LE + DATE_DEFECT.encode("utf-16-le")
    source = from_bytes(data, "r.txt")
    assert source.encoding == "utf-16-le" and source.bom == codecs.BOM_UTF16_LE and source.encoding_certain


@pytest.mark.parametrize("name", ["rot13", "base64", "zlib_codec", "hex", "undefined", "no-such-codec"])
def test_a_codec_that_is_not_a_text_encoding_is_a_clear_error_for_library_callers(name):
    """Issue 12 item 6, beyond the CLI: lintlaw used as a library gets a SourceError, not a traceback."""
    from lintlaw.readers import SourceError, from_bytes

    with pytest.raises(SourceError):
        from_bytes("报告。".encode("utf-8"), "r.txt", name)
