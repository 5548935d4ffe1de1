"""The citation rules (LL7xx): their law data, its index, the configuration that extends it,
and the report's year they share with stale-year."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

from lintlaw import config
from lintlaw.checks import _laws
from lintlaw.checks._lawdata_meta import AS_OF, RECORDS
from lintlaw.checks.decrees import decree_number
from lintlaw.checks.lawtitle import law_title, near_misses
from lintlaw.checks.repealed import repealed_law
from lintlaw.checks.years import stale_year
from lintlaw.document import Document

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(os.path.dirname(REPO), "shared", "reference", "laws", "laws.jsonl")


def found(rule_, text, **settings):
    return list(rule_(Document.from_text(text, settings=settings)))


# -- the data and its index ------------------------------------------------------------------

def test_bundled_data_is_whole_and_dated():
    data = _laws.base()
    assert data.size == RECORDS == 4464 + 19  # the reference and the supplement (one of its 20 records corrects a reference record)
    assert AS_OF == "2026-12-02"
    act = data.lookup("中华人民共和国政府信息公开条例")[0]
    assert [d.number for d in act.decrees] == [492, 711]
    assert data.lookup("政府信息公开条例") == (act,)  # the short form
    assert data.lookup("中华人民共和国优化营商环境条例")[0].title == "优化营商环境条例"  # 中华人民共和国 added


@pytest.mark.skipif(not os.path.exists(REFERENCE), reason="the reference laws.jsonl is not beside the repository")
def test_build_script_reproduces_the_bundled_data(tmp_path):
    sys.path.insert(0, os.path.join(REPO, "checks", "data"))
    try:
        import build_laws
    finally:
        sys.path.pop(0)
    facts = build_laws.build(REFERENCE, out_dir=str(tmp_path), meta_path=str(tmp_path / "meta.py"))
    assert facts["as_of"] == AS_OF
    for name in ("laws.tsv", "titles.tsv", "near.tsv", "PROVENANCE.md"):
        with open(os.path.join(REPO, "checks", "data", name), encoding="utf-8") as f:
            assert (tmp_path / name).read_text(encoding="utf-8") == f.read(), name


def test_pyproject_ships_the_data_as_package_data():
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        import tomli as tomllib
    with open(os.path.join(REPO, "pyproject.toml"), "rb") as f:
        shipped = tomllib.load(f)["tool"]["setuptools"]["package-data"]["lintlaw.checks"]
    assert {"data/*.tsv", "data/PROVENANCE.md"} <= set(shipped)


@pytest.mark.parametrize("query,edit", [
    ("行政出罚法", ("sub", 2)),
    ("中华人民共和国行政处法", ("drop", 10)),
    ("中华人民共和国行政强制执法", ("add", 11)),
    ("优化营商境环条例", ("swap", 4)),
])
def test_one_edit_finds_the_known_form(query, edit):
    hits = dict(_laws.base().one_edit(query))
    assert edit in hits.values()


def test_edit_one_describes_each_kind_of_slip():
    assert _laws.edit_one("行政出罚法", "行政处罚法") == ("sub", 2)
    assert _laws.edit_one("行政罚处法", "行政处罚法") == ("swap", 2)
    assert _laws.edit_one("行政处法", "行政处罚法") == ("drop", 3)
    assert _laws.edit_one("行政处罚罚法", "行政处罚法") == ("add", 4)
    assert _laws.edit_one("行政处罚法", "行政处罚法") is None
    assert _laws.edit_one("行政复议法", "行政处罚法") is None


@pytest.mark.parametrize("title", [
    "山西省优化营商环境条例",  # another province's act
    "济宁市城市绿化条例",  # another city's (济南市 is in the data)
    "最高人民法院关于审理行政协议案件若干问题的解释（二）",  # another part
    "林业行政处罚程序规定",  # another ministry's rule (农业… is in the data)
    "上海市排水管理规定",  # a local government rule beside the local regulation
    "刑诉法",  # an abbreviation too short to judge
    "国家安全",  # a topic, not a title
])
def test_other_acts_are_no_near_misses(title):
    assert near_misses(_laws.base(), _laws.normalize(title)) == []


@pytest.mark.parametrize("title", [
    "中华人民共和国行政许可法", "政府信息公开条例", "城镇排水与污水处理条例", "中华人民共和国刑法修正案（十一）",
    "农业行政处罚程序规定", "山东省安全生产条例", "最高人民法院关于审理行政协议案件若干问题的规定", "民法典", "监察法",
])
def test_every_swap_of_two_neighbours_is_a_near_miss(title):
    """Wherever it falls: the place, the sector, the kind word, the last two characters; not
    digits or numerals (2012/2021, （十一）/（一十） are other acts)."""
    data = _laws.base()
    for at in range(len(title) - 1):
        swapped = title[:at] + title[at + 1] + title[at] + title[at + 2:]
        if swapped == title or set(title[at:at + 2]) & set("0123456789一二三四五六七八九十（）"):
            continue
        assert [form for form, _ in near_misses(data, swapped)] == [title], swapped


def test_no_two_known_titles_are_a_swap_of_each_other():
    data = _laws.base()
    forms = {line.split("\t")[0] for line in data.titles.lines}
    swapped = {f[:i] + f[i + 1] + f[i] + f[i + 2:] for f in forms for i in range(len(f) - 1) if f[i] != f[i + 1]}
    assert not forms & swapped


@pytest.mark.parametrize("written, right", [
    ("诉讼行政法", "行政诉讼法"),
    ("中华人民共和国许可行政法", "中华人民共和国行政许可法"),
    ("优化环境营商条例", "优化营商环境条例"),
    ("中华人民共和国权益消费者保护法", "中华人民共和国消费者权益保护法"),
    ("行政重大决策程序暂行条例", "重大行政决策程序暂行条例"),
])
def test_two_neighbouring_words_swapped_in_a_law_or_regulation(written, right):
    (found,) = near_misses(_laws.base(), _laws.normalize(written))
    assert found[0] == right


@pytest.mark.parametrize("title", [
    "进口药品管理办法", "药品进口管理办法",  # two ministry rules, both real
    "青岛市客运出租汽车管理条例",  # a city's act, known under the other order too
    "济南市管理城市绿化条例",  # a local title: the data holds local acts in part
    "行政诉讼",  # a topic, not a title
])
def test_words_swapped_in_ministry_and_local_titles_are_left_alone(title):
    assert near_misses(_laws.base(), _laws.normalize(title)) == []


def test_no_two_laws_or_regulations_are_a_word_swap_of_each_other():
    """Known forms of the kinds the swap is judged in: none is the other with two
    neighbouring words in the other order (the data's ministry and local titles have four
    such pairs, which is why those kinds are left alone)."""
    from lintlaw.checks.lawtitle import _NO_COUSINS, _swapped_words
    data = _laws.base()
    by_letters = {}
    for line in data.titles.lines:
        form = line.split("\t")[0]
        if any(act.kind in _NO_COUSINS for act in data.lookup(form)):
            by_letters.setdefault("".join(sorted(form)), []).append(form)
    pairs = [(a, b) for forms in by_letters.values() for a in forms for b in forms
             if a < b and _swapped_words(a, b)]
    assert pairs == []


@pytest.mark.parametrize("written, right", [
    ("法治政府建设与责任落实督查工作规定", "法治政府建设与责任落实督察工作规定"),
    ("法治政府建设与责任落实督察规定", "法治政府建设与责任落实督察工作规定"),
    ("党政主要负责人履行推进法治政府建设第一责任人职责规定", "党政主要负责人履行推进法治建设第一责任人职责规定"),
    ("党政主要负责人推进法治建设第一责任人职责规定", "党政主要负责人履行推进法治建设第一责任人职责规定"),
    ("党政主要负责人履行推进法治建设第一责任人职责的规定", "党政主要负责人履行推进法治建设第一责任人职责规定"),
    ("党政机关公文处理条例", "党政机关公文处理工作条例"),
])
def test_central_party_regulations_misquoted(written, right):
    assert [form for form, _ in near_misses(_laws.base(), written)] == [right]


@pytest.mark.parametrize("title", [
    "广东省党政主要负责人履行推进法治建设第一责任人职责实施细则",  # a province's own rules
    "党政主要负责人履行推进法治建设第一责任人职责实施办法",  # cited without the place: another kind
    "法治政府建设与责任落实督察工作实施办法",
    "推进法治建设第一责任人职责清单",
])
def test_local_rules_of_the_party_regulations_are_other_acts(title):
    assert near_misses(_laws.base(), title) == []


def test_supplement_records_are_checked_when_built():
    sys.path.insert(0, os.path.join(REPO, "checks", "data"))
    try:
        import build_laws
    finally:
        sys.path.pop(0)
    good = {"title": "某某规定", "short": [], "kind": "党内法规", "organ": "中共中央办公厅", "promulgated": "2020-01-01",
            "effective": None, "status": "有效", "repealed": None, "replaced_by": None, "decree_history": [],
            "source": "http://example.org/a", "read": "what the page says"}
    build_laws.check_supplement([good], set())
    for bad in ({k: v for k, v in good.items() if k != "read"}, dict(good, source=""), dict(good, status="废止"),
                dict(good, status="已废止"), dict(good, repealed="2021-01-01")):
        with pytest.raises(SystemExit):
            build_laws.check_supplement([bad], set())
    with pytest.raises(SystemExit, match="holds it now"):
        build_laws.check_supplement([good], {"某某规定"})
    # a record that corrects the reference's names an act the reference holds, and changes only
    # its status, repeal and successor
    amends = dict(good, amends=True, status="已废止", repealed="2022-05-01", replaced_by="某某工作规定", kind="x")
    build_laws.check_supplement([amends], {"某某规定"})
    with pytest.raises(SystemExit, match="does not hold"):
        build_laws.check_supplement([amends], set())
    held = {"title": "某某规定", "kind": "行政法规", "status": "有效", "repealed": None, "replaced_by": None}
    (fixed,) = build_laws._amended([held], [amends])
    assert (fixed["kind"], fixed["status"], fixed["repealed"], fixed["replaced_by"]) == \
        ("行政法规", "已废止", "2022-05-01", "某某工作规定")


def test_sorted_lines_find_keys_that_prefix_others():
    table = _laws.SortedLines(sorted(["行政处罚法\t1", "行政处罚法实施条例\t2", "行政复议法\t3"]))
    assert table.get("行政处罚法") == "1"
    assert table.get("行政处罚法实施条例") == "2"
    assert table.get("行政处罚") is None and table.get("行政复议法实施条例") is None


def test_place_prefix():
    assert _laws.place_prefix("山东省济南市物业管理条例") == "山东省济南市"
    assert _laws.place_prefix("广西壮族自治区优化营商环境条例") == "广西壮族自治区"
    assert _laws.place_prefix("中华人民共和国行政处罚法") == ""


def test_the_bare_names_of_repealed_codes_are_those_of_the_data():
    from lintlaw.checks import repealed
    from lintlaw.document import Document

    assert sorted(repealed.BARE_NAMES) == sorted(repealed.bare_names_in_data(Document.from_text("x")))


def test_the_data_is_read_only_when_a_title_is_cited():
    script = textwrap.dedent("""
        import sys
        from lintlaw.document import Document
        from lintlaw.registry import registry
        from lintlaw.checks import _laws
        doc = Document.from_text("全年办理行政复议案件12件，全部依法审结。")
        for rule_ in registry().rules:
            list(rule_(doc))
        print(_laws._BASE is None)
        doc = Document.from_text("依据《行政处罚法》办理案件。")
        for rule_ in registry().rules:
            list(rule_(doc))
        print(_laws._BASE is None)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "False"]


