"""Issue 13: commands that only read never create or change a file."""

from __future__ import annotations

import shutil

import pytest
from safety_support import cli, digest, run

from workbench.store import Store

READERS = [
    ("stories", "list"),
    ("stories", "search", "koffie"),
    ("codes", "list"),
    ("factors", "list"),
    ("factors", "matrix"),
    ("factors", "roles"),
    ("sessions", "list"),
    ("calibration", "list"),
    ("overview",),
]


@pytest.mark.parametrize("command", READERS, ids=" ".join)
def test_an_empty_file_is_not_a_workshop_and_stays_empty(tmp_path, command):
    x = tmp_path / "x.txt"
    x.write_bytes(b"")
    result = run(x, *command)
    assert result.exit_code == 1
    assert "geen workbench-bestand" in result.output
    assert x.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.txt"]


@pytest.mark.parametrize("command", READERS, ids=" ".join)
def test_a_missing_file_is_no_workshop_and_nothing_is_created(tmp_path, command):
    missing = tmp_path / "nergens.db"
    result = run(missing, *command, lang="en")
    assert result.exit_code == 1
    assert "There is no workshop in" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow  # a real process
def test_the_cli_subprocess_says_so_too(tmp_path):
    x = tmp_path / "x.txt"
    x.write_bytes(b"")
    result = cli(x, "stories", "list")
    assert result.returncode == 1 and "geen workbench-bestand" in result.stderr
    assert x.stat().st_size == 0
    assert cli(tmp_path / "weg.db", "codes", "list").returncode == 1
    assert not (tmp_path / "weg.db").exists()


def test_reading_a_workshop_leaves_its_file_as_it_was(demo_file, tmp_path):
    db = tmp_path / "demo.db"
    shutil.copy(demo_file, db)
    before = digest(db)
    for command in READERS:
        assert run(db, *command).exit_code == 0, command
    assert run(db, "export", "json", str(tmp_path / "w.json")).exit_code == 0
    assert run(db, "export", "csv", "ballots", str(tmp_path / "b.csv")).exit_code == 0
    assert digest(db) == before


def test_a_read_only_store_cannot_write_and_applies_no_migration(demo_file, tmp_path):
    db = tmp_path / "demo.db"
    shutil.copy(demo_file, db)
    store = Store.open_read_only(db)
    try:
        assert store.read_only
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do, as long as it refuses
            store.db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        assert store.scalar("PRAGMA secure_delete") == 1
    finally:
        store.close()


def test_an_older_file_is_read_through_a_copy(tmp_path):
    """A file from an older workbench is read as if migrated, and stays as it was."""
    from workbench.migrations import all_migrations
    from workbench.store import APP_ID, now

    db = tmp_path / "oud.db"
    store = Store.open(db, migrate=False)
    *older, newest = all_migrations()
    for migration in older:
        with store.transaction():
            migration.up(store.db)
            store.db["migrations"].insert({"version": migration.version,
                                           "name": migration.name, "applied_at": now()})
    store.meta_set("app", APP_ID)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    before = digest(db)
    reader = Store.open_read_only(db)
    try:
        assert reader.schema_version == newest.version
        assert reader.scalar("SELECT count(*) FROM stories") == 0
    finally:
        reader.close()
    assert digest(db) == before
    assert Store.open_read_only(db).pending_migrations() == []  # through its copy again


def test_a_write_command_does_not_turn_an_empty_file_into_a_workshop(tmp_path):
    x = tmp_path / "x.txt"
    x.write_bytes(b"")
    for command in (("practice", "P"), ("codes", "add", "C"), ("sessions", "create", "S")):
        result = run(x, *command)
        assert result.exit_code == 1 and "geen workbench-bestand" in result.output
        assert x.stat().st_size == 0
    made = run(x, "init", "K", "--no-pin")  # init (and demo) may start in an empty file
    assert made.exit_code == 0, made.output
    assert x.stat().st_size > 0
