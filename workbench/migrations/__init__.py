"""Numbered schema migrations, recorded in the database file itself.

Each module ``mNNNN_name.py`` in this package defines ``VERSION`` (int), ``NAME`` and
``up(db)``. Versions need not be contiguous: every applied version is recorded in the
``migrations`` table, and a file holding a version this code does not know was written by
a newer workbench and is refused. Issue N adds its migrations in the range N*100..N*100+99
so parallel work never collides.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from dataclasses import dataclass
from types import ModuleType
from typing import Callable

from sqlite_utils import Database


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    up: Callable[[Database], None]


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


def all_migrations() -> list[Migration]:
    """Every migration this version of workbench knows, in version order."""
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("m"):
            continue
        module: ModuleType = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(module.VERSION, module.NAME, module.up))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(versions) != len(set(versions)):
        raise RuntimeError(f"Two migrations share a version: {versions}")
    return found
