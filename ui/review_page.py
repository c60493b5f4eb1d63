"""The review queue: suggested statements one after another, driven from the keyboard.

A accept, R reject, E the excerpt editor (speaker, themes, note: editing does not accept),
↑/↓ move; bulk accept or reject of everything the filter (person, theme, kind,
confidence ≥ x) selects, after a question with the count. Each decision is one step of
the core's persisted history, so Ctrl+Z takes it back. Each suggestion shows its
article's title, source and date.

Fast at 30,000 suggestions: the list is lazy (the ids of all suggestions are read at
once, their rows a page at a time, uniform row heights so none is read to be measured),
and a single decision or edit made here changes the model in place — the decided row
removed, the edited row read again — instead of reloading the queue from its own
announcement. Undo, bulk decisions and changes from other pages reload it (with a busy
cursor), keeping its place in the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.common.changes import Changes
from composer.tagging import review
from composer.tagging.statement_learning import reliable_from
from db.articles import bodies
from db.excerpts import ExcerptFilter, article_labels, excerpt_notes, list_excerpts, selected_ids
from db.library import Library
from ui import choices
from ui.confirm import confirm
from ui.excerpt_editor import ExcerptEditor, edit_excerpt
from ui.operations import Operation, OperationContext, OperationRunner
from ui.page import Page

PAGE = 100
CONTEXT_CHARACTERS = 120


class SuggestionModel(QAbstractListModel):
    """The queue: every id at once (one cheap query), rows a page at a time as they are
    shown. Decisions made here change it in place (``remove``, ``refresh``) instead of
    reading the whole queue again."""

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.selection = ExcerptFilter(status="suggested", kind="statement")
        self.ids: list[int] = []
        self.cache: dict[int, dict] = {}
        self.articles: dict[int, dict] = {}  # article id -> title, source, date

    def reload(self, selection: ExcerptFilter | None = None) -> None:
        self.beginResetModel()
        if selection is not None:
            self.selection = selection
        self.ids = selected_ids(self.library, self.selection)
        self.cache.clear()
        self.endResetModel()

    def remove(self, excerpt_ids: list[int]) -> None:
        """Take decided suggestions out of the queue (each a row removal: the view keeps its place)."""
        for excerpt_id in excerpt_ids:
            try:
                row = self.ids.index(excerpt_id)
            except ValueError:
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.ids[row]
            self.cache.pop(excerpt_id, None)
            self.endRemoveRows()

    def refresh(self, excerpt_id: int) -> None:
        """Read one edited row again."""
        if excerpt_id in self.ids:
            self.cache.pop(excerpt_id, None)
            index = self.index(self.ids.index(excerpt_id))
            self.dataChanged.emit(index, index)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.ids)

    def row(self, row: int) -> dict | None:
        if not 0 <= row < len(self.ids):
            return None
        excerpt_id = self.ids[row]
        if excerpt_id not in self.cache:
            start = row - row % PAGE
            page = [i for i in self.ids[start : start + PAGE] if i not in self.cache]
            found = list_excerpts(self.library, ExcerptFilter(ids=page))
            self.cache.update({e["id"]: e for e in found})
            missing = [e["article_id"] for e in found if e["article_id"] not in self.articles]
            self.articles.update(article_labels(self.library, missing))
        return self.cache.get(excerpt_id)

    def article(self, excerpt: dict) -> dict:
        return self.articles.get(excerpt["article_id"]) or {}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        excerpt = self.row(index.row()) if index.isValid() else None
        if excerpt is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = excerpt["text"] if len(excerpt["text"]) <= 50 else excerpt["text"][:49] + "…"
            confidence = f"{excerpt['confidence']:.2f} " if excerpt["confidence"] is not None else ""
            return f"{confidence}{excerpt['speaker'] or ''}{excerpt['verb'] or ''}：{text}\n    {self.where(excerpt)}"
        if role == Qt.ItemDataRole.UserRole:
            return excerpt["id"]
        return None

    def where(self, excerpt: dict) -> str:
        """《title》 source date of the suggestion's article."""
        article = self.article(excerpt)
        title = article.get("title") or ""
        title = title if len(title) <= 30 else title[:29] + "…"
        return " ".join(part for part in (f"《{title}》", article.get("source") or "", article.get("published") or "")
                        if part)


