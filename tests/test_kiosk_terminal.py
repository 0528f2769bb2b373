"""The booth and the ballot as separate ``workbench`` processes in a pseudo terminal:
keys one by one at human speed, pastes as bracketed paste, SIGKILL, and the result read
back from the database. ``WORKBENCH_LONG=1`` runs the long form (10 s of typing)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from terminal import FUNCTION_KEYS, Terminal
from test_sessions_support import open_session

from workbench import access, workshop
from workbench.store import Store

pytestmark = pytest.mark.slow

PIN = "4321"
LONG = os.environ.get("WORKBENCH_LONG") == "1"
PIN_QUESTION = "Alleen voor de begeleider"
WAYS_OUT_F = list(FUNCTION_KEYS)


def _undo_language_switch(term: Terminal, key: str) -> None:
    """F2 switches the language for this participant (not a way out): switch back."""
    if key == "f2":
        term.wait_until(lambda: "Nederlands" in term.text(), "the switch to English")
        term.press("f2")
        term.wait_until(lambda: "Nederlands" not in term.text(), "the switch back")


def _workshop(path: Path) -> None:
    s = Store.open(path)
    workshop.create_workshop(s, "Proef")
    workshop.add_practice(s, "Speelgroep De Vlinder")
    access.set_pin(s, PIN)
    s.close()


def _stories(path: Path) -> list[dict]:
    s = Store.open(path)
    try:
        return s.all("SELECT s.text, s.status, t.role FROM stories s "
                     "JOIN storytellers t ON t.id = s.storyteller_id ORDER BY s.created_at")
    finally:
        s.close()


def _wait_for_story(path: Path, condition, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    texts: list[str] = []
    while time.monotonic() < deadline:
        texts = [row["text"] for row in _stories(path)]
        for text in texts:
            if condition(text):
                return text
        time.sleep(0.05)  # polling interval, not settling
    raise AssertionError(f"never stored; last seen: {[t[:80] for t in texts]}")


def _booth(path: Path, *extra: str, width: int = 80, height: int = 24) -> Terminal:
    term = Terminal(["--db", str(path), "booth", "--practice", "Vlinder", *extra],
                    width=width, height=height)
    term.wait_for("Welkom")
    return term


def _to_topic(term: Terminal) -> None:
    for marker in ("Eerst even dit", "bewaren?", "laten zien?", "Wie bent u?",
                   "Welke naam", "Onderwerp 1 van"):
        term.press("enter")
        term.wait_for(marker)


@pytest.fixture
def booth_file(tmp_path) -> Path:
    path = tmp_path / "booth.db"
    _workshop(path)
    return path


def test_steady_typing_then_sigkill_loses_at_most_one_second(booth_file):
    term = _booth(booth_file)
    try:
        _to_topic(term)
        seconds = 10 if LONG else 4
        words = "wij drinken koffie en praten over de kinderen "
        typed = (words * 10)[: int(seconds * 5) - 5] + "EINDE"
        term.type(typed, per_second=5)
        # the keys are on screen: now the only thing that can be lost is what was not
        # saved yet
        term.wait_for("EINDE")
        term.kill()
    finally:
        term.close()
    stored = _stories(booth_file)[0]["text"]
    assert typed.startswith(stored)
    assert len(typed) - len(stored) <= 5, (len(typed), len(stored))  # 1 s at 5 keys a second


def test_a_paste_is_stored_once_with_escapes_shown_in_place(booth_file):
    term = _booth(booth_file)
    try:
        _to_topic(term)
        term.paste("kort stukje")
        term.wait_for("kort stukje")
        term.type(" en ", per_second=50)
        term.paste("abc\x1bdef")
        term.wait_for("abc␛def")
        stored = _wait_for_story(booth_file, lambda text: "def" in text)
        assert stored == "kort stukje en abc␛def"
        assert term.alive() and "Onderwerp 1 van" in term.text()
    finally:
        term.close()


def test_a_paste_of_150000_characters_is_saved_and_typing_after_it_too(booth_file):
    term = _booth(booth_file)
    try:
        _to_topic(term)
        term.paste("woord " * 25_000)
        term.wait_for("woord woord")
        term.type("einde", per_second=20)
        stored = _wait_for_story(booth_file, lambda text: text.endswith("einde"), timeout=60)
        assert len(stored) == 150_005
    finally:
        term.close()


def test_every_way_out_of_the_booth_asks_for_the_pin_or_does_nothing(booth_file):
    term = _booth(booth_file)
    try:
        _to_topic(term)
        term.type("mijn verhaal", per_second=30)
        term.wait_for("mijn verhaal")
        for key in ("ctrl+c", "ctrl+q"):  # the facilitator's way: the PIN question
            term.press(key)
            term.wait_for(PIN_QUESTION)
            term.press("escape")
            term.wait_gone(PIN_QUESTION)
        for key in ("ctrl+z", "ctrl+p", "ctrl+backslash", *WAYS_OUT_F):
            term.press(key)
            _undo_language_switch(term, key)
            # a probe typed after the key shows the key was handled (keys are taken in
            # order), without waiting a fixed time
            term.send("#")
            term.wait_for("mijn verhaal#")
            term.press("backspace")
            term.wait_gone("mijn verhaal#")
            assert term.alive(), key
            assert PIN_QUESTION not in term.text(), key
            assert "Search for commands" not in term.text()
            assert "Zoek een opdracht" not in term.text()
        for _ in range(12):  # Escape repeated: between topic 1 and the role, never out
            term.press("escape")
            # pacing, not settling: at human speed; an ESC with the next key right behind
            # it reads as Alt+key
            time.sleep(0.3)
        term.wait_until(lambda: "Wie bent u?" in term.text() or "Onderwerp 1" in term.text(),
                        "the booth still there")
        assert term.alive()
        term.press("ctrl+q")
        term.wait_for(PIN_QUESTION)
        term.type(PIN + "\r", per_second=30)
        term.process.wait(timeout=30)
    finally:
        term.close()
    assert [row["text"] for row in _stories(booth_file)] == ["mijn verhaal"]


def test_a_walked_away_story_is_hidden_from_the_next_person(booth_file):
    term = _booth(booth_file, "--idle", "2")
    try:
        _to_topic(term)
        term.type("Geheim van Daan", per_second=30)
        term.wait_for("Pauze", timeout=60)
        assert "Geheim" not in term.text()
        term.press("enter")  # the next person: "Naar het begin" has the focus
        term.wait_for("Welkom")
        _to_topic(term)
        assert "Geheim" not in term.text()
        term.press("ctrl+q")
        term.wait_for(PIN_QUESTION)
    finally:
        term.close()
    rows = _stories(booth_file)
    assert rows[0]["text"] == "Geheim van Daan" and rows[0]["status"] == "interrupted"


def test_every_booth_choice_is_on_screen_at_80x24(booth_file):
    term = _booth(booth_file)
    try:
        for marker in ("Eerst even dit", "bewaren?", "laten zien?", "Wie bent u?"):
            term.press("enter")
            term.wait_for(marker)
        roles = ("Ouder", "Verzorger", "Vrijwilliger", "Jeugdprofessional", "Onderzoeker")
        # the marker may arrive with the first part of the frame; the rest follows
        term.wait_until(lambda: all(role in term.text() for role in roles),
                        "every role on the 80x24 screen")
        term.press("down", "down", "enter")  # arrows move between the roles
        term.wait_for("U koos: Vrijwilliger")
        term.press("enter")
        term.wait_for("Onderwerp 1 van")
        for label in ("Verder", "Terug", "Ik ben klaar"):
            term.wait_for(label)
    finally:
        term.close()
    assert _stories(booth_file)[0]["role"] == "volunteer"


@pytest.fixture
def ballot_file(tmp_path) -> Path:
    path = tmp_path / "ballot.db"
    s = Store.open(path)
    workshop.create_workshop(s, "Proef")
    workshop.add_practice(s, "Speelgroep De Vlinder")
    access.set_pin(s, PIN)
    open_session(s, name="Klankbord", rate_elements=True)
    s.close()
    return path


def test_every_way_out_of_the_ballot_asks_for_the_pin_or_does_nothing(ballot_file):
    term = Terminal(["--db", str(ballot_file), "ballot", "Klankbord"])
    try:
        term.wait_for("Welkom bij Klankbord")

        def asks_pin(keys) -> None:
            for key in keys:
                term.press(key)
                term.wait_for(PIN_QUESTION)
                term.press("escape")
                term.wait_gone(PIN_QUESTION)
                # pacing, not settling: human speed, so ESC and the next key do not read as
                # Alt+key
                time.sleep(0.3)

        def does_nothing(keys, probe) -> None:
            for key in keys:
                term.press(key)
                _undo_language_switch(term, key)
                probe()  # handled in order after the key: shows the key was taken
                assert term.alive(), key
                assert PIN_QUESTION not in term.text(), key
                assert "Zoek een opdracht" not in term.text()

        def type_and_erase() -> None:
            term.send("#")
            term.wait_for("#")
            term.press("backspace")
            term.wait_gone("#")

        choice = iter(["3", "4"] * 20)

        def pick_a_score() -> None:
            digit = next(choice)
            term.press(digit)
            term.wait_for(f"● {digit} ")

        asks_pin(["ctrl+c", "ctrl+q", "escape"])
        does_nothing(["ctrl+z", "ctrl+p", "ctrl+backslash", *WAYS_OUT_F], type_and_erase)
        term.wait_for("Welkom bij Klankbord")
        term.press("enter")  # no name: a number
        term.wait_for("Stap 1 van")
        choices = ("1 herken ik niet", "2 een beetje", "3 voor een deel",
                   "4 voor een groot deel", "5 helemaal", "0 geldt niet voor mij")
        # the step's title may arrive with the first part of the frame; the rest follows
        term.wait_until(lambda: all(choice in term.text() for choice in choices),
                        "every choice on the 80x24 screen")
        asks_pin(["ctrl+c", "ctrl+q"])
        does_nothing(["ctrl+z", "ctrl+p", "ctrl+backslash", *WAYS_OUT_F], pick_a_score)
        term.press("4", "enter")
        term.wait_for("Stap 2 van")
        term.press("ctrl+q")
        term.wait_for(PIN_QUESTION)
        term.type(PIN + "\r", per_second=30)
        term.process.wait(timeout=30)
    finally:
        term.close()
