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

import hashlib
import multiprocessing
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from composer import bylines, reprints
from composer.article import ParsedArticle
from composer.messages import BriefingError
from composer.pages import split_page
from composer.readers import Document, expand_paths, max_file_bytes, read_pasted, read_path
from db import articles as article_store
from db import imports as import_store
from db import signatures
from db.fts import index_text
from db.library import Library

ProgressCallback = Callable[[int, int, str], None]  # (files done, files total, current path)
CancelCheck = Callable[[], bool]

PASTED_PATH = "(粘贴文本)"
PARALLEL_FROM_FILES = 24  # below this, starting worker processes costs more than it saves


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
    error: str | None = None
    error_code: str | None = None
    articles: list[ImportedArticle] = field(default_factory=list)

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
    workers: int | None = None  # worker processes; None = one per CPU for big batches


# -- preparing (pure, picklable, runs in workers) -----------------------------------------


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
    return _prepare_document(prepared, document)


def _prepare_document(prepared: PreparedFile, document: Document) -> PreparedFile:
    prepared.document = document
    try:
        articles = split_page(document.text)
        if document.title and len(articles) == 1 and not articles[0].title:
            articles[0].title = document.title  # a web page's <title> when the text has none
        if not articles:
            raise BriefingError("no_articles")
        prepared.articles = [
            PreparedArticle(a, reprints.fingerprint(a.body), index_text(a.title), index_text(a.body))
            for a in articles
        ]
    except BriefingError as error:
        prepared.error = error
    except Exception as error:
        prepared.error = BriefingError("import_crashed", reason=repr(error))
    return prepared


def _prepared_files(paths: list[Path], workers: int) -> Iterator[PreparedFile]:
    """Prepared files in input order, from worker processes when it pays off."""
    names = [str(path) for path in paths]
    if workers <= 1 or len(names) < PARALLEL_FROM_FILES:
        yield from map(prepare_file, names)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        window = workers * 4  # bounded read-ahead keeps memory flat on huge batches
        pending: list[Future[PreparedFile]] = []
        queue = iter(names)
        try:
            for name in queue:
                pending.append(pool.submit(prepare_file, name))
                if len(pending) >= window:
                    yield pending.pop(0).result()
            while pending:
                yield pending.pop(0).result()
        finally:
            for future in pending:
                future.cancel()


def _default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


# -- storing (in the caller's process, one transaction per file) ---------------------------


