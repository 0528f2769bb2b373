"""Memos on everything a researcher thinks about: the project, stories, codes, fragments and
factors, several lines each, and one list of them all to search, filter and open.

Memos on codes and fragments are kept in the ``memos`` table (as before, so coding exports
carry them); memos on the project, a story or a factor in ``object_memos``. ``memo_list``
joins the two, each memo labelled with what it is about.
"""

from __future__ import annotations

from typing import Any

from workbench.errors import InvalidInput, NotFound
from workbench.store import Store, new_id, now

KINDS = ("project", "story", "code", "fragment", "factor")
OBJECT_KINDS = ("project", "story", "factor")


def _check_target(store: Store, kind: str, target_id: str) -> None:
    table = {"story": "stories", "factor": "factors", "code": "codes",
             "fragment": "fragments"}.get(kind)
    if kind not in KINDS:
        raise InvalidInput("analysis.error.memo_kind", kind=kind, kinds=", ".join(KINDS))
    if table and not store.one(f"SELECT 1 FROM {table} WHERE id = ?", [target_id]):
        raise NotFound("analysis.error.memo_target", kind=kind, name=target_id)


def _clean(text: str) -> str:
    # Several lines are kept as typed; only the outer blank lines and spaces go.
    text = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if not text:
        raise InvalidInput("coding.error.empty_memo")
    return text


def add_memo(store: Store, kind: str, target_id: str, text: str, author: str = "") -> str:
    """A memo on the project (``target_id`` ''), a story, a code, a fragment or a factor."""
    target_id = "" if kind == "project" else target_id
    _check_target(store, kind, target_id)
    text = _clean(text)
    if kind in ("code", "fragment"):
        from workbench.coding.codebook import add_memo as add_coding_memo

        return add_coding_memo(store, text, author=author, **{f"{kind}_id": target_id})
    memo_id = new_id()
    stamp = now()
    store.table("object_memos").insert({
        "id": memo_id, "kind": kind, "target_id": target_id, "text": text, "author": author,
        "created_at": stamp, "updated_at": stamp})
    return memo_id


def memos_on(store: Store, kind: str, target_id: str = "") -> list[dict[str, Any]]:
    """The memos on one object, oldest first."""
    if kind in ("code", "fragment"):
        return store.all(f"SELECT * FROM memos WHERE {kind}_id = ? ORDER BY created_at",
                         [target_id])
    return store.all("SELECT * FROM object_memos WHERE kind = ? AND target_id = ? "
                     "ORDER BY created_at", [kind, "" if kind == "project" else target_id])


def get_memo(store: Store, memo_id: str) -> dict[str, Any]:
    for row in memo_list(store):
        if row["id"] == memo_id:
            return row
    raise NotFound("analysis.error.no_memo", name=memo_id)


def update_memo(store: Store, memo_id: str, text: str) -> None:
    """Replace a memo's text (any kind)."""
    text = _clean(text)
    for table in ("memos", "object_memos"):
        if store.db.execute(f"UPDATE {table} SET text = ?, updated_at = ? WHERE id = ?",
                            [text, now(), memo_id]).rowcount:
            return
    raise NotFound("analysis.error.no_memo", name=memo_id)


def delete_memo(store: Store, memo_id: str) -> None:
    for table in ("memos", "object_memos"):
        if store.db.execute(f"DELETE FROM {table} WHERE id = ?", [memo_id]).rowcount:
            return
    raise NotFound("analysis.error.no_memo", name=memo_id)


def set_memo(store: Store, kind: str, target_id: str, text: str, author: str = "") -> str:
    """Write the object's memo: the newest one is replaced, or a first one added."""
    existing = memos_on(store, kind, target_id)
    if existing:
        update_memo(store, existing[-1]["id"], text)
        return existing[-1]["id"]
    return add_memo(store, kind, target_id, text, author)


def memo_list(store: Store, search: str = "", kind: str | None = None) -> list[dict[str, Any]]:
    """Every memo, newest first, each with ``kind``, ``target_id``, ``about`` (what it is
    on, readable), ``story_id`` and ``start`` (where to open it, for stories and fragments).
    ``search`` keeps memos whose text or subject contains it (ignoring case)."""
    rows = store.all(
        """
        SELECT * FROM (
        SELECT m.id, CASE WHEN m.code_id IS NOT NULL THEN 'code' ELSE 'fragment' END AS kind,
               coalesce(m.code_id, m.fragment_id) AS target_id, m.text, m.author,
               m.updated_at, coalesce(k.name, '') AS code_name, f.story_id, f.start,
               f.text AS fragment_text, coalesce(t.pseudonym, '') AS pseudonym
        FROM memos m LEFT JOIN codes k ON k.id = m.code_id
        LEFT JOIN fragments f ON f.id = m.fragment_id
        LEFT JOIN stories s ON s.id = f.story_id
        LEFT JOIN storytellers t ON t.id = s.storyteller_id
        UNION ALL
        SELECT o.id, o.kind, o.target_id, o.text, o.author, o.updated_at,
               coalesce(x.name, '') AS code_name,
               CASE WHEN o.kind = 'story' THEN o.target_id END AS story_id, 0 AS start,
               coalesce(s.title, '') AS fragment_text, coalesce(t.pseudonym, '') AS pseudonym
        FROM object_memos o LEFT JOIN stories s ON o.kind = 'story' AND s.id = o.target_id
        LEFT JOIN storytellers t ON t.id = s.storyteller_id
        LEFT JOIN factors x ON o.kind = 'factor' AND x.id = o.target_id
        ) ORDER BY updated_at DESC, id
        """)
    wanted = search.casefold().strip()
    out = []
    for row in rows:
        row["about"] = _about(row)
        if kind and row["kind"] != kind:
            continue
        if wanted and wanted not in (row["text"] + " " + row["about"]).casefold():
            continue
        out.append(row)
    return out


def _about(row: dict[str, Any]) -> str:
    from workbench.i18n import t

    snippet = " ".join((row["fragment_text"] or "").split())
    snippet = snippet if len(snippet) <= 40 else snippet[:39] + "…"
    if row["kind"] == "project":
        return t("analysis.memo_about.project")
    if row["kind"] == "story":
        return t("analysis.memo_about.story", name=row["pseudonym"])
    if row["kind"] == "code":
        return t("analysis.memo_about.code", name=row["code_name"])
    if row["kind"] == "factor":
        return t("analysis.memo_about.factor", name=row["code_name"])
    return t("analysis.memo_about.fragment", name=row["pseudonym"], text=snippet)
