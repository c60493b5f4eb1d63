"""Who speaks in a briefing: whether a statement was said by an office holder *as* one,
and how high an official ranks (the protocol order that puts a 简报's lead item first).

**Officials only unless asked.** A compilation drafted by theme (no person named) is made
of officials' words (issue 18): a 政协委员 or 人大代表 speaking at the 两会, a company's or
a law firm's head, are left out, also when the same person holds a post elsewhere. The
capacity is the one the article gives: the first title printed before the speaker's name
(区政协委员、湖光社区党委书记陈雪梅 speaks as a 委员); when the article prints none before
the name, the directory's titles decide. Naming people in the query, or ``all_speakers``,
takes everyone.

**Protocol order** (``protocol_rank``): the usual order of precedence of Chinese
government bodies — by level (中央, 省, 市, 区/县, 街道/镇, 村/社区), then within a level
书记, the government's head, 人大常委会主任, 政协主席, 副书记, 常委, 常务副职, 副职,
人大副主任, 政协副主席, 院长/检察长, then department heads and their deputies. Read from
titles as printed, with no list of names or places.
"""

from __future__ import annotations

import re

from composer.people.titles import RANK_AT_END, role_of, split_title

_BUSINESS = re.compile(r"事务所|律所|公司|集团|企业|银行|合作社|商会|协会|股份|工作室")
_BOUNDARY = re.compile(r"[，。：；“”\n（）()！？]")
_LEVELS = (
    (re.compile(r"中央|国务院|全国|国家"), 0),
    (re.compile(r"省|自治区"), 1),
    (re.compile(r"市|州|盟"), 2),
    (re.compile(r"区|县|旗"), 3),
    (re.compile(r"街道|镇|乡"), 4),
    (re.compile(r"社区|村"), 5),
)
_LEVEL_OF_RANK = {"省长": 1, "市长": 2, "州长": 2, "区长": 3, "县长": 3, "旗长": 3, "镇长": 4, "乡长": 4, "村长": 5}
NO_RANK = 1000
_PARTY_HEADS = frozenset(("党委书记", "党工委书记", "党支部书记", "支部书记", "党总支书记"))
LEVEL_STEP = 20


def printed_capacity(body: str, name: str) -> str | None:
    """The first title printed right before the first mention of ``name`` (区政协委员 in
    区政协委员、澜州嘉宁会计师事务所所长何嘉宁), or None when no title stands before it."""
    at = body.find(name) if name else -1
    if at <= 0:
        return None
    chain = _BOUNDARY.split(body[max(0, at - 48) : at])[-1].rstrip("、 ")
    if not chain or not RANK_AT_END.search(chain):
        return None
    return chain.split("、")[0].strip() or None


def speaks_as_official(row: dict, person: tuple[str, list[str]] | None, body: str) -> bool:
    """Whether a statement was said by an office holder as one (see the module)."""
    if row["kind"] != "statement" or row["speaker_type"] != "person" or person is None:
        return True  # hand-marked passages were chosen by hand; 会议 speaks for the meeting
    role, titles = person
    capacity = printed_capacity(body, row["speaker"] or "")
    if capacity is not None:
        return _official_title(capacity)
    return role == "official" and any(_official_title(t) for t in titles)


def _official_title(title: str) -> bool:
    return role_of([title]) == "official" and not _BUSINESS.search(title)


def protocol_rank(titles: list[str]) -> int:
    """A number for how high these titles rank (smaller is higher); NO_RANK for none."""
    return min((_title_rank(title) for title in titles), default=NO_RANK)


def _title_rank(title: str) -> int:
    organisation, rank = split_title(title)
    if not rank or not _official_title(title):
        return NO_RANK
    level = _level(organisation, rank)
    return level * LEVEL_STEP + _position(organisation, rank)


def _level(organisation: str, rank: str) -> int:
    bare = rank.removeprefix("常务").removeprefix("副")
    if not organisation and bare in _LEVEL_OF_RANK:
        return _LEVEL_OF_RANK[bare]
    levels = [level for pattern, level in _LEVELS if pattern.search(organisation)]
    return max(levels) if levels else 3


def _position(organisation: str, rank: str) -> int:
    party = bool(re.search(r"[省市区县州旗]委$|^[省市区县州旗]委", organisation)) or organisation.endswith(
        ("党委", "党工委")
    )
    department = bool(re.search(r"局|厅|办|部|委员会|[^省市区县]委$|中心|处|科|所|站", organisation)) and not party
    head = rank in _LEVEL_OF_RANK or rank == "主任" and "街道" in organisation
    if "人大" in organisation:
        return 2 if rank == "主任" else 8
    if "政协" in organisation:
        return 3 if rank == "主席" else 9
    if rank in ("法院院长", "院长", "检察长") and re.search("法院|检察", organisation + rank):
        return 10
    if rank in _PARTY_HEADS:
        return 0
    if party and not department:
        return {"书记": 0, "第一书记": 0, "副书记": 4, "常委": 5}.get(rank, 11)
    if head and not department:
        return 1
    if rank.startswith("常务副"):
        return 6
    if rank.startswith("副") and rank.removeprefix("副") in _LEVEL_OF_RANK:
        return 7
    if rank in ("区领导", "县领导", "市领导", "领导"):
        return 11
    return 13 if rank.startswith("副") else 12
