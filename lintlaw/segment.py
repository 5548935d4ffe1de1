"""Word segmentation as jieba does it, from jieba's dictionary, without importing jieba.

Checks find their candidates with a pattern first and segment only the short
stretches that hold one; a document with no candidate never opens the dictionary.

jieba's own start-up reads its whole prefix dictionary into a dict (about
0.8 s from its marshal cache, more than a whole lint of a report) and its
import alone costs a tenth of a second or more (it pulls in pkg_resources only
to open its data files).  A check segments a few dozen characters, which touch
a few hundred dictionary entries.  So the words of jieba's dictionary are kept
in a sorted index file in the user's cache directory (built once from jieba's
dict.txt, about half a second) and looked up there by binary search, and jieba's
precise mode without HMM (its blocks, its DAG of dictionary words and its route
of the highest product of word frequencies) is done here over that index.  The
results are those of ``jieba.Tokenizer().cut(text, HMM=False)`` with the
dictionary fully loaded (tests/test_segment.py).
"""
from __future__ import annotations

import io
import math
import mmap
import os
import struct
import sys
import tempfile
from array import array
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

from .lazy_re import lazy

_index: Optional["_Index"] = None
_segmented = False  # cut or tag has run (``loaded``)

# Index file: magic, counts, then arrays in native byte order (word offsets,
# counts, tag ids), the tag names, the words in UTF-8.
_MAGIC = b"lintlaw-jieba-index-1\n"
_HEADER = struct.Struct("=IIQ")  # words, tags, total frequency
_MEMO_LIMIT = 200_000  # lookups remembered (a long run over many files must not grow without end)


def loaded() -> bool:
    """Has this process segmented text or asked for a word's tag (``cut``, ``spans``, ``tag``)?
    (Looking words up, ``frequencies``, does not count: it needs no segmenting.)"""
    return _segmented


def is_loaded_module() -> bool:
    """Was the jieba package imported at all (for tests of lazy loading)?"""
    return "jieba" in sys.modules


class _Index:
    """jieba's dictionary as sorted arrays: word -> (frequency, tag) by binary search."""

    def __init__(self, data) -> None:
        count, tag_count, self.total = _HEADER.unpack_from(data, len(_MAGIC))
        at = len(_MAGIC) + _HEADER.size
        if len(data) < at + 10 * count + 4:
            raise ValueError("truncated index")
        view = memoryview(data)
        self._offsets = view[at:at + 4 * (count + 1)].cast("I")
        at += 4 * (count + 1)
        self._freqs = view[at:at + 4 * count].cast("I")
        at += 4 * count
        self._tag_ids = view[at:at + 2 * count].cast("H")
        at += 2 * count
        tag_end = at + self._offsets[0]
        self._tags = data[at:tag_end].decode("ascii").split(" ") if tag_count else []
        if len(data) != at + self._offsets[count]:
            raise ValueError("truncated index")
        self._words_at = at
        self._data = data
        self._count = count
        self._memo: Dict[str, Tuple[int, int]] = {}
        self._firsts: Dict[str, Tuple[int, int]] = {}
        # word -> freq(word), answered by a dict's lookup once asked (for loops over many words)
        self.frequency = _Frequencies(self)

    def _word(self, i: int) -> bytes:
        return self._data[self._words_at + self._offsets[i]:self._words_at + self._offsets[i + 1]]

    def _first(self, char: str) -> Tuple[int, int]:
        """The entries that start with ``char``, as (lo, hi): a later search starts there."""
        found = self._firsts.get(char)
        if found is None:
            bounds = []
            for key in (char.encode("utf-8"), chr(ord(char) + 1).encode("utf-8") if ord(char) < 0x10FFFF else None):
                lo, hi = 0, self._count
                while key is not None and lo < hi:
                    mid = (lo + hi) // 2
                    if self._word(mid) < key:
                        lo = mid + 1
                    else:
                        hi = mid
                bounds.append(lo if key is not None else self._count)
            found = self._firsts[char] = (bounds[0], bounds[1])
        return found

    def find(self, word: str) -> Tuple[int, int]:
        """(i, exact): the first entry >= word, and 1 if it is word itself, 0 if not."""
        found = self._memo.get(word)
        if found is None:
            key = word.encode("utf-8")  # UTF-8 byte order is code point order
            # Entries that start with the word's first character, found once per character.
            lo, hi = self._first(word[0]) if word else (0, self._count)
            while lo < hi:
                mid = (lo + hi) // 2
                if self._word(mid) < key:
                    lo = mid + 1
                else:
                    hi = mid
            exact = 0
            if lo < self._count:
                at = self._word(lo)
                if at == key:
                    exact = 1
                elif not at.startswith(key):
                    lo = -1  # neither a word nor the start of one
            else:
                lo = -1
            if len(self._memo) > _MEMO_LIMIT:
                self._memo.clear()
            found = self._memo[word] = (lo, exact)
        return found

    def freq(self, word: str) -> Optional[int]:
        """As jieba's prefix dict: the word's count, 0 for a mere prefix of a word, else None."""
        i, exact = self.find(word)
        if i < 0:
            return None
        return self._freqs[i] if exact else 0

    def tag(self, word: str) -> Optional[str]:
        i, exact = self.find(word)
        if i < 0 or not exact:
            return None
        tag_id = self._tag_ids[i]
        return self._tags[tag_id - 1] if tag_id else None