# -- the rules on report text ----------------------------------------------------------------

def test_law_title_fix_keeps_the_writers_form():
    (finding,) = found(law_title, "依据《行政出罚法》规定作出决定。")
    assert finding.fix.edits[0].replacement == "行政处罚法" and not finding.fix.safe
    (finding,) = found(law_title, "依据《中华人民共和国行政出罚法》规定作出决定。")
    assert finding.fix.edits[0].replacement == "中华人民共和国行政处罚法"


def test_repealed_law_message_names_the_date_and_successor():
    (finding,) = found(repealed_law, "2023年，依据《中华人民共和国担保法》审查合同12份。")
    assert "2021年1月1日" in finding.message.zh and "《中华人民共和国民法典》" in finding.message.zh
    assert AS_OF in finding.message.zh


def test_decree_number_fix_gives_the_acts_number():
    (finding,) = found(decree_number, "执行《重大行政决策程序暂行条例》（国务院令第731号）。")
    assert finding.fix.edits[0].replacement == "国务院令第713号"


@pytest.mark.parametrize("written, meant", [
    ("国务院令第413号", "国务院令第431号"),   # two neighbours swapped
    ("国务院令第134号", None),                # a swap that is another act's number says whose
])
def test_decree_number_with_two_digits_swapped(written, meant):
    text = f"××县司法局2020年度法治政府建设工作报告\n落实《信访条例》（{written}），畅通诉求表达渠道。"
    (finding,) = found(decree_number, text)
    if meant:
        assert "数字颠倒" in finding.message.zh and finding.fix.edits[0].replacement == meant
    else:
        assert "增值税暂行条例" in finding.message.zh


