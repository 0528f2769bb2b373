"""The shared-laptop ballot: check in, say per factor how you recognise it, set priorities,
confirm, and hand the laptop on.

Each participant's steps replace one another on the screen stack (``switch_screen``), so
after "confirm" nothing of their ballot is left behind for the next person, and Escape
only ever goes one step back within one's own ballot. Every step is saved when it is left,
so a ballot interrupted halfway is not lost; it counts only once confirmed. Leaving the
check-in screen asks for the facilitator PIN when one is set.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Static, TextArea

from workbench import ballots, sessions
from workbench.ballots import FactorAnswer
from workbench.errors import WorkbenchError
from workbench.i18n import t
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.widgets.ballot_widgets import NA, DotBoard, RankList, ScalePicker

BALLOT_CSS = """
.ballot-body { padding: 1 2; height: 1fr; }
.ballot-title { text-style: bold; color: $accent; margin-bottom: 1; }
.ballot-question { margin: 1 0 0 0; text-style: bold; }
.ballot-hint { color: $text-muted; margin-bottom: 1; }
.ballot-nav { height: auto; margin-top: 1; }
.ballot-nav Button { margin-right: 2; }
.ballot-error { color: $error; height: auto; }
.element-row { height: auto; margin-bottom: 1; }
.ballot-reason { height: 5; }
#additions-list { height: auto; color: $success; }
.priority-panels { height: auto; }
.priority-panels > * { width: 1fr; margin-right: 2; }
"""


class BallotFlow:
    """One participant's way through the ballot; knows the steps and the ballot id."""

    def __init__(self, store: Store, session_id: str) -> None:
        self.store = store
        self.session = sessions.get_session(store, session_id)
        self.factors = sessions.session_factors(store, session_id)
        self.elements = {f["id"]: sessions.factor_elements(store, f["id"])
                         for f in self.factors}
        self.label = ""
        self.ballot_id = ""

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


