"""The interview screen in a real terminal: a facilitator fills in the form and types a
story while someone tells it, key by key at human speed and with a bracketed paste; the
laptop dies (SIGKILL) and what was typed is in the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from terminal import Terminal

from workbench import workshop
from workbench.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture
def interview_file(tmp_path) -> Path:
    path = tmp_path / "interview.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Werkplaats")
    workshop.add_practice(store, "Speelgroep De Vlinder")
    store.close()
    return path


def _stories(path: Path) -> list[dict]:
    store = Store.open(path)
    try:
        return list(store.db.query(
            "SELECT s.text, s.status, s.mode, t.pseudonym, c.store AS consent_store, "
            "c.method FROM stories s JOIN storytellers t ON t.id = s.storyteller_id "
            "JOIN consents c ON c.story_id = s.id"))
    finally:
        store.close()


def _to_telling(term: Terminal) -> None:
    term.wait_for("Fasen")
    term.press("1")
    term.wait_for("— Verhalen")
    term.press("i")
    term.wait_for("Nieuw interview")
    # Every key paced like a person: a terminal that receives keys in one burst hands
    # them to the app as one chunk, which no one typing can do.
    term.type("Kiki", per_second=10)
    term.type("\t\t", per_second=5)  # past the role to the interviewer
    term.type("Anouk", per_second=10)
    term.type("\t\t\t ", per_second=5)  # past the date and the interpreter: consent
    term.type("\t \t", per_second=5)  # consent for quotes, then to Begin
    term.wait_for("Anouk")
    term.press("enter")
    term.wait_gone("Nieuw interview")
    term.wait_for("Kiki")


def test_typing_and_a_paste_survive_a_sigkill_in_the_interview(interview_file):
    term = Terminal(["--db", str(interview_file)], width=100, height=30)
    try:
        _to_telling(term)
        term.type("Ze vertelt over de ", per_second=5)
        term.paste("eerste dag op de speelgroep")
        term.wait_for("speelgroep")
        typed_after = " en de deur EINDE"
        term.type(typed_after, per_second=5)
        term.wait_for("EINDE")
        term.kill()
    finally:
        term.close()
    [story] = _stories(interview_file)
    expected = "Ze vertelt over de eerste dag op de speelgroep" + typed_after
    assert story["pseudonym"] == "Kiki"
    assert story["mode"] == "interview"
    assert (story["consent_store"], story["method"]) == (1, "verbal")
    assert expected.startswith(story["text"]), story["text"]
    # at most one second of typing at five keys a second is not yet saved
    assert len(expected) - len(story["text"]) <= 5, story["text"]
    assert story["text"].count("eerste dag") == 1  # the paste arrived once


def test_leaving_the_interview_keeps_the_story_to_resume(interview_file):
    term = Terminal(["--db", str(interview_file)], width=100, height=30)
    try:
        _to_telling(term)
        term.type("Een kort begin", per_second=10)
        term.wait_for("Een kort begin")
        term.press("escape")
        term.wait_for("Verhalen")
        term.wait_until(lambda: _stories(interview_file)[0]["status"] == "interrupted",
                        "the story kept as interrupted")
    finally:
        term.close()
    [story] = _stories(interview_file)
    assert story["text"] == "Een kort begin"


def test_a_quick_typist_who_starts_before_the_form_shows_fills_the_right_fields(
        interview_file):
    # "i" opens the form; the keys after it arrive while it is still being built, are
    # held, and must then go in in order: a Tab moves on before the letters after it.
    term = Terminal(["--db", str(interview_file)], width=100, height=30)
    try:
        term.wait_for("Fasen")
        term.press("1")
        term.wait_for("— Verhalen")
        term.type("iKiki\t\tAnouk", per_second=20)
        term.wait_for("Anouk")

        def in_their_fields() -> bool:  # read again until the whole frame is there
            lines = term.text().splitlines()
            pseudonym = next((i for i, line in enumerate(lines) if "Schuilnaam" in line), None)
            interviewer = next((i for i, line in enumerate(lines) if "interviewer" in line),
                               None)
            if pseudonym is None or interviewer is None or len(lines) <= interviewer + 2:
                return False
            return ("Kiki" in lines[pseudonym + 2] and "Anouk" not in lines[pseudonym + 2]
                    and "Anouk" in lines[interviewer + 2])

        term.wait_until(in_their_fields, "Kiki as the pseudonym, Anouk as the interviewer",
                        timeout=10)
    finally:
        term.close()