def test_decree_number_swap_of_a_later_version_is_named_as_such():
    text = "××区2023年度法治政府建设情况报告\n贯彻《中华人民共和国政府信息公开条例》（国务院令第171号）。"
    (finding,) = found(decree_number, text)
    assert "国务院令第711号" in finding.message.zh and finding.fix.edits[0].replacement == "国务院令第711号"


# Each n makes one run of the small input take tens of milliseconds, so that a loaded machine's
# jitter is small beside it; linear work gives about 4 at 4n, quadratic work 16.
@pytest.mark.parametrize("unit, n", [
    ("2023年《中华人民共和国担保法》", 400),  # titles with no stop between them: each sentence window is bounded
    ("《重大行政决策程序暂行条例》（国务院令第731号）", 800),
    ("《行政出罚法》", 1500),
    ("《《《专项》》》", 6000),
])
def test_dense_citations_cost_grows_linearly(unit, n):
    from growth import growth

    def run(text):
        doc = Document.from_text(text)
        for rule_ in (law_title, repealed_law, decree_number):
            list(rule_(doc))

    assert growth(run, lambda k: unit * k, n, repeat=5) < 10


def test_rules_are_linear_in_the_input():
    text = ("××区2023年度法治政府建设情况报告\n依据《中华人民共和国担保法》审查合同，执行《行政出罚法》，"
            "落实《优化营商环境条例》（国务院令第713号）。\n")
    for rule_ in (law_title, repealed_law, decree_number):
        assert len(found(rule_, text * 100)) == 100 * len(found(rule_, text))


