"""Fragments of stories and their codes: who coded what, when, and how often per group.

A fragment keeps exact character offsets into ``stories.text`` (end exclusive) and a copy
of its text. Fragments may overlap; an empty (or whitespace-only) selection is refused.
Coding the same selection again reuses its fragment, so a fragment collects several codes.

When a coded story's text is edited, ``reanchor_fragments`` (``workbench.collect.anchoring``,
below coding, because the story's text belongs to collecting) moves every fragment and
calibration unit along with the edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.collect.anchoring import reanchor_fragments as reanchor_fragments
from workbench.collect.anchoring import trim_selection as trim_selection
from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.store import Store, new_id, now


def get_story(store: Store, story_id: str) -> dict[str, Any]:
    row = store.one("SELECT * FROM stories WHERE id = ?", [story_id])
    if row is None:
        raise NotFound("coding.error.no_story", name=story_id)
    return row


def find_story(store: Store, ref: str) -> dict[str, Any]:
    """A story by id, by the start of its id (≥ 4 characters), or by its storyteller's
    pseudonym when that storyteller told exactly one story."""
    ref = ref.strip()
    rows = store.all("SELECT * FROM stories WHERE id = ?", [ref])
    if not rows and len(ref) >= 4:
        rows = store.all("SELECT * FROM stories WHERE id LIKE ?", [ref.replace("%", "") + "%"])
    if not rows:
        rows = store.all(
            "SELECT s.* FROM stories s JOIN storytellers t ON t.id = s.storyteller_id "
            "WHERE t.pseudonym = ? COLLATE NOCASE ORDER BY s.created_at",
            [ref],
        )
    if not rows:
        raise NotFound("coding.error.no_story", name=ref)
    if len(rows) > 1:
        raise Conflict("coding.error.story_ambiguous", name=ref, n=len(rows))
    return rows[0]


def stories_for_coding(store: Store) -> list[dict[str, Any]]:
    """Stories with their teller, practice and number of fragments, for the story list.

    Stories still being told (draft, interrupted) are left out; ``status`` says whether
    the pseudonymisation check was done ('ready')."""
    return store.all(
        """
        SELECT s.id, s.text, s.status, s.recorded_on, s.created_at, t.pseudonym, t.role,
               t.role_label, p.name AS practice,
               (SELECT count(*) FROM fragments f WHERE f.story_id = s.id) AS fragments,
               length(s.text) AS length
        FROM stories s JOIN storytellers t ON t.id = s.storyteller_id
        LEFT JOIN practices p ON p.id = s.practice_id
        WHERE s.status NOT IN ('draft', 'interrupted')
        ORDER BY p.name, s.recorded_on, t.pseudonym
        """
    )


def add_fragment(store: Store, story_id: str, start: int, end: int, *, created_by: str = "") -> str:
    """Mark ``text[start:end]`` of a story as a fragment and return its id.

    Surrounding whitespace is trimmed; an empty selection raises ``InvalidInput``. When a
    fragment with exactly these offsets exists, its id is returned instead of a duplicate.
    """
    text = get_story(store, story_id)["text"]
    start, end = trim_selection(text, start, end)
    existing = store.one(
        "SELECT id FROM fragments WHERE story_id = ? AND start = ? AND end = ?",
        [story_id, start, end],
    )
    if existing:
        return existing["id"]
    fragment_id = new_id()
    store.table("fragments").insert({
        "id": fragment_id, "story_id": story_id, "start": start, "end": end,
        "text": text[start:end], "created_by": created_by, "created_at": now(),
    })
    return fragment_id


def get_fragment(store: Store, fragment_id: str) -> dict[str, Any]:
    row = store.one("SELECT * FROM fragments WHERE id = ?", [fragment_id])
    if row is None:
        raise NotFound("coding.error.no_fragment", name=fragment_id)
    return row


def coders(store: Store) -> list[str]:
    """Everyone who has coded a fragment, by name."""
    return [row["coder"] for row in store.all(
        "SELECT DISTINCT coder FROM codings ORDER BY coder")]


def code_fragment(store: Store, fragment_id: str, code_id: str, coder: str) -> str:
    """Give a fragment a code, recording the coder and the moment. Idempotent."""
    get_fragment(store, fragment_id)
    code = store.one("SELECT is_category, name FROM codes WHERE id = ?", [code_id])
    if code is None:
        raise NotFound("coding.error.no_code", name=code_id)
    if code["is_category"]:
        raise InvalidInput("coding.error.category_not_code", name=code["name"])
    coder = " ".join(coder.split())
    if not coder:
        raise InvalidInput("coding.error.coder_needed")
    existing = store.one(
        "SELECT id FROM codings WHERE fragment_id = ? AND code_id = ? AND coder = ?",
        [fragment_id, code_id, coder],
    )
    if existing:
        return existing["id"]
    coding_id = new_id()
    store.table("codings").insert({
        "id": coding_id, "fragment_id": fragment_id, "code_id": code_id, "coder": coder,
        "created_at": now(),
    })
    return coding_id


def code_selection(
    store: Store, story_id: str, start: int, end: int, code_ids: list[str], coder: str
) -> str:
    """Make (or reuse) the fragment ``start:end`` and give it ``code_ids``, all or nothing."""
    if not code_ids:
        raise InvalidInput("coding.error.no_code_chosen")
    with store.transaction():
        fragment_id = add_fragment(store, story_id, start, end, created_by=coder)
        for code_id in code_ids:
            code_fragment(store, fragment_id, code_id, coder)
    return fragment_id


def uncode(store: Store, fragment_id: str, code_id: str, coder: str | None = None) -> int:
    """Take a code off a fragment (one coder's, or everyone's). The fragment stays."""
    sql = "DELETE FROM codings WHERE fragment_id = ? AND code_id = ?"
    params = [fragment_id, code_id]
    if coder is not None:
        sql += " AND coder = ?"
        params.append(coder)
    return store.db.execute(sql, params).rowcount


def delete_fragment(store: Store, fragment_id: str) -> None:
    """Delete a fragment; its codings, memos and places on the factor wall go with it."""
    get_fragment(store, fragment_id)
    store.table("fragments").delete(fragment_id)


def fragments_for_story(store: Store, story_id: str) -> list[dict[str, Any]]:
    """The story's fragments in reading order, each with ``codes`` (id, name, colour, coder)
    and ``memos`` (how many)."""
    fragments = store.all(
        "SELECT f.*, (SELECT count(*) FROM memos m WHERE m.fragment_id = f.id) AS memos "
        "FROM fragments f WHERE story_id = ? ORDER BY start, end",
        [story_id],
    )
    by_id = {f["id"]: f for f in fragments}
    for fragment in fragments:
        fragment["codes"] = []
    for row in store.all(
        """
        SELECT c.fragment_id, c.coder, c.created_at, k.id, k.name, k.color
        FROM codings c JOIN codes k ON k.id = c.code_id JOIN fragments f ON f.id = c.fragment_id
        WHERE f.story_id = ? ORDER BY c.created_at
        """,
        [story_id],
    ):
        by_id[row.pop("fragment_id")]["codes"].append(row)
    return fragments


def fragments_for_code(store: Store, code_id: str) -> list[dict[str, Any]]:
    """Every fragment with this code, with its storyteller, role and practice."""
    return store.all(
        """
        SELECT DISTINCT f.*, t.pseudonym, t.role, p.name AS practice
        FROM codings c JOIN fragments f ON f.id = c.fragment_id
        JOIN stories s ON s.id = f.story_id JOIN storytellers t ON t.id = s.storyteller_id
        LEFT JOIN practices p ON p.id = s.practice_id
        WHERE c.code_id = ? ORDER BY p.name, t.pseudonym, f.start
        """,
        [code_id],
    )


def add_fragment_memo(store: Store, fragment_id: str, text: str, author: str = "") -> str:
    """A memo on a fragment: a thought the coder wants to keep with it."""
    from workbench.coding.codebook import add_memo

    get_fragment(store, fragment_id)
    return add_memo(store, text, fragment_id=fragment_id, author=author)


# -- overview ---------------------------------------------------------------------------


@dataclass
class OverviewRow:
    code_id: str
    name: str
    category: str
    color: str
    counts: list[int]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass
class Overview:
    """Code frequencies: one row per code, one count per group (practice or role)."""

    by: str
    groups: list[str]  # group keys: practice ids or role names
    labels: list[str]  # what to show for each group
    rows: list[OverviewRow]


def overview(store: Store, by: str = "practice") -> Overview:
    """How many fragments got each code, per practice or per storyteller role.

    A fragment counts once per code however many coders gave it that code.
    """
    from workbench.i18n import t

    if by == "practice":
        groups_rows = store.all("SELECT id AS key, name AS label FROM practices ORDER BY name")
        column = "s.practice_id"
    elif by == "role":
        from workbench.collect.stories import ROLES

        present = {r["role"] or "unknown"
                   for r in store.all("SELECT DISTINCT role FROM storytellers")}
        groups_rows = [{"key": r, "label": t(f"role.{r}")} for r in (*ROLES, "unknown")
                       if r in present]
        column = "coalesce(t.role, 'unknown')"  # unassigned roles counted apart
    else:
        raise InvalidInput("coding.error.bad_overview", by=by)
    keys = [g["key"] for g in groups_rows]
    index = {k: i for i, k in enumerate(keys)}
    counts: dict[str, list[int]] = {}
    for row in store.all(
        f"""
        SELECT c.code_id, {column} AS grp, count(DISTINCT c.fragment_id) AS n
        FROM codings c JOIN fragments f ON f.id = c.fragment_id
        JOIN stories s ON s.id = f.story_id JOIN storytellers t ON t.id = s.storyteller_id
        GROUP BY c.code_id, grp
        """
    ):
        if row["grp"] in index:
            counts.setdefault(row["code_id"], [0] * len(keys))[index[row["grp"]]] = row["n"]
    from workbench.coding.codebook import tree, walk

    rows = []
    nodes = walk(tree(store))
    names = {node.id: node.name for node in nodes}
    for node in nodes:
        if node.row["is_category"]:
            continue
        category = names.get(node.row["parent_id"] or "", "")
        rows.append(OverviewRow(node.id, node.name, category, node.row["color"],
                                counts.get(node.id, [0] * len(keys))))
    return Overview(by, keys, [g["label"] for g in groups_rows], rows)


# -- re-anchoring after an edit ----------------------------------------------------------


def resize_fragment(store: Store, fragment_id: str, start: int, end: int) -> None:
    """Give a fragment new offsets (trimmed like a selection); its codes and memos stay.
    Refused when another fragment of the story has exactly these offsets."""
    fragment = get_fragment(store, fragment_id)
    text = get_story(store, fragment["story_id"])["text"]
    start, end = trim_selection(text, start, end)
    clash = store.one("SELECT id FROM fragments WHERE story_id = ? AND start = ? AND end = ? "
                      "AND id != ?", [fragment["story_id"], start, end, fragment_id])
    if clash:
        raise Conflict("analysis.error.fragment_exists")
    store.db.execute("UPDATE fragments SET start = ?, end = ?, text = ? WHERE id = ?",
                     [start, end, text[start:end], fragment_id])
