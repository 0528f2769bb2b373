"""Retrieval, co-occurrence (checked against counts made by hand), memos, attributes,
auto-coding, undo/redo and reports, in the core (no terminal)."""

from __future__ import annotations

import pytest
from analysis_data import S1, build

from workbench.coding import analysis, autocode, memos, reports
from workbench.coding import fragments as coding
from workbench.coding.analysis import Filters, Query
from workbench.coding.history import History
from workbench.collect import attributes
from workbench.errors import InvalidInput, NotFound


def _texts(rows):
    return [r["text"] for r in rows]


def test_retrieve_a_code_across_stories_with_context_and_teller(store):
    ids = build(store)
    rows = analysis.retrieve(store, Query(ids["G"]))
    assert len(rows) == 4 and len({r["story_id"] for r in rows}) == 3
    first = next(r for r in rows if r["id"] == ids["f3"])
    assert first["pseudonym"] == "Amal" and first["role"] == "parent"
    assert first["practice"] == "Speelgroep De Vlinder" and first["title"] == "Dinsdag"
    assert first["before"].endswith("Daar heb ik ")
    assert first["after"].startswith(" als het thuis")
    assert first["codes"] == ["Gezelligheid"]


def test_a_category_brings_its_subcodes_unless_asked_not_to(store):
    ids = build(store)
    assert {r["id"] for r in analysis.retrieve(store, Query(ids["C"]))} == {
        ids["f1"], ids["f2"], ids["f7"], ids["f8"]}
    assert analysis.retrieve(store, Query(ids["C"], subcodes=False)) == []
    rows = analysis.retrieve(store, Query(ids["C"]))
    f1 = next(r for r in rows if r["id"] == ids["f1"])
    assert f1["codes"] == ["Vriendschap", "Steun"]


def test_filters_practice_role_coder_and_attribute(store):
    ids = build(store)
    oost = store.one("SELECT id FROM practices WHERE name = 'Buurthuiskamer Oost'")["id"]
    g = ids["G"]
    assert {r["id"] for r in analysis.retrieve(store, Query(g, filters=Filters(
        practice_id=oost)))} == {ids["f6"]}
    assert {r["id"] for r in analysis.retrieve(store, Query(g, filters=Filters(
        role="volunteer")))} == {ids["f4"], ids["f5"]}
    assert {r["id"] for r in analysis.retrieve(store, Query(g, filters=Filters(
        coder="Omar")))} == {ids["f3"], ids["f4"]}
    years = attributes.add_attribute(store, "Jaren in de groep", "number")
    attributes.set_value(store, ids["Amal"], years, "3")
    attributes.set_value(store, ids["Chaima"], years, "1,0")
    assert attributes.values_for(store, ids["Chaima"]) == {years: "1"}
    assert {r["id"] for r in analysis.retrieve(store, Query(g, filters=Filters(
        attribute_id=years, attribute_value="3")))} == {ids["f3"]}


def test_cooccurrence_matches_the_counts_made_by_hand(store):
    ids = build(store)
    v, s, g = ids["V"], ids["S"], ids["G"]
    expected = {
        # same fragment: f1 and f8 carry both V and S; G never shares a fragment
        "fragment": {(v, v): 3, (s, s): 3, (g, g): 4, (v, s): 2, (v, g): 0, (s, g): 0},
        # overlapping: f1 itself (V-S), f8 itself (V-S); f3 (G) overlaps f1 (V, S) and f2 (S)
        "overlap": {(v, v): 3, (s, s): 3, (g, g): 4, (v, s): 2, (v, g): 1, (s, g): 2},
        # same story: s1 has V, S, G; s2 only G; s3 has V, S, G
        "story": {(v, v): 2, (s, s): 2, (g, g): 3, (v, s): 2, (v, g): 2, (s, g): 2},
    }
    for mode, cells in expected.items():
        table = analysis.cooccurrence(store, mode)
        assert [c["name"] for c in table.codes] == ["Vriendschap", "Steun", "Gezelligheid"]
        for (a, b), n in cells.items():
            assert table.count(a, b) == n, (mode, a, b)
            assert table.count(b, a) == n, (mode, b, a)


def test_drill_down_from_a_cell_gives_the_fragments_behind_it(store):
    ids = build(store)
    rows = analysis.retrieve(store, Query(ids["S"], with_code=ids["G"], mode="overlap"))
    assert {r["id"] for r in rows} == {ids["f1"], ids["f2"], ids["f3"]}
    rows = analysis.retrieve(store, Query(ids["V"], with_code=ids["S"], mode="fragment"))
    assert {r["id"] for r in rows} == {ids["f1"], ids["f8"]}


