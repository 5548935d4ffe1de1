"""Word segmentation with jieba, loaded only when a check first asks for it.

jieba costs about a second to load its dictionary, more than a whole lint of a
report.  Checks find their candidates with a pattern first and segment only the
sentences that hold one; a document with no candidate never loads jieba.
This is the only module that imports jieba.
"""
from __future__ import annotations

import logging
import sys
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

_tokenizer = None
_tags: Optional[Dict[str, str]] = None


def loaded() -> bool:
    """Has jieba's dictionary been loaded in this process?"""
    return _tokenizer is not None


def _get():
    global _tokenizer
    if _tokenizer is None:
        import jieba

        jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict..." chatter on stderr
        tokenizer = jieba.Tokenizer()
        tokenizer.initialize()
        _tokenizer = tokenizer
    return _tokenizer


@lru_cache(maxsize=4096)
def cut(text: str) -> Tuple[str, ...]:
    """Words of ``text`` (precise mode, no HMM guessing of unknown words)."""
    return tuple(_get().cut(text, HMM=False))


def spans(text: str) -> List[Tuple[int, int, str]]:
    """(start, end, word) for each word of ``text``; offsets are relative to ``text``."""
    out = []
    pos = 0
    for word in cut(text):
        out.append((pos, pos + len(word), word))
        pos += len(word)
    return out


def tag(word: str) -> Optional[str]:
    """The part-of-speech tag jieba's dictionary gives ``word`` (v, n, d, p, ...), or None.

    The tags sit in the same dictionary file; they are read once, on first use
    (about a third of a second), so only a check that needs them pays for them.
    """
    global _tags
    if _tags is None:
        table: Dict[str, str] = {}
        with _get().get_dict_file() as lines:
            for raw in lines:
                parts = raw.decode("utf-8").split()
                if len(parts) == 3:
                    table[parts[0]] = parts[2]
        _tags = table
    return _tags.get(word)


def is_loaded_module() -> bool:
    """Was the jieba package imported at all (for tests of lazy loading)?"""
    return "jieba" in sys.modules
