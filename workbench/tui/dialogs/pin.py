"""Ask for the facilitator PIN before a destructive action (when the workshop has one)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App

from workbench import access
from workbench.store import Store

PIN_TEXT = "pin.destructive"


def with_pin(app: App, store: Store, then: Callable[[], Any], text_key: str = PIN_TEXT) -> None:
    """Run ``then`` (sync or async) once the PIN was given, or at once when none is set."""
    if not access.has_pin(store):
        app.call_later(then)
        return
    from workbench.tui.kiosk.booth_widgets import PinDialog

    def answered(ok: bool | None) -> None:
        if ok:
            app.call_later(then)

    app.push_screen(PinDialog(store, text_key), answered)


async def pin_given(app: App, store: Store, text_key: str = PIN_TEXT) -> bool:
    """For workers: True when no PIN is set or the right one was typed."""
    if not access.has_pin(store):
        return True
    from workbench.tui.kiosk.booth_widgets import PinDialog

    return bool(await app.push_screen_wait(PinDialog(store, text_key)))

