"""Every rule's documented examples are tests: each bad one is flagged, each good one is not.

An example is linted as a user would lint it: by every rule, with the one-defect-
one-finding policy (lintlaw.claims), so a good example may rely on another rule
claiming the text (a chrome line's brackets are web-residue's).
"""
import pytest

from lintlaw.document import Document
from lintlaw.registry import registry
from lintlaw.runner import run_rules

RULES = registry().rules
BAD = [(r, i, text) for r in RULES for i, text in enumerate(r.bad)]
GOOD = [(r, i, text) for r in RULES for i, text in enumerate(r.good)]


def _findings(rule_, text):
    found, errors = run_rules(Document.from_text(text), RULES)
    assert not errors
    return [finding for r, finding in found if r is rule_]


@pytest.mark.parametrize("rule_,index,text", BAD, ids=[f"{r.name}-bad{i}" for r, i, _ in BAD])
def test_bad_example_is_flagged(rule_, index, text):
    assert _findings(rule_, text), f"{rule_.name} did not flag its bad example {index}: {text!r}"


@pytest.mark.parametrize("rule_,index,text", GOOD, ids=[f"{r.name}-good{i}" for r, i, _ in GOOD])
def test_good_example_is_not_flagged(rule_, index, text):
    found = _findings(rule_, text)
    assert not found, f"{rule_.name} flagged its good example {index}: {text!r}: {found}"


@pytest.mark.parametrize("rule_", RULES, ids=[r.name for r in RULES])
def test_rule_is_documented(rule_):
    assert rule_.summary and rule_.why
    assert rule_.summary_en and rule_.why_en, "every rule has an English summary and explanation"
    assert len(rule_.bad) >= 8 and len(rule_.good) >= 8, "at least eight bad and eight good examples"


def test_findings_lie_inside_the_document():
    for rule_ in RULES:
        for text in rule_.bad:
            doc = Document.from_text(text)
            for finding in rule_(doc):
                assert 0 <= finding.start <= finding.end <= len(doc.text)


@pytest.mark.parametrize("rule_", RULES, ids=[r.name for r in RULES])
def test_documented_severity_and_fix_safety_are_what_the_rule_does(rule_):
    """What --explain and README say (generated from the registry) holds for every example:
    no finding is more severe than the rule's level, and every fix is as safe as declared."""
    from lintlaw.finding import SEVERITY_RANK

    allowed = {None: set(), "safe": {True}, "unsafe": {False}, "mixed": {True, False}}[rule_.fixable]
    for text in rule_.bad + rule_.good:
        for finding in _findings(rule_, text):
            assert SEVERITY_RANK[finding.severity or rule_.severity] <= SEVERITY_RANK[rule_.severity], text
            if finding.fix is not None:
                assert finding.fix.safe in allowed, f"{rule_.name} gives a {'safe' if finding.fix.safe else 'unsafe'} fix on {text!r}"
