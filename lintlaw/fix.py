"""``--fix`` and ``--diff``: apply the edits rules offer, and write the file back byte for byte.

The loop: lint, take the fixes that may be applied (safe ones; unsafe ones too
with ``--unsafe-fixes``), apply those that do not overlap, re-lint the result,
and go on until nothing changes (at most ``MAX_PASSES`` times).  A fix whose
edits overlap one already taken waits for the next pass, when it is judged
against the new text (usually its finding is gone by then).

Edits are made on ``source.raw`` (the decoded file, line endings and all), so
everything outside them is left exactly as it was; the result is encoded in the
file's own encoding with its own BOM, written to a temporary file in the same
folder and renamed over the original.  Right before the rename the file is read
again: if it changed since it was read (another program saved it), nothing is
written (write_atomically says what window that leaves).  We never rewrite Word
files.
"""
from __future__ import annotations

import difflib
import os
import stat
import tempfile
from typing import Dict, List, Optional, Sequence, Tuple

from .config import ConfigError
from .document import Document
from .finding import Edit, Finding
from .registry import Rule
from .readers import Source, SourceError, from_bytes, read_bytes, with_raw
from .runner import FileResult, LintOptions, lint_source, rules_for, run_rules

MAX_PASSES = 10

RawEdit = Tuple[int, int, str]  # start, end in ``source.raw``; replacement


def _usable(finding: Finding, length: int, unsafe: bool) -> Optional[List[Edit]]:
    """The fix's edits in order, or None if it is not to be applied (or is malformed)."""
    fix = finding.fix
    if fix is None or not fix.edits or (not fix.safe and not unsafe):
        return None
    edits = sorted(fix.edits, key=lambda e: (e.start, e.end))
    previous_end = -1
    for edit in edits:
        if not 0 <= edit.start <= edit.end <= length or edit.start < previous_end:
            return None  # a broken fix is never half-applied
        previous_end = edit.end
    return edits


def _touches_hidden(edits: Sequence[Edit], seen: str, plain: str) -> bool:
    """Whether an edit reaches text the checks never saw (Markdown code, link targets).

    ``seen`` is what the checks read, ``plain`` the file's text; they differ
    exactly where markup was blanked.  A rule may well see blanked code as
    blank lines; its fix must not delete the code.
    """
    for edit in edits:
        if seen[edit.start:edit.end] != plain[edit.start:edit.end]:
            return True
        if edit.start == edit.end and 0 < edit.start < len(seen) and \
                seen[edit.start - 1:edit.start + 1] != plain[edit.start - 1:edit.start + 1]:
            return True  # an insertion inside (or at the edge of) hidden text
    return False


def plan(found: Sequence[Tuple[Rule, Finding]], length: int, unsafe: bool,
         seen: Optional[str] = None, plain: Optional[str] = None) -> Tuple[List[Edit], int]:
    """Edits to apply in this pass, and how many findings they fix.

    Fixes are taken in text order; one that overlaps an edit already taken is
    deferred.  Two insertions at the same point are an overlap too (their order
    would be a guess).  The same fix offered twice (two rules agreeing) is
    applied once and fixes both findings.
    """
    candidates = []
    for order, (_, finding) in enumerate(found):
        edits = _usable(finding, length, unsafe)
        if edits and seen is not None and seen != plain and _touches_hidden(edits, seen, plain):
            continue
        if edits:
            candidates.append((edits[0].start, edits[-1].end, order, tuple(edits)))
    candidates.sort()
    taken: List[Edit] = []
    taken_sets = set()
    fixed = 0
    last_end = -1
    last_was_insertion = False
    for start, _, _, edits in candidates:
        if edits in taken_sets:
            fixed += 1
            continue
        first_is_insertion = edits[0].start == edits[0].end
        if start < last_end or (start == last_end and first_is_insertion and last_was_insertion):
            continue  # overlaps: the next pass will see whether it is still wanted
        taken.extend(edits)
        taken_sets.add(edits)
        fixed += 1
        last_end = edits[-1].end
        last_was_insertion = edits[-1].start == edits[-1].end
    return taken, fixed


def apply_edits(raw: str, edits: Sequence[RawEdit]) -> str:
    """``raw`` with non-overlapping ``edits`` applied (one pass, linear in the text)."""
    pieces = []
    pos = 0
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        pieces.append(raw[pos:start])
        pieces.append(replacement)
        pos = end
    pieces.append(raw[pos:])
    return "".join(pieces)


