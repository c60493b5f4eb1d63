"""Articles: storing what the importer produced, reading them back for CLI and UI."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from composer.common.article import ParsedArticle
from db import fts
from db.connection import inserted_id
from db.library import Library
from db.themes import article_theme_names, theme_tags

# The listing fields of docs/cli.md ("briefing articles --json").
_LIST_COLUMNS = """
    a.id, a.title, a.kicker, a.subtitle, a.column_name, a.kind, a.byline, a.reporters,
    a.photographers, s.name AS source, a.published, a.event_date, a.chars
"""
_SORTS = {
    "published": "a.published DESC, a.id DESC",
    "id": "a.id",
    "title": "a.title, a.id",
    "source": "s.name, a.published DESC, a.id DESC",
}


@dataclass
class Placement:
    """Where an article was printed."""

    import_file_id: int | None
    source_id: int | None
    published: str | None
    page: str | None
    position: int


def insert_article(
    library: Library,
    article: ParsedArticle,
    placement: Placement,
    content_hash: str,
) -> int:
    """Store a new article and its first appearance, and queue it for the search index
    (``fts.flush_pending`` indexes the queue in one go)."""
    cursor = library.conn.execute(
        """INSERT INTO articles(import_file_id, position, source_id, published, page, kind, title, kicker,
               subtitle, column_name, byline, reporters, photographers, event_date, body, captions,
               subheads, continued_from, printed_source, content_hash, chars)
           VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
        (
            placement.import_file_id,
            placement.position,
            placement.source_id,
            placement.published,
            placement.page,
            article.kind,
            article.title,
            article.kicker,
            article.subtitle,
            article.column,
            article.byline,
            _json(article.reporters),
            _json(article.photographers),
            article.event_date,
            article.body,
            _json(article.captions),
            _json(article.subheads),
            article.continued_from,
            article.printed_source,
            content_hash,
            len(article.body),
        ),
    )
    article_id = inserted_id(cursor)
    library.note_changed("articles")  # for the app's pages (composer/common/changes.py)
    add_appearance(library, article_id, placement, article.title, similarity=1.0)
    fts.mark_pending(library, article_id)
    return article_id


def add_appearance(library: Library, article_id: int, placement: Placement, title: str, *, similarity: float) -> None:
    library.note_changed("article_appearances")
    library.conn.execute(
        "INSERT INTO article_appearances(article_id, source_id, published, page, title, import_file_id,"
        " similarity) VALUES (?,?,?,?,?,?,?)",
        (
            article_id,
            placement.source_id,
            placement.published,
            placement.page,
            title,
            placement.import_file_id,
            similarity,
        ),
    )


