"""Search the library: articles by words, or excerpts (what someone said) by words and
filters — ranked, with a snippet in which the matched words are marked.

Two kinds of result:

* **articles** — the default: articles whose title or text holds the query, filtered by
  date, source and article theme;
* **excerpts** — when a person, an excerpt kind or a review status is asked for: the
  excerpts (statements, mentions, marked passages) whose own text holds the query,
  filtered the same way plus by person, excerpt theme, kind and status.

A query may be empty when a filter is given: then the filters alone choose (every article
of 丰台时报, every statement of 王少峰), newest first. Empty with no filter is an error.

The index finds candidate articles (db/search.py over the bigram index of db/fts.py);
an excerpt's text is then checked with the query's own patterns (composer/search/query.py),
which also mark the words in snippets. Orders: ``newest`` (publication date, the
default) or ``relevance`` (bm25 with titles weighted for articles; for excerpts, how
often and how densely the words occur).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from composer.common.messages import BriefingError
from composer.common.text import search_fold
from composer.search.query import Query, parse
from db import fts
from db import search as store
from db.excerpts import ExcerptFilter
from db.library import Library
from db.search import ArticleFilter

SNIPPET_CHARACTERS = 90  # around the best match; whole excerpts up to this length are shown whole
MARK_OPEN, MARK_CLOSE = "【", "】"
ORDERS = ("newest", "relevance")
# Relevance ranks the newest this many matching articles (a date filter reaches older
# ones): bm25 costs ~1.3 µs per match, too slow for a word in 100,000 articles.
RELEVANCE_WINDOW = 10_000


@dataclass
class SearchRequest:
    query: str
    from_date: str | None = None
    to_date: str | None = None
    source: str | None = None
    theme: str | None = None
    person: str | None = None
    kind: str | None = None  # statement, mention, excerpt
    status: str | None = None  # suggested, accepted, rejected
    order: str = "newest"
    limit: int = 20
    offset: int = 0

    @property
    def wants_excerpts(self) -> bool:
        return bool(self.person or self.kind or self.status)

    @property
    def filtered(self) -> bool:
        """Is there any condition besides the words?"""
        return bool(self.from_date or self.to_date or self.source or self.theme or self.wants_excerpts)

    @property
    def words_only_filters(self) -> bool:
        """No words, only filters: list what the filters choose."""
        return not self.query.strip() and self.filtered


@dataclass
class Hit:
    article_id: int
    excerpt_id: int | None
    title: str
    published: str | None
    source: str | None
    snippet: str  # plain text; ``marks`` are (start, end) offsets into it
    marks: list[tuple[int, int]]
    score: float | None

    def marked_snippet(
        self, opening: str = MARK_OPEN, closing: str = MARK_CLOSE, escape: Callable[[str], str] = str
    ) -> str:
        """The snippet with its matches between ``opening`` and ``closing``; ``escape`` is
        applied to the article's text only (a terminal's colour codes must stay codes)."""
        pieces, position = [], 0
        for start, end in self.marks:
            pieces += [escape(self.snippet[position:start]), opening, escape(self.snippet[start:end]), closing]
            position = end
        return "".join(pieces) + escape(self.snippet[position:])

    def as_json(self) -> dict:
        return {
            "article_id": self.article_id, "excerpt_id": self.excerpt_id, "title": self.title,
            "published": self.published, "source": self.source, "snippet": self.marked_snippet(),
            "score": None if self.score is None else round(self.score, 3),
        }


@dataclass
class SearchResult:
    request: SearchRequest
    query: Query
    hits: list[Hit] = field(default_factory=list)
    more: bool = False  # there are results after these
    seconds: float = 0.0
    ranked_newest: int | None = None  # relevance ranked only the newest this many matches


def search(library: Library, request: SearchRequest) -> SearchResult:
    """Run a search. A query that cannot be read raises BriefingError with the reason."""
    if request.order not in ORDERS:
        raise BriefingError("search_order_unknown", order=request.order)
    started = time.perf_counter()
    query, filters = _prepared(library, request)
    if request.words_only_filters:
        request = replace(request, order="newest")  # nothing to rank by: newest first
    window = None
    if request.wants_excerpts:
        hits, more = _excerpt_hits(library, query, request, filters)
    else:
        hits, more, window = _article_hits(library, query, request, filters)
    return SearchResult(request, query, hits, more, time.perf_counter() - started, window)


def count(library: Library, request: SearchRequest) -> int:
    """How many articles match (article searches only; excerpt searches count their hits)."""
    query, filters = _prepared(library, request)
    return store.count_articles(library, _expression(query), filters)


def _prepared(library: Library, request: SearchRequest) -> tuple[Query, ArticleFilter]:
    """The parsed query and the article filters (the theme is the excerpts' in an excerpt
    search), with the dates checked and the index complete."""
    from_date, to_date = _checked_dates(request)
    query = Query(request.query) if request.words_only_filters else parse(request.query)
    _ready(library)
    theme = None if request.wants_excerpts else request.theme
    return query, ArticleFilter(from_date, to_date, request.source, theme)


def _expression(query: Query) -> str | None:
    """The index's MATCH expression; None for filters without words (every article)."""
    return query.fts() if query.clauses else None


