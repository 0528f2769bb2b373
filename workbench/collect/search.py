"""Browse and search stories: filters (practice, role, topic, status) and full-text search.

The index is SQLite FTS5 (``stories_fts``, kept in step by triggers from migration 1, so
a withdrawal or an edit shows at once). What people type becomes a safe FTS query: every
word is quoted and matched as a prefix, so ``moeder`` also finds ``moeders`` and a stray
quote or ``AND`` never causes a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from workbench.store import Store

HIT_START = "\ue000"  # private-use characters: never typed, never shown
HIT_END = "\ue001"
DEFAULT_LIMIT = 200  # a list longer than this is read by narrowing the search

Segments = list[tuple[str, bool]]  # (text, is_hit)


@dataclass(frozen=True)
class Filters:
    """Which stories to show; None means any."""

    practice_id: str | None = None
    role: str | None = None
    topic_id: str | None = None
    status: str | None = None


def fts_query(text: str) -> str:
    """A safe FTS5 query from what someone typed: all words, each as a quoted prefix."""
    words = re.findall(r"\w+", text)
    return " ".join(f'"{w}"*' for w in words)


def _where(filters: Filters) -> tuple[list[str], dict[str, Any]]:
    clauses, params = [], {}
    if filters.practice_id:
        clauses.append("s.practice_id = :practice")
        params["practice"] = filters.practice_id
    if filters.role == "unknown":  # storytellers whose role is unassigned
        clauses.append("t.role IS NULL")
    elif filters.role:
        clauses.append("t.role = :role")
        params["role"] = filters.role
    if filters.status:
        clauses.append("s.status = :status")
        params["status"] = filters.status
    if filters.topic_id:
        clauses.append(
            "EXISTS (SELECT 1 FROM story_topics st "
            "WHERE st.story_id = s.id AND st.topic_id = :topic)"
        )
        params["topic"] = filters.topic_id
    return clauses, params


_COLUMNS = """
    s.id, s.status, s.mode, s.recorded_on, s.created_at, s.updated_at, s.title, s.revision,
    length(s.text) AS chars, substr(s.text, 1, 200) AS opening,
    t.id AS storyteller_id, t.pseudonym, t.role, t.role_label, p.name AS practice
"""


def find_stories(
    store: Store, filters: Filters | None = None, query: str = "", *, limit: int = DEFAULT_LIMIT
) -> list[dict[str, Any]]:
    """Stories matching the filters and (if given) the search words, best match first.

    With a query each row has ``snippet``: a short passage around the hits as
    ``Segments``; without one, stories come newest first and ``snippet`` is empty.
    """
    clauses, params = _where(filters or Filters())
    params["limit"] = limit
    match = fts_query(query)
    if match:
        params["match"] = match
        sql = f"""
            SELECT {_COLUMNS},
                snippet(stories_fts, 0, '{HIT_START}', '{HIT_END}', '…', 16) AS snippet
            FROM stories_fts
            JOIN stories s ON s.rowid = stories_fts.rowid
            JOIN storytellers t ON t.id = s.storyteller_id
            LEFT JOIN practices p ON p.id = s.practice_id
            WHERE stories_fts MATCH :match {''.join(' AND ' + c for c in clauses)}
            ORDER BY stories_fts.rank LIMIT :limit
        """
    else:
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        sql = f"""
            SELECT {_COLUMNS}, '' AS snippet
            FROM stories s
            JOIN storytellers t ON t.id = s.storyteller_id
            LEFT JOIN practices p ON p.id = s.practice_id
            {where}
            ORDER BY s.updated_at DESC LIMIT :limit
        """
    rows = store.all(sql, params)
    for row in rows:
        row["snippet"] = split_marks(row["snippet"]) if row["snippet"] else []
    return rows


def highlight(store: Store, story_id: str, query: str) -> Segments:
    """The whole text of a story cut into segments, hits marked, for showing it."""
    text_row = store.one("SELECT rowid, text FROM stories WHERE id = ?", [story_id])
    if text_row is None:
        return []
    match = fts_query(query)
    if match:
        marked = store.scalar(
            f"SELECT highlight(stories_fts, 0, '{HIT_START}', '{HIT_END}') FROM stories_fts "
            "WHERE stories_fts MATCH ? AND rowid = ?",
            [match, text_row["rowid"]],
        )
        if marked:
            return split_marks(marked)
    return [(text_row["text"], False)]


def split_marks(marked: str) -> Segments:
    """Turn text with hit markers into (text, is_hit) segments."""
    segments: Segments = []
    for i, piece in enumerate(re.split(f"[{HIT_START}{HIT_END}]", marked)):
        if piece:
            segments.append((piece, i % 2 == 1))
    return segments


def count(store: Store, query: str) -> int:
    """How many stories match the search words."""
    match = fts_query(query)
    if not match:
        return store.scalar("SELECT count(*) FROM stories") or 0
    return store.scalar("SELECT count(*) FROM stories_fts WHERE stories_fts MATCH ?", [match]) or 0
