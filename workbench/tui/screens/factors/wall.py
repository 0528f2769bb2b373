"""The factor wall: sort fragments (or codes) into working factors, per practice.

Columns are "unsorted" plus the practice's factors; cards move with Shift+arrows, with
``m`` (move to...), or by dragging with the mouse. Suggestions (which factor a card
resembles) and cluster proposals are computed in a thread worker with a progress bar, the
text work itself in a helper process (``workbench.factors.offload``), so keys stay quick;
they only propose, people decide.
"""

from __future__ import annotations

import asyncio
import gc
from typing import Any

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, ProgressBar, Select, Static

from workbench import workshop
from workbench.errors import WorkbenchError
from workbench.factors import comparison, wall
from workbench.factors import model as factors
from workbench.i18n import t, tn
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.ask_text import AskText
from workbench.tui.dialogs.confirm import Confirm
from workbench.tui.dialogs.pick import Pick, PickSome
from workbench.tui.dialogs.pin import with_pin
from workbench.tui.widgets.wall_cards import CardDropped, CardItem, WallColumn, shorten

ALL = "__workshop__"  # the practice selector's value for workshop-wide factors
SUGGESTION_BATCH = 50  # cards given their suggestion between two looks at the keys


class FactorWallScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    #wall-top { height: 3; padding: 0 1; }
    #wall-top Select { width: 44; }
    #wall-status { width: 1fr; padding: 0 2; color: $text-muted; }
    #wall-progress { width: 30; padding: 1 0; }
    #wall-columns { height: 1fr; padding: 0 1; overflow-x: auto; overflow-y: hidden; }
    #wall-detail { height: 5; padding: 0 2; border-top: solid $primary-darken-2; }
    FactorWallScreen.-narrow #wall-top { height: 4; }
    FactorWallScreen.-narrow #wall-top Select { width: 28; }
    FactorWallScreen.-narrow #wall-progress { width: 8; }
    FactorWallScreen.-narrow #wall-status { padding: 0 1; }
    """
    # below 100 columns the selector narrows so the status (with '? alle toetsen') fits
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("escape", "app.pop_screen", "key.back", id="back"),
        Binding("left", "column(-1)", show=False),
        Binding("right", "column(1)", show=False),
        Binding("shift+right", "move(1)", "key.wall_move", id="wall_move",
                key_display="⇧←/→"),
        Binding("shift+left", "move(-1)", show=False),
        Binding("m", "move_to", "key.wall_move_to", id="wall_move_to", show=False),
        Binding("a", "accept", "key.wall_accept", id="wall_accept"),
        Binding("n", "new_factor", "key.wall_new", id="wall_new"),
        Binding("u,ctrl+z", "undo", "key.wall_undo", id="wall_undo"),
        Binding("e", "elements", "key.wall_elements", id="wall_elements"),
        Binding("q", "quotes", "key.wall_quotes", id="wall_quotes"),
        Binding("k", "propose", "key.wall_propose", id="wall_propose"),
        Binding("v", "across", "key.wall_across", id="wall_across"),
        Binding("question_mark,f1", "keys", "key.wall_keys", id="wall_keys"),
        Binding("r", "rename", "key.wall_rename", id="wall_rename", show=False),
        Binding("t", "toggle_type", "key.wall_type", id="wall_type", show=False),
        Binding("d", "describe", "key.wall_describe", id="wall_describe", show=False),
        Binding("g", "merge", "key.wall_merge", id="wall_merge", show=False),
        Binding("space", "mark", "key.wall_mark", id="wall_mark", show=False),
        Binding("x", "split", "key.wall_split", id="wall_split", show=False),
        Binding("l", "link", "key.wall_link", id="wall_link", show=False),
        Binding("delete", "delete_factor", "key.wall_delete", id="wall_delete", show=False),
        Binding("c", "toggle_mode", "key.wall_mode", id="wall_mode", show=False),
        Binding("s", "suggest_now", "key.wall_suggest", id="wall_suggest", show=False),
        Binding("p", "practice", "key.wall_practice", id="wall_practice", show=False),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        choices = workshop.practices(store)
        self.practice_id: str | None = choices[0]["id"] if choices else None
        self.mode = "fragments"
        self.suggested: dict[str, list[tuple[str, float]]] = {}
        self.marked: set[str] = set()
        self.dragging: tuple[Any, str | None] | None = None
        self.board: wall.Wall | None = None
        self.focus_column = 0
        self._reload_lock = asyncio.Lock()
        self._asked = False  # 's' was pressed: say what the suggestions came to
        self._shown_percent = -1  # the progress last sent to the bar

    # -- building --------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        options = [(Text(inert(p["name"])), p["id"]) for p in workshop.practices(self.store)]
        options.append((t("factors.workshop_wide"), ALL))
        yield Header()
        with Horizontal(id="wall-top"):
            yield Select(options, value=self.practice_id or ALL, allow_blank=False,
                         id="wall-practice")
            yield Static("", id="wall-status", markup=False)
            yield ProgressBar(total=100, show_eta=False, id="wall-progress")
        yield Horizontal(id="wall-columns")
        yield Static("", id="wall-detail", markup=False)
        yield Footer()

    async def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#wall-progress").display = False
        await self.reload()
        # started once the cards are drawn: a worker running while 2,000 cards are being
        # mounted shares the interpreter with the mounting and takes four times as long
        self.call_after_refresh(self._drawn)

    def _drawn(self) -> None:
        if not self.is_attached:
            return  # left before its first frame: nothing to keep, nothing to suggest
        # The wall's cards and their drawn lines stay while the wall is open: out of the
        # collector's full passes (each would walk them all and stop the screen); given
        # back when the wall closes (on_unmount).
        gc.freeze()
        self.action_suggest()

    async def language_changed(self) -> None:
        await super().language_changed()
        self.query_one("#wall-progress").display = False
        await self.reload()

    def _common_keys(self) -> set[str]:
        return {row.key for row in comparison.matrix(self.store).common}

    async def reload(self, *, column: int | None = None, card: int | None = None) -> None:
        """Rebuild the columns from the store, keeping the focus where it was."""
        async with self._reload_lock:  # two rebuilds at once would mount columns twice
            await self._rebuild(column, card)

    async def _rebuild(self, column: int | None, card: int | None) -> None:
        if not self.is_attached:
            return  # the researcher left the wall while a redraw was on its way
        self.board = wall.build(self.store, self.practice_id, self.mode)
        common = self._common_keys()
        names = {c.factor_id: c.factor["name"] for c in self.board.columns if c.factor}
        # the card shows the best suggestion; the detail bar below shows all three
        labels = {cid: f"{names.get(pairs[0][0], '?')} ({pairs[0][1]:.2f})"
                  for cid, pairs in self.suggested.items() if pairs}
        holder = self.query_one("#wall-columns", Horizontal)
        await holder.remove_children()
        widgets = [
            WallColumn(col, suggestions=labels, marked=self.marked, index=i,
                       common=bool(col.factor and (col.factor["link_id"] or col.factor["id"])
                                   in common))
            for i, col in enumerate(self.board.columns)
        ]
        await holder.mount_all(widgets)
        if not self.is_attached:
            return
        self.focus_column = max(0, min(column if column is not None else self.focus_column,
                                       len(widgets) - 1))
        target = widgets[self.focus_column]
        lv = target.list_view
        if card is not None and len(lv.children):
            lv.index = max(0, min(card, len(lv.children) - 1))
        lv.focus()
        target.scroll_visible()
        self._status()
        self.update_detail()

    def _labels(self, board: wall.Wall) -> dict[str, str]:
        names = {c.factor_id: c.factor["name"] for c in board.columns if c.factor}
        return {cid: f"{names.get(pairs[0][0], '?')} ({pairs[0][1]:.2f})"
                for cid, pairs in self.suggested.items() if pairs}

    async def sync(self, *, column: int | None = None, links: bool = False) -> None:
        """Bring the wall up to date with the store, changing only what changed.

        Columns that gained or lost cards get those cards inserted or taken out; a
        renamed factor gets a new title; new factors get a column, deleted ones lose
        theirs. Nothing is blanked, so a move costs about one frame. ``links``: the
        common/linked marks may have changed too (they cost a comparison of practices).
        """
        async with self._reload_lock:
            if not self.is_attached or self.board is None:
                return
            with self.app.batch_update():  # one frame for the whole change
                await self._sync(column, links)

    async def _sync(self, column: int | None, links: bool) -> None:
        board = wall.build(self.store, self.practice_id, self.mode)
        common = self._common_keys() if links else None
        labels = self._labels(board)
        holder = self.query_one("#wall-columns", Horizontal)
        widgets = self.columns()
        new_ids = [c.factor_id for c in board.columns]
        for widget in [w for w in widgets if w.factor_id not in new_ids]:
            await widget.remove()
        by_id = {w.factor_id: w for w in self.columns()}
        previous: WallColumn | None = None
        for i, col in enumerate(board.columns):
            mark = None if common is None else bool(
                col.factor and (col.factor["link_id"] or col.factor["id"]) in common)
            widget = by_id.get(col.factor_id)
            if widget is None:
                if mark is None:
                    mark = bool(col.factor and col.factor["link_id"]
                                and col.factor["link_id"] in self._common_keys())
                widget = WallColumn(col, suggestions=labels, marked=self.marked, index=i,
                                    common=mark)
                if previous is None:
                    await holder.mount(widget, before=0)
                else:
                    await holder.mount(widget, after=previous)
            else:
                widget.index = i
                await widget.sync(col, suggestions=labels, marked=self.marked, common=mark)
            previous = widget
        self.board = board
        if not self.is_attached:
            return
        cols = self.columns()
        if column is not None and cols:
            self.focus_column = max(0, min(column, len(cols) - 1))
            cols[self.focus_column].list_view.focus()
            cols[self.focus_column].scroll_visible()
        self._status()
        self.update_detail()

    def _status(self, text: str = "") -> None:
        assert self.board is not None
        n_unsorted = len(self.board.unsorted.cards)
        mode = t(f"wall.mode.{self.mode}")
        self.query_one("#wall-status", Static).update(
            text or t("wall.status", mode=mode, unsorted=n_unsorted,
                      factors=len(self.board.columns) - 1))

    # -- where the user is ---------------------------------------------------------------

    def columns(self) -> list[WallColumn]:
        # the holder's children, not a query: a query walks all 500 cards of a big wall
        found = self.query("#wall-columns")
        if not found:
            return []
        return [c for c in found.first().children if isinstance(c, WallColumn)]

    def current(self) -> WallColumn | None:
        """The column the user is in. ``focus_column`` is the truth: focus itself moves
        a moment later, and keys typed quickly must not read a stale focus."""
        cols = self.columns()
        if not cols:
            return None
        self.focus_column = max(0, min(self.focus_column, len(cols) - 1))
        return cols[self.focus_column]

    def current_factor(self) -> dict[str, Any] | None:
        column = self.current()
        if column is None or column.column.factor is None:
            self.notify(t("wall.choose_factor_column"), severity="warning")
            return None
        return column.column.factor

    def update_detail(self) -> None:
        column = self.current()
        card = column.highlighted() if column else None
        detail = self.query_one("#wall-detail", Static)
        if card is None:
            detail.update(t("wall.hint.empty") if column else "")
            return
        body = Text(inert(shorten(card.text, 110, lines=2)))
        if card.detail:
            body.append("  — " + inert(card.detail), style="italic")
        pairs = self.suggested.get(card.id, [])
        if pairs and self.board is not None:
            names = {c.factor_id: c.factor["name"] for c in self.board.columns if c.factor}
            body.append("\n" + t("wall.suggestion_line") + " ", style="bold")
            body.append(" · ".join(f"{inert(names.get(f, '?'))} ({s:.2f})" for f, s in pairs),
                        style="green")
        detail.update(body)

    @on(Select.Changed, "#wall-practice")
    async def practice_changed(self, event: Select.Changed) -> None:
        value = None if event.value == ALL else str(event.value)
        if value == self.practice_id or self.board is None:
            return
        self.practice_id = value
        self.suggested, self.marked = {}, set()
        await self.reload(column=0)
        # after the frame showing the move is out: the worker must not slow that frame down
        self.call_after_refresh(self.action_suggest)

    def on_list_view_highlighted(self) -> None:
        self.update_detail()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        # a click (or Tab) into a column makes it the current one
        for index, column in enumerate(self.columns()):
            if column in event.widget.ancestors:
                self.focus_column = index
        self.update_detail()

    # -- moving cards ----------------------------------------------------------------------

    def action_column(self, delta: int) -> None:
        cols = self.columns()
        if not cols:
            return
        self.focus_column = max(0, min(len(cols) - 1, self.focus_column + delta))
        cols[self.focus_column].list_view.focus()
        cols[self.focus_column].scroll_visible()

    async def _move(self, card: Any, from_factor: str | None, to_factor: str | None,
                    *, to_column: int | None = None) -> None:
        column = self.current()
        index = column.list_view.index if column else None
        try:
            wall.move_card(self.store, self.practice_id, card.kind, card.id, from_factor,
                           to_factor)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.suggested.pop(card.id, None)
        self.marked.discard(card.id)
        await self.sync(column=to_column)
        column = self.current()
        if column is not None and index is not None and len(column.list_view.children):
            column.list_view.index = max(0, min(index, len(column.list_view.children) - 1))
        self.action_suggest()

    def _card_or_say(self) -> tuple[WallColumn, Any] | None:
        """The current column and its highlighted card, or a notice why there is none."""
        column = self.current()
        card = column.highlighted() if column else None
        if column is None or card is None:
            self.notify(t("wall.no_card"), severity="warning")
            return None
        return column, card

    async def action_move(self, delta: int) -> None:
        here = self._card_or_say()
        if here is None:
            return
        column, card = here
        cols = self.columns()
        target = self.focus_column + delta
        if not 0 <= target < len(cols):
            self.notify(t("wall.no_column_there"), severity="warning")
            return
        await self._move(card, column.factor_id, cols[target].factor_id)

    def action_move_to(self) -> None:
        here = self._card_or_say()
        if here is None or self.board is None:
            return
        column, card = here
        options = [(c.factor_id or ALL, c.factor["name"] if c.factor else t("factors.unsorted"))
                   for c in self.board.columns if c.factor_id != column.factor_id]

        async def chosen(value: str | None) -> None:
            if value is not None:
                await self._move(card, column.factor_id, None if value == ALL else value)

        self.app.push_screen(Pick(t("wall.move_to_title"), options), chosen)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        # a column has already taken a drop (the event bubbles up from it); released
        # anywhere else, the drag is over and must not land on a later click
        self.dragging = None

    @on(CardDropped)
    async def card_dropped(self, event: CardDropped) -> None:
        await self._move(event.card, event.from_factor, event.to_factor)

    async def action_accept(self) -> None:
        """Accept the best suggestion for the highlighted card: one key."""
        here = self._card_or_say()
        if here is None:
            return
        column, card = here
        pairs = self.suggested.get(card.id)
        if column.factor_id is not None or not pairs:
            self.notify(t("wall.no_suggestion_here"), severity="warning")
            return
        await self._move(card, None, pairs[0][0], to_column=0)

    async def action_undo(self) -> None:
        if wall.undo(self.store, self.practice_id):
            await self.sync()
            self.notify(t("wall.undone"), timeout=2)
            self.action_suggest()
        else:
            self.notify(t("wall.nothing_to_undo"), severity="warning")

    def action_mark(self) -> None:
        here = self._card_or_say()
        if here is None:
            return
        column, card = here
        self.marked ^= {card.id}
        item = column.list_view.highlighted_child
        if item is not None:
            item.set_class(card.id in self.marked, "-marked")

    async def action_toggle_mode(self) -> None:
        self.mode = "codes" if self.mode == "fragments" else "fragments"
        self.suggested, self.marked = {}, set()
        await self.reload(column=0)
        self.action_suggest()

    def action_keys(self) -> None:
        """Show (or hide) the panel listing every key of the wall."""
        if self.query("HelpPanel"):
            self.app.action_hide_help_panel()
        else:
            self.app.action_show_help_panel()

    def action_practice(self) -> None:
        """Open the practice list, so 'p' visibly does something."""
        select = self.query_one("#wall-practice", Select)
        select.focus()
        select.expanded = True

    # -- factors -----------------------------------------------------------------------------

    def _ask(self, title: str, callback, value: str = "", limit: int = 0) -> None:
        self.app.push_screen(AskText(title, value, max_length=limit), callback)

    async def _core(self, action, *args: Any, column: int | None = None,
                    links: bool = False) -> bool:
        """Run a core change; on a user error say it, else bring the wall up to date."""
        try:
            action(self.store, *args)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return False
        await self.sync(column=column, links=links)
        return True

    def action_new_factor(self) -> None:
        async def named(name: str | None) -> None:
            if name is None:
                return
            try:
                factors.create_factor(self.store, name, practice_id=self.practice_id)
            except WorkbenchError as error:
                self.notify(error.message(), severity="error")
                # ask again with what was typed, so a taken name is corrected, not retyped
                self._ask(t("wall.new_title"), named, name, factors.MAX_NAME)
                return
            assert self.board is not None
            await self.sync(column=len(self.board.columns))
            self.action_suggest()

        self._ask(t("wall.new_title"), named, limit=factors.MAX_NAME)

    def action_rename(self) -> None:
        factor = self.current_factor()
        if factor is None:
            return

        async def named(name: str | None) -> None:
            if name is not None and not await self._core(factors.rename_factor, factor["id"],
                                                         name):
                self._ask(t("wall.rename_title"), named, name, factors.MAX_NAME)

        self._ask(t("wall.rename_title"), named, factor["name"], factors.MAX_NAME)

    async def action_toggle_type(self) -> None:
        factor = self.current_factor()
        if factor is not None:
            other = "procedural" if factor["type"] == "substantive" else "substantive"
            if await self._core(factors.set_type, factor["id"], other):
                self.notify(t("wall.type_set", type=t(f"factors.type.{other}")), timeout=2)

    def action_describe(self) -> None:
        factor = self.current_factor()
        if factor is None:
            return

        async def described(text: str | None) -> None:
            if text is not None:
                await self._core(factors.set_description, factor["id"], text)

        self._ask(t("wall.describe_title", name=inert(factor["name"])), described,
                  factor["description"], factors.MAX_DESCRIPTION)

    def action_elements(self) -> None:
        from workbench.tui.screens.factors.elements import ElementsDialog

        factor = self.current_factor()
        if factor is not None:
            self.app.push_screen(ElementsDialog(self.store, factor["id"]))

    def action_quotes(self) -> None:
        factor = self.current_factor()
        if factor is None:
            return
        candidates = factors.quote_candidates(self.store, factor["id"])
        current = [q["id"] for q in factors.quotes(self.store, factor["id"])]
        options = [(c["id"], f"{shorten(c['text'], 60, 2)} — {c['pseudonym']}")
                   for c in candidates]

        async def chosen(ids: list[str] | None) -> None:
            if ids is not None and await self._core(factors.set_quotes, factor["id"], ids):
                self.notify(t("wall.quotes_saved", n=len(ids)), timeout=2)

        self.app.push_screen(PickSome(
            t("wall.quotes_title", name=inert(factor["name"]), limit=factors.MAX_QUOTES),
            options, current, limit=factors.MAX_QUOTES, empty=t("wall.no_quote_candidates"),
        ), chosen)

    def action_merge(self) -> None:
        factor = self.current_factor()
        if factor is None or self.board is None:
            return
        options = [(c.factor_id, c.factor["name"]) for c in self.board.columns
                   if c.factor and c.factor_id != factor["id"]]

        def chosen(other: str | None) -> None:
            if other is not None:
                with_pin(self.app, self.store,
                         lambda: self._core(factors.merge_factors, factor["id"], [other]))

        self.app.push_screen(Pick(t("wall.merge_title", name=inert(factor["name"])),
                                     options), chosen)

    def action_split(self) -> None:
        column = self.current()
        factor = self.current_factor()
        if factor is None or column is None:
            return
        here = [c for c in column.column.cards if c.id in self.marked and c.movable]
        if not here:
            self.notify(t("factors.error.split_nothing"), severity="warning")
            return

        async def named(name: str | None) -> None:
            if name is None:
                return
            frags = [c.id for c in here if c.kind == "fragment"]
            codes = [c.id for c in here if c.kind == "code"]
            if await self._core(lambda s, *a: factors.split_factor(
                    s, factor["id"], name, fragment_ids=frags, code_ids=codes)):
                self.marked -= {c.id for c in here}

        self._ask(t("wall.split_title", n=len(here)), named, limit=factors.MAX_NAME)

    def action_delete_factor(self) -> None:
        factor = self.current_factor()
        if factor is None:
            return

        async def delete() -> None:
            await self._core(factors.delete_factor, factor["id"],
                             column=max(0, self.focus_column - 1))
            self.notify(t("wall.deleted", name=inert(factor["name"])), timeout=3)

        def answered(yes: bool | None) -> None:
            if yes:
                with_pin(self.app, self.store, delete)

        self.app.push_screen(Confirm(t("wall.delete_question", name=inert(factor["name"]))),
                             answered)

    def action_link(self) -> None:
        factor = self.current_factor()
        if factor is None:
            return
        if factor["practice_id"] is None:
            self.notify(t("wall.link_workshop_wide"), severity="warning")
            return
        others = [f for f in factors.all_factors(self.store)
                  if f["practice_id"] not in (None, factor["practice_id"])]
        linked = [f["id"] for f in comparison.linked(self.store, factor["id"])]
        options = [(f["id"], f"{f['practice_name']}: {f['name']}") for f in others]

        def relink(store: Store, ids: list[str]) -> None:
            with store.transaction():  # a refused link leaves the old links as they were
                for gone in set(linked) - set(ids):
                    comparison.unlink_factor(store, gone)
                if ids:
                    comparison.link_factors(store, [factor["id"], *ids])

        async def chosen(ids: list[str] | None) -> None:
            if ids is not None:
                await self._core(relink, ids, links=True)

        self.app.push_screen(PickSome(t("wall.link_title", name=inert(factor["name"])),
                                      options, linked, empty=t("wall.nothing_to_link")), chosen)

    def action_across(self) -> None:
        from workbench.tui.screens.factors.across import AcrossScreen

        self.app.push_screen(AcrossScreen(self.store))

    async def on_screen_resume(self) -> None:
        if self.board is not None:
            await self.sync(links=True)

    # -- suggestions and proposals (thread workers, text work in a helper process) -----------

    class Progress(Message):
        """How far the suggestion or proposal worker is (None: done, hide the bar)."""

        def __init__(self, fraction: float | None) -> None:
            super().__init__()
            self.fraction = fraction

    class SuggestionsReady(Message):
        def __init__(self, practice: str | None, mode: str,
                     found: dict[str, list[tuple[str, float]]]) -> None:
            super().__init__()
            self.practice, self.mode, self.found = practice, mode, found

    class ProposalReady(Message):
        def __init__(self, practice: str | None, proposal: wall.Proposal,
                     names: list[str]) -> None:
            super().__init__()
            self.practice, self.proposal, self.names = practice, proposal, names

    class WorkerFailed(Message):
        def __init__(self, error: Exception) -> None:
            super().__init__()
            self.error = error

    def _progress(self, fraction: float, step: str) -> None:
        from textual.worker import get_current_worker

        if get_current_worker().is_cancelled:
            raise InterruptedError  # a newer request replaced this one, or the wall closed
        percent = round(fraction * 100)
        if percent != self._shown_percent:  # the worker asks about every 50 ms
            self._shown_percent = percent
            self.post_message(self.Progress(fraction))

    @on(Progress)
    def _on_progress(self, message: Progress) -> None:
        self._show_progress(message.fraction)

    def _show_progress(self, fraction: float | None) -> None:
        if not self.is_attached:
            return  # a worker finishing after the wall was closed
        bar = self.query_one("#wall-progress", ProgressBar)
        bar.display = fraction is not None
        if fraction is not None:
            bar.update(progress=round(fraction * 100))

    def on_unmount(self) -> None:
        # the helper process drops a request nobody waits for any more
        from workbench.factors import offload

        offload.cancel()
        gc.unfreeze()

    def action_suggest_now(self) -> None:
        """'s': suggestions now, and a line saying what came of them."""
        self._asked = True
        self.notify(t("wall.suggesting"), timeout=2)
        self.action_suggest()

    @work(thread=True, exclusive=True, group="wall-nlp", exit_on_error=False)
    def action_suggest(self) -> None:
        store = self.store.clone()
        practice, mode = self.practice_id, self.mode
        self._shown_percent = -1
        try:
            found = wall.suggestions(store, practice, mode, progress=self._progress,
                                     elsewhere=True)
        except InterruptedError:
            return
        except Exception as error:  # said on screen, the wall goes on
            self.post_message(self.WorkerFailed(error))
            return
        finally:
            store.close()
        self.post_message(self.SuggestionsReady(practice, mode, found))

    @on(WorkerFailed)
    def _worker_failed(self, message: WorkerFailed) -> None:
        self._show_progress(None)
        error = message.error
        text = (error.message() if isinstance(error, WorkbenchError)
                else t("error.unexpected", reason=f"{type(error).__name__}: {error}"))
        self.notify(text, severity="error")

    @on(SuggestionsReady)
    async def _suggestions_ready(self, message: SuggestionsReady) -> None:
        practice, mode, found = message.practice, message.mode, message.found
        self._show_progress(None)
        if (practice, mode) != (self.practice_id, self.mode) or self.board is None \
                or not self.is_attached:
            return  # the user moved on to another wall meanwhile
        self.suggested = found
        if self._asked:
            self._asked = False
            if not self.board.unsorted.cards:
                self.notify(t("wall.suggestions_none_unsorted"), severity="warning")
            elif not found or not any(found.values()):
                self.notify(t("wall.suggestions_none_factors"), severity="warning")
            else:
                self.notify(tn("wall.suggestions_ready", sum(1 for p in found.values() if p)),
                            timeout=3)
        # update the cards in place: rebuilding the wall would move the user's cursor;
        # a batch at a time, so keys pressed meanwhile are handled between batches
        names = {c.factor_id: c.factor["name"] for c in self.board.columns if c.factor}
        items = list(self.query(CardItem))
        for start in range(0, len(items), SUGGESTION_BATCH):
            if start:
                await asyncio.sleep(0)
            for item in items[start:start + SUGGESTION_BATCH]:
                pairs = found.get(item.card.id)
                item.set_suggestion(f"{names.get(pairs[0][0], '?')} ({pairs[0][1]:.2f})"
                                    if pairs else "")
        self.update_detail()

    @work(thread=True, exclusive=True, group="wall-nlp", exit_on_error=False)
    def action_propose(self) -> None:
        store = self.store.clone()
        practice, mode = self.practice_id, self.mode
        self._shown_percent = -1
        try:
            proposal = wall.propose(store, practice, mode, progress=self._progress,
                                    elsewhere=True)
            names = [wall.group_name(store, practice, terms) for terms, _ in proposal.groups]
        except InterruptedError:
            return
        except Exception as error:  # said on screen, the wall goes on
            self.post_message(self.WorkerFailed(error))
            return
        finally:
            store.close()
        self.post_message(self.ProposalReady(practice, proposal, names))

    @on(ProposalReady)
    def _proposal_ready(self, message: ProposalReady) -> None:
        practice, proposal, names = message.practice, message.proposal, message.names
        self._show_progress(None)
        if practice != self.practice_id or not self.is_attached:
            return
        if not proposal.groups:
            self.notify(t("wall.nothing_unsorted"), severity="warning")
            return
        options = [(str(i), t("wall.proposal_group", name=names[i], n=len(cards),
                               example=shorten(cards[0].text, 50, 1)))
                   for i, (_, cards) in enumerate(proposal.groups)]

        async def chosen(picked: list[str] | None) -> None:
            if not picked:
                return
            groups = [(names[int(i)], proposal.groups[int(i)][1]) for i in picked]
            if await self._core(wall.accept_proposal, self.practice_id, groups):
                self.notify(t("wall.proposal_accepted", n=len(groups)), timeout=3)
                self.action_suggest()

        self.app.push_screen(PickSome(t("wall.proposal_title"), options,
                                      [v for v, _ in options]), chosen)


def make_screen(store: Store) -> Screen:
    return FactorWallScreen(store)
