"""GitHub Actions workflow commands: one annotation a finding, most severe first.

GitHub shows only the first 10 annotations of each kind (error, warning,
notice) per step and drops the rest silently, so findings are sorted errors
first, and a closing line says how many there are.  When
``GITHUB_STEP_SUMMARY`` is set, a Markdown table of every finding is appended
to that file (the job's summary page), so none is lost.

Escaping follows the workflow-command rules: in the message ``%``, ``\\r`` and
``\\n`` are percent-encoded; in properties ``:`` and ``,`` are too.
"""
from __future__ import annotations

import collections
import os
from typing import List

from ..finding import SEVERITY_RANK
from . import Context, RunResult
from .summary import related_lines, statistics_lines, statistics_object

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
SHOWN_PER_KIND = 10  # GitHub's limit per step and kind
# GitHub refuses a step summary over 1 MiB; stay well below it.
SUMMARY_LIMIT = 900 * 1024


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def repo_path(path: str) -> str:
    """``path`` relative to the working folder (the repository root in CI), ``/``-separated.

    CI services match annotations to files by repository-relative paths; a
    path outside the working folder stays absolute.
    """
    if path == "-":
        return path
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, os.getcwd())
    except ValueError:  # another drive (Windows)
        return full.replace(os.sep, "/")
    if rel == os.pardir or rel.startswith(os.pardir + os.sep):
        return full.replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def _ordered(result: RunResult):
    diagnostics = result.diagnostics  # already in file order, then line order
    return sorted(diagnostics, key=lambda d: -SEVERITY_RANK[d.severity])  # stable: keeps that order


def annotation(d, lang: str = "zh") -> str:
    props = [
        f"file={escape_property(repo_path(d.path))}",
        f"line={d.line}",
        f"endLine={d.end_line}",
    ]
    if d.line == d.end_line:  # GitHub ignores columns on multi-line annotations
        props += [f"col={d.column}", f"endColumn={max(d.column, d.end_column)}"]
    props.append(f"title={escape_property(f'{d.code} {d.rule}')}")
    message = "\n".join([d.message, *([d.help] if d.help else []), *related_lines(d, lang)])
    return f"::{COMMANDS[d.severity]} {','.join(props)}::{escape_data(message)}"


WORDS = {
    "zh": {"title": "lintlaw 检查结果", "none": "未发现问题。", "file": "文件", "line": "行", "col": "列",
           "rule": "规则", "severity": "级别", "count_col": "数量", "total": "合计", "message": "说明", "errors": "无法检查的文件",
           "more": "另有 {n} 个问题未列出（摘要已达大小上限）。", "count": "共 {n} 个问题。",
           "capped": "lintlaw：共 {n} 个问题；GitHub 每类只显示前 {k} 个注释，完整列表见作业摘要（job summary）。",
           "severities": {"error": "错误", "warning": "警告", "info": "提示"}},
    "en": {"title": "lintlaw results", "none": "No problems found.", "file": "File", "line": "Line", "col": "Col",
           "rule": "Rule", "severity": "Severity", "count_col": "Count", "total": "Total", "message": "Message", "errors": "Files that could not be checked",
           "more": "{n} more findings not listed (the summary reached its size limit).", "count": "{n} findings.",
           "capped": "lintlaw: {n} findings; GitHub shows only the first {k} annotations of each kind, "
                     "see the job summary for all of them.",
           "severities": {"error": "error", "warning": "warning", "info": "info"}},
}


def _cell(text: str) -> str:
    return (text or "").replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>")


def statistics_markdown(result: RunResult, lang: str) -> List[str]:
    w = WORDS[lang]
    stats = statistics_object(result)
    out = [f"| {w['rule']} | {w['count_col']} |", "|---|---:|"]
    out += [f"| `{r['code']}` {_cell(r['rule'])} | {r['count']} |" for r in stats["rules"]]
    out.append(f"| {w['total']} | {stats['total']} |")
    return out + [""]


def summary_markdown(result: RunResult, lang: str, limit: int = SUMMARY_LIMIT, statistics: bool = False) -> str:
    w = WORDS[lang]
    diagnostics = _ordered(result)
    out: List[str] = [f"## {w['title']}", ""]
    if statistics:
        out += statistics_markdown(result, lang)
    if not diagnostics:
        out.append(w["none"])
    else:
        out += [w["count"].format(n=len(diagnostics)), "",
                f"| {w['file']} | {w['line']} | {w['col']} | {w['rule']} | {w['severity']} | {w['message']} |",
                "|---|---:|---:|---|---|---|"]
        size = sum(len(line.encode("utf-8")) + 1 for line in out)
        for number, d in enumerate(diagnostics):
            row = (f"| {_cell(d.path)} | {d.line} | {d.column} | `{d.code}` {_cell(d.rule)} | "
                   f"{w['severities'][d.severity]} | {_cell(d.message)} |")
            size += len(row.encode("utf-8")) + 1
            if size > limit:
                out += ["", w["more"].format(n=len(diagnostics) - number)]
                break
            out.append(row)
    if result.errors:
        out += ["", f"### {w['errors']}", ""]
        out += [f"- {_cell(e['path'])}: {_cell(e['message'])}" for e in result.errors]
    return "\n".join(out) + "\n\n"


def render(result: RunResult, stream, ctx: Context) -> None:
    for error in result.errors:
        stream.write(f"::error file={escape_property(repo_path(error['path']))},title=lintlaw::{escape_data(error['message'])}\n")
    ordered = _ordered(result)
    for d in ordered:
        stream.write(annotation(d, ctx.lang) + "\n")
    per_kind = collections.Counter(d.severity for d in ordered)
    if any(n > SHOWN_PER_KIND for n in per_kind.values()):
        stream.write(WORDS[ctx.lang]["capped"].format(n=len(ordered), k=SHOWN_PER_KIND) + "\n")
    if ctx.statistics:
        # Plain lines: the job's log shows them as they are, below the annotations.
        for line in statistics_lines(result, ctx):
            stream.write(line + "\n")
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary_path:
        try:
            with open(summary_path, "a", encoding="utf-8") as handle:
                handle.write("\n" + summary_markdown(result, ctx.lang, statistics=ctx.statistics))
        except OSError as exc:
            stream.write(f"::warning title=lintlaw::{escape_data(f'cannot write the step summary: {exc}')}\n")
