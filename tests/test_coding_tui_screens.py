"""Codebook, calibration and overview screens through Textual's Pilot."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from workbench import workshop
from workbench.coding import calibration, codebook
from workbench.coding import fragments as coding
from workbench.collect import stories
from workbench.tui.app import make_app
from workbench.tui.screens.coding.calibration import (
    CalibrationCodingScreen,
    CalibrationListScreen,
    ComparisonScreen,
)
from workbench.tui.screens.coding.codebook import CodebookScreen
from workbench.tui.screens.coding.overview import OverviewScreen


def _story(store, name="Amal", text="Ik kom graag. Het is gezellig. We helpen elkaar.") -> str:
    practice = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    teller = stories.add_storyteller(store, name, "parent", practice_id=practice)
    return stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text)


@pytest.mark.slow  # long: left out of the quick loop
async def test_codebook_seed_add_and_delete_in_use_asks_merge_or_remove(store):
    story = _story(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "b")
        await pilot.pause()
        assert isinstance(app.screen, CodebookScreen)
        await pilot.press("t")  # categories from the topic list
        await pilot.pause()
        assert store.scalar("SELECT count(*) FROM codes WHERE origin = 'topic'") == 5
        await pilot.press("down", "a")  # a code in the highlighted category
        await pilot.pause()
        await pilot.press(*"Gezellig", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        code = codebook.find_code(store, "Gezellig")
        assert code["parent_id"] is not None
        coding.code_selection(store, story, 0, 13, [code["id"]], "Lisa")
        assert app.screen.current()["id"] == code["id"]
        await pilot.press("d")
        await pilot.pause()
        # the dialog offers merge or remove; choose "remove with codings" (2nd option)
        await pilot.press("down", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert store.scalar("SELECT count(*) FROM codes WHERE name = 'Gezellig'") == 0
    assert store.scalar("SELECT count(*) FROM codings") == 0


@pytest.mark.slow  # long: left out of the quick loop
async def test_calibration_code_alone_then_compare(store):
    s1 = _story(store)
    code = codebook.add_code(store, "Gezelligheid")
    session = calibration.create_calibration(store, "Ronde 1", [s1], ["Lisa", "Omar"])
    units = calibration.units(store, session)
    for unit in units:  # Omar has already coded: everything "no code"
        calibration.judge(store, session, unit["id"], "Omar", [])
    calibration.mark_done(store, session, "Omar")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "k")
        await pilot.pause()
        assert isinstance(app.screen, CalibrationListScreen)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # "Code as Lisa"
        await pilot.pause()
        assert isinstance(app.screen, CalibrationCodingScreen)
        table = app.screen.query_one(DataTable)
        # Lisa sees none of Omar's judgements
        assert "geen code" not in " ".join(
            str(table.get_cell_at((r, 2))) for r in range(table.row_count))
        await pilot.press("down", "enter")  # sentence 2: tick the code, save
        await pilot.pause()
        await pilot.press("space", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(2):  # sentences 3 and 1: no code
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("enter")
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("up", "up", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.press("d", "escape")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # open the comparison
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        overall = str(app.screen.query_one("#overall", Static).render())
        assert "67%" in overall
        side = app.screen.query_one("#side-by-side", DataTable)
        assert side.row_count == 1 and "Gezelligheid" in str(side.get_cell_at((0, 2)))
    assert calibration.my_judgements(store, session, "Lisa")[units[1]["id"]] == [code]


async def test_overview_table_and_chart_per_practice_and_role(store):
    story = _story(store)
    code = codebook.add_code(store, "Gezelligheid")
    coding.code_selection(store, story, 0, 13, [code], "Lisa")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "o")
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        table = app.screen.query_one(DataTable)
        assert "Speelgroep De Vlinder" in [str(c.label) for c in table.columns.values()]
        chart = str(app.screen.query_one("#overview-chart", Static).render())
        assert "Gezelligheid" in chart and "█" in chart
        await pilot.press("r")
        await pilot.pause()
        assert "ouder" in [str(c.label) for c in table.columns.values()]


async def test_english_key_hints(store):
    _story(store)
    app = make_app(store, language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        hints = [b.binding.description for b in app.screen.active_bindings.values()]
        assert "Codebook" in hints and "Calibration" in hints
