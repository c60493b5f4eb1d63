"""What GUI tests do as a clerk would: type Chinese, bring a window to the front, click a
page in the navigation. Shared by the tests/test_ui_*.py modules (imported after their
``pytest.importorskip("PySide6")``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_chinese(widget: QWidget, text: str) -> None:
    """Chinese as a clerk types it: the input method commits the words to the focused field
    (QTest's key clicks know only ASCII)."""
    widget.window().activateWindow()  # the form the clerk is typing in is the active window
    QApplication.processEvents()
    widget.setFocus()
    assert widget.hasFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def activate(window: QWidget) -> None:
    """Make ``window`` the active one, as a click on it does: shortcuts go to the active
    window. (Offscreen, a window-modal progress dialog hidden a moment ago can keep the
    focus, and QWidget.activateWindow defers to it; the window system's request does not.)"""
    window.windowHandle().requestActivate()
    QApplication.processEvents()
    assert window.isActiveWindow()


def go_to(qtbot, window, page: str) -> None:  # noqa: ANN001 - pytest-qt's qtbot, the MainWindow
    """Click the page's entry in the navigation."""
    item = window.navigation.item(window.PAGES.index(page))
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.navigation.visualItemRect(item).center())
    assert window.current_page() is getattr(window, f"{page}_page")
