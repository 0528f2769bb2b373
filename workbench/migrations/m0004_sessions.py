"""Sounding-board sessions: participants, ballots, ratings, additions, votes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 4
NAME = "sessions"

SQL = """
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    -- NULL practice = a session across practices
    practice_id TEXT REFERENCES practices(id) ON DELETE CASCADE,
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'open', 'closed')),
    priority_method TEXT NOT NULL DEFAULT 'both'
        CHECK (priority_method IN ('dots', 'ranking', 'both')),
    dot_budget INTEGER NOT NULL DEFAULT 1,
    quorum INTEGER NOT NULL DEFAULT 5,
    revealed INTEGER NOT NULL DEFAULT 0,
    rate_elements INTEGER NOT NULL DEFAULT 0,
    held_on TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    opened_at TEXT NOT NULL DEFAULT '',
    closed_at TEXT NOT NULL DEFAULT ''
);

CREATE TABLE session_factors (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, factor_id)
);

CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    -- a pseudonym or an anonymous token, never a real name
    label TEXT NOT NULL,
    storyteller_id TEXT REFERENCES storytellers(id) ON DELETE SET NULL,
    role TEXT NOT NULL DEFAULT '',
    checked_in_at TEXT NOT NULL,
    UNIQUE (session_id, label)
);

-- One ballot per participant; editable until confirmed_at is set.
CREATE TABLE ballots (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL UNIQUE REFERENCES participants(id) ON DELETE CASCADE,
    confirmed_at TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Recognition 1..5, NULL = not applicable. element_id NULL = the factor itself.
CREATE TABLE ratings (
    id TEXT PRIMARY KEY,
    ballot_id TEXT NOT NULL REFERENCES ballots(id) ON DELETE CASCADE,
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    element_id TEXT REFERENCES factor_elements(id) ON DELETE CASCADE,
    score INTEGER CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    reason TEXT NOT NULL DEFAULT '',
    UNIQUE (ballot_id, factor_id, element_id)
);

CREATE TABLE additions (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    ballot_id TEXT REFERENCES ballots(id) ON DELETE SET NULL,
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    accepted INTEGER NOT NULL DEFAULT 0,
    element_id TEXT REFERENCES factor_elements(id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE dot_votes (
    ballot_id TEXT NOT NULL REFERENCES ballots(id) ON DELETE CASCADE,
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    dots INTEGER NOT NULL CHECK (dots >= 0),
    PRIMARY KEY (ballot_id, factor_id)
);

-- rank 1 = most important; factors left out of a ranking have no row.
CREATE TABLE rankings (
    ballot_id TEXT NOT NULL REFERENCES ballots(id) ON DELETE CASCADE,
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    PRIMARY KEY (ballot_id, factor_id)
);

-- Facilitator entry of a show of hands.
CREATE TABLE hand_counts (
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'priority',
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (session_id, factor_id, kind)
);

-- Claims (what is best), concerns (what is hard), issues (ideas for the future).
CREATE TABLE session_cards (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('claim', 'concern', 'issue')),
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE poster_runs (
    id TEXT PRIMARY KEY,
    out_dir TEXT NOT NULL,
    size TEXT NOT NULL,
    count INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
