"""Numbered schema migrations, recorded in the database file itself.

Each module ``mNNNN_name.py`` in this package defines ``VERSION`` (int), ``NAME`` and
``up(db)``. Versions need not be contiguous: every applied version is recorded in the
``migrations`` table, and a file holding a version this code does not know was written by
a newer workbench and is refused. Issue N adds its migrations in the range N*100..N*100+99
so parallel work never collides.

A migration that rebuilds a table (SQLite changes a column's NOT NULL or CHECK only by
making the table anew) sets ``REBUILDS_TABLES = True``: the runner then turns foreign-key
enforcement off around its transaction (SQLite ignores that switch inside one), so dropping
the old table does not cascade into the tables that refer to it; ``rebuild_table`` checks
every reference before the transaction commits.
"""

from __future__ import annotations

import importlib
import os
import re
import sqlite3
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    up: Callable[[Database], None]
    rebuilds_tables: bool = False


def run_script(db: Database, sql: str) -> None:
    """Run several statements one by one, so they join the caller's transaction.

    ``executescript`` would commit first; splitting with ``sqlite3.complete_statement``
    keeps trigger bodies (which contain ``;``) whole.
    """
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            buffer = ""
            if statement.strip(";").strip():
                db.execute(statement)
    if buffer.strip():
        raise ValueError(f"Incomplete SQL statement in migration: {buffer[:80]!r}")


FILE_NAME = re.compile(r"m(\d+)_\w+\.py")


def known_versions() -> set[int]:
    """The versions of every migration this workbench knows, read from the file names
    (``m0300_collect.py`` is version 300) without importing them: opening a workshop that
    is up to date needs no more. A test keeps the names and ``VERSION`` in step."""
    return {int(found[1]) for name in os.listdir(os.path.dirname(__file__))
            if (found := FILE_NAME.fullmatch(name))}


def all_migrations() -> list[Migration]:
    """Every migration this version of workbench knows, in version order."""
    import pkgutil

    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("m"):
            continue
        module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(module.VERSION, module.NAME, module.up,
                               getattr(module, "REBUILDS_TABLES", False)))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(versions) != len(set(versions)):
        raise RuntimeError(f"Two migrations share a version: {versions}")
    return found


def rebuild_table(db: Database, table: str, changes: list[tuple[str, str]]) -> None:
    """Make ``table`` anew with its ``CREATE TABLE`` text changed by ``changes`` (pattern,
    replacement; each must match), keeping every row, index and trigger.

    SQLite's own recipe: create the new table, copy, drop the old, rename, recreate the
    indexes and triggers. Run inside the migration's transaction with foreign keys off
    (``REBUILDS_TABLES``); every reference is checked before the transaction may commit.
    """
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                     [table]).fetchone()
    if row is None:
        raise RuntimeError(f"No table {table} to rebuild")
    sql = row[0]
    for pattern, replacement in changes:
        sql, n = re.subn(pattern, replacement, sql, count=1)
        if n != 1:
            raise RuntimeError(f"Rebuilding {table}: {pattern!r} not found in its schema")
    temporary = f"{table}_rebuilt"
    sql, n = re.subn(rf"^CREATE TABLE\s+\"?{table}\"?", f"CREATE TABLE {temporary}", sql,
                     count=1)
    if n != 1:
        raise RuntimeError(f"Rebuilding {table}: unexpected schema {sql[:60]!r}")
    extras = [r[0] for r in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name", [table]).fetchall()]
    columns = ", ".join(f'"{r[1]}"' for r in db.execute(f'PRAGMA table_info("{table}")'))
    db.execute(sql)
    db.execute(f'INSERT INTO {temporary} ({columns}) SELECT {columns} FROM "{table}"')
    db.execute(f'DROP TABLE "{table}"')
    db.execute(f'ALTER TABLE {temporary} RENAME TO "{table}"')
    for statement in extras:
        db.execute(statement)
    broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"Rebuilding {table} broke references: {broken[:5]}")
