"""Interview mode and the language switch, as users drive them."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList, Select

from workbench.collect import booth
from workbench.tui.app import make_app
from workbench.tui.kiosk.booth_widgets import StoryArea
from workbench.tui.screens.collect.interview import TellingScreen
from workbench.tui.screens.collect.story_list import CollectScreen


async def _telling(pilot, store):
    await pilot.press("1")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, CollectScreen)
    practice = store.scalar("SELECT id FROM practices ORDER BY name LIMIT 1")
    screen.query_one("#f-practice", Select).value = practice
    await pilot.pause()
    await pilot.press("i")
    await pilot.pause()
    setup = pilot.app.screen
    setup.query_one("#iv-interviewer", Input).value = "Anouk"
    setup.query_one("#iv-store").value = True
    await pilot.click("#interview-begin")
    await pilot.pause()
    assert isinstance(pilot.app.screen, TellingScreen)
    return pilot.app.screen


@pytest.mark.slow  # long: left out of the quick loop
async def test_language_switch_during_an_interview_keeps_the_story_and_its_topics(store):
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        telling = await _telling(pilot, store)
        await pilot.press(*"Eerste topic.")
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press(*"Nog niet bewaard")  # switch before the autosave
        await pilot.press("f2")
        await pilot.pause()
        telling = pilot.app.screen
        assert isinstance(telling, TellingScreen)
        checklist = telling.query_one("#topic-list", OptionList)
        assert checklist.option_count == 4  # the checklist is still there, now in English
        assert str(checklist.get_option_at_index(0).prompt).startswith("✓")
        assert "meetings" in str(checklist.get_option_at_index(0).prompt)
        area = telling.query_one(StoryArea)
        assert area.text == "Nog niet bewaard"  # still on topic 2, the text is kept
        await pilot.press(*" en verder")  # typing after the switch is still saved
        await pilot.press("ctrl+s")
        await pilot.pause()
    story_id = store.scalar("SELECT id FROM stories")
    assert sorted(booth.saved_parts(store, story_id).values()) == [
        "Eerste topic.", "Nog niet bewaard en verder"]


async def test_language_switch_keeps_what_was_filled_in_on_the_interview_form(store):
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        practice = store.scalar("SELECT id FROM practices ORDER BY name LIMIT 1")
        pilot.app.screen.query_one("#f-practice", Select).value = practice
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        await pilot.press(*"Dunya")
        setup = pilot.app.screen
        setup.query_one("#iv-interviewer", Input).value = "Anouk"
        setup.query_one("#iv-role", Select).value = "volunteer"
        setup.query_one("#iv-store").value = True
        await pilot.press("f2")
        await pilot.pause()
        assert pilot.app.screen is setup
        assert setup.query_one("#iv-pseudonym", Input).value == "Dunya"
        assert setup.query_one("#iv-interviewer", Input).value == "Anouk"
        assert setup.query_one("#iv-role", Select).value == "volunteer"
        assert setup.query_one("#iv-store").value is True
        assert setup.query_one("#iv-quotes").value is False


@pytest.mark.slow  # long: left out of the quick loop
async def test_screen_below_follows_a_language_switch_made_on_top_of_it(store):
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        collect = pilot.app.screen
        practice = store.scalar("SELECT id FROM practices ORDER BY name LIMIT 1")
        collect.query_one("#f-practice", Select).value = practice
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is collect
        table = collect.query_one("#stories")
        headers = [str(c.label) for c in table.columns.values()]
        assert headers[:2] == ["Storyteller", "Role"], headers
        assert pilot.app.sub_title == "Collect stories"
