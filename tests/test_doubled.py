"""doubled-word (LL203): slips against reduplication and word boundaries that only look doubled."""
import pytest

from lintlaw.checks.doubled import doubled_word
from lintlaw.document import Document


def found_in(text):
    doc = Document.from_text(text)
    return doc, list(doubled_word(doc))


def apply(doc, fix):
    text = doc.text
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def test_seed_002_office_written_twice(seed_path):
    with open(seed_path("002"), encoding="utf-8") as f:
        doc = Document.from_text(f.read())
    found = list(doubled_word(doc))
    assert len(found) == 1
    finding = found[0]
    assert doc.position(finding.start)[0] == 14
    assert doc.text[finding.start - 2:finding.end + 2] == "我局局年度"
    assert doc.text[finding.start:finding.end] == "局"


def test_seed_004_zuowei_in_the_text_and_in_its_pasted_copy(seed_path):
    with open(seed_path("004"), encoding="utf-8") as f:
        doc = Document.from_text(f.read())
    found = list(doubled_word(doc))
    assert [doc.position(f.start)[0] for f in found] == [36, 62]
    assert all(doc.text[f.start:f.end] == "作为" for f in found)


@pytest.mark.parametrize("text,word,severity,safe", [
    ("区城管委作为作为五个执法部门之一。", "作为", "error", True),
    ("进一步进一步规范行政执法行为。", "进一步", "error", True),
    ("全面推进的的依法行政。", "的", "error", True),
    ("在在全市范围内开展专项整治。", "在", "error", True),
    ("将依法行政工作纳入我局局年度重点工作。", "局", "error", False),
    ("下一步，我们们将继续深化改革。", "们", "warning", False),
    ("组织开展宪法宣传宣传周活动。", "宣传", "warning", False),
    ("推进依法依法行政，加快建设法治政府。", "依法", "warning", False),
    ("切实维护人民群众群众的合法权益。", "群众", "warning", False),
    ("城管委城管委高度重视出庭应诉工作。", "城管委", "warning", False),
])
def test_slips(text, word, severity, safe):
    doc, found = found_in(text)
    assert len(found) == 1, found
    finding = found[0]
    assert doc.text[finding.start:finding.end] == word
    assert doc.text[finding.start - len(word):finding.start] == word  # reported at the second copy
    assert finding.severity == severity
    assert finding.fix.safe is safe
    assert finding.help.zh == f"删去重复的“{word}”"
    assert apply(doc, finding.fix) == text.replace(word + word, word, 1)


def test_three_copies_are_one_finding():
    doc, found = found_in("全面推进的的的依法行政。")
    assert len(found) == 1
    assert "3次" in found[0].message.zh
    assert apply(doc, found[0].fix) == "全面推进的依法行政。"


def test_half_width_text_around_a_slip():
    doc, found = found_in("2017年,区城管委作为作为五个执法部门之一,取得了第一名.")
    assert [doc.text[f.start:f.end] for f in found] == ["作为"]


@pytest.mark.parametrize("text", [
    # reduplication
    "常常深入基层调研，人人参与普法，天天坚持巡查。",
    "事事有回音，件件有落实，层层传导压力，处处体现法治。",
    "年年开展评议，做到家家户户知晓，一一对应梳理权责清单。",
    "认认真真学法，明明白白用法，的的确确取得实效。",
    "遇到新情况要研究研究，大家商量商量再定。",
    "看看群众满不满意，说说存在的问题，想想解决办法。",
    "杜绝问题整改不了了之，是是非非要分清。",
    "一次一次地上门走访，一户一户地排查隐患，一把把好关。",
    # boundaries that only look doubled
    "党组学习习近平法治思想。",
    "长治市市场监督管理局、晋城市城市管理局联合开展执法检查。",
    "落实《贵州省城市市容和环境卫生管理条例》和《中国共产党党员权利保障条例》。",
    "根据法律法规规章的规定，履行行政应诉职责，加强巡查查处工作。",
    "转变工作作风，将法治建设工作作为重要内容，紧紧围绕中心工作。",
    "严格执行推行行政执法公示制度，审议议题12个。",
    "宣传城市管理执法法治形象，讲解执法法律法规。",
    "本局局务会议审议通过年度要点，我局局党组书记带头讲法治课。",
    "要求各单位单位负责人参加培训。",
    "认真组织组织生活会。",
    # names
    "局长张丽丽、副局长王丹丹、科长周倩倩参加会议。",
    # a word that ends in a function word, then that word
    "现在在全市范围内推广，可以以案释法，该行为为违法行为，积极参与与配合。",
])
def test_not_slips(text):
    _, found = found_in(text)
    assert found == []


def test_an_office_after_a_word_ending_in_it():
    doc, found = found_in("将依法行政纳入本局局年度重点工作。")
    assert [(doc.text[f.start:f.end], f.severity) for f in found] == [("局", "error")]


def test_unknown_place_name_before_a_bureau():
    _, found = found_in("龙城市城市管理局组织开展执法培训。")
    assert found == []


def test_english_message():
    _, found = found_in("区城管委作为作为五个执法部门之一。")
    assert found[0].message.en == "“作为” is written twice"
    assert found[0].help.en == "delete the repeated “作为”"


@pytest.mark.parametrize("text,slip", [
    ("今年以来，江北区区扎实推进法治政府建设示范创建工作。", "区"),
    ("2023年，绵阳市市深入贯彻落实法治政府建设实施纲要。", "市"),
    ("清河镇镇认真开展矛盾纠纷排查化解工作。", "镇"),
    ("局党组坚持深入习习近平法治思想。", "习"),
])
def test_the_last_character_of_a_place_or_a_name_s_first_written_twice(text, slip):
    doc, found = found_in(text)
    assert [doc.text[f.start:f.end] for f in found] == [slip]
    assert found[0].fix is not None and not found[0].fix.safe


@pytest.mark.parametrize("text", [
    "全区区属国有企业全部建立法律顾问制度，城区区域内违法建设全部拆除。",
    "城市市容明显改善，外省省份来访人员增加，市区区划调整完成。",
    "西湖区区委常委会专题研究法治建设，朝阳市市直部门负责人集中述法。",
    "石桥镇镇村干部参加培训，凤凰镇镇政府完成合法性审查23件，江北区区纪委开展专项督查。",
    "由津市市市场监督管理局编制，这区区几个数字说明不了问题。",
    "党组理论学习中心组深入学习习近平法治思想，研习习近平总书记重要讲话精神。",
])
def test_places_and_names_followed_by_a_word_of_their_own(text):
    assert found_in(text)[1] == []
