"""The practical guide: tips per factor and the texts the facilitator writes for it.

``guide_tips`` holds the "Wat kunt u als professional doen?" tips of a factor (a linked
group of factors shares them); ``guide_texts`` holds the guide's own texts by key
(``intro``: the introduction about the workshop and its method).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 930
NAME = "guide"

SQL = """
CREATE TABLE guide_tips (
    id TEXT PRIMARY KEY,
    factor_id TEXT NOT NULL REFERENCES factors(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX guide_tips_factor ON guide_tips(factor_id, position);

CREATE TABLE guide_texts (
    key TEXT PRIMARY KEY,
    text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
