"""The workbench TUI. ``make_app`` is used by both the CLI and the tests."""

from __future__ import annotations

import gc
from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from workbench.i18n import get_language, set_language, t
from workbench.store import Store
from workbench.tui.base import KeyHoldApp, TranslatedBindings, WorkbenchScreen
from workbench.tui.commands import WorkbenchCommands
from workbench.tui.kiosk.lock import app_vetoes
from workbench.tui.phases import PHASES, Phase, make_phase_screen

LANGUAGE_SETTING = "ui_language"
# How often the app looks whether another program changed the file (a cheap PRAGMA).
CHANGE_POLL_SECONDS = 1.0


def workshop_language(store: Store) -> str:
    """The language the workshop's screens start in (and each kiosk participant)."""
    value = store.meta_get(LANGUAGE_SETTING)
    return value if value in ("nl", "en") else "nl"


class WorkbenchPalette(TranslatedBindings, CommandPalette):
    """Textual's command palette, its key hints in the user's language."""


class WorkbenchApp(KeyHoldApp, App[None]):
    """The workbench. It gets its store from the caller, so tests can pass a memory store."""

    CSS_PATH = "app.tcss"
    TITLE = "Workbench"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}
    BINDINGS = [
        Binding("f2", "switch_language", "key.language", id="language"),
        Binding("ctrl+q", "quit", "key.quit", id="quit", priority=True, show=False),
        # Our own palette binding (instead of Textual's default) so its hint is translated.
        Binding("ctrl+p", "command_palette", "key.palette", id="palette", show=False,
                priority=True),
    ]

    def __init__(self, store: Store, language: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.first_frame_shown = False  # until Textual's Ready: see on_ready
        # Set by the entry point when it paused the garbage collector for start-up
        # (workbench.launch): the first frame turns it back on.
        self.collector_paused = False
        # An explicit --lang wins; otherwise the workshop's own setting; else Dutch.
        set_language(language or store.meta_get(LANGUAGE_SETTING) or get_language())

    def get_default_screen(self) -> Screen:
        # The home screen is the app's first screen itself (not pushed over Textual's empty
        # default screen, which would be laid out and drawn first for nothing).
        from workbench.tui.screens.home import HomeScreen

        return HomeScreen(self.store)

    def on_ready(self) -> None:
        # The first layout is done and its frame on its way (Textual may still be drawing
        # it): the home screen reads what it counts once that frame is out.
        from workbench.collect import booth
        from workbench.tui.screens.home import HomeScreen
        from workbench.watch import ChangeWatcher

        # A booth that was killed left its story as a draft: it is interrupted now, after
        # the first frame and before the home screen reads its counts.
        booth.recover(self.store, booth.stale_after(self.store))
        self.watcher = ChangeWatcher(self.store)
        self.set_interval(CHANGE_POLL_SECONDS, self.check_for_changes)
        self.first_frame_shown = True
        # What start-up made (modules, styles, the home screen) stays for good: out of the
        # garbage collector's full passes, which walk every object and stop the screen
        # meanwhile (the factor wall does the same with its cards; docs/ENGINEERING.md).
        gc.freeze()
        if self.collector_paused:
            self.collector_paused = False
            gc.enable()
        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen):
                screen.call_after_refresh(screen.fill)

    def on_unmount(self) -> None:
        gc.unfreeze()  # the app is closing: what start-up froze may go (tests run many apps)

    def check_for_changes(self) -> bool:
        """Tell the open screen to reload when another program changed the file."""
        from workbench.tui.messages import DataChanged

        if not self.watcher.changed():
            return False
        self.screen.post_message(DataChanged())
        return True

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # Textual's own palette entries, in the user's language. Its key panel is left out:
        # it shows Textual's English help texts; the footer of every screen lists its keys.
        yield SystemCommand(t("cmd.theme"), t("cmd.theme_help"), self.action_change_theme)
        yield SystemCommand(t("cmd.quit"), t("cmd.quit_help"), self.action_quit)

    def action_command_palette(self) -> None:
        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(WorkbenchPalette(id="--command-palette",
                                              placeholder=t("cmd.placeholder")))

    def action_help_quit(self) -> None:
        # Ctrl+C does not quit (it copies): say how to quit, in the user's language.
        self.notify(t("app.help_quit"), title=t("app.help_quit_title"))

    def open_phase(self, phase: Phase) -> None:
        self.push_screen(make_phase_screen(phase, self.store))

    def action_open_phase(self, key: str) -> None:
        for phase in PHASES:
            if phase.key == key:
                self.open_phase(phase)

    async def action_switch_language(self) -> None:
        language = set_language("en" if get_language() == "nl" else "nl")
        self.store.meta_set(LANGUAGE_SETTING, language)
        if isinstance(self.screen, WorkbenchScreen):
            await self.screen.language_changed()
        self.refresh_bindings()
        self.notify(t("lang.switched"), timeout=2)

    def action_go_home(self) -> None:
        while len(self.screen_stack) > 1:  # the home screen is the first
            self.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A kiosk screen (booth, ballot) vetoes app-wide ways out (quit, palette, phases).
        return not app_vetoes(self, action)


def make_app(store: Store, language: str | None = None) -> WorkbenchApp:
    return WorkbenchApp(store, language=language)
