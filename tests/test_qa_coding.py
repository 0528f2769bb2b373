"""QA findings on coding and calibration, each pinned by a test."""

from __future__ import annotations

from textual.widgets import DataTable

from workbench import calibration, codebook, stories, workshop
from workbench.tui.app import make_app
from workbench.tui.screens.calibration import CalibrationCodingScreen

LONG = ("Op sommige ochtenden is het heel fijn en rustig, op andere ochtenden is het zo "
        "druk en luid dat ik na tien minuten weer wegga. Het is gezellig.")


async def test_calibration_coder_sees_own_codes_and_readable_sentences(store):
    """With long sentences the 'Your codes' column sat off-screen to the right, and after
    coding a sentence the table shrank every column to its header ('Op sommi')."""
    practice = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    teller = stories.add_storyteller(store, "Dewi", "parent", practice_id=practice)
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice, text=LONG)
    codebook.add_code(store, "Gezelligheid")
    calibration.create_calibration(store, "Ronde 1", [story], ["Anna", "Bert"])
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "k")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # "Code as Anna"
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CalibrationCodingScreen)
        table = screen.query_one(DataTable)

        def visible(label: str) -> bool:
            x = 0
            for column in table.ordered_columns:
                if str(column.label) == label:
                    return x + column.get_render_width(table) <= table.size.width
                x += column.get_render_width(table)
            return False

        def width(label: str) -> int:
            return next(c.get_render_width(table) for c in table.ordered_columns
                        if str(c.label) == label)

        assert visible("Uw codes")
        await pilot.press("enter", "space", "enter")  # code sentence 1
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Gezelligheid" in str(table.get_row_at(0))
        assert visible("Uw codes")
        assert width("Zin") >= 40, width("Zin")


async def test_fragment_list_acts_at_once_after_tab(demo_store):
    """Tab to 'Fragments in this story' and press x: the first fragment is offered for
    removal, instead of 'no fragment here' until an arrow key was pressed first."""
    from workbench.tui.screens.coding_dialogs import ChoiceDialog
    from workbench.tui.screens.coding_story import CodingScreen

    app = make_app(demo_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CodingScreen)
        await pilot.press("tab", "tab")
        await pilot.pause()
        assert app.screen.focused.id == "fragment-list"
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceDialog)
