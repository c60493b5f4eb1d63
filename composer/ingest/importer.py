"""Importing files into the library: read -> clean -> split -> fingerprint -> store.

Two halves. *Preparing* a file (reading, cleanup, page splitting, reprint
fingerprints, the search-index rendering) is pure CPU work on one file; for larger
batches it runs in worker processes (spawned, never forked: forking a Qt process is
unsafe). *Storing* happens in the calling process, one transaction per file, so a bad
file is reported (path and reason) while the rest go in, and a process killed
mid-batch leaves each file either fully imported or absent; running the batch again
imports what is missing and reports the rest as duplicates. The same file twice (by
SHA-256) is a no-op; an article already in the library from another source is linked
to the existing one as a further appearance instead of being stored twice.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from composer.common.article import ParsedArticle
from composer.common.dates import date_problem, parse_iso_date, plausible_iso
from composer.common.messages import BriefingError
from composer.common.workers import default_workers
from composer.ingest import bylines, reprints
from composer.ingest.layout import LAYOUTS
from composer.ingest.preparing import (
    PARALLEL_FROM_FILES,
    PreparedArticle,
    PreparedFile,
    prepare_document,
    prepare_file,
    prepared_files,
)
from composer.ingest.readers import Document, expand_paths, read_pasted
from db import articles as article_store
from db import fts, signatures
from db import imports as import_store
from db.connection import is_disk_full
from db.library import Library

ProgressCallback = Callable[[int, int, str], None]  # (files done, files total, current path)
CancelCheck = Callable[[], bool]

PASTED_PATH = "(粘贴文本)"


@dataclass
class _ImportState:
    """What importing keeps in memory per open library (in ``library.cache``)."""

    lsh: reprints.LshIndex | None = None  # the reprint index, loaded when first needed
    lsh_version: int | None = None  # the library's data_version when the index was last caught up
    staged: dict[int, tuple[str, str]] = field(default_factory=dict)  # the file being stored: search renderings
    rendered: dict[int, tuple[str, str]] = field(default_factory=dict)  # stored, not yet in the search index


def _state(library: Library) -> _ImportState:
    state = library.cache.get("import")
    if not isinstance(state, _ImportState):
        state = library.cache["import"] = _ImportState()
    return state


@dataclass
class ImportedArticle:
    id: int
    title: str
    reprint: bool = False  # True when linked to an article already in the library


@dataclass
class FileResult:
    path: str
    status: str  # imported | duplicate | failed
    encoding: str | None = None
    failure: BriefingError | None = None  # why it failed: code and parameters, rendered when shown
    articles: list[ImportedArticle] = field(default_factory=list)

    @property
    def error(self) -> str | None:
        """Why the file failed, in the language of whoever reads it now."""
        return str(self.failure) if self.failure is not None else None

    @property
    def error_code(self) -> str | None:
        return self.failure.code if self.failure is not None else None

    def as_json(self) -> dict:
        return {
            "path": self.path,
            "status": self.status,
            "encoding": self.encoding,
            "error": self.error,
            "articles": [{"id": a.id, "title": a.title, "reprint": a.reprint} for a in self.articles],
        }


@dataclass
class ImportReport:
    files: list[FileResult] = field(default_factory=list)
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for result in self.files if result.status == status)

    @property
    def ok(self) -> bool:
        return self.count("failed") == 0

    def as_json(self) -> dict:
        return {"files": [result.as_json() for result in self.files]}


@dataclass
class ImportOptions:
    source: str | None = None  # given by the user; wins over anything found in the file
    published: str | None = None  # ISO date given by the user
    workers: int | None = None  # worker processes (0: prepare in this process); None = one per CPU
    # "page": a newspaper page of several articles; "article": the file is one article (a web page,
    # a WeChat text, a Word file); "auto": decided per file (composer/ingest/layout.py)
    layout: str = "auto"


# -- preparing (pure, picklable, runs in workers) -----------------------------------------


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    options: ImportOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Import files and folders (recursively). Never raises for a bad file; a full disk
    stops the import with ``import_disk_full`` (the files stored before it stay), a
    restore of the library during the import with ``import_library_replaced``.
    ``cancelled`` is asked between files and, while a file is read, between its pages and
    blocks: a file being read when it says so is left out, not failed."""
    options = options or ImportOptions()
    options = _checked_options(options)
    files = expand_paths(paths)
    report = ImportReport()
    with _disk_full_explained(library):
        batch = import_store.start_batch(
            library, source_hint=options.source, date_hint=options.published, files_total=len(files)
        )
        _state(library).lsh = None  # another process may have stored articles since
        workers = options.workers if options.workers is not None else default_workers()
        prepared = prepared_files(files, workers, options.layout, cancelled)
        report.files = _store_all(library, batch, prepared, len(files), options, progress, cancelled)
    # Stopped early: cancelled between files, or while a worker was reading one.
    report.cancelled = len(report.files) < len(files) and cancelled is not None and cancelled()
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    counts = {status: report.count(status) for status in ("imported", "duplicate", "failed")}
    with _disk_full_explained(library):
        import_store.finish_batch(library, batch, outcome="cancelled" if report.cancelled else "completed",
                                  counts=counts)  # fmt: skip
    return report


