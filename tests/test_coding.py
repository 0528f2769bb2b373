"""Fragments and codings: offsets, coders, memos, bad input, withdrawal, re-anchoring, overview."""

from __future__ import annotations

import pytest

from workbench import workshop
from workbench.coding import codebook
from workbench.coding import fragments as coding
from workbench.collect import stories
from workbench.errors import Conflict, InvalidInput

TEXT = (
    "Ik kom elke dinsdag naar de groep. Het is gezellig en we lachen veel.\n\n"
    "Met twee moeders heb ik nu contact in de app."
)


def _teller(store, name="Amal", role="parent", practice=0) -> tuple[str, str]:
    practice_id = workshop.practices(store)[practice]["id"]
    return stories.add_storyteller(store, name, role, practice_id=practice_id), practice_id


def _story(store, text=TEXT, **kw) -> str:
    teller, practice = _teller(store, **kw)
    return stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text)


def test_fragment_keeps_exact_offsets_and_coder_and_time(store):
    story = _story(store)
    code = codebook.add_code(store, "Gezelligheid")
    start = TEXT.index("Het is gezellig")
    end = start + len("Het is gezellig en we lachen veel.")
    fragment = coding.code_selection(store, story, start, end, [code], "Onderzoeker Lisa")
    row = coding.get_fragment(store, fragment)
    assert (row["start"], row["end"]) == (start, end)
    assert row["text"] == TEXT[start:end] == "Het is gezellig en we lachen veel."
    coded = store.one("SELECT * FROM codings WHERE fragment_id = ?", [fragment])
    assert coded["coder"] == "Onderzoeker Lisa" and coded["created_at"]


def test_selection_is_trimmed_and_backwards_selection_works(store):
    story = _story(store)
    code = codebook.add_code(store, "X")
    start = TEXT.index("Het")
    fragment = coding.code_selection(store, story, start + 5, start - 1, [code], "Lisa")
    row = coding.get_fragment(store, fragment)
    assert (row["start"], row["end"]) == (start, start + 5) and row["text"] == "Het i"


@pytest.mark.parametrize(("start", "end"), [(5, 5), (34, 35), (69, 71)])
def test_zero_length_or_blank_selection_refused(store, start, end):
    story = _story(store)
    code = codebook.add_code(store, "X")
    assert TEXT[start:end].strip() == ""
    with pytest.raises(InvalidInput) as error:
        coding.code_selection(store, story, start, end, [code], "Lisa")
    assert "lege selectie" in error.value.message()
    assert store.scalar("SELECT count(*) FROM fragments") == 0


def test_selection_outside_the_story_refused(store):
    story = _story(store)
    code = codebook.add_code(store, "X")
    with pytest.raises(InvalidInput):
        coding.code_selection(store, story, 0, len(TEXT) + 1, [code], "Lisa")


def test_overlapping_fragments_allowed_and_same_selection_collects_codes(store):
    story = _story(store)
    a = codebook.add_code(store, "A")
    b = codebook.add_code(store, "B")
    f1 = coding.code_selection(store, story, 0, 40, [a], "Lisa")
    f2 = coding.code_selection(store, story, 20, 60, [b], "Lisa")
    f3 = coding.code_selection(store, story, 0, 40, [b], "Lisa")
    assert f1 != f2 and f3 == f1
    fragments = coding.fragments_for_story(store, story)
    assert [len(f["codes"]) for f in fragments] == [2, 1]
    # coding twice by the same coder is idempotent
    coding.code_fragment(store, f1, a, "Lisa")
    assert store.scalar("SELECT count(*) FROM codings WHERE fragment_id = ?", [f1]) == 2


def test_category_cannot_be_given_as_code(store):
    story = _story(store)
    category = codebook.add_code(store, "Cat", is_category=True)
    with pytest.raises(InvalidInput):
        coding.code_selection(store, story, 0, 10, [category], "Lisa")
    assert store.scalar("SELECT count(*) FROM fragments") == 0  # all or nothing


