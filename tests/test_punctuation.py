"""punctuation-width and paragraph-end."""
from lintlaw.checks.punctuation import half_width_marks, punctuation_width
from lintlaw.checks.punctuation import paragraph_end as paragraph_end_alone
from lintlaw.document import Document
from lintlaw.registry import registry
from lintlaw.runner import run_rules


def paragraph_end(doc):
    """paragraph-end as a lint reports it: beside every other rule, whose claims apply
    (a broken paragraph's first half is broken-paragraph's, page chrome web-residue's)."""
    found, errors = run_rules(doc, registry().rules)
    assert not errors
    return [finding for rule_, finding in found if rule_ is paragraph_end_alone]


def _doc(text):
    return Document.from_text(text)


def _apply(text, fix):
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def _seed(seed_path, prefix):
    with open(seed_path(prefix), encoding="utf-8") as handle:
        return Document.from_text(handle.read(), path=prefix)


def _marks(text):
    doc = _doc(text)
    return [doc.paragraphs[0].text[i] for i in half_width_marks(doc.paragraphs[0])]


# -- punctuation-width -----------------------------------------------------------

def test_web_converted_document_gets_one_finding_with_every_edit(seed_path):
    for prefix in ("000", "001", "002", "004"):
        doc = _seed(seed_path, prefix)
        found = list(punctuation_width(doc))
        assert len(found) == 1, prefix
        finding = found[0]
        fixed_text = _apply(doc.text, finding.fix)
        changed = sum(a != b for a, b in zip(doc.text, fixed_text))
        assert finding.fix.safe and changed > 100 and len(fixed_text) == len(doc.text)
        assert f"共{changed}处" in finding.message.zh
        # One edit a line, from its first mark to its last.
        lines = [doc.text.count("\n", 0, e.start) for e in finding.fix.edits]
        assert lines == sorted(set(lines))
        assert list(punctuation_width(Document.from_text(fixed_text))) == []


def test_a_line_with_marks_that_stay_is_rewritten_piece_by_piece():
    text = "会议于10:30召开,审议通过3项议题;\n全年办理案件12件,均已办结;\n" * 3
    doc = _doc(text)
    (finding,) = punctuation_width(doc)
    assert len(finding.fix.edits) == 6
    assert _apply(text, finding.fix) == "会议于10:30召开，审议通过3项议题；\n全年办理案件12件，均已办结；\n" * 3


def test_full_width_seed_is_clean(seed_path):
    assert list(punctuation_width(_seed(seed_path, "003"))) == []


def test_fix_changes_only_the_marks():
    text = "(一)加强组织领导\n2023年,我局成立领导小组:组长由局长担任;副组长2名。这样做对吗?必须做好!"
    doc = _doc(text)
    (finding,) = punctuation_width(doc)
    assert _apply(text, finding.fix) == (
        "（一）加强组织领导\n2023年，我局成立领导小组：组长由局长担任；副组长2名。这样做对吗？必须做好！"
    )


def test_mixed_document_reports_the_slips_per_paragraph():
    text = (
        "全年开展普法活动36场次，覆盖群众1.2万人次。\n"
        "组织执法人员培训6次,参训人员覆盖全部执法队伍,考试合格率100%。\n"
        "完善行政执法公示制度，公示率达100%。\n"
        "聘请法律顾问2名；审查合同30份。\n"
    )
    doc = _doc(text)
    (finding,) = punctuation_width(doc)
    assert doc.position(finding.start) == (2, 11)
    assert doc.text[finding.start:finding.end].startswith(",")
    assert finding.end - finding.start > 1, "the span runs from the first slip to the last"
    assert len(finding.fix.edits) == 2
    assert "本段逗号2处" in finding.message.zh


def test_each_kind_is_judged_on_its_own():
    # Commas are full-width throughout, but every bracket is half-width: one
    # document finding for the brackets.
    text = (
        "(一)加强组织领导，成立领导小组。\n"
        "(二)强化执法监督，全年评查案卷156卷。\n"
        "印发《实施纲要(2021—2025年)》，明确目标任务。\n"
    )
    found = list(punctuation_width(_doc(text)))
    assert len(found) == 1
    assert "括号6处" in found[0].message.zh and "逗号" not in found[0].message.zh


def test_numbers_latin_and_addresses_are_left_alone():
    assert _marks("会议于10:30召开，审议金额1,234万元的项目。") == []
    assert _marks("详见 http://www.example.gov.cn/a?id=1,2 的公示。") == []
    assert _marks("推广政府和社会资本合作(PPP)模式。") == []
    assert _marks("引入国际通行做法(e.g., ISO 37301)。") == []
    assert _marks("咨询邮箱 fzb@example.gov.cn，欢迎来信。") == []
    assert _marks("乱码文字??的替换符号") == []


