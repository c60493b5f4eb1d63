"""Stored MinHash signatures (see composer/ingest/reprints.py)."""

from __future__ import annotations

import numpy as np

from db.library import Library


def store(library: Library, article_id: int, signature: np.ndarray) -> None:
    library.conn.execute(
        "INSERT OR REPLACE INTO article_signatures(article_id, minhash) VALUES (?, ?)",
        (article_id, signature.astype(np.uint32).tobytes()),
    )


def signatures_after(library: Library, article_id: int = 0) -> dict[int, np.ndarray]:
    """Stored signatures of articles with a larger id (all of them by default: about
    0.2 s and 20 MB for 100,000 articles)."""
    rows = library.conn.execute(
        "SELECT article_id, minhash FROM article_signatures WHERE article_id > ? ORDER BY article_id", (article_id,)
    )
    return {int(row[0]): np.frombuffer(row[1], dtype=np.uint32) for row in rows}


def data_version(library: Library) -> int:
    """Changes whenever another connection commits to the library (SQLite's own
    counter), so in-memory indexes know when to catch up."""
    return int(library.conn.execute("PRAGMA data_version").fetchone()[0])
