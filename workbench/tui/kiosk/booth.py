"""The story booth: a kiosk where parents type their own story, one step per screen.

Welcome → what happens with your story → may we keep it? → may we show parts? → who are
you? → which name? → the topics, one at a time → are you done? → thank you → back to the
welcome for the next parent. Saying no to keeping the story stores nothing (and can be
taken back on the next screen). The booth never loads an earlier story; a story left alone
is put away behind a neutral screen and only the facilitator PIN brings it back. The booth
is left only with the PIN (see ``workbench.tui.kiosk.lock``).

On every step the first button is the main thing and has the focus, so Enter always goes
on; the arrow keys move between buttons; a hint line says what to do in plain words.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, ContentSwitcher, Footer, Input, Static

from workbench import workshop
from workbench.collect import booth, topics
from workbench.collect.stories import ROLES
from workbench.errors import WorkbenchError
from workbench.i18n import get_language, set_language, t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui import terminal_input
from workbench.tui.base import TranslatedBindings
from workbench.tui.dialogs.pin import PinDialog
from workbench.tui.kiosk.booth_widgets import SavedIndicator, StoryArea
from workbench.tui.kiosk.lock import KIOSK_BINDINGS, Kiosk, app_vetoes

# Escape goes one step back on these steps (and to the previous topic on the topics).
BACK_STEPS = {"consent": "welcome", "store": "consent", "quotes": "store", "role": "quotes",
              "name": "role", "refused": "store", "done": "topic"}

# The button (or field) that has the focus when a step opens: always the main thing.
FOCUS = {"welcome": "#start", "consent": "#consent-next", "store": "#store-yes",
         "quotes": "#quotes-yes", "refused": "#refused-ok", "role": "#role-parent",
         "name": "#name-input", "topic": "#story", "done": "#done-yes",
         "empty": "#empty-write", "idle": "#idle-start", "thanks": "#thanks-ok"}

# Steps with nothing of a story on screen: going idle there just starts over.
BEFORE_STORY = ("consent", "store", "quotes", "refused", "role", "name")


class BoothScreen(Kiosk, TranslatedBindings, Screen[None]):
    """The booth flow. ``on_leave`` runs after the facilitator gave the right PIN."""

    DEFAULT_CSS = """
    BoothScreen { background: $surface; }
    BoothScreen .step { padding: 0 2; height: 1fr; }
    BoothScreen.roomy .step { padding: 1 6; }
    BoothScreen .booth-title { text-style: bold; color: $accent; padding: 1 0 0 0;
                               height: auto; }
    BoothScreen .booth-text { padding: 1 0 0 0; height: auto; }
    BoothScreen .booth-small { color: $text-muted; height: 1; }
    BoothScreen .booth-hint { color: $text-muted; height: auto; padding: 1 0 0 0; }
    BoothScreen .booth-message { color: $warning; text-style: bold; height: auto; }
    BoothScreen .booth-buttons { height: auto; padding: 1 0 0 0; }
    BoothScreen Button { min-width: 16; margin-right: 2; text-style: bold; }
    BoothScreen.roomy .booth-buttons Button { height: 5; margin-right: 4; }
    BoothScreen .booth-roles { height: auto; padding: 1 0 0 0; }
    BoothScreen .role-button { width: 36; height: 3; margin: 0; }
    BoothScreen.roomy .role-button { width: 44; margin-bottom: 1; }
    BoothScreen #name-take { width: auto; margin: 1 0 0 0; }
    BoothScreen #name-input { width: 44; margin: 1 0 0 0; }
    BoothScreen.roomy #name-input { width: 60; }
    BoothScreen #topic { padding: 0 2; }
    BoothScreen.roomy #topic { padding: 1 6; }
    BoothScreen #topic .booth-title { padding: 0; }
    BoothScreen #topic .booth-text { padding: 0; }
    BoothScreen #topic .booth-buttons { padding: 0; }
    BoothScreen #topic .booth-buttons Button { min-width: 12; }
    """

    BINDINGS = [
        *KIOSK_BINDINGS,
        Binding("escape", "step_back", "key.booth_back", id="booth_back"),
    ]

    def __init__(self, store: Store, practice_id: str, *, language: str = "nl",
                 on_leave: Callable[[], None] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 idle_seconds: float | None = None) -> None:
        super().__init__()
        self.store = store
        self.practice_id = practice_id
        self.practice_name = next((p["name"] for p in workshop.practices(store)
                                   if p["id"] == practice_id), "")
        self.default_language = language
        self.on_leave = on_leave
        self.clock = clock
        self.idle_seconds = idle_seconds if idle_seconds is not None else (
            booth.idle_seconds(store))
        self.session: booth.TellingSession | None = None
        self.topic_index = 0
        self.quotes = False
        self.role = "parent"
        self.suggested_name = ""
        self.last_activity = clock()
        self.step_shown_at = clock()
        self.paused_story: str | None = None  # put away after walking away
        self.outer_language = "nl"

    # -- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        place = inert(self.practice_name)
        with ContentSwitcher(initial="welcome", id="steps"):
            with Vertical(id="welcome", classes="step"):
                yield Static(t("booth.welcome.title"), classes="booth-title")
                yield Static(t("booth.welcome.text", practice=place), classes="booth-text",
                             markup=False)
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.start"), variant="success", id="start")
                    yield Button(t("booth.other_language"), id="language")
                yield Static(t("booth.hint.enter_start"), classes="booth-hint")
            with VerticalScroll(id="consent", classes="step"):
                yield Static(t("booth.consent.title"), classes="booth-title")
                yield Static(t("booth.consent.text", practice=place), classes="booth-text",
                             markup=False)
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.next"), variant="success", id="consent-next")
                yield Static(t("booth.hint.enter_next"), classes="booth-hint")
            with Vertical(id="store", classes="step"):
                yield Static(t("booth.consent.store"), classes="booth-title")
                yield Static(t("booth.consent.store_help"), classes="booth-text")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.yes"), variant="success", id="store-yes")
                    yield Button(t("booth.no"), variant="error", id="store-no")
                yield Static(t("booth.hint.yes_no"), classes="booth-hint")
            with Vertical(id="quotes", classes="step"):
                yield Static(t("booth.consent.quotes"), classes="booth-title")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.yes"), variant="success", id="quotes-yes")
                    yield Button(t("booth.no"), variant="error", id="quotes-no")
                yield Static(t("booth.hint.yes_no"), classes="booth-hint")
            with Vertical(id="refused", classes="step"):
                yield Static(t("booth.refused.title"), classes="booth-title")
                yield Static(t("booth.refused.text"), classes="booth-text")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.to_start"), variant="primary", id="refused-ok")
                    yield Button(t("booth.refused.undo"), id="refused-undo")
                yield Static(t("booth.hint.arrows"), classes="booth-hint")
            with Vertical(id="role", classes="step"):
                yield Static(t("booth.role.title"), classes="booth-title")
                with Vertical(classes="booth-roles"):
                    for role in ROLES:
                        yield Button(t(f"booth.role.{role}"), id=f"role-{role}",
                                     classes="role-button")
                yield Static(t("booth.hint.role"), classes="booth-hint")
            with Vertical(id="name", classes="step"):
                yield Static("", id="name-role", classes="booth-small", markup=False)
                yield Static(t("booth.name.title"), classes="booth-title")
                yield Static(t("booth.name.text"), classes="booth-text")
                yield Input(placeholder=t("booth.name.placeholder"), id="name-input",
                            max_length=booth.MAX_PSEUDONYM)
                yield Static("", id="name-message", classes="booth-message", markup=False)
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.next"), variant="success", id="name-next")
                    yield Button(t("booth.name.other_role"), id="name-role-change")
                yield Static(t("booth.hint.name"), classes="booth-hint")
            with Vertical(id="topic"):
                yield Static("", id="topic-count", classes="booth-small", markup=False)
                yield Static("", id="topic-label", classes="booth-title", markup=False)
                yield Static("", id="topic-question", classes="booth-text", markup=False)
                yield StoryArea(self.store, self._saved, clock=self.clock, kiosk=True,
                                id="story")
                yield SavedIndicator(id="saved")
                yield Static("", id="topic-message", classes="booth-message", markup=False)
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.next"), variant="success", id="topic-next")
                    yield Button(t("booth.back"), id="topic-back")
                    yield Button(t("booth.done"), variant="primary", id="topic-done")
                yield Static(t("booth.hint.topic"), classes="booth-small")
            with Vertical(id="done", classes="step"):
                yield Static(t("booth.done.title"), classes="booth-title")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.done.yes"), variant="success", id="done-yes")
                    yield Button(t("booth.done.no"), id="done-no")
                yield Static(t("booth.hint.arrows"), classes="booth-hint")
            with Vertical(id="empty", classes="step"):
                yield Static(t("booth.empty.title"), classes="booth-title")
                yield Static(t("booth.empty.text"), classes="booth-text")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.write_more"), variant="success", id="empty-write")
                    yield Button(t("booth.stop_empty"), variant="error", id="empty-stop")
                yield Static(t("booth.hint.arrows"), classes="booth-hint")
            with Vertical(id="idle", classes="step"):
                yield Static(t("booth.idle.title"), classes="booth-title")
                yield Static(t("booth.idle.text"), classes="booth-text")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.to_start"), variant="primary", id="idle-start")
                    yield Button(t("booth.idle.facilitator"), id="idle-continue")
            with Vertical(id="thanks", classes="step"):
                yield Static(t("booth.thanks.title"), classes="booth-title")
                yield Static("", id="thanks-text", classes="booth-text", markup=False)
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.to_start"), variant="primary", id="thanks-ok")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.outer_language = get_language()
        set_language(self.default_language)
        self._localize()
        booth.recover(self.store, booth.stale_after(self.store))
        self.set_interval(1.0, self.check_idle)
        self._fit(self.size.width, self.size.height)
        self.query_one("#start", Button).focus()

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width, event.size.height)

    def _fit(self, width: int, height: int) -> None:
        # More room on a big terminal; at 80x24 every choice must still be on screen.
        self.set_class(width >= 100 and height >= 34, "roomy")

    def _localize(self) -> None:
        self.refresh_bindings()  # the footer shows the hints in the language now chosen

    @property
    def step(self) -> str:
        switcher = self.query("#steps")
        if not switcher:  # between two compositions (a language switch)
            return "welcome"
        return switcher.first(ContentSwitcher).current or "welcome"

    def show(self, step: str) -> None:
        changed = step != self.step or step == "topic"
        self.query_one("#steps", ContentSwitcher).current = step
        self.last_activity = self.step_shown_at = self.clock()
        self.query_one(FOCUS[step]).focus()
        self.refresh_bindings()  # "Escape back" only where there is a step to go back to
        if changed:
            self.kiosk_screen_changed()

    def speech_text(self) -> str:
        from workbench import speech

        step = self.step
        topic = None
        if step == "topic" and self.session is not None and self.session.topics:
            topic = self.session.topics[self.topic_index]
        text = speech.booth_text(step, get_language(), practice=self.practice_name,
                                 topic=topic)
        if step == "thanks":
            text += "\n" + str(self.query_one("#thanks-text", Static).render())
        return text

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step_back" and self.is_mounted:
            return self.step in BACK_STEPS or self.step == "topic"
        return True

    # -- kiosk -----------------------------------------------------------------------

    def kiosk_left(self) -> None:
        self._close_story()
        set_language(self.outer_language)
        if self.on_leave is not None:
            self.on_leave()

    def kiosk_language_changed(self) -> None:
        self.call_after_refresh(self._relabel)

    def on_key(self, event: events.Key) -> None:
        self.last_activity = self.clock()
        self.query_one("#topic-message", Static).update("")
        self.query_one("#name-message", Static).update("")

    def on_paste(self) -> None:
        self.last_activity = self.clock()

    def check_idle(self) -> None:
        """Called every second: put a story away when its teller walked away, and bring
        the thank-you and the neutral screens back to the welcome after a while."""
        if isinstance(self.app.screen, PinDialog) or not self.query("#steps"):
            return
        moment = self.clock()
        step = self.step
        if step in ("thanks", "refused"):
            if moment - self.step_shown_at >= booth.THANKS_SECONDS:
                self.reset()
        elif step == "idle":
            if moment - self.step_shown_at >= booth.IDLE_GRACE:
                self.reset()
        elif step != "welcome":
            idle = moment - self.last_activity
            if idle >= self.idle_seconds:
                self.walk_away()
            elif step == "topic" and idle >= self.idle_seconds * 0.75:
                self.query_one("#topic-message", Static).update(t("booth.idle.warning"))

    def walk_away(self) -> None:
        """Nobody at the keyboard: keep the story as interrupted, hide it, show a neutral
        screen. Going on needs the facilitator PIN."""
        if self.session is None or self.step in BEFORE_STORY:
            self.reset()
            return
        story_id = self.session.story_id
        kept = self._close_story()
        self.paused_story = story_id if kept else None
        self.query_one("#saved", SavedIndicator).reset()
        self.show("idle" if kept else "welcome")

    def _close_story(self) -> bool:
        """Keep what was typed, as an interrupted story the facilitator can resume.
        True when something was kept."""
        area = self.query_one("#story", StoryArea)
        area.flush()
        kept = False
        if self.session is not None:
            kept = booth.put_away(self.store, self.session.story_id)
        self.session = None
        area.unbind()
        return kept

    def reset(self) -> None:
        """Back to the welcome, ready for the next parent, in the booth's language."""
        if self.session is not None:
            self._close_story()
        self.session = None
        self.paused_story = None
        self.topic_index = 0
        self.quotes = False
        self.query_one("#story", StoryArea).unbind()
        self.query_one("#saved", SavedIndicator).reset()
        self.query_one("#name-input", Input).value = ""
        self.query_one("#thanks-text", Static).update("")
        if get_language() != self.default_language:
            set_language(self.default_language)
            self.call_after_refresh(self._relabel)
        self.show("welcome")

    async def _relabel(self) -> None:
        """Rebuild the texts in the new language; stay on the same step with what was
        typed."""
        step = self.step
        if self.session is not None and self.query_one("#story", StoryArea).story_id:
            self._remember()  # the answer is saved and shown again after the rebuild
        name = self.query_one("#name-input", Input).value
        await self.recompose()
        self._localize()
        self.query_one("#name-input", Input).value = name
        if step == "topic" and self.session is not None:
            self._show_topic()
            return
        if step == "name":
            self._show_name()
            return
        if step == "thanks":  # the thank-you's text was for the one who just left
            step = "welcome"
        self.show(step)

    # -- the flow --------------------------------------------------------------------

    def action_step_back(self) -> None:
        if self.step == "topic":
            self._back_from_topic()
        elif self.step == "role" and self.session is not None:
            self._show_topic()  # the role was being put right: the story goes on
        elif self.step in BACK_STEPS:
            self.show(BACK_STEPS[self.step])

    @on(Button.Pressed)
    async def pressed(self, event: Button.Pressed) -> None:
        self.last_activity = self.clock()
        button = event.button.id or ""
        if button == "start":
            self.show("consent")
        elif button == "language":
            self.action_kiosk_language()
        elif button == "consent-next":
            self.show("store")
        elif button == "store-yes":
            self.show("quotes")
        elif button == "store-no":
            self.show("refused")
        elif button == "refused-undo":
            self.show("store")
        elif button in ("quotes-yes", "quotes-no"):
            self.quotes = button == "quotes-yes"
            self.show("role")
        elif button.startswith("role-"):
            self._role_chosen(button.removeprefix("role-"))
        elif button == "name-role-change":
            self.show("role")
        elif button == "name-next":
            self._begin(self.query_one("#name-input", Input).value or self.suggested_name)
        elif button == "topic-back":
            self._back_from_topic()
        elif button == "topic-next":
            if self.session is not None and self.topic_index == len(self.session.topics) - 1:
                self._ask_done()
            else:
                self._move(+1)
        elif button == "topic-done":
            self._ask_done()
        elif button == "done-yes":
            self._finish()
        elif button in ("done-no", "empty-write"):
            self._show_topic()
        elif button == "empty-stop":
            self._stop_empty()
        elif button == "idle-continue":
            self._continue_after_pause()
        elif button in ("refused-ok", "thanks-ok", "idle-start"):
            self.reset()

    def _role_chosen(self, role: str) -> None:
        self.role = role
        if self.session is not None:  # putting a wrong role right, from topic 1
            booth.change_role(self.store, self.session, role)
            self.topic_index = 0
            self._show_topic()
            return
        self.suggested_name = booth.generate_pseudonym(self.store)
        self._show_name()

    def _show_name(self) -> None:
        self.query_one("#name-role", Static).update(
            t("booth.name.your_role", role=t(f"booth.role.{self.role}")))
        self.query_one("#name-input", Input).placeholder = t(
            "booth.name.placeholder_suggested", name=self.suggested_name)
        self.show("name")

    @on(Input.Changed, "#name-input")
    def name_typed(self) -> None:
        self.last_activity = self.clock()
        self.query_one("#name-message", Static).update("")

    @on(Input.Submitted, "#name-input")
    def name_entered(self, event: Input.Submitted) -> None:
        self._begin(event.value or self.suggested_name)

    def _begin(self, pseudonym: str) -> None:
        try:
            self.session = booth.start(
                self.store, self.practice_id, role=self.role, pseudonym=pseudonym,
                consent_store=True, consent_quotes=self.quotes, language=get_language(),
            )
        except WorkbenchError as error:
            message = (t("booth.name.taken") if error.key == "error.pseudonym_taken"
                       else error.message())
            self.query_one("#name-message", Static).update(message)
            self.query_one("#name-input", Input).focus()
            return
        self.topic_index = 0
        self._show_topic()

    def _show_topic(self) -> None:
        assert self.session is not None
        items = self.session.topics
        if not items:  # a topic list without topics for this role: one free text
            items = [{"id": None, "label": "", "question": "", "label_en": "",
                      "question_en": ""}]
            self.session.topics = items
        self.topic_index = min(self.topic_index, len(items) - 1)
        topic = items[self.topic_index]
        language = get_language()
        total = len(items)
        done = self.topic_index + 1
        bar = "●" * done + "○" * (total - done)
        self.query_one("#topic-count", Static).update(
            f"{t('booth.topic.count', n=done, total=total)}  {bar}")
        self.query_one("#topic-label", Static).update(inert(topics.localized(topic, "label",
                                                                             language)))
        self.query_one("#topic-question", Static).update(
            inert(topics.localized(topic, "question", language)))
        area = self.query_one("#story", StoryArea)
        text = self.session.parts.get(topic["id"], "")
        area.bind_topic(self.session.story_id, topic["id"], text)
        indicator = self.query_one("#saved", SavedIndicator)
        if text.strip():
            indicator.show_kept()
        else:
            indicator.reset()
        last = self.topic_index == len(items) - 1
        # The first button is always the main thing: on the last topic that is finishing.
        self.query_one("#topic-next", Button).label = t("booth.done") if last else t(
            "booth.next")
        self.query_one("#topic-done", Button).display = not last
        self.show("topic")

    def _remember(self) -> bool:
        area = self.query_one("#story", StoryArea)
        ok = area.flush()
        if ok and self.session is not None:
            self.session.parts[area.topic_id] = area.text  # type: ignore[index]
        return ok

    def _move(self, step: int) -> None:
        if self.session is None or not self._remember():
            return
        target = self.topic_index + step
        if 0 <= target < len(self.session.topics):
            self.topic_index = target
            self._show_topic()

    def _back_from_topic(self) -> None:
        if self.session is None or not self._remember():
            return
        if self.topic_index == 0:
            self.show("role")  # the role can still be put right
        else:
            self._move(-1)

    def _ask_done(self) -> None:
        if self.session is None or not self._remember():
            return
        self.show("done")

    def _finish(self) -> None:
        if self.session is None or not self._remember():
            return
        try:
            booth.finish(self.store, self.session.story_id)
        except WorkbenchError:
            self.show("empty")
            return
        self.query_one("#thanks-text", Static).update(
            t("booth.thanks.text", name=inert(self.session.pseudonym)))
        self.session = None
        self.query_one("#story", StoryArea).unbind()
        self.query_one("#saved", SavedIndicator).reset()
        self.show("thanks")

    def _stop_empty(self) -> None:
        """Stopped before writing anything. Whether that keeps nothing is the core's call
        (``booth.put_away``): an empty story goes, one with text stays as interrupted."""
        story_id = self.session.story_id if self.session is not None else None
        kept = self._close_story()
        self.paused_story = story_id if kept else None
        self.show("idle" if kept else "refused")

    def _continue_after_pause(self) -> None:
        story_id = self.paused_story

        def answered(ok: bool | None) -> None:
            if not ok or story_id is None:
                return
            try:
                self.session = booth.resume(self.store, story_id)
            except WorkbenchError:
                self.reset()
                return
            self.paused_story = None
            self.topic_index = 0
            self._show_topic()

        self.app.push_screen(PinDialog(self.store, "booth.pin.continue"), answered)

    @on(StoryArea.Refused)
    def refused(self, event: StoryArea.Refused) -> None:
        self.query_one("#topic-message", Static).update(event.reason)

    def _saved(self, saved_at: str | None, error: str | None) -> None:
        if saved_at is None and error is None:  # typing (a save itself is not activity)
            self.last_activity = self.clock()
            self.query_one("#topic-message", Static).update("")
        if error is not None:  # a parent never sees a facilitator's error text
            error = t("booth.save_failed")
        self.query_one("#saved", SavedIndicator).show(saved_at, error)


