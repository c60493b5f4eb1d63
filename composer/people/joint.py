"""Several people as one subject: 何智、陈玉莲表示 (right before the verb), 县领导王强、李明、赵刚等…，希望…
(listed as the subject of an earlier clause, or a clause each: 主任甲，主席乙，副市长丙等…), 他们要求 after such a
list, 两人都表示, a title several hold — a joint act is each one's (realtext's rule: one item per official); and
speakers printed as a description (居民们, 企业负责人, 一旁的翻译). A mixin of the statement reader
(composer/people/statements.py)."""

from __future__ import annotations

import re

from composer.common.lexicon import is_common_word
from composer.people import speech_words as words
from composer.people.acts import Speaker
from composer.people.cast import Cast, Ref
from composer.people.names import COMMON_SURNAMES, name_at
from composer.people.titles import SHORT_RANKS
from composer.people.view import View

# how someone spoke, between their name and the verb: 激动地, 高兴的 (misprinted), 笑着
_MANNER_WORDS = frozenset(("笑着", "动情", "感慨", "激动", "高兴", "连连", "不住"))
_ADDRESSED = re.compile(r"^[对跟]|(?<=[并还又地的着，])[对向跟给]")  # (向阳社区, 给排水公司 open a name)
STRANGER_GIVEN_WORD_FREQUENCY = 1000  # 曾多次: a given name that common a word is that word (董海山 keeps 海山)
_LIST_JOINS = frozenset(("、", "和", "与", "及"))
_REPORT_SUBJECT = re.compile(r"^(?:该|这份|这个)?(?:[\u4e00-\u9fff]{0,6}工作)?报告$")
_REPORT_MADE = re.compile(r"(?:所作的|作的|作了|作)[^。，\n]{0,20}报告")
_ON_BEHALF = re.compile(r"(?:代表[^，。]{1,12})?")  # 某某代表镇政府作政府工作报告
TOPIC_LIST_REACH = 80  # characters: a list of officials opening a sentence (甲、乙、丙等领导) lies within them
_AND_THEN = frozenset(("并", "并且", "同时"))  # a predicate going on with the clause before it
# …主任乙肯定了…工作，并叮嘱…: an appraisal by the one named, which the act after 并 goes on with
_APPRAISES = re.compile(r"(?:同志)?(?:充分|高度|也)?(?:肯定|赞扬|表扬|称赞|认可|感谢|评价)")
_ACTS_ON_SOMEONE = re.compile(r"会见|会晤|接见|看望|慰问|走访|拜访|探望|陪同|邀请|宴请|听取|了|向|对|为|给")
# (代表镇党委: on its behalf)
_OFFICE_AS_OBJECT = re.compile(r"按照|根据|依照|遵照|落实|贯彻|执行|响应|一定|必须|要|经|由|向|对|^并?代表")
_ROLE_LEADS = re.compile(
    r"^(?:一[旁边位名]的?|身边的|现场的)?(?P<role>翻译|译员|记者|主持人|工作人员|志愿者)(?!们?[的之]|[服协队站团组中部])"
)
SHARED_TITLE_MIN_CHARS = 4  # 常委会副主任 shared by several is meant as all of them; 副主任 alone is too vague
_COUNTS = {"两": 2, "二": 2, "2": 2, "三": 3, "3": 3, "四": 4, "4": 4}
_COUNTED_HOLDERS = re.compile(
    r"^(?:另外|其余|这|此|上述)?(?P<count>[两二三四234])位"
    r"(?P<title>[\u4e00-\u9fff]{0,4}?(?:" + "|".join(SHORT_RANKS) + r"))(?=[\u4e00-\u9fff])"
)
_SHARED_TITLE_LEAD = re.compile(
    r"^(?P<title>[\u4e00-\u9fff]{0,6}?(?:" + "|".join(SHORT_RANKS) + r"))(?:们)?(?=[对在就向也还都均分一])"
)


