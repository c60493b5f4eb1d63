"""Batch tagging: people, statements and themes in the library's articles (``briefing tag``).

1. Discovery reads every article to tag and proposes the people it introduces (titles,
   lists, bylines) as suggestions — a fresh library with an empty directory learns its
   people from its articles; nothing enters the directory confirmed.
2. The theme model learns from the library's review decisions, if they changed
   (composer/tagging/learning.py).
3. With the directory (confirmed and suggested people) and the themes, each article's
   mentions and statements are found and stored as excerpts (origin auto, status
   suggested), and the article and each statement get suggested theme tags.

Re-running is idempotent: an article's automatic suggestions are replaced, decisions
and hand-made excerpts are kept (db/excerpts.py), and only articles not yet tagged by
this version of the tagger are read unless ``everything`` is asked for. Work is done
and committed in chunks, so a killed run keeps what it finished and the next run
resumes; ``cancelled`` is polled between chunks.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from composer.common.workers import WorkerPool, default_workers, ordered_map, worker_pool
from composer.people import directory as directory_ops
from composer.people.acts import Statement
from composer.people.cast import Cast, Ref
from composer.people.directory import Directory
from composer.people.discovery import discover
from composer.people.speeches import speech_speaker
from composer.people.statement_model import StatementModel
from composer.people.statements import StatementFinder, read_statements
from composer.people.view import View, headings_with_captions, make_view
from composer.tagging import learning
from composer.tagging.classify import Classifier, ThemeWords, theme_words, within
from composer.tagging.statement_learning import learn_statements, statement_model
from db import articles as article_store
from db import excerpts as excerpt_store
from db import open_library
from db import themes as theme_store
from db.library import Library

TAGGER_VERSION = "people-statements-themes-1"
CHUNK = 200  # articles per task and per transaction
PARALLEL_FROM_ARTICLES = 600  # below this, starting worker processes costs more than it saves

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass
class TagReport:
    articles: int = 0
    people_suggested: int = 0
    statements: int = 0
    remarks: int = 0  # speech of people who hold no office
    mentions: int = 0
    theme_tags: int = 0
    learned: dict = field(default_factory=dict)
    learned_statements: dict = field(default_factory=dict)
    cancelled: bool = False

    def as_json(self) -> dict:
        return {
            "articles": self.articles,
            "people_suggested": self.people_suggested,
            "statements": self.statements,
            "remarks": self.remarks,
            "mentions": self.mentions,
            "theme_tags": self.theme_tags,
            "learned": self.learned,
            "learned_statements": self.learned_statements,
            "cancelled": self.cancelled,
        }


def tag_articles(
    library: Library,
    *,
    everything: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    workers: int | None = None,
) -> TagReport:
    """Tag the articles not yet tagged by this tagger (all with ``everything``).
    ``workers``: processes for the CPU work (None: one per CPU; 0: this process)."""
    ids = excerpt_store.article_ids_to_tag(library, TAGGER_VERSION, everything=everything)
    if not ids:
        return TagReport()
    if workers is None:
        workers = default_workers() if len(ids) >= PARALLEL_FROM_ARTICLES else 0
    # the quick check the first write needs runs while the workers read (~0.2 s per 10,000 articles)
    library.check_sound_soon()
    try:
        with worker_pool(workers) as pool:  # one set of processes for both passes
            return _tag(library, ids, pool, progress, cancelled)
    finally:
        _close_readers()  # in this process (workers=0): the library must not stay open twice


def _tag(library: Library, ids: list[int], pool: WorkerPool | None, progress: ProgressCallback | None,
         cancelled: CancelCheck | None) -> TagReport:
    report = TagReport()
    chunks = [ids[start : start + CHUNK] for start in range(0, len(ids), CHUNK)]
    # Two passes over the articles: discovery first, so that a person introduced with
    # a title in one article is known when another names them bare. Workers read the
    # articles themselves (a read-only connection each): reading is spread over the
    # CPUs and 25 M characters are not sent through pipes twice.
    found: list[bytes] = []  # each chunk's sightings, pickled (see discover_chunk)
    for sightings in ordered_map(discover_chunk, [(library.path, chunk) for chunk in chunks], 0, pool=pool):
        found.append(sightings)
        if cancelled is not None and cancelled():
            report.cancelled = True
            return report
    report.people_suggested = directory_ops.apply_sightings(
        library, (article for sightings in found for article in pickle.loads(sightings))
    )
    directory = directory_ops.load_directory(library)
    report.learned = learning.learn(library).as_json()
    report.learned_statements = learn_statements(library).as_json()
    theme_rows = theme_store.all_themes(library)
    directory_ops.update_segmenter(directory, extra_words=learning.theme_vocabulary(theme_rows))
    model = theme_store.load_model(library)
    frozen = _Frozen(directory, theme_words(theme_rows, model), model, statement_model(library))
    done = 0
    if progress is not None:
        progress(0, len(ids), "")
    # each chunk's sightings go along: discovery is not run twice (it is a third of reading)
    tasks = [(library.path, frozen, chunk, sightings) for chunk, sightings in zip(chunks, found, strict=True)]
    for tagged in ordered_map(tag_chunk, tasks, 0, pool=pool):
        with library.write():
            excerpt_store.replace_suggestions(library, {i: excerpts for i, (excerpts, _) in tagged.items()})
            theme_store.replace_article_suggestions(library, {i: themes for i, (_, themes) in tagged.items()})
            excerpt_store.mark_tagged(library, list(tagged), TAGGER_VERSION)
        for article_excerpts, article_themes in tagged.values():
            report.statements += sum(1 for e in article_excerpts if e.kind == "statement")
            report.remarks += sum(1 for e in article_excerpts if e.kind == "remark")
            report.mentions += sum(1 for e in article_excerpts if e.kind == "mention")
            report.theme_tags += len(article_themes) + sum(len(e.themes) for e in article_excerpts)
        report.articles += len(tagged)
        done += len(tagged)
        if progress is not None:
            progress(done, len(ids), "")
        if cancelled is not None and cancelled():
            report.cancelled = done < len(ids)
            break
    return report


# -- the work of one chunk (pure; runs in worker processes) ------------------------------


_readers: dict[Path, Library] = {}


def _close_readers() -> None:
    while _readers:
        _readers.popitem()[1].close()


def _read(path: Path, ids: list[int]) -> list[dict]:
    """The articles, through this process's own read-only connection (kept open)."""
    if path not in _readers:
        _readers[path] = open_library(path, read_only=True, cache_kib=4096)
    return article_store.articles_for_tagging(_readers[path], ids)


