"""repealed-law: an act cited as in force in a report on a year after its repeal.

Cited in 《》, or by a repealed code's short name written bare (涉及婚姻法、劳动法等; 依据合同法), where the
name stands between marks or after a citing verb, not inside a longer name (劳动合同法) or word (婚姻法律).

The year is the one the citation's sentence states, else the report's (its title, opening,
headings or the configured ``report-year``, else the date it was written).  An act repealed
after the first quarter of that year is left alone (the work described may predate the
repeal); one repealed in its first quarter is judged, unless the sentence names an earlier
month.  Historical
mentions are right and left alone: 原《担保法》, 《担保法》废止后, 依照当时有效的…,
a sentence that states a year before the repeal, and a clause that repeals or cleans up what
it names (清理涉及《物权法》的文件), or compares it with its successor (《民法典》与《合同法》的
区别): the other clauses of its sentence are judged all the same.
"""
from __future__ import annotations

from typing import Iterator

from lintlaw.document import Document
from lintlaw.finding import Finding, Msg
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule

from . import _wording
from ._citations import (Citation, catalog, cited_acts, data_note, named_former, sentence_of, sentence_years,
                         stated_years, time_of)
from ._laws import normalize
from ._lawdata_meta import AS_OF

# In its sentence: the law of the time, a time frame around a new act ("《民法典》施行后，……"),
# or the move to the successor ("从《食品卫生法》到《食品安全法》的立法历程").
_HISTORICAL = lazy(r"当时有效|当时施行|彼时|施行前|实施前|生效前|"
                   r"施行后|实施后|生效后|颁布后|出台后|编纂|整合为|合并为|新旧|溯及|过渡|"
                   r"历程|沿革|演变|变迁|回顾|从《[^《》]{1,40}》到《")
# In its clause only: the repeal of the acts that clause names ("原《民法通则》已被《民法典》取代，
# 我局依据《民法总则》……": the second clause's act is cited as in force all the same), their
# succession ("《食品卫生法》上升为《食品安全法》"), or the clean-up of what rests on them
# ("清理涉及《担保法》的文件"; "全面清理规范性文件，依据《担保法》审查合同" still cites it as the
# basis of the second clause's work).
_REPEAL_WORD = lazy(r"废止|失效|废除|取代|替代|代替|停止施行|不再适用|清理|上升为|更名为")
_CLAUSE_MARK = lazy(r"[，,：:]")
# What a clause holding nothing but titles is made of ("《物权法》，《合同法》等同时废止" split by a comma).
_ONLY_TITLES = lazy(r"^(?:《[^《》]*》|[、和及与等以部件项]|\s)*$")


# In its clause, beside its successor: the old act is what the new one is compared with
# ("解读《民法典》与《合同法》的主要区别", "《民法典》相较《婚姻法》的新变化"), not a basis.
# (不同 only as the difference itself: 不同类型的合同 compares nothing.)
_COMPARED = lazy(r"区别|不同之处|不同点|有何不同|有哪些不同|变化|对比|比较|相比|相较|较之|差异|异同|区分")


# A span of years that names a period before a noun, not the time of the work the sentence tells of:
# an honour or a plan of that period (获评2016—2020年全国普法工作先进集体, 2016-2020年普法规划). A span
# that is the sentence's own time stands before a comma or a time word (2019年至2020年，…; 2016—2020年期间).
_PERIOD_NAME = lazy(r"(?<!\d)(?:19|20)\d\d\s*年?\s*[-—–~～至到]\s*(?:19|20)\d\d\s*年"
                    r"(?=[\u4e00-\u9fff])(?!间|期|度|底|末|初|以来|来|起|至今|内|中|上半|下半|前|后|里|，)")


def _years_of_work(doc: Document, begin: int, end: int):
    """The years a sentence states as its time, less the spans that only name an honour's or a plan's
    period."""
    sentence = doc.folded[begin:end]
    if not _PERIOD_NAME.search(sentence):
        return sentence_years(doc, begin, end)
    return stated_years(_PERIOD_NAME.sub(lambda m: " " * len(m.group(0)), sentence))


