"""Issue 17, as a clerk meets it (Qt offscreen, real widgets, a copy of the tagged demo
library): undo and redo say which step they replay, before and after, and the message
stays; Ctrl+Y redoes on every page; filters work with an empty search box; the 人物 page
speaks of roles in words, adds a title through its form and removes one, in pinyin order;
统计 draws bars to scale with their totals and explains an empty page; the first run."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt  # noqa: E402
from PySide6.QtGui import QStatusTipEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QPushButton,
)

from composer.common.messages import BriefingError  # noqa: E402
from composer.people import directory as people_ops  # noqa: E402
from composer.tagging import review  # noqa: E402
from db import open_library  # noqa: E402
from db.articles import list_articles  # noqa: E402
from db.excerpts import ExcerptFilter, list_excerpts  # noqa: E402
from tests.gui import go_to, type_chinese  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow, recent_libraries  # noqa: E402
from ui.operations import wait_for_all  # noqa: E402
from ui.overview_page import LABEL_WIDTH  # noqa: E402
from ui.people_forms import TitleForm  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture()
def settings_folder(tmp_path: Path):
    """QSettings in a folder of the test (recent libraries, geometry), the user's own restored after."""
    from PySide6.QtCore import QSettings as Settings

    create_application([])
    original = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    Settings.setPath(Settings.Format.NativeFormat, Settings.Scope.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"
    Settings.setPath(Settings.Format.NativeFormat, Settings.Scope.UserScope, original)


def _window(qtbot, path: Path) -> MainWindow:
    create_application([])
    library = open_library(path)
    win = MainWindow(library, choose_files=lambda parent: [])
    win.owns_library = True  # closed with the window
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


@pytest.fixture()
def window(qtbot, demo_library: Path, settings_folder: Path):
    win = _window(qtbot, demo_library)
    yield win
    wait_for_all()
    win.close()


def _button(parent, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text)


# -- undo and redo say what they replay ------------------------------------------------------------


def test_undo_names_its_step_before_and_after_and_the_message_stays(qtbot, window: MainWindow) -> None:
    review.accept(window.library, ExcerptFilter(kind="statement", status="suggested"))  # a bulk accept made earlier
    window.ops.announce_pending()
    accepted = len(list_excerpts(window.library, ExcerptFilter(status="accepted")))
    assert window.undo_action.text() == f"撤销 接受 {accepted} 条摘录(&U)"  # before: which step Ctrl+Z takes back
    # the 人物 page: add a title through the form, then Ctrl+Z there takes back that title, not the accept
    go_to(qtbot, window, "people")
    people = window.people_page
    row = next(i for i, p in enumerate(people.people) if p.role != "reporter")
    people.table.selectRow(row)
    person = people.current()
    form = _fill_title_form(qtbot, people, "区长助理", "区政府")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    step = f"给 {person.name} 添加职务 区长助理"
    assert window.undo_action.text() == f"撤销 {step}(&U)"
    window.activateWindow()  # the form closed: the window is the clerk's again
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_Z, CTRL)
    assert window.statusBar().currentMessage() == f"已撤销：{step}"
    assert all(t.title != "区长助理" for t in people.current().titles)  # the page that changed shows it
    assert window.undo_action.text() == f"撤销 接受 {accepted} 条摘录(&U)"
    assert window.redo_action.text() == f"重做 {step}(&R)"
    # the pointer passing over the toolbar's buttons (their empty status tips) no longer wipes it
    window.undo_action.hover()
    QApplication.sendEvent(window, QStatusTipEvent(""))
    assert window.statusBar().currentMessage() == f"已撤销：{step}"
    # Ctrl+Y brings it back, with the table focused
    qtbot.keyClick(people.table, Qt.Key.Key_Y, CTRL)
    assert window.statusBar().currentMessage() == f"已重做：{step}"
    assert any(t.title == "区长助理" and t.org == "区政府" for t in people.current().titles)


@pytest.mark.parametrize("page", ["library", "review", "people", "themes", "briefings", "composer", "overview",
                                  "start"])
