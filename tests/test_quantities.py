"""The number model: what becomes a quantity, with which value, unit and marks, and what does not."""
import pytest

from lintlaw.document import Document
from lintlaw.numbers import extract, quantities


def only(text):
    found = list(extract(text))
    assert len(found) == 1, [(q.number, q.unit) for q in found]
    return found[0]


@pytest.mark.parametrize(
    "text,value,unit",
    [
        ("全年共办理行政复议案件56件", 56, "件"),
        ("组织法律法规知识测试25次", 25, "次"),
        ("累计培训近1000人次", 1000, "人次"),
        ("审核行政处罚案件76件次", 76, "件次"),
        ("发放宣传品30000份", 30000, "份"),
        ("共计1,234人参加", 1234, "人"),
        ("共计１２３人参加", 123, "人"),
        ("共查处案件两起", 2, "起"),
        ("梳理权力事项十二项", 12, "项"),
        ("共清理文件一百零八件", 108, "件"),
        ("行政权力事项共五大类", 5, "大类"),
        ("明确了3个方面的任务", 3, "个方面"),
        ("拆除违法建筑约13.8万平方米", 138000, "平方米"),
        ("罚没收入30余万元", 300000, "元"),
        ("处罚金额为847 余万元", 8470000, "元"),
        ("投入资金3.5亿元", 350000000, "元"),
        ("惠及1.2万人", 12000, "人"),
        ("兼职律师1.43万多人", 14300, "人"),  # 万多 is the scale of its digits, no numeral of its own
        ("全市受理的投诉 238 条", 238, "条"),
        ("全省法院收案87 936件", 87936, "件"),  # digits grouped by spaces, as statistics write them
        ("全年新收案件18 406件", 18406, "件"),
        ("新增设备一个多月后投入使用", 1, "个月"),
        # 千 and 百 before a measure word scale the digits, as 万 and 亿 do: statistics count land
        # in 千公顷, and a page may write 千户, 百羽
        ("全年粮食播种面积785.1千公顷", 785100, "公顷"),
        ("新增户用沼气3千余户", 3000, "户"),
        ("年末家禽存栏51313百羽", 5131300, "羽"),
        ("年末生猪存栏12.4万头", 124000, "头"),  # livestock, poultry, transactions, dollars
        ("办理跨境结算业务1.9万笔", 19000, "笔"),
        ("实际利用外资1.35亿美元", 135000000, "美元"),
        # ... but 千米, 千克, 千瓦 and 百分点 are units of their own
        ("新建农村公路3.5千米", 3.5, "千米"),
        ("全社会用电量12.6亿千瓦时", 1260000000, "千瓦"),
    ],
)
def test_counts_with_their_values_and_units(text, value, unit):
    q = only(text)
    assert q.kind == "count"
    assert q.value == value
    assert q.unit == unit


def test_offsets_point_into_the_original_text():
    text = "共计１２３人参加，处罚金额为847 余万元。"
    qs = list(extract(text))
    assert [text[q.start:q.num_end] for q in qs] == ["１２３", "847 余万"]
    assert [text[q.unit_start:q.unit_end] for q in qs] == ["人", "元"]


@pytest.mark.parametrize(
    "text,value,decimals",
    [("合格率达100%", 100, 0), ("满意率98.3%", 98.3, 1), ("满意率99.93％", 99.93, 2), ("占比百分之八十五", 85, 0)],
)
def test_percentages(text, value, decimals):
    q = only(text)
    assert q.kind == "percent" and q.unit == "%"
    assert q.value == pytest.approx(value)
    assert q.decimals == decimals


def test_fractions_and_halves():
    q = only("赞成票超过三分之二")
    assert q.kind == "fraction" and q.value == pytest.approx(66.67, abs=0.01)
    assert only("超过半数以上").value == 50


@pytest.mark.parametrize(
    "text,value,step",
    [
        ("采纳率超过九成五", 95, 5),
        ("占案件总数的一成半。", 15, 5),
        ("合格率达九成九以上", 99, 1),
        ("占比超过六成", 60, 10),
    ],
)
def test_tenths_with_a_part(text, value, step):
    # 九成五, 一成半: the part after the tenths is read with them, and its step is finer
    q = only(text)
    assert q.unit == "成" and q.value == value and q.step == step


@pytest.mark.parametrize("text", ["首付三成五年还清", "这一成五类问题"])
def test_tenths_part_needs_a_break(text):
    assert all(q.value not in (35, 15) for q in extract(text))


