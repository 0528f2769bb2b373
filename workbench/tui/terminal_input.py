"""Terminal input that a participant cannot turn into keys by pasting.

Textual's xterm parser reads an ESC inside a bracketed paste as the start of a key
sequence: ``abc<ESC>def`` pasted arrives as the keys ``^``, ``d``, ``e``, ``f`` plus a paste of
``abc``. A kiosk must never let pasted text act as keys, so before the parser sees the input
we replace every ESC between the paste markers with the visible symbol ``␛`` (the other
control characters stay in the paste and are made visible where the text is shown).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import events
from textual._xterm_parser import XTermParser  # the parser the Linux driver uses

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"
VISIBLE_ESC = "\u241b"  # ␛


class PasteGuard:
    """Rewrites a stream of terminal input so that no ESC survives inside a paste.

    Outside a paste everything passes at once (a lone Escape key must not wait); the last
    few characters are remembered so a paste marker split across two reads is still seen.
    Inside a paste a possible partial end marker is held back until the next read.
    """

    def __init__(self) -> None:
        self.in_paste = False
        self._held = ""  # inside a paste: a possible start of the end marker
        self._recent = ""  # outside a paste: the last characters passed on

    def feed(self, data: str) -> str:
        out: list[str] = []
        while data:
            if not self.in_paste:
                seen = self._recent + data
                found = seen.find(PASTE_START)
                if found < 0:
                    out.append(data)
                    self._recent = seen[-(len(PASTE_START) - 1):]
                    return "".join(out)
                after = found + len(PASTE_START) - len(self._recent)  # index in data
                out.append(data[:after])
                data = data[after:]
                self.in_paste, self._recent = True, ""
                continue
            data = self._held + data
            self._held = ""
            found = data.find(PASTE_END)
            if found < 0:
                keep = _partial_marker_suffix(data, PASTE_END)
                out.append(data[: len(data) - keep].replace("\x1b", VISIBLE_ESC))
                self._held = data[len(data) - keep:]
                return "".join(out)
            out.append(data[:found].replace("\x1b", VISIBLE_ESC) + PASTE_END)
            data = data[found + len(PASTE_END):]
            self.in_paste = False
        return "".join(out)

    def flush(self) -> str:
        held, self._held = self._held, ""
        return held


def _partial_marker_suffix(text: str, marker: str) -> int:
    """Length of the longest end of ``text`` that is a start of ``marker``."""
    for size in range(min(len(marker) - 1, len(text)), 0, -1):
        if marker.startswith(text[-size:]):
            return size
    return 0


class GuardedXTermParser(XTermParser):
    """Textual's parser behind a ``PasteGuard``."""

    def __init__(self, debug: bool = False) -> None:
        super().__init__(debug)
        self._guard = PasteGuard()

    def feed(self, data: str) -> Iterable[events.Event]:  # type: ignore[override]
        if not data:  # end of input: let the parser finish what it holds
            held = self._guard.flush()
            if held:
                yield from super().feed(held)
            yield from super().feed(data)
            return
        cleaned = self._guard.feed(data)
        if cleaned:
            yield from super().feed(cleaned)


def install() -> None:
    """Make Textual's Linux driver read input through ``GuardedXTermParser``.

    The driver builds its parser by name from its module, which is the one hook it offers
    without copying its input thread. Called once before an app runs.
    """
    try:
        from textual.drivers import linux_driver
    except ImportError:  # Windows: its driver has its own input path
        return
    linux_driver.XTermParser = GuardedXTermParser  # type: ignore[misc]
