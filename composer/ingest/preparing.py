"""Preparing files for import: everything about a file that needs no library.

Reading, cleanup, page splitting, reprint fingerprints and the search-index rendering
are pure CPU work on one file. For larger batches they run in worker processes
(composer/common/workers.py), and this module imports nothing that touches the library, so
workers start fast.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from composer.common.article import ParsedArticle
from composer.common.messages import BriefingError
from composer.common.workers import ordered_map
from composer.ingest import bylines, reprints
from composer.ingest.layout import split_text
from composer.ingest.readers import Document, read_path
from db.search_text import index_text

PARALLEL_FROM_FILES = 24  # below this, starting worker processes costs more than it saves


@dataclass
class PreparedArticle:
    article: ParsedArticle
    fingerprint: reprints.Fingerprint
    index_title: str
    index_body: str
    printed_date: str | None = None  # the date the article's page prints for it (a web page's meta line)


@dataclass
class PreparedFile:
    path: str
    sha256: str | None = None
    size: int = 0
    document: Document | None = None
    articles: list[PreparedArticle] = field(default_factory=list)
    error: BriefingError | None = None
    printed_date: str | None = None  # a full date printed in the page's masthead (or a web page's meta line)
    printed_source: str | None = None  # the site or outlet a one-article file prints (来源, a dateline)
    layout: str = "auto"  # asked for: auto | page | article; after splitting, what was decided: page | article


def prepare_file(path: str, layout: str = "auto") -> PreparedFile:
    """Everything about one file that needs no library. Never raises."""
    prepared = PreparedFile(path, layout=layout)
    try:
        document = read_path(path)
        data = Path(path).read_bytes()
    except BriefingError as error:
        prepared.error = error
        return prepared
    except Exception as error:  # a reader bug must not stop the batch
        prepared.error = BriefingError("import_crashed", reason=repr(error))
        return prepared
    prepared.sha256 = hashlib.sha256(data).hexdigest()
    prepared.size = len(data)
    return prepare_document(prepared, document)


def prepare_document(prepared: PreparedFile, document: Document) -> PreparedFile:
    """Split a read document into articles (``prepared.layout``: auto, page or article)."""
    # The page text is not needed once split: keep it out of the worker's reply.
    prepared.document = replace(document, text="")
    try:
        split = split_text(document.text, soft_breaks=document.format == "pdf", layout=prepared.layout)
        articles = split.articles
        prepared.layout = split.layout
        if split.layout == "page":
            prepared.printed_date = bylines.masthead_date(document.text)
        else:  # a web page's date is its meta line's, never a date further down the text
            prepared.printed_date = next((date for date in split.dates if date), None)
            prepared.printed_source = split.source
        if document.title and len(articles) == 1 and not articles[0].title:
            articles[0].title = document.title  # a web page's <title> when the text has none
        if not articles:
            raise BriefingError("no_articles")
        prepared.articles = [
            PreparedArticle(a, reprints.fingerprint(a.body), index_text(a.title), index_text(a.body), date)
            for a, date in zip(articles, split.dates)
        ]
    except BriefingError as error:
        prepared.error = error
    except Exception as error:
        prepared.error = BriefingError("import_crashed", reason=repr(error))
    return prepared


FILES_PER_TASK = 4  # fewer, larger hand-overs: less time in the pool's own bookkeeping


def prepared_files(paths: list[Path], workers: int, layout: str = "auto") -> Iterator[PreparedFile]:
    """Prepared files in input order, from worker processes when it pays off."""
    names = [str(path) for path in paths]
    if len(names) < PARALLEL_FROM_FILES:
        workers = 0
    tasks = [names[i : i + FILES_PER_TASK] for i in range(0, len(names), FILES_PER_TASK)]
    for prepared in ordered_map(partial(prepare_files, layout=layout), tasks, workers):
        yield from prepared


def prepare_files(paths: list[str], layout: str = "auto") -> list[PreparedFile]:
    return [prepare_file(path, layout) for path in paths]
