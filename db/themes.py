"""Themes: the tree, theme tags on excerpts and articles, and what review taught.

Edits that a person makes go through db/history.py (the caller passes the undo group);
tag suggestions written by ``briefing tag`` and the learned model are derived data and
are not logged.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from db import history
from db.library import Library

_DECIDED = ("accepted", "rejected")
# A theme tag: (theme id, score, explanation).
Tag = tuple[int, float, str]


@dataclass
class ThemeRow:
    id: int
    parent_id: int | None
    name: str
    keywords: list[str] = field(default_factory=list)
    synonyms: list[str] = field(default_factory=list)
    exclusions: list[str] = field(default_factory=list)
    position: int = 0


# -- the tree ------------------------------------------------------------------------------


def all_themes(library: Library) -> list[ThemeRow]:
    return [
        ThemeRow(row[0], row[1], row[2], json.loads(row[3]), json.loads(row[4]), json.loads(row[5]), row[6])
        for row in library.conn.execute(
            "SELECT id, parent_id, name, keywords, synonyms, exclusions, position FROM themes"
            " ORDER BY COALESCE(parent_id, 0), position, id"
        )
    ]


def tag_counts(library: Library) -> dict[int, dict[str, int]]:
    """Per theme: excerpt and article tags by status (rejected ones not counted)."""
    counts: dict[int, dict[str, int]] = {}
    for table, prefix in (("excerpt_themes", "excerpts"), ("article_themes", "articles")):
        for theme_id, status, number in library.conn.execute(
            f"SELECT theme_id, status, COUNT(*) FROM {table} WHERE status != 'rejected' GROUP BY theme_id, status"
        ):
            counts.setdefault(theme_id, {})[f"{prefix}_{status}"] = number
    return counts


def add_theme(library: Library, group: int, name: str, parent_id: int | None, keywords: list[str],
              synonyms: list[str], exclusions: list[str]) -> int:
    position = library.conn.execute(
        "SELECT COALESCE(MAX(position), -1) + 1 FROM themes WHERE parent_id IS ?", (parent_id,)
    ).fetchone()[0]
    history.insert(library, group, "themes", [{
        "parent_id": parent_id, "name": name, "keywords": _words(keywords), "synonyms": _words(synonyms),
        "exclusions": _words(exclusions), "position": position,
    }])
    return int(library.conn.execute(
        "SELECT id FROM themes WHERE parent_id IS ? AND name = ?", (parent_id, name)
    ).fetchone()[0])


def update_theme(library: Library, group: int, theme_id: int, **fields: object) -> int:
    """Change a theme's name, parent, position or word lists (lists given as lists)."""
    values = {key: _words(value) if isinstance(value, list) else value for key, value in fields.items()}
    return history.update(library, group, "themes", "id = ?", (theme_id,), values)


def delete_theme(library: Library, group: int, theme_id: int) -> None:
    """Delete a theme with its children and every tag of them (all logged for undo)."""
    ids = _subtree(library, theme_id)
    marks = ",".join("?" * len(ids))
    history.delete(library, group, "excerpt_themes", f"theme_id IN ({marks})", ids)
    history.delete(library, group, "article_themes", f"theme_id IN ({marks})", ids)
    history.delete(library, group, "theme_word_weights", f"theme_id IN ({marks})", ids)
    for child in reversed(ids):  # children before parents, so the parents' cascade finds nothing
        history.delete(library, group, "themes", "id = ?", (child,))
    forget_model(library)


def forget_model(library: Library) -> None:
    """Make the next ``learn`` recompute the model (its rows of deleted themes are gone
    with them, and an undo does not bring derived rows back)."""
    library.conn.execute("DELETE FROM settings WHERE key = 'theme_model'")


