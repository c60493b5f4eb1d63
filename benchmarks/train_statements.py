"""Fit and cross-validate the statement model (composer/people/statement_model.py).

    python -m benchmarks.train_statements [--write] [--folds 5]

Examples are the candidate statements the rules find — each labelled right or wrong
against a hand-made gold — on:

* the 60 tuning articles of ../shared/realtext (never the 20 set aside:
  benchmarks/realtext.py HELD_OUT), matched as the shared score.py matches;
* the seed pages (../shared/seeds) and our demo pages, matched as benchmarks/gold.py does.

Cross-validation keeps each article's examples in one fold. Printed: log-loss and AUC
out of fold, a calibration table, precision and recall of the candidates above each
threshold, and the probability from which out-of-fold precision reaches 0.98 (the
"reliable" threshold). ``--write`` fits on everything and writes the shipped model.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from benchmarks.realtext import REALTEXT, tuning
from benchmarks.realtext_errors import _score_module
from db.library import Library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
DEMO = ROOT / "composer" / "demo"
OUTPUT = ROOT / "composer" / "people" / "data" / "statement_model.json"


def _tagged_library(paths: list[Path], folder: Path) -> Library:
    from composer.ingest.importer import ImportOptions, import_paths
    from composer.tagging.batch import tag_articles
    from db import open_library

    library = open_library(folder / "train.sqlite")
    import_paths(library, paths, ImportOptions(workers=0))
    tag_articles(library, everything=True, workers=0)
    return library


def _statements_by_file(library: Library, paths: list[Path]) -> Iterator[tuple[Path, dict, list]]:
    from composer.people.directory import load_directory
    from composer.people.statements import StatementFinder, read_statements
    from db.articles import articles_for_tagging
    from db.imports import page_article_ids

    directory = load_directory(library)
    finder = StatementFinder()
    for path in paths:
        ids = page_article_ids(library, str(path))
        for article in articles_for_tagging(library, ids):
            _, _, found = read_statements(article, directory, finder)
            yield path, article, [s for s in found if s.official]


def realtext_examples(paths: list[Path], score: ModuleType) -> list:
    from composer.people.statement_model import Example

    examples = []
    with tempfile.TemporaryDirectory() as scratch:
        library = _tagged_library(paths, Path(scratch))
        try:
            for path, article, found in _statements_by_file(library, paths):
                gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
                page = score.norm(path.read_text(encoding="utf-8"))
                quotes = [(score.locate(page, q["text"]), score.name(q["speaker"])) for q in gold["quotes"]]
                for statement in found:
                    span = score.locate(page, article["body"][statement.start : statement.end])
                    who = score.name(statement.speaker_text)
                    right = any(g and span and sp == who and score.cover(g, span) >= 0.5 for g, sp in quotes)
                    examples.append(Example(statement.features, int(right), group=path.stem))
        finally:
            library.close()
    return examples


def gold_page_examples(folder: Path) -> list:
    from benchmarks import gold as seed_gold
    from composer.people.statement_model import Example

    pages = sorted(folder.glob("*.txt"))
    examples = []
    with tempfile.TemporaryDirectory() as scratch:
        library = _tagged_library(pages, Path(scratch))
        try:
            for path, article, found in _statements_by_file(library, pages):
                page_gold = json.loads((folder / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
                squashed, index_map = seed_gold.squash_with_map(article["body"])
                statements = [s for a in page_gold["articles"] for s in a.get("statements", [])]
                for statement in found:
                    predicted = {"speaker": statement.speaker_text, "speaker_name": statement.person_name,
                                 "start": statement.start, "end": statement.end}
                    right = any(seed_gold.part_of(predicted, s, squashed, index_map) for s in statements)
                    examples.append(Example(statement.features, int(right), group=f"{folder.name}/{path.stem}"))
        finally:
            library.close()
    return examples


def all_examples() -> list:
    score = _score_module()
    # our long reports (tests/fixtures/long_reports) stay out: they test attribution blind
    examples = realtext_examples([REALTEXT / f"{name}.txt" for name in tuning()], score)
    if SEEDS.exists():
        examples += gold_page_examples(SEEDS)
    examples += gold_page_examples(DEMO)
    return examples


def _fold(group: str, folds: int) -> int:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % folds


def cross_validate(examples: list, folds: int, strength: float) -> list[tuple[float, int]]:
    from composer.people.statement_model import fit

    scored: list[tuple[float, int]] = []
    for fold in range(folds):
        train = [e for e in examples if _fold(e.group, folds) != fold]
        test = [e for e in examples if _fold(e.group, folds) == fold]
        model = fit(train, strength=strength)
        scored += [(model.probability(e.features), e.label) for e in test]
    return scored


def report(scored: list[tuple[float, int]]) -> None:
    positives = sum(label for _, label in scored)
    loss = -sum(math.log(max(1e-9, p if y else 1 - p)) for p, y in scored) / len(scored)
    ranked = sorted(scored, key=lambda pair: -pair[0])
    pairs = concordant = 0.0
    negatives_seen = 0
    for _, label in reversed(ranked):
        if label:
            concordant += negatives_seen
            pairs += len(scored) - positives
        else:
            negatives_seen += 1
    print(f"examples {len(scored)} (right {positives}); out-of-fold log-loss {loss:.3f}, "
          f"AUC {concordant / pairs if pairs else 0:.3f}")
    print("calibration: bin  predicted  observed  n")
    for low in (0.0, 0.2, 0.4, 0.6, 0.8, 0.9):
        high = {0.8: 0.9, 0.9: 1.01}.get(low, low + 0.2)
        inside = [(p, y) for p, y in scored if low <= p < high]
        if inside:
            mean = sum(p for p, _ in inside) / len(inside)
            observed = sum(y for _, y in inside) / len(inside)
            print(f"  [{low:.1f},{min(high, 1.0):.1f})  {mean:.2f}  {observed:.2f}  {len(inside)}")
    print("threshold  precision  recall(of right candidates)  kept")
    for threshold in (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        kept = [(p, y) for p, y in scored if p >= threshold]
        right = sum(y for _, y in kept)
        print(f"  {threshold:.2f}  {right / len(kept) if kept else 0:.3f}  {right / positives:.3f}  {len(kept)}")


def main() -> int:
    from composer.people.statement_model import StatementModel, fit, reliable_threshold

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--strength", type=float, default=1.0)
    parser.add_argument("--write", action="store_true", help=f"fit on all examples and write {OUTPUT}")
    args = parser.parse_args()
    if not REALTEXT.exists():
        print(f"{REALTEXT} is absent: no real articles to learn from")
        return 0
    examples = all_examples()
    scored = cross_validate(examples, args.folds, args.strength)
    report(scored)
    reliable = reliable_threshold(scored)
    print(f"reliable from p >= {reliable} (out-of-fold precision >= 0.98)")
    if args.write:
        model: StatementModel = fit(examples, strength=args.strength)
        model.reliable = reliable
        model.note = (f"fitted by benchmarks/train_statements.py on {len(examples)} candidate statements "
                      f"({len({e.group for e in examples})} articles: realtext tuning set, seeds, demo)")
        OUTPUT.parent.mkdir(exist_ok=True)
        OUTPUT.write_text(json.dumps(model.as_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"written {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
