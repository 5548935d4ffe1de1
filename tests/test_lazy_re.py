"""lazy(): built-in patterns compile on first use, then behave as compiled ones."""
import re

from lintlaw.checks import _chrome, punctuation
from lintlaw.lazy_re import LazyPattern, lazy

HALF = r"[,;:?!()]"


def test_nothing_is_compiled_until_the_first_use():
    pattern = lazy(HALF)
    assert pattern.pattern == HALF and pattern.flags == 0  # readable for building larger patterns
    assert "search" not in vars(pattern)
    assert pattern.search("全年,共") is not None
    assert "search" in vars(pattern) and "finditer" in vars(pattern)


def test_it_finds_what_the_compiled_pattern_finds():
    text = "(一)加强领导,健全机制;Copyright 2023. 打印 关闭"
    for source, flags in ((HALF, 0), (r"copyright\s+(\d{4})", re.I), (r"(?P<word>打印|关闭)", 0)):
        lazy_one, compiled = lazy(source, flags), re.compile(source, flags)
        assert [m.span() for m in lazy_one.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert lazy_one.findall(text) == compiled.findall(text)
        assert lazy_one.sub("#", text) == compiled.sub("#", text)
        assert lazy_one.split(text) == compiled.split(text)
        assert bool(lazy_one.match(text)) == bool(compiled.match(text))
        assert lazy_one.groups == compiled.groups and lazy_one.groupindex == compiled.groupindex


def test_the_heavy_modules_defer_their_patterns():
    # Importing them compiles nothing that a report without web chrome or half-width
    # marks never uses.
    assert isinstance(_chrome._SLOGAN, LazyPattern)
    assert isinstance(punctuation._SURE_MARK, LazyPattern)
