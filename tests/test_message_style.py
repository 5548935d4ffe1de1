"""Every message a rule writes follows docs/messages.md, checked on what the rules say.

The style guide's mechanical parts (quotes, computed numbers, range dashes, cut excerpts,
no internal names) are checked over every finding of every rule on the seeds and the
planted corpus, in both languages, with its related places: a rule that formats a
range or a percentage by hand fails here, not in a user's terminal.
"""
import json
import re
from pathlib import Path

import pytest

from lintlaw.document import Document
from lintlaw.registry import registry
from lintlaw.runner import run_rules

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def _texts():
    for rule in registry().rules:
        yield from rule.bad  # every rule's documented bad examples, so every rule speaks
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]


def _messages():
    """(rule, language, text) of every message, help and related note on the texts."""
    rules = registry().rules
    seen = set()
    for text in _texts():
        doc = Document.from_text(text)
        found, _ = run_rules(doc, rules)
        for rule, finding in found:
            parts = [finding.message, finding.help] + [r.message for r in finding.related]
            if finding.fix is not None:
                parts.append(finding.fix.description)
            for msg in parts:
                if msg is None:
                    continue
                said_in = (("zh", msg), ("en", msg)) if isinstance(msg, str) else (("zh", msg.zh), ("en", msg.en))
                for lang, said in said_in:
                    key = (rule.name, lang, said)
                    if said and key not in seen:
                        seen.add(key)
                        yield key


MESSAGES = list(_messages())

# What the guide rules out, per language: (why, pattern).
_NEVER = {
    "zh": [
        ("a range is joined with 一字线 (—), not an en dash, hyphen or tilde", re.compile(r"\d\s*[–~～]\s*\d|第\d+-\d+行")),
        ("double quotes nested in double quotes (quote() uses 「」)", re.compile(r"““|””")),
        ("ASCII punctuation between Chinese characters", re.compile(r"[\u4e00-\u9fff][,;:?!][\u4e00-\u9fff]")),
        ("a severity word in English", re.compile(r"\b(?:error|warning|info)\b")),
    ],
    "en": [
        ("a range of lines is joined with an en dash", re.compile(r"\blines? \d+\s*[—~-]\s*\d")),
        ("report text quoted as Python writes a string ('…'), not with quote()", re.compile(r"'[^'\s]*[\u4e00-\u9fff][^']*'")),
    ],
}
_EITHER = [
    ("a computed number with a trailing zero (90.0%, 12.0)", re.compile(r"(?<![\d.])\d+\.0(?:%|(?![\d.]))")),
    ("a library or internal name", re.compile(r"\b(?:jieba|proselint|pycorrector|pypinyin|token|regex|PR-\d+|LL\d{3})\b", re.I)),
    ("an excerpt cut without an ellipsis or mid-word by hand (…… doubled)", re.compile(r"…{3,}")),
]


def test_every_rule_speaks_in_the_sweep():
    spoke = {rule for rule, _, _ in MESSAGES}
    assert not {rule.name for rule in registry().rules} - spoke


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_messages_follow_the_style_guide(lang):
    broken = []
    for rule, said_lang, said in MESSAGES:
        if said_lang != lang:
            continue
        for why, pattern in _NEVER[lang] + _EITHER:
            if pattern.search(_outside_quotes(said)):
                broken.append(f"{rule}: {why}: {said}")
    assert not broken, "\n".join(broken[:40])


def _outside_quotes(said: str) -> str:
    """The message without the report text it quotes: the report's own 90.0% or ASCII comma is its own."""
    return re.sub(r"“[^“”]*”|「[^「」]*」|《[^《》]*》", "“”", said)


def test_the_guide_is_checked_against_what_the_helpers_write():
    from lintlaw.wording import percent, span

    assert not _EITHER[0][1].search(percent(90.0))
    assert not _NEVER["zh"][0][1].search(f"第{span(3, 5)}行")
    assert _NEVER["zh"][0][1].search("第3–5行")
