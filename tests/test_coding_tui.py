"""The coding screens through Textual's Pilot, keyboard first."""

from __future__ import annotations

import pytest
from tui_support import record_notifications

from workbench import workshop
from workbench.coding import codebook
from workbench.coding import fragments as coding
from workbench.collect import stories
from workbench.tui.app import make_app
from workbench.tui.screens.coding.story import CodingScreen
from workbench.tui.widgets.fragment_text import FragmentText

TEXT = ("Ik kom elke dinsdag naar de groep. Het is gezellig en we lachen veel.\n\n"
        "Met twee moeders heb ik nu contact in de app.")


def _story(store, name="Amal") -> str:
    practice = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    teller = stories.add_storyteller(store, name, "parent", practice_id=practice)
    return stories.add_story(store, storyteller_id=teller, practice_id=practice, text=TEXT)


@pytest.mark.slow  # long: left out of the quick loop
async def test_code_a_fragment_with_the_keyboard_only(store):
    story = _story(store)
    code = codebook.add_code(store, "Gezelligheid")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")  # the coding phase
        await pilot.pause()
        await pilot.press("enter")  # open the (only) story
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        # to the second sentence word by word, then select it as a whole
        for _ in range(7):
            await pilot.press("right")
        await pilot.press("s")
        await pilot.pause()
        start = TEXT.index("Het is")
        assert app.screen.query_one(FragmentText).selection == (start, TEXT.index("\n"))
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"gezel")
        await pilot.press("enter")
        await pilot.pause()
        # first coding: who codes?
        await pilot.press(*"Lisa", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    fragments = coding.fragments_for_story(store, story)
    assert len(fragments) == 1
    assert fragments[0]["text"] == "Het is gezellig en we lachen veel."
    assert [(c["id"], c["coder"]) for c in fragments[0]["codes"]] == [(code, "Lisa")]


async def test_select_with_the_mouse_and_give_a_code_from_the_codebook_panel(store):
    story = _story(store)
    code = codebook.add_code(store, "Gezelligheid")
    store.meta_set("coding_last_coder", "Omar")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CodingScreen(store, story))
        await pilot.pause()
        text = app.screen.query_one(FragmentText)
        # drag over the first word pair on the first line (after the stripe margin)
        await pilot.mouse_down(text, offset=(5, 0))
        await pilot.hover(text, offset=(11, 0))
        await pilot.mouse_up(text, offset=(11, 0))
        await pilot.pause()
        assert text.selection == (0, 6)
        await pilot.press("tab")  # to the codebook panel
        await pilot.press("enter")  # the only code
        await app.workers.wait_for_complete()
        await pilot.pause()
    fragments = coding.fragments_for_story(store, story)
    assert [(f["text"], f["codes"][0]["id"], f["codes"][0]["coder"]) for f in fragments] == [
        ("Ik kom", code, "Omar")]


async def test_code_without_selection_says_so_and_escape_goes_back(store):
    story = _story(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        said = record_notifications(app)
        app.push_screen(CodingScreen(store, story))
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert any("lege selectie" in m for m in said)
        await pilot.press("shift+right", "escape")  # first Escape drops the selection
        assert isinstance(app.screen, CodingScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CodingScreen)
    assert store.scalar("SELECT count(*) FROM fragments") == 0


@pytest.mark.slow  # long: left out of the quick loop
async def test_new_code_on_the_spot(store):
    story = _story(store)
    store.meta_set("coding_last_coder", "Lisa")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CodingScreen(store, story))
        await pilot.pause()
        await pilot.press("shift+right", "shift+right", "c")
        await pilot.pause()
        await pilot.press(*"Samen komen", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    row = codebook.find_code(store, "Samen komen")
    assert row["origin"] == "inductive" and row["created_by"] == "Lisa"
    assert coding.fragments_for_story(store, story)[0]["text"] == "Ik kom"


async def test_story_text_is_shown_inert(store):
    practice = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    teller = stories.add_storyteller(store, "X", "parent", practice_id=practice)
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text="[bold]vet[/bold] en \x1b[2J weg")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CodingScreen(store, story))
        await pilot.pause()
        text = app.screen.query_one(FragmentText)
        line = "".join(segment.text for segment in text.render_line(0))
        assert "[bold]vet[/bold]" in line and "\x1b" not in line and "␛" in line
