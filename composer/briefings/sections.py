"""Theme sections of a drafted briefing: which heading each item goes under, in what order,
and when small sections are merged.

* **Order**: the theme tree's own order, depth first (a group, then its themes in their
  positions): the office edits the tree to choose it — 党的建设 first when it is first. A
  catch-all 其他 comes last.
* **Where an item goes**: its best theme (accepted before suggested, a hand tag before an
  automatic one, then by score). An item with no theme goes to the section whose theme
  words its text holds most, else to one of its article's themes (a section already
  there first), and only then to 其他.
* **Small sections are merged.** A heading over a single excerpt groups nothing and a
  four-item compilation printed under four headings reads as a list of headings
  (issue 18). Below ``MIN_SECTION_ITEMS`` items a section is dissolved: its items move to
  another section among their own themes; a theme group with a section still too small is
  printed under the group's name (产业发展 and 对外开放 as 经济发展); what is still alone
  goes where its other themes or its article's themes have a section, else to 其他. Two is
  the smallest number of items a heading can gather; a larger minimum would merge the
  themes of a leader's monthly 摘编 (six to twelve items over three to six themes in the
  seed and demo pages) into one or two headings.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Iterable
from dataclasses import dataclass, field

from composer.tagging.themes import Theme, theme_tree
from db.library import Library

OTHER_SECTION = "其他"
ONLY_SECTION = "综合"  # the catch-all's name when it is the only section
MIN_SECTION_ITEMS = 2
KEYWORD_WEIGHT = 1.0
SYNONYM_WEIGHT = 0.5
UNRANKED = 1 << 30


@dataclass
class ThemeOrder:
    rank: dict[str, int] = field(default_factory=dict)  # theme → position in the tree, depth first
    parent: dict[str, str] = field(default_factory=dict)  # theme → its group
    words: dict[str, dict[str, float]] = field(default_factory=dict)  # theme → word → weight

    def key(self, name: str) -> tuple[bool, int, str]:
        return name in (OTHER_SECTION, ONLY_SECTION), self.rank.get(name, UNRANKED), name


def theme_order(library: Library) -> ThemeOrder:
    order = ThemeOrder()

    def walk(nodes: list[Theme], parent: str | None) -> None:
        for node in nodes:
            order.rank[node.name] = len(order.rank)
            if parent is not None:
                order.parent[node.name] = parent
            weights = {word: SYNONYM_WEIGHT for word in node.synonyms if word}
            weights.update({word: KEYWORD_WEIGHT for word in node.keywords if word})
            order.words[node.name] = weights
            walk(node.children, node.name)

    walk(theme_tree(library), None)
    return order


def best_tag(tags: Iterable[dict], allowed: Container[str] | None = None) -> str | None:
    """The best of some theme tags (among ``allowed`` themes)."""
    candidates = [t for t in tags if allowed is None or t["theme"] in allowed]
    if not candidates:
        return None
    best = max(candidates, key=lambda t: (t["status"] == "accepted", t["origin"] == "manual", t["score"] or 0))
    name: str = best["theme"]
    return name


Unit = list[dict]  # rows that go under one heading together (an article of a 简报, or one excerpt)


class _Groups:
    """Sections being formed: name → units; a section's size counts the items its units
    will make (``item_key``: excerpts of one speech make one item)."""

    def __init__(self, item_key: Callable[[dict], Hashable]) -> None:
        self.units: dict[str, list[Unit]] = {}
        self.item_key = item_key

    def add(self, name: str, unit: Unit) -> None:
        self.units.setdefault(name, []).append(unit)

    def size(self, name: str) -> int:
        return len({self.item_key(row) for unit in self.units.get(name, []) for row in unit})

    def small(self) -> list[str]:
        names = [n for n in self.units if n != OTHER_SECTION and self.size(n) < MIN_SECTION_ITEMS]
        return sorted(names, key=self.size)

    def rows(self) -> dict[str, list[dict]]:
        return {name: [row for unit in units for row in unit] for name, units in self.units.items() if units}


def by_theme(
    rows: list[dict],
    order: ThemeOrder,
    wanted: set[str] | None,
    article_tags: dict[int, list[dict]],
    *,
    whole_articles: bool = False,
    item_key: Callable[[dict], Hashable] | None = None,
) -> dict[str, list[dict]]:
    """Rows by theme, each under exactly one, small sections merged (see the module).
    ``whole_articles``: an article's rows stay together (a 简报 or 专题汇编 prints an article
    once, C15), under the theme most of them have."""
    groups = _Groups(item_key or (lambda row: row["id"]))
    units: list[Unit] = []
    for row in rows:
        if whole_articles and units and any(r["article_id"] == row["article_id"] for r in units[-1]):
            units[-1].append(row)
        else:
            units.append([row])
    if whole_articles:
        units = _by_article(units)
    loose = []
    for unit in units:
        theme = _unit_theme(unit, wanted)
        if theme is None:
            loose.append(unit)
        else:
            groups.add(theme, unit)
    for unit in loose:
        groups.add(_place(unit, groups.units, order, article_tags.get(unit[0]["article_id"], [])), unit)
    if len(groups.units) > 1:
        _merge_small(groups, order, article_tags)
    return groups.rows()


def _by_article(units: list[Unit]) -> list[Unit]:
    merged: dict[int, Unit] = {}
    for unit in units:
        merged.setdefault(unit[0]["article_id"], []).extend(unit)
    return list(merged.values())


def _unit_theme(unit: Unit, wanted: set[str] | None) -> str | None:
    """The theme most of a unit's rows have (each row's best), ties to the best tag."""
    votes: dict[str, int] = {}
    for row in unit:
        theme = best_tag(row["themes"], wanted)
        if theme is not None:
            votes[theme] = votes.get(theme, 0) + 1
    if not votes:
        return None
    top = max(votes.values())
    return best_tag([t for row in unit for t in row["themes"] if votes.get(t["theme"]) == top], wanted)


def _tags(unit: Unit) -> list[dict]:
    return [t for row in unit for t in row["themes"]]


def _place(unit: Unit, groups: dict[str, list[Unit]], order: ThemeOrder, article_tags: list[dict]) -> str:
    """Where rows with no theme of their own belong: the section whose words their text
    holds most, else their article's best theme (one with a section first), else 其他."""
    worded = _worded(unit, groups, order)
    if worded is not None:
        return worded
    tags = [t for t in article_tags if t["status"] != "rejected"]
    return best_tag(tags, groups) or best_tag(tags) or OTHER_SECTION


