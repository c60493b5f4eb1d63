"""Opening a library file: pragmas, migrations, transactions.

A library is one SQLite file. It is opened in WAL mode with foreign keys on and a
busy timeout, so a second app instance (or a CLI run next to the app) waits for the
writer instead of failing, and readers never block the writer. Writers take the
write lock up front (``BEGIN IMMEDIATE``) so two processes never deadlock halfway
through a transaction.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from composer.common.messages import BriefingError
from db import maintenance, schema
from db.connection import (
    BUSY_TIMEOUT_MS,
    CACHE_KIB,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    PAGE_SIZE,
    _is_read_only_error,
    connect_read_only,
    switch_to_wal,
    writable,
)


class Library:
    """An open library: a SQLite connection plus what the core caches about it.

    sqlite-utils (``library.db``) is created on first use only — for migrations and
    table introspection — because importing it costs a fifth of a second, which
    read-only commands such as ``briefing info`` should not pay."""

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: bool) -> None:
        self.path = path
        self.conn = connection
        self.read_only = read_only
        self._database: Any = None
        self._savepoints = 0
        # Derived in-memory structures the core keeps per open library (e.g. the
        # import batch's reprint index); never the source of truth.
        self.cache: dict[str, object] = {}
        # Tables written through this connection since the last ``take_changes()``: the app
        # turns them into ``composer.common.changes.Changes`` so each page knows to reload.
        self._changed: set[str] = set()

    @property
    def db(self) -> Any:
        """The sqlite-utils ``Database`` over the same connection."""
        if self._database is None:
            from sqlite_utils import Database

            self._database = Database(self.conn)
        return self._database

    def note_changed(self, *tables: str) -> None:
        """Remember that ``tables`` were written (db/ write functions and the undo history
        call this). A rolled-back write stays noted: reloading a page once too often is
        harmless, missing a change is not."""
        self._changed.update(tables)

    def take_changes(self) -> set[str]:
        """The tables written since the last call, and start noting afresh."""
        changed, self._changed = self._changed, set()
        return changed

    def close(self) -> None:
        # Newest first: readers before the connections they read from, so that the last
        # connection to a WAL file (a writer) checkpoints it and removes the -wal file.
        for value in reversed(list(self.cache.values())):
            closer = getattr(value, "close", None)
            if callable(closer):
                closer()
        self.cache.clear()
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def begin(self) -> None:
        """Open a write transaction for a caller that commits it later (``commit``);
        ``write()`` blocks inside it become savepoints."""
        if self.read_only:
            raise BriefingError("db_read_only", path=str(self.path))
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _explain(error) from error

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction holding the write lock from its first statement.

        Nested calls become savepoints, so a helper can use ``write()`` whether or not
        its caller already opened one; a failing savepoint is rolled back alone.
        """
        nested = self.conn.in_transaction  # a variable: mypy would take in_transaction to stay False below
        if nested:
            with self._savepoint():
                yield self.conn
            return
        self.begin()
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        self._savepoints += 1
        name = f"write_{self._savepoints}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            # An error such as a full disk can end the whole transaction, savepoints
            # included; rolling back what no longer exists would hide the real error.
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
            raise
        else:
            self.conn.execute(f"RELEASE {name}")


def open_library(
    path: str | Path, *, create: bool = True, read_only: bool = False, cache_kib: int = CACHE_KIB
) -> Library:
    """Open (and on first use create and migrate) the library at ``path``. ``cache_kib``:
    SQLite's page cache; a worker that reads each article once needs little.

    A library that cannot be written (a read-only file, folder or medium such as a CD
    or a write-protected USB stick) is opened read-only instead of failing, with
    ``library.read_only`` set so that callers can say so; writing then raises
    ``db_read_only``."""
    path = Path(path)
    new = not path.exists() or path.stat().st_size == 0
    if not path.exists():
        if not create or read_only:
            raise BriefingError("file_missing", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    elif path.is_dir():
        raise BriefingError("db_not_library", path=str(path), reason="is a directory")
    if read_only or new:
        return _open(path, new, read_only, cache_kib)
    if not writable(path):
        return _open(path, False, True, cache_kib)
    try:
        return _open(path, False, False, cache_kib)
    except (BriefingError, sqlite3.OperationalError) as error:
        if not _is_read_only_error(error):
            raise
        return _open(path, False, True, cache_kib)


def _open(path: Path, new: bool, read_only: bool, cache_kib: int) -> Library:
    connection = _connect(path, read_only)
    if new and not read_only:
        # 8 KB pages: imports of article bodies and the search index run a fifth
        # faster than with the 4 KB default (measured, benchmarks/bench_import.py).
        connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    library = Library(path, connection, read_only)
    try:
        _configure(library, cache_kib)
        if not read_only:
            migrate(library)
        else:
            check_version(library)
    except BaseException:
        library.close()
        raise
    return library


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return connect_read_only(path)
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def _configure(library: Library, cache_kib: int) -> None:
    conn = library.conn
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # SQLite's default page cache is 2 MB: far too small for a library of 100,000
        # articles whose search index is rewritten on every import chunk.
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        conn.execute("PRAGMA temp_store = MEMORY")
        if not library.read_only:
            mode = switch_to_wal(conn)
            if mode.lower() != "wal":
                raise BriefingError("db_not_library", path=str(library.path), reason=f"journal mode {mode}")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise BriefingError("db_locked") from error
        raise BriefingError("db_not_library", path=str(library.path), reason=str(error)) from error
    except sqlite3.DatabaseError as error:
        raise BriefingError("db_not_library", path=str(library.path), reason=str(error)) from error


def migrate(library: Library) -> None:
    """Apply pending migrations under the write lock, so two instances never race. A
    library that holds data is first copied to ``backups/`` (``library-before-m004-…``):
    a migration that goes wrong, or a new version the office wants to leave, must not
    cost the library."""
    check_version(library)
    if not _pending(library, schema.known_migrations()):
        return  # the common case: nothing to do, no need for sqlite-utils
    with library.write():
        # Again under the lock: another program may have migrated while we waited.
        pending = _pending(library, schema.known_migrations())
        if pending and applied_migrations(library) and maintenance.has_data(library.conn):
            maintenance.backup_before_migration(library.path, pending[0])
        schema.apply(library.db)


def _pending(library: Library, known: list[str]) -> list[str]:
    applied = set(applied_migrations(library))
    return [name for name in known if name not in applied]


def applied_migrations(library: Library) -> list[str]:
    try:
        exists = library.conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
        ).fetchone()
        if not exists:
            return []
        rows = library.conn.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", (MIGRATION_SET,)
        )
        return [row[0] for row in rows]
    except sqlite3.DatabaseError as error:
        raise BriefingError("db_not_library", path=str(library.path), reason=str(error)) from error


def schema_version(library: Library) -> int:
    return len(applied_migrations(library))


def check_version(library: Library) -> None:
    unknown = set(applied_migrations(library)) - set(schema.known_migrations())
    if unknown:
        raise BriefingError("db_newer", found=schema_version(library), supported=schema.SCHEMA_VERSION)


def _explain(error: sqlite3.OperationalError) -> Exception:
    if "locked" in str(error) or "busy" in str(error):
        return BriefingError("db_locked")
    return error
