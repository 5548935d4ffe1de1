#!/usr/bin/env python
"""The lintlaw benchmark: start-up, throughput, scaling, many files, memory, per-rule cost.

Run it with the Python lintlaw is installed in::

    .venv/bin/python benchmarks/run.py            # the full run (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # a smoke run on small corpora
    .venv/bin/python benchmarks/run.py --json figures.json

Every corpus is built from seeds/ in a temporary folder and removed afterwards.
Every measurement runs in a fresh child process, so that each one has its own
peak resident set (read from ``wait4``) and no run warms the caches of the
next; in-process figures are timed by the child around the lint itself,
whole-process figures by this script around the child.

Targets are reported, never asserted: the exit status is 0 unless the
benchmark itself could not run (1).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
MB = 1_000_000  # figures are in MB = 10^6 bytes of UTF-8

# A short report with nothing any check needs segmentation for (no character
# written twice in a row, no repeated words): linting it must not load jieba.
NO_CANDIDATE_REPORT = (
    "某区司法局2023年法治政府建设年度报告\n"
    "一、主要举措和成效\n"
    "我局坚持以习近平法治思想为指导，全面推进依法行政。\n"
    "二、存在的不足\n"
    "基层执法人员法律素养有待提升。\n"
)


# --------------------------------------------------------------------------
# Child side: ``run.py --worker MODE PATH`` prints one JSON object on stdout.
# --------------------------------------------------------------------------

def _worker_lint(path: str, jobs: Optional[int] = None) -> dict:
    """The whole pipeline the CLI runs for one file (config, read, model, rules, diagnostics).

    ``jobs`` as the CLI sets it for a single file: by default the number of cores,
    so a large file's rules may be split over two processes (lintlaw.parallel).
    """
    from lintlaw import segment
    from lintlaw.registry import registry
    from lintlaw.runner import LintOptions, lint_file

    # Discovering the rules (importing checks/, reading plug-in entry points) is
    # paid once per process, not per file: it is timed apart.
    start = time.perf_counter()
    registry()
    discovery = time.perf_counter() - start
    start = time.perf_counter()
    result = lint_file(path, LintOptions(jobs=jobs or os.cpu_count() or 1))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "discovery": discovery, "findings": len(result.diagnostics),
            "errors": result.errors, "jieba": segment.loaded()}


def _worker_lint_one_core(path: str) -> dict:
    return _worker_lint(path, jobs=1)


def _worker_rules(path: str) -> dict:
    """The document model's build time, then each rule alone over that one shared Document."""
    from functools import cached_property

    from lintlaw import segment
    from lintlaw.document import Document
    from lintlaw.registry import registry
    from lintlaw.runner import run_rules, to_diagnostic
    from lintlaw.readers import read

    start = time.perf_counter()
    source = read(path)
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    doc = Document(source, {"profile": "auto", "profiles": {}})
    model: List[dict] = [{"part": "text, folded, lines", "seconds": time.perf_counter() - start}]
    # Every cached property of the model is built here, so no rule is charged
    # for what the document computes once for all of them.
    for name, attr in vars(Document).items():
        if not isinstance(attr, cached_property):
            continue
        before = segment.loaded()
        start = time.perf_counter()
        getattr(doc, name)
        model.append({"part": name, "seconds": time.perf_counter() - start,
                      "loads_jieba": segment.loaded() and not before})
    rules = []
    for rule_ in registry().rules:
        before = segment.loaded()
        start = time.perf_counter()
        found, errors = run_rules(doc, [rule_])
        for r, finding in found:
            to_diagnostic(doc, r, finding, "zh")
        rules.append({"code": rule_.code, "name": rule_.name, "seconds": time.perf_counter() - start,
                      "findings": len(found), "errors": errors,
                      "loads_jieba": segment.loaded() and not before})
    return {"read": read_s, "model": model, "rules": rules}


def _worker_autocorrect(path: str) -> dict:
    try:
        import autocorrect_py
    except ImportError:
        return {"installed": False}
    start = time.perf_counter()
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    result = autocorrect_py.lint_for(text, "text.txt")
    seconds = time.perf_counter() - start
    return {"installed": True, "seconds": seconds, "findings": len(result.lines)}


def _worker_number_rules(path: str) -> dict:
    """The numbers family's rules alone over one document, the model built inside the timing
    (the fastest of three): the pathological inputs of issue 12."""
    from lintlaw.document import Document
    from lintlaw.readers import read
    from lintlaw.registry import registry

    rules = [r for r in registry().rules if r.code.startswith("LL3")]
    source = read(path)
    best = float("inf")
    for _ in range(3):
        doc = Document(source, {"profile": "none", "profiles": {}})
        doc.paragraphs
        start = time.perf_counter()
        for rule_ in rules:
            list(rule_(doc))
        best = min(best, time.perf_counter() - start)
    return {"seconds": best}


