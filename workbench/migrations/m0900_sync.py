"""Merging that never goes back in time: a version clock per row, laptops met, conflicts.

``row_versions`` holds, per row that can travel in a bundle, a version vector (JSON
``{laptop id: counter}``) and the hash of the row as this version left it. Before every
bundle and merge, rows whose hash changed get this laptop's counter (a hybrid clock:
milliseconds, never going back), so a bundle says of every row which version it is, and a
merge takes a row only when the bundle's version is newer. A deleted row keeps its record
(empty hash) so an old bundle does not bring it back.

``sync_peers`` remembers the newest bundle merged from each laptop (to say when a bundle
is older than one merged before); ``merge_conflicts`` lists stories changed on both
laptops for the facilitator. All three are local: they never travel as tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 900
NAME = "sync"

SQL = """
CREATE TABLE row_versions (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    clock TEXT NOT NULL,
    row_hash TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
);

CREATE TABLE sync_peers (
    laptop_id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    last_clock INTEGER NOT NULL,
    bundled_at TEXT NOT NULL DEFAULT '',
    merged_at TEXT NOT NULL
);

CREATE TABLE merge_conflicts (
    story_id TEXT NOT NULL,
    copy_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    found_at TEXT NOT NULL,
    PRIMARY KEY (story_id, copy_id)
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
