"""The practical guide from the posters screen: tips per factor, introduction, the PDF."""

from __future__ import annotations

import pytest
from posters_data import add_factor, add_quote
from pypdf import PdfReader
from textual.widgets import Input, Select, Static, TextArea

from workbench import workshop
from workbench.posters import guide
from workbench.store import Store
from workbench.tui.app import make_app

VLINDER = "Speelgroep De Vlinder"
OOST = "Buurthuiskamer Oost"


def make_store(tmp_path) -> Store:
    s = Store.open(tmp_path / "kwp.db")
    workshop.create_workshop(s, "Kenniswerkplaats Noord")
    workshop.add_practice(s, VLINDER)
    workshop.add_practice(s, OOST)
    social = add_factor(s, "Sociale contacten", ["de deur uit komen"], practice=VLINDER,
                        link_id="link-social")
    add_factor(s, "Sociale contacten", ["samen eten"], practice=OOST, link_id="link-social")
    add_factor(s, "Vertrouwen", ["een begeleider die luistert"], practice=VLINDER,
               link_id="link-trust")
    add_factor(s, "Vertrouwen", ["niemand oordeelt"], practice=OOST, link_id="link-trust")
    add_quote(s, social, "Hier heb ik voor het eerst een andere moeder gesproken.",
              pseudonym="Roos", practice=VLINDER)
    return s


@pytest.mark.slow  # long: left out of the quick loop
async def test_tips_entered_on_the_guide_screen_reach_the_pdf(tmp_path):
    store = make_store(tmp_path)
    out = tmp_path / "uit"
    app = make_app(store)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("5")
            await pilot.pause()
            await app.workers.wait_for_complete()
            app.screen.query_one("#posters-folder", Input).value = str(out)
            await pilot.press("f6")  # or the Handreiking… button under the options
            await pilot.pause()
            screen = app.screen
            assert screen.query_one("#guide-tips", TextArea)
            select = screen.query_one("#guide-factor", Select)
            first = select.value
            screen.query_one("#guide-tips", TextArea).load_text(
                "Vraag wie een ouder al kent.\n\nZet nieuwe ouders naast een bekende.")
            screen.query_one("#guide-intro", TextArea).load_text("Onze werkplaats in het kort.")
            await pilot.press("ctrl+s")
            await pilot.pause()
            assert "2 tips" in str(screen.query_one("#guide-status", Static).render())
            # Another factor: what was typed for the first one is kept.
            select.focus()  # choose the next factor by keyboard, as a researcher does
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("down", "enter")
            await pilot.pause()
            assert select.value != first
            assert screen.query_one("#guide-tips", TextArea).text == ""
            screen.query_one("#guide-tips", TextArea).load_text("Bel terug als u dat belooft.")
            await pilot.press("f5")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            status = str(screen.query_one("#guide-status", Static).render())
            assert "Handreiking gemaakt" in status, status
    finally:
        store.close()
    check = Store.open(tmp_path / "kwp.db")
    try:
        assert guide.intro(check) == "Onze werkplaats in het kort."
    finally:
        check.close()
    text = " ".join(" ".join(p.extract_text() for p in
                             PdfReader(out / "handreiking.pdf").pages).split())
    for expected in ("Vraag wie een ouder al kent.", "Zet nieuwe ouders naast een bekende.",
                     "Bel terug als u dat belooft.", "Onze werkplaats in het kort.",
                     "Hier heb ik voor het eerst een andere moeder gesproken."):
        assert expected in text


async def test_the_guide_button_opens_the_guide_screen(tmp_path):
    from textual.widgets import Button

    from workbench.tui.screens.posters.guide import GuideScreen

    store = make_store(tmp_path)
    app = make_app(store)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("5")
            await pilot.pause()
            await app.workers.wait_for_complete()
            button = app.screen.query_one("#posters-guide", Button)
            button.scroll_visible(animate=False)
            await pilot.pause()
            await pilot.click("#posters-guide")
            await pilot.pause()
            assert isinstance(app.screen, GuideScreen)
            await pilot.press("escape")
            await pilot.pause()
            assert not isinstance(app.screen, GuideScreen)
    finally:
        store.close()
