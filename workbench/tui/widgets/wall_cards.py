"""Columns and cards of the factor wall.

A ``WallColumn`` is one factor (or the unsorted pile): a title line and a ``ListView`` of
``CardItem``s. Cards are dragged with the mouse: pressing on a card and releasing over
another column posts ``CardDropped``; the screen does the move.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import ListItem, ListView, Static

from workbench.factors.wall import Card, Column
from workbench.i18n import t
from workbench.textsafe import inert

CARD_LINES = 3  # fragment text lines shown on a card; the detail bar shows the rest
# Cards mounted per column at first; the rest come a page at a time when the cursor
# reaches the "more" line. A wall of 2,500 cards as 2,500 widgets takes Textual seconds
# to lay out, and every later frame pays for them again.
PAGE = 20


def shorten(text: str, width: int, lines: int = CARD_LINES) -> str:
    """``text`` cut to about ``lines`` lines of ``width`` characters, with an ellipsis."""
    flat = " ".join(text.split())
    limit = width * lines
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _count(key: str, n: int) -> str:
    """'1 kaart', '2 kaarten': the catalog's ``<key>_one`` for one, ``<key>`` otherwise."""
    return t(f"{key}_one") if n == 1 else t(key, n=n)


@dataclass
class CardDropped(Message):
    """A card was dragged from one column and released over another."""

    card: Card
    from_factor: str | None
    to_factor: str | None


def _key(card: Card) -> tuple[str, str, str]:
    """A card's identity on the wall: the same fragment can sit in a column twice over
    (directly and through a code), so the code it came through is part of it."""
    return (card.kind, card.id, card.via_code)


class CardItem(ListItem):
    """One card: the text (inert), who told it, and the suggested factors."""

    DEFAULT_CSS = """
    CardItem { height: 6; padding: 0 1; margin-bottom: 1; background: $panel; }
    CardItem.-marked { border-left: thick $warning; }
    CardItem.-via { color: $text-muted; }
    """

    def __init__(self, card: Card, suggestion: str = "", marked: bool = False) -> None:
        classes = "-marked" if marked else ""
        if card.via_code:
            classes += " -via"
        super().__init__(classes=classes.strip())
        self.card = card
        self.suggestion = suggestion

    def render(self) -> Text:
        # drawn by the item itself, not by a Static inside it: a wall of 500 cards is then
        # 500 widgets to lay out instead of 1,000, which halves the cost of every move
        return self._text()

    def set_suggestion(self, suggestion: str) -> None:
        if suggestion != self.suggestion:
            self.suggestion = suggestion
            self.refresh(layout=True)

    def _text(self) -> Text:
        card = self.card
        body = Text(inert(shorten(card.text, 30)))
        if card.kind == "code":
            body.stylize("bold")
            body.append("\n" + _count("wall.code_fragments", len(card.texts)), style="italic")
        elif card.detail:
            body.append("\n" + inert(card.detail), style="italic")
        if card.via_code:
            body.append("\n" + t("wall.via_code", code=inert(card.via_code)), style="dim")
        if self.suggestion:
            body.append("\n→ " + inert(self.suggestion), style="bold green")
        return body

    def on_mouse_down(self, event: events.MouseDown) -> None:
        column = self.column
        if column is not None:
            self.screen.dragging = (self.card, column.factor_id)  # type: ignore[attr-defined]

    @property
    def column(self) -> WallColumn | None:
        for ancestor in self.ancestors:
            if isinstance(ancestor, WallColumn):
                return ancestor
        return None


class MoreItem(ListItem):
    """The last line of a long column: "… 140 more cards". Reaching it shows the next page."""

    DEFAULT_CSS = "MoreItem { height: 1; padding: 0 1; color: $text-muted; }"

    def __init__(self, remaining: int) -> None:
        super().__init__()
        self.remaining = remaining

    def render(self) -> str:
        return _count("wall.more_cards", self.remaining)

    def set_remaining(self, remaining: int) -> None:
        self.remaining = remaining
        self.refresh()


