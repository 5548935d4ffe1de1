"""The review page (--format html): every finding marked in place, links that resolve, escaped text,
checked both as written and in a real browser (headless Chromium) after its script ran."""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
HOSTILE = ("<script>alert('x')</script>某区司法局\n2024125\n"
           "全年办理行政复议案件6件,全部依法审结。\n"
           "我局认真落实行政执法三项制度，全面推行执法全过程记录，切实规范执法行为。\n"
           "我局认真落实行政执法三项制度，全面推行执法全过程记录，切实规范执法行为。\n")


class _Page(HTMLParser):
    """Every element's tag and attributes, in order, and the text of the whole page."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def having(self, attribute):
        return [attrs for _, attrs in self.elements if attribute in attrs]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The review page of the seeds plus a hostile report, and the JSON of the same run."""
    folder = tmp_path_factory.mktemp("html")
    hostile = folder / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))] + [str(hostile)]
    env = dict(os.environ, NO_COLOR="1")
    out = {}
    for fmt, name in (("html", "review.html"), ("json", "review.json")):
        target = folder / name
        proc = subprocess.run([sys.executable, "-m", "lintlaw", "--format", fmt, "--output", str(target), *paths],
                              capture_output=True, env=env, cwd=ROOT)
        assert proc.returncode == 1, proc.stderr.decode()
        out[fmt] = target
    return out["html"], json.loads(out["json"].read_text(encoding="utf-8"))


def _check(page: _Page, findings: list) -> None:
    marks = page.having("data-finding")
    assert len(marks) == len(findings) > 0
    assert len({m["id"] for m in marks}) == len(marks)
    ids = {attrs["id"] for _, attrs in page.elements if "id" in attrs}
    links = [attrs["href"] for tag, attrs in page.elements if tag == "a" and "href" in attrs]
    assert links and all(href.startswith("#") for href in links)  # nothing leaves the page
    assert all(href[1:] in ids for href in links), [h for h in links if h[1:] not in ids]
    bars = [attrs for tag, attrs in page.elements if tag == "g" and "bar" in attrs.get("class", "")]
    assert sorted(b["data-rule"] for b in bars) == sorted({f["rule"] for f in findings})
    # Every finding is listed by rule with a link to its mark; related places link both ways.
    for mark in marks:
        assert f"#{mark['id']}" in links
    related = [attrs for tag, attrs in page.elements if "related" in attrs.get("class", "") and "id" in attrs]
    assert len(related) == sum(len(f["related"]) for f in findings) > 0
    for place in related:
        assert f"#{place['id']}" in links


def test_the_page_marks_every_finding_and_every_link_resolves(pages):
    path, report = pages
    markup = path.read_text(encoding="utf-8")
    page = _Page(markup)
    _check(page, report["findings"])
    # Self-contained: no external script, style, image or font.
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", markup)
    assert not any(tag in ("link", "img", "iframe") for tag, _ in page.elements)
    # The hostile report's markup is text, not a script.
    scripts = [attrs for tag, attrs in page.elements if tag == "script"]
    assert len(scripts) == 2  # the page's data and its own script
    assert "<script>alert('x')</script>某区司法局" in "".join(page.text)
    assert 'lang="zh-CN"' in markup and "检查文件" in markup


def test_marks_sit_on_their_spans(pages):
    path, report = pages
    markup = path.read_text(encoding="utf-8")
    # The mark of the malformed date of the hostile report holds exactly the date.
    date = [f for f in report["findings"] if f["rule"] == "malformed-date" and f["path"].endswith("hostile.txt")]
    assert len(date) == 1
    assert re.search(r'<mark class="error" id="f\d+-\d+" data-finding="[^"]+"[^>]*>2024125</mark>', markup)


def test_english_and_many_files_index(tmp_path, run_cli):
    report = tmp_path / "r.txt"
    report.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / "en.html"
    run_cli("--format", "html", "--lang", "en", "--output", str(out), str(report))
    markup = out.read_text(encoding="utf-8")
    assert 'lang="en"' in markup and "Files checked" in markup
    assert "Files (most findings first)" not in markup  # one file: no index
    many = tmp_path / "many.html"
    run_cli("--format", "html", "--output", str(many), str(SEEDS))
    index = markup_index = many.read_text(encoding="utf-8")
    rows = re.findall(r'<tr><td><a href="#(file-\d+)">([^<]+)</a></td>(.*?)</tr>', markup_index)
    assert len(rows) == 5
    totals = [int(re.findall(r'<td class="n">(\d+)</td>', cells)[-1]) for _, _, cells in rows]
    assert totals == sorted(totals, reverse=True)
    assert "文件索引" in index


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.mark.skipif(_chromium() is None and not os.environ.get("CI"),
                    reason="no Chromium here (.ci/run installs Debian's chromium)")
def test_in_headless_chromium_after_the_script_ran(pages, tmp_path):
    browser = _chromium()
    assert browser, "CI must have Chromium: .ci/run installs it"
    path, report = pages
    first = _Page(path.read_text(encoding="utf-8")).having("data-finding")[0]
    proc = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom",
         f"{path.as_uri()}#{first['id']}"],
        capture_output=True, timeout=120)
    dom = proc.stdout.decode("utf-8")
    assert "data-ready" in dom, proc.stderr.decode()[-2000:]
    page = _Page(dom)
    _check(page, report["findings"])
    # The script focused the finding named in the address and showed its message and help.
    (tip,) = [attrs for tag, attrs in page.elements if attrs.get("id") == "tip"]
    assert "hidden" not in tip
    tip_text = re.search(r'<div id="tip"[^>]*>(.*?)</div>\s*<script', dom, re.S).group(1)
    message = first["title"].split("：", 1)[1].split("\n")[0]
    assert html.escape(message, quote=False) in tip_text
    assert "建议" in tip_text  # its help
