"""Drafts: text being typed in a dialog (a memo), kept while typing so a crash loses at most
a second of it. A draft belongs to this laptop and never travels in a bundle."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 1400
NAME = "drafts"

SQL = """
CREATE TABLE drafts (
    -- what the text is for, e.g. 'memo:story:<story id>'
    key TEXT PRIMARY KEY,
    -- the story the text is about, if any: withdrawing its teller removes the draft too
    story_id TEXT REFERENCES stories(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE INDEX idx_drafts_story ON drafts(story_id);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