class WallColumn(Vertical):
    """A factor's column, or the unsorted pile, with its cards."""

    DEFAULT_CSS = """
    WallColumn { width: 36; height: 1fr; border: round $primary-darken-2; margin-right: 1; }
    WallColumn:focus-within { border: round $accent; }
    WallColumn.-unsorted { border: round $warning-darken-2; }
    WallColumn .column-title { text-style: bold; padding: 0 1; height: auto; }
    WallColumn .column-meta { color: $text-muted; padding: 0 1; height: auto; }
    WallColumn ListView { height: 1fr; background: transparent; }
    """

    def __init__(self, column: Column, *, suggestions: dict[str, str], marked: set[str],
                 common: bool = False, index: int = 0) -> None:
        super().__init__(classes="-unsorted" if column.factor is None else "")
        self.index = index
        self.column = column
        self.suggestions = suggestions
        self.marked = marked
        self.shown = min(len(column.cards), PAGE)  # cards mounted, from the top
        self.common = common

    @property
    def factor_id(self) -> str | None:
        return self.column.factor_id

    def _title(self) -> str:
        factor = self.column.factor
        if factor is None:
            return t("factors.unsorted")
        # ◆ common factor (linked in every practice), ◇ linked to another practice
        mark = "◆ " if self.common else ("◇ " if factor["link_id"] else "")
        return mark + inert(factor["name"])

    def _meta(self) -> str:
        factor = self.column.factor
        meta = _count("wall.cards", len(self.column.cards))
        if factor is not None:
            meta += " · " + t(f"factors.type.{factor['type']}")
            if self.column.loose:  # code view: say the factor is not empty
                meta += " · " + _count("wall.loose_fragments", self.column.loose)
        return meta

    def compose(self) -> ComposeResult:
        # kept as attributes: querying the DOM walks every card, which a move cannot afford
        self._title_static = Static(self._title(), classes="column-title", markup=False)
        self._meta_static = Static(self._meta(), classes="column-meta", markup=False)
        self._list = ListView(*self._items(self.column.cards[: self.shown]),
                              *self._more())
        yield self._title_static
        yield self._meta_static
        yield self._list

    def _items(self, cards: list[Card]) -> list[CardItem]:
        return [CardItem(c, self.suggestions.get(c.id, ""), c.id in self.marked) for c in cards]

    def _more(self) -> list[MoreItem]:
        rest = len(self.column.cards) - self.shown
        return [MoreItem(rest)] if rest > 0 else []

    async def show_more(self) -> None:
        """Mount the next page of cards (the cursor reached the "more" line)."""
        lv = getattr(self, "_list", None)
        if lv is None or self.shown >= len(self.column.cards):
            return
        page = self.column.cards[self.shown: self.shown + PAGE]
        self.shown += len(page)
        await lv.insert(len([i for i in lv.children if isinstance(i, CardItem)]),
                        self._items(page))
        await self._fix_more(lv)

    async def _fix_more(self, lv: ListView) -> None:
        more = [i for i in lv.children if isinstance(i, MoreItem)]
        rest = len(self.column.cards) - self.shown
        if rest > 0 and more:
            more[0].set_remaining(rest)
        elif rest > 0:
            await lv.append(MoreItem(rest))
        elif more:
            await more[0].remove()

    async def on_list_view_highlighted(self, event: ListView.Highlighted) -> None:
        if isinstance(event.item, MoreItem):
            await self.show_more()

    def refresh_header(self) -> None:
        """Redraw the title and the count line (after a rename, a move, a link)."""
        if getattr(self, "_list", None) is None:
            return
        self._title_static.update(self._title())
        self._meta_static.update(self._meta())

    async def sync(self, column: Column, *, suggestions: dict[str, str], marked: set[str],
                   common: bool | None = None) -> None:
        """Make this column show ``column``, touching only the cards that changed.

        A move takes one card out here and puts it in there; rebuilding the whole list
        (or the whole wall) would blank it and cost a frame per hundred cards.
        """
        self.column = column
        self.suggestions, self.marked = suggestions, marked
        if common is not None:
            self.common = common
        lv = getattr(self, "_list", None)
        if lv is None or not lv.is_attached:
            return  # not composed yet: compose will draw ``column``
        items = [i for i in lv.children if isinstance(i, CardItem)]
        # as many cards as were shown (a card that left frees a place for the next one)
        self.shown = min(len(column.cards), max(self.shown, PAGE))
        visible = column.cards[: self.shown]
        want = [_key(c) for c in visible]
        wanted = set(want)
        gone = [n for n, item in enumerate(items) if _key(item.card) not in wanted]
        kept = [item for item in items if _key(item.card) in wanted]
        have = {_key(item.card) for item in kept}
        if [k for k in want if k in have] != [_key(i.card) for i in kept]:
            # the order changed (an undo of several moves): redo this one column
            await lv.clear()
            await lv.extend(self._items(visible))
        else:
            index = lv.index
            if gone:
                await lv.remove_items(gone)
            for position, card in enumerate(visible):
                if _key(card) not in have:
                    await lv.insert(position, self._items([card]))
            for item, card in zip(kept, [c for c in visible if _key(c) in have], strict=True):
                item.card = card
            if index is not None and len(lv.children):
                lv.index = max(0, min(index, len(lv.children) - 1))
        await self._fix_more(lv)
        self.refresh_header()

    @property
    def list_view(self) -> ListView:
        lv = getattr(self, "_list", None)
        return lv if lv is not None else self.query_one(ListView)

    def highlighted(self) -> Card | None:
        lv = getattr(self, "_list", None)
        if lv is None or not lv.is_attached:
            return None  # not composed yet, or being removed during a redraw
        item = lv.highlighted_child
        return item.card if isinstance(item, CardItem) else None

    def on_mouse_up(self, event: events.MouseUp) -> None:
        dragging = getattr(self.screen, "dragging", None)
        self.screen.dragging = None  # type: ignore[attr-defined]
        if dragging is None:
            return
        card, from_factor = dragging
        if from_factor != self.factor_id:
            self.post_message(CardDropped(card, from_factor, self.factor_id))
