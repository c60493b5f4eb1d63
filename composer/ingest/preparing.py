"""Preparing files for import: everything about a file that needs no library.

Reading, cleanup, page splitting, reprint fingerprints and the search-index rendering
are pure CPU work on one file. For larger batches they run in worker processes
(composer/common/workers.py), and this module imports nothing that touches the library, so
workers start fast.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from composer.common.article import ParsedArticle
from composer.common.messages import BriefingError, Message
from composer.common.workers import WorkerFailure, ordered_map
from composer.ingest import bylines, reprints
from composer.ingest.layout import split_text
from composer.ingest.limits import check_budget, file_seconds, positive_setting, reading_budget
from composer.ingest.readers import Document, path_text, read_file
from db.search_text import index_text

PARALLEL_FROM_FILES = 24  # below this, starting worker processes costs more than it saves
_MB = 1024 * 1024


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


def prepare_file(
    path: str, layout: str = "auto", *, seconds: float | None = None, cancelled: Callable[[], bool] | None = None
) -> PreparedFile:
    """Everything about one file that needs no library. Never raises. ``seconds``: the time
    the file may take to read and split (None: no limit); ``cancelled``: asked between pages,
    blocks and lines. Either stops the file with an error saying so. The SHA-256 is of the
    very bytes that were parsed, however the file changes meanwhile."""
    prepared = PreparedFile(path_text(path), layout=layout)
    try:
        with reading_budget(seconds, cancelled):
            document, data = read_file(path)
            prepared.sha256 = hashlib.sha256(data).hexdigest()
            prepared.size = len(data)
            return prepare_document(prepared, document)
    except BriefingError as error:
        prepared.error = BriefingError("file_out_of_memory") if isinstance(error.__cause__, MemoryError) else error
    except Exception as error:  # a reader bug must not stop the batch
        prepared.error = _crash(error)
    return prepared


def _crash(error: Exception) -> BriefingError:
    """A failure no reader anticipated; running out of memory is said in words."""
    if isinstance(error, MemoryError):
        return BriefingError("file_out_of_memory")
    return BriefingError("import_crashed", reason=repr(error))


def prepare_document(prepared: PreparedFile, document: Document) -> PreparedFile:
    """Split a read document into articles (``prepared.layout``: auto, page or article)."""
    # The page text is not needed once split: keep it out of the worker's reply.
    prepared.document = replace(document, text="")
    try:
        split = split_text(document.text, soft_breaks=document.format == "pdf", layout=prepared.layout)
        articles = split.articles
        prepared.layout = split.layout
        # a web page's date is its meta line's, never a date further down the text; a newspaper page's its
        # masthead's (a bulletin's items carry theirs, and its office as the source: a newspaper page names none)
        prepared.printed_date = next((date for date in split.dates if date), None)
        if prepared.printed_date is None and split.layout == "page":
            prepared.printed_date = bylines.masthead_date(document.text)
        prepared.printed_source = split.source
        if document.title and len(articles) == 1 and not articles[0].title:
            articles[0].title = document.title  # a web page's <title> when the text has none
        if not articles:
            raise BriefingError("no_articles")
        prepared.articles = [_prepared_article(a, date) for a, date in zip(articles, split.dates)]
    except BriefingError as error:
        prepared.error = error
    except Exception as error:
        prepared.error = _crash(error)
    return prepared


def _prepared_article(article: ParsedArticle, date: str | None) -> PreparedArticle:
    check_budget()
    return PreparedArticle(
        article, reprints.fingerprint(article.body), index_text(article.title), index_text(article.body), date
    )


FILES_AHEAD = 4  # files sent to a worker ahead of the one it reads: it never waits for the next
# Files prepared ahead of storing, per worker: storing comes in bursts (a group commit, a hand-over to
# the indexer) and with 8 the workers waited (bench_import 8.2 s against 6.9 s with 64).
READ_AHEAD = 64
# A worker overrunning the file's budget by this much is stuck where the budget is not
# checked (inside one call of a parsing library) and is killed from outside.
KILL_AFTER_SECONDS = 30.0
_GB = 1024 * _MB
MEMORY_ENV = "BRIEFING_WORKER_MEMORY_MB"


def prepared_files(
    paths: list[Path], workers: int, layout: str = "auto", cancelled: Callable[[], bool] | None = None
) -> Iterator[PreparedFile]:
    """Prepared files in input order, from worker processes when it pays off. Each file has
    the time budget ``readers.file_seconds()``; in a worker, its memory is capped too, and
    a file that kills its worker (out of memory, a parser crash) or hangs past its budget
    is failed with the reason — never read again in this process, which in the app is the
    window's. ``cancelled`` stops the file being read, not only the batch between files."""
    names = [str(path) for path in paths]
    if len(names) < PARALLEL_FROM_FILES:
        workers = 0
    seconds = file_seconds()
    if workers < 1:  # the budget and the cancel are checked by the reading itself
        yield from ordered_map(partial(prepare_file, layout=layout, seconds=seconds, cancelled=cancelled), names, 0,
                               cancelled=cancelled)  # fmt: skip
        return
    yield from ordered_map(
        partial(prepare_file, layout=layout, seconds=seconds),
        names,
        workers,
        in_flight=FILES_AHEAD,
        read_ahead=READ_AHEAD,
        time_limit=seconds + KILL_AFTER_SECONDS,
        cancelled=cancelled,
        on_failure=partial(_lost_in_worker, layout=layout),
        memory_limit=worker_memory_limit(workers),
    )


def _lost_in_worker(path: str, failure: WorkerFailure, layout: str = "auto") -> PreparedFile:
    """The file whose worker died, or was killed for overrunning its time or memory: failed, with why."""
    if failure.kind == "timed_out":
        error = BriefingError("file_timed_out", seconds=f"{file_seconds():g}")
    elif failure.kind == "too_much_memory":
        error = BriefingError("file_needs_too_much_memory", limit_mb=str((failure.memory or 0) // _MB))
    elif failure.signal_name is not None:
        error = BriefingError("worker_died", reason=Message("reason_killed_by_signal", signal=failure.signal_name))
    else:
        error = BriefingError("worker_died", reason=Message("reason_exit_code", code=failure.exitcode))
    return PreparedFile(path_text(path), layout=layout, error=error)


def worker_memory_limit(workers: int) -> int:
    """The memory a worker may hold while it reads a file: ``BRIEFING_WORKER_MEMORY_MB``
    if set, else half the machine's memory shared among the workers, from 1 to 4 GB — a
    file needing more fails alone instead of taking the machine's memory (a 5,000-page
    PDF took 7 GB)."""
    configured = positive_setting(MEMORY_ENV, 1e9)
    if configured:
        return int(configured * _MB)
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # Windows: no cap is set there anyway
        return 4 * _GB
    return max(_GB, min(4 * _GB, physical // 2 // max(workers, 1)))