def test_ctrl_y_redoes_on_every_page(qtbot, window: MainWindow, page: str) -> None:
    person = people_ops.list_people(window.library)[0]
    window.ops.apply(lambda library: people_ops.add_alias(library, person.id, "某同志"))
    go_to(qtbot, window, page)
    views = window.current_page().findChildren(QAbstractItemView)  # a table, list or tree of the page
    focused = next((w for w in views if w.isVisible()), window.navigation)
    focused.setFocus()
    qtbot.keyClick(focused, Qt.Key.Key_Z, CTRL)
    assert window.statusBar().currentMessage() == f"已撤销：给 {person.name} 添加别名 某同志"
    qtbot.keyClick(focused, Qt.Key.Key_Y, CTRL)
    assert window.statusBar().currentMessage() == f"已重做：给 {person.name} 添加别名 某同志"
    assert "某同志" in people_ops.list_people(window.library)[0].aliases


# -- the library page: filters without words -------------------------------------------------------


def test_a_source_filter_with_an_empty_box_lists_only_that_source(qtbot, window: MainWindow) -> None:
    page = window.library_page
    sources = {a["id"]: a["source"] for a in list_articles(window.library)}
    source = sorted(set(sources.values()))[0]
    assert len(set(sources.values())) > 1 or len(sources) > 1
    type_chinese(page.source, source)
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        qtbot.keyClick(page.source, Qt.Key.Key_Return)
    assert set(page.model.ids) == {i for i, s in sources.items() if s == source}
    # 全部文章 clears the filter too
    qtbot.mouseClick(_button(page, "全部文章"), Qt.MouseButton.LeftButton)
    assert page.source.text() == "" and len(page.model.ids) == len(sources)


def test_a_person_filter_with_an_empty_box_lists_only_their_articles(qtbot, window: MainWindow) -> None:
    page = window.library_page
    statements = list_excerpts(window.library, ExcerptFilter(kind="statement"))
    person = statements[0]["speaker"]
    expected = {e["article_id"] for e in list_excerpts(window.library, ExcerptFilter(person=person))}
    page.person.setCurrentIndex(page.person.findData(person))
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        qtbot.mouseClick(_button(page, "搜索"), Qt.MouseButton.LeftButton)
    assert set(page.model.ids) == expected and len(expected) < len(list_articles(window.library))


# -- the 人物 page ----------------------------------------------------------------------------------


def _fill_title_form(qtbot, people, title: str, org: str) -> TitleForm:
    qtbot.mouseClick(people.add_title_button, Qt.MouseButton.LeftButton)
    form = people.findChild(TitleForm)  # the form the button opened (window-modal, not a nested loop)
    assert form is not None and form.isVisible()
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # a title needs its name
    type_chinese(form.title, title)
    type_chinese(form.org, org)
    assert ok.isEnabled()
    return form


def test_people_page_roles_in_words_title_form_and_removal_in_pinyin_order(qtbot, window: MainWindow) -> None:
    go_to(qtbot, window, "people")
    people = window.people_page
    roles = {people.table.item(row, 1).text() for row in range(people.table.rowCount())}
    assert roles <= {"领导干部", "人大代表", "政协委员", "企业", "记者", "其他"} and "领导干部" in roles
    suggested = [p.name for p in people.people if p.status == "suggested" and p.role != "reporter"]
    from ui.choices import pinyin_key

    assert len(suggested) > 3 and suggested == sorted(suggested, key=pinyin_key())
    row = next(i for i, p in enumerate(people.people) if p.role != "reporter")
    people.table.selectRow(row)
    person = people.current()
    form = _fill_title_form(qtbot, people, "区委书记｜区委", "中共云湖区委")  # a full-width bar is just a character
    qtbot.mouseClick(form.valid_from.given, Qt.MouseButton.LeftButton)
    form.valid_from.date.setFocus()
    form.valid_from.date.setDate(QDate(2024, 3, 1))
    qtbot.mouseClick(form.valid_to.given, Qt.MouseButton.LeftButton)
    assert form.valid_to.date.minimumDate() == QDate(2024, 3, 1)  # the end cannot come before the start
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = next(p for p in people_ops.list_people(window.library) if p.id == person.id)
    added = next(t for t in stored.titles if t.title == "区委书记｜区委")
    assert (added.org, added.valid_from) == ("中共云湖区委", "2024-03-01")
    assert added.valid_to == QDate.currentDate().toString("yyyy-MM-dd")
    # shown in the person's titles; select it and remove it
    titles = people.titles
    shown = [titles.item(r, 0).text() for r in range(titles.rowCount())]
    titles.selectRow(shown.index("区委书记｜区委"))
    qtbot.mouseClick(people.remove_title_button, Qt.MouseButton.LeftButton)
    stored = next(p for p in people_ops.list_people(window.library) if p.id == person.id)
    assert all(t.title != "区委书记｜区委" for t in stored.titles)
    assert window.undo_action.text() == f"撤销 删除 {person.name} 的职务 区委书记｜区委(&U)"
    # the role, chosen in words
    people.role.setFocus()
    for _ in range(people.role.count()):  # ↓ through the closed list, as the keyboard chooses
        if people.role.currentData() == "cppcc_member":
            break
        qtbot.keyClick(people.role, Qt.Key.Key_Down)
    assert next(p for p in people_ops.list_people(window.library) if p.id == person.id).role == "cppcc_member"
    assert people.table.item(people.table.currentRow(), 1).text() == "政协委员"


