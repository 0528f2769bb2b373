"""Issue 13: every file and folder the app writes is readable by the owner only, even
under a generous umask (0o000)."""

from __future__ import annotations

import shutil

import pytest
from safety_support import cli, mode

from workbench.sessions import model as sessions
from workbench.store import Store


@pytest.fixture
def db(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    return path


def closed_session(db) -> str:
    store = Store.open(db)
    try:
        return next(r["name"] for r in sessions.list_sessions(store) if r["state"] == "closed")
    finally:
        store.close()


def test_session_exports_are_private(db, tmp_path):
    name = closed_session(db)
    for out in (tmp_path / "uitslag.csv", tmp_path / "uitslag.json"):
        result = cli(db, "sessions", "export", name, str(out), umask=0)
        assert result.returncode == 0, result.stderr
        assert mode(out) == 0o600, out
    out = tmp_path / "export-session.json"
    assert cli(db, "export", "session", name, str(out), umask=0).returncode == 0
    assert mode(out) == 0o600


@pytest.mark.parametrize("args", [
    ("export", "qdpx", "p.qdpx"), ("export", "qdc", "c.qdc"),
    ("export", "csv", "ballots", "b.csv"), ("export", "json", "w.json"),
    ("bundle", "l.wbundle"), ("backup", "kopie.db"),
], ids=lambda a: " ".join(a[:-1]))
@pytest.mark.slow  # long: left out of the quick loop
def test_exports_and_copies_are_private(db, tmp_path, args):
    *command, name = args
    out = tmp_path / name
    result = cli(db, *command, str(out), umask=0)
    assert result.returncode == 0, result.stderr
    assert mode(out) == 0o600


def test_poster_folders_and_pdfs_are_private(db, tmp_path):
    out = tmp_path / "nieuw" / "posters"
    result = cli(db, "posters", "--out", str(out), "--skip-unconsented", "--bundle",
                 "--handout", umask=0, timeout=300)
    assert result.returncode == 0, result.stderr
    assert mode(out) == 0o700 and mode(out.parent) == 0o700
    pdfs = list(out.glob("*.pdf"))
    assert pdfs and all(mode(p) == 0o600 for p in pdfs)


def test_an_existing_folder_of_the_user_keeps_its_mode(db, tmp_path):
    """Printing into a folder the user already has (their Desktop) does not change it."""
    desk = tmp_path / "bureaublad"
    desk.mkdir(mode=0o755)
    desk.chmod(0o755)
    result = cli(db, "posters", "--out", str(desk), "--skip-unconsented", umask=0,
                 timeout=300)
    assert result.returncode == 0, result.stderr
    assert mode(desk) == 0o755
    assert all(mode(p) == 0o600 for p in desk.glob("*.pdf"))


def test_automatic_backups_and_a_new_workshop_are_private(tmp_path):
    db = tmp_path / "k.db"
    assert cli(db, "init", "K", "--no-pin", "--practice", "P", umask=0).returncode == 0
    assert mode(db) == 0o600
    assert cli(db, "backup", umask=0).returncode == 0
    folder = tmp_path / ".workbench-backups"
    assert mode(folder) == 0o700
    assert all(mode(p) == 0o600 for p in folder.iterdir())
