"""The library file: settings, schema for the whole product, migrations, versions."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from composer.common.messages import BriefingError
from db import fts, open_library, schema_version
from db.schema import SCHEMA_VERSION


def test_new_library_settings(library_path: Path) -> None:
    with open_library(library_path) as library:
        pragma = lambda name: library.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 10_000
        assert pragma("page_size") == 8192
        assert schema_version(library) == SCHEMA_VERSION


def test_schema_covers_the_whole_product(library_path: Path) -> None:
    with open_library(library_path) as library:
        tables = set(library.db.table_names())
        columns = {t: {c.name for c in library.db[t].columns} for t in tables}
    assert {
        "sources",
        "import_batches",
        "import_files",
        "articles",
        "article_appearances",
        "people",
        "person_aliases",
        "person_titles",
        "themes",
        "excerpts",
        "excerpt_themes",
        "excerpt_people",
        "article_themes",
        "briefings",
        "briefing_sections",
        "briefing_items",
        "change_log",
        "settings",
        "fts_pending",
    } <= tables
    assert {
        "title",
        "kicker",
        "subtitle",
        "column_name",
        "byline",
        "reporters",
        "photographers",
        "source_id",
        "published",
        "page",
        "event_date",
        "kind",
        "body",
        "captions",
        "content_hash",
    } <= columns["articles"]
    assert {"path", "sha256", "encoding", "status", "error"} <= columns["import_files"]
    assert {
        "article_id",
        "start",
        "end",
        "text",
        "kind",
        "speaker_person_id",
        "speaker_text",
        "verb",
        "origin",
        "status",
        "confidence",
    } <= columns["excerpts"]
    assert {"title", "organisation", "valid_from", "valid_to"} <= columns["person_titles"]
    assert "parent_id" in columns["themes"]
    assert {"group_id", "before", "after", "undone"} <= columns["change_log"]


def test_excerpt_offsets_are_checked(library_path: Path) -> None:
    with open_library(library_path) as library, library.write():
        library.conn.execute("INSERT INTO articles(id, title, body, content_hash) VALUES (1, 't', '正文', 'h')")
        with pytest.raises(sqlite3.IntegrityError):
            library.conn.execute("INSERT INTO excerpts(article_id, start, \"end\", text) VALUES (1, 2, 1, 'x')")
        with pytest.raises(sqlite3.IntegrityError):
            library.conn.execute("INSERT INTO excerpts(article_id, start, \"end\", text) VALUES (99, 0, 1, 'x')")


def test_reopening_applies_nothing_twice(library_path: Path) -> None:
    open_library(library_path).close()
    with open_library(library_path) as library:
        rows = library.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert rows == SCHEMA_VERSION


def test_two_programs_creating_the_same_library_at_once(library_path: Path) -> None:
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            open_library(library_path).close()
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_library(library_path) as library:
        assert library.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] == SCHEMA_VERSION


def test_a_library_from_a_newer_version_is_refused(library_path: Path) -> None:
    with open_library(library_path) as library, library.write():
        library.conn.execute(
            "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('briefing', 'm999_future', 'x')"
        )
    with pytest.raises(BriefingError) as caught:
        open_library(library_path)
    assert caught.value.code == "db_newer" and "更新版本" in str(caught.value)


def test_read_only_open_and_missing_file(tmp_path: Path, library_path: Path) -> None:
    open_library(library_path).close()
    with open_library(library_path, read_only=True) as library, pytest.raises(sqlite3.OperationalError):
        library.conn.execute("INSERT INTO settings VALUES ('k', 'v')")
    with pytest.raises(BriefingError) as caught:
        open_library(tmp_path / "absent.sqlite", create=False)
    assert caught.value.code == "file_missing"


def test_a_lost_search_index_is_rebuilt(library_path: Path) -> None:
    from composer.ingest.importer import import_paths
    from tests.conftest import REPO

    with open_library(library_path) as library:
        import_paths(library, [next((REPO / "composer" / "demo").glob("*.txt"))])
    index = fts.index_path(library_path)
    for leftover in index.parent.glob(index.name + "*"):
        leftover.unlink()
    with open_library(library_path) as library:
        rebuilt = fts.ensure_index(library)
        indexed = fts.search_index(library).count()
        articles = library.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert rebuilt == indexed == articles > 0
