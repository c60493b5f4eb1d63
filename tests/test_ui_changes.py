"""The one doorway between core and app (ui/operations.py, ui/page.py), driven as a user
would — keys, clicks, menu actions — on a copy of the tagged demo library (Qt offscreen):
an undo on one page updates the others and says what it undid, a hidden page shows fresh
data when it is shown, errors reach the error dialog with their details, cancel works."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton  # noqa: E402

from composer.tagging import themes as theme_ops  # noqa: E402
from db import open_library  # noqa: E402
from db.articles import count_articles  # noqa: E402
from db.excerpts import ExcerptFilter, count_selected, list_excerpts  # noqa: E402
from tests.conftest import REPO, window_on  # noqa: E402
from tests.gui import go_to  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.operations import wait_for_all  # noqa: E402


@pytest.fixture()
def window(demo_window):
    return demo_window


def _waiting(window: MainWindow) -> int:
    return count_selected(window.library, ExcerptFilter(status="suggested", kind="statement"))


def _error_boxes(window: MainWindow) -> list[QMessageBox]:
    """The error dialogs open over this window (among the application's top-level widgets)."""
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and w.parent() is window]


def test_undo_on_the_library_page_brings_back_what_the_review_page_accepted(qtbot, window: MainWindow) -> None:
    go_to(qtbot, window, "review")
    page = window.review_page
    waiting = _waiting(window)
    assert waiting > 5 and page.count.text() == f"待审核 {waiting} 条"
    page.list.setFocus()
    accepted = page.current_id()
    qtbot.keyClick(page.list, Qt.Key.Key_A)
    assert accepted not in page.model.ids and page.count.text() == f"待审核 {waiting - 1} 条"
    assert window.navigation.item(1).text() == f"待审核（{waiting - 1}）"
    # on another page, Ctrl+Z: the count in the navigation comes back at once, the status bar says what was undone
    go_to(qtbot, window, "library")
    window.library_page.table.setFocus()
    qtbot.keyClick(window.library_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "已撤销：接受 1 条摘录"
    assert window.navigation.item(1).text() == f"待审核（{waiting}）"
    assert window.article_count.text() == f"共 {count_articles(window.library)} 篇文章"  # beside the message
    # and the review queue, shown again, lists the suggestion again
    go_to(qtbot, window, "review")
    assert accepted in page.model.ids and page.count.text() == f"待审核 {waiting} 条"
    # Ctrl+Y redoes it, from the menu's shortcut too
    qtbot.keyClick(page.list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "已重做：接受 1 条摘录"
    assert accepted not in page.model.ids and window.navigation.item(1).text() == f"待审核（{waiting - 1}）"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "没有可撤销的操作"


def _accepted_shown(window: MainWindow, theme: str) -> int:
    """The 已采纳 column of a theme on the themes page."""
    item = window.themes_page.tree.findItems(theme, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)[0]
    return int(item.text(3))


def _accepted_stored(window: MainWindow, theme: str) -> int:
    nodes = theme_ops.theme_tree(window.library, with_counts=True)
    while nodes:
        node = nodes.pop()
        if node.name == theme:
            return node.as_json()["accepted"]
        nodes.extend(node.children)
    raise AssertionError(theme)


def test_a_hidden_page_shows_fresh_data_when_it_is_shown(qtbot, window: MainWindow) -> None:
    go_to(qtbot, window, "review")
    page = window.review_page
    row = next(r for r in range(len(page.model.ids)) if page.model.row(r)["themes"])
    theme = page.model.row(row)["themes"][0]
    go_to(qtbot, window, "themes")  # seen once: its counts are loaded
    before = _accepted_shown(window, theme)
    go_to(qtbot, window, "review")
    page.list.setFocus()
    for _ in range(row):
        qtbot.keyClick(page.list, Qt.Key.Key_Down)
    accepted = page.current_id()
    qtbot.keyClick(page.list, Qt.Key.Key_A)  # accepting a statement accepts its themes: the themes page is stale
    assert list_excerpts(window.library, ExcerptFilter(ids=[accepted]))[0]["status"] == "accepted"
    go_to(qtbot, window, "themes")
    assert _accepted_shown(window, theme) == before + 1 == _accepted_stored(window, theme)


def test_the_people_page_follows_a_person_edited_elsewhere(qtbot, window: MainWindow) -> None:
    go_to(qtbot, window, "people")
    people = window.people_page
    people.table.selectRow(0)
    person = people.current()
    people.ask = lambda *args: "某同志"
    add_alias = next(b for b in people.findChildren(QPushButton) if b.text() == "添加别名…")
    qtbot.mouseClick(add_alias, Qt.MouseButton.LeftButton)
    row = next(i for i, p in enumerate(people.people) if p.id == person.id)
    assert "某同志" in people.table.item(row, 3).text()  # the page reloaded from its own announcement


def test_a_failed_search_shows_the_error_with_its_details(qtbot, window: MainWindow) -> None:
    page = window.library_page
    qtbot.keyClicks(page.query, "-abc")  # excludes only: nothing to find
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        qtbot.keyClick(page.query, Qt.Key.Key_Return)
    boxes = _error_boxes(window)
    assert len(boxes) == 1 and boxes[0].text() == "查询只有排除词（-词语），请至少给出一个要查找的词"
    assert "Traceback" in boxes[0].detailedText() and "BriefingError" in boxes[0].detailedText()
    assert page.status.text() == boxes[0].text()


def test_an_unexpected_error_in_work_reaches_the_dialog_with_the_traceback(qtbot, window: MainWindow) -> None:
    def work(library, context):  # noqa: ANN001, ARG001
        raise RuntimeError("the disk went away")

    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        window.ops.run("Checking", work)
    details = _error_boxes(window)[0].detailedText()
    assert "RuntimeError: the disk went away" in details and "in work" in details


def test_an_edit_refused_by_the_core_reaches_the_same_dialog(qtbot, window: MainWindow) -> None:
    go_to(qtbot, window, "themes")
    themes = window.themes_page
    themes.ask = lambda *args: "营商环境"  # exists already
    add = next(b for b in themes.findChildren(QPushButton) if b.text() == "新增…")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    boxes = _error_boxes(window)
    assert len(boxes) == 1 and boxes[0].text() == "已有名为“营商环境”的主题"
    assert "BriefingError" in boxes[0].detailedText() and "add_theme" in boxes[0].detailedText()


def test_progress_shows_and_cancel_stops_the_work(qtbot, window: MainWindow) -> None:
    def work(library, context):  # noqa: ANN001, ARG001 - long work that stops only when cancelled
        while not context.cancelled():
            context.progress(1, 2, "第一份.txt")
            time.sleep(0.01)  # the work's own pace, on the worker thread
        return "stopped"

    results: list[str] = []
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        window.ops.run("Reading", work, on_success=results.append)
        dialog = window.findChild(QProgressDialog)
        qtbot.waitUntil(lambda: dialog.isVisible() and "第 1 个" in dialog.labelText(), timeout=10_000)
        assert dialog.labelText() == "Reading：第 1 个，共 2 个\n第一份.txt"
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # 取消
    assert results == ["stopped"]


def test_an_import_cancelled_from_its_progress_dialog_stores_nothing(qtbot, window: MainWindow) -> None:
    """The import waits behind other work on the single worker thread, so it is certainly
    cancelled before its first file, however fast the machine."""
    before = count_articles(window.library)
    gate = threading.Event()
    window.ops.run("Holding", lambda library, context: gate.wait(30), progress=False)
    with qtbot.waitSignal(window.ops.finished, timeout=60_000, check_params_cb=lambda op: op.title == "正在导入"):
        window.import_files([str(REPO / "composer" / "demo")])
        dialog = window.findChild(QProgressDialog)
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
        gate.set()
    assert window.last_report.cancelled and window.last_report.files == []
    assert count_articles(window.library) == before


@pytest.fixture()
def doubtful_window(qtbot, demo_library: Path):
    """The demo library with one page of ours added, whose subjectless 希望 after 指出 the
    statement model trusts less (no demo statement is under the reliable line)."""
    from composer.ingest.importer import ImportOptions, import_pasted
    from composer.tagging.batch import tag_articles

    page = ("区长调研企业\n\n9月3日，区长林振华到云湖科学城调研企业。林振华指出，科学城要把创新资源用好用足。"
            "希望各企业加大研发投入，与云湖共同打造数字经济高地。")
    with open_library(demo_library) as library:
        assert import_pasted(library, page, ImportOptions(source="云湖时报", published="2025-09-03")).status == "imported"
        tag_articles(library, workers=0)
    yield from window_on(qtbot, demo_library)


def test_reliable_only_narrows_the_review_queue_and_the_candidates(qtbot, doubtful_window: MainWindow) -> None:
    """只看可靠的, clicked on the review page and in the composer: only statements at least as
    confident as the library's reliable line remain."""
    from composer.tagging.statement_learning import reliable_from

    window = doubtful_window
    line = reliable_from(window.library)
    go_to(qtbot, window, "review")
    page = window.review_page
    every = list(page.model.ids)
    qtbot.mouseClick(page.reliable, Qt.MouseButton.LeftButton)
    assert page.reliable.isChecked()
    reliable = list(page.model.ids)
    assert 0 < len(reliable) < len(every)
    confidences = {e["id"]: e["confidence"] for e in list_excerpts(window.library, ExcerptFilter(ids=reliable))}
    assert all(confidence >= line for confidence in confidences.values())
    assert page.count.text() == f"待审核 {len(reliable)} 条"
    # accept everything, then ask the composer for reliable candidates only
    from composer.tagging import review

    review.accept(window.library, ExcerptFilter(kind="statement"))
    go_to(qtbot, window, "composer")
    composer = window.composer_page

    def press(widget) -> None:  # noqa: ANN001 - a button or a check box, pressed from the keyboard
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Space)

    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # candidates are read on the worker thread
        press(composer.find_button)
    all_candidates = composer.candidates.count()
    press(composer.reliable)
    assert composer.reliable.isChecked()
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        press(composer.find_button)
    assert 0 < composer.candidates.count() < all_candidates


def test_a_backup_of_a_damaged_library_warns_in_the_app(qtbot, demo_library: Path) -> None:
    """The scheduled and the manual backup run the same operation: a copy of a damaged
    library is made, and a warning box (not only the status bar) says it is not a good one."""
    from tests.test_damaged_library import _damage

    _damage(demo_library)  # before the app opens it, as a failing disk between two sessions
    create_application([])
    library = open_library(demo_library)
    window = MainWindow(library, choose_files=lambda parent: [])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        with qtbot.waitSignal(window.ops.finished, timeout=30000):
            window.backup_action.trigger()  # what the menu item 立即备份 does
        boxes = _error_boxes(window)
        assert [box.icon() for box in boxes] == [QMessageBox.Icon.Warning]
        assert "损坏资料库的副本" in boxes[0].text() and "malformed" in boxes[0].detailedText()
        assert window.statusBar().currentMessage().startswith("已备份到")
        backups = list((demo_library.parent / "backups").glob("*-auto-*.sqlite"))
        assert len(backups) == 1 and backups[0].stat().st_size > 0
        boxes[0].close()
    finally:
        wait_for_all()
        library.close()
