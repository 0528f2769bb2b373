"""Collecting stories: pseudonymisation reviews and words the assistant may leave alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 300
NAME = "collect"

SQL = """
-- The pseudonymisation assistant was run on a story and every finding was resolved,
-- for the revision named here. A later edit (higher stories.revision) needs a new review.
CREATE TABLE story_reviews (
    story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    reviewed_by TEXT NOT NULL DEFAULT '',
    reviewed_at TEXT NOT NULL
);

-- Capitalised words the facilitator marked as not identifying ("Ramadan", "Turks"),
-- so the scan stops flagging them in every story.
CREATE TABLE pseudonym_allowed (
    word TEXT PRIMARY KEY COLLATE NOCASE,
    added_by TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
