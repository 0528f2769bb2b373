"""Case attributes: storytellers down, attributes across; n defines an attribute, Enter on
a cell gives the storyteller a value."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from workbench.collect import attributes, stories
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.ask_text import AskText
from workbench.tui.dialogs.pick import Pick


class AttributesScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    AttributesScreen #attribute-table { height: 1fr; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("n", "new", "key.analysis_new_attribute", id="analysis_new_attribute"),
        Binding("enter", "set", "key.analysis_set_value", id="analysis_set_value"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("analysis.attributes_title"), classes="section-title")
        yield Static(t("analysis.attributes_hint"), classes="muted")
        yield DataTable(id="attribute-table", cursor_type="cell", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._fill()
        self.query_one(DataTable).focus()

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        keep = table.cursor_coordinate
        table.clear(columns=True)
        self.defined = attributes.attributes(self.store)
        self.tellers = stories.storytellers(self.store)
        table.add_column(t("coding.col.teller"), key="teller")
        for row in self.defined:
            table.add_column(inert(row["name"]), key=row["id"])
        values = attributes.value_table(self.store)
        for teller in self.tellers:
            mine = values.get(teller["id"], {})
            table.add_row(Text(inert(teller["pseudonym"])),
                          *(Text(inert(attributes.shown(a, mine[a["id"]])))
                            if a["id"] in mine else Text("·", style="dim")
                            for a in self.defined), key=teller["id"])
        if table.row_count:
            table.move_cursor(row=min(keep.row, table.row_count - 1),
                              column=max(1 if self.defined else 0,
                                         min(keep.column, len(self.defined))))

    @work(exclusive=True, group="attribute-dialog")
    async def action_new(self) -> None:
        name = await self.app.push_screen_wait(AskText(
            t("analysis.attribute_name"), placeholder=t("analysis.attribute_example")))
        if not name or not name.strip():
            return
        kind = await self.app.push_screen_wait(Pick(
            t("analysis.attribute_kind"),
            [(k, t(f"analysis.kind.{k}")) for k in attributes.KINDS]))
        if kind is None:
            return
        choices: list[str] = []
        if kind == "choice":
            answer = await self.app.push_screen_wait(AskText(
                t("analysis.attribute_choices"), placeholder="tot 30, 30-40, 40+"))
            if answer is None:
                return
            choices = [c for c in answer.split(",") if c.strip()]
        try:
            attributes.add_attribute(self.store, name, kind, choices)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self._fill()

    @on(DataTable.CellSelected)
    def cell_selected(self) -> None:
        self.action_set()

    @work(exclusive=True, group="attribute-dialog")
    async def action_set(self) -> None:
        table = self.query_one(DataTable)
        row, column = table.cursor_coordinate
        if not self.tellers or column == 0 or not self.defined:
            self.notify(t("analysis.choose_cell"), severity="warning", timeout=3)
            return
        teller = self.tellers[row]
        attribute = self.defined[column - 1]
        current = attributes.values_for(self.store, teller["id"]).get(attribute["id"], "")
        title = t("analysis.value_title", name=attribute["name"], teller=teller["pseudonym"])
        if attribute["kind"] in ("choice", "boolean"):
            options = ([("true", t("word.yes")), ("false", t("word.no"))]
                       if attribute["kind"] == "boolean"
                       else [(c, c) for c in attribute["choices"]])
            value = await self.app.push_screen_wait(Pick(
                title, [*options, ("", t("analysis.no_value"))]))
        else:
            value = await self.app.push_screen_wait(AskText(title, value=current))
        if value is None:
            return
        try:
            attributes.set_value(self.store, teller["id"], attribute["id"], value)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self._fill()
