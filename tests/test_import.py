"""Importing transcripts and questionnaire CSVs, through the core and the real CLI."""

from __future__ import annotations

from click.testing import CliRunner

from workbench import workshop
from workbench.cli import main
from workbench.collect import importing, stories
from workbench.store import Store


def _practice(store):
    return store.scalar("SELECT id FROM practices ORDER BY name")


def _reasons(summary):
    return {line.source: line.key.rsplit(".", 1)[1] for line in summary.lines}


def test_transcripts_become_stories_with_generated_pseudonyms(store, tmp_path):
    (tmp_path / "a.txt").write_text("Ik kom op dinsdag.\r\nHet is fijn.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Gesprek\n\nDe groep helpt mij.", encoding="utf-8")
    summary = importing.import_files(store, [tmp_path / "a.txt", tmp_path / "b.md"],
                                     practice_id=_practice(store), role="volunteer")
    assert _reasons(summary) == {"a.txt": "ok", "b.md": "ok"}
    rows = store.all("SELECT s.*, t.pseudonym, t.role FROM stories s "
                     "JOIN storytellers t ON t.id = s.storyteller_id ORDER BY s.text")
    assert [r["text"] for r in rows] == ["# Gesprek\n\nDe groep helpt mij.",
                                         "Ik kom op dinsdag.\nHet is fijn."]
    assert {r["role"] for r in rows} == {"volunteer"} and {r["mode"] for r in rows} == {"import"}
    assert all(r["pseudonym"] for r in rows) and rows[0]["pseudonym"] != rows[1]["pseudonym"]
    assert "a.txt" not in str(rows)  # file names can hold real names: never stored
    consent = stories.latest_consent(store, rows[0]["storyteller_id"])
    assert consent["method"] == "import" and consent["quotes"] == 0


