"""Search across stories and auto-code the hits: type a search, Enter shows the hits (all
ticked), Space unticks, c codes the ticked ones in one step, Ctrl+Z takes that step back."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Checkbox, Footer, Header, Input, SelectionList, Static

from workbench.coding import autocode, codebook
from workbench.errors import WorkbenchError
from workbench.i18n import t, tn
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.screens.coding.dialogs import CodePicker


class AutocodeScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    AutocodeScreen #autocode-hits { height: 1fr; }
    AutocodeScreen #autocode-query { width: 1fr; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("ctrl+k", "code", "key.analysis_autocode", id="analysis_autocode",
                priority=True),
        Binding("ctrl+z", "undo", "key.analysis_undo_autocode", id="analysis_undo_autocode",
                priority=True),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.hits: list[autocode.Hit] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("analysis.autocode_title"), classes="section-title")
        yield Input(placeholder=t("analysis.search_example"), id="autocode-query")
        yield Checkbox(t("analysis.whole_sentence"), id="autocode-sentence")
        yield Static("", id="autocode-count", classes="muted")
        yield SelectionList[int](id="autocode-hits")
        yield Static(t("analysis.autocode_hint"), classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one(Input).focus()

    @on(Input.Submitted, "#autocode-query")
    @on(Checkbox.Changed, "#autocode-sentence")
    def search(self) -> None:
        query = self.query_one(Input).value
        if not query.strip():
            return
        scope = "sentence" if self.query_one(Checkbox).value else "hit"
        try:
            self.hits = autocode.find_hits(self.store, query, scope)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        hits = self.query_one(SelectionList)
        hits.clear_options()
        for i, hit in enumerate(self.hits):
            label = Text(inert(hit.pseudonym), style="bold")
            label.append("  " + inert(" ".join(hit.text.split())[:90]))
            hits.add_option((label, i, True))
        self.query_one("#autocode-count", Static).update(t(
            "analysis.cli.hits", hits=tn("analysis.n_hits", len(self.hits)),
            stories=tn("analysis.n_stories", len({h.story_id for h in self.hits}))))
        if self.hits:
            hits.focus()

    @work(exclusive=True, group="autocode-dialog")
    async def action_code(self) -> None:
        ticked = [self.hits[i] for i in self.query_one(SelectionList).selected]
        if not ticked:
            self.notify(t("analysis.error.no_hits"), severity="warning")
            return
        picked = await self.app.push_screen_wait(CodePicker(self.store))
        if picked is None:
            return
        from workbench.tui.screens.coding.story import ask_coder

        coder = await ask_coder(self, self.store)
        if coder is None:
            return
        try:
            code_id = picked[1] if picked[0] == "code" else codebook.add_code(
                self.store, picked[1], created_by=coder)
            run = autocode.autocode(self.store, ticked, code_id, coder,
                                    self.query_one(Input).value)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.notify(t("analysis.autocoded", code=codebook.get_code(self.store, code_id)["name"],
                      fragments=tn("analysis.n_fragments", autocode.run_size(self.store, run))),
                    timeout=4)

    def action_undo(self) -> None:
        try:
            n = autocode.undo_run(self.store)
        except WorkbenchError as error:
            self.notify(error.message(), severity="warning")
            return
        self.notify(t("analysis.cli.autocode_undone", fragments=tn("analysis.n_fragments", n)),
                    timeout=4)
