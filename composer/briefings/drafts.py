"""Briefings: auto-drafting one from a query, saving it, and what export renders.

A briefing has fields (title, 期号, 编印单位, date, 报送/抄送/印发, 按语), sections and
ordered items; an item is an excerpt — with its own wording for this briefing if a
clerk edits it, the library keeping the original — or free text. ``draft`` builds one
from a query (people, themes, dates, source, status): officials' statements only unless
people are named (``speakers``), the same statement printed twice kept once and citing
both printings, grouped into sections by theme, person or month (``sections``: the theme
tree's order, small sections merged), each excerpt under exactly one heading and each
article in one place; items made by ``items`` — what was said for a 讲话摘编, news for a
简报 or 专题汇编 — in date order or by importance, with one style of source line.
``new_briefing`` starts an empty one instead; ``save_outline`` stores what an editor made
of it (only the rows that changed), ``item_from_excerpt`` and ``item_from_article`` make
the items dropped into it. See docs/composing.md.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date

from composer.briefings import citations, sections
from composer.briefings import items as drafting
from composer.briefings.news_items import whole_article
from composer.briefings.speakers import NO_RANK
from composer.briefings.templates import template_kind
from composer.common import messages_drafts  # noqa: F401 - registers the texts of drafting
from composer.common.messages import BriefingError
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
ORDERS = drafting.ORDERS
OTHER_SECTION = sections.OTHER_SECTION
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
    all_speakers: bool = False  # with no person named: everyone's statements, not only officials'
    order: str | None = None  # date, importance or declared (the persons' order); None: by the template's kind


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
    citation: str | None = None  # speech, press or article (default: speech for 讲话摘编, press otherwise)


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
    if query.order is not None and query.order not in ORDERS:
        raise BriefingError("order_unknown", value=query.order)
    fields = fields or DraftFields()
    kind = template_kind(library, template)
    series = fields.series or fields.masthead or template
    style = fields.citation or ("speech" if kind == "speech" else "press")
    if style not in citations.ALL_STYLES:
        raise BriefingError("citation_style_unknown", value=style)
    material = _material(library, query, series)
    sources = _sources(library, material)
    if not query.persons and not query.all_speakers:
        material = [row for row in material if sources.official(row)]
    rows = _merge_duplicates(material)
    briefing = _briefing_row(library, template, kind, series, fields, style)
    briefing.query = json.dumps(asdict(query), ensure_ascii=False)
    briefing.title = fields.title or _default_title(kind, query)
    briefing.settings["group_by"] = query.group_by
    briefing.sections, used_style = _sections(library, rows, query, kind, style, sources)
    briefing.settings["citation"] = used_style
    return briefing


def _briefing_row(
    library: Library, template: str, kind: str, series: str, fields: DraftFields, style: str
) -> BriefingRow:
    """A briefing's fields as given, the rest by default: the series' next number, today's date."""
    return BriefingRow(
        template=template,
        series=series,
        issue_no=store.next_issue_no(library, series),
        title=fields.title or _default_title(kind, DraftQuery()),
        subtitle=fields.subtitle,
        masthead=fields.masthead or (template if kind == "bulletin" else None),
        unit=fields.unit,
        date=fields.date or date.today().isoformat(),  # a briefing is dated: today unless told
        send_to=fields.send_to,
        copy_to=fields.copy_to,
        printed_by=fields.printed_by,
        editor_note=fields.editor_note,
        classification=fields.classification,
        settings={"citation": style},
    )


