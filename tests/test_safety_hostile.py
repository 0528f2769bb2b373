"""Issue 13: terminal escapes in user text never reach the terminal. Hostile text (window
title, OSC 52 clipboard write, CSI, C1 controls, BEL) goes into every kind of name, label
and file the CLI prints, and every printing command is run over it."""

from __future__ import annotations

import re

import pytest
from safety_support import cli, run

# ESC ]0; sets the window title, ESC ]52; writes the clipboard, ESC [ 2J clears the
# screen, 0x9b is a one-byte CSI, 0x85 and 0x90 are C1 controls, BEL rings.
HOSTILE = "\x1b]0;gehackt\x07\x1b]52;c;cm0gLXJmIH4=\x07\x1b[2J\x9b31m\x85\x90\x07"
FORBIDDEN = re.compile(r"[\x07\x1b\x80-\x9f]")


def h(word: str) -> str:
    return f"{word}{HOSTILE}x"


def assert_inert(result, what) -> None:
    text = result.output if hasattr(result, "output") else result.stdout + result.stderr
    found = FORBIDDEN.findall(text)
    assert not found, f"{what}: {found!r} reached the terminal in {text!r}"


@pytest.fixture
def hostile(tmp_path):
    """A workshop whose every name holds hostile text, and the commands that made it."""
    db = tmp_path / "w.db"
    steps = []

    def step(*args, ok=True):
        result = run(db, *args)
        steps.append((args, result))
        if ok:
            assert result.exit_code == 0, (args, result.output)
        return result

    step("init", h("Werkplaats"), "--no-pin", "--practice", h("Praktijk"))
    step("practice", h("Tweede"))
    step("codes", "add", h("Categorie"), "--is-category")
    step("codes", "add", h("Code"), "--category", h("Categorie"))
    step("codes", "memo", h("Code"), h("Memo"))
    folder = tmp_path / "in"
    folder.mkdir()
    transcript = folder / f"{h('gesprek')}.txt"
    transcript.write_text(f"Ik kom graag. {HOSTILE} Het is gezellig hier.", encoding="utf-8")
    table = folder / "lijst.csv"
    table.write_text(f"pseudonym,text\n{h('Verteller')},Mijn verhaal {HOSTILE} is fijn.\n"
                     f"Tweede,\n", encoding="utf-8")
    step("import", str(transcript), str(table), "--practice", h("Praktijk"), "--quotes")
    step("code", h("Verteller"), "--text", "Mijn verhaal", "--code", h("Code"),
         "--coder", h("Codeur"))
    step("factors", "add", h("Factor"), "--practice", h("Praktijk"),
         "--element", h("Element"))
    step("sessions", "create", h("Sessie"), "--practice", h("Praktijk"), "--open",
         "--quorum", "1")
    step("sessions", "vote", h("Sessie"), "--as", "St\x1b]0;x\x07\x9b\x85m", "--rate", "1=4",
         "--reason", f"1={h('Reden')}", "--add", f"1={h('Aanvulling')}")
    step("sessions", "close", h("Sessie"))
    step("calibration", "new", h("Kalibratie"), "--story", h("Verteller"),
         "--coder", h("Anna"), "--coder", "Bram")
    return db, steps


READERS = [
    ("codes", "list"), ("codes", "list", "--ids"), ("stories", "list"),
    ("stories", "search", "verhaal"), ("fragments", "Verteller"),
    ("factors", "list"), ("factors", "matrix"), ("factors", "roles"),
    ("sessions", "list"), ("calibration", "list"), ("overview",), ("overview", "--by", "role"),
]


def test_commands_that_made_the_workshop_echo_nothing_raw(hostile):
    _, steps = hostile
    for args, result in steps:
        assert_inert(result, args)


def test_every_listing_shows_hostile_text_inert(hostile):
    db, _ = hostile
    for command in READERS:
        command = tuple(h("Verteller") if c == "Verteller" else c for c in command)
        result = run(db, *command)
        assert result.exit_code == 0, (command, result.output)
        assert_inert(result, command)
    session_results = run(db, "sessions", "results", h("Sessie"))
    assert_inert(session_results, "sessions results")
    units = run(db, "calibration", "units", h("Kalibratie"), "--coder", h("Anna"))
    assert_inert(units, "calibration units")
    # and the text is still recognisable: the stand-ins are visible
    assert "␛]0;gehackt␇" in run(db, "codes", "list").output


def test_error_lines_and_questions_are_inert_too(hostile, tmp_path):
    db, _ = hostile
    for command in (("practice", h("Praktijk")), ("withdraw", h("Niemand"), "--yes"),
                    ("codes", "add", h("Code"), "--category", h("Nergens")),
                    ("sessions", "open", h("Onbekend")), ("fragments", h("Niemand")),
                    ("sessions", "create", h("S2"), "--date", h("2026")),
                    ("code", h("Verteller"), "--text", h("nergens"), "--code", h("Code"),
                     "--coder", "x")):
        result = run(db, *command)
        assert result.exit_code != 0, command
        assert_inert(result, command)
    strange = tmp_path / f"{h('map')}"
    assert_inert(run(strange / "x.db", "stories", "list"), "a hostile --db path")


def test_the_real_command_prints_inert_import_summaries(tmp_path):
    db = tmp_path / "w.db"
    assert run(db, "init", "W", "--no-pin", "--practice", "P").exit_code == 0
    transcript = tmp_path / f"{h('naam')}.txt"
    transcript.write_text("Een verhaal over de groep.", encoding="utf-8")
    result = cli(db, "import", str(transcript), "--practice", "P")
    assert result.returncode == 0, result.stderr
    assert_inert(result, "import summary")
    assert "␛" in result.stdout
    listing = cli(db, "codes", "add", h("Code"))
    assert_inert(listing, "codes add")
    assert_inert(cli(db, "codes", "list"), "codes list")
