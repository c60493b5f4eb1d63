"""Full-text search: recall equal to a substring scan, the query language, filters,
hostile input, and the index kept in step with the library."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from composer.common.messages import BriefingError
from composer.common.text import search_fold
from composer.ingest.importer import ImportOptions, import_pasted, import_paths
from composer.search.query import parse
from composer.search.searcher import Hit, SearchRequest, count, search
from composer.tagging.batch import tag_articles
from db import open_library
from db.articles import delete_article, get_article, list_articles, set_title
from db.excerpts import ExcerptFilter, list_excerpts
from tests.conftest import REPO
from tests.test_cli import briefing

DEMO = REPO / "composer" / "demo"


@pytest.fixture(scope="module")
def seed_library(tmp_path_factory, seeds: list[Path]) -> Path:
    path = tmp_path_factory.mktemp("seeds") / "seeds.sqlite"
    with open_library(path) as library:
        import_paths(library, seeds, ImportOptions(workers=0))
        tag_articles(library, everything=True, workers=0)
    return path


def _all(library, text: str, **filters) -> set[int]:
    result = search(library, SearchRequest(text, limit=100_000, **filters))
    assert not result.more
    return {hit.article_id for hit in result.hits}


def _scan(library, predicate) -> set[int]:
    found = set()
    for article in list_articles(library):
        stored = get_article(library, article["id"])
        if predicate(stored["title"] + "\n" + stored["text"]):
            found.add(article["id"])
    return found


# -- the seeds ----------------------------------------------------------------------------


def test_two_characters_find_every_article_that_holds_them(seed_library: Path) -> None:
    with open_library(seed_library) as library:
        expected = _scan(library, lambda text: "倍增" in text)
        assert len(expected) >= 3
        assert _all(library, "倍增") == expected
        assert count(library, SearchRequest("倍增")) == len(expected)
        hit = search(library, SearchRequest("倍增", limit=1)).hits[0]
        assert "【倍增】" in hit.marked_snippet()  # 倍增追赶 is found by 倍增 and marked


def test_words_must_all_occur(seed_library: Path) -> None:
    with open_library(seed_library) as library:
        expected = _scan(library, lambda text: "区委书记" in text and "王少峰" in text)
        assert expected and _all(library, "区委书记 王少峰") == expected
        only_one = _scan(library, lambda text: "王少峰" in text) - expected
        assert only_one, "the seeds have articles naming 王少峰 without 区委书记"


def test_a_phrase_matches_only_the_exact_phrase(seed_library: Path) -> None:
    with open_library(seed_library) as library:
        both_words = _all(library, "区委书记 王少峰")
        phrase = _all(library, '"区委书记王少峰"')
        assert phrase == _scan(library, lambda text: "区委书记王少峰" in text)
        assert phrase < both_words  # some articles hold both words, but not side by side
        assert _all(library, '"区委书记 王少峰"') == phrase  # spaces between Chinese are ignored


def test_or_and_exclusion(seed_library: Path) -> None:
    with open_library(seed_library) as library:
        either = _scan(library, lambda text: "倍增" in text or "丽泽" in text)
        assert _all(library, "倍增 OR 丽泽") == either
        assert _all(library, "倍增 -丽泽") == _scan(library, lambda text: "倍增" in text and "丽泽" not in text)
        assert _all(library, "接诉即办 倍增 OR 丽泽") == _scan(
            library, lambda text: "接诉即办" in text and ("倍增" in text or "丽泽" in text))


def _paste(library, text: str, **options) -> int:
    result = import_pasted(library, text, ImportOptions(workers=0, **options))
    assert result.status == "imported", result.error
    return result.articles[0].id


def test_filters_combine(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        other = _paste(library, "湖城日报消息\n\n我区推动高质量发展，优化营商环境，服务企业发展。",
                       source="湖城日报", published="2025-10-20")
        articles = {a["id"]: a for a in list_articles(library)}
        words = _all(library, "发展")
        assert other in words
        dated = _all(library, "发展", from_date="2025-10-01")
        assert dated == {i for i in words if articles[i]["published"] >= "2025-10-01"}
        assert _all(library, "发展", to_date="2025-09-30") == {i for i in words if articles[i]["published"] <= "2025-09-30"}
        window = _all(library, "发展", from_date="2025-10-01", to_date="2025-12-31")
        assert window == {i for i in dated if articles[i]["published"] <= "2025-12-31"} and other in window
        assert _all(library, "发展", source="湖城日报") == {other}
        assert _all(library, "发展", source="云湖时报", from_date="2025-10-01") == dated - {other}
        tag_articles(library, workers=0)
        articles = {a["id"]: a for a in list_articles(library)}
        themed = _all(library, "发展", theme="产业发展")
        assert themed and themed == {i for i in words if "产业发展" in articles[i]["themes"]}
        assert _all(library, "发展", theme="经济发展") >= themed  # a group stands for its themes
        assert _all(library, "发展", theme="产业发展", from_date="2025-10-01") == {
            i for i in themed if articles[i]["published"] >= "2025-10-01"}


def test_excerpt_search_by_person_kind_and_status(seed_library: Path) -> None:
    with open_library(seed_library) as library:
        statements = list_excerpts(library, ExcerptFilter(person="王少峰", kind="statement"))
        expected = {e["id"] for e in statements if "发展" in search_fold(e["text"])}
        result = search(library, SearchRequest("发展", person="王少峰", kind="statement", limit=1000))
        assert expected and {hit.excerpt_id for hit in result.hits} == expected
        assert all("【发展】" in hit.marked_snippet() for hit in result.hits)
        assert search(library, SearchRequest("发展", person="王少峰", status="accepted")).hits == []
        relevance = search(library, SearchRequest("发展", person="王少峰", order="relevance", limit=1000))
        scores = [hit.score for hit in relevance.hits]
        assert scores == sorted(scores, reverse=True)


def test_filters_alone_choose_when_the_box_is_empty(demo_library: Path) -> None:
    """Issue 17: 来源=丰台时报 or 人物=王少峰 with no words lists only what they choose."""
    with open_library(demo_library) as library:
        other = _paste(library, "湖城日报消息\n\n我区推动高质量发展。", source="湖城日报", published="2025-10-20")
        articles = {a["id"]: a for a in list_articles(library)}
        assert len(articles) > 2
        assert _all(library, "", source="湖城日报") == {other}
        assert _all(library, "  ", source="云湖时报") == {i for i in articles if i != other}
        assert _all(library, "", from_date="2025-10-01") == {
            i for i, a in articles.items() if (a["published"] or "") >= "2025-10-01"}
        person = list_excerpts(library, ExcerptFilter(kind="statement"))[0]["speaker"]
        said = list_excerpts(library, ExcerptFilter(person=person))
        found = search(library, SearchRequest("", person=person, limit=1000, order="relevance"))
        assert {hit.excerpt_id for hit in found.hits} == {e["id"] for e in said}
        assert {hit.article_id for hit in found.hits} < set(articles)
        dates = [hit.published for hit in found.hits]
        assert dates == sorted(dates, reverse=True)  # nothing to rank by: newest first
        assert count(library, SearchRequest("", source="湖城日报")) == 1
        with pytest.raises(BriefingError) as error:  # no words and no filter: still explained
            search(library, SearchRequest(""))
        assert error.value.code == "query_empty"


def test_relevance_puts_title_matches_first(seed_library: Path) -> None:
    with open_library(seed_library) as library:
        hits = search(library, SearchRequest("接诉即办", order="relevance", limit=50)).hits
        assert "接诉即办" in hits[0].title
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


# -- hostile input -------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    '"倍增', '倍增"', "倍增 AND", "NOT 倍增", "NEAR(倍增 丽泽)", "倍增*", "^倍增", "title:倍增",
    "(倍增", "倍增 OR", "OR OR 倍增", "倍增 - 丽泽", "😀倍增😀", "a'b", "x; DROP TABLE articles; --",
    "倍" * 400, "１２３４５", "ＡＢＣ倍增",
])
def test_odd_queries_give_results_not_errors(demo_library: Path, text: str) -> None:
    with open_library(demo_library) as library:
        result = search(library, SearchRequest(text))
        assert isinstance(result.hits, list)


@pytest.mark.parametrize(("text", "code"), [
    ("😀", "query_empty"), ("，。！", "query_empty"), ('"""', "query_empty"), ("-倍增", "query_only_excluded"),
    ("倍" * 501, "query_too_long"), (" ".join(f"词{i}" for i in range(40)), "query_too_many_terms"),
])
def test_queries_with_nothing_to_find_are_explained(demo_library: Path, text: str, code: str) -> None:
    with open_library(demo_library) as library, pytest.raises(BriefingError) as error:
        search(library, SearchRequest(text))
    assert error.value.code == code and str(error.value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list('倍增接诉即办区委 "-*()^:ORNTA|，。😀區委\\\'')), max_size=30))
