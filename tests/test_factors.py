"""The factors core: factors, elements, quotes with consent, the wall, undo, comparison."""

from __future__ import annotations

import pytest
from factors_data import fill, fragment

from workbench import workshop
from workbench.collect import stories
from workbench.errors import Conflict, InvalidInput, NotFound
from workbench.factors import comparison, wall
from workbench.factors import model as factors
from workbench.store import Store


@pytest.fixture
def data(store):
    return fill(store)


def test_create_rename_type_description(store, data):
    p = data.practices[0]
    fid = factors.create_factor(store, "  Sociale   contacten ", practice_id=p)
    row = factors.get_factor(store, fid)
    assert row["name"] == "Sociale contacten" and row["type"] == "substantive"
    with pytest.raises(Conflict):
        factors.create_factor(store, "sociale contacten", practice_id=p)
    # the same name in another practice is fine
    factors.create_factor(store, "Sociale contacten", practice_id=data.practices[1])
    factors.rename_factor(store, fid, "Samen onder de mensen")
    factors.set_type(store, fid, "procedural")
    factors.set_description(store, fid, " Ouders komen de deur uit. ")
    row = factors.get_factor(store, fid)
    assert (row["name"], row["type"], row["description"]) == (
        "Samen onder de mensen", "procedural", "Ouders komen de deur uit.")
    for bad in ("", "   ", "x" * 81):
        with pytest.raises(InvalidInput):
            factors.rename_factor(store, fid, bad)
    with pytest.raises(InvalidInput):
        factors.set_type(store, fid, "magisch")
    with pytest.raises(NotFound):
        factors.rename_factor(store, "nope", "x")


def test_elements_crud_and_order(store, data):
    fid = factors.create_factor(store, "F", practice_id=data.practices[0])
    a = factors.add_element(store, fid, "de deur uit komen")
    b = factors.add_element(store, fid, "gezelligheid", origin="suggested")
    c = factors.add_element(store, fid, "elkaar helpen")
    with pytest.raises(Conflict):
        factors.add_element(store, fid, "Gezelligheid")
    with pytest.raises(InvalidInput):
        factors.add_element(store, fid, " ")
    factors.move_element(store, c, -2)
    assert [e["text"] for e in factors.elements(store, fid)] == [
        "elkaar helpen", "de deur uit komen", "gezelligheid"]
    factors.update_element(store, a, "de deur uit")
    factors.delete_element(store, b)
    assert [(e["text"], e["origin"]) for e in factors.elements(store, fid)] == [
        ("elkaar helpen", "workshop"), ("de deur uit", "workshop")]


def test_quotes_only_from_consented_storytellers_and_at_most_three(store, data):
    p = data.practices[0]
    fid = factors.create_factor(store, "Gezellig", practice_id=p)
    amina = fragment(data, "We drinken koffie")
    petra = fragment(data, "Ouders komen de deur uit")  # Petra: no consent for quotes
    joke = fragment(data, "De gezelligheid bij de koffie")
    for fr in (amina, petra, joke):
        wall.move_card(store, p, "fragment", fr, None, fid)
    candidates = {r["id"] for r in factors.quote_candidates(store, fid)}
    assert candidates == {amina, joke}
    with pytest.raises(InvalidInput):
        factors.set_quotes(store, fid, [petra])
    factors.set_quotes(store, fid, [joke, amina])
    assert [q["id"] for q in factors.quotes(store, fid)] == [joke, amina]
    # a later consent without quotes wins: the quote is no longer offered nor shown
    stories.record_consent(store, data.tellers["Joke"], store_story=True, quotes=False,
                           method="verbal")
    assert [q["id"] for q in factors.quotes(store, fid)] == [amina]
    assert {r["id"] for r in factors.quote_candidates(store, fid)} == {amina}
    # and a later yes brings it back
    stories.record_consent(store, data.tellers["Joke"], store_story=True, quotes=True,
                           method="verbal")
    more = [fragment(data, "Met twee moeders"), fragment(data, "De begeleider luistert")]
    for fr in more:
        wall.move_card(store, p, "fragment", fr, None, fid)
    with pytest.raises(InvalidInput):
        factors.set_quotes(store, fid, [amina, joke, *more])


