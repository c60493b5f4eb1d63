"""The common words read from jieba's dictionary are kept in the user's cache folder: a
process that tags reads them from there (0.01 s, not 0.12 s), and a damaged or unwritable
cache is no error."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.common import lexicon


@pytest.fixture()
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setattr(lexicon.platformdirs, "user_cache_dir", lambda *args, **kwargs: str(folder))
    return folder


def test_the_common_words_are_cached_and_read_back(cache_folder: Path) -> None:
    first = lexicon._read_common_words()
    files = list(cache_folder.glob("common-words-*.json"))
    assert len(files) == 1 and not list(cache_folder.glob("*.tmp"))
    assert first["领导"] >= lexicon.COMMON_WORD_FREQUENCY and "高峰" not in first  # (a name's entry is left out)
    files[0].write_text('{"只在缓存里": 99}', encoding="utf-8")
    assert lexicon._read_common_words() == {"只在缓存里": 99}  # read from the cache, not the dictionary


def test_a_damaged_cache_is_read_again_from_the_dictionary(cache_folder: Path) -> None:
    words = lexicon._read_common_words()
    cache = next(cache_folder.glob("common-words-*.json"))
    cache.write_text('{"truncated', encoding="utf-8")
    assert lexicon._read_common_words() == words
    assert lexicon._read_common_words() == words  # (and written again whole)


def test_an_unwritable_cache_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")  # a file where the folder should be
    monkeypatch.setattr(lexicon.platformdirs, "user_cache_dir", lambda *args, **kwargs: str(blocked / "cache"))
    assert lexicon._read_common_words()["领导"] >= lexicon.COMMON_WORD_FREQUENCY
