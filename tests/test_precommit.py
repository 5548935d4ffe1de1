"""The hook manifest, run by the real pre-commit on a temporary repository of reports.

``pre-commit try-repo`` clones this checkout at HEAD (with any uncommitted
changes to tracked files), pip-installs lintlaw into its own environment and
runs the ``lintlaw`` hook on the files given: it must fail on a report with a
defect and pass on a clean one.  PRE_COMMIT_HOME points at a temporary folder,
so nothing outside the test is touched.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

GIT = shutil.which("git")
HAS_PRE_COMMIT = importlib.util.find_spec("pre_commit") is not None

pytestmark = [
    pytest.mark.skipif(GIT is None, reason="git is not installed"),
    pytest.mark.skipif(not HAS_PRE_COMMIT, reason="pre-commit is not installed (pip install -e '.[test]')"),
]

DEFECT = "重庆市沙坪坝区城市管理局\n2022125\n"  # malformed-date: a date written as bare digits
CLEAN = ("关于2023年度普法工作的情况说明\n\n"
         "今年以来，我局认真落实“谁执法谁普法”普法责任制，全年开展法治宣传活动12场次。\n")


def _git(*args, cwd):
    subprocess.run([GIT, *args], cwd=cwd, check=True, capture_output=True)


def test_manifest_is_valid_for_pre_commit():
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "lintlaw" and hook["language"] == "python"
    assert hook["require_serial"] is False
    assert hook["verbose"] is True  # warnings pass a commit and must still be seen
    import re

    files = re.compile(hook["files"])
    for name in ("报告.txt", "docs/总结.md", "2023年度报告.DOCX", "a.markdown", "报告.pdf"):
        assert files.search(name), name
    for name in ("setup.py", "a.txt.bak", "a.pdf.bak"):
        assert not files.search(name), name


def test_pre_commit_hook_fails_on_a_defect_and_passes_on_a_clean_report(tmp_path):
    repo = tmp_path / "reports"
    repo.mkdir()
    _git("init", "-q", cwd=repo)
    _git("config", "user.email", "test@example.com", cwd=repo)
    _git("config", "user.name", "test", cwd=repo)
    (repo / "defect.txt").write_text(DEFECT, encoding="utf-8")
    (repo / "clean.txt").write_text(CLEAN, encoding="utf-8")
    _git("add", ".", cwd=repo)

    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NO_COLOR="1")
    env.pop("PYTHONPATH", None)
    pre_commit = [sys.executable, "-m", "pre_commit"]

    def try_repo(name):
        return subprocess.run(pre_commit + ["try-repo", str(ROOT), "lintlaw", "--files", name, "--color", "never"],
                              cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    failed = try_repo("defect.txt")
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    # Issue 15 item 6: severity and help in the hook's output, and one summary line.
    assert "defect.txt:2:1: 错误 LL301 [malformed-date]" in output
    assert "帮助: 写作“2022年1月25日”" in output and "发现 1 个问题" in output
    assert "Failed" in output

    passed = try_repo("clean.txt")
    output = passed.stdout + passed.stderr
    assert passed.returncode == 0, output
    assert "Passed" in output

    (repo / "warning.txt").write_text("关于2023年度普法工作的情况说明\n\n全年开展法治宣传活动12场次,覆盖群众3万人次。\n",
                                      encoding="utf-8")
    _git("add", ".", cwd=repo)
    warned = try_repo("warning.txt")
    output = warned.stdout + warned.stderr
    # A warning passes the commit and is still shown (the hook is verbose).
    assert warned.returncode == 0 and "Passed" in output, output
    assert "警告 LL402 [punctuation-width]" in output, output
