"""Results of sounding-board sessions, recomputed from the raw ballots every time.

Only confirmed ballots count. Priority is ordered by the Borda count when the session
used a ranking (alone or with dots), by dots otherwise, and by the facilitator's show of
hands when no ballots were cast. Ties share a place and are flagged, never broken.

``session_results`` serves the results screen and the exports; ``latest_closed_results``
serves the posters: what the latest closed session said about a factor (or about the same
factor in another practice, via ``link_id``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.errors import NotFound
from workbench.sessions import tally
from workbench.sessions.tally import Recognition
from workbench.store import Store


@dataclass(frozen=True)
class ElementResult:
    element_id: str
    text: str
    recognition: Recognition


@dataclass(frozen=True)
class Addition:
    id: str
    factor_id: str
    text: str
    accepted: bool


@dataclass(frozen=True)
class FactorResult:
    """What one session said about one factor."""

    factor_id: str
    name: str
    recognition: Recognition
    reasons: list[str]
    elements: list[ElementResult]
    dots: int
    borda: float
    approval: int
    hands: dict[str, int]  # show of hands: kind ('priority', 'recognition') -> count
    rank: int  # place in the priority order; tied factors share it
    tied: bool
    additions: list[Addition]


@dataclass(frozen=True)
class SessionResults:
    session_id: str
    name: str
    held_on: str
    state: str
    practice_id: str | None
    practice_name: str
    priority_method: str
    priority_basis: str  # 'borda', 'dots' or 'hands': what the rank is based on
    dot_budget: int
    quorum: int
    n_participants: int  # confirmed ballots, or the head count of a show of hands
    n_unconfirmed: int
    below_quorum: bool
    revealed: bool
    factors: list[FactorResult]
    priority: list[list[str]]  # factor ids grouped by place, best first; groups > 1 are ties
    rules: list[str]  # the tally rules in words, printed with the results
    cards: list[dict[str, str]] = field(default_factory=list)

    def factor(self, factor_id: str) -> FactorResult:
        for result in self.factors:
            if result.factor_id == factor_id:
                return result
        raise KeyError(factor_id)


@dataclass(frozen=True)
class FactorResults:
    """One factor's results from the latest closed session, for a poster."""

    session_id: str
    session_name: str
    held_on: str
    closed_at: str
    practice_name: str
    factor_id: str  # the factor as presented in that session (may be a linked one)
    recognition: Recognition
    dots: int
    borda: float
    approval: int
    rank: int
    tied: bool
    n_factors: int
    n_participants: int
    below_quorum: bool
    priority_method: str
    priority_basis: str
    additions: list[str]
    reasons: list[str]


