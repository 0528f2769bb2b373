"""Storytellers, their consent, identities kept apart, and their stories."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from workbench.collect.anchoring import reanchor_fragments
from workbench.errors import InvalidInput, NotFound
from workbench.store import Store, new_id, now

ROLES = ("parent", "caregiver", "volunteer", "professional", "researcher")
CONSENT_METHODS = ("booth", "verbal", "paper", "import", "merge")
PART_SEPARATOR = "\n\n"


def content_hash(text: str) -> str:
    """Hash of a story's text, used to recognise the same transcript imported twice."""
    normal = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").strip().split("\n"))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def add_storyteller(
    store: Store,
    pseudonym: str,
    role: str,
    *,
    practice_id: str | None = None,
    role_label: str = "",
    storyteller_id: str | None = None,
) -> str:
    """Register a storyteller under a pseudonym; nothing identifying goes here."""
    pseudonym = pseudonym.strip()
    if not pseudonym:
        raise InvalidInput("error.empty_pseudonym")
    if role not in ROLES:
        raise InvalidInput("error.bad_role", role=role, roles=", ".join(ROLES))
    if store.scalar("SELECT 1 FROM storytellers WHERE pseudonym = ?", [pseudonym]):
        raise InvalidInput("error.pseudonym_taken", pseudonym=pseudonym)
    storyteller_id = storyteller_id or new_id()
    store.table("storytellers").insert(
        {
            "id": storyteller_id,
            "pseudonym": pseudonym,
            "role": role,
            "role_label": role_label,
            "practice_id": practice_id,
            "created_at": now(),
        }
    )
    return storyteller_id


def role_from_word(word: str) -> str:
    """The role key for ``word``: a key ('parent') or its name in Dutch or English
    ('ouder', 'youth professional'), in any case. Anything else is refused."""
    from workbench.i18n import t

    wanted = " ".join(word.split()).casefold()
    for role in ROLES:
        if wanted in (role, t(f"role.{role}", "nl").casefold(),
                      t(f"role.{role}", "en").casefold()):
            return role
    raise InvalidInput("error.bad_role", role=word.strip(),
                       roles=", ".join(t(f"role.{r}") for r in ROLES))


def set_role(store: Store, storyteller_id: str, role: str) -> str:
    """Give a storyteller a role (also one whose role is unassigned). Returns the key."""
    role = role_from_word(role)
    with store.transaction():
        changed = store.db.execute("UPDATE storytellers SET role = ? WHERE id = ?",
                                   [role, storyteller_id]).rowcount
    if not changed:
        raise NotFound("error.no_storyteller", name=storyteller_id)
    return role


def find_storyteller(store: Store, pseudonym_or_id: str) -> dict[str, Any]:
    row = store.one(
        "SELECT * FROM storytellers WHERE id = ? OR pseudonym = ? COLLATE NOCASE",
        [pseudonym_or_id, pseudonym_or_id.strip()],
    )
    if row is None:
        raise NotFound("error.no_storyteller", name=pseudonym_or_id)
    return row


def storytellers(store: Store) -> list[dict[str, Any]]:
    """Every storyteller (id, pseudonym, role), by pseudonym."""
    return store.all("SELECT id, pseudonym, role FROM storytellers "
                     "ORDER BY pseudonym COLLATE NOCASE")


def teller_of(store: Store, story_id: str) -> dict[str, Any]:
    """The storyteller who told ``story_id``."""
    return find_storyteller(store, get_story(store, story_id)["storyteller_id"])


def set_identity(store: Store, storyteller_id: str, real_name: str = "", contact: str = "") -> None:
    """Keep a real name and contact apart from the stories (optional, never exported by default)."""
    store.db.execute(
        """
        INSERT INTO identities (id, storyteller_id, real_name, contact, created_at)
        VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(storyteller_id) DO UPDATE SET
            real_name = excluded.real_name, contact = excluded.contact
        """,
        [new_id(), storyteller_id, real_name, contact, now()],
    )


def record_consent(
    store: Store,
    storyteller_id: str,
    *,
    store_story: bool,
    quotes: bool,
    method: str,
    recorded_by: str = "",
    story_id: str | None = None,
    text_version: str = "1",
) -> str:
    """Record what was consented to, when, by whom and how."""
    if method not in CONSENT_METHODS:
        raise InvalidInput("error.bad_consent_method", method=method)
    consent_id = new_id()
    store.table("consents").insert(
        {
            "id": consent_id,
            "storyteller_id": storyteller_id,
            "story_id": story_id,
            "store": int(store_story),
            "quotes": int(quotes),
            "recorded_by": recorded_by,
            "method": method,
            "text_version": text_version,
            "recorded_at": now(),
        }
    )
    return consent_id


def latest_consent(store: Store, storyteller_id: str) -> dict[str, Any] | None:
    return store.one(
        "SELECT * FROM consents WHERE storyteller_id = ? ORDER BY recorded_at DESC LIMIT 1",
        [storyteller_id],
    )


