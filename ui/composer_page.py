"""The briefing composer: candidates from a query on the left, the outline (sections →
items) in the middle with the item's text below it, the fields and a live preview on the
right; the three panes sit in a splitter whose sizes are kept.

新建简报 starts an empty briefing of the chosen template, 自动编排 drafts one from the query.
Drag candidates — statements, or whole articles in the articles mode — into the outline,
drag items to reorder them or move them to another section; rename a section with F2 or a
double-click, move sections and items with Alt+↑/↓, remove with Delete, or use the
right-click menus (ui/outline_tree.py, ui/composer_edits.py). The item's text (a 简报
item's headline too) is reworded in the box under the outline for this briefing only.
Every change is stored at once as one undoable step (the core writes only the rows that
differ); the page updates the tree in place, and the preview a moment later. A change
made elsewhere (undo, another page) reloads the page from the ``library_changed``
announcement. Export runs on the worker thread and opens the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.briefings import drafts as briefing_ops
from composer.briefings.drafts import DraftFields, DraftQuery
from composer.briefings.export import ExportOptions, ExportResult, export_with_report
from composer.briefings.preview import preview_html
from composer.briefings.templates import list_templates
from composer.common.changes import Changes
from composer.tagging.statement_learning import reliable_from
from db import excerpts as excerpt_store
from db.briefings import BriefingRow, ItemRow, SectionRow, draft_material, load_briefing, used_excerpt_ids
from db.excerpts import ExcerptFilter
from db.library import Library
from ui import choices
from ui.composer_candidates import Candidate, CandidateView
from ui.composer_dates import DateField
from ui.composer_edits import OutlineEdits
from ui.confirm import export_notes
from ui.operations import Operation, OperationContext, OperationRunner
from ui.outline_tree import OutlineTree
from ui.page import Page

FIELDS = ("title", "subtitle", "masthead", "unit", "date", "send_to", "copy_to", "printed_by", "editor_note")
TextAsker = Callable[[QWidget, str, str], str | None]
PREVIEW_ITEMS = 300  # items laid out in the preview; the export has them all
PREVIEW_DELAY_MS = 250  # the preview follows edits a moment later, once for a burst of them


def chosen(combo: QComboBox) -> str | None:
    """The name chosen in a person or theme chooser; None for its first entry (anyone, any
    theme). That entry's data is None, and PySide 6.12 on Python 3.11 drops a reference to
    None each time such data is read back — enough reads and the app aborts — so it is
    never read."""
    return str(combo.currentData()) if combo.currentIndex() > 0 else None


def ask_item_text(parent: QWidget, title: str, text: str) -> str | None:
    value, ok = QInputDialog.getMultiLineText(parent, title, title, text)
    return value if ok else None


class ComposerPage(OutlineEdits, Page):
    exported = Signal(str)
    follows = Changes(excerpts=True, people=True, themes=True, briefings=True, templates=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None, *,
                 choose_path: Callable[[QWidget, str], str | None] | None = None,
                 ask_text: TextAsker = ask_item_text) -> None:
        super().__init__(ops, parent)
        self.choose_path = choose_path
        self.ask_text = ask_text
        self.open_after_export = True
        self.warning_box: QMessageBox | None = None  # what the last export could not do as asked
        self.briefing: BriefingRow | None = None
        self.outline_of: int | None = None  # the briefing the outline was filled from
        self.texts: dict[int, str] = {}
        self.menu: QMenu | None = None
        self.buttons: dict[str, QPushButton] = {}
        self._saving = False
        self._preview_due = False
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.show_preview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._candidates_panel())
        self.splitter.addWidget(self._outline_panel())
        self.splitter.addWidget(self._fields_panel())
        self.splitter.setSizes([420, 520, 480])
        state = QSettings().value("composer/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(self._keep_sizes)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    # -- building --------------------------------------------------------------------------
    def _candidates_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.template = QComboBox(panel)
        self.person = QComboBox(panel)
        self.theme = QComboBox(panel)
        self.from_date = DateField(self.tr("from, e.g. 2025-09-01"), panel)
        self.to_date = DateField(self.tr("to, e.g. 2025年9月30日"), panel)
        self.source = QLineEdit(panel)
        self.source.setPlaceholderText(self.tr("source"))
        self.unused = QCheckBox(self.tr("Not yet used"), panel)
        self.reliable = QCheckBox(self.tr("Reliable only"), panel)
        self.reliable.setToolTip(self.tr(
            "Statements at least as confident as this library's reliable line (98 % precision on real articles)"))
        self.group_by = QComboBox(panel)
        for label, value in ((self.tr("by theme"), "theme"), (self.tr("by person"), "person"),
                             (self.tr("by date"), "date")):
            self.group_by.addItem(label, value)
        self.mode = QComboBox(panel)
        self.mode.addItem(self.tr("Statements"), "statements")
        self.mode.addItem(self.tr("Whole articles"), "articles")
        self.mode.setToolTip(self.tr("Articles: drag a whole article into the outline as one item"))
        self.mode.currentIndexChanged.connect(self.find_candidates)
        form = QFormLayout()
        for label, widget in ((self.tr("Template"), self.template), (self.tr("Person"), self.person),
                              (self.tr("Theme"), self.theme), (self.tr("From"), self.from_date),
                              (self.tr("To"), self.to_date), (self.tr("Source"), self.source),
                              (self.tr("Group"), self.group_by), (self.tr("Show"), self.mode)):
            form.addRow(label, widget)
        layout.addLayout(form)
        checks = QHBoxLayout()
        checks.addWidget(self.unused)
        checks.addWidget(self.reliable)
        layout.addLayout(checks)
        row = QHBoxLayout()
        for name, label, slot, tip in (
            ("find", self.tr("Find candidates"), self.find_candidates,
             self.tr("List what the query finds, to drag in")),
            ("draft", self.tr("Auto-draft"), self.auto_draft, self.tr("A new briefing drafted from the query")),
            ("new", self.tr("New briefing"), self.new_briefing, self.tr("An empty briefing of the chosen template")),
        ):
            button = self.buttons[name] = QPushButton(label, panel)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            row.addWidget(button)
        layout.addLayout(row)
        self.find_button = self.buttons["find"]
        self.filter = QLineEdit(panel)
        self.filter.setPlaceholderText(self.tr("Filter by title, speaker or text…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_candidates)
        layout.addWidget(self.filter)
        self.candidates = CandidateView(panel)
        self.candidates.customContextMenuRequested.connect(self._candidate_menu)
        layout.addWidget(self.candidates, 1)
        self.found = QLabel(panel)
        layout.addWidget(self.found)
        return panel

    def _outline_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.outline = OutlineTree(panel)
        self.outline.dropped_excerpts.connect(self.insert_excerpts)
        self.outline.dropped_articles.connect(self.insert_articles)
        self.outline.moved.connect(self.move_to)
        self.outline.renamed.connect(self.rename_section)
        self.outline.shifted.connect(self.shift_current)
        self.outline.remove_requested.connect(self.remove_current)
        self.outline.customContextMenuRequested.connect(self._outline_menu)
        self.outline.currentItemChanged.connect(lambda *_: self._show_item_text())
        self.outline.itemDoubleClicked.connect(self._double_clicked)  # a section's opens its name (F2)
        buttons = QHBoxLayout()
        for name, label, slot in (
            ("section", self.tr("New section"), self.add_section), ("free", self.tr("Free text"), self.add_free_text),
            ("regroup", self.tr("Regroup"), self.regroup), ("remove", self.tr("Remove"), self.remove_current),
            ("export", self.tr("Export .docx…"), self.export),
        ):
            button = self.buttons[name] = QPushButton(label, panel)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.outline, 3)
        layout.addWidget(self._reword_box(panel), 2)
        return panel

    def _reword_box(self, parent: QWidget) -> QWidget:
        box = QGroupBox(self.tr("Item text (for this briefing only)"), parent)
        layout = QVBoxLayout(box)
        self.headline = QLineEdit(box)
        self.headline.setPlaceholderText(self.tr("Headline (简报 and 专题汇编 items)"))
        self.reword = QPlainTextEdit(box)
        self.reword.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)  # a long paragraph wraps
        row = QHBoxLayout()
        self.apply_text = QPushButton(self.tr("Apply wording"), box)
        self.apply_text.clicked.connect(self.apply_reword)
        self.redraw = QPushButton(self.tr("Redraw from the article"), box)
        self.redraw.setToolTip(self.tr("The item as a draft makes it, without your wording"))
        self.redraw.clicked.connect(self.redraw_current)
        row.addWidget(self.apply_text)
        row.addWidget(self.redraw)
        layout.addWidget(self.headline)
        layout.addWidget(self.reword, 1)
        layout.addLayout(row)
        box.setEnabled(False)
        self.reword_box = box
        return box

    def _fields_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        labels = (self.tr("Title"), self.tr("Subtitle"), self.tr("Masthead"), self.tr("Issuing unit"),
                  self.tr("Date"), self.tr("Sent to"), self.tr("Copied to"), self.tr("Printed by"),
                  self.tr("Editor's note"))
        for name, label in zip(FIELDS, labels):
            if name == "date":
                self.date = DateField(self.tr("e.g. 2025-09-01 or 2025年9月1日"), panel)
                self.date.committed.connect(self._save_fields)
                form.addRow(label, self.date)
                continue
            edit = QLineEdit(panel)
            edit.editingFinished.connect(self._save_fields)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.issue = QSpinBox(panel)
        self.issue.setRange(0, 9999)
        self.issue.editingFinished.connect(self._save_fields)
        form.addRow(self.tr("Issue no."), self.issue)
        layout.addLayout(form)
        self.preview = QTextBrowser(panel)
        layout.addWidget(self.preview, 1)
        return panel

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        """A preview due is made when the page shows again (the library may close meanwhile)."""
        self._preview_due = self._preview_due or self.preview_timer.isActive()
        self.preview_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._preview_due:
            self._preview_due = False
            self.preview_timer.start()

    def _keep_sizes(self) -> None:
        QSettings().setValue("composer/splitter", self.splitter.saveState())

    def fill_choices(self) -> None:
        choices.fill(self.template, [t.name for t in list_templates(self.library)], None)
        choices.fill(self.person, choices.person_names(self.library), self.tr("Anyone"))
        choices.fill(self.theme, choices.theme_names(self.library), self.tr("Any theme"))

    # -- the query ---------------------------------------------------------------------------
    def query(self) -> DraftQuery:
        return DraftQuery(
            persons=[name] if (name := chosen(self.person)) else [],
            themes=[name] if (name := chosen(self.theme)) else [],
            from_date=self.from_date.value(), to_date=self.to_date.value(),
            source=self.source.text().strip() or None, status="accepted",
            group_by=self.group_by.currentData() or "theme", unused=self.unused.isChecked(),
            reliable=self.reliable.isChecked(),
        )

    def find_candidates(self) -> Operation | None:
        """The accepted statements the query finds (or, in the articles mode, their articles),
        read on the worker thread: over a whole library it takes most of a second."""
        if not (self.from_date.valid() and self.to_date.valid()):
            return None  # the field says what is wrong with its date
        query = self.query()
        articles = self.mode.currentData() == "articles"

        def work(library: Library, context: OperationContext) -> list[Candidate]:  # noqa: ARG001 - no progress
            return _candidates(library, query, articles=articles)

        def show(rows: list[Candidate]) -> None:
            self.candidates.source.set_rows(rows, articles=articles)
            self._filter_candidates()

        return self.ops.run(self.tr("Finding candidates"), work, on_success=show, source=self, progress=False)

    def _filter_candidates(self) -> None:
        self.candidates.set_filter(self.filter.text())
        total = self.candidates.total()
        shown = self.candidates.count()
        self.found.setText(self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total)))

    def auto_draft(self) -> Operation:
        """Drafted on the worker thread (a query over a whole library takes seconds), then shown."""
        template, query = self.template.currentData() or "讲话摘编", self.query()

        def draft(library: Library, context: OperationContext) -> BriefingRow:  # noqa: ARG001 - one step
            return briefing_ops.compose(library, template, query, DraftFields())

        def show(briefing: BriefingRow) -> None:
            self.show_briefing(briefing.id)

        return self.ops.run(self.tr("Auto-drafting"), work=draft, on_success=show, source=self, cancellable=False)

    def new_briefing(self) -> BriefingRow | None:
        """An empty briefing of the chosen template, one section to drop into; no auto-draft."""
        template = self.template.currentData() or "讲话摘编"
        section = f"一、{self.tr('New section')}"

        def create(library: Library) -> BriefingRow:
            self.briefing = briefing_ops.new_briefing(library, template, section)  # shown by the reload
            return self.briefing

        made = self.ops.apply(create, source=self)
        if made is not None:
            self.fields["title"].setFocus()
            self.fields["title"].selectAll()
        return made

    # -- loading and storing -------------------------------------------------------------------
    def show_briefing(self, briefing_id: int | None) -> None:
        """Load a briefing and everything the page shows: the page is up to date after it."""
        self.briefing = load_briefing(self.library, briefing_id) if briefing_id else None
        self.fill_choices()
        self._fill_outline()
        self.stale = Changes()

    def reload(self, changed: Changes) -> None:
        """The briefing being composed as stored now (it may have been undone or deleted). When
        its outline is as shown and no excerpt changed (an export numbered it, a field was
        undone), only the fields are shown again: refilling a 7,000-item outline held the GUI
        thread 0.1 s after every export."""
        shown = self.briefing
        if shown is not None and shown.id and shown.id == self.outline_of and not changed.excerpts:
            stored = load_briefing(self.library, shown.id)
            if stored is not None and len(stored.sections) == len(shown.sections):
                self.briefing = stored
                self._rebuild_sections([i for i, (now, before) in enumerate(zip(stored.sections, shown.sections))
                                        if now != before])
                self.fill_choices()
                self._show_fields(stored)
                self.show_preview()
                self.stale = Changes()
                return
        self.show_briefing(shown.id if shown else None)

    def _rebuild_sections(self, changed: list[int]) -> None:
        """Only the sections an undo or redo changed are built again (an undone move in a
        7,000-item outline rebuilt all of it: 0.2 s); the rest, the current item and the
        scroll position stay."""
        assert self.briefing is not None
        wanted = {i.excerpt_id for n in changed for i in self.briefing.sections[n].items if i.excerpt_id}
        missing = [excerpt_id for excerpt_id in wanted if excerpt_id not in self.texts]
        if missing:
            self.texts.update(excerpt_store.excerpt_texts(self.library, missing))
        self.outline.filling = True
        try:
            for index in changed:
                self.outline.takeTopLevelItem(index)
                node = self.section_node(self.briefing.sections[index])
                self.outline.insertTopLevelItem(index, node)
                node.setExpanded(True)
        finally:
            self.outline.filling = False
        if changed:
            self._show_item_text()

    def on_library_changed(self, changes: Changes, source: object) -> None:
        if source is self and self._saving:
            changes = replace(changes, briefings=False)  # the page already shows its own edit
        super().on_library_changed(changes, source)

    def commit(self, summary: str, touched: list[SectionRow] | None = None) -> bool:
        """Store the briefing as edited (one undoable step; ``touched``: the sections whose
        items the edit changed, None for any). If that fails, the page shows what is stored
        again (the error dialog says why)."""
        briefing = self.briefing
        if briefing is None:
            return False

        def save(library: Library) -> bool:
            briefing_ops.save_outline(library, briefing, summary, touched)
            return True

        self._saving = True
        try:
            saved = bool(self.ops.apply(save, source=self))
        finally:
            self._saving = False
        if saved:
            self.preview_timer.start()
        else:
            self.show_briefing(briefing.id)
        return saved

    def _fill_outline(self) -> None:
        self.outline.filling = True
        self.outline.clear()
        briefing = self.briefing
        self.outline_of = briefing.id if briefing is not None else None
        if briefing is not None:
            ids = [i.excerpt_id for s in briefing.sections for i in s.items if i.excerpt_id]
            self.texts = excerpt_store.excerpt_texts(self.library, ids)
            self.outline.addTopLevelItems([self.section_node(section) for section in briefing.sections])
            self.outline.expandAll()
            self._show_fields(briefing)
        self.outline.filling = False
        self._show_item_text()
        self.show_preview()

    def _show_fields(self, briefing: BriefingRow) -> None:
        for name, edit in self.fields.items():
            edit.setText(getattr(briefing, name) or "")
        self.date.set_value(briefing.date)
        self.issue.setValue(briefing.issue_no or 0)
        template = self.template.findData(briefing.template)
        if template >= 0:
            self.template.setCurrentIndex(template)

    def show_preview(self) -> None:
        self.preview_timer.stop()
        if self.briefing is None:
            self.preview.clear()
            return
        bar = self.preview.verticalScrollBar()
        at = bar.value()
        self.preview.setHtml(preview_html(self.library, self.briefing, PREVIEW_ITEMS))
        bar.setValue(at)

    def _save_fields(self) -> None:
        if self.briefing is None:
            return
        values: dict[str, object] = {name: edit.text().strip() or None for name, edit in self.fields.items()}
        if self.date.valid():  # a date that is not one stays in its field, with its message, unsaved
            values["date"] = self.date.value()
        values["issue_no"] = self.issue.value() or None
        changed = {name: value for name, value in values.items() if value != getattr(self.briefing, name)}
        if changed:
            for name, value in changed.items():
                setattr(self.briefing, name, value)
            self.commit(self.tr("Fields edited"), [])

    # -- the current node, the reword box, menus -----------------------------------------------
    def current_place(self) -> tuple[int, int | None] | None:
        return self.outline.place_of(self.outline.currentItem())

    def current_item(self) -> tuple[int, int] | None:
        place = self.current_place()
        return (place[0], place[1]) if place is not None and place[1] is not None else None

    def shift_current(self, delta: int) -> None:
        place = self.current_place()
        if place is None:
            return
        if place[1] is None:
            self.move_section(place[0], delta)
        else:
            self.move_item(place[0], place[1], delta)

    def remove_current(self) -> None:
        place = self.current_place()
        if place is None:
            return
        if place[1] is None:
            self.remove_section(place[0])
        else:
            self.remove_item(place[0], place[1])

    def _current_row(self) -> ItemRow | None:
        """The current item's row (None mid-edit, while tree and briefing are being changed)."""
        place = self.current_item()
        if self.briefing is None or place is None or place[0] >= len(self.briefing.sections):
            return None
        items = self.briefing.sections[place[0]].items
        return items[place[1]] if place[1] < len(items) else None

    def _show_item_text(self) -> None:
        item = self._current_row()
        self.reword_box.setEnabled(item is not None)
        self.headline.setText(item.title or "" if item else "")
        self.reword.setPlainText(
            (item.text_override or item.free_text or self.texts.get(item.excerpt_id or -1, "")) if item else "")
        self.redraw.setEnabled(bool(item and item.excerpt_id))

    def _double_clicked(self, node: QTreeWidgetItem, column: int) -> None:  # noqa: ARG002 - one column
        """An item double-clicked: its text is ready to be reworded in the box below."""
        if node.parent() is not None:
            self.reword.setFocus()

    def apply_reword(self) -> None:
        place = self.current_item()
        if place is not None:
            self.reword_item(place[0], place[1], self.headline.text(), self.reword.toPlainText())

    def redraw_current(self) -> None:
        """The item as a draft makes it (for a 简报: headline, lead and content from the article)."""
        place = self.current_item()
        if self.briefing is None or place is None:
            return
        item = self.briefing.sections[place[0]].items[place[1]]
        if item.excerpt_id is None:
            return
        style = self.briefing.settings.get("citation", "press")
        fresh = self.ops.apply(lambda library: briefing_ops.item_from_excerpt(
            library, item.excerpt_id or 0, self.briefing.template if self.briefing else "", style))
        if fresh is not None:
            self.reword_item(place[0], place[1], fresh.title or "", fresh.text_override or fresh.free_text or "")
            self._show_item_text()

    def edit_item(self) -> None:
        """Reword the current item in a dialog (the box under the outline does the same)."""
        place = self.current_item()
        if self.briefing is None or place is None:
            return
        item = self.briefing.sections[place[0]].items[place[1]]
        current = item.text_override or item.free_text or self.texts.get(item.excerpt_id or -1, "")
        text = self.ask_text(self, self.tr("Edit text for this briefing"), current)
        if text is not None:
            self.reword_item(place[0], place[1], None, text)
            self._show_item_text()

    def add_free_text(self) -> None:
        if self.briefing is None or not self.briefing.sections:
            return
        text = self.ask_text(self, self.tr("Free text"), "")
        if text and text.strip():
            place = self.current_place()
            section = place[0] if place else len(self.briefing.sections) - 1
            position = place[1] + 1 if place and place[1] is not None else len(self.briefing.sections[section].items)
            self.insert_items([ItemRow(free_text=text.strip())], section, position, self.tr("Free text added"))

    def context_menu(self, place: tuple[int, int | None] | None) -> QMenu:
        """The right-click menu of a section, an item, or the empty outline."""
        menu = QMenu(self)
        if place is not None and place[1] is None:
            index = place[0]
            node = self.outline.node_at(index)
            menu.addAction(self.tr("Rename (F2)"), lambda: self.outline.editItem(node) if node else None)
            menu.addAction(self.tr("Move up (Alt+↑)"), lambda: self.move_section(index, -1))
            menu.addAction(self.tr("Move down (Alt+↓)"), lambda: self.move_section(index, 1))
            menu.addAction(self.tr("Add free text"), self.add_free_text)
            menu.addAction(self.tr("New section after this one"), lambda: self.add_section(index))
            menu.addSeparator()
            menu.addAction(self.tr("Remove section and its items"), lambda: self.remove_section(index))
        elif place is not None and place[1] is not None:
            section, item = place[0], place[1]
            menu.addAction(self.tr("Reword…"), self.edit_item)
            menu.addAction(self.tr("Move up (Alt+↑)"), lambda: self.move_item(section, item, -1))
            menu.addAction(self.tr("Move down (Alt+↓)"), lambda: self.move_item(section, item, 1))
            menu.addAction(self.tr("Add free text after it"), self.add_free_text)
            menu.addSeparator()
            menu.addAction(self.tr("Remove item (Del)"), lambda: self.remove_item(section, item))
        else:
            menu.addAction(self.tr("New section"), self.add_section)
        return menu

    def _outline_menu(self, point: QPoint) -> None:
        node = self.outline.itemAt(point)
        if node is not None:
            self.outline.setCurrentItem(node)
        self.menu = self.context_menu(self.outline.place_of(node))
        self.menu.popup(self.outline.viewport().mapToGlobal(point))

    def _candidate_menu(self, point: QPoint) -> None:
        """Add the selected candidates — or their whole articles — after the current node."""
        chosen = self.candidates.selected_candidates()
        if not chosen or self.briefing is None or not self.briefing.sections:
            return
        place = self.current_place() or (len(self.briefing.sections) - 1, None)
        section = place[0]
        position = place[1] + 1 if place[1] is not None else len(self.briefing.sections[section].items)
        articles = list(dict.fromkeys(c.article_id for c in chosen))
        menu = QMenu(self)
        if not self.candidates.source.articles:
            menu.addAction(self.tr("Add to the outline"),
                           lambda: self.insert_excerpts([c.id for c in chosen], section, position))
        menu.addAction(self.tr("Add the whole article as an item"),
                       lambda: self.insert_articles(articles, section, position))
        self.menu = menu
        menu.popup(self.candidates.viewport().mapToGlobal(point))

    def regroup(self) -> None:
        if self.briefing is not None:
            briefing_ops.regroup(self.library, self.briefing, self.group_by.currentData() or "theme")  # in memory
            briefing = self.briefing
            self.ops.apply(lambda library: briefing_ops.save_outline(library, briefing, self.tr("Regrouped")),
                           source=self)  # the reload shows the new sections

    # -- export --------------------------------------------------------------------------------
    def export(self) -> Operation | None:
        if self.briefing is None:
            return None
        from ui.manager_pages import choose_save_path

        chooser = self.choose_path or choose_save_path
        path = chooser(self, f"{self.briefing.title}.docx")
        if not path:
            return None
        briefing_id = self.briefing.id or 0

        def work(library: Library, context: OperationContext) -> ExportResult:  # noqa: ARG001 - one file
            # laid out by LibreOffice when installed: the 目录's page numbers, the 报尾's place (as the CLI does)
            return export_with_report(library, briefing_id, Path(path), ExportOptions(layout=True))

        return self.ops.run(self.tr("Exporting"), work, on_success=self._exported, source=self, cancellable=False)

    def _exported(self, result: ExportResult) -> None:
        path = str(result.path)
        self.exported.emit(path)
        self.warning_box = export_notes(self, result)
        if self.open_after_export:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))


def _candidates(library: Library, query: DraftQuery, *, articles: bool) -> list[Candidate]:
    """What the query finds: accepted statements (not yet used, reliable only, when asked), or
    their articles once each."""
    used = used_excerpt_ids(library) if query.unused else set()
    floor = reliable_from(library) if query.reliable else None
    found: dict[int, dict] = {}
    persons: list[str | None] = [*query.persons] or [None]
    themes: list[str | None] = [*query.themes] or [None]
    for person in persons:
        for theme in themes:
            selection = ExcerptFilter(person=person, theme=theme, status="accepted", min_confidence=floor)
            for row in draft_material(library, selection, from_date=query.from_date, to_date=query.to_date,
                                      source=query.source):
                if row["id"] not in used:
                    found[row["id"]] = row
    rows = [Candidate(row["article_id"] if articles else row["id"], row["speaker"] or "", row["text"],
                      row["title"] or "", row["published"] or "", row["article_id"]) for row in found.values()]
    return list({row.id: row for row in rows}.values()) if articles else rows
