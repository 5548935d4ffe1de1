"""Markdown: headings from ``#``, code blocks and link targets kept out of the prose.

The text keeps its offsets (nothing is deleted), so findings still point at the
file: code lines are marked to skip, and link targets are blanked in a copy the
checks read, never in the text that is written back.
"""
from __future__ import annotations

import re

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")


def annotate(source) -> None:
    """Fill ``heading_levels`` and ``skip_lines`` of a Markdown source."""
    levels = {}
    skip = set()
    fence = None
    lines = source.raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for index, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence:
            skip.add(index)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            continue
        if match:
            fence = match.group(1)
            skip.add(index)
            continue
        if line.startswith(("    ", "\t")) and (index == 0 or not lines[index - 1].strip() or index - 1 in skip):
            skip.add(index)  # an indented code block
            continue
        heading = _ATX.match(line)
        if heading:
            levels[index] = len(heading.group(1))
    source.heading_levels = levels
    source.skip_lines = frozenset(skip)


# [text](target "title") and <https://...>: the target is not prose.
LINK_TARGET = re.compile(r"(?<=\])\([^)\s]*(?:\s+\"[^\"]*\")?\)|<[a-z][a-z0-9+.-]*:[^>\s]*>", re.I)
