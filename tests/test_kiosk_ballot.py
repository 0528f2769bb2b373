"""The sounding-board ballot as members use it on the shared laptop, through Textual's
Pilot: a locked kiosk from the check-in to the thank-you, Enter always going on."""

from __future__ import annotations

import pytest
from test_sessions_support import open_session
from textual.command import CommandPalette

from workbench import access, workshop
from workbench.collect import booth
from workbench.i18n import get_language, t
from workbench.sessions import ballots
from workbench.sessions import model as sessions
from workbench.tui.app import make_app
from workbench.tui.dialogs.pin import PinDialog
from workbench.tui.kiosk.ballot_app import make_ballot_app
from workbench.tui.kiosk.ballot_widgets import RankList

pytestmark = pytest.mark.slow  # long Pilot runs of the kiosk

PIN = "1357"


def _session(store, **settings):
    access.set_pin(store, PIN)
    return open_session(store, **settings)


async def _to_checkin(pilot, app) -> None:
    await pilot.press("4")
    await pilot.pause()
    await pilot.press("enter")  # the newest session
    await pilot.pause()
    await pilot.press("b")
    await pilot.pause()
    assert type(app.screen).__name__ == "CheckInScreen"


def _screen_text(app) -> str:
    return " ".join(str(w.render()) for w in app.screen.query("Static"))


