"""Module-level patterns compiled the first time they are used, not at import.

lintlaw starts on every commit, and compiling patterns is most of its start-up:
a class such as ``[\\u4e00-\\u9fff]`` costs a millisecond or two to compile, and
the page-chrome, half-width punctuation and report-profile patterns come to
some 60 ms.  A typical report never needs most of them: a report with no
half-width mark never runs the punctuation patterns, one with no web page
pasted in stops at the first chrome test.  ``lazy`` defers the work to the first
call and then gets out of the way: the compiled pattern's methods are stored on
the object, so later calls cost what a compiled pattern's do.

Only for patterns known to be valid (the built-in ones): a pattern from a
user's configuration is compiled at once, so that its error is reported when
the configuration is read.
"""
from __future__ import annotations

import re
from typing import Any

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)`` on first use.

    ``pattern`` and ``flags`` (as given) are there before compiling, for building
    larger patterns out of this one; anything else compiles it.
    """

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # Called only for attributes the instance does not hold yet: the first use.
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


def lazy(pattern: str, flags: int = 0) -> "re.Pattern[str]":
    """A pattern that compiles on first use; typed as the compiled pattern it stands for."""
    return LazyPattern(pattern, flags)  # type: ignore[return-value]
