"""The analysis screens through Textual's Pilot, keyboard only."""

from __future__ import annotations

import pytest
from analysis_data import S2, build
from tui_support import record_notifications

from workbench.coding import fragments as coding
from workbench.coding import memos
from workbench.collect import attributes
from workbench.tui.app import make_app
from workbench.tui.screens.coding.retrieval import RetrievalScreen
from workbench.tui.screens.coding.story import CodingScreen
from workbench.tui.widgets.fragment_text import FragmentText


async def _settle(app, pilot):
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_retrieve_a_code_across_three_stories_and_open_one(store):
    ids = build(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")  # the coding phase
        await pilot.pause()
        await pilot.press("f")  # fragments of a code: which one?
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")  # Contact, Vriendschap, Steun, Gez.
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RetrievalScreen)
        assert {r["story_id"] for r in screen.rows} == {ids["s1"], ids["s2"], ids["s3"]}
        assert "4 fragmenten uit 3 verhalen" in str(screen.query_one("#retrieval-title")
                                                    .render())
        # practices in name order: Chaima (Oost), then Amal and Bram (De Vlinder)
        await pilot.press("down", "down", "enter")  # Bram's "De moeders lachen…"
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        assert app.screen.story["id"] == ids["s2"]
        start = S2.index("De moeders")
        assert app.screen.query_one(FragmentText).selection == (start, start + 29)


@pytest.mark.slow  # long: left out of the quick loop
async def test_filter_a_retrieval_by_an_attribute_given_in_the_tui(store):
    ids = build(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("e")  # attributes
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Leeftijd", "enter")
        await pilot.pause()
        await pilot.press("down", "down", "down", "down", "enter")  # kind: choice
        await pilot.pause()
        await pilot.press(*"30-40, 40+", "enter")
        await _settle(app, pilot)
        # rows: Amal, Bram, Chaima; the cursor is on Amal's Leeftijd
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # 30-40
        await _settle(app, pilot)
        await pilot.press("down", "down", "enter")  # Chaima
        await pilot.pause()
        await pilot.press("enter")  # 30-40
        await _settle(app, pilot)
        age = attributes.find_attribute(store, "Leeftijd")["id"]
        assert attributes.values_for(store, ids["Amal"]) == {age: "30-40"}
        assert attributes.values_for(store, ids["Chaima"]) == {age: "30-40"}
        await pilot.press("escape", "f")
        await pilot.pause()
        await pilot.press("down", "down", "down", "enter")  # Gezelligheid
        await pilot.pause()
        await pilot.press("a")  # by attribute
        await pilot.pause()
        await pilot.press("down", "enter")  # Leeftijd = 30-40
        await _settle(app, pilot)
        assert {r["id"] for r in app.screen.rows} == {ids["f3"], ids["f6"]}


@pytest.mark.slow  # long: left out of the quick loop
async def test_undo_and_redo_three_coding_actions(store):
    ids = build(store)
    store.meta_set("coding_last_coder", "Lisa")
    app = make_app(store)

    def state():
        return [(f["start"], f["end"], sorted(c["name"] for c in f["codes"]))
                for f in coding.fragments_for_story(store, ids["s2"])]

    before = state()
    async with app.run_test(size=(120, 40)) as pilot:
        said = record_notifications(app)
        app.push_screen(CodingScreen(store, ids["s2"]))
        await pilot.pause()
        # 1: code the last sentence with a new code
        await pilot.press("pagedown", "pagedown")  # the end of the story
        await pilot.press("s")
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"Tijd", "enter")
        await _settle(app, pilot)
        # 2: take Gezelligheid off the first sentence
        await pilot.press("pageup", "pageup", "x")
        await pilot.pause()
        await pilot.press("enter")  # "Gezelligheid weghalen" is the first choice
        await _settle(app, pilot)
        # 3: a memo on it
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"Eerste", "enter", *"tweede", "ctrl+s")
        await _settle(app, pilot)
        after = state()
        assert after != before
        assert memos.memos_on(store, "fragment", ids["f4"])[0]["text"] == "Eerste\ntweede"
        for _ in range(3):
            await pilot.press("ctrl+z")
            await pilot.pause()
        assert state() == before
        assert memos.memos_on(store, "fragment", ids["f4"]) == []
        await pilot.press("ctrl+z")  # nothing more to undo: says so
        await pilot.pause()
        for _ in range(3):
            await pilot.press("ctrl+y")
            await pilot.pause()
        assert state() == after
        messages = list(said)
        assert any(m.startswith("Ongedaan gemaakt: coderen met Tijd") for m in messages)
        assert "Er is niets om ongedaan te maken." in messages


