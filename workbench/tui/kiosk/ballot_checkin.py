"""Where each participant starts on the shared laptop: a made-up name (or nothing: then
they get a number) and, if they like, who they are. The check-in is a kiosk like the
steps after it (see ``ballot``): Escape, Ctrl+Q and Ctrl+C ask for the facilitator PIN."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Button, Footer, Input, RadioButton, RadioSet, Static

from workbench.collect.stories import ROLES
from workbench.errors import WorkbenchError
from workbench.i18n import get_language, set_language, t
from workbench.sessions import ballots
from workbench.sessions import model as sessions
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.kiosk.ballot import BALLOT_CSS, BallotFlow, BallotKiosk
from workbench.tui.kiosk.lock import KIOSK_BINDINGS


class CheckInScreen(BallotKiosk):
    """The first screen of the ballot kiosk. ``on_leave`` runs after the right PIN (the
    default goes back to the facilitator's screen)."""

    DEFAULT_CSS = BALLOT_CSS + """
    CheckInScreen #checkin { width: 76; height: auto; padding: 0 2; border: round $primary; }
    CheckInScreen { align: center middle; }
    CheckInScreen RadioSet { width: 100%; }
    CheckInScreen #label { margin-top: 1; }
    """
    BINDINGS = [
        *KIOSK_BINDINGS,
        Binding("escape", "kiosk_leave", "key.ballot_leave", id="ballot_leave"),
    ]

    def __init__(self, store: Store, session_id: str, *,
                 on_leave: Callable[[], None] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.on_leave = on_leave
        self.clock = clock
        self.workshop_language = get_language()
        self.leaving_language = get_language()

    def compose(self) -> ComposeResult:
        session = sessions.get_session(self.store, self.session_id)
        with VerticalScroll(id="checkin"):
            yield Static(t("ballot.welcome", name=inert(session["name"])),
                         classes="ballot-title", markup=False)
            yield Static(t("ballot.checkin_text"), classes="ballot-hint", markup=False)
            yield Input(placeholder=t("ballot.label_placeholder"), id="label",
                        max_length=sessions.MAX_LABEL)
            yield Static(t("ballot.role_prompt"), classes="ballot-question", markup=False)
            with RadioSet(id="role"):
                for role in ROLES:
                    yield RadioButton(t(f"booth.role.{role}"), id=f"role-{role}")
                yield RadioButton(t("ballot.role_none"), id="role-none")
            yield Static("", classes="ballot-error", id="checkin-error", markup=False)
            yield Button(t("ballot.start"), variant="success", id="start")
            yield Static(t("ballot.hint.checkin"), classes="ballot-hint", markup=False)
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#label", Input).focus()

    async def language_changed(self) -> None:
        # one participant's switch: keep what they typed and chose
        label = self.query_one("#label", Input).value
        role = self.role()
        await super().language_changed()
        self.query_one("#label", Input).value = label
        if role:
            self.query_one(f"#role-{role}", RadioButton).value = True
        self.query_one("#label", Input).focus()

    async def on_screen_resume(self) -> None:
        # the next participant starts with an empty form, in the workshop's language
        if get_language() != self.workshop_language:
            set_language(self.workshop_language)
        await super().on_screen_resume()
        self.query_one("#label", Input).value = ""
        for button in self.query(RadioButton):
            button.value = False
        self.query_one("#checkin-error", Static).update("")
        self.query_one("#label", Input).focus()
        self.kiosk_screen_changed()

    def on_key(self) -> None:
        self.query_one("#checkin-error", Static).update("")

    def speech_text(self) -> str:
        from workbench import speech

        session = sessions.get_session(self.store, self.session_id)
        return speech.ballot_text("checkin", get_language(), name=session["name"])

    def role(self) -> str:
        pressed = self.query_one("#role", RadioSet).pressed_button
        role = (pressed.id or "").removeprefix("role-") if pressed else ""
        return role if role in ROLES else ""

    @on(RadioSet.Changed)
    def role_chosen(self) -> None:
        self.query_one("#start", Button).focus()

    @on(Input.Submitted, "#label")
    @on(Button.Pressed, "#start")
    def start(self) -> None:
        label = self.query_one("#label", Input).value
        try:
            participant = sessions.check_in(self.store, self.session_id, label or None,
                                            role=self.role())
            flow = BallotFlow(self.store, self.session_id, language=self.workshop_language,
                              clock=self.clock)
            flow.label = participant["label"]
            flow.ballot_id = ballots.start_ballot(self.store, participant["id"])
        except WorkbenchError as error:
            from workbench.tui.kiosk.ballot import participant_message

            message = participant_message(error)
            if error.key == "sessions.error.label_taken":
                message = t("ballot.label_taken")
            self.query_one("#checkin-error", Static).update(message)
            self.app.bell()
            return
        self.app.push_screen(flow.screen(0))
        if not label.strip():
            self.app.screen.notify(t("ballot.your_code", label=participant["label"]),
                                   timeout=10)

    def kiosk_left(self) -> None:
        set_language(self.leaving_language)
        if self.on_leave is not None:
            self.on_leave()
        else:
            self.app.pop_screen()
