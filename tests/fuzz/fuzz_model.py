"""Fuzz target for the document model and the number model (atheris, coverage-guided).

Not part of the test suite (pytest collects only test_*.py); run it on demand:

    pip install atheris
    python tests/fuzz/fuzz_model.py -max_total_time=1800 -rss_limit_mb=4096 -timeout=30 [CORPUS_DIR]

Each input is read either as the bytes of a file (through the readers, so encoding
detection and Markdown are fuzzed too) or as text, and everything the models
offer is computed: lines and positions, paragraphs, sentences, clauses,
headings, the folded text, every quantity and its bounds, the number sentences.
A crash, a hang past ``-timeout`` or a span outside the text stops the run and
leaves the input in a crash-* file: replay it with ``python tests/fuzz/fuzz_model.py
crash-…``.  The seeds' lines make a good starting corpus.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from lintlaw.document import Document
    from lintlaw.numbers import quantities
    from lintlaw.readers import Source, SourceError, from_bytes

SETTINGS = {"profile": "auto", "profiles": {}}
KINDS = ("r.txt", "r.md", "r.txt")


def _inside(start: int, end: int, n: int, what: str) -> None:
    if not 0 <= start <= end <= n:
        raise AssertionError(f"{what} span {start}..{end} outside a text of {n}")


def exercise(doc: Document) -> None:
    n = len(doc.text)
    if len(doc.folded) != n:
        raise AssertionError("the folded text is not the text's length")
    for offset in (0, n // 2, n):
        line, column = doc.position(offset)
        if not (1 <= line <= doc.line_count and 1 <= column <= len(doc.line_text(line)) + 1):
            raise AssertionError(f"offset {offset} placed at {line}:{column}")
        doc.raw_offset(offset)
    for para in doc.paragraphs:
        _inside(para.start, para.end, n, "paragraph")
    for sentence in doc.sentences:
        _inside(sentence.start, sentence.end, n, "sentence")
    for clause in doc.clauses:
        _inside(clause.start, clause.end, n, "clause")
    doc.headings  # noqa: B018 - built for its own sake
    doc.heading_at_paragraph  # noqa: B018
    model = quantities(doc)
    for q in model:
        _inside(q.start, q.end, n, "quantity")
        q.bounds  # noqa: B018
        q.marks  # noqa: B018
    model.between(0, n)
    model.years_between(0, n)
    model.sentences(doc.paragraphs)


def TestOneInput(data: bytes) -> None:  # noqa: N802 - the name atheris calls
    fdp = atheris.FuzzedDataProvider(data)
    how = fdp.ConsumeIntInRange(0, 3)
    if how == 0:
        try:
            source = from_bytes(fdp.ConsumeBytes(fdp.remaining_bytes()), KINDS[len(data) % 3])
        except SourceError:
            return
    else:
        text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
        source = Source(path=KINDS[how - 1], raw=text, kind="md" if how == 2 else "txt")
        if how == 2:
            from lintlaw.readers import with_raw

            source = with_raw(source, text)  # its Markdown structure computed
    exercise(Document(source, SETTINGS))


def main() -> None:
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
