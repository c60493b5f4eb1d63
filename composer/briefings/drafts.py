"""Briefings: auto-drafting one from a query, saving it, and what export renders.

A briefing has fields (title, 期号, 编印单位, date, 报送/抄送/印发, 按语), sections and
ordered items; an item is an excerpt — with its own wording for this briefing if a
clerk edits it, the library keeping the original — or free text. ``draft`` builds one
from a query (people, themes, dates, source, status): excerpts grouped into sections by
theme, person or month, each excerpt under exactly one heading, items in date order,
the same statement printed twice kept once and citing both printings.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date

from composer.briefings import citations
from composer.briefings.templates import template_kind
from composer.common.messages import BriefingError
from composer.common.text import squash
from composer.tagging.statement_learning import reliable_from
from db import articles as article_store
from db import briefings as store
from db import history
from db import themes as theme_store
from db.briefings import BriefingRow, ItemRow, SectionRow
from db.excerpts import ExcerptFilter
from db.library import Library

GROUPINGS = ("theme", "person", "date")
STATUSES = ("accepted", "suggested", "any")
OTHER_SECTION = "其他"
_NUMERALS = "零一二三四五六七八九"


@dataclass
class DraftQuery:
    persons: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    from_date: str | None = None
    to_date: str | None = None
    source: str | None = None
    status: str = "accepted"  # accepted, suggested or any (rejected excerpts never)
    group_by: str = "theme"
    unused: bool = False  # only excerpts no briefing has used yet
    new_since_last: bool = False  # only excerpts found since the series' last issue
    reliable: bool = False  # only statements at least as confident as the library's "reliable" threshold


@dataclass
class DraftFields:
    title: str | None = None
    subtitle: str | None = None
    masthead: str | None = None
    unit: str | None = None
    date: str | None = None
    send_to: str | None = None
    copy_to: str | None = None
    printed_by: str | None = None
    editor_note: str | None = None
    classification: str | None = None
    series: str | None = None
    citation: str | None = None  # press or speech (default: speech for 讲话摘编, press otherwise)


def chinese_numeral(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 25 → 二十五 (headings 一、二、…)."""
    if number < 10:
        return _NUMERALS[number]
    tens, ones = divmod(number, 10)
    return (_NUMERALS[tens] if tens > 1 else "") + "十" + (_NUMERALS[ones] if ones else "")


def draft(library: Library, template: str, query: DraftQuery, fields: DraftFields | None = None) -> BriefingRow:
    """A briefing (not yet saved) from the library's excerpts that match ``query``."""
    if query.group_by not in GROUPINGS:
        raise BriefingError("group_by_unknown", value=query.group_by)
    if query.status not in STATUSES:
        raise BriefingError("status_unknown", value=query.status)
    fields = fields or DraftFields()
    kind = template_kind(library, template)
    series = fields.series or fields.masthead or template
    material = _material(library, query, series)
    style = fields.citation or ("speech" if kind == "speech" else "press")
    if style not in citations.STYLES:
        raise BriefingError("citation_unknown", value=style)
    items = _merge_duplicates(material)
    briefing = BriefingRow(
        template=template, series=series, issue_no=store.next_issue_no(library, series),
        title=fields.title or _default_title(kind, query), subtitle=fields.subtitle,
        masthead=fields.masthead or (template if kind == "bulletin" else None), unit=fields.unit,
        date=fields.date or date.today().isoformat(),  # a briefing is dated: today unless told
        send_to=fields.send_to, copy_to=fields.copy_to, printed_by=fields.printed_by,
        editor_note=fields.editor_note, classification=fields.classification,
        query=json.dumps(asdict(query), ensure_ascii=False),
        settings={"citation": style, "group_by": query.group_by},
    )
    briefing.sections = _sections(library, items, query, kind, style)
    return briefing


