"""The factor wall: cards in columns, moving them, undoing moves, and the suggestions.

A wall shows one practice (or, with ``practice_id`` None, the workshop-wide factors over
all stories). Its columns are "unsorted" plus the factors; its cards are fragments, or
codes with their fragments (``mode="codes"``). A fragment can sit in a factor directly or
through a code placed on that factor. Every move is logged in batches, so the last moves
can be undone (``undo``); accepting a cluster proposal is one batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.factors import model as factors
from workbench.factors.textfeatures import ProgressFn
from workbench.i18n import t
from workbench.store import Store, new_id, now

MODES = ("fragments", "codes")


@dataclass
class Card:
    """One card on the wall: a fragment, or a code with its fragments."""

    kind: str  # "fragment" or "code"
    id: str
    text: str  # the fragment's text, or the code's name
    detail: str = ""  # "Yasmina · moeder", or the code's description
    role: str = ""
    via_code: str = ""  # the code's name when a fragment sits here through its code
    texts: list[str] = field(default_factory=list)  # what suggestions compare

    @property
    def movable(self) -> bool:
        return not self.via_code


@dataclass
class Column:
    factor: dict[str, Any] | None  # None: the unsorted column
    cards: list[Card] = field(default_factory=list)
    loose: int = 0  # in the code view: fragments placed here on their own (not shown)

    @property
    def factor_id(self) -> str | None:
        return self.factor["id"] if self.factor else None


@dataclass
class Wall:
    practice_id: str | None
    mode: str
    columns: list[Column]

    @property
    def unsorted(self) -> Column:
        return self.columns[0]

    def column_of(self, factor_id: str | None) -> Column:
        for column in self.columns:
            if column.factor_id == factor_id:
                return column
        raise NotFound("factors.error.no_factor", name=factor_id or "-")


def _scope_sql(practice_id: str | None) -> tuple[str, list[Any]]:
    if practice_id is None:
        return "1 = 1", []
    return "s.practice_id = ?", [practice_id]


def _fragments(store: Store, practice_id: str | None) -> list[dict[str, Any]]:
    where, params = _scope_sql(practice_id)
    return store.all(
        f"""SELECT fr.id, fr.text, st.pseudonym, st.role, st.role_label
            FROM fragments fr JOIN stories s ON s.id = fr.story_id
            JOIN storytellers st ON st.id = s.storyteller_id
            WHERE {where} ORDER BY s.recorded_on, s.created_at, fr.start""",
        params,
    )


def _fragment_card(row: dict[str, Any], via: str = "") -> Card:
    # the storyteller's own word for the role if one was given, else the role in the
    # UI language ("ouder", not the key "parent")
    label = row["role_label"] or t(f"role.{row['role'] or 'unknown'}")
    return Card("fragment", row["id"], row["text"], f"{row['pseudonym']} · {label}",
                row["role"], via, [row["text"]])


def build(store: Store, practice_id: str | None, mode: str = "fragments") -> Wall:
    """The wall of a practice as columns of cards, unsorted first."""
    if mode not in MODES:
        raise InvalidInput("factors.error.bad_mode", mode=mode)
    scope = factors.factors_of(store, practice_id)
    columns = [Column(None)] + [Column(f) for f in scope]
    by_factor = {c.factor_id: c for c in columns}
    rows = _fragments(store, practice_id)
    fragment_by_id = {r["id"]: r for r in rows}
    placed_codes = store.all(
        """SELECT fc.factor_id, fc.code_id, c.name, c.description FROM factor_codes fc
           JOIN codes c ON c.id = fc.code_id JOIN factors f ON f.id = fc.factor_id
           WHERE f.practice_id IS ? ORDER BY c.position, c.name""",
        [practice_id],
    )
    code_fragments = _code_fragments(store, fragment_by_id)
    if mode == "fragments":
        sorted_ids: set[str] = set()
        direct = store.all(
            """SELECT ff.factor_id, ff.fragment_id FROM factor_fragments ff
               JOIN factors f ON f.id = ff.factor_id WHERE f.practice_id IS ?
               ORDER BY ff.placed_at""",
            [practice_id],
        )
        shown: set[tuple[str, str]] = set()
        for row in direct:
            if row["fragment_id"] in fragment_by_id:
                by_factor[row["factor_id"]].cards.append(
                    _fragment_card(fragment_by_id[row["fragment_id"]]))
                shown.add((row["factor_id"], row["fragment_id"]))
                sorted_ids.add(row["fragment_id"])
        for placed in placed_codes:
            for fid in code_fragments.get(placed["code_id"], []):
                if (placed["factor_id"], fid) not in shown:
                    shown.add((placed["factor_id"], fid))
                    by_factor[placed["factor_id"]].cards.append(
                        _fragment_card(fragment_by_id[fid], via=placed["name"]))
                sorted_ids.add(fid)
        columns[0].cards = [_fragment_card(r) for r in rows if r["id"] not in sorted_ids]
        return Wall(practice_id, mode, columns)
    for row in store.all(
        """SELECT ff.factor_id, ff.fragment_id FROM factor_fragments ff
           JOIN factors f ON f.id = ff.factor_id WHERE f.practice_id IS ?""",
        [practice_id],
    ):
        if row["fragment_id"] in fragment_by_id:
            by_factor[row["factor_id"]].loose += 1
    codes = store.all("SELECT * FROM codes WHERE is_category = 0 ORDER BY position, name")
    placed_ids: set[str] = set()
    for placed in placed_codes:
        texts = [fragment_by_id[f]["text"] for f in code_fragments.get(placed["code_id"], [])]
        by_factor[placed["factor_id"]].cards.append(
            Card("code", placed["code_id"], placed["name"], placed["description"], texts=texts))
        placed_ids.add(placed["code_id"])
    for code in codes:
        texts = [fragment_by_id[f]["text"] for f in code_fragments.get(code["id"], [])]
        if code["id"] not in placed_ids and texts:
            columns[0].cards.append(
                Card("code", code["id"], code["name"], code["description"], texts=texts))
    return Wall(practice_id, mode, columns)


def _code_fragments(store: Store, in_scope: dict[str, Any]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for row in store.all("SELECT DISTINCT code_id, fragment_id FROM codings"):
        if row["fragment_id"] in in_scope:
            out.setdefault(row["code_id"], []).append(row["fragment_id"])
    return out


# -- moving cards -----------------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    kind: str  # "fragment" or "code"
    item_id: str
    from_factor: str | None
    to_factor: str | None


def _check_factor(store: Store, factor_id: str | None, practice_id: str | None) -> None:
    if factor_id is None:
        return
    factor = factors.get_factor(store, factor_id)
    if factor["practice_id"] != practice_id:
        raise InvalidInput("factors.error.other_practice")


def _apply(store: Store, move: Move) -> None:
    table, column = (("factor_fragments", "fragment_id") if move.kind == "fragment"
                     else ("factor_codes", "code_id"))
    if move.from_factor is not None:
        gone = store.db.execute(
            f"DELETE FROM {table} WHERE factor_id = ? AND {column} = ?",
            [move.from_factor, move.item_id],
        ).rowcount
        if not gone and move.kind == "fragment":
            # The card is in this column only through a code placed on the factor.
            raise Conflict("factors.error.via_code")
    if move.to_factor is not None:
        store.db.execute(
            f"INSERT OR IGNORE INTO {table} (factor_id, {column}, placed_at) VALUES (?, ?, ?)",
            [move.to_factor, move.item_id, now()],
        )


def move_cards(store: Store, practice_id: str | None, moves: Sequence[Move]) -> str:
    """Apply moves as one batch (one transaction, one undo step). Returns the batch id."""
    batch = new_id()
    with store.transaction():
        for move in moves:
            if move.kind not in ("fragment", "code"):
                raise InvalidInput("factors.error.bad_mode", mode=move.kind)
            if move.from_factor == move.to_factor:
                continue
            _check_factor(store, move.from_factor, practice_id)
            _check_factor(store, move.to_factor, practice_id)
            _apply(store, move)
            store.table("wall_moves").insert({
                "batch": batch, "practice_id": practice_id,
                "fragment_id": move.item_id if move.kind == "fragment" else None,
                "code_id": move.item_id if move.kind == "code" else None,
                "from_factor_id": move.from_factor, "to_factor_id": move.to_factor,
                "moved_at": now(), "undone": 0,
            })
    return batch


def move_card(store: Store, practice_id: str | None, kind: str, item_id: str,
              from_factor: str | None, to_factor: str | None) -> str:
    """Move one card from one column to another (None = unsorted)."""
    return move_cards(store, practice_id, [Move(kind, item_id, from_factor, to_factor)])


def undo(store: Store, practice_id: str | None) -> int:
    """Take back the newest batch of moves on this wall. Returns how many moves (0: none)."""
    row = store.one(
        """SELECT batch FROM wall_moves WHERE practice_id IS ? AND undone = 0
           ORDER BY seq DESC LIMIT 1""",
        [practice_id],
    )
    if row is None:
        return 0
    moves = store.all("SELECT * FROM wall_moves WHERE batch = ? ORDER BY seq DESC",
                      [row["batch"]])
    with store.transaction():
        for m in moves:
            kind = "fragment" if m["fragment_id"] else "code"
            item = m["fragment_id"] or m["code_id"]
            back = Move(kind, item, m["to_factor_id"], m["from_factor_id"])
            try:
                _apply(store, back)
            except Conflict:
                pass  # the card has since left that column another way: nothing to take back
        store.db.execute("UPDATE wall_moves SET undone = 1 WHERE batch = ?", [row["batch"]])
    return len(moves)


def can_undo(store: Store, practice_id: str | None) -> bool:
    return bool(store.scalar(
        "SELECT 1 FROM wall_moves WHERE practice_id IS ? AND undone = 0 LIMIT 1", [practice_id]))


# -- suggestions ---------------------------------------------------------------------------


def scope_language(store: Store, practice_id: str | None) -> str:
    """The language most stories of the practice are in (for spaCy); Dutch by default."""
    where, params = _scope_sql(practice_id)
    language = store.scalar(
        f"SELECT language FROM stories s WHERE {where} GROUP BY language "
        "ORDER BY count(*) DESC LIMIT 1",
        params,
    )
    return language if language in ("nl", "en") else "nl"


def suggestions(
    store: Store, practice_id: str | None, mode: str = "fragments", *,
    top: int = 3, progress: ProgressFn | None = None, elsewhere: bool = False,
) -> dict[str, list[tuple[str, float]]]:
    """For each unsorted card, the factors (ids) it most resembles, with scores.

    ``elsewhere``: the text work runs in a helper process (``offload``), so the caller's
    interpreter stays free; the result is the same.
    """
    wall = build(store, practice_id, mode)
    examples = {c.factor_id: [text for card in c.cards for text in card.texts]
                for c in wall.columns[1:]}
    cards = wall.unsorted.cards
    ranked = _compute(
        "suggest", elsewhere,
        {k: v for k, v in examples.items() if k}, [" ".join(c.texts) for c in cards],
        language=scope_language(store, practice_id), top=top, progress=progress,
    )
    return {card.id: [(str(f), s) for f, s in row] for card, row in zip(cards, ranked, strict=True)}


def _compute(name: str, elsewhere: bool, *args: Any, **kwargs: Any) -> Any:
    if elsewhere:
        from workbench.factors import offload

        return offload.run(name, *args, **kwargs)
    from workbench.factors import suggest as clustering

    return getattr(clustering, name)(*args, **kwargs)


@dataclass
class Proposal:
    """A first grouping of the unsorted cards: per group its key terms and its cards."""

    groups: list[tuple[list[str], list[Card]]]


def propose(
    store: Store, practice_id: str | None, mode: str = "fragments", *,
    k: int | None = None, progress: ProgressFn | None = None, elsewhere: bool = False,
) -> Proposal:
    """Cluster the unsorted cards into ``k`` groups (chosen automatically when None);
    ``elsewhere`` as for ``suggestions``."""
    cards = build(store, practice_id, mode).unsorted.cards
    result = _compute("cluster", elsewhere, [" ".join(c.texts) for c in cards], k=k,
                      language=scope_language(store, practice_id), progress=progress)
    groups = [(result.key_terms[g], [cards[i] for i in members])
              for g, members in enumerate(result.groups())]
    return Proposal(groups)


def group_name(store: Store, practice_id: str | None, terms: Sequence[str]) -> str:
    """A free working name for a proposed group: its first key terms."""
    base = ", ".join(terms[:3]) or "groep"
    name, n = base, 1
    while store.scalar("SELECT 1 FROM factors WHERE practice_id IS ? AND name = ? "
                       "COLLATE NOCASE", [practice_id, name]):
        n += 1
        name = f"{base} ({n})"
    return name


def accept_proposal(
    store: Store, practice_id: str | None, groups: Sequence[tuple[str, Sequence[Card]]]
) -> list[str]:
    """Make a factor for each (name, cards) group and move its cards there (one batch)."""
    made: list[str] = []
    with store.transaction():
        moves: list[Move] = []
        for name, cards in groups:
            factor_id = factors.create_factor(store, name, practice_id=practice_id)
            made.append(factor_id)
            moves += [Move(c.kind, c.id, None, factor_id) for c in cards]
        move_cards(store, practice_id, moves)
    return made


def element_suggestions(store: Store, factor_id: str, *, top: int = 5) -> list[str]:
    """Suggested characteristic elements for a factor, leaving out those it already has."""
    from workbench.factors import suggest as clustering

    factor = factors.get_factor(store, factor_id)
    inside = set(factors.fragment_ids(store, factor_id))
    rows = _fragments(store, factor["practice_id"])
    texts = [r["text"] for r in rows if r["id"] in inside]
    background = [r["text"] for r in rows if r["id"] not in inside]
    have = {e["text"].casefold() for e in factors.elements(store, factor_id)}
    found = clustering.suggest_elements(
        texts, scope_language(store, factor["practice_id"]), top=top + len(have),
        background=background,
    )
    return [p for p in found if p.casefold() not in have][:top]