def _store_all(
    library: Library,
    batch: int,
    prepared: Iterator[PreparedFile],
    total: int,
    options: ImportOptions,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> list[FileResult]:
    """Store the prepared files as they come, committed in groups, and index them."""
    results: list[FileResult] = []
    group = _GroupCommit(library)
    fts.search_index(library)  # created (or queued for rebuilding) before the indexer starts
    indexer = fts.BackgroundIndexer(library.path) if total >= PARALLEL_FROM_FILES else None
    try:
        for done, item in enumerate(prepared):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(done, total, item.path)
            results.append(group.store(item, lambda p: _store(library, batch, p, options)))
            if indexer is not None and len(_rendered(library)) >= FTS_CHUNK:
                group.commit()  # the indexer must only see committed articles
                indexer.submit(fts.keyed_rows(library, _rendered(library)))
                _rendered(library).clear()
                _forget_indexed(library, indexer.take_done())
    finally:
        close = getattr(prepared, "close", None)
        if close is not None:
            close()  # stops the workers when cancelled
        group.commit()
        if indexer is not None:
            indexer.submit(fts.keyed_rows(library, _rendered(library)))
            _rendered(library).clear()
            _forget_indexed(library, indexer.finish())
        _index_pending(library)  # the rest (small batches, an earlier crash, a failed indexer)
    return group.final_results(results)


def import_pasted(library: Library, text: str, options: ImportOptions | None = None) -> FileResult:
    """Import text pasted into the app, as if it were one page file."""
    options = options or ImportOptions()
    options = _checked_options(options)
    with _disk_full_explained(library):
        return _import_pasted(library, text, options)


def _import_pasted(library: Library, text: str, options: ImportOptions) -> FileResult:
    _state(library).lsh = None
    batch = import_store.start_batch(library, source_hint=options.source, date_hint=options.published, files_total=1)
    prepared = PreparedFile(PASTED_PATH, layout=options.layout)
    try:
        document = read_pasted(text)
    except BriefingError as error:
        prepared.error = error
    else:
        data = document.text.encode("utf-8")
        prepared.sha256, prepared.size = hashlib.sha256(data).hexdigest(), len(data)
        prepare_document(prepared, document)
    result = _store(library, batch, prepared, options)
    _index_pending(library)
    import_store.finish_batch(library, batch, outcome="completed", counts={result.status: 1})
    return result


def _checked_options(options: ImportOptions) -> ImportOptions:
    """A layout the program knows; a plausible date (composer/common/dates.py), refused
    with the accepted years rather than stored where no search finds it, and written as
    2025-09-01 however it was typed (2025/9/1, 2025年9月1日)."""
    if options.layout not in LAYOUTS:
        raise ValueError(f"ImportOptions.layout must be one of {LAYOUTS}, not {options.layout!r}")
    problem = date_problem(options.published) if options.published else None
    if problem is not None:
        raise BriefingError(problem.key, **problem.params)
    return dataclasses.replace(options, published=parse_iso_date(options.published) if options.published else None)


@contextlib.contextmanager
def _disk_full_explained(library: Library) -> Iterator[None]:
    """A full disk called what it is. SQLite ends the transaction when the disk fills, and
    what runs next (a rollback, a commit, the search index's own rollback) then fails with
    "cannot rollback - no transaction is active" or a traceback that hides the cause."""
    try:
        yield
    except (sqlite3.Error, BriefingError) as error:
        full = _disk_full_cause(library, error)
        if full is None:
            raise
        with contextlib.suppress(sqlite3.Error):
            if library.in_transaction:
                library.conn.rollback()
        raise BriefingError("import_disk_full", path=str(library.path), reason=str(full)) from error


DISK_FULL_BYTES = 1024 * 1024  # less free room than this beside the library: the disk is full


def _disk_full_cause(library: Library, error: BaseException) -> BaseException | None:
    """The error in ``error``'s chain that says the disk is full, if any (or ``error``
    itself when SQLite failed with little room left beside the library)."""
    seen: BaseException | None = error
    while seen is not None:
        if is_disk_full(seen) or (isinstance(seen, BriefingError) and seen.code == "db_disk_full"):
            return seen
        seen = seen.__cause__ or seen.__context__
    try:
        nearly_full = shutil.disk_usage(Path(library.path).parent).free < DISK_FULL_BYTES
    except OSError:
        nearly_full = False
    return error if nearly_full and isinstance(error, sqlite3.OperationalError) else None


def _store(library: Library, batch: int, prepared: PreparedFile, options: ImportOptions) -> FileResult:
    try:
        if prepared.error is not None or prepared.document is None:
            raise prepared.error or BriefingError("no_text")
        return _store_prepared(library, batch, prepared, options)
    except BriefingError as error:
        return _failed(library, batch, prepared, error)
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.IntegrityError) and not import_store.batch_exists(library, batch):
            raise _library_replaced(library) from error
        # A full disk fails this file; when not even its failure can be recorded, the
        # import stops (_disk_full_explained says why).
        return _failed(library, batch, prepared, BriefingError("import_crashed", reason=str(error)))


