"""The codebook: seeding from the topic list, adding, renaming, merging, moving, deleting,
validation and memos."""

from __future__ import annotations

import pytest

from workbench import workshop
from workbench.coding import codebook
from workbench.coding import fragments as coding
from workbench.collect import stories
from workbench.errors import Conflict, InvalidInput


def _story(store, text="Ik kom graag. Het is gezellig. We helpen elkaar.") -> str:
    practice = workshop.practices(store)[0]["id"]
    teller = stories.add_storyteller(store, "Amal", "parent", practice_id=practice)
    return stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text)


def test_seed_from_topics_makes_one_category_per_topic_and_is_idempotent(store):
    created = codebook.seed_from_topics(store)
    list_id = workshop.require_workshop(store)["topic_list_id"]
    topic_rows = store.all("SELECT * FROM topics WHERE topic_list_id = ?", [list_id])
    assert len(created) == len(topic_rows) == 5
    rows = store.all("SELECT * FROM codes")
    assert all(r["is_category"] == 1 and r["origin"] == "topic" and r["topic_id"] for r in rows)
    assert {r["name"] for r in rows} == {t["label"] for t in topic_rows}
    assert codebook.seed_from_topics(store) == []
    assert store.scalar("SELECT count(*) FROM codes") == 5


def test_add_nested_codes_with_description_and_colour(store):
    category = codebook.add_code(store, "Sfeer", is_category=True)
    code = codebook.add_code(store, "Gezelligheid", parent_id=category,
                             description="Samen lachen", color="#e07a5f")
    sub = codebook.add_code(store, "Samen eten", parent_id=code)
    row = codebook.get_code(store, code)
    assert row["color"] == "#E07A5F" and row["description"] == "Samen lachen"
    assert row["origin"] == "inductive"
    assert codebook.path(store, sub) == "Sfeer › Gezelligheid › Samen eten"
    forest = codebook.tree(store)
    assert [n.name for n in forest] == ["Sfeer"]
    assert forest[0].children[0].children[0].name == "Samen eten"
    # a new code gets a palette colour of its own
    assert codebook.get_code(store, sub)["color"] in codebook.PALETTE


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_code_name_refused(store, name):
    with pytest.raises(InvalidInput) as error:
        codebook.add_code(store, name)
    assert "naam" in error.value.message()


def test_duplicate_name_among_siblings_refused_but_allowed_elsewhere(store):
    a = codebook.add_code(store, "A", is_category=True)
    b = codebook.add_code(store, "B", is_category=True)
    codebook.add_code(store, "Steun", parent_id=a)
    with pytest.raises(Conflict):
        codebook.add_code(store, "steun", parent_id=a)
    codebook.add_code(store, "Steun", parent_id=b)


def test_bad_colour_refused(store):
    with pytest.raises(InvalidInput) as error:
        codebook.add_code(store, "X", color="red")
    assert "#RRGGBB" in error.value.message()


def test_rename_and_move(store):
    a = codebook.add_code(store, "A", is_category=True)
    b = codebook.add_code(store, "B", is_category=True)
    code = codebook.add_code(store, "Hulp", parent_id=a)
    codebook.rename_code(store, code, "  Elkaar   helpen ")
    assert codebook.get_code(store, code)["name"] == "Elkaar helpen"
    codebook.move_code(store, code, b)
    assert codebook.get_code(store, code)["parent_id"] == b
    with pytest.raises(Conflict):
        codebook.move_code(store, b, code)  # under its own child
    codebook.move_code(store, code, None)
    assert codebook.get_code(store, code)["parent_id"] is None


def test_merge_moves_codings_memos_and_children_and_collapses_duplicates(store):
    story = _story(store)
    source = codebook.add_code(store, "Gezellig")
    target = codebook.add_code(store, "Gezelligheid")
    child = codebook.add_code(store, "Koffie", parent_id=source)
    f1 = coding.code_selection(store, story, 0, 13, [source], "Lisa")
    f2 = coding.code_selection(store, story, 14, 30, [source, target], "Lisa")
    codebook.add_memo(store, "Kijk ook naar sfeer", code_id=source)
    codebook.merge_codes(store, source, target)
    assert store.scalar("SELECT count(*) FROM codes WHERE id = ?", [source]) == 0
    rows = store.all("SELECT fragment_id, code_id FROM codings ORDER BY fragment_id")
    assert sorted(r["fragment_id"] for r in rows) == sorted([f1, f2])
    assert {r["code_id"] for r in rows} == {target}
    assert codebook.get_code(store, child)["parent_id"] == target
    assert [m["text"] for m in codebook.memos_for(store, code_id=target)] == ["Kijk ook naar sfeer"]
    with pytest.raises(Conflict):
        codebook.merge_codes(store, target, target)


def test_delete_in_use_asks_merge_or_remove(store):
    story = _story(store)
    code = codebook.add_code(store, "Tijdelijk")
    other = codebook.add_code(store, "Blijvend")
    fragment = coding.code_selection(store, story, 0, 13, [code], "Lisa")
    with pytest.raises(Conflict) as error:
        codebook.delete_code(store, code)
    assert "samen" in error.value.message() and "verwijder" in error.value.message()
    assert store.scalar("SELECT count(*) FROM codings") == 1  # nothing changed
    # choice 1: remove with its codings; the fragment itself stays
    assert codebook.remove_code(store, code) == 1
    assert store.scalar("SELECT count(*) FROM codings") == 0
    assert coding.get_fragment(store, fragment)
    # an unused code is simply deleted
    codebook.delete_code(store, other)
    assert store.scalar("SELECT count(*) FROM codes") == 0


def test_remove_code_lifts_subcodes(store):
    category = codebook.add_code(store, "Cat", is_category=True)
    code = codebook.add_code(store, "Ouder", parent_id=category)
    child = codebook.add_code(store, "Kind", parent_id=code)
    codebook.remove_code(store, code)
    assert codebook.get_code(store, child)["parent_id"] == category


def test_validation_records_who_and_when(store):
    code = codebook.add_code(store, "Laagdrempelig")
    codebook.validate_code(store, code, "Jeugdprofessional Anouk")
    row = codebook.get_code(store, code)
    assert row["validated_by"] == "Jeugdprofessional Anouk" and row["validated_at"]
    with pytest.raises(InvalidInput):
        codebook.validate_code(store, code, "  ")
    codebook.unvalidate_code(store, code)
    assert codebook.get_code(store, code)["validated_by"] == ""


def test_memos_on_codes(store):
    code = codebook.add_code(store, "Schaamte")
    memo = codebook.add_memo(store, "Komt vaak samen met taal voor", code_id=code, author="Lisa")
    codebook.update_memo(store, memo, "Vaak samen met taal")
    memos = codebook.memos_for(store, code_id=code)
    assert [(m["text"], m["author"]) for m in memos] == [("Vaak samen met taal", "Lisa")]
    with pytest.raises(InvalidInput):
        codebook.add_memo(store, "   ", code_id=code)


def test_find_code_by_name_or_id(store):
    code = codebook.add_code(store, "Appgroep")
    assert codebook.find_code(store, "appgroep")["id"] == code
    assert codebook.find_code(store, code)["id"] == code
