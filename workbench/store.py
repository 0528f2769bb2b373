"""The store: one SQLite file, opened by the caller and passed around.

``Store.open(path)`` checks the file before touching it (not SQLite, not ours, from a
newer workbench, folder not writable: each refused with a clear error and the file left
as it was), then turns on WAL, foreign keys and a busy timeout and applies any pending
migrations. ``Store.memory()`` gives tests an isolated in-memory store.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench import load_sqlite_utils
from workbench.errors import StoreError
from workbench.migrations import all_migrations, known_versions

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table

APP_ID = "workbench"
# The connection policy: every connection waits up to WRITE_PATIENCE_S for a lock (SQLite's
# busy handler retries with a growing pause); write transactions also retry what the busy
# handler cannot wait for, within the same time. Then the user hears that the workshop is
# busy in another window; never "database is locked".
# WORKBENCH_WRITE_PATIENCE (seconds) shortens the wait, for tests of the busy message.
WRITE_PATIENCE_S = float(os.environ.get("WORKBENCH_WRITE_PATIENCE") or 20.0)
BUSY_TIMEOUT_MS = int(WRITE_PATIENCE_S * 1000)
DEFAULT_DB = "workbench.db"

BOOTSTRAP_SQL = [
    """CREATE TABLE IF NOT EXISTS migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
]


def new_id() -> str:
    """A fresh UUID string: ids stay unique when workshops from several laptops merge."""
    return str(uuid.uuid4())


def private_file(path: Path) -> None:
    """Readable by the owner only: exports hold stories, like the workshop file itself."""
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass  # a file system without permissions (a USB stick) is the user's choice


def now() -> str:
    """The current moment as an ISO 8601 UTC string, sortable as text."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def default_db_path() -> Path:
    return Path(os.environ.get("WORKBENCH_DB") or DEFAULT_DB)


def is_busy(error: sqlite3.OperationalError) -> bool:
    """Whether SQLite's error means another connection holds the lock."""
    text = str(error).lower()
    return "locked" in text or "busy" in text


class WorkshopBusy(StoreError, sqlite3.OperationalError):
    """Another window kept the workshop locked longer than the busy policy waits.

    A ``StoreError`` (one honest sentence in the CLI and the TUI) that is still an
    ``OperationalError`` for code that catches those."""

    def __init__(self) -> None:
        super().__init__("error.busy_write")


@cache
def database_class() -> type[Database]:
    """sqlite-utils' Database under the busy policy (made on first use: sqlite-utils costs
    tens of milliseconds to import, and the first screen reads through plain sqlite3)."""
    load_sqlite_utils()
    from sqlite_utils import Database

    class _Database(Database):
        """sqlite-utils' Database under the busy policy.

        Every write transaction sqlite-utils opens (``insert``, ``upsert``, ``atomic``) takes
        the write lock up front (BEGIN IMMEDIATE, retried with back-off): a transaction that
        read first and then wanted to write could otherwise fail at once with "database is
        locked" when another window wrote meanwhile, without waiting. A write that still meets
        a lock after the busy policy raises ``WorkshopBusy``.
        """

        read_only = False

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # No sqlite-utils plugins: the workbench uses none, and looking for them reads the
            # metadata of every installed package (tens of milliseconds at each start).
            kwargs.setdefault("execute_plugins", False)
            super().__init__(*args, **kwargs)

        def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
            try:
                return super().execute(sql, parameters)
            except sqlite3.OperationalError as error:
                if is_busy(error) and not isinstance(error, WorkshopBusy):
                    raise WorkshopBusy() from error
                raise

        @contextlib.contextmanager
        def atomic(self) -> Iterator[Database]:
            if self.conn.in_transaction or self.read_only:
                with super().atomic():
                    yield self
                return
            begin_immediate(self.conn)
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                commit(self.conn)

    return _Database


def _run(conn: sqlite3.Connection, sql: str, params: Any = None) -> Any:
    """One statement on the plain connection, as sqlite-utils runs it: a write outside a
    transaction is committed at once (one that returns rows, with ``RETURNING``, after its
    rows are read) and a failed one rolled back, so no transaction is ever left open; a
    lock held too long is ``WorkshopBusy``. Returns the cursor, or the rows read."""
    was_in_transaction = conn.in_transaction
    try:
        cursor = conn.execute(sql, params) if params is not None else conn.execute(sql)
        if was_in_transaction or not conn.in_transaction:
            return cursor
        if cursor.description is None:
            commit(conn)
            return cursor
        rows = _Read(cursor.description, cursor.fetchall())
        commit(conn)
        return rows
    except sqlite3.Error as error:
        if not was_in_transaction and conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(error, sqlite3.OperationalError) and is_busy(error) \
                and not isinstance(error, WorkshopBusy):
            raise WorkshopBusy() from error
        raise


