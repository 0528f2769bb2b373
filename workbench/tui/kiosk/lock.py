"""The lock shared by the two screens participants use on the facilitator's laptop: the
story booth and the sounding-board ballot.

A kiosk screen mixes in ``Kiosk``. While one is anywhere on the screen stack:

- the app's ways out and around are vetoed (``KIOSK_VETOED``: quit, the command palette,
  other phases, the language setting of the workshop, suspending, screenshots, themes);
- Ctrl+Q and Ctrl+C (and whatever the screen adds, such as Escape on the check-in) ask for
  the facilitator PIN; only the right PIN calls ``kiosk_left``;
- the arrow keys move between the buttons of a row or a list, so a participant who does
  not know Tab can still reach every choice;
- F2 switches the language for this participant only (``kiosk_language``); the workshop's
  own language comes back for the next person.

The app (``WorkbenchApp``, ``BoothApp``, ``BallotApp``) asks ``vetoes_app_action`` of every
screen on its stack in ``check_action``, so a new kiosk screen cannot forget the lock: it
only has to be a ``Kiosk``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button

from workbench.i18n import get_language, set_language, t
from workbench.tui.kiosk.vetoes import KIOSK_VETOED

KIOSK_BINDINGS = [
    Binding("f5", "kiosk_speak", "key.kiosk_speak", id="kiosk_speak"),
    Binding("ctrl+q", "kiosk_leave", "key.kiosk_leave", id="kiosk_leave", priority=True),
    Binding("ctrl+c", "kiosk_leave", show=False, priority=True),
    Binding("f2", "kiosk_language", "key.kiosk_language", id="kiosk_language"),
    Binding("left,up", "kiosk_arrow(-1)", show=False),
    Binding("right,down", "kiosk_arrow(1)", show=False),
]


def app_vetoes(app: App, action: str) -> bool:
    """True when a kiosk screen on ``app``'s stack forbids this app-wide action."""
    for screen in app.screen_stack:
        veto = getattr(screen, "vetoes_app_action", None)
        if veto is not None and veto(action):
            return True
    return False


def in_kiosk(app: App) -> bool:
    return any(isinstance(screen, Kiosk) for screen in app.screen_stack)


def reader(app: App) -> Any:
    """The app's one reader (one sound at a time, whatever screen asks)."""
    found = getattr(app, "speech_reader", None)
    if found is None:
        from workbench.speech import Reader

        found = Reader()
        app.speech_reader = found  # type: ignore[attr-defined]
    return found


@dataclass
class SpeechFailed(Message):
    """The worker could not read aloud (no library, no sound device)."""

    key: str


class Kiosk:
    """Mix into a ``Screen`` that participants use (see the module docstring)."""

    # The text of the PIN question on this kiosk (an i18n key).
    KIOSK_PIN_TEXT = "booth.pin.text"

    def speech_text(self) -> str:
        """What F5 reads aloud here: the screen's question or instruction."""
        return ""

    def action_kiosk_speak(self) -> None:
        """F5: read this screen aloud; F5 again while it speaks stops it."""
        screen = self._screen()
        speaker = reader(screen.app)
        if speaker.speaking:
            speaker.stop()
            return
        self.speak()

    def speak(self) -> None:
        from workbench import speech

        screen = self._screen()
        text = self.speech_text()
        if not text:
            return
        speaker = reader(screen.app)
        config = speech.settings(screen.app.store)  # type: ignore[attr-defined]
        language = get_language()

        def work() -> None:
            try:
                speaker.speak(text, language, config)
            except speech.SpeechUnavailable as error:
                screen.post_message(SpeechFailed(error.key))

        screen.run_worker(work, thread=True, exclusive=True, group="speech",
                          exit_on_error=False)

    def kiosk_screen_changed(self) -> None:
        """A new screen or step: the old sound stops; with automatic reading on, the new
        one is read at once."""
        from workbench import speech

        screen = self._screen()
        if getattr(screen.app, "speech_reader", None) is not None:
            reader(screen.app).stop()
        if speech.settings(screen.app.store).auto:  # type: ignore[attr-defined]
            self.speak()

    def on_speech_failed(self, event: SpeechFailed) -> None:
        screen = self._screen()
        app = screen.app
        if not getattr(app, "speech_failed_once", False):
            app.speech_failed_once = True  # type: ignore[attr-defined]
            screen.notify(t("speech.no_sound"), timeout=8)
        app.speech_unavailable = True  # type: ignore[attr-defined]
        screen.refresh_bindings()

    def vetoes_app_action(self, action: str) -> bool:
        return action in KIOSK_VETOED

    def kiosk_left(self) -> None:
        """The facilitator gave the right PIN: leave the kiosk (each kiosk says how)."""
        raise NotImplementedError

    def kiosk_language_changed(self) -> None:
        """The participant switched language: rebuild texts, keep what was typed."""

    def _screen(self) -> Screen:
        assert isinstance(self, Screen)
        return self

    def action_kiosk_leave(self) -> None:
        from workbench.tui.dialogs.pin import PinDialog

        screen = self._screen()
        app = screen.app
        if isinstance(app.screen, PinDialog):
            return
        from workbench import access  # the PIN's hashing loads when a kiosk first asks

        if not access.has_pin(app.store):  # type: ignore[attr-defined]
            # Kiosks open only when a PIN is set; should it be gone, leaving is allowed.
            self.kiosk_left()
            return

        def answered(ok: bool | None) -> None:
            if ok:
                self.kiosk_left()

        app.push_screen(PinDialog(app.store, self.KIOSK_PIN_TEXT), answered)  # type: ignore[attr-defined]

    def action_kiosk_arrow(self, step: int) -> None:
        focused = self._screen().focused
        if not isinstance(focused, Button) or focused.parent is None:
            return
        row = [b for b in focused.parent.query_children(Button)
               if b.display and not b.disabled and b.can_focus]
        if focused not in row:
            return
        index = row.index(focused) + step
        if 0 <= index < len(row):
            self._screen().set_focus(row[index])  # at once: the next arrow may follow

    def action_kiosk_language(self) -> None:
        set_language("en" if get_language() == "nl" else "nl")
        self.kiosk_language_changed()