def _historical(doc: Document, citation: Citation, act) -> bool:
    if named_former(doc, citation):
        return True
    begin, end = sentence_of(doc, citation.start, citation.end)
    sentence = doc.folded[begin:end]
    if _HISTORICAL.search(sentence):
        return True
    repeal, compared = _REPEAL_WORD.search(sentence), act.replaced_by and _COMPARED.search(sentence)
    if not repeal and not compared:
        return False
    clauses = _clauses(sentence, citation.start - begin)
    if repeal and any(_REPEAL_WORD.search(clause) for clause in clauses):
        return True
    return bool(compared) and any(_COMPARED.search(clause) and _names(doc, clause, act.replaced_by)
                                  for clause in clauses)


def _names(doc: Document, text: str, title: str) -> bool:
    """Does ``text`` name the act of ``title``, by its title or a short form, in 《》 or not?"""
    forms = {title}
    for act in catalog(doc).lookup(normalize(title)):
        forms.update(act.shorts)
    return any(form in text for form in forms)


def _clauses(sentence: str, at: int):
    """The clause of ``sentence`` holding offset ``at``, and its neighbours when it holds nothing
    but titles (a list of acts cut by a comma belongs to the clause that says what befell them)."""
    cuts = [0] + [m.end() for m in _CLAUSE_MARK.finditer(sentence)] + [len(sentence) + 1]
    spans = [(cuts[i], cuts[i + 1] - 1) for i in range(len(cuts) - 1)]
    index = next(i for i, (b, e) in enumerate(spans) if b <= at <= e)
    own = sentence[spans[index][0]:spans[index][1]]
    found = [own]
    if _ONLY_TITLES.match(own.rstrip("，,：:")):
        for other in (index - 1, index + 1):
            if 0 <= other < len(spans):
                found.append(sentence[spans[other][0]:spans[other][1]])
    return found


# An act repealed in the first quarter of a year (执业医师法 on 2022-03-01, 公司登记管理条例 on
# 2022-03-01) is judged in a report on that year: most of the year's work came after the
# repeal, and the report is written in the next year.  Not when its sentence names a month
# before the repeal ("2022年1月，依据……"), nor for a repeal later in the year.
EARLY_REPEAL = "04-01"
_MONTH = lazy(r"(?<![\d])(\d{1,2})\s*月|年初")


def _month_before(doc: Document, citation: Citation, repealed: str) -> bool:
    begin, end = sentence_of(doc, citation.start, citation.end)
    sentence = doc.folded[begin:citation.start] + doc.folded[citation.end:end]
    month = int(repealed[5:7])
    return any(m.group(1) is None or int(m.group(1)) < month for m in _MONTH.finditer(sentence))


def _date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{int(year)}年{int(month)}月{int(day)}日"


# A repealed code's short name written without 《》, as a list of the laws a campaign taught names them
# (涉及婚姻法、劳动法、未成年人保护法等): a name of its own only after a mark or a citing verb, not inside a
# longer name (劳动合同法 holds 合同法) nor running on into a word (婚姻法律, 合同法规).
_BARE_BEFORE = "、，,：:（(“和及与或的"  # (not 《: a title in 《》 is read as a citation)
_BARE_AFTER = "、，,。；;：:）)”等和及与或的"
_CITING = ("依据", "根据", "按照", "依照", "违反", "适用", "对照", "学习", "宣传", "宣讲", "解读", "讲解")


