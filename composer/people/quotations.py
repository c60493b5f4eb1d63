"""Quotations before their speaker: “……”王少峰说。, “……”这位局长说。, “……”这是王静常说的一句话, and a
paragraph that is only a quotation, attributed by the person who opens the next one (the lead of a 两会
story); and what someone's answer or stance is, after its colon (李强的回答很干脆：“……”). A mixin of the statement
reader (composer/people/statements.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property

from composer.people import speech_words as words
from composer.people.acts import Act, Speaker
from composer.people.cast import Cast, Member, Ref
from composer.people.view import View

VERB_AFTER_ACTION_MAX_CHARS = 16  # 拉着老人的手 between the speaker and 说。
_AFTER_LAST_OF_CHAIN = ("", "。", "，", "；", "\n", "“")
_UTTERANCE_ENDS = ("？", "！", "。", "…")  # (the view folds ? and ! to their full forms)
_CLAUSE_BREAK = re.compile(r"[，。；：！？“”\n]")
_SENTENCE_END_AFTER_VERB = re.compile(r"[道着了]?[。！]")

class QuoteReading:
    """The acts of quotations printed before who said them; the reader provides the text, its view,
    cast and quotation pairs, and how to find a clause's subject."""

    text: str
    view: View
    cast: Cast
    quotes: dict[int, int]
    _inside_quote: list[bool]
    # (an annotation, not a stub: JointReading, later in the reader's bases, implements it)
    _listed_with: Callable[[Ref, list[Ref]], list[Ref]]

    def _clause_end(self, position: int) -> int:
        raise NotImplementedError

    def _at_clause_start(self, clause_start: int, ref_start: int) -> bool:
        raise NotImplementedError

    def _clause_starts(self, sentence_start: int, position: int) -> list[int]:
        raise NotImplementedError

    def _is_object(self, ref: Ref, clause_start: int) -> bool:
        raise NotImplementedError

    def _person(self, ref: Ref) -> Speaker:
        raise NotImplementedError

    def _pronoun(self, position: int) -> list[Speaker] | None:
        raise NotImplementedError

    def _title_before(self, name: str, floor: int, position: int) -> int:
        raise NotImplementedError

    def _quoted(self, act: Act) -> Act:
        raise NotImplementedError

    def _possessed_sayings(self, covered: list[tuple[int, int]]) -> list[Act]:
        """李强的回答很干脆：“……” / 王静的态度很明确：…: what someone's answer or stance is, after its colon."""
        acts = []
        for match in words.POSSESSED_SAYING.finditer(self.text):
            ref = self.cast.ref_ending_at(match.start())
            if ref is None or any(s <= match.start() < e for s, e in covered):
                continue
            verb = match.group("noun") if match.group("noun").startswith(("回", "答")) else "表示"  # (a stance)
            acts.append(self._quoted(Act(ref.start, match.end(), [self._person(ref)], verb, True, verb_start=ref.end)))
        return acts

    def _chained_closing(self, closing: int) -> int:
        """询问：“…？”、“…？”“…？” — questions quoted one right after another after one verb, or sentences listed
        with 、, are all what it said: the closing mark of the last (never terms: 强调“四个意识”“两个维护”)."""
        while self.text[closing - 1 : closing] in _UTTERANCE_ENDS:
            listed = self.text[closing + 1 : closing + 2] == "、"
            if not listed and self.text[closing - 1] != "？":
                break  # (…进来的。”“大家都看着我们呢！”: a statement then a remark, each its own; questions run on)
            following = closing + 1 + listed
            next_closing = self.quotes.get(following) if self.text[following : following + 1] == "“" else None
            # (…？”“……。”听到表扬，她…: a quotation the narration goes on from is a remark of its own)
            if next_closing is None or self.text[next_closing + 1 : next_closing + 2] not in _AFTER_LAST_OF_CHAIN \
                    or not listed and self.text[next_closing - 1] != "？":  # (…远不远？”“不远…。”: the answer)
                break
            closing = next_closing
        return closing

    # -- quotations before their speaker -----------------------------------------------------------
    def _quote_acts(self, covered: list[tuple[int, int]]) -> list[Act]:
        acts = []
        for opening, closing in self.quotes.items():
            if any(s <= opening < e for s, e in covered) or not self._stands_as_sentence(opening, closing):
                continue
            _, sentence_end = self.view.sentence_at(closing + 1) if closing + 1 < len(self.text) else (0, closing)
            after = self._after_quote(closing)
            saying = self._saying_of(after, opening, closing)
            if saying is not None:
                acts.append(saying)
                continue
            words_of = self._words_of(after)
            if words_of is not None:  # “……”郑部长的话消除了我的紧张。: the words are his
                acts.append(Act(opening, opening + 1, [words_of], None, quote_end=closing))
                continue
            so_said = self._so_said_by(after)
            if so_said is not None:  # “……”昨日上午，正在…的市长王某在…时这样说。
                acts.append(Act(opening, opening + 1, [so_said[0]], so_said[1], quote_end=closing))
                continue
            lead = words.QUOTE_TAIL_LEAD.match(self.text, after)
            saying_lead = lead is not None and self.text.startswith("说", after)  # “……”说这话时，王静…
            if lead is not None and self.cast.refs_between(lead.end(), lead.end() + 12):
                after = lead.end()  # “……”在座谈会上，王静这样说。
            else:
                after = self._after_setting(after)  # “……”临别时，王静再三叮嘱。
            clause_end = self._clause_end(after)
            # (…拉住副镇长王敏的手: a possessor followed by 的 is no speaker)
            refs = [r for r in self.cast.refs_between(after, min(clause_end, after + 40))
                    if not self._is_object(r, after) and self.text[r.end : r.end + 1] != "的"]
            speaker: list[Speaker] | None = None
            verb = None
            head_end = after
            if words.ONE_PERSON_PRONOUN.match(self.text, after):
                speaker = self._pronoun(after)
                head_end = after + 1
            elif refs:  # (“……”检察官甲、乙等提出: each of those listed)
                listed = self._listed_with(refs[0], refs[1:])
                speaker = [self._person(ref) for ref in listed]
                head_end = listed[-1].end
            if not speaker:
                described = words.DESCRIBED_SPEAKER.match(self.text, after, clause_end + 1)
                if described is None:
                    continue
                # “……”区人大代表、种粮大户范金凤说。 — someone the article does not introduce: a
                # remark, and the end of whatever statement came before
                printed = described.group("who")[-12:]
                holder = self._described_holder(after, described.start("verb"))
                who = Speaker(printed, None, "other", False, "quote_before") if holder is None else \
                    Speaker(holder.name, holder.name, "person", holder.is_official, "quote_before")
                verb_said = words.verb_form(described.group("verb"))
                acts.append(Act(opening, opening + 1, [who], verb_said, quote_end=closing))
                continue
            said = words.VERB.search(self.text, head_end, clause_end)
            viewed = _SO_VIEWED.search(self.text, head_end, clause_end) if refs else None
            question = self.text[closing - 1 : closing] in ("？", "?")
            asked = _ASKED_AT_END.search(self.text, head_end, clause_end + 1) if refs and question else None
            described_first = bool(refs) and bool(_DESCRIBED_BEFORE_NAME.fullmatch(self.text, after, refs[0].start))
            if said is not None and (words.GAP.match(self.text[head_end : said.start()])
                                     or self._verb_ends_sentence(head_end, said)):
                verb = words.verb_form(said.group())
            elif asked is not None and (described_first or self._at_clause_start(after, refs[0].start)):
                verb = "问"  # “……？”老家在外省的某某指着饭菜笑着问。
            elif (manner_said := self._said_in_manner(clause_end)) is not None:
                verb = manner_said  # “……”他握着老人的手，诚挚地说。
            elif viewed is not None and len(refs) == 1:
                verb = viewed.group("verb")  # “……”刚当选市长的王建新1日接受专访时这样看待新角色。
            elif refs and not self._at_clause_start(after, refs[0].start):
                continue  # “……”正在装箱的村民王秀英笑着说: the name must lead, or a verb must follow it
            elif clause_end - head_end > 6 and not self._official_acts_after(opening, closing, refs):
                continue
            if verb is None and self._someone_else_says_it(head_end, asks=question) \
                    or self._addressed_in_it(opening, speaker):
                continue
            for s in speaker:
                s.how = "quote_before"
            acts.append(Act(opening, opening + 1, speaker, verb or ("说" if saying_lead else None), quote_end=closing))
        return [each for act in acts for each in self._with_quotations_before(act, covered)]

    def _after_setting(self, after: int) -> int:
        """看着焕然一新的小区，王静… / 临别时，王静… / 在南城区、北城区，每到一处，王静…: one or two short clauses
        naming nobody and saying nothing after a quotation, then a clause its speaker leads (a name, or 他/她) —
        where that clause starts (else ``after``)."""
        start = after
        for _ in range(2):
            comma = self._setting_end(start)
            if comma is None:
                return after
            start = comma + 1
            if words.ONE_PERSON_PRONOUN.match(self.text, start):
                return start  # “……”在察看食堂后，他叮嘱道。
            refs = self.cast.refs_between(start, start + SUBJECT_AFTER_SETTING_WITHIN)
            if refs and self._at_clause_start(start, refs[0].start):
                return start
        return after

    def _setting_end(self, start: int) -> int | None:
        """The comma ending a setting clause at ``start``: short (a place list after 在 may run longer), no
        sentence break, nobody named, no verb of saying."""
        longest = QUOTE_PLACES_MAX_CHARS if self.text.startswith("在", start) else QUOTE_SETTING_MAX_CHARS
        comma = self.text.find("，", start, start + longest + 1)
        if comma <= start or _SENTENCE_BREAK.search(self.text, start, comma) or self.cast.refs_between(start, comma) \
                or words.VERB.search(self.text, start, comma):
            return None
        return comma

    def _so_said_by(self, after: int) -> tuple[Speaker, str] | None:
        """“……”昨日上午，正在西安开会的市长王某在群聊即将结束时这样说。 — the sentence after a quotation ends with
        这样说 (如是说, 这样表示…) and names one person, however far from its start: that person said it — unless
        they are the object (看到市长某某…) or someone else leads the last clause (…，村民王大爷高兴地这样说)."""
        _, sentence_end = self.view.sentence_at(after)
        said = _SO_SAID_AT_END.search(self.text, after, sentence_end)
        if said is None or sentence_end - after > SO_SAID_SENTENCE_MAX_CHARS:
            return None
        refs = self.cast.refs_between(after, said.start())
        if not refs or any(ref.name != refs[0].name for ref in refs):
            return None
        # (看到市长李明走进院子，村民王大爷这样说: the one seen is no speaker; someone else speaks after him)
        clause_start = max(after, self.text.rfind("，", after, refs[0].start) + 1)
        title_start = self._title_before(refs[0].name, clause_start, refs[0].start)
        last_clause = max(refs[-1].end, self.text.rfind("，", refs[-1].end, said.start()) + 1)
        if words.OBJECT_MARK.search(self.text, clause_start, title_start) \
                or last_clause > refs[-1].end and _SOMEONE_ELSE.search(self.text, last_clause, said.start()):
            return None
        speaker = self._person(refs[0])
        speaker.how = "quote_before"
        return speaker, said.group("verb")

    def _said_in_manner(self, clause_end: int) -> str | None:
        """“……”他亲切地握着老人的手，诚挚地说。 — after the clause the speaker leads, a last clause that is only
        how they said it (a manner, the verb, the sentence's end): its verb says the quotation."""
        if not self.text.startswith("，", clause_end):
            return None
        manner = _MANNER.match(self.text, clause_end + 1)
        if manner is not None and (_SOMEONE_ELSE.search(manner.group()) or self.cast.refs_between(*manner.span())):
            return None  # (“……”市长走进院子，村民激动地说。: someone else says it)
        said = words.VERB.match(self.text, manner.end() if manner else clause_end + 1)
        if said is None or not _SENTENCE_END_AFTER_VERB.match(self.text, said.end()):
            return None
        return words.verb_form(said.group())

    def _official_acts_after(self, opening: int, closing: int, refs: list[Ref]) -> bool:
        """“去年产值怎么样？”赵某实地察看企业… — a whole sentence quoted, then an official leading the clause after
        it, no verb of saying: what the official said there (the clause tells what they did as they said it)."""
        quoted = self.text[opening + 1 : closing]
        return bool(refs) and quoted[-1:] in "。！？" and self._person(refs[0]).official \
            and len({ref.name for ref in refs}) == 1

    def _someone_else_says_it(self, position: int, *, asks: bool = False) -> bool:
        """“……”市长李某走进院子，村民激动地说。 — a later clause of the sentence has someone else say it; a question
        someone else asks (“……？”能采访这么多市长，记者争相发问。)."""
        _, sentence_end = self.view.sentence_at(position)
        later = self._clause_end(position)
        if asks and _REPORTERS_ASK.search(self.text, later, sentence_end):
            return True
        verb = words.VERB.search(self.text, later, sentence_end)
        if verb is None:
            return False
        return any(not _INSTRUCTED.search(self.text, max(later, other.start() - 8), other.start())
                   for other in _SOMEONE_ELSE.finditer(self.text, later, verb.start()))

    def _addressed_in_it(self, opening: int, speakers: list[Speaker]) -> bool:
        """“周部长留步，……？”周某停住脚步… — the quotation opens by calling the one named after it: said to him."""
        called = _CALLED.match(self.text, opening + 1)
        surname = called.group("who")[:-2] if called else ""  # (every rank called by is of two characters)
        return bool(surname) and any(s.name is not None and s.name.startswith(surname) for s in speakers)

    def _with_quotations_before(self, act: Act, covered: list[tuple[int, int]]) -> list[Act]:
        """“身体还好吗？”“有什么困难尽管说。”李强说。 — quotations set one right after another before the speaker
        are all what was said, one act; but remarks sampled from many (the run ends in ……) are acts each, questions
        running on into what follows them (“要拓宽用人渠道。”“建议严把进人关”……检察长某某提出了9条意见: two acts)."""
        closings, last = self._openings_by_closing, act.quote_end
        assert last is not None  # (every act read here ends with its quotation)
        run = [(act.attribution_start, last)]  # the quotations of the run, last first
        while True:
            before = run[-1][0] - 1
            while before >= 0 and self.text[before] in " \u3000":
                before -= 1
            opening = closings.get(before)
            if opening is None or any(s <= opening < e for s, e in covered) or self.text[opening - 1 : opening] == "：":
                break  # (指着说：“……” is what that verb said: no quotation of the speaker after it)
            run.append((opening, before))
        if len(run) == 1:
            return [act]
        sampled = self.text.startswith("…", last + 1)  # (“…”“…”……: remarks sampled from many, each apart)
        acts, group_start = [], None
        for opening, closing in reversed(run):
            group_start = opening if group_start is None else group_start
            # (a proposal of eight characters or more stands apart: “探索建立企业附条件不起诉制度”“…”; a term does not)
            said_apart = sampled and closing != last and self.text[closing - 1 : closing] not in ("？", "?") \
                and (self._stands_as_sentence(opening, closing) or closing - opening > PROPOSAL_MIN_CHARS)
            if said_apart or closing == last:
                acts.append(Act(group_start, group_start + 1, act.speakers, act.verb, quote_end=closing))
                group_start = None
        return acts

    @cached_property
    def _openings_by_closing(self) -> dict[int, int]:
        return {closing: opening for opening, closing in self.quotes.items()}

    def _verb_ends_sentence(self, head_end: int, said: re.Match[str]) -> bool:
        """“……”李强拉着老人的手说。 — whatever stands between the speaker and a verb of saying that ends
        the sentence (no comma, a few words), the verb says nothing else: the quotation is what was said."""
        between = self.text[head_end : said.start()]
        if len(between) > VERB_AFTER_ACTION_MAX_CHARS or _CLAUSE_BREAK.search(between):
            return False
        if _SENTENCE_END_AFTER_VERB.match(self.text, said.end()):
            return True
        # “……”钱明在现场叮嘱项目负责人。: whom the words were for, then the sentence ends
        rest = self.text[said.end() : self._clause_end(said.end()) + 1]
        return said.group() in words.ASK_VERBS and words.HEARERS_ONLY.match(rest) is not None

    def _comma_quote_acts(self, covered: list[tuple[int, int]]) -> list[Act]:
        """周凯是首次亮相，“今后我将……。” — a quotation in the first person after a comma, no verb of
        saying: the words of the person the sentence is about (its subject, named at its start). So after a
        full stop in the same paragraph: 部长钟山出现在通道上。“这是我就任以来第一次…。”"""
        acts = []
        for opening, closing in self.quotes.items():
            if opening == 0 or self.text[opening - 1] not in "，。" or any(s <= opening < e for s, e in covered):
                continue
            quoted = self.text[opening + 1 : closing]
            if "我" not in quoted or not (quoted.endswith(("。", "！", "？")) or self.text[closing + 1 : closing + 2]
                                         in ("。", "！", "？", "\n", "")):
                continue
            if words.VERB.search(self.text, closing + 1, self._clause_end(closing + 1)):
                continue  # (“……。”项目负责人说。: its speaker named after it)
            sentence_start, _ = self.view.sentence_at(opening if self.text[opening - 1] == "，" else opening - 1)
            refs = self.cast.refs_between(sentence_start, opening)
            if not refs or any(r.name != refs[0].name for r in refs) \
                    or words.VERB.search(self.text, refs[0].end, opening) \
                    or _AMONG_OTHERS.search(self.text, refs[0].end, opening):
                continue  # (王静来到村民家中，“我家…”: the words of whoever was visited)
            if not self._at_clause_start(self._clause_starts(sentence_start, refs[0].start)[-1], refs[0].start):
                continue  # (3月5日，区长李强谈起…: the subject may open a later clause of the sentence)
            speaker = self._person(refs[0])
            speaker.how = "quote_before"
            acts.append(Act(refs[0].start, opening + 1, [speaker], None, quote_end=closing, verb_start=refs[0].end))
        return acts

    def _saying_of(self, after: int, opening: int, closing: int) -> Act | None:
        """“……”这是王静常说的一句话。 — the quotation is that person's saying."""
        match = words.HIS_SAYING.match(self.text, after)
        if match is None:
            return None
        who_start = match.start("who") if match.group("who") else match.start("who2")
        refs = self.cast.refs_between(who_start, who_start + 12)
        if refs and refs[0].start == who_start:
            speaker = self._person(refs[0])
        elif self.text.startswith(("他", "她"), who_start) and (pronoun := self._pronoun(who_start)):
            speaker = pronoun[0]
        else:
            return None
        speaker.how = "quote_before"
        return Act(opening, opening + 1, [speaker], "说", quote_end=closing)

    def _lead_quote_acts(self, acts: list[Act]) -> list[Act]:
        """A paragraph that is only a quotation, attributed by the person who opens the
        next paragraph (the lead of a 两会 story): no verb."""
        found = []
        paragraphs = self.view.paragraphs
        for (start, end), (next_start, _) in zip(paragraphs, paragraphs[1:]):
            text = self.text[start:end].rstrip("。 ")
            if not text.startswith("“") or self.quotes.get(start) != start + len(text) - 1:
                continue
            if any(a.content_start <= start + 1 < (a.quote_end or a.content_start + 1) for a in acts):
                continue
            opener = next((a for a in acts if next_start <= a.attribution_start < next_start + 40
                           and a.speakers and a.speakers[0].kind == "person"
                           and self._at_clause_start(next_start, a.attribution_start)), None)
            if opener is None:
                continue
            speakers = [Speaker(s.printed, s.name, s.kind, s.official, "context_only") for s in opener.speakers]
            found.append(Act(start, start + 1, speakers, None, quote_end=start + len(text) - 1))
        return found

    def _narrated_quote_acts(self, acts: list[Act]) -> list[Act]:
        """“……”听到表扬，张雁有些忐忑的心放松了。“……”她说。 — a quotation standing alone, then a sentence about
        one person (no saying in it), then a quotation that person said: both are theirs."""
        found = []
        said = {a.content_start - 1: a for a in acts if a.quote_end is not None and a.speakers
                and a.speakers[0].kind == "person" and a.speakers[0].how in ("quote_before", "pronoun")}
        openings = sorted(self.quotes) if said else []  # (no quotation said by one person: nothing to look for)
        for opening, following in zip(openings, openings[1:]):
            later = said.get(following)
            if later is None or _read_by_an_act(acts, opening):
                continue
            closing = self.quotes[opening]
            between = self.text[closing + 1 : following]
            if not self._stands_as_sentence(opening, closing) or "\n" in between \
                    or not 0 < len(between) <= NARRATED_QUOTE_GAP or words.VERB.search(between):
                continue
            refs = self.cast.refs_between(closing + 1, following)
            speaker = later.speakers[0]
            if len(refs) != 1 or self._person(refs[0]).name != speaker.name:
                continue
            found.append(Act(opening, opening + 1, [Speaker(speaker.printed, speaker.name, "person",
                                                            speaker.official, "quote_before")], None,
                             quote_end=closing))
        return found

    def _quote_after_topic_acts(self, acts: list[Act]) -> list[Act]:
        """何晓燕还介绍了居民收入情况。“一季度，……” — a quotation standing alone right after a sentence in
        which one person (its subject) takes up a topic (介绍了/谈到/说起…): the quotation is what they said."""
        found = []
        for opening, closing in self.quotes.items():
            if opening == 0 or self.text[opening - 1] not in "。！？" or not self._stands_as_sentence(opening, closing):
                continue
            start, _ = self.view.sentence_at(opening - 1)
            refs = self.cast.refs_between(start, opening)
            topic = _TAKES_UP_TOPIC.match(self.text, refs[0].end) if refs else None
            if topic is None or any(r.name != refs[0].name for r in refs) \
                    or not self._at_clause_start(start, refs[0].start) \
                    or words.VERB.search(self.text, topic.end(), opening) \
                    or _read_by_an_act(acts, opening):
                continue
            speaker = self._person(refs[0])
            speaker.how = "quote_before"
            found.append(Act(opening, opening + 1, [speaker], None, quote_end=closing))
        return found

    def _wish_named_after_acts(self, covered: list[tuple[int, int]]) -> list[Act]:
        """青石区要当好“四个表率”…。这是前日市长彭建国到源城区调研时对该区寄予的殷切希望。 — a lead that says
        what was asked, then whose hope or demand it was: the sentences before 这是 are that person's."""
        found = []
        for match in _THIS_WAS_THEIR_WISH.finditer(self.text):
            p_start, _ = self.view.paragraphs[self.view.paragraph_at(match.start())]
            if match.start() == p_start or match.start() - p_start > WISH_CONTENT_MAX_CHARS \
                    or self.text[match.start() - 1] not in "。！" \
                    or any(s < match.start() and p_start < e for s, e in covered):
                continue
            refs = self.cast.refs_between(match.start(), match.end())
            if len({r.name for r in refs}) != 1 or self.cast.refs_between(p_start, match.start()):
                continue
            speaker = self._person(refs[0])
            speaker.how = "quote_before"
            found.append(Act(p_start, p_start, [speaker], match.group("noun"), quote_end=match.start()))
        return found

    def _described_holder(self, start: int, verb_start: int) -> Member | None:
        """“……”这位局长说。 — the one member who holds that rank."""
        described = words.THIS_HOLDER.match(self.text[start:verb_start])
        return self.cast.holder_of(described.group("rank")) if described else None

    def _words_of(self, after: int) -> Speaker | None:
        """“……”王某的一席话… / 郑部长的回答… / 他的回答直接有力: a person's words, named (or pointed to) right
        after the quotation."""
        if self.text[after : after + 1] in ("他", "她") and _WORDS_OF.match(self.text, after + 1):
            # (the one person named in the paragraph before the quotation: 他 is then unambiguous)
            p_start, _ = self.view.paragraphs[self.view.paragraph_at(after)]
            named = {r.name: r for r in self.cast.refs_between(p_start, after) if not self._inside_quote[r.start]}
            _, sentence_end = self.view.sentence_at(after)
            if len(named) != 1 or self.cast.refs_between(after, sentence_end):
                return None  # (“……”他的回答让王某很欣慰: 王某 heard it, the one who answered is someone else)
            speaker = self._person(named.popitem()[1])
        elif (ref := next((r for r in self.cast.refs_between(after, after + 8) if r.start == after), None)) is None \
                or not _WORDS_OF.match(self.text, ref.end):
            return None
        else:
            speaker = self._person(ref)
        speaker.how = "quote_before"
        return speaker

    def _described_topics(self) -> list[tuple[int, str]]:
        """Someone the article does not introduce, quoted before being described —
        “……”区人大代表、种粮大户范金凤说。她建议… —: the 她 that follows is that person, not
        the official named before the quotation."""
        found = []
        # (where a verb of saying ends, then a mark: the description is read only after a quotation with one in reach)
        verb_ends = [m.end() for m in _DESCRIBED_VERB.finditer(self.text)]
        for closing in self.quotes.values() if verb_ends else ():
            after = self._after_quote(closing)
            limit = min(len(self.text), after + 40)
            if not any(after < end <= limit for end in verb_ends):
                continue
            described = words.DESCRIBED_SPEAKER.match(self.text, after, limit)
            if described is not None and not self.cast.refs_between(after, described.end("who")):
                found.append((after, described.group("who")[-12:]))
        return found

    def _after_quote(self, closing: int) -> int:
        """Where the words after a closing quotation mark start (past its comma): its speaker, if any."""
        after = closing + 1
        if self.text[after : after + 1] == "。" and self.text[closing - 1 : closing] not in ("。", "！", "？"):
            after += 1  # “……要准备的”。孟某透露，…: the full stop set outside the quotation ends it
        while after < len(self.text) and self.text[after] in "，, …":  # (“……”……某某说: an ellipsis too)
            after += 1
        return after

    def _stands_as_sentence(self, opening: int, closing: int) -> bool:
        before = self.text[opening - 1] if opening > 0 else "\n"
        quoted = self.text[opening + 1 : closing]
        # (…妙语连珠，“……。”陈某说。: after a comma, a quotation that ends its own sentence stands as one too)
        whole = before in "\n。！？”）" or before == "，" and quoted.rstrip()[-1:] in ("。", "！", "？")
        return whole and len(quoted) >= 6 and bool(_CLAUSE_MARK.search(quoted))


