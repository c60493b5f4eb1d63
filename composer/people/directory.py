"""The people directory: who the library knows, and how discovery proposes more.

A person has a name, aliases (卢主任, 王少峰代表), a role (official, deputy, cppcc_member,
enterprise, reporter, other) and dated titles — the same name can hold different posts
over the years. Discovery (composer/people/discovery.py) only ever adds *suggested* people and
titles; a person confirms or rejects them, and a rejected person is never suggested
again. Reporters are kept apart from everyone else: a reporter and an official with
the same name are two people, and a reporter is never tagged as an official.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from composer.common import csv_headers, lexicon
from composer.common.messages import BriefingError
from composer.people.discovery import Sighting
from db import history
from db import people as store
from db.library import Library

ROLES = ("official", "deputy", "cppcc_member", "enterprise", "reporter", "other")
CSV_FIELDS = ("id", "name", "role", "status", "aliases", "titles")
CSV_LABELS = {"id": "编号", "name": "姓名", "role": "类别", "status": "状态", "aliases": "别名", "titles": "职务"}


@dataclass
class Title:
    title: str
    org: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    status: str = "confirmed"
    id: int | None = None  # the stored title's (to remove it); None for one not stored yet

    def held_on(self, day: str | None) -> bool:
        if day is None:
            return False
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)


@dataclass
class Person:
    id: int
    name: str
    role: str
    status: str = "confirmed"
    aliases: list[str] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)

    @property
    def is_reporter(self) -> bool:
        return self.role == "reporter"

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "aliases": self.aliases,
            "role": self.role,
            "titles": [{"title": t.title, "org": t.org, "from": t.valid_from, "to": t.valid_to} for t in self.titles],
            "status": self.status,
        }


HOLDERS_CACHE_MAX = 50_000  # remembered (title, day) answers; a snapshot lives one tagging run
# 副区长, 代区长, 署理行政长官: a deputy's or an acting holder's title ends with the office's, but they do not hold it
_DEPUTY_OR_ACTING = ("副", "代", "署理", "代理")


class Directory:
    """A read-only snapshot of the directory, for matching text against it."""

    def __init__(self, people: Iterable[Person]) -> None:
        self.people = {person.id: person for person in people}
        self._by_title: dict[str, list[tuple[Person, Title]]] | None = None
        self._holders: dict[tuple[str, str], list[Person]] = {}  # (title, day) -> holders: a day's articles share them
        self.forms: dict[str, list[int]] = defaultdict(list)  # name or alias -> person ids
        for person in self.people.values():
            for form in (person.name, *person.aliases):
                if person.id not in self.forms[form]:
                    self.forms[form].append(person.id)

    def __len__(self) -> int:
        return len(self.people)

    def holders(self, title: str, day: str | None) -> list[Person]:
        """Who held ``title`` (区长, 县委书记 — a title ending with it, not its deputy or acting holder) on ``day``,
        by the directory's dated titles (the same name may be 区长 in one year only)."""
        if day is None:
            return []
        known = self._holders.get((title, day))
        if known is not None:
            return list(known)
        if len(self._holders) >= HOLDERS_CACHE_MAX:
            self._holders.clear()
        if self._by_title is None:
            index: dict[str, list[tuple[Person, Title]]] = defaultdict(list)
            for person in self.people.values():
                for held in person.titles:
                    index[held.title[-2:]].append((person, held))
            self._by_title = index
        # (a suggested title read on an undated page says nothing of when it was held: not by it)
        found = {person.id: person for person, held in self._by_title.get(title[-2:], [])
                 if held.title.endswith(title) and not held.title[: -len(title)].endswith(_DEPUTY_OR_ACTING)
                 and held.held_on(day)
                 and (held.valid_from is not None or held.status != "suggested")}
        self._holders[(title, day)] = list(found.values())
        return list(found.values())

    def named(self, form: str, *, reporter: bool | None = None) -> list[Person]:
        found = [self.people[i] for i in self.forms.get(form, [])]
        if reporter is not None:
            found = [p for p in found if p.is_reporter == reporter]
        return found

    def best(self, form: str, *, reporter_context: bool = False) -> Person | None:
        """The person a name in running text refers to: never a reporter unless the
        text says so (本报记者王磊) or no one else has the name."""
        others = self.named(form, reporter=False)
        reporters = self.named(form, reporter=True)
        if reporter_context and reporters:
            return reporters[0]
        return others[0] if others else (reporters[0] if reporters else None)


