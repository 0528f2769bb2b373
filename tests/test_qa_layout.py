"""QA findings on layout at the smallest supported terminal (80x24)."""

from __future__ import annotations

from textual.widgets import Select

from workbench.tui.app import make_app


async def test_collect_filters_stay_one_row_high_on_a_small_terminal(store):
    async with make_app(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        for select in pilot.app.screen.query("#collect-filters Select").results(Select):
            assert select.outer_size.height == 3, (select.id, select.outer_size)
