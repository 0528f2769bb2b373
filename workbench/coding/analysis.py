"""Retrieval and co-occurrence: the fragments behind a code, and which codes go together.

``retrieve`` gathers every fragment of a code (a category brings its sub-codes) across
stories, each with its storyteller, role, practice, story title, a line of context before
and after, its codes and its memos; ``Filters`` narrows by practice, role, coder and a case
attribute. ``cooccurrence`` counts, for each pair of codes, how often they go together:

- ``fragment``: fragments that carry both codes;
- ``overlap``: pairs of fragments that overlap in the same story (a fragment overlaps
  itself), one carrying each code; a pair counts once however many coders coded it;
- ``story``: stories in which both codes were given.

The diagonal holds how many fragments (stories, in ``story`` mode) carry the code at all.
``retrieve`` with ``with_code`` drills down from a cell to the fragments behind it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.errors import InvalidInput
from workbench.store import Store

MODES = ("fragment", "overlap", "story")


def summary(fragments: int, stories: int) -> str:
    """“4 fragmenten uit 3 verhalen.” with singular forms where they apply."""
    from workbench.i18n import t, tn

    return t("analysis.report.summary", fragments=tn("analysis.n_fragments", fragments),
             stories=tn("analysis.n_stories", stories))
CONTEXT = 120  # characters of context shown before and after a fragment


@dataclass
class Filters:
    """Which storytellers' fragments to keep; empty fields keep everything."""

    practice_id: str | None = None
    role: str | None = None
    coder: str | None = None
    attribute_id: str | None = None
    attribute_value: str | None = None

    def active(self) -> bool:
        return any((self.practice_id, self.role, self.coder, self.attribute_id))


@dataclass
class Query:
    """What to retrieve: a code (with its sub-codes), optionally only the fragments where
    it goes together with ``with_code`` (a drill-down from the co-occurrence table)."""

    code_id: str
    subcodes: bool = True
    filters: Filters = field(default_factory=Filters)
    with_code: str | None = None
    mode: str = "fragment"


def code_family(store: Store, code_id: str, subcodes: bool = True) -> list[str]:
    """The code and (with ``subcodes``) every code below it."""
    family = [code_id]
    if subcodes:
        children: dict[str, list[str]] = {}
        for row in store.all("SELECT id, parent_id FROM codes WHERE parent_id IS NOT NULL"):
            children.setdefault(row["parent_id"], []).append(row["id"])
        index = 0
        while index < len(family):
            for child in children.get(family[index], []):
                if child not in family:
                    family.append(child)
            index += 1
    return family


def _filter_sql(filters: Filters, coder: bool = True) -> tuple[str, list[Any]]:
    clauses, params = [], []
    if filters.practice_id:
        clauses.append("s.practice_id = ?")
        params.append(filters.practice_id)
    if filters.role == "unknown":  # the group of storytellers whose role is unassigned
        clauses.append("t.role IS NULL")
    elif filters.role:
        clauses.append("t.role = ?")
        params.append(filters.role)
    if filters.coder and coder:
        clauses.append("c.coder = ?")
        params.append(filters.coder)
    if filters.attribute_id:
        if filters.attribute_value is None:
            clauses.append("EXISTS (SELECT 1 FROM attribute_values v WHERE "
                           "v.storyteller_id = t.id AND v.attribute_id = ?)")
            params.append(filters.attribute_id)
        else:
            clauses.append("EXISTS (SELECT 1 FROM attribute_values v WHERE "
                           "v.storyteller_id = t.id AND v.attribute_id = ? AND v.value = ?)")
            params += [filters.attribute_id, filters.attribute_value]
    return ("".join(f" AND {c}" for c in clauses), params)


