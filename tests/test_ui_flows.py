"""Real flows through the desktop app on a temporary library (Qt offscreen): import the
seeds through the import dialog, tag, read, mark an excerpt, review from the keyboard,
undo, redo, search, manage themes and people, export — each checked in the library."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton  # noqa: E402

from composer.briefings.drafts import DraftFields, DraftQuery, compose  # noqa: E402
from composer.search.searcher import SearchRequest, search  # noqa: E402
from composer.tagging import review  # noqa: E402
from db import open_library  # noqa: E402
from db.excerpts import ExcerptFilter, count_selected, list_excerpts  # noqa: E402
from tests.gui import activate, type_chinese  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.dialogs import ImportDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.operations import wait_for_all  # noqa: E402


def _through_the_dialog(source: str, date: str):
    """What the import dialog returns when a clerk types source and date and presses OK."""
    asked = []

    def ask(parent, paths):
        dialog = ImportDialog(paths, parent)
        dialog.source.setText(source)
        dialog.date.setText(date)
        dialog._check()
        asked.append(paths)
        return dialog.options() if dialog.result() == ImportDialog.DialogCode.Accepted else None

    return ask, asked


@pytest.fixture()
def app_window(qtbot, library_path: Path):
    create_application([])
    library = open_library(library_path)
    ask, asked = _through_the_dialog("丰台时报", "2025-09-01")
    window = MainWindow(library, choose_files=lambda parent: [], ask_import=ask)
    window.asked = asked
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    wait_for_all()
    library.close()


def _finished(qtbot, window: MainWindow):
    """Waits for the operation started inside the ``with`` block: connected before it starts."""
    return qtbot.waitSignal(window.ops.finished, timeout=120_000)


def _imported_and_tagged(qtbot, window: MainWindow, seeds: list[Path]) -> None:
    window.choose_files = lambda parent: [str(p) for p in seeds]
    with _finished(qtbot, window):
        window.import_chosen_files()
    assert window.asked == [[str(p) for p in seeds]]
    summary = window.report_dialog.details.toPlainText()  # the summary to copy: one line per file
    assert summary.count("已导入") == len(seeds)
    window.report_dialog.close()
    window.activateWindow()
    with _finished(qtbot, window):
        window.tag_action.trigger()


def test_import_tag_read_and_mark_an_excerpt(qtbot, app_window: MainWindow, seeds: list[Path]) -> None:
    window = app_window
    _imported_and_tagged(qtbot, window, seeds)
    assert window.model.rowCount() == 21
    assert window.last_report.count("imported") == 5
    library = window.library
    assert all(a == "丰台时报" for a in {window.model.data(window.model.index(r, 1)) for r in range(21)})
    assert window.last_tagging.statements + window.last_tagging.remarks >= 50  # officials' and others' speech
    assert window.navigation.item(1).text() == f"待审核（{count_selected(library, ExcerptFilter(status='suggested', kind='statement'))}）"
    # open an article in the reader: its statements are listed and highlighted
    titles = [window.model.data(window.model.index(r, 3)) for r in range(21)]
    row = titles.index("丰台区召开月度工作点评会")
    window.library_page.table.selectRow(row)
    reader = window.library_page.reader
    assert reader.article["title"] == "丰台区召开月度工作点评会"
    assert reader.list.count() > 0 and reader.text.extraSelections()
    # select text and make an excerpt of it
    body = reader.article["text"]
    start = body.index("王少峰")
    cursor = reader.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + 30, QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)
    activate(window)  # shortcuts go to the active window
    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # 新建摘录
    editor = reader.editor
    assert editor is not None and editor.isVisible()
    type_chinese(editor.people, "王少峰")
    qtbot.mouseClick(editor.chips["营商环境"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    made = list_excerpts(library, ExcerptFilter(origin="manual"))[0]
    excerpt_id = made["id"]
    assert made["text"] == body[start : start + 30].strip() and made["themes"] == ["营商环境"]
    assert made["origin"] == "manual" and made["people"] == ["王少峰"]
    # and take it back with Ctrl+Z
    window.undo_action.trigger()
    assert list_excerpts(library, ExcerptFilter(ids=[excerpt_id])) == []


def test_review_queue_from_the_keyboard_with_undo_and_redo(qtbot, app_window: MainWindow, seeds: list[Path]) -> None:
    window = app_window
    _imported_and_tagged(qtbot, window, seeds)
    window.navigation.setCurrentRow(1)
    page = window.review_page
    waiting = len(page.model.ids)
    assert waiting > 10 and page.count.text() == f"待审核 {waiting} 条"
    page.list.setFocus()
    first = page.current_id()
    qtbot.keyClick(page.list, Qt.Key.Key_A)
    second = page.current_id()
    qtbot.keyClick(page.list, Qt.Key.Key_R)
    library = window.library
    status = {e["id"]: e["status"] for e in list_excerpts(library, ExcerptFilter(ids=[first, second]))}
    assert status == {first: "accepted", second: "rejected"}
    assert len(page.model.ids) == waiting - 2 and page.count.text() == f"待审核 {waiting - 2} 条"
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the reject
    assert list_excerpts(library, ExcerptFilter(ids=[second]))[0]["status"] == "suggested"
    window.undo_action.trigger()  # and the accept
    assert list_excerpts(library, ExcerptFilter(ids=[first]))[0]["status"] == "suggested"
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert list_excerpts(library, ExcerptFilter(ids=[first]))[0]["status"] == "accepted"
    # E: change the speaker and the themes of the current suggestion in the excerpt editor
    current = page.current_id()
    qtbot.keyClick(page.list, Qt.Key.Key_E)
    editor = page.editor
    editor.speaker.clear()
    type_chinese(editor.speaker, "张艳林")
    for name, chip in editor.chips.items():
        if chip.isChecked() != (name in ("接诉即办", "营商环境")):
            qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    edited = list_excerpts(library, ExcerptFilter(ids=[current]))[0]
    assert edited["speaker"] == "张艳林" and set(edited["themes"]) == {"接诉即办", "营商环境"}
    assert edited["status"] == "suggested" and page.current_id() == current  # editing is not accepting
    # bulk by filter: everything 王少峰 said, after a question with the count
    index = page.person.findData("王少峰")
    page.person.setCurrentIndex(index)
    his = len(page.model.ids)
    assert his > 0
    qtbot.mouseClick(page.accept_all, Qt.MouseButton.LeftButton)
    assert f"{his}" in page.confirmation.text()
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # decided on the worker thread
        qtbot.mouseClick(page.confirmation.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert count_selected(library, ExcerptFilter(person="王少峰", kind="statement", status="suggested")) == 0
    assert page.model.ids == []


def test_search_drop_themes_people_and_export(qtbot, app_window: MainWindow, seeds: list[Path],
                                              tmp_path: Path) -> None:
    window = app_window
    _imported_and_tagged(qtbot, window, seeds)
    page = window.library_page
    page.query.setText("倍增 -丽泽")
    with _finished(qtbot, window):
        page.run_search()
    expected = [hit.article_id for hit in search(window.library, SearchRequest("倍增 -丽泽", limit=5000)).hits]
    assert page.model.ids == expected and expected
    page.show_all()
    assert page.model.rowCount() == 21
    # drag and drop of files asks the import dialog
    drop = tmp_path / "投稿.txt"
    drop.write_text("区里召开座谈会\n\n11月20日，区里召开座谈会。区委书记王少峰强调，要抓好落实。", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(drop))])
    point, copy = QPoint(10, 10), Qt.DropAction.CopyAction
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter, move = QDragEnterEvent(point, copy, mime, left, none), QDragMoveEvent(point, copy, mime, left, none)
    QApplication.sendEvent(window, enter)  # as Qt delivers a drag from the file manager: enter, move, drop
    QApplication.sendEvent(window, move)
    assert enter.isAccepted() and move.isAccepted(), "the window refused the files while they were dragged"
    with _finished(qtbot, window):
        QApplication.sendEvent(window, QDropEvent(QPointF(point), copy, mime, left, none))
    window.report_dialog.close()
    assert window.asked[-1] == [str(drop)] and window.model.rowCount() == 22
    # themes: add one under 社会治理 through the page
    window.navigation.setCurrentRow(3)
    themes = window.themes_page
    items = themes.tree.findItems("社会治理", Qt.MatchFlag.MatchExactly)
    themes.tree.setCurrentItem(items[0])
    themes.ask = lambda *args: "数字政府"
    themes.add()
    added = themes.tree.findItems("数字政府", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    assert added and added[0].parent().text(0) == "社会治理"
    themes.tree.setCurrentItem(added[0])
    themes.ask = lambda *args: "经济发展"
    themes.move_theme()
    moved = themes.tree.findItems("数字政府", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    assert moved.parent().text(0) == "经济发展"
    themes.tree.setCurrentItem(moved)
    themes.ask = lambda *args: "营商环境"
    themes.merge()
    assert not themes.tree.findItems("数字政府", Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
    # people: confirm the first suggested person
    window.navigation.setCurrentRow(2)
    people = window.people_page
    people.table.selectRow(0)
    person = people.current()
    assert person.status == "suggested"
    confirm = next(b for b in people.findChildren(QPushButton) if b.text() == "确认")
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert next(p for p in people.people if p.id == person.id).status == "confirmed"
    row = next(i for i, p in enumerate(people.people) if p.id == person.id)
    people.table.selectRow(row)
    form = people.add_title()  # 添加职务: its form, filled as a clerk does
    type_chinese(form.title, "区委副书记")
    type_chinese(form.org, "区委")
    qtbot.mouseClick(form.valid_from.given, Qt.MouseButton.LeftButton)
    form.valid_from.date.setFocus()
    qtbot.keyClick(form.valid_from.date, Qt.Key.Key_Down)  # the year section: a year back
    held_from = form.valid_from.value()
    assert held_from is not None and held_from.startswith(str(QDate.currentDate().year() - 1))
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    titles = next(p for p in people.people if p.id == person.id).titles
    assert any(t.title == "区委副书记" and t.org == "区委" and t.valid_from == held_from for t in titles)
    # briefings: export one the core composed
    review.accept(window.library, ExcerptFilter(person="王少峰", kind="statement"))
    compose(window.library, "讲话摘编", DraftQuery(persons=["王少峰"]), DraftFields(classification="内部资料"))
    window.navigation.setCurrentRow(4)
    briefings = window.briefings_page
    briefings.table.selectRow(0)
    output = tmp_path / "out.docx"
    briefings.choose_path = lambda parent, suggested: str(output)
    with _finished(qtbot, window):
        briefings.export_current()
    assert output.exists() and output.stat().st_size > 5000
    box = briefings.warning_box  # what the export left out is said, not lost
    assert box is not None and box.isVisible() and "没有密级" in box.text()
    qtbot.mouseClick(box.button(box.StandardButton.Ok), Qt.MouseButton.LeftButton)
