"""jieba's dictionary, for telling words from names, and jieba's segmenter with a user
dictionary made from the people directory.

jieba's part-of-speech dictionary tells a word from a name: 班子, 干部, 能力 follow 领导 in
领导班子 and look like names to a pattern, but jieba knows them as nouns, while it tags
高峰 as a person name. Detection needs only that (``is_common_word``), read straight
from jieba's dictionary file. Segmentation (``cut``, for themes) loads jieba's
tokenizer — half a second and about 130 MB, so only on first use — with a user
dictionary of the directory's names, aliases and titles plus domain terms such as
接诉即办, rebuilt only when the directory changes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import math
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import platformdirs

# Terms of district government work that jieba's default dictionary splits.
DOMAIN_TERMS = (
    "接诉即办",
    "未诉先办",
    "主动治理",
    "倍增追赶",
    "合作发展",
    "城市更新",
    "党建引领",
    "基层治理",
    "营商环境",
    "京津冀协同发展",
    "全面从严治党",
    "民主生活会",
    "十四五",
    "十五五",
    "两会",
    "两新",
    "治理书记",
    "向群众报告工作",
    "专精特新",
    "新质生产力",
    "一刻钟便民生活圈",
    "老旧小区改造",
    "区委书记",
    "区委副书记",
    "区长",
    "副区长",
    "区人大常委会",
    "区政协",
    "人大代表",
    "政协委员",
    "街道工委",
    "党组书记",
    "党委书记",
    "党工委书记",
)
COMMON_WORD_FREQUENCY = 50  # a dictionary word this frequent is a word, not a name
_USER_WORD_FREQUENCY = 2000  # high enough that jieba keeps a directory name whole

_lock = threading.Lock()
_tokenizer: Any = None
_tags: dict[str, str] | None = None
# Words the user dictionary added or changed, with jieba's own (frequency, tag) for
# them, so that a word that leaves the directory gets its own entry back.
_replaced: dict[str, tuple[int, str | None]] = {}
_dictionary_version: str | None = None
_waiting: dict[str, str] | None = None
_common: dict[str, int] | None = None  # a user dictionary given before jieba was loaded


def _load() -> Any:
    global _tokenizer, _tags, _waiting
    if _tokenizer is not None:
        return _tokenizer
    with _lock:
        if _tokenizer is None:
            import logging

            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _tags = jieba.posseg.dt.word_tag_tab
            _tokenizer = jieba.dt
            if _waiting is not None:
                _apply(_waiting)
                _waiting = None
    return _tokenizer


def is_common_word(text: str, frequency_at_least: int = COMMON_WORD_FREQUENCY) -> bool:
    """True for a word of jieba's own dictionary that is not a person's name (班子, 干部;
    not 高峰). The directory's user dictionary does not change the answer."""
    return (_common or _common_words()).get(text, 0) >= frequency_at_least


def common_words() -> dict[str, int]:
    """The words of ``is_common_word`` and their frequencies (read-only), for callers that
    look up many pieces of one text."""
    return _common or _common_words()


def _common_words() -> dict[str, int]:
    """jieba's dictionary file read directly: the words at least COMMON_WORD_FREQUENCY
    frequent that are not tagged as names (about 47,000; 16 MB less than loading jieba's
    tokenizer, which detection does not need — worker processes never load it)."""
    global _common
    if _common is None:
        with _lock:
            if _common is None:
                _common = _read_common_words()
    return _common


def _read_common_words() -> dict[str, int]:
    """From a cache of the words read before (JSON in the user's cache folder, keyed by the
    dictionary file's size and time and the frequency line): reading jieba's 349,000-line
    file costs 0.12 s in every process that tags, the cache 0.01 s."""
    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.submodule_search_locations
    dictionary = Path(spec.submodule_search_locations[0]) / "dict.txt"
    cache = _common_words_cache(dictionary)
    if cache is not None:
        try:
            cached = json.loads(cache.read_text(encoding="utf-8"))
            if isinstance(cached, dict):
                return cached
        except (OSError, ValueError):
            pass  # absent or damaged: read the dictionary again
    words = _read_dictionary(dictionary)
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            temporary = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            temporary.write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, cache)  # (whole or not at all: another process may be reading it)
        except OSError:
            pass  # a read-only cache folder: read the dictionary each time
    return words