def test_memos_on_every_object_several_lines_and_one_list(store):
    ids = build(store)
    text = "Eerste gedachte.\nTweede regel: vergelijk met Chaima."
    memos.add_memo(store, "story", ids["s1"], text, author="Lisa")
    memos.add_memo(store, "project", "", "Let op de rol van vrijwilligers.")
    memos.add_memo(store, "code", ids["G"], "Gezelligheid is breed.")
    memos.add_memo(store, "fragment", ids["f1"], "Mooi citaat.")
    listed = memos.memo_list(store)
    assert {m["kind"] for m in listed} == {"story", "project", "code", "fragment"}
    story_memo = memos.memo_list(store, search="vergelijk")
    assert len(story_memo) == 1 and story_memo[0]["text"] == text
    assert story_memo[0]["about"] == "Verhaal van Amal"
    assert memos.memo_list(store, kind="fragment")[0]["story_id"] == ids["s1"]
    rows = analysis.retrieve(store, Query(ids["V"]))
    assert next(r for r in rows if r["id"] == ids["f1"])["memos"] == ["Mooi citaat."]


def test_attribute_kinds_are_checked_and_csv_import_is_all_or_nothing(store):
    ids = build(store)
    age = attributes.add_attribute(store, "Leeftijd", "choice", ["tot 30", "30-40", "40+"])
    attributes.add_attribute(store, "Nederlands thuis", "boolean")
    with pytest.raises(InvalidInput):
        attributes.set_value(store, ids["Amal"], age, "50-60")
    n, names = attributes.import_csv(
        store, "schuilnaam;Leeftijd;Nederlands thuis\nAmal;30-40;ja\nChaima;TOT 30;nee\n")
    assert n == 4 and names == ["Leeftijd", "Nederlands thuis"]
    assert attributes.values_for(store, ids["Chaima"])[age] == "tot 30"
    with pytest.raises(InvalidInput) as error:
        attributes.import_csv(store, "schuilnaam;Leeftijd\nBram;30-40\nNiemand;40+\n")
    assert "Regel 3" in error.value.message()
    assert age not in attributes.values_for(store, ids["Bram"])  # nothing of it was kept


def test_search_patterns_words_phrases_wildcards():
    assert autocode.search_story("Moeders en een moeder.", "moeder*") == [(0, 7), (15, 21)]
    assert autocode.search_story("grootmoeder", "moeder*") == []
    assert autocode.search_story("we lachen  veel", '"lachen veel"') == [(3, 15)]
    assert autocode.search_story("kat of hond", "kat | hond") == [(0, 3), (7, 11)]
    with pytest.raises(InvalidInput):
        autocode.pattern("  * ")


def test_autocode_across_stories_then_undo_in_one_step(store):
    ids = build(store)
    before = store.scalar("SELECT count(*) FROM codings")
    fragments_before = store.scalar("SELECT count(*) FROM fragments")
    hits = autocode.find_hits(store, "moeder*", scope="sentence")
    assert [h.text for h in hits] == ["De moeders lachen veel samen.",
                                      "Een moeder gaf mij haar nummer."]
    run = autocode.autocode(store, hits, ids["S"], "Lisa", "moeder*")
    # the first sentence is f4 (reused), the second f7 (reused): two new codings
    assert autocode.run_size(store, run) == 2
    assert store.scalar("SELECT count(*) FROM fragments") == fragments_before
    hits = autocode.find_hits(store, "thuis")
    run = autocode.autocode(store, hits, ids["S"], "Lisa", "thuis")
    assert store.scalar("SELECT count(*) FROM fragments") == fragments_before + 2
    assert autocode.undo_run(store) == 2
    assert store.scalar("SELECT count(*) FROM fragments") == fragments_before
    assert autocode.undo_run(store) == 2
    assert store.scalar("SELECT count(*) FROM codings") == before
    with pytest.raises(NotFound):
        autocode.undo_run(store, run)


def test_undo_and_redo_code_uncode_recode_resize_memo_delete(store):
    ids = build(store)
    history = History(store)

    def state():
        return [(f["start"], f["end"], sorted(c["name"] for c in f["codes"]), f["memos"])
                for f in coding.fragments_for_story(store, ids["s1"])]

    start0 = state()
    start = S1.index("Ik kom")
    fragment = history.code(ids["s1"], start, start + 6, [ids["G"]], "Lisa")
    history.uncode(ids["f1"], ids["V"])
    history.recode(ids["f2"], ids["S"], ids["V"], "Lisa")
    history.resize(fragment, start, start + 11)
    history.memo(fragment, "Twee\nregels")
    history.delete_fragment(ids["f3"])
    end = state()
    for _ in range(6):
        assert history.undo() is not None
    assert state() == start0
    assert history.undo() is None
    for _ in range(6):
        assert history.redo() is not None
    assert state() == end
    assert history.redo() is None


def test_markdown_and_docx_reports(store, tmp_path):
    import docx

    ids = build(store)
    memos.add_memo(store, "fragment", ids["f4"], "Lachen als teken van veiligheid.")
    memos.add_memo(store, "code", ids["G"], "Breed opgevat.")
    text = reports.markdown(store, Query(ids["G"]))
    assert "# Fragmenten: Gezelligheid" in text
    assert "**De moeders lachen veel samen.**" in text and "Lachen als teken" in text
    path = tmp_path / "gezelligheid.docx"
    assert reports.write(store, Query(ids["G"]), path) == 4
    document = docx.Document(str(path))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Fragmenten: Gezelligheid" in body
    assert "De moeders lachen veel samen." in body
    assert "Lachen als teken van veiligheid." in body and "Breed opgevat." in body
    assert "4 fragmenten uit 3 verhalen." in body
