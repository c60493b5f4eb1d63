"""Discovering people in an article: titles next to names, lists, bylines, interview turns.

Nothing found here enters the directory by itself: each sighting becomes a *suggested*
person or title that a person confirms (composer/people/directory.py). The patterns are the ones
Chinese news prose uses to introduce people:

* title before name, titles chained with 、: 区委副书记、区长张艳林, 区发改委党组书记、主任卢英博;
* a list under one title: 区领导尹航、郭晓一、李宗荣; 叶劲松、胡戴洋、周友良等10名学员代表;
* name before title: 周卫民局长, 王少峰代表;
* bylines and picture credits (记者 袁阳, 摄/吕晓飞): reporters, never officials;
* interview turns (卢英博：) and a name opening a sentence with a speech verb (初军威强调，).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from composer.common.lexicon import is_common_word
from composer.common.patterns import trie_pattern
from composer.people.name_lists import list_item_at, names_before, opening_list_attends_meeting, ranks_holders_listed
from composer.people.names import (
    BEFORE_SOMEONE,
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    FOLLOWERS,
    NAME_BOUNDARY,
    PARTY_BODIES,
    RARE_WORD_LIKE_SURNAMES,
    TRANSLITERATION_CHARACTERS,
    WORD_LIKE_SURNAMES,
    is_han,
    name_at,
    names_run_together,
    positions_of,
    surname_length,
    transliterated_name_at,
)
from composer.people.titles import OFFICIAL_RANKS, RANK_AT_END, RANKS, role_of, split_title

# Rank words (composer/people/titles.py), longest first so 党组书记 wins over 书记.
TITLE_TAILS = RANKS
# As one trie (the longest tail at a position wins, as in "|".join(TITLE_TAILS), whose ~190 alternatives tried one
# by one at each character were a tenth of discovery).
_TAIL_PATTERN = trie_pattern(TITLE_TAILS) or re.compile("|".join(TITLE_TAILS))
_TAIL_AT_END = re.compile("(?:" + "|".join(TITLE_TAILS) + ")$")
_LONGEST_TAIL = max(map(len, TITLE_TAILS))
_OFFICE_AT_END = re.compile("(?:" + "|".join(OFFICIAL_RANKS) + ")$")  # (居民代表 is a title: 居民 holds no office)
# Where an organisation prefix of a title stops, walking back from the title.
_PREFIX_STOPS = set("，,。；;：:！？!?()（）\n 、【】[]")
_PREFIX_CUT_WORDS = (
    "邀请到", "邀请", "对话", "专访", "采访", "陪同", "会见", "看望", "走访", "以及", "和", "与", "及", "同",
    "向", "对", "由", "是", "为", "到", "请", "让", "在", "带领", "率领", "同志", "其中",
)
_MAX_PREFIX = 25
# Ministries joining two fields with 和 (工业和信息化部, 文化和旅游厅): two fields, a body's ending
_ORGANISATION_WITH_HE = re.compile(r"[\u4e00-\u9fff]{2,4}[和及][\u4e00-\u9fff]{2,5}[部局厅委办署司]$")
_LONGEST_ORG_AFTER_HE = 6
_RANK_THEN_NAME = re.compile("(?:" + "|".join(TITLE_TAILS) + r")[\u4e00-\u9fff]{2,3}$")  # 副区长王光明
_BEFORE_NAME_TAILS = (
    "局长", "书记", "主任", "部长", "区长", "院长", "代表", "委员", "市长", "县长", "镇长", "总经理", "董事长",
    "总书记", "总理", "副总理", "委员长", "主席", "省长", "厅长", "司长", "处长", "乡长", "旗长", "州长", "议长",
    "特首", "行政长官", "秘书长", "检察长", "同志", "馆长", "校长", "所长", "科长", "署长", "总统",
)
_BEFORE_NAME_TAIL = re.compile("|".join(sorted(_BEFORE_NAME_TAILS, key=len, reverse=True)))
_CLOSING_PARENTHESIS = re.compile(r"[）)]")
_LEADERS_LISTED = re.compile(r"(?:有|为|是)?[：:]\s*")
_LISTING_MARKS = frozenset("有为是：:")
# what follows a name that a title and 的 describe: a date, a time word, an act (市长的关心 is no name)
_HOLDER_THEN = re.compile(
    r"\d|[一二三四五六七八九十]{1,3}日|[今昨前近]日|[今昨前]天|日前|在|接受|说|表示|指出|认为|坦言|介绍|[，、]"
)
# Ranks so clearly an office that the name before them needs no follower after them (某某总理眉头紧锁)
_HIGH_OFFICE = ("总书记", "总理", "副总理", "委员长", "副委员长", "主席", "副主席", "省长", "市长", "行政长官", "特首",
                "总统")
_SPEECH_START = re.compile(r"(?:强调|指出|表示|要求|认为|介绍|坦言|透露|提出)[，,：:]")
_SPEECH_MADE_AT = re.compile(r"在(?:[^，。：“”\n]{0,12}?上)?讲话(?:时|中)$")  # 董某在讲话时指出: where a leader spoke
_UNIT_ENDS = "区县市省州国方局委厅处部办院校司社团队站所长员工管"  # (高新区在讲话中…, 关长…: a unit or a rank)
_COUNTED = re.compile(r"等(?:[0-9]+|[一二三四五六七八九十百]+)?(?:名|位|个)?")
_COUNT_CHARS = frozenset("两二三四五六七八九十0123456789")
# 刘云峰、姜迪清等区四套班子领导参加: the leaders of a place or body, named before 等
_LEADERS_COUNTED = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:四套班子领导|班子领导|领导班子成员|班子成员|领导)(?=[，。、；参出陪在和及一分])"
)

_TALK_SURNAMES = frozenset("谈")  # surnames that are also verbs of talking

_DEPUTY = re.compile(r"人大代表")
_CPPCC = re.compile(r"政协委员")
_ENTERPRISE_ORG = re.compile(r"公司|集团|股份|企业|银行|研究院|研究所|火箭院|工厂|厂$")
_ENTERPRISE_TITLE = re.compile(r"总经理|董事长|总裁|经理|总监|总工程师|创始人|店主|摊主")
# Citizens, scholars, officers of academies: not office-holders.
_OTHER_TITLE = re.compile(r"村民|居民|社员|青年|骨干|志愿者|党员|职工|员工|工人|农民|学生|家长|护士|教授|研究员")
_OTHER_ORG = re.compile(r"大学|学院")
# A given name that is really a form of address: 周大爷, 李女士.
_ADDRESS_FORMS = ("大爷", "大妈", "大娘", "女士", "先生", "阿姨", "师傅", "老师", "同学", "老人", "奶奶", "爷爷",
                  "大姐", "大哥", "小姐", "同志", "书记", "主任")
_PREPOSITION_SURNAMES = frozenset("和向从")
_QUOTED_TITLE_MAX = 12  # characters of a title set in quotation marks (“陆委会主委”)
_ACTING_WORDS = frozenset(("代任", "代理", "代为", "代管", "代行"))
_REPORTER_TITLE = re.compile(r"记者|通讯员")


@dataclass
class Sighting:
    """One place an article introduces a person."""

    name: str
    role: str  # official | deputy | cppcc_member | enterprise | reporter | other
    titles: list[str] = field(default_factory=list)
    org: str | None = None
    how: str = "title"  # title | list | before_title | byline | caption | turn | speaker
    start: int | None = None  # offsets of the name in the body (None: byline, caption)
    end: int | None = None


def discover(body: str, *, reporters: list[str], photographers: list[str], interview: bool,
             headings: list[str] | None = None) -> list[Sighting]:
    """Every sighting of a person in one article, in text order (bylines and people
    titled in the headings — 区人大代表刘春燕、区政协委员孙浩然与… — first)."""
    sightings = [Sighting(name, "reporter", ["记者"], "本报", "byline") for name in reporters]
    sightings += [Sighting(name, "reporter", [], None, "caption") for name in photographers]
    for heading in headings or []:
        for sighting in _titled(heading) + _counted_lists(heading):
            if sighting.name[0] in _TALK_SURNAMES and sighting.name not in body:
                continue  # 教育局长谈学区划分: a headline's 局长谈… is the rank talking about something
            sighting.how, sighting.start, sighting.end = "heading", None, None
            sightings.append(sighting)
    found: dict[int, Sighting] = {}
    for sighting in (_titled(body) + _counted_lists(body) + _attending_names(body) + _before_title(body)
                     + _titles_in_parenthesis(body) + _elected(body) + _lone_presiding(body)):
        found.setdefault(sighting.start or 0, sighting)
    titled = {s.name: s for s in sightings if s.how == "heading"}
    titled.update({s.name: s for s in found.values()})
    for sighting in _turns(body, titled, interview) + _speakers(body, titled) + _addressed_later(body, titled):
        found.setdefault(sighting.start or 0, sighting)
    sightings += [found[start] for start in sorted(found)]
    return _longer_names_printed(body, sightings)


def _longer_names_printed(body: str, sightings: list[Sighting]) -> list[Sighting]:
    """区长晏青山上任首日 read as 晏青 (山上 is a word) where the article names 晏青山 elsewhere: the name it
    prints there is the longer one."""
    longer_by_start: dict[str, list[str]] = {}
    for name in {s.name for s in sightings if len(s.name) == 3} | _read_longer_elsewhere(body, sightings):
        longer_by_start.setdefault(name[:2], []).append(name)
    if not longer_by_start:
        return sightings
    for sighting in sightings:
        if sighting.start is None or sighting.name not in longer_by_start:
            continue
        longer = next((name for name in longer_by_start[sighting.name] if body.startswith(name, sighting.start)), None)
        if longer is not None:
            sighting.name, sighting.end = longer, sighting.start + 3
    return sightings


def _read_longer_elsewhere(body: str, sightings: list[Sighting]) -> set[str]:
    """部长陈宝生出现… read as 陈宝 (生出 is a word), where the article prints 陈宝生说 further on: a
    two-character name always printed with the same third character, read as three characters where
    nothing after it starts a word, is the three-character name."""
    longer = set()
    for name in {s.name for s in sightings if len(s.name) == 2 and s.start is not None}:
        positions = positions_of(body, name)
        thirds = {body[p + 2 : p + 3] for p in positions}
        if len(positions) < 2 or len(thirds) != 1 or not is_han(third := thirds.pop()) or third in FOLLOWERS:
            continue  # (车明从省长转任…: 从 starts what he did)
        if any(name_at(body, p) == name + third for p in positions):
            longer.add(name + third)
    return longer


# -- title before name, and the lists that follow ----------------------------------------


def _titled(body: str) -> list[Sighting]:
    sightings: list[Sighting] = []
    taken_until = 0
    for match in _TAIL_PATTERN.finditer(body):
        if match.start() <= taken_until and taken_until:
            continue  # 闫鹏代表班级: a word right after a name is not that name's title
        if match.group() == "代表" and _OFFICE_AT_END.search(body, max(0, match.start() - 8), match.start()):
            continue  # 吴世玮局长代表卢秀燕市长…: after an office, 代表 acts on someone's behalf, it is no title
        if match.group().startswith("院长") and body.endswith("国务", 0, match.start()):
            continue  # 国务院长江流域…: 国务院 then 长江, no 院长
        name_start = _after_parenthesis(body, match.end())
        if not surname_length(body, name_start) and body[name_start : name_start + 1] not in TRANSLITERATION_CHARACTERS:
            continue  # (most titles are followed by no name: asked first, it spares the readings below)
        name = list_item_at(body, name_start)  # 主任晏清和、区政协主席…: the item before 、 is the name
        run = names_run_together(body, name_start) if name_at(body, name_start) is None else []
        if run and name is not None and run[0] != name:
            run = []  # 县长刘长江冒雪: one name, not 刘长 + 江冒雪
        if run:  # 区领导李宗荣李国龙崔向华参加: names printed with nothing between them
            name = run[0]
        transliterated = None  # 州长扎西次仁, 主席艾尔肯·吐尼亚孜: no Han surname (looked for only where the
        if not run and (name is None or not _ends_list_item(body, name_start + len(name))  # Han reading fails)
                        or not plausible_name(name, match.group())):
            transliterated = transliterated_name_at(body, name_start)
            if transliterated is not None and (name is None or len(transliterated) > len(name)):
                name = transliterated
        if name is None or name != transliterated and not plausible_name(name, match.group()) and not plausible_name(
                name, match.group(), word_ok=_stands_as_name(body, name_start + len(name), match.group())):
            continue
        if _REPORTER_TITLE.search(match.group()) and (name[0] not in COMMON_SURNAMES or run):
            continue  # 记者徐晓溪表示 names a journalist; 各路记者有备而来 no one
        titles = _title_chain(body, match.end())
        if titles and "等" in titles[-1] and titles[-1].endswith("领导"):
            continue  # 农业等相关单位主管领导齐聚一堂: the heads of several units, a group, no one named
        if not titles or _named_before_rank(body, match.end() - len(titles[-1]), match.start()) \
                or _holder_printed_before(body, match.end() - len(split_title(titles[-1])[1])):
            continue  # (周凯书记满怀期待地…: 书记 is 周凯's, and 满怀 no name)
        role, org = _role_and_org(titles)
        start = name_start
        sightings.append(Sighting(name, role, titles, org, "title", start, start + len(name)))
        taken_until = start + len(name)
        for listed in run[1:]:
            if plausible_name(listed, match.group()):
                sightings.append(Sighting(listed, role, list(titles), org, "list", taken_until,
                                          taken_until + len(listed)))
            taken_until += len(listed)
        for item in _list_after(body, taken_until, titles, role, org):
            sightings.append(item)
            taken_until = item.end or taken_until
    return _inherit_org(body, sightings)


_PLACE_UNITS = frozenset("省市县区镇乡村州盟旗")
_OFFICE_UNITS = frozenset("部局厅署处所队站司")  # (not 科: 王建科 is a common name)


def _named_before_rank(body: str, title_start: int, rank_start: int) -> bool:
    """Is the "organisation" before a rank only a name set apart (周凯书记, 王静区长)? Then the rank
    follows its holder, and what comes after it is no name."""
    prefix = body[title_start:rank_start]
    if body[title_start - 1 : title_start] == "“":
        return False  # “陆委会主委”赖某: a title set in quotation marks (陆 a surname, 陆委会 no name)
    if len(prefix) not in (2, 3) or prefix[-1] in _PLACE_UNITS or prefix[-1] in _OFFICE_UNITS \
            or prefix.endswith(("委会", "委")):
        return False  # (白沙镇镇长: a place; 马防部指挥官, 农委会主委: an office, whatever its first character)
    if not ((title_start == 0 or body[title_start - 1] in _BEFORE_NAMED_RANK)
            and name_at(body, title_start) == prefix and plausible_name(prefix)):
        return False
    unit = body[rank_start]
    if unit not in _PLACE_UNITS and unit not in _ORG_TAIL_CHARS:
        return True
    # 武山县长刘长江: a place before 县长/市长 reads as a name too (司警局长周某: an organisation before 局长); a
    # name is printed elsewhere without the unit
    elsewhere = [m.end() for m in re.finditer(re.escape(prefix), body) if m.start() != title_start]
    return any(body[end : end + 1] != unit for end in elsewhere)


def _holder_printed_before(body: str, rank_start: int) -> bool:
    """该部队王其松司令员敬献哈达: a full name right before the rank, after an organisation's last character
    — the rank is that person's, and what follows it no name."""
    start = rank_start - 3
    if start < 1 or body[start - 1] not in _HOLDER_ORG_TAIL_CHARS:
        return False
    name = body[start:rank_start]
    return name_at(body, start) == name and name[0] in COMMON_SURNAMES and plausible_name(name)


