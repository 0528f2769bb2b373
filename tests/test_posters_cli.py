"""``workbench posters`` through the real CLI on a real database file."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from posters_data import add_factor, add_quote
from pypdf import PdfReader

from workbench import workshop
from workbench.cli import main
from workbench.store import Store

VLINDER = "Speelgroep De Vlinder"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kwp.db"
    s = Store.open(path)
    workshop.create_workshop(s, "Kenniswerkplaats Noord")
    workshop.add_practice(s, VLINDER)
    workshop.add_practice(s, "Buurthuiskamer Oost")
    social = add_factor(s, "Sociale contacten", ["Even de deur uit", "Gezelligheid"],
                        practice=VLINDER)
    add_quote(s, social, "Hier heb ik voor het eerst gepraat met een andere moeder.",
              pseudonym="Roos", practice=VLINDER)
    s.close()
    return path


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def test_posters_command_prints_pdfs_and_says_where(db, tmp_path):
    out = tmp_path / "posters"
    result = run(db, "posters", "--size", "a2", "--landscape", "--bundle", "--handout",
                 "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "1 poster geprint" in result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == ["01-sociale-contacten.pdf", "handout.pdf", "symposium.pdf"]
    poster = PdfReader(out / "01-sociale-contacten.pdf")
    box = poster.pages[0].mediabox
    assert float(box.width) > float(box.height)  # A2 landscape
    assert round(float(box.width)) == 1684
    assert "Even de deur uit" in poster.pages[0].extract_text()
    s = Store.open(db)
    assert s.scalar("SELECT count FROM poster_runs") == 1
    s.close()


def test_posters_refuse_and_list_what_to_fix(db, tmp_path):
    s = Store.open(db)
    fid = s.scalar("SELECT id FROM factors")
    add_quote(s, fid, "Liever niet op papier.", pseudonym="Anouk", consent=False,
              practice=VLINDER)
    s.close()
    out = tmp_path / "posters"
    result = run(db, "posters", "--out", str(out))
    assert result.exit_code == 1
    assert "Anouk" in result.output and "geen toestemming voor citaten" in result.output
    assert "Fout: Er is niets geprint" in result.output
    assert "Traceback" not in result.output
    assert not out.exists() or not list(out.iterdir())
    skipped = run(db, "posters", "--skip-unconsented", "--out", str(out))
    assert skipped.exit_code == 0, skipped.output
    assert "Weggelaten citaat" in skipped.output
    text = PdfReader(out / "01-sociale-contacten.pdf").pages[0].extract_text()
    assert "Liever niet op papier." not in text
    assert "andere moeder" in " ".join(text.split())


def test_check_lists_the_posters_without_writing(db, tmp_path):
    out = tmp_path / "posters"
    result = run(db, "posters", "--check", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Sociale contacten (Speelgroep De Vlinder)" in result.output
    assert not out.exists()


def test_errors_are_one_sentence_in_the_chosen_language(db, tmp_path):
    result = run(db, "--lang", "en", "posters", "--practice", "Nergens", "--out",
                 str(tmp_path / "p"))
    assert result.exit_code == 1
    assert result.output.startswith("Error: Practice 'Nergens' does not exist.")
    result = run(db, "posters", "--common", "--practice", VLINDER, "--out",
                 str(tmp_path / "p"))
    assert "Kies één praktijk of de gemeenschappelijke factoren" in result.output
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run(db, "posters", "--out", str(blocker))
    assert result.exit_code == 1 and "is een bestand, geen map" in result.output
    result = run(db, "posters", "--factor", "Onbekend", "--out", str(tmp_path / "p"))
    assert "Werkzame factor 'Onbekend' niet gevonden" in result.output


def test_lang_on_the_command_prints_english_posters(db, tmp_path):
    out = tmp_path / "en"
    result = run(db, "posters", "--lang", "en", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "1 poster printed" in result.output
    text = PdfReader(out / "01-sociale-contacten.pdf").pages[0].extract_text()
    assert "Characteristic elements" in text
