"""Issue 13: no "database is locked" ever reaches a user. Real processes side by side:
one holds the write lock or imports many files, the other adds a practice or a code."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from safety_support import cli

from workbench.store import Store

pytestmark = pytest.mark.slow  # real processes

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO meta (key, value) VALUES ('holder', 'x') "
             "ON CONFLICT(key) DO UPDATE SET value = 'y'")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
"""


@pytest.fixture
def db(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    return path


def hold(db):
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


def release(holder) -> None:
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "released"
    holder.wait(timeout=30)


def test_a_write_waits_for_the_other_window_and_gets_through(db):
    holder = hold(db)
    env_cmd = [sys.executable, "-m", "workbench", "--db", str(db), "practice", "Wachtkamer"]
    waiting = subprocess.Popen(env_cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    release(holder)
    out, err = waiting.communicate(timeout=60)
    assert waiting.returncode == 0, err
    assert "locked" not in err.lower()
    store = Store.open(db)
    assert store.scalar("SELECT count(*) FROM practices WHERE name = 'Wachtkamer'") == 1
    store.close()


@pytest.mark.parametrize("command", [("practice", "Te laat"), ("codes", "add", "Te laat")],
                         ids=" ".join)
def test_a_write_that_cannot_get_through_says_so_honestly(db, command):
    holder = hold(db)
    patience = {"WORKBENCH_WRITE_PATIENCE": "0.5"}  # instead of 20 s
    try:
        result = cli(db, *command, env=patience)
        english = cli(db, *command, lang="en", env=patience)
    finally:
        release(holder)
    assert result.returncode == 1
    assert "bezig in een ander venster" in result.stderr
    assert "busy in another window" in english.stderr
    for text in (result.stderr, english.stderr):
        assert "locked" not in text.lower() and "check" not in text.lower()
        assert "Traceback" not in text


def test_practice_and_codes_add_while_another_process_imports_many_files(db, tmp_path):
    folder = tmp_path / "transcripten"
    folder.mkdir()
    files = []
    for i in range(300):
        path = folder / f"gesprek-{i:03}.txt"
        path.write_text(f"Gesprek {i}: ik kom graag naar de groep, koffie en rust. " * 20)
        files.append(str(path))
    importer = subprocess.Popen(
        [sys.executable, "-m", "workbench", "--db", str(db), "import", *files,
         "--practice", "Speelgroep"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    done = []
    # keep writing from this side until the import has finished (and at least 6 times)
    while importer.poll() is None or len(done) < 6:
        n = len(done)
        for command in (("practice", f"Praktijk {n}"), ("codes", "add", f"Code {n}")):
            result = cli(db, *command)
            assert result.returncode == 0, result.stderr
            assert "locked" not in result.stderr.lower()
        done.append(n)
    out, err = importer.communicate(timeout=120)
    assert importer.returncode == 0, err
    assert "locked" not in err.lower()
    store = Store.open(db)
    try:
        assert store.scalar("SELECT count(*) FROM practices WHERE name LIKE 'Praktijk %'") \
            == len(done)
        assert store.scalar("SELECT count(*) FROM codes WHERE name LIKE 'Code %'") == len(done)
        assert store.scalar("SELECT count(*) FROM stories WHERE source = 'import'") >= 300
    finally:
        store.close()


def test_every_connection_has_secure_delete_on(db):
    for store in (Store.open(db), Store.open_read_only(db), Store.memory()):
        try:
            assert store.scalar("PRAGMA secure_delete") == 1
            assert store.scalar("PRAGMA busy_timeout") >= 1000
            other = store.clone()
            assert other.scalar("PRAGMA secure_delete") == 1
            other.close()
        finally:
            store.close()


def test_every_write_transaction_takes_the_lock_up_front(db):
    """A transaction that reads first and writes later must not fail at once when another
    window wrote meanwhile: sqlite-utils' own transactions (insert, atomic) start with
    BEGIN IMMEDIATE too, so they wait their turn instead."""
    import sqlite3

    store = Store.open(db)
    other = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        with store.db.atomic():
            store.scalar("SELECT count(*) FROM practices")  # a read first
            with pytest.raises(sqlite3.OperationalError):
                other.execute("BEGIN IMMEDIATE")  # the write lock is already ours
        other.execute("BEGIN IMMEDIATE")  # and free again afterwards
        other.execute("ROLLBACK")
    finally:
        other.close()
        store.close()


def test_a_busy_write_is_a_store_error_with_the_honest_message(db):
    from workbench.errors import StoreError
    from workbench.store import WorkshopBusy

    holder = hold(db)
    store = Store.open(db)
    try:
        with pytest.raises(WorkshopBusy) as busy:
            with store.transaction(patience=0.2):
                pass
        assert isinstance(busy.value, StoreError)  # the TUI shows it as one sentence
        assert "bezig in een ander venster" in busy.value.message()
    finally:
        store.close()
        release(holder)