class JointReading:
    """Subjects that are lists of people; the reader provides the text, view and cast and how to read a clause."""

    text: str
    view: View
    cast: Cast

    def _title_before(self, name: str, lower: int, position: int) -> int:
        raise NotImplementedError

    def _person(self, ref: Ref) -> Speaker:
        raise NotImplementedError

    def _is_object(self, ref: Ref, clause_start: int) -> bool:
        raise NotImplementedError

    def _at_clause_start(self, clause_start: int, ref_start: int) -> bool:
        raise NotImplementedError

    def _clause_close(self, clause_start: int) -> int:
        raise NotImplementedError

    def _clause_starts(self, sentence_start: int, position: int) -> list[int]:
        raise NotImplementedError

    def _recent_refs(self, position: int) -> list[Ref]:
        raise NotImplementedError

    def _pronoun_speaker(self, name: str) -> Speaker:
        raise NotImplementedError

    def _joint_subject(self, refs: list[Ref], verb_start: int) -> list[Speaker] | None:
        """何智、陈玉莲、张敏丽表示: several people right before the verb."""
        chain: list[Ref] = []
        position = verb_start
        for ref in reversed(refs):
            gap = self.text[ref.end : position]
            if not chain:
                if not words.GAP.match(gap):
                    return None
            elif gap not in _LIST_JOINS and gap != "，":  # (right before the verb a comma may join them too)
                break
            chain.insert(0, ref)
            # a title printed before the name belongs to it
            position = self._title_before(ref.name, 0, ref.start)
        if not chain:
            return None
        names = list(dict.fromkeys(ref.name for ref in chain))
        return [self._person(next(r for r in chain if r.name == name)) for name in names]

    def _listed_with(self, first: Ref, after: list[Ref]) -> list[Ref]:
        """县领导王强、李明、赵刚等…, 县委书记王强、县长李明来到…: the names listed with the clause's subject
        (each with the titles printed before it) are subjects too — a joint act is each one's."""
        chain = [first]
        for ref in after:
            gap = self.text[chain[-1].end : self._title_before(ref.name, chain[-1].end, ref.start)]
            if gap not in _LIST_JOINS:
                break
            if ref.name not in {listed.name for listed in chain}:
                chain.append(ref)
        return chain

    def _and_then_subject(self, clauses: list[int], verb_start: int) -> list[Speaker] | None:
        """局长甲表示，主任乙肯定…，并叮嘱…: a verb after 并 goes on with the clause before it — 叮嘱 is 乙's when 乙
        opens that clause with an appraisal (not 李某同志是…榜样，并号召… or 孙某带领…，并要求…: the speaker's acts)."""
        if len(clauses) < 2 or self.text[clauses[-1] : verb_start] not in _AND_THEN:
            return None
        start = clauses[-2]
        refs = [ref for ref in self.cast.refs_between(start, clauses[-1] - 1) if not self._is_object(ref, start)]
        if not refs or not self._at_clause_start(start, refs[0].start) \
                or not _APPRAISES.match(self.text, refs[-1].end):
            return None  # (李明同志是…榜样，并号召… / 孙浩带领…，并要求…: the speaker's own act goes on)
        return [self._person(listed) for listed in self._listed_with(refs[0], refs[1:])]

    def _topic_listed(self, start: int) -> list[Speaker]:
        """The people listed with the topic named at ``start`` (甲、乙、丙等领导为他们送去…。同时叮嘱…: each of them
        goes on), or nothing when the topic stands alone."""
        refs = self.cast.refs_between(start, start + TOPIC_LIST_REACH)
        if not refs or refs[0].start != start or self.text[refs[0].end : refs[0].end + 1] not in _LIST_JOINS:
            return []
        listed = self._listed_with(refs[0], refs[1:])
        return [self._pronoun_speaker(ref.name) for ref in listed] if len(listed) > 1 else []

    def _listed_in_clauses_before(self, clauses: list[int], index: int, found: list[Speaker]) -> list[Speaker]:
        """人大常委会主任甲，政协主席乙，副市长丙等看望了…，希望…: the officials set a clause each (their titles hold a
        、 of their own) before the subject's clause, its name followed by 等, are subjects too — and without 等,
        clauses that are a titled name and nothing more."""
        refs = self.cast.refs_between(clauses[index], self._clause_close(clauses[index]))
        if not refs:
            return found
        # (without 等, only clauses that are a titled name and nothing else: 区委书记甲，区长乙前往…，希望…)
        bare_only = self.text[refs[0].end : refs[0].end + 1] != "等"
        listed: list[Speaker] = []
        for previous in range(index - 1, -1, -1):
            start, mark = clauses[previous], clauses[previous + 1] - 1
            named = self.cast.refs_between(start, mark)
            if not named or named[-1].end != mark or self._is_object(named[-1], start):
                break
            lead_end = self._titles_start(named[-1].name, start, named[-1].start)
            if len(named) > 1 or _ACTS_ON_SOMEONE.search(self.text, start, lead_end) or bare_only and (
                    lead_end != start or lead_end == named[-1].start):
                break  # 书记某某会见了某集团董事长王某，…: the clause acts on the one named, it lists no one
            listed.insert(0, self._person(named[-1]))
        known = {speaker.name for speaker in found}
        return [speaker for speaker in listed if speaker.name not in known] + found

    def _titles_start(self, name: str, floor: int, position: int) -> int:
        """Where the chain of ``name``'s titles before ``position`` starts (全国政协委员、市政协主席王某)."""
        while True:
            start = self._title_before(name, floor, position)
            if start == position:
                return position
            position = start - 1 if self.text[start - 1 : start] == "、" and start - 1 > floor else start

    def _listed_before(self, position: int, sentences: int = 2) -> list[Speaker] | None:
        """The two or more people listed as the subject of a clause of the sentence at ``position`` (before
        it), or else of the ``sentences`` - 1 sentences before it in its paragraph: whom 他们 or a bare 区领导
        points back to."""
        paragraph_start = self.view.paragraphs[self.view.paragraph_at(position)][0]
        sentence_start, _ = self.view.sentence_at(position)
        spans = [(sentence_start, position)]
        while len(spans) < sentences and spans[-1][0] > paragraph_start:
            previous_start, _ = self.view.sentence_at(spans[-1][0] - 1)
            spans.append((previous_start, spans[-1][0]))
        for start, end in spans:
            for clause_start in self._clause_starts(start, end):
                clause_end = min(self._clause_close(clause_start), end)
                refs = [r for r in self.cast.refs_between(clause_start, clause_end)
                        if not self._is_object(r, clause_start)]
                first = next((i for i, r in enumerate(refs) if self._at_clause_start(clause_start, r.start)), None)
                if first is None:
                    continue
                chain = self._listed_with(refs[first], refs[first + 1 :])
                if len(chain) < 2:
                    return None  # one person leads the nearest clause with a subject: no list is meant
                return [Speaker(r.printed, r.name, "person", self._person(r).official, "pronoun") for r in chain]
        return None

    def _last_two(self, position: int) -> list[Speaker] | None:
        """两人/二人 at ``position``: the last two people named in reach, or None when there are not two."""
        names: list[str] = []
        for ref in reversed(self._recent_refs(position)):
            if ref.name not in names:
                names.append(ref.name)
        if len(names) < 2:
            return None
        return [self._pronoun_speaker(name) for name in reversed(names[:2])]

    def _holders_of_shared_title(self, rest: str) -> list[Speaker] | None:
        """A clause led by a title (of four characters or more, 常委会副主任) that two or more of the article's
        people hold, and no name: all of them."""
        counted = _COUNTED_HOLDERS.match(rest)  # (另外2位副市长也表示: the two of that rank just named)
        lead = counted or _SHARED_TITLE_LEAD.match(rest)
        if lead is None or not counted and len(lead.group("title")) < SHARED_TITLE_MIN_CHARS:
            return None
        title = lead.group("title")
        holders = [m for m in self.cast.members.values() if any(t.endswith(title) for t in m.titles)]
        if len(holders) < 2 or counted and len(holders) != _COUNTS.get(counted.group("count"), 0):
            return None
        return [Speaker(m.name, m.name, "person", m.is_official, "title_only") for m in holders]

    def _described_speaker(self, clause_start: int, verb_start: int) -> Speaker | None:
        """A speaker printed as a description: 丰台区委组织部相关负责人, 大家纷纷, 企业负责人,
        居民们 — no office holder the directory can serve."""
        head = self.text[clause_start:verb_start]
        lead = words.LEAD.match(head)
        head = head[lead.end() if lead else 0 :]
        if _REPORT_SUBJECT.match(head):  # 镇长某某所作的政府工作报告回顾了…。报告指出，… — the one who made it
            return self._report_author(clause_start)
        leading = _ROLE_LEADS.match(head)  # 一旁的翻译突然向记者发问：: the role leads, whatever stands after it
        if leading is not None:
            return Speaker(leading.group("role"), None, "collective", False, "name_verb")
        head = words.GAP_TAIL.sub("", head)
        stranger = _stranger(head)
        if stranger and not self.cast.refs_between(clause_start, verb_start):
            return Speaker(stranger, None, "other", False, "name_verb")  # 董海山激动地说： named only here, no official
        match = words.COLLECTIVE.search(head)
        if match is None or _addressed(head, match.start()):
            return None  # (并语重心长地对随行的镇村负责人说: those spoken to, not the speaker)
        if match.group().endswith("负责人"):
            return Speaker(head.strip("“”，"), None, "unnamed_person", False, "name_verb")
        # an office speaks as the whole subject (区委宣传部要求), not in 按照镇党委要求 or 统一到区委要求上来
        if match.group("office") and (match.start() > 0 or _OFFICE_AS_OBJECT.search(match.group())):
            return None
        return Speaker(match.group(), None, "collective", False, "name_verb")

    def _report_author(self, position: int) -> Speaker | None:
        """Who made the report a clause at ``position`` opens with: a name printed right before 所作的…报告 / 作…报告
        (or 代表…作…报告) in this paragraph or the one before."""
        paragraph = self.view.paragraph_at(position)
        floor = self.view.paragraphs[max(0, paragraph - 1)][0]
        made = list(_REPORT_MADE.finditer(self.text, floor, position))
        if not made or "报告" in self.text[made[-1].end() : position]:
            return None  # (…作报告。会议还听取了…的综合报告。报告指出: another report, no one's)
        match = made[-1]
        refs = [ref for ref in self.cast.refs_between(max(floor, match.start() - 16), match.start() + 1)
                if _ON_BEHALF.fullmatch(self.text, ref.end, match.start())]
        return self._pronoun_speaker(refs[-1].name) if refs else None


def _stranger(head: str) -> str | None:
    """董海山 in 董海山激动地说: a full name of three characters (a surname, no common word in it) and at most how they
    spoke — never 郑重地, 严肃地, 曾多次, 程序上 before a verb with no subject."""
    name = name_at(head, 0) if head else None
    if not name or len(name) != 3 or name[0] not in COMMON_SURNAMES or is_common_word(name[:2]) \
            or is_common_word(name[1:], STRANGER_GIVEN_WORD_FREQUENCY):
        return None
    manner = head[3:]
    if manner and manner not in _MANNER_WORDS and not (manner[-1] in "地的" and is_common_word(manner[:-1])):
        return None
    return name


def _addressed(head: str, before: int) -> bool:
    """并语重心长地对随行的负责人说: 对/向/跟/给 as the preposition of whom the words were for (not inside 向阳社区,
    对口帮扶, 给排水公司)."""
    return any(not is_common_word(head[m.start() : m.start() + 2])
               and not is_common_word(head[m.start() : m.start() + 3]) for m in _ADDRESSED.finditer(head, 0, before))
