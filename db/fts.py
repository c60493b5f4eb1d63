"""The full-text index: how text is rendered for FTS5, and keeping the index in step.

SQLite 3.40's trigram tokenizer cannot find 2-character words (the commonest Chinese
queries), and jieba tokens hide 倍增 inside 倍增追赶. So the index stores overlapping
character *bigrams* of every Han run (plus the run's last character, so a single
character can be found as a prefix), and ASCII words whole: "倍增追赶" is indexed as
"倍增 增追 追赶 赶". A query of n >= 2 Han characters becomes the phrase of its n-1
bigrams, which matches exactly where the text contains the query as a substring —
recall equals a substring scan, with index lookups instead of a scan. The measurement
behind this choice is in docs/architecture.md ("Search").

The index lives in a file of its own next to the library (``library.search.sqlite``),
like Calibre's full-text database: it is derived data (``rebuild`` recreates it from
the articles), and a separate file lets the importer write the index in a thread of
its own while it stores the next articles — SQLite allows one writer per file, and
indexing is a third of an import's work. The FTS table is contentless (the bigram text
would only double the file); deleting a row therefore needs the same rendering again,
which ``index_text`` recomputes from the stored article. New articles are listed in
the library's ``fts_pending`` table, in the same transaction that stores them, until
they are indexed: a crash in between leaves them listed, and they are indexed the
next time the library is opened.

The index knows which library it belongs to and which state of it: both files carry the
library's id and a *state token*. Every change to the index writes a new token in its
own transaction; the library records the index's token when it takes indexed articles
off its pending list. Equal tokens therefore mean that the index has not changed since
the library last took stock of it — every article in the index is in the library, and
every article missing from it is pending. Different tokens (a crash between the two
files, or a backup copied over the library by hand, which brings back an older token)
make the first use compare the two: articles the library lacks, or whose title the index
does not hold, mean a rebuild; articles the index merely lacks are queued.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue as queues
import random
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from datetime import date
from multiprocessing.queues import Queue
from pathlib import Path

from db.connection import BUSY_TIMEOUT_MS, PAGE_SIZE, connect_read_only, switch_to_wal
from db.library import Library
from db.search_text import INDEX_VERSION, index_text

_INDEX_SCHEMA = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, body, content='', tokenize='ascii')",
    # Measured on 10,000 articles (docs/architecture.md, "Search"): a 16 MB
    # pending buffer and lazier merging make indexing 1.4x faster; 'ascii' suffices
    # because the rendering is already folded and space-separated.
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 16777216)",
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16)",
    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('crisismerge', 64)",
    "CREATE TABLE IF NOT EXISTS index_meta (key TEXT PRIMARY KEY, value TEXT)",
)


INDEX_CACHE_KIB = 16 * 1024  # page cache of the index file; FTS5 buffers new terms separately ('hashsize')
LIBRARY_ID = "library.id"  # settings: the library's id (a backup of it has the same one)
STATE = "search.state"  # settings: the index's state token when the library last took stock of it
SPOT_CHECKS = 32  # indexed titles compared with the library's when the two disagree (see above)


def new_token() -> str:
    return uuid.uuid4().hex


def index_path(library_path: Path) -> Path:
    """``library.sqlite`` -> ``library.search.sqlite`` (same folder)."""
    return library_path.with_name(f"{library_path.stem}.search{library_path.suffix or '.sqlite'}")


# Index rows are keyed by publication day and article id, not by id alone: FTS5 returns
# matches in key order and can stop after the first N, so "newest first" reads 20 rows
# instead of every match (0.1 ms instead of 17–28 ms for words in most of 100,000
# articles), and a date range is a key range. An article without a date sorts oldest.
_ID_BITS = 32
_ID_MASK = (1 << _ID_BITS) - 1
_EPOCH = date(1900, 1, 1)


def index_key(article_id: int, published: str | None) -> int:
    return (day_number(published) << _ID_BITS) | article_id


def day_number(published: str | None) -> int:
    """1 for 1900-01-01 and so on; 0 for no (readable) date."""
    try:
        return (date.fromisoformat(published[:10]) - _EPOCH).days + 1 if published else 0
    except ValueError:
        return 0


def key_range(from_date: str | None, to_date: str | None) -> tuple[int, int]:
    """Index keys of articles published from ``from_date`` to ``to_date`` (inclusive)."""
    low = day_number(from_date) << _ID_BITS if from_date else 0
    high = ((day_number(to_date) + 1) << _ID_BITS) - 1 if to_date else (1 << 62)
    return low, high


def article_id_of(key: int) -> int:
    return key & _ID_MASK


def keys_of(library: Library, ids: list[int]) -> dict[int, int]:
    """Index keys of stored articles."""
    keys: dict[int, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for article_id, published in library.conn.execute(
            f"SELECT id, published FROM articles WHERE id IN ({marks})", chunk
        ):
            keys[article_id] = index_key(article_id, published)
    return keys


class SearchIndex:
    """One connection to the index file. Not shared between threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        new = not path.exists()
        self.conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if new:
            self.conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        switch_to_wal(self.conn)
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute(f"PRAGMA cache_size = -{INDEX_CACHE_KIB}")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            exists = self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'articles_fts'").fetchone()
            if not exists:
                for statement in _INDEX_SCHEMA:
                    self.conn.execute(statement)
                self.conn.execute("INSERT INTO index_meta VALUES ('version', ?)", (INDEX_VERSION,))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.conn.close()

    @property
    def version(self) -> str | None:
        return self.meta("version")

    @property
    def state(self) -> str | None:
        """The token of the index's last change (see the module's notes)."""
        return self.meta("state")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM index_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _stamp(self, **values: str) -> None:
        """A new state token (and other ``values``), in the caller's index transaction."""
        for key, value in {"state": new_token(), **values}.items():
            self.conn.execute("INSERT OR REPLACE INTO index_meta VALUES (?, ?)", (key, value))

    def keys(self) -> set[int]:
        return {row[0] for row in self.conn.execute("SELECT id FROM articles_fts_docsize")}

    def title_holds(self, key: int, tokens: str) -> bool:
        """Whether the indexed title of ``key`` holds these (``index_text``) tokens as a phrase."""
        phrase = 'title : "' + tokens.replace('"', '""') + '"'
        found = self.conn.execute("SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? AND rowid = ?", (phrase, key))
        return found.fetchone() is not None

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles_fts_docsize").fetchone()[0])

    def add(self, rows: list[tuple[int, int, str, str]]) -> list[int]:
        """Index (article id, index key, title tokens, body tokens) rows in one
        transaction, skipping keys already indexed (a crash can leave an indexed article
        listed as pending). Returns the article ids.

        FTS5 writes a new segment whenever another statement interrupts a run of
        inserts, so the inserts come in one uninterrupted ``executemany``."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            present = self._present([row[1] for row in rows])
            fresh = [row[1:] for row in rows if row[1] not in present]
            self.conn.executemany("INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)", fresh)
            self._stamp()
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return [row[0] for row in rows]

    def remove(self, key: int, title: str, body: str) -> None:
        if self._present([key]):
            with self._transaction():
                self.conn.execute(
                    "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                    (key, index_text(title), index_text(body)),
                )
                self._stamp()

    def clear(self, library_id: str) -> None:
        """Empty the index, for ``library_id``, at the current rendering's version."""
        with self._transaction():
            self.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
            self._stamp(version=INDEX_VERSION, library=library_id)

    def claim(self, library_id: str) -> None:
        """Mark an index found to match the library (one made before ids and tokens) as its."""
        with self._transaction():
            self._stamp(library=library_id)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _present(self, keys: list[int]) -> set[int]:
        found: set[int] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                row[0] for row in self.conn.execute(f"SELECT id FROM articles_fts_docsize WHERE id IN ({marks})", chunk)
            )
        return found


