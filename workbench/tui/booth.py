"""The story booth: a kiosk where parents type their own story, one step per screen.

Welcome (language switch) → what happens with your story → may we keep it? → may we
show parts? → who are you? → which name? → the topics, one at a time → thank you → back
to the welcome for the next parent. Saying no to keeping the story stores nothing. The
booth never loads an earlier story, and it is left only with the facilitator PIN
(Ctrl+Q or Ctrl+C ask for it); the app's own ways out are vetoed while it is open.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, ContentSwitcher, Footer, Input, Static

from workbench import booth, topics, workshop
from workbench.errors import WorkbenchError
from workbench.i18n import get_language, set_language, t
from workbench.store import Store
from workbench.stories import ROLES
from workbench.textsafe import inert
from workbench.tui.base import localize_bindings
from workbench.tui.booth_widgets import KIOSK_VETOED, PinDialog, SavedIndicator, StoryArea

# Escape goes one step back on these steps (and to the previous topic after the first).
BACK_STEPS = {"consent": "welcome", "store": "consent", "quotes": "store", "role": "quotes",
              "name": "role"}

STEPS = ("welcome", "consent", "store", "quotes", "refused", "role", "name", "topic", "empty",
         "idle", "thanks")


class BoothScreen(Screen[None]):
    """The booth flow. ``on_leave`` runs after the facilitator gave the right PIN."""

    # Walking away mid-story must not show the story to the next parent.
    IDLE_SECONDS = 600.0
    IDLE_GRACE_SECONDS = 60.0
    IDLE_CHECK_SECONDS = 5.0

    DEFAULT_CSS = """
    BoothScreen { background: $surface; }
    BoothScreen .step { padding: 1 4; height: 1fr; }
    BoothScreen .booth-title { text-style: bold; color: $accent; padding: 1 0; height: auto; }
    BoothScreen .booth-text { padding: 0 0 1 0; height: auto; }
    BoothScreen .booth-small { color: $text-muted; height: 1; }
    BoothScreen .booth-buttons { height: auto; padding: 1 0; }
    BoothScreen Button { min-width: 18; height: 5; margin-right: 3; text-style: bold; }
    BoothScreen .booth-roles { height: auto; }
    BoothScreen .role-button { width: 40; margin-bottom: 1; height: 3; }
    BoothScreen #name-take { width: auto; height: 3; margin-bottom: 1; }
    BoothScreen #name-input { width: 50; margin-bottom: 1; }
    BoothScreen #topic .booth-buttons Button { height: 3; min-width: 12; margin-right: 2; }
    """

    BINDINGS = [
        Binding("ctrl+q", "leave", "key.booth_leave", id="booth_leave", priority=True),
        Binding("ctrl+c", "leave", show=False, priority=True),
        Binding("escape", "step_back", "key.booth_back", id="booth_back"),
    ]

    def __init__(self, store: Store, practice_id: str, *, language: str = "nl",
                 on_leave: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.store = store
        self.practice_id = practice_id
        self.practice_name = next((p["name"] for p in workshop.practices(store)
                                   if p["id"] == practice_id), "")
        self.default_language = language
        self.on_leave = on_leave
        self.session: booth.TellingSession | None = None
        self.topic_index = 0
        self.quotes = False
        self.role = "parent"
        self.suggested_name = ""
        self.last_activity = time.monotonic()
        self.outer_language = get_language()

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
            with VerticalScroll(id="consent", classes="step"):
                yield Static(t("booth.consent.title"), classes="booth-title")
                yield Static(t("booth.consent.text", practice=place), classes="booth-text",
                             markup=False)
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.next"), variant="success", id="consent-next")
            with Vertical(id="store", classes="step"):
                yield Static(t("booth.consent.store"), classes="booth-title")
                yield Static(t("booth.consent.store_help"), classes="booth-text")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.yes"), variant="success", id="store-yes")
                    yield Button(t("booth.no"), variant="error", id="store-no")
            with Vertical(id="quotes", classes="step"):
                yield Static(t("booth.consent.quotes"), classes="booth-title")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.yes"), variant="success", id="quotes-yes")
                    yield Button(t("booth.no"), variant="error", id="quotes-no")
            with Vertical(id="refused", classes="step"):
                yield Static(t("booth.refused.title"), classes="booth-title")
                yield Static(t("booth.refused.text"), classes="booth-text")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.to_start"), variant="primary", id="refused-ok")
            with Vertical(id="role", classes="step"):
                yield Static(t("booth.role.title"), classes="booth-title")
                with Vertical(classes="booth-roles"):
                    for role in ROLES:
                        yield Button(t(f"booth.role.{role}"), id=f"role-{role}",
                                     classes="role-button")
            with Vertical(id="name", classes="step"):
                yield Static(t("booth.name.title"), classes="booth-title")
                yield Static(t("booth.name.text"), classes="booth-text")
                yield Button("", variant="primary", id="name-take")
                yield Input(placeholder=t("booth.name.placeholder"), id="name-input",
                            max_length=40)
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.next"), variant="success", id="name-next")
            with Vertical(id="topic", classes="step"):
                yield Static("", id="topic-count", classes="booth-small", markup=False)
                yield Static("", id="topic-label", classes="booth-title", markup=False)
                yield Static("", id="topic-question", classes="booth-text", markup=False)
                yield StoryArea(self.store, self._saved, id="story")
                yield SavedIndicator(id="saved")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.back"), id="topic-back")
                    yield Button(t("booth.skip"), id="topic-skip")
                    yield Button(t("booth.next"), variant="success", id="topic-next")
                    yield Button(t("booth.done"), variant="primary", id="topic-done")
            with Vertical(id="empty", classes="step"):
                yield Static(t("booth.empty.title"), classes="booth-title")
                yield Static(t("booth.empty.text"), classes="booth-text")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.write_more"), variant="success", id="empty-write")
                    yield Button(t("booth.stop_empty"), variant="error", id="empty-stop")
            with Vertical(id="idle", classes="step"):
                yield Static(t("booth.idle.title"), classes="booth-title")
                yield Static(t("booth.idle.text"), classes="booth-text")
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.idle.continue"), variant="success", id="idle-continue")
            with Vertical(id="thanks", classes="step"):
                yield Static(t("booth.thanks.title"), classes="booth-title")
                yield Static("", id="thanks-text", classes="booth-text", markup=False)
                with Horizontal(classes="booth-buttons"):
                    yield Button(t("booth.to_start"), variant="primary", id="thanks-ok")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        set_language(self.default_language)
        localize_bindings(self)
        self.refresh_bindings()
        booth.recover(self.store)
        self.set_interval(self.IDLE_CHECK_SECONDS, self._check_idle)
        self.query_one("#start", Button).focus()

    @property
    def step(self) -> str:
        return self.query_one("#steps", ContentSwitcher).current or "welcome"

    def show(self, step: str) -> None:
        self.query_one("#steps", ContentSwitcher).current = step
        self.last_activity = time.monotonic()
        focus = {"welcome": "#start", "consent": "#consent-next", "store": "#store-yes",
                 "quotes": "#quotes-yes", "refused": "#refused-ok", "role": "#role-parent",
                 "name": "#name-input", "topic": "#story", "empty": "#empty-write",
                 "idle": "#idle-continue", "thanks": "#thanks-ok"}[step]
        self.query_one(focus).focus()
        self.refresh_bindings()  # "Escape back" only where there is a step to go back to

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "step_back" and self.is_mounted:
            return self.step in BACK_STEPS or (self.step == "topic" and self.topic_index > 0)
        return True

    # -- kiosk -----------------------------------------------------------------------

    def vetoes_app_action(self, action: str) -> bool:
        return action in KIOSK_VETOED

    def action_leave(self) -> None:
        if isinstance(self.app.screen, PinDialog):
            return

        def answered(ok: bool | None) -> None:
            if ok:
                self._close_story()
                set_language(self.outer_language)
                if self.on_leave is not None:
                    self.on_leave()

        self.app.push_screen(PinDialog(self.store), answered)

    def on_key(self) -> None:
        self.last_activity = time.monotonic()

    def _check_idle(self) -> None:
        idle = time.monotonic() - self.last_activity
        if self.step in ("welcome",) or isinstance(self.app.screen, PinDialog):
            return
        if idle > self.IDLE_SECONDS + self.IDLE_GRACE_SECONDS:
            self._close_story()
            self.reset()
        elif idle > self.IDLE_SECONDS and self.step != "idle":
            self._idle_return = self.step
            self.query_one("#story", StoryArea).flush()
            self.query_one("#steps", ContentSwitcher).current = "idle"
            self.query_one("#idle-continue").focus()
            self.refresh_bindings()

    def _close_story(self) -> None:
        """Keep what was typed, as an interrupted story the facilitator can resume."""
        area = self.query_one("#story", StoryArea)
        area.flush()
        if self.session is not None:
            story = self.store.one("SELECT text FROM stories WHERE id = ?",
                                   [self.session.story_id])
            if story is not None and not story["text"].strip():
                booth.discard(self.store, self.session.story_id)
            elif story is not None:
                booth.interrupt(self.store, self.session.story_id)
        self.session = None
        area.unbind()

    def reset(self) -> None:
        """Back to the welcome, ready for the next parent, in the booth's language."""
        self.session = None
        self.topic_index = 0
        self.quotes = False
        self.query_one("#story", StoryArea).unbind()
        self.query_one("#saved", SavedIndicator).reset()
        self.query_one("#name-input", Input).value = ""
        if get_language() != self.default_language:
            set_language(self.default_language)
            self.call_after_refresh(self._relabel)
        self.show("welcome")

    async def _relabel(self) -> None:
        await self.recompose()
        localize_bindings(self)
        self.refresh_bindings()
        self.query_one("#start", Button).focus()

    # -- the flow --------------------------------------------------------------------

    def action_step_back(self) -> None:
        if self.step == "topic":
            self._move(-1)
        elif self.step in BACK_STEPS:
            self.show(BACK_STEPS[self.step])

    @on(Button.Pressed)
    async def pressed(self, event: Button.Pressed) -> None:
        self.last_activity = time.monotonic()
        button = event.button.id or ""
        if button == "start":
            self.show("consent")
        elif button == "language":
            set_language("en" if get_language() == "nl" else "nl")
            await self._relabel()
        elif button == "consent-next":
            self.show("store")
        elif button == "store-yes":
            self.show("quotes")
        elif button in ("store-no", "empty-stop"):
            if self.session is not None:  # stopped before writing anything: keep nothing
                self.query_one("#story", StoryArea).unbind()
                booth.discard(self.store, self.session.story_id)
                self.session = None
            self.show("refused")
        elif button in ("quotes-yes", "quotes-no"):
            self.quotes = button == "quotes-yes"
            self.show("role")
        elif button.startswith("role-"):
            self.role = button.removeprefix("role-")
            self.suggested_name = booth.generate_pseudonym(self.store)
            self.query_one("#name-take", Button).label = t("booth.name.take",
                                                           name=self.suggested_name)
            self.show("name")
        elif button == "name-take":
            self._begin(self.suggested_name)
        elif button == "name-next":
            self._begin(self.query_one("#name-input", Input).value or self.suggested_name)
        elif button == "topic-back":
            self._move(-1)
        elif button in ("topic-skip", "topic-next"):
            self._move(+1)
        elif button in ("topic-done", "empty-write"):
            if button == "topic-done":
                self._finish()
            else:
                self.show("topic")
        elif button == "idle-continue":
            self.show(getattr(self, "_idle_return", "topic"))
        elif button in ("refused-ok", "thanks-ok"):
            self.reset()

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
            self.notify(error.message(), severity="error")
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
        topic = items[self.topic_index]
        language = get_language()
        self.query_one("#topic-count", Static).update(
            t("booth.topic.count", n=self.topic_index + 1, total=len(items)))
        self.query_one("#topic-label", Static).update(inert(topics.localized(topic, "label",
                                                                             language)))
        self.query_one("#topic-question", Static).update(
            inert(topics.localized(topic, "question", language)))
        area = self.query_one("#story", StoryArea)
        area.bind_topic(self.session.story_id, topic["id"],
                        self.session.parts.get(topic["id"], ""))
        self.query_one("#topic-back", Button).disabled = self.topic_index == 0
        last = self.topic_index == len(items) - 1
        self.query_one("#topic-next", Button).display = not last
        self.query_one("#topic-skip", Button).display = not last
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

    def _saved(self, saved_at: str | None, error: str | None) -> None:
        if saved_at is None and error is None:  # typing (a save itself is not activity)
            self.last_activity = time.monotonic()
        self.query_one("#saved", SavedIndicator).show(saved_at, error)


