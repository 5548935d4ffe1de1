"""Bytes to text for the plain-text formats: encoding detection and its clear errors.

Reports come out of Word, WPS and web pages; GB18030/GBK plain text is common in
government offices, so it is decoded without being asked for.  What is decoded
is kept exactly (``Source.raw``) so that a fix can write the file back byte for byte.

Whether the encoding is *certain* decides whether a fix may write the file back:
a BOM, valid UTF-8 and ``--encoding`` are; a guess is not.  A UTF-8 file cut in
the middle of a character (or with a damaged byte) is not read as GB18030, which
would decode it into nonsense and write back a mix of the two: it is read as
UTF-8 with the damaged bytes replaced, and not written back.  UTF-16 without a
BOM is recognised by the NUL bytes its ASCII characters carry on one side.
"""
from __future__ import annotations

import codecs
import re
from typing import NamedTuple, Optional, Tuple

from ._base import SourceError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than tab, newline, vertical tab, form feed and carriage return; and DEL.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_SAMPLE = 65536


class Decoded(NamedTuple):
    text: str
    encoding: str
    bom: bytes = b""
    certain: bool = True
    note: Optional[Tuple[str, str]] = None  # (English, Chinese)


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if not sample:
        return False
    # Counted by the regex engine: a Python step per character cost a millisecond a
    # file, more than reading it (2,000 files: two seconds).
    controls = len(_CONTROL.findall(sample))
    return controls > max(2, len(sample) // 1000)


def _explicit(data: bytes, encoding: str) -> Decoded:
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise SourceError(f"unknown encoding {encoding!r}", f"未知的编码 {encoding!r}") from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64, zlib: bytes to bytes, not text
        raise SourceError(f"{encoding!r} is not a text encoding", f"{encoding!r} 不是文本编码") from None
    bom = b""
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8", "utf-8-sig") and data.startswith(codecs.BOM_UTF8):
        bom, data, encoding = codecs.BOM_UTF8, data[3:], "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise SourceError(f"cannot decode as {encoding}: byte {exc.start}",
                          f"无法按 {encoding} 解码：第 {exc.start} 字节") from None
    except (UnicodeError, LookupError) as exc:  # a codec that refuses all input ("undefined")
        raise SourceError(f"cannot decode as {encoding}: {exc}", f"无法按 {encoding} 解码：{exc}") from None
    return Decoded(text, encoding, bom)


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """'utf-16-le' or 'utf-16-be' when the NULs of ``data`` fall on one side of each pair.

    Chinese text in UTF-16 has ASCII too (digits, line breaks, spaces), and each
    of those is a NUL byte beside the character: after it (LE) or before it (BE).
    """
    sample = data[:_SAMPLE]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    pairs = len(sample) // 2
    if pairs < 2 or max(even, odd) < 2:
        return None
    if odd >= 9 * even and odd * 50 >= pairs:
        return "utf-16-le"
    if even >= 9 * odd and even * 50 >= pairs:
        return "utf-16-be"
    return None


def _damaged_utf8(data: bytes) -> Optional[Decoded]:
    """UTF-8 with a few bad bytes (cut mid-character, a damaged byte), or None.

    GB18030 decodes most byte strings, so a UTF-8 file with one bad byte would
    otherwise come out as GB18030 nonsense.  Real GB18030 text is almost never
    valid UTF-8 for long: when valid multi-byte characters far outnumber the
    bad bytes, the file is UTF-8.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # valid non-ASCII characters
    if bad == 0 or good < 8 * bad:
        return None
    try:
        data.decode("utf-8")
        where = where_zh = ""
    except UnicodeDecodeError as exc:
        cut = exc.end >= len(data) - 3
        where = "at its end (the file was cut in the middle of a character)" if cut else f"at byte {exc.start}"
        where_zh = "结尾处（文件在一个字符中间被截断）" if cut else f"第 {exc.start} 字节处"
    note = (f"not valid UTF-8 {where}: read as UTF-8 with {bad} damaged "
            f"byte sequence{'s' if bad != 1 else ''} shown as \ufffd; --fix will not write this file",
            f"{where_zh}不是有效的 UTF-8：已按 UTF-8 读取，{bad} 处损坏的字节显示为 \ufffd；--fix 不会改写此文件")
    return Decoded(text, "utf-8", certain=False, note=note)


def decode(data: bytes, encoding: Optional[str] = None) -> Decoded:
    """The text of ``data``, or a SourceError that says what the bytes look like."""
    if encoding:
        return _explicit(data, encoding)
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(name), name, bom)
            except UnicodeDecodeError:
                raise SourceError(f"starts with a {name} byte order mark but does not decode as {name}",
                                  f"以 {name} 字节顺序标记开头，却不能按 {name} 解码") from None
    if b"\x00" in data[:_SAMPLE]:
        utf16 = _utf16_without_bom(data)
        if utf16:
            try:
                text = data.decode(utf16)
            except UnicodeDecodeError:
                text = None
            if text is not None and not _looks_binary(text):
                return Decoded(text, utf16, certain=False,
                               note=(f"read as {utf16.upper()} (no byte order mark; recognised by its NUL bytes); "
                                     f"--fix writes it back only with --encoding {utf16}",
                                     f"已按 {utf16.upper()} 读取（没有字节顺序标记，由其中的空字节识别）；"
                                     f"指定 --encoding {utf16} 时 --fix 才会改写"))
            raise SourceError(f"not a text document: looks like {utf16.upper()} without a byte order mark but "
                              f"does not decode as it (try --encoding {utf16})",
                              f"不是文本文件：像是没有字节顺序标记的 {utf16.upper()}，却不能按它解码"
                              f"（可试 --encoding {utf16}）")
        raise _binary()
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return _checked(damaged)
    try:
        return _checked(Decoded(data.decode("gb18030"), "gb18030"))
    except UnicodeDecodeError:
        raise SourceError("not a text document: neither UTF-8 nor GB18030 (try --encoding)",
                          "不是文本文件：既不是 UTF-8 也不是 GB18030（可用 --encoding 指定编码）") from None


def _binary() -> SourceError:
    return SourceError("not a text document (binary data)", "不是文本文件（二进制数据）")


def _checked(decoded: Decoded) -> Decoded:
    if _looks_binary(decoded.text):
        raise _binary()
    return decoded
