"""What review teaches the statement model: the office's accepted and rejected statements.

The shipped model (composer/people/statement_model.py) was fitted on real articles; an
office's own decisions refit it, starting from the shipped weights, so that what this
office accepts and rejects moves the confidence of the next suggestions — the way the
theme model learns from theme decisions (composer/tagging/learning.py). ``briefing tag``
relearns before it tags whenever the decisions changed.

A decision teaches only what the rules saw when they suggested the statement: each
decided statement's article is read again, and the candidate with the same span and
speaker gives its features. A statement whose span or speaker a person corrected
matches no candidate; it still counts as a correction in the report.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from composer.people.acts import Statement
from composer.people.directory import load_directory
from composer.people.statement_model import Example, StatementModel, fit, shipped
from composer.people.statements import StatementFinder, read_statements
from db import articles as article_store
from db import excerpts as store
from db.library import Library

MODEL_KEY = "statement_model"
FINGERPRINT_KEY = "statement_model_decisions"
PRIOR_STRENGTH = 1.0  # how firmly the shipped weights hold against an office's decisions


@dataclass
class StatementLearnReport:
    decisions: int = 0
    examples: int = 0  # decisions whose statement the rules still find as suggested
    skipped: bool = False

    def as_json(self) -> dict:
        return {"decisions": self.decisions, "examples": self.examples, "skipped": self.skipped}


def learn_statements(library: Library, *, force: bool = False) -> StatementLearnReport:
    """Refit the library's statement model from its decisions (skipped when they did not
    change since the last time, unless ``force``)."""
    fingerprint = store.statement_decisions_fingerprint(library)
    if not force and fingerprint == store.stored_setting(library, FINGERPRINT_KEY):
        return StatementLearnReport(skipped=True)
    decisions = store.decided_statements(library)
    examples = _examples(library, decisions)
    model = fit(examples, prior=shipped(), strength=PRIOR_STRENGTH) if examples else shipped()
    with library.write():
        store.store_setting(library, MODEL_KEY, json.dumps(model.as_json(), ensure_ascii=False))
        store.store_setting(library, FINGERPRINT_KEY, fingerprint)
    return StatementLearnReport(len(decisions), len(examples))


def statement_model(library: Library) -> StatementModel:
    """The library's model: what its decisions taught, else the shipped one."""
    stored = store.stored_setting(library, MODEL_KEY)
    return StatementModel.from_json(json.loads(stored)) if stored else shipped()


def reliable_from(library: Library) -> float:
    """The confidence from which this library's statements count as reliable (the
    "只看可靠的" filter of review and compose): cross-validated precision ≥ 0.98."""
    return statement_model(library).reliable


def _examples(library: Library, decisions: list[store.DecidedStatement]) -> list[Example]:
    by_article: dict[int, list[store.DecidedStatement]] = defaultdict(list)
    for decision in decisions:
        by_article[decision.article_id].append(decision)
    directory = load_directory(library)
    finder = StatementFinder()
    examples = []
    for article in article_store.articles_for_tagging(library, sorted(by_article)):
        _, _, found = read_statements(article, directory, finder)
        candidates: dict[tuple[int, int, str | None], Statement] = {(s.start, s.end, s.speaker_text): s
                                                                    for s in found}
        for decision in by_article[article["id"]]:
            candidate = candidates.get((decision.start, decision.end, decision.speaker))
            if candidate is not None:
                examples.append(Example(candidate.features, int(decision.accepted), group=str(article["id"])))
    return examples
