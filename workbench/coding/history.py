"""Undo and redo for the coding screen: coding, uncoding, recoding, resizing, memos.

Every step changes one fragment, so a step keeps the fragment's whole state before and
after it: its row, its codings, its memos and every row elsewhere that points at it (its
places on the factor wall). Undo puts the "before" state back, redo the "after" state.
This needs no inverse per operation, and what goes back is exactly what was there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.coding import fragments as coding
from workbench.store import Store

LIMIT = 200


@dataclass
class Snapshot:
    fragment_id: str
    fragment: dict[str, Any] | None
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class Step:
    """One undoable step; ``what`` says what it did, for the message after undo/redo."""

    what: str
    before: Snapshot
    after: Snapshot


def _referencing(store: Store) -> list[tuple[str, str]]:
    """(table, column) pairs with a foreign key to ``fragments``."""
    found = []
    for table in store.db.table_names():
        for key in store.db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            if key[2] == "fragments":
                found.append((table, key[3]))
    return found


def snapshot(store: Store, fragment_id: str) -> Snapshot:
    """The fragment's state as it is now (``fragment`` None when it does not exist)."""
    fragment = store.one("SELECT * FROM fragments WHERE id = ?", [fragment_id])
    rows = {}
    if fragment is not None:
        for table, column in _referencing(store):
            rows[f"{table}.{column}"] = store.all(
                f"SELECT * FROM [{table}] WHERE [{column}] = ?", [fragment_id])
    return Snapshot(fragment_id, fragment, rows)


def restore(store: Store, state: Snapshot) -> None:
    """Put a fragment back exactly as a snapshot holds it."""
    with store.transaction():
        store.db.execute("DELETE FROM fragments WHERE id = ?", [state.fragment_id])
        if state.fragment is None:
            return
        store.table("fragments").insert(state.fragment)
        for key, rows in state.rows.items():
            table = key.split(".", 1)[0]
            if rows:
                store.table(table).insert_all(rows, replace=True)


class History:
    """The undo and redo stacks of one coding session (one screen)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.done: list[Step] = []
        self.undone: list[Step] = []

    def _record(self, what: str, before: Snapshot) -> None:
        self.done.append(Step(what, before, snapshot(self.store, before.fragment_id)))
        del self.done[:-LIMIT]
        self.undone.clear()

    def _existing(self, story_id: str, start: int, end: int) -> str | None:
        text = coding.get_story(self.store, story_id)["text"]
        start, end = coding.trim_selection(text, start, end)
        row = self.store.one("SELECT id FROM fragments WHERE story_id = ? AND start = ? "
                             "AND end = ?", [story_id, start, end])
        return row["id"] if row else None

    # -- the steps ----------------------------------------------------------------------

    def code(self, story_id: str, start: int, end: int, code_ids: list[str], coder: str,
             what: str = "") -> str:
        existing = self._existing(story_id, start, end)
        before = snapshot(self.store, existing) if existing else None
        fragment_id = coding.code_selection(self.store, story_id, start, end, code_ids, coder)
        self._record(what, before or Snapshot(fragment_id, None))
        return fragment_id

    def uncode(self, fragment_id: str, code_id: str, what: str = "") -> None:
        before = snapshot(self.store, fragment_id)
        coding.uncode(self.store, fragment_id, code_id)
        self._record(what, before)

    def recode(self, fragment_id: str, old_code_id: str, new_code_id: str, coder: str,
               what: str = "") -> None:
        before = snapshot(self.store, fragment_id)
        with self.store.transaction():
            coding.uncode(self.store, fragment_id, old_code_id)
            coding.code_fragment(self.store, fragment_id, new_code_id, coder)
        self._record(what, before)

    def delete_fragment(self, fragment_id: str, what: str = "") -> None:
        before = snapshot(self.store, fragment_id)
        coding.delete_fragment(self.store, fragment_id)
        self._record(what, before)

    def resize(self, fragment_id: str, start: int, end: int, what: str = "") -> None:
        before = snapshot(self.store, fragment_id)
        coding.resize_fragment(self.store, fragment_id, start, end)
        self._record(what, before)

    def memo(self, fragment_id: str, text: str, author: str = "", what: str = "") -> None:
        from workbench.coding import memos

        before = snapshot(self.store, fragment_id)
        memos.set_memo(self.store, "fragment", fragment_id, text, author)
        self._record(what, before)

    # -- undo and redo ------------------------------------------------------------------

    def undo(self) -> Step | None:
        """Take back the last step; None when there is nothing to undo."""
        if not self.done:
            return None
        step = self.done.pop()
        restore(self.store, step.before)
        self.undone.append(step)
        return step

    def redo(self) -> Step | None:
        """Do the last undone step again; None when there is nothing to redo."""
        if not self.undone:
            return None
        step = self.undone.pop()
        restore(self.store, step.after)
        self.done.append(step)
        return step



