"""The ``workbench`` command's entry point: a plain ``workbench [--db F] [--lang L]`` opens
the screens without building the command tree; everything else, and every file that cannot
be opened, gets the CLI's own answer."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.launch import plain_open
from workbench.store import Store

WORKBENCH = [sys.executable, "-m", "workbench"]


@pytest.mark.parametrize("args, expected", [
    ([], {}),
    (["--db", "w.db"], {"--db": "w.db"}),
    (["--db=w.db", "--lang", "en"], {"--db": "w.db", "--lang": "en"}),
    (["--lang=nl"], {"--lang": "nl"}),
    (["demo"], None),                       # a command
    (["--db", "w.db", "stories", "list"], None),
    (["--help"], None),
    (["--version"], None),
    (["--lang", "fr"], None),               # a mistake: the CLI says so
    (["--db"], None),
    (["--db", "--lang", "en"], None),
    (["--db", ""], None),
    (["--db", "a.db", "--db", "b.db"], None),
])
def test_which_arguments_open_the_screens_directly(args, expected):
    assert plain_open(args) == expected


SHOW_INSTEAD_OF_RUN = """
import sys
from workbench.tui.app import WorkbenchApp

def run(self, *args, **kwargs):
    print("screens", "cli-loaded" if "workbench.cli" in sys.modules else "no-cli",
          "sqlite-utils" if "sqlite_utils" in sys.modules else "no-sqlite-utils")

WorkbenchApp.run = run
sys.argv = ["workbench", *sys.argv[1:]]
from workbench.launch import main
main()
"""


def _demo(tmp_path: Path) -> Path:
    db = tmp_path / "demo.db"
    subprocess.run([*WORKBENCH, "--db", str(db), "demo"], check=True, capture_output=True)
    return db


@pytest.mark.slow  # real processes
def test_opening_the_workbench_skips_the_command_tree_and_sqlite_utils(tmp_path):
    db = _demo(tmp_path)
    done = subprocess.run([sys.executable, "-c", SHOW_INSTEAD_OF_RUN, "--db", str(db)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "screens" in done.stdout
    assert "no-cli" in done.stdout and "no-sqlite-utils" in done.stdout


@pytest.mark.slow  # real processes
def test_a_missing_file_gets_the_cli_sentence(tmp_path):
    missing = tmp_path / "nope.db"
    done = subprocess.run([*WORKBENCH, "--db", str(missing)], capture_output=True,
                          text=True, stdin=subprocess.DEVNULL, timeout=60)
    assert done.returncode == 1
    assert "bestaat niet" in done.stderr and "Traceback" not in done.stderr
    assert not missing.exists()


@pytest.mark.slow  # real processes
def test_stray_bytes_are_no_workshop_and_stay_as_they_were(tmp_path):
    # A file of a few bytes reads as an empty database to SQLite; it used to be turned
    # into a workshop file without a workshop, and the screens then failed with a traceback.
    stray = tmp_path / "notes.db"
    stray.write_bytes(b"\n")
    for args in ([*WORKBENCH, "--db", str(stray)], [*WORKBENCH, "--db", str(stray), "status"]):
        done = subprocess.run(args, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=60)
        assert done.returncode == 1, args
        assert "Traceback" not in done.stderr and "Fout:" in done.stderr, done.stderr
        assert stray.read_bytes() == b"\n"


@pytest.mark.slow  # real processes
def test_a_workshop_file_without_a_workshop_is_one_sentence(tmp_path):
    bare = tmp_path / "bare.db"
    Store.open(bare).close()  # migrated, but `init` never ran
    for args in ([*WORKBENCH, "--db", str(bare)], [*WORKBENCH, "--lang", "en", "--db", str(bare)]):
        done = subprocess.run(args, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=60)
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        assert "workbench init" in done.stderr, done.stderr
    assert "Fout:" in subprocess.run([*WORKBENCH, "--db", str(bare)], capture_output=True,
                                     text=True, stdin=subprocess.DEVNULL).stderr


def test_the_collector_waits_for_the_first_frame_and_every_way_out_turns_it_on(
        demo_file, tmp_path, monkeypatch):
    # Start-up's objects live as long as the program; the garbage collector's passes over
    # them cost about a tenth of the time to the first frame and free nothing, so the
    # entry point pauses it and the app turns it back on once the first frame is out.
    from workbench import launch
    from workbench.tui.app import WorkbenchApp

    db = tmp_path / "demo.db"
    db.write_bytes(demo_file.read_bytes())
    seen = {}

    def run(self, *args, **kwargs):
        seen["enabled while starting"] = gc.isenabled()
        seen["app resumes it"] = self.collector_paused

    monkeypatch.setattr(WorkbenchApp, "run", run)
    monkeypatch.setattr(sys, "argv", ["workbench", "--db", str(db)])
    assert gc.isenabled()
    launch.main()
    assert seen == {"enabled while starting": False, "app resumes it": True}
    assert gc.isenabled()  # and on again however the app ended

    # A file the store refuses goes to the CLI with the collector on.
    stray = tmp_path / "notes.db"
    stray.write_bytes(b"\n")
    monkeypatch.setattr(launch, "_cli", lambda: seen.__setitem__("cli", gc.isenabled()))
    monkeypatch.setattr(sys, "argv", ["workbench", "--db", str(stray)])
    launch.main()
    assert seen["cli"] is True and gc.isenabled()


async def test_the_first_frame_turns_a_paused_collector_back_on(demo_store):
    from workbench.tui.app import make_app

    app = make_app(demo_store)
    app.collector_paused = True
    gc.disable()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.first_frame_shown
            assert gc.isenabled() and not app.collector_paused
    finally:
        gc.enable()


async def test_an_app_whose_collector_was_not_paused_leaves_it_alone(demo_store):
    # A program that turned the collector off for its own reasons keeps it off.
    from workbench.tui.app import make_app

    app = make_app(demo_store)
    gc.disable()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.first_frame_shown
            assert not gc.isenabled()
    finally:
        gc.enable()
