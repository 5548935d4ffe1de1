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
           repeat: int = 3, attempts: int = 3) -> float:
    """time(run(make(factor * n))) / time(run(make(n))); the inputs are built untimed.

    The two sizes are timed in turn, each the fastest of `repeat` runs, so that a slow
    spell of the machine falls on both.  A ratio far above linear (over 1.75 x factor) is
    measured again, up to `attempts` times, and the lowest kept: a neighbour's burst of
    load does not come back on every attempt, while work that grows faster than linear
    gives the same high ratio each time (16 at 4n for quadratic work).
    """
    small, large = make(n), make(factor * n)
    run(small)  # warm caches and lazy imports, so the first timing is not the odd one out
    best = float("inf")
    for _ in range(attempts):
        small_time = large_time = float("inf")
        for _ in range(repeat):
            small_time = min(small_time, fastest(lambda: run(small), 1))
            large_time = min(large_time, fastest(lambda: run(large), 1))
        best = min(best, large_time / small_time)
        if best <= 1.75 * factor:
            break
    return best