def list_people(library: Library, *, status: str | None = None) -> list[Person]:
    """The directory for people to read: confirmed and suggested (rejected on request)."""
    rows = store.all_people(library, include_rejected=status == "rejected")
    return [_person(row) for row in rows if status is None or row.status == status]


def load_directory(library: Library) -> Directory:
    return Directory(_person(row) for row in store.all_people(library))


def update_segmenter(directory: Directory, extra_words: Iterable[str] = ()) -> bool:
    """Give jieba the directory's names, aliases and titles (and ``extra_words``, such
    as the themes' keywords) as its user dictionary (rebuilt only when they changed;
    see composer/common/lexicon.py)."""
    people = [p for p in directory.people.values() if p.status != "rejected"]
    return lexicon.use_directory(
        [p.name for p in people],
        [alias for p in people for alias in p.aliases],
        {title.title for p in people for title in p.titles} | set(extra_words),
    )


def _person(row: store.PersonRow) -> Person:
    titles = [Title(t.title, t.organisation, t.valid_from, t.valid_to, t.status, t.id) for t in row.titles]
    return Person(row.id, row.name, row.role, row.status, list(row.aliases), titles)


# -- editing (core functions the UI and CLI share) --------------------------------------


def add_person(
    library: Library,
    name: str,
    role: str = "official",
    *,
    aliases: Iterable[str] = (),
    titles: Iterable[Title] = (),
    status: str = "confirmed",
) -> int:
    """Add a person by hand — one step Ctrl+Z takes back."""
    name = name.strip()
    if not name:
        raise BriefingError("person_name_empty")
    if role not in ROLES:
        raise BriefingError("person_role_unknown", role=role)
    titles = [_checked_title(title) for title in titles]
    with library.write():
        group = history.start_group(library, "person.add", f"添加人物 {name}")
        person_id = store.add_person(library, name, role, status=status, group=group)
        for alias in aliases:
            if alias.strip() and alias.strip() != name:
                store.add_alias(library, person_id, alias.strip(), group=group)
        for title in titles:
            store.add_title(library, person_id, title.title, title.org, title.valid_from, title.valid_to,
                            status=title.status, group=group)
        history.finish_group(library, group)
    return person_id


def rename_person(library: Library, person_id: int, new_name: str) -> None:
    """Rename, keeping the old name as an alias so text printed with it still matches."""
    old = _existing(library, person_id)
    new_name = new_name.strip()
    if not new_name:
        raise BriefingError("person_name_empty")
    with library.write():
        group = history.start_group(library, "person.rename", f"{old.name} 改名为 {new_name}")
        store.update_person(library, person_id, name=new_name, group=group)
        if old.name != new_name:
            store.add_alias(library, person_id, old.name, group=group)
        history.finish_group(library, group)


def set_role(library: Library, person_id: int, role: str) -> None:
    if role not in ROLES:
        raise BriefingError("person_role_unknown", role=role)
    person = _existing(library, person_id)
    with library.write():
        group = history.start_group(library, "person.role", f"修改 {person.name} 的类别")
        store.update_person(library, person_id, role=role, group=group)
        history.finish_group(library, group)


def add_alias(library: Library, person_id: int, alias: str) -> None:
    person = _existing(library, person_id)
    alias = alias.strip()
    if not alias:
        raise BriefingError("person_name_empty")
    with library.write():
        group = history.start_group(library, "person.alias", f"给 {person.name} 添加别名 {alias}")
        store.add_alias(library, person_id, alias, group=group)
        history.finish_group(library, group)


def add_title(library: Library, person_id: int, title: Title) -> int:
    """Add a dated title (职务) by hand — one undoable step. Dates may be typed as a clerk
    writes them (2025/9/1, 2025年9月1日); a title that ends before it starts is refused."""
    person = _existing(library, person_id)
    title = _checked_title(title)
    with library.write():
        group = history.start_group(library, "person.title", f"给 {person.name} 添加职务 {title.title}")
        title_id = store.add_title(library, person_id, title.title, title.org, title.valid_from, title.valid_to,
                                   status=title.status, group=group)
        history.finish_group(library, group)
    return title_id


