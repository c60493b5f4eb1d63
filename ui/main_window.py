"""The main window: navigation (文章库, 待审核, 人物, 主题, 简报), the app's actions, and
the one way long work runs — ``run_operation`` (worker thread, progress, cancel, errors
with details). Pages call core functions; the window only wires them together."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QWidget,
)

from composer.ingest.importer import ImportOptions, ImportReport, import_paths
from composer.safety.backup import backup_library, prune_backups
from composer.tagging import review
from composer.tagging.batch import TagReport, tag_articles
from db.articles import count_articles
from db.library import Library, open_library
from ui.composer_page import ComposerPage
from ui.dialogs import ImportDialog, ReportDialog, SettingsDialog, versions
from ui.library_page import LibraryPage
from ui.manager_pages import BriefingsPage, PeoplePage, ThemesPage
from ui.operations import Operation, OperationContext
from ui.overview_page import OverviewPage
from ui.review_page import ReviewPage

FileChooser = Callable[[QWidget], list[str]]
ImportAsker = Callable[[QWidget, list[str]], ImportOptions | None]


def _ask_for_files(parent: QWidget) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        parent.tr("Import files"),
        "",
        parent.tr("Articles (*.txt *.docx *.doc *.pdf *.html *.htm);;All files (*)"),
    )
    return files


def _ask_import_options(parent: QWidget, paths: list[str]) -> ImportOptions | None:
    dialog = ImportDialog(paths, parent)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MainWindow(QMainWindow):
    PAGES = ("library", "review", "people", "themes", "briefings", "composer", "overview")

    def __init__(self, library: Library, *, choose_files: FileChooser = _ask_for_files,
                 ask_import: ImportAsker = _ask_import_options) -> None:
        super().__init__()
        self.library = library
        self.choose_files = choose_files
        self.ask_import = ask_import
        self.operation: Operation | None = None
        self.last_report: ImportReport | None = None
        self.last_tagging: TagReport | None = None
        self.setWindowTitle(self.tr("Briefing Composer"))
        self.setAcceptDrops(True)
        self.library_page = LibraryPage(library, self)
        self.model = self.library_page.model  # the article table, as before
        self.review_page = ReviewPage(library, self)
        self.people_page = PeoplePage(library, self)
        self.themes_page = ThemesPage(library, self)
        self.briefings_page = BriefingsPage(library, self)
        self.composer_page = ComposerPage(library, self)
        self.overview_page = OverviewPage(library, self)
        self._build_navigation()
        self._build_actions()
        for page in (self.review_page, self.people_page, self.themes_page, self.briefings_page, self.composer_page):
            page.changed.connect(self._page_changed)
        self.briefings_page.open_requested.connect(self.open_briefing)
        self.composer_page.failed.connect(lambda message: self._operation_failed(message, ""))
        self.composer_page.exported.connect(lambda path: self.statusBar().showMessage(
            self.tr("Exported %1").replace("%1", path)))
        self.library_page.reader.changed.connect(self.refresh)  # the table's people and themes columns too
        self.briefings_page.exported.connect(lambda path: self.statusBar().showMessage(self.tr("Exported %1")
                                                                                       .replace("%1", path)))
        self.briefings_page.failed.connect(lambda message: self._operation_failed(message, ""))
        self._restore_layout()
        self._start_backup_timer()
        self.refresh()

    # -- building ---------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setFixedWidth(130)
        self.pages = QStackedWidget(self)
        for page in (self.library_page, self.review_page, self.people_page, self.themes_page, self.briefings_page,
                     self.composer_page, self.overview_page):
            self.pages.addWidget(page)
            self.navigation.addItem("")
        self.navigation.currentRowChanged.connect(self.show_page)
        self.navigation.setCurrentRow(0)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

    def _action(self, text: str, slot: Callable, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(self.tr("&Import files…"), self.import_chosen_files,
                                          QKeySequence.StandardKey.Open)
        self.demo_action = self._action(self.tr("Load &demo pages"), self.import_demo)
        self.tag_action = self._action(self.tr("&Tag new articles"), lambda: self.tag(everything=False), "Ctrl+T")
        self.retag_action = self._action(self.tr("Tag &all articles again"), lambda: self.tag(everything=True))
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        self.about_action = self._action(self.tr("&About"), self.show_about)
        toolbar = self.addToolBar(self.tr("Library"))
        toolbar.setObjectName("library_toolbar")
        for action in (self.import_action, self.tag_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)
        menus = (
            (self.tr("&File"), (self.import_action, self.demo_action, self.backup_action, self.settings_action)),
            (self.tr("&Edit"), (self.undo_action, self.redo_action)),
            (self.tr("&Tagging"), (self.tag_action, self.retag_action)),
            (self.tr("&Help"), (self.about_action,)),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:
                menu.addAction(action)

    # -- pages ------------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        """A page shown is brought up to date: changes made on other pages show there too."""
        self.pages.setCurrentIndex(index)
        page = self.pages.currentWidget()
        if page is self.review_page:
            self.review_page.reload_choices()
        elif page is self.composer_page:
            self.composer_page.fill_choices()
        else:
            self._refresh_page(page)

    def open_briefing(self, briefing_id: int) -> None:
        self.navigation.setCurrentRow(self.PAGES.index("composer"))
        self.composer_page.show_briefing(briefing_id)

    def refresh(self) -> None:
        """After a change made outside the current page (import, tagging, undo, redo): that
        page, and the counts in the navigation."""
        self._refresh_page(self.pages.currentWidget())
        self._update_counts()

    def _page_changed(self) -> None:
        """A page stored a change and already shows it: the counts only (reloading that
        page again would double every keypress of the review queue)."""
        self._update_counts()

    def _refresh_page(self, page: QWidget) -> None:
        if page is self.library_page:
            self.library_page.refresh()
            self.library_page.fill_choices()
        elif page is self.composer_page:
            self.composer_page.show_briefing(self.composer_page.briefing.id if self.composer_page.briefing else None)
        else:
            page.refresh()

    def _update_counts(self) -> None:
        pending = review_count(self.library)
        labels = (self.tr("Library"), self.tr("To review (%1)").replace("%1", str(pending)), self.tr("People"),
                  self.tr("Themes"), self.tr("Briefings"), self.tr("Composer"), self.tr("Overview"))
        for row, label in enumerate(labels):
            self.navigation.item(row).setText(label)
        self.statusBar().showMessage(self.tr("%n article(s)", "", count_articles(self.library)))

    # -- long work --------------------------------------------------------------------------
    def run_operation(self, title: str, work: Callable[[Library, OperationContext], object],
                      on_success: Callable[[object], None]) -> Operation:
        """Run ``work`` on the worker thread with its own library connection, a progress
        dialog with cancel, and errors shown with details to copy."""
        library_path = self.library.path

        def wrapped(context: OperationContext) -> object:
            with open_library(library_path) as worker_library:
                return work(worker_library, context)

        operation = Operation(title, wrapped, self)
        dialog = QProgressDialog(title + "…", self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(operation.cancel)
        operation.progressed.connect(lambda done, total, name: self._progress(dialog, title, done, total, name))
        operation.succeeded.connect(on_success)
        operation.failed.connect(self._operation_failed)
        operation.done.connect(dialog.reset)
        self.operation = operation
        operation.start()
        return operation

    def _progress(self, dialog: QProgressDialog, title: str, done: int, total: int, name: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        label = self.tr("%1: %2 of %3").replace("%1", title).replace("%2", str(done)).replace("%3", str(total))
        dialog.setLabelText(label + (f"\n{Path(name).name}" if name else ""))

    def _operation_failed(self, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Operation failed"), message, parent=self)
        if details:
            box.setDetailedText(details)
        box.open()

    # -- import ------------------------------------------------------------------------------
    def import_chosen_files(self) -> None:
        files = self.choose_files(self)
        if files:
            self.import_with_options(files)

    def import_with_options(self, paths: list[str]) -> Operation | None:
        options = self.ask_import(self, paths)
        return self.import_files(paths, options) if options is not None else None

    def import_demo(self) -> None:
        from composer.demo import demo_folder

        self.import_files([str(demo_folder())])

    def import_files(self, paths: list[str], options: ImportOptions | None = None) -> Operation:
        def work(library: Library, context: OperationContext) -> ImportReport:
            return import_paths(library, paths, options, progress=context.progress, cancelled=context.cancelled)

        return self.run_operation(self.tr("Importing"), work, self._import_finished)

    def _import_finished(self, report: ImportReport) -> None:
        self.last_report = report
        self.refresh()
        summary = self.tr("Imported: %1, duplicates: %2, failed: %3")
        summary = (
            summary.replace("%1", str(report.count("imported")))
            .replace("%2", str(report.count("duplicate")))
            .replace("%3", str(report.count("failed")))
        )
        self.statusBar().showMessage(summary)
        lines = [f"{r.status}\t{r.path}" + (f"\t{r.error}" if r.error else "") for r in report.files]
        self.report_dialog = ReportDialog(self.tr("Import finished"), summary, "\n".join(lines), self)
        self.report_dialog.open()  # not modal: the summary stays to be copied while work goes on

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_with_options(paths)

    # -- tagging, undo ------------------------------------------------------------------------
    def tag(self, *, everything: bool) -> Operation:
        def work(library: Library, context: OperationContext) -> TagReport:
            return tag_articles(library, everything=everything, progress=context.progress,
                                cancelled=context.cancelled)

        return self.run_operation(self.tr("Tagging"), work, self._tagged)

    def _tagged(self, report: TagReport) -> None:
        self.last_tagging = report
        self.refresh()
        self.statusBar().showMessage(self.tr("Tagged %1 articles: %2 statements, %3 theme tags")
                                     .replace("%1", str(report.articles)).replace("%2", str(report.statements))
                                     .replace("%3", str(report.theme_tags)))

    def undo(self) -> None:
        step = review.undo(self.library)
        self.statusBar().showMessage(self.tr("Undone: %1").replace("%1", step.summary) if step
                                     else self.tr("Nothing to undo"))
        self.refresh()

    def redo(self) -> None:
        step = review.redo(self.library)
        self.statusBar().showMessage(self.tr("Redone: %1").replace("%1", step.summary) if step
                                     else self.tr("Nothing to redo"))
        self.refresh()

    # -- backups, settings, about -------------------------------------------------------------
    def _start_backup_timer(self) -> None:
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.backup_now)
        hours = int(QSettings().value("backup/hours", 24))
        if hours > 0 and not self.library.read_only:
            self.backup_timer.start(hours * 3600 * 1000)

    def backup_now(self) -> Operation:
        keep = int(QSettings().value("backup/keep", 10))
        path = self.library.path

        def work(library: Library, context: OperationContext) -> str:  # noqa: ARG001
            made = backup_library(path, label="auto")  # library-auto-…: only these are pruned
            prune_backups(Path(made.path).parent, keep=keep, pattern=f"{path.stem}-auto-*.sqlite")
            return str(made.path)

        return self.run_operation(self.tr("Backing up"), work, lambda made: self.statusBar().showMessage(
            self.tr("Backed up to %1").replace("%1", str(made))))

    def open_settings(self) -> None:
        SettingsDialog(self).open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Briefing Composer"), versions())

    # -- layout ---------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("main/geometry", self.saveGeometry())
        QSettings().setValue("main/state", self.saveState())
        super().closeEvent(event)


def review_count(library: Library) -> int:
    from db.excerpts import ExcerptFilter, count_selected

    return count_selected(library, ExcerptFilter(status="suggested", kind="statement"))
