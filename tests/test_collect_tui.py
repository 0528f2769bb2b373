"""The facilitator's collect screen, driven through Pilot."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Select, Static

from workbench import access
from workbench.collect import booth, pseudonyms, stories
from workbench.tui.app import make_app
from workbench.tui.dialogs.confirm import Confirm
from workbench.tui.dialogs.pick import Pick
from workbench.tui.dialogs.pin import PinDialog
from workbench.tui.kiosk.booth import BoothScreen
from workbench.tui.kiosk.booth_widgets import StoryArea
from workbench.tui.screens.collect.interview import InterviewSetupScreen, TellingScreen
from workbench.tui.screens.collect.pseudonymise import PseudonymiseScreen
from workbench.tui.screens.collect.story_list import CollectScreen


def _practices(store):
    return [r["id"] for r in store.all("SELECT id FROM practices ORDER BY name")]


def _story(store, pseudonym, text, practice=0, role="parent", status="complete"):
    teller = stories.add_storyteller(store, pseudonym, role,
                                     practice_id=_practices(store)[practice])
    return stories.add_story(store, storyteller_id=teller, practice_id=_practices(store)[practice],
                             text=text, status=status)


async def _open(pilot):
    await pilot.press("1")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CollectScreen)
    return pilot.app.screen


@pytest.mark.slow  # long: left out of the quick loop
async def test_filters_and_search_with_highlighted_hits(store):
    _story(store, "Merel", "Wij drinken koffie en praten over de kinderen.", practice=0)
    _story(store, "Ilse", "De vrijwilliger helpt met brieven.", practice=1, role="volunteer")
    _story(store, "Bram", "Ik schrijf nog.", practice=1, status="interrupted")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        table = screen.query_one("#stories", DataTable)
        assert table.row_count == 3
        screen.query_one("#f-role", Select).value = "volunteer"
        await pilot.pause()
        assert table.row_count == 1
        screen.query_one("#f-role", Select).clear()
        screen.query_one("#f-status", Select).value = "interrupted"
        await pilot.pause()
        assert [r["pseudonym"] for r in screen.rows] == ["Bram"]
        screen.query_one("#f-status", Select).clear()
        await pilot.press("slash")
        await pilot.press(*"koff")
        await pilot.pause()
        assert [r["pseudonym"] for r in screen.rows] == ["Merel"]
        text = screen.query_one("#story-text", Static).content
        hits = [text.plain[s.start:s.end] for s in text.spans if "reverse" in str(s.style)]
        assert hits == ["koffie"]
        await pilot.press("escape")  # first Escape clears the search
        await pilot.pause()
        assert screen.query_one("#search", Input).value == "" and table.row_count == 3


async def test_story_text_is_shown_inert(store):
    _story(store, "Merel", "[bold]vet[/bold] \x1b[2J weg")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        shown = screen.query_one("#story-text", Static).content.plain
        assert "[bold]vet[/bold]" in shown and "\x1b" not in shown and "␛[2J" in shown


@pytest.mark.slow  # long: left out of the quick loop
async def test_booth_started_from_the_collect_screen_is_locked_by_the_pin(store):
    access.set_pin(store, "9876")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(pilot.app.screen, Pick)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, BoothScreen)
        await pilot.press("ctrl+q")  # the app's quit is vetoed; the PIN is asked for
        await pilot.pause()
        assert isinstance(pilot.app.screen, PinDialog)
        await pilot.press(*"1111", "enter", "escape")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(pilot.app.screen, BoothScreen)
        await pilot.press("ctrl+q", *"9876", "enter")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert pilot.app.return_code is None


@pytest.mark.slow  # long: left out of the quick loop
async def test_interview_mode_with_checklist_and_resume(store):
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        screen.query_one("#f-practice", Select).value = _practices(store)[0]
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        setup = pilot.app.screen
        assert isinstance(setup, InterviewSetupScreen)
        await pilot.press(*"Dunya")
        setup.query_one("#iv-interviewer", Input).value = "Anouk"
        for box in ("#iv-interpreter", "#iv-store"):
            setup.query_one(box).value = True
        await pilot.click("#interview-begin")
        await pilot.pause()
        telling = pilot.app.screen
        assert isinstance(telling, TellingScreen)
        await pilot.press(*"Mijn moeder vertaalde.")
        await pilot.press("ctrl+n")
        await pilot.pause()
        checklist = telling.query_one("#topic-list")
        assert str(checklist.get_option_at_index(0).prompt).startswith("✓")
        assert str(checklist.get_option_at_index(1).prompt).startswith("○")
        await pilot.press("escape")  # leave unfinished
        await pilot.pause()
        assert pilot.app.screen is screen
        row = store.one("SELECT * FROM stories")
        assert (row["status"], row["mode"], row["interviewer"], row["interpreter"]) == (
            "interrupted", "interview", "Anouk", 1)
        assert stories.latest_consent(store, row["storyteller_id"])["quotes"] == 0
        await pilot.press("r")  # the facilitator resumes it
        await pilot.pause()
        again = pilot.app.screen
        assert isinstance(again, TellingScreen)
        assert again.query_one(StoryArea).text == "Mijn moeder vertaalde."
        await pilot.click("#telling-finish")
        await pilot.pause()
    assert store.scalar("SELECT status FROM stories") == "complete"


@pytest.mark.slow  # long: left out of the quick loop
async def test_withdraw_asks_first_and_then_removes_everything(store):
    _story(store, "Merel", "Wij drinken koffie.")
    _story(store, "Ilse", "Zij helpt met koffie.")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        victim = screen.rows[0]["pseudonym"]
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(pilot.app.screen, Confirm)
        await pilot.press("enter")  # the focused answer is No
        await pilot.pause()
        assert store.scalar("SELECT count(*) FROM storytellers") == 2
        await pilot.press("w")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert [r["pseudonym"] for r in screen.rows] != [] and victim not in [
            r["pseudonym"] for r in screen.rows]
    assert store.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = ?", [victim]) == 0
    assert store.scalar("SELECT count(*) FROM withdrawals") == 1


@pytest.mark.slow  # long: left out of the quick loop
async def test_pseudonymisation_assistant_replaces_everywhere_and_marks_ready(store):
    first = _story(store, "Merel", "Ik ging met mijn zoon Amir naar de markt. Bel 06-12345678.")
    second = _story(store, "Ilse", "Amir speelde. Het was fijn met Amir.")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        ids = [r["id"] for r in screen.rows]
        screen.query_one("#stories", DataTable).move_cursor(row=ids.index(first))
        await pilot.press("p")
        await pilot.pause()
        assistant = pilot.app.screen
        assert isinstance(assistant, PseudonymiseScreen)
        assert [f.text for f in assistant.findings] == ["Amir", "06-12345678"]
        assert assistant.query_one("#placeholder", Input).value == "[naam kind]"
        await pilot.click("#pseudo-replace")
        await pilot.pause()
        assert [f.text for f in assistant.findings] == ["06-12345678"]
        await pilot.click("#pseudo-ready")  # refused: a phone number is left
        await pilot.pause()
        assert pilot.app.screen is assistant
        await pilot.click("#pseudo-replace")
        await pilot.pause()
        await pilot.click("#pseudo-ready")
        await pilot.pause()
        assert pilot.app.screen is screen
    assert stories.get_story(store, first)["text"] == (
        "Ik ging met mijn zoon [naam kind] naar de markt. Bel [telefoonnummer].")
    assert stories.get_story(store, second)["text"] == (
        "[naam kind] speelde. Het was fijn met [naam kind].")
    assert pseudonyms.passed(store, first) and not pseudonyms.passed(store, second)
    assert stories.get_story(store, first)["status"] == "ready"


@pytest.mark.slow  # long: left out of the quick loop
async def test_unfinished_booth_story_can_be_resumed_only_from_the_collect_screen(store):
    session = booth.start(store, _practices(store)[0], role="parent", consent_store=True,
                          consent_quotes=True)
    booth.save_part(store, session.story_id, session.topics[1]["id"], "Halverwege")
    booth.interrupt(store, session.story_id)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        await _open(pilot)
        await pilot.press("r")
        await pilot.pause()
        telling = pilot.app.screen
        assert isinstance(telling, TellingScreen)
        telling.go_to(1)
        await pilot.pause()
        assert telling.query_one(StoryArea).text == "Halverwege"