def _checked_dates(request: SearchRequest) -> tuple[str | None, str | None]:
    """Dates typed in a search box must be dates: 2025-13-40 is an error, not an empty
    result; 2025/9/1 and 2025年9月1日 are read as 2025-09-01."""
    from composer.common.dates import parse_iso_date

    checked: list[str | None] = []
    for value in (request.from_date, request.to_date):
        day = parse_iso_date(value) if value else None
        if value and day is None:
            raise BriefingError("bad_date", value=value)
        checked.append(day)
    return checked[0], checked[1]


def _ready(library: Library) -> None:
    """Index what a crash left unindexed — unless the library is read-only (a CD, a
    write-protected stick): then search the index as it is, if there is one."""
    if not library.read_only:
        fts.ensure_index(library)
    elif not fts.index_path(library.path).exists():
        raise BriefingError("search_index_missing", path=str(fts.index_path(library.path)))


def _article_hits(library: Library, query: Query, request: SearchRequest,
                  filters: ArticleFilter) -> tuple[list[Hit], bool, int | None]:
    window = None
    if request.order == "newest":
        rows = store.newest_articles(library, _expression(query), filters, request.limit + 1, request.offset)
    else:
        rows, cut = store.relevant_articles(library, query.fts(), filters, request.limit + 1, request.offset,
                                            window=RELEVANCE_WINDOW)
        window = RELEVANCE_WINDOW if cut else None
    more, rows = len(rows) > request.limit, rows[: request.limit]
    prefix = None if query.clauses else SNIPPET_CHARACTERS + 1  # filters only: the snippet is the beginning
    texts = store.article_texts(library, [row.id for row in rows], prefix) if rows else {}
    hits = []
    for row in rows:
        title, body = texts[row.id]
        folded = search_fold(body) if query.clauses else ""  # once: matching and marking both read it
        snippet, marks = _snippet(query, body, folded) if query.matches(folded) else _snippet(query, title)
        hits.append(Hit(row.id, None, row.title, row.published, row.source, snippet, marks, row.score))
    return hits, more, window


def _excerpt_hits(library: Library, query: Query, request: SearchRequest,
                  filters: ArticleFilter) -> tuple[list[Hit], bool]:
    selection = ExcerptFilter(person=request.person, theme=request.theme, kind=request.kind, status=request.status)
    wanted = request.offset + request.limit + 1
    found: list[tuple[float, store.ExcerptRow, str]] = []
    for row in store.candidate_excerpts(library, _expression(query), filters, selection):
        folded = search_fold(row.text) if query.clauses else ""  # filters only: nothing to match or mark
        if not query.matches(folded):
            continue
        found.append((_density(query, folded), row, folded))
        if request.order == "newest" and len(found) >= wanted:
            break  # candidates come newest first: enough
    if request.order == "relevance":
        found.sort(key=lambda item: -item[0])
    page = found[request.offset : request.offset + request.limit]
    hits = []
    for score, row, folded in page:
        snippet, marks = _snippet(query, row.text, folded)
        hits.append(Hit(row.article_id, row.id, row.title, row.published, row.source, snippet, marks,
                        score if request.order == "relevance" else None))
    return hits, len(found) > request.offset + request.limit


def _density(query: Query, folded: str) -> float:
    """Relevance of an excerpt: occurrences of the words, dampened by length."""
    occurrences = sum(len(term.pattern.findall(folded)) for term in query.terms)
    return occurrences / math.log(len(folded) + 2)


def _snippet(query: Query, text: str, folded: str | None = None) -> tuple[str, list[tuple[int, int]]]:
    """About SNIPPET_CHARACTERS of ``text`` around the stretch with the most matched
    words, with the matches' offsets; … where it was cut. ``folded``: ``search_fold(text)``."""
    marks = query.marks(search_fold(text) if folded is None else folded)
    if len(text) <= SNIPPET_CHARACTERS:
        return text.replace("\n", " "), marks
    if not marks:
        return text[:SNIPPET_CHARACTERS].replace("\n", " ") + "…", []
    best_start, best_count = marks[0][0], 0
    for start, _ in marks:
        inside = sum(1 for s, e in marks if start <= s and e <= start + SNIPPET_CHARACTERS)
        if inside > best_count:
            best_start, best_count = start, inside
    begin = max(0, min(best_start - SNIPPET_CHARACTERS // 3, len(text) - SNIPPET_CHARACTERS))
    end = min(len(text), begin + SNIPPET_CHARACTERS)
    prefix, suffix = ("…" if begin > 0 else ""), ("…" if end < len(text) else "")
    shift = len(prefix) - begin
    kept = [(max(s, begin) + shift, min(e, end) + shift) for s, e in marks if s < end and e > begin]
    return prefix + text[begin:end].replace("\n", " ") + suffix, kept
