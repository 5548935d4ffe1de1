"""Documents x selected rules -> diagnostics.

Each file is linted on its own (``lint_file`` is picklable, so ``--jobs`` can
spread files over processes); a rule that raises becomes an error reported for
that file, never a crash of the run.
"""
from __future__ import annotations

import bisect
import json
import os
import traceback
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from . import claims
from . import config as config_mod
from .baseline import context_of
from .document import Document
from .finding import SEVERITY_RANK, Finding, as_msg
from .gc_tuning import fewer_collections
from .registry import Registry, Rule, registry
from .readers import Source, SourceError, from_bytes, read, suffixes

# What a folder walk takes: every file name some reader claims (lintlaw.readers).
WALK_SUFFIXES = suffixes()


@dataclass
class Diagnostic:
    """A finding placed in its file: 1-based lines, columns in code points, end inclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    severity: str
    message: str
    help: Optional[str] = None
    related: List[dict] = field(default_factory=list)
    fix: Optional[dict] = None
    # The text of ``line`` around the finding, for excerpts, and the column it starts
    # at: a report paragraph can be one line of a million characters, and each of its
    # findings carried all of it (see excerpt_window).
    source_line: str = ""
    source_column: int = 1
    start: int = 0  # offsets into the document text, for fixes and fingerprints
    end: int = 0
    # The span in its surroundings, normalized (see baseline.context_of), and
    # how many earlier findings of this rule in the file have the same context:
    # together a fingerprint that survives lines moving (baselines, SARIF, GitLab).
    context: str = ""
    occurrence: int = 0
    # ``to_json_text()``, made where the file was linted when the JSON format is
    # asked for: --jobs workers encode their own findings, in parallel, instead of
    # the parent encoding every finding of the run at the end.
    json_text: str = ""
    # The text the finding claims (Finding.claims): other rules' findings inside it
    # are dropped when the file's findings are joined (lintlaw.claims).
    claims: Tuple[Tuple[int, int], ...] = ()
    outlives: Tuple[str, ...] = ()  # Finding.outlives
    page: Optional[int] = None  # 1-based, for a PDF: the page the finding starts on

    def to_json_text(self) -> str:
        """The finding as the JSON report writes it: one line."""
        return self.json_text or json.dumps(self.as_json(), ensure_ascii=False)

    def as_json(self) -> dict:
        out = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "help": self.help,
            "related": self.related,
            "fix": self.fix,
        }
        if self.page is not None:
            out["page"] = self.page
        return out


@dataclass
class FileResult:
    path: str
    diagnostics: List[Diagnostic] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)
    checked: bool = True  # False when the file could not be read as a document
    fixed: int = 0  # findings fixed (--fix) or that would be (--diff)
    diff: Optional[str] = None  # --diff: the unified diff of the fixes, if any
    notes: List[str] = field(default_factory=list)  # said on stderr, but not a failure
    rules: List[str] = field(default_factory=list)  # names of the rules that were run on it
    # The document's text (line endings normalized; offsets of the findings index it) and
    # where its pages start, kept only for the formats that show whole documents (html).
    text: Optional[str] = None
    page_starts: Tuple[int, ...] = ()
    kind: str = ""  # the reader's KIND (txt, md, docx, pdf), with the text


@dataclass(frozen=True)
class Selection:
    """What the command line says about rule choice (None: leave it to the config)."""

    select: Optional[Tuple[str, ...]] = None
    ignore: Tuple[str, ...] = ()
    extend_select: Tuple[str, ...] = ()


@dataclass(frozen=True)
class LintOptions:
    selection: Selection = Selection()
    config_override: Optional[str] = None
    encoding: Optional[str] = None
    lang: str = "zh"
    profile: Optional[str] = None
    fix: str = ""  # "" lint only, "write" apply fixes to the file, "diff" only show them
    unsafe_fixes: bool = False  # also apply fixes that a rule marks unsafe
    # Place every edit of a fix in the file (for formats that print edits: json, sarif).
    # A document-wide fix can hold thousands; other formats only say a fix exists.
    fix_edits: bool = True
    # Encode each finding for the JSON format where it is linted (Diagnostic.json_text).
    json_text: bool = False
    # Keep each finding's line for an excerpt under it (the rich format); other formats
    # never show it, and 2,000 files' lines are a quarter of what --jobs workers send back.
    excerpts: bool = True
    # Keep each document's text in its result (FileResult.text), for html and --annotate.
    keep_text: bool = False
    # Processes one large file may use (lintlaw.parallel); the CLI passes --jobs when
    # it lints a single file, and 1 when files are already spread over processes.
    jobs: int = 1


def _expand(reg: Registry, selectors: Iterable[str], where: str) -> List[Rule]:
    out = []
    for selector in selectors:
        matched = reg.match(selector)
        if not matched:
            raise config_mod.ConfigError(
                f"{where}: unknown rule {selector!r} (see `lintlaw --list-rules`)",
                f"{where}：没有名为“{selector}”的规则（用 lintlaw --list-rules 查看全部规则）",
            )
        out.extend(matched)
    return out


def select_rules(cfg: config_mod.Config, selection: Selection, path: Optional[str] = None) -> List[Rule]:
    """Rules that apply to a file: (select or ALL) + extend-select - ignore - per-file-ignores."""
    reg = registry()
    where_cfg = cfg.path or "configuration"
    if selection.select is not None:
        chosen = _expand(reg, selection.select, "--select")
    elif cfg.select is not None:
        chosen = _expand(reg, cfg.select, where_cfg)
    else:
        chosen = list(reg.rules)
    chosen += _expand(reg, cfg.extend_select, where_cfg) + _expand(reg, selection.extend_select, "--extend-select")
    dropped = {r.code for r in _expand(reg, cfg.ignore, where_cfg) + _expand(reg, selection.ignore, "--ignore")}
    if path is not None:
        dropped |= {r.code for r in _expand(reg, cfg.ignores_for(path), f"{where_cfg} (per-file-ignores)")}
    seen = set()
    out = []
    for rule_ in sorted(chosen, key=lambda r: r.code):
        if rule_.code not in dropped and rule_.code not in seen:
            seen.add(rule_.code)
            out.append(rule_)
    return out


def document_settings(cfg: config_mod.Config, options: LintOptions) -> Dict[str, object]:
    """What the document model needs from the configuration; a --profile must name a known profile."""
    if options.profile is not None:
        from .profiles import names

        known = names(cfg.profiles)
        if options.profile not in known:
            raise config_mod.ConfigError(
                f"--profile: unknown profile {options.profile!r}; known profiles: {', '.join(known)}",
                f"--profile：没有“{options.profile}”这种文档类型；可选：{'、'.join(known)}")
    return {
        "profile": options.profile or cfg.profile or "auto",
        "profiles": cfg.profiles,
        "extra-titles": cfg.extra_titles,
        "extra-repeals": cfg.extra_repeals,
        "report-year": cfg.report_year,
    }


def _edits_as_json(doc: Document, edits) -> List[dict]:
    """Edits placed in the file.  One fix may hold thousands, so the line lookup is
    inlined, and an edit within the line of the one before it (the usual case:
    edits come in order) costs no search at all."""
    starts = doc.line_starts
    last = len(starts) - 1
    bisect_right = bisect.bisect_right
    out = []
    append = out.append
    line, line_start, next_start = 0, 0, starts[1] if last else len(doc.text) + 1
    for start, end, content in edits:
        if not line_start <= start < next_start:
            line = bisect_right(starts, start) - 1
            line_start = starts[line]
            next_start = starts[line + 1] if line < last else len(doc.text) + 1
        if end <= start:
            append({"line": line + 1, "column": start - line_start + 1, "end_line": line + 1,
                    "end_column": start - line_start, "content": content})
        elif end <= next_start:
            append({"line": line + 1, "column": start - line_start + 1, "end_line": line + 1,
                    "end_column": end - line_start, "content": content})
        else:
            end_line = bisect_right(starts, end - 1) - 1
            append({"line": line + 1, "column": start - line_start + 1, "end_line": end_line + 1,
                    "end_column": end - starts[end_line], "content": content})
    return out


# Characters of a finding's line kept on each side of it for its excerpt (the rich
# format shows about 30).
EXCERPT_CHARS = 200


def excerpt_window(doc: Document, line: int, start: int, end: int) -> Tuple[str, int]:
    """The text of ``line`` around the span ``start``..``end`` (cut at the line's end and
    at ``EXCERPT_CHARS`` into the span), and the 1-based column it begins at.

    Where the line is cut, the text says so with ``…`` (taking the column before
    the first character kept), so an excerpt shows the cut as it shows its own.
    """
    starts = doc.line_starts
    line_start = starts[line - 1]
    line_end = starts[line] - 1 if line < len(starts) else len(doc.text)
    end = min(max(start, end), line_end, start + EXCERPT_CHARS)
    first = max(line_start, start - EXCERPT_CHARS)
    last = min(line_end, end + EXCERPT_CHARS)
    text = doc.file_text[first:last]  # as the file writes it: a Markdown link shows its text and target
    if last < line_end:
        text += "…"
    if first > line_start:
        return "…" + text, first - line_start
    return text, 1


def to_diagnostic(doc: Document, rule_: Rule, finding: Finding, lang: str, fix_edits: bool = True,
                  excerpts: bool = True) -> Diagnostic:
    line, column = doc.position(finding.start)
    if finding.end > finding.start:
        end_line, end_column = doc.position(finding.end - 1)
    else:
        end_line, end_column = line, column
    related = []
    for rel in finding.related:
        r_line, r_col = doc.position(rel.start)
        r_end_line, r_end_col = doc.position(max(rel.start, rel.end - 1))
        related.append({
            "line": r_line, "column": r_col, "end_line": r_end_line, "end_column": r_end_col,
            "message": as_msg(rel.message).get(lang),
        })
        if doc.pages:
            related[-1]["page"] = doc.page(rel.start)
    fix = None
    if finding.fix is not None:
        edits = _edits_as_json(doc, finding.fix.edits) if fix_edits else None
        description = as_msg(finding.fix.description)
        fix = {"applicability": "safe" if finding.fix.safe else "unsafe",
               "message": description.get(lang) if description else None, "edits": edits}
    help_ = as_msg(finding.help)
    source_line, source_column = excerpt_window(doc, line, finding.start, finding.end) if excerpts else ("", 1)
    return Diagnostic(
        path=doc.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        code=rule_.code,
        rule=rule_.name,
        severity=finding.severity or rule_.severity,
        message=as_msg(finding.message).get(lang),
        help=help_.get(lang) if help_ else None,
        related=related,
        fix=fix,
        source_line=source_line,
        source_column=source_column,
        start=finding.start,
        end=finding.end,
        context=context_of(doc, finding.start, finding.end),
        claims=finding.claims,
        outlives=finding.outlives,
        page=doc.page(finding.start) if doc.pages else None,
    )


def run_rules(doc: Document, rules: Sequence[Rule], lang: str = "zh") -> Tuple[List[Tuple[Rule, Finding]], List[str]]:
    """Every finding of every rule, but those another rule's claim accounts for
    (lintlaw.claims); a rule that raises is reported, the others still run."""
    found: List[Tuple[Rule, Finding]] = []
    errors: List[str] = []
    for rule_ in rules:
        try:
            for finding in rule_(doc):
                found.append((rule_, finding))
        except Exception as exc:  # the contract: one broken check never stops the run
            where = traceback.extract_tb(exc.__traceback__)[-1]
            errors.append(
                f"internal error in rule {rule_.code} [{rule_.name}]: {type(exc).__name__}: {exc} "
                f"({os.path.basename(where.filename)}:{where.lineno}); please report it"
            )
    if len(rules) > 1:
        found = _weigh(found, rules)
    return found, errors


def _weigh(found: List[Tuple[Rule, Finding]], rules: Sequence[Rule]) -> List[Tuple[Rule, Finding]]:
    """The (rule, finding) pairs that no other rule's claim accounts for (lintlaw.claims)."""
    return claims.keep(found, lambda pair: pair[0].name, lambda pair: (pair[1].start, pair[1].end),
                       lambda pair: pair[1].claims, *claims.policy(rules), outlives_of=lambda pair: pair[1].outlives)


