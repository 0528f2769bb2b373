"""The demo gains a codebook, coded fragments in every practice and a finished calibration."""

from __future__ import annotations

from workbench.coding import calibration, codebook


def test_demo_codebook_is_seeded_and_has_inductive_codes(demo_store):
    rows = codebook.codes(demo_store)
    topic_categories = [r for r in rows if r["origin"] == "topic"]
    assert len(topic_categories) == 5 and all(r["is_category"] for r in topic_categories)
    nieuw = codebook.find_code(demo_store, "Nieuw", category=True)
    assert nieuw["origin"] == "inductive"
    assert codebook.find_code(demo_store, "Taal als drempel")["parent_id"] == nieuw["id"]
    assert any(r["validated_by"] for r in rows)
    assert demo_store.scalar("SELECT count(*) FROM memos WHERE code_id IS NOT NULL") >= 1


def test_demo_has_coded_fragments_in_every_practice(demo_store):
    per_practice = {
        r["name"]: r["n"] for r in demo_store.all(
            """
            SELECT p.name, count(DISTINCT c.fragment_id) AS n FROM practices p
            LEFT JOIN stories s ON s.practice_id = p.id
            LEFT JOIN fragments f ON f.story_id = s.id
            LEFT JOIN codings c ON c.fragment_id = f.id GROUP BY p.id
            """
        )
    }
    assert per_practice and all(n >= 5 for n in per_practice.values())
    for row in demo_store.all("SELECT f.*, s.text AS story FROM fragments f "
                              "JOIN stories s ON s.id = f.story_id"):
        assert row["story"][row["start"]:row["end"]] == row["text"]


def test_demo_has_a_finished_calibration_with_partial_disagreement(demo_store):
    sessions = calibration.calibrations(demo_store)
    assert len(sessions) == 1
    session = sessions[0]
    assert session["status"] == "compared" and len(session["coders"]) == 2
    assert 3 <= session["stories"] <= 4
    result = calibration.compare(demo_store, session["id"])
    assert 0.4 < result.overall.alpha < 0.95
    assert 0 < len(result.disagreements) < len(result.rows)
