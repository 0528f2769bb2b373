"""The pseudonymisation assistant's core: scan, known names, apply, review."""

from __future__ import annotations

import pytest

from workbench.collect import pseudonyms, stories
from workbench.errors import Conflict


def _kinds(text, names=()):
    return [(f.text, f.kind, f.suggestion) for f in pseudonyms.scan(text, names)]


def test_scan_finds_contact_details_and_addresses():
    text = ("Mail naar fatima.b@voorbeeld.nl of bel 06-12345678 of +31 20 123 4567. "
            "Wij wonen op de Kerkstraat 12a, 1234 AB.")
    assert _kinds(text) == [
        ("fatima.b@voorbeeld.nl", "email", "[e-mailadres]"),
        ("06-12345678", "phone", "[telefoonnummer]"),
        ("+31 20 123 4567", "phone", "[telefoonnummer]"),
        ("Kerkstraat 12a", "address", "[adres]"),
        ("1234 AB", "postcode", "[postcode]"),
    ]


def test_capitals_mid_sentence_with_placeholders_from_context():
    text = ("Mijn zoon Amir gaat naar school. Amir is vijf. Mijn vrouw Leyla ook. "
            "Vrijwilliger Joke helpt. Wij wonen in Den Haag en spreken Nederlands en Turks. "
            "Ik ga met [naam kind] naar De Vlinder.")
    found = _kinds(text)
    assert ("Amir", "person", "[naam kind]") in found
    # also at a sentence start, with the same placeholder
    assert [f for f in found if f[0] == "Amir"][1] == ("Amir", "person", "[naam kind]")
    assert ("Leyla", "person", "[naam partner]") in found
    assert ("Den Haag", "place", "[plaats]") in found
    words = [f[0] for f in found]
    assert "Nederlands" not in words and "Turks" not in words and "Mijn" not in words
    assert "naam kind" not in " ".join(words)  # placeholders are never flagged
    assert "Vrijwilliger" not in words  # it starts the sentence


def test_known_names_are_found_in_any_case(store):
    teller = stories.add_storyteller(store, "Roos", "parent")
    stories.set_identity(store, teller, "Sandra de Wit", "06-1")
    names = pseudonyms.known_names(store)
    assert {"Sandra de Wit", "Sandra", "Wit", "Roos"} <= set(names) and "de" not in names
    found = _kinds("ik zag sandra de wit bij de markt", names)
    assert found == [("sandra de wit", "name", "[naam]")]


def test_apply_replaces_longest_first_across_stories_and_keeps_reviews(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    a = stories.add_story(store, storyteller_id=teller, practice_id=None,
                          parts=[(None, "Jan Jansen en Jan kwamen.")])
    b = stories.add_story(store, storyteller_id=teller, practice_id=None,
                          text="Janneke zag Jan.")
    pseudonyms.mark_passed(store, b, "tester", force=True)
    n = pseudonyms.apply(store, {"Jan": "[naam vrijwilliger]", "Jan Jansen": "[naam buurman]"})
    assert n == 3
    assert stories.get_story(store, a)["text"] == "[naam buurman] en [naam vrijwilliger] kwamen."
    assert stories.get_story(store, b)["text"] == "Janneke zag [naam vrijwilliger]."
    assert store.scalar("SELECT text FROM story_parts WHERE story_id = ?", [a]) == (
        "[naam buurman] en [naam vrijwilliger] kwamen.")
    assert pseudonyms.passed(store, b)  # a replacement only takes details out


def test_mark_passed_needs_resolved_findings_and_an_edit_needs_a_new_review(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    story = stories.add_story(store, storyteller_id=teller, practice_id=None,
                              text="Wij gingen met Ahmed naar buiten.")
    assert not pseudonyms.passed(store, story)
    with pytest.raises(Conflict):
        pseudonyms.mark_passed(store, story, "tester")
    pseudonyms.allow(store, "Ahmed")  # judged not identifying here
    pseudonyms.mark_passed(store, story, "tester")
    assert pseudonyms.passed(store, story)
    assert stories.get_story(store, story)["status"] == "ready"
    stories.set_text(store, story, "Wij gingen met de buren naar buiten.")
    assert not pseudonyms.passed(store, story)


def test_set_text_bumps_revision_and_skips_unchanged_text(store):
    teller = stories.add_storyteller(store, "Merel", "parent")
    story = stories.add_story(store, storyteller_id=teller, practice_id=None, text="Eerst.")
    before = stories.get_story(store, story)
    stories.set_text(store, story, "Eerst.")
    assert stories.get_story(store, story)["revision"] == before["revision"]
    stories.set_text(store, story, "Daarna.")
    after = stories.get_story(store, story)
    assert after["revision"] == before["revision"] + 1
    assert after["content_hash"] == stories.content_hash("Daarna.")
    assert after["updated_at"] >= before["updated_at"]
