"""Undo and redo that survive a restart: every reviewing change is logged as row images.

A user action is one *group* (``change_groups``): "accept 10,000 suggestions" is one
group, undone in one step. Each changed row is one ``change_log`` line with the row's
primary key (``row_key``, JSON), the step of the group that changed it (``row_id``) and
its images — for an update only the changed columns (``before`` and
``after``), for an insert the whole row after, for a delete the whole row before.

Changes are logged and applied set-based: one ``INSERT … SELECT`` records the images
of every row a filter selects, one ``UPDATE`` applies them, and undo replays a group's
images with ``UPDATE … FROM change_log`` — so a bulk change of 10,000 rows and its undo
cost a few statements each, not 10,000. Undo walks a group backwards, redo forwards;
a new change after an undo drops the groups that could have been redone.

Every table a group logs, undoes or redoes is noted on the library
(``Library.note_changed``), so each undoable write reports what it changed to the app
without code of its own; undo and redo also return the tables of the step they replayed.

Table and column names never come from users: tables are checked against ``KEYS`` and
columns against the table's own schema.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from db.connection import inserted_id
from db.library import Library

# The tables whose changes are undoable, with their primary keys.
KEYS: dict[str, tuple[str, ...]] = {
    "excerpts": ("id",),
    "excerpt_people": ("excerpt_id", "person_id", "role"),
    "excerpt_themes": ("excerpt_id", "theme_id"),
    "article_themes": ("article_id", "theme_id"),
    "themes": ("id",),
    "theme_word_weights": ("theme_id", "word"),
    "briefings": ("id",),
    "briefing_sections": ("id",),
    "briefing_items": ("id",),
    "people": ("id",),
    "person_aliases": ("id",),
    "person_titles": ("id",),
}


@dataclass
class Group:
    id: int
    at: str
    action: str
    summary: str
    rows: int
    state: str
    tables: tuple[str, ...] = ()  # of an undo or redo: the tables it changed back

    def as_json(self) -> dict:
        return {"id": self.id, "at": self.at, "action": self.action, "summary": self.summary, "rows": self.rows,
                "state": self.state}


def start_group(library: Library, action: str, summary: str) -> int:
    """Open a group for one user action (inside the caller's write transaction). A
    new action ends the redo stack: groups undone before it can no longer be redone."""
    conn = library.conn
    conn.execute("DELETE FROM change_log WHERE group_id IN (SELECT id FROM change_groups WHERE state = 'undone')")
    conn.execute("DELETE FROM change_groups WHERE state = 'undone'")
    return inserted_id(conn.execute("INSERT INTO change_groups(action, summary) VALUES (?, ?)", (action, summary)))


def set_summary(library: Library, group: int, summary: str) -> None:
    library.conn.execute("UPDATE change_groups SET summary = ? WHERE id = ?", (summary, group))


def finish_group(library: Library, group: int) -> int:
    """Count the group's rows; a group that changed nothing is dropped. Returns the count."""
    conn = library.conn
    rows = conn.execute("SELECT COUNT(*) FROM change_log WHERE group_id = ?", (group,)).fetchone()[0]
    if rows:
        conn.execute("UPDATE change_groups SET rows = ? WHERE id = ?", (rows, group))
    else:
        conn.execute("DELETE FROM change_groups WHERE id = ?", (group,))
    return int(rows)


def update(library: Library, group: int, table: str, where: str, parameters: Sequence[object],
           values: Mapping[str, object]) -> int:
    """Set ``values`` on the rows of ``table`` that ``where`` selects (a condition with
    ``?`` placeholders, written by db/ code), logging the rows that really change."""
    keys, columns = _checked(library, table, values)
    library.note_changed(table)
    assignments = list(values.items())
    differs = " OR ".join(f'"{c}" IS NOT ?' for c, _ in assignments)
    after = "json_object(" + ", ".join(f"'{c}', ?" for c, _ in assignments) + ")"
    library.conn.execute(
        f"INSERT INTO change_log(group_id, row_id, action, table_name, row_key, before, after)"
        f" SELECT ?, ?, 'update', ?, {_json_object(keys)}, {_json_object([c for c, _ in assignments])}, {after}"
        f" FROM {table} WHERE ({where}) AND ({differs})",
        (group, _next_step(library, group), table, *[v for _, v in assignments], *parameters,
         *[v for _, v in assignments]),
    )
    setting = ", ".join(f'"{c}" = ?' for c, _ in assignments)
    cursor = library.conn.execute(
        f"UPDATE {table} SET {setting}"
        f" WHERE ({where}) AND ({differs})",
        (*[v for _, v in assignments], *parameters, *[v for _, v in assignments]),
    )
    return cursor.rowcount


def insert(library: Library, group: int, table: str, rows: Iterable[dict[str, object]]) -> int:
    """Insert rows (dicts of column values), logging each for undo."""
    step = _next_step(library, group)
    return sum(1 for row in rows if insert_one(library, group, table, row, step=step) is not None)


def insert_one(library: Library, group: int, table: str, row: Mapping[str, object], *, step: int | None = None) -> int:
    """Insert one row, logged for undo; returns its rowid (the new id of an id-keyed table)."""
    keys, columns = _checked(library, table, row)
    library.note_changed(table)
    names = list(row)
    quoted = ", ".join(f'"{n}"' for n in names)
    cursor = library.conn.execute(
        f"INSERT INTO {table}({quoted}) VALUES ({', '.join('?' * len(names))})", list(row.values())
    )
    key_values = {k: row.get(k, cursor.lastrowid if k == "id" else None) for k in keys}
    where = " AND ".join(f'"{k}" = ?' for k in keys)
    library.conn.execute(
        f"INSERT INTO change_log(group_id, row_id, action, table_name, row_key, after)"
        f" SELECT ?, ?, 'insert', ?, {_json_object(keys)}, {_json_object(columns)} FROM {table} WHERE {where}",
        (group, _next_step(library, group) if step is None else step, table, *key_values.values()),
    )
    return inserted_id(cursor)


def delete(library: Library, group: int, table: str, where: str, parameters: Sequence[object]) -> int:
    """Delete the rows ``where`` selects, logging each whole row for undo."""
    keys, columns = _checked(library, table, {})
    library.note_changed(table)
    library.conn.execute(
        f"INSERT INTO change_log(group_id, row_id, action, table_name, row_key, before)"
        f" SELECT ?, ?, 'delete', ?, {_json_object(keys)}, {_json_object(columns)} FROM {table} WHERE {where}",
        (group, _next_step(library, group), table, *parameters),
    )
    return library.conn.execute(f"DELETE FROM {table} WHERE {where}", tuple(parameters)).rowcount


# -- undo, redo, history ---------------------------------------------------------------------


def undo(library: Library) -> Group | None:
    """Undo the latest group still done; None when there is nothing to undo. The group
    returned says what was undone: its summary and the tables it changed back."""
    return _step(library, "SELECT id FROM change_groups WHERE state = 'done' ORDER BY id DESC LIMIT 1",
                 backwards=True)


def redo(library: Library) -> Group | None:
    """Redo the group undone last; None when there is nothing to redo."""
    return _step(library, "SELECT id FROM change_groups WHERE state = 'undone' ORDER BY id LIMIT 1",
                 backwards=False)


def _step(library: Library, which: str, *, backwards: bool) -> Group | None:
    with library.write():
        row = library.conn.execute(which).fetchone()
        if row is None:
            return None
        tables = _replay(library, row[0], backwards=backwards)
        library.conn.execute("UPDATE change_groups SET state = ? WHERE id = ?",
                             ("undone" if backwards else "done", row[0]))
    library.note_changed(*tables)
    step = group(library, row[0])
    return replace(step, tables=tuple(sorted(tables))) if step else None


def group(library: Library, group_id: int) -> Group | None:
    row = library.conn.execute(
        "SELECT id, at, action, summary, rows, state FROM change_groups WHERE id = ?", (group_id,)
    ).fetchone()
    return Group(*row) if row else None


def next_steps(library: Library) -> tuple[Group | None, Group | None]:
    """What Ctrl+Z and Ctrl+Y would take back and bring back now: (undo, redo) — for the
    app's Edit menu, so the user sees which step it is before pressing the key."""
    # Undone groups are always the newest (a new action drops them), so both answers lie at
    # the end of the table: read backwards from there, never the whole history (this runs
    # after every review keypress).
    done = library.conn.execute(
        "SELECT id FROM change_groups WHERE state = 'done' ORDER BY id DESC LIMIT 1").fetchone()
    after = done[0] if done else 0
    undone = library.conn.execute(
        "SELECT MIN(id) FROM change_groups WHERE id > ? AND state = 'undone'", (after,)).fetchone()
    return (group(library, done[0]) if done else None), (group(library, undone[0]) if undone[0] else None)


def history(library: Library, limit: int = 50) -> list[Group]:
    """The latest groups, newest first (undone ones included, marked ``undone``)."""
    return [
        Group(*row)
        for row in library.conn.execute(
            "SELECT id, at, action, summary, rows, state FROM change_groups ORDER BY id DESC LIMIT ?", (limit,)
        )
    ]


def _replay(library: Library, group_id: int, *, backwards: bool) -> set[str]:
    """Apply a group's images: ``before`` images in reverse order (undo) or ``after``
    images in order (redo), one set-based statement per run of same-kind lines.
    Returns the tables it changed."""
    runs = library.conn.execute(
        "SELECT table_name, action, MIN(id), MAX(id) FROM change_log WHERE group_id = ?"
        " GROUP BY row_id ORDER BY row_id",
        (group_id,),
    ).fetchall()
    tables: set[str] = set()
    for table, action, first, last in reversed(runs) if backwards else runs:
        if table not in KEYS:
            continue
        tables.add(table)
        image = "before" if backwards else "after"
        if action == "update":
            _apply_update(library, table, image, group_id, first, last)
        elif (action == "insert") == backwards:  # undo an insert, redo a delete
            _apply_delete(library, table, group_id, first, last)
        else:
            _apply_insert(library, table, image, group_id, first, last, backwards)
    return tables


def _apply_update(library: Library, table: str, image: str, group_id: int, first: int, last: int) -> None:
    columns = [
        row[0]
        for row in library.conn.execute(
            f"SELECT DISTINCT j.key FROM change_log, json_each(change_log.{image}) j"
            " WHERE group_id = ? AND change_log.id BETWEEN ? AND ?",
            (group_id, first, last),
        )
    ]
    columns = [c for c in columns if c in _columns(library, table)]
    if not columns:
        return
    assignments = ", ".join(
        f"\"{c}\" = CASE WHEN json_type(cl.{image}, '$.\"{c}\"') IS NULL THEN \"{c}\""
        f" ELSE json_extract(cl.{image}, '$.\"{c}\"') END"
        for c in columns
    )
    library.conn.execute(
        f"UPDATE {table} SET {assignments} FROM change_log cl"
        f" WHERE cl.group_id = ? AND cl.id BETWEEN ? AND ? AND {_key_match(table, 'cl')}",
        (group_id, first, last),
    )


def _apply_delete(library: Library, table: str, group_id: int, first: int, last: int) -> None:
    library.conn.execute(
        f"DELETE FROM {table} WHERE EXISTS (SELECT 1 FROM change_log cl"
        f" WHERE cl.group_id = ? AND cl.id BETWEEN ? AND ? AND {_key_match(table, 'cl')})",
        (group_id, first, last),
    )


def _apply_insert(library: Library, table: str, image: str, group_id: int, first: int, last: int,
                  backwards: bool) -> None:
    columns = _columns(library, table)
    values = ", ".join(f"json_extract(cl.{image}, '$.\"{c}\"')" for c in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    keys = ", ".join(f'"{k}"' for k in KEYS[table])
    # A row with the same key may exist again (re-tagging suggested it anew): the image wins.
    refresh = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c not in KEYS[table])
    order = "DESC" if backwards else "ASC"
    library.conn.execute(
        f"INSERT INTO {table}({names}) SELECT {values} FROM change_log cl"
        f" WHERE cl.group_id = ? AND cl.id BETWEEN ? AND ? ORDER BY cl.id {order}"
        f" ON CONFLICT({keys}) DO " + (f"UPDATE SET {refresh}" if refresh else "NOTHING"),
        (group_id, first, last),
    )


# -- names -------------------------------------------------------------------------------------


def _next_step(library: Library, group: int) -> int:
    """Each logging call is one *step* of its group (kept in ``change_log.row_id``):
    replay applies a step in one statement, and a step changes each row at most once."""
    row = library.conn.execute("SELECT MAX(row_id) FROM change_log WHERE group_id = ?", (group,)).fetchone()
    return (row[0] or 0) + 1


def _checked(library: Library, table: str, values: Mapping[str, object]) -> tuple[tuple[str, ...], list[str]]:
    if table not in KEYS:
        raise ValueError(f"changes to {table!r} are not logged")
    columns = _columns(library, table)
    unknown = set(values) - set(columns)
    if unknown:
        raise ValueError(f"unknown columns of {table}: {sorted(unknown)}")
    return KEYS[table], columns


_column_cache: dict[str, list[str]] = {}


def _columns(library: Library, table: str) -> list[str]:
    if table not in _column_cache:
        if table not in KEYS:
            raise ValueError(f"changes to {table!r} are not logged")
        _column_cache[table] = [row[1] for row in library.conn.execute(f"PRAGMA table_info({table})")]
    return _column_cache[table]


def _json_object(columns: Iterable[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', \"{c}\"" for c in columns) + ")"


def _key_match(table: str, alias: str) -> str:
    return " AND ".join(f"{table}.\"{k}\" = json_extract({alias}.row_key, '$.\"{k}\"')" for k in KEYS[table])