def compose(library: Library, template: str, query: DraftQuery, fields: DraftFields | None = None) -> BriefingRow:
    """Draft and save a briefing (one undoable step); returns it with its id."""
    briefing = draft(library, template, query, fields)
    if not any(section.items for section in briefing.sections):
        raise BriefingError("draft_empty")
    with library.write():
        group = history.start_group(library, "briefing.compose", f"编排简报《{briefing.title}》")
        store.save_briefing(library, group, briefing)
        history.finish_group(library, group)
    return briefing


def delete(library: Library, briefing_id: int) -> None:
    """Delete a briefing (undoable); its excerpts stay in the library."""
    with library.write():
        group = history.start_group(library, "briefing.delete", f"删除简报 {briefing_id}")
        if not store.delete_briefing(library, group, briefing_id):
            raise BriefingError("briefing_missing", id=briefing_id)
        history.finish_group(library, group)


# -- material ------------------------------------------------------------------------------------


def _material(library: Library, query: DraftQuery, series: str) -> list[dict]:
    selections = [ExcerptFilter(person=person) for person in query.persons] or [ExcerptFilter()]
    if query.themes:
        selections = [ExcerptFilter(person=s.person, theme=theme) for s in selections for theme in query.themes]
    found: dict[int, dict] = {}
    floor = reliable_from(library) if query.reliable else None
    for selection in selections:
        selection.status = None if query.status == "any" else query.status
        selection.min_confidence = floor
        for row in store.draft_material(library, selection, from_date=query.from_date, to_date=query.to_date,
                                        source=query.source, include_suggested=query.status == "any"):
            found[row["id"]] = row
    if query.unused:
        used = store.used_excerpt_ids(library)
        found = {i: row for i, row in found.items() if i not in used}
    if query.new_since_last:
        last = store.last_issue_created(library, series)
        if last:
            fresh = store.excerpts_created_after(library, last)
            found = {i: row for i, row in found.items() if i in fresh}
    rows = sorted(found.values(), key=lambda row: (row["published"] or "", row["article_id"], row["start"]))
    printings = article_store.appearances_of(library, sorted({row["article_id"] for row in rows}))
    tags = theme_store.theme_tags(library, "excerpt", [row["id"] for row in rows])
    for row in rows:
        row["printings"] = [citations.Printing(p["source"], p["published"], p["page"])
                            for p in printings.get(row["article_id"], [])]
        row["themes"] = [t for t in tags.get(row["id"], []) if t["status"] != "rejected"]
    return rows


def _normalized(text: str) -> str:
    return re.sub(r"[^\w]", "", squash(text))


DUPLICATE_DAYS = 7  # the same statement in two papers is printed within days of each other


def _merge_duplicates(rows: list[dict]) -> list[dict]:
    """One item per statement: the same words (or words contained in a longer excerpt
    of the same speaker printed within DUPLICATE_DAYS) printed twice become one item
    citing every printing. Rows come in date order."""
    kept: list[dict] = []
    by_text: dict[str, dict] = {}
    recent: dict[str | None, list[dict]] = {}  # per speaker, the kept rows of the last days
    for row in rows:
        key = _normalized(row["text"])
        day = _day(row["published"])
        window = recent.setdefault(row["speaker"], [])
        window[:] = [k for k in window if day - k["day"] <= DUPLICATE_DAYS]
        twin = by_text.get(key) or next(
            (k for k in window if len(key) >= 30 and (key in k["key"] or k["key"] in key)), None)
        if twin is None:
            row.update(key=key, day=day, also=[])
            by_text[key] = row
            kept.append(row)
            window.append(row)
            continue
        if len(key) > len(twin["key"]):  # keep the fuller wording
            twin.update({k: row[k] for k in ("id", "text", "start", "article_id", "title", "event_date")}, key=key)
        twin["also"].append(row["id"])
        twin["printings"] += [p for p in row["printings"] if p not in twin["printings"]]
        twin["themes"] += row["themes"]
    return kept


def _day(published: str | None) -> int:
    try:
        return date.fromisoformat(published).toordinal() if published else 0
    except ValueError:
        return 0


# -- sections ------------------------------------------------------------------------------------


