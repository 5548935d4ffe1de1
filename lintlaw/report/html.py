"""A review page: one self-contained HTML file a reviewer opens in a browser (``--format html``).

Who reads it: the 法制科 or 司法局 reviewer who collects the reports, not a
programmer.  So the page shows each report's full text with every finding
marked where it is, coloured by severity; hovering or focusing a mark shows
what is wrong and what to write instead; the place a finding refers to (the
first copy of a duplicate, the counts a rate was computed from) is marked too
and linked both ways.  Above the texts: how many files and findings, a small
bar chart of findings per rule, the findings grouped by rule (each a link to
its place) and, for many files, an index of files by their number of findings.

Everything is inline (CSS, script, the SVG chart): the page opens from a mail
attachment or a shared folder with no network.  Every piece of report text is
escaped.  Without the script the page still reads: marks carry a ``title``,
and the lists say everything the tooltips say.  Keyboard: Tab moves through
the marks and links, n / p jump to the next / previous finding, Esc hides the
tooltip.  Printed, the marks keep their colour and carry their number, and the
lists give the messages.

A finding's span may overlap another's: the text is cut at every span edge and
each piece is wrapped in one element per span covering it.  The first piece of
a finding is its element (``data-finding``, ``id``, focusable); later pieces
carry ``data-part`` so the highlight stays continuous.
"""
from __future__ import annotations

import collections
import html
import json
from typing import Dict, List, Sequence, Tuple

from ..finding import SEVERITIES
from . import Context, RunResult
from .summary import LABELS, page_label

WORDS = {
    "zh": {
        "title": "lintlaw 检查报告", "files": "检查文件", "findings": "发现问题", "unreadable": "无法读取",
        "by_rule": "按规则分组的问题", "chart": "各规则的问题数", "index": "文件索引（按问题数排序）",
        "file": "文件", "total": "合计", "text": "全文", "line": "第{line}行", "help": "建议",
        "related": "相关位置", "back": "返回问题", "none": "未发现问题。", "errors": "无法检查的文件",
        "keys": "键盘：Tab 逐个移动，n / p 跳到下一个 / 上一个问题，Esc 关闭提示。",
        "no_text": "（未保存全文）", "page": "第{page}页", "see": "参见",
    },
    "en": {
        "title": "lintlaw review", "files": "Files checked", "findings": "Findings", "unreadable": "could not be read",
        "by_rule": "Findings by rule", "chart": "Findings per rule", "index": "Files (most findings first)",
        "file": "File", "total": "Total", "text": "Full text", "line": "line {line}", "help": "Help",
        "related": "Related place", "back": "back to the finding", "none": "No findings.",
        "errors": "Files that could not be checked",
        "keys": "Keyboard: Tab moves from mark to mark, n / p jump to the next / previous finding, Esc hides the tip.",
        "no_text": "(text not kept)", "page": "page {page}", "see": "see",
    },
}

