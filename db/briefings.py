"""Briefings: the saved document (fields, sections, items), usage of excerpts, and user
templates. Writes go through db/history.py so that a composed or deleted briefing can
be undone like any review step.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field

from db import history
from db.excerpts import ExcerptFilter, filter_sql
from db.library import Library

BRIEFING_FIELDS = (
    "template",
    "series",
    "issue_no",
    "title",
    "subtitle",
    "masthead",
    "unit",
    "date",
    "send_to",
    "copy_to",
    "printed_by",
    "editor_note",
    "classification",
    "query",
    "settings",
)


@dataclass
class ItemRow:
    excerpt_id: int | None = None
    title: str | None = None
    text_override: str | None = None  # this briefing's wording; the library keeps the original
    free_text: str | None = None
    source_line: str | None = None
    also_excerpts: list[int] = field(default_factory=list)  # duplicates merged into this item
    id: int | None = None


@dataclass
class SectionRow:
    title: str
    group_kind: str | None = None  # theme, person, date, custom
    group_key: str | None = None
    items: list[ItemRow] = field(default_factory=list)
    id: int | None = None


@dataclass
class StoredOutline:
    """What the library held of a briefing's outline when it was last loaded or saved, and
    the undo log's state then (``log_mark``): an edit is compared with it instead of reading
    thousands of rows back, as long as nothing was written or undone since."""

    mark: tuple[int, int]
    sections: dict[int, tuple]  # id → (position, title, group_kind, group_key)
    items: dict[int, tuple]  # id → the values of _ITEM_COLUMNS


@dataclass
class BriefingRow:
    template: str
    title: str = ""
    series: str | None = None
    issue_no: int | None = None
    subtitle: str | None = None
    masthead: str | None = None
    unit: str | None = None
    date: str | None = None
    send_to: str | None = None
    copy_to: str | None = None
    printed_by: str | None = None
    editor_note: str | None = None
    classification: str | None = None
    query: str | None = None  # the auto-draft query, as JSON
    settings: dict = field(default_factory=dict)
    sections: list[SectionRow] = field(default_factory=list)
    id: int | None = None
    created_at: str | None = None
    stored: StoredOutline | None = field(default=None, repr=False, compare=False)


def next_issue_no(library: Library, series: str) -> int:
    """The number a new briefing of ``series`` gets for now: the first after the series'
    last fixed issue (exported, or chosen by hand) that no briefing holds. Drafts and trial
    composes hold a number but do not use it up: an export numbers them again."""
    holders = issue_holders(library, series)
    return free_issue_no(holders, after=last_fixed_issue(holders))


def save_briefing(library: Library, group: int, briefing: BriefingRow) -> int:
    """Store a new briefing with its sections and items (logged in ``group``)."""
    briefing.settings = {**briefing.settings, ISSUE_STATE: PROVISIONAL}  # numbered when first exported
    values = {name: getattr(briefing, name) for name in BRIEFING_FIELDS}
    values["settings"] = json.dumps(briefing.settings, ensure_ascii=False)
    briefing_id = history.insert_one(library, group, "briefings", values)
    _insert_sections(library, group, briefing_id, briefing.sections)
    briefing.id = briefing_id
    return briefing_id


def _insert_sections(library: Library, group: int, briefing_id: int, sections: list[SectionRow]) -> None:
    """Sections and their items in order, their new ids set on them; each section's
    items are one step of the undo log."""
    for position, section in enumerate(sections):
        section.id = history.insert_one(
            library,
            group,
            "briefing_sections",
            {
                "briefing_id": briefing_id,
                "position": position,
                "title": section.title,
                "group_kind": section.group_kind,
                "group_key": section.group_key,
            },
        )
        step = None
        for item_position, item in enumerate(section.items):
            row = {
                "section_id": section.id,
                "position": item_position * POSITION_STEP,
                "excerpt_id": item.excerpt_id,
                "title": item.title,
                "text_override": item.text_override,
                "free_text": item.free_text,
                "source_line": item.source_line,
                "also_excerpts": json.dumps(item.also_excerpts),
            }
            item.id = history.insert_one(library, group, "briefing_items", row, step=step)
            if step is None:
                step = _last_step(library, group)


def _last_step(library: Library, group: int) -> int:
    return int(library.conn.execute("SELECT MAX(row_id) FROM change_log WHERE group_id = ?", (group,)).fetchone()[0])


def delete_briefing(library: Library, group: int, briefing_id: int) -> bool:
    """Delete a briefing (items, sections, then the briefing: undo restores them in order)."""
    _delete_outline(library, group, briefing_id)
    return history.delete(library, group, "briefings", "id = ?", (briefing_id,)) > 0


def _delete_outline(library: Library, group: int, briefing_id: int) -> None:
    """A briefing's items, then its sections (logged)."""
    sections = "section_id IN (SELECT id FROM briefing_sections WHERE briefing_id = ?)"
    history.delete(library, group, "briefing_items", sections, (briefing_id,))
    history.delete(library, group, "briefing_sections", "briefing_id = ?", (briefing_id,))


