"""``run.py --compare REV``: the large file linted by another commit and by this tree, in turn.

Issues set their speed limits against "the commit before this change, both measured
in the same run", because on the shared development machine the same code takes a
third longer in one hour than in the next. So the two versions are timed
alternately, REV then this tree, several rounds, and each side's fastest and median
in-process times are compared.

REV's code runs in the Python of this tree's environment: ``git archive`` writes its
``lintlaw/`` and ``checks/`` to a temporary folder laid out as the installed package
is (``checks/`` as ``lintlaw/checks``), and that folder goes first on PYTHONPATH of
REV's measuring processes. A REV that needs a dependency this environment lacks
fails with its ImportError.
"""
from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import tarfile
from typing import Callable, Dict, List, Optional, Sequence, Tuple


def export_revision(repo: str, rev: str, root: str) -> str:
    """REV's package, laid out for import, under ``root``; returns the folder for PYTHONPATH."""
    try:
        data = subprocess.run(["git", "-C", repo, "archive", "--format=tar", rev, "lintlaw", "checks"],
                              check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        detail = getattr(exc, "stderr", b"") or b""
        raise ValueError(f"cannot export {rev!r} from {repo}: {detail.decode('utf-8', 'replace').strip() or exc}")
    src = os.path.join(root, "rev-src")
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(src)
    pkg = os.path.join(root, "rev-pkg")
    shutil.copytree(os.path.join(src, "lintlaw"), os.path.join(pkg, "lintlaw"))
    shutil.copytree(os.path.join(src, "checks"), os.path.join(pkg, "lintlaw", "checks"))
    return pkg


def revision_name(repo: str, rev: str) -> str:
    try:
        out = subprocess.run(["git", "-C", repo, "rev-parse", "--short", rev], check=True,
                             capture_output=True, text=True).stdout.strip()
        return out or rev
    except (OSError, subprocess.CalledProcessError):
        return rev


def alternate(measure: Callable[[str], float], sides: Sequence[str], rounds: int) -> Dict[str, List[float]]:
    """Each side measured once per round, in turn: a slow spell of the machine falls on both."""
    times: Dict[str, List[float]] = {side: [] for side in sides}
    for _ in range(rounds):
        for side in sides:
            times[side].append(measure(side))
    return times


def summary_rows(label: str, times: Dict[str, List[float]], base: str, head: str) -> List[Tuple[str, ...]]:
    """One row per side, fastest and median, and the change of this tree against the base."""
    rows = []
    fastest = {side: min(values) for side, values in times.items()}
    for side in (base, head):
        values = times[side]
        change = ""
        if side == head and fastest[base]:
            change = f"{(fastest[head] / fastest[base] - 1) * 100:+.1f}%"
        rows.append((label, side, f"{fastest[side]:.3f}", f"{statistics.median(values):.3f}", change))
    return rows


def render(rows: Sequence[Tuple[str, ...]], header: Sequence[str], notes: Optional[Sequence[str]] = None) -> str:
    head = ("measure", "code", "fastest s", "median s", "change (fastest)")
    table = [head] + list(rows)
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    lines = list(header) + [""]
    for row in table:
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    for note in notes or ():
        lines.append(f"note: {note}")
    return "\n".join(lines)
