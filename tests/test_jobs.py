"""--jobs: files spread over processes, output in the same order whatever N; a progress bar on a terminal."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lintlaw import progress

PLUGIN = Path(__file__).parent / "data" / "testplugin"


@pytest.fixture
def folder(tmp_path):
    # 30 small reports of different sizes (so workers finish out of order), in nested folders.
    for i in range(30):
        sub = tmp_path / f"区{i % 3}"
        sub.mkdir(exist_ok=True)
        body = "".join(f"第{k}项工作,已经完成\n" for k in range((i * 7) % 5 + 1))
        (sub / f"{i:02d}.txt").write_text(body * (1 + (30 - i) // 3), encoding="utf-8")
    return tmp_path


def _lint(folder, *args):
    env = dict(os.environ, PYTHONPATH=str(PLUGIN))
    run = subprocess.run([sys.executable, "-m", "lintlaw", "--select", "TT901,TT905", "--format", "json", *args],
                         cwd=folder, env=env, capture_output=True, timeout=300)
    assert run.returncode == 1, run.stderr.decode()
    return run.stdout


def test_output_is_the_same_whatever_the_number_of_jobs(folder):
    one = _lint(folder, "--jobs", "1", ".")
    assert _lint(folder, "--jobs", "3", ".") == one
    assert _lint(folder, "--jobs", "8", ".") == one


def test_files_come_out_in_walk_order_and_named_files_as_given(folder):
    import json

    walked = [f["path"] for f in json.loads(_lint(folder, "--jobs", "4", "."))["findings"]]
    files_in_order = list(dict.fromkeys(walked))
    assert files_in_order == sorted(files_in_order)  # folders and names sorted
    given = ["区2/29.txt", "区0/00.txt", "区1/13.txt"]
    named = [f["path"] for f in json.loads(_lint(folder, "--jobs", "3", *given))["findings"]]
    assert list(dict.fromkeys(named)) == given


def test_progress_is_wanted_only_on_a_terminal_for_many_files():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    assert progress.wanted(Terminal(), 21)
    assert not progress.wanted(Terminal(), 20)
    assert not progress.wanted(io.StringIO(), 500)  # a pipe or a file: CI logs stay clean


def test_the_bar_advances_to_the_total():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    with progress.bar(25, stream) as bar:
        for _ in range(25):
            bar.advance()
    assert "25/25" in stream.getvalue()
    with progress.bar(5, stream) as silent:
        silent.advance()  # a no-op below the threshold


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_a_real_run_draws_the_bar_on_a_terminal_stderr_only(folder):
    import pty

    import threading

    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(PLUGIN), TERM="xterm")
    env.pop("NO_COLOR", None)
    chunks = []

    def drain():  # read the terminal while lintlaw writes to it, or it would block on a full pty
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: every writer has closed the terminal
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc = subprocess.Popen([sys.executable, "-m", "lintlaw", "--select", "TT901", "--format", "concise", "."],
                            cwd=folder, env=env, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    try:
        stdout, _ = proc.communicate(timeout=120)
    finally:
        proc.kill()
        reader.join(timeout=10)
        os.close(master)
    terminal = b"".join(chunks).decode("utf-8", "replace")
    assert "lintlaw" in terminal and "/30" in terminal
    assert b"\x1b[" not in stdout and stdout.count(b"TT901") > 30  # the report itself is untouched
