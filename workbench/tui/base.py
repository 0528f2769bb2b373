"""Shared behaviour of workbench screens: translated key hints and language switching."""

from __future__ import annotations

from dataclasses import replace

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.message import Message
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

from workbench.i18n import catalog, get_language, t
from workbench.i18n.textual_keys import TEXTUAL_KEY_HINTS


def localize_bindings(node: DOMNode) -> None:
    """Give every binding with an ``id`` its description from the catalog (``key.<id>``),
    on ``node`` and all its descendants.

    Textual keeps descriptions on the Binding objects; swapping them in place lets the
    footer follow a language switch without restarting.
    """
    nodes = [node, *node.query("*")] if getattr(node, "is_attached", True) else [node]
    for each in nodes:
        bindings = each._bindings.key_to_bindings  # noqa: SLF001 - no public API for this
        for key, items in bindings.items():
            bindings[key] = [_localized(b) for b in items]


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


def _localized(binding: Binding) -> Binding:
    key = f"key.{binding.id}" if binding.id else None
    if key and (binding.show or binding.id == "palette" or key in catalog()):
        return replace(binding, description=t(key))  # hidden keys too: '?' lists them
    if binding.id:
        return binding
    for english, hint in TEXTUAL_HINTS.items():
        # matched by Textual's English text or by a translation we gave it earlier
        if binding.description == english or binding.description in catalog().get(hint, ()):
            return replace(binding, description=t(hint))
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


class KeyHoldApp:
    """Mixin for the App: buffers keys while ``held_keys`` is a list."""

    held_keys: list[events.Key] | None = None
    hold_number = 0

    async def on_event(self, event: events.Event) -> None:
        held = self.held_keys
        if isinstance(event, events.Key) and held is not None:
            # Straight from the terminal, or bubbled up unused from the screen below (the
            # app would now run that screen's key binding): keep it for what comes next.
            event.stop()
            held.append(events.Key(event.key, event.character))
            return
        await super().on_event(event)  # type: ignore[misc]

    def push_screen(self, screen, *args, **kwargs):  # type: ignore[no-untyped-def]
        # Keys typed in the same instant as the key that opens a screen belong to that
        # screen: hold them until it is shown and has its focus (see on_screen_resume).
        if isinstance(screen, _WorkbenchScreen) and self.held_keys is None:
            hold_keys(self)  # type: ignore[arg-type]
            screen._releases_keys = True
        return super().push_screen(screen, *args, **kwargs)  # type: ignore[misc]

    async def on_release_keys(self, message: ReleaseKeys) -> None:
        if message.hold != self.hold_number:
            return
        held, self.held_keys = self.held_keys or [], None
        while held:
            await self._replay(held.pop(0))
            if self.held_keys is not None:  # that key is opening a dialog: the rest waits
                self.held_keys[:0] = held
                return

    async def _replay(self, event: events.Key) -> None:
        event.set_sender(self)  # type: ignore[arg-type]
        await super().on_event(event)  # type: ignore[misc]


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


class _WorkbenchScreen(Screen[None]):
    """A screen whose texts come from the catalog and follow the language setting."""

    _shown_language: str | None = None
    _releases_keys = False  # the app holds keys until this screen is shown

    def on_mount(self) -> None:
        self._shown_language = get_language()
        localize_bindings(self)
        self.refresh_bindings()

    async def on_screen_resume(self) -> None:
        if self._releases_keys:
            self._releases_keys = False
            # after the first frame: the screen's own on_mount has set its focus by then
            self.call_after_refresh(release_keys, self.app)
        # The language was switched on a screen above this one: rebuild on return.
        if self._shown_language not in (None, get_language()):
            await self.language_changed()

    async def language_changed(self) -> None:
        """Called by the app after a language switch: rebuild texts and key hints."""
        self._shown_language = get_language()
        await self.recompose()
        localize_bindings(self)
        self.refresh_bindings()


class _WorkbenchModal(ModalScreen):
    """A modal dialog whose key hints follow the language setting."""

    def on_mount(self) -> None:
        localize_bindings(self)
        self.refresh_bindings()
        # after the dialog's own on_mount has given focus: keys typed meanwhile go there
        self.call_after_refresh(release_keys, self.app)

    def dismiss(self, result=None):  # type: ignore[no-untyped-def]
        # A worker waiting for this answer may ask the next question: hold keys till then.
        if _dialog_pending(self.app):
            hold_keys(self.app)
        return super().dismiss(result)


class WorkbenchScreen(_DialogWorkers, _WorkbenchScreen):
    """A screen whose texts come from the catalog and follow the language setting."""


class WorkbenchModal(_DialogWorkers, _WorkbenchModal):
    """A modal dialog whose key hints follow the language setting."""
