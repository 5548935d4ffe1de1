"""template-placeholder: drafting placeholders (xx区, ××县, 召开会议*次, 20xx年) left in a report.

Drafts and the templates that circulate between offices stand in for a name or
a number with a run of marks (××, XX, xx, **, ☆☆, ○○, □□, △△).  The same marks
have honest uses: multiplication (3×4米), X光, English words, masked personal
data (张**, 138****1234), markdown bold and bullets, checkboxes, ratings and
○ written for 〇 in year numerals.  A run of two or more marks is a
placeholder unless its neighbours show one of those uses; a single mark only
where the words around it leave room for nothing but a number or a name
(召开会议*次, ☆个部门, 第X条, X月X日, x市).  A study that names its sites by letters on
purpose (X市和Y县, 以X区为例) leaves no blank.
"""
from __future__ import annotations

import re
from typing import Iterator, List, Optional, Tuple

from lintlaw import segment
from lintlaw.document import Document, offsets_of
from lintlaw.finding import Finding, Msg
from lintlaw.lazy_re import lazy
from lintlaw.registry import rule

# Runs of these marks in the folded text (Ｘ/ｘ are folded to X/x there); everything
# else is decided from a few neighbouring characters of each run.
_MARK_CHARS = "×Xx＊*☆○□△_＿"
_MARKS = lazy("[" + re.escape(_MARK_CHARS) + "]+")

_ASCII_X = "Xx"
_STARS = "*＊"
_BLANKS = "_＿"
# Markdown bold written with underscores: "__加强组织领导__".
_UNDERSCORE_BOLD = re.compile(r"(?<![_＿\w])__[^_＿\n]{1,40}__(?![_＿\w])")
_CN_NUMERALS = "〇零一二三四五六七八九十百千"
_SPACE = " \t\u3000\xa0\u2002\u2003\u200b\ufeff\n"

# What follows a placeholder for a name (xx区, ××县委, *路) ...
_NAME_SUFFIX = set("区县市省州盟旗镇乡村街局委厅办部司处科所院校路巷馆队社组站")
# ... and for a number: a measure word, or a unit of a date or a document number.
_MEASURE = set("次个项件名场期家起篇份批户所类届位座处套台辆种堂轮人条款章节天")
_DATE = set("年月日号")
# A measure word that begins a common word is no evidence of a number
# (人数×人均, ☆个人, *项目): the mark may be a multiplication sign or a bullet.
_NOT_MEASURE = frozenset(
    "个人 个体 个别 个性 人均 人数 人员 人民 人大 人口 人才 人力 人身 人事 人社 名单 名称 名义 名录 "
    "项目 次数 次要 件事 家庭 家长 家属 期间 期限 所有 所在 所属 所以 类似 类别 类型 位于 位置 "
    "处理 处罚 处置 场所 场地 起草 起诉 起来 批准 批复 条例 条件 款项 届时 座谈 套餐 台账 种类 "
    "份额 户籍 章程 节日 节约 天然 天气 部门 部署 区域 区分 区别 市场 市民 局面 局部 委托 委员 "
    "办理 办法 办公 司法 科学 科技 院校 路径 路线 社会 社区 组织 组长 站位 队伍 号召 日常 日益 "
    "月度 年度 年龄 年轻 条线 款式".split()
)
# Common surnames: in 张** and 王×× a person's name is masked on purpose (privacy rules for published cases).
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤"
)


# A count or a date whose number was lost, the place left empty with no mark at all (a number
# field of a template filled with nothing): "全区共个街道、个社区参加", "月日，区妇联举办培训班".
# The words that total a count before its measure word, not the 共 of 公共 (公共个人信息: read
# after the match, since a pattern that opens with a look-behind is tried at every character).
_EMPTY_COUNT = lazy(r"(?:共|累计|合计|共计|总计)([个件名家项场次起户篇份批期])(?=[\u4e00-\u9fff])")
# 月日 where a sentence or a clause of time opens (月日，区妇联举办…; 于月日召开), then a clause.
_DATE_OPENERS = "。；！？\n于在"


# A number left as blanks (a template's field filled with spaces): spaces between a word and a
# measure word that ends its clause (全年开展集中学法  次，覆盖干部职工  人次。).  Nothing but a number
# stands there; a space before a measure word that opens a word (人员 名单) or before a digit is layout.
_BLANK_COUNT = lazy(r"[ \u3000\xa0]+(?:人次|件次|户次|万元|万人|[次个项件名场期家起篇份批户所类届位座处套台辆种堂轮人条款章节天元%％])"
                    r"(?=[，。；、,;：:）)]|$)", re.M)


