"""A progress bar on stderr for long runs: only on a terminal, only for many files.

Nothing is drawn when stderr is a pipe or a file (CI logs, pre-commit, editors)
or when there are few files; the bar is transient, so it leaves no trace in the
terminal once the run is over.
"""
from __future__ import annotations

import os
import sys

THRESHOLD = 20  # more files than this, and a bar is worth drawing


def wanted(stream, count: int) -> bool:
    if count <= THRESHOLD or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class _Silent:
    def __enter__(self) -> "_Silent":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def advance(self) -> None:
        return None


class _Bar:
    def __init__(self, total: int, stream):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._progress = Progress(
            TextColumn("lintlaw"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=Console(file=stream), transient=True,
        )
        self._task = self._progress.add_task("lint", total=total)

    def __enter__(self) -> "_Bar":
        self._progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self._progress.stop()

    def advance(self) -> None:
        self._progress.advance(self._task)


def bar(total: int, stream=None):
    """A context manager with ``advance()``: a rich bar when ``wanted``, else silent."""
    stream = stream if stream is not None else sys.stderr
    return _Bar(total, stream) if wanted(stream, total) else _Silent()