def test_a_title_is_removed_and_comes_back_with_undo_in_the_core(demo_library: Path) -> None:
    with open_library(demo_library) as library:
        person = people_ops.list_people(library)[0]
        title_id = people_ops.add_title(library, person.id, people_ops.Title("调研员", "区政府", "2025/9/1",
                                                                                "2025年12月31日"))
        stored = next(t for t in people_ops.list_people(library)[0].titles if t.id == title_id)
        assert (stored.valid_from, stored.valid_to) == ("2025-09-01", "2025-12-31")  # typed as clerks type dates
        assert people_ops.remove_title(library, person.id, title_id)
        assert all(t.id != title_id for t in people_ops.list_people(library)[0].titles)
        assert review.undo(library).summary == f"删除 {person.name} 的职务 调研员"
        assert any(t.id == title_id for t in people_ops.list_people(library)[0].titles)
        assert not people_ops.remove_title(library, person.id, 999_999)  # not theirs: nothing removed
        with pytest.raises(BriefingError) as reversed_dates:
            people_ops.add_title(library, person.id, people_ops.Title("调研员", None, "2025-09-01", "2025-01-01"))
        assert str(reversed_dates.value) == "职务的截止日期 2025-01-01 早于起始日期 2025-09-01"
        with pytest.raises(BriefingError) as empty:
            people_ops.add_title(library, person.id, people_ops.Title("  ", None, None, None))
        assert str(empty.value) == "职务不能为空"


# -- 统计 ----------------------------------------------------------------------------------------------


def test_overview_bars_to_scale_with_totals_clear_of_the_legend(qtbot, window: MainWindow) -> None:
    review.accept(window.library, ExcerptFilter(kind="statement", status="suggested"))
    window.ops.announce_pending()
    go_to(qtbot, window, "overview")
    chart = window.overview_page.chart
    table = chart.table
    assert table is not None and table.rows and not window.overview_page.empty_note.isVisible()
    segments = chart.layout_segments()
    longest = max(table.rows, key=chart.length)
    for row in table.rows:
        width = sum(rect.width() for rect, name, _ in segments if name == row)
        assert width == pytest.approx(chart.bar_room() * chart.length(row) / chart.length(longest))
        end = max(rect.right() for rect, name, _ in segments if name == row)
        assert end + 70 <= chart.legend_left()  # the total's room, then the legend
        assert chart.total_text(row) == f"共 {table.total(row)} 条"
    assert min(rect.left() for rect, _, _ in segments) == LABEL_WIDTH


def test_an_empty_overview_says_why_and_what_to_do(qtbot, library_path: Path, settings_folder: Path) -> None:
    win = _window(qtbot, library_path)
    go_to(qtbot, win, "overview")
    note = win.overview_page.empty_note
    assert note.isVisible() and "还没有可统计的内容" in note.text() and "待审核" in note.text()
    win.close()


# -- first run, small things -------------------------------------------------------------------------