def _after_parenthesis(body: str, position: int) -> int:
    """常任秘书长（库务）谢曼怡: a short parenthesis between a title and its name; 出席会议的区领导有：王静、
    李强: the colon between leaders and their list."""
    listed = _LEADERS_LISTED.match(body, position) if body[position : position + 1] in _LISTING_MARKS else None
    if listed and (body.endswith("领导", 0, position) or ranks_holders_listed(body, position, listed.end())):
        return listed.end()  # (大会执行主席是：甲、乙、丙 — a rank, then a list of several of its holders)
    if body[position : position + 1] == "”" and "“" in body[max(0, position - _QUOTED_TITLE_MAX) : position]:
        return position + 1  # “新闻局长”史亚平, “陆委会主委”赖幸媛: a title set in quotation marks before its holder
    if body[position : position + 1] in ("（", "("):
        closing = _CLOSING_PARENTHESIS.search(body, position, position + 10)
        if closing:
            return closing.end()
    if body[position : position + 1] == "的":  # 刚刚当选市长的王建新1日…: the title, 的, then its holder
        name = name_at(body, position + 1)
        if name is not None and _HOLDER_THEN.match(body, position + 1 + len(name)):
            return position + 1
    return position


def _title_chain(body: str, name_start: int) -> list[str]:
    """The titles printed before a name: 区委副书记、区长 -> [区委副书记, 区长]."""
    titles: list[str] = []
    end = name_start
    while True:
        tail = _tail_ending_at(body, end)
        if tail is None:
            break
        start = _prefix_start(body, end - len(tail))
        titles.insert(0, body[start:end])
        if start > 0 and body[start - 1] == "、" and _tail_ending_at(body, start - 1):
            end = start - 1
            continue
        break
    return [_within_quotation(title) for title in titles]


