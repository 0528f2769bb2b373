"""Working factors: the sorting wall, characteristic elements, quotes and links."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 3
NAME = "factors"

SQL = """
CREATE TABLE factors (
    id TEXT PRIMARY KEY,
    -- NULL practice = a factor of the whole workshop (across practices)
    practice_id TEXT REFERENCES practices(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    type TEXT NOT NULL DEFAULT 'substantive' CHECK (type IN ('substantive', 'procedural')),
    description TEXT NOT NULL DEFAULT '',
    -- factors of different practices sharing a link_id are "the same factor"
    link_id TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX idx_factors_practice ON factors(practice_id);
CREATE INDEX idx_factors_link ON factors(link_id);

CREATE TABLE factor_elements (
    id TEXT PRIMARY KEY,
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    -- 'workshop' (typed by people), 'suggested' (accepted suggestion),
    -- 'session' (accepted addition)
    origin TEXT NOT NULL DEFAULT 'workshop',
    created_at TEXT NOT NULL
);
CREATE INDEX idx_factor_elements ON factor_elements(factor_id);

-- Cards on the wall: a fragment placed in a factor. Unsorted = in no factor.
CREATE TABLE factor_fragments (
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    fragment_id TEXT NOT NULL REFERENCES fragments(id) ON DELETE CASCADE,
    placed_at TEXT NOT NULL,
    PRIMARY KEY (factor_id, fragment_id)
);
CREATE INDEX idx_factor_fragments_fragment ON factor_fragments(fragment_id);

-- Cards on the wall: a code (with its fragments) placed in a factor.
CREATE TABLE factor_codes (
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    placed_at TEXT NOT NULL,
    PRIMARY KEY (factor_id, code_id)
);

-- Up to three representative quotes per factor; a quote is a fragment, so a
-- withdrawal (cascade through stories -> fragments) removes it.
CREATE TABLE factor_quotes (
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    fragment_id TEXT NOT NULL REFERENCES fragments(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (factor_id, fragment_id)
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
