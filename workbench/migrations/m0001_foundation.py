"""The foundation schema: workshop, practices, storytellers, identities, topics, stories, consent.

Every id that may be merged between laptops is a UUID string (``workbench.store.new_id``).
Times are ISO 8601 UTC strings (``workbench.store.now``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 1
NAME = "foundation"

SQL = """
CREATE TABLE workshops (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    topic_list_id TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE practices (
    id TEXT PRIMARY KEY,
    workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (workshop_id, name)
);

-- Pseudonymous: nothing in this table may identify a person.
CREATE TABLE storytellers (
    id TEXT PRIMARY KEY,
    pseudonym TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN
        ('parent', 'caregiver', 'volunteer', 'professional', 'researcher')),
    -- optional finer wording of the role for quotes, e.g. "moeder", "vader"
    role_label TEXT NOT NULL DEFAULT '',
    practice_id TEXT REFERENCES practices(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

-- Kept apart from stories; never exported by default.
CREATE TABLE identities (
    id TEXT PRIMARY KEY,
    storyteller_id TEXT NOT NULL UNIQUE REFERENCES storytellers(id) ON DELETE CASCADE,
    real_name TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- A tombstone per withdrawn storyteller: only the UUID and the moment, so a merge
-- can propagate the withdrawal without keeping anything of the person.
CREATE TABLE withdrawals (
    storyteller_id TEXT PRIMARY KEY,
    withdrawn_at TEXT NOT NULL
);

CREATE TABLE topic_lists (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE TABLE topics (
    id TEXT PRIMARY KEY,
    topic_list_id TEXT NOT NULL REFERENCES topic_lists(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    label_en TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL DEFAULT '',
    question_en TEXT NOT NULL DEFAULT '',
    -- JSON list of roles this topic applies to; empty list = every role
    roles TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    practice_id TEXT REFERENCES practices(id) ON DELETE SET NULL,
    storyteller_id TEXT NOT NULL REFERENCES storytellers(id) ON DELETE CASCADE,
    topic_list_id TEXT REFERENCES topic_lists(id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    -- the canonical text; fragment offsets point into it
    text TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'nl',
    mode TEXT NOT NULL DEFAULT 'booth' CHECK (mode IN ('booth', 'interview', 'import')),
    interviewer TEXT NOT NULL DEFAULT '',
    interpreter INTEGER NOT NULL DEFAULT 0,
    recorded_on TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'interrupted', 'complete', 'ready')),
    source TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_stories_practice ON stories(practice_id);
CREATE INDEX idx_stories_storyteller ON stories(storyteller_id);
CREATE INDEX idx_stories_hash ON stories(content_hash);

-- Answers per topic while a story is being told; stories.text is composed from them.
CREATE TABLE story_parts (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    topic_id TEXT REFERENCES topics(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    UNIQUE (story_id, topic_id)
);

CREATE TABLE story_topics (
    story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, topic_id)
);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    storyteller_id TEXT NOT NULL REFERENCES storytellers(id) ON DELETE CASCADE,
    story_id TEXT REFERENCES stories(id) ON DELETE CASCADE,
    store INTEGER NOT NULL CHECK (store IN (0, 1)),
    quotes INTEGER NOT NULL CHECK (quotes IN (0, 1)),
    -- who took the consent (facilitator pseudonym or 'self' in the booth)
    recorded_by TEXT NOT NULL DEFAULT '',
    method TEXT NOT NULL CHECK (method IN ('booth', 'verbal', 'paper', 'import', 'merge')),
    -- which wording of the consent text was shown
    text_version TEXT NOT NULL DEFAULT '1',
    recorded_at TEXT NOT NULL
);
CREATE INDEX idx_consents_storyteller ON consents(storyteller_id);

-- Full-text index over stories in the layout sqlite-utils' enable_fts() makes, so
-- db["stories"].search() works; written out here so it is part of the migration's
-- single transaction. Triggers keep it in step, cascade deletes included.
CREATE VIRTUAL TABLE stories_fts USING FTS5 (text, title, content=[stories]);
CREATE TRIGGER stories_ai AFTER INSERT ON stories BEGIN
  INSERT INTO stories_fts (rowid, text, title) VALUES (new.rowid, new.text, new.title);
END;
CREATE TRIGGER stories_ad AFTER DELETE ON stories BEGIN
  INSERT INTO stories_fts (stories_fts, rowid, text, title)
  VALUES ('delete', old.rowid, old.text, old.title);
END;
CREATE TRIGGER stories_au AFTER UPDATE OF text, title ON stories BEGIN
  INSERT INTO stories_fts (stories_fts, rowid, text, title)
  VALUES ('delete', old.rowid, old.text, old.title);
  INSERT INTO stories_fts (rowid, text, title) VALUES (new.rowid, new.text, new.title);
END;
"""


def up(db: Database) -> None:
    run_script(db, SQL)