def _read_by_an_act(acts: list[Act], opening: int) -> bool:
    """Whether the quotation opening at ``opening`` is already the content of one of ``acts``."""
    return any(a.content_start <= opening + 1 <= (a.quote_end or a.content_start) for a in acts)


_CLAUSE_MARK = re.compile(r"[，。！？；]")
# 周部长留步, 王书记，…: a surname and rank calling someone at a quotation's start
_CALLED = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{1,2}(?:书记|部长|市长|县长|区长|省长|主任|局长|厅长|主席|镇长|乡长|委员|代表))"
    r"(?=[，,！!]|留步|好|您|请)"
)
PROPOSAL_MIN_CHARS = 8
_DESCRIBED_VERB = re.compile(rf"(?:{words.DESCRIBED_VERBS})[。，！]")  # (DESCRIBED_SPEAKER's verbs, then a mark)
# between the subject and a comma's quotation: a visit, a home, other people — the words may be theirs
_AMONG_OTHERS = re.compile(
    r"来到|走进|走访|看望|慰问|询问|家中|家里|群众|村民|居民|市民|老人|孩子|职工|工人|代表|委员|记者|企业"
)
# 何晓燕还介绍了居民收入情况。 / 王静随后谈到老旧小区改造。: the subject takes up a topic, the quotation follows
_TAKES_UP_TOPIC = re.compile(
    r"(?:还|又|也|随后|接着|进一步|详细|重点|专门|特别)*(?:介绍了|介绍|谈到了|谈到|谈起|说起|讲述了|讲述|回忆起|谈及|提到|讲起|解读了)")
