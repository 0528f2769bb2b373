"""``workbench check``: is this workshop file sound?

Looks at the file the way SQLite sees it (``PRAGMA integrity_check``), at links between
rows (``PRAGMA foreign_key_check`` plus the links SQLite cannot enforce), at the schema
(recorded migrations against the ones this version knows, and the tables they make) and
at the full-text index (FTS5 ``integrity-check`` and a row-by-row comparison with
``stories``). Nothing is written unless a repair is asked for.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from workbench.errors import StoreError

OK, WARNING, PROBLEM = "ok", "warning", "problem"


@dataclass
class Finding:
    """One check's outcome: ``key`` names its message; ``details`` are short extra lines."""

    check: str
    status: str
    key: str
    params: dict[str, object] = field(default_factory=dict)
    details: list[str] = field(default_factory=list)


@dataclass
class Report:
    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.status != PROBLEM for f in self.findings)

    def by_check(self, check: str) -> list[Finding]:
        return [f for f in self.findings if f.check == check]

    def problems(self) -> list[Finding]:
        return [f for f in self.findings if f.status == PROBLEM]


# Links the schema cannot declare as foreign keys: (check name, SQL counting bad rows,
# SQL listing a few of them, status when found).
SOFT_LINKS = [
    (
        "workshop_topic_list",
        """SELECT id FROM workshops WHERE topic_list_id IS NOT NULL
           AND topic_list_id NOT IN (SELECT id FROM topic_lists)""",
        PROBLEM,
    ),
    (
        # The booth and the interview take consent in the same transaction as the story:
        # a story of theirs without it is a record left half-made.
        "story_without_consent",
        """SELECT s.id FROM stories s WHERE s.mode != 'import' AND NOT EXISTS
           (SELECT 1 FROM consents c WHERE c.storyteller_id = s.storyteller_id)""",
        PROBLEM,
    ),
    (
        # Projects from other tools carry no consent; the facilitator should record it.
        "import_without_consent",
        """SELECT s.id FROM stories s WHERE s.mode = 'import' AND NOT EXISTS
           (SELECT 1 FROM consents c WHERE c.storyteller_id = s.storyteller_id)""",
        WARNING,
    ),
    (
        # A withdrawn storyteller must be gone entirely; only the tombstone may stay.
        "withdrawn_still_present",
        """SELECT w.storyteller_id FROM withdrawals w
           JOIN storytellers t ON t.id = w.storyteller_id""",
        PROBLEM,
    ),
    (
        "fragment_outside_story",
        """SELECT f.id FROM fragments f JOIN stories s ON s.id = f.story_id
           WHERE f.end > length(s.text)""",
        WARNING,
    ),
]


