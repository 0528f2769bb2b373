"""Merging laptops: what this workshop last saw of each row that came in from a bundle.

``base_hash`` is the hash of the bundle's version of the row at the last merge and
``local_hash`` the hash of our row right after it. Comparing both with the present tells
who changed a row since (nobody, one side, or both: a conflict), which makes merging the
same bundle twice a no-op. ``copy_id`` names the second story kept after a conflict.
Local sync state only: it never goes into a bundle.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 800
NAME = "merge_state"

SQL = """
CREATE TABLE merge_state (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    base_hash TEXT NOT NULL,
    local_hash TEXT NOT NULL,
    copy_id TEXT,
    merged_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
