"""Conflicts between laptops converge: both versions, each with its own fragments, on both
laptops, listed on both; a withdrawn participant stays anonymous through old bundles."""

from __future__ import annotations

from exchange_data import add_code, add_fragment, add_story

from workbench import workshop
from workbench.collect import stories
from workbench.collect.withdrawal import withdraw
from workbench.exchange.bundle import syncable_tables, write_bundle
from workbench.exchange.merge import merge_bundle, open_conflicts
from workbench.store import Store, new_id, now


def state(s: Store) -> dict[str, list]:
    return {t: s.all(f"SELECT * FROM {t} ORDER BY 1, 2") for t in syncable_tables(s)}


def two_laptops(tmp_path) -> tuple[Store, Store]:
    a = Store.open(tmp_path / "a.db")
    workshop.create_workshop(a, "Kenniswerkplaats Zuid")
    workshop.add_practice(a, "Ouderkamer")
    write_bundle(a, tmp_path / "start.wbb")
    b = Store.open(tmp_path / "b.db")
    merge_bundle(b, tmp_path / "start.wbb")  # what `join` does
    return a, b


def test_a_story_changed_on_both_laptops_keeps_each_version_with_its_fragments(tmp_path):
    a, b = two_laptops(tmp_path)
    story = add_story(a, "Mila", "Eerste zin over de groep. Tweede zin over koffie. "
                                 "Derde zin over hulp.")
    code = add_code(a, "Koffie")
    write_bundle(a, tmp_path / "a0.wbb")
    merge_bundle(b, tmp_path / "a0.wbb")
    text = a.scalar("SELECT text FROM stories WHERE id = ?", [story])
    stories.set_text(a, story, "Op A: " + text)
    on_a = "Op A: " + text
    fragment_a = add_fragment(a, story, on_a.index("Tweede"), on_a.index("Tweede") + 20,
                              [code], coder="Coder A")
    stories.set_text(b, story, text + " Op B erbij.")
    on_b = text + " Op B erbij."
    fragment_b = add_fragment(b, story, on_b.index("Op B"), len(on_b), [code], coder="Coder B")
    write_bundle(b, tmp_path / "b1.wbb")
    assert merge_bundle(a, tmp_path / "b1.wbb").conflicts == ["Mila"]
    write_bundle(a, tmp_path / "a1.wbb")
    assert merge_bundle(b, tmp_path / "a1.wbb").conflicts == ["Mila"]  # listed there too
    for step in ("b2", "a2"):
        source, target = (b, a) if step.startswith("b") else (a, b)
        write_bundle(source, tmp_path / f"{step}.wbb")
        again = merge_bundle(target, tmp_path / f"{step}.wbb")
        assert again.total_added == 0 and again.total_updated == 0 and not again.conflicts
    assert state(a) == state(b)
    for s in (a, b):
        versions = {r["text"]: r for r in s.all("SELECT * FROM stories")}
        assert set(versions) == {on_a, on_b}
        assert sorted("andere versie" in r["title"] for r in versions.values()) == [False, True]
        assert s.scalar("SELECT story_id FROM fragments WHERE id = ?",
                        [fragment_a]) == versions[on_a]["id"]
        assert s.scalar("SELECT story_id FROM fragments WHERE id = ?",
                        [fragment_b]) == versions[on_b]["id"]
        for f in s.all("SELECT f.*, t.text AS whole FROM fragments f "
                       "JOIN stories t ON t.id = f.story_id"):
            assert f["whole"][f["start"]:f["end"]] == f["text"]
        assert [c["story_id"] for c in open_conflicts(s)] == [story]


def test_laptops_that_swap_bundles_at_once_end_the_same(tmp_path):
    """Both laptops bundle, then each merges the other's: the same choice on both."""
    a, b = two_laptops(tmp_path)
    story = add_story(a, "Mila", "Eerste zin over de groep. Tweede zin over koffie.")
    code = add_code(a, "Koffie")
    write_bundle(a, tmp_path / "a0.wbb")
    merge_bundle(b, tmp_path / "a0.wbb")
    text = a.scalar("SELECT text FROM stories WHERE id = ?", [story])
    stories.set_text(a, story, "Op A: " + text)
    add_fragment(a, story, 0, 4, [code], coder="Coder A")
    stories.set_text(b, story, text + " Op B erbij.")
    on_b = text + " Op B erbij."
    add_fragment(b, story, on_b.index("Op B"), len(on_b), [code], coder="Coder B")
    write_bundle(a, tmp_path / "a1.wbb")
    write_bundle(b, tmp_path / "b1.wbb")
    assert merge_bundle(a, tmp_path / "b1.wbb").conflicts == ["Mila"]
    assert merge_bundle(b, tmp_path / "a1.wbb").conflicts == ["Mila"]
    write_bundle(a, tmp_path / "a2.wbb")
    write_bundle(b, tmp_path / "b2.wbb")
    merge_bundle(a, tmp_path / "b2.wbb")
    merge_bundle(b, tmp_path / "a2.wbb")
    assert state(a) == state(b)
    assert a.scalar("SELECT count(*) FROM stories") == 2
    for s in (a, b):
        for f in s.all("SELECT f.*, t.text AS whole FROM fragments f "
                       "JOIN stories t ON t.id = f.story_id"):
            assert f["whole"][f["start"]:f["end"]] == f["text"]
        assert len(open_conflicts(s)) == 1