def test_list_marker_at_line_start_is_not_a_bracket():
    assert _marks("1)健全制度；") == []
    assert _marks("主要包括:1)健全制度;2)强化监督。") == [":", ";"]


def test_outline_number_in_half_width_brackets_is_chinese():
    assert _marks("(1)认真落实行政执法三项制度。") == ["(", ")"]


def test_mark_after_a_converted_bracket_follows_it():
    assert _marks("学法考试(积分任务为2400分),2018年上半年平均积分3000分以上。") == ["(", ")", ","]


def test_english_sentence_punctuation_is_not_flagged():
    assert _marks("the case 〔2021〕9号; a heading that lost its marker") == []


def test_residue_lines_are_not_judged():
    doc = _doc("发布时间:2019-01-24 15:52 浏览次数:次\n全年办理行政复议案件12件，均已办结。")
    assert list(punctuation_width(doc)) == []


# -- paragraph-end ---------------------------------------------------------------

def test_seed_paragraphs_without_closing_punctuation(seed_path):
    doc = _seed(seed_path, "002")
    found = list(paragraph_end(doc))
    assert [doc.position(f.start)[0] for f in found] == [14, 42, 52]
    assert [doc.text[f.start:f.end] for f in found] == ["合格率达100%", "制还需进一步完善", "管理领域执法难题"]


def test_other_seeds_end_their_paragraphs(seed_path):
    for prefix in ("000", "001", "003", "004"):
        assert list(paragraph_end(_seed(seed_path, prefix))) == [], prefix


def test_the_last_line_of_a_text_cut_off_is_left_alone():
    # A copy of a page stops where the copy stopped, often inside a word; with the site's
    # footer after it or not.  The same line with a paragraph after it is unfinished.
    opening = "全年共办理行政复议案件12件，均在法定期限内办结。\n"
    cut = "行政应诉工作进一步规范，全年出庭应诉案件8件，行政机关负责人出"
    assert paragraph_end(_doc(opening + cut)) == []
    assert paragraph_end(_doc(opening + cut + "，")) == []
    assert paragraph_end(_doc(opening + cut + "\n责任编辑：张明\n【打印】【关闭】")) == []
    (finding,) = paragraph_end(_doc(opening + cut + "\n二、存在的不足和原因\n执法力量不足。"))
    assert _doc(opening + cut).text[finding.start:finding.end].endswith("负责人出")


def test_a_text_of_one_paragraph_is_given_whole():
    (finding,) = paragraph_end(_doc("我局坚持把法治建设纳入全局工作总体部署，全年召开党组会议研究法治工作4次"))
    assert finding.fix is not None


def test_fix_adds_a_full_stop_and_is_unsafe():
    text = "全年共办理行政复议案件12件，其中维持9件、撤销2件、终止1件，均在法定期限内办结，纠错率为16.7%\n二、存在的不足"
    (finding,) = paragraph_end(_doc(text))
    assert not finding.fix.safe
    assert _apply(text, finding.fix).split("\n")[0].endswith("16.7%。")


def test_final_comma_is_replaced():
    text = "一是加强组织领导，成立以局长为组长的法治建设领导小组，定期召开专题会议，研究解决法治建设中的重大问题，\n二、存在的不足"
    (finding,) = paragraph_end(_doc(text))
    assert _apply(text, finding.fix).split("\n")[0].endswith("重大问题。")
    assert finding.end - finding.start == 1


def test_full_stop_goes_after_a_closing_quote():
    text = "（一）加强普法宣传。组织开展“宪法宣传周”“民法典宣传月”等主题活动，获评“全市普法工作先进单位”"
    (finding,) = paragraph_end(_doc(text))
    assert _apply(text, finding.fix).endswith("先进单位”。")


def test_headings_titles_signatures_and_lists_are_exempt():
    doc = _doc(
        "某市城市管理局关于2023年度法治政府建设情况的报告\n"
        "一、2023年度推进法治政府建设的主要举措和成效\n"
        "（三）城市管理体制不健全，城市管理难度大\n"
        "全年办理行政复议案件12件，均已依法办结。\n"
        "- 开展普法宣传活动36场次，覆盖群众1.2万人次，发放宣传资料5000余份\n"
        "序号\t项目\t数量\n"
        "附件：1.2023年度行政执法数据统计表\n"
        "某市城市管理局\n"
        "2024年1月31日\n"
        "（此件公开发布）\n"
    )
    assert list(paragraph_end(doc)) == []