def _blank_counts(text: str) -> Iterator[Tuple[int, int]]:
    for m in _BLANK_COUNT.finditer(text):
        at = m.start()
        # After a word, in text that is not spaced out letter by letter (全 年 工 作), and not inside a
        # count's measure split by a stray space (628007人 次: the number is there).
        if at >= 2 and _is_cjk(text[at - 1]) and text[at - 2] not in _SPACE and not text[at - 2].isdigit():
            yield at, m.end()


def _dropped_numbers(doc: Document) -> Iterator[Finding]:
    text = doc.folded
    found = []
    found.extend((start, end, "blank") for start, end in _blank_counts(text))
    if "共" in text or "计" in text:
        frequency = segment.frequencies().frequency
        # The measure word may open a word of its own (共批捕, 累计起草, 共场所): then no number is lost.
        found.extend((m.start(1), m.end(1), "count") for m in _EMPTY_COUNT.finditer(text)
                     if text[m.start() - 1:m.start()] != "公"
                     and text[m.start(1):m.start(1) + 2] not in _NOT_MEASURE
                     and not frequency[text[m.start(1):m.start(1) + 2]])
    found.extend((at, at + 2, "date") for at in _empty_dates(text))
    for start, end, kind in sorted(found):
        shown = doc.text[max(0, start - 1):end + (2 if kind == "count" else 0)] if kind != "date" else doc.text[start:end]
        yield Finding(
            start, end,
            Msg(f"“{shown}”缺少数字：起草时留空的{'日期' if kind == 'date' else '数量'}没有填写",
                f"“{shown}” lacks its number: the {'date' if kind == 'date' else 'count'} the draft left empty"),
            help=Msg("填上实际的数字", "write the real number"),
        )


# A note the drafter left for whoever finishes the text, in brackets: what to put in this place
# (（此处插入统计表）, 【此处补充典型案例】), or that a figure still waits (（数据待核实）). Only the words
# that address the drafter count: 此处/这里/在此 before a verb of putting in, or 待 before a verb of
# completing; a bracket that explains (含…, 以下简称…) or asks the public (请登录…) is report text.
_NOTE_VERBS = "插入|填写|填入|补充|补齐|添加|粘贴|附上|放置|替换|更新|核实|核对|确认|完善|列出|附"
_EDITOR_NOTE = lazy(
    r"[（(【\[]\s*(?:(?:请在|请于)?(?:此处|这里|在此|此段|此表)(?:请|需|应|要)?(?:" + _NOTE_VERBS + r")"
    r"|(?:插入|粘贴)[^（()）【】\[\]\n]{0,12}?(?:图|表|照片|截图|数据)"
    r"|[^（()）【】\[\]\n]{0,12}?待(?:补充|补齐|填写|填报|补|核实|核对|完善|更新|确认|审核后填写))"
    r"[^（()）【】\[\]\n]{0,30}?[）)】\]]")


def _editor_notes(doc: Document) -> Iterator[Finding]:
    text = doc.folded
    if not any(word in text for word in ("此处", "这里", "在此", "此段", "此表", "插入", "粘贴", "待")):
        return
    for m in _EDITOR_NOTE.finditer(text):
        shown = doc.text[m.start():m.end()]
        yield Finding(
            m.start(), m.end(),
            Msg(f"编辑提示“{shown}”未删除：起草时留给自己的说明留在了报告中",
                f"editor's note “{shown}” left in: a note the drafter left for the text's finishing"),
            help=Msg("按提示补上内容并删去这条说明，或整条删去", "do what the note says and delete it, or delete it"),
        )


def _empty_dates(text: str) -> Iterator[int]:
    at = text.find("月日")
    while at >= 0:
        opens = at
        while opens > 0 and text[opens - 1] in " \u3000":
            opens -= 1
        after = text[at + 2:at + 3]
        if (opens == 0 or text[opens - 1] in _DATE_OPENERS) and after and (after in "，," or "\u4e00" <= after <= "\u9fff"):
            yield at
        at = text.find("月日", at + 2)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch == "〇"


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in "_@/.'-")


def _numeric_next(text: str, i: int) -> bool:
    """The characters from ``i`` make the mark stand for a number (*次, ☆多个, X月, x号)."""
    ch = text[i:i + 1]
    if ch in ("多", "余"):
        i += 1
        ch = text[i:i + 1]
        return ch in _MEASURE
    if ch in _DATE:
        return text[i:i + 2] not in _NOT_MEASURE
    return ch in _MEASURE and text[i:i + 2] not in _NOT_MEASURE


