"""Shared behaviour of workbench screens: translated key hints and language switching."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Generic, TypeVar

from textual import events
from textual.app import App
from textual.binding import ActiveBinding, Binding
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

from workbench.i18n import catalog, get_language, t
from workbench.i18n.textual_keys import TEXTUAL_KEY_HINTS


class TranslatedBindings:
    """Mixin for screens: the footer and the '?' key panel show every key hint in the
    user's language.

    Both read ``Screen.active_bindings``; this gives them each binding with its description
    from the catalog (``key.<id>``), looked up at that moment, so a language switch shows
    after ``refresh_bindings()``. The bindings the keys run stay as declared: their
    descriptions are catalog keys (or Textual's English for its own widgets).
    """

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        active = super().active_bindings  # type: ignore[misc]
        language = get_language()
        return {key: ActiveBinding(node, localized(binding, language), enabled, tooltip)
                for key, (node, binding, enabled, tooltip) in active.items()}


# Textual's own key hints (its widgets have no ids for them), by their English text.
TEXTUAL_HINTS = {
    "Dismiss menu": "key.textual_dismiss",
    "Exit the command palette": "key.textual_exit_palette",
    "Quit": "key.quit",
    "Focus Next": "key.textual_focus_next",
    "Focus Previous": "key.textual_focus_previous",
    "Copy selected text": "key.textual_copy",
    "Toggle": "key.textual_toggle",
    **TEXTUAL_KEY_HINTS,  # the rest of Textual's widgets' keys, for the '?' panel
}


@lru_cache(maxsize=2048)
def localized(binding: Binding, language: str) -> Binding:
    """``binding`` with its description in ``language`` (the current one: the cache key)."""
    key = f"key.{binding.id}" if binding.id else TEXTUAL_HINTS.get(binding.description)
    if key and key in catalog():
        return replace(binding, description=t(key))  # hidden keys too: '?' lists them
    return binding


# -- keys typed while a screen or dialog opens ---------------------------------------------
#
# Textual hands each key to whatever has focus *when the app reads it*, and widgets handle
# keys later, in their own queues. Actions that ask something run as workers
# (``@work(group="…-dialog")``) and push their dialog a few ticks later, so keys typed in
# between went to the screen below: the first letters of a name were lost, or ran that
# screen's own keys ("e" of "Nieuw" opened the description dialog).
#
# So while a dialog is on its way, the app holds the keys and replays
# them in order once the dialog (or the screen below) has focus.

HOLD_SAFETY_SECONDS = 2.0  # never hold keys longer than this, whatever went wrong


class ReleaseKeys(Message):
    """Posted to the app: replay the held keys (in the app's own queue, so in order).
    It carries the hold it ends, so a late or doubled release cannot end a newer hold."""

    def __init__(self, hold: int) -> None:
        super().__init__()
        self.hold = hold


def _is_dialog_worker(worker: Worker) -> bool:
    return worker.group.endswith("-dialog")


def _dialog_pending(app: App) -> bool:
    return any(_is_dialog_worker(w) and not w.is_finished for w in app.workers)


def hold_keys(app: App) -> None:
    """Keep the keys that come in from now on until ``release_keys``."""
    if isinstance(app, KeyHoldApp) and app.held_keys is None:
        app.held_keys = []
        app.hold_number += 1
        number = app.hold_number
        app.set_timer(HOLD_SAFETY_SECONDS, lambda: app.post_message(ReleaseKeys(number)))


def release_keys(app: App) -> None:
    if isinstance(app, KeyHoldApp) and app.held_keys is not None:
        app.post_message(ReleaseKeys(app.hold_number))


class HeldKeyHandled(Message):
    """Posted behind a replayed key, to the widget that key went to: it reaches the app
    only after that key has been handled (and bubbled to the app's bindings if unused),
    so the next held key is replayed only then (see ``KeyHoldApp``)."""

    def __init__(self, step: int) -> None:
        super().__init__()
        self.step = step


# A replayed key whose widget is removed meanwhile (Escape closed its screen) takes its
# HeldKeyHandled with it; the replay goes on after this time instead.
HELD_KEY_STEP_SECONDS = 0.25


class KeyHoldApp:
    """Mixin for the App: buffers keys while ``held_keys`` is a list, then replays them one
    at a time, each after the one before has been handled: a Tab replayed together with
    the letters after it would move the focus only after those letters went in."""

    held_keys: list[events.Key] | None = None
    hold_number = 0
    replay_queue: list[events.Key] = []
    replaying: events.Key | None = None  # the replayed key now on its way
    replay_step = 0

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and event is not self.replaying:
            if self.held_keys is not None:
                # Straight from the terminal, or bubbled up unused from the screen below
                # (the app would now run that screen's key binding): keep it for what
                # comes next.
                event.stop()
                self.held_keys.append(events.Key(event.key, event.character))
                return
            if (self.replay_queue or self.replaying is not None) and not event.is_forwarded:
                # typed while held keys are still being replayed: after them, in order
                event.stop()
                self.replay_queue.append(events.Key(event.key, event.character))
                return
        await super().on_event(event)  # type: ignore[misc]

    def push_screen(self, screen, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Keys typed in the same instant as the key that opens a screen belong to that
        # screen: hold them until it is shown and has its focus (see on_screen_resume).
        if isinstance(screen, _WorkbenchScreen) and self.held_keys is None:
            hold_keys(self)  # type: ignore[arg-type]
            screen.release_keys_when_shown = True
        return super().push_screen(screen, *args, **kwargs)  # type: ignore[misc]

    async def on_release_keys(self, message: ReleaseKeys) -> None:
        if message.hold != self.hold_number:
            return
        held, self.held_keys = self.held_keys or [], None
        self.replay_queue = [*held, *self.replay_queue]
        if self.replaying is None:
            await self._replay_next()

    async def on_held_key_handled(self, message: HeldKeyHandled) -> None:
        message.stop()
        if message.step == self.replay_step:
            await self._replay_next()

    async def _replay_next(self) -> None:
        self.replaying = None
        if self.held_keys is not None:  # the last key is opening a dialog: the rest waits
            self.held_keys[:0] = self.replay_queue
            self.replay_queue = []
            return
        if not self.replay_queue:
            return
        event = self.replay_queue.pop(0)
        self.replay_step += 1
        step = self.replay_step
        self.replaying = event
        event.set_sender(self)  # type: ignore[arg-type]
        await super().on_event(event)  # type: ignore[misc]
        target = self.focused or self.screen  # type: ignore[attr-defined]
        target.post_message(HeldKeyHandled(step))
        self.set_timer(  # type: ignore[attr-defined]
            HELD_KEY_STEP_SECONDS, lambda: self.post_message(HeldKeyHandled(step)))  # type: ignore[attr-defined]


class _DialogWorkers:
    """Screens and dialogs: hold keys from the moment a dialog worker starts until its
    dialog shows or it ends."""

    def run_worker(self, work, *args, **kwargs):  # type: ignore[no-untyped-def]
        worker = super().run_worker(work, *args, **kwargs)  # type: ignore[misc]
        if _is_dialog_worker(worker):
            hold_keys(self.app)  # type: ignore[attr-defined]
        return worker

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if _is_dialog_worker(event.worker) and event.state in (
                WorkerState.SUCCESS, WorkerState.ERROR, WorkerState.CANCELLED):
            release_keys(self.app)  # type: ignore[attr-defined]


class _WorkbenchScreen(TranslatedBindings, Screen[None]):
    """A screen whose texts come from the catalog and follow the language setting."""

    _shown_language: str | None = None
    release_keys_when_shown = False  # the app holds keys until this screen is shown

    def on_mount(self) -> None:
        self._shown_language = get_language()
        self.refresh_bindings()

    async def on_screen_resume(self) -> None:
        if self.release_keys_when_shown:
            self.release_keys_when_shown = False
            # after the first frame: the screen's own on_mount has set its focus by then
            self.call_after_refresh(release_keys, self.app)
        # The language was switched on a screen above this one: rebuild on return.
        if self._shown_language not in (None, get_language()):
            await self.language_changed()

    async def language_changed(self) -> None:
        """Called by the app after a language switch: rebuild texts and key hints."""
        self._shown_language = get_language()
        await self.recompose()
        self.refresh_bindings()


ResultType = TypeVar("ResultType")


class _WorkbenchModal(TranslatedBindings, ModalScreen[ResultType]):
    """A modal dialog whose key hints follow the language setting; it dismisses with a
    ``ResultType`` (or None: cancelled)."""

    def on_mount(self) -> None:
        self.refresh_bindings()
        # after the dialog's own on_mount has given focus: keys typed meanwhile go there
        self.call_after_refresh(release_keys, self.app)

    def dismiss(self, result: ResultType | None = None):  # type: ignore[no-untyped-def, override]
        # A worker waiting for this answer may ask the next question: hold keys till then.
        if _dialog_pending(self.app):
            hold_keys(self.app)
        return super().dismiss(result)


class WorkbenchScreen(_DialogWorkers, _WorkbenchScreen):
    """A screen whose texts come from the catalog and follow the language setting."""


class WorkbenchModal(_DialogWorkers, _WorkbenchModal[ResultType], Generic[ResultType]):
    """A modal dialog whose key hints follow the language setting: ``WorkbenchModal[T]``
    dismisses with a ``T`` (or None when cancelled)."""
