"""Session lifecycle, check-in, ballots and results on the real store."""

from __future__ import annotations

import json

import pytest
from test_sessions_support import add_factors, open_session, practice_id

from workbench.errors import Conflict, InvalidInput
from workbench.sessions import ballots
from workbench.sessions import floor as session_floor
from workbench.sessions import model as sessions
from workbench.sessions.ballots import Ballot, FactorAnswer
from workbench.store import Store


def test_create_defaults_budget_quorum_and_presents_practice_factors(store):
    practice = practice_id(store)
    factor_ids = add_factors(store, practice)
    add_factors(store, practice_id(store, "Buurthuiskamer Oost"), {"Iets anders": []})
    session_id = sessions.create_session(store, "Klankbord", practice_id=practice)
    session = sessions.get_session(store, session_id)
    assert session["state"] == "draft"
    assert session["quorum"] == 5
    assert session["dot_budget"] == 1  # round(5 / 4)
    assert session["priority_method"] == "both"
    assert [f["id"] for f in sessions.session_factors(store, session_id)] == factor_ids


def test_lifecycle_draft_open_closed_and_closed_is_read_only(store):
    session_id, factor_ids = open_session(store)
    with pytest.raises(Conflict):
        sessions.update_session(store, session_id, dot_budget=3)  # fixed once open
    sessions.update_session(store, session_id, quorum=3)
    person = sessions.check_in(store, session_id, "Amira")
    ballot_id = ballots.start_ballot(store, person["id"])
    assert sessions.close_session(store, session_id) == 1  # one unconfirmed ballot left
    session = sessions.get_session(store, session_id)
    assert session["state"] == "closed" and session["revealed"] == 1
    for attempt in (
        lambda: sessions.check_in(store, session_id, "Bea"),
        lambda: ballots.answer_factor(store, ballot_id, factor_ids[0], FactorAnswer(4)),
        lambda: sessions.update_session(store, session_id, name="Anders"),
        lambda: session_floor.add_card(store, session_id, "claim", "Fijn"),
        lambda: session_floor.set_hand_counts(store, session_id, {factor_ids[0]: 3}),
        lambda: sessions.close_session(store, session_id),
        lambda: sessions.reveal(store, session_id, False),
    ):
        with pytest.raises(Conflict) as caught:
            attempt()
        assert "gesloten" in caught.value.message() or "geopend" in caught.value.message()


def test_open_needs_factors_and_draft_takes_no_ballots(store):
    session_id = sessions.create_session(store, "Leeg", factor_ids=[])
    with pytest.raises(Conflict):
        sessions.check_in(store, session_id, "Amira")
    with pytest.raises(InvalidInput) as caught:
        sessions.open_session(store, session_id)
    assert "geen factoren" in caught.value.message()


def test_bad_settings_get_a_clear_sentence(store):
    with pytest.raises(InvalidInput, match="naam"):
        sessions.create_session(store, "  ")
    with pytest.raises(InvalidInput, match="stippen, rangorde of beide"):
        sessions.create_session(store, "X", priority_method="loting")
    with pytest.raises(InvalidInput):
        sessions.create_session(store, "X", quorum=0)


def test_check_in_pseudonym_or_anonymous_token_and_no_duplicates(store):
    session_id, _ = open_session(store)
    a = sessions.check_in(store, session_id, "Amira", role="parent")
    token = sessions.check_in(store, session_id, "")
    assert token["label"].startswith("#") and len(token["label"]) == 5
    with pytest.raises(Conflict, match="al aangemeld"):
        sessions.check_in(store, session_id, "amira")
    assert [p["label"] for p in sessions.participants(store, session_id)] == [
        "Amira", token["label"]]
    assert a["role"] == "parent"