def move_tags(library: Library, group: int, source: int, target: int) -> None:
    """Give ``source``'s tags to ``target`` (merging two themes): a tag the target
    already has on the same excerpt or article is kept and the source's dropped."""
    for table, owner in (("excerpt_themes", "excerpt_id"), ("article_themes", "article_id")):
        rows = [
            dict(zip(("owner", "origin", "status", "score", "explanation"), row))
            for row in library.conn.execute(
                f"SELECT {owner}, origin, status, score, explanation FROM {table} s WHERE theme_id = ?"
                f" AND NOT EXISTS (SELECT 1 FROM {table} t WHERE t.theme_id = ? AND t.{owner} = s.{owner})",
                (source, target),
            )
        ]
        history.delete(library, group, table, "theme_id = ?", (source,))
        history.insert(library, group, table, [
            {owner: row["owner"], "theme_id": target, "origin": row["origin"], "status": row["status"],
             "score": row["score"], "explanation": row["explanation"]}
            for row in rows
        ])


def _subtree(library: Library, theme_id: int) -> list[int]:
    return [
        row[0]
        for row in library.conn.execute(
            "WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT t.id FROM themes t JOIN tree ON t.parent_id = tree.id)"
            " SELECT id FROM tree",
            (theme_id,),
        )
    ]


def _words(words: object) -> str:
    return json.dumps([str(w) for w in words] if isinstance(words, list) else [], ensure_ascii=False)


# -- tags written by tagging ------------------------------------------------------------------


def replace_excerpt_suggestions(library: Library, found: dict[int, list[Tag]]) -> None:
    """Make the suggested theme tags of these excerpts what classification found; tags
    a person decided or added stay as they are (in the caller's transaction)."""
    _replace(library, "excerpt_themes", "excerpt_id", found)


def replace_article_suggestions(library: Library, found: dict[int, list[Tag]]) -> None:
    _replace(library, "article_themes", "article_id", found)


def _replace(library: Library, table: str, owner: str, found: dict[int, list[Tag]]) -> None:
    existing: dict[tuple[int, int], tuple] = {}
    for chunk in _chunks(list(found)):
        marks = ",".join("?" * len(chunk))
        for row in library.conn.execute(
            f"SELECT {owner}, theme_id, score, explanation, origin = 'auto' AND status = 'suggested'"
            f" FROM {table} WHERE {owner} IN ({marks})",
            chunk,
        ):
            existing[(row[0], row[1])] = row
    inserts, updates = [], []
    for owner_id, tags in found.items():
        for theme_id, score, explanation in tags:
            old = existing.pop((owner_id, theme_id), None)
            if old is None:
                inserts.append((owner_id, theme_id, score, explanation))
            elif old[4] and (old[2] != score or old[3] != explanation):
                updates.append((score, explanation, owner_id, theme_id))
    stale = [(key[0], key[1]) for key, row in existing.items() if row[4]]
    conn = library.conn
    library.note_changed(table)  # for the app's pages (composer/common/changes.py)
    conn.executemany(f"DELETE FROM {table} WHERE {owner} = ? AND theme_id = ?", stale)
    conn.executemany(f"UPDATE {table} SET score = ?, explanation = ? WHERE {owner} = ? AND theme_id = ?", updates)
    conn.executemany(
        f"INSERT INTO {table}({owner}, theme_id, score, explanation, origin, status)"
        " VALUES (?, ?, ?, ?, 'auto', 'suggested')",
        inserts,
    )


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[start : start + size] for start in range(0, len(ids), size)]


# -- reading tags ------------------------------------------------------------------------------


def article_theme_names(library: Library, article_ids: list[int]) -> dict[int, list[str]]:
    """Theme labels of articles (suggested and accepted; rejected ones are not)."""
    found: dict[int, list[str]] = {}
    for chunk in _chunks(article_ids):
        marks = ",".join("?" * len(chunk))
        for article_id, name in library.conn.execute(
            f"SELECT at.article_id, t.name FROM article_themes at JOIN themes t ON t.id = at.theme_id"
            f" WHERE at.article_id IN ({marks}) AND at.status != 'rejected' ORDER BY at.score DESC, t.name",
            chunk,
        ):
            found.setdefault(article_id, []).append(name)
    return found


