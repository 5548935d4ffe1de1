"""One line a finding: ``path:line:col: CODE [name] message`` (what editors and grep read)."""
from __future__ import annotations

from . import Context, RunResult
from .summary import page_label, statistics_lines


def render(result: RunResult, stream, ctx: Context) -> None:
    if ctx.statistics:
        for line in statistics_lines(result, ctx):
            stream.write(line + "\n")
        return
    for d in result.diagnostics:
        stream.write(f"{d.path}:{d.line}:{d.column}: {page_label(d, ctx.lang)}{d.code} [{d.rule}] {d.message}\n")
