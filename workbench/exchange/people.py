"""Names of the research team in anonymised exports: interviewers become numbers.

A story records who interviewed (``stories.interviewer``) and a consent who took it
(``consents.recorded_by``). Those are real names of people too, so every export without
identities writes "interviewer 1", "interviewer 2", … instead, numbered in the order the
workshop first met them; "self" (the booth) and empty values stay as they are.
"""

from __future__ import annotations

from typing import Any

from workbench.store import Store

KEEP = {"", "self"}


def interviewer_numbers(store: Store) -> dict[str, str]:
    """Real interviewer name -> "interviewer N", stable within one export."""
    rows = store.all(
        "SELECT name FROM (SELECT interviewer AS name, created_at AS at FROM stories "
        "UNION ALL SELECT recorded_by AS name, recorded_at AS at FROM consents) "
        "GROUP BY name ORDER BY min(at), name")
    numbers: dict[str, str] = {}
    for row in rows:
        name = row["name"] or ""
        if name.strip() not in KEEP and name not in numbers:
            numbers[name] = f"interviewer {len(numbers) + 1}"
    return numbers


def number(numbers: dict[str, str], name: Any) -> Any:
    """The number for ``name`` (values that are no name pass unchanged)."""
    if not isinstance(name, str):
        return name
    return numbers.get(name, name)


def participant_numbers(store: Store) -> dict[str, str]:
    """Participant id -> "deelnemer N" per session, in check-in order: ballots are
    anonymous, the check-in label may be a name."""
    out: dict[str, str] = {}
    counter: dict[str, int] = {}
    for row in store.all("SELECT id, session_id FROM participants "
                         "ORDER BY session_id, checked_in_at, id"):
        counter[row["session_id"]] = counter.get(row["session_id"], 0) + 1
        out[row["id"]] = f"deelnemer {counter[row['session_id']]}"
    return out
