"""Learning from review: the theme decisions a library's staff made improve its next
suggestions — locally, from their own decisions, with no download.

The training examples are the articles and excerpts whose theme tags a person accepted,
rejected or added. For each theme, the *positives* are the examples where it was
accepted; the *negatives* the examples where it was rejected, or where a person decided
other themes and not this one. Examples are cut into words by jieba with the directory
and the theme words as user dictionary (composer/common/lexicon.py). Then, per theme:

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

from composer.common import lexicon
from composer.people import directory as directory_ops
from composer.tagging.classify import ARTICLE_THRESHOLD, COMPANION_SHARE, RELATIVE_TO_BEST, Classifier, theme_words
from db import articles as article_store
from db import excerpts as excerpt_store
from db import themes as store
from db.library import Library

# A word is learned for a theme only on firm evidence: the decisions are few (tens of
# articles), and a long article carries hundreds of words that say nothing of its themes.
MIN_POSITIVES = 3  # examples of a theme before a word is learned for it
MIN_SHARE_OF_POSITIVES = 0.5  # the word is in at least half of them
MAX_SHARE_OF_NEGATIVES = 0.1  # and in at most a tenth of the negatives
MAX_SHARE_OF_EXAMPLES = 0.3  # and not a word of every other text
MIN_LOG_ODDS = 1.5
LEARNED_WEIGHT_PER_LOG_ODDS = 0.15
MAX_LEARNED_WEIGHT = 0.5
MAX_LEARNED_WORDS = 15
MIN_EXAMPLES_FOR_THRESHOLD = 3  # positives and negatives each
RELATIVE_CANDIDATES = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4)
THRESHOLD_SHRINKAGE = 10
MIN_COMPANION_ARTICLES = 2  # a theme's own threshold counts as much as its positives against this many
_WORD = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


@dataclass
class LearnReport:
    examples: int = 0
    themes: int = 0
    learned_words: int = 0
    thresholds: int = 0
    companions: int = 0
    skipped: bool = False  # nothing changed since the last time

    def as_json(self) -> dict:
        return {"examples": self.examples, "themes": self.themes, "learned_words": self.learned_words,
                "thresholds": self.thresholds, "companions": self.companions, "skipped": self.skipped}


def learn(library: Library, *, force: bool = False) -> LearnReport:
    """Recompute the library's theme model from its decisions (skipped when they and
    the theme words are unchanged since the last time, unless ``force``)."""
    fingerprint = store.decisions_fingerprint(library)
    if not force and fingerprint == store.model_fingerprint(library):
        return LearnReport(skipped=True)
    examples = _examples(library, store.decided_tags(library))
    rows = store.all_themes(library)
    model = store.ThemeModel()
    report = LearnReport(examples=len(examples))
    if examples:
        directory = directory_ops.load_directory(library)
        directory_ops.update_segmenter(directory, extra_words=theme_vocabulary(rows))
        names = set(directory.forms)
        words_of = {key: _words(headings + "\n" + text, names)
                    for key, (_, text, headings, _, _) in examples.items()}
        document_frequency = Counter(word for words in words_of.values() for word in words)
        for theme in theme_words(rows):
            positives = [key for key, example in examples.items() if theme.theme_id in example[3]]
            negatives = [key for key, example in examples.items() if theme.theme_id in example[4]]
            learned = _learned_words(theme.words, positives, negatives, words_of, document_frequency)
            if learned:
                model.weights[theme.theme_id] = learned
                report.learned_words += sum(1 for word in learned if word not in theme.words)
            if positives or negatives:
                report.themes += 1
        _calibrate(rows, examples, model)
        report.thresholds = len(model.thresholds)
        model.companions = _companions(examples)
        report.companions = sum(len(found) for found in model.companions.values())
    with library.write():
        store.save_model(library, model, fingerprint)
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
                   words_of: dict, document_frequency: Counter[str]) -> dict[str, float]:
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
    examples = len(words_of)
    candidates = []
    for word, count in in_positives.items():
        if (word in base or count < MIN_POSITIVES or count < MIN_SHARE_OF_POSITIVES * len(positives)
                or in_negatives[word] > MAX_SHARE_OF_NEGATIVES * len(negatives)
                or document_frequency[word] > MAX_SHARE_OF_EXAMPLES * examples):
            continue
        odds = _log_odds(count, len(positives), in_negatives[word], len(negatives))
        if odds >= MIN_LOG_ODDS:
            candidates.append((odds, word))
    for odds, word in sorted(candidates, reverse=True)[:MAX_LEARNED_WORDS]:
        learned[word] = round(min(MAX_LEARNED_WEIGHT, LEARNED_WEIGHT_PER_LOG_ODDS * odds), 3)
    return learned


def _occurrences(word: str, positives: list, negatives: list, words_of: dict) -> tuple[int, int]:
    return (sum(1 for key in positives if word in words_of[key]),
            sum(1 for key in negatives if word in words_of[key]))


def _log_odds(positive: int, positives: int, negative: int, negatives: int) -> float:
    return math.log((positive + 0.5) / (positives + 1)) - math.log((negative + 0.5) / (negatives + 1))


def _calibrate(rows: list[store.ThemeRow], examples: dict[tuple[str, int], _Example],
               model: store.ThemeModel) -> None:
    """Article thresholds fitted to the decided articles. How liberally an office tags —
    how weak a secondary theme it still accepts — shows across all its themes, so the
    threshold and the share of the article's best score a theme must reach are fitted
    on all decisions pooled; a theme with decisions of its own then moves from that
    threshold towards its own best one as its examples grow (shrinkage)."""
    classifier = Classifier(theme_words(rows, store.ThemeModel(weights=model.weights)))
    articles = {key: example for key, example in examples.items() if example[0] == "article"}
    # (score, share of the article's best score, accepted?) for every decided (article, theme).
    pooled: list[tuple[float, float, bool]] = []
    per_theme: dict[int, tuple[list[float], list[float]]] = {row.id: ([], []) for row in rows}
    for _, text, headings, accepted, negatives in articles.values():
        scores = {theme_id: score for theme_id, (score, _) in classifier.scores(text, headings).items()}
        best = max(scores.values(), default=0.0) or 1.0
        for theme_id in accepted | negatives:
            if theme_id in per_theme:
                score = scores.get(theme_id, 0.0)
                pooled.append((score, score / best, theme_id in accepted))
                per_theme[theme_id][0 if theme_id in accepted else 1].append(score)
    positives = sum(1 for *_, accepted in pooled if accepted)
    if min(positives, len(pooled) - positives) < MIN_EXAMPLES_FOR_THRESHOLD:
        return
    library_wide, model.relative_to_best = _best_pair(pooled)
    for theme_id, (theme_positives, theme_negatives) in per_theme.items():
        threshold = library_wide
        if min(len(theme_positives), len(theme_negatives)) >= MIN_EXAMPLES_FOR_THRESHOLD:
            own = _best_threshold(theme_positives, theme_negatives)
            if own is not None:
                share = len(theme_positives) / (len(theme_positives) + THRESHOLD_SHRINKAGE)
                threshold = library_wide + share * (own - library_wide)
        model.thresholds[theme_id] = round(threshold, 3)
        model.examples[theme_id] = len(theme_positives) + len(theme_negatives)


def _companions(examples: dict[tuple[str, int], _Example]) -> dict[int, dict[int, float]]:
    """Per theme, the themes this office accepts along with it in most of its articles."""
    accepted = [example[3] for example in examples.values() if example[0] == "article" and example[3]]
    alone: Counter[int] = Counter(theme for themes in accepted for theme in themes)
    together: Counter[tuple[int, int]] = Counter(
        (theme, other) for themes in accepted for theme in themes for other in themes if other != theme
    )
    found: dict[int, dict[int, float]] = {}
    for (theme, other), count in together.items():
        share = count / (alone[theme] + 1)  # smoothed: two of two is not yet "always"
        if count >= MIN_COMPANION_ARTICLES and share >= COMPANION_SHARE:
            found.setdefault(theme, {})[other] = round(share, 3)
    return found


def _best_pair(pooled: list[tuple[float, float, bool]]) -> tuple[float, float]:
    """The (threshold, share of best) with the best F1 over the pooled decisions; ties go
    to the defaults' side (the candidate closest to them)."""
    thresholds = sorted({round(score, 2) for score, _, accepted in pooled
                         if accepted and ARTICLE_THRESHOLD * 0.5 <= score <= ARTICLE_THRESHOLD * 2})
    thresholds = sorted(set(thresholds) | {ARTICLE_THRESHOLD})
    total = sum(1 for *_, accepted in pooled if accepted)
    best: tuple[float, float, float] | None = None  # (f1, -distance from the defaults, ...)
    choice = (ARTICLE_THRESHOLD, RELATIVE_TO_BEST)
    for threshold in thresholds:
        for relative in RELATIVE_CANDIDATES:
            tp = fp = 0
            for score, share, accepted in pooled:
                if score >= threshold and share >= relative:
                    tp, fp = tp + accepted, fp + (not accepted)
            f1 = 2 * tp / (2 * tp + fp + (total - tp))
            distance = abs(threshold - ARTICLE_THRESHOLD) / ARTICLE_THRESHOLD + abs(relative - RELATIVE_TO_BEST)
            if best is None or (f1, -distance) > best[:2]:
                best = (f1, -distance, 0.0)
                choice = (threshold, relative)
    return choice


def _best_threshold(positives: list[float], negatives: list[float]) -> float | None:
    """The threshold (between two observed scores) with the best F1."""
    candidates = sorted({s for s in positives if s > 0})
    best, best_f1 = None, -1.0
    for threshold in candidates:
        if not ARTICLE_THRESHOLD * 0.5 <= threshold <= ARTICLE_THRESHOLD * 2:
            continue
        tp = sum(1 for s in positives if s >= threshold)
        fp = sum(1 for s in negatives if s >= threshold)
        f1 = 2 * tp / (2 * tp + fp + (len(positives) - tp))
        if f1 > best_f1:
            below = max((s for s in [*positives, *negatives] if s < threshold), default=0.0)
            best, best_f1 = (threshold + max(below, threshold * 0.8)) / 2, f1
    return best
