"""The one reading of "this text was cut off here" (checks/_cutoff.py) and the three rules that
share it: missing-section, unbalanced-bracket and paragraph-end say nothing of what a cut took."""
import pytest

from lintlaw.checks._cutoff import cut_off
from lintlaw.document import Document
from lintlaw.registry import registry
from lintlaw.runner import run_rules

_RULES = [registry().get(name) for name in ("missing-section", "unbalanced-bracket", "paragraph-end")]

_OPENING = ("××县市场监督管理局2024年度法治政府建设情况报告\n"
            "2024年，县市场监督管理局坚持以习近平法治思想为指导，扎实推进依法行政。现将有关情况报告如下：\n"
            "一、推进法治政府建设的主要举措和成效\n"
            "（一）强化学法用法。局党组理论学习中心组集中学法6次，组织执法人员旁听庭审2次。")


def findings(text):
    doc = Document.from_text(text)
    found, errors = run_rules(doc, _RULES)
    assert errors == []
    return doc, [(rule.name, doc.text[f.start:f.end]) for rule, f in found]


# Where a page's excerpt or a site's preview stops, and what the site puts after it.
CUTS = [
    "\n（二）规范执法行为。全年查办案件126件，其中简易程序案件",                  # inside a sentence
    "\n（二）规范执法行为。全年开展“双随机、一公开”抽查",                       # a word, a quote open
    "\n（二）规范执法行为。严格落实《市场监督管理行政处罚程序规定》《",             # an opening mark last
    "\n（二）规范执法行为。全年查办案件126件，其中适用简易程序...",               # a preview's dots
    "\n（二）规范执法行为。全年开展“铁拳”行动，查办案件32件。......\n预览结束，免费获取全文请扫码",
    "\n（二）规范执法行为。深入推进“证照分离”改革，落实“……\n\n剩余6页未读，继续阅读",
    "\n（二）规范执法行为。组织案卷评查（抽查案卷48卷；发现问题12个",           # a bracket over a ；
    "\n（二）",                                                                 # a heading's number alone
    "\n（二）规范执法行为",                                                       # a sub-heading last
]


@pytest.mark.parametrize("ending", CUTS)
def test_a_cut_text_is_read_as_cut(ending):
    doc = Document.from_text(_OPENING + ending)
    assert cut_off(doc) is not None


@pytest.mark.parametrize("ending", CUTS)
def test_what_a_cut_took_is_no_finding(ending):
    assert findings(_OPENING + ending)[1] == []


def test_the_cut_ends_before_the_dots_a_site_put_there():
    doc = Document.from_text(_OPENING + "\n（二）规范执法行为。全年查办案件126件，其中适用简易程序......")
    cut = cut_off(doc)
    assert doc.text[cut.end - 4:cut.end] == "简易程序"


def test_a_cut_at_the_first_heading_is_no_report_without_parts():
    # the page stops on the first part's heading: nothing of the report's body was saved
    head = _OPENING.split("\n一、")[0]
    assert findings(head + "\n一、推进法治政府建设的主要举措和成效")[1] == []


@pytest.mark.parametrize("ending", [
    "\n（二）规范执法行为。全年查办案件126件。\n××县市场监督管理局\n2025年1月20日",   # signed and dated
    "\n二、存在的不足和原因\n基层执法力量不足。",                                     # a sentence ended
    "\n二、存在的不足和原因",                                                        # a top-level heading
])
def test_a_text_that_ends_as_a_whole_report_may_is_not_cut(ending):
    doc = Document.from_text(_OPENING + ending)
    assert cut_off(doc) is None
    assert any(rule == "missing-section" for rule, _ in findings(_OPENING + ending)[1])


def test_a_text_of_one_paragraph_is_given_whole():
    assert cut_off(Document.from_text("全年查办案件126件，其中适用简易程序案件")) is None


def test_a_site_list_after_a_whole_text_says_nothing_of_a_cut():
    doc = Document.from_text(_OPENING + "\n二、存在的不足和原因\n基层执法力量不足。\n\n法治政府建设报告的相关文章")
    assert cut_off(doc) is None


def test_unpaired_marks_before_the_cut_paragraph_are_still_reported():
    text = _OPENING + "\n全年开展“放心消费进社区活动12场。\n（二）规范执法行为。全年查办案件126件，其中简易程序"
    assert findings(text)[1] == [("unbalanced-bracket", "“")]


def test_a_paragraph_before_the_cut_still_needs_its_stop():
    text = _OPENING + "\n全年受理消费者投诉举报1260件，为消费者挽回经济损失86.5万元，按时办结率达到100%\n（二）规范执法行为。全年查办案件126件，其中简易程序"
    assert [rule for rule, _ in findings(text)[1]] == ["paragraph-end"]


def test_a_mark_left_open_before_a_sentence_that_ended_is_reported_in_the_cut_paragraph_too():
    text = _OPENING + "\n（二）规范执法行为。深入开展“铁拳行动，查办案件32件。全年开展专项检查12次，其中联合检查"
    assert findings(text)[1] == [("unbalanced-bracket", "“")]


# A page's text copied in part as one long paragraph (a search excerpt): its last sentence stops where
# the copy did; a sentence or two given alone is no excerpt and keeps its checks.
_EXCERPT = ("2023年，我局全面推行行政审批制度改革，实现提速提效。实施登记表备案和“零土地”技改项目备案改革，"
            "在经济开发区开展“规划环评+环境标准”改革试点。进一步梳理完善“权力清单”，推行“负面清单”制度和豁免审批、"
            "模拟审批机制，不断提升审批质量和效率。全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，"
            "全年共办理行政处罚案件326件，罚没款合计185.6万元，行政执法案卷评查合格率达到98%以上。全年开展“双随机")


def test_a_long_one_paragraph_excerpt_is_cut_where_it_stops():
    doc, found = findings(_EXCERPT)
    assert cut_off(doc) is not None
    assert found == []


def test_a_sentence_alone_is_no_excerpt():
    doc, found = findings("全年开展“双随机、一公开”抽查，共查办案件126件，其中简易程序案件")
    assert cut_off(doc) is None
    assert [name for name, _ in found] == ["paragraph-end"]
