"""The review queue as a clerk works it from the keyboard, on a copy of the tagged demo
library (Qt offscreen): A/R take the decided row out in place (no reload of the queue) and
show the next, each suggestion with its article's title, source and date; E opens the
excerpt editor, which corrects without accepting; bulk decisions ask with the count and
say how to undo; the person filter is in pinyin order."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import QCollator, QLocale, Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from db import open_library  # noqa: E402
from db.excerpts import ExcerptFilter, article_labels, count_selected, excerpt_notes, list_excerpts  # noqa: E402
from tests.gui import activate, type_chinese  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.review_page import ReviewPage  # noqa: E402


@pytest.fixture()
def window(demo_window):
    return demo_window


def _review_page(qtbot, window: MainWindow) -> ReviewPage:
    item = window.navigation.item(window.PAGES.index("review"))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.navigation.visualItemRect(item).center())
    page = window.review_page
    assert window.current_page() is page
    activate(window)
    page.list.setFocus()
    return page


def _waiting(window: MainWindow) -> int:
    return count_selected(window.library, ExcerptFilter(status="suggested", kind="statement"))


def test_a_and_r_take_the_row_out_in_place_and_show_the_next(qtbot, window: MainWindow) -> None:
    page = _review_page(qtbot, window)
    waiting = _waiting(window)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    assert page.list.currentIndex().row() == 2
    ids = list(page.model.ids)
    cached = set(page.model.cache)  # the rows read so far: a reload of the queue would forget them
    qtbot.keyClick(page.list, Qt.Key.Key_A)
    qtbot.keyClick(page.list, Qt.Key.Key_R)
    assert page.model.ids == ids[:2] + ids[4:]
    assert page.list.currentIndex().row() == 2 and page.current_id() == ids[4]
    assert set(page.model.cache) == cached - {ids[2], ids[3]}  # changed in place, not read again
    assert page.count.text() == f"待审核 {waiting - 2} 条" and _waiting(window) == waiting - 2
    status = {e["id"]: e["status"] for e in list_excerpts(window.library, ExcerptFilter(ids=ids[2:4]))}
    assert status == {ids[2]: "accepted", ids[3]: "rejected"}
    # each suggestion says where it comes from: in the list and above its context
    current = page.model.row(2)
    article = article_labels(window.library, [current["article_id"]])[current["article_id"]]
    line = page.model.data(page.model.index(2)).split("\n")[1].strip()
    assert line == f"《{article['title']}》 {article['source']} {article['published']}"
    shown = page.detail.toPlainText()
    assert article["title"] in shown and article["source"] in shown and article["published"] in shown
    # undo reads the queue again: the rejected one is back in its place
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.ids == ids[:2] + ids[3:] and _waiting(window) == waiting - 1


def test_e_edits_without_accepting_and_updates_the_row(qtbot, window: MainWindow) -> None:
    page = _review_page(qtbot, window)
    excerpt = page.model.row(0)
    ids = list(page.model.ids)
    qtbot.keyClick(page.list, Qt.Key.Key_E)
    editor = page.editor
    assert editor.isVisible() and editor.speaker.text() == (excerpt["speaker"] or "")
    assert editor.text.toPlainText() == excerpt["text"]
    editor.speaker.clear()
    type_chinese(editor.speaker, "区商务局相关负责人")
    qtbot.mouseClick(editor.chips["法治建设"], Qt.MouseButton.LeftButton)
    type_chinese(editor.note, "需核对讲话人")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    edited = list_excerpts(window.library, ExcerptFilter(ids=[excerpt["id"]]))[0]
    assert edited["status"] == "suggested" and edited["speaker"] == "区商务局相关负责人"
    assert "法治建设" in edited["themes"]
    assert excerpt_notes(window.library, [excerpt["id"]]) == {excerpt["id"]: "需核对讲话人"}
    assert page.model.ids == ids and page.current_id() == excerpt["id"]  # still there, still current
    assert "区商务局相关负责人" in page.model.data(page.model.index(0))
    assert "需核对讲话人" in page.detail.toPlainText()
    # then A accepts it as corrected
    activate(window)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_A)
    assert list_excerpts(window.library, ExcerptFilter(ids=[excerpt["id"]]))[0]["status"] == "accepted"


def test_bulk_accept_asks_with_the_count_then_says_it_and_how_to_undo(qtbot, window: MainWindow) -> None:
    page = _review_page(qtbot, window)
    names = [page.person.itemText(i) for i in range(1, page.person.count())]
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    assert names == sorted(names, key=collator.sortKey) and names != sorted(names)  # pinyin, not code points
    person = next(name for name in names
                  if count_selected(window.library, ExcerptFilter(person=name, kind="statement", status="suggested")))
    page.person.setCurrentIndex(page.person.findText(person))
    shown = len(page.model.ids)
    waiting = _waiting(window)
    qtbot.mouseClick(page.accept_all, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box.isVisible() and box.text() == f"接受列出的全部 {shown} 条建议？"
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert _waiting(window) == waiting and len(page.model.ids) == shown
    qtbot.mouseClick(page.accept_all, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # decided on the worker thread
        qtbot.mouseClick(page.confirmation.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert _waiting(window) == waiting - shown and page.model.ids == []
    assert page.notice.text() == f"已接受 {shown} 条建议。按 Ctrl+Z 可撤销。"
    activate(window)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _waiting(window) == waiting and len(page.model.ids) == shown


def test_the_editor_s_core_call_checks_every_theme_before_writing(demo_library: Path) -> None:
    """review.edit_excerpt: an unknown theme name refuses the whole edit (nothing half
    written); a good edit is one step of the history and leaves the status alone."""
    from composer.common.messages import BriefingError
    from composer.tagging import review

    with open_library(demo_library) as library:
        statement = list_excerpts(library, ExcerptFilter(kind="statement", status="suggested"))[0]
        with pytest.raises(BriefingError) as refused:
            review.edit_excerpt(library, statement["id"], speaker="某同志", themes=["营商环境", "没有这个主题"])
        assert "没有这个主题" in str(refused.value)
        assert list_excerpts(library, ExcerptFilter(ids=[statement["id"]]))[0] == statement
        result = review.edit_excerpt(library, statement["id"], speaker="林振华", themes=["营商环境"], note="核对")
        edited = list_excerpts(library, ExcerptFilter(ids=[statement["id"]]))[0]
        assert (edited["speaker"], edited["themes"], edited["status"]) == ("林振华", ["营商环境"], "suggested")
        assert result.group is not None and review.recent_changes(library)[0].summary == f"修改摘录 {statement['id']}"
        review.undo(library)
        assert list_excerpts(library, ExcerptFilter(ids=[statement["id"]]))[0] == statement
        assert excerpt_notes(library, [statement["id"]]) == {}
