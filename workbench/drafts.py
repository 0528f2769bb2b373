"""Text being typed that is not saved where it belongs yet (a memo in its editor): kept
while typing, so a crash or a killed laptop loses at most a second of it, and offered
again the next time the same editor opens. Saving or cancelling in the editor drops it.

A draft about a story names that story, so withdrawing its teller removes the draft with
everything else derived (the foreign key cascades). Drafts stay on their laptop: they are
left out of bundles."""

from __future__ import annotations

from workbench.store import Store, now


def keep(store: Store, key: str, text: str, *, story_id: str | None = None) -> None:
    """Keep ``text`` as the draft for ``key`` (replacing an older one)."""
    with store.transaction() as db:
        db.execute(
            "INSERT INTO drafts (key, story_id, text, saved_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET text = excluded.text, "
            "story_id = excluded.story_id, saved_at = excluded.saved_at",
            [key, story_id, text, now()])


def find(store: Store, key: str) -> str | None:
    """The draft kept for ``key``, or None."""
    return store.scalar("SELECT text FROM drafts WHERE key = ?", [key])


def drop(store: Store, key: str) -> None:
    with store.transaction() as db:
        db.execute("DELETE FROM drafts WHERE key = ?", [key])
