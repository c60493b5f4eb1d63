"""SQLite connections and the settings every connection to a library shares.

The lowest module of ``db/``: it imports nothing of the project but the message
catalogue, so the schema, maintenance, the search index and ``library`` itself can all
stand on it without importing each other in circles.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

BUSY_TIMEOUT_MS = 15_000
CACHE_KIB = 32 * 1024
PAGE_SIZE = 8192
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' bookkeeping table
MIGRATION_SET = "briefing"  # db/schema.py registers its migrations under this name


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT just added (``lastrowid`` is None only before any insert)."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise sqlite3.InterfaceError("the statement inserted no row")
    return rowid


def writable(path: Path) -> bool:
    """Whether this program may write the library: the file, and its folder (WAL mode
    keeps two side files, ``-wal`` and ``-shm``, next to it)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _is_read_only_error(error: BaseException) -> bool:
    """SQLite's way of saying "you cannot write here" (a read-only file, folder or
    medium), possibly wrapped in a ``BriefingError`` by ``_configure``."""
    cause = error if isinstance(error, sqlite3.Error) else error.__cause__
    if not isinstance(cause, sqlite3.Error):
        return False
    code = getattr(cause, "sqlite_errorcode", 0) & 0xFF
    return code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN) or "readonly" in str(cause)


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection. Reading a WAL library needs its ``-shm`` side file, which
    SQLite cannot create in a read-only folder once the library was closed cleanly; the
    file is then opened as *immutable* (nobody can be writing to a read-only medium)."""
    uri = Path(path).resolve().as_uri()
    connection = sqlite3.connect(uri + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.DatabaseError as error:
        if not _is_read_only_error(error):
            return connection  # let the caller report locks and damage as it always has
        connection.close()
    return sqlite3.connect(
        uri + "?mode=ro&immutable=1", uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
    )


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