WORKERS: Dict[str, Callable[[str], dict]] = {
    "numbers": _worker_number_rules,
    "lint": _worker_lint,
    "lint-1": _worker_lint_one_core,
    "rules": _worker_rules,
    "autocorrect": _worker_autocorrect,
}


# --------------------------------------------------------------------------
# Parent side: processes, corpora, figures, the table.
# --------------------------------------------------------------------------

class BenchError(Exception):
    """The benchmark itself could not run (not: a target was missed)."""


class TimedOut(Exception):
    """A measured process ran past --timeout and was killed: a figure with no value."""


@dataclass
class Run:
    seconds: float  # wall time of the whole process
    rss_mb: float  # its peak resident set (the largest of it and its waited-for children)
    returncode: int
    stdout: str
    stderr: str


# The environment of every child.  Bytecode is cached (under the temporary
# folder, not in the source tree), as it is after ``pip install``: a shell with
# PYTHONDONTWRITEBYTECODE=1 would otherwise charge every start-up for
# compiling lintlaw from source.
_child_env: Optional[Dict[str, str]] = None
_timeout: Optional[float] = None  # seconds a measured process may run (None: no limit)


def child_env(root: str) -> Dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(root, "pycache")
    # lintlaw's caches (jieba's index, compiled patterns) start empty in the run's folder,
    # so that the first cold start below is a first run after installing.
    env["LINTLAW_CACHE_DIR"] = os.path.join(root, "cache")
    env.pop("LINTLAW_NO_PATTERN_CACHE", None)
    return env


def run_process(cmd: Sequence[str], cwd: str, capture: bool = False,
                env: Optional[Dict[str, str]] = None) -> Run:
    """Run ``cmd`` to completion; wall time and peak RSS of that process alone.

    A process still running after ``_timeout`` seconds is killed with its
    children (it runs in its own process group) and TimedOut is raised: a
    benchmark of a slow build must still finish and print what it measured.
    """
    out = tempfile.TemporaryFile() if capture else subprocess.DEVNULL
    err = tempfile.TemporaryFile()
    killed = threading.Event()
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                env=env or _child_env, start_new_session=True)

        def kill() -> None:
            killed.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(_timeout, kill) if _timeout else None
        if timer:
            timer.start()
        # wait4, not getrusage(RUSAGE_CHILDREN): the latter is a maximum over every
        # child so far, so it could never show a later run using less memory.
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        if timer:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if killed.is_set():
            try:  # the workers of --jobs, if the leader went first
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            raise TimedOut(f"timed out after {_timeout:g} s")
        stdout = ""
        if capture:
            out.seek(0)
            stdout = out.read().decode("utf-8", "replace")
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    finally:
        if capture:
            out.close()
        err.close()
    rss_kb = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss / 1024
    return Run(seconds, rss_kb / 1024, proc.returncode, stdout, stderr)


def lintlaw_command() -> List[str]:
    """The installed console script beside this Python, else ``python -m lintlaw``."""
    script = os.path.join(os.path.dirname(sys.executable), "lintlaw")
    if os.path.isfile(script) and os.access(script, os.X_OK):
        return [script]
    return [sys.executable, "-m", "lintlaw"]


def cli(args: Sequence[str], cwd: str, capture: bool = False) -> Run:
    run = run_process(lintlaw_command() + list(args), cwd, capture)
    if run.returncode not in (0, 1):
        raise BenchError(f"lintlaw {' '.join(args)} exited {run.returncode}: {run.stderr.strip()[-2000:]}")
    return run


def worker(mode: str, path: str, cwd: str, env: Optional[Dict[str, str]] = None) -> Tuple[dict, Run]:
    run = run_process([sys.executable, os.path.abspath(__file__), "--worker", mode, path], cwd, capture=True,
                      env=env)
    if run.returncode != 0:
        raise BenchError(f"worker {mode} on {os.path.basename(path)} failed: {run.stderr.strip()[-2000:]}")
    return json.loads(run.stdout), run


def imported_modules(stderr: str) -> Tuple[Dict[str, Tuple[int, int]], int]:
    """``-X importtime`` output: module -> (self µs, cumulative µs), and the total µs.

    The total adds up the top-level imports only (the nested ones are inside
    their importer's cumulative time); the name column is indented by depth.
    """
    out = {}
    total = 0
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3 or not parts[0].strip().isdigit():
            continue
        name = parts[2]
        out[name.strip()] = (int(parts[0]), int(parts[1]))
        if not name[1:].startswith(" "):
            total += int(parts[1])
    return out, total


