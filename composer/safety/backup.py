"""Backups and restoring a backup (checking a library is in ``check.py``).

The library is an office's record of years of reading; these are the functions the CLI
(``briefing backup/restore/check``) and the app call to keep it. The SQL and the file
handling are in ``db/maintenance.py``; here are the decisions: where backups go, which
files may replace a library, and what counts as a problem and how to say it.

The search index (``library.search.sqlite``) is never backed up or restored: it is
derived from the articles and rebuilt when missing (``db/fts.py``).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from composer.common.messages import BriefingError, Message
from db import maintenance

AUTO_BACKUPS_KEPT = maintenance.AUTO_BACKUPS_KEPT


@dataclass(frozen=True)
class Backup:
    path: Path
    bytes: int
    damage: tuple[str, ...] = ()  # what the quick check of the copy found: the library is damaged

    def as_json(self) -> dict:
        shown: dict = {"backup": str(self.path), "bytes": self.bytes}
        if self.damage:
            shown["damage"] = list(self.damage)
        return shown


def backup_library(library_path: str | Path, target: str | Path | None = None, *, label: str | None = None) -> Backup:
    """Copy the library to ``target`` — a file, or a folder to put a dated file in —
    by default ``backups/library-2026-11-25T0700.sqlite`` next to it. Safe while another
    program writes to the library. ``label`` marks the name (``library-auto-…``) of
    backups the app makes on a schedule, so ``prune_backups`` can keep the newest.

    The copy is then quick-checked: a damaged library is still copied (it may be the best
    copy there is), and ``damage`` says what is wrong, so the caller warns — a backup of
    a damaged library must not pass for a good one."""
    library_path = Path(library_path)
    if not library_path.is_file():
        raise BriefingError("file_missing", path=str(library_path))
    if target is None or Path(target).is_dir():
        target = maintenance.backup_path(library_path, label, Path(target) if target else None)
    target = Path(target)
    if _same_file(target, library_path):
        raise BriefingError("backup_same_file", path=str(target))
    try:
        size = maintenance.copy_database(library_path, target)
    except sqlite3.DatabaseError as error:
        if "malformed" in str(error) or "corrupt" in str(error):
            raise BriefingError("backup_damaged", path=str(library_path), detail=str(error)) from error
        raise BriefingError("db_not_library", path=str(library_path), reason=str(error)) from error
    damage = tuple(maintenance.check_copy(target))
    if damage:
        maintenance.forget_sound(library_path)  # the next program to write checks the library itself
    return Backup(target, size, damage)


def prune_backups(folder: str | Path, keep: int = AUTO_BACKUPS_KEPT, pattern: str = "*-before-*.sqlite") -> list[Path]:
    """Keep the ``keep`` newest backups in ``folder`` whose names match ``pattern`` (by
    default the automatic ones made before a migration or a restore). This is pruning
    a person (or the app's settings) asks for: the automatic pruning after a restore
    touches only the copies made before restoring *again* (see ``restore_library``)."""
    return maintenance.prune_backups(Path(folder), keep, pattern)


# -- restore ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Restored:
    library: Path
    source: Path
    previous: Path | None  # the library as it was, kept in backups/ (None: there was none)

    def as_json(self) -> dict:
        return {
            "restored": str(self.source),
            "library": str(self.library),
            "previous": str(self.previous) if self.previous else None,
        }


def restore_library(library_path: str | Path, source: str | Path) -> Restored:
    """Replace the library's content with the backup ``source``.

    The file is copied next to the library first and the *copy* is checked (it is what
    will be installed): SQLite can read it, ``PRAGMA integrity_check`` passes, it is a
    Briefing Composer library and not from a newer version. Only then is the current
    library copied to ``backups/library-before-restore-….sqlite`` and replaced, in one
    transaction. A file that fails a check raises an error and changes nothing. The
    search index is deleted, to be rebuilt from the restored articles.

    Of the copies made before restoring, the one made before the first restore of a
    series (restores with no other change to the library in between) is kept until a
    person deletes it; the later ones, copies of backups just restored, are pruned to
    the newest ``AUTO_BACKUPS_KEPT``. Leftovers of a killed restore are removed first."""
    library_path, source = Path(library_path), Path(source)
    if not source.is_file():
        raise BriefingError("restore_not_found", path=str(source))
    if library_path.exists() and _same_file(source, library_path):
        raise BriefingError("restore_same_file", path=str(source))
    _refuse_foreign(library_path)
    library_path.parent.mkdir(parents=True, exist_ok=True)
    maintenance.remove_leftovers(library_path)
    staged = library_path.with_name(f".{library_path.name}.restore-{os.getpid()}")
    try:
        _stage(source, staged, library_path)
        _validate(staged, source)
        installed = maintenance.content_digest(staged)
        previous = _keep_current(library_path)
        maintenance.install_copy(staged, library_path)
        maintenance.note_restored(library_path, installed)
    finally:
        staged.unlink(missing_ok=True)
    maintenance.remove_search_index(library_path)
    return Restored(library_path, source, previous)


def _refuse_foreign(library_path: Path) -> None:
    """``--db`` naming another program's database: a restore would replace its content."""
    if not library_path.is_file() or library_path.stat().st_size == 0:
        return
    found = maintenance.inspect_database(library_path)
    if found.error is None and found.tables and not found.migrations:
        shown = "、".join(sorted(found.tables)[:5])
        raise BriefingError("db_foreign", path=str(library_path), tables=shown)


def _stage(source: Path, staged: Path, library_path: Path) -> None:
    try:
        maintenance.copy_database(source, staged, maintenance.library_page_size(library_path))
    except sqlite3.DatabaseError as error:
        raise _unreadable(source, str(error)) from error


def _unreadable(source: Path, reason: str) -> BriefingError:
    if "malformed" in reason or "corrupt" in reason:
        return BriefingError("restore_damaged", path=str(source), detail=reason)
    return BriefingError("restore_not_sqlite", path=str(source))


def _validate(staged: Path, source: Path) -> None:
    from db.schema import SCHEMA_VERSION, known_migrations

    found = maintenance.inspect_database(staged)
    if found.error:
        raise _unreadable(source, found.error)
    if found.integrity != ["ok"]:
        raise BriefingError("restore_damaged", path=str(source), detail="; ".join(found.integrity[:3]))
    if not found.migrations or "articles" not in found.tables:
        reason = Message("restore_reason_no_migrations" if found.migrations is None else "restore_reason_empty")
        raise BriefingError("restore_not_library", path=str(source), reason=reason)
    known = known_migrations()
    if set(found.migrations) - set(known):
        raise BriefingError("restore_newer", path=str(source), found=len(found.migrations), supported=SCHEMA_VERSION)
    if found.migrations[0] != known[0]:
        raise BriefingError("restore_not_library", path=str(source), reason=Message("restore_reason_empty"))


def _keep_current(library_path: Path) -> Path | None:
    """Copy the library as it is into backups/ before it is replaced; a library too
    damaged for SQLite to copy is kept as its raw bytes."""
    if not library_path.is_file() or library_path.stat().st_size == 0:
        return None
    target = maintenance.backup_path(library_path, maintenance.RESTORE_LABEL)
    try:
        maintenance.copy_database(library_path, target)
    except sqlite3.DatabaseError:
        maintenance.copy_raw(library_path, target)
        return target
    if not maintenance.unchanged_since_restore(library_path, target):
        return target  # the first of a series: the library as staff left it, kept
    again = maintenance.backup_path(library_path, maintenance.AGAIN_LABEL)
    os.replace(target, again)
    pattern = maintenance.automatic_pattern(library_path, maintenance.AGAIN_LABEL)
    maintenance.prune_backups(again.parent, AUTO_BACKUPS_KEPT, pattern)
    return again


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False