def _library_replaced(library: Library) -> BriefingError:
    """The library was restored (``briefing restore``, the app's restore, a copy by hand)
    while this import ran: its batch is gone, and storing more files would fail on every
    one of them. The import stops, its open transaction undone, and says what happened."""
    with contextlib.suppress(sqlite3.Error):
        if library.in_transaction:
            library.conn.rollback()
    return BriefingError("import_library_replaced", path=str(library.path))


def _store_prepared(library: Library, batch: int, prepared: PreparedFile, options: ImportOptions) -> FileResult:
    document = prepared.document
    assert document is not None and prepared.sha256 is not None
    existing = import_store.imported_file_with_hash(library, prepared.sha256)
    if existing is not None:
        return _duplicate(library, batch, prepared, existing)
    hints = bylines.hints_from_name(prepared.path) if prepared.path != PASTED_PATH else bylines.FileHints()
    published = options.published or _plausible(document.published, hints.published, prepared.printed_date)
    source_name = options.source or document.source or hints.source or prepared.printed_source
    _state(library).staged = {}
    page = hints.page or document.page  # the file's name first, as for source and date
    try:
        with library.write():
            source = import_store.source_id(library, source_name, kind=_source_kind(document))
            file_id = import_store.record_file(
                library,
                import_store.FileRecord(
                    batch_id=batch,
                    path=prepared.path,
                    status="imported",
                    sha256=prepared.sha256,
                    size=prepared.size,
                    format=document.format,
                    encoding=document.encoding,
                    source_id=source,
                    published=published,
                    page=page,
                ),
            )
            stored = [
                _store_article(
                    library,
                    item,
                    article_store.Placement(
                        file_id, source, _published(options, document, hints, item, published), page, n
                    ),
                )
                for n, item in enumerate(prepared.articles)
            ]
    except BaseException as error:
        _unstage(library)
        if isinstance(error, sqlite3.IntegrityError) and import_store.is_duplicate_hash_error(error):
            # another program imported the same file first
            return _duplicate(library, batch, prepared, import_store.imported_file_with_hash(library, prepared.sha256))
        raise
    state = _state(library)
    state.rendered.update(state.staged)
    state.staged = {}
    return FileResult(prepared.path, "imported", encoding=document.encoding, articles=stored)


