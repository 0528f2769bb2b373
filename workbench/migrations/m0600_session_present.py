"""Sessions: how many people the facilitator counted as present.

A show of hands leaves no ballots behind, so the quorum of such a session is checked
against the head count the facilitator enters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 600
NAME = "session_present"

SQL = """
ALTER TABLE sessions ADD COLUMN present INTEGER NOT NULL DEFAULT 0 CHECK (present >= 0);
CREATE INDEX idx_session_factors_factor ON session_factors(factor_id);
CREATE INDEX idx_additions_session ON additions(session_id, factor_id);
"""


def up(db: Database) -> None:
    run_script(db, SQL)
