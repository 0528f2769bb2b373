"""Widgets shared by the story booth and interview mode: the autosaving story area, the
"saved" indicator and the facilitator's PIN dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Button, Input, Static, TextArea

from workbench import access, booth, stories
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchModal

# Save this long after typing stops: well inside the promise of "at most 1 s lost".
AUTOSAVE_DELAY = 0.6


class StoryArea(TextArea):
    """A TextArea that saves itself: ``AUTOSAVE_DELAY`` after typing stops, and whenever
    ``flush`` is called (topic change, leaving). Refuses oversized pastes outright and
    makes pasted control characters visible, so nothing can reach the terminal."""

    DEFAULT_CSS = """
    StoryArea { height: 1fr; min-height: 8; border: tall $accent; padding: 1 2; }
    """

    def __init__(self, store: Store, on_saved: Callable[[str | None, str | None], None],
                 **kwargs: object) -> None:
        super().__init__(soft_wrap=True, show_line_numbers=False, **kwargs)  # type: ignore[arg-type]
        self.store = store
        self.on_saved = on_saved  # (time saved, error message)
        self.story_id: str | None = None
        self.topic_id: str | None = None
        self._saved_text = ""
        self._timer: Timer | None = None

    def bind_topic(self, story_id: str, topic_id: str | None, text: str) -> None:
        """Show (and from now on save to) this story's answer for this topic."""
        self.story_id, self.topic_id, self._saved_text = story_id, topic_id, text
        self.load_text(text)
        self.move_cursor(self.document.end)

    def unbind(self) -> None:
        self.story_id = self.topic_id = None
        self._saved_text = ""
        self.load_text("")

    @property
    def dirty(self) -> bool:
        return self.story_id is not None and self.text != self._saved_text

    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        if not self.dirty:
            return
        self.on_saved(None, None)  # "saving in a moment"
        if self._timer is None:
            self._timer = self.set_timer(AUTOSAVE_DELAY, self.flush)
        else:
            self._timer.reset()

    def flush(self) -> bool:
        """Save now if anything changed. False when the save was refused."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if not self.dirty or self.story_id is None:
            return True
        text = self.text
        try:
            stamp = booth.save_part(self.store, self.story_id, self.topic_id, text)
        except WorkbenchError as error:
            self.on_saved(None, error.message())
            return False
        self._saved_text = text
        local = datetime.fromisoformat(stamp).astimezone().strftime("%H:%M:%S")
        self.on_saved(local, None)
        return True

    async def _on_paste(self, event: events.Paste) -> None:
        room = stories.MAX_STORY_CHARS - len(self.text)
        if len(event.text) > room:
            event.stop()
            event.prevent_default()
            self.notify(t("booth.paste_too_long", size=len(event.text)), severity="error")
            return
        cleaned = inert(event.text.replace("\r\n", "\n"))
        if cleaned != event.text:
            event.stop()
            event.prevent_default()
            self.replace(cleaned, *self.selection)
            return
        await super()._on_paste(event)


class SavedIndicator(Static):
    """Shows whether what was typed is safely stored."""

    DEFAULT_CSS = """
    SavedIndicator { height: 1; padding: 0 2; color: $success; text-style: bold; }
    SavedIndicator.pending { color: $warning; }
    SavedIndicator.failed { color: $error; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(t("booth.nothing_yet"), markup=False, **kwargs)  # type: ignore[arg-type]

    def show(self, saved_at: str | None, error: str | None) -> None:
        self.set_class(error is not None, "failed")
        self.set_class(saved_at is None and error is None, "pending")
        if error is not None:
            self.update(t("booth.not_saved", reason=error))
        elif saved_at is None:
            self.update(t("booth.typing"))
        else:
            self.update(t("booth.saved", time=saved_at))

    def reset(self) -> None:
        self.remove_class("failed", "pending")
        self.update(t("booth.nothing_yet"))


class PinDialog(WorkbenchModal):
    """Asks for the facilitator PIN; dismisses True when it is right."""

    DEFAULT_CSS = """
    PinDialog { align: center middle; }
    PinDialog > Vertical { width: 60; height: auto; border: thick $accent; padding: 1 2;
                           background: $surface; }
    PinDialog Input { margin: 1 0; }
    PinDialog #pin-error { color: $error; height: auto; }
    PinDialog Horizontal { height: auto; }
    PinDialog Button { margin-right: 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "key.pin_cancel", id="pin_cancel")]

    def __init__(self, store: Store, text_key: str = "booth.pin.text") -> None:
        super().__init__()
        self.store = store
        self.text_key = text_key  # what the PIN is for, e.g. closing the booth

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("booth.pin.title"), classes="section-title")
            yield Static(t(self.text_key))
            yield Input(password=True, placeholder=t("booth.pin.placeholder"), id="pin")
            yield Static("", id="pin-error")
            with Horizontal():
                yield Button(t("word.ok"), variant="primary", id="pin-ok")
                yield Button(t("word.cancel"), id="pin-cancel")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#pin", Input).focus()

    @on(Input.Submitted)
    @on(Button.Pressed, "#pin-ok")
    def check(self) -> None:
        field = self.query_one("#pin", Input)
        try:
            # require_pin counts wrong PINs and, after five, says how long to wait
            # (it never sleeps, so the screen stays responsive).
            access.require_pin(self.store, field.value)
        except WorkbenchError as denied:
            field.value = ""
            message = t("booth.pin.wrong") if denied.key == "error.wrong_pin" else denied.message()
            self.query_one("#pin-error", Static).update(message)
            return
        self.dismiss(True)

    @on(Button.Pressed, "#pin-cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)

    def vetoes_app_action(self, action: str) -> bool:
        return action in KIOSK_VETOED


# App-wide actions a kiosk must not allow: quitting, the command palette (which can
# quit or open other phases), switching phases or screens, suspending the process.
KIOSK_VETOED = frozenset({
    "quit", "help_quit", "command_palette", "open_phase", "go_home", "switch_language",
    "suspend_process", "pop_screen", "push_screen", "switch_screen", "switch_mode", "back",
    "screenshot", "toggle_dark", "change_theme",
})
