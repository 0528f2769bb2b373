"""The factor wall's undo log: every move of a card, grouped in batches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 500
NAME = "wall_moves"

# A move takes a card (a fragment or a code) out of one column and into another; NULL
# means the "unsorted" column. Undo takes back the newest batch that is not yet undone.
# Rows go with the card or factor they name (ON DELETE CASCADE): once a factor is deleted
# its moves cannot be taken back, and a withdrawn story leaves no trace here.
SQL = """
CREATE TABLE wall_moves (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    batch TEXT NOT NULL,
    practice_id TEXT REFERENCES practices(id) ON DELETE CASCADE,
    fragment_id TEXT REFERENCES fragments(id) ON DELETE CASCADE,
    code_id TEXT REFERENCES codes(id) ON DELETE CASCADE,
    from_factor_id TEXT REFERENCES factors(id) ON DELETE CASCADE,
    to_factor_id TEXT REFERENCES factors(id) ON DELETE CASCADE,
    moved_at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0,
    CHECK ((fragment_id IS NULL) != (code_id IS NULL))
);
CREATE INDEX idx_wall_moves_batch ON wall_moves(batch);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
