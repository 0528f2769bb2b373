"""The exchange commands through the real CLI: exports, imports, bundle, merge, PIN, errors."""

from __future__ import annotations

import zipfile

import pytest
from click.testing import CliRunner
from exchange_data import edge_workshop, fill_analysis

from workbench import access, workshop
from workbench.cli import main
from workbench.collect import stories
from workbench.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.db"
    s = Store.open(path)
    workshop.create_workshop(s, "CLI-werkplaats")
    workshop.add_practice(s, "Speelgroep De Vlinder")
    edge_workshop(s)
    fill_analysis(s)
    teller = s.scalar("SELECT id FROM storytellers ORDER BY pseudonym LIMIT 1")
    stories.set_identity(s, teller, real_name="Echte Naam", contact="06-11112222")
    access.set_pin(s, "4321")
    s.close()
    return path


def run(db, *args, input=None):  # noqa: A002
    return CliRunner().invoke(main, ["--db", str(db), *args], input=input)


def test_export_and_import_qdpx_and_qdc(db, tmp_path):
    result = run(db, "export", "qdpx", str(tmp_path / "p.qdpx"))
    assert result.exit_code == 0, result.output
    assert "Geschreven" in result.output and "5 verhalen" in result.output
    result = run(db, "export", "qdc", str(tmp_path / "c.qdc"))
    assert result.exit_code == 0 and (tmp_path / "c.qdc").exists()
    empty = tmp_path / "empty.db"
    assert run(empty, "init", "Leeg", "--no-pin").exit_code == 0
    result = run(empty, "import", "qdpx", str(tmp_path / "p.qdpx"))
    assert result.exit_code == 0, result.output
    assert "5 nieuwe verhalen" in result.output
    result = run(empty, "--lang", "en", "import", "qdpx", str(tmp_path / "p.qdpx"))
    assert "0 new stories (5 were here already)" in result.output
    other = tmp_path / "other.db"
    assert run(other, "init", "Ander", "--no-pin").exit_code == 0
    result = run(other, "import", "qdc", str(tmp_path / "c.qdc"))
    assert result.exit_code == 0 and "nieuwe codes" in result.output


def test_identities_need_the_pin(db, tmp_path, monkeypatch):
    out = tmp_path / "named.qdpx"
    result = run(db, "export", "qdpx", str(out), "--include-identities", "--pin", "0000")
    assert result.exit_code == 1 and "Onjuiste pincode" in result.output
    assert not out.exists()
    # typed at a terminal (a question without one says "give --pin", see test_safety_pin)
    monkeypatch.setattr("workbench.cli.prompts.has_terminal", lambda: True)
    result = run(db, "export", "qdpx", str(out), "--include-identities", input="4321\n")
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as zf:
        assert b"Echte Naam" in zf.read("project.qde")
    result = run(db, "export", "qdpx", str(tmp_path / "anon.qdpx"))
    with zipfile.ZipFile(tmp_path / "anon.qdpx") as zf:
        assert b"Echte Naam" not in zf.read("project.qde")
    result = run(db, "export", "csv", "stories", str(tmp_path / "s.csv"),
                 "--include-identities", "--pin", "4321")
    assert result.exit_code == 0 and "Echte Naam" in (tmp_path / "s.csv").read_text("utf-8")


def test_export_csv_kinds_and_bom(db, tmp_path):
    for kind in ("stories", "fragments", "factors", "ballots", "tallies"):
        result = run(db, "export", "csv", kind, str(tmp_path / f"{kind}.csv"), "--bom")
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"{kind}.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    result = run(db, "export", "csv", "posters", str(tmp_path / "x.csv"))
    assert result.exit_code == 2  # click names the valid choices


def test_bundle_and_merge_twice(db, tmp_path):
    result = run(db, "bundle", str(tmp_path / "a.wbb"))
    assert result.exit_code == 0, result.output
    assert "workbench merge" in result.output
    other = tmp_path / "b.db"
    assert run(other, "init", "Laptop B", "--no-pin", "--practice",
               "Speelgroep De Vlinder").exit_code == 0
    result = run(other, "merge", str(tmp_path / "a.wbb"))  # B made its own workshop
    assert result.exit_code == 1
    assert "'CLI-werkplaats'" in result.output and "'Laptop B'" in result.output
    result = run(other, "merge", str(tmp_path / "a.wbb"), "--other-workshop")
    assert result.exit_code == 0, result.output
    assert "Samengevoegd" in result.output and "Reservekopie" in result.output
    result = run(other, "merge", str(tmp_path / "a.wbb"), "--other-workshop")
    assert "0 nieuw, 0 bijgewerkt" in result.output


def test_bad_files_are_one_line_errors(db, tmp_path):
    bad = tmp_path / "bad.qdpx"
    bad.write_text("geen zip")
    result = run(db, "import", "qdpx", str(bad))
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and "Fout" in result.output
    assert "Traceback" not in result.output
    result = run(db, "--lang", "en", "merge", str(bad), "--pin", "4321")
    assert result.exit_code == 1 and "not a valid zip file" in result.output
    with zipfile.ZipFile(tmp_path / "evil.qdpx", "w") as zf:
        zf.writestr("../../etc/x", "boo")
        zf.writestr("project.qde", "<Project/>")
    result = run(db, "import", "qdpx", str(tmp_path / "evil.qdpx"))
    assert result.exit_code == 1 and "onveilige bestandsnaam" in result.output
