"""A story's text with its coded fragments in colour, and a selection made by keyboard or mouse.

A line-API widget: it wraps the text itself, keeping the character offset of every screen
line, so a cursor move, a mouse click or a drag maps straight to offsets into the story
text (the offsets fragments are stored with). Only the visible lines are rendered, which
keeps a 20,000-character story with hundreds of fragments quick to open.

Keys: ←/→ word by word, Shift+←/→ extend the selection by a word, Ctrl+←/→ one
character (Ctrl+Shift to extend), ↑/↓ a line (Shift to extend), Home/End, PgUp/PgDn,
``s`` select the sentence (again: add the next one). Mouse: click and drag.

A margin on the left shows a coding stripe per code on each line (as ATLAS.ti and QualCoder
do), and search hits are underlined; ``next_hit`` selects the next one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.textsafe import inert

_TOKEN = re.compile(r"\S+\s*")


@dataclass(frozen=True)
class Mark:
    """A coded fragment to show: offsets and the colour of its (first) code."""

    start: int
    end: int
    color: str
    colors: tuple[str, ...] = ()  # every code's colour, for the stripes in the margin


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Screen lines as (start, end) offsets: words kept whole where they fit, paragraphs
    (newlines) respected, over-long words cut. The newline itself belongs to no line."""
    width = max(4, width)
    lines: list[tuple[int, int]] = []
    position = 0
    for paragraph in text.split("\n"):
        start = position
        line_start = start
        line_end = start
        for match in _TOKEN.finditer(paragraph):
            token_start, token_end = start + match.start(), start + match.end()
            while token_end - line_start > width:
                if line_end > line_start and token_start > line_start:
                    lines.append((line_start, token_start))
                    line_start = token_start
                else:  # a single token longer than the line: cut it
                    lines.append((line_start, line_start + width))
                    line_start += width
            line_end = token_end
        lines.append((line_start, max(line_end, line_start)))
        position = start + len(paragraph) + 1
    return lines


def highlighter(color: str) -> Style:
    """Background in the code's colour, like a highlighter pen, with text in black or
    white, whichever reads better on it."""
    try:
        r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    except ValueError:
        return Style(reverse=True)
    light = 0.299 * r + 0.587 * g + 0.114 * b > 140
    return Style(bgcolor=color, color="#000000" if light else "#ffffff")


MARGIN = 4  # columns for coding stripes: three stripes and a space