@dataclass
class Figure:
    section: str
    name: str
    value: Optional[float]  # None: not measured (timed out)
    unit: str
    target: str = ""  # e.g. "<= 0.5"
    ok: Optional[bool] = None  # None: no target
    note: str = ""


@dataclass
class Results:
    figures: List[Figure] = field(default_factory=list)
    rules: List[dict] = field(default_factory=list)
    model: List[dict] = field(default_factory=list)
    imports: List[dict] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)

    def add(self, section: str, name: str, value: Optional[float], unit: str, *,
            at_most: Optional[float] = None, at_least: Optional[float] = None, note: str = "") -> Figure:
        target, ok = "", None
        if at_most is not None:
            target, ok = f"<= {at_most:g}", value is not None and value <= at_most
        elif at_least is not None:
            target, ok = f">= {at_least:g}", value is not None and value >= at_least
        figure = Figure(section, name, value, unit, target, ok, note)
        self.figures.append(figure)
        return figure


@dataclass(frozen=True)
class Plan:
    runs: int  # repetitions of each in-process timing (median)
    cold_runs: int  # repetitions of the cold start (median)
    big_repeat: int  # the "4 MB file": the seeds repeated this many times
    scale: Tuple[int, int, int]  # the scaling steps
    files: int  # the many-files corpus
    file_runs: int  # rounds of --jobs 1 then --jobs 2 over it (the median speed-up of the rounds counts)


FULL = Plan(runs=5, cold_runs=7, big_repeat=50, scale=(1, 10, 100), files=2000, file_runs=3)
QUICK = Plan(runs=1, cold_runs=3, big_repeat=5, scale=(1, 2, 4), files=100, file_runs=1)
# A measurement whose first run takes longer than this is not repeated: its
# noise is small next to its length, and the whole benchmark stays bearable.
REPEAT_UNDER = 5.0


def varied_text(text: str, size: int, seed: int = 16) -> str:
    """About ``size`` bytes (UTF-8) of text drawn from ``text``'s character chain (order 2)."""
    import random

    follow: Dict[str, List[str]] = {}
    for a, b, c in zip(text, text[1:], text[2:]):
        follow.setdefault(a + b, []).append(c)
    rng = random.Random(seed)
    out: List[str] = []
    written = 0
    state = text[:2]
    while written < size:
        nexts = follow.get(state)
        if not nexts:  # the end of the seeds: start again at a random place
            at = rng.randrange(len(text) - 2)
            state = text[at:at + 2]
            continue
        char = rng.choice(nexts)
        out.append(char)
        written += len(char.encode("utf-8"))
        state = state[1] + char
    return "".join(out)


