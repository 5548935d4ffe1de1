"""Rules for lintlaw's own tests of fixing, output formats and many files.

Loaded as a plug-in (entry point group ``lintlaw.checks``) by putting this
folder on PYTHONPATH of a lintlaw subprocess, or imported directly by a test.
They are deliberately simple, so that a test knows exactly what each finds
and fixes, independently of the built-in checks being written.
"""
from __future__ import annotations

import re

from lintlaw.finding import Edit, Fix, Finding, Msg, Related
from lintlaw.registry import rule

_DOC = dict(why="lintlaw test rule.", why_en="lintlaw test rule.")

_HALF_COMMA = re.compile(r"(?<=[\u4e00-\u9fff，。]),")
_DOUBLE_COMMA = re.compile(r"，，")
_HALF_PAIR = re.compile(r",,")
_JIEZHI = re.compile(r"截止到")
_UNFINISHED = re.compile(r"完成$", re.M)
_BLANKS = re.compile(r"\n(?:[ \t]*\n){2,}")


@rule(code="TT901", name="test-halfwidth-comma", severity="error", summary="半角逗号",
      summary_en="half-width comma", fixable="safe", **_DOC)
def halfwidth_comma(doc):
    for m in _HALF_COMMA.finditer(doc.text):
        yield Finding(m.start(), m.end(), Msg("中文后用了半角逗号", "half-width comma after Chinese"),
                      help=Msg("改为“，”", "write “，”"),
                      fix=Fix((Edit(m.start(), m.end(), "，"),), safe=True, description=Msg("改为全角逗号", "full-width comma")))


@rule(code="TT902", name="test-doubled-comma", severity="warning", summary="逗号重复",
      summary_en="doubled comma", fixable="safe", **_DOC)
def doubled_comma(doc):
    for m in _DOUBLE_COMMA.finditer(doc.text):
        yield Finding(m.start(), m.end(), Msg("逗号重复", "doubled comma"),
                      fix=Fix((Edit(m.start() + 1, m.end(), ""),), safe=True))


@rule(code="TT903", name="test-halfwidth-pair", severity="warning", summary="两个半角逗号",
      summary_en="two half-width commas", fixable="safe", **_DOC)
def halfwidth_pair(doc):
    for m in _HALF_PAIR.finditer(doc.text):
        yield Finding(m.start(), m.end(), Msg("两个半角逗号", "two half-width commas"),
                      fix=Fix((Edit(m.start(), m.end(), "，"),), safe=True))


@rule(code="TT904", name="test-jiezhi", severity="info", summary="截止到",
      summary_en="截止到", fixable="unsafe", **_DOC)
def jiezhi(doc):
    for m in _JIEZHI.finditer(doc.text):
        yield Finding(m.start(), m.end(), Msg("“截止到”应为“截至”", "write 截至"),
                      fix=Fix((Edit(m.start(), m.end(), "截至"),), safe=False))


@rule(code="TT905", name="test-unfinished", severity="error", summary="段末缺句号",
      summary_en="paragraph without a full stop", fixable="safe", **_DOC)
def unfinished(doc):
    for m in _UNFINISHED.finditer(doc.text):
        yield Finding(m.start(), m.end(), Msg("段末缺句号", "no full stop"),
                      fix=Fix((Edit(m.end(), m.end(), "。"),), safe=True))


@rule(code="TT906", name="test-blank-lines", severity="info", summary="多余空行",
      summary_en="extra blank lines", fixable="safe", **_DOC)
def blank_lines(doc):
    for m in _BLANKS.finditer(doc.text):
        yield Finding(m.start(), m.end(), Msg("多余空行", "extra blank lines"),
                      fix=Fix((Edit(m.start(), m.end(), "\n\n"),), safe=True))


@rule(code="TT907", name="test-repeated-line", severity="warning", summary="重复的行",
      summary_en="repeated line", **_DOC)
def repeated_line(doc):
    first = {}
    for para in doc.paragraphs:
        if para.text in first:
            earlier = first[para.text]
            yield Finding(para.start, para.end, Msg("这一段与前文重复", "this paragraph repeats an earlier one"),
                          related=(Related(earlier.start, earlier.end, Msg("第一次出现", "first here")),))
        else:
            first[para.text] = para
