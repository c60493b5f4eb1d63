"""The desktop window on a real temporary library (Qt offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytestmark = pytest.mark.gui

from PySide6.QtCore import Qt  # noqa: E402

from composer.ingest.importer import ImportOptions, import_paths  # noqa: E402
from db import open_library  # noqa: E402
from ui.app import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.operations import wait_for_all  # noqa: E402


@pytest.fixture()
def window(qtbot, library_path: Path):
    create_application([])
    library = open_library(library_path)
    win = MainWindow(library, choose_files=lambda parent: [], ask_import=lambda parent, paths: ImportOptions())
    qtbot.addWidget(win)
    yield win
    wait_for_all()
    library.close()


def test_window_speaks_chinese_by_default(window: MainWindow) -> None:
    headers = [window.model.headerData(i, Qt.Orientation.Horizontal) for i in range(window.model.columnCount())]
    assert headers == ["日期", "来源", "类型", "标题", "字数", "人物", "主题", "待审核"]
    assert window.windowTitle() == "简报编排器"


def test_lists_articles_already_in_the_library(qtbot, library_path: Path, seeds: list[Path]) -> None:
    with open_library(library_path) as library:
        import_paths(library, seeds)
    create_application([])
    library = open_library(library_path)
    win = MainWindow(library)
    qtbot.addWidget(win)
    assert win.model.rowCount() == 21
    titles = {win.model.data(win.model.index(row, 3)) for row in range(win.model.rowCount())}
    assert "丰台区召开月度工作点评会" in titles
    library.close()


def test_import_runs_off_the_gui_thread_and_updates_the_list(qtbot, window: MainWindow, seeds: list[Path]) -> None:
    window.choose_files = lambda parent: [str(p) for p in seeds[:2]]
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):
        window.import_chosen_files()
    assert window.model.rowCount() == 8
    assert window.last_report is not None and window.last_report.count("imported") == 2
    assert "已导入 2 个" in window.statusBar().currentMessage()


def test_import_failure_is_reported_not_raised(qtbot, window: MainWindow, tmp_path: Path) -> None:
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    with qtbot.waitSignal(window.ops.finished, timeout=30_000):  # nothing stored: the list has no reason to reload
        window.import_files([str(empty)])
    report = window.last_report
    assert report is not None and report.files[0].status == "failed"
    assert report.files[0].error_code == "file_empty"


def test_briefing_without_a_command_opens_the_window(tmp_path: Path) -> None:
    """`briefing` alone starts the app (offscreen here) on a library it creates."""
    import os
    import subprocess
    import sys
    import time

    from tests.conftest import REPO

    library = tmp_path / "new" / "library.sqlite"
    library.parent.mkdir()  # a folder that does not exist is refused as a typo (composer/cli)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), HOME=str(tmp_path))
    app = subprocess.Popen(
        [sys.executable, "-m", "composer.cli.main", "--db", str(library)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while not library.exists() and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.1)
        time.sleep(1.0)
        assert app.poll() is None, app.stderr.read()  # still running: the window is up
        assert library.exists()
    finally:
        app.terminate()
        app.wait(timeout=10)
