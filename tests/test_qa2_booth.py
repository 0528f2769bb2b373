"""QA pass 2, the story booth on a small laptop screen (80x24)."""

from __future__ import annotations

import pytest

from workbench import access
from workbench.i18n import set_language
from workbench.tui.booth import make_booth_app


@pytest.mark.parametrize("language", ["nl", "en"])
async def test_all_topic_buttons_fit_at_80_columns(store, language):
    access.set_pin(store, "2468")
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    app = make_booth_app(store, practice, language=language)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            for selector in ("#start", "#consent-next", "#store-yes", "#quotes-yes",
                             "#role-parent", "#name-take"):
                await pilot.click(selector)
                await pilot.pause()
            screen = app.screen
            assert screen.step == "topic"
            for selector in ("#topic-back", "#topic-skip", "#topic-next", "#topic-done"):
                region = screen.query_one(selector).region
                assert region.width > 0 and region.right <= 80, (selector, region)
    finally:
        set_language("nl")
