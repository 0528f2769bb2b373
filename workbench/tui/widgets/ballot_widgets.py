"""Keyboard widgets of the ballot: a recognition scale, a dot board and a ranking list.

Each is one focusable widget driven by a few keys (and the mouse), so a participant who
rarely uses a computer needs only the arrows, the number keys and Enter.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from workbench import tally
from workbench.i18n import t
from workbench.textsafe import inert

NA = 0  # the position of "not applicable" on the scale picker


class ScalePicker(Widget, can_focus=True):
    """Recognition 1-5 or "not applicable". Keys 1-5, 0 for n/a, or left/right."""

    DEFAULT_CSS = """
    ScalePicker { height: auto; padding: 0 1; }
    ScalePicker:focus { background: $boost; }
    """
    BINDINGS = [
        Binding("left", "move(-1)", show=False),
        Binding("right", "move(1)", show=False),
        *(Binding(str(s), f"pick({s})", show=False) for s in tally.SCALE),
        Binding("0", f"pick({NA})", show=False),
        Binding("enter", "app.focus_next", show=False),
    ]
    # None = nothing chosen yet; 0 = not applicable; 1..5 = the score
    value: reactive[int | None] = reactive(None)

    @dataclass
    class Changed(Message):
        picker: ScalePicker
        value: int | None

    def __init__(self, label: str = "", value: int | None = None, *, compact: bool = False,
                 id: str | None = None) -> None:  # noqa: A002 - Textual's own name
        super().__init__(id=id)
        self.label = label
        self.compact = compact
        self.set_reactive(ScalePicker.value, value)

    @property
    def score(self) -> int | None:
        """The score to store: 1-5, or None for not applicable (and for nothing chosen)."""
        return None if not self.value else self.value

    @property
    def answered(self) -> bool:
        return self.value is not None

    def render(self) -> Text:
        text = Text()
        if self.label:
            text.append(inert(self.label) + "\n", style="bold")
        choices = [*tally.SCALE, NA]
        for choice in choices:
            chosen = self.value == choice
            mark = "●" if chosen else "○"
            key = str(choice)
            words = "" if self.compact else " " + tally.scale_label(choice or None)
            if self.compact and choice == NA:
                words = " " + t("ballot.na_short")
            text.append(f"{mark} {key}{words}", style="reverse bold" if chosen else "")
            text.append("   " if self.compact else "\n")
        text.rstrip()
        return text

    def action_pick(self, value: int) -> None:
        self.value = value
        self.post_message(self.Changed(self, self.score if value else None))

    def action_move(self, step: int) -> None:
        order = [*tally.SCALE, NA]
        current = order.index(self.value) if self.value in order else (-1 if step > 0 else 0)
        self.action_pick(order[(current + step) % len(order)])

    def on_click(self, event: Click) -> None:
        # one line per choice when not compact: the clicked line is the choice
        offset = event.get_content_offset(self)
        if offset is not None and not self.compact:
            line = offset.y - (1 if self.label else 0)
            order = [*tally.SCALE, NA]
            if 0 <= line < len(order):
                self.action_pick(order[line])


class DotBoard(Widget, can_focus=True):
    """Spread a budget of dots: up/down chooses a factor, right or + adds, left or - takes."""

    DEFAULT_CSS = """
    DotBoard { height: auto; padding: 0 1; border: round $primary; }
    DotBoard:focus { border: double $accent; }
    """
    BINDINGS = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("right,plus,equals_sign,space", "add(1)", show=False),
        Binding("left,minus", "add(-1)", show=False),
    ]
    cursor: reactive[int] = reactive(0)

    def __init__(self, factors: list[tuple[str, str]], budget: int,
                 dots: dict[str, int] | None = None, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.factors = factors  # (id, name)
        self.budget = budget
        self.dots: dict[str, int] = {f: (dots or {}).get(f, 0) for f, _ in factors}

    @property
    def left(self) -> int:
        return self.budget - sum(self.dots.values())

    def render(self) -> Text:
        text = Text()
        text.append(t("ballot.dots_left", left=self.left, budget=self.budget) + "\n",
                    style="bold")
        for i, (factor_id, name) in enumerate(self.factors):
            here = i == self.cursor
            count = self.dots[factor_id]
            line = f"{'▶' if here else ' '} {'●' * count:<{self.budget}} {inert(name)}"
            text.append(line + "\n", style="reverse" if here and self.has_focus else "")
        text.rstrip()
        return text

    def action_cursor(self, step: int) -> None:
        self.cursor = (self.cursor + step) % len(self.factors)

    def action_add(self, step: int) -> None:
        factor_id = self.factors[self.cursor][0]
        if step > 0 and self.left <= 0:
            self.app.bell()
            self.notify(t("ballot.no_dots_left"), timeout=3)
            return
        self.dots[factor_id] = max(0, self.dots[factor_id] + step)
        self.refresh()

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        row = -1 if offset is None else offset.y - 1
        if 0 <= row < len(self.factors):
            self.cursor = row
            self.action_add(1)

    def watch_cursor(self) -> None:
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()


class RankList(Widget, can_focus=True):
    """Order factors by importance. Enter puts the chosen factor in (or takes it out of)
    the ranking; Shift+up/down (or [ and ]) moves it. Unranked factors simply score 0."""

    DEFAULT_CSS = """
    RankList { height: auto; padding: 0 1; border: round $primary; }
    RankList:focus { border: double $accent; }
    """
    BINDINGS = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("enter,space", "toggle", show=False),
        Binding("shift+up,left_square_bracket", "shift(-1)", show=False),
        Binding("shift+down,right_square_bracket", "shift(1)", show=False),
    ]
    cursor: reactive[int] = reactive(0)

    def __init__(self, factors: list[tuple[str, str]], ranking: list[str] | None = None,
                 id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.names = dict(factors)
        self.ranking: list[str] = [f for f in (ranking or []) if f in self.names]
        self.order = [f for f, _ in factors]

    def rows(self) -> list[str]:
        """Ranked factors first, in rank order, then the others in presentation order."""
        return self.ranking + [f for f in self.order if f not in self.ranking]

    def render(self) -> Text:
        text = Text()
        text.append(t("ballot.rank_title") + "\n", style="bold")
        for i, factor_id in enumerate(self.rows()):
            here = i == self.cursor
            place = (f"{self.ranking.index(factor_id) + 1}." if factor_id in self.ranking
                     else " -")
            line = f"{'▶' if here else ' '} {place:>3} {inert(self.names[factor_id])}"
            style = "reverse" if here and self.has_focus else (
                "" if factor_id in self.ranking else "dim")
            text.append(line + "\n", style=style)
        text.rstrip()
        return text

    def action_cursor(self, step: int) -> None:
        self.cursor = (self.cursor + step) % len(self.order)

    def action_toggle(self) -> None:
        factor_id = self.rows()[self.cursor]
        if factor_id in self.ranking:
            self.ranking.remove(factor_id)
        else:
            self.ranking.append(factor_id)
            self.cursor = len(self.ranking) - 1
        self.refresh()

    def action_shift(self, step: int) -> None:
        factor_id = self.rows()[self.cursor]
        if factor_id not in self.ranking:
            return
        i = self.ranking.index(factor_id)
        j = i + step
        if 0 <= j < len(self.ranking):
            self.ranking[i], self.ranking[j] = self.ranking[j], self.ranking[i]
            self.cursor = j
        self.refresh()

    def on_click(self, event: Click) -> None:
        offset = event.get_content_offset(self)
        row = -1 if offset is None else offset.y - 1
        if 0 <= row < len(self.order):
            self.cursor = row
            self.action_toggle()

    def watch_cursor(self) -> None:
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
