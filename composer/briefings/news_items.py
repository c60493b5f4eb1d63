"""简报 and 专题汇编 items as news: the article's headline, its lead and its key content,
drawn from the article's own text (issue 18, checklist B9, C8).

An item is one article, abridged in the article's order:

* the **lead** — the first paragraph, which says 时间、地点、谁、做了什么 (a long one is
  cut after the sentences that fit in ``LEAD_MAX`` characters);
* each selected **statement in reported form** — from the start of the sentence that
  introduces it (区委书记王少峰强调，…) to the end of the sentence that closes it (…”王少峰说。),
  with the paragraphs that go on with the same speech (composer/briefings/item_text.py);
* an **interview answer with its question** — the question before it, with the label of its
  turn (记者：…？ 邵海峰：…).

Every cut between two kept passages is marked ……: inside a paragraph the passages are
joined by ……, a passage that starts in a later paragraph starts with ……. A passage that
starts with 他/她 after a cut takes the speaker's name (the sentence naming them was cut).
``whole_article`` gives an article's whole text, for an item the user picks as a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.briefings.item_text import CUT, continuation, question_before, turn_label
from composer.people import speech_words as words

LEAD_MAX = 160  # characters of the lead paragraph kept when it runs on
TAIL_MAX = 24  # characters of attribution after a closing quotation (”王少峰说。)
_ENDS = "。！？!?"
_CLOSING = "”’）)"
_SUBHEAD_PUNCTUATION = re.compile(r"[。！？；：，…!?;:,]")
_PRONOUN = re.compile(r"^[他她](?=[^们])")


@dataclass
class Passage:
    start: int
    end: int
    speaker: str | None = None
    prefix: str = ""  # a question's turn label when the question does not print its own


def story(body: str, spans: list[tuple[int, int, str | None]], stops: list[int] | None = None) -> str:
    """The news item of an article: lead, then each span (start, end, speaker) in reported
    form, cuts marked (see the module). ``stops``: where excerpts start in the body."""
    passages = [_lead(body)] if body.strip() else []
    for start, end, speaker in sorted(spans):
        question = question_before(body, start)
        if question is not None:
            passages.append(Passage(question[0], question[1], None, _label_for(body, question[0])))
        passages.append(Passage(_sentence_start(body, start), _passage_end(body, end, speaker, stops or []), speaker))
    return _rendered(body, _merged([p for p in passages if p.end > p.start]))


def whole_article(body: str) -> str:
    return "\n".join(line.strip() for line in body.split("\n") if line.strip())


def _lead(body: str) -> Passage:
    start = len(body) - len(body.lstrip())
    end = body.find("\n", start)
    end = len(body) if end < 0 else end
    if end - start > LEAD_MAX:
        cut = max((i + 1 for i in range(start, start + LEAD_MAX) if body[i] in _ENDS), default=0)
        first_end = next((i + 1 for i in range(start, end) if body[i] in _ENDS), end)
        end = cut if cut > start else first_end
        while end < len(body) and body[end] in _CLOSING:
            end += 1
    return Passage(start, end)


def _label_for(body: str, start: int) -> str:
    """记者： for a question whose paragraph goes on with a turn opened above it."""
    if words.TURN_LABEL.match(body[start : start + 20]):
        return ""
    return turn_label(body, start)


def _sentence_start(body: str, position: int) -> int:
    """The start of the sentence holding ``position`` (its paragraph's start at most)."""
    line_start = body.rfind("\n", 0, position) + 1
    index = position
    while index > line_start:
        char = body[index - 1]
        if char in _ENDS:
            break
        if char in _CLOSING and index - 2 >= line_start and body[index - 2] in _ENDS:
            break
        index -= 1
    while index < position and body[index] in " \u3000":
        index += 1
    return index


def _passage_end(body: str, end: int, speaker: str | None, stops: list[int]) -> int:
    """The end of the sentence closing a span, with a short attribution after a closing
    quotation (”王少峰说。) and the paragraphs that go on with the same speech."""
    line_end = body.find("\n", end)
    line_end = len(body) if line_end < 0 else line_end
    index = end
    while index < line_end and body[index] not in _ENDS and index > 0 and body[index - 1] not in _ENDS:
        index += 1
    while index < line_end and body[index] in _ENDS + _CLOSING:
        index += 1
    tail = body[index:line_end]
    attribution = re.match(r"[^。！？!?“”\n]{1," + str(TAIL_MAX) + r"}?[。！？!?]", tail)
    if index > 0 and body[index - 1] in _CLOSING and attribution and words.VERB.search(attribution.group()):
        index += attribution.end()
    more = continuation(body[index:], speaker, [s - index for s in stops if s >= index])
    return index + more


def _merged(passages: list[Passage]) -> list[Passage]:
    merged: list[Passage] = []
    for passage in sorted(passages, key=lambda p: (p.start, -p.end)):
        if merged and passage.start <= merged[-1].end:
            merged[-1].end = max(merged[-1].end, passage.end)
            merged[-1].speaker = merged[-1].speaker or passage.speaker
        else:
            merged.append(Passage(passage.start, passage.end, passage.speaker, passage.prefix))
    return merged


def _rendered(body: str, passages: list[Passage]) -> str:
    paragraphs: list[str] = []
    previous_end = 0
    for index, passage in enumerate(passages):
        lines = [line.strip() for line in body[passage.start : passage.end].split("\n")]
        lines = [line for line in lines if line and not _subhead(line)]
        if not lines:
            continue
        gap = body[previous_end : passage.start]
        cut = index > 0 and bool(gap.strip())
        if cut and passage.speaker:
            lines[0] = _PRONOUN.sub(passage.speaker, lines[0], count=1)
        lines[0] = passage.prefix + lines[0]
        same_paragraph = index > 0 and "\n" not in gap and paragraphs
        if same_paragraph:
            paragraphs[-1] = (paragraphs[-1].rstrip("，、；： ") + CUT if cut else paragraphs[-1]) + lines[0]
            paragraphs += lines[1:]
        else:
            paragraphs += [(CUT + lines[0]) if cut else lines[0], *lines[1:]]
        previous_end = passage.end
    return "\n".join(paragraphs)


def _subhead(line: str) -> bool:
    return len(line) <= 40 and not _SUBHEAD_PUNCTUATION.search(line)
