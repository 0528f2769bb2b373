"""Coding: codebook, fragments, codings, memos and calibration sessions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 2
NAME = "coding"

SQL = """
CREATE TABLE codes (
    id TEXT PRIMARY KEY,
    -- a category is a code with is_category = 1; codes nest one level or more
    parent_id TEXT REFERENCES codes(id) ON DELETE SET NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    color TEXT NOT NULL DEFAULT '#888888',
    is_category INTEGER NOT NULL DEFAULT 0,
    -- 'topic' (deductive, seeded from the topic list), 'inductive', 'import'
    origin TEXT NOT NULL DEFAULT 'inductive',
    topic_id TEXT REFERENCES topics(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    validated_by TEXT NOT NULL DEFAULT '',
    validated_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_codes_parent ON codes(parent_id);

-- A fragment (quotation): exact character offsets into stories.text, end exclusive.
CREATE TABLE fragments (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    -- copy of stories.text[start:end] when made; used to re-anchor and to check
    text TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    CHECK (end > start AND start >= 0)
);
CREATE INDEX idx_fragments_story ON fragments(story_id);

CREATE TABLE codings (
    id TEXT PRIMARY KEY,
    fragment_id TEXT NOT NULL REFERENCES fragments(id) ON DELETE CASCADE,
    code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    coder TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (fragment_id, code_id, coder)
);
CREATE INDEX idx_codings_code ON codings(code_id);

-- Memos on a code or on a fragment (exactly one of the two).
CREATE TABLE memos (
    id TEXT PRIMARY KEY,
    code_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
    fragment_id TEXT REFERENCES fragments(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((code_id IS NULL) != (fragment_id IS NULL))
);

CREATE TABLE calibrations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'coding' CHECK (status IN ('coding', 'compared')),
    created_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    compared_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE calibration_coders (
    calibration_id TEXT NOT NULL REFERENCES calibrations(id) ON DELETE CASCADE,
    coder TEXT NOT NULL,
    done_at TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (calibration_id, coder)
);

-- Fixed units: each chosen story pre-segmented into sentences.
CREATE TABLE calibration_units (
    id TEXT PRIMARY KEY,
    calibration_id TEXT NOT NULL REFERENCES calibrations(id) ON DELETE CASCADE,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX idx_calibration_units ON calibration_units(calibration_id);

-- One coder's judgement of one unit: a code, or NULL for "no code applies".
CREATE TABLE calibration_judgements (
    id TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES calibration_units(id) ON DELETE CASCADE,
    coder TEXT NOT NULL,
    code_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    UNIQUE (unit_id, coder, code_id)
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
