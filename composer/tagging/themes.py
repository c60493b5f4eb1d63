"""The theme tree: reading it, editing it (every edit undoable), and CSV/YAML files.

A library starts with the shipped taxonomy (composer/data/themes.yaml; migration 3 inserts
its frozen copy from db/migration_data/): groups such as 党的建设 with
themes such as 党建引领, each with keywords, synonyms and exclusion words that
classification matches (composer/tagging/classify.py).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from composer.common import csv_headers
from composer.common import messages_exports as _messages_exports  # noqa: F401 - registers its texts
from composer.common.files import write_atomically
from composer.common.messages import BriefingError, Message
from db import history
from db import themes as store
from db.library import Library

CSV_FIELDS = ("name", "parent", "keywords", "synonyms", "exclusions")
CSV_LABELS = {"name": "主题", "parent": "上级主题", "keywords": "关键词", "synonyms": "同义词", "exclusions": "排除词"}
MAX_DEPTH = 50  # levels of a theme file's tree (the shipped one has two)


@dataclass
class Theme:
    id: int
    name: str
    parent_id: int | None
    keywords: list[str]
    synonyms: list[str]
    exclusions: list[str]
    children: list[Theme] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {
            "id": self.id, "name": self.name, "keywords": self.keywords, "synonyms": self.synonyms,
            "exclusions": self.exclusions,
            "excerpts": self.counts.get("excerpts_accepted", 0) + self.counts.get("excerpts_suggested", 0),
            "articles": self.counts.get("articles_accepted", 0) + self.counts.get("articles_suggested", 0),
            "accepted": self.counts.get("excerpts_accepted", 0) + self.counts.get("articles_accepted", 0),
            "children": [child.as_json() for child in self.children],
        }


def theme_tree(library: Library, *, with_counts: bool = False) -> list[Theme]:
    """The roots of the tree, children in order."""
    counts = store.tag_counts(library) if with_counts else {}
    nodes = {
        row.id: Theme(row.id, row.name, row.parent_id, row.keywords, row.synonyms, row.exclusions,
                      counts=counts.get(row.id, {}))
        for row in store.all_themes(library)
    }
    roots: list[Theme] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id is not None else None
        (parent.children if parent else roots).append(node)
    return roots


def find_theme(library: Library, name: str) -> Theme:
    """A theme by name (names are unique in the tree)."""
    for theme in _flat(theme_tree(library)):
        if theme.name == name:
            return theme
    raise BriefingError("theme_missing", name=name)


def _check_free(library: Library, name: str) -> None:
    if any(theme.name == name for theme in _flat(theme_tree(library))):
        raise BriefingError("theme_exists", name=name)


def _flat(nodes: list[Theme]) -> list[Theme]:
    found = []
    for node in nodes:
        found.append(node)
        found.extend(_flat(node.children))
    return found


# -- editing (each call is one undoable action) ---------------------------------------------


def add_theme(library: Library, name: str, parent: str | None = None, *, keywords: list[str] | None = None,
              synonyms: list[str] | None = None, exclusions: list[str] | None = None) -> int:
    name = _checked_name(name)
    parent_id = find_theme(library, parent).id if parent else None
    _check_free(library, name)
    with library.write():
        group = history.start_group(library, "theme.add", f"新增主题 {name}")
        theme_id = store.add_theme(library, group, name, parent_id, keywords or [], synonyms or [], exclusions or [])
        history.finish_group(library, group)
    return theme_id


def rename_theme(library: Library, name: str, new_name: str) -> None:
    theme, new_name = find_theme(library, name), _checked_name(new_name)
    if new_name == theme.name:
        return
    _check_free(library, new_name)
    with library.write():
        group = history.start_group(library, "theme.rename", f"主题 {name} 改名为 {new_name}")
        store.update_theme(library, group, theme.id, name=new_name)
        history.finish_group(library, group)


def move_theme(library: Library, name: str, new_parent: str | None) -> None:
    theme = find_theme(library, name)
    parent_id = find_theme(library, new_parent).id if new_parent else None
    if parent_id is not None and parent_id in {t.id for t in _flat([theme])}:
        raise BriefingError("theme_cycle", name=name)
    with library.write():
        group = history.start_group(library, "theme.move", f"移动主题 {name}")
        store.update_theme(library, group, theme.id, parent_id=parent_id)
        history.finish_group(library, group)


def set_theme_words(library: Library, name: str, *, keywords: list[str] | None = None,
                    synonyms: list[str] | None = None, exclusions: list[str] | None = None) -> None:
    theme = find_theme(library, name)
    fields = {key: value for key, value in (("keywords", keywords), ("synonyms", synonyms),
                                            ("exclusions", exclusions)) if value is not None}
    with library.write():
        group = history.start_group(library, "theme.words", f"修改主题 {name} 的关键词")
        store.update_theme(library, group, theme.id, **fields)
        history.finish_group(library, group)


def merge_themes(library: Library, keep: str, absorb: str) -> None:
    """``absorb``'s tags, words and children go to ``keep``; ``absorb`` is deleted."""
    kept, gone = find_theme(library, keep), find_theme(library, absorb)
    if kept.id == gone.id:
        return
    with library.write():
        group = history.start_group(library, "theme.merge", f"主题 {absorb} 并入 {keep}")
        store.move_tags(library, group, gone.id, kept.id)
        store.update_theme(library, group, kept.id, keywords=_union(kept.keywords, gone.keywords),
                           synonyms=_union(kept.synonyms, gone.synonyms),
                           exclusions=_union(kept.exclusions, gone.exclusions))
        for child in gone.children:
            store.update_theme(library, group, child.id, parent_id=kept.id)
        store.delete_theme(library, group, gone.id)
        history.finish_group(library, group)