class _Frequencies(dict):
    """``index.frequency[word]``: ``index.freq(word)``, remembered (a bounded number of words)."""

    __slots__ = ("_index",)

    def __init__(self, index: "_Index") -> None:
        super().__init__()
        self._index = index

    def __missing__(self, word: str) -> Optional[int]:
        if len(self) > _MEMO_LIMIT:
            self.clear()
        value = self[word] = self._index.freq(word)
        return value


def _build(dict_file) -> bytes:
    """The index of a jieba dictionary file: words and counts as jieba's gen_pfdict reads them."""
    entries: Dict[str, Tuple[int, str]] = {}
    total = 0
    for line in dict_file.read().decode("utf-8").split("\n"):
        parts = line.strip().split(" ")
        if len(parts) < 2:
            if parts[0]:
                raise ValueError(f"invalid jieba dictionary entry: {line!r}")
            continue
        freq = int(parts[1])
        total += freq
        entries[parts[0]] = (freq, parts[2] if len(parts) == 3 else "")  # a later line wins, as in jieba
    words = sorted(entries)  # code point order, which is UTF-8 byte order
    tags = sorted({tag for _, tag in entries.values() if tag})
    tag_ids = {tag: n + 1 for n, tag in enumerate(tags)}
    tag_blob = " ".join(tags).encode("ascii")
    encoded = [word.encode("utf-8") for word in words]
    offsets = array("I", [len(tag_blob)])
    at = len(tag_blob)
    for word in encoded:
        at += len(word)
        offsets.append(at)
    freqs = array("I", [entries[w][0] for w in words])
    ids = array("H", [tag_ids.get(entries[w][1], 0) for w in words])
    return b"".join([
        _MAGIC, _HEADER.pack(len(words), len(tags), total),
        offsets.tobytes(), freqs.tobytes(), ids.tobytes(), tag_blob, b"".join(encoded),
    ])


def cache_dir() -> str:
    """Where the index is kept: $LINTLAW_CACHE_DIR, else the user's cache directory."""
    explicit = os.environ.get("LINTLAW_CACHE_DIR")
    if explicit:
        return explicit
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "lintlaw")


def _dictionary_file() -> Tuple[str, str]:
    """(path of jieba's dict.txt, a stamp of jieba's installation), found without
    importing jieba (0.3 s) or importlib.metadata (a tenth of a second: email, zipfile):
    the time of jieba's __init__.py changes with every install of it."""
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        raise ImportError("jieba is not installed")
    try:
        version = str(os.stat(spec.origin).st_mtime_ns)
    except OSError:
        version = "0"
    return os.path.join(os.path.dirname(os.path.abspath(spec.origin)), "dict.txt"), version


# The cache holds one index per dictionary, named by a digest of the dictionary's
# bytes, so every installation of the same jieba shares it.  Hashing the 5 MB
# dictionary on every load would cost tens of milliseconds of each cold start, so
# a small file remembers, for the last few installations (the dictionary's path,
# size and time), which index is theirs; indexes no remembered installation uses
# are deleted.  Before, each new installation (a virtualenv, a reinstall) added
# a 6.5 MB file named by its dictionary's time, and none was ever removed.
KEEP_INSTALLATIONS = 16
_KEYS_FILE = "jieba-index-keys.txt"  # lines: installation key, tab, index digest (newest last)


def _index_name(digest: str) -> str:
    return f"jieba-{digest}-{sys.byteorder}.idx"


def _read_keys(folder: str) -> Dict[str, str]:
    try:
        with open(os.path.join(folder, _KEYS_FILE), encoding="utf-8") as f:
            pairs = (line.rstrip("\n").split("\t") for line in f)
            return {pair[0]: pair[1] for pair in pairs if len(pair) == 2}
    except (OSError, UnicodeDecodeError):
        return {}


