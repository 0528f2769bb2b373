"""The pseudonymisation assistant: find likely identifying details and replace them.

Before a story is marked ready for coding, ``scan`` (see ``pseudonym_scan``) flags what
could make someone traceable: names from Dutch and community name lists wherever they
stand, speaker labels, places and neighbourhoods, schools and services by name, names of
the workshop's own people, e-mail addresses, phone numbers, postcodes and addresses.
Each finding carries a placeholder to offer (``[naam kind]``, ``[plaats]``).

The workshop keeps one replacement list (``replacements``): every pair a facilitator
replaced, whether the scan found it or they marked it by hand. ``apply`` adds pairs to
it and applies the whole list to every story, longest match first, through
``stories.set_text`` so fragments are re-anchored and revisions move on. ``mark_passed``
records that a story's current revision was reviewed, and refuses while a replacement
of the list is still in the text; ``passed`` is what the poster privacy gate asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from workbench.collect import stories
from workbench.collect.pseudonym_scan import (  # noqa: F401  (the assistant's public surface)
    COMMON_WORDS,
    KIND_ORDER,
    PLACEHOLDERS,
    Finding,
    scan,
)
from workbench.errors import Conflict, InvalidInput
from workbench.store import Store, now

_PARTICLES = {"de", "van", "der", "den", "het", "ten", "ter", "te", "el", "al", "bin", "ben",
              "da", "di", "du", "la", "le", "von", "op", "in", "'t"}


# -- in the store --------------------------------------------------------------------


def known_names(store: Store) -> list[str]:
    """Names of the workshop's people: real names (whole and in parts), pseudonyms,
    interviewers, coders and sounding-board participants."""
    names: set[str] = set()
    for row in store.all("SELECT real_name FROM identities WHERE real_name != ''"):
        full = row["real_name"].strip()
        names.add(full)
        names.update(p for p in full.split() if len(p) >= 2 and p.casefold() not in _PARTICLES)
    queries = (
        "SELECT pseudonym AS n FROM storytellers",
        "SELECT DISTINCT interviewer AS n FROM stories WHERE interviewer != ''",
        "SELECT DISTINCT coder AS n FROM codings WHERE coder != ''",
        "SELECT DISTINCT label AS n FROM participants",
    )
    for sql in queries:
        names.update(row["n"].strip() for row in store.all(sql) if row["n"])
    names.discard("self")
    return sorted(n for n in names if len(n) >= 2)


def allowed_words(store: Store) -> list[str]:
    return [row["word"] for row in store.all("SELECT word FROM pseudonym_allowed ORDER BY word")]


def allow(store: Store, word: str, by: str = "") -> None:
    """Mark ``word`` as not identifying, so scans stop flagging it in every story."""
    if word.strip():
        store.db.execute(
            "INSERT OR IGNORE INTO pseudonym_allowed (word, added_by, added_at) VALUES (?, ?, ?)",
            [word.strip(), by, now()],
        )


def scan_story(store: Store, story_id: str) -> list[Finding]:
    """``scan`` of a stored story with the workshop's names and allowed words."""
    story = stories.get_story(store, story_id)
    own = store.scalar("SELECT pseudonym FROM storytellers WHERE id = ?", [story["storyteller_id"]])
    # The teller's own pseudonym is no risk in their story; the workshop's practices are
    # named on every poster anyway.
    names = [n for n in known_names(store) if n != own]
    allowed = [*allowed_words(store), own or ""] + [
        word for row in store.all("SELECT name FROM practices UNION SELECT name FROM workshops")
        for word in [row["name"], *row["name"].split()]
    ]
    return scan(story["text"], names, allowed=allowed)


def _replacement_pattern(keys: Iterable[str]) -> re.Pattern[str]:
    # A placeholder already in the text is matched first and left as it is, so "[naam]"
    # never becomes "[[naam]]" when "naam" is on the list.
    parts = [r"(?P<placeholder>\[[^\[\]\n]{1,60}\])"]
    for key in sorted(keys, key=len, reverse=True):  # longest first: "Jansen" before "Jan"
        left = r"(?<!\w)" if re.match(r"\w", key) else ""
        right = r"(?!\w)" if re.search(r"\w$", key) else ""
        parts.append(left + re.escape(key) + right)
    return re.compile("|".join(parts))


def _replace(text: str, pattern: re.Pattern[str], pairs: Mapping[str, str]) -> tuple[str, int]:
    count = 0

    def one(match: re.Match[str]) -> str:
        nonlocal count
        if match.group("placeholder"):
            return match.group()
        count += 1
        return pairs[match.group()]

    return pattern.sub(one, text), count


