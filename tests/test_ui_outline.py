"""The composer's outline as a clerk uses it (issue 17): drag and drop as the full
enter → move → drop sequence on the outline's viewport, with the mime data the candidate
view itself produces and each step's acceptance checked; 新建简报; sections renamed with
F2, moved with Alt+↑/↓, items removed with Delete, the right-click menus, the reword box,
the candidate filter, the date field and its calendar. Each step is checked on the
library's stored briefing (Qt offscreen, a real library built from the seed pages)."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QWidget  # noqa: E402

from db.briefings import load_briefing  # noqa: E402
from tests.gui import type_chinese  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

BOTH = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


@pytest.fixture()
def window(seed_window: MainWindow) -> MainWindow:
    seed_window.navigation.setCurrentRow(seed_window.PAGES.index("composer"))
    return seed_window


def drag_and_drop(view: QWidget, mime: QMimeData, point: QPoint) -> tuple[bool, bool, bool]:
    """Enter, move and drop at ``point`` on the view's viewport, as Qt delivers a mouse drag;
    returns whether each event was accepted (a drag refused while it moves never drops)."""
    viewport = view.viewport()  # type: ignore[attr-defined]
    enter = QDragEnterEvent(point, BOTH, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point, BOTH, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, move)
    if not (enter.isAccepted() and move.isAccepted()):
        return enter.isAccepted(), move.isAccepted(), False
    drop = QDropEvent(QPointF(point), BOTH, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, drop)
    return True, True, drop.isAccepted()


def candidate_drag(page, rows: list[int]) -> QMimeData:  # noqa: ANN001 - the composer page
    """The mime data a drag of these rows carries: the rows selected with the mouse, then
    what the view's model gives Qt's drag for the selection."""
    view = page.candidates
    view.clearSelection()
    for row in rows:
        rect = view.visualRect(view.index_of_row(row))
        QTestClick.ctrl_click(view.viewport(), rect.center())
    return view.model().mimeData(view.selectionModel().selectedIndexes())


class QTestClick:
    @staticmethod
    def ctrl_click(widget: QWidget, point: QPoint) -> None:
        from PySide6.QtTest import QTest

        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, point)


def open_editor(tree) -> QLineEdit:  # noqa: ANN001
    """The line edit open on a section's name (an editor closed before waits for deletion, hidden)."""
    return [editor for editor in tree.viewport().findChildren(QLineEdit) if editor.isVisible()][-1]


def below_last_row(tree) -> QPoint:  # noqa: ANN001
    return QPoint(10, tree.viewport().height() - 5)


def item_point(tree, section: int, item: int, *, lower: bool = True) -> QPoint:  # noqa: ANN001
    rect = tree.visualItemRect(tree.topLevelItem(section).child(item))
    return QPoint(rect.center().x(), rect.bottom() - 2 if lower else rect.top() + 2)


def stored(window: MainWindow, briefing_id: int):  # noqa: ANN201
    return load_briefing(window.library, briefing_id)


