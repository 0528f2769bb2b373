"""Crash safety, short version: real workbench processes SIGKILLed at random moments.

After every kill the file passes `workbench check` (integrity, no orphans, no story
without consent, search index in step), every acknowledged autosave is there and intact,
and no import is half done. The long run (100+ kills) is bench/bench_crash.py.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import harness

pytestmark = pytest.mark.slow


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "crash.db"
    harness.prepare(path)
    return path


def test_kills_during_booth_autosave_lose_nothing_acknowledged(db):
    rng = random.Random(20240917)
    kills = [harness.crash_round(db, "booth", rng) for _ in range(2)]
    assert [k.problems for k in kills] == [[], []]
    assert not any(k.exited_first for k in kills), "the worker must still be running when killed"
    store = Store.open(db)
    # Something was really autosaved before each kill, so the check above checked text.
    assert store.scalar("SELECT count(*) FROM story_parts WHERE text != ''") >= 2
    store.close()


def test_kills_of_the_real_booth_in_a_terminal_keep_what_was_typed(db):
    """`workbench booth` in a pseudo-terminal: type, let it autosave, SIGKILL mid-typing."""
    rng = random.Random(11)
    kills = [harness.crash_round(db, "booth-tui", rng) for _ in range(2)]
    assert [k.problems for k in kills] == [[], []]


def test_kills_during_imports_and_cli_writes_leave_no_partial_records(db):
    rng = random.Random(7)
    kills = [harness.crash_round(db, kind, rng) for kind in ("import", "practice", "export")]
    assert [k.problems for k in kills] == [[], [], []]


def test_kills_during_withdraw_merge_and_restore_are_all_or_nothing(db):
    rng = random.Random(13)
    kinds = ("code", "withdraw", "merge", "restore")
    kills = [harness.crash_round(db, kind, rng) for kind in kinds]
    assert [k.problems for k in kills] == [[] for _ in kinds]


def test_verification_notices_damage(db):
    """The harness itself must fail when an acknowledged autosave is not what was typed."""
    seed = 4242
    log = subprocess.run(harness.worker_command("booth", db, seed, 0.5), capture_output=True,
                         text=True, check=True).stdout.splitlines()
    assert harness.verify(db, {"booth": log}, {"booth": seed}).problems == []
    store = Store.open(db)
    store.db.execute("UPDATE story_parts SET text = 'XX' || text "
                     "WHERE story_id IN (SELECT id FROM stories WHERE mode = 'booth') "
                     "AND text != '' AND rowid = (SELECT max(rowid) FROM story_parts)")
    store.db.conn.commit()
    store.close()
    outcome = harness.verify(db, {"booth": log}, {"booth": seed})
    assert any("damaged" in p for p in outcome.problems)
