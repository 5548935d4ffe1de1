"""benchmarks/run.py runs end to end on a tiny corpus and prints every figure with its target.

Only the table's shape is checked here, never a timing: timings belong to the
benchmark itself, on a quiet machine.
"""
from __future__ import annotations

import importlib.util
import io
import json
import os
import sys

import pytest

from lintlaw.registry import registry

HERE = os.path.dirname(os.path.abspath(__file__))
SCRIPT = os.path.join(os.path.dirname(HERE), "benchmarks", "run.py")

REPORT = (
    "某县司法局2023年法治政府建设年度报告\n"
    "一、主要举措和成效\n"
    "（一）完善制度体系。全年审查规范性文件12件，办理行政复议案件6件。\n"
    "二、存在的不足和原因\n"
    "执法人员法律素养有待提升。\n"
)


def _load():
    spec = importlib.util.spec_from_file_location("lintlaw_bench_run", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench(tmp_path_factory):
    seeds = tmp_path_factory.mktemp("seeds")
    (seeds / "a.txt").write_text(REPORT, encoding="utf-8")
    (seeds / "b.txt").write_text(REPORT.replace("某县", "某区"), encoding="utf-8")
    saved = tmp_path_factory.mktemp("out") / "figures.json"
    out = io.StringIO()
    module = _load()
    status = module.main(["--quick", "--seeds", str(seeds), "--files", "4", "--big-repeat", "2",
                          "--json", str(saved)], out=out)
    return status, out.getvalue(), json.loads(saved.read_text(encoding="utf-8"))


def test_exits_zero_whatever_the_targets(bench):
    status, _, _ = bench
    assert status == 0


def test_every_targeted_figure_is_printed_with_target_and_verdict(bench):
    _, table, data = bench
    names = {(f["section"], f["name"]) for f in data["figures"]}
    targeted = {(f["section"], f["name"]) for f in data["figures"] if f["target"]}
    expected = {
        ("cold start", "a.txt, whole process (median)"),
        ("cold start", "b.txt, whole process (median)"),
        ("cold start", "jieba loaded for a report with no candidate"),
        ("throughput", "peak memory, whole process"),
        ("many files", "--jobs 2 speed-up"),
    }
    assert expected <= targeted
    assert any(s == "scaling" and n.startswith("time(x4) / time(x2)") for s, n in targeted)
    assert any(s == "throughput" and n.startswith("in-process, seeds x2") for s, n in names)
    for fig in data["figures"]:
        assert isinstance(fig["value"], (int, float)), fig
        if fig["target"]:
            assert isinstance(fig["ok"], bool), fig
            line = next(l for l in table.splitlines() if l.startswith(f"{fig['section']}: {fig['name']} "))
            assert fig["target"] in line and ("PASS" in line or "FAIL" in line), line


def test_autocorrect_is_compared_when_installed(bench):
    _, _, data = bench
    names = {f["name"] for f in data["figures"]}
    installed = importlib.util.find_spec("autocorrect_py") is not None
    assert ("lintlaw vs autocorrect (its time / ours)" in names) == installed
    assert ("the same, lintlaw on one core" in names) == installed
    assert any(n.startswith("in-process, seeds x2") and n.endswith("one core (--jobs 1)") for n in names)


def test_every_rule_has_its_time_and_the_model_its_own(bench):
    _, table, data = bench
    timed = {r["code"] for r in data["rules"]}
    assert timed == {r.code for r in registry().rules}
    assert data["model"] and data["model"][0]["part"] == "read + decode"
    assert "time per rule on the large file" in table
    for r in registry().rules:
        assert f"{r.code} {r.name}" in table


def test_an_unknown_section_is_refused(capsys):
    assert _load().main(["--quick", "--only", "nonsense"]) == 1
    assert "unknown section" in capsys.readouterr().err


def test_compare_times_a_revision_and_this_tree_in_turn(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    extra = tmp_path / "other.txt"
    extra.write_text(REPORT.replace("某县", "某镇") * 3, encoding="utf-8")
    out = io.StringIO()
    status = _load().main(["--compare", "HEAD", "--rounds", "1", "--big-repeat", "2", "--seeds", str(tmp_path),
                           "--text", str(extra)], out=out)
    table = out.getvalue()
    assert status == 0, table
    rows = [line for line in table.splitlines() if line.startswith(("seeds x2", "other.txt"))]
    # two files x two ways x two versions, and each of this tree's rows carries the change
    assert len(rows) == 8, table
    assert sum("this tree" in row and "%" in row for row in rows) == 4, table


def test_compare_names_a_revision_that_does_not_exist(capsys):
    assert _load().main(["--compare", "no-such-revision-here", "--rounds", "1", "--big-repeat", "1"]) == 1
    assert "no-such-revision-here" in capsys.readouterr().err