class ReviewList(QTableView):
    """The queue's list (a one-column table: its fixed row heights make removing a row
    cheap at 30,000 rows, where a list view lays every row out again) that turns
    A / R / E into decisions."""

    decided = Signal(str)  # accept, reject, edit

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        keys: dict[int, str] = {Qt.Key.Key_A: "accept", Qt.Key.Key_R: "reject", Qt.Key.Key_E: "edit"}
        if event.key() in keys and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.decided.emit(keys[event.key()])
            return
        super().keyPressEvent(event)


class ReviewPage(Page):
    follows = Changes(excerpts=True, people=True, themes=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = SuggestionModel(self.library, self)
        self.own_change: Callable[[], None] | None = None  # how the page follows the change it is making itself
        self.editor: ExcerptEditor | None = None
        self.confirmation: QMessageBox | None = None
        self.list = ReviewList(self)
        self._list_shape()
        self.list.setModel(self.model)
        self.list.decided.connect(self.decide)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        self.detail = QTextBrowser(self)
        self.count = QLabel(self)
        self.notice = QLabel(self)  # what a bulk decision did, and that Ctrl+Z takes it back
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)
        help_text = QLabel(self.tr("A accept · R reject · E edit speaker, themes and note · ↑↓ move · Ctrl+Z undo"),
                           self)
        layout.addWidget(help_text)

    def _list_shape(self) -> None:
        """Two lines a row (the words; where they come from), every row the same height."""
        self.list.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.list.setShowGrid(False)
        self.list.setWordWrap(False)
        self.list.horizontalHeader().setVisible(False)
        self.list.horizontalHeader().setStretchLastSection(True)
        rows = self.list.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().height() + 8)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.person = QComboBox(self)
        self.theme = QComboBox(self)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Statements"), "statement")
        self.kind.addItem(self.tr("Mentions"), "mention")
        self.confidence = QDoubleSpinBox(self)
        self.confidence.setRange(0.0, 1.0)
        self.confidence.setSingleStep(0.05)
        self.confidence.setPrefix(self.tr("confidence ≥ "))
        for widget in (self.person, self.theme, self.kind):
            widget.currentIndexChanged.connect(self.refresh)
        self.confidence.valueChanged.connect(self.refresh)
        self.reliable = QCheckBox(self.tr("Reliable only"), self)
        self.reliable.setToolTip(self.tr(
            "Statements at least as confident as this library's reliable line (98 % precision on real articles)"))
        self.reliable.toggled.connect(self.refresh)
        self.accept_all = QPushButton(self.tr("Accept all shown…"), self)
        self.accept_all.clicked.connect(lambda: self.decide_all("accept"))
        self.reject_all = QPushButton(self.tr("Reject all shown…"), self)
        self.reject_all.clicked.connect(lambda: self.decide_all("reject"))
        for control in (self.count, self.person, self.theme, self.kind, self.confidence, self.reliable,
                        self.accept_all, self.reject_all):
            row.addWidget(control)
        return row

    def _fill_choices(self) -> None:
        choices.fill(self.person, choices.person_names(self.library), self.tr("Anyone"))  # pinyin order
        choices.fill(self.theme, choices.theme_names(self.library), self.tr("Any theme"))

    def selection(self) -> ExcerptFilter:
        floor = self.confidence.value() or None
        if self.reliable.isChecked():  # 只看可靠的: the library's reliable line, if higher
            floor = max(floor or 0.0, reliable_from(self.library))
        return ExcerptFilter(status="suggested", kind=self.kind.currentData() or "statement",
                             person=self.person.currentData(), theme=self.theme.currentData(),
                             min_confidence=floor)

    def refresh(self) -> None:
        """The queue again under the current filter, at the same place in the list."""
        row = max(0, self.list.currentIndex().row())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.model.reload(self.selection())
        finally:
            QApplication.restoreOverrideCursor()
        self._place(row)

    def _place(self, row: int) -> None:
        """The count, and the current row at ``row`` (or the last)."""
        self.count.setText(self.tr("%n to review", "", len(self.model.ids)))
        if self.model.ids:
            self.list.setCurrentIndex(self.model.index(min(row, len(self.model.ids) - 1)))
        else:
            self.detail.clear()

    def reload(self, changed: Changes) -> None:
        if changed.people or changed.themes:
            self._fill_choices()
        self.refresh()

    def on_library_changed(self, changes: Changes, source: object) -> None:
        """The page's own single decisions and edits update their rows (``own_change``);
        everything else — undo, bulk, other pages — reloads as every page does."""
        if source is self and self.own_change is not None:
            self.own_change()
            return
        super().on_library_changed(changes, source)

    def current_id(self) -> int | None:
        excerpt = self.model.row(self.list.currentIndex().row())
        return excerpt["id"] if excerpt else None

    def decide(self, action: str) -> None:
        excerpt_id = self.current_id()
        if excerpt_id is None:
            return
        if action == "edit":
            self.edit(excerpt_id)
            return
        decide = review.accept if action == "accept" else review.reject
        row = self.list.currentIndex().row()
        self.own_change = lambda: self.model.remove([excerpt_id])
        try:
            self.ops.apply(lambda library: decide(library, ExcerptFilter(ids=[excerpt_id])), source=self)
        finally:
            self.own_change = None
        self._place(row)

    def decide_all(self, action: str) -> None:
        """Every suggestion the filter shows, after a question that says how many."""
        count = len(self.model.ids)
        if not count:
            return
        if action == "accept":
            title, question = self.tr("Accept all shown"), self.tr("Accept all %n suggestion(s) shown?", "", count)
        else:
            title, question = self.tr("Reject all shown"), self.tr("Reject all %n suggestion(s) shown?", "", count)
        chosen = self.selection()
        self.confirmation = confirm(self, title, question, lambda: self._decide_all(action, chosen))

    def _decide_all(self, action: str, chosen: ExcerptFilter) -> Operation:
        """On the worker thread: tens of thousands of decisions (and their undo record) held
        the GUI thread a quarter of a second."""
        decide = review.accept if action == "accept" else review.reject

        def work(library: Library, context: OperationContext) -> review.ReviewResult:  # noqa: ARG001 - one statement
            return decide(library, chosen)

        def done(result: review.ReviewResult) -> None:
            if action == "accept":
                text = self.tr("Accepted %n suggestion(s). Ctrl+Z undoes it.", "", result.changed)
            else:
                text = self.tr("Rejected %n suggestion(s). Ctrl+Z undoes it.", "", result.changed)
            self.notice.setText(text)

        title = self.tr("Accepting") if action == "accept" else self.tr("Rejecting")
        return self.ops.run(title, work, on_success=done, source=self, cancellable=False)

    def edit(self, excerpt_id: int) -> None:
        """The excerpt editor; what it stores updates this row only. Editing does not accept."""
        self.editor = edit_excerpt(self.ops, self, excerpt_id)
        if self.editor is None:
            return
        self.own_change = lambda: self._edited(excerpt_id)
        self.editor.finished.connect(self._editor_closed)

    def _edited(self, excerpt_id: int) -> None:
        self.model.refresh(excerpt_id)
        self._show(self.list.currentIndex().row())

    def _editor_closed(self) -> None:
        self.own_change = None
        self.editor = None
        self.list.setFocus()

    def _show(self, row: int) -> None:
        excerpt = self.model.row(row)
        if excerpt is None:
            self.detail.clear()
            return
        body = bodies(self.library, [excerpt["article_id"]]).get(excerpt["article_id"], "")
        before = body[max(0, excerpt["start"] - CONTEXT_CHARACTERS) : excerpt["start"]]
        after = body[excerpt["end"] : excerpt["end"] + CONTEXT_CHARACTERS]
        themes = "、".join(excerpt["themes"]) or self.tr("none")
        confidence, themes_label = self.tr("confidence"), self.tr("themes")
        article = self.model.article(excerpt)
        untitled = self.tr("(untitled)")
        meta = " · ".join(str(article[k]) for k in ("source", "published") if article.get(k))
        note = excerpt_notes(self.library, [excerpt["id"]]).get(excerpt["id"])
        self.detail.setHtml(
            f"<p><b>{_escape(article.get('title') or untitled)}</b><br>{_escape(meta)}</p>"
            f"<p><b>{_escape(excerpt['speaker'] or '')}</b> {_escape(excerpt['verb'] or '')}"
            f" · {confidence} {excerpt['confidence'] or ''} · {themes_label}：{_escape(themes)}</p>"
            f"<p>…{_escape(before)}<span style='background:#fff2b3'>{_escape(excerpt['text'])}</span>"
            f"{_escape(after)}…</p>"
            + (f"<p><i>{_escape(note)}</i></p>" if note else "")
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
