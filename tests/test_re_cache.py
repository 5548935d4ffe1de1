"""The command line's cache of compiled patterns (lintlaw/re_cache.py).

Installing it patches ``re`` for the whole process, so every case runs in a
process of its own.
"""
import json
import marshal
import os
import subprocess
import sys
import textwrap

import pytest

PATTERNS = [
    ("(?P<n>[一二三四五六七八九十]+)个(?P<unit>方面|领域)", 0),
    (r"出庭(?:应诉)?率(?:为|达)?(\d+(?:\.\d+)?)%", 0),
    ("(?i:copyright|icp备)[\\u4e00-\\u9fff]{0,8}", 0),
    ("^第[一二三四五六七八九十]+[章节条]", 8),  # re.MULTILINE
    (" a b  # verbose\n c", 64),  # re.VERBOSE
]

PROBE = textwrap.dedent("""
    import json, re, sys
    from lintlaw import re_cache
    re_cache.install()
    patterns = json.loads(sys.argv[1])
    texts = ["从三个方面推进", "出庭应诉率为100%", "Copyright 2024 某某县人民政府", "前言\\n第二章 总则", "abc"]
    out = []
    for p, flags in patterns:
        compiled = re.compile(p, flags)
        out.append([compiled.pattern, int(compiled.flags), compiled.groups, dict(compiled.groupindex),
                    [m.group(0) for t in texts for m in compiled.finditer(t)]])
    print(json.dumps({"out": out, "hits": len(re_cache._used) - re_cache._added, "added": re_cache._added}))
""")


def _probe(env_extra, patterns=PATTERNS):
    env = dict(os.environ)
    env.pop("LINTLAW_NO_PATTERN_CACHE", None)
    env.update(env_extra)
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(patterns)], capture_output=True, text=True,
                          env=env, check=True)
    return json.loads(proc.stdout)


def _plain():
    """What the patterns match without the cache (the same probe, the cache turned off)."""
    return _probe({"LINTLAW_NO_PATTERN_CACHE": "1"})["out"]


def test_a_second_process_reads_the_patterns_from_the_file_and_they_match_the_same(tmp_path):
    first = _probe({"LINTLAW_CACHE_DIR": str(tmp_path)})
    assert first["added"] == len(PATTERNS) and first["hits"] == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("patterns-")]
    second = _probe({"LINTLAW_CACHE_DIR": str(tmp_path)})
    assert second["added"] == 0 and second["hits"] == len(PATTERNS)
    assert first["out"] == second["out"] == _plain()


def test_a_cache_file_that_does_not_read_is_replaced_not_fatal(tmp_path):
    _probe({"LINTLAW_CACHE_DIR": str(tmp_path)})
    (cache,) = [p for p in tmp_path.iterdir() if p.name.startswith("patterns-")]
    cache.write_bytes(b"\x00not marshal at all")
    again = _probe({"LINTLAW_CACHE_DIR": str(tmp_path)})
    assert again["out"] == _plain() and again["added"] == len(PATTERNS)
    assert _probe({"LINTLAW_CACHE_DIR": str(tmp_path)})["hits"] == len(PATTERNS)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_folder_that_cannot_be_written_leaves_the_run_alone(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert _probe({"LINTLAW_CACHE_DIR": str(folder)})["out"] == _plain()
    finally:
        folder.chmod(0o700)


def test_a_cache_path_under_a_file_leaves_the_run_alone(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert _probe({"LINTLAW_CACHE_DIR": str(blocker / "cache")})["out"] == _plain()
    assert blocker.read_text() == "x"


def test_no_cache_writes_nothing(tmp_path):
    result = _probe({"LINTLAW_CACHE_DIR": str(tmp_path), "LINTLAW_NO_PATTERN_CACHE": "1"})
    assert result["out"] == _plain() and result["added"] == 0
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_finds_the_same_with_the_cache_cold_warm_and_off(tmp_path, seed_path):
    report = seed_path("001")
    env = dict(os.environ, LINTLAW_CACHE_DIR=str(tmp_path))
    env.pop("LINTLAW_NO_PATTERN_CACHE", None)

    def run(extra=None):
        proc = subprocess.run([sys.executable, "-m", "lintlaw", "--format", "json", report],
                              capture_output=True, text=True, env=dict(env, **(extra or {})))
        assert proc.returncode == 1, proc.stderr
        return proc.stdout

    cold, warm, off = run(), run(), run({"LINTLAW_NO_PATTERN_CACHE": "1"})
    assert cold == warm == off
    assert any(p.name.startswith("patterns-") for p in tmp_path.iterdir())


def test_a_second_run_under_another_hash_seed_writes_nothing(tmp_path):
    """Every pattern a lint compiles is the same text in every process (a pattern joined from
    a set's items in the set's order would differ with the hash seed, be new to the cache in
    every run and have the file written again each time)."""
    seeds = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
    env = dict(os.environ, LINTLAW_CACHE_DIR=str(tmp_path))
    env.pop("LINTLAW_NO_PATTERN_CACHE", None)

    def run(seed):
        subprocess.run([sys.executable, "-m", "lintlaw", "--jobs", "1", "--format", "json", seeds],
                       capture_output=True, env=dict(env, PYTHONHASHSEED=seed), check=False)
        (cache,) = [p for p in tmp_path.iterdir() if p.name.startswith("patterns-")]
        return cache.stat().st_mtime_ns, set(marshal.loads(cache.read_bytes())[2])

    first_time, first = run("1")
    second_time, second = run("2")
    assert not second - first, f"patterns that change from run to run: {sorted(second - first)}"
    assert second_time == first_time


def test_patterns_no_run_uses_leave_the_file(tmp_path):
    env = {"LINTLAW_CACHE_DIR": str(tmp_path)}
    _probe(env, [["old(?P<x>a)", 0]])
    from lintlaw import re_cache
    for n in range(re_cache.KEEP_SAVES):
        result = _probe(env, [[f"new{n}", 0]])
        assert result["added"] == 1
    assert _probe(env, [["old(?P<x>a)", 0]])["added"] == 1  # dropped, compiled afresh
    assert _probe(env, [[f"new{re_cache.KEEP_SAVES - 1}", 0]])["hits"] == 1
