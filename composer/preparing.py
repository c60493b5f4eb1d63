"""Preparing files for import: everything about a file that needs no library.

Reading, cleanup, page splitting, reprint fingerprints and the search-index rendering
are pure CPU work on one file. For larger batches they run in worker processes —
spawned, never forked (forking a Qt process is unsafe) — and this module imports
nothing that touches the library, so workers start fast.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from composer import bylines, reprints
from composer.article import ParsedArticle
from composer.messages import BriefingError
from composer.pages import split_page
from composer.readers import Document, read_path
from db.search_text import index_text

PARALLEL_FROM_FILES = 24  # below this, starting worker processes costs more than it saves


@dataclass
class PreparedArticle:
    article: ParsedArticle
    fingerprint: reprints.Fingerprint
    index_title: str
    index_body: str


@dataclass
class PreparedFile:
    path: str
    sha256: str | None = None
    size: int = 0
    document: Document | None = None
    articles: list[PreparedArticle] = field(default_factory=list)
    error: BriefingError | None = None
    printed_date: str | None = None  # a full date printed in the page's masthead


def prepare_file(path: str) -> PreparedFile:
    """Everything about one file that needs no library. Never raises."""
    prepared = PreparedFile(path)
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
    # The page text is not needed once split: keep it out of the worker's reply.
    prepared.document = replace(document, text="")
    prepared.printed_date = bylines.masthead_date(document.text)
    try:
        articles = split_page(document.text, soft_breaks=document.format == "pdf")
        if document.title and len(articles) == 1 and not articles[0].title:
            articles[0].title = document.title  # a web page's <title> when the text has none
        if not articles:
            raise BriefingError("no_articles")
        prepared.articles = [
            PreparedArticle(a, reprints.fingerprint(a.body), index_text(a.title), index_text(a.body)) for a in articles
        ]
    except BriefingError as error:
        prepared.error = error
    except Exception as error:
        prepared.error = BriefingError("import_crashed", reason=repr(error))
    return prepared


FILES_PER_TASK = 4  # fewer, larger hand-overs: less time in the pool's own bookkeeping


def prepared_files(paths: list[Path], workers: int) -> Iterator[PreparedFile]:
    """Prepared files in input order, from worker processes when it pays off."""
    names = [str(path) for path in paths]
    if workers < 1 or len(names) < PARALLEL_FROM_FILES:
        yield from map(prepare_file, names)
        return
    context = multiprocessing.get_context("spawn")
    tasks = [names[i : i + FILES_PER_TASK] for i in range(0, len(names), FILES_PER_TASK)]
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),)
    ) as pool:
        window = workers * 8  # bounded read-ahead (tasks): smooths pauses; ~100 KB a file
        pending: list[tuple[list[str], Future[list[PreparedFile]]]] = []
        try:
            for task in tasks:
                pending.append((task, pool.submit(prepare_files, task)))
                if len(pending) >= window:
                    yield from _results(*pending.pop(0))
            while pending:
                yield from _results(*pending.pop(0))
        finally:
            for _, future in pending:
                future.cancel()


def prepare_files(paths: list[str]) -> list[PreparedFile]:
    return [prepare_file(path) for path in paths]


def _exit_with_parent(parent: int) -> None:
    """Worker start-up: end this worker if the importing process dies (killed, crashed),
    instead of lingering forever as an orphan."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _results(names: list[str], future: Future[list[PreparedFile]]) -> list[PreparedFile]:
    """A worker's results; if the worker died (a parser crashed the process, memory ran
    out), the files are prepared again here so each error is reported for its file."""
    try:
        return future.result()
    except BrokenProcessPool:
        return prepare_files(names)


def default_workers() -> int:
    """One worker process per CPU (measured on 2 cores: 1 worker leaves this process
    waiting for prepared files, 3 add nothing)."""
    return max(1, min(os.cpu_count() or 1, 4))


# -- storing (in the caller's process, one transaction per file) ---------------------------
