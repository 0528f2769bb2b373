"""Issue 21: identities for every way in (interview form, .txt import with a sidecar CSV,
CSV import), kept apart from the stories and PIN-protected; the file -> pseudonym map."""

from __future__ import annotations

import stat

import pytest
from click.testing import CliRunner
from textual.widgets import Input, Select

from workbench import access
from workbench.cli import main
from workbench.store import Store
from workbench.tui.app import make_app
from workbench.tui.screens.collect.interview import (
    IdentityDialog,
    InterviewSetupScreen,
    TellingScreen,
)


def run(db, *args, **kwargs):
    return CliRunner().invoke(main, ["--db", str(db), *args], **kwargs)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "kwp.db"
    result = run(path, "init", "W", "--practice", "De Vlinder", "--pin", "4321")
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def transcripts(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "interview-fatima-yilmaz.txt").write_text("Ik kom elke week. Het helpt.",
                                                         encoding="utf-8")
    (folder / "interview-peter.txt").write_text("Mijn zoon speelt hier graag.",
                                                encoding="utf-8")
    sidecar = tmp_path / "wie.csv"
    sidecar.write_text("file;name;contact;role_label\n"
                       "interview-fatima-yilmaz.txt;Fatima Yilmaz;06-11112222;moeder\n"
                       "interview-peter.txt;Peter de Boer;peter@example.nl;vader\n",
                       encoding="utf-8")
    return folder, sidecar


def rows(db, sql):
    store = Store.open(db)
    try:
        return store.all(sql)
    finally:
        store.close()


def test_txt_import_with_sidecar_role_label_and_map(db, transcripts, tmp_path):
    folder, sidecar = transcripts
    out = tmp_path / "map.csv"
    result = run(db, "import", "--practice", "vlinder", "--identities", str(sidecar),
                 "--map", str(out), "--pin", "4321", *sorted(map(str, folder.iterdir())))
    assert result.exit_code == 0, result.output
    assert "2 identiteiten apart bewaard." in result.output
    found = rows(db, "SELECT t.pseudonym, t.role_label, i.real_name, i.contact "
                     "FROM storytellers t JOIN identities i ON i.storyteller_id = t.id "
                     "ORDER BY i.real_name")
    assert [(r["real_name"], r["contact"], r["role_label"]) for r in found] == [
        ("Fatima Yilmaz", "06-11112222", "moeder"), ("Peter de Boer", "peter@example.nl", "vader")]
    # real names stay out of the stories table
    texts = " ".join(r["text"] + r["title"] + r["source"]
                     for r in rows(db, "SELECT * FROM stories"))
    assert "Fatima" not in texts and "Peter" not in texts
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "file,pseudonym"
    pseudonym = {r["real_name"]: r["pseudonym"] for r in found}["Fatima Yilmaz"]
    assert f"interview-fatima-yilmaz.txt,{pseudonym}" in lines
    shown = run(db, "identity", "show", pseudonym, "--pin", "4321")
    assert shown.exit_code == 0 and "Fatima Yilmaz, 06-11112222" in shown.output


def test_identities_need_the_pin(db, transcripts):
    folder, sidecar = transcripts
    result = run(db, "import", "--practice", "vlinder", "--identities", str(sidecar),
                 "--pin", "0000", *map(str, folder.iterdir()))
    assert result.exit_code == 1 and result.output.startswith("Fout: ")
    assert rows(db, "SELECT count(*) AS n FROM stories")[0]["n"] == 0
    assert run(db, "identity", "show", "x", "--pin", "0000").exit_code == 1


def test_role_label_option_and_a_sidecar_naming_an_unknown_file(db, transcripts, tmp_path):
    folder, _ = transcripts
    wrong = tmp_path / "typo.csv"
    wrong.write_text("file,name\ninterview-fatma.txt,Fatima\n", encoding="utf-8")
    refused = run(db, "import", "--practice", "vlinder", "--identities", str(wrong),
                  "--pin", "4321", *map(str, folder.iterdir()))
    assert refused.exit_code == 1 and "interview-fatma.txt" in refused.output
    result = run(db, "import", "--practice", "vlinder", "--role-label", "vader",
                 str(folder / "interview-peter.txt"))
    assert result.exit_code == 0, result.output
    assert [r["role_label"] for r in rows(db, "SELECT role_label FROM storytellers")] == ["vader"]
    assert rows(db, "SELECT count(*) AS n FROM identities")[0]["n"] == 0


def test_csv_import_reads_real_name_and_contact_columns(db, tmp_path):
    data = tmp_path / "vragenlijst.csv"
    data.write_text("pseudonym,text,real_name,contact\nZon,Het is hier gezellig.,"
                    "Sara Jansen,06-99998888\n", encoding="utf-8")
    result = run(db, "import", "--practice", "vlinder", str(data))
    assert result.exit_code == 0, result.output
    found = rows(db, "SELECT t.pseudonym, i.real_name, i.contact FROM identities i "
                     "JOIN storytellers t ON t.id = i.storyteller_id")
    assert found == [{"pseudonym": "Zon", "real_name": "Sara Jansen",
                      "contact": "06-99998888"}]


@pytest.mark.slow  # long: left out of the quick loop
async def test_interview_form_records_an_identity_apart(store):
    access.set_pin(store, "1234")
    async with make_app(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        pilot.app.screen.query_one("#f-practice", Select).value = store.scalar(
            "SELECT id FROM practices ORDER BY name LIMIT 1")
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        setup = pilot.app.screen
        assert isinstance(setup, InterviewSetupScreen)
        setup.query_one("#iv-pseudonym", Input).value = "Merel"
        setup.ask_identity()
        await pilot.pause()
        assert isinstance(pilot.app.screen, IdentityDialog)
        await pilot.press(*"Joke Bakker", "enter", *"06-12121212", "enter")
        await pilot.pause()
        assert pilot.app.screen is setup
        assert setup.identity == ("Joke Bakker", "06-12121212")
        setup.query_one("#iv-interviewer", Input).value = "Anouk"
        setup.query_one("#iv-store").value = True
        setup.begin()
        await pilot.pause()
        assert isinstance(pilot.app.screen, TellingScreen)
    found = store.one("SELECT t.pseudonym, i.real_name, i.contact FROM identities i "
                      "JOIN storytellers t ON t.id = i.storyteller_id")
    assert found == {"pseudonym": "Merel", "real_name": "Joke Bakker",
                     "contact": "06-12121212"}
    assert "Joke" not in " ".join(r["text"] + r["interviewer"]
                                  for r in store.all("SELECT * FROM stories"))


@pytest.mark.slow  # long: left out of the quick loop
async def test_interview_without_identity_stores_none(store):
    async with make_app(store).run_test(size=(80, 24)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        pilot.app.screen.query_one("#f-practice", Select).value = store.scalar(
            "SELECT id FROM practices ORDER BY name LIMIT 1")
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        setup = pilot.app.screen
        setup.query_one("#iv-interviewer", Input).value = "Anouk"
        setup.query_one("#iv-store").value = True
        setup.begin()
        await pilot.pause()
    assert store.scalar("SELECT count(*) FROM identities") == 0
