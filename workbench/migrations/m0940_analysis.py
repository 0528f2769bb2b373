"""Analysis depth (issue 19): memos on the project, stories and factors; case attributes of
storytellers; auto-coding runs that can be undone in one step.

Memos on codes and fragments stay in ``memos`` (its CHECK allows only those two); memos on
other objects live in ``object_memos`` so the existing table and its exchange code are
left as they were.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 940
NAME = "analysis"

SQL = """
CREATE TABLE object_memos (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('project', 'story', 'factor')),
    -- the story or factor id; '' for the project memo
    target_id TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_object_memos_target ON object_memos(kind, target_id);

CREATE TRIGGER object_memos_story_gone AFTER DELETE ON stories BEGIN
    DELETE FROM object_memos WHERE kind = 'story' AND target_id = old.id;
END;
CREATE TRIGGER object_memos_factor_gone AFTER DELETE ON factors BEGIN
    DELETE FROM object_memos WHERE kind = 'factor' AND target_id = old.id;
END;

CREATE TABLE attributes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('text', 'number', 'date', 'boolean', 'choice')),
    -- JSON list of the allowed values of a 'choice' attribute
    choices TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE attribute_values (
    storyteller_id TEXT NOT NULL REFERENCES storytellers(id) ON DELETE CASCADE,
    attribute_id TEXT NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (storyteller_id, attribute_id)
);
CREATE INDEX idx_attribute_values_attribute ON attribute_values(attribute_id, value);

-- One auto-coding step: what it made, so it can be undone as a whole.
CREATE TABLE autocode_runs (
    id TEXT PRIMARY KEY,
    query TEXT NOT NULL,
    code_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
    coder TEXT NOT NULL,
    -- JSON lists of the coding ids and fragment ids this run created
    codings TEXT NOT NULL DEFAULT '[]',
    fragments TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    undone_at TEXT NOT NULL DEFAULT ''
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
