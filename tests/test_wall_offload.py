"""The wall's text work in a helper process gives what it gives in the app's own process,
reports progress, and can be called off."""

from __future__ import annotations

import pytest
from factors_data import fill, fragment

from workbench.factors import model as factors
from workbench.factors import offload, wall


@pytest.fixture
def data(store):
    return fill(store)


def test_helper_gives_the_same_suggestions_and_proposal(store, data):
    p = data.practices[0]
    social = factors.create_factor(store, "Sociaal", practice_id=p)
    guide = factors.create_factor(store, "Begeleiding", practice_id=p)
    wall.move_card(store, p, "fragment", fragment(data, "We drinken koffie"), None, social)
    wall.move_card(store, p, "fragment", fragment(data, "De begeleider luistert"), None, guide)
    seen: list[float] = []
    here = wall.suggestions(store, p)
    there = wall.suggestions(store, p, elsewhere=True,
                             progress=lambda fraction, step: seen.append(fraction))
    assert there == here
    assert seen and seen == sorted(seen)  # the last report may come after the result
    proposal = wall.propose(store, p, k=2, elsewhere=True)
    assert [(terms, [c.id for c in cards]) for terms, cards in proposal.groups] == [
        (terms, [c.id for c in cards]) for terms, cards in wall.propose(store, p, k=2).groups]


def test_a_request_called_off_stops_and_the_helper_serves_the_next(store, data):
    p = data.practices[0]
    social = factors.create_factor(store, "Sociaal", practice_id=p)
    wall.move_card(store, p, "fragment", fragment(data, "We drinken koffie"), None, social)

    def refuse(fraction: float, step: str) -> None:
        raise InterruptedError  # as the wall's worker does when it is cancelled

    with pytest.raises(InterruptedError):
        wall.suggestions(store, p, elsewhere=True, progress=refuse)
    assert wall.suggestions(store, p, elsewhere=True) == wall.suggestions(store, p)


@pytest.mark.slow  # long: loads spaCy in the test's own process
def test_without_a_helper_the_work_is_done_here(store, data, monkeypatch):
    p = data.practices[0]
    social = factors.create_factor(store, "Sociaal", practice_id=p)
    wall.move_card(store, p, "fragment", fragment(data, "We drinken koffie"), None, social)
    monkeypatch.setattr(offload, "_broken", True)
    assert wall.suggestions(store, p, elsewhere=True) == wall.suggestions(store, p)
