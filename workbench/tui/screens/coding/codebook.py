"""The codebook screen: the tree of categories and codes, and everything one does with them."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Static, Tree

from workbench.coding import codebook
from workbench.errors import Conflict, NotFound, WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.ask_text import AskText
from workbench.tui.dialogs.pick import Pick
from workbench.tui.dialogs.pin import pin_given
from workbench.tui.screens.coding.dialogs import code_label


class CodebookScreen(WorkbenchScreen):
    """Seed, add, rename, describe, colour, move, merge, delete, validate, write memos."""

    DEFAULT_CSS = """
    CodebookScreen #codebook-body { height: 1fr; }
    CodebookScreen #codebook-full { width: 1fr; }
    CodebookScreen #codebook-detail { width: 1fr; padding: 0 2;
        border-left: solid $primary-darken-2; }
    """
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("a", "add(False)", "key.coding_add_code", id="coding_add_code"),
        Binding("k", "add(True)", "key.coding_add_category", id="coding_add_category", show=False),
        Binding("r", "rename", "key.coding_rename", id="coding_rename"),
        Binding("e", "describe", "key.coding_describe", id="coding_describe", show=False),
        Binding("f", "colour", "key.coding_colour", id="coding_colour", show=False),
        Binding("m", "move", "key.coding_move", id="coding_move"),
        Binding("g", "merge", "key.coding_merge", id="coding_merge"),
        Binding("d", "delete", "key.coding_delete", id="coding_delete"),
        Binding("v", "validate", "key.coding_validate", id="coding_validate"),
        Binding("n", "memo", "key.coding_code_memo", id="coding_code_memo", show=False),
        Binding("t", "seed", "key.coding_seed", id="coding_seed", show=False),
        Binding("l", "fragments", "key.analysis_drill", id="analysis_drill"),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("coding.codebook"), classes="section-title")
        with Horizontal(id="codebook-body"):
            yield Tree(t("coding.codebook"), id="codebook-full")
            with VerticalScroll(id="codebook-detail"):
                yield Static("", id="code-detail", markup=False)
                yield Static(t("coding.codebook_keys"), classes="muted")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._fill()
        self.query_one(Tree).focus()

    async def language_changed(self) -> None:
        await super().language_changed()
        self._fill()

    # -- view ------------------------------------------------------------------------

    def _fill(self, select: str | None = None) -> None:
        tree = self.query_one(Tree)
        current = self.current()
        select = select or (current["id"] if current else None)
        tree.clear()
        tree.show_root = False
        tree.root.expand()
        nodes = codebook.tree(self.store)
        if not nodes:
            tree.root.add_leaf(Text(t("coding.codebook_empty"), style="dim"))

        def add(parent, items) -> None:
            for node in items:
                label = code_label(node.row)
                if not node.row["is_category"]:
                    label.append(f" ({node.uses})", style="dim")
                if node.row["validated_by"]:
                    label.append(" ✓", style="green")
                if node.children:
                    add(parent.add(label, data=node.row, expand=True), node.children)
                else:
                    parent.add_leaf(label, data=node.row)

        add(tree.root, nodes)
        if select:
            self.call_after_refresh(self._select, select)
        self._show_detail()

    def _select(self, code_id: str) -> None:
        tree = self.query_one(Tree)
        for line in range(tree.last_line + 1):
            node = tree.get_node_at_line(line)
            if node is not None and node.data and node.data["id"] == code_id:
                tree.move_cursor(node)
                break

    def current(self) -> dict[str, Any] | None:
        node = self.query_one(Tree).cursor_node
        return node.data if node is not None and node.data else None

    @on(Tree.NodeHighlighted)
    def highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        detail = self.query_one("#code-detail", Static)
        row = self.current()
        # The highlighted node may point at a code that was just merged or removed.
        try:
            row = row and codebook.get_code(self.store, row["id"])
        except NotFound:
            row = None
        if not row:
            detail.update(t("coding.codebook_hint"))
            return
        use = codebook.usage(self.store, row["id"])
        text = Text()
        text.append_text(code_label(row))
        text.append("\n" + inert(codebook.path(self.store, row["id"])) + "\n\n", style="dim")
        text.append(inert(row["description"]) or t("coding.no_description"))
        text.append("\n\n")
        text.append(t(f"coding.origin.{row['origin']}") + "\n")
        text.append(t("coding.detail_uses", codings=use["codings"], children=use["children"])
                    + "\n")
        if row["validated_by"]:
            text.append(t("coding.validated_by", who=inert(row["validated_by"]),
                          when=row["validated_at"][:10]) + "\n", style="green")
        else:
            text.append(t("coding.not_validated") + "\n", style="dim")
        for memo in codebook.memos_for(self.store, code_id=row["id"]):
            text.append("\n✎ " + inert(memo["text"]))
            if memo["author"]:
                text.append(f" — {inert(memo['author'])}", style="dim")
        detail.update(text)

    def _error(self, error: WorkbenchError) -> None:
        self.notify(error.message(), severity="error")

    def _need_code(self) -> dict[str, Any] | None:
        row = self.current()
        if row is None:
            self.notify(t("coding.choose_code_first"), severity="warning")
        return row

    # -- actions ---------------------------------------------------------------------

    @work(exclusive=True, group="codebook-dialog")
    async def action_add(self, category: bool) -> None:
        row = self.current()
        parent = None
        if not category and row is not None:
            parent = row["id"] if row["is_category"] else row["parent_id"]
        title = t("coding.new_category") if category else t("coding.new_code_in", place=inert(
            codebook.path(self.store, parent) if parent else t("coding.cli.top")))
        name = await self.app.push_screen_wait(AskText(title))
        if name is None:
            return
        try:
            code_id = codebook.add_code(self.store, name, parent_id=parent, is_category=category)
        except WorkbenchError as error:
            self._error(error)
            return
        self._fill(select=code_id)

    @work(exclusive=True, group="codebook-dialog")
    async def action_rename(self) -> None:
        row = self._need_code()
        if row is None:
            return
        name = await self.app.push_screen_wait(
            AskText(t("coding.rename_title"), value=row["name"]))
        if name is None:
            return
        try:
            codebook.rename_code(self.store, row["id"], name)
        except WorkbenchError as error:
            self._error(error)
            return
        self._fill()

    @work(exclusive=True, group="codebook-dialog")
    async def action_describe(self) -> None:
        row = self._need_code()
        if row is None:
            return
        text = await self.app.push_screen_wait(
            AskText(t("coding.describe_title", name=row["name"]), value=row["description"]))
        if text is not None:
            codebook.update_code(self.store, row["id"], description=text)
            self._fill()

    @work(exclusive=True, group="codebook-dialog")
    async def action_colour(self) -> None:
        row = self._need_code()
        if row is None:
            return
        choices = [(c, code_label({"name": c, "color": c})) for c in codebook.PALETTE]
        colour = await self.app.push_screen_wait(
            Pick(t("coding.colour_title", name=row["name"]), choices))
        if colour:
            codebook.update_code(self.store, row["id"], color=colour)
            self._fill()

    def _targets(self, row: dict[str, Any], *, categories: bool) -> list[tuple[str, Text]]:
        """Codes (and categories) that ``row`` may go under or into: not itself or below."""
        below = {row["id"]}
        changed = True
        rows = codebook.codes(self.store)
        while changed:
            changed = False
            for other in rows:
                if other["parent_id"] in below and other["id"] not in below:
                    below.add(other["id"])
                    changed = True
        return [(r["id"], code_label(r, "  " * r["depth"])) for r in rows
                if r["id"] not in below and (categories or not r["is_category"])]

    @work(exclusive=True, group="codebook-dialog")
    async def action_move(self) -> None:
        row = self._need_code()
        if row is None:
            return
        choices = [("__top__", Text(t("coding.to_top"), style="italic"))]
        choices += self._targets(row, categories=True)
        target = await self.app.push_screen_wait(
            Pick(t("coding.move_title", name=row["name"]), choices))
        if target is None:
            return
        try:
            codebook.move_code(self.store, row["id"], None if target == "__top__" else target)
        except WorkbenchError as error:
            self._error(error)
            return
        self._fill(select=row["id"])

    async def _merge(self, row: dict[str, Any]) -> bool:
        target = await self.app.push_screen_wait(Pick(
            t("coding.merge_title", name=row["name"]),
            self._targets(row, categories=bool(row["is_category"]))))
        if not target or not await pin_given(self.app, self.store):
            return False
        try:
            codebook.merge_codes(self.store, row["id"], target)
        except WorkbenchError as error:
            self._error(error)
            return False
        self.notify(t("coding.cli.merged", source=inert(row["name"]),
                      target=inert(codebook.get_code(self.store, target)["name"])), timeout=3)
        self._fill(select=target)
        return True

    @work(exclusive=True, group="codebook-dialog")
    async def action_merge(self) -> None:
        row = self._need_code()
        if row is not None:
            await self._merge(row)

    @work(exclusive=True, group="codebook-dialog")
    async def action_delete(self) -> None:
        """Delete; a code in use asks: merge into another code, or remove with its codings."""
        row = self._need_code()
        if row is None:
            return
        try:
            codebook.delete_code(self.store, row["id"])
        except Conflict as error:
            choice = await self.app.push_screen_wait(Pick(
                t("coding.delete_in_use_title", name=row["name"]),
                [("merge", t("coding.delete_merge")), ("remove", t("coding.delete_remove")),
                 ("cancel", t("word.cancel"))],
                text=error.message()))
            if choice == "merge":
                await self._merge(row)
            elif choice == "remove" and await pin_given(self.app, self.store):
                n = codebook.remove_code(self.store, row["id"])
                self.notify(t("coding.cli.removed", name=inert(row["name"]), n=n), timeout=3)
                self._fill()
            return
        self.notify(t("coding.cli.deleted", name=inert(row["name"])), timeout=3)
        self._fill()

    @work(exclusive=True, group="codebook-dialog")
    async def action_validate(self) -> None:
        row = self._need_code()
        if row is None:
            return
        who = await self.app.push_screen_wait(AskText(
            t("coding.validate_title", name=row["name"]), value=row["validated_by"],
            placeholder=t("coding.validate_example")))
        if who is None:
            return
        if who.strip():
            codebook.validate_code(self.store, row["id"], who)
        else:
            codebook.unvalidate_code(self.store, row["id"])
        self._fill()

    @work(exclusive=True, group="codebook-dialog")
    async def action_memo(self) -> None:
        row = self._need_code()
        if row is None:
            return
        text = await self.app.push_screen_wait(AskText(t("coding.code_memo_title",
                                                            name=row["name"])))
        if text is None:
            return
        try:
            from workbench.tui.screens.coding.story import CODER_SETTING

            codebook.add_memo(self.store, text, code_id=row["id"],
                              author=self.store.meta_get(CODER_SETTING) or "")
        except WorkbenchError as error:
            self._error(error)
            return
        self._fill()

    def action_seed(self) -> None:
        try:
            created = codebook.seed_from_topics(self.store)
        except WorkbenchError as error:
            self._error(error)
            return
        self.notify(t("coding.cli.seeded", n=len(created)), timeout=3)
        self._fill()

    def action_fragments(self) -> None:
        """Every fragment of this code (a category: with its sub-codes) across stories."""
        from workbench.coding.analysis import Query
        from workbench.tui.screens.coding.retrieval import RetrievalScreen

        row = self._need_code()
        if row is not None:
            self.app.push_screen(RetrievalScreen(self.store, Query(row["id"])))
