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
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from composer.messages import BriefingError

BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 32 * 1024
PAGE_SIZE = 8192
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' bookkeeping table
MIGRATION_SET = "briefing"  # db/schema.py registers its migrations under this name


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

    @property
    def db(self) -> Any:
        """The sqlite-utils ``Database`` over the same connection."""
        if self._database is None:
            from sqlite_utils import Database

            self._database = Database(self.conn)
        return self._database

    def close(self) -> None:
        for value in self.cache.values():
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
        if self.conn.in_transaction:
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
    SQLite's page cache; a worker that reads each article once needs little."""
    path = Path(path)
    new = not path.exists() or path.stat().st_size == 0
    if not path.exists():
        if not create or read_only:
            raise BriefingError("file_missing", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    elif path.is_dir():
        raise BriefingError("db_not_library", path=str(path), reason="is a directory")
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
        uri = path.resolve().as_uri() + "?mode=ro"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
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


def switch_to_wal(conn: sqlite3.Connection) -> str:
    """Turn on WAL; retried, because switching needs a moment of exclusive access and
    SQLite answers "locked" at once, without its busy timeout, when another program is
    opening the same new library."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def migrate(library: Library) -> None:
    """Apply pending migrations under the write lock, so two instances never race."""
    check_version(library)
    from db import schema

    if not set(schema.known_migrations()) - set(applied_migrations(library)):
        return  # the common case: nothing to do, no need for sqlite-utils
    with library.write():
        schema.apply(library.db)


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
    from db import schema

    unknown = set(applied_migrations(library)) - set(schema.known_migrations())
    if unknown:
        raise BriefingError("db_newer", found=schema_version(library), supported=schema.SCHEMA_VERSION)


def _explain(error: sqlite3.OperationalError) -> Exception:
    if "locked" in str(error) or "busy" in str(error):
        return BriefingError("db_locked")
    return error
