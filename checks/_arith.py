"""Reading numbers in a sentence: the helpers sum-mismatch and percent-mismatch share.

Both checks read the number model (``quantities(doc)``) and look around a figure
for the clause or list item it sits in; both show their computations with the
figures written as a report writes them.
"""
from __future__ import annotations

_CLAUSE_BREAK = "，；：。！？"
_CHUNK_BREAK = "，、；：（）。！？"


def _fmt(value: float) -> str:
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _clause_start(folded: str, pos: int, floor: int, breaks: str = _CLAUSE_BREAK) -> int:
    i = pos
    while i > floor and folded[i - 1] not in breaks:
        i -= 1
    return i