def load_briefing(library: Library, briefing_id: int) -> BriefingRow | None:
    columns = ", ".join(BRIEFING_FIELDS)
    row = library.conn.execute(
        f"SELECT id, created_at, {columns} FROM briefings WHERE id = ?", (briefing_id,)
    ).fetchone()
    if row is None:
        return None
    values = dict(zip(BRIEFING_FIELDS, row[2:]))
    values["settings"] = json.loads(values["settings"] or "{}")
    briefing = BriefingRow(**values, id=row[0], created_at=row[1])
    mark = log_mark(library)
    sections: dict[int, SectionRow] = {}
    stored_sections: dict[int, tuple] = {}
    for section_id, position, title, kind, key in library.conn.execute(
        "SELECT id, position, title, group_kind, group_key FROM briefing_sections WHERE briefing_id = ?"
        " ORDER BY position",
        (briefing_id,),
    ):
        sections[section_id] = SectionRow(title, kind, key, id=section_id)
        stored_sections[section_id] = (position, title, kind, key)
    stored_items: dict[int, tuple] = {}
    for item_id, *values in library.conn.execute(
        "SELECT i.id, i.section_id, i.position, i.excerpt_id, i.title, i.text_override, i.free_text, i.source_line,"
        " i.also_excerpts FROM briefing_items i JOIN briefing_sections s ON s.id = i.section_id"
        " WHERE s.briefing_id = ? ORDER BY s.position, i.position",
        (briefing_id,),
    ):
        section_id, _, excerpt_id, title, override, free, source, also = values
        merged = json.loads(also) if also != "[]" else []
        sections[section_id].items.append(ItemRow(excerpt_id, title, override, free, source, merged, item_id))
        stored_items[item_id] = (*values[:-1], tuple(merged))
    briefing.sections = list(sections.values())
    briefing.stored = StoredOutline(mark, stored_sections, stored_items)
    return briefing


def log_mark(library: Library) -> tuple[int, int]:
    """The undo log's state: the latest action and how many are undone (any write, undo or
    redo since changes it)."""
    row = library.conn.execute(
        "SELECT COALESCE(MAX(id), 0), COALESCE(SUM(state = 'undone'), 0) FROM change_groups"
    ).fetchone()
    return int(row[0]), int(row[1])


def list_briefings(library: Library) -> list[dict]:
    rows = library.conn.execute(
        "SELECT b.id, b.template, b.series, b.issue_no, b.title, b.date, b.created_at,"
        " (SELECT count(*) FROM briefing_items i JOIN briefing_sections s ON s.id = i.section_id"
        "  WHERE s.briefing_id = b.id), b.settings FROM briefings b ORDER BY b.created_at DESC, b.id DESC"
    )
    keys = ("id", "template", "series", "issue_no", "title", "date", "created_at", "items")
    return [{**dict(zip(keys, row)), "issue_state": issue_state(json.loads(row[-1] or "{}"))} for row in rows]


# -- material for drafts ----------------------------------------------------------------------


