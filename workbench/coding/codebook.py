"""The codebook: categories and codes, seeded from the topic list and grown while coding.

Codes nest (a category holds codes; a code may hold sub-codes). Each has a description and
a colour. Deductive codes start as one category per topic (origin ``topic``); inductive
codes are added as they come up. Deleting a code that is in use is never silent: the
caller chooses between ``merge_codes`` (its codings move to another code) and
``remove_code`` (its codings go with it). Professionals' review is recorded per code
(``validate_code``: who and when); memos can be written on any code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.store import Store, new_id, now

ORIGINS = ("topic", "inductive", "import")
MAX_NAME = 80
# Colour-blind-friendly, readable on dark and light terminals.
PALETTE = (
    "#E07A5F", "#3D85C6", "#81B29A", "#F2CC8F", "#8E7CC3", "#E69138", "#6AA84F",
    "#C27BA0", "#45818E", "#CC4125", "#BF9000", "#76A5AF",
)
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass
class CodeNode:
    """A code with its children, as the codebook panel shows it."""

    row: dict[str, Any]
    uses: int = 0  # codings of this code itself
    children: list[CodeNode] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.row["id"]

    @property
    def name(self) -> str:
        return self.row["name"]

    @property
    def total_uses(self) -> int:
        return self.uses + sum(child.total_uses for child in self.children)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("coding.error.empty_code_name")
    if len(name) > MAX_NAME:
        raise InvalidInput("coding.error.code_name_too_long", limit=MAX_NAME)
    return name


def _check_color(color: str) -> str:
    if not _COLOR.match(color):
        raise InvalidInput("coding.error.bad_color", color=color)
    return color.upper()


def _check_unique(store: Store, name: str, parent_id: str | None, exclude: str = "") -> None:
    clash = store.one(
        "SELECT id FROM codes WHERE name = ? COLLATE NOCASE AND parent_id IS ? AND id != ?",
        [name, parent_id, exclude],
    )
    if clash:
        raise Conflict("coding.error.code_exists", name=name)


def next_color(store: Store) -> str:
    """The palette colour used least so far, so new codes stay tellable apart."""
    used = {r["color"].upper(): r["n"] for r in store.all(
        "SELECT color, count(*) AS n FROM codes GROUP BY upper(color)")}
    return min(PALETTE, key=lambda c: (used.get(c.upper(), 0), PALETTE.index(c)))


def get_code(store: Store, code_id: str) -> dict[str, Any]:
    row = store.one("SELECT * FROM codes WHERE id = ?", [code_id])
    if row is None:
        raise NotFound("coding.error.no_code", name=code_id)
    return row


def find_code(store: Store, name_or_id: str, *, category: bool | None = None) -> dict[str, Any]:
    """A code by id or by name (case-insensitive); ``category`` limits to categories or codes."""
    wanted = " ".join(name_or_id.split())
    rows = store.all(
        "SELECT * FROM codes WHERE id = ? OR name = ? COLLATE NOCASE ORDER BY is_category DESC",
        [name_or_id, wanted],
    )
    if category is not None:
        rows = [r for r in rows if bool(r["is_category"]) == category]
    if not rows:
        raise NotFound("coding.error.no_code", name=name_or_id)
    if len(rows) > 1 and rows[0]["id"] != name_or_id:
        raise Conflict("coding.error.code_ambiguous", name=name_or_id)
    return rows[0]


def add_code(
    store: Store,
    name: str,
    *,
    parent_id: str | None = None,
    description: str = "",
    color: str | None = None,
    is_category: bool = False,
    origin: str = "inductive",
    topic_id: str | None = None,
    created_by: str = "",
    code_id: str | None = None,
) -> str:
    """Add a code (or a category with ``is_category``) and return its id."""
    name = _clean_name(name)
    if origin not in ORIGINS:
        raise InvalidInput("coding.error.bad_origin", origin=origin)
    if parent_id is not None:
        get_code(store, parent_id)
    _check_unique(store, name, parent_id)
    code_id = code_id or new_id()
    position = store.scalar(
        "SELECT coalesce(max(position), 0) + 1 FROM codes WHERE parent_id IS ?", [parent_id]
    )
    store.table("codes").insert(
        {
            "id": code_id,
            "parent_id": parent_id,
            "name": name,
            "description": description.strip(),
            "color": _check_color(color) if color else next_color(store),
            "is_category": int(is_category),
            "origin": origin,
            "topic_id": topic_id,
            "position": position,
            "created_by": created_by,
            "created_at": now(),
        }
    )
    return code_id


def seed_from_topics(
    store: Store, topic_list_id: str | None = None, created_by: str = ""
) -> list[str]:
    """One category per topic of the workshop's topic list (deductive start).

    Topics that already have their category are skipped, so seeding twice adds nothing.
    Returns the ids of the categories created.
    """
    if topic_list_id is None:
        from workbench.workshop import require_workshop

        topic_list_id = require_workshop(store)["topic_list_id"]
    created = []
    with store.transaction():
        for topic in store.all(
            "SELECT * FROM topics WHERE topic_list_id = ? ORDER BY position", [topic_list_id]
        ):
            if store.scalar("SELECT 1 FROM codes WHERE topic_id = ?", [topic["id"]]):
                continue
            name = topic["label"]
            if store.scalar(
                "SELECT 1 FROM codes WHERE parent_id IS NULL AND name = ? COLLATE NOCASE", [name]
            ):
                continue
            created.append(
                add_code(store, name, is_category=True, origin="topic", topic_id=topic["id"],
                         description=topic["question"], created_by=created_by)
            )
    return created


def update_code(
    store: Store, code_id: str, *, description: str | None = None, color: str | None = None
) -> None:
    """Change a code's description and/or colour."""
    get_code(store, code_id)
    changes: dict[str, Any] = {}
    if description is not None:
        changes["description"] = description.strip()
    if color is not None:
        changes["color"] = _check_color(color)
    if changes:
        store.table("codes").update(code_id, changes)


