"""Statements: what someone said — speaker, verb and the span of what was said.

Read on the article's normalised view (composer/people/view.py) with its cast
(composer/people/cast.py); offsets are mapped back to the stored body at the end.

A speech act is a *verb of saying* with a subject and content:

* the verb: 表示/指出/强调/说/认为… followed by ，：“ or directly by the content, or
  要求/希望/叮嘱/勉励… followed by the people addressed and what they are to do
  (要求各社区持续高度重视 — the content starts right after the verb);
* the subject, found in the verb's sentence: a person printed before the verb with only
  adverbials, a title, an object or a clause between (王迎波强调; 应勇在回答…提问时说;
  刘县长深情地对张福成老人说); else the subject of an earlier clause of the sentence
  (王迎波一行还实地察看了…，要求…); else 他/她 or a sentence with no subject at all,
  which continue the paragraph's topic (the last person who acted); 会议/大会 for the
  meeting; several people joined by 、 make one statement each;
* the content: inside the quotation marks of a direct quote; after a colon, the whole
  block to the paragraph's end and the list paragraphs after it (一是…二是…); else the
  sentence, and the following sentences that go on with the speech (要…。二要…。), never
  across a clause that starts a new act (，并叮嘱…) or a sentence of narration.

Also: a quotation standing as its own sentence attributed after it (“……”王少峰说。),
interview and press-conference turns labelled by a name, a title (財政司司長：) or
答/问/记者 — page-furniture labels (日期：, 编辑：) are never turns — and a lead quotation
attributed by the next paragraph. Speech by people who hold no office (residents,
deputies as deputies, companies, reporters, hosts, collectives) is kept apart from
officials' statements (``official`` is False).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import cached_property, lru_cache

from composer.common.lexicon import is_common_word
from composer.people import speech_words as words
from composer.people.acts import Act, Speaker, Statement
from composer.people.cast import Cast, Ref, read_cast
from composer.people.directory import Directory
from composer.people.discovery import discover
from composer.people.joint import JointReading
from composer.people.names import is_han, looks_female, looks_male
from composer.people.quotations import QuoteReading
from composer.people.spans import SpanReading
from composer.people.speeches import relayed_speech, speech_span, speech_speaker, with_the_speech
from composer.people.statement_model import StatementModel, shipped
from composer.people.turns import TurnReading
from composer.people.view import SENTENCE_ENDS, View, headings_with_captions, make_view


class StatementFinder:
    """Finds statements in an article's view with its cast; an official's statement gets
    the probability the statement model gives it as its confidence."""

    def __init__(self, model: StatementModel | None = None) -> None:
        self.model = model if model is not None else shipped()

    def find(self, view: View, cast: Cast, *, interview: bool, subheads: list[str],
             headline: str = "") -> list[Statement]:
        """``headline``: the article's headlines (专访… there announces an interview whose questions carry no label)."""
        found = _Reader(view, cast, interview, subheads, headline).statements()
        for statement in found:
            if statement.official and self.model.weights:
                statement.confidence = round(self.model.probability(statement.features), 3)
        return found


def read_statements(article: dict, directory: Directory,
                    finder: StatementFinder) -> tuple[View, Cast, list[Statement]]:
    """The view, the cast and the statements of one article (what tagging and learning read)."""
    view = make_view(article["body"])
    interview = article["kind"] == "interview"
    sightings = article.get("sightings")
    speaker = speech_speaker(article)  # a speech manuscript: its byline names who gave it
    if sightings is None:  # (no first pass read this article: its captions are folded only then)
        sightings = discover(view.text, reporters=article["reporters"], photographers=article["photographers"],
                             interview=interview, headings=headings_with_captions(article))
    sightings = [*sightings, *speaker]
    cast = read_cast(view, directory, reporters=article["reporters"], photographers=article["photographers"],
                     interview=interview, headings=article["headings"], published=article.get("published"),
                     sightings=sightings)
    found = finder.find(view, cast, interview=interview, subheads=article["subheads"],
                        headline="\n".join(article["headings"]))
    if speaker:
        return view, cast, with_the_speech(view, cast, speaker[0].name, speech_span(view), found)
    relayed = relayed_speech(view, cast)  # 以下是行政长官李家超…的致辞：
    if relayed is not None:
        return view, cast, with_the_speech(view, cast, relayed[0], relayed[1], found)
    return view, cast, found