def delete_theme(library: Library, name: str) -> None:
    """Delete a theme, its children and all their tags (undoable)."""
    theme = find_theme(library, name)
    with library.write():
        group = history.start_group(library, "theme.delete", f"删除主题 {name}")
        store.delete_theme(library, group, theme.id)
        history.finish_group(library, group)


def _checked_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise BriefingError("theme_name_empty")
    return name


def _union(first: list[str], second: list[str]) -> list[str]:
    return list(dict.fromkeys(first + second))


# -- files -----------------------------------------------------------------------------------


def export_yaml(library: Library, path: Path) -> int:
    import yaml

    def node(theme: Theme) -> dict:
        found: dict = {"name": theme.name}
        for key in ("keywords", "synonyms", "exclusions"):
            if getattr(theme, key):
                found[key] = getattr(theme, key)
        if theme.children:
            found["children"] = [node(child) for child in theme.children]
        return found

    tree = theme_tree(library)
    _write(path, yaml.safe_dump([node(t) for t in tree], allow_unicode=True, sort_keys=False), "utf-8")
    return len(_flat(tree))


def export_csv(library: Library, path: Path) -> int:
    """One row per theme; parents before children; the words of a cell separated by |."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_FIELDS)
    csv.writer(buffer).writerow(csv_headers.written(CSV_FIELDS, CSV_LABELS))  # 主题,上级主题,… for Excel users
    tree = theme_tree(library)
    names = {t.id: t.name for t in _flat(tree)}
    for theme in _flat(tree):
        writer.writerow({
            "name": theme.name, "parent": names.get(theme.parent_id, "") if theme.parent_id else "",
            "keywords": "|".join(theme.keywords), "synonyms": "|".join(theme.synonyms),
            "exclusions": "|".join(theme.exclusions),
        })
    _write(path, buffer.getvalue(), "utf-8-sig")
    return len(names)


def import_file(library: Library, path: Path) -> int:
    """Add the themes of a YAML or CSV file (as exported); a theme the library has
    already (by name) gains the file's words and stays where it is. One undoable
    action: a file that fails part-way stores nothing. Returns the themes read."""
    rows = _read_yaml(path) if path.suffix.lower() in (".yaml", ".yml") else _read_csv(path)
    existing = {t.name: t for t in _flat(theme_tree(library))}
    ids: dict[str, int] = {name: theme.id for name, theme in existing.items()}
    with library.write():
        group = history.start_group(library, "theme.import", f"导入主题文件 {path.name}")
        for name, parent, words in rows:
            parent_id = ids.get(parent) if parent else None
            if parent and parent_id is None:
                raise BriefingError("theme_missing", name=parent)
            known = existing.get(name)
            if known is None and name in ids:  # named twice in the file: the first one counts
                continue
            if known is None:
                ids[name] = store.add_theme(library, group, name, parent_id, *words)
                continue
            store.update_theme(library, group, known.id, keywords=_union(known.keywords, words[0]),
                               synonyms=_union(known.synonyms, words[1]),
                               exclusions=_union(known.exclusions, words[2]))
        history.finish_group(library, group)
    return len(rows)


_Row = tuple[str, str | None, tuple[list[str], list[str], list[str]]]


def _read_yaml(path: Path) -> list[_Row]:
    import yaml

    try:
        data = _safe_yaml(_read(path))
    except yaml.YAMLError as error:
        raise BriefingError("theme_file_invalid", reason=str(error).splitlines()[0]) from error
    except RecursionError:  # [[[[…]]]] thousands deep
        raise BriefingError("theme_file_invalid", reason=Message("reason_themes_too_deep", limit=MAX_DEPTH)) from None
    rows: list[_Row] = []

    def walk(nodes: object, parent: str | None, depth: int = 0) -> None:
        if not isinstance(nodes, list):
            raise BriefingError("theme_file_invalid", reason=Message("reason_themes_not_a_list"))
        if depth > MAX_DEPTH:
            raise BriefingError("theme_file_invalid", reason=Message("reason_themes_too_deep", limit=MAX_DEPTH))
        for node in nodes:
            if not isinstance(node, dict) or not str(node.get("name") or "").strip():
                unnamed = Message("reason_theme_without_name", parent=parent or "-")
                raise BriefingError("theme_file_invalid", reason=unnamed)
            name = str(node["name"]).strip()
            words = (_word_list(node.get("keywords")), _word_list(node.get("synonyms")),
                     _word_list(node.get("exclusions")))
            rows.append((name, parent, words))
            walk(node.get("children") or [], name, depth + 1)

    walk(data or [], None)
    return rows


def _safe_yaml(text: str) -> object:
    """``yaml.safe_load``, refusing a list or mapping reached twice through aliases
    (``&a`` … ``*a``): ``&a [*a]`` holds itself, and nine lists of nine aliases of the list
    before hold 9⁹ items made from a few hundred bytes. Aliases of plain values are fine."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        seen: set[int] = set()
        waiting: list[yaml.Node] = [root]
        while waiting:  # each node once: linear however the aliases nest
            node = waiting.pop()
            if isinstance(node, yaml.SequenceNode | yaml.MappingNode):
                if id(node) in seen:
                    raise BriefingError("theme_file_invalid", reason=Message("reason_yaml_alias"))
                seen.add(id(node))
                waiting += node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value
                                                                                     for n in pair]
        return loader.construct_document(root)
    finally:
        loader.dispose()


