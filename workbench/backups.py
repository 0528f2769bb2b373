"""Backups with SQLite's online backup API: safe while the workshop is in use.

* ``automatic(store, reason)`` runs before every destructive operation (withdraw, merge,
  delete a factor or session, migration, restore) and keeps the newest N copies
  (setting ``backup_keep``, default 10) in ``.workbench-backups/`` beside the file.
* ``backup_to(store, out)`` writes a copy wherever the user asks.
* ``scrub_backups(store, ids)`` takes withdrawn storytellers out of every automatic backup.
* ``record_backup(store)`` notes when the last full backup was made (``workbench status``
  reads it).

Restoring a backup is ``workbench.collect.withdrawal.restore``, not here: a restore must
re-apply every withdrawal, and this module is shared infrastructure below the phases, so
it may not call withdrawal (see the layers in docs/ENGINEERING.md). Keeping restore out of
this module means no caller can restore without re-applying the withdrawals.

Backups hold personal stories: files are created 0600 and the folder 0700.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import InvalidInput, StoreError

if TYPE_CHECKING:
    from workbench.store import Store

DEFAULT_KEEP = 10
KEEP_KEY = "backup_keep"
LAST_BACKUP_KEY = "last_backup_at"
FOLDER_NAME = ".workbench-backups"
_STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class BackupInfo:
    """One automatic backup in the backup folder."""

    path: Path
    made_at: datetime
    reason: str
    size: int


def backup_folder(store: Store) -> Path:
    assert store.path is not None
    return store.path.parent / FOLDER_NAME


def keep_count(store: Store) -> int:
    """How many automatic backups to keep (setting ``backup_keep``)."""
    try:
        return max(1, int(store.meta_get(KEEP_KEY, str(DEFAULT_KEEP)) or DEFAULT_KEEP))
    except ValueError:
        return DEFAULT_KEEP


def set_keep_count(store: Store, keep: int) -> None:
    if keep < 1:
        raise InvalidInput("error.backup_keep", keep=keep)
    store.meta_set(KEEP_KEY, str(keep))


def backup_to(store: Store, out: str | Path) -> Path:
    """Copy the whole database to ``out`` (created readable by the owner only).

    The copy is a single self-contained file (rollback journal, not WAL), so it can be
    mailed, copied to a stick or restored without its ``-wal`` companion. It is written
    under a temporary name and renamed into place, so ``out`` is never half a backup.
    """
    out = Path(out).expanduser()
    if store.path is not None and out.resolve() == store.path.resolve():
        raise InvalidInput("error.backup_onto_itself", path=str(out))
    if out.is_dir():
        raise InvalidInput("error.backup_is_folder", path=str(out))
    tmp = out.with_name(f".{out.name}.partial")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    try:
        # Read from a connection of our own: it sees the last committed state even when
        # the caller is inside a transaction that has begun to change things.
        source = _reader(store)
        target = sqlite3.connect(str(tmp))
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.commit()
        finally:
            target.close()
            if source is not store.db.conn:
                source.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(out.parent)
    _note_backup(store)
    return out


def record_backup(store: Store, at: str | None = None) -> None:
    """Note that a full backup of the workshop was just made (``workbench status``'s
    reminder reads it)."""
    with store.transaction():
        store.meta_set(LAST_BACKUP_KEY, at or _now())


def _note_backup(store: Store) -> None:
    """Remember when the last backup was made, for ``workbench status``'s reminder."""
    try:
        record_backup(store)
    except (StoreError, sqlite3.Error):
        pass  # the copy is made; not noting it must not turn it into a failure


def automatic(store: Store, reason: str) -> Path | None:
    """Back up before a destructive operation; keep the newest ``backup_keep`` copies."""
    if store.path is None:
        return None  # in-memory stores (tests) have nothing to protect on disk
    folder = private_folder(backup_folder(store))
    stamp = datetime.now(timezone.utc).strftime(_STAMP)
    reason = re.sub(r"[^a-z0-9_]+", "_", reason.lower()).strip("_") or "backup"
    out = backup_to(store, folder / f"{store.path.stem}-{stamp}-{reason}.db")
    rotate(folder, store.path.stem, keep_count(store))
    return out


