"""Merge a bundle from another laptop into this workshop, table by table, keyed by UUIDs.

Rules, in the order they are applied (docs/readme/80-exchange.md tells users the same):

1. An automatic backup is written first; the merge is one transaction.
2. Withdrawals come first and propagate: a storyteller withdrawn there is withdrawn here
   (row deleted, everything derived cascades, tombstone kept), and nothing of a person
   withdrawn on either side comes back.
3. Tables go parents first (from the foreign keys). A row whose key is new is added. The
   bundle's workshop is this workshop; a row that collides on a natural key (a practice
   with the same name, the same coding) is the row already here; a storyteller whose
   pseudonym is taken by someone else gets a numbered pseudonym.
4. A row present on both sides is compared with what the last merge saw (merge_state):
   changed only there -> taken; changed only here -> kept; changed on both sides -> a
   story keeps both versions (the bundle's becomes a second story, reported as a
   conflict, and its new fragments follow it); other rows keep the newer ``updated_at``.
5. Deletions other than withdrawals do not travel: without a log, "deleted there" cannot
   be told from "added here".

Merging the same bundle twice changes nothing the second time.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import backups
from workbench.errors import InvalidInput, WorkbenchError
from workbench.exchange.bundle import Bundle, columns_of, primary_key, quote, read_bundle
from workbench.exchange.refiqda import WORKBENCH_NS
from workbench.exchange.safety import Limits
from workbench.i18n import t
from workbench.store import Store, now

_UNIQUE = re.compile(r"UNIQUE constraint failed: (.+)$")
# Tables whose rows are the same thing when their names match (ignoring case), even when
# each laptop created its own: one workshop has one practice of a name.
SAME_BY_NAME = {"practices": "name"}


@dataclass
class MergeReport:
    """What a merge did, for the sentence the user reads."""

    source: str
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept_local: int = 0
    matched: int = 0
    skipped: int = 0
    withdrawn: int = 0
    conflicts: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    backup: Path | None = None

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())


@dataclass
class _Table:
    name: str
    columns: list[str]
    key: list[str]
    fks: list[tuple[str, str, str, bool]]  # (column, parent table, parent column, not null)


def _hash(row: dict[str, Any]) -> str:
    data = json.dumps(sorted(row.items()), ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _describe(store: Store, name: str) -> _Table:
    info = store.db.execute(f"PRAGMA table_info({quote(name)})").fetchall()
    not_null = {c[1] for c in info if c[3]}
    fks = [(r[3], r[2], r[4] or "id", r[3] in not_null)
           for r in store.db.execute(f"PRAGMA foreign_key_list({quote(name)})").fetchall()]
    return _Table(name, columns_of(store, name), primary_key(store, name), fks)


def _order(tables: dict[str, _Table]) -> list[str]:
    """Parents before children (Kahn); cycles, if any, in name order at the end."""
    deps = {n: {fk[1] for fk in tb.fks if fk[1] != n and fk[1] in tables}
            for n, tb in tables.items()}
    out: list[str] = []
    while deps:
        ready = sorted(n for n, d in deps.items() if not d)
        if not ready:
            ready = sorted(deps)
        for n in ready:
            out.append(n)
            deps.pop(n)
        for d in deps.values():
            d.difference_update(ready)
    return out


class _Merger:
    def __init__(self, store: Store, bundle: Bundle, report: MergeReport) -> None:
        self.store = store
        self.bundle = bundle
        self.report = report
        self.stamp = now()
        names = [n for n in bundle.tables]
        self.tables = {n: _describe(store, n) for n in names}
        self.remap: dict[str, dict[Any, Any]] = {}
        self.present: dict[tuple[str, str], set[Any]] = {}
        self.tombstones: set[str] = set()
        self.routes: dict[str, str] = {}  # story id -> id of the conflict copy

    # -- helpers ---------------------------------------------------------------

    def exists(self, table: str, column: str, value: Any) -> bool:
        cache = self.present.get((table, column))
        if cache is None:
            cache = {r[0] for r in self.store.db.execute(
                f"SELECT {quote(column)} FROM {quote(table)}").fetchall()}
            self.present[(table, column)] = cache
        return value in cache

    def note_present(self, table: str, row: dict[str, Any]) -> None:
        for (name, column), cache in self.present.items():
            if name == table and column in row:
                cache.add(row[column])

    def fetch(self, tb: _Table, row: dict[str, Any]) -> dict[str, Any] | None:
        where = " AND ".join(f"{quote(k)} IS ?" for k in tb.key)
        return self.store.one(f"SELECT * FROM {quote(tb.name)} WHERE {where}",
                              [row[k] for k in tb.key])

    def state(self, table: str, key: str) -> dict[str, Any] | None:
        return self.store.one("SELECT * FROM merge_state WHERE table_name = ? AND row_key = ?",
                              [table, key])

    def set_state(self, table: str, key: str, base: str, local: dict[str, Any],
                  copy_id: str | None = None) -> None:
        self.store.db.execute(
            "INSERT INTO merge_state (table_name, row_key, base_hash, local_hash, copy_id, "
            "merged_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, row_key) DO UPDATE "
            "SET base_hash = excluded.base_hash, local_hash = excluded.local_hash, "
            "copy_id = coalesce(excluded.copy_id, merge_state.copy_id), "
            "merged_at = CASE WHEN merge_state.base_hash = excluded.base_hash AND "
            "merge_state.local_hash = excluded.local_hash THEN merge_state.merged_at "
            "ELSE excluded.merged_at END",
            [table, key, base, _hash(local), copy_id, self.stamp])

    def insert(self, tb: _Table, row: dict[str, Any]) -> None:
        cols = list(row)
        self.store.db.execute(
            f"INSERT INTO {quote(tb.name)} ({', '.join(quote(c) for c in cols)}) "
            f"VALUES ({', '.join('?' for _ in cols)})", [row[c] for c in cols])
        self.note_present(tb.name, row)
        self.report.added[tb.name] = self.report.added.get(tb.name, 0) + 1

    def update(self, tb: _Table, row: dict[str, Any]) -> None:
        cols = [c for c in row if c not in tb.key]
        if cols:
            self.store.db.execute(
                f"UPDATE {quote(tb.name)} SET {', '.join(f'{quote(c)} = ?' for c in cols)} "
                f"WHERE {' AND '.join(f'{quote(k)} IS ?' for k in tb.key)}",
                [row[c] for c in cols] + [row[k] for k in tb.key])
        self.report.updated[tb.name] = self.report.updated.get(tb.name, 0) + 1

    # -- the merge ---------------------------------------------------------------

    def run(self) -> None:
        self.withdrawals()
        for row in self.store.all("SELECT row_key, copy_id FROM merge_state "
                                  "WHERE table_name = 'stories' AND copy_id IS NOT NULL"):
            self.routes[json.loads(row["row_key"])[0]] = row["copy_id"]
        for name in _order(self.tables):
            rows = self.bundle.tables.get(name) or []
            if name == "withdrawals" or not rows:
                continue
            if name == "workshops":
                self.workshops(rows)
                continue
            tb = self.tables[name]
            for row in self._parents_first(tb, rows):
                self.row(tb, row)

    def withdrawals(self) -> None:
        from workbench.withdrawal import record_tombstone

        local = {r["storyteller_id"] for r in self.store.all("SELECT * FROM withdrawals")}
        for row in self.bundle.tables.get("withdrawals", []):
            teller = row.get("storyteller_id")
            if teller in local or not teller:
                continue
            # Deleting the row cascades to stories, fragments, codings, quotes...; the
            # backup made before the merge covers this like withdraw() covers its own.
            self.store.db.execute("DELETE FROM storytellers WHERE id = ?", [teller])
            record_tombstone(self.store, teller, row.get("withdrawn_at"))
            local.add(teller)
            self.report.withdrawn += 1
        self.tombstones = local

    def workshops(self, rows: list[dict[str, Any]]) -> None:
        tb = self.tables["workshops"]
        mine = self.store.one("SELECT * FROM workshops ORDER BY created_at LIMIT 1")
        for row in rows:
            if mine is None:
                self.insert(tb, row)
                mine = row
            elif row["id"] != mine["id"]:
                # one workshop per file: the other laptop's workshop is this one
                self.remap.setdefault("workshops", {})[row["id"]] = mine["id"]
            else:
                self.row(tb, row)

    def _parents_first(self, tb: _Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        own = [fk[0] for fk in tb.fks if fk[1] == tb.name]
        if not own or len(tb.key) != 1:
            return rows
        by_key = {r[tb.key[0]]: r for r in rows}

        def depth(row: dict[str, Any], seen: int = 0) -> int:
            parent = by_key.get(row.get(own[0]))
            return 0 if parent is None or seen > len(rows) else 1 + depth(parent, seen + 1)

        return sorted(rows, key=depth)

    def row(self, tb: _Table, raw: dict[str, Any]) -> None:
        if tb.name == "storytellers" and raw.get("id") in self.tombstones:
            self.report.skipped += 1
            return
        row = dict(raw)
        key = json.dumps([raw[k] for k in tb.key], ensure_ascii=False, default=str)
        for column, parent, _, _ in tb.fks:
            if row.get(column) is not None:
                row[column] = self.remap.get(parent, {}).get(row[column], row[column])
        local = self.fetch(tb, row)
        routed = [c for c, parent, _, _ in tb.fks
                  if parent == "stories" and row.get(c) in self.routes]
        for column in routed:
            copy_id = self.routes[row[column]]
            if local is None or local[column] == copy_id:
                row[column] = copy_id  # new material of a conflicted story follows its copy
            elif {c: local[c] for c in row} != row and len(tb.key) == 1 and column not in tb.key:
                # changed there, on a story that split: keep it with the copy as its own row
                row[tb.key[0]] = str(uuid.uuid5(WORKBENCH_NS, f"{copy_id}:{row[tb.key[0]]}"))
                row[column] = copy_id
                local = self.fetch(tb, row)
        for column, parent, parent_column, not_null in tb.fks:
            value = row.get(column)
            if value is None:
                continue
            if (parent == "storytellers" and value in self.tombstones) or not self.exists(
                    parent, parent_column, value):
                if not_null or column in tb.key:
                    self.report.skipped += 1  # its parent was withdrawn or never came
                    return
                row[column] = None
        if local is None and tb.name in SAME_BY_NAME:
            column = SAME_BY_NAME[tb.name]
            same = self.store.one(f"SELECT * FROM {quote(tb.name)} WHERE "
                                  f"lower(trim({quote(column)})) = lower(trim(?))",
                                  [row.get(column) or ""])
            if same is not None:  # "Speelgroep de Vlinder" typed on each laptop: one practice
                self.remap.setdefault(tb.name, {})[row[tb.key[0]]] = same[tb.key[0]]
                self.report.matched += 1
                return
        if local is None:
            self.add(tb, row, raw, key)
            return
        mine = {c: local[c] for c in row}
        if mine == row:
            self.set_state(tb.name, key, _hash(raw), mine)
            return
        state = self.state(tb.name, key)
        if state is not None and state["base_hash"] == _hash(raw):
            self.report.kept_local += 1  # only changed here since the last merge
            return
        if state is not None and state["local_hash"] == _hash(mine):
            if not self.take_story(tb, row, raw, key, mine, local):
                return
        elif tb.name == "stories" and local["text"] != row["text"]:
            # Never merged before: revision 1 is the text as first saved, so a side still
            # at 1 did not edit it. Otherwise both may have: keep both versions.
            if state is None and local["revision"] == 1 and (row.get("revision") or 1) > 1:
                if not self.take_story(tb, row, raw, key, mine, local):
                    return
            elif state is None and row.get("revision") == 1 and local["revision"] > 1:
                self.report.kept_local += 1
            else:
                self.conflict(tb, row, raw, key, mine)
                return
        elif "updated_at" in row and str(row["updated_at"] or "") > str(local["updated_at"] or ""):
            self.update(tb, row)
        else:
            self.report.kept_local += 1
        self.set_state(tb.name, key, _hash(raw), {c: (self.fetch(tb, row) or {}).get(c)
                                                   for c in row})

    def take_story(self, tb: _Table, row: dict[str, Any], raw: dict[str, Any], key: str,
                   mine: dict[str, Any], local: dict[str, Any]) -> bool:
        """Take the bundle's version; a story's own fragments here move with its text.

        If they cannot (the edit there removed a coded passage), both versions are kept.
        Returns False when it became a conflict instead.
        """
        if tb.name == "stories" and "text" in row and local["text"] != row["text"]:
            from workbench.stories import _reanchor_function

            reanchor = _reanchor_function()
            if reanchor is not None:
                try:
                    with self.store.transaction():  # a savepoint: undone alone if refused
                        reanchor(self.store, local["id"], local["text"], row["text"])
                except WorkbenchError:
                    self.conflict(tb, row, raw, key, mine)
                    return False
        self.update(tb, row)
        return True

    def add(self, tb: _Table, row: dict[str, Any], raw: dict[str, Any], key: str) -> None:
        try:
            self.insert(tb, row)
        except sqlite3.IntegrityError as error:
            match = _UNIQUE.search(str(error))
            if match is None:
                raise InvalidInput("exchange.error.bad_bundle", name=self.bundle.label,
                                   reason=f"{tb.name}: {error}") from error
            columns = [c.strip().split(".", 1)[-1] for c in match.group(1).split(",")]
            if tb.name == "storytellers" and columns == ["pseudonym"]:
                base, n = row["pseudonym"], 1
                while self.store.scalar("SELECT 1 FROM storytellers WHERE pseudonym = ?",
                                        [row["pseudonym"]]):
                    n += 1
                    row["pseudonym"] = f"{base} ({n})"
                self.insert(tb, row)
                self.report.renamed.append((base, row["pseudonym"]))
            else:
                where = " AND ".join(f"{quote(c)} IS ?" for c in columns)
                same = self.store.one(f"SELECT * FROM {quote(tb.name)} WHERE {where}",
                                      [row[c] for c in columns])
                if same is not None and len(tb.key) == 1:
                    self.remap.setdefault(tb.name, {})[row[tb.key[0]]] = same[tb.key[0]]
                self.report.matched += 1
                return
        self.set_state(tb.name, key, _hash(raw), row)

    def conflict(self, tb: _Table, row: dict[str, Any], raw: dict[str, Any], key: str,
                 mine: dict[str, Any]) -> None:
        copy_id = str(uuid.uuid5(WORKBENCH_NS, f"conflict:{row['id']}:{_hash(raw)}"))
        pseudonym = self.store.scalar("SELECT pseudonym FROM storytellers WHERE id = ?",
                                      [row["storyteller_id"]]) or "?"
        label = row.get("title") or pseudonym
        if not self.exists("stories", "id", copy_id):
            copy = dict(row, id=copy_id)
            source = (self.bundle.manifest.get("workshop") or {}).get("name") or self.bundle.label
            copy["title"] = t("exchange.merge.conflict_title", title=label, source=source)
            self.insert(tb, copy)
        self.routes[row["id"]] = copy_id
        self.report.conflicts.append(label)
        self.set_state(tb.name, key, _hash(raw), mine, copy_id)


def merge_bundle(store: Store, path: str | Path, *, limits: Limits | None = None) -> MergeReport:
    """Merge the bundle at ``path`` into this workshop (backup first, one transaction)."""
    try:
        return _merge_bundle(store, path, limits)
    except (TypeError, AttributeError, KeyError, ValueError, OverflowError,
            sqlite3.IntegrityError) as error:
        # Content of a shape no check foresaw (tests/test_fuzz_bundle.py): the transaction
        # has rolled back, so say so in a sentence instead of crashing.
        raise InvalidInput("exchange.error.merge_failed",
                           reason=f"{type(error).__name__}: {error}") from error


def _merge_bundle(store: Store, path: str | Path, limits: Limits | None) -> MergeReport:
    bundle = read_bundle(store, path, limits)
    report = MergeReport(source=(bundle.manifest.get("workshop") or {}).get("name") or "")
    report.backup = backups.automatic(store, "merge")
    with store.transaction():
        store.db.execute("PRAGMA defer_foreign_keys = ON")
        _Merger(store, bundle, report).run()
        broken = store.db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise InvalidInput("exchange.error.merge_failed",
                               reason=f"{len(broken)} rows point nowhere ({broken[0][0]})")
    return report
