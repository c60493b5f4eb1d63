"""What a 讲话摘编 item prints of an excerpt: the words that were said, and nothing else.

The statement reader (composer/people/statements.py) cuts most spans at the right
places, but an excerpt holds whatever its span covers — a span made by hand, or one that
runs over the reporter's words. This module is the briefing-side guarantee (checklist
A15, "quotation is verbatim; cuts are marked ……"):

* ``said_text`` takes out of an excerpt's text what the reporter wrote: attribution
  (”王少峰说，, 他进一步解释说，, a leading 王少峰强调，), sentences of narration (会上…,
  据悉…, 8月29日，…, …参加。), someone else's quotation (周大爷说：“…”) and subheads; the
  parts left are joined with …… where something was cut between them, and quotation marks
  are paired (the outer pair of a direct quotation goes: the item *is* the quotation);
* ``continuation`` finds the paragraphs after a span that go on with the same speech (we…,
  要…, 一是…) up to the first paragraph of narration — a speech reported over several
  paragraphs is cut to its first one by a span that stops at the paragraph's end;
* ``joined`` joins two excerpts of one speech into one passage, with …… when what stands
  between them is more than attribution.

Everything is read on the normalised view (composer/people/view.py: simplified
characters, Chinese punctuation) and cut from the printed text, so an item keeps the
characters the paper printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from composer.people import speech_words as words
from composer.people.titles import RANK
from composer.people.view import make_view

CUT = "……"
SUBHEAD_MAX = 40  # a line with no punctuation up to this long between paragraphs is a subhead
CLAUSE_MAX = 30  # characters from a boundary to the verb of an attribution clause
CONTINUATION_MAX = 12  # paragraphs a speech may continue over after its span
_BOUNDARY = "\n。！？…；”’"
_BOUNDARY_MARK = re.compile(f"[{_BOUNDARY}]")
_VERBS = frozenset(words.VERBS)
_VERB_LENGTHS = sorted({len(v) for v in words.VERBS}, reverse=True)
_CLAUSE_END = re.compile(r"[，：“]")
_PUNCTUATION = re.compile(r"[。！？；：，、…“”‘’（）《》\s]")
_SENTENCE_END = re.compile(r"[。！？]")
# A clause before an attribution that only says when, where or about what (关于下一步重点工作，).
_LEAD_CLAUSE = re.compile(
    r"(?:关于|就|针对|围绕|谈到|谈及|对于|对此|会上|座谈中|座谈会上|调研中|观摩中|检查中|随后|最后|同时|此外|另外|"
    r"在[^，。：；“”！？\n]{1,24}(?:时|中|上|后))[^，。：；“”！？\n]{0,24}，$"
)
# Sentences that are the reporter's, never the speaker's (a stricter list than the
# statement reader's: 在…中，要… opens many a speech sentence and is not here).
_NARRATION = re.compile(
    r"^(?:会上|会议(?!指出|强调|要求|认为|提出|明确|决定)|会前|会后|据悉|据了解|据统计|据介绍|据初步统计|记者了解到|"
    r"记者从|记者在|活动中|座谈会上|调研中|观摩中|检查中|随后，|"
    r"[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日[上中下午晚]*，)"
)
_FIRST_PERSON = re.compile(r"^(?:我|咱)")
_PRONOUN = re.compile(r"^(?:他|她)")
# Speech goes on: the speaker's own "we", what is to be done, a list, the district's plans (丰台区将…).
# 首先/最后/此外 are not enough: narration opens with them too (最后，魏宏…表示感谢).
_SPEECH_MARK = re.compile(r"我们|我区|我市|我县|我镇|我乡|我省|我街|咱们|我们的")
_SPEECH_OPENING = re.compile(
    r"(?:^|[。！？；])(?:[一二三四五六七八九十]是|[一二三四五六七八九十]要|第[一二三四五六七八九十][，、是]|"
    r"要|必须|务必|应当|希望|只有|切实|[\u4e00-\u9fff]{0,6}(?:区|县|市|镇|乡|街道|区里|县里)将)"
)
_QUESTION_END = re.compile(r"[？?]\s*$")


@dataclass
class _Drop:
    start: int
    end: int
    marked: bool  # something said or narrated was cut here: …… where parts meet


# -- what was said -------------------------------------------------------------------------------


def said_text(text: str, speaker: str | None = None) -> str:
    """The words said in an excerpt's text (see the module's docstring); the text itself
    when it holds no reporter's words, no quotation marks and no subhead."""
    text = text.strip()
    if not text or not _needs_reading(text):
        return text
    view = make_view(text)
    drops = _merged(
        _subheads(view.text)
        + _attributions(view.text, speaker, view.quote_pairs)
        + _narration(view.text, view.sentences)
    )
    parts = _kept(view.text, drops)
    pieces = []
    for start, end, paragraph, marked in parts:
        body_start, body_end = view.body_span(start, end)
        pieces.append((_paired(text[body_start:body_end]), paragraph, marked))
    return _joined_pieces(pieces)


