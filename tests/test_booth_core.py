"""The booth core: start with consent, autosave per topic, finish, interrupt, resume."""

from __future__ import annotations

import pytest

from workbench.collect import booth, stories
from workbench.errors import Conflict, InvalidInput


def _practice(store):
    return store.scalar("SELECT id FROM practices ORDER BY name")


def _count(store, table):
    return store.scalar(f"SELECT count(*) FROM {table}")


def test_no_consent_to_store_writes_nothing(store):
    with pytest.raises(InvalidInput):
        booth.start(store, _practice(store), role="parent", consent_store=False,
                    consent_quotes=True)
    for table in ("storytellers", "stories", "consents"):
        assert _count(store, table) == 0


def test_start_records_teller_consent_and_an_empty_draft(store):
    session = booth.start(store, _practice(store), role="volunteer", pseudonym="Merel",
                          consent_store=True, consent_quotes=False)
    story = stories.get_story(store, session.story_id)
    assert story["status"] == "draft" and story["text"] == "" and story["mode"] == "booth"
    consent = stories.latest_consent(store, session.storyteller_id)
    assert consent["store"] == 1 and consent["quotes"] == 0 and consent["method"] == "booth"
    # volunteers also get the topic only meant for volunteers and professionals
    assert len(session.topics) == 5


def test_generated_pseudonym_is_unique(store):
    a = booth.start(store, _practice(store), role="parent", consent_store=True,
                    consent_quotes=True)
    b = booth.start(store, _practice(store), role="parent", consent_store=True,
                    consent_quotes=True)
    assert a.pseudonym and b.pseudonym and a.pseudonym != b.pseudonym


def test_autosave_composes_the_text_in_topic_order(store):
    session = booth.start(store, _practice(store), role="parent", consent_store=True,
                          consent_quotes=True)
    first, second = session.topics[0]["id"], session.topics[1]["id"]
    booth.save_part(store, session.story_id, second, "Het bracht me rust.")
    booth.save_part(store, session.story_id, first, "Ik kom elke week.")
    booth.save_part(store, session.story_id, first, "Ik kom elke week graag.")
    story = stories.get_story(store, session.story_id)
    assert story["text"] == "Ik kom elke week graag.\n\nHet bracht me rust."
    assert story["revision"] == 4
    assert {t["id"] for t in stories.story_topics(store, session.story_id)} == {first, second}
    booth.save_part(store, session.story_id, second, "  ")
    assert [t["id"] for t in stories.story_topics(store, session.story_id)] == [first]


def test_too_long_a_save_is_refused_and_the_saved_text_stays(store):
    session = booth.start(store, _practice(store), role="parent", consent_store=True,
                          consent_quotes=True)
    topic = session.topics[0]["id"]
    booth.save_part(store, session.story_id, topic, "Bewaard stuk.")
    with pytest.raises(InvalidInput) as caught:
        booth.save_part(store, session.story_id, topic, "x" * (stories.MAX_STORY_CHARS + 1))
    assert "te lang" in caught.value.message()
    assert stories.get_story(store, session.story_id)["text"] == "Bewaard stuk."


def test_control_characters_are_stored_as_typed(store):
    session = booth.start(store, _practice(store), role="parent", consent_store=True,
                          consent_quotes=True)
    booth.save_part(store, session.story_id, session.topics[0]["id"], "a\x1b[2Jb [bold]c")
    assert stories.get_story(store, session.story_id)["text"] == "a\x1b[2Jb [bold]c"


def test_finish_needs_text_and_marks_complete(store):
    session = booth.start(store, _practice(store), role="parent", consent_store=True,
                          consent_quotes=True)
    with pytest.raises(InvalidInput):
        booth.finish(store, session.story_id)
    booth.save_part(store, session.story_id, session.topics[0]["id"], "Klaar.")
    booth.finish(store, session.story_id)
    assert stories.get_story(store, session.story_id)["status"] == "complete"
    with pytest.raises(Conflict):
        booth.resume(store, session.story_id)


def test_interrupt_and_resume_bring_back_the_saved_answers(store):
    session = booth.start(store, _practice(store), role="parent", consent_store=True,
                          consent_quotes=True)
    topic = session.topics[2]["id"]
    booth.save_part(store, session.story_id, topic, "Ik help met koffie.")
    booth.interrupt(store, session.story_id)
    assert [r["id"] for r in booth.unfinished(store)] == [session.story_id]
    again = booth.resume(store, session.story_id)
    assert again.parts[topic] == "Ik help met koffie."
    assert again.pseudonym == session.pseudonym and again.role == "parent"
    assert stories.get_story(store, session.story_id)["status"] == "draft"


def test_discard_removes_an_empty_start_without_a_tombstone(store):
    session = booth.start(store, _practice(store), role="parent", consent_store=True,
                          consent_quotes=True)
    booth.discard(store, session.story_id)
    for table in ("storytellers", "stories", "consents", "withdrawals"):
        assert _count(store, table) == 0


def test_recover_marks_stale_drafts_interrupted_and_drops_empty_ones(store):
    from datetime import timedelta

    kept = booth.start(store, _practice(store), role="parent", consent_store=True,
                       consent_quotes=True)
    booth.save_part(store, kept.story_id, kept.topics[0]["id"], "Half verhaal")
    empty = booth.start(store, _practice(store), role="parent", consent_store=True,
                        consent_quotes=True)
    assert booth.recover(store, older_than=timedelta(0)) == 2
    assert stories.get_story(store, kept.story_id)["status"] == "interrupted"
    assert store.scalar("SELECT count(*) FROM stories WHERE id = ?", [empty.story_id]) == 0


def test_interview_needs_an_interviewer_and_records_verbal_consent(store):
    with pytest.raises(InvalidInput):
        booth.start(store, _practice(store), role="parent", consent_store=True,
                    consent_quotes=True, mode="interview")
    session = booth.start(store, _practice(store), role="parent", consent_store=True,
                          consent_quotes=True, mode="interview", interviewer="Anouk",
                          interpreter=True, recorded_on="2026-03-01")
    story = stories.get_story(store, session.story_id)
    assert (story["mode"], story["interviewer"], story["interpreter"], story["recorded_on"]) == (
        "interview", "Anouk", 1, "2026-03-01")
    consent = stories.latest_consent(store, session.storyteller_id)
    assert consent["method"] == "verbal" and consent["recorded_by"] == "Anouk"


def test_resuming_keeps_an_answered_topic_that_was_retired_meanwhile(store):
    from workbench.collect import topic_list

    practice = store.scalar("SELECT id FROM practices LIMIT 1")
    telling = booth.start(store, practice, role="parent", pseudonym="Reiger 3",
                          consent_store=True, consent_quotes=False)
    first, second = telling.topics[0], telling.topics[1]
    booth.save_part(store, telling.story_id, first["id"], "Over de groep")
    booth.interrupt(store, telling.story_id)
    topic_list.retire_topic(store, first["id"])
    topic_list.retire_topic(store, second["id"])
    resumed = booth.resume(store, telling.story_id)
    ids = [t["id"] for t in resumed.topics]
    assert first["id"] in ids and second["id"] not in ids
    assert resumed.parts[first["id"]] == "Over de groep"
