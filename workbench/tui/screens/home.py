"""The home screen: the workshop, its practices, and how far each phase is."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.events import Click
from textual.widgets import Footer, Header, Static

from workbench import status, workshop
from workbench.i18n import t, tn
from workbench.store import Store
from workbench.textsafe import inert
from workbench.tui.base import WorkbenchScreen
from workbench.tui.messages import DataChanged
from workbench.tui.phases import PHASES, Phase

# What each phase tile counts, one line each (exchange has a fixed description).
PHASE_COUNTS = {
    "collect": ("stories", "storytellers"),
    "code": ("coded_fragments", "codes"),
    "cluster": ("factors", "common_factors"),
    "sessions": ("sessions",),
    "posters": ("posters",),
}


def phase_summary(key: str, counts: workshop.PhaseCounts) -> str:
    if key == "cluster":  # the same two counts as the exchange and poster screens
        return "\n".join(workshop.factor_count_lines(counts))
    fields = PHASE_COUNTS.get(key)
    if fields is None:
        return t(f"home.count.{key}")
    return "\n".join(tn(f"home.n.{field}", getattr(counts, field)) for field in fields)


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

    def compose(self) -> ComposeResult:
        self._last_state = self._shown_state()
        info = workshop.require_workshop(self.store)
        counts = workshop.counts(self.store)
        self.app.title = inert(info["name"])
        self.app.sub_title = t("app.title")
        yield Header()
        with Horizontal(id="home"):
            with Vertical(id="practices"):
                yield Static(t("home.practices"), classes="section-title")
                per_practice = workshop.stories_per_practice(self.store)
                if not per_practice:
                    yield Static(t("home.no_practices"), classes="muted")
                report = status.workshop_status(self.store)
                details = {row.name: status.practice_detail(row) for row in report.practices}
                for name, n in per_practice.items():
                    line = t("home.practice_line", name=inert(name),
                             count=tn("home.n.stories", n))
                    if n and name in details:  # what is left to do there
                        line += f"\n  {details[name]}"
                    yield Static(line, classes="practice", markup=False)
                yield Static(status.backup_line(report), id="home-backup", classes="muted",
                             markup=False)
                if report.conflicts:
                    yield Static(tn("status.conflicts", report.conflicts),
                                 id="home-conflicts", classes="warning", markup=False)
                if report.backup_due:
                    yield Static(t("status.backup_due"), id="home-backup-due",
                                 classes="warning", markup=False)
            with Vertical(id="phases-panel"):
                yield Static(t("home.phases"), classes="section-title")
                with Grid(id="phases"):
                    for phase in PHASES:
                        summary = phase_summary(phase.key, counts)
                        yield PhaseTile(phase, summary)
                yield Static(t("home.hint"), classes="muted")
        yield Footer()

    def _shown_state(self) -> tuple:
        """What the screen shows, to skip rebuilding when a change elsewhere left it alike
        (a booth in another window autosaves every second)."""
        report = status.workshop_status(self.store)
        return (workshop.counts(self.store), tuple(workshop.stories_per_practice(self.store)
                                                   .items()),
                tuple(report.practices), report.last_backup, report.backup_due,
                report.conflicts)

    async def on_data_changed(self, _message: DataChanged) -> None:
        """Another program changed the file: show its counts, keep the focused tile."""
        state = self._shown_state()
        if state == getattr(self, "_last_state", None):
            return
        self._last_state = state
        focused = self.focused.id if self.focused is not None else None
        await self.language_changed()
        if focused:
            found = self.query(f"#{focused}")
            if found:
                found.first().focus()

    def on_screen_suspend(self) -> None:
        self._left = True

    async def on_screen_resume(self) -> None:
        # Back from a phase screen: its counts may have changed.
        if getattr(self, "_left", False):
            self._left = False
            await self.language_changed()  # rebuilds, and translates the tiles' key hints