Claimed = Tuple[str, Tuple[Tuple[int, int], ...]]  # a rule's name and the spans one of its findings claims


def _diagnose(doc: Document, rules: Sequence[Tuple[int, Rule]], lang: str, fix_edits: bool,
              excerpts: bool = True) -> Tuple[List[Diagnostic], List[Tuple[int, str]], List[Claimed]]:
    """Run ``rules`` (each with its place in the selection) and place the findings that
    their own claims leave (lintlaw.claims); with them, the claims of the findings
    dropped, which still count when these are weighed with another group's.

    Placing a finding (its lines, context and excerpt) costs more than weighing it,
    and a pasted block silences most of what is found in it: weigh first.  What
    this drops, the claims of every group together drop too (more claims only
    silence more), so weighing again after the join gives what weighing once would.
    """
    found: List[Tuple[Rule, Finding]] = []
    errors: List[Tuple[int, str]] = []
    for position, rule_ in rules:
        pairs, failed = run_rules(doc, [rule_], lang)
        found.extend(pairs)
        errors.extend((position, message) for message in failed)
    kept = found
    dropped_claims: List[Claimed] = []
    if len(rules) > 1:
        kept = _weigh(found, [r for _, r in rules])
        if len(kept) < len(found):
            survivors = {id(pair) for pair in kept}
            dropped_claims = [(pair[0].name, pair[1].claims) for pair in found
                              if pair[1].claims and id(pair) not in survivors]
    diagnostics = [to_diagnostic(doc, r, finding, lang, fix_edits, excerpts) for r, finding in kept]
    return diagnostics, errors, dropped_claims