# -- configuration: extra titles, extra repeals, the report's year ---------------------------

def test_extra_titles_are_known_and_their_near_misses_reported():
    settings = {"extra-titles": ("山西省禁止公共场所随地吐痰规定",)}
    assert not found(law_title, "贯彻《山西省禁止公共场所随地吐痰规定》。", **settings)
    (finding,) = found(law_title, "贯彻《山西省禁止公共场所随地吐痰的规定》。", **settings)
    assert finding.fix.edits[0].replacement == "山西省禁止公共场所随地吐痰规定"
    assert not found(law_title, "贯彻《山西省禁止公共场所随地吐痰的规定》。")


def test_extra_repeals_mark_acts_repealed():
    # an act the data holds in force, repealed by the user's configuration (a made-up repeal)
    settings = {"extra-repeals": {"人民调解委员会组织条例": {"repealed": "2022-05-01", "replaced-by": "人民调解工作条例"}}}
    text = "××区2023年度法治政府建设情况报告\n依据《人民调解委员会组织条例》（国务院令第37号）指导调解工作。"
    (finding,) = found(repealed_law, text, **settings)
    assert "《人民调解工作条例》" in finding.message.zh
    assert not found(repealed_law, text)
    assert not found(decree_number, text, **settings)  # the number is still the act's


