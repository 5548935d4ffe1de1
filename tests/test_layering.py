"""The engine's modules depend one way: fixing calls linting, linting never calls fixing."""
from __future__ import annotations

import ast
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _imported_modules(path):
    tree = ast.parse(open(path, encoding="utf-8").read())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            yield ("." * node.level) + (node.module or "")
            for alias in node.names:
                yield ("." * node.level) + (node.module + "." if node.module else "") + alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name


def test_the_runner_never_imports_the_fixer():
    imported = set(_imported_modules(os.path.join(ROOT, "lintlaw", "runner.py")))
    assert not {".fix", "lintlaw.fix"} & imported


def test_linting_a_file_loads_no_fixing_code(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("2022125，全区共办理案件12件。\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from lintlaw.runner import LintOptions, lint_file\n"
        f"lint_file({str(report)!r}, LintOptions())\n"
        "print('lintlaw.fix' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
