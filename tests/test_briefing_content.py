"""What a secretary would have to fix by hand in drafted briefings (issue 18, items 1–4, 6, 7
and 10), asserted on the drafts of our demo pages and — when ../shared is present — of the
seed pages: every statement accepted, a 讲话摘编 of all of them and one per official with
at least three, 简报 for the busiest themes and official, 专题汇编 for the busiest themes.

The checks are those of ``benchmarks/briefing_content.py``, written from
../shared/briefing-formats.md apart from the drafting code; on the drafting before issue 18
they counted 120 (seeds) and 180 (demo) defects across these classes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pytest

from benchmarks import briefing_content as content
from db import open_library
from tests.conftest import SEED_DIR


@dataclass
class Drafted:
    corpus: str
    documents: list[content.Document]
    context: content.Context
    counts: Counter

    def kinds(self) -> set[str]:
        return {document.kind for document in self.documents if document.items}


@pytest.fixture(scope="module", params=["demo", "seeds"])
def drafted(request, tmp_path_factory) -> Drafted:
    corpus = request.param
    if corpus == "seeds" and not SEED_DIR.is_dir():
        pytest.skip(f"seed pages not found in {SEED_DIR} (../shared is absent)")
    path = content.build_library(tmp_path_factory.mktemp(f"content_{corpus}"), corpus)
    with open_library(path) as library:
        ctx = content.context(library, corpus)
        documents = content.documents(library)
    counts: Counter = Counter()
    for document in documents:
        counts.update(content.count(document, ctx))
    counts["cut"] = content.cut_statements(documents, ctx)
    return Drafted(corpus, documents, ctx, counts)


def _no(drafted: Drafted, *classes: str) -> None:
    assert drafted.counts["items"] > 20 and drafted.kinds() == {"speech", "bulletin", "dossier"}
    assert {name: drafted.counts[name] for name in classes} == dict.fromkeys(classes, 0)


# -- 讲话摘编 -------------------------------------------------------------------------------------


def test_speech_items_hold_only_what_was_said(drafted: Drafted) -> None:
    """Item 1: no reporter's words (”王少峰说，, 他进一步解释说, 会上…) inside an excerpt, and
    quotation marks that pair."""
    _no(drafted, "narration", "unbalanced")
    speech = [item["text"] for d in drafted.documents if d.kind == "speech" for item in d.items]
    assert any("……" in text for text in speech)  # where narration was, the cut is marked


def test_a_speech_over_several_paragraphs_is_one_whole_item(drafted: Drafted) -> None:
    """Item 2: a statement the gold says runs over several paragraphs ends where the gold does."""
    assert drafted.context.gold, "the gold annotation lists statements of several paragraphs"
    _no(drafted, "cut")


def test_theme_sections_follow_the_tree_and_small_ones_merge(drafted: Drafted) -> None:
    """Item 3: sections in the theme tree's order; no compilation splinters into one-item
    sections (one single section may stay where its item has no theme elsewhere); nothing in
    其他 that belongs to a section there."""
    _no(drafted, "order", "singletons", "other_misplaced")
    for document in drafted.documents:
        headings = list(dict.fromkeys(item["heading"] for item in document.items))
        singles = [h for h in headings if sum(item["heading"] == h for item in document.items) == 1]
        assert len(headings) == 1 or len(singles) <= 1, (document.label, headings)


def test_source_lines_are_one_style_and_shared_by_one_speech(drafted: Drafted) -> None:
    """Item 4: one source style per document (A11), occasions that read 在…上的讲话 without a
    doubled level (云湖区区委), no stub of three characters on a line of its own, and
    consecutive excerpts of one speech sharing one source line."""
    _no(drafted, "styles>1", "bad_occasion", "stub", "repeated_source")
    sources = [item["source"] for d in drafted.documents for item in d.items]
    assert sources and all(source.startswith("（") and source.endswith("）") for source in sources)


# -- 简报 and 专题汇编 --------------------------------------------------------------------------------


def test_bulletin_items_are_news_items(drafted: Drafted) -> None:
    """Item 6: a 简报 item is a headline and the article's lead followed by the content, quoted
    statements inside the story, not a list of 「姓名：…」 quotations."""
    _no(drafted, "quote_lists", "no_lead")
    for document in drafted.documents:
        if document.kind == "bulletin":
            assert all(item["title"] for item in document.items), document.label


def test_the_lead_item_is_the_highest_ranking_officials(drafted: Drafted) -> None:
    """Item 7: the first item of a 简报 is the one of the highest-ranking official present."""
    _no(drafted, "lead_not_top")


def test_dossiers_print_each_article_once_officials_only_with_questions(drafted: Drafted) -> None:
    """Item 10: no article twice (C15), a theme-only 专题汇编 holds officials only, and an
    interview answer comes with its question."""
    _no(drafted, "duplicates", "non_officials", "no_question")
    assert any(d.theme_only and d.kind == "dossier" and d.items for d in drafted.documents)

