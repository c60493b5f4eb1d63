"""The reader: one article with its metadata and captions, its excerpts highlighted
(statements, mentions, hand-marked passages; statements coloured by theme) and listed
beside it. Select text → 新建摘录 (Ctrl+E) in the excerpt editor; double-click or F2 on
an excerpt of the list → the same editor; drag an end of the chosen excerpt in the text
to change its span (ui/span_drag.py), or move it to the selection; Delete — on
the list only, after a question (a key pressed in the text never deletes an excerpt).
Ctrl+F finds words in the article (every match marked, Enter for the next); the words
of the library's search are marked in the text (``set_search``).

Edits go through the operation runner's immediate path; the library page, which holds
the reader, reloads its excerpts (and the table's columns) from the announcement; the
excerpt chosen in the list stays chosen.

Offsets: the text widget shows the stored body exactly, so a selection is an offset
into it — but Qt counts UTF-16 units and Python code points, which differ for the rare
characters outside the BMP (CJK extension B in names); ``_to_offset`` converts.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from composer.common.messages import BriefingError
from composer.common.text import search_fold
from composer.search.query import Query, parse
from composer.tagging import review
from db.articles import get_article
from db.excerpts import ExcerptFilter, list_excerpts
from ui.confirm import confirm
from ui.excerpt_editor import ExcerptEditor, edit_excerpt, new_excerpt
from ui.operations import OperationRunner
from ui.span_drag import SpanDrag

KIND_COLOURS = {"mention": "#d6e9ff", "excerpt": "#d9f2d0"}
STATEMENT_COLOURS = ["#fff2b3", "#ffd9c2", "#f3d1f4", "#d2f0ef", "#e8e1ff", "#ffe0e6"]
SEARCH_COLOUR = "#ffb347"  # the library search's words: stronger than any excerpt colour
FOUND_COLOUR = "#8fd3ff"  # Ctrl+F matches


def theme_colour(theme: str | None) -> str:
    if not theme:
        return STATEMENT_COLOURS[0]
    return STATEMENT_COLOURS[int(hashlib.md5(theme.encode("utf-8")).hexdigest(), 16) % len(STATEMENT_COLOURS)]


class ReaderWidget(QWidget):
    def __init__(self, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.library = ops.library
        self.article: dict | None = None
        self.excerpts: list[dict] = []
        self.search: Query | None = None  # the library search whose words are marked
        self.found: list[tuple[int, int]] = []  # Ctrl+F's matches
        self.editor: ExcerptEditor | None = None
        self.confirmation: QMessageBox | None = None
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QTextEdit(self)
        self.text.setReadOnly(True)
        self.dragged: tuple[int, int] | None = None  # the chosen excerpt's span while its end is dragged
        self.drag = SpanDrag(self.text, self._chosen_span, self._to_offset, self._drag_to, self._drop_span)
        self.captions = QLabel(self)
        self.captions.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._select_excerpt)
        self.list.itemDoubleClicked.connect(lambda item: self.edit_current_excerpt())
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addLayout(self._find_bar())
        for widget in (self.text, self.captions):
            column.addWidget(widget)
        splitter.addWidget(left)
        splitter.addWidget(self.list)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._actions()

    def _find_bar(self) -> QHBoxLayout:
        """Ctrl+F: a find line over the text, hidden until asked for."""
        row = QHBoxLayout()
        self.find_line = QLineEdit(self)
        self.find_line.setPlaceholderText(self.tr("Find in this article (Enter: next, Esc: close)"))
        self.find_line.setClearButtonEnabled(True)
        self.find_line.textChanged.connect(lambda text: self.find_words(text, again=False))
        self.find_line.returnPressed.connect(lambda: self.find_words(self.find_line.text(), again=True))
        self.find_count = QLabel(self)
        row.addWidget(self.find_line)
        row.addWidget(self.find_count)
        self.find_line.hide()
        self.find_count.hide()
        return row

    def _actions(self) -> None:
        self.new_action = QAction(self.tr("New excerpt from selection"), self)
        self.new_action.setShortcut(QKeySequence("Ctrl+E"))
        self.new_action.triggered.connect(self.new_excerpt_from_selection)
        self.find_action = QAction(self.tr("Find in article"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.show_find)
        self.close_find_action = QAction(self.tr("Close find"), self.find_line)
        self.close_find_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.close_find_action.triggered.connect(self.hide_find)
        self.find_line.addAction(self.close_find_action)
        for action in (self.new_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.close_find_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action = QAction(self.tr("Edit excerpt…"), self.list)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.triggered.connect(self.edit_current_excerpt)
        self.span_action = QAction(self.tr("Move excerpt to selection"), self.list)
        self.span_action.triggered.connect(self.move_excerpt_to_selection)
        self.delete_action = QAction(self.tr("Delete excerpt…"), self.list)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_current_excerpt)
        for action in (self.edit_action, self.span_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # the list's keys, never the text's
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.text.addActions([self.new_action, self.find_action])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addActions([self.edit_action, self.span_action, self.delete_action])

    # -- showing ---------------------------------------------------------------------------
    def show_article(self, article_id: int | None) -> None:
        self.article = get_article(self.library, article_id) if article_id else None
        if self.article is None:
            self.header.clear()
            self.text.clear()
            self.captions.clear()
            self.list.clear()
            self.excerpts = []
            return
        article = self.article
        meta = " · ".join(str(article[k]) for k in ("source", "published", "byline") if article.get(k))
        themes = "、".join(article.get("themes") or [])
        untitled, themes_label = self.tr("(untitled)"), self.tr("Themes")
        self.header.setText(f"<b>{_escape(article['title'] or untitled)}</b><br>{_escape(meta)}"
                            + (f"<br>{themes_label}：{_escape(themes)}" if themes else ""))
        self.text.setPlainText(article["text"])
        self.captions.setText("\n".join(article.get("captions") or []))
        self.excerpts = []
        self.reload_excerpts()
        if self.find_line.isVisible() and self.find_line.text():
            self.find_words(self.find_line.text(), again=False)

    def set_search(self, query: str) -> None:
        """Mark the words of the library's search (its query language) in the text; ""
        for none. A query with nothing to find marks nothing."""
        try:
            self.search = parse(query) if query.strip() else None
        except BriefingError:
            self.search = None
        self._highlight()

    def reload_excerpts(self) -> None:
        """The article's excerpts again, the one chosen in the list still chosen."""
        if self.article is None:
            return
        chosen = self.current_excerpt()
        self.excerpts = [e for e in list_excerpts(self.library, ExcerptFilter(article_id=self.article["id"]))
                         if e["status"] != "rejected"]
        self.excerpts.sort(key=lambda e: e["start"])
        self.list.blockSignals(True)  # choosing it again must not move the text's cursor
        self.list.clear()
        for excerpt in self.excerpts:
            item = QListWidgetItem(self._label(excerpt), self.list)
            item.setToolTip(excerpt["text"])
        rows = [i for i, e in enumerate(self.excerpts) if chosen and e["id"] == chosen["id"]]
        if rows:
            self.list.setCurrentRow(rows[0])
        self.list.blockSignals(False)
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
        """Excerpts, then the search's words and Ctrl+F's matches over them."""
        selections = []
        chosen = self.current_excerpt()
        for excerpt in self.excerpts:
            start, end = excerpt["start"], excerpt["end"]
            if self.dragged is not None and chosen is not None and excerpt["id"] == chosen["id"]:
                start, end = self.dragged
            colour = (theme_colour(excerpt["themes"][0] if excerpt["themes"] else None)
                      if excerpt["kind"] == "statement" else KIND_COLOURS.get(excerpt["kind"], "#eeeeee"))
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(colour))
            if excerpt["status"] == "suggested":
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            if self.dragged is not None and chosen is not None and excerpt["id"] == chosen["id"]:
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selections.append(self._marked(start, end, text_format))
        for start, end in self.search_marks():
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(SEARCH_COLOUR))
            text_format.setFontWeight(700)
            selections.append(self._marked(start, end, text_format))
        for start, end in self.found:
            text_format = QTextCharFormat()
            text_format.setBackground(QColor(FOUND_COLOUR))
            selections.append(self._marked(start, end, text_format))
        self.text.setExtraSelections(selections)

    def _marked(self, start: int, end: int, text_format: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(start, end)
        selection.format = text_format
        return selection

    def search_marks(self) -> list[tuple[int, int]]:
        """Where the search's words are in the article's text (offsets into it)."""
        if self.search is None or self.article is None:
            return []
        return self.search.marks(search_fold(self.article["text"]))

    def _select_excerpt(self, row: int) -> None:
        if 0 <= row < len(self.excerpts):
            excerpt = self.excerpts[row]
            self.text.setTextCursor(self._cursor(excerpt["start"], excerpt["end"]))
            self.text.ensureCursorVisible()

    # -- finding (Ctrl+F) ------------------------------------------------------------------
    def show_find(self) -> None:
        self.find_line.show()
        self.find_count.show()
        self.find_line.setFocus()
        self.find_line.selectAll()

    def hide_find(self) -> None:
        self.find_line.hide()
        self.find_count.hide()
        self.found = []
        self._highlight()
        self.text.setFocus()

    def find_words(self, words: str, *, again: bool) -> None:
        """Mark every place of ``words`` (case and full-width folded as search does) and
        go to the first after the cursor (``again``: after the current match)."""
        body = self.article["text"] if self.article else ""
        needle = search_fold(words.strip())
        folded = search_fold(body)
        self.found = []
        if needle:
            at = folded.find(needle)
            while at >= 0:
                self.found.append((at, at + len(needle)))
                at = folded.find(needle, at + len(needle))
        self._highlight()
        if not self.found:
            self.find_count.setText(self.tr("not in this article") if needle else "")
            return
        here = self._to_offset(self.text.textCursor().selectionStart())
        following = [span for span in self.found if span[0] > here or (not again and span[0] >= here)]
        start, end = (following or self.found)[0]
        self.text.setTextCursor(self._cursor(start, end))
        self.text.ensureCursorVisible()
        number = self.found.index((start, end)) + 1
        label = self.tr("match %1 of %2").replace("%1", str(number)).replace("%2", str(len(self.found)))
        self.find_count.setText(label)

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
    def new_excerpt_from_selection(self) -> ExcerptEditor | None:
        """The excerpt editor for the selected text; OK stores it and chooses it in the list."""
        span = self.selection()
        if self.article is None or span is None:
            return None
        self.editor = new_excerpt(self.ops, self, self.article["id"], span, self.article["text"][span[0] : span[1]],
                                  on_saved=self._choose)
        return self.editor

    def _choose(self, excerpt_id: int) -> None:
        rows = [i for i, e in enumerate(self.excerpts) if e["id"] == excerpt_id]
        if rows:
            self.list.setCurrentRow(rows[0])

    def current_excerpt(self) -> dict | None:
        row = self.list.currentRow()
        return self.excerpts[row] if 0 <= row < len(self.excerpts) else None

    def edit_current_excerpt(self) -> ExcerptEditor | None:
        excerpt = self.current_excerpt()
        if excerpt is None:
            return None
        self.editor = edit_excerpt(self.ops, self, excerpt["id"])
        return self.editor

    def _chosen_span(self) -> tuple[int, int] | None:
        excerpt = self.current_excerpt()
        return (excerpt["start"], excerpt["end"]) if excerpt else None

    def _drag_to(self, span: tuple[int, int]) -> None:
        self.dragged = span
        self._highlight()

    def _drop_span(self, span: tuple[int, int]) -> None:
        """An end dragged and let go: the excerpt covers the new span (one undoable step)."""
        excerpt, self.dragged = self.current_excerpt(), None
        if excerpt is not None:
            self.ops.apply(lambda library: review.edit_span(library, excerpt["id"], *span), source=self)
        self._highlight()  # also when the core refused it: the old span is drawn again

    def move_excerpt_to_selection(self) -> None:
        excerpt, span = self.current_excerpt(), self.selection()
        if excerpt is None or span is None:
            return
        self.ops.apply(lambda library: review.edit_span(library, excerpt["id"], *span), source=self)

    def delete_current_excerpt(self) -> None:
        """After a question naming the excerpt (Ctrl+Z brings it back too)."""
        excerpt = self.current_excerpt()
        if excerpt is None:
            return
        text = excerpt["text"] if len(excerpt["text"]) <= 60 else excerpt["text"][:59] + "…"
        question = self.tr("Delete this excerpt?") + f"\n\n{text}"
        self.confirmation = confirm(self, self.tr("Delete excerpt"), question, lambda: self.ops.apply(
            lambda library: review.delete_excerpt(library, excerpt["id"]), source=self))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