def remove_title(library: Library, person_id: int, title_id: int) -> bool:
    """Remove a wrong title (one undoable step); False when the person has no such title."""
    person = _existing(library, person_id)
    named = next((t.title for t in person.titles if t.id == title_id), None)
    if named is None:
        return False
    with library.write():
        group = history.start_group(library, "person.remove_title", f"删除 {person.name} 的职务 {named}")
        removed = store.remove_title(library, person_id, title_id, group)
        history.finish_group(library, group)
    return removed > 0


def _checked_title(title: Title) -> Title:
    """The title's text trimmed and its dates read leniently (ISO afterwards)."""
    from composer.common.dates import parse_iso_date

    name = title.title.strip()
    if not name:
        raise BriefingError("title_empty")
    days: list[str | None] = []
    for value in (title.valid_from, title.valid_to):
        day = parse_iso_date(value.strip()) if value and value.strip() else None
        if value and value.strip() and day is None:
            raise BriefingError("bad_date", value=value)
        days.append(day)
    if days[0] and days[1] and days[1] < days[0]:
        raise BriefingError("title_dates_reversed", to=days[1], start=days[0])
    org = (title.org or "").strip() or None
    return Title(name, org, days[0], days[1], title.status, title.id)


def confirm_person(library: Library, person_id: int) -> None:
    """Accept a suggested person and the titles suggested with them."""
    person = _existing(library, person_id)
    with library.write():
        group = history.start_group(library, "person.confirm", f"确认人物 {person.name}")
        store.update_person(library, person_id, status="confirmed", group=group)
        store.set_title_status(library, person_id, "confirmed", group=group)
        history.finish_group(library, group)


def reject_person(library: Library, person_id: int) -> None:
    """Not a person (or not one to track): never suggested again, never matched."""
    person = _existing(library, person_id)
    with library.write():
        group = history.start_group(library, "person.reject", f"排除人物 {person.name}")
        store.update_person(library, person_id, status="rejected", group=group)
        history.finish_group(library, group)


def merge_people(library: Library, keep: int, absorb: int) -> None:
    """Two entries are one person: ``absorb``'s name becomes an alias of ``keep`` and
    its titles, excerpts and links move over."""
    if keep == absorb:
        return
    _existing(library, keep)
    _existing(library, absorb)
    with library.write():
        store.merge_people(library, keep, absorb)


def _existing(library: Library, person_id: int) -> store.PersonRow:
    row = store.person(library, person_id)
    if row is None:
        raise BriefingError("person_missing", id=person_id)
    return row


# -- CSV ---------------------------------------------------------------------------------


def export_csv(library: Library, path: Path) -> int:
    """Write the directory as CSV (UTF-8 with BOM, so Excel opens it); returns rows."""
    people = [_person(row) for row in store.all_people(library, include_rejected=True)]
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, CSV_FIELDS)
    csv.writer(buffer).writerow(csv_headers.written(CSV_FIELDS, CSV_LABELS))  # 姓名,类别,… for Excel users
    for person in people:
        writer.writerow({
            "id": person.id,
            "name": person.name,
            "role": person.role,
            "status": person.status,
            "aliases": "、".join(person.aliases),
            "titles": "；".join(_title_cell(t) for t in person.titles),
        })
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
    temporary.replace(path)
    return len(people)


def _title_cell(title: Title) -> str:
    return "|".join([title.title, title.org or "", title.valid_from or "", title.valid_to or ""])


