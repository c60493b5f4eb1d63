"""Names printed in a 、 list (区领导王静、李强、赵敏出席; 主任晏某和、区政协主席…): where each item starts and
ends, read forwards from a title or backwards from what the listed people do. Discovery (composer/people/discovery.py)
builds its list sightings on these."""

from __future__ import annotations

import re

from composer.common.lexicon import is_common_word
from composer.people.names import WORD_LIKE_SURNAMES, is_han, name_at, surname_length

_HONORIFICS = frozenset(("女士", "先生", "同志"))


def list_item_at(body: str, start: int) -> str | None:
    """A name in a 、 list: the whole item up to the next 、 when it is two to four
    characters starting with a surname (盖勇、亢毅、陈李蔼伦、), else a name ending where
    names end (the list's last item: 亢毅参加会议)."""
    for length in (2, 3, 4):
        end = start + length
        if body[end : end + 1] == "、" and all(is_han(c) for c in body[start:end]):
            if length == 4 and body[end - 2 : end] in _HONORIFICS:
                end -= 2  # 处长方芳女士、: the name, then how she is addressed
            return body[start:end] if surname_length(body, start) else None
    return name_at(body, start, titled=True)


def item_before(body: str, end: int) -> str | None:
    """The list item of two to four characters that ends at ``end`` after a 、."""
    for length in (2, 3, 4):
        start = end - length
        if start > 0 and body[start - 1] in "、，：" and all(is_han(c) for c in body[start:end]):
            return body[start:end] if surname_length(body, start) else None
    return None


def names_before(body: str, end: int) -> list[tuple[int, str]]:
    """(start, name) of each name in the 、 list ending at ``end``, in text order (王静、李强、赵敏 before 出席)."""
    names: list[tuple[int, str]] = []
    while True:
        for length in (3, 2, 4):
            start = end - length
            if length == 3 and body[start : start + 1] in WORD_LIKE_SURNAMES and start > 0 \
                    and body[start - 1] not in "、，,：:\n ":
                continue  # 出席的有李明、…: 有 leads the list, it is not a surname here
            if start >= 0 and name_at(body, start) == body[start:end]:
                names.insert(0, (start, body[start:end]))
                break
        else:
            return names
        if start > 0 and body[start - 1] == "、":
            end = start - 1
            item = item_before(body, end)
            if item is not None and not (len(item) in (2, 3) and name_at(body, end - len(item)) == item):
                names.insert(0, (end - len(item), item))  # 鄢萍、陈李蔼伦、: a whole list item
                if end - len(item) > 0 and body[end - len(item) - 1] == "、":
                    end = end - len(item) - 1
                    continue
                return names
            continue
        return names


_LIST_OF_NAMES = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,3})、(?P<second>[\u4e00-\u9fff]{2,3})[、，。和及]")


def ranks_holders_listed(body: str, position: int, list_start: int) -> bool:
    """执行主席是：甲、乙、丙 — 是： or 为： (not an interview's 市长：高铁、高速…), then two names, no common words."""
    listed = _LIST_OF_NAMES.match(body, list_start) if body[position] in "是为" else None
    return listed is not None and not any(is_common_word(listed.group(item)) for item in ("first", "second"))


def opening_list_attends_meeting(body: str, names: list[tuple[int, str]], verb_end: int) -> bool:
    """The list (start, name) read by ``names_before`` opens its sentence and attends a meeting (甲、乙出席开班式。 —
    not 出席联欢晚会, where performers and athletes appear)."""
    opens = bool(names) and (names[0][0] == 0 or body[names[0][0] - 1] in "。！？\n")
    return opens and _MEETING_ATTENDED.match(body, verb_end) is not None


_MEETING_ATTENDED = re.compile(r"[。，并]|了?(?:会议|大会|开班式|开幕式|闭幕式|座谈会|仪式|论坛|报告会|启动会|推进会)")
