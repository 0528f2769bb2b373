"""The practical guide's tips in a real terminal: typed at human speed with a paste, saved
while typing (no Ctrl+S), so a SIGKILL loses at most the last second."""

from __future__ import annotations

import pytest
from factors_data import fill
from terminal import Terminal

from workbench import workshop
from workbench.factors import model as factors
from workbench.posters import guide
from workbench.store import Store

pytestmark = pytest.mark.slow


@pytest.fixture
def guide_file(tmp_path):
    path = tmp_path / "guide.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Proef")
    workshop.add_practice(store, "Speelgroep De Vlinder")
    workshop.add_practice(store, "Buurthuiskamer Oost")
    fill(store)
    factor = factors.create_factor(store, "Samen koffie drinken")
    store.close()
    return path, factor


def _tips(path, factor) -> list[str]:
    store = Store.open(path)
    try:
        return [tip["text"] for tip in guide.tips(store, factor)]
    finally:
        store.close()


def test_tips_typed_and_pasted_are_saved_while_typing_and_survive_sigkill(guide_file):
    path, factor = guide_file
    term = Terminal(["--db", str(path)], width=120, height=40)
    try:
        term.wait_for("Fasen")
        term.press("5")
        term.wait_for("Handreiking")
        term.press("f6")
        term.wait_for("Samen koffie drinken")
        term.type("Zet koffie ", per_second=8)
        term.paste("voordat de ouders komen")
        term.type("\rNoem ieder bij naam EINDE", per_second=8)
        term.wait_for("EINDE")
        term.wait_until(lambda: _tips(path, factor)[-1:] == ["Noem ieder bij naam EINDE"],
                        "the tips saved without Ctrl+S")
        term.kill()
    finally:
        term.close()
    assert _tips(path, factor) == ["Zet koffie voordat de ouders komen",
                                   "Noem ieder bij naam EINDE"]
