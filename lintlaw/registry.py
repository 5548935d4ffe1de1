"""Rules: their metadata, and finding them (built-ins in ``lintlaw.checks``, plug-ins by entry point).

A rule is a function of a Document that yields Findings, wrapped by ``@rule``
with everything a user needs to know about it.  Its ``bad`` and ``good``
examples are executable: the test suite runs every one of them.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

from .finding import SEVERITY_RANK, Finding

ENTRY_POINT_GROUP = "lintlaw.checks"
# Built-in codes are numbered by family (DESIGN.md's table); a plug-in's family is its module.
FIXABLE = (None, "safe", "unsafe", "mixed")
FAMILIES = {"LL1": "structure", "LL2": "repetition", "LL3": "numbers", "LL4": "punctuation", "LL5": "residue",
            "LL6": "wording", "LL7": "citations"}


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: str
    summary: str
    why: str
    check: Callable[..., Iterable[Finding]]
    summary_en: str = ""
    why_en: str = ""
    bad: Tuple[str, ...] = ()
    good: Tuple[str, ...] = ()
    # "safe": every fix --fix may apply; "unsafe": every fix needs --unsafe-fixes; "mixed":
    # some findings get a safe fix, others an unsafe one; None: no fixes.
    fixable: Optional[str] = None
    family: str = ""
    origin: str = "lintlaw"  # the distribution a plug-in rule comes from
    # What the rule's findings claim (lintlaw.claims): said by --explain, "" when nothing.
    claims: str = ""
    claims_en: str = ""
    # Where two rules claim the same text for one cause, the higher precedence (the
    # more specific rule) keeps its finding.
    precedence: int = 0
    # False for a rule about the document as a whole (missing-section): its findings
    # only point at a place, and no claim silences them.
    spans_text: bool = True
    # "simplified": the rule reads simplified Chinese with simplified data (a vocabulary,
    # word lists) and is left out of a document written in traditional characters
    # (lintlaw.script); "" for a rule that reads any text.
    script: str = ""

    def __call__(self, doc) -> Iterator[Finding]:
        return iter(self.check(doc))

    def summary_in(self, lang: str) -> str:
        return self.summary_en if lang == "en" and self.summary_en else self.summary

    def why_in(self, lang: str) -> str:
        return self.why_en if lang == "en" and self.why_en else self.why

    def claims_in(self, lang: str) -> str:
        return self.claims_en if lang == "en" and self.claims_en else self.claims


def rule(
    *,
    code: str,
    name: str,
    severity: str,
    summary: str,
    why: str,
    summary_en: str = "",
    why_en: str = "",
    bad: Sequence[str] = (),
    good: Sequence[str] = (),
    fixable: Optional[str] = None,
    claims: str = "",
    claims_en: str = "",
    precedence: int = 0,
    spans_text: bool = True,
    script: str = "",
) -> Callable[[Callable], Rule]:
    """Declare a rule.  The decorated function takes a Document and yields Findings."""
    if severity not in SEVERITY_RANK:
        raise ValueError(f"{name}: unknown severity {severity!r}")
    if script not in ("", "simplified"):
        raise ValueError(f"{name}: script must be '' or 'simplified'")
    if fixable not in FIXABLE:
        raise ValueError(f"{name}: fixable must be one of {', '.join(map(repr, FIXABLE))}")

    def wrap(fn: Callable) -> Rule:
        module = getattr(fn, "__module__", "") or ""
        return Rule(
            code=code,
            name=name,
            severity=severity,
            summary=summary,
            why=why,
            check=fn,
            summary_en=summary_en,
            why_en=why_en,
            bad=tuple(bad),
            good=tuple(good),
            fixable=fixable,
            claims=claims,
            claims_en=claims_en,
            precedence=precedence,
            spans_text=spans_text,
            script=script,
            family=FAMILIES.get(code[:3], module.rsplit(".", 1)[-1]),
        )

    return wrap


def rules_in(obj) -> List[Rule]:
    """The rules an entry point or module offers: a Rule, a module, or an iterable of Rules."""
    if isinstance(obj, Rule):
        return [obj]
    if hasattr(obj, "__dict__") and hasattr(obj, "__name__") and not callable(obj):
        return [value for value in vars(obj).values() if isinstance(value, Rule)]
    if callable(obj):
        return rules_in(obj())
    return [value for value in obj if isinstance(value, Rule)]


def _builtin_rules() -> List[Rule]:
    import lintlaw.checks as package

    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        found.extend(rules_in(module))
    return found


def _entry_points():
    # importlib.metadata costs a tenth of a second of start-up to import (email, zipfile,
    # csv, ...) and almost no installation has a plug-in: it is imported only when an
    # installed distribution declares the group.
    if not _declared(ENTRY_POINT_GROUP):
        return []
    from importlib import metadata

    eps = metadata.entry_points()
    if hasattr(eps, "select"):
        return list(eps.select(group=ENTRY_POINT_GROUP))
    return list(eps.get(ENTRY_POINT_GROUP, ()))  # Python 3.9


def _declared(group: str) -> bool:
    """Whether an entry_points.txt of a distribution on sys.path names ``group`` (or
    sys.path holds something other than folders, which importlib.metadata reads)."""
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                infos = [e.path for e in found if e.name.endswith((".dist-info", ".egg-info"))]
        except NotADirectoryError:
            return True  # a zip on sys.path: let importlib.metadata look inside
        except OSError:
            continue
        for info in infos:
            try:
                with open(os.path.join(info, "entry_points.txt"), encoding="utf-8", errors="replace") as f:
                    if group in f.read():
                        return True
            except OSError:
                continue
    return False


class RegistryError(Exception):
    pass


@dataclass
class Registry:
    rules: List[Rule] = field(default_factory=list)
    by_name: Dict[str, Rule] = field(default_factory=dict)
    by_code: Dict[str, Rule] = field(default_factory=dict)
    plugin_errors: List[str] = field(default_factory=list)

    def add(self, rule_: Rule) -> None:
        clash = self.by_name.get(rule_.name) or self.by_code.get(rule_.code)
        if clash is not None:
            raise RegistryError(
                f"rule {rule_.code} [{rule_.name}] from {rule_.origin} clashes with "
                f"{clash.code} [{clash.name}] from {clash.origin}"
            )
        self.rules.append(rule_)
        self.by_name[rule_.name] = rule_
        self.by_code[rule_.code] = rule_

    def get(self, key: str) -> Optional[Rule]:
        return self.by_name.get(key) or self.by_code.get(key.upper())

    def match(self, selector: str) -> List[Rule]:
        """Rules a selector names: ALL, a name, a code, or a code prefix (LL3)."""
        key = selector.strip()
        if key.upper() == "ALL":
            return list(self.rules)
        exact = self.get(key)
        if exact is not None:
            return [exact]
        upper = key.upper()
        return [r for r in self.rules if r.code.upper().startswith(upper)] if upper else []


@lru_cache(maxsize=1)
def registry() -> Registry:
    """Every rule: built-ins first, then plug-ins (sorted by code)."""
    reg = Registry()
    for rule_ in sorted(_builtin_rules(), key=lambda r: r.code):
        reg.add(rule_)
    plugins = []
    for ep in _entry_points():
        dist = getattr(getattr(ep, "dist", None), "name", None) or ep.name
        try:
            offered = rules_in(ep.load())
        except Exception as exc:  # a broken plug-in must not take the linter down
            reg.plugin_errors.append(f"plug-in {ep.name!r} ({dist}) failed to load: {exc}")
            continue
        for rule_ in offered:
            plugins.append(replace(rule_, origin=dist))
    for rule_ in sorted(plugins, key=lambda r: r.code):
        try:
            reg.add(rule_)
        except RegistryError as exc:
            reg.plugin_errors.append(str(exc))
    return reg
