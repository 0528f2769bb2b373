"""Sounding-board sessions (klankbordbijeenkomsten): set-up, lifecycle and check-in.

A facilitator creates a session for one practice (or across practices), picks the factors
to present, the priority method (dots, ranking or both), the dot budget and the quorum.
A session goes draft -> open -> closed. Participants check in while it is open and each
fill in one ballot (``workbench.sessions.ballots``). Results stay hidden until the facilitator
reveals them (closing reveals them too: nobody can be swayed any more). A closed session
is read-only: every change raises ``Conflict``.

The results API the posters use lives in ``workbench.sessions.results`` and is re-exported
here: ``session_results(store, session_id)`` and ``latest_closed_results(store, factor_id)``.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.sessions.export import export_results, results_document
from workbench.sessions.results import (
    FactorResult,
    FactorResults,
    SessionResults,
    latest_closed_results,
    session_results,
)
from workbench.sessions.tally import default_dot_budget
from workbench.store import Store, new_id, now

STATES = ("draft", "open", "closed")
METHODS = ("dots", "ranking", "both")
CARD_KINDS = ("claim", "concern", "issue")
HAND_KINDS = ("priority", "recognition")
DEFAULT_QUORUM = 5
MAX_NAME = 120
MAX_LABEL = 40
MAX_CARD = 2000
# No 0/O, 1/I/L: tokens are read aloud and copied by hand.
_TOKEN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


# -- reading ---------------------------------------------------------------------------


def get_session(store: Store, session_id: str) -> dict[str, Any]:
    """The session row (with ``practice_name``); ``NotFound`` when it does not exist."""
    row = store.one(
        "SELECT s.*, p.name AS practice_name FROM sessions s "
        "LEFT JOIN practices p ON p.id = s.practice_id WHERE s.id = ?",
        [session_id],
    )
    if row is None:
        raise NotFound("sessions.error.no_session", name=session_id)
    return row


def find_session(store: Store, name_or_id: str) -> dict[str, Any]:
    """A session by id, by exact name (case-insensitive) or by a unique name prefix."""
    wanted = name_or_id.strip().casefold()
    rows = list_sessions(store)
    for row in rows:
        if row["id"] == name_or_id or row["name"].casefold() == wanted:
            return row
    matches = [row for row in rows if row["name"].casefold().startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    raise NotFound("sessions.error.no_session", name=name_or_id)


def list_sessions(store: Store, practice_id: str | None = None) -> list[dict[str, Any]]:
    """All sessions, newest first, with their practice name and head counts."""
    where, params = ("WHERE s.practice_id = ?", [practice_id]) if practice_id else ("", [])
    return store.all(
        f"""
        SELECT s.*, p.name AS practice_name,
            (SELECT count(*) FROM session_factors f WHERE f.session_id = s.id) AS n_factors,
            (SELECT count(*) FROM participants x WHERE x.session_id = s.id) AS n_checked_in,
            (SELECT count(*) FROM ballots b WHERE b.session_id = s.id
                AND b.confirmed_at != '') AS n_confirmed
        FROM sessions s LEFT JOIN practices p ON p.id = s.practice_id
        {where}
        ORDER BY s.created_at DESC
        """,
        params,
    )


def session_factors(store: Store, session_id: str) -> list[dict[str, Any]]:
    """The factors a session presents, in presentation order."""
    return store.all(
        "SELECT f.*, sf.position AS shown_at FROM session_factors sf "
        "JOIN factors f ON f.id = sf.factor_id WHERE sf.session_id = ? "
        "ORDER BY sf.position, f.name",
        [session_id],
    )


def factor_elements(store: Store, factor_id: str) -> list[dict[str, Any]]:
    return store.all(
        "SELECT * FROM factor_elements WHERE factor_id = ? ORDER BY position, created_at",
        [factor_id],
    )


def candidate_factors(store: Store, practice_id: str | None) -> list[dict[str, Any]]:
    """Factors a new session would present by default: the practice's own, or for a session
    across practices the workshop-wide factors (falling back to every factor)."""
    if practice_id:
        return store.all(
            "SELECT * FROM factors WHERE practice_id = ? ORDER BY position, name", [practice_id]
        )
    rows = store.all("SELECT * FROM factors WHERE practice_id IS NULL ORDER BY position, name")
    return rows or store.all("SELECT * FROM factors ORDER BY position, name")


def require_state(session: Mapping[str, Any], *states: str) -> None:
    """Raise ``Conflict`` unless the session is in one of ``states``."""
    if session["state"] in states:
        return
    if session["state"] == "closed":
        raise Conflict("sessions.error.closed", name=session["name"])
    raise Conflict(f"sessions.error.not_{states[0]}", name=session["name"])


def require_revealed(session: Mapping[str, Any]) -> None:
    """Results are shown only after the facilitator revealed them."""
    if not session["revealed"]:
        raise Conflict("sessions.error.not_revealed", name=session["name"])


# -- set-up ------------------------------------------------------------------------------


def create_session(
    store: Store,
    name: str,
    *,
    practice_id: str | None = None,
    factor_ids: Sequence[str] | None = None,
    priority_method: str = "both",
    dot_budget: int | None = None,
    quorum: int = DEFAULT_QUORUM,
    rate_elements: bool = False,
    held_on: str = "",
) -> str:
    """Create a draft session and return its id.

    Without ``factor_ids`` the session presents ``candidate_factors``. The dot budget
    defaults to about a quarter of the factors, at least 1.
    """
    name = _clean_name(name)
    _check_settings(priority_method, dot_budget, quorum)
    if practice_id is not None and not store.scalar(
        "SELECT 1 FROM practices WHERE id = ?", [practice_id]
    ):
        raise NotFound("sessions.error.no_practice", name=practice_id)
    if factor_ids is None:
        factor_ids = [row["id"] for row in candidate_factors(store, practice_id)]
    session_id = new_id()
    with store.transaction():
        store.table("sessions").insert(
            {
                "id": session_id,
                "name": name,
                "practice_id": practice_id,
                "state": "draft",
                "priority_method": priority_method,
                "dot_budget": dot_budget or default_dot_budget(len(factor_ids)),
                "quorum": quorum,
                "revealed": 0,
                "rate_elements": int(rate_elements),
                "held_on": held_on.strip(),
                "created_at": now(),
            }
        )
        _store_factors(store, session_id, factor_ids)
    return session_id


def update_session(store: Store, session_id: str, **changes: Any) -> None:
    """Change settings. Name, date and quorum may change until closing; the factors, the
    method, the budget and element ratings only in draft, because ballots depend on them."""
    session = get_session(store, session_id)
    require_state(session, "draft", "open")
    allowed_open = {"name", "held_on", "quorum", "present"}
    allowed = allowed_open | {"priority_method", "dot_budget", "rate_elements", "factor_ids"}
    unknown = set(changes) - allowed
    if unknown:
        raise TypeError(f"unknown session settings: {sorted(unknown)}")
    if session["state"] != "draft" and set(changes) - allowed_open:
        raise Conflict("sessions.error.not_draft", name=session["name"])
    row: dict[str, Any] = {}
    if "name" in changes:
        row["name"] = _clean_name(changes["name"])
    if "held_on" in changes:
        row["held_on"] = str(changes["held_on"]).strip()
    for key in ("quorum", "present", "dot_budget"):
        if key in changes:
            row[key] = int(changes[key])
    if "priority_method" in changes:
        row["priority_method"] = changes["priority_method"]
    if "rate_elements" in changes:
        row["rate_elements"] = int(bool(changes["rate_elements"]))
    _check_settings(
        row.get("priority_method", session["priority_method"]),
        row.get("dot_budget", session["dot_budget"]),
        row.get("quorum", session["quorum"]),
    )
    if row.get("present", 0) < 0:
        raise InvalidInput("sessions.error.bad_count")
    with store.transaction():
        if row:
            store.table("sessions").update(session_id, row)
        if "factor_ids" in changes:
            store.db.execute("DELETE FROM session_factors WHERE session_id = ?", [session_id])
            _store_factors(store, session_id, changes["factor_ids"])


def open_session(store: Store, session_id: str) -> None:
    """Start taking ballots. Needs at least one factor."""
    session = get_session(store, session_id)
    require_state(session, "draft")
    if not session_factors(store, session_id):
        raise InvalidInput("sessions.error.no_factors", name=session["name"])
    store.table("sessions").update(session_id, {"state": "open", "opened_at": now()})


def close_session(store: Store, session_id: str) -> int:
    """Close the session (read-only from now on) and reveal its results.

    A session below quorum can be closed; its results are then marked "below quorum".
    Returns how many ballots were left unconfirmed: those do not count.
    """
    session = get_session(store, session_id)
    require_state(session, "open")
    with store.transaction():
        unconfirmed = store.scalar(
            "SELECT count(*) FROM ballots WHERE session_id = ? AND confirmed_at = ''",
            [session_id],
        )
        store.table("sessions").update(
            session_id, {"state": "closed", "closed_at": now(), "revealed": 1}
        )
    return int(unconfirmed or 0)


def reveal(store: Store, session_id: str, revealed: bool = True) -> None:
    """Show (or hide again) the results on screen. A closed session stays revealed."""
    session = get_session(store, session_id)
    if session["state"] == "draft":
        raise Conflict("sessions.error.not_open", name=session["name"])
    if session["state"] == "closed" and not revealed:
        raise Conflict("sessions.error.closed", name=session["name"])
    store.table("sessions").update(session_id, {"revealed": int(revealed)})


def delete_session(store: Store, session_id: str) -> None:
    """Delete a session with all its ballots, after an automatic backup of the file."""
    from workbench import backups

    get_session(store, session_id)
    backups.automatic(store, "delete-session")
    with store.transaction():
        # accepted additions stay as factor elements; only the session record goes
        store.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])


# -- taking part -------------------------------------------------------------------------


def check_in(
    store: Store,
    session_id: str,
    label: str | None = None,
    *,
    role: str = "",
    storyteller_id: str | None = None,
) -> dict[str, Any]:
    """Check a participant in under a pseudonym, or with a fresh anonymous token when
    ``label`` is empty. Returns the participant row."""
    from workbench.collect.stories import ROLES

    with store.transaction():
        session = get_session(store, session_id)
        require_state(session, "open")
        if role and role not in ROLES:
            raise InvalidInput("sessions.error.bad_role", role=role, roles=", ".join(ROLES))
        label = (label or "").strip()
        if len(label) > MAX_LABEL:
            raise InvalidInput("sessions.error.label_too_long", max=MAX_LABEL)
        if not label:
            label = _fresh_token(store, session_id)
        elif store.scalar(
            "SELECT 1 FROM participants WHERE session_id = ? AND label = ? COLLATE NOCASE",
            [session_id, label],
        ):
            raise Conflict("sessions.error.label_taken", label=label)
        if storyteller_id is None:
            # a pseudonym that is a storyteller's links the perspective (role) to the ballot
            teller = store.one(
                "SELECT id, role FROM storytellers WHERE pseudonym = ? COLLATE NOCASE", [label]
            )
            if teller is not None:
                storyteller_id = teller["id"]
                role = role or teller["role"] or ""
        row = {
            "id": new_id(),
            "session_id": session_id,
            "label": label,
            "storyteller_id": storyteller_id,
            "role": role,
            "checked_in_at": now(),
        }
        store.table("participants").insert(row)
    return row


def participants(store: Store, session_id: str) -> list[dict[str, Any]]:
    """Who checked in, with whether their ballot is confirmed (never its content)."""
    return store.all(
        "SELECT p.*, coalesce(b.confirmed_at, '') AS confirmed_at FROM participants p "
        "LEFT JOIN ballots b ON b.participant_id = p.id WHERE p.session_id = ? "
        "ORDER BY p.checked_in_at, p.rowid",
        [session_id],
    )


# -- helpers -----------------------------------------------------------------------------


def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise InvalidInput("sessions.error.empty_name")
    if len(name) > MAX_NAME:
        raise InvalidInput("sessions.error.too_long", max=MAX_NAME)
    return name


def _check_settings(method: str, budget: int | None, quorum: int) -> None:
    if method not in METHODS:
        raise InvalidInput("sessions.error.bad_method", method=method)
    if budget is not None and int(budget) < 1:
        raise InvalidInput("sessions.error.bad_budget")
    if int(quorum) < 1:
        raise InvalidInput("sessions.error.bad_quorum")


def _store_factors(store: Store, session_id: str, factor_ids: Sequence[str]) -> None:
    seen: set[str] = set()
    for position, factor_id in enumerate(factor_ids):
        if factor_id in seen:
            continue
        seen.add(factor_id)
        if not store.scalar("SELECT 1 FROM factors WHERE id = ?", [factor_id]):
            raise NotFound("sessions.error.no_factor", name=factor_id)
        store.table("session_factors").insert(
            {"session_id": session_id, "factor_id": factor_id, "position": position}
        )


def _fresh_token(store: Store, session_id: str) -> str:
    while True:
        token = "#" + "".join(secrets.choice(_TOKEN_ALPHABET) for _ in range(4))
        if not store.scalar(
            "SELECT 1 FROM participants WHERE session_id = ? AND label = ?", [session_id, token]
        ):
            return token


__all__ = [
    "FactorResult", "FactorResults", "SessionResults", "candidate_factors", "check_in",
    "close_session", "create_session", "delete_session", "export_results", "factor_elements",
    "find_session", "get_session", "latest_closed_results", "list_sessions", "open_session",
    "participants", "require_revealed", "require_state", "results_document", "reveal",
    "session_factors", "session_results", "update_session",
]