def lint_source(source: Source, rules: Sequence[Rule], settings: Dict[str, object], lang: str,
                fix_edits: bool = True, jobs: int = 1, excerpts: bool = True) -> FileResult:
    """Lint one decoded document; with ``jobs`` > 1 a large one may use a second core
    (lintlaw.parallel), with the same result."""
    with fewer_collections():
        return _lint_source(source, rules, settings, lang, fix_edits, jobs, excerpts)


def _lint_source(source: Source, rules: Sequence[Rule], settings: Dict[str, object], lang: str,
                 fix_edits: bool, jobs: int, excerpts: bool) -> FileResult:
    from . import parallel

    doc = Document(source, settings)
    notes = [en if lang == "en" else zh for en, zh in source.notes]
    rules, skipped = _for_script(doc, rules)
    if skipped:
        names = "、".join(r.name for r in skipped)
        notes.append(f"the document is written in traditional characters: rules that read simplified Chinese "
                     f"were not run ({', '.join(r.name for r in skipped)})" if lang == "en" else
                     f"文档以繁体字书写：按简体字判断的规则未运行（{names}）")
    numbered = list(enumerate(rules))
    groups = parallel.split(numbered, jobs, len(doc.text), family=lambda item: item[1].family)

    def work(group: Sequence[Tuple[int, Rule]]):
        return _diagnose(doc, group, lang, fix_edits, excerpts)

    if len(groups) > 1:
        # Both halves read the paragraphs and the outline: built once, before the fork.
        try:
            doc.heading_at_paragraph  # noqa: B018 - builds paragraphs and headings on the way
        except Exception:  # noqa: BLE001 - the rules that read them will report it as theirs
            pass
        diagnostics, errors, dropped_claims = parallel.run_split(groups[0], groups[1], work)
    else:
        diagnostics, errors, dropped_claims = work(numbered)
    # One defect, one finding: claims are weighed over both halves of a split.
    diagnostics = claims.keep(diagnostics, lambda d: d.rule, lambda d: (d.start, d.end), lambda d: d.claims,
                              *claims.policy(rules), also_claimed=dropped_claims,
                              outlives_of=lambda d: d.outlives)
    diagnostics.sort(key=lambda d: (d.line, d.column, d.code, d.end_line, d.end_column))
    seen: Dict[Tuple[str, str], int] = {}
    for d in diagnostics:
        d.occurrence = seen.get((d.rule, d.context), 0)
        seen[(d.rule, d.context)] = d.occurrence + 1
    errors.sort(key=lambda item: item[0])  # stable: a rule's own errors keep their order
    return FileResult(source.path, diagnostics, [message for _, message in errors], rules=[r.name for r in rules],
                      notes=notes)


