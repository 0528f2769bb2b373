"""Dialogs of analysis: a memo of several lines."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from workbench import drafts
from workbench.collect import booth
from workbench.i18n import t
from workbench.store import Store
from workbench.tui.base import WorkbenchModal
from workbench.tui.screens.coding.dialogs import DIALOG_CSS


class MemoEditor(WorkbenchModal[str]):
    """Write a memo of several lines: Enter starts a new line, Ctrl+S saves, Escape cancels.

    Dismisses with the text, or None. With a ``store`` and a ``draft`` key, what is typed is
    kept as a draft while typing (like a story in the booth), so a crash loses at most a
    second of it; the next time the same memo is opened the draft comes back."""

    DEFAULT_CSS = DIALOG_CSS.format(name="MemoEditor") + """
    MemoEditor TextArea { height: 12; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "key.coding_cancel", id="coding_cancel"),
        Binding("ctrl+s", "save", "key.analysis_save_memo", id="analysis_save_memo",
                priority=True),
    ]

    def __init__(self, title: str, value: str = "", *, store: Store | None = None,
                 draft: str | None = None, story_id: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.store = store
        self.draft = draft if store is not None else None
        self.story_id = story_id
        self.policy = booth.SavePolicy()
        kept = drafts.find(store, draft) if store is not None and draft else None
        self.restored = kept is not None and kept != value
        self.value = kept if kept is not None else value

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
        if self.draft:
            self.set_interval(booth.SAVE_CHECK, self.keep_when_due)
        if self.restored:
            self.notify(t("analysis.memo_draft_back"), timeout=4)

    def on_text_area_changed(self) -> None:
        self.policy.changed()

    def keep_when_due(self) -> None:
        if self.policy.due() and self.store is not None and self.draft:
            self.policy.saved()
            drafts.keep(self.store, self.draft, self.query_one(TextArea).text,
                        story_id=self.story_id)

    def _end(self, result: str | None) -> None:
        if self.store is not None and self.draft:
            # saved where it belongs by the caller, or cancelled on purpose: no draft left
            drafts.drop(self.store, self.draft)
        self.dismiss(result)

    def action_save(self) -> None:
        self._end(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self._end(None)
