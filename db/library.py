"""Opening a library file: pragmas, migrations, transactions — and refusing to write
where writing would do harm.

A library is one SQLite file. It is opened in WAL mode with foreign keys on and a
busy timeout, so a second app instance (or a CLI run next to the app) waits for the
writer instead of failing, and readers never block the writer. Writers take the
write lock up front (``BEGIN IMMEDIATE``) so two processes never deadlock halfway
through a transaction.

Before a library is written (docs/data-safety.md): another program's database is never
turned into a library; a library on a network share opens read-only; a library whose
-wal file was deleted under the programs using it is not opened, and a program whose
own -wal file was deleted or replaced stops writing and rescues what it had; a library
that fails SQLite's quick check takes no writes.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from composer.common.messages import BriefingError, Message
from db import maintenance, schema
from db.connection import (
    BUSY_TIMEOUT_MS,
    CACHE_KIB,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    PAGE_SIZE,
    SQLITE_MAGIC,
    FileId,
    Held,
    _is_read_only_error,
    connect_read_only,
    file_id,
    hold,
    is_damage,
    is_disk_full,
    keep_log_on_close,
    log_deleted_under_others,
    read_header,
    release,
    switch_to_wal,
    wal_path,
    writable,
)
from db.location import network_share


class Library:
    """An open library: a SQLite connection plus what the core caches about it.

    sqlite-utils (``library.db``) is created on first use only — for migrations and
    table introspection — because importing it costs a fifth of a second, which
    read-only commands such as ``briefing info`` should not pay."""

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: bool,
                 read_only_reason: Message | None = None) -> None:
        self.path = path
        self.conn = connection
        self.read_only = read_only
        # Why writes are refused when it is not the medium (a network share); shown as is.
        self.read_only_reason = read_only_reason
        self._held: Held | None = None  # this process's record of the file (db.connection.hold)
        self._wal: FileId | None = None  # the -wal file this connection writes into
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
        held, self._held = self._held, None
        if held is not None and held.replaced and held.count == 1 and self._another_log():
            keep_log_on_close(self.conn)  # closing would delete the other program's new log
        size = self._size_seen() if held is not None and held.damage == [] else None
        self.conn.close()
        if held is not None and release(self.path) and size is not None:
            _note_sound_as_left(self.path, size)

    def _size_seen(self) -> int | None:
        """The size of the library file by SQLite's account: after the final checkpoint of
        the last connection the file has exactly this size."""
        if self.read_only or self.conn.in_transaction:
            return None
        try:
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
            return int(pages * self.conn.execute("PRAGMA page_size").fetchone()[0])
        except sqlite3.Error:
            return None

    def _another_log(self) -> bool:
        """Whether a -wal file with content, not this connection's, is at the library's side."""
        try:
            found = os.stat(wal_path(self.path))
        except OSError:
            return False
        return self._wal is not None and (found.st_dev, found.st_ino) != self._wal and found.st_size > 0

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def begin(self) -> None:
        """Open a write transaction for a caller that commits it later (``commit``);
        ``write()`` blocks inside it become savepoints. Refused in a read-only library,
        one whose -wal file was deleted or replaced, and a damaged one."""
        if self.read_only:
            reason = self.read_only_reason or Message("db_read_only", path=str(self.path))
            raise BriefingError(reason.key, **reason.params)
        self.check_log()
        self._check_sound()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            raise _explain(error) from error

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
            self.check_log()

    def check_log(self) -> None:
        """Raise ``db_wal_replaced`` when the -wal file this connection writes into is no
        longer the library's: something deleted or replaced it while the library was open
        (a cleaner, a sync client, antivirus, or a program whose locks vanished). What this
        connection committed since then exists only in the deleted file, which no other
        program reads: it is copied to ``backups/library-rescued-….sqlite`` once, and this
        process writes no more (a fresh log beside the programs still using the old one
        would let the two overwrite each other's pages). Called before and after every
        write transaction; cheap (one ``stat``)."""
        held = self._held
        if self.read_only or held is None or self._wal is None:
            return
        current = file_id(wal_path(self.path))
        if not held.replaced and current == self._wal:
            return
        held.replaced = True
        if held.rescued is None and current != self._wal:
            held.rescued = maintenance.rescue_copy(self.conn, self.path)
        if held.rescued is None:
            raise BriefingError("db_wal_replaced_unsaved", path=str(self.path))
        raise BriefingError("db_wal_replaced", path=str(self.path), rescued=str(held.rescued))

    def _check_sound(self) -> None:
        """SQLite's quick check before this process first writes the library (then
        remembered for the process): writing into a damaged file spreads the damage, and
        staff would go on working in it for days. Reading is never refused."""
        held = self._held
        if held is None:
            return
        if held.damage is None and held.checking is not None:
            held.checking.join()  # the check started when the window opened ends sooner than a new one
        if held.damage is None:
            held.damage = maintenance.quick_check(self.conn)
            if not held.damage:
                maintenance.note_sound(self.path)
        if held.damage:
            raise damaged(self.path, held.damage[0])

    def check_sound_soon(self) -> threading.Thread | None:
        """Run the quick check the first write needs now, on a thread and a read-only
        connection of its own, so that the clerk's first keypress in the app does not wait
        for it (about 1 s per 10,000 articles). A write that comes first waits for it (it
        is already part done); the result is this process's record either way."""
        held = self._held
        if held is None or held.damage is not None or self.read_only:
            return None
        if held.checking is not None and held.checking.is_alive():
            return held.checking  # already under way (the window started it; tagging asks again)
        path = self.path

        def check() -> None:
            try:
                conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            except sqlite3.Error:
                return  # the write will check with its own connection
            try:
                damage = maintenance.quick_check(conn)
            finally:
                conn.close()
            if held.damage is None:  # a write may have checked meanwhile
                held.damage = damage
                if not damage:
                    maintenance.note_sound(path)

        thread = threading.Thread(target=check, daemon=True, name="library-quick-check")
        held.checking = thread
        thread.start()
        return thread

    def _note_damage(self, error: BaseException) -> None:
        """SQLite itself found damage while writing: refuse this process's later writes too."""
        if self._held is not None and is_damage(error):
            self._held.damage = [str(error)]

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
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            self._note_damage(error)
            raise
        else:
            self.conn.execute("COMMIT")
            self.check_log()

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
    ``db_read_only``. So is a library on a network share, where SQLite's locking cannot
    be trusted (``library.read_only_reason`` says so; writing raises ``db_network_share``);
    a new library is not created there."""
    path = Path(path)
    new = not path.exists() or path.stat().st_size == 0
    if not path.exists():
        if not create or read_only:
            raise BriefingError("file_missing", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    elif path.is_dir():
        raise BriefingError("db_not_library", path=str(path), reason="is a directory")
    share = network_share(path)
    if share is not None:
        if new and not read_only:
            raise BriefingError("db_network_share_new", path=str(path), kind=share)
        return _open(path, False, True, cache_kib, Message("db_network_share", path=str(path), kind=share))
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


def _open(path: Path, new: bool, read_only: bool, cache_kib: int, reason: Message | None = None) -> Library:
    held = hold(path, lambda: _before_first_open(path, new))
    try:
        connection = _connect(path, read_only)
    except BaseException:
        release(path)
        raise
    library = Library(path, connection, read_only, reason)
    library._held = held  # released by close(), also below
    if held.damage is None and (new or maintenance.left_sound(path)):
        held.damage = []  # just created, or as a program that found it sound left it: no check
    try:
        if not new:
            _refuse_foreign(library)
        elif not read_only:
            # 8 KB pages: imports of article bodies and the search index run a fifth
            # faster than with the 4 KB default (measured, benchmarks/bench_import.py).
            connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        _configure(library, cache_kib)
        if not read_only:
            migrate(library)
            _note_log(library, held)
        else:
            check_version(library)
    except sqlite3.Error as error:
        library.close()
        raise _open_error(path, error) from error
    except BaseException:
        library.close()
        raise
    return library


def _note_sound_as_left(path: Path, size: int) -> None:
    """This process found nothing wrong and has let go of the library: note the file as it
    leaves it, unless its size is not SQLite's (another program still holds pages in the
    -wal file, or something else cut or grew the file)."""
    stamp = maintenance.file_stamp(path)
    if stamp is not None and stamp[1] == size:
        maintenance.note_sound(path)


def _before_first_open(path: Path, new: bool) -> None:
    """Run before this process first connects to ``path`` (it may read the file's header
    and test its locks then: nothing of this process has it open)."""
    if new:
        return
    if log_deleted_under_others(path):
        raise BriefingError("db_wal_deleted", path=str(path))
    maintenance.remove_leftovers(path)


def _note_log(library: Library, held: Held) -> None:
    """Remember the -wal file this connection writes into. Every connection of this
    process shares one -shm mapping, so they must all use the same -wal file; one opened
    after the first one's log was deleted or replaced finds another file there."""
    library._wal = file_id(wal_path(library.path))
    if held.wal is None:
        held.wal = library._wal
    elif held.wal != library._wal:
        held.replaced = True
        raise BriefingError("db_wal_replaced_unsaved", path=str(library.path))


