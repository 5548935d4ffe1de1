#!/usr/bin/env python
"""The wording rules (LL6xx) on the typo development sentences, scored as issue 16 scores them.

    python benchmarks/typos.py                      # ../shared/typos-dev, both parts
    python benchmarks/typos.py --split holdout --data DIR --show 20

Each file of DIR (ecspell_odw_dev.jsonl, ecspell_law_dev.jsonl, xxqg_clean_dev.jsonl) is
cut in two by a hash of the sentence id: ``holdout`` (crc32(id) % 10 < 3, about 30%),
set aside before any tuning, and ``tune``.  The sentences of a part are written one per
line to a .txt file and linted as a user would: ``lintlaw --profile none --select LL6
--format json``.  Then, per file:

- a sentence is *flagged* when any LL6xx finding lies in it, and *caught* when a finding
  covers one of its wrong characters; precision = caught / flagged, recall = caught /
  sentences with errors; for a file of clean sentences, the share flagged;
- the exact-position figures of the data's own scorer (eval_csc.py beside the data):
  every character a finding covers is a predicted position, the fix's text (if any)
  its correction.

Only development data is read here; the test splits are kept elsewhere.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import zlib
from typing import Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_DATA = os.path.join(os.path.dirname(REPO), "shared", "typos-dev")
FILES = ("ecspell_odw_dev.jsonl", "ecspell_law_dev.jsonl", "xxqg_clean_dev.jsonl")


def part_of(sentence_id: str) -> str:
    return "holdout" if zlib.crc32(sentence_id.encode("utf-8")) % 10 < 3 else "tune"


def load(path: str, split: str) -> List[dict]:
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    return [r for r in rows if split == "all" or part_of(r["id"]) == split]


def lint_lines(lines: List[str], select: str) -> List[dict]:
    """LL6 findings of the sentences written one per line, as `lintlaw` reports them."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "sentences.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        proc = subprocess.run(
            [sys.executable, "-m", "lintlaw", "--profile", "none", "--select", select,
             "--format", "json", "--no-color", path],
            capture_output=True, text=True, cwd=tmp,
        )
    if proc.returncode not in (0, 1):
        raise SystemExit(f"lintlaw failed ({proc.returncode}): {proc.stderr}")
    return json.loads(proc.stdout)["findings"]


def predictions(rows: List[dict], findings: List[dict]) -> Dict[str, dict]:
    """eval_csc predictions: each character a finding covers, with the fix's text when it has one."""
    out: Dict[str, dict] = {r["id"]: {"id": r["id"], "edits": []} for r in rows}
    for f in findings:
        if f["line"] != f["end_line"]:
            continue  # a sentence is one line
        row = rows[f["line"] - 1]
        replacement = None
        fix = f.get("fix") or {}
        edits = fix.get("edits") or []
        if len(edits) == 1:
            replacement = edits[0].get("replacement") or edits[0].get("content")
        first, last = f["column"] - 1, f["end_column"] - 1
        for pos in range(first, last + 1):
            right = replacement if replacement and len(replacement) == last - first + 1 else None
            out[row["id"]]["edits"].append({"pos": pos, "right": right[pos - first] if right else None})
    return out


def sentence_measure(rows: List[dict], pred: Dict[str, dict]) -> dict:
    flagged = caught = wrong = 0
    for r in rows:
        gold = {e["pos"] for e in r["edits"]}
        got = {e["pos"] for e in pred[r["id"]]["edits"]}
        wrong += bool(gold)
        if got:
            flagged += 1
            caught += bool(got & gold)
    return {
        "sentences": len(rows), "wrong": wrong, "flagged": flagged, "caught": caught,
        "precision": caught / flagged if flagged else None,
        "recall": caught / wrong if wrong else None,
        "flag_rate": flagged / len(rows) if rows else None,
    }


def _scorer(data: str):
    spec = importlib.util.spec_from_file_location("eval_csc", os.path.join(data, "eval_csc.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--split", choices=("tune", "holdout", "all", "both"), default="both")
    ap.add_argument("--select", default="LL6")
    ap.add_argument("--show", type=int, default=0, help="print this many wrongly flagged sentences per file")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    scorer = _scorer(a.data)
    results = []
    for split in (("tune", "holdout") if a.split == "both" else (a.split,)):
        for name in FILES:
            rows = load(os.path.join(a.data, name), split)
            pred = predictions(rows, lint_lines([r["text"] for r in rows], a.select))
            measure = sentence_measure(rows, pred)
            exact = scorer.score({r["id"]: r for r in rows}, pred)
            results.append({"file": name, "split": split, **measure,
                            "csc": {k: exact[k] for k in ("det_p", "det_r", "cor_p", "cor_r", "fpr", "char_p", "char_r")}})
            shown = 0
            for r in rows:
                got = {e["pos"] for e in pred[r["id"]]["edits"]}
                gold = {e["pos"] for e in r["edits"]}
                if got and not got & gold and shown < a.show:
                    shown += 1
                    marks = ", ".join(f"{p}:{r['text'][p]}" for p in sorted(got))
                    print(f"  false alarm [{name} {split}] {marks} | {r['text']}", file=sys.stderr)
    if a.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return
    print(f"{'file':24} {'part':8} {'sent':>5} {'wrong':>5} {'flag':>5} {'caught':>6} {'P':>6} {'R':>6} {'flag%':>6} | "
          "det P  det R  cor P  cor R  fpr    char P char R")
    for r in results:
        p = "" if r["precision"] is None else f"{r['precision']:.3f}"
        rc = "" if r["recall"] is None else f"{r['recall']:.3f}"
        c = r["csc"]
        print(f"{r['file']:24} {r['split']:8} {r['sentences']:5} {r['wrong']:5} {r['flagged']:5} {r['caught']:6} "
              f"{p:>6} {rc:>6} {100 * r['flag_rate']:5.1f}% | " +
              " ".join(f"{c[k]:.3f}" for k in ("det_p", "det_r", "cor_p", "cor_r", "fpr", "char_p", "char_r")))


if __name__ == "__main__":
    main()
