"""Browse and full-text search of stories, core and CLI."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import main
from workbench.collect import search, stories


def _add(store, pseudonym, text, role="parent", practice=0, status="complete", topic=None):
    practice_id = store.all("SELECT id FROM practices ORDER BY name")[practice]["id"]
    teller = stories.add_storyteller(store, pseudonym, role, practice_id=practice_id)
    parts = [(topic, text)] if topic else ()
    return stories.add_story(store, storyteller_id=teller, practice_id=practice_id,
                             parts=parts, text=None if topic else text, status=status)


def _topic(store, position):
    return store.scalar("SELECT id FROM topics WHERE position = ?", [position])


def test_prefix_search_ranks_and_marks_hits(store):
    _add(store, "Merel", "De moeders drinken koffie. Koffie is belangrijk.")
    _add(store, "Ilse", "Wij spelen buiten met de kinderen.")
    rows = search.find_stories(store, query="moeder koff")
    assert [r["pseudonym"] for r in rows] == ["Merel"]
    hits = [piece for piece, hit in rows[0]["snippet"] if hit]
    assert hits == ["moeders", "koffie", "Koffie"]
    assert search.count(store, "kinderen") == 1


def test_odd_input_never_breaks_the_query(store):
    _add(store, "Merel", 'Zij zei "AND" en OR (niet) * NEAR')
    for query in ['"', "AND", "(niet", "*", "NEAR(", "ä'; DROP TABLE stories; --", ""]:
        search.find_stories(store, query=query)
    assert [r["pseudonym"] for r in search.find_stories(store, query='"and"')] == ["Merel"]


def test_filters_combine_with_search(store):
    _add(store, "Merel", "koffie in de speelgroep", topic=_topic(store, 1))
    _add(store, "Ilse", "koffie bij de vrijwilligers", role="volunteer", practice=1,
         topic=_topic(store, 5))
    _add(store, "Bram", "koffie maar onderbroken", practice=1, status="interrupted")
    by = lambda **kw: [r["pseudonym"] for r in search.find_stories(  # noqa: E731
        store, search.Filters(**kw), "koffie")]
    practice_1 = store.all("SELECT id FROM practices ORDER BY name")[1]["id"]
    assert sorted(by()) == ["Bram", "Ilse", "Merel"]
    assert by(role="volunteer") == ["Ilse"]
    assert sorted(by(practice_id=practice_1)) == ["Bram", "Ilse"]
    assert by(status="interrupted") == ["Bram"]
    assert by(topic_id=_topic(store, 5)) == ["Ilse"]


def test_search_follows_edits(store):
    story = _add(store, "Merel", "Eerst over de markt.")
    stories.set_text(store, story, "Nu over de bibliotheek.")
    assert search.find_stories(store, query="markt") == []
    assert len(search.find_stories(store, query="bibliotheek")) == 1
    segments = search.highlight(store, story, "biblio")
    assert segments == [("Nu over de ", False), ("bibliotheek", True), (".", False)]


def test_cli_list_and_search(tmp_path):
    db = tmp_path / "kwp.db"
    runner = CliRunner()
    runner.invoke(main, ["--db", str(db), "demo"])
    listed = runner.invoke(main, ["--db", str(db), "stories", "list", "--status",
                                  "interrupted"])
    assert listed.exit_code == 0 and "Samira" in listed.output
    found = runner.invoke(main, ["--db", str(db), "stories", "search", "thermoskan"])
    assert found.exit_code == 0 and "«thermoskan»" in found.output
    nothing = runner.invoke(main, ["--db", str(db), "--lang", "en", "stories", "search", "qqq"])
    assert "No stories found." in nothing.output