def test_one_ballot_per_participant_editable_until_confirmed(store):
    session_id, f = open_session(store)
    person = sessions.check_in(store, session_id, "Amira")
    ballot_id = ballots.start_ballot(store, person["id"])
    assert ballots.start_ballot(store, person["id"]) == ballot_id
    elements = sessions.factor_elements(store, f[0])
    ballots.answer_factor(store, ballot_id, f[0], FactorAnswer(2, "eerst zo"))
    ballots.answer_factor(
        store, ballot_id, f[0],
        FactorAnswer(5, "toch wel", {elements[0]["id"]: 4, elements[1]["id"]: None},
                     ["samen koken"]),
    )
    ballots.set_dots(store, ballot_id, {f[1]: 1})
    ballots.set_ranking(store, ballot_id, [f[2], f[0]])
    back = ballots.read_ballot(store, ballot_id)
    assert back.answers[f[0]].score == 5
    assert back.answers[f[0]].reason == "toch wel"
    assert back.answers[f[0]].elements == {elements[0]["id"]: 4, elements[1]["id"]: None}
    assert back.answers[f[0]].additions == ["samen koken"]
    assert back.dots == {f[1]: 1} and back.ranking == [f[2], f[0]]
    assert store.scalar("SELECT count(*) FROM ratings WHERE element_id IS NULL") == 1
    ballots.confirm(store, ballot_id)
    with pytest.raises(Conflict, match="bevestigd"):
        ballots.set_dots(store, ballot_id, {f[2]: 1})
    assert ballots.read_ballot(store, ballot_id).confirmed


def test_ballot_rules_dot_budget_ranking_and_scale(store):
    session_id, f = open_session(store, dot_budget=2)
    ballot_id = ballots.start_ballot(store, sessions.check_in(store, session_id, "B")["id"])
    with pytest.raises(InvalidInput, match="hoogstens 2"):
        ballots.set_dots(store, ballot_id, {f[0]: 2, f[1]: 1})
    with pytest.raises(InvalidInput):
        ballots.set_ranking(store, ballot_id, [f[0], f[0]])
    with pytest.raises(InvalidInput):
        ballots.answer_factor(store, ballot_id, f[0], FactorAnswer(7))
    other = add_factors(store, None, {"Niet getoond": []})
    with pytest.raises(InvalidInput):
        ballots.answer_factor(store, ballot_id, other[0], FactorAnswer(3))
    assert store.scalar("SELECT count(*) FROM dot_votes") == 0  # nothing half-written


def test_method_decides_what_a_ballot_may_hold(store):
    session_id, f = open_session(store, priority_method="dots")
    ballot_id = ballots.start_ballot(store, sessions.check_in(store, session_id, "C")["id"])
    with pytest.raises(Conflict):
        ballots.set_ranking(store, ballot_id, [f[0]])


def _cast_profile(store: Store, session_id: str, f: list[str]) -> None:
    # Hand-computed profile (5 factors, Borda n-1 = 4):
    #   P1 ranks f0 f1 f2      -> f0 4, f1 3, f2 2 ; dots f0
    #   P2 ranks f1 f0         -> f1 4, f0 3       ; dots f1
    #   P3 ranks f2            -> f2 4             ; dots f0
    # Borda: f0 7, f1 7, f2 6, f3 0, f4 0 -> f0/f1 tie for 1st, f3/f4 tie for 4th.
    # Dots: f0 2, f1 1. Approval (dots or ranked): f0 3 (P1, P2, P3), f1 2, f2 2.
    # Recognition f0: 5, 4, n/a -> n 2, n_na 1, mean 4.5, median 4.5.
    profile = [
        ("P1", 5, [f[0], f[1], f[2]], {f[0]: 1}, ["samen eten"]),
        ("P2", 4, [f[1], f[0]], {f[1]: 1}, []),
        ("P3", None, [f[2]], {f[0]: 1}, []),
    ]
    for label, score, ranking, dots, adds in profile:
        ballots.cast(store, session_id, label, Ballot(
            answers={f[0]: FactorAnswer(score, f"reden {label}", additions=adds)},
            dots=dots, ranking=ranking))


def test_results_from_a_hand_computed_profile(store):
    session_id, f = open_session(store)
    _cast_profile(store, session_id, f)
    # an unconfirmed ballot does not count
    ballots.cast(store, session_id, "P4", Ballot(ranking=[f[4]], dots={f[4]: 1}),
                 confirm_now=False)
    results = sessions.session_results(store, session_id)
    assert results.n_participants == 3 and results.n_unconfirmed == 1
    assert results.below_quorum  # 3 < 5
    assert results.priority_basis == "borda"
    assert {r.factor_id: r.borda for r in results.factors} == {
        f[0]: 7.0, f[1]: 7.0, f[2]: 6.0, f[3]: 0.0, f[4]: 0.0}
    assert {r.factor_id: r.dots for r in results.factors} == {
        f[0]: 2, f[1]: 1, f[2]: 0, f[3]: 0, f[4]: 0}
    assert results.priority == [[f[0], f[1]], [f[2]], [f[3], f[4]]]
    first = results.factor(f[0])
    assert (first.rank, first.tied, first.approval) == (1, True, 3)
    assert results.factor(f[1]).approval == 2
    assert results.factor(f[2]).rank == 3 and not results.factor(f[2]).tied
    assert results.factor(f[3]).rank == 4
    rec = first.recognition
    assert (rec.n, rec.n_na, rec.mean, rec.median) == (2, 1, 4.5, 4.5)
    assert rec.distribution == {1: 0, 2: 0, 3: 0, 4: 1, 5: 1}
    assert first.reasons == ["reden P1", "reden P2", "reden P3"]
    assert [a.text for a in first.additions] == ["samen eten"]
    assert any("Borda" in rule for rule in results.rules)


