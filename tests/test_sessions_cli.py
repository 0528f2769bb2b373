"""The ``workbench sessions`` commands, through click's runner on a real file; and two real
processes casting ballots on the same database at the same time."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_sessions_support import add_factors, practice_id

from workbench.cli import main
from workbench.sessions import model as sessions
from workbench.store import Store


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "kwp.db"
    runner = CliRunner()
    result = runner.invoke(main, ["--db", str(path), "init", "KWP", "--no-pin",
                                  "--practice", "Speelgroep De Vlinder"])
    assert result.exit_code == 0, result.output
    store = Store.open(path)
    add_factors(store, practice_id(store))
    store.close()
    return path


def run(db: Path, *args: str, lang: str | None = None):
    extra = ["--lang", lang] if lang else []
    return CliRunner().invoke(main, ["--db", str(db), *extra, "sessions", *args])


def test_full_session_from_the_command_line(db, tmp_path):
    result = run(db, "create", "Klankbord maart", "--practice", "speelgroep", "--quorum", "2",
                 "--date", "2025-03-12")
    assert result.exit_code == 0, result.output
    assert "5 factoren, stippen per persoon: 1" in result.output
    result = run(db, "vote", "Klankbord", "--as", "Amira", "--rate", "1=5")
    assert result.exit_code == 1
    assert "nog niet geopend" in result.output
    assert run(db, "open", "Klankbord").exit_code == 0
    result = run(db, "vote", "Klankbord", "--as", "Amira", "--role", "parent", "--rate", "1=5",
                 "--rate", "Herkenning=na", "--reason", "1=Ik kom de deur uit",
                 "--add", "1=samen koken", "--dot", "Sociale=1", "--rank", "1,3,2")
    assert result.exit_code == 0, result.output
    assert "Amira" in result.output
    result = run(db, "vote", "Klankbord", "--rate", "2=3", "--rank", "2")
    assert result.exit_code == 0, result.output
    assert "#" in result.output  # an anonymous token
    hidden = run(db, "results", "Klankbord")
    assert hidden.exit_code == 1 and "verborgen" in hidden.output
    assert run(db, "reveal", "Klankbord").exit_code == 0
    shown = run(db, "results", "Klankbord")
    assert shown.exit_code == 0, shown.output
    assert " 1. Herkenning" in shown.output and "Borda" in shown.output
    assert "+ samen koken" in shown.output and "herken ik helemaal" in shown.output
    closed = run(db, "close", "Klankbord")
    assert closed.exit_code == 0 and "(deelnemers: 2)" in closed.output
    again = run(db, "vote", "Klankbord", "--as", "Bea", "--rate", "1=4")
    assert again.exit_code == 1 and "gesloten" in again.output
    out = tmp_path / "uitkomst.json"
    assert run(db, "export", "Klankbord", str(out)).exit_code == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["name"] == "Klankbord maart" and len(doc["ballots"]) == 2
    csv_out = tmp_path / "uitkomst.csv"
    result = CliRunner().invoke(main, ["--db", str(db), "export", "session", "Klankbord",
                                       str(csv_out)])
    assert result.exit_code == 0, result.output
    assert csv_out.read_text(encoding="utf-8-sig").count("\n") == 6
    listed = run(db, "list")
    assert "Klankbord maart" in listed.output and "gesloten" in listed.output


def test_errors_are_one_sentence_in_the_users_language(db):
    assert run(db, "open", "bestaat-niet").output.startswith("Fout: Bijeenkomst")
    result = run(db, "create", "X", "--practice", "speelgroep", "--method", "both", "--open")
    assert result.exit_code == 0
    bad = run(db, "vote", "X", "--rate", "9=3", lang="en")
    assert bad.exit_code == 1
    assert bad.output.startswith("Error: Which factor is '9'?")
    assert "Traceback" not in bad.output
    over = run(db, "vote", "X", "--dot", "1=4")
    assert "hoogstens 1" in over.output
    assert run(db, "vote", "X", "--rate", "1=zes").output.startswith("Fout: --rate")


def test_show_of_hands_and_delete_with_backup(db):
    run(db, "create", "Handen", "--practice", "speelgroep", "--open", "--quorum", "6")
    result = run(db, "hands", "Handen", "--count", "1=4", "--count", "2=7", "--present", "9")
    assert result.exit_code == 0, result.output
    run(db, "close", "Handen")
    shown = run(db, "results", "Handen")
    assert "handen opgestoken" in shown.output and "deelnemers: 9" in shown.output
    assert "onder quorum" not in shown.output
    assert run(db, "delete", "Handen", "--yes").exit_code == 0
    assert list((db.parent / ".workbench-backups").glob("*.db"))
    store = Store.open(db)
    assert sessions.list_sessions(store) == []
    store.close()


# The facilitator's laptop: one long-lived store, as the TUI holds it, casting ballots.
LAPTOP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from workbench.sessions import ballots
    from workbench.sessions import model as sessions
    from workbench.sessions.ballots import Ballot, FactorAnswer
    from workbench.store import Store

    db, n, go, ready = sys.argv[1], int(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4])
    store = Store.open(db)
    session_id = sessions.find_session(store, "Druk")["id"]
    f = [row["id"] for row in sessions.session_factors(store, session_id)]
    ready.touch()
    while not go.exists():  # both sides start voting at the same moment
        time.sleep(0.01)  # polling for the start signal
    for i in range(n):
        label = f"laptop-{i}" if i % 3 else None  # every third one anonymous
        ballots.cast(store, session_id, label, Ballot(
            answers={f[0]: FactorAnswer(1 + i % 5, additions=[f"aanvulling laptop {i}"])},
            dots={f[i % 5]: 1}, ranking=[f[1], f[0]]))
    store.close()
    """
)

