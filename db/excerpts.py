"""Excerpts: spans of an article's text (statements, mentions, hand-made excerpts)."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.library import Library

_DECIDED = ("accepted", "rejected")


@dataclass
class NewExcerpt:
    kind: str  # statement | mention | excerpt
    start: int
    end: int
    text: str
    speaker_person_id: int | None = None
    speaker_text: str | None = None
    speaker_type: str | None = None
    verb: str | None = None
    confidence: float | None = None
    people: list[tuple[int, str]] = field(default_factory=list)  # (person id, speaker|mentioned|listener)


def replace_suggestions(library: Library, article_id: int, excerpts: list[NewExcerpt]) -> int:
    """Replace an article's automatic suggestions (in the caller's transaction).

    Excerpts a person accepted, rejected or made by hand stay as they are, and a
    suggestion with the same kind and span as one of them is not made again — so
    re-tagging never duplicates and never overrides a decision. Returns how many
    suggestions were stored."""
    kept = {
        (row[0], row[1], row[2])
        for row in library.conn.execute(
            "SELECT kind, start, \"end\" FROM excerpts"
            " WHERE article_id = ? AND (origin = 'manual' OR status IN (?, ?))",
            (article_id, *_DECIDED),
        )
    }
    library.conn.execute(
        "DELETE FROM excerpts WHERE article_id = ? AND origin = 'auto' AND status = 'suggested'", (article_id,)
    )
    stored = 0
    for excerpt in excerpts:
        if (excerpt.kind, excerpt.start, excerpt.end) in kept:
            continue
        cursor = library.conn.execute(
            'INSERT INTO excerpts(article_id, start, "end", text, kind, speaker_person_id, speaker_text, speaker_type,'
            " verb, origin, status, confidence) VALUES (?,?,?,?,?,?,?,?,?, 'auto', 'suggested', ?)",
            (article_id, excerpt.start, excerpt.end, excerpt.text, excerpt.kind, excerpt.speaker_person_id,
             excerpt.speaker_text, excerpt.speaker_type, excerpt.verb, excerpt.confidence),
        )
        excerpt_id = cursor.lastrowid
        library.conn.executemany(
            "INSERT OR IGNORE INTO excerpt_people(excerpt_id, person_id, role) VALUES (?, ?, ?)",
            [(excerpt_id, person_id, role) for person_id, role in excerpt.people],
        )
        stored += 1
    return stored


_COLUMNS = (
    'e.id, e.article_id, e.start, e."end", e.text, e.kind, e.speaker_text, e.speaker_type, e.verb, e.status,'
    " e.origin, e.confidence, e.speaker_person_id"
)


def list_excerpts(
    library: Library,
    *,
    person_name: str | None = None,
    kind: str | None = None,
    status: str | None = None,
    article_id: int | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Excerpts with their people and themes, newest article first; filters are ANDed."""
    clauses, parameters = [], []
    if person_name:
        clauses.append(
            "EXISTS (SELECT 1 FROM excerpt_people ep JOIN people p ON p.id = ep.person_id"
            " LEFT JOIN person_aliases a ON a.person_id = p.id"
            " WHERE ep.excerpt_id = e.id AND (p.name = ? OR a.alias = ?)"
            " AND (e.kind != 'statement' OR ep.role = 'speaker'))"
        )
        parameters += [person_name, person_name]
    if kind:
        clauses.append("e.kind = ?")
        parameters.append(kind)
    if status:
        clauses.append("e.status = ?")
        parameters.append(status)
    if article_id is not None:
        clauses.append("e.article_id = ?")
        parameters.append(article_id)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    sql = (f"SELECT {_COLUMNS} FROM excerpts e JOIN articles a ON a.id = e.article_id {where}"
           " ORDER BY a.published DESC, e.article_id DESC, e.start")
    if limit is not None:
        sql += " LIMIT ?"
        parameters.append(limit)
    rows = library.conn.execute(sql, parameters).fetchall()
    people = _people_of(library, [row[0] for row in rows])
    themes = _themes_of(library, [row[0] for row in rows])
    return [
        {
            "id": row[0], "article_id": row[1], "start": row[2], "end": row[3], "text": row[4], "kind": row[5],
            "speaker": row[6], "speaker_type": row[7], "verb": row[8], "people": people.get(row[0], []),
            "themes": themes.get(row[0], []), "status": row[9], "origin": row[10], "confidence": row[11],
        }
        for row in rows
    ]


def _people_of(library: Library, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for excerpt_id, name in library.conn.execute(
            f"SELECT ep.excerpt_id, p.name FROM excerpt_people ep JOIN people p ON p.id = ep.person_id"
            f" WHERE ep.excerpt_id IN ({marks}) ORDER BY ep.role DESC, p.name", chunk
        ):
            names = found.setdefault(excerpt_id, [])
            if name not in names:
                names.append(name)
    return found


def _themes_of(library: Library, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for excerpt_id, name in library.conn.execute(
            f"SELECT et.excerpt_id, t.name FROM excerpt_themes et JOIN themes t ON t.id = et.theme_id"
            f" WHERE et.excerpt_id IN ({marks}) AND et.status != 'rejected' ORDER BY t.name", chunk
        ):
            found.setdefault(excerpt_id, []).append(name)
    return found


def article_ids_to_tag(library: Library, version: str, *, everything: bool) -> list[int]:
    if everything:
        return [row[0] for row in library.conn.execute("SELECT id FROM articles ORDER BY id")]
    return [
        row[0]
        for row in library.conn.execute(
            "SELECT id FROM articles WHERE tagged_with IS NULL OR tagged_with != ? ORDER BY id", (version,)
        )
    ]


def mark_tagged(library: Library, article_ids: list[int], version: str) -> None:
    library.conn.executemany("UPDATE articles SET tagged_with = ? WHERE id = ?", [(version, i) for i in article_ids])


def count_by_kind(library: Library) -> dict[str, int]:
    return {row[0]: row[1] for row in library.conn.execute("SELECT kind, count(*) FROM excerpts GROUP BY kind")}