def draft_material(
    library: Library,
    selection: ExcerptFilter,
    *,
    from_date: str | None = None,
    to_date: str | None = None,
    source: str | None = None,
    kinds: tuple[str, ...] = ("statement", "excerpt"),
    include_suggested: bool = False,
) -> list[dict]:
    """Excerpts a draft may use, with what their items and source lines need. Rejected
    excerpts never; suggested ones only with ``include_suggested`` (or a status filter)."""
    where, parameters = filter_sql(selection)
    clauses = [where, f"excerpts.kind IN ({','.join('?' * len(kinds))})", "excerpts.status != 'rejected'"]
    parameters += list(kinds)
    if selection.status is None and not include_suggested:
        clauses.append("excerpts.status = 'accepted'")
    if from_date:
        clauses.append("a.published >= ?")
        parameters.append(from_date)
    if to_date:
        clauses.append("a.published <= ?")
        parameters.append(to_date)
    if source:
        clauses.append(
            "EXISTS (SELECT 1 FROM article_appearances p JOIN sources ps ON ps.id = p.source_id"
            " WHERE p.article_id = a.id AND ps.name = ?)"
        )
        parameters.append(source)
    rows = library.conn.execute(
        'SELECT excerpts.id, excerpts.article_id, excerpts.start, excerpts."end", excerpts.text, excerpts.kind,'
        " excerpts.status, excerpts.speaker_text, excerpts.speaker_type, a.title, a.published, a.event_date,"
        " excerpts.speaker_person_id, a.kind"
        f" FROM excerpts JOIN articles a ON a.id = excerpts.article_id WHERE {' AND '.join(clauses)}"
        " ORDER BY a.published, a.id, excerpts.start",
        parameters,
    ).fetchall()
    keys = (
        "id",
        "article_id",
        "start",
        "end",
        "text",
        "kind",
        "status",
        "speaker",
        "speaker_type",
        "title",
        "published",
        "event_date",
        "person_id",
        "article_kind",
    )
    return [dict(zip(keys, row)) for row in rows]


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]


def article_bodies(library: Library, article_ids: list[int]) -> dict[int, str]:
    """The bodies of articles drafted from (their items are cut from them)."""
    found: dict[int, str] = {}
    for chunk in _chunks(sorted(set(article_ids))):
        marks = ",".join("?" * len(chunk))
        found.update(library.conn.execute(f"SELECT id, body FROM articles WHERE id IN ({marks})", chunk).fetchall())
    return found


def speech_starts(library: Library, article_ids: list[int]) -> dict[int, list[int]]:
    """Where someone's statement or remark starts in these articles, whatever its status
    (a drafted speech never runs on into what the statement reader saw as a new act)."""
    found: dict[int, list[int]] = {}
    for chunk in _chunks(sorted(set(article_ids))):
        marks = ",".join("?" * len(chunk))
        for article_id, start in library.conn.execute(
            f"SELECT article_id, start FROM excerpts WHERE article_id IN ({marks})"
            " AND kind IN ('statement', 'remark') ORDER BY article_id, start",
            chunk,
        ):
            found.setdefault(article_id, []).append(start)
    return found


def speaker_titles(library: Library, person_ids: list[int]) -> dict[int, tuple[str, list[str]]]:
    """Each person's directory role and titles (rejected titles left out)."""
    found: dict[int, tuple[str, list[str]]] = {}
    for chunk in _chunks(sorted(set(person_ids))):
        marks = ",".join("?" * len(chunk))
        for person_id, role in library.conn.execute(f"SELECT id, role FROM people WHERE id IN ({marks})", chunk):
            found[person_id] = (role, [])
        for person_id, title in library.conn.execute(
            f"SELECT person_id, title FROM person_titles WHERE person_id IN ({marks}) AND status != 'rejected'"
            " ORDER BY person_id, id",
            chunk,
        ):
            found[person_id][1].append(title)
    return found


# -- usage -------------------------------------------------------------------------------------


def used_excerpt_ids(library: Library) -> set[int]:
    """Excerpts placed in any briefing (merged duplicates included)."""
    rows = library.conn.execute("SELECT excerpt_id FROM briefing_items WHERE excerpt_id IS NOT NULL")
    used = {row[0] for row in rows}
    for (also,) in library.conn.execute("SELECT also_excerpts FROM briefing_items WHERE also_excerpts != '[]'"):
        used.update(json.loads(also))
    return used


def last_issue_created(library: Library, series: str) -> str | None:
    """When the latest briefing of a series was made (for "new since the last issue")."""
    row = library.conn.execute("SELECT MAX(created_at) FROM briefings WHERE series = ?", (series,)).fetchone()
    return row[0] if row else None


