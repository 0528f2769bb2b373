"""Withdrawal: the storyteller and everything derived goes; search and export forget them."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.collect import search, stories, withdrawal
from workbench.errors import NotFound
from workbench.store import new_id, now


def _derived(store, text="Wij drinken koffie in de huiskamer."):
    """A storyteller with a story, identity, a coded fragment on the wall and on a poster."""
    practice = store.scalar("SELECT id FROM practices ORDER BY name")
    teller = stories.add_storyteller(store, "Wendela", "parent", practice_id=practice)
    stories.set_identity(store, teller, "Sandra de Wit", "06-58203174")
    story = stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text,
                              parts=[])
    stories.record_consent(store, teller, store_story=True, quotes=True, method="verbal",
                           story_id=story)
    code, fragment, factor = new_id(), new_id(), new_id()
    stamp = now()
    db = store.db
    db["codes"].insert({"id": code, "name": "Gezelligheid", "created_at": stamp})
    db["fragments"].insert({"id": fragment, "story_id": story, "start": 0, "end": 20,
                            "text": text[:20], "created_at": stamp})
    db["codings"].insert({"id": new_id(), "fragment_id": fragment, "code_id": code,
                          "created_at": stamp})
    db["memos"].insert({"id": new_id(), "fragment_id": fragment, "text": "mooi",
                        "created_at": stamp, "updated_at": stamp})
    db["factors"].insert({"id": factor, "practice_id": practice, "name": "Samen zijn",
                          "created_at": stamp, "updated_at": stamp})
    db["factor_fragments"].insert({"factor_id": factor, "fragment_id": fragment,
                                   "placed_at": stamp})
    db["factor_quotes"].insert({"factor_id": factor, "fragment_id": fragment})
    return teller, story


def test_withdraw_removes_everything_derived_and_leaves_a_tombstone(store):
    teller, story = _derived(store)
    other = stories.add_storyteller(store, "Blijft", "parent")
    stories.add_story(store, storyteller_id=other, practice_id=None, text="Ook koffie hier.")
    report = withdrawal.withdraw(store, "wendela")  # pseudonyms match case-insensitively
    assert report.counts == {"stories": 1, "parts": 0, "consents": 1, "identity": 1,
                             "fragments": 1, "codings": 1, "memos": 1, "wall_cards": 1,
                             "quotes": 1}
    for table in ("identities", "consents", "fragments", "codings", "memos",
                  "factor_fragments", "factor_quotes"):
        assert store.scalar(f"SELECT count(*) FROM {table}") == 0, table
    assert store.scalar("SELECT count(*) FROM stories WHERE id = ?", [story]) == 0
    assert store.scalar("SELECT count(*) FROM storytellers WHERE id = ?", [teller]) == 0
    assert store.scalar("SELECT count(*) FROM factors") == 1  # the factor itself stays
    assert withdrawal.is_withdrawn(store, teller)
    assert store.one("SELECT * FROM withdrawals")["storyteller_id"] == teller
    # the full-text index forgot the text: only the other story is found
    assert [r["pseudonym"] for r in search.find_stories(store, query="koffie")] == ["Blijft"]
    assert store.scalar("SELECT count(*) FROM stories_fts WHERE stories_fts MATCH 'huiskamer'") == 0


def test_unknown_storyteller_is_refused_unless_a_merge_brings_a_uuid(store):
    with pytest.raises(NotFound):
        withdrawal.withdraw(store, "Niemand")
    remote = new_id()
    report = withdrawal.withdraw(store, remote, missing_ok=True)
    assert report.stories == 0 and withdrawal.is_withdrawn(store, remote)
    withdrawal.withdraw(store, remote, missing_ok=True)  # idempotent
    assert store.scalar("SELECT count(*) FROM withdrawals") == 1


def test_cli_withdraw_backs_up_first_and_export_no_longer_has_the_teller(demo_store, tmp_path):
    path = demo_store.path
    pseudonym = "Yasmina"
    assert demo_store.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = ?", [pseudonym])
    demo_store.close()
    runner = CliRunner()
    refused = runner.invoke(main, ["--db", str(path), "withdraw", pseudonym], input="n\n")
    assert refused.exit_code == 0 and "Niets verwijderd." in refused.output
    result = runner.invoke(main, ["--db", str(path), "withdraw", pseudonym], input="j\n")
    assert result.exit_code == 0, result.output
    assert f"De toestemming van {pseudonym} is ingetrokken" in result.output
    assert "Reservekopie:" in result.output
    backups = list((path.parent / ".workbench-backups").glob("*-withdraw.db"))
    assert backups
    out = tmp_path / "export.json"
    exported = runner.invoke(main, ["--db", str(path), "export", "json", str(out)])
    assert exported.exit_code == 0, exported.output
    document = out.read_text(encoding="utf-8")
    assert pseudonym not in document
    assert "kende niemand" not in document  # a sentence from her story
    assert json.loads(document)
    searched = runner.invoke(main, ["--db", str(path), "stories", "search", "niemand"])
    assert pseudonym not in searched.output
    missing = runner.invoke(main, ["--db", str(path), "withdraw", pseudonym, "--yes"])
    assert missing.exit_code == 1 and "niet gevonden" in missing.output


def test_demo_has_an_interrupted_story_a_withdrawn_teller_and_one_to_pseudonymise(demo_store):
    from workbench.collect import booth, pseudonyms

    unfinished = booth.unfinished(demo_store)
    assert [r["pseudonym"] for r in unfinished] == ["Samira"]
    assert booth.resume(demo_store, unfinished[0]["id"]).parts  # resumable, with its text
    assert demo_store.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = 'Wendy'") == 0
    assert demo_store.scalar("SELECT count(*) FROM withdrawals") == 1
    transcript = demo_store.scalar("SELECT s.id FROM stories s JOIN storytellers t "
                                   "ON t.id = s.storyteller_id WHERE t.pseudonym = 'Tulp 7'")
    kinds = {f.kind for f in pseudonyms.scan_story(demo_store, transcript)}
    assert {"address", "phone", "person"} <= kinds  # Lotte, Gerda: from the name lists
    assert not pseudonyms.passed(demo_store, transcript)


def test_withdrawal_removes_the_pseudonym_from_sounding_board_participants(demo_store):
    """Votes stay (they are anonymous), but the withdrawn pseudonym is nowhere left."""
    from workbench.collect import withdrawal
    from workbench.sessions import model as sessions

    teller = demo_store.one("SELECT * FROM storytellers WHERE role = 'parent' LIMIT 1")
    session = demo_store.one("SELECT id FROM sessions LIMIT 1")["id"]
    participant = demo_store.one("SELECT * FROM participants WHERE session_id = ? LIMIT 1",
                                 [session])
    demo_store.db.execute("UPDATE participants SET label = ? WHERE id = ?",
                          [teller["pseudonym"], participant["id"]])
    ballots_before = demo_store.scalar("SELECT count(*) FROM ballots")
    withdrawal.withdraw(demo_store, teller["pseudonym"])
    labels = [p["label"] for p in sessions.participants(demo_store, session)]
    assert teller["pseudonym"] not in labels
    assert demo_store.scalar("SELECT count(*) FROM ballots") == ballots_before
