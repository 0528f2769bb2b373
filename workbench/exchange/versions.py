"""Row versions for merging laptops: where and when every row was last changed.

Each laptop has an id (kept in ``meta``, renewed when the file is copied or restored, so
two files never speak for the same laptop) and a clock that never goes back: the larger
of the last value plus one and the current time in milliseconds (a hybrid logical clock).

Every row that can travel in a bundle has a version vector in ``row_versions``:
``{laptop id: clock value}``. ``stamp`` runs before every bundle and merge: rows whose
content hash changed since their last record get this laptop's current clock value, new
rows get a record (an empty vector at the very first stamp of a file: where they were
made is not known), vanished rows keep theirs with an empty hash. Comparing the bundle's
vector with ours says whether the bundle's row is older, newer, the same, or changed on
both laptops since they last met (concurrent).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import socket
import time
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.store import Store


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def primary_key(store: Store, table: str) -> list[str]:
    columns = store.db.execute(f"PRAGMA table_info({quote(table)})").fetchall()
    return [c[1] for c in sorted((c for c in columns if c[5]), key=lambda c: c[5])]


def columns_of(store: Store, table: str) -> list[str]:
    return [c[1] for c in store.db.execute(f"PRAGMA table_info({quote(table)})").fetchall()]

Clock = dict[str, int]
LOCAL_TABLES = {"row_versions", "sync_peers", "merge_conflicts"}
_ID_KEY = "laptop_id"
_FILE_KEY = "laptop_file"
_CLOCK_KEY = "laptop_clock"
_STAMPED_KEY = "versions_stamped"


def _file_signature(store: Store) -> str:
    if store.path is None:
        return "memory"
    try:
        info = os.stat(store.path)
    except OSError:
        return str(store.path)
    return f"{store.path.resolve()}|{info.st_ino}"


def laptop_id(store: Store) -> str:
    """This laptop's id; a copied, moved or restored file gets a fresh one."""
    signature = _file_signature(store)
    current = store.meta_get(_ID_KEY)
    if current and store.meta_get(_FILE_KEY) == signature:
        return current
    fresh = str(uuid.uuid4())
    store.meta_set(_ID_KEY, fresh)
    store.meta_set(_FILE_KEY, signature)
    return fresh


def forget_laptop(store: Store) -> None:
    """After a restore the file speaks for a new laptop: its old clock values were
    handed out already, and must not name another version of a row."""
    store.db.execute("DELETE FROM meta WHERE key IN (?, ?)", [_ID_KEY, _FILE_KEY])


def laptop_name(store: Store) -> str:
    """How the facilitator recognises this laptop: machine name and file name."""
    host = socket.gethostname() or "laptop"
    return f"{host} ({store.path.name})" if store.path is not None else host


def tick(store: Store, wall_ms: int | None = None) -> int:
    """The next clock value: never lower than the last one, close to the time."""
    last = int(store.meta_get(_CLOCK_KEY, "0") or 0)
    value = max(last + 1, wall_ms if wall_ms is not None else int(time.time() * 1000))
    store.meta_set(_CLOCK_KEY, str(value))
    return value


_PLAIN = re.compile(r"^[\w-]*$", re.ASCII)


def row_key(values: Sequence[Any]) -> str:
    """A row's primary key as text (a JSON list), e.g. ``["3f2c…"]``."""
    if len(values) == 1 and isinstance(values[0], str) and _PLAIN.match(values[0]):
        return f'["{values[0]}"]'  # what json.dumps writes, without its cost (UUIDs)
    return json.dumps(list(values), ensure_ascii=False, default=str)


def row_hash(values: Iterable[Any]) -> str:
    """A fingerprint of a row's values in column order (str, int, float, None)."""
    data = repr(tuple(values))
    return hashlib.blake2b(data.encode("utf-8", "surrogatepass"),
                           digest_size=16).hexdigest()


def compare(theirs: Clock, ours: Clock) -> str:
    """``theirs`` relative to ``ours``: 'same', 'older', 'newer' or 'concurrent'."""
    keys = set(theirs) | set(ours)
    le = all(theirs.get(k, 0) <= ours.get(k, 0) for k in keys)
    ge = all(theirs.get(k, 0) >= ours.get(k, 0) for k in keys)
    if le and ge:
        return "same"
    if le:
        return "older"
    if ge:
        return "newer"
    return "concurrent"


def join(a: Clock, b: Clock) -> Clock:
    """The smallest version that has seen both."""
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return out


def load(store: Store, table: str) -> dict[str, tuple[Clock, str]]:
    """The version records of one table: row key -> (clock, hash)."""
    return {r[0]: ({} if r[1] == "{}" else json.loads(r[1]), r[2]) for r in store.db.execute(
        "SELECT row_key, clock, row_hash FROM row_versions WHERE table_name = ?", [table])}


def save(store: Store, table: str, records: dict[str, tuple[Clock, str]]) -> None:
    store.db.conn.executemany(
        "INSERT INTO row_versions (table_name, row_key, clock, row_hash) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (table_name, row_key) DO UPDATE SET clock = excluded.clock, "
        "row_hash = excluded.row_hash",
        [(table, k, json.dumps(c, sort_keys=True), h) for k, (c, h) in records.items()])


def stamp(store: Store, tables: Iterable[str], value: int | None = None) -> int:
    """Give this laptop's clock value to every row changed since the last stamp.

    Call inside a write transaction. Returns the clock value used.
    """
    me = laptop_id(store)
    value = value if value is not None else tick(store)
    # Rows that were there before this file was ever stamped have no known version ({}):
    # a copied file holds them too, and neither copy may claim them as its own edit.
    first = store.meta_get(_STAMPED_KEY) is None
    fresh: Clock = {} if first else {me: value}
    for table in tables:
        columns = columns_of(store, table)
        key_index = [columns.index(k) for k in primary_key(store, table)]
        records = load(store, table)
        changed: dict[str, tuple[Clock, str]] = {}
        seen = set()
        cursor = store.db.execute(
            f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table)}")
        for values in cursor:
            key = row_key([values[i] for i in key_index])
            seen.add(key)
            digest = row_hash(values)
            record = records.get(key)
            if record is None:
                changed[key] = (dict(fresh), digest)
            elif record[1] != digest:
                changed[key] = (dict(record[0], **{me: value}), digest)
        for key, (clock, digest) in records.items():
            if key not in seen and digest:
                changed[key] = (dict(clock, **{me: value}), "")  # deleted here
        if changed:
            save(store, table, changed)
    if first:
        store.meta_set(_STAMPED_KEY, "1")
    return value


def stored_hash(store: Store, table: str, columns: list[str], key: list[str],
                values: Sequence[Any]) -> str:
    """The hash of one row as stored now (the same as ``stamp`` computes)."""
    row = store.db.execute(
        f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table)} WHERE "
        + " AND ".join(f"{quote(k)} IS ?" for k in key), list(values)).fetchone()
    return row_hash(row) if row is not None else ""
