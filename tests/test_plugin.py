"""Third-party rules arrive through the `lintlaw.checks` entry-point group of a real installed distribution."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

PLUGIN = textwrap.dedent('''
    from lintlaw import Finding, Msg, rule

    @rule(code="XY001", name="no-placeholder", severity="warning",
          summary="报告中留有“XXX”占位符", summary_en="a placeholder XXX left in the report",
          why="起草时的占位符必须在报送前替换。", why_en="Drafting placeholders must be replaced.",
          bad=["全年共办理案件XXX件。"], good=["全年共办理案件12件。"])
    def no_placeholder(doc):
        start = doc.text.find("XXX")
        while start != -1:
            yield Finding(start, start + 3, Msg("占位符“XXX”未替换", "placeholder XXX left in"))
            start = doc.text.find("XXX", start + 3)
''')


@pytest.fixture(scope="module")
def plugin_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("plugin")
    src = root / "src"
    (src / "lintlaw_demo_plugin").mkdir(parents=True)
    (src / "lintlaw_demo_plugin" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    (src / "pyproject.toml").write_text(textwrap.dedent('''
        [build-system]
        requires = ["setuptools>=61"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "lintlaw-demo-plugin"
        version = "1.0"

        [project.entry-points."lintlaw.checks"]
        demo = "lintlaw_demo_plugin"

        [tool.setuptools]
        packages = ["lintlaw_demo_plugin"]
    '''), encoding="utf-8")
    site = root / "site"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
         "--target", str(site), str(src)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return site


def run(site, *args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(site))
    return subprocess.run([sys.executable, "-m", "lintlaw", *args], capture_output=True,
                          text=True, env=env, cwd=cwd)


def test_installed_plugin_rule_is_listed_and_runs(plugin_site, tmp_path):
    listed = run(plugin_site, "--list-rules")
    assert "XY001" in listed.stdout and "no-placeholder" in listed.stdout
    explained = run(plugin_site, "--explain", "XY001")
    assert "lintlaw-demo-plugin" in explained.stdout
    report = tmp_path / "r.txt"
    report.write_text("全年共办理案件XXX件。\n", encoding="utf-8")
    proc = run(plugin_site, "--format", "json", "--select", "XY001", str(report))
    assert proc.returncode == 0  # a warning does not fail the default error level
    (finding,) = json.loads(proc.stdout)["findings"]
    assert (finding["code"], finding["rule"], finding["column"], finding["end_column"]) == ("XY001", "no-placeholder", 8, 10)


def test_without_the_plugin_its_rule_is_unknown(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "lintlaw", "--select", "XY001", "."], capture_output=True,
                          text=True, cwd=tmp_path)
    assert proc.returncode == 2 and "没有名为“XY001”的规则" in proc.stderr