def discover_chunk(task: tuple[Path, list[int]]) -> bytes:
    """The chunk's sightings, pickled. The process that tags keeps them until the second
    pass, and in the app that process is the GUI's: kept as objects (about a million on
    10,000 articles) every full garbage collection walked them all, stalling the GUI thread
    up to 0.3 s; as one bytes object per chunk they cost the collector nothing."""
    path, ids = task
    found = []
    for article in _read(path, ids):
        sightings = discover(
            make_view(article["body"]).text,
            reporters=article["reporters"],
            photographers=article["photographers"],
            headings=headings_with_captions(article),
            interview=article["kind"] == "interview",
        )
        sightings += speech_speaker(article)  # who gave a speech manuscript: named only in its byline
        if sightings:
            found.append(directory_ops.ArticleSightings(article["id"], article["published"], sightings))
    return pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)


class _Frozen:
    """A directory and theme model on their way to a worker: pickled once here,
    unpickled and turned into finders once per worker (not once per chunk)."""

    def __init__(self, directory: Directory, themes: list[ThemeWords], model: theme_store.ThemeModel,
                 statements: StatementModel) -> None:
        self.data = pickle.dumps((directory, themes, model, statements), protocol=pickle.HIGHEST_PROTOCOL)
        self.key = hashlib.sha1(self.data).hexdigest()


_finders: dict[str, tuple[Directory, StatementFinder, Classifier]] = {}
_Tagged = tuple[list[excerpt_store.NewExcerpt], list[theme_store.Tag]]


