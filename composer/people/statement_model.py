"""How much to trust a statement: a logistic model over what the rules saw.

The rules of composer/people/statements.py find candidate statements; this model turns
what they saw — how the speaker was found (a name next to the verb, a pronoun, a
title, an interview label), the verb, the span's shape — into the probability that the
statement is right (speaker and span). It never sees a name, a site or a word of the
content, so it cannot memorise articles.

* Shipped: ``data/statement_model.json``, fitted by ``python -m benchmarks.train_statements``
  on real articles and our own pages, evaluated by cross-validation by article; it also
  holds ``reliable``, the probability from which statements count as reliable (cross-
  validated precision ≥ 0.98: the "只看可靠的" filter of review and compose).
* Per library: the office's own decisions (accepted and rejected statements) refit the
  weights, starting from the shipped ones (a Gaussian prior around them), so a few
  decisions move the model a little and many move it more (``fit``).

Fitting is Newton's method on the penalised log-likelihood — a few hundred examples and
a few dozen features: milliseconds, no dependency beyond numpy.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np

SHIPPED = "statement_model.json"
DEFAULT_RELIABLE = 0.9


@dataclass
class Example:
    features: dict[str, float]
    label: int  # 1: right (accepted), 0: wrong (rejected)
    weight: float = 1.0
    group: str = ""  # the article: cross-validation keeps an article's examples together


@dataclass
class StatementModel:
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    reliable: float = DEFAULT_RELIABLE  # probability from which a statement is reliable
    examples: int = 0  # how many examples it was fitted on
    note: str = ""

    def probability(self, features: dict[str, float]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def as_json(self) -> dict:
        return {"weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}, "bias": round(self.bias, 6),
                "reliable": self.reliable, "examples": self.examples, "note": self.note}

    @classmethod
    def from_json(cls, data: dict) -> StatementModel:
        weights = {str(k): float(v) for k, v in data.get("weights", {}).items()}
        return cls(weights, float(data.get("bias", 0.0)), float(data.get("reliable", DEFAULT_RELIABLE)),
                   int(data.get("examples", 0)), str(data.get("note", "")))


@lru_cache(maxsize=1)
def shipped() -> StatementModel:
    """The model fitted on real articles (``data/statement_model.json``); a neutral model
    when the file is missing (every statement then keeps its rule's confidence)."""
    try:
        text = (resources.files("composer.people") / "data" / SHIPPED).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return StatementModel(note="no shipped model")
    return StatementModel.from_json(json.loads(text))


def fit(examples: Sequence[Example], *, prior: StatementModel | None = None, strength: float = 1.0,
        iterations: int = 25) -> StatementModel:
    """Logistic regression by Newton's method, penalised towards ``prior``'s weights
    (zero without one) with ``strength`` (the inverse variance of the Gaussian prior)."""
    known = set(prior.weights) if prior is not None else set()
    names = sorted({name for example in examples for name in example.features} | known)
    if not examples:
        return StatementModel(dict(prior.weights), prior.bias, prior.reliable) if prior else StatementModel()
    columns = {name: index for index, name in enumerate(names)}
    x = np.zeros((len(examples), len(names) + 1))
    x[:, -1] = 1.0  # the bias
    for row, example in enumerate(examples):
        for name, value in example.features.items():
            x[row, columns[name]] = value
    y = np.array([example.label for example in examples], dtype=float)
    sample = np.array([example.weight for example in examples], dtype=float)
    centre = np.zeros(len(names) + 1)
    if prior is not None:
        centre[:-1] = [prior.weights.get(name, 0.0) for name in names]
        centre[-1] = prior.bias
    penalty = np.full(len(names) + 1, strength)
    penalty[-1] = strength * 0.01  # the bias is barely held back
    w = centre.copy()
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (sample * (p - y)) + penalty * (w - centre)
        hessian = (x * (sample * p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    weights = {name: float(w[index]) for name, index in columns.items() if abs(w[index]) > 1e-9}
    reliable = prior.reliable if prior is not None else DEFAULT_RELIABLE
    return StatementModel(weights, float(w[-1]), reliable, len(examples))


def reliable_threshold(scored: Sequence[tuple[float, int]], precision: float = 0.98, support: int = 20) -> float:
    """The lowest probability from which the statements scored at least that high are
    right at ``precision`` (out-of-fold scores), with at least ``support`` of them."""
    ranked = sorted(scored, key=lambda pair: -pair[0])
    best = 1.0
    right = 0
    for index, (score, label) in enumerate(ranked):
        right += label
        count = index + 1
        last_of_its_score = index + 1 == len(ranked) or ranked[index + 1][0] != score
        if last_of_its_score and count >= support and right / count >= precision:
            best = score  # all statements scoring at least this much, ties included
    return round(best, 4)
