"""The two charts on a poster, drawn with reportlab graphics.

Bars are drawn as plain shapes rather than with reportlab's chart classes: the charts are
small, must stay legible from 0.5 to 4 times A4, and need Dutch labels and one highlighted
bar, which is simpler to get exactly right by hand.
"""

from __future__ import annotations

from typing import Any

from workbench.i18n import t
from workbench.posters.printing.look import ACCENT, BAR_OTHER, INK, MUTED, number
from workbench.posters.results import PosterResults, RankedFactor

# Recognition 1..5 from pale to the full accent colour.
SCORE_COLOURS = ("#c9dfe1", "#a3c9cc", "#7bb1b6", "#4a9199", ACCENT)
MAX_ROWS = 8


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with … so it fits ``width``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def recognition_chart(results: PosterResults, width: float, height: float, language: str,
                      scale: float, floor: float = 0.0) -> Any:
    """A bar per recognition score 1..5 with its count, how many answered and the mean."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib.colors import HexColor

    from workbench.posters.fonts import fonts

    f = fonts()
    d = Drawing(width, height)
    title = max(11.5 * scale, floor * 1.15)
    small = max(9 * scale, floor)
    d.add(String(0, height - title, t("posters.chart.recognition", language),
                 fontName=f.bold, fontSize=title, fillColor=HexColor(INK)))
    summary = [t("posters.chart.n", language, n=results.n)]
    if results.mean is not None:
        summary.append(t("posters.chart.mean", language, mean=number(results.mean, language)))
    if results.n_na:
        summary.append(t("posters.chart.na", language, n=results.n_na))
    d.add(String(0, height - title - small * 1.5, _fit(" · ".join(summary), f.regular, small,
                                                         width), fontName=f.regular,
                 fontSize=small, fillColor=HexColor(MUTED)))
    caption_y = 0
    d.add(String(0, caption_y, _fit(t("posters.chart.scale", language), f.regular, small, width),
                 fontName=f.regular, fontSize=small, fillColor=HexColor(MUTED)))
    axis_y = caption_y + small * 3
    top = height - title - small * 3.2 - small * 1.4  # room for the count above a full bar
    plot_h = max(top - axis_y, 4 * scale)
    slot = width / 5
    bar_w = slot * 0.62
    peak = max(max(results.distribution), 1)
    for i, count in enumerate(results.distribution):
        x = i * slot + (slot - bar_w) / 2
        h = plot_h * count / peak
        if count:
            d.add(Rect(x, axis_y, bar_w, h, fillColor=HexColor(SCORE_COLOURS[i]),
                       strokeColor=None))
        d.add(String(x + bar_w / 2, axis_y + h + small * 0.4, str(count), fontName=f.bold,
                     fontSize=small, textAnchor="middle", fillColor=HexColor(INK)))
        d.add(String(x + bar_w / 2, axis_y - small * 1.3, str(i + 1), fontName=f.regular,
                     fontSize=small, textAnchor="middle", fillColor=HexColor(INK)))
    d.add(Line(0, axis_y, width, axis_y, strokeColor=HexColor(MUTED), strokeWidth=0.6 * scale))
    return d


def _rows(ranking: tuple[RankedFactor, ...]) -> list[tuple[int, RankedFactor]]:
    """The top rows, and the poster's own factor even when it is further down."""
    numbered = list(enumerate(ranking, start=1))
    if len(numbered) <= MAX_ROWS:
        return numbered
    rows = numbered[: MAX_ROWS - 1]
    own = [item for item in numbered[MAX_ROWS - 1:] if item[1].current]
    return rows + (own or [numbered[MAX_ROWS - 1]])


def has_priority(results: PosterResults) -> bool:
    return results.rank is not None and any(r.score for r in results.ranking)


def rank_text(results: PosterResults, language: str) -> str:
    """'plaats 2 van 6 (gedeeld)', or that no priority was asked."""
    total = results.n_factors or len(results.ranking)
    if not has_priority(results):
        return t("posters.chart.no_priority", language)
    text = (t("posters.chart.rank_of", language, rank=results.rank, total=total) if total
            else t("posters.chart.rank", language, rank=results.rank))
    if results.tied:
        text += " " + t("posters.chart.tied", language)
    return text


def priority_legend(results: PosterResults, language: str) -> str:
    """How the order came about, in plain words."""
    return t(f"posters.basis.{results.priority_basis}", language)


def _sizes(scale: float, floor: float) -> tuple[float, float]:
    return max(11.5 * scale, floor * 1.15), max(9 * scale, floor)


def recognition_height(scale: float, floor: float = 0.0) -> float:
    """The least height the recognition chart needs to show its bars legibly."""
    title, small = _sizes(scale, floor)
    return title + small * (3.2 + 1.4 + 3.0) + max(small * 5, 40 * scale)


def priority_height(results: PosterResults, scale: float, floor: float = 0.0) -> float:
    """The height the priority chart needs for its rows and legend."""
    title, small = _sizes(scale, floor)
    rows = len(_rows(results.ranking)) if has_priority(results) else 0
    return title + small * 1.8 + rows * small * 2.25 + small * 4.4


def priority_chart(results: PosterResults, width: float, height: float, language: str,
                   scale: float, floor: float = 0.0) -> Any:
    """The session's factors by priority, the poster's own factor highlighted.

    Each row is the place and the full name, with a bar underneath whose length shows how
    high the participants put the factor; no bare scores. A plain legend says how the
    order came about.
    """
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.colors import HexColor

    from workbench.posters.fonts import fonts

    f = fonts()
    d = Drawing(width, height)
    title, small = _sizes(scale, floor)
    d.add(String(0, height - title, t("posters.chart.priority", language), fontName=f.bold,
                 fontSize=title, fillColor=HexColor(INK)))
    line = rank_text(results, language)
    d.add(String(0, height - title - small * 1.5, _fit(line, f.bold, small, width),
                 fontName=f.bold, fontSize=small, fillColor=HexColor(ACCENT)))
    rows = _rows(results.ranking)
    if not rows or not has_priority(results):
        return d
    legend = priority_legend(results, language)
    lines = _wrap(legend, f.regular, small, width)
    for i, part in enumerate(lines):
        d.add(String(0, small * 1.2 * (len(lines) - 1 - i) + small * 0.2, part,
                     fontName=f.regular, fontSize=small, fillColor=HexColor(MUTED)))
    top = height - title - small * 2.2
    bottom = small * (1.2 * len(lines) + 0.8)
    row_h = min((top - bottom) / len(rows), small * 3.2)
    peak = max((r.score for _, r in rows), default=0) or 1
    for i, (place, row) in enumerate(rows):
        y = top - (i + 1) * row_h
        font = f.bold if row.current else f.regular
        shown = row.rank if row.rank is not None else place
        label = _fit(f"{shown}. {row.name}", font, small, width)
        d.add(String(0, y + row_h - small * 1.05, label, fontName=font, fontSize=small,
                     fillColor=HexColor(INK)))
        bar = max(width * 0.92 * row.score / peak, 0.5 * scale)
        colour = ACCENT if row.current else BAR_OTHER
        d.add(Rect(0, y + row_h - small * 1.95, bar, small * 0.62, fillColor=HexColor(colour),
                   strokeColor=None))
    return d


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(trial, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    if len(lines) > 3:
        lines = [*lines[:2], _fit(" ".join(lines[2:]), font, size, width)]
    return lines
