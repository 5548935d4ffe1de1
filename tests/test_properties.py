"""Properties of the whole pipeline for any input (issue 12), checked with hypothesis.

For any text (report prose, Chinese, ASCII, mixed, control characters, long lines,
only punctuation, only digits, huge numbers):
- every rule finishes without an exception;
- every span (finding, related place, fix edit) lies inside the text and maps to a
  valid line and column;
- a second run gives the same result.
For any bytes, reading either decodes or gives the clear error.
For --fix: a second fix changes nothing, only the spans of the edits change, and the
file keeps its encoding, BOM and line endings.

The examples are derived from a fixed seed (``derandomize``), so CI runs the same ones
every time, and their number keeps the whole module under a minute on a loaded
machine.  ``HYPOTHESIS_PROFILE=long`` runs many more, for a search by hand.
"""
from __future__ import annotations

import codecs
import os
import tempfile
from typing import List

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from lintlaw.config import Config  # noqa: E402
from lintlaw.document import Document  # noqa: E402
from lintlaw.fix import apply_edits, fix_file, plan  # noqa: E402
from lintlaw.registry import registry  # noqa: E402
from lintlaw.runner import LintOptions, document_settings, lint_source, run_rules  # noqa: E402
from lintlaw.readers import Source, SourceError, from_bytes  # noqa: E402

_COMMON = dict(derandomize=True, database=None, deadline=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.large_base_example, HealthCheck.filter_too_much])
settings.register_profile("ci", **_COMMON)
settings.register_profile("long", **{**_COMMON, "derandomize": False, "max_examples": 2000})
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(PROFILE)


def _examples(n: int) -> int:
    return 2000 if PROFILE == "long" else n


SETTINGS = document_settings(Config(), LintOptions())
SEEDS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")


def _seed_lines() -> List[str]:
    lines: List[str] = []
    for name in sorted(os.listdir(SEEDS)):
        if name.endswith(".txt"):
            with open(os.path.join(SEEDS, name), encoding="utf-8") as handle:
                lines += [line for line in handle.read().split("\n") if line.strip()]
    return lines[::3]  # a third of them: enough shapes, a quicker strategy


# -- texts ---------------------------------------------------------------------

REPORT_CHARS = ("的一是在了和有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多"
                "法治政府建设行政执法复议诉讼案件办理应诉出庭率依法普宣传规范性文件审查备案督察责任落实区县市局委办")
MARKS = "（）()《》〈〉“”‘’\"'[]【】〔〕{}<>,，。.;；:：?？!！、·•▪・…—-–～~/／%％‰"
NUMERAL = "零〇一二三四五六七八九十百千万亿两"
UNITS = ["件", "人", "次", "个", "项", "元", "万元", "%", "％", "起", "家", "类", "年", "月", "日", "余件", "多人"]
ODD = " \t\u3000\xa0\u200b\ufeff\x00\x01\x08\x0b\x0c\x1b\x1f\x7f\u2028\u2029\U0001f600\ue000"

_char = st.sampled_from(REPORT_CHARS + MARKS + NUMERAL + "0123456789０１２３" + "abcXYZ" + ODD + "\n\r")
_random = st.text(_char, max_size=80)
_ascii = st.text(st.characters(min_codepoint=0, max_codepoint=127), max_size=60)
_unicode = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_punctuation = st.text(st.sampled_from(MARKS), min_size=1, max_size=60)
_digits = st.text(st.sampled_from("0123456789.,%"), min_size=1, max_size=60)
_huge = st.one_of(
    st.integers(min_value=0, max_value=10 ** 400).map(str),
    st.integers(min_value=300, max_value=5000).map(lambda n: "9" * n),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(st.sampled_from(NUMERAL), min_size=1, max_size=60),
)
_number = st.tuples(st.sampled_from(["共", "全年", "其中", "约", "近", "超过", "达", ""]), _huge,
                    st.sampled_from(UNITS)).map("".join)
_fragment = st.sampled_from(_seed_lines())
_edited = st.tuples(_fragment, st.integers(min_value=0, max_value=200), st.one_of(_number, _random)) \
    .map(lambda t: t[0][:t[1]] + t[2] + t[0][t[1]:])
_long = st.tuples(st.one_of(_fragment, _punctuation, _digits), st.integers(min_value=20, max_value=400)) \
    .map(lambda t: (t[0] * t[1])[:12_000])
_line = st.one_of(_fragment, _fragment, _edited, _edited, _random, _ascii, _unicode, _punctuation, _digits,
                  _number, _long)
TEXTS = st.lists(_line, max_size=10).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n", "\r", "\n\n"]).map(lambda sep: sep.join(lines)))


def _spans(finding):
    yield finding.start, finding.end
    for rel in finding.related:
        yield rel.start, rel.end
    if finding.fix is not None:
        for edit in finding.fix.edits:
            yield edit.start, edit.end


def _placed(result):
    return [d.as_json() for d in result.diagnostics], list(result.errors)