class BoothApp(App[None]):
    """``workbench booth``: the booth alone, full screen, no way out without the PIN."""

    ENABLE_COMMAND_PALETTE = False
    TITLE = "Verhalenhoek"

    def __init__(self, store: Store, practice_id: str, language: str = "nl") -> None:
        super().__init__()
        self.store = store
        self.practice_id = practice_id
        self.booth_language = language

    def on_mount(self) -> None:
        self.push_screen(BoothScreen(self.store, self.practice_id, language=self.booth_language,
                                     on_leave=self.exit))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        for screen in self.screen_stack:
            veto = getattr(screen, "vetoes_app_action", None)
            if veto is not None and veto(action):
                return False
        return True


def make_booth_app(store: Store, practice_id: str, language: str | None = None) -> BoothApp:
    return BoothApp(store, practice_id, language=language or "nl")


def run_booth(store: Store, practice_id: str, language: str | None = None) -> None:
    """Run the booth in this terminal until the facilitator closes it with the PIN."""
    # Signals from the keyboard must not end the kiosk: Textual reads Ctrl+C as a key
    # unless this variable asks it to let signals through.
    os.environ.pop("TEXTUAL_ALLOW_SIGNALS", None)
    for name in ("SIGINT", "SIGQUIT", "SIGTSTP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    make_booth_app(store, practice_id, language).run()
