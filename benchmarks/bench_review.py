"""Bulk review and its undo (issue: themes, review and undo).

    python benchmarks/bench_review.py [--articles 10000] [--count 10000] [--corpus DIR]

Takes the synthetic corpus's library (imported once by bench_tag/bench_import and
kept), tags it, then times — in this process, on the library file — accepting
``--count`` suggested excerpts at once (by id, as the review list selects them), its
undo, its redo, and a bulk accept by filter (``--where kind=statement``) with its
undo. Each step is checked on the library: the counts of accepted excerpts must be
what the step promises.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import library_copy  # noqa: E402
from composer.tagging import review  # noqa: E402
from composer.tagging.batch import tag_articles  # noqa: E402
from db import open_library  # noqa: E402
from db.excerpts import ExcerptFilter, count_selected, selected_ids  # noqa: E402
from db.library import Library  # noqa: E402

Result = TypeVar("Result")


def _timed(label: str, action: Callable[[], Result], check: Callable[[Result], str | None]) -> float:
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    problem = check(result)
    print(f"{label:<46} {seconds:6.2f} s" + (f"   WRONG: {problem}" if problem else ""))
    return seconds


def _accepted(library: Library) -> int:
    return count_selected(library, ExcerptFilter(status="accepted"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "briefing-corpus")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        path = library_copy(Path(scratch), "review", args.articles, args.corpus)
        with open_library(path) as library:
            started = time.perf_counter()
            report = tag_articles(library, everything=True)
            print(f"tagged {report.articles} articles in {time.perf_counter() - started:.1f} s: "
                  f"{report.statements} statements, {report.mentions} mentions, {report.theme_tags} theme tags")
            ids = selected_ids(library, ExcerptFilter(status="suggested"))[: args.count]
            chosen = ExcerptFilter(ids=ids)
            print(f"{len(ids)} suggested excerpts chosen")
            _timed(f"accept {len(ids)} excerpts (by id)", lambda: review.accept(library, chosen),
                   lambda r: None if r.changed == len(ids) == _accepted(library) else f"{r.changed} changed")
            _timed("undo it", lambda: review.undo(library),
                   lambda g: None if g and _accepted(library) == 0 else "still accepted")
            _timed("redo it", lambda: review.redo(library),
                   lambda g: None if g and _accepted(library) == len(ids) else "not accepted again")
            _timed("undo it again", lambda: review.undo(library),
                   lambda g: None if g and _accepted(library) == 0 else "still accepted")
            statements = review.parse_where("kind=statement")
            expected = count_selected(library, statements)
            _timed(f"accept --where kind=statement ({expected})", lambda: review.accept(library, statements),
                   lambda r: None if _accepted(library) == expected else f"{_accepted(library)} accepted")
            _timed("undo it", lambda: review.undo(library),
                   lambda g: None if g and _accepted(library) == 0 else "still accepted")


if __name__ == "__main__":
    main()
