"""Facilitator entry of a show of hands: how many hands went up per factor."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.widgets import Button, Footer, Header, Input, Static

from workbench.errors import InvalidInput, WorkbenchError
from workbench.i18n import t
from workbench.sessions import floor as session_floor
from workbench.sessions import model as sessions
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen


class HandsScreen(WorkbenchScreen):
    """A row per factor: hands for "most important" and hands for "I recognise this"."""

    DEFAULT_CSS = """
    HandsScreen #hands { padding: 0 2; }
    HandsScreen Grid { grid-size: 3; grid-columns: 1fr 18 18; grid-rows: 3; height: auto; }
    HandsScreen Grid > Static { padding: 1 0 0 0; }
    HandsScreen #present-row { grid-size: 3; }
    HandsScreen Button { margin-top: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", "key.sessions_save", id="sessions_save", priority=True),
        Binding("escape", "app.pop_screen", "key.back", id="back"),
    ]

    def __init__(self, store: Store, session_id: str) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.factors = sessions.session_factors(store, session_id)

    def compose(self) -> ComposeResult:
        session = sessions.get_session(self.store, self.session_id)
        priority = session_floor.hand_counts(self.store, self.session_id, "priority")
        recognition = session_floor.hand_counts(self.store, self.session_id, "recognition")
        yield Header()
        with VerticalScroll(id="hands"):
            yield Static(t("sessions.hands_title"), classes="section-title")
            yield Static(t("sessions.hands_hint"), classes="muted")
            with Grid():
                yield Static(t("sessions.col.factor"), markup=False)
                yield Static(t("sessions.col.hands_priority"), markup=False)
                yield Static(t("sessions.col.hands_recognition"), markup=False)
                for i, factor in enumerate(self.factors):
                    yield Static(inert(factor["name"]), markup=False)
                    yield Input(str(priority.get(factor["id"], "")), type="integer",
                                id=f"priority-{i}")
                    yield Input(str(recognition.get(factor["id"], "")), type="integer",
                                id=f"recognition-{i}")
                yield Static(t("sessions.present_label"), markup=False)
                yield Input(str(session.get("present") or ""), type="integer", id="present")
            yield Button(t("sessions.save"), variant="primary", id="save")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        if self.factors:
            self.query_one("#priority-0", Input).focus()

    def counts(self, kind: str) -> dict[str, int]:
        found = {}
        for i, factor in enumerate(self.factors):
            value = self.query_one(f"#{kind}-{i}", Input).value.strip()
            if value:
                number = int(value)
                if number < 0:
                    raise InvalidInput("sessions.error.bad_count")
                found[factor["id"]] = number
        return found

    @on(Button.Pressed, "#save")
    @on(Input.Submitted)
    def action_save(self) -> None:
        try:
            priority = self.counts("priority")
            recognition = self.counts("recognition")
            present = self.query_one("#present", Input).value.strip()
            with self.store.transaction():
                session_floor.set_hand_counts(self.store, self.session_id, priority, "priority")
                session_floor.set_hand_counts(self.store, self.session_id, recognition,
                                         "recognition")
                if present:
                    sessions.update_session(self.store, self.session_id, present=int(present))
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        except ValueError:
            self.notify(t("sessions.error.bad_count"), severity="error")
            return
        self.notify(t("sessions.hands_saved"))