class BallotStep(WorkbenchScreen):
    """Shared behaviour of the steps: next, previous, and a step counter in the title."""

    DEFAULT_CSS = BALLOT_CSS
    BINDINGS = [
        Binding("ctrl+n", "next", "key.ballot_next", id="ballot_next"),
        Binding("escape", "previous", "key.ballot_previous", id="ballot_previous"),
    ]

    def __init__(self, flow: BallotFlow, step: int) -> None:
        super().__init__()
        self.flow = flow
        self.step = step

    def counter(self) -> str:
        return t("ballot.step", step=self.step + 1, steps=self.flow.steps,
                 label=inert(self.flow.label))

    def nav(self) -> ComposeResult:
        with Horizontal(classes="ballot-nav"):
            yield Button(t("ballot.previous"), id="previous")
            yield Button(t("ballot.next"), variant="primary", id="next")
        yield Static("", classes="ballot-error", id="ballot-error", markup=False)

    def save(self) -> bool:
        """Save this step; False (with the reason shown) when it cannot be left yet."""
        return True

    def show_error(self, message: str) -> None:
        self.query_one("#ballot-error", Static).update(message)
        self.notify(message, severity="error", timeout=4)

    def go(self, step: int) -> None:
        self.app.switch_screen(self.flow.screen(step))

    @on(Button.Pressed, "#next")
    def action_next(self) -> None:
        try:
            if not self.save():
                return
        except WorkbenchError as error:
            self.show_error(error.message())
            return
        self.go(self.step + 1)

    @on(Button.Pressed, "#previous")
    def action_previous(self) -> None:
        try:
            self.save_quietly()
        except WorkbenchError:
            pass  # going back never loses what was saved before
        if self.step == 0:
            from workbench.tui.screens.collect_dialogs import ConfirmDialog

            def answer(stop: bool | None) -> None:
                if stop:
                    ballots.discard(self.flow.store, self.flow.ballot_id)
                    self.app.pop_screen()

            self.app.push_screen(
                ConfirmDialog(t("ballot.stop_title"), t("ballot.stop_question"),
                              t("ballot.stop_yes")), answer)
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
        self.answer = self.collect()
        self.additions = list(self.answer.additions)
        await super().language_changed()
        self.query_one("#factor-score", ScalePicker).focus(scroll_visible=False)

    def compose(self) -> ComposeResult:
        factor = self.factor
        answer = self.answer
        yield Header()
        with VerticalScroll(classes="ballot-body"):
            yield Static(self.counter(), classes="ballot-hint", markup=False)
            yield Static(inert(factor["name"]), classes="ballot-title", markup=False)
            if factor.get("description"):
                yield Static(inert(factor["description"]), markup=False)
            if self.elements:
                lines = "\n".join(f"  • {inert(e['text'])}" for e in self.elements)
                yield Static(t("ballot.elements") + "\n" + lines, markup=False)
            yield Static(t("ballot.recognise_question"), classes="ballot-question", markup=False)
            yield ScalePicker(value=self.picked, id="factor-score")
            if self.flow.session["rate_elements"] and self.elements:
                yield Static(t("ballot.elements_question"), classes="ballot-question", markup=False)
                for i, element in enumerate(self.elements):
                    score = None
                    if answer and element["id"] in answer.elements:
                        score = answer.elements[element["id"]] or NA
                    with Vertical(classes="element-row"):
                        yield ScalePicker(element["text"], score, compact=True,
                                          id=f"element-{i}")
            yield Static(t("ballot.reason_question"), classes="ballot-question", markup=False)
            yield TextArea(answer.reason if answer else "", id="reason",
                           classes="ballot-reason", soft_wrap=True)
            yield Static(t("ballot.add_question"), classes="ballot-question", markup=False)
            yield Input(placeholder=t("ballot.add_placeholder"), id="addition",
                        max_length=ballots.MAX_ADDITION)
            yield Static(self.additions_text(), id="additions-list", markup=False)
            yield from self.nav()
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        # keep the factor's name in view on a small screen: the number keys work anyway
        self.query_one("#factor-score", ScalePicker).focus(scroll_visible=False)

    def additions_text(self) -> str:
        return "\n".join(f"+ {inert(a)}" for a in self.additions)

    @on(Input.Submitted, "#addition")
    def add(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if text:
            self.additions.append(text)
            event.input.value = ""
            self.query_one("#additions-list", Static).update(self.additions_text())

    def collect(self) -> FactorAnswer:
        pending = self.query_one("#addition", Input).value.strip()
        if pending:  # typed but Enter not pressed: keep it anyway
            self.additions.append(pending)
            self.query_one("#addition", Input).value = ""
        element_scores: dict[str, int | None] = {}
        for i, element in enumerate(self.elements):
            found = self.query(f"#element-{i}")
            if found and found.first(ScalePicker).answered:
                element_scores[element["id"]] = found.first(ScalePicker).score
        return FactorAnswer(
            score=self.query_one("#factor-score", ScalePicker).score,
            reason=self.query_one("#reason", TextArea).text,
            elements=element_scores,
            additions=list(self.additions),
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
        yield Header()
        with VerticalScroll(classes="ballot-body"):
            yield Static(self.counter(), classes="ballot-hint", markup=False)
            yield Static(t("ballot.priority_title"), classes="ballot-title", markup=False)
            if method == "both":  # how to get from the dots to the order and back
                yield Static(t("ballot.tab_hint"), classes="ballot-hint", markup=False)
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
            yield from self.nav()
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        target = self.query("DotBoard, RankList")
        if target:
            target.first().focus()

    async def language_changed(self) -> None:
        self.save_quietly()
        self.saved = self.flow.ballot()
        await super().language_changed()

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
        Binding("ctrl+s", "confirm", "key.ballot_confirm", id="ballot_confirm"),
        Binding("escape", "previous", "key.ballot_previous", id="ballot_previous"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(classes="ballot-body"):
            yield Static(self.counter(), classes="ballot-hint", markup=False)
            yield Static(t("ballot.confirm_title"), classes="ballot-title", markup=False)
            yield Static(self.summary(), id="summary")
            yield Static(t("ballot.confirm_hint"), classes="ballot-hint", markup=False)
            with Horizontal(classes="ballot-nav"):
                yield Button(t("ballot.previous"), id="previous")
                yield Button(t("ballot.confirm"), variant="success", id="confirm")
            yield Static("", classes="ballot-error", id="ballot-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#confirm", Button).focus()

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
            self.show_error(error.message())
            return
        from workbench.tui.screens.ballot_checkin import ThanksScreen

        self.app.switch_screen(ThanksScreen())

    def action_next(self) -> None:
        self.action_confirm()


def scale_words(score: Any) -> str:
    from workbench.tally import scale_label

    return scale_label(score) if score is None else f"{score} — {scale_label(score)}"