class Corpora:
    """Files built from the seeds in a temporary folder."""

    def __init__(self, seeds_dir: str, root: str):
        names = sorted(n for n in os.listdir(seeds_dir)
                       if n.lower().endswith((".txt", ".md")) and not n.upper().startswith("README"))
        if not names:
            raise BenchError(f"no seed reports (.txt, .md) in {seeds_dir}")
        self.root = root
        self.seeds: List[Tuple[str, bytes]] = []
        for name in names:
            with open(os.path.join(seeds_dir, name), "rb") as handle:
                data = handle.read()
            if not data.endswith(b"\n"):
                data += b"\n"
            self.seeds.append((name, data))
        self.joined = b"".join(data for _, data in self.seeds)

    def path(self, name: str) -> str:
        return os.path.join(self.root, name)

    def repeated(self, times: int) -> str:
        path = self.path(f"seeds-x{times}.txt")
        if not os.path.exists(path):
            with open(path, "wb") as handle:
                for _ in range(times):
                    handle.write(self.joined)
        return path

    def varied(self, times: int) -> str:
        """As large as ``repeated(times)``, but no paragraph repeats: the seeds' own character
        chain (each character drawn after the two before it, as often as the seeds write
        it), so per-paragraph caches get nothing and every paragraph is new work."""
        path = self.path(f"seeds-varied-x{times}.txt")
        if not os.path.exists(path):
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(varied_text(self.joined.decode("utf-8"), len(self.joined) * times))
        return path

    def each_report(self) -> List[str]:
        """Every seed on its own, in a file of the same name."""
        folder = self.path("one")
        os.makedirs(folder, exist_ok=True)
        paths = []
        for name, data in self.seeds:
            paths.append(os.path.join(folder, name))
            with open(paths[-1], "wb") as handle:
                handle.write(data)
        return paths

    def no_candidate(self) -> str:
        path = self.path("no-candidate.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(NO_CANDIDATE_REPORT)
        return path

    def many(self, count: int) -> str:
        folder = self.path(f"many-{count}")
        os.makedirs(folder, exist_ok=True)
        for i in range(count):
            name, data = self.seeds[i % len(self.seeds)]
            with open(os.path.join(folder, f"{i:05d}-{name}"), "wb") as handle:
                handle.write(data)
        return folder


def _repeat(make: Callable[[], Run], count: int) -> List[Run]:
    runs = [make()]
    while len(runs) < count and runs[0].seconds < REPEAT_UNDER:
        runs.append(make())
    return runs


def _median_runs(make: Callable[[], Run], count: int) -> Tuple[float, float, int]:
    """(median wall seconds, peak RSS MB, number of runs)."""
    runs = _repeat(make, count)
    return statistics.median(r.seconds for r in runs), max(r.rss_mb for r in runs), len(runs)


def _fastest_worker(mode: str, path: str, cwd: str, count: int) -> Tuple[dict, float, float, int]:
    """(last result, fastest in-process seconds, peak RSS MB, number of runs)."""
    results: List[dict] = []
    rss = [0.0]

    def once() -> Run:
        data, run = worker(mode, path, cwd)
        results.append(data)
        rss[0] = max(rss[0], run.rss_mb)
        return run

    _repeat(once, count)
    return results[-1], min(r["seconds"] for r in results), rss[0], len(results)


def _runs_note(count: int) -> str:
    return "" if count > 1 else "1 run"


def _size_mb(path: str) -> float:
    return os.path.getsize(path) / MB


def _ratio(a: Optional[float], b: Optional[float]) -> Optional[float]:
    return a / b if a is not None and b else None


def bench_cold_start(res: Results, corpora: Corpora, plan: Plan, say: Callable[[str], None]) -> None:
    """Each seed report alone, as a whole process: what a pre-commit hook pays per commit.

    Every seed is timed, not a chosen one: a report whose text needs jieba
    (a doubled-word candidate) pays for loading it, and the table shows which.
    """
    section = "cold start"
    python_cli = [sys.executable, "-X", "importtime", "-m", "lintlaw", "--format", "json"]
    heaviest: Tuple[int, Dict[str, Tuple[int, int]]] = (-1, {})
    first = True
    for report in corpora.each_report():
        name = os.path.basename(report)
        say(f"{section}: lintlaw on {name} ({os.path.getsize(report) // 1000} kB), {plan.cold_runs} runs")
        try:
            warm_up = cli(["--format", "json", report], corpora.root)  # warm the disk cache
            if first:
                # lintlaw's own caches are empty only now (child_env): what the very first
                # run after installing costs, jieba's index and the pattern cache written.
                res.add(section, f"{name}, first run after installing", warm_up.seconds, "s",
                        note="builds lintlaw's caches; later runs read them")
                first = False
            seconds, rss, count = _median_runs(lambda: cli(["--format", "json", report], corpora.root),
                                               plan.cold_runs)
            # -X importtime lists every module the process imported: jieba among
            # them means its dictionary was loaded (lintlaw.segment imports it only
            # to load it).  A separate run, as the listing itself costs time.
            modules, total = imported_modules(run_process(python_cli + [report], corpora.root).stderr)
            jieba = "jieba loaded" if "jieba" in modules else "jieba not loaded"
            note = f"{os.path.getsize(report) // 1000} kB, {jieba}, peak {rss:.0f} MB"
            if count < plan.cold_runs:
                note += f", {count} run(s)"
            if total > heaviest[0]:
                heaviest = (total, modules)
        except TimedOut as exc:
            seconds, note = None, str(exc)
        res.add(section, f"{name}, whole process (median)", seconds, "s", at_most=0.5, note=note)

    quiet = run_process(python_cli + [corpora.no_candidate()], corpora.root)
    if quiet.returncode not in (0, 1):
        raise BenchError(f"lintlaw on the no-candidate report exited {quiet.returncode}: {quiet.stderr[-2000:]}")
    loaded = "jieba" in imported_modules(quiet.stderr)[0]
    fig = res.add(section, "jieba loaded for a report with no candidate", 1.0 if loaded else 0.0, "yes/no",
                  at_most=0)
    fig.target = "no"
    if heaviest[0] >= 0:
        res.add(section, "all imports of the slowest-starting report", heaviest[0] / 1e6, "s",
                note="-X importtime; part of its cold start")
        top = sorted(heaviest[1].items(), key=lambda kv: -kv[1][0])[:12]
        res.imports = [{"module": m, "self_ms": s_ / 1000, "cumulative_ms": c / 1000} for m, (s_, c) in top]


def bench_throughput(res: Results, corpora: Corpora, plan: Plan, say: Callable[[str], None]) -> None:
    section = "throughput"
    big = corpora.repeated(plan.big_repeat)
    size = _size_mb(big)
    label = f"seeds x{plan.big_repeat} ({size:.1f} MB)"
    cores = os.cpu_count() or 1
    say(f"{section}: all rules over {label}, lintlaw and autocorrect-py in turn")
    # The three are run in turn, not one after the other, so that a slow spell
    # of a shared machine falls on all of them alike.  Each figure is the fastest
    # run (the median is in the note): on a machine shared with other tenants a
    # slower run measures them, not the code, and the ratio compares like with like.
    modes = {"lint": f"in-process, {label}, as `lintlaw FILE` ({cores} cores)",
             "lint-1": f"in-process, {label}, one core (--jobs 1)",
             "autocorrect": "autocorrect-py lint_for, same file"}
    runs: Dict[str, List[dict]] = {mode: [] for mode in modes}
    rss: Dict[str, float] = {mode: 0.0 for mode in modes}
    timed_out = ""

    def wanted(mode: str) -> bool:
        done = runs[mode]
        if not done:
            return True
        if not done[0].get("installed", True):
            return False
        return done[0]["seconds"] < REPEAT_UNDER

    try:
        for _ in range(plan.runs):
            for mode in filter(wanted, modes):
                data, run = worker(mode, big, corpora.root)
                runs[mode].append(data)
                rss[mode] = max(rss[mode], run.rss_mb)
    except TimedOut as exc:
        timed_out = str(exc)

    def fastest(mode: str) -> Optional[float]:
        done = [r["seconds"] for r in runs[mode] if "seconds" in r]
        return min(done) if done else None

    def spread(mode: str) -> str:
        done = [r["seconds"] for r in runs[mode] if "seconds" in r]
        return f"median {statistics.median(done):.3f} s" if len(done) > 1 else _runs_note(len(done))

    ours, one_core = fastest("lint"), fastest("lint-1")
    for mode in ("lint", "lint-1"):
        if runs[mode]:
            res.notes.extend(e for e in runs[mode][-1]["errors"] if e not in res.notes)
    findings = f"{runs['lint'][-1]['findings']} findings" if runs["lint"] else timed_out
    res.add(section, modes["lint"], ours, "s", note=", ".join(filter(None, [findings, spread("lint")])))
    res.add(section, "in-process speed", _ratio(size, ours), "MB/s")
    res.add(section, modes["lint-1"], one_core, "s", note=spread("lint-1"))
    res.add(section, "in-process speed, one core", _ratio(size, one_core), "MB/s")
    varied = corpora.varied(plan.big_repeat)
    varied_runs = []
    for _ in range(plan.runs):
        data, _ = worker("lint-1", varied, corpora.root)
        varied_runs.append(data["seconds"])
        if data["seconds"] >= REPEAT_UNDER:
            break
    res.add(section, f"in-process, seeds-like text that does not repeat ({_size_mb(varied):.1f} MB), one core",
            min(varied_runs), "s", note=f"median {statistics.median(varied_runs):.3f} s")
    res.add(section, "rule discovery (once per process, not in the above)",
            runs["lint"][-1]["discovery"] if runs["lint"] else None, "s")
    try:
        run = cli(["--format", "json", big], corpora.root)
        whole, whole_rss, note = run.seconds, run.rss_mb, ""
    except TimedOut as exc:
        whole = whole_rss = None
        note = str(exc)
    res.add(section, "whole process, --format json", whole, "s", note=note)
    res.add(section, "whole-process speed", _ratio(size, whole), "MB/s")
    res.add(section, "peak memory, whole process", whole_rss, "MB", at_most=300)
    res.add(section, "peak memory, in-process run", rss["lint"] or None, "MB")

    if runs["autocorrect"] and not runs["autocorrect"][0]["installed"]:
        res.notes.append("autocorrect-py is not installed (pip install -e '.[bench]'): no comparison")
        return
    auto = fastest("autocorrect")
    auto_note = (f"{runs['autocorrect'][-1]['findings']} findings, {spread('autocorrect')}"
                 if runs["autocorrect"] else timed_out)
    res.add(section, modes["autocorrect"], auto, "s", note=auto_note)
    res.add(section, "autocorrect-py speed", _ratio(size, auto), "MB/s")
    res.add(section, "lintlaw vs autocorrect (its time / ours)", _ratio(auto, ours), "x", at_least=1.0)
    res.add(section, "the same, lintlaw on one core", _ratio(auto, one_core), "x")


def bench_rules(res: Results, corpora: Corpora, plan: Plan, say: Callable[[str], None]) -> None:
    big = corpora.repeated(plan.big_repeat)
    say(f"per rule: each rule alone over seeds x{plan.big_repeat}")
    try:
        data, run = worker("rules", big, corpora.root)
    except TimedOut as exc:
        res.notes.append(f"time per rule: {exc}")
        return
    res.model = [{"part": "read + decode", "seconds": data["read"]}] + data["model"]
    res.rules = sorted(data["rules"], key=lambda r: -r["seconds"])
    for rule_ in data["rules"]:
        res.notes.extend(rule_["errors"])
        if rule_["loads_jieba"]:
            res.notes.append(f"{rule_['code']} {rule_['name']} loads jieba on this corpus")
    for part in data["model"]:
        if part.get("loads_jieba"):
            res.notes.append(f"Document.{part['part']} loads jieba: the model segments text for every rule")
    res.add("per rule", "peak memory, model + every rule", run.rss_mb, "MB")


def bench_scaling(res: Results, corpora: Corpora, plan: Plan, say: Callable[[str], None]) -> None:
    section = "scaling"
    times: List[Optional[float]] = []
    for factor in plan.scale:
        path = corpora.repeated(factor)
        say(f"{section}: seeds x{factor} ({_size_mb(path):.1f} MB)")
        try:
            # One core: the scaling of the algorithms, not of the split over processes.
            _, seconds, rss, count = _fastest_worker("lint-1", path, corpora.root, plan.runs)
            note = ", ".join(filter(None, [f"peak {rss:.0f} MB", _runs_note(count)]))
        except TimedOut as exc:
            seconds, note = None, str(exc)
        times.append(seconds)
        res.add(section, f"seeds x{factor} ({_size_mb(path):.2f} MB), in-process", seconds, "s", note=note)
        if seconds is None:
            break  # a larger corpus would only time out too
    times += [None] * (len(plan.scale) - len(times))
    for (f0, t0), (f1, t1) in zip(zip(plan.scale, times), zip(plan.scale[1:], times[1:])):
        step = f1 / f0
        # Only the large step has a target: at 1x, fixed costs (rule set-up,
        # first-use caches) are a real part of the time and make that ratio sublinear.
        limit = round(step * 1.1, 2) if f1 == plan.scale[-1] else None
        res.add(section, f"time(x{f1}) / time(x{f0})", _ratio(t1, t0), "", at_most=limit,
                note=f"linear would be {step:g}")


def bench_many_files(res: Results, corpora: Corpora, plan: Plan, say: Callable[[str], None]) -> None:
    section = "many files"
    folder = corpora.many(plan.files)
    say(f"{section}: {plan.files} reports, --jobs 1 then --jobs 2, {plan.file_runs} round(s)")
    rounds: List[Dict[int, float]] = []
    rss: Dict[int, float] = {1: 0.0, 2: 0.0}
    failed = ""
    for _ in range(plan.file_runs):
        timed: Dict[int, float] = {}
        for jobs in (1, 2):
            try:
                run = cli(["--jobs", str(jobs), "--format", "json", folder], corpora.root)
            except TimedOut as exc:
                failed = str(exc)
                break
            timed[jobs] = run.seconds
            rss[jobs] = max(rss[jobs], run.rss_mb)
        if failed:
            break
        rounds.append(timed)
    for jobs in (1, 2):
        times = [r[jobs] for r in rounds]
        note = failed or f"peak {rss[jobs]:.0f} MB" + (" (largest process)" if jobs > 1 else "")
        if len(times) > 1:
            note += f", slowest {max(times):.3f} s"
        res.add(section, f"{plan.files} files, --jobs {jobs}", min(times) if times else None, "s", note=note)
    # The speed-up of each round, its two runs taken one after the other: a slow
    # or quick spell of the machine then falls on both.  The median of the rounds.
    ratios = [r[1] / r[2] for r in rounds]
    res.add(section, "--jobs 2 speed-up", statistics.median(ratios) if ratios else None, "x", at_least=1.7,
            note=", ".join(f"{x:.2f}x" for x in ratios) + " by round" if len(ratios) > 1 else "")


# Text that made the number rules super-linear once (issue 12, items 1, 3, 4), at n and 4n.
PATHOLOGICAL = (
    ("'共1件（' x n", lambda n: "共1件（" * n),
    ("'出庭率100%' x n", lambda n: "出庭率100%" * n),
    ("'2023年' + '复议案件1件，' x n", lambda n: "2023年" + "复议案件1件，" * n + "。"),
)


def bench_pathological(res: Results, corpora: Corpora, plan: Plan, say: Callable[[str], None]) -> None:
    section = "pathological"
    n = 2000 if plan is FULL else 250
    for name, make in PATHOLOGICAL:
        times = []
        for size in (n, 4 * n):
            path = os.path.join(corpora.root, f"pathological-{len(times)}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(make(size))
            say(f"{section}: {name}, n = {size}")
            try:
                data, _ = worker("numbers", path, corpora.root)
                times.append(data["seconds"])
            except TimedOut as exc:
                res.notes.append(f"{section}: {name}: {exc}")
                times.append(None)
        res.add(section, f"{name}, numbers family, n = {n}", times[0], "s")
        res.add(section, f"{name}, time(4n) / time(n)", _ratio(times[1], times[0]), "", at_most=4.4,
                note="linear would be 4")


SECTIONS = {
    "cold": bench_cold_start,
    "throughput": bench_throughput,
    "rules": bench_rules,
    "scaling": bench_scaling,
    "files": bench_many_files,
    "pathological": bench_pathological,
}


def _fmt(value: Optional[float], unit: str) -> str:
    if value is None:
        return "-"
    if unit == "yes/no":
        return "yes" if value else "no"
    if unit == "s":
        return f"{value:.3f} s"
    if unit in ("MB", "MB/s"):
        return f"{value:.1f} {unit}"
    if unit == "x":
        return f"{value:.2f}x"
    return f"{value:.2f}"


def render(res: Results, header: Sequence[str]) -> str:
    lines = list(header) + [""]
    rows = [("measure", "value", "target", "", "note")]
    for fig in res.figures:
        status = "" if fig.ok is None else ("PASS" if fig.ok else "FAIL")
        rows.append((f"{fig.section}: {fig.name}", _fmt(fig.value, fig.unit), fig.target, status, fig.note))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for i, row in enumerate(rows):
        lines.append(f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:<{widths[2]}}  "
                     f"{row[3]:<{widths[3]}}  {row[4]}".rstrip())
        if i == 0:
            lines.append("-" * (sum(widths) + 8 + max(len(r[4]) for r in rows)))
    if res.model or res.rules:
        total = sum(p["seconds"] for p in res.model) + sum(r["seconds"] for r in res.rules)
        lines += ["", "time per rule on the large file (the whole model built once, then each rule alone;",
                  "a lint builds only the parts some rule reads)",
                  f"{'part':<40} {'seconds':>9} {'share':>6} {'findings':>9}"]
        for part in res.model:
            lines.append(f"{'model: ' + part['part']:<40} {part['seconds']:>9.3f} "
                         f"{100 * part['seconds'] / total if total else 0:>5.1f}%")
        for r in res.rules:
            lines.append(f"{r['code'] + ' ' + r['name']:<40} {r['seconds']:>9.3f} "
                         f"{100 * r['seconds'] / total if total else 0:>5.1f}% {r['findings']:>9}")
        if not res.rules:
            lines.append("(no rules registered)")
    if res.imports:
        lines += ["", "slowest imports of the slowest-starting report (self time, -X importtime)"]
        lines.extend(f"  {i['module']:<44} {i['self_ms']:>7.1f} ms" for i in res.imports[:8])
    if res.notes:
        lines += ["", "notes:"] + [f"  {n}" for n in res.notes]
    return "\n".join(lines)


def machine_header(plan: Plan, quick: bool) -> List[str]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    try:
        import lintlaw

        version = lintlaw.__version__
    except ImportError as exc:
        raise BenchError(f"lintlaw is not importable by {sys.executable}: run this with the Python it is installed in") from exc
    return [
        f"lintlaw {version} benchmark{' (--quick: small corpora, not comparable to the targets)' if quick else ''}",
        f"machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}; load average at start: {load}",
        f"corpora: seeds x{plan.big_repeat} as the large file, scaling x{'/x'.join(map(str, plan.scale))}, "
        f"{plan.files} files; cold starts are medians of {plan.cold_runs} runs, other times the fastest of "
        f"{plan.runs} in-process runs; the many-files speed-up is the median of {plan.file_runs} rounds",
    ]


def run_compare(args: argparse.Namespace, plan: Plan, out) -> int:
    """``--compare REV``: the large file (and --text files) timed at REV and with this tree, in turn."""
    if HERE not in sys.path:  # run.py imported as a module (the tests), not run as a script
        sys.path.insert(0, HERE)
    import compare

    def say(message: str) -> None:
        print(f"... {message}", file=sys.stderr, flush=True)

    base = f"{compare.revision_name(REPO, args.compare)} ({args.compare})"
    head = "this tree"
    rows: List[Tuple[str, ...]] = []
    notes: List[str] = []
    try:
        with tempfile.TemporaryDirectory(prefix="lintlaw-compare-") as root:
            global _child_env, _timeout
            _child_env = child_env(root)
            _timeout = args.timeout or None
            pkg = compare.export_revision(REPO, args.compare, root)
            envs = {base: {**_child_env, "PYTHONPATH": pkg}, head: _child_env}
            corpora = Corpora(args.seeds, root)
            files = [(f"seeds x{plan.big_repeat} ({_size_mb(corpora.repeated(plan.big_repeat)):.1f} MB)",
                      corpora.repeated(plan.big_repeat))]
            for path in args.text:
                files.append((f"{os.path.basename(path)} ({_size_mb(path):.1f} MB)", os.path.abspath(path)))
            for label, path in files:
                for mode, how in (("lint", "as `lintlaw FILE`"), ("lint-1", "one core")):
                    findings: Dict[str, int] = {}

                    def measure(side: str) -> float:
                        data, _ = worker(mode, path, root, envs[side])
                        findings[side] = data["findings"]
                        return data["seconds"]

                    say(f"{label}, {how}: {args.rounds} rounds, {base} and {head} in turn")
                    for side in envs:  # one unmeasured run each: bytecode and disk caches
                        measure(side)
                    times = compare.alternate(measure, list(envs), args.rounds)
                    rows.extend(compare.summary_rows(f"{label}, {how}", times, base, head))
                    if findings[base] != findings[head]:
                        notes.append(f"{label}: {findings[base]} findings at {base}, {findings[head]} with {head}")
    except (BenchError, TimedOut, ValueError) as exc:
        print(f"run.py: {exc}", file=sys.stderr)
        return 1
    header = machine_header(plan, args.quick)[:2] + [
        f"in-process seconds (config, read, model, rules, diagnostics); {args.rounds} rounds, "
        f"the two versions in turn; change = this tree's fastest against {base}'s"]
    print(compare.render(rows, header, notes), file=out)
    return 0


def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Benchmark lintlaw on corpora built from seeds/.")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and smaller corpora (a smoke run)")
    parser.add_argument("--json", metavar="FILE", help="also save every figure to FILE as JSON")
    parser.add_argument("--seeds", metavar="DIR", default=os.path.join(REPO, "seeds"),
                        help="folder of reports to build the corpora from [default: seeds/]")
    parser.add_argument("--only", metavar="SECTIONS",
                        help=f"comma-separated subset of: {', '.join(SECTIONS)} [default: all]")
    parser.add_argument("--files", type=int, help="number of files in the many-files corpus")
    parser.add_argument("--big-repeat", type=int, help="seeds repeated this many times for the large file")
    parser.add_argument("--compare", metavar="REV",
                        help="only time the large file (and each --text file) at git revision REV and with this "
                        "tree, in turn, and print the change (see benchmarks/compare.py)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of --compare [default: 5]")
    parser.add_argument("--text", metavar="FILE", action="append", default=[],
                        help="with --compare: also time this file (repeatable), e.g. text that does not repeat")
    parser.add_argument("--timeout", type=float, default=600, metavar="SECONDS",
                        help="kill a measured process after this long and report the figure as missing "
                        "[default: 600; 0: no limit]")
    return parser.parse_args(argv)


