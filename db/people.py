"""The people directory: people, their aliases and dated titles.

Writes made by a person's hand (the 人物 page, ``briefing people``) pass the undo
``group`` of db/history.py and are logged for Ctrl+Z; discovery and CSV imports write
unlogged, as before (a whole import is not one step a clerk would undo by a keypress)."""

from __future__ import annotations

from dataclasses import dataclass, field

from db import history
from db.connection import inserted_id
from db.library import Library


@dataclass
class TitleRow:
    id: int
    title: str
    organisation: str | None
    valid_from: str | None
    valid_to: str | None
    status: str


@dataclass
class PersonRow:
    id: int
    name: str
    role: str
    status: str
    note: str | None = None
    aliases: list[str] = field(default_factory=list)
    titles: list[TitleRow] = field(default_factory=list)


def all_people(library: Library, *, include_rejected: bool = False) -> list[PersonRow]:
    """Every person with aliases and titles (two queries, not one per person)."""
    where = "" if include_rejected else "WHERE status != 'rejected'"
    people = {
        row[0]: PersonRow(row[0], row[1], row[2], row[3], row[4])
        for row in library.conn.execute(f"SELECT id, name, role, status, note FROM people {where} ORDER BY id")
    }
    for person_id, alias in library.conn.execute("SELECT person_id, alias FROM person_aliases ORDER BY id"):
        if person_id in people:
            people[person_id].aliases.append(alias)
    for row in library.conn.execute(
        "SELECT person_id, id, title, organisation, valid_from, valid_to, status FROM person_titles"
        " WHERE status != 'rejected' ORDER BY valid_from, id"
    ):
        if row[0] in people:
            people[row[0]].titles.append(TitleRow(*row[1:]))
    return list(people.values())


def person(library: Library, person_id: int) -> PersonRow | None:
    return next((p for p in all_people(library, include_rejected=True) if p.id == person_id), None)


def add_person(library: Library, name: str, role: str, *, status: str = "confirmed", note: str | None = None,
               group: int | None = None) -> int:
    library.note_changed("people")  # for the app's pages (composer/common/changes.py)
    if group is not None:
        return history.insert_one(library, group, "people", {"name": name, "role": role, "status": status,
                                                             "note": note})
    cursor = library.conn.execute(
        "INSERT INTO people(name, role, status, note) VALUES (?, ?, ?, ?)", (name, role, status, note)
    )
    return inserted_id(cursor)


def update_person(library: Library, person_id: int, *, group: int | None = None, **fields: object) -> None:
    allowed = {"name", "role", "status", "note"}
    columns = [key for key in fields if key in allowed]
    if not columns:
        return
    if group is not None:
        history.update(library, group, "people", "id = ?", (person_id,), {c: fields[c] for c in columns})
    assignments = ", ".join(f"{column} = ?" for column in columns)  # names from the allow-list above
    library.note_changed("people")
    library.conn.execute(
        f"UPDATE people SET {assignments}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
        [fields[column] for column in columns] + [person_id],
    )


def add_alias(library: Library, person_id: int, alias: str, *, group: int | None = None) -> None:
    library.note_changed("person_aliases")
    if group is not None:
        if not has_alias(library, person_id, alias):
            history.insert_one(library, group, "person_aliases", {"person_id": person_id, "alias": alias})
        return
    library.conn.execute("INSERT OR IGNORE INTO person_aliases(person_id, alias) VALUES (?, ?)", (person_id, alias))


def add_title(
    library: Library,
    person_id: int,
    title: str,
    organisation: str | None,
    valid_from: str | None,
    valid_to: str | None = None,
    *,
    status: str = "confirmed",
    source_article_id: int | None = None,
    group: int | None = None,
) -> int:
    """A title held from ``valid_from``; the same title again moves its start earlier.
    With a ``group`` (a title added by hand) the organisation must match too: another
    organisation's post of the same name is another title."""
    library.note_changed("person_titles")
    same_org = " AND organisation IS ?" if group is not None else ""
    existing = library.conn.execute(
        "SELECT id, valid_from FROM person_titles WHERE person_id = ? AND title = ? AND status != 'rejected'"
        + same_org,
        (person_id, title, organisation) if group is not None else (person_id, title),
    ).fetchone()
    if existing:
        if valid_from and (existing[1] is None or valid_from < existing[1]):
            if group is not None:
                history.update(library, group, "person_titles", "id = ?", (existing[0],), {"valid_from": valid_from})
            else:
                library.conn.execute("UPDATE person_titles SET valid_from = ? WHERE id = ?",
                                     (valid_from, existing[0]))
        return int(existing[0])
    if group is not None:
        return history.insert_one(library, group, "person_titles", {
            "person_id": person_id, "title": title, "organisation": organisation, "valid_from": valid_from,
            "valid_to": valid_to, "status": status, "source_article_id": source_article_id})
    cursor = library.conn.execute(
        "INSERT INTO person_titles(person_id, title, organisation, valid_from, valid_to, status, source_article_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (person_id, title, organisation, valid_from, valid_to, status, source_article_id),
    )
    return inserted_id(cursor)


def remove_title(library: Library, person_id: int, title_id: int, group: int) -> int:
    """Delete one of a person's titles, logged for undo; returns rows deleted (0: not theirs)."""
    return history.delete(library, group, "person_titles", "id = ? AND person_id = ?", (title_id, person_id))


def has_alias(library: Library, person_id: int, alias: str) -> bool:
    return library.conn.execute("SELECT 1 FROM person_aliases WHERE person_id = ? AND alias = ?",
                                (person_id, alias)).fetchone() is not None


def set_title_status(library: Library, person_id: int, status: str, *, group: int | None = None) -> None:
    library.note_changed("person_titles")
    if group is not None:
        history.update(library, group, "person_titles", "person_id = ? AND status = 'suggested'", (person_id,),
                       {"status": status})
        return
    library.conn.execute("UPDATE person_titles SET status = ? WHERE person_id = ? AND status = 'suggested'",
                         (status, person_id))


def merge_people(library: Library, keep: int, absorb: int) -> None:
    """Move everything of ``absorb`` to ``keep`` and delete ``absorb`` (caller's transaction)."""
    library.note_changed("people", "person_aliases", "person_titles", "excerpts", "excerpt_people")
    library.conn.execute(
        "INSERT OR IGNORE INTO person_aliases(person_id, alias) SELECT ?, name FROM people WHERE id = ?", (keep, absorb)
    )
    library.conn.execute("UPDATE OR IGNORE person_aliases SET person_id = ? WHERE person_id = ?", (keep, absorb))
    library.conn.execute("UPDATE person_titles SET person_id = ? WHERE person_id = ?", (keep, absorb))
    library.conn.execute("UPDATE excerpts SET speaker_person_id = ? WHERE speaker_person_id = ?", (keep, absorb))
    library.conn.execute("UPDATE OR IGNORE excerpt_people SET person_id = ? WHERE person_id = ?", (keep, absorb))
    library.conn.execute("DELETE FROM people WHERE id = ?", (absorb,))
    library.conn.execute(
        "DELETE FROM person_aliases WHERE person_id = ? AND alias = (SELECT name FROM people WHERE id = ?)",
        (keep, keep),
    )


def delete_person(library: Library, person_id: int) -> None:
    library.note_changed("people")
    library.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))


def count_people(library: Library) -> int:
    return int(library.conn.execute("SELECT count(*) FROM people WHERE status != 'rejected'").fetchone()[0])
