"""Configuration: ``[tool.lintlaw]`` in pyproject.toml, ``lintlaw.toml`` or ``.lintlaw.toml``.

The file nearest to a document wins (in one folder: .lintlaw.toml, then
lintlaw.toml, then pyproject.toml).  Nothing is silently ignored: an unknown
key, a bad value or an unknown rule name is a ConfigError naming the file, the
key and what is allowed (the CLI turns it into exit status 2).
"""
from __future__ import annotations

import fnmatch
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

CONFIG_FILES = (".lintlaw.toml", "lintlaw.toml", "pyproject.toml")
FAIL_ON = ("error", "warning", "info", "never")
LANGS = ("zh", "en")
DEFAULT_EXCLUDE = (".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache",
                   "build", "dist", "site-packages")


class ConfigError(Exception):
    """A configuration lintlaw cannot use; the message names the file and the key.

    ``str()`` is the English message; ``text(lang)`` the message in the run's language
    (Chinese unless ``--lang en``).
    """

    def __init__(self, en: str, zh: str = "") -> None:
        super().__init__(en)
        self.zh = zh or en

    def text(self, lang: str) -> str:
        return str(self) if lang == "en" else self.zh


@dataclass(frozen=True)
class Config:
    path: Optional[str] = None  # the file it came from; None for defaults
    select: Optional[Tuple[str, ...]] = None  # None: every rule
    ignore: Tuple[str, ...] = ()
    extend_select: Tuple[str, ...] = ()
    per_file_ignores: Tuple[Tuple[str, Tuple[str, ...]], ...] = ()
    fail_on: Optional[str] = None
    lang: Optional[str] = None
    exclude: Tuple[str, ...] = ()
    profile: Optional[str] = None  # "auto" (default), "none", or a profile name
    profiles: Dict[str, dict] = field(default_factory=dict)
    # The citation rules' additions to their law data, and the year every report is on.
    extra_titles: Tuple[str, ...] = ()
    extra_repeals: Dict[str, dict] = field(default_factory=dict)
    report_year: Optional[int] = None
    respect_gitignore: Optional[bool] = None  # None: yes (a folder walk skips what git ignores)

    @property
    def root(self) -> str:
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()

    def relative(self, path: str) -> str:
        rel = os.path.relpath(os.path.abspath(path), self.root)
        return rel.replace(os.sep, "/")

    def is_excluded(self, path: str) -> bool:
        """Whether an ``exclude`` pattern matches the path (relative to the configuration's
        folder) or one of its parts, as ``fnmatch`` matches it."""
        matches = self._excluder
        if matches is None:  # compiled on first use, once: the instance is shared by every file
            matches = Patterns(pattern.rstrip("/") for pattern in self.exclude)
            object.__setattr__(self, "_excluder", matches)
        rel = self.relative(path)
        return matches(rel) or any(matches(part) for part in rel.split("/"))

    def ignores_for(self, path: str) -> Tuple[str, ...]:
        rel = self.relative(path)
        base = rel.rsplit("/", 1)[-1]
        out: List[str] = []
        for pattern, selectors in self.per_file_ignores:
            matches = Patterns((pattern,))
            if matches(rel) or matches(base):
                out.extend(selectors)
        return tuple(out)

    _excluder: Optional["Patterns"] = field(default=None, init=False, repr=False, compare=False)


class Patterns:
    """Shell-style patterns compiled once, matched as ``fnmatch.fnmatch`` matches them.

    fnmatch compiles a pattern on each call and keeps the last 32,768 compiled: a
    longer exclude list (generated ones run to tens of thousands of names)
    recompiled every pattern for every file, ten times slower past that size.
    Here a pattern without wildcards is a set member, and the others are joined
    into a few alternations.
    """

    CHUNK = 64  # patterns per alternation: fewer matches to try, each compiled quickly

    def __init__(self, patterns: Iterable[str]) -> None:
        literal = set()
        wild = []
        for pattern in patterns:
            pattern = os.path.normcase(pattern)
            if any(mark in pattern for mark in "*?["):
                wild.append(fnmatch.translate(pattern))
            else:
                literal.add(pattern)
        self._literal = frozenset(literal)
        self._wild = [re.compile("|".join(wild[i:i + self.CHUNK])).match for i in range(0, len(wild), self.CHUNK)]

    def __call__(self, name: str) -> bool:
        name = os.path.normcase(name)
        return name in self._literal or any(match(name) for match in self._wild)


def _strings(where: str, key: str, value) -> Tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: `{key}` must be a list of strings (rule codes, names or code prefixes)",
                          f"{where}：`{key}` 应为字符串列表（规则代码、名称或代码前缀）")
    return tuple(value)


def _choice(where: str, key: str, value, allowed: Sequence[str]) -> str:
    if value not in allowed:
        raise ConfigError(f"{where}: `{key}` = {value!r} is not allowed; use one of: {', '.join(allowed)}",
                          f"{where}：`{key}` = {value!r} 不是可用的值；可选：{'、'.join(allowed)}")
    return value


