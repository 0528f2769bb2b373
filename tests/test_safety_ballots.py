"""Issue 13: participants are numbered, not named, in exports unless identities are asked
for with the PIN."""

from __future__ import annotations

import csv
import io
import json

import pytest
from safety_support import cli, run

from workbench import access, workshop
from workbench.sessions import ballots
from workbench.sessions import model as sessions
from workbench.sessions.ballots import Ballot, FactorAnswer
from workbench.store import Store, new_id, now


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "k.db"
    store = Store.open(path)
    workshop.create_workshop(store, "K")
    practice = workshop.add_practice(store, "Speelgroep")
    factor = new_id()
    store.db["factors"].insert({"id": factor, "practice_id": practice, "name": "Rust",
                                "created_at": now(), "updated_at": now()})
    session = sessions.create_session(store, "Klankbord", practice_id=practice,
                                      factor_ids=[factor], quorum=1)
    sessions.open_session(store, session)
    for label, score in (("Fatima Yilmaz", 4), ("Joost de Vries", 2)):  # check-in names
        ballot = Ballot()
        ballot.answers[factor] = FactorAnswer(score=score)
        ballots.cast(store, session, label, ballot, role="parent", confirm_now=True)
    sessions.close_session(store, session)
    access.set_pin(store, "2468")
    store.close()
    return path


def rows(path):
    text = path.read_text(encoding="utf-8-sig")  # Dutch exports: ';' and a byte-order mark
    return list(csv.DictReader(io.StringIO(text), dialect=csv.Sniffer().sniff(text[:2000],
                                                                             ";,")))


@pytest.mark.slow  # long: left out of the quick loop
def test_the_ballots_csv_numbers_participants(db, tmp_path):
    out = tmp_path / "ballots.csv"
    result = cli(db, "export", "csv", "ballots", str(out))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert "Fatima" not in text and "Joost" not in text
    assert sorted(r["participant"] for r in rows(out)) == ["deelnemer 1", "deelnemer 2"]
    english = tmp_path / "ballots-en.csv"
    assert cli(db, "export", "csv", "ballots", str(english), lang="en").returncode == 0
    assert sorted(r["participant"] for r in rows(english)) == ["participant 1",
                                                               "participant 2"]
    # stable: the same participant keeps their number in every export
    again = tmp_path / "again.csv"
    assert cli(db, "export", "csv", "ballots", str(again)).returncode == 0
    assert rows(again) == rows(out)


def test_names_only_with_the_pin(db, tmp_path):
    out = tmp_path / "named.csv"
    refused = cli(db, "export", "csv", "ballots", str(out), "--include-identities",
                  "--pin", "0000")
    assert refused.returncode == 1 and not out.exists()
    named = cli(db, "export", "csv", "ballots", str(out), "--include-identities",
                "--pin", "2468")
    assert named.returncode == 0, named.stderr
    assert {r["participant"] for r in rows(out)} == {"Fatima Yilmaz", "Joost de Vries"}


def test_no_other_export_names_participants(db, tmp_path):
    for command, name in ((("export", "csv", "tallies"), "t.csv"),
                          (("export", "json"), "w.json"), (("export", "qdpx"), "p.qdpx"),
                          (("sessions", "export", "Klankbord"), "s.json"),
                          (("sessions", "export", "Klankbord"), "s.csv")):
        out = tmp_path / name
        result = run(db, *command, str(out))
        assert result.exit_code == 0, (command, result.output)
        data = out.read_bytes()
        assert b"Fatima" not in data and b"Joost" not in data, command
    json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
