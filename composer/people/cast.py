"""The cast of an article: who it names, where, and as what.

Statements need more than the directory's names: an article refers to its people as
区委书记王迎波, then 王迎波, 王书记, 书记 or 他; a press conference labels turns with
財政司司長 for the 曾俊華 named in its lead. The cast collects, in the view's
coordinates (composer/people/view.py):

* members — everyone the article introduces (discovery: titles, lists, bylines, turns)
  or the directory knows, with the role this article gives them (an office title makes
  an official here, whatever the directory guessed elsewhere);
* references — every place a member is named: the name, an alias, surname + title
  (刘县长, 周局长 — when one member fits), or a bare title (县长, 行政长官, 司长 — when one
  member holds it).

Only the directory's *confirmed* people, and people this article itself introduces,
are found by their bare name: a suggestion learned from one page (a furniture word
taken for a name) must not spread through the library by being matched everywhere.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from composer.common.lexicon import is_common_word
from composer.common.patterns import trie_pattern
from composer.people.directory import Directory, Person
from composer.people.discovery import Sighting, discover
from composer.people.names import COMPOUND_SURNAMES, WORD_LIKE_SURNAMES, is_han, name_at
from composer.people.titles import LONGEST_RANK, OFFICIAL_RANKS, RANK_AT_END, SHORT_RANKS, role_of, split_title
from composer.people.view import View

# Titles a person is called by alone, in running text or as an interview label.
BARE_TITLES = (
    "行政长官", "特首", "财政司司长", "政务司司长", "律政司司长", "总书记", "委员长", "总理", "省长", "市长", "区长",
    "县长", "州长", "旗长", "镇长", "乡长", "书记", "主任", "部长", "厅长", "局长", "司长", "处长", "主席", "院长",
    "发言人", "新闻发言人", "署长", "检察长", "秘书长", "总统", "组长",
)
# (?:副|常务副)?(?:书记|主任|…) as a trie: the same matches (no title is the start of
# another), found seven times faster — the optional prefix kept the regex engine from
# skipping ahead to a title's first character.
BARE_TITLE = trie_pattern(prefix + title for prefix in ("", "副", "常务副") for title in BARE_TITLES) \
    or re.compile("|".join(BARE_TITLES))
_REPORTER_CONTEXT = re.compile(r"(?:记者|通讯员|摄影|摄|编辑|作者)[\s：:/]*$")


@dataclass
class Member:
    name: str
    role: str
    titles: list[str] = field(default_factory=list)
    person_id: int | None = None  # in the directory, when it knows them
    introduced_here: bool = False

    @property
    def is_official(self) -> bool:
        return self.role == "official"

    @property
    def surname(self) -> str:
        return self.name[:2] if self.name[:2] in COMPOUND_SURNAMES else self.name[:1]


@dataclass(frozen=True)
class Ref:
    """A place the article names a member (view offsets)."""

    start: int
    end: int
    name: str  # the member's name
    form: str  # name | alias | surname_title | title
    printed: str


@dataclass
class Cast:
    """``refs`` in text order, none overlapping (as ``read_cast`` makes them; not changed
    afterwards): looked up by position with bisection — statements ask hundreds of times
    per article."""

    members: dict[str, Member]
    refs: list[Ref]
    _starts: list[int] = field(init=False, repr=False, compare=False)
    _ordered: bool = field(init=False, repr=False, compare=False)
    _by_end: dict[int, Ref] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts = [ref.start for ref in self.refs]
        self._ordered = all(a.end <= b.start for a, b in zip(self.refs, self.refs[1:]))
        self._by_end = {ref.end: ref for ref in self.refs}  # the last ref ending there

    def member(self, name: str) -> Member | None:
        return self.members.get(name)

    def refs_between(self, start: int, end: int) -> list[Ref]:
        if not self._ordered:
            return [ref for ref in self.refs if start <= ref.start and ref.end <= end]
        found = []
        for ref in self.refs[bisect.bisect_left(self._starts, start) :]:
            if ref.end > end:
                break  # the next ones start (and end) later still
            found.append(ref)
        return found

    def ref_at(self, start: int) -> Ref | None:
        return next((ref for ref in self.refs if ref.start == start), None)

    def ref_ending_at(self, end: int) -> Ref | None:
        return self._by_end.get(end)

    def holder_of(self, title: str) -> Member | None:
        """The one member whose titles end with ``title`` (司长 → 财政司司长曾俊华)."""
        holders = [m for m in self.members.values() if any(t.endswith(title) for t in m.titles)]
        exact = [m for m in holders if any(_rank_of(t) == _rank_of(title) for t in m.titles)]
        found = exact or holders
        officials = [m for m in found if m.is_official] or found
        return officials[0] if len({m.name for m in officials}) == 1 else None

    def sole_official(self) -> str | None:
        """The name of the cast's one official, when it has exactly one (who a text naming nobody in its
        body, only in its headline, is about)."""
        officials = [m.name for m in self.members.values() if m.is_official]
        return officials[0] if len(officials) == 1 else None


def _rank_of(title: str) -> str:
    return split_title(title)[1] or title


def read_cast(view: View, directory: Directory, *, reporters: list[str], photographers: list[str],
              interview: bool, headings: list[str], published: str | None = None,
              sightings: list[Sighting] | None = None) -> Cast:
    """``sightings``: what discovery found in this view, when a first pass already read it."""
    if sightings is None:
        sightings = discover(view.text, reporters=reporters, photographers=photographers, interview=interview,
                             headings=headings)
    members = _members(sightings, directory)
    refs = _name_refs(view.text, members, directory)
    refs += _surname_title_refs(view.text, members, refs)
    refs += _bare_title_refs(view.text, members, refs, directory, published)
    refs += _surname_alone_refs(view.text, members, refs)
    refs.sort(key=lambda ref: (ref.start, -ref.end))
    return Cast(members, _without_overlaps(refs))


def _members(sightings: list[Sighting], directory: Directory) -> dict[str, Member]:
    members: dict[str, Member] = {}
    in_context: dict[str, str] = {}  # 湘潭大学党委书记某、校长某: a bare title's role, read with the one before it
    for sighting in sightings:
        member = members.setdefault(sighting.name, Member(sighting.name, sighting.role, introduced_here=True))
        for title in sighting.titles:
            if title not in member.titles:
                member.titles.append(title)
        if sighting.how == "title" and sighting.titles and sighting.role != role_of(sighting.titles) \
                and (sighting.role == "enterprise" or _UNIVERSITY_ORG.search(sighting.org or "")):
            in_context[sighting.name] = sighting.role
    for member in members.values():
        if member.titles:
            bare = all(not split_title(title)[0] for title in member.titles)
            member.role = in_context[member.name] if bare and member.name in in_context else role_of(member.titles)
        known = directory.best(member.name, reporter_context=member.role == "reporter")
        if known is not None:
            member.person_id = known.id
            if not member.titles:
                member.role = known.role
    return members


def _name_refs(text: str, members: dict[str, Member], directory: Directory) -> list[Ref]:
    """Every printing of a member's name, and of the directory's people: confirmed ones,
    and suggestions that some article introduced with a title (a word taken for a name
    from a page's furniture has none, and is not searched for elsewhere). The directory's
    pattern is built once per directory snapshot (thousands of names: 70 ms), the
    article's own few names by plain search (``_occurrences``)."""
    known_forms, known_pattern = _directory_pattern(directory)
    own = {name: name for name in members if name not in known_forms}
    known = [] if known_pattern is None else [(m.start(), m.end()) for m in known_pattern.finditer(text)]
    found: dict[int, tuple[int, str, str]] = {}  # start -> (end, form, name): the longest at each start
    for forms, spans in ((known_forms, known), (own, _occurrences(text, own))):
        for start, end in spans:
            kept = found.get(start)
            if kept is None or kept[0] < end:
                found[start] = (end, text[start:end], forms[text[start:end]])
    refs = []
    for start in sorted(found):
        end, form, name = found[start]
        if not _stands_alone(text, start, end, known=name in members):
            continue
        if name not in members:
            person = directory.best(name)
            if person is None:
                continue
            members[name] = _member_of(person)
        refs.append(Ref(start, end, name, "name" if form == name else "alias", form))
    return refs


def _occurrences(text: str, words: dict[str, str]) -> list[tuple[int, int]]:
    """(start, end) of the words in ``text`` as a trie pattern's ``finditer`` finds them —
    leftmost first, the longest at a start, none overlapping — for the article's own few
    names, where compiling a pattern per article cost more than the search."""
    longest: dict[int, int] = {}
    for word in words:
        position = text.find(word) if word else -1
        while position >= 0:
            if longest.get(position, 0) < position + len(word):
                longest[position] = position + len(word)
            position = text.find(word, position + 1)
    found: list[tuple[int, int]] = []
    for start in sorted(longest):
        if not found or start >= found[-1][1]:
            found.append((start, longest[start]))
    return found


_patterns: dict[int, tuple[Directory, dict[str, str], re.Pattern[str] | None]] = {}


def _directory_pattern(directory: Directory) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The forms of the people the directory lets articles find by name, and their pattern
    (kept for the directory object: a worker tags thousands of articles with one snapshot)."""
    cached = _patterns.get(id(directory))
    if cached is not None and cached[0] is directory:
        return cached[1], cached[2]
    forms: dict[str, str] = {}
    for person in directory.people.values():
        if person.is_reporter or person.status == "rejected":
            continue
        if person.status != "confirmed" and not person.titles:
            continue
        for form in (person.name, *person.aliases):
            forms.setdefault(form, person.name)
    _patterns.clear()  # one snapshot at a time
    _patterns[id(directory)] = (directory, forms, trie_pattern(forms))
    return forms, _patterns[id(directory)][2]


def _member_of(person: Person) -> Member:
    return Member(person.name, person.role, [t.title for t in person.titles], person.id)


def _stands_alone(text: str, start: int, end: int, *, known: bool) -> bool:
    """Not inside a word (高峰期, 主张冲击); a name the article does not introduce must
    also end where a name can end (the directory's 时间 is not in 发布时间)."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before and is_han(before) and is_common_word(before + text[start]) \
            and not RANK_AT_END.search(text, max(0, start - LONGEST_RANK), start):
        return False  # (秘书长龙正才: 长龙 is a word, but a rank ends there and the name begins)
    if after and is_han(after) and is_common_word(text[start:end] + after):
        return False
    if known:
        return True
    return name_at(text, start) == text[start:end] and not is_common_word(text[start:end])


def _surname_title_refs(text: str, members: dict[str, Member], taken: list[Ref]) -> list[Ref]:
    owners: dict[str, set[str]] = {}
    for member in members.values():
        for title in member.titles:
            if title.endswith(("总经理", "总裁", "总监", "董事长")):  # 高总, 王董
                owners.setdefault(member.surname + ("董" if title.endswith("董事长") else "总"), set()).add(member.name)
            rank = _short_rank_ending(title)
            if rank is not None:
                owners.setdefault(member.surname + rank, set()).add(member.name)
                if rank.startswith("副"):  # a deputy is addressed by the rank: 副区长叶浩 is 叶区长
                    owners.setdefault(member.surname + rank[1:], set()).add(member.name)
    refs = []
    occupied = _covered(taken)
    for form, names in owners.items():
        if len(names) != 1 or form in members:
            continue
        for match in re.finditer(re.escape(form), text):
            inside = match.start() in occupied
            if not inside and _not_longer_title(text, match.end()):
                refs.append(Ref(match.start(), match.end(), next(iter(names)), "surname_title", form))
    return refs


# what may stand between a surname used alone and its verb, and the verbs it is used with (崔亦提到, 卓也说, 崔称)
_SURNAME_ALONE_SAYS = re.compile(
    r"[亦也又再则首续还并更]?(?:说|称|表示|指出|指|提到|强调|认为|回应|坦言|透露|直言|续称|重申)")
_OPENS_SURNAME_CLAUSE = frozenset("。，；：！？”\n")
_ADVERB_SURNAMES = frozenset("曾高方白")  # (曾说过, 曾强调: once said — no surname)
_UNIVERSITY_ORG = re.compile("大学|学院")  # 某大学党委书记甲、校长乙: the bare 校长 is the university's
_SOMEONE_ELSE_BY_SURNAME = "(?:姓|婆婆|阿婆|伯|叔|先生|女士|大爷|大妈|太太|小姐|师傅|老师)"  # (陈姓街坊)


def _surname_alone_refs(text: str, members: dict[str, Member], taken: list[Ref]) -> list[Ref]:
    """崔亦提到, 卓也说 — Hong Kong, Macau and Taiwan news calls an official named in full before by the surname alone,
    opening a clause before a verb of saying: the one official of the article with that surname (a surname that is
    also a common word — 于, 和, 时 — never stands alone)."""
    by_surname: dict[str, list[Member]] = {}
    for member in members.values():
        by_surname.setdefault(member.surname, []).append(member)
    first_named = {ref.name: ref.start for ref in reversed(taken) if ref.form == "name"}
    found = []
    for surname, holders in by_surname.items():
        member = holders[0]
        if len(holders) != 1 or not member.is_official or len(member.name) <= len(surname) \
                or surname[0] in WORD_LIKE_SURNAMES or surname in _ADVERB_SURNAMES or member.name not in first_named:
            continue
        position = text.find(surname, first_named[member.name] + len(member.name))
        while position >= 0:
            end = position + len(surname)
            if text[position - 1] in _OPENS_SURNAME_CLAUSE and _SURNAME_ALONE_SAYS.match(text, end):
                found.append(Ref(position, end, member.name, "surname_title", surname))
            position = text.find(surname, end)
    if not found:  # (most articles: the checks below are asked only of what was found)
        return found
    occupied = _covered(taken)
    others = {ref.printed for ref in found if re.search(re.escape(ref.printed) + _SOMEONE_ELSE_BY_SURNAME, text)}
    return [ref for ref in found if ref.start not in occupied and ref.printed not in others]  # (陈姓街坊, 李婆婆)


def _covered(refs: list[Ref]) -> set[int]:
    """The positions inside the references (one set look-up instead of a scan of them all)."""
    return {position for ref in refs for position in range(ref.start, ref.end)}


def _short_rank_ending(title: str) -> str | None:
    """The longest of SHORT_RANKS that ``title`` ends with (a set look-up per length)."""
    for length in _SHORT_RANK_LENGTHS:
        if len(title) >= length and title[-length:] in _SHORT_RANK_SET:
            return title[-length:]
    return None


_SHORT_RANK_SET = frozenset(SHORT_RANKS)
_SHORT_RANK_LENGTHS = sorted({len(rank) for rank in SHORT_RANKS}, reverse=True)


def _not_longer_title(text: str, end: int) -> bool:
    """刘县长 but not 刘县长助理."""
    return not text.startswith(("助理", "秘书"), end)


def _bare_title_refs(text: str, members: dict[str, Member], taken: list[Ref], directory: Directory,
                     published: str | None) -> list[Ref]:
    """县长说, 行政长官：, 司长 — the one member who holds that rank; else the one person the
    directory's dated titles say held it on the article's date (区长强调 in a story that
    never names the 区长)."""
    cast = Cast(members, [])
    occupied = _covered(taken)
    refs = []
    pointing = "位" in text or "该" in text  # (这位区长, 该局局长: looked for only where a text has the word)
    for match in BARE_TITLE.finditer(text):
        start, end = match.start(), match.end()
        if start in occupied or end - 1 in occupied:  # the match starts or ends inside a reference
            continue
        before = text[start - 1] if start else "\n"
        after = text[end] if end < len(text) else "\n"
        title = match.group()
        ref_start = start
        if is_han(before):  # 区委书记 inside a longer title — but 这位区委书记, 该局局长 is the one the article names
            pointed = _POINTED_TITLE.search(text, max(0, start - 10), start) if pointing else None
            if pointed is not None and pointed.end() == start:
                title, ref_start = pointed.group("organisation") + title, pointed.start()
            else:  # “……”县委书记柔声道 / 。县委书记说: the whole title opening a clause is someone's too
                whole = _whole_title_start(text, start)
                if whole is None:
                    continue
                title, ref_start = text[whole:end], whole
        if _name_follows(text, end):
            continue  # 书记王某 (the name is the reference)
        if after in "、":
            continue
        # (行政长官再度举行记者会…，特首贺某形容…: the article's own 特首 is its 行政长官, before any the library knew)
        holder = cast.holder_of(title) or (cast.holder_of(_SAME_OFFICE[title]) if title in _SAME_OFFICE else None) \
            or (_dated_holder(title, members, directory, published) if _names_one_office(title) else None)
        if holder is not None and holder.role in ("official",):
            refs.append(Ref(ref_start, end, holder.name, "title", text[ref_start:end]))
    return refs


def _whole_title_start(text: str, rank_start: int) -> int | None:
    """Where the organisation before a rank starts when the whole title opens a clause (after a quotation's
    close, a full stop, a comma or a line break): 县委 of “……”县委书记柔声道."""
    for start in range(rank_start - 1, max(-1, rank_start - WHOLE_TITLE_MAX_ORG - 1), -1):
        if not is_han(text[start]):
            return None
        if start == 0 or text[start - 1] in _OPENS_CLAUSE:
            return start
    return None


WHOLE_TITLE_MAX_ORG = 4  # 县委, 区政府, 市发改委: the organisation of a whole title standing for its holder
_OPENS_CLAUSE = frozenset("”。，；！？\n")
_POINTED_TITLE = re.compile(r"(?:这位|那位|该位|(?<!应)该)(?P<organisation>[\u4e00-\u9fff]{0,6})$")


_SAME_OFFICE = {"行政长官": "特首", "特首": "行政长官"}  # two names of one office

# Ranks one place has one holder of (区长 in a district's story is its 区长); 局长, 主任, 书记 alone name a rank many
# bodies have — the directory's one 民政局长 of another city is not the 局长 of a story that names none
_ONE_OFFICE_RANKS = frozenset(("行政长官", "特首", "财政司司长", "政务司司长", "律政司司长", "总书记", "委员长", "总理",
                               "省长", "市长", "区长", "县长", "州长", "旗长", "镇长", "乡长"))


def _names_one_office(title: str) -> bool:
    """The title, read without a name, names one office: a place's head, or a rank with its organisation."""
    organisation, rank = split_title(title)
    return bool(organisation) or (rank or title) in _ONE_OFFICE_RANKS


def _dated_holder(title: str, members: dict[str, Member], directory: Directory,
                  published: str | None) -> Member | None:
    held = directory.holders(title, published)
    if len(held) != 1 or held[0].is_reporter:
        return None
    person = held[0]
    if person.name not in members:
        members[person.name] = _member_of(person)
    return members[person.name]


def _name_follows(text: str, position: int) -> bool:
    """书记王某: a name right after the title (not 市长强调: 强调 is a word)."""
    name = name_at(text, position)
    return name is not None and not is_common_word(name) and not is_common_word(text[position : position + 2])


def _without_overlaps(refs: list[Ref]) -> list[Ref]:
    kept: list[Ref] = []
    for ref in refs:
        if kept and ref.start < kept[-1].end:
            continue
        kept.append(ref)
    return kept


def is_official_rank(title: str) -> bool:
    return _rank_of(title) in OFFICIAL_RANKS
