"""A plain screen for a phase that has not been built yet."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

from workbench.i18n import t
from workbench.tui.base import WorkbenchScreen


class NotBuiltScreen(WorkbenchScreen):
    BINDINGS = [Binding("escape", "app.pop_screen", "key.back", id="back")]

    def __init__(self, label_key: str) -> None:
        super().__init__()
        self.label_key = label_key

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t(self.label_key), classes="section-title")
        yield Static(t("phase.not_built"), id="not-built")
        yield Footer()
