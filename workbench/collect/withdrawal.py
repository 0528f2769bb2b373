"""Withdrawal: a storyteller takes their stories back, and everything made from them goes.

A backup is written first (a mistaken withdrawal can be undone by the facilitator from
the backup folder). Then, in one transaction, the storyteller row is deleted: foreign keys
cascade to stories, parts, consents, identity, fragments, codings, memos, wall cards and
poster quotes, and the full-text triggers take the text out of the search index. Only a
tombstone remains: the storyteller's UUID and the moment, so a merge with another laptop
can withdraw the same person there.

Nothing of the person may linger: the deletion runs with ``secure_delete`` (freed pages
are overwritten), the search index is optimised (old index segments dropped), the WAL is
checkpointed and truncated (retried while another connection reads), and the person is
scrubbed from every automatic backup in ``.workbench-backups/`` as well.

Restoring a backup lives here too (``restore``, ``restore_with_report``), not in
``workbench.backups``: nobody withdrawn may come back with an older backup, so a restore
always re-applies the withdrawals. ``backups`` is shared infrastructure below the phases
and may not import this module; keeping restore here means there is no restore that could
forget the withdrawals.
"""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import backups
from workbench.collect import stories
from workbench.errors import InvalidInput, NotFound, StoreError
from workbench.store import Store, now


@dataclass(frozen=True)
class WithdrawalReport:
    """What a withdrawal removed (counts only: the pseudonym is all that is shown)."""

    storyteller_id: str
    pseudonym: str
    stories: int = 0
    parts: int = 0
    consents: int = 0
    identity: int = 0
    fragments: int = 0
    codings: int = 0
    memos: int = 0
    wall_cards: int = 0
    quotes: int = 0
    backup: Path | None = field(default=None, compare=False)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "stories": self.stories, "parts": self.parts, "consents": self.consents,
            "identity": self.identity, "fragments": self.fragments, "codings": self.codings,
            "memos": self.memos, "wall_cards": self.wall_cards, "quotes": self.quotes,
        }


_COUNTS = {
    "stories": "SELECT count(*) FROM stories WHERE storyteller_id = :t",
    "parts": "SELECT count(*) FROM story_parts p JOIN stories s ON s.id = p.story_id "
             "WHERE s.storyteller_id = :t",
    "consents": "SELECT count(*) FROM consents WHERE storyteller_id = :t",
    "identity": "SELECT count(*) FROM identities WHERE storyteller_id = :t",
    "fragments": "SELECT count(*) FROM fragments f JOIN stories s ON s.id = f.story_id "
                 "WHERE s.storyteller_id = :t",
    "codings": "SELECT count(*) FROM codings c JOIN fragments f ON f.id = c.fragment_id "
               "JOIN stories s ON s.id = f.story_id WHERE s.storyteller_id = :t",
    "memos": "SELECT count(*) FROM memos m JOIN fragments f ON f.id = m.fragment_id "
             "JOIN stories s ON s.id = f.story_id WHERE s.storyteller_id = :t",
    "wall_cards": "SELECT count(*) FROM factor_fragments x "
                  "JOIN fragments f ON f.id = x.fragment_id "
                  "JOIN stories s ON s.id = f.story_id WHERE s.storyteller_id = :t",
    "quotes": "SELECT count(*) FROM factor_quotes q JOIN fragments f ON f.id = q.fragment_id "
              "JOIN stories s ON s.id = f.story_id WHERE s.storyteller_id = :t",
}


def preview(store: Store, pseudonym_or_id: str) -> WithdrawalReport:
    """What ``withdraw`` would remove, for the confirmation question. Changes nothing."""
    teller = stories.find_storyteller(store, pseudonym_or_id)
    return _report(store, teller)


def _report(store: Store, teller: dict[str, Any], backup: Path | None = None) -> WithdrawalReport:
    counts = {name: store.scalar(sql, {"t": teller["id"]}) or 0 for name, sql in _COUNTS.items()}
    return WithdrawalReport(teller["id"], teller["pseudonym"], backup=backup, **counts)


def withdraw(store: Store, pseudonym_or_id: str, *, missing_ok: bool = False) -> WithdrawalReport:
    """Remove a storyteller and everything derived from their stories; keep a tombstone.

    Writes an automatic backup first. With ``missing_ok`` (used when a merge brings a
    withdrawal made on another laptop) a UUID not present here still gets its tombstone,
    so the person's stories cannot come back in a later merge.
    """
    try:
        teller = stories.find_storyteller(store, pseudonym_or_id)
    except NotFound:
        if not (missing_ok and _is_uuid(pseudonym_or_id)):
            raise
        record_tombstone(store, pseudonym_or_id)
        return WithdrawalReport(pseudonym_or_id, "")
    backup = backups.automatic(store, "withdraw")
    store.db.execute("PRAGMA secure_delete = ON")
    with store.transaction():
        report = _report(store, teller, backup)
        forget_in_sessions(store, teller)
        store.db.execute("DELETE FROM storytellers WHERE id = ?", [teller["id"]])
        record_tombstone(store, teller["id"])
        optimise_search(store)
    settle(store)
    backups.scrub_backups(store, [teller["id"]])
    return report


