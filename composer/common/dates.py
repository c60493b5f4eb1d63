"""Dates typed by people and dates read from files: which publication dates are plausible.

The library holds news for Chinese offices, so a publication date is plausible from 1949,
the year the People's Republic was founded (no office imports older pages as news), to the
end of next year (a page dated ahead, such as a weekly's issue date or a New Year special
set up in December). Anything else is a typo (``--date 0025-08-30``) or a number that only
looks like a date in a file name or a page (a document number, a page's copyright line),
and an article stored under it could never be found by a search for its real date: the
search index counts days from 1900. So every door a date comes in by keeps to this rule:
the command line's ``--date``, ``--from`` and ``--to`` (import, compose, search), the
import dialog, and the dates read from file names, HTML metadata and page text when a file
is imported (``composer/ingest/importer.py``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from composer.common import messages_import as _messages_import  # noqa: F401 - registers date_out_of_range
from composer.common.messages import Message

FIRST_YEAR = 1949  # the founding of the People's Republic: no news page the library holds is older


def last_year(today: dt.date | None = None) -> int:
    """The latest year a publication date may have: next year (issues are dated ahead)."""
    return (today or dt.date.today()).year + 1


def plausible(day: dt.date, today: dt.date | None = None) -> bool:
    """Whether ``day`` can be a publication date (see the module docstring)."""
    return FIRST_YEAR <= day.year <= last_year(today)


def parse_iso_date(value: str) -> str | None:
    """A date as people type it → ``'2025-09-01'``: ``2025-09-01``, ``2025-9-1``,
    ``2025/9/1``, ``2025.9.1``, ``2025年9月1日`` (full-width digits too), ``20250901``;
    anything that is not a real, plausible publication date (1949 to next year) → None.
    :func:`date_problem` says why."""
    day = _iso(value)
    return day.isoformat() if day is not None and plausible(day) else None


def plausible_iso(value: str | None) -> str | None:
    """A date read from a file (its name, metadata or text) if it is a plausible
    publication date, else None: such a date is a hint, and a wrong hint is no hint."""
    return parse_iso_date(value) if value else None


def date_problem(value: str) -> Message | None:
    """Why ``value`` is refused as a date, in the catalogue's words (None when it is fine):
    not a date at all, or a date outside the accepted years (the message names them)."""
    day = _iso(value)
    if day is None:
        return Message("bad_date", value=value)
    if not plausible(day):
        return Message("date_out_of_range", value=value, first=str(FIRST_YEAR), last=str(last_year()))
    return None


# year, month, day separated by - / . or 年 月 (日 at the end), or eight digits in a row
_TYPED_DATE = re.compile(r"(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?|(\d{4})(\d{2})(\d{2})")


def _iso(value: str) -> dt.date | None:
    found = _TYPED_DATE.fullmatch(unicodedata.normalize("NFKC", value).strip())
    if found is None:
        return None
    year, month, day = (int(part) for part in found.groups() if part is not None)
    try:
        return dt.date(year, month, day)
    except ValueError:  # 2025-02-30
        return None