def excerpts_created_after(library: Library, moment: str) -> set[int]:
    """Excerpts found or made after ``moment`` (ISO, UTC; re-tagging keeps their rows)."""
    return {row[0] for row in library.conn.execute("SELECT id FROM excerpts WHERE created_at > ?", (moment,))}


# -- user templates ----------------------------------------------------------------------------


def add_user_template(library: Library, name: str, kind: str, data: bytes) -> None:
    """Add a template, or replace the one of that name (no id returned: an upsert that
    replaces leaves ``lastrowid`` at an earlier insert's row)."""
    library.note_changed("user_templates")  # for the app's pages (composer/common/changes.py)
    with library.write():
        library.conn.execute(
            "INSERT INTO user_templates(name, kind, data) VALUES (?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET kind = excluded.kind, data = excluded.data,"
            " added_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')",
            (name, kind, data),
        )


def user_templates(library: Library) -> list[dict]:
    return [
        {"name": row[0], "kind": row[1], "added_at": row[2], "bytes": row[3]}
        for row in library.conn.execute("SELECT name, kind, added_at, length(data) FROM user_templates ORDER BY name")
    ]


def user_template_data(library: Library, name: str) -> tuple[str, bytes] | None:
    row = library.conn.execute("SELECT kind, data FROM user_templates WHERE name = ?", (name,)).fetchone()
    return (row[0], bytes(row[1])) if row else None


def set_item_text(library: Library, group: int, item_id: int, text: str | None) -> int:
    """This briefing's wording of an item (None: back to the excerpt's own text)."""
    return history.update(library, group, "briefing_items", "id = ?", (item_id,), {"text_override": text})


def replace_outline(library: Library, group: int, briefing: BriefingRow, known: StoredOutline | None = None,
                    touched: list[SectionRow] | None = None) -> None:
    """Store a briefing's fields, sections and items as given (an editor's whole outline)
    in place of what was stored — logged, so one undo brings the previous outline back.
    Only what differs is written (a move is one row, a rename one row), and what is stored
    is ``known`` (``stored_is_current`` before the group was started): with ``touched`` —
    the sections an edit changed the items of — only their items are compared, so an edit
    costs about the same on a 7,000-item briefing as on a small one. The caller marks what
    is stored once its group is finished (``remember_stored``)."""
    assert briefing.id is not None
    if known is not None:
        stored_sections, stored_items = known.sections, known.items
    else:
        stored_sections, stored_items, touched = *_stored_outline(library, briefing.id), None
    briefing.settings = {**briefing.settings, ISSUE_STATE: _edited_issue_state(library, briefing)}
    values = {name: getattr(briefing, name) for name in BRIEFING_FIELDS if name != "query"}
    values["settings"] = json.dumps(briefing.settings, ensure_ascii=False)
    history.update(library, group, "briefings", "id = ?", (briefing.id,), values)
    now_sections: dict[int, tuple] = {}
    fresh = []  # sections stored now for the first time: their items are new as well
    for position, section in enumerate(briefing.sections):
        if section.id is None or section.id not in stored_sections:
            fresh.append(section)
        now_sections[_store_section(library, group, briefing.id, position, section, stored_sections)] = (
            position, section.title, section.group_kind, section.group_key)
    gone = {i for i in stored_sections if i not in now_sections}
    compared = briefing.sections if touched is None else [*touched, *fresh]
    within = {section.id for section in compared} | gone
    kept = {item.id for section in compared for item in section.items if item.id in stored_items}
    dropped = [i for i, row in stored_items.items() if (touched is None or row[0] in within) and i not in kept]
    _delete_ids(library, group, "briefing_items", dropped)
    now_items = dict(stored_items)
    for item_id in dropped:
        del now_items[item_id]
    for section in {id(section): section for section in compared}.values():
        now_items.update(_store_items(library, group, section, stored_items))
    _delete_ids(library, group, "briefing_sections", sorted(gone))
    briefing.stored = StoredOutline((-1, -1), now_sections, now_items)