def tag_chunk(task: tuple[Path, _Frozen, list[int], bytes]) -> dict[int, _Tagged]:
    path, frozen, ids, pickled = task
    found: list[directory_ops.ArticleSightings] = pickle.loads(pickled)
    sightings = {article.article_id: article.sightings for article in found}
    if frozen.key not in _finders:
        _finders.clear()
        directory, themes, model, statements_model = pickle.loads(frozen.data)
        finder = StatementFinder(statements_model)
        _finders[frozen.key] = (directory, finder, Classifier(themes, model, directory.forms))
    directory, statements, classifier = _finders[frozen.key]
    tagged = {}
    for article in _read(path, ids):
        article["sightings"] = sightings.get(article["id"], [])
        words = classifier.words_in(article["body"])
        tagged[article["id"]] = (
            tag_one(article, directory, statements, classifier, words),
            article_themes(article, classifier, words),
        )
    return tagged


def article_themes(
    article: dict, classifier: Classifier, words: list[tuple[int, str]] | None = None
) -> list[theme_store.Tag]:
    headings = "\n".join([*article["headings"], *article["subheads"]])
    return [(t.theme_id, t.score, t.explanation) for t in classifier.classify(article["body"], headings, words=words)]


def tag_one(
    article: dict,
    directory: Directory,
    statements: StatementFinder,
    classifier: Classifier | None = None,
    words: list[tuple[int, str]] | None = None,
) -> list[excerpt_store.NewExcerpt]:
    """The excerpts (mentions and statements, with their themes) of one article.
    ``words``: the body's theme words (``classifier.words_in``), when known. Only office
    holders are linked as people: the directory serves officials' words."""
    body = article["body"]
    if classifier is not None and words is None:
        words = classifier.words_in(body)
    view, cast, found = read_statements(article, directory, statements)
    mentions = [_mention_excerpt(body, view, cast, ref) for ref in cast.refs if _linked(cast, ref.name, directory)]
    excerpts = [e for e in mentions if e is not None]
    for statement in found:
        excerpts.append(_statement_excerpt(body, statement, cast, directory, classifier, words))
    return excerpts


def _statement_excerpt(body: str, statement: Statement, cast: Cast, directory: Directory,
                       classifier: Classifier | None, words: list[tuple[int, str]] | None) -> excerpt_store.NewExcerpt:
    """An official's statement, or — for anyone who holds no office — a remark, with no
    person linked (the directory serves officials' words)."""
    official = statement.official
    person_id = None
    if official and statement.speaker_type == "person":
        person_id = _person_id(cast, statement.person_name, directory)
    people = [(person_id, "speaker")] if person_id else []
    for name in statement.people:
        other = _person_id(cast, name, directory) if _linked(cast, name, directory) else None
        if other and other != person_id:
            people.append((other, "mentioned"))
    text = body[statement.start : statement.end]
    themes = (
        []
        if classifier is None or words is None
        else [
            (t.theme_id, t.score, t.explanation)
            for t in classifier.classify(text, statement=True, words=within(words, statement.start, statement.end))
        ]
    )
    speaker_type = statement.speaker_type if official or statement.speaker_type != "person" else "other"
    return excerpt_store.NewExcerpt(
        "statement" if official else "remark",
        statement.start,
        statement.end,
        text,
        person_id,
        statement.speaker_text,
        speaker_type,
        statement.verb,
        statement.confidence,
        people,
        themes,
    )


def _linked(cast: Cast, name: str, directory: Directory) -> bool:
    member = cast.member(name)
    return member is not None and member.is_official and _person_id(cast, name, directory) is not None


def _person_id(cast: Cast, name: str | None, directory: Directory) -> int | None:
    if name is None:
        return None
    member = cast.member(name)
    if member is not None and member.person_id is not None:
        return member.person_id
    person = directory.best(name)
    return person.id if person is not None else None


def _mention_excerpt(body: str, view: View, cast: Cast, ref: Ref) -> excerpt_store.NewExcerpt | None:
    member = cast.member(ref.name)
    if member is None or member.person_id is None:
        return None
    start, end = view.body_span(ref.start, ref.end)
    return excerpt_store.NewExcerpt(
        "mention",
        start,
        end,
        body[start:end],
        member.person_id,
        member.name,
        "person",
        None,
        None,
        [(member.person_id, "mentioned")],
    )
