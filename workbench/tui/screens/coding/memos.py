"""Every memo in one list: type to search, Enter opens what it is about, e edits it, p writes
the memo on the whole workshop."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from workbench.coding import fragments as coding
from workbench.coding import memos
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.screens.coding.analysis_dialogs import MemoEditor


class MemoListScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    MemoListScreen #memo-list { height: 1fr; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("ctrl+e", "edit", "key.analysis_edit_memo", id="analysis_edit_memo"),
        Binding("ctrl+n", "project", "key.analysis_project_memo", id="analysis_project_memo"),
        Binding("down", "cursor(1)", show=False, priority=True),
        Binding("up", "cursor(-1)", show=False, priority=True),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.rows = memos.memo_list(store)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("analysis.memo_list_title"), classes="section-title")
        yield Input(placeholder=t("analysis.memo_search"), id="memo-search")
        yield OptionList(*self._options(), id="memo-list")
        yield Static(t("analysis.memo_list_hint"), classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(Input).focus()
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = 0

    def _options(self) -> list[Option]:
        out = []
        for row in self.rows:
            label = Text(inert(row["about"]), style="bold")
            label.append(f"  {row['updated_at'][:10]}", style="dim")
            if row["author"]:
                label.append(f" — {inert(row['author'])}", style="dim")
            for line in row["text"].splitlines()[:4]:
                label.append("\n  " + inert(line))
            out.append(Option(label, id=row["id"]))
        if not out:
            out.append(Option(Text(t("analysis.cli.no_memos"), style="dim"), id="none",
                              disabled=True))
        return out

    def _fill(self, search: str = "") -> None:
        self.rows = memos.memo_list(self.store, search)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(self._options())
        if self.rows:
            options.highlighted = 0

    @on(Input.Changed, "#memo-search")
    def search(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_cursor(self, step: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + step))

    def current(self) -> dict | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        wanted = options.get_option_at_index(options.highlighted).id
        return next((r for r in self.rows if r["id"] == wanted), None)

    @on(Input.Submitted, "#memo-search")
    @on(OptionList.OptionSelected, "#memo-list")
    def open(self) -> None:
        row = self.current()
        if row is None:
            return
        if row["kind"] in ("story", "fragment") and row["story_id"]:
            from workbench.tui.screens.coding.story import CodingScreen

            fragment = coding.get_fragment(self.store, row["target_id"]) \
                if row["kind"] == "fragment" else None
            self.app.push_screen(CodingScreen(
                self.store, row["story_id"],
                show=(fragment["start"], fragment["end"]) if fragment else None))
        else:
            self.action_edit()

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self._fill(self.query_one(Input).value)

    @work(exclusive=True, group="memo-dialog")
    async def action_edit(self) -> None:
        row = self.current()
        if row is None:
            return
        text = await self.app.push_screen_wait(MemoEditor(
            row["about"], value=row["text"], store=self.store, draft=f"memo:{row['id']}",
            story_id=row["story_id"] or None))
        if text is None:
            return
        try:
            memos.update_memo(self.store, row["id"], text)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self._fill(self.query_one(Input).value)

    @work(exclusive=True, group="memo-dialog")
    async def action_project(self) -> None:
        existing = memos.memos_on(self.store, "project")
        text = await self.app.push_screen_wait(MemoEditor(
            t("analysis.memo_about.project"), value=existing[-1]["text"] if existing else "",
            store=self.store, draft="memo:project"))
        if text is None:
            return
        try:
            memos.set_memo(self.store, "project", "", text)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self._fill(self.query_one(Input).value)