def stored_is_current(library: Library, briefing: BriefingRow) -> StoredOutline | None:
    """What the briefing knows of its stored outline, if nothing was written or undone since."""
    known = briefing.stored
    return known if known is not None and known.mark == log_mark(library) else None


def remember_stored(library: Library, briefing: BriefingRow) -> None:
    """After the group of ``replace_outline`` is finished: what is stored is known as of now."""
    if briefing.stored is not None:
        briefing.stored.mark = log_mark(library)


POSITION_STEP = 1024  # items are stored spaced, so an item moved between two others is one row written
_ITEM_COLUMNS = ("section_id", "position", "excerpt_id", "title", "text_override", "free_text", "source_line",
                 "also_excerpts")


def _stored_outline(library: Library, briefing_id: int) -> tuple[dict[int, tuple], dict[int, tuple]]:
    sections = {
        row[0]: tuple(row[1:])
        for row in library.conn.execute(
            "SELECT id, position, title, group_kind, group_key FROM briefing_sections WHERE briefing_id = ?",
            (briefing_id,),
        )
    }
    items = {
        row[0]: (*row[1:-1], tuple(json.loads(row[-1])))
        for row in library.conn.execute(
            "SELECT i.id, i.section_id, i.position, i.excerpt_id, i.title, i.text_override, i.free_text,"
            " i.source_line, i.also_excerpts FROM briefing_items i JOIN briefing_sections s ON s.id = i.section_id"
            " WHERE s.briefing_id = ?",
            (briefing_id,),
        )
    }
    return sections, items


def _store_section(library: Library, group: int, briefing_id: int, position: int, section: SectionRow,
                   stored: dict[int, tuple]) -> int:
    values = (position, section.title, section.group_kind, section.group_key)
    names = ("position", "title", "group_kind", "group_key")
    if section.id is None or section.id not in stored:
        section.id = history.insert_one(library, group, "briefing_sections", {**dict(zip(names, values)),
                                                                              "briefing_id": briefing_id})
    elif stored[section.id] != values:
        history.update(library, group, "briefing_sections", "id = ?", (section.id,), dict(zip(names, values)))
    return section.id


def _store_items(library: Library, group: int, section: SectionRow, stored: dict[int, tuple]) -> dict[int, tuple]:
    """A section's items: new ones inserted, changed ones updated; the positions of the
    items that kept their order stay as they are (see ``spaced_positions``). Returns what
    is stored now, by item id."""
    before = [
        stored[item.id][1] if item.id in stored and stored[item.id][0] == section.id else None
        for item in section.items
    ]
    now: dict[int, tuple] = {}
    for item, position in zip(section.items, spaced_positions(before)):
        values = (section.id, position, item.excerpt_id, item.title, item.text_override, item.free_text,
                  item.source_line, tuple(item.also_excerpts))
        old = stored.get(item.id) if item.id is not None else None
        if item.id is None or old is None:
            item.id = history.insert_one(library, group, "briefing_items", _item_columns(values))
        elif old != values:
            columns = zip(_ITEM_COLUMNS, _stored_values(values), values, old)
            changed = {name: column for name, column, value, was in columns if value != was}
            history.update(library, group, "briefing_items", "id = ?", (item.id,), changed)
        now[item.id] = values
    return now


def _stored_values(values: tuple) -> tuple:
    """An item's values as columns hold them (merged duplicates as JSON)."""
    return (*values[:-1], json.dumps(list(values[-1])))


def _item_columns(values: tuple) -> dict[str, object]:
    return dict(zip(_ITEM_COLUMNS, _stored_values(values)))


def spaced_positions(before: list[int | None]) -> list[int]:
    """Positions for items in their new order, given where each was stored (None: new
    here). The longest run of items still in stored order keeps its positions; the others
    get positions between their neighbours — or, with no room left, all are spaced anew."""
    if None not in before and all(a < b for a, b in zip(before, before[1:])):  # type: ignore[operator]
        return [int(p) for p in before if p is not None]  # nothing moved here: the usual section
    kept = set(_increasing_run(before))
    positions: list[int | None] = [before[i] if i in kept else None for i in range(len(before))]
    index = 0
    while index < len(positions):
        if positions[index] is not None:
            index += 1
            continue
        end = index
        while end < len(positions) and positions[end] is None:
            end += 1
        low = positions[index - 1] if index > 0 else None
        high = positions[end] if end < len(positions) else None
        filled = _between(low, high, end - index)
        if filled is None:
            return [i * POSITION_STEP for i in range(len(before))]
        positions[index:end] = filled
        index = end
    return [int(p) for p in positions if p is not None]


