"""Batch tagging as a whole: scores against the gold annotations, worker processes,
re-tagging, offsets for any text, jieba's user dictionary, and the CLI commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import gold
from composer.common import lexicon
from composer.ingest.importer import ImportOptions, import_pasted, import_paths
from composer.people.directory import Directory, Person, Title
from composer.people.statements import StatementFinder
from composer.tagging.batch import tag_articles, tag_one
from db import open_library
from db.excerpts import list_excerpts
from tests.conftest import REPO
from tests.test_cli import briefing

DEMO = REPO / "composer" / "demo"


def _overall(pages: Path) -> tuple[gold.Score, gold.Score, int]:
    people, statements, turns = gold.Score(), gold.Score(), 0
    for page in gold.run(pages):
        people.add(page.people)
        statements.add(page.statements)
        turns += page.interviewer_turns_misattributed
    return people, statements, turns


def test_seed_gold_scores_reach_the_targets(seeds: list[Path]) -> None:
    """A fresh library, empty directory, the seed pages imported and tagged once."""
    people, statements, turns = _overall(seeds[0].parent)
    assert people.precision >= 0.95 and people.recall >= 0.95, people.errors
    assert statements.precision >= 0.90 and statements.recall >= 0.90, statements.errors
    assert turns == 0


def test_demo_gold_scores_reach_the_targets() -> None:
    """The demo pages are our own writing, annotated by hand in the seeds' gold format."""
    people, statements, turns = _overall(DEMO)
    assert people.precision >= 0.95 and people.recall >= 0.95, people.errors
    assert statements.precision >= 0.90 and statements.recall >= 0.90, statements.errors
    assert turns == 0


def _stored(library_path: Path) -> set[tuple]:
    with open_library(library_path) as library:
        return {
            (e["article_id"], e["kind"], e["start"], e["end"], e["speaker"], e["verb"], tuple(e["people"]))
            for e in list_excerpts(library)
        }


def test_worker_processes_find_what_one_process_finds(tmp_path: Path) -> None:
    for workers in (0, 2):
        with open_library(tmp_path / f"{workers}.sqlite") as library:
            import_paths(library, [DEMO], ImportOptions(workers=0))
            report = tag_articles(library, everything=True, workers=workers)
            assert report.articles > 40 and report.statements + report.remarks > 100
    assert _stored(tmp_path / "0.sqlite") == _stored(tmp_path / "2.sqlite")


def test_retagging_keeps_rows_and_what_a_briefing_uses(library_path: Path) -> None:
    page = (
        "区政府常务会召开\n\n"
        "本报讯（记者 叶舟）9月3日，区委副书记、区长周雅琴主持召开区政府常务会议。周雅琴强调，要抓好安全生产。"
        "周雅琴指出，要做好民生保障。"
    )
    with open_library(library_path) as library:
        import_pasted(library, page)
        tag_articles(library, everything=True)
        first = {e["id"]: e["text"] for e in list_excerpts(library)}
        used = next(i for i, text in first.items() if text.startswith("要抓好"))
        with library.write():  # a briefing that quotes one suggestion
            briefing_id = library.conn.execute("INSERT INTO briefings(template) VALUES ('digest')").lastrowid
            section = library.conn.execute(
                "INSERT INTO briefing_sections(briefing_id, position) VALUES (?, 0)", (briefing_id,)
            ).lastrowid
            library.conn.execute(
                "INSERT INTO briefing_items(section_id, position, excerpt_id) VALUES (?, 0, ?)", (section, used)
            )
        tag_articles(library, everything=True)
        again = {e["id"]: e["text"] for e in list_excerpts(library)}
        item = library.conn.execute("SELECT excerpt_id FROM briefing_items").fetchone()[0]
    assert again == first  # same rows, same ids: nothing rewritten, nothing duplicated
    assert item == used


# -- offsets hold for any text ------------------------------------------------------------

_PIECES = [
    "王少峰", "他", "她", "李秀英", "区委书记", "强调", "表示", "说", "指出", "会议", "相关负责人", "大家纷纷",
    "，", "。", "：", "“", "”", "\n", "\n\n", "记者：", "王少峰：", "要", "一是", "我们", "社区", "（", "）", " ",
    "\u3000", "！", "？", "……", "区长", "王书记", "代表", "表示感谢", "、", "等",
]
_DIRECTORY = Directory([
    Person(1, "王少峰", "official", titles=[Title("区委书记", "区委", "2020-01-01")]),
    Person(2, "李秀英", "other"),
    Person(3, "王少峰", "reporter"),
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.one_of(st.sampled_from(_PIECES), st.text(min_size=1, max_size=4)), max_size=60),
       interview=st.booleans())
def test_excerpt_offsets_are_valid_for_any_text(pieces: list[str], interview: bool) -> None:
    body = "".join(pieces)
    article = {"body": body, "published": "2025-09-05", "kind": "interview" if interview else "news",
               "subheads": [], "reporters": [], "photographers": [], "headings": []}
    for excerpt in tag_one(article, _DIRECTORY, StatementFinder()):
        assert 0 <= excerpt.start < excerpt.end <= len(body)
        assert excerpt.text == body[excerpt.start : excerpt.end]