def _within_quotation(title: str) -> str:
    """猜测“陆委会主委 (a title set in quotation marks, read from before them): the title is what they hold."""
    if title.count("“") > title.count("”"):
        return title.rsplit("“", 1)[-1]
    return title.strip("“”") if title.count("“") != title.count("”") else title


def _tail_ending_at(body: str, end: int) -> str | None:
    """The longest title ending at ``end`` (the leftmost match ending there is the longest)."""
    match = _TAIL_AT_END.search(body, max(0, end - _LONGEST_TAIL), end)
    return match.group() if match else None


def _prefix_start(body: str, tail_start: int) -> int:
    start = tail_start
    while start > 0 and tail_start - start < _MAX_PREFIX and body[start - 1] not in _PREFIX_STOPS:
        start -= 1
    prefix = body[start:tail_start]
    cut = max((prefix.rfind(word) + len(word) for word in _PREFIX_CUT_WORDS if word in prefix), default=0)
    joined = _ORGANISATION_WITH_HE.search(prefix[:cut + _LONGEST_ORG_AFTER_HE]) \
        if prefix[cut - 1 : cut] in ("和", "及") else None
    if joined and (prefix[cut - 1] == "和" or is_common_word(prefix[max(0, cut - 3) : cut - 1])
                   and not _RANK_THEN_NAME.search(prefix, 0, cut - 1)):
        # 工业和信息化部部长, 住房和城乡建设局局长, 创新及科技局局长: 和/及 inside the organisation's name joins no
        # two people (before 及 a field's word, no name: 张某及科技局局长, 副区长王光明及…局局长)
        cut = max((prefix.rfind(word, 0, cut - 1) + len(word) for word in _PREFIX_CUT_WORDS
                   if prefix.rfind(word, 0, cut - 1) >= 0), default=0)
    return start + cut