def test_memo_on_fragment_and_uncode(store):
    story = _story(store)
    code = codebook.add_code(store, "A")
    fragment = coding.code_selection(store, story, 0, 10, [code], "Lisa")
    coding.add_fragment_memo(store, fragment, "Mooi citaat voor de poster", author="Lisa")
    assert coding.fragments_for_story(store, story)[0]["memos"] == 1
    assert coding.uncode(store, fragment, code) == 1
    coding.delete_fragment(store, fragment)
    assert store.scalar("SELECT count(*) FROM memos") == 0


def test_fragment_disappears_with_a_withdrawn_story(store):
    story = _story(store)
    code = codebook.add_code(store, "A")
    fragment = coding.code_selection(store, story, 0, 10, [code], "Lisa")
    coding.add_fragment_memo(store, fragment, "memo")
    teller = store.scalar("SELECT storyteller_id FROM stories WHERE id = ?", [story])
    store.db["storytellers"].delete(teller)  # withdrawal deletes the storyteller row
    assert store.scalar("SELECT count(*) FROM fragments") == 0
    assert store.scalar("SELECT count(*) FROM codings") == 0
    assert store.scalar("SELECT count(*) FROM memos") == 0
    assert store.scalar("SELECT count(*) FROM codes") == 1  # the codebook stays


# -- re-anchoring ---------------------------------------------------------------------


def _coded(store, quote: str) -> tuple[str, str]:
    story = _story(store)
    code = codebook.add_code(store, "A")
    start = TEXT.index(quote)
    return story, coding.code_selection(store, story, start, start + len(quote), [code], "Lisa")


def _save(store, story: str, new_text: str) -> None:
    """What issue 3's stories.set_text does: new text and re-anchoring in one transaction."""
    old = store.scalar("SELECT text FROM stories WHERE id = ?", [story])
    with store.transaction():
        store.db.execute("UPDATE stories SET text = ? WHERE id = ?", [new_text, story])
        coding.reanchor_fragments(store, story, old, new_text)


def test_insert_before_a_fragment_shifts_it(store):
    story, fragment = _coded(store, "Met twee moeders")
    new = "Eerst dit. " + TEXT
    _save(store, story, new)
    row = coding.get_fragment(store, fragment)
    assert new[row["start"]:row["end"]] == row["text"] == "Met twee moeders"


def test_edit_inside_a_fragment_stretches_it_and_renews_its_text(store):
    story, fragment = _coded(store, "Het is gezellig en we lachen veel.")
    new = TEXT.replace("gezellig en", "heel erg gezellig en")
    _save(store, story, new)
    row = coding.get_fragment(store, fragment)
    assert row["text"] == "Het is heel erg gezellig en we lachen veel."
    assert new[row["start"]:row["end"]] == row["text"]


def test_edit_after_a_fragment_leaves_it_alone(store):
    story, fragment = _coded(store, "Ik kom elke dinsdag")
    before = coding.get_fragment(store, fragment)
    _save(store, story, TEXT + " Dat is fijn.")
    assert coding.get_fragment(store, fragment) == before


def test_typo_fix_at_the_edge_of_a_fragment(store):
    story, fragment = _coded(store, "contact in de app")
    new = TEXT.replace("de app.", "de appgroep.")
    _save(store, story, new)
    row = coding.get_fragment(store, fragment)
    assert row["text"] in ("contact in de app", "contact in de appgroep")
    assert new[row["start"]:row["end"]] == row["text"]


def test_edit_that_wipes_a_coded_fragment_is_blocked_and_rolls_back(store):
    story, fragment = _coded(store, "Het is gezellig en we lachen veel.")
    new = TEXT.replace(" Het is gezellig en we lachen veel.", "")
    with pytest.raises(Conflict) as error:
        _save(store, story, new)
    assert "gezellig" in error.value.message()
    assert store.scalar("SELECT text FROM stories WHERE id = ?", [story]) == TEXT
    assert coding.get_fragment(store, fragment)["text"] == "Het is gezellig en we lachen veel."


