"""The reader: one article with its metadata and captions, its excerpts highlighted
(statements, mentions, hand-marked passages; statements coloured by theme) and listed
beside it. Select text → 新建摘录 (Ctrl+E); move an excerpt to the selection; delete.

Edits go through the operation runner's immediate path; the library page, which holds
the reader, reloads its excerpts (and the table's columns) from the announcement.

Offsets: the text widget shows the stored body exactly, so a selection is an offset
into it — but Qt counts UTF-16 units and Python code points, which differ for the rare
characters outside the BMP (CJK extension B in names); ``_to_offset`` converts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from composer.tagging import review
from db.articles import get_article
from db.excerpts import ExcerptFilter, list_excerpts
from db.library import Library
from db.people import all_people
from db.themes import all_themes
from ui.operations import OperationRunner

KIND_COLOURS = {"mention": "#d6e9ff", "excerpt": "#d9f2d0"}
STATEMENT_COLOURS = ["#fff2b3", "#ffd9c2", "#f3d1f4", "#d2f0ef", "#e8e1ff", "#ffe0e6"]


@dataclass
class ExcerptDetails:
    speaker: str
    people: list[str]
    themes: list[str]


def theme_colour(theme: str | None) -> str:
    if not theme:
        return STATEMENT_COLOURS[0]
    return STATEMENT_COLOURS[int(hashlib.md5(theme.encode("utf-8")).hexdigest(), 16) % len(STATEMENT_COLOURS)]


def _split_names(text: str) -> list[str]:
    return [name.strip() for name in text.replace("，", ",").replace("、", ",").split(",") if name.strip()]


class ExcerptDialog(QDialog):
    """Who said it, who is in it, which themes — with type-ahead from the library."""

    def __init__(self, library: Library, selected: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New excerpt"))
        people = sorted({name for p in all_people(library) for name in (p.name, *p.aliases)})
        themes = [row.name for row in all_themes(library)]
        layout = QFormLayout(self)
        preview = QLabel(selected if len(selected) <= 120 else selected[:119] + "…", self)
        preview.setWordWrap(True)
        layout.addRow(self.tr("Text"), preview)
        self.speaker = QLineEdit(self)
        self.speaker.setCompleter(QCompleter(people, self))
        self.speaker.setPlaceholderText(self.tr("who said it (leave empty for a passage)"))
        layout.addRow(self.tr("Speaker"), self.speaker)
        self.people = QLineEdit(self)
        self.people.setCompleter(_list_completer(people, self))
        self.people.setPlaceholderText(self.tr("people named, separated by 、"))
        layout.addRow(self.tr("People"), self.people)
        self.themes = QLineEdit(self)
        self.themes.setCompleter(_list_completer(themes, self))
        self.themes.setPlaceholderText(self.tr("themes, separated by 、"))
        layout.addRow(self.tr("Themes"), self.themes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def details(self) -> ExcerptDetails:
        return ExcerptDetails(self.speaker.text().strip(), _split_names(self.people.text()),
                              _split_names(self.themes.text()))


def _list_completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(words, parent)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


def ask_excerpt_details(reader: ReaderWidget, selected: str) -> ExcerptDetails | None:
    dialog = ExcerptDialog(reader.library, selected, reader)
    return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReaderWidget(QWidget):
    def __init__(self, ops: OperationRunner, parent: QWidget | None = None, *,
                 ask_details: Callable[[ReaderWidget, str], ExcerptDetails | None] = ask_excerpt_details) -> None:
        super().__init__(parent)
        self.ops = ops
        self.library = ops.library
        self.ask_details = ask_details
        self.article: dict | None = None
        self.excerpts: list[dict] = []
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.captions = QLabel(self)
        self.captions.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._select_excerpt)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.header, self.text, self.captions):
            column.addWidget(widget)
        splitter.addWidget(left)
        splitter.addWidget(self.list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._actions()

    def _actions(self) -> None:
        self.new_action = QAction(self.tr("New excerpt from selection"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+E"))
        self.new_action.triggered.connect(self.new_excerpt_from_selection)
        self.span_action = QAction(self.tr("Move excerpt to selection"), self)
        self.span_action.triggered.connect(self.move_excerpt_to_selection)
        self.delete_action = QAction(self.tr("Delete excerpt"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_current_excerpt)
        for action in (self.new_action, self.span_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.text.addAction(self.new_action)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addActions([self.span_action, self.delete_action])

    # -- showing ---------------------------------------------------------------------------
    def show_article(self, article_id: int | None) -> None:
        self.article = get_article(self.library, article_id) if article_id else None
        if self.article is None:
            self.header.clear()
            self.text.clear()
            self.captions.clear()
            self.list.clear()
            return
        article = self.article
        meta = " · ".join(str(article[k]) for k in ("source", "published", "byline") if article.get(k))
        themes = "、".join(article.get("themes") or [])
        untitled, themes_label = self.tr("(untitled)"), self.tr("Themes")
        self.header.setText(f"<b>{_escape(article['title'] or untitled)}</b><br>{_escape(meta)}"
                            + (f"<br>{themes_label}：{_escape(themes)}" if themes else ""))
        self.text.setPlainText(article["text"])
        self.captions.setText("\n".join(article.get("captions") or []))
        self.reload_excerpts()

    def reload_excerpts(self) -> None:
        if self.article is None:
            return
        self.excerpts = [e for e in list_excerpts(self.library, ExcerptFilter(article_id=self.article["id"]))
                         if e["status"] != "rejected"]
        self.excerpts.sort(key=lambda e: e["start"])
        self.list.clear()
        for excerpt in self.excerpts:
            label = self._label(excerpt)
            item = QListWidgetItem(label, self.list)
            item.setToolTip(excerpt["text"])
        self._highlight()

    def _label(self, excerpt: dict) -> str:
        kinds = {"statement": self.tr("Statement"), "mention": self.tr("Mention"), "excerpt": self.tr("Excerpt")}
        speaker = f"{excerpt['speaker'] or ''}{excerpt['verb'] or ''}：" if excerpt["kind"] == "statement" else ""
        text = excerpt["text"] if len(excerpt["text"]) <= 40 else excerpt["text"][:39] + "…"
        themes = f"  #{'#'.join(excerpt['themes'])}" if excerpt["themes"] else ""
        suggested = self.tr("suggested")
        pending = "" if excerpt["status"] == "accepted" else f"（{suggested}）"
        return f"[{kinds.get(excerpt['kind'], excerpt['kind'])}]{pending} {speaker}{text}{themes}"

    def _highlight(self) -> None:
        selections = []
        for excerpt in self.excerpts:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(excerpt["start"], excerpt["end"])
            colour = (theme_colour(excerpt["themes"][0] if excerpt["themes"] else None)
                      if excerpt["kind"] == "statement" else KIND_COLOURS.get(excerpt["kind"], "#eeeeee"))
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(colour))
            if excerpt["status"] == "suggested":
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            selection.format = text_format
            selections.append(selection)
        self.text.setExtraSelections(selections)

    def _select_excerpt(self, row: int) -> None:
        if 0 <= row < len(self.excerpts):
            excerpt = self.excerpts[row]
            self.text.setTextCursor(self._cursor(excerpt["start"], excerpt["end"]))
            self.text.ensureCursorVisible()

    # -- offsets ---------------------------------------------------------------------------
    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._to_position(start))
        cursor.setPosition(self._to_position(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _to_position(self, offset: int) -> int:
        body = self.article["text"] if self.article else ""
        return offset + sum(1 for char in body[:offset] if ord(char) > 0xFFFF)

    def _to_offset(self, position: int) -> int:
        body = self.article["text"] if self.article else ""
        units = 0
        for index, char in enumerate(body):
            if units >= position:
                return index
            units += 2 if ord(char) > 0xFFFF else 1
        return len(body)

    def selection(self) -> tuple[int, int] | None:
        cursor = self.text.textCursor()
        if not cursor.hasSelection():
            return None
        return self._to_offset(cursor.selectionStart()), self._to_offset(cursor.selectionEnd())

    # -- editing ---------------------------------------------------------------------------
    def new_excerpt_from_selection(self) -> int | None:
        span = self.selection()
        if self.article is None or span is None:
            return None
        details = self.ask_details(self, self.article["text"][span[0] : span[1]])
        if details is None:
            return None
        article_id = self.article["id"]
        return self.ops.apply(lambda library: review.create_excerpt(
            library, article_id, *span, speaker=details.speaker or None, people=details.people,
            themes=details.themes), source=self)

    def current_excerpt(self) -> dict | None:
        row = self.list.currentRow()
        return self.excerpts[row] if 0 <= row < len(self.excerpts) else None

    def move_excerpt_to_selection(self) -> None:
        excerpt, span = self.current_excerpt(), self.selection()
        if excerpt is None or span is None:
            return
        self.ops.apply(lambda library: review.edit_span(library, excerpt["id"], *span), source=self)

    def delete_current_excerpt(self) -> None:
        excerpt = self.current_excerpt()
        if excerpt is not None:
            self.ops.apply(lambda library: review.delete_excerpt(library, excerpt["id"]), source=self)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
