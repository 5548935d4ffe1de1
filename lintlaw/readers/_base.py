"""What every reader returns (``Source``), its one error type, and bounded reading from disk."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from typing import Dict, List, NamedTuple, Optional, Tuple

# A report is a few hundred kilobytes; a file far past this is a log, a dump or
# a mistake, and reading it whole would only make the run slow.
MAX_BYTES = 64 * 1024 * 1024


class SourceError(Exception):
    """Input that cannot be read as a document; the message names no path (the caller does).

    ``str(error)`` is the English message; ``error.text(lang)`` the one to show (Chinese by
    default, as every message lintlaw shows).
    """

    def __init__(self, en: str, zh: Optional[str] = None):
        super().__init__(en)
        self.zh = zh or en

    def text(self, lang: str) -> str:
        return str(self) if lang == "en" else self.zh


class Cell(NamedTuple):
    """One cell of a table: its text is ``text[start:end]`` of the document (all its lines).

    ``column`` is the cell's first grid column (0-based) and ``span`` how many grid
    columns it covers (Word's gridSpan), so cells of one column line up across rows
    even where a row merges some.  ``merged`` is True for the lower parts of a
    vertically merged cell (Word's vMerge "continue"): they hold no text of their own.
    """

    row: int
    column: int
    span: int
    start: int
    end: int
    merged: bool = False


class Table(NamedTuple):
    """A table as rows of cells, in document order; ``start``..``end`` covers all its text."""

    start: int
    end: int
    rows: Tuple[Tuple[Cell, ...], ...]


@dataclass
class Source:
    """A document as a reader delivers it: the text, and what its format tells about it.

    Offsets (tables, pages) index ``raw`` with its line endings normalized to ``\\n``;
    for the formats lintlaw builds the text of (Word, PDF) that is ``raw`` itself.
    """

    path: str
    raw: str  # decoded text exactly as in the file, line endings included, BOM removed
    encoding: str = "utf-8"
    bom: bytes = b""
    kind: str = "txt"  # the reader's KIND: txt | md | docx | pdf
    # Whether ``encoding`` is known rather than guessed: a BOM, valid UTF-8, --encoding.
    # A fix writes a file back only when it is (a guess could mix two encodings in one file).
    encoding_certain: bool = True
    # For formats whose structure is known from markup (docx styles, Markdown #):
    # 0-based line index -> heading level (1 = top).
    heading_levels: Dict[int, int] = field(default_factory=dict)
    # Lines that are not prose (code blocks, tables' ruling): 0-based line indexes.
    skip_lines: frozenset = frozenset()
    # Lines that are table cells (a .docx table): short cell text like "合计" is not a paragraph.
    table_lines: frozenset = frozenset()
    tables: Tuple[Table, ...] = ()
    # Offsets where each page starts (a PDF): page N (1-based) starts at page_starts[N - 1].
    page_starts: Tuple[int, ...] = ()
    # What the reader wants the user to know that is not a failure (a damaged byte replaced):
    # (English, Chinese) pairs, shown in the run's language.
    notes: List[Tuple[str, str]] = field(default_factory=list)
    mtime_ns: Optional[int] = None
    size: Optional[int] = None


def read_bytes(path: str, limit: Optional[int] = None) -> Tuple[bytes, os.stat_result]:
    """The bytes of a regular file, at most ``limit`` (MAX_BYTES); a SourceError otherwise.

    A FIFO would block the run until something writes to it and a device such as
    /dev/zero never ends, so only regular files are read, and never more than the
    limit even if the file grows while it is read.
    """
    limit = MAX_BYTES if limit is None else limit
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise SourceError("no such file or directory", "文件或文件夹不存在") from None
    except OSError as exc:
        raise _os_error(exc) from None
    if stat.S_ISDIR(st.st_mode):
        raise SourceError("is a directory", "这是文件夹，不是文件")
    if not stat.S_ISREG(st.st_mode):
        raise _not_regular(st.st_mode)
    if st.st_size > limit:
        raise _too_large(st.st_size, limit)
    try:
        # O_NONBLOCK: if the path was swapped for a FIFO since the stat, open returns at once.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _os_error(exc) from None
    with os.fdopen(fd, "rb") as handle:
        st = os.fstat(handle.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise _not_regular(st.st_mode)
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise _os_error(exc) from None
    if len(data) > limit:
        raise _too_large(len(data), limit)
    return data, st


def read_stream(stream, limit: Optional[int] = None) -> bytes:
    """At most ``limit`` bytes of a stream (standard input); a SourceError past it."""
    limit = MAX_BYTES if limit is None else limit
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _too_large(len(data), limit, more=True)
    return data


def _too_large(size: int, limit: int, more: bool = False) -> SourceError:
    mib, cap = f"{size / 1048576:.0f}", f"{limit / 1048576:.0f}"
    return SourceError(f"file too large ({'over ' if more else ''}{mib} MiB; the limit is {cap} MiB)",
                       f"文件太大（{'超过 ' if more else ''}{mib} MiB，上限 {cap} MiB）")


def _os_error(exc: OSError) -> SourceError:
    reason = exc.strerror or str(exc)
    return SourceError(reason, f"无法读取：{reason}")


def _not_regular(mode: int) -> SourceError:
    if stat.S_ISFIFO(mode):
        en, zh = "a named pipe", "命名管道"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        en, zh = "a device", "设备"
    elif stat.S_ISSOCK(mode):
        en, zh = "a socket", "套接字"
    else:
        en, zh = "not a file", "不是文件"
    return SourceError(f"not a regular file ({en}); only files can be read as documents",
                       f"不是普通文件（{zh}），只能检查文件")