def _common_words_cache(dictionary: Path) -> Path | None:
    try:
        stat = dictionary.stat()
    except OSError:
        return None
    key = f"{stat.st_size}-{int(stat.st_mtime)}-{COMMON_WORD_FREQUENCY}"
    return Path(platformdirs.user_cache_dir("briefing-composer", appauthor=False)) / f"common-words-{key}.json"


def _read_dictionary(dictionary: Path) -> dict[str, int]:
    words: dict[str, int] = {}
    with open(dictionary, encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) >= 2 and not (len(parts) > 2 and parts[2].startswith("nr")):
                frequency = int(parts[1])
                if frequency >= COMMON_WORD_FREQUENCY:
                    words[parts[0]] = frequency
    return words


def use_directory(names: Iterable[str], aliases: Iterable[str], titles: Iterable[str]) -> bool:
    """Make jieba keep the directory's names, aliases and titles (and the domain terms)
    whole; words that left the directory get jieba's own entry back. Returns True when
    the dictionary changed — cheap when it did not, so callers may call it freely. If
    jieba is not loaded yet, the words wait for its first use."""
    global _dictionary_version, _waiting
    wanted = {word: "nr" for word in [*names, *aliases] if len(word) >= 2}
    wanted.update({word: "n" for word in [*titles, *DOMAIN_TERMS] if len(word) >= 2 and word not in wanted})
    version = hashlib.sha1(repr(sorted(wanted.items())).encode("utf-8")).hexdigest()
    with _lock:
        if version == _dictionary_version:
            return False
        _dictionary_version = version
        if _tokenizer is None:
            _waiting = wanted
        else:
            _apply(wanted)
    return True


def _apply(wanted: dict[str, str]) -> None:
    """Under the lock, with jieba loaded."""
    assert _tags is not None
    for word in [w for w in _replaced if w not in wanted]:
        frequency, tag = _replaced.pop(word)
        if frequency:
            _tokenizer.add_word(word, freq=frequency, tag=tag)
        else:
            _tokenizer.del_word(word)
        _restore_tag(word, tag)
    for word, tag in wanted.items():
        if word not in _replaced:
            _replaced[word] = (_tokenizer.FREQ.get(word) or 0, _tags.get(word))
        _tokenizer.add_word(word, freq=max(_replaced[word][0], _USER_WORD_FREQUENCY), tag=tag)
        _tags[word] = tag


def _restore_tag(word: str, tag: str | None) -> None:
    assert _tags is not None
    if tag is None:
        _tags.pop(word, None)
    else:
        _tags[word] = tag


def cut(text: str) -> list[str]:
    """jieba segmentation (precise mode, HMM for unknown words) with the user dictionary."""
    return list(_load().cut(text))