def search_index(library: Library) -> SearchIndex:
    """The library's index (opened, and created if missing, on first use), in step with
    the library: rebuilt when it is new, lost, outdated or of another library or state."""
    index = library.cache.get("search")
    if not isinstance(index, SearchIndex):
        index = library.cache["search"] = SearchIndex(index_path(library.path))
        if index.version != INDEX_VERSION or (index.count() == 0 and _article_count(library)):
            _queue_everything(library, index)
        else:
            _take_stock(library, index)
    return index


def _article_count(library: Library) -> int:
    return int(library.conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def _queue_everything(library: Library, index: SearchIndex) -> None:
    """A new, lost, outdated or foreign index file: index every article again."""
    index.clear(_library_id(library))
    with library.write():
        library.conn.execute("INSERT OR IGNORE INTO fts_pending(article_id) SELECT id FROM articles")
        _set(library, STATE, index.state)


# -- which library, which state --------------------------------------------------------------


def _setting(library: Library, key: str) -> str | None:
    row = library.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _set(library: Library, key: str, value: str | None) -> None:
    library.conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (key, value))


def _library_id(library: Library) -> str:
    """The library's id, given on first use (so every later backup carries it)."""
    found = _setting(library, LIBRARY_ID)
    if found is None:
        found = new_token()
        with library.write():
            _set(library, LIBRARY_ID, found)
    return found


