"""Editing a factor's characteristic elements, with suggested key phrases to accept."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.errors import WorkbenchError
from workbench.factors import model as factors
from workbench.factors import wall
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchModal
from workbench.tui.dialogs import dialog_css


class ElementSuggestions(Message):
    """The suggestion worker found these key phrases for the factor's elements."""

    def __init__(self, found: list[str]) -> None:
        super().__init__()
        self.found = found


class ElementsDialog(WorkbenchModal[bool]):
    """The elements of one factor: add (type + Enter), edit, delete, reorder, suggestions.
    Dismisses True when closed."""

    DEFAULT_CSS = dialog_css("ElementsDialog") + """
ElementsDialog OptionList { max-height: 20; }
"""
    BINDINGS = [
        Binding("escape", "close", "key.wall_close", id="wall_close"),
        Binding("delete", "remove", "key.wall_remove", id="wall_remove"),
        Binding("ctrl+up", "shift(-1)", "key.wall_up", id="wall_up"),
        Binding("ctrl+down", "shift(1)", "key.wall_down", id="wall_down"),
        Binding("ctrl+g", "suggest", "key.wall_suggest_elements", id="wall_suggest_elements"),
    ]

    def __init__(self, store: Store, factor_id: str) -> None:
        super().__init__()
        self.store = store
        self.factor_id = factor_id
        self.editing: str | None = None

    def compose(self) -> ComposeResult:
        factor = factors.get_factor(self.store, self.factor_id)
        with Vertical(classes="dialog"):
            yield Static(t("wall.elements_title", name=inert(factor["name"])),
                         classes="dialog-title", markup=False)
            yield OptionList(id="elements")
            yield Input(placeholder=t("wall.element_placeholder"), id="new-element",
                        max_length=factors.MAX_ELEMENT)
            yield Static(t("wall.suggested_elements"), classes="dialog-hint", markup=False)
            yield OptionList(id="suggested")
            yield Static(t("wall.hint.elements"), classes="dialog-hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_elements()
        self.query_one("#new-element", Input).focus()
        self.action_suggest()

    def refresh_elements(self, keep: int | None = None) -> None:
        listing = self.query_one("#elements", OptionList)
        listing.clear_options()
        for element in factors.elements(self.store, self.factor_id):
            mark = " ✦" if element["origin"] == "suggested" else ""
            listing.add_option(Option(Text(inert(element["text"]) + mark), id=element["id"]))
        if keep is not None and listing.option_count:
            listing.highlighted = max(0, min(keep, listing.option_count - 1))

    def _selected(self) -> str | None:
        listing = self.query_one("#elements", OptionList)
        if listing.highlighted is None or not listing.option_count:
            return None
        return listing.get_option_at_index(listing.highlighted).id

    def _run(self, action, *args) -> bool:  # a core function
        try:
            action(self.store, *args)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return False
        return True

    @on(Input.Submitted, "#new-element")
    def add_or_save(self, event: Input.Submitted) -> None:
        text = event.value
        if self.editing:
            done = self._run(factors.update_element, self.editing, text)
        else:
            done = self._run(factors.add_element, self.factor_id, text)
        if done:
            self.editing = None
            event.input.value = ""
            self.refresh_elements()

    @on(OptionList.OptionSelected, "#suggested")
    def accept_suggestion(self, event: OptionList.OptionSelected) -> None:
        text = str(event.option.prompt)
        if self._run(lambda s, *a: factors.add_element(s, *a, origin="suggested"),
                     self.factor_id, text):
            event.option_list.remove_option_at_index(event.option_index)
            self.refresh_elements()

    @on(OptionList.OptionSelected, "#elements")
    def edit_selected(self) -> None:
        self.action_edit()

    def action_edit(self) -> None:
        element_id = self._selected()
        if element_id is None:
            return
        row = next(e for e in factors.elements(self.store, self.factor_id)
                   if e["id"] == element_id)
        self.editing = element_id
        box = self.query_one("#new-element", Input)
        box.value = row["text"]
        box.focus()

    def action_remove(self) -> None:
        if self.focused is not self.query_one("#elements"):
            return
        element_id = self._selected()
        if element_id and self._run(factors.delete_element, element_id):
            self.refresh_elements(keep=self.query_one("#elements", OptionList).highlighted)

    def action_shift(self, delta: int) -> None:
        element_id = self._selected()
        listing = self.query_one("#elements", OptionList)
        if element_id and self._run(factors.move_element, element_id, delta):
            self.refresh_elements(keep=(listing.highlighted or 0) + delta)

    @work(thread=True, exclusive=True, group="elements")
    def action_suggest(self) -> None:
        store = self.store.clone()
        try:
            found = wall.element_suggestions(store, self.factor_id)
        finally:
            store.close()
        self.post_message(ElementSuggestions(found))

    def on_element_suggestions(self, message: ElementSuggestions) -> None:
        found = message.found
        listing = self.query_one("#suggested", OptionList)
        listing.clear_options()
        for phrase in found:
            listing.add_option(Option(Text(inert(phrase))))
        if not found:
            listing.add_option(Option(t("wall.no_suggestions"), disabled=True))

    def action_close(self) -> None:
        self.dismiss(True)
