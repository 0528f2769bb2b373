"""The coding screens through Textual's Pilot, keyboard first."""

from __future__ import annotations

from workbench import codebook, coding, stories, workshop
from workbench.tui.app import make_app
from workbench.tui.screens.coding_story import CodingScreen
from workbench.tui.widgets.fragment_text import FragmentText

TEXT = ("Ik kom elke dinsdag naar de groep. Het is gezellig en we lachen veel.\n\n"
        "Met twee moeders heb ik nu contact in de app.")


def _story(store, name="Amal") -> str:
    practice = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    teller = stories.add_storyteller(store, name, "parent", practice_id=practice)
    return stories.add_story(store, storyteller_id=teller, practice_id=practice, text=TEXT)


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