def _name_next(text: str, i: int) -> bool:
    return text[i:i + 1] in _NAME_SUFFIX and text[i:i + 2] not in _NOT_MEASURE


def _kind(text: str, end: int) -> Optional[str]:
    if _name_next(text, end):
        return "name"
    if _numeric_next(text, end):
        return "number"
    return None


def _line_of(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a:b if b != -1 else len(text)]


def _run_is_placeholder(text: str, start: int, end: int, run: str) -> bool:
    """A run of two or more marks."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    has_x = any(c in _ASCII_X for c in run)
    if has_x and (_is_ascii_word(before) and not before.isdigit() or _is_ascii_word(after)):
        return False  # an English word, a roman numeral, a file name or a URL
    if has_x and after == " " and text[end + 1:end + 2].isascii() and text[end + 1:end + 2].isalpha():
        return False  # English text: "XX League"
    if run[0] in _BLANKS:
        # A blank to fill in: "以____思想为指导", "20__年", "__县教育局" (a form's "签字：______" ends its line).
        if not all(c in _BLANKS for c in run) or _is_ascii_word(before) and not before.isdigit() or _is_ascii_word(after):
            return False  # a file name or an identifier: snake_case__name
        if before.isdigit() and not _year_prefix(text, start, run):
            return False
        if run == "__" and any(m.start() <= start < m.end() for m in _UNDERSCORE_BOLD.finditer(_line_of(text, start, end))):
            return False
        return _is_cjk(after) or after in "（(“"
    if after.isdigit() or (before.isdigit() and not _year_prefix(text, start, run)):
        return False  # masked digits (138****1234) or a product of numbers
    if text[end:end + 2] == "世纪":
        return False  # XX世纪: the roman numeral for 20
    line = _line_of(text, start, end)
    if not line.strip(_SPACE + "×Xx＊*☆○□△-—=_"):
        # A line of marks alone is a separator, unless it is a short ×××/XXX stub for a signature.
        return len(run) <= 4 and all(c in "×Xx" for c in run)
    if before in _SURNAMES or before == "某" or before == "人":
        if _kind(text, end) is None:
            return False  # 张**、王××、当事人×× : a name masked on purpose
    if any(c in _STARS for c in run) and len(run) <= 3 and not has_x:
        # Markdown bold **…** (both ends in one line), or a bold mark at the line's start.
        if before in _SPACE or line.count(run) >= 2:
            return False
    if "○" in run and (before in _CN_NUMERALS or after in _CN_NUMERALS):
        return False  # 二○○八年: ○ written for 〇
    if before == "★" or after == "★" or "☆" in run and after in "级星":
        return False  # a rating: ★★★☆☆, ☆☆☆☆级
    if has_x or "×" in run:
        return True  # ××县、负责人：×××
    # *, ☆, ○, □, △ runs stand for a name or a number before a word, not as decoration.
    return _is_cjk(after) or after in "（(“"


def _year_prefix(text: str, start: int, run: str) -> bool:
    """20xx年, 201x年: digits of a year with the rest left open."""
    i = start
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    digits = start - i
    end = start + len(run)
    return 2 <= digits <= 3 and digits + len(run) == 4 and text[i:i + 2] in ("19", "20") and \
        (text[end:end + 1] in ("年", "—", "-", "～", "~") or not text[end:end + 1].isalnum())


def _single_is_placeholder(text: str, start: int, mark: str) -> bool:
    """One mark: only where the words around it leave room for nothing but a number or a name."""
    if mark in "○□△" + _BLANKS:
        return False  # a bullet, a checkbox, ○ for 〇, an underscore: a single one is too often right
    end = start + 1
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if before.isdigit():
        return _year_prefix(text, start, mark)  # 201x年; otherwise 3×4, 2x
    if before.isascii() and before.isalpha():
        return False
    if mark in _ASCII_X + "×" and after in ".、" and _is_cjk(text[end + 1:end + 2] or "a") and before not in _SPACE:
        return True  # 。x.组织保障到位: a list number left open
    if _is_ascii_word(after):
        return False
    if before in _SPACE or before in "·•-—":
        # A bullet at a line's start; but *个协调小组 (no space, a measure word) is a count.
        return mark in _STARS + _ASCII_X + "×" and _numeric_next(text, end) and after not in _DATE
    if after == "月":
        return True  # X月X日, 截至X月
    if after == "日" and before == "月":
        return True
    if before == "第" and (after in _MEASURE or after in _DATE):
        return True  # 第X条, 第×次
    if before in _SURNAMES:
        return False
    return _numeric_next(text, end) or _name_next(text, end)


# Places named by letters on purpose: a study keeps its sites anonymous (A市、B县, X市和Y县, N地).
_LETTER_PLACE = lazy(r"(?<![A-Za-z])([A-Z])(?=[区县市省州镇乡村地])")
_STUDY = lazy(r"本文|本研究|研究发现|样本|访谈|问卷|以[A-Z][区县市省州镇乡村]为例")


def _places_by_letter(text: str) -> bool:
    """Does the text name places by letters on purpose: two different letters, or as a study does?

    A template leaves one mark where a name goes (x市, ××县); anonymised sites come with
    their siblings (X县和Y县) or in a text that says it studies them (以X市为例, 样本).
    """
    letters = {m.group(1) for m in _LETTER_PLACE.finditer(text)}
    return len(letters) >= 2 or (bool(letters) and _STUDY.search(text) is not None)


def _mark_runs(text: str) -> List[Tuple[int, int]]:
    """The spans of _MARKS.finditer(text).

    The marks are rare in a report: finding each with str.find is ten times faster
    over a 4 MB text than a pattern opening with a character class, which is tried
    at every character.
    """
    offsets = offsets_of(text, _MARK_CHARS)
    if not offsets:
        return []
    runs = []
    start = end = offsets[0]
    for at in offsets[1:]:
        if at != end + 1:
            runs.append((start, end + 1))
            start = at
        end = at
    runs.append((start, end + 1))
    return runs


@rule(
    code="LL503",
    name="template-placeholder",
    severity="error",
    summary="起草占位符未替换：xx区、××县、召开会议*次、20xx年、〔2023〕x号",
    summary_en="Drafting placeholder left in: xx区, ××县, 召开会议*次, 20xx年, 〔2023〕x号",
    why=(
        "起草报告或套用范文时，常用“××”“xx”“*”“☆”“○○”“□□”暂代单位名称、年份和数字。《法治政府建设与责任落实"
        "督察工作规定》要求年度报告如实报告法治政府建设的情况，报送和向社会公开的报告中留下占位符，说明报告是套用"
        "模板而未如实填写；GB/T 9704—2012 要求公文的发文字号、成文日期等写出实际的年份和序号。乘号（3×4米）、"
        "X光、英文单词、有意隐去的个人信息（张**、138****1234）、列表符号、复选框和“二○二三年”中的“○”不是占位符。"
        "数字留空而连占位符都没有的（“全区共个街道参加”“月日，区妇联举办……”），同样报告。起草时留给自己的编辑提示"
        "（“（此处插入统计表）”“（数据待核实）”）也是未完成的痕迹，一并报告；解释性的括注（含…、以下简称…）不报告。"
    ),
    why_en=(
        "Drafts and the templates offices copy from stand in for names, years and figures with ××, xx, *, ☆, ○○ "
        "or □□. The regulation on supervising the building of law-based government requires the annual report to "
        "state what was actually done; a placeholder left in the submitted or published report shows a template "
        "filled in carelessly, and GB/T 9704-2012 requires real years and serial numbers in document numbers and "
        "dates. Multiplication (3×4米), X光, English words, personal data masked on purpose (张**, 138****1234), "
        "list bullets, checkboxes and ○ written for 〇 in 二○二三年 are not placeholders. A number left out with no "
        "mark at all (全区共个街道参加, 月日，区妇联举办……) is reported too, and so is a note the drafter left for "
        "finishing the text ((此处插入统计表), (数据待核实)); an explaining bracket (含…, 以下简称…) is report text."
    ),
    bad=[
        "月日，区妇联举办“巾帼普法”培训班，全区共个街道、个社区的妇联干部参加。",
        "全年开展集中学法  次，覆盖干部职工  人次。",
        "2022年，xx区教育局在区委、区政府的正确领导下，深入推进依法治教。",
        "××县人民政府关于2023年法治政府建设情况的报告",
        "区委依法治区委共召开会议*次，统筹推进全区法治政府建设各项工作。",
        "出台“谁执法谁普法”实施方案，列出☆个市直部门☆项普法责任清单。",
        "20xx年以来，在市委、市政府的坚强领导下，我局扎实推进依法行政。",
        "印发《全县教育系统法治宣传教育第八个五年规划》（永教发〔2023〕x号），目标明确。",
        "截至X月X日，全年共受理行政复议申请XX件，已全部办结。",
        "聘请□□律师事务所律师担任法律顾问，全年审查合同36份。",
        "一是思想认识到位。x.组织保障到位。成立由局主要领导任组长的领导小组。",
        "严格执行《重大行政决策程序暂行条例》第X条的规定，全年作出重大行政决策5项。",
        "现将xxxx年法治政府建设情况报告如下。",
        "行政复议受理窗口地址位于*路*号，并向社会公布。",
        "20__年，区教育局坚持以____思想为指导，全面推进依法治教。",
        "现将__县教育局法治政府建设工作总结如下。",
        "2023年，X县司法局扎实推进法治政府建设，全年开展普法活动86场。",
        "全年共化解矛盾纠纷326件，调解成功率97.2%。（此处插入调解情况统计图）",
        "【此处补充典型案例】全年办理法律援助案件1,256件。",
        "行政复议纠错率为12.5%（数据待核实），同比下降3.1个百分点。",
        "全年共受理行政复议申请86件（插入分类统计表），已审结79件。",
    ],
    good=[
        "依法保护公共个人信息，全年共15个街道、86个社区参加培训。",
        "全年开展集中学法 12 次，参训人员 名单附后。",
        "3月5日，区妇联举办培训班；每月日均接待来访群众20人次。",
        "新建3×4米法治宣传栏12块，在1920×1080的电子屏循环播放普法短片。",
        "举办全县中小学生法治知识竞赛和10×100米接力赛，参与学生2000余人。",
        "为辖区群众免费提供X光、X射线检查等公共卫生服务，推进医疗纠纷依法化解。",
        "组织执法人员参加Excel数据分析和xml报送格式培训，统计表已在西安（Xi'an）会议上交流。",
        "二○二三年，区司法局深入贯彻习近平法治思想。",
        "是否属于重大行政决策：□ 是  □ 否\n是否经过合法性审查：□是 □否",
        "* 加强组织领导\n* 健全工作机制\n△ 强化督促检查\n☆ 完善考核评价",
        "全年查处违法案件12件，当事人张**已按期缴纳罚款，举报电话138****1234。",
        "**一、主要举措和成效**\n全年审核规范性文件28件。",
        "该项目被评为★★★☆☆级服务窗口，群众满意率98.6%。",
        "注*：数据截至2023年12月31日。",
        "第XXI届国际法律论坛在京举行，我局派员参加。",
        "数据报送文件统一命名为law_report__2023.xlsx，由办公室汇总。",
        "承办人签字：________\n审核人签字：________",
        "本文选取X市和Y县的12个司法所为样本，X市司法所平均配备工作人员3名。",
        "以X区为例，X区近三年共受理行政复议案件412件，纠错率逐年下降。",
        "全年受理申请25件（含上年结转3件，另有2件结转下年度办理）。",
        "相关信息可登录区政府门户网站查询（请在此处输入关键词检索），也可拨打12345热线。",
        "本表数据截至2023年12月31日（待审计后更新的，以审计结果为准）。",
        "全年共排查矛盾纠纷1,024件（其中待化解12件），化解率98.8%。",
    ],
)
def template_placeholder(doc: Document) -> Iterator[Finding]:
    yield from _dropped_numbers(doc)
    yield from _editor_notes(doc)
    text = doc.folded
    anonymised = None
    for start, end in _mark_runs(text):
        run = text[start:end]
        if len(run) == 1:
            ok = _single_is_placeholder(text, start, run)
            if ok and run in _ASCII_X and _name_next(text, end):
                if anonymised is None:
                    anonymised = _places_by_letter(text)
                ok = not anonymised
        else:
            ok = _run_is_placeholder(text, start, end, run)
        if not ok:
            continue
        if start and text[start - 1].isdigit():
            while start and text[start - 1].isdigit():
                start -= 1  # 20xx: the whole year is to be written
        shown = doc.text[start:end]
        kind = _kind(text, end)
        if kind == "name":
            what = Msg("名称", "name")
        elif kind == "number" or text[end:end + 1] in ".、":
            what = Msg("数字", "number")
        else:
            what = Msg("名称或数字", "name or number")
        yield Finding(
            start,
            end,
            Msg(f"占位符“{shown}”未替换：起草时暂代的{what.zh}留在了报告中",
                f"placeholder “{shown}” left in: a {what.en} the draft left open"),
            help=Msg(f"把“{shown}”换成实际的{what.zh}", f"replace “{shown}” with the real {what.en}"),
        )
