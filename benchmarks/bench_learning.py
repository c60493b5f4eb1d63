"""Does review teach the theme tagger? Measured on the gold annotations.

    python -m benchmarks.bench_learning [PAGES_FOLDER ...]

All pages (default: ../shared/seeds and the demo pages, both with gold/) are imported
into a fresh library and tagged. Their articles are split into two halves, alternating
in page order. Half A is then reviewed as a person would, from the gold: each suggested
theme is accepted when it fits the article (gold `themes` or `themes_optional`) and
rejected when not, and each missing core theme is added. `briefing tag --all` runs again
(it relearns from the decisions first), and half B — which nobody reviewed — is scored
before and after, with the theme scoring of benchmarks/gold.py.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.gold import GOLD_VOCABULARY, SEEDS, Score, f1, score_themes  # noqa: E402
from composer.ingest.importer import ImportOptions, import_paths  # noqa: E402
from composer.tagging import review  # noqa: E402
from composer.tagging.batch import tag_articles  # noqa: E402
from db import open_library  # noqa: E402
from db.imports import page_article_ids  # noqa: E402
from db.library import Library  # noqa: E402
from db.themes import article_theme_names  # noqa: E402

DEMO = ROOT / "composer" / "demo"


@dataclass
class LearningResult:
    reviewed: int  # articles in half A
    held_out: int  # articles in half B
    decisions: int  # theme tags accepted, rejected or added in half A
    before: Score
    after: Score
    reviewed_before: Score
    reviewed_after: Score
    learned: dict
    seconds: float


def gold_articles(library: Library, folders: list[Path]) -> list[tuple[int, dict]]:
    """(article id, gold article) for every article of every page, in page order."""
    found = []
    for folder in folders:
        for page in sorted(folder.glob("*.txt")):
            gold = json.loads((folder / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
            found += list(zip(page_article_ids(library, str(page)), gold["articles"]))
    return found


def score(library: Library, articles: list[tuple[int, dict]]) -> Score:
    total = Score()
    themes = article_theme_names(library, [article_id for article_id, _ in articles])
    for article_id, gold in articles:
        total.add(score_themes(gold, themes.get(article_id, []), f"#{article_id}"))
    return total


def review_from_gold(library: Library, articles: list[tuple[int, dict]]) -> int:
    """Decide every suggested theme of the articles as the gold says; add missing core themes."""
    decisions = 0
    themes = article_theme_names(library, [article_id for article_id, _ in articles])
    reviewed: set[int] = set()
    for article_id, gold in articles:
        if article_id in reviewed:  # a reprint: the same article twice on the pages
            continue
        reviewed.add(article_id)
        fitting = set(gold.get("themes") or []) | set(gold.get("themes_optional") or [])
        predicted = themes.get(article_id, [])
        accept = [name for name in predicted if GOLD_VOCABULARY.get(name, name) in fitting]
        reject = [name for name in predicted if name not in accept]
        covered = {GOLD_VOCABULARY.get(name, name) for name in accept}
        add = [name for name in gold.get("themes") or [] if name not in covered]
        if accept or reject or add:
            review.set_article_themes(library, [article_id], add=add, accept=accept or None, reject=reject)
            decisions += len(accept) + len(reject) + len(add)
    return decisions


def run(folders: list[Path], reviewed_half: int = 0) -> LearningResult:
    """``reviewed_half``: 0 reviews the 1st, 3rd, 5th … article, 1 the others."""
    pages = [page for folder in folders for page in sorted(folder.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as scratch, open_library(Path(scratch) / "learn.sqlite") as library:
        import_paths(library, pages, ImportOptions(workers=0))
        tag_articles(library, everything=True, workers=0)
        articles = gold_articles(library, folders)
        half_a, half_b = articles[reviewed_half::2], articles[1 - reviewed_half::2]
        # An article printed twice (a reprint) must not sit in both halves.
        ids_a = {article_id for article_id, _ in half_a}
        half_b = [(article_id, gold) for article_id, gold in half_b if article_id not in ids_a]
        before, reviewed_before = score(library, half_b), score(library, half_a)
        decisions = review_from_gold(library, half_a)
        started = time.perf_counter()
        report = tag_articles(library, everything=True, workers=0)
        seconds = time.perf_counter() - started
        return LearningResult(len(half_a), len(half_b), decisions, before, score(library, half_b),
                              reviewed_before, score(library, half_a), report.learned, seconds)


def _line(label: str, value: Score) -> str:
    return (f"{label:<28} P {value.precision:.2f}  R {value.recall:.2f}  micro-F1 {f1(value):.3f}"
            f"  ({value.tp} found, {value.fp} extra, {value.fn} missed)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path)
    args = parser.parse_args()
    folders = args.folders or [folder for folder in (SEEDS, DEMO) if (folder / "gold").is_dir()]
    print(f"pages from: {', '.join(str(f) for f in folders)}")
    for reviewed_half in (0, 1):
        result = run(folders, reviewed_half)
        print(f"\n== review {'odd' if reviewed_half else 'even'} articles (half A), score the others (half B)")
        print(f"half A reviewed: {result.reviewed} articles, {result.decisions} theme decisions; "
              f"half B held out: {result.held_out} articles")
        print(f"learned: {result.learned}; re-tagging took {result.seconds:.1f} s")
        print(_line("held-out half B, before", result.before))
        print(_line("held-out half B, after", result.after))
        print(_line("reviewed half A, before", result.reviewed_before))
        print(_line("reviewed half A, after", result.reviewed_after))
        print(f"gain on the held-out half: {f1(result.after) - f1(result.before):+.3f} micro-F1")


if __name__ == "__main__":
    main()