def _published(
    options: ImportOptions, document: Document, hints: bylines.FileHints, item: PreparedArticle, file_date: str | None
) -> str | None:
    """An article's date: the user's, the file's (HTML metadata, file name), the one its page
    prints for it (a web page's meta line), the page's masthead — never invented."""
    return options.published or _plausible(document.published, hints.published, item.printed_date, file_date)


def _plausible(*dates: str | None) -> str | None:
    """The first date read from the file that can be a publication date (1949 to next
    year, composer/common/dates.py): ``0025-08-30`` in a file name is a number, not a date."""
    return next((day for day in map(plausible_iso, dates) if day), None)


def _unstage(library: Library) -> None:
    """The file's savepoint was rolled back: forget what it had put in memory."""
    state = _state(library)
    staged, state.staged = state.staged, {}
    for article_id in staged:
        if state.lsh is not None:
            state.lsh.discard(article_id)


def _source_kind(document: Document) -> str:
    return {"html": "web", "docx": "document", "doc": "document", "paste": "other"}.get(document.format, "newspaper")


def _store_article(library: Library, item: PreparedArticle, placement: article_store.Placement) -> ImportedArticle:
    article, print_ = item.article, item.fingerprint
    original = _already_stored(library, article, print_)
    if original is not None:
        article_id, similarity = original
        article_store.add_appearance(library, article_id, placement, article.title, similarity=similarity)
        return ImportedArticle(article_id, article.title, reprint=True)
    article_id = article_store.insert_article(library, article, placement, print_.content_hash)
    _state(library).staged[article_id] = (item.index_title, item.index_body)
    if print_.comparable:
        signatures.store(library, article_id, print_.signature)
        _reprint_index(library, catch_up=False).add(article_id, print_)
    return ImportedArticle(article_id, article.title)


def _already_stored(library: Library, article: ParsedArticle, print_: reprints.Fingerprint) -> tuple[int, float] | None:
    """The stored article this one reprints: an identical text, or a near-identical one."""
    if not article.body:
        return None
    same = article_store.id_with_content_hash(library, print_.content_hash)
    if same is not None:
        return same, 1.0
    if not print_.comparable:
        return None
    likely = _reprint_index(library).candidates(print_)
    return reprints.best_match(article_store.bodies(library, likely), article.body) if likely else None


FTS_CHUNK = 500  # articles handed to the indexer at a time (smaller: a shorter wait at the end)


def _rendered(library: Library) -> dict[int, tuple[str, str]]:
    """Search-index renderings of articles stored but not yet indexed."""
    return _state(library).rendered


def _index_pending(library: Library) -> None:
    fts.ensure_index(library, _rendered(library))
    _rendered(library).clear()


def _forget_indexed(library: Library, ids: list[int]) -> None:
    if ids:
        fts.forget_pending(library, ids)


GROUP_SECONDS = 0.25