def replacements(store: Store) -> dict[str, str]:
    """The workshop's replacement list: original -> placeholder."""
    return {row["original"]: row["placeholder"] for row in store.all(
        "SELECT original, placeholder FROM pseudonym_replacements ORDER BY original")}


def check_placeholder(placeholder: str) -> str:
    """The placeholder, stripped; ``InvalidInput`` when its brackets do not pair up
    ("[naa[naam klei" is what a garbled field looked like)."""
    value = placeholder.strip()
    depth = 0
    for ch in value:
        depth += {"[": 1, "]": -1}.get(ch, 0)
        if depth not in (0, 1):
            break
    if depth != 0 or not value:
        raise InvalidInput("collect.error.bad_placeholder", placeholder=value or "''")
    return value


def apply(store: Store, new: Mapping[str, str] | None = None, *, by: str = "",
          kind: str = "") -> int:
    """Add ``new`` (original -> placeholder) to the workshop's replacement list and apply
    the whole list to every story, longest match first, as whole words. One
    transaction; returns how many places were changed.

    A story that had passed review stays passed: a replacement only takes details out.
    """
    pairs = {k.strip(): check_placeholder(v) for k, v in (new or {}).items()
             if k.strip() and k.strip() != v.strip()}
    with store.transaction():
        for original, placeholder in pairs.items():
            store.db.execute(
                "INSERT INTO pseudonym_replacements (original, placeholder, kind, added_by, "
                "added_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(original) DO UPDATE SET "
                "placeholder = excluded.placeholder, kind = excluded.kind",
                [original, placeholder, kind, by, now()])
        every = replacements(store)
        if not every:
            return 0
        pattern = _replacement_pattern(every)
        total = 0
        for row in store.all("SELECT id, text FROM stories WHERE text != ''"):
            new_text, n = _replace(row["text"], pattern, every)
            if not n:
                continue
            was_passed = passed(store, row["id"])
            stories.set_text(store, row["id"], new_text)
            if was_passed:
                mark_passed(store, row["id"], by, force=True)
            total += n
        # The per-topic answers the text was composed from hold the same details.
        for part in store.all("SELECT id, text FROM story_parts WHERE text != ''"):
            new_part, n = _replace(part["text"], pattern, every)
            if n:
                store.db.execute("UPDATE story_parts SET text = ?, updated_at = ? WHERE id = ?",
                                 [new_part, now(), part["id"]])
    return total


def pending(store: Store, story_id: str) -> list[tuple[str, str]]:
    """Pairs of the replacement list whose original still stands in the story."""
    every = replacements(store)
    if not every:
        return []
    text = stories.get_story(store, story_id)["text"]
    seen = {m.group() for m in _replacement_pattern(every).finditer(text)
            if not m.group("placeholder")}
    return [(original, every[original]) for original in sorted(seen)]


def mark_passed(store: Store, story_id: str, by: str, *, force: bool = False) -> None:
    """Record that the story's current revision was reviewed, and mark it ready for coding.

    Always refuses (``Conflict``) while a replacement of the workshop's list is not
    applied to the story. Also refuses while the scan still has findings, unless
    ``force`` (the reviewer read the story and judged the remaining findings harmless).
    """
    with store.transaction():
        story = stories.get_story(store, story_id)
        left_over = pending(store, story_id)
        if left_over:
            original, placeholder = left_over[0]
            raise Conflict("collect.error.replacements_pending", text=f"“{original}”",
                           placeholder=placeholder)
        if not force:
            left = scan_story(store, story_id)
            if left:
                raise Conflict("collect.error.unresolved", n=len(left))
        store.db.execute(
            "INSERT INTO story_reviews (story_id, revision, reviewed_by, reviewed_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(story_id) DO UPDATE SET "
            "revision = excluded.revision, reviewed_by = excluded.reviewed_by, "
            "reviewed_at = excluded.reviewed_at",
            [story_id, story["revision"], by, now()],
        )
        if story["status"] != "ready":
            stories.set_status(store, story_id, "ready")


def passed(store: Store, story_id: str) -> bool:
    """True when the assistant was run and resolved for the story's current revision."""
    return bool(store.scalar(
        "SELECT 1 FROM story_reviews r JOIN stories s ON s.id = r.story_id "
        "WHERE r.story_id = ? AND r.revision = s.revision",
        [story_id],
    ))
