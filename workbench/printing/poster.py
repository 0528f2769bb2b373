"""One poster as platypus flowables that fill exactly one page.

The body text (elements, quotes) is sized to the page: as large as fits, so a factor with
three elements reads from across the room, and smaller step by step when there is much to
say, so a 300-word list still fits on A4. ``KeepInFrame(mode="shrink")`` is the last
resort for text that would not fit even at the smallest step.
"""

from __future__ import annotations

from typing import Any

from workbench.i18n import t
from workbench.posters import PosterData
from workbench.printing.charts import priority_chart, recognition_chart
from workbench.printing.look import (
    ACCENT,
    MUTED,
    QUOTE_BG,
    WARNING,
    Look,
    long_date,
    para_text,
    scale_of,
)

# Body sizes tried, largest first; 1.0 is the design size.
BODY_STEPS = (1.6, 1.45, 1.3, 1.15, 1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.48, 0.42, 0.37, 0.33)
LANDSCAPE_LEFT = 0.6  # share of the width for elements and quotes in landscape


def margins(page: tuple[float, float]) -> tuple[float, float]:
    """Page margin and footer height, in points."""
    scale = scale_of(page)
    return 30 * scale, 20 * scale


def frame_box(page: tuple[float, float]) -> tuple[float, float, float, float]:
    """x, y, width, height of the area the poster content fills."""
    margin, footer = margins(page)
    return margin, margin + footer, page[0] - 2 * margin, page[1] - 2 * margin - footer


def poster_flowables(poster: PosterData, page: tuple[float, float], language: str) -> list[Any]:
    """The flowables of ``poster``, fitted to one page of size ``page``."""
    from reportlab.platypus import KeepInFrame

    _, _, width, height = frame_box(page)
    scale = scale_of(page)
    landscape = page[0] > page[1]

    def build(body: float) -> list[Any]:
        return _build(poster, Look(scale, body), width, height, language, landscape)

    start = BODY_STEPS.index(1.0)
    items = build(1.0)
    if _height(items, width, height) <= height:
        best = (1.0, items)
        for body in reversed(BODY_STEPS[:start]):  # grow while there is room
            bigger = build(body)
            if _height(bigger, width, height) > height:
                break
            best = (body, bigger)
        items = best[1]
    else:
        for body in BODY_STEPS[start + 1:]:
            items = build(body)
            if _height(items, width, height) <= height:
                break
    return [KeepInFrame(width, height, items, mode="shrink", vAlign="TOP")]


def _height(items: list[Any], width: float, height: float) -> float:
    total = 0.0
    for item in items:
        _, h = item.wrap(width, height)
        total += h + item.getSpaceBefore() + item.getSpaceAfter()
    return total


def _build(poster: PosterData, look: Look, width: float, height: float, language: str,
           landscape: bool) -> list[Any]:
    items = _header(poster, look, width, language)
    if not landscape:
        items += _elements(poster, look, language)
        items += _quotes(poster, look, width, language)
        items += _results(poster, look, width, height, language, side_by_side=True)
        return items
    from reportlab.platypus import Table, TableStyle

    gap = 18 * look.scale
    left_w = (width - gap) * LANDSCAPE_LEFT
    right_w = width - gap - left_w
    left = _elements(poster, look, language) + _quotes(poster, look, left_w, language)
    right = _results(poster, look, right_w, height, language, side_by_side=False)
    table = Table([[left, "", right]], colWidths=[left_w, gap, right_w])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return items + [table]


