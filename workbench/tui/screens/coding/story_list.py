"""The 'code' phase: the stories to code, and the way to the codebook, calibration and overview."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from workbench.coding import fragments as coding
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen


def make_screen(store: Store) -> Screen:
    return CodeScreen(store)


class CodeScreen(WorkbenchScreen):
    """Story list: Enter opens a story for coding."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("enter", "open_story", "key.coding_open", id="coding_open", show=True),
        Binding("b", "codebook", "key.coding_codebook", id="coding_codebook"),
        Binding("k", "calibration", "key.coding_calibration", id="coding_calibration"),
        Binding("o", "overview", "key.coding_overview", id="coding_overview"),
        Binding("f", "fragments", "key.analysis_fragments", id="analysis_fragments"),
        Binding("v", "cooccurrence", "key.analysis_cooccurrence", id="analysis_cooccurrence",
                show=False),
        Binding("n", "memos", "key.analysis_memos", id="analysis_memos", show=False),
        Binding("e", "attributes", "key.analysis_attributes", id="analysis_attributes",
                show=False),
        Binding("z", "autocode", "key.analysis_autocode_screen",
                id="analysis_autocode_screen", show=False),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("phase.code"), classes="section-title")
        yield Static(t("coding.stories_hint"), classes="muted")
        yield DataTable(id="coding-stories", cursor_type="row", zebra_stripes=True)
        yield Footer()

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill()

    def on_screen_resume(self) -> None:
        # Also runs when the screen first shows; counts may have changed while away.
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear(columns=True)
        table.add_columns(t("coding.col.teller"), t("coding.col.role"), t("coding.col.practice"),
                          t("coding.col.fragments"), t("coding.col.checked"),
                          t("coding.col.start"))
        for row in coding.stories_for_coding(self.store):
            role = row["role_label"] or t(f"role.{row['role'] or 'unknown'}")
            opening = " ".join(row["text"].split())[:60]
            table.add_row(Text(inert(row["pseudonym"])), Text(inert(role)),
                          Text(inert(row["practice"] or "—")), str(row["fragments"]),
                          Text(t("coding.checked_yes")) if row["status"] == "ready"
                          else Text(t("coding.checked_no"), style="bold"),
                          Text(inert(opening), style="dim"), key=row["id"])
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        table.focus()

    @on(DataTable.RowSelected)
    def row_selected(self, event: DataTable.RowSelected) -> None:
        self._open(event.row_key.value)

    def action_open_story(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self._open(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def _open(self, story_id: str | None) -> None:
        from workbench.tui.screens.coding.story import CodingScreen

        if story_id:
            status = coding.get_story(self.store, story_id)["status"]
            if status != "ready":
                # Coding before the check risks names in fragments and quotes.
                self.notify(t("coding.not_checked_warning"), severity="warning", timeout=6)
            self.app.push_screen(CodingScreen(self.store, story_id))

    def action_codebook(self) -> None:
        from workbench.tui.screens.coding.codebook import CodebookScreen

        self.app.push_screen(CodebookScreen(self.store))

    def action_calibration(self) -> None:
        from workbench.tui.screens.coding.calibration import CalibrationListScreen

        self.app.push_screen(CalibrationListScreen(self.store))

    def action_overview(self) -> None:
        from workbench.tui.screens.coding.overview import OverviewScreen

        self.app.push_screen(OverviewScreen(self.store))

    def action_fragments(self) -> None:
        from workbench.tui.screens.coding.analysis_open import open_retrieval

        open_retrieval(self.app, self.store)

    def action_cooccurrence(self) -> None:
        from workbench.tui.screens.coding.cooccurrence import CooccurrenceScreen

        self.app.push_screen(CooccurrenceScreen(self.store))

    def action_memos(self) -> None:
        from workbench.tui.screens.coding.memos import MemoListScreen

        self.app.push_screen(MemoListScreen(self.store))

    def action_attributes(self) -> None:
        from workbench.tui.screens.coding.attributes import AttributesScreen

        self.app.push_screen(AttributesScreen(self.store))

    def action_autocode(self) -> None:
        from workbench.tui.screens.coding.autocode import AutocodeScreen

        self.app.push_screen(AutocodeScreen(self.store))
