"""Score people and statement detection against a gold annotation, as a new user meets it.

    python -m benchmarks.gold [PAGES_FOLDER] [--verbose]

A fresh library with an empty directory; the pages imported; `briefing tag --all` run
once. Then, per page and overall:

* people (name + role): precision and recall against the gold's non-optional people
  (a role matches the gold `role` or `role_alt`; reporters count as people with role
  reporter; optional people are neither hits nor errors);
* statements: a gold statement is found when a predicted statement has the same
  speaker (or one in `speaker_alt` / `speaker_refers_to`, or containing the printed
  description of an unnamed speaker) and a span overlapping the gold span by at least
  half of the gold span's length. Gold spans are located in the article's whitespace-
  free NFKC text from `starts_with` to `ends_with` (or any `ends_with_alt`). Optional
  gold statements are never counted: not as misses, and predictions matching them are
  not false positives;
* 记者 turns given to an official (must be 0);
* themes: each article's theme labels (suggested or accepted) against the gold's
  `themes` — recall on `themes`, precision against `themes` ∪ `themes_optional`, and the
  micro-F1 of the two. Our taxonomy is finer than the gold's vocabulary, so labels are
  first mapped into it (GOLD_VOCABULARY: 养老 counts as 民生保障, 乡村振兴 as 城乡一体化
  …, as the gold README describes those labels); a label with no counterpart there
  (统战工作, 法治建设 …) counts as wrong.

Default pages: ../shared/seeds (with its gold/). The demo pages: composer/demo.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from composer.ingest.importer import ImportOptions, import_paths  # noqa: E402
from composer.tagging.batch import tag_articles  # noqa: E402
from db import open_library  # noqa: E402
from db.articles import get_article  # noqa: E402
from db.excerpts import list_excerpts  # noqa: E402
from db.imports import page_article_ids  # noqa: E402
from db.library import Library  # noqa: E402
from db.people import all_people  # noqa: E402
from db.themes import article_theme_names  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"

# Our finer leaves, in the gold's vocabulary (see ../shared/seeds/gold/README.md, "Theme labels").
GOLD_VOCABULARY = {
    "养老": "民生保障", "医疗卫生": "民生保障", "就业": "民生保障", "住房保障": "民生保障",
    "全民健身": "民生保障", "食品安全": "民生保障", "乡村振兴": "城乡一体化", "防汛救灾": "安全生产",
    "招商引资": "产业发展", "财政金融": "产业发展",
}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        self.errors += other.errors

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class PageScore:
    page: str
    people: Score
    statements: Score
    interviewer_turns_misattributed: int
    themes: Score = field(default_factory=Score)


def score_themes(gold: dict, predicted: list[str], label: str) -> Score:
    """Recall on the gold's core themes, precision against core ∪ optional."""
    score = Score()
    labels = {GOLD_VOCABULARY.get(name, name) for name in predicted}
    core, optional = set(gold.get("themes") or []), set(gold.get("themes_optional") or [])
    score.tp = len(labels & core)
    score.fn = len(core - labels)
    score.fp = len(labels - core - optional)
    score.errors += [f"{label}: missed theme {name}" for name in sorted(core - labels)]
    score.errors += [f"{label}: extra theme {name}" for name in sorted(labels - core - optional)]
    return score


def f1(score: Score) -> float:
    p, r = score.precision, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def squash_with_map(text: str) -> tuple[str, list[int]]:
    """NFKC, whitespace removed; and for each original index, its index in the result."""
    pieces: list[str] = []
    index_map = []
    length = 0
    for char in text:
        index_map.append(length)
        folded = "".join(unicodedata.normalize("NFKC", char).split())
        pieces.append(folded)
        length += len(folded)
    index_map.append(length)
    return "".join(pieces), index_map


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def gold_spans(squashed_body: str, statement: dict) -> list[tuple[int, int]]:
    start = squashed_body.find(_squash(statement["starts_with"]))
    if start < 0:
        return []
    spans = []
    for ending in [statement["ends_with"], *(statement.get("ends_with_alt") or [])]:
        end = squashed_body.find(_squash(ending), start)
        if end >= 0:
            spans.append((start, end + len(_squash(ending))))
    return spans


def speaker_matches(predicted: str | None, statement: dict) -> bool:
    if not predicted:
        return False
    accepted = {
        statement["speaker"], *(statement.get("speaker_alt") or []), *(statement.get("speaker_refers_to") or []),
    }
    if predicted in accepted:
        return True
    return statement.get("speaker_type") == "unnamed_person" and statement["speaker"] in predicted