def delete_article(library: Library, article_id: int) -> bool:
    row = library.conn.execute("SELECT title, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return False
    with library.write():
        fts.remove_article(library, article_id, row[0], row[1])
        library.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        library.note_changed("articles")
    return True


def set_title(library: Library, article_id: int, title: str) -> bool:
    """Correct an article's title; the search index follows in the same step. (Bodies
    are not edited: excerpts point into them by offset.)"""
    row = library.conn.execute("SELECT title, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return False
    fts.unindex(library, article_id, row[0], row[1])  # the index file commits at once
    try:
        with library.write():
            library.conn.execute("UPDATE articles SET title = ? WHERE id = ?", (title, article_id))
            library.note_changed("articles")
            fts.mark_pending(library, article_id)  # indexed again, new title, by the next search
    except BaseException:
        with library.write():
            fts.mark_pending(library, article_id)  # the old title is out of the index: put it back
        raise
    return True


def id_with_content_hash(library: Library, content_hash: str) -> int | None:
    row = library.conn.execute(
        "SELECT id FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1", (content_hash,)
    ).fetchone()
    return int(row[0]) if row else None


def bodies(library: Library, article_ids: Iterable[int]) -> dict[int, str]:
    ids = list(article_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = library.conn.execute(f"SELECT id, body FROM articles WHERE id IN ({marks})", ids)
    return {int(row[0]): row[1] for row in rows}


def count_articles(library: Library) -> int:
    return int(library.conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def list_articles(
    library: Library, *, limit: int | None = None, offset: int = 0, sort: str = "published"
) -> list[dict]:
    order = _SORTS.get(sort, _SORTS["published"])
    sql = f"SELECT {_LIST_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY {order}"
    parameters: list[object] = []
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        parameters += [limit, offset]
    rows = [_listing(row) for row in library.conn.execute(sql, parameters)]
    themes = article_theme_names(library, [row["id"] for row in rows])
    for row in rows:
        row["themes"] = themes.get(row["id"], [])
    return rows


def get_article(library: Library, article_id: int) -> dict | None:
    row = library.conn.execute(
        f"SELECT {_LIST_COLUMNS}, a.body, a.captions, a.subheads, a.page, a.continued_from,"
        " a.printed_source FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return None
    article = _listing(row[:13])
    article.update(
        text=row[13],
        captions=json.loads(row[14]),
        subheads=json.loads(row[15]),
        page=row[16],
        continued_from=row[17],
        printed_source=row[18],
        appearances=appearances(library, article_id),
    )
    article["themes"] = article_theme_names(library, [article_id]).get(article_id, [])
    article["theme_tags"] = theme_tags(library, "article", [article_id]).get(article_id, [])
    return article


def appearances(library: Library, article_id: int) -> list[dict]:
    rows = library.conn.execute(
        "SELECT s.name, p.published, p.page, p.title, p.similarity FROM article_appearances p"
        " LEFT JOIN sources s ON s.id = p.source_id WHERE p.article_id = ? ORDER BY p.id",
        (article_id,),
    )
    return [
        {"source": r[0], "published": r[1], "page": r[2], "title": r[3], "similarity": round(r[4], 3)} for r in rows
    ]


def appearances_of(library: Library, article_ids: list[int]) -> dict[int, list[dict]]:
    """``appearances`` of many articles at once."""
    found: dict[int, list[dict]] = {}
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for article_id, source, published, page in library.conn.execute(
            "SELECT p.article_id, s.name, p.published, p.page FROM article_appearances p"
            f" LEFT JOIN sources s ON s.id = p.source_id WHERE p.article_id IN ({marks}) ORDER BY p.id",
            chunk,
        ):
            found.setdefault(article_id, []).append({"source": source, "published": published, "page": page})
    return found


def _listing(row: tuple) -> dict:
    return {
        "id": row[0],
        "title": row[1],
        "kicker": row[2],
        "subtitle": row[3],
        "column": row[4],
        "kind": row[5],
        "byline": row[6],
        "reporters": json.loads(row[7]),
        "photographers": json.loads(row[8]),
        "source": row[9],
        "published": row[10],
        "event_date": row[11],
        "chars": row[12],
    }


def _json(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


# -- for lazy list models: all ids in display order, then rows page by page ------------

_ID_SORTS = {
    "published": "published {d}, id {d}",
    "title": "title {d}, id {d}",
    "kind": "kind {d}, id {d}",
    "chars": "chars {d}, id {d}",
    "id": "id {d}",
}


def sorted_ids(library: Library, sort: str = "published", descending: bool = True) -> list[int]:
    """Every article id in display order (about 30 ms for 100,000 articles)."""
    if sort == "source":
        order = "s.name {d}, a.published {d}, a.id {d}".format(d="DESC" if descending else "ASC")
        sql = f"SELECT a.id FROM articles a LEFT JOIN sources s ON s.id = a.source_id ORDER BY {order}"
    else:
        order = _ID_SORTS.get(sort, _ID_SORTS["published"]).format(d="DESC" if descending else "ASC")
        sql = f"SELECT id FROM articles ORDER BY {order}"
    return [row[0] for row in library.conn.execute(sql)]


def rows_for_ids(library: Library, ids: list[int]) -> dict[int, dict]:
    """Listing rows for a page of ids (used by the app's lazy table)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"SELECT {_LIST_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks})"
    rows = {row[0]: _listing(row) for row in library.conn.execute(sql, ids)}
    themes = article_theme_names(library, ids)
    for row in rows.values():
        row.update(themes=themes.get(row["id"], []), people=[], pending=0)
    for article_id, name in library.conn.execute(
        "SELECT DISTINCT e.article_id, p.name FROM excerpts e JOIN excerpt_people ep ON ep.excerpt_id = e.id"
        f" JOIN people p ON p.id = ep.person_id WHERE e.article_id IN ({marks}) AND e.status != 'rejected'"
        " AND p.role != 'reporter' ORDER BY p.name",
        ids,
    ):
        rows[article_id]["people"].append(name)
    for article_id, pending in library.conn.execute(
        f"SELECT article_id, count(*) FROM excerpts WHERE article_id IN ({marks}) AND status = 'suggested'"
        " AND kind = 'statement' GROUP BY article_id",
        ids,
    ):
        rows[article_id]["pending"] = pending
    return rows


def articles_for_tagging(library: Library, ids: list[int]) -> list[dict]:
    """What tagging reads of each article: text, headings, kind, date, bylines, subheads, captions."""
    found = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in library.conn.execute(
            f"SELECT id, body, kind, published, reporters, photographers, subheads, title, kicker, subtitle, byline,"
            f" captions FROM articles WHERE id IN ({marks})",
            chunk,
        ):
            found.append({
                "id": row[0], "body": row[1], "kind": row[2], "published": row[3],
                "reporters": json.loads(row[4]), "photographers": json.loads(row[5]), "subheads": json.loads(row[6]),
                "headings": [text for text in (row[8], row[7], row[9]) if text], "byline": row[10],
                "captions": json.loads(row[11]),
            })
    return found


def headed_bodies(library: Library, article_ids: list[int]) -> dict[int, tuple[str, str]]:
    """(headings, body) of articles: title, kicker, subtitle and subheads joined, and the text."""
    found = {}
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for row in library.conn.execute(
            f"SELECT id, title, kicker, subtitle, subheads, body FROM articles WHERE id IN ({marks})", chunk
        ):
            headings = [row[1], row[2] or "", row[3] or "", *json.loads(row[4])]
            found[int(row[0])] = ("\n".join(h for h in headings if h), row[5])
    return found
