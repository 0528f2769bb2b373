"""REFI-QDA export and import: schema validity, offsets, round trip, matching back."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from exchange_data import (
    EDGE_TEXTS,
    add_code,
    add_fragment,
    add_story,
    edge_workshop,
    fill_analysis,
)
from lxml import etree

from workbench import workshop
from workbench.collect import stories
from workbench.exchange.refiqda import export_qdc, export_qdpx
from workbench.exchange.refiqda_import import import_qdc, import_qdpx
from workbench.exchange.refiqda_tree import FACTOR_ROOT_GUID, map_offset, normalise_text
from workbench.store import Store

SCHEMAS = Path(__file__).resolve().parent / "data" / "refi-qda"
P = "{urn:QDA-XML:project:1.0}"


@pytest.fixture(scope="module")
def project_schema():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "Project.xsd")))


@pytest.fixture(scope="module")
def codebook_schema():
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "Codebook.xsd")))


def empty_workshop() -> Store:
    s = Store.memory()
    workshop.create_workshop(s, "Leeg")
    return s


def read_qde(path: Path):
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read("project.qde")), {n: zf.read(n) for n in zf.namelist()}


def test_normalise_maps_offsets_through_crlf_cr_and_bom():
    raw = "\ufeffab\r\ncd\ref\r\n"
    text, removed = normalise_text(raw)
    assert text == "ab\ncd\nef\n"
    for start, end in [(1, 3), (3, 7), (5, 10), (1, len(raw))]:
        piece = raw[start:end].replace("\r\n", "\n").replace("\r", "\n")
        assert text[map_offset(start, removed):map_offset(end, removed)] == piece


def test_demo_exports_valid_qdpx_and_qdc(demo_store, tmp_path, project_schema, codebook_schema):
    # the demo as it is, then with every kind of note and a sounding board added
    export_qdpx(demo_store, tmp_path / "plain.qdpx")
    project_schema.assertValid(read_qde(tmp_path / "plain.qdpx")[0])
    fill_analysis(demo_store)
    summary = export_qdpx(demo_store, tmp_path / "demo.qdpx")
    root, entries = read_qde(tmp_path / "demo.qdpx")
    project_schema.assertValid(root)
    assert summary.stories == demo_store.scalar("SELECT count(*) FROM stories") > 0
    assert summary.codings == demo_store.scalar("SELECT count(*) FROM codings") > 0
    for name, data in entries.items():
        if name.startswith("sources/"):
            assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
    export_qdc(demo_store, tmp_path / "demo.qdc")
    codebook_schema.assertValid(etree.parse(str(tmp_path / "demo.qdc")))


def test_edge_cases_validate_and_offsets_point_at_the_fragment_text(
        store, tmp_path, project_schema, codebook_schema):
    edge_workshop(store)
    fill_analysis(store)
    export_qdpx(store, tmp_path / "edge.qdpx")
    root, entries = read_qde(tmp_path / "edge.qdpx")
    project_schema.assertValid(root)
    export_qdc(store, tmp_path / "edge.qdc")
    codebook_schema.assertValid(etree.parse(str(tmp_path / "edge.qdc")))
    fragments = {r["id"]: r for r in store.all("SELECT * FROM fragments")}
    checked = 0
    for source in root.iter(f"{P}TextSource"):
        data = entries[f"sources/{source.get('guid')}.txt"]
        assert not data.startswith(b"\xef\xbb\xbf") and b"\r" not in data
        text = data.decode("utf-8")
        for sel in source.iter(f"{P}PlainTextSelection"):
            start, end = int(sel.get("startPosition")), int(sel.get("endPosition"))
            expected = fragments[sel.get("guid")]["text"].replace("\r\n", "\n").replace("\r", "\n")
            assert text[start:end] == expected
            checked += 1
    assert checked == len(fragments)
    # the empty story is there, with an empty text file
    empty_id = store.scalar("SELECT id FROM stories WHERE text = ''")
    assert entries[f"sources/{empty_id}.txt"] == b""


def test_code_tree_has_factors_as_non_codable_parents_with_elements(store, tmp_path):
    edge_workshop(store)
    ids = fill_analysis(store)
    export_qdpx(store, tmp_path / "p.qdpx")
    root, _ = read_qde(tmp_path / "p.qdpx")
    codes = {c.get("guid"): c for c in root.iter(f"{P}Code")}
    assert codes[ids["category"]].get("isCodable") == "false"
    assert codes[FACTOR_ROOT_GUID].get("isCodable") == "false"
    factor = codes[ids["factors"][0]]
    assert factor.get("isCodable") == "false"
    assert [c.get("name") for c in factor.findall(f"{P}Code")] == [
        "Het huis uit", "Gezelligheid", "Elkaar helpen"]
    assert all(c.get("isCodable") == "true" for c in factor.findall(f"{P}Code"))
    # the factor's codes travel as a Set named after it
    sets = {s.get("name"): s for s in root.iter(f"{P}Set")}
    members = [m.get("targetGUID") for m in sets["Sociale contacten"].findall(f"{P}MemberCode")]
    assert members == [ids["codes"][0]]
    # sounding-board reasons, additions and cards are Notes
    notes = [n.findtext(f"{P}PlainTextContent") for n in root.iter(f"{P}Note")]
    assert "Ik herken het: ik kom er om mensen te zien." in notes
    assert "Samen eten hoort erbij." in notes
    assert "Niet iedereen kan 's ochtends." in notes


def test_round_trip_into_an_empty_workshop_keeps_everything_character_for_character(
        store, tmp_path):
    edge_workshop(store)
    fill_analysis(store)
    export_qdpx(store, tmp_path / "rt.qdpx")
    target = empty_workshop()
    report = import_qdpx(target, tmp_path / "rt.qdpx")
    assert report.stories_added == store.scalar("SELECT count(*) FROM stories")

    def normal(text: str) -> str:
        return normalise_text(text)[0]

    def story_texts(s: Store) -> dict[str, str]:
        return {r["id"]: normal(r["text"]) for r in s.all("SELECT id, text FROM stories")}

    assert story_texts(target) == story_texts(store)
    # the stories without CRLF come back exactly as they were
    for key in ("emoji", "accents", "markup", "empty"):
        assert EDGE_TEXTS[key] in story_texts(target).values()

    def codebook(s: Store) -> set[tuple]:
        # a colour that is not #RRGGBB is left out on export and becomes the default
        return {(r["name"], r["parent"], r["is_category"], r["description"],
                 r["color"] if r["color"] != "#zzzzzz" else "#888888")
                for r in s.all("SELECT c.name, p.name AS parent, c.is_category, c.description,"
                               " c.color FROM codes c LEFT JOIN codes p ON p.id = c.parent_id")}

    assert codebook(target) == codebook(store)

    def codings(s: Store) -> set[tuple]:
        return {(r["story_id"], normal(r["text"]), r["code"], r["coder"]) for r in s.all(
            "SELECT f.story_id, f.text, c.name AS code, g.coder FROM codings g "
            "JOIN fragments f ON f.id = g.fragment_id JOIN codes c ON c.id = g.code_id")}

    assert codings(target) == codings(store)
    # fragment texts are exactly the story text between the offsets
    for row in target.all("SELECT f.text, f.start, f.end, s.text AS story FROM fragments f "
                          "JOIN stories s ON s.id = f.story_id"):
        assert row["story"][row["start"]:row["end"]] == row["text"]
    assert {r["text"] for r in target.all("SELECT text FROM memos")} == {
        r["text"] for r in store.all("SELECT text FROM memos")}

    def factors(s: Store) -> set[tuple]:
        return {(r["name"], r["type"], r["description"], r["practice"]) for r in s.all(
            "SELECT f.name, f.type, f.description, p.name AS practice FROM factors f "
            "LEFT JOIN practices p ON p.id = f.practice_id")}

    assert factors(target) == factors(store)
    elements = "SELECT text FROM factor_elements ORDER BY position"
    assert target.all(elements) == store.all(elements)
    assert target.scalar("SELECT count(*) FROM factor_codes") == 1
    # storytellers come back from the Cases, with role and practice
    teller = target.one("SELECT s.*, p.name AS practice FROM storytellers s "
                        "LEFT JOIN practices p ON p.id = s.practice_id "
                        "WHERE pseudonym LIKE 'Rand 0%'")
    assert teller["role"] == "parent" and teller["role_label"] == "moeder"
    assert teller["practice"] == workshop.practices(store)[0]["name"]


def test_importing_the_same_project_twice_adds_nothing(store, tmp_path):
    edge_workshop(store)
    fill_analysis(store)
    export_qdpx(store, tmp_path / "p.qdpx")
    target = empty_workshop()
    import_qdpx(target, tmp_path / "p.qdpx")
    tables = ("stories", "storytellers", "codes", "fragments", "codings", "memos", "factors",
              "factor_elements", "practices")
    before = {t: target.scalar(f"SELECT count(*) FROM {t}") for t in tables}
    report = import_qdpx(target, tmp_path / "p.qdpx")
    assert {t: target.scalar(f"SELECT count(*) FROM {t}") for t in tables} == before
    assert report.stories_added == 0 and report.codings_added == 0
    # and our own export comes back onto the same workshop without doubling either
    again = import_qdpx(store, tmp_path / "p.qdpx")
    assert again.stories_added == 0 and again.codes_added == 0 and again.codings_added == 0


def _rewrite(src: Path, dst: Path, edit_xml=None, rename=None, drop=()) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            if name in drop:
                continue
            data = zin.read(name)
            if name == "project.qde" and edit_xml is not None:
                root = etree.fromstring(data)
                edit_xml(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            zout.writestr(rename(name) if rename else name, data)


def test_codings_made_in_another_tool_come_back_onto_our_stories(store, tmp_path):
    story = add_story(store, "Amina", "We drinken koffie en praten over de kinderen.")
    code = add_code(store, "Gezelligheid")
    add_fragment(store, story, 0, 19, [code])
    export_qdpx(store, tmp_path / "ours.qdpx")

    def code_more(root):
        source = next(root.iter(f"{P}TextSource"))
        sel = etree.SubElement(source, f"{P}PlainTextSelection",
                               guid="0b0e4d9e-2f7c-4b53-9a51-5d8a3c1e9f00",
                               startPosition="21", endPosition="44")
        coding = etree.SubElement(sel, f"{P}Coding", guid="1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5")
        etree.SubElement(coding, f"{P}CodeRef", targetGUID=code.upper())  # case differs

    _rewrite(tmp_path / "ours.qdpx", tmp_path / "back.qdpx", edit_xml=code_more)
    report = import_qdpx(store, tmp_path / "back.qdpx")
    assert report.stories_added == 0 and report.fragments_added == 1
    assert report.codings_added == 1
    new = store.one("SELECT * FROM fragments WHERE id = '0b0e4d9e-2f7c-4b53-9a51-5d8a3c1e9f00'")
    assert new["story_id"] == story and new["text"] == "praten over de kinderen"


def test_capital_sources_folder_and_inline_text_are_accepted(store, tmp_path):
    first = add_story(store, "Fatima", "Eerste verhaal over de speelgroep.")
    second = add_story(store, "Noor", "Tweede verhaal, ingebed in het project.")
    export_qdpx(store, tmp_path / "p.qdpx")

    def inline(root):
        for source in root.iter(f"{P}TextSource"):
            if source.get("guid") == second:
                del source.attrib["plainTextPath"]
                content = etree.Element(f"{P}PlainTextContent")
                content.text = "Tweede verhaal, ingebed in het project."
                source.insert(0, content)

    _rewrite(tmp_path / "p.qdpx", tmp_path / "other.qdpx", edit_xml=inline,
             rename=lambda n: n.replace("sources/", "Sources/"),
             drop=(f"sources/{second}.txt",))
    target = empty_workshop()
    report = import_qdpx(target, tmp_path / "other.qdpx")
    assert report.stories_added == 2
    assert target.scalar("SELECT text FROM stories WHERE id = ?", [first]).startswith("Eerste")
    assert target.scalar("SELECT text FROM stories WHERE id = ?", [second]).startswith("Tweede")


def test_foreign_project_without_cases_gets_storytellers_and_crlf_offsets(tmp_path):
    qde = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Uit QualCoder" origin="QualCoder">
 <Users><User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Kees"/></Users>
 <CodeBook><Codes>
  <Code guid="{AAAAAAAA-0000-4000-8000-0000000000C1}" name="Thema" isCodable="false">
   <Code guid="AAAAAAAA-0000-4000-8000-0000000000C2" name="Steun" isCodable="true" color="#aabbcc"/>
  </Code></Codes></CodeBook>
 <Sources>
  <TextSource guid="AAAAAAAA-0000-4000-8000-0000000000D1" name="interview 1"
     plainTextPath="internal://AAAAAAAA-0000-4000-8000-0000000000D1.txt">
   <PlainTextSelection guid="AAAAAAAA-0000-4000-8000-0000000000E1" startPosition="7"
      endPosition="14" creatingUser="AAAAAAAA-0000-4000-8000-000000000001">
    <Coding guid="AAAAAAAA-0000-4000-8000-0000000000F1"
      creatingUser="{AAAAAAAA-0000-4000-8000-000000000001}">
     <CodeRef targetGUID="AAAAAAAA-0000-4000-8000-0000000000C2"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
</Project>"""
    with zipfile.ZipFile(tmp_path / "qc.qdpx", "w") as zf:
        zf.writestr("project.qde", qde)
        zf.writestr("Sources/AAAAAAAA-0000-4000-8000-0000000000D1.txt",
                    "\ufeffRegel\r\nsteun\r\nvan de buren".encode())
    target = empty_workshop()
    report = import_qdpx(target, tmp_path / "qc.qdpx", default_role="volunteer")
    assert report.stories_added == 1 and report.codings_added == 1
    story = target.one("SELECT * FROM stories")
    assert story["text"] == "Regel\nsteun\nvan de buren"
    fragment = target.one("SELECT * FROM fragments")
    # offsets 7..14 of the CRLF text "Regel\r\nsteun\r\n" = "steun\r\n" -> "steun\n"
    assert fragment["text"] == "steun\n"
    teller = target.one("SELECT * FROM storytellers")
    assert teller["role"] == "volunteer" and teller["pseudonym"] == "interview 1"
    coding = target.one("SELECT * FROM codings")
    assert coding["coder"] == "Kees"
    assert target.one("SELECT * FROM codes WHERE name = 'Steun'")["color"] == "#AABBCC"