# 这是…市长彭建国…对该区寄予的殷切希望。: whose hope, demand or charge the sentences before were
_THIS_WAS_THEIR_WISH = re.compile(
    r"这(?:是|正是|也是|就是)(?P<who>[^。！？\n“”]{2,50}?)(?:寄予|提出|作出|发出|给予|表达)?的(?:殷切|殷殷|明确|最大)?"
    r"(?P<noun>希望|期望|期盼|要求|嘱托|嘱咐|寄语)[。！]")
WISH_CONTENT_MAX_CHARS = 300
_MANNER = re.compile(r"[\u4e00-\u9fff]{1,4}地|笑着|又|再次|一再|反复")
QUOTE_SETTING_MAX_CHARS = 16  # a clause of time, place or what was seen between a quotation and its speaker
QUOTE_PLACES_MAX_CHARS = 40  # 在东湖区、青石镇、…、北城区，: the places a visit went through
_SENTENCE_BREAK = re.compile(r"[。！？；：“”\n]")
# characters from a setting's comma to the end of the name leading the next clause (its titles before it:
# 区委书记、高新区党工委书记周某一行…)
SUBJECT_AFTER_SETTING_WITHIN = 30
NARRATED_QUOTE_GAP = 40  # characters of narration between a lone quotation and its speaker's next one
# “……”郑部长的话…, 王某的一席话…: the quotation named as someone's words (not 的话题, 的问题)
_WORDS_OF = re.compile(r"的(?:一席|这番|这几句|这句)?(?:话|回答|答复|回应)(?![题务费])")
# who else may say a quotation in a later clause: “……”市长李某走进院子，村民激动地说。
# 并叮嘱相关职能部门…, 为企业发展…: those an official instructs or acts for, not someone else saying it
# (…将慰问品送到环卫工人手中: where something goes, no one else's saying)
_INSTRUCTED = re.compile(r"(?:叮嘱|要求|嘱咐|告诉|鼓励|勉励|希望|对|向|给|为|与|和|送到|交到|递到|发到)[^，。；]{0,6}$")
_SOMEONE_ELSE = re.compile(r"村民|居民|市民|群众|老人|职工|工人|农民|代表|委员|记者|网友|大爷|大妈|阿姨|师傅|学生|孩子|"
                           r"老师|医生|负责人|党员|志愿者|商户|游客|专家|企业")
# 记者争相发问 — the reporters asking (not 向企业负责人发问: the one asked)
_REPORTERS_ASK = re.compile(r"(?<![向对给问])(?:记者|媒体)[^，。；向对给]{0,8}(?:[发提追]问|问道|提出问题)")
_SO_SAID_AT_END = re.compile(r"(?:这样|如是|这么)(?P<verb>说|表示|讲|回答|感慨)道?[。！]?$")
SO_SAID_SENTENCE_MAX_CHARS = 80  # the sentence naming who said a quotation “这样说” is no longer
# “……？”老家在外省的某某…笑着问。: a question's asker, described before the name, the verb ending the clause
# (not 慰问, 访问, 顾问…)
_ASKED_AT_END = re.compile(r"(?<![慰访顾学疑询审拷质])问(?:道)?(?=[。！])")
_DESCRIBED_BEFORE_NAME = re.compile(r"[^，。！？；“”\n]{2,12}的")
# …这样看待新的角色, …如是评价: the quotation is how the one named in the clause sees it (whatever else describes them)
_SO_VIEWED = re.compile(r"(?:这样|如此|如是)(?P<verb>看待|评价|形容|描述|概括|总结|解释|回应|说|表示|谈到|讲)")
