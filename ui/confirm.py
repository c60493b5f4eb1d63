"""A question before an action that changes much or cannot be seen at once (bulk
accept, deleting an excerpt). The box is window-modal but does not block the caller
(``open``, not ``exec``): the action runs when the clerk presses Yes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from composer.briefings.export import ExportResult


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # Enter by habit does not accept 20,000 suggestions

    def answered(button: object) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            on_yes()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def tell(parent: QWidget, title: str, text: str, details: list[str]) -> QMessageBox | None:
    """What an action could not do as asked (an export's warnings), in a box that does not
    block; nothing when there is nothing to tell."""
    if not details:
        return None
    box = QMessageBox(QMessageBox.Icon.Warning, title, text + "\n\n" + "\n".join(f"• {d}" for d in details),
                      QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


def export_notes(parent: QWidget, result: ExportResult) -> QMessageBox | None:
    """What an export could not do as asked (a field the template has no place for, a 报尾
    it could not keep on the last page), said in a box; nothing when it did all."""
    return tell(parent, QCoreApplication.translate("Export", "Exported with notes"),
                QCoreApplication.translate("Export", "The briefing was exported. Note:"),
                [str(warning) for warning in result.warnings])
