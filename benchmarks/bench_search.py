"""Search latency, recall and index cost (issue: Chinese full-text search).

    python benchmarks/bench_search.py LIBRARY [--runs 15] [--no-recall] [--no-rebuild]

LIBRARY: a library built from the synthetic corpus, e.g. 100,000 articles with
`python benchmarks/bench_import.py --articles 100000 --keep /tmp/lib100k.sqlite`.

Prints, for 2-character, 4-character and three-word queries, the p50/p95/worst wall time
of `composer.search.searcher.search` (20 results with snippets, in this process, warm) in the
default order (newest first) and by relevance; the recall of every query against a
plain substring scan of all titles and texts (the counts must be equal); and the time
to rebuild the index from scratch, with the sizes of the library and index files —
all also per 10,000 articles.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from composer.common.text import search_fold  # noqa: E402
from composer.search.query import parse  # noqa: E402
from composer.search.searcher import SearchRequest, count, search  # noqa: E402
from db import fts, open_library  # noqa: E402
from db import search as store  # noqa: E402
from db.articles import count_articles  # noqa: E402
from db.library import Library  # noqa: E402

QUERIES = {
    "2-character": ["倍增", "丽泽", "金融", "发展", "街道", "治理", "航天", "民生", "冬奥", "河长"],
    "4-character": ["接诉即办", "城市更新", "基层治理", "营商环境", "倍增追赶", "科技创新", "全面从严", "京津冀协"],
    "three-word": ["区委书记 王少峰 强调", "丽泽 金融 商务区", "接诉即办 市民 诉求", "城市更新 老旧小区 改造",
                   "科技 创新 企业", "永定河 生态 治理"],
}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def latencies(library: Library, runs: int) -> None:
    print(f"{'queries':<13} {'order':<10} {'p50 ms':>8} {'p95 ms':>8} {'worst ms':>9}")
    for label, queries in QUERIES.items():
        for order in ("newest", "relevance"):
            times = []
            for _ in range(runs):
                for text in queries:
                    started = time.perf_counter()
                    result = search(library, SearchRequest(text, order=order, limit=20))
                    times.append((time.perf_counter() - started) * 1000)
                    assert all(hit.snippet for hit in result.hits)
            print(f"{label:<13} {order:<10} {statistics.median(times):8.1f} {_percentile(times, 0.95):8.1f}"
                  f" {max(times):9.1f}")


def recall(library: Library) -> bool:
    """Every query's match count from the index against a substring scan."""
    queries = [text for group in QUERIES.values() for text in group]
    parsed = {text: parse(text) for text in queries}
    scanned = dict.fromkeys(queries, 0)
    started = time.perf_counter()
    for _, title, body in store.all_texts(library):
        folded = search_fold(title) + "\n" + search_fold(body)
        for text, query in parsed.items():
            if query.matches(folded):
                scanned[text] += 1
    seconds = time.perf_counter() - started
    ok = True
    print(f"recall against a substring scan of every title and text (scan took {seconds:.0f} s):")
    for text in queries:
        indexed = count(library, SearchRequest(text))
        same = indexed == scanned[text]
        ok &= same
        print(f"  {text:<16} index {indexed:>7}  scan {scanned[text]:>7}  {'equal' if same else 'DIFFERENT'}")
    return ok


def rebuild(library: Library, articles: int) -> None:
    started = time.perf_counter()
    indexed = fts.rebuild(library)
    seconds = time.perf_counter() - started
    per = articles / 10_000
    library_mb = library.path.stat().st_size / 1e6
    index_mb = fts.index_path(library.path).stat().st_size / 1e6
    print(f"index rebuilt from scratch: {indexed} articles in {seconds:.0f} s ({seconds / per:.1f} s per 10,000)")
    print(f"sizes: library {library_mb:.0f} MB ({library_mb / per:.0f} MB per 10,000), "
          f"index {index_mb:.0f} MB ({index_mb / per:.0f} MB per 10,000)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("library", type=Path)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--no-recall", action="store_true")
    parser.add_argument("--no-rebuild", action="store_true")
    args = parser.parse_args()
    with open_library(args.library) as library:
        articles = count_articles(library)
        print(f"library: {articles} articles")
        fts.ensure_index(library)
        search(library, SearchRequest("倍增"))  # open the reader and warm the caches
        latencies(library, args.runs)
        if not args.no_recall:
            recall(library)
        if not args.no_rebuild:
            rebuild(library, articles)


if __name__ == "__main__":
    main()
