"""Real flows through the desktop app on a temporary library (Qt offscreen): import the
seeds through the import dialog, tag, read, mark an excerpt, review from the keyboard,
undo, redo, search, manage themes and people, export — each checked in the library."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDropEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QPushButton  # noqa: E402

from composer.briefings.drafts import DraftQuery, compose  # noqa: E402
from composer.search.searcher import SearchRequest, search  # noqa: E402
from composer.tagging import review  # noqa: E402
from db import open_library  # noqa: E402
from db.excerpts import ExcerptFilter, count_selected, list_excerpts  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.dialogs import ImportDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.operations import wait_for_all  # noqa: E402
from ui.reader import ExcerptDetails  # noqa: E402


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
    assert summary.count("imported") == len(seeds)
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
    reader.ask_details = lambda widget, text: ExcerptDetails("", ["王少峰"], ["营商环境"])
    excerpt_id = reader.new_excerpt_from_selection()
    made = list_excerpts(library, ExcerptFilter(ids=[excerpt_id]))[0]
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
    # E: change the speaker and the themes of the current suggestion
    current = page.current_id()
    answers = iter(["张艳林", "接诉即办、营商环境"])
    page.ask = lambda *args: next(answers)
    qtbot.keyClick(page.list, Qt.Key.Key_E)
    edited = list_excerpts(library, ExcerptFilter(ids=[current]))[0]
    assert edited["speaker"] == "张艳林" and set(edited["themes"]) == {"接诉即办", "营商环境"}
    # bulk by filter: everything 王少峰 said
    index = page.person.findData("王少峰")
    page.person.setCurrentIndex(index)
    his = len(page.model.ids)
    assert his > 0
    page.decide_all("accept")
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
    event = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with _finished(qtbot, window):
        window.dropEvent(event)
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
    people.ask = lambda *args: "区委副书记|区委|2025-01-01"
    people.add_title()
    titles = next(p for p in people.people if p.id == person.id).titles
    assert any(t.title == "区委副书记" and t.valid_from == "2025-01-01" for t in titles)
    # briefings: export one the core composed
    review.accept(window.library, ExcerptFilter(person="王少峰", kind="statement"))
    compose(window.library, "讲话摘编", DraftQuery(persons=["王少峰"]))
    window.navigation.setCurrentRow(4)
    briefings = window.briefings_page
    briefings.table.selectRow(0)
    output = tmp_path / "out.docx"
    briefings.choose_path = lambda parent, suggested: str(output)
    with _finished(qtbot, window):
        briefings.export_current()
    assert output.exists() and output.stat().st_size > 5000