class _GroupCommit:
    """Stores each file in its own savepoint and commits them in groups.

    A file is atomic — its savepoint is rolled back whole when anything fails, and the
    failure is recorded for that file alone — but committing after every file cost
    1.5 ms a file (a third of the import time), because each commit rewrites the same
    index pages into the WAL. So savepoints are committed together every
    GROUP_SECONDS. A crash loses at most the last uncommitted group, never part of a
    file; the write lock is never held longer than a group. If SQLite itself rolls the
    whole transaction back (an I/O error, a full disk), the group's files are stored
    again one by one so none is reported imported without being stored.
    """

    def __init__(self, library: Library) -> None:
        self.library = library
        self.started = 0.0
        self.position = -1  # of the current file in the batch
        self.group: list[tuple[PreparedFile, int]] = []  # files in the open transaction
        self.replayed: dict[int, FileResult] = {}

    def store(self, prepared: PreparedFile, store: Callable[[PreparedFile], FileResult]) -> FileResult:
        self.position += 1
        if not self.library.in_transaction:
            self.library.begin()
            self.started = time.monotonic()
        result = store(prepared)
        if not self.library.in_transaction:
            # SQLite dropped the whole transaction while storing this file; its own
            # failure is already recorded, the group before it must be stored again.
            self._replay(store)
            return result
        self.group.append((prepared, self.position))
        if time.monotonic() - self.started >= GROUP_SECONDS:
            self.commit()
        return result

    def commit(self) -> None:
        self.library.commit()
        self.group.clear()

    def _replay(self, store: Callable[[PreparedFile], FileResult]) -> None:
        _forget_uncommitted(self.library)
        for prepared, position in self.group:
            self.replayed[position] = store(prepared)  # each in its own transaction now
        self.group.clear()

    def final_results(self, results: list[FileResult]) -> list[FileResult]:
        for position, result in self.replayed.items():
            results[position] = result
        return results


def _forget_uncommitted(library: Library) -> None:
    """Drop in-memory state about articles a rolled-back transaction had stored."""
    _state(library).lsh = None
    _rendered(library).clear()


def _reprint_index(library: Library, *, catch_up: bool = True) -> reprints.LshIndex:
    """The batch's LSH index: loaded from the stored signatures on first use, then
    caught up with articles another program stored meanwhile (we hold the write
    lock here, so nothing can slip in between this check and our insert)."""
    state = _state(library)
    index = state.lsh
    if index is None:
        index = state.lsh = reprints.LshIndex(signatures.signatures_after(library))
        state.lsh_version = signatures.data_version(library)
    elif catch_up:
        version = signatures.data_version(library)
        if version != state.lsh_version:  # another program wrote meanwhile
            for article_id, signature in signatures.signatures_after(library, index.newest).items():
                index.add_signature(article_id, signature)
            state.lsh_version = version
    return index


def _duplicate(library: Library, batch: int, prepared: PreparedFile, existing: int | None) -> FileResult:
    _record(library, batch, prepared, "duplicate", duplicate_of=existing)
    already = import_store.articles_of_file(library, existing) if existing else []
    articles = [ImportedArticle(a["id"], a["title"]) for a in already]
    return FileResult(prepared.path, "duplicate", encoding=_encoding(prepared), articles=articles)


def _failed(library: Library, batch: int, prepared: PreparedFile, error: BriefingError) -> FileResult:
    # The library keeps the text as rendered now (import_files.error, as older versions
    # wrote it) and the code beside it; the report keeps the error itself.
    _record(library, batch, prepared, "failed", error_code=error.code, error=str(error))
    return FileResult(prepared.path, "failed", encoding=_encoding(prepared), failure=error)


def _record(library: Library, batch: int, prepared: PreparedFile, status: str, **details: object) -> None:
    """An import_files row for a file that added no articles (a duplicate or a failure)."""
    document = prepared.document
    with library.write():
        import_store.record_file(
            library,
            import_store.FileRecord(
                batch_id=batch,
                path=prepared.path,
                status=status,
                sha256=prepared.sha256,
                format=document.format if document else None,
                encoding=_encoding(prepared),
                **details,  # type: ignore[arg-type]
            ),
        )


def _encoding(prepared: PreparedFile) -> str | None:
    return prepared.document.encoding if prepared.document else None


__all__ = ["FileResult", "ImportOptions", "ImportReport", "import_pasted", "import_paths", "prepare_file"]
