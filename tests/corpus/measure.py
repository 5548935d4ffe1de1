#!/usr/bin/env python3
"""Recall per form and false alarms on a planted corpus of report prose.

    python tests/corpus/measure.py tests/corpus/*.jsonl
    python tests/corpus/measure.py tests/corpus/numbers.jsonl --split holdout --verbose
    python tests/corpus/measure.py tests/corpus/text.jsonl --prose /path/to/clean/txt/folder

A case is one JSON object a line (see tests/corpus/README.md):

    {"rule": "percent-mismatch", "form": "share/出庭应诉率", "split": "tune",
     "text": "…", "defect": "出庭应诉率100%"}

``defect`` is the substring (its first occurrence in ``text``) where a planted defect
lies; "" marks a clean look-alike that no rule may flag. ``known`` ("miss" or
"false-alarm") marks a documented shortcoming: counted here, skipped by the test.

Each case is linted as a file of its own through the whole engine (every rule but
the report-profile ones, as ``--profile none`` runs them; the runner's one-defect-
one-finding policy included). A planted defect is caught when a finding of its rule
overlaps the defect's characters (two characters of slack either side, for a cut
between two lines). Every other finding on a case is an extra: another rule speaking
about the same defect, or a false alarm. False alarms are counted per 100,000
characters of clean text: the clean cases, and with ``--prose`` every .txt file of a
folder of unplanted report prose.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import sys
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
SLACK = 2  # characters either side of a defect a finding may start or end in


@dataclass
class Case:
    rule: str
    form: str
    split: str
    text: str
    defect: str
    known: str = ""
    where: str = ""  # file:line of the case, for messages

    @property
    def clean(self) -> bool:
        return not self.defect

    def span(self) -> Tuple[int, int]:
        start = self.text.find(self.defect)
        return start, start + len(self.defect)


@dataclass
class Outcome:
    case: Case
    caught: bool
    extras: List[Tuple[str, str]] = field(default_factory=list)  # (rule, the text it flagged)


def load(paths: Iterable[str]) -> List[Case]:
    cases = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{os.path.basename(path)}:{number}"
                try:
                    obj = json.loads(line)
                    case = Case(rule=obj["rule"], form=obj["form"], split=obj.get("split", "tune"),
                                text=obj["text"], defect=obj.get("defect", ""), known=obj.get("known", ""),
                                where=where)
                except (ValueError, KeyError, TypeError) as exc:
                    raise SystemExit(f"{where}: not a corpus case: {exc}")
                if case.defect and case.defect not in case.text:
                    raise SystemExit(f"{where}: the defect {case.defect!r} is not in the text")
                # Each round of held-out cases keeps its own name (holdout, holdout4, …).
                if case.split != "tune" and not case.split.startswith("holdout"):
                    raise SystemExit(f"{where}: split must be tune or holdout…, not {case.split!r}")
                if case.known not in ("", "miss", "false-alarm"):
                    raise SystemExit(f"{where}: known must be miss or false-alarm, not {case.known!r}")
                cases.append(case)
    return cases


def _lint(text: str, name: str = "case.txt"):
    from lintlaw.runner import LintOptions, lint_file

    options = LintOptions(profile="none", fix_edits=False, excerpts=False)
    # A path inside the repository, so the repository's own configuration applies.
    result = lint_file(os.path.join(HERE, name), options, data=text.encode("utf-8"), display_path=name)
    if result.errors:
        raise RuntimeError(f"lintlaw could not lint a case: {result.errors}")
    return result.diagnostics


def judge(case: Case) -> Outcome:
    found = _lint(case.text)
    caught = False
    extras = []
    lo = hi = -1
    if not case.clean:
        lo, hi = case.span()
    for d in found:
        if not case.clean and d.rule == case.rule and d.start < hi + SLACK and d.end > lo - SLACK:
            caught = True
            continue
        extras.append((d.rule, case.text[d.start:d.end][:40]))
    return Outcome(case, caught, extras)


def prose_alarms(folder: str) -> Tuple[int, Dict[str, int], List[str]]:
    """Characters of the folder's .txt files, findings per rule, and a line per finding."""
    chars = 0
    per_rule: Dict[str, int] = collections.Counter()
    lines = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            text = f.read()
        chars += len(text)
        for d in _lint(text, name):
            per_rule[d.rule] += 1
            lines.append(f"  {name}:{d.line}: {d.rule}: {text[d.start:d.end][:40]!r} {d.message}")
    return chars, per_rule, lines