def private_folder(folder: Path) -> Path:
    """Create ``folder`` if needed and make it 0700 (mkdir's mode is subject to umask)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def list_backups(folder: Path, stem: str) -> list[BackupInfo]:
    """The automatic backups of the workshop file named ``stem``, newest first."""
    pattern = re.compile(rf"^{re.escape(stem)}-(\d{{8}}T\d{{12}}Z)-([a-z0-9_]+)\.db$")
    found = []
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if not match:
            continue  # other workshops' backups and the user's own files stay untouched
        made = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
        found.append(BackupInfo(path, made, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: b.path.name, reverse=True)


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``stem``. Returns the removed."""
    removed = [b.path for b in list_backups(folder, stem)[max(keep, 0):]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def inspect_backup(source: str | Path) -> dict[str, object]:
    """Check that ``source`` is a sound workbench file this version can open.

    Returns what a confirmation question needs (workshop name, story count, schema
    version). Raises ``StoreError`` without changing anything when it is not.
    """
    from workbench.migrations import known_versions

    source = Path(source).expanduser()
    if not source.is_file():
        raise StoreError("error.no_such_backup", path=str(source))
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise StoreError("error.not_workbench", path=str(source)) from error
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()
        if not result or result[0] != "ok":
            raise StoreError("error.backup_damaged", path=str(source))
        app = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
        if app is None or app[0] != "workbench":
            raise StoreError("error.not_workbench", path=str(source))
        versions = {r[0] for r in conn.execute("SELECT version FROM migrations")}
        if versions - known_versions():
            raise StoreError("error.newer_schema", path=str(source))
        workshop = conn.execute("SELECT name FROM workshops ORDER BY created_at LIMIT 1")
        name_row = workshop.fetchone()
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise StoreError("error.not_workbench", path=str(source)) from error
    finally:
        conn.close()
    return {
        "path": source,
        "workshop": name_row[0] if name_row else "",
        "stories": stories,
        "schema_version": max(versions) if versions else 0,
    }


def scrub_backups(store: Store, storyteller_ids: list[str]) -> list[Path]:
    """Remove withdrawn storytellers from every automatic backup of this workshop.

    Each backup is opened on its own, the people deleted (their stories and everything
    made of them cascade, a tombstone is kept), the search index optimised and the file
    vacuumed with ``secure_delete``, so none of their words stay in it; it stays 0600.
    Returns the backups that held someone.
    """
    if store.path is None or not storyteller_ids:
        return []
    changed = []
    for info in list_backups(backup_folder(store), store.path.stem):
        if scrub_file(info.path, storyteller_ids):
            changed.append(info.path)
    return changed


def scrub_file(path: Path, storyteller_ids: list[str]) -> bool:
    """Take the storytellers ``storyteller_ids`` out of the workbench file at ``path``."""
    try:
        conn = sqlite3.connect(str(path), timeout=5.0)
    except sqlite3.Error:
        return False
    found = False
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "storytellers" not in tables:
            return False
        with conn:
            for teller in storyteller_ids:
                row = conn.execute("SELECT pseudonym FROM storytellers WHERE id = ?",
                                   [teller]).fetchone()
                if row is None:
                    continue
                found = True
                if "participants" in tables:
                    for (pid,) in conn.execute(
                            "SELECT id FROM participants WHERE storyteller_id = ? OR "
                            "label = ? COLLATE NOCASE", [teller, row[0]]).fetchall():
                        conn.execute("UPDATE participants SET label = ?, storyteller_id = NULL "
                                     "WHERE id = ?", [f"anoniem-{pid[:8]}", pid])
                conn.execute("DELETE FROM storytellers WHERE id = ?", [teller])
                if "withdrawals" in tables:
                    conn.execute("INSERT OR IGNORE INTO withdrawals (storyteller_id, "
                                 "withdrawn_at) VALUES (?, ?)", [teller, _now()])
            if found and "stories_fts" in tables:
                conn.execute("INSERT INTO stories_fts (stories_fts) VALUES ('optimize')")
        if found:
            conn.execute("VACUUM")
    except sqlite3.DatabaseError:
        return False  # a damaged backup is left as it is; `check` will say so
    finally:
        conn.close()
    os.chmod(path, 0o600)
    return found


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _reader(store: Store) -> sqlite3.Connection:
    if store.path is None:
        return store.db.conn
    return sqlite3.connect(
        f"{store.path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0
    )


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable: a backup that vanishes on power loss is no backup."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
