"""The planted corpus (tests/corpus/*.jsonl) stays caught, and its clean look-alikes clean.

Each case is report prose with one planted defect, or a clean look-alike; see
tests/corpus/README.md. A case marked ``known`` is a documented shortcoming that
tests/corpus/measure.py counts and this test skips.
"""
import importlib.util
import os
import sys

import pytest

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
_spec = importlib.util.spec_from_file_location("corpus_measure", os.path.join(HERE, "measure.py"))
measure = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = measure  # dataclasses look their module up there
_spec.loader.exec_module(measure)

CASES = measure.load(sorted(os.path.join(HERE, n) for n in os.listdir(HERE) if n.endswith(".jsonl")))
ACTIVE = [c for c in CASES if not c.known]


@pytest.mark.parametrize("case", ACTIVE, ids=[c.where for c in ACTIVE])
def test_case(case):
    outcome = measure.judge(case)
    if not case.clean:
        assert outcome.caught, f"{case.rule} missed its planted {case.form} defect {case.defect!r} in {case.text!r}"
    assert not outcome.extras, (
        f"{'clean look-alike' if case.clean else 'one defect, one finding'}: {case.text!r} got {outcome.extras}"
    )


def test_measure_catches_and_counts_on_a_made_case():
    bad = measure.Case(rule="malformed-date", form="bare-digits", split="tune",
                       text="重庆市沙坪坝区城市管理局\n2022125", defect="2022125")
    clean = measure.Case(rule="malformed-date", form="bare-digits", split="tune",
                         text="重庆市沙坪坝区城市管理局\n2022年1月25日", defect="")
    assert measure.judge(bad).caught
    assert measure.judge(clean).extras == []
    assert not measure.judge(clean).caught
