"""How the costs issue 12 found super-linear grow: each case timed at size n and 4n.

    python benchmarks/scaling.py            # every case, a table
    python benchmarks/scaling.py --json     # the same as JSON
    python benchmarks/scaling.py --only brackets,exclude --timeout 120

Linear work takes about 4 times as long at 4n; quadratic work 16 times.  Each
case runs in a process of its own with a time limit, so a case that has gone
quadratic again shows as a timeout instead of stopping the table; inside it the
input is built untimed and the work timed as the fastest of a few runs (rules
on a Document built once, as benchmarks/run.py times rules).  The tests hold
the same cases to a generous bound (tests/growth.py); this table gives the
figures.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Callable, Dict, Tuple

def _rule_case(code: str, make: Callable[[int], str]) -> Callable[[int], Tuple[Callable[[], object], str]]:
    def prepare(n: int):
        from lintlaw.config import Config
        from lintlaw.document import Document
        from lintlaw.registry import registry
        from lintlaw.runner import LintOptions, document_settings, run_rules

        rule = registry().get(code)
        text = make(n)
        settings = document_settings(Config(), LintOptions())

        def run():
            found, errors = run_rules(Document.from_text(text, settings=settings), [rule])
            if errors:
                raise RuntimeError(errors[0])

        return run, f"{len(text):,} characters"

    return prepare


def _context(n: int):
    from lintlaw.baseline import context_of
    from lintlaw.document import Document

    doc = Document.from_text("乙" * n + "\n")
    count = n // 125

    def run():
        for k in range(1, count + 1):
            at = n * k // (count + 2)
            context_of(doc, at, at + 3)

    return run, f"{count:,} findings on a line of {n:,}"


def _excerpts(n: int):
    import io

    from lintlaw.finding import Finding
    from lintlaw.registry import rule
    from lintlaw.report import Context, RunResult, renderer
    from lintlaw.runner import lint_source

    @rule(code="XX990", name="every-mark", severity="error", summary="s", why="w")
    def marks(doc):
        at = doc.text.find("）")
        while at >= 0:
            yield Finding(at, at + 1, "“）”")
            at = doc.text.find("）", at + 1)

    text = "在全区开展“八五”普法）" * (n // 12) + "\n"
    try:
        from lintlaw.readers import from_text
    except ImportError:  # a revision before lintlaw/readers (to time the code as it was)
        from lintlaw.source import Source

        def from_text(text, path):
            return Source(path=path, raw=text)

    def run():
        result = RunResult([lint_source(from_text(text, "line.txt"), [marks], {"profile": "none", "profiles": {}}, "zh")])
        try:
            context = Context(color=False, width=100)
        except TypeError:  # a revision before the excerpt fitted the terminal
            context = Context(color=False)
        renderer("rich")(result, io.StringIO(), context)

    return run, f"{n // 12:,} findings on a line of {len(text):,}"


def _exclude(n: int):
    from lintlaw import config

    patterns = tuple(f"generated/{k}.txt" for k in range(n)) + tuple(f"tmp{k}/*.txt" for k in range(n // 100))
    paths = [f"/repo/reports/{year}/r{k}.txt" for year in range(2019, 2024) for k in range(4)]

    def run():
        cfg = config.Config(path="/repo/lintlaw.toml", exclude=patterns)
        for path in paths:
            cfg.is_excluded(path)

    return run, f"{len(patterns):,} patterns, 20 files"


# name -> (what it is, n, prepare(size) -> (work, size described))
CASES: Dict[str, Tuple[str, int, Callable]] = {
    "sums": ("sum-mismatch on '共1件（' repeated (item 1)", 250, _rule_case("LL303", lambda n: "共1件（" * n)),
    "brackets": ("unbalanced-bracket on '）' repeated (item 2)", 5_000, _rule_case("LL401", lambda n: "）" * n)),
    "brackets-open": ("unbalanced-bracket on '（' repeated (items 2 and 14)", 50_000,
                      _rule_case("LL401", lambda n: "（" * n)),
    "brackets-mixed": ("unbalanced-bracket on '1)（“' and a line of text repeated (items 2 and 14)", 5_000,
                       _rule_case("LL401", lambda n: "1)（“全面推行行政执法公示制度）》\n" * n)),
    "context": ("finding contexts on one long line (item 2)", 250_000, _context),
    "excerpts": ("rich excerpts on one long line (item 2)", 12_000, _excerpts),
    "rates": ("percent-mismatch on '出庭率100%' repeated (item 3)", 2_000,
              _rule_case("LL302", lambda n: "出庭率100%" * n)),
    "figures": ("inconsistent-figure on '复议案件1件，' repeated (item 4)", 1_000,
                _rule_case("LL304", lambda n: "2023年" + "复议案件1件，" * n + "。")),
    "exclude": ("exclude patterns past fnmatch's cache (item 4)", 9_000, _exclude),
}


def _fastest(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
    return best


def measure(name: str, size: int, repeat: int) -> dict:
    """In this process: one case at one size (the lintlaw this Python has installed)."""
    run, described = CASES[name][2](size)
    run()  # warm: lazy imports and caches
    return {"seconds": _fastest(run, repeat), "size": described}


def _in_subprocess(name: str, size: int, repeat: int, timeout: float) -> dict:
    try:
        proc = subprocess.run([sys.executable, __file__, "--measure", name, str(size), str(repeat)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"seconds": None, "size": "", "error": f"over {timeout:.0f} s"}
    if proc.returncode != 0:
        return {"seconds": None, "size": "", "error": (proc.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(proc.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", help="comma-separated case names: " + ", ".join(CASES))
    parser.add_argument("--timeout", type=float, default=300, help="seconds a case may take at one size")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest counts")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        name, size, repeat = args.measure
        print(json.dumps(measure(name, int(size), int(repeat))))
        return
    names = args.only.split(",") if args.only else list(CASES)
    rows = []
    for name in names:
        what, n, _ = CASES[name]
        small = _in_subprocess(name, n, args.repeat, args.timeout)
        large = _in_subprocess(name, 4 * n, args.repeat, args.timeout)
        ratio = (large["seconds"] / small["seconds"]) if small["seconds"] and large["seconds"] else None
        rows.append({"case": name, "what": what, "n": small, "4n": large, "ratio": ratio})
        if not args.json:
            def shown(m):
                return f"{m['seconds']:.3f} s" if m["seconds"] is not None else m["error"]

            verdict = "" if ratio is None else ("linear" if ratio <= 6 else "SUPER-LINEAR")
            print(f"{name:9} {shown(small):>12} {shown(large):>12}  x{ratio or float('nan'):5.1f}  {verdict:12} "
                  f"{what}; n = {small['size'] or n}", flush=True)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