def _flag(where: str, key: str, value) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: `{key}` must be true or false, not {value!r}",
                          f"{where}：`{key}` 只能是 true 或 false，不能是 {value!r}")
    return value


def parse(table: dict, path: Optional[str] = None) -> Config:
    """Build a Config from the lintlaw table of a file."""
    where = path or "configuration"
    handlers = {
        "select": lambda v: {"select": _strings(where, "select", v)},
        "ignore": lambda v: {"ignore": _strings(where, "ignore", v)},
        "extend-select": lambda v: {"extend_select": _strings(where, "extend-select", v)},
        "per-file-ignores": lambda v: {"per_file_ignores": _per_file(where, v)},
        "fail-on": lambda v: {"fail_on": _choice(where, "fail-on", v, FAIL_ON)},
        "lang": lambda v: {"lang": _choice(where, "lang", v, LANGS)},
        "exclude": lambda v: {"exclude": _strings(where, "exclude", v)},
        "profile": lambda v: {"profile": _profile_name(where, v, table.get("profiles"))},
        "profiles": lambda v: {"profiles": _profiles(where, v)},
        "extra-titles": lambda v: {"extra_titles": _titles(where, v)},
        "extra-repeals": lambda v: {"extra_repeals": _repeals(where, v)},
        "report-year": lambda v: {"report_year": _year(where, "report-year", v)},
        "respect-gitignore": lambda v: {"respect_gitignore": _flag(where, "respect-gitignore", v)},
    }
    values: dict = {}
    for key, value in table.items():
        if key not in handlers:
            raise ConfigError(f"{where}: unknown key `{key}`; allowed keys: {', '.join(sorted(handlers))}",
                              f"{where}：没有 `{key}` 这个设置项；可用的有：{'、'.join(sorted(handlers))}")
        values.update(handlers[key](value))
    return Config(path=path, **values)


def _per_file(where: str, value) -> Tuple[Tuple[str, Tuple[str, ...]], ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: `per-file-ignores` must be a table of glob = [rules]",
                          f"{where}：`per-file-ignores` 应为“文件模式 = [规则]”的表")
    return tuple((glob, _strings(where, f"per-file-ignores.{glob}", rules)) for glob, rules in value.items())


def _profile_name(where: str, value, user_tables=None) -> str:
    from . import profiles

    known = profiles.names(user_tables if isinstance(user_tables, dict) else None)
    if not isinstance(value, str) or value not in known:
        raise ConfigError(f"{where}: `profile` = {value!r} is not a profile; use one of: {', '.join(known)}",
                          f"{where}：`profile` = {value!r} 不是已有的文档类型；可选：{'、'.join(known)}")
    return value


def _profiles(where: str, value) -> Dict[str, dict]:
    """User profiles, each checked whole: an unknown key, a bad pattern or severity names its key."""
    from . import profiles

    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{where}: `profiles` must be a table of named profile tables ([profiles.NAME])",
                          f"{where}：`profiles` 应为按名称分开的表（[profiles.名称]）")
    for name, table in value.items():
        try:
            profiles.profile_from_table(name, table)
        except profiles.ProfileError as exc:
            raise ConfigError(f"{where}: {exc}", f"{where}：{exc}") from None
    return dict(value)


def _titles(where: str, value) -> Tuple[str, ...]:
    """``extra-titles``: titles of acts the law data lacks (a province's regulations), written bare."""
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: `extra-titles` must be a list of titles (strings such as "
                          f"\"山西省城市市容和环境卫生管理条例\", without 《》)")
    return tuple(v.strip().strip("《》") for v in value)


def _year(where: str, key: str, value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1949 <= value <= 2100:
        raise ConfigError(f"{where}: `{key}` = {value!r} is not a year; write it as a number, e.g. 2023")
    return value


def _is_iso_date(value) -> bool:
    import datetime

    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _repeals(where: str, value) -> Dict[str, dict]:
    """``extra-repeals``: {title = {repealed = "YYYY-MM-DD", replaced-by = "title"}}."""
    import datetime

    shape = ("a table of title = { repealed = \"2022-05-01\", replaced-by = \"…\" } "
             "(replaced-by may be left out)")
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: `extra-repeals` must be {shape}")
    out: Dict[str, dict] = {}
    for title, facts in value.items():
        key = f"extra-repeals.{title}"
        if not isinstance(facts, dict):
            raise ConfigError(f"{where}: `{key}` must be {{ repealed = \"YYYY-MM-DD\", replaced-by = \"…\" }}")
        unknown = set(facts) - {"repealed", "replaced-by"}
        if unknown:
            raise ConfigError(f"{where}: `{key}` has unknown key `{sorted(unknown)[0]}`; allowed keys: repealed, replaced-by")
        repealed = facts.get("repealed")
        if isinstance(repealed, datetime.date) and not isinstance(repealed, datetime.datetime):
            repealed = repealed.isoformat()  # a TOML date, written without quotes
        if not _is_iso_date(repealed):
            raise ConfigError(f"{where}: `{key}.repealed` must be the date the repeal took effect, YYYY-MM-DD")
        successor = facts.get("replaced-by", "")
        if not isinstance(successor, str):
            raise ConfigError(f"{where}: `{key}.replaced-by` must be a title (a string)")
        out[title.strip().strip("《》")] = {"repealed": repealed, "replaced-by": successor.strip().strip("《》")}
    return out


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}",
                          f"{path}：无法读取：{exc.strerror or exc}") from None


