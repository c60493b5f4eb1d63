"""Learning from review: the theme decisions a library's staff made improve its next
suggestions — locally, from their own decisions, with no download.

The training examples are the articles and excerpts whose theme tags a person accepted,
rejected or added. For each theme, the *positives* are the examples where it was
accepted; the *negatives* the examples where it was rejected, or where a person decided
other themes and not this one. Examples are cut into words by jieba with the directory
and the theme words as user dictionary (composer/lexicon.py). Then, per theme:

* a word frequent in the positives and rare in the negatives (smoothed log-odds) becomes
  a learned word of the theme, weighted by that evidence;
* a keyword or synonym that turns up in negatives and never in positives is weakened, one
  found in positives only is strengthened;
* the article threshold is set where it best separates positives from negatives (F1 on
  the decided articles), when there are enough of both.

The model is a handful of rows (``theme_word_weights``, ``theme_models``), recomputed
by ``learn`` when the decisions changed since the last time (``briefing tag`` calls it).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from composer import lexicon
from composer import people as directory_ops
from composer.classify import ARTICLE_THRESHOLD, Classifier, theme_words
from db import articles as article_store
from db import excerpts as excerpt_store
from db import themes as store
from db.library import Library

MIN_POSITIVES = 2  # examples of a theme before a word is learned for it
MIN_LOG_ODDS = 1.5
LEARNED_WEIGHT_PER_LOG_ODDS = 0.3
MAX_LEARNED_WEIGHT = 1.0
MIN_EXAMPLES_FOR_THRESHOLD = 3  # positives and negatives each
_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


@dataclass
class LearnReport:
    examples: int = 0
    themes: int = 0
    learned_words: int = 0
    thresholds: int = 0
    skipped: bool = False  # nothing changed since the last time

    def as_json(self) -> dict:
        return {"examples": self.examples, "themes": self.themes, "learned_words": self.learned_words,
                "thresholds": self.thresholds, "skipped": self.skipped}


def learn(library: Library, *, force: bool = False) -> LearnReport:
    """Recompute the library's theme model from its decisions (skipped when they and
    the theme words are unchanged since the last time, unless ``force``)."""
    fingerprint = store.decisions_fingerprint(library)
    if not force and fingerprint == store.model_fingerprint(library):
        return LearnReport(skipped=True)
    decisions = store.decided_tags(library)
    examples = _examples(library, decisions)
    rows = store.all_themes(library)
    base = {t.theme_id: t for t in theme_words(rows, {}, {})}
    weights: dict[int, dict[str, float]] = {}
    thresholds: dict[int, tuple[float | None, int]] = {}
    report = LearnReport(examples=len(examples))
    if examples:
        directory_ops.update_segmenter(directory_ops.load_directory(library), extra_words=theme_vocabulary(rows))
        names = set(directory_ops.load_directory(library).forms)
        words_of = {key: _words(headings + "\n" + text, names)
                    for key, (_, text, headings, _, _) in examples.items()}
        for theme_id, theme in base.items():
            positives = [key for key, example in examples.items() if theme_id in example[3]]
            negatives = [key for key, example in examples.items() if theme_id in example[4]]
            learned = _learned_words(theme.words, positives, negatives, words_of)
            if learned:
                weights[theme_id] = learned
                report.learned_words += sum(1 for word in learned if word not in theme.words)
            if positives or negatives:
                report.themes += 1
        for theme_id, threshold, count in _thresholds(rows, weights, examples):
            thresholds[theme_id] = (threshold, count)
            report.thresholds += threshold is not None
    with library.write():
        store.save_model(library, weights, thresholds, fingerprint)
    return report


# -- examples -------------------------------------------------------------------------------

# key -> (kind, text, headings, accepted theme ids, negative theme ids).
_Example = tuple[str, str, str, set[int], set[int]]


def _examples(library: Library, decisions: list[tuple[str, int, int, bool]]) -> dict[tuple[str, int], _Example]:
    accepted: dict[tuple[str, int], set[int]] = defaultdict(set)
    rejected: dict[tuple[str, int], set[int]] = defaultdict(set)
    for kind, owner, theme_id, is_accepted in decisions:
        (accepted if is_accepted else rejected)[(kind, owner)].add(theme_id)
    keys = set(accepted) | set(rejected)
    articles = article_store.headed_bodies(library, [owner for kind, owner in keys if kind == "article"])
    excerpts = excerpt_store.excerpt_texts(library, [owner for kind, owner in keys if kind == "excerpt"])
    all_themes = {row.id for row in store.all_themes(library)}
    found: dict[tuple[str, int], _Example] = {}
    for key in keys:
        kind, owner = key
        if kind == "article" and owner in articles:
            headings, text = articles[owner]
        elif kind == "excerpt" and owner in excerpts:
            headings, text = "", excerpts[owner]
        else:
            continue
        # A decided example says "these themes, not the others": every other theme is a negative,
        # once a person accepted at least one theme for it.
        negatives = (all_themes - accepted[key]) if accepted[key] else set(rejected[key])
        found[key] = (kind, text, headings, accepted[key], negatives | rejected[key])
    return found


def theme_vocabulary(rows: list[store.ThemeRow]) -> list[str]:
    """The theme tree's words, for jieba's user dictionary."""
    return [word for row in rows for word in (*row.keywords, *row.synonyms, *row.exclusions)]


def _words(text: str, names: set[str]) -> set[str]:
    return {word for word in lexicon.cut(text) if _WORD.match(word) and word not in names}


# -- per theme ------------------------------------------------------------------------------------


def _learned_words(base: dict[str, float], positives: list, negatives: list,
                   words_of: dict) -> dict[str, float]:
    if not positives and not negatives:
        return {}
    in_positives = Counter(word for key in positives for word in words_of[key])
    in_negatives = Counter(word for key in negatives for word in words_of[key])
    learned: dict[str, float] = {}
    for word, weight in base.items():  # the theme's own words, judged by the decisions
        hits_positive, hits_negative = _occurrences(word, positives, negatives, words_of)
        if hits_negative >= 2 and hits_positive == 0:
            learned[word] = round(weight * 0.3, 3)
        elif hits_positive >= 2 and hits_negative == 0:
            learned[word] = round(min(weight * 1.3, 1.5), 3)
    if len(positives) < MIN_POSITIVES:
        return learned
    for word, count in in_positives.items():
        if word in base or count < MIN_POSITIVES or count < 0.3 * len(positives):
            continue
        odds = _log_odds(count, len(positives), in_negatives[word], len(negatives))
        if odds >= MIN_LOG_ODDS:
            learned[word] = round(min(MAX_LEARNED_WEIGHT, LEARNED_WEIGHT_PER_LOG_ODDS * odds), 3)
    return learned


def _occurrences(word: str, positives: list, negatives: list, words_of: dict) -> tuple[int, int]:
    return (sum(1 for key in positives if word in words_of[key]),
            sum(1 for key in negatives if word in words_of[key]))


def _log_odds(positive: int, positives: int, negative: int, negatives: int) -> float:
    return math.log((positive + 0.5) / (positives + 1)) - math.log((negative + 0.5) / (negatives + 1))


def _thresholds(rows: list[store.ThemeRow], weights: dict[int, dict[str, float]],
                examples: dict[tuple[str, int], _Example]) -> list[tuple[int, float | None, int]]:
    """Per theme, the article threshold that separates its decided articles best."""
    classifier = Classifier(theme_words(rows, weights, {}))
    articles = {key: example for key, example in examples.items() if example[0] == "article"}
    scores = {key: classifier.scores(example[1], example[2]) for key, example in articles.items()}
    found = []
    for row in rows:
        positives = [scores[key].get(row.id, (0.0, None))[0] for key, ex in articles.items() if row.id in ex[3]]
        negatives = [scores[key].get(row.id, (0.0, None))[0] for key, ex in articles.items() if row.id in ex[4]]
        if len(positives) < MIN_EXAMPLES_FOR_THRESHOLD or len(negatives) < MIN_EXAMPLES_FOR_THRESHOLD:
            continue
        found.append((row.id, _best_threshold(positives, negatives), len(positives) + len(negatives)))
    return found


def _best_threshold(positives: list[float], negatives: list[float]) -> float | None:
    candidates = sorted({s for s in positives if s > 0})
    best, best_f1 = None, -1.0
    for threshold in candidates:
        if not ARTICLE_THRESHOLD * 0.5 <= threshold <= ARTICLE_THRESHOLD * 2:
            continue
        tp = sum(1 for s in positives if s >= threshold)
        fp = sum(1 for s in negatives if s >= threshold)
        f1 = 2 * tp / (2 * tp + fp + (len(positives) - tp))
        if f1 > best_f1:
            best, best_f1 = threshold, f1
    return best
