"""The workshop (kenniswerkplaats) and its practices, plus the counts the home screen shows.

A workshop is created with its topic list (``collect.topics``), so this module is the base
of the collect layer, not shared infrastructure: the shared modules (store, backups, ...)
never import it (docs/ENGINEERING.md, Layers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.collect import topics
from workbench.errors import Conflict, NotFound, StoreError
from workbench.store import Store, new_id, now


@dataclass(frozen=True)
class PhaseCounts:
    stories: int
    storytellers: int
    coded_fragments: int
    codes: int
    factors: int
    common_factors: int
    sessions: int
    posters: int
    factors_per_practice: int = 0  # every practice's own factors; ``factors`` counts links once


def get_workshop(store: Store) -> dict[str, Any] | None:
    return store.one("SELECT * FROM workshops ORDER BY created_at LIMIT 1")


def require_workshop(store: Store) -> dict[str, Any]:
    workshop = get_workshop(store)
    if workshop is None:
        raise StoreError("error.no_workshop")
    return workshop


def create_workshop(
    store: Store, name: str, *, template: str = topics.DEFAULT_TEMPLATE, description: str = ""
) -> dict[str, Any]:
    """Create the file's workshop with a topic list from ``template``."""
    existing = get_workshop(store)
    if existing is not None:
        raise Conflict("error.workshop_exists", name=existing["name"])
    path = topics.find_template(template)
    data = topics.load_template(path)
    with store.transaction():
        list_id = topics.add_topic_list(store, data, template=path.stem)
        stamp = now()
        workshop = {
            "id": new_id(),
            "name": name.strip(),
            "description": description,
            "topic_list_id": list_id,
            "created_at": stamp,
            "updated_at": stamp,
        }
        store.table("workshops").insert(workshop)
    return workshop


def add_practice(store: Store, name: str, description: str = "") -> str:
    """Add a practice; a name already in use (in any letter case) is refused clearly."""
    from workbench.errors import InvalidInput

    workshop = require_workshop(store)
    if not name.strip():
        raise InvalidInput("error.empty_name")
    with store.transaction():  # the check and the insert as one short write
        taken = store.one("SELECT name FROM practices WHERE name = ? COLLATE NOCASE",
                          [name.strip()])
        if taken is not None:
            raise Conflict("safety.practice_exists", name=taken["name"])
        practice_id = new_id()
        store.table("practices").insert(
            {
                "id": practice_id,
                "workshop_id": workshop["id"],
                "name": name.strip(),
                "description": description,
                "created_at": now(),
            }
        )
    return practice_id


def practices(store: Store) -> list[dict[str, Any]]:
    return store.all("SELECT * FROM practices ORDER BY name")


def find_practice(store: Store, name_or_id: str) -> dict[str, Any]:
    """A practice by exact id, by name (case-insensitive), or by a unique part of its name
    ("vlinder" finds "Speelgroep De Vlinder")."""
    rows = practices(store)
    wanted = name_or_id.strip().casefold()
    for row in rows:
        if row["id"] == name_or_id or row["name"].casefold() == wanted:
            return row
    for matches in (
        [row for row in rows if row["name"].casefold().startswith(wanted)],
        [row for row in rows if wanted and wanted in row["name"].casefold()],
    ):
        if len(matches) == 1:
            return matches[0]
    raise NotFound(
        "error.no_practice", name=name_or_id, available=", ".join(r["name"] for r in rows) or "-"
    )


def counts(store: Store) -> PhaseCounts:
    """How far the workshop is, per phase: what the home screen shows."""
    n_practices = store.scalar("SELECT count(*) FROM practices") or 0
    common = store.scalar(
        """
        SELECT count(*) FROM (
            SELECT coalesce(link_id, id) AS k FROM factors WHERE practice_id IS NOT NULL
            GROUP BY k HAVING count(DISTINCT practice_id) = ?
        )
        """,
        [n_practices],
    )
    return PhaseCounts(
        stories=store.scalar("SELECT count(*) FROM stories"),
        storytellers=store.scalar("SELECT count(*) FROM storytellers"),
        coded_fragments=store.scalar(
            "SELECT count(DISTINCT fragment_id) FROM codings"
        ),
        codes=store.scalar("SELECT count(*) FROM codes WHERE is_category = 0"),
        factors=store.scalar(
            "SELECT count(DISTINCT coalesce(link_id, id)) FROM factors"
        ),
        common_factors=common if n_practices > 1 else 0,
        sessions=store.scalar("SELECT count(*) FROM sessions"),
        posters=store.scalar("SELECT coalesce(sum(count), 0) FROM poster_runs"),
        factors_per_practice=store.scalar("SELECT count(*) FROM factors") or 0,
    )


def factor_count_lines(counts: PhaseCounts) -> list[str]:
    """The one wording for factors everywhere: the factors per practice (each practice's
    own), then the factors after linking (a linked group counted once) and how many of
    those are common (in every practice)."""
    from workbench.i18n import tn

    return [tn("factors.count.per_practice", counts.factors_per_practice),
            tn("factors.count.linked", counts.factors, common=counts.common_factors)]


def stories_per_practice(store: Store) -> dict[str, int]:
    rows = store.all(
        """
        SELECT p.name AS name, count(s.id) AS n FROM practices p
        LEFT JOIN stories s ON s.practice_id = p.id GROUP BY p.id ORDER BY p.name
        """
    )
    return {row["name"]: row["n"] for row in rows}