class _Reader(SpanReading, TurnReading, QuoteReading, JointReading):
    def __init__(self, view: View, cast: Cast, interview: bool, subheads: list[str], headline: str = "") -> None:
        self.view = view
        self.headline = headline
        self.text = view.text
        self.cast = cast
        self.interview = interview
        self.headings = {i for i, (s, e) in enumerate(view.paragraphs) if self.text[s:e].strip() in subheads}
        self.quotes = view.quote_pairs
        self._inside_quote = view.inside_quotes

    # -- the whole article ---------------------------------------------------------------------
    def statements(self) -> list[Statement]:
        turns = self._turns()
        covered = [(a.attribution_start, a.turn_end or a.content_start) for a in turns]
        acts = turns + self._quote_acts(covered) + self._comma_quote_acts(covered) + self._possessed_sayings(covered) \
            + self._wish_named_after_acts(covered)
        taken = {a.attribution_start for a in acts} | {a.content_start for a in acts}
        for verb in self._verbs():
            if any(s <= verb.start() < e for s, e in covered):
                continue
            act = self._verb_act(verb)
            if act is not None and act.attribution_start not in taken and act.content_start not in taken:
                acts.append(act)
        acts += self._lead_quote_acts(acts)
        acts += self._narrated_quote_acts(acts)
        acts += self._quote_after_topic_acts(acts)
        acts.sort(key=lambda a: (a.content_start, a.attribution_start))
        acts = self._without_acts_inside_speech(self._one_per_content(acts))
        spans = [(act, self._extent(act, self._limit(acts, index))) for index, act in enumerate(acts)]
        found = [statement for act, end in self._quotations_joined(spans) for statement in self._made(act, end)]
        return sorted(found, key=lambda s: s.start)

    def _verbs(self) -> list[re.Match[str]]:
        """The verbs of saying — and 指 with no mark right after a speaker, 他/她 or 但/又 (黄某指他有其他工作在身: how
        Hong Kong and Macao papers report; elsewhere a bare 指 is 指导, 指挥, 手指…)."""
        found = list(words.verbs_in(self.text))
        if "指" not in self.text:
            return found
        bare = [match for match in _BARE_ZHI.finditer(self.text)
                if self.text[match.start() - 1 : match.start()] in _BEFORE_BARE_ZHI
                or self.cast.ref_ending_at(match.start()) is not None]
        return sorted(found + bare, key=lambda match: match.start()) if bare else found

    def _quotations_joined(self, spans: list[tuple[Act, int]]) -> list[tuple[Act, int]]:
        """…可喜的。“但我们更看重…。”他表示，新的一年… — a quotation whose verb after it opens more
        speech has no attribution of its own: the indirect speech right before it goes on into it (up to
        its closing mark). (“….”他说。 is attributed by its verb: a statement of its own; and with no
        speech before it the quotation stays one — joined to the words after 他表示， it would carry
        the reporter's ”龚正说， inside.)"""
        joined: list[tuple[Act, int]] = []
        for act, end in spans:
            if joined and _quoted_before_speaker(act) and _ATTRIBUTION_THEN_MORE.match(self.text[end : end + 16]) \
                    and self._speech_runs_into(joined[-1], act):
                joined[-1] = (joined[-1][0], end + 1)  # (with its closing mark: no quotation left open)
                continue
            joined.append((act, end))
        return joined

    def _speech_runs_into(self, previous: tuple[Act, int], quoted: Act) -> bool:
        act, end = previous
        return _plain(act) and _same_speakers(act, quoted) and end <= quoted.content_start \
            and not self.text[end : quoted.content_start].strip(" “「\u3000")

    def _limit(self, acts: list[Act], index: int) -> int:
        act = acts[index]
        later = [a.attribution_start for a in acts[index + 1 :] if a.attribution_start > act.content_start]
        return min(later, default=len(self.text))

    def _without_acts_inside_speech(self, acts: list[Act]) -> list[Act]:
        """A verb with no subject of its own inside what someone is saying is part of the
        speech (应勇表示，借这个机会，也想说一下，…), not a new act."""
        kept: list[Act] = []
        for index, act in enumerate(acts):
            if kept and _hope_goes_on(kept[-1], act) and self._hope_has_no_subject(act):
                continue
            if kept and self._inside_first_clause(kept[-1], act):
                continue
            if act.weak and kept and act.verb_start is not None and not self._opens_sentence(act, kept[-1]) \
                    and not _says_after_asking(kept[-1], act):
                previous = kept[-1]
                later = [a.attribution_start for a in acts[index + 1 :]
                         if not a.weak and a.attribution_start > previous.content_start]
                extent = self._extent(previous, min(later, default=len(self.text)))
                # (at its very start too: 李明华说，希望企业… is one act, not 说 and 希望)
                if previous.content_start <= act.verb_start < extent:
                    continue
            kept.append(act)
        return kept

    def _inside_first_clause(self, previous: Act, act: Act) -> bool:
        """他指政府政策多次强调要…: a verb in the first clause of what the same subject says, words between
        (not 并, 和: 他指出并强调), belongs to what is said — its subject is the policy, not him."""
        if previous.verb_start is None or act.verb_start is None or not _same_speakers(previous, act):
            return False
        between = self.text[previous.content_start : act.verb_start]
        return previous.content_start < act.verb_start and not _CLAUSE_MARKS_OR_LINK.search(between)

    def _hope_has_no_subject(self, act: Act) -> bool:
        """The hope opens its sentence or clause with nothing before it (。希望… / ；希望…)."""
        assert act.verb_start is not None
        before = self.text[max(0, act.verb_start - 1) : act.verb_start]
        return (act.weak or act.attribution_start == act.verb_start) and before in ("。", "；", "！")

    def _opens_sentence(self, act: Act, previous: Act) -> bool:
        """A verb opening a sentence with no subject (。希望大家…) after indirect speech is a
        new act of the same speaker; inside a colon block or a quotation it is not."""
        assert act.verb_start is not None
        sentence_start, _ = self.view.sentence_at(act.verb_start)
        lead = self.text[sentence_start : act.verb_start]
        return _plain(previous) and (not lead.strip() or bool(words.LEAD.match(lead)))

    @staticmethod
    def _one_per_content(acts: list[Act]) -> list[Act]:
        return [act for index, act in enumerate(acts)
                if not index or acts[index - 1].content_start != act.content_start]

    # -- verbs ----------------------------------------------------------------------------------
    def _verb_act(self, verb: re.Match[str]) -> Act | None:
        start, end = verb.start(), verb.end()
        word = verb.group()
        if word in words.COLON_ONLY_VERBS and self.text[end : end + 1] not in ("：", "道") \
                and not (word in words.COMMA_ANSWER_VERBS and self.text[end : end + 1] == "，"
                         and (word != "解答" or self.cast.ref_ending_at(start) is not None)):  # (部长某某解答，)
            return None  # (问 is in 问题, 访问, 询问: most are no act, and cost nothing more here)
        after = self.text[end : end + 3]
        if words.NOT_A_VERB_AFTER.match(after) or _word_goes_on(word, after) \
                or words.RELATIVE_AND.match(self.text, end):
            return None  # (checked first: the text alone says so, for most of what the verbs' pattern finds)
        if self._inside_quote[start] or self._is_heading(start):
            return None
        before = self.text[max(0, start - 6) : start]
        named_before = self.cast.ref_ending_at(start) is not None  # 魏曰高要求: a name, not 高要求
        as_noun = words.used_as_noun(word, before)
        if words.NOT_A_VERB_BEFORE.search(before) or (as_noun and not named_before):
            return None
        if words.HEARD_OR_TITLED.search(self.text, max(0, start - 24), start):
            return None  # 听取了校情介绍, 《关于重申…的通知》: a noun heard, a verb inside a document's title
        if before.endswith("、") and after[:1] in ("，", "、", "。"):
            return None  # 提问、回答，充分而紧凑: a list of what was done, no act with content
        if words.made_a_noun(before, word) and self.text[end : end + 1] != "：":
            return None
        if word == "明确" and not (named_before or words.MEETING.search(before)):
            return None  # 会议明确，… says; 思路清晰、要求明确， describes
        if word in words.NOUN_VERBS and after[:1] in ("，", "。", "；") and words.MODIFIED_NOUN_BEFORE.search(before) \
                and not (words.COUNTED_BEFORE.search(before) and words.POINTS_AFTER_COMMA.match(self.text, end)):
            return None  # 提出殷切希望，勉励…: a noun with its modifier (not 殷切希望大家…, nor 提了三点要求，一是…)
        if words.ENDS_ANOTHER_WORD.search(before + word) and not (before.endswith("并") and after[:1] in "：:"):
            return None  # 简称, 听说, 据说, 小说: the verb is the end of another word (not …，并称：“…”)
        if word in words.ASK_VERBS and words.FRAMED_SAYING.match(self.text, end):
            return None  # 鼓励两个孩子说：“…” — the act is the saying
        sentence_start, _ = self.view.sentence_at(start)
        if words.PRAISED.search(self.text, sentence_start, start):
            return None  # 表扬她敢于直言不讳提出…: what the one praised did, not what the subject said
        content_start, colon = self._content_start(word, end)
        if content_start is None:
            return None
        if self._content_less(word, content_start):
            return None
        speakers, weak = self._subject(start)
        if not speakers or (weak and word in words.NAMED_SUBJECT_VERBS):  # (看来，… alone: nobody's view)
            return None
        return self._quoted(Act(self._attribution_start(start, speakers), content_start, speakers,
                                words.verb_form(word), colon, verb_start=start, weak=weak))

    def _quoted(self, act: Act) -> Act:
        """``act`` with its content inside the quotation marks, when what was said is a quotation."""
        opening = act.content_start
        closing = self.quotes.get(opening) if self.text[opening : opening + 1] == "“" else None
        if closing is not None and self._quote_is_whole_content(opening, closing):
            act.content_start, act.quote_end = opening + 1, self._chained_closing(closing)
        return act

    def _content_start(self, word: str, end: int) -> tuple[int | None, bool]:
        text = self.text
        announced = words.ANNOUNCED_POINTS.match(text, end) or words.POINTS_AFTER_STOP.match(text, end)
        if announced:  # 提出五点意见：一是… — what was said follows the colon (on the next lines too)
            position = announced.end()
            while position < len(text) and text[position] in " \n":
                position += 1
            return position, True
        match = words.AFTER_SAY.match(text, end)
        if match and word in words.COLON_ONLY_VERBS and "：" not in match.group() \
                and not (word in words.COMMA_ANSWER_VERBS and match.group().startswith("，")):
            return None, False
        if match:
            position = match.end()
            colon = "：" in match.group()
            if text[position - 1] == "“":
                position -= 1
            while position < len(text) and (text[position] in " ，：" or colon and text[position] == "\n"):
                position += 1
            return position, colon
        nxt = text[end : end + 1]
        if not nxt or not ("\u4e00" <= nxt <= "\u9fff"):
            return None, False
        if nxt == "了" and not text.startswith("了解", end):
            announcing = _TOPIC_THEN_COLON.match(text, end)  # 重申了区委的一贯立场：…
            return (announcing.end(), True) if announcing else (None, False)  # 强调了…的重要性: a topic
        first_person = word in words.FIRST_PERSON_AFTER and text.startswith(("我们", "咱们"), end)
        believed = word == "相信" and self._clause_end(end) - end >= words.BELIEF_MIN_CHARS  # (他相信澳门大学会…)
        if word in words.DIRECT_CONTENT_VERBS or first_person or believed:
            hearer = words.HEARER_THEN_QUOTE.match(text, end)  # 告诉她：“……”: the quotation after whom it was told
            return (hearer.end() - 1, True) if hearer else (end, False)  # (…说我们一定要…: first person, no mark)
        return None, False

    def _content_less(self, word: str, content_start: int) -> bool:
        clause_end = self._clause_end(content_start)
        clause = self.text[content_start:clause_end + 1]
        if words.NO_CONTENT.match(clause) or clause.startswith("并"):  # …政策要求，并作为…: the subject's next act
            return True
        if word in words.SETTING_VERBS and clause_end - content_start <= SETTING_TOPIC_MAX_CHARS \
                and self.text[clause_end : clause_end + 1] == "，" and self._person_at(clause_end + 1):
            return True  # 谈到乡村振兴，王某说…: the topic sets the scene for the act that follows
        if words.RELATIVE_CLAUSE.match(clause) and words.DONE_BY_SOMEONE.search(
                self.text, max(0, content_start - len(word) - 6), content_start - len(word)):
            return True  # 做市民希望政府做的事，…: what is wished names a thing done (…的事), nobody says it
        if word in words.ASK_VERBS and words.HEARERS_ONLY.match(clause):
            return True  # “……”王静叮嘱项目负责人。: whom she told, what she told them was quoted before
        introduced = self.text.startswith(("，", "：", "“"), content_start - 1)
        return word in words.TOPIC_VERBS and not introduced and bool(words.TOPIC_ONLY.match(clause))

    def _person_at(self, position: int) -> bool:
        """A name or 他/她 starts at ``position`` (the subject of the clause it opens)."""
        return self.text[position : position + 1] in ("他", "她") or any(
            ref.start == position for ref in self.cast.refs_between(position, position + 8))

    def _clause_end(self, position: int) -> int:
        match = _CLAUSE_END.search(self.text, position)
        return match.start() if match else len(self.text)

    def _quote_is_whole_content(self, opening: int, closing: int) -> bool:
        """说：“……” — the quotation is the content (not 说，“一刻钟生活圈”建成了…); after a colon or a comma
        a quotation that ends its sentence is, whatever narration follows it (…。”随后，她来到…; 说，“……。”要实现…), and
        so is one printed right after the verb (曾强调“……。”解决…是…的责任。)."""
        rest = self.text[closing + 1 : closing + 3]
        if self.text[closing - 1 : closing] in ("。", "！", "？", "…") and (  # (…是党的宝贵财富……”: trailing off)
                self.text[opening - 1 : opening] in ("：", ":", "，") or rest[:1].isspace() or rest[:1] == "“"
                or is_han(self.text[opening - 1 : opening])  # 曾强调“…。”解决…: right after the verb
                or any(ref.start == closing + 1 for ref in self.cast.refs_between(closing + 1, closing + 12))):
            return True  # …不够发放。”李克强总理眉头紧锁… / …非常大。” “…: the quotation ended its sentence
        return not rest or rest[0] in "。！？\n，；" or rest[0] in SENTENCE_ENDS

    # -- subjects -------------------------------------------------------------------------------
    def _subject(self, verb_start: int) -> tuple[list[Speaker], bool]:
        """The speakers of the verb at ``verb_start``, and whether they were found away
        from it (an earlier clause, the paragraph's topic)."""
        sentence_start, _ = self.view.sentence_at(verb_start)
        clauses = self._clause_starts(sentence_start, verb_start)
        adjacent = self._clause_subject(clauses[-1], verb_start, verb_adjacent=True)
        if adjacent is not None:
            return adjacent, False
        going_on = self._and_then_subject(clauses, verb_start)  # …主任乙肯定…，并叮嘱…: 乙's
        if going_on is not None:
            return going_on, True
        # 徐宪平表示，…，希望我省…: the speaker of an earlier act of the sentence goes on
        earlier = self._earlier_speaker(sentence_start, clauses[-1])
        if earlier is not None:
            return earlier, True
        for index in range(len(clauses) - 1, -1, -1):
            clause_start = clauses[index]
            own = index == len(clauses) - 1
            found = self._clause_subject(clause_start, verb_start if own else self._clause_close(clause_start),
                                         verb_adjacent=own)
            if found is not None:
                return self._listed_in_clauses_before(clauses, index, found), not own
        # no subject in the sentence: the paragraph's topic goes on speaking
        lead = self.text[sentence_start:verb_start]
        if words.LEAD.match(lead) or not lead.strip() or _subjectless(lead):
            if self._meeting_before(sentence_start):  # 会议传达了…。强调要…: the meeting goes on
                return [Speaker("会议", None, "meeting", True, "meeting")], True
            topic = self._topic_entry_before(verb_start)
            if topic is not None:  # (甲、乙、丙等领导…。同时叮嘱…: a list opening the clause goes on, each of them)
                return self._topic_listed(topic[0]) or [self._pronoun_speaker(topic[1])], True
        return [], True

    def _meeting_before(self, sentence_start: int) -> bool:
        before_start, _ = self.view.sentence_at(sentence_start - 1) if sentence_start else (0, 0)
        return sentence_start > 0 and self.view.paragraph_at(before_start) == self.view.paragraph_at(sentence_start) \
            and words.MEETING_ACTS.match(self.text[before_start:sentence_start].lstrip()) is not None

    def _earlier_speaker(self, sentence_start: int, clause_start: int) -> list[Speaker] | None:
        """The subject printed next to the nearest earlier verb of saying in the sentence (not one
        used as a noun: 企业家们提出的问题)."""
        for verb in reversed(list(words.VERB.finditer(self.text, sentence_start, clause_start))):
            after = self.text[verb.end() : verb.end() + 3]  # (NOT_A_VERB_AFTER opens with ^: a slice, not a pos)
            if self._inside_quote[verb.start()] or words.NOT_A_VERB_AFTER.match(after) \
                    or words.NOT_A_VERB_BEFORE.search(self.text, max(0, verb.start() - 6), verb.start()):
                continue
            clauses = self._clause_starts(sentence_start, verb.start())
            found = self._clause_subject(clauses[-1], verb.start(), verb_adjacent=True)
            if found:
                return [Speaker(s.printed, s.name, s.kind, s.official, "pronoun" if s.kind == "person" else s.how)
                        for s in found]
        return None

    def _clause_starts(self, sentence_start: int, position: int) -> list[int]:
        starts = [sentence_start]
        for mark in _CLAUSE_MARKS.finditer(self.text, sentence_start, position):
            if not self._inside_quote[mark.start()]:
                starts.append(mark.end())
        return starts

    def _clause_close(self, clause_start: int) -> int:
        match = _CLAUSE_CLOSE.search(self.text, clause_start)
        return match.start() if match else len(self.text)

    def _clause_subject(self, start: int, end: int, *, verb_adjacent: bool) -> list[Speaker] | None:
        """The subject of the clause ``text[start:end]`` (``end``: the verb, or the
        clause's end), or None when the clause has none of its own."""
        text = self.text
        every = self.cast.refs_between(start, end)
        refs = [r for r in every if not self._is_object(r, start)]
        if verb_adjacent:  # (王静和区长李强一致认为: 和 before a name marks no object when the verb is theirs jointly)
            joint = self._joint_subject(every if _JOINTLY.search(text, max(start, end - 4), end) else refs, end)
            if joint:
                return joint
        for index, ref in enumerate(refs):
            if self._at_clause_start(start, ref.start):
                return [self._person(listed) for listed in self._listed_with(ref, refs[index + 1 :])]
        head = text[start:end]
        lead = words.LEAD.match(head)
        rest = head[lead.end() if lead else 0 :]
        if verb_adjacent and rest[:1] in "两二" and _THE_TWO.match(rest):  # 两人都表示: the two just named
            return self._last_two(start + (len(head) - len(rest)))
        if rest.startswith(("他们", "她们")) and (listed := self._listed_before(start)) is not None:
            return listed  # 县领导王强、李明、赵刚一同调研…。他们要求，…: each of those just listed
        if _LEADERS_BARE.match(rest) and (listed := self._listed_before(start, LEADERS_LIST_SENTENCES)) is not None:
            return listed  # 区领导刘惠、于瑞均…分别主持…。…。区领导…并要求：: the leaders listed before
        if (sharing := self._holders_of_shared_title(rest)) is not None:
            return sharing  # 区人大常委会副主任甲、乙、丙分别…。…常委会副主任对…表示肯定，希望…: each of them
        rest = words.after_joining_word(rest)  # 但他仍强调, 随后她又表示: a word joining it to the sentence before
        if rest.startswith(("他", "她")) and not rest.startswith(("他们", "她们", "他人")) \
                or verb_adjacent and rest == "其":  # 其指出，… (not 其中, 其他)
            return self._pronoun(start + (len(head) - len(rest)))
        meeting = words.MEETING.search(text[start:end][:8]) or _MEETING_LEADS.match(rest) \
            or words.MEETING_DID.match(rest)  # (会上还学习了…，要求…: what the meeting did)
        if meeting and not _MEETING_AS_OBJECT.search(head):
            return [Speaker("会议", None, "meeting", True, "meeting")]
        if verb_adjacent and _SOMEONE_UNNAMED.search(rest):
            return []  # 不断有民众要求拍照: someone unnamed asks, not the official the paragraph is about
        if verb_adjacent:
            tail = text[max(start, end - 12) : end]
            if words.PRONOUN.search(tail):
                return self._pronoun(end - 1)
            if _MEETING_BEFORE_VERB.search(tail) and not _MEETING_AS_OBJECT.search(tail):
                return [Speaker("会议", None, "meeting", True, "meeting")]
            described = self._described_speaker(start, end)
            if described is not None:
                return [described]
        if not verb_adjacent and _WHEN_CLAUSE.match(rest):  # 当他得知…时，表示…: who knew is who says
            within = start + (len(head) - len(rest)) + 1
            if words.ONE_PERSON_PRONOUN.match(text, within):
                return self._pronoun(within)
            return next(([self._person(ref)] for ref in refs if ref.start == within), None)
        if rest and not rest.startswith(("在", "对", "就", "为", "从", "据", "由", "经", "通过", "围绕", "针对")) \
                and _TWO_HAN.match(rest) and not verb_adjacent and self._has_own_subject(rest):
            return []  # an explicit non-person subject ends the search: it is not the speaker
        return None

    def _has_own_subject(self, clause: str) -> bool:
        """A clause like 这些措施有效缓解了… has a subject of its own (not a person)."""
        return bool(_OWN_SUBJECT.match(clause))

    def _at_clause_start(self, clause_start: int, ref_start: int) -> bool:
        """Only time, place and the person's own titles stand before the name in its clause (会上，区委书记王迎波…;
        局长、党委书记刘开平…; 云湖新区的钱某区长，…: the place he heads, before his name and rank)."""
        head = self.text[clause_start:ref_start]
        if head[-1:] in words.PLACE_HEAD_ENDS and words.PLACE_HEADED.match(head):
            return any(ref.start == ref_start and words.HEADS_PLACE.match(self.text, ref.end)
                       for ref in self.cast.refs_between(ref_start, ref_start + 6))
        return _lead_or_titles_only(head)

    def _is_object(self, ref: Ref, clause_start: int) -> bool:
        head = self.text[clause_start : self._title_before(ref.name, clause_start, ref.start)]
        if words.OBJECT_MARK.search(head[-4:]) or words.OBJECT_MARK.search(head):
            # an addressee (对张福成说) — unless the marker is far and a subject verb is between
            tail = head[-6:]
            if words.OBJECT_MARK.search(tail):
                return True
        opened = head.rfind("在")  # (曾在…深耕多年的王某…时: 在 opens a description of him, ending in 的 — no object)
        return opened >= 0 and not words.TIME_WORD.search(head[opened:]) and not head.endswith("的") and (
            "时" in self.text[ref.end : ref.end + 30] or _ESCORTED_BY.match(self.text, ref.end) is not None)

    def _person(self, ref: Ref) -> Speaker:
        member = self.cast.member(ref.name)
        official = member is not None and member.is_official
        how = {"surname_title": "title_only", "title": "title_only"}.get(ref.form, "name_verb")
        return Speaker(ref.printed, ref.name, "person", official, how)

    def _pronoun(self, position: int) -> list[Speaker] | None:
        """他/她 at ``position``: the paragraph's topic (the last person who led a clause) —
        unless the topic spoke *to* 她 just before (林振华对她说…。她表示… is the woman he
        spoke to), or 她 stands for a topic whose given name is clearly a man's."""
        name = self._person_ending_sentence_before(position) or self._topic_before(position, pronoun=True)
        female = self.text[position] == "她"
        addressed = name is not None and female and bool(
            words.TO_HER.search(self.text[self._last_ref_start(name, position) : position]))
        # 他 is also said of women in news prose: only 她 against a clearly male name counts
        contradicted = name is not None and female and looks_male(name)
        if name is None or addressed or contradicted:
            recent = [r.name for r in reversed(self._recent_refs(position)) if r.name != name]
            fitting = [n for n in recent if (looks_female(n) if female else not looks_female(n))]
            if not fitting and not female and name is None:
                fitting = recent  # 他 is said of women too: with no one else in reach, she is meant
            name = fitting[0] if fitting else name
        if name is None and not self.cast.refs_between(0, position):  # named only in the headline
            name = self.cast.sole_official()
        if name is None:
            return None
        return [self._pronoun_speaker(name)]

    def _person_ending_sentence_before(self, position: int) -> str | None:
        """这个问题难坏了李某。他…: the sentence right before names one person only, at its end (no person leads
        it) — 他 is that person, not the topic of the sentences before."""
        sentence_start, _ = self.view.sentence_at(position)
        if sentence_start == 0 or self.text[sentence_start - 1] != "。":
            return None
        previous_start, _ = self.view.sentence_at(sentence_start - 1)
        if _ATTENDING.search(self.text, previous_start, sentence_start):
            return None  # 陪同调研的有副市长李某。他强调…: 他 is who was accompanied, not the one listed
        refs = self.cast.refs_between(previous_start, sentence_start)
        if len({r.name for r in refs}) != 1 or refs[-1].end != sentence_start - 1:
            return None
        topics = [name for start, name in self.topics if previous_start <= start < sentence_start]
        return refs[-1].name if not topics else None

    def _pronoun_speaker(self, name: str) -> Speaker:
        member = self.cast.member(name)
        return Speaker(name, name, "person", member is not None and member.is_official, "pronoun")

    def _last_ref_start(self, name: str, position: int) -> int:
        starts = [r.start for r in self.cast.refs if r.name == name and r.start < position]
        return starts[-1] if starts else position

    def _attribution_start(self, verb_start: int, speakers: list[Speaker]) -> int:
        sentence_start, _ = self.view.sentence_at(verb_start)
        names = [s.printed for s in speakers if s.printed]
        positions = [self._title_start(self.text.rfind(name, sentence_start, verb_start), name, sentence_start)
                     for name in names]
        positions = [p for p in positions if p >= 0]
        return min(positions) if positions else verb_start

    def _title_start(self, position: int, name: str, floor: int) -> int:
        """Where the titles printed before a name start (区委副书记、区长李明华: at 区委): the
        attribution, which ends what the speaker before was saying."""
        if position < 0:
            return position
        while (before := self._title_before(name, floor, position)) < position:
            position = before - 1 if self.text.endswith("、", floor, before) else before
        return position

    def _title_before(self, name: str, floor: int, position: int) -> int:
        """Where the longest of ``name``'s titles printed right before ``position`` (and not
        before ``floor``) starts; ``position`` when none is."""
        member = self.cast.member(name)
        if member is not None:
            for title in sorted(member.titles, key=len, reverse=True):
                if self.text.endswith(title, floor, position):
                    return position - len(title)
        return position

    # -- topics: who the paragraph is about --------------------------------------------------------
    @cached_property
    def topics(self) -> list[tuple[int, str]]:
        """Read only when a sentence has no subject of its own (about half the articles)."""
        return self._topics()

    def _topics(self) -> list[tuple[int, str]]:
        """(position, name) of every clause-initial person: the last one before a
        position is who 他/她 and a subject-less sentence refer to."""
        found = []
        # a clause starts after ，；： or after a closing quotation mark: “…。”区人大代表范金凤说。
        # 她建议… — she is the one quoted
        marks = [m.start() for m in _TOPIC_CLAUSE_MARKS.finditer(self.text)]
        for ref in self.cast.refs:
            member = self.cast.member(ref.name)
            if self._inside_quote[ref.start] or member is None or member.role == "reporter" \
                    or self.text.startswith("的", ref.end) and self.text[ref.start : ref.end] != ref.name:
                continue  # (总统的脸书…: a rank standing for its holder, as a possessor, is no topic)
            sentence_start, _ = self.view.sentence_at(ref.start)
            before = bisect_left(marks, ref.start) - 1
            clause_start = max(sentence_start, marks[before] + 1 if before >= 0 else 0)
            if words.INVITED_BEFORE.search(self.text, clause_start, ref.start) \
                    and words.INVITED_DOES.match(self.text, ref.end):
                found.append((ref.start, ref.name))  # 邀请…教授辛蕙作了专题辅导。她认为… — the one invited speaks
                continue
            if self._is_object(ref, clause_start) or _LISTED_ATTENDANCE.match(self.text, ref.end):
                continue  # (区长李强、区委副书记刘洋出席: those attending are no 他 of what follows)
            if self._at_clause_start(clause_start, ref.start) or self._at_clause_start(sentence_start, ref.start) \
                    or self.text[sentence_start : ref.start].strip() in member.titles:  # 今年36岁的…村民王某，…
                found.append((ref.start, ref.name))
        return sorted(found + self._described_topics())

    def _reach_start(self, position: int, *, pronoun: bool = False) -> int:
        """Where 他/她 may find who they are: this paragraph and the two before it — a speech's points
        (要…, 一是…) naming nobody not counted, so its speaker stays in reach — PRONOUN_REACH at most (where
        each sentence is a paragraph, every paragraph counts for a sentence with no subject at all)."""
        index = paragraph = self.view.paragraph_at(position)
        counted = 0
        while index > 0 and counted < 2 and paragraph - index < PRONOUN_REACH:
            index -= 1
            start, end = self.view.paragraphs[index]
            text = self.text[start:end].lstrip()
            point = words.CONTINUING_PARAGRAPH.match(text) or words.MUST_PARAGRAPH.match(text)
            counted += bool(self.cast.refs_between(start, end)) or (self._sentence_per_paragraph and not pronoun) \
                or not point
        return self.view.paragraphs[index][0]

    def _recent_refs(self, position: int) -> list[Ref]:
        earliest = self._reach_start(position, pronoun=True)
        return [r for r in self.cast.refs if earliest <= r.start < position and not self._inside_quote[r.start]
                and (m := self.cast.member(r.name)) is not None and m.role != "reporter"]

    def _topic_before(self, position: int, *, pronoun: bool = False) -> str | None:
        entry = self._topic_entry_before(position, pronoun=pronoun)
        return entry[1] if entry else None

    def _topic_entry_before(self, position: int, *, pronoun: bool = False) -> tuple[int, str] | None:
        earliest = self._reach_start(position, pronoun=pronoun)
        candidates = [(start, name) for start, name in self.topics if earliest <= start < position]
        if candidates and not pronoun and _GROUP_SUBJECT.search(self.text, candidates[-1][0], position):
            return None  # …。调研组对我局工作予以肯定，指出…。同时提出…: the group goes on, not the official
        return candidates[-1] if candidates else None

    # -- results ------------------------------------------------------------------------------------
    def _made(self, act: Act, end: int) -> list[Statement]:
        end = self._trim(act.content_start, end)
        shortest = SHORTEST_TURN if act.turn_end is not None else SHORTEST_STATEMENT  # 徐守盛：記得。 is an answer
        if end - act.content_start < shortest or not act.speakers:
            return []
        start, body_end = self.view.body_span(act.content_start, end)
        people = [r.name for r in self.cast.refs_between(act.content_start, end)]
        made = []
        for speaker in act.speakers:
            made.append(Statement(
                start, body_end, speaker.name or speaker.printed,
                "person" if speaker.kind == "person" else speaker.kind, act.verb, speaker.name,
                _confidence(speaker, act), speaker.how, sorted(set(people)), speaker.official,
                self._features(act, speaker, end),
            ))
        return made

    def _features(self, act: Act, speaker: Speaker, end: int) -> dict[str, float]:
        """What the statement model weighs (composer/people/statement_model.py): how the
        speaker was found, the verb, the span's shape — never a name or a site."""
        content = self.text[act.content_start : end]
        member = self.cast.member(speaker.name) if speaker.name else None
        paragraph = self.view.paragraph_at(act.content_start)
        inside = self.cast.refs_between(act.content_start, end)
        return {
            f"how:{speaker.how}": 1.0,
            f"verb:{act.verb if act.verb in MODEL_VERBS else ('none' if act.verb is None else 'other')}": 1.0,
            "ask_verb": float(act.verb in words.ASK_VERBS),
            "weak": float(act.weak),
            "colon": float(act.colon),
            "quoted": float(act.quote_end is not None),
            "turn": float(act.turn_end is not None),
            "meeting": float(speaker.kind == "meeting"),
            "titled_here": float(bool(member and member.titles and member.introduced_here)),
            "from_directory": float(bool(member and not member.introduced_here)),
            "joint": float(len(act.speakers) > 1),
            "log_length": math.log1p(len(content)),
            "sentences": float(min(8, sum(content.count(c) for c in "。！？"))),
            "paragraphs": float(min(5, content.count("\n") + 1)),
            "others_inside": float(any(r.name != speaker.name for r in inside)),
            "verb_inside": float(bool(words.VERB.search(content))),
            "ends_sentence": float(bool(content) and content.rstrip("”’")[-1:] in "。！？…"),
            "question": float("？" in content),
            "first_paragraph": float(paragraph == 0),
            "distance": math.log1p(max(0, act.content_start - act.attribution_start)),
            "short": float(len(content) < 15),
        }

    def _trim(self, start: int, end: int) -> int:
        text = self.text
        while end > start and text[end - 1] in " \n":
            end -= 1
        if end > start and text[end - 1] == "”" and text[start:end].count("“") < text[start:end].count("”"):
            end -= 1
        return end

    # -- helpers ------------------------------------------------------------------------------------
    def _is_heading(self, position: int) -> bool:
        return self.view.paragraph_at(position) in self.headings


