"""One poster as platypus flowables that fill exactly one page.

The layout fills the page: the body text (elements and quotes, always the same size, so a
quote is never smaller than the elements) is set as large as fits, never under the type
floor of the paper (9 pt on A4 and A3, more on larger paper). When there is too much to
say, long quotes are shortened with “…” (the full quote stays in the data) rather than set
smaller; only then are quotes left out. Space that remains is spread between the sections
and given to the charts, so the page is filled from top to bottom. On landscape paper the
content flows into two balanced columns: elements on the left, the sounding-board results
on the right, the quotes wherever they keep the columns most even.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.i18n import t
from workbench.posters.model import PosterData
from workbench.posters.printing.charts import (
    priority_chart,
    priority_height,
    recognition_chart,
    recognition_height,
)
from workbench.posters.printing.look import (
    ACCENT,
    ACCENT_SOFT,
    MUTED,
    QUOTE_BG,
    WARNING,
    Look,
    long_date,
    para_text,
    scale_of,
    type_floor,
)
from workbench.posters.quotes import dutch_quote_marks, shorten

# Body sizes tried, largest first; 1.0 is the design size (15 pt on A4).
BODY_STEPS = (2.2, 2.0, 1.8, 1.6, 1.45, 1.3, 1.15, 1.0, 0.9, 0.8, 0.7, 0.62, 0.55, 0.48,
              0.42, 0.37, 0.33)
BODY_SIZE = 15.0
# Longest quote printed at full length; shorter limits are tried when the page is full.
QUOTE_LIMITS = (360, 260, 190, 140, 100)
LANDSCAPE_LEFT = 0.54  # share of the width for the left column in landscape
MAX_GAP = 42  # the most extra space between two sections, at A4 scale
CHART_H = 118  # chart height at A4 scale


def margins(page: tuple[float, float]) -> tuple[float, float]:
    """Page margin and footer height, in points."""
    scale = scale_of(page)
    return 30 * scale, 22 * scale


def frame_box(page: tuple[float, float]) -> tuple[float, float, float, float]:
    """x, y, width, height of the area the poster content fills."""
    margin, footer = margins(page)
    return margin, margin + footer, page[0] - 2 * margin, page[1] - 2 * margin - footer


@dataclass(frozen=True)
class Fit:
    """How one poster was fitted: body size factor, quote limit, quotes kept."""

    body: float
    limit: int
    quotes: int
    height: float


def poster_flowables(poster: PosterData, page: tuple[float, float], language: str) -> list[Any]:
    """The flowables of ``poster``, fitted to one page of size ``page``."""
    return fit_poster(poster, page, language)[0]


def fit_poster(poster: PosterData, page: tuple[float, float],
               language: str) -> tuple[list[Any], Fit]:
    from reportlab.platypus import KeepInFrame

    _, _, width, height = frame_box(page)
    scale = scale_of(page)
    floor = type_floor(page)
    landscape = page[0] > page[1]
    smallest = floor / (BODY_SIZE * scale)
    steps = [b for b in BODY_STEPS if b >= smallest] or [smallest]
    if steps[-1] > smallest:
        steps.append(smallest)

    def layout(body: float, limit: int, n_quotes: int, spare: float = 0.0) -> _Layout:
        look = Look(scale, body, floor)
        return _Layout(poster, look, width, height, language, landscape, limit, n_quotes,
                       spare)

    def largest_fitting(limit: int, n_quotes: int) -> _Layout | None:
        """The layout at the largest body step that fits (heights grow with the body)."""
        smallest_layout = layout(steps[-1], limit, n_quotes)
        if smallest_layout.height() > height:
            return None
        low, high = 0, len(steps) - 1  # steps[high] fits; find the first (largest) that does
        best = smallest_layout
        while low < high:
            middle = (low + high) // 2
            candidate = layout(steps[middle], limit, n_quotes)
            if candidate.height() <= height:
                best, high = candidate, middle
            else:
                low = middle + 1
        return best

    chosen: _Layout | None = None
    for n_quotes in range(len(poster.quotes), -1, -1):
        longest = max((len(q.text) for q in poster.quotes[:n_quotes]), default=0)
        # Full length first (up to the longest a poster takes), then shorter cuts.
        limits = [QUOTE_LIMITS[0], *(lim for lim in QUOTE_LIMITS[1:] if lim < longest)]
        for limit in limits:
            chosen = largest_fitting(limit, n_quotes)
            if chosen is not None:
                break
        if chosen is not None:
            break
    if chosen is None:  # even the shortest form is too long: shrink as a last resort
        chosen = layout(steps[-1], QUOTE_LIMITS[-1], 0)
        items = chosen.flowables()
        return ([KeepInFrame(width, height, items, mode="shrink", vAlign="TOP")],
                Fit(chosen.look.body, QUOTE_LIMITS[-1], 0, height))
    spare = height - chosen.height()
    if spare > 1:
        filled = layout(chosen.look.body, chosen.limit, chosen.n_quotes, spare)
        if filled.height() <= height + 0.5:
            chosen = filled
    items = chosen.flowables()
    fit = Fit(chosen.look.body, chosen.limit, chosen.n_quotes, chosen.height())
    return [KeepInFrame(width, height + 1, items, mode="shrink", vAlign="TOP")], fit


def _height(items: list[Any], width: float, height: float) -> float:
    total = 0.0
    for item in items:
        _, h = item.wrap(width, height)
        total += h + item.getSpaceBefore() + item.getSpaceAfter()
    return total


def _spacer(height: float) -> Any:
    from reportlab.platypus import Spacer

    return Spacer(1, max(height, 0.0))


class _Layout:
    """The poster's sections for one body size, quote limit and amount of spare room."""

    def __init__(self, poster: PosterData, look: Look, width: float, height: float,
                 language: str, landscape: bool, limit: int, n_quotes: int,
                 spare: float) -> None:
        self.poster, self.look, self.width, self.page_h = poster, look, width, height
        self.language, self.landscape = language, landscape
        self.limit, self.n_quotes, self.spare = limit, n_quotes, spare
        self._items: list[Any] | None = None

    def height(self) -> float:
        return _height(self.flowables(), self.width, self.page_h)

    def flowables(self) -> list[Any]:
        if self._items is None:
            self._items = self._build()
        return self._items

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> list[Any]:
        look, width = self.look, self.width
        header = _header(self.poster, look, width, self.language)
        contact = _contact(self.poster, look, width, self.language)
        quotes = _quote_boxes(self.poster, look, self.limit, self.n_quotes, self.language)
        elements = _elements(self.poster, look, self.language)
        max_gap = MAX_GAP * look.scale
        if not self.landscape:
            quote_items = [box(width) for box in quotes]
            if quote_items:
                quote_items.insert(0, _heading("posters.quotes", look, self.language))
            sections = [s for s in (elements, quote_items) if s]
            has_results = True
            gaps = len(sections) + int(has_results) + int(bool(contact))
            per_gap, chart_extra = _share(self.spare, gaps, max_gap,
                                          CHART_H * look.scale * 1.2)
            body: list[Any] = []
            for section in sections:
                body += [_spacer(per_gap), *section]
            body.append(_spacer(per_gap))
            body += _results(self.poster, look, width, self.language, side_by_side=True,
                             extra=chart_extra)
            if contact:
                body += [_spacer(per_gap), *contact]
            return header + body
        return header + self._columns(elements, quotes, contact, max_gap)

    def _columns(self, elements: list[Any], quotes: list[Any], contact: list[Any],
                 max_gap: float) -> list[Any]:
        from reportlab.platypus import Table, TableStyle

        look, width = self.look, self.width
        gap = 20 * look.scale
        left_w = (width - gap) * LANDSCAPE_LEFT
        right_w = width - gap - left_w
        results = _results(self.poster, look, right_w, self.language, side_by_side=False,
                           extra=0.0)
        heading = _heading("posters.quotes", look, self.language)
        # Quotes go left after the elements until moving the next one right evens the columns.

        def col_h(items: list[Any], w: float) -> float:
            return _height(items, w, self.page_h)

        # The contact block (QR code) closes the left column, which the charts leave free.
        contact_left = _contact(self.poster, look, left_w, self.language)

        def left_items(qs: list[Any]) -> list[Any]:
            tail = [_spacer(8 * look.scale), *contact_left] if contact_left else []
            return elements + ([heading] if qs else []) + [q(left_w) for q in qs] + tail

        def right_items(qs: list[Any]) -> list[Any]:
            head = [_heading("posters.quotes", look, self.language)] if qs else []
            return head + [q(right_w) for q in qs] + results

        # Heights add up, so each part is measured once and the columns are balanced on sums.
        base_left = col_h(left_items([]), left_w)
        base_right = col_h(right_items([]), right_w)
        head_h = col_h([heading], left_w)
        in_left = [col_h([q(left_w)], left_w) for q in quotes]
        in_right = [col_h([q(right_w)], right_w) for q in quotes]

        def heights(k: int) -> float:
            """The taller column when the first ``k`` quotes stay left."""
            left_h = base_left + (head_h + sum(in_left[:k]) if k else 0.0)
            right_h = base_right + (head_h + sum(in_right[k:]) if k < len(quotes) else 0.0)
            return max(left_h, right_h)

        keep = len(quotes)
        while keep and heights(keep - 1) < heights(keep):
            keep -= 1
        left_quotes, right_quotes = list(quotes[:keep]), list(quotes[keep:])
        left = left_items(left_quotes)
        right = right_items(right_quotes)
        if self.spare > 0:
            # Spread what is left over the height of each column.
            column_h = max(col_h(left, left_w), col_h(right, right_w)) + self.spare
            gaps = [0, len(elements)] if left_quotes else [0]
            if contact_left:
                gaps.append(len(left) - len(contact_left) - 1)
            left = _spread(left, column_h - col_h(left, left_w), max_gap, gaps)
            room = column_h - col_h(right, right_w)
            chart_extra = min(room * 0.6, CHART_H * look.scale)
            right = right_items(right_quotes)[:-len(results)] + _results(
                self.poster, look, right_w, self.language, side_by_side=False,
                extra=chart_extra / 2)
            room = column_h - col_h(right, right_w)
            right = _spread(right, room, max_gap,
                            [0, len(right) - len(results)] if right_quotes else [0])
        table = Table([[left, "", right]], colWidths=[left_w, gap, right_w])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [_spacer(min(self.spare * 0.1, max_gap / 2)) if self.spare else _spacer(0),
                table]


