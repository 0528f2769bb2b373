"""The core never imports textual; start-up does not import heavy libraries."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import workbench

pytestmark = pytest.mark.slow  # real processes

# numpy is left out: sqlite-utils imports it for its type mapping.
HEAVY = ("textual", "spacy", "sklearn", "reportlab", "espeakng_loader", "miniaudio")


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(workbench.__path__, prefix="workbench."):
        if info.name.startswith("workbench.tui") or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return sorted(names)


def test_there_are_core_modules_to_check():
    modules = core_modules()
    for expected in ("workbench.store", "workbench.collect.stories", "workbench.cli",
                     "workbench.exchange.jsondoc", "workbench.demo"):
        assert expected in modules


def test_no_core_module_imports_textual():
    modules = core_modules()
    script = (
        "import importlib, sys\n"
        "bad = []\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "    if 'textual' in sys.modules:\n"
        "        bad.append(name); break\n"
        "print(','.join(bad))\n"
    )
    # Modules are imported one after another in one process: the first one after which
    # textual is loaded is the culprit.
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{result.stdout.strip()} imports textual"


def test_cli_start_up_imports_no_heavy_library():
    script = (
        "import sys\n"
        "from workbench.cli import main\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_tui_home_imports_no_heavy_library():
    script = (
        "import sys\n"
        "from workbench.tui.app import make_app\n"
        "from workbench.tui.screens import home\n"
        f"print([m for m in {HEAVY[1:]!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


# What the first frame of the TUI does without (see "Start-up" in docs/ENGINEERING.md).
NOT_AT_START = (
    "numpy", "pandas",  # held back while sqlite-utils is imported (workbench/__init__.py)
    "dateutil.parser._parser",  # sqlite-utils' recipes only; loaded when first used
    "importlib.metadata",  # looking for sqlite-utils plugins: we use none
    "workbench.status", "workbench.posters.gate", "workbench.collect.pseudonyms",
    # the home screen reads its counts and checklist after the first frame
)


def test_start_up_path_leaves_out_what_the_first_frame_does_not_need(tmp_path):
    db = tmp_path / "w.db"
    script = (
        "import sys\n"
        "from workbench.store import Store\n"
        "from workbench import workshop\n"
        f"s = Store.open({str(db)!r})\n"
        "workshop.create_workshop(s, 'W')\n"
        "s.close()\n"
        "from workbench.cli import main\n"
        "from workbench.tui import terminal_input\n"
        "from workbench.tui.app import make_app\n"
        "from workbench.tui.screens import home\n"
        f"s = Store.open({str(db)!r}, create=False)\n"
        f"print([m for m in {NOT_AT_START!r} if m in sys.modules])\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"


def test_dateutil_parser_still_works_when_used():
    script = (
        "import workbench\n"
        "from sqlite_utils import recipes\n"
        "print(recipes.parsedate('2024-03-05'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "2024-03-05"


async def test_home_screen_reads_its_counts_after_the_first_frame(store, monkeypatch):
    from workbench.tui.app import make_app
    from workbench.tui.screens import home

    app = make_app(store)
    read = home.read_state
    seen = []

    def reading(s):
        seen.append(app.first_frame_shown)
        return read(s)

    monkeypatch.setattr(home, "read_state", reading)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert seen and all(seen)
        assert app.screen.state is not None
        assert app.screen is app.screen_stack[0]  # the first screen, nothing below it