# Compiled once: these are asked hundreds of thousands of times per 10,000 articles.
_LEADERS_BARE = re.compile(r"(?:区|县|市|省|州|旗|镇|乡|街道)?领导(?:们|同志)?(?![\u4e00-\u9fff]{2,4}[、，])")
LEADERS_LIST_SENTENCES = 3  # a bare 区领导 points back this many sentences in its paragraph for the leaders listed
# a sentence opened by a visiting group (市人大常委会调研组对…, 督导组指出): the paragraph's topic is no person now
_GROUP_SUBJECT = re.compile(r"[。！？\n][\u4e00-\u9fff]{0,12}(?:调研组|检查组|督导组|督查组|考察组|视察组|巡察组)"
                            r"(?:一行)?(?:对[^。！？]{1,30}(?:予以|给予|表示)?肯定|指出|认为|强调|要求|提出)")
_JOINTLY = re.compile(r"一致|共同|分别|纷纷|都|均")
_THE_TWO = re.compile(r"^(?:两人|二人|两位(?:领导|同志|官员|负责人)?)(?:都|均|也|一致|同时|分别)?$")
_TOPIC_THEN_COLON = re.compile(r"了[^，。；！？：\n“”]{0,30}：\s*")
_CLAUSE_END = re.compile(r"[，。！？；\n]")
_CLAUSE_CLOSE = re.compile(r"[，；：。！？\n]")
_MEETING_LEADS = re.compile(r"^(?:会议|大会|全会|本次会议|此次会议)")
_MEETING_BEFORE_VERB = re.compile(r"(?:会议|大会|全会)(?:还|同时|进一步|再次)?$")
# 按照会议要求，… / 根据大会部署: the meeting's demands as the object of a preposition, not the meeting speaking
_MEETING_AS_OBJECT = re.compile(
    r"(?:按照|根据|依照|遵照|依据|对照|按|落实|贯彻|执行|遵循)[^，。；：]{0,8}(?:会议|大会|全会)")
