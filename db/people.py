"""The people directory: people, their aliases and dated titles."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def add_person(library: Library, name: str, role: str, *, status: str = "confirmed", note: str | None = None) -> int:
    library.note_changed("people")  # for the app's pages (composer/common/changes.py)
    cursor = library.conn.execute(
        "INSERT INTO people(name, role, status, note) VALUES (?, ?, ?, ?)", (name, role, status, note)
    )
    return inserted_id(cursor)


def update_person(library: Library, person_id: int, **fields: object) -> None:
    allowed = {"name", "role", "status", "note"}
    columns = [key for key in fields if key in allowed]
    if not columns:
        return
    assignments = ", ".join(f"{column} = ?" for column in columns)  # names from the allow-list above
    library.note_changed("people")
    library.conn.execute(
        f"UPDATE people SET {assignments}, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
        [fields[column] for column in columns] + [person_id],
    )


def add_alias(library: Library, person_id: int, alias: str) -> None:
    library.note_changed("person_aliases")
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
) -> int:
    library.note_changed("person_titles")
    existing = library.conn.execute(
        "SELECT id, valid_from FROM person_titles WHERE person_id = ? AND title = ? AND status != 'rejected'",
        (person_id, title),
    ).fetchone()
    if existing:
        if valid_from and (existing[1] is None or valid_from < existing[1]):
            library.conn.execute("UPDATE person_titles SET valid_from = ? WHERE id = ?", (valid_from, existing[0]))
        return int(existing[0])
    cursor = library.conn.execute(
        "INSERT INTO person_titles(person_id, title, organisation, valid_from, valid_to, status, source_article_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (person_id, title, organisation, valid_from, valid_to, status, source_article_id),
    )
    return inserted_id(cursor)


def set_title_status(library: Library, person_id: int, status: str) -> None:
    library.note_changed("person_titles")
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
