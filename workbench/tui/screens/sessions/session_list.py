"""Sounding-board sessions, the facilitator's list: create, open, delete."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.sessions import model as sessions
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.pin import with_pin


class SessionsScreen(WorkbenchScreen):
    """All sessions, newest first. Enter opens one; N makes a new one."""

    DEFAULT_CSS = """
    SessionsScreen DataTable { height: 1fr; margin: 0 1; }
    SessionsScreen #sessions-empty { padding: 1 2; }
    """
    BINDINGS = [
        Binding("n", "new", "key.sessions_new", id="sessions_new"),
        Binding("enter", "open_selected", "key.sessions_open_one", id="sessions_open_one",
                show=True),
        Binding("delete", "delete", "key.sessions_delete", id="sessions_delete"),
        Binding("escape", "app.pop_screen", "key.back", id="back"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("phase.sessions"), classes="section-title")
        yield Static(t("sessions.list_hint"), classes="muted", id="sessions-empty")
        yield Static(t("sessions.list_keys"), classes="muted", id="sessions-keys")
        yield DataTable(id="sessions-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.app.sub_title = t("phase.sessions")
        self.fill()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        self.fill()

    async def language_changed(self) -> None:
        await super().language_changed()
        self.fill()
        self.query_one(DataTable).focus()

    def fill(self) -> None:
        table = self.query_one(DataTable)
        current = table.cursor_row
        rows = sessions.list_sessions(self.store)
        cells = []
        for row in rows:
            state = t(f"sessions.state.{row['state']}")
            if row["state"] == "closed" and row["n_confirmed"] < row["quorum"] and not (
                    row.get("present") or 0) >= row["quorum"]:
                state += " · " + t("sessions.below_quorum")
            cells.append({
                "name": Text(inert(row["name"])),
                "practice": Text(inert(row["practice_name"] or t("sessions.across_practices"))),
                "date": Text(inert(row["held_on"])),
                "state": Text(state),
                "factors": Text(str(row["n_factors"])),
                "ballots": Text(f"{row['n_confirmed']}/{row['quorum']}"),
            })
        columns = self._fit_columns(table, cells)
        table.clear(columns=True)  # the headers follow the language too
        for name, width in columns:
            table.add_column(t(f"sessions.col.{name}"), width=width, key=name)
        for row, cell in zip(rows, cells, strict=True):
            for name, width in columns:
                cell[name].truncate(width, overflow="ellipsis")
            table.add_row(*(cell[name] for name, _ in columns), key=row["id"])
        self.query_one("#sessions-empty", Static).display = not rows
        self.query_one("#sessions-keys", Static).display = bool(rows)
        if rows:
            table.move_cursor(row=min(current, len(rows) - 1))

    COLUMNS = ("name", "practice", "date", "state", "factors", "ballots")

    def _fit_columns(self, table: DataTable, cells: list[dict]) -> list[tuple[str, int]]:
        """The columns that fit the terminal, by importance; the session name is always
        shown (shortened with … if need be), the practice may be shortened too."""
        available = table.scrollable_content_region.width or self.size.width - 2
        padding = 2 * table.cell_padding
        widths = {name: max([len(t(f"sessions.col.{name}"))]
                            + [c[name].cell_len for c in cells]) for name in self.COLUMNS}
        widths["name"] = min(widths["name"], 28)
        widths["practice"] = min(widths["practice"], 22)
        chosen = {"name": min(widths["name"], 16)}
        left = available - chosen["name"] - padding
        for name in ("state", "date", "ballots", "practice", "factors"):
            need = widths[name]
            if name == "practice" and left - padding >= 10:
                need = min(need, left - padding)
            if need + padding <= left:
                chosen[name] = need
                left -= need + padding
        chosen["name"] = min(widths["name"], chosen["name"] + max(0, left))
        return [(name, chosen[name]) for name in self.COLUMNS if name in chosen]

    def on_resize(self) -> None:
        self.call_after_refresh(self.fill)

    def selected_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @on(DataTable.RowSelected)
    def action_open_selected(self) -> None:
        session_id = self.selected_id()
        if session_id:
            from workbench.tui.screens.sessions.detail import SessionDetailScreen

            self.app.push_screen(SessionDetailScreen(self.store, session_id))

    def action_new(self) -> None:
        from workbench.tui.screens.sessions.dialogs import NewSessionDialog

        def created(session_id: str | None) -> None:
            if session_id:
                self.fill()
                from workbench.tui.screens.sessions.detail import SessionDetailScreen

                self.app.push_screen(SessionDetailScreen(self.store, session_id))

        self.app.push_screen(NewSessionDialog(self.store), created)

    def action_delete(self) -> None:
        session_id = self.selected_id()
        if not session_id:
            return
        from workbench.tui.dialogs.confirm import Confirm

        session = sessions.get_session(self.store, session_id)

        def answer(yes: bool | None) -> None:
            if yes:
                with_pin(self.app, self.store, delete)

        def delete() -> None:
            try:
                sessions.delete_session(self.store, session_id)
            except WorkbenchError as error:
                self.notify(error.message(), severity="error")
                return
            self.notify(t("sessions.deleted", name=inert(session["name"])))
            self.fill()

        self.app.push_screen(
            Confirm(t("sessions.cli.delete_ask", name=inert(session["name"])),
                    yes=t("sessions.delete"), no=t("sessions.cancel"), danger=True), answer)


def make_screen(store: Store) -> SessionsScreen:
    return SessionsScreen(store)
