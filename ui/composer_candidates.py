"""The composer's candidates: the statements (or the articles holding them) that the query
found, to drag into the outline. A model, not one widget per row, so 10,000 candidates
cost nothing until they are scrolled to; a text filter narrows them by title, speaker or
text as the user types (MAXQDA's segment pane works the same way)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from ui.outline_tree import ARTICLES_MIME, EXCERPTS_MIME, ids_mime

LABEL_CHARS = 60
Index = QModelIndex | QPersistentModelIndex


@dataclass
class Candidate:
    id: int  # an excerpt id, or an article id in articles mode
    speaker: str
    text: str
    title: str
    published: str
    article_id: int

    def label(self, articles: bool) -> str:
        if articles:
            return f"{self.published}  {self.title}"
        text = self.text.replace("\n", " ")
        short = text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"
        return f"{self.speaker}：{short}" if self.speaker else short


class CandidateModel(QAbstractListModel):
    """Rows of statements, or of articles (``articles``), narrowed by ``set_filter``;
    dragged rows travel as ids. Filtering is a pass over search keys made once per query
    (a filter proxy asking the model for each row would take 250 ms a keystroke on 27,000)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.all: list[Candidate] = []
        self.keys: list[str] = []
        self.rows: list[Candidate] = []  # shown
        self.articles = False

    def set_rows(self, rows: list[Candidate], *, articles: bool) -> None:
        self.all, self.articles = rows, articles
        self.keys = [f"{row.title}\n{row.speaker}\n{row.text}".casefold() for row in rows]
        self._show(rows)

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        if not words:
            self._show(self.all)
            return
        self._show([row for row, key in zip(self.all, self.keys) if all(word in key for word in words)])

    def _show(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.label(self.articles)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title if self.articles else f"{row.title}（{row.published}）\n{row.text}"
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [ARTICLES_MIME if self.articles else EXCERPTS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        rows = sorted({index.row() for index in indexes if index.isValid()})
        return ids_mime(self.mimeTypes()[0], [self.rows[row].id for row in rows])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.CopyAction


class CandidateView(QListView):
    """The list the user drags from, with its filter (``set_filter``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = CandidateModel(self)
        self.setModel(self.source)
        self.setUniformItemSizes(True)  # 10,000 rows lay out without measuring each
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def set_filter(self, text: str) -> None:
        self.source.set_filter(text)

    def count(self) -> int:
        """Rows shown (after the filter)."""
        return len(self.source.rows)

    def total(self) -> int:
        return len(self.source.all)

    def index_of_row(self, row: int) -> QModelIndex:
        return self.source.index(row, 0)

    def candidate(self, row: int) -> Candidate:
        return self.source.rows[row]

    def selected_candidates(self) -> list[Candidate]:
        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        return [self.source.rows[row] for row in rows]
