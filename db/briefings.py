"""Briefings: the saved document (fields, sections, items), usage of excerpts, and user
templates. Writes go through db/history.py so that a composed or deleted briefing can
be undone like any review step.
"""

from __future__ import annotations

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
                "position": item_position,
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
    sections = {
        section_id: SectionRow(title, kind, key, id=section_id)
        for section_id, title, kind, key in library.conn.execute(
            "SELECT id, title, group_kind, group_key FROM briefing_sections WHERE briefing_id = ? ORDER BY position",
            (briefing_id,),
        )
    }
    for section_id, item_id, excerpt_id, title, override, free, source, also in library.conn.execute(
        "SELECT i.section_id, i.id, i.excerpt_id, i.title, i.text_override, i.free_text, i.source_line,"
        " i.also_excerpts FROM briefing_items i JOIN briefing_sections s ON s.id = i.section_id"
        " WHERE s.briefing_id = ? ORDER BY s.position, i.position",
        (briefing_id,),
    ):
        sections[section_id].items.append(ItemRow(excerpt_id, title, override, free, source, json.loads(also), item_id))
    briefing.sections = list(sections.values())
    return briefing


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


def replace_outline(library: Library, group: int, briefing: BriefingRow) -> None:
    """Store a briefing's fields, sections and items as given (an editor's whole outline),
    in place of what was stored — logged, so one undo brings the previous outline back."""
    assert briefing.id is not None
    briefing.settings = {**briefing.settings, ISSUE_STATE: _edited_issue_state(library, briefing)}
    _delete_outline(library, group, briefing.id)
    values = {name: getattr(briefing, name) for name in BRIEFING_FIELDS if name != "query"}
    values["settings"] = json.dumps(briefing.settings, ensure_ascii=False)
    history.update(library, group, "briefings", "id = ?", (briefing.id,), values)
    _insert_sections(library, group, briefing.id, briefing.sections)


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
