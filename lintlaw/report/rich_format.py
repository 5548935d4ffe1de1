"""Human diagnostics: the place, the excerpt with the span underlined, what to write instead.

A report paragraph is often a single 500-character line, so the excerpt is a
window around the span that fits the terminal's width (a wrapped excerpt would
put the caret under the wrong character).  CJK characters take two terminal
cells; the window and the underline are measured in cells, so the caret sits
exactly under the span.
"""
from __future__ import annotations

from typing import Optional, Tuple

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from . import Context, RunResult
from .summary import LABELS, page_label, statistics_lines, summary_line

WINDOW = 30  # characters shown on each side of the span
MAX_SPAN = 60  # a longer span is shown cut, with an ellipsis
MIN_CELLS = 20  # on a terminal narrower than this, lines wrap rather than show nothing
STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
WORDS = {
    "zh": {"help": "帮助", "related": "参见", "line": "第 {line} 行", "fix": "可用 --fix 修复", "unsafe-fix": "可用 --fix --unsafe-fixes 修复",
           "not-rewritten": "Word、PDF 文件不会被改写：请在原文中修改，或用 --annotate 目录 生成带批注的副本"},
    "en": {"help": "help", "related": "see", "line": "line {line}", "fix": "fixable with --fix", "unsafe-fix": "fixable with --fix --unsafe-fixes",
           "not-rewritten": "Word and PDF files are never rewritten: change the original, or get a commented copy with --annotate DIR"},
}
NOT_REWRITTEN = (".docx", ".pdf")  # formats lintlaw reads but never writes back


def _printable(text: str) -> str:
    # A tab or a control character would throw the underline out of line.
    return "".join(" " if ch == "\t" or ord(ch) < 32 else ch for ch in text)


def _take_back(text: str, cells: int) -> str:
    """The longest end of ``text`` that fits in ``cells`` terminal cells."""
    used = 0
    i = len(text)
    while i > 0:
        width = cell_len(text[i - 1])
        if used + width > cells:
            break
        used += width
        i -= 1
    return text[i:]


def _take_front(text: str, cells: int) -> str:
    """The longest start of ``text`` that fits in ``cells`` terminal cells."""
    used = 0
    for i, ch in enumerate(text):
        width = cell_len(ch)
        if used + width > cells:
            return text[:i]
        used += width
    return text


def excerpt(line: str, column: int, end_column: int, same_line: bool,
            cells: Optional[int] = None) -> Tuple[str, str, str]:
    """(before, span, after) to show; ``…`` marks where the line was cut.

    With ``cells`` (the terminal columns left beside the gutter) the three fit in
    that many cells together, the context shared between both sides of the span;
    without it, ``WINDOW`` characters on each side.
    """
    line = _printable(line)
    start = max(0, column - 1)
    end = min(len(line), end_column if same_line else len(line))
    if end <= start:
        end = min(len(line), start + 1)
    if cells is None:
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
    cells = max(cells, MIN_CELLS)
    span = line[start:end]
    span_cells = min(cell_len(MAX_SPAN * "甲"), cells * 2 // 3)
    if cell_len(span) > span_cells:
        span = _take_front(span, span_cells - 1) + "…"
    room = cells - cell_len(span)
    head, tail = line[:start], line[end:]
    if cell_len(head) + cell_len(tail) <= room:
        return head, span, tail
    # Each side gets half the room, and what the other side does not need.
    before_room = max(room // 2, room - cell_len(tail))
    before = head if cell_len(head) <= before_room else "…" + _take_back(head, max(0, before_room - 1))
    after_room = room - cell_len(before)
    after = tail if cell_len(tail) <= after_room else _take_front(tail, max(0, after_room - 1)) + "…"
    return before, span, after


def render(result: RunResult, stream, ctx: Context) -> None:
    console = Console(file=stream, no_color=not ctx.color, highlight=False, soft_wrap=True,
                      force_terminal=ctx.color if ctx.color else None, emoji=False, width=ctx.width)
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
        header.append(page_label(d, ctx.lang), style="bold")
        header.append(f"{labels[d.severity]} {d.code}", style=STYLES[d.severity])
        header.append(f" [{d.rule}] ", style="dim")
        header.append(d.message)
        if d.fix:
            if d.path.lower().endswith(NOT_REWRITTEN):
                label = words["not-rewritten"]
            else:
                label = words["fix"] if d.fix["applicability"] == "safe" else words["unsafe-fix"]
            header.append(f" [{label}]", style="dim green")
        console.print(header)

        gutter = " " * len(str(d.line))
        # The excerpt fits the terminal: a wrapped line would put the caret under the wrong character.
        cells = console.width - cell_len(f" {d.line} │ ") - 1
        shift = d.source_column - 1  # the finding keeps its line from this column on (runner.excerpt_window)
        before, span, after = excerpt(d.source_line, d.column - shift, d.end_column - shift, d.end_line == d.line, cells)
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
