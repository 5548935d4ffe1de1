"""The ``lintlaw`` command.

Exit status (fixed by DESIGN.md): 0 no finding at or above the fail level,
1 findings at or above it, 2 the run could not do what was asked (bad option or
configuration, unknown rule, a path that cannot be read as a document; the
other files are still linted and reported).
"""
from __future__ import annotations

import os
import sys
from typing import List, Optional, Sequence, Tuple

import click

from . import __version__
from . import config as config_mod
from .registry import registry
from .report import FORMATS, Context, RunResult, renderer
from .runner import LintOptions, Selection, expand_paths, fails, lint_file


def _selectors(values: Sequence[str]) -> Tuple[str, ...]:
    out: List[str] = []
    for value in values:
        out.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(out)


def _error(message: str) -> None:
    click.echo(f"lintlaw: {message}", err=True)


def _use_color(no_color: bool, stream) -> bool:
    if no_color or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def _check_selectors(selection: Selection) -> Optional[str]:
    reg = registry()
    for flag, values in (("--select", selection.select or ()), ("--ignore", selection.ignore),
                         ("--extend-select", selection.extend_select)):
        for value in values:
            if not reg.match(value):
                return f"{flag}: unknown rule {value!r} (see `lintlaw --list-rules`)"
    return None


def _run_files(files: List[str], options: LintOptions, jobs: int, stdin_name: Optional[str]) -> RunResult:
    result = RunResult()
    stdin_data = sys.stdin.buffer.read() if "-" in files else None
    disk = [f for f in files if f != "-"]
    if jobs > 1 and len(disk) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(jobs, len(disk))) as pool:
            chunk = max(1, len(disk) // (jobs * 8))
            by_path = dict(zip(disk, pool.map(lint_file, disk, [options] * len(disk), chunksize=chunk)))
    else:
        by_path = {f: lint_file(f, options) for f in disk}
    for f in files:  # stable order: as given, whatever the number of jobs
        if f == "-":
            result.files.append(lint_file("-", options, data=stdin_data, display_path=stdin_name or "-"))
        else:
            result.files.append(by_path[f])
    return result


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)),
              help="Output format [default: rich on a terminal, concise otherwise].")
@click.option("--select", multiple=True, metavar="RULES", help="Only these rules (codes, names or code prefixes; comma-separated).")
@click.option("--ignore", multiple=True, metavar="RULES", help="Leave these rules out.")
@click.option("--extend-select", multiple=True, metavar="RULES", help="Add these rules to the selection.")
@click.option("--fail-on", type=click.Choice(config_mod.FAIL_ON), help="Lowest severity that fails the run [default: error].")
@click.option("--lang", type=click.Choice(config_mod.LANGS), help="Language of messages [default: zh].")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this configuration file for every document.")
@click.option("--profile", help="Document profile (e.g. annual-report, none) [default: detected].")
@click.option("--encoding", help="Read files in this encoding instead of detecting it.")
@click.option("--stdin-filename", help="The name to show (and to find configuration for) when reading '-'.")
@click.option("--force-exclude", is_flag=True, help="Apply `exclude` also to files named on the command line.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes to lint files with [default: the number of cores].")
@click.option("--no-color", is_flag=True, help="No colours (also NO_COLOR=1).")
@click.option("--statistics", is_flag=True, help="Counts per rule instead of each finding.")
@click.option("--list-rules", is_flag=True, help="List every rule and exit.")
@click.option("--explain", metavar="RULE", help="Show a rule's documentation and exit.")
@click.version_option(__version__, prog_name="lintlaw")
def main(paths, fmt, select, ignore, extend_select, fail_on, lang, config_path, profile, encoding,
         stdin_filename, force_exclude, jobs, no_color, statistics, list_rules, explain):
    """Lint Chinese government reports (法治政府建设年度报告, 工作总结, 普法总结).

    PATHS are files, folders (searched for .txt and .md) or - for standard input;
    the default is the current folder.
    """
    reg = registry()
    for problem in reg.plugin_errors:
        _error(problem)
    try:
        root_cfg = config_mod.load_file(config_path) if config_path else config_mod.config_for(os.path.join(os.getcwd(), "-"))
    except config_mod.ConfigError as exc:
        _error(str(exc))
        sys.exit(2)
    lang = lang or root_cfg.lang or "zh"

    from . import explain as explain_mod

    if list_rules:
        explain_mod.list_rules(reg, lang, click.echo)
        return
    if explain:
        found = reg.get(explain)
        if found is None:
            _error(f"unknown rule {explain!r} (see `lintlaw --list-rules`)")
            sys.exit(2)
        explain_mod.explain(found, lang, click.echo)
        return

    selection = Selection(select=_selectors(select) or None, ignore=_selectors(ignore),
                          extend_select=_selectors(extend_select))
    problem = _check_selectors(selection)
    if problem:
        _error(problem)
        sys.exit(2)
    options = LintOptions(selection=selection, config_override=config_path, encoding=encoding,
                          lang=lang, profile=profile)
    files = expand_paths(list(paths) or ["."], config_path, force_exclude)
    result = _run_files(files, options, jobs or os.cpu_count() or 1, stdin_filename)

    for err in result.errors:
        _error(f"{err['path']}: {err['message']}")
    stdout = click.get_text_stream("stdout")
    fmt = fmt or ("rich" if stdout.isatty() else "concise")
    ctx = Context(lang=lang, color=_use_color(no_color, stdout), statistics=statistics,
                  fail_on=fail_on or root_cfg.fail_on or "error")
    renderer(fmt)(result, stdout, ctx)
    stdout.flush()
    if result.errors:
        sys.exit(2)
    sys.exit(1 if fails(result.diagnostics, ctx.fail_on) else 0)
