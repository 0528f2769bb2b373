"""The workshop's replacement list: every detail replaced, applied to every story."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 1500
NAME = "replacements"

SQL = """
-- Each pair a facilitator replaced (found by the scan or marked by hand). The whole list
-- is applied to every story, also to stories added later; a story in which an original
-- still stands cannot be marked ready.
CREATE TABLE pseudonym_replacements (
    original TEXT PRIMARY KEY,
    placeholder TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
