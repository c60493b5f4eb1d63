"""The statement model: fitting, the shipped model, and what an office's review teaches."""

from __future__ import annotations

import random
from pathlib import Path

from composer.ingest.importer import ImportOptions, import_paths
from composer.people.statement_model import Example, StatementModel, fit, reliable_threshold, shipped
from composer.tagging import review
from composer.tagging.batch import tag_articles
from db import open_library
from db.excerpts import ExcerptFilter, list_excerpts

DEMO = Path(__file__).resolve().parent.parent / "composer" / "demo"


def _examples(count: int, seed: int) -> list[Example]:
    """A known rule: 'near' makes a statement right, 'far' wrong, 'noise' says nothing."""
    rng = random.Random(seed)
    examples = []
    for index in range(count):
        near = rng.random() < 0.5
        features = {"near" if near else "far": 1.0, "noise": rng.random()}
        right = rng.random() < (0.95 if near else 0.1)
        examples.append(Example(features, int(right), group=str(index)))
    return examples


def test_fitting_finds_the_rule_behind_the_labels() -> None:
    model = fit(_examples(400, 1))
    assert model.probability({"near": 1.0, "noise": 0.5}) > 0.85
    assert model.probability({"far": 1.0, "noise": 0.5}) < 0.25
    assert abs(model.weights.get("noise", 0.0)) < 0.8


def test_a_few_decisions_move_the_prior_a_little_and_many_move_it_more() -> None:
    prior = StatementModel({"near": 2.0, "far": -2.0}, 0.0)
    against = [Example({"near": 1.0}, 0) for _ in range(3)]
    few = fit(against, prior=prior)
    many = fit(against * 40, prior=prior)
    assert 0 < few.weights["near"] < 2.0
    assert many.weights["near"] < few.weights["near"]
    assert few.probability({"near": 1.0}) > many.probability({"near": 1.0})


def test_the_reliable_threshold_is_where_precision_reaches_the_target() -> None:
    scored = [(0.99, 1)] * 50 + [(0.95, 1)] * 30 + [(0.95, 0)] * 1 + [(0.7, 1)] * 10 + [(0.7, 0)] * 10
    assert reliable_threshold(scored, 0.98) == 0.95
    assert reliable_threshold([(0.5, 0)] * 30) == 1.0  # never reliable: nothing reaches the target


def test_the_shipped_model_is_fitted_and_sensible() -> None:
    model = shipped()
    assert model.weights and model.examples > 100 and 0.5 < model.reliable <= 1.0
    named = {"how:name_verb": 1.0, "verb:强调": 1.0, "ends_sentence": 1.0, "log_length": 4.0, "sentences": 2.0}
    guessed = {"how:pronoun": 1.0, "weak": 1.0, "others_inside": 1.0, "short": 1.0, "log_length": 2.0}
    assert model.probability(named) > model.probability(guessed)


def test_an_offices_rejections_lower_the_confidence_of_what_it_rejects(library_path: Path) -> None:
    """Rejecting the addressed-verb statements (要求, 希望 …) of half the articles makes the
    same kind of statement in the other half less confident at the next tagging."""
    with open_library(library_path) as library:
        import_paths(library, [DEMO], ImportOptions(workers=0))
        tag_articles(library, everything=True, workers=0)
        statements = list_excerpts(library, ExcerptFilter(kind="statement"))
        addressed = [s for s in statements if s["verb"] in ("要求", "希望", "叮嘱", "鼓励", "勉励", "嘱咐")]
        articles = sorted({s["article_id"] for s in addressed})
        taught = set(articles[::2])
        review.reject(library, ExcerptFilter(ids=[s["id"] for s in addressed if s["article_id"] in taught]))
        review.accept(library, ExcerptFilter(ids=[s["id"] for s in statements
                                                  if s not in addressed and s["article_id"] in taught]))
        untaught = {s["id"]: s["confidence"] for s in addressed if s["article_id"] not in taught}
        assert untaught
        report = tag_articles(library, everything=True, workers=0)
        assert report.learned_statements["examples"] > 0
        after = {s["id"]: s["confidence"] for s in list_excerpts(library, ExcerptFilter(ids=list(untaught)))}
    lowered = [after[i] < untaught[i] for i in untaught if i in after]
    assert lowered and all(lowered)


def test_only_reliable_statements_from_the_command_line(library_path: Path, tmp_path: Path) -> None:
    """`briefing excerpts --reliable` lists the statements the library trusts, and
    `compose --reliable` drafts from them only. (The demo pages with one page of ours whose
    subjectless 希望 after 指出 the model trusts less.)"""
    import json
    import subprocess
    import sys

    def briefing(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "composer.cli", "--db", str(library_path), *args],
                              capture_output=True, text=True, timeout=300)

    assert briefing("demo", "--quiet").returncode == 0
    page = tmp_path / "区长调研企业.txt"
    page.write_text("区长调研企业\n\n9月3日，区长林振华到云湖科学城调研企业。林振华指出，科学城要把创新资源用好用足。"
                    "希望各企业加大研发投入，与云湖共同打造数字经济高地。\n", encoding="utf-8")
    assert briefing("import", str(page), "--quiet").returncode == 0
    assert briefing("tag", "--quiet").returncode == 0
    every = json.loads(briefing("excerpts", "--kind", "statement", "--json").stdout)
    reliable = json.loads(briefing("excerpts", "--kind", "statement", "--reliable", "--json").stdout)
    line = shipped().reliable
    assert 0 < len(reliable) < len(every)
    assert all(e["confidence"] >= line for e in reliable)
    assert {e["id"] for e in every if e["confidence"] >= line} == {e["id"] for e in reliable}
