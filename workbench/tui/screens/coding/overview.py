"""Code frequencies per practice or per role: a table and a stacked bar chart."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import DataTable, Footer, Header, Static

from workbench.coding import barchart
from workbench.coding import fragments as coding
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen

# One colour per group in the chart (practices or roles), readable on dark and light.
GROUP_COLOURS = ("#3D85C6", "#E69138", "#6AA84F", "#C27BA0", "#BF9000", "#76A5AF", "#CC4125")


def chart(result: coding.Overview, width: int) -> Text:
    """The overview as a coloured stacked bar per code, biggest first, with a legend."""
    rows = sorted((r for r in result.rows if r.total), key=lambda r: -r.total)
    text = Text()
    if not rows:
        return Text(t("coding.cli.no_codings"), style="dim")
    label_width = min(28, max(len(r.name) for r in rows))
    for row, parts in zip(rows, barchart.stack([r.counts for r in rows], width), strict=True):
        name = row.name if len(row.name) <= label_width else row.name[: label_width - 1] + "…"
        text.append(f"{inert(name):<{label_width}} ")
        for i, cells in enumerate(parts):
            text.append("█" * cells, style=GROUP_COLOURS[i % len(GROUP_COLOURS)])
        text.append(f" {row.total}\n")
    text.append("\n")
    for i, label in enumerate(result.labels):
        text.append("██ ", style=GROUP_COLOURS[i % len(GROUP_COLOURS)])
        text.append(inert(label) + "   ")
    return text


class OverviewScreen(WorkbenchScreen):
    """Who said what: how often each code was given, per practice or per role."""

    DEFAULT_CSS = """
    OverviewScreen #overview-table { height: auto; max-height: 50%; }
    OverviewScreen #overview-chart-box { height: 1fr; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("p", "by('practice')", "key.coding_by_practice", id="coding_by_practice"),
        Binding("r", "by('role')", "key.coding_by_role", id="coding_by_role"),
        Binding("enter", "drill", "key.analysis_drill", id="analysis_drill"),
    ]

    def __init__(self, store: Store, by: str = "practice") -> None:
        super().__init__()
        self.store = store
        self.by = by

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="overview-title", classes="section-title")
        yield DataTable(id="overview-table", cursor_type="cell", zebra_stripes=True)
        with VerticalScroll(id="overview-chart-box"):
            yield Static("", id="overview-chart")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._fill()
        self.query_one(DataTable).focus()

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill()

    def on_resize(self) -> None:
        self._draw_chart()

    def action_by(self, by: str) -> None:
        self.by = by
        self._fill()

    def _fill(self) -> None:
        result = coding.overview(self.store, self.by)
        self.query_one("#overview-title", Static).update(
            t("coding.cli.overview_title", by=t(f"coding.by.{self.by}")))
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_columns(t("coding.column.code"), *(inert(label) for label in result.labels),
                          t("coding.column.total"))
        for row in result.rows:
            name = Text("■ ", style=row.color)
            name.append(inert(row.name))
            table.add_row(name, *(str(n) if n else "·" for n in row.counts), str(row.total),
                          key=row.code_id)
        self.result = result
        self._draw_chart()

    def _draw_chart(self) -> None:
        result = getattr(self, "result", None)
        if result is not None:
            width = max(10, self.size.width - 45)
            self.query_one("#overview-chart", Static).update(chart(result, width))

    def on_data_table_cell_selected(self) -> None:
        self.action_drill()

    def action_drill(self) -> None:
        """The fragments behind a count: a code's row, in one practice's or role's column."""
        from workbench.coding.analysis import Filters, Query
        from workbench.tui.screens.coding.retrieval import RetrievalScreen

        result = getattr(self, "result", None)
        table = self.query_one(DataTable)
        if result is None or not result.rows:
            return
        row, column = table.cursor_coordinate
        filters = Filters()
        if 1 <= column <= len(result.groups):
            group = result.groups[column - 1]
            if self.by == "practice":
                filters.practice_id = group
            else:
                filters.role = group
        self.app.push_screen(RetrievalScreen(
            self.store, Query(result.rows[row].code_id, subcodes=False, filters=filters)))
