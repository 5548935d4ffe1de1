"""Markdown: headings from # (and underlines), code and link targets kept out of the prose."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from lintlaw.document import Document

PLUGIN = Path(__file__).parent / "data" / "testplugin"


def _doc(text: str) -> Document:
    return Document.from_text(text, path="r.md", kind="md")


def test_atx_headings_feed_the_outline():
    doc = _doc("# 2023年法治政府建设情况报告\n\n## 一、主要举措和成效\n\n正文。\n\n### （一）制度建设 ##\n\n#没有空格不是标题\n")
    assert doc.source.heading_levels == {0: 1, 2: 2, 6: 3}
    assert [(h.style, h.title) for h in doc.headings] == [
        ("markup", "2023年法治政府建设情况报告"), ("cn-dun", "主要举措和成效"), ("cn-paren", "制度建设")]


def test_setext_headings_and_their_underlines():
    doc = _doc("总体情况\n========\n\n存在的问题\n---\n\n正文。\n")
    assert doc.source.heading_levels == {0: 1, 3: 2}
    assert {1, 4} <= doc.source.skip_lines
    assert "=" not in doc.text and "-" not in doc.text


def test_code_blocks_are_blank_to_the_checks_but_keep_their_offsets():
    text = ("正文一。\n\n```text\n代码,不是正文\n```\n\n~~~~\n```\n仍是代码\n~~~~\n\n"
            "    缩进的代码,\n\n正文二。\n    懒惰续行,是正文\n")
    doc = _doc(text)
    assert len(doc.text) == len(text)
    assert "代码" not in doc.text and "仍是代码" not in doc.text and "缩进的代码" not in doc.text
    assert "懒惰续行,是正文" in doc.text  # an indented line cannot interrupt a paragraph
    assert [p.text for p in doc.paragraphs] == ["正文一。", "正文二。", "懒惰续行,是正文"]


def test_link_targets_code_spans_and_tags_are_not_prose():
    text = ("详见[《通知》](https://www.gov.cn/zhengce/a_(1).html \"标题,说明\")和<https://x.gov.cn/a,b>。\n"
            "运行`lintlaw --fix`即可。<br/>换行\n"
            "不要误删<法治政府建设实施纲要>这样的书名。\n")
    doc = _doc(text)
    assert len(doc.text) == len(text)
    first = doc.text.split("\n")[0]
    assert first.startswith("详见[《通知》]") and "https" not in first and "标题" not in first
    assert first.rstrip().endswith("和" + " " * len("<https://x.gov.cn/a,b>") + "。")
    assert "lintlaw" not in doc.text and "<br/>" not in doc.text
    assert "<法治政府建设实施纲要>" in doc.text


def test_front_matter_comments_tables_and_rules_are_skipped():
    text = ("---\ntitle: 报告,2023\ndate: 2024-03-01\n---\n"
            "<!-- 注释,\n不是正文 -->\n"
            "| 项目 | 数量 |\n|:---|---:|\n| 复议 | 6件 |\n\n"
            "***\n\n[1]: https://x.gov.cn/a,b\n正文。\n")
    doc = _doc(text)
    assert [p.text for p in doc.paragraphs] == ["| 项目 | 数量 |", "| 复议 | 6件 |", "正文。"]


def test_a_pathological_line_stays_fast():
    import time

    began = time.perf_counter()
    # Unclosed code spans, tags and link targets on one long line: every try is bounded.
    _doc(("`" + "<a " * 20000 + "](") * 20 + "\n")
    _doc("[x](" * 50000 + "\n")
    _doc("](" + "a" * 300000 + "\n")
    assert time.perf_counter() - began < 5


def test_findings_point_at_the_markdown_file(tmp_path):
    text = "# 一、概况\n\n```\n代码,不查\n```\n\n见[链接](https://x.gov.cn/a,b.html),\r\n正文,完成\r\n"
    (tmp_path / "report.md").write_bytes(text.encode("utf-8"))
    env = dict(os.environ, PYTHONPATH=str(PLUGIN))
    run = subprocess.run([sys.executable, "-m", "lintlaw", "--select", "TT901", "--format", "json", "report.md"],
                         cwd=tmp_path, env=env, capture_output=True, timeout=120)
    found = [(f["line"], f["column"]) for f in json.loads(run.stdout)["findings"]]
    # Not in the code block, not in the link target; the comma after ")" is not after Chinese.
    assert found == [(8, 3)]


def test_excerpt_shows_a_link_as_the_file_writes_it(tmp_path):
    # Issue 15 item 9: the excerpt showed the blanked copy the checks read, so a link was a gap.
    from lintlaw.runner import LintOptions, Selection, lint_file

    path = tmp_path / "r.md"
    path.write_text("# 报告\n\n详见[办理情况](https://www.gov.cn/b.htm),全年办理行政复议案件6件,全部依法审结。\n",
                    encoding="utf-8")
    result = lint_file(str(path), LintOptions(selection=Selection(select=("punctuation-width",))))
    (finding,) = result.diagnostics
    assert "[办理情况](https://www.gov.cn/b.htm)," in finding.source_line
    assert finding.source_line[finding.column - finding.source_column] == ","
