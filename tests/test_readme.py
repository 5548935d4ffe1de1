"""README's commands and examples are true."""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def readme():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as handle:
        return handle.read()


def shell_blocks(text):
    return re.findall(r"```sh\n(.*?)```", text, re.S)


def test_ci_runs_the_test_command_readme_gives():
    test_command = next(b.strip() for b in shell_blocks(readme()) if "pytest" in b)
    with open(os.path.join(ROOT, ".ci", "run"), encoding="utf-8") as handle:
        ci = handle.read()
    assert test_command in ci.splitlines()


def test_readme_run_command_lints_the_seeds():
    run_command = shell_blocks(readme())[0].strip()
    assert run_command.endswith("lintlaw seeds/") and "pip install" in run_command


def test_readme_rich_example_is_real_output(run_cli, seed_path):
    example = re.search(r"```text\n(.*?)```", readme(), re.S).group(1)
    _, out, _ = run_cli("--format", "rich", "--no-color", "--select", "malformed-date", seed_path("002"))
    shown = out.replace(os.path.join(ROOT, ""), "")
    assert example.strip() in shown


def test_readme_rule_example_runs():
    code = re.search(r"```python\n(.*?)```", readme(), re.S).group(1)
    namespace = {}
    exec(compile(code, "README.md", "exec"), namespace)
    from lintlaw.document import Document

    rule_ = namespace["pending_note"]
    assert all(list(rule_(Document.from_text(text))) for text in rule_.bad)
    assert not any(list(rule_(Document.from_text(text))) for text in rule_.good)


def test_readme_rule_table_is_the_registry_s():
    """Issue 15 item 2: the table is generated from the rules (as Ruff's docs are): severity and
    fix safety as the rules declare them. Regenerate with `python -m lintlaw.explain README.md`."""
    from lintlaw.explain import with_table
    from lintlaw.registry import registry

    text = readme()
    assert text == with_table(text, [r for r in registry().rules if r.origin == "lintlaw"]), (
        "README's rule table differs from the registry: run `python -m lintlaw.explain README.md`")
