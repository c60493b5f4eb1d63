"""Checking a library: SQLite's own checks and the app's invariants, each problem worded
for the user (``briefing check``, the app's check after a restore). The queries are in
``db/maintenance.py``; here is what counts as a problem and how to say it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from composer.common.messages import text
from db import fts, maintenance
from db.library import Library


@dataclass(frozen=True)
class Problem:
    code: str
    details: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return text(self.code, **self.details)

    def as_json(self) -> dict:
        return {"code": self.code, "message": self.message, "details": self.details}


def check_library(library: Library) -> list[Problem]:
    """Everything wrong with the library: SQLite's own checks (the file, references
    between tables) and the app's invariants (excerpts inside their articles and equal
    to the text there, the search queue, the theme tree, briefing items), whether the
    search index file belongs to this library and this state of it, and copies rescued
    when the library's log was deleted. An empty list means the library is consistent.
    Each check runs even when another failed."""
    problems: list[Problem] = []
    for name, check in _CHECKS:
        try:
            problems += check(library.conn)
        except sqlite3.DatabaseError as error:
            problems.append(Problem("check_failed", {"check": name, "reason": str(error)}))
    for name, files_check in _FILE_CHECKS:
        try:
            problems += files_check(library)
        except sqlite3.DatabaseError as error:
            problems.append(Problem("check_failed", {"check": name, "reason": str(error)}))
    if any(problem.code == "check_integrity" or problem.details.get("check") == "integrity_check"
           for problem in problems):
        maintenance.forget_sound(library.path)  # damage: the next program to write checks again
    return problems


def _integrity(conn: sqlite3.Connection) -> list[Problem]:
    return [Problem("check_integrity", {"detail": line}) for line in maintenance.integrity_errors(conn)]


def _foreign_keys(conn: sqlite3.Connection) -> list[Problem]:
    return [
        Problem("check_foreign_key", {"table": table, "row": row, "parent": parent})
        for table, row, parent in maintenance.foreign_key_errors(conn)
        if (table, parent) not in _SAID_PLAINER
    ]


# Broken references that a check below words more plainly (one problem, said once).
_SAID_PLAINER = {("briefing_items", "excerpts"), ("fts_pending", "articles")}


def _excerpts(conn: sqlite3.Connection) -> list[Problem]:
    problems = [
        Problem("check_excerpt_offsets", {"excerpt": e, "article": a, "start": s, "end": end, "length": n})
        for e, a, s, end, n in maintenance.bad_excerpt_offsets(conn)
    ]
    return problems + [
        Problem("check_excerpt_text", {"excerpt": e, "article": a}) for e, a in maintenance.stale_excerpt_texts(conn)
    ]


def _pending(conn: sqlite3.Connection) -> list[Problem]:
    return [Problem("check_pending_orphan", {"article": article}) for article in maintenance.orphan_pending(conn)]


def _themes(conn: sqlite3.Connection) -> list[Problem]:
    themes = maintenance.theme_parents(conn)
    parents = {theme: parent for theme, (_, parent) in themes.items()}
    return [
        Problem("check_theme_cycle", {"themes": cycle, "names": "、".join(themes[t][0] for t in cycle)})
        for cycle in find_cycles(parents)
    ]


def _briefing_items(conn: sqlite3.Connection) -> list[Problem]:
    problems = [
        Problem("check_item_excerpt_missing", {"item": item, "excerpt": excerpt})
        for item, excerpt in maintenance.dangling_items(conn)
    ]
    return problems + [Problem("check_item_empty", {"item": item}) for item in maintenance.empty_items(conn)]


_CHECKS = (
    ("integrity_check", _integrity),
    ("foreign_key_check", _foreign_keys),
    ("excerpts", _excerpts),
    ("fts_pending", _pending),
    ("themes", _themes),
    ("briefing_items", _briefing_items),
)


def _search_index(library: Library) -> list[Problem]:
    return [Problem(code, details) for code, details in fts.index_problems(library)]


def _rescued(library: Library) -> list[Problem]:
    return [Problem("check_rescued_copy", {"path": str(path)}) for path in maintenance.rescued_copies(library.path)]


_FILE_CHECKS = (
    ("search_index", _search_index),
    ("rescued_copies", _rescued),
)


def find_cycles(parents: dict[int, int | None]) -> list[list[int]]:
    """The cycles of a parent map (each once, from its smallest id). A theme whose
    parent is missing ends its chain (that is a foreign-key problem, not a cycle)."""
    cycles: list[list[int]] = []
    state: dict[int, int] = {}  # 1: on the current chain, 2: done
    for start in sorted(parents):
        chain: list[int] = []
        node: int | None = start
        while node is not None and node in parents and state.get(node) != 2:
            if state.get(node) == 1:
                cycle = chain[chain.index(node) :]
                first = cycle.index(min(cycle))
                cycles.append(cycle[first:] + cycle[:first])
                break
            state[node] = 1
            chain.append(node)
            node = parents[node]
        for visited in chain:
            state[visited] = 2
    return cycles
