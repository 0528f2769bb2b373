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