def _take_stock(library: Library, index: SearchIndex) -> None:
    """Make sure ``index`` belongs to this library and this state of it (module notes)."""
    library_id = _library_id(library)
    if index.meta("library") not in (None, library_id):
        _queue_everything(library, index)  # another library's index
        return
    if index.state is not None and index.state == _setting(library, STATE):
        return  # the common case: in step
    indexed = index.keys()  # before the library: every article indexed by then is stored by then
    expected = library_keys(library)
    if indexed - set(expected) or not titles_agree(library, index, indexed):
        _queue_everything(library, index)
        return
    pending = set(pending_ids(library))
    missing = [expected[key] for key in set(expected) - indexed if expected[key] not in pending]
    if index.state is None or index.meta("library") is None:
        index.claim(library_id)
    with library.write():
        library.conn.executemany("INSERT OR IGNORE INTO fts_pending(article_id) VALUES (?)", [(i,) for i in missing])
        _set(library, STATE, index.state)


def library_keys(library: Library) -> dict[int, int]:
    """Index key -> article id of every article (read from the date index, not the texts)."""
    rows = library.conn.execute("SELECT id, published FROM articles")  # SQLite scans a covering index
    return {index_key(article_id, published): article_id for article_id, published in rows}


def titles_agree(library: Library, index: SearchIndex, indexed: set[int]) -> bool:
    """Whether the index holds the library's titles for a sample of its keys (the newest,
    where two copies of one library part ways, and some at random): an article id and
    date can recur with other text in a library copied over another."""
    if not indexed:
        return True
    ordered = sorted(indexed)
    sample = set(ordered[-SPOT_CHECKS // 2 :]) | set(random.sample(ordered, min(len(ordered), SPOT_CHECKS // 2)))
    titles = dict(library.conn.execute(
        f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(sample))})",
        [article_id_of(key) for key in sample],
    ).fetchall())
    for key in sample:
        tokens = " ".join(index_text(titles.get(article_id_of(key)) or "").split()[:4])
        if tokens and not index.title_holds(key, tokens):
            return False
    return True


def index_problems(library: Library) -> list[tuple[str, dict]]:
    """For ``briefing check``, without writing: (code, details) of each way the index file
    disagrees with the library — another library's index, articles it holds that the
    library lacks (or holds with another title), articles neither indexed nor pending.
    A missing or outdated index is no problem: it is rebuilt when next used."""
    path = index_path(library.path)
    if not path.exists():
        return []
    reader = connect_read_only(path)
    try:
        meta = dict(reader.execute("SELECT key, value FROM index_meta").fetchall())
        if meta.get("version") != INDEX_VERSION:
            return []
        library_id = _setting(library, LIBRARY_ID)
        if None not in (meta.get("library"), library_id) and meta.get("library") != library_id:
            return [("check_index_other_library", {"index": str(path)})]
        if meta.get("state") is not None and meta.get("state") == _setting(library, STATE):
            return []
        return _differences(library, _ReadIndex(reader), path)
    finally:
        reader.close()


class _ReadIndex(SearchIndex):
    """An index file opened read-only (for checking): the queries of SearchIndex only."""

    def __init__(self, connection: sqlite3.Connection) -> None:  # no set-up: nothing is written
        self.path = Path()
        self.conn = connection


def _differences(library: Library, index: SearchIndex, path: Path) -> list[tuple[str, dict]]:
    indexed = index.keys()
    expected = library_keys(library)
    stale = len(indexed - set(expected))
    if not stale and not titles_agree(library, index, indexed):
        stale = 1  # at least one: the sample found it
    pending = set(pending_ids(library))
    missing = sum(1 for key in set(expected) - indexed if expected[key] not in pending)
    problems = []
    if stale:
        problems.append(("check_index_stale", {"count": stale, "index": str(path)}))
    if missing:
        problems.append(("check_index_missing", {"count": missing}))
    return problems


def mark_pending(library: Library, article_id: int) -> None:
    """Mark a new article for indexing (in the caller's transaction)."""
    library.conn.execute("INSERT OR IGNORE INTO fts_pending(article_id) VALUES (?)", (article_id,))


def pending_ids(library: Library) -> list[int]:
    return [row[0] for row in library.conn.execute("SELECT article_id FROM fts_pending ORDER BY article_id")]


def pending_count(library: Library) -> int:
    return int(library.conn.execute("SELECT count(*) FROM fts_pending").fetchone()[0])