def test_an_empty_library_leads_through_the_steps(qtbot, library_path: Path, settings_folder: Path) -> None:
    win = _window(qtbot, library_path)
    guide = win.library_page.guide
    assert guide.isVisible() and not win.library_page.reader.isVisible()
    assert guide.states["import"].text() == "资料库现有 0 篇文章。"
    with qtbot.waitSignal(win.ops.finished, timeout=60_000):
        qtbot.mouseClick(guide.buttons["demo"], Qt.MouseButton.LeftButton)  # 加载示例版面
    assert len(win.library_page.model.ids) > 0 and not guide.isVisible() and win.library_page.reader.isVisible()
    details = win.report_dialog.details.toPlainText()
    assert "已导入" in details and "imported" not in details
    win.report_dialog.close()
    go_to(qtbot, win, "start")
    steps = win.start_page
    assert steps.states["import"].text().startswith("资料库现有") and "0 篇" not in steps.states["import"].text()
    with qtbot.waitSignal(win.ops.finished, timeout=60_000):
        qtbot.mouseClick(steps.buttons["tag"], Qt.MouseButton.LeftButton)  # 标注新文章
    assert "待审核" in steps.states["tag"].text()
    qtbot.mouseClick(steps.buttons["review"], Qt.MouseButton.LeftButton)
    assert win.current_page() is win.review_page
    go_to(qtbot, win, "start")
    qtbot.mouseClick(steps.buttons["export"], Qt.MouseButton.LeftButton)
    assert win.current_page() is win.briefings_page
    win.guide_action.trigger()  # 帮助 → 使用说明
    assert win.current_page() is steps
    win.close()


def test_menus_speak_chinese_quit_and_recent_libraries(qtbot, window: MainWindow, tmp_path: Path) -> None:
    texts = [action.text() for action in window.menuBar().actions()]
    assert texts == ["文件(&F)", "编辑(&E)", "标注(&T)", "帮助(&H)"]
    file_menu = window.menuBar().actions()[0].menu()
    assert [a.text() for a in file_menu.actions() if a.text()][-1] == "退出(&Q)"
    help_menu = window.menuBar().actions()[3].menu()
    assert [a.text() for a in help_menu.actions()] == ["使用说明(&G)", "关于(&A)"]
    assert recent_libraries()[0] == str(window.library.path)
    assert QApplication.applicationDisplayName() == "简报编排器"
    # another library opens in a new window and goes first in the list
    other = tmp_path / "另一个" / "library.sqlite"
    other.parent.mkdir()
    window.choose_library = lambda parent: str(other)
    opened = window.open_action.trigger() or next(w for w in QApplication.topLevelWidgets()
                                                  if isinstance(w, MainWindow) and w.isVisible())
    qtbot.addWidget(opened)
    assert opened.library.path == other and not window.isVisible()
    assert recent_libraries()[:2] == [str(other), str(window.library.path)]
    assert QSettings().value("library/path") == str(other)
    opened.recent_menu.aboutToShow.emit()
    assert [a.text() for a in opened.recent_menu.actions()][:2] == [str(other), str(window.library.path)]
    # Ctrl+Q quits the window
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    qtbot.keyClick(opened.navigation, Qt.Key.Key_Q, CTRL)
    assert not opened.isVisible()


def test_dialog_texts_outside_a_class_are_chinese(window: MainWindow, monkeypatch) -> None:
    """tr() in a function outside a class ran in the caller's context and stayed English."""
    from PySide6.QtCore import QCoreApplication

    import ui.main_window as main_window

    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(main_window, "ask_open_paths", lambda parent, title, filters: asked.append((title, filters))
                        or [])
    main_window._ask_for_files(window)
    assert asked[0][0] == "导入文件" and asked[0][1].startswith("稿件 (") and "所有文件" in asked[0][1]
    assert QCoreApplication.translate("BriefingsPage", "Export") == "导出"
    assert QCoreApplication.translate("OverviewPage", "Export") == "导出"


def test_the_first_window_fits_a_1366_by_768_screen(qtbot, window: MainWindow) -> None:
    """The first size comes from the screen's free area; the window can shrink to a laptop's."""
    from ui.main_window import FIRST_SIZE, first_size

    free = window.screen().availableGeometry()
    width, height = first_size(window)
    assert (width, height) == (min(FIRST_SIZE[0], free.width() - 16), min(FIRST_SIZE[1], free.height() - 40))
    smallest = window.minimumSizeHint()
    assert smallest.width() <= 1366 - 16 and smallest.height() <= 768 - 40 - 40  # less a task bar
