"""The interview form: Enter in a field goes on to the next one."""

from __future__ import annotations

import pytest
from textual.widgets import Select

from workbench.tui.app import make_app
from workbench.tui.screens.collect.interview import InterviewSetupScreen


async def test_enter_in_a_form_field_moves_to_the_next_field(store):
    async with make_app(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        screen = pilot.app.screen
        screen.query_one("#f-practice", Select).value = store.scalar(
            "SELECT id FROM practices ORDER BY name LIMIT 1")
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        setup = pilot.app.screen
        assert isinstance(setup, InterviewSetupScreen)
        setup.query_one("#iv-interviewer").focus()
        await pilot.press(*"Anouk", "enter")
        await pilot.pause()
        assert setup.focused is setup.query_one("#iv-date")
        await pilot.press("enter")
        await pilot.pause()
        assert setup.focused is setup.query_one("#iv-interpreter")


@pytest.mark.slow  # long: left out of the quick loop
async def test_interviewer_has_room_to_type_at_80_columns(store):
    from textual.widgets import Input

    from workbench.tui.screens.collect.interview import TellingScreen

    async with make_app(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        pilot.app.screen.query_one("#f-practice", Select).value = store.scalar(
            "SELECT id FROM practices ORDER BY name LIMIT 1")
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        setup = pilot.app.screen
        setup.query_one("#iv-interviewer", Input).value = "Anouk"
        setup.query_one("#iv-store").value = True
        setup.begin()
        await pilot.pause()
        telling = pilot.app.screen
        assert isinstance(telling, TellingScreen)
        assert telling.query_one("#telling-story").region.width >= 44