def theme_tags(library: Library, kind: str, owner_ids: list[int]) -> dict[int, list[dict]]:
    """Every theme tag of articles or excerpts (``kind``), rejected ones included: the
    theme, score, explanation (which words matched), status and origin; best first."""
    table, owner = _TAG_TABLES[kind]
    found: dict[int, list[dict]] = {}
    for chunk in _chunks(owner_ids):
        marks = ",".join("?" * len(chunk))
        for owner_id, name, score, explanation, status, origin in library.conn.execute(
            f"SELECT x.{owner}, t.name, x.score, x.explanation, x.status, x.origin FROM {table} x"
            f" JOIN themes t ON t.id = x.theme_id WHERE x.{owner} IN ({marks})"
            " ORDER BY x.score IS NULL, x.score DESC, t.name",
            chunk,
        ):
            found.setdefault(owner_id, []).append(
                {"theme": name, "score": score, "why": explanation, "status": status, "origin": origin})
    return found


def theme_ids_named(library: Library, name: str) -> list[int]:
    """A theme by name, with its descendants (a parent theme stands for its children)."""
    return [
        row[0]
        for row in library.conn.execute(
            "WITH RECURSIVE tree(id) AS (SELECT id FROM themes WHERE name = ?"
            " UNION SELECT t.id FROM themes t JOIN tree ON t.parent_id = tree.id) SELECT id FROM tree",
            (name,),
        )
    ]


# -- learning from review -----------------------------------------------------------------------


def decided_tags(library: Library) -> list[tuple[str, int, int, bool]]:
    """Every theme decision: (``article``/``excerpt``, its id, theme id, accepted?). Tags
    a person added count as accepted."""
    found = []
    sources = (("article", "article_themes", "article_id"), ("excerpt", "excerpt_themes", "excerpt_id"))
    for kind, table, owner in sources:
        for owner_id, theme_id, status in library.conn.execute(
            f"SELECT {owner}, theme_id, status FROM {table} WHERE status IN (?, ?) OR origin = 'manual'", _DECIDED
        ):
            found.append((kind, owner_id, theme_id, status != "rejected"))
    return found


def decisions_fingerprint(library: Library) -> str:
    """Changes whenever a theme decision does (to know when to learn again)."""
    parts = []
    for table in ("article_themes", "excerpt_themes"):
        parts.append(library.conn.execute(
            f"SELECT COUNT(*), TOTAL(theme_id * 31 + (status = 'accepted')) FROM {table}"
            " WHERE status IN ('accepted', 'rejected') OR origin = 'manual'"
        ).fetchone())
    themes = library.conn.execute("SELECT COUNT(*), TOTAL(id), TOTAL(LENGTH(keywords) + LENGTH(synonyms)"
                                  " + LENGTH(exclusions)) FROM themes").fetchone()
    return json.dumps([parts, themes])


@dataclass
class ThemeModel:
    """What review taught (composer/tagging/learning.py); empty: the defaults."""

    weights: dict[int, dict[str, float]] = field(default_factory=dict)  # theme -> word -> weight
    thresholds: dict[int, float] = field(default_factory=dict)  # theme -> article threshold
    examples: dict[int, int] = field(default_factory=dict)  # theme -> decided articles behind it
    relative_to_best: float | None = None  # share of an article's best score a theme must reach
    companions: dict[int, dict[int, float]] = field(default_factory=dict)  # theme -> theme tagged with it -> share


