"""The phases the home screen leads to, in the workshop's order."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from textual.screen import Screen

from workbench.store import Store


@dataclass(frozen=True)
class Phase:
    key: str
    label_key: str  # i18n key of its name
    hotkey: str
    module: str  # the module under workbench.tui.screens whose make_screen opens the phase


PHASES = (
    Phase("collect", "phase.collect", "1", "collect.story_list"),
    Phase("code", "phase.code", "2", "coding.story_list"),
    Phase("cluster", "phase.cluster", "3", "factors.wall"),
    Phase("sessions", "phase.sessions", "4", "sessions.session_list"),
    Phase("posters", "phase.posters", "5", "posters.overview"),
    Phase("exchange", "phase.exchange", "6", "exchange"),
)


def make_phase_screen(phase: Phase, store: Store) -> Screen:
    """Import the phase's screen module only when it is opened (keeps start-up fast)."""
    module = importlib.import_module(f"workbench.tui.screens.{phase.module}")
    return module.make_screen(store)