def keyed_rows(library: Library, rendered: dict[int, tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    """(article id, index key, title tokens, body tokens) for rendered stored articles."""
    keys = keys_of(library, list(rendered))
    return [(article_id, keys[article_id], *rendered[article_id]) for article_id in sorted(rendered)
            if article_id in keys]


def render_stored(library: Library, ids: list[int]) -> dict[int, tuple[str, str]]:
    """(title, body) renderings of stored articles."""
    rendered: dict[int, tuple[str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for article_id, title, body in library.conn.execute(
            f"SELECT id, title, body FROM articles WHERE id IN ({marks})", chunk
        ):
            rendered[article_id] = (index_text(title), index_text(body))
    return rendered


def index_rows(library: Library, ids: list[int], rendered: dict[int, tuple[str, str]]) -> list[int]:
    """Write already-rendered articles to the index; returns the ids now indexed."""
    wanted = {article_id: rendered[article_id] for article_id in ids if article_id in rendered}
    return search_index(library).add(keyed_rows(library, wanted))


def forget_pending(library: Library, ids: list[int]) -> None:
    """Take indexed articles off the pending list (in the caller's transaction, if any),
    and note the index's state token: the library has now taken stock of it."""
    state = search_index(library).state
    with library.write():
        library.conn.executemany("DELETE FROM fts_pending WHERE article_id = ?", [(i,) for i in ids])
        _set(library, STATE, state)


def flush_pending(library: Library, rendered: dict[int, tuple[str, str]] | None = None) -> int:
    """Index every pending article now; returns how many (``rendered``: renderings
    already computed by import workers; the rest are rendered from the stored text)."""
    ids = pending_ids(library)
    if not ids:
        return 0
    rendered = dict(rendered or {})
    rendered.update(render_stored(library, [i for i in ids if i not in rendered]))
    done = index_rows(library, ids, rendered)
    forget_pending(library, ids)  # also ids of articles deleted meanwhile
    return len(done)


def ensure_index(library: Library, rendered: dict[int, tuple[str, str]] | None = None) -> int:
    """Make the index complete: create it if the file is missing or outdated, and index
    every pending article (left by a crash, or queued by a rebuild). Returns how many
    were indexed. Searches call this first; it is cheap when nothing is pending."""
    search_index(library)
    return flush_pending(library, rendered)


def remove_article(library: Library, article_id: int, title: str, body: str) -> None:
    """Take an article out of the index (in the caller's library transaction, before the
    article's row changes: its key is read from it)."""
    library.conn.execute("DELETE FROM fts_pending WHERE article_id = ?", (article_id,))
    unindex(library, article_id, title, body)
    _set(library, STATE, search_index(library).state)  # committed with the caller's transaction


def unindex(library: Library, article_id: int, title: str, body: str) -> None:
    """Take an article's (stored) title and body out of the index file."""
    key = keys_of(library, [article_id]).get(article_id)
    if key is not None:
        search_index(library).remove(key, title, body)


def rebuild(library: Library) -> int:
    """Recreate the whole index from the articles; returns how many were indexed."""
    _queue_everything(library, search_index(library))
    return flush_pending(library)


class BackgroundIndexer:
    """Indexes articles an import has stored, in a process of its own, while the import
    goes on storing the next ones (the index is another file, so both can write; a
    process rather than a thread, because the two would otherwise share one CPU
    through Python's GIL).

    The import hands over renderings of articles it has *committed*; the indexer only
    writes the index file and reports which ids are done, and the import takes those
    off the library's pending list in its own next transaction — so the two never wait
    for each other's write lock. If the indexer fails, the articles stay pending and
    are indexed the next time the library is opened."""

    def __init__(self, library_path: Path) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a (Qt) process
        self._chunks = context.Queue(maxsize=2)
        self._done = context.Queue()
        self.error: str | None = None
        self._process = context.Process(
            target=_index_in_process,
            args=(str(index_path(library_path)), self._chunks, self._done, os.getpid()),
            name="search-indexer",
            daemon=True,
        )
        self._process.start()

    def submit(self, rows: list[tuple[int, int, str, str]]) -> None:
        """Index ``keyed_rows`` of committed articles."""
        if rows and self.error is None and self._process.is_alive():
            self._chunks.put(rows)

    def take_done(self) -> list[int]:
        done: list[int] = []
        while True:
            try:
                message = self._done.get_nowait()
            except queues.Empty:
                return done
            if isinstance(message, str):
                self.error = message
            else:
                done.extend(message)

    def finish(self) -> list[int]:
        """Wait for everything submitted; returns the ids indexed since the last take."""
        if self._process.is_alive():
            self._chunks.put(None)
        done: list[int] = []
        while self._process.is_alive() or not self._done.empty():
            done.extend(self._drain_one())
        self._process.join()
        return done + self.take_done()

    def _drain_one(self) -> list[int]:
        try:
            message = self._done.get(timeout=0.1)
        except queues.Empty:
            return []
        if isinstance(message, str):
            self.error = message
            return []
        return list(message)


def _index_in_process(
    path: str, chunks: Queue[list[tuple[int, int, str, str]] | None], done: Queue[list[int] | str], parent: int
) -> None:
    """The indexer process: index each chunk, report its ids; stop with the parent."""
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
    index = SearchIndex(Path(path))
    try:
        while (rows := chunks.get()) is not None:
            done.put(index.add(rows))
    except BaseException as error:  # the import reports it; the articles stay pending
        done.put(repr(error))
    finally:
        index.close()
