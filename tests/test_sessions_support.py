"""Test data for the session tests: factors written straight into the tables (the factor
wall of issue 5 is not needed), and a helper to set up an open session. No tests here."""

from __future__ import annotations

from workbench.sessions import model as sessions
from workbench.store import Store, new_id, now

FACTORS = {
    "Sociale contacten": ["de deur uit komen", "gezelligheid", "elkaar helpen"],
    "Herkenning": ["niet de enige zijn", "zonder oordeel"],
    "Groeien als ouder": ["tips van anderen", "vertrouwen"],
    "Een open plek": ["zonder afspraak binnenlopen", "vaste dag"],
    "Begeleiding die aansluit": ["een begeleider die luistert"],
}


def practice_id(store: Store, name: str = "Speelgroep De Vlinder") -> str:
    return store.scalar("SELECT id FROM practices WHERE name = ?", [name])


def add_factors(
    store: Store, practice: str | None, names: dict[str, list[str]] | None = None,
    link: dict[str, str] | None = None,
) -> list[str]:
    """Insert factors with elements for ``practice``; returns their ids in order."""
    ids = []
    stamp = now()
    for position, (name, elements) in enumerate((names or FACTORS).items()):
        factor_id = new_id()
        store.db["factors"].insert(
            {"id": factor_id, "practice_id": practice, "name": name, "type": "substantive",
             "description": "", "link_id": (link or {}).get(name), "position": position,
             "created_at": stamp, "updated_at": stamp}
        )
        for i, text in enumerate(elements):
            store.db["factor_elements"].insert(
                {"id": new_id(), "factor_id": factor_id, "text": text, "position": i,
                 "origin": "workshop", "created_at": stamp}
            )
        ids.append(factor_id)
    return ids


def open_session(store: Store, **settings) -> tuple[str, list[str]]:
    """A practice with five factors and an open session presenting them."""
    practice = practice_id(store)
    factor_ids = add_factors(store, practice)
    session_id = sessions.create_session(
        store, settings.pop("name", "Klankbord voorjaar"), practice_id=practice, **settings
    )
    sessions.open_session(store, session_id)
    return session_id, factor_ids
