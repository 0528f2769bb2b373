"""The coding commands through the real CLI on a real file."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import main
from workbench.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kwp.db"
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(path), "init", "KWP", "--practice", "Vlinder",
                                  "--no-pin"])
    assert result.exit_code == 0, result.output
    from workbench import workshop
    from workbench.collect import stories

    store = Store.open(path)
    practice = workshop.practices(store)[0]["id"]
    for name, text in (("Amal", "Ik kom graag. Het is gezellig. We helpen elkaar."),
                       ("Joke", "De kinderen spelen samen. Ik leer veel.")):
        teller = stories.add_storyteller(store, name, "parent", practice_id=practice)
        stories.add_story(store, storyteller_id=teller, practice_id=practice, text=text)
    store.close()
    return path


def run(db, *args, lang=None):
    prefix = ["--db", str(db)] + (["--lang", lang] if lang else [])
    return CliRunner().invoke(main, prefix + list(args))


def test_codebook_commands(db):
    assert "5 categorieën" in run(db, "codes", "seed").output
    first = "De bijeenkomsten, de groep en de begeleiding"
    assert run(db, "codes", "add", "Gezelligheid", "--category", first).exit_code == 0
    assert run(db, "codes", "add", "Gezellig").exit_code == 0
    assert run(db, "codes", "rename", "Gezellig", "Sfeer").exit_code == 0
    assert run(db, "codes", "move", "Sfeer", "--to", first).exit_code == 0
    assert run(db, "codes", "validate", "Sfeer", "--by", "Anouk").exit_code == 0
    assert run(db, "codes", "memo", "Sfeer", "Lijkt op gezelligheid").exit_code == 0
    listing = run(db, "codes", "list").output
    assert "▸ " + first in listing and "  • Sfeer (0) ✓" in listing
    assert run(db, "code", "Amal", "--text", "Het is gezellig.", "--code", "Sfeer",
               "--coder", "Lisa").exit_code == 0
    refused = run(db, "codes", "delete", "Sfeer")
    assert refused.exit_code == 1
    assert "--merge-into" in refused.output and "Traceback" not in refused.output
    merged = run(db, "codes", "delete", "Sfeer", "--merge-into", "Gezelligheid")
    assert merged.exit_code == 0
    assert "Gezelligheid" in run(db, "fragments", "Amal").output


def test_code_a_fragment_and_bad_input(db):
    run(db, "codes", "add", "Gezelligheid")
    ok = run(db, "code", "Amal", "--start", "14", "--end", "30", "--code", "Gezelligheid",
             "--coder", "Lisa")
    assert ok.exit_code == 0 and "14–30" in ok.output
    empty = run(db, "code", "Amal", "--start", "5", "--end", "5", "--code", "Gezelligheid",
                "--coder", "Lisa")
    assert empty.exit_code == 1 and empty.output.startswith("Fout: ")
    assert "lege selectie" in empty.output
    english = run(db, "code", "Amal", "--text", "niet in het verhaal", "--code", "Gezelligheid",
                  "--coder", "Lisa", lang="en")
    assert english.exit_code == 1 and english.output.startswith("Error: ")
    assert "does not appear" in english.output
    assert "“Het is gezellig.”" in run(db, "fragments", "Amal").output


def test_calibration_round_trip(db):
    run(db, "codes", "add", "Gezelligheid")
    run(db, "codes", "add", "Elkaar helpen")
    made = run(db, "calibration", "new", "Ronde 1", "--story", "Amal", "--story", "Joke",
               "--coder", "Lisa", "--coder", "Omar")
    assert made.exit_code == 0 and "5 zinnen" in made.output
    run(db, "calibration", "judge", "Ronde 1", "2", "--coder", "Lisa", "--code", "Gezelligheid")
    run(db, "calibration", "judge", "Ronde 1", "2", "--coder", "Omar", "--code", "Elkaar helpen")
    for n in ("1", "3", "4", "5"):
        for coder in ("Lisa", "Omar"):
            run(db, "calibration", "judge", "Ronde 1", n, "--coder", coder)
    units = run(db, "calibration", "units", "Ronde 1", "--coder", "Lisa").output
    assert "Gezelligheid" in units and "Elkaar helpen" not in units  # blind
    early = run(db, "calibration", "compare", "Ronde 1")
    assert early.exit_code == 1 and "Lisa" in early.output
    run(db, "calibration", "done", "Ronde 1", "--coder", "Lisa")
    run(db, "calibration", "done", "Ronde 1", "--coder", "Omar")
    result = run(db, "calibration", "compare", "Ronde 1")
    assert result.exit_code == 0, result.output
    assert "overeenstemming 80%" in result.output and "Krippendorffs α" in result.output
    assert "Verschillen (1)" in result.output and "Het is gezellig." in result.output
    assert "vergelijking geopend" in run(db, "calibration", "list").output
    bad = run(db, "calibration", "judge", "Ronde 1", "9", "--coder", "Lisa")
    assert bad.exit_code == 1 and "Zin 9" in bad.output


def test_overview_table_and_bar_chart(db):
    run(db, "codes", "add", "Gezelligheid")
    assert "Nog niets gecodeerd" in run(db, "overview").output
    run(db, "code", "Amal", "--text", "Het is gezellig.", "--code", "Gezelligheid",
        "--coder", "Lisa")
    run(db, "code", "Joke", "--text", "Ik leer veel.", "--code", "Gezelligheid", "--coder", "Lisa")
    out = run(db, "overview", "--width", "10").output
    assert "Vlinder" in out and "█" * 10 in out and "Totaal" in out
    by_role = run(db, "overview", "--by", "role").output
    assert "ouder" in by_role