def rename_code(store: Store, code_id: str, new_name: str) -> None:
    """Rename a code; names stay unique among siblings (ignoring case)."""
    row = get_code(store, code_id)
    name = _clean_name(new_name)
    _check_unique(store, name, row["parent_id"], exclude=code_id)
    store.table("codes").update(code_id, {"name": name})


def _ancestors(store: Store, code_id: str | None) -> list[str]:
    chain = []
    while code_id is not None and code_id not in chain:
        chain.append(code_id)
        row = store.one("SELECT parent_id FROM codes WHERE id = ?", [code_id])
        code_id = row["parent_id"] if row else None
    return chain


def move_code(store: Store, code_id: str, new_parent_id: str | None) -> None:
    """Put a code under another category or code (``None``: at the top level)."""
    row = get_code(store, code_id)
    if new_parent_id is not None:
        get_code(store, new_parent_id)
        if code_id in _ancestors(store, new_parent_id):
            raise Conflict("coding.error.move_into_itself", name=row["name"])
    _check_unique(store, row["name"], new_parent_id, exclude=code_id)
    position = store.scalar(
        "SELECT coalesce(max(position), 0) + 1 FROM codes WHERE parent_id IS ?", [new_parent_id]
    )
    store.table("codes").update(code_id, {"parent_id": new_parent_id, "position": position})


def usage(store: Store, code_id: str) -> dict[str, int]:
    """How much depends on a code: codings, calibration judgements, sub-codes."""
    return {
        "codings": store.scalar("SELECT count(*) FROM codings WHERE code_id = ?", [code_id]),
        "judgements": store.scalar(
            "SELECT count(*) FROM calibration_judgements WHERE code_id = ?", [code_id]
        ),
        "children": store.scalar("SELECT count(*) FROM codes WHERE parent_id = ?", [code_id]),
    }


def in_use(store: Store, code_id: str) -> bool:
    return any(usage(store, code_id).values())


def delete_code(store: Store, code_id: str) -> None:
    """Delete a code nobody uses. A code in use raises ``Conflict``: the caller then asks
    whether to ``merge_codes`` it into another code or ``remove_code`` with its codings."""
    row = get_code(store, code_id)
    use = usage(store, code_id)
    if any(use.values()):
        raise Conflict("coding.error.code_in_use", name=row["name"], **use)
    store.table("codes").delete(code_id)


def remove_code(store: Store, code_id: str) -> int:
    """Delete a code together with its codings and memos; sub-codes move up one level.

    Fragments stay (they may be on the factor wall), only this code's codings go.
    Returns the number of codings removed.
    """
    row = get_code(store, code_id)
    with store.transaction():
        removed = store.scalar("SELECT count(*) FROM codings WHERE code_id = ?", [code_id])
        _lift_children(store, code_id, row["parent_id"])
        store.db.execute("DELETE FROM codings WHERE code_id = ?", [code_id])
        store.table("codes").delete(code_id)  # judgements, memos, factor links cascade
    return removed


def _lift_children(store: Store, code_id: str, new_parent: str | None) -> None:
    for child in store.all("SELECT id, name FROM codes WHERE parent_id = ?", [code_id]):
        clash = store.one(
            "SELECT id FROM codes WHERE parent_id IS ? AND name = ? COLLATE NOCASE AND id != ?",
            [new_parent, child["name"], code_id],
        )
        if clash:
            # Same-named sibling already there: fold the child into it.
            merge_codes(store, child["id"], clash["id"])
        else:
            store.table("codes").update(child["id"], {"parent_id": new_parent})