class _Read:
    """The rows of a write that returned some, read before its commit (a cursor's face)."""

    def __init__(self, description: Any, rows: list[tuple[Any, ...]]) -> None:
        self.description = description
        self._rows = iter(rows)

    def fetchone(self) -> tuple[Any, ...] | None:
        return next(self._rows, None)

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return self._rows


def _rows(cursor: Any) -> Iterator[dict[str, Any]]:
    """The rows of a query as dicts; a repeated column name gets ``_2``, ``_3``... as in
    sqlite-utils' ``query``."""
    keys = [d[0] for d in cursor.description or ()]
    if len(set(keys)) != len(keys):
        taken, seen, unique = set(keys), set(), []
        for key in keys:
            if key in seen:
                new, suffix = key, 2
                while new in seen or new in taken:
                    new, suffix = f"{key}_{suffix}", suffix + 1
                key = new
            seen.add(key)
            unique.append(key)
        keys = unique
    return (dict(zip(keys, row, strict=True)) for row in cursor)


def begin_immediate(conn: sqlite3.Connection, patience: float | None = None) -> None:
    """Take the write lock (BEGIN IMMEDIATE); while another window holds it, SQLite's busy
    handler waits, and starting is retried with a growing pause until ``patience``
    seconds have passed; then ``WorkshopBusy``."""
    if patience is not None and patience < WRITE_PATIENCE_S:
        conn.execute(f"PRAGMA busy_timeout = {int(patience * 1000)}")
        try:
            _begin(conn, patience)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return
    _begin(conn, WRITE_PATIENCE_S)


def _begin(conn: sqlite3.Connection, patience: float) -> None:
    deadline = time.monotonic() + patience
    delay = 0.05
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error):
                raise
            if time.monotonic() + delay > deadline:
                raise WorkshopBusy() from error
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


def commit(conn: sqlite3.Connection) -> None:
    """COMMIT, retried while a reader blocks it (the lock is kept, so trying again is
    safe); rolled back and ``WorkshopBusy`` when it cannot get through."""
    delay = 0.05
    deadline = time.monotonic() + WRITE_PATIENCE_S
    while True:
        try:
            conn.execute("COMMIT")
            return
        except sqlite3.OperationalError as error:
            if not is_busy(error) or time.monotonic() + delay > deadline:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if is_busy(error):
                    raise WorkshopBusy() from error
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


