"""How a cost grows with its input: the size-n against size-4n tests of issue 12.

Not a timing assertion in seconds: the ratio of two timings taken back to back
in one process, each the fastest of a few runs, so a slow spell on a shared
machine falls on both.  Linear work gives about 4 at 4n; the tests allow a
generous margin over that, and quadratic work (16) stays far above it.
"""
from __future__ import annotations

import time
from typing import Any, Callable


def fastest(run: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
    return best


def growth(run: Callable[[Any], Any], make: Callable[[int], Any], n: int, factor: int = 4,
           repeat: int = 3) -> float:
    """time(run(make(factor * n))) / time(run(make(n))); the inputs are built untimed."""
    small, large = make(n), make(factor * n)
    run(small)  # warm caches and lazy imports, so the first timing is not the odd one out
    return fastest(lambda: run(large), repeat) / fastest(lambda: run(small), repeat)
