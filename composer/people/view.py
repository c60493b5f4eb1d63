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

import re
from dataclasses import dataclass, field
from functools import cached_property

from composer.common.text import simplified_table

# One character for one: punctuation as Chinese prose prints it.
_PUNCTUATION = str.maketrans({
    ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）",
    "︰": "：", "﹕": "：", "﹐": "，", "﹑": "、", "﹔": "；", "﹖": "？", "﹗": "！",
    "「": "“", "」": "”", "『": "‘", "』": "’", "﹁": "“", "﹂": "”", "﹃": "‘", "﹄": "’",
    "\u3000": " ", "\xa0": " ", "\t": " ",
})
# A pinyin gloss a converter left after a character: 經(jīng), 濟（jì）.
_PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňḿ]{1,8}[)）]")
# Spaces inside a line carry no meaning in Chinese prose but separate listed names
# (袁有楼 杨友东): a run of them becomes one 、 between Chinese characters.
_SPACES = re.compile(r" +")
SENTENCE_ENDS = "。！？…"
CLOSING = "”’）》」』"


@dataclass
class View:
    """``text``: the normalised text; ``to_body[i]``: the body offset of ``text[i]``
    (one entry more than the text, for the end)."""

    body: str
    text: str
    to_body: list[int]
    _paragraphs: list[tuple[int, int]] = field(default_factory=list, repr=False)

    def body_span(self, start: int, end: int) -> tuple[int, int]:
        """The body offsets of the view's ``text[start:end]``."""
        if end <= start:
            position = self.to_body[start]
            return position, position
        return self.to_body[start], self.to_body[end - 1] + 1

    def from_body(self, position: int) -> int:
        """The view offset of a body offset (the first view character at or after it)."""
        import bisect

        return bisect.bisect_left(self.to_body, position, 0, len(self.text))

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        spans, start = [], 0
        for line in self.text.split("\n"):
            spans.append((start, start + len(line)))
            start += len(line) + 1
        return spans

    def paragraph_at(self, position: int) -> int:
        import bisect

        starts = [s for s, _ in self.paragraphs]
        return max(0, bisect.bisect_right(starts, position) - 1)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentences of every paragraph: up to 。！？… and the closing quotes after them."""
        found = []
        for p_start, p_end in self.paragraphs:
            start = p_start
            position = p_start
            while position < p_end:
                if self.text[position] in SENTENCE_ENDS:
                    end = position + 1
                    while end < p_end and (self.text[end] in SENTENCE_ENDS or self.text[end] in CLOSING):
                        end += 1
                    if self.text[start:end].strip():
                        found.append((start, end))
                    start = position = end
                    continue
                position += 1
            if self.text[start:p_end].strip():
                found.append((start, p_end))
        return found

    def sentence_at(self, position: int) -> tuple[int, int]:
        import bisect

        index = bisect.bisect_right([s for s, _ in self.sentences], position) - 1
        if index < 0:
            return (0, 0)
        return self.sentences[index]

    @cached_property
    def quote_pairs(self) -> dict[int, int]:
        """Opening “ → its closing ” (quotations nest); unclosed ones run to their
        paragraph's end only when a later paragraph opens with “ (a speech continued
        over paragraphs), otherwise they are left out."""
        pairs: dict[int, int] = {}
        stack: list[int] = []
        for position, char in enumerate(self.text):
            if char == "“":
                stack.append(position)
            elif char == "”" and stack:
                pairs[stack.pop()] = position
        return pairs


def make_view(body: str) -> View:
    text: list[str] = []
    to_body: list[int] = []
    glosses = {m.start(): m.end() for m in _PINYIN_GLOSS.finditer(body)}
    table = simplified_table()
    position = 0
    while position < len(body):
        if position in glosses:
            position = glosses[position]
            continue
        char = body[position].translate(_PUNCTUATION)
        char = chr(table.get(ord(char), ord(char)))
        text.append(char)
        to_body.append(position)
        position += 1
    to_body.append(len(body))
    joined = _straight_quotes("".join(text))
    joined, to_body = _collapse_spaces(joined, to_body)
    return View(body, joined, to_body)


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


def _collapse_spaces(text: str, to_body: list[int]) -> tuple[str, list[int]]:
    if " " not in text:
        return text, to_body
    out: list[str] = []
    mapped: list[int] = []
    position = 0
    for match in _SPACES.finditer(text):
        out.append(text[position : match.start()])
        mapped.extend(to_body[position : match.start()])
        before = text[match.start() - 1] if match.start() else "\n"
        after = text[match.end()] if match.end() < len(text) else "\n"
        if _is_han(before) and _is_han(after) and not _ends_with_rank(text, match.start()):
            out.append("、")  # 袁有楼 杨友东: listed names
            mapped.append(to_body[match.start()])
        position = match.end()
    out.append(text[position:])
    mapped.extend(to_body[position:])
    return "".join(out), mapped


def _ends_with_rank(text: str, end: int) -> bool:
    """新闻发言人  续梅: spaces between a title and its name join them."""
    from composer.people.titles import RANK_AT_END

    return bool(RANK_AT_END.search(text[max(0, end - 8) : end]))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"
