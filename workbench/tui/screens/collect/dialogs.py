"""Small dialogs of the collect screen: a yes/no confirmation and a practice picker."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from workbench.i18n import t
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchModal

DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{ width: 72; height: auto; max-height: 90%; border: thick $accent;
                     padding: 1 2; background: $surface; }}
{name} .dialog-text {{ height: auto; margin-bottom: 1; }}
{name} Horizontal {{ height: auto; }}
{name} Button {{ margin-right: 2; }}
{name} OptionList {{ height: auto; max-height: 16; }}
"""


class ConfirmDialog(WorkbenchModal):
    """A question with Yes and No; dismisses True for yes. Escape is no."""

    DEFAULT_CSS = DIALOG_CSS.format(name="ConfirmDialog")
    BINDINGS = [Binding("escape", "no", "key.back", id="back")]

    def __init__(self, title: str, question: str, yes_label: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.yes_label = yes_label or t("word.yes")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="section-title", markup=False)
            yield Static(self.question, classes="dialog-text", markup=False)
            with Horizontal():
                yield Button(self.yes_label, variant="error", id="confirm-yes")
                yield Button(t("word.no").capitalize(), variant="primary", id="confirm-no")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#confirm-no", Button).focus()  # the safe answer has the focus

    @on(Button.Pressed, "#confirm-yes")
    def yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no")
    def action_no(self) -> None:
        self.dismiss(False)


class PracticePicker(WorkbenchModal):
    """Choose a practice; dismisses its id, or None on Escape."""

    DEFAULT_CSS = DIALOG_CSS.format(name="PracticePicker")
    BINDINGS = [Binding("escape", "cancel", "key.back", id="back")]

    def __init__(self, title: str, practices: list[dict[str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.practices = practices

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.title_text, classes="section-title", markup=False)
            yield OptionList(*(Option(Text(inert(p["name"])), id=p["id"]) for p in self.practices),
                             id="practice-options")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
