"""Issue 21: the close-session dialog answers Enter with its main action."""

from __future__ import annotations

import pytest
from test_sessions_support import open_session

from workbench.tui.app import make_app
from workbench.tui.dialogs.confirm import Confirm


async def test_enter_in_the_close_dialog_closes_the_session(store):
    session_id, _ = open_session(store)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, Confirm)
        assert app.screen.focused is not None and app.screen.focused.id == "yes"
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"
    state = store.scalar("SELECT state FROM sessions WHERE id = ?", [session_id])
    assert state == "closed"


@pytest.mark.slow  # long: left out of the quick loop
async def test_a_dangerous_question_still_focuses_no(store):
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        answers = []
        app.push_screen(Confirm("Weghalen?", yes="Verwijderen", danger=True), answers.append)
        await pilot.pause()
        assert app.screen.focused.id == "no"
        await pilot.press("enter")
        await pilot.pause()
    assert answers == [False]