@pytest.mark.parametrize(
    "text,marks",
    [
        ("发动市民群众近5000余人", ["近", "余"]),
        ("参加人数超过了300人以上", ["超过", "以上"]),
        ("约有300人左右参加", ["约", "左右"]),
        ("对系统内160余名业务骨干开展培训", ["余"]),
        ("历时两年多来", ["多"]),
        ("接待群众近百余人次", ["近", "余"]),
        ("用一个月左右时间", ["左右"]),
        ("积分平均达到4000分以上", ["以上"]),
        ("即办件比例达到55%以上", ["以上"]),
    ],
)
def test_approximation_marks(text, marks):
    q = only(text)
    assert [m.text for m in q.marks] == marks
    assert not q.exact


def test_bounds_of_approximations():
    assert only("160余名").bounds == (160, 170)
    assert only("5000余人").bounds == (5000, 6000)
    lo, hi = only("近5000人").bounds
    assert lo < 5000 and hi == 5000
    assert only("5000人以上").bounds[1] == float("inf")
    assert only("培训32人").bounds == (32, 32)


@pytest.mark.parametrize(
    "text",
    [
        "2023年",  # a year
        "2020 年",
        "二〇二一年",
        "12月17日",  # a date
        "发布时间:2019-01-24 15:52",  # date and time
        "15时40分召开会议",
        "沙城管局发〔2021〕91号",  # document number
        "国发〔2016〕9号文",
        "违法和不良信息举报电话:023-12345",  # phone
        "索引号: 11500106709335764X/2022-00118",  # index number
        "渝ICP备19004061号-1",
        "党政主要负责人履行第一责任人职责",  # ordinals
        "属于国务院关于第二批取消中央指定地方实施行政审批事项的决定第64项",
        "“十四五”开局之年",  # plan names
        "严格落实“七五”普法规划",
        "七五普法实施以来",
        "“12·4”国家宪法日",  # quoted day and method names
        "“12.4”国家宪法日",
        "推行“721”工作法",
        "落实建筑工地“6+1”即扬尘治理",
        "一是强化领导。二是统筹部署。",  # enumerators
        "与公安机关一起开展联合执法",  # 一起 "together"
        "十分重要",
        "数十家企业",
        "上百人参加",
        "千家万户",
        "推动“一站式”服务",
        "改造10千伏线路",  # 千 before no measure word is no scale
        "年均浓度控制在4.7千分之内",  # 千分 begins 千分之, 千分比
        "坚持一头抓执法、一头抓服务",  # 头, 羽, 笔 count only after digits
        "一笔带过",
    ],
)
def test_what_only_looks_like_a_count_is_left_out(text):
    counts = [q for q in extract(text) if q.kind != "number"]
    assert counts == [], [(q.number, q.unit) for q in counts]


def test_numbers_apart_by_spaces_are_no_grouping():
    # a table's cells flattened into a line: three numbers, none of them 487936
    assert [q.value for q in extract("结案数 12 487 936")] == [12, 487, 936]
    assert [q.value for q in extract("罚款 2315 18640 126件")] == [2315, 18640, 126]


def test_years_are_kept_apart():
    model = extract("2023年度我局有11件行政处罚案件被申请行政复议，2024年继续推进。")
    assert [y.value for y in model.years] == [2023, 2024]
    assert [q.value for q in model] == [11]


def test_ranges_flag_both_ends():
    for text in ("培训3～5人", "为期三至五年", "增长15%～30%", "投入5万～10万元"):
        qs = list(extract(text))
        assert qs and all(q.in_range for q in qs), text
    # a change is not a range
    assert not any(q.in_range for q in extract("由320天压缩到32天"))


def test_unit_that_starts_another_word_is_not_a_unit():
    assert only("共5项目建设").unit == ""
    assert only("组织3部门联合执法").unit == "部门"


def test_document_caches_the_model():
    doc = Document.from_text("全年共办理行政复议案件56件，其中维持30件。")
    assert quantities(doc) is quantities(doc)
    assert [q.value for q in quantities(doc).between(0, len(doc.text))] == [56, 30]


def test_model_is_linear_on_a_large_document():
    # Not a timing test: a large repetitive document must simply finish and give
    # one quantity per occurrence (a quadratic model would not finish here).
    text = "全年共办理行政复议案件56件，其中维持30件、撤销10件。\n" * 20000
    model = extract(text)
    assert len(model) == 60000


def test_a_range_closes_only_at_the_number_after_its_connector():
    # "1—12月" opens a range whose other end is a month, not a count: the case count
    # further on is a count of its own.
    qs = list(extract("1—12月，共办理行政执法案件326件。"))
    assert [(q.value, q.in_range) for q in qs] == [(1, True), (326, False)]
    # the two ends of a range written with a measure word on each side still join
    assert all(q.in_range for q in extract("每期培训30人～50人"))
    # nor does a range reach into the next line
    qs = list(extract("工期3～五\n共办理案件20件"))
    assert [(q.value, q.in_range) for q in qs] == [(3, True), (20, False)]