def _to_raw(doc: Document, edits: Sequence[Edit], newline: str) -> List[RawEdit]:
    out = []
    for edit in edits:
        replacement = edit.replacement
        if newline != "\n" and "\n" in replacement:
            replacement = replacement.replace("\n", newline)
        out.append((doc.raw_offset(edit.start), doc.raw_offset(edit.end), replacement))
    return out


def fix_source(source: Source, rules: Sequence[Rule], settings: Dict[str, object], lang: str,
               unsafe: bool = False) -> Tuple[Source, int, List[str]]:
    """Apply fixes until the text settles: (fixed source, findings fixed, notes)."""
    raw = source.raw
    # A line break a fix writes takes the file's own form (CRLF; a bare CR in old Mac files).
    newline = "\r\n" if "\r\n" in raw else ("\r" if "\r" in raw and "\n" not in raw else "\n")
    current = source
    fixed = 0
    notes: List[str] = []
    for _ in range(MAX_PASSES):
        doc = Document(current, settings)
        # A rule that raises is reported by the final lint; the fixes of the
        # others are as good without it.
        found, _ = run_rules(doc, rules, lang)
        plain = None
        if current.kind == "md":  # the checks read a copy with code and link targets blanked
            plain = current.raw.replace("\r\n", "\n").replace("\r", "\n")
        edits, count = plan(found, len(doc.text), unsafe, doc.text if plain is not None else None, plain)
        if not edits:
            break
        raw = apply_edits(current.raw, _to_raw(doc, edits, newline))
        if raw == current.raw:
            break  # fixes that change nothing: done, not a loop
        fixed += count
        current = with_raw(current, raw)
    else:
        notes.append(_say(lang, f"修复经过 {MAX_PASSES} 轮仍未稳定，已按各修复一致的部分应用（请报告涉及的规则）",
                          f"fixes did not settle after {MAX_PASSES} passes; applied as far as they agreed "
                          f"(please report the rules involved)"))
    return current, fixed, notes


def _lines(text: str) -> List[str]:
    # Split at \n only (str.splitlines also splits at U+2028, \x0c...: not lines to a patch).
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def unified_diff(path: str, old: str, new: str) -> str:
    """A unified diff of two texts (line endings shown as they are; a missing final newline marked)."""
    shown = path.replace(os.sep, "/")
    before, after = (shown, shown) if os.path.isabs(path) else (f"a/{shown}", f"b/{shown}")
    lines = difflib.unified_diff(_lines(old), _lines(new), fromfile=before, tofile=after)
    out = []
    for line in lines:
        out.append(line)
        if not line.endswith("\n"):
            out.append("\n\\ No newline at end of file\n")
    return "".join(out)


def encode(source: Source, raw: str) -> bytes:
    """The bytes of ``raw`` as ``source``'s file stores them (its encoding and BOM)."""
    return source.bom + raw.encode(source.encoding)


class ChangedOnDisk(Exception):
    """The file is not what was read: another program wrote it meanwhile."""


def _read_back(path: str, limit: int) -> Optional[bytes]:
    try:
        with open(path, "rb") as handle:
            return handle.read(limit + 1)  # one byte more tells a longer file
    except OSError:
        return None


