"""The review queue: suggested statements one after another, driven from the keyboard.

A accept, R reject, E edit speaker and themes, ↑/↓ move; bulk accept or reject of
everything the filter (person, theme, kind, confidence ≥ x) selects. Each decision is
one step of the core's persisted history, so Ctrl+Z takes it back. Decisions go through
the operation runner's immediate path; the page reloads from the announcement (its own
decisions too), keeping its place in the list. The list is lazy: the ids of all
suggestions are read at once, their rows a page at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.common.changes import Changes
from composer.tagging import review
from composer.tagging.statement_learning import reliable_from
from db.articles import bodies
from db.excerpts import ExcerptFilter, list_excerpts, selected_ids
from db.library import Library
from ui import choices
from ui.operations import OperationRunner
from ui.page import Page

PAGE = 100
CONTEXT_CHARACTERS = 120


class SuggestionModel(QAbstractListModel):
    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.selection = ExcerptFilter(status="suggested", kind="statement")
        self.ids: list[int] = []
        self.cache: dict[int, dict] = {}

    def reload(self, selection: ExcerptFilter | None = None) -> None:
        self.beginResetModel()
        if selection is not None:
            self.selection = selection
        self.ids = selected_ids(self.library, self.selection)
        self.cache.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.ids)

    def row(self, row: int) -> dict | None:
        if not 0 <= row < len(self.ids):
            return None
        excerpt_id = self.ids[row]
        if excerpt_id not in self.cache:
            start = row - row % PAGE
            page = self.ids[start : start + PAGE]
            self.cache.update({e["id"]: e for e in list_excerpts(self.library, ExcerptFilter(ids=page))})
        return self.cache.get(excerpt_id)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        excerpt = self.row(index.row()) if index.isValid() else None
        if excerpt is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = excerpt["text"] if len(excerpt["text"]) <= 50 else excerpt["text"][:49] + "…"
            confidence = f"{excerpt['confidence']:.2f} " if excerpt["confidence"] is not None else ""
            return f"{confidence}{excerpt['speaker'] or ''}{excerpt['verb'] or ''}：{text}"
        if role == Qt.ItemDataRole.UserRole:
            return excerpt["id"]
        return None


class ReviewList(QListView):
    """A list that turns A / R / E into decisions."""

    decided = Signal(str)  # accept, reject, edit

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        keys: dict[int, str] = {Qt.Key.Key_A: "accept", Qt.Key.Key_R: "reject", Qt.Key.Key_E: "edit"}
        if event.key() in keys and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.decided.emit(keys[event.key()])
            return
        super().keyPressEvent(event)


def ask_text(parent: QWidget, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


class ReviewPage(Page):
    follows = Changes(excerpts=True, people=True, themes=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None,
                 ask: Callable[[QWidget, str, str, str], str | None] = ask_text) -> None:
        super().__init__(ops, parent)
        self.ask = ask
        self.model = SuggestionModel(self.library, self)
        self.list = ReviewList(self)
        self.list.setModel(self.model)
        self.list.decided.connect(self.decide)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        self.detail = QTextBrowser(self)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)
        help_text = QLabel(self.tr("A accept · R reject · E edit speaker and themes · ↑↓ move · Ctrl+Z undo"), self)
        layout.addWidget(help_text)

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
        accept_all = QPushButton(self.tr("Accept all shown"), self)
        accept_all.clicked.connect(lambda: self.decide_all("accept"))
        reject_all = QPushButton(self.tr("Reject all shown"), self)
        reject_all.clicked.connect(lambda: self.decide_all("reject"))
        for control in (self.count, self.person, self.theme, self.kind, self.confidence, self.reliable, accept_all,
                        reject_all):
            row.addWidget(control)
        return row

    def _fill_choices(self) -> None:
        choices.fill(self.person, choices.person_names(self.library), self.tr("Anyone"))
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
        self.model.reload(self.selection())
        self.count.setText(self.tr("%n to review", "", len(self.model.ids)))
        if self.model.ids:
            self.list.setCurrentIndex(self.model.index(min(row, len(self.model.ids) - 1)))
        else:
            self.detail.clear()

    def reload(self, changed: Changes) -> None:
        if changed.people or changed.themes:
            self._fill_choices()
        self.refresh()

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
        self._decide(action, ExcerptFilter(ids=[excerpt_id]))

    def decide_all(self, action: str) -> None:
        if self.model.ids:
            self._decide(action, self.selection())

    def _decide(self, action: str, chosen: ExcerptFilter) -> None:
        decide = review.accept if action == "accept" else review.reject
        self.ops.apply(lambda library: decide(library, chosen), source=self)

    def edit(self, excerpt_id: int) -> None:
        """Both questions first, then both changes as one doorway call (the page reloads once)."""
        excerpt = self.model.row(self.list.currentIndex().row()) or {}
        speaker = self.ask(self, self.tr("Speaker"), self.tr("Who said it?"), excerpt.get("speaker") or "")
        themes = self.ask(self, self.tr("Themes"), self.tr("Themes, separated by 、"),
                          "、".join(excerpt.get("themes") or []))
        new_speaker = speaker.strip() if speaker and speaker.strip() != excerpt.get("speaker") else None
        wanted = [t.strip() for t in themes.replace(",", "、").split("、") if t.strip()] if themes is not None else None
        current = excerpt.get("themes") or []

        def change(library: Library) -> None:
            if new_speaker:
                review.set_speaker(library, excerpt_id, new_speaker)
            if wanted is not None:
                review.set_excerpt_themes(library, ExcerptFilter(ids=[excerpt_id]),
                                          add=[t for t in wanted if t not in current],
                                          reject=[t for t in current if t not in wanted])

        self.ops.apply(change, source=self)

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
        self.detail.setHtml(
            f"<p><b>{_escape(excerpt['speaker'] or '')}</b> {_escape(excerpt['verb'] or '')}"
            f" · {confidence} {excerpt['confidence'] or ''} · {themes_label}：{_escape(themes)}</p>"
            f"<p>…{_escape(before)}<span style='background:#fff2b3'>{_escape(excerpt['text'])}</span>"
            f"{_escape(after)}…</p>"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
