"""Statements: what someone said, with speaker and verb, as spans of the article body.

The forms news prose uses (docs/architecture.md, "Statements"):

* name + verb + punctuation: 王少峰强调，要…… (also 他表示，…, 会议指出，…,
  丰台区商务局相关负责人告诉记者，…, 大家纷纷表示，…);
* a quotation followed by its speaker: “……”王少峰说，…… — one statement from the
  quotation to the end of what follows;
* an interview turn: 卢英博：…… (answers 答; a deputy's question 问, a remark 说);
  the anonymous 记者 is never a speaker;
* a lead quotation standing alone, attributed by the next paragraph's speaker.

A statement runs from its content's first character (after the verb and punctuation,
or inside the opening quotation mark) sentence by sentence to the end of its paragraph,
and on into paragraphs that continue the speech (一是…二是…, 此外…, 我们…), stopping at
another speaker, at narration (会上…, 据悉…) and at attendance lists (…参加。). Spans
exclude the speaker, the verb, the colon and outer quotation marks.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from composer.people.directory import Directory
from composer.people.mentions import Mention
from composer.people.names import looks_female, looks_male

# Speech verbs, longest first. A verb counts only when punctuation or a quotation mark
# follows it: 说起, 表示感谢 and 提出了 are not speech.
VERBS = (
    "进一步解释说", "进一步指出", "进一步强调", "解释说", "补充说", "总结说", "回忆说", "感慨地说", "笑着说",
    "告诉记者",
    "强调指出", "表示", "强调", "指出", "要求", "认为", "介绍", "希望", "提出", "坦言", "透露", "建议", "呼吁",
    "回应", "谈到", "提到", "说道", "直言", "表态", "提醒", "寄语", "勉励", "反映", "说", "称", "问道", "答道", "坦承",
    "点赞",
)
_VERB = re.compile("(?:" + "|".join(map(re.escape, VERBS)) + r")(?=\s*[，,：:“\"]|的“)")
_ADVERBIALS = re.compile(
    r"(?:还|也|又|则|进一步|再次|特别|最后|同时|随后|接着|对此|纷纷|均|都|一致|当场|现场|随即|立即|深有感触地"
    r"|激动地|笑着|第一个|在[^，。“”]{1,14}(?:时|中|上|后))$"
)
_TITLE_AFTER_NAME = re.compile(r"(?:代表|委员|书记|主任|部长|局长|区长|院长|主席|同志)$")
_OBJECT_BEFORE_VERB = re.compile(r"(?:对|向|跟|给)(?:她|他|记者|大家|[\u4e00-\u9fff]{2,4})$")
_UNNAMED = re.compile(r"(?:[\u4e00-\u9fff“”]{2,24}?)(?:相关)?负责人$")
_COLLECTIVE = re.compile(
    r"(?:大家|与会人员|与会代表|与会委员|代表委员们|代表们|委员们|居民们|村民们|群众们|企业家们|同学们|学员们|师生们)$"
)
_MEETING = re.compile(r"(?<![\u4e00-\u9fff])(?:会议|本次会议|此次会议)$")
_PRONOUN = re.compile(r"(?<![\u4e00-\u9fff])[他她]$")

_TURN = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,6})[：:]")
_INTERVIEWER = ("记者", "主持人", "本报记者", "问")
_QUESTION = re.compile(r"[？?]|吗|哪些|如何|怎样|怎么|什么|多少")

_CONTINUES = re.compile(
    r"^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、]|首先|其次|再次|最后|此外|另外|同时|与此同时|"
    r"要|我们|我|他说|她说|他表示|她表示|“)"
)
_NARRATION = re.compile(
    r"^(?:会上|会议(?!指出|强调|要求|认为)|会前|会后|据悉|据了解|据统计|据介绍|记者了解到|随后|此前|活动中|座谈会上|"
    r"调研中|期间|当天|近年来|目前，记者|截至)"
)
_ATTENDANCE = re.compile(r"(?:参加|出席|陪同|一同调研|一同参加|一同检查|参会|列席)[^，。]{0,12}[。！]?$")
_SPEAKER_WITHIN = 80  # characters from a closing quote to its speaker's name, at most
_SENTENCE_END = re.compile(r"[。！？!?…]+[”’」』）)]*")


@dataclass
class Statement:
    start: int
    end: int
    speaker_text: str
    speaker_type: str  # person | meeting | unnamed_person | collective
    verb: str | None
    person_id: int | None = None
    confidence: float = 0.8
    attribution: str = "name_verb"
    people: list[int] = field(default_factory=list)


@dataclass
class _Marker:
    """Where a statement's attribution begins, and where its content does."""

    attribution_start: int
    content_start: int
    speaker_text: str
    speaker_type: str
    verb: str | None
    person_id: int | None
    attribution: str
    confidence: float
    quote_only: bool = False  # “…”X说。 — the content is the quotation alone
    quote_end: int | None = None
    speaker_start: int | None = None  # for “…”X说: where X is printed


