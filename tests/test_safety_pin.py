"""Issue 13: destructive commands check their input first, then ask for the PIN; without
a terminal the PIN question refuses with "give --pin", never a GetPassWarning."""

from __future__ import annotations

import shutil

import pytest
from safety_support import cli, run

from workbench import access
from workbench.store import Store


@pytest.fixture
def locked(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    store = Store.open(path)
    access.set_pin(store, "2468")
    store.close()
    return path


def failures(path) -> str | None:
    store = Store.open(path)
    try:
        return store.meta_get(access.FAILURES_KEY)
    finally:
        store.close()


@pytest.mark.parametrize("command", [
    ("withdraw", "Niemand", "--yes"),
    ("sessions", "delete", "Bestaat niet", "--yes"),
    ("codes", "merge", "Geen code", "Ook geen code"),
    ("codes", "delete", "Geen code", "--remove-codings"),
], ids=lambda c: " ".join(c[:2]))
@pytest.mark.slow  # long: left out of the quick loop
def test_a_name_nobody_has_is_said_before_the_pin(locked, command):
    result = cli(locked, *command)
    assert result.returncode == 1
    assert "niet gevonden" in result.stderr or "bestaat niet" in result.stderr.lower()
    assert "pincode" not in result.stderr.lower()
    assert failures(locked) in (None, "0")


@pytest.mark.slow  # long: left out of the quick loop
def test_no_terminal_means_give_pin_in_the_users_language(locked):
    pseudonym = Store.open(locked).scalar(
        "SELECT pseudonym FROM storytellers WHERE role = 'parent' LIMIT 1")
    dutch = cli(locked, "withdraw", pseudonym, "--yes")
    assert dutch.returncode == 1
    assert "geef --pin" in dutch.stderr
    assert "GetPassWarning" not in dutch.stderr and "Warning" not in dutch.stderr
    english = cli(locked, "withdraw", pseudonym, "--yes", lang="en")
    assert english.returncode == 1 and "give --pin" in english.stderr
    store = Store.open(locked)
    assert store.scalar("SELECT count(*) FROM storytellers WHERE pseudonym = ?",
                        [pseudonym]) == 1
    store.close()
    done = cli(locked, "withdraw", pseudonym, "--yes", "--pin", "2468")
    assert done.returncode == 0, done.stderr


@pytest.mark.slow  # long: left out of the quick loop
def test_every_pin_question_uses_the_one_helper(locked, tmp_path):
    """restore, merge, sessions delete and export --include-identities: same refusal."""
    backup = tmp_path / "kopie.db"
    assert run(locked, "backup", str(backup)).exit_code == 0
    bundle = tmp_path / "laptop.wbundle"  # with identities: merging it needs the PIN
    assert run(locked, "bundle", str(bundle), "--include-identities", "--pin",
               "2468").exit_code == 0
    session = Store.open(locked).scalar("SELECT name FROM sessions LIMIT 1")
    for command in (("restore", str(backup), "--yes"), ("merge", str(bundle)),
                    ("sessions", "delete", session, "--yes"),
                    ("export", "csv", "ballots", str(tmp_path / "b.csv"),
                     "--include-identities")):
        result = cli(locked, *command)
        assert result.returncode == 1, command
        assert "geef --pin" in result.stderr, (command, result.stderr)
        assert "Warning" not in result.stderr


def test_a_pin_typed_at_a_terminal_still_works(locked, monkeypatch):
    monkeypatch.setattr("workbench.cli.prompts.has_terminal", lambda: True)
    session = Store.open(locked).scalar("SELECT name FROM sessions LIMIT 1")
    result = run(locked, "sessions", "delete", session, "--yes", stdin="2468\n")
    assert result.exit_code == 0, result.output
