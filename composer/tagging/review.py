"""Reviewing suggestions: accept, reject, fix a span or a speaker, set themes — one at a
time or in bulk by filter — each call one undoable action (db/history.py).

The UI and the CLI call these functions; ``parse_where`` reads the filter people type
(``person=王少峰 theme=接诉即办 confidence>=0.8 article=10-20``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from composer.common.messages import BriefingError
from composer.tagging import themes as theme_ops
from db import excerpts as store
from db import history
from db import people as people_store
from db import themes as theme_store
from db.excerpts import ExcerptFilter
from db.library import Library

_CONDITION = re.compile(r"^(?P<key>[a-z_]+)\s*(?P<op>>=|=)\s*(?P<value>.+)$")
_KINDS = ("statement", "remark", "mention", "excerpt")
_ORIGINS = ("auto", "manual")
_STATUSES = ("suggested", "accepted", "rejected")
_CHOICES = {"kind": _KINDS, "origin": _ORIGINS, "status": _STATUSES}


@dataclass
class ReviewResult:
    changed: int
    group: int | None  # the undo group, None when nothing changed

    def as_json(self) -> dict:
        return {"changed": self.changed, "group": self.group}


def parse_where(text: str) -> ExcerptFilter:
    """``key=value`` conditions separated by spaces, commas or ；: person, theme, kind,
    origin, status, confidence>= (0–1), article (an id or a range 10-20)."""
    selection = ExcerptFilter()
    for part in filter(None, re.split(r"[\s,，;；]+", text.strip())):
        match = _CONDITION.match(part)
        if match is None:
            raise BriefingError("filter_invalid", part=part)
        key, op, value = match.group("key"), match.group("op"), match.group("value").strip()
        try:
            _apply_condition(selection, key, op, value)
        except ValueError as error:
            raise BriefingError("filter_invalid", part=part) from error
    return selection


def _apply_condition(selection: ExcerptFilter, key: str, op: str, value: str) -> None:
    if key == "confidence" and op == ">=":
        selection.min_confidence = float(value)
    elif op != "=":
        raise ValueError(key)
    elif key in ("person", "theme") or value in _CHOICES.get(key, ()):
        setattr(selection, key, value)
    elif key == "article":
        first, _, last = value.partition("-")
        selection.articles = (int(first), int(last or first))
    else:
        raise ValueError(key)


def accept(library: Library, selection: ExcerptFilter) -> ReviewResult:
    """Accept the selected excerpts (and the theme suggestions they carry)."""
    return _set_status(library, selection, "accepted", "review.accept", "接受 {} 条摘录")


def reject(library: Library, selection: ExcerptFilter) -> ReviewResult:
    return _set_status(library, selection, "rejected", "review.reject", "拒绝 {} 条摘录")


def _set_status(library: Library, selection: ExcerptFilter, status: str, action: str, summary: str) -> ReviewResult:
    if selection.is_empty():
        raise BriefingError("nothing_selected")
    with library.write():
        group = history.start_group(library, action, "")
        changed = store.set_status(library, group, selection, status)
        return _finish(library, group, changed, summary.format(changed))


def edit_span(library: Library, excerpt_id: int, start: int, end: int) -> ReviewResult:
    """Move an excerpt's boundaries (character offsets into its article's text); the
    snapshot follows. The status stays as it is."""
    row = _excerpt(library, excerpt_id)
    if not 0 <= start < end <= len(row["body"]):
        raise BriefingError("span_invalid", start=start, end=end, length=len(row["body"]))
    with library.write():
        group = history.start_group(library, "review.span", "")
        changed = store.set_span(library, group, excerpt_id, start, end, row["body"][start:end])
        return _finish(library, group, changed, f"修改摘录 {excerpt_id} 的范围")


def set_speaker(library: Library, excerpt_id: int, speaker: str) -> ReviewResult:
    """Give a statement to a person of the directory (by name or alias), or — when no
    one has that name — keep the words as an unnamed speaker (区商务局相关负责人). The
    status stays: a corrected suggestion still waits for its A or R."""
    row = _excerpt(library, excerpt_id)
    with library.write():
        group = history.start_group(library, "review.speaker", "")
        _set_speaker(library, group, row, speaker)
        return _finish(library, group, 1, f"摘录 {excerpt_id} 的讲话人改为 {speaker.strip()}")


def _set_speaker(library: Library, group: int, row: dict, speaker: str) -> None:
    """An empty speaker makes a hand-marked statement a plain passage again."""
    speaker = speaker.strip()
    if not speaker:
        kind = "excerpt" if row["kind"] == "statement" else None
        store.set_speaker(library, group, row["id"], None, None, None, kind)
        return
    person = next((p for p in people_store.all_people(library)
                   if speaker == p.name or speaker in p.aliases), None)
    store.set_speaker(library, group, row["id"], person.id if person else None,
                      person.name if person else speaker, "person" if person else "unnamed_person",
                      "statement" if row["kind"] == "excerpt" else None)


def edit_excerpt(library: Library, excerpt_id: int, *, speaker: str | None = None,
                 themes: Sequence[str] | None = None, note: str | None = None) -> ReviewResult:
    """Correct an excerpt in one undoable step (the excerpt editor's 确定): its
    ``speaker`` (as ``set_speaker``; "" for none), its ``themes`` (the full list wanted:
    new ones are tagged by hand, missing ones rejected, suggested ones stay suggestions),
    its ``note``. None leaves a part as it is. The status stays: editing is not accepting.
    Every theme name is checked before anything is written."""
    row = _excerpt(library, excerpt_id)
    ids = {theme.name: theme.id for theme in theme_store.all_themes(library)}
    current = _current_themes(library, excerpt_id)
    wanted = list(dict.fromkeys(t.strip() for t in themes or [] if t.strip())) if themes is not None else None
    unknown = [name for name in wanted or [] if name not in ids]
    if unknown:
        raise BriefingError("theme_missing", name=unknown[0])
    added = [ids[n] for n in wanted if n not in current] if wanted is not None else []
    dropped = [ids[n] for n in current if wanted is not None and n not in wanted and n in ids]
    speaker_changes = speaker is not None and speaker.strip() != (row["speaker"] or "")
    note_changes = note is not None and (note.strip() or None) != (row["note"] or None)
    with library.write():
        group = history.start_group(library, "review.edit", "")
        changed = 0
        if speaker_changes:
            _set_speaker(library, group, row, speaker or "")
            changed += 1
        if added:
            changed += theme_store.add_tags(library, group, "excerpt", [excerpt_id], added)
        if dropped:
            changed += theme_store.decide_tags(library, group, "excerpt", [excerpt_id], dropped, "rejected")
        if note_changes:
            changed += store.set_note(library, group, excerpt_id, (note or "").strip() or None)
        return _finish(library, group, changed, f"修改摘录 {excerpt_id}")


def _current_themes(library: Library, excerpt_id: int) -> list[str]:
    """The names of the excerpt's themes not rejected."""
    tags = theme_store.theme_tags(library, "excerpt", [excerpt_id]).get(excerpt_id, [])
    return [t["theme"] for t in tags if t["status"] != "rejected"]


def set_excerpt_themes(library: Library, selection: ExcerptFilter, *, add: Sequence[str] = (),
                       accept: Sequence[str] | None = None, reject: Sequence[str] = ()) -> ReviewResult:
    """Theme decisions on the selected excerpts: ``add`` themes by hand, ``accept`` or
    ``reject`` suggested ones (``accept=[]``: every suggestion)."""
    if selection.is_empty():
        raise BriefingError("nothing_selected")
    ids = store.selected_ids(library, selection)
    return _decide_themes(library, "excerpt", ids, add, accept, reject)


def set_article_themes(library: Library, article_ids: list[int], *, add: Sequence[str] = (),
                       accept: Sequence[str] | None = None, reject: Sequence[str] = ()) -> ReviewResult:
    """Theme decisions on articles, as ``set_excerpt_themes``."""
    return _decide_themes(library, "article", article_ids, add, accept, reject)


def _decide_themes(library: Library, kind: str, ids: list[int], add: Sequence[str], accept: Sequence[str] | None,
                   reject: Sequence[str]) -> ReviewResult:
    added = [theme_ops.find_theme(library, name).id for name in add]
    accepted = None if accept is not None and not accept else [
        theme_ops.find_theme(library, name).id for name in accept or []
    ]
    rejected = [theme_ops.find_theme(library, name).id for name in reject]
    with library.write():
        group = history.start_group(library, f"review.{kind}_themes", "")
        changed = 0
        if added:
            changed += theme_store.add_tags(library, group, kind, ids, added)
        if accept is not None and (accepted is None or accepted):
            changed += theme_store.decide_tags(library, group, kind, ids, accepted, "accepted")
        if rejected:
            changed += theme_store.decide_tags(library, group, kind, ids, rejected, "rejected")
        what = "篇文章" if kind == "article" else "条摘录"
        return _finish(library, group, changed, f"修改 {len(ids)} {what}的主题（{changed} 处）")


def _excerpt(library: Library, excerpt_id: int) -> dict:
    row = store.excerpt_row(library, excerpt_id)
    if row is None:
        raise BriefingError("excerpt_missing", id=excerpt_id)
    return row


def _finish(library: Library, group: int, changed: int, summary: str) -> ReviewResult:
    history.set_summary(library, group, summary)
    rows = history.finish_group(library, group)
    return ReviewResult(changed, group if rows else None)


# -- undo and redo (every change above is one group of db/history.py) -------------------------


def undo(library: Library) -> history.Group | None:
    """Undo the latest change still done (persisted: it survives a restart) and say what
    was undone: the step's ``summary`` and the ``tables`` it changed back (the app turns
    them into ``Changes`` to update its pages). None when there is nothing to undo. The
    learned theme model follows at the next tagging."""
    return history.undo(library)


def redo(library: Library) -> history.Group | None:
    """Redo the change undone last, saying what was redone as ``undo`` does; None when
    there is nothing to redo."""
    return history.redo(library)


def recent_changes(library: Library, limit: int = 50) -> list[history.Group]:
    """The latest changes, newest first; undone ones are marked ``undone``."""
    return history.history(library, limit)


# -- excerpts made and removed by hand ----------------------------------------------------------


def create_excerpt(library: Library, article_id: int, start: int, end: int, *, speaker: str | None = None,
                   people: Sequence[str] = (), themes: Sequence[str] = (), note: str | None = None) -> int:
    """Mark text[start:end] of an article as an excerpt (a statement when ``speaker`` is
    given: a directory name or alias, or a printed description). One undoable step."""
    from db.articles import bodies

    body = bodies(library, [article_id]).get(article_id)
    if body is None:
        raise BriefingError("article_missing", id=article_id)
    while start < end and body[start].isspace():  # a selection's stray blanks are not part of it
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if not 0 <= start < end <= len(body):
        raise BriefingError("span_invalid", start=start, end=end, length=len(body))
    directory = {name: p.id for p in people_store.all_people(library) for name in (p.name, *p.aliases)}
    missing = [name for name in people if name not in directory]
    if missing:
        raise BriefingError("person_unknown", name="、".join(missing))
    theme_ids = [theme_ops.find_theme(library, name).id for name in themes]
    speaker_id = directory.get(speaker) if speaker else None
    with library.write():
        group = history.start_group(library, "review.create", "")
        excerpt_id = store.add_manual_excerpt(
            library, group, article_id, start, end, body[start:end], speaker_id=speaker_id,
            speaker_text=speaker or None, people=[directory[name] for name in people], themes=theme_ids,
            note=(note or "").strip() or None)
        _finish(library, group, 1, f"新建摘录 {excerpt_id}")
    return excerpt_id


def delete_excerpt(library: Library, excerpt_id: int) -> ReviewResult:
    _excerpt(library, excerpt_id)
    with library.write():
        group = history.start_group(library, "review.delete", "")
        store.delete_excerpt(library, group, excerpt_id)
        return _finish(library, group, 1, f"删除摘录 {excerpt_id}")
