"""The shared-laptop ballot and the facilitator's screens, driven with Textual's Pilot."""

from __future__ import annotations

import pytest
from test_sessions_support import open_session

from workbench.sessions import ballots
from workbench.sessions import floor as session_floor
from workbench.sessions import model as sessions
from workbench.sessions.ballots import Ballot, FactorAnswer
from workbench.tui.app import make_app


async def _to_session(pilot, app) -> None:
    await pilot.press("4")
    await pilot.pause()
    await pilot.press("enter")  # the newest session
    await pilot.pause()


@pytest.mark.slow  # long: left out of the quick loop
async def test_facilitator_creates_opens_reveals_and_closes(store):
    from test_sessions_support import add_factors, practice_id

    add_factors(store, practice_id(store))
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "NewSessionDialog"
        await pilot.press("ctrl+s")  # no name yet
        await pilot.pause()
        assert "naam" in str(app.screen.query_one("#dialog-error").render())
        await pilot.press(*"Klankbord mei")
        app.screen.query_one("#quorum").value = "2"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"
        session_id = app.screen.session_id
        session = sessions.get_session(store, session_id)
        assert session["quorum"] == 2 and session["dot_budget"] == 1
        assert len(sessions.session_factors(store, session_id)) == 5
        # draft: no ballots yet
        await pilot.press("b")
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"
        await pilot.press("o")
        await pilot.pause()
        assert sessions.get_session(store, session_id)["state"] == "open"
        # someone votes in another terminal meanwhile
        f = [x["id"] for x in sessions.session_factors(store, session_id)]
        ballots.cast(store, session_id, "Bea", Ballot(
            answers={f[0]: FactorAnswer(4, additions=["uitjes"])}, ranking=[f[0]]))
        await pilot.press("u")  # hidden: nothing happens
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert type(app.screen).__name__ == "ResultsScreen"
        chart = str(app.screen.query_one("#priority-chart").render())
        assert "1. Sociale contacten" in chart and "Borda" in chart
        assert app.screen.query("#below-quorum").first().display  # 1 of 2
        await pilot.press("enter")  # take "uitjes" on as an element
        await pilot.pause()
        assert store.scalar("SELECT count(*) FROM factor_elements WHERE origin = 'session'") == 1
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.click("#yes")
        await pilot.pause()
        assert sessions.get_session(store, session_id)["state"] == "closed"
        await pilot.press("b")  # closed: read-only
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"


@pytest.mark.slow  # long: left out of the quick loop
async def test_show_of_hands_and_cards(store):
    session_id, f = open_session(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_session(pilot, app)
        await pilot.press("h")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#priority-0").value = "6"
        screen.query_one("#recognition-0").value = "7"
        screen.query_one("#present").value = "8"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        await pilot.press(*"Altijd koffie", "enter")
        await pilot.pause()
        assert "Altijd koffie" in str(
            app.screen.query_one("#cards-claim").get_option_at_index(0).prompt)
    assert session_floor.hand_counts(store, session_id) == {f[0]: 6}
    assert session_floor.hand_counts(store, session_id, "recognition") == {f[0]: 7}
    assert sessions.get_session(store, session_id)["present"] == 8
    assert [c["text"] for c in session_floor.cards(store, session_id)] == ["Altijd koffie"]


async def test_hostile_names_stay_inert_on_every_session_screen(store):
    from test_sessions_support import add_factors, practice_id

    from workbench.sessions import model as core

    hostile = "[bold red]Boem[/bold red]\x1b[2J"
    f = add_factors(store, practice_id(store), {hostile: [hostile]})
    session_id = core.create_session(store, hostile, practice_id=practice_id(store))
    core.open_session(store, session_id)
    ballots.cast(store, session_id, "[i]x[/i]", Ballot(
        answers={f[0]: FactorAnswer(5, hostile, additions=[hostile])}, ranking=[f[0]]))
    core.reveal(store, session_id)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_session(pilot, app)
        await pilot.press("u")
        await pilot.pause()
        assert type(app.screen).__name__ == "ResultsScreen"
        chart = str(app.screen.query_one("#priority-chart").render())
        assert "[bold red]Boem[/bold red]␛[2J" in chart
        assert "\x1b" not in chart
