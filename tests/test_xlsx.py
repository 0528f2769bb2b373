"""Issue 16, spreadsheets: ``export xlsx`` read back with openpyxl, and CSV for a Dutch Excel."""

from __future__ import annotations

import csv
import stat

import openpyxl
import pytest
from click.testing import CliRunner
from exchange_data import fill_analysis

from workbench import workshop
from workbench.cli import main
from workbench.collect import stories
from workbench.exchange.xlsx import export_xlsx
from workbench.i18n import set_language
from workbench.store import Store, new_id, now

HOSTILE = ["=HYPERLINK(\"http://x.invalid\",\"klik\")", "+31 6 1234", "-2+3", "@SUM(A1)"]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.db"
    s = Store.open(path)
    workshop.create_workshop(s, "Werkmap-werkplaats")
    practice = workshop.add_practice(s, "Speelgroep De Vlinder")
    teller = stories.add_storyteller(s, "Fatma", "parent", practice_id=practice)
    stories.add_story(s, storyteller_id=teller, practice_id=practice,
                      text="Ik kom elke week voor de koffie en de andere moeders.")
    for i, text in enumerate(HOSTILE):
        other = stories.add_storyteller(s, f"Verteller {i}", "volunteer", practice_id=practice)
        stories.add_story(s, storyteller_id=other, practice_id=practice, text=text,
                          title=text)
    fill_analysis(s)
    s.db["codes"].insert({"id": new_id(), "name": "=1+1", "position": 99,
                          "created_at": now()})
    s.close()
    return path


def run(db, *args, input=None):  # noqa: A002
    return CliRunner().invoke(main, ["--db", str(db), *args], input=input)


def sheet_rows(ws) -> list[list]:
    return [list(row) for row in ws.iter_rows(values_only=True)]


def test_workbook_sheets_headers_values_and_guard(db, tmp_path):
    out = tmp_path / "kwp.xlsx"
    result = run(db, "export", "xlsx", str(out))
    assert result.exit_code == 0, result.output
    assert "Werkmap geschreven" in result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Verhalen", "Fragmenten", "Codes", "Werkzame factoren",
                               "Uitslag bijeenkomsten", "Stemformulieren"]
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2", ws.title  # the header row stays in view
        assert ws.column_dimensions["A"].width >= 6
    stories_ws = book["Verhalen"]
    header = [c.value for c in stories_ws[1]]
    assert header[:5] == ["Verhaal-id", "Praktijk", "Verteller-id", "Schuilnaam", "Rol"]
    assert "Tekst" in header and "Echte naam" not in header  # anonymous by default
    texts = [row[header.index("Tekst")] for row in sheet_rows(stories_ws)[1:]]
    assert "Ik kom elke week voor de koffie en de andere moeders." in texts
    # formula injection: the hostile texts are text cells, shown as typed, quote-prefixed
    for ws in book.worksheets:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    cells = {c.value: c for row in stories_ws.iter_rows(min_row=2) for c in row}
    for text in HOSTILE:
        assert cells[text].data_type == "s"
        assert cells[text].quotePrefix, text
    codes = book["Codes"]
    names = [row[1] for row in sheet_rows(codes)[1:]]
    assert "=1+1" in names
    # ballots: participants numbered per session, scores as numbers
    ballots = sheet_rows(book["Stemformulieren"])
    head = ballots[0]
    assert head[:3] == ["Bijeenkomst", "Praktijk", "Deelnemer"]
    participants = {row[head.index("Deelnemer")] for row in ballots[1:]}
    assert participants == {"Deelnemer 1", "Deelnemer 2"}
    scores = {row[head.index("Herkenning")] for row in ballots[1:]}
    assert {3, 4, 5} <= scores
    tallies = sheet_rows(book["Uitslag bijeenkomsten"])
    assert tallies[0][0] == "Bijeenkomst" and len(tallies) > 1
    factors = sheet_rows(book["Werkzame factoren"])
    assert "Kenmerkend element" in factors[0]


def test_workbook_in_english(db, tmp_path):
    s = Store.open(db)
    summary = export_xlsx_en(s, tmp_path / "en.xlsx")
    s.close()
    book = openpyxl.load_workbook(tmp_path / "en.xlsx")
    assert book.sheetnames[0] == "Stories" and book.sheetnames[-1] == "Ballots"
    assert [c.value for c in book["Stories"][1]][:4] == ["Story id", "Practice",
                                                         "Storyteller id", "Pseudonym"]
    assert summary.rows["stories"] == 5


def export_xlsx_en(store, path):
    set_language("en")
    try:
        return export_xlsx(store, path)
    finally:
        set_language("nl")


def test_csv_for_a_dutch_excel_by_default(db, tmp_path):
    out = tmp_path / "s.csv"
    assert run(db, "export", "csv", "stories", str(out)).exit_code == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    first = data.decode("utf-8-sig").splitlines()[0]
    assert first.startswith("story_id;practice;")
    rows = list(csv.reader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))
    assert rows[0][0] == "story_id" and len(rows) == 6
    # English: commas, as before; --sep chooses
    out_en = tmp_path / "en.csv"
    assert run(db, "--lang", "en", "export", "csv", "stories", str(out_en)).exit_code == 0
    assert out_en.read_text("utf-8").startswith("story_id,practice,")
    out_sep = tmp_path / "sep.csv"
    assert run(db, "--lang", "en", "export", "csv", "fragments", str(out_sep),
               "--sep", ";").exit_code == 0
    assert out_sep.read_text("utf-8").startswith("fragment_id;story_id;")
    out_comma = tmp_path / "comma.csv"
    assert run(db, "export", "csv", "fragments", str(out_comma), "--sep", ",").exit_code == 0
    assert out_comma.read_text("utf-8").startswith("fragment_id,story_id,")


def test_exchange_screen_offers_the_workbook(db, tmp_path):
    from workbench.exchange import choices

    s = Store.open(db)
    try:
        message = choices.run(s, "xlsx", tmp_path / "scherm.xlsx")
    finally:
        s.close()
    assert "Werkmap geschreven" in message
    assert openpyxl.load_workbook(tmp_path / "scherm.xlsx").sheetnames[0] == "Verhalen"
