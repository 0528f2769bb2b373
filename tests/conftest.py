"""Shared fixtures. Tests never touch the user's real data: every path is under tmp."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from workbench import workshop
from workbench.i18n import set_language
from workbench.store import Store

REPO = Path(__file__).resolve().parent.parent

# The property tests (tests/test_fuzz_*.py, test_textsafe.py) draw the same examples every
# run, so the suite passes or fails the same way each time. A hunt for new cases draws fresh
# ones: WORKBENCH_FUZZ=hunt WORKBENCH_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz*.py; what
# it finds becomes a deterministic test (as in tests/test_merge.py).
settings.register_profile("steady", derandomize=True, database=None)
settings.register_profile("hunt", derandomize=False)
settings.load_profile("hunt" if os.environ.get("WORKBENCH_FUZZ") == "hunt" else "steady")


@pytest.fixture(autouse=True)
def _isolate(tmp_path, monkeypatch):
    """No test reads or writes ./workbench.db or the user's settings; Dutch by default."""
    monkeypatch.setenv("WORKBENCH_DB", str(tmp_path / "default.db"))
    monkeypatch.delenv("WORKBENCH_LANG", raising=False)
    set_language("nl")
    yield
    set_language("nl")


@pytest.fixture
def store() -> Store:
    """An in-memory store with a workshop (default topic list) and two practices."""
    s = Store.memory()
    workshop.create_workshop(s, "Test-werkplaats")
    workshop.add_practice(s, "Speelgroep De Vlinder")
    workshop.add_practice(s, "Buurthuiskamer Oost")
    return s


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> Path:
    """The demo workshop, built once per test run into a file (copy it before writing)."""
    from workbench.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    s = Store.open(path)
    build_demo(s)
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return path


@pytest.fixture
def demo_store(demo_file, tmp_path) -> Store:
    """A private, writable copy of the demo workshop."""
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    s = Store.open(path)
    yield s
    s.close()