def session_results(store: Store, session_id: str, language: str | None = None) -> SessionResults:
    """Tally one session from its raw ballots (hidden or not: callers check ``revealed``)."""
    session = store.one(
        "SELECT s.*, p.name AS practice_name FROM sessions s "
        "LEFT JOIN practices p ON p.id = s.practice_id WHERE s.id = ?",
        [session_id],
    )
    if session is None:
        raise NotFound("sessions.error.no_session", name=session_id)
    factors = store.all(
        "SELECT f.id, f.name FROM session_factors sf JOIN factors f ON f.id = sf.factor_id "
        "WHERE sf.session_id = ? ORDER BY sf.position, f.name",
        [session_id],
    )
    ids = [f["id"] for f in factors]
    ballot_ids = [
        row["id"]
        for row in store.all(
            "SELECT id FROM ballots WHERE session_id = ? AND confirmed_at != '' "
            "ORDER BY confirmed_at",
            [session_id],
        )
    ]
    n_unconfirmed = store.scalar(
        "SELECT count(*) FROM ballots WHERE session_id = ? AND confirmed_at = ''", [session_id]
    )
    counted = "(SELECT id FROM ballots WHERE session_id = ? AND confirmed_at != '')"
    ratings = store.all(
        f"SELECT * FROM ratings WHERE ballot_id IN {counted} ORDER BY rowid", [session_id]
    )
    dot_rows = store.all(f"SELECT * FROM dot_votes WHERE ballot_id IN {counted}", [session_id])
    rank_rows = store.all(
        f"SELECT * FROM rankings WHERE ballot_id IN {counted} ORDER BY ballot_id, rank",
        [session_id],
    )
    per_ballot_dots: dict[str, dict[str, int]] = {}
    for row in dot_rows:
        per_ballot_dots.setdefault(row["ballot_id"], {})[row["factor_id"]] = row["dots"]
    per_ballot_ranking: dict[str, list[str]] = {}
    for row in rank_rows:
        per_ballot_ranking.setdefault(row["ballot_id"], []).append(row["factor_id"])
    dot_totals = tally.dots(list(per_ballot_dots.values()), ids)
    borda = tally.borda(list(per_ballot_ranking.values()), ids)
    named: dict[str, set[str]] = {b: set() for b in ballot_ids}
    for ballot_id, given in per_ballot_dots.items():
        named[ballot_id] |= {f for f, n in given.items() if n > 0}
    for ballot_id, ranking in per_ballot_ranking.items():
        named[ballot_id] |= set(ranking)
    approval = tally.approval(list(named.values()), ids)
    hands: dict[str, dict[str, int]] = {f: {} for f in ids}
    for row in store.all("SELECT * FROM hand_counts WHERE session_id = ?", [session_id]):
        hands.setdefault(row["factor_id"], {})[row["kind"]] = row["count"]

    method = session["priority_method"]
    if ballot_ids:
        basis = "borda" if method in ("ranking", "both") else "dots"
    elif any("priority" in h for h in hands.values()):
        basis = "hands"
    else:
        basis = "borda" if method in ("ranking", "both") else "dots"
    scores: dict[str, float] = {
        "borda": borda,
        "dots": {f: float(n) for f, n in dot_totals.items()},
        "hands": {f: float(hands[f].get("priority", 0)) for f in ids},
    }[basis]
    groups = tally.ranked({f: scores[f] for f in ids})
    places = tally.positions({f: scores[f] for f in ids})
    tied = {f for group in groups if len(group) > 1 for f in group}

    all_additions = store.all(
        """
        SELECT a.* FROM additions a LEFT JOIN ballots b ON b.id = a.ballot_id
        WHERE a.session_id = ? AND (b.id IS NULL OR b.confirmed_at != '')
        ORDER BY a.created_at, a.rowid
        """,
        [session_id],
    )
    results = []
    for factor in factors:
        fid = factor["id"]
        mine = [r for r in ratings if r["factor_id"] == fid]
        own = [r for r in mine if r["element_id"] is None]
        elements = []
        for element in store.all(
            "SELECT id, text FROM factor_elements WHERE factor_id = ? ORDER BY position",
            [fid],
        ):
            scores_e = [r["score"] for r in mine if r["element_id"] == element["id"]]
            if scores_e:
                elements.append(
                    ElementResult(element["id"], element["text"], tally.recognition(scores_e))
                )
        results.append(
            FactorResult(
                factor_id=fid,
                name=factor["name"],
                recognition=tally.recognition([r["score"] for r in own]),
                reasons=[r["reason"] for r in own if r["reason"]],
                elements=elements,
                dots=dot_totals[fid],
                borda=borda[fid],
                approval=approval[fid],
                hands=hands.get(fid, {}),
                rank=places[fid],
                tied=fid in tied,
                additions=[
                    Addition(a["id"], fid, a["text"], bool(a["accepted"]))
                    for a in all_additions
                    if a["factor_id"] == fid
                ],
            )
        )
    n_participants = max(len(ballot_ids), int(session.get("present") or 0))
    rules = []
    if basis == "borda" or method in ("ranking", "both"):
        rules.append(tally.borda_rule(len(ids), language=language))
    if method in ("dots", "both"):
        rules.append(tally.dots_rule(session["dot_budget"], language=language))
    if basis == "hands":
        from workbench.i18n import t

        rules.append(t("tally.hands_rule", language))
    return SessionResults(
        session_id=session_id,
        name=session["name"],
        held_on=session["held_on"],
        state=session["state"],
        practice_id=session["practice_id"],
        practice_name=session["practice_name"] or "",
        priority_method=method,
        priority_basis=basis,
        dot_budget=session["dot_budget"],
        quorum=session["quorum"],
        n_participants=n_participants,
        n_unconfirmed=int(n_unconfirmed or 0),
        below_quorum=n_participants < session["quorum"],
        revealed=bool(session["revealed"]),
        factors=results,
        priority=groups,
        rules=rules,
        cards=[
            {"kind": c["kind"], "text": c["text"]}
            for c in store.all(
                "SELECT kind, text FROM session_cards WHERE session_id = ? "
                "ORDER BY kind, created_at",
                [session_id],
            )
        ],
    )


def latest_closed_results(store: Store, factor_id: str) -> FactorResults | None:
    """What the latest closed session said about this factor, or about a factor linked to
    it (same ``link_id``, another practice). ``None`` when no closed session presented it.

    A session that presented this very factor wins over a later one that presented a
    linked factor: a practice's poster shows its own sounding board when there was one.
    """
    factor = store.one("SELECT id, link_id FROM factors WHERE id = ?", [factor_id])
    if factor is None:
        return None
    if factor["link_id"]:
        family = [
            r["id"]
            for r in store.all("SELECT id FROM factors WHERE link_id = ?", [factor["link_id"]])
        ]
    else:
        family = [factor_id]
    marks = ",".join("?" for _ in family)
    row = store.one(
        f"""
        SELECT s.id AS session_id, sf.factor_id FROM sessions s
        JOIN session_factors sf ON sf.session_id = s.id
        WHERE s.state = 'closed' AND sf.factor_id IN ({marks})
        ORDER BY (sf.factor_id = ?) DESC, s.closed_at DESC
        LIMIT 1
        """,
        [*family, factor_id],
    )
    if row is None:
        return None
    results = session_results(store, row["session_id"])
    mine = results.factor(row["factor_id"])
    closed_at = store.scalar("SELECT closed_at FROM sessions WHERE id = ?", [row["session_id"]])
    return FactorResults(
        session_id=results.session_id,
        session_name=results.name,
        held_on=results.held_on,
        closed_at=closed_at or "",
        practice_name=results.practice_name,
        factor_id=mine.factor_id,
        recognition=mine.recognition,
        dots=mine.dots,
        borda=mine.borda,
        approval=mine.approval,
        rank=mine.rank,
        tied=mine.tied,
        n_factors=len(results.factors),
        n_participants=results.n_participants,
        below_quorum=results.below_quorum,
        priority_method=results.priority_method,
        priority_basis=results.priority_basis,
        additions=[a.text for a in mine.additions],
        reasons=list(mine.reasons),
    )
