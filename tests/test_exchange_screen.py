"""The exchange screen: no Stop key with nothing running; the result of an
export can be seen on a small terminal."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static
from tui_support import record_notifications

from workbench.tui.app import make_app


@pytest.mark.slow  # long: left out of the quick loop
async def test_stop_key_only_offered_while_an_export_runs(demo_store):
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await pilot.pause()
        screen = pilot.app.screen
        assert not screen.check_action("cancel", ())
        screen.running = True
        assert screen.check_action("cancel", ())
        screen.running = False


async def test_export_result_is_visible_at_80x24(demo_store, tmp_path):
    app = make_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("6")
        await pilot.pause()
        out = tmp_path / "verhalen.csv"
        app.screen.query_one("#exchange-path", Input).value = str(out)
        said = record_notifications(app)
        await pilot.press("ctrl+e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        status = app.screen.query_one("#exchange-status", Static)
        assert out.exists()
        assert "Geschreven" in str(status.render())
        region = status.region
        assert region.height > 0
        # the toast names the file too, whatever fits on screen
        assert any(str(out) in m for m in said)
        detail = app.screen.query_one("#exchange-detail")
        assert detail.scroll_y == detail.max_scroll_y
        assert region.y + region.height <= 24 - 1, region  # above the footer


@pytest.mark.slow  # long: left out of the quick loop
async def test_exchange_and_sessions_screens_name_their_phase_in_the_header(demo_store):
    from workbench.i18n import t

    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await pilot.pause()
        assert pilot.app.sub_title == t("phase.exchange")
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.sub_title == t("app.title")  # back home
        await pilot.press("4")
        await pilot.pause()
        assert pilot.app.sub_title == t("phase.sessions")
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.sub_title == t("app.title")
