"""Issue 21: the topic list as a thing to manage (CLI and core); retired topics are not
asked but stay on old stories."""

from __future__ import annotations

import stat
import tomllib

import pytest
from click.testing import CliRunner

from workbench import workshop
from workbench.cli import main
from workbench.collect import booth, stories, topic_list, topics
from workbench.store import Store


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kwp.db"
    result = run(path, "init", "Werkplaats Test", "--practice", "De Vlinder", "--no-pin")
    assert result.exit_code == 0, result.output
    return path


def test_list_add_edit_retire_through_the_cli(db):
    listed = run(db, "topics", "list")
    assert listed.exit_code == 0
    assert "1. De bijeenkomsten" in listed.output and "0 verhalen" in listed.output
    added = run(db, "topics", "add", "Vervoer", "--question", "Hoe komt u hier?",
                "--role", "parent")
    assert added.exit_code == 0 and "Topic 6 toegevoegd: Vervoer" in added.output
    edited = run(db, "topics", "edit", "6", "--question", "Hoe reist u naar de groep?")
    assert edited.exit_code == 0, edited.output
    retired = run(db, "topics", "retire", "Wat het u oplevert")
    assert retired.exit_code == 0 and "niet meer gevraagd" in retired.output
    listed = run(db, "topics", "list", "--questions")
    assert "Hoe reist u naar de groep?" in listed.output
    assert "alleen: ouder" in listed.output
    line = next(x for x in listed.output.splitlines() if "Wat het u oplevert" in x)
    assert "niet meer gevraagd" in line
    undo = run(db, "topics", "retire", "2", "--undo")
    assert undo.exit_code == 0 and "weer gevraagd" in undo.output


def test_unknown_topic_is_one_line(db):
    result = run(db, "topics", "edit", "99", "--label", "x")
    assert result.exit_code == 1
    assert result.output.strip().startswith("Fout: Geen topic '99'")
    assert "Traceback" not in result.output


def test_retired_topic_is_not_asked_but_stays_on_old_stories(store):
    practice = workshop.practices(store)[0]["id"]
    first = booth.start(store, practice, role="parent", consent_store=True,
                        consent_quotes=True)
    retired = first.topics[1]
    booth.save_part(store, first.story_id, retired["id"], "Ik heb veel geleerd.")
    booth.finish(store, first.story_id)
    topic_list.retire_topic(store, retired["label"])
    later = booth.start(store, practice, role="parent", consent_store=True,
                        consent_quotes=False)
    assert retired["id"] not in [t["id"] for t in later.topics]
    assert len(later.topics) == len(first.topics) - 1
    assert [t["id"] for t in stories.story_topics(store, first.story_id)] == [retired["id"]]
    row = topic_list.find_topic(store, retired["label"])
    assert row.retired and row.stories == 1
    list_id = workshop.require_workshop(store)["topic_list_id"]
    assert retired["id"] in [t["id"] for t in topics.topics_for(store, list_id,
                                                                  include_retired=True)]


def test_export_toml_is_a_template_init_can_read(db, tmp_path):
    run(db, "topics", "add", "Vervoer \"bus\"", "--question", "Hoe komt u hier?",
        "--label-en", "Transport", "--role", "volunteer")
    run(db, "topics", "retire", "1")
    out = tmp_path / "lijst.toml"
    result = run(db, "topics", "export", str(out))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    data = tomllib.loads(out.read_text(encoding="utf-8"))
    labels = [t["label"] for t in data["topics"]]
    assert "De bijeenkomsten, de groep en de begeleiding" not in labels  # retired
    assert labels[-1] == 'Vervoer "bus"'
    assert data["topics"][-1]["roles"] == ["volunteer"]
    second = tmp_path / "tweede.db"
    made = run(second, "init", "Tweede", "--template", str(out), "--no-pin")
    assert made.exit_code == 0, made.output
    other = Store.open(second)
    try:
        list_id = workshop.require_workshop(other)["topic_list_id"]
        assert [t["label"] for t in topics.topics_for(other, list_id)] == labels
    finally:
        other.close()


def test_export_pdf_sheet_lists_the_topics_asked(db, tmp_path):
    from pypdf import PdfReader

    run(db, "topics", "retire", "4")
    out = tmp_path / "topics.pdf"
    result = run(db, "topics", "export", str(out))
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    reader = PdfReader(out)
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.5)
    text = " ".join((p.extract_text() or "") for p in reader.pages)
    flat = " ".join(text.split())
    assert "Wat het u oplevert" in flat
    assert "Contact buiten de bijeenkomsten" not in flat  # retired: not asked any more
    assert "Alleen voor: vrijwilliger, jeugdprofessional" in flat
