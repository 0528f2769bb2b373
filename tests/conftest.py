"""Shared fixtures. Tests never touch the user's real data: every path is under tmp."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench import workshop
from workbench.i18n import set_language
from workbench.store import Store

REPO = Path(__file__).resolve().parent.parent


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
