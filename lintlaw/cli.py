"""The ``lintlaw`` command.

Exit status (fixed by DESIGN.md): 0 no finding at or above the fail level,
1 findings at or above it, 2 the run could not do what was asked (bad option or
configuration, unknown rule, a path that cannot be read as a document; the
other files are still linted and reported).
"""
from __future__ import annotations

import dataclasses
import os
import sys
from typing import List, Optional, Sequence, Tuple

import click

from . import __version__
from .checks._lawdata_meta import AS_OF as LAW_DATA_AS_OF
from . import config as config_mod
from .cli_text import LintlawCommand
from .registry import registry
from .report import FORMATS, Context, RunResult, renderer
from .runner import WALK_SUFFIXES, FileResult, LintOptions, Selection, check_config, expand_paths, fails, lint_file


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


def _unknown_rule(value: str, lang: str, flag: str = "") -> str:
    if lang == "en":
        return f"{flag + ': ' if flag else ''}unknown rule {value!r} (see `lintlaw --list-rules`)"
    return f"{flag + '：' if flag else ''}没有名为“{value}”的规则（用 lintlaw --list-rules 查看全部规则）"


def _check_selectors(selection: Selection, lang: str) -> Optional[str]:
    reg = registry()
    for flag, values in (("--select", selection.select or ()), ("--ignore", selection.ignore),
                         ("--extend-select", selection.extend_select)):
        for value in values:
            if not reg.match(value):
                return _unknown_rule(value, lang, flag)
    return None


def _config_problems(files: Sequence[str], options: LintOptions, stdin_name: Optional[str]) -> List[str]:
    """What is wrong in the configurations that govern ``files``, each problem once.

    The files a broken configuration governs are still reported as not checked
    (their results carry the same message); the others are linted.
    """
    problems: List[str] = []
    checked = set()
    for path in files:
        where = (stdin_name or os.path.join(os.getcwd(), "-")) if path == "-" else path
        try:
            cfg = config_mod.config_for(where, options.config_override)
            if id(cfg) not in checked:
                checked.add(id(cfg))
                check_config(cfg, options)
        except config_mod.ConfigError as exc:
            if exc.text(options.lang) not in problems:
                problems.append(exc.text(options.lang))
    return problems


def _worker(options: LintOptions):
    """What is done to each file: linted, or fixed (which lints it too)."""
    if options.fix:
        from .fix import fix_path

        return fix_path
    return lint_file


