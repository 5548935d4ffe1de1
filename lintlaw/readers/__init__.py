"""Readers: one module per document format, behind one small interface.

A reader is a module of this package (its name not starting with ``_``) with:

- ``KIND``: the name of the format (``Source.kind``, what checks may ask about);
- ``SUFFIXES``: the file name endings it reads (lower case, with the dot);
- ``read(data, path, encoding=None) -> Source``: the document, or a SourceError
  with a plain message (no traceback, whatever the bytes);

and, where the format needs them:

- ``sniff(data) -> bool``: the bytes are surely this format (a PDF, a Word
  package), whatever the file is called: a report.txt that is really a PDF, or
  a PDF on standard input, goes to its own reader;
- ``annotate(source)``: fill the structure the text implies (Markdown's
  headings), again after a fix changed the text;
- ``prose(text, source) -> str``: the text the checks read, same length, with
  what is not prose blanked (Markdown's link targets and code).

The reader is chosen by the file's name, then by its bytes; a file whose name
no reader claims is read as plain text.  A fifth format is one more module here.
Readers import their libraries (python-docx, the PDF library) only inside
``read``, so a run on plain text never pays for them.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import replace
from types import ModuleType
from typing import Dict, Optional, Tuple

from ._base import MAX_BYTES, Cell, Source, SourceError, Table, read_bytes, read_stream

__all__ = ["MAX_BYTES", "Cell", "Source", "SourceError", "Table", "from_bytes", "from_text", "kind_of", "read",
           "read_bytes", "read_stream", "suffixes", "with_raw", "prose"]

_READERS: Dict[str, ModuleType] = {}


def _readers() -> Dict[str, ModuleType]:
    """KIND -> reader module, every module of this package not starting with "_"."""
    if not _READERS:
        # The folder listed rather than pkgutil asked: pkgutil costs 20 ms of every start.
        names = {os.path.splitext(entry)[0] for folder in __path__ for entry in os.listdir(folder)
                 if entry.endswith((".py", ".pyc")) and not entry.startswith("_")}
        for name in sorted(names):
            module = importlib.import_module(f"{__name__}.{name}")
            _READERS[module.KIND] = module
    return _READERS


def suffixes() -> Tuple[str, ...]:
    """Every file name ending some reader takes (what a folder walk picks up)."""
    return tuple(sorted(s for module in _readers().values() for s in module.SUFFIXES))


def kind_of(path: str) -> str:
    lower = path.lower()
    for kind, module in _readers().items():
        if lower.endswith(module.SUFFIXES):
            return kind
    return "txt"


def _by_content(data: bytes) -> Optional[str]:
    for kind, module in _readers().items():
        sniff = getattr(module, "sniff", None)
        if sniff is not None and sniff(data):
            return kind
    return None


def from_bytes(data: bytes, path: str = "-", encoding: Optional[str] = None, kind: Optional[str] = None) -> Source:
    """The document in ``data``; ``kind`` forces a reader, else the name and then the bytes choose."""
    readers = _readers()
    if kind is None:
        kind = kind_of(path)
        if not hasattr(readers[kind], "sniff"):  # a text format by name: the bytes may say otherwise
            kind = _by_content(data) or kind
    if kind not in readers:
        raise SourceError(f"no reader for {kind!r} documents", f"没有读取 {kind!r} 文档的读取器")
    source = readers[kind].read(data, path, encoding)
    if not source.raw.strip():
        # An empty export or a failed save: "no findings" would pass a report that is not there.
        raise SourceError("empty document: nothing to check", "文档为空：没有可检查的文字")
    source.size = len(data)
    return source


def read(path: str, encoding: Optional[str] = None, kind: Optional[str] = None) -> Source:
    """Read a document from disk; every failure is a SourceError with a plain message."""
    data, st = read_bytes(path)
    source = from_bytes(data, path, encoding, kind)
    source.mtime_ns = st.st_mtime_ns
    return source


def from_text(text: str, path: str = "<text>", kind: str = "txt") -> Source:
    """A Source for text already decoded (tests, library callers), its structure filled in."""
    source = Source(path=path, raw=text, kind=kind)
    annotate = getattr(_readers().get(kind), "annotate", None)
    if annotate is not None:
        annotate(source)
    return source


def with_raw(source: Source, raw: str) -> Source:
    """A copy of ``source`` holding ``raw`` (a fixed text), its structure recomputed."""
    new = replace(source, raw=raw, notes=[])
    annotate = getattr(_readers().get(new.kind), "annotate", None)
    if annotate is not None:
        annotate(new)
    return new


def prose(text: str, source: Source) -> str:
    """What the checks read of ``text`` (``source.raw``, line endings normalized)."""
    blank = getattr(_readers().get(source.kind), "prose", None)
    return blank(text, source) if blank is not None else text
