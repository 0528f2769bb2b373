"""Coding and calibration in use: the calibration coder's screen, the fragment list,
counts of codings, the comparison in Dutch."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable
from tui_support import record_notifications

from workbench import workshop
from workbench.coding import calibration, codebook
from workbench.collect import stories
from workbench.tui.app import make_app
from workbench.tui.screens.coding.calibration import CalibrationCodingScreen

LONG = ("Op sommige ochtenden is het heel fijn en rustig, op andere ochtenden is het zo "
        "druk en luid dat ik na tien minuten weer wegga. Het is gezellig.")


@pytest.mark.slow  # long: left out of the quick loop
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


@pytest.mark.slow  # long: left out of the quick loop
async def test_fragment_list_acts_at_once_after_tab(demo_store):
    """Tab to 'Fragments in this story' and press x: the first fragment is offered for
    removal, instead of 'no fragment here' until an arrow key was pressed first."""
    from workbench.tui.dialogs.pick import Pick
    from workbench.tui.screens.coding.story import CodingScreen

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
        assert isinstance(app.screen, Pick)


def test_one_coding_is_not_said_as_plural(tmp_path):
    """Deleting a code given once said '1 codings' / '1 coderingen', and the codebook
    panel 'given 1 times': counts are now written so that one reads right too."""
    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.i18n import t
    from workbench.store import Store

    path = tmp_path / "kwp.db"

    def run(*args, lang="nl"):
        return CliRunner().invoke(main, ["--db", str(path), "--lang", lang, *args])

    assert run("init", "KWP", "--practice", "Vlinder", "--no-pin").exit_code == 0
    store = Store.open(path)
    practice = workshop.practices(store)[0]["id"]
    teller = stories.add_storyteller(store, "Amal", "parent", practice_id=practice)
    stories.add_story(store, storyteller_id=teller, practice_id=practice,
                      text="Ik kom graag. Het is gezellig.")
    store.close()
    for lang in ("nl", "en"):
        assert run("codes", "add", "Sfeer").exit_code == 0
        assert run("code", "Amal", "--text", "gezellig", "--code", "Sfeer",
                   "--coder", "Lisa").exit_code == 0
        in_use = run("codes", "delete", "Sfeer", lang=lang)
        removed = run("codes", "delete", "Sfeer", "--remove-codings", lang=lang)
        for output in (in_use.output, removed.output):
            assert "1 coderingen" not in output and "1 codings" not in output, output
        assert "1" in removed.output
        detail = t("coding.detail_uses", lang, codings=1, children=0)
        assert "1 times" not in detail and "1 subcodes" not in detail, detail


def test_calibration_comparison_speaks_dutch(demo_file, tmp_path):
    """The comparison's first line read 'Overall: overeenstemming 81% …' in Dutch."""
    import shutil

    from click.testing import CliRunner

    from workbench.cli import main

    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    result = CliRunner().invoke(main, ["--db", str(path), "--lang", "nl", "calibration",
                                       "compare", "Kalibratie voorjaar"])
    assert result.exit_code == 0, result.output
    assert "Overall" not in result.output and "Totaal: " in result.output


async def test_done_with_sentences_left_warns(store):
    """'d' after coding 1 of 3 sentences said only 'Anna is done.'; the coder is now told
    that the sentences left open count as missing in the comparison."""
    practice = workshop.find_practice(store, "Speelgroep De Vlinder")["id"]
    teller = stories.add_storyteller(store, "Dewi", "parent", practice_id=practice)
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text="Ik kom graag. Het is gezellig. We helpen elkaar.")
    codebook.add_code(store, "Gezelligheid")
    session = calibration.create_calibration(store, "Ronde 1", [story], ["Anna", "Bert"])
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        said = record_notifications(app)
        await pilot.press("2", "k")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # "Code as Anna"
        await pilot.pause()
        await pilot.press("enter", "space", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert any("2" in m and "ontbrekend" in m for m in said), said
    assert calibration.coders(store, session)[0]["done_at"]