def _lint_on_disk(disk: List[str], options: LintOptions, jobs: int, bar) -> dict:
    """path -> FileResult, spread over ``jobs`` processes (one process when that is not possible)."""
    by_path = {}
    work = _worker(options)
    if jobs > 1 and len(disk) > 1:
        from concurrent.futures import ProcessPoolExecutor

        from . import lifeline

        try:
            pool = ProcessPoolExecutor(max_workers=min(jobs, len(disk)), initializer=lifeline.worker_init)
        except (OSError, NotImplementedError, ImportError):
            pool = None  # no process support here (some sandboxes): lint in this process
        if pool is not None:
            try:
                # About 32 batches a process: few enough that sending them costs nothing,
                # small enough that no process idles long while another ends the last one.
                chunk = max(1, len(disk) // (jobs * 32))
                # map yields in the order given, whatever finishes first.
                for path, file_result in zip(disk, pool.map(work, disk, [options] * len(disk), chunksize=chunk)):
                    by_path[path] = file_result
                    bar.advance()
            except BaseException:  # Ctrl-C, SIGTERM, an error: stop the workers, never wait for them
                lifeline.kill_workers(pool)
                raise
            pool.shutdown()
            return by_path
    for path in disk:
        by_path[path] = work(path, options)
        bar.advance()
    return by_path


def _run_files(files: List[str], options: LintOptions, jobs: int, stdin_name: Optional[str],
               progress_stream=None) -> RunResult:
    from . import progress

    result = RunResult()
    if len(files) == 1:
        # One document: the processes that would lint other files can share its rules.
        options = dataclasses.replace(options, jobs=jobs)
    stdin_data, stdin_error = None, None
    if "-" in files:
        from .readers import SourceError, read_stream

        try:
            stdin_data = read_stream(sys.stdin.buffer)  # bounded: `yes | lintlaw -` ends
        except SourceError as exc:
            stdin_error = exc.text(options.lang)
    disk = [f for f in files if f != "-"]
    with progress.bar(len(disk), progress_stream) as bar:
        by_path = _lint_on_disk(disk, options, jobs, bar)
    for f in files:  # stable order: as given, whatever the number of jobs
        if f == "-" and stdin_error:
            result.files.append(FileResult(stdin_name or "-", errors=[stdin_error], checked=False))
        elif f == "-":
            result.files.append(_worker(options)("-", options, data=stdin_data, display_path=stdin_name or "-"))
        else:
            result.files.append(by_path[f])
    return result


FIX_WORDS = {
    "zh": {"fixed": "已修复 {n} 个问题（{files} 个文件）", "would": "可修复 {n} 个问题（{files} 个文件）；未写入任何文件",
           "baseline": "已将 {n} 个问题记入基线 {path}"},
    "en": {"fixed": "fixed {n} finding(s) in {files} file(s)", "would": "would fix {n} finding(s) in {files} file(s); nothing written",
           "baseline": "recorded {n} finding(s) in the baseline {path}"},
}


def _no_files_message(paths: Sequence[str], lang: str) -> str:
    suffixes = "、".join(WALK_SUFFIXES) if lang == "zh" else ", ".join(WALK_SUFFIXES)
    where = "、".join(paths) if lang == "zh" else ", ".join(paths)
    if lang == "en":
        return f"no report files ({suffixes}) found in {where} (after excludes); nothing was checked"
    return f"在 {where} 中没有找到可检查的文件（{suffixes}，已除去排除项），未检查任何文件"


OPTION_PROBLEMS = {
    "zh": {"unsafe": "--unsafe-fixes 只能与 --fix 或 --diff 同用",
           "baselines": "--baseline 和 --write-baseline 不能同时使用（要更新基线，请重新写入）",
           "stdin": "--fix 不能改写标准输入；请用 --diff 查看修改",
           "output": "{path}：无法写入报告：{reason}"},
    "en": {"unsafe": "--unsafe-fixes only works with --fix or --diff",
           "baselines": "--baseline and --write-baseline cannot be used together (to update a baseline, write it anew)",
           "stdin": "--fix cannot write standard input; use --diff to see the fixes",
           "output": "{path}: cannot write the report: {reason}"},
}


# Codecs that are text encodings to Python but not of files: domain names, and the
# codec that refuses everything.
_NOT_FILE_ENCODINGS = ("idna", "punycode", "undefined")


def _encoding_problem(name: Optional[str], lang: str) -> Optional[str]:
    """Why ``--encoding NAME`` cannot read a report (said once, before any file is read)."""
    if name is None:
        return None
    import codecs

    try:
        info = codecs.lookup(name)
    except LookupError:
        info = None
    hint = "utf-8、gb18030、gbk、utf-16" if lang == "zh" else "utf-8, gb18030, gbk, utf-16"
    if info is None:
        return (f"--encoding {name}: unknown encoding (use {hint}, ...)" if lang == "en"
                else f"--encoding {name}：没有这种编码（可用 {hint} 等）")
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        return (f"--encoding {name}: not a text encoding (use {hint}, ...)" if lang == "en"
                else f"--encoding {name}：不是文本编码，不能用来读报告（可用 {hint} 等）")
    return None


def _option_problem(fix: bool, diff: bool, unsafe_fixes: bool, baseline_path: Optional[str],
                    write_baseline: Optional[str], paths: Sequence[str], lang: str) -> Optional[str]:
    words = OPTION_PROBLEMS[lang]
    if unsafe_fixes and not (fix or diff):
        return words["unsafe"]
    if baseline_path and write_baseline:
        return words["baselines"]
    if fix and not diff and "-" in paths:
        return words["stdin"]
    return None


@click.command(cls=LintlawCommand, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
# Not click's readable check: one unreadable file must not stop the others being linted.
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
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
@click.option("--no-respect-gitignore", "no_gitignore", is_flag=True,
              help="Walk into what .gitignore excludes too (also `respect-gitignore = false`).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes to lint files with; a single large file (over 200,000 characters) splits its rules between two [default: the number of cores].")
@click.option("--fix", is_flag=True, help="Apply the fixes rules mark safe, in place (Word files are never rewritten).")
@click.option("--diff", is_flag=True, help="Show the fixes --fix would make as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: also apply the fixes rules mark unsafe.")
@click.option("-o", "--output", "output_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Write the report (any format) to FILE instead of standard output.")
@click.option("--annotate", "annotate_dir", type=click.Path(file_okay=False), metavar="OUTDIR",
              help="Also write OUTDIR/<name>.docx for each input: a Word copy with every finding as a comment.")
@click.option("--write-baseline", type=click.Path(dir_okay=False), metavar="FILE",
              help="Record every current finding in FILE (a baseline) and exit.")
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), metavar="FILE",
              help="Report only findings not recorded in FILE; list recorded ones that no longer occur.")
