"""Compiled patterns kept between runs of the command line.

Compiling its regular expressions is a third of what lintlaw does on one report:
some 350 patterns, 0.13-0.16 s of a 0.45 s run, nearly all in the Python half of
``re`` (parsing a pattern, optimising its character classes), which every new
process does again.  What it produces is small: the arguments ``re`` hands to
``_sre.compile`` (the flags, a list of integers, the group names).  This module
keeps those arguments in a file, keyed by the pattern and its flags, and gives
them straight to ``_sre.compile`` the next time; the integers are kept as the
bytes of an array, since a file of 400 lists of integers takes longer to read
than the patterns take to compile.  What comes out is the same pattern object:
patterns compare equal on their text, flags and code, and every entry is checked
that way before it is kept.

Only the command line installs it (not ``import lintlaw``, not a caller in
Python), and it stays out of the way when anything is unusual: another Python, a
file that does not read, a folder that cannot be written,
``LINTLAW_NO_PATTERN_CACHE`` set.  The file lies beside jieba's index
(``segment.cache_dir``; ``LINTLAW_CACHE_DIR`` moves both) and is named by the
Python and ``_sre`` versions, so that another interpreter never reads it.
"""
from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
import threading
from array import array
from typing import Any, Dict, Optional, Tuple

MAX_ENTRIES = 5000  # a safety net: the file is kept small by KEEP_SAVES
KEEP_SAVES = 20  # a pattern no run used over this many writes of the file is dropped from it
_FORMAT = 1

_Key = Tuple[str, int]
_table: Dict[_Key, tuple] = {}
_last: Dict[_Key, int] = {}  # the write of the file that last saw the pattern used
_saves = 0
_used: set = set()
_added = 0
_path: Optional[str] = None
_installed = False
_recorded = threading.local()


def _compiler() -> Any:
    compiler = getattr(re, "_compiler", None)  # Python 3.11 and later
    if compiler is None:
        import sre_compile as compiler  # 3.9 and 3.10
    return compiler


def cache_file() -> Optional[str]:
    """The file for this interpreter, or None when the cache is turned off."""
    if os.environ.get("LINTLAW_NO_PATTERN_CACHE"):
        return None
    import _sre

    from .segment import cache_dir  # the folder of jieba's index: one place for lintlaw's caches

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.hexversion:x}"
    return os.path.join(cache_dir(), f"patterns-{tag}.marshal")


class _Recorder:
    """Stands in for the ``_sre`` module inside ``re``'s compiler: notes what it compiles."""

    def __init__(self, sre: Any):
        # The compiler reads constants and helpers of _sre in its inner loops: copy them
        # here rather than forward each look-up.
        self.__dict__.update((name, getattr(sre, name)) for name in dir(sre)
                             if not name.startswith("__") and name != "compile")
        self._compile = sre.compile

    def compile(self, *args: Any) -> Any:
        _recorded.args = args
        return self._compile(*args)


def install() -> None:
    """Serve ``re``'s compilations from the cache file and save new ones at exit."""
    global _path, _installed, _saves
    if _installed:
        return
    path = cache_file()
    compiler = _compiler()
    if path is None or not hasattr(compiler, "_sre") or not hasattr(compiler, "compile") \
            or array("I").itemsize != 4:
        return
    _installed = True
    _path = path
    try:
        with open(path, "rb") as fh:
            version, saves, table, last = marshal.load(fh)
        if version == _FORMAT:
            _table.update(table)
            _last.update(last)
            _saves = saves
    except (OSError, ValueError, EOFError, TypeError):
        pass  # no file yet, or one that does not read: start empty
    sre = compiler._sre
    original = compiler.compile
    compiler._sre = _Recorder(sre)

    def compile(p: Any, flags: int = 0) -> Any:
        global _added
        if not isinstance(p, str) or not isinstance(flags, int):
            return original(p, flags)
        key = (p, int(flags))
        entry = _table.get(key)
        if entry is not None:
            try:
                pflags, code, groups, groupindex, indexgroup = entry
                pattern = sre.compile(p, pflags, array("I", code).tolist(), groups, groupindex, indexgroup)
            except Exception:  # an entry that does not fit this build: compile afresh
                del _table[key]
            else:
                _used.add(key)
                return pattern
        _recorded.args = None
        pattern = original(p, flags)
        args = _recorded.args
        if args is not None and len(_table) < MAX_ENTRIES:
            try:
                # Plain ints: the compiler's opcodes are an int subclass that marshal refuses.
                _, pflags, code, groups, groupindex, indexgroup = args
                entry = (int(pflags), array("I", code).tobytes(), int(groups), dict(groupindex), tuple(indexgroup))
                same = sre.compile(p, entry[0], list(map(int, code)), *entry[2:]) == pattern
                marshal.dumps(entry)
            except Exception:
                same = False
            if same:
                _table[key] = entry
                _used.add(key)
                _added += 1
        return pattern

    compiler.compile = compile
    atexit.register(save)


def save() -> None:
    """Write the table if this run compiled something new; never fail the run over it.

    Patterns that no run used over the last KEEP_SAVES writes go: those of an older
    lintlaw, and any a check builds from a document's own words."""
    global _added, _saves
    if not _added or _path is None:
        return
    saves = _saves + 1
    for key in _used:
        _last[key] = saves
    table = {k: v for k, v in _table.items() if saves - _last.get(k, saves) < KEEP_SAVES}
    last = {k: _last.get(k, saves) for k in table}
    try:
        folder = os.path.dirname(_path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".patterns-")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump((_FORMAT, saves, table, last), fh)
            os.replace(tmp, _path)  # atomic: a run reading at the same time sees the old or the new file
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        return
    _saves = saves
    _added = 0