_TWO_HAN = re.compile(r"^[\u4e00-\u9fff]{2,}")
_BARE_ZHI = re.compile(r"(?<=[\u4e00-\u9fff])指(?![，：出示])")
_BEFORE_BARE_ZHI = frozenset("他她但又并亦也还更则")
_WHEN_CLAUSE = re.compile(r"^当[^，。；]{2,30}(?:时|之时|之际)\s*$")
_OWN_SUBJECT = re.compile(r"^(?:这|该|此|其|各|全|市|区|县|镇|村|企业|项目|工作|群众|居民)")
PRONOUN_REACH = 6  # paragraphs back, at most, for 他/她 (two that name someone, and those between)
SHORTEST_STATEMENT = 4  # characters, punctuation included: less is no statement (…表示，好。)
SHORTEST_TURN = 2  # an interview's answer may be one word (記得。)
# 在区委书记王静陪同下: the one who escorts is no subject
_ESCORTED_BY = re.compile(r"[^，。；]{0,3}?(?:的)?(?:陪同|带领|率领|引导|邀请|组织|见证|指导|主持)下")
# 区长李强、区委副书记刘洋出席 / 区长李强陪同: a list of those attending, an escort
_LISTED_ATTENDANCE = re.compile(
    r"(?:、[^，。；：“”\n]{2,20}?)+(?:等(?:人|同志|领导)?)?(?:同志)?(?:也|一同|分别)?(?:出席|参加|列席|在座|到会|参会|陪同)"
    r"|(?:等(?:人|同志|领导)?)?(?:同志)?(?:也|一同)?陪同(?!下)"
)
_CLAUSE_MARKS = re.compile("[，；：]")
SETTING_TOPIC_MAX_CHARS = 12  # 谈到“十四五”规划的新目标，…: a topic, not a statement
_TOPIC_CLAUSE_MARKS = re.compile("[，；：”]")