def _relative(q, begin):
    """A quantity with its offsets (and its marks' offsets) counted from ``begin``."""
    marks = [(m.text, m.start - begin, m.end - begin) for m in q.marks]
    return (q.start - begin, q.num_end - begin, q.unit_start - begin, q.unit_end - begin, q.end - begin,
            q.value, q.number, q.unit, q.kind, q.in_range, marks)


def test_a_repeated_line_gives_the_same_quantities_at_its_own_place():
    line = "全年共办理行政复议案件56件，其中维持30件，纠错率约12.5%，近百余人次参加。"
    text = line + "\n\n  " + line + "\n" + line.replace("56", "57") + "\n" + line
    model = extract(text)
    copies = [i for i in range(len(text)) if text.startswith(line, i)]
    assert len(copies) == 3
    first = [_relative(q, 0) for q in model.between(0, len(line))]
    assert [q[5] for q in first] == [56, 30, 12.5, 100]
    for begin in copies:
        assert [_relative(q, begin) for q in model.between(begin, begin + len(line))] == first
    assert len(model) == 4 * len(first)
    for q in model:
        assert text[q.start:q.num_end] == q.number
        assert all(text[m.start:m.end] == m.text for m in q.marks)


def test_sentences_that_hold_quantities():
    doc = Document.from_text("一、基本情况\n全年共办理案件56件。工作有序推进！其中维持30件；撤销10件。\n  建立制度3项")
    sentences = quantities(doc).sentences(doc.paragraphs)
    got = [(doc.text[s.start:s.end], [q.value for q in s.items]) for s in sentences]
    assert got == [
        ("全年共办理案件56件。", [56]),
        ("其中维持30件；撤销10件。", [30, 10]),
        ("建立制度3项", [3]),
    ]
    assert quantities(doc).sentences(doc.paragraphs) is sentences


@pytest.mark.parametrize(
    "text,value,number",
    [
        ("人口自然增长率为-1.8‰", -0.18, "-1.8"),
        ("同比增长-3.2%", -3.2, "-3.2"),
        ("比重同比-0.5个百分点", -0.5, "-0.5"),
        ("增速：－2.1%", -2.1, "－2.1"),
        ("自然增长率为−1.1‰", -0.11, "−1.1"),
        ("人口自然增长率负0.28‰", -0.028, "负0.28"),
        ("由上年的0.4%降至-0.3%", -0.3, "-0.3"),
    ],
)
def test_a_sign_the_text_means_is_the_numbers(text, value, number):
    q = list(extract(text))[-1]
    assert q.value == pytest.approx(value) and q.number == number


@pytest.mark.parametrize(
    "text,numbers",
    [
        ("编号为2022-01-25", []),  # a date
        ("控制在3.2%-5.1%之间", ["3.2"]),  # a range's hyphen
        ("误差正负0.5%", ["0.5"]),  # ±
        ("全年完成ICP备-3号", []),  # a code
        ("为-5号楼", []),  # a code after 为
        ("差额为-300万元", []),  # a count is never signed by a hyphen
    ],
)
def test_a_hyphen_that_is_no_sign_leaves_the_number_as_before(text, numbers):
    assert [q.number for q in extract(text)] == numbers


@pytest.mark.parametrize("text,joined", [
    # a data sheet, one indicator a line: each line whole with its figures, no cut between them
    ("审结各类审查起诉案件478件635人，去年同期为773件1350人，同比件数下降38.24%，审查起诉案件审结率87.25%\n"
     "共起诉各类犯罪373件507人，同比件数下降47.83%、人数下降58.95%；起诉率（按人数）为81.12%。", False),
    ("新收各类案件3256件，同比上升6.4%，结案率为96.2%\n审结各类案件3102件，同比上升5.1%，法定审限内结案率98.7%。", False),
    ("全年主动公开政府信息1236条，其中政策文件128条\n收到政府信息公开申请56件，较上年增加12件，按期办结率100%。", False),
    ("全年地区生产总值235.6亿元，比上年增长6.2%\n第一产业增加值31.2亿元，增长3.5%；第二产业增加值98.7亿元，增长7.1%。", False),
    ("全年城镇新增就业人员4586人，城镇登记失业率2.8%\n社会消费品零售总额86.3亿元，比上年增长4.6%。", False),
    ("全年受理各类信访事项312件次，办结率达98.5%\n来信86件，来访217批次，网上信访9件。", False),
    # wrapped prose cut right after a figure: the next line goes on with its noun, its rate, its parts
    ("全年共组织开展法治培训，全区共有56个\n部门的干部参加培训，实现全覆盖。", True),
    ("全年共受理行政复议申请56件，较上年增长12.5%\n，其中维持原行政行为30件，撤销10件。", True),
    ("全年共受理行政复议申请56件，复议纠错率达到15.6%\n以上，高于全省平均水平3.2个百分点。", True),
    ("全年共受理行政复议申请56件，办结率达到96.5%\n同比提高2.3个百分点，其中撤销10件。", True),
    ("全年共发布政务信息2360条，其中工作动态1280条，通知公告580条\n其中涉及民生事项312条，占比13.2%。", True),
    ("全年共发布政务信息2360条，其中工作动态1280条，通知公\n告580条，政策文件500条。", True),
])
def test_a_data_sheet_line_is_whole_wrapped_prose_is_not(text, joined):
    from lintlaw.numbers import model
    doc = Document.from_text(text)
    assert any("\n" in doc.text[s.start:s.end] for s in model(doc).sentences) == joined