class StatementFinder:
    def __init__(self, directory: Directory) -> None:
        self.directory = directory

    def find(self, body: str, mentions: list[Mention], *, interview: bool, subheads: list[str]) -> list[Statement]:
        paragraphs = _paragraphs(body)
        heading = {i for i, (s, e) in enumerate(paragraphs) if body[s:e] in subheads}
        turns = _turn_spans(body, paragraphs, heading) if interview or _has_turns(body, paragraphs) else []
        statements = [self._turn_statement(body, turn, mentions) for turn in turns if turn[2] is not None]
        statements = [s for s in statements if s is not None]
        covered = [(start, end) for start, end, _ in turns]
        markers = [m for m in self._markers(body, mentions) if not any(s <= m.content_start < e for s, e in covered)]
        statements += self._spans(body, paragraphs, heading, markers, mentions)
        statements += self._lead_quotes(body, paragraphs, markers, covered)
        return sorted(statements, key=lambda s: s.start)

    # -- interviews ------------------------------------------------------------------
    def _turn_statement(
        self, body: str, turn: tuple[int, int, str | None], mentions: list[Mention]
    ) -> Statement | None:
        start, end, name = turn
        assert name is not None
        person = self.directory.best(name)
        content_start = start + len(name) + 1
        end = _trim(body, content_start, end)
        if end <= content_start:
            return None
        content = body[content_start:end]
        role = person.role if person else "official"
        verb = "答"
        if role in ("deputy", "cppcc_member"):
            verb = "问" if _QUESTION.search(content) else "说"
        return Statement(content_start, end, name, "person", verb, person.id if person else None, 0.95, "colon_turn",
                         _people_in(mentions, content_start, end))

    # -- markers ------------------------------------------------------------------------
    def _markers(self, body: str, mentions: list[Mention]) -> list[_Marker]:
        ends = {m.end: m for m in mentions}
        markers = [m for m in (self._verb_marker(body, v, ends, mentions) for v in _VERB.finditer(body)) if m]
        quoted = self._quote_markers(body, mentions)
        # “……”王少峰说，……: one statement from the quotation on, not a second one from 说.
        speakers_after_quotes = {m.speaker_start for m in quoted}
        markers = [m for m in markers if m.attribution_start not in speakers_after_quotes] + quoted
        return sorted(markers, key=lambda m: m.attribution_start)

    def _verb_marker(self, body: str, verb: re.Match[str], ends: dict[int, Mention],
                     mentions: list[Mention]) -> _Marker | None:
        subject_end = _skip_back(body, verb.start())
        content_start = _content_start(body, verb.end())
        verb_text = "告诉" if verb.group() == "告诉记者" else verb.group()
        cited = body.startswith("的“", verb.end())  # 负责人在发言中指出的“……”
        if cited:
            content_start = verb.end() + 2
        mention = ends.get(subject_end)
        before = body[max(0, subject_end - 30) : subject_end]
        if mention is not None and not self.directory.people[mention.person_id].is_reporter:
            return _Marker(mention.start, content_start, mention.form, "person", verb_text, mention.person_id,
                           "name_verb", 0.9)
        if (pronoun := _PRONOUN.search(before)) is not None:
            person_id = _antecedent(body, subject_end - 1, pronoun.group(), mentions, self.directory)
            if person_id is None:
                return None
            name = self.directory.people[person_id].name
            return _Marker(subject_end - 1, content_start, name, "person", verb_text, person_id, "pronoun_verb", 0.75)
        if _MEETING.search(before):
            return _Marker(subject_end - 2, content_start, "会议", "meeting", verb_text, None, "meeting", 0.85)
        if (unnamed := _UNNAMED.search(before)) is not None:
            text = _clause_tail(unnamed.group())
            marker = _Marker(subject_end - len(text), content_start, text, "unnamed_person", verb_text, None,
                             "name_verb", 0.8)
            if cited:
                marker.quote_only, marker.quote_end = True, _closing_quote(body, content_start - 1)
            return marker
        if (group := _COLLECTIVE.search(before)) is not None:
            return _Marker(subject_end - len(group.group()), content_start, group.group(), "collective", verb_text,
                           None, "name_verb", 0.5)
        return None

    def _quote_markers(self, body: str, mentions: list[Mention]) -> list[_Marker]:
        """A quotation standing as its own sentence, attributed in the sentence that follows
        it: “……”王少峰说，……; “……”镜湖街道党工委书记赵敏说，……; “……”在1月7日的讨论中，
        区政协委员何嘉宁的一番话……; “……”他进一步解释说，……"""
        markers = []
        starts = [m.start for m in mentions]
        for close in re.finditer("”", body):
            # Cheap test first: a speaker (a name, or 他/她) must follow soon after.
            following = bisect.bisect_left(starts, close.end())
            near = following < len(starts) and starts[following] - close.end() <= _SPEAKER_WITHIN
            if not near and body[close.end() : close.end() + 1] not in ("他", "她"):
                continue
            opening = _opening_quote(body, close.start())
            if opening is None or not _stands_as_sentence(body, opening, close.start()):
                continue
            sentence_end = _sentence_end(body, close.end(), _paragraph_end(body, close.end()))
            speaker = self._speaker_after_quote(body, close.end(), sentence_end, mentions)
            if speaker is None:
                continue
            person_id, name, speaker_start, after = speaker
            clause = re.match(r"[^，,。！？；“]*", body[after:sentence_end]).group()
            verb = next((v.group() for v in re.finditer("|".join(map(re.escape, VERBS)), clause)), None)
            verb = "告诉" if verb == "告诉记者" else verb
            punctuation = body[after + len(clause) : after + len(clause) + 1]
            quote_only = verb is None or punctuation not in ("，", ",")
            markers.append(_Marker(opening, opening + 1, name, "person", verb, person_id,
                                   "quote_then_name_verb" if verb else "context_only", 0.85 if verb else 0.65,
                                   quote_only=quote_only, quote_end=close.start(), speaker_start=speaker_start))
        return markers

    def _speaker_after_quote(self, body: str, start: int, stop: int,
                             mentions: list[Mention]) -> tuple[int, str, int, int] | None:
        """(person, printed name, where it is printed, end of the name) of the first person
        named after a quotation in its sentence — or 他/她 opening that sentence."""
        if body[start : start + 1] in ("他", "她"):
            person_id = _antecedent(body, start, body[start], mentions, self.directory)
            if person_id is not None:
                return person_id, self.directory.people[person_id].name, start, start + 1
            return None
        for mention in mentions:
            if mention.start < start or mention.start >= stop:
                continue
            if self.directory.people[mention.person_id].is_reporter or _is_object(body, mention.start):
                continue
            return mention.person_id, mention.form, mention.start, mention.end
        return None

    # -- spans ---------------------------------------------------------------------------
    def _spans(self, body: str, paragraphs: list[tuple[int, int]], heading: set[int], markers: list[_Marker],
               mentions: list[Mention]) -> list[Statement]:
        statements = []
        for index, marker in enumerate(markers):
            following = markers[index + 1].attribution_start if index + 1 < len(markers) else len(body)
            if marker.quote_only and marker.quote_end is not None:
                end = marker.quote_end
            else:
                end = _extent(body, paragraphs, heading, marker.content_start, following)
            if marker.content_start < len(body) and body[marker.content_start] == "“":
                inner = _closing_quote(body, marker.content_start)
                if inner is not None and _trim(body, inner + 1, end) <= inner + 1:
                    marker.content_start += 1  # 介绍，“……” : the quotation is the content
                    end = inner
            end = _trim(body, marker.content_start, end)
            if end - marker.content_start < 4:
                continue
            statements.append(Statement(marker.content_start, end, marker.speaker_text, marker.speaker_type,
                                        marker.verb, marker.person_id, marker.confidence, marker.attribution,
                                        _people_in(mentions, marker.content_start, end)))
        return statements

    def _lead_quotes(self, body: str, paragraphs: list[tuple[int, int]], markers: list[_Marker],
                     covered: list[tuple[int, int]]) -> list[Statement]:
        """A paragraph that is only a quotation, attributed by the speaker who opens the
        next paragraph (the lead of a 两会 story)."""
        statements = []
        for (start, end), (next_start, _next_end) in zip(paragraphs, paragraphs[1:]):
            text = body[start:end].rstrip("。")
            whole_quote = text.startswith("“") and text.endswith("”")
            if not whole_quote or _closing_quote(body, start) != start + len(text) - 1:
                continue
            openers = (m for m in markers if m.attribution_start == next_start and m.speaker_type == "person")
            opener = next(openers, None)
            if opener is None or any(s <= start < e for s, e in covered):
                continue
            statements.append(Statement(start + 1, start + len(text) - 1, opener.speaker_text, "person", None,
                                        opener.person_id, 0.6, "context_only"))
        return statements


