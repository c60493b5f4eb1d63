"""Dates typed by people: the forms a clerk types into a box or on the command line."""

from __future__ import annotations

import datetime as dt


def parse_iso_date(value: str) -> str | None:
    """``2025-09-01`` → ``'2025-09-01'``; anything that is not a real date → None."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None
