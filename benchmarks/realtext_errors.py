"""Fast, in-process version of the realtext measurement, with the errors listed — for
tuning on the 60 tuning articles only (never the 20 set aside: benchmarks/realtext.py).

It builds the same predictions as ../shared/realtext/predict.py (import, tag, people,
excerpts, articles) but calls the core directly, and scores them with the shared
score.py's own functions.

    python -m benchmarks.realtext_errors [NN ...] [--quiet]
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from benchmarks.realtext import HELD_OUT, REALTEXT, tuning


def _score_module() -> ModuleType:
    """The shared scorer, loaded from its file (it is not a package of ours)."""
    spec = importlib.util.spec_from_file_location("realtext_score", REALTEXT / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_rewritten(rewrite: Callable[[str, dict], tuple[str, dict]], prefix: str) -> dict[str, float]:
    """The 60 tuning articles, each rewritten by ``rewrite(text, gold) -> (text, gold)`` (a gold that
    follows the text), predicted in one process and scored with the shared scorer's own functions:
    statements and officials P/R, and statements carrying narration."""
    score = _score_module()
    names = tuning()
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    pages = {}
    for name in names:
        gold = json.loads((REALTEXT / f"{name}.json").read_text(encoding="utf-8"))
        text, gold = rewrite((REALTEXT / f"{name}.txt").read_text(encoding="utf-8"), gold)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        pages[name] = (gold, text)
    predictions = predict_in_process(names, folder)
    totals: Counter = Counter()
    for name, (gold, text) in pages.items():
        prediction = predictions["pages"][str((folder / f"{name}.txt").resolve())]
        score.score_statements(score.norm(text), gold, prediction, totals, Counter())
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    people = totals["ppl_tp"], totals["ppl_fp"], totals["ppl_fn"]
    return {
        "statements_p": tp / max(1, tp + fp), "statements_r": tp / max(1, tp + fn),
        "officials_p": people[0] / max(1, people[0] + people[1]),
        "officials_r": people[0] / max(1, people[0] + people[2]),
        "narration": totals["narration"],
    }


def predict_in_process(names: list[str], folder: Path = REALTEXT) -> dict:
    """Predictions keyed by the resolved path of each NN.txt, as predict.py writes them."""
    from composer.ingest.importer import import_paths
    from composer.people.directory import list_people
    from composer.tagging.batch import tag_articles
    from db import open_library
    from db.articles import get_article, list_articles
    from db.excerpts import ExcerptFilter, list_excerpts

    scratch = Path(tempfile.mkdtemp(prefix="realtext-eval-"))
    pred: dict = {}
    with open_library(scratch / "lib.sqlite") as library:
        owner: dict[int, str] = {}
        for name in names:
            path = folder / f"{name}.txt"
            key = str(path.resolve())
            pred[key] = {"articles": [], "people": {}, "statements": []}
            report = import_paths(library, [path])
            for result in report.files:
                for article in result.articles:
                    owner[article.id] = key
        tag_articles(library, everything=True, workers=0)
        roles = {p.name: p.role for p in list_people(library)}
        by_article: dict[int, list[dict]] = {}
        for excerpt in list_excerpts(library, ExcerptFilter()):
            if excerpt.get("status") != "rejected":
                by_article.setdefault(excerpt["article_id"], []).append(excerpt)
        for row in list_articles(library, limit=100_000):
            owned_by = owner.get(row["id"])
            if owned_by is None:
                continue
            page = pred[owned_by]
            page["articles"].append(get_article(library, row["id"]))
            for name in (row.get("reporters") or []) + (row.get("photographers") or []):
                page["people"][name] = {"name": name, "role": "reporter"}
            for excerpt in by_article.get(row["id"], []):
                names_here = set(excerpt.get("people") or [])
                if excerpt.get("speaker") and excerpt.get("speaker_type", "person") == "person":
                    names_here.add(excerpt["speaker"])
                for person in names_here:
                    page["people"].setdefault(person, {"name": person, "role": roles.get(person)})
                if excerpt.get("kind") == "statement":
                    page["statements"].append({"speaker": excerpt.get("speaker"), "text": excerpt.get("text", ""),
                                               "verb": excerpt.get("verb"), "confidence": excerpt.get("confidence"),
                                               "attribution": excerpt.get("speaker_type")})
    for page in pred.values():
        page["people"] = list(page["people"].values())
    return {"pages": pred}


def _norm(text: str | None) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def print_errors(predictions: dict, names: list[str], *, quiet: bool = False, folder: Path = REALTEXT) -> Counter:
    """Per article: missed gold quotes, wrong predictions, officials missed and extra."""
    score = _score_module()
    totals: Counter = Counter()
    by_type: Counter = Counter()
    for name in names:
        if folder == REALTEXT and name in HELD_OUT:
            raise SystemExit(f"{name} is set aside: its errors are not looked at while tuning")
        gold = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        page = _norm((folder / f"{name}.txt").read_text(encoding="utf-8"))
        pred = predictions["pages"].get(str((folder / f"{name}.txt").resolve()))
        before = Counter(totals)
        score.score_statements(page, gold, pred, totals, by_type)
        if quiet:
            continue
        lines = _article_errors(score, page, gold, pred)
        if lines:
            delta = {k: totals[k] - before[k] for k in ("tp", "fp", "fn")}
            print(f"== {name} {delta}")
            print("\n".join(lines))
    p = totals["tp"] / max(1, totals["tp"] + totals["fp"])
    r = totals["tp"] / max(1, totals["tp"] + totals["fn"])
    pp = totals["ppl_tp"] / max(1, totals["ppl_tp"] + totals["ppl_fp"])
    pr = totals["ppl_tp"] / max(1, totals["ppl_tp"] + totals["ppl_fn"])
    for kind in sorted({k.split(":")[0] for k in by_type}):
        print(f"  {kind:13s} {by_type[kind + ':hit']:3d} / {by_type[kind + ':all']:3d}")
    print(f"statements P {p:.3f} R {r:.3f} (tp {totals['tp']} fp {totals['fp']} fn {totals['fn']}); "
          f"officials P {pp:.3f} R {pr:.3f}; others' speech {totals['official_given_other_speech']}; "
          f"furniture {totals['furniture_speakers']}; narration {totals['narration']}")
    return totals


def _article_errors(score: ModuleType, page: str, gold: dict, pred: dict) -> list[str]:
    lines = []
    quotes = [(score.locate(page, q["text"]), score.name(q["speaker"]), q) for q in gold["quotes"]]
    used: set[int] = set()
    for statement in pred["statements"]:
        span, who = score.locate(page, statement.get("text")), score.name(statement.get("speaker"))
        hit = next((i for i, (s, sp, _) in enumerate(quotes)
                    if s and i not in used and span and sp == who and score.cover(s, span) >= 0.5), None)
        if hit is None:
            near = next((q for s, sp, q in quotes if s and span and score.cover(s, span) >= 0.5), None)
            why = f" [gold: {near['speaker']}]" if near else ""
            said = statement.get("text", "")[:60]
            lines.append(f"  FP {statement.get('speaker')}|{statement.get('verb')}: {said}{why}")
        else:
            used.add(hit)
            g = quotes[hit][0]
            outside = (span[1] - span[0]) - max(0, min(g[1], span[1]) - max(g[0], span[0]))
            if outside > 0.2 * max(1, span[1] - span[0]):
                lines.append(f"  NARR {statement.get('speaker')}: …{page[g[1]:span[1]][:40]}")
    for i, (_, _, quote) in enumerate(quotes):
        if i not in used:
            lines.append(f"  FN {quote['speaker']}|{quote.get('verb')}|{quote.get('attribution')}: "
                         f"{quote['text'][:60]}")
    officials = {score.name(o["name"]) for o in gold["officials"]}
    named = {score.name(x["name"]) for x in pred["people"] if x.get("role") != "reporter"}
    if officials - named:
        lines.append(f"  officials missed: {'、'.join(sorted(officials - named))}")
    if named - officials:
        lines.append(f"  people extra: {'、'.join(sorted(named - officials))}")
    return lines


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = REALTEXT
    if "--long" in sys.argv:  # our own long reports (tests/fixtures/long_reports)
        folder = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "long_reports"
        args = args or sorted(p.stem for p in folder.glob("L*.txt"))
    names = args or tuning()
    predictions = predict_in_process(names, folder)
    print_errors(predictions, names, quiet="--quiet" in sys.argv, folder=folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
