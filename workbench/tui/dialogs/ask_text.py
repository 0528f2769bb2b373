"""AskText: one line of text (a name, a description, a file). Enter saves, Escape cancels."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Input, Static

from workbench.i18n import t
from workbench.tui.base import WorkbenchModal
from workbench.tui.dialogs import dialog_css


class AskText(WorkbenchModal[str]):
    """Dismisses with the text typed, or None when cancelled.

    ``max_length`` limits the field; ``check`` may refuse an answer with a message (shown
    in the dialog, which stays open); ``note`` is a line of explanation under the field.
    """

    DEFAULT_CSS = dialog_css("AskText")
    BINDINGS = [Binding("escape", "cancel", "key.dialog_cancel", id="dialog_cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "", *,
                 max_length: int = 0, note: str = "",
                 check: Callable[[str], str | None] | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.max_length = max_length
        self.note = note
        self.check = check

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Input(self.value, placeholder=self.placeholder, max_length=self.max_length,
                        id="answer")
            if self.note:
                yield Static(self.note, markup=False)
            yield Static("", classes="dialog-error", id="answer-error", markup=False)
            yield Static(t("dialog.hint.ask"), classes="dialog-hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#answer", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        refused = self.check(event.value) if self.check else None
        if refused:
            self.query_one("#answer-error", Static).update(refused)
            return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
