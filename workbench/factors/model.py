"""Working factors (werkzame factoren): name, type, description, elements, quotes, links.

A factor belongs to one practice (or, with ``practice_id`` None, to the whole workshop).
Factors of different practices that are "the same factor" share a ``link_id``; a linked
group found in every practice is a common factor (see ``workbench.factors.comparison``). Cards
(fragments and codes) are placed on factors by ``workbench.factors.wall``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.store import Store, new_id, now

TYPES = ("substantive", "procedural")
MAX_QUOTES = 3
MAX_NAME = 80
MAX_ELEMENT = 120
MAX_DESCRIPTION = 500  # what fits on the poster under the factor's name
ELEMENT_ORIGINS = ("workshop", "suggested", "session")

# The storyteller's most recent consent decides: a later "no quotes" overrides an earlier
# "yes". rowid breaks ties between consents recorded in the same millisecond.
QUOTES_ALLOWED_SQL = """(
    SELECT c.quotes FROM consents c WHERE c.storyteller_id = s.storyteller_id
    ORDER BY c.recorded_at DESC, c.rowid DESC LIMIT 1
) = 1"""


# -- factors ---------------------------------------------------------------------


def _clean_name(name: str) -> str:
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput("factors.error.empty_name")
    if len(cleaned) > MAX_NAME:
        raise InvalidInput("factors.error.long_name", limit=MAX_NAME)
    return cleaned


def _clean_description(description: str) -> str:
    """The description without surrounding space; refused above ``MAX_DESCRIPTION``."""
    cleaned = description.strip()
    if len(cleaned) > MAX_DESCRIPTION:
        raise InvalidInput("factors.error.long_description", limit=MAX_DESCRIPTION,
                           size=len(cleaned))
    return cleaned


def _check_unique(store: Store, name: str, practice_id: str | None, skip: str = "") -> None:
    clash = store.one(
        "SELECT id FROM factors WHERE practice_id IS ? AND name = ? COLLATE NOCASE AND id != ?",
        [practice_id, name, skip],
    )
    if clash:
        raise Conflict("factors.error.name_taken", name=name)


def get_factor(store: Store, factor_id: str) -> dict[str, Any]:
    row = store.one("SELECT * FROM factors WHERE id = ?", [factor_id])
    if row is None:
        raise NotFound("factors.error.no_factor", name=factor_id)
    return row


def factors_of(store: Store, practice_id: str | None) -> list[dict[str, Any]]:
    """The factors of one practice (None: the workshop-wide factors), in wall order."""
    return store.all(
        "SELECT * FROM factors WHERE practice_id IS ? ORDER BY position, created_at",
        [practice_id],
    )


def all_factors(store: Store) -> list[dict[str, Any]]:
    return store.all(
        """SELECT f.*, coalesce(p.name, '') AS practice_name FROM factors f
           LEFT JOIN practices p ON p.id = f.practice_id
           ORDER BY p.name, f.position, f.created_at"""
    )


def find_factor(store: Store, name_or_id: str, practice_id: str | None = None) -> dict[str, Any]:
    """A factor by id, or by name (case-insensitive) within ``practice_id``."""
    row = store.one(
        "SELECT * FROM factors WHERE id = ? OR (practice_id IS ? AND name = ? COLLATE NOCASE)",
        [name_or_id, practice_id, name_or_id.strip()],
    )
    if row is None:
        raise NotFound("factors.error.no_factor", name=name_or_id)
    return row


def create_factor(
    store: Store,
    name: str,
    *,
    practice_id: str | None = None,
    type: str = "substantive",  # noqa: A002 - the workshop's own word
    description: str = "",
    link_id: str | None = None,
) -> str:
    """Add a factor at the end of the practice's wall. Names are unique per practice."""
    name = _clean_name(name)
    description = _clean_description(description)
    if type not in TYPES:
        raise InvalidInput("factors.error.bad_type", type=type)
    _check_unique(store, name, practice_id)
    factor_id = new_id()
    stamp = now()
    position = store.scalar(
        "SELECT coalesce(max(position), 0) + 1 FROM factors WHERE practice_id IS ?", [practice_id]
    )
    store.table("factors").insert(
        {
            "id": factor_id,
            "practice_id": practice_id,
            "name": name,
            "type": type,
            "description": description,
            "link_id": link_id,
            "position": position,
            "created_at": stamp,
            "updated_at": stamp,
        }
    )
    return factor_id


