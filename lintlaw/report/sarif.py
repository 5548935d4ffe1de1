"""SARIF 2.1.0 (GitHub code scanning, Azure DevOps, IDE viewers).

One run; ``tool.driver.rules`` lists every registered rule with its summary,
its rationale and its examples as help, ``ruleId`` is the rule's code (stable
across runs) and ``name`` its name.  Columns are Unicode code points
(``columnKind``), lines are 1-based, and SARIF's ``endColumn`` is exclusive
(ours is inclusive).  Paths are URIs relative to ``%SRCROOT%``, the folder
lintlaw ran in (the repository root in CI); a file outside it gets an absolute
``file:`` URI.  ``partialFingerprints`` carries the same fingerprint baselines
use, so an alert keeps its identity when lines move.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Dict, List, Optional
from urllib.parse import quote

from .. import __version__
from ..baseline import fingerprint
from ..registry import Rule, registry
from . import Context, RunResult
from .summary import statistics_object

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
ROOT_ID = "%SRCROOT%"


def artifact_location(path: str, root: str) -> Dict[str, str]:
    """A SARIF artifactLocation: relative to the root when inside it, else an absolute URI."""
    if path == "-":
        return {"uri": "-"}
    full = os.path.abspath(path)
    rel = os.path.relpath(full, root)
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return {"uri": Path(full).as_uri()}
    return {"uri": quote(rel.replace(os.sep, "/"), safe="/"), "uriBaseId": ROOT_ID}


def _region(line: int, column: int, end_line: int, end_column: int, empty: bool) -> dict:
    return {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": column if empty else end_column + 1,  # SARIF's end is exclusive
    }


def _rule_descriptor(rule_: Rule, lang: str) -> dict:
    summary, why = rule_.summary_in(lang), rule_.why_in(lang)
    bad_label, good_label = ("Flagged:", "Not flagged:") if lang == "en" else ("应报告的写法：", "不应报告的写法：")
    markdown = [f"**{summary}**", "", why]
    if rule_.bad:
        markdown += ["", bad_label, ""] + [f"- `{_one_line(text)}`" for text in rule_.bad[:3]]
    if rule_.good:
        markdown += ["", good_label, ""] + [f"- `{_one_line(text)}`" for text in rule_.good[:3]]
    descriptor = {
        "id": rule_.code,
        "name": rule_.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": why},
        "help": {"text": f"{summary}\n\n{why}", "markdown": "\n".join(markdown)},
        "defaultConfiguration": {"level": LEVELS[rule_.severity]},
        "properties": {"tags": [tag for tag in ("lintlaw", rule_.family) if tag]},
    }
    if rule_.fixable:
        descriptor["properties"]["fixable"] = rule_.fixable
    return descriptor


def _one_line(text: str) -> str:
    return text.replace("\n", " ⏎ ").replace("`", "'")


def _fixes(d, location: dict) -> List[dict]:
    if not d.fix or not d.fix.get("edits"):
        return []
    replacements = []
    for edit in d.fix["edits"]:
        empty = edit["end_column"] < edit["column"] and edit["end_line"] == edit["line"]
        replacements.append({
            "deletedRegion": _region(edit["line"], edit["column"], edit["end_line"], edit["end_column"], empty),
            "insertedContent": {"text": edit["content"]},
        })
    description = d.fix.get("message") or ("safe fix" if d.fix.get("applicability") == "safe" else "unsafe fix")
    return [{
        "description": {"text": description},
        "artifactChanges": [{"artifactLocation": location, "replacements": replacements}],
    }]


def build(result: RunResult, ctx: Context, root: Optional[str] = None) -> dict:
    root = root or os.getcwd()
    reg = registry()
    rules = list(reg.rules)
    index: Dict[str, int] = {r.code: i for i, r in enumerate(rules)}
    results = []
    for file_result in result.files:
        location = artifact_location(file_result.path, root)
        for d in file_result.diagnostics:
            empty = d.end <= d.start
            physical = {
                "artifactLocation": location,
                "region": _region(d.line, d.column, d.end_line, d.end_column, empty),
            }
            if d.page is not None:  # a PDF: its lines are the extracted text's, the page is the reader's
                physical["region"]["properties"] = {"page": d.page}
            message = d.message if not d.help else f"{d.message}\n{d.help}"
            item = {
                "ruleId": d.code,
                "level": LEVELS[d.severity],
                "message": {"text": message},
                "locations": [{"physicalLocation": physical}],
                "partialFingerprints": {
                    "lintlaw/v1": fingerprint(location["uri"], d.rule, d.context, d.occurrence),
                },
            }
            if d.code in index:
                item["ruleIndex"] = index[d.code]
            related = []
            for number, rel in enumerate(d.related, start=1):
                related.append({
                    "id": number,
                    "physicalLocation": {
                        "artifactLocation": location,
                        "region": _region(rel["line"], rel["column"], rel["end_line"], rel["end_column"], False),
                    },
                    "message": {"text": rel.get("message") or ""},
                })
            if related:
                item["relatedLocations"] = related
            fixes = _fixes(d, location)
            if fixes:
                item["fixes"] = fixes
            results.append(item)
    notifications = [
        {
            "level": "error",
            "message": {"text": error["message"]},
            "locations": [{"physicalLocation": {"artifactLocation": artifact_location(error["path"], root)}}],
        }
        for error in result.errors
    ]
    run = {
        "tool": {
            "driver": {
                "name": "lintlaw",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [_rule_descriptor(r, ctx.lang) for r in rules],
            }
        },
        "originalUriBaseIds": {ROOT_ID: {"uri": Path(root).resolve().as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "invocations": [{"executionSuccessful": not result.errors, "toolExecutionNotifications": notifications}],
    }
    if ctx.statistics:
        run["properties"] = {"statistics": statistics_object(result)}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(result: RunResult, stream, ctx: Context) -> None:
    stream.write(json.dumps(build(result, ctx), ensure_ascii=False, indent=2))  # one write, not thousands
    stream.write("\n")
