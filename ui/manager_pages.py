"""The people, themes and briefings pages: lists with the core's editing functions.

Edits go through the operation runner's immediate path (errors in its dialog), exports
through its worker; each page reloads from the ``library_changed`` announcement.
Questions to the user (a name, a file) go through injectable functions, so tests can
answer them without a modal dialog (see NOTES: blocking dialogs cannot be driven).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.briefings import drafts as briefing_ops
from composer.briefings.export import ExportOptions, ExportResult, export_with_report
from composer.briefings.templates import add_template, list_templates
from composer.common.changes import Changes
from composer.people import directory as people_ops
from composer.tagging import themes as theme_ops
from db.briefings import list_briefings
from db.library import Library
from ui import choices
from ui.confirm import export_notes
from ui.dialogs import ask_open_path, ask_save_path
from ui.operations import Operation, OperationContext, OperationRunner
from ui.page import Page
from ui.people_forms import TitleForm, fill_roles, role_label

Ask = Callable[[QWidget, str, str, str], str | None]  # (parent, title, label, default) -> text or None


def ask_text(parent: QWidget, title: str, label: str, default: str = "") -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=default)
    return text.strip() if ok and text.strip() else None


def _buttons(parent: QWidget, actions: list[tuple[str, Callable[[], object]]]) -> QHBoxLayout:
    row = QHBoxLayout()
    for label, slot in actions:
        button = QPushButton(label, parent)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch(1)
    return row


class _Page(Page):
    def __init__(self, ops: OperationRunner, parent: QWidget | None, ask: Ask) -> None:
        super().__init__(ops, parent)
        self.ask = ask

    def _edit(self, action: Callable[[Library], object]) -> None:
        """One edit through the doorway: errors in its dialog, this page reloads from the announcement."""
        self.ops.apply(action, source=self)


TitleAsker = Callable[[QWidget, str], "TitleForm"]  # (parent, person's name) -> the form, opened


def open_title_form(parent: QWidget, name: str) -> TitleForm:
    form = TitleForm(name, parent)
    form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    form.open()  # window-modal, not a nested event loop: the page goes on when it is answered
    return form


class PeoplePage(_Page):
    COLUMNS = 5
    follows = Changes(people=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None, ask: Ask = ask_text,
                 title_form: TitleAsker = open_title_form) -> None:
        super().__init__(ops, parent, ask)
        self.title_form = title_form
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Status"),
                                              self.tr("Aliases"), self.tr("Titles")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self.show_person)
        self.people: list[people_ops.Person] = []
        layout = QVBoxLayout(self)
        layout.addLayout(_buttons(self, [
            (self.tr("Confirm"), lambda: self._on_current(people_ops.confirm_person)),
            (self.tr("Reject"), lambda: self._on_current(people_ops.reject_person)),
            (self.tr("Rename…"), self.rename),
            (self.tr("Add alias…"), self.add_alias),
            (self.tr("Merge into…"), self.merge),
            (self.tr("Add person…"), self.add),
        ]))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self._details())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

    def _details(self) -> QWidget:
        """The selected person's role and dated titles, with the buttons that change them."""
        box = QGroupBox(self.tr("Selected person"), self)
        self.role = QComboBox(box)
        fill_roles(self.role)
        self.role.activated.connect(self.change_role)  # the user's choice only, never a reload
        self.titles = QTableWidget(0, 4, box)
        self.titles.setHorizontalHeaderLabels([self.tr("Post"), self.tr("Organisation"), self.tr("From"),
                                               self.tr("Until")])
        self.titles.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.titles.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.titles.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.titles.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.add_title_button = QPushButton(self.tr("Add title…"), box)
        self.add_title_button.clicked.connect(self.add_title)
        self.remove_title_button = QPushButton(self.tr("Remove title"), box)
        self.remove_title_button.clicked.connect(self.remove_title)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Role"), box))
        side.addWidget(self.role)
        side.addWidget(self.add_title_button)
        side.addWidget(self.remove_title_button)
        side.addStretch(1)
        row = QHBoxLayout(box)
        row.addLayout(side)
        row.addWidget(self.titles, 1)
        return box

    def reload(self, changed: Changes) -> None:  # noqa: ARG002 - one list: all of it
        """Suggested people first, reporters last, each group in pinyin order (QCollator, zh_CN)."""
        chosen = self.current()
        key = choices.pinyin_key()
        self.people = sorted(people_ops.list_people(self.library),
                             key=lambda p: (p.status != "suggested", p.role == "reporter", key(p.name)))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            titles = "；".join(t.title for t in person.titles)
            status = self.tr("suggested") if person.status == "suggested" else self.tr("confirmed")
            for column, value in enumerate((person.name, role_label(person.role), status, "、".join(person.aliases),
                                            titles)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        row = next((i for i, p in enumerate(self.people) if chosen and p.id == chosen.id), -1)
        if row >= 0:
            self.table.selectRow(row)
        self.table.blockSignals(False)
        self.show_person()

    def current(self) -> people_ops.Person | None:
        row = self.table.currentRow()
        return self.people[row] if 0 <= row < len(self.people) else None

    def show_person(self) -> None:
        person = self.current()
        titles = person.titles if person else []
        self.role.setEnabled(person is not None)
        if person is not None:
            self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.titles.setRowCount(len(titles))
        for row, title in enumerate(titles):
            for column, value in enumerate((title.title, title.org or "", title.valid_from or "",
                                            title.valid_to or "")):
                self.titles.setItem(row, column, QTableWidgetItem(value))
        for button in (self.add_title_button, self.remove_title_button):
            button.setEnabled(person is not None)

    def _on_current(self, action: Callable[[Library, int], object]) -> None:
        """``action(library, person id)`` on the selected person."""
        person = self.current()
        if person is not None:
            self._edit(lambda library: action(library, person.id))

    def change_role(self) -> None:
        person, role = self.current(), self.role.currentData()
        if person is not None and role != person.role:
            self._edit(lambda library: people_ops.set_role(library, person.id, role))

    def rename(self) -> None:
        person = self.current()
        name = person and self.ask(self, self.tr("Rename"), self.tr("New name"), person.name)
        if person and name:
            self._edit(lambda library: people_ops.rename_person(library, person.id, name))

    def add_alias(self) -> None:
        person = self.current()
        alias = person and self.ask(self, self.tr("Alias"), self.tr("Another name for %1").replace("%1", person.name),
                                    "")
        if person and alias:
            self._edit(lambda library: people_ops.add_alias(library, person.id, alias))

    def merge(self) -> None:
        person = self.current()
        keep = person and self.ask(self, self.tr("Merge"), self.tr("Merge %1 into (name)").replace("%1", person.name),
                                   "")
        target = next((p for p in self.people if p.name == keep), None) if keep else None
        if person and target and target.id != person.id:
            self._edit(lambda library: people_ops.merge_people(library, target.id, person.id))

    def add(self) -> None:
        name = self.ask(self, self.tr("Add person"), self.tr("Name"), "")
        if name:
            self._edit(lambda library: people_ops.add_person(library, name, "official"))

    def add_title(self) -> TitleForm | None:
        """添加职务: the form (title, organisation, dates from a calendar); stored when OK is pressed."""
        person = self.current()
        if person is None:
            return None
        form = self.title_form(self, person.name)
        form.accepted.connect(lambda: self._edit(lambda library: people_ops.add_title(library, person.id,
                                                                                       form.value())))
        return form

    def remove_title(self) -> None:
        person, row = self.current(), self.titles.currentRow()
        if person is not None and 0 <= row < len(person.titles):
            title_id = person.titles[row].id
            if title_id is not None:
                self._edit(lambda library: people_ops.remove_title(library, person.id, title_id))


class ThemesPage(_Page):
    follows = Changes(themes=True)  # the tree, and its counts of theme tags

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None, ask: Ask = ask_text) -> None:
        super().__init__(ops, parent, ask)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Theme"), self.tr("Excerpts"), self.tr("Articles"), self.tr("Accepted"),
                                   self.tr("Keywords")])
        self.tree.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(_buttons(self, [
            (self.tr("Add…"), self.add), (self.tr("Rename…"), self.rename),
            (self.tr("Keywords…"), self.keywords), (self.tr("Move under…"), self.move_theme),
            (self.tr("Merge into…"), self.merge), (self.tr("Delete"), self.delete),
        ]))
        layout.addWidget(self.tree)

    def reload(self, changed: Changes) -> None:  # noqa: ARG002 - one tree: all of it
        self.tree.clear()

        def add(node: theme_ops.Theme, parent: QTreeWidget | QTreeWidgetItem) -> None:
            counts = node.as_json()
            item = QTreeWidgetItem(parent, [node.name, str(counts["excerpts"]), str(counts["articles"]),
                                            str(counts["accepted"]), "、".join(node.keywords)])
            item.setData(0, Qt.ItemDataRole.UserRole, node.name)
            for child in node.children:
                add(child, item)

        for root in theme_ops.theme_tree(self.library, with_counts=True):
            add(root, self.tree)
        self.tree.expandAll()

    def current_name(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def add(self) -> None:
        parent = self.current_name()
        name = self.ask(self, self.tr("Add theme"), self.tr("Name (under %1)").replace("%1", parent or "—"), "")
        if name:
            self._edit(lambda library: theme_ops.add_theme(library, name, parent))

    def rename(self) -> None:
        name = self.current_name()
        new = name and self.ask(self, self.tr("Rename theme"), self.tr("New name"), name)
        if name and new:
            self._edit(lambda library: theme_ops.rename_theme(library, name, new))

    def keywords(self) -> None:
        name = self.current_name()
        if not name:
            return
        theme = theme_ops.find_theme(self.library, name)
        words = self.ask(self, self.tr("Keywords"), self.tr("Keywords, separated by 、"), "、".join(theme.keywords))
        if words is not None:
            chosen = [w.strip() for w in words.replace(",", "、").split("、") if w.strip()]
            self._edit(lambda library: theme_ops.set_theme_words(library, name, keywords=chosen))

    def move_theme(self) -> None:  # (not ``move``: that is QWidget's, to move the widget)
        name = self.current_name()
        parent = name and self.ask(self, self.tr("Move theme"), self.tr("New parent (empty: top level)"), "")
        if name and parent is not None:
            self._edit(lambda library: theme_ops.move_theme(library, name, parent or None))

    def merge(self) -> None:
        name = self.current_name()
        keep = name and self.ask(self, self.tr("Merge theme"), self.tr("Merge %1 into").replace("%1", name), "")
        if name and keep:
            self._edit(lambda library: theme_ops.merge_themes(library, keep, name))

    def delete(self) -> None:
        name = self.current_name()
        if name:
            self._edit(lambda library: theme_ops.delete_theme(library, name))


SaveChooser = Callable[[QWidget, str], str | None]


def template_outline(library: Library, name: str) -> str:
    """A template filled with sample values, as "style: text" lines."""
    import io

    from docx import Document

    from composer.briefings.export import render, sample_context
    from composer.briefings.templates import template_data

    document = Document(io.BytesIO(render(template_data(library, name), sample_context())))
    return "\n".join(f"{p.style.name if p.style else ''}: {p.text}" for p in document.paragraphs if p.text.strip())


def choose_open_path(parent: QWidget) -> str | None:
    # never sniffs files (ui/dialogs.py)
    return ask_open_path(parent, QCoreApplication.translate("BriefingsPage", "Add template"), "Word (*.docx)")


def choose_save_path(parent: QWidget, suggested: str) -> str | None:
    # translate(), not parent.tr(): at run time tr's context is the caller's class, which the
    # extracted catalogue cannot know for a function outside a class (issue 17: "Export" in English)
    return ask_save_path(parent, QCoreApplication.translate("BriefingsPage", "Export"), suggested, "Word (*.docx)")


class BriefingsPage(_Page):
    exported = Signal(str)
    open_requested = Signal(int)
    follows = Changes(briefings=True, templates=True)

    def __init__(self, ops: OperationRunner, parent: QWidget | None = None, ask: Ask = ask_text,
                 choose_path: SaveChooser = choose_save_path,
                 choose_template: Callable[[QWidget], str | None] = lambda parent: choose_open_path(parent)) -> None:
        super().__init__(ops, parent, ask)
        self.choose_path = choose_path
        self.choose_template = choose_template
        self.rows: list[dict] = []
        self.warning_box: QMessageBox | None = None  # what the last export could not do as asked
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Template"), self.tr("Issue"),
                                              self.tr("Title"), self.tr("Items")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(_buttons(self, [
            (self.tr("Open"), self.open_current), (self.tr("Duplicate as next issue"), self.next_issue),
            (self.tr("Delete"), self.delete_current), (self.tr("Export .docx…"), self.export_current),
            (self.tr("Add template…"), self.add_template), (self.tr("Preview template"), self.preview_template),
        ]))
        layout.addWidget(self.table)
        self.templates = QTreeWidget(self)
        self.templates.setHeaderLabels([self.tr("Template"), self.tr("Kind"), self.tr("Origin")])
        self.templates.setMaximumHeight(130)
        layout.addWidget(self.templates)

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        return self.rows[row]["id"] if 0 <= row < len(self.rows) else None

    def open_current(self) -> None:
        briefing_id = self.current_id()
        if briefing_id is not None:
            self.open_requested.emit(briefing_id)

    def next_issue(self) -> None:
        briefing_id = self.current_id()
        if briefing_id is not None:
            self._edit(lambda library: briefing_ops.next_issue(library, briefing_id))

    def delete_current(self) -> None:
        briefing_id = self.current_id()
        if briefing_id is not None:
            self._edit(lambda library: briefing_ops.delete(library, briefing_id))

    def preview_template(self) -> str | None:
        """The selected template rendered with sample values: each paragraph with its style."""
        item = self.templates.currentItem()
        if item is None:
            return None
        text = template_outline(self.library, item.text(0))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Preview template"), item.text(0), parent=self)
        box.setDetailedText(text)
        box.open()
        return text

    def add_template(self) -> None:
        path = self.choose_template(self)
        if path:
            self._edit(lambda library: add_template(library, Path(path)))

    def reload(self, changed: Changes) -> None:  # noqa: ARG002 - two short lists: all of them
        self.templates.clear()
        kinds = {"speech": self.tr("speech compilation"), "bulletin": self.tr("bulletin"),
                 "dossier": self.tr("dossier")}
        for template in list_templates(self.library):
            QTreeWidgetItem(self.templates, [template.name, kinds.get(template.kind, template.kind),
                                             self.tr("shipped") if template.shipped else self.tr("yours")])
        self.rows = list_briefings(self.library)
        self.table.setRowCount(len(self.rows))
        for row, briefing in enumerate(self.rows):
            issue = f"{briefing['series'] or ''} 第{briefing['issue_no']}期" if briefing["issue_no"] else ""
            values = (str(briefing["id"]), briefing["template"], issue, briefing["title"], str(briefing["items"]))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def export_current(self) -> Operation | None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return None
        briefing = self.rows[row]
        path = self.choose_path(self, f"{briefing['title']}.docx")
        if not path:
            return None

        def work(library: Library, context: OperationContext) -> ExportResult:  # noqa: ARG001 - one file
            # laid out by LibreOffice when installed: the 目录's page numbers, the 报尾's place (as the CLI does)
            return export_with_report(library, briefing["id"], Path(path), ExportOptions(layout=True))

        def done(result: ExportResult) -> None:
            self.exported.emit(str(result.path))
            self.warning_box = export_notes(self, result)

        return self.ops.run(self.tr("Exporting"), work, on_success=done, source=self, cancellable=False)
