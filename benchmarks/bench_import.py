"""Import speed and memory on the synthetic corpus (issue: article library).

    python benchmarks/bench_import.py [--articles 10000] [--keep LIBRARY]

Prints: files, characters, articles stored and linked as reprints, import wall time,
articles/s, peak memory of the importing process with its workers and indexer (summed),
library and search-index sizes; a batch reprint-detection pass over all stored articles (from
their stored signatures, and from the raw texts); and the wall time of
`briefing info`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import build  # noqa: E402
from benchmarks.measure import TreeMemory  # noqa: E402
from composer.ingest.importer import import_paths  # noqa: E402
from composer.ingest.pages import split_page  # noqa: E402
from composer.ingest.reprints import group_reprints, reprint_pairs  # noqa: E402
from db import fts, open_library  # noqa: E402
from db.articles import bodies, count_articles  # noqa: E402
from db.signatures import signatures_after  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "briefing-corpus")
    parser.add_argument("--keep", type=Path, help="write the library here (kept) instead of a temporary folder")
    args = parser.parse_args()

    corpus = build(args.corpus / str(args.articles), args.articles)
    files = sorted(corpus.glob("*.txt"))
    print(
        f"machine speed reference: preparing 200 pages in one process took {_reference(files):.2f} s "
        "(compare runs by it: this machine's speed varies by ±15 % from minute to minute)"
    )
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    with tempfile.TemporaryDirectory() as scratch:
        library_path = args.keep or Path(scratch) / "bench.sqlite"
        run(library_path, corpus, len(files), chars)


def _reference(files: list[Path]) -> float:
    from composer.ingest.preparing import prepare_file

    started = time.perf_counter()
    for path in files[:200]:
        prepare_file(str(path))
    return time.perf_counter() - started


def run(library_path: Path, corpus: Path, file_count: int, chars: int) -> None:
    for stale in (library_path, fts.index_path(library_path)):
        stale.unlink(missing_ok=True)
    with open_library(library_path) as library:
        started = time.perf_counter()
        with TreeMemory() as memory:
            report = import_paths(library, [corpus])
        elapsed = time.perf_counter() - started
        stored = count_articles(library)
        linked = sum(1 for f in report.files for a in f.articles if a.reprint)
        stored_signatures = signatures_after(library)

        def load(ids: list[int]) -> dict[int, str]:
            return bodies(library, ids)

        started = time.perf_counter()
        from_signatures = reprint_pairs(stored_signatures, load)
        signature_seconds = time.perf_counter() - started
    total = stored + linked
    print(f"files: {file_count}  characters: {chars / 1e6:.1f} M  failed: {report.count('failed')}")
    print(f"articles: {total} ({stored} stored, {linked} linked as reprints)")
    print(
        f"import wall time: {elapsed:.1f} s  ->  {total / elapsed:.0f} articles/s, "
        f"{chars / elapsed / 1e6:.2f} M chars/s"
    )
    print(
        f"peak memory during the import (importing process + workers + indexer, summed): {memory.peak_kb / 1024:.0f} MB"
    )
    print(
        f"library: {library_path.stat().st_size / 1e6:.0f} MB  search index: "
        f"{fts.index_path(library_path).stat().st_size / 1e6:.0f} MB"
    )
    print(
        f"reprint check over the {len(stored_signatures)} stored articles (stored signatures): "
        f"{signature_seconds:.1f} s, {len(from_signatures)} pairs left (reprints were linked at import)"
    )
    texts = {
        n: a.body
        for n, a in enumerate(
            a for page in sorted(corpus.glob("*.txt")) for a in split_page(page.read_text(encoding="utf-8"))
        )
    }
    started = time.perf_counter()
    pairs = group_reprints(texts)
    print(
        f"reprint detection over all {len(texts)} articles of the corpus from raw text (fingerprints, LSH, "
        f"verification): {time.perf_counter() - started:.1f} s, {len(pairs)} reprint pairs"
    )
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "composer.cli.main", "--db", str(library_path), "info"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    print(f"`briefing info` wall time: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
