"""A date field as people type dates — 2025-09-01, 2025/9/1, 2025年9月1日, 20250901 (read by
``composer.common.dates``) — with a calendar to pick one from. What is not a date stays in
the field, with a red line under it saying why; it is never stored."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from composer.common.dates import date_problem, parse_iso_date


class DateField(QWidget):
    committed = Signal()  # a date (or nothing) was entered or picked: ``value`` has it

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.edit.editingFinished.connect(self._finished)
        self.pick = QToolButton(self)
        self.pick.setText("📅")
        self.pick.setToolTip(self.tr("Pick a date from the calendar"))
        self.calendar = QCalendarWidget(self)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.pick)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_at_value)
        self.pick.setMenu(menu)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #c00000")
        self.problem.setWordWrap(True)
        self.problem.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.problem)

    def text(self) -> str:
        return self.edit.text()

    def value(self) -> str | None:
        """The date as ``YYYY-MM-DD``; None when empty or not a date (``valid`` tells which)."""
        return parse_iso_date(self.edit.text()) if self.edit.text().strip() else None

    def valid(self) -> bool:
        return not self.edit.text().strip() or self.value() is not None

    def set_value(self, iso: str | None) -> None:
        self.edit.setText(iso or "")
        self.problem.hide()

    def _finished(self) -> None:
        typed = self.edit.text().strip()
        problem = date_problem(typed) if typed else None
        if problem is not None:
            self.problem.setText(str(problem))
            self.problem.show()
            return
        self.problem.hide()
        value = self.value()
        if value and value != typed:
            self.edit.setText(value)  # 2025年9月1日 shown as stored
        self.committed.emit()

    def _calendar_at_value(self) -> None:
        value = self.value()
        if value:
            self.calendar.setSelectedDate(QDate.fromString(value, "yyyy-MM-dd"))

    def _picked(self, day: QDate) -> None:
        self.edit.setText(day.toString("yyyy-MM-dd"))
        menu = self.pick.menu()
        if menu is not None:
            menu.hide()
        self._finished()