def _list_after(body: str, position: int, titles: list[str], role: str, org: str | None) -> list[Sighting]:
    """区领导尹航、郭晓一、李宗荣: more names after a titled one, same titles."""
    listed = []
    while position < len(body) and body[position] == "、":
        name = list_item_at(body, position + 1)
        if name is None or not plausible_listed_name(name, titles[-1]):
            break
        if _TAIL_PATTERN.match(body, position + 1 + len(name)):
            break  # 、区长张艳林 is another title of the next person, not a list item
        if not _ends_list_item(body, position + 1 + len(name)):
            break  # 、云湖海关关长周十: an organisation opening the next person's title, not a name
        listed.append(Sighting(name, role, list(titles), org, "list", position + 1, position + 1 + len(name)))
        position += 1 + len(name)
    return listed


def _ends_list_item(body: str, position: int) -> bool:
    """What may follow a name in a list: the next 、, the end, or what the listed people do."""
    return position >= len(body) or body[position] in FOLLOWERS or NAME_BOUNDARY.match(body, position) is not None


def plausible_listed_name(name: str, title: str) -> bool:
    """In a list under a title, an item is a name unless it is a word, a title or an office (卫生署前署长…)."""
    if name[-1] in _OFFICE_UNITS:
        return False
    if name.startswith(PARTY_BODIES):
        return False  # 胡某、党组成员、…: the party group's member, a title between the names
    if plausible_name(name, title):
        return True
    return (surname_length(name, 0) > 0 and not is_common_word(name) and name[:2] not in TITLE_TAILS
            and name[1:] not in TITLE_TAILS)  # (柳柳: a surname repeated as the given name, in a list of names)


def _inherit_org(body: str, sightings: list[Sighting]) -> list[Sighting]:
    """火箭院院长沈波，党委书记王国辉: an org-less title next to an enterprise's keeps it."""
    for previous, current in zip(sightings, sightings[1:]):
        gap = body[previous.end or 0 : (current.start or 0) - len("".join(current.titles))]
        bare = all(not _org_of(title) for title in current.titles)
        if bare and previous.org and gap in ("，", ",", "、") and current.how == "title":
            current.org = previous.org
            if previous.role == "enterprise":
                current.role = "enterprise"
            elif current.role == "other":  # 指导组组长某、成员某: the group's member, as its org says
                current.role = role_of([previous.org + title for title in current.titles])
        elif bare and previous.role == "enterprise" and gap in ("、", "，") and current.how == "title" \
                and all(title.startswith(_PARTY_TITLES) for title in current.titles):
            current.role = "enterprise"  # 总经理某、党委书记某: the company's party committee (no public office)
    return sightings


_PARTY_TITLES = ("党委", "党总支", "党支部", "纪委")


def _counted_lists(body: str) -> list[Sighting]:
    """叶劲松、胡戴洋、周友良等10名学员代表; 甲、乙、丙三位副院长 (a count right after the list, found from 位)."""
    sightings = []
    counted = [(m.start(), m.end(), True) for m in _COUNTED.finditer(body)]
    counted += [(m.start() - 1, m.end(), False) for m in re.finditer("位", body)
                if m.start() and body[m.start() - 1] in _COUNT_CHARS]
    for count_start, count_end, after_deng in counted:
        tail = _TAIL_PATTERN.match(body, count_end + body.startswith("副", count_end))
        comrades = body.startswith(("同志", "领导同志"), count_end)  # 刘彩凤、李靖等同志到会指导
        leaders = None if tail or comrades else _LEADERS_COUNTED.match(body, count_end)
        if tail is None and not comrades and leaders is None:
            continue
        names = names_before(body, count_start)
        if not after_deng and (len(names) < 2 or tail is None):
            continue
        title = body[count_end : tail.end()] if tail else leaders.group() if leaders else "同志"
        role, org = _role_and_org([title]) if tail else ("official", None)
        for start, name in names:
            if plausible_name(name, title) or (len(names) > 1 and plausible_listed_name(name, title)):
                sightings.append(Sighting(name, role, [title], org, "list", start, start + len(name)))
    return sightings


