"""Tally rules checked against profiles computed by hand."""

from __future__ import annotations

import pytest

from workbench.i18n import t
from workbench.sessions import tally

OPTIONS = ["A", "B", "C", "D"]


def test_borda_full_rankings_hand_computed():
    # 4 options: places score 3, 2, 1, 0.
    rankings = [
        ["A", "B", "C", "D"],  # A3 B2 C1 D0
        ["B", "A", "D", "C"],  # B3 A2 D1 C0
        ["C", "B", "A", "D"],  # C3 B2 A1 D0
    ]
    assert tally.borda(rankings, OPTIONS) == {"A": 6.0, "B": 7.0, "C": 4.0, "D": 1.0}


def test_borda_partial_rankings_score_zero_for_left_out_options():
    rankings = [
        ["A"],  # A3
        ["C", "A"],  # C3 A2
        [],  # nothing
    ]
    scores = tally.borda(rankings, OPTIONS)
    assert scores == {"A": 5.0, "B": 0.0, "C": 3.0, "D": 0.0}
    # B and D were never ranked: a tie at the bottom, shown as a tie
    assert tally.ranked(scores) == [["A"], ["C"], ["B", "D"]]


def test_borda_tie_at_the_top():
    rankings = [["A", "B", "C"], ["B", "A", "C"]]  # A 2+1, B 1+2, C 0
    scores = tally.borda(rankings, ["A", "B", "C"])
    assert scores == {"A": 3.0, "B": 3.0, "C": 0.0}
    assert tally.ranked(scores) == [["A", "B"], ["C"]]
    assert tally.positions(scores) == {"A": 1, "B": 1, "C": 3}
    assert tally.ties(scores) == [["A", "B"]]


def test_borda_refuses_unknown_and_repeated_options():
    with pytest.raises(ValueError):
        tally.borda([["A", "Z"]], OPTIONS)
    with pytest.raises(ValueError):
        tally.borda([["A", "A"]], OPTIONS)
    with pytest.raises(ValueError):
        tally.borda([], ["A", "A"])


def test_dots_totals_and_zero_for_options_without_dots():
    ballots = [{"A": 2}, {"A": 1, "B": 1}, {"C": 2}, {}]
    assert tally.dots(ballots, OPTIONS) == {"A": 3, "B": 1, "C": 2, "D": 0}
    assert tally.dots(ballots) == {"A": 3, "B": 1, "C": 2}


def test_dots_tie_is_a_tie():
    totals = tally.dots([{"A": 1}, {"B": 1}, {"C": 1, "A": 1}, {"C": 1}], OPTIONS)
    assert totals == {"A": 2, "B": 1, "C": 2, "D": 0}
    assert tally.ranked(totals) == [["A", "C"], ["B"], ["D"]]
    assert tally.positions(totals) == {"A": 1, "C": 1, "B": 3, "D": 4}


def test_dots_refuse_negative_or_fractional_counts():
    with pytest.raises(ValueError):
        tally.dots([{"A": -1}])
    with pytest.raises(ValueError):
        tally.dots([{"A": 1.5}])  # type: ignore[dict-item]


def test_approval_counts_each_ballot_once():
    ballots = [["A", "B"], ["B"], ["B", "B"], []]
    assert tally.approval(ballots, OPTIONS) == {"A": 1, "B": 3, "C": 0, "D": 0}


def test_recognition_hand_computed():
    r = tally.recognition([5, 4, 4, None, 2, None, 3])
    assert r.n == 5
    assert r.n_na == 2
    assert r.total == 7
    assert r.mean == pytest.approx(18 / 5)
    assert r.median == 4.0
    assert r.distribution == {1: 0, 2: 1, 3: 1, 4: 2, 5: 1}
    assert r.recognised == 3


def test_recognition_even_count_median_is_the_middle_of_two():
    r = tally.recognition([1, 2, 4, 5])
    assert r.median == 3.0
    assert r.mean == 3.0


def test_recognition_only_not_applicable_has_no_mean():
    r = tally.recognition([None, None])
    assert (r.n, r.n_na, r.mean, r.median) == (0, 2, None, None)
    assert sum(r.distribution.values()) == 0
    empty = tally.recognition([])
    assert (empty.n, empty.n_na, empty.mean) == (0, 0, None)


def test_recognition_refuses_scores_off_the_scale():
    for bad in (0, 6, True):
        with pytest.raises(ValueError):
            tally.recognition([bad])


def test_default_dot_budget_is_a_quarter_at_least_one():
    assert tally.default_dot_budget(0) == 1
    assert tally.default_dot_budget(3) == 1
    assert tally.default_dot_budget(8) == 2
    assert tally.default_dot_budget(12) == 3


def test_rules_are_printed_in_both_languages():
    nl = tally.borda_rule(5)
    assert "4 punten" in nl and "0" in nl
    en = tally.borda_rule(5, language="en")
    assert "scores 4 points" in en
    assert tally.scale_label(5) == "herken ik helemaal"
    assert tally.scale_label(None, language="en") == "not applicable"
    assert t("tally.dots_rule", budget=2).startswith("Stippen")


def test_ranked_ascending_and_order_within_ties_follows_input():
    scores = {"D": 1.0, "B": 1.0, "A": 2.0}
    assert tally.ranked(scores) == [["A"], ["D", "B"]]
    assert tally.ranked(scores, descending=False) == [["D", "B"], ["A"]]
