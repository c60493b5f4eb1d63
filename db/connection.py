"""SQLite connections and the settings every connection to a library shares.

The lowest module of ``db/``: it imports nothing of the project but the message
catalogue, so the schema, maintenance, the search index and ``library`` itself can all
stand on it without importing each other in circles.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
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


def error_code(error: BaseException) -> int:
    """SQLite's primary result code behind ``error`` (0 when there is none)."""
    cause = error if isinstance(error, sqlite3.Error) else error.__cause__
    return int(getattr(cause, "sqlite_errorcode", 0) or 0) & 0xFF


def is_disk_full(error: BaseException) -> bool:
    """SQLite's "database or disk is full": no room for the -wal, the -shm or a page."""
    return error_code(error) == sqlite3.SQLITE_FULL or "disk is full" in str(error)


def is_damage(error: BaseException) -> bool:
    """A file SQLite recognises as a database whose content it finds damaged."""
    return error_code(error) == sqlite3.SQLITE_CORRUPT or "malformed" in str(error)


# -- what this process holds open ---------------------------------------------------------
#
# On Linux and macOS, closing *any* descriptor of a file drops every POSIX lock the process
# holds on that file — SQLite's locks included. A program that opens the library (or its
# -wal/-shm) behind SQLite's back, even just to read a few bytes, makes the other programs
# believe nobody has it open: the next one to close checkpoints and deletes the WAL this
# process is still writing into. So the library's own bytes are read here only when no
# Library of this process holds the file, and only while ``_LOCK`` keeps other threads from
# opening it meanwhile.

FileId = tuple[int, int]  # (st_dev, st_ino)


@dataclass
class Held:
    """A library file this process has open: how many Library objects hold it, the -wal
    file they share (SQLite shares one -shm mapping per file and process), whether that
    -wal file was found deleted or replaced and where the work was rescued to, and what
    the integrity check before the first write found (once per process and file)."""

    count: int = 0
    wal: FileId | None = None
    replaced: bool = False
    rescued: Path | None = None
    damage: list[str] | None = None  # what the quick check found ([]: sound; None: not known yet)
    checking: threading.Thread | None = None  # the check started ahead of the first write (check_sound_soon)


_LOCK = threading.RLock()
_HELD: dict[str, Held] = {}


def held_key(path: Path) -> str:
    return os.path.normcase(str(Path(os.path.abspath(path)).resolve()))


def hold(path: Path, first: Callable[[], None]) -> Held:
    """Register one more holder of ``path``; ``first()`` runs before the first holder of
    this process connects (it may read the file: nothing of this process has it open)."""
    with _LOCK:
        held = _HELD.get(held_key(path))
        if held is None:
            first()
            held = _HELD.setdefault(held_key(path), Held())
        held.count += 1
        return held


def release(path: Path) -> bool:
    """One holder fewer; whether it was this process's last."""
    with _LOCK:
        key = held_key(path)
        held = _HELD.get(key)
        if held is not None:
            held.count -= 1
            if held.count <= 0:
                del _HELD[key]
                return True
        return False


def held_by_this_process(path: Path) -> bool:
    with _LOCK:
        return held_key(path) in _HELD


def file_id(path: Path | str) -> FileId | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def read_header(path: Path, size: int = 100) -> bytes | None:
    """The first bytes of a database file, or None when they must not be read: this
    process holds the file open through SQLite (see above), or it cannot be read."""
    with _LOCK:
        if held_key(path) in _HELD:
            return None
        try:
            with open(path, "rb") as file:
                return file.read(size)
        except OSError:
            return None


SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MODE = 2  # header bytes 18 and 19 (write and read format versions) of a WAL database


def in_wal_mode(header: bytes | None) -> bool:
    return header is not None and len(header) > 19 and header.startswith(SQLITE_MAGIC) and header[18] == _WAL_MODE


# SQLite's unix VFS: a connection in WAL mode holds a read lock on these bytes for as long as
# it is open, and the last one to close takes a write lock on them to know it is the last.
_PENDING_BYTE = 0x40000000
_SHARED_FIRST = _PENDING_BYTE + 2
_SHARED_SIZE = 510


def others_hold(path: Path) -> bool:
    """Whether another process has the database open (POSIX: its SQLite holds a read
    lock on the shared byte range). Only while this process holds nothing of the file
    (``read_header``'s rule): testing takes and closes a descriptor."""
    if os.name != "posix" or held_by_this_process(path):
        return False
    import fcntl

    try:
        descriptor = os.open(path, os.O_RDWR)
    except OSError:
        return False  # a read-only file or medium: nobody can be writing to it
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, _SHARED_SIZE, _SHARED_FIRST, os.SEEK_SET)
    except OSError:
        return True
    else:
        fcntl.lockf(descriptor, fcntl.LOCK_UN, _SHARED_SIZE, _SHARED_FIRST, os.SEEK_SET)
        return False
    finally:
        os.close(descriptor)


def log_deleted_under_others(path: Path, attempts: int = 10) -> bool:
    """Whether the library's -wal or -shm file was deleted while other programs have it
    open (a cleaner, a sync client, antivirus): a WAL database that another process holds
    always has both. Opening it now would start a fresh log beside theirs, and the work
    they saved in the deleted log would be lost when they close. Asked a few times over a
    second, because the last program closing deletes both just before it lets go."""
    if os.name != "posix":
        return False  # Windows cannot delete files SQLite holds open
    for attempt in range(attempts):
        if Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists():
            return False
        if not in_wal_mode(read_header(path, 20)) or not others_hold(path):
            return False
        if attempt < attempts - 1:
            time.sleep(0.1)
    return True


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def keep_log_on_close(connection: sqlite3.Connection) -> bool:
    """Ask SQLite not to checkpoint (and delete the -wal file) when ``connection`` closes —
    for a connection whose own log was deleted under it while another program has since
    started a new one, which the close would otherwise delete. Python 3.12's
    ``setconfig`` can; on 3.11 nothing can (returns False)."""
    setconfig = getattr(connection, "setconfig", None)
    option = getattr(sqlite3, "SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE", None)
    if setconfig is None or option is None:
        return False
    setconfig(option, True)
    return True
