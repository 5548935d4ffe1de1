"""Chinese PDFs for the tests, laid out as offices print reports.

Made with reportlab and its CID font STSong-Light (one of Adobe's Asian fonts,
referenced and not embedded, so no font file is needed: PDF readers, pdfminer
included, map its glyphs through the Adobe-GB1 tables).  A4, 首行缩进 of two
characters, justified text, a centred title, a running header and a page
number ("- 3 -") on every page.
"""
from __future__ import annotations

import io
from typing import Optional


def report_pdf(text: str, header: Optional[str] = "重庆市某区司法局", page_numbers: bool = True,
               encrypt: Optional[str] = None) -> bytes:
    """``text``: the title on its first line, then one paragraph a line (blank lines skipped)."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    font = "STSong-Light"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    body = ParagraphStyle("body", fontName=font, fontSize=14, leading=24, firstLineIndent=28,
                          alignment=TA_JUSTIFY, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=20, leading=32, alignment=TA_CENTER,
                           wordWrap="CJK", spaceAfter=12)

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 10)
        if header:
            canvas.drawCentredString(A4[0] / 2, A4[1] - 40, header)
        if page_numbers:
            canvas.drawCentredString(A4[0] / 2, 30, f"- {doc.page} -")
        canvas.restoreState()

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=80, rightMargin=80, topMargin=72, bottomMargin=72,
                            encrypt=encrypt)
    lines = [line for line in text.split("\n") if line.strip()]
    flow = [Paragraph(escape(lines[0]), title)] + [Paragraph(escape(line), body) for line in lines[1:]]
    doc.build(flow, onFirstPage=decorate, onLaterPages=decorate)
    return out.getvalue()


def scanned_pdf(pages: int = 2) -> bytes:
    """Pages with only drawings on them, as a scanner's PDF has only images: no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    for _ in range(pages):
        for row in range(40):
            c.rect(80, 100 + row * 16, 400 - (row % 7) * 30, 8, fill=1, stroke=0)
        c.showPage()
    c.save()
    return out.getvalue()
