"""Migration 1600 on a file written before it: storytellers' role may be unassigned (NULL),
and the rebuild keeps every row and every reference to the storytellers."""

from __future__ import annotations

import sqlite3

import pytest

from workbench import workshop
from workbench.collect import stories
from workbench.migrations import all_migrations
from workbench.store import Store


def _old_file(path, monkeypatch):
    """A workshop file as a workbench before migration 1600 left it, with a storyteller,
    a story, an identity and consent."""
    older = [m for m in all_migrations() if m.version < 1600]
    monkeypatch.setattr("workbench.store.all_migrations", lambda: older)
    store = Store.open(path)
    workshop.create_workshop(store, "Oude werkplaats")
    practice = workshop.add_practice(store, "Speelgroep De Vlinder")
    teller = stories.add_storyteller(store, "Uil 7", "parent", practice_id=practice)
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice,
                              text="We drinken koffie na het brengen.")
    with store.transaction():
        store.db["identities"].insert({"id": "i1", "storyteller_id": teller,
                                       "real_name": "Anna", "created_at": "2026-01-01"})
    with pytest.raises(sqlite3.IntegrityError):  # before: a role was required
        store.write("UPDATE storytellers SET role = NULL")
    store.close()
    monkeypatch.undo()
    return teller, story


def test_old_file_gets_unassigned_roles_and_keeps_everything(tmp_path, monkeypatch):
    path = tmp_path / "oud.db"
    teller, story = _old_file(path, monkeypatch)
    store = Store.open(path)
    assert 1600 in store.applied_versions()
    assert store.scalar("PRAGMA foreign_keys") == 1  # switched back on after the rebuild
    assert store.one("SELECT pseudonym, role FROM storytellers WHERE id = ?", [teller]) == {
        "pseudonym": "Uil 7", "role": "parent"}
    # the rows that refer to the storyteller were not cascaded away by the rebuild
    assert store.scalar("SELECT count(*) FROM stories WHERE storyteller_id = ?", [teller]) == 1
    assert store.scalar("SELECT count(*) FROM identities WHERE storyteller_id = ?",
                        [teller]) == 1
    store.write("UPDATE storytellers SET role = NULL WHERE id = ?", [teller])
    assert store.scalar("SELECT role FROM storytellers WHERE id = ?", [teller]) is None
    with pytest.raises(sqlite3.IntegrityError):  # the known roles are still the only words
        store.write("UPDATE storytellers SET role = 'mother'")
    with pytest.raises(sqlite3.IntegrityError):  # and references are still enforced
        store.write("INSERT INTO identities (id, storyteller_id, created_at) "
                    "VALUES ('i2', 'nobody', '2026-01-01')")
    assert store.scalar("PRAGMA integrity_check") == "ok"
    assert store.scalar("PRAGMA foreign_key_check") is None
    # deleting a storyteller still takes their stories along
    store.write("DELETE FROM storytellers WHERE id = ?", [teller])
    assert store.scalar("SELECT count(*) FROM stories WHERE id = ?", [story]) == 0
