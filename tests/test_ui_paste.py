"""粘贴文章 as a clerk does it: text (and HTML) on the clipboard, Ctrl+Shift+V on the library
page, the import dialog answered, the article checked in the library (Qt offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import QDate, QMimeData, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QTableView  # noqa: E402

from composer.ingest.importer import ImportOptions  # noqa: E402
from db import open_library  # noqa: E402
from db.articles import get_article, list_articles  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.dialogs import ImportDialog, PasteOptions  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.operations import wait_for_all  # noqa: E402

TITLE = "区领导检查秋季学期开学工作"
BODY = [
    "本报讯（记者 陈晓路）9月1日上午，区委书记林振华带队检查秋季学期开学工作，实地查看校园安全、食堂管理等情况。",
    "林振华指出，要把安全放在首位，确保师生平安开学。各部门要加强协同，及时解决学校反映的问题，办好人民满意的教育。",
]
TEXT = f"{TITLE}\n来源：云湖时报    发布时间：2025-09-01 10:30\n" + "\n".join(BODY)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Clerk:
    """Answers the import dialog: looks at what it shows, types what it was told, presses OK."""

    def __init__(self, **typed: str) -> None:
        self.typed = typed
        self.seen: list[dict] = []

    def __call__(self, parent, paths, pasted=None) -> ImportOptions | None:
        dialog = ImportDialog(paths, parent, pasted)
        self.seen.append({
            "preview": dialog.preview.toPlainText() if dialog.preview else None,
            "title": dialog.title.text() if dialog.title else None,
            "source": dialog.source.text(),
            "date": dialog.date.text(),
            "layout": dialog.layout_choice.currentData(),
        })  # fmt: skip
        for field, value in self.typed.items():
            if field == "layout":
                dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(value))
            else:
                getattr(dialog, field).setText(value)
        dialog._check()
        return dialog.options() if dialog.result() == ImportDialog.DialogCode.Accepted else None


@pytest.fixture()
def window(qtbot, library_path: Path):
    create_application([])
    library = open_library(library_path)
    window = MainWindow(library, choose_files=lambda parent: [], ask_import=Clerk())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    yield window
    wait_for_all()
    QGuiApplication.clipboard().clear()  # the clipboard owns the QMimeData a test gave it: PySide6 crashes at exit
    library.close()


def _copy(text: str = "", html: str = "") -> None:
    mime = QMimeData()
    if text:
        mime.setText(text)
    if html:
        mime.setHtml(html)
    QGuiApplication.clipboard().setMimeData(mime)


def _paste(qtbot, window: MainWindow) -> None:
    """Ctrl+Shift+V in the library's table, then wait for the import to be reported."""
    window.last_report = None
    window.library_page.table.setFocus()
    qtbot.keyClick(window.library_page.table, Qt.Key.Key_V, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.last_report is not None, timeout=60_000)
    window.report_dialog.close()


def test_pasted_text_opens_the_dialog_filled_in_and_is_imported(qtbot, window: MainWindow) -> None:
    window.ask_import = clerk = Clerk(title="区领导检查开学工作（节选）")  # the clerk shortens the title
    _copy(TEXT)
    _paste(qtbot, window)
    (seen,) = clerk.seen
    assert seen["preview"].startswith(TITLE + "\n来源：云湖时报")
    assert (seen["title"], seen["source"], seen["date"], seen["layout"]) == (TITLE, "云湖时报", "2025-09-01", "auto")
    assert window.last_report.files[0].status == "imported"
    library = window.library
    (row,) = list_articles(library)
    assert (row["title"], row["source"], row["published"]) == ("区领导检查开学工作（节选）", "云湖时报", "2025-09-01")
    assert BODY[1] in get_article(library, row["id"])["text"]
    assert window.model.rowCount() == 1  # the table shows it


def test_pasted_html_goes_through_the_html_reader(qtbot, window: MainWindow) -> None:
    window.ask_import = clerk = Clerk(source="云湖发布", layout="article")
    html = (
        "<html><body><!--StartFragment--><h1>" + TITLE + "</h1><p>2025年9月2日 来源：北京日报</p>"
        "<p hidden>隐藏的说明文字不应导入</p><p style='display:none'>样式隐藏的文字</p>"
        + "".join(f"<p>{p}</p>" for p in BODY) + "<!--EndFragment--></body></html>"
    )
    _copy(TITLE + "\n" + "\n".join(BODY), html)
    _paste(qtbot, window)
    (seen,) = clerk.seen
    assert (seen["title"], seen["source"], seen["date"]) == (TITLE, "北京日报", "2025-09-02")
    assert "隐藏" not in seen["preview"]
    (row,) = list_articles(window.library)
    assert (row["title"], row["source"], row["published"]) == (TITLE, "云湖发布", "2025-09-02")
    text = get_article(window.library, row["id"])["text"]
    assert BODY[0].removeprefix("本报讯（记者 陈晓路）") in text and "隐藏" not in text