def _for_script(doc: Document, rules: Sequence[Rule]) -> Tuple[List[Rule], List[Rule]]:
    """The rules that read this document's script, and those left out (lintlaw.script)."""
    if not any(r.script == "simplified" for r in rules):
        return list(rules), []
    from .script import is_traditional

    if not is_traditional(doc.text):
        return list(rules), []
    return [r for r in rules if r.script != "simplified"], [r for r in rules if r.script == "simplified"]


def rules_for(path: str, options: LintOptions) -> Tuple[List[Rule], Dict[str, object]]:
    """The rules and document settings for the file at ``path`` (``-``: standard input, read
    with the working folder's configuration); ConfigError when its configuration is wrong."""
    cfg = config_mod.config_for(path if path != "-" else os.path.join(os.getcwd(), "-"), options.config_override)
    return select_rules(cfg, options.selection, path), document_settings(cfg, options)


def check_config(cfg: config_mod.Config, options: LintOptions) -> None:
    """ConfigError for anything ``rules_for`` would refuse in ``cfg`` for some file: a
    command line can say each problem once, before the files are linted."""
    select_rules(cfg, options.selection)
    for _, selectors in cfg.per_file_ignores:
        _expand(registry(), selectors, f"{cfg.path or 'configuration'} (per-file-ignores)")
    document_settings(cfg, options)


