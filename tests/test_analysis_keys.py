"""No key is dropped while a screen or a dialog opens.

Each test sends the key that opens a screen (or dialog) and the keys meant for it in one
burst, before a single frame is drawn, the way a quick typist or a paste does. Keys that
arrive while a dialog is on its way are held by the app and handed to the dialog once it
has focus (``workbench.tui.base``)."""

from __future__ import annotations

import pytest
from analysis_data import build
from textual import events

from workbench.coding import codebook
from workbench.collect import attributes
from workbench.tui.app import make_app
from workbench.tui.screens.coding.retrieval import RetrievalScreen
from workbench.tui.screens.coding.story import CodingScreen
from workbench.tui.widgets.fragment_text import FragmentText


def burst(app, *keys: str) -> None:
    """Every key into the app's queue at once, without waiting for anything in between."""
    for key in keys:
        character = key if len(key) == 1 else {"enter": "\r", "space": " "}.get(key)
        event = events.Key(key, character)
        event.set_sender(app)
        app.post_message(event)


async def settle(app, pilot) -> None:
    for _ in range(3):
        await pilot.pause()
        await app.workers.wait_for_complete()
    await pilot.pause()


async def test_first_key_in_the_codebook_and_the_story_list(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        burst(app, "2", "b", "t")  # code list, codebook, seed from the topic list: at once
        await settle(app, pilot)
        assert len(codebook.codes(store)) == 5
        build(store)
        burst(app, "escape", "enter")  # back to the story list, and open the first story
        await settle(app, pilot)
        assert isinstance(app.screen, CodingScreen)


@pytest.mark.slow  # long: left out of the quick loop
async def test_typing_right_after_the_key_that_opens_a_dialog(store):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        # "a" opens the name prompt a few ticks later; without holding, "e" would open
        # the description dialog of the codebook and the name would be lost
        burst(app, "b", "a", *"Nieuwe code", "enter")
        await settle(app, pilot)
        assert [c["name"] for c in codebook.codes(store)] == ["Nieuwe code"]
        burst(app, "k", *"Thema", "enter")
        await settle(app, pilot)
        assert {c["name"] for c in codebook.codes(store)} == {"Nieuwe code", "Thema"}


async def back_to_the_code_list(app, pilot) -> None:
    from workbench.tui.screens.coding.story_list import CodeScreen

    for _ in range(5):
        if isinstance(app.screen, CodeScreen):
            return
        await pilot.press("escape")
        await settle(app, pilot)
    raise AssertionError(f"stuck on {app.screen}")


@pytest.mark.slow  # long: left out of the quick loop
async def test_every_analysis_screen_takes_its_first_key(store):
    ids = build(store)
    store.meta_set("coding_last_coder", "Lisa")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        # retrieval: the code dialog and its first key at once
        burst(app, "f", "down", "enter")
        await settle(app, pilot)
        assert isinstance(app.screen, RetrievalScreen)
        burst(app, "enter")  # and Enter at once opens the story
        await settle(app, pilot)
        assert isinstance(app.screen, CodingScreen)
        assert app.screen.query_one(FragmentText).selection is not None
        # the coding screen: search dialog and typing at once
        burst(app, "slash", *"thuis", "enter")
        await settle(app, pilot)
        assert app.screen.query_one(FragmentText).hits
        await back_to_the_code_list(app, pilot)
        burst(app, "v", "enter")  # co-occurrence: Enter on the first cell at once
        await settle(app, pilot)
        assert isinstance(app.screen, RetrievalScreen)
        await back_to_the_code_list(app, pilot)
        burst(app, "o", "enter")  # the overview: Enter at once drills down
        await settle(app, pilot)
        assert isinstance(app.screen, RetrievalScreen)
        await back_to_the_code_list(app, pilot)
        burst(app, "n", *"zoek")  # the memo list and its search, in one burst
        await settle(app, pilot)
        assert app.screen.query_one("#memo-search").value == "zoek"
        await back_to_the_code_list(app, pilot)
        burst(app, "e", "n", *"Taal", "enter")  # attributes: new attribute, name at once
        for _ in range(3):
            await pilot.pause()  # (the worker waits for the next dialog: no settle here)
        burst(app, "enter")  # kind: text
        await settle(app, pilot)
        assert attributes.find_attribute(store, "Taal")["kind"] == "text"
        await back_to_the_code_list(app, pilot)
        burst(app, "z", *"moeder*", "enter")  # search all stories, typed at once
        await settle(app, pilot)
        assert len(app.screen.hits) == 2
    assert ids
