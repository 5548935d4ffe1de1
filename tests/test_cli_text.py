"""The command line speaks the user's language: help and usage errors in Chinese by default (issue 15 item 1)."""
import click
import pytest

from lintlaw.cli import main
from lintlaw.cli_text import definition_lines, help_zh
from rich.cells import cell_len


def test_every_option_has_chinese_help():
    ctx = click.Context(main)
    missing = [p.opts for p in main.get_params(ctx) if isinstance(p, click.Option) and not help_zh(p)]
    assert not missing, f"add these options to lintlaw/cli_text.py HELP_ZH: {missing}"


@pytest.mark.parametrize("args,expected", [
    (["--format", "x"], "选项 --format 的值无效：可选 concise、"),
    (["--nope"], "没有选项 --nope"),
    (["--jobs", "0"], "须为整数，且不小于 1"),
    (["--select"], "选项 --select 后面需要给出一个值"),
    (["--fail-on", "x"], "可选 error、warning、info、never"),
])
def test_usage_errors_are_chinese_and_exit_2(run_cli, args, expected):
    code, out, err = run_cli(*args)
    assert code == 2 and out == ""
    assert expected in err and "lintlaw --help" in err
    assert "Error" not in err and "Invalid value" not in err


def test_usage_errors_are_english_with_lang_en(run_cli):
    code, _, err = run_cli("--lang", "en", "--format", "x")
    assert code == 2 and "Invalid value for '--format'" in err


def test_the_configuration_s_language_is_used_before_parsing(run_cli, tmp_path):
    (tmp_path / "lintlaw.toml").write_text('lang = "en"\n', encoding="utf-8")
    code, _, err = run_cli("--nope", cwd=str(tmp_path))
    assert code == 2 and "No such option" in err


def test_help_is_chinese_by_default_and_fits_the_width(run_cli):
    code, out, _ = run_cli("--help", env={"COLUMNS": "80"})
    assert code == 0 and out.startswith("用法：lintlaw [选项]")
    assert "选项：" in out and "显示本帮助后退出。" in out and "Show this message" not in out
    assert all(cell_len(line) <= 80 for line in out.splitlines())
    code, out, _ = run_cli("--help", "--lang", "en")
    assert code == 0 and "Usage: lintlaw" in out and "Show this message and exit." in out


def test_version_needs_no_translation(run_cli):
    code, out, _ = run_cli("--version")
    assert code == 0 and out.startswith("lintlaw ")


def test_definition_lines_wrap_by_terminal_cells():
    lines = definition_lines([("--x", "甲" * 50)], width=60)
    assert all(cell_len(line) <= 60 for line in lines) and len(lines) == 4


@pytest.mark.parametrize("width", [60, 80, 100])
def test_help_is_never_cut_inside_a_word_nor_opens_a_line_with_a_closing_mark(width):
    text = ("输出格式［默认：终端上为 rich，否则为 concise］。只用这些规则（代码、名称或代码前缀，逗号分隔）。"
            "也可设 NO_COLOR=1）。") * 3
    lines = definition_lines([("--format [concise|github|gitlab]", text)], width=width)
    bodies = [line.strip() for line in lines[1:]]
    assert "".join(bodies).replace(" ", "") == text.replace(" ", "")
    for body in bodies:
        assert body[0] not in "，。、；：）］" and not body.endswith(("（", "［"))
        assert cell_len(body) <= width - 34
    words = " ".join(bodies)
    assert "concise" in words and "rich" in words and "NO_COLOR=1" in words