async def test_cast_one_full_ballot_with_enter_doing_the_main_thing(store):
    session_id, f = _session(store, dot_budget=2, rate_elements=True)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_checkin(pilot, app)
        await pilot.press(*"Amira", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "FactorStep" and app.screen.step == 0
        await pilot.press("enter")  # no number yet: refused with a sentence that stays
        await pilot.pause()
        assert app.screen.step == 0
        assert t("ballot.choose_first") in _screen_text(app)
        await pilot.press("5")
        app.screen.query_one("#element-0").focus()
        await pilot.press("4")  # its first element
        app.screen.query_one("#reason").value = "Ik kom [bold]echt[/bold] de deur uit"
        app.screen.query_one("#addition").focus()
        await pilot.press(*"samen koken", "enter")
        await pilot.pause()
        app.screen.query_one("#factor-score").focus()
        await pilot.press("enter")
        await pilot.pause()
        for key in ("3", "0", "4", "2"):  # factors 2-5: a number and Enter each
            assert type(app.screen).__name__ == "FactorStep"
            await pilot.press(key, "enter")
            await pilot.pause()
        assert type(app.screen).__name__ == "PriorityStep"
        await pilot.press("right", "right", "right")  # two dots; the third is refused
        await pilot.press("tab")
        # ranking: rows stay put; Enter gives the next number
        await pilot.press("down", "down", "enter", "up", "up", "enter")
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmStep"
        summary = str(app.screen.query_one("#summary").render())
        assert "[bold]echt[/bold]" in summary and "samen koken" in summary
        await pilot.press("enter")  # "Yes, this is right" has the focus
        await pilot.pause()
        assert type(app.screen).__name__ == "ThanksScreen"
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "CheckInScreen"
        assert app.screen.query_one("#label").value == ""  # nothing of Amira left

    ballot = ballots.read_ballot(store, store.scalar("SELECT id FROM ballots"))
    assert ballot.confirmed
    first_element = sessions.factor_elements(store, f[0])[0]["id"]
    assert ballot.answers[f[0]].score == 5
    assert ballot.answers[f[0]].elements == {first_element: 4}
    assert ballot.answers[f[0]].reason == "Ik kom [bold]echt[/bold] de deur uit"
    assert ballot.answers[f[0]].additions == ["samen koken"]
    assert [ballot.answers[x].score for x in f[1:]] == [3, None, 4, 2]
    assert ballot.dots == {f[0]: 2}
    assert ballot.ranking == [f[2], f[0]]


async def test_going_back_keeps_answers_and_stopping_discards(store):
    _session(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_checkin(pilot, app)
        await pilot.press("enter")  # no name: a number
        await pilot.pause()
        await pilot.press("4", "enter")
        await pilot.pause()
        assert app.screen.step == 1
        await pilot.press("escape")  # back to factor 1, the 4 is still there
        await pilot.pause()
        assert app.screen.step == 0
        assert app.screen.query_one("#factor-score").value == 4
        await pilot.press("escape")  # stop? -> a question, "no" has the focus
        await pilot.pause()
        assert type(app.screen).__name__ == "Confirm"
        await pilot.click("#yes")
        await pilot.pause()
        assert type(app.screen).__name__ == "CheckInScreen"
    assert store.scalar("SELECT count(*) FROM participants") == 0
    assert store.scalar("SELECT count(*) FROM ratings") == 0


async def test_no_way_out_of_the_ballot_without_the_pin(store):
    _session(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_checkin(pilot, app)
        checkin = app.screen
        for key in ("ctrl+p", "f1", "f3", "f4", "1", "6", "ctrl+z", "ctrl+backslash"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is checkin, key
        for key in ("ctrl+q", "ctrl+c", "escape"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, PinDialog), key
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is checkin
        await pilot.press("enter")  # into a ballot: the same lock
        await pilot.pause()
        step = app.screen
        assert type(step).__name__ == "FactorStep"
        for key in ("ctrl+p", "f1", "ctrl+z"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen is step, key
        for key in ("ctrl+q", "ctrl+c"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, PinDialog), key
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        await pilot.press(*PIN, "enter")  # the facilitator: back to the session screen
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"
        await pilot.press("ctrl+p")  # and the app is the facilitator's again
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_a_ballot_needs_a_pin_before_it_opens(store):
    open_session(store)  # no PIN set
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        assert type(app.screen).__name__ == "SessionDetailScreen"


async def test_ranking_rows_stay_put_and_moves_never_rank_by_themselves(store):
    pairs = [("a", "A"), ("b", "B"), ("c", "C")]
    ranking = RankList(pairs)
    ranking.cursor = 2
    ranking.action_toggle()  # C is number 1; the cursor stays on C
    assert ranking.ranking == ["c"] and ranking.cursor == 2
    ranking.action_shift(-1)  # nothing to swap with
    ranking.action_cursor(-1)
    ranking.action_shift(1)  # B is not ranked: a move ranks nothing
    assert ranking.ranking == ["c"]
    ranking.action_toggle()
    assert ranking.ranking == ["c", "b"] and ranking.cursor == 1
    ranking.action_shift(-1)  # B up: now first
    assert ranking.ranking == ["b", "c"] and ranking.cursor == 1
    ranking.action_toggle()  # Enter again takes the number away
    assert ranking.ranking == ["c"]


async def test_an_addition_can_be_removed_and_a_stray_digit_is_not_one(store):
    session_id, f = _session(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_checkin(pilot, app)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("4")
        app.screen.query_one("#addition").focus()
        await pilot.press(*"uitjes", "enter")
        await pilot.pause()
        await pilot.press(*"verkeerd", "enter")
        await pilot.pause()
        assert len(app.screen.query(".addition-row")) == 2
        await pilot.click("#remove-1")
        await pilot.pause()
        assert len(app.screen.query(".addition-row")) == 1
        await pilot.press("3")  # meant as a score, typed in the addition field
        app.screen.query_one("#factor-score").focus()
        await pilot.press("enter")
        await pilot.pause()
    ballot = ballots.read_ballot(store, store.scalar("SELECT id FROM ballots"))
    assert ballot.answers[f[0]].additions == ["uitjes"]


async def test_the_language_switch_is_for_one_participant_and_keeps_the_name(store):
    _session(store)
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_checkin(pilot, app)
        await pilot.press(*"Bea")
        await pilot.press("f2")
        await pilot.pause()
        await pilot.pause()
        assert get_language() == "en"
        assert app.screen.query_one("#label").value == "Bea"
        assert "Welcome" in _screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("3")
        app.screen.query_one("#reason").value = "Soms wel"
        await pilot.press("f2")  # back to Dutch mid-ballot: what was typed stays
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#factor-score").value == 3
        assert app.screen.query_one("#reason").value == "Soms wel"
        assert "Herkent u dit?" in _screen_text(app)
        await pilot.press("f2")
        await pilot.pause()
        await pilot.pause()
        assert "Do you recognise this?" in _screen_text(app)
    assert store.meta_get("ui_language") in (None, "nl")  # the workshop's setting stays


async def test_the_next_participant_starts_in_the_workshop_language(store):
    session_id, f = _session(store)
    for factor in f:  # a short ballot: one factor only
        if factor != f[0]:
            store.db.execute("DELETE FROM session_factors WHERE factor_id = ?", [factor])
    app = make_app(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await _to_checkin(pilot, app)
        await pilot.press("f2")
        await pilot.pause()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("4", "enter")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("enter")  # confirm
        await pilot.pause()
        assert type(app.screen).__name__ == "ThanksScreen"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert type(app.screen).__name__ == "CheckInScreen"
        assert get_language() == "nl"
        assert "Welkom" in _screen_text(app)


async def test_the_thank_you_returns_to_the_check_in_by_itself(store):
    session_id, f = _session(store)
    now = [100.0]
    app = make_ballot_app(store, session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        app.screen.clock = lambda: now[0]
        await pilot.press("enter")
        await pilot.pause()
        for _ in f:
            await pilot.press("4", "enter")
            await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        thanks = app.screen
        assert type(thanks).__name__ == "ThanksScreen"
        now[0] += booth.THANKS_SECONDS + 1
        thanks.check_time()
        await pilot.pause()
        assert type(app.screen).__name__ == "CheckInScreen"


async def test_every_option_is_on_screen_at_80x24(demo_store):
    access.set_pin(demo_store, PIN)
    practice = workshop.find_practice(demo_store, "Moederkracht")["id"]
    session_id = sessions.create_session(demo_store, "Klein scherm", practice_id=practice,
                                         rate_elements=True)
    sessions.open_session(demo_store, session_id)
    app = make_ballot_app(demo_store, session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        for selector in (".ballot-title", "#factor-score", "#next"):
            region = screen.query_one(selector).region
            assert region.height > 0 and region.y >= 0 and region.bottom <= 23, selector
        scale = str(screen.query_one("#factor-score").render())
        for choice in ("1", "2", "3", "4", "5", "0"):
            assert f"○ {choice} " in scale
        assert screen.query_one("#factor-score").region.height == scale.count("\n") + 1


async def test_ballot_kiosk_app_leaves_only_with_the_pin(store):
    session_id, _ = _session(store)
    app = make_ballot_app(store, session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ("escape", "ctrl+q", "ctrl+c"):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, PinDialog)
            await pilot.press("escape")
            await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press(*PIN, "enter")
        await pilot.pause()
    assert not app.is_running


async def test_a_member_never_reads_a_facilitator_s_message(store):
    session_id, _ = _session(store)
    app = make_ballot_app(store, session_id)
    async with app.run_test(size=(80, 24)) as pilot:
        sessions.close_session(store, session_id)  # closed under the member's hands
        await pilot.press("enter")
        await pilot.pause()
        text = _screen_text(app)
        assert "Dit lukt nu niet. Roep de begeleider." in text
        assert type(app.screen).__name__ == "CheckInScreen"