def _refuse_foreign(library: Library) -> None:
    """Never turn another program's SQLite database into a library (tables added, WAL mode
    switched on, without a backup): a database with tables is a library only if it has
    Briefing Composer's migrations. Checked before anything is written."""
    conn = library.conn
    names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    if not names:
        return  # an empty database: a library being created (perhaps by another program right now)
    if MIGRATIONS_TABLE in names:
        ours = conn.execute(f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = ? LIMIT 1", (MIGRATION_SET,))
        if ours.fetchone():
            return
    shown = "、".join(names[:5]) + ("…" if len(names) > 5 else "")
    raise BriefingError("db_foreign", path=str(library.path), tables=shown)


def _open_error(path: Path, error: sqlite3.Error) -> BriefingError:
    """What an SQLite error while opening means, in words that say what to do: a full
    disk, a damaged (or truncated) library and a file that is not a library are three
    different things."""
    text = str(error)
    if "locked" in text or "busy" in text:
        return BriefingError("db_locked")
    if is_disk_full(error) or (isinstance(error, sqlite3.OperationalError) and _disk_nearly_full(path)):
        return BriefingError("db_disk_full", path=str(path), reason=text)
    if is_damage(error) or _looks_truncated(path):
        return BriefingError("db_damaged_open", path=str(path), detail=text,
                             backups=str(maintenance.backup_folder(path)))
    if "disk I/O error" in text:
        return BriefingError("db_io_error", path=str(path), reason=text)
    return BriefingError("db_not_library", path=str(path), reason=text)


DISK_FULL_BYTES = 1024 * 1024  # less free space than this beside the library: "the disk is full"


def _disk_nearly_full(path: Path) -> bool:
    import shutil

    try:
        return shutil.disk_usage(path.parent).free < DISK_FULL_BYTES
    except OSError:
        return False


def _looks_truncated(path: Path) -> bool:
    """An SQLite header (or the start of one) that SQLite cannot read: a library cut short
    (a copy stopped halfway, a sync client), not another kind of file."""
    header = read_header(path, 100)
    return bool(header) and header is not None and (header.startswith(SQLITE_MAGIC) or SQLITE_MAGIC.startswith(header))


def damaged(path: Path, detail: str) -> BriefingError:
    return BriefingError("db_damaged", path=str(path), detail=detail, backups=str(maintenance.backup_folder(path)))


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return connect_read_only(path)
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)


def _configure(library: Library, cache_kib: int) -> None:
    conn = library.conn
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
        raise _open_error(library.path, error) from error


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
