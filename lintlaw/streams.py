"""Output streams that cannot encode Chinese: escapes instead of a traceback.

A console on a Windows code page, ``PYTHONIOENCODING=ascii`` or a CI runner with
a C locale gives Python a standard output that cannot encode most of what
lintlaw prints.  What such a stream cannot show is written as a backslash
escape (``\\u4e2d``); the JSON formats get JSON's own escapes, so their output
stays valid JSON that reads back the same.
"""
from __future__ import annotations

import codecs
from typing import Tuple

JSON_ESCAPES = "lintlaw-json-escape"


def _json_escape(exc: UnicodeError) -> Tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for char in exc.object[exc.start:exc.end]:
        code = ord(char)
        if code > 0xFFFF:  # JSON escapes a character outside the BMP as a surrogate pair
            code -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
        else:
            out.append("\\u%04x" % code)
    return "".join(out), exc.end


codecs.register_error(JSON_ESCAPES, _json_escape)


def tolerate(stream, errors: str = "backslashreplace") -> None:
    """Make ``stream`` escape what its encoding cannot hold (a text stream that can be
    reconfigured and fails on such characters; others are left as they are)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None or getattr(stream, "errors", None) not in ("strict", "backslashreplace", JSON_ESCAPES):
        return
    try:
        reconfigure(errors=errors)
    except (ValueError, OSError, TypeError):  # a closed or detached stream: nothing to print to anyway
        pass
