"""Import speed and memory on the synthetic corpus (issue: article library).

    python benchmarks/bench_import.py [--articles 10000] [--keep LIBRARY]

Prints: files, articles stored and linked as reprints, wall time, articles/s,
characters/s, peak memory (max RSS), library size; then a batch reprint-detection
pass over all stored articles, and `briefing info` wall time.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import build  # noqa: E402
from composer.importer import import_paths  # noqa: E402
from composer.reprints import group_reprints  # noqa: E402
from db import open_library  # noqa: E402
from db.articles import count_articles, list_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "briefing-corpus")
    parser.add_argument("--keep", type=Path, help="write the library here instead of a temporary file")
    args = parser.parse_args()

    corpus = build(args.corpus / str(args.articles), args.articles)
    files = sorted(corpus.glob("*.txt"))
    chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    library_path = args.keep or Path(tempfile.mkdtemp()) / "bench.sqlite"
    if library_path.exists():
        library_path.unlink()

    with open_library(library_path) as library:
        started = time.perf_counter()
        report = import_paths(library, [corpus])
        elapsed = time.perf_counter() - started
        stored = count_articles(library)
        linked = sum(1 for f in report.files for a in f.articles if a.reprint)
        bodies = {row["id"]: None for row in list_articles(library)}
        from db.articles import bodies as load_bodies

        texts = load_bodies(library, list(bodies))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size_mb = library_path.stat().st_size / 1e6
    total = stored + linked
    print(f"files: {len(files)}  characters: {chars / 1e6:.1f} M  failed: {report.count('failed')}")
    print(f"articles: {total} ({stored} stored, {linked} linked as reprints)")
    print(f"import wall time: {elapsed:.1f} s  ->  {total / elapsed:.0f} articles/s, {chars / elapsed / 1e6:.2f} M chars/s")
    print(f"peak memory (max RSS): {peak_mb:.0f} MB   library size: {size_mb:.0f} MB")

    started = time.perf_counter()
    pairs = group_reprints(texts)
    print(f"batch reprint detection over {len(texts)} articles: {time.perf_counter() - started:.1f} s, "
          f"{len(pairs)} pairs above the threshold")

    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "composer.cli", "--db", str(library_path), "info"],
                   check=True, capture_output=True, cwd=ROOT)
    print(f"`briefing info` wall time: {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