def test_qdc_round_trip_brings_codes_and_factors(store, tmp_path):
    fill_analysis(store)
    export_qdc(store, tmp_path / "book.qdc")
    target = empty_workshop()
    report = import_qdc(target, tmp_path / "book.qdc")
    assert report.codes_added == 4 and report.factors_added == 2
    names = {r["name"] for r in target.all("SELECT name FROM codes")}
    assert names == {"De groep", "Gezelligheid", "Niet alleen zijn", "Praktische tips"}
    assert target.scalar("SELECT count(*) FROM factor_codes") == 1
    assert import_qdc(target, tmp_path / "book.qdc").codes_added == 0


def test_identities_stay_out_unless_asked(store, tmp_path):
    story = add_story(store, "Yara", "Een verhaal.")
    teller = store.scalar("SELECT storyteller_id FROM stories WHERE id = ?", [story])
    stories.set_identity(store, teller, real_name="Yara Echtenaam", contact="06-12345678")
    export_qdpx(store, tmp_path / "anon.qdpx")
    with zipfile.ZipFile(tmp_path / "anon.qdpx") as zf:
        blob = b"".join(zf.read(n) for n in zf.namelist())
    assert b"Echtenaam" not in blob and b"06-12345678" not in blob
    export_qdpx(store, tmp_path / "named.qdpx", include_identities=True)
    with zipfile.ZipFile(tmp_path / "named.qdpx") as zf:
        assert b"Echtenaam" in zf.read("project.qde")