def _write_atomically(folder: str, name: str, data: bytes) -> None:
    os.makedirs(folder, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=folder, prefix="jieba-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temp, os.path.join(folder, name))  # atomic: a parallel run reads the old file or the new
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def _prune(folder: str, keep: set) -> None:
    """Delete the indexes no remembered installation uses (and temporary files of builds
    that died); a file another process has open stays readable until it closes it."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        stale = name.startswith("jieba-") and (
            (name.endswith(".idx") and name not in keep)
            or (name.endswith(".tmp") and _older_than(os.path.join(folder, name), 3600)))
        if stale:
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass  # in use (Windows), or gone already


def _older_than(path: str, seconds: float) -> bool:
    try:
        import time

        return time.time() - os.stat(path).st_mtime > seconds
    except OSError:
        return False


def _open_index(path: str) -> Optional[_Index]:
    try:
        with open(path, "rb") as f:
            data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        if data[:len(_MAGIC)] == _MAGIC:
            return _Index(data)
    except (OSError, ValueError, struct.error):
        pass
    return None


def _load_index(dictionary: Optional[Tuple[str, str]] = None) -> _Index:
    """The index of jieba's dictionary (``dictionary``: its path and a stamp of jieba's installation;
    by default the installed jieba's, found without importing it)."""
    dict_path, version = dictionary or _dictionary_file()
    stat = os.stat(dict_path)
    folder = cache_dir()
    # This installation's dictionary as it stands: a reinstall or an edit changes it.
    key = f"{version} {stat.st_size} {stat.st_mtime_ns} {dict_path}".replace("\t", " ")
    keys = _read_keys(folder)
    if key in keys:
        index = _open_index(os.path.join(folder, _index_name(keys[key])))
        if index is not None:
            return index
    with open(dict_path, "rb") as f:
        raw = f.read()
    import hashlib

    digest = hashlib.sha256(raw).hexdigest()[:24]
    name = _index_name(digest)
    index = _open_index(os.path.join(folder, name))
    try:
        if index is None:
            built = _build(io.BytesIO(raw))
            index = _Index(built)
            _write_atomically(folder, name, built)
        keys.pop(key, None)
        keys[key] = digest
        kept = list(keys.items())[-KEEP_INSTALLATIONS:]
        _write_atomically(folder, _KEYS_FILE, "".join(f"{k}\t{d}\n" for k, d in kept).encode("utf-8"))
        _prune(folder, {_index_name(d) for _, d in kept})
    except OSError:
        pass  # a read-only home: use the index from memory this time
    return index


def frequencies() -> _Index:
    """jieba's dictionary as an index (``freq(word)``, ``total``), without importing jieba.

    For checks that only look words up: importing jieba costs 0.3 s of a cold start.
    """
    global _index
    if _index is None:
        _index = _load_index()
    return _index


def han_words(text: str) -> List[Tuple[int, int]]:
    """(start, end) of each word of ``text``, a run of Chinese characters, as jieba's
    precise mode without HMM cuts it (``cut``), found from the index alone: jieba is not
    imported (0.3 s of a cold start) for a check that only needs the words of a short
    window.  jieba's own algorithm: every dictionary word that starts at each
    character, and the route of the highest product of word frequencies (a character
    that starts no word is a word of frequency 1; a tie goes to the longer word)."""
    index = frequencies()
    log_total = math.log(index.total)
    n = len(text)
    best: List[Tuple[float, int]] = [(0.0, 0)] * (n + 1)
    for i in range(n - 1, -1, -1):
        choice = None
        end = i + 1
        while end <= n:
            freq = index.freq(text[i:end])
            if freq is None:
                break  # no dictionary word starts with text[i:end]
            if freq:
                candidate = (math.log(freq) - log_total + best[end][0], end)
                if choice is None or candidate > choice:
                    choice = candidate
            end += 1
        if choice is None:
            choice = (-log_total + best[i + 1][0], i + 1)  # log(1): an unknown character
        best[i] = choice
    out = []
    at = 0
    while at < n:
        end = best[at][1]
        out.append((at, end))
        at = end
    return out


# jieba's own patterns for its precise mode: the blocks it segments (Chinese characters, with
# letters, digits and a few marks between them), what it passes over whole (a line break or a
# space), and the one-character ASCII words it gathers into one.
_BLOCK = lazy(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_SKIP = lazy(r"(\r\n|\s)")
_ASCII = lazy(r"[a-zA-Z0-9]")


@lru_cache(maxsize=4096)
def cut(text: str) -> Tuple[str, ...]:
    """Words of ``text``, as jieba's precise mode without HMM cuts it (``cut(text, HMM=False)``),
    found from the index alone: jieba is not imported.  jieba's own steps: the text is split
    into blocks; each block is cut by ``han_words`` (the route of the highest product of word
    frequencies), a run of one-character ASCII words gathered into one word; between blocks,
    a line break or a space is a word, and so is every other character."""
    global _segmented
    _segmented = True
    words: List[str] = []
    for block in _BLOCK.split(text):
        if not block:
            continue
        if _BLOCK.match(block):
            ascii_run = ""
            for start, end in han_words(block):
                word = block[start:end]
                if end - start == 1 and _ASCII.match(word):
                    ascii_run += word
                    continue
                if ascii_run:
                    words.append(ascii_run)
                    ascii_run = ""
                words.append(word)
            if ascii_run:
                words.append(ascii_run)
        else:
            for part in _SKIP.split(block):
                if _SKIP.match(part):
                    words.append(part)
                else:
                    words.extend(part)
    return tuple(words)


def spans(text: str) -> List[Tuple[int, int, str]]:
    """(start, end, word) for each word of ``text``; offsets are relative to ``text``."""
    out = []
    pos = 0
    for word in cut(text):
        out.append((pos, pos + len(word), word))
        pos += len(word)
    return out


def tag(word: str) -> Optional[str]:
    """The part-of-speech tag jieba's dictionary gives ``word`` (v, n, d, p, ...), or None."""
    global _segmented
    _segmented = True
    return frequencies().tag(word)
