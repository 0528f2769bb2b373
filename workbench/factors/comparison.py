"""Comparing practices: factors linked as "the same factor", the practices × factors
matrix with its common factors, and fragments per role per factor.

A *group* is a set of factors of different practices sharing a ``link_id`` (a factor
without a link is a group of its own). A group present in every practice is a common
factor, the same definition ``workbench.workshop.counts`` uses for the home screen.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.collect.stories import ROLES
from workbench.errors import InvalidInput
from workbench.factors import model as factors
from workbench.factors.model import get_factor
from workbench.store import Store, new_id, now

UNASSIGNED = "unknown"  # the role key of storytellers whose role was not given (NULL)


def link_factors(store: Store, factor_ids: Sequence[str]) -> str:
    """Mark factors (of different practices) as "the same factor"; returns the link id.

    Linking joins whole groups: a factor already linked brings its partners along. Two
    factors of one practice cannot be the same factor (merge them instead).
    """
    rows = [get_factor(store, fid) for fid in dict.fromkeys(factor_ids)]
    if len(rows) < 2:
        raise InvalidInput("factors.error.link_two")
    existing = [r["link_id"] for r in rows if r["link_id"]]
    link_id = existing[0] if existing else new_id()
    members = {r["id"]: r for r in rows}
    for old in set(existing):
        for row in store.all("SELECT * FROM factors WHERE link_id = ?", [old]):
            members[row["id"]] = row
    practices = [m["practice_id"] for m in members.values()]
    if len(practices) != len(set(practices)):
        raise InvalidInput("factors.error.link_same_practice")
    # "the same factor" cannot be substantive in one practice and procedural in another
    first = rows[0]
    for other in members.values():
        if other["type"] != first["type"]:
            from workbench.i18n import t

            raise InvalidInput("factors.error.link_types", name=first["name"],
                               type=t(f"factors.type.{first['type']}"), other=other["name"],
                               other_type=t(f"factors.type.{other['type']}"))
    with store.transaction():
        for fid in members:
            store.db.execute("UPDATE factors SET link_id = ?, updated_at = ? WHERE id = ?",
                             [link_id, now(), fid])
    return link_id


def unlink_factor(store: Store, factor_id: str) -> None:
    """Take a factor out of its linked group."""
    factor = get_factor(store, factor_id)
    with store.transaction():
        store.db.execute("UPDATE factors SET link_id = NULL WHERE id = ?", [factor_id])
        if factor["link_id"]:
            rest = store.all("SELECT id FROM factors WHERE link_id = ?", [factor["link_id"]])
            if len(rest) == 1:  # a group of one is no link
                store.db.execute("UPDATE factors SET link_id = NULL WHERE id = ?",
                                 [rest[0]["id"]])


def linked(store: Store, factor_id: str) -> list[dict[str, Any]]:
    """The other factors linked to this one as the same factor."""
    factor = get_factor(store, factor_id)
    if not factor["link_id"]:
        return []
    return store.all(
        """SELECT f.*, coalesce(p.name, '') AS practice_name FROM factors f
           LEFT JOIN practices p ON p.id = f.practice_id
           WHERE f.link_id = ? AND f.id != ? ORDER BY p.name""",
        [factor["link_id"], factor_id],
    )


# -- the matrix ------------------------------------------------------------------------


@dataclass
class Cell:
    """One practice's factor in a group, with how many fragments it holds."""

    factor_id: str
    name: str
    fragments: int


@dataclass
class GroupRow:
    key: str  # the link id, or the factor id of an unlinked factor
    name: str
    type: str
    cells: dict[str, Cell] = field(default_factory=dict)  # practice id -> cell
    common: bool = False
    roles: dict[str, int] = field(default_factory=dict)  # role -> fragments

    @property
    def fragments(self) -> int:
        return sum(c.fragments for c in self.cells.values())


@dataclass
class Matrix:
    practices: list[dict[str, Any]]
    rows: list[GroupRow]

    @property
    def common(self) -> list[GroupRow]:
        return [r for r in self.rows if r.common]


def matrix(store: Store) -> Matrix:
    """Practices × factor groups: which factor occurs where, common ones marked and first.

    Each row also carries the fragments per storyteller role (all practices together),
    so perspectives can be compared. Workshop-wide factors (no practice) are left out.
    """
    practices = store.all("SELECT id, name FROM practices ORDER BY name")
    rows: dict[str, GroupRow] = {}
    names: dict[str, Counter[str]] = {}
    for factor in store.all(
        "SELECT * FROM factors WHERE practice_id IS NOT NULL ORDER BY position, created_at"
    ):
        key = factor["link_id"] or factor["id"]
        row = rows.setdefault(key, GroupRow(key, factor["name"], factor["type"]))
        names.setdefault(key, Counter())[factor["name"]] += 1
        ids = factors.fragment_ids(store, factor["id"])
        row.cells[factor["practice_id"]] = Cell(factor["id"], factor["name"], len(ids))
        if factor["type"] != row.type:  # linked before types had to agree: say so
            row.type = "mixed"
        for role, n in _roles(store, ids).items():
            row.roles[role] = row.roles.get(role, 0) + n
    everywhere = {p["id"] for p in practices}
    for key, row in rows.items():
        # the name most practices use; ties go to the first practice's name
        row.name = names[key].most_common(1)[0][0]
        row.common = len(everywhere) > 1 and set(row.cells) >= everywhere
    ordered = sorted(rows.values(), key=lambda r: (not r.common, -len(r.cells), r.name.casefold()))
    return Matrix(practices, ordered)


def _roles(store: Store, fragment_ids: Sequence[str]) -> Counter[str]:
    if not fragment_ids:
        return Counter()
    marks = ",".join("?" * len(fragment_ids))
    counts: Counter[str] = Counter()
    for row in store.all(
        f"""SELECT st.role, count(DISTINCT fr.id) AS n FROM fragments fr
            JOIN stories s ON s.id = fr.story_id JOIN storytellers st ON st.id = s.storyteller_id
            WHERE fr.id IN ({marks}) GROUP BY st.role""",
        list(fragment_ids),
    ):
        counts[row["role"] or UNASSIGNED] = row["n"]
    return counts


def role_breakdown(store: Store, practice_id: str | None = None) -> list[GroupRow]:
    """Fragments per role per factor: per group over all practices, or for one practice."""
    if practice_id is None:
        return matrix(store).rows
    out: list[GroupRow] = []
    for factor in factors.factors_of(store, practice_id):
        ids = factors.fragment_ids(store, factor["id"])
        row = GroupRow(factor["link_id"] or factor["id"], factor["name"], factor["type"])
        row.cells[practice_id] = Cell(factor["id"], factor["name"], len(ids))
        row.roles = dict(_roles(store, ids))
        out.append(row)
    return out


def roles_in_use(rows: Sequence[GroupRow]) -> list[str]:
    """The roles that occur in ``rows``, in the workshop's fixed order."""
    used = {role for row in rows for role, n in row.roles.items() if n}
    return [role for role in (*ROLES, UNASSIGNED) if role in used]
