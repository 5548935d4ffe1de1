"""Text written twice: a paragraph or a block of them pasted again, a near copy, a repeated sentence.

duplicate-paragraph reports the blocks found by ``_copies.analyse``;
repeated-sentence reports a clause written twice in a row and a sentence
repeated elsewhere, leaving out what duplicate-paragraph already reports.
"""
from __future__ import annotations

import bisect
from collections import Counter
from typing import Dict, Iterator, List, Sequence, Tuple

from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg, Related
from lintlaw.registry import rule

from ._copies import RECURRING, Block, analyse, normalize

_TRAILING = "，。！？；：、…—" + "”’」』》）】〕\"' \t\u3000"
# A sentence repeated elsewhere: at least MIN_SENTENCE characters; a clause
# repeated in a row: at least MIN_ROW ("一是，一是" is not worth a finding).
MIN_SENTENCE = 15
MIN_ROW = 4


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
            written = doc.text[first.start:first_core]
            # A long clause is named by its start in the message; the span shows it all.
            shown = written if len(written) <= 24 else written[:20] + "…"
            # Deleting is certain when the copies are typed alike and the mark that
            # survives (the last copy's) could stand where the first copy's stood.
            separator = "".join(folded[first_core:first.end].split())
            identical = all(
                doc.text[c.start:_core_end(folded, c.start, c.end)] == written for c in clauses[i + 1:run_end]
            ) and separator in ("，", "".join(folded[last_core:last.end].split()))
            times_zh = "两遍" if copies == 1 else f"{copies + 1}遍"
            times_en = "twice" if copies == 1 else f"{copies + 1} times"
            yield Finding(
                clauses[i + 1].start, last_core,
                Msg(f"“{shown}”连续写了{times_zh}", f"“{shown}” is written {times_en} in a row"),
                help=Msg(f"删去重复的“{shown}”", f"delete the repeated “{shown}”"),
                related=(Related(first.start, first_core, Msg("首次出现在这里", "first written here")),),
                fix=Fix((Edit(first_core, last_core, ""),), safe=identical,
                        description=Msg(f"删去重复的“{shown}”", f"delete the repeated “{shown}”")),
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
    kinds = analysis.kinds
    eligible: List[Tuple[str, int, int]] = []
    for sentence in doc.sentences:
        if sentence.paragraph in analysis.copied or kinds[sentence.paragraph] != "body":
            continue
        key = normalize(sentence.folded)
        if len(key) >= MIN_SENTENCE:
            eligible.append((key, sentence.start, sentence.end))
    counts = Counter(key for key, _, _ in eligible)
    first_seen: Dict[str, Tuple[int, int]] = {}
    for key, start, end_ in eligible:
        if counts[key] >= RECURRING:
            continue  # a refrain or a page's running header, not a paste
        earlier = first_seen.get(key)
        if earlier is None:
            first_seen[key] = (start, end_)
            continue
        end = _core_end(doc.folded, start, end_)
        if _within_one(in_row, in_row_starts, earlier[0], end):
            continue  # the same words written twice in a row: reported above
        yield Finding(
            start, end,
            Msg("这句话在前文已经出现过", "this sentence already appears earlier"),
            help=Msg("删去重复的句子，或改写其中一处", "delete the repeated sentence or reword one of the two"),
            related=(Related(earlier[0], earlier[1], Msg("首次出现在这里", "first written here")),),
        )


def _within_one(spans: Sequence[Tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Does one of the (sorted, disjoint) spans hold all of start..end?"""
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and spans[index][1] >= end