def new_briefing(
    library: Library, template: str, section_title: str, fields: DraftFields | None = None
) -> BriefingRow:
    """An empty briefing of ``template`` — no auto-draft: its fields and one empty section
    named ``section_title`` to drop excerpts and articles into — saved as one undoable step."""
    fields = fields or DraftFields()
    kind = template_kind(library, template)
    style = fields.citation or ("speech" if kind == "speech" else "press")
    if style not in citations.ALL_STYLES:
        raise BriefingError("citation_style_unknown", value=style)
    briefing = _briefing_row(library, template, kind, fields.series or fields.masthead or template, fields, style)
    briefing.sections = [SectionRow(section_title, "custom")]
    with library.write():
        group = history.start_group(library, "briefing.new", f"新建简报《{briefing.title}》")
        store.save_briefing(library, group, briefing)
        history.finish_group(library, group)
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
        for row in store.draft_material(
            library,
            selection,
            from_date=query.from_date,
            to_date=query.to_date,
            source=query.source,
            include_suggested=query.status == "any",
        ):
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
        row["printings"] = [
            citations.Printing(p["source"], p["published"], p["page"]) for p in printings.get(row["article_id"], [])
        ]
        row["themes"] = [t for t in tags.get(row["id"], []) if t["status"] != "rejected"]
    return rows


def _sources(library: Library, rows: list[dict]) -> drafting.Sources:
    article_ids = [row["article_id"] for row in rows]
    return drafting.Sources(
        bodies=store.article_bodies(library, article_ids),
        starts=store.speech_starts(library, article_ids),
        people=store.speaker_titles(library, [row["person_id"] for row in rows if row["person_id"]]),
    )


# Full-width forms as their ASCII letters and digits (what NFKC does to them, at a fraction
# of its cost: a duplicate is looked for among every pair of a speaker's recent statements).
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_NOT_WORD = re.compile(r"[^\w]")


def _normalized(text: str) -> str:
    return _NOT_WORD.sub("", text.translate(_WIDTH))


DUPLICATE_DAYS = 7  # the same statement in two papers is printed within days of each other
_TAKEN_OVER = (
    "id",
    "text",
    "start",
    "end",
    "article_id",
    "title",
    "event_date",
    "published",
    "kind",
    "person_id",
    "article_kind",
    "speaker_type",
)


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
            (k for k in window if len(key) >= 30 and (key in k["key"] or k["key"] in key)), None
        )
        if twin is None:
            row.update(key=key, day=day, also=[], cited={_cited(p) for p in row["printings"]})
            by_text[key] = row
            kept.append(row)
            window.append(row)
            continue
        if len(key) > len(twin["key"]):  # keep the fuller wording
            twin["also"].append(twin["id"])
            twin.update({k: row[k] for k in _TAKEN_OVER}, key=key)
        else:
            twin["also"].append(row["id"])
        for printing in row["printings"]:
            if _cited(printing) not in twin["cited"]:
                twin["cited"].add(_cited(printing))
                twin["printings"].append(printing)
        twin["themes"] += row["themes"]
    return kept


def _cited(printing: citations.Printing) -> tuple[str | None, str | None, str | None]:
    return printing.source, printing.published, printing.page


def _day(published: str | None) -> int:
    try:
        return date.fromisoformat(published).toordinal() if published else 0
    except ValueError:
        return 0


# -- sections ------------------------------------------------------------------------------------


def _sections(
    library: Library, rows: list[dict], query: DraftQuery, kind: str, style: str, sources: drafting.Sources
) -> tuple[list[SectionRow], str]:
    """Sections with their items, and the style of source line every item got."""
    order = sections.theme_order(library)
    groups = _groups(
        library, rows, query.group_by, _theme_names(library, query.themes), order, stories=kind != "speech"
    )
    item_order = query.order or ("date" if kind == "speech" else "importance")
    several = len({row["speaker"] for row in rows}) > 1 and query.group_by != "person"
    drafted: dict[str, list[drafting.Drafted]] = {}
    for name, members in groups.items():
        members.sort(key=lambda r: (r["published"] or "", r["article_id"], r["start"]))
        made = (
            drafting.speech_items(members, sources, name_speakers=several)
            if kind == "speech"
            else drafting.story_items(members, sources)
        )
        drafted[name] = drafting.ordered(made, item_order, query.persons)
    names = _section_order(groups, drafted, query.group_by, order, by_rank=kind == "bulletin" and item_order != "date")
    used = drafting.with_sources([d for name in names for d in drafted[name]], style)
    return [
        SectionRow(f"{chinese_numeral(number)}、{name}", query.group_by, name, [d.item for d in drafted[name]])
        for number, name in enumerate(names, start=1)
    ], used