def _share(spare: float, gaps: int, max_gap: float, max_chart: float) -> tuple[float, float]:
    """Spare room split into equal gaps (at most ``max_gap``) and extra chart height."""
    if spare <= 0 or gaps <= 0:
        return 0.0, 0.0
    per_gap = min(spare * 0.5 / gaps, max_gap)
    chart = min(spare - per_gap * gaps, max_chart)
    per_gap = min((spare - chart) / gaps, max_gap)
    return per_gap, chart


def _spread(items: list[Any], room: float, max_gap: float, at: list[int]) -> list[Any]:
    """``items`` with ``room`` shared out as spacers before the positions ``at``."""
    if room <= 0 or not at:
        return items
    each = min(room / len(at), max_gap)
    out = list(items)
    for position in sorted(at, reverse=True):
        out.insert(position, _spacer(each))
    return out


def _header(poster: PosterData, look: Look, width: float, language: str) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import HRFlowable, Paragraph, Table, TableStyle

    scale = look.scale
    where = poster.workshop
    if poster.practice:
        where = f"{poster.workshop} · {t('posters.practice_label', language)}: {poster.practice}"
    top_text = Paragraph(para_text(where), look.style("workshop", 11, color=MUTED))
    if poster.common:
        badge = Paragraph(t("posters.common_badge", language),
                          look.style("badge", 10, bold=True, color="#ffffff", align=1))
        row = Table([[top_text, badge]], colWidths=[width * 0.66, width * 0.34])
        row.setStyle(TableStyle([
            ("BACKGROUND", (1, 0), (1, 0), HexColor(ACCENT)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (-1, 0), (-1, 0), 0),
            ("TOPPADDING", (1, 0), (1, 0), 4 * scale),
            ("BOTTOMPADDING", (1, 0), (1, 0), 5 * scale),
        ]))
        top = row
    else:
        top = top_text
    name_size = 34 if len(poster.name) <= 40 else 27 if len(poster.name) <= 80 else 21
    name = Paragraph(para_text(poster.name),
                     look.style("name", name_size, bold=True, leading=1.12, space_before=8,
                                space_after=4))
    # The organisation's logo sits right of the name, so it costs no height of its own.
    logo = _logo(poster.logo, width * 0.2, name_size * 1.12 * scale) if poster.logo else None
    if logo is not None:
        name_row = Table([[name, logo]], colWidths=[width * 0.78, width * 0.22])
        name_row.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        name = name_row
    items = [
        top,
        name,
        Paragraph(_subline(poster, language), look.style("sub", 12, color=MUTED)),
    ]
    if poster.description.strip():
        band = Table([[Paragraph(para_text(poster.description),
                                 look.style("message", 14, bold=True, color=ACCENT,
                                            leading=1.3))]],
                     colWidths=[width])
        pad = 9 * scale
        band.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), HexColor(ACCENT_SOFT)),
            ("LEFTPADDING", (0, 0), (-1, -1), pad * 1.3),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad * 1.3),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.1),
        ]))
        band.spaceBefore = 8 * scale
        items.append(band)
        items.append(_spacer(8 * scale))
    else:
        items.append(HRFlowable(width="100%", thickness=2.5 * scale, color=HexColor(ACCENT),
                                spaceBefore=8 * scale, spaceAfter=8 * scale))
    return items