def _sections(library: Library, rows: list[dict], query: DraftQuery, kind: str, style: str) -> list[SectionRow]:
    order = {row.name: row.position * 10_000 + row.id for row in theme_store.all_themes(library)}
    wanted = _theme_names(library, query.themes)
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(_group_of(row, query.group_by, wanted), []).append(row)
    if query.group_by == "theme":
        names = sorted(groups, key=lambda name: (name == OTHER_SECTION, order.get(name, 1 << 40), name))
    elif query.group_by == "person":
        names = sorted(groups, key=lambda name: (-len(groups[name]), name))
    else:
        names = sorted(groups)
    speakers = {row["speaker"] for row in rows}
    sections = []
    for number, name in enumerate(names, start=1):
        section = SectionRow(f"{chinese_numeral(number)}、{name}", query.group_by, name)
        for row in groups[name]:
            section.items.append(_item(row, kind, style, several_speakers=len(speakers) > 1
                                       and query.group_by != "person"))
        if kind != "speech":
            section.items = _one_item_per_article(section.items, groups[name])
        sections.append(section)
    return sections


def _one_item_per_article(items: list[ItemRow], rows: list[dict]) -> list[ItemRow]:
    """A 简报 or 专题汇编 item is a story: the excerpts of one article that follow each
    other in a section become one item under the article's headline, with one source."""
    merged: list[ItemRow] = []
    texts: list[list[str]] = []
    previous_article = None
    for item, row in zip(items, rows):
        text = item.text_override or row["text"].strip()
        if merged and row["article_id"] == previous_article:
            texts[-1].append(text)
            merged[-1].also_excerpts += [item.excerpt_id or 0, *item.also_excerpts]
            continue
        merged.append(item)
        texts.append([text])
        previous_article = row["article_id"]
    for item, parts in zip(merged, texts):
        if len(parts) > 1:
            item.text_override = "\n".join(parts)
    return merged


def _theme_names(library: Library, requested: list[str]) -> set[str] | None:
    """The themes a requested theme stands for (a group: its subtree); None: any."""
    if not requested:
        return None
    names = {row.id: row.name for row in theme_store.all_themes(library)}
    return {names[i] for theme in requested for i in theme_store.theme_ids_named(library, theme) if i in names}


def _group_of(row: dict, group_by: str, wanted: set[str] | None) -> str:
    if group_by == "person":
        return row["speaker"] or OTHER_SECTION
    if group_by == "date":
        return citations.chinese_date((row["published"] or "")[:7]) or OTHER_SECTION
    candidates = [t for t in row["themes"] if wanted is None or t["theme"] in wanted]
    if not candidates:
        return OTHER_SECTION
    best = max(candidates, key=lambda t: (t["status"] == "accepted", t["origin"] == "manual", t["score"] or 0))
    theme: str = best["theme"]
    return theme


def _item(row: dict, kind: str, style: str, *, several_speakers: bool) -> ItemRow:
    source = citations.citation(style, row["title"], row["event_date"], row["published"], row["printings"])
    text = row["text"].strip()
    if several_speakers and row["speaker"]:
        text = f"{row['speaker']}：{text}"
    return ItemRow(
        excerpt_id=row["id"], title=None if kind == "speech" else row["title"],
        text_override=text if text != row["text"].strip() else None, source_line=source,
        also_excerpts=row["also"],
    )


def _default_title(kind: str, query: DraftQuery) -> str:
    people = "、".join(query.persons)
    topic = "、".join(query.themes)
    if kind == "speech":
        who = f"{people}同志" if len(query.persons) == 1 else (people or "领导")
        return f"{who}{'关于' + topic + '的' if topic else ''}讲话摘编"
    if kind == "dossier":
        return f"{topic or people or '资料'}专题汇编"
    return f"{topic or people or '工作'}简报"


def edit_item_text(library: Library, item_id: int, text: str | None) -> None:
    """Reword an item for this briefing only (undoable); the library's excerpt keeps its
    words. ``None`` or the excerpt's own words: no override."""
    with library.write():
        group = history.start_group(library, "briefing.edit_item", f"修改简报条目 {item_id} 的文字")
        store.set_item_text(library, group, item_id, text.strip() if text and text.strip() else None)
        history.finish_group(library, group)


