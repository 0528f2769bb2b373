"""The posters screen: the list fits, no busy-looking bar while idle."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, ProgressBar

from workbench.tui.app import make_app


async def _open(pilot):
    await pilot.press("5")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return pilot.app.screen


async def test_poster_list_fits_at_120_columns(demo_store):
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        table = screen.query_one("#posters-table", DataTable)
        assert table.row_count > 0
        widths = [c.get_render_width(table) for c in table.ordered_columns]
        assert sum(widths) <= table.scrollable_content_region.width, widths


@pytest.mark.slow  # long: left out of the quick loop
async def test_no_running_progress_bar_while_nothing_prints(demo_store):
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        screen = await _open(pilot)
        bar = screen.query_one("#posters-progress", ProgressBar)
        assert not bar.display or bar.total is not None, (bar.display, bar.total)


@pytest.mark.slow  # long: left out of the quick loop
async def test_poster_list_at_80_columns_keeps_factor_names_readable(demo_store):
    async with make_app(demo_store).run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        table = screen.query_one("#posters-table", DataTable)
        widths = [c.get_render_width(table) for c in table.ordered_columns]
        assert sum(widths) <= table.scrollable_content_region.width, widths
        assert widths[0] - 2 * table.cell_padding >= 16, widths
