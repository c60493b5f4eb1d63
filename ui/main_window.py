"""The main window: the article library (issue 2's plain window; the full app grows here)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.importer import ImportReport, import_paths
from db.articles import get_article
from db.library import Library, open_library
from ui.article_model import ArticleTableModel
from ui.operations import Operation, OperationContext

FileChooser = Callable[[QWidget], list[str]]


def _ask_for_files(parent: QWidget) -> list[str]:
    files, _ = QFileDialog.getOpenFileNames(
        parent,
        parent.tr("Import files"),
        "",
        parent.tr("Articles (*.txt *.docx *.doc *.pdf *.html *.htm);;All files (*)"),
    )
    return files


class MainWindow(QMainWindow):
    def __init__(self, library: Library, *, choose_files: FileChooser = _ask_for_files) -> None:
        super().__init__()
        self.library = library
        self.choose_files = choose_files
        self.operation: Operation | None = None
        self.last_report: ImportReport | None = None
        self.setWindowTitle(self.tr("Briefing Composer"))
        self.model = ArticleTableModel(library, self)
        self.table = self._build_table()
        self.setCentralWidget(self.table)
        self._build_actions()
        self._restore_layout()
        self.refresh()

    # -- building -------------------------------------------------------------------
    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        table.doubleClicked.connect(lambda index: self.show_article(self.model.article_id(index.row())))
        return table

    def _build_actions(self) -> None:
        self.import_action = QAction(self.tr("&Import files…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.import_chosen_files)
        self.demo_action = QAction(self.tr("Load &demo pages"), self)
        self.demo_action.triggered.connect(self.import_demo)
        toolbar = self.addToolBar(self.tr("Library"))
        toolbar.setObjectName("library_toolbar")
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.demo_action)
        menu = self.menuBar().addMenu(self.tr("&File"))
        menu.addAction(self.import_action)
        menu.addAction(self.demo_action)

    # -- actions ----------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()
        self.statusBar().showMessage(self.tr("%n article(s)", "", len(self.model.ids)))

    def import_chosen_files(self) -> None:
        files = self.choose_files(self)
        if files:
            self.import_files(files)

    def import_demo(self) -> None:
        from composer.cli import demo_folder

        self.import_files([str(demo_folder())])

    def import_files(self, paths: list[str]) -> Operation:
        """Import on the worker thread with a progress dialog and cancel."""
        library_path = self.library.path

        def work(context: OperationContext) -> ImportReport:
            with open_library(library_path) as worker_library:
                return import_paths(worker_library, paths, progress=context.progress, cancelled=context.cancelled)

        operation = Operation(self.tr("Importing"), work, self)
        dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 0, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(operation.cancel)
        operation.progressed.connect(lambda done, total, name: self._progress(dialog, done, total, name))
        operation.succeeded.connect(self._import_finished)
        operation.failed.connect(self._operation_failed)
        operation.done.connect(dialog.reset)
        self.operation = operation
        operation.start()
        return operation

    def _progress(self, dialog: QProgressDialog, done: int, total: int, name: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(
            self.tr("Importing %1 of %2: %3")
            .replace("%1", str(done + 1))
            .replace("%2", str(total))
            .replace("%3", Path(name).name)
        )

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
        failures = [f"{r.path}: {r.error}" for r in report.files if r.status == "failed"]
        if failures:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import finished"), summary, parent=self)
            box.setDetailedText("\n".join(failures))
            box.open()

    def _operation_failed(self, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Operation failed"), message, parent=self)
        box.setDetailedText(details)
        box.open()

    def show_article(self, article_id: int) -> QDialog:
        article = get_article(self.library, article_id) or {}
        dialog = QDialog(self)
        dialog.setWindowTitle(article.get("title") or self.tr("(untitled)"))
        layout = QVBoxLayout(dialog)
        view = QTextBrowser(dialog)
        meta = " · ".join(str(article[k]) for k in ("source", "published", "byline") if article.get(k))
        view.setPlainText(f"{article.get('title', '')}\n{meta}\n\n{article.get('text', '')}")
        layout.addWidget(view)
        if article.get("captions"):
            captions = QPlainTextEdit("\n".join(article["captions"]), dialog)
            captions.setReadOnly(True)
            captions.setMaximumHeight(80)
            layout.addWidget(captions)
        dialog.resize(720, 640)
        dialog.open()
        return dialog

    # -- layout ----------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        QSettings().setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)
