"""Sounding-board sessions: leaving the ballot screen, driven as a facilitator would."""

from __future__ import annotations

from test_sessions_support import open_session

from workbench import access
from workbench.tui.app import make_app
from workbench.tui.dialogs.pin import PinDialog


async def test_leaving_the_ballot_asks_the_pin_without_mentioning_the_story_booth(store):
    open_session(store, dot_budget=2)
    access.set_pin(store, "1234")
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert type(app.screen).__name__ == "CheckInScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PinDialog)
        text = " ".join(str(s.render()) for s in app.screen.query("Static"))
        assert "verhalenhoek" not in text
        assert "stemmen" in text
        await pilot.press(*"1234", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"
