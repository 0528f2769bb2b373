"""The phases the home screen leads to, in the workshop's order."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from textual.screen import Screen

from workbench.store import Store


@dataclass(frozen=True)
class Phase:
    key: str  # module name under workbench.tui.screens
    label_key: str  # i18n key of its name
    hotkey: str


PHASES = (
    Phase("collect", "phase.collect", "1"),
    Phase("code", "phase.code", "2"),
    Phase("cluster", "phase.cluster", "3"),
    Phase("sessions", "phase.sessions", "4"),
    Phase("posters", "phase.posters", "5"),
    Phase("exchange", "phase.exchange", "6"),
)


def make_phase_screen(phase: Phase, store: Store) -> Screen:
    """Import the phase's screen module only when it is opened (keeps start-up fast)."""
    module = importlib.import_module(f"workbench.tui.screens.{phase.key}")
    return module.make_screen(store)
