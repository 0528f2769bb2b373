"""The shared-laptop ballot: say per factor how you recognise it, set priorities, confirm,
and hand the laptop on (the check-in is in ``ballot_checkin``).

Every screen here is a kiosk (``workbench.tui.kiosk.lock``): from the check-in to the thank-you
no palette, no other screen, no results, no stories; Ctrl+Q and Ctrl+C ask for the
facilitator PIN. Each participant's steps replace one another on the screen stack
(``switch_screen``), so after "confirm" nothing of their ballot is left for the next person,
and Escape only goes one step back within one's own ballot. Every step is saved when it is
left, so a ballot interrupted halfway is not lost; it counts only once confirmed.

Enter always does the main thing: on a factor it goes on to the next step once a number is
chosen; in "Is something missing?" it adds what was typed (which can be taken away again).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, Static

from workbench.collect import booth
from workbench.errors import WorkbenchError
from workbench.i18n import get_language, set_language, t
from workbench.sessions import ballots
from workbench.sessions import model as sessions
from workbench.sessions.ballots import FactorAnswer
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.kiosk.ballot_widgets import NA, DotBoard, RankList, ScalePicker
from workbench.tui.kiosk.lock import KIOSK_BINDINGS, Kiosk

BALLOT_CSS = """
.ballot-body { padding: 0 2; height: 1fr; }
.ballot-title { text-style: bold; color: $accent; }
.ballot-question { margin: 1 0 0 0; text-style: bold; }
.ballot-hint { color: $text-muted; }
.ballot-nav { height: auto; margin-top: 1; }
.ballot-nav Button { margin-right: 2; }
.ballot-error { color: $error; text-style: bold; height: auto; }
.element-row { height: auto; }
.addition-row { height: auto; }
.addition-row Static { width: 1fr; height: auto; color: $success; padding: 1 0 0 0; }
.addition-row Button { min-width: 14; }
.priority-panels { height: auto; }
.priority-panels > * { width: 1fr; margin-right: 2; height: auto; }
"""


class BallotFlow:
    """One participant's way through the ballot; knows the steps and the ballot id."""

    def __init__(self, store: Store, session_id: str, *, language: str = "nl",
                 clock: Callable[[], float] = time.monotonic,
                 on_leave: Callable[[], None] | None = None) -> None:
        self.store = store
        self.session = sessions.get_session(store, session_id)
        self.factors = sessions.session_factors(store, session_id)
        self.elements = {f["id"]: sessions.factor_elements(store, f["id"])
                         for f in self.factors}
        self.label = ""
        self.ballot_id = ""
        self.language = language  # the workshop's: each participant starts in it
        self.clock = clock
        self.on_leave = on_leave

    @property
    def steps(self) -> int:
        """Factor steps, then the priorities, then the confirmation."""
        return len(self.factors) + 2

    def screen(self, step: int) -> Screen:
        if step < len(self.factors):
            return FactorStep(self, step)
        if step == len(self.factors):
            return PriorityStep(self, step)
        return ConfirmStep(self, step)

    def ballot(self) -> ballots.Ballot:
        return ballots.read_ballot(self.store, self.ballot_id)


class BallotKiosk(Kiosk, WorkbenchScreen):
    """A ballot screen: locked, with a participant-only language switch."""

    KIOSK_PIN_TEXT = "ballot.pin_text"

    def kiosk_language_changed(self) -> None:
        self.call_after_refresh(self.language_changed)

    def on_mount(self) -> None:
        super().on_mount()
        self.kiosk_screen_changed()


