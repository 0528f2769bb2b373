"""Pick one of several options (Enter chooses), or tick several (space, Ctrl+S saves)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from workbench.i18n import t
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchModal
from workbench.tui.dialogs import dialog_css

T = TypeVar("T")


def _label(label: str | Text) -> Text:
    """Labels from the workshop are shown as typed (never as markup); a Text is kept."""
    return label if isinstance(label, Text) else Text(inert(label))


class Pick(WorkbenchModal[T], Generic[T]):
    """Choose one of ``options`` ((value, label) pairs); dismisses with the value, or None
    on Escape. ``text`` is shown above the options."""

    DEFAULT_CSS = dialog_css("Pick")
    BINDINGS = [Binding("escape", "cancel", "key.dialog_cancel", id="dialog_cancel")]

    def __init__(self, title: str, options: Sequence[tuple[T, str | Text]],
                 text: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.text = text
        self.options = list(options)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            if self.text:
                yield Static(self.text, classes="dialog-text", markup=False)
            yield OptionList(*(Option(_label(label), id=str(i))
                               for i, (_, label) in enumerate(self.options)), id="choices")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.options[int(event.option.id or 0)][0])

    def action_cancel(self) -> None:
        self.dismiss(None)


class PickSome(WorkbenchModal[list[T]], Generic[T]):
    """Tick several options (space), save with Ctrl+S; at most ``limit`` when given.
    Dismisses with the chosen values in the order of ``options``, or None on Escape."""

    DEFAULT_CSS = dialog_css("PickSome")
    BINDINGS = [
        Binding("ctrl+s", "save", "key.dialog_save", id="dialog_save", priority=True),
        Binding("escape", "cancel", "key.dialog_cancel", id="dialog_cancel"),
    ]

    def __init__(self, title: str, options: Sequence[tuple[T, str | Text]],
                 selected: Sequence[T] = (), *, limit: int = 0, empty: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.options = list(options)
        self.selected = list(selected)
        self.limit = limit
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            if not self.options and self.empty:
                yield Static(self.empty, markup=False)
            yield SelectionList[T](*[
                (_label(label), value, value in self.selected) for value, label in self.options
            ], id="choices")
            yield Static(t("dialog.hint.pick_some"), classes="dialog-hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(SelectionList).focus()

    def action_save(self) -> None:
        ticked = self.query_one(SelectionList).selected
        if self.limit and len(ticked) > self.limit:
            self.notify(t("factors.error.too_many_quotes", limit=self.limit), severity="error")
            return
        # in the order in which the options are listed
        self.dismiss([value for value, _ in self.options if value in ticked])

    def action_cancel(self) -> None:
        self.dismiss(None)
