"""Backups, restores and consistency checks: the SQL and the file handling.

Copies are made with SQLite's online backup API in one step: the copy is a single read
transaction of the library, so it is consistent while another program (the app, an
import) goes on writing — in WAL mode readers and the writer do not wait for each other.
Every file this module writes is written under a temporary name in the target folder
and renamed into place, so a crash or a full disk never leaves half a backup under a
real name. Decisions (what a bad restore file is, how problems are worded) are made by
``composer/safety/backup.py``; this module only reads and writes.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from composer.common.messages import BriefingError
from db.connection import BUSY_TIMEOUT_MS, MIGRATION_SET, MIGRATIONS_TABLE, PAGE_SIZE, connect_read_only

BACKUP_FOLDER = "backups"
AUTO_BACKUPS_KEPT = 10  # automatic backups (before a migration or a restore) kept per library
AUTO_LABEL = "before"  # library-before-m004-….sqlite, library-before-restore-….sqlite


# -- names and folders -------------------------------------------------------------------


def backup_folder(library_path: Path) -> Path:
    """``backups/`` next to the library."""
    return Path(library_path).parent / BACKUP_FOLDER


def backup_path(library_path: Path, label: str | None = None, folder: Path | None = None) -> Path:
    """A free name such as ``backups/library-2026-11-25T0700.sqlite`` (local time, to the
    minute, as staff read it); ``label`` goes before the time (``library-before-m004-…``)."""
    folder = Path(folder) if folder else backup_folder(library_path)
    stamp = datetime.now().strftime("%Y-%m-%dT%H%M")
    base = "-".join(part for part in (Path(library_path).stem, label, stamp) if part)
    candidate = folder / f"{base}.sqlite"
    number = 2
    while candidate.exists():  # two backups within one minute
        candidate = folder / f"{base}-{number}.sqlite"
        number += 1
    return candidate


def automatic_pattern(library_path: Path) -> str:
    """The names of the automatic backups of a library (manual ones are never pruned)."""
    return f"{Path(library_path).stem}-{AUTO_LABEL}-*.sqlite"


def prune_backups(folder: Path, keep: int, pattern: str) -> list[Path]:
    """Delete all but the ``keep`` newest files matching ``pattern`` in ``folder``;
    returns the deleted paths."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = sorted(folder.glob(pattern), key=lambda path: (path.stat().st_mtime_ns, path.name), reverse=True)
    removed = []
    for path in found[max(keep, 0) :]:
        with contextlib.suppress(FileNotFoundError):  # another program pruned it first
            path.unlink()
            removed.append(path)
    return removed


# -- copying -----------------------------------------------------------------------------


def copy_database(source: Path, target: Path, page_size: int | None = None) -> int:
    """Copy the database ``source`` to ``target`` (one self-contained file, rollback
    journal mode); returns its size in bytes. ``page_size``: rewrite the copy with this
    page size if it differs (a restore into a WAL library needs equal page sizes).

    Raises ``sqlite3.DatabaseError`` when ``source`` is not a readable database and
    ``BriefingError("backup_failed")`` when ``target`` cannot be written."""
    target = Path(target)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _backup_into(source, partial, page_size)
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    except OSError as error:
        raise BriefingError("backup_failed", path=str(target), reason=error.strerror or str(error)) from error
    except sqlite3.OperationalError as error:
        if "full" in str(error) or "unable to open" in str(error):
            raise BriefingError("backup_failed", path=str(target), reason=str(error)) from error
        raise
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
    return target.stat().st_size


def copy_raw(source: Path, target: Path) -> int:
    """Copy a file byte for byte (with its ``-wal``, as ``<target>-wal``), for a library
    too damaged for SQLite to read; written under a temporary name like any backup."""
    partial = Path(target).with_name(f".{Path(target).name}.{os.getpid()}.partial")
    try:
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, partial)
        _fsync(partial)
        os.replace(partial, target)
        if Path(f"{source}-wal").is_file():
            shutil.copyfile(f"{source}-wal", f"{target}-wal")
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise BriefingError("backup_failed", path=str(target), reason=error.strerror or str(error)) from error
    return Path(target).stat().st_size