def _between(low: int | None, high: int | None, count: int) -> list[int] | None:
    if low is None and high is None:
        return [i * POSITION_STEP for i in range(count)]
    if low is None:
        assert high is not None
        return [high - (count - i) * POSITION_STEP for i in range(count)]
    if high is None:
        return [low + (i + 1) * POSITION_STEP for i in range(count)]
    if high - low <= count:
        return None
    return [low + (i + 1) * (high - low) // (count + 1) for i in range(count)]


def _increasing_run(values: list[int | None]) -> list[int]:
    """Indices of a longest strictly increasing subsequence of the values that are not None."""
    tails: list[int] = []  # value at the end of the best run of each length
    tail_index: list[int] = []
    previous: dict[int, int] = {}
    for index, value in enumerate(values):
        if value is None:
            continue
        length = bisect.bisect_left(tails, value)
        if length > 0:
            previous[index] = tail_index[length - 1]
        if length == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[length] = value
            tail_index[length] = index
    run: list[int] = []
    at = tail_index[-1] if tail_index else None
    while at is not None:
        run.append(at)
        at = previous.get(at)
    return run[::-1]


def _delete_ids(library: Library, group: int, table: str, ids: list[int]) -> None:
    for chunk in _chunks(sorted(ids)):
        history.delete(library, group, table, f"id IN ({','.join('?' * len(chunk))})", chunk)


# -- issue numbers ------------------------------------------------------------------------------
#
# A briefing's 期号 is provisional until its first export fixes it, unless the user chose it
# by hand. The state is kept in the briefing's settings (logged with them, so undo and redo
# keep number and state together); a briefing saved before states existed has none and
# counts as issued, so that a number that may have been printed is never given again.

ISSUE_STATE = "issue"
PROVISIONAL, CHOSEN, ISSUED = "provisional", "chosen", "issued"


@dataclass
class IssueHolder:
    id: int
    issue_no: int
    state: str  # provisional, chosen or issued
    title: str


def issue_state(settings: dict) -> str:
    state = settings.get(ISSUE_STATE)
    return state if state in (PROVISIONAL, CHOSEN) else ISSUED


def issue_holders(library: Library, series: str) -> list[IssueHolder]:
    """The briefings of ``series`` that hold a number."""
    rows = library.conn.execute(
        "SELECT id, issue_no, settings, title FROM briefings WHERE series = ? AND issue_no IS NOT NULL", (series,)
    )
    return [IssueHolder(row[0], row[1], issue_state(json.loads(row[2] or "{}")), row[3]) for row in rows]


def last_fixed_issue(holders: list[IssueHolder]) -> int:
    return max((h.issue_no for h in holders if h.state != PROVISIONAL), default=0)


def free_issue_no(holders: list[IssueHolder], *, after: int) -> int:
    """The first number after ``after`` that none of ``holders`` has."""
    taken = {holder.issue_no for holder in holders}
    number = after + 1
    while number in taken:
        number += 1
    return number


def set_issue(library: Library, group: int, briefing_id: int, values: dict[str, object]) -> None:
    """Change a briefing's series, 期号 and settings (logged in ``group``)."""
    if "settings" in values:
        values = {**values, "settings": json.dumps(values["settings"], ensure_ascii=False)}
    history.update(library, group, "briefings", "id = ?", (briefing_id,), values)


def _edited_issue_state(library: Library, briefing: BriefingRow) -> str:
    """What an edited outline's number is: chosen by hand when the editor changed number
    or series, else what it was (an editor's stale copy never undoes an export)."""
    row = library.conn.execute("SELECT series, issue_no, settings FROM briefings WHERE id = ?",
                               (briefing.id,)).fetchone()
    if row is None:
        return issue_state(briefing.settings)
    if (row[0], row[1]) != (briefing.series, briefing.issue_no):
        return CHOSEN
    return issue_state(json.loads(row[2] or "{}"))
