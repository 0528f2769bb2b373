"""Domain rules live in the core, so every caller (TUI, CLI, scripts) meets the same ones:
the factor description limit, the booth's pseudonym limit, and what happens to a booth
story that is stopped without being finished."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from factors_data import fill

from workbench.cli import main
from workbench.collect import booth, stories
from workbench.errors import InvalidInput, WorkbenchError
from workbench.factors import model as factors
from workbench.i18n import t


def test_a_factor_description_is_at_most_500_characters_for_every_caller(store):
    practice = fill(store).practices[0]
    assert factors.MAX_DESCRIPTION == 500
    longest = "x" * factors.MAX_DESCRIPTION
    fid = factors.create_factor(store, "Rust", practice_id=practice, description=longest)
    assert factors.get_factor(store, fid)["description"] == longest
    with pytest.raises(InvalidInput) as refused:
        factors.set_description(store, fid, longest + "y")
    assert refused.value.key == "factors.error.long_description"
    assert factors.get_factor(store, fid)["description"] == longest  # nothing changed
    with pytest.raises(InvalidInput):
        factors.create_factor(store, "Ruimte", practice_id=practice, description=longest + "y")
    assert store.scalar("SELECT count(*) FROM factors WHERE name = 'Ruimte'") == 0
    # surrounding spaces do not count
    factors.set_description(store, fid, "  " + longest + "\n")
    for language in ("nl", "en"):
        message = t("factors.error.long_description", language, limit=500, size=501)
        assert "500" in message and "501" in message


def test_the_cli_meets_the_description_limit_too(tmp_path):
    path = tmp_path / "kwp.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(path), "init", "W", "--practice", "Moederkracht",
                                "--no-pin"]).exit_code == 0
    result = runner.invoke(main, ["--db", str(path), "--lang", "en", "factors", "add", "Rust",
                                  "--practice", "Moederkracht", "--description", "x" * 501])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "at most 500 characters" in result.output


def _practice(store):
    return store.scalar("SELECT id FROM practices ORDER BY name")


def test_the_booth_refuses_a_pseudonym_over_40_characters_for_every_caller(store):
    assert booth.MAX_PSEUDONYM == 40
    with pytest.raises(InvalidInput) as refused:
        booth.start(store, _practice(store), role="parent", pseudonym="M" * 41,
                    consent_store=True, consent_quotes=True)
    assert refused.value.key == "booth.error.name_too_long"
    assert store.scalar("SELECT count(*) FROM storytellers") == 0
    session = booth.start(store, _practice(store), role="parent", pseudonym="M" * 40,
                          consent_store=True, consent_quotes=True)
    assert session.pseudonym == "M" * 40


def test_stopping_an_unfinished_booth_story_is_decided_by_the_core(store):
    """``put_away`` is what the booth screen calls when a teller stops: nothing written
    means nothing kept; anything written stays as interrupted, for the facilitator."""
    empty = booth.start(store, _practice(store), role="parent", pseudonym="Leeg",
                        consent_store=True, consent_quotes=True)
    booth.save_part(store, empty.story_id, empty.topics[0]["id"], "   ")
    with pytest.raises(WorkbenchError):
        booth.finish(store, empty.story_id)  # what sends the screen to "stop or write on"
    assert booth.put_away(store, empty.story_id) is False
    assert store.scalar("SELECT count(*) FROM stories WHERE id = ?", [empty.story_id]) == 0
    assert store.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = 'Leeg'") == 0

    written = booth.start(store, _practice(store), role="parent", pseudonym="Vol",
                          consent_store=True, consent_quotes=True)
    booth.save_part(store, written.story_id, written.topics[0]["id"], "Ik kom graag.")
    assert booth.put_away(store, written.story_id) is True
    assert stories.get_story(store, written.story_id)["status"] == "interrupted"

    done = booth.start(store, _practice(store), role="parent", pseudonym="Klaar",
                       consent_store=True, consent_quotes=True)
    booth.save_part(store, done.story_id, done.topics[0]["id"], "Het hielp.")
    booth.finish(store, done.story_id)
    assert booth.put_away(store, done.story_id) is False  # a finished story is left alone
    assert stories.get_story(store, done.story_id)["status"] == "complete"
