"""Coding one story: read it, select a fragment, give it codes from the codebook or a new one."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, OptionList, Static, Tree
from textual.widgets.option_list import Option

from workbench.coding import codebook, memos
from workbench.coding import fragments as coding
from workbench.coding.history import History
from workbench.collect import stories
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.ask_text import AskText
from workbench.tui.dialogs.pick import Pick
from workbench.tui.screens.coding.analysis_dialogs import MemoEditor
from workbench.tui.screens.coding.dialogs import CodePicker, code_label
from workbench.tui.widgets.fragment_text import FragmentText, Mark

CODER_SETTING = "coding_last_coder"


def snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def ask_coder(screen: WorkbenchScreen, store: Store, force: bool = False) -> str | None:
    """The name coding is recorded under; asked once, remembered in the workshop file."""
    coder = store.meta_get(CODER_SETTING) or ""
    if coder and not force:
        return coder
    answer = await screen.app.push_screen_wait(
        AskText(t("coding.ask_coder"), value=coder, placeholder=t("coding.ask_coder_example")))
    if answer is None or not answer.strip():
        return None
    coder = " ".join(answer.split())
    store.meta_set(CODER_SETTING, coder)
    return coder


class CodingScreen(WorkbenchScreen):
    """A story on the left; the codebook and the story's fragments on the right."""

    DEFAULT_CSS = """
    CodingScreen #coding-body { height: 1fr; }
    CodingScreen #story-text { width: 2fr; border-right: solid $primary-darken-2; }
    CodingScreen #coding-side { width: 1fr; min-width: 36; }
    CodingScreen #codebook-tree { height: 1fr; }
    CodingScreen #fragment-list { height: 1fr; }
    CodingScreen #coding-status { height: auto; padding: 0 1; background: $panel; }
    """
    BINDINGS = [
        Binding("escape", "back", "key.back", id="back"),
        Binding("c", "code", "key.coding_code", id="coding_code"),
        Binding("x", "remove_fragment", "key.coding_remove", id="coding_remove"),
        Binding("m", "memo", "key.coding_memo", id="coding_memo"),
        Binding("w", "who", "key.coding_who", id="coding_who"),
        Binding("ctrl+z,u", "undo", "key.analysis_undo", id="analysis_undo"),
        Binding("ctrl+y", "redo", "key.analysis_redo", id="analysis_redo"),
        Binding("slash", "search", "key.analysis_search", id="analysis_search"),
        Binding("n", "hit(1)", "key.analysis_next_hit", id="analysis_next_hit", show=False),
        Binding("N", "hit(-1)", "key.analysis_previous_hit", id="analysis_previous_hit",
                show=False),
        Binding("g", "resize", "key.analysis_resize", id="analysis_resize", show=False),
        Binding("r", "recode", "key.analysis_recode", id="analysis_recode", show=False),
        Binding("v", "story_memo", "key.analysis_story_memo", id="analysis_story_memo",
                show=False),
    ]

    def __init__(self, store: Store, story_id: str,
                 show: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.store = store
        self.story = coding.get_story(store, story_id)
        self.teller = stories.find_storyteller(store, self.story["storyteller_id"])
        self.fragments: list[dict] = []
        self.history = History(store)
        self.show_range = show  # opened from a retrieval: select this fragment
        self.picked: str | None = None  # the fragment last chosen in the list (for resizing)

    def compose(self) -> ComposeResult:
        yield Header()
        role = t(f"role.{self.teller.get('role') or 'unknown'}")
        yield Static(Text(t("coding.story_title", name=inert(self.teller.get("pseudonym", "")),
                            role=role)), classes="section-title")
        with Horizontal(id="coding-body"):
            yield FragmentText(self.story["text"], self._marks(), id="story-text")
            with Vertical(id="coding-side"):
                yield Static(t("coding.codebook"), classes="section-title")
                yield Tree(t("coding.codebook"), id="codebook-tree")
                yield Static(t("coding.fragments"), classes="section-title")
                yield OptionList(id="fragment-list")
        yield Static("", id="coding-status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        text = self.query_one(FragmentText)
        text.focus()
        self._status(None)
        if self.show_range:
            text.select(*self.show_range)
        # The story shows first; the side panels fill right after the first frame, so a
        # long story with hundreds of fragments opens without a wait.
        self.call_after_refresh(self._fill_side)

    def _fill_side(self) -> None:
        self._fill_tree()
        self._fill_fragments()

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill_side()

    # -- data ------------------------------------------------------------------------

    def _marks(self) -> list[Mark]:
        self.fragments = coding.fragments_for_story(self.store, self.story["id"])
        return [Mark(f["start"], f["end"], f["codes"][0]["color"] if f["codes"] else "#888888",
                     tuple(dict.fromkeys(c["color"] for c in f["codes"])))
                for f in self.fragments]

    def _fill_tree(self) -> None:
        tree = self.query_one(Tree)
        tree.clear()
        tree.root.expand()
        tree.show_root = False

        def add(parent, nodes) -> None:
            for node in nodes:
                label = code_label(node.row)
                if not node.row["is_category"]:
                    label.append(f" ({node.uses})", style="dim")
                if node.children:
                    branch = parent.add(label, data=node.row, expand=True)
                    add(branch, node.children)
                else:
                    parent.add_leaf(label, data=node.row)

        add(tree.root, codebook.tree(self.store))
        # Enter on a code should work at once after Tab, without first pressing an arrow.
        self.call_after_refresh(lambda: setattr(tree, "cursor_line", max(tree.cursor_line, 0)))

    def _fill_fragments(self) -> None:
        options = self.query_one(OptionList)
        keep = options.highlighted
        options.clear_options()
        # One line per fragment (its codes as coloured squares): a long list stays quick.
        options.add_options(Option(self._fragment_label(f), id=f["id"]) for f in self.fragments)
        if options.option_count:  # x and m work at once after Tab, without an arrow first
            options.highlighted = min(keep or 0, options.option_count - 1)

    @staticmethod
    def _fragment_label(fragment: dict) -> Text:
        """The fragment's text, and below it its codes by name, each in its colour."""
        label = Text(snippet(inert(fragment["text"]), 40))
        if fragment["memos"]:
            label.append(" ✎", style="dim")
        codes = list({c["id"]: c for c in fragment["codes"]}.values())
        if codes:
            label.append("\n  ")
            for i, code in enumerate(codes):
                label.append("■ ", style=code["color"])
                label.append(inert(code["name"]) + ("  " if i < len(codes) - 1 else ""),
                             style="dim")
        return label

    def _refresh(self) -> None:
        self.query_one(FragmentText).set_marks(self._marks())
        self._fill_fragments()
        self._fill_tree()
        # the selection may point at a fragment that is gone: the status says so no more
        self._status(self.query_one(FragmentText).selection)

    def _status(self, selection: tuple[int, int] | None) -> None:
        status = self.query_one("#coding-status", Static)
        if selection:
            text = self.story["text"][selection[0]:selection[1]]
            status.update(t("coding.selection", n=len(text), text=snippet(inert(text))))
        else:
            status.update(t("coding.select_hint"))

    @on(FragmentText.SelectionChanged)
    def selection_changed(self, event: FragmentText.SelectionChanged) -> None:
        self._status(event.selection)

    # -- actions ---------------------------------------------------------------------

    def action_back(self) -> None:
        if not self.query_one(FragmentText).clear_selection():
            self.app.pop_screen()

    @work(exclusive=True, group="coding-dialog")
    async def action_code(self) -> None:
        """Code the selection: choose a code (or type a new one) in the picker."""
        text = self.query_one(FragmentText)
        selection = text.selection
        if selection is None:
            self.notify(t("coding.error.empty_selection"), severity="error")
            return
        picked = await self.app.push_screen_wait(
            CodePicker(self.store, snippet(self.story["text"][selection[0]:selection[1]], 70)))
        if picked is None:
            return
        await self._apply(selection, picked)

    async def _apply(self, selection: tuple[int, int], picked: tuple[str, str]) -> None:
        coder = await ask_coder(self, self.store)
        if coder is None:
            return
        kind, value = picked
        try:
            code_id = value if kind == "code" else codebook.add_code(
                self.store, value, created_by=coder)
            name = codebook.get_code(self.store, code_id)["name"]
            self.history.code(self.story["id"], *selection, [code_id], coder,
                              what=t("analysis.step.code", name=name))
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        name = codebook.get_code(self.store, code_id)["name"]
        self._refresh()
        self.notify(t("coding.coded", name=inert(name)), timeout=3)

    @on(Tree.NodeSelected, "#codebook-tree")
    async def tree_selected(self, event: Tree.NodeSelected) -> None:
        """Enter on a code in the codebook panel codes the selection with it."""
        row = event.node.data
        selection = self.query_one(FragmentText).selection
        if not row or row["is_category"] or selection is None:
            return
        self.run_worker(self._apply(selection, ("code", row["id"])), exclusive=True,
                        group="coding-dialog")

    @on(OptionList.OptionSelected, "#fragment-list")
    def fragment_selected(self, event: OptionList.OptionSelected) -> None:
        fragment = next((f for f in self.fragments if f["id"] == event.option.id), None)
        if fragment:
            self.picked = fragment["id"]
            text = self.query_one(FragmentText)
            text.select(fragment["start"], fragment["end"])
            text.focus()

    def _current_fragment(self) -> dict | None:
        """The fragment highlighted in the list, or the one under the selection/cursor."""
        options = self.query_one(OptionList)
        if options.has_focus and options.highlighted is not None:
            wanted = options.get_option_at_index(options.highlighted).id
            return next((f for f in self.fragments if f["id"] == wanted), None)
        text = self.query_one(FragmentText)
        selection = text.selection
        if selection:
            exact = [f for f in self.fragments if (f["start"], f["end"]) == selection]
            if exact:
                return exact[0]
        under = [f for f in self.fragments if f["start"] <= text.cursor < f["end"]]
        return min(under, key=lambda f: f["end"] - f["start"]) if under else None

    @work(exclusive=True, group="coding-dialog")
    async def action_remove_fragment(self) -> None:
        fragment = self._current_fragment()
        if fragment is None:
            self.notify(t("coding.no_fragment_here"), severity="warning")
            return
        choices = [(f"code:{c['id']}", t("coding.remove_code", name=c["name"]))
                   for c in {c["id"]: c for c in fragment["codes"]}.values()]
        choices.append(("fragment", t("coding.remove_fragment")))
        choice = await self.app.push_screen_wait(
            Pick(t("coding.remove_title"), choices, text=snippet(fragment["text"], 70)))
        if choice is None:
            return
        if choice == "fragment":
            self.history.delete_fragment(fragment["id"], what=t("analysis.step.delete"))
            self.query_one(FragmentText).clear_selection()
        else:
            code_id = choice.split(":", 1)[1]
            self.history.uncode(fragment["id"], code_id, what=t(
                "analysis.step.uncode", name=codebook.get_code(self.store, code_id)["name"]))
        self._refresh()

    @work(exclusive=True, group="coding-dialog")
    async def action_memo(self) -> None:
        fragment = self._current_fragment()
        if fragment is None:
            self.notify(t("coding.no_fragment_here"), severity="warning")
            return
        existing = codebook.memos_for(self.store, fragment_id=fragment["id"])
        text = await self.app.push_screen_wait(
            MemoEditor(t("coding.memo_title", text=snippet(fragment["text"], 50)),
                       value=existing[-1]["text"] if existing else "", store=self.store,
                       draft=f"memo:fragment:{fragment['id']}", story_id=self.story["id"]))
        if text is None:
            return
        try:
            self.history.memo(fragment["id"], text,
                              author=self.store.meta_get(CODER_SETTING) or "",
                              what=t("analysis.step.memo"))
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self._refresh()
        self.notify(t("coding.cli.memo_saved"), timeout=2)

    @work(exclusive=True, group="coding-dialog")
    async def action_who(self) -> None:
        coder = await ask_coder(self, self.store, force=True)
        if coder:
            self.notify(t("coding.coder_is", name=inert(coder)), timeout=3)

    # -- undo, search, resize, recode, story memo ----------------------------------------

    def action_undo(self) -> None:
        step = self.history.undo()
        if step is None:
            self.notify(t("analysis.nothing_to_undo"), severity="warning", timeout=3)
            return
        self._refresh()
        self.notify(t("analysis.undone", what=step.what), timeout=3)

    def action_redo(self) -> None:
        step = self.history.redo()
        if step is None:
            self.notify(t("analysis.nothing_to_redo"), severity="warning", timeout=3)
            return
        self._refresh()
        self.notify(t("analysis.redone", what=step.what), timeout=3)

    @work(exclusive=True, group="coding-dialog")
    async def action_search(self) -> None:
        """Search in this story: hits are underlined, n and N go to the next and previous."""
        from workbench.coding.autocode import search_story

        query = await self.app.push_screen_wait(
            AskText(t("analysis.search_title"), placeholder=t("analysis.search_example")))
        text = self.query_one(FragmentText)
        if not query or not query.strip():
            text.set_hits([])
            return
        try:
            hits = search_story(self.story["text"], query)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        text.set_hits(hits)
        text.focus()
        if not hits:
            self.notify(t("analysis.no_hits"), severity="warning", timeout=3)
            return
        text.cursor = 0
        text.anchor = None
        self.action_hit(1)

    def action_hit(self, direction: int) -> None:
        text = self.query_one(FragmentText)
        index = text.next_hit(direction)
        if index is None:
            self.notify(t("analysis.search_first"), severity="warning", timeout=3)
            return
        self.query_one("#coding-status", Static).update(
            t("analysis.hit_status", n=index + 1, total=len(text.hits)))

    def action_resize(self) -> None:
        """Give the fragment chosen last (or the one under the selection) the selection's
        bounds."""
        selection = self.query_one(FragmentText).selection
        if selection is None:
            self.notify(t("coding.error.empty_selection"), severity="error")
            return
        fragment = next((f for f in self.fragments if f["id"] == self.picked), None)
        if fragment is None:
            over = [f for f in self.fragments
                    if f["start"] < selection[1] and selection[0] < f["end"]]
            fragment = min(over, key=lambda f: abs(f["end"] - f["start"] - selection[1]
                                                   + selection[0])) if over else None
        if fragment is None:
            self.notify(t("coding.no_fragment_here"), severity="warning")
            return
        try:
            self.history.resize(fragment["id"], *selection, what=t("analysis.step.resize"))
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self._refresh()
        self.notify(t("analysis.resized"), timeout=2)

    @work(exclusive=True, group="coding-dialog")
    async def action_recode(self) -> None:
        """Replace one code of the fragment here by another."""
        fragment = self._current_fragment()
        if fragment is None or not fragment["codes"]:
            self.notify(t("coding.no_fragment_here"), severity="warning")
            return
        codes = list({c["id"]: c for c in fragment["codes"]}.values())
        old = codes[0]["id"]
        if len(codes) > 1:
            old = await self.app.push_screen_wait(Pick(
                t("analysis.recode_which"), [(c["id"], code_label(c)) for c in codes]))
            if old is None:
                return
        picked = await self.app.push_screen_wait(
            CodePicker(self.store, snippet(fragment["text"], 70)))
        if picked is None:
            return
        coder = await ask_coder(self, self.store)
        if coder is None:
            return
        try:
            new = picked[1] if picked[0] == "code" else codebook.add_code(
                self.store, picked[1], created_by=coder)
            self.history.recode(fragment["id"], old, new, coder, what=t(
                "analysis.step.recode", old=codebook.get_code(self.store, old)["name"],
                new=codebook.get_code(self.store, new)["name"]))
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self._refresh()

    @work(exclusive=True, group="coding-dialog")
    async def action_story_memo(self) -> None:
        existing = memos.memos_on(self.store, "story", self.story["id"])
        text = await self.app.push_screen_wait(MemoEditor(
            t("analysis.story_memo_title", name=self.teller.get("pseudonym", "")),
            value=existing[-1]["text"] if existing else "", store=self.store,
            draft=f"memo:story:{self.story['id']}", story_id=self.story["id"]))
        if text is None:
            return
        try:
            memos.set_memo(self.store, "story", self.story["id"], text,
                           author=self.store.meta_get(CODER_SETTING) or "")
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.notify(t("coding.cli.memo_saved"), timeout=2)
