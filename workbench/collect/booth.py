"""The core of telling a story with the topic list: booth (parents type) and interview mode.

A story is created as a ``draft`` the moment the storyteller has consented to storing
it; every autosave writes one topic's answer and recomposes the story text in one short
transaction, so a crash or power cut loses at most what was typed since the last save.
A story left unfinished becomes ``interrupted``; only the facilitator can resume it (the
booth itself never loads an existing story, so the next parent cannot see it).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from workbench.collect import stories, topics
from workbench.errors import Conflict, InvalidInput
from workbench.store import Store, new_id, now

MODES = ("booth", "interview")
RESUMABLE = ("draft", "interrupted")
# Drafts untouched this long when a booth starts were left by a booth that stopped.
STALE_AFTER = timedelta(minutes=5)

# Saving while typing: a save this long after the last key, and never later than
# SAVE_MAX_WAIT after the first key not yet saved, so steady typing is saved at least
# once a second (the screen checks ``SavePolicy.due`` every SAVE_CHECK seconds).
SAVE_QUIET = 0.4
SAVE_MAX_WAIT = 0.5
SAVE_CHECK = 0.1

# Walking away: after this long without a key the story is put away behind a neutral
# screen (going on needs the facilitator PIN); IDLE_GRACE later the booth is back at the
# welcome. The facilitator sets it per workshop (``workbench booth --idle SECONDS``).
IDLE_SETTING = "booth_idle_seconds"
DEFAULT_IDLE_SECONDS = 120
MIN_IDLE_SECONDS = 1
MAX_IDLE_SECONDS = 3600
IDLE_GRACE = 60.0
# The thank-you and "nothing kept" screens go back to the welcome by themselves.
THANKS_SECONDS = 20.0

# A made-up name fits on a card and a screen line.
MAX_PSEUDONYM = 40

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


class SavePolicy:
    """When typed text is due to be saved: ``SAVE_QUIET`` after the last change, but never
    later than ``SAVE_MAX_WAIT`` after the first unsaved change. ``clock`` is injectable so
    tests decide what time it is."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, *,
                 quiet: float = SAVE_QUIET, max_wait: float = SAVE_MAX_WAIT) -> None:
        self.clock = clock
        self.quiet = quiet
        self.max_wait = max_wait
        self.first_change: float | None = None
        self.last_change: float | None = None

    def changed(self) -> None:
        moment = self.clock()
        if self.first_change is None:
            self.first_change = moment
        self.last_change = moment

    @property
    def pending(self) -> bool:
        return self.first_change is not None

    def due(self) -> bool:
        if self.first_change is None or self.last_change is None:
            return False
        moment = self.clock()
        return (moment - self.last_change >= self.quiet
                or moment - self.first_change >= self.max_wait)

    def saved(self) -> None:
        self.first_change = self.last_change = None


def idle_seconds(store: Store) -> float:
    """How long the booth and the ballot wait for a key before putting a story away."""
    value = store.meta_get(IDLE_SETTING)
    try:
        seconds = float(value) if value is not None else DEFAULT_IDLE_SECONDS
    except ValueError:
        seconds = DEFAULT_IDLE_SECONDS
    return min(max(seconds, MIN_IDLE_SECONDS), MAX_IDLE_SECONDS)


def set_idle_seconds(store: Store, seconds: float) -> None:
    """The facilitator's choice of idle time, kept with the workshop."""
    if not MIN_IDLE_SECONDS <= seconds <= MAX_IDLE_SECONDS:
        raise InvalidInput("booth.error.bad_idle", low=MIN_IDLE_SECONDS, high=MAX_IDLE_SECONDS)
    store.meta_set(IDLE_SETTING, str(seconds))


def room_left(store: Store, story_id: str, topic_id: str | None, text: str) -> int:
    """How many characters may still be added to ``text`` (this topic's answer) before the
    whole story would pass ``MAX_STORY_CHARS``."""
    others = [row[0] for row in store.db.execute(
        "SELECT text FROM story_parts WHERE story_id = ? AND topic_id IS NOT ?",
        [story_id, topic_id]).fetchall()]
    composed = stories.compose_text([*others, text or "x"])
    return stories.MAX_STORY_CHARS - len(composed) + (0 if text else 1)


def change_role(store: Store, session: TellingSession, role: str) -> TellingSession:
    """A storyteller who chose the wrong role puts it right: the topics follow the role;
    what was written stays with the story."""
    if role not in stories.ROLES:
        raise InvalidInput("error.bad_role", role=role, roles=", ".join(stories.ROLES))
    with store.transaction():
        store.db.execute("UPDATE storytellers SET role = ? WHERE id = ?",
                         [role, session.storyteller_id])
    list_id = _topic_list_id(store)
    session.role = role
    session.topics = topics.topics_for(store, list_id, role) if list_id else []
    return session


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
    if len(pseudonym) > MAX_PSEUDONYM:
        raise InvalidInput("booth.error.name_too_long", limit=MAX_PSEUDONYM)
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


def put_away(store: Store, story_id: str) -> bool:
    """The teller stopped without finishing (walked away, chose to stop, or the booth was
    closed): a story with text is kept as interrupted, an empty one is removed. True when
    something was kept. Screens call this and never choose between ``discard`` and
    ``interrupt`` themselves."""
    story = store.one("SELECT text, status FROM stories WHERE id = ?", [story_id])
    if story is None or story["status"] not in RESUMABLE:
        return False
    if not story["text"].strip():
        discard(store, story_id)
        return False
    interrupt(store, story_id)
    return True


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
        topics=_resumed_topics(store, list_id, teller["role"], story_id) if list_id else [],
        parts=saved_parts(store, story_id),
    )


def stale_after(store: Store) -> timedelta:
    """A booth draft untouched this long has no booth behind it any more: a running booth
    puts a story away once its teller is idle (plus a margin for a slow laptop)."""
    return timedelta(seconds=idle_seconds(store) + IDLE_GRACE)


def _resumed_topics(store: Store, list_id: str, role: str, story_id: str) -> list[dict[str, Any]]:
    """The topics to go on with: those still asked, plus a retired one already answered."""
    answered = set(saved_parts(store, story_id))
    return [topic for topic in topics.topics_for(store, list_id, role, include_retired=True)
            if not topic.get("retired_at") or topic["id"] in answered]


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
