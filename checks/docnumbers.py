"""document-number: 发文字号 written against GB/T 9704-2012 7.2.5.

A document number is 机关代字〔年份〕序号号: the full four-digit year in 六角括号
〔〕, the sequence number without 第 and without leading zeros (国发〔2016〕9号).
Web pages and hurried typing put the year in [], 【】 or （）, cut it to two
digits, or write 第05号.  Court case numbers, which do use （2021）, are followed by
a court code (（2021）渝0106行初123号), not by the sequence number, and are left alone.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterator, List

from lintlaw.document import Document
from lintlaw.finding import Edit, Finding, Fix, Msg
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule

from ._wording import is_han

# 国发[2016]9号, 国发【2016】9号, 国发（2016）9号 (half-width () are folded to （）).
# (The pattern starts at the bracket; the issuer's code before it is checked by hand.)
# Look-alikes of 〔〕 too: the small ﹝﹞ of some sites' fonts, 〖〗, 〈〉.
_WRONG_YEAR_AND_NUMBER = r"((?:19|20)\d\d)([\]］】）﹞〗〉])([ \u3000]?)(\d{1,4})号"
WRONG_BRACKETS = lazy(r"([\[［【（﹝〖〈])" + _WRONG_YEAR_AND_NUMBER)
# The same, one pattern per opening bracket: a pattern that opens with a literal is
# found by a fast substring search, one that opens with a character class is tried
# at every character (four scans this way take a fifth of the time of one).
_WRONG_BRACKETS_EACH = tuple(re.compile("(" + re.escape(mark) + ")" + _WRONG_YEAR_AND_NUMBER) for mark in "[［【（﹝〖〈")
# 国发〔16〕9号: the year cut to two digits.
SHORT_YEAR = re.compile(r"〔(\d{2})〕\d{1,4}号")
# 国发〔2016〕第9号, 国发〔2016〕09号: 第 or a leading zero before the sequence number.
PADDED = re.compile(r"〔((?:19|20)\d\d)〕(第?)(0+)?(\d{1,4})号")
_CLOSE_FOR = {"[": "]", "［": "］", "【": "】", "（": "）", "﹝": "﹞", "〖": "〗", "〈": "〉"}
# Each pattern below opens with a literal character (found by a fast search, where one opening with a
# lookbehind or a class is tried at every character of the text); what must stand before it is checked
# by hand.
# 某政办〔2024〕19) : the sequence number without its 号.  Not a list or a range of numbers that
# ends in one 号 (〔2024〕19、20号, 〔2024〕3—5号), nor a number that goes on (〔2024〕19-1号), nor one
# spaced from its 号 (〔2021〕30 号).
NO_SUFFIX = re.compile(r"〔((?:19|20)\d\d)〕(\d{1,4})(?![\d、，,—\-－~～至到和及与.．])(?![ \u3000]*[\d号])")
# 某府发〔2021年〕5号, 某府发〔二〇二一〕5号, 某府发〔2021〕五号: the year and the number are written in
# Arabic digits, the year in full and without 年.
ODD_YEAR = re.compile(r"〔(?:((?:19|20)\d\d)年|([〇○零一二三四五六七八九]{4}))〕(\d{1,4})号")
CHINESE_NUMBER = re.compile(r"〔((?:19|20)\d\d)〕([一二三四五六七八九十百零〇]{1,6})号")
# 市检发2016〔8〕号: the year and the number traded places (the number in the brackets, the year outside).
YEAR_OUTSIDE = re.compile(r"((?:19|20)\d\d)〔(\d{1,4})〕号")
# 县政发〔2204〕3号: a year no document has yet (two digits swapped, 2024 typed 2204).
FUTURE_YEAR = re.compile(r"〔((?:19|2\d)\d\d)〕\d{1,4}号")
# 福办发〔2024〕号: the sequence number left out.  Not a draft's blank left for it (某府发〔2024〕  号),
# which template-placeholder is about.
NO_NUMBER = re.compile(r"〔((?:19|20)\d\d)〕号")
# 〔2023〕某办发15号: the year put before the issuer's code, which belongs in front of it.  Not a court
# case number, whose code holds the kind and stage of the case (〔2021〕京民终12号, 〔2015〕高民初字12号).
YEAR_FIRST = re.compile(r"〔((?:19|20)\d\d)〕([\u4e00-\u9fff]{1,8}?)(\d{1,4})号")
# 县政办发2023年12号: the year written as a date's, with 年 and no brackets, after the issuer's code
# (its last character one a code ends in: 发, 办, 函, 字 …): found from 年 N 号, the year read back.
YEAR_WITH_NIAN = re.compile(r"年第?(\d{1,4})号")
# （〔2025〕3号）, 按照〔2023〕15号文件: a number without the issuer's code that names whose document it is.
# Not the later numbers of a list that gave the code once (市政发〔2023〕5号、〔2023〕8号).
NUMBER_ONLY = re.compile(r"〔((?:19|20)\d\d)〕(\d{1,4})号")
# The words a document number follows when cited (按照…, 根据…, 印发…): before 〔 they are no issuer's code.
_CITING_WORDS = ("按照", "根据", "依据", "依照", "参照", "对照", "转发", "下发", "印发", "贯彻", "落实", "执行")
_A_CODE_BEFORE = re.compile(r"[\u4e00-\u9fff]〔(?:19|20)\d\d〕\d{1,4}号[^。；！？]{0,40}$")
_CODE_END = frozenset("发办函字通规复批")
_COURT_CODE = re.compile(r"[民刑行执赔初终再申监更破特]|字$")


def _standard(year: str, number: str) -> str:
    return f"〔{year}〕{int(number)}号"


def _wrong_bracket_matches(folded: str) -> List["re.Match[str]"]:
    """WRONG_BRACKETS.finditer(folded), as four fast scans merged by position.

    The matches cannot overlap: none holds an opening bracket after its first character.
    """
    return sorted((m for p in _WRONG_BRACKETS_EACH for m in p.finditer(folded)), key=lambda m: m.start())


def _wrong_brackets(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for match in _wrong_bracket_matches(folded):
        open_, year, close, _, number = match.groups()
        if _CLOSE_FOR[open_] != close:
            continue  # mismatched marks: unbalanced-bracket's finding, not a document number
        before = match.start() - 1
        if before >= 0 and folded[before] in " \u3000":
            before -= 1
        if before < 0 or not is_han(folded[before]):
            continue  # no issuer's code (国发, 某府办发) right before: not a document number
        start, end = match.start(), match.end()
        written = doc.text[start:end]
        right = _standard(year, number)
        yield Finding(
            start, end,
            Msg(f"发文字号的年份应使用六角括号“〔〕”：“{written}”", f"the year of a document number goes in 〔〕: {written}"),
            help=Msg(f"写作“{right}”（GB/T 9704-2012 7.2.5：年份应标全称，用六角括号“〔〕”括入）",
                     f"write {right} (GB/T 9704-2012 7.2.5: the full year, in 〔〕)"),
            fix=Fix((Edit(before + 1, match.end(4), f"〔{year}〕"),), safe=True,
                    description=Msg("改用六角括号", "use 〔〕")),
        )


def _short_year(doc: Document) -> Iterator[Finding]:
    for match in SHORT_YEAR.finditer(doc.folded):
        yield Finding(
            match.start(), match.end(1) + 1,
            Msg(f"发文字号的年份“{match.group(1)}”没有写全", f"the year {match.group(1)} of a document number is cut short"),
            help=Msg("年份写四位，如“〔2016〕”（GB/T 9704-2012 7.2.5：年份应标全称）",
                     "write all four digits of the year, e.g. 〔2016〕 (GB/T 9704-2012 7.2.5)"),
        )


def _padded(doc: Document) -> Iterator[Finding]:
    for match in PADDED.finditer(doc.folded):
        year, di, zeros, number = match.groups()
        if not di and not zeros:
            continue
        start = match.end(1) + 1
        right = _standard(year, number)
        yield Finding(
            start, match.end(),
            Msg(f"发文字号的序号不加“第”、不编虚位：“{doc.text[match.start():match.end()]}”",
                f"a document number's sequence takes no 第 and no leading zeros: {doc.text[match.start():match.end()]}"),
            help=Msg(f"写作“{right}”（GB/T 9704-2012 7.2.5：发文顺序号不加“第”字，不编虚位）",
                     f"write {right} (GB/T 9704-2012 7.2.5)"),
            fix=Fix((Edit(start, match.end(), f"{int(number)}号"),), safe=True,
                    description=Msg(f"改为“{right}”", f"write {right}")),
        )


def _no_suffix(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for match in _after_code(NO_SUFFIX, folded):
        year, number = match.groups()
        right = _standard(year, number)
        yield Finding(
            match.start(), match.end(),
            Msg(f"发文字号的序号后漏了“号”：“{doc.text[match.start():match.end()]}”",
                f"the sequence number of a document number lacks its 号: {doc.text[match.start():match.end()]}"),
            help=Msg(f"写作“{right}”（GB/T 9704-2012 7.2.5）", f"write {right} (GB/T 9704-2012 7.2.5)"),
            fix=Fix((Edit(match.end(), match.end(), "号"),), safe=True, description=Msg("补上“号”", "add 号")),
        )


def _no_number(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for match in _after_code(NO_NUMBER, folded):
        written = doc.text[match.start():match.end()]
        yield Finding(
            match.start(), match.end(),
            Msg(f"发文字号缺少发文顺序号：“{written}”", f"the document number has no sequence number: {written}"),
            help=Msg(f"在“〔{match.group(1)}〕”与“号”之间补上发文顺序号（GB/T 9704-2012 7.2.5）",
                     f"put the sequence number between 〔{match.group(1)}〕 and 号 (GB/T 9704-2012 7.2.5)"),
        )


_CN_DIGITS = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"○": "0", "零": "0"}


def _odd_numerals(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for match in _after_code(ODD_YEAR, folded):
        year = match.group(1) or "".join(_CN_DIGITS[c] for c in match.group(2))
        right = _standard(year, match.group(3))
        written = doc.text[match.start():match.end()]
        yield Finding(
            match.start(), match.end(),
            Msg(f"发文字号的年份用阿拉伯数字写全称，不加“年”：“{written}”",
                f"the year of a document number is written in Arabic digits, in full, without 年: {written}"),
            help=Msg(f"写作“{right}”（GB/T 9704-2012 7.2.5）", f"write {right} (GB/T 9704-2012 7.2.5)"),
            fix=Fix((Edit(match.start(), match.end(), right),), safe=True,
                    description=Msg(f"改为“{right}”", f"write {right}")),
        )
    for match in _after_code(CHINESE_NUMBER, folded):
        written = doc.text[match.start():match.end()]
        yield Finding(
            match.start(), match.end(),
            Msg(f"发文字号的发文顺序号用阿拉伯数字：“{written}”", f"the sequence number of a document number is written in Arabic digits: {written}"),
            help=Msg("发文顺序号用阿拉伯数字，如“〔2021〕5号”（GB/T 9704-2012 7.2.5）",
                     "write the sequence number in Arabic digits, e.g. 〔2021〕5号 (GB/T 9704-2012 7.2.5)"),
        )


def _year_outside(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for match in _after_code(YEAR_OUTSIDE, folded):
        year, number = match.groups()
        right = _standard(year, number)
        written = doc.text[match.start():match.end()]
        yield Finding(
            match.start(), match.end(),
            Msg(f"发文字号的年份和序号位置颠倒：“{written}”", f"the year and the sequence number of a document number traded places: {written}"),
            help=Msg(f"写作“{right}”（GB/T 9704-2012 7.2.5：年份用六角括号括入，序号在后）",
                     f"write {right} (GB/T 9704-2012 7.2.5: the year in 〔〕, the number after it)"),
            fix=Fix((Edit(match.start(), match.end(), right),), safe=True, description=Msg(f"改为“{right}”", f"write {right}")),
        )


def _number_only(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for match in NUMBER_ONLY.finditer(folded):
        at = match.start()
        while at and folded[at - 1] in " \u3000":
            at -= 1  # 鄂政管办发 〔2019〕4号: a space after the code
        before = folded[at - 1] if at else ""
        if before and (is_han(before) or before.isdecimal() or before in "〕]）)"):
            if folded[max(0, at - 2):at] not in _CITING_WORDS:
                continue  # an issuer's code (or another number) before the year
        elif before in "、，," and _A_CODE_BEFORE.search(folded, max(0, at - 80), at):
            continue  # a list of one issuer's numbers
        written = doc.text[match.start():match.end()]
        yield Finding(
            match.start(), match.end(),
            Msg(f"发文字号缺少发文机关代字：“{written}”", f"a document number without its issuer's code: {written}"),
            help=Msg("在年份前补上发文机关代字（GB/T 9704-2012 7.2.5：发文字号由发文机关代字、年份、发文顺序号组成）",
                     "put the issuer's code before the year (GB/T 9704-2012 7.2.5)"),
        )


def _future_years(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    latest = date.today().year + 1  # a document of next year may be cited in December
    for match in _after_code(FUTURE_YEAR, folded):
        year = int(match.group(1))
        if year <= latest:
            continue
        written = doc.text[match.start():match.end()]
        yield Finding(
            match.start() + 1, match.start() + 5,
            Msg(f"发文字号的年份“{year}”还没有到来：“{written}”", f"the year {year} of a document number has not come yet: {written}"),
            help=Msg("核对发文年份（常见为数字顺序颠倒，如2024误作2204）",
                     "check the year (often two digits swapped: 2204 for 2024)"),
        )


def _after_code(pattern, folded: str) -> Iterator["re.Match[str]"]:
    """The matches of ``pattern`` with an issuer's code (a Chinese character) right before them: a
    document number, not a bracketed year or a fragment."""
    return (match for match in pattern.finditer(folded) if _han_before(folded, match.start()))


def _han_before(folded: str, at: int) -> bool:
    return at > 0 and is_han(folded[at - 1])


def _year_with_nian(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for match in YEAR_WITH_NIAN.finditer(folded):
        start = match.start() - 4
        year, number = folded[start:match.start()], match.group(1)
        if start < 1 or not year.isdecimal() or year[:2] not in ("19", "20") or folded[start - 1] not in _CODE_END:
            continue  # no year right before 年, or no issuer's code before the year (2023年12号台风)
        right = _standard(year, number)
        written = doc.text[start:match.end()]
        yield Finding(
            start, match.end(),
            Msg(f"发文字号的年份应使用六角括号“〔〕”，不写“年”：“{written}”",
                f"the year of a document number goes in 〔〕, without 年: {written}"),
            help=Msg(f"写作“{right}”（GB/T 9704-2012 7.2.5）", f"write {right} (GB/T 9704-2012 7.2.5)"),
            fix=Fix((Edit(start, match.end(), right),), safe=True, description=Msg(f"改为“{right}”", f"write {right}")),
        )


def _year_first(doc: Document) -> Iterator[Finding]:
    folded = doc.folded
    for match in YEAR_FIRST.finditer(folded):
        before = folded[match.start() - 1] if match.start() else ""
        if _han_before(folded, match.start()) or before == "〕" or before.isdecimal():
            continue  # a code before the year: the usual order (or another bracket's end)
        year, code, number = match.groups()
        if code.startswith("第") or _COURT_CODE.search(code):
            continue
        written = doc.text[match.start():match.end()]
        right = f"{code}〔{year}〕{int(number)}号"
        yield Finding(
            match.start(), match.end(),
            Msg(f"发文字号的机关代字应在年份之前：“{written}”", f"the issuer's code of a document number goes before the year: {written}"),
            help=Msg(f"写作“{right}”（GB/T 9704-2012 7.2.5：发文字号由发文机关代字、年份、发文顺序号依次组成）",
                     f"write {right} (GB/T 9704-2012 7.2.5: the issuer's code, the year, the sequence number, in that order)"),
            fix=Fix((Edit(match.start(), match.end(), right),), safe=True,
                    description=Msg(f"改为“{right}”", f"write {right}")),
        )


@rule(
    code="LL404",
    name="document-number",
    severity="warning",
    summary="发文字号写法不规范：年份未用六角括号“〔〕”、年份不全、序号加“第”或编虚位、漏序号或“号”、年份写在机关代字之前",
    summary_en="a document number (发文字号) not written as 机关代字〔年份〕序号号",
    why="GB/T 9704-2012《党政机关公文格式》7.2.5：发文字号由发文机关代字、年份、发文顺序号组成；年份应标全称，"
    "用六角括号“〔〕”括入（不用﹝﹞、【】、[]、（）等形近括号）；年份和发文顺序号用阿拉伯数字，发文顺序号不加“第”字，不编虚位（即1不编为01）。三者依次排列（机关代字在前），序号后写“号”；没有机关代字的“〔2025〕3号”说不出是谁的文件（同一机关的几个文号并列时，后面的可以省去代字）。尚未到来的年份（〔2204〕）是录入错误。",
    why_en="GB/T 9704-2012 7.2.5: a document number is the issuer's code, the year and the sequence number; "
    "the year is written in full inside 〔〕 (not its look-alikes ﹝﹞, 【】, [], （）), year and sequence number in Arabic digits, "
    "and the sequence number takes no 第 and no leading zeros; the three "
    "come in that order (the code first), the number followed by 号. A year still to come (〔2204〕) is a typing slip.",
    bad=[
        "根据《国务院关于加强法治政府建设的意见》（国发[2010]33号）要求，全面推进依法行政。",
        "印发了《某区法治政府建设实施方案》（某府发【2021】5号）。",
        "按照《关于进一步规范行政裁量权基准制定和管理工作的意见》(国办发(2022)27号)，制定裁量基准。",
        "依据某政办发［2023］12号文件精神，开展专项检查。",
        "转发《某市重大行政决策程序规定》（某府发〔21〕3号）。",
        "印发《法治政府建设工作要点》（某司发〔2023〕第5号）。",
        "制定《行政执法公示办法》（某城管发〔2022〕05号）。",
        "根据某交发 [2022] 97号要求，落实执法监督。",
        "按照某政发〔2020〕第008号文件，开展行政执法案卷评查。",
        "印发《关于进一步规范行政执法的通知》（城中政办〔2024〕19），明确执法程序。",
        "严格执行《关于落实“三重一大”制度的通知》（〔2023〕某办发15号），明确决策范围。",
        "按照《关于开展行政执法案卷评查的通知》（县政办发2023年12号）要求，开展评查。",
        "根据《关于印发2024年普法依法治理工作要点的通知》（福办发〔2024〕号）要求，开展普法工作。",
        "转发《关于进一步加强行政复议工作的通知》（某府办发﹝2021﹞33号），落实国办发〔二〇二一〕12号文件。",
        "按照某司发〔2022年〕15号、某府发〔2022〕十五号和某办发2022年第3号文件要求，开展专项检查。",
        "根据《关于开展专项整治的通知》（县政发〔2204〕3号）要求，开展专项整治。",
        "根据《关于加强检察建议工作的通知》（市检发2016〔8〕号）要求，规范检察建议工作。",
        "根据《关于进一步加强行政执法监督工作的通知》（〔2025〕3号）要求，开展专项检查；按照〔2023〕15号文件要求全面自查。",
    ],
    good=[
        "根据《国务院关于加强法治政府建设的意见》（国发〔2010〕33号）要求，全面推进依法行政。",
        "《中共中央 国务院关于印发〈法治政府建设实施纲要（2021—2025年）〉的通知》（中发〔2021〕33号）",
        "在（2021）渝0106行初123号行政诉讼案件中，局负责人出庭应诉。",
        "市政府先后印发市政发〔2023〕5号、〔2023〕8号文件；执行鄂政管办发 〔2019〕4号。",
        "《法治政府建设实施纲要(2021—2025年)》印发后，我局认真抓好贯彻落实。",
        "全年共办理行政复议案件（2023年）12件。",
        "制定《行政执法公示办法》（某城管发〔2022〕10号）。",
        "渝ICP备19004061号-1",
        "2023年（第5号）工作简报",
        "市政府令[第123号]",
        "印发某政办〔2024〕19、20号文件和某政办〔2024〕3—5号文件，执行某府发〔2024〕19-1号。",
        "在〔2021〕京民终12号和（2015）高民初字第12号案件中，局负责人出庭应诉；转发某府办〔2023〕15号文件。",
        "2023年12号台风过境后，启动应急响应；转发某府办〔2023〕1 2号文件。",
        "（某府发〔2024〕  号）",
    ],
    fixable="safe",
)
def document_number(doc: Document) -> Iterator[Finding]:
    if "号" in doc.text:
        yield from _wrong_brackets(doc)
        yield from _short_year(doc)
        yield from _padded(doc)
        yield from _year_first(doc)
        yield from _year_with_nian(doc)
    if "〔" in doc.text:
        yield from _no_suffix(doc)
        yield from _no_number(doc)
        yield from _number_only(doc)
        yield from _odd_numerals(doc)
        yield from _future_years(doc)
        yield from _year_outside(doc)
