"""The posters screen's new choices: placeholders, rare roles, contact with QR code, logo."""

from __future__ import annotations

from posters_data import add_factor, add_quote
from pypdf import PdfReader
from textual.widgets import Checkbox, Input, Static

from workbench import workshop
from workbench.store import Store
from workbench.tui.app import make_app

VLINDER = "Speelgroep De Vlinder"


async def test_choices_reach_the_plan_and_the_pdf(tmp_path):
    s = Store.open(tmp_path / "kwp.db")
    workshop.create_workshop(s, "Kenniswerkplaats Noord")
    workshop.add_practice(s, VLINDER)
    factor = add_factor(s, "Sociale contacten", ["de deur uit komen"], practice=VLINDER)
    add_quote(s, factor, "Mijn opa zegt: [naam vrijwilliger] is er altijd.", pseudonym="Henk",
              role_label="opa", practice=VLINDER)
    out = tmp_path / "uit"
    app = make_app(s)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press("5")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            screen = app.screen
            notes = "\n".join(str(w.render()) for w in screen.query("#posters-problems Static"))
            assert "“opa” wordt “deelnemer”" in notes
            screen.query_one("#posters-rare-roles", Checkbox).value = True
            screen.query_one("#posters-keep-placeholders", Checkbox).value = True
            screen.query_one("#posters-contact", Input).value = "https://example.org/kwp"
            screen.query_one("#posters-folder", Input).value = str(out)
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert screen.plan.posters[0].quotes[0].signature == "opa"
            await pilot.press("f5")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert "Klaar" in str(screen.query_one("#posters-status", Static).render())
    finally:
        s.close()
    text = " ".join(PdfReader(out / "01-sociale-contacten.pdf").pages[0].extract_text().split())
    assert "[naam vrijwilliger] is er altijd." in text and "— opa" in text
    assert "https://example.org/kwp" in text and "Meer weten?" in text
