"""The briefing composer: candidates from a query on the left, the outline (sections →
items) in the middle, the fields and a live preview on the right.

Drag candidates into the outline, drag items to reorder them or move them to another
section, regroup by theme, person or date, remove, reword an item for this briefing
only, add free text. Every change is saved at once as one undoable step of the core
(``save_outline``, through the operation runner's immediate path), so Ctrl+Z takes back a
removal like any review decision; the page shows the stored outline again from the
``library_changed`` announcement, like every other change to briefings, templates,
excerpts, people or themes. Export runs on the worker thread and opens the file with
the system's application.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.briefings import drafts as briefing_ops
from composer.briefings.drafts import DraftFields, DraftQuery
from composer.briefings.export import export_briefing
from composer.briefings.preview import preview_html
from composer.briefings.templates import list_templates
from composer.common.changes import Changes
from composer.tagging.statement_learning import reliable_from
from db import excerpts as excerpt_store
from db.briefings import BriefingRow, ItemRow, SectionRow, load_briefing, used_excerpt_ids
from db.library import Library
from ui import choices
from ui.operations import Operation, OperationContext, OperationRunner
from ui.page import Page

MIME = "application/x-briefing-excerpts"
FIELDS = ("title", "subtitle", "masthead", "unit", "date", "send_to", "copy_to", "printed_by", "editor_note")
TextAsker = Callable[[QWidget, str, str], str | None]


def _children(node: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """A tree item's children in order (Qt's ``child(i)`` is None only for an i out of range)."""
    return [child for i in range(node.childCount()) if (child := node.child(i)) is not None]


def ask_item_text(parent: QWidget, title: str, text: str) -> str | None:
    value, ok = QInputDialog.getMultiLineText(parent, title, title, text)
    return value if ok else None


class CandidateList(QListWidget):
    """Excerpts to drag into the outline (their ids travel as MIME data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        data = QMimeData()
        ids = ",".join(str(item.data(Qt.ItemDataRole.UserRole)) for item in items)
        data.setData(MIME, ids.encode("ascii"))
        return data

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME]


class OutlineTree(QTreeWidget):
    """Sections and items. Internal drags reorder; drops from the candidates insert."""

    dropped_excerpts = Signal(list, int, int)  # excerpt ids, section index, position
    rearranged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # An item dropped between sections would become a section of its own: items go into sections only.
        root = self.invisibleRootItem()
        root.setFlags(root.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME) or event.source() is self:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME) or event.source() is self:
            event.acceptProposedAction()
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        target = self.itemAt(event.position().toPoint())
        if event.mimeData().hasFormat(MIME):
            ids = [int(i) for i in bytes(event.mimeData().data(MIME).data()).decode("ascii").split(",") if i]
            section, position = self.place(target)
            event.acceptProposedAction()
            self.dropped_excerpts.emit(ids, section, position)
            return
        super().dropEvent(event)
        self.rearranged.emit()

    def place(self, target: QTreeWidgetItem | None) -> tuple[int, int]:
        """Where a drop lands: (section index, position in it)."""
        if target is None:
            last = self.topLevelItemCount() - 1
            node = self.topLevelItem(last) if last >= 0 else None
            return max(last, 0), node.childCount() if node is not None else 0
        parent = target.parent()
        if parent is None:
            return self.indexOfTopLevelItem(target), target.childCount()
        return self.indexOfTopLevelItem(parent), parent.indexOfChild(target) + 1


