"""The briefing composer and the overview in the app (Qt offscreen, a real library built
from the seed pages): auto-draft, drag and drop from the candidates, edit an item,
remove and undo, export and reopen the .docx; the overview's click-through and exports."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from docx import Document  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from db.briefings import list_briefings, load_briefing  # noqa: E402
from db.excerpts import ExcerptFilter, list_excerpts  # noqa: E402
from tests.test_ui_outline import candidate_drag, drag_and_drop, item_point  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


@pytest.fixture()
def window(seed_window: MainWindow) -> MainWindow:
    return seed_window


def _choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_compose_by_auto_draft_and_drag_and_drop_edit_remove_undo_export(qtbot, window: MainWindow,
                                                                          tmp_path: Path) -> None:
    window.navigation.setCurrentRow(window.PAGES.index("composer"))
    page = window.composer_page
    _choose(page.template, "讲话摘编")
    _choose(page.person, "张艳林")
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # drafted on the worker thread
        page.auto_draft()
    briefing = page.briefing
    assert briefing is not None and page.outline.topLevelItemCount() == len(briefing.sections)
    assert "张艳林同志讲话摘编" in page.preview.toHtml()
    # drag statements of 王少峰 from the candidates into the first section: enter, move, drop
    _choose(page.person, "王少峰")
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # read on the worker thread
        page.find_candidates()
    assert page.candidates.count() > 2
    mime = candidate_drag(page, [0, 1])
    wanted = [page.candidates.candidate(0).id, page.candidates.candidate(1).id]
    point = item_point(page.outline, 0, 0)  # the lower half of the first item: after it
    assert drag_and_drop(page.outline, mime, point) == (True, True, True)
    saved = load_briefing(window.library, briefing.id)
    ids = [i.excerpt_id for i in saved.sections[0].items]
    assert ids[1:3] == wanted  # dropped after the item under the cursor, in order
    # edit the first item's text for this briefing only
    page.outline.setCurrentItem(page.outline.topLevelItem(0).child(0))
    page.ask_text = lambda parent, title, text: "（节选）" + text[:20] + "……"
    page.edit_item()
    edited = load_briefing(window.library, briefing.id).sections[0].items[0]
    original = list_excerpts(window.library, ExcerptFilter(ids=[edited.excerpt_id]))[0]["text"]
    assert edited.text_override.startswith("（节选）") and not original.startswith("（节选）")
    # remove the second item, then undo the removal
    page.outline.setCurrentItem(page.outline.topLevelItem(0).child(1))
    removed = load_briefing(window.library, briefing.id).sections[0].items[1].excerpt_id
    page.remove_current()
    assert removed not in [i.excerpt_id for i in load_briefing(window.library, briefing.id).sections[0].items]
    untouched = page.outline.topLevelItem(1)  # a section the removal did not touch
    window.undo_action.trigger()
    restored = load_briefing(window.library, briefing.id).sections[0].items
    assert removed in [i.excerpt_id for i in restored]
    assert page.outline.topLevelItem(0).childCount() == len(restored)  # the section shows it again
    assert untouched is None or page.outline.topLevelItem(1) is untouched  # and only it was built again
    # drag the first item into the second section, before its first item
    if page.outline.topLevelItemCount() > 1:
        tree_mime = page.outline.mimeData([page.outline.topLevelItem(0).child(0)])
        target = item_point(page.outline, 1, 0, lower=False)
        assert drag_and_drop(page.outline, tree_mime, target) == (True, True, True)
        after = load_briefing(window.library, briefing.id)
        assert after.sections[1].items[0].excerpt_id == edited.excerpt_id  # the reworded item, now in section 2
        assert after.sections[1].items[0].text_override == edited.text_override
        window.undo_action.trigger()
        assert load_briefing(window.library, briefing.id).sections[0].items[0].excerpt_id == edited.excerpt_id
    # export and reopen
    output = tmp_path / "摘编.docx"
    page.choose_path = lambda parent, suggested: str(output)
    page.open_after_export = False
    first_node = page.outline.topLevelItem(0)
    with qtbot.waitSignal(window.ops.finished, timeout=60_000):  # connected before the export starts
        page.export()
    texts = [p.text for p in Document(str(output)).paragraphs if p.text.strip()]
    assert texts[0] == "张艳林同志讲话摘编"
    numbered = load_briefing(window.library, briefing.id)
    assert numbered.issue_no and page.issue.value() == numbered.issue_no  # the number the export gave shows
    assert page.outline.topLevelItem(0) is first_node  # and the outline, unchanged, was not built again
    assert page.warning_box is None  # every field had its place: nothing to tell
    final = load_briefing(window.library, briefing.id)
    assert edited.text_override.strip() in texts
    sources = [t for t in texts if t.startswith("（") and t.endswith("）")]
    assert len(sources) == sum(len(s.items) for s in final.sections)


def test_regroup_next_issue_delete_and_templates(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.navigation.setCurrentRow(window.PAGES.index("composer"))
    page = window.composer_page
    _choose(page.template, "简报")
    page.person.setCurrentIndex(0)  # anyone (reading None data back is avoided: see ui/composer_page.chosen)
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # drafted on the worker thread
        page.auto_draft()
    briefing = page.briefing
    items = sum(len(s.items) for s in briefing.sections)
    _choose(page.group_by, "person")
    page.regroup()
    regrouped = load_briefing(window.library, briefing.id)
    assert sum(len(s.items) for s in regrouped.sections) == items
    assert {s.group_kind for s in regrouped.sections} <= {"person", "custom"}
    window.navigation.setCurrentRow(window.PAGES.index("briefings"))
    briefings = window.briefings_page
    briefings.table.selectRow(0)
    briefings.next_issue()
    rows = list_briefings(window.library)
    assert len(rows) == 2 and rows[0]["issue_no"] == rows[1]["issue_no"] + 1
    briefings.table.selectRow(0)
    briefings.delete_current()
    assert len(list_briefings(window.library)) == 1
    window.undo_action.trigger()
    assert len(list_briefings(window.library)) == 2
    copy = tmp_path / "我的简报.docx"
    copy.write_bytes((Path(__file__).parent.parent / "templates" / "简报.docx").read_bytes())
    briefings.choose_template = lambda parent: str(copy)
    briefings.add_template()
    names = [briefings.templates.topLevelItem(i).text(0) for i in range(briefings.templates.topLevelItemCount())]
    assert "我的简报" in names
    briefings.templates.setCurrentItem(briefings.templates.topLevelItem(names.index("我的简报")))
    outline = briefings.preview_template()
    assert "Masthead: 简报" in outline and "Source: （《报纸》2025年1月1日第1版）" in outline


def test_overview_click_through_and_exports(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.navigation.setCurrentRow(window.PAGES.index("overview"))
    page = window.overview_page
    table = page.table
    assert table.rows[0] == "王少峰"
    column = next(c for c in table.columns if table.count("王少峰", c))
    ids = page.show_statements("王少峰", column)
    assert ids and page.statements.count() == len(ids)
    rect, row, clicked = next(s for s in page.chart.layout_segments() if s[1] == "王少峰")
    qtbot.mouseClick(page.chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert page.statements.count() == table.count(row, clicked)
    outputs = {suffix: tmp_path / f"统计{suffix}" for suffix in (".png", ".csv", ".xlsx")}
    page.choose = lambda parent, suggested, filters: str(outputs[Path(suggested).suffix])
    page.export_png()
    page.export_csv()
    page.export_xlsx()
    assert all(path.stat().st_size > 100 for path in outputs.values())
    _choose(page.view, "month")
    assert page.table.columns == sorted(page.table.columns)