def _needs_reading(text: str) -> bool:
    if any(mark in text for mark in '“”‘’"「」『』\n'):
        return True
    return _has_attribution_verb(text) or any(m.start() > 0 for m in _NARRATION_ANYWHERE.finditer(text))


_NARRATION_ANYWHERE = re.compile(r"[。！？](?:会上|据悉|据了解|据统计|记者|会后|会前)")


def _has_attribution_verb(text: str) -> bool:
    """A verb of saying right before ，：“ (cheap: a set look-up at each such mark)."""
    return any(_verb_before(text, mark.start()) is not None for mark in _CLAUSE_END.finditer(text))


def _verb_before(text: str, position: int) -> int | None:
    """Where a verb of saying ending at ``position`` (or before 道/了 there) starts."""
    end = position - 1 if position > 0 and text[position - 1] in "道了" else position
    for length in _VERB_LENGTHS:
        if end - length >= 0 and text[end - length : end] in _VERBS:
            return end - length
    return None


def _subheads(text: str) -> list[_Drop]:
    """Lines between paragraphs with no punctuation: a subhead, not something said."""
    lines = text.split("\n")
    if len(lines) < 2:
        return []
    drops, start = [], 0
    for line in lines:
        stripped = line.strip()
        if stripped and len(stripped) <= SUBHEAD_MAX and not _PUNCTUATION_OR_END.search(stripped):
            drops.append(_Drop(start, start + len(line), marked=False))
        start += len(line) + 1
    return drops


_PUNCTUATION_OR_END = re.compile(r"[。！？；：，…]")


def _attributions(text: str, speaker: str | None, quotes: dict[int, int]) -> list[_Drop]:
    """Attribution clauses at boundaries (the text's start, a paragraph's, a sentence's or
    a closing quotation mark's), with what someone else said after theirs."""
    drops = []
    starts = [0] + [match.end() for match in _BOUNDARY_MARK.finditer(text)]
    for start in starts:
        found = _attribution_at(text, start, speaker)
        if found is None:
            continue
        lead, clause_end, who, after = found
        other = _someone_else(who, speaker)
        bare = (lead == 0 or text[lead - 1] == "\n") and text[lead:clause_end].lstrip().startswith(who.strip())
        drop = _Drop(lead, clause_end, marked=other or not bare)
        if other:
            drop.end = _content_end(text, clause_end, after, quotes)
        drops.append(drop)
    return drops


def _attribution_at(text: str, start: int, speaker: str | None) -> tuple[int, int, str, str] | None:
    """(start, end, who, the mark after the verb) of an attribution clause at ``start``:
    an optional leading clause (关于…，), then who and a verb of saying followed by ，：“;
    or an interview label (邵海峰：) opening a paragraph."""
    while start < len(text) and text[start] in " \u3000":
        start += 1
    first = start
    mark = _CLAUSE_END.search(text, start, min(len(text), start + CLAUSE_MAX + 2))
    if mark is None:
        return None
    clause = text[start : mark.start()]
    if "\n" in clause or any(c in clause for c in "。！？；”"):
        return None
    if mark.group() == "，" and _LEAD_CLAUSE.search(text[start : mark.end()]):
        following = _attribution_at(text, mark.end(), speaker)
        return (first, following[1], following[2], following[3]) if following else None
    verb_start = _verb_before(text, mark.start())
    if verb_start is None:
        return _label_at(text, start, mark, speaker)
    who = text[start:verb_start]
    verb = text[verb_start : mark.start()].rstrip("道了")
    after_quote = start > 0 and text[start - 1] in "”’"
    loose = (after_quote or mark.group() != "，") and verb not in words.NOUN_VERBS  # 工作要求， is a noun
    if words.NOT_A_NOUN_VERB_BEFORE.search(who) or not _is_who(who, speaker, loose):
        return None
    end = mark.end() if mark.group() in "，：" else mark.start()
    return first, end, who, mark.group()


