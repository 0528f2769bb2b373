"""Confirm: a yes-or-no question, the same everywhere.

Two buttons (yes, no) and the keys j/y (yes), n/Escape (no); Enter presses the button
that has the focus: "no" for a dangerous question (delete), else "yes".
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Footer, Static

from workbench.i18n import t
from workbench.tui.base import WorkbenchModal
from workbench.tui.dialogs import dialog_css


class Confirm(WorkbenchModal[bool]):
    """A question; dismisses True for yes, False for no."""

    DEFAULT_CSS = dialog_css("Confirm")
    BINDINGS = [
        Binding("j,y", "answer(True)", "key.dialog_yes", id="dialog_yes"),
        Binding("n,escape", "answer(False)", "key.dialog_no", id="dialog_no"),
    ]

    def __init__(self, question: str, *, title: str = "", yes: str | None = None,
                 no: str | None = None, danger: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.yes = yes or t("key.dialog_yes")
        self.no = no or t("key.dialog_no")
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            if self.title_text:
                yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Static(self.question, classes="dialog-text", markup=False)
            with Horizontal():
                yield Button(self.yes, variant="error" if self.danger else "primary", id="yes")
                yield Button(self.no, id="no")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        # a dangerous question gives "no" the focus, so Enter is safe
        self.query_one("#no" if self.danger else "#yes", Button).focus()

    @on(Button.Pressed, "#yes")
    def pressed_yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def pressed_no(self) -> None:
        self.dismiss(False)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
