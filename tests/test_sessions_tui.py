"""Sounding-board sessions on screen: the new-session dialog, the list and its hints."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from workbench.i18n import set_language, t
from workbench.tui.app import make_app
from workbench.tui.screens.sessions.dialogs import NewSessionDialog


async def test_new_session_date_is_prefilled_with_today_and_saved(demo_store):
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, NewSessionDialog)
        field = dialog.query_one("#date", Input)
        assert field.value == date.today().isoformat()
        dialog.query_one("#name", Input).value = "Klankbord QA"
        await pilot.press("ctrl+s")
        await pilot.pause()
    held_on = demo_store.scalar("SELECT held_on FROM sessions WHERE name = 'Klankbord QA'")
    assert held_on == date.today().isoformat()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_session_hints_name_the_key_as_it_is_typed(language):
    set_language(language)
    try:
        for key in ("sessions.list_hint", "sessions.list_keys"):
            assert " N " not in t(key)
            assert " n " in t(key)
    finally:
        set_language("nl")


@pytest.mark.slow  # long: left out of the quick loop
async def test_new_session_dialog_shows_its_buttons_without_scrolling(demo_store):
    async with make_app(demo_store).run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        dialog = pilot.app.screen
        for selector in ("#rate-elements", "#create", "#cancel"):
            region = dialog.query_one(selector).region
            assert region.height > 0 and region.y + region.height <= 40, (selector, region)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_session_detail_hints_name_keys_as_typed(language):
    draft = t("sessions.next.draft", language)
    hidden = t("sessions.detail.hidden", language)
    assert " O " not in draft and " o " in draft
    assert "(R)" not in hidden and "(r)" in hidden


@pytest.mark.parametrize("language", ["nl", "en"])
def test_open_and_closed_hints_name_keys_as_typed(language):
    import re

    for key in ("sessions.next.open", "sessions.next.closed"):
        assert not re.search(r"\b[A-Z]:", t(key, language)), t(key, language)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_leaving_the_ballot_pin_text_does_not_claim_voting_is_closed(language):
    text = t("ballot.pin_text", language)
    assert "stemmen te sluiten" not in text and "close the voting" not in text
    assert "open" in text  # leaving the ballot does not close the session
    assert "begeleider" in text or "facilitator" in text


def test_session_messages_have_no_bracketed_plurals():
    import re

    from workbench.i18n.sessions import MESSAGES

    bad = {key: pair for key, pair in MESSAGES.items()
           if any(re.search(r"\w\((s|en|pen)\)", text) for text in pair)}
    assert not bad


@pytest.mark.parametrize("language", ["nl", "en"])
def test_ballot_check_in_asks_for_a_made_up_name_not_the_real_one(language):
    # the name goes into the ballots export; it must not invite real names or promise
    # that nobody sees the answers
    text = t("ballot.checkin_text", language)
    assert "uw naam of" not in text and "your name or" not in text
    assert "Niemand anders" not in text and "Nobody else" not in text


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_session_list_fits_and_follows_the_language(demo_store, size):
    from textual.widgets import DataTable

    async with make_app(demo_store).run_test(size=size) as pilot:
        await pilot.press("4")
        await pilot.pause()
        table = pilot.app.screen.query_one(DataTable)
        widths = {str(c.label): c.get_render_width(table) for c in table.ordered_columns}
        assert sum(widths.values()) <= table.scrollable_content_region.width, widths
        state = t("sessions.col.state")
        longest = len(t("sessions.state.closed") + " · " + t("sessions.below_quorum"))
        assert widths[state] - 2 * table.cell_padding >= longest
        await pilot.press("f2")
        await pilot.pause()
        table = pilot.app.screen.query_one(DataTable)
        labels = [str(c.label) for c in table.ordered_columns]
        set_language("nl")
        assert "Session" in labels


@pytest.mark.parametrize("language", ["nl", "en"])
def test_session_list_line_reads_well_with_one_ballot(language):
    line = t("sessions.cli.line", language, name="S", practice="P", state="open",
             factors=6, n=1)
    assert "1 stemmen" not in line and "1 ballots" not in line


async def test_results_open_at_the_top_at_80x24(demo_store):
    from workbench.sessions import model as sessions
    from workbench.tui.screens.sessions.results import ResultsScreen

    session_id = sessions.find_session(demo_store, "Klankbord Moederkracht")["id"]
    async with make_app(demo_store).run_test(size=(80, 24)) as pilot:
        pilot.app.push_screen(ResultsScreen(demo_store, session_id))
        await pilot.pause()
        await pilot.pause()
        body = pilot.app.screen.query_one("#results")
        assert body.scroll_y == 0


def test_sessions_create_on_the_command_line_dates_the_session_today(demo_file, tmp_path):
    import shutil

    from click.testing import CliRunner

    from workbench.cli import main
    from workbench.store import Store

    db = tmp_path / "kwp.db"
    shutil.copy(demo_file, db)
    result = CliRunner().invoke(main, ["--db", str(db), "sessions", "create", "Zonder datum",
                                       "--practice", "Moederkracht"])
    assert result.exit_code == 0, result.output
    store = Store.open(db)
    try:
        held_on = store.scalar("SELECT held_on FROM sessions WHERE name = 'Zonder datum'")
    finally:
        store.close()
    assert held_on == date.today().isoformat()