def _label_at(text: str, start: int, mark: re.Match[str], speaker: str | None) -> tuple[int, int, str, str] | None:
    """邵海峰： / 记者： / 区发改委主任： opening a paragraph: an interview turn's label."""
    if mark.group() != "：" or not (start == 0 or text[start - 1] == "\n"):
        return None
    label = text[start : mark.start()].strip()
    speaker_label = speaker is not None and (speaker in label or label in speaker)
    if (
        not label
        or len(label) > 16
        or not (speaker_label or words.INTERVIEWER_LABELS.match(label) or RANK.search(label) or label in ("答", "问"))
    ):
        return None
    return start, mark.end(), label, "："


def _is_who(who: str, speaker: str | None, loose: bool) -> bool:
    """Whether the words before a verb of saying are someone saying it (王少峰, 他, 区委书记
    王少峰, 会议) rather than part of the speech (我们认为, 要求, 大家都说)."""
    who = who.strip()
    if not who:
        return False
    if _FIRST_PERSON.match(who) or who in ("希望", "要", "还要", "并"):
        return False
    if _PRONOUN.match(who) or (speaker and speaker in who) or who.startswith(("会议", "大会")):
        return True
    if RANK.search(who) and len(who) <= CLAUSE_MAX:
        return True
    return loose and len(who) <= 20  # after a closing quotation mark or before a colon: ”X说， / X说：“


def _someone_else(who: str, speaker: str | None) -> bool:
    if not speaker or speaker in who or _PRONOUN.match(who.strip()):
        return False
    if who.startswith(("会议", "大会")):
        return speaker not in ("会议", "大会")
    # a bare title (区长强调) may be the speaker's; any other name is someone else's
    rest = RANK.sub("", who)
    return len(re.sub(r"[^\u4e00-\u9fff]", "", rest)) >= 2 and speaker[0] not in rest


def _content_end(text: str, clause_end: int, after: str, quotes: dict[int, int]) -> int:
    """Where what someone else said ends: their quotation's closing mark, or the sentence."""
    opening = clause_end if after == "“" else (clause_end if text[clause_end : clause_end + 1] == "“" else -1)
    if opening >= 0 and opening in quotes:
        end = quotes[opening] + 1
        while end < len(text) and text[end] in "。！？，":
            end += 1
        return end
    found = _SENTENCE_END.search(text, clause_end)
    line_end = text.find("\n", clause_end)
    end = found.end() if found else len(text)
    return min(end, line_end) if line_end >= 0 else end


def _narration(text: str, sentences: list[tuple[int, int]]) -> list[_Drop]:
    drops = []
    for start, end in sentences:
        sentence = text[start:end].lstrip("”’ \u3000")
        if _NARRATION.match(sentence) or words.ATTENDANCE.search(sentence.rstrip()):
            drops.append(_Drop(start, end, marked=True))
    return drops


def _merged(drops: list[_Drop]) -> list[_Drop]:
    merged: list[_Drop] = []
    for drop in sorted(drops, key=lambda d: (d.start, -d.end)):
        if merged and drop.start <= merged[-1].end:
            last = merged[-1]
            last.marked = last.marked or drop.marked
            last.end = max(last.end, drop.end)
        else:
            merged.append(_Drop(drop.start, drop.end, drop.marked))
    return merged


