"""CSV exports: content per kind, UTF-8 with or without BOM, formula guard, identities."""

from __future__ import annotations

import csv

import pytest
from exchange_data import EDGE_TEXTS, edge_workshop, fill_analysis

from workbench.collect import stories
from workbench.errors import InvalidInput
from workbench.exchange.csvs import KINDS, export_csv


def read(path, bom=False):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") == bom
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def full(store):
    edge_workshop(store)
    fill_analysis(store)
    return store


def test_every_kind_writes_a_header_and_rows(full, tmp_path):
    for kind in KINDS:
        n = export_csv(full, kind, tmp_path / f"{kind}.csv")
        assert n == len(read(tmp_path / f"{kind}.csv")) > 0, kind


def test_stories_keep_text_exactly_and_bom_is_optional(full, tmp_path):
    export_csv(full, "stories", tmp_path / "s.csv")
    export_csv(full, "stories", tmp_path / "sb.csv", bom=True)
    rows = read(tmp_path / "s.csv")
    assert read(tmp_path / "sb.csv", bom=True) == rows
    texts = {r["text"] for r in rows}
    assert EDGE_TEXTS["emoji"] in texts and EDGE_TEXTS["accents"] in texts
    assert EDGE_TEXTS["crlf"] in texts  # csv quoting keeps CR and LF inside the cell
    assert {r["role"] for r in rows} == {"parent"}


def test_fragments_list_their_codes(full, tmp_path):
    export_csv(full, "fragments", tmp_path / "f.csv")
    rows = read(tmp_path / "f.csv")
    coded = [r for r in rows if "Gezelligheid" in r["codes"]]
    assert coded and all("De groep" in r["categories"] for r in coded)
    assert all(r["coders"] == "Sanne" for r in coded)


def test_factors_have_one_row_per_element(full, tmp_path):
    export_csv(full, "factors", tmp_path / "x.csv")
    rows = read(tmp_path / "x.csv")
    social = [r for r in rows if r["factor"] == "Sociale contacten"]
    assert [r["element"] for r in social] == ["Het huis uit", "Gezelligheid", "Elkaar helpen"]
    assert social[0]["codes"] == "Gezelligheid" and social[0]["type"] == "substantive"
    structure = [r for r in rows if r["factor"] == "Vaste structuur"]
    assert len(structure) == 1 and structure[0]["element"] == ""


def test_ballots_and_tallies(full, tmp_path):
    export_csv(full, "ballots", tmp_path / "b.csv")
    ballots = read(tmp_path / "b.csv")
    factor_rows = [r for r in ballots if r["element"] == ""]
    assert sorted(r["score"] for r in factor_rows) == ["4", "5"]
    assert sorted(r["dots"] for r in factor_rows) == ["1", "2"]
    export_csv(full, "tallies", tmp_path / "t.csv")
    tallies = read(tmp_path / "t.csv")
    factor = next(r for r in tallies if r["factor"] == "Sociale contacten" and not r["element"])
    assert factor["ratings"] == "2" and factor["mean_recognition"] == "4.5"
    assert factor["score_4"] == "1" and factor["score_5"] == "1"
    assert factor["dots"] == "3" and factor["mean_rank"] == "1.5"
    assert factor["quorum_met"] == "0"  # two present, quorum five
    assert factor["checked_in"] == "2" and factor["participants"] == "2"
    full.db.execute("UPDATE sessions SET present = 6")  # a head count at a show of hands
    export_csv(full, "tallies", tmp_path / "t2.csv")
    counted = next(r for r in read(tmp_path / "t2.csv") if not r["element"])
    assert counted["participants"] == "6" and counted["quorum_met"] == "1"
    element = next(r for r in tallies if r["element"] == "Het huis uit")
    assert element["ratings"] == "2" and element["mean_recognition"] == "3.0"


def test_formula_cells_are_guarded(store, tmp_path):
    from exchange_data import add_story

    add_story(store, "Formule", "=HYPERLINK(\"http://x\";\"klik\")")
    add_story(store, "Lijstje", "- eerste punt\n- tweede punt")
    export_csv(store, "stories", tmp_path / "s.csv")
    texts = {r["pseudonym"]: r["text"] for r in read(tmp_path / "s.csv")}
    assert texts["Formule"].startswith("'=")
    assert texts["Lijstje"].startswith("- eerste")


def test_identities_only_on_request(store, tmp_path):
    from exchange_data import add_story

    story = add_story(store, "Yara", "Verhaal.")
    teller = store.scalar("SELECT storyteller_id FROM stories WHERE id = ?", [story])
    stories.set_identity(store, teller, real_name="Yara Echtenaam", contact="yara@example.org")
    export_csv(store, "stories", tmp_path / "a.csv")
    assert b"Echtenaam" not in (tmp_path / "a.csv").read_bytes()
    export_csv(store, "stories", tmp_path / "b.csv", include_identities=True)
    assert read(tmp_path / "b.csv")[0]["real_name"] == "Yara Echtenaam"


def test_unknown_kind_is_one_sentence(store, tmp_path):
    with pytest.raises(InvalidInput) as caught:
        export_csv(store, "posters", tmp_path / "p.csv")
    assert "Kies uit: stories, fragments" in caught.value.message()
    assert not (tmp_path / "p.csv").exists()