def _update(store: Store, factor_id: str, **values: Any) -> None:
    get_factor(store, factor_id)
    store.table("factors").update(factor_id, {**values, "updated_at": now()})


def rename_factor(store: Store, factor_id: str, name: str) -> None:
    name = _clean_name(name)
    _check_unique(store, name, get_factor(store, factor_id)["practice_id"], skip=factor_id)
    _update(store, factor_id, name=name)


def set_type(store: Store, factor_id: str, type: str) -> None:  # noqa: A002
    """Substantive (inhoudelijk) or procedural (procesmatig)."""
    if type not in TYPES:
        raise InvalidInput("factors.error.bad_type", type=type)
    _update(store, factor_id, type=type)


def set_description(store: Store, factor_id: str, description: str) -> None:
    """The factor's description, at most ``MAX_DESCRIPTION`` characters (every caller: the
    wall, the CLI, scripts)."""
    _update(store, factor_id, description=_clean_description(description))


def move_factor(store: Store, factor_id: str, delta: int) -> None:
    """Shift a factor's column left (negative) or right on its wall."""
    factor = get_factor(store, factor_id)
    ids = [f["id"] for f in factors_of(store, factor["practice_id"])]
    index = ids.index(factor_id)
    target = max(0, min(len(ids) - 1, index + delta))
    ids.insert(target, ids.pop(index))
    with store.transaction():
        for position, fid in enumerate(ids, start=1):
            store.db.execute("UPDATE factors SET position = ? WHERE id = ?", [position, fid])


def delete_factor(store: Store, factor_id: str) -> Any:
    """Delete a factor; its cards go back to unsorted. An automatic backup is made first."""
    from workbench import backups

    get_factor(store, factor_id)
    path = backups.automatic(store, "delete-factor")
    with store.transaction():
        store.db.execute("DELETE FROM factors WHERE id = ?", [factor_id])
    return path


def merge_factors(store: Store, into_id: str, other_ids: Iterable[str]) -> None:
    """Fold ``other_ids`` into ``into_id``: cards, elements and quotes move, then they go.

    Elements with the same text are kept once; quotes beyond three are dropped. A backup
    is made first, since the merged factors (and what sessions said about them) go.
    """
    from workbench import backups

    target = get_factor(store, into_id)
    others = [get_factor(store, fid) for fid in other_ids if fid != into_id]
    if not others:
        return
    backups.automatic(store, "merge-factor")
    with store.transaction():
        texts = {e["text"].casefold() for e in elements(store, into_id)}
        position = len(texts)
        for other in others:
            if other["practice_id"] != target["practice_id"]:
                raise InvalidInput("factors.error.merge_practice")
            for table, column in (("factor_fragments", "fragment_id"), ("factor_codes", "code_id")):
                store.db.execute(
                    f"""INSERT OR IGNORE INTO {table} (factor_id, {column}, placed_at)
                        SELECT ?, {column}, placed_at FROM {table} WHERE factor_id = ?""",
                    [into_id, other["id"]],
                )
            for element in elements(store, other["id"]):
                if element["text"].casefold() not in texts:
                    texts.add(element["text"].casefold())
                    position += 1
                    store.db.execute(
                        "UPDATE factor_elements SET factor_id = ?, position = ? WHERE id = ?",
                        [into_id, position, element["id"]],
                    )
            kept = [q["fragment_id"] for q in _quote_rows(store, into_id)]
            for quote in _quote_rows(store, other["id"]):
                if len(kept) < MAX_QUOTES and quote["fragment_id"] not in kept:
                    kept.append(quote["fragment_id"])
                    store.table("factor_quotes").insert(
                        {"factor_id": into_id, "fragment_id": quote["fragment_id"],
                         "position": len(kept)}, ignore=True,
                    )
            if other["description"] and not target["description"]:
                target["description"] = other["description"]
                store.db.execute("UPDATE factors SET description = ? WHERE id = ?",
                                 [other["description"], into_id])
            store.db.execute("DELETE FROM factors WHERE id = ?", [other["id"]])
        store.db.execute("UPDATE factors SET updated_at = ? WHERE id = ?", [now(), into_id])


