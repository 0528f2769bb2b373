"""``workbench ballot SESSION``: the sounding-board ballot alone, full screen, as a kiosk.

The same screens as the ballot inside the workbench (``screens.ballot_checkin`` and
``screens.ballot``); leaving the check-in with the facilitator PIN ends the program.
"""

from __future__ import annotations

from textual.app import App

from workbench.store import Store
from workbench.tui import terminal_input
from workbench.tui.kiosk.booth import ignore_keyboard_signals
from workbench.tui.kiosk.lock import app_vetoes


class BallotApp(App[None]):
    ENABLE_COMMAND_PALETTE = False
    TITLE = "Workbench"

    def __init__(self, store: Store, session_id: str, language: str = "nl") -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.ballot_language = language

    def on_mount(self) -> None:
        from workbench.i18n import set_language
        from workbench.tui.kiosk.ballot_checkin import CheckInScreen

        set_language(self.ballot_language)
        self.push_screen(CheckInScreen(self.store, self.session_id, on_leave=self.exit))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not app_vetoes(self, action)


def make_ballot_app(store: Store, session_id: str, language: str = "nl") -> BallotApp:
    return BallotApp(store, session_id, language=language)


def run_ballot(store: Store, session_id: str, language: str = "nl") -> None:
    """Run the ballot kiosk in this terminal until the facilitator closes it with the PIN."""
    ignore_keyboard_signals()
    terminal_input.install()
    make_ballot_app(store, session_id, language).run()
