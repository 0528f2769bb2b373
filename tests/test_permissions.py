"""Stories are personal: database, WAL, SHM and backup files are readable by their owner only."""

from __future__ import annotations

import os
import stat

import pytest

from workbench import backups, workshop
from workbench.collect import stories
from workbench.store import Store


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    """The laptop's umask may be generous (0o000); our files must not depend on it."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_database_wal_and_shm_are_private(tmp_path, open_umask):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Privé")
    practice = workshop.add_practice(store, "Speelgroep")
    teller = stories.add_storyteller(store, "Noor", "parent", practice_id=practice)
    stories.add_story(store, storyteller_id=teller, practice_id=practice, text="Mijn verhaal.")
    wal, shm = tmp_path / "kwp.db-wal", tmp_path / "kwp.db-shm"
    assert wal.exists() and shm.exists()
    assert {mode(p) for p in (path, wal, shm)} == {0o600}
    store.close()


def test_backups_and_their_folder_are_private(tmp_path, open_umask):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Privé")
    made = backups.automatic(store, reason="withdraw")
    assert mode(made) == 0o600
    assert mode(made.parent) == 0o700
    out = backups.backup_to(store, tmp_path / "kopie.db")
    assert mode(out) == 0o600
    store.close()


def test_existing_backup_folder_is_tightened(tmp_path, open_umask):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    folder = backups.backup_folder(store)
    folder.mkdir(mode=0o755)
    backups.automatic(store, reason="merge")
    assert mode(folder) == 0o700
    store.close()


def test_overwritten_backup_target_becomes_private(tmp_path, open_umask):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    out = tmp_path / "kopie.db"
    out.write_text("oud")
    os.chmod(out, 0o644)
    backups.backup_to(store, out)
    assert mode(out) == 0o600
    store.close()


def test_exports_are_private(tmp_path, open_umask):
    """Exports hold the stories too (and identities when asked for)."""
    from workbench.exchange import refiqda
    from workbench.exchange.bundle import write_bundle
    from workbench.exchange.jsondoc import write_json

    store = Store.open(tmp_path / "kwp.db")
    workshop.create_workshop(store, "Privé")
    outs = [write_json(store, tmp_path / "w.json"),
            refiqda.export_qdpx(store, tmp_path / "w.qdpx").path,
            write_bundle(store, tmp_path / "w.wbbundle").path]
    assert {mode(p) for p in outs} == {0o600}
    store.close()