def _merge_small(groups: _Groups, order: ThemeOrder, article_tags: dict[int, list[dict]]) -> None:
    _move_to_own_themes(groups, None)
    _merge_into_groups(groups, order)
    _move_to_own_themes(groups, order)
    for name in groups.small():
        if len(groups.units) < 2 or name not in groups.units:
            break
        kept = []
        for unit in groups.units.pop(name):
            tags = article_tags.get(unit[0]["article_id"], [])
            target = best_tag(tags, set(groups.units) - {name}) or _present_group(tags, groups.units, order)
            target = target or _worded(unit, groups.units, order)
            if target is None:
                kept.append(unit)
            else:
                groups.add(target, unit)
        if kept:
            groups.units[name] = kept
    alone = groups.small()
    if len(alone) > 1:  # one section of one item may keep its heading; several go to 其他 together
        for name in alone:
            for unit in groups.units.pop(name):
                groups.add(OTHER_SECTION, unit)


def _worded(unit: Unit, groups: dict[str, list[Unit]], order: ThemeOrder) -> str | None:
    """The section whose theme words the unit's text holds most (None: none of them); the
    unit is in no section while it is being placed."""
    text = "".join(row["text"] for row in unit)
    scores = [
        (
            sum(weight for word, weight in order.words.get(name, {}).items() if word in text),
            -order.rank.get(name, 0),
            name,
        )
        for name in groups
        if name != OTHER_SECTION and groups[name]
    ]
    best = max(scores, default=(0.0, 0, None))
    return best[2] if best[0] > 0 else None


def _move_to_own_themes(groups: _Groups, order: ThemeOrder | None) -> None:
    """The units of a small section go to a large section among their own themes (or, with
    ``order``, to the section of one of their themes' groups)."""
    for name in groups.small():
        if name not in groups.units or len(groups.units) < 2:
            continue
        large = {n for n in groups.units if n != name and groups.size(n) >= MIN_SECTION_ITEMS}
        kept = []
        for unit in groups.units[name]:
            target = best_tag(_tags(unit), large)
            if target is None and order is not None:
                target = _present_group(_tags(unit), groups.units, order, exclude=name)
            if target is None:
                kept.append(unit)
            else:
                groups.add(target, unit)
        if kept:
            groups.units[name] = kept
        else:
            del groups.units[name]


def _present_group(
    tags: list[dict], groups: dict[str, list[Unit]], order: ThemeOrder, exclude: str | None = None
) -> str | None:
    for tag in sorted(tags, key=lambda t: -(t["score"] or 0)):
        group = order.parent.get(tag["theme"])
        if group and group in groups and group != exclude:
            return group
    return None


def _merge_into_groups(groups: _Groups, order: ThemeOrder) -> None:
    """A theme group with a section below the minimum is printed under the group's name."""
    parents: dict[str, list[str]] = {}
    for name in groups.units:
        if name in order.parent:
            parents.setdefault(order.parent[name], []).append(name)
    for parent, names in parents.items():
        if any(groups.size(n) < MIN_SECTION_ITEMS for n in names) and len(groups.units) > 1:
            for name in names:
                for unit in groups.units.pop(name):
                    groups.add(parent, unit)


def section_names(groups: dict[str, list[dict]], order: ThemeOrder) -> list[str]:
    """Sections in the tree's order, 其他 last; a lone catch-all is called 综合."""
    names = sorted(groups, key=order.key)
    if names == [OTHER_SECTION]:
        groups[ONLY_SECTION] = groups.pop(OTHER_SECTION)
        return [ONLY_SECTION]
    return names
