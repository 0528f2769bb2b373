"""The collect phase for the facilitator: browse and search stories, start the booth or
an interview, resume an interrupted story, withdraw a storyteller, pseudonymise."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Select, Static

from workbench import workshop
from workbench.collect import booth, search, stories, topics, withdrawal
from workbench.collect.stories import ROLES, STATUSES
from workbench.errors import WorkbenchError
from workbench.i18n import get_language, t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.confirm import Confirm
from workbench.tui.dialogs.pick import Pick
from workbench.tui.dialogs.pin import with_pin
from workbench.tui.messages import DataChanged


def make_screen(store: Store) -> Screen:
    return CollectScreen(store)


class CollectScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    CollectScreen #collect-filters { height: auto; padding: 0 1; }
    CollectScreen #collect-filters Select { width: 1fr; margin-right: 1; }
    CollectScreen #collect-filters #f-practice { width: 1.4fr; }
    CollectScreen #collect-filters SelectCurrent Static#label {
        height: 1; text-wrap: nowrap; text-overflow: ellipsis;
    }
    CollectScreen #search { width: 1.6fr; }
    CollectScreen #collect-body { height: 1fr; }
    CollectScreen #stories { width: 1fr; }
    CollectScreen #story-view { width: 40%; padding: 0 1; border-left: solid $primary-darken-2; }
    CollectScreen #story-meta { color: $text-muted; padding-bottom: 1; }
    CollectScreen #story-count { height: 1; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "back", "key.back", id="back"),
        Binding("slash", "focus_search", "key.collect_search", id="collect_search"),
        Binding("b", "booth", "key.collect_booth", id="collect_booth"),
        Binding("i", "interview", "key.collect_interview", id="collect_interview"),
        Binding("r", "resume", "key.collect_resume", id="collect_resume"),
        Binding("p", "pseudonymise", "key.collect_pseudo", id="collect_pseudo"),
        Binding("w", "withdraw", "key.collect_withdraw", id="collect_withdraw"),
        Binding("o", "role", "key.collect_role", id="collect_role", show=False),
        Binding("t", "topics", "key.topics", id="topics"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.rows: list[dict] = []

    def compose(self) -> ComposeResult:
        language = get_language()
        found = workshop.get_workshop(self.store)
        list_id = found["topic_list_id"] if found else None
        # retired topics too: old stories were told under them
        topic_rows = (topics.topics_for(self.store, list_id, include_retired=True)
                      if list_id else [])
        yield Header()
        with Horizontal(id="collect-filters"):
            yield Select([(inert(p["name"]), p["id"]) for p in workshop.practices(self.store)],
                         prompt=t("collect.filter.practice"), id="f-practice")
            yield Select([(t(f"collect.role.{r}"), r) for r in (*ROLES, "unknown")],
                         prompt=t("collect.filter.role"), id="f-role")
            yield Select([(inert(topics.localized(r, "label", language))[:40], r["id"])
                          for r in topic_rows], prompt=t("collect.filter.topic"), id="f-topic")
            yield Select([(t(f"collect.status.{s}"), s) for s in STATUSES],
                         prompt=t("collect.filter.status"), id="f-status")
            yield Input(placeholder=t("collect.search_placeholder"), id="search")
        yield Static("", id="story-count")
        with Horizontal(id="collect-body"):
            yield DataTable(id="stories", cursor_type="row", zebra_stripes=True)
            with VerticalScroll(id="story-view"):
                yield Static("", id="story-meta", markup=False)
                yield Static("", id="story-text", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.app.sub_title = t("phase.collect")
        table = self.query_one("#stories", DataTable)
        self.refresh_rows()
        table.focus()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fill_table)

    async def language_changed(self) -> None:
        await super().language_changed()
        self.on_mount()

    def on_screen_resume(self) -> None:
        self.refresh_rows()

    def on_data_changed(self, _message: DataChanged) -> None:
        # another program (an import from the command line, a booth) changed the file;
        # a list that came out the same is left alone (no jump while reading)
        before = self.rows
        self.refresh_rows(unless_same=before)

    def action_topics(self) -> None:
        from workbench.tui.screens.collect.topics import TopicsScreen

        self.app.push_screen(TopicsScreen(self.store))

    # -- the list --------------------------------------------------------------------

    def _value(self, selector: str) -> str | None:
        select = self.query_one(selector, Select)
        return None if select.is_blank() else str(select.value)

    @property
    def search_text(self) -> str:
        return self.query_one("#search", Input).value

    def refresh_rows(self, unless_same: list[dict] | None = None) -> None:
        filters = search.Filters(practice_id=self._value("#f-practice"),
                                 role=self._value("#f-role"), topic_id=self._value("#f-topic"),
                                 status=self._value("#f-status"))
        self.rows = search.find_stories(self.store, filters, self.search_text)
        if unless_same is not None and self.rows == unless_same:
            self.show_story()  # the highlighted story's text may have changed
            return
        self._fill_table()
        full = len(self.rows) >= search.DEFAULT_LIMIT
        key = "collect.list.more" if full else "collect.list.count"
        if len(self.rows) == 1:
            key = "collect.list.count_one"
        self.query_one("#story-count", Static).update(t(key, n=len(self.rows)))
        self.show_story()

    def _fill_table(self) -> None:
        table = self.query_one("#stories", DataTable)
        previous = self.current_id()
        cells = []
        for row in self.rows:
            found = Text()
            for piece, hit in row["snippet"]:
                found.append(inert(piece.replace("\n", " ")), style="bold reverse" if hit else "")
            cells.append({"teller": Text(inert(row["pseudonym"])),
                          "role": Text(t(f"collect.role.{row['role'] or 'unknown'}")),
                          "practice": Text(inert(row["practice"] or "-")),
                          "status": Text(t(f"collect.status.{row['status']}")),
                          "date": Text(row["recorded_on"] or row["created_at"][:10]),
                          "found": found})
        columns = self._fit_columns(table, cells)
        table.clear(columns=True)
        for name, width in columns:
            table.add_column(t(f"collect.col.{name}"), width=width, key=name)
        for row, cell in zip(self.rows, cells, strict=True):
            for name, width in columns:
                if name != "found":
                    cell[name].truncate(width, overflow="ellipsis")
            table.add_row(*(cell[name] for name, _ in columns), key=row["id"])
        ids = [row["id"] for row in self.rows]
        if previous in ids:
            table.move_cursor(row=ids.index(previous))

    # Columns by importance; what does not fit the terminal is left out (the story view
    # beside the list shows everything about the highlighted story).
    COLUMN_ORDER = ("teller", "role", "practice", "status", "date", "found")
    COLUMN_CAPS = {"teller": 16, "role": 18, "practice": 16, "status": 16, "date": 10}

    def _fit_columns(self, table: DataTable, cells: list[dict]) -> list[tuple[str, int]]:
        available = table.scrollable_content_region.width
        if available <= 0:  # not laid out yet: the list takes 60% of the screen
            available = self.size.width - int(self.size.width * 0.4) - 2
        padding = 2 * table.cell_padding
        widths = {}
        for name, cap in self.COLUMN_CAPS.items():
            longest = max((c[name].cell_len for c in cells), default=0)
            widths[name] = min(cap, max(len(t(f"collect.col.{name}")), longest))
        searching = bool(self.search_text.strip())
        priority = ["teller", "found", "status", "role", "date", "practice"] if searching \
            else ["teller", "status", "role", "date", "practice"]
        chosen: dict[str, int] = {}
        left = available
        for name in priority:
            need = 24 if name == "found" else widths[name]
            if name == "practice" and left - padding >= 8:
                need = min(need, left - padding)  # a practice name may be shortened
            if need + padding <= left or name == "teller":
                chosen[name] = need
                left -= need + padding
        if "found" in chosen:  # the snippet takes what is left
            chosen["found"] += max(0, left)
        return [(name, chosen[name]) for name in self.COLUMN_ORDER if name in chosen]

    def current_id(self) -> str | None:
        table = self.query_one("#stories", DataTable)
        if not self.rows or table.cursor_row is None or table.cursor_row >= len(self.rows):
            return None
        return self.rows[table.cursor_row]["id"]

    def current_row(self) -> dict | None:
        story_id = self.current_id()
        return next((r for r in self.rows if r["id"] == story_id), None)

    def show_story(self) -> None:
        row = self.current_row()
        meta = self.query_one("#story-meta", Static)
        body = self.query_one("#story-text", Static)
        if row is None:
            meta.update(t("collect.list.empty"))
            body.update("")
            return
        meta.update(t("collect.meta", pseudonym=inert(row["pseudonym"]),
                      role=t(f"collect.role.{row['role'] or 'unknown'}"),
                      practice=inert(row["practice"] or "-"),
                      status=t(f"collect.status.{row['status']}"),
                      mode=t(f"collect.mode.{row['mode']}"), chars=row["chars"]))
        text = Text()
        for piece, hit in search.highlight(self.store, row["id"], self.search_text):
            text.append(inert(piece), style="bold reverse" if hit else "")
        body.update(text)

    @on(DataTable.RowHighlighted, "#stories")
    def row_highlighted(self) -> None:
        self.show_story()

    @on(Select.Changed)
    def filter_changed(self) -> None:
        self.refresh_rows()

    @on(Input.Changed, "#search")
    def search_changed(self) -> None:
        self.refresh_rows()

    @on(Input.Submitted, "#search")
    def search_done(self) -> None:
        self.query_one("#stories", DataTable).focus()

    # -- actions ---------------------------------------------------------------------

    def action_back(self) -> None:
        if self.focused is self.query_one("#search", Input):
            self.query_one("#search", Input).value = ""  # and back to the list: keys work
            self.query_one("#stories", DataTable).focus()
            return
        self.app.pop_screen()

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def _with_practice(self, then) -> None:  # callback(practice_id)
        chosen = self._value("#f-practice")
        all_practices = workshop.practices(self.store)
        if chosen:
            then(chosen)
        elif len(all_practices) == 1:
            then(all_practices[0]["id"])
        elif not all_practices:
            self.notify(t("home.no_practices"), severity="error")
        else:
            self.app.push_screen(Pick(t("collect.pick_practice"),
                                      [(p["id"], p["name"]) for p in all_practices]),
                                 lambda practice_id: then(practice_id) if practice_id else None)

    def action_booth(self) -> None:
        from workbench import access
        from workbench.tui.kiosk.booth import BoothScreen

        if not access.has_pin(self.store):
            self.notify(t("error.no_pin_set"), severity="error")
            return
        self._with_practice(lambda practice_id: self.app.push_screen(
            BoothScreen(self.store, practice_id, language=get_language(),
                        on_leave=self.app.pop_screen)))

    def action_interview(self) -> None:
        from workbench.tui.screens.collect.interview import InterviewSetupScreen

        self._with_practice(lambda practice_id: self.app.push_screen(
            InterviewSetupScreen(self.store, practice_id)))

    def action_resume(self) -> None:
        from workbench.tui.screens.collect.interview import TellingScreen

        row = self.current_row()
        if row is None:
            return
        try:
            session = booth.resume(self.store, row["id"])
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.app.push_screen(TellingScreen(self.store, session))

    def action_pseudonymise(self) -> None:
        from workbench.tui.screens.collect.pseudonymise import PseudonymiseScreen

        row = self.current_row()
        if row is not None:
            self.app.push_screen(PseudonymiseScreen(self.store, row["id"]))

    def action_role(self) -> None:
        """Give the storyteller of the highlighted story a role (also an unknown one)."""
        from workbench.tui.dialogs.pick import Pick

        row = self.current_row()
        if row is None:
            return
        options = [(r, t(f"collect.role.{r}")) for r in ROLES]

        def chosen(role: str | None) -> None:
            if not role:
                return
            try:
                stories.set_role(self.store, row["storyteller_id"], role)
            except WorkbenchError as error:
                self.notify(error.message(), severity="error")
                return
            self.notify(t("collect.role_set", pseudonym=inert(row["pseudonym"]),
                          role=t(f"collect.role.{role}")), timeout=3)
            self.refresh_rows()

        self.app.push_screen(Pick(t("collect.role_pick", pseudonym=inert(row["pseudonym"])),
                                     options), chosen)

    def action_withdraw(self) -> None:
        row = self.current_row()
        if row is None:
            return
        plan = withdrawal.preview(self.store, row["storyteller_id"])
        question = t("collect.withdraw.confirm", pseudonym=inert(plan.pseudonym), **plan.counts)

        def answered(yes: bool | None) -> None:
            if not yes:
                self.notify(t("collect.withdraw.cancelled"), timeout=2)
                return
            with_pin(self.app, self.store, withdraw)

        def withdraw() -> None:
            try:
                report = withdrawal.withdraw(self.store, plan.storyteller_id)
            except WorkbenchError as error:
                self.notify(error.message(), severity="error")
                return
            self.notify(t("collect.withdraw.done", pseudonym=inert(report.pseudonym),
                          **report.counts))
            self.refresh_rows()

        self.app.push_screen(Confirm(question, title=t("collect.withdraw.title"),
                                     yes=t("collect.withdraw.yes"), danger=True), answered)
