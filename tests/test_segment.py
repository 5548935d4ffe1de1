"""segment serves jieba's dictionary from an index file: the words must be jieba's own.

The reference is jieba's Tokenizer with its whole prefix dictionary loaded the
usual way; every Chinese stretch of the seed reports is cut by both.
"""
import glob
import json
import logging
import os
import re
import subprocess
import sys

import pytest

from lintlaw import segment

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


@pytest.fixture(scope="module")
def full_jieba():
    # jieba itself, the reference; jieba._compat imports pkg_resources (deprecated, slow)
    # only to open its own data files, and falls back to plain open() when it is missing.
    block = "pkg_resources" not in sys.modules
    if block:
        sys.modules["pkg_resources"] = None
    try:
        import jieba
    finally:
        if block and sys.modules.get("pkg_resources", 0) is None:
            del sys.modules["pkg_resources"]
    jieba.setLogLevel(logging.WARNING)

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return jieba, tokenizer


def _dict_tags(jieba):
    path = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    tags = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


def test_cut_equals_jieba_with_its_whole_dictionary_on_every_seed_report(full_jieba):
    _, tokenizer = full_jieba
    runs = set()
    for path in glob.glob(os.path.join(ROOT, "seeds", "*.txt")):
        with open(path, encoding="utf-8") as f:
            runs.update(_HAN_RUN.findall(f.read()))
    runs.update(["区城管委作为作为五个执法部门之一", "晋城市城市管理局", "纳入我局局年度重点工作", "AT&T和B超"])
    assert len(runs) > 500
    for run in sorted(runs):
        assert segment.cut(run) == tuple(tokenizer.cut(run, HMM=False)), run


def test_cut_equals_jieba_on_whole_lines_with_figures_letters_and_spaces(full_jieba):
    # jieba's blocks: letters, digits and a few marks inside a block of Chinese characters,
    # a run of one-letter words gathered, a space or a line break a word, a mark a word.
    _, tokenizer = full_jieba
    lines = set()
    for path in glob.glob(os.path.join(ROOT, "seeds", "*.txt")):
        with open(path, encoding="utf-8") as f:
            lines.update(f.read().split("\n"))
    lines.update(["AT&T和B超 2023年 abc d", "a b  c\r\nd\t中文", "x.y_z%1-2#3+4&5", "ｅ政务、Ｗｉ－Ｆｉ覆盖",
                  "H7N9疫情和COVID-19", "i5处理器", "abc中def", "〇一二三", "第1号令（2023）", "  ", "", "\r\n\r\n"])
    for line in sorted(lines):
        assert segment.cut(line) == tuple(tokenizer.cut(line, HMM=False)), line


def test_han_words_cut_as_jieba_cuts_without_importing_it(full_jieba):
    # The wording rules cut short windows of Chinese characters this way (no jieba import).
    _, tokenizer = full_jieba
    runs = set()
    for path in glob.glob(os.path.join(ROOT, "seeds", "*.txt")):
        with open(path, encoding="utf-8") as f:
            runs.update(re.findall(r"[\u4e00-\u9fd5]+", f.read()))
    runs.update(["按股分红", "大火伴随强风", "区城管委作为作为五个执法部门之一", "龘"])
    for run in sorted(runs):
        assert tuple(run[a:b] for a, b in segment.han_words(run)) == tuple(tokenizer.cut(run, HMM=False)), run
    assert segment.han_words("") == []


def test_tags_are_those_of_the_dictionary(full_jieba):
    jieba, _ = full_jieba
    tags = _dict_tags(jieba)
    for word in ["作为", "进一步", "加强", "的", "我局", "组织", "宣传周", "依法行政", "常常"]:
        assert segment.tag(word) == tags.get(word), word
    assert segment.tag("作为作") is None  # only a prefix of a word
    assert segment.tag("龘龘龘") is None  # not in the dictionary at all


_PROBE = (
    "import json, sys\n"
    "from lintlaw import segment\n"
    "words = segment.cut('区城管委作为作为五个执法部门之一')\n"
    "print(json.dumps({'words': list(words), 'tag': segment.tag('作为'),"
    " 'pkg_resources': 'pkg_resources' in sys.modules, 'jieba': 'jieba' in sys.modules}))\n"
)


def _probe(cache):
    env = dict(os.environ, LINTLAW_CACHE_DIR=str(cache))
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                          cwd=ROOT, env=env, check=True)
    return json.loads(proc.stdout)


def test_index_is_built_once_in_the_cache_dir_and_rebuilt_when_damaged(tmp_path):
    cache = tmp_path / "cache"
    first = _probe(cache)
    assert first["words"] == ["区", "城", "管委", "作为", "作为", "五个", "执法", "部门", "之一"]
    assert first["tag"] == "v"
    assert first["pkg_resources"] is False
    assert first["jieba"] is False  # segmenting needs the dictionary's index, not jieba
    (index,) = list(cache.glob("*.idx"))
    stamp = index.stat().st_mtime_ns
    assert _probe(cache) == first
    assert index.stat().st_mtime_ns == stamp  # read, not rebuilt
    index.write_bytes(index.read_bytes()[:1000])  # a damaged file
    assert _probe(cache) == first
    assert index.stat().st_size > 1000


def test_a_cache_dir_that_cannot_be_written_still_segments(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    result = _probe(blocked / "cache")
    assert result["words"][3:5] == ["作为", "作为"]


# -- the cache keeps one index per dictionary (issue 12): each new installation of jieba
# -- (a new virtualenv, a reinstall) used to add 6.5 MB and nothing was ever removed.

_DICT = "作为 100 v\n执法 50 vn\n部门 40 n\n"


def _installation(root, name, text=_DICT):
    """A jieba installation as _load_index sees one: its dictionary's path, and jieba's version."""
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "dict.txt").write_text(text, encoding="utf-8")
    return str(folder / "dict.txt"), "0.42.1"


def test_installations_of_one_dictionary_share_one_index(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("LINTLAW_CACHE_DIR", str(cache))
    for k in range(20):
        index = segment._load_index(_installation(tmp_path, f"venv{k}"))
        assert index.freq("作为") == 100 and index.freq("执") == 0 and index.freq("龘") is None
    assert len(list(cache.glob("*.idx"))) == 1
    assert len(list(cache.iterdir())) <= 2  # the index, and what tells installations to it


def test_old_indexes_are_pruned_and_each_dictionary_keeps_its_own(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("LINTLAW_CACHE_DIR", str(cache))
    legacy = cache / "jieba-0.42.1-5071852-1796271688749237089-little.idx"  # named as before
    legacy.write_bytes(b"x" * 100)
    (cache / "unrelated.txt").write_text("not ours")
    first = segment._load_index(_installation(tmp_path, "a"))
    other = segment._load_index(_installation(tmp_path, "b", _DICT + "依法 30 d\n"))
    assert first.freq("依法") is None and other.freq("依法") == 30
    assert not legacy.exists() and (cache / "unrelated.txt").exists()
    assert len(list(cache.glob("*.idx"))) == 2
    # A dictionary no installation has used for a long time goes.
    for k in range(segment.KEEP_INSTALLATIONS):
        segment._load_index(_installation(tmp_path, f"c{k}", _DICT + "依法 30 d\n"))
    assert len(list(cache.glob("*.idx"))) == 1
    assert segment._load_index(_installation(tmp_path, "d")).freq("作为") == 100  # rebuilt when needed
