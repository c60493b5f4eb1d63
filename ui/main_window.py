"""The main window: navigation (文章库, 待审核, 人物, 主题, 简报, 编排, 统计, 开始使用), the app's
actions, and the one doorway between core and app — ``self.ops``, the ``OperationRunner`` every
page gets (ui/operations.py). Pages update themselves from its ``library_changed`` signal
(ui/page.py); the window keeps the navigation counts and the Edit menu's undo/redo texts
(which step Ctrl+Z and Ctrl+Y would replay) up to date from it.

Undo is the core's persisted history (db/history.py), one list for the whole library, like a
word processor's: Ctrl+Z takes back the latest step whichever page made it. So that the
clerk always sees which step that is, the undo action's text names it (撤销 接受 17 条摘录)
before the key is pressed, and the status bar names it after (已撤销：接受 17 条摘录), for
MESSAGE_MS — a status tip of the toolbar or a menu, shown when the mouse passes over it, no
longer wipes that message."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QStatusTipEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from composer.common.changes import Changes
from composer.common.messages import BriefingError, Message
from composer.ingest.importer import ImportOptions, ImportReport, import_pasted, import_paths
from composer.ingest.pasted import read_clipboard, text_to_import
from composer.ingest.readers import Document
from composer.safety.backup import Backup, backup_library, prune_backups
from composer.tagging import review
from composer.tagging.batch import TagReport, tag_articles
from db import open_library, resolve_library_path
from db.articles import count_articles
from db.history import next_steps
from db.library import Library
from ui.composer_page import ComposerPage
from ui.dialogs import (
    ImportDialog,
    PasteOptions,
    ReportDialog,
    SettingsDialog,
    ask_open_path,
    ask_open_paths,
    int_setting,
    versions,
)
from ui.first_run import FirstRunPage
from ui.library_page import LibraryPage
from ui.manager_pages import BriefingsPage, PeoplePage, ThemesPage
from ui.operations import Operation, OperationContext, OperationRunner, wait_for_all
from ui.overview_page import OverviewPage
from ui.page import Page
from ui.review_page import ReviewPage

FileChooser = Callable[[QWidget], list[str]]
MESSAGE_MS = 15_000  # how long a message stays in the status bar (the counts stay beside it)
PASTE_SHORTCUT = "Ctrl+Shift+V"
RECENT_KEY, RECENT_LIMIT = "library/recent", 8  # the libraries opened last, newest first (QSettings)
FIRST_SIZE = (1280, 800)  # the first window, when the screen has room for it


class ImportAsker(Protocol):
    """Asks for the import options of files (``paths``) or of pasted text (``pasted``, as
    read); None when the clerk cancels. For pasted text the answer is a ``PasteOptions``."""

    def __call__(self, parent: QWidget, paths: list[str], pasted: Document | None = None) -> ImportOptions | None: ...


def _ask_for_files(parent: QWidget) -> list[str]:
    # ui.dialogs' file dialog: it never opens a file to guess its type, which would drop
    # SQLite's locks on the library (see there). translate(), not parent.tr(): tr's context
    # at run time is the parent's class, which the catalogue cannot know here (issue 17).
    return ask_open_paths(parent, QCoreApplication.translate("MainWindow", "Import files"),
                          QCoreApplication.translate("MainWindow", "Articles (*.txt *.docx *.doc *.pdf *.html *.htm);;"
                                                                   "All files (*)"))


def _ask_library_file(parent: QWidget) -> str | None:
    return ask_open_path(parent, QCoreApplication.translate("MainWindow", "Open library"),
                         QCoreApplication.translate("MainWindow", "Libraries (*.sqlite *.db);;All files (*)"))


def _ask_import_options(parent: QWidget, paths: list[str], pasted: Document | None = None) -> ImportOptions | None:
    dialog = ImportDialog(paths, parent, pasted)
    return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None


class MainWindow(QMainWindow):
    PAGES = ("library", "review", "people", "themes", "briefings", "composer", "overview", "start")

    def __init__(self, library: Library, *, choose_files: FileChooser = _ask_for_files,
                 ask_import: ImportAsker = _ask_import_options) -> None:
        super().__init__()
        self.library = library
        self.choose_files = choose_files
        self.ask_import = ask_import
        self.last_report: ImportReport | None = None
        self.last_tagging: TagReport | None = None
        self.owns_library = False  # a library this window opened itself (文件 → 打开): it closes it
        self.choose_library: Callable[[QWidget], str | None] = _ask_library_file
        # Without a display name the window system shows the technical one (BriefingComposer).
        QGuiApplication.setApplicationDisplayName(self.tr("Briefing Composer"))
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
        self.start_page = FirstRunPage(self.ops, self)
        self.start_page.step_requested.connect(self.do_step)
        self.library_page.guide.step_requested.connect(self.do_step)  # shown while the library is empty
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
        self._update_undo_texts()
        remember_library(str(library.path))
        self.current_page().bring_up_to_date()
        library.check_sound_soon()  # the first write's quick check, done before the clerk's first keypress

    # -- building ---------------------------------------------------------------------------
    def _build_navigation(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setFixedWidth(130)
        self.pages = QStackedWidget(self)
        self.page_order: tuple[Page, ...] = (self.library_page, self.review_page, self.people_page, self.themes_page,
                                             self.briefings_page, self.composer_page, self.overview_page,
                                             self.start_page)
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
        self.redo_action = self._action(self.tr("&Redo"), self.redo, "Ctrl+Y", "Ctrl+Shift+Z")
        self.open_action = self._action(self.tr("Open &library…"), self.open_chosen_library)
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now)
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.guide_action = self._action(self.tr("&Getting started"), self.show_guide,
                                         QKeySequence.StandardKey.HelpContents)
        self.about_action = self._action(self.tr("&About"), self.show_about)
        toolbar = self.addToolBar(self.tr("Library"))
        toolbar.setObjectName("library_toolbar")
        for action in (self.import_action, self.tag_action, self.undo_action, self.redo_action):
            toolbar.addAction(action)
        self.recent_menu = QMenu(self.tr("&Recent libraries"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.import_action, self.paste_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        for action in (self.backup_action, self.settings_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        menus = (
            (self.tr("&Edit"), (self.undo_action, self.redo_action)),
            (self.tr("&Tagging"), (self.tag_action, self.retag_action)),
            (self.tr("&Help"), (self.guide_action, self.about_action)),
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
        self._update_undo_texts()

    def do_step(self, step: str) -> None:
        """A button of the 开始使用 page: do that step of the day, or show the page for it."""
        actions = {"import": self.import_action, "paste": self.paste_action, "demo": self.demo_action,
                   "tag": self.tag_action}
        if step in actions:
            actions[step].trigger()
        else:
            self.navigation.setCurrentRow(self.PAGES.index({"review": "review", "compose": "composer",
                                                            "export": "briefings"}[step]))

    def show_guide(self) -> None:
        """帮助 → 使用说明: the 开始使用 page, with the steps and where the library stands."""
        self.navigation.setCurrentRow(self.PAGES.index("start"))

    def _update_counts(self) -> None:
        pending = review_count(self.library)
        labels = (self.tr("Library"), self.tr("To review (%1)").replace("%1", str(pending)), self.tr("People"),
                  self.tr("Themes"), self.tr("Briefings"), self.tr("Composer"), self.tr("Overview"),
                  self.tr("Getting started"))
        for row, label in enumerate(labels):
            self.navigation.item(row).setText(label)
        self.article_count.setText(self.tr("%n article(s)", "", count_articles(self.library)))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    def event(self, event: QEvent) -> bool:
        """The mouse passing over a toolbar button or a menu item sends that action's status
        tip — empty for ours — which would wipe the message at once (issue 17: 已撤销 vanished
        when the pointer left the 撤销 button). An empty tip is dropped; the message times out."""
        if event.type() == QEvent.Type.StatusTip and isinstance(event, QStatusTipEvent) and not event.tip():
            return True
        return super().event(event)

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
        if self.current_page() is self.start_page and report.count("imported"):
            self.navigation.setCurrentRow(self.PAGES.index("library"))  # the first articles: show them
        summary = self.tr("Imported: %1, duplicates: %2, failed: %3")
        summary = (
            summary.replace("%1", str(report.count("imported")))
            .replace("%2", str(report.count("duplicate")))
            .replace("%3", str(report.count("failed")))
        )
        self.show_message(summary)
        statuses = {"imported": self.tr("imported"), "duplicate": self.tr("duplicate"), "failed": self.tr("failed")}
        lines = [f"{statuses.get(r.status, r.status)}\t{r.path}" + (f"\t{r.error}" if r.error else "")
                 for r in report.files]
        self.report_dialog = ReportDialog(self.tr("Import finished"), summary, "\n".join(lines), self)
        self.report_dialog.open()  # not modal: the summary stays to be copied while work goes on

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        # said again at every move, not left to Qt carrying the enter's answer over: a child
        # widget under the pointer (the outline, a table) answers for itself in between
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
        self._update_undo_texts()

    def redo(self) -> None:
        step = self.ops.apply(review.redo, source=self)
        self.show_message(self.tr("Redone: %1").replace("%1", step.summary) if step else self.tr("Nothing to redo"))
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        """The Edit menu and the toolbar name the step Ctrl+Z (Ctrl+Y) would replay."""
        undo, redo = next_steps(self.library)
        self.undo_action.setText(self.tr("&Undo %1").replace("%1", undo.summary) if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %1").replace("%1", redo.summary) if redo else self.tr("&Redo"))
        self.undo_action.setToolTip(self.undo_action.text().replace("&", "") + " (Ctrl+Z)")
        self.redo_action.setToolTip(self.redo_action.text().replace("&", "") + " (Ctrl+Y)")

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

    # -- libraries: open, recent ----------------------------------------------------------------
    def open_chosen_library(self) -> MainWindow | None:
        path = self.choose_library(self)
        return self.open_library_file(path) if path else None

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in recent_libraries():
            action = self.recent_menu.addAction(path)
            action.setEnabled(Path(path) != self.library.path)
            action.triggered.connect(lambda _=False, path=path: self.open_library_file(path))
        if not self.recent_menu.actions():
            self.recent_menu.addAction(self.tr("(none yet)")).setEnabled(False)

    def open_library_file(self, path: str) -> MainWindow | None:
        """Open another library in a new window (this one closes): it becomes the library
        the app opens next time, and first in the recent list."""
        try:
            library = open_library(resolve_library_path(path))
        except BriefingError as error:
            QMessageBox.warning(self, self.tr("Open library"), str(error))
            return None
        window = MainWindow(library, choose_files=self.choose_files, ask_import=self.ask_import)
        window.owns_library = True
        QSettings().setValue("library/path", str(library.path))
        window.show()
        self.close()
        return window

    # -- layout ---------------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        """The size and place the clerk left; the first time, FIRST_SIZE or what the screen's
        free area holds (a 1366×768 laptop has about 1366×728 under its task bar)."""
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*first_size(self))
        state = settings.value("main/state")
        if state is not None:
            self.restoreState(state)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Never larger than the screen it opens on (a geometry saved on a bigger monitor)."""
        free = self.screen().availableGeometry()
        if self.width() > free.width() or self.height() > free.height():
            self.resize(*first_size(self))
            self.move(free.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("main/geometry", self.saveGeometry())
        QSettings().setValue("main/state", self.saveState())
        super().closeEvent(event)
        if self.owns_library:
            wait_for_all()  # the worker's own connection is closed when its work ends
            self.library.close()


def first_size(window: QWidget) -> tuple[int, int]:
    """FIRST_SIZE, or the screen's free area less a margin for the window's frame."""
    free = window.screen().availableGeometry()
    return min(FIRST_SIZE[0], free.width() - 16), min(FIRST_SIZE[1], free.height() - 40)


def recent_libraries() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    paths = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
    return [str(p) for p in paths if str(p)]


def remember_library(path: str) -> None:
    """First in the recent list (a library opened again moves up)."""
    paths = [path, *(p for p in recent_libraries() if p != path)]
    QSettings().setValue(RECENT_KEY, paths[:RECENT_LIMIT])


def review_count(library: Library) -> int:
    from db.excerpts import ExcerptFilter, count_selected

    return count_selected(library, ExcerptFilter(status="suggested", kind="statement"))