def merge_codes(store: Store, source_id: str, target_id: str) -> None:
    """Fold ``source`` into ``target``: codings, calibration judgements, memos, factor
    placements and sub-codes move over (duplicates collapse), then ``source`` is deleted."""
    if source_id == target_id:
        raise Conflict("coding.error.merge_into_itself")
    source = get_code(store, source_id)
    get_code(store, target_id)
    if source_id in _ancestors(store, target_id):
        raise Conflict("coding.error.move_into_itself", name=source["name"])
    with store.transaction():
        db = store.db
        # UNIQUE(fragment, code, coder): where target already has the same coding,
        # the source row is simply dropped.
        db.execute(
            "UPDATE OR IGNORE codings SET code_id = ? WHERE code_id = ?", [target_id, source_id]
        )
        db.execute(
            "UPDATE OR IGNORE calibration_judgements SET code_id = ? WHERE code_id = ?",
            [target_id, source_id],
        )
        db.execute("UPDATE memos SET code_id = ? WHERE code_id = ?", [target_id, source_id])
        db.execute(
            "UPDATE OR IGNORE factor_codes SET code_id = ? WHERE code_id = ?",
            [target_id, source_id],
        )
        _lift_children(store, source_id, target_id)
        db.table("codes").delete(source_id)


def validate_code(store: Store, code_id: str, validated_by: str) -> None:
    """Record that a professional reviewed this code (who, and now)."""
    get_code(store, code_id)
    who = " ".join(validated_by.split())
    if not who:
        raise InvalidInput("coding.error.validator_needed")
    store.table("codes").update(code_id, {"validated_by": who, "validated_at": now()})


def unvalidate_code(store: Store, code_id: str) -> None:
    get_code(store, code_id)
    store.table("codes").update(code_id, {"validated_by": "", "validated_at": ""})


def add_memo(
    store: Store, text: str, *, code_id: str | None = None, fragment_id: str | None = None,
    author: str = "",
) -> str:
    """A memo on a code or on a fragment (exactly one of the two)."""
    text = text.strip()
    if not text:
        raise InvalidInput("coding.error.empty_memo")
    if (code_id is None) == (fragment_id is None):
        raise ValueError("A memo belongs to a code or to a fragment.")
    if code_id is not None:
        get_code(store, code_id)
    memo_id = new_id()
    stamp = now()
    store.table("memos").insert({
        "id": memo_id, "code_id": code_id, "fragment_id": fragment_id, "text": text,
        "author": author, "created_at": stamp, "updated_at": stamp,
    })
    return memo_id


def update_memo(store: Store, memo_id: str, text: str) -> None:
    text = text.strip()
    if not text:
        raise InvalidInput("coding.error.empty_memo")
    store.db.execute("UPDATE memos SET text = ?, updated_at = ? WHERE id = ?",
                     [text, now(), memo_id])


def memos_for(store: Store, *, code_id: str | None = None,
              fragment_id: str | None = None) -> list[dict[str, Any]]:
    column, value = ("code_id", code_id) if code_id is not None else ("fragment_id", fragment_id)
    return store.all(f"SELECT * FROM memos WHERE {column} = ? ORDER BY created_at", [value])


def codes(store: Store) -> list[dict[str, Any]]:
    """Every code and category, parents before children, in codebook order."""
    return [node.row for node in walk(tree(store))]


def tree(store: Store) -> list[CodeNode]:
    """The codebook as a forest of ``CodeNode``s, with how often each code is used."""
    uses = {r["code_id"]: r["n"] for r in store.all(
        "SELECT code_id, count(*) AS n FROM codings GROUP BY code_id")}
    rows = store.all("SELECT * FROM codes ORDER BY position, name COLLATE NOCASE")
    nodes = {r["id"]: CodeNode(r, uses.get(r["id"], 0)) for r in rows}
    roots: list[CodeNode] = []
    for row in rows:
        parent = nodes.get(row["parent_id"]) if row["parent_id"] else None
        (parent.children if parent else roots).append(nodes[row["id"]])
    return roots


def walk(nodes: list[CodeNode], depth: int = 0) -> list[CodeNode]:
    """Depth-first list of nodes; ``node.row['depth']`` tells how deep each one is."""
    out = []
    for node in nodes:
        node.row["depth"] = depth
        out.append(node)
        out.extend(walk(node.children, depth + 1))
    return out


def path(store: Store, code_id: str) -> str:
    """``Category › Code`` for showing a code with its place in the codebook."""
    names = [get_code(store, cid)["name"] for cid in reversed(_ancestors(store, code_id))]
    return " › ".join(names)
