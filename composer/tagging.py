"""Batch tagging: people and statements in the library's articles (``briefing tag``).

1. Discovery reads every article to tag and proposes the people it introduces (titles,
   lists, bylines) as suggestions — a fresh library with an empty directory learns its
   people from its articles; nothing enters the directory confirmed.
2. With the directory (confirmed and suggested people), each article's mentions and
   statements are found and stored as excerpts (origin auto, status suggested).

Re-running is idempotent: an article's automatic suggestions are replaced, decisions
and hand-made excerpts are kept (db/excerpts.py), and only articles not yet tagged by
this version of the tagger are read unless ``everything`` is asked for. Work is done
and committed in chunks, so a killed run keeps what it finished and the next run
resumes; ``cancelled`` is polled between chunks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from composer import people as directory_ops
from composer.discovery import discover
from composer.mentions import Mention, MentionFinder
from composer.statements import StatementFinder
from db import articles as article_store
from db import excerpts as excerpt_store
from db.library import Library

TAGGER_VERSION = "people-statements-1"
CHUNK = 200  # articles per transaction

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass
class TagReport:
    articles: int = 0
    people_suggested: int = 0
    statements: int = 0
    mentions: int = 0
    cancelled: bool = False
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "articles": self.articles,
            "people_suggested": self.people_suggested,
            "statements": self.statements,
            "mentions": self.mentions,
            "cancelled": self.cancelled,
        }


def tag_articles(
    library: Library,
    *,
    everything: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> TagReport:
    report = TagReport()
    ids = excerpt_store.article_ids_to_tag(library, TAGGER_VERSION, everything=everything)
    if not ids:
        return report
    report.people_suggested = _discover_people(library, ids)
    directory = directory_ops.load_directory(library)
    mentions = MentionFinder(directory)
    statements = StatementFinder(directory)
    for done in range(0, len(ids), CHUNK):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(done, len(ids), "")
        chunk = article_store.articles_for_tagging(library, ids[done : done + CHUNK])
        with library.write():
            for article in chunk:
                found = tag_one(article, mentions, statements)
                excerpt_store.replace_suggestions(library, article["id"], found)
                report.statements += sum(1 for e in found if e.kind == "statement")
                report.mentions += sum(1 for e in found if e.kind == "mention")
            excerpt_store.mark_tagged(library, [a["id"] for a in chunk], TAGGER_VERSION)
        report.articles += len(chunk)
    if progress is not None and not report.cancelled:
        progress(len(ids), len(ids), "")
    return report


def _discover_people(library: Library, ids: list[int]) -> int:
    found = []
    for start in range(0, len(ids), 500):
        for article in article_store.articles_for_tagging(library, ids[start : start + 500]):
            sightings = discover(
                article["body"],
                reporters=article["reporters"],
                photographers=article["photographers"],
                headings=article["headings"],
                interview=article["kind"] == "interview",
            )
            if sightings:
                found.append(directory_ops.ArticleSightings(article["id"], article["published"], sightings))
    return directory_ops.apply_sightings(library, found)


def tag_one(article: dict, mentions: MentionFinder, statements: StatementFinder) -> list[excerpt_store.NewExcerpt]:
    """The excerpts (mentions and statements) of one article."""
    body = article["body"]
    found_mentions = mentions.find(body, article["published"])
    found_statements = statements.find(
        body, found_mentions, interview=article["kind"] == "interview", subheads=article["subheads"]
    )
    excerpts = [_mention_excerpt(body, m) for m in found_mentions]
    for statement in found_statements:
        people = [(statement.person_id, "speaker")] if statement.person_id else []
        people += [(p, "mentioned") for p in statement.people if p != statement.person_id]
        excerpts.append(excerpt_store.NewExcerpt(
            "statement", statement.start, statement.end, body[statement.start : statement.end],
            statement.person_id, statement.speaker_text, statement.speaker_type, statement.verb,
            statement.confidence, people,
        ))
    return excerpts


def _mention_excerpt(body: str, mention: Mention) -> excerpt_store.NewExcerpt:
    return excerpt_store.NewExcerpt(
        "mention", mention.start, mention.end, body[mention.start : mention.end], mention.person_id,
        mention.form, "person", None, None, [(mention.person_id, "mentioned")],
    )
