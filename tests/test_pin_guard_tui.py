"""In the TUI too, destructive actions ask for the facilitator PIN when one is set."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from workbench import access, workshop
from workbench.collect import stories
from workbench.tui.app import make_app
from workbench.tui.dialogs.pin import PinDialog
from workbench.tui.screens.collect.story_list import CollectScreen


def add_teller(store, pseudonym):
    practice = workshop.practices(store)[0]["id"]
    teller = stories.add_storyteller(store, pseudonym, "parent", practice_id=practice)
    stories.add_story(store, storyteller_id=teller, practice_id=practice,
                      text="Wij drinken koffie.")


async def withdraw_with(pilot, pin: str) -> None:
    await pilot.press("w")
    await pilot.pause()
    await pilot.click("#yes")
    await pilot.pause()
    assert isinstance(pilot.app.screen, PinDialog)
    pilot.app.screen.query_one("#pin", Input).value = pin
    await pilot.press("enter")
    await pilot.pause()


@pytest.mark.slow  # long: left out of the quick loop
async def test_withdraw_in_the_tui_needs_the_pin(store):
    access.set_pin(store, "2468")
    add_teller(store, "Merel")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert isinstance(pilot.app.screen, CollectScreen)
        await withdraw_with(pilot, "0000")
        assert isinstance(pilot.app.screen, PinDialog)  # wrong: still asking
        await pilot.press("escape")
        await pilot.pause()
        assert store.scalar("SELECT count(*) FROM storytellers") == 1
        await withdraw_with(pilot, "2468")
        await pilot.pause()
    assert store.scalar("SELECT count(*) FROM storytellers") == 0
    assert store.scalar("SELECT count(*) FROM withdrawals") == 1


async def test_without_a_pin_set_nothing_extra_is_asked(store):
    add_teller(store, "Merel")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, PinDialog)
    assert store.scalar("SELECT count(*) FROM storytellers") == 0
