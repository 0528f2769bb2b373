"""Backups: automatic before destructive work, `backup`, `backups`, `restore` with confirmation."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from click.testing import CliRunner

from workbench import access, backups, workshop
from workbench.cli import main
from workbench.collect import stories
from workbench.store import Store


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def wpath(tmp_path):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Reserve-werkplaats")
    practice = workshop.add_practice(store, "Buurthuiskamer Oost")
    teller = stories.add_storyteller(store, "Yasmina", "parent", practice_id=practice)
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text="Hier leerde ik andere moeders kennen.")
    stories.record_consent(store, teller, store_story=True, quotes=True, method="booth",
                           story_id=story)
    store.close()
    return path


def cli(path, *args, stdin=None):
    return CliRunner().invoke(main, ["--db", str(path), *args], input=stdin)


def story_texts(path):
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT text FROM stories"))
    finally:
        conn.close()


def add_story(path, text):
    store = Store.open(path)
    practice = workshop.practices(store)[0]["id"]
    teller = stories.add_storyteller(store, f"T{len(text)}", "volunteer", practice_id=practice)
    with store.transaction():
        story = stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text)
        stories.record_consent(store, teller, store_story=True, quotes=False, method="verbal",
                               story_id=story)
    store.close()


def test_backup_command_writes_a_private_self_contained_copy(wpath, tmp_path):
    out = tmp_path / "kopie.db"
    result = cli(wpath, "backup", str(out))
    assert result.exit_code == 0, result.output
    assert "Reservekopie gemaakt" in result.output
    assert mode(out) == 0o600
    assert not (tmp_path / "kopie.db-wal").exists()
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert story_texts(out) == story_texts(wpath)


def test_backup_refuses_to_overwrite_without_force(wpath, tmp_path):
    out = tmp_path / "kopie.db"
    out.write_text("mijn eigen bestand")
    result = cli(wpath, "backup", str(out))
    assert result.exit_code == 1
    assert "bestaat al" in result.output
    assert out.read_text() == "mijn eigen bestand"
    assert cli(wpath, "backup", str(out), "--force").exit_code == 0
    assert story_texts(out) == story_texts(wpath)


def test_backup_into_a_folder_and_onto_itself(wpath, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    assert cli(wpath, "backup", str(folder)).exit_code == 0
    written = list(folder.glob("kwp-*.db"))
    assert len(written) == 1 and story_texts(written[0]) == story_texts(wpath)
    result = cli(wpath, "backup", str(wpath), "--force")
    assert result.exit_code == 1 and "werkplaatsbestand zelf" in result.output


def test_backup_sees_committed_state_inside_a_transaction(wpath, tmp_path):
    """A destructive operation backs up first, even when it already opened its transaction."""
    store = Store.open(wpath)
    with store.transaction():
        store.db.execute("DELETE FROM consents")
        store.db.execute("DELETE FROM stories")
        saved = backups.automatic(store, reason="withdraw")
    assert story_texts(saved) == ["Hier leerde ik andere moeders kennen."]
    store.close()


def test_automatic_backups_are_private_and_rotated(wpath):
    store = Store.open(wpath)
    backups.set_keep_count(store, 3)
    made = [backups.automatic(store, reason="withdraw") for _ in range(5)]
    folder = backups.backup_folder(store)
    assert mode(folder) == 0o700
    kept = backups.list_backups(folder, "kwp")
    assert [b.path for b in kept] == list(reversed(made[2:]))
    assert all(mode(b.path) == 0o600 for b in kept)
    assert all(b.reason == "withdraw" for b in kept)


def test_rotation_leaves_other_files_alone(wpath):
    store = Store.open(wpath)
    folder = backups.private_folder(backups.backup_folder(store))
    other = folder / "kwp-oud-20200101T000000000000Z-merge.db"  # another workshop, "kwp-oud"
    mine = folder / "kwp-notities.txt"
    other.write_text("x")
    mine.write_text("x")
    backups.set_keep_count(store, 1)
    for _ in range(3):
        backups.automatic(store, reason="merge")
    assert other.exists() and mine.exists()
    assert len(backups.list_backups(folder, "kwp")) == 1


def test_backups_command_lists_and_sets_keep(wpath):
    store = Store.open(wpath)
    for _ in range(4):
        backups.automatic(store, reason="withdraw")
    store.close()
    result = cli(wpath, "backups")
    assert result.exit_code == 0, result.output
    assert result.output.count("intrekken") == 4
    result = cli(wpath, "backups", "--keep", "2")
    assert result.exit_code == 0
    assert "nieuwste 2" in result.output
    assert result.output.count("intrekken") == 2
    assert cli(wpath, "backups", "--keep", "0").exit_code == 1


def test_backup_without_out_goes_to_the_backup_folder(wpath):
    result = cli(wpath, "backup")
    assert result.exit_code == 0, result.output
    assert ".workbench-backups" in result.output


def test_restore_asks_and_no_changes_nothing(wpath, tmp_path):
    copy = tmp_path / "kopie.db"
    cli(wpath, "backup", str(copy))
    add_story(wpath, "Later verteld: over de peuterspeelzaal.")
    before = story_texts(wpath)
    result = cli(wpath, "restore", str(copy), stdin="n\n")
    assert result.exit_code == 0, result.output
    assert "Reserve-werkplaats" in result.output and "1 verhaal)" in result.output
    assert "Niets veranderd" in result.output
    assert story_texts(wpath) == before


def test_restore_backs_up_current_state_first(wpath, tmp_path):
    copy = tmp_path / "kopie.db"
    cli(wpath, "backup", str(copy))
    add_story(wpath, "Later verteld: over de peuterspeelzaal.")
    newer = story_texts(wpath)
    result = cli(wpath, "restore", str(copy), stdin="j\n")
    assert result.exit_code == 0, result.output
    assert "Teruggezet" in result.output
    assert story_texts(wpath) == story_texts(copy)
    saved = backups.list_backups(wpath.parent / ".workbench-backups", "kwp")
    assert saved[0].reason == "restore"
    assert story_texts(saved[0].path) == newer
    store = Store.open(wpath)  # the restored file opens normally, in WAL mode
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA integrity_check") == "ok"
    store.close()
    assert cli(wpath, "check").exit_code == 0


def test_restore_with_yes_and_pin(wpath, tmp_path):
    copy = tmp_path / "kopie.db"
    cli(wpath, "backup", str(copy))
    store = Store.open(wpath)
    access.set_pin(store, "2468")
    store.close()
    add_story(wpath, "Nog een verhaal.")
    wrong = cli(wpath, "restore", str(copy), "--yes", "--pin", "0000")
    assert wrong.exit_code == 1 and "Onjuiste pincode" in wrong.output
    assert "Nog een verhaal." in story_texts(wpath)
    ok = cli(wpath, "restore", str(copy), "--yes", "--pin", "2468")
    assert ok.exit_code == 0, ok.output
    assert "Nog een verhaal." not in story_texts(wpath)


def test_restore_refuses_damaged_or_foreign_files(wpath, tmp_path):
    before = story_texts(wpath)
    foreign = tmp_path / "ander.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    result = cli(wpath, "restore", str(foreign), "--yes")
    assert result.exit_code == 1 and "geen workbench-bestand" in result.output
    result = cli(wpath, "restore", str(tmp_path / "weg.db"), "--yes")
    assert result.exit_code == 1 and "bestaat niet" in result.output
    assert story_texts(wpath) == before
    assert not (wpath.parent / ".workbench-backups").exists()


def test_restore_of_older_backup_migrates_it(wpath, tmp_path):
    from workbench.migrations import all_migrations

    old = tmp_path / "oud.db"
    store = Store.open(old, migrate=False)
    for migration in all_migrations()[:4]:  # a file from the foundation release
        with store.transaction():
            migration.up(store.db)
            store.db["migrations"].insert({"version": migration.version,
                                           "name": migration.name, "applied_at": "n"})
    store.meta_set("app", "workbench")
    workshop.create_workshop(store, "Oude werkplaats")
    store.close()
    assert backups.inspect_backup(old)["schema_version"] == 4
    result = cli(wpath, "restore", str(old), "--yes")
    assert result.exit_code == 0, result.output
    store = Store.open(wpath)
    assert store.applied_versions() == {m.version for m in all_migrations()}
    assert workshop.require_workshop(store)["name"] == "Oude werkplaats"
    store.close()
    assert cli(wpath, "check").exit_code == 0