def _kept(text: str, drops: list[_Drop]) -> list[tuple[int, int, int, bool]]:
    """(start, end, paragraph, a marked cut before it) of what is left, per paragraph."""
    kept = []
    position, marked = 0, False
    for drop in [*drops, _Drop(len(text), len(text), False)]:
        start = position
        while start < drop.start:
            line_end = text.find("\n", start, drop.start)
            end = drop.start if line_end < 0 else line_end
            if _has_words(text[start:end]):
                kept.append((start, end, text.count("\n", 0, start), marked))
                marked = False
            start = end + 1
        marked = marked or (drop.marked and bool(kept))
        position = drop.end
    return kept


def _has_words(text: str) -> bool:
    return bool(_PUNCTUATION.sub("", text))


def _paired(text: str) -> str:
    """Quotation marks paired: a stray closing mark dropped, an opening mark that opens the
    speech (a sentence follows) dropped, one a cut left open closed; a part that is one
    whole quotation loses its outer marks (and its inner ‘’ become “”)."""
    text = text.strip()
    stack: list[int] = []
    remove: set[int] = set()
    for mark in _DOUBLE_QUOTE.finditer(text):  # the marks only: this runs for every item of a draft
        if mark.group() == "“":
            stack.append(mark.start())
        elif stack:
            stack.pop()
        else:
            remove.add(mark.start())
    closing = ""
    for index in stack:
        if _SENTENCE_END.search(text, index):
            remove.add(index)
        else:
            closing += "”"
    if remove:
        text = "".join(char for i, char in enumerate(text) if i not in remove)
    text += closing
    whole = re.fullmatch(r"“([^“”]*(?:“[^“”]*”[^“”]*)*)”([，。！？]?)", text)
    if whole and "”" not in whole.group(1).replace("“", "").replace("”", "") and _one_pair(text):
        inner = whole.group(1).replace("‘", "“").replace("’", "”")
        text = inner if whole.group(2) in ("", "，") else inner + whole.group(2)
    return text


_DOUBLE_QUOTE = re.compile("[“”]")


def _one_pair(text: str) -> bool:
    """The first “ of ``text`` closes at its last ”."""
    depth = 0
    for index, char in enumerate(text):
        depth += (char == "“") - (char == "”")
        if depth == 0:
            return index >= len(text) - 2
    return False


def _joined_pieces(pieces: list[tuple[str, int, bool]]) -> str:
    paragraphs: list[str] = []
    last_paragraph = -1
    for text, paragraph, marked in pieces:
        if not text:
            continue
        if paragraphs and paragraph == last_paragraph:
            paragraphs[-1] = _with_cut(paragraphs[-1]) + text if marked else paragraphs[-1] + text
        else:
            paragraphs.append(CUT + text if marked and paragraphs and not text.startswith(CUT) else text)
        last_paragraph = paragraph
    if paragraphs and paragraphs[-1].endswith(("，", "、", "；", "：")):
        paragraphs[-1] = _with_cut(paragraphs[-1])
    return "\n".join(paragraphs)


def _with_cut(text: str) -> str:
    """``text`` followed by ……: a clause cut short loses its comma (A，…… reads A……)."""
    return text if text.endswith(CUT) else text.rstrip("，、；： ") + CUT


# -- speech over several paragraphs ------------------------------------------------------------------


def continuation(after: str, speaker: str | None, stops: Sequence[int] = ()) -> int:
    """How far the same speech goes on after a span, as an offset into ``after`` (the
    body from the span's end; 0 when it does not): the span must end its paragraph; then
    paragraphs are taken while none is narration (会上…, a date, someone saying something,
    the speaker named in the third person, a quotation), and kept up to the last that
    shows speech (we, 要…, 一是…). ``stops``: offsets in ``after`` where another excerpt
    starts (the statement reader saw a new act there)."""
    line_end = after.find("\n")
    if line_end < 0 or _has_words(after[:line_end]):
        return 0
    kept_end, taken = 0, 0
    position = line_end + 1
    while position < len(after) and taken < CONTINUATION_MAX:
        end = after.find("\n", position)
        end = len(after) if end < 0 else end
        inside = [stop for stop in stops if position <= stop < end]
        if inside:  # another act starts in this paragraph: the speech may go on up to its sentence
            cut = _sentence_start_before(after, position, min(inside))
            part = after[position:cut].strip()
            if part and not _is_narration_paragraph(part, speaker) and (_speaks(part) or kept_end):
                kept_end = cut
            break
        paragraph = after[position:end].strip()
        if paragraph:
            if _is_narration_paragraph(paragraph, speaker):
                break
            taken += 1
            if _speaks(paragraph):
                kept_end = end
        position = end + 1
    return kept_end