def _backup_into(source: Path, partial: Path, page_size: int | None) -> None:
    reader = connect_read_only(Path(source))
    try:
        copy = sqlite3.connect(partial)
        try:
            reader.backup(copy)  # all pages in one step: one consistent snapshot
            # A backup is one file: no -wal beside it to forget when it is copied away.
            copy.execute("PRAGMA journal_mode = DELETE")
            if page_size and copy.execute("PRAGMA page_size").fetchone()[0] != page_size:
                copy.execute(f"PRAGMA page_size = {int(page_size)}")
                copy.execute("VACUUM")
        finally:
            copy.close()
    finally:
        reader.close()


def _fsync(path: Path) -> None:
    """Flush a file (or a folder's entry list) to the disk; folders cannot be opened
    on Windows, where the rename is durable without it."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def backup_before_migration(library_path: Path, migration: str) -> Path:
    """Called by ``db.library.migrate`` under the write lock: copy the library as it is
    (``backups/library-before-m004-….sqlite``) and keep the newest automatic backups."""
    target = backup_path(library_path, f"{AUTO_LABEL}-{migration.split('_')[0]}")
    try:
        copy_database(library_path, target)
    except (BriefingError, sqlite3.DatabaseError) as error:
        raise BriefingError("db_backup_failed", reason=str(error)) from error
    prune_backups(target.parent, AUTO_BACKUPS_KEPT, automatic_pattern(library_path))
    return target


def has_data(conn: sqlite3.Connection) -> bool:
    """Whether a library holds anything a person made or imported (a new, empty library
    is not worth a backup)."""
    tables = ("articles", "import_files", "people", "excerpts", "themes", "briefings")
    query = " OR ".join(f"EXISTS (SELECT 1 FROM {table})" for table in tables)  # fixed names, never user input
    return bool(conn.execute(f"SELECT {query}").fetchone()[0])


# -- restoring -----------------------------------------------------------------------------


@dataclass
class Inspection:
    """What a candidate file for a restore is: ``error`` when SQLite cannot read it at
    all, else the integrity check's lines and its migrations (``None``: no table)."""

    error: str | None = None
    integrity: list[str] = field(default_factory=list)
    migrations: list[str] | None = None
    tables: set[str] = field(default_factory=set)


def inspect_database(path: Path) -> Inspection:
    try:
        conn = connect_read_only(Path(path))
    except sqlite3.DatabaseError as error:
        return Inspection(error=str(error))
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        migrations = None
        if MIGRATIONS_TABLE in tables:
            rows = conn.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid", (MIGRATION_SET,)
            )
            migrations = [row[0] for row in rows]
        return Inspection(None, integrity, migrations, tables)
    except sqlite3.DatabaseError as error:
        return Inspection(error=str(error))
    finally:
        conn.close()


def library_page_size(library_path: Path) -> int:
    """The page size of the library file, read from its header (the default when the
    file is missing or damaged)."""
    try:
        with open(library_path, "rb") as file:
            header = file.read(18)
    except OSError:
        return PAGE_SIZE
    if len(header) < 18 or not header.startswith(b"SQLite format 3\x00"):
        return PAGE_SIZE
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size or PAGE_SIZE


def install_copy(staged: Path, library_path: Path) -> None:
    """Make the library's content that of ``staged`` (a checked copy in the same folder).

    Through the backup API into the library itself: one write transaction, so a program
    that has the library open sees the old content or the new, never a mix, and the
    library's WAL file stays consistent with it. A library too damaged to be written
    that way is replaced by renaming the copy over it."""
    try:
        _backup_onto(staged, library_path)
    except sqlite3.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise BriefingError("db_locked") from error
        if not any(word in str(error) for word in ("not a database", "malformed", "corrupt")):
            raise  # a library SQLite can still write is never swapped under a program using it
        for side in ("-wal", "-shm"):  # they belong to the damaged file
            with contextlib.suppress(FileNotFoundError):
                Path(f"{library_path}{side}").unlink()
        os.replace(staged, library_path)
        _fsync(Path(library_path).parent)


