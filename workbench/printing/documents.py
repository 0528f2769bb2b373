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
from workbench.posters import PosterData
from workbench.printing.charts import rank_text
from workbench.printing.look import (
    ACCENT,
    MUTED,
    WARNING,
    Look,
    long_date,
    number,
    page_size,
    para_text,
    scale_of,
)
from workbench.printing.poster import frame_box, margins, poster_flowables, unquoted


def _atomic(path: Path, write: Callable[[str], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent)
    os.close(fd)
    try:
        write(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _footer(left: str, right: str) -> Callable[[Any, Any], None]:
    """A page callback that writes the footer line: date on the left, workshop on the right."""

    def draw(canvas: Any, doc: Any) -> None:
        from reportlab.lib.colors import HexColor

        from workbench.printing.fonts import fonts

        page = canvas._pagesize  # noqa: SLF001 - the size of this page, templates differ
        scale = scale_of(page)
        margin, footer = margins(page)
        y = margin + footer * 0.1
        canvas.saveState()
        canvas.setStrokeColor(HexColor(MUTED))
        canvas.setLineWidth(0.5 * scale)
        canvas.line(margin, y + footer * 0.55, page[0] - margin, y + footer * 0.55)
        canvas.setFont(fonts().regular, 8 * scale)
        canvas.setFillColor(HexColor(MUTED))
        canvas.drawString(margin, y, left)
        canvas.drawRightString(page[0] - margin, y, right)
        canvas.restoreState()

    return draw


def _template(template_id: str, page: tuple[float, float], on_page: Any,
              box: tuple[float, float, float, float] | None = None) -> Any:
    from reportlab.platypus import Frame, PageTemplate

    x, y, w, h = box or frame_box(page)
    frame = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                  id=template_id)
    return PageTemplate(id=template_id, frames=[frame], onPage=on_page, pagesize=page)


def _doc(target: str, page: tuple[float, float], *, title: str, author: str, subject: str,
         language: str) -> Any:
    from reportlab.platypus import BaseDocTemplate

    return BaseDocTemplate(target, pagesize=page, title=title, author=author, subject=subject,
                           creator="workbench", lang=language, invariant=False)


def write_poster(poster: PosterData, path: Path, *, size: str, landscape: bool,
                 language: str) -> None:
    """One poster on one page of paper ``size``."""
    page = page_size(size, landscape)
    subject = t("posters.subject_poster", language)
    if poster.practice:
        subject = f"{subject} — {poster.practice}"
    footer = _footer(t("posters.printed_on", language, date=long_date(poster.printed_on,
                                                                       language)),
                     poster.workshop)

    def write(target: str) -> None:
        doc = _doc(target, page, title=poster.name, author=poster.workshop, subject=subject,
                   language=language)
        doc.addPageTemplates([_template("poster", page, footer)])
        doc.build(poster_flowables(poster, page, language))

    _atomic(path, write)


def by_priority(posters: Sequence[PosterData]) -> list[PosterData]:
    """Posters in priority order: best ranked first, then by recognition, unvoted last."""

    def key(p: PosterData) -> tuple:
        r = p.results
        if r is None:
            return (2, 0, 0)
        return (0 if r.rank is not None else 1, r.rank or 0, -(r.mean or 0))

    return sorted(posters, key=key)


def _priority_text(poster: PosterData, language: str) -> str:
    r = poster.results
    if r is None:
        return t("posters.not_discussed", language)
    parts = [rank_text(r, language)]
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
    look = Look(scale_of(page))
    footer = _footer(t("posters.printed_on", language, date=long_date(today, language)),
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
        doc = _doc(target, page, title=t("posters.bundle_title", language), author=workshop,
                   subject=t("posters.subject_bundle", language), language=language)
        doc.addPageTemplates([_template("cover", page, footer),
                              _template("overview", page, footer),
                              _template("poster", page, footer)])
        doc.build(story)

    _atomic(path, write)


def _overview(posters: Sequence[PosterData], look: Look, width: float,
              language: str) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    head = look.style("ov_head", 9, bold=True, color="#ffffff")
    cell = look.style("ov_cell", 9.5, leading=1.3)
    bullet = look.style("ov_bullet", 9.5, leading=1.3, indent=9)
    name_style = look.style("ov_name", 10.5, bold=True)
    small = look.style("ov_small", 8.5, color=MUTED)
    rows: list[list[Any]] = [[Paragraph(para_text(t(k, language)), head) for k in (
        "posters.col.place", "posters.col.factor", "posters.elements", "posters.col.voice")]]
    for place, poster in enumerate(by_priority(posters), start=1):
        factor = [Paragraph(para_text(poster.name), name_style),
                  Paragraph(_subline_plain(poster, language), small)]
        if poster.common:
            factor.append(Paragraph(para_text(t("posters.common_badge", language)),
                                    look.style("ov_common", 8.5, bold=True, color=ACCENT)))
        elements = [Paragraph(para_text(e), bullet, bulletText="•") for e in poster.elements]
        voice_style = look.style("ov_voice", 9, color=WARNING if poster.results and
                                 poster.results.below_quorum else "#1f2a37")
        rows.append([Paragraph(str(place), cell), factor,
                     elements or Paragraph("–", cell),
                     Paragraph(para_text(_priority_text(poster, language)), voice_style)])
    widths = [width * 0.06, width * 0.28, width * 0.44, width * 0.22]
    # splitInRow: a factor with a long element list continues on the next page instead of
    # leaving the rest of this one empty.
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
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
                      look.style("ov_intro", 10.5, color=MUTED, space_after=10))
    return [title, intro, table]


def _subline_plain(poster: PosterData, language: str) -> str:
    parts = [t(f"posters.type.{poster.type}", language)]
    if poster.practices:
        parts.append(", ".join(poster.practices))
    return para_text(" · ".join(parts))


def write_handout(posters: Sequence[PosterData], path: Path, *, workshop: str, language: str,
                  today: date) -> None:
    """An A4 summary of the factors for professionals, most important first."""
    from reportlab.platypus import KeepTogether, Paragraph

    page = page_size("A4", False)
    look = Look(1.0)
    footer = _footer(t("posters.printed_on", language, date=long_date(today, language)),
                     workshop)
    story: list[Any] = [
        Paragraph(para_text(workshop), look.style("ho_ws", 10, color=MUTED)),
        Paragraph(para_text(t("posters.handout_title", language)),
                  look.style("ho_title", 22, bold=True, space_before=4, space_after=6)),
        Paragraph(para_text(t("posters.handout_intro", language)),
                  look.style("ho_intro", 10.5, color=MUTED, space_after=12)),
    ]
    element = look.style("ho_el", 10.5, indent=12, space_after=1.5)
    for place, poster in enumerate(by_priority(posters), start=1):
        block = [Paragraph(f"{place}. {para_text(poster.name)}",
                           look.style("ho_name", 14, bold=True, color=ACCENT, space_before=10,
                                      space_after=2)),
                 Paragraph(_subline_plain(poster, language)
                           + (" · " + para_text(t("posters.common_badge", language))
                              if poster.common else ""),
                           look.style("ho_sub", 9.5, color=MUTED, space_after=4))]
        block += [Paragraph(para_text(e), element, bulletText="•") for e in poster.elements]
        for quote in poster.quotes[:1]:
            block.append(Paragraph(f"“{para_text(unquoted(quote.text))}” — "
                                   f"{para_text(quote.signature)}",
                                   look.style("ho_q", 10, italic=True, indent=12,
                                              space_before=4)))
        block.append(Paragraph(para_text(_priority_text(poster, language)),
                               look.style("ho_voice", 9.5, color=MUTED, space_before=4)))
        story.append(KeepTogether(block))

    def write(target: str) -> None:
        doc = _doc(target, page, title=t("posters.handout_title", language), author=workshop,
                   subject=t("posters.subject_handout", language), language=language)
        doc.addPageTemplates([_template("handout", page, footer)])
        doc.build(story)

    _atomic(path, write)