def connect_for_check(path: str | Path) -> sqlite3.Connection:
    """Open an existing file without creating it or changing anything."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise StoreError("error.no_such_db", path=str(path))
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise StoreError("error.not_workbench", path=str(path))
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=5.0)
    conn.row_factory = sqlite3.Row
    return conn


def check_file(path: str | Path, *, repair_fts: bool = False) -> Report:
    """Run every check on the workshop file at ``path``; ``repair_fts`` rebuilds a bad index."""
    conn = connect_for_check(path)
    try:
        return check_connection(conn, Path(path), repair_fts=repair_fts)
    finally:
        conn.close()


def check_connection(
    conn: sqlite3.Connection, path: Path, *, repair_fts: bool = False
) -> Report:
    report = Report(path=path)
    try:
        _integrity(conn, report)
        if report.problems():
            # Pages are damaged: further checks could crash or mislead.
            return report
        _schema(conn, report)
        if report.by_check("schema") and report.by_check("schema")[0].key == "check.not_ours":
            return report
        _foreign_keys(conn, report)
        _soft_links(conn, report)
        _fts(conn, report, repair=repair_fts)
    except sqlite3.DatabaseError as error:
        report.findings.append(
            Finding("integrity", PROBLEM, "check.unreadable", {"reason": str(error)})
        )
    return report


def _rows(conn: sqlite3.Connection, sql: str) -> list[sqlite3.Row]:
    return list(conn.execute(sql))


def _integrity(conn: sqlite3.Connection, report: Report) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
    if rows == ["ok"]:
        report.findings.append(Finding("integrity", OK, "check.integrity_ok"))
    else:
        report.findings.append(
            Finding("integrity", PROBLEM, "check.integrity_bad", {"n": len(rows)}, rows[:10])
        )


def _tables(conn: sqlite3.Connection) -> dict[str, set[str]]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: {c[1] for c in conn.execute(f"PRAGMA table_info([{name}])")} for name in names}


def _schema(conn: sqlite3.Connection, report: Report) -> None:
    from workbench.migrations import known_versions
    from workbench.store import Store

    tables = _tables(conn)
    if not {"migrations", "meta"} <= tables.keys():
        report.findings.append(Finding("schema", PROBLEM, "check.not_ours"))
        return
    app = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
    if app is None or app[0] != "workbench":
        report.findings.append(Finding("schema", PROBLEM, "check.not_ours"))
        return
    applied = {r[0] for r in conn.execute("SELECT version FROM migrations")}
    known = known_versions()
    newest = max(applied) if applied else 0
    if applied - known:
        report.findings.append(
            Finding("schema", PROBLEM, "check.schema_newer",
                    {"versions": ", ".join(map(str, sorted(applied - known)))})
        )
        return
    pending = sorted(known - applied)
    if pending:
        report.findings.append(
            Finding("schema", WARNING, "check.schema_pending",
                    {"version": newest, "versions": ", ".join(map(str, pending))})
        )
        return
    # Every table and column a fresh file of this version has must be there.
    reference = Store.memory()
    try:
        expected = _tables(reference.db.conn)
    finally:
        reference.close()
    missing = []
    for name, columns in sorted(expected.items()):
        if name.startswith("stories_fts_"):
            continue  # FTS shadow tables are the FTS check's business
        if name not in tables:
            missing.append(f"{name}")
        else:
            missing.extend(f"{name}.{c}" for c in sorted(columns - tables[name]))
    if missing:
        report.findings.append(
            Finding("schema", PROBLEM, "check.schema_missing", {"n": len(missing)}, missing[:10])
        )
    else:
        report.findings.append(Finding("schema", OK, "check.schema_ok", {"version": newest}))


def _foreign_keys(conn: sqlite3.Connection, report: Report) -> None:
    rows = _rows(conn, "PRAGMA foreign_key_check")
    if not rows:
        report.findings.append(Finding("orphans", OK, "check.orphans_ok"))
        return
    groups: dict[tuple[str, str], int] = {}
    for row in rows:
        groups[(row[0], row[2])] = groups.get((row[0], row[2]), 0) + 1
    details = [f"{table} → {parent}: {n}" for (table, parent), n in sorted(groups.items())]
    report.findings.append(
        Finding("orphans", PROBLEM, "check.orphans_bad", {"n": len(rows)}, details)
    )


def _soft_links(conn: sqlite3.Connection, report: Report) -> None:
    for name, sql, status in SOFT_LINKS:
        try:
            ids = [r[0] for r in conn.execute(sql)]
        except sqlite3.OperationalError:
            continue  # a table of a later migration is missing; the schema check said so
        if ids:
            report.findings.append(
                Finding("links", status, f"check.link.{name}", {"n": len(ids)}, ids[:5])
            )
    if not report.by_check("links"):
        report.findings.append(Finding("links", OK, "check.links_ok"))


def fts_differences(conn: sqlite3.Connection) -> tuple[int, int]:
    """(stories missing from the index, index entries without a story)."""
    missing = conn.execute(
        "SELECT count(*) FROM stories WHERE rowid NOT IN (SELECT id FROM stories_fts_docsize)"
    ).fetchone()[0]
    extra = conn.execute(
        "SELECT count(*) FROM stories_fts_docsize WHERE id NOT IN (SELECT rowid FROM stories)"
    ).fetchone()[0]
    return missing, extra


def _fts_sound(conn: sqlite3.Connection) -> tuple[bool, int, int, str]:
    reason = ""
    try:
        # rank = 1: also compare the index with the external content table (stories).
        conn.execute("INSERT INTO stories_fts (stories_fts, rank) VALUES ('integrity-check', 1)")
        internal_ok = True
    except sqlite3.DatabaseError as error:
        internal_ok, reason = False, str(error)
    finally:
        if conn.in_transaction:
            conn.rollback()
    missing, extra = fts_differences(conn)
    return internal_ok and not missing and not extra, missing, extra, reason


def _fts(conn: sqlite3.Connection, report: Report, *, repair: bool) -> None:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = 'stories_fts'"
    ).fetchone()
    if not exists:
        report.findings.append(Finding("fts", PROBLEM, "check.fts_missing"))
        return
    sound, missing, extra, reason = _fts_sound(conn)
    if sound:
        report.findings.append(Finding("fts", OK, "check.fts_ok"))
        return
    if repair:
        rebuild_fts(conn)
        sound, missing, extra, reason = _fts_sound(conn)
        if sound:
            report.findings.append(Finding("fts", OK, "check.fts_repaired"))
            return
    details = [reason] if reason else []
    report.findings.append(
        Finding("fts", PROBLEM, "check.fts_bad", {"missing": missing, "extra": extra}, details)
    )


def rebuild_fts(conn: sqlite3.Connection) -> None:
    """Rebuild the story search index from the stories table, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("INSERT INTO stories_fts (stories_fts) VALUES ('rebuild')")
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
