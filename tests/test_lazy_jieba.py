"""jieba's dictionary is opened only when a candidate needs it, and then as an index: jieba
itself is never imported, and its whole prefix dictionary never built.

Each case runs in a fresh interpreter, so what this test process has already
imported cannot hide a load or fake one.
"""
import json
import os
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_PROBE = textwrap.dedent("""
    import json, sys
    from lintlaw import segment
    from lintlaw.document import Document
    from lintlaw.registry import registry
    from lintlaw.runner import run_rules

    names = sys.argv[2].split(",") if len(sys.argv) > 2 and sys.argv[2] else None
    reg = registry()
    rules = [reg.get(n) for n in names] if names else reg.rules
    with open(sys.argv[1], encoding="utf-8") as f:
        doc = Document.from_text(f.read())
    found, errors = run_rules(doc, rules)
    jieba = sys.modules.get("jieba")
    print(json.dumps({
        # jieba's own prefix dict (0.8 s to load) is never built: words are read from the index.
        "whole_dict_loaded": bool(jieba and jieba.dt.initialized),
        "loaded": segment.loaded(),
        "imported": "jieba" in sys.modules,
        "rules": len(rules),
        "findings": [r.name for r, _ in found],
        "errors": errors,
    }))
""")

# A plain report paragraph: no doubled characters, no figures for a figure
# check to key, nothing for any check to segment.
NO_CANDIDATE = (
    "一、主要举措和成效\n"
    "局党组坚持把法治政府建设摆在全局工作的突出位置，主要负责人认真履行推进法治建设第一责任人职责，"
    "专题研究部署依法行政工作，健全完善重大行政决策程序。\n"
    "二、存在的不足和原因\n"
    "执法人员业务素质有待提升，部门协作机制还不够完善。\n"
)


def probe(tmp_path, text, rules=""):
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path), rules],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )
    return json.loads(proc.stdout)


def test_all_rules_on_a_document_without_candidates_do_not_load_jieba(tmp_path):
    result = probe(tmp_path, NO_CANDIDATE)
    assert result["rules"] >= 3 and not result["errors"]
    assert result["loaded"] is False
    assert result["imported"] is False


def test_all_rules_load_jieba_when_a_doubled_word_needs_it(tmp_path):
    text = NO_CANDIDATE + "区城管委作为作为五个执法部门之一，积极参加案卷评查。\n"
    result = probe(tmp_path, text)
    assert "doubled-word" in result["findings"]
    assert result["loaded"] is True
    assert result["whole_dict_loaded"] is False
    assert result["imported"] is False


def test_doubled_word_on_a_real_report_with_only_reduplication_does_not_load_jieba(tmp_path, seed_path):
    # Seed 001 holds 紧紧, 学习习近平, 法规规章, 城市市容, 履行行政: each judged by its
    # character alone, none segmented.
    with open(seed_path("001"), encoding="utf-8") as f:
        result = probe(tmp_path, f.read(), "doubled-word")
    assert result["findings"] == []
    assert result["loaded"] is False and result["imported"] is False


def test_doubled_word_on_a_real_report_with_a_slip_loads_jieba(tmp_path, seed_path):
    # Seed 002's 我局局年度 is told by its characters alone; 作为作为 needs the words around it.
    with open(seed_path("002"), encoding="utf-8") as f:
        text = f.read() + "\n区城管委作为作为五个执法部门之一，取得了好成绩。\n"
    result = probe(tmp_path, text, "doubled-word")
    assert result["findings"] == ["doubled-word", "doubled-word"]
    assert result["loaded"] is True
    assert result["whole_dict_loaded"] is False