def test_dots_only_session_ranks_by_dots(store):
    session_id, f = open_session(store, priority_method="dots", dot_budget=2)
    ballots.cast(store, session_id, "A", Ballot(dots={f[3]: 2}))
    ballots.cast(store, session_id, "B", Ballot(dots={f[3]: 1, f[1]: 1}))
    results = sessions.session_results(store, session_id)
    assert results.priority_basis == "dots"
    assert results.priority[0] == [f[3]] and results.priority[1] == [f[1]]
    assert results.factor(f[3]).dots == 3


def test_show_of_hands_and_head_count_decide_when_there_are_no_ballots(store):
    session_id, f = open_session(store, quorum=5)
    session_floor.set_hand_counts(store, session_id, {f[0]: 2, f[1]: 6, f[2]: 6})
    session_floor.set_hand_counts(store, session_id, {f[0]: 7}, kind="recognition")
    sessions.update_session(store, session_id, present=8)
    results = sessions.session_results(store, session_id)
    assert results.priority_basis == "hands"
    assert results.priority[0] == [f[1], f[2]]  # a tie, shown as a tie
    assert results.factor(f[0]).hands == {"priority": 2, "recognition": 7}
    assert results.n_participants == 8 and not results.below_quorum


def test_below_quorum_session_can_be_closed_and_is_marked(store):
    session_id, f = open_session(store)
    ballots.cast(store, session_id, "A", Ballot(answers={f[0]: FactorAnswer(4)}))
    sessions.close_session(store, session_id)
    latest = sessions.latest_closed_results(store, f[0])
    assert latest is not None and latest.below_quorum and latest.n_participants == 1


def test_latest_closed_results_follows_linked_factors_and_takes_the_newest(store):
    vlinder = practice_id(store)
    oost = practice_id(store, "Buurthuiskamer Oost")
    link = {"Sociale contacten": "link-sociaal"}
    fv = add_factors(store, vlinder, link=link)
    fo = add_factors(store, oost, {"Sociale contacten": ["koffie"]}, link=link)
    assert sessions.latest_closed_results(store, fv[0]) is None
    old = sessions.create_session(store, "Oost", practice_id=oost, quorum=2)
    sessions.open_session(store, old)
    for label in ("A", "B"):
        ballots.cast(store, old, label, Ballot(answers={fo[0]: FactorAnswer(3)},
                                               ranking=[fo[0]]))
    sessions.close_session(store, old)
    # the Vlinder factor has no session of its own yet: the linked one in Oost answers
    latest = sessions.latest_closed_results(store, fv[0])
    assert latest.session_name == "Oost" and latest.factor_id == fo[0]
    assert latest.recognition.mean == 3.0 and latest.rank == 1 and latest.n_factors == 1
    assert not latest.below_quorum
    new = sessions.create_session(store, "Vlinder", practice_id=vlinder, quorum=1)
    sessions.open_session(store, new)
    ballots.cast(store, new, "C", Ballot(answers={fv[0]: FactorAnswer(5, additions=["x"])},
                                         dots={fv[1]: 1}, ranking=[fv[1], fv[0]]))
    assert sessions.latest_closed_results(store, fv[0]).session_name == "Oost"  # still open
    sessions.close_session(store, new)
    latest = sessions.latest_closed_results(store, fv[0])
    assert latest.session_name == "Vlinder" and latest.factor_id == fv[0]
    assert latest.recognition.mean == 5.0 and latest.additions == ["x"]
    assert latest.borda == 3.0 and latest.rank == 2  # fv[1]: 4, fv[0]: 3
    assert latest.priority_basis == "borda"
    # Oost keeps its own (older) session rather than the later one of a linked factor
    assert sessions.latest_closed_results(store, fo[0]).session_name == "Oost"