@click.option("--no-color", is_flag=True, help="No colours (also NO_COLOR=1).")
@click.option("--statistics", is_flag=True, help="Counts per rule instead of each finding.")
@click.option("--list-rules", is_flag=True, help="List every rule and exit.")
@click.option("--explain", metavar="RULE", help="Show a rule's documentation and exit.")
@click.version_option(__version__, prog_name="lintlaw", message=f"%(prog)s %(version)s (laws {LAW_DATA_AS_OF})")
def main(paths, fmt, select, ignore, extend_select, fail_on, lang, config_path, profile, encoding,
         stdin_filename, force_exclude, no_gitignore, jobs, fix, diff, unsafe_fixes, output_path, annotate_dir, write_baseline,
         baseline_path, no_color, statistics, list_rules, explain):
    """Lint Chinese government reports (法治政府建设年度报告, 工作总结, 普法总结).

    PATHS are files, folders (searched for .txt, .md, .docx and .pdf) or - for standard input;
    the default is the current folder.
    """
    reg = registry()
    for problem in reg.plugin_errors:
        _error(problem)
    try:
        root_cfg = config_mod.load_file(config_path) if config_path else config_mod.config_for(os.path.join(os.getcwd(), "-"))
    except config_mod.ConfigError as exc:
        _error(exc.text(lang or "zh"))
        sys.exit(2)
    lang = lang or root_cfg.lang or "zh"

    from . import explain as explain_mod

    if list_rules:
        explain_mod.list_rules(reg, lang, click.echo)
        return
    if explain:
        found = reg.get(explain)
        if found is None:
            _error(_unknown_rule(explain, lang))
            sys.exit(2)
        explain_mod.explain(found, lang, click.echo)
        return

    selection = Selection(select=_selectors(select) or None, ignore=_selectors(ignore),
                          extend_select=_selectors(extend_select))
    problem = _check_selectors(selection, lang)
    if problem:
        _error(problem)
        sys.exit(2)
    problem = _option_problem(fix, diff, unsafe_fixes, baseline_path, write_baseline, paths, lang) \
        or _encoding_problem(encoding, lang)
    if annotate_dir and (fix or diff):
        problem = ("--annotate 不能与 --fix 或 --diff 同时使用" if lang == "zh"
                   else "--annotate cannot be used with --fix or --diff")
    if problem:
        _error(problem)
        sys.exit(2)
    known = None
    if baseline_path:
        from .baseline import Baseline, BaselineError

        try:
            known = Baseline.load(baseline_path)
        except BaselineError as exc:
            _error(str(exc))
            sys.exit(2)
    fix_mode = "diff" if diff else ("write" if fix else "")
    options = LintOptions(selection=selection, config_override=config_path, encoding=encoding,
                          lang=lang, profile=profile, fix=fix_mode, unsafe_fixes=unsafe_fixes,
                          fix_edits=fmt in ("json", "sarif"), excerpts=fmt in (None, "rich"),
                          json_text=fmt == "json", keep_text=fmt == "html" or bool(annotate_dir))
    unreadable: List[Tuple[str, str]] = []
    files = expand_paths(list(paths) or ["."], config_path, force_exclude, unreadable,
                         False if no_gitignore else None)
    if not files and not unreadable:
        # As Ruff does: nothing to lint is not a failure, but never a silent pass.
        _error(_no_files_message(list(paths) or ["."], lang))
        sys.exit(0)
    problems = _config_problems(files, options, stdin_filename)
    for message in problems + config_mod.skipped(lang):
        _error(message)
    from .lifeline import on_sigterm

    with on_sigterm():
        result = _run_files(files, options, jobs or os.cpu_count() or 1, stdin_filename,
                            progress_stream=sys.stderr)
    for folder, reason in unreadable:
        message = (f"cannot read this folder ({reason}); the reports in it were not checked" if lang == "en"
                   else f"无法读取这个文件夹（{reason}），其中的报告未检查")
        result.files.append(FileResult(folder, errors=[message], checked=False))
    if annotate_dir:
        from .annotate import annotate_run

        written = annotate_run(result, annotate_dir, lang)
        _error((f"已写入 {len(written)} 个带批注的 Word 副本：{annotate_dir}" if lang == "zh"
                else f"wrote {len(written)} annotated Word cop{'y' if len(written) == 1 else 'ies'} to {annotate_dir}"))

    for err in result.errors:
        if err["message"] not in problems:  # said once above, not once a file
            _error(f"{err['path']}: {err['message']}")
    for file_result in result.files:
        for note in file_result.notes:
            _error(f"{file_result.path}: {note}")
    words = FIX_WORDS[lang]
    if write_baseline:
        from .baseline import BaselineError, write

        try:
            count = write(write_baseline, result)
        except BaselineError as exc:
            _error(str(exc))
            sys.exit(2)
        _error(words["baseline"].format(n=count, path=write_baseline))
        sys.exit(2 if result.errors or problems else 0)
    if known is not None:
        from .baseline import describe

        for line in describe(known.apply(result), baseline_path, lang):
            _error(line)
    ctx = Context(lang=lang, color=False, statistics=statistics,
                  fail_on=fail_on or root_cfg.fail_on or "error")
    status = _report(result, fmt, output_path, diff, fix, no_color, ctx)
    sys.exit(2 if problems else status)


