"""Dates as pages print them: 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, 12.11.2015, 26-08-2019, 03/05/2024,
a 公文's 二〇二五年九月八日 and a site's English August 26, 2010 — read to ISO, with the text as printed (for
webpage.py's meta lines and single.py's headlines and leads)."""

from __future__ import annotations

import datetime as dt
import re

from composer.common.text import search_fold

# Full dates: 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, 12.11.2015 and 26-08-2019 (day first, as dotted
# and dashed dates with the year last are written: Hong Kong's releases), 03/05/2024 (month first, as slashed ones are).
DATE = re.compile(
    r"(?<!\d)(?:(?P<y>(?:19|20)\d{2})\s*(?:年\s*|[-/.]\s*)(?P<m>\d{1,2})\s*(?:月\s*|[-/.]\s*)(?P<d>\d{1,2})(?:\s*日)?"
    r"|(?P<d2>\d{1,2})(?P<day_first>[.-])(?P<m2>\d{1,2})(?P=day_first)(?P<y2>(?:19|20)\d{2})"
    r"|(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>(?:19|20)\d{2}))(?!\d)"
)
# 二〇二五年九月八日, 二○二五年九月一日: a 公文's date and some press releases' are written in Chinese numerals
HAN_DATE = re.compile(r"(?P<y>[〇○零一二三四五六七八九]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,2})\s*月"
                      r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日")
_HAN_DIGITS = ("〇○零", "一", "二", "三", "四", "五", "六", "七", "八", "九")
_HAN_DIGIT = {character: value for value, characters in enumerate(_HAN_DIGITS) for character in characters}
# Thursday, August 26, 2010 / Aug. 26, 2010 / 26 August 2010: a site's English date widget
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH = r"(?P<{}>" + "|".join(_MONTHS) + r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\.?"
EN_DATE = re.compile(
    r"(?<![a-z])(?:" + _MONTH.format("mon") + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.format("mon2") + r",?\s+(?P<year2>(?:19|20)\d{2}))(?!\d)",
    re.IGNORECASE,
)
TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


# 自2020年1月24日起, 截至2025年3月: the start or end of a period the text tells of, not the day it ran
_PERIOD_BOUND = re.compile(r"(?:自|从|截至|截止|直至|始于)\s*$")


def full_date(text: str, *, events_only: bool = False) -> tuple[str, str] | None:
    """The first full date printed in ``text``: (ISO, as printed); ``events_only``: not one that bounds
    a period (自…起, 截至…)."""
    folded = search_fold(text) if not text.isascii() else text  # (folding keeps offsets: 從 is 从 here)
    for match in DATE.finditer(folded):
        if events_only and _PERIOD_BOUND.search(folded, max(0, match.start() - 3), match.start()):
            continue
        year = match.group("y") or match.group("y2") or match.group("y3")
        month = match.group("m") or match.group("m2") or match.group("m3")
        day = match.group("d") or match.group("d2") or match.group("d3")
        try:
            iso = dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
        return iso, text[match.start() : match.end()].strip()
    return _han_date(text) or _english_date(text)


def _english_date(text: str) -> tuple[str, str] | None:
    """August 26, 2010 → ("2010-08-26", as printed)."""
    for match in EN_DATE.finditer(text):
        month_name = (match.group("mon") or match.group("mon2")).lower()
        month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(month_name[:3]))
        try:
            iso = dt.date(int(match.group("year") or match.group("year2")), month,
                          int(match.group("day") or match.group("day2"))).isoformat()
        except ValueError:
            continue
        return iso, match.group().strip()
    return None


def _han_date(text: str) -> tuple[str, str] | None:
    """二〇二五年九月八日 → ("2025-09-08", as printed)."""
    for match in HAN_DATE.finditer(text):
        year = int("".join(str(_HAN_DIGIT[c]) for c in match.group("y")))
        try:
            iso = dt.date(year, _han_number(match.group("m")), _han_number(match.group("d"))).isoformat()
        except ValueError:
            continue
        return iso, match.group().strip()
    return None


def _han_number(text: str) -> int:
    """一 … 九, 十, 十一 … 十九, 二十 … 三十一 (a month or a day)."""
    tens, _, ones = text.rpartition("十")
    if "十" not in text:
        return _HAN_DIGIT.get(text, 0) if len(text) == 1 else 0
    return (_HAN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_HAN_DIGIT.get(ones, 0) if ones else 0)


# 03-20, 3月20日, 03/20: a date printed without its year (an e-paper reader's 日期:03-20)
_MONTH_DAY = re.compile(r"^\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})\s*日?(?![\d/.\-])")


def month_day(text: str) -> str | None:
    """"MM-DD" of a date without its year opening ``text``, if it is one."""
    match = _MONTH_DAY.match(text)
    if match is None:
        return None
    month, day = int(match.group("m")), int(match.group("d"))
    return f"{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def in_year_of(month_and_day: str, known: str) -> str | None:
    """The ISO date of ``month_and_day`` ("03-20") in the year of ``known`` (an ISO date the page prints, such as
    its clock's), or the year before when that day would come after it (12-30 on a page of 2026-01-02)."""
    year = int(known[:4]) - (month_and_day > known[5:])
    try:
        return dt.date(year, int(month_and_day[:2]), int(month_and_day[3:])).isoformat()
    except ValueError:
        return None
