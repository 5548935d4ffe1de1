"""Markdown: headings from ``#`` (and underlined ones), markup that is not prose kept out.

The text keeps its offsets (nothing is deleted), so findings still point at the
file: lines that are not prose are marked to skip (``Source.skip_lines``;
``Document`` blanks them), and inline spans that are not prose (link targets,
code spans, HTML tags) are blanked in the copy the checks read, never in the
text that is written back.

Not prose: fenced and indented code blocks, YAML front matter, HTML comments
on lines of their own, thematic breaks, the ruling line of a table, link
reference definitions, and the underline of a setext heading.
"""
from __future__ import annotations

import re
from typing import Optional

from ._base import Source
from ._encoding import decode
from ..lazy_re import lazy

KIND = "md"
SUFFIXES = (".md", ".markdown")


def read(data: bytes, path: str, encoding: Optional[str] = None) -> Source:
    decoded = decode(data, encoding)
    source = Source(path=path, raw=decoded.text, encoding=decoded.encoding, bom=decoded.bom, kind=KIND,
                    encoding_certain=decoded.certain, notes=[decoded.note] if decoded.note else [])
    annotate(source)
    return source

_FENCE = lazy(r"^ {0,3}(`{3,}|~{3,})")
_ATX = lazy(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_SETEXT = lazy(r"^ {0,3}(=+|-+)[ \t]*$")
_THEMATIC = lazy(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_TABLE_RULING = lazy(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$"
                           r"|^[ \t]*\|[ \t]*:?-+:?[ \t]*\|[ \t]*$")
_LINK_DEFINITION = lazy(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+")
_FRONT_MATTER_END = lazy(r"^(?:---|\.\.\.)[ \t]*$")


def annotate(source: Source) -> None:
    """Fill ``heading_levels`` and ``skip_lines`` of a Markdown source."""
    levels = {}
    skip = set()
    lines = source.raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = 0
    if lines and lines[0].rstrip() == "---":  # YAML front matter (Hugo, Jekyll, MkDocs)
        for index in range(1, len(lines)):
            if _FRONT_MATTER_END.match(lines[index]):
                skip.update(range(0, index + 1))
                start = index + 1
                break
    fence = None
    in_comment = False
    previous_prose = False  # the line before is a paragraph line (setext headings, lazy lines)
    previous_code = False  # the line before is an indented code line
    for index in range(start, len(lines)):
        line = lines[index]
        if fence:
            skip.add(index)
            match = _FENCE.match(line)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence) \
                    and not line.strip().strip(fence[0]):
                fence = None
            continue
        if in_comment:
            skip.add(index)
            in_comment = "-->" not in line
            previous_prose = previous_code = False
            continue
        blank = not line.strip()
        if blank:
            previous_prose = False
            continue  # an indented code block goes on across blank lines
        match = _FENCE.match(line)
        if match:
            fence = match.group(1)
            skip.add(index)
            previous_prose = previous_code = False
            continue
        if line.startswith(("    ", "\t")) and not previous_prose:
            # An indented code block; it cannot interrupt a paragraph.
            skip.add(index)
            previous_code = True
            continue
        previous_code = False
        stripped = line.strip()
        if stripped.startswith("<!--"):
            skip.add(index)
            in_comment = "-->" not in stripped
            previous_prose = False
            continue
        if previous_prose and _SETEXT.match(line) and (index - 1) not in levels:
            levels[index - 1] = 1 if stripped[0] == "=" else 2
            skip.add(index)
            previous_prose = False
            continue
        if _THEMATIC.match(line) or _TABLE_RULING.match(line) or _LINK_DEFINITION.match(line):
            skip.add(index)
            previous_prose = False
            continue
        heading = _ATX.match(line)
        if heading:
            levels[index] = len(heading.group(1))
            previous_prose = False
            continue
        previous_prose = True
    source.heading_levels = levels
    source.skip_lines = frozenset(skip)


# Inline spans that are not prose, blanked by Document in the text checks read:
# a link's or image's target [text](target "title"), an autolink <https://...>,
# a code span `...`, and an HTML tag <br>, </span> (an ASCII letter after "<",
# so a book title written with ASCII brackets, <法治政府建设实施纲要>, stays prose).
# Every repetition is bounded: an unclosed ` or < on a long line costs little.
INLINE_NOT_PROSE = lazy(
    r"(?<=\])\([^()\s]{0,2000}(?:\([^()\s]{0,2000}\)[^()\s]{0,2000}){0,4}(?:[ \t]+\"[^\"\n]{0,500}\")?\)"
    r"|<[a-z][a-z0-9+.-]{0,30}:[^>\s]{0,2000}>"
    r"|`[^`\n]{1,500}`"
    r"|</?[a-z][a-z0-9-]{0,30}(?:\s[^<>\n]{0,500})?/?>",
    re.I,
)


def prose(text: str, source: Source) -> str:
    """``text`` with the lines and inline spans that are not prose blanked (offsets kept)."""
    lines = text.split("\n")
    for index in source.skip_lines:
        if index < len(lines):
            lines[index] = " " * len(lines[index])
    return INLINE_NOT_PROSE.sub(lambda m: " " * len(m.group(0)), "\n".join(lines))