def _read_csv(path: Path) -> list[_Row]:
    rows: list[_Row] = []
    reader = csv.DictReader(io.StringIO(_read(path)))
    try:
        for number, raw in enumerate(reader, start=2):
            row = csv_headers.read(raw, CSV_LABELS)
            name = (row.get("name") or "").strip()
            if not name:
                raise BriefingError("csv_row_invalid", line=number)
            words = tuple(_word_list(_split_words(row.get(key) or "")) for key in ("keywords", "synonyms",
                                                                                  "exclusions"))
            rows.append((name, (row.get("parent") or "").strip() or None, words))  # type: ignore[arg-type]
    except csv.Error as error:  # a cell longer than csv's field limit, a stray quote in strict mode …
        unreadable = Message("reason_csv_unreadable", line=reader.line_num, detail=str(error))
        raise BriefingError("theme_file_invalid", reason=unreadable) from error
    return rows


def _split_words(cell: str) -> list[str]:
    """Words in a CSV cell are separated by | (a word may hold 、, as 法治化、国际化); a
    cell written by hand without any | may use 、 or commas instead."""
    if "|" in cell:
        return cell.split("|")
    return re.split(r"[、,，;；]", cell)


def _word_list(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(word).strip() for word in value if str(word).strip()]


def _read(path: Path) -> str:
    """The file's text in whatever encoding it came (Excel on Chinese Windows saves CSV
    as GB18030), as the importer decodes pages."""
    from composer.ingest.readers import decode_text

    try:
        data = path.read_bytes()
    except OSError as error:
        raise BriefingError("file_unreadable", reason=str(error)) from error
    try:
        return decode_text(data)[0]
    except Exception as error:  # noqa: BLE001 - the reader's own error says what is wrong
        raise BriefingError("file_unreadable", reason=str(error)) from error


def _write(path: Path, text: str, encoding: str) -> None:
    """Through the same writer as exports: a read-only folder or a file Excel holds open is
    a message naming the file, and the previous list stays whole."""
    write_atomically(path, text.encode(encoding))
