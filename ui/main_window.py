"""The main window: navigation (文章库, 待审核, 人物, 主题, 简报, 编排, 统计), the app's actions,
and the one doorway between core and app — ``self.ops``, the ``OperationRunner`` every page
gets (ui/operations.py). Pages update themselves from its ``library_changed`` signal
(ui/page.py); the window keeps only the navigation counts up to date from it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from composer.common.changes import Changes
from composer.common.messages import Message
from composer.ingest.importer import ImportOptions, ImportReport, import_pasted, import_paths
from composer.ingest.pasted import read_clipboard, text_to_import
from composer.ingest.readers import Document
from composer.safety.backup import Backup, backup_library, prune_backups
from composer.tagging import review
from composer.tagging.batch import TagReport, tag_articles
from db.articles import count_articles
from db.library import Library
from ui.composer_page import ComposerPage
from ui.dialogs import (
    ImportDialog,
    PasteOptions,
    ReportDialog,
    SettingsDialog,
    ask_open_paths,
    int_setting,
    versions,
)
from ui.library_page import LibraryPage
from ui.manager_pages import BriefingsPage, PeoplePage, ThemesPage
from ui.operations import Operation, OperationContext, OperationRunner
from ui.overview_page import OverviewPage
from ui.page import Page
from ui.review_page import ReviewPage

FileChooser = Callable[[QWidget], list[str]]
MESSAGE_MS = 15_000  # how long a message stays in the status bar (the counts stay beside it)
PASTE_SHORTCUT = "Ctrl+Shift+V"


class ImportAsker(Protocol):
    """Asks for the import options of files (``paths``) or of pasted text (``pasted``, as
    read); None when the clerk cancels. For pasted text the answer is a ``PasteOptions``."""

    def __call__(self, parent: QWidget, paths: list[str], pasted: Document | None = None) -> ImportOptions | None: ...


def _ask_for_files(parent: QWidget) -> list[str]:
    # ui.dialogs' file dialog: it never opens a file to guess its type, which would drop
    # SQLite's locks on the library (see there).
    return ask_open_paths(parent, parent.tr("Import files"),
                          parent.tr("Articles (*.txt *.docx *.doc *.pdf *.html *.htm);;All files (*)"))


def _ask_import_options(parent: QWidget, paths: list[str], pasted: Document | None = None) -> ImportOptions | None:
    dialog = ImportDialog(paths, parent, pasted)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MainWindow(QMainWindow):
    PAGES = ("library", "review", "people", "themes", "briefings", "composer", "overview")

    def __init__(self, library: Library, *, choose_files: FileChooser = _ask_for_files,
                 ask_import: ImportAsker = _ask_import_options) -> None:
        super().__init__()
        self.library = library
        self.choose_files = choose_files
        self.ask_import = ask_import
        self.last_report: ImportReport | None = None
        self.last_tagging: TagReport | None = None
        self.setWindowTitle(self.tr("Briefing Composer"))
        self.setAcceptDrops(True)
        self.ops = OperationRunner(library, self)
        self.library_page = LibraryPage(self.ops, self)
        self.model = self.library_page.model  # the article table, as before
        self.review_page = ReviewPage(self.ops, self)
        self.people_page = PeoplePage(self.ops, self)
        self.themes_page = ThemesPage(self.ops, self)
        self.briefings_page = BriefingsPage(self.ops, self)
        self.composer_page = ComposerPage(self.ops, self)
        self.overview_page = OverviewPage(self.ops, self)
        self._build_navigation()
        self._build_actions()
        self.article_count = QLabel(self)
        self.statusBar().addPermanentWidget(self.article_count)  # messages beside it never hide it
        self.ops.library_changed.connect(self._library_changed)
        self.briefings_page.open_requested.connect(self.open_briefing)
        self.composer_page.exported.connect(lambda path: self.show_message(self.tr("Exported %1").replace("%1", path)))
        self.briefings_page.exported.connect(lambda path: self.show_message(self.tr("Exported %1")
                                                                            .replace("%1", path)))
        self._restore_layout()
        self._start_backup_timer()
        self._update_counts()
        self.current_page().bring_up_to_date()

    # -- building ---------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setFixedWidth(130)
        self.pages = QStackedWidget(self)
        self.page_order: tuple[Page, ...] = (self.library_page, self.review_page, self.people_page, self.themes_page,
                                             self.briefings_page, self.composer_page, self.overview_page)
        for page in self.page_order:
            self.pages.addWidget(page)
            self.navigation.addItem("")
        self.navigation.setCurrentRow(0)
        self.navigation.currentRowChanged.connect(self.show_page)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages)
        self.setCentralWidget(central)

    def _action(self, text: str, slot: Callable, *shortcuts: QKeySequence | QKeySequence.StandardKey | str) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(self.tr("&Import files…"), self.import_chosen_files,
                                          QKeySequence.StandardKey.Open)
        self.demo_action = self._action(self.tr("Load &demo pages"), self.import_demo)
        self.paste_action = QAction(self.tr("&Paste article…"), self)  # the shortcut: on the library page
        self.paste_action.setShortcut(QKeySequence(PASTE_SHORTCUT))
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.paste_action.triggered.connect(self.paste_article)
        self.library_page.addAction(self.paste_action)
        self.tag_action = self._action(self.tr("&Tag new articles"), lambda: self.tag(everything=False), "Ctrl+T")
        self.retag_action = self._action(self.tr("Tag &all articles again"), lambda: self.tag(everything=True))
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo, "Ctrl+Shift+Z", "Ctrl+Y")
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        self.about_action = self._action(self.tr("&About"), self.show_about)
        toolbar = self.addToolBar(self.tr("Library"))
        toolbar.setObjectName("library_toolbar")
        for action in (self.import_action, self.tag_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)
        menus = (
            (self.tr("&File"), (self.import_action, self.paste_action, self.demo_action, self.backup_action,
                                self.settings_action)),
            (self.tr("&Edit"), (self.undo_action, self.redo_action)),
            (self.tr("&Tagging"), (self.tag_action, self.retag_action)),
            (self.tr("&Help"), (self.about_action,)),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            for action in actions:
                menu.addAction(action)

    # -- pages ------------------------------------------------------------------------------
    def current_page(self) -> Page:
        return self.page_order[self.pages.currentIndex()]

    def show_page(self, index: int) -> None:
        """Show a page; it reloads if something it shows changed while it was hidden."""
        self.pages.setCurrentIndex(index)
        self.ops.announce_pending()  # writes on the GUI's connection that no action announced
        self.current_page().bring_up_to_date()

    def open_briefing(self, briefing_id: int) -> None:
        self.composer_page.show_briefing(briefing_id)
        self.navigation.setCurrentRow(self.PAGES.index("composer"))

    def _library_changed(self, changes: Changes, source: object) -> None:  # noqa: ARG002 - the signal's shape
        if changes.articles or changes.excerpts:
            self._update_counts()

    def _update_counts(self) -> None:
        pending = review_count(self.library)
        labels = (self.tr("Library"), self.tr("To review (%1)").replace("%1", str(pending)), self.tr("People"),
                  self.tr("Themes"), self.tr("Briefings"), self.tr("Composer"), self.tr("Overview"))
        for row, label in enumerate(labels):
            self.navigation.item(row).setText(label)
        self.article_count.setText(self.tr("%n article(s)", "", count_articles(self.library)))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

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

        return self.ops.run(self.tr("Importing"), work, on_success=self._import_finished, source=self)

    def paste_article(self) -> Operation | None:
        """粘贴文章: the clipboard's text (and HTML, when it has some) read on the worker
        thread, then the import dialog with title, source and date filled in, then the import."""
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime.hasText() else ""
        html = mime.html() if mime.hasHtml() else ""
        if not text.strip() and not html.strip():
            self.show_message(self.tr("The clipboard holds no text to import."))
            return None

        def work(library: Library, context: OperationContext) -> Document:  # noqa: ARG001 - quick: no progress
            return read_clipboard(text, html)

        return self.ops.run(self.tr("Reading the pasted text"), work, on_success=self._ask_pasted, source=self,
                            cancellable=False)

    def _ask_pasted(self, document: Document) -> None:
        options = self.ask_import(self, [], document)
        if options is not None:
            text = options.text if isinstance(options, PasteOptions) else text_to_import(document)
            self.import_pasted_text(text, options)

    def import_pasted_text(self, text: str, options: ImportOptions | None = None) -> Operation:
        def work(library: Library, context: OperationContext) -> ImportReport:  # noqa: ARG001 - one text
            return ImportReport(files=[import_pasted(library, text, options)])

        return self.ops.run(self.tr("Importing"), work, on_success=self._import_finished, source=self)

    def _import_finished(self, report: ImportReport) -> None:
        self.last_report = report
        summary = self.tr("Imported: %1, duplicates: %2, failed: %3")
        summary = (
            summary.replace("%1", str(report.count("imported")))
            .replace("%2", str(report.count("duplicate")))
            .replace("%3", str(report.count("failed")))
        )
        self.show_message(summary)
        lines = [f"{r.status}\t{r.path}" + (f"\t{r.error}" if r.error else "") for r in report.files]
        self.report_dialog = ReportDialog(self.tr("Import finished"), summary, "\n".join(lines), self)
        self.report_dialog.open()  # not modal: the summary stays to be copied while work goes on

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_with_options(paths)

    # -- tagging, undo ------------------------------------------------------------------------
    def tag(self, *, everything: bool) -> Operation:
        def work(library: Library, context: OperationContext) -> TagReport:
            return tag_articles(library, everything=everything, progress=context.progress,
                                cancelled=context.cancelled)

        return self.ops.run(self.tr("Tagging"), work, on_success=self._tagged, source=self)

    def _tagged(self, report: TagReport) -> None:
        self.last_tagging = report
        self.show_message(self.tr("Tagged %1 articles: %2 statements, %3 theme tags")
                          .replace("%1", str(report.articles)).replace("%2", str(report.statements))
                          .replace("%3", str(report.theme_tags)))

    def undo(self) -> None:
        """Through the immediate path, in order with the keypresses around it; every page the
        step touched updates from the announcement, whichever page made the change."""
        step = self.ops.apply(review.undo, source=self)
        self.show_message(self.tr("Undone: %1").replace("%1", step.summary) if step else self.tr("Nothing to undo"))

    def redo(self) -> None:
        step = self.ops.apply(review.redo, source=self)
        self.show_message(self.tr("Redone: %1").replace("%1", step.summary) if step else self.tr("Nothing to redo"))

    # -- backups, settings, about -------------------------------------------------------------
    def _start_backup_timer(self) -> None:
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.backup_now)
        hours = int_setting(QSettings(), "backup/hours", 24)
        if hours > 0 and not self.library.read_only:
            self.backup_timer.start(hours * 3600 * 1000)

    def backup_now(self) -> Operation:
        keep = int_setting(QSettings(), "backup/keep", 10)
        path = self.library.path

        def work(library: Library, context: OperationContext) -> Backup:  # noqa: ARG001
            made = backup_library(path, label="auto")  # library-auto-…: only these are pruned
            prune_backups(Path(made.path).parent, keep=keep, pattern=f"{path.stem}-auto-*.sqlite")
            return made

        return self.ops.run(self.tr("Backing up"), work, on_success=self._backed_up, source=self, cancellable=False)

    def _backed_up(self, made: Backup) -> None:
        """A copy of a damaged library is still made (it may be all there is), but the user
        must not take it for a good backup: say so where it cannot be missed."""
        self.show_message(self.tr("Backed up to %1").replace("%1", str(made.path)))
        if made.damage:
            warning = Message("backup_of_damaged", path=str(made.path), detail=made.damage[0])
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The library is damaged"), str(warning), parent=self)
            box.setDetailedText("\n".join(made.damage))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not modal to the application: a scheduled backup must not stop the user's work

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

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("main/geometry", self.saveGeometry())
        QSettings().setValue("main/state", self.saveState())
        super().closeEvent(event)


def review_count(library: Library) -> int:
    from db.excerpts import ExcerptFilter, count_selected

    return count_selected(library, ExcerptFilter(status="suggested", kind="statement"))
