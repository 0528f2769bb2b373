"""Small dialogs of the factor wall: ask a text, pick one, pick several, confirm.

Each is a ``ModalScreen`` that ``dismiss``es with its answer (None when cancelled with
Escape), so the wall's code reads as question and answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from workbench.i18n import t
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchModal

DIALOG_CSS = """
.wall-dialog { width: 80; height: auto; max-height: 90%; border: thick $accent;
               background: $surface; padding: 1 2; overflow-y: auto; }
.wall-dialog .dialog-title { text-style: bold; margin-bottom: 1; }
.wall-dialog .dialog-hint { color: $text-muted; margin-top: 1; }
.wall-dialog OptionList, .wall-dialog SelectionList { height: auto; max-height: 20; }
"""


class AskText(WorkbenchModal):
    """One line of text (a name, a description). Enter saves, Escape cancels."""

    DEFAULT_CSS = "AskText { align: center middle; }" + DIALOG_CSS
    BINDINGS = [Binding("escape", "cancel", "key.wall_cancel", id="wall_cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "",
                 max_length: int = 0) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.max_length = max_length

    def compose(self) -> ComposeResult:
        with Vertical(classes="wall-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield Input(self.value, placeholder=self.placeholder, max_length=self.max_length,
                        id="answer")
            yield Static(t("wall.hint.ask"), classes="dialog-hint", markup=False)
        yield Footer()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class PickOne(WorkbenchModal):
    """Choose one of several options (a column, a factor). Enter chooses."""

    DEFAULT_CSS = "PickOne { align: center middle; }" + DIALOG_CSS
    BINDINGS = [Binding("escape", "cancel", "key.wall_cancel", id="wall_cancel")]

    def __init__(self, title: str, options: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.options = list(options)  # (value, label)

    def compose(self) -> ComposeResult:
        with Vertical(classes="wall-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield OptionList(*[Option(Text(inert(label)), id=str(i))
                               for i, (_, label) in enumerate(self.options)], id="choices")
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.options[int(event.option.id or 0)][0])

    def action_cancel(self) -> None:
        self.dismiss(None)


class PickSome(WorkbenchModal):
    """Tick several options (space), save with Ctrl+S; at most ``limit`` when given."""

    DEFAULT_CSS = "PickSome { align: center middle; }" + DIALOG_CSS
    BINDINGS = [
        Binding("ctrl+s", "save", "key.wall_save", id="wall_save", priority=True),
        Binding("escape", "cancel", "key.wall_cancel", id="wall_cancel"),
    ]

    def __init__(self, title: str, options: Sequence[tuple[str, str]],
                 selected: Sequence[str] = (), *, limit: int = 0, empty: str = "") -> None:
        super().__init__()
        self.title_text = title
        self.options = list(options)
        self.selected = set(selected)
        self.limit = limit
        self.empty = empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="wall-dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            if not self.options and self.empty:
                yield Static(self.empty, markup=False)
            yield SelectionList[str](*[
                (Text(inert(label)), value, value in self.selected)
                for value, label in self.options
            ], id="choices")
            yield Static(t("wall.hint.pick_some"), classes="dialog-hint", markup=False)
        yield Footer()

    def action_save(self) -> None:
        chosen = list(self.query_one(SelectionList).selected)
        if self.limit and len(chosen) > self.limit:
            self.notify(t("factors.error.too_many_quotes", limit=self.limit), severity="error")
            return
        # keep the order in which the options are listed
        order = [value for value, _ in self.options]
        self.dismiss(sorted(chosen, key=order.index))

    def action_cancel(self) -> None:
        self.dismiss(None)


class Confirm(WorkbenchModal):
    """Yes (j/y/Enter) or no (n/Escape) to a question."""

    DEFAULT_CSS = "Confirm { align: center middle; }" + DIALOG_CSS
    BINDINGS = [
        Binding("j,y,enter", "answer(True)", "key.wall_yes", id="wall_yes"),
        Binding("n,escape", "answer(False)", "key.wall_no", id="wall_no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="wall-dialog"):
            yield Static(self.question, markup=False)
        yield Footer()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
