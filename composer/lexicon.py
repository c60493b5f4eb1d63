"""jieba, loaded once and lazily, with a user dictionary made from the people directory.

jieba's part-of-speech dictionary tells a word from a name: 班子, 干部, 能力 follow 领导 in
领导班子 and look like names to a pattern, but jieba knows them as nouns, while it tags
高峰 as a person name. The user dictionary — names, aliases and titles from the
directory plus domain terms such as 接诉即办 — keeps those whole when text is segmented
(for themes). Loading jieba costs about half a second, so nothing imports it until
the first use; the user dictionary is rebuilt only when the directory changes.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable
from typing import Any

# Terms of district government work that jieba's default dictionary splits.
DOMAIN_TERMS = (
    "接诉即办", "未诉先办", "主动治理", "倍增追赶", "合作发展", "城市更新", "党建引领", "基层治理", "营商环境",
    "京津冀协同发展", "全面从严治党", "民主生活会", "十四五", "十五五", "两会", "两新", "治理书记", "向群众报告工作",
    "专精特新", "新质生产力", "一刻钟便民生活圈", "老旧小区改造", "区委书记", "区委副书记", "区长", "副区长",
    "区人大常委会", "区政协", "人大代表", "政协委员", "街道工委", "党组书记", "党委书记", "党工委书记",
)
COMMON_WORD_FREQUENCY = 50  # a dictionary word this frequent is a word, not a name

_lock = threading.Lock()
_tokenizer: Any = None
_tags: dict[str, str] | None = None
_dictionary_version: str | None = None


def _load() -> Any:
    global _tokenizer, _tags
    with _lock:
        if _tokenizer is None:
            import logging

            import jieba
            import jieba.posseg

            jieba.setLogLevel(logging.WARNING)
            jieba.initialize()
            _tags = jieba.posseg.dt.word_tag_tab
            _tokenizer = jieba.dt
    return _tokenizer


def is_common_word(text: str, frequency_at_least: int = COMMON_WORD_FREQUENCY) -> bool:
    """True for a dictionary word that is not a person's name (班子, 干部; not 高峰)."""
    tokenizer = _load()
    frequency = tokenizer.FREQ.get(text) or 0
    if frequency < frequency_at_least:
        return False
    assert _tags is not None
    return not (_tags.get(text) or "").startswith("nr")


def use_directory(names: Iterable[str], aliases: Iterable[str], titles: Iterable[str]) -> bool:
    """Make jieba keep the directory's names, aliases and titles whole. Returns True
    when the dictionary changed (cheap when it did not)."""
    global _dictionary_version
    entries = sorted({(w, "nr") for w in names} | {(w, "nr") for w in aliases} | {(w, "n") for w in titles}
                     | {(w, "n") for w in DOMAIN_TERMS})
    version = hashlib.sha1(repr(entries).encode("utf-8")).hexdigest()
    if version == _dictionary_version:
        return False
    tokenizer = _load()
    for word, tag in entries:
        if len(word) >= 2:
            tokenizer.add_word(word, freq=max(tokenizer.FREQ.get(word) or 0, 2000), tag=tag)
            assert _tags is not None
            _tags[word] = tag
    _dictionary_version = version
    return True


def cut(text: str) -> list[str]:
    """Plain jieba segmentation (precise mode, HMM for unknown words)."""
    return list(_load().cut(text))
