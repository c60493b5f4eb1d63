"""Import batches, imported files and sources."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from db.connection import inserted_id
from db.library import Library


def start_batch(library: Library, *, source_hint: str | None, date_hint: str | None, files_total: int) -> int:
    with library.write():
        cursor = library.conn.execute(
            "INSERT INTO import_batches(source_hint, date_hint, files_total) VALUES (?, ?, ?)",
            (source_hint, date_hint, files_total),
        )
    return inserted_id(cursor)


def batch_exists(library: Library, batch_id: int) -> bool:
    """Whether the batch is still in the library (a restore replaces the whole content)."""
    return library.conn.execute("SELECT 1 FROM import_batches WHERE id = ?", (batch_id,)).fetchone() is not None


def finish_batch(library: Library, batch_id: int, *, outcome: str, counts: dict[str, int]) -> None:
    with library.write():
        library.conn.execute(
            "UPDATE import_batches SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), outcome = ?,"
            " files_imported = ?, files_duplicate = ?, files_failed = ? WHERE id = ?",
            (outcome, counts.get("imported", 0), counts.get("duplicate", 0), counts.get("failed", 0), batch_id),
        )


@dataclass
class FileRecord:
    batch_id: int
    path: str
    status: str
    sha256: str | None = None
    size: int | None = None
    format: str | None = None
    encoding: str | None = None
    error_code: str | None = None
    error: str | None = None
    source_id: int | None = None
    published: str | None = None
    page: str | None = None
    duplicate_of: int | None = None


def record_file(library: Library, record: FileRecord) -> int:
    """Insert one import_files row (inside the caller's transaction if there is one)."""
    cursor = library.conn.execute(
        "INSERT INTO import_files(batch_id, path, sha256, size, format, encoding, status, error_code,"
        " error, source_id, published, page, duplicate_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            record.batch_id,
            record.path,
            record.sha256,
            record.size,
            record.format,
            record.encoding,
            record.status,
            record.error_code,
            record.error,
            record.source_id,
            record.published,
            record.page,
            record.duplicate_of,
        ),
    )
    return inserted_id(cursor)


def imported_file_with_hash(library: Library, sha256: str) -> int | None:
    row = library.conn.execute(
        "SELECT id FROM import_files WHERE sha256 = ? AND status = 'imported'", (sha256,)
    ).fetchone()
    return int(row[0]) if row else None


def is_duplicate_hash_error(error: sqlite3.IntegrityError) -> bool:
    """True when another process imported the same file first (the unique index fired)."""
    return "import_files.sha256" in str(error)


def source_id(library: Library, name: str | None, kind: str = "newspaper") -> int | None:
    """The id of the source called ``name``, created on first use."""
    if not name:
        return None
    row = library.conn.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
    if row:
        return int(row[0])
    cursor = library.conn.execute("INSERT INTO sources(name, kind) VALUES (?, ?)", (name, kind))
    return inserted_id(cursor)


def articles_of_file(library: Library, import_file_id: int) -> list[dict]:
    rows = library.conn.execute(
        "SELECT id, title FROM articles WHERE import_file_id = ? ORDER BY position", (import_file_id,)
    ).fetchall()
    return [{"id": row[0], "title": row[1]} for row in rows]


def page_article_ids(library: Library, path: str) -> list[int]:
    """Every article printed in an imported file, in page order — reprints linked to an
    earlier article included (as that article's id)."""
    row = library.conn.execute(
        "SELECT id FROM import_files WHERE path = ? AND status = 'imported'", (path,)
    ).fetchone()
    if row is None:
        return []
    return [
        article_id
        for (article_id,) in library.conn.execute(
            "SELECT article_id FROM article_appearances WHERE import_file_id = ? ORDER BY id", (row[0],)
        )
    ]