def test_wall_moves_and_undo(store, data):
    p = data.practices[0]
    board = wall.build(store, p)
    assert board.unsorted.factor is None and len(board.unsorted.cards) == 8
    a = factors.create_factor(store, "A", practice_id=p)
    b = factors.create_factor(store, "B", practice_id=p)
    first = fragment(data, "We drinken koffie")
    second = fragment(data, "Met twee moeders")
    wall.move_card(store, p, "fragment", first, None, a)
    wall.move_card(store, p, "fragment", second, None, a)
    wall.move_card(store, p, "fragment", first, a, b)
    board = wall.build(store, p)
    assert [c.id for c in board.column_of(a).cards] == [second]
    assert [c.id for c in board.column_of(b).cards] == [first]
    assert len(board.unsorted.cards) == 6
    assert wall.undo(store, p) == 1
    assert {c.id for c in wall.build(store, p).column_of(a).cards} == {first, second}
    assert wall.undo(store, p) == 1 and wall.undo(store, p) == 1
    assert len(wall.build(store, p).unsorted.cards) == 8
    assert wall.undo(store, p) == 0 and not wall.can_undo(store, p)
    # another practice's factor is refused
    other = factors.create_factor(store, "C", practice_id=data.practices[1])
    with pytest.raises(InvalidInput):
        wall.move_card(store, p, "fragment", first, None, other)


def test_a_batch_is_one_undo_step(store, data):
    p = data.practices[0]
    ids = data.by_practice[0][:3]
    made = wall.accept_proposal(store, p, [("Nieuw", [wall.Card("fragment", i, "") for i in ids])])
    assert len(wall.build(store, p).column_of(made[0]).cards) == 3
    assert wall.undo(store, p) == 3
    assert wall.build(store, p).column_of(made[0]).cards == []


def test_code_cards_bring_their_fragments(store, data):
    p = data.practices[0]
    fid = factors.create_factor(store, "Contact", practice_id=p)
    board = wall.build(store, p, "codes")
    assert {c.text for c in board.unsorted.cards} == {"Gezelligheid", "Appgroep", "Luisteren"}
    wall.move_card(store, p, "code", data.codes["Appgroep"], None, fid)
    # the code's fragments of this practice are in the factor, shown "via" the code
    in_factor = set(factors.fragment_ids(store, fid))
    assert in_factor == {fragment(data, "Met twee moeders"), fragment(data, "In de appgroep")}
    cards = wall.build(store, p).column_of(fid).cards
    assert all(c.via_code == "Appgroep" and not c.movable for c in cards)
    with pytest.raises(Conflict):
        wall.move_card(store, p, "fragment", cards[0].id, fid, None)
    assert len(wall.build(store, p).unsorted.cards) == 6


def test_merge_split_delete(store, data, tmp_path):
    p = data.practices[0]
    a = factors.create_factor(store, "A", practice_id=p, description="eerste")
    b = factors.create_factor(store, "B", practice_id=p)
    factors.add_element(store, a, "gezelligheid")
    factors.add_element(store, b, "Gezelligheid")
    factors.add_element(store, b, "elkaar helpen")
    ids = data.by_practice[0]
    wall.move_cards(store, p, [wall.Move("fragment", i, None, a) for i in ids[:2]]
                    + [wall.Move("fragment", i, None, b) for i in ids[2:4]])
    factors.merge_factors(store, a, [b])
    assert [f["id"] for f in factors.factors_of(store, p)] == [a]
    assert set(factors.fragment_ids(store, a)) == set(ids[:4])
    assert [e["text"] for e in factors.elements(store, a)] == ["gezelligheid", "elkaar helpen"]
    c = factors.create_factor(store, "C", practice_id=p)
    new = factors.split_factor(store, a, "A-twee", fragment_ids=ids[:1])
    assert [f["id"] for f in factors.factors_of(store, p)] == [a, new, c]
    assert factors.fragment_ids(store, new) == ids[:1]
    with pytest.raises(InvalidInput):
        factors.split_factor(store, a, "leeg")
    factors.delete_factor(store, new)
    assert len(wall.build(store, p).unsorted.cards) == 5


