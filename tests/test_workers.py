"""When lintlaw is stopped (Ctrl-C, a CI job's timeout, its parent killed), the processes it
started stop too (issue 12 item 9): the --jobs workers and the forked half of a large file.

Each test runs lintlaw with a rule that records its process id and then hangs, as a
worker reading an endless input did (it went on to 6 GB after its parent was killed),
stops lintlaw, and checks that no process it started is left running."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from lintlaw import parallel

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process handling as Linux does it")

HANGING = '''
import faulthandler, os, signal, sys, time
faulthandler.register(signal.SIGUSR1, all_threads=True)  # where lintlaw hangs, if it does
from lintlaw.registry import registry, rule

@rule(code=os.environ["HANG_CODE"], name="hang", severity="info", summary="s", why="w")
def hang(doc):
    with open(os.environ["HANG_PIDS"], "a") as pids:
        pids.write(f"{os.getpid()}\\n")
    time.sleep(300)
    return ()

registry().add(hang)
from lintlaw.cli import main
main()
'''


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has stopped
    except FileNotFoundError:
        return False


@pytest.fixture(autouse=True)
def _no_leftovers():
    """Whatever a failing test leaves running (lintlaw and its workers share the session
    lintlaw leads) is killed, so it cannot load the machine for the tests after it."""
    _LAUNCHED.clear()
    yield
    for proc in _LAUNCHED:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait()
        proc.stdout.close()
        proc.stderr.close()


_LAUNCHED: list = []


def _start(tmp_path, code, args, expect, also=""):
    script = tmp_path / "hanging.py"
    script.write_text(HANGING, encoding="utf-8")
    pids = tmp_path / "pids.txt"
    env = dict(os.environ, HANG_CODE=code, HANG_PIDS=str(pids), NO_COLOR="1")
    proc = subprocess.Popen([sys.executable, str(script), "--select", code + also, "--format", "concise", *args],
                            cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    _LAUNCHED.append(proc)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        started = pids.read_text().split() if pids.exists() else []
        if len(started) >= expect:
            return proc, [int(p) for p in started]
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    proc.kill()
    pytest.fail(f"the hanging rule did not start: {proc.communicate()[1].decode()[-2000:]}")


def _stopped(proc, within=30.0) -> None:
    """Wait for lintlaw to end; if it does not, fail with the stacks of its threads."""
    try:
        proc.wait(timeout=within)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGUSR1)
        time.sleep(2)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail(f"lintlaw did not end within {within:.0f} s; its threads:\n"
                    + proc.stderr.read().decode(errors="replace")[-4000:])


def _gone(pids, within=10.0):
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(_alive(p) for p in pids):
            return True
        time.sleep(0.1)
    for p in pids:  # leave nothing behind for the next test
        try:
            os.kill(p, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return False


@pytest.fixture
def reports(tmp_path):
    for k in range(2):
        (tmp_path / f"r{k}.txt").write_text("全区共办理案件12件。\n", encoding="utf-8")
    return ["r0.txt", "r1.txt"]


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_jobs_workers_stop_with_lintlaw(tmp_path, reports, stop):
    proc, workers = _start(tmp_path, "XX997", ["--jobs", "2", *reports], expect=2)
    assert proc.pid not in workers
    os.kill(proc.pid, stop)
    _stopped(proc)
    assert _gone(workers), f"workers left running after {stop.name}"
    if stop != signal.SIGKILL:
        assert b"Traceback" not in proc.stderr.read()
    if stop == signal.SIGINT:
        assert proc.returncode == 130  # not 1, which means findings


@pytest.mark.skipif(not parallel.can_fork(), reason="the split of a large file forks")
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM])
def test_the_forked_half_of_a_large_file_stops_with_lintlaw(tmp_path, stop):
    # LL1xx rules run in the forked process (parallel.CHILD_FAMILIES), LL4xx in lintlaw's.
    (tmp_path / "big.txt").write_text("全区共办理案件12件。\n" * 30_000, encoding="utf-8")
    proc, started = _start(tmp_path, "LL198", ["--jobs", "2", "big.txt"], expect=1, also=",LL401")
    child = started[0]
    assert child != proc.pid
    os.kill(proc.pid, stop)
    _stopped(proc)
    assert _gone([child]), f"the forked half was left running after {stop.name}"