def test_notes_and_footnote_marks_after_the_full_stop():
    doc = _doc(
        "完成案卷评查120卷，评查结果在全局通报，对发现的问题督促整改到位。（数据截至2023年12月31日）\n"
        "全年办理行政复议案件12件，其中维持9件、撤销2件、终止1件，均在法定期限内办结。[1]\n"
    )
    assert list(paragraph_end(doc)) == []


def test_first_half_of_a_broken_paragraph_is_left_to_broken_paragraph(seed_path):
    doc = _seed(seed_path, "003")
    assert list(paragraph_end(doc)) == []


def test_document_scan_matches_the_paragraph_by_paragraph_reading():
    # The fast whole-document scan must find exactly the marks that
    # half_width_marks finds paragraph by paragraph, whatever the mix.
    import random

    from lintlaw.checks.punctuation import _document_marks

    pieces = list(",;:?!()") * 3 + list("法治年件（）“”《》，。") * 2 + list("ab1 2.\u3000\t@&w") + [
        "\n", "http://x.cn/a(b)", "www.", "??", "(1)认", "e.g., ", "GDP, ", "1)", "Ww.", "10:30", "1,234",
    ]
    rng = random.Random(20240601)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        doc = _doc(text)
        expected = [p.start + i for p in doc.paragraphs for i in half_width_marks(p)]
        assert _document_marks(doc, set()) == expected, text


def test_long_numbered_headings_with_commas_are_headings():
    # A numbered line with no closing mark that reads as a heading is one, however long and
    # however many commas: phrases, no count, nothing that reports what was done.
    for heading in (
        "（一）坚持以习近平法治思想为指导，全面加强党对法治政府建设的领导",
        "一、坚持党的全面领导，压紧压实法治建设责任，确保法治政府建设正确方向",
        "四、强化制约监督，规范权力运行，加快构建权责统一、权威高效的依法行政体制",
        "1.健全重大行政决策程序制度，严把合法性审查关口，提高决策科学化水平",
    ):
        assert paragraph_end(_doc(heading + "\n局党组把法治建设纳入年度工作要点，与业务工作同部署。")) == [], heading


def test_a_numbered_line_before_the_body_it_heads_is_a_heading():
    # However many phrases, and with the words a heading may share with a sentence (得到, 我局):
    # the next line starts its body.
    body = "\n严格落实重大行政决策程序规定，全年审查重大决策事项5项。"
    for heading in (
        "（二）坚持科学民主依法决策，重大行政决策质量得到有效提升",
        "（三）我局坚持严格规范公正文明执法，切实维护人民群众合法权益",
        "1.畅通复议渠道，规范审理程序，提升办案质量，强化监督指导，发挥行政复议化解行政争议主渠道作用",
        "二、深化“放管服”改革，持续优化法治化营商环境，市场主体获得感、满意度不断增强，经济社会高质量发展的法治保障更加坚实",
    ):
        assert paragraph_end(_doc(heading + body)) == [], heading
    # More phrases than headings have, where a sibling of the level stands as a heading.
    long_phrase = ("（一）围绕建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府目标，"
                   "推进依法行政走深走实\n"
                   "全面落实法治政府建设实施纲要。\n（二）深化行政执法改革\n整合执法队伍2支。")
    assert paragraph_end(_doc(long_phrase)) == []
    assert paragraph_end(_doc(long_phrase.split("\n（二）")[0])) != []


def test_an_outline_of_findings_heads_its_paragraphs_whatever_words_it_reports_with():
    # Each item a finding over its analysis (均有所上升, 累计): all three stand over paragraphs of their own.
    outline = ("三、数据分析\n1.受理量持续增长，群众诉求日益多元\n全年受理群众诉求12.5万件，同比增长8.6%。\n"
               "2.办结质效稳步提升，满意率保持高位\n办结率达99.2%，较上年提高0.5个百分点。\n"
               "3.重点领域诉求均有所上升，住建领域增幅最大\n住建领域诉求占比达21.3%。")
    assert paragraph_end(_doc(outline)) == []
    # Siblings that close with a stop are sentences: the one without it lost its stop.
    stopped = outline.replace("群众诉求日益多元\n", "群众诉求日益多元。\n").replace("满意率保持高位\n", "满意率保持高位。\n")
    (finding,) = paragraph_end(_doc(stopped))
    assert stopped[finding.start:finding.end].endswith("增幅最大")
    # A count in the item keeps it an item that lost its stop.
    counted = outline.replace("均有所上升，住建领域增幅最大", "均有所上升，住建领域增长36件")
    (finding,) = paragraph_end(_doc(counted))
    assert counted[finding.start:finding.end].endswith("36件")


