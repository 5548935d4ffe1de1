"""GitLab Code Quality report: a JSON array of issues (``artifacts:reports:codequality``).

Each issue has ``description``, ``check_name`` (the rule's code), a
``fingerprint`` unique to the finding and stable when lines move (the one
baselines use), ``severity`` (GitLab's scale: an error is ``major``, a warning
``minor``, an info ``info``) and ``location`` with a repository-relative
``path`` and ``lines.begin``/``lines.end``.
"""
from __future__ import annotations

import json
import sys

from ..baseline import fingerprint
from . import Context, RunResult
from .github import repo_path
from .summary import related_lines, statistics_lines

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def build(result: RunResult, lang: str = "zh") -> list:
    issues = []
    for d in result.diagnostics:
        path = repo_path(d.path)
        description = f"[{d.rule}] {d.message}"
        for extra in ([d.help] if d.help else []) + related_lines(d, lang):
            description += f" {extra}"
        issues.append({
            "type": "issue",
            "description": description,
            "check_name": d.code,
            "categories": ["Style"],
            "fingerprint": fingerprint(path, d.rule, d.context, d.occurrence),
            "severity": SEVERITIES[d.severity],
            "location": {"path": path, "lines": {"begin": d.line, "end": d.end_line}},
        })
    return issues


def render(result: RunResult, stream, ctx: Context) -> None:
    stream.write(json.dumps(build(result, ctx.lang), ensure_ascii=False, indent=2))  # one write, not thousands
    stream.write("\n")
    if ctx.statistics:
        # The report is an artifact GitLab parses: an array of issues and nothing else.
        # The counts go to the job's log instead.
        for line in statistics_lines(result, ctx):
            sys.stderr.write(line + "\n")
