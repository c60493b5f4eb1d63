"""The exported file's properties (File → Info in Word, 文件 → 属性 in WPS): what the
briefing is, not what the template was.

Templates carry their own properties — the shipped ones "简报", "Briefing Composer" and a
fixed 2025-01-01 so that they build byte for byte the same; a user's template the name of
whoever restyled it. An export replaces them all: title (the briefing's title; a 简报's
masthead and issue), subject (series and 期号), author and last editor (the 编印单位),
created and modified (the moment of this export), revision 1, and no comment, keywords,
category or identifier left from the template.
"""

from __future__ import annotations

import datetime
from typing import Any

from db.briefings import BriefingRow


def set_properties(document: Any, briefing: BriefingRow, kind: str, now: datetime.datetime) -> None:
    """Fill ``document``'s (python-docx) core properties for ``briefing``, exported at ``now``."""
    properties = document.core_properties
    issue = f"第{briefing.issue_no}期" if briefing.issue_no else ""
    properties.title = f"{briefing.masthead or briefing.title}{issue}" if kind == "bulletin" else briefing.title
    properties.subject = f"{briefing.series or ''}{issue}" if issue else ""
    properties.author = properties.last_modified_by = briefing.unit or ""
    properties.created = properties.modified = _utc(now)
    properties.revision = 1
    properties.comments = properties.keywords = properties.category = properties.identifier = ""
    properties.content_status = properties.version = ""
    properties.language = "zh-CN"


def _utc(moment: datetime.datetime) -> datetime.datetime:
    """python-docx writes the time as UTC (…Z) without converting it: give it UTC."""
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive moment is local time
    return moment.astimezone(datetime.UTC).replace(tzinfo=None, microsecond=0)