def test_cancel_and_an_empty_clipboard_import_nothing(qtbot, window: MainWindow) -> None:
    window.ask_import = lambda parent, paths, pasted=None: None  # the clerk presses Cancel
    _copy(TEXT)
    with qtbot.waitSignal(window.ops.finished):  # reading the clipboard
        qtbot.keyClick(window.library_page.table, Qt.Key.Key_V, CTRL_SHIFT)
    assert list_articles(window.library) == []
    _copy(" \n ")
    window.paste_action.trigger()
    assert "剪贴板" in window.statusBar().currentMessage()


def test_the_shortcut_belongs_to_the_library_page(qtbot, window: MainWindow) -> None:
    window.ask_import = clerk = Clerk()
    _copy(TEXT)
    window.navigation.setCurrentRow(1)  # 待审核
    window.review_page.setFocus()
    qtbot.keyClick(window.review_page, Qt.Key.Key_V, CTRL_SHIFT)
    wait_for_all()
    qtbot.wait(50)
    assert clerk.seen == []
    assert window.paste_action in window.menuBar().actions()[0].menu().actions()  # 文件 → 粘贴文章


def test_the_dialog_for_files_has_the_layout_choice(qtbot, window: MainWindow) -> None:
    dialog = ImportDialog(["a.txt"], window)
    qtbot.addWidget(dialog)
    assert dialog.preview is None and dialog.title is None
    assert [dialog.layout_choice.itemData(i) for i in range(dialog.layout_choice.count())] == ["auto", "page", "article"]
    assert [dialog.layout_choice.itemText(i) for i in range(3)] == ["自动", "整版", "单篇文章"]
    dialog.layout_choice.setCurrentIndex(2)
    options = dialog.options()
    assert type(options) is ImportOptions and options.layout == "article"
    assert not isinstance(options, PasteOptions)


@pytest.fixture()
def remembered_source():
    """The import dialog remembers the last source in the app's settings: restored after the test."""
    from PySide6.QtCore import QSettings

    from ui.dialogs import LAST_SOURCE_KEY

    create_application([])
    settings = QSettings()
    before = settings.value(LAST_SOURCE_KEY)
    settings.remove(LAST_SOURCE_KEY)
    yield
    if before is None:
        settings.remove(LAST_SOURCE_KEY)
    else:
        settings.setValue(LAST_SOURCE_KEY, before)


def test_the_import_dialog_reads_dates_as_people_type_them(qtbot, remembered_source) -> None:
    from tests.gui import activate, type_chinese

    dialog = ImportDialog(["a.txt"])
    qtbot.addWidget(dialog)
    dialog.show()
    activate(dialog)
    for typed in ("2025/9/1", "2025.9.1", "2025-9-1"):
        dialog.date.clear()
        dialog.date.setFocus()
        qtbot.keyClicks(dialog.date, typed)
        qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)  # leaving the field shows the date as it will be stored
        assert dialog.date.text() == "2025-09-01" and dialog.published() == "2025-09-01"
    dialog.date.clear()
    type_chinese(dialog.date, "2025年9月3日")
    assert dialog.published() == "2025-09-03"
    # nonsense is said, not stored
    dialog.date.clear()
    type_chinese(dialog.date, "九月")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text()


def test_the_import_dialog_picks_a_date_from_the_calendar_and_remembers_the_source(qtbot, remembered_source) -> None:
    from tests.gui import type_chinese

    dialog = ImportDialog(["a.txt"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.source.text() == ""
    type_chinese(dialog.date, "2025年9月3日")
    qtbot.mouseClick(dialog.calendar_button, Qt.MouseButton.LeftButton)
    assert dialog.calendar.isVisible() and dialog.calendar.selectedDate() == QDate(2025, 9, 3)  # at the date typed
    days = dialog.calendar.findChild(QTableView)  # the calendar's grid of days, from the keyboard
    qtbot.keyClick(days, Qt.Key.Key_Left)
    qtbot.keyClick(days, Qt.Key.Key_Left)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not dialog.calendar.isVisible() and dialog.date.text() == "2025-09-01"
    type_chinese(dialog.source, "丰台时报")
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    options = dialog.options()
    assert (options.source, options.published) == ("丰台时报", "2025-09-01")
    again = ImportDialog(["b.txt"])  # the next import starts from the same newspaper
    qtbot.addWidget(again)
    assert again.source.text() == "丰台时报" and again.date.text() == ""
