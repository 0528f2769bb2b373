"""Co-occurrence: a code-by-code table (same fragment, overlapping fragments, same story);
Enter on a cell shows the fragments behind the count."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from workbench.coding import analysis
from workbench.coding.analysis import MODES, Query
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen


class CooccurrenceScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    CooccurrenceScreen #cooc-table { height: 1fr; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("enter", "drill", "key.analysis_drill", id="analysis_drill"),
        Binding("m", "mode", "key.analysis_mode", id="analysis_mode"),
    ]

    def __init__(self, store: Store, mode: str = "fragment") -> None:
        super().__init__()
        self.store = store
        self.mode = mode
        self.result = analysis.cooccurrence(store, mode)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("analysis.cli.cooc_title", mode=t(f"analysis.mode.{self.mode}")),
                     id="cooc-title", classes="section-title")
        yield Static(t("analysis.cooc_hint"), classes="muted")
        yield DataTable(id="cooc-table", cursor_type="cell", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._fill()
        table = self.query_one(DataTable)
        table.focus()
        if len(self.result.codes) > 1:
            table.move_cursor(row=0, column=2)

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill()

    def _fill(self) -> None:
        self.query_one("#cooc-title", Static).update(
            t("analysis.cli.cooc_title", mode=t(f"analysis.mode.{self.mode}")))
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_column(t("coding.column.code"), key="code")
        for i, _code in enumerate(self.result.codes):
            table.add_column(str(i + 1), key=str(i))
        for i, (code, row) in enumerate(zip(self.result.codes, self.result.counts,
                                            strict=True)):
            name = Text(f"{i + 1}. ")
            name.append("■ ", style=code["color"])
            name.append(inert(code["name"]))
            cells = [Text(str(n) if n else "·", style="bold" if i == j else "")
                     for j, n in enumerate(row)]
            table.add_row(name, *cells, key=code["id"])

    def action_mode(self) -> None:
        self.mode = MODES[(MODES.index(self.mode) + 1) % len(MODES)]
        self.result = analysis.cooccurrence(self.store, self.mode)
        self._fill()

    @on(DataTable.CellSelected)
    def cell_selected(self) -> None:
        self.action_drill()

    def action_drill(self) -> None:
        from workbench.tui.screens.coding.retrieval import RetrievalScreen

        table = self.query_one(DataTable)
        row, column = table.cursor_coordinate
        if not self.result.codes or row >= len(self.result.codes):
            return
        a = self.result.codes[row]["id"]
        if column == 0:
            query = Query(a)
        else:
            b = self.result.codes[column - 1]["id"]
            query = Query(a) if a == b else Query(a, with_code=b, mode=self.mode)
        self.app.push_screen(RetrievalScreen(self.store, query))
