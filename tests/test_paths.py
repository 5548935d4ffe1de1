"""Paths lintlaw cannot read are reported, and every other file is still linted (issue 12
items 12 and 13).  Permissions mean nothing to root, so as root lintlaw runs in a user
namespace of its own (``unshare --user``), where it keeps root's files but none of
root's power over them."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

DEFECT = "重庆市沙坪坝区城市管理局\n2022125\n"


def _prefix():
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "--user", "true"], capture_output=True).returncode != 0:
        pytest.skip("running as root, and no user namespace to drop root's power in")
    return [unshare, "--user"]


def _lintlaw(cwd, *args):
    env = dict(os.environ, NO_COLOR="1")
    proc = subprocess.run([*_prefix(), sys.executable, "-m", "lintlaw", *args], cwd=cwd, env=env,
                          capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@pytest.fixture
def tree(tmp_path):
    yield str(tmp_path)
    for folder, dirs, _ in os.walk(tmp_path):
        for d in dirs:
            os.chmod(os.path.join(folder, d), 0o755)


def _write(root, rel, text=DEFECT, mode=0o644):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, mode)
    return path


def test_an_unreadable_file_on_the_command_line_is_reported_and_the_others_linted(tree):
    _write(tree, "a.txt")
    _write(tree, "b.txt", mode=0o000)
    _write(tree, "c.txt")
    code, out, err = _lintlaw(tree, "--format", "json", "--select", "LL301", "a.txt", "b.txt", "c.txt")
    assert code == 2, err
    report = json.loads(out)
    assert sorted({f["path"] for f in report["findings"]}) == ["a.txt", "c.txt"]
    assert [e["path"] for e in report["errors"]] == ["b.txt"] and "b.txt" in err


def test_an_unreadable_folder_in_a_walked_tree_is_reported(tree):
    _write(tree, "reports/2021/a.txt")
    _write(tree, "reports/locked/b.txt")
    _write(tree, "reports/2023/c.txt")
    os.chmod(os.path.join(tree, "reports", "locked"), 0o000)
    code, out, err = _lintlaw(tree, "--format", "json", "--select", "LL301", "reports")
    assert code == 2, err
    report = json.loads(out)
    assert sorted({f["path"] for f in report["findings"]}) == ["reports/2021/a.txt", "reports/2023/c.txt"]
    assert [e["path"] for e in report["errors"]] == ["reports/locked"]
    assert "reports/locked" in err
    # An unreadable folder named on the command line is one too.
    code, out, err = _lintlaw(tree, "--format", "json", "--select", "LL301", "reports/locked", "reports/2021")
    assert code == 2 and [e["path"] for e in json.loads(out)["errors"]] == ["reports/locked"], err
