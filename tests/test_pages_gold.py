"""Page splitting on the real seed pages, scored against ../shared/seeds/gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.ingest.pages import split_page
from tests.conftest import REPO, load_gold, seed_paths
from tests.goldcheck import (
    article_han_counts,
    broken_paragraphs,
    compare,
    page_han_counts,
    title_matches,
)

DEMO = sorted((REPO / "composer" / "demo").glob("*.txt"))
# The real seed pages (skipped when ../shared is absent) and our own demo pages,
# which have a gold annotation in the same schema (composer/demo/gold).
SEEDS = seed_paths() + DEMO


def _split(seed: Path):
    return split_page(seed.read_text(encoding="utf-8"))


def _id(path: Path) -> str:
    return path.name[:3] if path.parent.name == "seeds" else "demo-" + path.stem.split("_", 1)[1]


@pytest.mark.parametrize("seed", SEEDS, ids=_id)
def test_article_count_and_order_match_gold(seed: Path) -> None:
    gold = load_gold(seed)["articles"]
    articles = _split(seed)
    assert len(articles) == len(gold), [a.title for a in articles]
    for article, expected in zip(articles, gold):
        assert title_matches(article, expected), (article.title, expected["title"])


@pytest.mark.parametrize("seed", SEEDS, ids=_id)
def test_metadata_and_body_bounds_match_gold(seed: Path) -> None:
    gold = load_gold(seed)["articles"]
    articles = _split(seed)
    problems = [p for article, expected in zip(articles, gold) for p in compare(article, expected)]
    assert problems == []


@pytest.mark.parametrize("seed", SEEDS, ids=_id)
def test_no_sentence_left_cut_by_a_line_break(seed: Path) -> None:
    broken = {a.title: broken_paragraphs(a) for a in _split(seed)}
    assert {title: cut for title, cut in broken.items() if cut} == {}


@pytest.mark.parametrize("seed", SEEDS, ids=_id)
def test_cleanup_keeps_every_word(seed: Path) -> None:
    """Every Chinese character of the page ends up in exactly one article field."""
    text = seed.read_text(encoding="utf-8")
    assert article_han_counts(_split(seed), text) == page_han_counts(text)


@pytest.mark.parametrize("seed", SEEDS, ids=_id)
def test_subheads_stay_inside_their_article(seed: Path) -> None:
    gold = load_gold(seed)["articles"]
    for article, expected in zip(_split(seed), gold):
        for subhead in expected.get("subheads", []):
            assert "".join(subhead.split()) in ["".join(s.split()) for s in article.subheads], subhead
