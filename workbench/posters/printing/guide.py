"""The practical guide for professionals as an A4 booklet PDF.

Page 1 is the cover, page 2 the introduction, page 3 the factors in short; then one spread
per factor (left: name, key message, elements, quotes; right: what the sounding boards
said and what a professional can do), and a closing page on how the knowledge was
gathered. A spread starts on an even page, so it faces itself when printed as a booklet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.i18n import t
from workbench.posters.guide import GUIDE_QUOTES, GuideFactor, GuidePlan
from workbench.posters.printing.charts import has_priority
from workbench.posters.printing.documents import new_document, page_template, write_atomic
from workbench.posters.printing.look import (
    ACCENT,
    ACCENT_SOFT,
    INK,
    MUTED,
    QUOTE_BG,
    Look,
    long_date,
    number,
    page_size,
    para_text,
)
from workbench.posters.printing.poster import frame_box, margins, quote_for_print

QUOTE_LIMIT = 320


def page_count(guide: GuidePlan) -> int:
    """Cover, introduction, overview, two pages per factor, closing page."""
    return 3 + 2 * len(guide.factors) + 1


def _footer(workshop: str, title: str) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        from reportlab.lib.colors import HexColor

        from workbench.posters.fonts import fonts

        page = canvas._pagesize
        number_ = canvas.getPageNumber()
        if number_ == 1:
            return
        margin, footer = margins(page)
        y = margin + 9 * 0.3
        canvas.saveState()
        canvas.setFont(fonts().regular, 9)
        canvas.setFillColor(HexColor(MUTED))
        text = f"{title} · {workshop}"
        if number_ % 2 == 0:  # left page: number outside left
            canvas.drawString(margin, y, str(number_))
            canvas.drawRightString(page[0] - margin, y, text)
        else:
            canvas.drawString(margin, y, text)
            canvas.drawRightString(page[0] - margin, y, str(number_))
        canvas.restoreState()

    return draw


def write_guide(guide: GuidePlan, path: Path) -> None:
    """Write the guide to ``path`` (complete or not at all)."""
    from reportlab.platypus import KeepInFrame, PageBreak

    language = guide.language
    page = page_size("A4", False)
    look = Look(1.0, 1.0, 9.0)
    _, _, width, height = frame_box(page)
    title = t("guide.title", language)
    def one_page(items: list[Any]) -> Any:
        return KeepInFrame(width, height, items, mode="shrink")

    story: list[Any] = [one_page(_cover(guide, look, page, language)), PageBreak(),
                        one_page(_intro(guide, look, language)), PageBreak(),
                        one_page(_overview(guide, look, language))]
    for number_, factor in enumerate(guide.factors, start=1):
        left, right = _spread(factor, number_, look, width, language)
        story += [PageBreak(), KeepInFrame(width, height, left, mode="shrink"),
                  PageBreak(), KeepInFrame(width, height, right, mode="shrink")]
    story += [PageBreak(), one_page(_closing(guide, look, language))]
    footer = _footer(guide.workshop, title)

    def write(target: str) -> None:
        doc = new_document(target, page, title=title, author=guide.workshop,
                           subject=t("guide.subject", language), language=language,
                           keywords=[f.poster.name for f in guide.factors])
        doc.addPageTemplates([page_template("guide", page, footer)])
        doc.build(story)

    write_atomic(path, write)


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(para_text(text), style)


def _cover(guide: GuidePlan, look: Look, page: tuple[float, float], language: str) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Spacer, Table, TableStyle

    width = frame_box(page)[2]
    band = Table([[[
        _p(t("guide.cover_kicker", language), look.style("g_kick", 12, bold=True,
                                                         color="#ffffff", space_after=10)),
        _p(t("guide.title", language), look.style("g_title", 34, bold=True, color="#ffffff",
                                                  leading=1.12, space_after=12)),
        _p(t("guide.cover_sub", language, n=len(guide.factors)),
           look.style("g_sub", 14, color="#ffffff", leading=1.35)),
    ]]], colWidths=[width])
    band.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), HexColor(ACCENT)),
        ("LEFTPADDING", (0, 0), (-1, -1), 28), ("RIGHTPADDING", (0, 0), (-1, -1), 28),
        ("TOPPADDING", (0, 0), (-1, -1), 40), ("BOTTOMPADDING", (0, 0), (-1, -1), 40),
    ]))
    names = [_p(f"•  {f.poster.name}", look.style("g_cov_f", 13, color=INK, space_after=4))
             for f in guide.factors]
    return [
        Spacer(1, page[1] * 0.12),
        _p(guide.workshop, look.style("g_ws", 14, color=MUTED, space_after=14)),
        band,
        Spacer(1, 28),
        *names,
        Spacer(1, 24),
        _p(long_date(guide.printed_on, language), look.style("g_date", 11, color=MUTED)),
    ]


def _heading(text: str, look: Look, size: float = 22) -> Any:
    return _p(text, look.style("g_h", size, bold=True, color=INK, space_after=10,
                               leading=1.15))


def _intro(guide: GuidePlan, look: Look, language: str) -> list[Any]:
    body = look.style("g_body", 11, leading=1.45, space_after=8)
    text = guide.intro.strip() or t("guide.intro_default", language, workshop=guide.workshop)
    items = [_heading(t("guide.intro_title", language), look)]
    items += [_p(part, body) for part in text.split("\n\n") if part.strip()]
    items += [_p(t("guide.reading", language), look.style("g_read", 11, leading=1.45,
                                                          color=MUTED, space_before=8))]
    return items


def _overview(guide: GuidePlan, look: Look, language: str) -> list[Any]:
    items = [_heading(t("guide.overview_title", language), look)]
    if not guide.common:
        items.append(_p(t("guide.not_common", language),
                        look.style("g_nc", 10.5, color=MUTED, space_after=8)))
    name = look.style("g_ov_n", 13, bold=True, color=ACCENT, space_before=8, space_after=2)
    desc = look.style("g_ov_d", 11, leading=1.4)
    small = look.style("g_ov_s", 9.5, color=MUTED, space_after=2)
    for number_, factor in enumerate(guide.factors, start=1):
        page = 4 + 2 * (number_ - 1)
        items.append(_p(f"{number_}. {factor.poster.name}", name))
        items.append(_p(t("guide.on_page", language, page=page) + " · "
                        + t(f"posters.type.{factor.poster.type}", language), small))
        if factor.poster.description.strip():
            items.append(_p(factor.poster.description, desc))
    return items


def _spread(factor: GuideFactor, number_: int, look: Look, width: float,
            language: str) -> tuple[list[Any], list[Any]]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    poster = factor.poster
    kicker = look.style("g_fk", 10.5, bold=True, color=ACCENT, space_after=4)
    section = look.style("g_sec", 12.5, bold=True, color=ACCENT, space_before=14,
                         space_after=6)
    body = look.style("g_b", 11, leading=1.45, space_after=4)
    element = look.style("g_el", 11.5, leading=1.35, indent=14, space_after=3)
    left: list[Any] = [
        _p(t("guide.factor_kicker", language, n=number_), kicker),
        _heading(poster.name, look, 26),
        _p(t(f"posters.type.{poster.type}", language)
           + (" · " + t("posters.occurs_in", language, practices=", ".join(poster.practices))
              if poster.practices else ""), look.style("g_ty", 10, color=MUTED,
                                                       space_after=10)),
    ]
    if poster.description.strip():
        band = Table([[_p(poster.description, look.style("g_msg", 13, bold=True, color=ACCENT,
                                                          leading=1.35))]], colWidths=[width])
        band.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(ACCENT_SOFT)),
            ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12),
            ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 11),
        ]))
        left.append(band)
    left.append(_p(t("posters.elements", language), section))
    left += [Paragraph(para_text(e), element, bulletText="•") for e in poster.elements] or [
        _p(t("posters.no_elements", language), body)]
    if poster.quotes:
        left.append(_p(t("posters.quotes", language), section))
        quote = look.style("g_q", 11.5, italic=True, leading=1.4)
        sign = look.style("g_qs", 10, color=MUTED, align=2, space_before=3)
        for q in poster.quotes[:GUIDE_QUOTES]:
            box = Table([[[_p(quote_for_print(q.text, QUOTE_LIMIT), quote),
                           _p(f"— {q.signature}", sign)]]], colWidths=[width],
                        spaceAfter=6)
            box.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), HexColor(QUOTE_BG)),
                ("LINEBEFORE", (0, 0), (0, -1), 3, HexColor(ACCENT)),
                ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]))
            left.append(box)
    right: list[Any] = [
        _p(t("guide.factor_kicker", language, n=number_) + " · " + poster.name, kicker),
        _p(t("guide.voice_title", language), section),
    ]
    right += [_p(s, body) for s in voice_sentences(factor, language)]
    if poster.results is not None:
        from workbench.posters.printing.charts import (
            priority_chart,
            priority_height,
            recognition_chart,
        )

        half = (width - 24) / 2
        charts = Table([[recognition_chart(poster.results, half, 150, language, 1.0, 9.0), "",
                         priority_chart(poster.results, half,
                                        priority_height(poster.results, 1.0, 9.0), language,
                                        1.0, 9.0)]],
                       colWidths=[half, 24, half])
        charts.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 10), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        right.append(charts)
    tips_box: list[Any] = [_p(t("guide.tips_title", language), look.style(
        "g_tips_h", 16, bold=True, color=INK, space_after=8))]
    if factor.tips:
        tip = look.style("g_tip", 12, leading=1.45, indent=18, space_after=7)
        tips_box += [Paragraph(para_text(text), tip, bulletText="→") for text in factor.tips]
    else:
        tips_box.append(_p(t("guide.no_tips", language), look.style(
            "g_notip", 11, italic=True, color=MUTED)))
    box = Table([[tips_box]], colWidths=[width])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), HexColor(ACCENT_SOFT)),
        ("LEFTPADDING", (0, 0), (-1, -1), 16), ("RIGHTPADDING", (0, 0), (-1, -1), 16),
        ("TOPPADDING", (0, 0), (-1, -1), 14), ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
    ]))
    box.spaceBefore = 22
    right.append(box)
    return left, right


def voice_sentences(factor: GuideFactor, language: str) -> list[str]:
    """What the sounding board said about the factor, in plain sentences."""
    r = factor.poster.results
    if r is None:
        return [t("guide.voice_none", language)]
    when = long_date(r.held_on, language) if r.held_on else ""
    out = [t("guide.voice_session", language, session=r.session_name, date=when,
             n=r.participants)]
    if r.n and r.mean is not None:
        high = r.distribution[3] + r.distribution[4]
        out.append(t("guide.voice_recognition", language, mean=number(r.mean, language),
                     high=high, n=r.n))
    if has_priority(r):
        total = r.n_factors or len(r.ranking)
        out.append(t("guide.voice_priority", language, rank=r.rank, total=total))
    if r.below_quorum:
        out.append(t("guide.voice_quorum", language,
                     quorum=r.quorum if r.quorum is not None else "?"))
    return out


def _closing(guide: GuidePlan, look: Look, language: str) -> list[Any]:
    g = guide.gathering
    body = look.style("g_cb", 11, leading=1.5, space_after=8)
    roles = ", ".join(f"{n} × {t(f'role.{role}', language)}" for role, n in sorted(
        g.roles.items(), key=lambda item: -item[1]))
    items = [_heading(t("guide.closing_title", language), look),
             _p(t("guide.closing_method", language), body),
             _p(t("guide.closing_stories", language, stories=g.stories,
                  storytellers=g.storytellers, practices=len(g.practices)), body)]
    if roles:
        items.append(_p(t("guide.closing_roles", language, roles=roles), body))
    if g.practices:
        items.append(_p(t("guide.closing_practices", language,
                          names=", ".join(g.practices)), body))
    items.append(_p(t("guide.closing_sessions", language, sessions=g.sessions,
                      participants=g.participants), body))
    items.append(_p(t("guide.closing_privacy", language), look.style(
        "g_priv", 10.5, leading=1.45, color=MUTED, space_before=10)))
    return items
