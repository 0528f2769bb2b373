"""The practical guide for professionals (*handreiking*): what goes into it.

The guide has one spread per common factor (its name, description, elements, two or three
quotes, what the sounding boards said in plain words, and tips for professionals), an
introduction the facilitator writes, and a closing page on how the knowledge was gathered.
Quotes come through the same privacy gate and role guard as the posters
(``workbench.posters.model.plan``). Tips belong to a linked group of factors: a tip entered on
the factor of one practice shows on the common factor's spread. The PDF is made by
``workbench.posters.printing.guide``; this module never loads reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from workbench.errors import InvalidInput, NotFound
from workbench.posters.model import PosterData, PosterPlan, PrintOptions, plan
from workbench.store import Store, new_id, now

MAX_TIP = 400
MAX_INTRO = 6000
GUIDE_QUOTES = 3


@dataclass(frozen=True)
class GuideFactor:
    poster: PosterData
    tips: tuple[str, ...]


@dataclass(frozen=True)
class Gathering:
    """How the knowledge was gathered: the numbers on the closing page."""

    stories: int
    storytellers: int
    roles: dict[str, int]  # role -> storytellers
    practices: tuple[str, ...]
    sessions: int  # closed sounding-board sessions
    participants: int  # people present at those sessions


@dataclass
class GuidePlan:
    workshop: str
    intro: str
    factors: list[GuideFactor]
    gathering: Gathering
    common: bool  # False when there are no common factors and every factor is used
    posters: PosterPlan
    language: str = "nl"
    printed_on: date = field(default_factory=date.today)

    @property
    def blocked(self) -> bool:
        return self.posters.blocked


def _group(store: Store, factor_id: str) -> list[str]:
    key = store.scalar("SELECT coalesce(link_id, id) FROM factors WHERE id = ?", [factor_id])
    if key is None:
        raise NotFound("factors.error.no_factor", name=factor_id)
    return [r["id"] for r in store.all(
        "SELECT id FROM factors WHERE coalesce(link_id, id) = ? ORDER BY practice_id IS NOT "
        "NULL, position", [key])]


def find_factor(store: Store, ref: str) -> dict:
    """A factor by id, start of id (6+ characters) or name (any practice)."""
    ref = ref.strip()
    row = store.one(
        "SELECT * FROM factors WHERE id = ? OR (length(?) >= 6 AND id LIKE ? || '%') "
        "OR name = ? COLLATE NOCASE ORDER BY practice_id IS NOT NULL, position LIMIT 1",
        [ref, ref, ref, ref])
    if row is None:
        raise NotFound("factors.error.no_factor", name=ref)
    return row


def tips(store: Store, factor_id: str) -> list[dict]:
    """The tips of ``factor_id`` and the factors linked to it, in order."""
    members = _group(store, factor_id)
    marks = ",".join("?" * len(members))
    return store.all(f"SELECT * FROM guide_tips WHERE factor_id IN ({marks}) "
                     "ORDER BY position, created_at", members)


def _clean_tip(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        raise InvalidInput("guide.error.empty_tip")
    if len(text) > MAX_TIP:
        raise InvalidInput("guide.error.long_tip", n=MAX_TIP)
    return text


def add_tip(store: Store, factor_id: str, text: str) -> str:
    """Add a tip at the end of the factor's list."""
    text = _clean_tip(text)
    tip_id = new_id()
    with store.transaction() as db:
        existing = tips(store, factor_id)
        db.table("guide_tips").insert({
            "id": tip_id, "factor_id": factor_id,
            "position": max((t["position"] for t in existing), default=0) + 1,
            "text": text, "created_at": now()})
    return tip_id


def set_tips(store: Store, factor_id: str, texts: list[str]) -> int:
    """Replace the factor's tips (and those of linked factors) with ``texts``; blanks skipped."""
    cleaned = [_clean_tip(t) for t in texts if t.strip()]
    if [tip["text"] for tip in tips(store, factor_id)] == cleaned:
        return len(cleaned)  # saved while typing: only a real change writes (and travels)
    members = _group(store, factor_id)
    marks = ",".join("?" * len(members))
    with store.transaction() as db:
        db.execute(f"DELETE FROM guide_tips WHERE factor_id IN ({marks})", members)
        stamp = now()
        for position, text in enumerate(cleaned, start=1):
            db.table("guide_tips").insert({"id": new_id(), "factor_id": factor_id,
                                           "position": position, "text": text,
                                           "created_at": stamp})
    return len(cleaned)


