"""Text written twice: a paragraph or a block of them pasted again, a near copy, a repeated sentence.

One analysis decides which paragraphs are copies of earlier ones (``analyse``);
duplicate-paragraph reports it, and repeated-sentence reads it so that a pasted
block is reported once, as a block, and not again sentence by sentence.

Everything is keyed on normalized text (punctuation, spaces and width removed)
and found by hashing: exact copies by a dictionary of keys, near copies by a
small sketch of character trigrams whose matches are then verified with a
bounded edit distance.  No pair of paragraphs is ever compared blindly.
"""
from __future__ import annotations

import bisect
import re
import weakref
import zlib
from dataclasses import dataclass
from typing import Dict, FrozenSet, Iterator, List, Optional, Sequence, Tuple

from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg, Related
from lintlaw.registry import rule

# Punctuation, spaces and the width they were typed in do not make a paragraph different.
_NON_WORD = re.compile(r"[\W_]+")
# Figures (and Chinese numerals) masked out: two paragraphs that differ only in
# their figures report two different things (January's meeting, July's meeting).
_FIGURES = re.compile(r"[0-9.〇零一二三四五六七八九十百千万亿两]+")
# A link list of a web page: its titles are cut to one width, so different
# links print as the same line.  web-residue reports the list; it is not a paste.
_BULLET = re.compile(r"[-*·•・▪‧∙]")
_TRAILING = "，。！？；：、…—" + "”’」』》）】〕\"' \t\u3000"

# A paragraph alone is a copy worth reporting when it says something (a body
# paragraph of MIN_BODY characters), or when it repeats the line right above it
# (MIN_ADJACENT: "发布时间:2019-01-24" typed twice, not "无。").  Headings such
# as "（一）基本情况" recur under different parents and are reported only inside
# a repeated block.
MIN_BODY = 15
MIN_ADJACENT = 6
# Near copies: paragraphs of at least MIN_NEAR characters that differ by a few.
MIN_NEAR = 30
# Sketch of a paragraph for finding near copies: the SKETCH smallest trigram
# hashes of its first and last SKETCH_SPAN characters.
SKETCH = 8
SKETCH_SPAN = 64
BUCKET_CAP = 32
# Earlier copies of a key tried as the start of a block: the first and the latest few.
TRIES = 4
NEAR_TRIES = 3
# A sentence repeated elsewhere: at least MIN_SENTENCE characters; a clause
# repeated in a row: at least MIN_ROW ("一是，一是" is not worth a finding).
MIN_SENTENCE = 15
MIN_ROW = 4


def normalize(text: str) -> str:
    """The words of ``text``: no punctuation, no spaces, Latin letters lower-cased."""
    return _NON_WORD.sub("", text).lower()


