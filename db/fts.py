"""The full-text index: how text is rendered for FTS5, and keeping the index in step.

SQLite 3.40's trigram tokenizer cannot find 2-character words (the commonest Chinese
queries), and jieba tokens hide 倍增 inside 倍增追赶. So the index stores overlapping
character *bigrams* of every Han run (plus the run's last character, so a single
character can be found as a prefix), and ASCII words whole: "倍增追赶" is indexed as
"倍增 增追 追赶 赶". A query of n >= 2 Han characters becomes the phrase of its n-1
bigrams, which matches exactly where the text contains the query as a substring —
recall equals a substring scan, with index lookups instead of a scan. The measurement
behind this choice is in docs/architecture.md ("Search").

The FTS table is contentless (the bigram text would only double the file); deleting
a row therefore needs the same rendered text again, which ``index_text`` recomputes
from the stored article.
"""

from __future__ import annotations

import operator
import re
import unicodedata

from db.library import Library

INDEX_VERSION = "bigram-1"
_TOKEN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+")
_HAN_START = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


# Full-width ASCII (Ａ１) folds to ASCII by table; NFKC, ten times slower on Chinese
# text, is only needed for the rare compatibility characters (CJK compatibility
# ideographs, Kangxi radicals, circled digits …).
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_NEEDS_NFKC = re.compile(r"[\u2460-\u24ff\u2f00-\u2fdf\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe4f\U0002f800-\U0002fa1f]")


def fold(text: str) -> str:
    """The normal form both the index and queries use (full-width -> ASCII, lower case)."""
    if _NEEDS_NFKC.search(text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_FULL_WIDTH).lower()


def index_text(text: str) -> str:
    """Render text as space-separated bigrams for the FTS5 unicode61 tokenizer."""
    tokens: list[str] = []
    for run in _TOKEN_RUN.findall(fold(text)):
        if _HAN_START.match(run):
            if len(run) > 1:
                tokens.extend(map(operator.add, run, run[1:]))
            tokens.append(run[-1])
        else:
            tokens.append(run)
    return " ".join(tokens)


def add_article(library: Library, article_id: int, title: str, body: str) -> None:
    add_rendered(library, article_id, index_text(title), index_text(body))


def add_rendered(library: Library, article_id: int, title_tokens: str, body_tokens: str) -> None:
    """Index an article whose title and body ``index_text`` has already rendered."""
    library.conn.execute(
        "INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)", (article_id, title_tokens, body_tokens)
    )


def remove_article(library: Library, article_id: int, title: str, body: str) -> None:
    library.conn.execute(
        "INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (article_id, index_text(title), index_text(body)),
    )


def rebuild(library: Library) -> int:
    """Drop and refill the whole index from the articles table; returns rows indexed."""
    count = 0
    with library.write():
        library.conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')")
        cursor = library.conn.execute("SELECT id, title, body FROM articles ORDER BY id")
        for article_id, title, body in cursor.fetchall():
            add_article(library, article_id, title, body)
            count += 1
        library.conn.execute(
            "INSERT INTO settings(key, value) VALUES ('fts_version', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (INDEX_VERSION,),
        )
    return count
