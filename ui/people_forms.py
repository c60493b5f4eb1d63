"""The people page's small forms and words: roles in the clerk's words (领导干部, 人大代表 …
rather than the stored codes) and the 添加职务 form — 职务, 单位 and the start and end dates
picked from a calendar — instead of one line to be typed as "职务|单位|日期"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from composer.people.directory import ROLES, Title

DATE_FORMAT = "yyyy-MM-dd"


def role_label(role: str) -> str:
    """A role code (official, cppcc_member …) as the clerk names it."""
    labels = {
        "official": QCoreApplication.translate("PeopleForms", "Official"),
        "deputy": QCoreApplication.translate("PeopleForms", "People's congress deputy"),
        "cppcc_member": QCoreApplication.translate("PeopleForms", "CPPCC member"),
        "enterprise": QCoreApplication.translate("PeopleForms", "Enterprise"),
        "reporter": QCoreApplication.translate("PeopleForms", "Reporter"),
        "other": QCoreApplication.translate("PeopleForms", "Other"),
    }
    return labels.get(role, role)


def fill_roles(combo: QComboBox) -> None:
    """Every role, shown in words, its code as the item's data."""
    for role in ROLES:
        combo.addItem(role_label(role), role)


class _OptionalDate(QWidget):
    """A date that may be left open: a check box says whether it is given, a calendar picks it."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given = QCheckBox(label, self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setMinimumDate(QDate(1949, 1, 1))
        self.date.setEnabled(False)
        self.given.toggled.connect(self.date.setEnabled)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.given)
        row.addWidget(self.date, 1)

    def value(self) -> str | None:
        return self.date.date().toString(DATE_FORMAT) if self.given.isChecked() else None


class TitleForm(QDialog):
    """添加职务: the title (required), its organisation, and from/to dates (each optional)."""

    def __init__(self, person_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a title for %1").replace("%1", person_name))
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. 区委书记"))
        self.org = QLineEdit(self)
        self.org.setPlaceholderText(self.tr("e.g. 中共丰台区委 (optional)"))
        self.valid_from = _OptionalDate(self.tr("set"), self)
        self.valid_to = _OptionalDate(self.tr("set"), self)
        self.valid_from.date.dateChanged.connect(self._keep_order)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._check)
        form = QFormLayout(self)
        form.addRow(self.tr("Post"), self.title)
        form.addRow(self.tr("Organisation"), self.org)
        form.addRow(self.tr("Held from"), self.valid_from)
        form.addRow(self.tr("Held until"), self.valid_to)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        """A title needs its name: OK waits for it."""
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.title.text().strip()))

    def _keep_order(self, start: QDate) -> None:
        """The end date's calendar starts at the start date: a title cannot end before it starts."""
        self.valid_to.date.setMinimumDate(start)

    def value(self) -> Title:
        return Title(self.title.text().strip(), self.org.text().strip() or None, self.valid_from.value(),
                     self.valid_to.value())
