"""Where a statement's words end: the extent of what was said after a verb of saying.

A mixin of the statement reader (composer/people/statements.py): a quotation ends at its
closing mark; a colon's block at its paragraph's end (or a sentence of narration); indirect
speech with its sentence and the sentences after it that go on with it — not narration
(会上，…; 该项目…), not a new subject (他…, 区长李明华…) — and with the paragraphs after it
that continue it (一是…, 此外…, after 取得以下进展。 every paragraph up to another speaker);
an act inside one item of an enumeration ends with its item.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property

from composer.people import speech_words as words
from composer.people.acts import Act
from composer.people.cast import Cast, Ref
from composer.people.names import name_at
from composer.people.titles import SHORT_RANKS
from composer.people.view import SENTENCE_ENDS, View

# A text prints a paragraph a sentence when at least this share of its (at least this many) prose
# paragraphs of at least this many characters hold one sentence each.
SENTENCE_PARAGRAPH_SHARE = 0.8
SENTENCE_PARAGRAPHS_MIN = 4
SENTENCE_PARAGRAPH_MIN_CHARS = 12
SETTING_CLAUSE_MAX_CHARS = 10  # 凌晨十二点左右, 在青石村: a clause of time or place before the one with the subject


class SpanReading:
    """The extents of acts; the reader provides the text, its view, cast and quotations."""

    text: str
    view: View
    cast: Cast
    headings: set[int]
    _inside_quote: list[bool]

    def _clause_end(self, position: int) -> int:
        raise NotImplementedError

    def _at_clause_start(self, clause_start: int, ref_start: int) -> bool:
        raise NotImplementedError

    def _extent(self, act: Act, limit: int) -> int:
        if act.turn_end is not None:
            return min(act.turn_end, max(limit, act.content_start))
        if act.quote_end is not None:
            return min(act.quote_end, limit) if act.quote_end <= limit else act.quote_end
        paragraph = self.view.paragraph_at(act.content_start)
        p_start, p_end = self.view.paragraphs[paragraph]
        if act.colon:
            end = self._block_end(act.content_start, p_end, limit)
        else:
            end = self._sentences_end(act.content_start, p_end, limit, act.verb)
        if end >= p_end:  # (会议指出：⏎…: what a line ending with a colon announced goes on paragraph by paragraph)
            announced = act.colon and self.text[act.content_start - 1 : act.content_start] == "\n"
            end = self._continuation(paragraph, end, limit, announced=announced)
        return min(self._item_end(act, end), limit)

    def _item_end(self, act: Act, end: int) -> int:
        """A speech reported inside one item of an enumeration (二是县领导刘彩凤同志讲话，希望…；
        三是第一书记交流发言。) ends with its item: the next item is the reporter's again."""
        sentence_start, _ = self.view.sentence_at(act.attribution_start)
        item_start = max(sentence_start, self.text.rfind("；", sentence_start, act.attribution_start) + 1)
        if not _ENUMERATED_ITEM.match(self.text, item_start):
            return end
        following = _NEXT_ITEM.search(self.text, act.content_start, end)
        return following.start() if following else end

    def _block_end(self, start: int, p_end: int, limit: int) -> int:
        end = min(p_end, limit)
        sentence_end = start
        while sentence_end < end:
            # the first piece ends with the sentence the block starts in (after its colon), not the next
            following = self.view.sentence_at(start)[1] if sentence_end == start else 0
            stop = max(following or self._next_sentence_end(sentence_end), sentence_end + 1)
            sentence = self.text[sentence_end:stop]
            if sentence_end > start and (words.NARRATION.match(sentence) or words.ATTENDANCE.search(sentence)):
                return sentence_end
            sentence_end = stop
        return end

    def _sentences_end(self, start: int, p_end: int, limit: int, verb: str | None = None) -> int:
        _, end = self.view.sentence_at(start)
        end = self._cut_new_act(start, min(end, p_end), verb)
        while end < p_end and end < limit:
            if self.text[end - 1] not in SENTENCE_ENDS and self.text[end - 1] not in "”’":
                break  # the first sentence was cut at a new act
            next_end = self._next_sentence_end(end)
            sentence = self.text[end:next_end].lstrip("”’ ")
            if next_end <= end or not self._goes_on(end, sentence) or next_end > limit:
                break
            cut = self._cut_new_act(end, next_end, verb)
            if cut <= end:
                break
            end = cut
        return end

    def _next_sentence_end(self, position: int) -> int:
        """The end of the sentence that starts at or after ``position``."""
        for start, end in self.view.sentences:
            if end > position and start >= position - 1:
                return end
        return position

    def _cut_new_act(self, start: int, end: int, verb: str | None = None) -> int:
        """The sentence up to a clause that starts another act of the speaker
        (勉励大家要…，并叮嘱相关部门…; 鼓励…，嘱咐…; 嘱咐…，并提前祝福…; 指出…，希望…) — though after 表示 or
        说 a hope goes on with what was said (表示，…；希望企业…)."""
        position = start
        # (named at the content's start after a verb addressing someone: 叮嘱王某…)
        hearer = name_at(self.text, start) if verb in words.ASK_VERBS else None
        while True:
            comma = _COMMA.search(self.text, position, end)
            if comma is None:
                return end
            clause = self.text[comma.end() : comma.end() + 14]
            new_act = words.NEW_ACT_CLAUSE.match(clause) or words.SPEECH_CLAUSE.match(clause) \
                or words.PRONOUN_ACT_CLAUSE.match(clause)
            hope_goes_on = verb in words.HOPE_GOES_ON_AFTER and clause.startswith("希望")
            # 指出…，希望大家…: after any other verb a hope is an act of its own (as every annotator writes it)
            hope_apart = verb is not None and verb not in words.HOPE_GOES_ON_AFTER and verb != "希望" \
                and clause.startswith("希望")
            if comma.group() == "；" and self._someone_leads_a_clause(comma.end(), self._part_end(comma.end(), end)):
                return comma.start()  # …发挥余热；在劳模某某家，周某认真倾听… — what someone did next, narration
            if hearer is not None and self._hearer_answers(hearer, comma.end()):
                return comma.start()  # 叮嘱王某保重身体…，王某对…深表感谢 — the hearer's reply, the reporter's words
            if new_act and _CORRELATIVE_OPENS.search(self.text, position, comma.start()):
                new_act = None  # 不仅提问题，还提出…: the second half of what the clause before opened, no new act
            if (new_act and not hope_goes_on or hope_apart or self._attendance_from(comma.end(), end)
                    or self._someone_else_too(comma.end())) and not self._inside_quote[comma.start()]:
                return comma.start()
            position = comma.end()

    @staticmethod
    def _and_goes_on(sentence: str) -> bool:
        """并将其转化为发展优势，要立足实际… — a sentence opening with 并 that tells what must be done, nothing done
        before it (no 了): what was said goes on."""
        must = _SPEECH_MARK.search(sentence)
        return must is not None and "了" not in sentence[: must.start()]

    def _hearer_answers(self, hearer: str, clause_start: int) -> bool:
        """The clause at ``clause_start`` is led by ``hearer``, the one the words were told to, named at their start
        (叮嘱王某保重身体，…，王某对…深表感谢): the hearer's reply."""
        return self.text.startswith(hearer, clause_start) \
            and not _POSSESSOR.match(self.text, clause_start + len(hearer)) \
            and not _SPEECH_MARK.search(self.text, clause_start, self._clause_end(clause_start))

    def _part_end(self, start: int, end: int) -> int:
        """The end of the part of a sentence starting at ``start``: the next semicolon, or ``end``."""
        semicolon = self.text.find("；", start, end)
        return end if semicolon < 0 else semicolon

    def _narrates(self, text: str, start: int, end: int) -> bool:
        """A paragraph after a colon line's announcement that is the reporter's again: it names people, has someone
        report or speak (汇报, 发言), or opens with a setting (在…座谈会上，, 签约仪式上，) or 该."""
        return bool(self.cast.refs_between(start, end) or _SETTING_LEAD.match(text) or text.startswith("该")
                    or "汇报" in text or "发言" in text)

    def _someone_else_too(self, start: int) -> bool:
        """…，市信访办主任某某也一同接听了来电。 — a clause led by a name doing the same or going along (也, 一同,
        陪同): the reporter's words about someone else."""
        return any(_ALONG.match(self.text, ref.end)
                   for ref in self._names_opening(start, start + ATTENDANCE_NAME_WITHIN))

    def _attendance_from(self, start: int, end: int) -> bool:
        """…防暑降温工作，区长某某，主任某某参加，负责人全程陪同。 — from ``start`` (a clause opening with a name)
        to the sentence's end: who was there, the reporter's words."""
        return bool(self._names_opening(start, min(end, start + ATTENDANCE_NAME_WITHIN))) \
            and bool(words.ATTENDANCE.search(self.text, start, end)) \
            and not _TASKED.search(self.text, start, end)  # (…，副县长某某要亲自参加调度会: a task)

    def _names_opening(self, start: int, limit: int) -> list[Ref]:
        """The names before ``limit`` that open the clause at ``start`` (with their titles before them)."""
        return [ref for ref in self.cast.refs_between(start, limit)
                if ref.start == start or self._at_clause_start(start, ref.start)]

    def _goes_on(self, start: int, sentence: str) -> bool:
        """The sentence at ``start`` goes on with the speech: it is not narration and
        has no new subject (a person, 他/她) of its own."""
        if not sentence or words.NARRATION.match(sentence) or words.ATTENDANCE.search(sentence):
            return False
        if words.ONE_PERSON_PRONOUN.match(sentence) or _DEMONSTRATIVE_LEAD.match(sentence):
            return False  # 他…; 该项目总投资5亿元 — the reporter's facts about what was visited
        if sentence.startswith("并") and not sentence.startswith(_AND_WORDS) and not self._and_goes_on(sentence):
            return False  # …取得圆满成功。并代表镇党委回答了…: the subject's next deed, the reporter's words
        if _THANKS_GIVEN.match(sentence):
            return False  # …做出更大贡献。对各单位的支持表示了感谢。 — the reporter telling of thanks, no words
        if _THIRD_PERSON.search(sentence) and not _SPEECH_MARK.search(sentence):
            return False  # 这是今年以来他第三次到项目一线调研。 — about people, not words
        if self._someone_leads_a_clause(start, start + len(sentence)):
            return False  # …后，李某这次选举连任失利。; 对…问题，李某一一回应，确保… — what someone did
        if _OTHERS_LEAD.match(sentence) or _RANK_LEADS.match(sentence):
            return False  # 其他县领导也分别…进行了慰问 — what others did; 市长特别交代… — another act, of the mayor
        if _TOUR.search(sentence[: self._clause_end(start) - start + 12]):
            return False  # 在此期间，调研组一行先后深入… — where they went, the reporter's words
        if _NARRATED_ACT.match(sentence):
            return False  # 同时，宣读了…责任清单 — what the speaker did next, the reporter's words
        if _GROUP_SAYS.search(sentence):
            return False  # 困难党员对前来慰问的领导纷纷表示感谢… — a group's words, the reporter's report of them
        if _SOMEONE_ASKS.search(sentence):
            return False  # 针对议员关注…，询问市府如何因应 — the next question, the reporter's words
        if sentence.rstrip("”’ \n").endswith(("？", "?")) and "我" not in sentence and "咱" not in sentence:
            return False  # …的殷切希望。合并后的新城区路在何方？ — the host's or reporter's question
        if words.CONTINUES.match(sentence):
            return True
        return not self._opens_with_someone(start)

    def _someone_leads_a_clause(self, start: int, end: int) -> bool:
        """A person (not a possessor) leads one of the clauses between ``start`` and ``end``
        (…后，李某这次选举连任失利，…) — not a name inside a clause (贯穿了某某思想)."""
        for ref in self.cast.refs_between(start, end):
            clause_start = max(start, *(self.text.rfind(mark, start, ref.start) + 1 for mark in "，；"))
            possessor = _POSSESSOR.match(self.text[ref.end : ref.end + 4])
            # (各街道要…，李某要牵头…: a name given a task in its own clause is still the speech)
            tasked = _SPEECH_MARK.search(self.text, ref.end, self._clause_end(ref.end))
            if self._at_clause_start(clause_start, ref.start) and not possessor and not tasked:
                return True
        return False

    @cached_property
    def _sentence_per_paragraph(self) -> bool:
        """The text sets each sentence as a paragraph (WeChat and many web pages): most of its
        paragraphs of prose hold one sentence, so a paragraph break says no more than a full stop."""
        if len(self.view.paragraphs) < SENTENCE_PARAGRAPHS_MIN:
            return False
        counts = []
        starts = [start for start, _ in self.view.sentences]  # in text order
        for index, (start, end) in enumerate(self.view.paragraphs):
            if index in self.headings or end - start < SENTENCE_PARAGRAPH_MIN_CHARS:
                continue
            counts.append(bisect_left(starts, end) - bisect_left(starts, start))
        single = sum(1 for count in counts if count <= 1)
        return len(counts) >= SENTENCE_PARAGRAPHS_MIN and single >= SENTENCE_PARAGRAPH_SHARE * len(counts)

    def _opens_with_someone(self, start: int) -> bool:
        """A person (not a possessor: 赵革书记的讲话…) leads the sentence's first clause — or its
        second, after a short clause of time or place naming nobody (凌晨十二点左右，封殿辉一行…)."""
        clause_end = self._clause_end(start)
        refs = self.cast.refs_between(start, clause_end)
        setting = clause_end - start <= SETTING_CLAUSE_MAX_CHARS and self.text[clause_end : clause_end + 1] == "，"
        if not refs and setting:
            start = clause_end + 1
            clause_end = self._clause_end(start)
            refs = self.cast.refs_between(start, clause_end)
        for ref in refs:
            if self._at_clause_start(start, ref.start):
                after = self.text[ref.end : ref.end + 4]
                return not _POSSESSOR.match(after)
        return False

    def _continuation(self, paragraph: int, end: int, limit: int, *, announced: bool = False) -> int:
        """Paragraphs after the statement's own that go on with it: lists (一是…), 此外…,
        我们…, a quotation continued — or, after a sentence announcing what follows
        (取得以下进展。), every paragraph until narration or another speaker."""
        said = self.text[self.view.paragraphs[paragraph][0] : end]
        # (…抓好三方面工作： then （一）… paragraphs: a speech that ends its paragraph with a colon announces them)
        colon_line = announced  # (what a line ending with a colon announced: checked for the reporter's paragraphs)
        announced = announced or bool(words.ANNOUNCING.search(said)) or said.rstrip().endswith(("：", ":"))
        index = paragraph
        while index + 1 < len(self.view.paragraphs) and index + 1 not in self.headings:
            n_start, n_end = self.view.paragraphs[index + 1]
            text = self.text[n_start:n_end].strip()
            if n_start >= limit or not text:
                if not text and n_start < limit:
                    index += 1
                    continue
                break
            if _LONE_QUESTION.fullmatch(text):
                break  # 老人最需要什么？ — a subhead or an interviewer's question, not the speaker's
            # (a paragraph that is only a quotation, attributed to nobody, goes on with the speech before it)
            listed = words.CONTINUING_PARAGRAPH.match(text) or _QUOTATION_ALONE.fullmatch(text)
            if self._sentence_per_paragraph:  # a page printing a paragraph a sentence: read them as sentences
                if not self._goes_on(n_start, text):
                    break
            elif not listed and not announced and words.MUST_PARAGRAPH.match(text):
                # 各部门要…: what must be done goes on with the speech, sentence by sentence, unless it
                # names someone (各街道要认真落实周凯书记批示要求 is the reporter's)
                _, first_end = self.view.sentence_at(n_start)
                if words.NARRATION.match(text) or self.cast.refs_between(n_start, first_end):
                    break
                end = self._sentences_end(n_start, n_end, limit)
                if end < n_end:
                    return end
                index += 1
                continue
            elif words.NARRATION.match(text) or not (listed or (announced and not self._opens_with_someone(n_start))) \
                    or colon_line and not listed and self._narrates(text, n_start, n_end):
                break
            end = min(n_end, limit)
            index += 1
            if words.ATTENDANCE.search(text):
                break
        return end


