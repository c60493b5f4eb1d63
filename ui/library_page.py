"""The library page: search and filters over a lazy article table, and the reader.

The search box takes the clerk's query language (composer/search/query.py). A search runs on
the worker thread (it may read 100,000 articles' index); its article ids then feed the
same lazy table. Filters: dates, source, person, theme, review status — also with no
words in the box (来源=丰台时报 alone lists that paper's articles). Any change to articles,
excerpts, people or themes reloads the page (the table's people, themes and to-review
columns, the filters' choices, the reader's excerpts) — a search is run again.

While the library is empty the reader's place holds the 开始使用 guide (ui/first_run.py):
what to do first, with a button for each step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from composer.common.changes import Changes
from composer.search.searcher import SearchRequest, SearchResult, search
from db.articles import count_articles
from db.library import Library
from ui import choices
from ui.article_model import ArticleTableModel
from ui.first_run import FirstRunPage
from ui.operations import Operation, OperationContext, OperationRunner
from ui.page import Page
from ui.reader import ReaderWidget

SEARCH_LIMIT = 5000  # hits a search shows; the status line says when there are more


class LibraryPage(Page):
    follows = Changes(articles=True, excerpts=True, people=True, themes=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = ArticleTableModel(self.library, self)
        self.table = self._table()
        self.reader = ReaderWidget(ops, self)
        self.guide = FirstRunPage(ops, self)
        self.guide.hide()
        self.status = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._search_bar())
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.reader)
        splitter.addWidget(self.guide)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter)
        layout.addWidget(self.status)

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the model's order: enabling sorts no more
        table.setSortingEnabled(True)
        table.selectionModel().currentRowChanged.connect(lambda current, _: self.open_row(current.row()))
        return table

    def _search_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr('Search: words, "phrase", OR, -excluded'))
        self.query.returnPressed.connect(self.run_search)
        self.from_date = QLineEdit(self)
        self.from_date.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.to_date = QLineEdit(self)
        self.to_date.setPlaceholderText(self.tr("to YYYY-MM-DD"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("source"))
        for field in (self.from_date, self.to_date, self.source):
            field.returnPressed.connect(self.run_search)
        self.person = QComboBox(self)
        self.theme = QComboBox(self)
        self.review_status = QComboBox(self)
        self.review_status.addItem(self.tr("Any status"), None)
        self.review_status.addItem(self.tr("To review"), "suggested")
        self.review_status.addItem(self.tr("Accepted"), "accepted")
        button = QPushButton(self.tr("Search"), self)
        button.clicked.connect(self.run_search)
        clear = QPushButton(self.tr("Show all"), self)
        clear.clicked.connect(self.show_all)
        row.addWidget(self.query, 3)
        for widget in (self.from_date, self.to_date, self.source, self.person, self.theme, self.review_status,
                       button, clear):
            row.addWidget(widget)
        return row

    def fill_choices(self) -> None:
        choices.fill(self.person, choices.person_names(self.library), self.tr("Anyone"))
        choices.fill(self.theme, choices.theme_names(self.library), self.tr("Any theme"))

    # -- showing -------------------------------------------------------------------------
    def show_all(self) -> None:
        """Every article: the words and the filters cleared."""
        self.query.clear()
        self.reader.set_search("")
        for field in (self.from_date, self.to_date, self.source):
            field.clear()
        for combo in (self.person, self.theme, self.review_status):
            combo.setCurrentIndex(0)
        self._list_all()

    def _list_all(self) -> None:
        self.model.reload()
        self.status.setText(self.tr("%n article(s)", "", len(self.model.ids)))

    def filtered(self) -> bool:
        """Is anything asked for — words or a filter?"""
        request = self.request()
        return any((request.query, request.from_date, request.to_date, request.source, request.theme,
                    request.person, request.status))

    def reload(self, changed: Changes) -> None:
        if changed.people or changed.themes:
            self.fill_choices()
        if self.filtered():
            self.run_search()
        else:
            self._list_all()
        self.reader.reload_excerpts()
        empty = changed.articles and count_articles(self.library) == 0
        if changed.articles:
            self.guide.setVisible(empty)
            self.reader.setVisible(not empty)
            self.guide.bring_up_to_date()

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.ids):
            self.reader.show_article(self.model.article_id(row))

    def request(self) -> SearchRequest:
        return SearchRequest(
            self.query.text().strip(), from_date=self.from_date.text().strip() or None,
            to_date=self.to_date.text().strip() or None, source=self.source.text().strip() or None,
            theme=self.theme.currentData(), person=self.person.currentData(), status=self.review_status.currentData(),
            limit=SEARCH_LIMIT,
        )

    def run_search(self) -> Operation | None:
        """The words and the filters; the filters alone when the box is empty (issue 17:
        来源=丰台时报 with no words listed every article)."""
        request = self.request()
        if not self.filtered():
            self._list_all()
            return None

        def work(library: Library, context: OperationContext) -> SearchResult:  # noqa: ARG001 - short: no progress
            return search(library, request)

        self.status.setText(self.tr("Searching…"))
        return self.ops.run(self.tr("Searching"), work, on_success=self._searched, on_failure=self.status.setText,
                            source=self, progress=False)

    def _searched(self, result: SearchResult) -> None:
        self.reader.set_search(self.query.text())  # the search words marked in the article read
        ids = list(dict.fromkeys(hit.article_id for hit in result.hits))
        self.model.reload(ids)
        note = self.tr("%n result(s)", "", len(ids))
        if result.more:
            note += self.tr(" (more: narrow the search)")
        self.status.setText(note + f" · {result.seconds * 1000:.0f} ms")
        shown = self.reader.article["id"] if self.reader.article else None
        if ids and shown not in ids:  # a search run again after a change keeps the article being read
            self.table.selectRow(0)
