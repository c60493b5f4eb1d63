"""A lazy table model over the library's articles.

All ids are loaded once in display order (cheap even for 100,000 articles); the rows'
fields are fetched a page at a time when the view first shows them, so opening and
scrolling a huge library never waits for the whole table.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from db import articles as article_store
from db.library import Library

PAGE = 200


class ArticleTableModel(QAbstractTableModel):
    COLUMNS = ("published", "source", "kind", "title", "chars", "people", "themes", "pending")
    SORT_KEYS = {0: "published", 1: "source", 2: "kind", 3: "title", 4: "chars"}

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.ids: list[int] = []
        self.cache: dict[int, dict] = {}
        self.sort_key = "published"
        self.descending = True  # the page loads the ids when it is first shown

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Source"), self.tr("Kind"), self.tr("Title"), self.tr("Characters"),
                self.tr("People"), self.tr("Themes"), self.tr("To review")]

    def kind_label(self, kind: str) -> str:
        labels = {
            "news": self.tr("News"),
            "interview": self.tr("Interview"),
            "feature": self.tr("Feature"),
            "column_intro": self.tr("Editor's note"),
            "photo": self.tr("Photo"),
            "infographic": self.tr("Infographic"),
            "sidebar": self.tr("Sidebar"),
        }
        return labels.get(kind, kind)

    def reload(self, ids: list[int] | None = None) -> None:
        """All articles in the chosen order, or ``ids`` (search results) in their order.
        The same rows as before (a search run again after an edit) are only read again:
        the view keeps its current row, its selection and where it is scrolled to."""
        ids = article_store.sorted_ids(self.library, self.sort_key, self.descending) if ids is None else ids
        if ids == self.ids and ids:
            self.cache.clear()
            self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self.ids = ids
        self.cache.clear()
        self.endResetModel()

    # -- Qt model interface -------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole):
            return None
        article_id = self.ids[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return article_id
        row = self._row(index.row())
        if row is None:
            return None
        key = self.COLUMNS[index.column()]
        if key == "kind":
            return self.kind_label(row["kind"])
        value = row.get(key)
        if key == "title" and not value:
            return self.tr("(untitled)")
        if key in ("people", "themes"):
            return "、".join(value or [])
        if key == "pending":
            return value or ""
        return value if value is not None else ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key, descending = self.SORT_KEYS.get(column, "published"), order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.sort_key, self.descending):  # the view also asks when sorting is enabled
            self.sort_key, self.descending = key, descending
            self.reload()

    def article_id(self, row: int) -> int:
        return self.ids[row]

    def _row(self, row: int) -> dict | None:
        article_id = self.ids[row]
        if article_id not in self.cache:
            start = row - row % PAGE
            page = self.ids[start : start + PAGE]
            self.cache.update(article_store.rows_for_ids(self.library, page))
        return self.cache.get(article_id)
