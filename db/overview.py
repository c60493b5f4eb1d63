"""The overview's SQL: statements with their speaker, themes and date."""

from __future__ import annotations

from collections.abc import Iterator

from db.library import Library


def statement_rows(library: Library, status: str | None) -> Iterator[tuple[int, str, str | None, str | None]]:
    """(excerpt id, speaker name, theme name or None, publication date) per statement and
    theme; rejected statements and rejected theme tags never count."""
    condition = "e.status = ?" if status else "e.status != 'rejected'"
    parameters = [status] if status else []
    yield from library.conn.execute(
        "SELECT e.id, COALESCE(p.name, e.speaker_text), t.name, a.published FROM excerpts e"
        " JOIN articles a ON a.id = e.article_id LEFT JOIN people p ON p.id = e.speaker_person_id"
        " LEFT JOIN excerpt_themes et ON et.excerpt_id = e.id AND et.status != 'rejected'"
        " LEFT JOIN themes t ON t.id = et.theme_id"
        f" WHERE e.kind = 'statement' AND {condition} AND COALESCE(p.name, e.speaker_text) IS NOT NULL",
        parameters,
    )
