"""One defect, one finding: the text a finding claims, and the findings it silences.

A finding may claim spans of text for its cause (``Finding.claims``): a paragraph
pasted twice claims the copy, a block of web page chrome claims the block, a
paragraph cut by a page break claims the cut and the lines in it.  Whatever
another rule finds wholly inside a claimed span is the same defect seen again
(the sum and the doubled word of a pasted copy were already reported where they
were first written; the brackets of a chrome line are not report text), and is
dropped here, for every rule alike: no check needs to know another's analysis.

Where two rules claim the same text for one cause (a list marker ")" that lost
its number is a heading-numbering question and a bracket question; a chrome line
typed twice is web residue and a duplicate), the rule of higher ``precedence``,
the more specific one, keeps its finding: a finding survives a claim that covers
it only when it claims that whole span itself and its rule ranks higher.

A rule about the document as a whole (missing-section: its finding points at
the title, but is about no text there) declares ``spans_text=False``, and no
claim silences it.  A finding whose defect stays one inside another rule's claim
names that rule in ``Finding.outlives`` (a date that cannot exist, 2024-02-30, is
wrong on a page's metadata line too, though the line is web residue).

Claims count only among the findings of one lint: a rule that is not selected
claims nothing, and with ``--jobs`` the claims of both processes are joined
before this runs (lintlaw.runner.lint_source).
"""
from __future__ import annotations

import bisect
from typing import AbstractSet, Callable, Dict, Iterable, List, Mapping, Sequence, Tuple, TypeVar

T = TypeVar("T")
Span = Tuple[int, int]


def _merged(spans: List[Span]) -> Tuple[List[int], List[int]]:
    """Starts and ends of the union of ``spans``, as disjoint sorted intervals."""
    spans.sort()
    starts: List[int] = []
    ends: List[int] = []
    for start, end in spans:
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def keep(items: Sequence[T], rule_of: Callable[[T], str], span_of: Callable[[T], Span],
         claims_of: Callable[[T], Tuple[Span, ...]], precedence: Mapping[str, int],
         unclaimable: AbstractSet[str] = frozenset(),
         also_claimed: Iterable[Tuple[str, Tuple[Span, ...]]] = (),
         outlives_of: Callable[[T], Tuple[str, ...]] = lambda item: ()) -> List[T]:
    """``items`` (findings or diagnostics of several rules) without those another
    rule's claim accounts for; order kept.  ``precedence`` ranks the rules by name;
    the findings of the rules in ``unclaimable`` are never silenced.  ``also_claimed``
    holds (rule name, spans) of findings dropped before, whose claims still count;
    ``outlives_of`` gives the rules whose claims do not silence an item."""
    by_rule: Dict[str, List[Span]] = {}
    for item in items:
        claimed = claims_of(item)
        if claimed:
            by_rule.setdefault(rule_of(item), []).extend(claimed)
    for name, claimed in also_claimed:
        by_rule.setdefault(name, []).extend(claimed)
    if not by_rule:
        return list(items)
    merged = {name: _merged(spans) for name, spans in by_rule.items()}
    out: List[T] = []
    for item in items:
        name = rule_of(item)
        if name in unclaimable:
            out.append(item)
            continue
        start, end = span_of(item)
        immune = outlives_of(item)
        for other, (starts, ends) in merged.items():
            if other == name or other in immune:
                continue
            at = bisect.bisect_right(starts, start) - 1
            if at < 0 or ends[at] < end:
                continue
            claim_start, claim_end = starts[at], ends[at]
            if precedence.get(name, 0) > precedence.get(other, 0) and any(
                    a <= claim_start and claim_end <= b for a, b in claims_of(item)):
                continue  # the same text claimed by a more specific rule: this one
            break
        else:
            out.append(item)
    return out


def policy(rules) -> Tuple[Dict[str, int], AbstractSet[str]]:
    """The precedence of each of ``rules`` by name, and the names no claim silences."""
    return {r.name: r.precedence for r in rules}, frozenset(r.name for r in rules if not r.spans_text)