# A second terminal: one real `workbench sessions vote` process per ballot.
TERMINAL = textwrap.dedent(
    """
    import subprocess, sys, time
    from pathlib import Path

    exe, db, n, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    Path(sys.argv[5]).touch()
    while not go.exists():
        time.sleep(0.01)  # polling for the start signal
    for i in range(n):
        label = f"terminal-{i}" if i % 3 else ""
        subprocess.run([exe, "-m", "workbench", "--db", db, "sessions", "vote", "Druk",
                        "--as", label, "--rate", f"1={1 + i % 5}",
                        "--add", f"1=aanvulling terminal {i}", "--dot", f"{1 + i % 5}=1",
                        "--rank", "2,1"], check=True, capture_output=True)
    """
)


@pytest.mark.slow
def test_two_processes_cast_ballots_at_the_same_time(db, tmp_path):
    assert run(db, "create", "Druk", "--practice", "speelgroep", "--open").exit_code == 0
    go = tmp_path / "go"
    ready = [tmp_path / "ready-laptop", tmp_path / "ready-terminal"]
    n = 6  # each terminal ballot is a process of its own; six overlap the laptop's as well
    procs = [
        subprocess.Popen([sys.executable, "-c", LAPTOP, str(db), str(n), str(go), str(ready[0])],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
        subprocess.Popen([sys.executable, "-c", TERMINAL, sys.executable, str(db), str(n),
                          str(go), str(ready[1])],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
    ]
    deadline = time.monotonic() + 60
    while not all(path.exists() for path in ready):  # both imported, at the barrier
        assert time.monotonic() < deadline and all(p.poll() is None for p in procs)
        time.sleep(0.01)  # polling interval, not settling
    go.touch()
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
    store = Store.open(db)
    session_id = sessions.find_session(store, "Druk")["id"]
    assert store.scalar("SELECT count(*) FROM participants") == 2 * n
    assert store.scalar("SELECT count(DISTINCT label) FROM participants") == 2 * n
    assert store.scalar("SELECT count(*) FROM ballots WHERE confirmed_at != ''") == 2 * n
    assert store.scalar("SELECT count(*) FROM ratings") == 2 * n
    assert store.scalar("SELECT count(*) FROM dot_votes") == 2 * n
    assert store.scalar("SELECT count(*) FROM rankings") == 2 * 2 * n
    texts = [r["text"] for r in store.all("SELECT text FROM additions")]
    assert sorted(texts) == sorted(
        f"aanvulling {who} {i}" for who in ("laptop", "terminal") for i in range(n))
    results = sessions.session_results(store, session_id)
    assert results.n_participants == 2 * n
    assert sum(f.dots for f in results.factors) == 2 * n
    # every ballot ranked factor 2 first and factor 1 second: 4 and 3 points each
    assert results.factors[1].borda == 4 * 2 * n and results.factors[0].borda == 3 * 2 * n
    assert store.scalar("PRAGMA integrity_check") == "ok"
    store.close()