def _attending_names(body: str) -> list[Sighting]:
    """毛峰、徐光、吕霞等与全市党员干部一起聆听报告 / 王静、李强、赵敏出席: leaders printed as bare names, three or
    more, attending (government news names others with what they are: 居民张三, 志愿者李四)."""
    sightings = []
    # the verbs first, then what stands before them: a scan for the whole pattern cost a third of discovery
    for verb in _ATTENDING_VERB.finditer(body):
        window = body[max(0, verb.start() - ATTENDING_PREFIX_MAX) : verb.start()]
        prefix = _BEFORE_ATTENDING.search(window)
        names = names_before(body, verb.start() - (len(prefix.group()) if prefix else 0))
        # 孙某、李某某等列席会议 and 甲、乙出席开班式。 (opening a sentence): two names attending are leaders too
        opening = not prefix or not prefix.group()
        two_opening = opening and opening_list_attends_meeting(body, names, verb.end())
        fewest = 2 if (prefix and prefix.group().startswith("等") or two_opening) \
            and verb.group() in ("出席", "列席") else ATTENDING_MIN_NAMES
        if len(names) < fewest or not all(plausible_name(name) for _, name in names):
            continue
        if names[0][0] > 0 and body[names[0][0] - 1] not in _BEFORE_NAMED_RANK:
            continue  # (the list is part of something longer: a title's organisation, an object)
        sightings += [Sighting(name, "official", [], None, "list", start, start + len(name)) for start, name in names]
    return sightings


ATTENDING_MIN_NAMES = 3


def _elected(body: str) -> list[Sighting]:
    """王晓光当选省委书记，黄刚、罗新当选省委副书记: names elected or appointed to a title (a
    personnel story's lists), each a holder of it."""
    sightings: list[Sighting] = []
    if not any(word in body for word in _ELECTED_WORDS):  # (most articles elect no one: skip the scan)
        return sightings
    for verb in _ELECTED.finditer(body):
        title = _TITLE_AFTER_VERB.match(body, verb.end())
        if title is None or not RANK_AT_END.search(title.group()):
            continue
        end = verb.start() - (2 if body.endswith("分别", 0, verb.start()) else 0)
        names = names_before(body, end)
        if not names or not all(plausible_name(name) for _, name in names) \
                or names[0][0] > 0 and body[names[0][0] - 1] not in _BEFORE_NAMED_RANK:
            continue
        role, org = _role_and_org([title.group()])
        sightings += [Sighting(name, role, [title.group()], org, "list", start, start + len(name))
                      for start, name in names]
    return sightings


_ELECTED_WORDS = ("当选", "任命为", "出任", "担任")
_ELECTED = trie_pattern(("当选", "当选为", "任命为", "被任命为", "出任", "担任")) or re.compile("当选")
_TITLE_AFTER_VERB = re.compile(r"[\u4e00-\u9fff]{2,20}?(?=[，,。；;、\n]|$)")


def _lone_presiding(body: str) -> list[Sighting]:
    """梅思远主持会议。 / 许亚楠参加。: a full name alone opening a clause, presiding or attending — in government
    news a leader (others are named with what they are: 居民张三)."""
    sightings = []
    for position in _presiding_positions(body):
        for length in (3, 2):  # (a name of two only opening a sentence: 陈某主持开班式。)
            start = position - length
            if start < 0 or start > 0 and body[start - 1] not in ("。！？\n，；" if length == 3 else "。！？\n"):
                continue
            name = body[start:position]
            if length == 2 and (name[-1] in _UNIT_ENDS + "任记席" or is_common_word(name)):
                continue  # (关长主持仪式: a rank; 华润主持召开…: a company)
            if name_at(body, start) == name and name[0] not in WORD_LIKE_SURNAMES and plausible_name(name):
                sightings.append(Sighting(name, "official", [], None, "list", start, position))
                break
    return sightings


def _presiding_positions(body: str) -> list[int]:
    """Where 主持会议…, 参加。… start: each verb found as a literal, then what follows it checked."""
    found = []
    for verb, follows in _PRESIDING:
        position = body.find(verb)
        while position >= 0:
            if body.startswith(follows, position + len(verb)):
                found.append(position)
            position = body.find(verb, position + 1)
    return sorted(found)


# each verb and what may follow it (no regex: one tried at every character of every article cost most of this)
_PRESIDING = (("主持", ("会议", "召开", "座谈会", "开幕式", "仪式", "开班式", "大会", "报告会")),
              *((verb, ("。", "；")) for verb in ("参加", "出席", "陪同", "列席")))
# where a list of bare names ends: what attending leaders do (出席, 陪同), and what may stand before it (等…一起聆听)
_ATTENDING_VERB = re.compile(r"出席|列席|陪同|聆听|参加会议|参加调研|参加会见|参加座谈|在主会场|在分会场")
_BEFORE_ATTENDING = re.compile(r"(?:等(?:同志|人)?)?的?(?:[与和][^。，；、\n]{1,16}?一起|一同|也|分别)?$")
ATTENDING_PREFIX_MAX = 24


# -- name before title, interview turns, untitled speakers -----------------------------


# what may stand right before 王静书记: punctuation, a conjunction, a preposition (在王静书记的带领下, 由…主持)
_BEFORE_NAMED_RANK = frozenset("，,。、；：“”！？（( \n和与及对向在由请据经受让给被随同以")  # (以某某书记为班长)


_ORG_TAIL_CHARS = frozenset("局委办厅处部院馆署司府")
_PLACE_LEVELS = frozenset("省市县区镇乡")
_HOLDER_ORG_TAIL_CHARS = _ORG_TAIL_CHARS | frozenset("队会社站所")  # …部队王某司令员, …协会张某会长


