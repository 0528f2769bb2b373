"""Interview mode: a facilitator or researcher types while someone tells.

``InterviewSetupScreen`` asks who tells (pseudonym, role), who interviews, whether an
interpreter helped, the date and the (verbal) consent; ``TellingScreen`` then guides
through the topics with a checklist of what has been covered, autosaving like the booth.
The facilitator also resumes interrupted booth stories in ``TellingScreen``.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from workbench.collect import booth, identities, topics
from workbench.collect.stories import ROLES
from workbench.errors import WorkbenchError
from workbench.i18n import get_language, t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchModal, WorkbenchScreen
from workbench.tui.kiosk.booth_widgets import SavedIndicator, StoryArea


class InterviewSetupScreen(WorkbenchScreen):
    """Who tells, who listens, and what was consented to."""

    DEFAULT_CSS = """
    InterviewSetupScreen #interview-form { padding: 1 2; }
    InterviewSetupScreen .form-label { padding: 1 0 0 0; height: auto; }
    InterviewSetupScreen Input, InterviewSetupScreen Select { width: 60; }
    InterviewSetupScreen #interview-buttons { height: auto; margin-top: 1; }
    InterviewSetupScreen #interview-buttons Button { margin-right: 2; }
    """
    BINDINGS = [Binding("escape", "app.pop_screen", "key.back", id="back")]

    def __init__(self, store: Store, practice_id: str) -> None:
        super().__init__()
        self.store = store
        self.practice_id = practice_id
        # real name and contact, typed in their own dialog; saved apart from the story
        self.identity = ("", "")

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="interview-form"):
            yield Static(t("interview.title"), classes="section-title")
            yield Static(t("interview.pseudonym"), classes="form-label")
            yield Input(placeholder=t("interview.pseudonym_hint"), id="iv-pseudonym",
                        max_length=40)
            yield Static(t("interview.role"), classes="form-label")
            yield Select([(t(f"collect.role.{r}"), r) for r in ROLES], value="parent",
                         allow_blank=False, id="iv-role")
            yield Static(t("interview.interviewer"), classes="form-label")
            yield Input(id="iv-interviewer", max_length=60)
            yield Static(t("interview.date"), classes="form-label")
            yield Input(date.today().isoformat(), id="iv-date", max_length=10)
            yield Checkbox(t("interview.interpreter"), id="iv-interpreter")
            yield Checkbox(t("interview.consent_store"), id="iv-store")
            yield Checkbox(t("interview.consent_quotes"), id="iv-quotes")
            with Horizontal(id="interview-buttons"):
                yield Button(t("interview.begin"), variant="success", id="interview-begin")
                yield Button(t("identity.button"), id="interview-identity")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#iv-pseudonym", Input).focus()

    async def language_changed(self) -> None:
        # the switch rebuilds the form: carry over what was already filled in
        fields = {f"#{w.id}": w.value for w in self.query("Input, Select, Checkbox")}
        await super().language_changed()
        for selector, value in fields.items():
            self.query_one(selector).value = value  # type: ignore[attr-defined]

    @on(Input.Submitted)
    def next_field(self) -> None:
        self.focus_next()  # Enter goes on through the form, down to the Begin button

    @on(Button.Pressed, "#interview-identity")
    def ask_identity(self) -> None:
        def got(answer: tuple[str, str] | None) -> None:
            if answer is not None:
                self.identity = answer
                button = self.query_one("#interview-identity", Button)
                button.label = t("identity.button_filled") if any(answer) \
                    else t("identity.button")

        self.app.push_screen(IdentityDialog(*self.identity), got)

    @on(Button.Pressed, "#interview-begin")
    def begin(self) -> None:
        recorded_on = self.query_one("#iv-date", Input).value.strip()
        try:
            date.fromisoformat(recorded_on)
        except ValueError:
            self.notify(t("interview.bad_date", value=recorded_on), severity="error")
            return
        try:
            session = booth.start(
                self.store, self.practice_id,
                role=str(self.query_one("#iv-role", Select).value),
                pseudonym=self.query_one("#iv-pseudonym", Input).value,
                consent_store=self.query_one("#iv-store", Checkbox).value,
                consent_quotes=self.query_one("#iv-quotes", Checkbox).value,
                language=get_language(), mode="interview",
                interviewer=self.query_one("#iv-interviewer", Input).value,
                interpreter=self.query_one("#iv-interpreter", Checkbox).value,
                recorded_on=recorded_on,
            )
            # the real name and contact go apart from the story, never into it
            identities.set_identity(self.store, session.storyteller_id, *self.identity)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.app.switch_screen(TellingScreen(self.store, session))


class IdentityDialog(WorkbenchModal[tuple[str, str]]):
    """Real name and contact of the storyteller; dismisses (name, contact) or None."""

    DEFAULT_CSS = """
    IdentityDialog { align: center middle; }
    IdentityDialog > Vertical { width: 70; height: auto; border: thick $accent;
                                padding: 1 2; background: $surface; }
    IdentityDialog .dialog-title { text-style: bold; color: $accent; }
    IdentityDialog Horizontal { height: auto; margin-top: 1; }
    IdentityDialog Button { margin-right: 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "key.back", id="back")]

    def __init__(self, real_name: str = "", contact: str = "") -> None:
        super().__init__()
        self.real_name = real_name
        self.contact = contact

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(t("identity.title"), classes="dialog-title", markup=False)
            yield Static(t("identity.apart"), markup=False)
            yield Static(t("identity.real_name"), classes="form-label", markup=False)
            yield Input(self.real_name, id="id-real-name", max_length=80)
            yield Static(t("identity.contact"), classes="form-label", markup=False)
            yield Input(self.contact, id="id-contact", max_length=120)
            with Horizontal():
                yield Button(t("identity.keep"), variant="primary", id="id-keep")
                yield Button(t("key.pin_cancel"), id="id-cancel")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#id-real-name", Input).focus()

    @on(Input.Submitted, "#id-real-name")
    def to_contact(self) -> None:
        self.query_one("#id-contact", Input).focus()

    @on(Input.Submitted, "#id-contact")
    @on(Button.Pressed, "#id-keep")
    def keep(self) -> None:
        self.dismiss((self.query_one("#id-real-name", Input).value.strip(),
                      self.query_one("#id-contact", Input).value.strip()))

    @on(Button.Pressed, "#id-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class TellingScreen(WorkbenchScreen):
    """The topics with a checklist, one story area, autosave; Escape keeps it unfinished."""

    DEFAULT_CSS = """
    TellingScreen #telling { height: 1fr; }
    TellingScreen #checklist { width: 35%; max-width: 44; border-right: solid $primary-darken-2; }
    TellingScreen #topic-pane { padding: 0 1; }
    TellingScreen #telling-question { color: $text-muted; height: auto; padding-bottom: 1; }
    TellingScreen #telling-buttons { height: auto; }
    TellingScreen #telling-buttons Button { margin-right: 2; }
    """
    BINDINGS = [
        Binding("escape", "leave", "key.telling_leave", id="telling_leave"),
        Binding("ctrl+s", "save", "key.telling_save", id="telling_save"),
        Binding("ctrl+n", "move(1)", "key.telling_next", id="telling_next"),
        Binding("ctrl+b", "move(-1)", "key.telling_previous", id="telling_previous"),
    ]

    def __init__(self, store: Store, session: booth.TellingSession) -> None:
        super().__init__()
        self.store = store
        self.session = session
        if not session.topics:
            session.topics = [{"id": None, "label": t("interview.free_text"), "label_en": "",
                               "question": "", "question_en": ""}]
        self.index = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="telling"):
            with Vertical(id="checklist"):
                yield Static(t("interview.checklist", name=inert(self.session.pseudonym)),
                             classes="section-title", markup=False)
                yield OptionList(id="topic-list")
            with Vertical(id="topic-pane"):
                yield Static("", id="telling-label", classes="section-title", markup=False)
                yield Static("", id="telling-question", markup=False)
                yield StoryArea(self.store, self._saved, id="telling-story")
                yield SavedIndicator(id="telling-saved")
                with Horizontal(id="telling-buttons"):
                    yield Button(t("booth.back"), id="telling-prev")
                    yield Button(t("booth.next"), id="telling-next-button")
                    yield Button(t("interview.finish"), variant="success", id="telling-finish")
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self._fill_checklist()
        self._show()

    async def language_changed(self) -> None:
        # the switch rebuilds the screen: save what was typed first, then rebind the new
        # story area, or the topics vanish and new typing is never saved
        self._remember()
        await super().language_changed()
        self._fill_checklist()
        self._show()

    def _label(self, topic: dict) -> str:
        return topics.localized(topic, "label", get_language()) if topic["id"] else topic["label"]

    def _fill_checklist(self) -> None:
        options = self.query_one("#topic-list", OptionList)
        highlighted = self.index
        options.clear_options()
        for topic in self.session.topics:
            covered = bool(self.session.parts.get(topic["id"], "").strip())
            mark = "✓" if covered else "○"
            options.add_option(Option(Text(f"{mark} {inert(self._label(topic))}"),
                                      id=f"topic-{self.session.topics.index(topic)}"))
        options.highlighted = highlighted

    def _show(self) -> None:
        topic = self.session.topics[self.index]
        self.query_one("#telling-label", Static).update(inert(self._label(topic)))
        question = topics.localized(topic, "question", get_language()) if topic["id"] else ""
        self.query_one("#telling-question", Static).update(inert(question))
        area = self.query_one("#telling-story", StoryArea)
        area.bind_topic(self.session.story_id, topic["id"],
                        self.session.parts.get(topic["id"], ""))
        area.focus()

    def _remember(self) -> bool:
        area = self.query_one("#telling-story", StoryArea)
        if not area.flush():
            return False
        self.session.parts[area.topic_id] = area.text  # type: ignore[index]
        return True

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.session.topics) or not self._remember():
            return
        self.index = index
        self._fill_checklist()
        self._show()

    def action_move(self, step: int) -> None:
        self.go_to(self.index + step)

    def action_save(self) -> None:
        if self._remember():
            self._fill_checklist()

    @on(OptionList.OptionSelected, "#topic-list")
    def topic_chosen(self, event: OptionList.OptionSelected) -> None:
        self.go_to(int((event.option.id or "topic-0").removeprefix("topic-")))

    @on(Button.Pressed, "#telling-prev")
    def previous(self) -> None:
        self.action_move(-1)

    @on(Button.Pressed, "#telling-next-button")
    def next(self) -> None:
        self.action_move(1)

    @on(Button.Pressed, "#telling-finish")
    def finish(self) -> None:
        if not self._remember():
            return
        try:
            booth.finish(self.store, self.session.story_id)
        except WorkbenchError as error:
            self.notify(error.message(), severity="error")
            return
        self.notify(t("interview.finished", name=inert(self.session.pseudonym)))
        self.app.pop_screen()

    def action_leave(self) -> None:
        """Back to the list; the story stays, unfinished, to be resumed later."""
        if not self._remember():
            return  # the message says why; the text stays on screen
        booth.put_away(self.store, self.session.story_id)  # kept to resume, or empty: gone
        self.app.pop_screen()

    def _saved(self, saved_at: str | None, error: str | None) -> None:
        self.query_one("#telling-saved", SavedIndicator).show(saved_at, error)
