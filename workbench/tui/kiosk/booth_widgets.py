"""Widgets shared by the story booth and interview mode: the autosaving story area and the
"saved" indicator. (The facilitator's PIN dialog is ``workbench.tui.dialogs.pin``.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from textual import events, on
from textual.message import Message
from textual.widgets import Static, TextArea

from workbench.collect import booth
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert


class StoryArea(TextArea):
    """A TextArea that saves itself while someone types (see ``booth.SavePolicy``: at least
    once a second during steady typing, half a second after the last key) and whenever
    ``flush`` is called (topic change, leaving). Pastes arrive once, at the cursor, with
    control characters made visible; a paste that would make the story too long is
    refused whole and what was typed stays."""

    DEFAULT_CSS = """
    StoryArea { height: 1fr; min-height: 6; border: tall $accent; padding: 0 1; }
    """

    @dataclass
    class Refused(Message):
        """Something typed or pasted was not taken (the reason is for the person typing)."""

        reason: str

    def __init__(self, store: Store, on_saved: Callable[[str | None, str | None], None],
                 *, clock: Callable[[], float] | None = None, kiosk: bool = False,
                 **kwargs: object) -> None:
        super().__init__(soft_wrap=True, show_line_numbers=False, **kwargs)  # type: ignore[arg-type]
        # In the booth no key may wipe the answer in one stroke: no undo, no select-all.
        self.allow_undo = not kiosk
        self.store = store
        self.on_saved = on_saved  # (time saved, error message)
        self.story_id: str | None = None
        self.topic_id: str | None = None
        self._saved_text = ""
        self.policy = booth.SavePolicy(clock) if clock else booth.SavePolicy()

    def on_mount(self) -> None:
        self.set_interval(booth.SAVE_CHECK, self.tick)

    def bind_topic(self, story_id: str, topic_id: str | None, text: str) -> None:
        """Show (and from now on save to) this story's answer for this topic."""
        self.story_id, self.topic_id, self._saved_text = story_id, topic_id, text
        self.policy.saved()
        self.load_text(text)
        self.move_cursor(self.document.end)

    def unbind(self) -> None:
        self.story_id = self.topic_id = None
        self._saved_text = ""
        self.policy.saved()
        self.load_text("")

    @property
    def dirty(self) -> bool:
        return self.story_id is not None and self.text != self._saved_text

    @on(TextArea.Changed)
    def _typed(self, event: TextArea.Changed) -> None:
        if not self.dirty:
            return
        self.policy.changed()
        self.on_saved(None, None)  # "saving in a moment"

    def action_undo(self) -> None:
        # In the booth Ctrl+Z must not wipe what a parent typed in one stroke.
        if self.allow_undo:
            super().action_undo()

    def action_select_all(self) -> None:
        # F7 would select the whole answer, and the next key would replace all of it.
        if self.allow_undo:
            super().action_select_all()

    def action_select_line(self) -> None:  # F6: the same risk, one line at a time
        if self.allow_undo:
            super().action_select_line()

    def action_redo(self) -> None:
        if self.allow_undo:
            super().action_redo()

    def tick(self) -> None:
        """Save when the policy says it is time (called every ``SAVE_CHECK`` seconds)."""
        if self.policy.due():
            self.flush()

    def flush(self) -> bool:
        """Save now if anything changed. False when the save was refused."""
        if not self.dirty or self.story_id is None:
            self.policy.saved()
            return True
        text = self.text
        try:
            stamp = booth.save_part(self.store, self.story_id, self.topic_id, text)
        except WorkbenchError as error:
            self.policy.saved()  # try again at the next change, not ten times a second
            self.on_saved(None, error.message())
            return False
        self._saved_text = text
        self.policy.saved()
        local = datetime.fromisoformat(stamp).astimezone().strftime("%H:%M:%S")
        self.on_saved(local, None)
        return True

    async def _on_paste(self, event: events.Paste) -> None:
        # Handled here alone: Textual would also run TextArea's own paste handler after
        # this one (it dispatches along the class hierarchy), inserting the text twice.
        event.stop()
        event.prevent_default()
        if self.read_only or self.story_id is None:
            return
        cleaned = inert(event.text.replace("\r\n", "\n").replace("\r", "\n"))
        start, end = sorted(self.selection)
        selected = len(self.get_text_range(start, end))
        room = booth.room_left(self.store, self.story_id, self.topic_id, self.text) + selected
        if len(cleaned) > room:
            self.app.bell()
            self.post_message(self.Refused(t("booth.paste_too_long")))
            return
        result = self.replace(cleaned, start, end)
        self.move_cursor(result.end_location)


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

    def show_kept(self) -> None:
        """This topic's text was saved earlier (going back to it)."""
        self.remove_class("failed", "pending")
        self.update(t("booth.kept"))
