"""Library-wide figures for ``briefing info`` and the app's status bar."""

from __future__ import annotations

from db.library import Library, schema_version

_COUNTED = ("articles", "sources", "import_files", "people", "themes", "excerpts", "briefings")


def library_info(library: Library) -> dict:
    counts = {}
    for table in _COUNTED:  # fixed table names, never user input
        counts[table] = int(library.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    page_size = library.conn.execute("PRAGMA page_size").fetchone()[0]
    pages = library.conn.execute("PRAGMA page_count").fetchone()[0]
    return {
        "library": str(library.path),
        "schema_version": schema_version(library),
        "counts": counts,
        "size_bytes": int(page_size) * int(pages),
    }
