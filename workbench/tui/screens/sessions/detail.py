"""One session, for the facilitator: its settings, who checked in (never what they said),
and the steps: open, take ballots, count hands, cards, reveal, close, results."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Footer, Header, Static

from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.sessions import model as sessions
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.confirm import Confirm
from workbench.tui.screens.sessions.dialogs import session_summary

# which actions make sense in which state
ALLOWED = {
    "open_session": {"draft"},
    "ballot": {"open"},
    "hands": {"open"},
    "cards": {"open"},
    "reveal": {"open"},
    "close": {"open"},
    "results": {"open", "closed"},
}


class SessionDetailScreen(WorkbenchScreen):
    DEFAULT_CSS = """
    SessionDetailScreen #detail { height: 1fr; }
    SessionDetailScreen #detail-info { width: 1fr; padding: 0 2; }
    SessionDetailScreen #detail-people { width: 48; border-left: solid $primary-darken-2; }
    SessionDetailScreen .status-line { margin-top: 1; }
    SessionDetailScreen .warning { color: $warning; text-style: bold; margin-top: 1; }
    SessionDetailScreen DataTable { height: 1fr; }
    """
    BINDINGS = [
        Binding("o", "open_session", "key.sessions_start", id="sessions_start"),
        Binding("b", "ballot", "key.sessions_ballot", id="sessions_ballot"),
        Binding("h", "hands", "key.sessions_hands", id="sessions_hands"),
        Binding("k", "cards", "key.sessions_cards", id="sessions_cards"),
        Binding("r", "reveal", "key.sessions_reveal", id="sessions_reveal"),
        Binding("u", "results", "key.sessions_results", id="sessions_results"),
        Binding("c", "close", "key.sessions_close", id="sessions_close"),
        Binding("escape", "app.pop_screen", "key.back", id="back"),
    ]

    def __init__(self, store: Store, session_id: str) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id

    @property
    def session(self) -> dict:
        return sessions.get_session(self.store, self.session_id)

    def compose(self) -> ComposeResult:
        session = self.session
        yield Header()
        yield Static(inert(session["name"]), classes="section-title", markup=False)
        with Horizontal(id="detail"):
            with Vertical(id="detail-info"):
                yield Static(self.info_text(session), id="detail-text", markup=False)
                yield Static("", id="detail-status", classes="status-line", markup=False)
                yield Static("", id="detail-warning", classes="warning", markup=False)
                yield Static(t(f"sessions.next.{session['state']}"), classes="muted",
                             markup=False, id="detail-next")
            with Vertical(id="detail-people"):
                yield Static(t("sessions.people_title"), classes="section-title")
                yield DataTable(id="people", cursor_type="row", show_cursor=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_info()

    def on_screen_resume(self) -> None:
        self.refresh_info()

    async def language_changed(self) -> None:
        await super().language_changed()
        self.refresh_info()

    def info_text(self, session: dict) -> str:
        factors = sessions.session_factors(self.store, self.session_id)
        lines = [
            t("sessions.detail.practice",
              practice=inert(session["practice_name"] or t("sessions.across_practices")),
              date=inert(session["held_on"] or "-")),
            session_summary(session),
            "",
            t("sessions.detail.factors", n=len(factors)),
            *(f"  {i}. {inert(f['name'])}" for i, f in enumerate(factors, start=1)),
        ]
        return "\n".join(lines)

    def refresh_info(self) -> None:
        session = self.session
        self.query_one("#detail-text", Static).update(self.info_text(session))
        self.query_one("#detail-next", Static).update(t(f"sessions.next.{session['state']}"))
        people = sessions.participants(self.store, self.session_id)
        confirmed = sum(1 for p in people if p["confirmed_at"])
        table = self.query_one("#people", DataTable)
        if not table.columns:
            table.add_columns(t("sessions.col.participant"), t("sessions.col.role"),
                              t("sessions.col.ballot"))
        table.clear()
        for person in people:
            table.add_row(
                Text(inert(person["label"])),
                Text(t(f"role.{person['role']}") if person["role"] else ""),
                Text(t("sessions.ballot_done") if person["confirmed_at"]
                     else t("sessions.ballot_busy")),
            )
        n = max(confirmed, int(session.get("present") or 0))
        status = t("sessions.detail.count", n=confirmed, checked=len(people),
                   quorum=session["quorum"])
        status += "\n" + (t("sessions.detail.revealed") if session["revealed"]
                          else t("sessions.detail.hidden"))
        warning = ""
        if session["state"] != "draft" and n < session["quorum"]:
            warning = t("sessions.below_quorum_note", n=n, quorum=session["quorum"])
        self.query_one("#detail-status", Static).update(status)
        self.query_one("#detail-warning", Static).update(warning)
        self.query_one("#detail-warning", Static).display = bool(warning)
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        allowed = ALLOWED.get(action)
        if allowed is None:
            return True
        session = self.session
        if action == "results":
            return bool(session["revealed"])
        return session["state"] in allowed

    def _guard(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return False
        self.refresh_info()
        return True

    def action_open_session(self) -> None:
        if self._guard(lambda: sessions.open_session(self.store, self.session_id)):
            self.notify(t("sessions.cli.opened", name=inert(self.session["name"])))

    def action_ballot(self) -> None:
        from workbench import access
        from workbench.tui.kiosk.ballot_checkin import CheckInScreen

        if not access.has_pin(self.store):  # a kiosk nobody can lock needs a PIN first
            self.notify(t("error.no_pin_set"), severity="error", timeout=8)
            return
        self.app.push_screen(CheckInScreen(self.store, self.session_id))

    def action_hands(self) -> None:
        from workbench.tui.screens.sessions.hands import HandsScreen

        self.app.push_screen(HandsScreen(self.store, self.session_id))

    def action_cards(self) -> None:
        from workbench.tui.screens.sessions.cards import CardsScreen

        self.app.push_screen(CardsScreen(self.store, self.session_id))

    def action_reveal(self) -> None:
        revealed = not self.session["revealed"]
        if self._guard(lambda: sessions.reveal(self.store, self.session_id, revealed)):
            self.notify(t("sessions.cli.revealed" if revealed else "sessions.cli.hidden",
                          name=inert(self.session["name"])))

    def action_results(self) -> None:
        from workbench.tui.screens.sessions.results import ResultsScreen

        try:
            sessions.require_revealed(self.session)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.app.push_screen(ResultsScreen(self.store, self.session_id))

    def action_close(self) -> None:
        session = self.session
        people = sessions.participants(self.store, self.session_id)
        confirmed = sum(1 for p in people if p["confirmed_at"])
        n = max(confirmed, int(session.get("present") or 0))
        question = [t("sessions.close_question", name=inert(session["name"]))]
        if len(people) > confirmed:
            question.append(t("sessions.report.unconfirmed", n=len(people) - confirmed))
        if n < session["quorum"]:
            question.append(t("sessions.below_quorum_note", n=n, quorum=session["quorum"]))

        def answer(yes: bool | None) -> None:
            if yes and self._guard(lambda: sessions.close_session(self.store, self.session_id)):
                self.notify(t("sessions.cli.closed", name=inert(session["name"]), n=n))

        self.app.push_screen(Confirm("\n\n".join(question), yes=t("sessions.close"),
                                     no=t("sessions.cancel")), answer)