@settings(max_examples=_examples(120))
@given(TEXTS)
def test_every_rule_finishes_and_every_span_lies_in_the_text(text):
    rules = registry().rules
    doc = Document(Source(path="t.txt", raw=text), SETTINGS)
    found, errors = run_rules(doc, rules)
    assert errors == []
    n = len(doc.text)
    for rule_, finding in found:
        for start, end in _spans(finding):
            assert 0 <= start <= end <= n, (rule_.name, start, end, n)
            line, column = doc.position(start)
            assert 1 <= line <= doc.line_count and 1 <= column <= len(doc.line_text(line)) + 1, rule_.name
    # The whole pipeline, twice on fresh documents: the same diagnostics, placed in range.
    first = lint_source(Source(path="t.txt", raw=text), rules, SETTINGS, "zh")
    again = lint_source(Source(path="t.txt", raw=text), rules, SETTINGS, "zh")
    assert first.errors == []
    assert _placed(first) == _placed(again)
    lines = Document(Source(path="t.txt", raw=text), SETTINGS)
    for d in first.diagnostics:
        assert 1 <= d.line <= d.end_line <= lines.line_count
        assert 1 <= d.column and 1 <= d.end_column <= len(lines.line_text(d.end_line)) + 1


# -- bytes ---------------------------------------------------------------------

_BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE]
BYTES = st.one_of(
    st.binary(max_size=400),
    st.tuples(st.sampled_from(_BOMS), st.binary(max_size=200)).map(b"".join),
    st.tuples(TEXTS, st.sampled_from(["utf-8", "gb18030", "utf-16", "big5", "latin-1"]))
    .map(lambda t: t[0].encode(t[1], "replace")),
    st.tuples(TEXTS, st.integers(min_value=0, max_value=50)).map(lambda t: t[0].encode("utf-8")[:-t[1] or None]),
)


@settings(max_examples=_examples(300))
@given(BYTES, st.sampled_from(["r.txt", "r.md", "r.docx"]),
       st.sampled_from([None, None, "utf-8", "gb18030", "utf-16", "ascii", "latin-1", "utf-8-sig"]))
def test_any_bytes_decode_or_give_the_clear_error(data, name, encoding):
    try:
        source = from_bytes(data, name, encoding)
    except SourceError as exc:
        assert str(exc)  # said in words
        return
    assert isinstance(source.raw, str)
    Document(source, SETTINGS).position(len(source.raw))


# -- --fix ---------------------------------------------------------------------

FIX_TEXTS = st.lists(st.one_of(_fragment, _edited, _random).map(lambda s: s.replace("\r", "").replace("\n", "")),
                     min_size=1, max_size=6)  # lines: the test chooses how they end
FILE_FORMS = st.sampled_from([("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("gb18030", b""),
                              ("utf-16-le", codecs.BOM_UTF16_LE)])


def _outside_edits_unchanged(raw: str, edits, new: str) -> bool:
    """``new`` is ``raw`` with each edit's span replaced and every other character in place."""
    at = 0
    pieces = []
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1])):
        pieces.append(raw[at:start])
        pieces.append(replacement)
        at = end
    pieces.append(raw[at:])
    return "".join(pieces) == new


@settings(max_examples=_examples(60))
@given(FIX_TEXTS, st.sampled_from(["\n", "\r\n"]))
def test_a_fix_pass_changes_only_the_spans_of_its_edits(lines, newline):
    from lintlaw.fix import _to_raw

    raw = newline.join(lines) + newline
    doc = Document(Source(path="t.txt", raw=raw), SETTINGS)
    found, _ = run_rules(doc, registry().rules)
    edits, _ = plan(found, len(doc.text), unsafe=True)
    raw_edits = _to_raw(doc, edits, newline)
    for start, end, _ in raw_edits:
        assert 0 <= start <= end <= len(raw)
    assert all(a[1] <= b[0] for a, b in zip(raw_edits, raw_edits[1:]))  # in order, none overlapping
    assert _outside_edits_unchanged(raw, raw_edits, apply_edits(raw, raw_edits))


@settings(max_examples=_examples(40))
@given(FIX_TEXTS, st.sampled_from(["\n", "\r\n"]), FILE_FORMS, st.booleans())
def test_fix_is_idempotent_and_keeps_encoding_bom_and_line_ends(lines, newline, form, unsafe):
    encoding, bom = form
    text = newline.join(lines) + newline
    if not bom and text.startswith("\ufeff"):
        return  # its first character written out is a BOM: a file of another form
    try:
        data = bom + text.encode(encoding)
    except UnicodeEncodeError:
        return  # a text this encoding cannot hold is no file of it
    rules = registry().rules
    options = LintOptions(fix="write", unsafe_fixes=unsafe)
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "r.txt")
        with open(path, "wb") as handle:
            handle.write(data)
        first = fix_file(path, options, rules, SETTINGS)
        with open(path, "rb") as handle:
            fixed = handle.read()
        assert not any("internal error" in e for e in first.errors)
        if first.errors:  # refused (the file did not read back byte for byte): untouched
            assert fixed == data
            return
        assert fixed.startswith(bom) if bom else not fixed.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE))
        fixed_text = fixed[len(bom):].decode(encoding)  # still the file's encoding
        if newline == "\r\n":
            assert "\n" not in fixed_text.replace("\r\n", "")  # no bare line feed came in
        else:
            assert "\r" not in fixed_text or "\r" in text
        second = fix_file(path, options, rules, SETTINGS)
        with open(path, "rb") as handle:
            assert handle.read() == fixed  # a second fix changes nothing
        assert second.fixed == 0
