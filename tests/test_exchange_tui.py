"""The exchange screen driven with Pilot: choose, see what is included, export in a worker."""

from __future__ import annotations

import zipfile

import pytest
from exchange_data import add_story, edge_workshop, fill_analysis
from textual.widgets import Input, OptionList, Static

from workbench.exchange import choices
from workbench.i18n import t
from workbench.tui.app import make_app


def included_text(app) -> str:
    return str(app.screen.query_one("#exchange-included", Static).render())


async def open_exchange(pilot):
    await pilot.press("6")
    await pilot.pause()
    assert pilot.app.screen.__class__.__name__ == "ExchangeScreen"


@pytest.mark.slow  # long: left out of the quick loop
async def test_choose_export_and_write_qdpx(store, tmp_path):
    edge_workshop(store)
    fill_analysis(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_exchange(pilot)
        text = included_text(app)
        assert "5 verhalen" in text and "ATLAS.ti" in text
        assert "Zonder echte namen" in text
        out = tmp_path / "uit.qdpx"
        app.screen.query_one("#exchange-path", Input).value = str(out)
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#exchange-status", Static).render())
        assert "Geschreven" in status and out.exists()
        with zipfile.ZipFile(out) as zf:
            assert "project.qde" in zf.namelist()
        # choosing another export shows what that one includes
        await pilot.press("down", "down", "down", "down")
        await pilot.pause()
        assert "kenmerkende elementen" in included_text(app)
        assert app.screen.query_one("#exchange-path", Input).value.endswith(".csv")
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HomeScreen"


@pytest.mark.slow  # long: left out of the quick loop
async def test_errors_are_shown_as_a_sentence(store, tmp_path):
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_exchange(pilot)
        app.screen.query_one("#exchange-list", OptionList).highlighted = 1  # codebook
        await pilot.pause()
        app.screen.query_one("#exchange-path", Input).value = str(tmp_path / "c.qdc")
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        status = str(app.screen.query_one("#exchange-status", Static).render())
        assert "codeboek is nog leeg" in status
        assert not (tmp_path / "c.qdc").exists()
        app.screen.query_one("#exchange-path", Input).value = str(tmp_path / "nope" / "c.qdc")
        await pilot.press("ctrl+e")
        await pilot.pause()
        assert app.screen.running is False


async def test_hostile_names_stay_inert_and_english_works(store, tmp_path):
    add_story(store, "[bold]X[/bold]\x1b[2J", "Tekst [red]rood[/red].")
    store.db.execute("UPDATE workshops SET name = '[b]Werk\x1b]plaats'")
    app = make_app(store, language="en")
    async with app.run_test(size=(120, 40)) as pilot:
        await open_exchange(pilot)
        assert "1 story" in included_text(app)
        app.screen.query_one("#exchange-list", OptionList).highlighted = 2  # csv stories
        await pilot.pause()
        path = app.screen.query_one("#exchange-path", Input).value
        assert path.endswith(".csv") and "\x1b" not in path and "[" not in path
        app.screen.query_one("#exchange-path", Input).value = str(tmp_path / "s.csv")
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Written" in str(app.screen.query_one("#exchange-status", Static).render())
        assert (tmp_path / "s.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_every_choice_has_texts():
    for item in choices.CHOICES:
        for key in (f"exchange.tui.choice.{item.key}", f"exchange.tui.about.{item.key}"):
            assert t(key) != key
