"""The 'exchange' phase screen (not built yet)."""

from __future__ import annotations

from textual.screen import Screen

from workbench.store import Store


def make_screen(store: Store) -> Screen:
    from workbench.tui.screens.notbuilt import NotBuiltScreen

    return NotBuiltScreen("phase.exchange")
