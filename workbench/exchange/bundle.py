"""Bundles: one laptop's workshop as a portable file, to merge into another workshop.

A bundle is a zip with ``manifest.json`` (format, schema version and applied migrations,
the workshop, the laptop and its clock, per table its columns and row count),
``tables/<name>.jsonl``, one JSON list of column values per row, and
``clocks/<name>.jsonl``, line by line the version of that row
(``workbench.exchange.versions``). Tables are found from the schema itself, so tables other
issues add later travel without changes here. Left out: bookkeeping (migrations, meta,
versions, merge state), the search index, laptop-local logs with integer keys (their
numbers would collide between laptops), and identities unless asked for with the
facilitator PIN (then interviewers are named too; otherwise they are numbered).
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import __version__
from workbench.errors import InvalidInput
from workbench.exchange import versions
from workbench.exchange.safety import Limits, SafeZip, private
from workbench.exchange.versions import columns_of, primary_key, quote
from workbench.store import Store, now
from workbench.workshop import require_workshop

FORMAT = "workbench-bundle"
BUNDLE_VERSION = 1
# Never bundled: bookkeeping of this file, and what only makes sense on this laptop.
LOCAL_TABLES = {"migrations", "meta", "merge_state", "poster_runs", "drafts",
                "row_versions", "sync_peers", "merge_conflicts",
                "autocode_runs"}  # undo state of this laptop's auto-coding
PRIVATE_TABLES = {"identities", "pseudonym_replacements"}  # real names either way
# Columns holding a team member's real name: numbered in bundles without identities.
NAMED_COLUMNS = {"stories": ("interviewer",), "consents": ("recorded_by",)}


def _integer_key(store: Store, table: str) -> bool:
    columns = store.db.execute(f"PRAGMA table_info({quote(table)})").fetchall()
    keys = [c for c in columns if c[5]]
    return not keys or (len(keys) == 1 and (keys[0][2] or "").upper() == "INTEGER")


def syncable_tables(store: Store, *, include_identities: bool = False) -> list[str]:
    """Every table that travels in a bundle, found from the schema."""
    rows = store.all("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    virtual = [r["name"] for r in rows if (r["sql"] or "").upper().startswith("CREATE VIRTUAL")]
    out = []
    for row in rows:
        name = row["name"]
        if name.startswith("sqlite_") or name in virtual or name in LOCAL_TABLES:
            continue
        if any(name.startswith(v + "_") for v in virtual):
            continue  # shadow tables of the full-text index
        if name in PRIVATE_TABLES and not include_identities:
            continue
        if _integer_key(store, name):
            continue
        out.append(name)
    return out


@dataclass
class BundleSummary:
    path: Path
    tables: dict[str, int] = field(default_factory=dict)

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def write_bundle(store: Store, out: str | Path, *,
                 include_identities: bool = False) -> BundleSummary:
    """Write this workshop as a bundle to ``out`` (identities only when asked for)."""
    workshop = require_workshop(store)
    out = Path(out)
    summary = BundleSummary(path=out)
    tables = syncable_tables(store, include_identities=include_identities)
    from workbench.exchange.people import interviewer_numbers, number

    numbers = None if include_identities else interviewer_numbers(store)
    with store.transaction():  # every row changed since the last bundle gets a version
        clock = versions.stamp(store, syncable_tables(store, include_identities=True))
        me = versions.laptop_id(store)
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "bundle_version": BUNDLE_VERSION,
        "schema_version": store.schema_version,
        "migrations": sorted(store.applied_versions()),
        "workbench_version": __version__,
        "workshop": {"id": workshop["id"], "name": workshop["name"]},
        "created_at": now(),
        "identities": include_identities,
        "laptop": {"id": me, "name": versions.laptop_name(store), "clock": clock},
        # interviewers' real names travel only with identities (exchange.people)
        "interviewers": "named" if include_identities else "numbered",
        "clocks": True,
        "tables": {},
    }
    temporary = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for table in tables:
                columns = columns_of(store, table)
                order = ", ".join(quote(c) for c in primary_key(store, table))
                cursor = store.db.execute(
                    f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table)} "
                    f"ORDER BY {order}")
                rows = cursor.fetchall()
                if numbers is not None:
                    for column in NAMED_COLUMNS.get(table, ()):
                        at = columns.index(column)
                        rows = [tuple(number(numbers, v) if i == at else v
                                      for i, v in enumerate(row)) for row in rows]
                lines = [json.dumps(list(row), ensure_ascii=False) for row in rows]
                zf.writestr(f"tables/{table}.jsonl", "\n".join(lines))
                records = versions.load(store, table)
                key_index = [columns.index(k) for k in primary_key(store, table)]
                clocks = [json.dumps((records.get(versions.row_key([row[i] for i in key_index]))
                                      or ({}, ""))[0], sort_keys=True) for row in rows]
                zf.writestr(f"clocks/{table}.jsonl", "\n".join(clocks))
                manifest["tables"][table] = {"columns": columns, "rows": len(lines)}
                summary.tables[table] = len(lines)
            zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        private(temporary)
        temporary.replace(out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return summary


@dataclass
class Bundle:
    """A checked bundle: its manifest and, per table, the rows as dicts."""

    label: str
    manifest: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]]
    # per table, line by line, the version of each row ({} in bundles without clocks)
    clocks: dict[str, list[dict[str, int]]] = field(default_factory=dict)

    @property
    def has_identities(self) -> bool:
        return bool(self.tables.get("identities"))

    @property
    def laptop(self) -> dict[str, Any]:
        laptop = self.manifest.get("laptop")
        return laptop if isinstance(laptop, dict) else {}


def _why(key: str, **params: Any) -> str:
    """Why a bundle is damaged, in the user's language."""
    from workbench.i18n import t
    from workbench.textsafe import inert

    # names come from the file: no control sequence of theirs reaches the terminal
    return t(f"exchange.damage.{key}",
             **{k: inert(v) if isinstance(v, str) else v for k, v in params.items()})