class WordBoundaries:
    """Is a dictionary match a word of this text, as jieba would cut it? 台风 in 舞台风格,
    国防 in 全国防汛 and 部队 in 全部队伍 are not.

    This is jieba's segmentation — its dictionary (the words of ``is_common_word``) with
    the given user words, and its maximum-probability route — run on a few characters
    around a match, and only when a dictionary word crosses one of the match's edges.
    Cutting every text with jieba would cost 70–80 CPU-seconds per 10,000 articles and
    130 MB per process; this costs a few dictionary look-ups per match."""

    WINDOW = 4  # characters each side of the match
    CROSSING = 4  # the longest dictionary word looked for across an edge (longer ones are rare there)
    USER_FREQUENCY = 1_000_000  # a user word wins where jieba would cut it into common words
    REMEMBERED = 300_000  # windows whose answer is kept (a bound: some 60 MB at most)

    def __init__(self, user_words: Iterable[str]) -> None:
        self._seen: dict[tuple[str, int, int], bool] = {}
        self.frequency = dict(_common_words())
        self.user_words = {word for word in user_words if len(word) >= 2}
        for word in self.user_words:
            self.frequency[word] = max(self.frequency.get(word, 0), self.USER_FREQUENCY)
        self.log_total = math.log(sum(self.frequency.values()))
        self.longest = max(map(len, self.frequency), default=1)
        self.prefixes = {word[:cut] for word in self.frequency for cut in range(1, len(word))}
        # Every dictionary word across an edge holds the two characters at that edge: one
        # set look-up rules out most edges.
        self.edge_pairs = {
            word[cut : cut + 2]
            for word in self.frequency
            if 2 <= len(word) <= self.CROSSING and word not in self.user_words
            for cut in range(len(word) - 1)
        }

    def is_word(self, text: str, start: int, end: int) -> bool:
        """True unless jieba cuts across the match. A match inside a longer word (老城 in
        老城区, 失业 in 失业率) is kept: the longer word says the same and more."""
        # Most matches (92 % of the themes' on 3,000 articles) have no dictionary word's two
        # characters at either edge: answered before the window's key is made.
        pairs = self.edge_pairs
        if (start == 0 or text[start - 1 : start + 1] not in pairs) and text[end - 1 : end + 1] not in pairs:
            return True
        # The answer depends only on the WINDOW characters each side (every look-up below
        # stays inside them), and the same words meet the same neighbours again and again
        # (over 90 % of the million matches of 10,000 articles): remembered by window.
        low = start - self.WINDOW if start > self.WINDOW else 0
        key = (text[low : end + self.WINDOW], start - low, end - low)
        known = self._seen.get(key)
        if known is None:
            if len(self._seen) >= self.REMEMBERED:
                self._seen.clear()
            known = self._seen[key] = self._is_word(*key)
        return known

    def _is_word(self, text: str, start: int, end: int) -> bool:
        if not (self._crossed(text, start, end, start) or self._crossed(text, start, end, end)):
            return True
        low, high = max(0, start - self.WINDOW), min(len(text), end + self.WINDOW)
        cuts = sorted(self._route(text[low:high]))
        start, end = start - low, end - low
        if start in cuts and end in cuts:
            return True
        return any(a <= start and end <= b for a, b in zip(cuts, cuts[1:]))

    def _crossed(self, text: str, start: int, end: int, edge: int) -> bool:
        """Does a word of jieba's dictionary run across ``edge`` of the match without
        containing it? Two user words that overlap (基层治理, 治理效能) do not count."""
        if edge == 0 or text[edge - 1 : edge + 1] not in self.edge_pairs:
            return False
        for first in range(max(0, edge - self.CROSSING + 1), edge):
            if edge == end and first <= start:
                continue
            for last in range(edge + 1, min(len(text), first + self.CROSSING) + 1):
                if edge == start and last >= end:
                    break
                piece = text[first:last]
                if piece in self.frequency and piece not in self.user_words:
                    return True
                if piece not in self.prefixes:
                    break
        return False

    def _route(self, window: str) -> set[int]:
        """The cut positions of jieba's best route (its ``calc`` over its ``get_DAG``)."""
        size = len(window)
        best: list[tuple[float, int]] = [(0.0, 0)] * (size + 1)
        for index in range(size - 1, -1, -1):
            options = []
            for stop in range(index + 1, min(size, index + self.longest) + 1):
                piece = window[index:stop]
                frequency = self.frequency.get(piece)
                if frequency or stop == index + 1:
                    weight = math.log(frequency or 1) - self.log_total
                    options.append((weight + best[stop][0], stop))
                if piece not in self.prefixes and stop > index + 1:
                    break
            best[index] = max(options)
        cuts, position = {0}, 0
        while position < size:
            position = best[position][1]
            cuts.add(position)
        return cuts