# The short names of the repealed codes that end in 法 (not 办法), as the law data (checks/data) holds them; written
# here so that a report naming none of them never loads the data (tests/test_citations.py keeps the two
# in step).
BARE_NAMES = ("侵权责任法", "合同法", "噪声污染防治法", "土壤污染防治法", "城市规划法", "外资企业法", "大气污染防治法",
              "婚姻法", "执业医师法", "担保法", "收养法", "放射性污染防治法", "暂行海关法", "水污染防治法", "海洋环境保护法",
              "清洁生产促进法", "物权法", "环境保护法", "环境影响评价法", "继承法", "行政监察法", "预备役军官法",
              "食品卫生法", "经济合同法", "涉外经济合同法", "技术合同法")


def bare_names_in_data(doc: Document):
    """{short name: its acts} of the repealed codes whose short names end in 法 (婚姻法, 合同法, 行政监察法)."""
    names = {}
    for act in catalog(doc).acts():
        if act.status == "repealed" and act.repealed:
            for short in act.shorts:
                if short.endswith("法") and not short.endswith("办法") and 3 <= len(short) <= 8 \
                        and not short.startswith("中华"):
                    names.setdefault(short, []).append(act)
    return {name: tuple(acts) for name, acts in names.items()}


_BARE_SET = frozenset(BARE_NAMES)
_wording.needle_source("repealed-law", lambda: BARE_NAMES)  # found in the scan the wording rules share


def _bare_citations(doc: Document) -> Iterator[Citation]:
    folded = doc.folded
    for at, name in _wording.occurrences(doc, _BARE_SET):
        end = at + len(name)
        before = folded[at - 1] if at else "、"
        after = folded[end] if end < len(folded) else "。"
        cited = before in _BARE_BEFORE or folded[max(0, at - 2):at] in _CITING
        ends = after in _BARE_AFTER or (_wording.is_han(after) and "法" + after not in _wording.common_words())
        if cited and ends:  # (法律, 法规, 法院 …: the name runs on into a word)
            acts = doc.memo("repealed-bare-names", bare_names_in_data).get(name, ())
            if acts:
                yield Citation(at, end, doc.text[at:end], normalize(name), acts)