@pytest.mark.parametrize("opening, year", [
    ("2023年，我局在区委区政府的坚强领导下，深入学习贯彻习近平法治思想，扎实推进法治政府建设。", 2023),
    ("2022年度，县市场监管局坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政。", 2022),
    ("2025年是“十四五”规划收官之年。区司法局紧紧围绕中心工作，扎实推进各项工作。", 2025),
    ("2021年以来，我镇认真落实上级关于法治建设的各项部署。", 2021),
    # the year as the occasion of the work, whatever event names it
    ("在2022年党的二十大胜利召开之际，市统计局坚持依法统计，扎实推进法治机关建设。", 2022),
    ("值此2023年全面贯彻党的二十大精神开局之年，县林业局全面推进依法行政。", 2023),
    ("2022年是党的二十大召开之年，区水务局坚持依法治水。", 2022),
    ("在2024年，街道办事处认真贯彻落实上级关于法治建设的各项部署。", 2024),
    ("2022年，在党的二十大胜利召开之际，县统计局依法开展统计调查。", 2022),
    ("2019年，在新中国成立70周年之际，我县被命名为全省法治县创建先进单位。", None),
    ("在2019年新中国成立70周年之际，我县被命名为全省法治县创建先进单位。", None),  # the news is one event
    # an event of one year, not the year's work: no report's year
    ("2018年，我县被确定为全省首批法治政府建设示范创建单位。近年来，我县持续巩固创建成果。", None),
    ("2017年，我县启动法治政府建设示范创建工作，成效明显。", None),
    ("2015年12月，中共中央、国务院印发《法治政府建设实施纲要（2015—2020年）》。", None),  # a date
])
def test_report_year_from_the_first_sentence(opening, year):
    from lintlaw.profiles import report_year
    doc = Document.from_text(opening + "\n一、主要工作\n严格执行《优化营商环境条例》。")
    assert report_year(doc) == year


def test_report_year_from_the_occasion_in_an_outlined_report():
    from lintlaw.profiles import report_year
    text = ("在2022年党的二十大胜利召开之际，区司法局坚持以习近平法治思想为指导，全面推进法治政府建设。\n"
            "一、2022年推进法治政府建设的主要举措和成效\n二、存在的不足和原因\n三、党政主要负责人履行推进法治建设"
            "第一责任人职责情况\n四、下一年度推进法治政府建设的主要安排\n")
    assert report_year(Document.from_text(text)) == 2022


def test_a_version_note_dates_the_act_not_the_time_spoken_of():
    title = "临江县卫生健康局2023年度法治政府建设情况报告\n"
    for cited in ("依据《中华人民共和国执业医师法》（2009年修正）查处非法行医案件5件。",
                  "依据2009年修正的《中华人民共和国执业医师法》查处非法行医案件5件。"):
        (finding,) = found(repealed_law, title + cited)
        assert "2023年" in finding.message.zh
        assert not found(repealed_law, title.replace("2023", "2021") + cited)
    # a year of the sentence's own still speaks of its time
    assert not found(repealed_law, title + "2019年，依据《中华人民共和国执业医师法》（2009年修正）查处案件5件。")