def remove_tip(store: Store, factor_id: str, number: int) -> str:
    """Remove the ``number``-th tip (1 = first) of the factor; returns its text."""
    current = tips(store, factor_id)
    if not 1 <= number <= len(current):
        raise NotFound("guide.error.no_tip", n=number)
    tip = current[number - 1]
    with store.transaction() as db:
        db.execute("DELETE FROM guide_tips WHERE id = ?", [tip["id"]])
    return tip["text"]


def intro(store: Store) -> str:
    return store.scalar("SELECT text FROM guide_texts WHERE key = 'intro'") or ""


def set_intro(store: Store, text: str) -> None:
    text = text.strip()
    if len(text) > MAX_INTRO:
        raise InvalidInput("guide.error.long_intro", n=MAX_INTRO)
    if text == intro(store):
        return  # saved while typing: only a real change writes (and travels)
    with store.transaction() as db:
        db.table("guide_texts").upsert({"key": "intro", "text": text, "updated_at": now()},
                                 pk="key")


def gathering(store: Store) -> Gathering:
    roles = {r["role"] or "unknown": r["n"] for r in store.all(
        "SELECT role, count(*) AS n FROM storytellers WHERE id NOT IN "
        "(SELECT storyteller_id FROM withdrawals) GROUP BY role")}
    closed = store.all("SELECT id FROM sessions WHERE state = 'closed'")
    participants = 0
    if closed:
        marks = ",".join("?" * len(closed))
        participants = store.scalar(
            f"SELECT count(*) FROM participants WHERE session_id IN ({marks})",
            [r["id"] for r in closed]) or 0
    return Gathering(
        stories=store.scalar("SELECT count(*) FROM stories") or 0,
        storytellers=sum(roles.values()),
        roles=roles,
        practices=tuple(r["name"] for r in store.all("SELECT name FROM practices ORDER BY name")),
        sessions=len(closed),
        participants=participants,
    )


def guide_plan(store: Store, *, language: str = "nl", skip_unconsented: bool = False,
               allow_rare_roles: bool = False, keep_placeholders: bool = False,
               today: date | None = None) -> GuidePlan:
    """Gather the guide: the common factors (or every factor when none is common)."""
    options = PrintOptions(common=True, language=language, skip_unconsented=skip_unconsented,
                           allow_rare_roles=allow_rare_roles,
                           keep_placeholders=keep_placeholders)
    posters = plan(store, options, today=today)
    common = bool(posters.posters)
    if not common:
        options = PrintOptions(language=language, skip_unconsented=skip_unconsented,
                               allow_rare_roles=allow_rare_roles,
                               keep_placeholders=keep_placeholders)
        posters = plan(store, options, today=today)
    factors = [GuideFactor(p, tuple(t["text"] for t in tips(store, p.factor_id)))
               for p in posters.posters]
    return GuidePlan(workshop=posters.workshop, intro=intro(store), factors=factors,
                     gathering=gathering(store), common=common, posters=posters,
                     language=language, printed_on=today or date.today())


def factor_choices(store: Store) -> list[tuple[str, str]]:
    """One (label, factor id) per linked group, the workshop-wide factor first."""
    rows = store.all(
        "SELECT f.id, f.name, coalesce(f.link_id, f.id) AS k, coalesce(p.name, '') AS pr "
        "FROM factors f LEFT JOIN practices p ON p.id = f.practice_id "
        "ORDER BY f.practice_id IS NOT NULL, f.position, f.name")
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["k"], []).append(row)
    choices = []
    for members in groups.values():
        first = members[0]
        where = ", ".join(sorted({m["pr"] for m in members if m["pr"]}))
        label = f"{first['name']} ({where})" if where else first["name"]
        choices.append((label, first["id"]))
    return sorted(choices, key=lambda c: c[0].casefold())
