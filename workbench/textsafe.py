"""Show user text inert: no terminal control sequences, no Rich markup interpretation.

Stories can contain anything a keyboard, a paste or a file can hold. ``inert`` maps C0/C1
control characters (except newline and tab) to visible Unicode "control pictures", so an
ESC can never start a terminal sequence; the TUI then renders the result as plain text
(``rich.text.Text`` or ``markup=False``), so ``[bold]`` stays literal.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␛ for ESC, ␇ for BEL, ...
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls and bidi overrides: replacement character


def inert(text: str) -> str:
    """``text`` with every control character replaced by a visible stand-in."""
    return _CONTROL.sub(_picture, text)


def escape_markup(text: str) -> str:
    """Inert text with Rich markup escaped, for the rare place that must build markup."""
    from rich.markup import escape

    return escape(inert(text))
