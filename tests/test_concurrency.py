"""Concurrency, short version: booth autosave, ballots, coding and an import at once.

Four processes write to one file together for a few seconds; no "database is locked"
reaches anyone and every acknowledged write is there. The 60-second run is
bench/bench_concurrency.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import harness

pytestmark = pytest.mark.slow


def test_four_writers_lose_nothing_and_see_no_lock_errors(tmp_path):
    db = tmp_path / "samen.db"
    harness.prepare(db)
    result = harness.run_concurrency(db, seconds=3)
    assert result.problems == []
    assert all(n > 0 for n in result.writes.values()), result.writes