def test_any_typed_query_is_answered_or_explained(demo_library: Path, text: str) -> None:
    with open_library(demo_library) as library:
        try:
            result = search(library, SearchRequest(text, limit=5))
        except BriefingError as error:
            assert error.code.startswith(("query_", "search_"))
            return
        for hit in result.hits:  # and what is found really holds the query
            article = get_article(library, hit.article_id)
            assert result.query.matches(search_fold(article["title"] + "\n" + article["text"]))


def test_traditional_characters_find_simplified_text_and_back(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        simplified = _all(library, "区委书记")
        assert simplified and _all(library, "區委書記") == simplified
        _paste(library, "繁體稿件\n\n區委書記林振華在調研時強調，要抓好秋糧收購。")
        assert _all(library, "秋粮收购") == _all(library, "秋糧收購") != set()


def test_every_hit_holds_the_query_as_a_scan_would_find_it(demo_library: Path) -> None:
    queries = ["发展", "接诉即办", "林振华 强调", '"区委书记林振华"', "湖畔 OR 镜湖 -议事", "12345", "云湖区 a"]
    with open_library(demo_library) as library:
        for text in queries:
            query = parse(text)
            expected = _scan(library, lambda body, q=query: q.matches(search_fold(body)))
            assert _all(library, text) == expected, text


# -- the index follows the library ------------------------------------------------------------


def test_index_follows_import_title_edit_delete_and_reindex(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        assert _all(library, "星河灯会") == set()
        new_id = _paste(library, "星河灯会开幕\n\n11月20日晚，首届星河灯会在滨湖公园开幕。")
        assert _all(library, "星河灯会") == {new_id}
        set_title(library, new_id, "滨湖公园灯火璀璨")
        assert _all(library, "璀璨") == {new_id} and _all(library, "开幕") >= {new_id}
        assert new_id not in _all(library, "星河灯会开幕")
        delete_article(library, new_id)
        assert _all(library, "星河灯会") == set() and _all(library, "璀璨") == set()
        before = _all(library, "接诉即办")
    assert briefing("--db", str(demo_library), "reindex").returncode == 0
    with open_library(demo_library) as library:
        assert _all(library, "接诉即办") == before


def test_a_lost_index_file_is_rebuilt_on_the_next_search(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        before = _all(library, "乡村振兴")
    index = demo_library.with_name("library.search.sqlite")
    for part in demo_library.parent.glob("library.search.sqlite*"):
        part.unlink()
    assert not index.exists()
    with open_library(demo_library) as library:
        assert _all(library, "乡村振兴") == before


# -- the command ------------------------------------------------------------------------------------


def test_search_command(demo_library: Path) -> None:
    db = ["--db", str(demo_library)]
    hits = json.loads(briefing(*db, "search", "接诉即办", "--json").stdout)
    assert hits and set(hits[0]) == {"article_id", "excerpt_id", "title", "published", "source", "snippet", "score"}
    assert all("【接诉即办】" in hit["snippet"] for hit in hits)
    assert [h["published"] for h in hits] == sorted((h["published"] for h in hits), reverse=True)
    ranked = json.loads(briefing(*db, "search", "接诉即办", "--order", "relevance", "--limit", "3", "--json").stdout)
    assert len(ranked) == 3 and ranked[0]["score"] >= ranked[-1]["score"]
    said = json.loads(briefing(*db, "search", "乡村", "--person", "林振华", "--json").stdout)
    assert said and all(hit["excerpt_id"] for hit in said)
    dated = json.loads(briefing(*db, "search", "发展", "--from", "2025-10-01", "--to", "2025-12-31", "--json").stdout)
    assert dated and all("2025-10-01" <= h["published"] <= "2025-12-31" for h in dated)
    human = briefing(*db, "search", "區委")
    assert human.returncode == 0 and "【区委】" in human.stdout and re.search(r"共 \d+ 条", human.stdout)
    assert briefing(*db, "search", "😀").returncode == 2
    assert briefing(*db, "search", "发展", "--from", "2025-13-01").returncode == 2
    by_source = json.loads(briefing(*db, "search", "--source", "云湖时报", "--from", "2025年10月1日", "--json").stdout)
    assert by_source and all(h["source"] == "云湖时报" and h["published"] >= "2025-10-01" for h in by_source)
    assert briefing(*db, "search").returncode == 2  # neither words nor a filter: nothing to search for
    with sqlite3.connect(demo_library) as conn:  # searching wrote nothing but what the index needs
        assert conn.execute("SELECT count(*) FROM fts_pending").fetchone()[0] == 0


def test_relevance_ranks_the_newest_matches_and_says_so(demo_library: Path, monkeypatch) -> None:
    import composer.search.searcher as search_module

    with open_library(demo_library) as library:
        newest = [hit.article_id for hit in search(library, SearchRequest("发展", limit=1000)).hits]
        full = search(library, SearchRequest("发展", order="relevance", limit=1000))
        assert full.ranked_newest is None and {h.article_id for h in full.hits} == set(newest)
        monkeypatch.setattr(search_module, "RELEVANCE_WINDOW", 5)
        windowed = search(library, SearchRequest("发展", order="relevance", limit=1000))
        assert windowed.ranked_newest == 5
        assert {h.article_id for h in windowed.hits} == set(newest[:5])
        older = search(library, SearchRequest("发展", order="relevance", to_date="2025-09-30", limit=3))
        assert older.hits and all(h.published <= "2025-09-30" for h in older.hits)


def test_a_date_that_is_not_a_date_is_explained(demo_library: Path) -> None:
    with open_library(demo_library) as library, pytest.raises(BriefingError) as error:
        search(library, SearchRequest("发展", from_date="2025-13-40"))
    assert error.value.code == "bad_date" and "2025-13-40" in str(error.value)


def test_a_snippet_is_escaped_for_the_terminal_and_the_marks_are_not() -> None:
    """The command line colours matches with escape codes of its own: those must stay codes
    while the article's text (which could hold any character) is escaped."""
    from composer.cli.output import shown

    hit = Hit(1, None, "标题", None, None, "区委\x1b[2J书记强调", [(6, 8)], None)
    assert hit.marked_snippet() == "区委\x1b[2J【书记】强调"
    assert hit.marked_snippet("\x1b[1;31m", "\x1b[0m", escape=shown) == "区委\\x1b[2J\x1b[1;31m书记\x1b[0m强调"