class BallotStep(BallotKiosk):
    """Shared behaviour of the steps: next, previous, and a step counter at the top."""

    DEFAULT_CSS = BALLOT_CSS
    BINDINGS = [
        *KIOSK_BINDINGS,
        Binding("ctrl+n", "next", "key.ballot_next", id="ballot_next", show=False),
        Binding("escape", "previous", "key.ballot_previous", id="ballot_previous"),
    ]

    def __init__(self, flow: BallotFlow, step: int) -> None:
        super().__init__()
        self.flow = flow
        self.step = step

    def counter(self) -> str:
        done = self.step + 1
        bar = "●" * done + "○" * (self.flow.steps - done)
        counter = t("ballot.step", step=done, steps=self.flow.steps, label=inert(self.flow.label))
        return f"{counter}  {bar}"

    def nav(self, main_label: str | None = None) -> ComposeResult:
        yield Static("", classes="ballot-error", id="ballot-error", markup=False)
        with Horizontal(classes="ballot-nav"):
            yield Button(main_label or t("ballot.next"), variant="success", id="next")
            yield Button(t("ballot.previous"), id="previous")

    def save(self) -> bool:
        """Save this step; False (with the reason shown) when it cannot be left yet."""
        return True

    def show_error(self, message: str) -> None:
        # stays until the next key (see on_key), so a slow reader can read it
        self.query_one("#ballot-error", Static).update(message)
        self.app.bell()

    def on_key(self) -> None:
        errors = self.query("#ballot-error")
        if errors:
            errors.first(Static).update("")

    def go(self, step: int) -> None:
        self.app.switch_screen(self.flow.screen(step))

    def kiosk_left(self) -> None:
        """The facilitator leaves the ballot: what was filled in is kept (unconfirmed, it
        does not count) and the check-in closes too."""
        try:
            self.save_quietly()
        except WorkbenchError:
            pass
        self.app.pop_screen()  # this step
        checkin = self.app.screen
        leave = getattr(checkin, "kiosk_left", None)
        if leave is not None:
            leave()

    @on(Button.Pressed, "#next")
    def action_next(self) -> None:
        try:
            if not self.save():
                return
        except WorkbenchError as error:
            self.show_error(participant_message(error))
            return
        self.go(self.step + 1)

    @on(Button.Pressed, "#previous")
    def action_previous(self) -> None:
        try:
            self.save_quietly()
        except WorkbenchError:
            pass  # going back never loses what was saved before
        if self.step == 0:
            from workbench.tui.dialogs.confirm import Confirm

            def answer(stop: bool | None) -> None:
                if stop:
                    ballots.discard(self.flow.store, self.flow.ballot_id)
                    set_language(self.flow.language)
                    self.app.pop_screen()

            self.app.push_screen(
                Confirm(t("ballot.stop_question"), title=t("ballot.stop_title"),
                        yes=t("ballot.stop_yes"), danger=True), answer)
            return
        self.go(self.step - 1)

    def save_quietly(self) -> None:
        """Keep what was typed when going back, without insisting it is complete."""


