"""Calibration screens: the sessions, a new session, coding alone, and the comparison."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Header, Input, SelectionList, Static

from workbench.coding import calibration, codebook
from workbench.coding import fragments as coding
from workbench.errors import Conflict, WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.pick import Pick
from workbench.tui.screens.coding.dialogs import CodeChecklist


def _labels(names: list[str] | None) -> Text:
    if names is None:
        return Text(t("coding.not_judged"), style="dim italic")
    if not names:
        return Text(t("coding.no_code_applies"), style="dim")
    return Text(inert(", ".join(names)))


class CalibrationListScreen(WorkbenchScreen):
    """All calibration sessions; Enter codes in one or opens its comparison."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("n", "new", "key.coding_new_calibration", id="coding_new_calibration"),
        Binding("enter", "open", "key.coding_open", id="coding_open", show=True),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("coding.calibration_title"), classes="section-title")
        yield Static(t("coding.calibration_hint"), classes="muted")
        yield DataTable(id="calibrations", cursor_type="row")
        yield Footer()

    def on_screen_resume(self) -> None:
        # Also runs when the screen first shows; a session may have changed while away.
        self._fill()

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear(columns=True)
        table.add_columns(t("coding.col.name"), t("coding.col.status"), t("coding.col.units"),
                          t("coding.col.coders"))
        for row in calibration.calibrations(self.store):
            coders = ", ".join(inert(c["coder"]) + (" ✓" if c["done_at"] else "")
                               for c in row["coders"])
            table.add_row(Text(inert(row["name"])), t(f"coding.status.{row['status']}"),
                          str(row["units"]), Text(coders), key=row["id"])
        table.focus()

    @on(DataTable.RowSelected)
    def selected(self, event: DataTable.RowSelected) -> None:
        self.open_session(event.row_key.value)

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self.open_session(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @work(exclusive=True, group="calibration-dialog")
    async def open_session(self, session_id: str | None) -> None:
        if not session_id:
            return
        session = calibration.get_calibration(self.store, session_id)
        if session["status"] == "compared":
            self.app.push_screen(ComparisonScreen(self.store, session_id))
            return
        coders = calibration.coders(self.store, session_id)
        choices = [(f"coder:{c['coder']}", t("coding.code_as", name=c["coder"]))
                   for c in coders]
        choices.append(("compare", t("coding.open_comparison")))
        choice = await self.app.push_screen_wait(Pick(session["name"], choices))
        if choice is None:
            return
        if choice.startswith("coder:"):
            self.app.push_screen(CalibrationCodingScreen(self.store, session_id,
                                                         choice.split(":", 1)[1]))
            return
        try:
            calibration.open_comparison(self.store, session_id)
        except Conflict as error:
            answer = await self.app.push_screen_wait(Pick(
                t("coding.not_everyone_done"),
                [("force", t("coding.open_anyway")), ("wait", t("coding.wait"))],
                text=error.message()))
            if answer != "force":
                return
            calibration.open_comparison(self.store, session_id, force=True)
        self.app.push_screen(ComparisonScreen(self.store, session_id))

    def action_new(self) -> None:
        self.app.push_screen(NewCalibrationScreen(self.store))


class NewCalibrationScreen(WorkbenchScreen):
    """Name, coders and stories of a new session; Ctrl+S makes it."""

    DEFAULT_CSS = """
    NewCalibrationScreen Input { margin: 0 1 1 1; }
    NewCalibrationScreen SelectionList { height: 1fr; margin: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("ctrl+s", "create", "key.coding_create", id="coding_create", priority=True),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical():
            yield Static(t("coding.new_calibration"), classes="section-title")
            yield Input(placeholder=t("coding.calibration_name"), id="calibration-name")
            yield Input(placeholder=t("coding.calibration_coders"), id="calibration-coders")
            yield Static(t("coding.calibration_stories"), classes="muted")
            yield SelectionList[str](
                *((Text(f"{inert(r['pseudonym'])} · {inert(r['practice'] or '—')} · "
                        + t("coding.n_characters", n=r["length"])), r["id"])
                  for r in coding.stories_for_coding(self.store)),
                id="calibration-stories")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#calibration-name", Input).focus()

    @on(Input.Submitted)
    def next_field(self) -> None:
        self.focus_next()

    def action_create(self) -> None:
        name = self.query_one("#calibration-name", Input).value
        coders = self.query_one("#calibration-coders", Input).value.split(",")
        stories = list(self.query_one(SelectionList).selected)
        try:
            calibration.create_calibration(self.store, name, stories, coders)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.app.pop_screen()
        self.app.notify(t("coding.calibration_made", name=inert(" ".join(name.split()))),
                        timeout=3)


class CalibrationCodingScreen(WorkbenchScreen):
    """One coder codes the session's sentences alone; others' codes stay hidden."""

    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("enter", "judge", "key.coding_code", id="coding_code", show=True),
        Binding("d", "done", "key.coding_done", id="coding_done"),
    ]

    def __init__(self, store: Store, session_id: str, coder: str) -> None:
        super().__init__()
        self.store = store
        self.session = calibration.get_calibration(store, session_id)
        self.coder = coder
        self.units = calibration.units(store, session_id)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(t("coding.coding_alone", name=inert(self.session["name"]),
                            coder=inert(self.coder))), classes="section-title")
        yield Static("", id="calibration-progress", classes="muted")
        yield DataTable(id="calibration-units", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._fill()

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill(columns=True)

    def _fill(self, *, columns: bool = False) -> None:
        table = self.query_one(DataTable)
        keep = table.cursor_row
        # the columns stay between refills: made anew, they shrank to their headers
        table.clear(columns=columns or not table.columns)
        if not table.columns:
            # the coder's own codes come before the sentence: a long sentence would
            # push them off the right edge of the screen
            table.add_columns("#", t("coding.col.teller"), t("coding.col.your_codes"),
                              t("coding.col.sentence"))
        mine = calibration.my_judgements(self.store, self.session["id"], self.coder)
        names = {r["id"]: r["name"] for r in codebook.codes(self.store)}
        for unit in self.units:
            given = mine.get(unit["id"])
            table.add_row(str(unit["position"]), Text(inert(unit["pseudonym"])),
                          _labels(None if given is None else [names.get(c, "?") for c in given]),
                          Text(inert(unit["text"])), key=unit["id"])
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1))
        done = next((c["done_at"] for c in calibration.coders(self.store, self.session["id"])
                     if c["coder"] == self.coder), "")
        self.query_one("#calibration-progress", Static).update(t(
            "coding.progress", n=len(mine), total=len(self.units),
            done=t("coding.you_are_done") if done else ""))
        table.focus()

    @on(DataTable.RowSelected)
    def selected(self) -> None:
        self.action_judge()

    @work(exclusive=True, group="calibration-dialog")
    async def action_judge(self) -> None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return
        unit_id = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        unit = next(u for u in self.units if u["id"] == unit_id)
        mine = calibration.my_judgements(self.store, self.session["id"], self.coder)
        chosen = await self.app.push_screen_wait(
            CodeChecklist(self.store, unit["text"], mine.get(unit_id, [])))
        if chosen is None:
            return
        try:
            calibration.judge(self.store, self.session["id"], unit_id, self.coder, chosen)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self._fill()
        if table.cursor_row < table.row_count - 1:
            table.move_cursor(row=table.cursor_row + 1)

    def action_done(self) -> None:
        try:
            calibration.mark_done(self.store, self.session["id"], self.coder)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.notify(t("coding.cli.marked_done", coder=inert(self.coder)), timeout=3)
        mine = calibration.my_judgements(self.store, self.session["id"], self.coder)
        left = len(self.units) - len(mine)
        if left:  # skipped sentences count as missing: say so before anyone compares
            self.notify(t("coding.done_with_gaps", n=left, total=len(self.units)),
                        severity="warning", timeout=8)
        self._fill()


class ComparisonScreen(WorkbenchScreen):
    """Agreement overall and per code, and the sentences side by side."""

    DEFAULT_CSS = """
    ComparisonScreen #overall { padding: 1 1 0 1; }
    ComparisonScreen #per-code { height: auto; max-height: 12; }
    ComparisonScreen #side-by-side { height: 1fr; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("a", "toggle_all", "key.coding_all_units", id="coding_all_units"),
    ]

    def __init__(self, store: Store, session_id: str) -> None:
        super().__init__()
        self.store = store
        self.session = calibration.get_calibration(store, session_id)
        self.show_all = False

    def compose(self) -> ComposeResult:
        result = calibration.compare(self.store, self.session["id"])
        self.result = result
        yield Header()
        yield Static(Text(t("coding.comparison_title", name=inert(self.session["name"]))),
                     classes="section-title")
        overall = Text(t("coding.cli.overall") + ": ", style="bold")
        overall.append(self._figures(result.overall))
        yield Static(overall, id="overall")
        yield Static(t("coding.undefined_help"), classes="muted")
        yield DataTable(id="per-code", cursor_type="row")
        yield Static("", id="side-title", classes="section-title")
        yield DataTable(id="side-by-side", cursor_type="row")
        yield Footer()

    def _figures(self, figures: calibration.Figures) -> str:
        return t("coding.figures", percent=calibration.format_figure(figures.percent, percent=True),
                 kappa=calibration.format_figure(figures.kappa),
                 alpha=calibration.format_figure(figures.alpha), units=figures.units)

    def on_mount(self) -> None:
        super().on_mount()
        self._fill()

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill()

    def _fill(self) -> None:
        result = self.result
        fmt = calibration.format_figure
        per_code = self.query_one("#per-code", DataTable)
        per_code.clear(columns=True)
        per_code.add_columns(t("coding.column.code"), t("coding.col.agreement"), "κ", "α",
                             *(inert(c) for c in result.coders))
        for code in result.per_code:
            name = Text("■ ", style=code.color)
            name.append(inert(code.name))
            f = code.figures
            per_code.add_row(name, fmt(f.percent, percent=True), fmt(f.kappa), fmt(f.alpha),
                             *(str(code.given[c]) for c in result.coders))
        rows = result.rows if self.show_all else result.disagreements
        self.query_one("#side-title", Static).update(
            t("coding.all_units", n=len(rows)) if self.show_all
            else t("coding.cli.disagreements", n=len(rows)))
        side = self.query_one("#side-by-side", DataTable)
        side.clear(columns=True)
        # Coders' codes before the sentence, so they stay in view beside each other.
        side.add_columns("#", t("coding.col.teller"), *(inert(c) for c in result.coders),
                         t("coding.col.sentence"))
        for row in rows:
            sentence = Text(inert(row.text), style="" if row.agree else "bold")
            side.add_row(str(row.position), Text(inert(row.pseudonym)),
                         *(_labels(row.labels[c]) for c in result.coders), sentence,
                         key=row.unit_id)
        side.focus()

    def action_toggle_all(self) -> None:
        self.show_all = not self.show_all
        self._fill()
