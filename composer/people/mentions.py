"""Mentions: every place an article names a person the directory knows.

All names and aliases are matched in one pass with a trie-compressed regular expression
(a few milliseconds for a long article, whatever the directory's size). A match is kept
only where it is a name and not part of a word: 高峰 in 主任高峰参加 is a person, in
高峰期 it is not — the characters around the match must not form a dictionary word
with it. Surname + title forms (卢主任, 杨部长) count when one person in the article has
them; a bare title (区长) counts when the article's date says who held it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from composer.common.lexicon import is_common_word
from composer.people.directory import Directory, Person, Title, aliases_in_article
from composer.people.names import is_han

_REPORTER_CONTEXT = re.compile(r"(?:记者|通讯员|摄影|摄)\s*$")
_BARE_TITLES = ("区委书记", "区长", "市委书记", "市长", "县委书记", "县长")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person_id: int
    form: str  # as printed: a name, an alias, 卢主任, 区长


def trie_pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for many words, as a trie: shared prefixes are matched once and a
    longer word wins over its prefix (王少峰代表 over 王少峰)."""
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    if not trie:
        return None
    firsts = sorted(char for char in trie if char)
    if len(firsts) <= _FIRST_CHARACTER_GROUP:
        return re.compile(_trie_regex(trie))
    # Python's regex engine tries a top-level alternation branch by branch: with hundreds
    # of first characters (theme words) that is most of the time. A character-class
    # look-ahead over all of them, then over groups of them, lets it skip fast (measured:
    # 3.3× faster on 440 first characters; groups of 64 were the best of 8–128).
    groups = []
    for start in range(0, len(firsts), _FIRST_CHARACTER_GROUP):
        group = firsts[start : start + _FIRST_CHARACTER_GROUP]
        branches = "|".join(re.escape(char) + _trie_regex(trie[char]) for char in group)
        groups.append(f"(?={_char_class(group)})(?:{branches})")
    return re.compile(f"(?={_char_class(firsts)})(?:{'|'.join(groups)})")


_FIRST_CHARACTER_GROUP = 64


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(char) for char in chars) + "]"


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


class MentionFinder:
    """Built once per directory snapshot; ``find`` is called per article."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        self.pattern = trie_pattern(directory.forms)
        # Who ever held each bare title, so an article checks a few people, not all.
        self._title_holders: dict[str, list[tuple[Person, Title]]] = {title: [] for title in _BARE_TITLES}
        for person in directory.people.values():
            for held in person.titles:
                for title in _BARE_TITLES:
                    if held.title.endswith(title) and not held.title.endswith("副" + title):
                        self._title_holders[title].append((person, held))

    def find(self, body: str, published: str | None = None) -> list[Mention]:
        mentions = self._known_forms(body)
        people = [self.directory.people[i] for i in dict.fromkeys(m.person_id for m in mentions)]
        mentions += self._surname_titles(body, people, mentions)
        mentions += self._bare_titles(body, published, mentions)
        return sorted(mentions, key=lambda m: m.start)

    def _known_forms(self, body: str) -> list[Mention]:
        if self.pattern is None:
            return []
        found = []
        for match in self.pattern.finditer(body):
            form = match.group()
            if not self._stands_alone(body, match.start(), match.end()):
                continue
            reporter_context = bool(_REPORTER_CONTEXT.search(body[max(0, match.start() - 4) : match.start()]))
            person = self.directory.best(form, reporter_context=reporter_context)
            if person is not None:
                found.append(Mention(match.start(), match.end(), person.id, form))
        return found

    @staticmethod
    def _stands_alone(body: str, start: int, end: int) -> bool:
        """Not inside a word: 高峰期, 主张冲击 do not name 高峰, 张冲."""
        before = body[start - 1] if start > 0 else ""
        after = body[end] if end < len(body) else ""
        if before and is_han(before) and is_common_word(before + body[start]):
            return False
        return not (after and is_han(after) and is_common_word(body[start:end] + after))

    def _surname_titles(self, body: str, people: list[Person], taken: list[Mention]) -> list[Mention]:
        forms = aliases_in_article(self.directory, people)
        occupied = {(m.start, m.end) for m in taken}
        found = []
        for form, person_id in forms.items():  # a handful per article: plain search is fastest
            position = body.find(form)
            while position >= 0:
                end = position + len(form)
                if (position, end) not in occupied and not _inside(position, taken):
                    found.append(Mention(position, end, person_id, form))
                position = body.find(form, end)
        return found

    def _bare_titles(self, body: str, published: str | None, taken: list[Mention]) -> list[Mention]:
        """区长强调 … : the one person who held 区长 on the article's date."""
        if published is None:
            return []
        found = []
        for title in _BARE_TITLES:
            if title not in body:
                continue
            holders = list({person.id: person for person, held in self._title_holders[title]
                            if held.held_on(published)}.values())
            if len(holders) != 1:
                continue
            for match in re.finditer(re.escape(title), body):
                before = body[match.start() - 1] if match.start() else ""
                after = body[match.end()] if match.end() < len(body) else ""
                if (before and is_han(before)) or _inside(match.start(), taken) or (after and not _verb_start(after)):
                    continue
                found.append(Mention(match.start(), match.end(), holders[0].id, title))
        return found


def _inside(position: int, mentions: list[Mention]) -> bool:
    return any(m.start <= position < m.end for m in mentions)


def _verb_start(char: str) -> bool:
    return char in "强指表要说认介希提在到主出带对"