def compose_text(parts: Iterable[str]) -> str:
    """The story text from its per-topic answers: non-empty parts, blank line between."""
    return PART_SEPARATOR.join(p.strip() for p in parts if p and p.strip())


def add_story(
    store: Store,
    *,
    storyteller_id: str,
    practice_id: str | None,
    parts: Sequence[tuple[str | None, str]] = (),
    text: str | None = None,
    topic_list_id: str | None = None,
    language: str = "nl",
    mode: str = "booth",
    interviewer: str = "",
    interpreter: bool = False,
    recorded_on: str = "",
    status: str = "complete",
    source: str = "",
    title: str = "",
    story_id: str | None = None,
) -> str:
    """Store a story, from per-topic ``parts`` ((topic_id, text) pairs) or a plain ``text``."""
    story_id = story_id or new_id()
    full = compose_text(t for _, t in parts) if text is None else text
    stamp = now()
    with store.transaction():
        store.table("stories").insert(
            {
                "id": story_id,
                "practice_id": practice_id,
                "storyteller_id": storyteller_id,
                "topic_list_id": topic_list_id,
                "title": title,
                "text": full,
                "language": language,
                "mode": mode,
                "interviewer": interviewer,
                "interpreter": int(interpreter),
                "recorded_on": recorded_on,
                "status": status,
                "source": source,
                "content_hash": content_hash(full) if full else "",
                "revision": 1,
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
        for position, (topic_id, part) in enumerate(parts, start=1):
            store.table("story_parts").insert(
                {
                    "id": new_id(),
                    "story_id": story_id,
                    "topic_id": topic_id,
                    "position": position,
                    "text": part,
                    "updated_at": stamp,
                }
            )
            if topic_id and part.strip():
                store.table("story_topics").insert(
                    {"story_id": story_id, "topic_id": topic_id}, ignore=True
                )
    return story_id


def story_topics(store: Store, story_id: str) -> list[dict[str, Any]]:
    rows = store.all(
        """
        SELECT t.* FROM story_topics st JOIN topics t ON t.id = st.topic_id
        WHERE st.story_id = ? ORDER BY t.position
        """,
        [story_id],
    )
    for row in rows:
        row["roles"] = json.loads(row["roles"])
    return rows


# -- changing stories ----------------------------------------------------------------

# A two-hour transcript is about 100,000 characters; anything far beyond that is a
# mistaken paste (a whole document, a log file), not a story.
MAX_STORY_CHARS = 200_000
STATUSES = ("draft", "interrupted", "complete", "ready")


def check_length(text: str) -> None:
    """Refuse text longer than ``MAX_STORY_CHARS`` with a message that says what to do."""
    if len(text) > MAX_STORY_CHARS:
        raise InvalidInput("collect.error.too_long", size=len(text), limit=MAX_STORY_CHARS)


def check_not_empty(text: str) -> None:
    """Refuse a story with no visible text."""
    if not text.strip():
        raise InvalidInput("collect.error.empty_story")


def get_story(store: Store, story_id: str) -> dict[str, Any]:
    """One story row, or ``NotFound``."""
    row = store.one("SELECT * FROM stories WHERE id = ?", [story_id])
    if row is None:
        raise NotFound("collect.error.no_story", story=story_id)
    return row


def set_text(store: Store, story_id: str, text: str) -> None:
    """Change a stored story's text: the one way any code does so.

    In one transaction: re-anchors the story's fragments and calibration units to the new
    text (``anchoring.reanchor_fragments``; it may refuse with ``Conflict``, and then
    nothing changes), then writes text,
    content_hash, revision + 1 and updated_at. Unchanged text is left alone, so the
    revision (which pseudonymisation reviews refer to) only moves on a real edit.
    """
    check_length(text)
    with store.transaction():
        story = get_story(store, story_id)
        old_text = story["text"]
        if old_text == text:
            return
        # Calibration sentences hold offsets too, so they count as well.
        has_fragments = store.scalar(
            "SELECT 1 FROM fragments WHERE story_id = ? UNION ALL "
            "SELECT 1 FROM calibration_units WHERE story_id = ? LIMIT 1",
            [story_id, story_id])
        if has_fragments:
            reanchor_fragments(store, story_id, old_text, text)
        store.db.execute(
            "UPDATE stories SET text = ?, content_hash = ?, revision = revision + 1, "
            "updated_at = ? WHERE id = ?",
            [text, content_hash(text) if text else "", now(), story_id],
        )


def set_status(store: Store, story_id: str, status: str) -> None:
    """Move a story to ``draft``, ``interrupted``, ``complete`` or ``ready``."""
    if status not in STATUSES:
        raise InvalidInput("collect.error.bad_status", status=status, statuses=", ".join(STATUSES))
    changed = store.db.execute(
        "UPDATE stories SET status = ?, updated_at = ? WHERE id = ?", [status, now(), story_id]
    ).rowcount
    if not changed:
        raise NotFound("collect.error.no_story", story=story_id)