@pytest.mark.slow  # long: left out of the quick loop
async def test_search_in_a_story_and_across_stories_autocode_then_undo(store):
    ids = build(store)
    store.meta_set("coding_last_coder", "Lisa")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CodingScreen(store, ids["s1"]))
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"thuis", "enter")
        await _settle(app, pilot)
        text = app.screen.query_one(FragmentText)
        start = text.text.index("thuis")
        assert text.selection == (start, start + 5)
        await pilot.press("c")
        await pilot.pause()
        await pilot.press(*"Thuis", "enter")  # a new code for the hit
        await _settle(app, pilot)
        assert any(f["text"] == "thuis" for f in coding.fragments_for_story(store, ids["s1"]))
        await pilot.press("escape", "escape")
        await pilot.pause()
        codings = store.scalar("SELECT count(*) FROM codings")
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("z")  # search all stories
        await pilot.pause()
        await pilot.press(*"moeder*", "enter")
        await pilot.pause()
        assert len(app.screen.hits) == 2
        await pilot.press("ctrl+k")
        await pilot.pause()
        await pilot.press(*"Steun", "enter")
        await _settle(app, pilot)
        assert store.scalar("SELECT count(*) FROM codings") == codings + 2
        await pilot.press("ctrl+z")
        await _settle(app, pilot)
        assert store.scalar("SELECT count(*) FROM codings") == codings


@pytest.mark.slow  # long: left out of the quick loop
async def test_a_story_memo_is_found_in_the_memo_list(store):
    ids = build(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CodingScreen(store, ids["s3"]))
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        await pilot.press(*"Vergelijk met Amal", "enter", *"over contact", "ctrl+s")
        await _settle(app, pilot)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("n")  # the memo list
        await pilot.pause()
        await pilot.press(*"vergelijk")
        await pilot.pause()
        assert [r["about"] for r in app.screen.rows] == ["Verhaal van Chaima"]
        assert app.screen.rows[0]["text"] == "Vergelijk met Amal\nover contact"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen) and app.screen.story["id"] == ids["s3"]


@pytest.mark.slow  # long: left out of the quick loop
async def test_cooccurrence_cell_drills_down_and_overview_counts_too(store):
    ids = build(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        # cursor starts on Vriendschap × Steun (same fragment: f1 and f8)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RetrievalScreen)
        assert {r["id"] for r in app.screen.rows} == {ids["f1"], ids["f8"]}
        await pilot.press("escape", "escape", "o")  # the overview, per practice
        await pilot.pause()
        # rows in codebook order: Vriendschap, Steun, Gezelligheid; columns: code, Oost, Vlinder
        await pilot.press("down", "down", "right", "right", "enter")
        await pilot.pause()
        assert {r["id"] for r in app.screen.rows} == {ids["f3"], ids["f4"], ids["f5"]}


@pytest.mark.slow  # long: left out of the quick loop
async def test_status_line_forgets_the_selection_of_a_removed_fragment(store):
    ids = build(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CodingScreen(store, ids["s2"]))
        await pilot.pause()
        await pilot.press("s")  # select the first sentence: the fragment f4
        await pilot.pause()
        status = app.screen.query_one("#coding-status")
        assert "Selectie" in str(status.render())
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("down", "enter")  # the second choice: remove the whole fragment
        await _settle(app, pilot)
        assert store.one("SELECT 1 FROM fragments WHERE id = ?", [ids["f4"]]) is None
        assert "Selectie" not in str(app.screen.query_one("#coding-status").render())
