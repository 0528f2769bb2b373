"""QA pass 2, the shared-laptop ballot on a small screen (80x24)."""

from __future__ import annotations

from workbench import sessions, workshop
from workbench.tui.app import make_app


async def test_factor_name_stays_in_view_at_80x24(demo_store):
    practice = workshop.find_practice(demo_store, "Moederkracht")["id"]
    session_id = sessions.create_session(demo_store, "Zzz klein scherm", practice_id=practice)
    sessions.open_session(demo_store, session_id)
    app = make_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = app.screen.query_one("DataTable")
        row = [str(r.value) for r in table.rows].index(session_id)
        table.move_cursor(row=row)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("enter")  # anonymous
        await pilot.pause()
        await pilot.pause()
        title = app.screen.query_one(".ballot-title")
        region = title.region
        assert region.height > 0 and region.y >= 1, region  # below the header, not hidden


async def test_priority_step_with_two_lists_says_how_to_get_to_the_other(store):
    from test_sessions_support import open_session

    from workbench.i18n import t

    open_session(store, dot_budget=2)  # dots and ranking
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        steps = len(screen.flow.factors)
        for _ in range(steps):
            await pilot.press("3", "ctrl+n")
            await pilot.pause()
        screen = app.screen
        assert screen.query("DotBoard") and screen.query("RankList")
        text = " ".join(str(s.render()) for s in screen.query(".ballot-hint"))
        assert t("ballot.tab_hint") in text
