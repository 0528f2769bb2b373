"""Searching all stories and writing a memo in a real terminal: the installed command in a
pty, keys one at a time at human speed, a paste as bracketed paste, results read back from
the database."""

from __future__ import annotations

import pytest
from analysis_data import build
from terminal import Terminal

from workbench import workshop
from workbench.coding import memos
from workbench.store import Store

pytestmark = pytest.mark.slow


def _count(path, sql: str) -> int:
    store = Store.open(path)
    try:
        return store.scalar(sql)
    finally:
        store.close()


def test_autocode_and_a_story_memo_in_a_real_terminal(tmp_path):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Proef")
    workshop.add_practice(store, "Speelgroep De Vlinder")
    workshop.add_practice(store, "Buurthuiskamer Oost")
    ids = build(store)
    store.meta_set("coding_last_coder", "Lisa")
    codings = store.scalar("SELECT count(*) FROM codings")
    store.close()
    term = Terminal(["--db", str(path)], width=120, height=40)
    try:
        term.wait_for("Coderen")
        term.press("2")
        term.wait_for("Chaima")
        term.press("z")
        term.wait_for("Zoeken in alle verhalen")
        term.type("moeder*", per_second=20)
        term.press("enter")
        term.wait_for("2 treffers in 2 verhalen")
        term.press("\x0b")  # Ctrl+K
        term.wait_for("Welke code past")
        term.type("Steun", per_second=20)
        term.press("enter")
        term.wait_until(lambda: _count(path, "SELECT count(*) FROM codings") == codings + 2,
                        "two new codings")
        term.press("\x1a")  # Ctrl+Z: take the auto-coding back
        term.wait_until(lambda: _count(path, "SELECT count(*) FROM codings") == codings,
                        "the auto-coding undone")
        term.press("escape")
        term.wait_gone("Zoeken in alle verhalen")
        term.press("enter")  # Chaima's story (first in practice order)
        term.wait_for("Verhaal van Chaima")
        term.press("v")
        term.wait_for("Memo bij het verhaal")
        term.paste("Vergelijk met Amal")
        term.press("enter")
        term.type("over contact", per_second=20)
        term.press("\x13")  # Ctrl+S
        term.wait_until(lambda: _count(path, "SELECT count(*) FROM object_memos") == 1,
                        "the story memo saved")
    finally:
        term.close()
    store = Store.open(path)
    try:
        assert memos.memos_on(store, "story", ids["s3"])[0]["text"] == \
            "Vergelijk met Amal\nover contact"
    finally:
        store.close()
