"""开始使用: the page an empty library opens on, and 帮助 → 使用说明. It leads through the
day's five steps — 导入 → 标注 → 审核 → 编排 → 导出 — each with what it is for, how far the
library is (articles, suggestions waiting, statements accepted, briefings) and a button
that does it. The window decides what a button does (``step_requested``); the page only
shows where the clerk stands, reloading from ``library_changed`` like every page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from composer.common.changes import Changes
from db.articles import count_articles
from db.briefings import list_briefings
from db.excerpts import ExcerptFilter, count_selected
from ui.operations import OperationRunner
from ui.page import Page

STEPS = ("import", "tag", "review", "compose", "export")


class FirstRunPage(Page):
    step_requested = Signal(str)  # import, demo, paste, tag, review, compose, export
    follows = Changes(articles=True, excerpts=True, briefings=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.buttons: dict[str, QPushButton] = {}
        self.states: dict[str, QLabel] = {}
        heading = QLabel(self.tr("<h2>Getting started</h2><p>A briefing is made in five steps. "
                                 "Start with the first; each button does its step.</p>"), self)
        heading.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        texts = {
            "import": (self.tr("1 Import"), self.tr("Bring in newspaper pages and articles: .txt, .docx, .pdf, "
                                                     ".html files, pasted text, or the demo pages to try.")),
            "tag": (self.tr("2 Tag"), self.tr("The program finds who said what and on which theme; it "
                                               "suggests, you decide.")),
            "review": (self.tr("3 Review"), self.tr("Accept (A) or reject (R) each suggested statement; "
                                                     "Ctrl+Z undoes.")),
            "compose": (self.tr("4 Compose"), self.tr("Choose a template and the people or themes: the program "
                                                       "drafts the briefing, you arrange it.")),
            "export": (self.tr("5 Export"), self.tr("Write the briefing as a .docx in 公文 format.")),
        }
        actions = {
            "import": [("import", self.tr("Import files…")), ("paste", self.tr("Paste article…")),
                       ("demo", self.tr("Load demo pages"))],
            "tag": [("tag", self.tr("Tag new articles"))],
            "review": [("review", self.tr("Go to review"))],
            "compose": [("compose", self.tr("Go to composer"))],
            "export": [("export", self.tr("Go to briefings"))],
        }
        for row, step in enumerate(STEPS):
            title, text = texts[step]
            name = QLabel(f"<b>{title}</b>", self)
            explanation = QLabel(text, self)
            explanation.setWordWrap(True)
            self.states[step] = QLabel(self)
            grid.addWidget(name, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(explanation, row * 2, 2)
            grid.addWidget(self.states[step], row * 2 + 1, 2)
            buttons = QWidget(self)
            line = QVBoxLayout(buttons)
            line.setContentsMargins(0, 0, 0, 0)
            for key, label in actions[step]:
                button = QPushButton(label, buttons)
                button.clicked.connect(lambda _=False, key=key: self.step_requested.emit(key))
                self.buttons[key] = button
                line.addWidget(button)
            grid.addWidget(buttons, row * 2, 1, 2, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addStretch(1)

    def reload(self, changed: Changes) -> None:  # noqa: ARG002 - four counts: all of them
        articles = count_articles(self.library)
        waiting = count_selected(self.library, ExcerptFilter(status="suggested", kind="statement"))
        accepted = count_selected(self.library, ExcerptFilter(status="accepted", kind="statement"))
        briefings = len(list_briefings(self.library))
        self.states["import"].setText(self.tr("The library holds %1 article(s).").replace("%1", str(articles)))
        self.states["tag"].setText(self.tr("%1 suggested statement(s) wait for review.").replace("%1", str(waiting)))
        self.states["review"].setText(self.tr("%1 statement(s) accepted.").replace("%1", str(accepted)))
        self.states["compose"].setText(self.tr("%1 briefing(s) drafted.").replace("%1", str(briefings)))
        self.states["export"].setText(self.tr("On the briefings page: select one, then Export .docx…"))
