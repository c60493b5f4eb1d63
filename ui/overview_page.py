"""The overview: statements per person per theme, or over time, as stacked bars; a click
on a bar's segment lists the statements behind it. The chart exports as PNG, the
numbers as CSV or XLSX. Drawn with QPainter (Qt Charts is not in PySide6-Essentials).
Counted again when statements, people or themes change (``library_changed``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from composer.briefings import overview
from composer.common.changes import Changes
from db.excerpts import ExcerptFilter, list_excerpts
from ui.dialogs import ask_save_path
from ui.operations import OperationRunner
from ui.page import Page

PALETTE = ["#c0392b", "#2980b9", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#f39c12", "#2c3e50",
           "#e84393", "#00b894", "#6c5ce7"]
ROW_HEIGHT, LABEL_WIDTH, LEGEND_WIDTH, TOTAL_WIDTH = 26, 110, 170, 70
PathChooser = Callable[[QWidget, str, str], str | None]


def choose_path(parent: QWidget, suggested: str, filters: str) -> str | None:
    # never sniffs files (ui/dialogs.py); translate(): tr's context at run time is the caller's class
    return ask_save_path(parent, QCoreApplication.translate("OverviewPage", "Export"), suggested, filters)


class StackedBars(QWidget):
    """One bar per person; a coloured segment per theme (or period), as wide as its count.

    The longest bar (the most segment counts: a statement on two themes is two segments)
    fills the room between the names and the totals; each bar's total — its distinct
    statements — is written after it, and the legend has its own column on the right, so
    no bar runs under it (issue 17: the scale was the distinct total, so a person whose
    statements carry two themes got a bar twice too long)."""

    segment_clicked = Signal(str, str)  # row, column

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: overview.Table | None = None
        self.segments: list[tuple[QRectF, str, str]] = []
        self.setMinimumHeight(200)

    def set_table(self, table: overview.Table) -> None:
        self.table = table
        self.setMinimumHeight(40 + ROW_HEIGHT * max(1, len(table.rows)))
        self.update()

    def colour(self, column: str) -> QColor:
        columns = self.table.columns if self.table else []
        return QColor(PALETTE[columns.index(column) % len(PALETTE)] if column in columns else "#999999")

    def layout_segments(self) -> list[tuple[QRectF, str, str]]:
        """Where each (person, column) segment is drawn at the current size."""
        table = self.table
        segments: list[tuple[QRectF, str, str]] = []
        if not table or not table.rows:
            return segments
        most = max(self.length(row) for row in table.rows) or 1
        width = self.bar_room()
        for index, row in enumerate(table.rows):
            left, top = float(LABEL_WIDTH), 10 + index * ROW_HEIGHT
            for column in table.columns:
                count = table.count(row, column)
                if count:
                    rect = QRectF(left, top + 3, width * count / most, ROW_HEIGHT - 8)
                    segments.append((rect, row, column))
                    left += rect.width()
        return segments

    def length(self, row: str) -> int:
        """The bar's length in counts: the sum of its segments."""
        table = self.table
        return sum(table.count(row, column) for column in table.columns) if table else 0

    def bar_room(self) -> float:
        """Pixels for the longest bar: the width less the names, the totals and the legend."""
        return float(max(50, self.width() - LABEL_WIDTH - TOTAL_WIDTH - LEGEND_WIDTH - 20))

    def legend_left(self) -> float:
        return float(self.width() - LEGEND_WIDTH)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        table = self.table
        if not table or not table.rows:
            return
        self.segments = self.layout_segments()
        for rect, _row, column in self.segments:
            painter.fillRect(rect, self.colour(column))
        painter.setPen(QColor("black"))
        for index, row in enumerate(table.rows):
            top = 10 + index * ROW_HEIGHT
            painter.drawText(QRectF(4, top, LABEL_WIDTH - 8, ROW_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, row)
            ends = [rect.right() for rect, name, _ in self.segments if name == row]
            painter.drawText(QRectF(max(ends, default=LABEL_WIDTH) + 4, top, TOTAL_WIDTH - 4, ROW_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignVCenter, self.total_text(row))
        legend_left = self.legend_left()
        for index, column in enumerate(table.columns[: len(PALETTE)]):
            top = 10 + index * 18
            painter.fillRect(QRectF(legend_left, top + 3, 12, 12), self.colour(column))
            painter.drawText(QRectF(legend_left + 16, top, LEGEND_WIDTH - 18, 18), Qt.AlignmentFlag.AlignVCenter,
                             column)

    def total_text(self, row: str) -> str:
        count = self.table.total(row) if self.table else 0
        return self.tr("%1 total").replace("%1", str(count))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        for rect, row, column in self.layout_segments():
            if rect.contains(event.position()):
                self.segment_clicked.emit(row, column)
                return


class OverviewPage(Page):
    follows = Changes(excerpts=True, people=True, themes=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None, *,
                 choose: PathChooser = choose_path) -> None:
        super().__init__(ops, parent)
        self.choose = choose
        self.table: overview.Table | None = None
        self.view = QComboBox(self)
        for label, value in ((self.tr("Statements per person and theme"), "theme"),
                             (self.tr("Statements per person and month"), "month"),
                             (self.tr("Statements per person and week"), "week")):
            self.view.addItem(label, value)
        self.view.currentIndexChanged.connect(self.count)
        self.chart = StackedBars(self)
        self.chart.segment_clicked.connect(self.show_statements)
        self.statements = QListWidget(self)
        self.empty_note = QLabel(self.tr(
            "<p><b>Nothing to count yet.</b></p><p>The overview counts accepted statements: who said how much "
            "on which theme, or per month. This library has none accepted yet.</p><p>To fill it: import "
            "articles (File → Import files), tag them (Ctrl+T), then accept statements on the To review page "
            "(A).</p>"), self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_note.hide()
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        for label, slot in ((self.tr("Chart as PNG…"), self.export_png), (self.tr("Numbers as CSV…"), self.export_csv),
                            (self.tr("Numbers as XLSX…"), self.export_xlsx)):
            button = QPushButton(label, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.statements)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.empty_note)
        layout.addWidget(splitter)
        self.splitter = splitter

    def reload(self, changed: Changes) -> None:  # noqa: ARG002 - the counts: all of them
        self.count()

    def count(self) -> None:
        """The chosen view's counts, drawn; the list of statements emptied."""
        view = self.view.currentData()
        self.table = (overview.statements_by_theme(self.library) if view == "theme"
                      else overview.statements_over_time(self.library, period=view))
        self.chart.set_table(self.table)
        self.statements.clear()
        empty = not self.table.rows
        self.empty_note.setVisible(empty)  # a blank page would not say why
        self.splitter.setVisible(not empty)

    def show_statements(self, row: str, column: str) -> list[int]:
        ids = self.table.cells.get((row, column), []) if self.table else []
        self.statements.clear()
        for excerpt in list_excerpts(self.library, ExcerptFilter(ids=ids)):
            self.statements.addItem(f"{excerpt['speaker']}{excerpt['verb'] or ''}：{excerpt['text'][:80]}")
        return ids

    def export_png(self) -> str | None:
        path = self.choose(self, "统计图.png", "PNG (*.png)")
        if path:
            self.chart.grab().save(path)
        return path

    def export_csv(self) -> str | None:
        path = self.choose(self, "统计.csv", "CSV (*.csv)")
        if path and self.table:
            overview.export_csv(self.table, Path(path))
        return path

    def export_xlsx(self) -> str | None:
        path = self.choose(self, "统计.xlsx", "Excel (*.xlsx)")
        if path and self.table:
            overview.export_xlsx(self.table, Path(path))
        return path