def _sentence_start_before(text: str, start: int, position: int) -> int:
    """The start of the sentence holding ``position``, not before ``start``."""
    index = position
    while index > start and text[index - 1] not in "。！？!?":
        index -= 1
    return index


def _is_narration_paragraph(paragraph: str, speaker: str | None) -> bool:
    view = make_view(paragraph).text
    if view.startswith(("“", "‘")) or words.is_caption(view):
        return True
    if speaker and speaker in view:
        return True  # the speaker named in the third person: the reporter speaks
    for start, end in _sentences(view):
        sentence = view[start:end].lstrip("”’ ")
        if _NARRATION.match(sentence) or words.ATTENDANCE.search(sentence.rstrip()) or _PRONOUN.match(sentence):
            return True
    return any(
        _attribution_at(view, start, None) is not None
        for start in [0] + [i + 1 for i, char in enumerate(view) if char in "。！？；”"]
    )


def _sentences(text: str) -> list[tuple[int, int]]:
    found, start = [], 0
    for mark in _SENTENCE_END.finditer(text):
        found.append((start, mark.end()))
        start = mark.end()
    if text[start:].strip():
        found.append((start, len(text)))
    return found


def _speaks(paragraph: str) -> bool:
    view = make_view(paragraph).text
    return bool(_SPEECH_MARK.search(view) or _SPEECH_OPENING.search(view))


# -- two excerpts of one speech ---------------------------------------------------------------------------


def joined(first: str, gap: str, second: str, speaker: str | None = None) -> str:
    """Two said passages of one speech as one, ``gap`` being what the article prints between
    them: nothing or attribution only — joined as printed (a new paragraph stays one);
    a verb that opens the second (希望…) — kept, it was said; anything else — ……."""
    rest = said_text(gap.strip("”’“‘ \u3000"), speaker) if _has_words(gap) else ""
    rest = _PUNCTUATION.sub("", rest)
    new_paragraph = "\n" in gap
    if not _has_words(gap):
        return first + ("\n" if new_paragraph else "") + second
    if rest in _VERBS and not new_paragraph:
        return first + rest + second
    if not rest:
        if new_paragraph:
            return first + "\n" + second
        return _with_cut(first) + second
    return first + "\n" + CUT + second if new_paragraph else _with_cut(first) + second


# -- interviews ----------------------------------------------------------------------------------------------


def question_before(body: str, start: int) -> tuple[int, int] | None:
    """The question an interview answer at ``start`` replies to, as (start, end) in
    ``body``: the answer opens its paragraph after a turn label (邵海峰：), and one of the
    two paragraphs before it ends with a question mark. The question starts at its turn's
    label (记者：) when the label stands on the paragraph before it."""
    line_start = body.rfind("\n", 0, start) + 1
    label = body[line_start:start].strip()
    if not re.fullmatch(r"[^，。“”\n]{1,20}[：:]", label):
        return None
    end = line_start - 1
    for _ in range(2):
        if end <= 0:
            return None
        paragraph_start = body.rfind("\n", 0, end) + 1
        paragraph = body[paragraph_start:end]
        if _QUESTION_END.search(paragraph):
            return paragraph_start, end
        end = paragraph_start - 1
    return None


def turn_label(body: str, start: int) -> str:
    """The label of the interview turn a paragraph belongs to (记者：), looking back from
    the paragraph at ``start`` to the nearest paragraph that opens with one."""
    position = start
    for _ in range(4):
        line = body[position : body.find("\n", position) if body.find("\n", position) >= 0 else len(body)]
        match = words.TURN_LABEL.match(make_view(line[:24]).text)
        if match and len(match.group("label")) <= 16:
            return match.group(0)
        if position == 0:
            break
        position = body.rfind("\n", 0, position - 1) + 1
    return ""
