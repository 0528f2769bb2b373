"""The home screen: the workshop, its practices, and how far each phase is.

The first frame shows the workshop's name, the phases and the keys at once; what is counted
(the practices, the counts on the tiles, the day checklist) is read right after that frame
is drawn, so opening the workbench does not wait for those queries.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.events import Click
from textual.widgets import Footer, Header, Static

from workbench.i18n import t, tn
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.messages import DataChanged
from workbench.tui.phases import PHASES, Phase

if TYPE_CHECKING:
    from workbench import workshop
    from workbench.status import WorkshopStatus

# What each phase tile counts, one line each (exchange has a fixed description).
PHASE_COUNTS = {
    "collect": ("stories", "storytellers"),
    "code": ("coded_fragments", "codes"),
    "cluster": ("factors", "common_factors"),
    "sessions": ("sessions",),
    "posters": ("posters",),
}


def phase_summary(key: str, counts: workshop.PhaseCounts | None) -> str:
    """The lines under a phase's name; without ``counts`` (not read yet) only a fixed
    description."""
    fields = PHASE_COUNTS.get(key)
    if key != "cluster" and fields is None:
        return t(f"home.count.{key}")
    if counts is None:
        return ""
    if key == "cluster":  # the same two counts as the exchange and poster screens
        from workbench import workshop

        return "\n".join(workshop.factor_count_lines(counts))
    return "\n".join(tn(f"home.n.{field}", getattr(counts, field)) for field in fields)


@dataclass(frozen=True)
class HomeState:
    """What the home screen shows from the file."""

    counts: workshop.PhaseCounts
    per_practice: dict[str, int]
    report: WorkshopStatus

    def key(self) -> tuple[Any, ...]:
        """Equal when the screen would look the same (a booth in another window autosaves
        every second; that must not rebuild the screen)."""
        report = self.report
        return (self.counts, tuple(self.per_practice.items()), tuple(report.practices),
                report.last_backup, report.backup_due, report.conflicts)


def read_state(store: Store) -> HomeState:
    from workbench import status, workshop

    return HomeState(counts=workshop.counts(store),
                     per_practice=workshop.stories_per_practice(store),
                     report=status.workshop_status(store))


class PhaseTile(Static, can_focus=True):
    """One phase: its number, name and counts. Enter or a click opens it."""

    BINDINGS = [Binding("enter", "open", "key.open", id="open")]

    def __init__(self, phase: Phase, summary: str) -> None:
        super().__init__(id=f"phase-{phase.key}", classes="phase-tile", markup=False)
        self.phase = phase
        self.summary = summary

    def render(self) -> str:
        lines = "".join(f"\n   {line}" for line in self.summary.splitlines())
        return f"{self.phase.hotkey}  {t(self.phase.label_key)}{lines}"

    def action_open(self) -> None:
        self.app.open_phase(self.phase)  # type: ignore[attr-defined]

    @on(Click)
    def clicked(self) -> None:
        self.action_open()


class HomeScreen(WorkbenchScreen):
    BINDINGS = [
        # an id each, so the '?' panel names the phase in the current language (key.phase_*)
        *(Binding(p.hotkey, f"app.open_phase('{p.key}')", t(p.label_key), show=False,
                  id=f"phase_{p.key}") for p in PHASES),
        Binding("q", "app.quit", "key.quit", id="quit"),
        Binding("down,right", "app.focus_next", show=False),
        Binding("up,left", "app.focus_previous", show=False),
    ]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.state: HomeState | None = None  # read after the first frame
        self._rebuilding = asyncio.Lock()

    async def language_changed(self) -> None:
        # One rebuild at a time: the counts arriving and a language switch (run from the
        # app) may otherwise rebuild the screen at the same moment.
        async with self._rebuilding:
            await super().language_changed()

    def compose(self) -> ComposeResult:
        from workbench import workshop

        info = workshop.require_workshop(self.store)
        self.app.title = inert(info["name"])
        self.app.sub_title = t("app.title")
        state = self.state
        yield Header()
        with Horizontal(id="home"):
            with Vertical(id="practices"):
                yield Static(t("home.practices"), classes="section-title")
                if state is not None:
                    yield from self._practices(state)
            with Vertical(id="phases-panel"):
                yield Static(t("home.phases"), classes="section-title")
                with Grid(id="phases"):
                    for phase in PHASES:
                        counts = state.counts if state is not None else None
                        yield PhaseTile(phase, phase_summary(phase.key, counts))
                yield Static(t("home.hint"), classes="muted")
        yield Footer()

    def _practices(self, state: HomeState) -> ComposeResult:
        from workbench import status

        if not state.per_practice:
            yield Static(t("home.no_practices"), classes="muted")
        report = state.report
        details = {row.name: status.practice_detail(row) for row in report.practices}
        for name, n in state.per_practice.items():
            line = t("home.practice_line", name=inert(name), count=tn("home.n.stories", n))
            if n and name in details:  # what is left to do there
                line += f"\n  {details[name]}"
            yield Static(line, classes="practice", markup=False)
        yield Static(status.backup_line(report), id="home-backup", classes="muted",
                     markup=False)
        if report.conflicts:
            yield Static(tn("status.conflicts", report.conflicts), id="home-conflicts",
                         classes="warning", markup=False)
        if report.backup_due:
            yield Static(t("status.backup_due"), id="home-backup-due", classes="warning",
                         markup=False)

    def on_mount(self) -> None:
        # The counts are read once the app's first frame is on the terminal: the app calls
        # ``fill`` then (see WorkbenchApp.on_ready); a home screen opened later reads them
        # right away.
        if getattr(self.app, "first_frame_shown", True):
            self.call_after_refresh(self.fill)

    async def fill(self) -> None:
        """Read what the screen counts and add it to the screen as it is (once; changes
        come as DataChanged)."""
        async with self._rebuilding:
            if self.state is not None:
                return
            self.state = state = read_state(self.store)
            for tile in self.query(PhaseTile):
                tile.summary = phase_summary(tile.phase.key, state.counts)
                tile.refresh(layout=True)
            await self.query_one("#practices", Vertical).mount_all(self._practices(state))

    async def _show(self, state: HomeState) -> None:
        """Rebuild with ``state``, keeping the focused tile."""
        self.state = state
        focused = self.focused.id if self.focused is not None else None
        await self.language_changed()  # rebuilds, and translates the tiles' key hints
        if focused:
            found = self.query(f"#{focused}")
            if found:
                found.first().focus()

    async def on_data_changed(self, _message: DataChanged) -> None:
        """Another program changed the file: show its counts, keep the focused tile."""
        state = read_state(self.store)
        if self.state is not None and state.key() == self.state.key():
            return
        await self._show(state)

    def on_screen_suspend(self) -> None:
        self._left = True

    async def on_screen_resume(self) -> None:
        # Back from a phase screen: its counts may have changed.
        if getattr(self, "_left", False):
            self._left = False
            self.state = read_state(self.store)
            await self.language_changed()  # rebuilds, and translates the tiles' key hints