def report(outcomes: Sequence[Outcome], verbose: bool, out=sys.stdout) -> None:
    table: Dict[Tuple[str, str, str], List[int]] = collections.defaultdict(lambda: [0, 0])
    for o in outcomes:
        if o.case.clean:
            continue
        row = table[(o.case.rule, o.case.form, o.case.split)]
        row[0] += o.caught
        row[1] += 1
    print(f"{'rule':24} {'form':34} {'split':8} caught", file=out)
    for (rule, form, split), (caught, planted) in sorted(table.items()):
        print(f"{rule:24} {form:34} {split:8} {caught}/{planted}", file=out)
    print(file=out)
    for split in sorted({s for _r, _f, s in table}, key=lambda s: (s != "tune", s)):
        by_rule: Dict[str, List[int]] = collections.defaultdict(lambda: [0, 0])
        for (rule, _form, s), (caught, planted) in table.items():
            if s == split:
                by_rule[rule][0] += caught
                by_rule[rule][1] += planted
        if by_rule:
            parts = ", ".join(f"{r} {c}/{p} ({c / p:.0%})" for r, (c, p) in sorted(by_rule.items()))
            print(f"recall, {split}: {parts}", file=out)
    clean = [o for o in outcomes if o.case.clean]
    clean_chars = sum(len(o.case.text) for o in clean)
    alarms = sum(len(o.extras) for o in clean)
    if clean:
        rate = alarms * 100_000 / clean_chars if clean_chars else 0.0
        print(f"clean cases: {len(clean)} ({clean_chars} characters), {alarms} findings, "
              f"{rate:.1f} per 100,000 characters", file=out)
    extra_on_bad = sum(len(o.extras) for o in outcomes if not o.case.clean)
    print(f"extra findings on planted cases (another rule, or the rule elsewhere): {extra_on_bad}", file=out)
    if verbose:
        for o in outcomes:
            if not o.case.clean and not o.caught:
                print(f"MISS  {o.case.where} {o.case.rule} {o.case.form}: {o.case.defect!r}", file=out)
            for rule, flagged in o.extras:
                kind = "ALARM" if o.case.clean else "EXTRA"
                print(f"{kind} {o.case.where} {rule}: {flagged!r}", file=out)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", help="corpus files (default: every tests/corpus/*.jsonl)")
    parser.add_argument("--split", help="only this half (tune, holdout, or a named holdout round such as holdout4)")
    parser.add_argument("--rule", action="append", help="only cases of this rule (repeatable)")
    parser.add_argument("--prose", metavar="DIR", help="also count findings on the unplanted .txt files of DIR")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and every extra finding")
    args = parser.parse_args(argv)
    files = args.files or sorted(os.path.join(HERE, n) for n in os.listdir(HERE) if n.endswith(".jsonl"))
    cases = load(files)
    if args.split:
        cases = [c for c in cases if c.split == args.split]
    if args.rule:
        cases = [c for c in cases if c.rule in args.rule]
    report([judge(c) for c in cases], args.verbose)
    if args.prose:
        chars, per_rule, lines = prose_alarms(args.prose)
        total = sum(per_rule.values())
        rate = total * 100_000 / chars if chars else 0.0
        print(f"\nprose: {chars} characters, {total} findings, {rate:.1f} per 100,000 characters "
              f"({', '.join(f'{r} {n}' for r, n in per_rule.most_common()) or 'none'})")
        if args.verbose:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
