"""Baselines: adopt lintlaw on a repository of old reports without fixing its history.

``--write-baseline FILE`` records today's findings; ``--baseline FILE`` then
reports only findings that are not in it, and lists the recorded ones that no
longer occur (fixed, or the text around them rewritten).

A finding is recorded by a fingerprint that survives lines moving: the file's
path relative to the baseline file, the rule's name, the normalized text of the
span and of its surroundings on the same line (``context_of``), and the
occurrence index among the file's findings with that same rule and context.
Neither line nor column is part of it, so inserting a paragraph above a known
finding does not make it new; rewriting the sentence it sits in does.

The file is JSON, one finding a line, sorted, so it reviews and merges well in
git; ``line`` is there for people only and is never matched.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Set, Tuple

VERSION = 1
CONTEXT_CHARS = 12  # normalized characters kept on each side of the span
SPAN_CHARS = 40  # a longer span is kept as its two ends and a hash of the whole

# White space of every width (U+3000 first-line indents, NBSP from web pages,
# zero-width spaces, BOMs): re-indenting or re-wrapping must not make a finding new.
# str.split() drops exactly what ``\s`` matches, several times faster than re.sub
# on the span of a pasted block; it does not count U+200B and U+FEFF as space.
_INVISIBLE = ("\u200b", "\ufeff")


class BaselineError(Exception):
    """A baseline file that cannot be read or written; the message names the file."""


def _normalize(text: str) -> str:
    text = "".join(text.split())
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    return text


def context_of(doc, start: int, end: int) -> str:
    """The span (``«…»``) in its surroundings, width-folded, white space removed.

    Surroundings stop at the line's ends: a finding's identity must not depend on
    the paragraphs that happen to come before or after it.
    """
    text, folded = doc.text, doc.folded
    # A window a few times wider than what is kept, so that white space inside
    # it still leaves enough characters.  The line's ends are looked for inside
    # the window only: a search to the real ends of a line cost a whole line per
    # finding (a 1.2 M-character line with its thousands of findings: 35 s).
    # Within the window the result is the same, so fingerprints do not change.
    window = CONTEXT_CHARS * 4
    low = max(0, start - window)
    line_start = text.rfind("\n", low, start) + 1 or low
    high = min(len(text), end + window)
    line_end = text.find("\n", end, high)
    if line_end < 0:
        line_end = high
    before = _normalize(folded[line_start:start])[-CONTEXT_CHARS:]
    after = _normalize(folded[end:max(end, line_end)])[:CONTEXT_CHARS]
    span = _normalize(folded[start:end])
    if len(span) > SPAN_CHARS:
        digest = hashlib.sha1(span.encode("utf-8")).hexdigest()[:10]
        half = SPAN_CHARS // 2
        span = f"{span[:half]}…{span[-half:]}#{digest}"
    return f"{before}«{span}»{after}"


def fingerprint(path: str, rule: str, context: str, occurrence: int) -> str:
    """A short stable hash of the fingerprint, for formats that want one string (SARIF, GitLab)."""
    key = "\x1f".join((path, rule, context, str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def relative_path(path: str, base_dir: str) -> str:
    """``path`` relative to ``base_dir``, with ``/`` separators (stdin stays ``-``)."""
    if path == "-":
        return path
    rel = os.path.relpath(os.path.abspath(path), base_dir)
    return rel.replace(os.sep, "/")


Key = Tuple[str, str, str, int]  # (relative path, rule name, context, occurrence)


@dataclass(frozen=True)
class Entry:
    path: str
    rule: str
    code: str
    context: str
    occurrence: int
    line: int = 0  # where it was when recorded; for people, never matched

    @property
    def key(self) -> Key:
        return (self.path, self.rule, self.context, self.occurrence)

    def as_json(self) -> dict:
        return {"path": self.path, "rule": self.rule, "code": self.code, "context": self.context,
                "occurrence": self.occurrence, "line": self.line}


@dataclass
class Outcome:
    """What applying a baseline did: findings hidden, and entries that no longer occur."""

    suppressed: int = 0
    stale: List[Entry] = field(default_factory=list)


def _entries(result, base_dir: str) -> List[Entry]:
    out = []
    for file_result in result.files:
        rel = relative_path(file_result.path, base_dir)
        for d in file_result.diagnostics:
            out.append(Entry(rel, d.rule, d.code, d.context, d.occurrence, d.line))
    out.sort(key=lambda e: (e.path, e.line, e.rule, e.context, e.occurrence))
    return out


def write(path: str, result) -> int:
    """Record every finding of ``result`` in ``path``; return how many were recorded."""
    base_dir = os.path.dirname(os.path.abspath(path))
    entries = _entries(result, base_dir)
    lines = ",\n".join("    " + json.dumps(e.as_json(), ensure_ascii=False) for e in entries)
    body = (
        "{\n"
        f'  "version": {VERSION},\n'
        '  "tool": "lintlaw",\n'
        '  "findings": [\n'
        + (lines + "\n" if lines else "")
        + "  ]\n}\n"
    )
    try:
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        tmp = f"{path}.lintlaw-tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(body)
        os.replace(tmp, path)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot write the baseline: {exc.strerror or exc}") from None
    return len(entries)


class Baseline:
    def __init__(self, path: str, entries: Iterable[Entry]):
        self.path = path
        self.base_dir = os.path.dirname(os.path.abspath(path))
        self.entries = list(entries)

    @classmethod
    def load(cls, path: str) -> "Baseline":
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except FileNotFoundError:
            raise BaselineError(f"{path}: baseline file not found (create it with --write-baseline)") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(f"{path}: cannot read the baseline: {exc}") from None
        except json.JSONDecodeError as exc:
            raise BaselineError(f"{path}: not a lintlaw baseline: invalid JSON at line {exc.lineno}") from None
        if not isinstance(data, dict) or data.get("tool") != "lintlaw" or not isinstance(data.get("findings"), list):
            raise BaselineError(f"{path}: not a lintlaw baseline (no \"tool\": \"lintlaw\" and \"findings\" list)")
        if data.get("version") != VERSION:
            raise BaselineError(f"{path}: baseline version {data.get('version')!r} is not supported (expected {VERSION})")
        entries = []
        for index, item in enumerate(data["findings"]):
            try:
                entries.append(Entry(str(item["path"]), str(item["rule"]), str(item.get("code", "")),
                                     str(item["context"]), int(item["occurrence"]), int(item.get("line", 0))))
            except (KeyError, TypeError, ValueError):
                raise BaselineError(f"{path}: finding {index + 1} lacks path, rule, context or occurrence") from None
        return cls(path, entries)

    def apply(self, result) -> Outcome:
        """Drop the known findings from ``result`` (in place); say which entries are gone.

        An entry is stale when its file was checked in this run with its rule
        selected and the finding did not come back, or when its file no longer
        exists.  Files not linted in this run say nothing about their entries.
        """
        known: Dict[Key, Entry] = {e.key: e for e in self.entries}
        matched: Set[Key] = set()
        judged: Set[Tuple[str, str]] = set()  # (path, rule) pairs this run can speak for
        outcome = Outcome()
        for file_result in result.files:
            rel = relative_path(file_result.path, self.base_dir)
            if file_result.checked and not file_result.errors:
                judged.update((rel, name) for name in file_result.rules)
            kept = []
            for d in file_result.diagnostics:
                key = (rel, d.rule, d.context, d.occurrence)
                if key in known:
                    matched.add(key)
                    outcome.suppressed += 1
                else:
                    kept.append(d)
            file_result.diagnostics = kept
        for entry in self.entries:
            if entry.key in matched:
                continue
            gone = entry.path != "-" and not os.path.exists(os.path.join(self.base_dir, entry.path))
            if gone or (entry.path, entry.rule) in judged:
                outcome.stale.append(entry)
        return outcome


def describe(outcome: Outcome, baseline_path: str, lang: str) -> List[str]:
    """Lines for stderr: how many known findings were hidden, and the stale entries."""
    lines = []
    if outcome.suppressed:
        lines.append(f"baseline {baseline_path}: {outcome.suppressed} known finding(s) not shown" if lang == "en"
                     else f"基线 {baseline_path}：已记录的 {outcome.suppressed} 个问题未显示")
    if outcome.stale:
        n = len(outcome.stale)
        if lang == "en":
            lines.append(f"baseline {baseline_path}: {n} entr{'y' if n == 1 else 'ies'} no longer occur "
                         f"(fixed or rewritten); run --write-baseline to drop them:")
        else:
            lines.append(f"基线 {baseline_path}：{n} 条记录已不再出现（已修复或已改写），"
                         f"可用 --write-baseline 重新生成基线：")
        for e in outcome.stale:
            lines.append(f"  {e.path}: {e.code} [{e.rule}] {e.context}")
    return lines