def optimise_search(store: Store) -> None:
    """Merge the full-text index into one segment, so deleted words leave the file."""
    try:
        store.db.execute("INSERT INTO stories_fts (stories_fts) VALUES ('optimize')")
    except sqlite3.OperationalError:
        pass  # a file without the index (very old backups)


def settle(store: Store, attempts: int = 3) -> bool:
    """Write the WAL into the file and truncate it, so no old page stays beside it.

    A reader in another process (the TUI) can hold the WAL for a moment: retry, waiting
    on SQLite's busy handler rather than on a clock. True when the WAL is empty.
    """
    if store.path is None:
        return True
    for _ in range(attempts):
        busy, _log, _done = store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if not busy:
            return True
    return False


def forget_in_sessions(store: Store, teller: dict[str, Any]) -> None:
    """A sounding-board participant checked in under the pseudonym keeps their (anonymous)
    votes, but the pseudonym itself goes: it becomes an anonymous token."""
    rows = store.all(
        "SELECT id FROM participants WHERE storyteller_id = ? OR label = ? COLLATE NOCASE",
        [teller["id"], teller["pseudonym"]],
    )
    for row in rows:
        store.db.execute(
            "UPDATE participants SET label = ?, storyteller_id = NULL WHERE id = ?",
            [f"anoniem-{row['id'][:8]}", row["id"]],
        )


def record_tombstone(store: Store, storyteller_id: str, withdrawn_at: str | None = None) -> None:
    """Remember that this UUID was withdrawn (idempotent)."""
    store.db.execute(
        "INSERT OR IGNORE INTO withdrawals (storyteller_id, withdrawn_at) VALUES (?, ?)",
        [storyteller_id, withdrawn_at or now()],
    )


def is_withdrawn(store: Store, storyteller_id: str) -> bool:
    """True when this storyteller UUID was withdrawn here (a merge must not bring it back)."""
    return bool(store.scalar("SELECT 1 FROM withdrawals WHERE storyteller_id = ?",
                             [storyteller_id]))


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


# -- restoring a backup -------------------------------------------------------------

def withdrawn_ids(store: Store) -> list[str]:
    return [r[0] for r in store.db.execute("SELECT storyteller_id FROM withdrawals")]


def reapply_withdrawals(store: Store, storyteller_ids: list[str]) -> int:
    """After a restore: nobody withdrawn comes back. Returns how many were left out."""
    if not storyteller_ids:
        return 0
    left_out = 0
    store.db.execute("PRAGMA secure_delete = ON")
    with store.transaction():
        for teller in storyteller_ids:
            row = store.one("SELECT * FROM storytellers WHERE id = ?", [teller])
            if row is not None:
                forget_in_sessions(store, row)
                store.db.execute("DELETE FROM storytellers WHERE id = ?", [teller])
                left_out += 1
            record_tombstone(store, teller)
        if left_out:
            optimise_search(store)
    return left_out


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: where the state before it went, who was left out."""

    saved: Path | None
    left_out: int = 0


def restore(store: Store, source: str | Path) -> Path | None:
    """Replace the workshop by the backup ``source``; see ``restore_with_report``."""
    return restore_with_report(store, source).saved


def restore_with_report(store: Store, source: str | Path) -> RestoreReport:
    """Replace the workshop in ``store`` by the backup ``source``.

    The current state is backed up first (reason ``restore``); that path is returned so
    the user can go back. The copy runs through SQLite's backup API into the open file,
    which SQLite does as one write transaction: other processes see the old or the new
    workshop, never a mixture, and a crash halfway leaves the old one.
    """
    if store.path is None:
        raise StoreError("error.restore_memory")
    source = Path(source).expanduser()
    if source.resolve() == store.path.resolve():
        raise InvalidInput("error.backup_onto_itself", path=str(source))
    backups.inspect_backup(source)
    if store.db.conn.in_transaction:
        store.db.conn.commit()
    # tombstones outlive the restore: a backup from before a withdrawal brings nobody back
    withdrawn = withdrawn_ids(store)
    saved = backups.automatic(store, reason="restore")
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(store.db.conn)
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise StoreError("error.busy", path=str(store.path)) from error
        raise
    finally:
        src.close()
    # The backup carried its own journal mode and page 1; put ours back and bring an
    # older backup up to this version's schema.
    store.db.execute("PRAGMA journal_mode = WAL")
    store.migrate()
    left_out = reapply_withdrawals(store, withdrawn)
    # the restored file holds clock values this laptop has handed out since: it speaks
    # as a new laptop from now on (workbench.exchange.versions)
    store.db.execute("DELETE FROM meta WHERE key IN ('laptop_id', 'laptop_file')")
    if left_out:
        settle(store)
    return RestoreReport(saved, left_out)
