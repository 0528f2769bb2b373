"""The pseudonymisation assistant: finding kinds in plain words, the findings table fits."""

from __future__ import annotations

import pytest

from workbench.i18n import set_language, t


def test_capitalised_word_finding_is_named_in_plain_english():
    set_language("en")
    try:
        label = t("collect.kind.capital")
    finally:
        set_language("nl")
    assert label != "capital"
    assert "name" in label or "capitalised" in label




@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.slow  # long: left out of the quick loop
async def test_findings_table_fits_at_80_columns(demo_store, language):
    from textual.widgets import DataTable

    from workbench.tui.app import make_app
    from workbench.tui.screens.collect.pseudonymise import PseudonymiseScreen

    story = demo_store.scalar("SELECT s.id FROM stories s JOIN storytellers t "
                              "ON t.id = s.storyteller_id WHERE t.pseudonym = 'Tulp 7'")
    set_language(language)
    try:
        async with make_app(demo_store).run_test(size=(80, 24)) as pilot:
            pilot.app.push_screen(PseudonymiseScreen(demo_store, story))
            await pilot.pause()
            table = pilot.app.screen.query_one(DataTable)
            widths = [c.get_render_width(table) for c in table.ordered_columns]
            room = table.scrollable_content_region.width
    finally:
        set_language("nl")
    assert sum(widths) <= room, widths
