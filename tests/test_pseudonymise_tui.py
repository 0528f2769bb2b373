"""The pseudonymisation screen (Pilot): a word the scan missed is marked by hand and
replaced in two stories; the lists load in a worker with progress; the field is never
overwritten while someone types; a story with a pending replacement is not made ready."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import DataTable, Input, ProgressBar
from tui_support import wait_until

from workbench.collect import namelists, pseudonyms, stories
from workbench.tui.app import make_app
from workbench.tui.screens.collect.pseudonymise import PseudonymiseScreen
from workbench.tui.widgets.fragment_text import FragmentText

FIRST = "Ik ging met sem naar de markt. Daar kocht sem een appel."
SECOND = "Op zaterdag speelt sem buiten met de buurkinderen."


def _two_stories(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    other = stories.add_storyteller(store, "Roos", "parent")
    a = stories.add_story(store, storyteller_id=teller, practice_id=None, text=FIRST)
    b = stories.add_story(store, storyteller_id=other, practice_id=None, text=SECOND)
    return a, b


async def _wait(pilot, condition, what):
    await wait_until(pilot, condition, what)


@pytest.mark.slow  # long: left out of the quick loop
async def test_a_missed_word_is_marked_by_hand_and_replaced_in_two_stories(store):
    a, b = _two_stories(store)
    assert pseudonyms.scan_story(store, a) == []  # the scan misses the lower-case name
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        pilot.app.push_screen(PseudonymiseScreen(store, a))
        await _wait(pilot, lambda: namelists.loaded(), "lists loaded")
        await pilot.pause()
        screen = pilot.app.screen
        view = screen.query_one("#pseudo-story", FragmentText)
        view.focus()
        await pilot.pause()
        # keyboard selection: from the start, word by word to "sem"
        for _ in range(3):
            await pilot.press("right")
        await pilot.press("shift+right")
        assert view.selection is not None and FIRST[slice(*view.selection)].strip() == "sem"
        await pilot.press("ctrl+e")
        await pilot.pause()
        field = screen.query_one("#placeholder", Input)
        assert field.has_focus
        await pilot.press(*"[naam kind]")
        assert field.value == "[naam kind]"
        await pilot.press("enter")
        await pilot.pause()
    assert stories.get_story(store, a)["text"] == (
        "Ik ging met [naam kind] naar de markt. Daar kocht [naam kind] een appel.")
    assert stories.get_story(store, b)["text"] == (
        "Op zaterdag speelt [naam kind] buiten met de buurkinderen.")
    assert pseudonyms.replacements(store) == {"sem": "[naam kind]"}


async def test_lists_load_off_the_ui_thread_with_progress(store, monkeypatch):
    a, _ = _two_stories(store)
    release = threading.Event()
    threads: list[str] = []
    real_get = namelists.get

    def slow_get(progress=None):
        threads.append(threading.current_thread().name)
        if progress is not None:
            progress(1, 5)
        release.wait(30)
        return real_get(progress)

    # the lists not loaded yet, and loading them slow until the test says so
    monkeypatch.setattr(namelists, "loaded", lambda: False)
    monkeypatch.setattr(namelists, "get", slow_get)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        pilot.app.push_screen(PseudonymiseScreen(store, a))
        screen = pilot.app.screen
        await _wait(pilot, lambda: threads, "the loader started")
        bar = screen.query_one("#pseudo-progress", ProgressBar)
        await _wait(pilot, lambda: bar.progress >= 1, "progress shown")
        assert bar.display
        # typing while the lists load is kept when the findings arrive
        await pilot.press(*"[naam")
        release.set()
        await _wait(pilot, lambda: not bar.display, "progress hidden")
        await pilot.pause()
        assert screen.query_one("#placeholder", Input).value == "[naam"
    assert threads and threads[0] != threading.main_thread().name


@pytest.mark.slow  # long: left out of the quick loop
async def test_field_is_not_overwritten_by_a_late_highlight(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    story = stories.add_story(store, storyteller_id=teller, practice_id=None,
                              text="Mijn kleinkind Sem logeert bij oma Aaltje in Zwolle.")
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        pilot.app.push_screen(PseudonymiseScreen(store, story))
        await _wait(pilot, lambda: namelists.loaded(), "lists loaded")
        await pilot.pause()
        screen = pilot.app.screen
        field = screen.query_one("#placeholder", Input)
        assert field.value == "[naam kind]" and field.has_focus
        await pilot.press(*"[naam klein")
        screen.refresh_findings()  # a refresh while typing: highlights fire again
        await pilot.pause()
        await pilot.press(*"kind]")
        assert field.value == "[naam kleinkind]"
        await pilot.press("down")  # the next finding offers its own placeholder
        assert field.value == "[naam familielid]"
        assert screen.query_one(DataTable).cursor_row == 1


async def test_a_later_story_gets_the_replacement_list_when_opened(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    pseudonyms.apply(store, {"sem": "[naam kind]"})
    story = stories.add_story(store, storyteller_id=teller, practice_id=None,
                              text="Wij gingen met sem naar buiten.")
    assert pseudonyms.pending(store, story)
    async with make_app(store).run_test(size=(120, 40)) as pilot:
        pilot.app.push_screen(PseudonymiseScreen(store, story))
        await _wait(pilot, lambda: namelists.loaded(), "lists loaded")
        await pilot.pause()
        assert stories.get_story(store, story)["text"] == "Wij gingen met [naam kind] naar buiten."
        await pilot.press("ctrl+k")
        await pilot.pause()
    assert pseudonyms.passed(store, story)