def test_report_year_from_the_first_sentence_not_when_later_work_is_told():
    from lintlaw.profiles import report_year
    opening = "2020年，我局在县委县政府的领导下，坚持依法行政。\n一、主要工作\n"
    assert report_year(Document.from_text(opening + "2023年，县政府常务会议专题研究法治工作4次。")) is None
    assert report_year(Document.from_text(opening + "2021年，我局将继续深化执法改革。")) == 2020  # a plan
    # the first sentence is read only when the title names no year
    assert report_year(Document.from_text("某区2022年法治政府建设情况报告\n" + opening)) == 2022


def test_repealed_act_judged_by_the_year_of_the_first_sentence():
    text = ("2023年，我局在区委区政府的坚强领导下，扎实推进法治政府建设。\n一、主要举措和成效\n"
            "（一）规范合同管理\n严格依照《中华人民共和国合同法》审查合同48份。")
    (finding,) = found(repealed_law, text)
    assert "2023年" in finding.message.zh


def test_an_act_repealed_early_in_the_reports_year_is_judged():
    report = "临江县卫生健康局2022年度法治政府建设工作报告\n"
    (finding,) = found(repealed_law, report + "依据《中华人民共和国执业医师法》查处非法行医案件6件。")
    assert "2022年3月1日" in finding.message.zh
    # a month before the repeal named in the sentence
    assert not found(repealed_law, report + "2022年1月，依据《中华人民共和国执业医师法》查处案件2件。")
    assert not found(repealed_law, report + "年初，依据《中华人民共和国执业医师法》查处案件2件。")
    # repealed later in the year (个体工商户条例, 2022-11-01): the year's work may predate it
    assert not found(repealed_law, "武昌区2022年法治政府建设工作报告\n依据《个体工商户条例》办理登记1500户。")


def test_report_year_from_config_is_shared_with_stale_year():
    text = "依据《中华人民共和国担保法》审查合同12份。"
    assert not found(repealed_law, text)
    assert found(repealed_law, text, **{"report-year": 2023})
    plan = "一、主要举措和成效\n2024年，完成执法案卷评查120卷。"
    assert found(stale_year, plan, **{"report-year": 2023})
    assert not found(stale_year, plan)


def test_config_accepts_the_citation_keys(tmp_path):
    path = tmp_path / "lintlaw.toml"
    path.write_text('report-year = 2023\nextra-titles = ["《山西省安全生产条例》"]\n'
                    '[extra-repeals]\n"信访条例" = { repealed = 2022-05-01, replaced-by = "信访工作条例" }\n',
                    encoding="utf-8")
    cfg = config.load_file(str(path))
    assert cfg.report_year == 2023
    assert cfg.extra_titles == ("山西省安全生产条例",)
    assert cfg.extra_repeals == {"信访条例": {"repealed": "2022-05-01", "replaced-by": "信访工作条例"}}