# Verbs the statement model knows one by one; the rest count as "other".
MODEL_VERBS = frozenset((
    "表示", "指出", "强调", "要求", "说", "认为", "希望", "提出", "介绍", "答", "问", "叮嘱", "嘱咐",
    "鼓励", "勉励", "坦言", "回应", "建议", "透露",
))


@lru_cache(maxsize=65536)  # the same heads (会上，, 区委书记) before name after name
def _lead_or_titles_only(head: str) -> bool:
    """``head`` holds only time, place and titles (what may stand before a subject)."""
    if not head:
        return True
    stripped = words.TITLE_CHAIN_AT_END.sub("", head)
    return not stripped or bool(words.LEAD.match(stripped))


_COMMAS = re.compile(r"[，,]")
_ADVERBS_ONLY = re.compile(
    r"^(?:[都还又也并随即随后当即当场现场同时再次一再]|转身|回头|立即|马上|特意|再三|反复|最后|最终|接着|之后)*$")


def _says_after_asking(previous: Act, act: Act) -> bool:
    """叶区长要求工作人员一一记录，表示将…: having asked someone to do something, the speaker says
    something of his own — a new act (说，希望… is one: the asking is what was said)."""
    return previous.verb in words.ASK_VERBS and act.verb in _OWN_SAYING


