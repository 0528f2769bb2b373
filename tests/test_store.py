"""The store: migrations recorded in the file, safe opening, pragmas, ids."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import uuid

import pytest

from workbench import workshop
from workbench.collect import stories
from workbench.errors import StoreError
from workbench.migrations import all_migrations, run_script
from workbench.store import Store, new_id


def test_new_file_gets_every_migration_recorded(tmp_path):
    path = tmp_path / "w.db"
    store = Store.open(path)
    recorded = {r["version"] for r in store.db["migrations"].rows}
    assert recorded == {m.version for m in all_migrations()}
    assert store.meta_get("app") == "workbench"
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("PRAGMA busy_timeout") >= 1000
    for table in ("workshops", "practices", "storytellers", "identities", "topic_lists",
                  "topics", "stories", "consents", "codes", "fragments", "factors", "sessions"):
        assert store.db[table].exists(), table


def test_database_file_is_private(tmp_path):
    path = tmp_path / "w.db"
    Store.open(path).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_older_file_is_migrated_forward(tmp_path):
    """A file made with only the first migration opens and gains the rest."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
    )
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO meta VALUES ('app', 'workbench')")
    conn.commit()
    conn.close()
    first = all_migrations()[0]
    store = Store.open(path, migrate=False)
    with store.transaction():
        first.up(store.db)
        store.db["migrations"].insert({"version": first.version, "name": first.name,
                                       "applied_at": "2026-01-01"})
    store.close()
    store = Store.open(path)
    assert store.applied_versions() == {m.version for m in all_migrations()}
    assert store.db["factors"].exists()


def test_reopening_applies_nothing(tmp_path):
    path = tmp_path / "w.db"
    Store.open(path).close()
    store = Store.open(path)
    assert store.pending_migrations() == []
    assert store.migrate() == []


def _bytes(path):
    return path.read_bytes()


def test_refuses_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("boodschappen: melk, brood\n")
    before = _bytes(path)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.key == "error.not_workbench"
    assert _bytes(path) == before


def test_refuses_other_sqlite_database_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _bytes(path)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.key == "error.not_workbench"
    assert _bytes(path) == before
    assert not (tmp_path / "other.db-wal").exists()


def test_refuses_newer_schema_untouched(tmp_path):
    path = tmp_path / "new.db"
    store = Store.open(path)
    store.db["migrations"].insert({"version": 99999, "name": "future", "applied_at": "2030"})
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    before = _bytes(path)
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.key == "error.newer_schema"
    assert _bytes(path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_refuses_folder_without_write_permission(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError) as caught:
            Store.open(folder / "w.db")
        assert caught.value.key == "error.folder_not_writable"
    finally:
        folder.chmod(0o700)


def test_refuses_missing_folder(tmp_path):
    with pytest.raises(StoreError) as caught:
        Store.open(tmp_path / "nope" / "w.db")
    assert caught.value.key == "error.no_such_folder"


def test_ids_are_uuids():
    assert uuid.UUID(new_id()).version == 4


def test_transaction_rolls_back_everything_on_error(store):
    practice = workshop.practices(store)[0]["id"]
    with pytest.raises(RuntimeError):
        with store.transaction():
            stories.add_storyteller(store, "Noor", "parent", practice_id=practice)
            raise RuntimeError("stroom uitgevallen")
    assert store.scalar("SELECT count(*) FROM storytellers") == 0


def test_withdrawing_a_storyteller_cascades_to_stories_and_search(store):
    practice = workshop.practices(store)[0]["id"]
    teller = stories.add_storyteller(store, "Noor", "parent", practice_id=practice)
    stories.set_identity(store, teller, "Echte Naam", "06-00000000")
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text="De koffieochtend hielp mij enorm.")
    stories.record_consent(store, teller, store_story=True, quotes=True, method="booth",
                           story_id=story)
    assert list(store.db["stories"].search("koffieochtend"))
    store.db.execute("DELETE FROM storytellers WHERE id = ?", [teller])
    for table in ("stories", "consents", "identities"):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert list(store.db["stories"].search("koffieochtend")) == []


def test_run_script_keeps_trigger_bodies_whole():
    store = Store.memory()
    with store.transaction():
        run_script(store.db, """
            CREATE TABLE a (x INTEGER);
            CREATE TABLE b (x INTEGER);
            CREATE TRIGGER a_ai AFTER INSERT ON a BEGIN
              INSERT INTO b (x) VALUES (new.x);
              INSERT INTO b (x) VALUES (new.x + 1);
            END;
        """)
    store.db.execute("INSERT INTO a VALUES (1)")
    assert store.scalar("SELECT sum(x) FROM b") == 3


def test_roles_are_checked(store):
    from workbench.errors import InvalidInput

    with pytest.raises(InvalidInput):
        stories.add_storyteller(store, "Piet", "burgemeester")


def test_practice_found_by_a_unique_part_of_its_name(store):
    from workbench.errors import NotFound

    assert workshop.find_practice(store, "vlinder")["name"] == "Speelgroep De Vlinder"
    assert workshop.find_practice(store, "BUURT")["name"] == "Buurthuiskamer Oost"
    with pytest.raises(NotFound):
        workshop.find_practice(store, "e")  # in both names: ambiguous


def test_migration_file_names_say_their_versions():
    # Opening an up-to-date workshop reads the versions from the file names only.
    from workbench.migrations import all_migrations, known_versions

    assert known_versions() == {m.version for m in all_migrations()}


def test_plain_reads_keep_repeated_column_names_apart(store):
    row = store.one("SELECT 1 AS id, 2 AS id, 3 AS id_2")
    assert row == {"id": 1, "id_3": 2, "id_2": 3}
    assert store.all("SELECT 'a' AS x, 'b' AS x") == [{"x": "a", "x_2": "b"}]


def test_an_up_to_date_workshop_opens_without_sqlite_utils(tmp_path):
    # The first screen reads through plain sqlite3: sqlite-utils (and its imports) load
    # only when something writes with it.
    db = tmp_path / "w.db"
    Store.open(db).close()
    script = ("import sys\nfrom workbench.store import Store\n"
              f"s = Store.open({str(db)!r}, create=False)\n"
              "s.one('SELECT 1'); s.meta_get('app'); s.pending_migrations()\n"
              "print('sqlite_utils' in sys.modules, "
              "any(m.startswith('workbench.migrations.m') for m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


def test_a_refused_write_outside_a_transaction_leaves_none_open(tmp_path):
    # Plain statements run as sqlite-utils ran them: a failed write is rolled back at
    # once, or every later write would join its never-committed transaction.
    store = Store.open(tmp_path / "w.db")
    with pytest.raises(sqlite3.IntegrityError):
        store.scalar("INSERT INTO meta (key, value) VALUES ('k', NULL)")
    assert not store.conn.in_transaction
    store.meta_set("later", "kept")
    other = Store.open(tmp_path / "w.db")
    assert other.meta_get("later") == "kept"


def test_a_write_that_returns_rows_is_committed_with_them(tmp_path):
    store = Store.open(tmp_path / "w.db")
    rows = store.all("INSERT INTO meta (key, value) VALUES ('a', '1') RETURNING key, value")
    assert rows == [{"key": "a", "value": "1"}]
    assert not store.conn.in_transaction
    assert Store.open(tmp_path / "w.db").meta_get("a") == "1"