def read_bundle(store: Store, path: str | Path, limits: Limits | None = None) -> Bundle:
    """Read and check a bundle against this workshop's schema; refuses newer schemas."""
    try:
        return _read_bundle(store, path, limits)
    except (TypeError, AttributeError, UnicodeDecodeError) as error:
        # a manifest or table of the wrong shape (found by tests/test_fuzz_bundle.py)
        raise InvalidInput("exchange.error.bad_bundle", name=Path(path).name,
                           reason=type(error).__name__) from error


def _read_bundle(store: Store, path: str | Path, limits: Limits | None = None) -> Bundle:
    from workbench.migrations import known_versions

    path = Path(path)
    label = path.name
    with SafeZip(path, limits) as archive:
        name = archive.find("manifest.json")
        if name is None:
            raise InvalidInput("exchange.error.not_bundle", name=label)
        try:
            manifest = json.loads(archive.read(name).decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise InvalidInput("exchange.error.not_bundle", name=label) from error
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise InvalidInput("exchange.error.not_bundle", name=label)
        known = known_versions()
        versions = manifest.get("migrations") or []
        if (not isinstance(versions, list) or set(versions) - known
                or manifest.get("bundle_version", 0) > BUNDLE_VERSION):
            raise InvalidInput("exchange.error.newer_bundle", name=label,
                               version=manifest.get("schema_version", "?"))
        local_tables = set(syncable_tables(store, include_identities=True))
        tables: dict[str, list[dict[str, Any]]] = {}
        clocks: dict[str, list[dict[str, int]]] = {}
        with_clocks = manifest.get("clocks") is True
        for table, info in (manifest.get("tables") or {}).items():
            if table not in local_tables:
                raise InvalidInput("exchange.error.bad_bundle", name=label,
                                   reason=_why("unknown_table", table=table))
            columns = info.get("columns") if isinstance(info, dict) else None
            local_columns = set(columns_of(store, table))
            if not isinstance(columns, list) or not set(columns) <= local_columns:
                raise InvalidInput("exchange.error.bad_bundle", name=label,
                                   reason=_why("columns", table=table))
            if not set(primary_key(store, table)) <= set(columns):
                raise InvalidInput("exchange.error.bad_bundle", name=label,
                                   reason=_why("key", table=table))
            entry = archive.find(f"tables/{table}.jsonl")
            if entry is None:
                raise InvalidInput("exchange.error.bad_bundle", name=label,
                                   reason=_why("missing", entry=f"tables/{table}.jsonl"))
            rows = []
            for number, line in enumerate(archive.read(entry).decode("utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    values = json.loads(line)
                except ValueError as error:
                    raise InvalidInput("exchange.error.bad_bundle", name=label,
                                       reason=_why("line", table=table, line=number)) from error
                if not isinstance(values, list) or len(values) != len(columns) or any(
                        isinstance(v, (list, dict)) for v in values):
                    raise InvalidInput("exchange.error.bad_bundle", name=label,
                                       reason=_why("line", table=table, line=number))
                rows.append(dict(zip(columns, values, strict=True)))
            declared = info.get("rows")
            if declared is not None and declared != len(rows):
                raise InvalidInput("exchange.error.bad_bundle", name=label,
                                   reason=_why("count", table=table, rows=len(rows),
                                               declared=declared))
            key = primary_key(store, table)
            seen: set[str] = set()
            for number, row in enumerate(rows, 1):
                # a table holds each key once: two rows with one key would leave one of
                # them out on merging (two consents become one, and a story has none)
                identity = json.dumps([row[k] for k in key])
                if identity in seen:
                    raise InvalidInput("exchange.error.bad_bundle", name=label,
                                       reason=_why("duplicate", table=table, line=number))
                seen.add(identity)
            tables[table] = rows
            clocks[table] = _read_clocks(archive, table, len(rows), label) if with_clocks \
                else [{} for _ in rows]
    if tables.get("identities") and manifest.get("identities") is not True:
        # the manifest promised no real names: rows that hold them are not what it says
        raise InvalidInput("exchange.error.identities_not_declared", name=label)
    return Bundle(label=label, manifest=manifest, tables=tables, clocks=clocks)


def _read_clocks(archive: SafeZip, table: str, rows: int, label: str) -> list[dict[str, int]]:
    entry = archive.find(f"clocks/{table}.jsonl")
    if entry is None:
        raise InvalidInput("exchange.error.bad_bundle", name=label,
                           reason=_why("missing", entry=f"clocks/{table}.jsonl"))
    out = []
    for number, line in enumerate(archive.read(entry).decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            clock = json.loads(line)
        except ValueError as error:
            raise InvalidInput("exchange.error.bad_bundle", name=label,
                               reason=_why("clock_line", table=table, line=number)) from error
        if not isinstance(clock, dict) or not all(
                isinstance(k, str) and type(v) is int for k, v in clock.items()):
            raise InvalidInput("exchange.error.bad_bundle", name=label,
                               reason=_why("clock_line", table=table, line=number))
        out.append(clock)
    if len(out) != rows:
        raise InvalidInput("exchange.error.bad_bundle", name=label,
                           reason=_why("clocks", table=table))
    return out