def test_a_deck_over_a_news_headline_takes_no_stop():
    page = ("年初以来受理率、反馈回复率100%，群众满意率超98%\n福州12345：热线里的“马上就办”\n"
            "今年3月，在台江区智慧体育公园，市民反映的问题第二天就得到解决。")
    assert paragraph_end(_doc(page)) == []
    # An opening sentence before the outline is no deck.
    opening = "今年以来，全区受理群众诉求12.5万件，办结率99.2%\n热线服务总体情况\n全年运行平稳，测评满意率98%。"
    (finding,) = paragraph_end(_doc(opening))
    assert opening[finding.start:finding.end].endswith("99.2%")


def test_numbered_sentences_and_subject_sentences_still_need_their_stop():
    for text, tail in (
        ("1.制定行政规范性文件5件，均经过合法性审查和集体讨论决定\n2.清理规范性文件32件，废止3件。", "集体讨论决定"),
        ("区卫健委扎实推进普法责任制，全年开展送法进医院活动32场次\n2024年，区卫健委将继续深化法治建设。", "32场次"),
        ("县水利局严格落实河湖长制，组织开展河道采砂专项整治\n（二）强化执法监督\n全年评查案卷20卷。", "专项整治"),
        # a numbered item that reports, before its sibling or before body text
        ("（一）全年共办理行政复议案件18件，均已在法定期限内审结\n（二）全年共办理行政应诉案件7件。", "审结"),
        ("（三）全年组织执法人员业务培训6期，培训考试合格率100%\n2024年，我局将继续加强执法队伍建设。", "100%"),
        ("3.严格执行行政执法公示制度，执法信息累计公开到位\n下一步，我局将进一步加强执法监督。", "公开到位"),
    ):
        doc = _doc(text)
        (finding,) = paragraph_end(doc)
        assert doc.text[finding.start:finding.end].endswith(tail), text


def test_unnumbered_subheadings_in_a_series_head_their_paragraphs():
    # A 政府工作报告 sets its points as lines of one sentence, no stop, above their paragraphs.
    body = ("坚持人民至上、生命至上，慎终如始抓好疫情防控。妥善处置输入疫情，成功应对多轮散发疫情，累计接种疫苗52万剂次，"
            "实现应接尽接。\n"
            "全县地区生产总值由75.1亿元增至110亿元，年均增长8%。规上工业企业达到86家，一般公共预算收入年均增长7.6%，"
            "发展质量稳步提升。\n")
    lines = ["过去五年，我们始终把人民群众生命安全和身体健康放在第一位，抗击突如其来的新冠肺炎疫情取得阶段性胜利",
             "过去五年，我们始终保持发展定力增强发展能力，推动全县经济持续稳定高质量发展"]
    text = "××县人民政府工作报告\n" + lines[0] + "\n" + body.split("\n")[0] + "\n" + lines[1] + "\n" + body.split("\n")[1] + "\n"
    assert paragraph_end(_doc(text)) == []
    # one such line alone may be a paragraph that lost its full stop
    alone = "××县人民政府工作报告\n" + body.split("\n")[1] + "\n" + lines[0] + "\n" + body.split("\n")[0] + "\n"
    assert len(paragraph_end(_doc(alone))) == 1
    # a line with a sentence in it, its stop lost at the end, is no heading however many there are
    cut = [line.replace("，", "。", 1) for line in lines]
    opening = "现在，我代表县人民政府向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n"
    text = "××县人民政府工作报告\n" + opening + cut[0] + "\n" + body.split("\n")[0] + "\n" + cut[1] + "\n" + body.split("\n")[1] + "\n"
    found = paragraph_end(_doc(text))
    assert found and text[found[0].start - 1:found[0].end] == cut[0][-9:]


def test_an_item_closed_by_a_semicolon_among_items_closed_by_full_stops():
    odd = ("1.开展专项行动。经清理，保留证明事项157项。\n2.做好清单规范工作。可容缺受理材料90份；\n"
           "3.完成事项梳理工作。办结时限压缩50%以上。")
    found = list(paragraph_end_alone(Document.from_text(odd)))
    assert [(f.message.zh, odd[f.start:f.end]) for f in found] == [("这一项以分号结束，而上一项以句号结束", "；")]
    for right in ("1.健全执法制度；\n2.规范执法程序；\n3.加强执法培训。",
                  "1.开展培训。全年培训12次。\n2.开展检查；\n3.开展评查；\n4.开展考核。"):
        assert list(paragraph_end_alone(Document.from_text(right))) == []