# -- jieba's user dictionary ----------------------------------------------------------------


def test_segmenter_learns_the_directory_and_forgets_who_leaves() -> None:
    text = "区委书记林振华来到翠苑社区，林书记说"
    try:
        assert lexicon.use_directory(["林振华"], ["林书记"], ["区委书记"])
        assert not lexicon.use_directory(["林振华"], ["林书记"], ["区委书记"])  # unchanged: nothing to do
        words = lexicon.cut(text)
        assert "林振华" in words and "林书记" in words
        assert not lexicon.is_common_word("林振华")  # names never become "words"
        lexicon.use_directory([], [], [])
        words = lexicon.cut(text)
        assert "林振华" not in words and "林书记" not in words
        assert "接诉即办" in lexicon.cut("推进接诉即办改革")  # domain terms stay
    finally:
        lexicon.use_directory([], [], [])


# -- the CLI --------------------------------------------------------------------------------


def test_tag_people_and_excerpts_commands(library_path: Path) -> None:
    assert briefing("--db", str(library_path), "demo", "--quiet").returncode == 0
    tagged = briefing("--db", str(library_path), "tag", "--json")
    assert tagged.returncode == 0, tagged.stderr
    report = json.loads(tagged.stdout)
    assert report["articles"] > 40 and report["statements"] + report["remarks"] > 100 and report["cancelled"] is False
    assert json.loads(briefing("--db", str(library_path), "tag", "--json").stdout)["articles"] == 0

    people = json.loads(briefing("--db", str(library_path), "people", "--json").stdout)
    assert set(people[0]) == {"id", "name", "aliases", "role", "titles", "status"}
    lin = next(p for p in people if p["name"] == "林振华")
    assert lin["status"] == "suggested" and lin["role"] == "official"
    assert set(lin["titles"][0]) == {"title", "org", "from", "to"}
    reporters = {p["name"]: p["role"] for p in people if p["name"] in ("陈晓路", "苏婉清")}
    assert reporters == {"陈晓路": "reporter", "苏婉清": "reporter"}

    listed = briefing("--db", str(library_path), "excerpts", "--person", "林振华", "--kind", "statement", "--json")
    statements = json.loads(listed.stdout)
    assert statements and all(s["speaker"] == "林振华" and s["kind"] == "statement" for s in statements)
    assert set(statements[0]) == {"id", "article_id", "start", "end", "text", "kind", "speaker", "speaker_type",
                                  "verb", "speaker_id", "people", "themes", "theme_tags", "status", "origin", "confidence"}
    assert statements[0]["status"] == "suggested" and statements[0]["origin"] == "auto"

    human = briefing("--db", str(library_path), "excerpts", "--kind", "statement", "--limit", "3")
    assert human.returncode == 0 and human.stdout.strip().endswith("共 3 条")


@pytest.mark.parametrize("bad", [["excerpts", "--kind", "quote"], ["people", "--status", "maybe"]])
def test_people_and_excerpts_usage_errors(library_path: Path, bad: list[str]) -> None:
    assert briefing("--db", str(library_path), *bad).returncode == 2


def test_people_csv_from_the_command_line(library_path: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "people.csv"
    csv_path.write_text("name,role,aliases,titles\n周雅琴,official,周区长,区长|区政府|2024-01-01|\n",
                        encoding="utf-8")
    assert briefing("--db", str(library_path), "people", "--import", str(csv_path)).returncode == 0
    (person,) = json.loads(briefing("--db", str(library_path), "people", "--json").stdout)
    assert person["name"] == "周雅琴" and person["aliases"] == ["周区长"] and person["status"] == "confirmed"
    assert person["titles"] == [{"title": "区长", "org": "区政府", "from": "2024-01-01", "to": None}]
    exported = tmp_path / "out.csv"
    assert briefing("--db", str(library_path), "people", "--export", str(exported)).returncode == 0
    written = exported.read_text(encoding="utf-8-sig")
    assert written.startswith("编号,姓名,类别,状态,别名,职务") and "周雅琴" in written
    chinese = tmp_path / "人物.csv"  # as a clerk types it in WPS: Chinese headers
    chinese.write_text("姓名,类别,别名,职务\n林振华,official,林书记,区委书记|区委|2023/5/1|\n", encoding="utf-8")
    assert briefing("--db", str(library_path), "people", "--import", str(chinese)).returncode == 0
    names = {p["name"]: p for p in json.loads(briefing("--db", str(library_path), "people", "--json").stdout)}
    assert names["林振华"]["aliases"] == ["林书记"] and names["林振华"]["titles"][0]["from"] == "2023-05-01"
    broken = tmp_path / "broken.csv"
    broken.write_text("name,role\n,official\n", encoding="utf-8")
    failed = briefing("--db", str(library_path), "people", "--import", str(broken))
    assert failed.returncode == 1 and "第 2 行" in failed.stderr
