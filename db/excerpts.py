"""Excerpts: spans of an article's text (statements, mentions, hand-made excerpts)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from db import history
from db import themes as theme_store
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
    themes: list[tuple[int, float, str]] = field(default_factory=list)  # suggested (theme id, score, explanation)


def replace_suggestions(library: Library, found: dict[int, list[NewExcerpt]]) -> int:
    """Make the automatic suggestions of the given articles (article id -> its new
    excerpts) what tagging found now, in the caller's transaction.

    Excerpts a person accepted, rejected or made by hand stay as they are, and so do
    suggestions already placed in a briefing; a suggestion with the same kind and span
    as one of them is not made again — re-tagging never duplicates and never overrides
    a decision. A suggestion found again keeps its row (its id and the themes attached
    to it); only what changed is written. Returns how many suggestions were added."""
    kept: dict[tuple[int, str, int, int], int] = {}
    previous: dict[tuple[int, str, int, int], tuple] = {}
    for chunk in _chunks(list(found)):
        marks = ",".join("?" * len(chunk))
        for row in library.conn.execute(
            f'SELECT id, article_id, kind, start, "end", text, speaker_person_id, speaker_text, speaker_type, verb,'
            f" confidence, origin = 'auto' AND status = 'suggested'"
            f" AND NOT EXISTS (SELECT 1 FROM briefing_items b WHERE b.excerpt_id = excerpts.id)"
            f" FROM excerpts WHERE article_id IN ({marks})",
            chunk,
        ):
            key = (row[1], row[2], row[3], row[4])
            if row[11]:
                previous[key] = row
            else:
                kept[key] = row[0]
    links = _links_of(library, [row[0] for row in previous.values()])
    next_id = library.conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM excerpts").fetchone()[0]
    inserts, updates, new_links, relinked = [], [], [], []
    themes: dict[int, list[tuple[int, float, str]]] = {}  # excerpt id -> suggested theme tags
    for article_id, excerpts in found.items():
        for excerpt in excerpts:
            key = (article_id, excerpt.kind, excerpt.start, excerpt.end)
            if key in kept:
                if excerpt.kind == "statement":  # a decided statement may still gain theme suggestions
                    themes[kept[key]] = excerpt.themes
                continue
            fields = (excerpt.text, excerpt.speaker_person_id, excerpt.speaker_text, excerpt.speaker_type,
                      excerpt.verb, excerpt.confidence)
            people = {(person_id, role) for person_id, role in excerpt.people}
            old = previous.pop(key, None)
            if old is None:
                inserts.append((next_id, *key, *fields))
                new_links += [(next_id, person_id, role) for person_id, role in people]
                if excerpt.kind == "statement":
                    themes[next_id] = excerpt.themes
                next_id += 1
                continue
            if excerpt.kind == "statement":
                themes[old[0]] = excerpt.themes
            if tuple(old[5:11]) != fields:
                updates.append((*fields, old[0]))
            if links.get(old[0], set()) != people:
                relinked.append(old[0])
                new_links += [(old[0], person_id, role) for person_id, role in people]
    conn = library.conn
    library.note_changed("excerpts", "excerpt_people")  # for the app's pages (composer/common/changes.py)
    conn.executemany("DELETE FROM excerpts WHERE id = ?", [(row[0],) for row in previous.values()])
    conn.executemany(
        'UPDATE excerpts SET text = ?, speaker_person_id = ?, speaker_text = ?, speaker_type = ?, verb = ?,'
        " confidence = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
        updates,
    )
    conn.executemany(
        'INSERT INTO excerpts(id, article_id, kind, start, "end", text, speaker_person_id, speaker_text,'
        " speaker_type, verb, confidence, origin, status) VALUES (?,?,?,?,?,?,?,?,?,?,?, 'auto', 'suggested')",
        inserts,
    )
    conn.executemany("DELETE FROM excerpt_people WHERE excerpt_id = ?", [(i,) for i in relinked])
    conn.executemany("INSERT INTO excerpt_people(excerpt_id, person_id, role) VALUES (?, ?, ?)", new_links)
    theme_store.replace_excerpt_suggestions(library, themes)
    return len(inserts)


def _links_of(library: Library, ids: list[int]) -> dict[int, set[tuple[int, str]]]:
    links: dict[int, set[tuple[int, str]]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for excerpt_id, person_id, role in library.conn.execute(
            f"SELECT excerpt_id, person_id, role FROM excerpt_people WHERE excerpt_id IN ({marks})", chunk
        ):
            links.setdefault(excerpt_id, set()).add((person_id, role))
    return links


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]


_COLUMNS = (
    'excerpts.id, excerpts.article_id, excerpts.start, excerpts."end", excerpts.text, excerpts.kind,'
    " excerpts.speaker_text, excerpts.speaker_type, excerpts.verb, excerpts.status, excerpts.origin,"
    " excerpts.confidence, excerpts.speaker_person_id"
)


@dataclass
class ExcerptFilter:
    """Which excerpts: all conditions given must hold."""

    ids: list[int] | None = None
    person: str | None = None  # name or alias: their statements (as speaker) and mentions
    theme: str | None = None  # theme name (a group stands for its children); rejected tags do not count
    kind: str | None = None
    origin: str | None = None
    status: str | None = None
    min_confidence: float | None = None
    articles: tuple[int, int] | None = None  # article ids, inclusive
    article_id: int | None = None

    def is_empty(self) -> bool:
        return all(value is None for value in vars(self).values())


def filter_sql(selection: ExcerptFilter) -> tuple[str, list[object]]:
    """A condition on the ``excerpts`` table, with its parameters."""
    clauses: list[str] = []
    parameters: list[object] = []
    if selection.ids is not None:
        clauses.append(f"excerpts.id IN ({','.join('?' * len(selection.ids)) or 'NULL'})")
        parameters += selection.ids
    if selection.person:
        clauses.append(
            "EXISTS (SELECT 1 FROM excerpt_people ep JOIN people p ON p.id = ep.person_id"
            " LEFT JOIN person_aliases pa ON pa.person_id = p.id"
            " WHERE ep.excerpt_id = excerpts.id AND (p.name = ? OR pa.alias = ?)"
            " AND (excerpts.kind != 'statement' OR ep.role = 'speaker'))"
        )
        parameters += [selection.person, selection.person]
    if selection.theme:
        clauses.append(
            "EXISTS (SELECT 1 FROM excerpt_themes et WHERE et.excerpt_id = excerpts.id AND et.status != 'rejected'"
            " AND et.theme_id IN (WITH RECURSIVE tree(id) AS (SELECT id FROM themes WHERE name = ?"
            " UNION SELECT t.id FROM themes t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree))"
        )
        parameters.append(selection.theme)
    for column in ("kind", "origin", "status"):
        if getattr(selection, column):
            clauses.append(f"excerpts.{column} = ?")
            parameters.append(getattr(selection, column))
    if selection.min_confidence is not None:  # a passage a person marked needs no confidence
        clauses.append("(excerpts.confidence >= ? OR excerpts.origin = 'manual')")
        parameters.append(selection.min_confidence)
    if selection.articles is not None:
        clauses.append("excerpts.article_id BETWEEN ? AND ?")
        parameters += list(selection.articles)
    if selection.article_id is not None:
        clauses.append("excerpts.article_id = ?")
        parameters.append(selection.article_id)
    return (" AND ".join(clauses) or "1"), parameters


def list_excerpts(
    library: Library,
    selection: ExcerptFilter | None = None,
    *,
    person_name: str | None = None,
    kind: str | None = None,
    status: str | None = None,
    article_id: int | None = None,
    limit: int | None = None,
) -> list[dict]:
    """Excerpts with their people and themes, newest article first, then in text order."""
    selection = selection or ExcerptFilter(person=person_name, kind=kind, status=status, article_id=article_id)
    where, parameters = filter_sql(selection)
    sql = (f"SELECT {_COLUMNS} FROM excerpts JOIN articles a ON a.id = excerpts.article_id WHERE {where}"
           " ORDER BY a.published DESC, excerpts.article_id DESC, excerpts.start")
    if limit is not None:
        sql += " LIMIT ?"
        parameters.append(limit)
    rows = library.conn.execute(sql, parameters).fetchall()
    people = _people_of(library, [row[0] for row in rows])
    tags = theme_store.theme_tags(library, "excerpt", [row[0] for row in rows])
    themes = {i: sorted(t["theme"] for t in found if t["status"] != "rejected") for i, found in tags.items()}
    return [
        {
            "id": row[0], "article_id": row[1], "start": row[2], "end": row[3], "text": row[4], "kind": row[5],
            "speaker": row[6], "speaker_type": row[7], "verb": row[8], "speaker_id": row[12],
            "people": people.get(row[0], []), "themes": themes.get(row[0], []), "theme_tags": tags.get(row[0], []),
            "status": row[9], "origin": row[10], "confidence": row[11],
        }
        for row in rows
    ]


def count_selected(library: Library, selection: ExcerptFilter) -> int:
    where, parameters = filter_sql(selection)
    return int(library.conn.execute(f"SELECT COUNT(*) FROM excerpts WHERE {where}", parameters).fetchone()[0])


# -- review (every change logged in the caller's undo group) --------------------------------


def set_status(library: Library, group: int, selection: ExcerptFilter, status: str) -> int:
    """Accept or reject the selected excerpts; accepting also accepts their suggested themes."""
    where, parameters = filter_sql(selection)
    changed = history.update(library, group, "excerpts", where, parameters, {"status": status})
    if status == "accepted":
        history.update(
            library, group, "excerpt_themes",
            f"status = 'suggested' AND excerpt_id IN (SELECT excerpts.id FROM excerpts WHERE {where})",
            parameters, {"status": "accepted"},
        )
    return changed


def excerpt_row(library: Library, excerpt_id: int) -> dict | None:
    row = library.conn.execute(
        'SELECT e.id, e.article_id, e.start, e."end", e.kind, a.body, e.speaker_text, e.note FROM excerpts e'
        " JOIN articles a ON a.id = e.article_id WHERE e.id = ?",
        (excerpt_id,),
    ).fetchone()
    keys = ("id", "article_id", "start", "end", "kind", "body", "speaker", "note")
    return None if row is None else dict(zip(keys, row))


def set_note(library: Library, group: int, excerpt_id: int, note: str | None) -> int:
    return history.update(library, group, "excerpts", "id = ?", (excerpt_id,), {"note": note})


def excerpt_notes(library: Library, excerpt_ids: list[int]) -> dict[int, str]:
    """The notes of those excerpts that have one."""
    found: dict[int, str] = {}
    for chunk in _chunks(excerpt_ids):
        marks = ",".join("?" * len(chunk))
        found.update(library.conn.execute(
            f"SELECT id, note FROM excerpts WHERE id IN ({marks}) AND note IS NOT NULL AND note != ''", chunk))
    return found


def article_labels(library: Library, article_ids: list[int]) -> dict[int, dict]:
    """Title, source and date of articles, for showing an excerpt in its context."""
    found: dict[int, dict] = {}
    for chunk in _chunks(list(dict.fromkeys(article_ids))):
        marks = ",".join("?" * len(chunk))
        for article_id, title, source, published in library.conn.execute(
            f"SELECT a.id, a.title, s.name, a.published FROM articles a LEFT JOIN sources s ON s.id = a.source_id"
            f" WHERE a.id IN ({marks})", chunk
        ):
            found[article_id] = {"title": title, "source": source, "published": published}
    return found


def set_span(library: Library, group: int, excerpt_id: int, start: int, end: int, text: str) -> int:
    """New boundaries; the status stays: correcting a suggestion is not deciding it."""
    return history.update(library, group, "excerpts", "id = ?", (excerpt_id,),
                          {"start": start, "end": end, "text": text})


def set_speaker(library: Library, group: int, excerpt_id: int, person_id: int | None, speaker_text: str | None,
                speaker_type: str | None, kind: str | None = None) -> None:
    """A new speaker (None: none, the passage is no longer a statement: ``kind``); the
    status stays as it is."""
    fields: dict[str, object] = {"speaker_person_id": person_id, "speaker_text": speaker_text,
                                 "speaker_type": speaker_type}
    if kind is not None:
        fields["kind"] = kind
    history.update(library, group, "excerpts", "id = ?", (excerpt_id,), fields)
    history.delete(library, group, "excerpt_people", "excerpt_id = ? AND role = 'speaker'", (excerpt_id,))
    if person_id is not None:
        history.delete(library, group, "excerpt_people", "excerpt_id = ? AND person_id = ?", (excerpt_id, person_id))
        history.insert(library, group, "excerpt_people",
                       [{"excerpt_id": excerpt_id, "person_id": person_id, "role": "speaker"}])


def selected_ids(library: Library, selection: ExcerptFilter) -> list[int]:
    where, parameters = filter_sql(selection)
    return [row[0] for row in library.conn.execute(f"SELECT id FROM excerpts WHERE {where} ORDER BY id", parameters)]


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


def article_ids_to_tag(library: Library, version: str, *, everything: bool) -> list[int]:
    if everything:
        return [row[0] for row in library.conn.execute("SELECT id FROM articles ORDER BY id")]
    return [
        row[0]
        for row in library.conn.execute(
            "SELECT a.id FROM articles a LEFT JOIN article_tagging t ON t.article_id = a.id"
            " WHERE t.tagger IS NULL OR t.tagger != ? ORDER BY a.id",
            (version,),
        )
    ]


def mark_tagged(library: Library, article_ids: list[int], version: str) -> None:
    library.note_changed("article_tagging")
    library.conn.executemany(
        "INSERT OR REPLACE INTO article_tagging(article_id, tagger) VALUES (?, ?)", [(i, version) for i in article_ids]
    )


def count_by_kind(library: Library) -> dict[str, int]:
    return {row[0]: row[1] for row in library.conn.execute("SELECT kind, count(*) FROM excerpts GROUP BY kind")}


def excerpt_texts(library: Library, excerpt_ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(excerpt_ids):
        marks = ",".join("?" * len(chunk))
        found.update(library.conn.execute(f"SELECT id, text FROM excerpts WHERE id IN ({marks})", chunk).fetchall())
    return found


# -- excerpts made by hand (logged in the caller's undo group) ---------------------------------


def add_manual_excerpt(library: Library, group: int, article_id: int, start: int, end: int, text: str, *,
                       speaker_id: int | None, speaker_text: str | None, people: list[int],
                       themes: list[int], note: str | None = None) -> int:
    """A passage a person marked: accepted, origin manual; ``people`` mentioned in it
    (the speaker, if any, as speaker); ``themes`` tagged by hand."""
    kind = "statement" if speaker_id or speaker_text else "excerpt"
    excerpt_id = history.insert_one(library, group, "excerpts", {
        "article_id": article_id, "start": start, "end": end, "text": text, "kind": kind,
        "speaker_person_id": speaker_id, "speaker_text": speaker_text,
        "speaker_type": "person" if speaker_id else ("unnamed_person" if speaker_text else None),
        "origin": "manual", "status": "accepted", "note": note,
    })
    links = [{"excerpt_id": excerpt_id, "person_id": speaker_id, "role": "speaker"}] if speaker_id else []
    links += [{"excerpt_id": excerpt_id, "person_id": p, "role": "mentioned"} for p in people if p != speaker_id]
    if links:
        history.insert(library, group, "excerpt_people", links)
    if themes:
        history.insert(library, group, "excerpt_themes", [
            {"excerpt_id": excerpt_id, "theme_id": t, "origin": "manual", "status": "accepted"} for t in themes])
    return excerpt_id


def delete_excerpt(library: Library, group: int, excerpt_id: int) -> bool:
    """Delete an excerpt with its links (children first, so undo restores them in order)."""
    history.delete(library, group, "excerpt_themes", "excerpt_id = ?", (excerpt_id,))
    history.delete(library, group, "excerpt_people", "excerpt_id = ?", (excerpt_id,))
    return history.delete(library, group, "excerpts", "id = ?", (excerpt_id,)) > 0


# -- what review teaches the statement model (composer/tagging/statement_learning.py) --------


@dataclass(frozen=True)
class DecidedStatement:
    excerpt_id: int
    article_id: int
    start: int
    end: int
    speaker: str | None
    accepted: bool


def decided_statements(library: Library) -> list[DecidedStatement]:
    """Automatic statements a person accepted or rejected (their spans as suggested, or as
    corrected: a corrected span no longer matches a candidate and teaches nothing)."""
    rows = library.conn.execute(
        "SELECT id, article_id, start, \"end\", speaker_text, status FROM excerpts"
        " WHERE kind = 'statement' AND origin = 'auto' AND status IN ('accepted', 'rejected') ORDER BY id"
    )
    return [DecidedStatement(row[0], row[1], row[2], row[3], row[4], row[5] == "accepted") for row in rows]


def statement_decisions_fingerprint(library: Library) -> str:
    """Changes whenever a statement decision does (to know when to learn again)."""
    row = library.conn.execute(
        "SELECT COUNT(*), TOTAL(id * 7 + (status = 'accepted')), TOTAL(start + \"end\") FROM excerpts"
        " WHERE kind = 'statement' AND origin = 'auto' AND status IN ('accepted', 'rejected')"
    ).fetchone()
    return json.dumps(list(row))


def stored_setting(library: Library, key: str) -> str | None:
    row = library.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def store_setting(library: Library, key: str, value: str) -> None:
    library.conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, value))
