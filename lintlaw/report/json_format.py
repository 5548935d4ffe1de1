"""The JSON report fixed by DESIGN.md: version, files, findings, errors."""
from __future__ import annotations

import json

from . import Context, RunResult
from .summary import statistics_object


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def render(result: RunResult, stream, ctx: Context) -> None:
    # One finding a line: readable in a diff, and written with json's C encoder (an indented
    # dump goes through the pure-Python encoder, several seconds for a large archive).
    # Written as it goes, so a large archive's report is never held whole in memory.
    stream.write('{\n  "version": 1,\n  "files": %d,\n  "findings": [' % result.checked)
    separator = "\n    "
    for d in result.diagnostics:
        stream.write(separator + d.to_json_text())
        separator = ",\n    "
    stream.write(("\n  " if separator != "\n    " else "") + '],\n  "errors": ' + _dumps(result.errors))
    if ctx.statistics:
        stats = statistics_object(result)
        stream.write(',\n  "statistics": ' + _dumps(stats["rules"]) + ',\n  "total": %d' % stats["total"])
    stream.write("\n}\n")
