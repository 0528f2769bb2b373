"""The CLI: init, demo, practice, pin, export json, --version, --lang and clean errors."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from workbench import __version__
from workbench.cli import main
from workbench.store import Store


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_init_creates_workshop_with_template_and_practices(tmp_path):
    db = tmp_path / "kwp.db"
    result = run("--db", str(db), "init", "KWP Noord", "--template", "life-domains",
                 "--practice", "Speelgroep", "--practice", "Huiskamer", "--pin", "2468")
    assert result.exit_code == 0, result.output
    assert "KWP Noord" in result.output
    store = Store.open(db)
    assert store.one("SELECT name FROM workshops")["name"] == "KWP Noord"
    assert store.scalar("SELECT count(*) FROM practices") == 2
    labels = [r["label"] for r in store.all("SELECT label FROM topics ORDER BY position")]
    assert labels[0] == "Wonen" and "Opvoeding en gezin" in labels
    from workbench.access import verify_pin

    assert verify_pin(store, "2468") and not verify_pin(store, "1111")
    assert "2468" not in (store.meta_get("facilitator_pin") or "")


def test_default_template_has_five_topics_one_for_volunteers_and_professionals(tmp_path):
    db = tmp_path / "kwp.db"
    assert run("--db", str(db), "init", "KWP", "--no-pin").exit_code == 0
    rows = Store.open(db).all("SELECT label, roles FROM topics ORDER BY position")
    assert len(rows) == 5
    restricted = [r for r in rows if json.loads(r["roles"])]
    assert len(restricted) == 1
    assert set(json.loads(restricted[0]["roles"])) == {"volunteer", "professional"}


def test_init_unknown_template_is_one_clear_line(tmp_path):
    result = run("--db", str(tmp_path / "k.db"), "init", "KWP", "--template", "nope", "--no-pin")
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0
    assert "Topiclijst 'nope' niet gevonden" in result.output
    assert "Traceback" not in result.output


def test_init_twice_refuses(tmp_path):
    db = tmp_path / "k.db"
    run("--db", str(db), "init", "Eerste", "--no-pin")
    result = run("--db", str(db), "init", "Tweede", "--no-pin")
    assert result.exit_code == 1
    assert "Eerste" in result.output


def test_demo_refuses_to_overwrite_without_force(tmp_path):
    db = tmp_path / "demo.db"
    db.write_bytes(b"")
    Store.open(db).close()
    before = db.read_bytes()
    result = run("--db", str(db), "demo")
    assert result.exit_code == 1
    assert "--force" in result.output
    assert db.read_bytes() == before


def test_demo_force_will_not_replace_a_foreign_file(tmp_path):
    db = tmp_path / "belangrijk.db"
    db.write_text("iemands eigen bestand")
    result = run("--db", str(db), "demo", "--force")
    assert result.exit_code == 1
    assert db.read_text() == "iemands eigen bestand"


def test_errors_are_one_line_and_leave_files_untouched(tmp_path):
    not_db = tmp_path / "brief.txt"
    not_db.write_text("Beste buurvrouw,\n")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.db"
    s = Store.open(newer)
    s.db["migrations"].insert({"version": 99999, "name": "future", "applied_at": "2031"})
    s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    for path, phrase in ((not_db, "geen workbench-bestand"), (other, "geen workbench-bestand"),
                         (newer, "nieuwere versie")):
        before = path.read_bytes()
        result = run("--db", str(path), "export", "json", str(tmp_path / "out.json"))
        assert result.exit_code == 1
        assert phrase in result.output
        assert len(result.output.strip().splitlines()) == 1
        assert path.read_bytes() == before


def test_errors_speak_english_on_request(tmp_path):
    result = run("--lang", "en", "--db", str(tmp_path / "missing" / "x.db"), "init", "X",
                 "--no-pin")
    assert result.exit_code == 1
    assert result.output.startswith("Error: The folder")


def test_opening_a_missing_file_does_not_create_it(tmp_path):
    db = tmp_path / "typo.db"
    result = run("--db", str(db), "export", "json", str(tmp_path / "o.json"))
    assert result.exit_code == 1
    assert "workbench init" in result.output
    assert not db.exists()


def _lock_folder(folder: Path) -> bool:
    """Make ``folder`` unwritable for us; root needs the immutable attribute for that."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return True
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0


def _unlock_folder(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o700)


@pytest.mark.slow  # a real process
def test_folder_you_may_not_write_to(tmp_path):
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    if not _lock_folder(folder):
        pytest.skip("cannot make a folder unwritable here (root without chattr)")
    try:
        result = subprocess.run(
            [sys.executable, "-m", "workbench", "--db", str(folder / "kwp.db"), "init", "KWP",
             "--no-pin"],
            capture_output=True, text=True,
        )
    finally:
        _unlock_folder(folder)
    assert result.returncode == 1, result.stderr
    assert "mag u niet schrijven" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (folder / "kwp.db").exists()


