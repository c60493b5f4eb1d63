"""The composer's outline: sections (一、…) holding items, edited like an outline in
Citavi's knowledge organiser — drag candidates or articles in, drag items to reorder them
or move them to another section, F2 or a double-click renames a section, Alt+↑/↓ moves
the current section or item, Delete removes it, a right-click opens its menu.

The tree only says what the user asked for (signals with section and item indexes); the
composer page changes the briefing, stores it and updates the tree in place.

Drops are accepted while the drag moves (``dragMoveEvent``) wherever they can land — on or
next to an item, on a section — and refused elsewhere; Qt's own item-view machinery draws
the drop indicator and scrolls, but never moves a row itself (the page does, so the tree
and the stored outline cannot disagree).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

EXCERPTS_MIME = "application/x-briefing-excerpts"  # excerpt ids, comma-separated
ARTICLES_MIME = "application/x-briefing-articles"  # article ids, comma-separated
ITEM_MIME = "application/x-briefing-outline-item"  # "section,item" of an item dragged inside the outline
ACCEPTED = (EXCERPTS_MIME, ARTICLES_MIME, ITEM_MIME)


def ids_in(data: QMimeData, kind: str) -> list[int]:
    raw = bytes(data.data(kind).data()).decode("ascii")
    return [int(part) for part in raw.split(",") if part.strip().lstrip("-").isdigit()]


def ids_mime(kind: str, ids: Sequence[int]) -> QMimeData:
    data = QMimeData()
    data.setData(kind, ",".join(str(i) for i in ids).encode("ascii"))
    return data


class OutlineTree(QTreeWidget):
    dropped_excerpts = Signal(list, int, int)  # excerpt ids, section index, position in it
    dropped_articles = Signal(list, int, int)  # article ids, section index, position in it
    moved = Signal(int, int, int, int)  # from section, from item, to section, position (before the move)
    renamed = Signal(int, str)  # section index, new title
    shifted = Signal(int)  # -1 up, +1 down: the current section or item (Alt+↑/↓)
    remove_requested = Signal()  # Delete

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)  # a 7,000-item outline lays out at once
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.filling = False  # set while the page fills the tree: its setText is no rename
        self.itemChanged.connect(self._item_changed)

    # -- what the tree holds ---------------------------------------------------------------
    def sections(self) -> list[QTreeWidgetItem]:
        return [node for i in range(self.topLevelItemCount()) if (node := self.topLevelItem(i)) is not None]

    def place_of(self, node: QTreeWidgetItem | None) -> tuple[int, int | None] | None:
        """(section, item) of a node; item None for a section's own node."""
        if node is None:
            return None
        parent = node.parent()
        if parent is None:
            return self.indexOfTopLevelItem(node), None
        return self.indexOfTopLevelItem(parent), parent.indexOfChild(node)

    def node_at(self, section: int, item: int | None = None) -> QTreeWidgetItem | None:
        node = self.topLevelItem(section)
        return node.child(item) if node is not None and item is not None else node

    def _item_changed(self, node: QTreeWidgetItem, column: int) -> None:  # noqa: ARG002 - one column
        if not self.filling and node.parent() is None:
            self.renamed.emit(self.indexOfTopLevelItem(node), node.text(0).strip())

    # -- dragging items out ----------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override: what Qt's view logic lets land
        return list(ACCEPTED)

    def mimeData(self, items: Sequence[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        place = self.place_of(items[0]) if items else None
        if place is not None and place[1] is not None:
            data.setData(ITEM_MIME, f"{place[0]},{place[1]}".encode("ascii"))
        return data

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt override
        """Drag one item; the page moves it on the drop (Qt's own move would remove the row
        itself after the drop, behind the page's back)."""
        node = self.currentItem()
        if node is None or node.parent() is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([node]))
        drag.exec(Qt.DropAction.MoveAction)

    # -- dropping in -----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._kind(event.mimeData()) is not None:
            self._accept(event)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        kind = self._kind(event.mimeData())
        if kind is None:
            event.ignore()
            return
        super().dragMoveEvent(event)  # autoscroll and the drop indicator; its verdict is replaced below
        if self.landing(event.position().toPoint(), kind) is None:
            event.ignore()
        else:
            self._accept(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        data = event.mimeData()
        kind = self._kind(data)
        target = self.landing(event.position().toPoint(), kind) if kind else None
        self.setState(QAbstractItemView.State.NoState)  # the indicator goes, as Qt's own drop would do
        self.viewport().update()
        if kind is None or target is None:
            event.ignore()
            return
        self._accept(event)
        section, position = target
        if kind == ITEM_MIME:
            source = ids_in(data, ITEM_MIME)
            if len(source) == 2:
                self.moved.emit(source[0], source[1], section, position)
        elif kind == ARTICLES_MIME:
            self.dropped_articles.emit(ids_in(data, ARTICLES_MIME), section, position)
        else:
            self.dropped_excerpts.emit(ids_in(data, EXCERPTS_MIME), section, position)

    @staticmethod
    def _kind(data: QMimeData) -> str | None:
        return next((kind for kind in ACCEPTED if data.hasFormat(kind)), None)

    def _accept(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> None:
        """Candidates are copied in; an item of the outline is moved."""
        moving = event.mimeData().hasFormat(ITEM_MIME)
        wanted = Qt.DropAction.MoveAction if moving else Qt.DropAction.CopyAction
        if event.possibleActions() & wanted:
            event.setDropAction(wanted)
            event.accept()
        else:
            event.acceptProposedAction()

    def landing(self, point: QPoint, kind: str) -> tuple[int, int] | None:
        """Where a drop at ``point`` lands: (section, position in it), or None where it
        cannot (an outline without sections). On an item: before it in its upper half,
        after it in its lower half; on a section's heading: at its end; below the last
        row: at the end of the last section."""
        if self.topLevelItemCount() == 0:
            return None
        node = self.itemAt(point)
        if node is None:
            last = self.topLevelItemCount() - 1
            tail = self.topLevelItem(last)
            return last, tail.childCount() if tail is not None else 0
        parent = node.parent()
        if parent is None:
            return self.indexOfTopLevelItem(node), node.childCount()
        rect = self.visualItemRect(node)
        after = 1 if point.y() >= rect.center().y() else 0
        return self.indexOfTopLevelItem(parent), parent.indexOfChild(node) + after

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.shifted.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != QAbstractItemView.State.EditingState:
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
