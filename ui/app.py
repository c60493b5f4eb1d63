"""Starting the desktop app: QApplication, language, fonts, the library, the window."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from composer.common.messages import BriefingError
from db import open_library, resolve_library_path
from ui.i18n import DEFAULT_LANGUAGE, install_translators

# Qt would otherwise pick the Japanese Noto face for Chinese (different glyph shapes).
_UI_FONTS = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)


_SET_UP = "briefing_set_up"  # a property of the QApplication once translators and font are installed


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    if app.property(_SET_UP):
        return app  # already set up (tests create the window several times)
    QCoreApplication.setOrganizationName("BriefingComposer")
    QCoreApplication.setApplicationName("BriefingComposer")
    language = str(QSettings().value("ui/language", DEFAULT_LANGUAGE))
    install_translators(app, language)  # they are the application's children: it keeps them alive
    if not _choose_font(app):
        print(missing_font_message(), file=sys.stderr)
    app.setProperty(_SET_UP, True)
    return app


def _choose_font(app: QApplication) -> bool:
    """Our preferred Chinese face, else any face that has Chinese; False when none has."""
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    preferred = [family for family in _UI_FONTS if family in set(QFontDatabase.families())]
    for family in preferred or chinese[:1]:
        font = QFont(family)
        font.setPointSize(max(app.font().pointSize(), 10))
        app.setFont(font)
        return True
    return False


def missing_font_message(platform: str = sys.platform) -> str:
    """What to install so that Chinese is not shown as boxes (printed on stderr: a window
    could not show it, for want of the very font)."""
    if platform.startswith("win"):
        remedy = QCoreApplication.translate(
            "app", "add the Chinese (Simplified) supplemental fonts: Settings → Apps → Optional features"
        )
    elif platform == "darwin":
        remedy = QCoreApplication.translate("app", "reinstall the system font PingFang SC")
    else:
        remedy = QCoreApplication.translate("app", "sudo apt-get install fonts-noto-cjk (or fonts-wqy-microhei)")
    text = QCoreApplication.translate("app", "No Chinese font found: Chinese text will show as boxes. Install one: %1")
    return text.replace("%1", remedy)


def settle_heap() -> None:
    """What start-up built — modules, classes, functions, Qt wrappers: most of the objects
    the app will ever hold and never free — is left out of garbage collection from now on.
    A full collection walks every tracked object while it holds the interpreter lock, the GUI
    thread's too: over the start-up heap it took about 0.1 s on a 2-core office PC each time
    it ran during a long operation (benchmarks/bench_ui.py ``stall``)."""
    gc.collect()
    gc.freeze()


def run_app(db_path: str | None = None) -> int:
    app = create_application()
    from ui.main_window import MainWindow

    # --db, then $BRIEFING_DB, then the library chosen in the settings, then the default.
    setting = str(QSettings().value("library/path", "") or "") or None
    chosen = db_path or (None if os.environ.get("BRIEFING_DB") else setting)
    try:
        library = open_library(resolve_library_path(chosen))
    except BriefingError as error:
        QMessageBox.critical(None, app.tr("Briefing Composer"), str(error))
        return 3
    window = MainWindow(library)
    window.show()
    settle_heap()
    code = app.exec()
    library.close()
    return code
