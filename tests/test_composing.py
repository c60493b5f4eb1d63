"""What the briefing composer and the overview need from the core: outline edits as undoable
steps, the next issue, items from dragged excerpts, the preview, and the numbers."""

from __future__ import annotations

import csv
from pathlib import Path

from composer.briefings.drafts import DraftQuery, compose, item_from_excerpt, next_issue, save_outline
from composer.briefings.overview import export_csv, export_xlsx, statements_by_theme, statements_over_time
from composer.briefings.preview import preview_html
from composer.tagging import review
from db import open_library
from db.briefings import ItemRow, SectionRow, load_briefing
from db.excerpts import ExcerptFilter, count_selected, list_excerpts


def _accepted(library) -> None:
    review.accept(library, ExcerptFilter(kind="statement"))


def test_outline_edits_are_one_undoable_step_each(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        _accepted(library)
        briefing = compose(library, "讲话摘编", DraftQuery(persons=["林振华"]))
        before = load_briefing(library, briefing.id)
        removed = before.sections[0].items.pop(0)
        before.sections.append(SectionRow("八、补充", "custom", None, [ItemRow(free_text="会议要求，抓好落实。")]))
        save_outline(library, before, "移除一条、新增一节")
        edited = load_briefing(library, briefing.id)
        assert removed.excerpt_id not in [i.excerpt_id for s in edited.sections for i in s.items]
        assert edited.sections[-1].items[0].free_text == "会议要求，抓好落实。"
        review.undo(library)  # the removal comes back, the new section goes
        restored = load_briefing(library, briefing.id)
        assert restored.sections[0].items[0].excerpt_id == removed.excerpt_id
        assert [s.title for s in restored.sections] == [s.title for s in briefing.sections]


def test_next_issue_and_items_from_excerpts(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        _accepted(library)
        first = compose(library, "简报", DraftQuery(themes=["乡村振兴"]))
        second = next_issue(library, first.id)
        assert second.issue_no == first.issue_no + 1 and second.series == first.series
        assert sum(len(s.items) for s in second.sections) == sum(len(s.items) for s in first.sections)
        excerpt = list_excerpts(library, ExcerptFilter(person="林振华", kind="statement"))[0]
        item = item_from_excerpt(library, excerpt["id"], "简报")
        assert item.excerpt_id == excerpt["id"] and item.title and item.source_line.startswith("（《云湖时报》")


def test_preview_follows_the_template(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        _accepted(library)
        speech = compose(library, "讲话摘编", DraftQuery(persons=["林振华"]))
        html = preview_html(library, load_briefing(library, speech.id))
        assert "<h1>林振华同志讲话摘编</h1>" in html and "<h2>一、" in html and "class='source'" in html
        first_item = load_briefing(library, speech.id).sections[0].items[0]
        text = list_excerpts(library, ExcerptFilter(ids=[first_item.excerpt_id]))[0]["text"].split("\n")[0]
        assert text[:20] in html and html.index(text[:20]) < html.index(first_item.source_line)
        bulletin = compose(library, "简报", DraftQuery(themes=["乡村振兴"]), None)
        assert "class='masthead'" in preview_html(library, load_briefing(library, bulletin.id))


def test_overview_counts_and_exports(demo_library: Path, tmp_path: Path) -> None:
    with open_library(demo_library) as library:
        _accepted(library)
        by_theme = statements_by_theme(library)
        lin = by_theme.rows[0]
        statements = count_selected(library, ExcerptFilter(person=lin, kind="statement", status="accepted"))
        ids = {i for (row, _), cell in by_theme.cells.items() if row == lin for i in cell}
        assert len(ids) == statements  # every statement of the busiest speaker is behind the numbers
        over_time = statements_over_time(library)
        assert over_time.columns == sorted(over_time.columns) and over_time.total(lin) == statements
        csv_path, xlsx_path = tmp_path / "统计.csv", tmp_path / "统计.xlsx"
        export_csv(by_theme, csv_path)
        rows = list(csv.reader(csv_path.open(encoding="utf-8-sig")))
        assert rows[0][0] == "讲话人＼主题" and rows[1][0] == lin and int(rows[1][-1]) == by_theme.total(lin)
        export_xlsx(by_theme, xlsx_path)
        from openpyxl import load_workbook

        sheet = load_workbook(xlsx_path).active
        assert sheet.cell(2, 1).value == lin and sheet.cell(2, sheet.max_column).value == by_theme.total(lin)


def _last_group_rows(library) -> int:
    from db.history import history

    return history(library, 1)[0].rows


def test_an_outline_edit_writes_only_the_rows_that_changed(demo_library: Path) -> None:
    """A move, a rename, a removal and a rewording are each one row of the undo log, however
    long the briefing (issue 17: an edit rewrote all 7,146 items of a draft)."""
    with open_library(demo_library) as library:
        _accepted(library)
        briefing = compose(library, "讲话摘编", DraftQuery())
        edited = load_briefing(library, briefing.id)
        section = max(edited.sections, key=lambda s: len(s.items))
        assert len(section.items) >= 3
        order = [i.id for i in section.items]
        section.items.insert(1, section.items.pop(-1))  # the last item moved to second place
        save_outline(library, edited, "移动一条")
        assert _last_group_rows(library) == 1
        moved = load_briefing(library, briefing.id)
        index = [s.id for s in moved.sections].index(section.id)
        assert [i.id for i in moved.sections[index].items] == [order[0], order[-1], *order[1:-1]]
        moved.sections[0].title = "一、重点工作"
        save_outline(library, moved, "改名")
        assert _last_group_rows(library) == 1
        moved.sections[index].items[0].text_override = "（节选）会议强调，要抓好落实。"
        save_outline(library, moved, "改写")
        assert _last_group_rows(library) == 1
        del moved.sections[index].items[0]
        save_outline(library, moved, "移除")
        assert _last_group_rows(library) == 1
        for _ in range(4):
            review.undo(library)
        restored = load_briefing(library, briefing.id)
        assert [i.id for i in restored.sections[index].items] == order
        assert restored.sections[0].title == briefing.sections[0].title
        # a move to another section, and a section removed with the items left in it
        other = 0 if index else 1
        restored.sections[other].items.insert(0, restored.sections[index].items.pop(0))
        removed = restored.sections.pop(-1 if index != len(restored.sections) - 1 else 0)
        save_outline(library, restored, "移到别的栏目、删除一栏")
        final = load_briefing(library, briefing.id)
        assert final.sections[other if other < len(final.sections) else 0].items
        assert removed.id not in [s.id for s in final.sections]
        assert sum(len(s.items) for s in final.sections) == sum(len(s.items) for s in restored.sections)


def test_spaced_positions_keep_what_did_not_move() -> None:
    from db.briefings import POSITION_STEP, spaced_positions

    assert spaced_positions([0, 1024, 2048]) == [0, 1024, 2048]
    assert spaced_positions([0, 2048, None, 1024]) == [0, 341, 682, 1024]  # only the moved and the new get one
    assert spaced_positions([0, 1, None]) == [0, 1, 1 + POSITION_STEP]
    assert spaced_positions([0, None, 1]) == [0, POSITION_STEP, 2 * POSITION_STEP]  # no room: spaced anew
    assert spaced_positions([None, None]) == [0, POSITION_STEP]


def test_new_briefing_is_empty_and_undoable(demo_library: Path) -> None:
    from composer.briefings.drafts import new_briefing
    from db.briefings import list_briefings

    with open_library(demo_library) as library:
        made = new_briefing(library, "简报", "一、要闻")
        stored = load_briefing(library, made.id)
        assert stored.template == "简报" and stored.issue_no == 1 and stored.masthead == "简报"
        assert [(s.title, s.items) for s in stored.sections] == [("一、要闻", [])]
        review.undo(library)
        assert list_briefings(library) == []


def test_preview_shows_the_issue_line_and_shortens_a_long_briefing(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        _accepted(library)
        speech = load_briefing(library, compose(library, "讲话摘编", DraftQuery()).id)
        html = preview_html(library, speech)
        assert f"第{speech.issue_no}期" in html  # the 讲话摘编 template prints it under the title
        total = sum(len(s.items) for s in speech.sections)
        short = preview_html(library, speech, max_items=2)
        assert short.count("class='source'") == 2 and f"以下另有{total - 2}条" in short


def test_news_items_reworded_and_whole_articles_added(demo_library: Path) -> None:
    """A 简报 item's headline and text are this briefing's to change; a whole article is an item."""
    from composer.briefings.drafts import item_from_article

    with open_library(demo_library) as library:
        _accepted(library)
        bulletin = load_briefing(library, compose(library, "简报", DraftQuery(themes=["乡村振兴"])).id)
        item = bulletin.sections[0].items[0]
        excerpt = list_excerpts(library, ExcerptFilter(ids=[item.excerpt_id]))[0]
        item.title, item.text_override = "乡村振兴工作推进会召开", "（导语）会议部署了下一步工作。"
        article = item_from_article(library, excerpt["article_id"])
        bulletin.sections[0].items.append(article)
        save_outline(library, bulletin, "改写、加入整篇")
        saved = load_briefing(library, bulletin.id)
        first, last = saved.sections[0].items[0], saved.sections[0].items[-1]
        assert (first.title, first.text_override) == ("乡村振兴工作推进会召开", "（导语）会议部署了下一步工作。")
        assert last.excerpt_id is None and last.title and last.free_text and last.source_line
        html = preview_html(library, saved)
        assert "乡村振兴工作推进会召开" in html and last.free_text.split("\n")[0][:20] in html


def test_an_edit_names_the_sections_it_touched(demo_library: Path) -> None:
    """``touched``: only the named sections' items are compared with what is stored — a move
    between two sections names both; a rename names none; the stored outline is right."""
    with open_library(demo_library) as library:
        _accepted(library)
        briefing = load_briefing(library, compose(library, "讲话摘编", DraftQuery()).id)
        assert len(briefing.sections) >= 2 and len(briefing.sections[0].items) >= 2
        first, second = briefing.sections[0], briefing.sections[1]
        moving = first.items.pop(0)
        second.items.insert(1, moving)
        save_outline(library, briefing, "移到第二栏", [first, second])
        assert _last_group_rows(library) == 1
        briefing.sections[-1].title = "九、其他事项"
        save_outline(library, briefing, "改名", [])
        stored = load_briefing(library, briefing.id)
        assert [[i.id for i in s.items] for s in stored.sections] == [[i.id for i in s.items] for s in briefing.sections]
        assert stored.sections[1].items[1].id == moving.id and stored.sections[-1].title == "九、其他事项"
        gone = briefing.sections.pop(0)  # a section removed names none: its items go with it
        save_outline(library, briefing, "删除一栏", [])
        stored = load_briefing(library, briefing.id)
        assert gone.id not in [s.id for s in stored.sections]
        assert not {i.id for i in gone.items} & {i.id for s in stored.sections for i in s.items}