def test_empty_codebook_cannot_be_exported_as_qdc(store, tmp_path):
    from workbench.errors import InvalidInput

    with pytest.raises(InvalidInput) as caught:
        export_qdc(store, tmp_path / "x.qdc")
    assert "codeboek is nog leeg" in caught.value.message()
    assert not (tmp_path / "x.qdc").exists() and not (tmp_path / "x.qdc.part").exists()


def test_memos_on_every_object_and_attributes_make_the_round_trip(store, tmp_path,
                                                                  project_schema):
    from workbench.coding import memos
    from workbench.collect import attributes

    edge_workshop(store)
    fill_analysis(store)
    story = store.one("SELECT id, storyteller_id FROM stories ORDER BY created_at LIMIT 1")
    factor = store.scalar("SELECT id FROM factors LIMIT 1")
    memos.add_memo(store, "project", "", "Wat we leerden van het hele project.\nTweede regel.")
    memos.add_memo(store, "story", story["id"], "Verteld met een tolk erbij.")
    if factor:
        memos.add_memo(store, "factor", factor, "Komt in elke praktijk terug.")
    years = attributes.add_attribute(store, "Jaren in de groep", "number")
    language = attributes.add_attribute(store, "Taal van het vertellen", "text")
    since = attributes.add_attribute(store, "Lid sinds", "date")
    attributes.set_value(store, story["storyteller_id"], years, "3")
    attributes.set_value(store, story["storyteller_id"], language, "Arabisch")
    attributes.set_value(store, story["storyteller_id"], since, "2024-09-01")
    export_qdpx(store, tmp_path / "memos.qdpx")
    project_schema.assertValid(read_qde(tmp_path / "memos.qdpx")[0])

    target = empty_workshop()
    report = import_qdpx(target, tmp_path / "memos.qdpx")
    kept = {(r["kind"], r["text"]) for r in target.all("SELECT kind, text FROM object_memos")}
    assert ("project", "Wat we leerden van het hele project.\nTweede regel.") in kept
    assert ("story", "Verteld met een tolk erbij.") in kept
    if factor:
        assert ("factor", "Komt in elke praktijk terug.") in kept
    assert target.scalar("SELECT target_id FROM object_memos WHERE kind = 'story'") == story["id"]
    values = {a["name"]: attributes.values_for(target, story["storyteller_id"]).get(a["id"])
              for a in attributes.attributes(target)}
    assert values == {"Jaren in de groep": "3", "Taal van het vertellen": "Arabisch",
                      "Lid sinds": "2024-09-01"}
    assert not [line for key, line in report.left_out if key in (
        "exchange.report.project_note", "exchange.report.source_note",
        "exchange.report.variable")]
    # importing it again adds nothing
    again = import_qdpx(target, tmp_path / "memos.qdpx")
    assert target.scalar("SELECT count(*) FROM object_memos") == len(kept)
    assert again.stories_added == 0
