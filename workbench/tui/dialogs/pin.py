"""The facilitator's PIN: asked before a destructive action (when the workshop has one)
and to leave a kiosk (booth, ballot)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from workbench import access
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.tui.base import WorkbenchModal
from workbench.tui.kiosk.vetoes import KIOSK_VETOED

PIN_TEXT = "pin.destructive"


def with_pin(app: App, store: Store, then: Callable[[], Any], text_key: str = PIN_TEXT) -> None:
    """Run ``then`` (sync or async) once the PIN was given, or at once when none is set."""
    if not access.has_pin(store):
        app.call_later(then)
        return

    def answered(ok: bool | None) -> None:
        if ok:
            app.call_later(then)

    app.push_screen(PinDialog(store, text_key), answered)


async def pin_given(app: App, store: Store, text_key: str = PIN_TEXT) -> bool:
    """For workers: True when no PIN is set or the right one was typed."""
    if not access.has_pin(store):
        return True
    return bool(await app.push_screen_wait(PinDialog(store, text_key)))


class PinDialog(WorkbenchModal[bool]):
    """Asks for the facilitator PIN; dismisses True when it is right."""

    DEFAULT_CSS = """
    PinDialog { align: center middle; }
    PinDialog > Vertical { width: 60; height: auto; border: thick $accent; padding: 1 2;
                           background: $surface; }
    PinDialog Input { margin: 1 0; }
    PinDialog #pin-error { color: $error; height: auto; }
    PinDialog Horizontal { height: auto; }
    PinDialog Button { margin-right: 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "key.pin_cancel", id="pin_cancel")]

    def __init__(self, store: Store, text_key: str = "booth.pin.text") -> None:
        super().__init__()
        self.store = store
        self.text_key = text_key  # what the PIN is for, e.g. closing the booth

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("booth.pin.title"), classes="section-title")
            yield Static(t(self.text_key))
            yield Input(password=True, placeholder=t("booth.pin.placeholder"), id="pin")
            yield Static("", id="pin-error")
            with Horizontal():
                yield Button(t("word.ok"), variant="primary", id="pin-ok")
                yield Button(t("word.cancel"), id="pin-cancel")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#pin", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#pin-ok")
    def check(self) -> None:
        field = self.query_one("#pin", Input)
        try:
            # require_pin counts wrong PINs and, after five, says how long to wait
            # (it never sleeps, so the screen stays responsive).
            access.require_pin(self.store, field.value)
        except WorkbenchError as denied:
            field.value = ""
            message = t("booth.pin.wrong") if denied.key == "error.wrong_pin" else denied.message()
            self.query_one("#pin-error", Static).update(message)
            return
        self.dismiss(True)

    @on(Button.Pressed, "#pin-cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)

    def vetoes_app_action(self, action: str) -> bool:
        return action in KIOSK_VETOED