CSS = """
:root{--error:#b3261e;--error-bg:#fde2df;--warning:#8a5a00;--warning-bg:#fff0c2;--info:#1f5f99;--info-bg:#dcecfb;
--related-bg:#e6e0f8;--ink:#1d1d1f;--muted:#5f6368;--rule:#d0d4da}
*{box-sizing:border-box}
body{margin:0;font:16px/1.7 "Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC","WenQuanYi Micro Hei",sans-serif;color:var(--ink);background:#fff}
header,main{max-width:60rem;margin:0 auto;padding:0 1.25rem}
h1{font-size:1.6rem;margin:1.2rem 0 .4rem}h2{font-size:1.25rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--rule);padding-bottom:.2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
a{color:#0b57d0}a:focus,mark:focus,[tabindex]:focus{outline:3px solid #0b57d0;outline-offset:2px}
.counts{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;list-style:none}
.counts li{padding:.3rem .8rem;border-radius:1rem;background:#f1f3f4}
.counts .error{background:var(--error-bg);color:var(--error)}.counts .warning{background:var(--warning-bg);color:var(--warning)}
.counts .info{background:var(--info-bg);color:var(--info)}
.keys{color:var(--muted);font-size:.9rem}
svg.chart text{font-size:13px;fill:var(--ink)}svg.chart .bar rect{fill:#5b7db1}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--rule);padding:.25rem .5rem;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}
ol.findings{padding-left:1.6rem}ol.findings li{margin:.25rem 0}
.sev{display:inline-block;font-size:.8rem;padding:0 .4rem;border-radius:.3rem;margin-right:.3rem}
.sev.error{background:var(--error-bg);color:var(--error)}.sev.warning{background:var(--warning-bg);color:var(--warning)}
.sev.info{background:var(--info-bg);color:var(--info)}
.helptext{color:var(--muted)}
.text{border:1px solid var(--rule);border-radius:.4rem;padding:.6rem .8rem;background:#fcfcfd}
.line{display:flex;gap:.8rem;white-space:pre-wrap;word-break:break-word}
.ln{flex:0 0 3.2em;text-align:right;color:var(--muted);user-select:none;font-variant-numeric:tabular-nums}
.body{flex:1 1 auto;min-width:0}
.pagebreak{border-top:1px dashed var(--muted);margin:.5rem 0;color:var(--muted);font-size:.85rem;text-align:center}
mark{background:none;color:inherit;border-bottom:3px solid;padding:0 1px;cursor:help}
mark.error{background:var(--error-bg);border-color:var(--error)}
mark.warning{background:var(--warning-bg);border-color:var(--warning)}
mark.info{background:var(--info-bg);border-color:var(--info)}
mark.point{border:none;color:var(--error);font-weight:bold}
.related{background:var(--related-bg);border-bottom:2px dotted #5b3fa8}
a.back{font-size:.75rem;text-decoration:none;vertical-align:super}
mark.current{box-shadow:0 0 0 3px #0b57d0}
#tip{position:absolute;z-index:10;max-width:28rem;background:#fff;border:1px solid var(--rule);border-radius:.4rem;
box-shadow:0 4px 16px rgba(0,0,0,.18);padding:.5rem .7rem;font-size:.92rem;line-height:1.55}
#tip[hidden]{display:none}#tip .code{color:var(--muted);font-size:.8rem}
.errors li{color:var(--error)}
@media print{
#tip,.keys{display:none}body{font-size:11pt}header,main{max-width:none}
mark,.sev,.counts li,.related{-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark[data-finding]::after{content:"[" attr(data-n) "]";font-size:.7em;vertical-align:super;color:#000}
.doc{break-before:page}a{color:inherit;text-decoration:none}
}
"""