def import_paths(
    library: Library,
    paths: Iterable[str | Path],
    options: ImportOptions | None = None,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportReport:
    """Import files and folders (recursively). Never raises for a bad file."""
    options = options or ImportOptions()
    files = expand_paths(paths)
    report = ImportReport()
    batch = import_store.start_batch(
        library, source_hint=options.source, date_hint=options.published, files_total=len(files)
    )
    library.cache.pop("lsh", None)  # another process may have stored articles since
    workers = options.workers if options.workers is not None else _default_workers()
    prepared_files = _prepared_files(files, workers)
    try:
        for done, prepared in enumerate(prepared_files):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(done, len(files), prepared.path)
            report.files.append(_store(library, batch, prepared, options))
    finally:
        close = getattr(prepared_files, "close", None)
        if close is not None:
            close()  # stops the workers when cancelled
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    counts = {status: report.count(status) for status in ("imported", "duplicate", "failed")}
    import_store.finish_batch(library, batch, outcome="cancelled" if report.cancelled else "completed", counts=counts)
    return report


def import_pasted(library: Library, text: str, options: ImportOptions | None = None) -> FileResult:
    """Import text pasted into the app, as if it were one page file."""
    options = options or ImportOptions()
    library.cache.pop("lsh", None)
    batch = import_store.start_batch(library, source_hint=options.source, date_hint=options.published, files_total=1)
    prepared = PreparedFile(PASTED_PATH)
    try:
        document = read_pasted(text)
    except BriefingError as error:
        prepared.error = error
    else:
        data = document.text.encode("utf-8")
        prepared.sha256, prepared.size = hashlib.sha256(data).hexdigest(), len(data)
        _prepare_document(prepared, document)
    result = _store(library, batch, prepared, options)
    import_store.finish_batch(library, batch, outcome="completed", counts={result.status: 1})
    return result


def _store(library: Library, batch: int, prepared: PreparedFile, options: ImportOptions) -> FileResult:
    try:
        if prepared.error is not None or prepared.document is None:
            raise prepared.error or BriefingError("no_text")
        return _store_prepared(library, batch, prepared, options)
    except BriefingError as error:
        return _failed(library, batch, prepared, error)
    except sqlite3.DatabaseError as error:
        return _failed(library, batch, prepared, BriefingError("import_crashed", reason=str(error)))


def _store_prepared(library: Library, batch: int, prepared: PreparedFile, options: ImportOptions) -> FileResult:
    document = prepared.document
    assert document is not None and prepared.sha256 is not None
    existing = import_store.imported_file_with_hash(library, prepared.sha256)
    if existing is not None:
        return _duplicate(library, batch, prepared, existing)
    hints = bylines.hints_from_name(prepared.path) if prepared.path != PASTED_PATH else bylines.FileHints()
    published = options.published or document.published or hints.published or bylines.masthead_date(document.text)
    source_name = options.source or document.source or hints.source
    try:
        with library.write():
            source = import_store.source_id(library, source_name, kind=_source_kind(document))
            file_id = import_store.record_file(
                library,
                import_store.FileRecord(
                    batch_id=batch, path=prepared.path, status="imported", sha256=prepared.sha256,
                    size=prepared.size, format=document.format, encoding=document.encoding,
                    source_id=source, published=published, page=hints.page,
                ),
            )
            stored = [
                _store_article(library, item, article_store.Placement(file_id, source, published, hints.page, n))
                for n, item in enumerate(prepared.articles)
            ]
    except sqlite3.IntegrityError as error:
        if import_store.is_duplicate_hash_error(error):  # another process imported it first
            return _duplicate(library, batch, prepared, import_store.imported_file_with_hash(library, prepared.sha256))
        raise
    return FileResult(prepared.path, "imported", encoding=document.encoding, articles=stored)


def _source_kind(document: Document) -> str:
    return {"html": "web", "docx": "document", "doc": "document", "paste": "other"}.get(document.format, "newspaper")


def _store_article(library: Library, item: PreparedArticle, placement: article_store.Placement) -> ImportedArticle:
    article, print_ = item.article, item.fingerprint
    original = _already_stored(library, article, print_)
    if original is not None:
        article_id, similarity = original
        article_store.add_appearance(library, article_id, placement, article.title, similarity=similarity)
        return ImportedArticle(article_id, article.title, reprint=True)
    article_id = article_store.insert_article(
        library, article, placement, print_.content_hash, index=(item.index_title, item.index_body)
    )
    if print_.comparable:
        signatures.store(library, article_id, print_.signature)
        _reprint_index(library).add(article_id, print_)
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
    return reprints.best_match(article_store.bodies(library, likely), print_) if likely else None


def _reprint_index(library: Library) -> reprints.LshIndex:
    """The batch's LSH index, loaded from the stored signatures on first use."""
    index = library.cache.get("lsh")
    if index is None:
        index = library.cache["lsh"] = reprints.LshIndex(signatures.all_signatures(library))
    return index


def _duplicate(library: Library, batch: int, prepared: PreparedFile, existing: int | None) -> FileResult:
    document = prepared.document
    with library.write():
        import_store.record_file(
            library,
            import_store.FileRecord(
                batch_id=batch, path=prepared.path, status="duplicate", sha256=prepared.sha256,
                format=document.format if document else None, encoding=document.encoding if document else None,
                duplicate_of=existing,
            ),
        )
    already = import_store.articles_of_file(library, existing) if existing else []
    articles = [ImportedArticle(a["id"], a["title"]) for a in already]
    return FileResult(prepared.path, "duplicate", encoding=document.encoding if document else None, articles=articles)


def _failed(library: Library, batch: int, prepared: PreparedFile, error: BriefingError) -> FileResult:
    with library.write():
        import_store.record_file(
            library,
            import_store.FileRecord(batch_id=batch, path=prepared.path, status="failed", sha256=prepared.sha256,
                                    error_code=error.code, error=str(error)),
        )
    encoding = prepared.document.encoding if prepared.document else None
    return FileResult(prepared.path, "failed", encoding=encoding, error=str(error), error_code=error.code)


__all__ = ["ImportOptions", "ImportReport", "FileResult", "import_paths", "import_pasted", "prepare_file"]
