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
