"""The excerpt editor: one form for what an excerpt is — its text and where it sits in the
article, who said it (with completion over the directory), its themes (chips to check),
a note. Reached from the reader, from the review queue (E) and — through
``edit_excerpt`` — from the composer.

The form stays open until the change is stored: bad input (a person or a theme the
library does not know) is named in the form and nothing typed is lost. Saving goes
through the operation runner's immediate path, one undoable step; the form never
accepts a suggestion — that stays the clerk's A or R.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from composer.tagging import review
from db.excerpts import ExcerptFilter, article_labels, excerpt_notes, list_excerpts
from db.library import Library
from db.people import all_people
from db.themes import all_themes
from ui.choices import pinyin_key
from ui.operations import OperationRunner

CHIP_COLUMNS = 5


@dataclass
class ExcerptFields:
    """What the form holds when the clerk presses OK."""

    speaker: str
    people: list[str]
    themes: list[str]
    note: str


def split_names(text: str) -> list[str]:
    return [name.strip() for name in text.replace("，", ",").replace("、", ",").split(",") if name.strip()]


class _EntryLine(QLineEdit):
    """Enter adds what is typed (``returnPressed``) instead of pressing the form's OK."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class ExcerptEditor(QDialog):
    """The form. ``save(fields)`` stores the change and says whether it worked; only then
    does the form close."""

    def __init__(self, library: Library, text: str, span: tuple[int, int], save: Callable[[ExcerptFields], bool], *,
                 excerpt: dict | None = None, note: str = "", context: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.setWindowTitle(self.tr("Edit excerpt") if excerpt else self.tr("New excerpt"))
        self.names = {name for p in all_people(library) for name in (p.name, *p.aliases)}
        self.theme_names = [row.name for row in all_themes(library)]
        layout = QFormLayout(self)
        where = self.tr("Characters %1–%2").replace("%1", str(span[0] + 1)).replace("%2", str(span[1]))
        self.span = QLabel(f"{context} · {where}" if context else where, self)
        self.span.setWordWrap(True)
        layout.addRow(self.tr("Where"), self.span)
        self.text = QPlainTextEdit(text, self)
        self.text.setReadOnly(True)
        self.text.setMaximumHeight(110)
        layout.addRow(self.tr("Text"), self.text)
        self.speaker = QLineEdit(excerpt["speaker"] or "" if excerpt else "", self)
        self.speaker.setCompleter(_completer(_pinyin_sorted(self.names), self))
        self.speaker.setPlaceholderText(self.tr("who said it (leave empty for a passage)"))
        self.speaker.setEnabled(excerpt is None or excerpt["kind"] != "mention")
        layout.addRow(self.tr("Speaker"), self.speaker)
        self.people: QLineEdit | None = None
        if excerpt is None:  # people named: for a new passage only (tagging finds them in suggestions)
            self.people = QLineEdit(self)
            self.people.setCompleter(_completer(_pinyin_sorted(self.names), self))
            self.people.setPlaceholderText(self.tr("people named, separated by 、"))
            layout.addRow(self.tr("People"), self.people)
        layout.addRow(self.tr("Themes"), self._theme_chips(excerpt["themes"] if excerpt else []))
        self.note = QPlainTextEdit(note, self)
        self.note.setMaximumHeight(70)
        self.note.setPlaceholderText(self.tr("a note for yourself (optional)"))
        layout.addRow(self.tr("Note"), self.note)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addRow(buttons)
        self.resize(620, 520)

    def _theme_chips(self, checked: list[str]) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.theme_entry = _EntryLine(box)
        self.theme_entry.setPlaceholderText(self.tr("type a theme and press Enter, or click the chips"))
        self.theme_entry.setCompleter(_completer(self.theme_names, self))
        self.theme_entry.returnPressed.connect(self.add_typed_theme)
        grid.addWidget(self.theme_entry, 0, 0, 1, CHIP_COLUMNS)
        self.chips: dict[str, QPushButton] = {}
        for index, name in enumerate(self.theme_names):
            chip = QPushButton(name, box)
            chip.setCheckable(True)
            chip.setChecked(name in checked)
            chip.setAutoDefault(False)  # Enter in the form is OK, not a chip
            chip.setStyleSheet("QPushButton { border-radius: 9px; padding: 2px 10px; }"
                               " QPushButton:checked { background: #ffe08a; font-weight: bold; }")
            grid.addWidget(chip, 1 + index // CHIP_COLUMNS, index % CHIP_COLUMNS)
            self.chips[name] = chip
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(box)
        scroll.setMinimumHeight(120)
        return scroll

    def add_typed_theme(self) -> bool:
        """Check the chip of the theme typed; an unknown name is said and kept to correct."""
        name = self.theme_entry.text().strip()
        if not name:
            return True
        if name not in self.chips:
            self.error.setText(self.tr("No theme is named “%1”.").replace("%1", name))
            return False
        self.chips[name].setChecked(True)
        self.theme_entry.clear()
        self.error.clear()
        return True

    def fields(self) -> ExcerptFields:
        return ExcerptFields(self.speaker.text().strip(), split_names(self.people.text()) if self.people else [],
                             [name for name, chip in self.chips.items() if chip.isChecked()],
                             self.note.toPlainText().strip())

    def problem(self) -> str | None:
        """What the library would refuse, said before anything is stored."""
        unknown = [name for name in self.fields().people if name not in self.names]
        if unknown:
            return self.tr("No one in the directory is named “%1”.").replace("%1", "、".join(unknown))
        return None

    def try_save(self) -> None:
        if not self.add_typed_theme():
            return
        problem = self.problem()
        if problem is not None:
            self.error.setText(problem)
            return
        self.error.clear()
        if self.save(self.fields()):  # refused by the core: its error box shows, the form stays as typed
            self.accept()


def _pinyin_sorted(names: set[str]) -> list[str]:
    key = cast(Callable[[str], Any], pinyin_key())  # a QCollatorSortKey: ordered, but typed as object
    return sorted(names, key=key)


def _completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(words, parent)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return completer


def context_line(library: Library, article_id: int) -> str:
    """《title》 source date: where an excerpt comes from."""
    label = article_labels(library, [article_id]).get(article_id) or {}
    parts = [f"《{label.get('title') or ''}》", label.get("source") or "", label.get("published") or ""]
    return " ".join(part for part in parts if part)


# -- opening the form -------------------------------------------------------------------------


def edit_excerpt(ops: OperationRunner, parent: QWidget, excerpt_id: int, *,
                 source: object = None) -> ExcerptEditor | None:
    """Open the editor on a stored excerpt (window-modal, not blocking the caller); OK
    stores speaker, themes and note as one undoable step announced with ``source``
    (default: ``parent``). None when the excerpt is gone. For the review queue, the
    reader and the composer."""
    found = list_excerpts(ops.library, ExcerptFilter(ids=[excerpt_id]))
    if not found:
        return None
    excerpt = found[0]

    def save(fields: ExcerptFields) -> bool:
        result = ops.apply(lambda library: review.edit_excerpt(
            library, excerpt_id, speaker=fields.speaker, themes=fields.themes, note=fields.note),
            source=parent if source is None else source)
        return result is not None

    dialog = ExcerptEditor(ops.library, excerpt["text"], (excerpt["start"], excerpt["end"]), save, excerpt=excerpt,
                           note=excerpt_notes(ops.library, [excerpt_id]).get(excerpt_id, ""),
                           context=context_line(ops.library, excerpt["article_id"]), parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def new_excerpt(ops: OperationRunner, parent: QWidget, article_id: int, span: tuple[int, int], text: str, *,
                on_saved: Callable[[int], None] | None = None) -> ExcerptEditor:
    """Open the editor for a new excerpt of ``text`` = the article's text[span]; OK
    stores it (one undoable step) and passes its id to ``on_saved``."""

    def save(fields: ExcerptFields) -> bool:
        excerpt_id = ops.apply(lambda library: review.create_excerpt(
            library, article_id, *span, speaker=fields.speaker or None, people=fields.people, themes=fields.themes,
            note=fields.note), source=parent)
        if excerpt_id is not None and on_saved is not None:
            on_saved(excerpt_id)
        return excerpt_id is not None

    dialog = ExcerptEditor(ops.library, text, span, save, context=context_line(ops.library, article_id),
                           parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
