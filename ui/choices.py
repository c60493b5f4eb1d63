"""Filling the person, theme and template choosers the pages share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCollator, QCollatorSortKey, QLocale
from PySide6.QtWidgets import QComboBox

from db.library import Library
from db.people import all_people
from db.themes import all_themes


def pinyin_key() -> Callable[[str], QCollatorSortKey]:
    """A sort key that puts Chinese names in pinyin order (安, 陈, 李, 王, 张), as a clerk
    expects from a directory — Qt's collator for zh_CN (ICU), not the code points."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    collator.setNumericMode(True)
    return collator.sortKey


def person_names(library: Library) -> list[str]:
    """People a filter can name: everyone in the directory but the reporters, in pinyin order."""
    return sorted({p.name for p in all_people(library) if p.role != "reporter"}, key=pinyin_key())


def theme_names(library: Library) -> list[str]:
    return [row.name for row in all_themes(library)]


def fill(combo: QComboBox, names: list[str], empty_label: str | None) -> None:
    """Replace a combo's choices, keeping the current one when it is still there, without
    firing change signals (refilling is not the user choosing)."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if empty_label is not None:
        combo.addItem(empty_label, None)
    for name in names:
        combo.addItem(name, name)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)
