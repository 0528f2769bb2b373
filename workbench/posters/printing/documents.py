"""The PDF files: a poster, the symposium bundle, and the A4 handout for professionals.

Each file is written beside its final name and moved into place when complete, so an
interrupted print never leaves a half-written PDF that looks finished.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from workbench.i18n import t
from workbench.posters.model import PosterData
from workbench.posters.printing.charts import has_priority, rank_text
from workbench.posters.printing.look import (
    ACCENT,
    MUTED,
    WARNING,
    Look,
    long_date,
    number,
    page_size,
    para_text,
    scale_of,
    type_floor,
)
from workbench.posters.printing.poster import fit_poster, frame_box, margins, poster_flowables


def write_atomic(path: Path, write: Callable[[str], None]) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent)
    os.close(fd)
    try:
        write(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def page_footer(left: str, right: str) -> Callable[[Any, Any], None]:
    """A page callback that writes the footer line: date on the left, workshop on the right."""

    def draw(canvas: Any, doc: Any) -> None:
        from reportlab.lib.colors import HexColor

        from workbench.posters.fonts import fonts

        page = canvas._pagesize  # the size of this page, templates differ
        scale = scale_of(page)
        margin, footer = margins(page)
        size = max(8 * scale, type_floor(page))
        y = margin + size * 0.3
        canvas.saveState()
        canvas.setStrokeColor(HexColor(MUTED))
        canvas.setLineWidth(0.5 * scale)
        canvas.line(margin, y + size * 1.45, page[0] - margin, y + size * 1.45)
        canvas.setFont(fonts().regular, size)
        canvas.setFillColor(HexColor(MUTED))
        font = fonts().regular
        from reportlab.pdfbase.pdfmetrics import stringWidth

        room = page[0] - 2 * margin
        right_text = right
        if stringWidth(left, font, size) + stringWidth(right, font, size) > room - size * 2:
            while right_text and (stringWidth(left, font, size)
                                  + stringWidth(right_text + "…", font, size) > room - size * 2):
                right_text = right_text[:-1]
            right_text = right_text.rstrip() + "…"
        canvas.drawString(margin, y, left)
        canvas.drawRightString(page[0] - margin, y, right_text)
        canvas.restoreState()

    return draw


def page_template(template_id: str, page: tuple[float, float], on_page: Any,
                  box: tuple[float, float, float, float] | None = None) -> Any:
    from reportlab.platypus import Frame, PageTemplate

    x, y, w, h = box or frame_box(page)
    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  id=template_id)
    return PageTemplate(id=template_id, frames=[frame], onPage=on_page, pagesize=page)


def _xmp(title: str, author: str, subject: str, keywords: Sequence[str],
         language: str) -> str:
    """An XMP packet with the same title, author, subject, keywords and language as the info."""
    from xml.sax.saxutils import escape

    words = "".join(f"<rdf:li>{escape(k)}</rdf:li>" for k in keywords)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt>'
        f'</dc:title><dc:creator><rdf:Seq><rdf:li>{escape(author)}</rdf:li></rdf:Seq>'
        '</dc:creator><dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
        f'{escape(subject)}</rdf:li></rdf:Alt></dc:description>'
        f'<dc:subject><rdf:Bag>{words}</rdf:Bag></dc:subject>'
        f'<dc:language><rdf:Bag><rdf:li>{escape(language)}</rdf:li></rdf:Bag></dc:language>'
        f'<pdf:Keywords>{escape(", ".join(keywords))}</pdf:Keywords>'
        '<pdf:Producer>workbench (ReportLab)</pdf:Producer>'
        '<xmp:CreatorTool>workbench</xmp:CreatorTool>'
        '</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>'
    )


def new_document(target: str, page: tuple[float, float], *, title: str, author: str,
                 subject: str, language: str, keywords: Sequence[str] = ()) -> Any:
    from reportlab.pdfbase.pdfdoc import XMP
    from reportlab.platypus import BaseDocTemplate

    from workbench.posters.fonts import fonts

    words = ["workbench", t("posters.keyword", language), *keywords]
    packet = _xmp(title, author, subject, words, language).encode("utf-8")

    class Document(BaseDocTemplate):
        def handle_documentBegin(self) -> None:  # reportlab's name
            # The canvas starts in our embedded font, so no unused Helvetica is listed.
            self.canv._doc.Catalog.Metadata = XMP(creator=lambda _doc: packet)
            super().handle_documentBegin()

    return Document(target, pagesize=page, title=title, author=author, subject=subject,
                    creator="workbench", lang=language, invariant=False, keywords=words,
                    initialFontName=fonts().regular)


def write_poster(poster: PosterData, path: Path, *, size: str, landscape: bool,
                 language: str) -> Any:
    """One poster on one page of paper ``size``; returns how it was fitted (a ``Fit``)."""
    page = page_size(size, landscape)
    subject = t("posters.subject_poster", language)
    if poster.practice:
        subject = f"{subject} — {poster.practice}"
    where = f"{poster.workshop} · {poster.practice}" if poster.practice else poster.workshop
    footer = page_footer(t("posters.printed_on", language, date=long_date(poster.printed_on,
                                                                       language)), where)
    keywords = [poster.name, *([poster.practice] if poster.practice else []),
                *poster.practices]

    def write(target: str) -> None:
        doc = new_document(target, page, title=poster.name, author=poster.workshop,
                           subject=subject, language=language,
                           keywords=list(dict.fromkeys(keywords)))
        doc.addPageTemplates([page_template("poster", page, footer)])
        items, fitted["fit"] = fit_poster(poster, page, language)
        doc.build(items)

    fitted: dict[str, Any] = {}
    write_atomic(path, write)
    return fitted.get("fit")


def by_priority(posters: Sequence[PosterData]) -> list[PosterData]:
    """Posters per practice, each practice in its sounding board's priority order.

    A place ("plaats 2 van 6") belongs to one practice's session, so places are only
    compared within a practice; common factors (for all practices) come first.
    """

    def key(p: PosterData) -> tuple:
        r = p.results
        group = p.practice.casefold()  # "" (common factors) first
        if r is None:
            return (group, 2, 0, 0)
        return (group, 0 if r.rank is not None else 1, r.rank or 0, -(r.mean or 0))

    return sorted(posters, key=key)


def practice_of(poster: PosterData, language: str) -> str:
    """The practice a row is about: its own, or all practices for a common factor."""
    if poster.practice:
        return poster.practice
    if poster.practices:
        return ", ".join(poster.practices)
    return t("posters.all_practices", language)


def _priority_text(poster: PosterData, language: str) -> str:
    r = poster.results
    if r is None:
        return t("posters.not_discussed", language)
    parts = []
    if has_priority(r):
        parts.append(rank_text(r, language))
    if r.mean is not None:
        parts.append(t("posters.recognition_mean", language, mean=number(r.mean, language),
                       n=r.n))
    if r.below_quorum:
        parts.append(t("posters.below_quorum_short", language))
    return " · ".join(parts) or t("posters.not_discussed", language)


def write_bundle(posters: Sequence[PosterData], path: Path, *, workshop: str, size: str,
                 landscape: bool, language: str, today: date) -> None:
    """Cover, an overview in priority order, then every poster: one PDF for the symposium."""
    from reportlab.platypus import NextPageTemplate, PageBreak, Paragraph, Spacer

    page = page_size(size, landscape)
    look = Look(scale_of(page), 1.0, type_floor(page))
    footer = page_footer(t("posters.printed_on", language, date=long_date(today, language)),
                     workshop)
    practices = sorted({name for p in posters for name in p.practices})
    story: list[Any] = [
        Spacer(1, page[1] * 0.18),
        Paragraph(para_text(workshop), look.style("cover_ws", 16, color=MUTED, align=1)),
        Paragraph(para_text(t("posters.bundle_title", language)),
                  look.style("cover_title", 40, bold=True, align=1, leading=1.15,
                             space_before=12, space_after=18)),
        Paragraph(para_text(t("posters.bundle_summary", language, n=len(posters),
                              practices=len(practices))),
                  look.style("cover_sum", 15, align=1, color=ACCENT, space_after=6)),
        Paragraph(para_text(", ".join(practices)), look.style("cover_pr", 12, align=1,
                                                              color=MUTED)),
        Spacer(1, 30 * look.scale),
        Paragraph(para_text(long_date(today, language)), look.style("cover_date", 12,
                                                                    align=1, color=MUTED)),
        NextPageTemplate("overview"), PageBreak(),
    ]
    story += _overview(posters, look, frame_box(page)[2], language)
    for poster in posters:
        story += [NextPageTemplate("poster"), PageBreak(), *poster_flowables(poster, page,
                                                                             language)]

    def write(target: str) -> None:
        doc = new_document(target, page, title=t("posters.bundle_title", language),
                           author=workshop, subject=t("posters.subject_bundle", language),
                           language=language, keywords=[p.name for p in posters])
        doc.addPageTemplates([page_template("cover", page, footer),
                              page_template("overview", page, footer),
                              page_template("poster", page, footer)])
        doc.build(story)

    write_atomic(path, write)


def _overview(posters: Sequence[PosterData], look: Look, width: float,
              language: str) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    head = look.style("ov_head", 9.5, bold=True, color="#ffffff")
    cell = look.style("ov_cell", 9.5, leading=1.3)
    bullet = look.style("ov_bullet", 9.5, leading=1.3, indent=9)
    name_style = look.style("ov_name", 10.5, bold=True)
    small = look.style("ov_small", 9, color=MUTED)
    rows: list[list[Any]] = [[Paragraph(para_text(t(k, language)), head) for k in (
        "posters.col.factor", "posters.col.practice", "posters.elements",
        "posters.col.voice")]]
    for poster in by_priority(posters):
        factor = [Paragraph(para_text(poster.name), name_style),
                  Paragraph(para_text(t(f"posters.type.{poster.type}", language)), small)]
        if poster.common:
            factor.append(Paragraph(para_text(t("posters.common_badge", language)),
                                    look.style("ov_common", 9, bold=True, color=ACCENT)))
        elements = [Paragraph(para_text(e), bullet, bulletText="•") for e in poster.elements]
        voice_style = look.style("ov_voice", 9.5, color=WARNING if poster.results and
                                 poster.results.below_quorum else "#1f2a37")
        rows.append([factor, Paragraph(para_text(practice_of(poster, language)), cell),
                     elements or Paragraph("–", cell),
                     Paragraph(para_text(_priority_text(poster, language)), voice_style)])
    widths = [width * 0.25, width * 0.18, width * 0.35, width * 0.22]
    # Rows are never split across pages; the header repeats at the top of a new page.
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=0)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(ACCENT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4 * look.scale, HexColor("#c8cdd3")),
        ("TOPPADDING", (0, 0), (-1, -1), 5 * look.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5 * look.scale),
    ]))
    title = Paragraph(para_text(t("posters.overview_title", language)),
                      look.style("ov_title", 24, bold=True, space_after=6))
    intro = Paragraph(para_text(t("posters.overview_intro", language)),
                      look.style("ov_intro", 10.5, color=MUTED, space_after=4))
    legend = Paragraph(para_text(t("posters.overview_legend", language)),
                       look.style("ov_legend", 9.5, color=MUTED, space_after=10))
    return [title, intro, legend, table]


def _subline_plain(poster: PosterData, language: str) -> str:
    parts = [t(f"posters.type.{poster.type}", language)]
    if poster.practices:
        parts.append(", ".join(poster.practices))
    return para_text(" · ".join(parts))


def write_handout(posters: Sequence[PosterData], path: Path, *, workshop: str, language: str,
                  today: date) -> None:
    """An A4 summary of the factors for professionals: one table, rows never split."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    page = page_size("A4", False)
    look = Look(1.0, 1.0, 9.0)
    width = frame_box(page)[2]
    footer = page_footer(t("posters.printed_on", language, date=long_date(today, language)),
                     workshop)
    story: list[Any] = [
        Paragraph(para_text(workshop), look.style("ho_ws", 10, color=MUTED)),
        Paragraph(para_text(t("posters.handout_title", language)),
                  look.style("ho_title", 20, bold=True, space_before=4, space_after=6)),
        Paragraph(para_text(t("posters.handout_intro", language)),
                  look.style("ho_intro", 10, color=MUTED, space_after=4)),
        Paragraph(para_text(t("posters.overview_legend", language)),
                  look.style("ho_legend", 9, color=MUTED, space_after=8)),
    ]
    head = look.style("ho_head", 9, bold=True, color="#ffffff")
    name = look.style("ho_name", 10.5, bold=True, color=ACCENT)
    small = look.style("ho_small", 9, color=MUTED)
    cell = look.style("ho_cell", 9, leading=1.25)
    element = look.style("ho_el", 9, indent=8, leading=1.25)
    quote_style = look.style("ho_q", 9, italic=True, leading=1.25, space_before=3)
    rows: list[list[Any]] = [[Paragraph(para_text(t(k, language)), head) for k in (
        "posters.col.factor", "posters.col.practice", "posters.elements",
        "posters.col.voice")]]
    for poster in by_priority(posters):
        factor = [Paragraph(para_text(poster.name), name),
                  Paragraph(para_text(t(f"posters.type.{poster.type}", language)), small)]
        if poster.common:
            factor.append(Paragraph(para_text(t("posters.common_badge", language)), small))
        middle: list[Any] = [Paragraph(para_text(e), element, bulletText="•")
                             for e in poster.elements]
        for quote in poster.quotes[:1]:
            from workbench.posters.printing.poster import quote_for_print

            middle.append(Paragraph(f"{para_text(quote_for_print(quote.text, 220))} — "
                                    f"{para_text(quote.signature)}", quote_style))
        rows.append([factor, Paragraph(para_text(practice_of(poster, language)), cell),
                     middle or Paragraph("–", cell),
                     Paragraph(para_text(_priority_text(poster, language)), cell)])
    table = Table(rows, colWidths=[width * 0.23, width * 0.17, width * 0.40, width * 0.20],
                  repeatRows=1, splitInRow=0)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(ACCENT)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor("#c8cdd3")),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(table)

    def write(target: str) -> None:
        doc = new_document(target, page, title=t("posters.handout_title", language),
                           author=workshop, subject=t("posters.subject_handout", language),
                           language=language, keywords=[p.name for p in posters])
        doc.addPageTemplates([page_template("handout", page, footer)])
        doc.build(story)

    write_atomic(path, write)
