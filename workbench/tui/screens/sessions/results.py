"""A session's results: priority bar chart, recognition per factor, additions, export.

The figures come from ``workbench.sessions.report`` (the same text the CLI prints), so the
terminal and the screen never disagree. Additions can be taken on as factor elements here.
"""

from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.sessions import floor as session_floor
from workbench.sessions import model as sessions
from workbench.sessions import report as session_report
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen


class ResultsScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    ResultsScreen #results { padding: 0 2; height: 1fr; }
    ResultsScreen .warning { color: $warning; text-style: bold; margin: 1 0; }
    ResultsScreen .block { margin-bottom: 1; }
    ResultsScreen .chart { color: $text; }
    ResultsScreen DataTable { height: auto; max-height: 16; margin-bottom: 1; }
    """
    BINDINGS = [
        Binding("e", "export", "key.sessions_export", id="sessions_export"),
        Binding("a", "accept", "key.sessions_accept", id="sessions_accept"),
        Binding("escape", "app.pop_screen", "key.back", id="back"),
    ]

    def __init__(self, store: Store, session_id: str) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        results = sessions.session_results(self.store, self.session_id)
        yield Header()
        with VerticalScroll(id="results"):
            yield Static(inert("\n".join(session_report.header_lines(results)[:2])),
                         classes="section-title", markup=False)
            if results.below_quorum:
                yield Static(t("sessions.below_quorum_note", n=results.n_participants,
                               quorum=results.quorum), classes="warning", id="below-quorum",
                             markup=False)
            yield Static(inert("\n".join(session_report.priority_lines(results))),
                         classes="block chart", id="priority-chart", markup=False)
            yield Static(t("sessions.additions_title"), classes="section-title")
            if any(f.additions for f in results.factors):
                yield Static(t("sessions.additions_hint"), classes="muted")
            yield DataTable(id="additions", cursor_type="row")
            for factor in results.factors:
                lines = session_report.factor_lines(factor)
                yield Static(inert("\n".join(lines)), classes="block", markup=False)
            cards = session_report.card_lines(results)
            if cards:
                yield Static(inert("\n".join(cards)), classes="block", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.fill_additions()
        # open at the top (the priorities), not scrolled down to the additions table
        self.query_one("#additions", DataTable).focus(scroll_visible=False)

    async def language_changed(self) -> None:
        await super().language_changed()
        self.fill_additions()

    def fill_additions(self) -> None:
        table = self.query_one("#additions", DataTable)
        current = table.cursor_row
        if not table.columns:
            table.add_columns(t("sessions.col.factor"), t("sessions.col.addition"),
                              t("sessions.col.accepted"))
        table.clear()
        rows = session_floor.additions(self.store, self.session_id)
        for row in rows:
            table.add_row(Text(inert(row["factor_name"])), Text(inert(row["text"])),
                          Text(t("sessions.accepted") if row["accepted"] else ""),
                          key=row["id"])
        if not rows:
            table.add_row(Text(t("sessions.no_additions")), "", "")
        elif current:
            table.move_cursor(row=min(current, len(rows) - 1))

    @on(DataTable.RowSelected, "#additions")
    def action_accept(self) -> None:
        table = self.query_one("#additions", DataTable)
        if not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        row = session_floor.get_addition(self.store, str(key))
        if row is None:
            return
        try:
            if row["accepted"]:
                session_floor.undo_accept_addition(self.store, row["id"])
                self.notify(t("sessions.addition_undone", text=inert(row["text"])))
            else:
                session_floor.accept_addition(self.store, row["id"])
                self.notify(t("sessions.addition_accepted", text=inert(row["text"])))
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
        self.fill_additions()

    def default_export_path(self) -> Path:
        name = sessions.get_session(self.store, self.session_id)["name"]
        slug = re.sub(r"[^\w-]+", "-", name.casefold()).strip("-") or "bijeenkomst"
        folder = self.store.path.parent if self.store.path else Path.cwd()
        return folder / f"{slug}-{t('sessions.export_suffix')}.csv"

    def action_export(self) -> None:
        from workbench.tui.dialogs.ask_text import AskText

        def write(answer: str | None) -> None:
            if not answer:
                return
            try:
                path = sessions.export_results(self.store, self.session_id,
                                               Path(answer).expanduser())
            except WorkbenchError as error:
                self.notify(error.message(), severity="error")
                return
            except OSError as error:
                self.notify(t("error.cannot_write", path=answer, reason=error.strerror),
                            severity="error")
                return
            self.notify(t("cli.exported", path=str(path)), timeout=6)

        self.app.push_screen(AskText(t("sessions.export_title"), str(self.default_export_path()),
                                     note=t("sessions.export_hint")), write)
