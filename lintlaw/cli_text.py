"""The command line in the user's language: help, usage errors, interruption.

click writes its help and its usage errors in English ("Error: Invalid value for
'--format'"). lintlaw's users read Chinese (the default, ``--lang zh``), so the
command class here gives click's output in Chinese: the option help from ``HELP_ZH``,
and each kind of usage error in its own words, naming the option and what it takes.
The language is known before click parses anything: ``--lang`` in the arguments, else
``lang`` in the configuration found from the working folder, else Chinese.
"""
from __future__ import annotations

import os
import re
import sys
from typing import List, Optional, Sequence, Tuple

import click
from rich.cells import cell_len
from .lazy_re import lazy

# Option help in Chinese, by the parameter's name. Every option has one (a test checks).
HELP_ZH = {
    "fmt": "输出格式［默认：终端上为 rich，否则为 concise］。",
    "select": "只用这些规则（代码、名称或代码前缀，逗号分隔）。",
    "ignore": "不用这些规则。",
    "extend_select": "在已选规则之外再加这些规则。",
    "fail_on": "达到此级别的问题使运行失败（退出状态 1）［默认：error］。",
    "lang": "信息的语言：zh 中文，en 英文［默认：zh］。",
    "config_path": "所有文件都用此配置文件。",
    "profile": "文档类型（如 annual-report、none）［默认：自动识别］。",
    "encoding": "按此编码读取文件，不自动识别。",
    "stdin_filename": "读取标准输入（-）时显示的文件名，也用来查找配置。",
    "force_exclude": "命令行直接列出的文件也按 exclude 排除。",
    "no_gitignore": "遍历文件夹时不跳过 .gitignore 排除的文件（也可在配置中写 respect-gitignore = false）。",
    "jobs": "并行检查文件的进程数；单个大文件（超过 20 万字）的规则分在两个进程中［默认：CPU 核数］。",
    "fix": "就地应用规则标为安全的修复（Word 文件从不改写）。",
    "diff": "以统一差异格式显示 --fix 将做的修改，不写入文件。",
    "unsafe_fixes": "与 --fix 或 --diff 同用：也应用规则标为需确认的修复。",
    "output_path": "把报告（任一格式）写入 FILE，而不是标准输出。",
    "annotate_dir": "另为每个输入文件写出 OUTDIR/<文件名>.docx：把每个问题作为批注标在原文上的 Word 副本。",
    "write_baseline": "把当前所有问题记入基线文件 FILE 后退出。",
    "baseline_path": "只报告基线文件 FILE 中没有的问题；列出已不再出现的基线记录。",
    "no_color": "不用颜色（也可设 NO_COLOR=1）。",
    "statistics": "只列出各规则的问题数和合计，不逐条列出。",
    "list_rules": "列出全部规则后退出。",
    "explain": "显示规则的说明和示例后退出。",
    "version": "显示版本后退出。",
    "help": "显示本帮助后退出。",
}
DOC_ZH = ("检查中文政府报告（法治政府建设年度报告、工作总结、普法总结）。\n\n"
          "PATHS 是文件、文件夹（在其中查找报告文件）或 -（标准输入）；默认为当前文件夹。")


def help_zh(param: click.Parameter) -> Optional[str]:
    """The Chinese help of an option (click names its own help option privately)."""
    if "--help" in getattr(param, "opts", ()):
        return HELP_ZH["help"]
    return HELP_ZH.get(param.name or "")


