"""Hostile input to the sounding-board tallies: a result or a clean refusal, never a crash."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.sessions import tally

pytestmark = pytest.mark.slow  # fuzzing: hundreds of random inputs

FUZZ = settings(max_examples=int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", 200)),
                deadline=None)
ANY_VALUE = st.one_of(st.integers(), st.none(), st.booleans(), st.floats(), st.text(max_size=3))
NAMES = st.text(max_size=3)


@FUZZ
@given(st.lists(st.dictionaries(NAMES, ANY_VALUE, max_size=4), max_size=5))
def test_dots_of_anything(ballots):
    try:
        totals = tally.dots(ballots)
    except ValueError:
        return
    assert sum(totals.values()) == sum(int(v) for b in ballots for v in b.values())
    assert all(v >= 0 for v in totals.values())


@FUZZ
@given(st.lists(ANY_VALUE, max_size=8))
def test_recognition_of_anything(ratings):
    try:
        result = tally.recognition(ratings)
    except ValueError:
        return
    assert result.n + result.n_na == len(ratings)
    assert sum(result.distribution.values()) == result.n
    if result.n:
        assert 1 <= result.mean <= 5 and 1 <= result.median <= 5
    else:
        assert result.mean is None


@FUZZ
@given(st.lists(st.lists(NAMES, max_size=5), max_size=5), st.lists(NAMES, max_size=5))
def test_borda_of_anything(rankings, options):
    try:
        scores = tally.borda(rankings, options)
    except ValueError:
        return
    n = len(options)
    assert sum(scores.values()) == sum(sum(n - 1 - i for i in range(len(r))) for r in rankings)
    places = tally.positions(scores)
    assert sorted(places) == sorted(options)
    assert all(1 <= p <= len(options) for p in places.values())


@FUZZ
@given(st.dictionaries(NAMES, st.floats(allow_nan=False), max_size=6))
def test_positions_share_places_on_ties(scores):
    places = tally.positions(scores)
    for a in scores:
        for b in scores:
            if scores[a] == scores[b]:
                assert places[a] == places[b], "equal scores must share a place"
    groups = tally.ranked(scores)
    assert sorted(o for g in groups for o in g) == sorted(scores)


@FUZZ
@given(st.lists(st.lists(NAMES, max_size=4), max_size=5), st.lists(NAMES, max_size=4))
def test_approval_of_anything(ballots, options):
    counts = tally.approval(ballots, options)
    assert all(0 <= c <= len(ballots) for c in counts.values())
