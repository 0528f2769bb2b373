"""Merge a bundle from another laptop into this workshop, table by table, keyed by UUIDs.

Rules, in the order they are applied (docs/readme/80-exchange.md tells users the same):

1. The bundle is read and checked first: another workshop's bundle is refused unless the
   caller says so (``other_workshop``), and so are rows the manifest does not declare.
   Then an automatic backup; the merge is one transaction.
2. Both sides' rows carry versions (``workbench.exchange.versions``): this laptop's rows
   changed since they were last stamped get this laptop's clock first.
3. Withdrawals come first and propagate: a storyteller withdrawn there is withdrawn here
   (row deleted, everything derived cascades, tombstone kept), and nothing of a person
   withdrawn on either side comes back, whatever the age of the bundle.
4. Tables go parents first (from the foreign keys). A row whose key is new is added
   (unless it was deleted here and the bundle's version is not newer than the deletion).
   The bundle's workshop is this workshop; a row that collides on a natural key (a
   practice with the same name, the same coding) is the row already here; a storyteller
   whose pseudonym is taken by someone else gets a numbered pseudonym.
5. A row present on both sides is compared by version: older or the same -> ours stays;
   newer -> taken (a story's fragments here move with its text); changed on both laptops
   since they last met -> a story whose text differs keeps both versions: the later edit
   stays the story, the other becomes a second story (id from its text), each with the
   fragments coded on it, listed as a conflict (``merge_conflicts``); other rows keep the
   most recent change (``updated_at``, then a fixed order). Both laptops make the same
   choice whichever merges first, so both end in the same state.
6. Deletions other than withdrawals do not travel, but a row deleted here is not brought
   back by a bundle that is not newer than the deletion.

Merging the same bundle twice changes nothing the second time, and nor does merging an
older bundle after a newer one.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import backups
from workbench.errors import InvalidInput, WorkbenchError
from workbench.exchange import versions
from workbench.exchange.bundle import (
    NAMED_COLUMNS,
    Bundle,
    columns_of,
    primary_key,
    quote,
    read_bundle,
    syncable_tables,
)
from workbench.exchange.refiqda_tree import WORKBENCH_NS
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
    older: int = 0  # rows the bundle holds in an older version than ours
    matched: int = 0
    skipped: int = 0
    withdrawn: int = 0
    withdrawn_ids: list[str] = field(default_factory=list)
    left_out: int = 0  # storytellers in the bundle left out because they withdrew
    conflicts: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    backup: Path | None = None
    laptop: str = ""
    # set when a newer bundle from the same laptop was merged before (its moment)
    older_bundle: str = ""
    already_merged: bool = False

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
    # (column, parent table, parent column, not null, on delete)
    fks: list[tuple[str, str, str, bool, str]]


def _describe(store: Store, name: str) -> _Table:
    info = store.db.execute(f"PRAGMA table_info({quote(name)})").fetchall()
    not_null = {c[1] for c in info if c[3]}
    fks = [(r[3], r[2], r[4] or "id", r[3] in not_null, (r[6] or "").upper())
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
        self.tables = {n: _describe(store, n) for n in bundle.tables}
        self.remap: dict[str, dict[Any, Any]] = {}
        self.present: dict[tuple[str, str], set[Any]] = {}
        self.tombstones: set[str] = set()
        self.lost_consents = 0  # consent rows whose storyteller never came (damage)
        self.gone_pseudonyms: set[str] = set()
        self.routes: dict[str, str] = {}  # story id -> id of the conflict copy
        self.numbered = bundle.manifest.get("interviewers") == "numbered"
        self.copies: set[str] = set()  # conflict copies routed to in this merge
        self.versions: dict[str, dict[str, tuple[versions.Clock, str]]] = {}
        self.dirty: dict[str, dict[str, tuple[versions.Clock, str]]] = {}
        self.me = versions.laptop_id(store)
        self.clock = 0
        laptop = bundle.laptop
        self.source = (laptop.get("name") if isinstance(laptop.get("name"), str) else "") \
            or (bundle.manifest.get("workshop") or {}).get("name") or bundle.label
        # the bundle's own version of each story and fragment, to route and to move
        self.bundle_stories = {r.get("id"): r for r in bundle.tables.get("stories", [])}
        self.bundle_fragments = {
            r.get("id"): (r, c) for r, c in zip(bundle.tables.get("fragments", []),
                                                 bundle.clocks.get("fragments", []),
                                                 strict=False)}

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

    def version(self, table: str, key: str) -> tuple[versions.Clock, str] | None:
        if table not in self.versions:
            self.versions[table] = versions.load(self.store, table)
        return self.versions[table].get(key)

    def record(self, tb: _Table, row: dict[str, Any], clock: versions.Clock,
               stored: dict[str, Any] | None = None) -> None:
        """Remember the version of a row as it is stored here now (``stored``: the whole
        row as written, when known, saves reading it back)."""
        key = versions.row_key([row[k] for k in tb.key])
        if stored is not None and all(c in stored for c in tb.columns):
            digest = versions.row_hash(stored[c] for c in tb.columns)
        else:
            digest = versions.stored_hash(self.store, tb.name, tb.columns, tb.key,
                                          [row[k] for k in tb.key])
        self.version(tb.name, key)  # loads the table's records once
        self.versions[tb.name][key] = (clock, digest)
        self.dirty.setdefault(tb.name, {})[key] = (clock, digest)

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
        self.clock = versions.stamp(self.store, syncable_tables(self.store,
                                                                include_identities=True))
        self.withdrawals()
        for row in self.store.all("SELECT story_id, copy_id FROM merge_conflicts"):
            self.routes[row["story_id"]] = row["copy_id"]
        for name in _order(self.tables):
            rows = self.bundle.tables.get(name) or []
            if name == "withdrawals" or not rows:
                continue
            clocks = self.bundle.clocks.get(name) or [{} for _ in rows]
            if name == "workshops":
                self.workshops(rows, clocks)
                continue
            tb = self.tables[name]
            for row, clock in self._parents_first(tb, list(zip(rows, clocks, strict=False))):
                self.row(tb, row, clock)
        for table, records in self.dirty.items():
            versions.save(self.store, table, records)
        # What the merge itself changed besides (cascades, re-anchored fragments) is not
        # recorded: the next stamp gives it this laptop's version, as any local change.

    def withdrawals(self) -> None:
        from workbench.collect.withdrawal import forget_in_sessions, record_tombstone

        local = {r["storyteller_id"] for r in self.store.all("SELECT * FROM withdrawals")}
        for row in self.bundle.tables.get("withdrawals", []):
            teller = row.get("storyteller_id")
            if teller in local or not teller:
                continue
            here = self.store.one("SELECT * FROM storytellers WHERE id = ?", [teller])
            if here is not None:
                self.gone_pseudonyms.add(here["pseudonym"])
                forget_in_sessions(self.store, here)
            # Deleting the row cascades to stories, fragments, codings, quotes...; the
            # backup made before the merge covers this like withdraw() covers its own.
            self.store.db.execute("DELETE FROM storytellers WHERE id = ?", [teller])
            record_tombstone(self.store, teller, row.get("withdrawn_at"))
            local.add(teller)
            self.report.withdrawn += 1
            self.report.withdrawn_ids.append(teller)
        self.tombstones = local
        for row in self.bundle.tables.get("storytellers", []):
            if row.get("id") in local and isinstance(row.get("pseudonym"), str):
                self.gone_pseudonyms.add(row["pseudonym"])

    def workshops(self, rows: list[dict[str, Any]], clocks: list[versions.Clock]) -> None:
        tb = self.tables["workshops"]
        mine = self.store.one("SELECT * FROM workshops ORDER BY created_at LIMIT 1")
        for row, clock in zip(rows, clocks, strict=False):
            if mine is None:
                self.insert(tb, row)
                self.record(tb, row, clock)
                mine = row
            elif row["id"] != mine["id"]:
                # one workshop per file: the other laptop's workshop is this one
                self.remap.setdefault("workshops", {})[row["id"]] = mine["id"]
            else:
                self.row(tb, row, clock)

    def _parents_first(self, tb: _Table, pairs: list[tuple[dict[str, Any], versions.Clock]]
                       ) -> list[tuple[dict[str, Any], versions.Clock]]:
        own = [fk[0] for fk in tb.fks if fk[1] == tb.name]
        if not own or len(tb.key) != 1:
            return pairs
        by_key = {r[tb.key[0]]: r for r, _ in pairs}

        def depth(row: dict[str, Any], seen: int = 0) -> int:
            parent = by_key.get(row.get(own[0]))
            return 0 if parent is None or seen > len(pairs) else 1 + depth(parent, seen + 1)

        return sorted(pairs, key=lambda pair: depth(pair[0]))

    def _scrub_participant(self, row: dict[str, Any]) -> None:
        """A sounding-board participant of a withdrawn storyteller stays, anonymous."""
        if row.get("storyteller_id") in self.tombstones or (
                row.get("label") in self.gone_pseudonyms):
            row["storyteller_id"] = None
            row["label"] = f"anoniem-{str(row.get('id'))[:8]}"

    def _route(self, story_id: Any) -> str | None:
        """The conflict copy that a bundle row about ``story_id`` belongs with, if any:
        only while the bundle still holds the other version of that story."""
        copy_id = self.routes.get(story_id)
        if copy_id is None:
            return None
        theirs = self.bundle_stories.get(story_id)
        copy_text = self.store.scalar("SELECT text FROM stories WHERE id = ?", [copy_id])
        if theirs is None or copy_text is None or theirs.get("text") != copy_text:
            return None
        return copy_id

    def row(self, tb: _Table, raw: dict[str, Any], clock: versions.Clock) -> None:
        if tb.name == "storytellers" and raw.get("id") in self.tombstones:
            self.report.skipped += 1
            self.report.left_out += 1
            return
        row = dict(raw)
        if tb.name == "participants":
            self._scrub_participant(row)
        for column, parent, _, _, _ in tb.fks:
            if row.get(column) is not None:
                row[column] = self.remap.get(parent, {}).get(row[column], row[column])
        if len(tb.key) == 1 and not self.exists(tb.name, tb.key[0], row[tb.key[0]]):
            local = None  # known absent: no query for each new row
        else:
            local = self.fetch(tb, row)
        if local is not None and self.numbered:
            for column in NAMED_COLUMNS.get(tb.name, ()):
                if column in row:  # "interviewer 1" from the bundle; the name here stays
                    row[column] = local[column]
        for column in [c for c, parent, *_ in tb.fks if parent == "stories"]:
            copy_id = self._route(row.get(column))
            if copy_id is None:
                continue
            self.copies.add(copy_id)
            if local is None or local[column] == copy_id:
                row[column] = copy_id  # new material of a conflicted story follows its copy
            elif {c: local[c] for c in row} != row and len(tb.key) == 1 and column not in tb.key:
                # changed there, on a story that split: keep it with the copy as its own row
                row[tb.key[0]] = str(uuid.uuid5(WORKBENCH_NS, f"{copy_id}:{row[tb.key[0]]}"))
                row[column] = copy_id
                local = self.fetch(tb, row)
        for column, parent, parent_column, not_null, on_delete in tb.fks:
            value = row.get(column)
            if value is None:
                continue
            if (parent == "storytellers" and value in self.tombstones) or not self.exists(
                    parent, parent_column, value):
                # what SQLite does when the parent goes: a CASCADE child goes with it
                if not_null or column in tb.key or on_delete == "CASCADE":
                    self.report.skipped += 1  # its parent was withdrawn or never came
                    if tb.name == "consents" and row.get("storyteller_id") not in self.tombstones:
                        # a consent comes with its storyteller and story: this one is damaged
                        self.lost_consents += 1
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
        key = versions.row_key([row[k] for k in tb.key])
        ours = self.version(tb.name, key)
        if local is None:
            if ours is not None and versions.compare(clock, ours[0]) in ("older", "same"):
                self.report.older += 1  # deleted here after the version the bundle holds
                return
            pseudonym = row.get("pseudonym")
            if self.add(tb, row):
                if tb.name == "stories":
                    self.note_copy(row)
                merged = versions.join(clock, ours[0] if ours else {})
                if (tb.name == "storytellers" and row.get("pseudonym") != pseudonym) or any(
                        row.get(c) != raw.get(c) and row.get(c) in self.copies
                        for c, parent, *_ in tb.fks if parent == "stories"):
                    # renamed here ("Amina (2)") or moved to a conflict copy: a version of
                    # this laptop, so the other laptop takes it and the bundle's stays older
                    merged = dict(merged, **{self.me: self.clock})
                self.record(tb, row, merged, row)
            return
        mine = {c: local[c] for c in row}
        our_clock = ours[0] if ours is not None else {}
        merged = versions.join(clock, our_clock)
        if mine == row:
            # (a row the merge itself just changed here, e.g. re-anchored, is theirs now)
            if merged != our_clock or (ours is not None
                                       and ours[1] != versions.row_hash(local.values())):
                self.record(tb, row, merged)
            return
        relation = versions.compare(clock, our_clock)
        if relation == "older" or (relation == "same" and clock):
            # ours is newer (or the same version, stored differently here: a remap)
            self.report.older += relation == "older"
            self.report.kept_local += 1
            return
        if relation == "newer":
            if self.take(tb, row, raw, key, clock, local):
                self.record(tb, row, merged, {**local, **row})
            return
        # changed on both laptops since they last met, or neither version is known
        # (rows of a copied file, before its first bundle). What we keep now has seen
        # both: a version of this laptop, newer than either.
        unknown = not clock and not our_clock
        merged = dict(merged, **{self.me: self.clock})
        if tb.name == "stories" and "text" in row and local["text"] != row["text"]:
            if unknown and self._unedited(local, row):
                # a side still at revision 1 did not edit the text since it was first saved
                if local["revision"] == 1:
                    if self.take(tb, row, raw, key, clock, local):
                        self.record(tb, row, clock)  # theirs, as it was there
                    return
                self.report.kept_local += 1
                self.record(tb, row, merged)
                return
            self.conflict(tb, row, local, merged)
            return
        if self._theirs_wins(tb, row, local):
            self.update(tb, row)
        else:
            self.report.kept_local += 1
        self.record(tb, row, merged)

    @staticmethod
    def _unedited(local: dict[str, Any], row: dict[str, Any]) -> bool:
        return (local["revision"] == 1) != ((row.get("revision") or 1) == 1)

    def _theirs_wins(self, tb: _Table, row: dict[str, Any], local: dict[str, Any]) -> bool:
        """The same choice on both laptops: the later ``updated_at``, then the larger hash."""
        theirs = (str(row.get("updated_at") or ""), versions.row_hash(row.values()))
        mine = (str(local.get("updated_at") or ""),
                versions.row_hash(local[c] for c in row))
        return theirs > mine

    def take(self, tb: _Table, row: dict[str, Any], raw: dict[str, Any], key: str,
             clock: versions.Clock, local: dict[str, Any]) -> bool:
        """Take the bundle's version; a story's own fragments here move with its text.

        If they cannot (the edit there removed a coded passage), both versions are kept.
        Returns False when it became a conflict instead.
        """
        if tb.name == "stories" and "text" in row and local["text"] != row["text"]:
            from workbench.collect.anchoring import reanchor_fragments

            self._move_fragments(local["id"])
            try:
                with self.store.transaction():  # a savepoint: undone alone if refused
                    reanchor_fragments(self.store, local["id"], local["text"], row["text"])
            except WorkbenchError:
                merged = versions.join(clock, (self.version(tb.name, key) or ({}, ""))[0])
                self.conflict(tb, row, local, dict(merged, **{self.me: self.clock}))
                return False
        self.update(tb, row)
        return True

    def _move_fragments(self, story_id: str) -> None:
        """Fragments that the bundle, in a newer version, puts on another story (a conflict
        copy made there) go there first, so they are not re-anchored into a text that is
        not theirs."""
        for fragment in self.store.all("SELECT id FROM fragments WHERE story_id = ?",
                                       [story_id]):
            theirs = self.bundle_fragments.get(fragment["id"])
            if theirs is None or theirs[0].get("story_id") in (None, story_id):
                continue
            ours = self.version("fragments", versions.row_key([fragment["id"]]))
            if versions.compare(theirs[1], ours[0] if ours else {}) == "newer":
                self.store.db.execute("UPDATE fragments SET story_id = ? WHERE id = ?",
                                      [theirs[0]["story_id"], fragment["id"]])

    def add(self, tb: _Table, row: dict[str, Any]) -> bool:
        """Insert a new row; False when it turned out to be a row already here."""
        try:
            self.insert(tb, row)  # a refused INSERT undoes only itself, not the merge
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
                return False
        return True

    def conflict(self, tb: _Table, row: dict[str, Any], local: dict[str, Any],
                 merged: versions.Clock) -> None:
        """Keep both versions of a story changed on both laptops.

        The same choice on both laptops, whichever merges first (or both at once): the
        later edit stays the story, the other becomes a second story whose id follows from
        its text, and each version keeps the fragments coded on it.
        """
        theirs_win = self._theirs_wins(tb, row, local)
        loser = dict(local) if theirs_win else dict(row)
        source = versions.laptop_name(self.store) if theirs_win else self.source
        copy_id = _copy_id(row["id"], loser.get("text"))
        pseudonym = self.store.scalar("SELECT pseudonym FROM storytellers WHERE id = ?",
                                      [row["storyteller_id"]]) or "?"
        label = loser.get("title") or pseudonym
        if not self.exists("stories", "id", copy_id):
            copy = {c: loser[c] for c in row}
            copy["id"] = copy_id
            copy["title"] = t("exchange.merge.conflict_title", title=label, source=source)
            self.insert(tb, copy)
            self.record(tb, copy, {self.me: self.clock})
        if theirs_win:
            # our version moves into the copy, with what was coded on it
            for table in ("fragments", "calibration_units"):
                self.store.db.execute(f"UPDATE {table} SET story_id = ? WHERE story_id = ?",
                                      [copy_id, row["id"]])
            self.update(tb, row)
            self.routes.pop(row["id"], None)
        else:
            self.routes[row["id"]] = copy_id  # their new fragments follow their version
        self.store.db.execute(
            "INSERT OR IGNORE INTO merge_conflicts (story_id, copy_id, title, source, found_at) "
            "VALUES (?, ?, ?, ?, ?)", [row["id"], copy_id, label, source, now()])
        self.report.conflicts.append(label)
        # what stays has seen both: newer than either, on both laptops the same
        self.record(tb, row, merged)

    def note_copy(self, row: dict[str, Any]) -> None:
        """A conflict copy made on the other laptop arrives: list it here too."""
        for story in self.store.all("SELECT id, title FROM stories WHERE storyteller_id = ? "
                                    "AND id != ?", [row.get("storyteller_id"), row.get("id")]):
            if _copy_id(story["id"], row.get("text")) == row.get("id"):
                label = story["title"] or self.store.scalar(
                    "SELECT pseudonym FROM storytellers WHERE id = ?",
                    [row.get("storyteller_id")]) or "?"
                self.store.db.execute(
                    "INSERT OR IGNORE INTO merge_conflicts (story_id, copy_id, title, source, "
                    "found_at) VALUES (?, ?, ?, ?, ?)",
                    [story["id"], row["id"], label, self.source, now()])
                self.report.conflicts.append(label)


def _copy_id(story_id: Any, text: Any) -> str:
    """The id of the second story holding ``text``: the same on every laptop."""
    return str(uuid.uuid5(WORKBENCH_NS, f"conflict:{story_id}:{versions.row_hash([text])}"))


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    """Stories kept in two versions by a merge (see ``workbench.exchange.conflicts``)."""
    from workbench.exchange.conflicts import open_conflicts as listed

    return listed(store)


def merge_bundle(store: Store, path: str | Path | Bundle, *, limits: Limits | None = None,
                 other_workshop: bool = False) -> MergeReport:
    """Merge the bundle at ``path`` (or one already read) into this workshop.

    Checks first (another workshop's bundle needs ``other_workshop``), then writes a
    backup and merges in one transaction.
    """
    try:
        return _merge_bundle(store, path, limits, other_workshop)
    except (TypeError, AttributeError, KeyError, ValueError, OverflowError,
            sqlite3.IntegrityError) as error:
        # Content of a shape no check foresaw (tests/test_fuzz_bundle.py): the transaction
        # has rolled back, so say so in a sentence instead of crashing.
        raise InvalidInput("exchange.error.merge_failed",
                           reason=f"{type(error).__name__}: {error}") from error


def check_workshop(store: Store, bundle: Bundle, *, other_workshop: bool = False) -> None:
    """Refuse another workshop's bundle unless the user said so, naming both workshops."""
    mine = store.one("SELECT id, name FROM workshops ORDER BY created_at LIMIT 1")
    theirs = bundle.manifest.get("workshop") or {}
    if mine is None or other_workshop or not isinstance(theirs, dict):
        return
    if theirs.get("id") != mine["id"]:
        from workbench.textsafe import inert

        raise InvalidInput("exchange.error.other_workshop", name=bundle.label,
                           theirs=inert(str(theirs.get("name") or "?")),
                           ours=inert(str(mine["name"])))


def _merge_bundle(store: Store, path: str | Path | Bundle, limits: Limits | None,
                  other_workshop: bool) -> MergeReport:
    bundle = path if isinstance(path, Bundle) else read_bundle(store, path, limits)
    check_workshop(store, bundle, other_workshop=other_workshop)
    report = MergeReport(source=(bundle.manifest.get("workshop") or {}).get("name") or "")
    laptop = bundle.laptop
    report.laptop = str(laptop.get("name") or "")
    report.backup = backups.automatic(store, "merge")
    store.db.execute("PRAGMA secure_delete = ON")  # a withdrawal may come along
    with store.transaction():
        store.db.execute("PRAGMA defer_foreign_keys = ON")
        without_consent = _stories_without_consent(store)
        _note_laptop(store, bundle, report)
        merger = _Merger(store, bundle, report)
        merger.run()
        broken = store.db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise InvalidInput("exchange.error.merge_failed",
                               reason=f"{len(broken)} rows point nowhere ({broken[0][0]})")
        # consent comes before a story: a bundle whose consent rows were damaged or left
        # out would bring stories nobody agreed to keep; nothing of it is merged
        added = _stories_without_consent(store) - without_consent
        if added and merger.lost_consents:
            raise InvalidInput("exchange.error.story_without_consent", n=len(added))
        if report.withdrawn_ids:
            from workbench.collect.withdrawal import optimise_search

            optimise_search(store)
    if report.withdrawn_ids:
        # a withdrawal that came with the bundle is as complete as one made here
        from workbench.collect.withdrawal import settle

        settle(store)
        backups.scrub_backups(store, report.withdrawn_ids)
    return report


def _stories_without_consent(store: Store) -> set[str]:
    """Stories told here or in a booth (not imported) whose teller gave no consent."""
    return {row["id"] for row in store.all(
        "SELECT s.id FROM stories s WHERE s.mode != 'import' AND NOT EXISTS "
        "(SELECT 1 FROM consents c WHERE c.storyteller_id = s.storyteller_id)")}


def _note_laptop(store: Store, bundle: Bundle, report: MergeReport) -> None:
    """Remember the newest bundle of each laptop; say when this one is older."""
    laptop = bundle.laptop
    laptop_id, clock = laptop.get("id"), laptop.get("clock")
    if not isinstance(laptop_id, str) or type(clock) is not int:
        return
    seen = store.one("SELECT * FROM sync_peers WHERE laptop_id = ?", [laptop_id])
    bundled_at = str(bundle.manifest.get("created_at") or "")
    if seen is not None and clock < seen["last_clock"]:
        report.older_bundle = seen["bundled_at"] or seen["merged_at"]
        return
    if seen is not None and clock == seen["last_clock"]:
        report.already_merged = True
    store.db.execute(
        "INSERT INTO sync_peers (laptop_id, name, last_clock, bundled_at, merged_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (laptop_id) DO UPDATE SET name = excluded.name, "
        "last_clock = excluded.last_clock, bundled_at = excluded.bundled_at, "
        "merged_at = excluded.merged_at",
        [laptop_id, str(laptop.get("name") or ""), clock, bundled_at, now()])
