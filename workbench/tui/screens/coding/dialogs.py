"""Dialogs of the coding phase: pick a code, tick the codes of a sentence."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, OptionList, SelectionList, Static
from textual.widgets.option_list import Option

from workbench.coding import codebook
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchModal

DIALOG_CSS = """
{name} {{
    align: center middle;
}}
{name} > Vertical {{
    width: 80;
    max-width: 95%;
    height: auto;
    max-height: 90%;
    border: round $accent;
    background: $surface;
    padding: 1 2;
}}
{name} .dialog-title {{
    text-style: bold;
    margin-bottom: 1;
}}
{name} .dialog-hint {{
    color: $text-muted;
    margin-top: 1;
}}
{name} OptionList, {name} SelectionList {{
    height: auto;
    max-height: 20;
}}
"""


def code_label(row: dict[str, Any], prefix: str = "") -> Text:
    """A code as a coloured square and its name, safe to show."""
    label = Text(prefix)
    label.append("■ ", style=row.get("color") or "#888888")
    label.append(inert(row["name"]), style="bold" if row.get("is_category") else "")
    return label


class CodePicker(WorkbenchModal[tuple[str, str]]):
    """Type to find a code; Enter gives it. A name that matches nothing becomes a new code.

    Dismisses with ("code", id), ("new", name) or None.
    """

    DEFAULT_CSS = DIALOG_CSS.format(name="CodePicker")
    BINDINGS = [
        Binding("escape", "cancel", "key.coding_cancel", id="coding_cancel"),
        Binding("down", "cursor(1)", show=False, priority=True),
        Binding("up", "cursor(-1)", show=False, priority=True),
    ]

    def __init__(self, store: Store, fragment: str = "") -> None:
        super().__init__()
        self.store = store
        self.fragment = fragment
        self.rows = [r for r in codebook.codes(store)]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("coding.picker.title"), classes="dialog-title")
            if self.fragment:
                yield Static(Text(f"“{inert(self.fragment)}”", style="italic"))
            yield Input(placeholder=t("coding.picker.placeholder"), id="picker-filter")
            yield OptionList(id="picker-options")
            yield Static(t("coding.picker.hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        super().on_mount()
        self._fill("")
        self.query_one(Input).focus()

    def _fill(self, query: str) -> None:
        options = self.query_one(OptionList)
        options.clear_options()
        wanted = " ".join(query.split()).casefold()
        exact = False
        for row in self.rows:
            if row["is_category"]:
                continue
            if wanted and wanted not in row["name"].casefold():
                continue
            exact = exact or row["name"].casefold() == wanted
            parent = next((r["name"] for r in self.rows if r["id"] == row["parent_id"]), "")
            label = code_label(row)
            if parent:
                label.append(f"  · {inert(parent)}", style="dim")
            options.add_option(Option(label, id=f"code:{row['id']}"))
        if wanted and not exact:
            new = Text(t("coding.picker.new", name=inert(" ".join(query.split()))),
                       style="bold")
            options.add_option(Option(new, id="new"))
        if options.option_count:
            options.highlighted = 0

    @on(Input.Changed)
    def changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_cursor(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + step))

    @on(Input.Submitted)
    def submitted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id == "new":
            self.dismiss(("new", self.query_one(Input).value))
        elif option_id:
            self.dismiss(("code", option_id.split(":", 1)[1]))

    def action_cancel(self) -> None:
        self.dismiss(None)


class CodeChecklist(WorkbenchModal[list[str]]):
    """Tick the codes that apply to one calibration sentence (none ticked: no code applies).

    Space ticks, Enter saves. Dismisses with the list of code ids, or None on Escape.
    """

    DEFAULT_CSS = DIALOG_CSS.format(name="CodeChecklist")
    BINDINGS = [
        Binding("escape", "cancel", "key.coding_cancel", id="coding_cancel"),
        Binding("enter", "save", "key.coding_save", id="coding_save", priority=True),
    ]

    def __init__(self, store: Store, sentence: str, chosen: list[str]) -> None:
        super().__init__()
        self.store = store
        self.sentence = sentence
        self.chosen = set(chosen)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("coding.checklist.title"), classes="dialog-title")
            yield Static(Text(f"“{inert(self.sentence)}”", style="italic"))
            yield SelectionList[str](
                *((code_label(row), row["id"], row["id"] in self.chosen)
                  for row in codebook.codes(self.store) if not row["is_category"]),
                id="checklist",
            )
            yield Static(t("coding.checklist.hint"), classes="dialog-hint")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(SelectionList).focus()

    def action_save(self) -> None:
        self.dismiss(list(self.query_one(SelectionList).selected))

    def action_cancel(self) -> None:
        self.dismiss(None)
