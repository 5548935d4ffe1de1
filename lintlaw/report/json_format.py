"""The JSON report fixed by DESIGN.md: version, files, findings, errors."""
from __future__ import annotations

import json

from . import Context, RunResult
from .summary import statistics_rows


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(result: RunResult, stream, ctx: Context) -> None:
    # One finding a line: readable in a diff, and written with json's C encoder (an indented
    # dump goes through the pure-Python encoder, several seconds for a large archive).
    parts = ['{\n  "version": 1,\n  "files": %d,\n  "findings": [' % result.checked]
    findings = [_dumps(d.as_json()) for d in result.diagnostics]
    if findings:
        parts.append("\n    " + ",\n    ".join(findings) + "\n  ")
    parts.append('],\n  "errors": ' + _dumps(result.errors))
    if ctx.statistics:
        rows = [{"code": code, "rule": name, "count": count, "fixable": fixable}
                for code, name, count, fixable in statistics_rows(result)]
        parts.append(',\n  "statistics": ' + _dumps(rows))
    parts.append("\n}\n")
    stream.write("".join(parts))