def _report(result: RunResult, fmt: Optional[str], output_path: Optional[str], diff: bool, fix: bool,
            no_color: bool, ctx: Context) -> int:
    """Write the report (or the diff) to standard output or --output; return the exit status."""
    words = FIX_WORDS[ctx.lang]
    fixed = sum(f.fixed for f in result.files)
    fixed_files = sum(1 for f in result.files if f.fixed)
    out = None
    if output_path:
        try:
            os.makedirs(os.path.dirname(os.path.abspath(output_path)), exist_ok=True)
            out = open(output_path, "w", encoding="utf-8", newline="\n")
        except OSError as exc:
            _error(OPTION_PROBLEMS[ctx.lang]["output"].format(path=output_path, reason=exc.strerror or exc))
            return 2
    stdout = out or sys.stdout
    if out is None and fmt in ("json", "sarif", "gitlab"):
        from .streams import JSON_ESCAPES, tolerate

        tolerate(stdout, JSON_ESCAPES)  # escapes that JSON reads back, on a console that needs them
    try:
        if diff:
            for file_result in result.files:
                if file_result.diff:
                    stdout.write(file_result.diff)
            _error(words["would"].format(n=fixed, files=fixed_files))
            status = 2 if result.errors else (1 if fixed else 0)
        else:
            if fix and fixed:
                _error(words["fixed"].format(n=fixed, files=fixed_files))
            fmt = fmt or ("rich" if stdout.isatty() else "concise")
            ctx.color = _use_color(no_color, stdout)
            renderer(fmt)(result, stdout, ctx)
            status = 2 if result.errors else (1 if fails(result.diagnostics, ctx.fail_on) else 0)
        stdout.flush()
    finally:
        if out is not None:
            out.close()
    return status