def allowed_edits(length: int) -> int:
    """How many characters a near copy of a ``length``-character paragraph may differ by."""
    return max(2, min(10, length // 15))


def _common_prefix(a: str, b: str) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search with slice comparison: C speed even for long paragraphs
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def edit_distance_within(a: str, b: str, limit: int) -> Optional[int]:
    """Levenshtein distance of ``a`` and ``b`` if it is at most ``limit``, else None.

    Common ends are cut first (near copies differ in a few places), then a DP
    restricted to the diagonal band of width 2*limit+1: O(len * limit).
    """
    if abs(len(a) - len(b)) > limit:
        return None
    head = _common_prefix(a, b)
    a, b = a[head:], b[head:]
    tail = _common_prefix(a[::-1], b[::-1])
    if tail:
        a, b = a[:-tail], b[:-tail]
    n, m = len(a), len(b)
    if n == 0 or m == 0:
        return max(n, m) if max(n, m) <= limit else None
    over = limit + 1
    width = 2 * limit + 1
    # Row i holds columns j = i - limit + k for k in range(width).
    prev = [over] * width
    for k in range(limit, width):
        j = k - limit
        prev[k] = j if j <= m else over
    for i in range(1, n + 1):
        cur = [over] * width
        ch = a[i - 1]
        best = over
        for k in range(width):
            j = i - limit + k
            if j < 0 or j > m:
                continue
            if j == 0:
                value = i
            else:
                value = prev[k] + (ch != b[j - 1])  # substitution or match, from (i-1, j-1)
                if k + 1 < width and prev[k + 1] + 1 < value:
                    value = prev[k + 1] + 1  # from (i-1, j)
                if k > 0 and cur[k - 1] + 1 < value:
                    value = cur[k - 1] + 1  # from (i, j-1)
            cur[k] = value if value < over else over
            if cur[k] < best:
                best = cur[k]
        if best > limit:
            return None
        prev = cur
    result = prev[m - n + limit]
    return result if result <= limit else None


def _sketch(key: str) -> Tuple[int, ...]:
    text = key if len(key) <= 2 * SKETCH_SPAN else key[:SKETCH_SPAN] + key[-SKETCH_SPAN:]
    # Trigrams as 12-byte slices of UTF-32 (slicing bytes is cheap), hashed with
    # crc32, not hash(): the same document must give the same findings on every run.
    data = text.encode("utf-32-le")
    grams = {data[i:i + 12] for i in range(0, len(data) - 8, 4)}
    return tuple(sorted(map(zlib.crc32, grams))[:SKETCH])


@dataclass(frozen=True)
class Block:
    """Paragraphs ``first..last`` (indices, inclusive) repeat ``orig_first..orig_last``."""

    first: int
    last: int
    orig_first: int
    orig_last: int
    distance: int  # characters changed across the block (0: an exact copy)


@dataclass(frozen=True)
class Analysis:
    keys: Tuple[str, ...]
    kinds: Tuple[str, ...]  # "body", "heading" (a heading alone on its line) or "bullet"
    blocks: Tuple[Block, ...]
    copied: FrozenSet[int]  # indices of paragraphs inside a reported block


_CACHE: "weakref.WeakKeyDictionary[Document, Analysis]" = weakref.WeakKeyDictionary()


def analyse(doc: Document) -> Analysis:
    """Which paragraphs repeat earlier ones (computed once per document)."""
    found = _CACHE.get(doc)
    if found is None:
        found = _Finder(doc).run()
        _CACHE[doc] = found
    return found


class _Finder:
    def __init__(self, doc: Document):
        self.paras = doc.paragraphs
        headings = doc.heading_at_paragraph
        keys: List[str] = []
        kinds: List[str] = []
        for para in self.paras:
            key = normalize(para.folded)
            # A line of punctuation only ("……", "——") is keyed on itself.
            keys.append(key or "\0" + "".join(para.folded.split()))
            heading = headings.get(para.index)
            if _BULLET.match(para.folded):
                kinds.append("bullet")
            elif heading is not None and heading.standalone:
                kinds.append("heading")
            else:
                kinds.append("body")
        self.keys = keys
        self.kinds = kinds
        self.near_ok = [kinds[i] == "body" and len(keys[i]) >= MIN_NEAR for i in range(len(keys))]
        self.sketches: Dict[int, Tuple[int, ...]] = {}
        self.occurrences: Dict[str, List[int]] = {}
        self.buckets: Dict[int, List[int]] = {}
        self.indexed = 0

    # -- indexes of earlier paragraphs ------------------------------------
    def _index_before(self, stop: int) -> None:
        for i in range(self.indexed, stop):
            seen = self.occurrences.setdefault(self.keys[i], [])
            seen.append(i)
            if len(seen) > TRIES + 1:
                del seen[1]  # keep the first and the latest few
            if self.near_ok[i]:
                for value in self._sketch_of(i):
                    bucket = self.buckets.setdefault(value, [])
                    bucket.append(i)
                    if len(bucket) > BUCKET_CAP:
                        del bucket[0]
        self.indexed = max(self.indexed, stop)

    def _sketch_of(self, i: int) -> Tuple[int, ...]:
        sketch = self.sketches.get(i)
        if sketch is None:
            sketch = self.sketches[i] = _sketch(self.keys[i])
        return sketch

    def _near_candidates(self, j: int) -> List[int]:
        votes: Dict[int, int] = {}
        for value in self._sketch_of(j):
            for i in self.buckets.get(value, ()):
                votes[i] = votes.get(i, 0) + 1
        # Two shared sketch values: similar enough to be worth the exact check.
        likely = [i for i, count in votes.items() if count >= 2]
        likely.sort(key=lambda i: (-votes[i], i))
        return likely[:NEAR_TRIES]

    # -- matching ----------------------------------------------------------
    def _match(self, a: int, b: int) -> Optional[int]:
        """0 when paragraphs a and b are the same text, the edit count of a near copy, else None."""
        ka, kb = self.keys[a], self.keys[b]
        if ka == kb:
            return 0
        if not (self.near_ok[a] and self.near_ok[b]):
            return None
        distance = edit_distance_within(ka, kb, allowed_edits(min(len(ka), len(kb))))
        if distance is None or _FIGURES.sub("0", ka) == _FIGURES.sub("0", kb):
            return None  # too different; or only the figures differ: two records, not a copy
        return distance

    def _extend(self, orig: int, j: int) -> Tuple[int, int]:
        """Length and edit count of the run of paragraphs from j that repeats those from orig."""
        n = len(self.paras)
        period = j - orig
        length = distance = 0
        while j + length < n:
            # A block pasted right after itself, or pasted three times, keeps
            # repeating the original: the source wraps around to its start.
            source = orig + length if orig + length < j else orig + length % period
            found = self._match(source, j + length)
            if found is None:
                break
            distance += found
            length += 1
        return length, distance

    def _qualifies(self, orig: int, j: int, length: int) -> bool:
        content = [i for i in range(j, j + length) if self.kinds[i] != "bullet"]
        if orig + length >= j:  # the copy follows its original directly
            return sum(len(self.keys[i]) for i in content) >= MIN_ADJACENT
        return any(self.kinds[i] == "body" and len(self.keys[i]) >= MIN_BODY for i in content)

    def run(self) -> Analysis:
        n = len(self.paras)
        blocks: List[Block] = []
        j = 0
        while j < n:
            self._index_before(j)
            candidates = self.occurrences.get(self.keys[j])
            if not candidates and self.near_ok[j]:
                candidates = self._near_candidates(j)
            best: Optional[Tuple[int, int, int]] = None
            for orig in candidates or ():
                length, distance = self._extend(orig, j)
                if length and (best is None or (length, -distance) > (best[1], -best[2])):
                    best = (orig, length, distance)
            if best is None:
                j += 1
                continue
            orig, length, distance = best
            if self._qualifies(orig, j, length):
                orig_last = orig + length - 1 if orig + length <= j else j - 1
                blocks.append(Block(j, j + length - 1, orig, orig_last, distance))
            # A run that is not worth reporting is skipped whole: its tail would
            # only give shorter runs of the same lines (and quadratic work).
            j += length
        copied = frozenset(i for block in blocks for i in range(block.first, block.last + 1))
        return Analysis(tuple(self.keys), tuple(self.kinds), tuple(blocks), copied)


# -- duplicate-paragraph ------------------------------------------------------

def _delete_lines(doc: Document, first_line: int, last_line: int) -> Edit:
    """An edit removing whole lines first_line..last_line (0-based) with their line breaks."""
    start = doc.line_starts[first_line]
    if last_line + 1 < len(doc.line_starts):
        end = doc.line_starts[last_line + 1]
    else:
        end = len(doc.text)
        if start > 0:
            start -= 1  # the last line of the file: take the break before it instead
    return Edit(start, end, "")


def _block_finding(doc: Document, block: Block) -> Finding:
    paras = doc.paragraphs
    first, last = paras[block.first], paras[block.last]
    orig_first, orig_last = paras[block.orig_first], paras[block.orig_last]
    count = block.last - block.first + 1
    orig_line, orig_end_line = orig_first.line + 1, orig_last.line + 1
    if count == 1:
        where_zh, where_en = f"第{orig_line}行", f"line {orig_line}"
    else:
        where_zh, where_en = f"第{orig_line}—{orig_end_line}行", f"lines {orig_line}-{orig_end_line}"
    if block.distance:
        what = Msg(
            f"这一段与{where_zh}几乎相同（只差{block.distance}个字）" if count == 1 else
            f"这{count}个段落与{where_zh}几乎相同（只差{block.distance}个字）",
            f"this paragraph nearly repeats {where_en} ({block.distance} characters differ)" if count == 1 else
            f"these {count} paragraphs nearly repeat {where_en} ({block.distance} characters differ)",
        )
        help_ = Msg("核对两处的差异，保留正确的一处，删去另一处",
                    "compare the two, keep the right one and delete the other")
        return Finding(first.start, last.end, what, help=help_, severity="warning",
                       related=(Related(orig_first.start, orig_last.end, Msg("相近的段落在这里", "the similar text")),))
    what = Msg(
        f"这一段重复了{where_zh}" if count == 1 else f"这{count}个段落重复了{where_zh}（整段重复粘贴）",
        f"this paragraph repeats {where_en}" if count == 1 else
        f"these {count} paragraphs repeat {where_en} (a block pasted twice)",
    )
    help_ = Msg("删去重复的段落" if count == 1 else f"删去重复粘贴的这{count}个段落",
                "delete the repeated paragraph" if count == 1 else f"delete the {count} repeated paragraphs")
    fix = Fix((_delete_lines(doc, first.line, last.line),), safe=False,
              description=Msg("删去重复的段落", "delete the repeated paragraphs"))
    return Finding(first.start, last.end, what, help=help_, fix=fix,
                   related=(Related(orig_first.start, orig_last.end, Msg("首次出现在这里", "first written here")),))


@rule(
    code="LL201",
    name="duplicate-paragraph",
    severity="error",
    summary="段落重复：同一段落（或连续几段）出现两次，或两段几乎相同",
    summary_en="A paragraph, or a block of them, written twice, exactly or nearly",
    why=(
        "公文校对要求小标题和内容不重复（PR-005）；同一段落出现两次几乎都是复制粘贴的失误，"
        "发布前必须删去，故为错误。比较时不计标点、空格和全半角；只差几个字的段落（30字以上）"
        "作为警告报告，因为可能是有意的改写。连续重复的一整块只报告一次。"
    ),
    why_en=(
        "Proofreading practice for official documents (PR-005): text must not repeat. A paragraph "
        "written twice is almost always a copy-paste slip that must be removed before publication, "
        "hence an error. Punctuation, spaces and width are ignored; paragraphs of 30+ characters "
        "that differ by a few characters are warnings, since a rewrite may be deliberate. A block "
        "pasted twice is one finding."
    ),
    bad=[
        "一、加强组织领导\n区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。\n"
        "二、加大普法宣传\n区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。",
        "发布时间：2019-01-24 15:52 浏览次数：次\n发布时间：2019-01-24 15:52 浏览次数：次\n"
        "“七五”普法实施以来，区城管委结合工作实际，不断提升城管法治水平。",
        "一、加强组织领导，全面落实责任\n1、成立组织。区城管委高度重视普法工作，成立了普法工作领导小组。\n"
        "2、明确任务。定期召开党组工作会议，分析研判普法工作开展情况。\n"
        "一、加强组织领导，全面落实责任\n1、成立组织。区城管委高度重视普法工作，成立了普法工作领导小组。\n"
        "2、明确任务。定期召开党组工作会议，分析研判普法工作开展情况。",
        "全年共办理行政复议案件6件，均在法定期限内办结，未发生被纠错的情况。\n"
        "全年共办理行政复议案件6件,均在法定期限内办结,未发生被纠错的情况。",
        "我局严格落实重大行政决策程序，对涉及群众切身利益的重大事项均组织公众参与和专家论证。\n"
        "（二）存在的不足\n执法人员业务素质有待提升。\n"
        "我局严格落实重大行政决策程序，对涉及群众切身利益的重大事项均组织了公众参与和专家论证。",
        "三、下一步工作安排\n三、下一步工作安排\n继续深化综合行政执法体制改革。",
        "2024年1月31日\n2024年1月31日",
        "深入开展“法律进社区”活动，加强社区居民法治教育，全年累计开展宣传活动32场次。\n"
        "（一）加强学习\n组织干部职工学习《中华人民共和国行政处罚法》等法律法规。\n"
        "深入开展“法律进社区”活动，加强社区居民法治教育，全年累计开展宣传活动32场次。\n"
        "（一）加强学习\n组织干部职工学习《中华人民共和国行政处罚法》等法律法规。",
    ],
    good=[
        "一、基本情况\n（一）基本情况\n我局现有干部职工120人。\n二、存在问题\n（一）基本情况\n执法力量不足。",
        "五、其他需要报告的情况\n无。\n六、其他\n无。",
        "1月，召开党组会议，专题研究部署法治政府建设工作，审议年度法治工作要点。\n"
        "7月，召开党组会议，专题研究部署法治政府建设工作，审议半年工作总结报告。",
        "3月，组织全体执法人员开展《中华人民共和国行政处罚法》专题培训，参训120人次。\n"
        "9月，组织全体执法人员开展《中华人民共和国行政处罚法》专题培训，参训135人次。",
        "一、2023年度推进法治政府建设的主要举措和成效\n二、2023年度推进法治政府建设存在的不足和原因",
        "- ·市委全面依法治市委员会办公室 市委宣传部 市司\n- ·市委全面依法治市委员会办公室 市委宣传部 市司",
        "（三）行政复议\n本年度无此类情况。\n（四）行政诉讼\n本年度无此类情况。",
        "严格落实行政执法公示制度，全年公示行政处罚信息238条。\n"
        "严格落实行政执法全过程记录制度，全年配备执法记录仪120台。",
    ],
    fixable="unsafe",
)
def duplicate_paragraph(doc: Document) -> Iterator[Finding]:
    for block in analyse(doc).blocks:
        yield _block_finding(doc, block)


# -- repeated-sentence --------------------------------------------------------

def _core_end(text: str, start: int, end: int) -> int:
    """End of a clause without its closing punctuation and spaces."""
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end


def _in_a_row(doc: Document) -> Iterator[Finding]:
    """A clause written twice (or more) in a row: “积极贯彻习近平法治思想，积极贯彻习近平法治思想，”."""
    clauses = doc.clauses
    sentences = doc.sentences
    folded = doc.folded
    # Compared as typed (spaces and width aside): "一、" and "（一）" are different clauses.
    keys = ["".join(folded[c.start:_core_end(folded, c.start, c.end)].split()) for c in clauses]
    i = 0
    while i < len(clauses):
        para = sentences[clauses[i].sentence].paragraph
        run_end = i + 1
        while (run_end < len(clauses) and keys[run_end] == keys[i]
               and sentences[clauses[run_end].sentence].paragraph == para):
            run_end += 1
        if run_end - i > 1 and len(normalize(keys[i])) >= MIN_ROW:
            first, last = clauses[i], clauses[run_end - 1]
            first_core = _core_end(folded, first.start, first.end)
            last_core = _core_end(folded, last.start, last.end)
            copies = run_end - i - 1
            shown = doc.text[first.start:first_core]
            identical = all(
                doc.text[c.start:_core_end(folded, c.start, c.end)] == shown for c in clauses[i + 1:run_end]
            )
            yield Finding(
                clauses[i + 1].start, last_core,
                Msg(f"“{shown}”连续写了{copies + 1}遍", f"{shown!r} is written {copies + 1} times in a row"),
                help=Msg(f"删去重复的“{shown}”", f"delete the repeated {shown!r}"),
                related=(Related(first.start, first_core, Msg("第一次在这里", "first written here")),),
                fix=Fix((Edit(first_core, last_core, ""),), safe=identical,
                        description=Msg(f"删去重复的“{shown}”", f"delete the repeated {shown!r}")),
            )
        i = run_end


@rule(
    code="LL202",
    name="repeated-sentence",
    severity="warning",
    summary="句子重复：同一分句连写两遍，或同一句话在文中出现两次",
    summary_en="A clause written twice in a row, or a sentence repeated elsewhere in the document",
    why=(
        "公文校对：同一句话或其近似句不应出现两次（PR-005）。连写两遍的分句是输入或粘贴失误；"
        "相隔出现的长句（15字以上）多为复制粘贴。“一是”“现将有关情况报告如下”等短套语不报告；"
        "已作为重复段落报告的文字不再逐句报告。"
    ),
    why_en=(
        "Proofreading practice (PR-005): the same sentence should not appear twice. A clause written "
        "twice in a row is a typing or pasting slip; a long sentence (15+ characters) that recurs "
        "elsewhere is usually pasted. Short formulas (一是, 现将有关情况报告如下) are not reported, and "
        "text already reported as a duplicated paragraph is not reported again sentence by sentence."
    ),
    bad=[
        "二是加强执法人员法律知识培训。积极贯彻习近平法治思想,积极贯彻习近平法治思想,一年来，组织干部职工参加培训12次。",
        "严格落实行政执法三项制度，严格落实行政执法三项制度。",
        "我局始终坚持把法治政府建设摆在全局工作的突出位置。\n（二）强化执法监督\n"
        "开展行政执法案卷评查。我局始终坚持把法治政府建设摆在全局工作的突出位置。",
        "全年共受理行政复议案件6件，均在法定期限内办结。同时，加强行政应诉工作。全年共受理行政复议案件6件，均在法定期限内办结。",
        "加强普法宣传，加强普法宣传，加强普法宣传，营造良好法治氛围。",
        "（一）认识不足。部分同志对法治建设的重要性认识还不够到位。\n"
        "（二）人才缺乏。法治人才队伍力量较为薄弱；部分同志对法治建设的重要性认识还不够到位。",
        "落实“谁执法谁普法”普法责任制；落实“谁执法谁普法”普法责任制；开展法律“六进”活动。",
        "一是完善权责清单制度。认真梳理行政权力事项，及时进行动态调整优化。\n"
        "二是加强事中事后监管。认真梳理行政权力事项，及时进行动态调整优化。",
    ],
    good=[
        "一是加强学习。二是强化宣传。\n一是完善制度。二是规范执法。",
        "现将有关情况报告如下：\n一、基本情况\n现将有关情况报告如下：",
        "严格落实行政执法公示制度，严格落实行政执法全过程记录制度，严格落实重大执法决定法制审核制度。",
        "五、其他需要报告的情况\n无。\n六、其他事项\n无。",
        "区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。\n"
        "二、加大普法宣传\n区城管委高度重视普法工作，成立了以党组书记为组长的领导小组，定期研究部署普法工作。",
        "一手抓法治宣传，一手抓执法规范，两手都要硬。",
        "好，好，好。",
        "1月，召开党组会议专题研究法治工作。7月，召开党组会议专题研究法治工作。",
    ],
    fixable="safe",
)
def repeated_sentence(doc: Document) -> Iterator[Finding]:
    analysis = analyse(doc)
    in_row: List[Tuple[int, int]] = []
    for finding in _in_a_row(doc):
        in_row.append((finding.related[0].start, finding.end))
        yield finding
    in_row.sort()
    in_row_starts = [a for a, _ in in_row]
    first_seen: Dict[str, Tuple[int, int]] = {}
    kinds = analysis.kinds
    for sentence in doc.sentences:
        if sentence.paragraph in analysis.copied or kinds[sentence.paragraph] != "body":
            continue
        key = normalize(sentence.folded)
        if len(key) < MIN_SENTENCE:
            continue
        earlier = first_seen.get(key)
        if earlier is None:
            first_seen[key] = (sentence.start, sentence.end)
            continue
        end = _core_end(doc.folded, sentence.start, sentence.end)
        if _within_one(in_row, in_row_starts, earlier[0], end):
            continue  # the same words written twice in a row: reported above
        yield Finding(
            sentence.start, end,
            Msg("这句话在前文已经出现过", "this sentence already appears earlier"),
            help=Msg("删去重复的句子，或改写其中一处", "delete the repeated sentence or reword one of the two"),
            related=(Related(earlier[0], earlier[1], Msg("首次出现在这里", "first written here")),),
        )


def _within_one(spans: Sequence[Tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Does one of the (sorted, disjoint) spans hold all of start..end?"""
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and spans[index][1] >= end
