"""The analysis commands through the real CLI on a real file."""

from __future__ import annotations

import pytest
from analysis_data import build
from click.testing import CliRunner

from workbench import workshop
from workbench.cli import main
from workbench.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kwp.db"
    store = Store.open(path)
    workshop.create_workshop(store, "Proef")
    workshop.add_practice(store, "Speelgroep De Vlinder")
    workshop.add_practice(store, "Buurthuiskamer Oost")
    build(store)
    store.close()
    return path


def run(db, *args):
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    return result


def test_fragments_of_a_code_across_stories_with_filters(db):
    result = run(db, "fragments", "--code", "Gezelligheid")
    assert result.exit_code == 0, result.output
    assert "4 fragmenten uit 3 verhalen." in result.output
    assert "Amal · ouder · Speelgroep De Vlinder · Dinsdag" in result.output
    assert "“De moeders lachen veel samen.”" in result.output
    out = run(db, "fragments", "--code", "Gezelligheid", "--role", "volunteer").output
    assert "2 fragmenten uit 1 verhaal." in out
    out = run(db, "fragments", "--code", "Contact", "--coder", "Omar").output
    assert "1 fragment uit 1 verhaal." in out and "Nu bellen we elke week." in out
    out = run(db, "fragments", "--code", "Steun", "--with", "Gezelligheid", "--mode",
              "overlap").output
    assert "3 fragmenten" in out
    assert "Daar heb ik" in run(db, "fragments", "Amal").output  # per story still works


def test_reports_from_the_cli(db, tmp_path):
    import docx

    target = tmp_path / "verslag.docx"
    result = run(db, "fragments", "--code", "Gezelligheid", "--report", str(target))
    assert result.exit_code == 0, result.output
    assert "Verslag gemaakt" in result.output
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Fragmenten: Gezelligheid" in text
    md = tmp_path / "verslag.md"
    assert run(db, "fragments", "--code", "Gezelligheid", "--report", str(md)).exit_code == 0
    assert md.read_text(encoding="utf-8").startswith("# Fragmenten: Gezelligheid")


def test_code_makes_a_new_code_and_uncode_takes_it_off(db):
    result = run(db, "code", "Bram", "--text", "Dan blijven we langer zitten.",
                 "--new-code", "Tijd nemen", "--coder", "Lisa")
    assert result.exit_code == 0, result.output
    assert "Nieuwe code gemaakt: Tijd nemen." in result.output
    assert "Tijd nemen" in run(db, "codes", "list").output
    result = run(db, "uncode", "Bram", "--text", "Dan blijven we langer zitten.",
                 "--code", "Tijd nemen")
    assert result.exit_code == 0, result.output
    assert "geen codes meer" in result.output
    assert "Dan blijven" not in run(db, "fragments", "Bram").output
    result = run(db, "uncode", "Bram", "--text", "Soms brengt iemand koekjes mee.",
                 "--code", "Steun")
    assert result.exit_code == 1 and "heeft de code “Steun” niet" in result.output


def test_cooccurrence_autocode_memos_attributes(db, tmp_path):
    out = run(db, "cooccurrence", "--mode", "story").output
    assert "1. Vriendschap" in out and "   2    2    2" in out
    result = run(db, "autocode", "moeder*", "--dry-run")
    assert "2 treffers in 2 verhalen." in result.output
    result = run(db, "autocode", "thuis", "--code", "Steun", "--coder", "Lisa", "--sentence")
    assert result.exit_code == 0, result.output
    assert "1 fragment gecodeerd met Steun" in result.output  # the other one had it already
    assert "1 fragment zonder deze code" in run(db, "autocode", "--undo").output
    assert run(db, "memos", "add", "--story", "Amal", "Regel een\\nRegel twee").exit_code == 0
    assert run(db, "memos", "add", "--project", "Over het geheel").exit_code == 0
    out = run(db, "memos", "list", "--search", "regel").output
    assert "Verhaal van Amal" in out and "    Regel twee" in out and "Over het" not in out
    assert run(db, "attributes", "add", "Leeftijd", "--kind", "choice", "--choice", "30-40",
               "--choice", "40+").exit_code == 0
    assert run(db, "attributes", "set", "Amal", "Leeftijd", "30-40").exit_code == 0
    csv = tmp_path / "waarden.csv"
    csv.write_text("schuilnaam,Leeftijd\nChaima,30-40\nBram,40+\n", encoding="utf-8")
    assert "Waarden geïmporteerd: 2" in run(db, "attributes", "import", str(csv)).output
    assert "Chaima: Leeftijd=30-40" in run(db, "attributes", "list").output
    out = run(db, "fragments", "--code", "Gezelligheid", "--attribute", "Leeftijd=30-40").output
    assert "2 fragmenten uit 2 verhalen." in out
    bad = run(db, "attributes", "set", "Amal", "Leeftijd", "90")
    assert bad.exit_code == 1 and "geen keuze" in bad.output and "Traceback" not in bad.output
