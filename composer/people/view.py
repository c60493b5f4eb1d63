"""A normalised view of an article's text for reading who said what, with a map back to
the stored text.

Real articles arrive in many spellings of the same thing: traditional characters (強調,
書記), half-width punctuation (``王少峰强调,要…``), corner quotes 「」, the presentation
colon ︰ (U+FE30), straight ASCII quotes, and pages run through a faulty converter that
left pinyin inside words (經(jīng)濟). The rules of attribution are written once, for
simplified text with Chinese punctuation; the view gives them that text, and every
offset found in it maps back to the stored body (``body_span``), so excerpts stay exact
character offsets into the article with a snapshot of what is printed there.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from composer.common.text import PINYIN_READING, simplified_table

# One character for one: punctuation as Chinese prose prints it.
_PUNCTUATION: dict[str, str] = {
    ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）",
    "︰": "：", "﹕": "：", "﹐": "，", "﹑": "、", "﹔": "；", "﹖": "？", "﹗": "！",
    "「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”", "﹃": "‘", "﹄": "’",
    "\u3000": " ", "\xa0": " ", "\t": " ",
}
SENTENCE_ENDS = "。！？…"
CLOSING = "”’）》」』"


@dataclass
class View:
    """``text``: the normalised text; ``anchors``: (view offset, body offset) where each run
    of characters copied one for one begins — between runs, characters were dropped
    (pinyin glosses) or a run of spaces became one 、."""

    body: str
    text: str
    anchors: list[tuple[int, int]] = field(default_factory=lambda: [(0, 0)])

    def to_body(self, position: int) -> int:
        """The body offset of the view's character at ``position`` (or of its end)."""
        if position >= len(self.text):
            return len(self.body)
        index = bisect.bisect_right(self._view_starts, position) - 1
        view_start, body_start = self.anchors[index]
        return body_start + position - view_start

    def body_span(self, start: int, end: int) -> tuple[int, int]:
        """The body offsets of the view's ``text[start:end]``."""
        if end <= start:
            position = self.to_body(start)
            return position, position
        return self.to_body(start), self.to_body(end - 1) + 1

    @cached_property
    def _view_starts(self) -> list[int]:
        return [view for view, _ in self.anchors]

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        spans, start = [], 0
        for line in self.text.split("\n"):
            spans.append((start, start + len(line)))
            start += len(line) + 1
        return spans

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [start for start, _ in self.paragraphs]

    def paragraph_at(self, position: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, position) - 1)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentences of every paragraph: up to 。！？… and the closing quotes after them."""
        # One scan of the whole text: a mark never spans a line break, so each mark's end
        # falls in its paragraph, and a piece ending with a mark is never blank.
        ends = [mark.end() for mark in _SENTENCE_END.finditer(self.text)]
        found = []
        index = 0
        for p_start, p_end in self.paragraphs:
            start = p_start
            while index < len(ends) and ends[index] <= p_end:
                found.append((start, ends[index]))
                start = ends[index]
                index += 1
            if self.text[start:p_end].strip():
                found.append((start, p_end))
        return found

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_at(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._sentence_starts, position) - 1
        if index < 0:
            return (0, 0)
        return self.sentences[index]

    @cached_property
    def quote_pairs(self) -> dict[int, int]:
        """Opening “ → its closing ” (quotations nest). A quotation over several paragraphs
        opens each of them with “ and closes only the last: the “ opening a paragraph right
        after one whose quotation is still open continues it (one pair, first “ to last ”)."""
        pairs: dict[int, int] = {}
        stack: list[int] = []
        text = self.text
        opening, closing = text.find("“"), text.find("”")  # str.find: faster than a regex over the marks
        while opening >= 0 or closing >= 0:
            if opening >= 0 and (closing < 0 or opening < closing):
                if not (stack and self._continues_quotation(stack[-1], opening)):
                    stack.append(opening)
                opening = text.find("“", opening + 1)
            else:
                if stack:
                    pairs[stack.pop()] = closing
                closing = text.find("”", closing + 1)
        return pairs


    @cached_property
    def inside_quotes(self) -> list[bool]:
        """For each position: whether it lies inside a quotation (between “ and its ”)."""
        inside = [False] * (len(self.text) + 1)
        for opening, closing in self.quote_pairs.items():
            if closing > opening + 1:
                inside[opening + 1 : closing] = [True] * (closing - opening - 1)
        return inside

    def _continues_quotation(self, open_at: int, mark: int) -> bool:
        """Whether the “ at ``mark`` opens a paragraph that goes on with the quotation opened at
        ``open_at`` in the paragraph just before, which ended a sentence without closing it."""
        if mark > 0 and self.text[mark - 1] != "\n":
            return False
        paragraph_end = self.text.find("\n", open_at)
        if paragraph_end < 0 or paragraph_end >= mark or self.text[paragraph_end:mark].strip():
            return False
        last = self.text[open_at:paragraph_end].rstrip()
        return bool(last) and last[-1] in SENTENCE_ENDS


# (…… or ？ before 、 or ， ends no sentence: 等等……，; 燃？、 where a converter put ? for a character)
_SENTENCE_END = re.compile("(?>[" + SENTENCE_ENDS + "]+[" + SENTENCE_ENDS + CLOSING + "]*)(?![、，])")


def headings_with_captions(article: dict) -> list[str]:
    """The lines discovery reads around an article's text for who it names: its headings, and its photos' captions
    folded as the text is (香港特區行政長官某某。 tells who the transcript's 行政長官： is)."""
    return [*article["headings"], *(_folded(caption) for caption in article.get("captions") or [])]


def _folded(text: str) -> str:
    """Traditional → simplified, Chinese punctuation, ASCII quotes given their direction: one character for one."""
    return _straight_quotes(_fold(text))


def make_view(body: str) -> View:
    """The normalised view of ``body``: one table lookup per character (numpy), then the
    rare edits that change lengths — pinyin glosses dropped, space runs made one 、 —
    recorded as anchors."""
    text = _folded(body)
    if "(" not in body and "（" not in body and " " not in text and _STRAY_COMMA.search(text) is None:
        return View(body, text)
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    view_length = 0
    body_position = 0
    for start, end, kind in _edits(text):
        if kind == _GLOSS_EDIT and not _after_han(text, start):
            continue
        kept = text[body_position:start]
        anchors.append((view_length, body_position))
        pieces.append(kept)
        view_length += len(kept)
        if kind == _SPACES_EDIT and _between_han(text, start, end) and not _ends_with_rank(text, start):
            anchors.append((view_length, start))  # 袁有楼 杨友东: listed names
            pieces.append("、")
            view_length += 1
        body_position = end
    anchors.append((view_length, body_position))
    pieces.append(text[body_position:])
    return View(body, "".join(pieces), anchors)


# 經(jīng), 燃?xì): a pinyin gloss (lower case only: not an acronym such as （AI）), or a run of spaces.
_GLOSS = re.compile(rf"[（(?]{PINYIN_READING}[)）]")
_SPACES = re.compile(r" +")
# 在哪兒,？ 鄉鎮,、園區 匯報,,一邊: the same faulty converters leave a comma before another
# mark; it ends no clause, and a clause reader must not see an empty one.
_STRAY_COMMA = re.compile("，(?=[、，？。！；：])")
_GLOSS_EDIT, _SPACES_EDIT, _STRAY_EDIT = "gloss", "spaces", "stray comma"


def _edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the glosses, space runs and stray commas, in text order (they
    never overlap). A gloss is tried only at each parenthesis (str.find), not at every
    character: the regex engine's scan of a whole article cost more than the rest of the view."""
    edits: list[tuple[int, int, str]] = []
    for opening in "（(?":  # (燃?xì)?: a converter that lost the opening parenthesis left a ? for it)
        position = text.find(opening)
        while position >= 0:
            gloss = _GLOSS.match(text, position)
            if gloss is not None:  # (no gloss holds another parenthesis: they never overlap)
                edits.append((position, gloss.end(), _GLOSS_EDIT))
            position = text.find(opening, position + 1)
    if " " in text:
        edits += [(m.start(), m.end(), _SPACES_EDIT) for m in _SPACES.finditer(text)]
    edits += [(m.start(), m.end(), _STRAY_EDIT) for m in _STRAY_COMMA.finditer(text)]
    return sorted(edits)


def _after_han(text: str, position: int) -> bool:
    return position > 0 and _is_han(text[position - 1])


def _between_han(text: str, start: int, end: int) -> bool:
    return _after_han(text, start) and end < len(text) and _is_han(text[end])


_fold_table: np.ndarray | None = None


def _fold(body: str) -> str:
    """Traditional → simplified and Chinese punctuation, one character for one."""
    global _fold_table
    if _fold_table is None:
        mapping = dict(simplified_table())
        mapping.update({ord(source): ord(target) for source, target in _PUNCTUATION.items()})
        table = np.arange(max(max(mapping), 0xFFFF) + 1, dtype=np.uint32)
        for source, target in mapping.items():
            table[source] = target
        _fold_table = table
    codes = np.frombuffer(body.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    inside = codes < _fold_table.size
    folded = codes.copy()
    folded[inside] = _fold_table[codes[inside]]
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


def _straight_quotes(text: str) -> str:
    """ASCII " alternate as “ and ” within a paragraph (they carry no direction)."""
    if '"' not in text:
        return text
    lines = []
    for line in text.split("\n"):
        parts = line.split('"')
        rebuilt = parts[0]
        for index, part in enumerate(parts[1:]):
            rebuilt += ("“" if index % 2 == 0 else "”") + part
        lines.append(rebuilt)
    return "\n".join(lines)


def _ends_with_rank(text: str, end: int) -> bool:
    """新闻发言人  续梅: spaces between a title and its name join them."""
    from composer.people.titles import RANK_AT_END

    return bool(RANK_AT_END.search(text[max(0, end - 8) : end]))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