def _name_echoed_by_surname(body: str, rank_start: int) -> tuple[int, str] | None:
    """(start, name) of a full name printed right before its own surname and a rank (何某云何主任)."""
    surname_at = rank_start - 1
    for length in (3, 2):
        start = surname_at - length
        name = body[max(0, start) : surname_at]
        if start >= 0 and name[0] == body[surname_at] and surname_length(body, start) == 1 \
                and (start == 0 or body[start - 1] in _BEFORE_NAMED_RANK or body[start - 1] in _ORG_TAIL_CHARS) \
                and name_at(body[:surname_at] + "。", start) == name and plausible_name(name) \
                and name[-1] not in BEFORE_SOMEONE:
            return start, name
    return None


def _org_before_name(body: str, start: int, name: str) -> bool:
    """What stands before a full name and its rank (``name`` at ``start``) is its organisation or place, or a
    particle joining them: 衛生局王建宏局長, 浦东新区孙某伟区长, 浦东新区的孙某伟区长, 见到了郑某部长 — not
    区委农办主任 (an office inside another), 为了解放军 (no surname)."""
    before = body[start - 1]
    if before not in _MAY_STAND_BEFORE_NAME:
        return False  # (most characters: asked first, it spares the readings below)
    if len(name) >= 3 and before in _ORG_TAIL_CHARS:
        return name[-1] not in _ORG_TAIL_CHARS
    common = name[0] in COMMON_SURNAMES or surname_length(name, 0) == 2
    if before == "了":
        return common
    if len(name) >= 3 and common and (before in _PLACE_LEVELS or before == "的" and body[start - 2] in _PLACE_LEVELS
                                      | _ORG_TAIL_CHARS):
        return plausible_name(name)
    return body.endswith(_ADDRESSING, 0, start) and common  # 请问张某顺书记: a reporter asks the official


_ADDRESSING = ("请问", "想问", "问一下")
_VILLAGE_ENDS = frozenset("村庄湾屯寨")  # 何家村书记: a village's head, no one named 何家村
_MAY_STAND_BEFORE_NAME = _ORG_TAIL_CHARS | _PLACE_LEVELS | frozenset("了的问下")


def _before_title(body: str) -> list[Sighting]:
    sightings = []
    for match in _BEFORE_NAME_TAIL.finditer(body):
        rank_start = match.start()  # 熊飞副部长, 王强常务副市长, 蒋某代市长: 副 and 代 are the rank's, not the name's
        acting = False  # 蒋某代市长到…: an acting holder named before the rank needs no verb after it
        for deputy in ("常务副", "副", "代理", "代"):
            if body.endswith(deputy, 0, rank_start):
                rank_start -= len(deputy)
                acting = deputy.startswith("代")
                break
        rank = body[rank_start : match.end()]
        echoed = _name_echoed_by_surname(body, rank_start)
        if echoed is not None:  # 市城管委何某云何主任带队: the name, then its surname with the rank
            role, org = _role_and_org([rank])
            start, name = echoed
            sightings.append(Sighting(name, role, [rank], org, "before_title", start, start + len(name)))
            continue
        highest = match.group() in _HIGH_OFFICE
        for length in (4, 3, 2):
            start = rank_start - length
            if start < 0 or length == 4 and surname_length(body, start) != 2:
                continue  # (four characters: a compound surname's, 诸葛某杰区长)
            name = body[start:rank_start]
            set_apart = start == 0 or body[start - 1] in _BEFORE_NAMED_RANK or _org_before_name(body, start, name)
            # 学习贯彻习近平总书记…: before the highest offices a full name needs no mark before it
            if not (set_apart or (highest and surname_length(body, start) and plausible_name(name))):
                continue
            if match.group().startswith(name[-1]) or name[-1] in _PLACE_LEVELS or name[-1] in _VILLAGE_ENDS:
                continue  # 林州市市长, 石门县副县长: a place names its own head, it is no name (历任县市长: nor 任县)
            level = match.group()[0]  # (the bare rank's: 松山副市长 too)
            if level in _PLACE_LEVELS and re.search(re.escape(name + level) + "(?!长)", body):
                continue  # 松山市长, 松山副市长 where the text names 松山市 elsewhere: the place's, no 松山
            if length == 3 and name[-1] in _PREPOSITION_AFTER_NAME:  # 车明从省长转任…: 从 opens what follows
                name, rank_start = name[:2], rank_start - 1  # the name, no part of it (the rank was held)
                if not surname_length(body, start) or not plausible_name(name):
                    break
                role, org = _role_and_org([rank])
                sightings.append(Sighting(name, role, [rank], org, "before_title", start, rank_start))
                break
            plausible = plausible_name(name) or (highest and not is_common_word(name, 2000)) \
                or length == 3 and name[0] + match.group() in body[match.end() :]  # (黄菊副总理; 朱建设主任…朱主任)
            if name_at(body + "。", start) != name or not plausible or name[0] in WORD_LIKE_SURNAMES and not (
                    len(name) == 3 and name[0] in RARE_WORD_LIKE_SURNAMES and not is_common_word(name[1:])):
                continue  # (单某某局长: a surname that is also a word, a given name that is none)
            after = body[match.end() : match.end() + 1]
            high = highest and length == 3 or acting
            if after and is_han(after) and not high and not _starts_speech_or_follower(body, match.end()):
                continue
            role, org = _role_and_org([rank])
            sightings.append(Sighting(name, role, [rank], org, "before_title", start, rank_start))
            break
    return sightings


