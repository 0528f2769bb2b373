"""Benchmark of sounding-board sessions: casting ballots, tallying, results for posters.

A workshop file with one factor set of 8 factors and ``n_stories // 100`` closed sessions
(at least 3) of 20 ballots each stands in for a long-running project. Figures: the time to
cast one whole ballot (check-in, 8 ratings, dots, ranking, confirm: one transaction), to
tally one session of 40 participants, to find the latest closed results of one factor (what
each poster asks), and the raw tally functions on 10,000 ballots.

Run alone: python bench/bench_sessions.py [n_stories]
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

N_FACTORS = 8
BALLOTS_PER_SESSION = 20


def _figure(name: str, value: float, unit: str, target: float) -> dict:
    return {"name": name, "value": round(value, 2), "unit": unit, "target": target,
            "ok": value <= target}


def _ballot(rng: random.Random, factors: list[str], budget: int):
    from workbench.sessions.ballots import Ballot, FactorAnswer

    order = rng.sample(factors, k=len(factors))
    return Ballot(
        answers={f: FactorAnswer(rng.choice([1, 2, 3, 4, 5, None]), "reden") for f in factors},
        dots={order[0]: budget},
        ranking=order[: rng.randint(1, len(factors))],
    )


def _session(store, practice_id: str, factors: list[str], name: str, n: int,
             rng: random.Random, close: bool = True) -> str:
    from workbench.sessions import ballots
    from workbench.sessions import model as sessions

    session_id = sessions.create_session(store, name, practice_id=practice_id,
                                         factor_ids=factors)
    sessions.open_session(store, session_id)
    budget = sessions.get_session(store, session_id)["dot_budget"]
    for i in range(n):
        ballots.cast(store, session_id, f"p{i}", _ballot(rng, factors, budget))
    if close:
        sessions.close_session(store, session_id)
    return session_id


def run(n_stories: int) -> list[dict]:
    from workbench import workshop
    from workbench.sessions import ballots, tally
    from workbench.sessions import model as sessions
    from workbench.store import Store, new_id, now

    rng = random.Random(6)
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.db")
        workshop.create_workshop(store, "Bench")
        practice_id = workshop.add_practice(store, "Praktijk")
        stamp = now()
        factors = []
        for i in range(N_FACTORS):
            factor_id = new_id()
            store.db["factors"].insert({
                "id": factor_id, "practice_id": practice_id, "name": f"Factor {i}",
                "type": "substantive", "description": "", "link_id": None, "position": i,
                "created_at": stamp, "updated_at": stamp})
            factors.append(factor_id)
        n_sessions = max(3, n_stories // 100)
        for s in range(n_sessions):
            _session(store, practice_id, factors, f"Sessie {s}", BALLOTS_PER_SESSION, rng)

        open_id = _session(store, practice_id, factors, "Nu", 0, rng, close=False)
        budget = sessions.get_session(store, open_id)["dot_budget"]
        times = []
        for i in range(40):
            ballot = _ballot(rng, factors, budget)
            start = time.perf_counter()
            ballots.cast(store, open_id, f"q{i}", ballot)
            times.append((time.perf_counter() - start) * 1000)
        figures.append(_figure("cast one whole ballot (median)", statistics.median(times),
                               "ms", 50))

        start = time.perf_counter()
        for _ in range(5):
            sessions.session_results(store, open_id)
        figures.append(_figure("tally a session of 40 ballots", (time.perf_counter() - start)
                               / 5 * 1000, "ms", 200))

        start = time.perf_counter()
        for factor_id in factors:
            sessions.latest_closed_results(store, factor_id)
        figures.append(_figure(f"latest closed results per factor ({n_sessions} sessions)",
                               (time.perf_counter() - start) / len(factors) * 1000, "ms", 150))
        store.close()

    options = [f"f{i}" for i in range(10)]
    rankings = [rng.sample(options, k=rng.randint(1, 10)) for _ in range(10_000)]
    start = time.perf_counter()
    tally.borda(rankings, options)
    figures.append(_figure("borda on 10,000 rankings", (time.perf_counter() - start) * 1000,
                           "ms", 100))
    ratings = [rng.choice([1, 2, 3, 4, 5, None]) for _ in range(10_000)]
    start = time.perf_counter()
    tally.recognition(ratings)
    figures.append(_figure("recognition of 10,000 ratings",
                           (time.perf_counter() - start) * 1000, "ms", 50))
    return figures


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    for row in run(size):
        print(f"{row['name']:<55} {row['value']:>9} {row['unit']:<3} "
              f"(target {row['target']}) {'ok' if row['ok'] else 'SLOW'}")