@rule(
    code="LL702",
    name="repealed-law",
    severity="warning",
    summary="把已废止的法律法规当作现行依据引用",
    summary_en="An act cited as in force in a report on a year after it was repealed",
    why=(
        "报告写的是某一年度的工作，引用的依据应当是那一年有效的法律法规。"
        "《中华人民共和国担保法》《合同法》《物权法》等已于2021年1月1日被《中华人民共和国民法典》取代，"
        "2021年以后的报告仍写“依据《担保法》”，就是引用了失效的法律。"
        "报告年度取自所在句子写明的年份，或报告标题、开头、各部分标题中的年度（也可在配置中用 report-year 指定），"
        "或落款日期，都没有时取全文所写工作的最晚年份（展望的年份如“到2025年”不算；句中用来比较的年份如“较2022年”也不算）。当年4月以后才废止的不报告（当年一季度废止的，该年度的工作大部分在废止之后，报告；"
        "句中写明废止前月份的除外）；原《担保法》、《担保法》废止后、依照当时有效的规定、"
        "写明废止前年份的句子，都是历史表述，不报告；“原《民法通则》已被《民法典》取代”只说明本分句所列的法，"
        "同一句中另引的《民法总则》仍照常判断；“清理”也只说明本分句所列的法（清理涉及《物权法》的文件）；"
        "与取代它的新法对比的（解读《民法典》与《合同法》的主要区别）也不报告。"
        f"法规数据截至{AS_OF}，废止情况取自新法的废止条款；可在配置 extra-repeals 中补充。"
    ),
    why_en=(
        "A report is on the work of a year, and the acts it cites as its basis should be those in force that "
        "year. 《担保法》, 《合同法》, 《物权法》 and others were replaced by the 《民法典》 on 2021-01-01; a report "
        "on 2021 or later that works “according to 《担保法》” cites a dead law. The year is the one the sentence "
        "states, else the report's (title, opening, part headings, the configured report-year, or the date it "
        "was signed), else the latest year the text reports on (not one it looks forward to, 到2025年, nor one it "
        "compares with, 较2022年). An act repealed after the first quarter of that year is not reported (one repealed in its "
        "first quarter is, unless the sentence names an earlier month), nor are historical mentions: 原《担保法》, "
        f"《担保法》废止后, 依照当时有效的…, a sentence stating a year before the repeal (a repeal stated in one "
        "clause, 原《民法通则》已被《民法典》取代, or a clean-up, 清理涉及《物权法》的文件, covers the acts of that clause only; so does a comparison with the successor, 《民法典》与《合同法》的主要区别). Law data as of {AS_OF}; "
        "repeals come from the repeal clauses of the new acts; add your own with extra-repeals."
    ),
    bad=[
        "2024年，开展普法讲座28场，涉及婚姻法、劳动法、未成年人保护法等内容。",
        "××区司法局2023年度法治政府建设情况报告\n一、主要举措和成效\n依据《中华人民共和国担保法》审查政府合同12份。",
        "2022年，区司法所获评2016—2020年全国普法工作先进集体，以《中华人民共和国婚姻法》为重点开展婚姻家庭纠纷调解。",
        "2022年，我局依照《合同法》规定审核各类合同36份，提出修改意见80余条。",
        "××县2021年法治政府建设工作报告\n组织开展《中华人民共和国民法通则》专题学习。",
        "××市民政局2023年法治政府建设年度报告\n严格执行《中华人民共和国收养法》，规范收养登记。",
        "××区市场监管局2023年度法治政府建设情况报告\n依据《个体工商户条例》为辖区经营户办理登记。",
        "2025年，严格执行《法规规章备案条例》，及时报送规范性文件备案。",
        "××县卫生健康局2023年度法治政府建设工作报告\n依据《中华人民共和国执业医师法》开展医师定期考核。",
        "××市2020年法治政府建设情况报告\n全年运用《中华人民共和国行政监察法》处理违纪案件3件。",
        "××区卫生健康局2022年度法治政府建设工作报告\n依据《中华人民共和国执业医师法》查处非法行医案件6件。",
        "日前，临江社区获评省级民主法治示范社区。2023年，社区推进基层依法治理。\n开展《治安管理处罚条例》进楼栋宣讲活动。",
        "××县市场监管局2018年度法治政府建设情况报告\n依据《经济合同法》查处合同欺诈案件3件。",
        "××区司法局2023年度法治政府建设情况报告\n原《民法通则》已被《民法典》取代，我局仍依据《中华人民共和国民法总则》审查合同8份。",
        "××区2023年度法治政府建设情况报告\n审查政府合同56份，较2020年增长一倍，均依据《中华人民共和国担保法》出具意见。",
        "××县2024年度法治政府建设情况报告\n全年受理信访事项120件，均依照《信访条例》规定的程序办理。",
        "××区司法局2023年度法治政府建设情况报告\n全面清理行政规范性文件，依据《中华人民共和国担保法》审查政府合同12份。",
        "××区2022年度法治政府建设情况报告\n依据《民法典》和《合同法》审查合同56份，与上年相比增加12份。",
    ],
    good=[
        "2024年，开展普法讲座28场，涉及民法典、劳动合同法等内容；开展婚姻法律知识讲座3场，讲解民法典与原婚姻法的区别。",
        "××县2022年度法治政府建设情况报告\n2016—2020年期间，我局依据《中华人民共和国合同法》审查合同120份。",
        "××县2022年度法治政府建设情况报告\n2019年至2020年，县司法局依据《中华人民共和国婚姻法》调解婚姻家庭纠纷86件。",
        "××区司法局2023年度法治政府建设情况报告\n一、主要举措和成效\n依据《中华人民共和国民法典》审查政府合同12份。",
        "2019年，我局依照《合同法》规定审核各类合同36份。",
        "××区2023年度法治政府建设情况报告\n对照原《担保法》与《民法典》的变化，修订合同示范文本。",
        "××区2023年度法治政府建设情况报告\n《民法典》施行后，《担保法》《合同法》同时废止，我局及时清理相关文件。",
        "××县2023年法治政府建设工作报告\n该案合同签订于2018年，依照当时有效的《中华人民共和国合同法》处理。",
        "××县2022年法治政府建设工作报告\n依据《个体工商户条例》为辖区经营户办理登记。",
        "依据《中华人民共和国担保法》审查政府合同12份。",
        "××市2023年法治政府建设情况报告\n贯彻落实《中华人民共和国行政处罚法》《中华人民共和国行政许可法》。",
        "××区2023年度法治政府建设情况报告\n组织学习《民法典》，深刻理解其取代《物权法》等九部法律的意义。",
        "××区卫生健康局2022年度法治政府建设工作报告\n2022年1月，依据《中华人民共和国执业医师法》查处非法行医案件2件。",
        "日前，东湖街道获评市级平安建设先进街道。2019年，街道推进诉源治理。\n依照《合同法》相关规定调处租赁合同纠纷12起。",
        "××区2023年度法治政府建设情况报告\n展板回顾了从《食品卫生法》到《食品安全法》的立法历程。",
        "××区司法局2023年度法治政府建设情况报告\n原《民法通则》已被《民法典》取代，我局据此修订合同示范文本3件。",
        "××区2023年度法治政府建设情况报告\n2019年和2020年，我局依据《中华人民共和国担保法》审查合同56份。",
        "××县2021年度法治政府建设情况报告\n全年受理信访事项120件，均依照《信访条例》规定的程序办理。",
        "××县2022年度法治政府建设情况报告\n对照《民法典》，清理涉及《物权法》《担保法》的规范性文件16件。",
        "××区2022年度法治政府建设情况报告\n举办民法典专题讲座，深入解读《民法典》与《合同法》《物权法》的主要区别。",
    ],
)
def repealed_law(doc: Document) -> Iterator[Finding]:
    for citation in list(cited_acts(doc)) + list(_bare_citations(doc)):
        acts = citation.acts
        if any(a.status != "repealed" or not a.repealed for a in acts):
            continue  # in force, or a title shared with an act in force
        repealed = max(a.repealed for a in acts)
        when = time_of(doc, citation)
        if when is None:
            continue
        year, _stated = when
        if f"{year}-01-01" < repealed:
            # the year began before the repeal: judged only when the repeal came early in it
            if repealed >= f"{year}-{EARLY_REPEAL}" or _month_before(doc, citation, repealed):
                continue
        begin, end = sentence_of(doc, citation.start, citation.end)
        if any(y < int(repealed[:4]) for y, ongoing in _years_of_work(doc, begin, end) if not ongoing):
            continue  # the sentence is about a time before the repeal
        if _historical(doc, citation, acts[0]):
            continue
        yield _finding(citation, acts[0], year)


def _finding(citation: Citation, act, year: int) -> Finding:
    written = f"《{citation.text}》"
    successor = act.replaced_by
    when = _date(act.repealed)
    if successor:
        zh = f"{written}已于{when}废止，由《{successor}》取代，{year}年不应再作为现行依据引用{data_note()}"
        en = (f"{written} was repealed on {act.repealed} and replaced by 《{successor}》; it is no basis "
              f"for {year}{data_note('en')}")
        help_ = Msg(f"改引《{successor}》的相应规定；确指旧法时写作“原{written}”",
                    f"cite the provisions of 《{successor}》; for the old act write “原{written}”")
    else:
        zh = f"{written}已于{when}废止，{year}年不应再作为现行依据引用{data_note()}"
        en = f"{written} was repealed on {act.repealed}; it is no basis for {year}{data_note('en')}"
        help_ = Msg(f"改引现行规定；确指旧法时写作“原{written}”",
                    f"cite the provisions in force; for the old act write “原{written}”")
    return Finding(citation.start, citation.end, Msg(zh, en), help=help_)