class Store:
    """One workshop database. Create with ``Store.open`` or ``Store.memory``."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None = None,
                 memory_name: str | None = None):
        self.conn = conn
        self.path = path
        self._memory_name = memory_name
        self.read_only = False
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        """sqlite-utils over this store's connection (tables, inserts, upserts), made on
        first use; plain reads (``one``, ``all``, ``scalar``) do not need it."""
        if self._db is None:
            self._db = database_class()(self.conn)
            self._db.read_only = self.read_only  # type: ignore[attr-defined]
        return self._db

    # -- opening -----------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, migrate: bool = True) -> Store:
        """Open (and if needed create) the workshop file at ``path``."""
        path = Path(path).expanduser()
        check_file(path, create=create)
        if not path.exists():
            _create_private_file(path)
        store = cls(_connect(path), path=path)
        store._configure()
        if migrate:
            store.migrate()
        return store

    @classmethod
    def open_read_only(cls, path: str | Path) -> Store:
        """Open the workshop file at ``path`` for reading only: nothing is created, no
        migration is applied, nothing is written (SQLite's ``mode=ro``).

        A missing file, an empty file or a file that is not ours is refused. A file from an
        older workbench is read through a migrated copy in memory, so the file itself stays
        exactly as it was.
        """
        path = Path(path).expanduser()
        if path.is_dir():
            raise StoreError("error.is_directory", path=str(path))
        if not path.exists():
            raise StoreError("safety.no_workshop_here", path=str(path))
        if path.stat().st_size == 0:
            raise StoreError("error.not_workbench", path=str(path))
        check_file(path, create=False, writing=False)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
        store = cls(conn, path=path)
        store._configure(wal=False, bootstrap=False)
        if store.pending_migrations():
            name = f"workbench-{uuid.uuid4().hex}"
            copy = _memory_connection(name)
            conn.backup(copy)
            conn.close()
            store = cls(copy, memory_name=name)
            store._configure(wal=False)
            store.migrate()
            store.path = path
        _run(store.conn, "PRAGMA query_only = ON")
        store.read_only = True
        if store._db is not None:  # made while migrating the copy
            store._db.read_only = True  # type: ignore[attr-defined]
        return store

    @classmethod
    def memory(cls) -> Store:
        """An isolated in-memory store, migrated; ``clone()`` reaches the same data."""
        name = f"workbench-{uuid.uuid4().hex}"
        store = cls(_memory_connection(name), memory_name=name)
        store._configure()
        store.migrate()
        return store

    def clone(self) -> Store:
        """A second connection to the same database, for use from another thread."""
        if self._memory_name:
            other = Store(_memory_connection(self._memory_name),
                          memory_name=self._memory_name)
        elif self.read_only:
            return Store.open_read_only(self.path)  # type: ignore[arg-type]
        else:
            assert self.path is not None
            other = Store(_connect(self.path), path=self.path)
        other._configure(wal=False)
        return other

    def _configure(self, wal: bool = True, bootstrap: bool = True) -> None:
        """The one connection policy, for every connection the app opens: foreign keys,
        a busy timeout (writes also retry with back-off, see ``transaction``), and
        secure delete, so removed text (a withdrawn story) is overwritten, not left in
        free pages."""
        _run(self.conn, "PRAGMA foreign_keys = ON")
        _run(self.conn, f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _run(self.conn, "PRAGMA secure_delete = ON")
        if wal and self.path is not None:
            if _run(self.conn, "PRAGMA journal_mode").fetchone()[0] != "wal":
                _run(self.conn, "PRAGMA journal_mode = wal")
            # NORMAL is durable in WAL mode except for the very last commits on power loss
            # at the OS level; FULL makes every autosave survive a power cut.
            _run(self.conn, "PRAGMA synchronous = FULL")
        if not bootstrap:
            return
        for statement in BOOTSTRAP_SQL:
            _run(self.conn, statement)

    def close(self) -> None:
        self.conn.close()

    # -- migrations --------------------------------------------------------------

    def applied_versions(self) -> set[int]:
        return {row[0] for row in _run(self.conn, "SELECT version FROM migrations")}

    @property
    def schema_version(self) -> int:
        versions = self.applied_versions()
        return max(versions) if versions else 0

    def pending_migrations(self) -> list[Any]:
        applied = self.applied_versions()
        if known_versions() <= applied:
            return []  # up to date: no migration module needs to be read
        return [m for m in all_migrations() if m.version not in applied]

    def migrate(self) -> list[int]:
        """Apply every pending migration, each in its own transaction. Returns versions applied."""
        unknown = self.applied_versions() - known_versions()
        if unknown:
            raise StoreError("error.newer_schema", path=str(self.path or ":memory:"))
        done = []
        pending = self.pending_migrations()
        if pending and self.path is not None and self.applied_versions():
            # An older file is about to change shape: keep a copy first.
            from workbench import backups

            backups.automatic(self, reason="migration")
        for migration in pending:
            if migration.rebuilds_tables:  # see workbench.migrations: only outside a transaction
                _run(self.conn, "PRAGMA foreign_keys = OFF")
            try:
                with self.transaction():
                    migration.up(self.db)
                    self.table("migrations").insert(
                        {"version": migration.version, "name": migration.name,
                         "applied_at": now()}
                    )
            finally:
                if migration.rebuilds_tables:
                    _run(self.conn, "PRAGMA foreign_keys = ON")
            done.append(migration.version)
        if self.meta_get("app") is None:
            self.meta_set("app", APP_ID)
        return done

    # -- transactions ------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self, patience: float | None = None) -> Iterator[Database]:
        """A write transaction that takes the write lock up front (BEGIN IMMEDIATE).

        Nested use becomes a savepoint. While another process holds the lock, SQLite's
        busy timeout waits; when that runs out, starting is retried with a growing pause
        until ``patience`` seconds have passed. Only then does the user hear, honestly,
        that the workshop is busy in another window (``error.busy_write``); never
        "database is locked".
        """
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        begin_immediate(self.conn, patience)
        try:
            yield self.db
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            commit(self.conn)

    def write(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        """One statement in its own short write transaction, under the busy policy."""
        with self.transaction():
            return _run(self.conn, sql, params or [])

    # -- meta and settings -------------------------------------------------------

    def meta_get(self, key: str, default: str | None = None) -> str | None:
        row = _run(self.conn, "SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def meta_set(self, key: str, value: str) -> None:
        _run(
            self.conn,
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def table(self, name: str) -> Table:
        """The table ``name`` for writing (``insert``, ``update``, ``delete``, ``upsert``).

        ``store.db[name]`` may be a view for all the type checker knows; this says it is a
        table (and sqlite-utils refuses a view here)."""
        return self.db.table(name)

    def one(self, sql: str, params: Any = None) -> dict[str, Any] | None:
        """The first row of a query as a dict, or None."""
        for row in _rows(_run(self.conn, sql, params or [])):
            return row
        return None

    def all(self, sql: str, params: Any = None) -> list[dict[str, Any]]:
        return list(_rows(_run(self.conn, sql, params or [])))

    def scalar(self, sql: str, params: Any = None) -> Any:
        row = _run(self.conn, sql, params or []).fetchone()
        return row[0] if row else None


def _memory_connection(name: str) -> sqlite3.Connection:
    """A connection to the shared in-memory database ``name`` (as sqlite-utils makes it)."""
    return sqlite3.connect(f"file:{name}?mode=memory&cache=shared", uri=True,
                           check_same_thread=False)


def _connect(path: Path) -> sqlite3.Connection:
    # check_same_thread=False: the TUI hands work to threads; each worker should still
    # prefer its own connection via Store.clone().
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only (stories are personal)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except PermissionError as error:
        raise StoreError("error.folder_not_writable", path=str(path.parent)) from error
    except OSError as error:
        raise StoreError("error.cannot_create", path=str(path), reason=error.strerror) from error
    os.close(fd)


def check_file(path: Path, *, create: bool, writing: bool = True) -> None:
    """Refuse, without writing anything, a file that we must not open."""
    if path.is_dir():
        raise StoreError("error.is_directory", path=str(path))
    if not path.exists():
        if not create:
            raise StoreError("error.no_such_db", path=str(path))
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.exists():
            raise StoreError("error.no_such_folder", path=str(folder))
        if not os.access(folder, os.W_OK | os.X_OK):
            raise StoreError("error.folder_not_writable", path=str(folder))
        return
    if path.stat().st_size == 0:
        if not create:  # only init and demo turn an empty file into a workshop
            raise StoreError("error.not_workbench", path=str(path))
        return  # an empty file (e.g. from mktemp) is a fine place to start
    if not os.access(path, os.R_OK):
        raise StoreError("error.not_readable", path=str(path))
    # The header is checked by SQLite itself, never with a plain open()/close(): closing
    # any descriptor of a database file drops every POSIX lock this process holds on it,
    # which could corrupt a connection the process already has open.
    # Read-only look inside: nothing is written before we know the file is ours.
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("PRAGMA schema_version")  # "file is not a database" if not SQLite
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if tables and not {"migrations", "meta"} <= tables:
                raise StoreError("error.not_workbench", path=str(path))
            if not tables and not create and writing:
                # a few stray bytes SQLite reads as an empty database are no workshop
                # either; only init and demo make one
                raise StoreError("error.not_workbench", path=str(path))
            if tables:
                app = conn.execute("SELECT value FROM meta WHERE key='app'").fetchone()
                if app is None or app[0] != APP_ID:
                    raise StoreError("error.not_workbench", path=str(path))
                versions = {r[0] for r in conn.execute("SELECT version FROM migrations")}
                if versions - known_versions():
                    raise StoreError("error.newer_schema", path=str(path))
        finally:
            conn.close()
    except sqlite3.OperationalError as error:
        if is_busy(error):
            raise StoreError("error.busy_read") from error
        raise StoreError("error.not_workbench", path=str(path)) from error
    except sqlite3.DatabaseError as error:
        raise StoreError("error.not_workbench", path=str(path)) from error
    if not writing:
        return
    if not os.access(path, os.W_OK):
        raise StoreError("error.not_writable", path=str(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not os.access(folder, os.W_OK | os.X_OK):
        # WAL needs to create -wal and -shm files beside the database
        raise StoreError("error.folder_not_writable", path=str(folder))
