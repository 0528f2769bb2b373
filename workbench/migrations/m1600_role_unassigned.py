"""A storyteller's role may be unassigned (NULL): an imported Case whose role the
workbench does not know is left for the facilitator to assign, never guessed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import rebuild_table

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 1600
NAME = "role_unassigned"
REBUILDS_TABLES = True


def up(db: Database) -> None:
    # NULL passes the CHECK (NULL IN (...) is not false): only NOT NULL goes
    rebuild_table(db, "storytellers", [(r"\brole\s+TEXT\s+NOT\s+NULL\s+CHECK", "role TEXT CHECK")])
