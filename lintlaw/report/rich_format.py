"""Human diagnostics: the place, the excerpt with the span underlined, what to write instead.

A report paragraph is often a single 500-character line, so the excerpt is a
window of about 30 characters on each side of the span.  CJK characters take
two terminal cells; the underline is measured in cells, so it sits exactly
under the span.
"""
from __future__ import annotations

from typing import Tuple

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from . import Context, RunResult
from .summary import LABELS, statistics_lines, summary_line

WINDOW = 30  # characters shown on each side of the span
MAX_SPAN = 60  # a longer span is shown cut, with an ellipsis
STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
WORDS = {
    "zh": {"help": "帮助", "related": "参见", "line": "第 {line} 行", "fix": "可用 --fix 修复", "unsafe-fix": "可用 --fix --unsafe-fixes 修复"},
    "en": {"help": "help", "related": "see", "line": "line {line}", "fix": "fixable with --fix", "unsafe-fix": "fixable with --fix --unsafe-fixes"},
}


def _printable(text: str) -> str:
    # A tab or a control character would throw the underline out of line.
    return "".join(" " if ch == "\t" or ord(ch) < 32 else ch for ch in text)


def excerpt(line: str, column: int, end_column: int, same_line: bool) -> Tuple[str, str, str]:
    """(before, span, after) to show; ``…`` marks where the line was cut."""
    line = _printable(line)
    start = max(0, column - 1)
    end = min(len(line), end_column if same_line else len(line))
    if end <= start:
        end = min(len(line), start + 1)
    span = line[start:end]
    if len(span) > MAX_SPAN:
        span = span[:MAX_SPAN] + "…"
    before = line[max(0, start - WINDOW):start]
    if start > WINDOW:
        before = "…" + before
    after = line[end:end + WINDOW]
    if len(line) > end + WINDOW:
        after += "…"
    return before, span, after


def render(result: RunResult, stream, ctx: Context) -> None:
    console = Console(file=stream, no_color=not ctx.color, highlight=False, soft_wrap=True,
                      force_terminal=ctx.color if ctx.color else None, emoji=False)
    if ctx.statistics:
        for line in statistics_lines(result, ctx):
            console.print(Text(line))
        console.print(Text(summary_line(result, ctx.lang), style="bold"))
        return
    words = WORDS[ctx.lang]
    labels = LABELS[ctx.lang]
    for d in result.diagnostics:
        header = Text()
        header.append(f"{d.path}:{d.line}:{d.column}", style="bold")
        header.append(": ")
        header.append(f"{labels[d.severity]} {d.code}", style=STYLES[d.severity])
        header.append(f" [{d.rule}] ", style="dim")
        header.append(d.message)
        if d.fix:
            label = words["fix"] if d.fix["applicability"] == "safe" else words["unsafe-fix"]
            header.append(f" [{label}]", style="dim green")
        console.print(header)

        gutter = " " * len(str(d.line))
        before, span, after = excerpt(d.source_line, d.column, d.end_column, d.end_line == d.line)
        console.print(Text(f" {gutter} │", style="blue"))
        body = Text()
        body.append(f" {d.line} │ ", style="blue")
        body.append(before)
        body.append(span, style=STYLES[d.severity].replace("bold ", "") + " underline")
        body.append(after)
        console.print(body)
        marks = Text()
        marks.append(f" {gutter} │ ", style="blue")
        marks.append(" " * cell_len(before))
        marks.append("^" * max(1, cell_len(span)), style=STYLES[d.severity])
        console.print(marks)
        if d.help:
            line = Text()
            line.append(f" {gutter} = ", style="blue")
            line.append(f"{words['help']}: ", style="bold")
            line.append(d.help)
            console.print(line)
        for rel in d.related:
            line = Text()
            line.append(f" {gutter} = ", style="blue")
            line.append(f"{words['related']} {d.path}:{rel['line']}:{rel['column']}: ", style="bold")
            line.append(rel["message"] or "")
            console.print(line)
        console.print()
    console.print(Text(summary_line(result, ctx.lang), style="bold"))
