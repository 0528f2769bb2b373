"""What the facilitator records from the floor, besides the ballots: a show of hands, the
card rounds (claims, concerns, issues), and which additions become factor elements.

Built on ``workbench.sessions.model`` (which does not import this module).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.errors import InvalidInput, NotFound
from workbench.sessions.model import (
    CARD_KINDS,
    HAND_KINDS,
    MAX_CARD,
    get_session,
    require_state,
    session_factors,
)
from workbench.store import Store, new_id, now


def set_hand_counts(
    store: Store, session_id: str, counts: Mapping[str, int], kind: str = "priority"
) -> None:
    """Facilitator entry of a show of hands: raised hands per factor."""
    if kind not in HAND_KINDS:
        raise InvalidInput("sessions.error.bad_kind", kind=kind)
    session = get_session(store, session_id)
    require_state(session, "open")
    shown = {row["id"] for row in session_factors(store, session_id)}
    for factor_id, count in counts.items():
        if factor_id not in shown:
            raise InvalidInput("sessions.error.factor_not_shown")
        if int(count) < 0:
            raise InvalidInput("sessions.error.bad_count")
    with store.transaction():
        for factor_id, count in counts.items():
            store.db.execute(
                "INSERT INTO hand_counts (session_id, factor_id, kind, count) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (session_id, factor_id, kind) DO UPDATE SET count = excluded.count",
                [session_id, factor_id, kind, int(count)],
            )


def hand_counts(store: Store, session_id: str, kind: str = "priority") -> dict[str, int]:
    rows = store.all(
        "SELECT factor_id, count FROM hand_counts WHERE session_id = ? AND kind = ?",
        [session_id, kind],
    )
    return {row["factor_id"]: row["count"] for row in rows}


def add_card(store: Store, session_id: str, kind: str, text: str) -> str:
    """A claim (what is best), concern (what is hard) or issue (idea for the future)."""
    if kind not in CARD_KINDS:
        raise InvalidInput("sessions.error.bad_kind", kind=kind)
    text = text.strip()
    if not text:
        raise InvalidInput("sessions.error.empty_card")
    if len(text) > MAX_CARD:
        raise InvalidInput("sessions.error.too_long", max=MAX_CARD)
    session = get_session(store, session_id)
    require_state(session, "open")
    card_id = new_id()
    store.table("session_cards").insert(
        {"id": card_id, "session_id": session_id, "kind": kind, "text": text, "created_at": now()}
    )
    return card_id


def delete_card(store: Store, card_id: str) -> None:
    card = store.one("SELECT * FROM session_cards WHERE id = ?", [card_id])
    if card is None:
        raise NotFound("sessions.error.no_card")
    require_state(get_session(store, card["session_id"]), "open")
    store.db.execute("DELETE FROM session_cards WHERE id = ?", [card_id])


def cards(store: Store, session_id: str, kind: str | None = None) -> list[dict[str, Any]]:
    if kind:
        return store.all(
            "SELECT * FROM session_cards WHERE session_id = ? AND kind = ? ORDER BY created_at",
            [session_id, kind],
        )
    return store.all(
        "SELECT * FROM session_cards WHERE session_id = ? ORDER BY kind, created_at", [session_id]
    )


# -- additions become elements -----------------------------------------------------------


def additions(store: Store, session_id: str, *, confirmed_only: bool = True) -> list[dict]:
    """Additions with their factor name; by default only from confirmed ballots."""
    confirmed = "AND (b.confirmed_at IS NULL OR b.confirmed_at != '')" if confirmed_only else ""
    return store.all(
        f"""
        SELECT a.*, f.name AS factor_name FROM additions a
        JOIN factors f ON f.id = a.factor_id
        LEFT JOIN ballots b ON b.id = a.ballot_id
        WHERE a.session_id = ? {confirmed}
        ORDER BY f.position, f.name, a.created_at
        """,
        [session_id],
    )


def get_addition(store: Store, addition_id: str) -> dict | None:
    """One addition, or None when it is gone."""
    return store.one("SELECT * FROM additions WHERE id = ?", [addition_id])


def accept_addition(store: Store, addition_id: str) -> str:
    """Make an addition a characteristic element of its factor (origin 'session').

    Deciding which additions join a factor is work on the factor, often done after the
    meeting, so it is allowed on a closed session; the ballots themselves stay untouched.
    Returns the element id.
    """
    with store.transaction():
        row = store.one("SELECT * FROM additions WHERE id = ?", [addition_id])
        if row is None:
            raise NotFound("sessions.error.no_addition")
        if row["accepted"] and row["element_id"]:
            return row["element_id"]
        position = store.scalar(
            "SELECT coalesce(max(position), -1) + 1 FROM factor_elements WHERE factor_id = ?",
            [row["factor_id"]],
        )
        element_id = new_id()
        store.table("factor_elements").insert(
            {
                "id": element_id,
                "factor_id": row["factor_id"],
                "text": row["text"],
                "position": position,
                "origin": "session",
                "created_at": now(),
            }
        )
        store.table("additions").update(addition_id, {"accepted": 1, "element_id": element_id})
    return element_id


def undo_accept_addition(store: Store, addition_id: str) -> None:
    """Take an accepted addition off its factor again."""
    with store.transaction():
        row = store.one("SELECT * FROM additions WHERE id = ?", [addition_id])
        if row is None:
            raise NotFound("sessions.error.no_addition")
        if row["element_id"]:
            store.db.execute(
                "DELETE FROM factor_elements WHERE id = ? AND origin = 'session'",
                [row["element_id"]],
            )
        store.table("additions").update(addition_id, {"accepted": 0, "element_id": None})
