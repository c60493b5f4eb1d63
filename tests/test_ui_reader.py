"""The reader as a clerk uses it, on a copy of the tagged demo library (Qt offscreen):
the excerpt editor from a selection and from the excerpt list (names completed from the
directory, themes as chips, a note, an unknown name said without losing what was typed),
Delete that never deletes from the text and asks on the list, an excerpt's ends dragged,
Ctrl+F, the search's words marked, and the library page staying on the article being read
after an edit."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QMouseEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from db.excerpts import ExcerptFilter, excerpt_notes, list_excerpts  # noqa: E402
from tests.gui import activate, type_chinese  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.reader import FOUND_COLOUR, SEARCH_COLOUR, ReaderWidget  # noqa: E402


@pytest.fixture()
def window(demo_window):
    return demo_window


def _open_article_with_statements(window: MainWindow) -> ReaderWidget:
    activate(window)  # shortcuts (Ctrl+E, Ctrl+F, Delete) go to the active window
    page = window.library_page
    reader = page.reader
    for row in range(page.model.rowCount()):
        page.table.selectRow(row)
        if any(e["kind"] == "statement" for e in reader.excerpts):
            return reader
    raise AssertionError("no article with statements")


def _select(reader: ReaderWidget, start: int, end: int) -> None:
    cursor = reader.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    reader.text.setTextCursor(cursor)


def _colours(reader: ReaderWidget) -> list[tuple[int, int, str]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color().name())
            for s in reader.text.extraSelections()]


def test_a_new_excerpt_keeps_what_was_typed_when_a_theme_is_unknown(qtbot, window: MainWindow) -> None:
    reader = _open_article_with_statements(window)
    body = reader.article["text"]
    _select(reader, 0, 20)
    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = reader.editor
    assert editor.isVisible() and editor.text.toPlainText() == body[:20]
    assert editor.span.text().endswith("第 1–20 字")
    # the speaker completed from the directory: 林 → 林振华
    type_chinese(editor.speaker, "林")
    popup = editor.speaker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    model = editor.speaker.completer().completionModel()
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == ["林可欣", "林振华"]  # pinyin order
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.speaker.text() == "林振华"
    qtbot.mouseClick(editor.chips["营商环境"], Qt.MouseButton.LeftButton)
    type_chinese(editor.note, "开会时再核对")
    # a theme typed that does not exist: said, the form stays, nothing lost
    type_chinese(editor.theme_entry, "不存在的主题")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and editor.error.text() == "没有名为“不存在的主题”的主题。"
    assert editor.speaker.text() == "林振华" and editor.chips["营商环境"].isChecked()
    assert editor.note.toPlainText() == "开会时再核对"
    before = {e["id"] for e in list_excerpts(window.library, ExcerptFilter(article_id=reader.article["id"]))}
    # corrected: the theme typed is a real one, Enter checks its chip
    editor.theme_entry.clear()
    type_chinese(editor.theme_entry, "接诉即办")
    qtbot.keyClick(editor.theme_entry, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.chips["接诉即办"].isChecked() and editor.theme_entry.text() == ""
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    made = [e for e in list_excerpts(window.library, ExcerptFilter(article_id=reader.article["id"]))
            if e["id"] not in before]
    assert len(made) == 1 and made[0]["speaker"] == "林振华" and made[0]["kind"] == "statement"
    assert set(made[0]["themes"]) == {"营商环境", "接诉即办"} and made[0]["text"] == body[:20].strip()
    assert excerpt_notes(window.library, [made[0]["id"]]) == {made[0]["id"]: "开会时再核对"}
    assert reader.current_excerpt()["id"] == made[0]["id"]  # chosen in the list


def test_an_unknown_person_is_named_and_nothing_is_stored(qtbot, window: MainWindow) -> None:
    reader = _open_article_with_statements(window)
    _select(reader, 0, 12)
    editor = reader.new_excerpt_from_selection()
    type_chinese(editor.people, "无此人")
    count = len(list_excerpts(window.library, ExcerptFilter(article_id=reader.article["id"])))
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible() and "无此人" in editor.error.text() and editor.people.text() == "无此人"
    assert len(list_excerpts(window.library, ExcerptFilter(article_id=reader.article["id"]))) == count


def test_an_accepted_statement_s_speaker_themes_and_note_are_corrected_and_undone(qtbot, window: MainWindow) -> None:
    reader = _open_article_with_statements(window)
    row = next(i for i, e in enumerate(reader.excerpts) if e["kind"] == "statement")
    statement = reader.excerpts[row]
    from composer.tagging import review

    review.accept(window.library, ExcerptFilter(ids=[statement["id"]]))
    window.ops.announce_pending()
    reader.list.setCurrentRow(row)
    item = reader.list.item(row)
    where = QPoint(10, reader.list.visualItemRect(item).center().y())  # the start of its label: inside the view
    qtbot.mouseClick(reader.list.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click: press, release,
    qtbot.mouseDClick(reader.list.viewport(), Qt.MouseButton.LeftButton, pos=where)  # then the second press
    editor = reader.editor
    assert editor.isVisible() and editor.speaker.text() == statement["speaker"]
    editor.speaker.clear()
    type_chinese(editor.speaker, "区商务局相关负责人")
    for name in statement["themes"]:
        qtbot.mouseClick(editor.chips[name], Qt.MouseButton.LeftButton)  # uncheck what it had
    qtbot.mouseClick(editor.chips["法治建设"], Qt.MouseButton.LeftButton)
    type_chinese(editor.note, "讲话人需核实")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    changed = list_excerpts(window.library, ExcerptFilter(ids=[statement["id"]]))[0]
    assert changed["speaker"] == "区商务局相关负责人" and changed["speaker_type"] == "unnamed_person"
    assert changed["themes"] == ["法治建设"] and changed["status"] == "accepted"
    assert reader.current_excerpt()["id"] == statement["id"]  # still chosen after the reload
    # one step of the history: Ctrl+Z brings all three back
    activate(window)  # the form closed: the window is active again
    reader.list.setFocus()
    qtbot.keyClick(reader.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    restored = list_excerpts(window.library, ExcerptFilter(ids=[statement["id"]]))[0]
    assert restored["speaker"] == statement["speaker"] and restored["themes"] == statement["themes"]
    assert excerpt_notes(window.library, [statement["id"]]) == {}


def test_delete_in_the_text_deletes_nothing_and_on_the_list_asks_first(qtbot, window: MainWindow) -> None:
    reader = _open_article_with_statements(window)
    reader.list.setCurrentRow(0)
    chosen = reader.current_excerpt()
    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_Delete)
    assert list_excerpts(window.library, ExcerptFilter(ids=[chosen["id"]]))
    assert reader.confirmation is None
    reader.list.setFocus()
    qtbot.keyClick(reader.list, Qt.Key.Key_Delete)
    box = reader.confirmation
    assert box.isVisible() and chosen["text"][:20] in box.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert list_excerpts(window.library, ExcerptFilter(ids=[chosen["id"]]))
    qtbot.keyClick(reader.list, Qt.Key.Key_Delete)
    qtbot.mouseClick(reader.confirmation.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert list_excerpts(window.library, ExcerptFilter(ids=[chosen["id"]])) == []


def test_ctrl_f_finds_in_the_article_and_enter_goes_to_the_next(qtbot, window: MainWindow) -> None:
    reader = _open_article_with_statements(window)
    body = reader.article["text"]
    word = next(w for w in ("发展", "工作", "推进", "区委") if body.count(w) >= 2)
    places = [i for i in range(len(body)) if body.startswith(word, i)]
    reader.text.setFocus()
    qtbot.keyClick(reader.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find_line.isVisible() and reader.find_line.hasFocus()
    type_chinese(reader.find_line, word)
    found = [(start, end) for start, end, colour in _colours(reader) if colour == QColor(FOUND_COLOUR).name()]
    assert found == [(p, p + len(word)) for p in places]
    assert reader.text.textCursor().selectionStart() == places[0]
    assert reader.find_count.text() == f"第 1 处，共 {len(places)} 处"
    qtbot.keyClick(reader.find_line, Qt.Key.Key_Return)
    assert reader.text.textCursor().selectionStart() == places[1]
    qtbot.keyClick(reader.find_line, Qt.Key.Key_Escape)
    assert not reader.find_line.isVisible()
    assert not [c for c in _colours(reader) if c[2] == QColor(FOUND_COLOUR).name()]


def test_the_search_words_are_marked_in_the_text(qtbot, window: MainWindow) -> None:
    reader = _open_article_with_statements(window)
    body = reader.article["text"]
    reader.set_search("营商环境 OR 接诉即办 -不存在")
    marked = [(s, e) for s, e, colour in _colours(reader) if colour == QColor(SEARCH_COLOUR).name()]
    expected = sorted((i, i + 4) for w in ("营商环境", "接诉即办") for i in range(len(body)) if body.startswith(w, i))
    assert marked == expected
    reader.set_search("")
    assert not [c for c in _colours(reader) if c[2] == QColor(SEARCH_COLOUR).name()]


def test_a_search_from_the_library_page_marks_its_words_in_the_article(qtbot, window: MainWindow) -> None:
    page = window.library_page
    page.query.setText("林振华")
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    page.table.selectRow(0)
    body = page.reader.article["text"]
    marked = [(s, e) for s, e, colour in _colours(page.reader) if colour == QColor(SEARCH_COLOUR).name()]
    assert marked and all(body[s:e] == "林振华" for s, e in marked)
    page.show_all()  # 全部文章: no words, no marks
    page.table.selectRow(0)
    assert not [c for c in _colours(page.reader) if c[2] == QColor(SEARCH_COLOUR).name()]


def test_after_an_edit_in_search_results_the_table_stays_on_the_article(qtbot, window: MainWindow) -> None:
    page = window.library_page
    page.query.setText("林振华")
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    assert page.model.rowCount() > 2
    row = page.model.rowCount() - 1
    page.table.selectRow(row)
    reader = page.reader
    shown = reader.article["id"]
    reader.list.setCurrentRow(0)
    excerpt = reader.current_excerpt()
    reader.list.setFocus()
    qtbot.keyClick(reader.list, Qt.Key.Key_F2)
    editor = reader.editor
    type_chinese(editor.note, "已核对")
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # the search runs again after the change
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert page.table.currentIndex().row() == row and page.model.article_id(row) == shown
    assert reader.article["id"] == shown and reader.current_excerpt()["id"] == excerpt["id"]
    assert excerpt_notes(window.library, [excerpt["id"]]) == {excerpt["id"]: "已核对"}


def _move(widget: QWidget, pos: QPoint, buttons: Qt.MouseButton = Qt.MouseButton.NoButton) -> bool:
    """The pointer moved over ``widget`` to ``pos``, ``buttons`` held: the event, as the window
    system delivers it (QTest's mouseMove lands off by the offscreen window's frame); whether
    it was taken."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)), Qt.MouseButton.NoButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_dragging_an_end_of_the_chosen_excerpt_changes_its_span(qtbot, window: MainWindow) -> None:
    reader = _open_article_with_statements(window)
    row = next(i for i, e in enumerate(reader.excerpts) if e["kind"] == "statement" and e["end"] - e["start"] > 12)
    reader.list.setCurrentRow(row)
    excerpt = reader.current_excerpt()
    body = reader.article["text"]
    viewport = reader.text.viewport()
    left = Qt.MouseButton.LeftButton

    def at(offset: int) -> QPoint:
        return reader.text.cursorRect(reader._cursor(offset, offset)).center()

    _move(viewport, at(excerpt["start"]))
    assert viewport.cursor().shape() == Qt.CursorShape.SizeHorCursor  # over a handle: ↔
    _move(viewport, at(excerpt["start"] + 5))
    assert viewport.cursor().shape() == Qt.CursorShape.IBeamCursor
    qtbot.mousePress(viewport, left, pos=at(excerpt["start"]))
    assert _move(viewport, at(excerpt["start"] + 3), left)
    assert reader.dragged == (excerpt["start"] + 3, excerpt["end"])  # drawn as it goes
    assert list_excerpts(window.library, ExcerptFilter(ids=[excerpt["id"]]))[0]["start"] == excerpt["start"]
    qtbot.mouseRelease(viewport, left, pos=at(excerpt["start"] + 3))
    moved = list_excerpts(window.library, ExcerptFilter(ids=[excerpt["id"]]))[0]
    assert (moved["start"], moved["end"]) == (excerpt["start"] + 3, excerpt["end"])
    assert moved["text"] == body[excerpt["start"] + 3 : excerpt["end"]] and moved["status"] == excerpt["status"]
    assert reader.dragged is None and reader.current_excerpt()["id"] == excerpt["id"]
    # the other end, then Ctrl+Z takes the last drag back
    qtbot.mousePress(viewport, left, pos=at(excerpt["end"]))
    assert _move(viewport, at(excerpt["end"] - 2), left)
    qtbot.mouseRelease(viewport, left, pos=at(excerpt["end"] - 2))
    moved = list_excerpts(window.library, ExcerptFilter(ids=[excerpt["id"]]))[0]
    assert (moved["start"], moved["end"]) == (excerpt["start"] + 3, excerpt["end"] - 2)
    # elsewhere a press and a drag select text as always
    qtbot.mousePress(viewport, left, pos=at(excerpt["start"] + 6))
    _move(viewport, at(excerpt["start"] + 8), left)
    assert reader.dragged is None
    qtbot.mouseRelease(viewport, left, pos=at(excerpt["start"] + 8))
    assert list_excerpts(window.library, ExcerptFilter(ids=[excerpt["id"]]))[0]["start"] == excerpt["start"] + 3
    reader.list.setFocus()
    qtbot.keyClick(reader.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = list_excerpts(window.library, ExcerptFilter(ids=[excerpt["id"]]))[0]
    assert (back["start"], back["end"]) == (excerpt["start"] + 3, excerpt["end"])
