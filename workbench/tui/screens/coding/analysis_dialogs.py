"""Dialogs of analysis: a memo of several lines."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from workbench.i18n import t
from workbench.tui.base import WorkbenchModal
from workbench.tui.screens.coding.dialogs import DIALOG_CSS


class MemoEditor(WorkbenchModal[str]):
    """Write a memo of several lines: Enter starts a new line, Ctrl+S saves, Escape cancels.

    Dismisses with the text, or None."""

    DEFAULT_CSS = DIALOG_CSS.format(name="MemoEditor") + """
    MemoEditor TextArea { height: 12; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "key.coding_cancel", id="coding_cancel"),
        Binding("ctrl+s", "save", "key.analysis_save_memo", id="analysis_save_memo",
                priority=True),
    ]

    def __init__(self, title: str, value: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="dialog-title", markup=False)
            area = TextArea(self.value, id="memo-text", soft_wrap=True, show_line_numbers=False)
            yield area
            yield Static(t("analysis.memo_hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        super().on_mount()
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