def test_new_briefing_then_drags_with_the_mouse_event_sequence(qtbot, window: MainWindow) -> None:
    page = window.composer_page
    page.template.setCurrentIndex(page.template.findData("简报"))
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    briefing = page.briefing
    assert briefing is not None and briefing.id is not None
    empty = stored(window, briefing.id)
    assert empty.template == "简报" and len(empty.sections) == 1 and not empty.sections[0].items
    assert page.outline.topLevelItemCount() == 1
    # candidates: found, then narrowed by the filter as the clerk types
    page.person.setCurrentIndex(page.person.findData("王少峰"))
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # read on the worker thread
        qtbot.mouseClick(page.buttons["find"], Qt.MouseButton.LeftButton)
    every = page.candidates.count()
    assert every > 3
    word = page.candidates.candidate(0).text[2:6]
    type_chinese(page.filter, word)
    assert 0 < page.candidates.count() <= every
    shown = [page.candidates.candidate(r) for r in range(page.candidates.count())]
    assert all(word in f"{c.title}{c.speaker}{c.text}" for c in shown)
    page.filter.clear()
    assert page.candidates.count() == every
    # two statements dragged into the empty section: each step accepted, the drop stored
    mime = candidate_drag(page, [0, 1])
    wanted = [page.candidates.candidate(0).id, page.candidates.candidate(1).id]
    assert drag_and_drop(page.outline, mime, below_last_row(page.outline)) == (True, True, True)
    items = stored(window, briefing.id).sections[0].items
    assert [i.excerpt_id for i in items] == wanted
    assert all(i.title and i.text_override and i.source_line for i in items)  # 简报 items are news
    # a third dropped before the first (upper half of its row)
    mime = candidate_drag(page, [2])
    third = page.candidates.candidate(2).id
    assert drag_and_drop(page.outline, mime, item_point(page.outline, 0, 0, lower=False)) == (True, True, True)
    assert [i.excerpt_id for i in stored(window, briefing.id).sections[0].items] == [third, *wanted]
    # an item of the outline dragged below the last one: moved, not copied
    tree_mime = page.outline.mimeData([page.outline.topLevelItem(0).child(0)])
    assert drag_and_drop(page.outline, tree_mime, item_point(page.outline, 0, 2)) == (True, True, True)
    assert [i.excerpt_id for i in stored(window, briefing.id).sections[0].items] == [*wanted, third]
    # what the outline cannot take is refused as soon as it enters
    foreign = QMimeData()
    foreign.setText("纯文本")
    assert drag_and_drop(page.outline, foreign, below_last_row(page.outline)) == (False, False, False)
    # a whole article as an item, from the articles mode
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # the mode's candidates, read on the worker
        page.mode.setCurrentIndex(page.mode.findData("articles"))
    assert page.candidates.count() >= 1
    article = page.candidates.candidate(0)
    mime = candidate_drag(page, [0])
    assert drag_and_drop(page.outline, mime, below_last_row(page.outline)) == (True, True, True)
    last = stored(window, briefing.id).sections[0].items[-1]
    assert last.excerpt_id is None and last.title == article.title and len(last.free_text) > 100
    assert last.source_line.startswith("（《丰台时报》")
    # a 简报 item's headline and text reworded in the box under the outline, then redrawn
    tree = page.outline
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    drafted = stored(window, briefing.id).sections[0].items[0]
    assert page.headline.text() == drafted.title and page.reword.toPlainText() == drafted.text_override
    page.headline.setFocus()
    qtbot.keyClick(page.headline, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.headline, Qt.Key.Key_Delete)
    type_chinese(page.headline, "区委常委会研究部署重点工作")
    page.reword.selectAll()
    type_chinese(page.reword, "9月1日，区委召开常委会会议。会议强调，要抓好落实。")
    qtbot.mouseClick(page.apply_text, Qt.MouseButton.LeftButton)
    reworded = stored(window, briefing.id).sections[0].items[0]
    assert reworded.title == "区委常委会研究部署重点工作"
    assert reworded.text_override == "9月1日，区委召开常委会会议。会议强调，要抓好落实。"
    qtbot.mouseClick(page.redraw, Qt.MouseButton.LeftButton)
    redrawn = stored(window, briefing.id).sections[0].items[0]
    assert (redrawn.title, redrawn.text_override) == (drafted.title, drafted.text_override)
    # a candidate's whole article from its right-click menu, after the current item
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        page.mode.setCurrentIndex(page.mode.findData("statements"))
    view = page.candidates
    candidate_drag(page, [0])  # selected with the mouse
    chosen = view.candidate(0)
    point = view.visualRect(view.index_of_row(0)).center()
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    whole = page.menu.actions()[-1]
    qtbot.mouseClick(page.menu, Qt.MouseButton.LeftButton, pos=page.menu.actionGeometry(whole).center())
    second = stored(window, briefing.id).sections[0].items[1]
    assert second.excerpt_id is None and second.free_text and chosen.title == second.title


