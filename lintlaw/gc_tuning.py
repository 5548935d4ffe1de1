"""Fewer passes of Python's cycle collector while a document is linted.

A lint builds hundreds of thousands of small objects that live as long as the
document (paragraphs, sentences, quantities, headings: NamedTuples, which the
collector never stops tracking) and makes almost no reference cycles: what it
drops, reference counting frees at once.  With the default thresholds the
collector still runs every 700 new objects, and every so often walks the whole
heap: on a 4 MB report two or three full passes, each tenths of a second of
nothing freed.  While a lint runs, a young collection waits for ``YOUNG`` new
objects instead; what a collection finds is the same, it is looked for less
often.  The thresholds are put back when the outermost lint ends (lints may nest
or run in several threads).
"""
from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator, Optional, Tuple

YOUNG = 50_000  # new objects between young collections while a lint runs (Python's default: 700)

_lock = threading.Lock()
_depth = 0
_saved: Optional[Tuple[int, ...]] = None


@contextmanager
def fewer_collections() -> Iterator[None]:
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            # 0 means the program turned automatic collection off: leave it so.
            if 0 < _saved[0] < YOUNG:
                gc.set_threshold(YOUNG, *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
