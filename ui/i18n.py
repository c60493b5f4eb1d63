"""UI language: Qt translators for our strings and Qt's own dialogs.

Source strings in the code are English; ``translations/briefing_zh_CN.ts`` carries the
Simplified Chinese, the default language. Its compiled form ``briefing_zh_CN.qm`` is made
by ``scripts/translations.py`` (pyside6-lrelease) and ships as package data: nothing is
compiled at start-up, because ``pyside6-lrelease`` is not on PATH where users start the app
(a Windows ``.venv\\Scripts\\briefing``). tests/test_cli_language.py fails when the .qm does
not match what the .ts compiles to.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from composer.common import messages

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def compiled_catalogue(language: str) -> Path | None:
    """The shipped .qm for ``language``, or None when the package lacks it."""
    target = TRANSLATIONS / f"briefing_{language}.qm"
    return target if target.is_file() else None


def install_translators(app: QApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load our catalogue and Qt's for ``language``; English needs none."""
    messages.set_language("en" if language.startswith("en") else "zh")
    if language.startswith("en"):
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = QTranslator(app)
    catalogue = compiled_catalogue(language)
    if catalogue is not None and ours.load(str(catalogue)):
        app.installTranslator(ours)
        installed.append(ours)
    else:  # a broken installation: say so rather than silently showing English
        missing = QCoreApplication.translate(
            "i18n", "The Chinese translation is missing (%1); the window shows English. Reinstall the app."
        )
        print(missing.replace("%1", str(TRANSLATIONS / f"briefing_{language}.qm")), file=sys.stderr)
    theirs = QTranslator(app)
    if theirs.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(theirs)
        installed.append(theirs)
    return installed
