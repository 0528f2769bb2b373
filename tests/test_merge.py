"""Bundles and merging laptops: idempotent, conflicts keep both, withdrawals propagate."""

from __future__ import annotations

import json
import shutil
import zipfile

import pytest
from exchange_data import add_code, add_fragment, add_story, edge_workshop, fill_analysis

from workbench import workshop
from workbench.collect import stories
from workbench.collect.withdrawal import withdraw
from workbench.errors import InvalidInput
from workbench.exchange.bundle import syncable_tables, write_bundle
from workbench.exchange.merge import merge_bundle as _merge_bundle
from workbench.store import Store


def merge_bundle(store: Store, path):
    """These tests also merge laptops that each made their own workshop: said explicitly
    (tests/test_sync_workshops.py checks that it is refused without)."""
    return _merge_bundle(store, path, other_workshop=True)


def open_store(path) -> Store:
    return Store.open(path)


@pytest.fixture
def laptop_a(tmp_path):
    s = open_store(tmp_path / "a.db")
    workshop.create_workshop(s, "Laptop A")
    workshop.add_practice(s, "Speelgroep De Vlinder")
    edge_workshop(s)
    fill_analysis(s)
    yield s
    s.close()


def copy_of(store: Store, path) -> Store:
    """A second laptop prepared from the first one's file (the same UUIDs)."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(store.path, path)
    return open_store(path)


def snapshot(store: Store) -> dict[str, list]:
    tables = syncable_tables(store, include_identities=True) + ["merge_state"]
    return {t: store.all(f"SELECT * FROM {t} ORDER BY 1, 2") for t in tables}


def test_merging_into_an_independent_laptop_and_twice_changes_nothing(laptop_a, tmp_path):
    b = open_store(tmp_path / "b.db")
    workshop.create_workshop(b, "Laptop B")
    workshop.add_practice(b, "speelgroep de vlinder")  # same practice, other UUID and case
    workshop.add_practice(b, "Buurthuiskamer Oost")
    own = add_story(b, "Lotte", "Op laptop B verteld: de koffie staat altijd klaar.")
    write_bundle(laptop_a, tmp_path / "a.wbb")
    report = merge_bundle(b, tmp_path / "a.wbb")
    assert report.added["stories"] == 5 and report.added["codings"] > 0
    assert report.backup is not None and report.backup.exists()
    assert b.scalar("SELECT count(*) FROM stories") == 6
    assert b.scalar("SELECT count(*) FROM workshops") == 1
    # the practice with the same name is the same practice
    assert b.scalar("SELECT count(*) FROM practices") == 2
    vlinder = b.scalar("SELECT id FROM practices WHERE name = 'speelgroep de vlinder'")
    assert {r["practice_id"] for r in b.all("SELECT practice_id FROM stories WHERE id != ?",
                                            [own])} == {vlinder}
    assert b.scalar("SELECT count(*) FROM stories WHERE id = ?", [own]) == 1
    before = snapshot(b)
    again = merge_bundle(b, tmp_path / "a.wbb")
    assert snapshot(b) == before
    assert again.total_added == 0 and again.total_updated == 0 and not again.conflicts


def test_bundle_has_schema_version_and_no_identities_without_asking(laptop_a, tmp_path):
    story = add_story(laptop_a, "Yara", "Verhaal.")
    teller = laptop_a.scalar("SELECT storyteller_id FROM stories WHERE id = ?", [story])
    stories.set_identity(laptop_a, teller, real_name="Yara Echtenaam", contact="06-1234")
    write_bundle(laptop_a, tmp_path / "a.wbb")
    with zipfile.ZipFile(tmp_path / "a.wbb") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        blob = b"".join(zf.read(n) for n in zf.namelist())
    assert manifest["schema_version"] == laptop_a.schema_version
    assert "identities" not in manifest["tables"] and b"Echtenaam" not in blob
    assert "stories_fts" not in manifest["tables"] and "merge_state" not in manifest["tables"]
    write_bundle(laptop_a, tmp_path / "b.wbb", include_identities=True)
    with zipfile.ZipFile(tmp_path / "b.wbb") as zf:
        assert b"Echtenaam" in zf.read("tables/identities.jsonl")


def test_story_edited_on_both_sides_keeps_both_versions(laptop_a, tmp_path):
    b = copy_of(laptop_a, tmp_path / "b.db")
    story = laptop_a.scalar("SELECT id FROM stories WHERE title = 'Rand: accents'")
    text = laptop_a.scalar("SELECT text FROM stories WHERE id = ?", [story])
    stories.set_text(laptop_a, story, text + " Aangevuld op laptop A.")
    stories.set_text(b, story, text + " Aangevuld op laptop B.")
    # a fragment coded on A after the edit belongs with A's text
    new_text = text + " Aangevuld op laptop A."
    start = new_text.index("Aangevuld")
    fragment_a = add_fragment(laptop_a, story, start, len(new_text),
                              [laptop_a.scalar("SELECT id FROM codes WHERE name = 'Gezelligheid'")])
    write_bundle(laptop_a, tmp_path / "a.wbb")
    report = merge_bundle(b, tmp_path / "a.wbb")
    assert report.conflicts == ["Rand: accents"]
    texts = {r["text"] for r in b.all("SELECT text FROM stories")}
    assert text + " Aangevuld op laptop B." in texts and new_text in texts
    # the later edit stays the story, the other is a second story (the same on both
    # laptops); each version keeps what was coded on it
    titles = [r["title"] for r in b.all("SELECT title FROM stories WHERE text IN (?, ?)",
                                        [new_text, text + " Aangevuld op laptop B."])]
    assert sorted("andere versie" in title for title in titles) == [False, True]
    holder = b.one("SELECT * FROM stories WHERE text = ?", [new_text])
    moved = b.one("SELECT * FROM fragments WHERE id = ?", [fragment_a])
    assert moved["story_id"] == holder["id"]
    assert holder["text"][moved["start"]:moved["end"]] == moved["text"]
    before = snapshot(b)
    again = merge_bundle(b, tmp_path / "a.wbb")
    assert snapshot(b) == before and not again.conflicts


def test_edit_on_one_side_is_taken_and_local_edits_are_kept(laptop_a, tmp_path):
    b = copy_of(laptop_a, tmp_path / "b.db")
    one = laptop_a.scalar("SELECT id FROM stories WHERE title = 'Rand: emoji'")
    other = laptop_a.scalar("SELECT id FROM stories WHERE title = 'Rand: markup'")
    first = laptop_a.scalar("SELECT text FROM stories WHERE id = ?", [one])
    second = laptop_a.scalar("SELECT text FROM stories WHERE id = ?", [other])
    stories.set_text(laptop_a, one, "Op A ervoor gezet 👦🏽. " + first)
    stories.set_text(b, other, second + " Op B aangevuld.")
    write_bundle(laptop_a, tmp_path / "a.wbb")
    report = merge_bundle(b, tmp_path / "a.wbb")
    assert not report.conflicts
    taken = b.scalar("SELECT text FROM stories WHERE id = ?", [one])
    assert taken == "Op A ervoor gezet 👦🏽. " + first
    assert b.scalar("SELECT text FROM stories WHERE id = ?", [other]) == second + " Op B aangevuld."
    # fragments moved along with A's edit, on B too
    for row in b.all("SELECT f.*, s.text AS story FROM fragments f JOIN stories s "
                     "ON s.id = f.story_id WHERE s.id = ?", [one]):
        assert row["story"][row["start"]:row["end"]] == row["text"]
    # later: A edits the same story again; B did not touch it since the merge
    stories.set_text(laptop_a, one, "Derde versie van A. Op A ervoor gezet 👦🏽. " + first)
    write_bundle(laptop_a, tmp_path / "a2.wbb")
    report = merge_bundle(b, tmp_path / "a2.wbb")
    assert not report.conflicts
    assert b.scalar("SELECT text FROM stories WHERE id = ?", [one]).startswith("Derde versie")


def test_withdrawals_propagate_both_ways(laptop_a, tmp_path):
    b = copy_of(laptop_a, tmp_path / "b.db")
    gone = laptop_a.scalar("SELECT id FROM storytellers WHERE pseudonym LIKE 'Rand 1%'")
    withdraw(laptop_a, gone)
    write_bundle(laptop_a, tmp_path / "a.wbb")
    report = merge_bundle(b, tmp_path / "a.wbb")
    assert report.withdrawn == 1
    assert b.scalar("SELECT count(*) FROM storytellers WHERE id = ?", [gone]) == 0
    assert b.scalar("SELECT count(*) FROM stories WHERE storyteller_id = ?", [gone]) == 0
    assert b.scalar("SELECT count(*) FROM withdrawals WHERE storyteller_id = ?", [gone]) == 1
    # the other way: withdrawn on B, an old bundle of A must not bring the person back
    c = copy_of(b, tmp_path / "c.db")
    other = c.scalar("SELECT id FROM storytellers WHERE pseudonym LIKE 'Rand 2%'")
    withdraw(c, other)
    old = open_store(tmp_path / "old.db")
    workshop.create_workshop(old, "Oud")
    merge_bundle(old, tmp_path / "a.wbb")
    write_bundle(old, tmp_path / "old.wbb")
    report = merge_bundle(c, tmp_path / "old.wbb")
    assert c.scalar("SELECT count(*) FROM storytellers WHERE id = ?", [other]) == 0
    assert c.scalar("SELECT count(*) FROM stories s WHERE s.storyteller_id = ?", [other]) == 0
    assert report.skipped > 0


def test_same_pseudonym_for_two_people_gets_a_number(laptop_a, tmp_path):
    b = open_store(tmp_path / "b.db")
    workshop.create_workshop(b, "Laptop B")
    workshop.add_practice(b, "Speelgroep De Vlinder")
    add_story(b, "Rand 0 emoji", "Een ander mens met dezelfde schuilnaam.")
    write_bundle(laptop_a, tmp_path / "a.wbb")
    report = merge_bundle(b, tmp_path / "a.wbb")
    assert report.renamed == [("Rand 0 emoji", "Rand 0 emoji (2)")]
    assert b.scalar("SELECT count(*) FROM storytellers WHERE pseudonym LIKE 'Rand 0 emoji%'") == 2


def test_bundle_from_a_newer_schema_is_refused(laptop_a, tmp_path):
    write_bundle(laptop_a, tmp_path / "a.wbb")
    with zipfile.ZipFile(tmp_path / "a.wbb") as zin, \
            zipfile.ZipFile(tmp_path / "new.wbb", "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["migrations"].append(9999)
                manifest["schema_version"] = 9999
                data = json.dumps(manifest).encode()
            zout.writestr(name, data)
    b = open_store(tmp_path / "b.db")
    workshop.create_workshop(b, "B")
    before = snapshot(b)
    with pytest.raises(InvalidInput) as caught:
        merge_bundle(b, tmp_path / "new.wbb")
    assert "nieuwere workbench (schemaversie 9999)" in caught.value.message()
    assert snapshot(b) == before


@pytest.mark.parametrize("damage", ["not_zip", "no_manifest", "bad_row", "unknown_table",
                                    "dangling"])
@pytest.mark.slow  # long: left out of the quick loop
def test_damaged_bundles_change_nothing(laptop_a, tmp_path, damage):
    write_bundle(laptop_a, tmp_path / "a.wbb")
    bad = tmp_path / "bad.wbb"
    if damage == "not_zip":
        bad.write_text("geen bundel")
    else:
        with zipfile.ZipFile(tmp_path / "a.wbb") as zin, zipfile.ZipFile(bad, "w") as zout:
            for name in zin.namelist():
                data = zin.read(name)
                if name == "manifest.json":
                    if damage == "no_manifest":
                        continue
                    manifest = json.loads(data)
                    if damage == "unknown_table":
                        manifest["tables"]["evil; DROP TABLE stories"] = {"columns": ["id"]}
                    if damage == "dangling":  # the manifest counts the extra row
                        manifest["tables"]["codings"]["rows"] += 1
                    data = json.dumps(manifest).encode()
                if name == "tables/codings.jsonl" and damage == "bad_row":
                    data = b"[1, 2]\n" + data
                if name == "tables/codings.jsonl" and damage == "dangling":
                    row = json.loads(data.decode().splitlines()[0])
                    row[0] = "11111111-1111-4111-8111-111111111111"
                    row[2] = "22222222-2222-4222-8222-222222222222"  # a code that is nowhere
                    data = data + b"\n" + json.dumps(row).encode()
                if name == "clocks/codings.jsonl" and damage == "dangling":
                    data = data + b"\n{}"  # every row has its version
                zout.writestr(name, data)
    b = open_store(tmp_path / "b.db")
    workshop.create_workshop(b, "B")
    before = snapshot(b)
    if damage == "dangling":
        merge_bundle(b, bad)  # a coding whose code never came is skipped, not half-merged
        assert b.scalar("SELECT count(*) FROM codings WHERE id = ?",
                        ["11111111-1111-4111-8111-111111111111"]) == 0
        return
    with pytest.raises(InvalidInput):
        merge_bundle(b, bad)
    assert snapshot(b) == before


def test_codes_nest_and_independent_codebooks_merge(laptop_a, tmp_path):
    b = open_store(tmp_path / "b.db")
    workshop.create_workshop(b, "B")
    workshop.add_practice(b, "Speelgroep De Vlinder")
    parent = add_code(b, "Thema B", category=True)
    story = add_story(b, "Sam", "Een verhaal op B.")
    add_fragment(b, story, 0, 4, [add_code(b, "Sub B", parent=parent)])
    write_bundle(b, tmp_path / "b.wbb")
    merge_bundle(laptop_a, tmp_path / "b.wbb")
    row = laptop_a.one("SELECT c.name, p.name AS parent FROM codes c "
                       "JOIN codes p ON p.id = c.parent_id WHERE c.name = 'Sub B'")
    assert row == {"name": "Sub B", "parent": "Thema B"}
    assert laptop_a.scalar("SELECT count(*) FROM codes WHERE name = 'Gezelligheid'") == 1


def _merge_with_consents_changed(tmp_path, tellers, change):
    """Merge a bundle of ``tellers`` whose consent rows went through ``change`` into an
    empty workshop; return the refusal and the store (tests below: damaged bundles)."""
    import io

    from fuzz_support import coded_store

    from workbench import workshop
    from workbench.errors import InvalidInput
    from workbench.exchange.bundle import write_bundle
    from workbench.exchange.merge import merge_bundle
    from workbench.store import Store

    source = coded_store("Laptop B", "Speelgroep De Vlinder", tellers, coded_chars=10)
    sound = tmp_path / "b.wbbundle"
    write_bundle(source, sound)
    buffer = io.BytesIO()
    with zipfile.ZipFile(sound) as zin, zipfile.ZipFile(buffer, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "tables/consents.jsonl":
                rows = [json.loads(line) for line in data.decode().splitlines() if line]
                change(rows)
                data = "\n".join(json.dumps(row) for row in rows).encode()
            zout.writestr(name, data)
    damaged = tmp_path / "damaged.wbbundle"
    damaged.write_bytes(buffer.getvalue())
    store = Store.memory()
    workshop.create_workshop(store, "Laptop A")
    with pytest.raises(InvalidInput) as refused:
        merge_bundle(store, damaged, other_workshop=True)
    return refused.value, store


def test_a_bundle_whose_consent_rows_are_damaged_is_refused_whole(tmp_path):
    # consent comes before a story: a damaged bundle must not bring stories nobody agreed
    # to keep (found by tests/test_fuzz_bundle.py)
    def lose_whose(rows):  # whose consent it is: lost
        for row in rows:
            row[1] = 1  # a number: no storyteller has it

    refused, store = _merge_with_consents_changed(tmp_path, (
        ("Ilse", "Ik vond hier mensen die hetzelfde meemaakten."),), lose_whose)
    assert "1 verhaal hoort geen toestemming" in refused.message()
    assert store.scalar("SELECT count(*) FROM stories") == 0


def test_a_bundle_with_one_key_twice_in_a_table_is_refused(tmp_path):
    # two consent rows with the same id would merge as one, leaving a story without
    # consent (found by tests/test_fuzz_bundle.py)
    def one_id(rows):
        assert len(rows) == 2
        for row in rows:
            row[0] = 0  # both consents under one id

    refused, store = _merge_with_consents_changed(tmp_path, (
        ("Ilse", "Ik vond hier mensen die hetzelfde meemaakten."),
        ("Nadia", "Mijn zoon speelt nu met kinderen uit de straat.")), one_id)
    assert "regel 2 van 'consents' herhaalt een sleutel" in refused.message()
    assert store.scalar("SELECT count(*) FROM stories") == 0
