"""UI language: Qt translators for our strings (.ts in the repo) and Qt's own dialogs.

Source strings in the code are English; ``translations/briefing_zh_CN.ts`` carries the
Simplified Chinese, the default language. The .qm file is compiled from the .ts with
``pyside6-lrelease`` when it is missing or older (at start-up, into the user's cache
folder if the package folder is read-only), so the repository holds only sources.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from composer.common import messages

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"


def compiled_catalogue(language: str) -> Path | None:
    """The .qm for ``language``, compiled from its .ts if needed; None if unavailable."""
    source = TRANSLATIONS / f"briefing_{language}.ts"
    if not source.exists():
        return None
    for folder in (TRANSLATIONS, platformdirs.user_cache_path("BriefingComposer", appauthor=False)):
        target = folder / f"briefing_{language}.qm"
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
        if _compile(source, target):
            return target
    return None


def _compile(source: Path, target: Path) -> bool:
    tool = shutil.which("pyside6-lrelease") or _venv_tool("pyside6-lrelease")
    if tool is None:
        return False
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([tool, str(source), "-qm", str(target)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return target.exists()


def _venv_tool(name: str) -> str | None:
    import sys

    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else None


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
    theirs = QTranslator(app)
    if theirs.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(theirs)
        installed.append(theirs)
    return installed