class BoothApp(App[None]):
    """``workbench booth``: the booth alone, full screen, no way out without the PIN."""

    ENABLE_COMMAND_PALETTE = False
    TITLE = "Workbench"

    def __init__(self, store: Store, practice_id: str, language: str = "nl",
                 idle_seconds: float | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.store = store
        self.practice_id = practice_id
        self.booth_language = language
        self.idle_seconds = idle_seconds
        self.clock = clock

    def on_mount(self) -> None:
        self.push_screen(BoothScreen(self.store, self.practice_id, language=self.booth_language,
                                     on_leave=self.exit, idle_seconds=self.idle_seconds,
                                     clock=self.clock))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not app_vetoes(self, action)


def make_booth_app(store: Store, practice_id: str, language: str | None = None,
                   idle_seconds: float | None = None,
                   clock: Callable[[], float] = time.monotonic) -> BoothApp:
    return BoothApp(store, practice_id, language=language or "nl", idle_seconds=idle_seconds,
                    clock=clock)


def ignore_keyboard_signals() -> None:
    """Signals from the keyboard must not end a kiosk: Textual reads Ctrl+C as a key unless
    this variable asks it to let signals through; the others are ignored outright."""
    os.environ.pop("TEXTUAL_ALLOW_SIGNALS", None)
    for name in ("SIGINT", "SIGQUIT", "SIGTSTP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)


def run_booth(store: Store, practice_id: str, language: str | None = None,
              idle_seconds: float | None = None) -> None:
    """Run the booth in this terminal until the facilitator closes it with the PIN."""
    ignore_keyboard_signals()
    terminal_input.install()
    make_booth_app(store, practice_id, language, idle_seconds).run()
