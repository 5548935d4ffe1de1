"""An output stream that cannot show Chinese (PYTHONIOENCODING=ascii, a Windows code page)
gets backslash escapes, never a traceback (issue 12 item 8); JSON stays valid JSON."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

REPORT = "2021年法治政府建设情况报告\n截止到12月,共办理案件6件。\n2022125\n全区共办理案件12件，其中行政处罚5件、行政许可6件。\n"
FORMATS = ["rich", "concise", "json", "sarif", "github", "gitlab"]


def _run(tmp_path, encoding, *args):
    env = dict(os.environ, PYTHONIOENCODING=encoding, NO_COLOR="1", GITHUB_STEP_SUMMARY="")
    env.pop("FORCE_COLOR", None)
    proc = subprocess.run([sys.executable, "-m", "lintlaw", *args], cwd=tmp_path, env=env,
                          capture_output=True, timeout=120)
    # click writes its own output (help, --list-rules) as UTF-8 when the stream says ASCII.
    return proc.returncode, proc.stdout.decode(encoding, "replace"), proc.stderr.decode("utf-8", "replace")


@pytest.fixture
def report(tmp_path):
    (tmp_path / "报告.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_prints_on_a_stream_that_cannot_encode_chinese(report, encoding, fmt):
    code, out, err = _run(report, encoding, "--format", fmt, "报告.txt")
    assert code == 1 and "Traceback" not in err, err
    assert out and "\\u" in out and "\ufffd" not in out  # what the stream cannot show, as escapes
    if fmt in ("json", "sarif", "gitlab"):
        _, utf8, _ = _run(report, "utf-8", "--format", fmt, "报告.txt")
        assert json.loads(out) == json.loads(utf8)  # escapes JSON reads back


@pytest.mark.parametrize("args", [("--statistics",), ("--diff",), ("--list-rules",), ("--explain", "malformed-date"),
                                  ("--help",), ("--lang", "en", "--fix", "nope.txt"), ("--select", "无此规则")])
def test_other_output_and_messages_print_on_an_ascii_stream(report, args):
    code, out, err = _run(report, "ascii", *args, "报告.txt")
    assert "Traceback" not in err and "UnicodeEncodeError" not in err, err
    assert code in (0, 1, 2)
