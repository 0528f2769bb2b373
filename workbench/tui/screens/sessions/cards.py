"""Rounds of cards: claims (what is best), concerns (what is hard), issues (ideas)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.sessions import floor as session_floor
from workbench.sessions import model as sessions
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen


class CardsScreen(WorkbenchScreen):
    """Three columns of cards; type a card, choose its round, Enter adds it."""

    DEFAULT_CSS = """
    CardsScreen #columns { height: 1fr; }
    CardsScreen #columns > Vertical { width: 1fr; border: round $primary; margin: 0 1; }
    CardsScreen OptionList { height: 1fr; border: none; }
    CardsScreen #new-card { height: auto; margin: 0 1; }
    CardsScreen #card-text { width: 1fr; }
    CardsScreen #card-kind { width: 30; }
    """
    BINDINGS = [
        Binding("delete", "delete", "key.sessions_delete_card", id="sessions_delete_card"),
        Binding("escape", "app.pop_screen", "key.back", id="back"),
    ]

    def __init__(self, store: Store, session_id: str) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(t("sessions.cards_title"), classes="section-title")
        with Horizontal(id="columns"):
            for kind in sessions.CARD_KINDS:
                with Vertical():
                    yield Static(t(f"sessions.card.{kind}.title"), classes="section-title")
                    yield OptionList(id=f"cards-{kind}")
        with Horizontal(id="new-card"):
            yield Input(placeholder=t("sessions.card_placeholder"), id="card-text",
                        max_length=sessions.MAX_CARD)
            yield Select([(t(f"sessions.card.{k}.title"), k) for k in sessions.CARD_KINDS],
                         allow_blank=False, value="claim", id="card-kind")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.fill()
        self.query_one("#card-text", Input).focus()

    async def language_changed(self) -> None:
        await super().language_changed()
        self.fill()

    def fill(self) -> None:
        for kind in sessions.CARD_KINDS:
            column = self.query_one(f"#cards-{kind}", OptionList)
            column.clear_options()
            column.add_options([Option(Text(inert(c["text"])), id=c["id"])
                                for c in session_floor.cards(self.store, self.session_id, kind)])

    @on(Input.Submitted, "#card-text")
    def add(self, event: Input.Submitted) -> None:
        kind = str(self.query_one("#card-kind", Select).value)
        try:
            session_floor.add_card(self.store, self.session_id, kind, event.value)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        event.input.value = ""
        self.fill()

    def action_delete(self) -> None:
        focused = self.focused
        if not isinstance(focused, OptionList) or focused.highlighted is None:
            return
        option = focused.get_option_at_index(focused.highlighted)
        if option.id:
            try:
                session_floor.delete_card(self.store, option.id)
            except WorkbenchError as error:
                self.notify(error.message(), severity="error")
                return
            self.fill()