ATTENDANCE_NAME_WITHIN = 24  # characters: a titled name opening the clause (区委副书记、区长某某)
# enumerated items of one sentence: 一是…；二是…；三是…
_ENUMERATED_ITEM = re.compile(r"\s*[一二三四五六七八九十]是")
_NEXT_ITEM = re.compile(r"；\s*[一二三四五六七八九十]是")
# what opens a sentence of narration after a speech: 他… (words.ONE_PERSON_PRONOUN), 该项目…; 他 inside it without a
# mark of speech
_DEMONSTRATIVE_LEAD = re.compile(r"该[\u4e00-\u9fff]")
# 对…表示（了）感谢。, 并向…致以亲切的问候。: a sentence telling of thanks or greetings (not 我们对…, …要…致以敬意,
# …表示衷心的感谢！: words said)
_THANKS_GIVEN = re.compile(
    r"^(?:并|还|同时|也)?[对向](?![^。！？]*(?:我|要|应|须))[^。！？]{1,40}?(?:表示|致以|致)了?[^，。！？]{0,6}"
    r"(?:感谢|谢意|敬意|慰问|欢迎|祝贺|问候|祝福)。?$")
_SETTING_LEAD = re.compile(r"^[^，。：“]{1,16}(?:上|中|后|时|期间)，")
# 并非, 并购, 并列…: words opening with 并 that are no "and then" of the subject's
_AND_WORDS = ("并且", "并非", "并不", "并购", "并列", "并没", "并未", "并无", "并重", "并行", "并举", "并存", "并网",
              "并轨", "并联", "并入", "并表", "并发")
