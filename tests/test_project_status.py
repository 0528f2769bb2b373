"""Issue 21: the status per practice (core, CLI, home screen) and the backup reminder."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from click.testing import CliRunner
from posters_data import add_factor, add_quote

from workbench import backups, status, workshop
from workbench.cli import main
from workbench.collect import booth, stories
from workbench.store import Store

VLINDER = "Speelgroep De Vlinder"
OOST = "Buurthuiskamer Oost"


def fill(store: Store) -> None:
    vlinder = store.scalar("SELECT id FROM practices WHERE name = ?", [VLINDER])
    oost = store.scalar("SELECT id FROM practices WHERE name = ?", [OOST])
    draft = booth.start(store, vlinder, role="parent", consent_store=True, consent_quotes=True)
    booth.save_part(store, draft.story_id, draft.topics[0]["id"], "Half verteld.")
    booth.interrupt(store, draft.story_id)
    factor = add_factor(store, "Samen", ["Koffie"], practice=VLINDER)
    add_quote(store, factor, "Ik voelde me welkom.", pseudonym="Roos", practice=VLINDER)
    add_quote(store, factor, "Niemand keek raar.", pseudonym="Lila", consent=False,
              practice=VLINDER)
    add_quote(store, factor, "Het was warm.", pseudonym="Mira", checked=False,
              practice=VLINDER)
    teller = stories.add_storyteller(store, "Noor", "parent", practice_id=oost)
    stories.add_story(store, storyteller_id=teller, practice_id=oost, text="Klaar verhaal.")


def test_status_per_practice(store):
    fill(store)
    rows = {row.name: row for row in status.practice_status(store)}
    vlinder, oost = rows[VLINDER], rows[OOST]
    assert vlinder.stories == 4 and vlinder.unfinished == 1
    # Mira's story was never checked; the interrupted one is not counted as unchecked
    assert vlinder.unchecked == 1
    assert vlinder.quotes_blocked == 2  # Lila: no consent; Mira: not checked
    assert oost.stories == 1 and oost.unchecked == 1 and oost.quotes_blocked == 0
    assert oost.unfinished == 0 and oost.sessions_open == 0


def test_open_sessions_are_counted(store):
    from test_sessions_support import open_session

    open_session(store)
    by_name = {row.name: row.sessions_open for row in status.practice_status(store)}
    assert sum(by_name.values()) == 1


def test_backup_reminder_follows_an_injected_clock(tmp_path):
    store = Store.open(tmp_path / "kwp.db")
    try:
        workshop.create_workshop(store, "W")
        practice = workshop.add_practice(store, VLINDER)
        start = datetime.now(timezone.utc)
        assert not status.workshop_status(store, at=start).backup_due  # nothing done yet
        teller = stories.add_storyteller(store, "Roos", "parent", practice_id=practice)
        stories.add_story(store, storyteller_id=teller, practice_id=practice, text="Een.")
        assert status.workshop_status(store, at=start).backup_due  # work, never backed up
        backups.backup_to(store, tmp_path / "kopie.db")
        report = status.workshop_status(store, at=start + timedelta(days=3))
        assert report.last_backup is not None and not report.backup_due  # nothing new since
        # work after the backup: due only once the backup is more than a day old
        backups.record_backup(store, (start - timedelta(hours=2)).isoformat())
        store.db["stories"].update(
            store.scalar("SELECT id FROM stories"), {"updated_at": start.isoformat()})
        assert not status.workshop_status(store, at=start).backup_due
        assert status.workshop_status(store, at=start + timedelta(days=1)).backup_due
    finally:
        store.close()


def test_status_cli_shows_practices_backup_and_merges(demo_file, tmp_path):
    import shutil

    db = tmp_path / "demo.db"
    shutil.copy(demo_file, db)
    store = Store.open(db)
    store.meta_set("last_merge:laptop-b", "2026-03-02T10:00:00+00:00")
    store.db.conn.commit()
    store.close()
    result = CliRunner().invoke(main, ["--db", str(db), "--lang", "en", "status"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Status"
    assert any("Buurthuiskamer Oost: 12 stories" in line for line in lines)
    assert any(line.startswith("Last backup: ") for line in lines)
    assert "Last merged from laptop-b: " in result.output


def test_last_merge_per_laptop_from_the_merges_own_record(store):
    # the shape the merge keeps per laptop it merged from (sync_peers)
    store.db.execute("CREATE TABLE IF NOT EXISTS sync_peers (laptop_id TEXT PRIMARY KEY, "
                     "name TEXT NOT NULL DEFAULT '', last_clock INTEGER NOT NULL, "
                     "bundled_at TEXT NOT NULL DEFAULT '', merged_at TEXT NOT NULL)")
    store.db["sync_peers"].insert_all([
        {"laptop_id": "b-1", "name": "Laptop B", "last_clock": 1,
         "merged_at": "2026-03-02T10:00:00+00:00"},
        {"laptop_id": "c-2", "name": "", "last_clock": 1,
         "merged_at": "2026-03-03T10:00:00+00:00"},
    ])
    merges = status.last_merges(store)
    assert [laptop for laptop, _ in merges] == ["c-2", "Laptop B"]
    lines = status.status_lines(status.workshop_status(store), str)
    assert any(line.startswith("Laatst samengevoegd van Laptop B: ") for line in lines)


def test_merge_conflicts_waiting_are_listed(store):
    store.db.execute("CREATE TABLE IF NOT EXISTS merge_conflicts (story_id TEXT NOT NULL, "
                     "copy_id TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', source TEXT NOT "
                     "NULL DEFAULT '', found_at TEXT NOT NULL, PRIMARY KEY (story_id, copy_id))")
    assert status.workshop_status(store).conflicts == 0
    store.db["merge_conflicts"].insert({"story_id": "a", "copy_id": "b",
                                        "found_at": "2026-03-02T10:00:00+00:00"})
    lines = status.status_lines(status.workshop_status(store), str)
    assert "! 1 verhaal is op twee laptops veranderd: kies welke blijft." in lines