def save_outline(library: Library, briefing: BriefingRow, summary: str = "") -> None:
    """Store what an editor holds — fields, sections, items in order — as one undoable
    step (the composer UI calls this after each drag, move, removal or edit)."""
    if briefing.id is None:
        raise BriefingError("briefing_missing", id=0)
    with library.write():
        group = history.start_group(library, "briefing.edit", summary or f"修改简报《{briefing.title}》")
        store.replace_outline(library, group, briefing)
        history.finish_group(library, group)


def next_issue(library: Library, briefing_id: int) -> BriefingRow:
    """A copy of a briefing as the series' next issue (期号 + 1, today's date), saved."""
    briefing = store.load_briefing(library, briefing_id)
    if briefing is None:
        raise BriefingError("briefing_missing", id=briefing_id)
    briefing.id = None
    briefing.issue_no = store.next_issue_no(library, briefing.series or briefing.template)
    briefing.date = date.today().isoformat()
    for section in briefing.sections:
        section.id = None
        for item in section.items:
            item.id = None
    with library.write():
        group = history.start_group(library, "briefing.next_issue", f"复制为第{briefing.issue_no}期")
        store.save_briefing(library, group, briefing)
        history.finish_group(library, group)
    return briefing


def item_from_excerpt(library: Library, excerpt_id: int, template: str, citation: str = "press") -> ItemRow:
    """An item for an excerpt dragged into a briefing: its source line composed the way
    drafts compose them."""
    kind = template_kind(library, template)
    rows = store.draft_material(library, ExcerptFilter(ids=[excerpt_id]), include_suggested=True)
    if not rows:
        raise BriefingError("excerpt_missing", id=excerpt_id)
    row = rows[0]
    row["printings"] = [citations.Printing(p["source"], p["published"], p["page"])
                        for p in article_store.appearances_of(library, [row["article_id"]]).get(row["article_id"], [])]
    row["also"] = []
    return _item(row, kind, citation, several_speakers=False)


def regroup(library: Library, briefing: BriefingRow, group_by: str) -> BriefingRow:
    """The same excerpt items in sections by theme, person or month (free-text items
    keep a section of their own at the end); items keep their wording."""
    if group_by not in GROUPINGS:
        raise BriefingError("group_by_unknown", value=group_by)
    items = [item for section in briefing.sections for item in section.items]
    ids = [item.excerpt_id for item in items if item.excerpt_id]
    rows = {row["id"]: row for row in store.draft_material(library, ExcerptFilter(ids=ids), include_suggested=True)}
    tags = theme_store.theme_tags(library, "excerpt", ids)
    groups: dict[str, list[tuple[dict, ItemRow]]] = {}
    loose: list[ItemRow] = []
    for item in items:
        row = rows.get(item.excerpt_id or -1)
        if row is None:
            loose.append(item)
            continue
        row["themes"] = [t for t in tags.get(row["id"], []) if t["status"] != "rejected"]
        groups.setdefault(_group_of(row, group_by, None), []).append((row, item))
    order = {row.name: row.position * 10_000 + row.id for row in theme_store.all_themes(library)}
    names = sorted(groups, key=lambda name: (name == OTHER_SECTION, order.get(name, 1 << 40) if group_by == "theme"
                                             else 0, name))
    sections = []
    for number, name in enumerate(names, start=1):
        members = sorted(groups[name], key=lambda pair: (pair[0]["published"] or "", pair[0]["start"]))
        sections.append(SectionRow(f"{chinese_numeral(number)}、{name}", group_by, name, [i for _, i in members]))
    if loose:
        sections.append(SectionRow(f"{chinese_numeral(len(sections) + 1)}、{OTHER_SECTION}", "custom", None, loose))
    briefing.sections = sections
    briefing.settings = {**briefing.settings, "group_by": group_by}
    return briefing
