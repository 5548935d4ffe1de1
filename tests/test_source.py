"""Reading documents: encodings detected without being told, clear errors for what is not a document."""
import codecs

import pytest

from lintlaw import readers as source
from lintlaw.readers import _base
from lintlaw.readers import SourceError

TEXT = "二、存在的不足和原因\n（一）执法力量不足。\n"


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""),
    ("utf-8", codecs.BOM_UTF8),
    ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE),
    ("gb18030", b""),
    ("gbk", b""),
])
def test_encodings_are_detected(tmp_path, encoding, bom):
    path = tmp_path / "report.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    src = source.read(str(path))
    assert src.raw == TEXT
    assert src.bom == bom
    assert codecs.lookup(src.encoding).name == codecs.lookup("gb18030" if encoding == "gbk" else encoding).name


def test_encoding_override(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(TEXT.encode("gb18030"))
    assert source.read(str(path), encoding="gb18030").raw == TEXT
    with pytest.raises(SourceError, match="cannot decode as utf-8"):
        source.read(str(path), encoding="utf-8")
    with pytest.raises(SourceError, match="unknown encoding"):
        source.read(str(path), encoding="no-such-codec")


def test_line_endings_are_kept_raw(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("一、概况\r\n正文。\r正文二。\n".encode("utf-8"))
    assert source.read(str(path)).raw == "一、概况\r\n正文。\r正文二。\n"


def test_binary_file(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(SourceError, match="not a text document"):
        source.read(str(path))


def test_undecodable_file(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"abc \x81\x20\xff\xff def")
    with pytest.raises(SourceError, match="neither UTF-8 nor GB18030|not a text document"):
        source.read(str(path))


def test_missing_and_directory(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        source.read(str(tmp_path / "missing.txt"))
    with pytest.raises(SourceError, match="is a directory"):
        source.read(str(tmp_path))


def test_empty_file_is_refused_in_words(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"\xef\xbb\xbf \n")
    with pytest.raises(SourceError, match="empty document"):
        source.read(str(path))


def test_huge_file_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_bytes("正文。".encode("utf-8") * 100)
    monkeypatch.setattr(_base, "MAX_BYTES", 100)
    with pytest.raises(SourceError, match="too large"):
        source.read(str(path))
