"""The command line: a user's mistake is one clear line, never a usage dump."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from workbench.cli import main


@pytest.fixture
def db(demo_file, tmp_path):
    path = tmp_path / "kwp.db"
    shutil.copy(demo_file, path)
    return path


def _run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("args", [
    ("export", "json", "{dir}"),            # a folder where a file is meant
    ("merge", "{dir}/nothere.wbb"),         # a missing file
    ("export", "csv", "posters", "{dir}/x.csv"),  # a kind that does not exist
    ("sessions", "show", "x"),              # a command that does not exist
])
@pytest.mark.slow  # long: left out of the quick loop
def test_usage_mistakes_are_one_line_in_the_users_language(db, tmp_path, args):
    result = _run("--db", str(db), *(a.format(dir=tmp_path) for a in args))
    lines = result.output.strip().splitlines()
    assert result.exit_code == 2
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Fout: ") and "--help" in lines[0]
    assert "Usage:" not in result.output and "Traceback" not in result.output


def test_a_folder_as_database_is_one_line_too(tmp_path):
    result = _run("--lang", "en", "--db", str(tmp_path), "stories", "list")
    assert result.exit_code == 2
    assert result.output.strip().startswith("Error: ")
    assert len(result.output.strip().splitlines()) == 1, result.output


@pytest.mark.slow  # a real process
def test_piping_a_long_list_into_head_is_not_an_error(db):
    import subprocess
    import sys

    # `workbench stories list | head -1`: the reader stops early; that is not a failure
    cli = subprocess.Popen([sys.executable, "-m", "workbench", "--db", str(db), "stories", "list"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cli.stdout.close()  # the reader is gone before the first line is written
    _, err = cli.communicate(timeout=60)
    assert b"Broken" not in err and b"Fout" not in err, err.decode()
