"""Typing mistakes caught before they do anything: a person's name the directory does not
know (with the nearest names it does know), excerpt ids that do not exist, a ``--db`` in a
folder that does not exist (a typo there would otherwise make a new, empty library)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from composer.common import messages
from composer.common.messages import BriefingError

if TYPE_CHECKING:
    from db.library import Library

SUGGESTED = 5  # at most this many names are offered
CLOSE_ENOUGH = 0.5  # difflib's ratio: 林振化 → 林振华 (0.67), 林华 → 林振华 (0.8)


def library_folder_problem(explicit: str | None) -> messages.Message | None:
    """A library typed as ``--db`` whose folder does not exist. The default library's folder
    is the app's own and is made when needed, and so is ``BRIEFING_DB``'s (set once, by
    whoever installs the app for a team, not typed at each command)."""
    if not explicit:
        return None
    chosen = explicit
    folder = Path(chosen).expanduser().parent
    if folder.is_dir():
        return None
    return messages.Message("cli_db_folder_missing", path=chosen, folder=str(folder))


def check_people(library: Library, names: Iterable[str | None]) -> None:
    """Raise ``person_unknown`` (exit 1) for the first name that is no one's name or alias,
    with the nearest names and aliases when there are any. Reads the directory only."""
    wanted = [name.strip() for name in names if name and name.strip()]
    if not wanted:
        return
    from db.people import all_people

    known: dict[str, str] = {}  # a name or alias → how it is offered
    for person in all_people(library):
        known[person.name] = person.name
        for alias in person.aliases:
            known.setdefault(alias, f"{alias}（{person.name}）")
    for name in wanted:
        if name in known:
            continue
        nearest = difflib.get_close_matches(name, list(known), n=SUGGESTED, cutoff=CLOSE_ENOUGH)
        if not nearest:
            raise BriefingError("person_unknown", name=name)
        offered = list(dict.fromkeys(known[match] for match in nearest))
        raise BriefingError("cli_person_unknown_nearest", name=name, names="、".join(offered))


def check_excerpts(library: Library, ids: list[int] | None) -> None:
    """Raise ``excerpt_missing`` (exit 1) when an id names no excerpt: nothing is changed."""
    if not ids:
        return
    from db.excerpts import ExcerptFilter, list_excerpts

    found = {row["id"] for row in list_excerpts(library, ExcerptFilter(ids=list(ids)))}
    missing = [excerpt_id for excerpt_id in ids if excerpt_id not in found]
    if missing:
        raise BriefingError("excerpt_missing", id=", ".join(str(excerpt_id) for excerpt_id in missing))
