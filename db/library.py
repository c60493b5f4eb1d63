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

from sqlite_utils import Database

from composer.messages import BriefingError
from db import schema

BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 64 * 1024
PAGE_SIZE = 8192


class Library:
    """An open library. ``library.db`` is the sqlite-utils Database; only db/ touches it."""

    def __init__(self, path: Path, database: Database, read_only: bool) -> None:
        self.path = path
        self.db = database
        self.read_only = read_only
        # Derived in-memory structures the core keeps per open library (e.g. the
        # import batch's reprint index); never the source of truth.
        self.cache: dict[str, object] = {}

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        for value in self.cache.values():
            closer = getattr(value, "close", None)
            if callable(closer):
                closer()
        self.cache.clear()
        self.db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[Database]:
        """One write transaction holding the write lock from its first statement.

        Nested calls become savepoints, so a helper can use ``write()`` whether or not
        its caller already opened one.
        """
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _explain(error) from error
        try:
            yield self.db
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")


def open_library(path: str | Path, *, create: bool = True, read_only: bool = False) -> Library:
    """Open (and on first use create and migrate) the library at ``path``."""
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
    database = Database(connection)
    library = Library(path, database, read_only)
    try:
        _configure(library)
        if not read_only:
            migrate(library)
            _finish_interrupted_indexing(library)
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


def _configure(library: Library) -> None:
    conn = library.conn
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        # SQLite's default page cache is 2 MB: far too small for a library of 100,000
        # articles whose search index is rewritten on every import chunk.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        if not library.read_only:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise BriefingError("db_not_library", path=str(library.path), reason=f"journal mode {mode}")
            conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as error:
        raise BriefingError("db_not_library", path=str(library.path), reason=str(error)) from error


def migrate(library: Library) -> None:
    """Apply pending migrations under the write lock, so two instances never race."""
    check_version(library)
    with library.write():
        schema.migrations.apply(library.db)


def applied_migrations(library: Library) -> list[str]:
    try:
        return [m.name for m in schema.migrations.applied(library.db)]
    except sqlite3.DatabaseError as error:
        raise BriefingError("db_not_library", path=str(library.path), reason=str(error)) from error


def schema_version(library: Library) -> int:
    return len(applied_migrations(library))


def check_version(library: Library) -> None:
    unknown = set(applied_migrations(library)) - set(schema.known_migrations())
    if unknown:
        raise BriefingError(
            "db_newer", found=schema_version(library), supported=schema.SCHEMA_VERSION
        )


def _finish_interrupted_indexing(library: Library) -> None:
    """Articles a killed import stored but did not index yet are indexed now."""
    from db import fts

    if fts.pending_count(library):
        fts.flush_pending(library)


def _explain(error: sqlite3.OperationalError) -> Exception:
    if "locked" in str(error) or "busy" in str(error):
        return BriefingError("db_locked")
    return error
