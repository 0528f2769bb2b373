"""Issue 13, 'bad input': only regular files are imported, never hanging; CSV fields up to
the story limit; clear refusals for an existing practice, a bad date, a reversed range and
an ambiguous --text."""

from __future__ import annotations

import os

import pytest
from safety_support import cli, run

from workbench.collect import importing, stories
from workbench.store import Store


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "k.db"
    assert run(path, "init", "K", "--no-pin", "--practice", "Moederkracht").exit_code == 0
    return path


def count(db, sql="SELECT count(*) FROM stories"):
    store = Store.open(db)
    try:
        return store.scalar(sql)
    finally:
        store.close()


def test_a_named_pipe_is_refused_at_once(db, tmp_path):
    pipe = tmp_path / "pijp.txt"
    os.mkfifo(pipe)
    good = tmp_path / "goed.txt"
    good.write_text("Een gewoon verhaal over de speelgroep.", encoding="utf-8")
    # nobody ever writes into the pipe: reading it would hang; the timeout catches that
    result = cli(db, "import", str(pipe), str(good), "--practice", "Moederkracht", timeout=60)
    assert result.returncode == 0, result.stderr
    assert "geen gewoon bestand" in result.stdout
    assert count(db) == 1


def test_a_symlink_to_dev_zero_is_refused_at_once(db, tmp_path):
    zero = tmp_path / "oneindig.csv"
    zero.symlink_to("/dev/zero")
    result = cli(db, "import", str(zero), "--practice", "Moederkracht", timeout=60,
                 lang="en")
    assert result.returncode == 1  # nothing came in
    assert "not a regular file" in result.stdout
    assert count(db) == 0


def test_size_is_checked_before_reading(db, tmp_path):
    """Sparse files of 8 GB: reading them whole would take minutes and all the memory."""
    for name in ("enorm.txt", "enorm.csv"):
        with (tmp_path / name).open("wb") as handle:
            handle.truncate(8 * 1024**3)  # no bytes on disk
    result = cli(db, "import", str(tmp_path / "enorm.txt"), str(tmp_path / "enorm.csv"),
                 "--practice", "Moederkracht", timeout=60)
    assert result.returncode == 1
    assert result.stdout.count("te groot") == 2
    assert count(db) == 0


def test_csv_fields_up_to_the_story_limit_are_accepted(db, tmp_path):
    long_story = ("Ik vertel over de speelgroep. " * 7000)[:stories.MAX_STORY_CHARS - 10]
    assert len(long_story) > 131_072  # over the csv module's default field limit
    table = tmp_path / "lang.csv"
    table.write_text(f"pseudonym,text\nLange,\"{long_story}\"\nKort,Een kort verhaal.\n",
                     encoding="utf-8")
    result = cli(db, "import", str(table), "--practice", "Moederkracht")
    assert result.returncode == 0, result.stdout + result.stderr
    assert count(db) == 2
    too_long = tmp_path / "te-lang.csv"
    too_long.write_text(f"pseudonym,text\nTeLang,\"{long_story * 2}\"\nAnder,Wel.\n",
                        encoding="utf-8")
    result = cli(db, "import", str(too_long), "--practice", "Moederkracht")
    assert "te lang" in result.stdout  # that row only; the next one still comes in
    assert count(db) == 3


@pytest.mark.slow  # long: left out of the quick loop
def test_a_large_csv_is_streamed_not_read_whole(db, tmp_path, monkeypatch):
    table = tmp_path / "veel.csv"
    with table.open("w", encoding="utf-8") as handle:
        handle.write("pseudonym,text\n")
        for i in range(3000):
            handle.write(f"Deelnemer {i},Verhaal nummer {i} over de groep en de koffie.\n")
    monkeypatch.setattr(importing, "decode", lambda data: pytest.fail("read whole"))
    store = Store.open(db)
    practice = store.scalar("SELECT id FROM practices")
    summary = importing.import_files(store, [table], practice_id=practice)
    store.close()
    assert len(summary.imported) == 3000


def test_a_legacy_encoded_csv_still_imports(db, tmp_path):
    table = tmp_path / "oud.csv"
    table.write_bytes("pseudonym;text\nZoë;Café in de crèche, één keer per week.\n"
                      .encode("cp1252"))
    result = cli(db, "import", str(table), "--practice", "Moederkracht")
    assert result.returncode == 0, result.stdout
    assert count(db, "SELECT count(*) FROM stories WHERE text LIKE '%crèche%'") == 1


def test_an_existing_practice_is_said_clearly(db):
    result = cli(db, "practice", "moederkracht")
    assert result.returncode == 1
    assert "bestaat al" in result.stderr and "UNIQUE" not in result.stderr
    assert count(db, "SELECT count(*) FROM practices") == 1


@pytest.mark.parametrize("day", ["2026-13-45", "morgen", "2026-02-30"])
@pytest.mark.slow  # long: left out of the quick loop
def test_an_impossible_session_date_is_refused(db, day):
    result = cli(db, "sessions", "create", "X", "--date", day)
    assert result.returncode == 1 and "geen geldige datum" in result.stderr
    assert count(db, "SELECT count(*) FROM sessions") == 0


@pytest.fixture
def story(db, tmp_path):
    text = tmp_path / "verhaal.txt"
    text.write_text("In de groep is de koffie goed en de sfeer is warm.", encoding="utf-8")
    assert run(db, "import", str(text), "--practice", "Moederkracht").exit_code == 0
    assert run(db, "codes", "add", "Sfeer").exit_code == 0
    store = Store.open(db)
    pseudonym = store.scalar("SELECT pseudonym FROM storytellers")
    store.close()
    return pseudonym


@pytest.mark.slow  # long: left out of the quick loop
def test_a_reversed_or_outside_range_is_refused(db, story):
    for start, end in (("500", "100"), ("30", "10"), ("0", "999"), ("-1", "5")):
        result = cli(db, "code", story, "--start", start, "--end", end, "--code", "Sfeer",
                     "--coder", "Lisa")
        assert result.returncode == 1, (start, end)
        assert "--start" in result.stderr
    assert count(db, "SELECT count(*) FROM fragments") == 0


def test_an_ambiguous_text_says_how_many_and_how_to_choose(db, story):
    result = cli(db, "code", story, "--text", "de", "--code", "Sfeer", "--coder", "Lisa")
    assert result.returncode == 1
    assert "3 keer" in result.stderr and "--occurrence" in result.stderr
    assert count(db, "SELECT count(*) FROM fragments") == 0
    chosen = cli(db, "code", story, "--text", "de", "--occurrence", "3", "--code", "Sfeer",
                 "--coder", "Lisa")
    assert chosen.returncode == 0, chosen.stderr
    store = Store.open(db)
    start = store.scalar("SELECT start FROM fragments")
    text = store.scalar("SELECT text FROM stories")
    store.close()
    assert start == text.find("de sfeer")
    beyond = cli(db, "code", story, "--text", "de", "--occurrence", "9", "--code", "Sfeer",
                 "--coder", "Lisa")
    assert beyond.returncode == 1 and "--occurrence 9" in beyond.stderr
    once = cli(db, "code", story, "--text", "koffie", "--code", "Sfeer", "--coder", "Lisa")
    assert once.returncode == 0, once.stderr