def test_unwritable_folder_is_detected_before_anything_is_written(tmp_path, monkeypatch):
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == tmp_path
                        else real_access(p, mode))
    result = run("--db", str(tmp_path / "kwp.db"), "init", "KWP", "--no-pin")
    assert result.exit_code == 1
    assert "mag u niet schrijven" in result.output
    assert not (tmp_path / "kwp.db").exists()


def test_export_json_leaves_identities_out_by_default(tmp_path):
    db = tmp_path / "k.db"
    run("--db", str(db), "init", "KWP", "--practice", "Speelgroep", "--pin", "1357")
    store = Store.open(db)
    from workbench.collect import stories

    teller = stories.add_storyteller(store, "Mira", "parent")
    stories.set_identity(store, teller, "Miranda Echtenaam", "mira@example.org")
    store.close()
    out = tmp_path / "k.json"
    assert run("--db", str(db), "export", "json", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Echtenaam" not in text and "mira@example.org" not in text
    assert "identities" not in json.loads(text)
    wrong = run("--db", str(db), "export", "json", str(out), "--include-identities",
                "--pin", "0000")
    assert wrong.exit_code == 1 and "Onjuiste pincode" in wrong.output
    right = run("--db", str(db), "export", "json", str(out), "--include-identities",
                "--pin", "1357", "--force")
    assert right.exit_code == 0
    assert "Echtenaam" in out.read_text(encoding="utf-8")


def test_export_to_unwritable_place_is_one_line(tmp_path):
    db = tmp_path / "k.db"
    run("--db", str(db), "init", "KWP", "--no-pin")
    result = run("--db", str(db), "export", "json", str(tmp_path / "nope" / "out.json"))
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_env_var_chooses_the_database(tmp_path, monkeypatch):
    db = tmp_path / "env.db"
    monkeypatch.setenv("WORKBENCH_DB", str(db))
    assert CliRunner().invoke(main, ["init", "Via env", "--no-pin"]).exit_code == 0
    assert Store.open(db).one("SELECT name FROM workshops")["name"] == "Via env"


@pytest.mark.parametrize("lang,word", [("nl", "gemaakt"), ("en", "created")])
def test_lang_applies_to_messages(tmp_path, lang, word):
    result = run("--lang", lang, "--db", str(tmp_path / "k.db"), "init", "KWP", "--no-pin")
    assert word in result.output


def test_write_errors_name_the_users_file_in_their_language(tmp_path):
    db = tmp_path / "k.db"
    run("--db", str(db), "init", "KWP", "--no-pin")
    out = tmp_path / "nope" / "out.json"
    result = run("--db", str(db), "export", "json", str(out))
    assert result.exit_code == 1
    assert f"{out} kan niet geschreven worden: de map bestaat niet." in result.output
    assert ".part" not in result.output


def test_pin_without_a_terminal_says_what_to_do(tmp_path):
    db = tmp_path / "k.db"
    run("--db", str(db), "init", "KWP", "--no-pin")
    result = run("--db", str(db), "pin")  # CliRunner's stdin is not a terminal
    assert result.exit_code == 2
    assert "--new-pin" in result.output and "Traceback" not in result.output
    assert run("--db", str(db), "pin", "--new-pin", "9753").exit_code == 0
    changed = run("--db", str(db), "pin", "--old-pin", "9753", "--new-pin", "8642")
    assert changed.exit_code == 0


def test_db_and_lang_may_follow_the_command_name(tmp_path):
    db = tmp_path / "d.db"
    result = run("demo", "--db", str(db))
    assert result.exit_code == 0, result.output
    assert Store.open(db).scalar("SELECT count(*) FROM stories") >= 30
    english = run("export", "json", str(tmp_path / "d.json"), "--db", str(db), "--lang", "en")
    assert english.exit_code == 0 and english.output.startswith("Written:")
    equals = run("export", "json", str(tmp_path / "e.json"), f"--db={db}")
    assert equals.exit_code == 0


def test_a_command_keeps_its_own_lang_option(tmp_path):
    import click

    from workbench.cli import main

    def parse(*args: str) -> tuple[dict, list[str]]:
        """What the top-level group takes for itself, and what it leaves for the command."""
        ctx = click.Context(main)
        rest = main.parse_args(ctx, list(args))
        return ctx.params, rest

    params, rest = parse("posters", "--lang", "en", "--db", "x.db", "--out", "p")
    assert params["db_path"] == Path("x.db") and params["lang"] != "en"
    assert rest == ["--lang", "en", "--out", "p"]  # posters keeps its own --lang
    params, rest = parse("--db", "x.db", "demo")
    assert params["db_path"] == Path("x.db") and rest == []


def test_a_group_typed_on_its_own_shows_its_help(tmp_path):
    result = run("--db", str(tmp_path / "k.db"), "import")
    assert result.exit_code == 2
    assert result.output.startswith("Gebruik: ") and "Opdrachten:" in result.output
    assert "Fout:" not in result.output