def write_atomically(path: str, data: bytes, expected: Optional[bytes] = None) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it over ``path``.

    With ``expected``, the file's bytes are compared with it right before the
    rename, and ChangedOnDisk is raised (nothing written) when they differ: a save
    by another program since lintlaw read the file is kept, not overwritten.
    POSIX has no rename-if-unchanged, so a write landing between that compare and
    the rename (microseconds: the temporary file is already written and synced)
    is still lost; a write at any earlier moment is not.

    A symbolic link is followed (its target is rewritten, the link stays); the
    file's permission bits are kept.
    """
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    mode = stat.S_IMODE(os.stat(target).st_mode)
    fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".lintlaw-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        if expected is not None and _read_back(target, len(expected)) != expected:
            raise ChangedOnDisk(target)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def fix_path(path: str, options: LintOptions, data: Optional[bytes] = None,
             display_path: Optional[str] = None) -> FileResult:
    """``--fix``/``--diff`` for one file (or stdin's ``data``), with the rules its configuration
    selects: the worker's job for a file, as runner.lint_file is without fixes."""
    shown = display_path or path
    try:
        rules, settings = rules_for(shown if data is not None else path, options)
    except ConfigError as exc:
        return FileResult(shown, errors=[exc.text(options.lang)], checked=False)
    return fix_file(path, options, rules, settings, data=data, display_path=shown)


def _say(lang: str, zh: str, en: str) -> str:
    """A note or error of --fix in the run's language."""
    return en if lang == "en" else zh


CHANGED = ("未修复：检查期间文件在磁盘上被改动了；请重新运行 lintlaw",
           "not fixed: the file changed on disk while it was being linted; run lintlaw again")
NOT_WORD = ("未修复：lintlaw 不改写 Word 文件；请在 Word 或 WPS 中修改，或用 lintlaw --annotate 目录 生成带批注的副本",
            "not fixed: lintlaw never rewrites Word files; make these changes in Word or WPS, "
            "or write annotated copies with lintlaw --annotate DIR")
NOT_PDF = ("未修复：PDF 不会被改写；请在生成它的原文档中修改",
           "not fixed: a PDF is not rewritten; make these changes in the document it was made from")


def fix_file(path: str, options, rules: Sequence[Rule], settings: Dict[str, object],
             data: Optional[bytes] = None, display_path: Optional[str] = None):
    """Lint one file with ``--fix`` (write) or ``--diff`` (show), with these rules and settings."""
    shown = display_path or path
    from_stdin = data is not None
    if from_stdin and options.fix == "write":
        return FileResult(shown, errors=[_say(options.lang, "--fix 不能改写标准输入；请用 --diff 查看修改",
                                              "--fix cannot write standard input; use --diff to see the fixes")],
                          checked=False)
    mtime_ns = None
    try:
        if not from_stdin:
            data, st = read_bytes(path)
            mtime_ns = st.st_mtime_ns
        source = from_bytes(data, shown, options.encoding)
    except SourceError as exc:
        return FileResult(shown, errors=[exc.text(options.lang)], checked=False)
    source.path = shown
    source.mtime_ns, source.size = mtime_ns, len(data)
    lang = options.lang

    if source.kind in ("docx", "pdf"):
        result = lint_source(source, rules, settings, lang)
        result.notes.append(_say(lang, *(NOT_WORD if source.kind == "docx" else NOT_PDF)))
        return result

    fixed_source, fixed, notes = fix_source(source, rules, settings, lang, options.unsafe_fixes)
    if fixed_source.raw == source.raw:
        result = lint_source(source, rules, settings, lang)
        result.notes.extend(notes)
        return result

    # Writing back must change nothing but the edits: refuse rather than guess.
    problem = None
    try:
        if not source.encoding_certain:
            problem = _say(lang, f"未修复：不能确定文件的编码（{source.encoding}），见读取时的说明",
                           f"not fixed: the file's encoding ({source.encoding}) is not certain (see how it was read)")
        elif encode(source, source.raw) != data:
            problem = _say(lang, f"未修复：文件按 {source.encoding} 重新编码后与原文件不能逐字节一致",
                           f"not fixed: the file does not re-encode byte for byte as {source.encoding}")
        new_bytes = encode(source, fixed_source.raw)
    except UnicodeEncodeError as exc:
        written = exc.object[exc.start:exc.end]
        problem = _say(lang, f"未修复：修复要写入 {written!r}，{source.encoding} 编码存不下",
                       f"not fixed: a fix writes {written!r}, which {source.encoding} cannot store")
    if problem is not None:
        result = lint_source(source, rules, settings, lang)
        result.errors.append(problem)
        return result

    result = lint_source(fixed_source, rules, settings, lang)
    result.fixed = fixed
    result.notes.extend(notes)
    if options.fix == "diff":
        result.diff = unified_diff(shown, source.raw, fixed_source.raw)
        return result
    try:
        write_atomically(path, new_bytes, expected=data)
    except ChangedOnDisk:
        result = lint_source(source, rules, settings, lang)
        result.errors.append(_say(lang, *CHANGED))
    except OSError as exc:
        result = lint_source(source, rules, settings, lang)
        result.errors.append(_say(lang, f"未修复：无法写入文件：{exc.strerror or exc}",
                                  f"not fixed: cannot write the file: {exc.strerror or exc}"))
    return result