# -- text geometry ---------------------------------------------------------------------------


def _paragraph_end(body: str, position: int) -> int:
    end = body.find("\n", position)
    return len(body) if end < 0 else end


def _stands_as_sentence(body: str, opening: int, close: int) -> bool:
    """A quotation of whole sentences, opening a paragraph or following a sentence end —
    not a term quoted inside a sentence (打造“一刻钟便民生活圈”)."""
    before = body[opening - 1] if opening > 0 else "\n"
    quoted = body[opening + 1 : close]
    return before in "\n。！？”）)" and len(quoted) >= 8 and bool(re.search(r"[，,。！？；]", quoted))


def _is_object(body: str, start: int) -> bool:
    return bool(re.search(r"(?:对|向|给|问|跟|同|和|与|陪同|拉着|握着)$", body[max(0, start - 2) : start]))


def _paragraphs(body: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in body.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _has_turns(body: str, paragraphs: list[tuple[int, int]]) -> bool:
    return sum(1 for s, e in paragraphs if _TURN.match(body, s)) >= 2


def _turn_spans(body: str, paragraphs: list[tuple[int, int]], heading: set[int]) -> list[tuple[int, int, str | None]]:
    """(start, end, speaker or None for the interviewer) for every interview turn."""
    turns: list[tuple[int, int, str | None]] = []
    current: list | None = None
    for index, (start, end) in enumerate(paragraphs):
        match = _TURN.match(body, start)
        if match or index in heading:
            if current is not None:
                turns.append(tuple(current))  # type: ignore[arg-type]
                current = None
            if match:
                name = match.group("name")
                current = [start, end, None if name in _INTERVIEWER else name]
            continue
        if current is not None:
            current[1] = end
    if current is not None:
        turns.append(tuple(current))  # type: ignore[arg-type]
    return turns


def _skip_back(body: str, position: int) -> int:
    """From a verb back over adverbials, a title after a name, and an object (对她)."""
    while True:
        window = body[max(0, position - 16) : position]
        for pattern in (_ADVERBIALS, _OBJECT_BEFORE_VERB, _TITLE_AFTER_NAME):
            match = pattern.search(window)
            if match and match.group():
                position -= len(match.group())
                break
        else:
            return position


def _content_start(body: str, position: int) -> int:
    while position < len(body) and body[position] in " ，,：:":
        position += 1
    if body.startswith("记者，", position) or body.startswith("记者,", position):
        position += 3
    return position


def _clause_tail(text: str) -> str:
    """The description of an unnamed speaker, without what precedes it in the clause."""
    for cut in ("正如", "据", "对此", "其中"):
        if cut in text:
            text = text[text.rindex(cut) + len(cut) :]
    return text.lstrip("“”")


def _extent(body: str, paragraphs: list[tuple[int, int]], heading: set[int], start: int, limit: int) -> int:
    """The end of a statement that starts at ``start``: sentences of its paragraph, then
    paragraphs that continue the speech; never past ``limit`` (the next attribution)."""
    index = next(i for i, (s, e) in enumerate(paragraphs) if s <= start <= e)
    p_start, p_end = paragraphs[index]
    end = _sentence_end(body, start, p_end)
    while end < p_end and end < limit:
        sentence_end = _sentence_end(body, end, p_end)
        sentence = body[end:sentence_end].lstrip("”’ ")
        if _NARRATION.match(sentence) or _ATTENDANCE.search(sentence):
            break
        if sentence_end > limit:
            break
        end = sentence_end
    if end < p_end:
        return min(end, limit)
    while index + 1 < len(paragraphs) and index + 1 not in heading:
        n_start, n_end = paragraphs[index + 1]
        text = body[n_start:n_end]
        if n_start >= limit or not _CONTINUES.match(text) or _NARRATION.match(text):
            break
        end = min(n_end, limit)
        index += 1
        if _ATTENDANCE.search(text):
            break
    return end


def _sentence_end(body: str, start: int, stop: int) -> int:
    match = _SENTENCE_END.search(body, start, stop)
    return match.end() if match else stop


def _trim(body: str, start: int, end: int) -> int:
    """Drop trailing whitespace, and a closing quotation mark whose opening one lies
    before the content (the outer quotes are not part of what was said)."""
    while end > start and body[end - 1] in " \n":
        end -= 1
    if end > start and body[end - 1] == "”" and body[start:end].count("“") < body[start:end].count("”"):
        end -= 1
    return end


def _opening_quote(body: str, close: int) -> int | None:
    """The “ that the ” at ``close`` closes (quotations nest), within 2,000 characters."""
    limit, position, depth = max(0, close - 2000), close, 0
    while True:
        opening, closing = body.rfind("“", limit, position), body.rfind("”", limit, position)
        if opening < 0:
            return None
        if closing > opening:
            depth, position = depth + 1, closing
        elif depth == 0:
            return opening
        else:
            depth, position = depth - 1, opening


def _closing_quote(body: str, opening: int) -> int | None:
    """The ” that closes the “ at ``opening``, within 4,000 characters."""
    limit, position, depth = min(len(body), opening + 4000), opening + 1, 0
    while True:
        closing, nested = body.find("”", position, limit), body.find("“", position, limit)
        if closing < 0:
            return None
        if 0 <= nested < closing:
            depth, position = depth + 1, nested + 1
        elif depth == 0:
            return closing
        else:
            depth, position = depth - 1, closing + 1


def _antecedent(body: str, position: int, pronoun: str, mentions: list[Mention], directory: Directory) -> int | None:
    """The person 他/她 at ``position`` refers to: the latest person named before it, not
    one named as a listener (对她说, 向他介绍) and, for 她, preferably a woman's name."""
    candidates = []
    for mention in reversed([m for m in mentions if m.end <= position]):
        person = directory.people[mention.person_id]
        if person.is_reporter:
            continue
        if _is_object(body, mention.start):
            continue
        candidates.append(person)
        if len(candidates) == 3:
            break
    if not candidates:
        return None
    # The latest person whose name fits the pronoun: 她 prefers a woman's name (a woman
    # just named as a listener will answer), 他 avoids one.
    if pronoun == "她":
        ranked = [p for p in candidates if looks_female(p.name)] + [p for p in candidates if not looks_male(p.name)]
    else:
        ranked = [p for p in candidates if not looks_female(p.name)]
    return (ranked or candidates)[0].id


def _people_in(mentions: list[Mention], start: int, end: int) -> list[int]:
    return sorted({m.person_id for m in mentions if start <= m.start < end})
