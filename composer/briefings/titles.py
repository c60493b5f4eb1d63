"""Titles a briefing gets when the user gives none, and headlines as a briefing prints them.

A generated title names only what the briefing holds — the themes that have a section of
their own, not every theme asked for — and stays short enough for the title block (二号
小标宋: 20 characters a line, two lines at most): two leaders or two themes are named, more
become "林振华等同志", "关于乡村振兴等工作".

Headlines come from newspaper pages, where a PDF's line breaks and column gaps leave
spaces: a run of spaces between two Chinese characters becomes one full-width space (the
way two-part headlines are set: 区委召开常委会会议　研究部署近期工作), spaces between a number
and the Chinese around it go (2025 年 11 月 → 2025年11月), and other runs become one space.
"""

from __future__ import annotations

import re

from db.briefings import SectionRow
from db.library import Library

MAX_NAMED = 2  # leaders or themes a title names before "等": at most about 36 characters, two lines

_CJK = r"\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’《》【】（）"
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\s\u00a0\u2000-\u200a\u3000]+")
_BETWEEN_CJK = re.compile(rf"(?<=[{_CJK}])[ ](?=[{_CJK}])")
_NUMBER_UNIT = re.compile(r"(?<=[0-9０-９])[ ](?=[年月日号期版条个项家人万亿元%％])|(?<=[年月第])[ ](?=[0-9０-９])")


def generated_title(kind: str, persons: list[str], themes: list[str]) -> str:
    """The title for a briefing of ``kind`` (speech, bulletin, dossier) by ``persons`` on
    ``themes`` — the themes asked for that have a section, in section order."""
    people = _named(persons, "、")
    topic = _named(themes, "、")
    several_topics = len(themes) > MAX_NAMED
    if kind == "speech":
        who = f"{people}同志" if persons else "领导"
        if persons and len(persons) > MAX_NAMED:
            who = f"{persons[0]}等同志"
        about = f"关于{topic}{'工作' if several_topics else ''}的" if themes else ""
        title = f"{who}{about}讲话摘编"
    elif kind == "dossier":
        title = f"{topic or people or '资料'}专题汇编"
    else:
        title = f"{topic or people or '工作'}简报"
    return title


def title_for(library: Library, kind: str, persons: list[str], themes: list[str], sections: list[SectionRow]) -> str:
    """The generated title of a drafted briefing: the themes asked for that hold a section
    (themselves or a theme below them), in the order asked."""
    from db import themes as theme_store

    keys = {section.group_key or section.title for section in sections if section.items}
    names = {row.id: row.name for row in theme_store.all_themes(library)}
    present = [
        theme
        for theme in themes
        if keys & ({names.get(i) for i in theme_store.theme_ids_named(library, theme)} | {theme})
    ]
    return generated_title(kind, persons, present)


def _named(names: list[str], separator: str) -> str:
    if len(names) <= MAX_NAMED:
        return separator.join(names)
    return f"{names[0]}等"


def headline(text: str) -> str:
    """A headline with the spaces of its newspaper page set right (see the module's text)."""
    collapsed = _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()
    collapsed = _NUMBER_UNIT.sub("", collapsed)
    return _BETWEEN_CJK.sub("\u3000", collapsed)