_THIRD_PERSON = re.compile(r"[他她](?![们人])")
_TASKED = re.compile(r"要|必须|务必|应当|需要")
_SPEECH_MARK = re.compile(
    r"要|我们|必须|应当|应该|需要|务必|希望|切实|确保|坚持|负责|牵头|担任|兼任|任[副总]?(?:组长|主任|指挥长)")
_COMMA = re.compile("[，；]")
_CORRELATIVE_OPENS = re.compile("不仅|不但|不只|不光|不单")  # …，还/也/更… completes the clause they open
_QUOTATION_ALONE = re.compile(r"“[^“”]+”[。！？]?|「[^「」]+」[。！？]?")
_LONE_QUESTION = re.compile(r"[^。！？?\n]{1,40}[？?]")
_OTHERS_LEAD = re.compile(  # (…; 有议员关切…, 有记者问…: someone else's turn)
    r"^(?:有(?:议员|代表|委员|记者|网友|市民|居民|群众|专家|企业)|(?:其他|其余|与会|参会|随行|陪同)[^，。]{0,8}?(?:领导|同志|人员|代表|委员|干部|负责人)|[^，。“”]{0,16}?负责人(?:就|对|也|还|表示|介绍))"
)
_RANK_LEADS = re.compile(
    "^(?:" + "|".join(SHORT_RANKS) + r")(?:特别|特意|也|还|又|则|亲自|随后|接着|最后|" + "|".join(words.VERBS) + ")"
)
_TOUR = re.compile(r"(?<![统进逐单唯执运发])一行(?![动业为])|先后(?:深入|来到|前往|走进|考察|参观|察看|调研)")
_NARRATED_ACT = re.compile(
    r"(?:同时|随后|之后|最后)?，?(?:还|又|并)?(?:宣读|听取|察看|查看|参观|观看|召开|主持|走访|看望|慰问|视察|考察|检查|观摩)了")
_ALONG = re.compile(r"(?:也|还)?(?:一同|一起|陪同|随同)|也(?!要|应|需|必须|务必|不能)")
_GROUP_SAYS = re.compile(r"(?:纷纷|一致|均)(?:表示|认为|称赞|说)")
_SOMEONE_ASKS = re.compile(r"询问|提问|问及|质询|追问|问道|提出质疑")
# 赵革书记的讲话: a name that owns, not one that acts
_POSSESSOR = re.compile(r"^(?:[一-鿿]{0,3}的)")