_OWN_SAYING = frozenset(("表示", "指出", "强调", "认为", "说"))

# ”他表示， after a quotation: its verb opens more speech
_ATTRIBUTION_THEN_MORE = re.compile(r"^[”」』]\s*[^。！？\n“”「」，,]{1,12}[，,]")


def _quoted_before_speaker(act: Act) -> bool:
    return act.quote_end is not None and bool(act.speakers) and act.speakers[0].how == "quote_before"


def _plain(act: Act) -> bool:
    """Indirect speech: no colon block, quotation or interview turn."""
    return not act.colon and act.quote_end is None and act.turn_end is None


def _same_speakers(one: Act, other: Act) -> bool:
    return [s.name for s in one.speakers] == [s.name for s in other.speakers] and all(s.name for s in one.speakers)


def _hope_goes_on(previous: Act, act: Act) -> bool:
    return _plain(previous) and _same_speakers(previous, act) and act.verb == "希望" \
        and previous.verb in words.HOPE_GOES_ON_AFTER and act.verb_start is not None \
        and act.verb_start > previous.content_start


_CLAUSE_MARKS_OR_LINK = re.compile(r"[，。；：！？,;:!?\n“”]|^\s*(?:并且?|和|及|、|也|还|又|同时|进而)?\s*$")
_ATTENDING = re.compile(r"陪同|出席|参加|参会|列席|一同|随同")
_SOMEONE_UNNAMED = re.compile(r"(?:^|不断|也|还|又|曾|时|常|总)有(?!关)[^，。；！？“”\s]{1,4}$")


def _subjectless(lead: str) -> bool:
    """Every clause before the verb goes on without a subject of its own (每到一处，都认真察看…，),
    and nothing but an adverb stands right before the verb (大家在讨论中认为: 大家 speaks)."""
    *clauses, last = _COMMAS.split(lead)
    if not clauses or not _ADVERBS_ONLY.match(last.strip()):
        return False
    return all(words.SUBJECTLESS_CLAUSE.match(clause) or words.LEAD.match(clause + "，") and len(clause) <= 4
               for clause in clauses if clause.strip())


def _word_goes_on(verb: str, after: str) -> bool:
    """The verb is the start of a longer word: 指标, 说明, 称号, 说实话, 介绍信, 建议名单."""
    if not after or after[0] in "道了着":
        return False
    return words.compound_noun(verb, after) \
        or any(is_common_word(verb + after[:length], 20) for length in (1, 2) if len(after) >= length)


def _confidence(speaker: Speaker, act: Act) -> float:
    base = {"name_verb": 0.9, "interview": 0.95, "meeting": 0.85, "quote_before": 0.85, "title_only": 0.8,
            "pronoun": 0.7, "colon": 0.85}.get(speaker.how, 0.7)
    if act.verb is None:
        base -= 0.2
    return round(base, 2)