def _groups(
    library: Library,
    rows: list[dict],
    group_by: str,
    wanted: set[str] | None,
    order: sections.ThemeOrder,
    *,
    stories: bool = False,
) -> dict[str, list[dict]]:
    """Rows by section; a 简报 or 专题汇编 (``stories``) prints each article once (C15)."""
    if group_by == "theme":
        loose = {row["article_id"] for row in rows if not row["themes"]}
        article_tags = theme_store.theme_tags(library, "article", sorted(loose)) if loose else {}
        return sections.by_theme(
            rows, order, wanted, article_tags, whole_articles=stories, item_key=_article_key if stories else _speech_key
        )
    groups: dict[str, list[dict]] = {}
    for row in rows:
        if group_by == "person":
            name = row["speaker"] or OTHER_SECTION
        else:
            name = citations.chinese_date((row["published"] or "")[:7]) or OTHER_SECTION
        groups.setdefault(name, []).append(row)
    return _each_article_once(groups) if stories else groups


def _article_key(row: dict) -> int:
    return int(row["article_id"])


def _speech_key(row: dict) -> tuple[int, str | None]:
    return row["article_id"], row["speaker"]


def _each_article_once(groups: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """An article under the section holding most of its excerpts (the earlier on a tie)."""
    names = list(groups)
    home: dict[int, str] = {}
    for article_id in {row["article_id"] for rows in groups.values() for row in rows}:
        counts = [(sum(1 for r in groups[n] if r["article_id"] == article_id), -i, n) for i, n in enumerate(names)]
        home[article_id] = max(counts)[2]
    moved: dict[str, list[dict]] = {name: [] for name in names}
    for rows in groups.values():
        for row in rows:
            moved[home[row["article_id"]]].append(row)
    return {name: rows for name, rows in moved.items() if rows}


def _section_order(
    groups: dict[str, list[dict]],
    drafted: dict[str, list[drafting.Drafted]],
    group_by: str,
    order: sections.ThemeOrder,
    *,
    by_rank: bool,
) -> list[str]:
    if group_by == "theme":
        names = sections.section_names(groups, order)
        drafted.update({name: drafted.pop(sections.OTHER_SECTION) for name in names if name not in drafted})
    elif group_by == "person":
        names = sorted(groups, key=lambda name: (-len(groups[name]), name))
    else:
        names = sorted(groups)
    if by_rank:  # a 简报's lead item first: sections by the most important item they hold
        names.sort(key=lambda name: min((d.rank for d in drafted[name]), default=NO_RANK))
    return names


def _theme_names(library: Library, requested: list[str]) -> set[str] | None:
    """The themes a requested theme stands for (a group: its subtree); None: any."""
    if not requested:
        return None
    names = {row.id: row.name for row in theme_store.all_themes(library)}
    return {names[i] for theme in requested for i in theme_store.theme_ids_named(library, theme) if i in names}


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


def save_outline(
    library: Library, briefing: BriefingRow, summary: str = "", touched: list[SectionRow] | None = None
) -> None:
    """Store what an editor holds — fields, sections, items in order — as one undoable
    step (the composer UI calls this after each drag, move, removal or edit). ``touched``:
    the only sections whose items the edit changed (a rename or a field: none), so that
    only they are compared with what is stored; None: all of them."""
    if briefing.id is None:
        raise BriefingError("briefing_missing", id=0)
    with library.write():
        known = store.stored_is_current(library, briefing)  # before the group: it changes the undo log
        group = history.start_group(library, "briefing.edit", summary or f"修改简报《{briefing.title}》")
        store.replace_outline(library, group, briefing, known, touched)
        history.finish_group(library, group)
        store.remember_stored(library, briefing)


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
    """An item for an excerpt dragged into a briefing, made the way drafts make them: what
    was said for a 讲话摘编, a news item for a 简报 or 专题汇编; its source line in
    ``citation`` (else the next style it can have)."""
    kind = template_kind(library, template)
    rows = store.draft_material(library, ExcerptFilter(ids=[excerpt_id]), include_suggested=True)
    if not rows:
        raise BriefingError("excerpt_missing", id=excerpt_id)
    row = rows[0]
    row["printings"] = _printings(library, row["article_id"])
    row["also"] = []
    sources = _sources(library, rows)
    made = (
        drafting.speech_items(rows, sources, name_speakers=False)
        if kind == "speech"
        else drafting.story_items(rows, sources)
    )[0]
    made.item.source_line = _source_line(citation, made.origin)
    return made.item


def item_from_article(library: Library, article_id: int, citation: str = "press") -> ItemRow:
    """A whole article as an item (its headline, its text, its source line), for a 简报
    or 专题汇编 item the user picks whole rather than abridged."""
    article = article_store.get_article(library, article_id)
    if article is None:
        raise BriefingError("article_missing", id=article_id)
    body = article["text"]
    origin = citations.Origin(
        article["title"] or "",
        article["event_date"],
        article["published"],
        _printings(library, article_id),
        body.lstrip().split("\n", 1)[0],
        interview=article["kind"] == "interview",
    )
    return ItemRow(title=article["title"], free_text=whole_article(body), source_line=_source_line(citation, origin))


def _printings(library: Library, article_id: int) -> list[citations.Printing]:
    return [
        citations.Printing(p["source"], p["published"], p["page"])
        for p in article_store.appearances_of(library, [article_id]).get(article_id, [])
    ]


def _source_line(style: str, origin: citations.Origin) -> str:
    if style not in citations.ALL_STYLES:
        raise BriefingError("citation_style_unknown", value=style)
    return citations.citation(
        style,
        origin.headline,
        origin.event_date,
        origin.published,
        origin.printings,
        origin.lead,
        interview=origin.interview,
    )


def regroup(library: Library, briefing: BriefingRow, group_by: str) -> BriefingRow:
    """The same excerpt items in sections by theme, person or month, as drafts group them
    (the theme tree's order, small sections merged); free-text items keep a section of
    their own at the end; items keep their wording."""
    if group_by not in GROUPINGS:
        raise BriefingError("group_by_unknown", value=group_by)
    items = [item for section in briefing.sections for item in section.items]
    ids = [item.excerpt_id for item in items if item.excerpt_id]
    rows = {row["id"]: row for row in store.draft_material(library, ExcerptFilter(ids=ids), include_suggested=True)}
    tags = theme_store.theme_tags(library, "excerpt", ids)
    by_row: dict[int, ItemRow] = {}
    members: list[dict] = []
    loose: list[ItemRow] = []
    for item in items:
        row = rows.get(item.excerpt_id or -1)
        if row is None or id(row) in by_row:
            loose.append(item)
            continue
        row["themes"] = [t for t in tags.get(row["id"], []) if t["status"] != "rejected"]
        by_row[id(row)] = item
        members.append(row)
    order = sections.theme_order(library)
    groups = _groups(library, members, group_by, None, order)
    names = (
        sections.section_names(groups, order)
        if group_by == "theme"
        else sorted(groups, key=lambda name: (-len(groups[name]), name) if group_by == "person" else (0, name))
    )
    regrouped = []
    for number, name in enumerate(names, start=1):
        ordered = sorted(groups[name], key=lambda r: (r["published"] or "", r["article_id"], r["start"]))
        regrouped.append(
            SectionRow(f"{chinese_numeral(number)}、{name}", group_by, name, [by_row[id(r)] for r in ordered])
        )
    if loose:
        regrouped.append(SectionRow(f"{chinese_numeral(len(regrouped) + 1)}、{OTHER_SECTION}", "custom", None, loose))
    briefing.sections = regrouped
    briefing.settings = {**briefing.settings, "group_by": group_by}
    return briefing
