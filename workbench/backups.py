"""Backups with SQLite's online backup API: safe while the workshop is in use."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workbench.store import Store

DEFAULT_KEEP = 10


def backup_folder(store: Store) -> Path:
    assert store.path is not None
    return store.path.parent / ".workbench-backups"


def backup_to(store: Store, out: str | Path) -> Path:
    """Copy the whole database to ``out`` (created readable by the owner only)."""
    out = Path(out)
    fd = os.open(out, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    target = sqlite3.connect(str(out))
    try:
        store.db.conn.backup(target)
    finally:
        target.close()
    os.chmod(out, 0o600)
    return out


def automatic(store: Store, reason: str) -> Path | None:
    """Back up before a destructive operation; keep the newest ``backup_keep`` copies."""
    if store.path is None:
        return None  # in-memory stores (tests) have nothing to protect on disk
    folder = backup_folder(store)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    out = backup_to(store, folder / f"{store.path.stem}-{stamp}-{reason}.db")
    keep = int(store.meta_get("backup_keep", str(DEFAULT_KEEP)) or DEFAULT_KEEP)
    rotate(folder, store.path.stem, keep)
    return out


def rotate(folder: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` automatic backups of ``stem``. Returns the removed."""
    backups = sorted(folder.glob(f"{stem}-*.db"))
    removed = backups[:-keep] if keep > 0 else backups
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
