"""Issue 13, 'destroyed without asking': demo never replaces a real workshop, init is all
or nothing, exports never overwrite without asking or --force."""

from __future__ import annotations

import shutil

import pytest
from safety_support import cli, digest, run

from workbench import access
from workbench.store import Store


@pytest.fixture
def real(tmp_path):
    """A real, PIN-protected workshop (made the way a user makes one)."""
    db = tmp_path / "real.db"
    result = run(db, "init", "Echte werkplaats", "--practice", "Speelgroep", "--pin", "2468")
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    return path


def test_demo_force_never_replaces_a_real_workshop(real):
    before = digest(real)
    result = cli(real, "demo", "--force")
    assert result.returncode == 1
    assert "geen demo" in result.stderr and "Echte werkplaats" in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(real) == before
    store = Store.open(real)
    assert access.verify_pin(store, "2468") and not access.verify_pin(store, "1234")
    store.close()
    assert not (real.parent / ".workbench-backups").exists()


@pytest.mark.slow  # long: left out of the quick loop
def test_replacing_a_demo_needs_its_pin_and_keeps_a_backup(demo):
    store = Store.open(demo)
    access.set_pin(store, "8642")
    store.close()
    before = digest(demo)
    no_terminal = cli(demo, "demo", "--force")
    assert no_terminal.returncode == 1 and "--old-pin" in no_terminal.stderr
    assert "GetPassWarning" not in no_terminal.stderr
    assert digest(demo) == before
    wrong = run(demo, "demo", "--force", "--old-pin", "0000")
    assert wrong.exit_code == 1 and "pincode" in wrong.output.lower()
    store = Store.open(demo)
    assert access.verify_pin(store, "8642")  # still the old demo
    store.close()
    right = run(demo, "demo", "--force", "--old-pin", "8642")
    assert right.exit_code == 0, right.output
    backups = list((demo.parent / ".workbench-backups").glob("demo-*-demo.db"))
    assert len(backups) == 1
    old = Store.open(backups[0])
    assert access.verify_pin(old, "8642")  # the replaced demo, as it was
    old.close()
    new = Store.open(demo)
    assert access.verify_pin(new, "1234") and new.meta_get("demo") == "1"
    new.close()
    # the demo is built aside: nothing else is left in the folder
    assert sorted(p.name for p in demo.parent.iterdir() if p.name.startswith(".")) == [
        ".workbench-backups"]


def test_init_is_all_or_nothing_without_a_terminal(tmp_path):
    db = tmp_path / "k.db"
    aborted = cli(db, "init", "K", "--practice", "P")
    assert aborted.returncode == 1
    assert "--pin" in aborted.stderr and "GetPassWarning" not in aborted.stderr
    assert not db.exists() and list(tmp_path.iterdir()) == []
    done = cli(db, "init", "K", "--practice", "P", "--pin", "5678")
    assert done.returncode == 0, done.stderr
    store = Store.open(db)
    assert access.verify_pin(store, "5678")
    assert store.scalar("SELECT count(*) FROM practices") == 1
    store.close()


def test_init_with_a_short_pin_creates_nothing(tmp_path):
    db = tmp_path / "k.db"
    result = run(db, "init", "K", "--pin", "12")
    assert result.exit_code == 1 and "4 tekens" in result.output
    assert not db.exists()


EXPORTS = [
    ("export", "qdpx", "{out}.qdpx"),
    ("export", "qdc", "{out}.qdc"),
    ("export", "csv", "stories", "{out}.csv"),
    ("export", "json", "{out}.json"),
]


@pytest.mark.parametrize("command", EXPORTS, ids=lambda c: " ".join(c[:-1]))
@pytest.mark.slow  # long: left out of the quick loop
def test_exports_do_not_overwrite_without_asking(demo, tmp_path, command):
    out = tmp_path / "uit"
    args = [a.format(out=out) for a in command]
    target = tmp_path / args[-1]
    target.write_text("iets dat er al stond")
    refused = cli(demo, *args)
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert target.read_text() == "iets dat er al stond"
    forced = cli(demo, *args, "--force")
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes() != b"iets dat er al stond"


def test_an_export_asks_on_a_terminal(demo, tmp_path, monkeypatch):
    out = tmp_path / "verhalen.csv"
    out.write_text("oud")
    monkeypatch.setattr("workbench.cli.prompts.has_terminal", lambda: True)
    kept = run(demo, "export", "csv", "stories", str(out), stdin="n\n")
    assert kept.exit_code == 1 and "[j/N]" in kept.output and "niet overschreven" in kept.output
    assert out.read_text() == "oud"
    kept = run(demo, "export", "csv", "stories", str(out), stdin="\n")  # default: no
    assert out.read_text() == "oud"
    written = run(demo, "export", "csv", "stories", str(out), stdin="j\n")
    assert written.exit_code == 0, written.output
    assert out.read_text(encoding="utf-8-sig").startswith("story_id")
    english = run(demo, "export", "csv", "stories", str(out), stdin="y\n", lang="en")
    assert english.exit_code == 0 and "[y/N]" in english.output


def test_sessions_export_refuses_to_overwrite_without_terminal(demo, tmp_path):
    store = Store.open(demo)
    from workbench.sessions import model as sessions

    row = next(r for r in sessions.list_sessions(store) if r["state"] == "closed")
    store.close()
    out = tmp_path / "uitslag.json"
    assert cli(demo, "sessions", "export", row["name"], str(out)).returncode == 0
    first = out.read_text()
    out.write_text("van iemand anders")
    again = cli(demo, "sessions", "export", row["name"], str(out))
    assert again.returncode == 1 and "--force" in again.stderr
    assert out.read_text() == "van iemand anders"
    assert cli(demo, "sessions", "export", row["name"], str(out), "--force").returncode == 0
    assert out.read_text() == first


def test_a_bundle_is_not_written_over_without_force(tmp_path):
    from click.testing import CliRunner

    from workbench.cli import main

    db = tmp_path / "kwp.db"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(db), "init", "K", "--no-pin"]).exit_code == 0
    out = tmp_path / "laptop.wbb"
    out.write_bytes(b"mijn vorige bundel")
    refused = runner.invoke(main, ["--db", str(db), "bundle", str(out)])
    assert refused.exit_code == 1 and "--force" in refused.output
    assert out.read_bytes() == b"mijn vorige bundel"
    done = runner.invoke(main, ["--db", str(db), "bundle", str(out), "--force"])
    assert done.exit_code == 0, done.output