def test_a_withdrawn_participant_stays_anonymous_through_old_bundles(tmp_path):
    a, b = two_laptops(tmp_path)
    story = add_story(a, "Lale", "Ik kwam voor het eerst in de ouderkamer.")
    teller = a.scalar("SELECT storyteller_id FROM stories WHERE id = ?", [story])
    session, participant = new_id(), new_id()
    a.db["sessions"].insert({"id": session, "name": "Klankbord", "state": "open",
                             "created_at": now()})
    a.db["participants"].insert({"id": participant, "session_id": session, "label": "Lale",
                                 "storyteller_id": teller, "role": "parent",
                                 "checked_in_at": now()})
    write_bundle(a, tmp_path / "old.wbb")
    merge_bundle(b, tmp_path / "old.wbb")
    withdraw(a, "Lale")
    write_bundle(a, tmp_path / "new.wbb")
    assert merge_bundle(b, tmp_path / "new.wbb").withdrawn == 1
    for s in (a, b):
        merge_bundle(s, tmp_path / "old.wbb")
        row = s.one("SELECT * FROM participants WHERE id = ?", [participant])
        assert row["label"].startswith("anoniem-") and row["storyteller_id"] is None
        assert s.scalar("SELECT count(*) FROM storytellers") == 0
    # a third laptop that never saw Lale, given the old bundle after the new one
    c = Store.open(tmp_path / "c.db")
    merge_bundle(c, tmp_path / "new.wbb")
    report = merge_bundle(c, tmp_path / "old.wbb")
    assert report.left_out == 1
    assert c.one("SELECT label FROM participants")["label"].startswith("anoniem-")
    assert state(c) == state(a)


def test_the_facilitator_keeps_one_version(tmp_path):
    from click.testing import CliRunner

    from workbench.cli import main

    a, b = two_laptops(tmp_path)
    story = add_story(a, "Mila", "Eerste zin over de groep. Tweede zin over koffie.")
    code = add_code(a, "Koffie")
    write_bundle(a, tmp_path / "a0.wbb")
    merge_bundle(b, tmp_path / "a0.wbb")
    text = a.scalar("SELECT text FROM stories WHERE id = ?", [story])
    stories.set_text(a, story, "Op A: " + text)
    fragment_a = add_fragment(a, story, 6 + text.index("Tweede"), 6 + text.index("Tweede") + 20,
                              [code], coder="Coder A")
    on_b = text + " Op B erbij."
    stories.set_text(b, story, on_b)
    fragment_b = add_fragment(b, story, on_b.index("Op B"), len(on_b), [code], coder="Coder B")
    write_bundle(b, tmp_path / "b1.wbb")
    merge_bundle(a, tmp_path / "b1.wbb")
    a.close()
    b.close()

    def cli(db, *args):
        return CliRunner().invoke(main, ["--db", str(tmp_path / db), *args])

    listed = cli("a.db", "conflicts")
    assert "1. 'Mila'" in listed.output and "conflicts keep" in listed.output
    assert cli("a.db", "conflicts", "keep", "2", "first").exit_code == 1  # there is one
    a = Store.open(tmp_path / "a.db")
    second = a.scalar("SELECT text FROM stories WHERE id != ?", [story])
    a.close()
    result = cli("a.db", "conflicts", "keep", "1", "second")
    assert result.exit_code == 0, result.output
    assert "1 fragment is meeverhuisd" in result.output and "voor deze keuze" in result.output
    a = Store.open(tmp_path / "a.db")
    assert a.scalar("SELECT count(*) FROM stories") == 1
    assert a.scalar("SELECT text FROM stories WHERE id = ?", [story]) == second
    kept = fragment_b if second == on_b else fragment_a
    row = a.one("SELECT * FROM fragments WHERE id = ?", [kept])
    assert row["story_id"] == story and second[row["start"]:row["end"]] == row["text"]
    for f in a.all("SELECT * FROM fragments"):  # what stays fits the text that stays
        assert second[f["start"]:f["end"]] == f["text"]
    assert "geen verhalen met twee versies" in cli("a.db", "conflicts").output
    # the other laptop gets the chosen version, and no second story
    write_bundle(a, tmp_path / "a1.wbb")
    a.close()
    b = Store.open(tmp_path / "b.db")
    merge_bundle(b, tmp_path / "a1.wbb")
    b.close()
    assert "geen verhalen met twee versies" in cli("b.db", "conflicts").output
    a, b = Store.open(tmp_path / "a.db"), Store.open(tmp_path / "b.db")
    assert state(a) == state(b)
    # and an old bundle holding the second story does not bring it back
    merge_bundle(a, tmp_path / "b1.wbb")
    assert a.scalar("SELECT count(*) FROM stories") == 1


def test_keeping_the_second_version_drops_fragments_that_do_not_fit(store):
    from workbench.exchange.conflicts import resolve

    story = add_story(store, "Mila", "Alleen in de eerste versie staat deze zin.")
    teller = store.scalar("SELECT storyteller_id FROM stories WHERE id = ?", [story])
    copy = stories.add_story(store, storyteller_id=teller, practice_id=None, mode="interview",
                             text="Een heel andere tekst over koffie.",
                             title="Mila (andere versie)")
    code = add_code(store, "Koffie")
    add_fragment(store, story, 0, 6, [code])
    on_copy = add_fragment(store, copy, 24, 30, [code])
    store.db.execute("INSERT INTO merge_conflicts VALUES (?, ?, 'Mila', 'laptop B', ?)",
                     [story, copy, now()])
    done = resolve(store, 1, "second")
    assert (done.fragments_moved, done.fragments_removed) == (1, 1)
    assert store.scalar("SELECT text FROM stories WHERE id = ?", [story]).startswith("Een heel")
    assert store.scalar("SELECT story_id FROM fragments") == story
    assert store.scalar("SELECT id FROM fragments") == on_copy
    assert store.scalar("SELECT count(*) FROM stories") == 1
    assert open_conflicts(store) == []
