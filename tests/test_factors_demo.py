"""The demo's working factors: what the posters and sessions build on."""

from __future__ import annotations

from workbench import workshop
from workbench.demo import build_demo
from workbench.factors import comparison, wall
from workbench.factors import model as factors
from workbench.store import Store


def test_demo_has_common_factors_with_elements_and_quotes(demo_store):
    m = comparison.matrix(demo_store)
    common = m.common
    assert len(common) >= 5
    assert workshop.counts(demo_store).common_factors == len(common)
    for row in common:
        assert len(row.cells) == len(m.practices) == 3
        for cell in row.cells.values():
            assert factors.elements(demo_store, cell.factor_id)
            quotes = factors.quotes(demo_store, cell.factor_id)
            assert 1 <= len(quotes) <= 3
            candidates = {c["id"] for c in factors.quote_candidates(demo_store, cell.factor_id)}
            assert {q["id"] for q in quotes} <= candidates  # consented only


def test_demo_leaves_work_on_the_wall(demo_store):
    for practice in workshop.practices(demo_store):
        board = wall.build(demo_store, practice["id"])
        assert board.unsorted.cards, practice["name"]
        assert sum(len(c.cards) for c in board.columns[1:]) > len(board.unsorted.cards)


def test_demo_step_fills_ids():
    store = Store.memory()
    ids = build_demo(store)
    assert ("Sociale contacten", "vlinder") in ids.factors
    linked = {factors.get_factor(store, ids.factors[("Sociale contacten", k)])["link_id"]
              for k in ("vlinder", "huiskamer", "moederkracht")}
    assert len(linked) == 1 and None not in linked
    store.close()