def lint_file(path: str, options: LintOptions, data: Optional[bytes] = None, display_path: Optional[str] = None) -> FileResult:
    """Lint one file (or stdin's ``data``); every failure becomes an error line of its result.

    Only lints: ``options.fix`` is for lintlaw.fix.fix_path, which lints through this module.
    """
    shown = display_path or path
    try:
        rules, settings = rules_for(shown if data is not None else path, options)
    except config_mod.ConfigError as exc:
        return FileResult(shown, errors=[exc.text(options.lang)], checked=False)
    try:
        if data is not None:
            source = from_bytes(data, shown, options.encoding)
        else:
            source = read(path, options.encoding)
    except SourceError as exc:
        return FileResult(shown, errors=[exc.text(options.lang)], checked=False)
    source.path = shown
    result = lint_source(source, rules, settings, options.lang, options.fix_edits, options.jobs, options.excerpts)
    if options.keep_text:
        result.text = source.raw.replace("\r\n", "\n").replace("\r", "\n")  # as Document normalizes it
        result.page_starts = source.page_starts
        result.kind = source.kind
    if options.json_text:
        for d in result.diagnostics:
            d.json_text = d.to_json_text()
            if d.fix and d.fix["edits"]:
                # The placed edits are in json_text now; the object keeps its fix as
                # the other formats get it (edits not placed), lighter to send back.
                d.fix = {**d.fix, "edits": None}
    return result


# A repository's own documentation, never a report: a folder walk passes them over
# (named on the command line, they are linted).
NOT_REPORTS = ("readme", "changelog", "changes", "history", "contributing", "license", "licence",
               "authors", "code_of_conduct", "security", "notice")


def _walk_skips_file(name: str) -> bool:
    lower = name.lower()
    if not lower.endswith(WALK_SUFFIXES) or name.startswith("~$"):
        return True  # "~$报告.docx": the lock file Word and WPS keep beside an open document
    return lower.rsplit(".", 1)[0] in NOT_REPORTS


def _walk_skips_folder(name: str) -> bool:
    return name in config_mod.DEFAULT_EXCLUDE or name.startswith(".") or name.endswith(".egg-info")


def expand_paths(paths: Sequence[str], override: Optional[str] = None, force_exclude: bool = False,
                 unreadable: Optional[List[Tuple[str, str]]] = None,
                 respect_gitignore: Optional[bool] = None) -> List[str]:
    """Files to lint: named files as given, folders walked for documents (sorted, excludes applied).

    A folder that cannot be listed is added to ``unreadable`` as (folder, reason),
    unless it is excluded: its reports are not checked, and the run must say so.

    A walk takes .txt, .md, .markdown, .docx and .pdf files, and passes over hidden and
    build folders, a repository's README, CHANGELOG, LICENSE and the like, and (unless
    ``respect_gitignore`` is False, or the configuration says ``respect-gitignore = false``)
    whatever git ignores.
    """
    from .gitignore import GitIgnore

    out: List[str] = []

    def cannot_list(error: OSError) -> None:
        folder = error.filename
        if unreadable is None or folder is None:
            return
        try:
            if config_mod.config_for(os.path.join(folder, "-"), override).is_excluded(folder):
                return
        except config_mod.ConfigError:
            pass  # reported with the files it governs
        unreadable.append((folder, error.strerror or str(error)))

    for path in paths:
        if path == "-" or not os.path.isdir(path):
            if force_exclude and path != "-" and os.path.exists(path):
                try:
                    if config_mod.config_for(path, override).is_excluded(path):
                        continue
                except config_mod.ConfigError:
                    pass  # reported when the file is linted
            out.append(path)
            continue
        respect = respect_gitignore
        if respect is None:
            try:
                respect = config_mod.config_for(os.path.join(path, "-"), override).respect_gitignore is not False
            except config_mod.ConfigError:
                respect = True  # the configuration's error is reported when a file is linted
        ignores = GitIgnore(path) if respect else None
        if ignores is not None and not ignores.active:
            ignores = None
        for root, dirs, files in os.walk(path, onerror=cannot_list):
            dirs[:] = sorted(d for d in dirs if not _walk_skips_folder(d)
                             and not (ignores and ignores.ignored(os.path.join(root, d), is_dir=True)))
            for name in sorted(files):
                if _walk_skips_file(name):
                    continue
                full = os.path.join(root, name)
                if ignores and ignores.ignored(full):
                    continue
                try:
                    if config_mod.config_for(full, override).is_excluded(full):
                        continue
                except config_mod.ConfigError:
                    pass  # reported when the file is linted
                out.append(full)
    return out


def fails(diagnostics: Iterable[Diagnostic], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    bar = SEVERITY_RANK[fail_on]
    return any(SEVERITY_RANK[d.severity] >= bar for d in diagnostics)