def main(argv: Optional[Sequence[str]] = None, out=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--worker"]:
        mode, path = argv[1], argv[2]
        json.dump(WORKERS[mode](path), sys.stdout)
        return 0
    out = out or sys.stdout
    args = parse_args(argv)
    plan = QUICK if args.quick else FULL
    overrides = {}
    if args.files:
        overrides["files"] = args.files
    if args.big_repeat:
        overrides["big_repeat"] = args.big_repeat
    if overrides:
        plan = Plan(**{**asdict(plan), **overrides})
    chosen = list(SECTIONS)
    if args.only:
        chosen = [s.strip() for s in args.only.split(",") if s.strip()]
        unknown = [s for s in chosen if s not in SECTIONS]
        if unknown:
            print(f"run.py: unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}", file=sys.stderr)
            return 1

    def say(message: str) -> None:
        print(f"... {message}", file=sys.stderr, flush=True)

    if args.compare:
        return run_compare(args, plan, out)
    res = Results()
    try:
        header = machine_header(plan, args.quick)
        with tempfile.TemporaryDirectory(prefix="lintlaw-bench-") as root:
            global _child_env, _timeout
            _child_env = child_env(root)
            _timeout = args.timeout or None
            corpora = Corpora(args.seeds, root)
            # One run of each kind first, to fill the bytecode cache and the disk cache.
            try:
                worker("lint", corpora.no_candidate(), root)
                cli(["--format", "json", corpora.no_candidate()], root)
            except TimedOut:
                pass  # the sections will say what timed out
            for name in chosen:
                try:
                    SECTIONS[name](res, corpora, plan, say)
                except TimedOut as exc:
                    res.notes.append(f"{name}: a run {exc}; the rest of the section was skipped")
    except BenchError as exc:
        print(f"run.py: {exc}", file=sys.stderr)
        return 1
    print(render(res, header), file=out)
    if args.json:
        payload = {"header": header, "plan": asdict(plan), "quick": args.quick,
                   "figures": [asdict(f) for f in res.figures], "model": res.model,
                   "rules": res.rules, "imports": res.imports, "notes": res.notes}
        with open(args.json, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, ensure_ascii=False, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
