"""One participant's ballot in a sounding-board session.

A ballot holds, per factor, a recognition rating (1-5, or ``None`` for "not applicable")
with a reason, optional ratings per element and additions (new elements); and then the
priorities: dots within the session's budget and/or a ranking. Every step is saved as it
is given (the laptop may be passed on at any moment), and the ballot can change until the
participant confirms it. Nothing here lets one participant read another's ballot: every
function takes the participant's own ballot id.

Each write is one transaction (``store.transaction()``: BEGIN IMMEDIATE with retry) and the
UNIQUE constraints (one ballot per participant, one rating per factor/element) make two
laptops or two terminals writing at once neither lose nor duplicate anything.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.sessions import model as sessions
from workbench.store import Store, new_id, now

MAX_REASON = 2000
MAX_ADDITION = 300


def is_addition(text: str) -> bool:
    """Whether typed text counts as an addition: it holds a word, not only a stray digit
    or sign (a participant who meant to choose a score with a number key)."""
    return any(ch.isalpha() for ch in text)


@dataclass
class FactorAnswer:
    """What one participant said about one factor."""

    score: int | None = None  # 1..5, None = not applicable
    reason: str = ""
    elements: dict[str, int | None] = field(default_factory=dict)  # element id -> score
    additions: list[str] = field(default_factory=list)


@dataclass
class Ballot:
    """A whole ballot, as read back for editing or written in one go (CLI, tests)."""

    answers: dict[str, FactorAnswer] = field(default_factory=dict)  # factor id -> answer
    dots: dict[str, int] = field(default_factory=dict)
    ranking: list[str] = field(default_factory=list)
    confirmed: bool = False


def start_ballot(store: Store, participant_id: str) -> str:
    """The participant's ballot id, creating the (empty) ballot the first time."""
    with store.transaction():
        participant = store.one("SELECT * FROM participants WHERE id = ?", [participant_id])
        if participant is None:
            raise NotFound("sessions.error.no_participant")
        sessions.require_state(sessions.get_session(store, participant["session_id"]), "open")
        existing = store.scalar(
            "SELECT id FROM ballots WHERE participant_id = ?", [participant_id]
        )
        if existing:
            return str(existing)
        ballot_id = new_id()
        stamp = now()
        store.table("ballots").insert(
            {
                "id": ballot_id,
                "session_id": participant["session_id"],
                "participant_id": participant_id,
                "confirmed_at": "",
                "created_at": stamp,
                "updated_at": stamp,
            }
        )
    return ballot_id


def answer_factor(store: Store, ballot_id: str, factor_id: str, answer: FactorAnswer) -> None:
    """Save (replace) the participant's answer about one factor."""
    with store.transaction():
        ballot, session = _editable(store, ballot_id)
        _check_factor(store, session, factor_id)
        _check_score(answer.score)
        reason = answer.reason.strip()
        if len(reason) > MAX_REASON:
            raise InvalidInput("sessions.error.too_long", max=MAX_REASON)
        texts = [a.strip() for a in answer.additions if a.strip()]
        for text in texts:
            if len(text) > MAX_ADDITION:
                raise InvalidInput("sessions.error.too_long", max=MAX_ADDITION)
        element_ids = {e["id"] for e in sessions.factor_elements(store, factor_id)}
        for element_id, score in answer.elements.items():
            if element_id not in element_ids:
                raise InvalidInput("sessions.error.element_not_shown")
            _check_score(score)
        store.db.execute(
            "DELETE FROM ratings WHERE ballot_id = ? AND factor_id = ?", [ballot_id, factor_id]
        )
        store.db.execute(
            "DELETE FROM additions WHERE ballot_id = ? AND factor_id = ?", [ballot_id, factor_id]
        )
        rows = [
            {"id": new_id(), "ballot_id": ballot_id, "factor_id": factor_id,
             "element_id": None, "score": answer.score, "reason": reason}
        ]
        rows += [
            {"id": new_id(), "ballot_id": ballot_id, "factor_id": factor_id,
             "element_id": element_id, "score": score, "reason": ""}
            for element_id, score in answer.elements.items()
        ]
        store.table("ratings").insert_all(rows)
        stamp = now()
        store.table("additions").insert_all(
            {"id": new_id(), "session_id": session["id"], "ballot_id": ballot_id,
             "factor_id": factor_id, "text": text, "accepted": 0, "element_id": None,
             "created_at": stamp}
            for text in texts
        )
        _touch(store, ballot_id)


def set_dots(store: Store, ballot_id: str, dots: Mapping[str, int]) -> None:
    """Save (replace) the participant's dots; together at most the session's budget."""
    with store.transaction():
        ballot, session = _editable(store, ballot_id)
        if session["priority_method"] not in ("dots", "both"):
            raise Conflict("sessions.error.method_no_dots", name=session["name"])
        total = 0
        for factor_id, count in dots.items():
            _check_factor(store, session, factor_id)
            if isinstance(count, bool) or int(count) != count or count < 0:
                raise InvalidInput("sessions.error.bad_count")
            total += int(count)
        if total > session["dot_budget"]:
            raise InvalidInput("sessions.error.over_budget", budget=session["dot_budget"])
        store.db.execute("DELETE FROM dot_votes WHERE ballot_id = ?", [ballot_id])
        store.table("dot_votes").insert_all(
            {"ballot_id": ballot_id, "factor_id": f, "dots": int(c)}
            for f, c in dots.items()
            if c
        )
        _touch(store, ballot_id)


