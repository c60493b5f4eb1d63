"""What a core write reports it changed (composer/common/changes.py): the tables the
library notes for real core calls on a real temporary library, and their families."""

from __future__ import annotations

from pathlib import Path

from composer.common.changes import Changes
from composer.ingest.importer import ImportOptions, import_paths
from composer.people import directory as people_ops
from composer.tagging import review
from composer.tagging import themes as theme_ops
from composer.tagging.batch import tag_articles
from db import open_library
from db.excerpts import ExcerptFilter, list_excerpts
from tests.conftest import REPO

DEMO_PAGE = sorted((REPO / "composer" / "demo").glob("*.txt"))[0]


def test_tables_sort_into_the_families_pages_follow() -> None:
    assert Changes.from_tables({"excerpt_themes", "change_log"}) == Changes(excerpts=True, themes=True)
    assert Changes.from_tables({"person_aliases"}) == Changes(people=True)
    assert Changes.from_tables({"briefing_items", "user_templates"}) == Changes(briefings=True, templates=True)
    assert not Changes.from_tables({"import_files", "fts_pending", "change_groups"})  # no page shows them
    assert not Changes()
    assert (Changes(articles=True) | Changes(people=True)).describe() == "articles+people"
    assert not Changes(articles=True) & Changes(people=True)
    assert Changes(articles=True, people=True) & Changes(people=True) == Changes(people=True)
    assert Changes.everything().families() == ["articles", "excerpts", "people", "themes", "briefings", "templates"]


def test_import_and_tagging_note_what_they_stored(library_path: Path) -> None:
    with open_library(library_path) as library:
        library.take_changes()  # whatever opening the library did
        import_paths(library, [DEMO_PAGE], ImportOptions(workers=0))
        imported = library.take_changes()
        assert {"articles", "article_appearances"} <= imported
        assert Changes.from_tables(imported) == Changes(articles=True)
        tag_articles(library, workers=0)
        tagged = Changes.from_tables(library.take_changes())
        assert tagged.articles and tagged.excerpts and tagged.people and tagged.themes
        assert not tagged.briefings
        assert library.take_changes() == set()  # taking them starts afresh


def test_review_and_its_undo_report_the_same_tables(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        suggestion = next(e for e in list_excerpts(library, ExcerptFilter(status="suggested", kind="statement"))
                          if e["themes"])
        library.take_changes()
        review.accept(library, ExcerptFilter(ids=[suggestion["id"]]))
        accepted = library.take_changes()
        assert accepted == {"excerpts", "excerpt_themes"}  # accepting a statement accepts its themes
        assert Changes.from_tables(accepted) == Changes(excerpts=True, themes=True)
        step = review.undo(library)
        assert step.summary == "接受 1 条摘录" and set(step.tables) == accepted
        assert library.take_changes() == accepted  # the undo noted what it changed back
        assert list_excerpts(library, ExcerptFilter(ids=[suggestion["id"]]))[0]["status"] == "suggested"
        again = review.redo(library)
        assert again.summary == step.summary and again.tables == step.tables


def test_people_and_theme_edits_note_their_tables(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        person = people_ops.list_people(library)[0]
        library.take_changes()
        people_ops.add_alias(library, person.id, "某同志")
        assert Changes.from_tables(library.take_changes()) == Changes(people=True)  # not undoable: noted by db/
        theme_ops.add_theme(library, "数字政府")
        assert library.take_changes() == {"themes"}  # undoable: noted by the history
        step = review.undo(library)
        assert step.tables == ("themes",) and library.take_changes() == {"themes"}
