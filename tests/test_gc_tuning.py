"""A lint asks the cycle collector to run less often, and puts its thresholds back."""
import gc

from lintlaw import gc_tuning
from lintlaw.finding import Finding
from lintlaw.readers import from_bytes
from lintlaw.registry import rule
from lintlaw.runner import lint_source

SETTINGS = {"profile": "none", "profiles": {}}


def _recording_rule(seen):
    def check(doc):
        seen.append(gc.get_threshold())
        yield Finding(0, 1, "x")

    return rule(code="LL990", name="records-thresholds", severity="warning", summary="x", why="x")(check)


def _lint(rules):
    return lint_source(from_bytes("全年共受理案件12件。".encode("utf-8"), "report.txt"), rules, SETTINGS, "zh")


def test_a_lint_runs_with_a_higher_young_threshold_and_restores_the_old_one():
    before = gc.get_threshold()
    seen = []
    try:
        gc.set_threshold(700, 10, 10)
        result = _lint([_recording_rule(seen)])
        assert [d.rule for d in result.diagnostics] == ["records-thresholds"]
        assert seen == [(gc_tuning.YOUNG, 10, 10)]
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_nested_lints_restore_the_thresholds_once_the_outermost_ends():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with gc_tuning.fewer_collections():
            with gc_tuning.fewer_collections():
                assert gc.get_threshold()[0] == gc_tuning.YOUNG
            assert gc.get_threshold()[0] == gc_tuning.YOUNG
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_a_program_s_own_settings_are_left_alone():
    before = gc.get_threshold()
    try:
        for threshold in ((0, 10, 10), (200_000, 30, 30)):  # collection off; a program's larger threshold
            gc.set_threshold(*threshold)
            seen = []
            _lint([_recording_rule(seen)])
            assert seen == [threshold] and gc.get_threshold() == threshold
    finally:
        gc.set_threshold(*before)


def test_the_thresholds_come_back_when_the_lint_raises():
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        try:
            with gc_tuning.fewer_collections():
                raise KeyboardInterrupt
        except KeyboardInterrupt:
            pass
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*before)
