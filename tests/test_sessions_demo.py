"""The demo workshop has a closed sounding-board session for each practice."""

from __future__ import annotations

from workbench.demo import sessions as demo_sessions
from workbench.sessions import model as sessions
from workbench.store import Store


def test_demo_has_a_closed_session_per_practice_one_below_quorum(demo_store):
    rows = sessions.list_sessions(demo_store)
    practices = {p["id"] for p in demo_store.all("SELECT id FROM practices")}
    assert {r["practice_id"] for r in rows} == practices
    assert all(r["state"] == "closed" and r["revealed"] for r in rows)
    results = [sessions.session_results(demo_store, r["id"]) for r in rows]
    below = [r.name for r in results if r.below_quorum]
    assert below == ["Klankbord Moederkracht"]
    for result in results:
        assert result.n_participants >= 4
        assert all(f.recognition.total > 0 for f in result.factors)
        assert sum(f.dots for f in result.factors) or sum(f.borda for f in result.factors)
    assert demo_store.scalar("SELECT count(*) FROM factor_elements WHERE origin = 'session'") >= 1
    assert demo_store.scalar("SELECT count(*) FROM session_cards") == 9


def test_every_demo_factor_has_results_for_its_poster(demo_store):
    for factor in demo_store.all("SELECT id, practice_id FROM factors"):
        latest = sessions.latest_closed_results(demo_store, factor["id"])
        assert latest is not None
        assert latest.factor_id == factor["id"]  # its own practice's session
        assert latest.recognition.n + latest.recognition.n_na == latest.n_participants


def test_demo_step_creates_nothing_without_factors(store):
    from workbench.demo import DemoIds

    ids = DemoIds(data={})
    ids.practices = {"vlinder": store.scalar("SELECT id FROM practices LIMIT 1")}
    demo_sessions.populate(store, ids)
    assert store.scalar("SELECT count(*) FROM sessions") == 0


def test_demo_sessions_are_the_same_every_build(tmp_path):
    from workbench.demo import build_demo

    def profile(path):
        s = Store.open(path)
        build_demo(s)
        rows = s.all(
            "SELECT s.name, f.name AS factor, r.score FROM ratings r "
            "JOIN ballots b ON b.id = r.ballot_id JOIN sessions s ON s.id = b.session_id "
            "JOIN factors f ON f.id = r.factor_id WHERE r.element_id IS NULL "
            "ORDER BY s.name, f.name, r.score"
        )
        s.close()
        return [tuple(r.values()) for r in rows]

    assert profile(tmp_path / "a.db") == profile(tmp_path / "b.db")
