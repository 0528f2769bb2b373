"""Importing on the command line: scripts can tell a failed import, and a
REFI-QDA file given to the plain importer points at the right command."""

from __future__ import annotations

from click.testing import CliRunner

from workbench.cli import main


def _db(tmp_path):
    path = tmp_path / "kwp.db"
    result = CliRunner().invoke(main, ["--db", str(path), "init", "KWP", "--no-pin",
                                     "--practice", "Speelgroep"])
    assert result.exit_code == 0, result.output
    return path


def _import(db, *files):
    return CliRunner().invoke(main, ["--db", str(db), "import", *map(str, files),
                                     "--practice", "Speelgroep"])


def test_import_with_nothing_imported_and_files_refused_exits_1(tmp_path):
    db = _db(tmp_path)
    binary = tmp_path / "a.txt"
    binary.write_bytes(b"\x00\x01\x02abc")
    result = _import(db, tmp_path / "missing.txt", tmp_path, binary)
    assert result.exit_code == 1, result.output
    assert "missing.txt" in result.output and "a.txt" in result.output  # summary kept


def test_import_with_something_imported_still_exits_0(tmp_path):
    db = _db(tmp_path)
    good = tmp_path / "good.txt"
    good.write_text("Ik ga graag naar de speelgroep.", encoding="utf-8")
    result = _import(db, good, tmp_path / "missing.txt")
    assert result.exit_code == 0, result.output


def test_a_qdpx_given_to_the_plain_importer_points_at_import_qdpx(tmp_path):
    db = _db(tmp_path)
    project = tmp_path / "broken.qdpx"
    project.write_bytes(b"PK\x03\x04\x00\x00garbage")
    codebook = tmp_path / "codes.qdc"
    codebook.write_text('<?xml version="1.0"?><CodeBook/>', encoding="utf-8")
    result = _import(db, project, codebook)
    assert result.exit_code == 1, result.output
    assert ".txt" not in result.output
    assert "workbench import qdpx" in result.output
    assert "workbench import qdc" in result.output


def test_import_summary_lists_csv_rows_in_file_order(tmp_path):
    db = _db(tmp_path)
    sheet = tmp_path / "q.csv"
    sheet.write_text("pseudonym;role;text\nAnna;moeder;Het is fijn hier.\nBen;baas;Hoi\n"
                     "Cor;vader;Ik kom graag.\n", encoding="utf-8")
    result = _import(db, sheet)
    rows = [line.split(":")[1] for line in result.output.splitlines() if line.startswith("q.csv")]
    assert rows == ["2", "3", "4"], result.output