def coded_fragments(store: Store, filters: Filters | None = None,
                    code_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """(fragment, code) pairs within the filters: fragment id, story id, offsets, code id.
    One row per pair, however many coders gave it."""
    where, params = _filter_sql(filters or Filters())
    if code_ids is not None:
        if not code_ids:
            return []
        where += f" AND c.code_id IN ({','.join('?' * len(code_ids))})"
        params += code_ids
    return store.all(
        "SELECT DISTINCT f.id AS fragment_id, f.story_id, f.start, f.end, c.code_id "
        "FROM codings c JOIN fragments f ON f.id = c.fragment_id "
        "JOIN stories s ON s.id = f.story_id JOIN storytellers t ON t.id = s.storyteller_id "
        f"WHERE 1 = 1{where}", params)


def _cooccurring(store: Store, family: list[str], other: list[str], mode: str,
                 filters: Filters) -> set[str]:
    """Fragments carrying a code of ``family`` or of ``other`` that go together with the
    other side in ``mode``."""
    if mode not in MODES:
        raise InvalidInput("analysis.error.bad_mode", mode=mode, modes=", ".join(MODES))
    rows = coded_fragments(store, filters, list(dict.fromkeys(family + other)))
    mine = {r["fragment_id"] for r in rows if r["code_id"] in family}
    theirs = {r["fragment_id"] for r in rows if r["code_id"] in other}
    if mode == "fragment":
        return mine & theirs
    by_id = {r["fragment_id"]: r for r in rows}
    if mode == "story":
        stories_mine = {by_id[f]["story_id"] for f in mine}
        stories_theirs = {by_id[f]["story_id"] for f in theirs}
        both = stories_mine & stories_theirs
        return {f for f in mine | theirs if by_id[f]["story_id"] in both}
    keep: set[str] = set()
    by_story: dict[str, list[dict[str, Any]]] = {}
    for fragment_id in theirs:
        by_story.setdefault(by_id[fragment_id]["story_id"], []).append(by_id[fragment_id])
    for fragment_id in mine:
        a = by_id[fragment_id]
        for b in by_story.get(a["story_id"], []):
            if a["start"] < b["end"] and b["start"] < a["end"]:
                keep.update((fragment_id, b["fragment_id"]))
    return keep


def retrieve(store: Store, query: Query) -> list[dict[str, Any]]:
    """The fragments of a query in reading order (practice, storyteller, story, offset).

    Each row: ``id``, ``story_id``, ``start``, ``end``, ``text``, ``title``, ``pseudonym``,
    ``storyteller_id``, ``role``, ``role_label``, ``practice``, ``before`` and ``after`` (a
    line of context), ``codes`` (names, in codebook order, without duplicates) and
    ``memos`` (memo texts)."""
    family = code_family(store, query.code_id, query.subcodes)
    where, params = _filter_sql(query.filters, coder=False)
    ids_sql = (f"SELECT c.fragment_id FROM codings c WHERE c.code_id IN "
               f"({','.join('?' * len(family))})")
    id_params: list[Any] = list(family)
    only: set[str] | None = None
    if query.with_code:
        other = code_family(store, query.with_code, query.subcodes)
        only = _cooccurring(store, family, other, query.mode, query.filters)
        family = list(dict.fromkeys(family + other))
        ids_sql = (f"SELECT c.fragment_id FROM codings c WHERE c.code_id IN "
                   f"({','.join('?' * len(family))})")
        id_params = list(family)
    if query.filters.coder:
        ids_sql += " AND c.coder = ?"
        id_params.append(query.filters.coder)
    rows = store.all(
        f"""
        SELECT f.id, f.story_id, f.start, f.end, f.text, s.title, t.pseudonym,
               t.id AS storyteller_id, t.role, t.role_label, p.name AS practice,
               substr(s.text, max(1, f.start - {CONTEXT} + 1), min(f.start, {CONTEXT}))
                   AS before,
               substr(s.text, f.end + 1, {CONTEXT}) AS after
        FROM fragments f JOIN stories s ON s.id = f.story_id
        JOIN storytellers t ON t.id = s.storyteller_id
        LEFT JOIN practices p ON p.id = s.practice_id
        WHERE f.id IN ({ids_sql}){where}
        ORDER BY p.name, t.pseudonym, s.created_at, f.start, f.end
        """, id_params + params)
    if only is not None:
        rows = [r for r in rows if r["id"] in only]
    _attach(store, rows)
    return rows


def _attach(store: Store, rows: list[dict[str, Any]]) -> None:
    """Give each row its code names and memos, in two queries for the lot."""
    if not rows:
        return
    by_id = {r["id"]: r for r in rows}
    for row in rows:
        row["codes"], row["memos"] = [], []
        row["before"] = _line_end(row["before"] or "", before=True)
        row["after"] = _line_end(row["after"] or "", before=False)
    order = {code_id: i for i, code_id in enumerate(
        r["id"] for r in store.all("SELECT id FROM codes ORDER BY position, name"))}
    ids = list(by_id)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        pairs = store.all(
            f"SELECT DISTINCT c.fragment_id, k.id, k.name FROM codings c "
            f"JOIN codes k ON k.id = c.code_id WHERE c.fragment_id IN ({marks})", part)
        pairs.sort(key=lambda p: order.get(p["id"], 0))
        for pair in pairs:
            by_id[pair["fragment_id"]]["codes"].append(pair["name"])
        for memo in store.all(
                f"SELECT fragment_id, text FROM memos WHERE fragment_id IN ({marks}) "
                f"ORDER BY created_at", part):
            by_id[memo["fragment_id"]]["memos"].append(memo["text"])


def _line_end(text: str, *, before: bool) -> str:
    """The context cut at a paragraph break and at a word boundary, on one line."""
    if before:
        text = text.rsplit("\n", 1)[-1]
        if len(text) >= CONTEXT - 1 and " " in text:
            text = "…" + text.split(" ", 1)[1]
    else:
        text = text.split("\n", 1)[0]
        if len(text) >= CONTEXT - 1 and " " in text:
            text = text.rsplit(" ", 1)[0] + "…"
    return text


# -- co-occurrence -----------------------------------------------------------------------


@dataclass
class Cooccurrence:
    """A code-by-code table: ``counts[i][j]`` for ``codes[i]`` and ``codes[j]``."""

    mode: str
    codes: list[dict[str, Any]]  # id, name, color
    counts: list[list[int]]

    def count(self, a: str, b: str) -> int:
        index = {c["id"]: i for i, c in enumerate(self.codes)}
        return self.counts[index[a]][index[b]]


def cooccurrence(store: Store, mode: str = "fragment", filters: Filters | None = None,
                 used_only: bool = True) -> Cooccurrence:
    """How often each pair of codes goes together (see the module docstring for ``mode``)."""
    if mode not in MODES:
        raise InvalidInput("analysis.error.bad_mode", mode=mode, modes=", ".join(MODES))
    from workbench.coding.codebook import codes as all_codes

    rows = coded_fragments(store, filters)
    used = {r["code_id"] for r in rows}
    codes = [{"id": c["id"], "name": c["name"], "color": c["color"]}
             for c in all_codes(store) if not c["is_category"]
             and (c["id"] in used or not used_only)]
    index = {c["id"]: i for i, c in enumerate(codes)}
    counts = [[0] * len(codes) for _ in codes]
    fragment_codes: dict[str, set[str]] = {}
    info: dict[str, dict[str, Any]] = {}
    for row in rows:
        fragment_codes.setdefault(row["fragment_id"], set()).add(row["code_id"])
        info[row["fragment_id"]] = row
    if mode == "story":
        story_codes: dict[str, set[str]] = {}
        for fragment_id, found in fragment_codes.items():
            story_codes.setdefault(info[fragment_id]["story_id"], set()).update(found)
        groups = list(story_codes.values())
        for found in groups:
            for a in found:
                for b in found:
                    counts[index[a]][index[b]] += 1
    elif mode == "fragment":
        for found in fragment_codes.values():
            for a in found:
                for b in found:
                    counts[index[a]][index[b]] += 1
    else:
        for found in fragment_codes.values():
            for a in found:
                counts[index[a]][index[a]] += 1
        by_story: dict[str, list[str]] = {}
        for fragment_id in fragment_codes:
            by_story.setdefault(info[fragment_id]["story_id"], []).append(fragment_id)
        for members in by_story.values():
            members.sort(key=lambda f: (info[f]["start"], info[f]["end"]))
            for i, f in enumerate(members):
                partners = [f]
                for g in members[i + 1:]:
                    if info[g]["start"] >= info[f]["end"]:
                        break
                    partners.append(g)
                for g in partners:  # one fragment pair counts once per code pair
                    pairs = {(a, b) for a in fragment_codes[f] for b in fragment_codes[g]
                             if a != b}
                    pairs |= {(b, a) for a, b in pairs}
                    for a, b in pairs:
                        counts[index[a]][index[b]] += 1
    return Cooccurrence(mode, codes, counts)
