"""``--list-rules`` and ``--explain``: a rule's documentation, from the rule itself."""
from __future__ import annotations

from rich.cells import cell_len

from .registry import Registry, Rule

HEADINGS = {
    "zh": {"severity": "严重程度", "why": "依据", "bad": "应报告的写法", "good": "不应报告的写法",
           "fix": "自动修复", "origin": "来源", "family": "类别"},
    "en": {"severity": "severity", "why": "why", "bad": "flagged", "good": "not flagged",
           "fix": "fix", "origin": "from", "family": "family"},
}


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - cell_len(text))


def list_rules(reg: Registry, lang: str, echo) -> None:
    name_width = max((len(r.name) for r in reg.rules), default=4)
    for r in reg.rules:
        fix = "*" if r.fixable else " "
        echo(f"{r.code:7} {_pad(r.name, name_width)}  {r.severity:7} {fix} {r.summary_in(lang)}")


def explain(rule_: Rule, lang: str, echo) -> None:
    h = HEADINGS[lang]
    echo(f"{rule_.code} {rule_.name}")
    echo("")
    echo(rule_.summary_in(lang))
    echo("")
    echo(f"{h['severity']}: {rule_.severity}")
    echo(f"{h['family']}: {rule_.family}")
    if rule_.fixable:
        echo(f"{h['fix']}: {rule_.fixable}")
    if rule_.origin != "lintlaw":
        echo(f"{h['origin']}: {rule_.origin}")
    echo("")
    echo(f"{h['why']}: {rule_.why_in(lang)}")
    for key, examples in (("bad", rule_.bad), ("good", rule_.good)):
        if not examples:
            continue
        echo("")
        echo(f"{h[key]}:")
        for example in examples:
            lines = example.split("\n")
            echo(f"  - {lines[0]}")
            for line in lines[1:]:
                echo(f"    {line}")
