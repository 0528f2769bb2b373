"""Colours, paper sizes and paragraph styles, all scaled to the paper.

Every size is given for A4 and multiplied by ``scale`` (the paper's short side over A4's),
so an A0 poster is the A4 design four times as large rather than a small design in a sea
of white.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from workbench.i18n import t

INK = "#1f2a37"
ACCENT = "#1b6b73"  # deep teal: prints well in colour and in grey
ACCENT_SOFT = "#e4f0f1"
MUTED = "#5b6673"
WARNING = "#a23b1f"
QUOTE_BG = "#f3f1ea"
BAR_OTHER = "#b9c2cc"

A4_SHORT = 595.2756  # points


def page_size(size: str, landscape: bool) -> tuple[float, float]:
    """Width and height in points of paper ``size`` (A4..A0)."""
    from reportlab.lib import pagesizes

    width, height = getattr(pagesizes, size)
    return (max(width, height), min(width, height)) if landscape else (width, height)


def scale_of(page: tuple[float, float]) -> float:
    return min(page) / A4_SHORT


def type_floor(page: tuple[float, float]) -> float:
    """The smallest type size on ``page``: 9 pt on A4 and A3, growing with larger paper."""
    return 9.0 * max(1.0, scale_of(page) / 2 ** 0.5)


def para_text(text: str) -> str:
    """User text made safe for reportlab's paragraph markup: ``<`` and ``&`` stay literal."""
    from workbench.posters.quotes import without_emoji

    return escape(without_emoji(text).strip()).replace("\n", "<br/>")


def number(value: float, language: str, digits: int = 1) -> str:
    """A number the way the reader writes it: 3,5 in Dutch, 3.5 in English."""
    text = f"{value:.{digits}f}"
    if digits and text.endswith("0" * digits):
        text = text[: -(digits + 1)]
    return text.replace(".", ",") if language == "nl" else text


def long_date(day: date | str, language: str) -> str:
    """``date`` written out: 3 juni 2025 / 3 June 2025; text that is no date stays as it is."""
    if isinstance(day, str):
        text = day
        try:
            day = date.fromisoformat(text[:10])
        except ValueError:
            return text
    months = t("posters.months", language).split()
    return f"{day.day} {months[day.month - 1]} {day.year}"


@dataclass(frozen=True)
class Look:
    """Paragraph styles for one paper size; ``body`` scales the body text when fitting."""

    scale: float
    body: float = 1.0
    floor: float = 0.0  # no text is set smaller than this (points)

    def style(self, name: str, size: float, *, bold: bool = False, italic: bool = False,
              color: str = INK, align: int = 0, leading: float = 1.25, space_after: float = 0,
              indent: float = 0, space_before: float = 0):  # reportlab type
        from reportlab.lib.colors import HexColor
        from reportlab.lib.styles import ParagraphStyle

        from workbench.posters.fonts import fonts

        f = fonts()
        font = {(False, False): f.regular, (True, False): f.bold,
                (False, True): f.italic, (True, True): f.bold_italic}[(bold, italic)]
        points = max(size * self.scale, self.floor)
        return ParagraphStyle(
            name, fontName=font, fontSize=points, leading=points * leading,
            textColor=HexColor(color), alignment=align, spaceAfter=space_after * self.scale,
            spaceBefore=space_before * self.scale, leftIndent=indent * self.scale,
            bulletFontName=f.bold, bulletFontSize=points, bulletIndent=0,
        )

    def body_style(self, name: str, size: float, **kwargs):
        """A style whose size follows the fitting factor ``body``."""
        return self.style(name, size * self.body, **kwargs)
