"""Destructive commands ask for the facilitator PIN when the workshop has one."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from workbench import access
from workbench.cli import main
from workbench.store import Store


@pytest.fixture
def locked_demo(demo_file, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copy(demo_file, path)
    store = Store.open(path)
    access.set_pin(store, "2468")
    store.close()
    return path


def invoke(path, *args, stdin=None):
    return CliRunner().invoke(main, ["--db", str(path), *args], input=stdin)


def counts(path):
    store = Store.open(path)
    try:
        return {t: store.scalar(f"SELECT count(*) FROM {t}")
                for t in ("storytellers", "sessions", "codes")}
    finally:
        store.close()


def some(path, sql):
    store = Store.open(path)
    try:
        return store.scalar(sql)
    finally:
        store.close()


def destructive_commands(path):
    pseudonym = some(path, "SELECT pseudonym FROM storytellers WHERE role = 'parent' LIMIT 1")
    session = some(path, "SELECT name FROM sessions LIMIT 1")
    code_a, code_b = [r for r in Store.open(path).all(
        "SELECT name FROM codes WHERE is_category = 0 ORDER BY name LIMIT 2")]
    return [
        ["withdraw", pseudonym, "--yes"],
        ["sessions", "delete", session, "--yes"],
        ["codes", "merge", code_a["name"], code_b["name"]],
        ["codes", "delete", code_a["name"], "--remove-codings"],
    ]


def test_wrong_or_missing_pin_changes_nothing(locked_demo):
    before = counts(locked_demo)
    for command in destructive_commands(locked_demo):
        wrong = invoke(locked_demo, *command, "--pin", "0000")
        assert wrong.exit_code == 1, command
        assert "pincode" in wrong.output.lower()  # wrong, or locked out after five tries
        asked = invoke(locked_demo, *command, stdin="1111\n")
        assert asked.exit_code == 1, command
    assert counts(locked_demo) == before


def test_right_pin_lets_the_action_through(locked_demo):
    pseudonym = some(locked_demo,
                     "SELECT pseudonym FROM storytellers WHERE role = 'parent' LIMIT 1")
    result = invoke(locked_demo, "withdraw", pseudonym, "--yes", "--pin", "2468")
    assert result.exit_code == 0, result.output
    gone = f"SELECT count(*) FROM storytellers WHERE pseudonym = '{pseudonym}'"
    assert some(locked_demo, gone) == 0
    session = some(locked_demo, "SELECT name FROM sessions LIMIT 1")
    assert invoke(locked_demo, "sessions", "delete", session, "--yes",
                  "--pin", "2468").exit_code == 0


def test_merge_needs_the_pin_when_identities_travel(locked_demo, tmp_path):
    bundle = tmp_path / "laptop.wbundle"
    assert invoke(locked_demo, "bundle", str(bundle), "--include-identities",
                  "--pin", "2468").exit_code == 0
    assert invoke(locked_demo, "merge", str(bundle), "--pin", "9999").exit_code == 1
    assert invoke(locked_demo, "merge", str(bundle), "--pin", "2468").exit_code == 0
    # without identities nobody needs the PIN (tests/test_sync_cli.py has the rest)
    plain = tmp_path / "plain.wbundle"
    assert invoke(locked_demo, "bundle", str(plain)).exit_code == 0
    assert invoke(locked_demo, "merge", str(plain)).exit_code == 0