def split_factor(
    store: Store, factor_id: str, name: str, *,
    fragment_ids: Sequence[str] = (), code_ids: Sequence[str] = (),
) -> str:
    """Move the given cards of a factor into a new factor ``name`` beside it."""
    factor = get_factor(store, factor_id)
    if not fragment_ids and not code_ids:
        raise InvalidInput("factors.error.split_nothing")
    with store.transaction():
        new = create_factor(store, name, practice_id=factor["practice_id"], type=factor["type"])
        for table, column, ids in (("factor_fragments", "fragment_id", fragment_ids),
                                   ("factor_codes", "code_id", code_ids)):
            for item in ids:
                store.db.execute(
                    f"UPDATE OR IGNORE {table} SET factor_id = ? "
                    f"WHERE factor_id = ? AND {column} = ?",
                    [new, factor_id, item],
                )
        store.db.execute(
            "UPDATE factor_quotes SET factor_id = ? WHERE factor_id = ? AND fragment_id IN "
            f"({','.join('?' * len(fragment_ids)) or 'NULL'})",
            [new, factor_id, *fragment_ids],
        )
    # the new column appears right beside the one it came from
    ids = [f["id"] for f in factors_of(store, factor["practice_id"])]
    move_factor(store, new, ids.index(factor_id) + 1 - ids.index(new))
    return new


# -- characteristic elements -------------------------------------------------------


def elements(store: Store, factor_id: str) -> list[dict[str, Any]]:
    return store.all(
        "SELECT * FROM factor_elements WHERE factor_id = ? ORDER BY position, created_at",
        [factor_id],
    )


def _clean_element(text: str) -> str:
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise InvalidInput("factors.error.empty_element")
    if len(cleaned) > MAX_ELEMENT:
        raise InvalidInput("factors.error.long_element", limit=MAX_ELEMENT)
    return cleaned


def add_element(store: Store, factor_id: str, text: str, *, origin: str = "workshop") -> str:
    """Add a characteristic element (a short phrase) at the end of the factor's list."""
    get_factor(store, factor_id)
    text = _clean_element(text)
    if origin not in ELEMENT_ORIGINS:
        raise InvalidInput("factors.error.bad_origin", origin=origin)
    if any(e["text"].casefold() == text.casefold() for e in elements(store, factor_id)):
        raise Conflict("factors.error.element_exists", text=text)
    element_id = new_id()
    position = store.scalar(
        "SELECT coalesce(max(position), 0) + 1 FROM factor_elements WHERE factor_id = ?",
        [factor_id],
    )
    store.table("factor_elements").insert(
        {"id": element_id, "factor_id": factor_id, "text": text, "position": position,
         "origin": origin, "created_at": now()}
    )
    return element_id


def _element(store: Store, element_id: str) -> dict[str, Any]:
    row = store.one("SELECT * FROM factor_elements WHERE id = ?", [element_id])
    if row is None:
        raise NotFound("factors.error.no_element")
    return row


def update_element(store: Store, element_id: str, text: str) -> None:
    _element(store, element_id)
    store.db.execute("UPDATE factor_elements SET text = ? WHERE id = ?",
                     [_clean_element(text), element_id])


def delete_element(store: Store, element_id: str) -> None:
    _element(store, element_id)
    store.db.execute("DELETE FROM factor_elements WHERE id = ?", [element_id])


def move_element(store: Store, element_id: str, delta: int) -> None:
    """Move an element up (negative) or down in its factor's list."""
    element = _element(store, element_id)
    ids = [e["id"] for e in elements(store, element["factor_id"])]
    index = ids.index(element_id)
    ids.insert(max(0, min(len(ids) - 1, index + delta)), ids.pop(index))
    with store.transaction():
        for position, eid in enumerate(ids, start=1):
            store.db.execute("UPDATE factor_elements SET position = ? WHERE id = ?",
                             [position, eid])


