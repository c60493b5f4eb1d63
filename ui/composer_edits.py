"""The composer's outline edits: add, rename, move and remove sections; insert, move,
reword and remove items. Each edit changes the briefing the page holds and the tree in
place — one row moved, one label set, never the whole outline rebuilt — and is stored as
one undoable step (``ComposerPage.commit``: the core writes only the rows that differ), so
an edit costs the same on a 7,000-item draft as on a small one."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from composer.briefings import drafts as briefing_ops
from db import excerpts as excerpt_store
from db.briefings import BriefingRow, ItemRow, SectionRow
from db.library import Library
from ui.outline_tree import OutlineTree

_NUMBERED = re.compile(r"^[一二三四五六七八九十]+、")
LABEL_CHARS = 50
# Flags made once: combining Qt's enum flags in Python costs more than the item itself on a 7,000-item outline.
_ITEM_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
_SECTION_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
                  | Qt.ItemFlag.ItemIsEditable)


class OutlineEdits(QWidget):
    """Mixed into the composer page, which provides the attributes below and ``commit``."""

    library: Library
    briefing: BriefingRow | None
    outline: OutlineTree
    texts: dict[int, str]

    def commit(self, summary: str, touched: list[SectionRow] | None = None) -> bool:  # pragma: no cover - the page's
        raise NotImplementedError

    # -- the tree ---------------------------------------------------------------------------
    def item_label(self, item: ItemRow) -> str:
        text = (item.text_override or item.free_text or self.texts.get(item.excerpt_id or -1, "")).replace("\n", " ")
        text = f"{text[:LABEL_CHARS]}{'…' if len(text) > LABEL_CHARS else ''}"
        return f"【{item.title}】{text}" if item.title else text

    def item_node(self, item: ItemRow) -> QTreeWidgetItem:
        node = QTreeWidgetItem([self.item_label(item)])
        node.setFlags(_ITEM_FLAGS)
        return node

    def section_node(self, section: SectionRow) -> QTreeWidgetItem:
        node = QTreeWidgetItem([section.title])
        node.setFlags(_SECTION_FLAGS)
        node.addChildren([self.item_node(item) for item in section.items])
        return node

    def _renumber(self) -> None:
        """Headings numbered 一、二、… in their new order (a heading not numbered stays)."""
        assert self.briefing is not None
        self.outline.filling = True
        for number, (section, node) in enumerate(zip(self.briefing.sections, self.outline.sections()), start=1):
            if _NUMBERED.match(section.title):
                section.title = _NUMBERED.sub(f"{briefing_ops.chinese_numeral(number)}、", section.title)
                node.setText(0, section.title)
        self.outline.filling = False

    def _select(self, section: int, item: int | None = None) -> None:
        node = self.outline.node_at(section, item)
        if node is not None:
            self.outline.setCurrentItem(node)
            self.outline.scrollToItem(node)

    # -- sections ---------------------------------------------------------------------------
    def add_section(self, after: int | None = None) -> int | None:
        """A new section after ``after`` (else at the end), its name ready to be typed over."""
        if self.briefing is None:
            return None
        index = len(self.briefing.sections) if after is None else after + 1
        section = SectionRow(f"{briefing_ops.chinese_numeral(index + 1)}、{self.tr('New section')}", "custom")
        self.briefing.sections.insert(index, section)
        self.outline.filling = True
        self.outline.insertTopLevelItem(index, self.section_node(section))
        self.outline.filling = False
        self._renumber()
        self.commit(self.tr("Section added"), [])
        self._select(index)
        node = self.outline.node_at(index)
        if node is not None:
            self.outline.editItem(node)
        return index

    def rename_section(self, index: int, title: str) -> None:
        if self.briefing is None or not 0 <= index < len(self.briefing.sections):
            return
        section = self.briefing.sections[index]
        node = self.outline.node_at(index)
        if not title.strip() or title.strip() == section.title:
            if node is not None and node.text(0) != section.title:  # an empty name is refused: the old one back
                self.outline.filling = True
                node.setText(0, section.title)
                self.outline.filling = False
            return
        section.title = title.strip()
        section.group_kind, section.group_key = "custom", None  # named by hand: the heading is the title
        if node is not None and node.text(0) != section.title:
            self.outline.filling = True
            node.setText(0, section.title)
            self.outline.filling = False
        self.commit(self.tr("Section renamed"), [])

    def move_section(self, index: int, delta: int) -> None:
        if self.briefing is None or not 0 <= index + delta < len(self.briefing.sections):
            return
        sections = self.briefing.sections
        sections.insert(index + delta, sections.pop(index))
        node = self.outline.takeTopLevelItem(index)
        if node is not None:
            self.outline.insertTopLevelItem(index + delta, node)
            node.setExpanded(True)
        self._renumber()
        self.commit(self.tr("Section moved"), [])
        self._select(index + delta)

    def remove_section(self, index: int) -> None:
        """Remove a section and its items (Ctrl+Z brings them back)."""
        if self.briefing is None or not 0 <= index < len(self.briefing.sections):
            return
        del self.briefing.sections[index]
        self.outline.takeTopLevelItem(index)
        self._renumber()
        self.commit(self.tr("Section removed"), [])

    # -- items --------------------------------------------------------------------------------
    def move_to(self, from_section: int, from_item: int, to_section: int, position: int) -> None:
        """Move an item to ``position`` of ``to_section`` (a position counted before the move)."""
        briefing = self.briefing
        if briefing is None or not 0 <= to_section < len(briefing.sections):
            return
        source = briefing.sections[from_section].items if 0 <= from_section < len(briefing.sections) else []
        if not 0 <= from_item < len(source):
            return
        if from_section == to_section and from_item < position:
            position -= 1
        target = briefing.sections[to_section].items
        position = max(0, min(position, len(target) - (1 if from_section == to_section else 0)))
        if (from_section, from_item) == (to_section, position):
            return
        target.insert(position, source.pop(from_item))
        parent, destination = self.outline.node_at(from_section), self.outline.node_at(to_section)
        taken = parent.takeChild(from_item) if parent is not None else None
        if taken is not None and destination is not None:
            destination.insertChild(position, taken)
            destination.setExpanded(True)
        self.commit(self.tr("Item moved"), [briefing.sections[from_section], briefing.sections[to_section]])
        self._select(to_section, position)

    def move_item(self, section: int, index: int, delta: int) -> None:
        """One place up or down; past a section's first or last item into the next section."""
        if self.briefing is None or not 0 <= section < len(self.briefing.sections):
            return
        items = self.briefing.sections[section].items
        if 0 <= index + delta < len(items):
            self.move_to(section, index, section, index + delta + (1 if delta > 0 else 0))
        elif delta < 0 and section > 0:
            self.move_to(section, index, section - 1, len(self.briefing.sections[section - 1].items))
        elif delta > 0 and section + 1 < len(self.briefing.sections):
            self.move_to(section, index, section + 1, 0)

    def remove_item(self, section: int, index: int) -> None:
        if self.briefing is None or not 0 <= section < len(self.briefing.sections):
            return
        items = self.briefing.sections[section].items
        if not 0 <= index < len(items):
            return
        del items[index]
        parent = self.outline.node_at(section)
        if parent is not None:
            parent.takeChild(index)
        self.commit(self.tr("Item removed"), [self.briefing.sections[section]])

    def reword_item(self, section: int, index: int, title: str | None, text: str) -> None:
        """This briefing's wording of an item (and its headline); the library keeps the original."""
        if self.briefing is None or not text.strip():
            return
        item = self.briefing.sections[section].items[index]
        if item.free_text is not None:
            item.free_text = text.strip()
        else:
            original = self.texts.get(item.excerpt_id or -1, "")
            item.text_override = None if text.strip() == original.strip() else text.strip()
        if title is not None:
            item.title = title.strip() or None
        node = self.outline.node_at(section, index)
        if node is not None:
            node.setText(0, self.item_label(item))
        self.commit(self.tr("Item reworded"), [self.briefing.sections[section]])

    def insert_items(self, items: list[ItemRow], section: int, position: int, summary: str) -> None:
        if self.briefing is None or not self.briefing.sections or not items:
            return
        section = max(0, min(section, len(self.briefing.sections) - 1))
        target = self.briefing.sections[section].items
        position = max(0, min(position, len(target)))
        target[position:position] = items
        new = [i.excerpt_id for i in items if i.excerpt_id and i.excerpt_id not in self.texts]
        self.texts.update(excerpt_store.excerpt_texts(self.library, new))
        parent = self.outline.node_at(section)
        if parent is not None:
            parent.insertChildren(position, [self.item_node(item) for item in items])
            parent.setExpanded(True)
        self.commit(summary, [self.briefing.sections[section]])
        self._select(section, position)

    def insert_excerpts(self, ids: list[int], section: int, position: int) -> None:
        """Candidates dropped at (section, position); excerpts already in the briefing skipped."""
        if self.briefing is None:
            return
        present = {i.excerpt_id for s in self.briefing.sections for i in s.items}
        present |= {e for s in self.briefing.sections for i in s.items for e in i.also_excerpts}
        style = self.briefing.settings.get("citation", "press")
        items = [briefing_ops.item_from_excerpt(self.library, i, self.briefing.template, style)
                 for i in dict.fromkeys(ids) if i not in present]
        self.insert_items(items, section, position, self.tr("Excerpts added"))

    def insert_articles(self, ids: list[int], section: int, position: int) -> None:
        """Whole articles dropped at (section, position), each one item (headline, text, source)."""
        if self.briefing is None:
            return
        style = self.briefing.settings.get("citation", "press")
        items = [briefing_ops.item_from_article(self.library, i, style) for i in dict.fromkeys(ids)]
        self.insert_items(items, section, position, self.tr("Articles added"))
