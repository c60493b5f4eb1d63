"""Small dialogs: import options, the import result, settings, about — and the file
dialogs every page uses."""

from __future__ import annotations

import platform
import sqlite3
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QDate,
    QFileInfo,
    QMimeDatabase,
    QMimeType,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    qVersion,
)
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.common.dates import date_problem, parse_iso_date
from composer.ingest.importer import ImportOptions
from composer.ingest.pasted import retitle
from composer.ingest.readers import Document
from ui.i18n import LANGUAGES

PREVIEW_CHARS = 3000  # of pasted text shown in the import dialog (the start tells what it is)
LAST_SOURCE_KEY = "import/last_source"


def int_setting(settings: QSettings, key: str, default: int) -> int:
    """A whole-number setting (an INI file gives it back as text)."""
    value = settings.value(key, default)
    return int(value) if isinstance(value, int | str) else default


@dataclass
class PasteOptions(ImportOptions):
    """Import options for pasted text, with the text to import: its headline as the clerk
    left it in the dialog."""

    text: str = ""


class ImportDialog(QDialog):
    """Source, publication date and page-or-article for a batch (all optional: file names,
    mastheads and the pages themselves often tell). The date is typed the way people
    write it (2025-9-1, 2025/9/1, 2025年9月1日) or picked from a calendar; the source of
    the last import of files is filled in (QSettings). For pasted text (``pasted``: as read by
    ``read_pasted``/``read_pasted_html``) it shows the start of the text and a title, with
    title, source and date filled in from what the text prints."""

    def __init__(self, paths: list[str], parent: QWidget | None = None, pasted: Document | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.pasted = pasted
        self.setWindowTitle(self.tr("Import") if pasted is None else self.tr("Paste article"))
        layout = QFormLayout(self)
        self.preview: QPlainTextEdit | None = None
        self.title: QLineEdit | None = None
        if pasted is None:
            layout.addRow(QLabel(self.tr("%n file(s) or folder(s)", "", len(paths)), self))
        else:
            layout.addRow(QLabel(self.tr("Pasted text, %n character(s):", "", len(pasted.text)), self))
            shown = pasted.text if len(pasted.text) <= PREVIEW_CHARS else pasted.text[:PREVIEW_CHARS] + "…"
            self.preview = QPlainTextEdit(shown, self)
            self.preview.setReadOnly(True)
            layout.addRow(self.preview)
            self.title = QLineEdit(pasted.title or "", self)
            self.title.setPlaceholderText(self.tr("the first line is the title when left empty"))
            layout.addRow(self.tr("Title"), self.title)
        remembered = str(QSettings().value(LAST_SOURCE_KEY, "") or "")  # files: the source of the last import
        self.source = QLineEdit(pasted.source or "" if pasted else remembered, self)
        self.source.setPlaceholderText(self.tr("e.g. 丰台时报 (optional)"))
        self.date = QLineEdit(pasted.published or "" if pasted else "", self)
        self.date.setPlaceholderText(self.tr("2025-09-01, 2025/9/1 or 2025年9月1日 (optional)"))
        self.date.editingFinished.connect(self._tidy_date)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.clicked.connect(self.show_calendar)
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._date_chosen)
        self.calendar.clicked.connect(self._date_chosen)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.calendar_button)
        self.layout_choice = QComboBox(self)
        self.layout_choice.addItem(self.tr("Automatic"), "auto")
        self.layout_choice.addItem(self.tr("Whole page"), "page")
        self.layout_choice.addItem(self.tr("Single article"), "article")
        layout.addRow(self.tr("Source"), self.source)
        layout.addRow(self.tr("Publication date"), date_row)
        layout.addRow(self.tr("Read as"), self.layout_choice)
        self.error = QLabel(self)
        layout.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        if pasted is not None:
            self.resize(640, 520)

    def options(self) -> ImportOptions:
        """What to import with; for pasted text a :class:`PasteOptions` holding the text."""
        source, layout = self.source.text().strip() or None, str(self.layout_choice.currentData())
        if self.pasted is None:
            return ImportOptions(source=source, published=self.published(), layout=layout)
        title = self.title.text() if self.title is not None else ""
        text = retitle(self.pasted.text, self.pasted.title, title)  # the headline as its first line
        return PasteOptions(source=source, published=self.published(), layout=layout, text=text)

    def published(self) -> str | None:
        return parse_iso_date(self.date.text().strip()) if self.date.text().strip() else None

    def show_calendar(self) -> None:
        """The month of the date typed (or this month) under the date field."""
        typed = self.published()
        self.calendar.setSelectedDate(QDate.fromString(typed, Qt.DateFormat.ISODate) if typed
                                      else QDate.currentDate())
        self.calendar.move(self.date.mapToGlobal(QPoint(0, self.date.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _date_chosen(self, day: QDate) -> None:
        self.date.setText(day.toString(Qt.DateFormat.ISODate))
        self.calendar.hide()
        self.error.clear()

    def _tidy_date(self) -> None:
        """A date typed the lenient way (2025/9/1, 2025年9月1日) shown as it will be stored."""
        typed = self.date.text().strip()
        if typed and (tidy := parse_iso_date(typed)) is not None and tidy != typed:
            self.date.setText(tidy)

    def _check(self) -> None:
        """A date must be real and plausible (1949 to next year: composer/common/dates.py);
        the core's message says which years, in the language the core speaks. The source
        is remembered for the next import."""
        problem = date_problem(self.date.text().strip()) if self.date.text().strip() else None
        if problem is not None:
            self.error.setText(str(problem))
            return
        if self.pasted is None:  # pasted text names its own source, most often
            QSettings().setValue(LAST_SOURCE_KEY, self.source.text().strip())
        self.accept()


class ReportDialog(QDialog):
    """What an import did, as text the user can select and copy."""

    def __init__(self, title: str, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary, self))
        self.details = QPlainTextEdit(details, self)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 360)


class SettingsDialog(QDialog):
    """Language and library take effect at the next start; backups at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        settings = QSettings()
        layout = QFormLayout(self)
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.value("ui/language", "zh_CN"))))
        self.library = QLineEdit(str(settings.value("library/path", "") or ""), self)
        self.library.setPlaceholderText(self.tr("default: the user data folder"))
        self.template = QComboBox(self)
        for name in ("讲话摘编", "简报", "专题汇编"):
            self.template.addItem(name, name)
        self.template.setCurrentIndex(max(0, self.template.findData(settings.value("briefing/template", "讲话摘编"))))
        self.backup_hours = QSpinBox(self)
        self.backup_hours.setRange(0, 24 * 7)
        self.backup_hours.setSuffix(self.tr(" h (0: off)"))
        self.backup_hours.setValue(int_setting(settings, "backup/hours", 24))
        self.backup_keep = QSpinBox(self)
        self.backup_keep.setRange(1, 100)
        self.backup_keep.setValue(int_setting(settings, "backup/keep", 10))
        layout.addRow(self.tr("Language"), self.language)
        layout.addRow(self.tr("Library file"), self.library)
        layout.addRow(self.tr("Default template"), self.template)
        layout.addRow(self.tr("Back up every"), self.backup_hours)
        layout.addRow(self.tr("Keep the last"), self.backup_keep)
        layout.addRow(QLabel(self.tr("Language and library apply at the next start."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def save(self) -> None:
        settings = QSettings()
        settings.setValue("ui/language", self.language.currentData())
        settings.setValue("library/path", self.library.text().strip())
        settings.setValue("briefing/template", self.template.currentData())
        settings.setValue("backup/hours", self.backup_hours.value())
        settings.setValue("backup/keep", self.backup_keep.value())
        self.accept()


def versions() -> str:
    try:
        app_version = metadata.version("briefing-composer")
    except metadata.PackageNotFoundError:
        app_version = "dev"
    return (f"简报编排器 Briefing Composer {app_version}\nPython {platform.python_version()} · Qt {qVersion()}"
            f" · PySide6 {pyside_version} · SQLite {sqlite3.sqlite_version}")


# -- file dialogs --------------------------------------------------------------------------
#
# Qt's file dialog guesses the type of every file in the folder it shows by reading its first
# bytes, for the icon and the "Type" column. On Linux and macOS, closing that read drops every
# POSIX lock this process holds on the file — SQLite's locks on the library, its -wal and its
# -shm included — and the next program to close the library then takes itself for the last
# one, checkpoints and deletes the -wal file this app goes on writing into: committed work
# vanishes (docs/data-safety.md). So the dialogs here are Qt's own (not the platform's, whose
# code we cannot steer) with icons and types from file names only, database files are not
# listed, and they start in the Documents folder, not wherever the library is. On Windows the
# platform's dialog is kept: its locks belong to file handles, not to the process.

DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db", "-wal", "-shm", "-journal")


class NameOnlyIcons(QFileIconProvider):
    """Icons and type names from file names, never from file contents."""

    def __init__(self) -> None:
        super().__init__()
        self._types = QMimeDatabase()

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        if not isinstance(what, QFileInfo):
            return super().icon(what)
        if what.isDir():
            return super().icon(QAbstractFileIconProvider.IconType.Folder)
        themed = QIcon.fromTheme(self._by_name(what).iconName())
        return themed if not themed.isNull() else super().icon(QAbstractFileIconProvider.IconType.File)

    def type(self, info: QFileInfo) -> str:
        if not info.isFile():
            return super().type(info)  # folders and drives: named without reading anything
        found = self._by_name(info)
        return found.comment() or found.name()

    def _by_name(self, info: QFileInfo) -> QMimeType:
        return self._types.mimeTypeForFile(info.fileName(), QMimeDatabase.MatchMode.MatchExtension)


class _HideDatabaseFiles(QSortFilterProxyModel):
    """Leaves SQLite files out of the list: nobody imports or exports them, and a library
    chosen by a slip (an export written over it) would be lost."""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        name = str(self.sourceModel().index(row, 0, parent).data() or "")
        return not name.lower().endswith(DATABASE_SUFFIXES)


def documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def file_dialog(parent: QWidget | None, caption: str, filters: str, folder: str = "") -> QFileDialog:
    """A file dialog that never opens a file to learn its type (see above)."""
    dialog = QFileDialog(parent, caption, folder or documents_folder(), filters)
    if sys.platform != "win32":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        icons = NameOnlyIcons()
        dialog.setIconProvider(icons)
        hidden = _HideDatabaseFiles(dialog)
        dialog.setProxyModel(hidden)
        dialog.setProperty("name_only_icons", icons)  # kept alive as long as the dialog
    return dialog


def ask_open_paths(parent: QWidget, caption: str, filters: str) -> list[str]:
    dialog = file_dialog(parent, caption, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []


def ask_open_path(parent: QWidget, caption: str, filters: str) -> str | None:
    dialog = file_dialog(parent, caption, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    return chosen[0] if chosen else None


def ask_save_path(parent: QWidget, caption: str, suggested: str, filters: str) -> str | None:
    """Where to save; ``suggested`` is a file name (put in the Documents folder) or a path."""
    folder = str(Path(suggested).parent) if Path(suggested).parent != Path() else documents_folder()
    dialog = file_dialog(parent, caption, filters, folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(Path(suggested).name)
    chosen = dialog.selectedFiles() if dialog.exec() == QDialog.DialogCode.Accepted else []
    return chosen[0] if chosen else None
