"""One large file on two cores: its rules split between this process and a forked one.

``--jobs`` spreads many files over processes; a single large file (an archive of
a year's reports, several MB) would still run on one core.  Here the document
model is built once and the process forks: the child reads the same text, folded
text and line table through copy-on-write memory, with nothing pickled on the way
in; it runs its half of the rules, turns its findings into diagnostics, and sends
them back pickled through a pipe while this process runs the other half.

The halves are families: structure, numbers and citations (LL1xx, LL3xx, LL7xx)
in the child, repetition, punctuation and residue (LL2xx, LL4xx, LL5xx, and
plug-ins) here.  Rules that share an analysis belong to the same half (the number
model to LL3xx; the report's title and year to LL1xx, LL306 and LL7xx; page chrome,
copies and broken paragraphs to LL2xx-LL5xx), so each
analysis is still computed once; what both halves read (paragraphs, the
outline) the caller builds before the fork.  The child gets the half whose
results are small: the other holds punctuation-width, whose one fix can carry
tens of thousands of edits, and those are cheaper to keep than to pickle.

Only where fork is cheap and safe (Linux), and only for a file large enough to
repay the fork.  A child that fails for any reason (killed, out of memory, a
result that does not unpickle) is made up for by running its rules here: the
result is the same either way, only slower.  The output does not depend on the
split: diagnostics are sorted afterwards and rule errors keep the rules' order, and
the rules' claims (lintlaw.claims) are weighed after the join too (each half has
weighed its own and sends the claims of what it dropped), so text claimed in one
process (a pasted copy) silences what the other found in it (a sum).
"""
from __future__ import annotations

import os
import sys
from typing import Callable, List, Sequence, Tuple, TypeVar

# Below this many characters (about 600 kB of Chinese text) a lint takes a
# fraction of a second and the fork and the pickling eat most of the gain.
MIN_CHARS = 200_000
# The families the child process runs.
CHILD_FAMILIES = frozenset({"structure", "numbers", "citations"})

T = TypeVar("T")  # a rule
R = TypeVar("R")  # what running a group returns: a tuple of lists (diagnostics, errors, ...)


def can_fork() -> bool:
    # macOS has fork, but system libraries are not fork-safe there (CPython itself
    # stopped forking by default on macOS); Windows has none.
    if not (hasattr(os, "fork") and sys.platform.startswith("linux")):
        return False
    # A lock held by another thread at the fork stays locked forever in the child:
    # a program that calls lintlaw from several threads gets no split.
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


def split(rules: Sequence[T], jobs: int, size: int, family: Callable[[T], str]) -> List[List[T]]:
    """The rules as groups to run at once, this process's first: one group unless a
    split pays off."""
    if jobs < 2 or size < MIN_CHARS or not can_fork():
        return [list(rules)]
    here = [r for r in rules if family(r) not in CHILD_FAMILIES]
    child = [r for r in rules if family(r) in CHILD_FAMILIES]
    return [here, child] if here and child else [list(rules)]


def run_split(here: Sequence[T], child: Sequence[T],
              work: Callable[[Sequence[T]], Tuple[list, ...]]) -> Tuple[list, ...]:
    """``work(here)`` in this process and ``work(child)`` in a forked one, results joined.

    ``work`` returns a tuple of lists (diagnostics, errors, …); each joined list
    holds this process's results first.
    """
    parent = os.getpid()
    try:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
    except OSError:  # no more processes or memory: run everything here
        return _join(work(here), work(child))
    if pid == 0:  # pragma: no cover - the child's lines run in the forked process
        from .lifeline import die_with_parent

        die_with_parent(parent)  # a lintlaw killed outright must not leave its half running
        _child(read_fd, write_fd, child, work)
    os.close(write_fd)
    with os.fdopen(read_fd, "rb") as pipe:
        try:
            mine = work(here)
            theirs = _collect(pipe, pid)
        except BaseException:  # an error or Ctrl-C here: leave no child behind
            _stop(pid)
            raise
    if theirs is None:
        theirs = work(child)
    return _join(mine, theirs)


def _child(read_fd: int, write_fd: int, rules: Sequence[T], work: Callable[[Sequence[T]], R]) -> None:  # pragma: no cover
    # Never return into the caller's stack, never run its atexit handlers or flush
    # its buffered output twice: every path ends in os._exit.
    status = 1
    try:
        import pickle

        os.close(read_fd)
        data = pickle.dumps(work(rules), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write_fd, "wb") as pipe:
            pipe.write(data)
        status = 0
    except BaseException:  # noqa: BLE001 - any failure: the parent runs these rules itself
        pass
    finally:
        os._exit(status)


def _collect(pipe, pid: int):
    """The child's result, or None when it did not deliver one."""
    import pickle  # here, not at start-up: most documents are never split

    data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return None
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 - a truncated result: run the rules here instead
        return None


def _stop(pid: int) -> None:
    import signal

    try:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    except OSError:
        pass


def _join(first: Tuple[list, ...], second: Tuple[list, ...]) -> Tuple[list, ...]:
    return tuple(mine + theirs for mine, theirs in zip(first, second))
