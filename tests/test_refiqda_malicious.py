"""Hostile and broken REFI-QDA files: each refused with one clear sentence, nothing written."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from exchange_data import add_code, add_fragment, add_story

from workbench.errors import InvalidInput
from workbench.exchange import refiqda_import
from workbench.exchange.refiqda import export_qdpx
from workbench.exchange.refiqda_import import import_qdc, import_qdpx
from workbench.exchange.safety import Limits, SafeZip, unsafe_name

TABLES = ("stories", "storytellers", "practices", "codes", "fragments", "codings", "memos",
          "factors", "factor_elements")
GOOD_QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="x">
 <CodeBook><Codes>
  <Code guid="AAAAAAAA-0000-4000-8000-0000000000C1" name="Steun" isCodable="true"/>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="AAAAAAAA-0000-4000-8000-0000000000D1" name="a">
   <PlainTextContent>Hallo daar, buurvrouw.</PlainTextContent>
   <PlainTextSelection guid="AAAAAAAA-0000-4000-8000-0000000000E1" startPosition="{start}"
      endPosition="{end}">
    <Coding guid="AAAAAAAA-0000-4000-8000-0000000000F1">
     <CodeRef targetGUID="{code}"/></Coding>
   </PlainTextSelection>
  </TextSource>
 </Sources>
</Project>"""


