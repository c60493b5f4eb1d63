"""Article metadata read from printed text: bylines, reporters, dates, kinds, file names."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from composer.ingest.cleanup import BYLINE_START, TURN_START

NAME = r"[\u4e00-\u9fff·]{2,5}"
MASTHEAD_CHARS = 300  # the start of a page searched for its masthead date (a few lines; later dates are the news')
_ROLE = r"(?:本报)?(?:特约记者|见习记者|实习记者|记者|通讯员|实习生|特约通讯员)"
# 本报讯(记者 袁阳 姜欢) / 本报讯（通讯员 霍海宁 记者 刘洋怡） / 本报讯 / 新华社北京3月5日电(记者 …)
_BYLINE = re.compile(
    r"^(?P<lead>" + BYLINE_START.pattern.lstrip("^") + r")\s*"
    r"(?:[(（](?P<credits>[^()（）]{0,60})[)）])?\s*"
)
_ROLE_SPLIT = re.compile(_ROLE)
_EVENT_DATE = re.compile(
    r"(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚|早上|中午|凌晨|傍晚|夜间)?"
    r"|近日|日前|近期|昨天|昨日|今天|今日"
)


@dataclass
class Byline:
    printed: str  # exactly as printed, e.g. "本报讯(记者 袁阳 姜欢)"
    reporters: list[str]
    rest: str  # the paragraph text after the byline


def split_byline(paragraph: str) -> Byline | None:
    """Take a leading byline off a paragraph and read the reporters' names from it."""
    match = _BYLINE.match(paragraph)
    if not match:
        return None
    printed = paragraph[: match.end()].rstrip()
    return Byline(printed, reporters_in(match.group("credits") or ""), paragraph[match.end() :].lstrip())


def reporters_in(credits: str) -> list[str]:
    """Names credited as 记者/特约记者/通讯员…, in printed order."""
    names: list[str] = []
    for chunk in _ROLE_SPLIT.split(credits):
        for name in re.split(r"[\s、,，]+", chunk.strip()):
            if re.fullmatch(NAME, name) and name not in names:
                names.append(name)
    return names


def event_date(first_paragraph: str) -> str | None:
    """The first date expression of the lead paragraph, as printed (8月29日, 近日 …)."""
    match = _EVENT_DATE.search(first_paragraph)
    return match.group(0) if match else None


def count_turns(paragraphs: list[str]) -> int:
    return sum(1 for paragraph in paragraphs if TURN_START.match(paragraph))


# -- file names --------------------------------------------------------------------

_DATE_IN_NAME = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:[-_.年/]\s*)?(?P<m>[01]?\d)\s*(?:[-_.月/]\s*)?(?P<d>[0-3]?\d)(?:日)?"
)
_PAGE_IN_NAME = re.compile(r"(?:第\s*(?P<a>\d{1,3})\s*版|(?P<b>\d{1,3})\s*版|[_\-\s][Pp](?:age)?(?P<c>\d{1,3})\b)")
_DATE_IN_TEXT = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


@dataclass
class FileHints:
    source: str | None = None
    published: str | None = None  # ISO date
    page: str | None = None  # "01版"


def hints_from_name(path: str | Path) -> FileHints:
    """Source, date and page from a file name such as 丰台时报_2025-08-30_第01版.pdf."""
    stem = Path(path).stem
    hints = FileHints()
    date_match = _find_date(stem)
    if date_match:
        hints.published = date_match[0]
    page = _PAGE_IN_NAME.search(stem)
    if page:
        number = page.group("a") or page.group("b") or page.group("c")
        hints.page = f"{int(number):02d}版"
    source = re.match(r"^(?P<s>[\u4e00-\u9fff《》]{1,12}?(?:报|时报|日报|晚报|周报|网|新闻|杂志|信息|简报))", stem)
    if source:
        hints.source = source.group("s").strip("《》")
    return hints


def _find_date(text: str) -> tuple[str, int] | None:
    for match in _DATE_IN_NAME.finditer(text):
        try:
            day = dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
        return day.isoformat(), match.start()
    return None


def masthead_date(page_text: str) -> str | None:
    """A full date printed in the first lines of a page (the masthead): 2025年8月30日."""
    head = page_text[:MASTHEAD_CHARS]
    for match in _DATE_IN_TEXT.finditer(head):
        try:
            return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d"))).isoformat()
        except ValueError:
            continue
    return None