def _header(poster: PosterData, look: Look, width: float, language: str) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Paragraph, Table, TableStyle

    scale = look.scale
    top = Paragraph(para_text(poster.workshop), look.style("workshop", 10, color=MUTED))
    if poster.common:
        badge = Paragraph(t("posters.common_badge", language),
                          look.style("badge", 9.5, bold=True, color="#ffffff", align=1))
        row = Table([[top, badge]], colWidths=[width * 0.62, width * 0.38])
        row.setStyle(TableStyle([
            ("BACKGROUND", (1, 0), (1, 0), HexColor(ACCENT)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("TOPPADDING", (1, 0), (1, 0), 4 * scale),
            ("BOTTOMPADDING", (1, 0), (1, 0), 5 * scale),
        ]))
        top = row
    name_size = 32 if len(poster.name) <= 40 else 26 if len(poster.name) <= 80 else 20
    items = [
        top,
        Paragraph(para_text(poster.name),
                  look.style("name", name_size, bold=True, leading=1.12, space_before=8,
                             space_after=4)),
        Paragraph(_subline(poster, language), look.style("sub", 12, color=MUTED)),
    ]
    if poster.description.strip():
        items.append(Paragraph(para_text(poster.description),
                               look.style("description", 11.5, italic=True, space_before=4)))
    items.append(HRFlowable(width="100%", thickness=2.5 * scale, color=HexColor(ACCENT),
                            spaceBefore=8 * scale, spaceAfter=10 * scale))
    return items


def _subline(poster: PosterData, language: str) -> str:
    parts = [t(f"posters.type.{poster.type}", language)]
    if poster.practices:
        parts.append(t("posters.occurs_in", language,
                       practices=", ".join(poster.practices)))
    elif poster.practice:
        parts.append(poster.practice)
    return para_text(" · ".join(parts))


def _heading(key: str, look: Look, language: str) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(para_text(t(key, language)),
                     look.style("heading", 10.5, bold=True, color=ACCENT, space_before=6,
                                space_after=5))


def _elements(poster: PosterData, look: Look, language: str) -> list[Any]:
    from reportlab.platypus import Paragraph

    items = [_heading("posters.elements", look, language)]
    if not poster.elements:
        items.append(Paragraph(t("posters.no_elements", language),
                               look.style("none", 12, italic=True, color=MUTED)))
        return items
    style = look.body_style("element", 17, leading=1.22, indent=16 * look.body,
                            space_after=5 * look.body)
    for element in poster.elements:
        items.append(Paragraph(para_text(element), style, bulletText="•"))
    return items


def _quotes(poster: PosterData, look: Look, width: float, language: str) -> list[Any]:
    if not poster.quotes:
        return []
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    items = [_heading("posters.quotes", look, language)]
    text_style = look.body_style("quote", 13, italic=True, leading=1.3)
    sign_style = look.body_style("signature", 11, color=MUTED, align=2, space_before=3)
    pad = 8 * look.scale * min(look.body, 1.2)
    for quote in poster.quotes:
        cell = [Paragraph(f"“{para_text(unquoted(quote.text))}”", text_style),
                Paragraph(f"— {para_text(quote.signature)}", sign_style)]
        box = Table([[cell]], colWidths=[width], spaceAfter=6 * look.scale * look.body)
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(QUOTE_BG)),
            ("LINEBEFORE", (0, 0), (0, -1), 3 * look.scale, HexColor(ACCENT)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.4),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]))
        items.append(box)
    return items


def unquoted(text: str) -> str:
    """The quote without quotation marks around it: the poster adds its own."""
    text = text.strip()
    pairs = {"“": "”", '"': '"', "‘": "’", "'": "'", "„": "”"}
    if len(text) > 2 and text[0] in pairs and text[-1] == pairs[text[0]]:
        return text[1:-1].strip()
    return text


def _results(poster: PosterData, look: Look, width: float, height: float, language: str,
             *, side_by_side: bool) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    items = [_heading("posters.results", look, language)]
    results = poster.results
    if results is None:
        items.append(Paragraph(t("posters.no_results", language),
                               look.style("none", 12, italic=True, color=MUTED)))
        return items
    when = long_date(results.held_on, language) if results.held_on else ""
    line = " · ".join(x for x in (results.session_name, when,
                                  t("posters.participants", language, n=results.participants))
                      if x)
    items.append(Paragraph(para_text(line), look.style("session", 10.5, color=MUTED,
                                                       space_after=4)))
    if results.below_quorum:
        items.append(Paragraph(
            para_text(t("posters.below_quorum", language, n=results.participants,
                        quorum=results.quorum if results.quorum is not None else "?")),
            look.style("quorum", 10.5, bold=True, color=WARNING, space_after=4)))
    chart_scale = look.scale * max(min(look.body, 1.0), 0.6)
    chart_h = (118 if side_by_side else 132) * chart_scale
    if side_by_side:
        half = (width - 16 * look.scale) / 2
        charts = Table([[recognition_chart(results, half, chart_h, language, chart_scale), "",
                         priority_chart(results, half, chart_h, language, chart_scale)]],
                       colWidths=[half, 16 * look.scale, half])
    else:
        charts = Table([[recognition_chart(results, width, chart_h, language, chart_scale)],
                        [priority_chart(results, width, chart_h, language, chart_scale)]],
                       colWidths=[width])
    charts.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * look.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * look.scale),
    ]))
    items.append(charts)
    return items