def set_ranking(store: Store, ballot_id: str, ranking: Sequence[str]) -> None:
    """Save (replace) the participant's ranking, most important first; it may be partial."""
    with store.transaction():
        ballot, session = _editable(store, ballot_id)
        if session["priority_method"] not in ("ranking", "both"):
            raise Conflict("sessions.error.method_no_ranking", name=session["name"])
        if len(set(ranking)) != len(ranking):
            raise InvalidInput("sessions.error.ranked_twice")
        for factor_id in ranking:
            _check_factor(store, session, factor_id)
        store.db.execute("DELETE FROM rankings WHERE ballot_id = ?", [ballot_id])
        store.table("rankings").insert_all(
            {"ballot_id": ballot_id, "factor_id": f, "rank": i + 1}
            for i, f in enumerate(ranking)
        )
        _touch(store, ballot_id)


def confirm(store: Store, ballot_id: str) -> None:
    """Confirm the ballot: from now on it counts and can no longer change."""
    with store.transaction():
        _editable(store, ballot_id)
        stamp = now()
        store.table("ballots").update(ballot_id, {"confirmed_at": stamp, "updated_at": stamp})


def read_ballot(store: Store, ballot_id: str) -> Ballot:
    """The participant's own ballot, for showing it back before they confirm."""
    if not store.scalar("SELECT 1 FROM ballots WHERE id = ?", [ballot_id]):
        raise NotFound("sessions.error.no_ballot")
    result = Ballot(
        confirmed=bool(store.scalar("SELECT confirmed_at FROM ballots WHERE id = ?", [ballot_id]))
    )
    for row in store.all("SELECT * FROM ratings WHERE ballot_id = ?", [ballot_id]):
        answer = result.answers.setdefault(row["factor_id"], FactorAnswer())
        if row["element_id"] is None:
            answer.score = row["score"]
            answer.reason = row["reason"]
        else:
            answer.elements[row["element_id"]] = row["score"]
    for row in store.all(
        "SELECT * FROM additions WHERE ballot_id = ? ORDER BY created_at, rowid", [ballot_id]
    ):
        result.answers.setdefault(row["factor_id"], FactorAnswer()).additions.append(row["text"])
    result.dots = {
        row["factor_id"]: row["dots"]
        for row in store.all("SELECT * FROM dot_votes WHERE ballot_id = ?", [ballot_id])
    }
    result.ranking = [
        row["factor_id"]
        for row in store.all(
            "SELECT factor_id FROM rankings WHERE ballot_id = ? ORDER BY rank", [ballot_id]
        )
    ]
    return result


def cast(
    store: Store,
    session_id: str,
    label: str | None,
    ballot: Ballot,
    *,
    role: str = "",
    confirm_now: bool = True,
) -> str:
    """Check in and fill in a whole ballot in one transaction (CLI, imports of paper forms).

    Either everything is saved or nothing is. Returns the ballot id.
    """
    with store.transaction():
        participant = sessions.check_in(store, session_id, label, role=role)
        ballot_id = start_ballot(store, participant["id"])
        for factor_id, answer in ballot.answers.items():
            answer_factor(store, ballot_id, factor_id, answer)
        if ballot.dots:
            set_dots(store, ballot_id, ballot.dots)
        if ballot.ranking:
            set_ranking(store, ballot_id, ballot.ranking)
        if confirm_now:
            confirm(store, ballot_id)
    return ballot_id


def discard(store: Store, ballot_id: str) -> None:
    """Remove an unconfirmed ballot and its check-in (someone left before finishing)."""
    with store.transaction():
        ballot, _session = _editable(store, ballot_id)
        store.db.execute("DELETE FROM participants WHERE id = ?", [ballot["participant_id"]])


# -- helpers -----------------------------------------------------------------------------


def _editable(store: Store, ballot_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    ballot = store.one("SELECT * FROM ballots WHERE id = ?", [ballot_id])
    if ballot is None:
        raise NotFound("sessions.error.no_ballot")
    session = sessions.get_session(store, ballot["session_id"])
    sessions.require_state(session, "open")
    if ballot["confirmed_at"]:
        raise Conflict("sessions.error.ballot_confirmed")
    return ballot, session


def _check_factor(store: Store, session: Mapping[str, Any], factor_id: str) -> None:
    if not store.scalar(
        "SELECT 1 FROM session_factors WHERE session_id = ? AND factor_id = ?",
        [session["id"], factor_id],
    ):
        raise InvalidInput("sessions.error.factor_not_shown")


def _check_score(score: int | None) -> None:
    if score is not None and (isinstance(score, bool) or score not in (1, 2, 3, 4, 5)):
        raise InvalidInput("sessions.error.bad_score")


def _touch(store: Store, ballot_id: str) -> None:
    store.table("ballots").update(ballot_id, {"updated_at": now()})
