"""`workbench check`: a sound file passes; each kind of damage is found, reported, exits 1."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from click.testing import CliRunner

from workbench import workshop
from workbench.check import check_file
from workbench.cli import main
from workbench.collect import stories
from workbench.store import Store


def make_file(path):
    """A small workshop file: one practice, two stories with consent."""
    store = Store.open(path)
    workshop.create_workshop(store, "Controle-werkplaats")
    practice = workshop.add_practice(store, "Speelgroep De Vlinder")
    for name, text in (("Merel", "Ik kwam voor het eerst met mijn dochter."),
                       ("Sanne", "De koffie en de praatjes houden mij op de been.")):
        teller = stories.add_storyteller(store, name, "parent", practice_id=practice)
        story = stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text)
        stories.record_consent(store, teller, store_story=True, quotes=True, method="booth",
                               story_id=story)
    store.close()
    return path


def raw(path):
    conn = sqlite3.connect(path, isolation_level=None)
    return conn


def run_check(path, *extra, lang=None):
    args = ["--db", str(path)] + (["--lang", lang] if lang else []) + ["check", *extra]
    return CliRunner().invoke(main, args)


@pytest.fixture
def wfile(tmp_path):
    return make_file(tmp_path / "kwp.db")


def test_sound_file_passes(wfile):
    result = run_check(wfile)
    assert result.exit_code == 0, result.output
    assert "Alles in orde." in result.output
    for label in ("Bestand", "Schema", "Verwijzingen", "Samenhang", "Zoekindex"):
        assert label in result.output


def test_demo_workshop_passes(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    report = check_file(path)
    assert report.ok, [(f.check, f.key, f.params, f.details) for f in report.problems()]


def test_check_writes_nothing(wfile):
    before = wfile.read_bytes()
    assert run_check(wfile).exit_code == 0
    assert wfile.read_bytes() == before


def test_fts_out_of_step_is_found_and_repaired(wfile):
    conn = raw(wfile)
    # A story written while the trigger was missing (e.g. a half-copied file) is not
    # searchable: the index no longer matches the stories.
    conn.execute("DROP TRIGGER stories_ai")
    conn.execute(
        "INSERT INTO stories (id, storyteller_id, text, created_at, updated_at) "
        "SELECT 'x1', storyteller_id, 'Verstopt verhaal over de moestuin', 'n', 'n' "
        "FROM stories LIMIT 1"
    )
    conn.close()
    result = run_check(wfile)
    assert result.exit_code == 1
    assert "Zoekindex" in result.output and "1 ontbreken" in result.output
    assert "--repair-fts" in result.output
    repaired = run_check(wfile, "--repair-fts")
    assert repaired.exit_code == 0, repaired.output
    assert "opnieuw opgebouwd" in repaired.output
    assert run_check(wfile).exit_code == 0
    store = Store.open(wfile)
    hits = list(store.db["stories"].search("moestuin"))
    assert [h["id"] for h in hits] == ["x1"]


def test_fts_entry_without_story_is_found(wfile):
    conn = raw(wfile)
    conn.execute("DROP TRIGGER stories_ad")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM stories WHERE rowid = (SELECT min(rowid) FROM stories)")
    conn.close()
    report = check_file(wfile)
    fts = report.by_check("fts")[0]
    assert fts.status == "problem" and fts.params["extra"] == 1


def test_orphaned_rows_are_reported(wfile):
    conn = raw(wfile)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO story_parts (id, story_id, position, text, updated_at) "
        "VALUES ('p1', 'no-such-story', 1, 'los stuk', 'n')"
    )
    conn.close()
    result = run_check(wfile)
    assert result.exit_code == 1
    assert "naar iets dat niet meer bestaat" in result.output
    assert "story_parts → stories: 1" in result.output


def test_story_without_consent_is_a_partial_record(wfile):
    conn = raw(wfile)
    conn.execute("DELETE FROM consents WHERE rowid = (SELECT min(rowid) FROM consents)")
    conn.close()
    result = run_check(wfile)
    assert result.exit_code == 1
    assert "zonder toestemming" in result.output


def test_withdrawn_storyteller_still_present_is_reported(wfile):
    conn = raw(wfile)
    conn.execute("INSERT INTO withdrawals SELECT id, 'n' FROM storytellers LIMIT 1")
    conn.close()
    result = run_check(wfile)
    assert result.exit_code == 1
    assert "de toestemming introk" in result.output


def test_newer_schema_is_reported(wfile):
    conn = raw(wfile)
    conn.execute("INSERT INTO migrations VALUES (99999, 'toekomst', 'n')")
    conn.close()
    result = run_check(wfile)
    assert result.exit_code == 1
    assert "99999" in result.output and "Werk workbench bij" in result.output


def test_pending_migration_is_a_note_not_a_failure(wfile):
    conn = raw(wfile)
    newest = conn.execute("SELECT max(version) FROM migrations").fetchone()[0]
    conn.execute("DELETE FROM migrations WHERE version = ?", [newest])
    conn.close()
    result = run_check(wfile)
    assert result.exit_code == 0, result.output
    assert "[let op] Schema" in result.output and str(newest) in result.output


def test_missing_table_is_reported(wfile):
    conn = raw(wfile)
    conn.execute("DROP TABLE poster_runs")
    conn.close()
    result = run_check(wfile)
    assert result.exit_code == 1
    assert "poster_runs" in result.output


def test_damaged_pages_are_reported(wfile):
    conn = raw(wfile)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'topics'").fetchone()[0]
    conn.close()
    data = bytearray(wfile.read_bytes())
    start = (root - 1) * page
    data[start + 8:start + page] = b"\xa5" * (page - 8)  # keep the page header, wreck cells
    wfile.write_bytes(bytes(data))
    result = run_check(wfile)
    assert result.exit_code == 1
    assert "FOUT" in result.output
    assert "Traceback" not in result.output
    assert "backup" in result.output and "restore" in result.output


def test_not_a_database_is_one_clear_line(tmp_path):
    path = tmp_path / "notities.db"
    path.write_text("boodschappen\n")
    result = run_check(path)
    assert result.exit_code == 1
    assert result.output.strip().startswith("Fout:")
    assert "geen workbench-bestand" in result.output


def test_missing_file_is_one_clear_line(tmp_path):
    result = run_check(tmp_path / "weg.db")
    assert result.exit_code == 1
    assert "bestaat niet" in result.output
    assert not (tmp_path / "weg.db").exists()


def test_report_in_english(wfile):
    conn = raw(wfile)
    conn.execute("DELETE FROM consents")
    conn.close()
    result = run_check(wfile, lang="en")
    assert result.exit_code == 1
    assert "without the storyteller's consent" in result.output
    assert "What you can do" in result.output
