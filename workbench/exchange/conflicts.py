"""Stories a merge kept in two versions, and the facilitator's choice between them.

A merge never chooses between two versions of a story changed on both laptops: the later
edit stays the story, the other becomes a second story *(andere versie, uit …)*, each with
the fragments coded on it. Here the facilitator lists them and keeps one:

* ``first``: the story stays; the second story goes, with the fragments coded on it;
* ``second``: the story takes the second story's text (its own fragments re-anchored;
  when a coded passage is not in that text, the first version's fragments go), the
  fragments coded on the second story move onto it, and the second story goes.

A backup is written first; the choice is one transaction. The removed second story is
remembered as deleted, so an older bundle does not bring it back here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench import backups
from workbench.collect import stories
from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.store import Store

KEEP = ("first", "second")


@dataclass(frozen=True)
class Resolution:
    """What keeping one version did."""

    title: str
    kept: str
    fragments_moved: int = 0
    fragments_removed: int = 0
    backup: Path | None = None


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    """Stories kept in two versions by a merge, both still here, oldest first."""
    return store.all(
        "SELECT c.story_id, c.copy_id, c.title, c.source, c.found_at, s.title AS story_title, "
        "k.title AS copy_title FROM merge_conflicts c JOIN stories s ON s.id = c.story_id "
        "JOIN stories k ON k.id = c.copy_id ORDER BY c.found_at, c.title, c.copy_id")


def resolve(store: Store, number: int, keep: str) -> Resolution:
    """Keep the ``first`` or ``second`` version of conflict ``number`` (1 = the first
    listed)."""
    if keep not in KEEP:
        raise InvalidInput("exchange.error.bad_keep", keep=keep, choices=", ".join(KEEP))
    listed = open_conflicts(store)
    if not 1 <= number <= len(listed):
        raise NotFound("exchange.error.no_conflict", number=number, n=len(listed))
    conflict = listed[number - 1]
    original, copy = conflict["story_id"], conflict["copy_id"]
    backup = backups.automatic(store, "conflict")
    moved = removed = 0
    with store.transaction():
        if keep == "second":
            text = stories.get_story(store, copy)["text"]
            try:
                stories.set_text(store, original, text)  # a savepoint: undone alone
            except Conflict:
                # a passage coded on the first version is not in the second: what was
                # coded on the version that goes, goes with it
                removed = store.db.execute("DELETE FROM fragments WHERE story_id = ?",
                                           [original]).rowcount
                stories.set_text(store, original, text)
            moved = store.db.execute("UPDATE fragments SET story_id = ? WHERE story_id = ?",
                                     [original, copy]).rowcount
        else:
            removed = store.scalar("SELECT count(*) FROM fragments WHERE story_id = ?", [copy])
        store.db.execute("DELETE FROM stories WHERE id = ?", [copy])
        store.db.execute("DELETE FROM merge_conflicts WHERE story_id = ? AND copy_id = ?",
                         [original, copy])
    return Resolution(conflict["title"], keep, moved, removed, backup)
