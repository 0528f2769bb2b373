"""Naming and describing a factor on the wall in a real terminal: the installed command in a
pty, keys one at a time at human speed, a paste as bracketed paste, the process killed with
SIGKILL, and the result read back from the database."""

from __future__ import annotations

import pytest
from factors_data import fill
from terminal import Terminal

from workbench import workshop
from workbench.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture
def wall_file(tmp_path):
    path = tmp_path / "wall.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Proef")
    workshop.add_practice(store, "Speelgroep De Vlinder")
    workshop.add_practice(store, "Buurthuiskamer Oost")
    fill(store)
    store.close()
    return path


def _factors(path) -> list[dict]:
    store = Store.open(path)
    try:
        return store.all("SELECT name, description FROM factors ORDER BY rowid")
    finally:
        store.close()


def test_a_factor_named_and_described_with_typing_and_a_paste_survives_sigkill(wall_file):
    term = Terminal(["--db", str(wall_file)], width=120, height=40)
    try:
        term.wait_for("Fasen")
        term.press("3")
        term.wait_for("Nog niet ingedeeld")
        term.press("n")
        term.wait_for("Naam van de nieuwe factor")
        term.type("Samen ", per_second=10)
        term.paste("koffie drinken")
        term.wait_for("Samen koffie drinken")
        term.press("enter")
        term.wait_until(lambda: [f["name"] for f in _factors(wall_file)]
                        == ["Samen koffie drinken"], "the new factor stored")
        term.wait_gone("Naam van de nieuwe factor")
        term.press("d")
        term.wait_for("Omschrijving van")
        term.type("Ouders ", per_second=10)
        term.paste("[b]voelen zich welkom[/b] bij de koffie")
        term.type(" en komen terug", per_second=10)
        term.wait_for("komen terug")
        term.press("enter")
        expected = "Ouders [b]voelen zich welkom[/b] bij de koffie en komen terug"
        term.wait_until(lambda: _factors(wall_file)[0]["description"] == expected,
                        "the description stored")
        term.kill()
    finally:
        term.close()
    [factor] = _factors(wall_file)
    # markup typed or pasted is kept as text, once
    assert factor == {"name": "Samen koffie drinken", "description": expected}