def counts(store) -> dict[str, int]:
    return {t: store.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def make_zip(path: Path, entries: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return path


def forge_size(path: Path, name: str, size: int) -> None:
    """Make the zip's headers claim ``name`` unpacks to ``size`` bytes (a lying header)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        at = data.find(signature)
        while at >= 0:
            if data[at + name_at:at + name_at + len(encoded)] == encoded:
                data[at + size_at:at + size_at + 4] = size.to_bytes(4, "little")
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


def qde(start: int = 0, end: int = 5, code: str = "AAAAAAAA-0000-4000-8000-0000000000C1") -> str:
    return GOOD_QDE.format(start=start, end=end, code=code)


def refused(store, path: Path, fragment: str, **kwargs) -> None:
    before = counts(store)
    with pytest.raises(InvalidInput) as caught:
        import_qdpx(store, path, **kwargs)
    assert fragment in caught.value.message()
    assert counts(store) == before


def test_good_file_imports(store, tmp_path):
    report = import_qdpx(store, make_zip(tmp_path / "ok.qdpx", {"project.qde": qde()}))
    assert report.stories_added == 1 and report.codings_added == 1


@pytest.mark.parametrize("name", ["../evil.txt", "sources/../../evil.txt", "/etc/passwd",
                                  "C:/Windows/evil.txt", "..\\evil.txt"])
def test_entries_that_escape_are_refused(store, tmp_path, name):
    path = make_zip(tmp_path / "evil.qdpx", {"project.qde": qde(), name: "x"})
    refused(store, path, "onveilige bestandsnaam")


def test_text_path_that_escapes_is_refused(store, tmp_path):
    text = qde().replace("<PlainTextContent>Hallo daar, buurvrouw.</PlainTextContent>", "")
    text = text.replace('name="a">', 'name="a" plainTextPath="internal://../../secret.txt">')
    refused(store, make_zip(tmp_path / "p.qdpx", {"project.qde": text}), "onveilige bestandsnaam")


def test_zip_bomb_is_refused(store, tmp_path):
    path = make_zip(tmp_path / "bomb.qdpx", {"project.qde": qde(),
                                              "sources/zero.txt": b"\0" * (8 << 20)})
    refused(store, path, "zip-bom")


def test_total_size_and_entry_count_are_limited(store, tmp_path):
    entries = {"project.qde": qde(), **{f"sources/{i}.txt": "tekst" * 50 for i in range(20)}}
    path = make_zip(tmp_path / "many.qdpx", entries)
    refused(store, path, "meer dan 10 bestanden", limits=Limits(entries=10))
    refused(store, path, "zip-bom", limits=Limits(total_bytes=2000))


def test_lying_size_header_cannot_get_past_the_cap(tmp_path):
    path = make_zip(tmp_path / "lie.zip", {"a.txt": "x" * 5000})
    forge_size(path, "a.txt", 10)
    with SafeZip(path) as archive:
        with pytest.raises(InvalidInput):
            archive.read("a.txt")


def test_not_a_zip_and_no_project(store, tmp_path):
    (tmp_path / "plain.qdpx").write_text("dit is geen zip")
    refused(store, tmp_path / "plain.qdpx", "geen geldig zip-bestand")
    refused(store, make_zip(tmp_path / "empty.qdpx", {"readme.txt": "hoi"}), "geen project.qde")


def test_invalid_xml_is_refused(store, tmp_path):
    path = make_zip(tmp_path / "bad.qdpx", {"project.qde": qde()[:-30]})
    refused(store, path, "geen geldige XML")
    path = make_zip(tmp_path / "wrong.qdpx", {"project.qde": "<html><body/></html>"})
    refused(store, path, "geen REFI-QDA")


def test_entity_expansion_and_external_entities_are_refused(store, tmp_path):
    laughs = ('<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
              '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
              '<Project xmlns="urn:QDA-XML:project:1.0" name="&c;"/>')
    refused(store, make_zip(tmp_path / "laughs.qdpx", {"project.qde": laughs}), "DTD")
    external = ('<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                '<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>')
    refused(store, make_zip(tmp_path / "xxe.qdpx", {"project.qde": external}), "DTD")


def test_references_that_point_nowhere_are_refused(store, tmp_path):
    path = make_zip(tmp_path / "dangling.qdpx", {
        "project.qde": qde(code="BBBBBBBB-0000-4000-8000-0000000000C9")})
    refused(store, path, "verwijst naar bbbbbbbb-0000-4000-8000-0000000000c9")
    missing_text = qde().replace("<PlainTextContent>Hallo daar, buurvrouw.</PlainTextContent>", "")
    missing_text = missing_text.replace('name="a">', 'name="a" plainTextPath="internal://x.txt">')
    refused(store, make_zip(tmp_path / "m.qdpx", {"project.qde": missing_text}), "ontbreekt")


def test_bad_and_duplicate_guids_are_refused(store, tmp_path):
    bad = qde().replace("AAAAAAAA-0000-4000-8000-0000000000E1", "niet-een-guid")
    refused(store, make_zip(tmp_path / "g.qdpx", {"project.qde": bad}), "geen geldige GUID")
    twice = qde().replace("AAAAAAAA-0000-4000-8000-0000000000E1",
                          "AAAAAAAA-0000-4000-8000-0000000000D1")
    refused(store, make_zip(tmp_path / "d.qdpx", {"project.qde": twice}), "twee keer")


# (5, 5), a selection of length zero, is allowed by the schema: skipped with a report line
# (tests/test_refiqda_report.py), never refusing the file (issue 16)
@pytest.mark.parametrize("start,end", [(-1, 4), (3, 99), (6, 2), (99, 99)])
def test_offsets_outside_the_text_are_refused(store, tmp_path, start, end):
    path = make_zip(tmp_path / "o.qdpx", {"project.qde": qde(start, end)})
    refused(store, path, "valt buiten de tekst")


def test_errors_are_one_sentence_in_english_too(store, tmp_path):
    from workbench.i18n import set_language

    set_language("en")
    path = make_zip(tmp_path / "o.qdpx", {"project.qde": qde(3, 99)})
    refused(store, path, "lies outside the text")


def test_a_failure_while_writing_leaves_nothing_half_imported(store, tmp_path, monkeypatch):
    story = add_story(store, "Amina", "Een verhaal over de groep.")
    add_fragment(store, story, 0, 3, [add_code(store, "Groep")])
    export_qdpx(store, tmp_path / "p.qdpx")
    target_before = None

    def boom(self, project):
        raise RuntimeError("disk full halfway")

    from workbench import workshop
    from workbench.store import Store

    target = Store.memory()
    workshop.create_workshop(target, "Leeg")
    target_before = counts(target)
    monkeypatch.setattr(refiqda_import._Writer, "factors", boom)  # after codes were written
    with pytest.raises(RuntimeError):
        import_qdpx(target, tmp_path / "p.qdpx")
    assert counts(target) == target_before


def test_codebook_with_dangling_set_member_is_refused(store, tmp_path):
    qdc = ('<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
           '<Code guid="AAAAAAAA-0000-4000-8000-0000000000C1" name="a" isCodable="true"/>'
           '</Codes><Sets><Set guid="AAAAAAAA-0000-4000-8000-0000000000C2" name="s">'
           '<MemberCode guid="AAAAAAAA-0000-4000-8000-0000000000C3"/></Set></Sets></CodeBook>')
    (tmp_path / "b.qdc").write_text(qdc)
    before = counts(store)
    with pytest.raises(InvalidInput):
        import_qdc(store, tmp_path / "b.qdc")
    assert counts(store) == before


def test_unsafe_name_rules():
    assert unsafe_name("../x") and unsafe_name("/x") and unsafe_name("a/../../b")
    assert unsafe_name("D:\\x") and unsafe_name("") and unsafe_name("a\x00b")
    assert not unsafe_name("sources/abc.txt") and not unsafe_name("Sources/a..b.txt")


def test_a_zip_claiming_a_version_python_cannot_read_is_refused_cleanly(tmp_path):
    # found by tests/test_fuzz_bundle.py: one damaged byte in the central directory made
    # zipfile raise NotImplementedError ("zip file version 6.4") instead of a clear message
    path = make_zip(tmp_path / "p.zip", {"a.txt": "tekst"})
    data = bytearray(path.read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 6] = 64  # "version needed to extract": 6.4
    path.write_bytes(bytes(data))
    with pytest.raises(InvalidInput):
        SafeZip(path)
