"""The document model: paragraphs, sentences, clauses, the outline and the offset map."""
from lintlaw.document import Document, parse_heading
from lintlaw.readers import Source


def doc_of(text, kind="txt"):
    return Document.from_text(text, kind=kind)


def test_paragraphs_are_non_blank_lines_stripped():
    doc = doc_of("标题\n\n　　正文第一段。  \n\n正文第二段。")
    assert [p.text for p in doc.paragraphs] == ["标题", "正文第一段。", "正文第二段。"]
    assert [p.line for p in doc.paragraphs] == [0, 2, 4]
    assert doc.text[doc.paragraphs[1].start:doc.paragraphs[1].end] == "正文第一段。"


def test_sentences_keep_closing_quotes_and_split_both_widths():
    doc = doc_of("他说：“要依法行政。”随后部署工作；二是加强培训!三是强化监督?")
    assert [s.text for s in doc.sentences] == ["他说：“要依法行政。”", "随后部署工作；", "二是加强培训!", "三是强化监督?"]


def test_clauses_split_at_either_comma():
    doc = doc_of("积极贯彻习近平法治思想,积极贯彻习近平法治思想，一年来组织培训。")
    assert [c.text for c in doc.clauses] == ["积极贯彻习近平法治思想,", "积极贯彻习近平法治思想，", "一年来组织培训。"]


def test_folded_text_keeps_offsets():
    doc = doc_of("加强培训,(一)１２３件;")
    assert len(doc.folded) == len(doc.text)
    assert doc.folded == "加强培训，（一）123件；"


def test_outline_styles_levels_and_numbers():
    text = "\n".join([
        "第一章 总则",
        "一、2023年度推进法治政府建设的主要举措和成效",
        "（一）加强理论学习，把握正确政治方向。",
        "(二)持续推进法律顾问工作",
        "1.深入学习宣传党内法规。明确领导干部应知应会党内法规。",
        "2、严格依法决策",
        "（1）认真落实行政执法三项制度。",
        "⑵强化依法决策意识",
        "①落实公示制度",
        "一是加强统筹安排。",
        "十分重要、必须抓好。",
        "1.5万人次参加培训。",
    ])
    doc = doc_of(text)
    got = [(h.style, h.number, h.rank, h.title, h.standalone) for h in doc.headings]
    assert got == [
        ("chapter", 1, 0, "总则", True),
        ("cn-dun", 1, 1, "2023年度推进法治政府建设的主要举措和成效", True),
        ("cn-paren", 1, 2, "加强理论学习，把握正确政治方向", True),
        ("cn-paren", 2, 2, "持续推进法律顾问工作", True),
        ("num-dot", 1, 3, "深入学习宣传党内法规", False),
        ("num-dun", 2, 3, "严格依法决策", True),
        ("num-paren", 1, 4, "认真落实行政执法三项制度", True),
        ("num-paren", 2, 4, "强化依法决策意识", True),
        ("circled", 1, 5, "落实公示制度", True),
    ]


def test_parse_heading_rejects_look_alikes():
    assert parse_heading("一是加强统筹安排。") is None
    assert parse_heading("十分重要、必须抓好。") is None
    assert parse_heading("1.5万人次") is None
    assert parse_heading("二、存在的不足和原因")[:2] == ("cn-dun", 2)
    assert parse_heading("十二、其他")[:2] == ("cn-dun", 12)


def test_markdown_headings_and_code_blocks():
    text = "# 2023年法治政府建设年度报告\n\n## 一、主要举措\n\n```\n代码（不闭合\n```\n\n见[链接](http://example.com/a(b).html)。\n"
    doc = doc_of(text, kind="md")
    assert doc.paragraphs[0].text == "2023年法治政府建设年度报告"
    assert [h.style for h in doc.headings] == ["markup", "cn-dun"]
    assert all("代码" not in p.text for p in doc.paragraphs)
    assert all("http" not in p.text for p in doc.paragraphs)


def test_position_counts_code_points_with_cjk_and_crlf():
    raw = "一、概况\r\n　　正文有“引号”。\r\n第三行\r\n"
    doc = Document(Source(path="x.txt", raw=raw))
    assert doc.text == "一、概况\n　　正文有“引号”。\n第三行\n"
    offset = doc.text.index("“")
    assert doc.position(offset) == (2, 6)
    assert doc.position(doc.text.index("第三行")) == (3, 1)
    assert doc.line_text(2) == "　　正文有“引号”。"
    # the same place in the file as decoded, where each line break is two characters
    assert raw[doc.raw_offset(offset)] == "“"
    assert raw[doc.raw_offset(doc.text.index("第三行"))] == "第"


def test_position_with_lone_cr_line_endings():
    raw = "第一行\r第二行\r"
    doc = Document(Source(path="x.txt", raw=raw))
    assert doc.position(doc.text.index("第二行")) == (2, 1)
    assert raw[doc.raw_offset(doc.text.index("第二行"))] == "第"


def test_empty_document():
    doc = doc_of("")
    assert doc.paragraphs == [] and doc.sentences == [] and doc.headings == []
    assert doc.position(0) == (1, 1)


def test_offsets_of_every_needle_sorted():
    from lintlaw.document import offsets_of

    assert offsets_of("xx区××县xx镇", ["××", "xx"]) == [0, 3, 6]
    assert offsets_of("aaa", ["aa"]) == [0, 1]  # overlapping starts are all found
    assert offsets_of("正文", ["网友"]) == []