def statement_found(predicted: list[dict] | dict, statement: dict, squashed: str, index_map: list[int]) -> bool:
    """The gold statement is found when predictions of its speaker cover at least half of
    its span. Several predictions may share it: a mixed quote (“A。”王少峰说，B。“C。”) is
    one gold statement, and we store A, B and C apart so that no excerpt prints the
    reporter's 王少峰说 (they are joined with …… when composed)."""
    predictions = predicted if isinstance(predicted, list) else [predicted]
    covered: set[int] = set()
    for gold_start, gold_end in gold_spans(squashed, statement):
        for one in predictions:
            if not any(speaker_matches(name, statement) for name in (one["speaker_name"], one["speaker"])):
                continue
            start, end = index_map[one["start"]], index_map[one["end"]]
            covered |= set(range(max(start, gold_start), min(end, gold_end)))
        if len(covered) >= 0.5 * (gold_end - gold_start):
            return True
        covered = set()
    return False


def part_of(predicted: dict, statement: dict, squashed: str, index_map: list[int]) -> bool:
    """Most of the prediction lies inside the gold statement, and the speaker is its own."""
    if not any(speaker_matches(name, statement) for name in (predicted["speaker_name"], predicted["speaker"])):
        return False
    start, end = index_map[predicted["start"]], index_map[predicted["end"]]
    return any(min(end, gold_end) - max(start, gold_start) >= 0.5 * (end - start)
               for gold_start, gold_end in gold_spans(squashed, statement))


def score_article(gold: dict, body: str, excerpts: list[dict], people: dict[int, tuple[str, str]],
                  reporters: list[str], label: str) -> tuple[Score, Score, int]:
    squashed, index_map = squash_with_map(body)
    people_score, statement_score = Score(), Score()
    # -- people: everyone of the directory the article names (excerpts link office holders
    # only, so the directory, not the links, tells whom detection found here)
    predicted_people = {people[e["person_id"]] for e in excerpts if e.get("person_id") in people}
    predicted_people |= {(name, role) for name, role in people.values() if name in body and role != "reporter"}
    predicted_people |= {(name, "reporter") for name in reporters}
    gold_people = {
        p["name"]: {p["role"], p.get("role_alt") or p["role"]} for p in gold["people"] if not p.get("optional")
    }
    optional = {p["name"] for p in gold["people"] if p.get("optional")}
    for name, role in sorted(predicted_people):
        if name in optional:
            continue
        if name in gold_people and role in gold_people[name]:
            people_score.tp += 1
        else:
            people_score.fp += 1
            people_score.errors.append(f"{label}: person not in gold: {name} ({role})")
    for name, roles in gold_people.items():
        if not any(n == name and r in roles for n, r in predicted_people):
            people_score.fn += 1
            people_score.errors.append(f"{label}: missed person {name} ({'/'.join(sorted(roles))})")
    # -- statements
    # the seed gold counts everyone's speech; officials' statements and others' remarks together
    predicted = [e for e in excerpts if e["kind"] in ("statement", "remark")]
    required = [s for s in gold["statements"] if not s.get("optional")]
    optional_statements = [s for s in gold["statements"] if s.get("optional")]
    for statement in required:
        if statement_found(predicted, statement, squashed, index_map):
            statement_score.tp += 1
        else:
            statement_score.fn += 1
            statement_score.errors.append(
                f"{label}: missed {statement['speaker']} {statement.get('verb')}: {statement['starts_with']}")
    for p in predicted:
        if any(part_of(p, s, squashed, index_map) for s in required + optional_statements):
            continue
        statement_score.fp += 1
        statement_score.errors.append(
            f"{label}: extra {p['speaker']} {p['verb']}: {_squash(body[p['start']:p['end']])[:30]}")
    # -- interviewer turns must never be an official's
    misattributed = 0
    for turn in gold.get("interviewer_turns", []):
        for p in predicted:
            text = _squash(body[p["start"] : p["end"]])
            if _squash(turn["starts_with"]) in text or _squash(turn["ends_with"]) in text:
                misattributed += 1
    return people_score, statement_score, misattributed