def language(args: Sequence[str]) -> str:
    """The language of messages, before click parses the arguments."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return "en" if args[i + 1] == "en" else "zh"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "zh"
    try:
        from . import config

        return config.config_for(os.path.join(os.getcwd(), "-")).lang or "zh"
    except Exception:  # noqa: BLE001 - a bad configuration is reported later, in its own words
        return "zh"


def _option_names(param: Optional[click.Parameter], hint: Optional[str] = None) -> str:
    if param is not None and getattr(param, "opts", None):
        return " / ".join(param.opts)
    return (hint or "").strip("'\"") or "?"


def usage_error_zh(exc: click.UsageError) -> str:
    """A click usage error in Chinese: what is wrong, and what the option takes."""
    if isinstance(exc, click.NoSuchOption):
        message = f"没有选项 {exc.option_name}"
        if exc.possibilities:
            message += f"；你是不是想用 {'、'.join(sorted(exc.possibilities))}？"
        return message
    if isinstance(exc, click.BadOptionUsage):
        if "requires an argument" in exc.message or "requires" in exc.message:
            return f"选项 {exc.option_name} 后面需要给出一个值"
        return f"选项 {exc.option_name} 用法有误"
    if isinstance(exc, click.MissingParameter):
        return f"缺少 {_option_names(exc.param, exc.param_hint)}"
    if isinstance(exc, click.BadParameter):
        param = exc.param
        names = _option_names(param, exc.param_hint if isinstance(exc.param_hint, str) else None)
        kind = getattr(param, "type", None)
        if isinstance(kind, click.Choice):
            return f"选项 {names} 的值无效：可选 {'、'.join(map(str, kind.choices))}"
        if isinstance(kind, click.IntRange):
            low = kind.min if kind.min is not None else None
            return f"选项 {names} 的值无效：须为整数" + (f"，且不小于 {low}" if low is not None else "")
        if isinstance(kind, click.Path):
            return f"选项 {names} 的值无效：须为文件路径，不能是文件夹"
        return f"选项 {names} 的值无效"
    if "unexpected extra argument" in exc.message:
        return "命令行中有多余的参数"
    return f"命令行用法有误：{exc.message}"


class LintlawCommand(click.Command):
    """click's command, with its help and usage errors in the user's language."""

    lang = "zh"

    def main(self, args: Optional[Sequence[str]] = None, prog_name: Optional[str] = None, **extra):
        argv: List[str] = list(sys.argv[1:] if args is None else args)
        if args is None:  # the command line itself, not a caller in Python (tests, scripts)
            from . import re_cache

            re_cache.install()
        from .streams import tolerate

        tolerate(sys.stdout)  # a console that cannot show Chinese gets escapes, not a traceback
        tolerate(sys.stderr)
        self.lang = language(argv)
        try:
            result = super().main(args=argv, prog_name=prog_name or "lintlaw", standalone_mode=False, **extra)
        except click.UsageError as exc:
            if self.lang == "en":
                exc.show()
            else:
                click.echo(f"lintlaw：{usage_error_zh(exc)}\n用 lintlaw --help 查看全部选项。", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:  # Ctrl-C: 128 + SIGINT, as shells report it; 1 would read as "findings"
            click.echo("已中止。" if self.lang == "zh" else "Aborted!", err=True)
            sys.exit(130)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        sys.exit(result if isinstance(result, int) else 0)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.lang == "en":
            return super().format_usage(ctx, formatter)
        formatter.write_usage(ctx.command_path, "[选项] [PATHS]...", prefix="用法：")

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.lang == "en":
            return super().format_help_text(ctx, formatter)
        formatter.write_paragraph()
        with formatter.indentation():
            for number, paragraph in enumerate(DOC_ZH.split("\n\n")):
                if number:
                    formatter.write_paragraph()
                formatter.write_text(paragraph)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        if self.lang == "en":
            return super().format_options(ctx, formatter)
        rows = []
        for param in self.get_params(ctx):
            record = None if isinstance(param, click.Argument) else param.get_help_record(ctx)
            if record is not None:
                rows.append((record[0], help_zh(param) or record[1]))
        if rows:
            formatter.write_paragraph()
            formatter.write_text("选项：")
            for line in definition_lines(rows, formatter.width):
                formatter.write(line + "\n")


# Line-breaking rules of Chinese typesetting (禁则): these never open a line, and
# these never close one.
_NO_LINE_START = frozenset("，。、；：？！）］」』”’》〉…%")
_NO_LINE_END = frozenset("（［「『“‘《〈")
# What is never cut: a run of ASCII (an option, a value, a file name) or one other character.
_UNIT = lazy(r"[!-~]+|\s+|.", re.S)
_LAST_UNIT = lazy(r"(?:[!-~]+|.)\Z", re.S)


def _wrap_cells(text: str, cells: int) -> List[str]:
    """``text`` in lines of at most ``cells`` terminal cells (a Chinese character takes two),
    never inside an ASCII word (``concise``, ``--fix``), no line opening with ， or ） nor
    closing with （ (the character before a closing mark goes down to the next line with it)."""
    lines: List[str] = []
    line, used = "", 0
    for unit in _UNIT.findall(text):
        width = cell_len(unit)
        if unit.isspace():
            if line:
                line, used = line + unit, used + width
            continue
        if used + width > cells and line.strip():
            carry = ""
            if unit in _NO_LINE_START:  # the character before goes down with the mark (推入)
                while len(line) > 1 and line[-1] in _NO_LINE_START:
                    line, carry = line[:-1], line[-1] + carry
                last = _LAST_UNIT.search(line)  # a whole word goes down, never half of one
                if last.start() > 0:
                    line, carry = line[:last.start()], last.group() + carry
            while len(line) > 1 and line[-1] in _NO_LINE_END:
                line, carry = line[:-1], line[-1] + carry
            lines.append(line.rstrip())
            line, used = carry, cell_len(carry)
        if width > cells:  # a word longer than a line: cut it, as nothing else fits
            for ch in unit:
                if used + cell_len(ch) > cells and line:
                    lines.append(line)
                    line, used = "", 0
                line, used = line + ch, used + cell_len(ch)
            continue
        line, used = line + unit, used + width
    line = line.rstrip()
    return lines + [line] if line else lines


def definition_lines(rows: Sequence[Tuple[str, str]], width: int, term_cells: int = 32) -> List[str]:
    """Option names and their help in two columns, the help wrapped by terminal cells.

    click measures text in characters, which puts Chinese help twice as wide as the
    terminal; this measures it in cells.
    """
    out = []
    text_cells = max(20, width - term_cells - 2)
    for term, help_text in rows:
        wrapped = _wrap_cells(help_text, text_cells) or [""]
        if cell_len(term) + 2 > term_cells:
            out.append(f"  {term}")
            out.extend(" " * (term_cells + 2) + part for part in wrapped)
            continue
        out.append(f"  {term}" + " " * (term_cells - cell_len(term)) + wrapped[0])
        out.extend(" " * (term_cells + 2) + part for part in wrapped[1:])
    return out