def import_csv(library: Library, path: Path) -> int:
    """Add the people of a CSV (as written by ``export_csv``); rows whose name and role
    already exist add their aliases and titles to that person. Returns rows read."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise BriefingError("file_unreadable", reason=str(error)) from error
    rows = [csv_headers.read(row, CSV_LABELS) for row in csv.DictReader(io.StringIO(text))]
    directory = load_directory(library)
    with library.write():
        for number, row in enumerate(rows, start=2):
            name, role = (row.get("name") or "").strip(), (row.get("role") or "official").strip()
            if not name or role not in ROLES:
                raise BriefingError("csv_row_invalid", line=number)
            existing = [p for p in directory.named(name) if p.role == role]
            person_id = existing[0].id if existing else store.add_person(
                library, name, role, status=(row.get("status") or "confirmed").strip())
            for alias in filter(None, (a.strip() for a in (row.get("aliases") or "").split("、"))):
                store.add_alias(library, person_id, alias)
            for cell in filter(None, (c.strip() for c in (row.get("titles") or "").split("；"))):
                title, org, valid_from, valid_to = (cell.split("|") + ["", "", ""])[:4]
                held = _checked_title(Title(title, org or None, valid_from or None, valid_to or None))  # 2025/9/1 too
                store.add_title(library, person_id, held.title, held.org, held.valid_from, held.valid_to)
    return len(rows)


# -- discovery -> suggestions -------------------------------------------------------------


@dataclass
class ArticleSightings:
    article_id: int
    published: str | None
    sightings: list[Sighting]


def apply_sightings(library: Library, found: Iterable[ArticleSightings]) -> int:
    """Turn discovered sightings into suggested people and titles; returns how many new
    people were suggested. Known people gain suggested titles; rejected names are
    never suggested again."""
    existing = store.all_people(library, include_rejected=True)
    by_key: dict[tuple[str, bool], store.PersonRow] = {}
    for row in existing:
        by_key.setdefault((row.name, row.role == "reporter"), row)
        for alias in row.aliases:
            by_key.setdefault((alias, row.role == "reporter"), row)
    roles: dict[tuple[str, bool], Counter[str]] = defaultdict(Counter)
    titles: dict[tuple[str, bool], dict[str, tuple[str | None, str | None, int]]] = defaultdict(dict)
    for article in found:
        for sighting in article.sightings:
            key = (sighting.name, sighting.role == "reporter")
            # A role read from a title outvotes one guessed for an interview turn or a speaker.
            roles[key][sighting.role] += 0 if sighting.how in ("turn", "speaker") else 1
            for title in sighting.titles:
                if title in ("记者",):
                    continue
                known = titles[key].get(title)
                if known is None or (article.published and (known[1] is None or article.published < known[1])):
                    titles[key][title] = (sighting.org, article.published, article.article_id)
    created = 0
    with library.write():
        for key, votes in roles.items():
            person = by_key.get(key)
            if person is not None and person.status == "rejected":
                continue
            if person is None:
                role = _vote(votes)
                person_id = store.add_person(library, key[0], role, status="suggested")
                created += 1
            else:
                person_id = person.id
            known_titles = {t.title for t in person.titles} if person else set()
            for title, (org, since, article_id) in titles[key].items():
                if title not in known_titles:
                    store.add_title(library, person_id, title, org, since, status="suggested",
                                    source_article_id=article_id)
    return created


def _vote(votes: Counter[str]) -> str:
    ranked = [role for role, count in votes.most_common() if count > 0]
    return ranked[0] if ranked else next(iter(votes))


def aliases_in_article(directory: Directory, people: Iterable[Person]) -> dict[str, int]:
    """Surname + title forms (卢主任, 杨部长) of the people an article names, kept only
    when one person in the article has that form."""
    owners: dict[str, set[int]] = defaultdict(set)
    for person in people:
        surname = person.name[:2] if person.name[:2] in _COMPOUND else person.name[:1]
        for title in person.titles:
            tail = _short_title(title.title)
            if tail:
                owners[surname + tail].add(person.id)
    return {form: next(iter(ids)) for form, ids in owners.items() if len(ids) == 1 and form not in directory.forms}


_SHORT_TITLES = ("书记", "区长", "市长", "主任", "部长", "局长", "院长", "主席", "镇长", "校长", "所长", "县长",
                 "董事长",
                 "总经理", "代表", "委员", "队长", "站长")
_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容")


def _short_title(title: str) -> str | None:
    for short in _SHORT_TITLES:
        if title.endswith(short):
            return "副" + short if title.endswith("副" + short) else short
    return None