class FactorStep(BallotStep):
    """One factor: its elements, how well you recognise it, why, and what you would add."""

    def __init__(self, flow: BallotFlow, step: int) -> None:
        super().__init__(flow, step)
        self.factor = flow.factors[step]
        self.elements = flow.elements[self.factor["id"]]
        self.answer = flow.ballot().answers.get(self.factor["id"])
        self.additions: list[str] = list(self.answer.additions) if self.answer else []
        self.picked: int | None = None if self.answer is None else (self.answer.score or NA)

    async def language_changed(self) -> None:
        # a language switch rebuilds the screen: carry over what was typed, unsaved or not
        self.picked = self.query_one("#factor-score", ScalePicker).value
        self.answer = self.collect(keep_pending=False)
        pending = self.query_one("#addition", Input).value
        await super().language_changed()
        self.query_one("#addition", Input).value = pending
        self.query_one("#factor-score", ScalePicker).focus(scroll_visible=False)

    def compose(self) -> ComposeResult:
        factor = self.factor
        answer = self.answer
        with VerticalScroll(classes="ballot-body"):
            yield Static(self.counter(), classes="ballot-hint", markup=False)
            yield Static(inert(factor["name"]), classes="ballot-title", markup=False)
            if factor.get("description"):
                yield Static(inert(factor["description"]), markup=False)
            if self.elements:
                lines = "\n".join(f"  • {inert(e['text'])}" for e in self.elements)
                yield Static(t("ballot.elements") + "\n" + lines, markup=False)
            yield Static(t("ballot.recognise_question"), classes="ballot-question",
                         markup=False)
            yield ScalePicker(value=self.picked, id="factor-score")
            yield from self.nav()
            yield Static(t("ballot.hint.factor"), classes="ballot-hint", markup=False)
            if self.flow.session["rate_elements"] and self.elements:
                yield Static(t("ballot.elements_question"), classes="ballot-question",
                             markup=False)
                for i, element in enumerate(self.elements):
                    score = None
                    if answer and element["id"] in answer.elements:
                        score = answer.elements[element["id"]] or NA
                    with Vertical(classes="element-row"):
                        yield ScalePicker(element["text"], score, compact=True,
                                          id=f"element-{i}")
            yield Static(t("ballot.reason_question"), classes="ballot-question", markup=False)
            yield Input(answer.reason if answer else "", id="reason",
                        max_length=ballots.MAX_REASON)
            yield Static(t("ballot.add_question"), classes="ballot-question", markup=False)
            yield Input(placeholder=t("ballot.add_placeholder"), id="addition",
                        max_length=ballots.MAX_ADDITION)
            yield Vertical(*self.addition_rows(), id="additions-list")
        yield Footer(show_command_palette=False)

    def speech_text(self) -> str:
        from workbench import speech

        return speech.ballot_factor_text(self.factor, self.elements, get_language())

    def addition_rows(self) -> list[Horizontal]:
        return [Horizontal(Static(f"+ {inert(text)}", markup=False),
                           Button(t("ballot.add_remove"), id=f"remove-{i}"),
                           classes="addition-row")
                for i, text in enumerate(self.additions)]

    def on_mount(self) -> None:
        super().on_mount()
        # keep the factor's name in view on a small screen: the number keys work anyway
        self.query_one("#factor-score", ScalePicker).focus(scroll_visible=False)

    async def _show_additions(self) -> None:
        box = self.query_one("#additions-list", Vertical)
        await box.remove_children()
        await box.mount_all(self.addition_rows())

    @on(ScalePicker.Submitted, "#factor-score")
    def score_submitted(self) -> None:
        self.action_next()

    @on(Input.Submitted, "#reason")
    def reason_submitted(self) -> None:
        self.action_next()

    @on(Input.Submitted, "#addition")
    async def add(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self.action_next()
            return
        self.additions.append(text)
        event.input.value = ""
        await self._show_additions()

    @on(Button.Pressed, ".addition-row Button")
    async def remove_addition(self, event: Button.Pressed) -> None:
        index = int((event.button.id or "remove-0").removeprefix("remove-"))
        if 0 <= index < len(self.additions):
            del self.additions[index]
        await self._show_additions()
        self.query_one("#addition", Input).focus()

    def collect(self, keep_pending: bool = True) -> FactorAnswer:
        additions = list(self.additions)
        pending = self.query_one("#addition", Input).value.strip()
        if keep_pending and ballots.is_addition(pending):
            # typed but Enter not pressed: keep it (it shows on the confirm step, where it
            # can still be taken back); a stray digit or sign is not an addition
            additions.append(pending)
        element_scores: dict[str, int | None] = {}
        for i, element in enumerate(self.elements):
            found = self.query(f"#element-{i}")
            if found and found.first(ScalePicker).answered:
                element_scores[element["id"]] = found.first(ScalePicker).score
        return FactorAnswer(
            score=self.query_one("#factor-score", ScalePicker).score,
            reason=self.query_one("#reason", Input).value,
            elements=element_scores,
            additions=additions,
        )

    def save(self) -> bool:
        if not self.query_one("#factor-score", ScalePicker).answered:
            self.show_error(t("ballot.choose_first"))
            self.query_one("#factor-score", ScalePicker).focus()
            return False
        ballots.answer_factor(self.flow.store, self.flow.ballot_id, self.factor["id"],
                              self.collect())
        return True

    def save_quietly(self) -> None:
        if self.query_one("#factor-score", ScalePicker).answered:
            self.save()


class PriorityStep(BallotStep):
    """Dots within the budget and/or a ranking, depending on the session's method."""

    def __init__(self, flow: BallotFlow, step: int) -> None:
        super().__init__(flow, step)
        self.saved = flow.ballot()

    def compose(self) -> ComposeResult:
        method = self.flow.session["priority_method"]
        pairs = [(f["id"], f["name"]) for f in self.flow.factors]
        with VerticalScroll(classes="ballot-body"):
            yield Static(self.counter(), classes="ballot-hint", markup=False)
            yield Static(t("ballot.priority_title"), classes="ballot-title", markup=False)
            with Horizontal(classes="priority-panels"):
                if method in ("dots", "both"):
                    with Vertical():
                        yield Static(t("ballot.dots_help",
                                       budget=self.flow.session["dot_budget"]),
                                     classes="ballot-hint", markup=False)
                        yield DotBoard(pairs, self.flow.session["dot_budget"],
                                       self.saved.dots, id="dots")
                if method in ("ranking", "both"):
                    with Vertical():
                        yield Static(t("ballot.rank_help"), classes="ballot-hint", markup=False)
                        yield RankList(pairs, self.saved.ranking, id="ranking")
            if method == "both":  # how to get from the dots to the order and back
                yield Static(t("ballot.tab_hint"), classes="ballot-hint", markup=False)
            yield from self.nav()
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        super().on_mount()
        target = self.query("DotBoard, RankList")
        if target:
            target.first().focus()

    async def language_changed(self) -> None:
        self.save_quietly()
        self.saved = self.flow.ballot()
        await super().language_changed()

    def speech_text(self) -> str:
        from workbench import speech

        return speech.ballot_text("priority", get_language(),
                                  budget=self.flow.session["dot_budget"])

    def save(self) -> bool:
        for board in self.query(DotBoard):
            ballots.set_dots(self.flow.store, self.flow.ballot_id, board.dots)
        for rank in self.query(RankList):
            ballots.set_ranking(self.flow.store, self.flow.ballot_id, rank.ranking)
        return True

    def save_quietly(self) -> None:
        self.save()


class ConfirmStep(BallotStep):
    """The participant's own ballot, read back; confirming makes it count."""

    BINDINGS = [
        *KIOSK_BINDINGS,
        Binding("ctrl+s", "confirm", "key.ballot_confirm", id="ballot_confirm", show=False),
        Binding("escape", "previous", "key.ballot_previous", id="ballot_previous"),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="ballot-body"):
            yield Static(self.counter(), classes="ballot-hint", markup=False)
            yield Static(t("ballot.confirm_title"), classes="ballot-title", markup=False)
            yield Static(t("ballot.confirm_hint"), classes="ballot-hint", markup=False)
            yield Static("", classes="ballot-error", id="ballot-error", markup=False)
            with Horizontal(classes="ballot-nav"):
                yield Button(t("ballot.confirm"), variant="success", id="confirm")
                yield Button(t("ballot.previous"), id="previous")
            yield Static(self.summary(), id="summary")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#confirm", Button).focus()

    def speech_text(self) -> str:
        from workbench import speech

        return speech.ballot_text("confirm", get_language())

    def summary(self) -> Text:
        ballot = self.flow.ballot()
        names = {f["id"]: f["name"] for f in self.flow.factors}
        text = Text()
        for factor in self.flow.factors:
            answer = ballot.answers.get(factor["id"])
            text.append(inert(factor["name"]), style="bold")
            if answer is None:
                text.append(f": {t('ballot.skipped')}\n")
                continue
            text.append(f": {scale_words(answer.score)}\n")
            if answer.reason:
                text.append(f"   “{inert(answer.reason)}”\n", style="italic")
            for addition in answer.additions:
                text.append(f"   + {inert(addition)}\n")
        if ballot.dots:
            given = ", ".join(f"{inert(names[f])} ({n})" for f, n in ballot.dots.items())
            text.append(f"\n{t('ballot.your_dots')}: {given}\n")
        if ballot.ranking:
            order = ", ".join(f"{i}. {inert(names[f])}" for i, f in
                              enumerate(ballot.ranking, start=1))
            text.append(f"{t('ballot.your_ranking')}: {order}\n")
        return text

    @on(Button.Pressed, "#confirm")
    def action_confirm(self) -> None:
        try:
            ballots.confirm(self.flow.store, self.flow.ballot_id)
        except WorkbenchError as error:
            self.show_error(participant_message(error))
            return
        self.app.switch_screen(ThanksScreen(self.flow))

    def action_next(self) -> None:
        self.action_confirm()


class ThanksScreen(BallotKiosk):
    """Between two participants: thanks, and pass the laptop on. Goes back to the check-in
    by itself after a while, in the workshop's language."""

    DEFAULT_CSS = BALLOT_CSS + "ThanksScreen { align: center middle; }"
    BINDINGS = [
        *KIOSK_BINDINGS,
        Binding("escape", "next_person", show=False),
    ]

    def __init__(self, flow: BallotFlow) -> None:
        super().__init__()
        self.flow = flow
        self.shown_at = flow.clock()

    def compose(self) -> ComposeResult:
        with Vertical(classes="ballot-body"):
            yield Static(t("ballot.thanks"), classes="ballot-title", markup=False)
            yield Static(t("ballot.pass_on"), markup=False)
            yield Button(t("ballot.next_person"), variant="primary", id="next-person")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#next-person", Button).focus()
        self.set_interval(1.0, self.check_time)

    def speech_text(self) -> str:
        from workbench import speech

        return speech.ballot_text("thanks", get_language())

    def check_time(self) -> None:
        if self.app.screen is self and (
                self.flow.clock() - self.shown_at >= booth.THANKS_SECONDS):
            self.action_next_person()

    def kiosk_left(self) -> None:
        self.action_next_person()
        leave = getattr(self.app.screen, "kiosk_left", None)
        if leave is not None:
            leave()

    @on(Button.Pressed, "#next-person")
    def action_next_person(self) -> None:
        if self.app.screen is not self:
            return
        set_language(self.flow.language)  # the next person starts in the workshop's
        self.app.pop_screen()


def participant_message(error: WorkbenchError) -> str:
    """A member never reads a facilitator's message (or a file path): the ballot's own
    messages pass, anything else becomes "ask the facilitator"."""
    return error.message() if error.key.startswith("ballot.") else t("ballot.problem")


def scale_words(score: Any) -> str:
    if score is None:
        return t("ballot.scale.0")
    return f"{score} — {t(f'ballot.scale.{score}')}"