@pytest.mark.parametrize("text,expected", [
    # a line cut in the middle of its sentence (a page's width, a copy from PDF): one sentence
    ("全年共办理行政复议案件56件，其中维持30件，驳回申请6件，\n撤销10件，确认违法10件。\n二、下一步工作",
     [("全年共办理行政复议案件56件，其中维持30件，驳回申请6件，\n撤销10件，确认违法10件。", [56, 30, 6, 10, 10])]),
    ("受理政府信息公开申请40件，按期办结38件，按期办\n结率为100%。", [("受理政府信息公开申请40件，按期办结38件，按期办\n结率为100%。", [40, 38, 100])]),
    # no cut: a sentence ended, a heading (with a mark, or shorter than the body under it), a blank line,
    # a line opening an item of its own, a figure cut in two
    ("全年共办理案件56件，其中维持30件。\n撤销10件，确认违法10件。", [("全年共办理案件56件，其中维持30件。", [56, 30]), ("撤销10件，确认违法10件。", [10, 10])]),
    ("（一）主动公开，推进公开56条\n全年撤销10件，确认违法10件，其他类案件共计36件。",
     [("（一）主动公开，推进公开56条", [56]), ("全年撤销10件，确认违法10件，其他类案件共计36件。", [10, 10, 36])]),
    ("规范公开，共公开信息56条\n全年共撤销10件，确认违法10件，其他类案件共计36件，比上年多出12件。",
     [("规范公开，共公开信息56条", [56]), ("全年共撤销10件，确认违法10件，其他类案件共计36件，比上年多出12件。", [10, 10, 36, 12])]),
    ("全年共办理行政复议案件56件，其中维持30件，\n\n撤销10件，确认违法10件。",
     [("全年共办理行政复议案件56件，其中维持30件，", [56, 30]), ("撤销10件，确认违法10件。", [10, 10])]),
    ("全年重点抓好三项工作，共投入资金56万元，\n一是撤销10件，二是确认违法10件。",
     [("全年重点抓好三项工作，共投入资金56万元，", [3, 560000]), ("一是撤销10件，二是确认违法10件。", [10, 10])]),
    ("全年共办理行政复议案件56件，其中维持3\n0件，撤销10件。", [("全年共办理行政复议案件56件，其中维持3", [56, 3]), ("0件，撤销10件。", [0, 10])]),
])
def test_a_sentence_cut_by_a_line_break_is_read_whole(text, expected):
    from lintlaw.numbers import model
    doc = Document.from_text(text)
    got = [(doc.text[s.start:s.end], [q.value for q in s.items]) for s in model(doc).sentences]
    assert got == expected
    assert sum(len(run) for run in model(doc).runs) == len(expected)


@pytest.mark.parametrize(
    "text,low,high",
    [
        # the 千 and 万 inside a numeral spelled out are places: as exact as 1960 and 10900
        ("共办结一千九百六十件", 1960, 1960),
        ("受理一万零九百件", 10900, 10900),
        ("接待三百人次", 300, 300),
        # the word a numeral ends with rounds it, as the same figure in digits would be
        ("受理两万三千件", 22500, 23500),
        ("投入三千万元", 29995000, 30005000),
        ("受理2.3万件", 22500, 23500),
        ("受理3千件", 2500, 3500),
        ("办结1960件", 1960, 1960),
    ],
)
def test_written_interval_of_a_numeral_is_its_last_place(text, low, high):
    from lintlaw.numbers.precision import written_interval

    assert written_interval(only(text)) == pytest.approx((low, high))