def _parse_toml(path: str, data: bytes) -> dict:
    """The TOML document in ``data``; ConfigError saying where it is not UTF-8 or not TOML."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ConfigError(f"{path}: not valid UTF-8 at line {line} (a TOML file is UTF-8; save it as UTF-8)",
                          f"{path}：第 {line} 行不是有效的 UTF-8（TOML 文件须为 UTF-8 编码，请另存为 UTF-8）") from None
    try:
        return tomllib.loads(text[1:] if text.startswith("\ufeff") else text)  # Notepad's BOM
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}", f"{path}：不是有效的 TOML：{exc}") from None


_KINDS = {dict: ("a table", "表"), list: ("an array", "数组"), str: ("a string", "字符串"),
          bool: ("a boolean", "布尔值"), int: ("an integer", "整数"), float: ("a number", "小数")}


def _kind(value, lang: str = "en") -> str:
    en, zh = _KINDS.get(type(value), (f"a {type(value).__name__}", type(value).__name__))
    return zh if lang == "zh" else en


def _lintlaw_table(path: str, data: dict) -> dict:
    """``[tool.lintlaw]`` of a pyproject.toml (empty when absent); ConfigError if either is not a table."""
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: `tool` must be a table (lintlaw reads [tool.lintlaw] in it), not {_kind(tool)}",
                          f"{path}：`tool` 应为表（lintlaw 读取其中的 [tool.lintlaw]），现在是{_kind(tool, 'zh')}")
    table = tool.get("lintlaw", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: `tool.lintlaw` must be a table ([tool.lintlaw]), not {_kind(table)}",
                          f"{path}：`tool.lintlaw` 应为表（[tool.lintlaw]），现在是{_kind(table, 'zh')}")
    return table


def load_file(path: str) -> Config:
    data = _parse_toml(path, _read_bytes(path))
    table = _lintlaw_table(path, data) if os.path.basename(path) == "pyproject.toml" else data
    return parse(table, path)


# pyproject.toml files passed over because they cannot be read and name no lintlaw
# settings: path -> why.  The command line says each once (``skipped``).
_skipped: Dict[str, ConfigError] = {}


def skipped(lang: str = "en") -> List[str]:
    """Warnings about configuration files passed over, one for each file."""
    if lang == "en":
        return [f"{exc}; skipped (it names no lintlaw settings)" for exc in _skipped.values()]
    return [f"{exc.text(lang)}；已跳过（其中没有 lintlaw 的设置）" for exc in _skipped.values()]


def _has_lintlaw_table(path: str) -> bool:
    """Whether a pyproject.toml is lintlaw's configuration.

    One that cannot be read as TOML counts when it names lintlaw anywhere
    (loading it then says what is wrong); other tools' broken files are
    passed over, with a warning.  A ``tool`` that is not a table counts: the
    file is wrong for every tool, and lintlaw's settings may be what is lost.
    """
    try:
        raw = _read_bytes(path)
    except ConfigError:
        return False  # an unreadable file beside the reports: the reports say whether they can be read
    try:
        data = _parse_toml(path, raw)
    except ConfigError as exc:
        if b"lintlaw" in raw:
            return True
        _skipped[path] = exc
        return False
    tool = data.get("tool")
    return tool is not None and (not isinstance(tool, dict) or "lintlaw" in tool)


_found: Dict[str, Optional[str]] = {}


def find_config_file(directory: str) -> Optional[str]:
    """The nearest configuration file at or above ``directory``."""
    directory = os.path.abspath(directory)
    trail = []
    result: Optional[str] = None
    current = directory
    while True:
        if current in _found:
            result = _found[current]
            break
        trail.append(current)
        hit = None
        for name in CONFIG_FILES:
            candidate = os.path.join(current, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_lintlaw_table(candidate)):
                hit = candidate
                break
        if hit:
            result = hit
            break
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    for seen in trail:
        _found[seen] = result
    return result


_loaded: Dict[Optional[str], Config] = {}
_broken: Dict[str, ConfigError] = {}  # a file read once, however many documents it governs


def config_for(path: str, override: Optional[str] = None) -> Config:
    """The configuration that applies to a document (``override`` is --config)."""
    source = override or find_config_file(os.path.dirname(os.path.abspath(path)) if path != "-" else os.getcwd())
    if source not in _loaded:
        if source in _broken:
            raise _broken[source]
        try:
            _loaded[source] = load_file(source) if source else Config()
        except ConfigError as exc:
            _broken[source] = exc
            raise
    return _loaded[source]
