"""Sounding-board results for posters, read through the sessions area.

``workbench.sessions.results`` tallies the ballots (``latest_closed_results`` for one
factor, ``session_results`` for a whole session); this module only turns its answer into
the plain ``PosterResults`` the layout draws, with the whole session's priority order
for the chart. The layout never reads the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from workbench.store import Store


@dataclass(frozen=True)
class RankedFactor:
    """One factor in a session's priority order (for the priority chart)."""

    name: str
    score: float
    current: bool = False  # the factor this poster is about
    rank: int | None = None  # tied factors share a place


@dataclass(frozen=True)
class PosterResults:
    """What the latest closed sounding-board session said about one factor, as the poster
    shows it (not ``workbench.sessions.results.SessionResults``, the whole session's tally)."""

    session_name: str
    held_on: str
    participants: int
    below_quorum: bool
    quorum: int | None = None
    distribution: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # how many gave 1..5
    n: int = 0
    n_na: int = 0
    mean: float | None = None
    median: float | None = None
    dots: int | None = None
    borda: float | None = None
    rank: int | None = None
    tied: bool = False
    n_factors: int | None = None
    priority_basis: str = "dots"  # what the order rests on: 'borda', 'dots' or 'hands'
    ranking: tuple[RankedFactor, ...] = ()  # every factor of the session, first = top


def latest_results(store: Store, factor_id: str,
                   sessions: dict[str, Any] | None = None) -> PosterResults | None:
    """What the latest closed session said about ``factor_id`` (or a factor linked to it).

    ``sessions`` caches whole-session tallies between calls, so printing fifty factors of
    one session tallies it once for the charts.
    """
    from workbench.sessions.results import latest_closed_results, session_results

    answer = latest_closed_results(store, factor_id)
    if answer is None:
        return None
    cache = sessions if sessions is not None else {}
    if answer.session_id not in cache:
        cache[answer.session_id] = session_results(store, answer.session_id)
    return convert(answer, cache[answer.session_id])


def _score(factor: Any, basis: str) -> float:
    if basis == "borda":
        return float(factor.borda)
    if basis == "dots":
        return float(factor.dots)
    return float(factor.hands.get("priority", 0))


def convert(answer: Any, session: Any) -> PosterResults:
    """Poster results from a ``FactorResults`` and its session's ``SessionResults``."""
    recognition = answer.recognition
    basis = answer.priority_basis
    ranking = tuple(
        RankedFactor(name=f.name, score=_score(f, basis), current=f.factor_id == answer.factor_id,
                     rank=f.rank)
        for f in sorted(session.factors, key=lambda f: (f.rank, f.name.casefold()))
    )
    counts = [int(recognition.distribution.get(s, 0)) for s in range(1, 6)]
    return PosterResults(
        session_name=answer.session_name,
        held_on=answer.held_on,
        participants=answer.n_participants,
        below_quorum=answer.below_quorum,
        quorum=session.quorum,
        distribution=(counts[0], counts[1], counts[2], counts[3], counts[4]),
        n=recognition.n,
        n_na=recognition.n_na,
        mean=recognition.mean,
        median=recognition.median,
        dots=answer.dots,
        borda=answer.borda,
        rank=answer.rank,
        tied=answer.tied,
        n_factors=answer.n_factors,
        priority_basis=basis,
        ranking=ranking,
    )
