"""Across practices: which factor occurs where (common ones marked), and fragments per role.

Factors of different practices are linked here as "the same factor" (``l``), or taken
out of a link (``o``); a linked group present in every practice is a common factor.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static, TabbedContent, TabPane

from workbench import workshop
from workbench.errors import WorkbenchError
from workbench.factors import comparison
from workbench.factors import model as factors
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.pick import Pick, PickSome


class AcrossScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    AcrossScreen #across-tabs { height: 1fr; }
    AcrossScreen DataTable { height: 1fr; }
    #across-hint { color: $text-muted; padding: 0 2; height: auto; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("l", "link", "key.wall_link", id="wall_link"),
        Binding("o", "unlink", "key.wall_unlink", id="wall_unlink"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.rows: list[comparison.GroupRow] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(id="across-tabs"):
            with TabPane(t("wall.tab_matrix"), id="tab-matrix"):
                yield DataTable(id="matrix", cursor_type="row", zebra_stripes=True)
            with TabPane(t("wall.tab_roles"), id="tab-roles"):
                yield DataTable(id="roles", cursor_type="row", zebra_stripes=True)
        yield Static(t("wall.hint.across"), id="across-hint", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.fill()
        self.query_one("#matrix", DataTable).focus()

    def fill(self) -> None:
        m = comparison.matrix(self.store)
        self.rows = m.rows
        table = self.query_one("#matrix", DataTable)
        table.clear(columns=True)
        table.add_column(t("wall.col_factor"), key="factor")
        table.add_column(t("wall.col_type"), key="type")
        for practice in m.practices:
            table.add_column(Text(inert(practice["name"])), key=practice["id"])
        for row in m.rows:
            name = Text(_mark(row) + inert(row.name), style="bold" if row.common else "")
            cells = []
            for practice in m.practices:
                cell = row.cells.get(practice["id"])
                cells.append(Text(t("wall.cell", n=cell.fragments)) if cell else Text("–"))
            table.add_row(name, t(f"factors.type.{row.type}"), *cells, key=row.key)
        roles_table = self.query_one("#roles", DataTable)
        roles_table.clear(columns=True)
        roles = comparison.roles_in_use(m.rows) or list(comparison.ROLES[:3])
        roles_table.add_column(t("wall.col_factor"), key="factor")
        for role in roles:
            roles_table.add_column(t(f"factors.role.{role}"), key=role)
        roles_table.add_column(t("wall.col_total"), key="total")
        for row in m.rows:
            total = sum(row.roles.values())
            roles_table.add_row(
                Text(_mark(row) + inert(row.name)),
                *[_count(row.roles.get(role, 0), total) for role in roles],
                str(total), key=row.key,
            )

    def _selected(self) -> comparison.GroupRow | None:
        tabs = self.query_one(TabbedContent)
        table = self.query_one("#matrix" if tabs.active == "tab-matrix" else "#roles",
                               DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]

    def action_link(self) -> None:
        row = self._selected()
        if row is None:
            return
        members = [c.factor_id for c in row.cells.values()]
        taken = set(row.cells)
        options = [(f["id"], f"{f['practice_name']}: {f['name']}")
                   for f in factors.all_factors(self.store)
                   if f["practice_id"] is not None and f["practice_id"] not in taken]

        def chosen(ids: list[str] | None) -> None:
            if not ids:
                return
            try:
                comparison.link_factors(self.store, [*members, *ids])
            except WorkbenchError as error:
                self.notify(error.message(), severity="error")
                return
            self.fill()
            self.notify(t("wall.linked_done", name=inert(row.name)), timeout=3)

        self.app.push_screen(PickSome(t("wall.link_title", name=inert(row.name)), options,
                                      empty=t("wall.nothing_to_link")), chosen)

    def action_unlink(self) -> None:
        row = self._selected()
        if row is None or len(row.cells) < 2:
            return
        names = {p["id"]: p["name"] for p in workshop.practices(self.store)}
        options = [(c.factor_id, f"{names.get(pid, '?')}: {c.name}")
                   for pid, c in row.cells.items()]

        def chosen(factor_id: str | None) -> None:
            if factor_id is not None:
                comparison.unlink_factor(self.store, factor_id)
                self.fill()

        self.app.push_screen(Pick(t("wall.unlink_title"), options), chosen)


def _mark(row: comparison.GroupRow) -> str:
    """◆ a common factor, ◇ linked across practices but not (yet) in every one."""
    return "◆ " if row.common else ("◇ " if len(row.cells) > 1 else "  ")


def _count(n: int, total: int) -> str:
    return f"{n} ({round(100 * n / total)}%)" if total and n else "–"
