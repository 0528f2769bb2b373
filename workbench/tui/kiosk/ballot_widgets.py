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

from workbench.i18n import t
from workbench.sessions import tally
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
        Binding("enter", "submit", show=False),
    ]
    # None = nothing chosen yet; 0 = not applicable; 1..5 = the score
    value: reactive[int | None] = reactive(None)

    @dataclass
    class Changed(Message):
        picker: ScalePicker
        value: int | None

    @dataclass
    class Submitted(Message):
        """Enter on the scale: the screen decides (the main scale goes on to the next
        step; an element's scale goes to the next field)."""

        picker: ScalePicker

        @property
        def control(self) -> ScalePicker:
            return self.picker

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
        # One line per choice where there is room; otherwise as many per line as fit, so
        # every choice (5 and 0 included) is on screen at 80x24.
        per_line = max(1, self._width() // self._cell_width())
        for i, choice in enumerate(choices):
            chosen = self.value == choice
            text.append(self._choice_text(choice), style="reverse bold" if chosen else "")
            last = i == len(choices) - 1
            if not last:
                text.append("\n" if (i + 1) % per_line == 0 else "  ")
        return text

    def _choice_text(self, choice: int) -> str:
        mark = "●" if self.value == choice else "○"
        words = t(f"ballot.scale.{choice}") if not self.compact else (
            t("ballot.scale.0") if choice == NA else "")
        return f"{mark} {choice} {words}".rstrip()

    def _cell_width(self) -> int:
        return max(len(self._choice_text(c)) for c in [*tally.SCALE, NA]) + 2

    def _width(self) -> int:
        return self.size.width or 78

    def on_resize(self) -> None:
        self.refresh(layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:
        per_line = max(1, width // self._cell_width())
        lines = -(-6 // per_line)
        return lines + (1 if self.label else 0)

    def action_pick(self, value: int) -> None:
        self.value = value
        self.post_message(self.Changed(self, self.score if value else None))

    def action_submit(self) -> None:
        if self.compact:
            self.screen.focus_next()
        else:
            self.post_message(self.Submitted(self))

    def action_move(self, step: int) -> None:
        order = [*tally.SCALE, NA]
        current = order.index(self.value) if self.value in order else (-1 if step > 0 else 0)
        self.action_pick(order[(current + step) % len(order)])

    def on_click(self, event: Click) -> None:
        # the clicked cell is the choice
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = offset.y - (1 if self.label else 0)
        per_line = max(1, self._width() // self._cell_width())
        index = line * per_line + offset.x // self._cell_width()
        order = [*tally.SCALE, NA]
        if line >= 0 and 0 <= index < len(order):
            self.action_pick(order[index])


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
    """Order factors by importance. The rows stay where they are: Enter (or space) gives
    the chosen factor the next number, or takes its number away; + and - (or [ and ])
    move a numbered factor up or down in the order. The cursor only moves with the arrows,
    so no key ranks a factor by itself. Unranked factors simply score 0."""

    DEFAULT_CSS = """
    RankList { height: auto; padding: 0 1; border: round $primary; }
    RankList:focus { border: double $accent; }
    """
    BINDINGS = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("enter,space", "toggle", show=False),
        Binding("minus,shift+up,left_square_bracket", "shift(-1)", show=False),
        Binding("plus,equals_sign,shift+down,right_square_bracket", "shift(1)", show=False),
    ]
    cursor: reactive[int] = reactive(0)

    def __init__(self, factors: list[tuple[str, str]], ranking: list[str] | None = None,
                 id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.names = dict(factors)
        self.ranking: list[str] = [f for f in (ranking or []) if f in self.names]
        self.order = [f for f, _ in factors]

    def rows(self) -> list[str]:
        """The factors in presentation order: rows never move."""
        return list(self.order)

    def render(self) -> Text:
        text = Text()
        text.append(t("ballot.rank_title") + "\n", style="bold")
        for i, factor_id in enumerate(self.order):
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
        factor_id = self.order[self.cursor]
        if factor_id in self.ranking:
            self.ranking.remove(factor_id)
        else:
            self.ranking.append(factor_id)
        self.refresh()

    def action_shift(self, step: int) -> None:
        """Move the factor under the cursor one place earlier (-1) or later (+1) in the
        order; the cursor stays on it (its row does not move)."""
        factor_id = self.order[self.cursor]
        if factor_id not in self.ranking:
            return
        i = self.ranking.index(factor_id)
        j = i + step
        if 0 <= j < len(self.ranking):
            self.ranking[i], self.ranking[j] = self.ranking[j], self.ranking[i]
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