def _logo(path: str, width: float, height: float) -> Any:
    """The organisation's logo scaled into ``width`` × ``height``; None when unreadable."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    try:
        reader = ImageReader(path)
        w, h = reader.getSize()
    except Exception:  # the plan checked the file; never fail a poster on it
        return None
    factor = min(width / w, height / h)
    return Image(path, width=w * factor, height=h * factor)


def _subline(poster: PosterData, language: str) -> str:
    parts = [t(f"posters.type.{poster.type}", language)]
    if poster.practices:
        parts.append(t("posters.occurs_in", language,
                       practices=", ".join(poster.practices)))
    return para_text(" · ".join(parts))


def _heading(key: str, look: Look, language: str) -> Any:
    from reportlab.platypus import Paragraph

    grow = min(max(look.body, 1.0), 1.5)  # headings grow a little with large body text
    return Paragraph(para_text(t(key, language)),
                     look.style("heading", 11.5 * grow, bold=True, color=ACCENT,
                                space_before=4, space_after=5 * grow))


def _elements(poster: PosterData, look: Look, language: str) -> list[Any]:
    from reportlab.platypus import Paragraph

    items = [_heading("posters.elements", look, language)]
    if not poster.elements:
        items.append(Paragraph(t("posters.no_elements", language),
                               look.style("none", 12, italic=True, color=MUTED)))
        return items
    style = look.body_style("element", BODY_SIZE, leading=1.22, indent=15 * look.body,
                            space_after=4 * look.body)
    for element in poster.elements:
        items.append(Paragraph(para_text(element), style, bulletText="•"))
    return items


def quote_for_print(text: str, limit: int | None = None) -> str:
    """The quote between Dutch quotation marks, shortened to ``limit`` characters."""
    inner = dutch_quote_marks(text)
    if limit:
        inner = shorten(inner, limit)
    return f"“{inner}”"


def _quote_boxes(poster: PosterData, look: Look, limit: int, n_quotes: int,
                 language: str) -> list[Any]:
    """A function per quote that makes its box for a given width."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    text_style = look.body_style("quote", BODY_SIZE, italic=True, leading=1.3)
    sign_style = look.body_style("signature", 12, color=MUTED, align=2, space_before=3)
    pad = 8 * look.scale * min(max(look.body, 0.7), 1.3)

    def maker(quote: Any) -> Any:
        def make(width: float) -> Any:
            cell = [Paragraph(para_text(quote_for_print(quote.text, limit)), text_style),
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
            return box
        return make

    return [maker(q) for q in poster.quotes[:n_quotes]]


def unquoted(text: str) -> str:
    """The quote without quotation marks around it: the poster adds its own."""
    return dutch_quote_marks(text)


def _contact(poster: PosterData, look: Look, width: float, language: str) -> list[Any]:
    """A QR code with the contact line, when the facilitator gave one."""
    if not poster.contact.strip():
        return []
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Paragraph, Table, TableStyle

    side = 64 * look.scale
    widget = QrCodeWidget(poster.contact.strip(), barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    text = [Paragraph(para_text(t("posters.contact_heading", language)),
                      look.style("contact_h", 11.5, bold=True, color=ACCENT, space_after=3)),
            Paragraph(para_text(poster.contact), look.style("contact", 12))]
    table = Table([[drawing, text]], colWidths=[side + 12 * look.scale,
                                                width - side - 12 * look.scale])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return [table]


def _results(poster: PosterData, look: Look, width: float, language: str, *,
             side_by_side: bool, extra: float) -> list[Any]:
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
    items.append(Paragraph(para_text(line), look.style("session", 11, color=MUTED,
                                                       space_after=4)))
    if results.below_quorum:
        items.append(Paragraph(
            para_text(t("posters.below_quorum", language, n=results.participants,
                        quorum=results.quorum if results.quorum is not None else "?")),
            look.style("quorum", 11, bold=True, color=WARNING, space_after=4)))
    chart_scale = look.scale * 0.85  # charts keep their size; the body text grows
    floor = look.floor
    base = CHART_H * chart_scale
    if side_by_side:
        half = (width - 16 * look.scale) / 2
        chart_h = max(base, priority_height(results, chart_scale, floor),
                      recognition_height(chart_scale, floor)) + extra
        charts = Table([[recognition_chart(results, half, chart_h, language, chart_scale,
                                           floor), "",
                         priority_chart(results, half, chart_h, language, chart_scale, floor)]],
                       colWidths=[half, 16 * look.scale, half])
    else:
        rec_h = max(base * 0.9, recognition_height(chart_scale, floor)) + extra
        pri_h = priority_height(results, chart_scale, floor) + extra
        charts = Table([[recognition_chart(results, width, rec_h, language, chart_scale,
                                           floor)],
                        [priority_chart(results, width, pri_h, language, chart_scale, floor)]],
                       colWidths=[width])
    charts.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 4 * look.scale),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * look.scale),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    items.append(charts)
    return items