def run(pages_folder: Path, verbose: bool = False) -> list[PageScore]:
    pages = sorted(pages_folder.glob("*.txt"))
    results = []
    with tempfile.TemporaryDirectory() as scratch, open_library(Path(scratch) / "gold.sqlite") as library:
        import_paths(library, pages, ImportOptions(workers=0))
        tag_articles(library, everything=True)
        people = {person.id: (person.name, person.role) for person in all_people(library)}
        for page in pages:
            gold = json.loads((pages_folder / "gold" / f"{page.stem}.json").read_text(encoding="utf-8"))
            stored = [{"id": article_id} for article_id in page_article_ids(library, str(page))]
            page_people, page_statements, page_themes, misattributed = Score(), Score(), Score(), 0
            themes_of = article_theme_names(library, [article["id"] for article in stored])
            if not any("people" in g for g in gold["articles"]):  # a themes-only gold: articles matched by title
                page_themes = _themes_by_title(library, stored, gold["articles"], themes_of, page.name[:16])
                results.append(PageScore(page.name, page_people, page_statements, 0, page_themes))
                continue
            for index, (article, gold_article) in enumerate(zip(stored, gold["articles"])):
                stored_article = get_article(library, article["id"]) or {}
                body = stored_article["text"]
                excerpts = list_excerpts(library, article_id=article["id"])
                for excerpt in excerpts:
                    excerpt["person_id"] = excerpt["speaker_id"]
                    excerpt["speaker_name"] = people.get(excerpt["person_id"], (None, None))[0]
                credited = stored_article["reporters"] + stored_article["photographers"]
                label = f"{page.name[:16]}#{index}"
                p, s, m = score_article(gold_article, body, excerpts, people, credited, label)
                page_people.add(p)
                page_statements.add(s)
                misattributed += m
                page_themes.add(score_themes(gold_article, themes_of.get(article["id"], []), label))
            results.append(PageScore(page.name, page_people, page_statements, misattributed, page_themes))
    return results


def _themes_by_title(library: Library, stored: list[dict], gold_articles: list[dict], themes_of: dict[int, list[str]],
                     label: str) -> Score:
    """Theme scores for a gold that has only titles and themes (written without the page
    splitter's help): each gold article is found by its title; one not found counts its
    core themes as missed."""
    titles = {article["id"]: _squash((get_article(library, article["id"]) or {}).get("title") or "")
              for article in stored}
    score = Score()
    for index, gold_article in enumerate(gold_articles):
        wanted = _squash(gold_article["title"])
        found = next((i for i, title in titles.items() if title and (title == wanted or title in wanted
                                                                       or wanted in title)), None)
        if found is None:
            score.fn += len(gold_article.get("themes") or [])
            score.errors.append(f"{label}#{index}: article not found: {gold_article['title']}")
            continue
        score.add(score_themes(gold_article, themes_of.get(found, []), f"{label}#{index}"))
    return score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pages", nargs="?", type=Path, default=SEEDS)
    parser.add_argument("--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    if not (args.pages / "gold").is_dir():
        raise SystemExit(f"no gold annotation in {args.pages / 'gold'}")
    results = run(args.pages)
    total_people, total_statements, total_themes, total_turns = Score(), Score(), Score(), 0
    print(f"{'page':<34} {'people P/R':>12} {'statements P/R':>16} {'记者 turns':>10} {'themes P/R F1':>18}")
    for result in results:
        total_people.add(result.people)
        total_statements.add(result.statements)
        total_themes.add(result.themes)
        total_turns += result.interviewer_turns_misattributed
        print(f"{result.page[:34]:<34} {result.people.precision:5.2f}/{result.people.recall:<5.2f}"
              f" {result.statements.precision:7.2f}/{result.statements.recall:<7.2f} "
              f"{result.interviewer_turns_misattributed:>10} "
              f"{result.themes.precision:5.2f}/{result.themes.recall:.2f} {f1(result.themes):.2f}")
    print(f"{'overall':<34} {total_people.precision:5.2f}/{total_people.recall:<5.2f}"
          f" {total_statements.precision:7.2f}/{total_statements.recall:<7.2f} {total_turns:>10} "
          f"{total_themes.precision:5.2f}/{total_themes.recall:.2f} {f1(total_themes):.2f}")
    print(f"people: {total_people.tp} found, {total_people.fp} extra, {total_people.fn} missed; "
          f"statements: {total_statements.tp} found, {total_statements.fp} extra, {total_statements.fn} missed; "
          f"themes: {total_themes.tp} found, {total_themes.fp} extra, {total_themes.fn} missed, "
          f"micro-F1 {f1(total_themes):.3f}")
    if args.verbose:
        for line in total_people.errors + total_statements.errors + total_themes.errors:
            print("  " + line)


if __name__ == "__main__":
    main()
