"""QA findings on the home screen."""

from __future__ import annotations

from workbench.tui.app import make_app
from workbench.tui.screens.home import HomeScreen, PhaseTile


def _open_hint(screen) -> str:
    screen.query_one("#phase-collect", PhaseTile).focus()
    return screen.active_bindings["enter"].binding.description


async def test_open_hint_stays_translated_after_coming_back_from_a_phase(store):
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        assert _open_hint(pilot.app.screen) == "Openen"
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        home = pilot.app.screen
        assert isinstance(home, HomeScreen)
        assert _open_hint(home) == "Openen"
