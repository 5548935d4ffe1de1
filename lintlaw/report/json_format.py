"""The JSON report fixed by DESIGN.md: version, files, findings, errors."""
from __future__ import annotations

import json

from . import Context, RunResult
from .summary import statistics_rows


def render(result: RunResult, stream, ctx: Context) -> None:
    payload = {
        "version": 1,
        "files": result.checked,
        "findings": [d.as_json() for d in result.diagnostics],
        "errors": result.errors,
    }
    if ctx.statistics:
        payload["statistics"] = [
            {"code": code, "rule": name, "count": count, "fixable": fixable}
            for code, name, count, fixable in statistics_rows(result)
        ]
    json.dump(payload, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