def save_model(library: Library, model: ThemeModel, fingerprint: str) -> None:
    conn = library.conn
    for table in ("theme_word_weights", "theme_models", "theme_companions"):
        conn.execute(f"DELETE FROM {table}")
    conn.executemany(
        "INSERT INTO theme_word_weights(theme_id, word, weight) VALUES (?, ?, ?)",
        [(theme_id, word, weight) for theme_id, words in model.weights.items() for word, weight in words.items()],
    )
    conn.executemany(
        "INSERT INTO theme_models(theme_id, threshold, examples) VALUES (?, ?, ?)",
        [(theme_id, model.thresholds.get(theme_id), model.examples.get(theme_id, 0))
         for theme_id in set(model.thresholds) | set(model.examples)],
    )
    conn.executemany(
        "INSERT INTO theme_companions(theme_id, companion_id, share) VALUES (?, ?, ?)",
        [(theme_id, companion, share) for theme_id, found in model.companions.items()
         for companion, share in found.items()],
    )
    conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('theme_model', ?)", (fingerprint,))
    if model.relative_to_best is None:
        conn.execute("DELETE FROM settings WHERE key = 'theme_relative_cutoff'")
    else:
        conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('theme_relative_cutoff', ?)",
                     (repr(model.relative_to_best),))


def load_model(library: Library) -> ThemeModel:
    model = ThemeModel()
    conn = library.conn
    for theme_id, word, weight in conn.execute("SELECT theme_id, word, weight FROM theme_word_weights"):
        model.weights.setdefault(theme_id, {})[word] = weight
    for theme_id, threshold, examples in conn.execute("SELECT theme_id, threshold, examples FROM theme_models"):
        if threshold is not None:
            model.thresholds[theme_id] = threshold
        model.examples[theme_id] = examples
    for theme_id, companion, share in conn.execute("SELECT theme_id, companion_id, share FROM theme_companions"):
        model.companions.setdefault(theme_id, {})[companion] = share
    row = conn.execute("SELECT value FROM settings WHERE key = 'theme_relative_cutoff'").fetchone()
    model.relative_to_best = float(row[0]) if row else None
    return model


def model_fingerprint(library: Library) -> str | None:
    row = library.conn.execute("SELECT value FROM settings WHERE key = 'theme_model'").fetchone()
    return row[0] if row else None


# -- decisions (logged in the caller's undo group) --------------------------------------------

_TAG_TABLES = {"excerpt": ("excerpt_themes", "excerpt_id"), "article": ("article_themes", "article_id")}


def decide_tags(library: Library, group: int, kind: str, owner_ids: list[int], theme_ids: list[int] | None,
                status: str) -> int:
    """Accept or reject theme tags of excerpts or articles: the given themes, or (None)
    every tag still a suggestion. Returns how many tags changed."""
    table, owner = _TAG_TABLES[kind]
    changed = 0
    for chunk in _chunks(owner_ids):
        where = f"{owner} IN ({','.join('?' * len(chunk))})"
        parameters: list[object] = list(chunk)
        if theme_ids is None:
            where += " AND status = 'suggested'"
        else:
            where += f" AND theme_id IN ({','.join('?' * len(theme_ids)) or 'NULL'})"
            parameters += theme_ids
        changed += history.update(library, group, table, where, parameters, {"status": status})
    return changed


def add_tags(library: Library, group: int, kind: str, owner_ids: list[int], theme_ids: list[int]) -> int:
    """Tag excerpts or articles with themes by hand (accepted); an existing tag is accepted."""
    table, owner = _TAG_TABLES[kind]
    changed = decide_tags(library, group, kind, owner_ids, theme_ids, "accepted")
    missing = []
    for chunk in _chunks(owner_ids):
        marks = ",".join("?" * len(chunk))
        for theme_id in theme_ids:
            tagged = {row[0] for row in library.conn.execute(
                f"SELECT {owner} FROM {table} WHERE theme_id = ? AND {owner} IN ({marks})", (theme_id, *chunk)
            )}
            missing += [{owner: owner_id, "theme_id": theme_id, "origin": "manual", "status": "accepted"}
                        for owner_id in chunk if owner_id not in tagged]
    return changed + history.insert(library, group, table, missing)
