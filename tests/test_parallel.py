"""One large file on two cores (lintlaw.parallel): the same result as on one, whatever happens to the child."""
from __future__ import annotations

import dataclasses
import json
import os
import threading

import pytest
from click.testing import CliRunner

from lintlaw import parallel
from lintlaw.cli import main
from lintlaw.registry import registry
from lintlaw.runner import LintOptions, lint_file, lint_source
from lintlaw.readers import from_bytes

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="the split needs fork (Linux)")

SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
SETTINGS = {"profile": "auto", "profiles": {}}


@pytest.fixture
def archive():
    """The seed reports one after another: every family has findings in it."""
    names = sorted(n for n in os.listdir(SEEDS) if n.endswith(".txt"))
    data = b"\n".join(open(os.path.join(SEEDS, n), "rb").read() for n in names)
    return from_bytes(data, "archive.txt")


@pytest.fixture
def small_threshold(monkeypatch):
    # The real threshold is several hundred kB; the seeds make a 77 kB archive.
    monkeypatch.setattr(parallel, "MIN_CHARS", 1_000)


@pytest.fixture
def splits(monkeypatch):
    """Counts the splits that actually forked."""
    calls = []
    real = parallel.run_split

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(parallel, "run_split", counting)
    return calls


def _lint(source, rules, jobs):
    return lint_source(source, rules, SETTINGS, "zh", jobs=jobs)


def test_two_processes_give_exactly_the_findings_of_one(archive, small_threshold, splits):
    rules = registry().rules
    one = _lint(archive, rules, 1)
    two = _lint(archive, rules, 2)
    assert splits == [1]
    assert {d.code[:3] for d in one.diagnostics} >= {"LL1", "LL2", "LL3", "LL4", "LL5"}
    assert two.diagnostics == one.diagnostics  # every field, fixes and fingerprints included
    assert two.errors == one.errors == []


def test_a_child_that_dies_is_made_up_for_in_this_process(archive, small_threshold, splits):
    parent = os.getpid()
    rules = list(registry().rules)
    sums = next(i for i, r in enumerate(rules) if r.name == "sum-mismatch")
    real = rules[sums].check

    def dies_in_the_child(doc):
        if os.getpid() != parent:
            os._exit(3)  # killed, out of memory: no result comes back
        return real(doc)

    rules[sums] = dataclasses.replace(rules[sums], check=dies_in_the_child)
    two = _lint(archive, rules, 2)
    assert splits == [1]
    assert two.diagnostics == _lint(archive, registry().rules, 1).diagnostics
    assert any(d.rule == "sum-mismatch" for d in two.diagnostics)


def test_rule_errors_from_both_processes_keep_the_rules_order(archive, small_threshold):
    def broken(doc):
        raise ValueError("boom")

    rules = list(registry().rules)
    # A structure rule (run by the child) and a punctuation rule (run here), each broken.
    for name in ("missing-section", "punctuation-width"):
        i = next(i for i, r in enumerate(rules) if r.name == name)
        rules[i] = dataclasses.replace(rules[i], check=broken)
    one, two = _lint(archive, rules, 1), _lint(archive, rules, 2)
    assert len(one.errors) == 2 and "LL101" in one.errors[0] and "LL402" in one.errors[1]
    assert two.errors == one.errors
    assert two.diagnostics == one.diagnostics


def test_no_split_for_a_small_file_one_job_or_one_family():
    rules = registry().rules
    assert len(parallel.split(rules, 2, parallel.MIN_CHARS, lambda r: r.family)) == 2
    assert len(parallel.split(rules, 2, parallel.MIN_CHARS - 1, lambda r: r.family)) == 1
    assert len(parallel.split(rules, 1, 10 * parallel.MIN_CHARS, lambda r: r.family)) == 1
    numbers_only = [r for r in rules if r.family == "numbers"]
    assert parallel.split(numbers_only, 2, 10 * parallel.MIN_CHARS, lambda r: r.family) == [numbers_only]
    here, child = parallel.split(rules, 2, parallel.MIN_CHARS, lambda r: r.family)
    assert {r.family for r in child} == set(parallel.CHILD_FAMILIES)
    assert len(here) + len(child) == len(rules)
    assert [r for r in rules if r in here] == here and [r for r in rules if r in child] == child  # order kept


def test_no_fork_while_another_thread_runs():
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert not parallel.can_fork()
    finally:
        stop.set()
        worker.join()
    assert parallel.can_fork()


def test_the_command_splits_a_single_file_and_only_then(tmp_path, archive, small_threshold, splits):
    path = tmp_path / "archive.txt"
    path.write_text(archive.raw, encoding="utf-8")
    (tmp_path / "other.txt").write_text(archive.raw, encoding="utf-8")
    runner = CliRunner()

    def findings(*args):
        result = runner.invoke(main, ["--format", "json", *args])
        assert result.exit_code == 1, result.output
        return json.loads(result.stdout)["findings"]

    one = findings("--jobs", "1", str(path))
    assert splits == []
    assert findings("--jobs", "2", str(path)) == one
    assert splits == [1]
    # Two files: each is linted whole, in this process or a worker, never split.
    both = findings("--jobs", "1", str(path), str(tmp_path / "other.txt"))
    assert splits == [1] and len(both) == 2 * len(one)


def test_lint_file_splits_only_when_asked(tmp_path, archive, small_threshold, splits):
    path = tmp_path / "archive.txt"
    path.write_text(archive.raw, encoding="utf-8")
    serial = lint_file(str(path), LintOptions())
    assert splits == []
    assert lint_file(str(path), LintOptions(jobs=2)).diagnostics == serial.diagnostics
    assert splits == [1]
