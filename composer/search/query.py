"""A clerk's search query, read forgivingly: words (all must occur), "quoted phrases",
OR between alternatives, -exclusions.

    丽泽 金融            both words
    "区委书记王少峰"     the exact phrase (spaces between Chinese characters are ignored)
    倍增 OR 翻番         either word (OR binds its neighbours: 丽泽 金融 OR 商务 = 丽泽 and one of the two)
    接诉即办 -培训       the first and not the second

Every word is a *substring* query, as a clerk expects of Chinese (倍增 finds 倍增追赶),
and is folded like the index (full-width to ASCII, upper to lower case, traditional to
simplified: 區委 finds 区委). The same query object gives the FTS5 expression for the
index (db/search.py: character bigrams, see db/fts.py) and a regular expression per
word for checking excerpt texts and marking matches in snippets — so what the index
finds and what is marked agree. Nothing a user types reaches FTS5 as syntax: quotes,
operators, brackets and emoji are read here, and only bigram and ASCII tokens go out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from composer.common.messages import BriefingError
from composer.common.text import search_fold

MAX_QUERY_CHARACTERS = 500
MAX_TERMS = 32

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_INDEXED = f"{_HAN}0-9a-z"
_RUN = re.compile(f"(?P<han>[{_HAN}]+)|(?P<ascii>[0-9a-z]+)|(?P<gap>[^{_INDEXED}]+)")
_QUOTES = str.maketrans({"“": '"', "”": '"', "「": '"', "」": '"', "『": '"', "』": '"', "＂": '"'})
_OR_WORDS = frozenset({"or", "|", "或者"})
_GAP = f"[^{_INDEXED}]"


@dataclass(frozen=True)
class Term:
    """One word or phrase: ``text`` as typed (folded), its FTS5 phrase and its pattern."""

    text: str
    fts: str
    pattern: re.Pattern[str]

    def found_in(self, folded: str) -> bool:
        return self.pattern.search(folded) is not None


@dataclass
class Query:
    """All ``clauses`` must match (a clause: any of its terms), no ``excluded`` term may."""

    text: str
    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause]

    def fts(self) -> str:
        """The FTS5 MATCH expression (bigram and ASCII tokens only)."""
        wanted = " AND ".join(
            clause[0].fts if len(clause) == 1 else "(" + " OR ".join(t.fts for t in clause) + ")"
            for clause in self.clauses
        )
        if not self.excluded:
            return wanted
        unwanted = " OR ".join(term.fts for term in self.excluded)
        return f"({wanted}) NOT ({unwanted})"

    def matches(self, folded: str) -> bool:
        """Does a text (``search_fold``-ed) satisfy the query?"""
        return all(any(t.found_in(folded) for t in clause) for clause in self.clauses) and not any(
            t.found_in(folded) for t in self.excluded
        )

    def marks(self, folded: str) -> list[tuple[int, int]]:
        """Where the wanted terms occur, sorted, overlaps merged."""
        spans = sorted(m.span() for term in self.terms for m in term.pattern.finditer(folded))
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged


def parse(text: str) -> Query:
    """Read a query; a query with nothing to search for is a BriefingError that says why."""
    if len(text) > MAX_QUERY_CHARACTERS:
        raise BriefingError("query_too_long", limit=MAX_QUERY_CHARACTERS)
    query = Query(text)
    pending_or = False
    for word, quoted, negated in _words(search_fold(text.translate(_QUOTES))):
        if not quoted and word in _OR_WORDS:
            pending_or = bool(query.clauses)
            continue
        term = _term(word, quoted)
        if term is None:  # emoji, punctuation: nothing the index holds
            continue
        if negated:
            query.excluded.append(term)
        elif pending_or:
            query.clauses[-1].append(term)
        else:
            query.clauses.append([term])
        pending_or = False
    if len(query.terms) + len(query.excluded) > MAX_TERMS:
        raise BriefingError("query_too_many_terms", limit=MAX_TERMS)
    if not query.clauses:
        raise BriefingError("query_only_excluded" if query.excluded else "query_empty")
    return query


def _words(text: str) -> list[tuple[str, bool, bool]]:
    """(word, quoted?, excluded?) in order. An unclosed quote runs to the end."""
    found: list[tuple[str, bool, bool]] = []
    position, length = 0, len(text)
    while position < length:
        char = text[position]
        if char.isspace():
            position += 1
            continue
        negated = char == "-" and position + 1 < length and not text[position + 1].isspace()
        if negated:
            position += 1
        if text[position] == '"':
            end = text.find('"', position + 1)
            end = length if end < 0 else end
            found.append((text[position + 1 : end], True, negated))
            position = end + 1
            continue
        end = position
        while end < length and not text[end].isspace() and text[end] != '"':
            end += 1
        found.append((text[position:end], False, negated))
        position = end
    return found


def _term(word: str, quoted: bool) -> Term | None:
    if quoted:  # spaces between Chinese characters are not part of a Chinese phrase
        word = re.sub(f"(?<=[{_HAN}])\\s+|\\s+(?=[{_HAN}])", "", word)
    runs = [(m.lastgroup, m.group()) for m in _RUN.finditer(word)]
    while runs and runs[0][0] == "gap":
        runs.pop(0)
    while runs and runs[-1][0] == "gap":
        runs.pop()
    if not runs:
        return None
    tokens: list[str] = []
    pattern: list[str] = []
    prefix = False
    for index, (kind, run) in enumerate(runs):
        last = index == len(runs) - 1
        if kind == "gap":
            pattern.append(f"{_GAP}+")
            continue
        if pattern and runs[index - 1][0] != "gap":
            pattern.append(f"{_GAP}*")  # Chinese next to ASCII: the index cannot tell a gap
        if kind == "ascii":
            tokens.append(run)
            pattern.append(f"(?<![0-9a-z]){re.escape(run)}(?![0-9a-z])")
            continue
        tokens.extend(a + b for a, b in zip(run, run[1:]))
        if not last:
            tokens.append(run[-1])  # the run ends inside the phrase: the index has its last character
        elif len(run) == 1:
            tokens.append(run)
            prefix = True  # one character at the end: any bigram that starts with it
        pattern.append(re.escape(run))
    fts = '"' + " ".join(tokens) + '"' + ("*" if prefix else "")
    return Term(word.strip(), fts, re.compile("".join(pattern)))