@pytest.mark.parametrize("text,key", [
    ('report-year = "2023"\n', "report-year"),
    ("report-year = 23\n", "report-year"),
    ("extra-titles = \"山西省安全生产条例\"\n", "extra-titles"),
    ("extra-titles = [1]\n", "extra-titles"),
    ('extra-repeals = ["信访条例"]\n', "extra-repeals"),
    ('[extra-repeals]\n"信访条例" = "2022-05-01"\n', "extra-repeals.信访条例"),
    ('[extra-repeals]\n"信访条例" = { repealed = "2022-5-1" }\n', "extra-repeals.信访条例.repealed"),
    ('[extra-repeals]\n"信访条例" = { repealed = "2022-05-01", by = "x" }\n', "extra-repeals.信访条例"),
    ('[extra-repeals]\n"信访条例" = { repealed = "2022-05-01", replaced-by = 3 }\n', "extra-repeals.信访条例.replaced-by"),
])
def test_config_rejects_bad_citation_keys(tmp_path, text, key):
    path = tmp_path / "lintlaw.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(config.ConfigError, match=f"`{key}"):
        config.load_file(str(path))


def test_cli_reads_the_config_and_shows_the_data_date(run_cli, tmp_path):
    (tmp_path / "lintlaw.toml").write_text("report-year = 2023\n", encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text("依据《中华人民共和国担保法》审查合同12份。\n", encoding="utf-8")
    code, out, _ = run_cli("--format", "json", "--select", "LL7", str(report))
    assert [f["rule"] for f in json.loads(out)["findings"]] == ["repealed-law"]
    code, out, _ = run_cli("--version")
    assert AS_OF in out
    for name in ("law-title", "repealed-law", "decree-number"):
        code, out, _ = run_cli("--explain", name)
        assert AS_OF in out


def test_near_misses_are_listed_in_the_same_order_whatever_the_string_hashes():
    """A title one slip from two laws names both; the order must not follow this process's string
    hashes (it did: a set of characters), or baselines and CI diffs would change from run to run."""
    script = ("from lintlaw.checks import _laws; from lintlaw.checks.lawtitle import near_misses; "
              "print([form for form, _ in near_misses(_laws.catalog(), '中华人民共和国戒毒法')])")
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3", "4")}
    assert len(seen) == 1, seen
    assert "禁毒法" in next(iter(seen)) and "戒严法" in next(iter(seen))


@pytest.mark.parametrize("text, reported", [
    ("认真学习《中华人民共和国政府信息公开条例》（以下简称《条例》）（国务院令第771号），推进政务公开。", True),
    ("认真学习新修订的《中华人民共和国政府信息公开条例》(以下简称《条例》)(国务院令第771号)。", True),
    ("认真学习《中华人民共和国政府信息公开条例》（以下简称《条例》）（国务院令第711号），推进政务公开。", False),
    # the second bracket is not the title's when the short name's bracket is followed by text
    ("认真学习《中华人民共和国政府信息公开条例》（以下简称《条例》），对照（国务院令第771号）文件。", False),
])
def test_decree_number_after_a_short_name_bracket(text, reported):
    assert bool(found(decree_number, text)) is reported


@pytest.mark.parametrize("text, shown", [
    ("紧扣《法治社会建设实施意见（2020—2025年）》目标任务。", "“法治社会建设实施意见”不是中央文件的名称：应为《法治社会建设实施纲要》"),
    ("贯彻《法治中国建设实施纲要(2020-2025年)》。", "“法治中国建设实施纲要”不是中央文件的名称：应为《法治中国建设规划》"),
    ("落实《法治政府建设纲要（2021—2025年）》。", "“法治政府建设纲要”不是中央文件的名称：应为《法治政府建设实施纲要》"),
    ("贯彻《法治中国建设实施纲要（2021—2025年）》。", "“法治中国建设实施纲要”不是中央文件的名称：应为《法治政府建设实施纲要》"),
])
def test_a_central_plan_cited_as_another_kind_of_document(text, shown):
    from lintlaw.checks.lawtitle import law_title
    assert [f.message.zh for f in law_title(Document.from_text(text))] == [shown]


@pytest.mark.parametrize("text", [
    "印发《法治政府建设实施方案（2021—2025年）》，逐项分解任务。",  # a department's own plan
    "制定《法治政府建设实施意见（2022—2025年）》。",  # no central plan has this period: a local one
    "对照《法治政府建设实施纲要（2021—2025年）》《法治中国建设规划（2020—2025年）》。",
])
def test_plans_of_other_kinds_or_periods_are_left_alone(text):
    from lintlaw.checks.lawtitle import law_title
    assert list(law_title(Document.from_text(text))) == []
