"""Plain text (.txt, and any file no other reader claims): the decoded text as it is."""
from __future__ import annotations

from typing import Optional

from ._base import Source
from ._encoding import decode

KIND = "txt"
SUFFIXES = (".txt",)


def read(data: bytes, path: str, encoding: Optional[str] = None) -> Source:
    decoded = decode(data, encoding)
    return Source(path=path, raw=decoded.text, encoding=decoded.encoding, bom=decoded.bom, kind=KIND,
                  encoding_certain=decoded.certain, notes=[decoded.note] if decoded.note else [],
                  size=len(data))
