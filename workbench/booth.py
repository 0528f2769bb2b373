"""The core of telling a story with the topic list: booth (parents type) and interview mode.

A story is created as a ``draft`` the moment the storyteller has consented to storing
it; every autosave writes one topic's answer and recomposes the story text in one short
transaction, so a crash or power cut loses at most what was typed since the last save.
A story left unfinished becomes ``interrupted``; only the facilitator can resume it (the
booth itself never loads an existing story, so the next parent cannot see it).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from workbench import stories, topics
from workbench.errors import Conflict, InvalidInput
from workbench.store import Store, new_id, now

MODES = ("booth", "interview")
RESUMABLE = ("draft", "interrupted")
# Drafts untouched this long when a booth starts were left by a booth that stopped.
STALE_AFTER = timedelta(minutes=5)

# Generated pseudonyms: plain Dutch words from nature that are easy to read and rarely
# someone's real name, with a number so they stay unique.
PSEUDONYM_WORDS = (
    "Appel", "Beuk", "Bever", "Das", "Eekhoorn", "Egel", "Eik", "Hazelaar", "Kastanje",
    "Kers", "Klaproos", "Lavendel", "Madelief", "Meeuw", "Narcis", "Olijf", "Otter", "Peer",
    "Reiger", "Specht", "Tulp", "Uil", "Vink", "Vos", "Zonnebloem", "Zwaluw",
)


@dataclass
class TellingSession:
    """One story being told: who, where, and the topics to go through."""

    story_id: str
    storyteller_id: str
    pseudonym: str
    role: str
    practice_id: str | None
    language: str
    mode: str
    topics: list[dict[str, Any]] = field(default_factory=list)
    parts: dict[str, str] = field(default_factory=dict)  # topic id -> saved text


def generate_pseudonym(store: Store, rng: random.Random | None = None) -> str:
    """A free pseudonym such as ``Zwaluw 14``."""
    rng = rng or random.Random()
    for attempt in range(1000):
        top = 99 if attempt < 500 else 9999
        candidate = f"{rng.choice(PSEUDONYM_WORDS)} {rng.randint(1, top)}"
        if not store.scalar("SELECT 1 FROM storytellers WHERE pseudonym = ? COLLATE NOCASE",
                            [candidate]):
            return candidate
    return f"Verteller {new_id()[:8]}"


def _topic_list_id(store: Store) -> str | None:
    return store.scalar("SELECT topic_list_id FROM workshops ORDER BY created_at LIMIT 1")


def start(
    store: Store,
    practice_id: str | None,
    *,
    role: str,
    pseudonym: str = "",
    consent_store: bool,
    consent_quotes: bool,
    language: str = "nl",
    mode: str = "booth",
    role_label: str = "",
    interviewer: str = "",
    interpreter: bool = False,
    recorded_on: str = "",
) -> TellingSession:
    """Register the storyteller, their consent and an empty draft story, in one transaction.

    Without consent to store nothing is written at all (``InvalidInput``).
    """
    if not consent_store:
        raise InvalidInput("booth.error.no_consent")
    if mode not in MODES:
        raise InvalidInput("booth.error.bad_mode", mode=mode)
    if mode == "interview" and not interviewer.strip():
        raise InvalidInput("booth.error.no_interviewer")
    pseudonym = pseudonym.strip() or generate_pseudonym(store)
    list_id = _topic_list_id(store)
    with store.transaction():
        teller = stories.add_storyteller(store, pseudonym, role, practice_id=practice_id,
                                         role_label=role_label)
        story_id = stories.add_story(
            store, storyteller_id=teller, practice_id=practice_id, text="",
            topic_list_id=list_id, language=language, mode=mode,
            interviewer=interviewer.strip(), interpreter=interpreter,
            recorded_on=recorded_on or datetime.now().date().isoformat(), status="draft",
        )
        stories.record_consent(
            store, teller, store_story=True, quotes=consent_quotes,
            method="booth" if mode == "booth" else "verbal",
            recorded_by="self" if mode == "booth" else interviewer.strip(), story_id=story_id,
        )
    return TellingSession(
        story_id=story_id, storyteller_id=teller, pseudonym=pseudonym, role=role,
        practice_id=practice_id, language=language, mode=mode,
        topics=topics.topics_for(store, list_id, role) if list_id else [],
    )


def save_part(store: Store, story_id: str, topic_id: str | None, text: str) -> str:
    """Autosave one topic's answer and recompose the story text. Returns the time saved.

    One short transaction; too long a text is refused and what was saved stays.
    """
    stories.check_length(text)
    stamp = now()
    with store.transaction():
        position = store.scalar("SELECT position FROM topics WHERE id = ?", [topic_id]) or 0
        store.db.execute(
            "INSERT INTO story_parts (id, story_id, topic_id, position, text, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(story_id, topic_id) DO UPDATE SET "
            "text = excluded.text, updated_at = excluded.updated_at",
            [new_id(), story_id, topic_id, position, text, stamp],
        )
        if topic_id:
            if text.strip():
                store.db.execute("INSERT OR IGNORE INTO story_topics (story_id, topic_id) "
                                 "VALUES (?, ?)", [story_id, topic_id])
            else:
                store.db.execute("DELETE FROM story_topics WHERE story_id = ? AND topic_id = ?",
                                 [story_id, topic_id])
        parts = store.db.execute(
            "SELECT text FROM story_parts WHERE story_id = ? ORDER BY position, updated_at",
            [story_id],
        ).fetchall()
        composed = stories.compose_text(row[0] for row in parts)
        stories.check_length(composed)
        stories.set_text(store, story_id, composed)
    return stamp


def saved_parts(store: Store, story_id: str) -> dict[str, str]:
    """The saved answers of a story, by topic id (None for text outside any topic)."""
    return {row["topic_id"]: row["text"] for row in store.all(
        "SELECT topic_id, text FROM story_parts WHERE story_id = ?", [story_id])}


def finish(store: Store, story_id: str) -> None:
    """The storyteller is done: the story is complete (it must hold some text)."""
    story = stories.get_story(store, story_id)
    stories.check_not_empty(story["text"])
    stories.set_status(store, story_id, "complete")


def interrupt(store: Store, story_id: str) -> None:
    """Leave a story unfinished: kept, and resumable by the facilitator only."""
    story = stories.get_story(store, story_id)
    if story["status"] == "draft":
        stories.set_status(store, story_id, "interrupted")


def discard(store: Store, story_id: str) -> None:
    """Throw away a story that was started but holds nothing (or that the teller chose
    not to keep before finishing): the storyteller row goes with it, no tombstone, since
    nothing of theirs was kept."""
    story = stories.get_story(store, story_id)
    if story["status"] not in RESUMABLE:
        raise Conflict("booth.error.not_draft")
    with store.transaction():
        others = store.scalar("SELECT count(*) FROM stories WHERE storyteller_id = ? AND id != ?",
                              [story["storyteller_id"], story_id])
        store.db.execute("DELETE FROM stories WHERE id = ?", [story_id])
        if not others:
            store.db.execute("DELETE FROM storytellers WHERE id = ?", [story["storyteller_id"]])


def unfinished(store: Store, practice_id: str | None = None) -> list[dict[str, Any]]:
    """Stories that were started and not finished: what the facilitator can resume."""
    sql = ("SELECT s.id, s.status, s.mode, s.updated_at, length(s.text) AS chars, t.pseudonym, "
           "t.role, s.practice_id FROM stories s JOIN storytellers t ON t.id = s.storyteller_id "
           "WHERE s.status IN ('draft', 'interrupted')")
    params: list[Any] = []
    if practice_id:
        sql += " AND s.practice_id = ?"
        params.append(practice_id)
    return store.all(sql + " ORDER BY s.updated_at DESC", params)


def resume(store: Store, story_id: str) -> TellingSession:
    """Open an unfinished story again (facilitator only), with its saved answers."""
    story = stories.get_story(store, story_id)
    if story["status"] not in RESUMABLE:
        raise Conflict("booth.error.not_resumable")
    teller = store.one("SELECT * FROM storytellers WHERE id = ?", [story["storyteller_id"]])
    assert teller is not None  # FK: a story always has its storyteller
    stories.set_status(store, story_id, "draft")
    list_id = story["topic_list_id"] or _topic_list_id(store)
    return TellingSession(
        story_id=story_id, storyteller_id=teller["id"], pseudonym=teller["pseudonym"],
        role=teller["role"], practice_id=story["practice_id"], language=story["language"],
        mode=story["mode"] if story["mode"] in MODES else "interview",
        topics=topics.topics_for(store, list_id, teller["role"]) if list_id else [],
        parts=saved_parts(store, story_id),
    )


def recover(store: Store, older_than: timedelta = STALE_AFTER) -> int:
    """When a booth starts: drafts a stopped booth left behind become ``interrupted``
    (empty ones are removed, nothing was told). Returns how many were found."""
    cutoff = (datetime.now(timezone.utc) - older_than).isoformat(timespec="milliseconds")
    rows = store.all("SELECT id, text FROM stories WHERE status = 'draft' AND mode = 'booth' "
                     "AND updated_at <= ?", [cutoff])
    for row in rows:
        if row["text"].strip():
            stories.set_status(store, row["id"], "interrupted")
        else:
            discard(store, row["id"])
    return len(rows)
