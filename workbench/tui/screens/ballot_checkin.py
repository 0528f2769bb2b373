"""Both ends of a participant's turn on the shared laptop: checking in, and the thank-you
screen that hands the laptop to the next person (see ``ballot`` for the steps between)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Button, Footer, Header, Input, Select, Static

from workbench import access, ballots, sessions
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.stories import ROLES
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.screens.ballot import BALLOT_CSS, BallotFlow


class CheckInScreen(WorkbenchScreen):
    """Where each participant starts: a pseudonym or nothing (anonymous code), a role."""

    DEFAULT_CSS = BALLOT_CSS + """
    CheckInScreen #checkin { width: 80; height: auto; padding: 1 2; border: round $primary; }
    CheckInScreen { align: center middle; }
    CheckInScreen Input, CheckInScreen Select { margin-bottom: 1; }
    """
    BINDINGS = [Binding("escape", "leave", "key.ballot_leave", id="ballot_leave")]

    def __init__(self, store: Store, session_id: str) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id

    def compose(self) -> ComposeResult:
        session = sessions.get_session(self.store, self.session_id)
        yield Header()
        with Vertical(id="checkin"):
            yield Static(t("ballot.welcome", name=inert(session["name"])),
                         classes="ballot-title", markup=False)
            yield Static(t("ballot.checkin_text"), classes="ballot-hint", markup=False)
            yield Input(placeholder=t("ballot.label_placeholder"), id="label",
                        max_length=sessions.MAX_LABEL)
            yield Select([(t(f"role.{r}"), r) for r in ROLES], prompt=t("ballot.role_prompt"),
                         id="role")
            yield Button(t("ballot.start"), variant="primary", id="start")
            yield Static("", classes="ballot-error", id="checkin-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#label", Input).focus()

    def on_screen_resume(self) -> None:
        # the next participant starts with an empty form
        self.query_one("#label", Input).value = ""
        self.query_one("#role", Select).clear()
        self.query_one("#checkin-error", Static).update("")
        self.query_one("#label", Input).focus()

    @on(Input.Submitted, "#label")
    @on(Button.Pressed, "#start")
    def start(self) -> None:
        label = self.query_one("#label", Input).value
        role = self.query_one("#role", Select).value
        try:
            participant = sessions.check_in(
                self.store, self.session_id, label or None,
                role=role if isinstance(role, str) else "")
            flow = BallotFlow(self.store, self.session_id)
            flow.label = participant["label"]
            flow.ballot_id = ballots.start_ballot(self.store, participant["id"])
        except WorkbenchError as error:
            self.query_one("#checkin-error", Static).update(error.message())
            self.notify(error.message(), severity="error", timeout=4)
            return
        if not label.strip():
            self.notify(t("ballot.your_code", label=participant["label"]), timeout=6)
        self.app.push_screen(flow.screen(0))

    def action_leave(self) -> None:
        if not access.has_pin(self.store):
            self.app.pop_screen()
            return
        from workbench.tui.booth_widgets import PinDialog

        def done(ok: bool | None) -> None:
            if ok:
                self.app.pop_screen()

        self.app.push_screen(PinDialog(self.store, "ballot.pin_text"), done)


class ThanksScreen(WorkbenchScreen):
    """Between two participants: thanks, and pass the laptop on."""

    DEFAULT_CSS = BALLOT_CSS + "ThanksScreen { align: center middle; }"
    BINDINGS = [
        Binding("enter", "next_person", "key.ballot_next_person", id="ballot_next_person"),
        Binding("escape", "next_person", show=False),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(classes="ballot-body"):
            yield Static(t("ballot.thanks"), classes="ballot-title", markup=False)
            yield Static(t("ballot.pass_on"), markup=False)
            yield Button(t("ballot.next_person"), variant="primary", id="next-person")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#next-person", Button).focus()

    @on(Button.Pressed, "#next-person")
    def action_next_person(self) -> None:
        self.app.pop_screen()