class ComposerPage(Page):
    exported = Signal(str)
    follows = Changes(excerpts=True, people=True, themes=True, briefings=True, templates=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None, *,
                 choose_path: Callable[[QWidget, str], str | None] | None = None,
                 ask_text: TextAsker = ask_item_text) -> None:
        super().__init__(ops, parent)
        self.choose_path = choose_path
        self.ask_text = ask_text
        self.open_after_export = True
        self.briefing: BriefingRow | None = None
        self.texts: dict[int, str] = {}
        self.items_by_key: dict[int, ItemRow] = {}
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._candidates_panel())
        splitter.addWidget(self._outline_panel())
        splitter.addWidget(self._fields_panel())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- building --------------------------------------------------------------------------
    def _candidates_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.template = QComboBox(panel)
        self.person = QComboBox(panel)
        self.theme = QComboBox(panel)
        self.from_date = QLineEdit(panel)
        self.from_date.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.to_date = QLineEdit(panel)
        self.to_date.setPlaceholderText(self.tr("to YYYY-MM-DD"))
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
        find = self.find_button = QPushButton(self.tr("Find candidates"), panel)
        find.clicked.connect(self.find_candidates)
        draft = QPushButton(self.tr("Auto-draft"), panel)
        draft.clicked.connect(self.auto_draft)
        self.candidates = CandidateList(panel)
        form = QFormLayout()
        for label, widget in ((self.tr("Template"), self.template), (self.tr("Person"), self.person),
                              (self.tr("Theme"), self.theme), (self.tr("From"), self.from_date),
                              (self.tr("To"), self.to_date), (self.tr("Source"), self.source),
                              (self.tr("Group"), self.group_by)):
            form.addRow(label, widget)
        layout.addLayout(form)
        layout.addWidget(self.unused)
        layout.addWidget(self.reliable)
        row = QHBoxLayout()
        row.addWidget(find)
        row.addWidget(draft)
        layout.addLayout(row)
        layout.addWidget(self.candidates)
        return panel

    def _outline_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        self.outline = OutlineTree(panel)
        self.outline.dropped_excerpts.connect(self.insert_excerpts)
        self.outline.rearranged.connect(self._save_from_tree)
        buttons = QHBoxLayout()
        for label, slot in ((self.tr("Regroup"), self.regroup), (self.tr("New section"), self.add_section),
                            (self.tr("Free text"), self.add_free_text), (self.tr("Edit text"), self.edit_item),
                            (self.tr("Remove"), self.remove_current), (self.tr("Export .docx…"), self.export)):
            button = QPushButton(label, panel)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.outline)
        return panel

    def _fields_panel(self) -> QWidget:
        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        labels = (self.tr("Title"), self.tr("Subtitle"), self.tr("Masthead"), self.tr("Issuing unit"),
                  self.tr("Date"), self.tr("Sent to"), self.tr("Copied to"), self.tr("Printed by"),
                  self.tr("Editor's note"))
        for name, label in zip(FIELDS, labels):
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
        layout.addWidget(self.preview)
        return panel

    def fill_choices(self) -> None:
        choices.fill(self.template, [t.name for t in list_templates(self.library)], None)
        choices.fill(self.person, choices.person_names(self.library), self.tr("Anyone"))
        choices.fill(self.theme, choices.theme_names(self.library), self.tr("Any theme"))

    # -- the query ---------------------------------------------------------------------------
    def query(self) -> DraftQuery:
        return DraftQuery(
            persons=[self.person.currentData()] if self.person.currentData() else [],
            themes=[self.theme.currentData()] if self.theme.currentData() else [],
            from_date=self.from_date.text().strip() or None, to_date=self.to_date.text().strip() or None,
            source=self.source.text().strip() or None, status="accepted",
            group_by=self.group_by.currentData() or "theme", unused=self.unused.isChecked(),
            reliable=self.reliable.isChecked(),
        )

    def find_candidates(self) -> None:
        query = self.query()
        found: dict[int, dict] = {}
        persons: list[str | None] = [*query.persons] or [None]
        themes: list[str | None] = [*query.themes] or [None]
        used = used_excerpt_ids(self.library) if query.unused else set()
        floor = reliable_from(self.library) if query.reliable else None
        for person in persons:
            for theme in themes:
                selection = excerpt_store.ExcerptFilter(person=person, theme=theme, status="accepted",
                                                        min_confidence=floor)
                for row in excerpt_store.list_excerpts(self.library, selection):
                    if row["kind"] != "mention" and row["id"] not in used:
                        found[row["id"]] = row
        self.candidates.clear()
        for row in found.values():
            text = row["text"] if len(row["text"]) <= 60 else row["text"][:59] + "…"
            item = QListWidgetItem(f"{row['speaker'] or ''}{row['verb'] or ''}：{text}", self.candidates)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(row["text"])

    def auto_draft(self) -> BriefingRow | None:
        template, query = self.template.currentData() or "讲话摘编", self.query()

        def draft(library: Library) -> BriefingRow:
            self.briefing = briefing_ops.compose(library, template, query, DraftFields())  # shown by the reload
            return self.briefing

        return self.ops.apply(draft, source=self)

    # -- the outline -------------------------------------------------------------------------
    def show_briefing(self, briefing_id: int | None) -> None:
        """Load a briefing and everything the page shows: the page is up to date after it."""
        self.briefing = load_briefing(self.library, briefing_id) if briefing_id else None
        self.fill_choices()
        self._fill_outline()
        self.stale = Changes()

    def reload(self, changed: Changes) -> None:  # noqa: ARG002 - choices and outline are one load
        """The briefing being composed as stored now (it may have been undone or deleted)."""
        self.show_briefing(self.briefing.id if self.briefing else None)

    def _fill_outline(self) -> None:
        self.outline.clear()
        briefing = self.briefing
        if briefing is None:
            self.preview.clear()
            return
        ids = [i.excerpt_id for s in briefing.sections for i in s.items if i.excerpt_id]
        self.texts = excerpt_store.excerpt_texts(self.library, ids)
        self.items_by_key = {}  # tree items carry a key (plain ints survive Qt's drag serialisation)
        for section in briefing.sections:
            node = QTreeWidgetItem(self.outline, [section.title])
            node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            for item in section.items:
                child = QTreeWidgetItem(node, [self._item_label(item)])
                key = len(self.items_by_key)
                self.items_by_key[key] = item
                child.setData(0, Qt.ItemDataRole.UserRole, key)
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
        self.outline.expandAll()
        for name, edit in self.fields.items():
            edit.setText(getattr(briefing, name) or "")
        self.issue.setValue(briefing.issue_no or 0)
        template = self.template.findData(briefing.template)
        if template >= 0:
            self.template.setCurrentIndex(template)
        self.preview.setHtml(preview_html(self.library, briefing))

    def _item_label(self, item: ItemRow) -> str:
        text = item.text_override or item.free_text or self.texts.get(item.excerpt_id or -1, "")
        text = text.replace("\n", " ")
        mark = "✎ " if item.text_override else ""
        return f"{mark}{text[:50]}{'…' if len(text) > 50 else ''}"

    def _tree_sections(self) -> list[SectionRow]:
        sections = []
        for index, node in enumerate(_children(self.outline.invisibleRootItem())):
            old = self.briefing.sections[index] if self.briefing and index < len(self.briefing.sections) else None
            section = SectionRow(node.text(0), old.group_kind if old else "custom", old.group_key if old else None)
            section.items = [self.items_by_key[child.data(0, Qt.ItemDataRole.UserRole)] for child in _children(node)]
            sections.append(section)
        return sections

    def _save(self, summary: str) -> None:
        """Store the outline as edited; the announcement shows it again as stored."""
        briefing = self.briefing
        if briefing is not None:
            self.ops.apply(lambda library: briefing_ops.save_outline(library, briefing, summary), source=self)

    def _save_from_tree(self) -> None:
        if self.briefing is not None:
            self.briefing.sections = self._tree_sections()
            self._save(self.tr("Reordered"))

    def _save_fields(self) -> None:
        if self.briefing is None:
            return
        changed = False
        for name, edit in self.fields.items():
            value = edit.text().strip() or None
            if value != getattr(self.briefing, name):
                setattr(self.briefing, name, value)
                changed = True
        if (self.issue.value() or None) != self.briefing.issue_no:
            self.briefing.issue_no = self.issue.value() or None
            changed = True
        if changed:
            self._save(self.tr("Fields edited"))

    def insert_excerpts(self, ids: list[int], section: int, position: int) -> None:
        """The drop of candidates: new items at (section, position), duplicates skipped."""
        if self.briefing is None or not self.briefing.sections:
            return
        present = {i.excerpt_id for s in self.briefing.sections for i in s.items}
        style = self.briefing.settings.get("citation", "press")
        items = [briefing_ops.item_from_excerpt(self.library, i, self.briefing.template, style)
                 for i in ids if i not in present]
        target = self.briefing.sections[min(section, len(self.briefing.sections) - 1)]
        target.items[position:position] = items
        self._save(self.tr("Excerpts added"))

    def current_item(self) -> tuple[int, int] | None:
        node = self.outline.currentItem()
        parent = node.parent() if node is not None else None
        if node is None or parent is None:
            return None
        return self.outline.indexOfTopLevelItem(parent), parent.indexOfChild(node)

    def remove_current(self) -> None:
        place = self.current_item()
        if self.briefing is not None and place is not None:
            del self.briefing.sections[place[0]].items[place[1]]
            self._save(self.tr("Item removed"))

    def edit_item(self) -> None:
        place = self.current_item()
        if self.briefing is None or place is None:
            return
        item = self.briefing.sections[place[0]].items[place[1]]
        current = item.text_override or item.free_text or self.texts.get(item.excerpt_id or -1, "")
        text = self.ask_text(self, self.tr("Edit text for this briefing"), current)
        if text is not None:
            if item.free_text is not None:
                item.free_text = text
            else:
                original = self.texts.get(item.excerpt_id or -1, "")
                item.text_override = None if text.strip() == original.strip() else text
            self._save(self.tr("Item edited"))

    def add_section(self) -> None:
        if self.briefing is not None:
            number = len(self.briefing.sections) + 1
            self.briefing.sections.append(
                SectionRow(f"{briefing_ops.chinese_numeral(number)}、{self.tr('New section')}", "custom"))
            self._save(self.tr("Section added"))

    def add_free_text(self) -> None:
        if self.briefing is None or not self.briefing.sections:
            return
        text = self.ask_text(self, self.tr("Free text"), "")
        if text and text.strip():
            place = self.current_item()
            section = self.briefing.sections[place[0] if place else -1]
            section.items.append(ItemRow(free_text=text.strip()))
            self._save(self.tr("Free text added"))

    def regroup(self) -> None:
        if self.briefing is not None:
            briefing_ops.regroup(self.library, self.briefing, self.group_by.currentData() or "theme")  # in memory
            self._save(self.tr("Regrouped"))

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

        def work(library: Library, context: OperationContext) -> str:  # noqa: ARG001 - one file: no progress
            return str(export_briefing(library, briefing_id, Path(path)))

        return self.ops.run(self.tr("Exporting"), work, on_success=self._exported, source=self, cancellable=False)

    def _exported(self, path: str) -> None:
        self.exported.emit(path)
        if self.open_after_export:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
