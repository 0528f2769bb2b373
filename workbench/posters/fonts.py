"""The TrueType fonts embedded in every PDF, and which characters they cannot print.

DejaVu Sans is preferred (it covers Turkish, Polish, Arabic-script names and more); when it
is not installed, reportlab's own Bitstream Vera is used, which always ships with it. Both
cover what Dutch needs (ë ï é ó ‘ ’ “ ” – …). A character the font lacks would print as an
empty box, so ``missing_characters`` finds them beforehand and the print plan reports them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

FAMILY = "WorkbenchSans"
DEJAVU_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
)
DEJAVU_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                "DejaVuSans-BoldOblique.ttf")
VERA_FILES = ("Vera.ttf", "VeraBd.ttf", "VeraIt.ttf", "VeraBI.ttf")
# Layout characters that are never drawn as glyphs.
_NOT_DRAWN = {"\n", "\r", "\t", "\u00ad", "\u200b", "\ufeff"}


@dataclass(frozen=True)
class Fonts:
    """Registered font names for one family, and the characters it can draw."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "DejaVu Sans" or "Bitstream Vera"
    covered: frozenset[int]

    def missing(self, text: str) -> set[str]:
        """The characters of ``text`` this font cannot draw."""
        return {c for c in text if c not in _NOT_DRAWN and ord(c) not in self.covered}


_lock = threading.Lock()
_fonts: Fonts | None = None


def _font_files() -> tuple[tuple[Path, ...], str]:
    for folder in DEJAVU_DIRS:
        paths = tuple(folder / name for name in DEJAVU_FILES)
        if all(p.is_file() for p in paths):
            return paths, "DejaVu Sans"
    import reportlab

    folder = Path(reportlab.__file__).parent / "fonts"
    return tuple(folder / name for name in VERA_FILES), "Bitstream Vera"


def fonts() -> Fonts:
    """Register the font family with reportlab once and return its names."""
    global _fonts
    with _lock:
        if _fonts is None:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            paths, source = _font_files()
            names = (FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic")
            faces = []
            for name, path in zip(names, paths, strict=True):
                font = TTFont(name, str(path))
                pdfmetrics.registerFont(font)
                faces.append(font)
            pdfmetrics.registerFontFamily(FAMILY, normal=names[0], bold=names[1],
                                          italic=names[2], boldItalic=names[3])
            # Quotes are italic and names bold: a character counts only if every face has it.
            covered = frozenset.intersection(
                *(frozenset(f.face.charToGlyph.keys()) for f in faces)
            ) | {0x20, 0xA0}
            _fonts = Fonts(*names, source=source, covered=covered)
            # Table cells and drawings default to Helvetica even when they hold no text of
            # their own; that unused, unembedded font would fail a printer's preflight.
            from reportlab.graphics import shapes
            from reportlab.platypus.tables import CellStyle

            CellStyle.fontname = names[0]
            shapes.STATE_DEFAULTS["fontName"] = names[0]
        return _fonts