def test_every_bad_input_gets_its_own_reason_and_nothing_else_is_lost(store, tmp_path):
    files = {
        "leeg.txt": b"   \n\n",
        "plaatje.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
        "groot.txt": b"a" * (stories.MAX_STORY_CHARS + 1),
        "megabyte.txt": b"woord " * 180_000,  # a 1 MB paste saved as a file
        "latin1.txt": "Café in de buurt, wij praten over de crèche en het ziekenhuis. "
                      "Het is fijn, één keer per week.".encode("cp1252"),
        "ansi.txt": "Rood \x1b[31mgevaar\x1b[0m en een bel \x07.".encode(),
        "goed.txt": "Een gewoon verhaal.".encode(),
        "dubbel.txt": "Een gewoon verhaal.\n".encode(),
        "utf16.txt": "Verhaal in UTF-16.".encode("utf-16"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    garbage = bytes(range(128, 256)) * 3
    (tmp_path / "onleesbaar.txt").write_bytes(garbage)
    paths = [tmp_path / n for n in [*files, "onleesbaar.txt", "bestaat-niet.txt"]]
    summary = importing.import_files(store, paths, practice_id=_practice(store))
    assert _reasons(summary) == {
        "leeg.txt": "empty", "plaatje.txt": "binary", "groot.txt": "too_long",
        "megabyte.txt": "too_large", "latin1.txt": "ok", "ansi.txt": "ok", "goed.txt": "ok",
        "dubbel.txt": "duplicate", "utf16.txt": "ok", "onleesbaar.txt": "not_text",
        "bestaat-niet.txt": "missing",
    }
    texts = {r["text"] for r in store.all("SELECT text FROM stories")}
    assert "Café in de buurt, wij praten over de crèche en het ziekenhuis. Het is fijn, " \
           "één keer per week." in texts
    assert "Rood \x1b[31mgevaar\x1b[0m en een bel \x07." in texts  # stored as it was
    assert "Verhaal in UTF-16." in texts
    # the same file again: all duplicates, nothing new
    before = store.scalar("SELECT count(*) FROM stories")
    again = importing.import_files(store, [tmp_path / "goed.txt"], practice_id=_practice(store))
    assert _reasons(again) == {"goed.txt": "duplicate"}
    assert store.scalar("SELECT count(*) FROM stories") == before


def test_csv_rows_with_topic_columns_and_bad_rows(store, tmp_path):
    workshop.add_practice(store, "Moederkracht")
    csv_text = (
        "pseudonym;role;role_label;practice;recorded_on;quotes;topic_1;topic_2;text\n"
        "Lina;ouder;moeder;Moederkracht;2026-03-02;ja;Gezellig samen eten.;Meer rust.;\n"
        ";vrijwilliger;;;2026-03-03;nee;;;Ik help met koken.\n"
        "Ruud;piloot;;;;;Iets;;\n"
        "Kim;ouder;;;03-03-2026;;Iets;;\n"
        "Els;ouder;;;;misschien;Iets;;\n"
        "Leeg;ouder;;;;;;;\n"
    )
    path = tmp_path / "vragenlijst.csv"
    path.write_text(csv_text, encoding="utf-8")
    summary = importing.import_files(store, [path], practice_id=_practice(store))
    assert _reasons(summary) == {
        "vragenlijst.csv:2": "ok", "vragenlijst.csv:3": "ok", "vragenlijst.csv:4": "bad_role",
        "vragenlijst.csv:5": "bad_date", "vragenlijst.csv:6": "bad_yes_no",
        "vragenlijst.csv:7": "empty",
    }
    lina = store.one("SELECT s.*, t.role, t.role_label, p.name AS practice FROM stories s "
                     "JOIN storytellers t ON t.id = s.storyteller_id "
                     "JOIN practices p ON p.id = s.practice_id WHERE t.pseudonym = 'Lina'")
    assert lina["text"] == "Gezellig samen eten.\n\nMeer rust."
    assert (lina["role"], lina["role_label"], lina["practice"], lina["recorded_on"]) == (
        "parent", "moeder", "Moederkracht", "2026-03-02")
    assert [t["position"] for t in stories.story_topics(store, lina["id"])] == [1, 2]
    assert stories.latest_consent(store, lina["storyteller_id"])["quotes"] == 1
    volunteer = store.one("SELECT t.role, s.text FROM stories s JOIN storytellers t "
                          "ON t.id = s.storyteller_id WHERE s.text = 'Ik help met koken.'")
    assert volunteer["role"] == "volunteer"


def test_csv_without_story_columns_is_refused(store, tmp_path):
    path = tmp_path / "lijst.csv"
    path.write_text("naam,leeftijd\nA,3\n", encoding="utf-8")
    summary = importing.import_files(store, [path], practice_id=_practice(store))
    assert _reasons(summary) == {"lijst.csv": "csv_columns"}


def test_cli_import_prints_a_summary_line_per_file(tmp_path):
    db = tmp_path / "kwp.db"
    s = Store.open(db)
    workshop.create_workshop(s, "Proef")
    workshop.add_practice(s, "Speelgroep De Vlinder")
    s.close()
    (tmp_path / "een.txt").write_text("Het eerste verhaal.", encoding="utf-8")
    (tmp_path / "leeg.txt").write_text("", encoding="utf-8")
    (tmp_path / "doc.docx").write_bytes(b"PK\x03\x04\x00\x00binary")
    runner = CliRunner()
    args = ["--db", str(db), "import", str(tmp_path / "een.txt"), str(tmp_path / "leeg.txt"),
            str(tmp_path / "doc.docx"), "--practice", "Speelgroep De Vlinder"]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "een.txt: geïmporteerd als" in result.output
    assert "leeg.txt: overgeslagen: leeg" in result.output
    assert "doc.docx: overgeslagen: dit is geen tekstbestand" in result.output
    assert "1 geïmporteerd, 2 overgeslagen." in result.output
    again = runner.invoke(main, ["--lang", "en", *args])
    assert "een.txt: skipped: this story was imported before" in again.output
    bad = runner.invoke(main, ["--db", str(db), "import", str(tmp_path / "een.txt"),
                               "--practice", "Nergens"])
    assert bad.exit_code == 1 and "Nergens" in bad.output and "Traceback" not in bad.output
