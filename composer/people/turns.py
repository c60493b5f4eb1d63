"""Interview and press-conference turns: paragraphs labelled by who speaks.

A label is a name (卢英博：), a title the lead gives to a name (財政司司長：, 行政長官：),
surname + title (齐部长：), 答 (A where Q asks) for the interviewee, 问/Q/记者/主持人/网友“…” for the
interviewer or the public (an
official host — 新闻发言人续梅主持 — speaks for herself), and it may follow a live
transcript's time stamp inside a paragraph. Page-furniture labels (日期：, 编辑：,
发布时间：) are never turns. A mixin of the statement reader (composer/people/statements.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from composer.common.text import INTERVIEWER_SPACE_LABEL, LISTED_WORD, SPACE_LABEL, SPACE_LABELS_MIN, ends_sentence
from composer.people import speech_words as words
from composer.people.acts import Act, Speaker
from composer.people.cast import Cast, Ref
from composer.people.names import name_at
from composer.people.titles import RANK_AT_END
from composer.people.view import View


class TurnReading:
    """The turns of one article; the reader provides the text and how to name a person."""

    text: str
    view: View
    cast: Cast
    headings: set[int]
    interview: bool
    headline: str  # the article's headlines, as imported

    def _person(self, ref: Ref) -> Speaker:
        raise NotImplementedError

    def _at_clause_start(self, clause_start: int, ref_start: int) -> bool:
        raise NotImplementedError

    def _opens_with_someone(self, start: int) -> bool:
        raise NotImplementedError

    # -- interviews and press conferences ---------------------------------------------------------
    def _turns(self) -> list[Act]:
        labelled = list(self._turn_labels()) or self._unlabelled_questions()
        if len(labelled) < 2 and not (labelled and labelled[0][3] and self.interview):
            # one labelled paragraph: an interview turn only when it names an official
            labelled = [t for t in labelled if t[3] and t[3].official]
        acts = []
        for number, (index, label_start, content_start, speaker) in enumerate(labelled):
            following = labelled[number + 1] if number + 1 < len(labelled) else None
            if following is not None and following[0] == index:
                end = following[1]  # the next turn in the same paragraph (a live transcript)
            else:
                next_index = following[0] if following else len(self.view.paragraphs)
                end_index = self.view.paragraph_at(content_start)
                while end_index + 1 < next_index and end_index + 1 not in self.headings \
                        and not self._turn_ends_before(end_index + 1):
                    end_index += 1
                end = self.view.paragraphs[end_index][1]
            end = self._before_closing_credit(content_start, end)
            if speaker is None:  # the interviewer's turn: not a statement, but it ends the one before
                acts.append(Act(label_start, content_start, [], None, turn_end=end))
                continue
            if self._procedural(content_start, end) or self._cast_line(content_start):
                acts.append(Act(label_start, content_start, [], None, turn_end=end))
                continue  # 谢谢欧阳主任。下面请甘霖局长介绍有关情况。 — the host's running order
            verb = "答"  # an official answers; a deputy or a guest asks (问) or remarks (说)
            if not speaker.official:
                verb = "问" if words.QUESTION.search(self.text[content_start:end]) else "说"
            acts.append(Act(label_start, content_start, [speaker], verb, turn_end=end))
        return acts

    def _turn_labels(self) -> Iterator[tuple[int, int, int, Speaker | None]]:
        """(paragraph, label start, content start, speaker) of every turn label: at a
        paragraph's start, or after a time stamp inside one (a live transcript:
        2018-10-29 15:30续梅：…). A label alone on its line followed by a line holding only
        a titled name (主持人： / 省委宣传部副部长叶雄彪) is that person's turn."""
        invited: Speaker | None = None  # 这个问题请钱韵副局长回答。 — the next 答： is hers
        # a stamp inside a paragraph is one in the text: most articles have none to look for
        stamped = words.has_time_stamp(self.text)
        run_on = self._may_run_on  # short labels after sentences' ends: turns may run on inside paragraphs
        cards, space_labels = self._reporters_labelled, self._space_labels  # (asked once, not per paragraph)
        for index, (start, end) in enumerate(self.view.paragraphs):
            card = self._name_card(index) if cards else None
            if card is not None:  # 孟玮 / 国家发展改革委新闻发言人 / the answer (the card's lines read as headings)
                yield index, start, card[1], card[0]
                continue
            if index in self.headings:
                continue
            positions = [start] + ([m.end() for m in words.TIME_STAMP.finditer(self.text, start, end)]
                                   if stamped else []) + (self._inline_labels(start, end) if run_on else [])
            for position in positions:
                colon = self.text.find("：", position, position + LABEL_REACH)  # (most paragraphs have none near)
                match = (words.TURN_LABEL.match(self.text, position) if colon >= 0 else None) \
                    or words.BRACKET_LABEL.match(self.text, position) \
                    or (self._space_label(position, end) if space_labels else None) \
                    or (_LONG_LABEL_LINE.fullmatch(self.text, position, end) if colon >= 0 else None)
                if match is None:
                    continue
                label = match.group("label").strip()
                is_turn, speaker = self._turn_speaker(label)
                if not is_turn:
                    is_turn, speaker = self._titled_name_label(match.start("label"), match.end("label"))
                after_office = None if is_turn else _NAME_AFTER_OFFICE.fullmatch(label)
                if after_office is not None and _names_someone(after_office.group("name")):
                    is_turn, speaker = True, self._named_after_office(after_office.group("name"))
                elif not is_turn and _OFFICE_LABEL.fullmatch(label) and not self.text[match.end() : end].strip():
                    is_turn = True  # 市人民政府新闻办公室： on its own line: a turn of no one named (it ends the last)
                if not is_turn and (guest := self._guest_turn(label, match.end(), end)) is not None:
                    is_turn, speaker = True, guest
                if label.strip("[]【】 ") in words.ANSWER_LABELS and invited is not None:
                    is_turn, speaker = True, invited
                invited = self._invited(match.end(), end)
                content_start = match.end()
                salutation = _SALUTATION.match(self.text, content_start)  # 答覆：/ 主席：/ … — addressing the chair
                if salutation is not None:
                    content_start = salutation.end()
                stage = _STAGE_NOTE.match(self.text, content_start)  # 周凯：（开场白）各位…: the transcript's note
                if stage is not None and stage.end() < end:
                    content_start = stage.end()
                if self.text[content_start:end].strip() == "" and speaker is not None:
                    following_text = _next_text(self.text, content_start)  # 郑栅洁：/ (the answer on the next line)
                    if not words.TURN_LABEL.match(self.text, following_text):
                        content_start = following_text
                if self.text[content_start:end].strip() == "" and speaker is None and label not in _BOX_LABELS:
                    named = self._named_line_after(index)
                    if named is not None:
                        speaker, content_start = named
                        is_turn = True
                if is_turn and not (position == start and self._heads_a_passage(index, content_start, end)):
                    yield index, position, content_start, speaker

    def _heads_a_passage(self, index: int, content_start: int, end: int) -> bool:
        """市长：爽快公布邮箱 / 网友：“鼓掌”欢迎市长 — a feature's subhead in the shape of a turn: a short phrase,
        no punctuation of prose (an answer has its full stop, a question its question mark), then a paragraph of
        prose (it had been the 市长's answer)."""
        phrase = self.text[content_start:end].strip()
        if not phrase or len(phrase) > SUBHEAD_TURN_MAX_CHARS or _PROSE_MARKS.search(phrase):
            return False
        texts = (self.text[start:end].strip() for start, end in self.view.paragraphs[index + 1 :])
        following = next((text for text in texts if text), "")
        return ends_sentence(following)

    def _unlabelled_questions(self) -> list[tuple[int, int, int, Speaker | None]]:
        """An interview whose questions are set apart only by type (bold, lost in a copy) or by a mark
        (▲今年的重点是什么？ / ●重点是…): when the lead or the headline announces the interview, each question paragraph
        is the interviewer's turn and the paragraphs after it the answer of the official interviewed —
        if at least two questions are each followed by an answer, and the answers carry a mark or most of
        them speak as 我/我们 (a feature's question subheads are followed by the reporter's narration)."""
        if self.text.count("？") + self.text.count("?") < QUESTIONS_MIN:
            return []
        paragraphs = [i for i in range(len(self.view.paragraphs)) if i not in self.headings]
        if not paragraphs or not (_INTERVIEW_LEAD.search(self.text, *self.view.paragraphs[paragraphs[0]])
                                  or _INTERVIEW_LEAD.search(self.headline)):
            return []
        interviewee = self._interviewee()
        if interviewee is None:
            return []
        turns: list[tuple[int, int, int, Speaker | None]] = []
        for index in paragraphs:  # (the lead is no question; a headline-announced interview may open with one)
            start, end = self.view.paragraphs[index]
            content_start = start + 1 if self.text[start : start + 1] in _TURN_MARKS else start
            line = self.text[content_start:end].strip()
            if line.endswith(("？", "?")) and len(line) <= QUESTION_MAX_CHARS:
                turns.append((index, start, content_start, None))
            elif turns and turns[-1][3] is None and turns[-1][0] == index - 1 and not self._turn_ends_before(index):
                turns.append((index, start, content_start, interviewee))
        answers = [t for t in turns if t[3] is not None]
        first_person = sum("我" in self.text[slice(*self.view.paragraphs[t[0]])] for t in answers)
        marked = all(t[2] > t[1] for t in answers)  # ●…: each answer carries the mark of the answers
        if len(answers) < QUESTIONS_MIN or (2 * first_person <= len(answers) and not marked):
            return []
        return turns

    def _interviewee(self) -> Speaker | None:
        """The official interviewed (the one the text names most), as the speaker of an answer."""
        name = self._main_official()
        return Speaker(name, name, "person", True, "interview") if name else None

    def _inline_labels(self, start: int, end: int) -> list[int]:
        """Turns run on inside one paragraph after a sentence's end (问：…？答：…。, 记者：…？王静：…): where
        each label starts, when the paragraph holds two or more of them (counting one opening it)."""
        if self.text.count("：", start, end) < 2:  # two labels, each with its colon
            return []
        found = []
        for mark in _INLINE_LABEL.finditer(self.text, start, end):
            label = words.TURN_LABEL.match(self.text, mark.end())
            if label is not None and self._turn_speaker(label.group("label").strip())[0]:
                found.append(mark.end())
        opening = words.TURN_LABEL.match(self.text, start)
        labelled = opening is not None and self._turn_speaker(opening.group("label").strip())[0]
        return found if len(found) >= 2 or (found and labelled) else []

    def _named_after_office(self, name: str) -> Speaker:
        """市政府新闻办新闻处 寿某： — a transcript's line naming the office, then who speaks for it (an official)."""
        member = self.cast.member(name)
        return Speaker(name, name, "person", member is None or member.is_official, "interview")

    def _titled_name_label(self, start: int, end: int) -> tuple[bool, Speaker | None]:
        """A label that is a name after its titles (区长李明远：, 云湖区区长李明远：)."""
        ref = self.cast.ref_ending_at(end)
        if ref is None or ref.start < start:
            return False, None
        titles = self.text[start : ref.start].strip("[]【】 ")
        if titles and not words.TITLE_CHAIN_AT_END.match(titles):
            return False, None
        return True, self._person(ref)

    def _before_closing_credit(self, start: int, end: int) -> int:
        """Where a turn's words end when it closes with a parenthesis naming someone —
        （云湖街道党工委书记王建国）: the editor's credit, not what was said."""
        last = end
        while last > start and self.text[last - 1].isspace():
            last -= 1
        if last <= start or self.text[last - 1] not in "）)":
            return end
        opening = max(self.text.rfind("（", start, last), self.text.rfind("(", start, last))
        if opening > start and self.cast.refs_between(opening, last):
            return opening
        return end

    def _invited(self, start: int, end: int) -> Speaker | None:
        """The person a host's turn asks to speak next (请钱韵副局长回答, 请欧阳卓主任作介绍)."""
        for invitation in words.INVITATION.finditer(self.text, start, end):
            refs = self.cast.refs_between(invitation.start(), invitation.end())
            if refs:
                return self._person(refs[-1])
        return None

    @cached_property
    def _reporters_labelled(self) -> bool:
        """Some line is a reporter's label alone (新华社记者：): a press conference's transcript."""
        return "记者：" in self.text and _REPORTER_LABEL_LINE.search(self.text) is not None  # (most have no label)

    def _name_card(self, index: int) -> tuple[Speaker, int] | None:
        """A transcript's speaker card: the official's name alone on a line, the title on the next,
        then what the official answered (孟玮 / 国家发展改革委新闻发言人 / …)."""
        paragraphs = self.view.paragraphs
        if index + 2 >= len(paragraphs):
            return None
        start, end = paragraphs[index]
        refs = self.cast.refs_between(start, end)
        if len(refs) != 1 or refs[0].start != start or refs[0].end != end or refs[0].form != "name":
            return None
        title = self.text[slice(*paragraphs[index + 1])].strip()
        if not title or len(title) > CARD_TITLE_MAX_CHARS or not RANK_AT_END.search(title) \
                or re.search(r"[，。：！？]", title):
            return None
        speaker = self._person(refs[0])
        return (speaker, paragraphs[index + 2][0]) if speaker.official else None

    def _named_line_after(self, index: int) -> tuple[Speaker, int] | None:
        """The speaker on the line after an empty label, and where the turn's text starts."""
        following = [i for i in range(index + 1, min(index + 4, len(self.view.paragraphs)))
                     if self.text[slice(*self.view.paragraphs[i])].strip()]
        if len(following) < 2:
            return None
        start, end = self.view.paragraphs[following[0]]
        if _BARE_LABEL.match(self.text[slice(*self.view.paragraphs[following[1]])]):
            return None  # 人物： / 副市长陆冰 / 话题：: an information box, each value under its label
        refs = self.cast.refs_between(start, end)
        if not refs or refs[-1].end != end or end - start > 40 or not self._at_clause_start(start, refs[-1].start):
            return None
        return self._person(refs[-1]), self.view.paragraphs[following[1]][0]

    def _procedural(self, start: int, end: int) -> bool:
        """A turn made only of a host's running order: greetings, thanks, who speaks next."""
        sentences = [s for s in re.split(r"(?<=[。！？])", self.text[start:end]) if s.strip()]
        return bool(sentences) and all(_procedural_sentence(s.strip()) for s in sentences)

    def _cast_line(self, start: int) -> bool:
        """主持人：某某  新闻发言人、某司副司长 — a transcript's header naming who hosts or is invited: a name and its
        titles, no sentence (a turn of no one's words; it ends the one before)."""
        line_end = self.text.find("\n", start)
        line = self.text[start : line_end if line_end >= 0 else len(self.text)].strip()
        name = name_at(line, 0)
        titles = line[len(name) :].lstrip("、 ") if name else ""
        return bool(titles) and len(line) <= CAST_LINE_MAX_CHARS and not _PROSE_MARKS.search(line) \
            and words.TITLE_CHAIN_AT_END.match(titles) is not None

    def _turn_ends_before(self, index: int) -> bool:
        """A turn goes on over unlabelled paragraphs until one that is no longer the
        speaker's: page furniture, a caption, the reporter's narration (会上，…), or a
        paragraph led by someone (区委书记俞承泽指出，…)."""
        start, end = self.view.paragraphs[index]
        text = self.text[start:end].strip()
        if not text or re.match(r"^(?:责编|编辑|来源|留言|（|\(|【)", text):
            return True
        return bool(words.NARRATION.match(text) or words.is_caption(text) or self._opens_with_someone(start))

    def _turn_speaker(self, label: str) -> tuple[bool, Speaker | None]:
        """Whether ``label`` labels a turn at all (page furniture, a heading do not), and
        its speaker (None for the interviewer)."""
        plain = _LABEL_PARENTHESIS.sub("", label.strip("[]【】 "))  # 运输署助理署长（巴士及铁路）
        if plain in words.FURNITURE_LABELS or plain.startswith(words.FURNITURE_LABEL_STARTS):
            return False, None
        acting = _ASKS_OR_ANSWERS.match(plain)  # 王静答： / 记者问： — who, and what the turn does
        if acting is not None and plain not in words.ANSWER_LABELS:
            plain = acting.group("who")
        in_parenthesis = self._named_in_parenthesis(label.strip("[]【】 "))
        if in_parenthesis is not None:  # 主持人（省生态环境厅宣教处处长杨正国）： — the label names who speaks
            return True, in_parenthesis
        host = self._official_host() if plain in ("主持人", "主持") else None
        if host is not None:
            return True, Speaker(host, host, "person", True, "interview")
        if words.INTERVIEWER_LABELS.match(plain):
            return True, None
        if plain in words.ANSWER_LABELS and (plain not in ("A", "Ａ") or self._asks_with_q):  # A： only where Q： asks
            interviewee = self._interviewee()
            return (False, None) if interviewee is None else (True, interviewee)
        if plain in self._short_names:  # 王静（以下简称“王”）… 王：
            named = self._short_names[plain]
            if named is None:
                return True, None  # 记者（以下简称“记”）
            owner = self.cast.member(named)
            return True, Speaker(plain, named, "person", bool(owner and owner.is_official), "interview")
        member = self.cast.member(plain)
        if member is not None:
            return True, Speaker(plain, plain, "person", member.is_official, "interview")
        for ref in self.cast.refs:
            if ref.printed == plain:
                owner = self.cast.member(ref.name)
                return True, Speaker(plain, ref.name, "person", bool(owner and owner.is_official), "interview")
        holder = self.cast.holder_of(plain)
        if holder is not None:
            return True, Speaker(plain, holder.name, "person", holder.is_official, "interview")
        guest = _GUEST_PREFIX.match(plain)  # 嘉宾 王静： — the programme's guest, named
        if guest is not None and (member := self.cast.member(plain[guest.end() :])) is not None:
            return True, Speaker(plain, member.name, "person", member.is_official, "interview")
        for length in (2, 3, 4):  # 王静区长： — a broadcast's caption, the name before the title
            member = self.cast.member(plain[:length])
            if member is not None and RANK_AT_END.fullmatch(plain[length:].lstrip("、 ")):
                return True, Speaker(plain, member.name, "person", member.is_official, "interview")
        return False, None

    def _named_in_parenthesis(self, label: str) -> Speaker | None:
        """The member of the cast whose name ends the label's parenthesis, if any."""
        parenthesis = _LABEL_PARENTHESIS.search(label)
        inside = parenthesis.group()[1:-1] if parenthesis else ""
        for length in (4, 3, 2):
            member = self.cast.member(inside[-length:]) if len(inside) >= length else None
            if member is not None:
                return Speaker(member.name, member.name, "person", member.is_official, "interview")
        return None

    def _guest_turn(self, label: str, content_start: int, end: int) -> Speaker | None:
        """嘉宾：… — the one official the programme invited, when the turn says something (嘉宾：云湖区
        区长王静 is the programme's information)."""
        if label.strip("[]【】 ") not in words.GUEST_LABELS:
            return None
        content = self.text[content_start:end].strip()
        if not content or not (ends_sentence(content) or len(content) > GUEST_INTRO_MAX_CHARS) \
                or self.cast.ref_ending_at(content_start + len(self.text[content_start:end].rstrip())):
            return None
        return self._interviewee()

    @cached_property
    def _space_labels(self) -> bool:
        """记者 您今年带来了什么建议？ / 陈芳 我建议…: an interview whose labels are set off by a space, no colon —
        only where the interviewer's are (two paragraphs or more open with 记者/问/主持人 and a space)."""
        return len(INTERVIEWER_SPACE_LABEL.findall(self.view.body)) >= SPACE_LABELS_MIN

    def _space_label(self, position: int, end: int) -> re.Match[str] | None:
        """A label set off by a space, read in the body (the view makes the space a 、 or drops it after 记者)."""
        in_body = SPACE_LABEL.match(self.view.body, self.view.to_body(position))
        if in_body is None or LISTED_WORD.match(self.view.body, in_body.end()):
            return None  # (陈芳 王静 李强参加: a list of names set off by spaces, no label)
        return re.compile(f"(?P<label>{re.escape(in_body.group('label'))})、?").match(self.text, position, end)

    @cached_property
    def _may_run_on(self) -> bool:
        """Two short labels follow a sentence's end on the same line somewhere in the text (looked
        for once: most articles have none, and their paragraphs need no look)."""
        return len(_RUN_ON_LABEL.findall(self.text)) >= 2

    @cached_property
    def _short_names(self) -> dict[str, str | None]:
        """Labels an interview defines (王静（以下简称“王”）, 记者（以下简称“记”）): the person's name, or
        None for the interviewer."""
        found: dict[str, str | None] = {}
        if "以下简称" not in self.text:
            return found
        for match in words.SHORT_NAME.finditer(self.text):
            ref = self.cast.ref_ending_at(match.start())
            if ref is not None:
                found[match.group("alias")] = ref.name
            elif words.INTERVIEWER_LABELS.match(self.text[max(0, match.start() - 4) : match.start()].lstrip("，。 ")) \
                    or self.text.endswith("记者", 0, match.start()):
                found[match.group("alias")] = None
        return found

    @cached_property
    def _asks_with_q(self) -> bool:
        """The interviewer asks with Q： somewhere (so an A： is an answer): looked for once."""
        return words.QUESTION_LABEL.search(self.text) is not None

    def _official_host(self) -> str | None:
        """The official who hosts a press conference (新闻发言人续梅主持, 主持人：叶雄彪)."""
        for ref in self.cast.refs:
            member = self.cast.member(ref.name)
            if member is None or not member.is_official:
                continue
            if self.text.startswith("主持", ref.end) or self.text[max(0, ref.start - 3) : ref.start] == "主持人" \
                    or any("发言人" in t for t in member.titles):
                return member.name
        return None

    def _main_official(self) -> str | None:
        """The official the text names most — or, when it names none, the one official of the cast (the
        headline's: 市发改委主任王静就稳增长政策答记者问, then only 问：/答： turns)."""
        counts: dict[str, int] = {}
        for ref in self.cast.refs:
            member = self.cast.member(ref.name)
            if member and member.is_official:
                counts[ref.name] = counts.get(ref.name, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else self.cast.sole_official()


CARD_TITLE_MAX_CHARS = 30  # the title line of a speaker card (国家发展改革委政研室副主任、新闻发言人)
_REPORTER_LABEL_LINE = re.compile(r"(?:^|\n)[^\n：]{0,20}记者：\s*(?:\n|$)")
_STAGE_NOTE = re.compile(r"\s*[（(](?:开场白|笑|笑声|掌声|鼓掌|众笑|大笑|停顿|现场)[）)]\s*")
_SALUTATION = re.compile(r"\s*(?:主席|代理主席|各位议员|各位委员|各位代表)[：，]\s*")
_GUEST_PREFIX = re.compile(r"^(?:访谈嘉宾|做客嘉宾|本期嘉宾|嘉宾|受访者|受访嘉宾)[\s、]*")
_LABEL_PARENTHESIS = re.compile(r"[（(][^）)]{1,24}[）)]$")
_INLINE_LABEL = re.compile(r"[。！？](?=[^。！？：\n]{1,16}：)")
_RUN_ON_LABEL = re.compile(r"[。！？][ \u3000]*[^。！？：，\n]{1,8}：")
CAST_LINE_MAX_CHARS = 60  # 主持人：某某、新闻发言人、…: a header's name and titles
SUBHEAD_TURN_MAX_CHARS = 20  # 市长：爽快公布邮箱 — a subhead shaped as a turn is a short phrase
_PROSE_MARKS = re.compile(r"[，。！？；…,;!?]")
# a line of its own that only labels the turn under it, however long: 市防汛抗旱指挥部秘书长、市应急管理局副局长兼
# 市水务局副局长 周某： (a government press conference's transcript)
_LONG_LABEL_LINE = re.compile(r"(?P<label>[^：\n“”，。！？；]{17,64})：[ ]*")
_OFFICE = r"[\u4e00-\u9fff]{2,30}(?:局|部|委|办|厅|署|处|室|中心|政府)"
_OFFICE_LABEL = re.compile(_OFFICE)
_NAME_AFTER_OFFICE = re.compile(_OFFICE + r"、?(?P<name>[\u4e00-\u9fff]{2,4})")
LABEL_REACH = 48  # a turn's label (bullet, 【同期】, 16 characters, a parenthesis of 24) ends this near its start
QUESTIONS_MIN = 2  # an interview without labels shows itself by at least this many questions each answered
QUESTION_MAX_CHARS = 100
_TURN_MARKS = "▲△●○◆◇■□★☆►▶"
_ASKS_OR_ANSWERS = re.compile(r"^(?P<who>[^问答]{2,12}?)(?<![回提解])[问答]$")  # (张伟回答：“…” is prose)
# an information box's labels (人物： over a titled name is who the page is about, not a turn)
_BOX_LABELS = frozenset(("人物", "人员", "出席人员", "参加人员", "话题", "主题", "时间", "地点"))
_BARE_LABEL = re.compile(r"^\s*[^，。：:\n]{1,8}[：:]\s*$")
_INTERVIEW_LEAD = re.compile(r"专访|访谈|对话|问答")  # (not 采访: 接受记者采访时表示 is any news)
GUEST_INTRO_MAX_CHARS = 30  # 嘉宾：云湖区区长王静 — a guest's introduction is short and ends in a name


def _next_text(text: str, position: int) -> int:
    """The first position at or after ``position`` that is not whitespace."""
    while position < len(text) and text[position].isspace():
        position += 1
    return position


def _names_someone(name: str) -> bool:
    """寿某 after 新闻处: a name (国务院新闻办公室 has no one named 公室)."""
    return not name.startswith("公室") and name_at(name, 0) == name


def _procedural_sentence(sentence: str) -> bool:
    return bool(words.PROCEDURAL.match(sentence)) or (
        len(sentence) <= words.PROCEDURAL_SHORT_MAX and bool(words.PROCEDURAL_SHORT.match(sentence)))