# 刘芳（市人大代表、东湖街道党工委书记）: a name, then its titles in a parenthesis
_TITLES_IN_PARENTHESIS = re.compile(r"[（(](?P<titles>[^（）()\n“”。]{2,40})[）)]")
_RANK_THEN_CLOSING = re.compile("[" + "".join(sorted({rank[-1] for rank in TITLE_TAILS})) + "][）)]")
_TITLE_SEPARATORS = re.compile(r"[、，,]")
_NAME_BEFORE_PARENTHESIS = "，,。、；：“”！？ \n■●▲◆★【】有是为和及与"


def _titles_in_parenthesis(body: str) -> list[Sighting]:
    """A name followed by its titles in a parenthesis (an interview's guest, a list of
    speakers): every part of the parenthesis is a title (ends with a rank)."""
    sightings = []
    for closing in _RANK_THEN_CLOSING.finditer(body):  # (a parenthesis of titles ends with a rank)
        opening = max(body.rfind("（", max(0, closing.end() - 42), closing.end()),
                      body.rfind("(", max(0, closing.end() - 42), closing.end()))
        match = _TITLES_IN_PARENTHESIS.match(body, opening) if opening >= 0 else None
        if match is None or match.end() != closing.end():
            continue
        titles = [part.strip() for part in _TITLE_SEPARATORS.split(match.group("titles")) if part.strip()]
        if not titles or not all(_TAIL_AT_END.search(title) for title in titles):
            continue
        for length in (4, 3, 2):  # the name printed right before the parenthesis, after a mark
            start = match.start() - length
            name = body[max(0, start) : match.start()]
            if start < 0 or start > 0 and body[start - 1] not in _NAME_BEFORE_PARENTHESIS \
                    or not all(is_han(character) or character == "·" for character in name):
                continue
            if name_at(body, start) == name and plausible_name(name, titles[-1]):
                role, org = _role_and_org(titles)
                sightings.append(Sighting(name, role, titles, org, "title", start, start + len(name)))
                break
    return sightings


def _starts_speech_or_follower(body: str, position: int) -> bool:
    """A follower character, a time word (黄菊副总理明日上午将参加…) or 传达/通报/宣读 (陈某副书记传达了…)."""
    return body[position] in FOLLOWERS or _TIME_AFTER_TITLE.match(body, position) is not None \
        or body.startswith(("传达", "通报", "宣读"), position)


_ADVERB_MODAL = frozenset(a + b for a in "都也还就均又则亦" for b in "要将会是在能可得应须")  # (负责人也将…)
_PREPOSITION_AFTER_NAME = frozenset("从自由向在对被把将与和跟同给为到")
_TIME_AFTER_TITLE = re.compile(r"(?:[明今昨前近当](?:日|天)|上午|下午|晚上|日前|近日|近期|目前|此前|随后|亲自|专程)")


_TURN = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,4})[：:](?=\S)", re.MULTILINE)


# a government body's press conference whose transcript labels reporters' questions: who answers is its spokesman
_GOVERNMENT_PRESS = re.compile(  # (not 俱乐部, 市区…: an office's own name; no guests invited to answer)
    r"(?:政府|政协|人大|新闻办|委员会|(?<!俱乐)部|[局厅委])[^。\n]{0,20}(?:新闻发布会|记者会)(?![^。\n]*(?:邀请|嘉宾|专家))")
_REPORTER_TURN = re.compile(r"^[▲△●■◆\s]*[\u4e00-\u9fff]{0,12}记者\s*[：:]", re.MULTILINE)


def _turns(body: str, titled: dict[str, Sighting], interview: bool) -> list[Sighting]:
    if not interview:
        return []
    press = _GOVERNMENT_PRESS.search(body) is not None and _REPORTER_TURN.search(body) is not None
    sightings = []
    for match in _TURN.finditer(body):
        name = str(match.group("name"))
        if name in ("记者", "主持人") or name_at(body + "：", match.start()) != name or not plausible_name(name):
            continue
        known = titled.get(name)
        role = known.role if known else "official" if press else "other"  # untitled: a host or a guest, no office
        sightings.append(Sighting(name, role, [], None, "turn", match.start(), match.end("name")))
    return sightings


def _speakers(body: str, titled: dict[str, Sighting]) -> list[Sighting]:
    """A sentence opening with a name and a speech verb (初军威强调，) names a person."""
    sightings = []
    for match in _SPEECH_START.finditer(body):
        name_end = match.start()
        gap = _SPEECH_MADE_AT.search(body, max(0, name_end - 20), name_end) if body[name_end - 1 : name_end] in "时中" \
            and name_end else None
        name_end = gap.start() if gap else name_end
        for length in (3, 2):
            start = name_end - length
            if start < 0 or (start > 0 and body[start - 1] not in "。！？\n”"):
                continue
            name = body[start:name_end]
            if name_at(body, start) != name or name[0] in WORD_LIKE_SURNAMES or not plausible_name(name):
                continue
            if gap and (name[-1] in _UNIT_ENDS or is_common_word(name)):
                break
            known = titled.get(name)
            role = known.role if known else "official"
            sightings.append(Sighting(name, role, [], None, "speaker", start, name_end))
            break
    return sightings


_SHORT_RANK_AFTER_SURNAME = re.compile(
    r"(?:书记|区长|市长|县长|省长|镇长|乡长|主任|部长|局长|厅长|司长|处长|主席|院长|所长|站长|委员长|总理)"
)


_SENTENCE_MARK = re.compile(r"[。！？\n]")
_RANK_GROUP = "(" + _SHORT_RANK_AFTER_SURNAME.pattern + ")"