def test_outline_edited_with_keys_menus_and_the_reword_box(qtbot, window: MainWindow) -> None:
    page = window.composer_page
    page.template.setCurrentIndex(page.template.findData("讲话摘编"))
    page.person.setCurrentIndex(0)  # anyone
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # drafted on the worker thread
        qtbot.mouseClick(page.buttons["draft"], Qt.MouseButton.LeftButton)
    briefing_id = page.briefing.id
    assert len(stored(window, briefing_id).sections[0].items) >= 3
    tree = page.outline
    # a new section (button), named by typing over its name, then moved to the top with Alt+↑
    qtbot.mouseClick(page.buttons["section"], Qt.MouseButton.LeftButton)
    editor = open_editor(tree)
    assert isinstance(editor, QLineEdit)  # the new section's name is open for typing
    editor.selectAll()
    type_chinese(editor, "三、会议要求")
    with qtbot.waitSignal(tree.renamed, timeout=5000):  # the delegate commits on the next turn of the loop
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    count = tree.topLevelItemCount()
    assert stored(window, briefing_id).sections[-1].title == "三、会议要求"
    for _ in range(count - 1):
        qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    sections = stored(window, briefing_id).sections
    assert sections[0].title == "一、会议要求" and not sections[0].items  # renumbered in its new place
    assert sections[1].title.startswith("二、")
    # F2 renames the current section
    tree.setCurrentItem(tree.topLevelItem(1))
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    editor = open_editor(tree)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_chinese(editor, "二、重点工作")
    with qtbot.waitSignal(tree.renamed, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored(window, briefing_id).sections[1].title == "二、重点工作"
    # a double-click opens a section's name too; Escape leaves it as it was
    tree.scrollToItem(tree.topLevelItem(2))
    middle = tree.visualItemRect(tree.topLevelItem(2)).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=middle)  # a double click's first click
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    editor = open_editor(tree)
    assert editor.text() == tree.topLevelItem(2).text(0)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert stored(window, briefing_id).sections[2].title == tree.topLevelItem(2).text(0)
    # Alt+↓ on the first item moves it down; past the first section's top it goes to the one above
    first = stored(window, briefing_id).sections[1].items
    tree.setCurrentItem(tree.topLevelItem(1).child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [i.excerpt_id for i in stored(window, briefing_id).sections[1].items][:2] == [
        first[1].excerpt_id, first[0].excerpt_id]
    tree.setCurrentItem(tree.topLevelItem(1).child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    after = stored(window, briefing_id)
    assert [i.excerpt_id for i in after.sections[0].items] == [first[1].excerpt_id]
    # the right-click menu of an item: 下移 (move down)
    items = [i.excerpt_id for i in after.sections[1].items]
    point = item_point(tree, 1, 0)
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              tree.viewport().mapToGlobal(point)))
    menu = page.menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    down = next(a for a in menu.actions() if "Alt+↓" in a.text())
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(down).center())
    assert [i.excerpt_id for i in stored(window, briefing_id).sections[1].items][:2] == [items[1], items[0]]
    # Delete removes the current item; the main window's undo brings it back
    tree.setCurrentItem(tree.topLevelItem(1).child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert items[1] not in [i.excerpt_id for i in stored(window, briefing_id).sections[1].items]
    window.undo_action.trigger()
    assert items[1] in [i.excerpt_id for i in stored(window, briefing_id).sections[1].items]
    # the reword box: it wraps, and what is typed there is this briefing's wording
    tree.setCurrentItem(tree.topLevelItem(1).child(0))
    assert page.reword.lineWrapMode() == page.reword.LineWrapMode.WidgetWidth
    page.reword.selectAll()
    type_chinese(page.reword, "（节选）会议强调，要抓好落实。")
    with qtbot.waitSignal(page.preview_timer.timeout, timeout=5000):  # the preview follows a moment later
        qtbot.mouseClick(page.apply_text, Qt.MouseButton.LeftButton)
    item = stored(window, briefing_id).sections[1].items[0]
    assert item.text_override == "（节选）会议强调，要抓好落实。"
    assert "（节选）会议强调，要抓好落实。" in page.preview.toPlainText()
    # a section's menu removes it with its items
    point = tree.visualItemRect(tree.topLevelItem(0)).center()
    QApplication.sendEvent(tree.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              tree.viewport().mapToGlobal(point)))
    remove = page.menu.actions()[-1]
    qtbot.mouseClick(page.menu, Qt.MouseButton.LeftButton, pos=page.menu.actionGeometry(remove).center())
    sections = stored(window, briefing_id).sections
    assert sections[0].title == "一、重点工作" and len(sections) == count - 1


def test_dates_as_typed_with_a_calendar_and_abc_refused(qtbot, window: MainWindow) -> None:
    page = window.composer_page
    page.template.setCurrentIndex(page.template.findData("讲话摘编"))
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    briefing_id = page.briefing.id
    before = stored(window, briefing_id).date
    edit = page.date.edit
    edit.selectAll()
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert page.date.problem.isVisibleTo(page) and "abc" in page.date.problem.text()
    assert edit.text() == "abc" and stored(window, briefing_id).date == before  # kept on screen, never stored
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_chinese(edit, "2025年9月1日")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert not page.date.problem.isVisibleTo(page)
    assert edit.text() == "2025-09-01" and stored(window, briefing_id).date == "2025-09-01"
    # the calendar: a day clicked is the date
    from PySide6.QtCore import QDate

    page.date.calendar.setSelectedDate(QDate(2025, 10, 8))
    page.date.calendar.clicked.emit(QDate(2025, 10, 8))
    assert stored(window, briefing_id).date == "2025-10-08"
    # the candidates' dates are typed the same way
    qtbot.keyClicks(page.from_date.edit, "2025/9/1")
    qtbot.keyClick(page.from_date.edit, Qt.Key.Key_Return)
    assert page.query().from_date == "2025-09-01"


def test_the_panes_are_a_splitter_whose_sizes_are_kept(qtbot, window: MainWindow) -> None:
    page = window.composer_page
    handle = page.splitter.handle(1)
    page.splitter.setSizes([300, 600, 466])  # whatever an earlier run left in the settings
    before = page.splitter.sizes()[0]
    from PySide6.QtTest import QTest

    middle = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(handle, middle + QPoint(150, 0))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle + QPoint(150, 0))
    wider = page.splitter.sizes()[0]
    assert wider > before + 60
    from ui.composer_page import ComposerPage

    again = ComposerPage(window.ops)
    qtbot.addWidget(again)
    again.resize(page.size())
    again.show()
    assert abs(again.splitter.sizes()[0] - wider) < 40