def _backup_onto(staged: Path, library_path: Path) -> None:
    source = sqlite3.connect(f"{Path(staged).resolve().as_uri()}?mode=ro", uri=True)
    try:
        library = sqlite3.connect(str(library_path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            library.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            library.execute("SELECT count(*) FROM sqlite_master").fetchone()  # "not a database" here, not halfway
            source.backup(library)
        finally:
            library.close()
    finally:
        source.close()


def remove_search_index(library_path: Path) -> None:
    """Delete the derived search index (``library.search.sqlite`` and its side files);
    it is rebuilt from the articles the next time the library is searched."""
    from db.fts import index_path

    index = index_path(Path(library_path))
    for name in (index, Path(f"{index}-wal"), Path(f"{index}-shm")):
        with contextlib.suppress(FileNotFoundError):
            name.unlink()


# -- checking --------------------------------------------------------------------------


def integrity_errors(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """``PRAGMA integrity_check``: an empty list when the file is sound."""
    lines = [row[0] for row in conn.execute(f"PRAGMA integrity_check({int(limit)})")]
    return [] if lines == ["ok"] else lines


def foreign_key_errors(conn: sqlite3.Connection) -> list[tuple[str, int, str]]:
    """(table, row id, referenced table) of every reference to a missing row."""
    return [(row[0], row[1], row[2]) for row in conn.execute("PRAGMA foreign_key_check")]


def bad_excerpt_offsets(conn: sqlite3.Connection) -> list[tuple[int, int, int, int, int]]:
    """(excerpt, article, start, end, body length) of excerpts outside their article's
    body. SQLite's length() and substr() count characters, as Python's str does."""
    return conn.execute(
        'SELECT e.id, e.article_id, e.start, e."end", length(a.body) FROM excerpts e'
        " JOIN articles a ON a.id = e.article_id"
        ' WHERE e.start < 0 OR e."end" <= e.start OR e."end" > length(a.body) ORDER BY e.id'
    ).fetchall()


def stale_excerpt_texts(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(excerpt, article) of excerpts whose snapshot differs from the body at their span."""
    return conn.execute(
        "SELECT e.id, e.article_id FROM excerpts e JOIN articles a ON a.id = e.article_id"
        ' WHERE e.start >= 0 AND e."end" > e.start AND e."end" <= length(a.body)'
        ' AND e.text IS NOT substr(a.body, e.start + 1, e."end" - e.start) ORDER BY e.id'
    ).fetchall()


def orphan_pending(conn: sqlite3.Connection) -> list[int]:
    """Ids in ``fts_pending`` with no article."""
    rows = conn.execute(
        "SELECT article_id FROM fts_pending WHERE article_id NOT IN (SELECT id FROM articles) ORDER BY article_id"
    )
    return [row[0] for row in rows]


def theme_parents(conn: sqlite3.Connection) -> dict[int, tuple[str, int | None]]:
    """Every theme: id -> (name, parent id)."""
    return {row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, name, parent_id FROM themes")}


def dangling_items(conn: sqlite3.Connection) -> list[tuple[int, int]]:
    """(item, excerpt) of briefing items whose excerpt does not exist."""
    return conn.execute(
        "SELECT i.id, i.excerpt_id FROM briefing_items i"
        " WHERE i.excerpt_id IS NOT NULL AND i.excerpt_id NOT IN (SELECT id FROM excerpts) ORDER BY i.id"
    ).fetchall()


def empty_items(conn: sqlite3.Connection) -> list[int]:
    """Briefing items with neither an excerpt nor any text of their own."""
    rows = conn.execute(
        "SELECT id FROM briefing_items WHERE excerpt_id IS NULL"
        " AND trim(coalesce(free_text, '')) = '' AND trim(coalesce(text_override, '')) = '' ORDER BY id"
    )
    return [row[0] for row in rows]