def test_accepted_additions_become_session_elements(store):
    session_id, f = open_session(store)
    ballots.cast(store, session_id, "A", Ballot(
        answers={f[0]: FactorAnswer(4, additions=["samen koken", "uitjes"])}))
    sessions.close_session(store, session_id)
    adds = session_floor.additions(store, session_id)
    element_id = session_floor.accept_addition(store, adds[0]["id"])
    assert session_floor.accept_addition(store, adds[0]["id"]) == element_id  # idempotent
    row = store.one("SELECT * FROM factor_elements WHERE id = ?", [element_id])
    assert row["origin"] == "session" and row["text"] == "samen koken"
    assert row["factor_id"] == f[0] and row["position"] == 3
    results = sessions.session_results(store, session_id)
    assert [a.accepted for a in results.factor(f[0]).additions] == [True, False]
    session_floor.undo_accept_addition(store, adds[0]["id"])
    assert store.scalar("SELECT count(*) FROM factor_elements WHERE id = ?", [element_id]) == 0


def test_cards_claims_concerns_issues(store):
    session_id, _ = open_session(store)
    session_floor.add_card(store, session_id, "claim", "De koffie staat altijd klaar")
    session_floor.add_card(store, session_id, "concern", "Soms te druk")
    card = session_floor.add_card(store, session_id, "issue", "Ook op zaterdag")
    with pytest.raises(InvalidInput):
        session_floor.add_card(store, session_id, "claim", "  ")
    session_floor.delete_card(store, card)
    assert [c["kind"] for c in session_floor.cards(store, session_id)] == ["claim", "concern"]
    assert len(sessions.session_results(store, session_id).cards) == 2


def test_cast_is_all_or_nothing(store):
    session_id, f = open_session(store, dot_budget=1)
    with pytest.raises(InvalidInput):
        ballots.cast(store, session_id, "A", Ballot(
            answers={f[0]: FactorAnswer(4)}, dots={f[0]: 5}))
    assert store.scalar("SELECT count(*) FROM participants") == 0
    assert store.scalar("SELECT count(*) FROM ratings") == 0


def test_export_csv_and_json_recompute(store, tmp_path):
    session_id, f = open_session(store)
    _cast_profile(store, session_id, f)
    ballots.cast(store, session_id, "Z", Ballot(answers={f[1]: FactorAnswer(
        3, additions=["=HYPERLINK(\"x\")"])}))
    sessions.close_session(store, session_id)
    out = sessions.export_results(store, session_id, tmp_path / "uitkomst.csv")
    text = out.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("session,held_on,practice,factor,rank")
    assert len(lines) == 6
    assert "'=HYPERLINK" in text  # no formula in a spreadsheet
    doc = json.loads(sessions.export_results(store, session_id, tmp_path / "u.json").read_text())
    assert doc["below_quorum"] is True and doc["priority_basis"] == "borda"
    assert len(doc["ballots"]) == 4 and "label" not in json.dumps(doc["ballots"])
    from workbench.sessions import tally

    names = [x["factor_id"] for x in doc["factors"]]
    assert tally.borda([b["ranking"] for b in doc["ballots"]], names) == {
        x["factor_id"]: x["borda"] for x in doc["factors"]}
    with pytest.raises(InvalidInput):
        sessions.export_results(store, session_id, tmp_path / "u.xlsx")


def test_delete_session_backs_up_first(tmp_path):
    from workbench import workshop

    s = Store.open(tmp_path / "kwp.db")
    workshop.create_workshop(s, "W")
    workshop.add_practice(s, "Speelgroep De Vlinder")
    session_id, f = open_session(s)
    ballots.cast(s, session_id, "A", Ballot(answers={f[0]: FactorAnswer(4)}))
    sessions.delete_session(s, session_id)
    assert s.scalar("SELECT count(*) FROM sessions") == 0
    assert s.scalar("SELECT count(*) FROM ratings") == 0
    backups = list((tmp_path / ".workbench-backups").glob("*delete?session*.db"))
    assert len(backups) == 1
    old = Store.open(backups[0], migrate=False)
    assert old.scalar("SELECT count(*) FROM ratings") == 1
    old.close()
    s.close()
