"""The replacement field in a real terminal: a placeholder typed at full speed arrives
exactly, also while the name lists are still loading, and is applied as typed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from terminal import Terminal

from workbench import workshop
from workbench.collect import stories
from workbench.store import Store

pytestmark = pytest.mark.slow

TEXT = "Mijn kleinkind Sem logeert vaak bij ons. Sem is vier en houdt van treinen."
PLACEHOLDER = "[naam kleinkind]"


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "pseudo.db"
    s = Store.open(path)
    workshop.create_workshop(s, "Proef")
    teller = stories.add_storyteller(s, "Roos", "parent")
    stories.add_story(s, storyteller_id=teller, practice_id=None, text=TEXT,
                      status="complete")
    s.close()
    return path


def _text(path: Path) -> str:
    s = Store.open(path)
    try:
        return s.scalar("SELECT text FROM stories")
    finally:
        s.close()


def _field(term: Terminal) -> str:
    """What the replacement field shows (the line inside its border)."""
    lines = term.text().splitlines()
    for i, line in enumerate(lines):
        if "Vervangen door" in line:
            return lines[i + 2].split("▊", 1)[1].rsplit("▎", 1)[0].strip()
    return ""


def _wait_for_text(path: Path, expected: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _text(path) == expected:
            return
        time.sleep(0.05)  # polling interval, not settling
    raise AssertionError(f"stored: {_text(path)!r}")


def _open(path: Path) -> Terminal:
    term = Terminal(["--db", str(path)], width=120, height=40)
    term.wait_for("Verhalen")
    term.press("1")
    term.wait_for("Roos")
    term.press("p")
    return term


@pytest.mark.parametrize("per_second", [1000.0, 30.0])
def test_placeholder_typed_at_full_speed_arrives_exactly(tmp_path, per_second):
    path = _file(tmp_path)
    term = _open(path)
    try:
        term.wait_for("mogelijk herkenbare")  # the findings are there
        term.type(PLACEHOLDER, per_second=per_second)
        term.wait_until(lambda: _field(term) == PLACEHOLDER, f"the field showing {PLACEHOLDER}")
        term.press("enter")
        _wait_for_text(path, TEXT.replace("Sem", PLACEHOLDER))
    finally:
        term.kill()


def test_typing_while_the_lists_load_is_kept(tmp_path):
    path = _file(tmp_path)
    term = _open(path)
    try:
        term.wait_for("Vervangen door")  # the screen is up; lists may still be loading
        term.type(PLACEHOLDER, per_second=1000.0)
        term.wait_for("mogelijk herkenbare")
        term.wait_until(lambda: _field(term) == PLACEHOLDER, f"the field showing {PLACEHOLDER}")
        term.press("enter")
        _wait_for_text(path, TEXT.replace("Sem", PLACEHOLDER))
    finally:
        term.kill()