class FragmentText(ScrollView, can_focus=True):
    """The story text; ``selection`` is the (start, end) chosen, or None."""

    DEFAULT_CSS = """
    FragmentText {
        height: 1fr;
        padding: 0 1;
        scrollbar-gutter: stable;
    }
    FragmentText:focus {
        background: $boost;
    }
    """

    BINDINGS = [
        Binding("right", "move('word', 1)", show=False),
        Binding("left", "move('word', -1)", show=False),
        Binding("shift+right", "move('word_end', 1, True)", show=False),
        Binding("shift+left", "move('word', -1, True)", show=False),
        Binding("ctrl+right", "move('char', 1)", show=False),
        Binding("ctrl+left", "move('char', -1)", show=False),
        Binding("ctrl+shift+right", "move('char', 1, True)", show=False),
        Binding("ctrl+shift+left", "move('char', -1, True)", show=False),
        Binding("down", "move('line', 1)", show=False),
        Binding("up", "move('line', -1)", show=False),
        Binding("shift+down", "move('line', 1, True)", show=False),
        Binding("shift+up", "move('line', -1, True)", show=False),
        Binding("pagedown", "move('page', 1)", show=False),
        Binding("pageup", "move('page', -1)", show=False),
        Binding("home", "move('home', -1)", show=False),
        Binding("end", "move('end', 1)", show=False),
        Binding("s", "sentence", "key.coding_sentence", id="coding_sentence"),
    ]

    class SelectionChanged(Message):
        """The selection (or the cursor) moved."""

        def __init__(self, selection: tuple[int, int] | None) -> None:
            super().__init__()
            self.selection = selection

    def __init__(self, text: str, marks: list[Mark] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.text = text
        self._shown = inert(text)  # one character for one: offsets stay valid
        self.marks = sorted(marks or [], key=lambda m: (m.start, m.end))
        self.cursor = 0
        self.anchor: int | None = None
        self._lines: list[tuple[int, int]] = [(0, len(text))]
        self._line_starts: list[int] = [0]
        self._wrapped_width = 0
        self._sentences: list[tuple[int, int]] | None = None
        self._dragging = False
        self.hits: list[tuple[int, int]] = []

    # -- state ------------------------------------------------------------------------

    @property
    def selection(self) -> tuple[int, int] | None:
        if self.anchor is None or self.anchor == self.cursor:
            return None
        return (min(self.anchor, self.cursor), max(self.anchor, self.cursor))

    def select(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` and show it."""
        self.anchor, self.cursor = start, end
        self._changed()

    def clear_selection(self) -> bool:
        """Drop the selection; False when there was none."""
        had = self.selection is not None
        self.anchor = None
        self._changed()
        return had

    def set_marks(self, marks: list[Mark]) -> None:
        self.marks = sorted(marks, key=lambda m: (m.start, m.end))
        self.refresh()

    def set_text(self, text: str, marks: list[Mark]) -> None:
        """Show a new text (after a replacement), keeping the cursor near where it was."""
        self.text = text
        self._shown = inert(text)
        self._sentences = None
        self.anchor = None
        self.cursor = min(self.cursor, len(text))
        self._wrapped_width = 0
        if self.scrollable_content_region.width:
            self._rewrap(self.scrollable_content_region.width)
        self.set_marks(marks)

    def set_hits(self, hits: list[tuple[int, int]]) -> None:
        """Underline these search hits (empty: none)."""
        self.hits = sorted(hits)
        self.refresh()

    def next_hit(self, direction: int = 1) -> int | None:
        """Select the next (or previous) hit after the cursor, wrapping round; its index."""
        if not self.hits:
            return None
        here = self.selection[0] if self.selection else self.cursor
        if direction > 0:
            later = [i for i, (a, _) in enumerate(self.hits) if a > here]
            index = later[0] if later else 0
        else:
            earlier = [i for i, (a, _) in enumerate(self.hits) if a < here]
            index = earlier[-1] if earlier else len(self.hits) - 1
        start, end = self.hits[index]
        self.anchor, self.cursor = start, end
        self._changed()
        return index

    def stripes(self, row: int) -> list[str]:
        """The colours of the codes on screen line ``row``, at most three, first come first."""
        start, end = self._lines[row]
        colours: list[str] = []
        for mark in self.marks:
            if mark.start < max(end, start + 1) and mark.end > start:
                for colour in mark.colors or (mark.color,):
                    if colour not in colours:
                        colours.append(colour)
        return colours[:MARGIN - 1]

    # -- layout -----------------------------------------------------------------------

    def _rewrap(self, width: int) -> None:
        if width == self._wrapped_width:
            return
        self._wrapped_width = width
        self._lines = wrap(self.text, width - MARGIN)
        self._line_starts = [start for start, _ in self._lines]
        self.virtual_size = Size(width, len(self._lines))

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap(self.scrollable_content_region.width)
        self._scroll_to_cursor()

    def on_mount(self) -> None:
        # Before the first layout the width is 0; on_resize then wraps once, at the real width.
        if self.scrollable_content_region.width:
            self._rewrap(self.scrollable_content_region.width)

    def _line_of(self, offset: int) -> int:
        index = bisect_right(self._line_starts, offset) - 1
        index = max(0, min(index, len(self._lines) - 1))
        # an offset at a wrap point belongs to the next line, except at the very end
        start, end = self._lines[index]
        if offset > end and index + 1 < len(self._lines):
            index += 1
        return index

    def offset_at(self, x: int, y: int) -> int:
        """The text offset under content coordinates (x, y)."""
        if not self._lines:
            return 0
        row = max(0, min(y, len(self._lines) - 1))
        start, end = self._lines[row]
        return max(start, min(start + max(0, x - MARGIN), end))

    # -- rendering --------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        row = y + scroll_y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if row >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[row]
        # Style runs, not characters: collect the points where anything changes.
        marks = [m for m in self.marks if m.start < end and m.end > start]
        selection = self.selection
        cursor = self.cursor if self.has_focus else -1
        points = {start, end}
        hits = [h for h in self.hits if h[0] < end and h[1] > start]
        for a, b in hits:
            points.update((max(a, start), min(b, end)))
        for mark in marks:
            points.update((max(mark.start, start), min(mark.end, end)))
        if selection:
            points.update(p for p in selection if start < p < end)
        if start <= cursor < end:
            points.update((cursor, cursor + 1))
        edges = sorted(points)
        stripes = self.stripes(row)
        segments = [Segment("▌", base + Style(color=c)) for c in stripes]
        segments.append(Segment(" " * (MARGIN - len(stripes)), base))
        for a, b in zip(edges, edges[1:], strict=False):
            style = base
            covering = [m for m in marks if m.start <= a < m.end]
            if covering:
                style += highlighter(covering[-1].color)
                if len(covering) > 1:
                    style += Style(underline=True, bold=True)
            if any(h0 <= a < h1 for h0, h1 in hits):
                style += Style(underline=True, bold=True, color="#FFD966" if not covering
                               else None)
            selected = bool(selection and selection[0] <= a < selection[1])
            if selected:
                style += Style(reverse=True)
            if a == cursor:
                style += Style(reverse=not selected, underline=True)
            segments.append(Segment(self._shown[a:b], style))
        if cursor == end and self._line_of(cursor) == row:
            segments.append(Segment(" ", base + Style(reverse=True)))
        strip = Strip(segments)
        return strip.crop(scroll_x, scroll_x + width).extend_cell_length(width, base)

    # -- movement ---------------------------------------------------------------------

    def _target(self, unit: str, direction: int) -> int:
        text, p = self.text, self.cursor
        if unit == "char":
            return max(0, min(len(text), p + direction))
        if unit == "word":
            if direction > 0:
                while p < len(text) and not text[p].isspace():
                    p += 1
                while p < len(text) and text[p].isspace():
                    p += 1
                return p
            while p > 0 and text[p - 1].isspace():
                p -= 1
            while p > 0 and not text[p - 1].isspace():
                p -= 1
            return p
        if unit == "word_end":
            while p < len(text) and text[p].isspace():
                p += 1
            while p < len(text) and not text[p].isspace():
                p += 1
            return p
        row = self._line_of(p)
        column = p - self._lines[row][0]
        if unit in ("home", "end"):
            start, end = self._lines[row]
            return start if unit == "home" else end
        step = direction * (max(1, self.scrollable_content_region.height - 1)
                            if unit == "page" else 1)
        target = max(0, min(len(self._lines) - 1, row + step))
        if target == row:
            return 0 if direction < 0 else len(text)
        start, end = self._lines[target]
        return min(start + column, end)

    def action_move(self, unit: str, direction: int, extend: bool = False) -> None:
        if extend and self.anchor is None:
            self.anchor = self.cursor
        elif not extend:
            self.anchor = None
        self.cursor = self._target(unit, direction)
        self._changed()

    def action_sentence(self) -> None:
        """Select the sentence at the cursor; with a sentence selected, add the next one."""
        if self._sentences is None:
            from workbench.coding.calibration import split_sentences

            self._sentences = split_sentences(self.text) or [(0, len(self.text))]
        selection = self.selection
        if selection:
            following = [s for s in self._sentences if s[0] >= selection[1]]
            if any(s == selection or s[1] == selection[1] for s in self._sentences) and following:
                self.select(selection[0], following[0][1])
                return
        for start, end in self._sentences:
            if self.cursor < end or (start, end) == self._sentences[-1]:
                self.select(start, end)
                return

    def _changed(self) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.SelectionChanged(self.selection))

    def _scroll_to_cursor(self) -> None:
        if not self._lines:
            return
        row = self._line_of(self.cursor)
        height = max(1, self.scrollable_content_region.height)
        if row < self.scroll_y:
            self.scroll_to(y=row, animate=False)
        elif row >= self.scroll_y + height:
            self.scroll_to(y=row - height + 1, animate=False)

    # -- mouse ------------------------------------------------------------------------

    def _mouse_offset(self, event: events.MouseEvent) -> int:
        x, y = event.x - self.gutter.left, event.y - self.gutter.top
        return self.offset_at(x + int(self.scroll_x), y + int(self.scroll_y))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.focus()
        self.cursor = self._mouse_offset(event)
        self.anchor = self.cursor
        self._dragging = True
        self.capture_mouse()
        self._changed()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if self._dragging:
            self.cursor = self._mouse_offset(event)
            self._changed()

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragging:
            self._dragging = False
            self.release_mouse()
            self.cursor = self._mouse_offset(event)
            if self.anchor == self.cursor:
                self.anchor = None
            self._changed()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()