SCRIPT = """
(function(){
var data=JSON.parse(document.getElementById('lintlaw-data').textContent);
var tip=document.getElementById('tip');
function text(tag,cls,s){var e=document.createElement(tag);if(cls)e.className=cls;e.textContent=s;return e;}
function show(el){
  var f=data[el.getAttribute('data-finding')||el.getAttribute('data-part')];if(!f)return;
  tip.textContent='';
  tip.appendChild(text('div','code',f.label));
  tip.appendChild(text('div','msg',f.message));
  if(f.help)tip.appendChild(text('div','helptext',f.helpLabel+'：'+f.help));
  f.related.forEach(function(r){tip.appendChild(text('div','helptext',r));});
  var box=el.getBoundingClientRect();
  tip.hidden=false;
  tip.style.left=Math.max(8,Math.min(window.scrollX+box.left,window.scrollX+document.documentElement.clientWidth-tip.offsetWidth-8))+'px';
  tip.style.top=(window.scrollY+box.bottom+6)+'px';
}
function hide(){tip.hidden=true;}
function target(e){return e.target.closest&&e.target.closest('[data-finding],[data-part]');}
document.addEventListener('mouseover',function(e){var t=target(e);if(t)show(t);});
document.addEventListener('mouseout',function(e){if(target(e))hide();});
document.addEventListener('focusin',function(e){var t=target(e);if(t)show(t);else hide();});
var marks=Array.prototype.slice.call(document.querySelectorAll('mark[data-finding]'));
var at=-1;
document.addEventListener('keydown',function(e){
  if(e.key==='Escape'){hide();return;}
  if(e.altKey||e.ctrlKey||e.metaKey||/^(INPUT|TEXTAREA)$/.test(e.target.tagName))return;
  if((e.key==='n'||e.key==='p')&&marks.length){
    var i=marks.indexOf(document.activeElement);if(i<0)i=at;
    at=e.key==='n'?(i+1)%marks.length:(i-1+marks.length)%marks.length;
    marks[at].focus();marks[at].scrollIntoView({block:'center'});e.preventDefault();
  }
});
function go(){
  document.querySelectorAll('mark.current').forEach(function(m){m.classList.remove('current');});
  var m=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if(m&&m.tagName==='MARK'){m.classList.add('current');m.focus();m.scrollIntoView({block:'center'});}
}
window.addEventListener('hashchange',go);
go();
document.documentElement.setAttribute('data-ready','1');
})();
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _json_for_script(value) -> str:
    # Inside <script> only "</script" and "<!--" could end or confuse it: no "<" at all.
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace("\u2028", "\\u2028") \
        .replace("\u2029", "\\u2029")


def _line_starts(text: str) -> List[int]:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _offset(starts: Sequence[int], text_len: int, line: int, column: int) -> int:
    if not 1 <= line <= len(starts):
        return text_len
    return min(text_len, starts[line - 1] + column - 1)


class _Span:
    """A stretch of text to mark: a finding (``kind`` "f") or a related place ("r")."""

    __slots__ = ("start", "end", "kind", "key", "first_done", "severity", "anchor", "title", "number")

    def __init__(self, start, end, kind, key, severity, anchor, title, number):
        self.start, self.end, self.kind, self.key = start, end, kind, key
        self.severity, self.anchor, self.title, self.number = severity, anchor, title, number
        self.first_done = False


def _open_tag(span: _Span, first: bool) -> str:
    if span.kind == "f":
        if first:
            return (f'<mark class="{span.severity}" id="{span.anchor}" data-finding="{span.key}" data-n="{span.number}" '
                    f'tabindex="0" title="{_esc(span.title)}">')
        return f'<mark class="{span.severity}" data-part="{span.key}">'
    if first:
        return f'<span class="related" id="{span.anchor}" title="{_esc(span.title)}">'
    return '<span class="related">'


def _marked_text(text: str, spans: List[_Span], page_starts: Sequence[int], words: dict,
                 back_links: Dict[str, str]) -> str:
    """The text as numbered lines, every span marked in place (see the module's docstring)."""
    starts = _line_starts(text)
    cuts = set(starts[1:])
    cuts.update(max(0, s - 1) for s in starts[1:])  # a line's end (its "\n" is not shown)
    for span in spans:
        cuts.add(span.start)
        cuts.add(span.end)
    cuts.update(page_starts[1:])
    cuts.add(0)
    cuts.add(len(text))
    edges = sorted(c for c in cuts if 0 <= c <= len(text))
    opening: Dict[int, List[_Span]] = collections.defaultdict(list)
    for span in spans:
        opening[span.start].append(span)
    page_at = {start: n for n, start in enumerate(page_starts, start=1) if n > 1}
    out: List[str] = []
    active: List[_Span] = []

    def open_line(number: int) -> None:
        out.append(f'<div class="line"><span class="ln">{number}</span><span class="body">')

    def close_line() -> None:
        out.append("</span></div>\n")

    open_line(1)
    line_no = 1
    points_done = set()
    for left, right in zip(edges, edges[1:] + [None]):
        if left in page_at and left > 0:
            close_line()
            out.append(f'<div class="pagebreak">{_esc(words["page"].format(page=page_at[left]))}</div>\n')
            open_line(line_no)
        active = [s for s in active if s.end > left]
        for span in opening.get(left, ()):
            if span.end > span.start:
                active.append(span)
            elif id(span) not in points_done:  # an empty span: a point between characters
                points_done.add(id(span))
                out.append(_open_tag(span, True) + "⁁"
                           + ("</mark>" if span.kind == "f" else "</span>"))
        if right is None:
            break
        piece = text[left:right]
        newline = piece.endswith("\n")
        if newline:
            piece = piece[:-1]
        if piece:
            active.sort(key=lambda s: (s.start, -s.end))
            opened = []
            for span in active:
                first = not span.first_done
                span.first_done = True
                out.append(_open_tag(span, first))
                opened.append(span)
            out.append(_esc(piece))
            for span in reversed(opened):
                out.append("</mark>" if span.kind == "f" else "</span>")
            for span in opened:
                # After the last piece of a related place: a link back to its finding.
                if span.kind == "r" and not text[right:span.end].strip("\n") and span.anchor in back_links:
                    out.append(f'<a class="back" href="#{back_links.pop(span.anchor)}" '
                               f'title="{_esc(words["back"])}">↩</a>')
        if newline:
            close_line()
            line_no += 1
            open_line(line_no)
    close_line()
    return "".join(out)


def _chart(rows: List[Tuple[str, str, int]], words: dict) -> str:
    """An inline SVG bar chart: one bar a rule, longest first."""
    if not rows:
        return ""
    biggest = max(n for _, _, n in rows)
    label_width, bar_width, row_height = 260, 300, 24
    height = row_height * len(rows) + 8
    parts = [f'<svg class="chart" role="img" aria-label="{_esc(words["chart"])}" '
             f'viewBox="0 0 {label_width + bar_width + 60} {height}" width="100%" '
             f'style="max-width:{label_width + bar_width + 60}px">']
    for index, (code, name, count) in enumerate(rows):
        y = 4 + index * row_height
        width = max(2, round(bar_width * count / biggest))
        parts.append(
            f'<g class="bar" data-rule="{_esc(name)}"><title>{_esc(f"{code} {name}: {count}")}</title>'
            f'<a href="#rule-{_esc(code)}"><text x="0" y="{y + 16}">{_esc(code)} {_esc(name)}</text></a>'
            f'<rect x="{label_width}" y="{y + 3}" width="{width}" height="{row_height - 8}" rx="2"></rect>'
            f'<text x="{label_width + width + 6}" y="{y + 16}">{count}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def render(result: RunResult, stream, ctx: Context) -> None:
    lang = ctx.lang if ctx.lang in WORDS else "zh"
    words, labels = WORDS[lang], LABELS[lang]
    files = result.files
    diagnostics = [(index, number, d) for index, f in enumerate(files) for number, d in enumerate(f.diagnostics, 1)]
    severity_counts = collections.Counter(d.severity for _, _, d in diagnostics)
    data: Dict[str, dict] = {}
    rule_rows = collections.Counter((d.code, d.rule) for _, _, d in diagnostics)
    chart_rows = [(code, name, n) for (code, name), n in sorted(rule_rows.items(), key=lambda kv: (-kv[1], kv[0]))]

    def anchor(index: int, number: int) -> str:
        return f"f{index + 1}-{number}"

    def place(d) -> str:
        where = words["line"].format(line=d.line)
        label = page_label(d, lang).strip()
        return f"{where}（{label}）" if label and lang == "zh" else (f"{where} ({label})" if label else where)

    for index, number, d in diagnostics:
        key = anchor(index, number)
        related = []
        for j, rel in enumerate(d.related, 1):
            related.append(f'{words["see"]} {words["line"].format(line=rel["line"])}：{rel.get("message") or ""}'
                           if lang == "zh" else f'{words["see"]} {words["line"].format(line=rel["line"])}: '
                                                f'{rel.get("message") or ""}')
        data[key] = {"label": f"{labels[d.severity]} {d.code} {d.rule} · {files[index].path}:{d.line}:{d.column}",
                     "message": d.message, "help": d.help or "", "helpLabel": words["help"], "related": related}

    out: List[str] = []
    write = out.append
    write(f'<!doctype html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
          f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
          f'<meta name="generator" content="lintlaw">\n<title>{_esc(words["title"])}</title>\n'
          f'<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{_esc(words["title"])}</h1>\n')
    unreadable = sum(1 for f in files if not f.checked)
    write('<ul class="counts">')
    write(f'<li>{_esc(words["files"])} {result.checked}'
          + (f'（{unreadable} {_esc(words["unreadable"])}）' if unreadable else "") + "</li>")
    write(f'<li>{_esc(words["findings"])} {len(diagnostics)}</li>')
    for severity in reversed(SEVERITIES):
        write(f'<li class="{severity}">{_esc(labels[severity])} {severity_counts[severity]}</li>')
    write("</ul>\n")
    write(f'<p class="keys">{_esc(words["keys"])}</p>\n</header>\n<main>\n')
    if chart_rows:
        write(f'<section aria-labelledby="chart-h"><h2 id="chart-h">{_esc(words["chart"])}</h2>'
              f'{_chart(chart_rows, words)}</section>\n')
    errors = result.errors
    if errors:
        write(f'<section><h2>{_esc(words["errors"])}</h2><ul class="errors">')
        for error in errors:
            write(f'<li>{_esc(error["path"])}: {_esc(error["message"])}</li>')
        write("</ul></section>\n")
    checked = [(index, f) for index, f in enumerate(files) if f.checked]
    if len(checked) > 1:
        write(f'<section aria-labelledby="index-h"><h2 id="index-h">{_esc(words["index"])}</h2><table><thead><tr>'
              f'<th>{_esc(words["file"])}</th>' + "".join(f'<th>{_esc(labels[s])}</th>' for s in reversed(SEVERITIES))
              + f'<th>{_esc(words["total"])}</th></tr></thead><tbody>')
        for index, f in sorted(checked, key=lambda item: (-len(item[1].diagnostics), item[0])):
            counts = collections.Counter(d.severity for d in f.diagnostics)
            write(f'<tr><td><a href="#file-{index + 1}">{_esc(f.path)}</a></td>'
                  + "".join(f'<td class="n">{counts[s]}</td>' for s in reversed(SEVERITIES))
                  + f'<td class="n">{len(f.diagnostics)}</td></tr>')
        write("</tbody></table></section>\n")
    if diagnostics:
        write(f'<section aria-labelledby="rules-h"><h2 id="rules-h">{_esc(words["by_rule"])}</h2>')
        by_rule: Dict[Tuple[str, str], list] = collections.defaultdict(list)
        for item in diagnostics:
            by_rule[(item[2].code, item[2].rule)].append(item)
        for code, name, count in chart_rows:
            write(f'<h3 id="rule-{_esc(code)}">{_esc(code)} {_esc(name)}（{count}）</h3><ol class="findings">')
            for index, number, d in by_rule[(code, name)]:
                path = files[index].path
                write(f'<li><span class="sev {d.severity}">{_esc(labels[d.severity])}</span>'
                      f'<a href="#{anchor(index, number)}">{_esc(path)}：{_esc(place(d))}</a> '
                      f'[{number}] {_esc(d.message)}'
                      + (f'<br><span class="helptext">{_esc(words["help"])}：{_esc(d.help)}</span>' if d.help else "")
                      + "".join(f' <a href="#{anchor(index, number)}-r{j}">{_esc(words["related"])} '
                                f'{_esc(words["line"].format(line=rel["line"]))}</a>'
                                for j, rel in enumerate(d.related, 1))
                      + "</li>")
            write("</ol>")
        write("</section>\n")
    else:
        write(f'<p>{_esc(words["none"])}</p>\n')
    for index, f in checked:
        counts = collections.Counter(d.severity for d in f.diagnostics)
        summary = "，".join(f"{labels[s]} {counts[s]}" for s in reversed(SEVERITIES)) if lang == "zh" else \
            ", ".join(f"{counts[s]} {labels[s]}" for s in reversed(SEVERITIES))
        write(f'<section class="doc" id="file-{index + 1}" aria-labelledby="file-{index + 1}-h">'
              f'<h2 id="file-{index + 1}-h">{_esc(f.path)}</h2><p>{_esc(summary)}</p>')
        if f.text is None:
            write(f'<p>{_esc(words["no_text"])}</p></section>\n')
            continue
        write(f'<h3>{_esc(words["text"])}</h3><div class="text" lang="zh-CN">')
        write(_document_text(f, index, words, labels, anchor, data))
        write("</div></section>\n")
    write('</main>\n<div id="tip" role="tooltip" hidden></div>\n'
          f'<script type="application/json" id="lintlaw-data">{_json_for_script(data)}</script>\n'
          f"<script>{SCRIPT}</script>\n</body>\n</html>\n")
    stream.write("".join(out))


def _document_text(f, index: int, words: dict, labels: dict, anchor, data: Dict[str, dict]) -> str:
    text = f.text
    starts = _line_starts(text)
    spans: List[_Span] = []
    back_links: Dict[str, str] = {}
    for number, d in enumerate(f.diagnostics, 1):
        key = anchor(index, number)
        start = min(max(0, d.start), len(text))
        end = min(max(start, d.end), len(text))
        title = f"{labels[d.severity]} {d.code}：{d.message}" + (f"\n{words['help']}：{d.help}" if d.help else "")
        spans.append(_Span(start, end, "f", key, d.severity, key, title, number))
        for j, rel in enumerate(d.related, 1):
            r_start = _offset(starts, len(text), rel["line"], rel["column"])
            r_end = _offset(starts, len(text), rel.get("end_line", rel["line"]),
                            rel.get("end_column", rel["column"])) + 1
            r_end = min(max(r_start, r_end), len(text))
            rel_anchor = f"{key}-r{j}"
            spans.append(_Span(r_start, r_end, "r", key, d.severity, rel_anchor,
                               f"{words['related']}（{d.code}）：{rel.get('message') or ''}", number))
            back_links[rel_anchor] = key
    body = _marked_text(text, spans, f.page_starts or (), words, back_links)
    # A related place whose back link found no closing piece (an empty span) still links back.
    extra = "".join(f'<a class="back" href="#{target}" id="{name}-back">↩</a>' for name, target in back_links.items())
    return body + (f'<div class="line"><span class="ln"></span><span class="body">{extra}</span></div>' if extra else "")
