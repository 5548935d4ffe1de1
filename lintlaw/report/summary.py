"""Counts shared by the human formats: the closing summary and --statistics."""
from __future__ import annotations

import collections
from typing import List, Tuple

from ..finding import SEVERITIES

LABELS = {
    "zh": {"error": "错误", "warning": "警告", "info": "提示"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}


def page_label(d, lang: str) -> str:
    """"第3页 " for a finding in a PDF (its line is a line of the extracted text), else ""."""
    if d.page is None:
        return ""
    return f"p. {d.page} " if lang == "en" else f"第{d.page}页 "


def statistics_rows(result) -> List[Tuple[str, str, int, bool]]:
    """(code, name, count, fixable) per rule, most frequent first."""
    counts = collections.Counter((d.code, d.rule) for d in result.diagnostics)
    fixable = {(d.code, d.rule) for d in result.diagnostics if d.fix}
    return [(code, name, n, (code, name) in fixable)
            for (code, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


TOTAL = {"zh": "合计（{files} 个文件）", "en": "in total ({files} file{s})"}


def statistics_lines(result, ctx) -> List[str]:
    """A line per rule, most frequent first, then the total; ``[*]``: fixable."""
    rows = statistics_rows(result)
    total = sum(n for _, _, n, _ in rows)
    width = max([len(str(total))] + [len(str(n)) for _, _, n, _ in rows])
    lines = [f"{n:>{width}}  {code}  {name}{'  [*]' if fix else ''}" for code, name, n, fix in rows]
    files = result.checked
    lines.append(f"{total:>{width}}  " + TOTAL[ctx.lang].format(files=files, s="" if files == 1 else "s"))
    return lines


def statistics_object(result) -> dict:
    """The statistics as the machine formats carry them: rows per rule and the total."""
    rows = [{"code": code, "rule": name, "count": count, "fixable": fixable}
            for code, name, count, fixable in statistics_rows(result)]
    return {"rules": rows, "total": sum(r["count"] for r in rows), "files": result.checked}


RELATED = {"zh": "参见第 {line} 行第 {column} 列：{message}", "en": "see line {line}, column {column}: {message}"}


def related_lines(d, lang: str) -> List[str]:
    """The related places of a finding, one line each, for formats that carry only text."""
    return [RELATED[lang].format(line=r["line"], column=r["column"], message=r.get("message") or "")
            for r in d.related]


def summary_line(result, lang: str) -> str:
    counts = collections.Counter(d.severity for d in result.diagnostics)
    total = sum(counts.values())
    labels = LABELS[lang]
    unreadable = sum(1 for f in result.files if not f.checked)
    with_errors = sum(1 for f in result.files if f.errors)
    if lang == "en":
        parts = ", ".join(f"{counts[s]} {labels[s]}" for s in reversed(SEVERITIES))
        line = f"Found {total} problem{'s' if total != 1 else ''} ({parts}) in {result.checked} file{'s' if result.checked != 1 else ''} checked"
        if with_errors:
            line += f"; {with_errors} file{'s' if with_errors != 1 else ''} with errors"
            if unreadable:
                line += f" ({unreadable} could not be read)"
        return line + "."
    parts = "，".join(f"{labels[s]} {counts[s]} 个" for s in reversed(SEVERITIES))
    line = f"发现 {total} 个问题（{parts}），检查了 {result.checked} 个文件"
    if with_errors:
        line += f"，{with_errors} 个文件出错"
        if unreadable:
            line += f"（{unreadable} 个无法读取）"
    return line + "。"
