"""bundle / merge / join through the CLI: the PIN only when identities travel, messages in
the user's language, another workshop refused, a bundle's rows must match its manifest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench import access, workshop
from workbench.cli import main
from workbench.collect import stories
from workbench.store import Store

pytestmark = pytest.mark.slow  # real processes

WORKBENCH = Path(sys.executable).with_name("workbench")


def run(db, *args):
    return CliRunner().invoke(main, ["--db", str(db), *args])


def shell(db, *args, lang: str = "nl") -> subprocess.CompletedProcess:
    """The installed command with no terminal at all (stdin from /dev/null)."""
    env = dict(os.environ, WORKBENCH_LANG=lang)
    return subprocess.run([str(WORKBENCH), "--db", str(db), *args], stdin=subprocess.DEVNULL,
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def laptop_a(tmp_path):
    path = tmp_path / "a.db"
    s = Store.open(path)
    workshop.create_workshop(s, "Kenniswerkplaats Oost")
    practice = workshop.add_practice(s, "Buurthuiskamer Oost")
    teller = stories.add_storyteller(s, "Sevda", "parent", practice_id=practice)
    stories.add_story(s, storyteller_id=teller, practice_id=practice, mode="interview",
                      text="In de huiskamer leerde ik andere moeders kennen.")
    stories.set_identity(s, teller, real_name="Sevda Kaya", contact="06-24681357")
    access.set_pin(s, "2468")
    s.close()
    return path


def test_join_makes_a_second_laptop_in_one_step(laptop_a, tmp_path):
    assert run(laptop_a, "bundle", str(tmp_path / "a.wbb")).exit_code == 0
    b = tmp_path / "b.db"
    result = run(b, "join", str(tmp_path / "a.wbb"))
    assert result.exit_code == 0, result.output
    assert "Kenniswerkplaats Oost" in result.output
    one, two = Store.open(laptop_a), Store.open(b)
    try:
        for table in ("workshops", "practices", "topic_lists", "topics", "stories"):
            assert two.all(f"SELECT id FROM {table} ORDER BY id") == \
                one.all(f"SELECT id FROM {table} ORDER BY id"), table
        assert two.scalar("SELECT count(*) FROM topic_lists") == 1
        assert two.scalar("SELECT count(*) FROM identities") == 0  # none travelled
    finally:
        one.close()
        two.close()
    # a file that already holds a workshop is not joined again
    again = run(b, "join", str(tmp_path / "a.wbb"))
    assert again.exit_code == 1
    assert "heeft al een kenniswerkplaats" in again.output and "Traceback" not in again.output
    # nor is a bad bundle turned into a new file
    missing = run(tmp_path / "c.db", "join", str(tmp_path / "weg.wbb"))
    assert missing.exit_code == 2 and "bestaat niet" in missing.output
    assert not (tmp_path / "c.db").exists()


def test_merge_asks_the_pin_only_when_identities_travel(laptop_a, tmp_path):
    assert run(laptop_a, "bundle", str(tmp_path / "plain.wbb")).exit_code == 0
    assert run(laptop_a, "bundle", str(tmp_path / "names.wbb"), "--include-identities",
               "--pin", "2468").exit_code == 0
    b = tmp_path / "b.db"
    assert run(b, "join", str(tmp_path / "plain.wbb")).exit_code == 0
    s = Store.open(b)
    access.set_pin(s, "1357")
    s.close()
    # no identities: no PIN, even without a terminal
    plain = shell(b, "merge", str(tmp_path / "plain.wbb"))
    assert plain.returncode == 0, plain.stderr
    # identities, no terminal, no --pin: one line in the user's language
    for lang, words in (("nl", "geef --pin"), ("en", "give --pin")):
        refused = shell(b, "merge", str(tmp_path / "names.wbb"), lang=lang)
        assert refused.returncode == 1
        assert words in refused.stderr
        assert "GetPassWarning" not in refused.stderr + refused.stdout
        assert "Aborted" not in refused.stderr + refused.stdout
        assert refused.stderr.strip().count("\n") == 0
    s = Store.open(b)
    assert s.scalar("SELECT count(*) FROM identities") == 0
    s.close()
    assert run(b, "merge", str(tmp_path / "names.wbb"), "--pin", "0000").exit_code == 1
    ok = run(b, "merge", str(tmp_path / "names.wbb"), "--pin", "1357")
    assert ok.exit_code == 0, ok.output
    s = Store.open(b)
    assert s.scalar("SELECT real_name FROM identities") == "Sevda Kaya"
    s.close()
    helptext = " ".join(run(b, "--lang", "en", "merge", "--help").output.split())
    assert "real names" in helptext and "--include-identities" not in helptext


def test_merge_errors_in_the_users_language(laptop_a, tmp_path):
    for lang, words in (("nl", "bestaat niet"), ("en", "does not exist")):
        result = shell(laptop_a, "merge", "/nonexistent.wbb", lang=lang)
        assert result.returncode == 2  # a usage mistake, said in one line
        assert result.stderr.strip().count("\n") == 0
        assert words in result.stderr and "Traceback" not in result.stderr
        assert "Path" not in result.stderr  # not click's English
    (tmp_path / "x.txt").write_text("geen bundel")
    result = shell(laptop_a, "merge", str(tmp_path / "x.txt"), lang="en")
    assert result.returncode == 1 and "x.txt" in result.stderr
    assert "GetPassWarning" not in result.stderr


def test_a_bundle_of_another_workshop_is_refused_unless_said(laptop_a, tmp_path):
    other = tmp_path / "other.db"
    s = Store.open(other)
    workshop.create_workshop(s, "Kenniswerkplaats West")
    s.close()
    assert run(other, "bundle", str(tmp_path / "west.wbb")).exit_code == 0
    refused = run(laptop_a, "merge", str(tmp_path / "west.wbb"))
    assert refused.exit_code == 1
    assert "'Kenniswerkplaats West'" in refused.output
    assert "'Kenniswerkplaats Oost'" in refused.output and "--other-workshop" in refused.output
    s = Store.open(laptop_a)
    assert s.scalar("SELECT count(*) FROM topic_lists") == 1
    s.close()
    english = run(laptop_a, "--lang", "en", "merge", str(tmp_path / "west.wbb"))
    assert "belongs to the workshop 'Kenniswerkplaats West'" in english.output
    ok = run(laptop_a, "merge", str(tmp_path / "west.wbb"), "--other-workshop")
    assert ok.exit_code == 0, ok.output


def test_rows_must_match_the_manifest(laptop_a, tmp_path):
    """A bundle whose manifest says 'no identities' cannot add identities."""
    assert run(laptop_a, "bundle", str(tmp_path / "names.wbb"), "--include-identities",
               "--pin", "2468").exit_code == 0
    forged = tmp_path / "forged.wbb"
    with zipfile.ZipFile(tmp_path / "names.wbb") as zin, zipfile.ZipFile(forged, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name == "manifest.json":
                manifest = json.loads(data)
                manifest["identities"] = False
                data = json.dumps(manifest).encode()
            zout.writestr(name, data)
    b = tmp_path / "b.db"
    assert run(b, "join", str(tmp_path / "names.wbb"), "--lang", "nl").exit_code == 0
    s = Store.open(b)
    s.db.execute("DELETE FROM identities")
    s.close()
    result = run(b, "merge", str(forged))
    assert result.exit_code == 1 and "geen echte namen" in result.output
    s = Store.open(b)
    assert s.scalar("SELECT count(*) FROM identities") == 0
    s.close()


def test_rows_beyond_the_manifest_are_refused(laptop_a, tmp_path):
    assert run(laptop_a, "bundle", str(tmp_path / "a.wbb")).exit_code == 0
    forged = tmp_path / "forged.wbb"
    with zipfile.ZipFile(tmp_path / "a.wbb") as zin, zipfile.ZipFile(forged, "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            if name in ("tables/stories.jsonl", "clocks/stories.jsonl"):
                data = data + b"\n" + data.splitlines()[0]  # a row the manifest never listed
            zout.writestr(name, data)
    result = run(laptop_a, "--lang", "en", "merge", str(forged))
    assert result.exit_code == 1 and "the manifest says 1" in result.output


def test_on_a_terminal_merge_asks_for_the_pin(laptop_a, tmp_path):
    """The real command in a pseudo-terminal: the question, the typed PIN, the merge."""
    import pty
    import select

    assert run(laptop_a, "bundle", str(tmp_path / "names.wbb"), "--include-identities",
               "--pin", "2468").exit_code == 0
    b = tmp_path / "b.db"
    assert run(laptop_a, "bundle", str(tmp_path / "plain.wbb")).exit_code == 0
    assert run(b, "join", str(tmp_path / "plain.wbb")).exit_code == 0
    s = Store.open(b)
    access.set_pin(s, "1357")
    s.close()
    leader, follower = pty.openpty()
    process = subprocess.Popen([str(WORKBENCH), "--db", str(b), "merge",
                                str(tmp_path / "names.wbb")], stdin=follower, stdout=follower,
                               stderr=follower, env=dict(os.environ, WORKBENCH_LANG="nl"),
                               close_fds=True)
    os.close(follower)
    seen = b""

    def read_until(marker: bytes) -> None:
        nonlocal seen
        while marker not in seen:
            ready, _, _ = select.select([leader], [], [], 60)
            assert ready, seen
            try:
                chunk = os.read(leader, 1024)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk

    try:
        read_until(b"Begeleiderspincode")
        os.write(leader, b"1357\r")
        read_until(b"Samengevoegd")
        assert process.wait(timeout=60) == 0, seen
    finally:
        os.close(leader)
        if process.poll() is None:
            process.kill()
    assert b"1357" not in seen  # hidden while typed
    s = Store.open(b)
    assert s.scalar("SELECT real_name FROM identities") == "Sevda Kaya"
    s.close()
