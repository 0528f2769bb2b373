"""The posters screen, driven with Textual's Pilot on a real database file."""

from __future__ import annotations

import pytest
from posters_data import add_factor, add_quote
from pypdf import PdfReader
from textual.widgets import DataTable, Input, Static

from workbench import workshop
from workbench.store import Store
from workbench.tui.app import make_app

VLINDER = "Speelgroep De Vlinder"


@pytest.fixture
def file_store(tmp_path):
    s = Store.open(tmp_path / "kwp.db")
    workshop.create_workshop(s, "Kenniswerkplaats [bold]Noord[/bold]")
    workshop.add_practice(s, VLINDER)
    workshop.add_practice(s, "Buurthuiskamer Oost")
    social = add_factor(s, "Sociale contacten [red]", ["Even de deur uit"], practice=VLINDER)
    add_factor(s, "Vertrouwen", ["Ze luistert"], practice="Buurthuiskamer Oost")
    add_quote(s, social, "Hier heb ik voor het eerst gepraat met een andere moeder.",
              pseudonym="Roos", practice=VLINDER)
    yield s
    s.close()


def problems_text(app) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query("#posters-problems Static"))


async def open_posters(pilot):
    await pilot.press("5")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.mark.slow  # long: left out of the quick loop
async def test_screen_lists_posters_and_prints_them_with_progress(file_store, tmp_path):
    out = tmp_path / "printed"
    app = make_app(file_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_posters(pilot)
        table = app.screen.query_one("#posters-table", DataTable)
        assert table.row_count == 2
        names = {str(table.get_row_at(i)[0]) for i in range(table.row_count)}
        assert names == {"Sociale contacten [red]", "Vertrouwen"}  # markup stays literal
        assert "alles mag geprint worden" in problems_text(app)
        app.screen.query_one("#posters-folder", Input).value = str(out)
        await pilot.press("f5")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#posters-status", Static).render())
        assert "Klaar: 2 posters" in status
        files = sorted(p.name for p in out.iterdir())
        assert files == ["01-vertrouwen.pdf", "02-sociale-contacten-red.pdf"]
        text = PdfReader(out / files[1]).pages[0].extract_text()
        assert "andere moeder" in " ".join(text.split())
        assert app.screen.query_one("#posters-progress").progress == 2
        await pilot.press("escape")
        await pilot.pause()
        assert "2 posters geprint" in str(app.screen.query_one("#phase-posters").render())
    assert file_store.scalar("SELECT sum(count) FROM poster_runs") == 2


async def test_screen_shows_what_stops_printing_and_refuses(file_store, tmp_path):
    fid = file_store.scalar("SELECT id FROM factors WHERE name = 'Vertrouwen'")
    add_quote(file_store, fid, "Liever niet op een poster.", pseudonym="Anouk", consent=False,
              practice="Buurthuiskamer Oost")
    out = tmp_path / "printed"
    app = make_app(file_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_posters(pilot)
        assert "Anouk" in problems_text(app) and "geen toestemming" in problems_text(app)
        app.screen.query_one("#posters-folder", Input).value = str(out)
        await pilot.press("f5")
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert not out.exists()
        # Tick "leave out": the problem becomes a note and printing goes ahead.
        app.screen.query_one("#posters-skip").value = True
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Weggelaten citaat" in problems_text(app)
        await pilot.press("f5")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        texts = " ".join(PdfReader(p).pages[0].extract_text() for p in out.iterdir())
        assert "Liever niet op een poster." not in texts and "Vertrouwen" in texts


@pytest.mark.slow  # long: left out of the quick loop
async def test_choosing_a_practice_and_english(file_store):
    app = make_app(file_store, language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_posters(pilot)
        select = app.screen.query_one("#posters-which")
        select.value = file_store.scalar("SELECT id FROM practices WHERE name = ?", [VLINDER])
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#posters-table", DataTable)
        assert table.row_count == 1
        assert "ready to print" in str(app.screen.query_one("#posters-status").render())
        assert "Print" in app.screen.active_bindings["f5"].binding.description


async def test_a_consent_taken_back_after_the_list_was_shown_still_counts(file_store,
                                                                          tmp_path):
    from workbench.collect.stories import record_consent

    out = tmp_path / "printed"
    app = make_app(file_store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_posters(pilot)
        assert "alles mag geprint worden" in problems_text(app)
        roos = file_store.scalar("SELECT id FROM storytellers WHERE pseudonym = 'Roos'")
        record_consent(file_store, roos, store_story=True, quotes=False, method="verbal")
        app.screen.query_one("#posters-folder", Input).value = str(out)
        await pilot.press("f5")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not out.exists()
        assert "Roos" in problems_text(app)
        assert "Er is niets geprint" in str(app.screen.query_one("#posters-status").render())