def test_reanchor_moves_calibration_units_too(store):
    from workbench.coding import calibration

    story = _story(store)
    session = calibration.create_calibration(store, "Ronde 1", [story], ["Lisa", "Omar"])
    new = "Inleiding. " + TEXT
    _save(store, story, new)
    units = calibration.units(store, session)
    # units stay fixed: the new sentence is no unit, the old ones moved along
    assert [new[u["start"]:u["end"]] for u in units][:2] == [
        "Ik kom elke dinsdag naar de groep.", "Het is gezellig en we lachen veel."]


def test_reanchor_large_story_many_fragments(store):
    text = " ".join(f"Zin nummer {i} gaat over de groep." for i in range(600))
    story = _story(store, text=text)
    code = codebook.add_code(store, "A")
    for i in range(0, 600, 3):
        quote = f"Zin nummer {i} gaat"
        start = text.index(quote + " ")
        coding.code_selection(store, story, start, start + len(quote), [code], "Lisa")
    new = "Nieuw begin. " + text.replace("nummer 300 ", "nummer drie­honderd ")
    _save(store, story, new)
    for row in store.all("SELECT * FROM fragments"):
        assert new[row["start"]:row["end"]] == row["text"]
        assert row["text"].startswith("Zin nummer")


# -- overview ---------------------------------------------------------------------------


def test_overview_per_practice_and_per_role(store):
    code = codebook.add_code(store, "Gezelligheid")
    other = codebook.add_code(store, "Appgroep")
    s1 = _story(store, name="Amal", role="parent", practice=0)
    s2 = _story(store, name="Joke", role="volunteer", practice=1)
    s3 = _story(store, name="Sara", role="parent", practice=1)
    for story in (s1, s2, s3):
        coding.code_selection(store, story, 0, 10, [code], "Lisa")
    coding.code_selection(store, s3, 0, 10, [code], "Omar")  # same fragment, other coder
    coding.code_selection(store, s3, 20, 30, [other], "Lisa")
    by_practice = coding.overview(store, "practice")
    assert by_practice.labels == ["Buurthuiskamer Oost", "Speelgroep De Vlinder"]
    counts = {row.name: row.counts for row in by_practice.rows}
    assert counts == {"Gezelligheid": [1, 2], "Appgroep": [0, 1]}
    by_role = coding.overview(store, "role")
    assert by_role.labels == ["ouder", "vrijwilliger"]
    counts = {row.name: (row.counts, row.total) for row in by_role.rows}
    assert counts == {"Gezelligheid": ([2, 1], 3), "Appgroep": ([1, 0], 1)}
    with pytest.raises(InvalidInput):
        coding.overview(store, "kleur")


def test_find_story_by_pseudonym_or_id_prefix(store):
    story = _story(store)
    assert coding.find_story(store, "amal")["id"] == story
    assert coding.find_story(store, story[:8])["id"] == story


def test_stories_set_text_reanchors_fragments_and_calibration_units(store):
    from workbench.coding import calibration

    story, fragment = _coded(store, "Met twee moeders")
    other = _story(store, name="Joke", text="Een zin. Nog een zin.")
    session = calibration.create_calibration(store, "R", [other], ["Lisa", "Omar"])
    stories.set_text(store, story, "Voorwoord. " + TEXT)
    row = coding.get_fragment(store, fragment)
    assert ("Voorwoord. " + TEXT)[row["start"]:row["end"]] == "Met twee moeders"
    stories.set_text(store, other, "Eerst dit. Een zin. Nog een zin.")
    assert [u["text"] for u in calibration.units(store, session)] == ["Een zin.", "Nog een zin."]
    with pytest.raises(Conflict):
        stories.set_text(store, story, "Alles anders.")
    assert store.scalar("SELECT text FROM stories WHERE id = ?", [story]) == "Voorwoord. " + TEXT


def test_coding_list_leaves_out_stories_still_being_told_and_shows_the_check(demo_store):
    from workbench.coding import fragments as coding_module

    rows = coding_module.stories_for_coding(demo_store)
    assert rows and all(r["status"] not in ("draft", "interrupted") for r in rows)
    interrupted = demo_store.scalar("SELECT id FROM stories WHERE status = 'interrupted'")
    assert interrupted not in {r["id"] for r in rows}
    assert {"ready", "complete"} <= {r["status"] for r in rows}  # Tulp 7 is not checked yet
