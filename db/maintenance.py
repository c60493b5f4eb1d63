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
import hashlib
import json
import os
import re
import shutil
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from composer.common.messages import BriefingError
from db.connection import (
    BUSY_TIMEOUT_MS,
    MIGRATION_SET,
    MIGRATIONS_TABLE,
    PAGE_SIZE,
    connect_read_only,
    held_by_this_process,
    held_key,
    read_header,
)

BACKUP_FOLDER = "backups"
AUTO_BACKUPS_KEPT = 10  # copies made before restoring again, unchanged since the last restore, kept per library
AUTO_LABEL = "before"  # library-before-m004-….sqlite, library-before-restore-….sqlite
RESTORE_LABEL = f"{AUTO_LABEL}-restore"  # the library as it was before a series of restores: kept
AGAIN_LABEL = f"{AUTO_LABEL}-restore-again"  # before restoring again, the library unchanged since the last restore
RESCUED_LABEL = "rescued"  # library-rescued-….sqlite: what a program had when its -wal file vanished


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


def automatic_pattern(library_path: Path, label: str = AUTO_LABEL) -> str:
    """The names of a library's automatic backups with ``label`` (by default all of them:
    before a migration, before a restore, before restoring again)."""
    return f"{Path(library_path).stem}-{label}-*.sqlite"


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
    partial = _partial(target)
    remove_dead_partials(target.parent)
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
    too damaged for SQLite to read; written under a temporary name like any backup.
    Never while this process holds the library through SQLite (see db.connection)."""
    partial = _partial(Path(target))
    try:
        if held_by_this_process(Path(source)):
            raise OSError(f"{source} is open in this program")
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


def _partial(target: Path) -> Path:
    """The temporary name a copy is written under: hidden, and naming the process that
    writes it, so a later run can tell a killed copy's leftover from one in progress."""
    return target.with_name(f".{target.name}.{os.getpid()}.partial")


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
    (``backups/library-before-m004-….sqlite``). Never pruned automatically: each is the
    only copy of the library as an older version left it."""
    target = backup_path(library_path, f"{AUTO_LABEL}-{migration.split('_')[0]}")
    try:
        copy_database(library_path, target)
    except (BriefingError, sqlite3.DatabaseError) as error:
        raise BriefingError("db_backup_failed", reason=str(error)) from error
    return target


def rescue_copy(connection: sqlite3.Connection, library_path: Path) -> Path | None:
    """Copy what ``connection`` sees — the library with the work in its own, possibly
    deleted, -wal file — to ``backups/library-rescued-….sqlite``; None if that fails.
    Through this connection only: a new one would open whatever -wal file is at the
    library's side now."""
    target = backup_path(library_path, RESCUED_LABEL)
    partial = _partial(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy = sqlite3.connect(partial)
        try:
            connection.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        _fsync(partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        return None
    return target


def rescued_copies(library_path: Path) -> list[Path]:
    """The rescued copies waiting in ``backups/`` for a person to look at them."""
    return sorted(backup_folder(library_path).glob(automatic_pattern(library_path, RESCUED_LABEL)))


# -- leftovers of killed copies -----------------------------------------------------------------

# ``.<copy>.sqlite.<pid>.partial`` (and its journal while SQLite writes it): only names this
# module makes, so that another program's hidden files in the same folder are never touched.
_PARTIAL = re.compile(r"^\..+\.sqlite\.(\d+)\.partial(-journal)?$")


def remove_dead_partials(folder: Path) -> list[Path]:
    """Delete the temporary files of copies whose process no longer runs (a backup or a
    restore that was killed): each is as large as the library, and hidden."""
    return _remove_dead(Path(folder), _PARTIAL)


def remove_leftovers(library_path: Path) -> list[Path]:
    """Leftovers of killed backups and restores of this library: a restore's checked copy
    next to it (and that copy's own temporary file), copies in ``backups/``."""
    library_path = Path(library_path)
    name = re.escape(library_path.name)
    staged = re.compile(rf"^\.{name}\.restore-(\d+)(-journal)?$")
    staging = re.compile(rf"^\.\.{name}\.restore-\d+\.(\d+)\.partial(-journal)?$")
    removed = _remove_dead(library_path.parent, staged) + _remove_dead(library_path.parent, staging)
    return removed + remove_dead_partials(library_path.parent) + remove_dead_partials(backup_folder(library_path))


def _remove_dead(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    removed = []
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.startswith(".")]
    except OSError:
        return []
    for name in names:
        found = pattern.match(name)
        if found and not process_alive(int(found.group(1))):
            with contextlib.suppress(OSError):
                (folder / name).unlink()
                removed.append(folder / name)
    return removed


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs (a reused id counts as running: a leftover is
    then kept, never a copy in progress deleted)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # ERROR_ACCESS_DENIED: it exists
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, but belongs to someone else
    return True


# -- series of restores -----------------------------------------------------------------------
#
# Restoring one backup after another (looking for the right one) makes a copy of the library
# before each restore. The copy made before the first restore of such a series is the only
# copy of the library as staff left it, and is kept; the later ones are copies of backups that
# were just restored (the library unchanged since), and only the newest of them are kept. A
# restore continues a series when the library is, page for page, what the last restore
# installed: its digest is noted in ``backups/.<library>.restored``.


def content_digest(path: Path) -> str:
    """SHA-256 of a database copy made by ``copy_database``, leaving out the header fields
    SQLite rewrites without changing content (change counter, versions, journal mode)."""
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        header = bytearray(file.read(100))
        for start, end in ((18, 20), (24, 28), (92, 100)):
            header[start:end] = bytes(end - start)
        digest.update(header)
        while chunk := file.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _restore_note(library_path: Path) -> Path:
    return backup_folder(library_path) / f".{Path(library_path).stem}.restored"


def note_restored(library_path: Path, digest: str) -> None:
    """Remember what a restore just installed (see above)."""
    with contextlib.suppress(OSError):
        _restore_note(library_path).write_text(digest + "\n", encoding="ascii")


def unchanged_since_restore(library_path: Path, copy: Path) -> bool:
    """Whether ``copy`` (of the library, just made) is what the last restore installed."""
    try:
        noted = _restore_note(library_path).read_text(encoding="ascii").strip()
    except OSError:
        return False
    return bool(noted) and noted == content_digest(copy)


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
    file is missing or damaged, or this process has it open)."""
    header = read_header(Path(library_path), 18)
    if header is None or len(header) < 18 or not header.startswith(b"SQLite format 3\x00"):
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


def quick_check(conn: sqlite3.Connection, limit: int = 5) -> list[str]:
    """``PRAGMA quick_check``: an empty list when the file is sound. It reads every page
    (docs/data-safety.md has its cost), but skips comparing indexes with their tables."""
    try:
        lines = [row[0] for row in conn.execute(f"PRAGMA quick_check({int(limit)})")]
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return [] if lines == ["ok"] else lines


def check_copy(path: Path) -> list[str]:
    """The quick check of a backup just written (a consistent copy, checked without
    keeping anyone waiting); an empty list when it is sound."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        return quick_check(conn)
    finally:
        conn.close()


# -- "as Briefing Composer left it" --------------------------------------------------------------
#
# The quick check reads every page: 0.4 s for 100,000 articles on a warm disk cache, seconds on a
# cold one (docs/data-safety.md). So a program that found the library sound, or closed it last
# with nothing wrong found, notes the file's identity, size and modification time in the user's
# cache folder, and the next program skips the check while all three are unchanged. Damage
# from outside — a copy stopped halfway, a sync client, a file copied over it, a tool writing
# into it — changes at least one of them; damage that does not (a disk flipping bits) is found
# by `briefing check` and by the check of every backup.

SOUND_FILES_KEPT = 50  # libraries remembered in the cache


def _sound_notes() -> Path:
    from db.location import cache_folder

    return cache_folder() / "sound-libraries.json"


def file_stamp(path: Path) -> list[int] | None:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return [found.st_ino, found.st_size, found.st_mtime_ns]


def left_sound(path: Path) -> bool:
    """Whether the library file is as a program that found it sound left it."""
    stamp = file_stamp(path)
    return stamp is not None and _read_notes().get(held_key(path)) == stamp


def note_sound(path: Path) -> None:
    """Remember the library file as it is now as sound (best effort: the cache may be lost)."""
    stamp = file_stamp(path)
    if stamp is not None:
        _write_note(path, stamp)


def forget_sound(path: Path) -> None:
    """Damage was found (by a check, in a backup): the next program must check again."""
    _write_note(path, None)


def _write_note(path: Path, stamp: list[int] | None) -> None:
    notes = _read_notes()
    notes.pop(held_key(path), None)
    if stamp is not None:
        notes[held_key(path)] = stamp
    kept = dict(list(notes.items())[-SOUND_FILES_KEPT:])
    target = _sound_notes()
    partial = _partial(target)
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
        os.replace(partial, target)


def _read_notes() -> dict[str, list[int]]:
    try:
        found = json.loads(_sound_notes().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


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
