"""Bytes to text: encoding detection and the clear errors for input we cannot read.

Reports come out of Word, WPS and web pages; GB18030/GBK plain text is common in
government offices, so it is decoded without being asked for.  What is decoded
is kept exactly (``raw``) so that a fix can write the file back byte for byte.
"""
from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from typing import Dict, Optional

# A report is a few hundred kilobytes; a file far past this is a log, a dump or
# a mistake, and reading it whole would only make the run slow.
MAX_BYTES = 64 * 1024 * 1024

TEXT_SUFFIXES = (".txt", ".md", ".markdown")


class SourceError(Exception):
    """Input that cannot be read as a document; the message names no path (the caller does)."""


@dataclass
class Source:
    path: str
    raw: str  # decoded text exactly as in the file, line endings included, BOM removed
    encoding: str = "utf-8"
    bom: bytes = b""
    kind: str = "txt"  # txt | md | docx
    # For formats whose structure is known from markup (docx styles, Markdown #):
    # 0-based line index -> heading level (1 = top).
    heading_levels: Dict[int, int] = field(default_factory=dict)
    # Lines that are not prose (code blocks, tables' ruling): 0-based line indexes.
    skip_lines: frozenset = frozenset()
    # Lines that are table cells (a .docx table): short cell text like "合计" is not a paragraph.
    table_lines: frozenset = frozenset()
    mtime_ns: Optional[int] = None
    size: Optional[int] = None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab, newline, vertical tab, form feed and carriage return; and DEL.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    # Counted by the regex engine: a Python step per character cost a millisecond a
    # file, more than reading it (2,000 files: two seconds).
    controls = len(_CONTROL.findall(sample))
    return controls > max(2, len(sample) // 1000)


def decode(data: bytes, encoding: Optional[str] = None) -> tuple:
    """Return (text, encoding name, BOM bytes) or raise SourceError."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise SourceError(f"unknown encoding {encoding!r}") from None
        bom = b""
        if encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig") and data.startswith(codecs.BOM_UTF8):
            bom, data, encoding = codecs.BOM_UTF8, data[3:], "utf-8"
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise SourceError(f"cannot decode as {encoding}: byte {exc.start}") from None
        return text, encoding, bom
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(name), name, bom
            except UnicodeDecodeError:
                raise SourceError(f"starts with a {name} byte order mark but does not decode as {name}") from None
    if b"\x00" in data[:65536]:
        raise SourceError("not a text document (binary data)")
    try:
        text = data.decode("utf-8")
        name = "utf-8"
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
            name = "gb18030"
        except UnicodeDecodeError:
            raise SourceError("not a text document: neither UTF-8 nor GB18030 (try --encoding)") from None
    if _looks_binary(text):
        raise SourceError("not a text document (binary data)")
    return text, name, b""


def kind_of(path: str) -> str:
    lower = path.lower()
    if lower.endswith(".docx"):
        return "docx"
    if lower.endswith((".md", ".markdown")):
        return "md"
    return "txt"


def from_bytes(data: bytes, path: str = "-", encoding: Optional[str] = None, kind: Optional[str] = None) -> Source:
    kind = kind or kind_of(path)
    if kind == "docx":
        from . import docx_source  # python-docx is imported only when a .docx is read

        return docx_source.read(data, path)
    text, name, bom = decode(data, encoding)
    source = Source(path=path, raw=text, encoding=name, bom=bom, kind=kind, size=len(data))
    if kind == "md":
        from . import markdown_source

        markdown_source.annotate(source)
    return source


def read(path: str, encoding: Optional[str] = None, kind: Optional[str] = None) -> Source:
    """Read a document from disk; every failure is a SourceError with a plain message."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise SourceError("no such file or directory") from None
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None
    if os.path.isdir(path):
        raise SourceError("is a directory")
    if st.st_size > MAX_BYTES:
        raise SourceError(f"file too large ({st.st_size / 1048576:.0f} MiB; the limit is {MAX_BYTES // 1048576} MiB)")
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise SourceError(exc.strerror or str(exc)) from None
    source = from_bytes(data, path, encoding, kind)
    source.mtime_ns = st.st_mtime_ns
    source.size = len(data)
    return source
