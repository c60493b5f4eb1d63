"""Theme classification of articles and statements: multi-label, with a score and an
explanation (which words matched, how often).

Each theme has keywords (weight 1), synonyms (weaker) and exclusion words; review adds
learned words and weights and a per-theme threshold (composer/tagging/learning.py). All words
of all themes are matched in one pass by a trie-compressed regular expression — the
longest word wins where words overlap, so an exclusion word (警示教育) swallows the
keyword inside it (教育) for the theme it excludes. Matching known words instead of
segmenting every text with jieba is a measured choice: jieba cuts 0.30–0.36 M
characters a second here, 70–80 CPU-seconds for 10,000 articles, while the words a
theme can match are known in advance. jieba's segmentation still decides whether a
match is a word of the text (台风 is not one in 舞台风格): composer/common/lexicon.py
WordBoundaries runs it, with the theme words and the directory as user dictionary,
around a match whose edges a dictionary word crosses. Words are *learned* from texts
cut by jieba in full (composer/tagging/learning.py).

An article's score for a theme sums, over its matched words, weight × (1 + ln count),
headings counting double, and divides by a slowly growing length factor; a theme is
suggested when its score reaches its threshold and a share of the best theme's score.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from composer.common.lexicon import WordBoundaries
from composer.common.patterns import trie_pattern
from db.themes import ThemeModel

KEYWORD_WEIGHT = 1.0
SYNONYM_WEIGHT = 0.7
ARTICLE_THRESHOLD = 2.0
STATEMENT_THRESHOLD = 1.0
RELATIVE_TO_BEST = 0.25  # a theme far weaker than the article's main one is a passing mention
HEADING_FACTOR = 2.0
LENGTH_UNIT = 1500  # characters: the length factor is 1 + ln(1 + length / LENGTH_UNIT)
EXPLAINED_WORDS = 5
# Learned companions (composer/tagging/learning.py): a theme this office tags along with a found
# one in at least COMPANION_SHARE of its articles needs only COMPANION_EVIDENCE of its threshold.
COMPANION_SHARE = 0.5
COMPANION_EVIDENCE = 0.4

WordCounts = dict[str, float]  # matched word → how often (a word of the headings counts HEADING_FACTOR times)


@dataclass
class ThemeWords:
    """What classification knows of one theme."""

    theme_id: int
    name: str
    words: dict[str, float] = field(default_factory=dict)  # word -> weight
    exclusions: set[str] = field(default_factory=set)
    threshold: float | None = None  # learned for articles; None: ARTICLE_THRESHOLD


@dataclass(frozen=True)
class ThemeTag:
    theme_id: int
    score: float
    explanation: str  # 接诉即办×3、12345×2


class Classifier:
    """Built once per theme tree and model; ``classify`` is called per text."""

    def __init__(
        self, themes: Iterable[ThemeWords], model: ThemeModel | None = None, other_words: Iterable[str] = ()
    ) -> None:
        """``other_words``: more words for jieba's user dictionary (the directory's names)."""
        self.themes = {theme.theme_id: theme for theme in themes}
        model = model or ThemeModel()
        self.relative_to_best = RELATIVE_TO_BEST if model.relative_to_best is None else model.relative_to_best
        self.companions = model.companions
        self._weights: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for theme in self.themes.values():
            for word, weight in theme.words.items():
                if word and word not in theme.exclusions and weight:
                    self._weights[word].append((theme.theme_id, weight))
        vocabulary = set(self._weights) | {w for theme in self.themes.values() for w in theme.exclusions}
        self.pattern = trie_pattern(vocabulary)
        self.boundaries = WordBoundaries([*vocabulary, *other_words])

    def words_in(self, text: str) -> list[tuple[int, str]]:
        """The theme words in a text that jieba would cut as words: (position, word), in
        text order. A caller with several spans of one text finds them once (``within``)."""
        if self.pattern is None or not text:
            return []
        is_word = self.boundaries.is_word
        return [(m.start(), m.group()) for m in self.pattern.finditer(text) if is_word(text, m.start(), m.end())]

    def scores(
        self, text: str, headings: str = "", *, words: list[tuple[int, str]] | None = None
    ) -> dict[int, tuple[float, WordCounts]]:
        """Raw score and matched words per theme (before thresholds). ``words``: the
        text's ``words_in``, when the caller has them."""
        counts: defaultdict[str, float] = defaultdict(float)
        for _, word in self.words_in(text) if words is None else words:
            counts[word] += 1
        for _, word in self.words_in(headings):
            counts[word] += HEADING_FACTOR
        found: dict[int, tuple[float, WordCounts]] = {}
        length = 1 + math.log1p(len(text) / LENGTH_UNIT)
        weights = self._weights
        for word, count in counts.items():
            themes = weights.get(word)
            if not themes:
                continue
            factor = 1 + math.log(count)
            for theme_id, weight in themes:
                entry = found.get(theme_id)
                if entry is None:  # (each word comes once: its count is the theme's first for it)
                    found[theme_id] = (0.0 + weight * factor / length, {word: 0.0 + count})
                else:
                    score, matched = entry
                    matched[word] = matched.get(word, 0.0) + count
                    found[theme_id] = (score + weight * factor / length, matched)
        return found

    def classify(
        self, text: str, headings: str = "", *, statement: bool = False, words: list[tuple[int, str]] | None = None
    ) -> list[ThemeTag]:
        found = self.scores(text, headings, words=words)
        if not found:
            return []
        best = max(score for score, _ in found.values())
        tags = {}
        for theme_id, (score, matched) in found.items():
            theme = self.themes[theme_id]
            threshold = STATEMENT_THRESHOLD if statement else (theme.threshold or ARTICLE_THRESHOLD)
            if score >= threshold and score >= self.relative_to_best * best:
                tags[theme_id] = ThemeTag(theme_id, round(score, 3), _explain(matched))
        if not statement and self.companions:
            self._add_companions(found, tags)
        return sorted(tags.values(), key=lambda tag: -tag.score)

    def _add_companions(self, found: dict[int, tuple[float, WordCounts]], tags: dict[int, ThemeTag]) -> None:
        """A theme this office usually tags along with one found here is suggested on
        weaker evidence of its own (but never on none)."""
        for theme_id, (score, words) in found.items():
            if theme_id in tags:
                continue
            threshold = self.themes[theme_id].threshold or ARTICLE_THRESHOLD
            if score < COMPANION_EVIDENCE * threshold:
                continue
            with_theme = [(self.companions.get(tagged, {}).get(theme_id, 0.0), tagged) for tagged in tags]
            share, tagged = max(with_theme, default=(0.0, 0))
            if share >= COMPANION_SHARE:
                explanation = f"{_explain(words)}；常与“{self.themes[tagged].name}”同标"
                tags[theme_id] = ThemeTag(theme_id, round(score, 3), explanation)


def within(words: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
    """The words (from ``words_in``) that lie inside text[start:end]."""
    first = bisect.bisect_left(words, (start, ""))
    found = []
    for position, word in words[first:]:
        if position >= end:
            break
        if position + len(word) <= end:
            found.append((position, word))
    return found


def _explain(words: WordCounts) -> str:
    ranked = sorted(words.items(), key=lambda item: (-item[1], item[0]))[:EXPLAINED_WORDS]
    return "、".join(f"{word}×{count:g}" if count != 1 else word for word, count in ranked)


def theme_words(rows: Iterable, model: ThemeModel | None = None) -> list[ThemeWords]:
    """ThemeWords from the stored tree (db.themes.ThemeRow) and the learned model:
    learned weights override the defaults of the same words and add new words."""
    model = model or ThemeModel()
    found = []
    for row in rows:
        words = {w: SYNONYM_WEIGHT for w in row.synonyms}
        words.update({w: KEYWORD_WEIGHT for w in row.keywords})
        words.update(model.weights.get(row.id, {}))
        found.append(ThemeWords(row.id, row.name, words, set(row.exclusions), model.thresholds.get(row.id)))
    return found