def test_delete_makes_a_backup_first(tmp_path):
    s = Store.open(tmp_path / "kwp.db")
    workshop.create_workshop(s, "W")
    p = workshop.add_practice(s, "P")
    fid = factors.create_factor(s, "Weg", practice_id=p)
    path = factors.delete_factor(s, fid)
    assert path is not None and path.exists() and "delete" in path.name
    backup = Store.open(path)
    assert backup.scalar("SELECT name FROM factors WHERE id = ?", [fid]) == "Weg"
    backup.close()
    s.close()


def test_links_matrix_and_roles(store, data):
    p0, p1 = data.practices
    a0 = factors.create_factor(store, "Gezelligheid", practice_id=p0)
    a1 = factors.create_factor(store, "Gezellig samenzijn", practice_id=p1)
    b0 = factors.create_factor(store, "Begeleiding", practice_id=p0)
    for text in ("We drinken koffie", "Ouders komen de deur uit"):
        wall.move_card(store, p0, "fragment", fragment(data, text), None, a0)
    wall.move_card(store, p1, "fragment", fragment(data, "Het is gezellig, we drinken"), None, a1)
    assert workshop.counts(store).common_factors == 0
    link = comparison.link_factors(store, [a0, a1])
    assert factors.get_factor(store, a1)["link_id"] == link
    assert [f["id"] for f in comparison.linked(store, a0)] == [a1]
    with pytest.raises(InvalidInput):
        comparison.link_factors(store, [a0, b0])  # same practice
    m = comparison.matrix(store)
    assert [r.common for r in m.rows] == [True, False]
    top = m.rows[0]
    assert set(top.cells) == {p0, p1} and top.fragments == 3
    assert top.roles == {"parent": 2, "volunteer": 1}
    assert workshop.counts(store).common_factors == 1
    per_practice = comparison.role_breakdown(store, p0)
    assert [(r.name, r.roles) for r in per_practice] == [
        ("Gezelligheid", {"parent": 1, "volunteer": 1}), ("Begeleiding", {})]
    assert comparison.roles_in_use(m.rows) == ["parent", "volunteer"]
    comparison.unlink_factor(store, a0)
    assert factors.get_factor(store, a1)["link_id"] is None  # a group of one is no link
    assert workshop.counts(store).common_factors == 0


@pytest.mark.slow  # long: left out of the quick loop
def test_wall_suggestions_and_proposal(store, data):
    p = data.practices[0]
    social = factors.create_factor(store, "Sociaal", practice_id=p)
    guide = factors.create_factor(store, "Begeleiding", practice_id=p)
    wall.move_card(store, p, "fragment", fragment(data, "We drinken koffie"), None, social)
    wall.move_card(store, p, "fragment", fragment(data, "De begeleider luistert"), None, guide)
    found = wall.suggestions(store, p)
    assert set(found) == {c.id for c in wall.build(store, p).unsorted.cards}
    assert found[fragment(data, "Een begeleider die echt luistert")][0][0] == guide
    assert found[fragment(data, "De gezelligheid bij de koffie")][0][0] == social
    proposal = wall.propose(store, p, k=2)
    assert sum(len(cards) for _, cards in proposal.groups) == 6
    assert all(3 <= len(terms) <= 6 for terms, _ in proposal.groups)
    name = wall.group_name(store, p, ["sociaal"])
    assert name == "sociaal (2)"  # Sociaal is taken (case-insensitive)


def test_element_suggestions_skip_existing(store, data):
    p = data.practices[0]
    fid = factors.create_factor(store, "Gezellig", practice_id=p)
    for text in ("We drinken koffie", "Ouders komen de deur uit", "De gezelligheid bij"):
        wall.move_card(store, p, "fragment", fragment(data, text), None, fid)
    found = wall.element_suggestions(store, fid)
    assert any("koffie" in s for s in found)
    factors.add_element(store, fid, found[0])
    assert found[0] not in wall.element_suggestions(store, fid)


def test_withdrawal_removes_cards_quotes_and_undo_rows(store, data):
    p = data.practices[0]
    fid = factors.create_factor(store, "Gezellig", practice_id=p)
    amina = fragment(data, "We drinken koffie")
    wall.move_card(store, p, "fragment", amina, None, fid)
    factors.set_quotes(store, fid, [amina])
    store.db.execute("DELETE FROM storytellers WHERE id = ?", [data.tellers["Amina"]])
    assert factors.quotes(store, fid) == [] and factors.fragment_ids(store, fid) == []
    assert store.scalar("SELECT count(*) FROM wall_moves") == 0
