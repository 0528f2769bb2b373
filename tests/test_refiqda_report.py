"""Issue 16, import: what other tools write comes in, or the report says what was left out
and why. The project documents are hand-written in tests/data/refi-import/."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from workbench import workshop
from workbench.cli import main
from workbench.errors import InvalidInput
from workbench.exchange.refiqda_import import import_qdpx, parse_role_map
from workbench.store import Store

DATA = Path(__file__).parent / "data"
CASES = DATA / "refi-import"


def qdpx(tmp_path: Path, name: str) -> Path:
    """The hand-written document, checked against the schema, zipped as a project."""
    source = CASES / f"{name}.qde"
    schema = etree.XMLSchema(etree.parse(str(DATA / "refi-qda" / "Project.xsd")))
    assert schema.validate(etree.parse(str(source))), schema.error_log
    out = tmp_path / f"{name}.qdpx"
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("project.qde", source.read_bytes())
    return out


def keys(report) -> list[str]:
    return [key for key, _ in report.left_out]


def test_a_point_selection_is_skipped_with_a_line_not_refused(store, tmp_path):
    report = import_qdpx(store, qdpx(tmp_path, "point"))
    assert report.stories_added == 1
    assert report.fragments_added == 1 and report.codings_added == 1
    assert store.scalar("SELECT text FROM fragments") == "Dat voelde warm."
    lines = report.lines()
    assert any("‘Interview Noor’, positie 3" in line and "lengte 0, 1 codering, 1 notitie"
               in line for line in lines), lines
    # the point's note has no fragment to hang on: it becomes a memo on the story
    assert store.scalar("SELECT text FROM object_memos WHERE kind = 'story'") == (
        "Hier begint het eigenlijke verhaal.")


def test_sets_links_and_notes_are_kept_as_memos_or_listed(store, tmp_path):
    report = import_qdpx(store, qdpx(tmp_path, "sets_links_notes"))
    memos = store.all("SELECT m.text, c.name AS code, m.fragment_id FROM memos m "
                      "LEFT JOIN codes c ON c.id = m.code_id ORDER BY m.text, c.name")
    set_memos = [m for m in memos if m["text"].startswith("Set ‘Steun van buren’")]
    assert {m["code"] for m in set_memos} == {"Praktische hulp", "Er even uit"}
    assert "Alles wat buren voor elkaar doen." in set_memos[0]["text"]
    link_memos = [m for m in memos if m["text"].startswith("Koppeling ‘maakt mogelijk’")]
    assert len(link_memos) == 2  # on the code and on the fragment
    assert {bool(m["fragment_id"]) for m in link_memos} == {True, False}
    assert all("Oppassen maakt tijd vrij" in m["text"] for m in link_memos)
    # the project's note and the source's note become memos on the workshop and the story
    kept = {(r["kind"], r["text"]) for r in store.all("SELECT kind, text FROM object_memos")}
    assert ("project", "Afspraak: we coderen eerst alles over steun van buren.") in kept
    assert ("story", "Verteld tijdens de koffieochtend, met tolk.") in kept
    assert report.memos_added == 6
    found = keys(report)
    for key in ("exchange.report.set_kept", "exchange.report.set_members",
                "exchange.report.link_kept", "exchange.report.link_left_out",
                "exchange.report.project_description", "exchange.report.graph"):
        assert key in found, (key, found)
    assert "exchange.report.project_note" not in found
    text = "\n".join(report.lines())
    assert "Schema ‘Netwerk buren’" in text
    # importing again adds no second memo
    again = import_qdpx(store, qdpx(tmp_path, "sets_links_notes"))
    assert again.memos_added == 0


def test_variables_are_listed_and_unknown_roles_never_guessed(store, tmp_path):
    report = import_qdpx(store, qdpx(tmp_path, "cases"))
    tellers = {r["pseudonym"]: r for r in store.all("SELECT * FROM storytellers")}
    assert tellers["Ilse"]["role"] == "parent"  # 'ouder' is a role the workbench knows
    # unknown words leave the role unassigned (not --role's default) and are kept as the
    # storyteller's own wording
    assert tellers["Hanna"]["role"] is None and tellers["Karim"]["role"] is None
    assert tellers["Hanna"]["role_label"] == "mother"
    assert tellers["Karim"]["role_label"] == "vader"
    lines = report.lines()
    assert any(line.startswith("Rol ‘mother’ is onbekend (1: Hanna)") for line in lines), lines
    assert any("de rol blijft open (‘rol onbekend’)" in line and "--role-map mother=ROL" in line
               for line in lines), lines
    assert any(line.startswith("Rol ‘vader’ is onbekend (1: Karim)") for line in lines), lines
    # other variables become the storytellers' attributes, with their kind
    from workbench.collect import attributes

    made = {a["name"]: a for a in attributes.attributes(store)}
    assert made["Leeftijd"]["kind"] == "number" and made["Heeft partner"]["kind"] == "boolean"
    assert len(attributes.value_table(store)) >= 1
    assert not any(line.startswith("Variabele") for line in lines)
    assert not any("‘Rol’" in line or "‘Praktijk’" in line for line in lines)
    # the emoji came through, the offsets exact
    assert store.scalar("SELECT text FROM fragments") == "ik was zo trots."


def test_role_map_maps_unknown_roles(store, tmp_path):
    mapping = parse_role_map("mother=parent, vader=ouder")
    report = import_qdpx(store, qdpx(tmp_path, "cases"), default_role="researcher",
                         role_map=mapping)
    roles = {r["pseudonym"]: r["role"] for r in store.all("SELECT * FROM storytellers")}
    assert roles == {"Hanna": "parent", "Karim": "parent", "Ilse": "parent"}
    assert "exchange.report.role_unknown" not in keys(report)
    assert keys(report).count("exchange.report.role_mapped") == 2
    with pytest.raises(InvalidInput) as caught:
        parse_role_map("mother=moeder")
    assert "mother=moeder" in caught.value.message()


def test_a_pdf_with_a_text_representation_comes_in_with_its_codings(store, tmp_path):
    report = import_qdpx(store, qdpx(tmp_path, "pdf"))
    story = store.one("SELECT * FROM stories")
    assert story["title"] == "Verslag huiskamer"
    assert story["text"].startswith("Op dinsdag eten we samen.")
    coded = store.all("SELECT f.text, c.name FROM codings g JOIN fragments f "
                      "ON f.id = g.fragment_id JOIN codes c ON c.id = g.code_id ORDER BY f.start")
    assert [(r["text"], r["name"]) for r in coded] == [
        ("Op dinsdag eten we samen.", "Samen eten"), ("Twee vrijwilligers koken", "Vrijwilligers")]
    lines = report.lines()
    assert any("‘Verslag huiskamer’: de tekst van de pdf is ingelezen; 1 codering" in line
               for line in lines), lines
    assert any("‘Foto van de tafel’ (Picture) is overgeslagen" in line for line in lines)


def test_the_cli_ends_every_import_with_the_report(tmp_path):
    db = tmp_path / "w.db"
    s = Store.open(db)
    workshop.create_workshop(s, "Import-werkplaats")
    s.close()
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(db), "import", "qdpx",
                                  str(qdpx(tmp_path, "cases")), "--role-map", "mother=ouder"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Niet of anders overgenomen, en waarom:" in out
    assert "Rol ‘mother’ ingevoerd als ‘ouder’ (--role-map), 1 keer." in out
    assert "Rol ‘vader’ is onbekend" in out and "--role-map vader=ROL" in out
    result = runner.invoke(main, ["--db", str(db), "import", "qdpx",
                                  str(qdpx(tmp_path, "point")), "--role-map", "oma"])
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "‘oma’ in --role-map begrijp ik niet" in result.output
    result = runner.invoke(main, ["--db", str(db), "--lang", "en", "import", "qdpx",
                                  str(qdpx(tmp_path, "point"))])
    assert result.exit_code == 0, result.output
    assert "Left out or brought in differently, and why:" in result.output
    assert "position 3: a selection without text" in result.output
