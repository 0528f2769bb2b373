"""The facilitator's project: topics can be retired without losing the stories told under them.

A retired topic (``retired_at`` set) is no longer asked in the booth or the interview, but
stays on the stories that answered it and in the topic list's history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workbench.migrations import run_script

if TYPE_CHECKING:
    from sqlite_utils import Database

VERSION = 920
NAME = "project"

SQL = """
ALTER TABLE topics ADD COLUMN retired_at TEXT;
"""


def up(db: Database) -> None:
    run_script(db, SQL)
