"""Issue 21 in the TUI: open screens refresh when another program changes the file; the
topic list screen; the status on the home screen."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Input, Static

from workbench import workshop
from workbench.collect import stories, topic_list
from workbench.store import Store
from workbench.tui.app import make_app
from workbench.tui.screens.collect.story_list import CollectScreen
from workbench.tui.screens.collect.topics import TopicsScreen


def file_store(tmp_path) -> Store:
    store = Store.open(tmp_path / "kwp.db")
    workshop.create_workshop(store, "Werkplaats")
    workshop.add_practice(store, "Speelgroep De Vlinder")
    return store


def add_story_elsewhere(path, pseudonym: str) -> None:
    """Another program (the command line, a second laptop's merge) writes to the file."""
    other = Store.open(path)
    try:
        practice = other.scalar("SELECT id FROM practices LIMIT 1")
        teller = stories.add_storyteller(other, pseudonym, "parent", practice_id=practice)
        stories.add_story(other, storyteller_id=teller, practice_id=practice,
                          text=f"Het verhaal van {pseudonym}.")
    finally:
        other.close()


async def wait_for(pilot, condition, rounds: int = 50) -> bool:
    for _ in range(rounds):
        if condition():
            return True
        await pilot.pause()
    return condition()


def home_text(app) -> str:
    return " ".join(str(s.render()) for s in app.screen.query(Static))


@pytest.mark.slow  # long: left out of the quick loop
async def test_story_list_and_home_refresh_when_another_program_writes(tmp_path):
    store = file_store(tmp_path)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.check_for_changes()  # nothing happened yet
        add_story_elsewhere(store.path, "Roos")
        assert app.check_for_changes()
        assert await wait_for(pilot, lambda: "1 verhaal" in home_text(app))
        await pilot.press("1")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CollectScreen)
        table = screen.query_one("#stories", DataTable)
        assert table.row_count == 1
        add_story_elsewhere(store.path, "Lila")
        assert app.check_for_changes()
        assert await wait_for(pilot, lambda: table.row_count == 2)
        assert not app.check_for_changes()  # told once per change
    store.close()


async def test_own_writes_do_not_count_as_changes_from_elsewhere(tmp_path):
    store = file_store(tmp_path)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        topic_list.add_topic(store, "Vervoer")
        assert not app.check_for_changes()
    store.close()


async def test_home_shows_status_and_backup_reminder(tmp_path):
    store = file_store(tmp_path)
    practice = store.scalar("SELECT id FROM practices")
    teller = stories.add_storyteller(store, "Roos", "parent", practice_id=practice)
    stories.add_story(store, storyteller_id=teller, practice_id=practice, text="Een.",
                      status="interrupted")
    async with make_app(store).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = home_text(pilot.app)
        assert "1 onaf" in text
        assert "Laatste reservekopie: nog nooit" in " ".join(text.split())
        assert pilot.app.screen.query("#home-backup-due")
    store.close()


@pytest.mark.slow  # long: left out of the quick loop
async def test_topics_screen_add_edit_retire(store):
    async with make_app(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, TopicsScreen)
        table = screen.query_one("#topics-table", DataTable)
        assert table.row_count == 5
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Vervoer", "enter")
        await pilot.pause()
        await pilot.press(*"Hoe komt u hier?", "enter")
        await pilot.pause()
        assert table.row_count == 6
        assert topic_list.find_topic(store, "6").question == "Hoe komt u hier?"
        # the new topic is highlighted: retire it, then reword it
        await pilot.press("r")
        await pilot.pause()
        assert topic_list.find_topic(store, "6").retired
        await pilot.press("e")
        await pilot.pause()
        line = pilot.app.screen.query_one("#answer", Input)
        line.value = "Reizen"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # keep the question
        await pilot.pause()
        row = topic_list.find_topic(store, "6")
        assert row.label == "Reizen" and row.question == "Hoe komt u hier?" and row.retired
        assert table.row_count == 6  # retired topics stay listed
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, CollectScreen)


async def test_home_is_not_rebuilt_when_a_change_elsewhere_shows_nothing_new(tmp_path):
    store = file_store(tmp_path)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        tile = app.screen.query_one("#phase-collect")
        other = Store.open(store.path)
        try:
            other.db["pseudonym_allowed"].insert(
                {"word": "Ramadan", "added_by": "", "added_at": "2026-03-01"})
            other.db.conn.commit()
        finally:
            other.close()
        assert app.check_for_changes()
        await pilot.pause()
        assert app.screen.query_one("#phase-collect") is tile  # not recomposed
    store.close()