# -- fragments and quotes ----------------------------------------------------------------


def fragment_ids(store: Store, factor_id: str) -> list[str]:
    """Fragments in a factor: placed directly, or through a code placed on it.

    Through a code counts only fragments of the factor's own practice (all practices for
    a workshop-wide factor).
    """
    rows = store.all(
        """
        SELECT ff.fragment_id AS id FROM factor_fragments ff WHERE ff.factor_id = :f
        UNION
        SELECT fr.id FROM factor_codes fc
        JOIN codings cg ON cg.code_id = fc.code_id
        JOIN fragments fr ON fr.id = cg.fragment_id
        JOIN stories s ON s.id = fr.story_id
        JOIN factors f ON f.id = fc.factor_id
        WHERE fc.factor_id = :f AND (f.practice_id IS NULL OR s.practice_id = f.practice_id)
        """,
        {"f": factor_id},
    )
    return [r["id"] for r in rows]


def _fragment_rows(store: Store, ids: Sequence[str], *, consented: bool) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    extra = f"AND {QUOTES_ALLOWED_SQL}" if consented else ""
    return store.all(
        f"""SELECT fr.id, fr.text, fr.story_id, st.pseudonym, st.role, st.role_label,
                   s.practice_id, s.storyteller_id
            FROM fragments fr JOIN stories s ON s.id = fr.story_id
            JOIN storytellers st ON st.id = s.storyteller_id
            WHERE fr.id IN ({marks}) {extra} ORDER BY s.recorded_on, fr.start""",
        list(ids),
    )


def quote_candidates(store: Store, factor_id: str) -> list[dict[str, Any]]:
    """The factor's fragments whose storyteller's latest consent allows quotes."""
    get_factor(store, factor_id)
    return _fragment_rows(store, fragment_ids(store, factor_id), consented=True)


def _quote_rows(store: Store, factor_id: str) -> list[dict[str, Any]]:
    return store.all(
        "SELECT * FROM factor_quotes WHERE factor_id = ? ORDER BY position", [factor_id]
    )


def quotes(store: Store, factor_id: str) -> list[dict[str, Any]]:
    """The chosen quotes (at most 3), in order, with storyteller role and pseudonym.

    A quote whose storyteller has since withdrawn consent for quotes is left out, so a
    poster printed later never shows it.
    """
    chosen = [q["fragment_id"] for q in _quote_rows(store, factor_id)]
    rows = {r["id"]: r for r in _fragment_rows(store, chosen, consented=True)}
    return [rows[i] for i in chosen if i in rows]


def set_quotes(store: Store, factor_id: str, fragment_ids_: Sequence[str]) -> None:
    """Choose the factor's quotes (replacing earlier ones), at most 3, consented only."""
    get_factor(store, factor_id)
    wanted = list(dict.fromkeys(fragment_ids_))
    if len(wanted) > MAX_QUOTES:
        raise InvalidInput("factors.error.too_many_quotes", limit=MAX_QUOTES)
    allowed = {r["id"] for r in quote_candidates(store, factor_id)}
    for fid in wanted:
        if fid not in allowed:
            raise InvalidInput("factors.error.quote_not_allowed")
    with store.transaction():
        store.db.execute("DELETE FROM factor_quotes WHERE factor_id = ?", [factor_id])
        for position, fid in enumerate(wanted, start=1):
            store.table("factor_quotes").insert(
                {"factor_id": factor_id, "fragment_id": fid, "position": position}
            )


def add_quote(store: Store, factor_id: str, fragment_id: str) -> None:
    current = [q["fragment_id"] for q in _quote_rows(store, factor_id)]
    if fragment_id in current:
        return
    set_quotes(store, factor_id, [*current, fragment_id])


def remove_quote(store: Store, factor_id: str, fragment_id: str) -> None:
    store.db.execute("DELETE FROM factor_quotes WHERE factor_id = ? AND fragment_id = ?",
                     [factor_id, fragment_id])
