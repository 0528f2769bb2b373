"""Withdrawal is complete: nothing of the person stays in the file, its WAL or any automatic
backup (with another connection open), restore and merge never bring them back, and a
bundle made before the withdrawal still merges."""

from __future__ import annotations

import sqlite3
import stat

import pytest
from click.testing import CliRunner
from exchange_data import add_code, add_fragment

from workbench import backups, workshop
from workbench.cli import main
from workbench.collect import stories
from workbench.store import Store, new_id, now

STORY = "Toen mijn man vertrok stond ik er alleen voor met drie kinderen in de flat"
REAL_NAME = "Khadija Bouzid"
PHONE = "06-98765432"


def run(db, *args, stdin=None):
    return CliRunner().invoke(main, ["--db", str(db), *args], input=stdin)


@pytest.fixture
def kwp(tmp_path):
    path = tmp_path / "kwp.db"
    s = Store.open(path)
    workshop.create_workshop(s, "Kenniswerkplaats Noord")
    practice = workshop.add_practice(s, "Moederkracht")
    teller = stories.add_storyteller(s, "Lale", "parent", practice_id=practice)
    story = stories.add_story(s, storyteller_id=teller, practice_id=practice, mode="interview",
                              text=STORY + ". In de groep vond ik weer lucht.")
    stories.set_identity(s, teller, real_name=REAL_NAME, contact=PHONE)
    stay = stories.add_storyteller(s, "Ilse", "parent", practice_id=practice)
    stories.add_story(s, storyteller_id=stay, practice_id=practice, mode="interview",
                      text="De koffie en de gesprekken houden mij op de been.")
    code = add_code(s, "Er alleen voor staan")
    fragment = add_fragment(s, story, 0, 30, [code])
    s.db["memos"].insert({"id": new_id(), "code_id": None, "fragment_id": fragment,
                          "text": "Sterk citaat, Lale.", "author": "Sanne",
                          "created_at": now(), "updated_at": now()})
    s.close()
    return path


def traces(path) -> list[str]:
    """Files beside the workshop (the file, -wal, backups) that still hold the person."""
    found = []
    candidates = [path, path.with_name(path.name + "-wal")]
    candidates += sorted((path.parent / ".workbench-backups").glob("*"))
    for file in candidates:
        if not file.exists():
            continue
        data = file.read_bytes()
        for needle in (STORY, REAL_NAME, PHONE, "Sterk citaat"):
            if needle.encode("utf-8") in data:
                found.append(f"{file.name}: {needle}")
    return found


@pytest.fixture(params=["built-in default", "secure_delete off"])
def sqlite_build(request, monkeypatch):
    """This machine's SQLite has secure_delete on by default; many builds do not. The
    withdrawal must not depend on it: every connection the app opens starts with it off."""
    if request.param == "secure_delete off":
        original = sqlite3.connect

        def connect_without(*args, **kwargs):
            conn = original(*args, **kwargs)
            conn.execute("PRAGMA secure_delete = OFF")
            return conn

        monkeypatch.setattr(sqlite3, "connect", connect_without)
    return request.param


def test_withdrawal_leaves_no_trace_in_file_wal_or_backups(kwp, tmp_path, sqlite_build):
    # earlier destructive work made automatic backups that hold the person
    for _ in range(3):
        assert run(kwp, "backup").exit_code == 0
    assert traces(kwp)
    reader = sqlite3.connect(kwp)  # the TUI, open on the same file meanwhile
    reader.execute("SELECT count(*) FROM stories").fetchone()
    try:
        result = run(kwp, "withdraw", "Lale", "--yes")
        assert result.exit_code == 0, result.output
        assert traces(kwp) == []
        wal = kwp.with_name(kwp.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0
    finally:
        reader.close()
    folder = tmp_path / ".workbench-backups"
    for backup in folder.iterdir():
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
        conn = sqlite3.connect(backup)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM storytellers WHERE pseudonym = 'Ilse'"
                            ).fetchone()[0] == 1  # everyone else is still there
        assert conn.execute("SELECT count(*) FROM storytellers WHERE pseudonym = 'Lale'"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM withdrawals").fetchone()[0] == 1
        conn.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_restore_of_a_backup_from_before_the_withdrawal_brings_nobody_back(kwp, tmp_path):
    old = tmp_path / "voor-de-terugtrekking.db"
    assert run(kwp, "backup", str(old)).exit_code == 0  # a copy of the user's own, elsewhere
    assert run(kwp, "withdraw", "Lale", "--yes").exit_code == 0
    result = run(kwp, "restore", str(old), "--yes")
    assert result.exit_code == 0, result.output
    assert "1 verteller uit de reservekopie is weggelaten" in result.output
    s = Store.open(kwp)
    try:
        assert s.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = 'Lale'") == 0
        assert s.scalar("SELECT count(*) FROM identities") == 0
        assert s.scalar("SELECT count(*) FROM withdrawals") == 1
        assert s.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = 'Ilse'") == 1
    finally:
        s.close()
    assert [t for t in traces(kwp) if not t.startswith(old.name)] == []
    english = run(kwp, "--lang", "en", "restore", str(old), "--yes")
    assert english.exit_code == 0
    assert "left out" in english.output


def test_restore_without_terminal_or_pin_refuses_in_one_line(kwp, tmp_path):
    from workbench import access

    copy = tmp_path / "kopie.db"
    assert run(kwp, "backup", str(copy)).exit_code == 0
    s = Store.open(kwp)
    access.set_pin(s, "2468")
    s.close()
    result = run(kwp, "restore", str(copy), "--yes")
    assert result.exit_code == 1
    assert "--pin" in result.output and "Aborted" not in result.output
    assert "Warning" not in result.output


def test_a_bundle_from_before_the_withdrawal_still_merges(kwp, tmp_path):
    """Today's bug: "'old.wbb' is damaged: memos: CHECK constraint failed"."""
    assert run(kwp, "bundle", str(tmp_path / "old.wbb")).exit_code == 0
    b = tmp_path / "b" / "kwp.db"
    b.parent.mkdir()
    assert run(b, "join", str(tmp_path / "old.wbb")).exit_code == 0
    assert run(kwp, "withdraw", "Lale", "--yes").exit_code == 0
    result = run(kwp, "merge", str(tmp_path / "old.wbb"))  # her memo on a fragment inside
    assert result.exit_code == 0, result.output
    assert "weggelaten" in result.output
    s = Store.open(kwp)
    try:
        assert s.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = 'Lale'") == 0
        assert s.scalar("SELECT count(*) FROM memos") == 0
        assert s.scalar("SELECT count(*) FROM fragments") == 0
    finally:
        s.close()
    # the other laptop gets the withdrawal, and her old bundle merged there changes nothing
    assert run(kwp, "bundle", str(tmp_path / "new.wbb")).exit_code == 0
    assert "1 terugtrekkingen" in run(b, "merge", str(tmp_path / "new.wbb")).output
    assert run(b, "merge", str(tmp_path / "old.wbb")).exit_code == 0
    assert traces(b) == []
    s = Store.open(b)
    try:
        assert s.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = 'Lale'") == 0
    finally:
        s.close()


def test_scrub_keeps_other_workshops_backups_and_damaged_files_alone(kwp, tmp_path):
    folder = backups.private_folder(tmp_path / ".workbench-backups")
    other = folder / "ander-20260101T000000000000Z-manual.db"
    other.write_bytes(b"not ours")
    assert run(kwp, "backup").exit_code == 0
    assert run(kwp, "withdraw", "Lale", "--yes").exit_code == 0
    assert other.read_bytes() == b"not ours"