def _addressed_later(body: str, titled: dict[str, Sighting]) -> list[Sighting]:
    """赵富国仔细考察调研…。…赵主任对…表示: a name opening a sentence with no title, that
    the article later calls by surname and rank — a person holding that rank."""
    sightings = []
    addressed: dict[str, list[re.Match[str]]] = {}  # surname -> its surname + rank printings (one scan each)
    # what stands right before a rank anywhere: a sentence opening with none of it is no one called so later
    ranked = [m.start() for m in _SHORT_RANK_AFTER_SURNAME.finditer(body)]
    before_rank = {body[max(0, at - 2) : at] for at in ranked} | {body[at - 1 : at] for at in ranked}
    # every sentence start: the text's start and each position after 。！？ or a line break
    # (what (?:^|(?<=[。！？\n])) finds, without an empty match tried at every character)
    for start in [0, *(mark.end() for mark in _SENTENCE_MARK.finditer(body))] if ranked else []:
        if body[start : start + 1] not in before_rank and body[start : start + 2] not in before_rank:
            continue
        name = name_at(body, start)
        if name is None or name in titled or name[0] in WORD_LIKE_SURNAMES or not plausible_name(name):
            continue
        surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
        if surname not in addressed:
            addressed[surname] = list(re.finditer(re.escape(surname) + _RANK_GROUP, body))
        ranks = {m.group() for m in addressed[surname] if m.start() != start}
        ranks = {rank[len(surname):] for rank in ranks}
        if len(ranks) == 1:
            rank = ranks.pop()
            role, org = _role_and_org([rank])
            sightings.append(Sighting(name, role, [rank], org, "speaker", start, start + len(name)))
    return sightings


_GENERIC_TAILS = ("领导", "代表", "委员", "负责人", "居民", "村民", "党员", "志愿者", "骨干", "青年", "职工")
_KINSHIP_ENDINGS = frozenset("伯叔姨婶嫂妈爹哥姐")  # 吴伯, 张姨: a form of address, not a name
VERY_COMMON_WORD = 5000


# After a two-character word an office holder's title introduces: what follows a person, not a word.
_NAME_THEN = re.compile(  # (not 。: 由行政长官任命。 ends with a word)
    r"[、，；：（(]|出席|主持|表示|强调|指出|带队|参加|陪同|介绍|说|讲话|调研|一行|同志|回答|要求"
    r"|来到|深入|前往|走访|看望|慰问|察看|视察|会见|率|带领|考察|检查"
)
WORD_NAME_MAX_FREQUENCY = 2000  # a word used more than this is not read as a name even there


def _stands_as_name(body: str, end: int, title: str) -> bool:
    """局长高远、副局长陈静: an official's title before, and 、 or a verb of what people do after."""
    return _NAME_THEN.match(body, end) is not None and role_of([title]) == "official"


@lru_cache(maxsize=65536)  # asked ~180,000 times per 10,000 articles, mostly of the same names
def plausible_name(name: str, title: str = "", *, word_ok: bool = False) -> bool:
    """Not a word that merely starts with a surname character (领导班子, 主要领导任组长).
    ``word_ok``: the context says person (``_stands_as_name``): a two-character word that is
    also a name and not too common a word (高远, 文献, 江河) is read as the name."""
    surname_common = name[0] in COMMON_SURNAMES or name[:2] in COMPOUND_SURNAMES
    if len(set(name)) == 1 or name[0] == name[1]:
        return False  # 殷殷, 谢谢甘: a doubled character is a word, not a name
    if any(particle in name[1:] for particle in "了着们"):
        return False  # 镇长成了讲解员: a particle is no part of a given name
    if len(name) == 3 and name[-1] in "局厅处署府":
        return False  # (代任局长可确保司警局正常运作: an organisation, no 司警局)
    if len(name) == 2 and name[1] in "总董":
        return False  # 高总, 王董: how staff address an executive, not a name
    if name[0] in _PREPOSITION_SURNAMES and not _preposition_surname_stands(name, word_ok=word_ok):
        return False  # 书记和区长, 局长向大家介绍
    if name[-2:] in _ADDRESS_FORMS or name[:2] in _ADVERB_MODAL:
        return False  # 第一书记和工作队; 周大爷; 新闻发言人都要…
    if name[:2] in _ACTING_WORDS:
        return False  # 由副局长代任, 副局长代理: a deputy acting for the head, no 代 named 任
    if (name[:2] in TITLE_TAILS and not (name[:2] == "关长" and "关" not in title)) or name[1:] in TITLE_TAILS:
        return False  # 居民代表面对面; 主要领导任组长
    if title and is_common_word(title[-2:] + name[:2]):
        return False  # 领导干部, 代表团
    if len(name) == 2:
        generic = any(title.endswith(tail) for tail in _GENERIC_TAILS)
        if name[1] in _KINSHIP_ENDINGS or (generic and not surname_common and name[0] in WORD_LIKE_SURNAMES):
            return False  # 居民吴伯; 领导包案
        if name[0] in WORD_LIKE_SURNAMES and title and role_of([title]) != "official":
            return False  # 员工通勤: a word after a description, not a name
        if word_ok and surname_common:
            return not is_common_word(name, WORD_NAME_MAX_FREQUENCY)
        return not is_common_word(name)
    if is_common_word(name) or (is_common_word(name[1:], VERY_COMMON_WORD) and not (surname_common and title)):
        return False  # 停车管理 (but 县长刘长江: a common surname after a title)
    return surname_common or not is_common_word(name[:2], 200)  # 代表督促下, 全程跟进


def _preposition_surname_stands(name: str, *, word_ok: bool) -> bool:
    """区政协主席向邦俊一行: 向 is a surname where the context says person (a title before, 一行 or a verb of
    what people do after) and the given name is no word (局长向大家介绍: 向 is "to")."""
    return word_ok and name[0] == "向" and len(name) == 3 and not is_common_word(name[1:])


# -- roles -------------------------------------------------------------------------------


def _org_of(title: str) -> str | None:
    organisation, _ = split_title(title)
    return organisation or None


def _role_and_org(titles: list[str]) -> tuple[str, str | None]:
    orgs = [org for org in (_org_of(title) for title in titles) if org]
    return role_of(titles), (orgs[0] if orgs else None)
