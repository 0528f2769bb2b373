"""The collect screen: the story list and its filters fit the terminal."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Select

from workbench.i18n import t
from workbench.tui.app import make_app
from workbench.tui.screens.collect.story_list import CollectScreen


def _columns(table: DataTable) -> dict[str, int]:
    return {str(c.label): c.get_render_width(table) for c in table.ordered_columns}


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@pytest.mark.slow  # long: left out of the quick loop
async def test_story_list_columns_fit_and_status_is_whole(demo_store, size):
    async with make_app(demo_store).run_test(size=size) as pilot:
        await pilot.press("1")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, CollectScreen)
        table = screen.query_one("#stories", DataTable)
        columns = _columns(table)
        assert sum(columns.values()) <= table.scrollable_content_region.width, columns
        assert t("collect.col.status") in columns
        status_width = columns[t("collect.col.status")] - 2 * table.cell_padding
        longest = max(len(t(f"collect.status.{s}")) for s in
                      ("draft", "interrupted", "complete", "ready"))
        assert status_width >= longest
        if size[0] >= 120:
            assert t("collect.col.date") in columns
        screen.query_one("#search", Input).value = "speelgroep"
        await pilot.pause()
        columns = _columns(table)
        assert t("collect.col.found") in columns, columns
        assert sum(columns.values()) <= table.scrollable_content_region.width, columns


@pytest.mark.slow  # long: left out of the quick loop
async def test_one_found_story_is_counted_in_the_singular(demo_store):
    from textual.widgets import Static

    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        screen = pilot.app.screen
        screen.query_one("#search", Input).value = "Dorpsstraat"
        await pilot.pause()
        assert len(screen.rows) == 1
        assert str(screen.query_one("#story-count", Static).render()) == "1 verhaal"


@pytest.mark.slow  # long: left out of the quick loop
async def test_escape_in_the_search_clears_it_and_returns_to_the_list(demo_store):
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        screen = pilot.app.screen
        await pilot.press("slash", *"koffie")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is screen
        assert screen.search_text == ""
        assert screen.focused is screen.query_one("#stories", DataTable)


async def test_collect_filters_stay_one_row_high_on_a_small_terminal(store):
    async with make_app(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        for select in pilot.app.screen.query("#collect-filters Select").results(Select):
            assert select.outer_size.height == 3, (select.id, select.outer_size)
