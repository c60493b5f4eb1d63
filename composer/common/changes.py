"""What a write changed, in the families of data the app's pages show.

Like Anki's ``OpChanges``: every core write the app triggers reports what it changed,
so each page can decide for itself whether it must reload, instead of a window that
guesses which page to refresh. The raw material is the set of table names the library
noted while writing (``Library.take_changes()``; the undo history notes every table it
logs, other writes note theirs in ``db/``); ``Changes.from_tables`` sorts them into the
few families pages care about. Plain Python: the core and the CLI may use it too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

# Which tables belong to which family. A table may belong to two (a theme tag on an
# excerpt changes both the excerpt and the theme's counts); tables no page shows (the
# import log, the search queue, the undo log itself) belong to none.
FAMILIES: dict[str, frozenset[str]] = {
    "articles": frozenset({"articles", "article_appearances", "sources", "article_themes", "article_tagging"}),
    "excerpts": frozenset({"excerpts", "excerpt_people", "excerpt_themes"}),
    "people": frozenset({"people", "person_aliases", "person_titles"}),
    "themes": frozenset({"themes", "excerpt_themes", "article_themes", "theme_word_weights"}),
    "briefings": frozenset({"briefings", "briefing_sections", "briefing_items"}),
    "templates": frozenset({"user_templates"}),
}


@dataclass(frozen=True)
class Changes:
    """Which families of data changed. Combine with ``|``, intersect with ``&``; false
    when nothing a page shows changed."""

    articles: bool = False  # articles, their printings, sources, article theme tags
    excerpts: bool = False  # statements, mentions, hand-made excerpts, their people and theme links
    people: bool = False  # the directory: people, aliases, titles
    themes: bool = False  # the theme tree and theme tags (their counts)
    briefings: bool = False  # briefings, sections, items
    templates: bool = False  # the user's briefing templates

    @classmethod
    def from_tables(cls, tables: Iterable[str]) -> Changes:
        names = set(tables)
        return cls(**{family: bool(names & members) for family, members in FAMILIES.items()})

    @classmethod
    def everything(cls) -> Changes:
        return cls(**{family: True for family in FAMILIES})

    def families(self) -> list[str]:
        return [field.name for field in fields(self) if getattr(self, field.name)]

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{name: getattr(self, name) or getattr(other, name) for name in FAMILIES})

    def __and__(self, other: Changes) -> Changes:
        return Changes(**{name: getattr(self, name) and getattr(other, name) for name in FAMILIES})

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in FAMILIES)

    def describe(self) -> str:
        """``articles+excerpts``, or ``nothing``: for logs and test messages."""
        return "+".join(self.families()) or "nothing"
