"""Full-text search SQL: the index file attached to a read connection of the library.

The index (db/fts.py) is a file of its own; a search needs it *and* the library (dates,
sources, themes, excerpts), so searches run on a read-only connection of the library
with the index attached as ``idx`` — one statement joins both, and the library's
writer connection is left alone. The FTS5 expression comes from composer/search/query.py and
holds only bigram and ASCII tokens; filters are bound parameters. With no expression (None:
filters without words) the index is read in key order without MATCH — its keys carry the
date, so the newest-first walk and the date range work the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from db.connection import BUSY_TIMEOUT_MS, connect_read_only, writable
from db.excerpts import ExcerptFilter, filter_sql
from db.fts import index_path, key_range
from db.library import Library

# bm25 weights of the index columns (title, body): a word in the title counts four times.
TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0


@dataclass
class ArticleFilter:
    """Conditions on articles; None: no condition."""

    from_date: str | None = None  # YYYY-MM-DD, inclusive
    to_date: str | None = None
    source: str | None = None  # any printing of the article (a reprint's source counts)
    theme: str | None = None  # article theme, a group standing for its subtree; rejected tags do not count


@dataclass
class ArticleRow:
    id: int
    title: str
    published: str | None
    source: str | None
    score: float | None


@dataclass
class ExcerptRow:
    id: int
    article_id: int
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    title: str
    published: str | None
    source: str | None


def _reader(library: Library) -> sqlite3.Connection:
    connection = library.cache.get("search_reader")
    if not isinstance(connection, sqlite3.Connection):
        connection = connect_read_only(library.path)
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        index = index_path(library.path)
        # On a read-only medium SQLite cannot make the index's -shm file: nobody is
        # writing there, so it may read the file as immutable.
        mode = "ro" if writable(index) else "ro&immutable=1"
        connection.execute("ATTACH DATABASE ? AS idx", (f"{index.resolve().as_uri()}?mode={mode}",))
        library.cache["search_reader"] = connection
    return connection


def _article_conditions(filters: ArticleFilter) -> tuple[str, list[object]]:
    """Conditions on ``articles a`` and the index row ``articles_fts`` (dates: its key)."""
    low, high = key_range(filters.from_date, filters.to_date)
    clauses = ["articles_fts.rowid BETWEEN ? AND ?"]
    parameters: list[object] = [low, high]
    if filters.source:
        clauses.append(
            "EXISTS (SELECT 1 FROM article_appearances p JOIN sources ps ON ps.id = p.source_id"
            " WHERE p.article_id = a.id AND ps.name = ?)"
        )
        parameters.append(filters.source)
    if filters.theme:
        clauses.append(
            "EXISTS (SELECT 1 FROM article_themes at WHERE at.article_id = a.id AND at.status != 'rejected'"
            " AND at.theme_id IN (WITH RECURSIVE tree(id) AS (SELECT id FROM themes WHERE name = ?"
            " UNION SELECT t.id FROM themes t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree))"
        )
        parameters.append(filters.theme)
    return " AND ".join(clauses), parameters


# The index row's key holds the article id in its low 32 bits (db/fts.py).
_JOINED = (
    f" FROM idx.articles_fts JOIN articles a ON a.id = (articles_fts.rowid & {0xFFFFFFFF})"
    " LEFT JOIN sources s ON s.id = a.source_id WHERE "
)


def _match(expression: str | None) -> tuple[str, list[object]]:
    """The MATCH condition, or none when only filters are asked for."""
    return ("articles_fts MATCH ?", [expression]) if expression is not None else ("1", [])


def newest_articles(library: Library, expression: str | None, filters: ArticleFilter, limit: int,
                    offset: int = 0) -> list[ArticleRow]:
    """Matching articles, newest publication first: the index yields its rows in key
    (= date) order and SQLite stops after ``limit`` of them pass the filters."""
    where, parameters = _article_conditions(filters)
    match, matched = _match(expression)
    rows = _reader(library).execute(
        f"SELECT a.id, a.title, a.published, s.name, NULL {_JOINED} {match} AND {where}"
        " ORDER BY articles_fts.rowid DESC LIMIT ? OFFSET ?",
        [*matched, *parameters, limit, offset],
    ).fetchall()
    return [ArticleRow(*row) for row in rows]


def relevant_articles(library: Library, expression: str, filters: ArticleFilter, limit: int,
                      offset: int = 0, window: int | None = None) -> tuple[list[ArticleRow], bool]:
    """Matching articles, most relevant first (FTS5's bm25, titles weighted; negated so
    that more is better), and whether the ``window`` cut: only the newest ``window``
    matches are ranked — bm25 costs 2–4 µs per matching article, too much for a word in
    97,000 of them. Without source or theme filters the index alone ranks (the join
    with the library doubled the time) and only the top rows are read from the library."""
    where, parameters = _article_conditions(filters)
    reader = _reader(library)
    index_only = not (filters.source or filters.theme)
    source = " FROM idx.articles_fts WHERE articles_fts MATCH ?" if index_only else _JOINED + "articles_fts MATCH ?"
    cut = False
    if window is not None:
        oldest = reader.execute(
            f"SELECT articles_fts.rowid {source} AND {where} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?",
            [expression, *parameters, window - 1],
        ).fetchone()
        if oldest is not None:
            where, parameters, cut = f"{where} AND articles_fts.rowid >= ?", [*parameters, oldest[0]], True
    score = f"-bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})"
    ranked = reader.execute(
        f"SELECT articles_fts.rowid & {0xFFFFFFFF}, {score} AS score {source} AND {where}"
        " ORDER BY score DESC, articles_fts.rowid DESC LIMIT ? OFFSET ?",
        [expression, *parameters, limit, offset],
    ).fetchall()
    if not ranked:
        return [], cut
    marks = ",".join("?" * len(ranked))
    found: dict[int, tuple[int, str, str | None, str | None]] = {
        row[0]: row
        for row in reader.execute(
            f"SELECT a.id, a.title, a.published, s.name FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
            f" WHERE a.id IN ({marks})", [article_id for article_id, _ in ranked],
        )
    }
    return [ArticleRow(*found[article_id], score) for article_id, score in ranked if article_id in found], cut


def count_articles(library: Library, expression: str | None, filters: ArticleFilter) -> int:
    where, parameters = _article_conditions(filters)
    match, matched = _match(expression)
    if where == "articles_fts.rowid BETWEEN ? AND ?":  # the index alone can count
        return int(_reader(library).execute(
            f"SELECT count(*) FROM idx.articles_fts WHERE {match} AND {where}",
            [*matched, *parameters],
        ).fetchone()[0])
    return int(_reader(library).execute(f"SELECT count(*) {_JOINED} {match} AND {where}", [*matched, *parameters])
               .fetchone()[0])


def candidate_excerpts(library: Library, expression: str | None, filters: ArticleFilter,
                       selection: ExcerptFilter) -> Iterator[ExcerptRow]:
    """Excerpts that pass the filters, in articles the index matched (all articles, for
    no expression), newest article first, then in text order — streamed: the caller
    checks each text and stops when it has enough."""
    where, parameters = _article_conditions(filters)
    match, matched = _match(expression)
    excerpt_where, excerpt_parameters = filter_sql(selection)
    cursor = _reader(library).execute(
        'SELECT excerpts.id, excerpts.article_id, excerpts.start, excerpts."end", excerpts.text, excerpts.kind,'
        " excerpts.speaker_text, a.title, a.published, s.name"
        f" FROM idx.articles_fts JOIN articles a ON a.id = (articles_fts.rowid & {0xFFFFFFFF})"
        " JOIN excerpts ON excerpts.article_id = a.id LEFT JOIN sources s ON s.id = a.source_id"
        f" WHERE {match} AND {where} AND {excerpt_where}"
        " ORDER BY articles_fts.rowid DESC, excerpts.start",
        [*matched, *parameters, *excerpt_parameters],
    )
    for row in cursor:
        yield ExcerptRow(*row)


def article_texts(library: Library, ids: list[int], prefix: int | None = None) -> dict[int, tuple[str, str]]:
    """(title, body) of articles, for snippets; only the body's first ``prefix`` characters
    when the snippet is the beginning (a list by filters alone, no words to find)."""
    marks = ",".join("?" * len(ids))
    body = "body" if prefix is None else "substr(body, 1, ?)"
    parameters: list[object] = [*([] if prefix is None else [prefix]), *ids]
    return {
        row[0]: (row[1], row[2])
        for row in _reader(library).execute(f"SELECT id, title, {body} FROM articles WHERE id IN ({marks})",
                                            parameters)
    }


def all_texts(library: Library) -> Iterator[tuple[int, str, str]]:
    """Every article's (id, title, body) — for checking the index against a scan."""
    yield from _reader(library).execute("SELECT id, title, body FROM articles ORDER BY id")
